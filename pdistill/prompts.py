"""Prompt templates, and the one builder of what the student reads and writes.

Templates are files (not Python strings) so that each is a DVC dependency of exactly the stage that uses
it: editing the refinement prompt re-runs refinement and what follows, nothing before it. Placeholders
are `$name` / `${name}`; a `$` meant literally is written `$$`.

The student's format is built here and only here: for training (`pdistill.sft`), the attempt stage
(`pdistill.student.generate.format_prompt`) and evaluation (`pdistill.evaluate.model_inputs`); the
teacher's messages (`pdistill.personalise`) get the same normalisation of task, attempt and feedback.

* input (`student_input`): a chat student reads `attempt_message` at the first step, `refine_message`
  later; a completion student (no chat template) the raw task prompt, then the same `refine_message`.
* target (`completion_target`): a chat student writes the code in a ```` ```python ```` block; a
  completion student continues the task prompt at the first step and writes the whole program later.
"""

from __future__ import annotations

import ast
import io
import os
import string
import tokenize
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from pdistill.io import PdistillError
from pdistill.stops import COMPLETION_STOP, find_stop

NO_FEEDBACK = "(no feedback)"
# Completion-mode refinement: the model writes a whole program (imports, helpers, then the function), so
# the attempt's stop strings ("\ndef ", ...) would cut it; stop at what may only follow the program.
REFINE_COMPLETION_STOP: tuple[str, ...] = ("\nif __name__", "\nassert ", "\nprint(", "```")
MODES = ("chat", "completion")


class TaskLike(Protocol):
    """What the builder reads of a task (`pdistill.tasks.Task` has it)."""

    prompt: str
    entry_point: str


class UnusableCode(PdistillError):
    """A program that cannot be written as the student's completion (the reason is the message)."""


def load_template(path: str | os.PathLike[str]) -> string.Template:
    """Read a template file; a missing file is a `PdistillError` naming it."""
    p = Path(path)
    if not p.is_file():
        raise PdistillError(f"{p}: prompt template not found")
    return string.Template(p.read_text(encoding="utf-8"))


def render(template: string.Template, **fields: str) -> str:
    """Fill every placeholder; a placeholder without a value is an error naming it."""
    try:
        return template.substitute(**fields)
    except KeyError as exc:
        raise PdistillError(f"prompt template needs a value for ${exc.args[0]}") from None
    except ValueError as exc:
        raise PdistillError(f"prompt template is malformed: {exc}") from None


# --- what the student (or the teacher) reads ----------------------------------------------------------


def attempt_message(template: string.Template, task_prompt: str) -> str:
    """The attempt (or direct-solution) message: `$prompt` is the task prompt, right-stripped."""
    return render(template, prompt=task_prompt.rstrip())


def refine_message(
    template: string.Template, task_prompt: str, attempt: str, feedback: str | None, **extra: str
) -> str:
    """The refinement message: task prompt right-stripped, attempt stripped, feedback stripped (or
    `NO_FEEDBACK` when empty or None); `extra` fills further placeholders (the teacher's `$reference`)."""
    note = (feedback or "").strip() or NO_FEEDBACK
    return render(template, prompt=task_prompt.rstrip(), attempt=attempt.strip(), feedback=note, **extra)


def student_input(
    mode: str,
    task_prompt: str,
    attempt_template: string.Template | None,
    refine_template: string.Template | None = None,
    attempt: str | None = None,
    feedback: str | None = None,
) -> str:
    """What the student reads before its chat template: chat mode the attempt message (first step) or the
    refinement message (`attempt` given); completion mode the raw task prompt, then the same refinement
    message."""
    _check_mode(mode)
    if attempt is not None:
        if refine_template is None:
            raise ValueError("a refinement input needs the refine template")
        return refine_message(refine_template, task_prompt, attempt, feedback)
    if mode == "completion":
        return task_prompt
    if attempt_template is None:
        raise ValueError("a chat-mode attempt input needs the attempt template")
    return attempt_message(attempt_template, task_prompt)


# --- what the student should write --------------------------------------------------------------------


def completion_target(mode: str, task: TaskLike, code: str, *, refine: bool = False) -> str:
    """What the student should write for `code` (a full program for `task`); `UnusableCode` if it can't.

    Chat mode: the code, stripped, in a ```` ```python ```` block. Completion mode, a refinement
    (`refine`): the whole program, which must not meet `REFINE_COMPLETION_STOP`. Completion mode, first
    step: the text after the task prompt. When the code starts with the prompt that is the rest of it;
    otherwise (a fix without the docstring, with helpers) the body of the entry-point function after its
    docstring, with the code's other imports, definitions and assignments that the prompt lacks nested
    at the top of that body (demo expressions, asserts and the main guard are left out). Either way,
    prompt + target parses, defines the entry point once, and the completion stop strings do not cut it.
    """
    _check_mode(mode)
    if not code.strip():
        raise UnusableCode("the code is empty")
    if mode == "chat":
        return f"```python\n{code.strip()}\n```"
    if refine:
        program = code.strip() + "\n"
        if find_stop(program, REFINE_COMPLETION_STOP) is not None:
            raise UnusableCode("the program contains a completion-mode refinement stop string")
        return program
    prompt = task.prompt
    rest = code[len(prompt) :] if code.startswith(prompt) else ""
    if rest.strip() and find_stop(rest, COMPLETION_STOP, prompt) is None and _parses(code):
        return rest
    return _continuation(prompt, task.entry_point, code)


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except SyntaxError:
        return False
    return True


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown prompt mode {mode!r} (use chat or completion)")


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _is_main_guard(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "__name__" in ast.unparse(node.test)


_DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_NESTABLE = (*_DEFINITIONS, ast.Assign, ast.AnnAssign, ast.Try, ast.If, ast.With)


def _parse_prompt(prompt: str) -> ast.Module | None:
    """The prompt's syntax tree (a prompt without a docstring gets a `pass` body), None if it has none."""
    for text in (prompt, prompt.rstrip() + "\n    pass\n"):
        try:
            return ast.parse(text)
        except SyntaxError:
            continue
    return None


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _body_indent(prompt: str, tree: ast.Module | None, entry_point: str) -> str:
    """The indentation of the entry point's body in the prompt (its docstring's, or header's + 4)."""
    lines = prompt.splitlines()
    for node in tree.body if tree else []:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == entry_point:
            first = node.body[0]
            if node.lineno < first.lineno <= len(lines):
                return _indent(lines[first.lineno - 1])
            return _indent(lines[node.lineno - 1]) + "    "
    last = next((ln for ln in reversed(lines) if ln.strip()), "")
    return _indent(last) + ("    " if last.rstrip().endswith(":") else "")


def _string_lines(code: str) -> set[int]:
    """Line numbers (1-based) that continue a multi-line string: their text is data, kept verbatim."""
    inside: set[int] = set()
    opened: list[int] = []  # start rows of the f-strings being read (3.12 tokenizes them in parts)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            name = tokenize.tok_name[tok.type]
            if name == "FSTRING_START":
                opened.append(tok.start[0])
            elif name == "FSTRING_END" and opened:
                inside.update(range(opened.pop() + 1, tok.end[0] + 1))
            elif tok.type == tokenize.STRING:
                inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        pass
    return inside


def _source(lines: list[str], nodes: Sequence[ast.stmt], indent: str, strings: set[int]) -> str:
    """The source of consecutive statements, re-indented to `indent` (string contents left alone).

    A statement that shares its first line with other code (`def f(x): return x`) starts at its column.
    """
    first = nodes[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    head = lines[start - 1]
    base = _indent(head)
    if start == first.lineno:  # col_offset counts UTF-8 bytes
        column = len(head.encode()[: first.col_offset].decode(errors="ignore"))
    else:  # a decorator line
        column = len(base)
    out = [indent + head[column:]]
    for number in range(start + 1, (nodes[-1].end_lineno or start) + 1):
        line = lines[number - 1]
        if number in strings:
            out.append(line)
        elif not line.strip():
            out.append("")
        else:
            out.append(indent + (line[len(base) :] if line.startswith(base) else line.lstrip()))
    return "\n".join(out)


def _continuation(prompt: str, entry_point: str, code: str) -> str:
    """The entry point's body (and the code's helpers, nested) as a continuation of `prompt`."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise UnusableCode(f"the code does not parse: {exc.msg} (line {exc.lineno})") from None
    defining = [
        n
        for n in tree.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == entry_point
    ]
    if not defining:
        raise UnusableCode(f"the code defines no top-level function {entry_point!r}")
    body = defining[-1].body[1:] if _is_docstring(defining[-1].body[0]) else defining[-1].body
    if not body:
        raise UnusableCode(f"{entry_point!r} has no statement after its docstring")
    prompt_tree = _parse_prompt(prompt)
    known = {ast.dump(n) for n in prompt_tree.body} if prompt_tree else set()
    helpers: list[ast.stmt] = []
    for node in tree.body:
        if node in defining or ast.dump(node) in known or _is_docstring(node) or _is_main_guard(node):
            continue
        if isinstance(node, ast.Expr | ast.Assert) or (
            isinstance(node, ast.ImportFrom) and node.module == "__future__"
        ):
            continue  # demo calls and prints, asserts; a __future__ import can only be at the top
        if not isinstance(node, _NESTABLE):
            raise UnusableCode(f"top-level {type(node).__name__} at line {node.lineno} cannot be nested")
        if any(isinstance(n, ast.Global | ast.Nonlocal) for n in ast.walk(node)):
            raise UnusableCode(f"a `global` statement in the code (line {node.lineno}) cannot be nested")
        helpers.append(node)
    indent = _body_indent(prompt, prompt_tree, entry_point)
    lines, strings = code.splitlines(), _string_lines(code)
    parts = [_source(lines, [n], indent, strings) for n in helpers] + [_source(lines, body, indent, strings)]
    text = ("" if prompt.endswith("\n") else "\n") + "\n\n".join(parts) + "\n"
    _verify(prompt, entry_point, text, helpers + body)
    return text


def _verify(prompt: str, entry_point: str, text: str, expected: list[ast.stmt]) -> None:
    """Prompt + `text` parses, defines the entry point once with the expected statements, and survives
    the completion stop strings."""
    if find_stop(text, COMPLETION_STOP, prompt) is not None:
        raise UnusableCode("the continuation would be cut by a completion stop string")
    try:
        tree = ast.parse(prompt + text)
    except SyntaxError as exc:
        raise UnusableCode(f"prompt + continuation does not parse: {exc.msg} (line {exc.lineno})") from None
    defining = [
        n
        for n in tree.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == entry_point
    ]
    if len(defining) != 1:
        raise UnusableCode(f"prompt + continuation defines {entry_point!r} {len(defining)} times")
    got = [ast.dump(n) for n in defining[0].body]
    want = [ast.dump(n) for n in expected]
    extra = len(got) - len(want)
    if got[extra:] != want or extra not in (0, 1) or (extra and not _is_docstring(defining[0].body[0])):
        raise UnusableCode("the continuation does not reproduce the code's statements")
