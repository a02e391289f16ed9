"""What producing each model's training data cost the teacher, from the refine and solve stages'
`teacher.data` blocks (the figures independent of caching)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pdistill.report.common import PERSONALISED, USD_DIGITS, rounded
from pdistill.report.inputs import Inputs


def teacher_cost(model: str, inputs: Inputs) -> dict[str, Any]:
    """What producing `model`'s training data cost the teacher (the `data` figures: independent of caching).

    * base: nothing;
    * PERsD, PERsD-refine, PERsD-combined: every request of the refine stage (kept or not);
    * StanD: every request of the solve stage (none when it used the tasks' references);
    * InpD: the solve requests for the tasks the student failed (the tasks in the refine records). The
      records do not carry tokens per request, so its tokens and USD are solve's, pro rata by requests.
    * a later PERsD round: its start model's cost plus every request of the round's refine stage;
    * selfd, and any other name: nothing (zero: self-distillation never asks the teacher).
    """
    if model in inputs.rounds:
        block = inputs.rounds[model]
        return _sum(teacher_cost(block["start"], inputs), _stage_cost(block["refine"]))
    if model in PERSONALISED:
        return _stage_cost(inputs.refine)
    if model == "stand":
        return _stage_cost(inputs.solve)
    if model == "inpd":
        return _inpd_cost(inputs)
    return _zero()


def teacher_model(inputs: Inputs) -> str | None:
    """The teacher's model name, from the refine metrics or else the solve metrics (None: never asked)."""
    for metrics in (inputs.refine, inputs.solve):
        teacher = metrics.get("teacher")
        if teacher and teacher.get("model"):
            return str(teacher["model"])
    return None


def _stage_cost(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """The `teacher.data` block of a refine/solve metrics file (zero when the teacher was not asked)."""
    teacher = metrics.get("teacher")
    if not teacher:
        return _zero()
    d = teacher["data"]
    usd = d.get("usd")
    return {
        "requests": d["replies"],
        "prompt_tokens": d["prompt_tokens"],
        "completion_tokens": d["completion_tokens"],
        "usd": None if usd is None else rounded(usd, USD_DIGITS),
    }


def _inpd_cost(inputs: Inputs) -> dict[str, Any]:
    """The solve stage's teacher requests for the tasks the student failed; tokens and USD pro rata."""
    solve = _stage_cost(inputs.solve)
    failed = {r["task_id"] for r in inputs.refinements}
    asked = sum(1 for s in inputs.solutions if s["origin"] == "teacher" and s["task_id"] in failed)
    if not asked or not solve["requests"]:
        return _zero()
    share = asked / solve["requests"]
    return {
        "requests": asked,
        "prompt_tokens": round(solve["prompt_tokens"] * share),
        "completion_tokens": round(solve["completion_tokens"] * share),
        "usd": None if solve["usd"] is None else rounded(solve["usd"] * share, USD_DIGITS),
    }


def _sum(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """Two costs added up (USD unknown if either is)."""
    usd = None if a["usd"] is None or b["usd"] is None else rounded(a["usd"] + b["usd"], USD_DIGITS)
    return {k: a[k] + b[k] for k in ("requests", "prompt_tokens", "completion_tokens")} | {"usd": usd}


def _zero() -> dict[str, Any]:
    return {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0, "usd": 0.0}
