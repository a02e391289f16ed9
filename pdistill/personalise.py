"""Personalised data collection, pure functions: which attempts the teacher refines, the messages it is
sent, and the records that come back. The stage scripts (`stages/refine.py`, `stages/solve.py`) do the
I/O around them.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Mapping, Sequence
from typing import Any

from pdistill.extract import extract_from_chat
from pdistill.prompts import attempt_message, refine_message, render
from pdistill.tasks import Task


def code_hash(code: str) -> str:
    """A short content hash of a program (provenance: which attempt a refinement fixes)."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:16]


def failed_attempts(
    samples: Sequence[Mapping[str, Any]], results: Sequence[Mapping[str, Any]], per_task: int | None = None
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """(sample, result) pairs that did not pass, in file order; at most `per_task` per task (None: all).

    `results` must answer `samples` one to one (as `execute` writes them); a mismatch is an error.
    """
    if len(samples) != len(results):
        raise ValueError(f"{len(samples)} samples but {len(results)} results: re-run the execute stage")
    kept: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    count: dict[str, int] = {}
    for sample, result in zip(samples, results, strict=True):
        if (sample["task_id"], sample["sample_id"]) != (result["task_id"], result["sample_id"]):
            raise ValueError(f"results do not match samples at {sample['task_id']}/{sample['sample_id']}")
        if result["status"] == "passed":
            continue
        n = count.get(sample["task_id"], 0)
        if per_task is None or n < per_task:
            kept.append((sample, result))
            count[sample["task_id"]] = n + 1
    return kept


def refine_messages(
    template: string.Template,
    reference_template: string.Template | None,
    task: Task,
    attempt: str,
    feedback: str,
) -> list[dict[str, str]]:
    """The teacher's refinement request: the task, the student's code, the execution feedback, and the
    reference solution when `reference_template` is given (and the task has one). Task, code and feedback
    are normalised as in the student's refinement message (`pdistill.prompts.refine_message`)."""
    reference = ""
    if reference_template is not None and task.reference:
        reference = render(reference_template, reference=task.reference.strip())
    text = refine_message(template, task.prompt, attempt, feedback, reference=reference)
    return [{"role": "user", "content": text}]


def refine_conversations(
    tasks: Mapping[str, Task],
    samples: Sequence[Mapping[str, Any]],
    results: Sequence[Mapping[str, Any]],
    per_task: int | None,
    template: string.Template,
    reference_template: string.Template | None,
):
    """The failed attempts to refine and, for each, the teacher's messages (stage `refine`, and
    `pdistill teacher estimate`)."""
    failures = failed_attempts(samples, results, per_task)
    conversations = [
        refine_messages(template, reference_template, tasks[s["task_id"]], s["code"], r["feedback"])
        for s, r in failures
    ]
    return failures, conversations


def solve_messages(template: string.Template, task: Task) -> list[dict[str, str]]:
    """The teacher's direct-solution request (for the StanD and InpD baselines): the task prompt
    right-stripped, as in the student's attempt message (`pdistill.prompts.attempt_message`)."""
    return [{"role": "user", "content": attempt_message(template, task.prompt)}]


def program_from_reply(reply: str, task: Task) -> str:
    """The full program in a teacher reply (an empty string when there is no code in it)."""
    return extract_from_chat(reply, task.prompt, task.entry_point)


def judge(verdicts: Sequence[Mapping[str, Any]]) -> tuple[str, bool]:
    """(status of the first run, kept): kept only when every run passed — a flaky program is rejected."""
    return verdicts[0]["status"], all(v["status"] == "passed" for v in verdicts)


def summarise(records: Sequence[Mapping[str, Any]], key: str = "kept") -> dict[str, Any]:
    """Counts for a metrics file: how many were asked, how many kept, the rate, and how many teacher
    replies hit teacher.max_tokens (`truncated`: their code may be cut off)."""
    asked = len(records)
    kept = sum(1 for r in records if r[key])
    return {
        "requested": asked,
        "kept": kept,
        "kept_rate": round(kept / asked, 4) if asked else None,
        "tasks_kept": len({r["task_id"] for r in records if r[key]}),
        "truncated": sum(r.get("finish_reason") == "length" for r in records),
    }
