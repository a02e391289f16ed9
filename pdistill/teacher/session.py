"""A teacher for a pipeline stage: from the `teacher:` params section to a ready `Teacher`, plus the
cost figures the stage writes as metrics.

`teacher.base_url: local` starts a local OpenAI-compatible server for `teacher.model` (a GGUF file or
an offline registry name) for the duration of the stage and talks to it through the same client code
as to the real API. Its slots follow `teacher_client.max_concurrency`: on a GPU the server decodes that
many requests at once, and on a CPU it has one slot, so the client then sends one request at a time
(more would only queue in the server, each eating into `teacher_client.timeout_s`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pdistill.teacher.client import Teacher
from pdistill.teacher.config import TeacherConfig
from pdistill.teacher.response import TeacherReply

LOCAL = "local"


@contextlib.contextmanager
def open_teacher(params: Mapping[str, Any]) -> Iterator[Teacher]:
    """A `Teacher` configured from the `teacher:` section (a local server started when asked for).

    Every key is validated before anything starts, so a typo costs no server start-up.
    """
    config = config_for_estimate(params)
    with contextlib.ExitStack() as stack:
        if params.get("base_url") == LOCAL:
            from pdistill.models.serve import local_server_info  # imported only when a local server is used

            server = stack.enter_context(
                local_server_info(str(params.get("model", "")), gpu_slots=config.max_concurrency)
            )
            slots = server.settings.parallel  # max_concurrency on a GPU, 1 on a CPU
            config = dataclasses.replace(config, base_url=server.base_url, max_concurrency=slots)
        yield stack.enter_context(Teacher(config))


def config_for_estimate(params: Mapping[str, Any]) -> TeacherConfig:
    """The teacher's configuration without starting anything (a local server's URL is a stand-in)."""
    params = dict(params)
    if params.get("base_url") == LOCAL:
        params["base_url"] = "http://127.0.0.1:1/v1"
    return TeacherConfig.from_params(params)


def data_cost(replies: Sequence[TeacherReply], config: TeacherConfig) -> dict[str, Any]:
    """What the teacher calls behind this data cost, whether answered now or from the cache: tokens
    from each reply's recorded usage, USD from the price table. Deterministic, unlike the ledger."""
    prompt = sum(r.usage.get("prompt_tokens", 0) for r in replies)
    completion = sum(r.usage.get("completion_tokens", 0) for r in replies)
    price = config.price()
    return {
        "replies": len(replies),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "usd": round(price.usd(prompt, completion), 6) if price else None,
    }


def teacher_metrics(teacher: Teacher, replies: Sequence[TeacherReply]) -> dict[str, Any]:
    """`data`: the cost of the data (deterministic); `run`: this run's ledger (requests actually sent,
    cache hits, retries, USD actually spent)."""
    return {
        "model": teacher.config.model,
        "data": data_cost(replies, teacher.config),
        "run": teacher.ledger.to_metrics(),
    }
