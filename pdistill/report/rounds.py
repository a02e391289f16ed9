"""Multi-round PERsD by round: pass@1 and the teacher cost so far, for the `rounds` DVC plots.

Round 1 is PERsD-combined (the paper's one round); round k is the model `round<k>` of `rounds.extra`,
trained on round k-1's data plus its own refinements. Costs are cumulative: what the teacher was paid for
everything that model's data holds (`pdistill.report.cost.teacher_cost`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FIRST_ROUND = "persd_combined"


def round_rows(report: Mapping[str, Any], rounds: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per round x benchmark (after step 1): `round`, `model`, `benchmark`, `pass_at_1` (percent),
    `teacher_requests` and `teacher_usd` (cumulative). Empty when round 1's model is not in the report."""
    models = report["models"]
    if FIRST_ROUND not in models:
        return []
    chain = [FIRST_ROUND, *(name for name in rounds if name in models)]
    rows = []
    for bench in sorted(report["benchmarks"]):
        for number, model in enumerate(chain, start=1):
            step = report["benchmarks"][bench][model]["step1"]
            rows.append(
                {
                    "round": number,
                    "model": models[model]["name"],
                    "benchmark": bench,
                    "pass_at_1": round(step["pass@1"] * 100, 2),
                    "teacher_requests": models[model]["teacher_requests"],
                    "teacher_usd": models[model]["teacher_usd"],
                }
            )
    return rows
