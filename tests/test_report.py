"""The `report` stage: numbers, Markdown, plot data, determinism, errors; and the offline plots page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pdistill.io import PdistillError
from pdistill.report import gather, load_inputs, plot_rows, render_markdown
from pdistill.report.common import questions_in_order
from pdistill.scoring import per_task_pass_at_1, summarise
from pdistill.stats import holm, minimum_detectable_difference, paired_comparison

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "stages" / "report.py"
OFFLINE_PAGE = ROOT / ".dvc" / "plots" / "offline.html"
PLOT_TEMPLATE = ROOT / ".dvc" / "plots" / "pass_at_1.json"
SAMPLES = 200  # bootstrap resamples: enough for the tests, fast
MODELS = ["base", "stand", "inpd", "persd"]
TASKS = {"humaneval": 12, "heldout": 6}
# model -> benchmark -> (tasks passing after step 1, after step 2), as task indices
SOLVED = {
    "base": {"humaneval": ({0, 1, 2}, {0, 1, 2, 3}), "heldout": ({0}, {0, 1})},
    "stand": {"humaneval": ({0, 1, 2, 4}, {0, 1, 2, 3, 4}), "heldout": ({0, 2}, {0, 2})},
    "inpd": {"humaneval": ({0, 1, 3}, {0, 1, 3, 5}), "heldout": ({1}, {1, 2})},
    "persd": {"humaneval": ({0, 1, 2, 4, 5, 6}, set(range(10))), "heldout": ({0, 1}, {0, 1, 2, 3})},
    "persd_combined": {
        "humaneval": ({0, 1, 2, 4, 5, 6, 7}, set(range(11))),
        "heldout": ({0, 1, 2}, {0, 1, 2, 3}),
    },
    "selfd": {"humaneval": ({0, 1, 2, 3}, {0, 1, 2, 3, 5}), "heldout": ({0}, {0, 2})},
    "round2": {
        "humaneval": ({0, 1, 2, 4, 5, 6, 7, 8}, set(range(12))),
        "heldout": ({0, 1, 2}, set(range(5))),
    },
}
EXAMPLES = {"stand": 12, "inpd": 5, "persd": 5, "persd_combined": 10, "selfd": 4, "round2": 15}
STUDY = ["base", "stand", "persd_combined", "selfd", "round2"]  # every model of the study's questions
TRAIN_TASKS = [f"train/{i}" for i in range(12)]
FAILED = TRAIN_TASKS[3:]  # the student failed 9 of the 12 training tasks
TEACHER = {"model": "gpt-3.5-turbo", "run": {"requests_sent": 0, "cache_hits": 9, "usd_spent": 0.0}}


def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2))


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def eval_records(model: str) -> list[dict]:
    """Per-sample records as stages/evaluate.py writes them: one sample per task, two steps."""
    records = []
    for bench, n in TASKS.items():
        first, last = SOLVED[model][bench]
        for i in range(n):
            for step, solved, origin in (
                (1, first, "attempt"),
                (2, last, "kept" if i in first else "refined"),
            ):
                records.append(
                    {
                        "benchmark": bench,
                        "task_id": f"{bench}/{i}",
                        "sample_id": 0,
                        "step": step,
                        "origin": origin,
                        "status": "passed" if i in solved else "failed",
                        "tests_passed": 1 if i in solved else 0,
                        "tests_total": 1,
                        "visible_status": None,
                        "program": "def f():\n    pass\n",
                    }
                )
    return records


def make_inputs(
    root: Path, *, solve_teacher: bool = True, models=MODELS, steps: int = 2, usd: float | None = 0.00855
) -> dict[str, str]:
    """Every input file of the report stage under `root`; returns the stage's arguments."""
    for model in models:
        records = [r for r in eval_records(model) if r["step"] <= steps]
        _write_jsonl(root / "data/eval" / f"{model}.jsonl", records)
        metrics = {
            bench: summarise(
                [r for r in records if r["benchmark"] == bench], steps=steps, bootstrap_samples=SAMPLES
            )
            for bench in TASKS
        }
        _write_json(root / "metrics/eval" / f"{model}.json", metrics)
        if model == "base":
            continue
        n = EXAMPLES[model]
        _write_json(
            root / "metrics/sft" / f"{model}.json",
            {
                "variant": model,
                "examples": n,
                "tasks": n,
                "prompt_tokens": 150 * n,
                "completion_tokens": 90 * n,
                "dropped_too_long": 0,
                "dropped_empty": 0,
                "longest": 400,
            },
        )
        _write_json(
            root / "metrics/train" / f"{model}.json",
            {
                "variant": model,
                "train_loss": 0.61234,
                "steps": 3,
                "examples": n,
                "examples_used": n,
                "seconds": 9.5,
            },
        )
    refinements = [
        {"task_id": t, "sample_id": 0, "kept": i < 5, "status": "passed"} for i, t in enumerate(FAILED)
    ]
    _write_jsonl(root / "data/refine/refinements.jsonl", refinements)
    refine_cost = {"replies": 9, "prompt_tokens": 9000, "completion_tokens": 2700, "usd": usd}
    _write_json(
        root / "metrics/refine.json",
        {"failed_attempts": 9, "requested": 9, "kept": 5, "kept_rate": 0.5556, "tasks_kept": 5}
        | {"teacher": {**TEACHER, "data": refine_cost}},
    )
    origin = "teacher" if solve_teacher else "reference"
    solutions = [{"task_id": t, "origin": origin, "kept": True, "status": "passed"} for t in TRAIN_TASKS]
    _write_jsonl(root / "data/solve/solutions.jsonl", solutions)
    solve = {"requested": 12, "kept": 12, "kept_rate": 1.0, "tasks_kept": 12}
    if solve_teacher:
        solve_cost = {"replies": 12, "prompt_tokens": 6000, "completion_tokens": 3600, "usd": 0.0084}
        solve["teacher"] = {**TEACHER, "data": solve_cost}
    _write_json(root / "metrics/solve.json", solve)
    params = {
        "student": {"model": "tiny-student"},
        "evaluate": {"bootstrap_samples": SAMPLES, "seed": 0},
        "rounds": {"extra": {}},  # no later PERsD round: the stage reads no round2 files
    }
    (root / "params.yaml").write_text(yaml.safe_dump(params))
    return {
        "eval_metrics_dir": str(root / "metrics/eval"),
        "eval_records_dir": str(root / "data/eval"),
        "sft_metrics_dir": str(root / "metrics/sft"),
        "train_metrics_dir": str(root / "metrics/train"),
        "refine_metrics": str(root / "metrics/refine.json"),
        "solve_metrics": str(root / "metrics/solve.json"),
        "refinements": str(root / "data/refine/refinements.jsonl"),
        "solutions": str(root / "data/solve/solutions.jsonl"),
    }


def _report(tmp_path: Path, **kwargs) -> dict:
    models = kwargs.pop("models", MODELS)
    paths = make_inputs(tmp_path, models=models, **kwargs)
    inputs = load_inputs(models=models, student="tiny-student", bootstrap_samples=SAMPLES, **paths)
    return gather(inputs)


def test_pass_at_1_and_paired_differences(tmp_path: Path):
    report = _report(tmp_path)
    he = report["benchmarks"]["humaneval"]
    assert he["tasks"] == 12 and he["samples_per_task"] == 1
    assert he["base"]["step1"]["pass@1"] == 0.25 and he["persd"]["step2"]["pass@1"] == round(10 / 12, 4)
    assert he["base"]["step1"]["ci_low"] <= 0.25 <= he["base"]["step1"]["ci_high"]
    # By hand: PERsD solves tasks 0,1,2,4,5,6 at step 1, base 0,1,2: +3 of 12 tasks, 3 won, none lost.
    d = he["persd"]["step1"]["vs_base"]
    assert d["difference"] == 0.25 and (d["won"], d["lost"], d["tied"]) == (3, 0, 9)
    assert d["ci_low"] <= 0.25 <= d["ci_high"] and d["ci_low"] >= 0
    # PERsD vs StanD at step 2: 10 of 12 against 5 of 12, no task lost.
    s = he["persd"]["step2"]["vs_stand"]
    assert s["difference"] == round(5 / 12, 4) and (s["won"], s["lost"]) == (5, 0)
    # InpD vs base on heldout step 1: {1} against {0}: one won, one lost, difference 0, p = 1.
    h = report["benchmarks"]["heldout"]["inpd"]["step1"]["vs_base"]
    assert (h["difference"], h["won"], h["lost"], h["p_value"]) == (0.0, 1, 1, 1.0)
    # The same numbers as paired_comparison on the records.
    records = {m: [r for r in eval_records(m) if r["benchmark"] == "humaneval"] for m in ("persd", "base")}
    c = paired_comparison(
        per_task_pass_at_1(records["persd"], 2), per_task_pass_at_1(records["base"], 2), samples=SAMPLES
    )
    assert he["persd"]["step2"]["vs_base"]["p_value"] == round(c.p_value, 4)
    assert he["persd"]["step2"]["vs_base"]["ci_low"] == round(c.difference.low, 4)
    # No difference of a model to itself.
    assert "vs_base" not in he["base"]["step1"] and "vs_stand" not in he["stand"]["step2"]
    assert "vs_stand" not in he["base"]["step1"]  # base - StanD: StanD - base, sign flipped


def test_teacher_cost_per_variant(tmp_path: Path):
    models = _report(tmp_path)["models"]
    assert models["base"]["teacher_requests"] == 0 and models["base"]["examples"] == 0
    assert (models["persd"]["teacher_requests"], models["persd"]["teacher_usd"]) == (9, 0.00855)
    assert (models["stand"]["teacher_requests"], models["stand"]["teacher_usd"]) == (12, 0.0084)
    # InpD: solve's requests for the 9 failed tasks, tokens and USD pro rata (9 / 12).
    inpd = models["inpd"]
    assert (inpd["teacher_requests"], inpd["teacher_prompt_tokens"], inpd["teacher_usd"]) == (9, 4500, 0.0063)
    assert models["persd"]["examples"] == 5 and models["persd"]["train_loss"] == 0.6123
    assert [models[m]["name"] for m in MODELS] == ["base", "StanD", "InpD", "PERsD"]


def test_references_instead_of_teacher_cost_nothing(tmp_path: Path):
    report = _report(tmp_path, solve_teacher=False)
    assert report["models"]["stand"]["teacher_requests"] == 0 and report["models"]["inpd"]["teacher_usd"] == 0
    assert report["models"]["persd"]["teacher_requests"] == 9
    assert "StanD and InpD trained on the tasks' reference solutions" in " ".join(
        render_markdown(report).split()
    )


def test_markdown_tables(tmp_path: Path):
    report = _report(tmp_path)
    md = render_markdown(report)
    assert md.startswith("# Distillation comparison\n")
    for bench in ("humaneval", "heldout"):
        section = md.split(f"## {bench}:")[1].split("\n## ")[0]
        table = [line for line in section.splitlines() if line.startswith("|")]
        header = [c.strip() for c in table[0].strip("|").split("|")]
        assert header == [
            "model",
            "ex.",
            "req.",
            "USD",
            "cut",
            "pass@1 step 1",
            "pass@1 step 2",
            "Δ base step 1",
            "Δ base step 2",
            "Δ StanD step 1",
            "Δ StanD step 2",
        ]
        rows = [[c.strip() for c in line.strip("|").split("|")] for line in table[2:]]
        assert [r[0] for r in rows] == ["base", "StanD", "InpD", "PERsD"]
        assert all(len(r) == len(header) for r in rows)
        assert len({len(line) for line in table}) == 1  # padded: columns line up in a terminal
    rows = {r[0]: r for r in ([c.strip() for c in line.strip("|").split("|")] for line in md.splitlines())}
    he = report["benchmarks"]["humaneval"]
    assert rows["base"][1:4] == ["0", "0", "0"]
    assert rows["PERsD"][1:4] == ["5", "9", "0.0086"]
    assert rows["base"][4] == "0 / 0"  # no program hit max_new_tokens at either reported step
    assert rows["base"][7] == "—"
    p = he["persd"]["step1"]["vs_base"]["p_value"]
    lo, hi = he["persd"]["step1"]["vs_base"]["ci_low"], he["persd"]["step1"]["vs_base"]["ci_high"]
    expected = f"+25.0 [{lo * 100:+.1f}, {hi * 100:+.1f}]" + ("*" if p < 0.05 else "")
    assert rows["PERsD"][7] == expected.replace("+0.0", "0.0")
    low, high = he["base"]["step1"]["ci_low"] * 100, he["base"]["step1"]["ci_high"] * 100
    assert rows["base"][5] == f"25.0 [{low:.1f}, {high:.1f}]"
    assert "## Caveats" in md and "points wide (12 tasks)" in md
    assert "max_new_tokens (most" not in md  # nothing was cut: no truncation caveat


def test_truncated_programs_are_shown_and_named_in_the_caveats(tmp_path: Path):
    report = _report(tmp_path)
    report["benchmarks"]["humaneval"]["persd"]["step1"]["truncated"] = 3
    md = render_markdown(report)
    rows = {r[0]: r for r in ([c.strip() for c in line.strip("|").split("|")] for line in md.splitlines())}
    assert rows["PERsD"][4].startswith("3 / ")
    assert "3 evaluated programs hit evaluate.max_new_tokens (most: PERsD, 3)" in " ".join(md.split())
    assert all(len(line) <= 100 for line in md.splitlines() if not line.startswith("|"))


def test_markdown_marks_significant_differences(tmp_path: Path):
    report = _report(tmp_path)
    report["benchmarks"]["humaneval"]["persd"]["step2"]["vs_base"]["p_value"] = 0.01
    report["benchmarks"]["humaneval"]["persd"]["step2"]["vs_base"]["difference"] = 0.5
    md = render_markdown(report)
    row = next(line for line in md.split("## humaneval")[1].splitlines() if line.startswith("| PERsD"))
    assert "+50.0 [" in row and "]*" in row


def test_steps_one_and_without_stand(tmp_path: Path):
    report = _report(tmp_path, models=["base", "persd"])
    assert "vs_stand" not in report["benchmarks"]["humaneval"]["persd"]["step1"]
    md = render_markdown(report)
    assert "Δ StanD" not in md and "| PERsD" in md


def test_one_inference_step_and_a_teacher_without_a_price(tmp_path: Path):
    report = _report(tmp_path, steps=1, usd=None)
    assert report["setup"]["steps"] == 1 and report["models"]["persd"]["teacher_usd"] is None
    assert set(report["benchmarks"]["humaneval"]["persd"]) == {"step1"}
    md = render_markdown(report)
    header = next(line for line in md.splitlines() if line.startswith("| model"))
    assert "step 2" not in md and header.count("step 1") == 3
    row = next(line for line in md.splitlines() if line.startswith("| PERsD"))
    assert [c.strip() for c in row.strip("|").split("|")][3] == "?"
    assert "No price for teacher `gpt-3.5-turbo`" in md


def test_plot_rows_one_per_model_benchmark_step(tmp_path: Path):
    rows = plot_rows(_report(tmp_path))
    assert len(rows) == len(MODELS) * len(TASKS) * 2
    assert all(
        set(r) == {"benchmark", "model", "order", "after_step", "pass_at_1", "ci_low", "ci_high"}
        for r in rows
    )
    first = next(
        r for r in rows if r["model"] == "PERsD" and r["benchmark"] == "humaneval" and r["after_step"] == 2
    )
    assert (
        first["pass_at_1"] == round(10 / 12 * 100, 2)
        and first["ci_low"] <= first["pass_at_1"] <= first["ci_high"]
    )


def test_records_that_disagree_with_their_metrics_are_an_error(tmp_path: Path):
    paths = make_inputs(tmp_path)
    records = eval_records("persd")
    records[0]["status"] = "failed"  # humaneval/0 step 1, solved in the metrics
    _write_jsonl(tmp_path / "data/eval/persd.jsonl", records)
    inputs = load_inputs(models=MODELS, student="s", bootstrap_samples=SAMPLES, **paths)
    with pytest.raises(PdistillError, match=r"persd\.jsonl: humaneval step 1 gives pass@1 0\.4167"):
        gather(inputs)


def test_models_evaluated_on_different_tasks_are_an_error(tmp_path: Path):
    paths = make_inputs(tmp_path)
    metrics = json.loads((tmp_path / "metrics/eval/inpd.json").read_text())
    metrics["heldout"]["tasks"] = 5
    _write_json(tmp_path / "metrics/eval/inpd.json", metrics)
    inputs = load_inputs(models=MODELS, student="s", bootstrap_samples=SAMPLES, **paths)
    with pytest.raises(PdistillError, match=r"inpd\.json: heldout\.tasks is 5, .*base\.json has 6"):
        gather(inputs)


def _stage(root: Path, out: Path) -> subprocess.CompletedProcess:
    args = [
        sys.executable,
        str(STAGE),
        "--models",
        *MODELS,
        "--eval-metrics",
        "metrics/eval",
        "--eval-records",
        "data/eval",
        "--sft-metrics",
        "metrics/sft",
        "--train-metrics",
        "metrics/train",
        "--refine-metrics",
        "metrics/refine.json",
        "--solve-metrics",
        "metrics/solve.json",
        "--refinements",
        "data/refine/refinements.jsonl",
        "--solutions",
        "data/solve/solutions.jsonl",
        "--rounds-metrics",
        "metrics/rounds",
        "--rounds-plot",
        str(out / "rounds.json"),
        "--metrics",
        str(out / "report.json"),
        "--markdown",
        str(out / "comparison.md"),
        "--plot",
        str(out / "pass_at_1.json"),
    ]
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=120)


OUTPUTS = ("report.json", "comparison.md", "pass_at_1.json")


def test_stage_writes_byte_identical_outputs(tmp_path: Path):
    make_inputs(tmp_path)
    first, second = _stage(tmp_path, tmp_path / "a"), _stage(tmp_path, tmp_path / "b")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    report = json.loads((tmp_path / "a" / "report.json").read_text())
    assert report["setup"]["student"] == "tiny-student" and report["setup"]["bootstrap_samples"] == SAMPLES
    assert list(report) == sorted(report)
    assert (tmp_path / "a" / "comparison.md").read_text() == render_markdown(report)
    assert json.loads((tmp_path / "a" / "pass_at_1.json").read_text()) == plot_rows(report)


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (
            lambda root: (root / "metrics/train/persd.json").unlink(),
            "metrics/train/persd.json: file not found",
        ),
        (
            lambda root: (root / "data/eval/inpd.jsonl").write_text('{"benchmark": "humaneval"\n'),
            "data/eval/inpd.jsonl:1: malformed JSON",
        ),
        (
            lambda root: _write_json(root / "metrics/refine.json", {"teacher": {"model": "m"}}),
            "metrics/refine.json: key 'teacher.data': missing",
        ),
    ],
    ids=["missing", "malformed", "no-cost-block"],
)
def test_stage_bad_input_names_the_file_and_writes_nothing(tmp_path: Path, damage, named):
    make_inputs(tmp_path)
    damage(tmp_path)
    proc = _stage(tmp_path, tmp_path / "out")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and named in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_offline_page_inlines_vega_and_keeps_dvcs_placeholder():
    html = OFFLINE_PAGE.read_text(encoding="utf-8")
    assert "{plot_divs}" in html
    assert "{scripts}" not in html  # where DVC would put its CDN <script src=...> tags
    assert "<script src" not in html and "cdn.jsdelivr" not in html
    assert html.count("<script>") == 3 and "vegaEmbed" in html
    for name, version in (("vega", "5.20.2"), ("vega-lite", "5.2.0"), ("vega-embed", "6.18.2")):
        assert f"<!-- {name} {version}," in html


def test_dvc_fills_the_offline_page_and_the_plot_template(tmp_path: Path):
    from dvc_render import render_html
    from dvc_render.vega import VegaRenderer

    report = _report(tmp_path)
    datapoints = [{**r, "rev": "workspace"} for r in plot_rows(report)]
    renderer = VegaRenderer(
        datapoints, "reports/pass_at_1.json", template=str(PLOT_TEMPLATE), x="pass_at_1", y="model"
    )
    spec = renderer.get_filled_template()
    assert spec["data"]["values"] == datapoints
    out = tmp_path / "plots" / "index.html"
    render_html([renderer], out, html_template=str(OFFLINE_PAGE))
    page = out.read_text(encoding="utf-8")
    assert "<script src" not in page and "vegaEmbed('#" in page and '"pass_at_1"' in page


# ------------------------------------------------------------------------------- the study's questions


def _paired(model: str, other: str, bench: str, step: int):
    """paired_comparison of two models straight from their records, as the report must compute it."""
    per_task = [
        per_task_pass_at_1([r for r in eval_records(m) if r["benchmark"] == bench], step)
        for m in (model, other)
    ]
    return paired_comparison(*per_task, samples=SAMPLES)


def test_questions_with_selfd_and_a_second_round(tmp_path: Path):
    report = _report(tmp_path, models=STUDY)
    qs = questions_in_order(report)
    assert list(report["questions"])[:2] == [
        "persd_combined-stand/heldout/step1",
        "persd_combined-stand/heldout/step2",
    ]
    pairs = [
        ("persd_combined", "stand"),
        ("persd_combined", "base"),
        ("persd_combined", "selfd"),
        ("stand", "base"),
        ("round2", "persd_combined"),
    ]
    expected = [(a, b, bench, s) for a, b in pairs for bench in ("heldout", "humaneval") for s in (1, 2)]
    assert [(q["model"], q["other"], q["benchmark"], q["step"]) for q in qs] == expected
    assert report["family_size"] == len(qs) == 20
    # PERsD-combined vs StanD, humaneval step 1: {0,1,2,4,5,6,7} against {0,1,2,4}: 3 won, none lost.
    q = qs[expected.index(("persd_combined", "stand", "humaneval", 1))]
    assert (q["tasks"], q["difference"], q["won"], q["lost"], q["tied"]) == (12, 0.25, 3, 0, 9)
    assert q["discordance"] == 0.25
    assert q["mdd"] is None  # 3 discordant tasks of 12: no difference is detectable
    # Every number is paired_comparison's on the records; Holm over the whole family.
    raw = [_paired(a, b, bench, s) for a, b, bench, s in expected]
    adjusted = holm([c.p_value for c in raw])
    for q, c, p_holm in zip(qs, raw, adjusted, strict=True):
        assert (q["p_value"], q["ci_low"], q["won"]) == (
            round(c.p_value, 4),
            round(c.difference.low, 4),
            c.won,
        )
        assert q["p_holm"] == round(p_holm, 4) and q["p_holm"] >= q["p_value"]
        assert q["significant"] == (p_holm < 0.05)
        assert q["discordance"] == round((c.won + c.lost) / c.tasks, 4)
        if q["mdd"] is not None:
            assert q["mdd"] == round(minimum_detectable_difference(c.tasks, (c.won + c.lost) / c.tasks), 4)
    assert any(q["mdd"] is not None for q in qs)  # round2 vs PERsD-combined, heldout step 2: 2 of 6 won
    assert report["models"]["round2"]["name"] == "PERsD-combined r2"
    assert report["models"]["selfd"]["name"] == "SelfD"


def test_questions_skip_pairs_with_a_missing_model(tmp_path: Path):
    report = _report(tmp_path)  # base, stand, inpd, persd: only StanD − base is asked
    assert {(q["model"], q["other"]) for q in report["questions"].values()} == {("stand", "base")}
    assert report["family_size"] == 4
    without = _report(tmp_path / "two", models=["base", "persd"])
    assert without["questions"] == {} and without["family_size"] == 0
    md = render_markdown(without)
    assert "## Questions" not in md and "Multiple comparisons" not in md


def test_markdown_questions_table(tmp_path: Path):
    report = _report(tmp_path, models=STUDY)
    md = render_markdown(report)
    assert md.index("## humaneval") < md.index("## Questions") < md.index("## Caveats")
    section = md.split("## Questions")[1].split("\n## ")[0]
    assert "Holm" in section and "20 paired tests" in " ".join(section.split())
    table = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip() for c in table[0].strip("|").split("|")]
    assert header == ["pair", "benchmark", "step", "difference", "p", "Holm p", "MDD", "verdict"]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table[2:]]
    assert len(rows) == 20 and len({len(line) for line in table}) == 1
    assert [r[0] for r in rows[::4]] == [
        "PERsD-combined − StanD",
        "PERsD-combined − base",
        "PERsD-combined − SelfD",
        "StanD − base",
        "PERsD-combined r2 − PERsD-combined",
    ]
    q = report["questions"]["persd_combined-stand/humaneval/step1"]
    assert rows[2][1:3] == ["humaneval", "1"]
    assert rows[2][3] == f"+25.0 [{q['ci_low'] * 100:+.1f}, {q['ci_high'] * 100:+.1f}]".replace("+0.0", "0.0")
    assert rows[2][5] == f"{q['p_holm']:.3f}" and rows[2][6] == "—"
    assert rows[2][7] == "not significant (below MDD)"
    notes = " ".join(md.split("## Caveats")[1].split())
    assert "the Questions table runs 20 tests" in notes and "Holm-adjusted p-values" in notes


def test_markdown_question_verdicts(tmp_path: Path):
    report = _report(tmp_path, models=STUDY)
    first, second, third = questions_in_order(report)[:3]
    first.update(difference=0.3, p_value=0.0005, p_holm=0.02, significant=True, mdd=0.2)
    second.update(difference=0.3, p_value=0.01, p_holm=0.2, significant=False, mdd=0.2)
    third.update(difference=0.1, p_value=0.3, p_holm=1.0, significant=False, mdd=0.2)
    md = render_markdown(report)
    rows = [line for line in md.split("## Questions")[1].splitlines() if line.startswith("| PERsD")]
    verdicts = [[c.strip() for c in r.strip("|").split("|")][-1] for r in rows[:3]]
    assert verdicts == ["significant", "not significant", "not significant (below MDD)"]
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    assert cells[4:7] == ["<0.001", "0.020", "20.0"]
    assert all(len(line) <= 100 for line in md.splitlines() if not line.startswith("|"))
