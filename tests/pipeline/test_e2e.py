"""The whole pipeline through the real `dvc` CLI on the CI profile (`profiles/ci.yaml`): a tiny student
built from a config (taught one answer, which passes one training task), a loopback teacher, six tasks.
One `dvc repro` runs every stage, self-distillation and a second PERsD round included; then single
changes (a prompt file, a teacher param, a training param, an SFT param) re-run exactly the stages they
affect, read from DVC's own output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pipeline.conftest import ANSWERS, ROOT, Teacher, Workspace, workspace_env

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")
MODELS = ("base", *VARIANTS, "selfd", "round2")
BUILD = {f"build_sft@{v}" for v in VARIANTS}
TRAIN = {f"train@{v}" for v in VARIANTS}
EVAL_VARIANTS = {f"evaluate@{v}" for v in VARIANTS}
SELFD = {"self_attempt", "self_execute", "build_selfd", "train@selfd", "evaluate@selfd"}
ROUND2 = {f"round_{s}@round2" for s in ("attempt", "execute", "refine", "build", "train", "evaluate")}
EVALUATIONS = {"evaluate@base", *EVAL_VARIANTS, "evaluate@selfd", "round_evaluate@round2"}
STAGES = {
    "prepare",
    "check_references",
    "attempt",
    "execute",
    "refine",
    "solve",
    *BUILD,
    *TRAIN,
    "evaluate@base",
    *EVAL_VARIANTS,
    *SELFD,
    *ROUND2,
    "report",
}


def _jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def _ran(output: str) -> set[str]:
    """The stages DVC says it ran (it prints "Running stage 'x':" for each, nothing for skipped ones)."""
    ran = {s for s in STAGES if f"Running stage '{s}'" in output}
    assert output.count("Running stage") == len(ran), output  # no stage we do not know about
    return ran


@pytest.fixture(scope="module")
def teacher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Teacher]:
    t = Teacher(tmp_path_factory.mktemp("teacher"), latency=0.0)
    yield t
    t.stop()


@pytest.fixture(scope="module")
def pipeline(
    tmp_path_factory: pytest.TempPathFactory, teacher: Teacher
) -> Iterator[tuple[Workspace, str, dict]]:
    """A workspace after one full `dvc repro`, committed; what that repro printed; and the summary of the
    device check that ran it: the pipeline runs once, through `tools/device_check.py --dry-run` (the
    device check's CPU mode, what a GPU machine runs with `student.device=cuda`), with this module's
    teacher, and its kept workspace is the one every test here reads and changes."""
    out = tmp_path_factory.mktemp("device_check")
    env = {k: v for k, v in os.environ.items() if k != "OUT"}
    cmd = [sys.executable, "tools/device_check.py", "--dry-run", "--keep", "--teacher-url", teacher.base_url]
    proc = subprocess.run(
        [*cmd, "--json", str(out / "device_check.json")], cwd=ROOT, env=env, capture_output=True, text=True
    )
    summary = json.loads((out / "device_check.json").read_text())
    work = Path(summary["workspace"])
    try:
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
        summary["stdout"] = proc.stdout
        ws = Workspace(work, workspace_env(work, work.parent / "cache"))
        ws.run("git", "add", "-A")
        ws.run("git", "commit", "-qm", "pipeline ran")
        yield ws, (out / "dvc_repro.log").read_text(), summary
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


@pytest.mark.timeout(900)  # the module's full `dvc repro` (about 3 min here) runs inside the first test
def test_repro_runs_every_stage_and_each_produces_its_output(pipeline: tuple[Workspace, str, dict], teacher):
    ws, out, _ = pipeline
    assert _ran(out) == STAGES
    prepare = json.loads(ws.read("metrics/prepare.json"))
    assert (prepare["train"], prepare["heldout"], prepare["humaneval"]) == (4, 2, 164)
    train_ids = [t["task_id"] for t in _jsonl(ws.read("data/tasks/train.jsonl"))]
    # The student's attempts and their verdicts, one per training task, in task order.
    samples = _jsonl(ws.read("data/attempt/samples.jsonl"))
    assert [s["task_id"] for s in samples] == train_ids and all(s["code"] for s in samples)
    results = _jsonl(ws.read("data/attempt/results.jsonl"))
    failed = [r["task_id"] for r in results if r["status"] != "passed"]
    assert len(failed) >= 3, "the tiny random student should fail nearly every task"
    # The teacher refined each failure; a refinement is kept exactly when the teacher's answer is right.
    answered = {f"t/{marker[4:-1]}" for marker in ANSWERS}
    refinements = _jsonl(ws.read("data/refine/refinements.jsonl"))
    assert [r["task_id"] for r in refinements] == failed
    assert all(r["kept"] == (r["task_id"] in answered) for r in refinements)
    solutions = _jsonl(ws.read("data/solve/solutions.jsonl"))
    assert {s["task_id"] for s in solutions if s["kept"]} == set(train_ids) & answered
    round_sent = json.loads(ws.read("metrics/rounds/round2/refine.json"))["teacher"]["run"]["requests"]
    assert teacher.stats()["total"] == len(refinements) + len(solutions) + round_sent  # cache hits are free
    # SFT sets: sizes follow from the kept refinements and solutions.
    kept = [r["task_id"] for r in refinements if r["kept"]]
    sizes = {v: len(_jsonl(ws.read(f"data/sft/{v}.jsonl"))) for v in VARIANTS}
    assert sizes == {
        "stand": len(set(train_ids) & answered),
        "inpd": len(kept),
        "persd": len(kept),
        "persd_refine": len(kept),
        "persd_combined": 2 * len(kept),
    }
    # Self-distillation: the student's own passing samples, no teacher: it passes `add` only.
    selfd_samples = _jsonl(ws.read("data/selfd/samples.jsonl"))
    assert len(selfd_samples) == 4 * len(train_ids)  # selfd.n samples per training task
    selfd_passed = {
        r["task_id"] for r in _jsonl(ws.read("data/selfd/results.jsonl")) if r["status"] == "passed"
    }
    assert selfd_passed == {"t/add"} and "t/add" not in failed
    selfd = _jsonl(ws.read("data/sft/selfd.jsonl"))
    assert [r["meta"]["task_id"] for r in selfd] == ["t/add"] and selfd[0]["meta"]["origin"] == "self"
    sizes["selfd"] = 1
    # The second PERsD round: persd_combined's adapter attempts the training tasks again; its failures are
    # refined; its data is persd_combined's plus the new refinements (none new here: the teacher's answers
    # are the same ones, so they add no example).
    round_samples = _jsonl(ws.read("data/rounds/round2/samples.jsonl"))
    assert [s["task_id"] for s in round_samples] == train_ids
    assert {s["adapter"] for s in round_samples} == {"models/persd_combined"}
    round_results = _jsonl(ws.read("data/rounds/round2/results.jsonl"))
    round_failed = [r["task_id"] for r in round_results if r["status"] != "passed"]
    assert [r["task_id"] for r in _jsonl(ws.read("data/rounds/round2/refinements.jsonl"))] == round_failed
    round_data = _jsonl(ws.read("data/sft/round2.jsonl"))
    assert round_data[: sizes["persd_combined"]] == _jsonl(ws.read("data/sft/persd_combined.jsonl"))
    sizes["round2"] = len(round_data)
    assert json.loads(ws.read("metrics/sft/round2.json"))["previous_examples"] == sizes["persd_combined"]
    # Training: an adapter of exactly two files per trained model, 2 optimizer steps, a loss curve.
    for v in MODELS[1:]:
        assert sorted(p.name for p in (ws.path / "models" / v).iterdir()) == [
            "adapter_config.json",
            "adapter_model.safetensors",
        ]
        summary = json.loads(ws.read(f"metrics/train/{v}.json"))
        assert summary["steps"] == 2 and summary["examples_used"] == sizes[v]
        loss = ws.read(f"dvclive/train/{v}/plots/metrics/loss.tsv").decode().splitlines()
        assert loss[0].split("\t") == ["step", "loss"] and len(loss) == 1 + 2
    # Evaluation: 3 HumanEval + 2 held-out tasks, 1 sample, 2 steps, for the base and every trained model.
    for m in MODELS:
        records = _jsonl(ws.read(f"data/eval/{m}.jsonl"))
        assert len(records) == (3 + 2) * 2
        assert {r["benchmark"] for r in records} == {"humaneval", "heldout"}
        metrics = json.loads(ws.read(f"metrics/eval/{m}.json"))
        assert metrics["humaneval"]["tasks"] == 3 and metrics["heldout"]["tasks"] == 2
        assert {"step1", "step2"} <= set(metrics["heldout"])
    # The report: every model, with its training examples.
    report = json.loads(ws.read("metrics/report.json"))
    table = ws.read("reports/comparison.md").decode()
    for m in MODELS:
        assert m in json.dumps(report)
    for name in ("StanD", "InpD", "PERsD", "PERsD-refine", "PERsD-combined", "SelfD", "PERsD-combined r2"):
        assert f"| {name} " in table
    # Teacher cost: none for selfd; round 2 costs round 1's refinements plus its own.
    costs = {m: report["models"][m]["teacher_requests"] for m in MODELS}
    round_refine = json.loads(ws.read("metrics/rounds/round2/refine.json"))["teacher"]["data"]["replies"]
    assert costs["selfd"] == 0 and costs["round2"] == costs["persd_combined"] + round_refine
    rounds = json.loads(ws.read("reports/rounds.json"))
    assert sorted((r["round"], r["benchmark"]) for r in rounds) == [
        (1, "heldout"),
        (1, "humaneval"),
        (2, "heldout"),
        (2, "humaneval"),
    ]
    # Nothing changed: nothing runs, nothing is sent.
    before = teacher.stats()["total"]
    assert _ran(ws.dvc("repro").stdout) == set()
    assert teacher.stats()["total"] == before


@pytest.mark.timeout(900)
def test_each_change_reruns_exactly_the_stages_it_affects(pipeline: tuple[Workspace, str, dict], teacher):
    ws, _, _ = pipeline
    # An SFT param whose new value changes no example: only the dataset builders run (the datasets come
    # out byte-identical, so DVC skips training), and no teacher request is sent.
    sent = teacher.stats()["total"]
    builders = BUILD | {"build_selfd", "round_build@round2"}
    assert _ran(ws.dvc("exp", "run", "-S", "sft.max_length=900").stdout) == builders
    assert teacher.stats()["total"] == sent
    ws.run("git", "checkout", "--", "params.yaml")
    ws.dvc("repro")  # back to the committed state (restored from the run cache)
    # The student's refinement prompt: every teacher dataset is rebuilt (not selfd's: it has no
    # refinement) and only those holding that prompt change, so only their trainings are out of date, with
    # every evaluation (step 2 uses the prompt) and the report. The datasets are rebuilt for real (round
    # 2's after PERsD-combined's new adapter attempted again: its attempts come out byte-identical, so the
    # round's execute and refine do not run); the rest is DVC's own `status`, what `dvc repro` would run.
    # The edit is then undone, and everything comes back from the run cache.
    prompt = ws.path / "prompts" / "student_refine.txt"
    original_prompt = prompt.read_text()
    prompt.write_text(original_prompt + "\nFix it.\n")
    datasets = BUILD | {"round_build@round2"}
    ran = _ran(ws.dvc("repro", *sorted(datasets)).stdout)
    assert ran == datasets | {"train@persd_combined", "round_attempt@round2"}
    stale = set(json.loads(ws.dvc("status", "--json").stdout))
    assert stale == {"train@persd_refine", "round_train@round2"} | EVALUATIONS | {"report"}
    prompt.write_text(original_prompt)
    ws.dvc("repro")
    assert json.loads(ws.dvc("status", "--json").stdout) == {}
    # A teacher sampling param: refine and solve ask again (new requests), the datasets change (their
    # provenance names the new requests) but not the trained-on text, so the adapters come out
    # byte-identical and no evaluation re-runs; the report does (it reads the teacher's records).
    ws.params(teacher={"temperature": 0.5})
    teacher_side = {"refine", "solve", "round_refine@round2", "round_build@round2", "round_train@round2"}
    assert _ran(ws.dvc("repro").stdout) == teacher_side | BUILD | TRAIN | {"report"}
    assert teacher.stats()["total"] > sent
    # Settings that cannot change an output live in sections no stage lists: nothing runs.
    ws.params(teacher_client={"max_concurrency": 2, "max_retries": 3}, execution_pool={"workers": 1})
    assert _ran(ws.dvc("repro").stdout) == set()
    # The demo-code sanitizer: what extracts programs is out of date (every attempt, refine, solve, every
    # evaluation), no training stage is (DVC's own `status`; the edit is then undone, nothing runs).
    sanitize = ws.path / "pdistill" / "sanitize.py"
    original = sanitize.read_text()
    sanitize.write_text(original + "\n# an edit\n")
    stale = set(json.loads(ws.dvc("status", "--json").stdout))
    sanitize.write_text(original)
    extracting = {"attempt", "self_attempt", "round_attempt@round2", "refine", "round_refine@round2", "solve"}
    assert stale == extracting | EVALUATIONS
    assert _ran(ws.dvc("repro").stdout) == set()
    # A training param: every adapter is out of date, nothing else yet (DVC's own `status`: the cascade
    # from a changed adapter to its evaluation is the prompt row's); set back, nothing runs.
    learning_rate = ws.params_of("train")["learning_rate"]
    ws.params(train={"learning_rate": 1.0e-3})
    assert "train.learning_rate" in ws.dvc("params", "diff").stdout
    stale = set(json.loads(ws.dvc("status", "--json").stdout))
    assert stale == TRAIN | {"train@selfd", "round_train@round2"}
    ws.params(train={"learning_rate": learning_rate})
    assert _ran(ws.dvc("repro").stdout) == set()
    # Every request the teacher got: the first run's, and the new temperature's (refine, solve, round 2).
    asked = sum(
        json.loads(ws.read(f"metrics/{m}.json"))["teacher"]["run"]["requests"]
        for m in ("refine", "solve", "rounds/round2/refine")
    )
    assert teacher.stats()["total"] == sent + asked


def test_the_device_check_dry_run_summary(pipeline: tuple[Workspace, str, dict]):
    """tools/device_check.py in its CPU mode (what CI can run of the GPU check): the summary a GPU run
    leaves in $OUT, from the run every test of this module shares."""
    _, log, s = pipeline
    assert s["ok"] and s["mode"] == "cpu-dry-run" and "error" not in s
    assert s["machine"]["device"] == "cpu" and s["machine"]["torch"] and s["machine"]["dvc"]
    assert s["overrides"] == ["student.device=cpu"]
    assert set(s["stages"]) == STAGES and all(t > 0 for t in s["stages"].values())
    assert s["generation"]["attempt_tokens"] > 0 and s["generation"]["tokens_per_s"] > 0
    trained = [m for m in MODELS if m != "base"]
    assert set(s["train"]) == set(trained)
    assert all(t["steps"] == 2 and t["step_s"] > 0 for t in s["train"].values())
    assert set(s["pass_at_1"]) == set(MODELS) and set(s["evaluate_s"]) == set(MODELS)
    for benches in s["pass_at_1"].values():
        assert set(benches) == {"humaneval", "heldout"}
        assert all(set(steps) == {"step1", "step2"} for steps in benches.values())
        assert all(0 <= p <= 1 for steps in benches.values() for p in steps.values())
    assert s["report"] is True and s["peak_gpu_memory_mib"] is None
    assert s["total_s"] >= s["repro_s"] > 0 and s["within_budget"] == (s["total_s"] <= s["budget_s"] == 480)
    assert "Running stage 'report'" in log
    assert "device check (cpu-dry-run): OK" in s["stdout"]
