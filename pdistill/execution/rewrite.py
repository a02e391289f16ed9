"""Rewrite test code so every assertion reports its outcome instead of stopping at the first failure.

`assert left OP right, msg` becomes `__pd_cmp__(i, left, "OP", right, lambda: msg)`; any other
`assert test, msg` becomes `__pd_assert__(i, test, lambda: msg)`. Operands are evaluated in the same
order as before; the message only on failure. Calls to the function under test (by its name, or as
`candidate` in HumanEval's `check`) become `__pd_call__(f, *args)`, which records the arguments so
the feedback can name the INPUT. Line numbers are kept, so tracebacks still point at the test source.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

COMPARE_OPS = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}


@dataclass(frozen=True)
class AssertInfo:
    """Where an assertion is and what it says, for feedback."""

    lineno: int
    end_lineno: int
    source: str  # the assert statement's source text
    left: str  # source of the left operand of a comparison ('' otherwise)


class _Rewriter(ast.NodeTransformer):
    def __init__(self, source: str, call_names: set[str]) -> None:
        self.source = source
        self.call_names = call_names
        self.asserts: list[AssertInfo] = []

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in self.call_names:
            wrapped = ast.Call(
                func=ast.Name("__pd_call__", ast.Load()), args=[node.func, *node.args], keywords=node.keywords
            )
            return ast.copy_location(wrapped, node)
        return node

    def visit_Assert(self, node: ast.Assert) -> ast.AST:
        test = node.test
        index = len(self.asserts)
        is_cmp = isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARE_OPS
        left = ast.get_source_segment(self.source, test.left) if is_cmp else ""  # type: ignore[union-attr]
        self.asserts.append(
            AssertInfo(
                node.lineno,
                node.end_lineno or node.lineno,
                ast.get_source_segment(self.source, node) or "",
                left or "",
            )
        )
        self.generic_visit(node)
        msg = (
            ast.Lambda(
                args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]),
                body=node.msg,
            )
            if node.msg is not None
            else ast.Constant(None)
        )
        if is_cmp:
            assert isinstance(test, ast.Compare)
            op = COMPARE_OPS[type(test.ops[0])]
            args = [ast.Constant(index), test.left, ast.Constant(op), test.comparators[0], msg]
            call = ast.Call(func=ast.Name("__pd_cmp__", ast.Load()), args=args, keywords=[])
        else:
            call = ast.Call(
                func=ast.Name("__pd_assert__", ast.Load()), args=[ast.Constant(index), test, msg], keywords=[]
            )
        return ast.copy_location(ast.Expr(call), node)


def rewrite_tests(source: str, call_names: set[str]) -> tuple[ast.Module, list[AssertInfo]]:
    """Parse and rewrite test code; raises `SyntaxError` if the tests themselves do not parse."""
    tree = ast.parse(source, filename="<tests>")
    rewriter = _Rewriter(source, call_names)
    tree = rewriter.visit(tree)
    ast.fix_missing_locations(tree)
    return tree, rewriter.asserts


def defines_check(tree: ast.Module) -> bool:
    """True for HumanEval-style tests: a top-level `def check(candidate)`."""
    return any(isinstance(n, ast.FunctionDef) and n.name == "check" for n in tree.body)
