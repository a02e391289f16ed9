"""Decontamination against HumanEval (`pdistill.decontam`) and its place in the `prepare` stage."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pdistill.config.sections import Prepare
from pdistill.decontam import (
    DEFAULT_NGRAM,
    DEFAULT_THRESHOLD,
    PLACEHOLDER,
    Index,
    build_index,
    check,
    decontaminate,
    description,
    solution,
    tokens,
)
from pdistill.io import PdistillError
from pdistill.loaders import load_humaneval
from pdistill.tasks import Task, load_tasks

ROOT = Path(__file__).resolve().parents[1]
OUR_TASKS = ROOT / "data" / "tasks" / "pdistill_tasks.jsonl"


@pytest.fixture(scope="module")
def humaneval() -> list[Task]:
    return load_humaneval()


@pytest.fixture(scope="module")
def index(humaneval: list[Task]) -> Index:
    return build_index(humaneval, DEFAULT_NGRAM)


def _task(task_id: str, prompt: str, body: str, entry_point: str) -> Task:
    return Task(task_id, prompt, entry_point, f"assert {entry_point} is not None\n", reference=prompt + body)


def _renamed_and_reformatted(task: Task, new_name: str) -> Task:
    """`task` under another id and function name, indented by 2 instead of 4, operators unspaced."""

    def edit(code: str) -> str:
        code = re.sub(rf"\b{task.entry_point}\b", new_name, code).replace("    ", "  ")
        return code.replace(" + ", "+").replace(" == ", "==").replace(", ", ",")

    prompt = edit(task.prompt)
    return _task(f"pd/copy/{task.task_id}", prompt, edit(solution(task)), new_name)


def test_tokens_ignore_formatting_and_the_entry_points_name():
    a = tokens('def add(x, y):\n    """Add x and y."""\n    return x + add(y, 0)\n', "add")
    b = tokens("def plus( x,y ):\n  '''add X AND y'''\n  return x+plus (y,0)", "plus")
    assert (
        a == b == ["def", PLACEHOLDER, "x", "y", "add", "x", "and", "y", "return", "x", PLACEHOLDER, "y", "0"]
    )


def test_fields_are_the_docstrings_and_the_code_after_the_prompt(humaneval: list[Task]):
    he = next(t for t in humaneval if t.task_id == "HumanEval/53")
    assert description(he).startswith("Add two numbers x and y\n>>> add(2, 3)")
    assert solution(he).strip() == "return x + y"


def test_our_task_set_shares_no_informative_ngram_with_humaneval(humaneval: list[Task], index: Index):
    tasks = load_tasks(OUR_TASKS)
    kept, removed = decontaminate(tasks, humaneval, DEFAULT_NGRAM, DEFAULT_THRESHOLD)
    assert removed == [] and kept == tasks
    assert max(check(t, index).coverage for t in tasks) == 0.0  # measured: not one shared 10-gram


def test_every_humaneval_task_copied_verbatim_is_caught_by_its_own_id(humaneval: list[Task], index: Index):
    twins = {"HumanEval/56", "HumanEval/61"}  # the same bracket task twice in HumanEval: either id matches
    for he in humaneval:
        overlap = check(dataclasses.replace(he, task_id="pd/copy"), index)
        assert overlap.flagged and overlap.coverage == 1.0, he.task_id
        assert overlap.match == he.task_id or {overlap.match, he.task_id} <= twins


def test_every_humaneval_task_renamed_and_reformatted_is_caught(humaneval: list[Task], index: Index):
    missed = [
        he.task_id for he in humaneval if not check(_renamed_and_reformatted(he, "my_func"), index).flagged
    ]
    assert missed == []


def test_a_lightly_reworded_copy_is_caught(index: Index):
    prompt = '''from typing import List

def any_two_near(values: List[float], limit: float) -> bool:
  """Check whether in the given list of numbers any two numbers are closer to each other than
  the given threshold.
  >>> any_two_near([1.0, 2.0, 3.0], 0.5)
  False
  >>> any_two_near([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)
  True
  """
'''
    body = """  for i, a in enumerate(values):
    for j, b in enumerate(values):
      if i != j and abs(a - b) < limit:
        return True
  return False
"""
    overlap = check(_task("pd/copy/0", prompt, body, "any_two_near"), index)
    assert overlap.flagged and overlap.match == "HumanEval/0" and overlap.field == "description"
    assert overlap.coverage < 1.0  # the rewording is seen, but most of the text is still covered


def test_a_humaneval_solution_under_a_new_description_is_caught(humaneval: list[Task], index: Index):
    he = next(t for t in humaneval if t.task_id == "HumanEval/129")  # a long canonical solution
    prompt = 'def walk(grid, k):\n    """Return the path of k cells with the smallest values."""\n'
    task = _task("pd/copy/129", prompt, re.sub(r"\bminPath\b", "walk", solution(he)), "walk")
    overlap = check(task, index)
    assert overlap.flagged and overlap.match == "HumanEval/129" and overlap.field == "solution"


def test_common_boilerplate_is_not_an_overlap(index: Index):
    """A HumanEval-style header, `>>>` examples with a run of digits, and a generic double loop."""
    prompt = '''from typing import List


def count_pairs(numbers: List[int]) -> int:
    """ Return the number of pairs of numbers in the given list of integers whose sum is even.
    >>> count_pairs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    20
    >>> count_pairs([])
    0
    """
'''
    body = """    count = 0
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if (numbers[i] + numbers[j]) % 2 == 0:
                count += 1
    return count
"""
    overlap = check(_task("pd/boilerplate", prompt, body, "count_pairs"), index)
    assert not overlap.flagged and overlap.coverage < 0.2, overlap


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("decontam_ngram", 0),
        ("decontam_ngram", 2.5),
        ("decontam_ngram", True),
        ("decontam_threshold", 0),
        ("decontam_threshold", 1.5),
        ("decontam_threshold", "half"),
    ],
)
def test_bad_settings_name_the_key(key: str, value: object):
    with pytest.raises(PdistillError, match=rf"^params\.yaml: prepare\.{key}: expected"):
        Prepare.from_params({key: value}, "params.yaml")


def test_library_defaults_are_the_params_defaults():
    assert (Prepare().decontam_ngram, Prepare().decontam_threshold) == (DEFAULT_NGRAM, DEFAULT_THRESHOLD)


def _prepare(tmp_path: Path, records: list[dict], **settings: object) -> subprocess.CompletedProcess:
    params = {
        "prepare": {"heldout_fraction": 0.5, "seed": 1, "train_limit": 0, "heldout_limit": 0, **settings}
    }
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    (tmp_path / "tasks.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    cmd = [sys.executable, str(ROOT / "stages" / "prepare.py"), "--params", str(tmp_path / "params.yaml")]
    for name in ("tasks", "humaneval", "train", "heldout"):
        cmd += [f"--{name}", str(tmp_path / f"{name}.jsonl")]
    cmd += ["--metrics", str(tmp_path / "metrics.json")]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_prepare_removes_a_copied_humaneval_task_before_the_split(tmp_path: Path, humaneval: list[Task]):
    ours = [t.to_record() for t in load_tasks(OUR_TASKS)[:5]]
    copied = {**humaneval[12].to_record(), "task_id": "pd/copied/longest", "source": "pdistill"}
    proc = _prepare(tmp_path, [*ours[:2], copied, *ours[2:]])
    assert proc.returncode == 0, proc.stderr
    assert "removed pd/copied/longest overlaps HumanEval/12" in proc.stderr
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics == {"humaneval": 164, "tasks": 6, "decontaminated": 1, "train": 1, "heldout": 4}
    written = [load_tasks(tmp_path / f"{name}.jsonl") for name in ("train", "heldout")]
    ids = {t.task_id for tasks in written for t in tasks}
    assert ids == {r["task_id"] for r in ours}


def test_prepare_with_a_bad_setting_fails_naming_it(tmp_path: Path):
    proc = _prepare(tmp_path, [], decontam_threshold=2)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    message = "prepare.decontam_threshold: expected a number > 0 and <= 1, got 2"
    assert f"{tmp_path / 'params.yaml'}: {message}" in proc.stderr
    assert not (tmp_path / "metrics.json").exists()
