"""Cost estimates and the budget guard, as pure functions.

Prompt tokens are estimated as ceil(characters / 3) over the messages' text (a deliberate over-estimate
for English and code with OpenAI tokenizers); completion tokens are bounded by `max_tokens * n`. The
guard admits a request only if `max_requests` is not reached and the spent USD, plus the worst case of
the requests in flight, plus this request's worst case stays within `max_usd`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

from pdistill.teacher.cache import ResponseCache, canonical_request, request_hash
from pdistill.teacher.config import TeacherConfig

log = logging.getLogger(__name__)


def message_chars(messages: Sequence[dict[str, Any]]) -> int:
    """Characters of text in a conversation (string contents, or the `text` of content parts)."""
    total = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            total += len(content)
        elif isinstance(content, list):
            total += sum(len(p.get("text") or "") for p in content if isinstance(p, dict))
    return total


def estimate_prompt_tokens(messages: Sequence[dict[str, Any]]) -> int:
    """Estimated prompt tokens: ceil(characters / 3)."""
    return math.ceil(message_chars(messages) / 3)


def worst_case_usd(messages: Sequence[dict[str, Any]], config: TeacherConfig) -> float:
    """The most one request may cost: estimated prompt tokens, plus `max_tokens * n` completion tokens."""
    price = config.price()
    if price is None:
        return 0.0
    return price.usd(estimate_prompt_tokens(messages), config.max_tokens * config.n)


def actual_usd(usage: dict[str, int], config: TeacherConfig) -> float:
    """What a finished request cost according to its `usage` (0 when the model has no price)."""
    price = config.price()
    if price is None:
        return 0.0
    return price.usd(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))


def refusal(
    config: TeacherConfig, *, sent: int, spent_usd: float, reserved_usd: float, cost: float
) -> str | None:
    """Why the next request must not be sent, or None if the budget allows it."""
    if config.max_requests is not None and sent + 1 > config.max_requests:
        return f"teacher_client.max_requests = {config.max_requests} requests already sent"
    if config.max_usd is not None and spent_usd + reserved_usd + cost > config.max_usd:
        return (
            f"spent ${spent_usd:.4f} + ${reserved_usd:.4f} worst case in flight + ${cost:.4f} worst case "
            f"for the next request would exceed teacher_client.max_usd = ${config.max_usd:g}"
        )
    return None


def warn_if_unpriced(config: TeacherConfig) -> None:
    """Log (once per call) that `model` has no price, so its cost is counted as 0."""
    if config.price() is None:
        log.warning(
            "teacher.prices has no entry for model %r: its cost is counted as $0 "
            "(add it to teacher.prices to track spending; teacher_client.max_usd requires it)",
            config.model,
        )


def estimate(
    conversations: Sequence[list[dict[str, Any]]], config: TeacherConfig, cache: ResponseCache | None = None
) -> dict[str, Any]:
    """Expected requests (cache hits and duplicates excluded), token upper bounds and USD for a run."""
    cache = cache if cache is not None else ResponseCache()
    cached: dict[str, bool] = {}
    to_send: list[list[dict[str, Any]]] = []
    hits = 0
    for messages in conversations:
        key = request_hash(canonical_request(config.model, messages, config.sampling()))
        if key not in cached:
            cached[key] = cache.get(key) is not None
            if not cached[key]:
                to_send.append(messages)
        hits += cached[key]
    prompt_tokens = sum(estimate_prompt_tokens(m) for m in to_send)
    completion_tokens = config.max_tokens * config.n * len(to_send)
    price = config.price()
    if price is None:
        warn_if_unpriced(config)
    return {
        "model": config.model,
        "conversations": len(conversations),
        "distinct": len(cached),
        "cache_hits": hits,
        "requests": len(to_send),
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "usd": round(price.usd(prompt_tokens, completion_tokens), 6) if price else 0.0,
        "priced": price is not None,
    }
