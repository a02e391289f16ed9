"""The ledger and the budget guard: stop before exceeding, keep what finished, continue on re-run."""

from __future__ import annotations

import dataclasses
import json
import logging
import math

import pytest

from pdistill.teacher import BudgetExceeded, Ledger, Teacher, TeacherError, estimate
from pdistill.teacher.budget import worst_case_usd

from .conftest import conversations, entries

# $0.001 a prompt token, $0.002 a completion token: a request here costs a few cents.
PRICES = {"fake-model": {"prompt_usd_per_1m": 1000.0, "completion_usd_per_1m": 2000.0}}


def test_ledger_counts_tokens_and_cost(server, make_config, cache, tmp_path):
    config = make_config(prices=PRICES)
    server.add_faults(["500"], match="<task-1>")
    with Teacher(config, cache) as teacher:
        replies = teacher.chat_many(conversations(3))
    prompt = sum(r.usage["prompt_tokens"] for r in replies)
    completion = sum(r.usage["completion_tokens"] for r in replies)
    metrics = teacher.ledger.to_metrics()
    assert metrics == {
        "requests": 3,
        "attempts": 4,
        "retries": 1,
        "failures": 0,
        "cache_hits": 0,
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "usd": round(prompt * 0.001 + completion * 0.002, 6),
    }
    teacher.ledger.write(tmp_path / "teacher.json")
    assert json.loads((tmp_path / "teacher.json").read_text()) == metrics
    with Teacher(config, cache) as again:
        again.chat_many(conversations(3))
    assert again.ledger.to_metrics()["cache_hits"] == 3 and again.ledger.usd == 0


def test_max_requests_stops_before_exceeding_and_rerun_sends_only_the_rest(server, make_config, cache):
    convs = conversations(5)
    config = make_config(max_requests=3, max_concurrency=2)
    with Teacher(config, cache) as teacher, pytest.raises(BudgetExceeded) as info:
        teacher.chat_many(convs)
    error = info.value
    assert server.total == 3 and len(entries(cache)) == 3
    assert (error.done, error.total) == (3, 5)
    assert [r is not None for r in error.replies] == [True, True, True, False, False]
    assert "teacher_client.max_requests = 3" in str(error) and "3 of 5 conversations answered" in str(error)
    assert "cached responses are not paid again" in str(error)
    with Teacher(make_config(max_requests=10), cache) as teacher:
        replies = teacher.chat_many(convs)
    assert server.total == 5 and max(server.counts_by_body().values()) == 1
    assert [r.cached for r in replies] == [True, True, True, False, False]
    assert teacher.ledger.requests == 2 and teacher.ledger.cache_hits == 3


def test_retries_do_not_count_as_requests(server, make_config, cache):
    server.add_faults(["500", "503"], match="<task-0>")
    with Teacher(make_config(max_requests=2), cache) as teacher:
        teacher.chat_many(conversations(2))
    assert server.total == 4 and teacher.ledger.requests == 2


@pytest.mark.parametrize("concurrency", [1, 4])
def test_max_usd_stops_before_exceeding_and_rerun_continues(server, make_config, cache, concurrency):
    convs = conversations(12)
    config = make_config(prices=PRICES, max_tokens=40, max_concurrency=concurrency)
    max_usd = 4.5 * worst_case_usd(convs[0], config)
    config = dataclasses.replace(config, max_usd=max_usd)
    with Teacher(config, cache) as teacher, pytest.raises(BudgetExceeded) as info:
        teacher.chat_many(convs)
    done = info.value.done
    assert teacher.ledger.usd <= max_usd
    assert 4 <= done < 12 and server.total == done and len(entries(cache)) == done
    assert f"would exceed teacher_client.max_usd = ${max_usd:g}" in str(info.value)
    assert "raise teacher_client.max_usd" in str(info.value)
    with Teacher(dataclasses.replace(config, max_usd=100.0), cache) as teacher:
        replies = teacher.chat_many(convs)
    assert server.total == 12 and max(server.counts_by_body().values()) == 1
    assert sum(r.cached for r in replies) == done


def test_cache_hits_are_never_blocked_by_the_budget(server, make_config, cache):
    convs = conversations(4)
    with Teacher(make_config(), cache) as teacher:
        teacher.chat_many(convs)
    server.reset()
    frozen = make_config(prices=PRICES, max_usd=0.0, max_requests=0)
    with Teacher(frozen, cache) as teacher:
        assert all(r.cached for r in teacher.chat_many(convs))
    assert server.total == 0
    with Teacher(frozen, cache) as teacher, pytest.raises(BudgetExceeded, match="4 of 5"):
        teacher.chat_many(conversations(5))
    assert server.total == 0


def test_max_usd_without_a_price_fails_before_any_request(server, make_config, cache):
    with pytest.raises(TeacherError, match=r"teacher\.prices has no entry for model 'fake-model'"):
        Teacher(make_config(max_usd=1.0), cache)
    assert server.total == 0


def test_unpriced_model_costs_zero_with_one_warning(server, make_config, cache, caplog):
    with (
        caplog.at_level(logging.WARNING, logger="pdistill.teacher"),
        Teacher(make_config(), cache) as teacher,
    ):
        teacher.chat_many(conversations(3))
        teacher.chat_many(conversations(3, tag="more"))
    warnings = [r for r in caplog.records if "no entry for model 'fake-model'" in r.getMessage()]
    assert len(warnings) == 1
    assert teacher.ledger.usd == 0 and teacher.ledger.requests == 6


def test_shared_ledger_budget_spans_calls(server, make_config, cache):
    ledger = Ledger()
    with Teacher(make_config(max_requests=4), cache, ledger) as teacher:
        teacher.chat_many(conversations(3))
        with pytest.raises(BudgetExceeded):
            teacher.chat_many(conversations(3, tag="round2"))
    assert ledger.requests == 4 and server.total == 4


def test_estimate_excludes_cache_hits_and_duplicates(server, make_config, cache):
    config = make_config(prices=PRICES, max_tokens=100, n=2)
    convs = conversations(5)
    with Teacher(config, cache) as teacher:
        teacher.chat_many(convs[:2])
    ask = [*convs, convs[4]]
    result = estimate(ask, config, cache)
    prompt = sum(math.ceil(sum(len(m["content"]) for m in c) / 3) for c in convs[2:])
    assert result == {
        "model": "fake-model",
        "conversations": 6,
        "distinct": 5,
        "cache_hits": 2,
        "requests": 3,
        "prompt_tokens": prompt,
        "completion_tokens": 3 * 100 * 2,
        "usd": round(prompt * 0.001 + 600 * 0.002, 6),
        "priced": True,
    }
    assert estimate([], config, cache)["requests"] == 0
