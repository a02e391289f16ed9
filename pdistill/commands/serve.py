"""`pdistill teacher serve`: a local OpenAI-compatible teacher (llama.cpp via xllamacpp) for a GGUF."""

from __future__ import annotations

import click

from pdistill.models.pull import resolve_gguf
from pdistill.models.serve import serve_forever


@click.command("serve")
@click.option(
    "--model",
    "model",
    required=True,
    help="A registry name (pulled on first use, see `pdistill models list`) or a GGUF file.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0: any free port."
)
@click.option("--ctx", type=click.IntRange(min=256), default=4096, show_default=True, help="Context size.")
@click.option("--threads", type=click.IntRange(min=1), help="CPU threads (default: all cores available).")
@click.option(
    "--parallel",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Requests decoded at once (the context is shared between them).",
)
def serve(model: str, port: int, ctx: int, threads: int | None, parallel: int) -> None:
    """Serve MODEL on 127.0.0.1 with an OpenAI-compatible API until Ctrl-C.

    The base URL (printed on stdout) goes into teacher.base_url; any API key is accepted.

    \b
    Example:
      pdistill teacher serve --model qwen2.5-coder-1.5b-instruct-q4_k_m --port 8080
    """
    gguf = resolve_gguf(model, setting="--model")
    alias = model if not model.endswith(".gguf") else gguf.stem

    def ready(base_url: str) -> None:
        click.echo(base_url)
        click.echo(f"serving {gguf.name} as {alias!r} at {base_url} (Ctrl-C to stop)", err=True)

    serve_forever(gguf, on_ready=ready, port=port, ctx=ctx, threads=threads, parallel=parallel, alias=alias)
    click.echo("stopped", err=True)
