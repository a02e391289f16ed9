"""The prompt builder (`pdistill.prompts`): templates, the student's inputs and its targets.

`tests/test_sft.py` checks that training, the attempt stage and evaluation get the same token ids from it.
"""

from __future__ import annotations

import ast
import string
from typing import Any

import pytest

from pdistill.extract import extract_from_completion
from pdistill.io import PdistillError
from pdistill.prompts import (
    NO_FEEDBACK,
    UnusableCode,
    attempt_message,
    completion_target,
    refine_message,
    render,
    student_input,
)
from pdistill.stops import COMPLETION_STOP, find_stop
from pdistill.tasks import Task

ATTEMPT = string.Template("A[$prompt]")
REFINE = string.Template("R[$prompt|$attempt|$feedback]")
PROMPT = (
    "from typing import List\n\n\n"
    "def total(xs: List[int]) -> int:\n"
    '    """Sum of the squares of xs.\n\n    >>> total([1, 2])\n    5\n    """\n'
)
TASK = Task("t/total", PROMPT, "total", "assert total([1, 2]) == 5\nassert total([]) == 0\n")


def test_render_names_a_missing_placeholder():
    with pytest.raises(PdistillError, match=r"needs a value for \$attempt"):
        render(REFINE, prompt="p", feedback="f")


def test_messages_normalise_prompt_attempt_and_feedback():
    assert attempt_message(ATTEMPT, "def f():\n  pass \n\n") == "A[def f():\n  pass]"
    assert refine_message(REFINE, "p \n", "\n\n  code\n\n", "  FAIL\n") == "R[p|code|FAIL]"
    for empty in ("", " \n", None):
        assert refine_message(REFINE, "p", "c", empty) == f"R[p|c|{NO_FEEDBACK}]"
    extra = string.Template("$prompt $attempt $feedback $reference")
    assert refine_message(extra, "p", "c", "f", reference="ref") == "p c f ref"


def test_student_input_per_mode_and_step():
    assert student_input("chat", PROMPT, ATTEMPT, REFINE) == f"A[{PROMPT.rstrip()}]"
    assert student_input("completion", PROMPT, ATTEMPT, REFINE) == PROMPT  # raw: the model continues it
    assert student_input("completion", PROMPT, None) == PROMPT
    for mode in ("chat", "completion"):
        assert (
            student_input(mode, PROMPT, ATTEMPT, REFINE, "c\n", "") == f"R[{PROMPT.rstrip()}|c|{NO_FEEDBACK}]"
        )
    with pytest.raises(ValueError, match="unknown prompt mode"):
        student_input("instruct", PROMPT, ATTEMPT)
    with pytest.raises(ValueError, match="needs the refine template"):
        student_input("chat", PROMPT, ATTEMPT, None, "c")


# --- targets ------------------------------------------------------------------------------------------


def _program(completion: str) -> str:
    """The program a completion student produces: the prompt + the completion, as extraction reads it."""
    assert find_stop(completion, COMPLETION_STOP, PROMPT) is None, "a completion stop string cuts it"
    program = extract_from_completion(PROMPT, completion)
    assert program == (PROMPT + completion).rstrip() + "\n"
    tree = ast.parse(program)
    assert [n.name for n in tree.body if isinstance(n, ast.FunctionDef)].count("total") == 1
    namespace: dict[str, Any] = {}
    exec(compile(program, "<program>", "exec"), namespace)  # trusted, trivial test programs
    exec(compile(TASK.test, "<test>", "exec"), namespace)
    return program


BODY = "    return sum(x * x for x in xs)\n"
USABLE = {
    "the prompt continued": (PROMPT + BODY, BODY),
    "no docstring": ("from typing import List\n\n\ndef total(xs: List[int]) -> int:\n" + BODY, BODY),
    "one line": ("def total(xs): return sum(x * x for x in xs)\n", BODY),
    "two-space indent": (
        "def total(xs):\n  s = 0\n  for x in xs:\n    s += x * x\n  return s\n",
        "    s = 0\n    for x in xs:\n      s += x * x\n    return s\n",
    ),
    "a helper after the function": (
        PROMPT + "    return sum(sq(x) for x in xs)\n\n\ndef sq(x):\n    return x * x\n",
        "    def sq(x):\n        return x * x\n\n    return sum(sq(x) for x in xs)\n",
    ),
    "helpers, an import, a constant, comments, demo code": (
        "import math\nfrom typing import List\n\n# helpers\ndef sq(x):\n    '''Square\nof x.'''\n"
        "    return int(math.pow(x, 2))\n\n\nSTART = 0\n\n\ndef total(xs: List[int]) -> int:\n"
        '    """Another docstring."""\n    out = START\n    for x in xs:\n'
        "# at column 0\n        out += sq(x)\n"
        "    return out\n\n\nprint(total([1]))\nassert total([2]) == 4\nif __name__ == '__main__':\n"
        "    total([3])\n",
        "    import math\n\n    def sq(x):\n        '''Square\nof x.'''\n"
        "        return int(math.pow(x, 2))\n\n"
        "    START = 0\n\n    out = START\n    for x in xs:\n    # at column 0\n        out += sq(x)\n"
        "    return out\n",
    ),
}


@pytest.mark.parametrize("name", list(USABLE))
def test_completion_targets_continue_the_prompt_into_a_working_program(name):
    code, expected = USABLE[name]
    completion = completion_target("completion", TASK, code)
    assert completion == expected
    _program(completion)


UNUSABLE = {
    "def total(:\n": "does not parse",
    "def other(xs):\n    return 0\n": "defines no top-level function 'total'",
    'def total(xs):\n    """Only a docstring."""\n': "no statement after its docstring",
    "def total(xs):\n    s = '''\ndef x'''\n    return 5\n": "cut by a completion stop string",
    "N = 0\ndef bump():\n    global N\n    N += 1\ndef total(xs):\n    return 5\n": "`global` statement",
    "for i in range(3):\n    pass\ndef total(xs):\n    return 5\n": "top-level For at line 1",
    "  \n": "empty",
}


@pytest.mark.parametrize("code", list(UNUSABLE))
def test_code_that_cannot_continue_the_prompt_is_refused_with_the_reason(code):
    with pytest.raises(UnusableCode, match=UNUSABLE[code]):
        completion_target("completion", TASK, code)


def test_chat_and_refine_targets():
    code = "\n\ndef total(xs):\n    return 5\n\n"
    assert completion_target("chat", TASK, code) == "```python\ndef total(xs):\n    return 5\n```"
    assert completion_target("completion", TASK, code, refine=True) == "def total(xs):\n    return 5\n"
    with pytest.raises(UnusableCode, match="refinement stop string"):
        completion_target("completion", TASK, code + "print(total([]))\n", refine=True)
    with pytest.raises(ValueError, match="unknown prompt mode"):
        completion_target("plain", TASK, code)


def test_a_prompt_without_docstring_or_final_newline_gets_a_body_at_header_indent_plus_four():
    task = Task("t/bare", "def total(xs):", "total", TASK.test)
    completion = completion_target("completion", task, "def total( xs ):\n\treturn sum(x * x for x in xs)\n")
    assert completion == "\n    return sum(x * x for x in xs)\n"
