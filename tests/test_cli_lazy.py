"""The CLI imports a command's modules only when it runs: the import graph, checked in fresh interpreters.

Not a timing test: it checks which heavy packages end up in `sys.modules`, which is what start-up time
follows from (see `pdistill.commands.lazy`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pdistill.cli import cli
from pdistill.commands.lazy import LazyCommand, LazyGroup
from pdistill.commands.teacher import teacher
from pdistill.io import write_jsonl

HEAVY = ("openai", "torch", "transformers", "numpy", "yaml")

# runs the CLI in-process (no exit), then prints which HEAVY packages and pdistill.* modules it loaded
PROBE = """
import json, sys
from pdistill.cli import cli
try:
    cli(sys.argv[1:], prog_name="pdistill", standalone_mode=False)
except SystemExit as exc:
    assert not exc.code, exc.code
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
ours = sorted(m for m in sys.modules if m.startswith("pdistill."))
print("\\n" + json.dumps({{"heavy": heavy, "ours": ours}}))
"""


def _loaded(*argv: str) -> dict[str, list[str]]:
    """Run `pdistill ARGV` in a fresh interpreter; the heavy packages and pdistill modules it imported."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["execute", "--help"], ["sandbox", "--help"], ["teacher", "--help"], ["tasks", "--help"]],
)
def test_help_imports_no_heavy_package(argv: list[str]) -> None:
    loaded = _loaded(*argv)
    assert loaded["heavy"] == []
    assert "pdistill.teacher.client" not in loaded["ours"]


def test_execute_runs_without_teacher_or_model_stack(tmp_path: Path) -> None:
    tasks, samples, out = tmp_path / "tasks.jsonl", tmp_path / "samples.jsonl", tmp_path / "out.jsonl"
    write_jsonl(
        tasks, [{"task_id": "a", "prompt": "def f():\n", "entry_point": "f", "test": "assert f() == 1\n"}]
    )
    write_jsonl(samples, [{"task_id": "a", "sample_id": 0, "code": "def f():\n    return 1\n"}])
    loaded = _loaded("execute", "--tasks", str(tasks), "--samples", str(samples), "--out", str(out))
    assert json.loads(out.read_text())["status"] == "passed"
    assert [m for m in loaded["heavy"] if m in ("openai", "torch", "transformers")] == []
    assert not [m for m in loaded["ours"] if m.split(".")[1] in ("teacher", "student", "models")]
    # only `execute` was imported of all the commands
    assert [m for m in loaded["ours"] if m.startswith("pdistill.commands.")] == [
        "pdistill.commands.execute",
        "pdistill.commands.lazy",
    ]


@pytest.mark.parametrize("group", [cli, teacher], ids=["pdistill", "teacher"])
def test_stored_short_help_is_the_commands_own(group: LazyGroup) -> None:
    ctx = click.Context(group)
    for name, lazy in group.lazy.items():
        cmd = group.get_command(ctx, name)
        assert cmd is not None and cmd.name == name
        for limit in (20, 45, 80, 300):
            stand_in = click.Command(name, help=lazy.short_help)
            assert stand_in.get_short_help_str(limit) == cmd.get_short_help_str(limit), (name, limit)


def test_lazy_group_lists_loads_once_and_rejects_non_commands() -> None:
    group = LazyGroup(
        "g",
        lazy={
            "tasks": LazyCommand(
                "pdistill.commands.tasks:tasks", "Import, synthesize and validate task files."
            ),
            "broken": LazyCommand("pdistill.commands.tasks:describe", "Not a command."),
        },
    )

    @group.command("zero")
    def zero() -> None:
        """An eager command."""

    help_text = CliRunner().invoke(group, ["--help"]).output
    assert "tasks   Import, synthesize and validate task files." in help_text
    assert list(group.commands) == ["zero"]  # listed, not imported
    assert group.list_commands(click.Context(group)) == ["broken", "tasks", "zero"]
    ctx = click.Context(group)
    assert group.get_command(ctx, "tasks") is group.get_command(ctx, "tasks")
    assert group.get_command(ctx, "nope") is None
    with pytest.raises(TypeError, match="not a click command"):
        group.get_command(ctx, "broken")
