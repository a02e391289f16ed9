"""Strip the demo code a model writes around its answer, keeping the program the tests need.

Chat models often follow the function with example usage: `print(f(...))`, `assert f(...) == ...`, a loop
over test cases, `result = f(...)`. That code runs when the program is loaded, before any hidden test, so a
wrong guess in a demo line (or an `input()`) fails a correct function, and the feedback then blames the
demo instead of the function. EvalPlus sanitises model output the same way before executing it; Code
Alpaca references (`pdistill.alpaca`) carry the same kind of demo code.

Kept, in source order and with their original text (comments and layout included): imports, function
and class definitions (with decorators), `try`/`if` blocks made only of those (an optional import), and
the assignments that the kept definitions read as globals, directly or through another kept assignment
(`LIMIT = 10`, `TABLE = [0] * LIMIT`), unless they call the entry point. Dropped: every other top-level
statement, an `if __name__ == "__main__":` block included, and whatever follows the last kept statement.
Code that does not parse is first cut back to its longest prefix, ending just before a line that starts
at column 0, that parses and still defines the entry point (a complete function followed by a truncated
or garbled demo); a syntax error inside the function itself is left for the sandbox to report.
"""

from __future__ import annotations

import ast
import re

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_IMPORTS = (ast.Import, ast.ImportFrom)
_BLOCK_BODY = (*_IMPORTS, *_DEFINITIONS, ast.Pass, ast.Assign, ast.AnnAssign)


def sanitize(code: str, entry_point: str) -> str:
    """`code` without its top-level demo code (see the module docstring); unchanged when nothing is dropped,
    and when the entry point is not defined at the top level (the code may be a bare function body)."""
    parsed = _parse_defining(code, entry_point)
    if parsed is None:
        return code
    text, tree = parsed
    stripped = strip_demo(text, entry_point, tree)
    return code if text == code and stripped == code.rstrip() + "\n" else stripped


def strip_demo(code: str, entry_point: str | None = None, tree: ast.Module | None = None) -> str:
    """The kept statements of a program that parses (`tree` is its parse, if already at hand), ending with
    one newline. Statements that share a line with a dropped one (`x = 1; print(x)`) are unparsed."""
    tree = tree or ast.parse(code)
    kept = _kept(tree.body, entry_point)
    end = max((_span(stmt).stop for stmt in kept), default=0)
    if len(kept) == len(tree.body):
        return "\n".join(code.splitlines()[:end]).rstrip() + "\n"
    gone = {i for stmt in tree.body if stmt not in kept for i in _span(stmt)}
    if any(i in gone for stmt in kept for i in _span(stmt)):
        return ast.unparse(ast.Module(body=kept, type_ignores=[])) + "\n"
    lines = [ln.rstrip() for i, ln in enumerate(code.splitlines()[:end]) if i not in gone]
    return re.sub(r"\n{3,}", "\n\n\n", "\n".join(lines)).strip("\n") + "\n"


def _defines(tree: ast.Module, name: str) -> bool:
    return any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name for n in tree.body)


def _parse_defining(code: str, entry_point: str) -> tuple[str, ast.Module] | None:
    """(the code, or its longest parsing prefix, and its parse) when it defines the entry point, else None."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        lines = code.splitlines()
        cuts = [i for i, ln in enumerate(lines) if i and ln[:1] not in ("", " ", "\t", "#", ")", "]", "}")]
        for cut in reversed(cuts):
            prefix = "\n".join(lines[:cut]) + "\n"
            try:
                tree = ast.parse(prefix)
            except (SyntaxError, ValueError):
                continue
            return (prefix, tree) if _defines(tree, entry_point) else None
        return None
    return (code, tree) if _defines(tree, entry_point) else None


def _span(stmt: ast.stmt) -> range:
    """The 0-based line indexes of a statement, decorators included."""
    start = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
    return range(start - 1, stmt.end_lineno or stmt.lineno)


def _definition_block(stmt: ast.stmt) -> bool:
    """A `try`, or an `if` other than the main guard, holding only imports, definitions, assignments and
    `pass` (`try: import numpy` / `except ImportError: numpy = None`)."""
    if isinstance(stmt, ast.Try):
        blocks = [stmt.body, stmt.orelse, stmt.finalbody] + [h.body for h in stmt.handlers]
    elif isinstance(stmt, ast.If) and "__name__" not in {
        n.id for n in ast.walk(stmt.test) if isinstance(n, ast.Name)
    }:
        blocks = [stmt.body, stmt.orelse]
    else:
        return False
    return all(isinstance(s, _BLOCK_BODY) for block in blocks for s in block)


def _free_names(node: ast.AST) -> set[str]:
    """Names a statement reads but does not bind itself (parameters and local assignments excluded)."""
    loads, bound = set(), set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            (loads if isinstance(n.ctx, ast.Load) else bound).add(n.id)
        elif isinstance(n, ast.arg):
            bound.add(n.arg)
    return loads - bound


def _kept(body: list[ast.stmt], entry_point: str | None) -> list[ast.stmt]:
    """The statements to keep, in order: imports, definitions, and the assignments they depend on."""
    kept = [s for s in body if isinstance(s, (*_IMPORTS, *_DEFINITIONS)) or _definition_block(s)]
    candidates = [
        s
        for s in body
        if isinstance(s, ast.Assign | ast.AnnAssign)
        and s.value is not None
        and not any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == entry_point
            for n in ast.walk(s.value)
        )
    ]
    reads = set().union(*map(_free_names, kept))
    while True:  # an assignment may feed another one (`LIMIT = 10`, `TABLE = [0] * LIMIT`)
        more = [
            s
            for s in candidates
            if s not in kept
            and {n.id for n in ast.walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            & reads
        ]
        if not more:
            return [s for s in body if s in kept or s in more]
        kept += more
        reads |= set().union(*map(_free_names, more))
