"""`pdistill teacher`: commands about the teacher model (a local server for now)."""

from __future__ import annotations

import click

from pdistill.commands.lazy import LazyCommand, LazyGroup

# imported when run: `estimate` loads the teacher client (openai), `serve` the llama.cpp server
COMMANDS = {
    "estimate": LazyCommand(
        "pdistill.commands.estimate:estimate",
        "Print the requests, tokens and USD the teacher stage would spend (cache hits excluded).",
    ),
    "serve": LazyCommand(
        "pdistill.commands.serve:serve",
        "Serve MODEL on 127.0.0.1 with an OpenAI-compatible API until Ctrl-C.",
    ),
}


@click.group("teacher", cls=LazyGroup, lazy=COMMANDS)
def teacher() -> None:
    """The teacher: estimate what a stage will cost; serve a local GGUF teacher over the OpenAI protocol."""
