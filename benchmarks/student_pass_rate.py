"""How hard is our task set for the student? Its greedy pass rate on the tasks, by difficulty and category.

    python benchmarks/student_pass_rate.py                      # every task, the params.yaml student
    python benchmarks/student_pass_rate.py --every 3 --out /tmp/rates.json
    python benchmarks/student_pass_rate.py --records /tmp/replies.jsonl      # keep every reply
    python benchmarks/student_pass_rate.py --replay /tmp/replies.jsonl       # reuse stored replies

The task set is meant to be failed by the default student on a substantial share of tasks (30-70%), so
that personalised refinement has something to work on. Generation uses the attempt stage's settings
(`student` section: model, backend, max_new_tokens, ...) and prompt, execution the sandbox with the
`execution` section's limits; nothing is written except the optional `--out` summary and `--records`.
Greedy replies are deterministic, so `--replay` measures a grown task set (or a change in program
extraction) without generating the unchanged tasks again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdistill.config.load import load_config  # noqa: E402
from pdistill.config.sections import Student  # noqa: E402
from pdistill.execution import SandboxPool, execute_samples  # noqa: E402
from pdistill.execution.config import ExecutionConfig  # noqa: E402
from pdistill.extract import extract_program  # noqa: E402
from pdistill.prompts import load_template  # noqa: E402
from pdistill.student.backend import open_student  # noqa: E402
from pdistill.student.generate import generate  # noqa: E402
from pdistill.tasks import Task, load_tasks  # noqa: E402


def rates(rows: list[tuple[str, str, bool]]) -> dict[str, dict[str, float]]:
    """Pass rate overall, per difficulty and per category, from (difficulty, category, passed) rows."""
    out: dict[str, dict[str, float]] = {}
    for name, key in (("all", lambda r: "all"), ("difficulty", lambda r: r[0]), ("category", lambda r: r[1])):
        total, passed = Counter(), Counter()
        for r in rows:
            total[key(r)] += 1
            passed[key(r)] += r[2]
        out[name] = {k: round(passed[k] / total[k], 4) for k in sorted(total)} | {
            f"{k} (tasks)": total[k] for k in sorted(total)
        }
    return out


def attempt(student: Student, tasks: list) -> list[str]:
    """The student's reply to each task's attempt prompt (the text the program is extracted from)."""
    keys = ("mode", "max_new_tokens", "batch_size", "seed")
    with open_student(student) as (model, tokenizer):
        out = generate(
            model,
            tokenizer,
            [t.prompt for t in tasks],
            template=load_template(ROOT / "prompts/attempt.txt"),
            entry_points=[t.entry_point for t in tasks],
            **{k: getattr(student, k) for k in keys},
        )
    return [g[0].text for g in out]


def prompt_sha(task: Task) -> str:
    """A digest of the task's prompt: a stored reply is reused only for the prompt it answered."""
    return hashlib.sha256(task.prompt.encode()).hexdigest()[:16]


def replies_for(tasks: list[Task], student: Student, replay: str | None) -> tuple[list[str], int]:
    """Each task's reply: stored in the `--replay` file for the same prompt, else generated now.

    Returns the replies and how many were generated.
    """
    stored: dict[tuple[str, str], str] = {}
    if replay:
        with open(replay) as f:
            stored = {(row["task_id"], row["prompt_sha"]): row["reply"] for row in map(json.loads, f)}
    todo = [t for t in tasks if (t.task_id, prompt_sha(t)) not in stored]
    fresh = dict(zip((t.task_id for t in todo), attempt(student, todo) if todo else [], strict=True))
    return [fresh.get(t.task_id) or stored[(t.task_id, prompt_sha(t))] for t in tasks], len(todo)


def main() -> None:
    """Generate, execute, print the pass rates."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", default=str(ROOT / "data/tasks/pdistill_tasks.jsonl"))
    parser.add_argument("--params", default=str(ROOT / "params.yaml"))
    parser.add_argument("--every", type=int, default=1, help="take every N-th task (a spread subset)")
    parser.add_argument("--out", help="also write the summary here (JSON)")
    parser.add_argument("--records", help="also write one row per task here (JSONL: reply, program, status)")
    parser.add_argument(
        "--replay",
        help="reuse the replies of a --records file for tasks whose prompt is unchanged (re-extracted and "
        "re-run); generate only the others. Same student and settings assumed",
    )
    args = parser.parse_args()
    params = load_config(args.params)
    student = params.student
    cfg = ExecutionConfig.from_config(params)
    tasks = load_tasks(args.tasks)[:: args.every]
    start = time.perf_counter()
    replies, generated = replies_for(tasks, student, args.replay)
    generation_s = time.perf_counter() - start
    mode = "chat" if student.mode == "auto" else student.mode
    programs = [
        extract_program(mode, t.prompt, r, t.entry_point) for t, r in zip(tasks, replies, strict=True)
    ]
    with SandboxPool(cfg.workers, cfg.sandbox) as pool:
        samples = [
            {"task_id": t.task_id, "sample_id": 0, "code": code}
            for t, code in zip(tasks, programs, strict=True)
        ]
        results, _ = execute_samples({t.task_id: t for t in tasks}, samples, cfg.limits, pool=pool)
    if args.records:
        with open(args.records, "w") as f:
            for t, reply, code, r in zip(tasks, replies, programs, results, strict=True):
                row = {"task_id": t.task_id, "prompt_sha": prompt_sha(t), "reply": reply}
                row |= {"program": code, "status": r["status"]}
                f.write(json.dumps(row, sort_keys=True) + "\n")
    rows = [
        (t.meta.get("difficulty", "?"), t.meta.get("category", "?"), r["status"] == "passed")
        for t, r in zip(tasks, results, strict=True)
    ]
    summary = {
        "student": student["model"],
        "tasks": len(tasks),
        "generated": generated,
        "generation_s": round(generation_s, 1),
        "pass_rate": rates(rows),
    }
    print(json.dumps(summary, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
