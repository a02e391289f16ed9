"""The `pdistill` command line: one click group; each sub-command lives in `pdistill/commands/`.

pdistill tasks import humaneval --out data/tasks/humaneval.jsonl
pdistill execute --tasks data/tasks/humaneval.jsonl --samples samples.jsonl --out results.jsonl
pdistill sandbox check
"""

from __future__ import annotations

import sys

import click

from pdistill import __version__
from pdistill.io import PdistillError


class _Group(click.Group):
    """A click group that turns `PdistillError` into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except PdistillError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pdistill")
def cli() -> None:
    """Personalised distillation for code generation.

    The student attempts each task, its code is executed against unit tests, the teacher refines the
    failures, and the student is fine-tuned on its own corrected attempts. The pipeline is driven by
    `dvc repro`; these commands are its building blocks and are usable on their own.
    """


def _register() -> None:
    from pdistill.commands import execute, models, params, tasks, teacher
    from pdistill.commands.synthesize import synthesize_tasks

    cli.add_command(tasks.tasks)
    tasks.tasks.add_command(synthesize_tasks)
    cli.add_command(execute.execute)
    cli.add_command(execute.sandbox)
    cli.add_command(models.models)
    cli.add_command(teacher.teacher)
    cli.add_command(params.params)


_register()


def main() -> None:
    """Console-script entry point."""
    cli()


if __name__ == "__main__":
    main()
