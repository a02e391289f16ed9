"""`pdistill tasks synthesize`: tasks with tests from instruction + reference-code pairs (Code Alpaca)."""

from __future__ import annotations

import click

KINDS = ("alpaca",)


@click.command("synthesize", short_help="Make tasks with tests from instruction + reference-code pairs.")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Task file (JSONL) to write.")
@click.option(
    "--counts", required=True, type=click.Path(dir_okay=False), help="JSON file of counts to write."
)
@click.option(
    "--dropped",
    type=click.Path(dir_okay=False),
    help="Also write one JSONL line per dropped record: index, reason, detail.",
)
@click.option(
    "--params",
    "params_path",
    default="params.yaml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Parameters: sections teacher (required), execution and synthesize (optional).",
)
@click.option(
    "--prompt",
    default="prompts/test_inputs.txt",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Template of the teacher's request for test inputs.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N records of INPUT.")
def synthesize_tasks(
    kind: str,
    input_path: str,
    out: str,
    counts: str,
    dropped: str | None,
    params_path: str,
    prompt: str,
    limit: int | None,
) -> None:
    """Turn KIND records of INPUT (instruction + reference code, no tests) into a task file.

    \b
    alpaca: Code Alpaca's format, a JSON list or JSONL of objects with
            `instruction`, `input` (may be empty) and `output` (the code).

    Records whose output parses as Python and defines a top-level function (the last one is the entry
    point) become candidates. For each, the teacher proposes test inputs (one request, cached under
    $PDISTILL_CACHE_DIR, so a re-run pays nothing twice); the reference runs on them in the sandbox
    several times, and each input whose result is a reproducible Python literal becomes an assert. A
    task is kept with enough asserts and only if its reference passes them. Every other record is
    counted under one reason in the --counts file (see docs/ingest-alpaca.md).

    Everything is checked before the teacher is asked; OUT, --counts and --dropped are written
    atomically at the end, so on any error nothing is written.

    \b
    Example:
      pdistill tasks synthesize alpaca code_alpaca_20k.json --limit 200 \\
          --out data/tasks/alpaca.jsonl --counts metrics/alpaca.json
    """
    from pdistill.alpaca import read_alpaca
    from pdistill.prompts import load_template
    from pdistill.synthesize import load_settings, synthesize  # the teacher client: imported to run

    teacher, execution, config = load_settings(params_path)
    template = load_template(prompt)
    records = read_alpaca(input_path)[:limit]
    result = synthesize(records, template, teacher, execution, config, kind=kind, progress=None)
    result.write(out, counts, dropped)
    click.echo(result.summary(out), err=True)
