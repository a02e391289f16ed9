"""Stage `synthesize` (not wired into dvc.yaml; see docs/ingest-alpaca.md): tasks with tests from
instruction + reference-code pairs (Code Alpaca style). The teacher proposes test inputs, the reference
runs on them in the sandbox, and reproducible results become asserts; dropped records are counted.

    python stages/synthesize.py --input data/raw/code_alpaca_20k.json --prompt prompts/test_inputs.txt \
        --out data/tasks/alpaca.jsonl --metrics metrics/synthesize.json [--limit N]
"""

from __future__ import annotations

import argparse

from pdistill.alpaca import read_alpaca
from pdistill.io import run_stage
from pdistill.prompts import load_template
from pdistill.synthesize import load_settings, synthesize


def main() -> None:
    """Synthesize the tasks; write them and the counts (as the stage's metrics)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--input", "--prompt", "--out", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N records")
    args = parser.parse_args()
    teacher, execution, config = load_settings(args.params)
    template = load_template(args.prompt)
    records = read_alpaca(args.input)[: args.limit]
    result = synthesize(records, template, teacher, execution, config, kind="alpaca")
    result.write(args.out, args.metrics)
    print(f"synthesize: {result.summary(args.out)}")


if __name__ == "__main__":
    run_stage(main)
