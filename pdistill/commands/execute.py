"""`pdistill execute` (run samples against their tasks' tests) and `pdistill sandbox check`."""

from __future__ import annotations

import json
from collections import Counter

import click

from pdistill.execution import Limits, SandboxPool, execute_samples
from pdistill.execution.records import load_samples
from pdistill.io import write_json, write_jsonl
from pdistill.tasks import load_tasks

_DEFAULTS = Limits()


@click.command()
@click.option(
    "--tasks",
    "tasks_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Task file (JSONL, see docs/data-formats.md).",
)
@click.option(
    "--samples",
    "samples_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Samples to run: JSONL records with task_id, sample_id and code (the full program).",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False),
    help="Result file: one verdict per sample, in input order. Written atomically.",
)
@click.option(
    "--timeout",
    type=float,
    default=_DEFAULTS.timeout_s,
    show_default=True,
    help="Wall-clock seconds per sample (program load plus all its tests).",
)
@click.option(
    "--memory-mb",
    type=int,
    default=_DEFAULTS.memory_mb,
    show_default=True,
    help="Address-space limit per process, MiB.",
)
@click.option("--workers", type=int, default=None, help="Sandbox workers [default: one per core].")
@click.option(
    "--sandbox",
    "mode",
    type=click.Choice(["auto", "root", "userns", "none"]),
    default="auto",
    show_default=True,
    help="Isolation mode (see `pdistill sandbox check`).",
)
@click.option(
    "--timings",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write per-sample seconds here (kept out of --out so results stay deterministic).",
)
def execute(
    tasks_path: str,
    samples_path: str,
    out: str,
    timeout: float,
    memory_mb: int,
    workers: int | None,
    mode: str,
    timings: str | None,
) -> None:
    """Run model-written programs against their tasks' unit tests, in the sandbox.

    Each result carries task_id, sample_id, status (passed, failed, error, timeout, out_of_memory,
    syntax_error), tests_passed, tests_total, the feedback text of the first failure, and the
    program's captured output.

    \b
    Example:
      pdistill execute --tasks data/tasks/humaneval.jsonl --samples samples.jsonl --out results.jsonl
    """
    tasks = {t.task_id: t for t in load_tasks(tasks_path)}
    samples = load_samples(samples_path, tasks)
    limits = Limits(timeout_s=timeout, memory_mb=memory_mb)
    results, seconds = execute_samples(tasks, samples, limits, workers=workers, mode=mode)
    write_jsonl(out, results)
    if timings:
        write_json(timings, {"seconds": seconds, "total_s": round(sum(seconds), 3)})
    counts = Counter(r["status"] for r in results)
    summary = ", ".join(f"{counts[s]} {s}" for s in sorted(counts))
    click.echo(f"executed {len(results)} samples: {summary or 'none'} -> {out}", err=True)


@click.group()
def sandbox() -> None:
    """Inspect the execution sandbox."""


@sandbox.command("check")
@click.option(
    "--sandbox",
    "mode",
    type=click.Choice(["auto", "root", "userns", "none"]),
    default="auto",
    show_default=True,
)
def check(mode: str) -> None:
    """Print which isolation this machine allows (mode, network, uid, hidden folders)."""
    with SandboxPool(workers=1, mode=mode) as pool:
        click.echo(json.dumps(pool.isolation, indent=2, sort_keys=True))
