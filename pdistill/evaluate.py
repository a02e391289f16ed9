"""Evaluation: multi-step inference (attempt, then self-refinement on visible-test feedback) and scoring.

Step 1 samples `n` programs per task from the attempt prompt. At each later step, every sample chain's
current program is judged on the task's *visible* tests (the docstring examples a model may see): a
program that passes them, or whose task has none, is kept; any other is rewritten by the same model
from the refinement prompt (task, its previous program, the visible-test feedback). Every step is
scored on the *hidden* tests (`test`) only, so step s's pass@1 is what a user would get after s steps.

The loop (`run_multistep`) is independent of any model: it calls a `GenerateFn`, which tests replace by a
script. `student_generate_fn` is the real one, over `pdistill.student.generate`. See docs/evaluation.md.
"""

from __future__ import annotations

import hashlib
import string
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pdistill.execution import Limits, SandboxPool, execute_samples
from pdistill.metrics import mean_pass_at_k
from pdistill.progress import note
from pdistill.prompts import render
from pdistill.stats import bootstrap_ci
from pdistill.tasks import Task

# Completion-mode refinement: the model writes a whole program (imports, helpers, then the function), so
# the attempt's stop strings ("\ndef ", ...) would cut it; stop at what may only follow the program.
REFINE_COMPLETION_STOP = ["\nif __name__", "\nassert ", "\nprint(", "```"]
NO_FEEDBACK = "(no feedback)"


@dataclass(frozen=True)
class Request:
    """One program to write: `step` 1 is a plain attempt; later steps carry the previous program and the
    feedback of its visible tests."""

    task: Task
    step: int
    attempt: str | None = None
    feedback: str | None = None


# (requests, n, seed) -> n programs per request, in request order.
GenerateFn = Callable[[Sequence[Request], int, int], list[list[str]]]


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
    verdict on the visible tests, None without any) and `program`. Order: task, then sample, then step.
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
    current = {(i, j): programs[i][j] for i in range(len(tasks)) for j in range(n)}
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
            for chain, [program] in zip(group, rewrites, strict=True):
                current[chain], origin[chain] = program, "refined"
    return [record for chain in sorted(by_chain) for record in by_chain[chain]]


def _checked(programs: list[list[str]], rows: int, n: int) -> list[list[str]]:
    """The generator's answer, after checking its shape (a wrong one is a bug, not bad data)."""
    if len(programs) != rows or any(len(p) != n for p in programs):
        raise ValueError(f"generate_fn returned {[len(p) for p in programs]} programs, expected {rows} x {n}")
    return programs


def pass_counts(records: Iterable[Mapping[str, Any]], step: int) -> dict[str, tuple[int, int]]:
    """`task_id -> (samples, samples passing the hidden tests)` at one step, tasks in first-seen order."""
    counts: dict[str, list[int]] = {}
    for r in records:
        if r["step"] == step:
            c = counts.setdefault(r["task_id"], [0, 0])
            c[0] += 1
            c[1] += r["status"] == "passed"
    return {t: (n, c) for t, (n, c) in counts.items()}


def per_task_pass_at_1(records: Iterable[Mapping[str, Any]], step: int) -> dict[str, float]:
    """`task_id -> c / n` at one step: what `pdistill.stats.paired_comparison` compares across models."""
    return {t: c / n for t, (n, c) in pass_counts(records, step).items()}


def summarise(
    records: Sequence[Mapping[str, Any]],
    *,
    steps: int,
    ks: Sequence[int] = (1,),
    bootstrap_samples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> dict[str, Any]:
    """Metrics of one benchmark: per step `stepS` with pass@1 and its bootstrap interval over tasks,
    pass@k for each k in `ks` that every task has enough samples for, tasks solved and chains rewritten.
    Values are rounded to 4 decimals (deterministic, and readable in `dvc metrics diff`)."""
    out: dict[str, Any] = {}
    pass1: list[float] = []
    first = pass_counts(records, 1)
    out["tasks"] = len(first)
    out["samples_per_task"] = min((n for n, _ in first.values()), default=0)
    for step in range(1, steps + 1):
        counts = pass_counts(records, step)
        m: dict[str, Any] = {}
        if counts:
            ci = bootstrap_ci(
                [c / n for n, c in counts.values()],
                samples=bootstrap_samples,
                confidence=confidence,
                seed=seed,
            )
            m.update({"pass@1": ci.estimate, "pass@1_ci_low": ci.low, "pass@1_ci_high": ci.high})
            pass1.append(ci.estimate)
            for k in sorted(set(ks) - {1}):
                if all(n >= k for n, _ in counts.values()):
                    m[f"pass@{k}"] = mean_pass_at_k(counts.values(), k)
        m["tasks_solved"] = sum(c > 0 for _, c in counts.values())
        m["refined"] = sum(r["step"] == step and r["origin"] == "refined" for r in records)
        out[f"step{step}"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in m.items()}
    if steps > 1 and pass1:
        out["refine_gain"] = round(pass1[-1] - pass1[0], 4)
    return out


def model_inputs(request: Request, mode: str, attempt: string.Template, refine: string.Template) -> str:
    """The text a request becomes before the chat template: the training format of `build_sft`.

    Chat: the attempt or refinement message (task prompt right-stripped, attempt stripped, feedback
    stripped). Completion: the raw task prompt at step 1, the plain refinement message later.
    """
    prompt = request.task.prompt
    if request.attempt is None:
        return prompt if mode == "completion" else render(attempt, prompt=prompt.rstrip())
    feedback = (request.feedback or "").strip() or NO_FEEDBACK
    return render(refine, prompt=prompt.rstrip(), attempt=request.attempt.strip(), feedback=feedback)


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
    from pdistill.student.generate import generate, resolve_mode

    resolved = resolve_mode(tokenizer, mode)
    verbatim = string.Template("$prompt")  # messages are rendered here, so generate must not re-render

    def fn(requests: Sequence[Request], n: int, seed: int) -> list[list[str]]:
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
            stop=REFINE_COMPLETION_STOP if refine and resolved == "completion" else None,
            mode=resolved,
            template=verbatim,
            entry_points=entry_points,
            progress=progress,
            desc=f"{desc}: {'rewrite' if refine else 'generate'}",
        )
        if resolved == "completion" and not refine:
            return [[g.program for g in row] for row in out]  # the task prompt + its continuation
        chat = "chat"  # a completion-mode rewrite is a whole program, read like a chat reply
        return [
            [extract_program(chat, r.task.prompt, g.text, r.task.entry_point) for g in row]
            for r, row in zip(requests, out, strict=True)
        ]

    return fn
