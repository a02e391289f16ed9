"""Our task set, `data/tasks/pdistill_tasks.jsonl`: its shape, its mix, every reference run in the sandbox.

The file is generated from `tools/tasks/` by `python -m tools.write_tasks` (see `docs/task-set.md`); these
tests check the committed file against the sources and re-run the checks that the generator's `--check`
runs, minus the slower trivial-program sweep (only `return None` and the memorised examples here).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from pdistill.execution import Limits, SandboxPool, execute_samples
from pdistill.tasks import Task, load_tasks
from pdistill.visible_tests import extract_visible_tests
from tools import write_tasks
from tools.write_tasks import build_tasks, hashseed_check, main, trivial_programs

TASK_FILE = Path(__file__).resolve().parent.parent / "data" / "tasks" / "pdistill_tasks.jsonl"
CATEGORIES = {
    "strings",
    "lists",
    "dicts",
    "math",
    "parsing",
    "recursion",
    "simulation",
    "data_structures",
    "algorithms",
}
# Documented in docs/task-set.md: roughly 53% easy, 36% medium, 11% hard (the straightforward blocks
# added to bring the default student's fail rate into 30-70% are mostly easy).
DIFFICULTY_SHARES = {"easy": (0.45, 0.60), "medium": (0.30, 0.45), "hard": (0.08, 0.20)}
LIMITS = Limits(timeout_s=5)


@pytest.fixture(scope="module")
def tasks() -> list[Task]:
    return load_tasks(TASK_FILE)


@pytest.fixture(scope="module")
def pool() -> Iterator[SandboxPool]:
    with SandboxPool(workers=2) as p:
        yield p


def _failures(pool: SandboxPool, table: dict, programs: list[tuple[str, str]]) -> list[dict]:
    samples = [{"task_id": tid, "sample_id": i, "code": code} for i, (tid, code) in enumerate(programs)]
    results, _ = execute_samples(table, samples, LIMITS, pool=pool, progress=False)
    return [r for r in results if r["status"] != "passed"]


def test_size_ids_and_fields(tasks: list[Task]) -> None:
    assert len(tasks) >= 300
    assert len({t.task_id for t in tasks}) == len(tasks)
    assert len({t.entry_point for t in tasks}) == len(tasks)
    for t in tasks:
        assert t.source == "pdistill"
        assert set(t.meta) == {"category", "difficulty"}
        # ids name the task, not its position: appending or reordering sources never changes one
        assert t.task_id == f"pd/{t.meta['category']}/{t.entry_point}", t.task_id
        assert re.fullmatch(r"pd/[a-z_]+/[a-z_][a-z0-9_]*", t.task_id), t.task_id


def test_ids_do_not_depend_on_source_order(tasks: list[Task], monkeypatch: pytest.MonkeyPatch) -> None:
    """Reversed modules, each with its specs reversed, build the same records under the same ids."""
    specs = [(category, specs[::-1]) for category, specs in write_tasks.load_specs()][::-1]
    monkeypatch.setattr(write_tasks, "load_specs", lambda only=None: specs)
    by_id = {t.task_id: t.to_record() for t in write_tasks.build_tasks()}
    assert by_id == {t.task_id: t.to_record() for t in tasks}


def test_a_reused_entry_point_names_both_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    (category, specs), *_ = write_tasks.load_specs()
    monkeypatch.setattr(write_tasks, "load_specs", lambda only=None: [(category, [*specs, specs[0]])])
    first = write_tasks.build_task(category, specs[0]).task_id
    with pytest.raises(write_tasks.TaskError, match=f"^{first}: entry point .* already used by {first}$"):
        write_tasks.build_tasks()


def test_category_and_difficulty_mix(tasks: list[Task]) -> None:
    categories = Counter(t.meta["category"] for t in tasks)
    assert set(categories) == CATEGORIES
    assert min(categories.values()) >= 30
    for category in CATEGORIES:
        levels = {t.meta["difficulty"] for t in tasks if t.meta["category"] == category}
        assert levels == set(DIFFICULTY_SHARES), category
    difficulties = Counter(t.meta["difficulty"] for t in tasks)
    for level, (low, high) in DIFFICULTY_SHARES.items():
        assert low <= difficulties[level] / len(tasks) <= high, (level, difficulties)


def test_prompts_tests_and_visible_tests_are_well_formed(tasks: list[Task]) -> None:
    for t in tasks:
        assert t.reference is not None and t.reference.startswith(t.prompt), t.task_id
        assert t.prompt.rstrip().endswith('"""'), t.task_id
        tree = ast.parse(t.test)
        assert sum(isinstance(node, ast.Assert) for node in tree.body) >= 3, t.task_id
        assert not t.test_defines_check, t.task_id
        assert 1 <= len(t.visible_tests) <= 3, t.task_id
        assert t.prompt.count(">>>") == len(t.visible_tests), t.task_id
        assert list(t.visible_tests) == extract_visible_tests(t.prompt, t.entry_point), t.task_id


def test_file_matches_its_sources(tasks: list[Task]) -> None:
    """The JSONL is generated: editing it by hand (or the sources without regenerating) is caught here."""
    assert [t.to_record() for t in build_tasks()] == [t.to_record() for t in tasks]


def test_only_builds_one_module_into_a_scratch_file(tasks: list[Task], tmp_path: Path) -> None:
    """`--only` (for authors checking the module they edit) never overwrites the full task file."""
    out = tmp_path / "lists.jsonl"
    assert main(["--only", "lists", "--out", str(out)]) == 0
    assert [t.to_record() for t in load_tasks(out)] == [
        t.to_record() for t in tasks if t.meta["category"] == "lists"
    ]
    with pytest.raises(SystemExit):
        main(["--only", "lists"])


def test_every_reference_passes_its_tests_and_visible_tests(tasks: list[Task], pool: SandboxPool) -> None:
    by_id = {t.task_id: t for t in tasks}
    visible = {t.task_id: {"test": "\n".join(t.visible_tests), "entry_point": t.entry_point} for t in tasks}
    references = [(t.task_id, t.reference) for t in tasks]
    assert _failures(pool, by_id, references) == []
    assert _failures(pool, visible, references) == []


def test_trivial_programs_fail_every_task(tasks: list[Task], pool: SandboxPool) -> None:
    """`return None` fails every task, and so does a program that only memorises the docstring examples."""
    by_id = {t.task_id: t for t in tasks}
    wanted = ("return None", "memorised examples")
    programs = {label: [] for label in wanted}
    for t in tasks:
        for label, code in trivial_programs(t):
            if label in wanted:
                programs[label].append((t.task_id, code))
    assert len(programs["return None"]) == len(tasks)
    assert len(programs["memorised examples"]) == len(tasks)
    for label, batch in programs.items():
        failed = {r["task_id"] for r in _failures(pool, by_id, batch)}
        assert failed == set(by_id), (label, sorted(set(by_id) - failed))


def test_references_do_not_depend_on_the_string_hash_seed(tasks: list[Task]) -> None:
    assert hashseed_check(tasks, seeds=(1, 2)) == []
