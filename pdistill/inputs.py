"""The teacher's part in task synthesis: the request for test inputs, and reading its reply.

The teacher is asked (`prompts/test_inputs.txt`) for a Python list of argument tuples. Its reply is read
robustly, by parsing only (`ast.literal_eval`, never `eval`): a fenced block or bare text, a list or one
call per line, `inputs = [...]`, JSON lists; each item must be a literal that fits the entry point's
signature. `render_test` turns an input and the reference's result into an assert statement.
"""

from __future__ import annotations

import ast
import string
from collections import Counter
from collections.abc import Sequence

from pdistill.alpaca import Candidate, describe
from pdistill.extract import PYTHON_TAGS, fenced_blocks
from pdistill.probe import Outcome
from pdistill.prompts import render

_LITERAL_ERRORS = (ValueError, TypeError, SyntaxError, MemoryError, RecursionError)


def input_messages(template: string.Template, cand: Candidate, n: int) -> list[dict[str, str]]:
    """The teacher's request for `n` test inputs of one candidate."""
    text = render(
        template,
        entry_point=cand.entry_point,
        task=describe(cand.record),
        reference=cand.reference.rstrip(),
        n=str(n),
    )
    return [{"role": "user", "content": text}]


def reply_items(reply: str) -> list[ast.expr] | None:
    """The items of the list the teacher wrote (fenced or bare; one item per line also works)."""
    blocks = [b.code for b in fenced_blocks(reply) if b.lang in PYTHON_TAGS or b.lang == "json"]
    for text in [*blocks, reply]:
        text = text.strip()
        options = [text]
        if "[" in text and "]" in text:
            options.append(text[text.index("[") : text.rindex("]") + 1])
        for option in options:
            node = _expression(option)
            if isinstance(node, (ast.List, ast.Tuple)) and node.elts:
                return list(node.elts)
        lines = [ln.strip().rstrip(",") for ln in text.splitlines() if ln.strip() and ln.strip()[0] != "#"]
        nodes = [_expression(ln) for ln in lines]
        if nodes and all(n is not None for n in nodes):
            return nodes  # type: ignore[return-value]
    return None


def arguments(item: ast.expr, cand: Candidate) -> tuple[str, ...] | None:
    """The positional arguments (as source) of one proposed call, or None if it is not a literal call
    that fits the signature. A tuple is the argument tuple (a JSON list too, for several parameters);
    anything else is the single argument."""
    try:
        ast.literal_eval(item)
    except _LITERAL_ERRORS:
        return None
    args: list[ast.expr] = [item]
    if isinstance(item, ast.Tuple):  # the argument tuple, unless only the tuple itself fits
        args = item.elts if cand.accepts(len(item.elts)) or not cand.accepts(1) else [item]
    elif isinstance(item, ast.List) and not cand.accepts(1):  # a JSON-style argument list
        args = item.elts
    return tuple(ast.unparse(a) for a in args) if cand.accepts(len(args)) else None


def proposed_inputs(reply: str, cand: Candidate, n: int, counts: Counter[str]) -> list[tuple[str, ...]]:
    """Up to `n` distinct valid argument tuples from a reply (empty when there are none)."""
    items = reply_items(reply) or []
    counts["proposed"] += len(items)
    out: list[tuple[str, ...]] = []
    for item in items:
        args = arguments(item, cand)
        if args is None:
            counts["invalid"] += 1
        elif args in out:
            counts["duplicate"] += 1
        elif len(out) >= n:
            counts["surplus"] += 1
        else:
            out.append(args)
    return out


def render_test(entry_point: str, args: Sequence[str], outcome: Outcome, tolerance: float) -> str:
    """`assert f(args) == <result>`; a float result is compared within a relative `tolerance`:
    `assert abs(f(args) - <result>) <= tolerance * max(1, |result|)` (the bound written to 3 digits)."""
    call = f"{entry_point}({', '.join(args)})"
    if type(outcome.value) is float and tolerance > 0:
        bound = f"{tolerance * max(1.0, abs(outcome.value)):.3g}"
        expected = f"({outcome.text})" if outcome.text.startswith("-") else outcome.text
        return f"assert abs({call} - {expected}) <= {bound}"
    return f"assert {call} == {outcome.text}"


def _expression(text: str) -> ast.expr | None:
    """The value of a text that is one expression or one assignment (`inputs = [...]`)."""
    try:
        body = ast.parse(text).body
    except _LITERAL_ERRORS:
        return None
    if len(body) == 1 and isinstance(body[0], (ast.Expr, ast.Assign)):
        return body[0].value
    return None
