"""`pdistill tasks import|validate` through click's test runner: exit codes, messages, no partial output."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from pdistill.commands.tasks import tasks
from pdistill.io import PdistillError
from pdistill.tasks import load_tasks

try:  # the whole CLI (it prints `error: ...` for a PdistillError and exits 1)
    from pdistill.cli import cli as ENTRY

    PREFIX = ["tasks"]
except ImportError:  # other commands not there yet: our group alone, errors surface as exceptions
    ENTRY, PREFIX = tasks, []

MBPP_ROW = {
    "task_id": 2,
    "text": "Write a function to find the shared elements from the given two lists.",
    "code": "def similar_elements(a, b):\n    return tuple(set(a) & set(b))\n",
    "test_list": ["assert set(similar_elements((3, 4), (4, 5))) == {4}"],
    "test_setup_code": "",
    "challenge_test_list": [],
}


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI; return (exit code, stdout, stderr), with a PdistillError as `error: ...` text."""
    result = CliRunner().invoke(ENTRY, [*PREFIX, *args])
    stderr = result.stderr
    if isinstance(result.exception, PdistillError):  # only when running our group without cli.py
        stderr += f"error: {result.exception}\n"
    elif result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, stderr


def test_import_humaneval_writes_all_tasks_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "data" / "humaneval.jsonl"
    code, stdout, stderr = run("import", "humaneval", "--out", str(out))
    assert code == 0 and stdout == ""
    written = load_tasks(out)
    with_visible = sum(1 for t in written if t.visible_tests)
    assert len(written) == 164 and with_visible >= 150
    assert stderr == f"wrote 164 tasks to {out} (humaneval; {with_visible} with visible tests)\n"
    assert [p.name for p in out.parent.iterdir()] == ["humaneval.jsonl"]  # no temporary file left


def test_import_limit_keeps_the_first_tasks(tmp_path: Path) -> None:
    out = tmp_path / "he.jsonl"
    code, _, stderr = run("import", "humaneval", "--out", str(out), "--limit", "3")
    assert code == 0 and stderr.startswith(f"wrote 3 tasks to {out} (humaneval; ")
    assert [t.task_id for t in load_tasks(out)] == ["HumanEval/0", "HumanEval/1", "HumanEval/2"]
    code, _, stderr = run("import", "humaneval", "--out", str(tmp_path / "none.jsonl"), "--limit", "0")
    assert code == 2 and "--limit" in stderr and not (tmp_path / "none.jsonl").exists()


def test_import_mbpp_from_a_file(tmp_path: Path) -> None:
    src = tmp_path / "mbpp.jsonl"
    src.write_text(json.dumps(MBPP_ROW) + "\n", encoding="utf-8")
    out = tmp_path / "mbpp_tasks.jsonl"
    code, _, stderr = run("import", "mbpp", "--path", str(src), "--out", str(out))
    assert code == 0 and stderr == f"wrote 1 tasks to {out} (mbpp; 1 with visible tests)\n"
    (task,) = load_tasks(out)
    assert task.task_id == "MBPP/2" and task.entry_point == "similar_elements" and task.source == "mbpp"


def test_import_jsonl_round_trips_and_needs_path(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    assert run("import", "humaneval", "--out", str(first), "--limit", "2")[0] == 0
    second = tmp_path / "second.jsonl"
    code, _, stderr = run("import", "jsonl", "--path", str(first), "--out", str(second))
    assert code == 0 and stderr.startswith(f"wrote 2 tasks to {second} (jsonl; ")
    assert second.read_bytes() == first.read_bytes()
    code, _, stderr = run("import", "jsonl", "--out", str(tmp_path / "third.jsonl"))
    assert code == 2 and "'jsonl' needs --path FILE" in stderr
    assert not (tmp_path / "third.jsonl").exists()


def test_invalid_input_writes_nothing_and_leaves_an_existing_out_alone(tmp_path: Path) -> None:
    good = {"task_id": "a", "prompt": "def f(x):\n", "entry_point": "f", "test": "assert f(1) == 1"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(good) + "\n" + json.dumps({**good, "task_id": "b", "tests": "x"}) + "\n")
    out = tmp_path / "out.jsonl"
    code, stdout, stderr = run("import", "jsonl", "--path", str(src), "--out", str(out))
    assert code == 1 and stdout == ""
    assert stderr == f"error: {src}:2: unknown field 'tests'; did you mean 'test'?\n"
    assert not out.exists()
    out.write_text("keep me\n")
    assert run("import", "jsonl", "--path", str(src), "--out", str(out))[0] == 1
    assert out.read_text() == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_missing_input_and_unreachable_hub_are_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    code, _, stderr = run("import", "mbpp", "--path", str(tmp_path / "nope.jsonl"), "--out", str(out))
    assert code == 1 and stderr == f"error: {tmp_path / 'nope.jsonl'}: file not found\n"

    def offline(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("no network")

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=offline))
    code, _, stderr = run("import", "mbpp", "--out", str(out))
    assert code == 1 and stderr.startswith("error: could not load MBPP from the Hugging Face Hub")
    assert "pass --path FILE" in stderr
    assert not out.exists()


def test_unknown_kind_and_missing_out_are_usage_errors(tmp_path: Path) -> None:
    code, _, stderr = run("import", "apps", "--out", str(tmp_path / "x.jsonl"))
    assert code == 2 and "'apps' is not one of" in stderr
    code, _, stderr = run("import", "humaneval")
    assert code == 2 and "--out" in stderr


def test_validate_prints_counts_and_reports_the_first_problem(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    assert run("import", "humaneval", "--out", str(good), "--limit", "4")[0] == 0
    code, stdout, _ = run("validate", str(good), str(good))
    assert code == 0
    n_visible = sum(len(t.visible_tests) for t in load_tasks(good))
    line = f"{good}: 4 tasks ok; 4 with visible tests ({n_visible} in all); 4 with a reference; "
    line += "sources: humaneval 4"
    assert stdout == f"{line}\n{line}\n"
    bad = tmp_path / "bad.jsonl"
    lines = good.read_text().splitlines()
    record = json.loads(lines[2])
    record["entry_point"] = "not valid"
    bad.write_text("\n".join([*lines[:2], json.dumps(record)]) + "\n")
    code, stdout, stderr = run("validate", str(bad))
    assert code == 1 and stdout == ""
    assert stderr == f"error: {bad}:3: field 'entry_point': 'not valid' is not a valid Python identifier\n"
    assert run("validate")[0] == 2


def test_help_texts() -> None:
    group_help = CliRunner().invoke(tasks, ["--help"]).output
    assert "Import, synthesize and validate task files." in group_help
    import_help = CliRunner().invoke(tasks, ["import", "--help"]).output
    for words in ("humaneval", "mbpp", "jsonl", "--path", "--out", "--limit", "atomically"):
        assert words in import_help
    assert "FILES" in CliRunner().invoke(tasks, ["validate", "--help"]).output
    assert isinstance(tasks, click.Group) and set(tasks.commands) == {"import", "synthesize", "validate"}
