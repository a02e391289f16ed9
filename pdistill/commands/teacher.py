"""`pdistill teacher`: commands about the teacher model (a local server for now)."""

from __future__ import annotations

import click

from pdistill.commands.estimate import estimate
from pdistill.commands.serve import serve


@click.group("teacher")
def teacher() -> None:
    """The teacher: estimate what a stage will cost; serve a local GGUF teacher over the OpenAI protocol."""


teacher.add_command(estimate)
teacher.add_command(serve)
