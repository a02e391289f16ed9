"""Pure functions of personalised data collection: what is refined, what the teacher is sent, what is kept."""

from __future__ import annotations

import string

import pytest

from pdistill.personalise import (
    code_hash,
    failed_attempts,
    judge,
    program_from_reply,
    refine_conversations,
    refine_messages,
    solve_messages,
    summarise,
)
from pdistill.prompts import NO_FEEDBACK, attempt_message, load_template, refine_message
from pdistill.tasks import Task

TASK = Task(
    "t/1",
    'def f(x):\n    """Twice x."""\n',
    "f",
    "assert f(1) == 2\n",
    reference="def f(x):\n    return 2 * x\n",
)


def _sample(tid: str, sid: int, code: str = "def f(x):\n    return x\n") -> dict:
    return {"task_id": tid, "sample_id": sid, "code": code}


def _result(tid: str, sid: int, status: str) -> dict:
    return {"task_id": tid, "sample_id": sid, "status": status, "feedback": f"fb {tid} {sid}"}


def test_failed_attempts_keeps_order_and_caps_per_task():
    samples = [_sample("a", 0), _sample("a", 1), _sample("b", 0), _sample("a", 2)]
    results = [
        _result("a", 0, "failed"),
        _result("a", 1, "error"),
        _result("b", 0, "passed"),
        _result("a", 2, "timeout"),
    ]
    assert [(s["task_id"], s["sample_id"]) for s, _ in failed_attempts(samples, results)] == [
        ("a", 0),
        ("a", 1),
        ("a", 2),
    ]
    assert [(s["task_id"], s["sample_id"]) for s, _ in failed_attempts(samples, results, per_task=1)] == [
        ("a", 0)
    ]


def test_failed_attempts_rejects_results_of_other_samples():
    with pytest.raises(ValueError, match="re-run the execute stage"):
        failed_attempts([_sample("a", 0)], [])
    with pytest.raises(ValueError, match="do not match"):
        failed_attempts([_sample("a", 0)], [_result("a", 1, "failed")])


def test_refine_messages_hold_task_code_feedback_and_optional_reference():
    template = load_template("prompts/refine.txt")
    reference = load_template("prompts/refine_reference.txt")
    [plain] = refine_messages(template, None, TASK, "def f(x):\n    return x\n", "OUTPUT: 1\nEXPECTED: 2")
    assert plain["role"] == "user"
    text = plain["content"]
    assert '"""Twice x."""' in text and "    return x" in text and "EXPECTED: 2" in text
    assert "return 2 * x" not in text and "$" not in text
    [shown] = refine_messages(template, reference, TASK, "def f(x):\n    return x\n", "fb")
    assert "return 2 * x" in shown["content"]
    [solve] = solve_messages(load_template("prompts/solve.txt"), TASK)
    assert '"""Twice x."""' in solve["content"] and "return x" not in solve["content"]


def test_teacher_messages_normalise_task_code_and_feedback_like_the_students():
    template, solve = load_template("prompts/refine.txt"), load_template("prompts/solve.txt")
    untidy = Task(TASK.task_id, TASK.prompt + "\n\n", TASK.entry_point, TASK.test)
    [refine] = refine_messages(template, None, untidy, "\n\ndef f(x):\n    return x\n\n", " \n")
    assert refine["content"] == refine_message(
        template, TASK.prompt, "def f(x):\n    return x", "", reference=""
    )
    assert f"```\n{NO_FEEDBACK}\n```" in refine["content"]
    assert '"""Twice x."""\n```' in refine["content"]  # the task prompt right-stripped
    [direct] = solve_messages(solve, untidy)
    assert direct["content"] == attempt_message(solve, TASK.prompt)


def test_refine_conversations_pair_failures_with_messages():
    samples, results = (
        [_sample("t/1", 0), _sample("t/1", 1)],
        [_result("t/1", 0, "failed"), _result("t/1", 1, "passed")],
    )
    failures, conversations = refine_conversations(
        {"t/1": TASK}, samples, results, None, string.Template("$prompt|$attempt|$feedback|$reference"), None
    )
    assert len(failures) == len(conversations) == 1
    assert conversations[0][0]["content"].endswith("|fb t/1 0|")


def test_program_from_reply_and_judging():
    program = program_from_reply("Sure:\n```python\ndef f(x):\n    return 2 * x\n```", TASK)
    assert program == "def f(x):\n    return 2 * x\n"
    assert judge([{"status": "passed"}, {"status": "passed"}]) == ("passed", True)
    assert judge([{"status": "passed"}, {"status": "timeout"}]) == ("passed", False)  # flaky: rejected
    assert judge([{"status": "failed"}]) == ("failed", False)


def test_summarise_and_hash():
    records = [
        {"task_id": "a", "kept": True},
        {"task_id": "a", "kept": False},
        {"task_id": "b", "kept": True, "finish_reason": "length"},
    ]
    assert summarise(records) == {
        "requested": 3,
        "kept": 2,
        "kept_rate": 0.6667,
        "tasks_kept": 2,
        "truncated": 1,
    }
    assert summarise([]) == {"requested": 0, "kept": 0, "kept_rate": None, "tasks_kept": 0, "truncated": 0}
    assert code_hash("x") == code_hash("x") != code_hash("y") and len(code_hash("x")) == 16
