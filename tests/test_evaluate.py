"""Multi-step evaluation: the loop with a scripted generator and the real sandbox, the metrics, and the
`evaluate` stage end to end on a tiny random student (its programs are garbage: shape and determinism)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import yaml

from pdistill.evaluate import Request, Sample, model_inputs, run_multistep, step_seed, student_generate_fn
from pdistill.execution import Limits, SandboxPool
from pdistill.prompts import NO_FEEDBACK, load_template, student_input
from pdistill.scoring import per_task_pass_at_1, summarise
from pdistill.stats import paired_comparison
from pdistill.tasks import Task
from tests.fakes.tiny_model import build_tiny_student, build_tokenizer

ROOT = Path(__file__).resolve().parents[1]
LIMITS = Limits(timeout_s=5)


def _task(task_id: str, name: str, visible: Sequence[str], hidden: str) -> Task:
    prompt = f'def {name}(x):\n    """Task {task_id}."""\n'
    return Task(task_id, prompt, name, hidden, tuple(visible))


def _fn(name: str, body: str) -> str:
    return f"def {name}(x):\n    return {body}\n"


# fixable: step 1 fails the visible test, step 2 passes everything.
# overfit: passes the visible test but not the hidden ones: kept as is, never rewritten.
# hidden_only: no visible tests: kept as is.
# contrary (run on its own): visible and hidden tests disagree: only the hidden ones decide the score.
TASKS = [
    _task("fixable", "double", ["assert double(2) == 4"], "assert double(2) == 4\nassert double(-3) == -6\n"),
    _task("overfit", "square", ["assert square(2) == 4"], "assert square(2) == 4\nassert square(3) == 9\n"),
    _task("hidden_only", "neg", [], "assert neg(1) == -1\n"),
]
CONTRARY = _task("contrary", "one", ["assert one(0) == 1"], "assert one(0) == 2\n")
SCRIPT = {
    ("fixable", 1): _fn("double", "x + 1"),
    ("fixable", 2): _fn("double", "2 * x"),
    ("overfit", 1): _fn("square", "4"),
    ("overfit", 2): _fn("square", "x * x"),
    ("hidden_only", 1): _fn("neg", "x"),
    ("hidden_only", 2): _fn("neg", "-x"),
    ("contrary", 1): _fn("one", "2"),
    ("contrary", 2): _fn("one", "1"),
}


class ScriptedGenerator:
    """A `GenerateFn` that answers from SCRIPT by (task, step) and records every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[Request], int, int]] = []

    def __call__(self, requests: Sequence[Request], n: int, seed: int) -> list[list[str]]:
        self.calls.append((list(requests), n, seed))
        return [[SCRIPT[r.task.task_id, r.step]] * n for r in requests]


@pytest.fixture(scope="module")
def pool() -> Iterator[SandboxPool]:
    with SandboxPool(workers=2) as p:
        yield p


@pytest.fixture(scope="module")
def evaluated(pool: SandboxPool) -> tuple[list[dict], ScriptedGenerator]:
    gen = ScriptedGenerator()
    return run_multistep(TASKS, gen, n=1, steps=2, seed=0, limits=LIMITS, pool=pool), gen


def _record(records: list[dict], task_id: str, step: int) -> dict:
    [record] = [r for r in records if r["task_id"] == task_id and r["step"] == step]
    return record


def test_a_refined_program_raises_pass_at_1(evaluated):
    records, _ = evaluated
    first, second = _record(records, "fixable", 1), _record(records, "fixable", 2)
    assert (first["status"], first["visible_status"], first["origin"]) == ("failed", "failed", "attempt")
    assert (second["status"], second["origin"], second["program"]) == (
        "passed",
        "refined",
        SCRIPT["fixable", 2],
    )
    assert (
        per_task_pass_at_1(records, 1)["fixable"] == 0.0 and per_task_pass_at_1(records, 2)["fixable"] == 1.0
    )
    metrics = summarise(records, steps=2, bootstrap_samples=200)
    assert metrics["step2"]["pass@1"] > metrics["step1"]["pass@1"]
    assert metrics["step1"]["pass@1"] == 0.0 and metrics["step2"]["pass@1"] == round(1 / 3, 4)
    assert metrics["refine_gain"] == round(1 / 3, 4) and metrics["step2"]["refined"] == 1


def test_progress_names_each_step_and_its_execution(pool, capsys, monkeypatch):
    monkeypatch.delenv("PDISTILL_PROGRESS", raising=False)
    gen = ScriptedGenerator()
    run_multistep(TASKS, gen, n=1, steps=2, seed=0, limits=LIMITS, pool=pool, progress=True, label="ev")
    err = capsys.readouterr().err
    assert "ev: step 1/2: 3 tasks x 1 samples\n" in err
    assert "ev: step 1/2: execute: 5/5 sample (100%)" in err and "sample/s" in err
    assert "ev: step 2/2: rewriting the 1 of 3 programs that fail their visible tests\n" in err
    assert "ev: step 2/2: execute: " in err


def test_only_failing_visible_tests_trigger_a_rewrite_in_one_batched_call(evaluated):
    _, gen = evaluated
    assert len(gen.calls) == 2
    (attempts, n1, seed1), (rewrites, n2, seed2) = gen.calls
    assert [r.task.task_id for r in attempts] == [t.task_id for t in TASKS] and n1 == 1 and seed1 == 0
    assert all(r.step == 1 and r.attempt is None for r in attempts)
    assert [r.task.task_id for r in rewrites] == ["fixable"] and n2 == 1 and seed2 == step_seed(0, 2, 0)
    [rewrite] = rewrites
    assert rewrite.attempt == SCRIPT["fixable", 1]
    assert "double(2)" in rewrite.feedback and "-3" not in rewrite.feedback  # visible tests only


def test_passing_visible_tests_keeps_the_program_even_if_hidden_tests_fail(evaluated):
    records, _ = evaluated
    first, second = _record(records, "overfit", 1), _record(records, "overfit", 2)
    assert first["visible_status"] == "passed" and first["status"] == "failed"
    assert second["origin"] == "kept" and second["program"] == first["program"] == SCRIPT["overfit", 1]
    assert second["status"] == "failed" and second["tests_total"] == first["tests_total"]


def test_tasks_without_visible_tests_keep_their_first_program(evaluated):
    records, _ = evaluated
    first, second = _record(records, "hidden_only", 1), _record(records, "hidden_only", 2)
    assert first["visible_status"] is None and second["origin"] == "kept"
    assert second["program"] == SCRIPT["hidden_only", 1] and second["status"] == "failed"


def test_scores_come_from_the_hidden_tests_only(pool):
    records = run_multistep([CONTRARY], ScriptedGenerator(), n=1, steps=2, seed=0, limits=LIMITS, pool=pool)
    first, second = _record(records, "contrary", 1), _record(records, "contrary", 2)
    assert (first["status"], first["visible_status"]) == ("passed", "failed")
    assert (second["status"], second["visible_status"], second["origin"]) == ("failed", "passed", "refined")


def test_record_shape_and_order(evaluated):
    records, _ = evaluated
    assert [(r["task_id"], r["step"]) for r in records] == [(t.task_id, s) for t in TASKS for s in (1, 2)]
    assert set(records[0]) == {
        "task_id",
        "sample_id",
        "step",
        "origin",
        "status",
        "tests_passed",
        "tests_total",
        "visible_status",
        "program",
        "finish_reason",
    }
    assert {r["finish_reason"] for r in records} == {None}  # a script says nothing about its stops


def test_finish_reasons_are_recorded_and_truncations_counted(pool):
    """A program cut at max_new_tokens is marked `length` in its record (and in a later step's record
    while it is kept), and every step's metrics count them."""

    def cut_first_attempt(requests: Sequence[Request], n: int, seed: int) -> list[list[Sample]]:
        return [
            [
                Sample(
                    SCRIPT[r.task.task_id, r.step], "length" if r.task is TASKS[0] and r.step == 1 else "stop"
                )
            ]
            * n
            for r in requests
        ]

    records = run_multistep(TASKS, cut_first_attempt, n=1, steps=2, seed=0, limits=LIMITS, pool=pool)
    first = _record(records, TASKS[0].task_id, 1)
    assert first["finish_reason"] == "length"
    assert [r["finish_reason"] for r in records if r["task_id"] != TASKS[0].task_id] == ["stop"] * (
        2 * len(TASKS) - 2
    )
    second = _record(records, TASKS[0].task_id, 2)
    assert second["finish_reason"] == ("length" if second["origin"] == "kept" else "stop")
    metrics = summarise(records, steps=2, bootstrap_samples=50)
    assert metrics["step1"]["truncated"] == 1
    assert metrics["step2"]["truncated"] == (1 if second["origin"] == "kept" else 0)


def test_several_samples_rewrite_per_sample_index_with_distinct_seeds(pool):
    gen = ScriptedGenerator()
    records = run_multistep(TASKS[:1], gen, n=3, steps=3, seed=5, limits=LIMITS, pool=pool)
    assert len(records) == 3 * 3
    assert [(len(reqs), n) for reqs, n, _ in gen.calls] == [(1, 3), (1, 1), (1, 1), (1, 1)]
    seeds = [seed for _, _, seed in gen.calls[1:]]
    assert seeds == [step_seed(5, 2, j) for j in range(3)] and len(set(seeds)) == 3
    assert [r["origin"] for r in records if r["step"] == 3] == ["kept"] * 3  # step 2 fixed them all
    metrics = summarise(records, steps=3, ks=[1, 2, 5], bootstrap_samples=100)
    assert metrics["samples_per_task"] == 3 and metrics["tasks"] == 1
    assert metrics["step1"]["pass@2"] == 0.0 and metrics["step2"]["pass@2"] == 1.0
    assert "pass@5" not in metrics["step1"]  # needs 5 samples per task
    assert metrics["step2"]["refined"] == 3 and metrics["step3"]["refined"] == 0
    assert metrics["refine_gain"] == 1.0


def test_per_task_values_feed_a_paired_comparison(evaluated):
    records, _ = evaluated
    cmp = paired_comparison(per_task_pass_at_1(records, 2), per_task_pass_at_1(records, 1), samples=100)
    assert (cmp.won, cmp.lost, cmp.tied) == (1, 0, 2)
    assert cmp.difference.estimate == pytest.approx(1 / 3)


def test_model_inputs_are_the_builders_student_input():
    """Evaluation reads what training feeds (`tests/test_sft.py` compares the token ids end to end)."""
    attempt = load_template(ROOT / "prompts" / "attempt.txt")
    refine = load_template(ROOT / "prompts" / "student_refine.txt")
    task = TASKS[0]
    for mode in ("chat", "completion"):
        for request in (Request(task, 1), Request(task, 2, "def double(x):\n    return 0\n\n", None)):
            expected = student_input(mode, task.prompt, attempt, refine, request.attempt, request.feedback)
            assert model_inputs(request, mode, attempt, refine) == expected
    assert model_inputs(Request(task, 1), "completion", attempt, refine) == task.prompt
    assert f"{NO_FEEDBACK}\n```" in model_inputs(Request(task, 2, "x", " \n"), "chat", attempt, refine)


def test_completion_mode_student_continues_the_prompt_then_rewrites_whole_programs(tmp_path, pool):
    """A tokenizer without a chat template: step 1 continues the task prompt; rewrites are read whole."""
    from pdistill.student.model import load_student

    folder = build_tiny_student(tmp_path / "base")
    build_tokenizer(folder, chat_template=None)
    (folder / "chat_template.jinja").unlink(missing_ok=True)
    model, tokenizer = load_student(str(folder), device="cpu")
    fn = student_generate_fn(
        model,
        tokenizer,
        attempt_template=load_template(ROOT / "prompts" / "attempt.txt"),
        refine_template=load_template(ROOT / "prompts" / "student_refine.txt"),
        max_new_tokens=8,
        progress=False,
    )
    tasks = TASKS[:2]
    runs = [run_multistep(tasks, fn, n=1, steps=2, seed=0, limits=LIMITS, pool=pool) for _ in range(2)]
    assert runs[0] == runs[1]
    for record, task in zip([r for r in runs[0] if r["step"] == 1], tasks, strict=True):
        assert record["program"].startswith(task.prompt)
    for record in runs[0]:
        assert record["program"].endswith("\n") and "def " in record["program"]


# --- the stage, end to end on a tiny random model -------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Params pointing at a tiny student, two benchmarks of three (and two) small tasks."""
    root = tmp_path_factory.mktemp("evaluate")
    model = build_tiny_student(root / "tiny")
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["student"].update(model=str(model), device="cpu", dtype="float32", mode="auto")
    params["execution"].update(timeout_s=5)
    params["execution_pool"].update(workers=2)
    params["evaluate"] = {
        "n": 2,
        "temperature": 0.8,
        "top_p": 0.95,
        "max_new_tokens": 12,
        "batch_size": 4,
        "seed": 0,
        "steps": 2,
        "k": [1, 2],
        "limit": 3,
        "bootstrap_samples": 200,
        "confidence": 0.9,
    }
    (root / "params.yaml").write_text(yaml.safe_dump(params))
    for name, tasks in (("humaneval", [*TASKS, CONTRARY]), ("heldout", [TASKS[2], CONTRARY])):
        (root / f"{name}.jsonl").write_text("".join(json.dumps(t.to_record()) + "\n" for t in tasks))
    return root


def _stage(root: Path, out: str, adapter: str = "none") -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(ROOT / "stages" / "evaluate.py"), "--model-name", out, "--adapter", adapter]
    cmd += ["--tasks", str(root / "humaneval.jsonl"), "--tasks", str(root / "heldout.jsonl")]
    cmd += ["--attempt-prompt", str(ROOT / "prompts" / "attempt.txt")]
    cmd += ["--refine-prompt", str(ROOT / "prompts" / "student_refine.txt")]
    cmd += ["--out", str(root / f"{out}.jsonl"), "--metrics", str(root / f"{out}.json")]
    cmd += ["--params", str(root / "params.yaml")]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=300)


def test_stage_end_to_end_is_deterministic(workspace: Path):
    for run in ("a", "b"):
        proc = _stage(workspace, run)
        assert proc.returncode == 0, proc.stderr
    out_a, out_b = (workspace / "a.jsonl").read_bytes(), (workspace / "b.jsonl").read_bytes()
    assert out_a == out_b
    assert (workspace / "a.json").read_bytes() == (workspace / "b.json").read_bytes()
    records = [json.loads(line) for line in out_a.decode().splitlines()]
    # limit 3: humaneval keeps 3 of 4 tasks, heldout has 2; 2 samples x 2 steps each
    assert len(records) == (3 + 2) * 2 * 2
    assert {r["benchmark"] for r in records} == {"humaneval", "heldout"}
    assert {r["origin"] for r in records if r["step"] == 1} == {"attempt"}
    names = {t.task_id: t.entry_point for t in [*TASKS, CONTRARY]}
    assert all(f"def {names[r['task_id']]}(" in r["program"] for r in records)  # read against the task prompt
    metrics = json.loads((workspace / "a.json").read_text())
    assert set(metrics) == {"humaneval", "heldout"}
    assert metrics["humaneval"]["tasks"] == 3 and metrics["heldout"]["tasks"] == 2
    for step in ("step1", "step2"):
        m = metrics["humaneval"][step]
        assert {"pass@1", "pass@1_ci_low", "pass@1_ci_high", "pass@2", "tasks_solved", "refined"} <= set(m)
        assert m["pass@1_ci_low"] <= m["pass@1"] <= m["pass@1_ci_high"]
    # garbage programs fail the visible tests: every chain of a task with visible tests is rewritten
    assert metrics["humaneval"]["step2"]["refined"] == 2 * 2  # fixable, overfit (hidden_only has none)


def test_stage_with_a_fresh_lora_adapter_matches_the_base(workspace: Path):
    """A freshly initialised LoRA adapter (B = 0) is the identity: same programs as the base model."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(workspace / "tiny")
    lora = get_peft_model(base, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    lora.save_pretrained(workspace / "adapter")
    if not (workspace / "a.jsonl").exists():
        assert _stage(workspace, "a").returncode == 0
    proc = _stage(workspace, "lora", adapter=str(workspace / "adapter"))
    assert proc.returncode == 0, proc.stderr
    assert (workspace / "lora.jsonl").read_bytes() == (workspace / "a.jsonl").read_bytes()


def test_stage_names_a_missing_adapter_folder(workspace: Path):
    proc = _stage(workspace, "missing", adapter="models/nope")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "error: --adapter models/nope: adapter folder not found (train it first, or pass none)"
    )
    assert not (workspace / "missing.jsonl").exists() and not (workspace / "missing.json").exists()


def test_stage_rejects_an_unknown_evaluate_key(workspace: Path):
    params = yaml.safe_load((workspace / "params.yaml").read_text())
    params["evaluate"]["temprature"] = 0.2
    (workspace / "params.yaml").write_text(yaml.safe_dump(params))
    try:
        proc = _stage(workspace, "typo")
    finally:
        del params["evaluate"]["temprature"]
        (workspace / "params.yaml").write_text(yaml.safe_dump(params))
    assert (
        proc.returncode == 1
        and "evaluate.temprature: unknown setting; did you mean 'evaluate.temperature'?" in proc.stderr
        and "Traceback" not in proc.stderr
    )


def test_limit_spreads_the_subset_over_the_benchmark():
    from pdistill.tasks import spread

    tasks = [Task(f"t/{i}", f"def f{i}():\n", f"f{i}", "assert True\n") for i in range(10)]
    assert [t.task_id for t in spread(tasks, 3)] == ["t/0", "t/3", "t/6"]
    assert [t.task_id for t in spread(tasks, 5)] == ["t/0", "t/2", "t/4", "t/6", "t/8"]
    assert spread(tasks, 0) == tasks and spread(tasks, None) == tasks and spread(tasks, 10) == tasks
