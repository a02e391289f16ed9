"""`pdistill execute` and `pdistill sandbox check` through the real CLI entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pdistill.io import read_jsonl, write_jsonl

TASKS = [
    {"task_id": "a", "prompt": "def add(a, b):\n", "entry_point": "add", "test": "assert add(1, 2) == 3\n"},
    {
        "task_id": "b",
        "prompt": "def neg(x):\n",
        "entry_point": "neg",
        "test": "def check(candidate):\n    assert candidate(1) == -1\n",
    },
]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pdistill.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    tasks, samples = tmp_path / "tasks.jsonl", tmp_path / "samples.jsonl"
    write_jsonl(tasks, TASKS)
    write_jsonl(
        samples,
        [
            {"task_id": "a", "sample_id": 0, "code": "def add(a, b):\n    return a + b\n"},
            {"task_id": "b", "sample_id": 0, "code": "def neg(x):\n    return x\n"},
            {"task_id": "a", "sample_id": 1, "code": "def add(a, b):\n    while True: pass\n"},
        ],
    )
    return {
        "tasks": tasks,
        "samples": samples,
        "out": tmp_path / "out" / "results.jsonl",
        "timings": tmp_path / "timings.json",
    }


def _execute(files: dict[str, Path], *extra: str) -> subprocess.CompletedProcess:
    """`pdistill execute` on the fixture's tasks and samples, writing `files["out"]`."""
    paths = ("--tasks", str(files["tasks"]), "--samples", str(files["samples"]), "--out", str(files["out"]))
    return _cli("execute", *paths, *extra)


def test_execute_writes_results_in_input_order(files):
    proc = _execute(files, "--timeout", "1", "--workers", "2", "--timings", str(files["timings"]))
    assert proc.returncode == 0, proc.stderr
    results = read_jsonl(files["out"])
    assert [(r["task_id"], r["sample_id"], r["status"]) for r in results] == [
        ("a", 0, "passed"),
        ("b", 0, "failed"),
        ("a", 1, "timeout"),
    ]
    assert "executed 3 samples: 1 failed, 1 passed, 1 timeout" in proc.stderr
    assert set(results[0]) == {
        "task_id",
        "sample_id",
        "status",
        "tests_passed",
        "tests_total",
        "feedback",
        "output",
    }
    assert len(json.loads(files["timings"].read_text())["seconds"]) == 3
    first = files["out"].read_bytes()
    assert _execute(files, "--timeout", "1", "--workers", "1").returncode == 0
    assert files["out"].read_bytes() == first  # deterministic, whatever the worker count


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"task_id": "a", "sample_id": 0}', "samples.jsonl:2: field 'code': missing"),
        (
            '{"task_id": "zzz", "sample_id": 0, "code": ""}',
            "samples.jsonl:2: field 'task_id': unknown task 'zzz'",
        ),
        (
            '{"task_id": "a", "sample_id": 0, "code": "x"}',
            "samples.jsonl:2: field 'sample_id': duplicate sample 0",
        ),
        (
            '{"task_id": "a", "sample_id": 1.5, "code": "x"}',
            "field 'sample_id': expected an integer or a string",
        ),
        ('{"task_id": "a", "sample_id": 1, "code": ', "samples.jsonl:2: malformed JSON"),
    ],
)
def test_bad_samples_fail_clearly_and_write_nothing(files, line, message):
    first = files["samples"].read_text().splitlines()[0]
    files["samples"].write_text(first + "\n" + line + "\n")
    proc = _execute(files)
    assert proc.returncode == 1
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not files["out"].exists()


def test_sandbox_check_reports_isolation():
    proc = _cli("sandbox", "check")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["mode"] in ("root", "userns", "none")
    assert isinstance(report["network"], bool)
