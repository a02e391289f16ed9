"""The model cache: its folder, sha256 stamps (trusted until the file changes), `is_cached`, file locks."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path

import pytest

from pdistill.models.cache import (
    cache_dir,
    cached_path,
    file_lock,
    file_sha256,
    is_cached,
    models_cache_dir,
    stamp_path,
    verified_sha256,
    write_stamp,
)
from pdistill.models.registry import ModelSpec, Part

DATA = b"GGUF" + bytes(range(256)) * 10


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDISTILL_CACHE_DIR", str(tmp_path / "cache"))


def _spec(data: bytes = DATA) -> ModelSpec:
    return ModelSpec(
        name="cached-model",
        parts=(Part("cached-model", "1.0", "cached_model/model.gguf"),),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        license="test",
        role="test",
        description="a fake model",
    )


def test_cache_dir_follows_the_teacher_cache_convention(monkeypatch, tmp_path):
    monkeypatch.delenv("PDISTILL_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert models_cache_dir() == tmp_path / "xdg" / "pdistill" / "models"
    assert models_cache_dir({"PDISTILL_CACHE_DIR": "/x/y"}) == Path("/x/y/models")
    assert cache_dir() == models_cache_dir()


def test_an_explicit_root_is_made_absolute(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert cache_dir("here") == tmp_path / "here"
    assert cached_path(_spec(), "here") == tmp_path / "here" / "cached-model.gguf"
    assert cached_path(_spec()) == tmp_path / "cache" / "models" / "cached-model.gguf"


def test_a_matching_stamp_is_trusted_and_a_stale_one_is_not(tmp_path):
    path = tmp_path / "m.gguf"
    path.write_bytes(DATA)
    real = hashlib.sha256(DATA).hexdigest()
    assert file_sha256(path) == real
    write_stamp(path, "0" * 64)  # vouches for the current size and mtime, whatever the content
    assert verified_sha256(path) == "0" * 64
    assert verified_sha256(path, rehash=True) == real
    assert json.loads(stamp_path(path).read_text())["sha256"] == real  # the re-hash was recorded

    path.write_bytes(DATA[::-1])
    os.utime(path, ns=(1, 1))  # a different mtime: the stamp no longer matches
    assert verified_sha256(path) == hashlib.sha256(DATA[::-1]).hexdigest()


def test_stamp_false_never_writes_a_stamp(tmp_path):
    path = tmp_path / "user.gguf"
    path.write_bytes(DATA)
    assert verified_sha256(path, stamp=False) == hashlib.sha256(DATA).hexdigest()
    assert not stamp_path(path).exists()
    stamp_path(path).write_text('{"sha256": "x", "size": 1, "mtime_ns": 1}')  # stale
    verified_sha256(path, stamp=False)
    assert json.loads(stamp_path(path).read_text())["sha256"] == "x"


def test_a_missing_file_has_no_sha256(tmp_path):
    assert verified_sha256(tmp_path / "nothing.gguf") is None


def test_is_cached_checks_size_and_sha256():
    spec = _spec()
    assert not is_cached(spec)
    path = cached_path(spec)
    path.parent.mkdir(parents=True)
    path.write_bytes(DATA[:-1])
    assert not is_cached(spec)
    path.write_bytes(DATA)
    assert is_cached(spec) and is_cached(spec, verify=True)
    assert stamp_path(path).is_file()


def test_a_second_holder_of_a_file_lock_waits(tmp_path):
    lock = tmp_path / "locks" / ".x.lock"
    messages: list[str] = []
    order: list[str] = []

    def second() -> None:
        with file_lock(lock, "pull of x", messages.append):
            order.append("second")

    with file_lock(lock, "pull of x"):
        thread = threading.Thread(target=second)
        thread.start()
        deadline = time.monotonic() + 10
        while not messages and time.monotonic() < deadline:
            time.sleep(0.01)
        order.append("first")
    thread.join(10)
    assert messages == ["waiting for another pull of x to finish …"]
    assert order == ["first", "second"]
