"""Stage `report`: the comparison of the base student and every distillation variant, as metrics, a
Markdown table and plot data.

    python stages/report.py --models base stand inpd persd persd_refine persd_combined selfd \
        --eval-metrics metrics/eval --eval-records data/eval \
        --sft-metrics metrics/sft --train-metrics metrics/train \
        --refine-metrics metrics/refine.json --solve-metrics metrics/solve.json \
        --refinements data/refine/refinements.jsonl --solutions data/solve/solutions.jsonl \
        --rounds-metrics metrics/rounds --metrics metrics/report.json --markdown reports/comparison.md \
        --plot reports/pass_at_1.json --rounds-plot reports/rounds.json

Per model it reads `<eval-metrics>/<model>.json` and `<eval-records>/<model>.jsonl`, and for every model
but `base` `<sft-metrics>/<model>.json` and `<train-metrics>/<model>.json`. The later PERsD rounds of
`rounds.extra` come after the listed models, each with `<rounds-metrics>/<name>/refine.json` (its teacher
cost); `--rounds-plot` gets pass@1 and teacher cost by round. Settings: `student.model` and
`evaluate.bootstrap_samples`, `evaluate.confidence`, `evaluate.seed` (the paired comparisons). See
docs/report.md.
"""

from __future__ import annotations

import argparse
import json
import sys

from pdistill.config.load import load_config
from pdistill.io import atomic_open, run_stage, write_json
from pdistill.report import gather, load_inputs, plot_rows, render_markdown, round_rows


def main() -> None:
    """Read every model's evaluation, data and cost; write the report, its metrics and plot data."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--models", required=True, nargs="+", help="base and the variants, in table order")
    for name in (
        "--eval-metrics",
        "--eval-records",
        "--sft-metrics",
        "--train-metrics",
        "--refine-metrics",
        "--solve-metrics",
        "--refinements",
        "--solutions",
        "--rounds-metrics",
        "--metrics",
        "--markdown",
        "--plot",
        "--rounds-plot",
    ):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)
    ev = config.evaluate
    rounds = config.rounds.extra
    inputs = load_inputs(
        models=[*args.models, *rounds],
        eval_metrics_dir=args.eval_metrics,
        eval_records_dir=args.eval_records,
        sft_metrics_dir=args.sft_metrics,
        train_metrics_dir=args.train_metrics,
        refine_metrics=args.refine_metrics,
        solve_metrics=args.solve_metrics,
        refinements=args.refinements,
        solutions=args.solutions,
        student=config.student.model,
        rounds=rounds,
        rounds_metrics_dir=args.rounds_metrics,
        bootstrap_samples=ev.bootstrap_samples,
        confidence=ev.confidence,
        seed=ev.seed,
    )
    report = gather(inputs)
    markdown = render_markdown(report)
    rows = plot_rows(report)
    by_round = round_rows(report, rounds)
    # Everything is computed before the first write: a bad input leaves no output behind.
    write_json(args.metrics, report)
    with atomic_open(args.plot) as fh:
        fh.write(json.dumps(rows, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
    with atomic_open(args.rounds_plot) as fh:
        fh.write(json.dumps(by_round, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
    with atomic_open(args.markdown) as fh:
        fh.write(markdown)
    print(
        f"report: {len(inputs.models)} models, {len(report['benchmarks'])} benchmarks -> {args.markdown}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    run_stage(main)
