"""The gathered report as Markdown (one table per benchmark, the study's questions, then the caveats)
and as the rows of the pass@1 plot, from the dict alone."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

from pdistill.report.caveats import caveats
from pdistill.report.common import (
    REFERENCE,
    ordered_models,
    questions_in_order,
    reported_steps,
    significance_level,
)

WIDTH = 100  # prose lines of the Markdown


def render_markdown(report: Mapping[str, Any]) -> str:
    """The comparison as Markdown: what was compared, one table per benchmark, caveats from the data."""
    benches = report["benchmarks"]
    lines = ["# Distillation comparison", "", _wrap(_intro(report)), "", _wrap(_legend(report))]
    for bench in sorted(benches):
        b = benches[bench]
        lines += ["", f"## {bench}: {b['tasks']} tasks, {_samples([b['samples_per_task']])} each", ""]
        lines += _benchmark_table(report, bench)
    if report.get("questions"):
        lines += ["", "## Questions", "", _wrap(_questions_intro(report)), "", *_questions_table(report)]
    notes = caveats(report)
    if notes:
        lines += ["", "## Caveats", "", *(_wrap(n, "- ") for n in notes)]
    return "\n".join(lines) + "\n"


def plot_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per model × benchmark × inference step (every step, not only the first and last):
    pass@1 and its interval in percent, for the `pass_at_1` DVC plot template."""
    models = report["models"]
    out = []
    for bench in sorted(report["benchmarks"]):
        b = report["benchmarks"][bench]
        for m in ordered_models(report):
            for key in sorted(b[m], key=_step_number):
                s = b[m][key]
                out.append(
                    {
                        "benchmark": bench,
                        "model": models[m]["name"],
                        "order": models[m]["order"],
                        "after_step": _step_number(key),
                        "pass_at_1": round(s["pass@1"] * 100, 2),
                        "ci_low": round(s["ci_low"] * 100, 2),
                        "ci_high": round(s["ci_high"] * 100, 2),
                    }
                )
    return out


# ------------------------------------------------------------------------------------------ the prose


def _intro(report: Mapping[str, Any]) -> str:
    """What was compared: student, teacher, models, benchmarks, samples and steps."""
    setup, models, benches = report["setup"], report["models"], report["benchmarks"]
    steps = int(setup["steps"])
    teacher = f"teacher `{setup['teacher']}`" if setup.get("teacher") else "no teacher requests"
    names = ", ".join(models[m]["name"] for m in ordered_models(report))
    bench_list = ", ".join(f"{b} ({benches[b]['tasks']} tasks)" for b in sorted(benches))
    samples = sorted({b["samples_per_task"] for b in benches.values()})
    if steps > 1:
        later = "step 2" if steps == 2 else f"steps 2–{steps}"
        step_text = (
            f"{steps} inference steps ({later}: the model rewrites a program that fails the task's "
            "visible tests; every step is scored on the hidden tests)"
        )
    else:
        step_text = "1 inference step"
    return (
        f"Student `{setup['student']}`, {teacher}. Models: {names} "
        "(base: the untrained student; each other model: the student with that variant's LoRA adapter). "
        f"Benchmarks: {bench_list}; {_samples(samples)} per task; {step_text}."
    )


def _legend(report: Mapping[str, Any]) -> str:
    """How to read the cells."""
    conf = round(float(report["setup"]["confidence"]) * 100)
    return (
        f"pass@1 and Δ in percentage points, [{conf}% bootstrap interval over tasks]. Δ is the paired "
        "difference on the same tasks (the row's model minus base, or minus StanD); "
        f"`*` marks p < {significance_level(report):g} (sign-flip permutation test). ex. = SFT examples "
        "trained on; req. and USD = the teacher requests and the cost of producing that training data; "
        "cut = programs whose generation hit evaluate.max_new_tokens, per reported step (docs/report.md)."
    )


def _questions_intro(report: Mapping[str, Any]) -> str:
    """The family, the Holm correction and the MDD, in a few words."""
    alpha = significance_level(report)
    return (
        f"The study's {report['family_size']} paired tests (each pair × benchmark × reported step; the "
        "difference is the first model minus the second, in points) are one family: Holm p is the p-value "
        f"adjusted by Holm's method over all of them, and a difference is significant when Holm p < "
        f"{alpha:g}. MDD is the smallest true difference a paired test at level {alpha:g} detects with 80% "
        "power on that many tasks, given the observed share of tasks the two models disagree on (—: no "
        "difference is detectable); a smaller difference that is not significant is marked below MDD."
    )


def _wrap(text: str, bullet: str = "") -> str:
    """Prose wrapped at WIDTH columns (Markdown joins the lines again)."""
    indent = " " * len(bullet)
    return textwrap.fill(text, WIDTH, initial_indent=bullet, subsequent_indent=indent, break_on_hyphens=False)


def _samples(counts: Sequence[int]) -> str:
    return f"{'/'.join(map(str, counts))} sample{'' if list(counts) == [1] else 's'}"


# ------------------------------------------------------------------------------------------ the table


def _benchmark_table(report: Mapping[str, Any], bench: str) -> list[str]:
    """One row per model: data, cost, pass@1 after the first and last step and the paired differences."""
    models, b = report["models"], report["benchmarks"][bench]
    reported = reported_steps(report)
    alpha = significance_level(report)
    deltas = [("vs_base", "Δ base")] + ([("vs_stand", "Δ StanD")] if REFERENCE in models else [])
    header = ["model", "ex.", "req.", "USD", "cut", *(f"pass@1 step {s}" for s in reported)]
    header += [f"{label} step {s}" for _, label in deltas for s in reported]
    rows = []
    for m in ordered_models(report):
        info, mb = models[m], b[m]
        row = [info["name"], str(info["examples"]), str(info["teacher_requests"]), _usd(info["teacher_usd"])]
        row.append(" / ".join(str(mb[f"step{s}"].get("truncated", "?")) for s in reported))
        row += [_pass_cell(mb[f"step{s}"]) for s in reported]
        row += [_delta_cell(mb[f"step{s}"].get(key), alpha) for key, _ in deltas for s in reported]
        rows.append(row)
    return _table(header, rows, right={1, 2, 3, 4})


def _questions_table(report: Mapping[str, Any]) -> list[str]:
    """One row per question × benchmark × step: difference [interval], p, Holm p, MDD and the verdict."""
    models = report["models"]
    header = ["pair", "benchmark", "step", "difference", "p", "Holm p", "MDD", "verdict"]
    rows = []
    for q in questions_in_order(report):
        pair = f"{models[q['model']]['name']} − {models[q['other']]['name']}"
        difference = f"{_signed(q['difference'])} [{_signed(q['ci_low'])}, {_signed(q['ci_high'])}]"
        mdd = "—" if q["mdd"] is None else _pct(q["mdd"])
        p, p_holm = _p(q["p_value"]), _p(q["p_holm"])
        rows.append([pair, q["benchmark"], str(q["step"]), difference, p, p_holm, mdd, _verdict(q)])
    return _table(header, rows, right={2, 4, 5, 6})


def _verdict(q: Mapping[str, Any]) -> str:
    """Significant, or not; and below the MDD when the test could not have detected a difference this
    size with 80% power (no MDD: it could detect none)."""
    if q["significant"]:
        return "significant"
    if q["mdd"] is None or abs(q["difference"]) < q["mdd"]:
        return "not significant (below MDD)"
    return "not significant"


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """A Markdown table padded to aligned columns (legible with `cat`, rendered by GitHub)."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = [("-" * (w + 1) + ":") if i in right else (":" + "-" * (w + 1)) for i, w in enumerate(widths)]
    return [line(header), "|" + "|".join(rule) + "|", *(line(r) for r in rows)]


def _pass_cell(s: Mapping[str, Any]) -> str:
    return f"{_pct(s['pass@1'])} [{_pct(s['ci_low'])}, {_pct(s['ci_high'])}]"


def _delta_cell(c: Mapping[str, Any] | None, alpha: float) -> str:
    if c is None:
        return "—"
    star = "*" if c["p_value"] < alpha else ""
    return f"{_signed(c['difference'])} [{_signed(c['ci_low'])}, {_signed(c['ci_high'])}]{star}"


def _p(x: float) -> str:
    """A p-value to 3 decimals; `<0.001` below that."""
    return "<0.001" if x < 0.001 else f"{x:.3f}"


def _usd(x: float | None) -> str:
    if x is None:
        return "?"
    if x == 0:
        return "0"
    return f"{x:.4f}" if x < 1 else f"{x:.2f}"


def _pct(x: float) -> str:
    return f"{x * 100:.1f}"


def _signed(x: float) -> str:
    """Percentage points with their sign; zero without one."""
    s = f"{x * 100:+.1f}"
    return "0.0" if s in ("+0.0", "-0.0") else s


def _step_number(key: str) -> int:
    """3 for `step3`."""
    return int(key[len("step") :])
