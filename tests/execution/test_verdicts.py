"""Statuses, test counts and feedback text for ordinary right and wrong programs."""

from __future__ import annotations

ADD = "def add(a, b):\n    return a + b\n"
CHECK = "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(2, 2) == 4\n"
MBPP = "assert add(1, 2) == 3\nassert add(0, 0) == 0\nassert add(5, 5) == 10\n"


def test_passing_program_counts_every_test(run):
    r = run(ADD, CHECK, "add")
    assert (r["status"], r["tests_passed"], r["tests_total"], r["feedback"]) == ("passed", 2, 2, "")
    r = run(ADD, MBPP, "add")
    assert (r["status"], r["tests_passed"], r["tests_total"]) == ("passed", 3, 3)


def test_wrong_value_gives_input_output_expected(run):
    r = run("def add(a, b):\n    return a * b\n", CHECK, "add")
    assert r["status"] == "failed"
    assert (r["tests_passed"], r["tests_total"]) == (1, 2)
    assert r["feedback"] == ("Failed test: assert add(1, 2) == 3\nINPUT: add(1, 2)\nOUTPUT: 2\nEXPECTED: 3")


def test_input_shows_actual_argument_values_in_loops(run):
    test = "def check(candidate):\n    for x in [1, 2, 3]:\n        assert candidate(x) == x * 2, f'x={x}'\n"
    r = run("def f(x):\n    return x * 2 if x < 3 else 0\n", test)
    assert r["status"] == "failed"
    assert (r["tests_passed"], r["tests_total"]) == (2, 3)
    assert "INPUT: f(3)\nOUTPUT: 0\nEXPECTED: 6\nMESSAGE: x=3" in r["feedback"]


def test_non_equality_and_truth_assertions(run):
    r = run("def f(x):\n    return x\n", "assert abs(f(1.5) - 1.0) < 1e-6\nassert f(0)\n")
    assert r["status"] == "failed"
    assert (r["tests_passed"], r["tests_total"]) == (0, 2)
    assert "OUTPUT: 0.5\nEXPECTED: < 1e-06" in r["feedback"]


def test_exception_feedback_has_candidate_traceback_only(run):
    r = run("def add(a, b):\n    return helper(a) + b\n\ndef helper(a):\n    return [a][3]\n", CHECK, "add")
    assert r["status"] == "error"
    fb = r["feedback"]
    assert fb.startswith("Failed test: assert add(1, 2) == 3\nINPUT: add(1, 2)\nTraceback")
    assert 'File "<candidate>", line 2, in add' in fb and 'File "<candidate>", line 5, in helper' in fb
    assert fb.rstrip().endswith("IndexError: list index out of range")
    assert "harness" not in fb and "<tests>" not in fb


def test_mbpp_style_keeps_counting_after_an_exception(run):
    r = run("def add(a, b):\n    return 1 // a + b\n", MBPP, "add")
    assert r["status"] == "error"  # the first failure was the ZeroDivisionError on add(0, 0)
    assert (r["tests_passed"], r["tests_total"]) == (1, 3)  # 1//1+2 == 3 passes; 1//5+5 == 5 fails
    assert "ZeroDivisionError" in r["feedback"] and "INPUT: add(0, 0)" in r["feedback"]


def test_syntax_error(run):
    r = run("def add(a, b)\n    return a + b\n", CHECK, "add")
    assert r["status"] == "syntax_error"
    assert "SyntaxError" in r["feedback"] and "def add(a, b)" in r["feedback"]


def test_missing_entry_point(run):
    r = run("def plus(a, b):\n    return a + b\n", CHECK, "add")
    assert r["status"] == "error"
    assert "does not define a function named 'add'" in r["feedback"]


def test_error_while_loading(run):
    r = run("import nonexistent_module_xyz\ndef add(a, b):\n    return a + b\n", CHECK, "add")
    assert r["status"] == "error"
    assert "Error while loading the program" in r["feedback"]
    assert "ModuleNotFoundError" in r["feedback"]


def test_deep_recursion_feedback_is_bounded(run):
    r = run("def f(x):\n    return f(x + 1)\n", "assert f(0) == 1\n")
    assert r["status"] == "error"
    assert "RecursionError" in r["feedback"] and "more frames" in r["feedback"]
    assert len(r["feedback"]) <= 1500


def test_feedback_length_limit_is_tunable(run):
    r = run("def f(x):\n    return 'y' * 5000\n", "assert f(1) == 'x' * 5000\n", max_feedback_chars=300)
    assert r["status"] == "failed" and len(r["feedback"]) <= 300


def test_output_is_captured(run):
    r = run("print('hello from the program')\ndef f():\n    return 1\n", "assert f() == 1\n")
    assert r["status"] == "passed" and r["output"] == "hello from the program\n"


def test_first_failure_decides_even_if_a_later_test_hangs(run):
    test = "assert f(1) == 2\nassert f(2) == 2\n"
    r = run("def f(x):\n    while x == 2:\n        pass\n    return x\n", test, timeout_s=1)
    assert r["status"] == "failed" and "INPUT: f(1)" in r["feedback"]


def test_timeout_names_the_running_call(run):
    r = run("def f(x):\n    while True:\n        pass\n", "assert f(41) == 1\n", timeout_s=1)
    assert r["status"] == "timeout"
    assert r["feedback"] == "Timeout: the program did not finish within 1 s while running f(41)."


def test_cpu_limit_is_the_documented_value():
    from pdistill.execution import Limits

    assert Limits(timeout_s=10).cpu_seconds == 11  # timeout_s + 1
    assert Limits(timeout_s=2.5).cpu_seconds == 4  # rounded up
    assert Limits(cpu_s=3).cpu_seconds == 3
