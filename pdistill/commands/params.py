"""`pdistill params apply`: switch params.yaml to a profile (GPU run, CI run, OpenAI teacher)."""

from __future__ import annotations

import click

from pdistill.profiles import apply_profile, load_profile, parse_assignments


@click.group()
def params() -> None:
    """Edit params.yaml from profiles (profiles/*.yaml) and key=value settings."""


@params.command("apply")
@click.argument("profile", type=click.Path(dir_okay=False), required=False)
@click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="SECTION.KEY=VALUE",
    help="Also set one key (repeatable), after the profile; the value is read as YAML.",
)
@click.option(
    "--params",
    "params_path",
    default="params.yaml",
    show_default=True,
    type=click.Path(),
    help="The params file to edit in place.",
)
def apply(profile: str | None, assignments: tuple[str, ...], params_path: str) -> None:
    """Write PROFILE's settings (and any --set) into params.yaml, keeping its comments.

    \b
    pdistill params apply profiles/gpu.yaml && dvc repro
    pdistill params apply --set evaluate.limit=0 --set evaluate.n=10
    git diff params.yaml          # what changed; `git checkout params.yaml` undoes it

    Every key must already exist in params.yaml (a typo is an error). DVC then re-runs exactly the
    stages whose params changed. For a one-off experiment without editing the file, `dvc exp run -S
    key=value` does the same for a few keys.
    """
    overrides = load_profile(profile) if profile else {}
    extra = parse_assignments(assignments)
    if not overrides and not extra:
        raise click.UsageError("give a PROFILE file, --set SECTION.KEY=VALUE, or both")
    changed = apply_profile(params_path, overrides, profile or "--set") if overrides else []
    if extra:
        changed += apply_profile(params_path, extra, "--set")
    keys = ", ".join(dict.fromkeys(changed)) or "nothing (already set)"
    click.echo(f"{params_path}: changed {keys}")
