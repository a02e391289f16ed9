"""Teacher.chat_many: order, determinism, caching, the concurrency bound, and surviving a SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from pdistill.teacher import ResponseCache, Teacher, TeacherConfig, TeacherError, request_hash
from tests.fakes.openai_server import FakeOpenAIServer

from .conftest import ROOT, conversations, entries


def test_replies_follow_input_order_whatever_the_completion_order(server, make_config, tmp_path):
    convs = conversations(8)
    server.add_faults(["slow:0.3"], match="<task-0>")
    server.add_faults(["slow:0.15"], match="<task-1>")
    with Teacher(make_config(max_concurrency=8), ResponseCache(tmp_path / "a")) as teacher:
        first = teacher.chat_many(convs)
    assert [f"<task-{i}>" in r.content for i, r in enumerate(first)] == [True] * 8
    # Another cache, other completion order (now the last ones are slow): the very same list.
    server.add_faults(["slow:0.3"], match="<task-7>")
    with Teacher(make_config(max_concurrency=8), ResponseCache(tmp_path / "b")) as teacher:
        second = teacher.chat_many(convs)
    assert [r.contents for r in second] == [r.contents for r in first]
    assert [r.request_hash for r in second] == [r.request_hash for r in first]


def test_second_run_sends_nothing(server, make_config, cache):
    convs = conversations(6)
    with Teacher(make_config(), cache) as teacher:
        first = teacher.chat_many(convs)
    assert server.total == 6 and not any(r.cached for r in first)
    with Teacher(make_config(), cache) as teacher:
        second = teacher.chat_many(convs)
    assert server.total == 6 and all(r.cached for r in second)
    assert [r.contents for r in second] == [r.contents for r in first]
    assert [r.usage for r in second] == [r.usage for r in first]


def test_reply_fields_and_cache_entry(server, make_config, cache):
    convs = conversations(1)
    with Teacher(make_config(n=3), cache) as teacher:
        reply = teacher.chat_many(convs)[0]
        assert reply.request_hash == request_hash(teacher.request_for(convs[0]))
    body = server.requests[0].body
    assert (
        body["n"] == 3 and body["seed"] == 0 and body["max_tokens"] == 768 and body["model"] == "fake-model"
    )
    assert len(reply.contents) == 3 and len(set(reply.contents)) == 3 and reply.content == reply.contents[0]
    assert reply.finish_reasons == ("stop",) * 3 and reply.model == "fake-model" and not reply.cached
    assert reply.usage["total_tokens"] == reply.usage["prompt_tokens"] + reply.usage["completion_tokens"] > 0
    [path] = entries(cache)
    assert path.stem == reply.request_hash and path.parent.name == reply.request_hash[:2]
    assert json.loads(path.read_text())["request"]["messages"] == convs[0]


def test_duplicate_conversations_are_sent_once(server, make_config, cache):
    a, b = conversations(2)
    with Teacher(make_config(), cache) as teacher:
        replies = teacher.chat_many([a, b, a, a])
    assert server.total == 2 and teacher.ledger.requests == 2
    assert replies[0] == replies[2] == replies[3] != replies[1]
    assert teacher.chat_many([]) == []


@pytest.mark.parametrize("limit", [1, 3])
def test_requests_in_flight_never_exceed_max_concurrency(make_config, cache, limit):
    with FakeOpenAIServer(latency_s=0.05) as slow:
        config = make_config(base_url=slow.base_url, max_concurrency=limit)
        with Teacher(config, cache) as teacher:
            teacher.chat_many(conversations(15))
        assert slow.max_in_flight == limit  # reached, never exceeded
        assert slow.total == 15


KILLED_RUN = """
import sys
from pdistill.teacher import ResponseCache, Teacher, TeacherConfig
config = TeacherConfig.from_params({"base_url": sys.argv[1], "model": "m", "max_concurrency": 2})
convs = [[{"role": "user", "content": f"<task-{i}> fix"}] for i in range(int(sys.argv[3]))]
Teacher(config, ResponseCache(sys.argv[2])).chat_many(convs)
"""


def _stats(base_url: str) -> dict:
    with urllib.request.urlopen(base_url.removesuffix("/v1") + "/_stats", timeout=5) as reply:
        return json.load(reply)


def test_sigkill_mid_run_loses_at_most_the_requests_in_flight(tmp_path):
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.openai_server", "--port", "0", "--latency", "0.05"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().split()[-1]
        cache, total = ResponseCache(tmp_path / "cache"), 60
        run = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(KILLED_RUN), base_url, str(cache.root), "60"]
        )
        deadline = time.monotonic() + 20
        while len(entries(cache)) < 8 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        sent_before = _stats(base_url)["total"]
        kept = entries(cache)
        assert 8 <= len(kept) < total
        assert all(cache.get(p.stem) is not None for p in kept)  # complete entries only
        assert sent_before - len(kept) <= 2  # at most max_concurrency requests were lost
        convs = [[{"role": "user", "content": f"<task-{i}> fix"}] for i in range(total)]
        config = TeacherConfig.from_params({"base_url": base_url, "model": "m", "max_concurrency": 4})
        with Teacher(config, cache) as teacher:
            replies = teacher.chat_many(convs)
        assert sum(r.cached for r in replies) == len(kept)
        assert _stats(base_url)["total"] - sent_before == total - len(kept)
        assert len(entries(cache)) == total
    finally:
        server.kill()
        server.wait()


def test_bad_conversations_are_rejected_before_any_request(server, make_config, cache):
    good = conversations(1)[0]
    with Teacher(make_config(), cache) as teacher, pytest.raises(TeacherError, match="conversation 1 is not"):
        teacher.chat_many([good, "fix this"])  # type: ignore[list-item]
    assert server.total == 0


def test_the_bar_shows_requests_and_tokens_per_second_off_a_terminal(
    server, make_config, cache, capsys, monkeypatch
):
    monkeypatch.delenv("PDISTILL_PROGRESS", raising=False)
    with Teacher(make_config(), cache) as teacher:
        teacher.chat_many(conversations(3), desc="refine")
    err = capsys.readouterr().err
    assert "refine: 3/3 request (100%)" in err and "request/s" in err and "tok/s" in err
    with Teacher(make_config(), cache) as teacher:
        teacher.chat_many(conversations(3), desc="refine", progress=False)
    assert capsys.readouterr().err == ""
