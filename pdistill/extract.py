"""Turn a model reply (student completion, or teacher answer) into the full program that is executed.

Two shapes of output come back from the student:

* completion mode: the model continued the task prompt (header + docstring). The program is the prompt
  followed by the continuation, cut at the first stop string (the start of whatever follows the function).
* chat mode: the model answered a chat message. The program is the code in its fenced block; if that code
  is only a function body, it is put under the prompt's header; if it defines the function, demo code
  around it is dropped (`pdistill.sanitize`) and the imports or helper functions the prompt had but it
  lacks are prepended.

Stop strings and where they cut: `pdistill.stops`.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from pdistill.sanitize import sanitize
from pdistill.stops import COMPLETION_STOP, FENCE, truncate

PYTHON_TAGS = frozenset({"", "python", "python3", "py", "py3"})

_DEF = re.compile(r"^(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(", re.MULTILINE)
_CODE_START = re.compile(r"^(?:import |from \w|def |async def |class |@)", re.MULTILINE)
_MAIN_GUARD = re.compile(r"^if __name__\s*==", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    """One fenced block of a reply: its language tag (lower case, may be empty) and its code."""

    lang: str
    code: str
    closed: bool


# --- reading prompts and replies ----------------------------------------------------------------------


def entry_point_of(prompt: str) -> str | None:
    """Name of the last top-level function the prompt defines (the one the task asks for), if any."""
    names = _DEF.findall(prompt)
    return names[-1] if names else None


def defines(code: str, name: str) -> bool:
    """Whether `code` defines function `name` at its top level (column 0)."""
    return name in _DEF.findall(code)


def _has_top_level(code: str, name: str) -> bool:
    """Whether `code` defines a function or class `name` at column 0."""
    pattern = rf"^(?:async[ \t]+)?(?:def|class)[ \t]+{re.escape(name)}\b"
    return re.search(pattern, code, re.MULTILINE) is not None


def fenced_blocks(reply: str) -> list[Block]:
    """Every fenced block of a reply, in order; an unterminated last block runs to the end of the reply.

    The code of a block is dedented (fences indented inside a list item are common). A closing fence glued
    to the last code line (`return x```) closes the block too.
    """
    blocks: list[Block] = []
    lang: str | None = None  # None: outside a block
    lines: list[str] = []
    for line in reply.splitlines():
        stripped = line.strip()
        if lang is None:
            if stripped.startswith(FENCE):
                lang, lines = stripped[len(FENCE) :].strip().split(" ")[0].lower(), []
        elif stripped.startswith(FENCE) and not stripped.strip("`"):
            blocks.append(Block(lang, textwrap.dedent("\n".join(lines)), True))
            lang = None
        elif stripped.endswith(FENCE):
            lines.append(line.rstrip()[: -len(FENCE)])
            blocks.append(Block(lang, textwrap.dedent("\n".join(lines)), True))
            lang = None
        else:
            lines.append(line)
    if lang is not None:
        blocks.append(Block(lang, textwrap.dedent("\n".join(lines)), False))
    return blocks


def choose_block(blocks: Sequence[Block], entry_point: str | None) -> Block | None:
    """The block that holds the answer.

    Among Python blocks (tag `python`/`py`/none; any block if there is no Python one): the longest that
    defines the entry point (the first of equals); else the first Python block; None when there are none.
    """
    python = [b for b in blocks if b.lang in PYTHON_TAGS] or list(blocks)
    if entry_point:
        defining = [b for b in python if defines(b.code, entry_point)]
        if defining:
            return max(defining, key=lambda b: len(b.code))
    return python[0] if python else None


def _prompt_parts(prompt: str, entry_point: str | None) -> tuple[list[str], dict[str, str]]:
    """The prompt's top-level import statements and its other top-level functions/classes (by name)."""
    try:
        tree = ast.parse(prompt)
    except SyntaxError:
        imports = [ln for ln in prompt.splitlines() if ln.startswith(("import ", "from "))]
        return imports, {}
    lines = prompt.splitlines()
    imports: list[str] = []
    helpers: dict[str, str] = {}
    definitions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    for node in tree.body:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        source = "\n".join(lines[first - 1 : node.end_lineno])
        if isinstance(node, ast.Import | ast.ImportFrom):
            imports.append(source)
        elif isinstance(node, definitions) and node.name != entry_point:
            helpers[node.name] = source
    return imports, helpers


# --- building the program -----------------------------------------------------------------------------


def _drop_main_guard(code: str) -> str:
    """Remove a top-level `if __name__ == "__main__":` block and everything after it (demo code)."""
    match = _MAIN_GUARD.search(code)
    return code[: match.start()] if match else code


def _with_prelude(code: str, prompt: str, entry_point: str | None) -> str:
    """Prepend the prompt's imports and helper definitions that `code` does not already have."""
    imports, helpers = _prompt_parts(prompt, entry_point)
    have = {ln.strip() for ln in code.splitlines()}
    prelude = [imp for imp in imports if not all(ln.strip() in have for ln in imp.splitlines())]
    prelude += [src for name, src in helpers.items() if not _has_top_level(code, name)]
    code = code.strip("\n") + "\n"
    if not prelude:
        return code
    return "\n".join(prelude) + "\n\n\n" + code


def _body_indent(prompt: str) -> str:
    """Indentation of the function body that follows the prompt (its docstring's, or header's + 4)."""
    last = next((ln for ln in reversed(prompt.splitlines()) if ln.strip()), "")
    indent = last[: len(last) - len(last.lstrip())]
    return indent + "    " if last.rstrip().endswith(":") else indent or "    "


def complete_body(prompt: str, body: str) -> str:
    """Put a bare function body under the prompt's header + docstring, re-indented to fit."""
    body = textwrap.dedent(body).strip("\n")
    if not body.strip():
        return prompt.rstrip("\n") + "\n"
    return prompt.rstrip("\n") + "\n" + textwrap.indent(body, _body_indent(prompt)) + "\n"


def extract_from_completion(prompt: str, completion: str, stop: Sequence[str] = COMPLETION_STOP) -> str:
    """Completion mode: the prompt followed by the completion cut at its first stop string.

    Trailing blank lines are dropped; the program ends with exactly one newline.
    """
    text, _ = truncate(completion, stop, context=prompt)
    return (prompt + text).rstrip() + "\n"


def extract_from_chat(reply: str, prompt: str, entry_point: str | None = None) -> str:
    """Chat mode: the full program (imports, helpers, the entry-point function) from a chat reply.

    The code is the chosen fenced block (`choose_block`). Without any fence: the reply from its first line
    that looks like code (import/def/class/decorator at column 0) if it defines the entry point, else the
    whole reply, taken as a body. A trailing `if __name__ == "__main__":` block is dropped, and so is other
    top-level demo code (prints, asserts, example calls: `pdistill.sanitize`).
    """
    entry_point = entry_point or entry_point_of(prompt)
    block = choose_block(fenced_blocks(reply), entry_point)
    if block is not None:
        code = block.code
    else:
        start = _CODE_START.search(reply)
        code = reply[start.start() :] if start and entry_point and defines(reply, entry_point) else reply
    code = _drop_main_guard(code)
    if entry_point is None or defines(code, entry_point):
        code = sanitize(code, entry_point) if entry_point else code
        return _with_prelude(code, prompt, entry_point)
    return complete_body(prompt, code)


def extract_program(
    mode: str, prompt: str, text: str, entry_point: str | None = None, stop: Sequence[str] = COMPLETION_STOP
) -> str:
    """Dispatch on the prompt mode (`chat` or `completion`); `stop` applies to completion mode only."""
    if mode == "chat":
        return extract_from_chat(text, prompt, entry_point)
    if mode == "completion":
        return extract_from_completion(prompt, text, stop)
    raise ValueError(f"unknown prompt mode {mode!r}")
