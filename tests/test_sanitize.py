"""Demo code around a model's answer is dropped; what the function needs is kept; garbled tails are cut."""

from __future__ import annotations

import ast

from pdistill.extract import extract_from_chat
from pdistill.sanitize import sanitize

FUNC = 'def double(xs):\n    """Twice each element."""\n    return [2 * x for x in xs]\n'


def top_level(code: str) -> list[str]:
    """The kinds of the top-level statements, in order."""
    return [type(n).__name__ for n in ast.parse(code).body]


def test_prints_asserts_loops_and_example_calls_are_dropped() -> None:
    code = (
        "import math\n\n"
        + FUNC
        + "\n# Example usage\nprint(double([1, 2]))\nassert double([]) == []\n"
        + "for case in ([1], [2]):\n    print(double(case))\nresult = double([3])\nprint(result)\n"
    )
    out = sanitize(code, "double")
    assert out == "import math\n\n" + FUNC
    assert top_level(out) == ["Import", "FunctionDef"]


def test_a_syntax_error_in_the_demo_is_cut_off_with_it() -> None:
    code = FUNC + "\n# Test cases\nassert double([1]) == [2], \"Test case 1 failed\nprint('done')\n"
    assert sanitize(code, "double") == FUNC


def test_a_syntax_error_inside_the_function_is_left_for_the_sandbox() -> None:
    code = "def double(xs):\n    return [2 * x for x in xs\n\nprint(double([1]))\n"
    assert sanitize(code, "double") == code


def test_constants_the_function_reads_are_kept_even_through_other_constants() -> None:
    code = (
        "LIMIT = 10\nTABLE = [0] * LIMIT\nUNUSED = 5\n"
        "def lookup(i):\n    return TABLE[i] + MOD\n"
        "MOD: int = 7\nexample = lookup(2)\n"
    )
    out = sanitize(code, "lookup")
    assert "LIMIT = 10" in out and "TABLE = [0] * LIMIT" in out and "MOD: int = 7" in out
    assert "UNUSED" not in out and "example" not in out
    assert top_level(out) == ["Assign", "Assign", "FunctionDef", "AnnAssign"]


def test_an_assignment_that_calls_the_entry_point_is_dropped_even_if_its_name_is_read() -> None:
    code = "def total(xs):\n    result = sum(xs)\n    return result\n\nresult = total([1, 2])\n"
    assert sanitize(code, "total") == "def total(xs):\n    result = sum(xs)\n    return result\n"


def test_helpers_classes_decorators_and_optional_imports_are_kept() -> None:
    code = (
        "try:\n    from functools import cache\nexcept ImportError:\n    cache = None\n\n"
        "class Node:\n    pass\n\n"
        "@cache\ndef helper(n):\n    return n\n\n"
        "def main_fn(n):\n    return helper(n)\n\nprint(main_fn(3))\n"
    )
    out = sanitize(code, "main_fn")
    assert top_level(out) == ["Try", "ClassDef", "FunctionDef", "FunctionDef"]
    assert "@cache\ndef helper" in out and "print" not in out


def test_clean_code_and_code_without_the_entry_point_are_returned_unchanged() -> None:
    assert sanitize(FUNC, "double") == FUNC
    body = "return [2 * x for x in xs]\nprint(1)\n"
    assert sanitize(body, "double") == body
    assert sanitize("def other():\n    pass\nprint(1)\n", "double") == "def other():\n    pass\nprint(1)\n"


def test_chat_extraction_applies_it() -> None:
    prompt = 'def double(xs):\n    """Twice each element."""\n'
    reply = f"Here you go:\n```python\n{FUNC}\nprint(double(input()))\n```\nThis doubles."
    assert extract_from_chat(reply, prompt, "double") == FUNC
