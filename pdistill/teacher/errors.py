"""The teacher's user-facing errors; all are `PdistillError`s, so the CLI prints them without a traceback."""

from __future__ import annotations

from typing import Any

from pdistill.io import PdistillError


class TeacherError(PdistillError):
    """A teacher configuration or run error."""


class TeacherRequestError(TeacherError):
    """A request the server rejected (400/401/403/404...) or that failed on every retry."""


class MalformedResponse(Exception):
    """A 200 reply that is not a chat completion (bad JSON, no choices); retried like a 5xx."""


class BudgetExceeded(TeacherError):
    """The run stopped before a request that would have exceeded `max_requests` or `max_usd`.

    `done` counts the conversations answered (from the cache or by a finished request), `total` those
    asked for; `replies` holds, in input order, each answered conversation's `TeacherReply` or None.
    """

    def __init__(self, message: str, *, done: int, total: int, replies: list[Any]) -> None:
        super().__init__(message)
        self.done = done
        self.total = total
        self.replies = replies
