"""Program extraction and stop strings: pure text functions, checked case by case (and by running code)."""

from __future__ import annotations

import pytest

from pdistill.extract import (
    Block,
    choose_block,
    complete_body,
    entry_point_of,
    extract_from_chat,
    extract_from_completion,
    extract_program,
    fenced_blocks,
)
from pdistill.stops import CHAT_STOP, COMPLETION_STOP, find_stop, truncate

ADD = 'from typing import List\n\n\ndef add(a: int, b: int) -> int:\n    """Return the sum of a and b."""\n'
HEADER_ONLY = "def add(a, b):\n"
CYCLIC = (
    "def encode(s: str) -> str:\n"
    '    """Shift every letter by one."""\n'
    "    return ''.join(chr(ord(c) + 1) for c in s)\n\n\n"
    "def decode(s: str) -> str:\n"
    '    """Inverse of encode."""\n'
)


def run(program: str, name: str, *args):
    """Execute a program and call one of its functions."""
    namespace: dict = {}
    exec(compile(program, "<program>", "exec"), namespace)
    return namespace[name](*args)


# --- stop strings -------------------------------------------------------------------------------------


def test_literal_stop_cuts_before_the_earliest_stop_string():
    text = "    return a + b\n\nprint(add(1, 2))\ndef other():\n"
    assert find_stop(text, COMPLETION_STOP) == text.index("\nprint(")
    assert truncate(text, COMPLETION_STOP) == ("    return a + b\n", True)


def test_no_stop_string_leaves_text_alone():
    assert find_stop("    return 1\n", COMPLETION_STOP) is None
    assert truncate("    return 1\n", ["\ndef "]) == ("    return 1\n", False)
    assert truncate("abc", []) == ("abc", False)
    assert truncate("abc", [""]) == ("abc", False)


@pytest.mark.parametrize("stop", COMPLETION_STOP)
def test_each_completion_stop_string_cuts(stop):
    text = "    return x" + stop + "tail"
    assert truncate(text, COMPLETION_STOP) == ("    return x", True)


def test_stop_string_may_start_in_the_context():
    # The prompt ends with a newline; a completion starting with `def ` starts a new function at once.
    assert find_stop("def helper():\n", COMPLETION_STOP, context=ADD) == 0
    assert truncate("def helper():\n", COMPLETION_STOP, context=ADD) == ("", True)
    # Without the context the same text does not match ("\ndef " needs the newline).
    assert find_stop("def helper():\n", COMPLETION_STOP) is None


def test_context_alone_never_matches():
    assert find_stop("    return 1", ["\ndef "], context="x\ndef ") is None


def test_fence_stop_cuts_after_the_closing_fence():
    reply = "Here:\n```python\ndef f():\n    return 1\n```\nMore prose ```x```"
    cut = find_stop(reply, CHAT_STOP)
    assert reply[:cut] == "Here:\n```python\ndef f():\n    return 1\n```"


def test_fence_stop_needs_an_opening_and_a_closing_fence():
    assert find_stop("```python\ndef f():\n", CHAT_STOP) is None
    assert find_stop("no code at all", CHAT_STOP) is None


# --- reading prompts and replies ----------------------------------------------------------------------


def test_entry_point_is_the_last_top_level_def():
    assert entry_point_of(ADD) == "add"
    assert entry_point_of(CYCLIC) == "decode"
    assert entry_point_of("async def fetch(url):\n") == "fetch"
    assert entry_point_of("x = 1\n") is None


def test_fenced_blocks_tags_order_and_unterminated():
    reply = "a\n```Python\nx = 1\n```\nb\n```\ny = 2\n```\n```js\nz\n```\n```py\nlast = 3\n"
    assert fenced_blocks(reply) == [
        Block("python", "x = 1", True),
        Block("", "y = 2", True),
        Block("js", "z", True),
        Block("py", "last = 3", False),
    ]


def test_fenced_blocks_dedent_indented_fences_and_glued_closing_fence():
    reply = "1. Do this:\n   ```python\n   def f():\n       return 1```\n"
    assert fenced_blocks(reply) == [Block("python", "def f():\n    return 1", True)]


def test_fenced_blocks_none():
    assert fenced_blocks("just prose, no code") == []


def test_choose_block_prefers_python_blocks_that_define_the_entry_point():
    usage = Block("python", "print(add(1, 2))", True)
    short = Block("python", "def add(a, b): return a+b", True)
    long = Block("python", "def add(a, b):\n    return a + b", True)
    other_lang = Block("text", "def add(a, b):\n    a very long fake definition in prose ...", True)
    assert choose_block([usage, short, long, other_lang], "add") is long
    assert choose_block([usage, Block("", "x = 1", True)], "add") is usage  # none defines: first
    assert choose_block([other_lang], "add") is other_lang  # no python block at all: any block
    assert choose_block([], "add") is None


# --- chat replies -------------------------------------------------------------------------------------


def test_chat_full_function_gets_the_prompt_imports():
    reply = "Sure!\n\n```python\ndef add(a: int, b: int) -> int:\n    return a + b\n```\n\nThis adds."
    program = extract_from_chat(reply, ADD)
    assert program == "from typing import List\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n"
    assert run(program, "add", 2, 3) == 5


def test_chat_imports_already_present_are_not_duplicated():
    reply = "```python\nfrom typing import List\n\ndef add(a, b):\n    return a + b\n```"
    assert extract_from_chat(reply, ADD).count("from typing import List") == 1


def test_chat_untagged_block():
    program = extract_from_chat("```\ndef add(a, b):\n    return a + b\n```", HEADER_ONLY)
    assert program == "def add(a, b):\n    return a + b\n"


def test_chat_picks_the_solution_over_a_usage_example():
    reply = (
        "Usage:\n```python\nprint(add(1, 2))\n```\n"
        "Solution:\n```python\ndef add(a, b):\n    return a + b\n```\n"
        "Test:\n```python\nassert add(1, 1) == 2\n```"
    )
    assert run(extract_from_chat(reply, ADD), "add", 1, 2) == 3


@pytest.mark.parametrize("body", ["return a + b", "    return a + b", "\n        return a + b\n"])
def test_chat_body_only_goes_under_the_prompt_header(body):
    program = extract_from_chat(f"```python\n{body}\n```", ADD)
    assert program.startswith(ADD)
    assert program.endswith('"""\n    return a + b\n')
    assert run(program, "add", 4, 5) == 9


def test_chat_multi_line_body_keeps_its_relative_indentation():
    body = "total = 0\nfor x in (a, b):\n    total += x\nreturn total"
    program = extract_from_chat(f"```python\n{body}\n```", ADD)
    assert "    for x in (a, b):\n        total += x\n" in program
    assert run(program, "add", 1, 2) == 3


def test_chat_body_under_a_header_without_docstring():
    program = extract_from_chat("```python\nreturn a * b\n```", HEADER_ONLY)
    assert program == "def add(a, b):\n    return a * b\n"


def test_chat_without_fence_bare_code():
    assert run(extract_from_chat("def add(a, b):\n    return a - b\n", ADD), "add", 5, 3) == 2


def test_chat_without_fence_prose_then_code():
    reply = "Here is my solution:\nimport operator\ndef add(a, b):\n    return operator.add(a, b)\n"
    program = extract_from_chat(reply, ADD)
    assert program.startswith("from typing import List\n\n\nimport operator\ndef add")
    assert run(program, "add", 2, 2) == 4


def test_chat_prose_only_gives_a_program_that_still_defines_the_function():
    program = extract_from_chat("I cannot solve this.", HEADER_ONLY)
    assert program == "def add(a, b):\n    I cannot solve this.\n"  # fails at compile time, as it should
    with pytest.raises(SyntaxError):
        compile(program, "<p>", "exec")


def test_chat_unterminated_fence():
    reply = "```python\ndef add(a, b):\n    return a + b\n"
    assert run(extract_from_chat(reply, ADD), "add", 1, 1) == 2


def test_chat_main_guard_is_dropped():
    reply = (
        '```python\ndef add(a, b):\n    return a + b\n\nif __name__ == "__main__":\n    print(input())\n```'
    )
    program = extract_from_chat(reply, HEADER_ONLY)
    assert "__main__" not in program and "input()" not in program


def test_chat_missing_prompt_helpers_are_prepended():
    reply = "```python\ndef decode(s: str) -> str:\n    return ''.join(chr(ord(c) - 1) for c in s)\n```"
    program = extract_from_chat(reply, CYCLIC)
    assert program.index("def encode") < program.index("def decode")
    assert run(program, "decode", run(program, "encode", "abc")) == "abc"


def test_chat_helpers_the_reply_redefines_are_not_prepended():
    reply = "```python\ndef encode(s):\n    return s\n\ndef decode(s):\n    return s\n```"
    assert extract_from_chat(reply, CYCLIC).count("def encode") == 1


def test_chat_explicit_entry_point_beats_the_inferred_one():
    prompt = 'def first():\n    """One."""\n\n\ndef second():\n    """Two."""\n'
    reply = "```python\ndef first():\n    return 1\n```\n```python\ndef second():\n    return 2 + 0 * 1\n```"
    assert "return 2" in extract_from_chat(reply, prompt)  # inferred: the last def of the prompt
    program = extract_from_chat(reply, prompt, entry_point="first")
    assert run(program, "first") == 1 and "return 2" not in program


# --- completions --------------------------------------------------------------------------------------


def test_completion_program_is_prompt_plus_completion_cut_at_the_stop():
    completion = "    return a + b\n\n\ndef test():\n    assert add(1, 2) == 3\n"
    program = extract_from_completion(ADD, completion)
    assert program == ADD + "    return a + b\n"
    assert run(program, "add", 1, 2) == 3


def test_completion_that_starts_a_new_function_at_once_is_empty():
    assert extract_from_completion(ADD, "def helper():\n    pass\n") == ADD


def test_completion_without_stop_gets_a_final_newline():
    assert extract_from_completion(ADD, "    return a + b") == ADD + "    return a + b\n"


def test_extract_program_dispatches_on_mode():
    assert extract_program("completion", ADD, "    return a + b\n#end") == ADD + "    return a + b\n"
    assert run(extract_program("chat", ADD, "```python\nreturn a + b\n```"), "add", 1, 1) == 2
    with pytest.raises(ValueError, match="mode"):
        extract_program("instruct", ADD, "")


def test_complete_body_with_empty_body_returns_the_prompt():
    assert complete_body(ADD, "  \n") == ADD
