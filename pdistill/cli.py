"""The `pdistill` command line: one click group; each sub-command lives in `pdistill/commands/`.

pdistill tasks import humaneval --out data/tasks/humaneval.jsonl
pdistill execute --tasks data/tasks/humaneval.jsonl --samples samples.jsonl --out results.jsonl
pdistill sandbox check

Sub-commands are imported only when they run (`COMMANDS`, a `LazyGroup`): `pdistill --help` and
`pdistill execute` load neither the teacher client nor the model stack.
"""

from __future__ import annotations

import sys

import click

from pdistill import __version__
from pdistill.commands.lazy import LazyCommand, LazyGroup
from pdistill.io import PdistillError

# name -> where its click object lives, and the first paragraph of its docstring (what `--help` shows;
# tests/test_cli_lazy.py checks each against the command itself)
COMMANDS: dict[str, LazyCommand] = {
    "execute": LazyCommand(
        "pdistill.commands.execute:execute",
        "Run model-written programs against their tasks' unit tests, in the sandbox.",
    ),
    "models": LazyCommand(
        "pdistill.commands.models:models",
        "Offline models: the pinned registry of GGUF files rebuilt from PyPI wheels.",
    ),
    "params": LazyCommand(
        "pdistill.commands.params:params",
        "Edit params.yaml from profiles (profiles/*.yaml) and key=value settings.",
    ),
    "sandbox": LazyCommand("pdistill.commands.execute:sandbox", "Inspect the execution sandbox."),
    "tasks": LazyCommand("pdistill.commands.tasks:tasks", "Import, synthesize and validate task files."),
    "teacher": LazyCommand(
        "pdistill.commands.teacher:teacher",
        "The teacher: estimate what a stage will cost; serve a local GGUF teacher over the OpenAI protocol.",
    ),
}


class _Group(LazyGroup):
    """A click group that turns `PdistillError` into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except PdistillError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pdistill")
def cli() -> None:
    """Personalised distillation for code generation.

    The student attempts each task, its code is executed against unit tests, the teacher refines the
    failures, and the student is fine-tuned on its own corrected attempts. The pipeline is driven by
    `dvc repro`; these commands are its building blocks and are usable on their own.
    """


def main() -> None:
    """Console-script entry point."""
    cli()


if __name__ == "__main__":
    main()
