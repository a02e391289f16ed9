"""The task format: round trip, strict validation (file, line and field in every error), writing."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from pdistill.io import DataError, PdistillError
from pdistill.tasks import FIELDS, Task, bound_names, load_tasks, write_tasks


def record(**changes: Any) -> dict[str, Any]:
    base = {
        "task_id": "T/1",
        "prompt": 'def add(a, b):\n    """Add two numbers.\n    >>> add(2, 3)\n    5\n    """\n',
        "entry_point": "add",
        "test": "assert add(1, 2) == 3\nassert add(0, 0) == 0\n",
        "visible_tests": ["assert add(2, 3) == 5"],
        "reference": "def add(a, b):\n    return a + b\n",
        "source": "unit",
        "meta": {"difficulty": 1},
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not _DROP}


_DROP = object()


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "tasks.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def error_for(tmp_path: Path, bad_line: str) -> str:
    """Load a file whose line 1 is good and line 2 is `bad_line`; return the error message."""
    path = write_lines(tmp_path, json.dumps(record(task_id="good")), bad_line)
    with pytest.raises(DataError) as info:
        load_tasks(path)
    assert info.value.path == str(path) and info.value.line == 2
    return str(info.value)


# --- round trip and defaults ---------------------------------------------------------------------------


def test_round_trip_keeps_every_field_and_the_order(tmp_path: Path) -> None:
    tasks = [Task.from_record(record(task_id=f"T/{i}", meta={"i": i})) for i in (3, 1, 2)]
    out = tmp_path / "sub" / "tasks.jsonl"
    assert write_tasks(out, tasks) == 3
    loaded = load_tasks(out)
    assert loaded == tasks
    assert [t.task_id for t in loaded] == ["T/3", "T/1", "T/2"]
    assert [json.loads(line) for line in out.read_text().splitlines()] == [t.to_record() for t in tasks]
    assert set(tasks[0].to_record()) == set(FIELDS)
    write_tasks(tmp_path / "again.jsonl", loaded)
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()  # deterministic bytes


def test_optional_fields_get_their_defaults(tmp_path: Path) -> None:
    minimal = {k: record()[k] for k in ("task_id", "prompt", "entry_point", "test")}
    (task,) = load_tasks(write_lines(tmp_path, json.dumps(minimal)))
    assert task.visible_tests == ()
    assert task.reference is None
    assert task.source == "jsonl"
    assert task.meta == {}
    assert task.to_record()["visible_tests"] == []
    assert Task.from_record(minimal, default_source="mine").source == "mine"


def test_task_is_frozen_and_hashable() -> None:
    task = Task.from_record(record())
    with pytest.raises(dataclasses.FrozenInstanceError):
        task.prompt = "x"  # type: ignore[misc]
    assert isinstance(task.visible_tests, tuple)
    assert len({task, Task.from_record(record())}) == 1


def test_test_defines_check_tells_the_two_test_styles_apart() -> None:
    assert not Task.from_record(record()).test_defines_check
    humaneval_style = "def check(candidate):\n    assert candidate(1, 2) == 3\n"
    assert Task.from_record(record(test=humaneval_style)).test_defines_check


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps(record(task_id="a")), "", json.dumps(record(task_id="b", test=1)))
    with pytest.raises(DataError, match=r"tasks\.jsonl:3: field 'test'"):
        load_tasks(path)


# --- validation errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        (record(entry_point=_DROP), "field 'entry_point': missing"),
        (record(prompt=_DROP), "field 'prompt': missing"),
        (record(test=_DROP), "field 'test': missing"),
        (record(task_id=_DROP), "field 'task_id': missing"),
        (record(task_id=7), "field 'task_id': expected a non-empty string, got an integer"),
        (record(prompt="  "), "field 'prompt': expected a non-empty string, got an empty string"),
        (record(test=["assert 1"]), "field 'test': expected a non-empty string, got a list"),
        (record(source=""), "field 'source': expected a non-empty string, got an empty string"),
        (record(visible_tests="assert add(1, 1) == 2"), "field 'visible_tests': expected a list of strings"),
        (record(visible_tests=["assert add(1, 1) == 2", 3]), "got a list holding an integer"),
        (record(visible_tests=["add(1, 1) == 2"]), "field 'visible_tests[0]': expected a single assert"),
        (record(visible_tests=["assert add(1, 1) == 2; assert 1"]), "field 'visible_tests[0]': expected a"),
        (record(visible_tests=["assert sub(1, 1) == 0"]), "field 'visible_tests[0]': does not call 'add'"),
        (record(visible_tests=["assert add(1,"]), "field 'visible_tests[0]': Python syntax error"),
        (record(reference=5), "field 'reference': expected a string or null, got an integer"),
        (record(reference="def plus(a, b): return a + b"), "field 'reference': does not define 'add'"),
        (record(reference="def add(a, b) return a"), "field 'reference': Python syntax error"),
        (record(meta=[]), "field 'meta': expected a JSON object, got a list"),
        (record(test="assert add(1, 2) == 3\nassert add(1,"), "field 'test': Python syntax error (line 2"),
        (record(test="assert plus(1, 2) == 3"), "field 'test': neither defines check(candidate) nor calls"),
        (record(entry_point="add-two"), "field 'entry_point': 'add-two' is not a valid Python identifier"),
        (record(entry_point="class"), "field 'entry_point': 'class' is not a valid Python identifier"),
        (record(entry_point=None), "field 'entry_point': expected a non-empty string, got null"),
    ],
)
def test_each_validation_error_names_file_line_and_field(tmp_path: Path, bad: Any, message: str) -> None:
    text = bad if isinstance(bad, str) else json.dumps(bad)
    error = error_for(tmp_path, text)
    assert error.startswith(f"{tmp_path / 'tasks.jsonl'}:2: ")
    assert message in error


def test_unknown_field_suggests_the_closest_name(tmp_path: Path) -> None:
    bad = record()
    bad["tests"] = bad.pop("test")
    assert error_for(tmp_path, json.dumps(bad)).endswith("unknown field 'tests'; did you mean 'test'?")
    bad = record(entry_pont="add")
    assert "unknown field 'entry_pont'; did you mean 'entry_point'?" in error_for(tmp_path, json.dumps(bad))
    error = error_for(tmp_path, json.dumps(record(zzz=1)))
    assert "unknown field 'zzz' (known fields: task_id, prompt" in error


def test_duplicate_task_id_names_both_lines(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path,
        json.dumps(record(task_id="T/1")),
        json.dumps(record(task_id="T/2")),
        json.dumps(record(task_id="T/1")),
    )
    with pytest.raises(DataError) as info:
        load_tasks(path)
    assert str(info.value) == f"{path}:3: duplicate task_id 'T/1' (first seen on line 1)"


def test_missing_file_and_non_object_record() -> None:
    with pytest.raises(DataError, match=r"nowhere\.jsonl: file not found"):
        load_tasks("nowhere.jsonl")
    with pytest.raises(DataError, match=r"x\.jsonl:4: expected a JSON object, got a list"):
        Task.from_record([1], "x.jsonl", 4)  # type: ignore[arg-type]


def test_write_tasks_refuses_duplicates_and_writes_nothing(tmp_path: Path) -> None:
    task = Task.from_record(record())
    out = tmp_path / "out.jsonl"
    with pytest.raises(PdistillError, match="duplicate task_id 'T/1'"):
        write_tasks(out, [task, task])
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_bound_names_are_what_a_program_defines() -> None:
    code = "import os.path as p, re\nfrom math import *\nX = 1\nclass C:\n    def m(self):\n        y = 2\n"
    assert bound_names(ast.parse(code)) == {"p", "re", "*", "X", "C", "m", "y"}
