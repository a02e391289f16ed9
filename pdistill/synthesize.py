"""Tasks from instruction + reference-code pairs without tests (Code Alpaca style), as in the paper.

For each record whose reference defines a function (`pdistill.alpaca`), the teacher proposes test inputs
(`prompts/test_inputs.txt`; one cached request per task), the reference is run on them in the sandbox
`synthesize.runs` times (`pdistill.probe`), and every input whose result is a reproducible Python literal
becomes an assert. A task is kept with at least `synthesize.min_tests` asserts, and only if its reference
then passes its own tests in the sandbox. Every record that gives no task is counted under one reason.
"""

from __future__ import annotations

import dataclasses
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pdistill.alpaca import STATIC_REASONS, Candidate, Dropped, Record, candidate, check_prompt, task_prompt
from pdistill.config.load import load_config, teacher_params
from pdistill.config.sections import Synthesize
from pdistill.execution.config import ExecutionConfig
from pdistill.execution.engine import execute_samples
from pdistill.execution.limits import Limits
from pdistill.execution.pool import SandboxPool
from pdistill.inputs import input_messages, proposed_inputs, render_test
from pdistill.io import DataError, write_json, write_jsonl
from pdistill.probe import PROBE_TASK, Outcome, combine, program, read_report
from pdistill.tasks import Task, write_tasks
from pdistill.teacher.session import config_for_estimate, open_teacher, teacher_metrics

REASONS = (
    *STATIC_REASONS,
    "malformed_reply",  # no list of literal argument tuples in the teacher's reply
    "reference_failed",  # the reference does not load, or raises / times out on every input
    "non_reproducible",  # runs disagree: randomness, clocks, object ids, set order
    "returns_none",  # every result is None (a function that only prints)
    "too_few_tests",  # fewer than `min_tests` inputs left a usable result
    "invalid_task",  # the task record fails validation (e.g. an instruction that breaks the docstring)
    "self_check_failed",  # the reference does not pass its own generated tests
)
INPUT_COUNTS = ("proposed", "invalid", "duplicate", "surplus", "raised", "timeout", "too_long")
INPUT_COUNTS += ("unrepresentable", "non_reproducible", "kept")


@dataclass
class Synthesis:
    """What a run made: the kept tasks (input order), the dropped records, and the counts."""

    tasks: list[Task]
    dropped: list[Dropped]
    counts: dict[str, Any]

    def write(self, out: str, counts: str, dropped: str | None = None) -> None:
        """Write the tasks, the dropped records (if asked: index, reason, detail) and the counts, each
        atomically and deterministically."""
        write_tasks(out, self.tasks)
        if dropped:
            write_jsonl(dropped, (dataclasses.asdict(d) for d in self.dropped))
        write_json(counts, self.counts)

    def summary(self, out: str) -> str:
        """One line: what was written and why the other records were dropped."""
        c = self.counts
        reasons = ", ".join(f"{r} {n}" for r, n in c["dropped"].items() if n) or "none"
        wrote = f"wrote {c['kept']} tasks ({c['tests']} tests) to {out} from {c['records']} records"
        return f"{wrote}; dropped: {reasons}"


def load_settings(path: str) -> tuple[dict[str, Any], ExecutionConfig, Synthesize]:
    """The teacher settings (`teacher` + `teacher_client`), `execution` and `synthesize` of a params file,
    all validated before anything starts (a section left out takes params.yaml's defaults)."""
    config = load_config(path)
    teacher = teacher_params(config)
    config_for_estimate(teacher)  # a bad base_url fails here, before any work
    return teacher, ExecutionConfig.from_config(config), config.synthesize


def synthesize(
    records: Sequence[Record],
    template: string.Template,
    teacher_params: Mapping[str, Any],
    execution: ExecutionConfig,
    config: Synthesize,
    *,
    kind: str = "alpaca",
    progress: bool | None = None,
) -> Synthesis:
    """Turn records into validated tasks (see the module docstring); nothing is written here.
    `progress=False` hides the teacher's and the sandbox's bars (`pdistill.progress`)."""
    dropped: list[Dropped] = []
    cands: list[Candidate] = []
    for record in records:
        c = candidate(record)
        (cands if isinstance(c, Candidate) else dropped).append(c)  # type: ignore[arg-type]
    inputs: Counter[str] = Counter()
    plans: list[tuple[Candidate, list[tuple[str, ...]], dict[str, Any]]] = []
    teacher: dict[str, Any] | None = None
    if cands:  # no teacher at all (no server, no key) when no record can become a task
        with open_teacher(teacher_params) as client:
            replies = client.chat_many(
                [input_messages(template, c, config.n_inputs) for c in cands],
                desc="synthesize",
                progress=progress,
            )
            teacher = teacher_metrics(client, replies)
        for c, reply in zip(cands, replies, strict=True):
            args = proposed_inputs(reply.content, c, config.n_inputs, inputs)
            meta = {"instruction_index": c.record.index, "request_hash": reply.request_hash}
            meta["teacher_model"] = teacher["model"]
            if args:
                plans.append((c, args, meta))
            else:
                dropped.append(Dropped(c.record.index, "malformed_reply", _first_line(reply.content)))
    tasks: list[Task] = []
    if plans:
        with SandboxPool(execution.workers, execution.sandbox) as pool:
            probed = _probe(plans, execution.limits, config, pool, progress)
            built = []
            for (c, args, meta), outcomes in zip(plans, probed, strict=True):
                task = _task(c, args, outcomes, meta, config, kind, inputs)
                (built if isinstance(task, Task) else dropped).append(task)  # type: ignore[arg-type]
            tasks = _self_check(built, execution.limits, pool, progress, dropped)
    dropped.sort(key=lambda d: d.index)
    reasons = Counter(d.reason for d in dropped)
    counts = {
        "records": len(records),
        "candidates": len(cands),
        "kept": len(tasks),
        "tests": sum(t.test.count("\n") for t in tasks),
        "dropped": {r: reasons[r] for r in REASONS},
        "inputs": {k: inputs[k] for k in INPUT_COUNTS},
        "teacher": teacher,
    }
    return Synthesis(tasks, dropped, counts)


def _probe(plans: list, limits: Limits, config: Synthesize, pool: SandboxPool, progress: bool | None) -> list:
    """Run every plan's reference `config.runs` times; per plan a list of `Outcome`s or an error."""
    n = max(len(args) for _, args, _ in plans)
    timeout = limits.timeout_s + config.call_timeout_s * (n + 1)
    probe_limits = dataclasses.replace(
        limits,
        timeout_s=timeout,
        cpu_s=None if limits.cpu_s is None else max(limits.cpu_s, timeout + 1),
        max_output_bytes=max(limits.max_output_bytes, n * (config.max_test_chars + 64) + 4096),
    )
    settings = {"call_timeout_s": config.call_timeout_s, "max_chars": config.max_test_chars}
    samples = [
        {
            "task_id": "probe",
            "sample_id": len(plans) * r + i,
            "code": program(
                c.reference, c.entry_point, [f"({', '.join(a)},)" if a else "()" for a in args], r, **settings
            ),
        }
        for r in range(config.runs)
        for i, (c, args, _) in enumerate(plans)
    ]
    verdicts, _ = execute_samples(
        {"probe": PROBE_TASK}, samples, probe_limits, pool=pool, progress=progress, desc="synthesize: probe"
    )
    reports = [read_report(v) for v in verdicts]
    return [
        combine([reports[len(plans) * r + i] for r in range(config.runs)], len(args))
        for i, (_, args, _) in enumerate(plans)
    ]


def _task(
    c: Candidate,
    args: list[tuple[str, ...]],
    outcomes: list[Outcome] | str,
    meta: dict[str, Any],
    config: Synthesize,
    kind: str,
    inputs: Counter[str],
) -> Task | Dropped:
    """The task of one probed candidate, or why it is dropped."""
    index = c.record.index
    if isinstance(outcomes, str):
        return Dropped(index, "reference_failed", outcomes)
    inputs.update(o.kind for o in outcomes if o.kind != "value")
    if any(o.kind == "non_reproducible" for o in outcomes):
        return Dropped(index, "non_reproducible", "two runs of the reference disagree on the same input")
    kept = [
        (render_test(c.entry_point, a, o, config.float_tolerance), o)
        for a, o in zip(args, outcomes, strict=True)
        if o.kind == "value"
    ]
    inputs["too_long"] += sum(1 for t, _ in kept if len(t) > config.max_test_chars)
    kept = [(t, o) for t, o in kept if len(t) <= config.max_test_chars]
    inputs["kept"] += len(kept)
    if not kept and all(o.kind in ("raised", "timeout") for o in outcomes):
        return Dropped(
            index, "reference_failed", f"the reference raised or timed out on all {len(args)} inputs"
        )
    if len(kept) >= config.min_tests and all(o.value is None for _, o in kept):
        return Dropped(index, "returns_none", f"{c.entry_point}() returned None on every input")
    if len(kept) < config.min_tests:
        return Dropped(index, "too_few_tests", f"{len(kept)} usable inputs of {len(args)}")
    example = next((t for t, o in kept if type(o.value) is not float), kept[0][0])  # `==` reads best
    record = {
        "task_id": f"{kind}/{index}",
        "prompt": task_prompt(c, example),
        "entry_point": c.entry_point,
        "test": "".join(t + "\n" for t, _ in kept),
        "visible_tests": [example],
        "reference": c.reference,
        "source": kind,
        "meta": {**meta, "inputs": len(args), "tests": len(kept)},
    }
    try:
        check_prompt(record["prompt"], c.record)
        return Task.from_record(record, c.record.where, c.record.line)
    except DataError as exc:
        return Dropped(index, "invalid_task", str(exc))


def _self_check(
    tasks: list[Task], limits: Limits, pool: SandboxPool, progress: bool | None, dropped: list[Dropped]
) -> list[Task]:
    """The tasks whose reference passes their own tests in the sandbox (the others go to `dropped`)."""
    if not tasks:
        return []
    samples = [{"task_id": t.task_id, "sample_id": 0, "code": t.reference} for t in tasks]
    verdicts, _ = execute_samples(
        {t.task_id: t for t in tasks},
        samples,
        limits,
        pool=pool,
        progress=progress,
        desc="synthesize: self-check",
    )
    kept = []
    for task, verdict in zip(tasks, verdicts, strict=True):
        if verdict["status"] == "passed":
            kept.append(task)
        else:
            index = int(task.meta["instruction_index"])
            dropped.append(Dropped(index, "self_check_failed", _first_line(verdict["feedback"])))
    return kept


def _first_line(text: str) -> str:
    """The first non-blank line of a text (at most 200 characters), for the dropped records' details."""
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    return lines[0][:200] if lines else "(empty reply)"
