"""Stage `prepare`: import a benchmark into the task format.

python stages/prepare.py --source humaneval --out data/tasks/humaneval.jsonl
"""

from __future__ import annotations

import argparse

from pdistill.loaders import load_humaneval
from pdistill.tasks import write_tasks


def main() -> None:
    """Write the tasks of `--source` to `--out`."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", choices=["humaneval"], required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    n = write_tasks(args.out, load_humaneval())
    print(f"prepare: {n} tasks -> {args.out}")


if __name__ == "__main__":
    main()
