"""The retry policy, as pure functions: which failures are retried, and how long to wait before each retry.

Retried: 408, 409, 429 and every 5xx, timeouts, dropped or refused connections, and 200 replies that
are not a chat completion (malformed JSON). Not retried: every other 4xx (400, 401, 403, 404, 422...),
which stops the run. The wait is exponential backoff with full jitter, `uniform(0, min(backoff_max_s,
backoff_initial_s * 2**attempt))`, unless the server sent `Retry-After` (seconds), which is honoured as
sent, capped at `backoff_max_s`.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from http import HTTPStatus

import openai

from pdistill.teacher.errors import MalformedResponse

RETRYABLE_STATUS = frozenset({408, 409, 429})

#: What `classify` understands; anything else raised during a request is a bug and propagates.
REQUEST_ERRORS = (openai.APIError, MalformedResponse)


@dataclass(frozen=True)
class Failure:
    """One failed attempt: whether to retry, a short description, the status and any `Retry-After`."""

    retryable: bool
    reason: str
    status: int | None = None
    retry_after_s: float | None = None


def status_text(status: int) -> str:
    """`401 Unauthorized`, `503 Service Unavailable`, or just the number for non-standard codes."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` in seconds (a non-negative number), or None if absent or not a number of seconds."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def classify(exc: BaseException) -> Failure:
    """Decide what a failed attempt means; `exc` is one of `REQUEST_ERRORS`."""
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        retryable = status in RETRYABLE_STATUS or status >= 500
        retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
        message = _server_message(exc)
        reason = status_text(status) + (f": {message}" if message else "")
        return Failure(retryable, reason, status, retry_after)
    if isinstance(exc, openai.APITimeoutError):
        return Failure(True, "timed out")
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        return Failure(True, f"connection error ({cause or exc})")
    if isinstance(exc, MalformedResponse):
        return Failure(True, f"malformed reply ({exc})")
    return Failure(False, f"{type(exc).__name__}: {exc}")


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return str(message)[:300]
    return ""


def backoff_delay(
    attempt: int, failure: Failure, *, initial_s: float, max_s: float, rng: random.Random
) -> float:
    """Seconds to wait before retry number `attempt + 1` (`attempt` counts from 0)."""
    if failure.retry_after_s is not None:
        return min(failure.retry_after_s, max_s)
    ceiling = min(max_s, initial_s * 2.0 ** min(attempt, 62))
    return rng.uniform(0.0, ceiling)


def rejection_message(failure: Failure, *, base_url: str, api_key_env: str, model: str) -> str:
    """The error for a request the server refused (a non-retryable status)."""
    hint = ""
    if failure.status in (401, 403):
        hint = f": check {api_key_env}"
    elif failure.status == 404:
        hint = f": check teacher.model ({model!r}) and teacher.base_url"
    detail = failure.reason.partition(": ")[2]
    head = status_text(failure.status) if failure.status is not None else failure.reason
    said = f" [server said: {detail}]" if detail else ""
    return f"teacher request rejected ({head}) by {base_url}{hint}{said}"


def exhausted_message(failure: Failure, *, attempts: int, base_url: str) -> str:
    """The error for a request that failed on every attempt."""
    return (
        f"teacher request to {base_url} failed {attempts} times, last with {failure.reason}; "
        "responses finished so far are cached, so re-running continues from here "
        "(raise teacher_client.max_retries or teacher_client.backoff_max_s if the server needs longer)"
    )
