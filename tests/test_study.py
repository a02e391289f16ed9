"""tools/study.py: the plan stated before the powered study (tests, MDD), the stage times it records
across interrupted parts, and the evidence it copies to results/study/."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdistill.config.sections import Config, Evaluate, Rounds
from pdistill.stats import minimum_detectable_difference
from tools import study

ROOT = Path(__file__).resolve().parents[1]


def test_the_study_profile_is_the_study_the_issue_asks_for():
    config = study.study_config(ROOT)
    assert config.prepare.train_limit == 0 and config.evaluate.limit == 0 and config.evaluate.steps == 2
    assert config.rounds.extra == {"round2": "persd_combined"} and config.evaluate.temperature == 0
    sizes = study.benchmark_sizes(ROOT, config)
    assert sizes == {"humaneval": 164, "heldout": 184} and sum(sizes.values()) >= 300


def test_the_plan_counts_every_question_and_states_the_mdd_per_benchmark():
    config = Config(evaluate=Evaluate(steps=2), rounds=Rounds(extra={"round2": "persd_combined"}))
    p = study.plan({"humaneval": 164, "heldout": 184}, config)
    assert p["questions"] == [
        "persd_combined - stand",
        "persd_combined - base",
        "persd_combined - selfd",
        "stand - base",
        "round2 - persd_combined",
    ]
    assert p["family_size"] == 5 * 2 * 2 and p["pooled_tasks"] == 348
    cell = p["mdd"]["humaneval"]["0.2"]
    assert cell["alpha"] == round(minimum_detectable_difference(164, 0.2, alpha=0.05, power=0.8), 4)
    assert cell["holm_strictest"] > cell["alpha"]  # a stricter level needs a larger difference
    assert p["mdd"]["pooled"]["0.2"]["alpha"] < cell["alpha"]  # more tasks, smaller MDD
    table = study.render_plan(p)
    assert "| humaneval (164) | " in table and "| pooled (348) | " in table and "alpha/20" in table
    one_step = study.plan({"humaneval": 164}, Config(evaluate=Evaluate(steps=1)))
    assert one_step["family_size"] == 4  # no round, one benchmark, one step


def test_stage_times_accumulate_over_parts_and_skip_the_interrupted_stage(tmp_path: Path):
    path = tmp_path / "stage_times.json"
    part1 = [(0.0, "Running stage 'prepare':"), (2.0, "Running stage 'attempt':"), (5.0, "^C")]
    assert study.record_times(path, part1, 9.0, code=130) == {"prepare": 2.0}
    part2 = [(0.0, "Stage 'prepare' didn't change, skipping"), (1.0, "Running stage 'attempt':")]
    assert study.record_times(path, part2, 31.0, code=0) == {"attempt": 30.0}
    assert json.loads(path.read_text()) == {"prepare": 2.0, "attempt": 30.0}


def test_collect_copies_the_metrics_and_reports_only(tmp_path: Path):
    root = tmp_path / "project"
    for rel, text in {
        "params.yaml": "a: 1\n",
        "metrics/eval/base.json": "{}\n",
        "metrics/rounds/round2/refine.json": "{}\n",
        "metrics/rounds/.gitkeep": "",
        "reports/comparison.md": "# table\n",
        "models/stand/adapter_model.safetensors": "weights",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    copied = study.collect(root, tmp_path / "out")
    assert copied == [
        "params.yaml",
        "metrics/eval/base.json",
        "metrics/rounds/round2/refine.json",
        "reports/comparison.md",
    ]
    assert (tmp_path / "out" / "reports" / "comparison.md").read_text() == "# table\n"
    assert not (tmp_path / "out" / "models").exists()


@pytest.mark.parametrize("argv", [["plan", "--out"]])
def test_bad_arguments_exit_with_usage(argv: list[str]):
    with pytest.raises(SystemExit) as exc:
        study.main(argv)
    assert exc.value.code == 2


def _dvc_project(tmp_path: Path, dvc_yaml: str) -> Path:
    """A small DVC project (no git) with the real params.yaml and the given dvc.yaml."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "params.yaml", root / "params.yaml")
    (root / "dvc.yaml").write_text(dvc_yaml)
    subprocess.run(
        [str(Path(sys.executable).with_name("dvc")), "init", "--no-scm", "-q"], cwd=root, check=True
    )
    return root


def test_run_applies_the_profile_repros_records_and_resumes(tmp_path: Path, capsys: pytest.CaptureFixture):
    """`tools/study.py run` on a small DVC project with the real params.yaml: the profile is applied,
    `dvc repro` runs (the real CLI), the stage's time and the evidence land in the results folder; run
    again, nothing re-runs and the recorded time stays."""
    root = _dvc_project(
        tmp_path,
        "stages:\n  count:\n    cmd: python count.py\n    deps: [count.py]\n"
        "    params: [prepare.train_limit]\n    metrics: [metrics/prepare.json: {cache: false}]\n",
    )
    (root / "count.py").write_text(
        "import json, yaml\n"
        "limit = yaml.safe_load(open('params.yaml'))['prepare']['train_limit']\n"
        "json.dump({'train_limit': limit}, open('metrics/prepare.json', 'w'))\n"
    )
    (root / "metrics").mkdir()
    out = tmp_path / "results"
    assert study.run(root, out) == 0
    assert "switched to profiles/study.yaml" in capsys.readouterr().out
    assert json.loads((root / "metrics" / "prepare.json").read_text()) == {"train_limit": 0}  # the profile's
    times = json.loads((out / "stage_times.json").read_text())
    assert list(times) == ["count"] and times["count"] > 0
    assert (out / "metrics" / "prepare.json").is_file() and (out / "params.yaml").is_file()
    assert study.run(root, out) == 0  # resumed: nothing left to run
    assert "already on profiles/study.yaml" in capsys.readouterr().out
    assert json.loads((out / "stage_times.json").read_text()) == times


def test_ctrl_c_keeps_the_times_of_the_stages_that_finished(tmp_path: Path):
    """Ctrl-C on `make study` (the terminal's whole process group): dvc stops, the finished stage's time
    is kept, the interrupted one's is not, and the runner says how to resume."""
    root = _dvc_project(
        tmp_path,
        "stages:\n"
        "  quick:\n    cmd: echo done > quick.txt\n    outs: [quick.txt]\n"
        "  slow:\n    cmd: touch started && sleep 60 && echo done > slow.txt\n    deps: [quick.txt]\n"
        "    outs: [slow.txt]\n",
    )
    out = tmp_path / "results"
    script = "import sys; from pathlib import Path; from tools import study\n"
    script += f"sys.exit(study.run(Path({str(root)!r}), Path({str(out)!r})))\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"},
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as at a terminal
    )
    deadline = time.monotonic() + 60
    while not (root / "started").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "interrupted; `make study` again resumes" in stdout
    assert list(json.loads((out / "stage_times.json").read_text())) == ["quick"]
    assert not (root / "slow.txt").exists()
