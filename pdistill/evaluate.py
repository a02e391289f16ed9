"""Evaluation: multi-step inference (attempt, then self-refinement on visible-test feedback).

Step 1 samples `n` programs per task from the attempt prompt. At each later step, every sample chain's
current program is judged on the task's *visible* tests (the docstring examples a model may see): a
program that passes them, or whose task has none, is kept; any other is rewritten by the same model
from the refinement prompt (task, its previous program, the visible-test feedback). Every step is
scored on the *hidden* tests (`test`) only, so step s's pass@1 is what a user would get after s steps.

The loop (`run_multistep`) is independent of any model: it calls a `GenerateFn`, which tests replace by a
script. `student_generate_fn` is the real one, over `pdistill.student.generate`. The metrics of the records
are `pdistill.scoring`'s. See docs/evaluation.md.
"""

from __future__ import annotations

import hashlib
import string
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from pdistill.execution import Limits, SandboxPool, execute_samples
from pdistill.progress import note
from pdistill.prompts import REFINE_COMPLETION_STOP, student_input
from pdistill.tasks import Task


@dataclass(frozen=True)
class Request:
    """One program to write: `step` 1 is a plain attempt; later steps carry the previous program and the
    feedback of its visible tests."""

    task: Task
    step: int
    attempt: str | None = None
    feedback: str | None = None


class Sample(NamedTuple):
    """One generated program and why its generation ended: `stop` (a stop string or end of sequence),
    `length` (cut at max_new_tokens: the program may be incomplete), None when unknown (a script)."""

    program: str
    finish_reason: str | None = None


# (requests, n, seed) -> n samples per request (a `Sample`, or a bare program), in request order.
GenerateFn = Callable[[Sequence[Request], int, int], list[list[Sample | str]]]


def step_seed(seed: int, step: int, sample: int) -> int:
    """Sampling seed of step `step` for sample chain `sample`: `seed` itself at step 1 (n samples in one
    call); later steps hash all three, so chains in the same state still draw independent rewrites."""
    if step == 1:
        return seed
    digest = hashlib.sha256(f"{seed}\0{step}\0{sample}".encode()).digest()
    return int.from_bytes(digest[:4], "little") >> 1


def visible_task(task: Task) -> dict[str, str] | None:
    """The pseudo-task of a task's visible tests (None when it has none)."""
    if not task.visible_tests:
        return None
    return {"test": "\n".join(task.visible_tests), "entry_point": task.entry_point}


class _Executor:
    """Runs (kind, task, program) jobs in the sandbox; identical jobs are run once per evaluation."""

    def __init__(self, limits: Limits, pool: SandboxPool, progress: bool | None) -> None:
        self.limits, self.pool, self.progress = limits, pool, progress
        self.cache: dict[tuple[str, str, str], dict[str, Any]] = {}

    def run(self, jobs: Sequence[tuple[str, Task, str]], desc: str) -> list[dict[str, Any]]:
        keys = [(kind, task.task_id, program) for kind, task, program in jobs]
        todo = sorted(
            {k: (kind, t) for k, (kind, t, _) in zip(keys, jobs, strict=True) if k not in self.cache}.items()
        )
        if todo:
            tasks: dict[str, Any] = {}
            samples = []
            for i, ((kind, task_id, program), (_, task)) in enumerate(todo):
                key = f"{kind}:{task_id}"
                tasks[key] = task if kind == "hidden" else visible_task(task)
                samples.append({"task_id": key, "sample_id": i, "code": program})
            results, _ = execute_samples(
                tasks, samples, self.limits, pool=self.pool, progress=self.progress, desc=desc
            )
            for (key, _), result in zip(todo, results, strict=True):
                self.cache[key] = result
        return [self.cache[k] for k in keys]


def run_multistep(
    tasks: Sequence[Task],
    generate_fn: GenerateFn,
    *,
    n: int,
    steps: int,
    seed: int,
    limits: Limits,
    pool: SandboxPool,
    progress: bool | None = False,
    label: str = "evaluate",
) -> list[dict[str, Any]]:
    """Evaluate `tasks` for `steps` steps with `n` sample chains each; one record per (task, sample, step).

    Record fields: `task_id`, `sample_id`, `step`, `origin` (`attempt` at step 1, then `kept` or
    `refined`), `status`, `tests_passed`, `tests_total` (hidden tests), `visible_status` (the program's
    verdict on the visible tests, None without any), `program` and `finish_reason` (of the generation
    that wrote the program: `length` = cut at max_new_tokens). Order: task, then sample, then step.
    Step s+1 rewrites a chain only if its step-s program fails the visible tests; the rewrites of a step
    are one `generate_fn` call per sample index (one call in all when n = 1). Unless `progress` is False,
    stderr gets a line per step (`label`, the step, what it generates) and the sandbox's bar
    (`pdistill.progress`); `generate_fn` shows its own.
    """
    if n < 1 or steps < 1:
        raise ValueError(f"n and steps must be at least 1, got n={n}, steps={steps}")
    executor = _Executor(limits, pool, progress)
    note(f"{label}: step 1/{steps}: {len(tasks)} tasks x {n} samples", progress=progress)
    programs = _checked(generate_fn([Request(t, 1) for t in tasks], n, step_seed(seed, 1, 0)), len(tasks), n)
    current = {(i, j): programs[i][j].program for i in range(len(tasks)) for j in range(n)}
    finish = {(i, j): programs[i][j].finish_reason for i in range(len(tasks)) for j in range(n)}
    origin = dict.fromkeys(current, "attempt")
    by_chain: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for step in range(1, steps + 1):
        chains = sorted(current)
        jobs = [("hidden", tasks[i], current[i, j]) for i, j in chains]
        has_visible = [(i, j) for i, j in chains if tasks[i].visible_tests]
        jobs += [("visible", tasks[i], current[i, j]) for i, j in has_visible]
        verdicts = executor.run(jobs, f"{label}: step {step}/{steps}: execute")
        hidden = dict(zip(chains, verdicts[: len(chains)], strict=True))
        visible = dict(zip(has_visible, verdicts[len(chains) :], strict=True))
        for i, j in chains:
            h, v = hidden[i, j], visible.get((i, j))
            by_chain[i, j].append(
                {
                    "task_id": tasks[i].task_id,
                    "sample_id": j,
                    "step": step,
                    "origin": origin[i, j],
                    "status": h["status"],
                    "tests_passed": h["tests_passed"],
                    "tests_total": h["tests_total"],
                    "visible_status": v["status"] if v else None,
                    "program": current[i, j],
                    "finish_reason": finish[i, j],
                }
            )
        if step == steps:
            break
        failing = [c for c in has_visible if visible[c]["status"] != "passed"]
        note(
            f"{label}: step {step + 1}/{steps}: rewriting the {len(failing)} of {len(chains)} programs "
            "that fail their visible tests",
            progress=progress,
        )
        origin = dict.fromkeys(current, "kept")
        for j in sorted({j for _, j in failing}):
            group = [(i, jj) for i, jj in failing if jj == j]
            requests = [
                Request(tasks[i], step + 1, current[i, j], visible[i, j]["feedback"]) for i, _ in group
            ]
            rewrites = _checked(generate_fn(requests, 1, step_seed(seed, step + 1, j)), len(requests), 1)
            for chain, [sample] in zip(group, rewrites, strict=True):
                current[chain], finish[chain], origin[chain] = sample.program, sample.finish_reason, "refined"
    return [record for chain in sorted(by_chain) for record in by_chain[chain]]


def _checked(programs: list[list[Sample | str]], rows: int, n: int) -> list[list[Sample]]:
    """The generator's answer as `Sample`s, after checking its shape (a wrong one is a bug, not bad data)."""
    if len(programs) != rows or any(len(p) != n for p in programs):
        raise ValueError(f"generate_fn returned {[len(p) for p in programs]} programs, expected {rows} x {n}")
    return [[s if isinstance(s, Sample) else Sample(s) for s in row] for row in programs]


def model_inputs(request: Request, mode: str, attempt: string.Template, refine: string.Template) -> str:
    """The text a request becomes before the chat template: `pdistill.prompts.student_input`, the
    builder that the training data of `build_sft` comes from too.

    Chat: the attempt or refinement message. Completion: the raw task prompt at step 1, the refinement
    message later.
    """
    return student_input(mode, request.task.prompt, attempt, refine, request.attempt, request.feedback)


def student_generate_fn(
    model: Any,
    tokenizer: Any,
    *,
    attempt_template: string.Template,
    refine_template: string.Template,
    mode: str = "auto",
    temperature: float = 0.0,
    top_p: float = 1.0,
    max_new_tokens: int = 512,
    batch_size: int = 8,
    progress: bool = True,
    desc: str = "generate",
) -> GenerateFn:
    """A `GenerateFn` over `pdistill.student.generate`: each call is one batched `generate` call.

    Programs are extracted against the *task* prompt (its imports, helpers and header), not against the
    message the model read. Completion-mode refinements stop at `REFINE_COMPLETION_STOP`.
    """
    from pdistill.extract import extract_program
    from pdistill.student.generate import generate
    from pdistill.student.tokenizer import resolve_mode

    resolved = resolve_mode(tokenizer, mode)

    def fn(requests: Sequence[Request], n: int, seed: int) -> list[list[Sample | str]]:
        if not requests:
            return []
        refine = requests[0].attempt is not None
        if any((r.attempt is not None) != refine for r in requests):
            raise ValueError("a generate call mixes attempts and refinements")
        entry_points: list[str | None] = [r.task.entry_point for r in requests]
        out = generate(
            model,
            tokenizer,
            [model_inputs(r, resolved, attempt_template, refine_template) for r in requests],
            n=n,
            temperature=temperature,
            top_p=top_p,
            max_new_tokens=max_new_tokens,
            batch_size=batch_size,
            seed=seed,
            stop=list(REFINE_COMPLETION_STOP) if refine and resolved == "completion" else None,
            mode=resolved,
            rendered=True,  # the inputs are the student's messages already: only the chat template is added
            entry_points=entry_points,
            progress=progress,
            desc=f"{desc}: {'rewrite' if refine else 'generate'}",
        )
        if resolved == "completion" and not refine:  # the task prompt + its continuation
            return [[Sample(g.program, g.finish_reason) for g in row] for row in out]
        chat = "chat"  # a completion-mode rewrite is a whole program, read like a chat reply
        return [
            [
                Sample(extract_program(chat, r.task.prompt, g.text, r.task.entry_point), g.finish_reason)
                for g in row
            ]
            for r, row in zip(requests, out, strict=True)
        ]

    return fn
