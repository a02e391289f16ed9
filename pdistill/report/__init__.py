"""The comparison a user reads after `dvc repro`: every model's training data, teacher cost and pass@1.

Models are `base` (the untrained student), one student per distillation variant, `selfd` (trained on its
own passing samples, no teacher) and any later PERsD rounds (`round2`, ...). For each model and
benchmark the report holds pass@1 after step 1 and after the last inference step with their bootstrap
intervals (from `metrics/eval/<model>.json`), and the paired difference to `base` and to StanD on the
same tasks (from the per-sample records, `data/eval/<model>.jsonl`, via `pdistill.stats.paired_comparison`).
Next to them: the SFT examples each variant trained on and what its data cost in teacher requests,
tokens and USD (the refine and solve stages' `teacher.data` blocks, attributed as `teacher_cost` says).

    inputs = load_inputs(models=[...], eval_metrics_dir=..., ...)   # inputs: the only module reading files
    report = gather(inputs)            # gather: a JSON-able dict (floats rounded, nothing volatile)
    markdown = render_markdown(report)  # render: the Markdown tables and caveats, from the dict alone
    rows = plot_rows(report)            # render: the rows of the pass@1 plot, from the dict alone
    by_round = round_rows(report, rounds)  # rounds: pass@1 and teacher cost by PERsD round

`load_inputs` raises a `PdistillError` naming the file (and line or key) for every problem;
`teacher_cost` (cost) is the attribution rule; `caveats` (caveats) the limits the Markdown lists.
See docs/report.md.
"""

from pdistill.report.caveats import caveats
from pdistill.report.common import BASE, DISPLAY, REFERENCE, display_name
from pdistill.report.cost import teacher_cost
from pdistill.report.gather import gather
from pdistill.report.inputs import Inputs, load_inputs
from pdistill.report.render import plot_rows, render_markdown
from pdistill.report.rounds import round_rows

__all__ = [
    "BASE",
    "DISPLAY",
    "REFERENCE",
    "Inputs",
    "caveats",
    "display_name",
    "gather",
    "load_inputs",
    "plot_rows",
    "render_markdown",
    "round_rows",
    "teacher_cost",
]
