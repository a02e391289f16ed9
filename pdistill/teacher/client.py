"""The teacher client: many chat completions, cached, concurrent, retried, and kept within budget.

    teacher = Teacher(TeacherConfig.from_params(teacher_params(load_config())))
    replies = teacher.chat_many(conversations)          # input order, one TeacherReply each
    write_json("metrics/teacher.json", teacher.ledger.to_metrics())

Conversations already in the `ResponseCache` are answered from it, free and never blocked by the budget.
The others are sent, in input order, by at most `max_concurrency` worker threads sharing one
`openai.OpenAI` client whose own retries are disabled: the policy in `pdistill.teacher.retry` applies.
Each response is cached the moment it arrives, so a killed run loses only the requests in flight.
When the budget guard refuses a request, or a request fails for good, no more are sent; those in flight
finish (and are cached), then `BudgetExceeded` or `TeacherRequestError` is raised.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

import openai

from pdistill.progress import bar as progress_bar
from pdistill.teacher import retry
from pdistill.teacher.budget import actual_usd, refusal, warn_if_unpriced, worst_case_usd
from pdistill.teacher.cache import ResponseCache, canonical_request, request_hash
from pdistill.teacher.config import TeacherConfig, resolve_api_key
from pdistill.teacher.errors import BudgetExceeded, MalformedResponse, TeacherError, TeacherRequestError
from pdistill.teacher.ledger import Ledger
from pdistill.teacher.response import TeacherReply, parse_completion, to_reply

log = logging.getLogger(__name__)

Messages = list[dict[str, Any]]


class _Cancelled(Exception):
    """A worker gave up waiting to retry because the run is stopping."""


class Teacher:
    """A configured teacher; `chat_many` is the whole interface. Use as a context manager, or `close()`."""

    def __init__(
        self,
        config: TeacherConfig,
        cache: ResponseCache | None = None,
        ledger: Ledger | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Check the key and the price table before any work; `environ` defaults to `os.environ`."""
        api_key = resolve_api_key(config, environ)
        if config.price() is None:
            if config.max_usd is not None:
                raise TeacherError(
                    "teacher_client.max_usd is set but teacher.prices has no entry for model "
                    f"{config.model!r}: add its prompt_usd_per_1m and completion_usd_per_1m, "
                    "or unset teacher_client.max_usd"
                )
            warn_if_unpriced(config)
        self.config = config
        self.cache = cache if cache is not None else ResponseCache()
        self.ledger = ledger if ledger is not None else Ledger()
        self._rng = random.Random()
        self._client = openai.OpenAI(
            base_url=config.base_url, api_key=api_key, max_retries=0, timeout=config.timeout_s
        )

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    def __enter__(self) -> Teacher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request_for(self, messages: Messages) -> dict[str, Any]:
        """The request sent (and hashed) for one conversation."""
        return canonical_request(self.config.model, messages, self.config.sampling())

    def chat(self, messages: Messages) -> TeacherReply:
        """One conversation; see `chat_many`."""
        return self.chat_many([messages], desc="teacher")[0]

    def chat_many(
        self, conversations: Sequence[Messages], *, desc: str = "teacher", progress: bool | None = None
    ) -> list[TeacherReply]:
        """Answer every conversation, in input order; raises `BudgetExceeded` or `TeacherRequestError`.

        A bar named `desc` on stderr (`pdistill.progress`) shows requests/s and the completion tokens (and
        their rate) of the requests sent, unless `progress` is False; cache hits count as done from the
        start, outside the rates.
        """
        for i, messages in enumerate(conversations):
            if not isinstance(messages, list) or not all(
                isinstance(m, dict) and "role" in m for m in messages
            ):
                raise TeacherError(f"conversation {i} is not a list of chat messages ({{'role', 'content'}})")
        requests = [self.request_for(m) for m in conversations]
        keys = [request_hash(r) for r in requests]
        replies: list[TeacherReply | None] = [None] * len(keys)
        todo: dict[str, list[int]] = {}  # key -> the indices it answers, in first-seen order
        for i, key in enumerate(keys):
            if key not in todo and (hit := self.cache.get(key)) is not None:
                replies[i] = to_reply(key, hit, cached=True)
            else:
                todo.setdefault(key, []).append(i)
        hits = len(keys) - sum(len(ix) for ix in todo.values())
        self.ledger.record_cache_hits(hits)
        with progress_bar(len(keys), desc, "request", progress=progress, initial=hits) as bar:
            stop_reason = self._run(todo, requests, replies, bar)
        if stop_reason is not None:
            raise self._budget_error(stop_reason, replies, hits)
        return [r for r in replies if r is not None]

    def _run(
        self, todo: dict[str, list[int]], requests: list[dict], replies: list[TeacherReply | None], bar: Any
    ) -> str | None:
        """Send the `todo` requests with bounded concurrency; return why the budget stopped it, if it did."""
        stop = threading.Event()
        pending = iter(todo.items())
        in_flight: dict[Future[TeacherReply], tuple[str, float]] = {}
        reserved = 0.0
        stop_reason: str | None = None
        error: BaseException | None = None
        with ThreadPoolExecutor(self.config.max_concurrency, thread_name_prefix="teacher") as pool:
            try:
                item = next(pending, None)
                while item is not None or in_flight:
                    while item is not None and len(in_flight) < self.config.max_concurrency:
                        key, indices = item
                        cost = worst_case_usd(requests[indices[0]]["messages"], self.config)
                        sent, spent = self.ledger.spent()
                        reason = refusal(
                            self.config, sent=sent, spent_usd=spent, reserved_usd=reserved, cost=cost
                        )
                        if reason is not None:  # final only once nothing in flight can free a reservation
                            if not in_flight:
                                stop_reason, item = reason, None
                            break
                        self.ledger.record_request()
                        reserved += cost
                        in_flight[pool.submit(self._fetch, key, requests[indices[0]], stop)] = (key, cost)
                        item = next(pending, None)
                    if not in_flight:
                        break
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        key, cost = in_flight.pop(future)
                        reserved -= cost
                        try:
                            reply = future.result()
                        except _Cancelled:
                            continue
                        except Exception as exc:  # the first failure stops the run
                            error = error or exc
                            stop.set()
                            item = None
                            continue
                        for i in todo[key]:
                            replies[i] = reply
                        bar.add_tokens(reply.usage.get("completion_tokens", 0))
                        bar.update(len(todo[key]))
            except BaseException:
                stop.set()
                raise
        if error is not None:
            raise error
        return stop_reason

    def _fetch(self, key: str, request: dict[str, Any], stop: threading.Event) -> TeacherReply:
        """One request with retries; cache and account for the response. Runs in a worker thread."""
        cfg = self.config
        attempt = 0
        while True:
            self.ledger.record_attempt()
            try:
                response = self._post(request)
                break
            except retry.REQUEST_ERRORS as exc:
                failure = retry.classify(exc)
            if not failure.retryable or attempt >= cfg.max_retries:
                self.ledger.record_failure()
                if not failure.retryable:
                    message = retry.rejection_message(
                        failure, base_url=cfg.base_url, api_key_env=cfg.api_key_env, model=cfg.model
                    )
                else:
                    message = retry.exhausted_message(failure, attempts=attempt + 1, base_url=cfg.base_url)
                raise TeacherRequestError(message)
            self.ledger.record_retry()
            delay = retry.backoff_delay(
                attempt, failure, initial_s=cfg.backoff_initial_s, max_s=cfg.backoff_max_s, rng=self._rng
            )
            log.debug("teacher: %s; retry %d in %.2fs", failure.reason, attempt + 1, delay)
            if stop.wait(delay):
                raise _Cancelled
            attempt += 1
        self.cache.put(key, request, response)
        usage = response["usage"]
        self.ledger.record_usage(
            usage["prompt_tokens"], usage["completion_tokens"], actual_usd(usage, self.config)
        )
        return to_reply(key, response, cached=False)

    def _post(self, request: dict[str, Any]) -> dict[str, Any]:
        """One HTTP attempt through the official client; returns the parsed response dict."""
        kwargs = {k: v for k, v in request.items() if v is not None}
        raw = self._client.chat.completions.with_raw_response.create(**kwargs)
        try:
            body = raw.http_response.json()
        except ValueError as exc:
            raise MalformedResponse(f"invalid JSON: {exc}") from None
        return parse_completion(body)

    def _budget_error(self, reason: str, replies: list[TeacherReply | None], hits: int) -> BudgetExceeded:
        done = sum(r is not None for r in replies)
        total = len(replies)
        message = (
            f"teacher budget reached: {reason}. {done} of {total} conversations answered "
            f"({hits} from the cache), {total - done} not sent; the answered ones are "
            "cached. To continue, raise teacher_client.max_usd (or teacher_client.max_requests) and re-run: "
            "cached responses are not paid again."
        )
        return BudgetExceeded(message, done=done, total=total, replies=replies)
