"""`pdistill tasks synthesize alpaca`: a real loopback teacher, the real sandbox, the real CLI.

The teacher is `tests.fakes.openai_server` answering test inputs keyed by each reference's `def` line;
the fixture file holds one Code Alpaca-style record per outcome (kept, and each drop reason).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from pdistill.cli import cli
from pdistill.execution import Limits, execute_samples
from pdistill.probe import PROBE_TASK, program, read_report
from pdistill.tasks import load_tasks
from tests.fakes.openai_server import FakeOpenAIServer

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "code_alpaca_sample.json"
PROMPT = ROOT / "prompts" / "test_inputs.txt"
ANSWERS = {
    "def add_numbers(": "[(1, 2), (0, 0), (-5, 5), (10, -3), (1.5, 2.5)]",
    "def hundred_over(": "[([0],), ([0, 1],), ([5, 0],)]",  # ZeroDivisionError on every input
    "def roll_dice(": "[(5,), (10,), (20,)]",  # random
    "def distinct_words(": "[('the quick brown fox jumps over a lazy dog',), ('a b c d e f',), ('x y',)]",
    "def reverse_text(": "Sorry, I cannot write test inputs.",  # malformed
    "def mean_of(": "[([1, 2, 3, 4],), ([5],), ([-1, 1],), ([0.1, 0.2],)]",
    "def show_items(": "[([1, 2],), ([],), (['a'],)]",  # prints, returns None
    "def is_even(": "[(4,), (7,), (0,), (-2,), ('x',)]",  # 'x' % 2 raises: that input only is dropped
}


def write_params(folder: Path, base_url: str, **synthesize: Any) -> Path:
    params = {
        "teacher": {"base_url": base_url, "model": "fake-model"},
        "teacher_client": {"max_concurrency": 4, "timeout_s": 5.0},
        "execution": {"timeout_s": 10},
        "execution_pool": {"workers": 2},
        "synthesize": {"n_inputs": 5, "min_tests": 3, "runs": 2, "call_timeout_s": 2.0, **synthesize},
    }
    path = folder / "params.yaml"
    path.write_text(yaml.safe_dump(params))
    return path


def synthesize(folder: Path, params: Path, source: Path = FIXTURE, *extra: str) -> tuple[int, str]:
    """Run the CLI; (exit code, stderr)."""
    args = ["tasks", "synthesize", "alpaca", str(source), "--params", str(params), "--prompt", str(PROMPT)]
    args += ["--out", str(folder / "tasks.jsonl"), "--counts", str(folder / "counts.json"), *extra]
    result = CliRunner().invoke(cli, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The fixture file synthesized twice with the same cache: once paying, once from the cache."""
    root = tmp_path_factory.mktemp("synth")
    with pytest.MonkeyPatch.context() as mp, FakeOpenAIServer(answers=ANSWERS) as server:
        mp.setenv("PDISTILL_CACHE_DIR", str(root / "cache"))
        mp.delenv("OPENAI_API_KEY", raising=False)
        out: dict[str, Any] = {}
        for name in ("first", "second"):
            folder = root / name
            folder.mkdir()
            params = write_params(folder, server.base_url)
            out[name] = synthesize(folder, params, FIXTURE, "--dropped", str(folder / "dropped.jsonl"))
            out[name + "_requests"] = server.total
            out[name + "_dir"] = folder
        yield out


def counts(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "counts.json").read_text())


def dropped(folder: Path) -> dict[int, str]:
    lines = (folder / "dropped.jsonl").read_text().splitlines()
    return {rec["index"]: rec["reason"] for rec in map(json.loads, lines)}


def test_good_records_become_valid_tasks_whose_references_pass_their_tests(runs: dict[str, Any]) -> None:
    code, stderr = runs["first"]
    folder = runs["first_dir"]
    assert code == 0, stderr
    assert f"wrote 3 tasks (13 tests) to {folder / 'tasks.jsonl'} from 11 records; dropped: " in stderr
    tasks = {t.task_id: t for t in load_tasks(folder / "tasks.jsonl")}  # the strict validation
    assert list(tasks) == ["alpaca/0", "alpaca/7", "alpaca/10"]
    add = tasks["alpaca/0"]
    assert add.entry_point == "add_numbers" and add.source == "alpaca"
    assert add.reference == "def add_numbers(a, b):\n    return a + b\n"  # the demo print is gone
    assert add.test.splitlines() == [
        "assert add_numbers(1, 2) == 3",
        "assert add_numbers(0, 0) == 0",
        "assert add_numbers(-5, 5) == 0",
        "assert add_numbers(10, -3) == 7",
        "assert abs(add_numbers(1.5, 2.5) - 4.0) <= 4e-06",
    ]
    assert add.visible_tests == ("assert add_numbers(1, 2) == 3",)
    assert add.prompt.startswith('def add_numbers(a, b):\n    """Write a function that adds two numbers.')
    assert add.meta["instruction_index"] == 0 and add.meta["teacher_model"] == "fake-model"
    assert len(add.meta["request_hash"]) == 64
    assert "assert is_even('x')" not in tasks["alpaca/10"].test  # raised: dropped alone
    assert tasks["alpaca/10"].test.count("assert") == 4
    assert "Input: [1, 2, 3, 4]" in tasks["alpaca/7"].prompt
    samples = [{"task_id": t, "sample_id": 0, "code": task.reference} for t, task in tasks.items()]
    wrong = [
        {"task_id": t, "sample_id": 1, "code": f"def {x.entry_point}(*a):\n    return 0.5\n"}
        for t, x in tasks.items()
    ]
    results, _ = execute_samples(tasks, samples + wrong, Limits(timeout_s=10), workers=2)
    assert [r["status"] for r in results] == ["passed"] * 3 + ["failed"] * 3


def test_every_other_record_is_dropped_and_counted_under_its_reason(runs: dict[str, Any]) -> None:
    folder = runs["first_dir"]
    assert dropped(folder) == {
        1: "not_python",
        2: "no_function",
        3: "reference_failed",
        4: "non_reproducible",  # random
        5: "non_reproducible",  # list(set(...)): another hash seed, another order
        6: "malformed_reply",
        8: "no_parameters",
        9: "returns_none",
    }
    c = counts(folder)
    assert (c["records"], c["candidates"], c["kept"], c["tests"]) == (11, 8, 3, 13)
    assert {k: v for k, v in c["dropped"].items() if v} == {
        "not_python": 1,
        "no_function": 1,
        "reference_failed": 1,
        "non_reproducible": 2,
        "malformed_reply": 1,
        "no_parameters": 1,
        "returns_none": 1,
    }
    assert c["inputs"]["raised"] == 4 and c["inputs"]["kept"] == 16
    assert c["teacher"]["model"] == "fake-model" and c["teacher"]["run"]["requests"] == 8


def test_a_rerun_is_answered_from_the_cache_and_writes_the_same_tasks(runs: dict[str, Any]) -> None:
    assert runs["second"][0] == 0
    assert runs["first_requests"] == 8 and runs["second_requests"] == 8  # no new request
    c = counts(runs["second_dir"])
    assert c["teacher"]["run"]["requests"] == 0 and c["teacher"]["run"]["cache_hits"] == 8
    assert c["teacher"]["data"] == counts(runs["first_dir"])["teacher"]["data"]
    for name in ("tasks.jsonl", "dropped.jsonl"):
        assert (runs["second_dir"] / name).read_bytes() == (runs["first_dir"] / name).read_bytes()


def test_malformed_input_is_one_error_line_and_nothing_is_written(tmp_path: Path) -> None:
    with FakeOpenAIServer(answers=ANSWERS) as server:
        params = write_params(tmp_path, server.base_url)
        source = tmp_path / "alpaca.jsonl"
        source.write_text('{"instruction": "a", "output": "def f(x):\\n    return x"}\n{"instruction": \n')
        code, stderr = synthesize(tmp_path, params, source)
        assert code == 1 and stderr == f"error: {source}:2: malformed JSON (Expecting value at column 17)\n"
        source.write_text(json.dumps([{"instruction": "a", "output": "x"}, {"instruction": "b"}]))
        code, stderr = synthesize(tmp_path, params, source)
        assert code == 1 and stderr == f"error: {source}[1]: field 'output': missing\n"
        assert server.total == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alpaca.jsonl", "params.yaml"]


def test_bad_params_fail_before_any_request(tmp_path: Path) -> None:
    with FakeOpenAIServer(answers=ANSWERS) as server:
        params = write_params(tmp_path, server.base_url, n_input=3)
        code, stderr = synthesize(tmp_path, params)
        assert code == 1 and server.total == 0
        assert "synthesize.n_input: unknown setting; did you mean 'synthesize.n_inputs'?" in stderr
    assert not (tmp_path / "tasks.jsonl").exists()


def test_probe_reports_values_timeouts_and_swallows_prints() -> None:
    reference = "import time\n\ndef wait(n):\n    print('noise')\n    while n:\n        time.sleep(0.01)\n"
    reference += "    return [n]\n"
    settings = {"call_timeout_s": 0.3, "max_chars": 100}
    samples = [
        {
            "task_id": "probe",
            "sample_id": seed,
            "code": program(reference, "wait", ["(0,)", "(1,)"], seed, **settings),
        }
        for seed in (0, 1)
    ]
    verdicts, _ = execute_samples({"probe": PROBE_TASK}, samples, Limits(timeout_s=10), workers=2)
    for verdict in verdicts:
        assert read_report(verdict) == {"results": [{"value": "[0]"}, {"timeout": True}]}
        assert "noise" not in verdict["output"]


def test_stage_script_writes_tasks_and_metrics(tmp_path: Path) -> None:
    source = tmp_path / "alpaca.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in json.loads(FIXTURE.read_text())[:2]))
    with FakeOpenAIServer(answers=ANSWERS) as server:
        params = write_params(tmp_path, server.base_url)
        env = {**os.environ, "PDISTILL_CACHE_DIR": str(tmp_path / "cache")}
        cmd = [
            sys.executable,
            str(ROOT / "stages" / "synthesize.py"),
            "--input",
            str(source),
            "--prompt",
            str(PROMPT),
        ]
        cmd += [
            "--out",
            str(tmp_path / "t.jsonl"),
            "--metrics",
            str(tmp_path / "m.json"),
            "--params",
            str(params),
        ]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(
        f"synthesize: wrote 1 tasks (5 tests) to {tmp_path / 't.jsonl'} from 2 records"
    )
    assert [t.task_id for t in load_tasks(tmp_path / "t.jsonl")] == ["alpaca/0"]
    assert json.loads((tmp_path / "m.json").read_text())["dropped"]["not_python"] == 1


def test_help_explains_the_command() -> None:
    text = CliRunner().invoke(cli, ["tasks", "synthesize", "--help"]).output
    for words in (
        "alpaca",
        "INPUT",
        "--out",
        "--counts",
        "--dropped",
        "--params",
        "--limit",
        "sandbox",
        "teacher",
    ):
        assert words in text
