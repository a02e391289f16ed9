"""Order, determinism, isolation between samples, and the pool's own robustness."""

from __future__ import annotations

from pdistill.execution import Limits, SandboxPool, execute_samples

TASK = {"t": {"test": "assert f() == 1\n", "entry_point": "f"}}


def _samples(codes: list[str]) -> list[dict]:
    return [{"task_id": "t", "sample_id": i, "code": c} for i, c in enumerate(codes)]


def test_output_order_is_input_order_whatever_the_worker_count():
    codes = []
    for i in range(12):  # uneven durations so workers finish out of order
        delay = 0.15 if i % 3 == 0 else 0.0
        codes.append(f"import time\ntime.sleep({delay})\ndef f():\n    return {1 if i % 2 else 2}\n")
    by_workers = {}
    for workers in (1, 3):
        with SandboxPool(workers=workers) as pool:
            results, seconds = execute_samples(TASK, _samples(codes), Limits(), pool=pool, progress=False)
        by_workers[workers] = results
        assert [r["sample_id"] for r in results] == list(range(12))
        assert len(seconds) == 12 and all(s > 0 for s in seconds)
    assert by_workers[1] == by_workers[3]
    assert [r["status"] for r in by_workers[1]] == ["failed" if i % 2 == 0 else "passed" for i in range(12)]


def test_no_state_leaks_between_samples():
    poison = (
        "import math, builtins, sys\nmath.pi = 3\nbuiltins.LEAK = 1\nsys.modules['json'] = None\n"
        "def f():\n    return 1\n"
    )
    probe = (
        "import math, builtins, json\n"
        "def f():\n    return 1 if math.pi > 3.14 and not hasattr(builtins, 'LEAK') else 0\n"
    )
    with SandboxPool(workers=1) as pool:  # same worker, one after the other
        results, _ = execute_samples(
            TASK, _samples([poison, probe, probe]), Limits(), pool=pool, progress=False
        )
    assert [r["status"] for r in results] == ["passed", "passed", "passed"]


def test_set_ordering_in_feedback_is_deterministic(run):
    code = "def f():\n    return {'alpha', 'beta', 'gamma', 'delta'}\n"
    first = run(code, "assert f() == set()\n")["feedback"]
    for _ in range(3):
        assert run(code, "assert f() == set()\n")["feedback"] == first


def test_the_bar_shows_samples_per_second_off_a_terminal(capsys, monkeypatch):
    monkeypatch.delenv("PDISTILL_PROGRESS", raising=False)
    with SandboxPool(workers=1) as pool:
        execute_samples(TASK, _samples(["def f():\n    return 1\n"] * 2), Limits(), pool=pool, desc="check")
    err = capsys.readouterr().err  # pytest's capture is not a terminal
    assert "check: 2/2 sample (100%)" in err and "sample/s" in err and "\r" not in err
    monkeypatch.setenv("PDISTILL_PROGRESS", "0")
    with SandboxPool(workers=1) as pool:
        execute_samples(TASK, _samples(["def f():\n    return 1\n"]), Limits(), pool=pool)
    assert capsys.readouterr().err == ""
