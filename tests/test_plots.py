"""`dvc plots show` draws pass@1, then pass@1 and teacher cost by PERsD round, then the training curves of
every variant, one chart each, and nothing else.

The real `dvc plots show` runs on a temporary DVC repo holding this repo's dvc.yaml, params.yaml and plot
templates, with fabricated DVCLive files (every file DVCLive may write, those nobody reads included) and
a fabricated reports/pass_at_1.json and reports/rounds.json. See docs/report.md "Charts".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.check_plots import charts_in

ROOT = Path(__file__).resolve().parents[1]
DVC_YAML = yaml.safe_load((ROOT / "dvc.yaml").read_text())
VARIANTS = [*yaml.safe_load((ROOT / "params.yaml").read_text())["sft"]["variants"], "selfd"]
DVC = Path(sys.executable).with_name("dvc")

# The two charts by round (plot id, field of reports/rounds.json, title), after pass@1.
ROUNDS = [
    ("rounds_pass_at_1", "pass_at_1", "pass@1 (%) by PERsD round"),
    ("rounds_teacher_requests", "teacher_requests", "Teacher requests by PERsD round"),
]
# (plot id in dvc.yaml, DVCLive field drawn, title), in the order the page shows them.
CURVES = [
    ("train_loss", "loss", "Training loss per variant"),
    ("train_token_accuracy", "mean_token_accuracy", "Token accuracy per variant"),
    ("train_grad_norm", "grad_norm", "Gradient norm per variant"),
    ("train_learning_rate", "learning_rate", "Learning rate per variant"),
]
# Files DVCLive writes that no chart draws (TRL's extra metrics and the run's one-point summary).
UNREAD = ["epoch", "entropy", "num_tokens", "total_flos", "train/loss", "train/runtime"]


def _fabricate(repo: Path) -> None:
    """A DVC repo (no git) with the project's pipeline and plot templates and small plot data."""
    (repo / ".dvc").mkdir()
    (repo / ".dvc" / "config").write_text("[core]\n    no_scm = true\n    analytics = false\n")
    for template in (ROOT / ".dvc" / "plots").glob("*.json"):
        (repo / ".dvc" / "plots").mkdir(exist_ok=True)
        shutil.copy(template, repo / ".dvc" / "plots" / template.name)
    shutil.copy(ROOT / "dvc.yaml", repo / "dvc.yaml")
    shutil.copy(ROOT / "params.yaml", repo / "params.yaml")
    for i, variant in enumerate(VARIANTS):
        metrics = repo / "dvclive" / "train" / variant / "plots" / "metrics"
        for name in [field for _, field, _ in CURVES] + UNREAD:
            path = metrics / f"{name}.tsv"
            path.parent.mkdir(parents=True, exist_ok=True)
            field = name.rsplit("/", 1)[-1]
            rows = [f"{step}\t{0.1 * (i + 1) / step}" for step in range(1, 4)]
            path.write_text("\n".join([f"step\t{field}", *rows]) + "\n")
        (repo / "dvclive" / "train" / variant / "metrics.json").write_text('{"loss": 0.1, "step": 3}\n')
    interval = {"pass_at_1": 30.0, "ci_low": 20.0, "ci_high": 40.0}
    rows = [
        {"model": m, "order": n, "benchmark": b, "after_step": 1, **interval}
        for n, m in enumerate(["base", *VARIANTS])
        for b in ("humaneval", "heldout")
    ]
    (repo / "reports").mkdir()
    (repo / "reports" / "pass_at_1.json").write_text(json.dumps(rows))
    by_round = [
        {
            "round": r,
            "model": m,
            "benchmark": b,
            "pass_at_1": 30.0 + r,
            "teacher_requests": 10 * r,
            "teacher_usd": 0,
        }
        for r, m in ((1, "PERsD-combined"), (2, "PERsD-combined r2"))
        for b in ("humaneval", "heldout")
    ]
    (repo / "reports" / "rounds.json").write_text(json.dumps(by_round))


def _dvc(repo: Path, *args: str) -> str:
    env = {**os.environ, "DVC_NO_ANALYTICS": "1"}
    run = subprocess.run(
        [str(DVC) if DVC.exists() else "dvc", *args], cwd=repo, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plots")
    _fabricate(path)
    return path


def test_dvc_plots_show_draws_pass_at_1_then_the_curves_of_every_variant_and_nothing_else(repo: Path):
    shown = json.loads(_dvc(repo, "plots", "show", "--json"))
    assert "errors" not in shown, shown["errors"]
    charts = shown["data"]
    assert list(charts) == [
        "reports/pass_at_1.json",
        *[plot_id for plot_id, _, _ in ROUNDS],
        *[plot_id for plot_id, _, _ in CURVES],
    ]
    for plot_id, chart in charts.items():
        assert len(chart) == 1 and chart[0]["type"] == "vega", plot_id
    titles = [chart[0]["content"]["title"]["text"] for chart in charts.values()]
    assert titles[0].startswith("pass@1 per model")
    for title, (_, _, expected) in zip(titles[1:], [*ROUNDS, *CURVES], strict=True):
        assert title.startswith(expected)
    assert not any(word in " ".join([*charts, *titles]) for word in ("entropy", "flos", "runtime", "epoch"))

    # pass@1: the custom template, every model and benchmark.
    content = charts["reports/pass_at_1.json"][0]["content"]
    assert "pass@1" in content["description"]
    assert {(r["model"], r["benchmark"]) for r in content["data"]["values"]} == {
        (m, b) for m in ["base", *VARIANTS] for b in ("humaneval", "heldout")
    }
    # By round: one point per round and benchmark, coloured by benchmark.
    for plot_id, field, _ in ROUNDS:
        content = charts[plot_id][0]["content"]
        assert content["encoding"]["color"]["field"] == "benchmark", plot_id
        assert sorted((r["round"], r["benchmark"], r[field]) for r in content["data"]["values"]) == sorted(
            (r, b, {"pass_at_1": 30.0 + r, "teacher_requests": 10 * r}[field])
            for r in (1, 2)
            for b in ("humaneval", "heldout")
        )
    # Each curve: one line per variant (the template colours by the variant read from the file name).
    for plot_id, field, _ in CURVES:
        content = charts[plot_id][0]["content"]
        assert content["encoding"]["color"]["field"] == "variant", plot_id
        values = content["data"]["values"]
        assert [v for v in dict.fromkeys(r["filename"].split("/plots/")[0] for r in values)] == VARIANTS
        assert all(field in r and "step" in r for r in values), plot_id


def test_the_page_lists_the_same_charts_in_the_same_order(repo: Path):
    """tools/check_plots.py reads the charts of the HTML page (the offline template) in page order."""
    template = ROOT / ".dvc" / "plots" / "offline.html"
    _dvc(repo, "plots", "show", "-o", "page", "--html-template", str(template))
    charts = charts_in((repo / "page" / "index.html").read_text())
    assert [c.id for c in charts] == [
        "reports_pass_at_1_json",
        *[plot_id for plot_id, _, _ in ROUNDS],
        *[plot_id for plot_id, _, _ in CURVES],
    ]
    assert charts[0].title.startswith("pass@1 per model")
    assert charts[1].title.startswith("pass@1 (%) by PERsD round")
    assert charts[3].title == "Training loss per variant"


def test_dvc_yaml_declares_no_stage_plots_and_every_variant_in_every_curve():
    """Stage-level plots would add a chart per file (DVCLive's directory: one per metric per variant)."""
    for name, stage in DVC_YAML["stages"].items():
        assert "plots" not in stage.get("do", stage), name
    train = DVC_YAML["stages"]["train"]["do"]
    assert {"dvclive/train/${item}/plots/metrics": {"cache": False}} in train["outs"]
    assert {"reports/pass_at_1.json": {"cache": False}} in DVC_YAML["stages"]["report"]["outs"]
    plots = [next(iter(p.items())) for p in DVC_YAML["plots"]]
    assert plots[0][0] == "reports/pass_at_1.json" and plots[0][1]["template"] == "pass_at_1"
    for (plot_id, props), (expected, field, _) in zip(plots[1:3], ROUNDS, strict=True):
        assert plot_id == expected and props["y"] == {"reports/rounds.json": field}
    assert {"reports/rounds.json": {"cache": False}} in DVC_YAML["stages"]["report"]["outs"]
    for (plot_id, props), (expected, field, _) in zip(plots[3:], CURVES, strict=True):
        assert plot_id == expected
        assert props["y"] == {f"dvclive/train/{v}/plots/metrics/{field}.tsv": field for v in VARIANTS}
        assert list(props["y"]) == [f"dvclive/train/{v}/plots/metrics/{field}.tsv" for v in VARIANTS]
    for _, props in plots:
        assert (ROOT / ".dvc" / "plots" / f"{props['template']}.json").is_file()
