"""Code Alpaca-style records (instruction, input, reference code; no tests) and the tasks they can become.

A record is a JSON object with `instruction` (what to write), `input` (optional context, often empty) and
`output` (the reference code), in a JSONL file or a JSON list (Code Alpaca's own `code_alpaca_20k.json`).
Only outputs that parse as Python and define a top-level function can become tasks: the entry point is
the last top-level function. Everything here is static (parsing only); `pdistill.synthesize` asks the
teacher for test inputs and runs the reference in the sandbox.
"""

from __future__ import annotations

import ast
import os
import re
import warnings
from dataclasses import dataclass

from pdistill.loaders import _mbpp_prompt, read_records
from pdistill.sanitize import strip_demo
from pdistill.tasks import field_error, parse_code

#: Why a record is not a candidate task, before any teacher call.
STATIC_REASONS = ("not_python", "no_function", "no_parameters", "unsupported_signature")

_FENCED = re.compile(r"^\s*```[\w+-]*[ \t]*\n(?P<code>.*?)\n?```\s*$", re.S)


@dataclass(frozen=True)
class Record:
    """One input record and where it came from (`where` is `FILE` or `FILE[index]`, `line` for JSONL)."""

    index: int
    where: str
    line: int | None
    instruction: str
    input: str
    output: str


@dataclass(frozen=True)
class Candidate:
    """A record whose output defines a callable entry point: ready to ask the teacher for test inputs."""

    record: Record
    reference: str  # the output without its top-level demo code (prints, calls, `if __name__` blocks)
    entry_point: str
    min_args: int  # positional arguments the entry point needs
    max_args: int | None  # positional arguments it accepts (None: any number, `*args`)

    def accepts(self, n: int) -> bool:
        """Whether a call with `n` positional arguments fits the signature."""
        return self.min_args <= n and (self.max_args is None or n <= self.max_args)


@dataclass(frozen=True)
class Dropped:
    """A record that gave no task: the reason (a key of the counts) and a one-line detail."""

    index: int
    reason: str
    detail: str


def read_alpaca(path: str | os.PathLike[str]) -> list[Record]:
    """Read and validate every record; an error names the file, the line or `[index]`, and the field."""
    records = []
    for index, (where, line, rec) in enumerate(read_records(path)):
        for key in ("instruction", "output"):
            if key not in rec:
                field_error(where, line, key, "missing")
            if not isinstance(rec[key], str):
                field_error(where, line, key, f"expected a string, got {type(rec[key]).__name__}")
        if not rec["instruction"].strip():
            field_error(where, line, "instruction", "is empty")
        extra = rec.get("input")
        if extra is not None and not isinstance(extra, str):
            field_error(where, line, "input", f"expected a string, got {type(extra).__name__}")
        records.append(Record(index, where, line, rec["instruction"], extra or "", rec["output"]))
    return records


def candidate(record: Record) -> Candidate | Dropped:
    """The candidate task of a record, or why it cannot be one (parsing only, nothing is executed)."""
    code = strip_fence(record.output)
    tree = _parse(code)
    if tree is None:
        return Dropped(record.index, "not_python", "the output does not parse as Python 3")
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    if not defs:
        return Dropped(record.index, "no_function", "the output defines no top-level function")
    entry = defs[-1]
    args = entry.args
    positional = len(args.posonlyargs) + len(args.args)
    required_kw = [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is None]
    if required_kw:
        detail = f"{entry.name}() has required keyword-only arguments: {', '.join(required_kw)}"
        return Dropped(record.index, "unsupported_signature", detail)
    if positional == 0 and args.vararg is None:
        return Dropped(record.index, "no_parameters", f"{entry.name}() takes no arguments")
    reference = strip_demo(code, entry.name, tree)
    max_args = None if args.vararg is not None else positional
    return Candidate(record, reference, entry.name, positional - len(args.defaults), max_args)


def strip_fence(code: str) -> str:
    """The code inside a Markdown fence if the whole output is one fenced block, else the output."""
    m = _FENCED.match(code)
    return m.group("code") if m else code


def task_prompt(candidate: Candidate, example: str) -> str:
    """A HumanEval-style prompt: the reference's imports, then the entry point's header and a docstring
    holding the instruction, the record's input (if any) and one example test."""
    tree = _parse(candidate.reference)
    assert tree is not None  # a candidate's reference always parses
    lines = candidate.reference.splitlines()
    imports = [
        "\n".join(lines[s.lineno - 1 : s.end_lineno])
        for s in tree.body
        if isinstance(s, (ast.Import, ast.ImportFrom))
    ]
    node = next(n for n in reversed(tree.body) if isinstance(n, ast.FunctionDef))
    header = _mbpp_prompt(candidate.reference, node, describe(candidate.record), example)
    return "\n".join(imports) + "\n\n\n" + header if imports else header


def describe(record: Record) -> str:
    """The task in words: the instruction, and the record's input as a second paragraph."""
    text = record.instruction.strip()
    if record.input.strip():
        text += "\n\nInput: " + record.input.strip()
    return text


def _parse(code: str) -> ast.Module | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences and the like: still Python
        try:
            return ast.parse(code)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return None


def check_prompt(prompt: str, record: Record) -> None:
    """The prompt with a body must parse (the docstring built from the instruction is valid Python)."""
    parse_code(prompt + "    pass\n", record.where, record.line, "instruction")
