"""What every step of the report shares: the model ids it knows and their display names, how the
JSON's numbers are rounded, and how the gathered dict is read (table order, steps shown, alpha)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

BASE = "base"  # the untrained student
REFERENCE = "stand"  # the "difference to StanD" column
DISPLAY = {
    "base": "base",
    "stand": "StanD",
    "inpd": "InpD",
    "persd": "PERsD",
    "persd_refine": "PERsD-refine",
    "persd_combined": "PERsD-combined",
    "selfd": "SelfD",
}
ROUND = re.compile(r"round(\d+)")  # multi-round PERsD: `round2` is PERsD-combined's second round
PERSONALISED = ("persd", "persd_refine", "persd_combined")  # data from the refine stage
DIRECT = ("stand", "inpd")  # data from the solve stage
DIGITS = 4  # fractions (pass@1, differences, p-values) in the JSON
USD_DIGITS = 6


def display_name(model: str) -> str:
    """StanD, InpD, PERsD, ... for the variant ids, `PERsD-combined r2` for `round2`; any other name as
    it is."""
    match = ROUND.fullmatch(model)
    if match:
        return f"{DISPLAY['persd_combined']} r{match.group(1)}"
    return DISPLAY.get(model, model)


def rounded(x: float | None, digits: int = DIGITS) -> float | None:
    """`x` rounded to `digits` decimals, never -0.0; None stays None."""
    if x is None:
        return None
    r = round(float(x), digits)
    return 0.0 if r == 0 else r


def ordered_models(report: Mapping[str, Any]) -> list[str]:
    """The gathered report's model ids in table order."""
    return sorted(report["models"], key=lambda m: report["models"][m]["order"])


def reported_steps(report: Mapping[str, Any]) -> list[int]:
    """The steps the tables and paired differences show: the first and the last."""
    return sorted({1, int(report["setup"]["steps"])})


def significance_level(report: Mapping[str, Any]) -> float:
    """Alpha, 1 - the report's confidence: a paired difference with a smaller p-value gets its `*`."""
    return round(1 - float(report["setup"]["confidence"]), 10)


def questions_in_order(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The gathered report's questions (`pdistill.report.questions`) in table order."""
    return sorted(report.get("questions", {}).values(), key=lambda q: q["order"])
