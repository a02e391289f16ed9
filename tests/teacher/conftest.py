"""Fixtures: a loopback OpenAI-compatible server, an isolated cache, and a config pointing at both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pdistill.teacher import ResponseCache, TeacherConfig
from tests.fakes.openai_server import FakeOpenAIServer

ROOT = Path(__file__).resolve().parents[2]

#: Small backoffs keep the whole suite fast; tests that time a wait set their own.
FAST = {
    "max_concurrency": 4,
    "timeout_s": 2.0,
    "max_retries": 3,
    "backoff_initial_s": 0.01,
    "backoff_max_s": 0.05,
}


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real ~/.cache: every test gets its own PDISTILL_CACHE_DIR."""
    monkeypatch.setenv("PDISTILL_CACHE_DIR", str(tmp_path / "pdistill-cache"))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    """A fresh loopback server for one test."""
    with FakeOpenAIServer() as fake:
        yield fake


@pytest.fixture
def cache() -> ResponseCache:
    """The default cache, i.e. `$PDISTILL_CACHE_DIR/teacher` of this test."""
    return ResponseCache()


@pytest.fixture
def make_config(server: FakeOpenAIServer) -> Callable[..., TeacherConfig]:
    """`make_config(**overrides)`: a fast config for the test's server."""

    def make(**overrides: Any) -> TeacherConfig:
        return TeacherConfig.from_params(
            {"base_url": server.base_url, "model": "fake-model", **FAST, **overrides}
        )

    return make


def conversations(n: int, tag: str = "task") -> list[list[dict[str, str]]]:
    """`n` distinct conversations; the user message of number i contains `<tag-i>` (a fault `match`)."""
    return [
        [
            {"role": "system", "content": "You fix Python code."},
            {"role": "user", "content": f"<{tag}-{i}> This code fails its tests; fix it:\n\ndef f(): pass\n"},
        ]
        for i in range(n)
    ]


def entries(cache: ResponseCache) -> list[Path]:
    """Every complete-looking entry file in the cache."""
    return sorted(cache.root.rglob("*.json")) if cache.root.exists() else []


def temp_files(cache: ResponseCache) -> list[Path]:
    """Leftover temporary files (there should be none after a clean run)."""
    return sorted(cache.root.rglob("*.tmp")) if cache.root.exists() else []
