"""SFT datasets for the distillation variants, as TRL prompt-completion records (pure functions).

| variant | examples |
|---|---|
| `stand` | every training task → the direct solution (teacher, or the reference per `solve.use_reference`) |
| `inpd` | only the tasks the student failed and whose refinement passed → the direct solution |
| `persd` | those failed tasks → the teacher's refinement of the student's own attempt |
| `persd_refine` | task + the student's failed attempt + execution feedback → the refinement |
| `persd_combined` | `persd` and `persd_refine` together |

Chat students get TRL's conversational form (`prompt` / `completion` as message lists, loss on the
completion only); completion students get plain text (the completion is the program after the prompt).
Each record keeps its provenance in `meta` (task id, attempt hash, teacher request hash).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from pdistill.prompts import render
from pdistill.tasks import Task

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")


def _chat(prompt: str, code: str) -> dict[str, Any]:
    return {
        "prompt": [{"role": "user", "content": prompt}],
        "completion": [{"role": "assistant", "content": f"```python\n{code.strip()}\n```"}],
    }


def _plain(prompt: str, code: str) -> dict[str, Any]:
    body = code[len(prompt) :] if code.startswith(prompt) else code
    return {"prompt": prompt, "completion": body}


def example(mode: str, message: str, task: Task, code: str, meta: dict[str, Any]) -> dict[str, Any]:
    """One record: `message` is the rendered user message (chat) — completion mode uses the task prompt."""
    record = _chat(message, code) if mode == "chat" else _plain(task.prompt, code)
    return {**record, "meta": {"task_id": task.task_id, **meta}}


def build_variant(
    variant: str,
    mode: str,
    tasks: Sequence[Task],
    refinements: Sequence[Mapping[str, Any]],
    solutions: Sequence[Mapping[str, Any]],
    attempt_template: string.Template,
    refine_template: string.Template,
) -> list[dict[str, Any]]:
    """The examples of one variant, in task order (refinements in their file order)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown SFT variant {variant!r}; known: {', '.join(VARIANTS)}")
    by_id = {t.task_id: t for t in tasks}
    kept_refinements = [r for r in refinements if r["kept"]]
    fixed = {r["task_id"] for r in kept_refinements}
    solved = {s["task_id"]: s for s in solutions if s["kept"]}

    def direct(task: Task) -> dict[str, Any]:
        s = solved[task.task_id]
        meta = {"origin": s["origin"], "request_hash": s["request_hash"]}
        return example(mode, render(attempt_template, prompt=task.prompt.rstrip()), task, s["solution"], meta)

    def refined(r: Mapping[str, Any], with_attempt: bool) -> dict[str, Any]:
        task = by_id[r["task_id"]]
        meta = {"attempt_hash": r["attempt_hash"], "request_hash": r["request_hash"], "origin": "refinement"}
        if with_attempt:
            message = render(
                refine_template,
                prompt=task.prompt.rstrip(),
                attempt=r["attempt"].strip(),
                feedback=r["feedback"].strip(),
            )
            if mode != "chat":
                return {
                    "prompt": message,
                    "completion": r["refinement"],
                    "meta": {"task_id": task.task_id, **meta},
                }
            return example(mode, message, task, r["refinement"], meta)
        return example(
            mode, render(attempt_template, prompt=task.prompt.rstrip()), task, r["refinement"], meta
        )

    if variant == "stand":
        return [direct(t) for t in tasks if t.task_id in solved]
    if variant == "inpd":
        return [direct(t) for t in tasks if t.task_id in solved and t.task_id in fixed]
    persd = [refined(r, False) for r in kept_refinements]
    persd_refine = [refined(r, True) for r in kept_refinements]
    return {"persd": persd, "persd_refine": persd_refine, "persd_combined": persd + persd_refine}[variant]
