"""Decontamination: find our tasks that overlap a benchmark (HumanEval) by token n-grams.

Each task has two fields, compared only with the same field of the benchmark tasks:

- **description**: the docstrings of the prompt (prose and `>>>` examples), or the whole prompt if it
  has none;
- **solution**: the reference minus the prompt (for HumanEval: the canonical solution), or the whole
  reference if it does not start with the prompt.

A field becomes tokens: lowercased words, identifiers and digit runs; punctuation, whitespace and
formatting are dropped, and a call or `def` of the entry point (`name(`) becomes one placeholder, so a
renamed, reformatted copy keeps its tokens. Shared n-grams made only of numbers and the placeholder (runs
of digits in examples such as `f([1, 2, 3, 4, 5])`) are ignored: they are shared by chance.

A field's *coverage* by one benchmark task is the share of its informative tokens (those inside at least
one informative n-gram) that lie inside an n-gram the two share: the token-level contamination measure of
the Llama 2 report, which used n = 10 and called a sample clean below 20% and dirty above 80%. A task
overlaps when one field's coverage by one benchmark task reaches the threshold. Coverage degrades
gracefully under light edits: a changed word breaks the n-grams across it, the rest stays covered.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from pdistill.config.sections import Prepare
from pdistill.tasks import Task

DEFAULT_NGRAM = Prepare.decontam_ngram  # tokens per n-gram (params.yaml: prepare.decontam_ngram)
DEFAULT_THRESHOLD = Prepare.decontam_threshold  # coverage (see above) at which a task counts as overlapping
FIELDS = ("description", "solution")
PLACEHOLDER = "_entry_point_"

_TOKEN = re.compile(r"[^\W\d]\w*|\d+")
NGram = tuple[str, ...]


def description(task: Task) -> str:
    """The docstrings of `task.prompt` (module, functions, classes), or the prompt if it has none."""
    try:
        tree = ast.parse(task.prompt)
    except (SyntaxError, ValueError):
        return task.prompt
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    docs = [ast.get_docstring(node) for node in ast.walk(tree) if isinstance(node, kinds)]
    return "\n".join(doc for doc in docs if doc) or task.prompt


def solution(task: Task) -> str:
    """The reference's code after the prompt (the whole reference if it does not start with it)."""
    reference = task.reference or ""
    return reference[len(task.prompt) :] if reference.startswith(task.prompt) else reference


def tokens(text: str, entry_point: str) -> list[str]:
    """Lowercased words, identifiers and digit runs; `entry_point(` (a call or def) becomes PLACEHOLDER."""
    text = re.sub(rf"(?<![\w.]){re.escape(entry_point)}\s*\(", f" {PLACEHOLDER} (", text)
    return _TOKEN.findall(text.lower())


def field_tokens(task: Task, field: str) -> list[str]:
    """The tokens of one field (`description` or `solution`) of `task`."""
    return tokens(description(task) if field == "description" else solution(task), task.entry_point)


def informative(gram: NGram) -> bool:
    """False for n-grams of only numbers and the placeholder (example data, shared by chance)."""
    return any(not (tok.isdigit() or tok == PLACEHOLDER) for tok in gram)


def ngrams(toks: list[str], n: int) -> set[NGram]:
    """The informative n-grams of a token list (none if it is shorter than n)."""
    return {g for i in range(len(toks) - n + 1) if informative(g := tuple(toks[i : i + n]))}


@dataclass(frozen=True)
class Index:
    """For each field, every informative n-gram of the benchmark tasks and the ids holding it."""

    n: int
    grams: dict[str, dict[NGram, frozenset[str]]]


def build_index(benchmark: Iterable[Task], n: int = DEFAULT_NGRAM) -> Index:
    """Index the n-grams of the benchmark's descriptions and solutions (kept apart)."""
    grams: dict[str, dict[NGram, set[str]]] = {field: defaultdict(set) for field in FIELDS}
    for task in benchmark:
        for field in FIELDS:
            for gram in ngrams(field_tokens(task, field), n):
                grams[field][gram].add(task.task_id)
    return Index(n, {f: {g: frozenset(ids) for g, ids in grams[f].items()} for f in FIELDS})


@dataclass(frozen=True)
class Overlap:
    """A task's closest benchmark task: the field, the share of its tokens covered, shared n-grams."""

    task_id: str
    flagged: bool
    match: str | None  # benchmark task id; None when no n-gram is shared
    field: str | None
    coverage: float  # share of the field's informative tokens inside an n-gram shared with `match`
    shared: int  # distinct n-grams shared with `match` in that field

    def describe(self, n: int) -> str:
        """One line naming the task, the benchmark task it matches, the field and the overlap."""
        return (
            f"{self.task_id} overlaps {self.match}: {self.coverage:.0%} of its {self.field} tokens lie in "
            f"{self.shared} shared {n}-gram(s)"
        )


def check(task: Task, index: Index, threshold: float = DEFAULT_THRESHOLD) -> Overlap:
    """The benchmark task and field covering most of `task`'s tokens; flagged at `threshold` or above."""
    best = Overlap(task.task_id, False, None, None, 0.0, 0)
    for field in FIELDS:
        toks = field_tokens(task, field)
        coverable: set[int] = set()  # tokens inside an informative n-gram: the denominator
        covered: dict[str, set[int]] = defaultdict(set)
        shared: dict[str, set[NGram]] = defaultdict(set)
        for i in range(len(toks) - index.n + 1):
            gram = tuple(toks[i : i + index.n])
            if informative(gram):
                coverable.update(range(i, i + index.n))
            for match in index.grams[field].get(gram, ()):
                covered[match].update(range(i, i + index.n))
                shared[match].add(gram)
        for match in sorted(covered):
            coverage = len(covered[match]) / len(coverable)
            if coverage > best.coverage:
                best = Overlap(task.task_id, False, match, field, coverage, len(shared[match]))
    return replace(best, flagged=best.coverage >= threshold)


def decontaminate(
    tasks: Iterable[Task],
    benchmark: Iterable[Task],
    n: int = DEFAULT_NGRAM,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[list[Task], list[Overlap]]:
    """Split `tasks` into (kept tasks, in order; overlaps of the removed ones, in order)."""
    index = build_index(benchmark, n)
    kept: list[Task] = []
    removed: list[Overlap] = []
    for task in tasks:
        overlap = check(task, index, threshold)
        if overlap.flagged:
            removed.append(overlap)
        else:
            kept.append(task)
    return kept, removed
