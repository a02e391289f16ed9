"""The data-collection half of the pipeline through the real `dvc` CLI: student attempts, execution,
teacher refinements over HTTP, direct solutions; crash-resume without paying twice; stage granularity."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from tests.pipeline.conftest import ANSWERS, BIN, Teacher, make_workspace

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")
STAGES = (
    "prepare",
    "check_references",
    "attempt",
    "execute",
    "refine",
    "solve",
    *(f"build_sft@{v}" for v in VARIANTS),
)


def _jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def _ran(output: str) -> set[str]:
    return {s for s in STAGES if f"Running stage '{s}'" in output}


def test_repro_collects_personalised_data(tmp_path: Path, tiny_student: Path, teacher: Teacher):
    ws = make_workspace(tmp_path / "ws", tiny_student, teacher.base_url, tmp_path / "cache")
    out = ws.dvc("repro", "execute").stdout
    n_failed = sum(r["status"] != "passed" for r in _jsonl(ws.read("data/attempt/results.jsonl")))
    estimate = ws.run(str(BIN / "pdistill"), "teacher", "estimate").stdout
    assert f"requests to send   {n_failed}\n" in estimate and "cached (free)      0\n" in estimate
    assert teacher.stats()["total"] == 0  # estimating sends nothing
    out += ws.dvc("repro").stdout
    assert _ran(out) == set(STAGES)
    samples = _jsonl(ws.read("data/attempt/samples.jsonl"))
    assert [s["task_id"] for s in samples] == [
        f"t/{n}" for n in ("add", "double", "last", "shout", "evens", "size")
    ]
    assert all(s["model"] and s["params_hash"] and s["code"] for s in samples)
    results = _jsonl(ws.read("data/attempt/results.jsonl"))
    attempt = json.loads(ws.read("metrics/attempt.json"))
    failed = [r for r in results if r["status"] != "passed"]
    assert attempt["samples"] == 6 and attempt["samples"] - attempt["samples_passed"] == len(failed)
    refinements = _jsonl(ws.read("data/refine/refinements.jsonl"))
    assert [r["task_id"] for r in refinements] == [r["task_id"] for r in failed]  # one per failed task
    answered = {f"t/{marker[4:-1]}" for marker in ANSWERS}
    for r in refinements:
        assert r["kept"] == (r["task_id"] in answered), r
        assert r["feedback"] and r["attempt_hash"] and len(r["request_hash"]) == 64
        assert r["teacher_model"] == "fake-teacher"
        assert r["status"] == ("passed" if r["kept"] else r["status"])
    metrics = json.loads(ws.read("metrics/refine.json"))
    assert metrics["kept"] == len([r for r in refinements if r["kept"]])
    assert metrics["teacher"]["run"]["requests"] == len(refinements)
    solutions = _jsonl(ws.read("data/solve/solutions.jsonl"))
    assert {s["task_id"] for s in solutions if s["kept"]} == answered
    assert teacher.stats()["total"] == len(refinements) + len(solutions)
    sft = {v: _jsonl(ws.read(f"data/sft/{v}.jsonl")) for v in VARIANTS}
    kept = [r for r in refinements if r["kept"]]
    assert len(sft["stand"]) == len([s for s in solutions if s["kept"]])
    assert [e["meta"]["task_id"] for e in sft["persd"]] == [r["task_id"] for r in kept]
    assert [e["meta"]["request_hash"] for e in sft["persd"]] == [r["request_hash"] for r in kept]
    assert {e["meta"]["task_id"] for e in sft["inpd"]} == {r["task_id"] for r in kept} & answered
    assert len(sft["persd_combined"]) == len(sft["persd"]) + len(sft["persd_refine"])
    first = sft["persd_refine"][0]
    assert first["prompt"][0]["role"] == "user" and "previous attempt" in first["prompt"][0]["content"]
    assert first["completion"][0]["content"].startswith("```python\n")
    assert json.loads(ws.read("metrics/sft/persd.json"))["examples"] == len(kept)
    estimate = ws.run(str(BIN / "pdistill"), "teacher", "estimate").stdout
    assert "requests to send   0\n" in estimate and f"cached (free)      {n_failed}\n" in estimate
    # Nothing changed: nothing runs, nothing is sent.
    before = teacher.stats()["total"]
    assert _ran(ws.dvc("repro").stdout) == set()
    assert teacher.stats()["total"] == before


def test_changes_rerun_only_what_they_affect(tmp_path: Path, tiny_student: Path, teacher: Teacher):
    ws = make_workspace(tmp_path / "ws", tiny_student, teacher.base_url, tmp_path / "cache")
    ws.dvc("repro")
    ws.run("git", "add", "-A")
    ws.run("git", "commit", "-qm", "pipeline ran")
    sft = {f"build_sft@{v}" for v in VARIANTS}
    student_side = {"prepare", "check_references", "attempt", "execute"}
    # An experiment on a param downstream of refine: only build_sft runs, zero teacher requests.
    sent = teacher.stats()["total"]
    out = ws.dvc("exp", "run", "-S", "sft.max_length=900").stdout
    assert _ran(out) == sft
    assert teacher.stats()["total"] == sent
    assert "sft.max_length" in ws.dvc("params", "diff").stdout
    # The refinement prompt: refine and what follows it re-run; nothing before it, and not solve.
    prompt = ws.path / "prompts" / "refine.txt"
    prompt.write_text(prompt.read_text() + "\nBe brief.\n")
    ran = _ran(ws.dvc("repro").stdout)
    assert "refine" in ran and not ran & (student_side | {"solve"})
    assert teacher.stats()["total"] > sent  # a new prompt is a new request
    # A teacher sampling param: refine and solve re-run, the student's stages do not.
    ws.params(teacher={"temperature": 0.5})
    ran = _ran(ws.dvc("repro").stdout)
    assert {"refine", "solve"} <= ran and not ran & student_side
    # A teacher param that cannot change an answer (concurrency): nothing re-runs.
    ws.params(teacher={"max_concurrency": 2})
    assert _ran(ws.dvc("repro").stdout) == set()
    # A student param: the student's attempts and everything after them.
    ws.params(student={"max_new_tokens": 9})
    assert "attempt" in _ran(ws.dvc("repro").stdout)


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
