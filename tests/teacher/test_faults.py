"""Faults injected by the loopback server: which are retried, which stop the run, and what is cached."""

from __future__ import annotations

import time

import pytest

from pdistill.teacher import Teacher, TeacherRequestError, request_hash

from .conftest import conversations, entries, temp_files

RETRYABLE = ["500", "503", "429:0", "drop", "malformed", "slow:1"]


@pytest.mark.parametrize("fault", RETRYABLE)
def test_retryable_fault_is_retried_and_run_finishes(server, make_config, cache, fault):
    convs = conversations(3)
    server.add_faults([fault, fault], match="<task-1>")
    with Teacher(make_config(timeout_s=0.3), cache) as teacher:
        replies = teacher.chat_many(convs)
    assert [r.cached for r in replies] == [False] * 3
    assert all("```python" in r.content for r in replies)
    assert len(server.matching("<task-1>")) == 3  # two faulted attempts, then the success
    assert teacher.ledger.retries == 2 and teacher.ledger.attempts == 5 and teacher.ledger.requests == 3
    assert len(entries(cache)) == 3 and not temp_files(cache)
    # The cached answer is the good one, not the fault: a re-run reads it and sends nothing.
    server.reset()
    with Teacher(make_config(), cache) as again:
        assert [r.contents for r in again.chat_many(convs)] == [r.contents for r in replies]
    assert server.total == 0


def test_retry_after_is_honoured(server, make_config, cache):
    server.add_faults(["429:0.4"], match="<task-0>")
    with Teacher(make_config(backoff_max_s=5.0), cache) as teacher:
        teacher.chat_many(conversations(1))
    first, second = server.matching("<task-0>")
    assert first.fault == "429" and second.fault is None
    assert 0.4 - 0.02 <= second.t - first.t < 0.4 + 1.0  # waited as told, not a long backoff


def test_retry_after_is_capped_at_backoff_max(server, make_config, cache):
    server.add_faults(["429:30"], match="<task-0>")
    with Teacher(make_config(backoff_max_s=0.2), cache) as teacher:
        teacher.chat_many(conversations(1))
    first, second = server.matching("<task-0>")
    assert 0.2 - 0.02 <= second.t - first.t < 1.0


def test_slow_reply_times_out_per_request(server, make_config, cache):
    server.add_faults(["slow:3"], match="<task-0>")
    start = time.monotonic()
    with Teacher(make_config(timeout_s=0.25), cache) as teacher:
        teacher.chat_many(conversations(1))
    assert time.monotonic() - start < 2.5  # gave up on the slow reply after timeout_s
    assert [r.fault for r in server.matching("<task-0>")] == ["slow", None]


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("401", "teacher request rejected (401 Unauthorized) by {url}: check OPENAI_API_KEY"),
        (
            "400",
            "teacher request rejected (400 Bad Request) by {url} [server said: fake server: Bad Request]",
        ),
        ("404", "teacher request rejected (404 Not Found) by {url}: check teacher.model ('fake-model')"),
    ],
)
def test_client_errors_stop_the_run_without_retry(server, make_config, cache, fault, expected):
    convs = conversations(6)
    server.add_faults([fault], match="<task-2>")
    with (
        Teacher(make_config(max_concurrency=1), cache) as teacher,
        pytest.raises(TeacherRequestError) as info,
    ):
        teacher.chat_many(convs)
    assert str(info.value).startswith(expected.format(url=server.base_url))
    assert len(server.matching("<task-2>")) == 1  # not retried
    assert server.total == 3  # nothing sent after the rejection
    assert teacher.ledger.failures == 1 and teacher.ledger.retries == 0
    finished = {request_hash(teacher.request_for(c)) for c in convs[:2]}
    assert {p.stem for p in entries(cache)} == finished  # kept; the rejected one is not stored
    assert teacher.chat_many(convs[:2])[0].cached


def test_wrong_key_is_a_401_naming_the_variable(make_config, cache, monkeypatch):
    from tests.fakes.openai_server import FakeOpenAIServer

    monkeypatch.setenv("TEACHER_KEY", "sk-wrong")
    with FakeOpenAIServer(api_key="sk-right") as strict:
        config = make_config(base_url=strict.base_url, api_key_env="TEACHER_KEY")
        with Teacher(config, cache) as teacher, pytest.raises(TeacherRequestError, match="check TEACHER_KEY"):
            teacher.chat_many(conversations(2))
        monkeypatch.setenv("TEACHER_KEY", "sk-right")
        with Teacher(config, cache) as teacher:
            assert len(teacher.chat_many(conversations(2))) == 2
    assert len(entries(cache)) == 2


def test_retries_exhausted_stops_with_a_clear_error(server, make_config, cache):
    server.add_faults(["503"] * 3, match="<task-0>")
    with Teacher(make_config(max_retries=2), cache) as teacher, pytest.raises(TeacherRequestError) as info:
        teacher.chat_many(conversations(1))
    message = str(info.value)
    assert (
        f"teacher request to {server.base_url} failed 3 times, last with 503 Service Unavailable" in message
    )
    assert "re-running continues" in message
    assert len(server.matching("<task-0>")) == 3
    assert entries(cache) == [] and not temp_files(cache)


def test_a_failure_cancels_other_requests_waiting_to_retry(server, make_config, cache):
    server.add_faults(["401"], match="<task-0>")
    server.add_faults(["429:5"], match="<task-1>")
    start = time.monotonic()
    with Teacher(make_config(backoff_max_s=5.0), cache) as teacher, pytest.raises(TeacherRequestError):
        teacher.chat_many(conversations(2))
    assert time.monotonic() - start < 4.0  # task-1 did not sit out its 5 s Retry-After
    assert len(server.matching("<task-1>")) == 1


@pytest.mark.parametrize(("fault", "content"), [("no_code", "I am sorry"), ("empty", ""), ("null", "")])
def test_replies_without_code_are_returned_as_is(server, make_config, cache, fault, content):
    server.add_faults([fault], match="<task-0>")
    with Teacher(make_config(), cache) as teacher:
        reply = teacher.chat_many(conversations(1))[0]
    assert reply.content.startswith(content) and "```" not in reply.content
    assert server.total == 1 and teacher.ledger.retries == 0
    assert len(entries(cache)) == 1
