"""The whole pipeline through the real `dvc` CLI on the CI profile (`profiles/ci.yaml`): a tiny student
built from a config, a loopback teacher, six tasks. One `dvc repro` runs every stage; then single changes
(a prompt file, a teacher param, a training param, an SFT param) re-run exactly the stages they affect,
read from DVC's own output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pipeline.conftest import ANSWERS, Teacher, Workspace, make_workspace

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")
MODELS = ("base", *VARIANTS)
BUILD = {f"build_sft@{v}" for v in VARIANTS}
TRAIN = {f"train@{v}" for v in VARIANTS}
EVAL_VARIANTS = {f"evaluate@{v}" for v in VARIANTS}
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
def pipeline(tmp_path_factory: pytest.TempPathFactory, tiny_student: Path, teacher: Teacher):
    """A workspace after one full `dvc repro`, committed; and what that repro printed."""
    root = tmp_path_factory.mktemp("e2e")
    ws = make_workspace(root / "ws", tiny_student, teacher.base_url, root / "cache")
    out = ws.dvc("repro").stdout
    ws.run("git", "add", "-A")
    ws.run("git", "commit", "-qm", "pipeline ran")
    return ws, out


@pytest.mark.timeout(900)  # the module's full `dvc repro` (about 2.5 min here) runs inside the first test
def test_repro_runs_every_stage_and_each_produces_its_output(pipeline: tuple[Workspace, str], teacher):
    ws, out = pipeline
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
    assert teacher.stats()["total"] == len(refinements) + len(solutions)
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
    # Training: an adapter of exactly two files per variant, 2 optimizer steps, a loss curve.
    for v in VARIANTS:
        assert sorted(p.name for p in (ws.path / "models" / v).iterdir()) == [
            "adapter_config.json",
            "adapter_model.safetensors",
        ]
        summary = json.loads(ws.read(f"metrics/train/{v}.json"))
        assert summary["steps"] == 2 and summary["examples_used"] == sizes[v]
        loss = ws.read(f"dvclive/train/{v}/plots/metrics/loss.tsv").decode().splitlines()
        assert loss[0].split("\t") == ["step", "loss"] and len(loss) == 1 + 2
    # Evaluation: 3 HumanEval + 2 held-out tasks, 1 sample, 2 steps, for the base and every variant.
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
    for name in ("StanD", "InpD", "PERsD", "PERsD-refine", "PERsD-combined"):
        assert f"| {name} " in table
    # Nothing changed: nothing runs, nothing is sent.
    before = teacher.stats()["total"]
    assert _ran(ws.dvc("repro").stdout) == set()
    assert teacher.stats()["total"] == before


@pytest.mark.timeout(900)
def test_each_change_reruns_exactly_the_stages_it_affects(pipeline: tuple[Workspace, str], teacher):
    ws, _ = pipeline
    # An SFT param whose new value changes no example: only build_sft runs (the datasets come out
    # byte-identical, so DVC skips training), and no teacher request is sent.
    sent = teacher.stats()["total"]
    assert _ran(ws.dvc("exp", "run", "-S", "sft.max_length=900").stdout) == BUILD
    assert teacher.stats()["total"] == sent
    ws.run("git", "checkout", "--", "params.yaml")
    ws.dvc("repro")  # back to the committed state (restored from the run cache)
    # The student's refinement prompt: every dataset is rebuilt, but only the two variants that contain
    # that prompt change, so only they are retrained; every model is re-evaluated (the prompt is step 2's).
    prompt = ws.path / "prompts" / "student_refine.txt"
    prompt.write_text(prompt.read_text() + "\nFix it.\n")
    assert _ran(ws.dvc("repro").stdout) == (
        BUILD | {"train@persd_refine", "train@persd_combined", "evaluate@base", *EVAL_VARIANTS, "report"}
    )
    # A teacher sampling param: refine and solve ask again (new requests), the datasets change (their
    # provenance names the new requests) but not the trained-on text, so the adapters come out
    # byte-identical and no evaluation re-runs; the report does (it reads the teacher's records).
    ws.params(teacher={"temperature": 0.5})
    assert _ran(ws.dvc("repro").stdout) == {"refine", "solve", *BUILD, *TRAIN, "report"}
    assert teacher.stats()["total"] > sent
    # Settings that cannot change an output live in sections no stage lists: nothing runs.
    ws.params(teacher_client={"max_concurrency": 2, "max_retries": 3}, execution_pool={"workers": 1})
    assert _ran(ws.dvc("repro").stdout) == set()
    # The demo-code sanitizer: what extracts programs is out of date (attempt, refine, solve, every
    # evaluation), no training stage is (DVC's own `status`; the edit is then undone, nothing runs).
    sanitize = ws.path / "pdistill" / "sanitize.py"
    original = sanitize.read_text()
    sanitize.write_text(original + "\n# an edit\n")
    stale = set(json.loads(ws.dvc("status", "--json").stdout))
    sanitize.write_text(original)
    assert stale == {"attempt", "refine", "solve", "evaluate@base", *EVAL_VARIANTS}
    assert _ran(ws.dvc("repro").stdout) == set()
    # A training param: every adapter, every variant's evaluation, the report; not the base model's.
    ws.params(train={"learning_rate": 1.0e-3})
    assert _ran(ws.dvc("repro").stdout) == TRAIN | EVAL_VARIANTS | {"report"}
    assert "train.learning_rate" in ws.dvc("params", "diff").stdout
    assert teacher.stats()["total"] == sent + len(_jsonl(ws.read("data/refine/refinements.jsonl"))) + len(
        _jsonl(ws.read("data/solve/solutions.jsonl"))
    )
