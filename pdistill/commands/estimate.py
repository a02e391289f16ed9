"""`pdistill teacher estimate`: what the refine (or solve) stage will send, and cost, before it runs."""

from __future__ import annotations

import click

from pdistill.config.load import load_config, teacher_params
from pdistill.io import read_jsonl
from pdistill.personalise import refine_conversations, solve_messages
from pdistill.prompts import load_template
from pdistill.tasks import load_tasks
from pdistill.teacher.budget import estimate as estimate_cost
from pdistill.teacher.session import config_for_estimate


@click.command("estimate")
@click.option("--stage", type=click.Choice(["refine", "solve"]), default="refine", show_default=True)
@click.option(
    "--params", "params_path", default="params.yaml", show_default=True, type=click.Path(dir_okay=False)
)
@click.option("--tasks", default="data/tasks/train.jsonl", show_default=True, type=click.Path(dir_okay=False))
@click.option(
    "--samples", default="data/attempt/samples.jsonl", show_default=True, type=click.Path(dir_okay=False)
)
@click.option(
    "--results", default="data/attempt/results.jsonl", show_default=True, type=click.Path(dir_okay=False)
)
@click.option(
    "--prompt",
    default=None,
    type=click.Path(dir_okay=False),
    help="Template [default: prompts/refine.txt or prompts/solve.txt].",
)
@click.option(
    "--reference-prompt",
    default="prompts/refine_reference.txt",
    show_default=True,
    type=click.Path(dir_okay=False),
)
def estimate(
    stage: str,
    params_path: str,
    tasks: str,
    samples: str,
    results: str,
    prompt: str | None,
    reference_prompt: str,
) -> None:
    """Print the requests, tokens and USD the teacher stage would spend (cache hits excluded).

    Builds exactly the conversations the stage will send, from the current params and the outputs of
    the stages before it (`dvc repro execute` first for refine). Prompt tokens are estimated at 3
    characters a token; completion tokens are bounded by teacher.max_tokens.

    \b
    Example:
      dvc repro execute && pdistill teacher estimate
    """
    params = load_config(params_path)
    config = config_for_estimate(teacher_params(params))
    task_list = load_tasks(tasks)
    if stage == "refine":
        refine = params.refine
        reference = load_template(reference_prompt) if refine.show_reference else None
        _, conversations = refine_conversations(
            {t.task_id: t for t in task_list},
            read_jsonl(samples),
            read_jsonl(results),
            refine.per_task,
            load_template(prompt or "prompts/refine.txt"),
            reference,
        )
    else:
        use_reference = params.solve.use_reference
        template = load_template(prompt or "prompts/solve.txt")
        conversations = [
            solve_messages(template, t) for t in task_list if not (use_reference and t.reference)
        ]
    figures = estimate_cost(conversations, config)
    usd = figures["usd"] if figures["priced"] else None
    click.echo(f"teacher {config.model} at {config.base_url} ({stage}):")
    click.echo(f"  conversations      {figures['conversations']}")
    click.echo(f"  cached (free)      {figures['cache_hits']}")
    click.echo(f"  requests to send   {figures['requests']}")
    click.echo(f"  prompt tokens      ~{figures['prompt_tokens']}")
    click.echo(f"  completion tokens  <= {figures['completion_tokens']}")
    click.echo(
        f"  cost               {'unknown (no price for this model)' if usd is None else f'<= ${usd:.4f}'}"
    )
