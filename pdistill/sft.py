"""SFT datasets for the distillation variants, as TRL prompt-completion records (pure functions).

| variant | examples |
|---|---|
| `stand` | every training task → the direct solution (teacher, or the reference per `solve.use_reference`) |
| `inpd` | only the tasks the student failed and whose refinement passed → the direct solution |
| `persd` | those failed tasks → the teacher's refinement of the student's own attempt |
| `persd_refine` | task + the student's failed attempt + execution feedback → the refinement |
| `persd_combined` | `persd` and `persd_refine` together |
| `selfd` | no teacher: each training task → up to `selfd.per_task` of the student's own passing samples |

Multi-round PERsD adds, per round, the start model's dataset plus the round's new PERsD-combined examples
(`with_previous`).

Chat students get TRL's conversational form (`prompt` / `completion` as message lists, loss on the
completion only); completion students get plain text (the task prompt and its continuation, or the
refinement message and the whole program). Inputs and targets are built by `pdistill.prompts`, exactly
as the attempt stage and evaluation build the student's inputs.
Each record keeps its provenance in `meta` (task id, attempt hash, teacher request hash).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from pdistill.prompts import UnusableCode, completion_target, student_input
from pdistill.tasks import Task

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")
SELFD = "selfd"


def example(mode: str, message: str, target: str, task: Task, meta: dict[str, Any]) -> dict[str, Any]:
    """One record: the student's input `message` and its `target` (`pdistill.prompts`), as chat messages
    (chat mode) or plain text (completion mode)."""
    if mode == "chat":
        record: dict[str, Any] = {
            "prompt": [{"role": "user", "content": message}],
            "completion": [{"role": "assistant", "content": target}],
        }
    else:
        record = {"prompt": message, "completion": target}
    return {**record, "meta": {"task_id": task.task_id, **meta}}


def built_example(
    mode: str,
    task: Task,
    code: str,
    meta: dict[str, Any],
    templates: tuple[string.Template, string.Template | None],
    dropped: list[dict[str, Any]] | None,
    attempt: str | None = None,
    feedback: str = "",
) -> dict[str, Any] | None:
    """The example teaching `code` for `task`: at the first step, or (with `attempt`, `feedback`) as the
    refinement of that attempt; `templates` are the attempt and refine templates. None if `code` cannot
    be a target, with its `meta` and the reason appended to `dropped` (when given)."""
    message = student_input(mode, task.prompt, templates[0], templates[1], attempt, feedback)
    try:
        target = completion_target(mode, task, code, refine=attempt is not None)
    except UnusableCode as exc:
        if dropped is not None:
            dropped.append({"task_id": task.task_id, **meta, "reason": str(exc)})
        return None
    return example(mode, message, target, task, meta)


def build_variant(
    variant: str,
    mode: str,
    tasks: Sequence[Task],
    refinements: Sequence[Mapping[str, Any]],
    solutions: Sequence[Mapping[str, Any]],
    attempt_template: string.Template,
    refine_template: string.Template,
    dropped: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The examples of one variant, in task order (refinements in their file order).

    Inputs and targets come from `pdistill.prompts` (`student_input`, `completion_target`), the builder
    generation and evaluation use too. A program that cannot be a target (in completion mode, code
    whose entry-point body cannot continue the task prompt) is left out; when `dropped` is given, the
    `meta` of each such example, with the `reason`, is appended to it.
    """
    if variant not in VARIANTS:
        raise ValueError(f"unknown SFT variant {variant!r}; known: {', '.join(VARIANTS)}")
    by_id = {t.task_id: t for t in tasks}
    kept_refinements = [r for r in refinements if r["kept"]]
    fixed = {r["task_id"] for r in kept_refinements}
    solved = {s["task_id"]: s for s in solutions if s["kept"]}

    def build(task: Task, code: str, meta: dict[str, Any], attempt: str | None = None, feedback: str = ""):
        templates = (attempt_template, refine_template)
        return built_example(mode, task, code, meta, templates, dropped, attempt, feedback)

    def direct(task: Task) -> dict[str, Any] | None:
        s = solved[task.task_id]
        return build(task, s["solution"], {"origin": s["origin"], "request_hash": s["request_hash"]})

    def refined(r: Mapping[str, Any], with_attempt: bool) -> dict[str, Any] | None:
        meta = {"attempt_hash": r["attempt_hash"], "request_hash": r["request_hash"], "origin": "refinement"}
        if with_attempt:
            return build(by_id[r["task_id"]], r["refinement"], meta, r["attempt"], r["feedback"])
        return build(by_id[r["task_id"]], r["refinement"], meta)

    if variant == "stand":
        records = [direct(t) for t in tasks if t.task_id in solved]
    elif variant == "inpd":
        records = [direct(t) for t in tasks if t.task_id in solved and t.task_id in fixed]
    else:
        persd = [refined(r, False) for r in kept_refinements] if variant != "persd_refine" else []
        persd_refine = [refined(r, True) for r in kept_refinements] if variant != "persd" else []
        records = persd + persd_refine
    return [r for r in records if r is not None]


def build_selfd(
    mode: str,
    tasks: Sequence[Task],
    samples: Sequence[Mapping[str, Any]],
    results: Sequence[Mapping[str, Any]],
    per_task: int | None,
    attempt_template: string.Template,
    dropped: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Self-distillation's examples: per task (in task order), its samples that passed, distinct
    programs in sample order, at most `per_task` (None: all); each becomes task → program, built as the
    direct variants are. `results` are the execute stage's verdicts of `samples`."""
    passed = {(r["task_id"], r["sample_id"]) for r in results if r["status"] == "passed"}
    by_task: dict[str, list[Mapping[str, Any]]] = {}
    for s in samples:
        if (s["task_id"], s["sample_id"]) in passed:
            by_task.setdefault(s["task_id"], []).append(s)
    records = []
    for task in tasks:
        seen: set[str] = set()
        for s in by_task.get(task.task_id, []):
            if s["code"] in seen or (per_task is not None and len(seen) >= per_task):
                continue
            seen.add(s["code"])
            meta = {"origin": "self", "sample_id": s["sample_id"]}
            records.append(built_example(mode, task, s["code"], meta, (attempt_template, None), dropped))
    return [r for r in records if r is not None]


def with_previous(previous: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A later round's dataset: the start model's examples, then the round's new ones that are not
    already there (same prompt and completion), each in its own order."""

    def key(r: Mapping[str, Any]) -> str:
        return repr((r["prompt"], r["completion"]))

    have = {key(r) for r in previous}
    return [*previous, *(r for r in new if key(r) not in have)]
