"""The data-collection half of the pipeline through the real `dvc` CLI: the cost estimate before and
after the teacher is asked, and crash-resume of `refine` without paying twice (the whole pipeline and
its change granularity: test_e2e.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from tests.pipeline.conftest import ANSWERS, BIN, Teacher, make_workspace


def _jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def test_estimate_prices_the_refinements_before_and_after(
    tmp_path: Path, tiny_student: Path, teacher: Teacher
):
    ws = make_workspace(tmp_path / "ws", tiny_student, teacher.base_url, tmp_path / "cache")
    ws.dvc("repro", "execute")
    n_failed = sum(r["status"] != "passed" for r in _jsonl(ws.read("data/attempt/results.jsonl")))
    estimate = ws.run(str(BIN / "pdistill"), "teacher", "estimate").stdout
    assert f"requests to send   {n_failed}\n" in estimate and "cached (free)      0\n" in estimate
    assert teacher.stats()["total"] == 0  # estimating sends nothing
    ws.dvc("repro", "refine")
    assert teacher.stats()["total"] == n_failed
    refinements = _jsonl(ws.read("data/refine/refinements.jsonl"))
    answered = {f"t/{marker[4:-1]}" for marker in ANSWERS}
    for r in refinements:
        assert r["kept"] == (r["task_id"] in answered), r
        assert r["feedback"] and r["attempt_hash"] and len(r["request_hash"]) == 64
        assert r["teacher_model"] == "fake-teacher"
    metrics = json.loads(ws.read("metrics/refine.json"))
    assert metrics["kept"] == len([r for r in refinements if r["kept"]])
    assert metrics["teacher"]["run"]["requests"] == len(refinements)
    estimate = ws.run(str(BIN / "pdistill"), "teacher", "estimate").stdout
    assert "requests to send   0\n" in estimate and f"cached (free)      {n_failed}\n" in estimate


def test_killed_refine_resumes_without_paying_twice(tmp_path: Path, tiny_student: Path):
    slow = Teacher(tmp_path, latency=0.4)
    try:
        ws = make_workspace(tmp_path / "ws", tiny_student, slow.base_url, tmp_path / "cache")
        ws.dvc("repro", "execute")
        failed = sum(r["status"] != "passed" for r in _jsonl(ws.read("data/attempt/results.jsonl")))
        assert failed >= 3, "the tiny student should fail most tasks"
        proc = subprocess.Popen(
            [str(Path(ws.env["PATH"].split(":")[0]) / "dvc"), "repro", "refine"],
            cwd=ws.path,
            env=ws.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while slow.stats()["total"] < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)  # dvc and the stage under it, mid-run
        proc.wait()
        at_kill = slow.stats()
        assert 2 <= at_kill["total"] < failed
        ws.dvc("repro", "refine")
        after = slow.stats()
        assert after["distinct"] == failed  # every refinement asked for exactly once...
        assert after["total"] - after["distinct"] <= 1  # ...but the one in flight when killed (concurrency 1)
        interrupted = ws.read("data/refine/refinements.jsonl")
    finally:
        slow.stop()
    (tmp_path / "fresh").mkdir()
    fresh_teacher = Teacher(tmp_path / "fresh", latency=0.0)
    try:
        fresh = make_workspace(tmp_path / "ws2", tiny_student, fresh_teacher.base_url, tmp_path / "cache2")
        fresh.dvc("repro", "refine")
        assert fresh.read("data/refine/refinements.jsonl") == interrupted  # byte-identical
    finally:
        fresh_teacher.stop()
