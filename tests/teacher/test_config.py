"""TeacherConfig validation, local-endpoint detection and the API key."""

from __future__ import annotations

import dataclasses
import socket

import pytest

from pdistill.teacher import Price, Teacher, TeacherConfig, TeacherError, is_local_url, resolve_api_key
from pdistill.teacher.config import PLACEHOLDER_API_KEY
from tests.fakes.openai_server import FakeOpenAIServer

from .conftest import conversations

BASE = {"base_url": "https://api.openai.com/v1", "model": "gpt-4o-mini"}


def test_defaults_and_normalisation():
    prices = {"gpt-4o-mini": {"prompt_usd_per_1m": 0.15, "completion_usd_per_1m": 0.6}}
    config = TeacherConfig.from_params({**BASE, "temperature": 0, "prices": prices})
    assert config.api_key_env == "OPENAI_API_KEY" and config.max_retries == 6 and config.n == 1
    assert config.max_usd is None and config.max_requests is None
    assert isinstance(config.temperature, float)
    assert config.price() == Price(0.15, 0.6)
    assert config.sampling() == {"temperature": 0.0, "top_p": 1.0, "max_tokens": 768, "seed": 0, "n": 1}
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.model = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({**BASE, "temprature": 0.2, "nn": 1}, "teacher: unknown key(s) nn, temprature (known: base_url,"),
        ({"base_url": BASE["base_url"]}, "teacher: missing required key(s) model"),
        ({"model": "m", "base_url": None}, "teacher: missing required key(s) base_url"),
        ({**BASE, "base_url": "api.openai.com"}, "teacher.base_url must be an http(s) URL"),
        ({**BASE, "model": ""}, "teacher.model must be a non-empty string"),
        ({**BASE, "temperature": "hot"}, "teacher.temperature must be a number, got 'hot'"),
        ({**BASE, "temperature": -1}, "teacher.temperature must be >= 0, got -1"),
        ({**BASE, "top_p": 0}, "teacher.top_p must be > 0 and <= 1, got 0"),
        ({**BASE, "n": True}, "teacher.n must be an integer, got True"),
        ({**BASE, "max_tokens": 1.5}, "teacher.max_tokens must be an integer, got 1.5"),
        ({**BASE, "max_concurrency": 0}, "teacher_client.max_concurrency must be >= 1, got 0"),
        ({**BASE, "timeout_s": 0}, "teacher_client.timeout_s must be > 0, got 0"),
        (
            {**BASE, "backoff_initial_s": 2, "backoff_max_s": 1},
            "teacher_client.backoff_max_s must be >= 2, got 1",
        ),
        ({**BASE, "max_usd": -0.5}, "teacher_client.max_usd must be >= 0"),
        ({**BASE, "max_requests": "10"}, "teacher_client.max_requests must be an integer"),
        ({**BASE, "prices": {"m": {"prompt_usd_per_1m": 1}}}, "teacher.prices.m must have exactly the keys"),
        (
            {**BASE, "prices": {"m": {"prompt_usd_per_1m": 1, "completion_usd_per_1m": "x"}}},
            "teacher.prices.m.completion_usd_per_1m must be a number >= 0",
        ),
        ("teacher", "teacher: expected a mapping"),
    ],
)
def test_bad_params_are_named(params, message):
    with pytest.raises(TeacherError) as info:
        TeacherConfig.from_params(params)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:8000/v1", True),
        ("http://LOCALHOST/v1", True),
        ("http://127.0.0.1:11434/v1", True),
        ("http://127.8.9.10/v1", True),
        ("http://[::1]:8080/v1", True),
        ("https://api.openai.com/v1", False),
        ("http://10.0.0.5:8000/v1", False),
        ("http://0.0.0.0:8000/v1", False),
        ("http://localhost.example.com/v1", False),
        ("http://[::2]/v1", False),
    ],
)
def test_is_local_url(url, local):
    assert is_local_url(url) is local


def test_api_key_resolution():
    remote = TeacherConfig.from_params({**BASE, "api_key_env": "MY_KEY"})
    assert resolve_api_key(remote, {"MY_KEY": "sk-1"}) == "sk-1"
    with pytest.raises(TeacherError, match="set the environment variable MY_KEY"):
        resolve_api_key(remote, {"OPENAI_API_KEY": "sk-other"})
    local = dataclasses.replace(remote, base_url="http://127.0.0.1:8000/v1")
    assert resolve_api_key(local, {}) == PLACEHOLDER_API_KEY
    assert resolve_api_key(local, {"MY_KEY": "sk-2"}) == "sk-2"


def test_missing_key_for_a_non_local_endpoint_fails_before_any_request(make_config, cache, monkeypatch):
    # The machine's host name is not a literal loopback address, so it counts as remote and needs a key.
    host = socket.gethostname()
    with FakeOpenAIServer(api_key="sk-test") as server:
        config = make_config(base_url=f"http://{host}:{server.port}/v1", api_key_env="TEACHER_KEY")
        monkeypatch.delenv("TEACHER_KEY", raising=False)
        with pytest.raises(TeacherError, match="set the environment variable TEACHER_KEY"):
            Teacher(config, cache)
        assert server.total == 0
        if not socket.gethostbyname(host).startswith("127."):
            pytest.skip(f"{host} does not resolve to loopback; cannot reach the test server through it")
        monkeypatch.setenv("TEACHER_KEY", "sk-test")
        with Teacher(config, cache) as teacher:
            teacher.chat_many(conversations(1))
        assert [r.authorization for r in server.requests] == ["Bearer sk-test"]


def test_local_endpoint_gets_a_placeholder_key(server, make_config, cache):
    with Teacher(make_config(), cache) as teacher:
        teacher.chat_many(conversations(1))
    assert [r.authorization for r in server.requests] == [f"Bearer {PLACEHOLDER_API_KEY}"]
