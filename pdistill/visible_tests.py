"""Visible tests from docstrings: the examples in a prompt turned into `assert` statements.

`extract_visible_tests` recognises doctests, `f(x) ==> y` lines, "For x = v the output should be y"
sentences and "Input: / Output:" blocks. It only parses; nothing is ever executed. The HumanEval loader
(`pdistill.loaders`) uses it to fill `Task.visible_tests`, and `tools/write_tasks.py` for our own task set.
"""

from __future__ import annotations

import ast
import builtins
import doctest
import inspect
import re
from collections.abc import Iterator
from typing import Any

from pdistill.tasks import bound_names

_SEP = re.compile(r"[ \t]*(?:#[ \t]*)?(==>|=>|-->|->|➞|→|==|=|should[ \t]+return|returns\b)[ \t]*", re.I)
_CHAIN = re.compile(r"(?<![=<>!])=(?![=>])")
_FOR = re.compile(
    r"\bfor\s+(?P<args>\w+\s*=.*?),?\s+the\s+(?:output|result)\s+should\s+be\s+(?P<want>.+)", re.I
)
_IO = re.compile(r"^[ \t]*Input:[ \t]*(?P<args>\S.*)\n[ \t]*Output:[ \t]*(?P<want>\S.*)$", re.M)
_STRING = re.compile(r"^[rRuU]?(\"\"\"|'''|\"|')(.*)\1$", re.S)


def extract_visible_tests(prompt: str, entry_point: str) -> list[str]:
    """Turn the examples in `prompt`'s docstring into `assert <call> == <expected>` statements.

    Recognised: doctests (`>>> f(x)` + expected output), lines `f(x) SEP y` with SEP one of `==`, `==>`,
    `=>`, `->`, `➞`, `=`, `should return`, `returns`, `# returns`, `# =>`; "For x = v the output should
    be y" and "Input: x = v / Output: y" blocks (named arguments become positional when they follow the
    signature). Each statement must parse, call `entry_point` by name, and use only builtins and names
    the prompt defines. Duplicates are dropped; doctests come first, then the other styles, each in
    order of appearance. Nothing is executed: code is only parsed.
    """
    texts, params, known = _docstrings(prompt, entry_point)
    allowed = known | set(dir(builtins)) | {entry_point}
    found: list[str] = []
    for text in texts:
        found += _from_doctests(text)
        found += _from_lines(text, entry_point)
        for regex in (_FOR, _IO):
            for m in regex.finditer(text):
                call = _args_call(entry_point, m["args"], params)
                found += [_assert(call, want)] if call and (want := _want(m["want"])) else []
    out: list[str] = []
    for stmt in found:
        if stmt not in out and _is_valid_example(stmt, entry_point, allowed):
            out.append(stmt)
    return out


def _docstrings(prompt: str, entry_point: str) -> tuple[list[str], list[str] | None, set[str]]:
    """The raw docstring text(s) of `entry_point` in `prompt`, its parameter names, top-level names."""
    for suffix in ("", "\n    pass\n"):
        try:
            tree = ast.parse(prompt + suffix)
            break
        except (SyntaxError, ValueError):
            continue
    else:
        return [prompt], None, set()
    known = {n for stmt in tree.body for n in bound_names(stmt) if not isinstance(stmt, ast.FunctionDef)}
    known |= {stmt.name for stmt in tree.body if isinstance(stmt, ast.FunctionDef)}
    defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == entry_point]
    if not defs:
        return [prompt], None, known
    texts = []
    for stmt in defs[0].body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            m = _STRING.match(ast.get_source_segment(prompt + suffix, stmt.value) or "")
            texts.append(inspect.cleandoc(m.group(2)) if m else str(stmt.value.value))
    params = [a.arg for a in defs[0].args.posonlyargs + defs[0].args.args]
    return texts or [prompt], params, known  # no docstring: examples may still be in comments


def _from_doctests(text: str) -> Iterator[str]:
    try:
        examples = doctest.DocTestParser().get_examples(text)
    except ValueError:  # inconsistent indentation inside the docstring
        return
    for ex in examples:
        call, want = _expr(ex.source), _expr(ex.want) if ex.want.strip() else None
        if call is None or want is None:
            continue
        if isinstance(call, ast.Compare) and isinstance(want, ast.Constant) and want.value is True:
            yield ast.unparse(ast.Assert(test=call))  # `>>> f(x) == y` / `True`
        else:
            yield _assert(call, want)


def _from_lines(text: str, entry_point: str) -> list[str]:
    """`f(args) SEP want` on one line (the call may span lines); drop `=` if `=` defines f (`f(n) = ...`)."""
    plain, by_equals, defining = [], [], False
    for m in re.finditer(rf"(?<![\w.]){re.escape(entry_point)}\s*\(", text):
        call, end = _call_at(text, m.start(), entry_point)
        sep = _SEP.match(text, end) if call else None
        if sep is None:
            continue
        rest = text[sep.end() :].split("\n", 1)[0]
        if sep.group(1) == "=":
            defining |= any(isinstance(n, ast.Name) for a in call.args for n in ast.walk(a))
        want = _want(rest)
        if want is not None:
            (by_equals if sep.group(1) == "=" else plain).append((m.start(), _assert(call, want)))
    return [s for _, s in sorted(plain + ([] if defining else by_equals))]


def _call_at(text: str, start: int, entry_point: str) -> tuple[Any, int]:
    """The shortest `entry_point(...)` call starting at `start` that parses, and where it ends."""
    end = text.find(")", start)
    while end != -1 and end - start < 4000:
        node = _expr(text[start : end + 1])
        if isinstance(node, ast.Call):
            ok = isinstance(node.func, ast.Name) and node.func.id == entry_point
            return (node, end + 1) if ok else (None, 0)
        end = text.find(")", end + 1)
    return None, 0


def _args_call(entry_point: str, args: str, params: list[str] | None) -> ast.Call | None:
    """`entry_point(args)`, trimming trailing prose after commas; keywords made positional if possible."""
    pieces = args.strip().split(",")
    for n in range(len(pieces), 0, -1):
        node = _expr(f"{entry_point}({','.join(pieces[:n])})")
        if not isinstance(node, ast.Call):
            continue
        names = [k.arg for k in node.keywords]
        if not names:
            return node
        if node.args or params is None or names != params[: len(names)]:
            return None
        return ast.Call(func=node.func, args=[k.value for k in node.keywords], keywords=[])
    return None


def _want(rest: str) -> ast.expr | None:
    """A literal expected value from the text after a separator, ignoring comments and trailing prose."""
    rest = rest.strip()
    chain = _CHAIN.split(rest)  # `19 - 5 - 6 = 8`: arithmetic on literals, then the value
    candidates = [rest] + [chain[-1]] * all(_is_arithmetic(_expr(part)) for part in chain[:-1])
    candidates += [rest[: m.start()] for m in reversed(list(re.finditer(r"#|\s\(|[.,]\s", rest)))]
    for text in candidates:
        text = text.strip()
        for option in (text[:-1], text) if text.endswith(".") else (text,):
            node = _expr({"true": "True", "false": "False", "none": "None"}.get(option.lower(), option))
            try:
                ast.literal_eval(node)  # type: ignore[arg-type]
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            return node
    return None


def _is_arithmetic(node: ast.expr | None) -> bool:
    allowed = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop)
    return node is not None and all(isinstance(n, allowed) for n in ast.walk(node))


def _expr(source: str) -> ast.expr | None:
    try:
        return ast.parse(source.strip(), mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def _assert(call: ast.expr, want: ast.expr) -> str:
    return ast.unparse(ast.Assert(test=ast.Compare(left=call, ops=[ast.Eq()], comparators=[want])))


def _is_valid_example(statement: str, entry_point: str, allowed: set[str]) -> bool:
    try:
        tree = ast.parse(statement)
    except SyntaxError:
        return False
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    bound |= {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    return entry_point in calls and "print" not in calls and loads - bound <= allowed
