"""The response cache: keys, location, layout, atomic writes under concurrency, corrupt entries."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pdistill.teacher import ResponseCache, Teacher, default_cache_dir, request_hash
from pdistill.teacher.cache import canonical_request

from .conftest import ROOT, conversations, entries, temp_files

MESSAGES = [{"role": "user", "content": "fix me"}]


def response(text: str = "```python\npass\n```") -> dict:
    usage = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
    return {"id": "x", "model": "m", "contents": [text], "finish_reasons": ["stop"], "usage": usage}


def test_key_covers_model_messages_and_sampling(make_config):
    base = make_config()
    key = request_hash(canonical_request(base.model, MESSAGES, base.sampling()))
    assert len(key) == 64
    # Same request built differently (dict order, 0 vs 0.0) -> same key.
    same = make_config(temperature=0, top_p=1)
    reordered = dict(reversed(list(canonical_request(same.model, MESSAGES, same.sampling()).items())))
    assert request_hash(reordered) == key
    for change in ({"model": "other"}, {"temperature": 0.7}, {"top_p": 0.9}, {"max_tokens": 7}, {"seed": 1}):
        other = make_config(**change)
        assert request_hash(canonical_request(other.model, MESSAGES, other.sampling())) != key, change
    other = make_config(n=2)
    assert request_hash(canonical_request(other.model, MESSAGES, other.sampling())) != key
    changed = [{"role": "user", "content": "fix me!"}]
    assert request_hash(canonical_request(base.model, changed, base.sampling())) != key


def test_default_location(tmp_path, monkeypatch):
    assert default_cache_dir({"PDISTILL_CACHE_DIR": "/srv/c"}) == Path("/srv/c/teacher")
    assert default_cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/pdistill/teacher")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_cache_dir({}) == tmp_path / ".cache" / "pdistill" / "teacher"
    monkeypatch.chdir(tmp_path)
    assert default_cache_dir({"PDISTILL_CACHE_DIR": "rel"}) == tmp_path / "rel" / "teacher"  # made absolute
    assert ResponseCache().root == Path(str(tmp_path / "pdistill-cache")) / "teacher"


def test_layout_and_round_trip(cache):
    key = request_hash({"anything": 1})
    path = cache.put(key, {"anything": 1}, response())
    assert path == cache.root / key[:2] / f"{key}.json"
    assert cache.get(key) == response()
    assert key in cache and request_hash({"other": 1}) not in cache
    entry = json.loads(path.read_text())
    assert entry["request"] == {"anything": 1} and entry["key"] == key
    assert not temp_files(cache)


def test_refuses_to_store_an_incomplete_response(cache):
    with pytest.raises(ValueError):
        cache.put(request_hash({}), {}, {"contents": []})
    assert entries(cache) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated by hand
        lambda data: b"",
        lambda data: b"[]",
        lambda data: data.replace(b'"contents"', b'"kontents"'),
        lambda data: b"\xff\xfe not UTF-8",
    ],
)
def test_corrupt_entry_is_a_miss_with_a_warning_and_is_overwritten(
    server, make_config, cache, caplog, damage
):
    convs = conversations(2)
    with Teacher(make_config(), cache) as teacher:
        first = teacher.chat_many(convs)
    victim = cache.path(first[0].request_hash)
    victim.write_bytes(damage(victim.read_bytes()))
    server.reset()
    with (
        caplog.at_level(logging.WARNING, logger="pdistill.teacher"),
        Teacher(make_config(), cache) as teacher,
    ):
        again = teacher.chat_many(convs)
    assert any(str(victim) in r.getMessage() for r in caplog.records)
    assert server.total == 1  # only the damaged one was asked again
    assert [r.cached for r in again] == [False, True]
    assert again[0].contents == first[0].contents
    assert cache.get(first[0].request_hash) is not None  # repaired


def test_threads_writing_same_and_different_keys(cache):
    shared = [request_hash({"shared": i}) for i in range(5)]
    errors: list[BaseException] = []

    def writer(w: int) -> None:
        try:
            for round_ in range(20):
                for i, key in enumerate(shared):
                    cache.put(key, {"shared": i}, response(f"w{w} r{round_}"))
                cache.put(request_hash({"own": w, "r": round_}), {}, response())
        except BaseException as exc:  # reported below
            errors.append(exc)

    def reader(stop: threading.Event) -> None:
        while not stop.is_set():
            for key in shared:
                if cache.path(key).exists() and cache.get(key) is None:
                    errors.append(AssertionError(f"a reader saw a partial entry for {key}"))

    stop = threading.Event()
    watcher = threading.Thread(target=reader, args=(stop,))
    watcher.start()
    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    watcher.join()
    assert not errors
    assert len(entries(cache)) == 5 + 8 * 20 and not temp_files(cache)
    assert all(cache.get(p.stem) is not None for p in entries(cache))


WRITER = """
import sys
from pdistill.teacher.cache import ResponseCache, request_hash
cache, who = ResponseCache(sys.argv[1]), sys.argv[2]
usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
for r in range(50):
    pairs = [(request_hash({"shared": r % 10}), who * 5000), (request_hash({"own": who, "r": r}), who)]
    for key, text in pairs:
        response = {"id": who, "model": "m", "contents": [text], "finish_reasons": [None], "usage": usage}
        cache.put(key, {}, response)
"""


def test_two_processes_writing_same_and_different_keys(tmp_path):
    root = tmp_path / "shared-cache"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(root), who], cwd=ROOT, stderr=subprocess.PIPE)
        for who in ("a", "b")
    ]
    cache = ResponseCache(root)
    shared = [request_hash({"shared": i}) for i in range(10)]
    reads = 0
    while any(p.poll() is None for p in procs):
        for key in shared:
            if cache.path(key).exists():
                got = cache.get(key)
                assert got is not None, f"partial entry seen: {key}"
                assert got["contents"][0] == got["id"] * 5000
                reads += 1
        time.sleep(0.002)
    assert reads > 0  # the reader did overlap the writers
    for p in procs:
        assert p.wait() == 0, p.stderr.read().decode() if p.stderr else ""
    assert len(entries(cache)) == 10 + 2 * 50 and not temp_files(cache)
    assert all(cache.get(p.stem) is not None for p in entries(cache))
