"""Run a reference program on test inputs in the sandbox and read back what it returned.

The reference never runs in this process. Each probe is a program for the execution engine: a small
driver plus the job (reference, entry point, inputs) as constants. Inside the sandbox the driver runs
the reference in its own namespace, calls the entry point on each input (a per-call time limit, the
reference's own prints swallowed) and prints one marked JSON line: per input the `repr` of the result,
or what was raised, or `timeout`, or `too_long`. Run 0 evaluates in the sandboxed process itself (hash
seed 0, where the tests will later be judged); run r > 0 evaluates in a fresh interpreter started
inside the sandbox with `PYTHONHASHSEED=r`, so randomness, clocks, object addresses and set ordering
all show up as runs that disagree.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MARKER = "@@pdistill-probe@@"
ENTRY = "_pdistill_probe"
TEST = f"{ENTRY}()\n"

LAUNCHER = r"""
def _pdistill_probe_launch(job, seed, evaluator):
    import json, os, subprocess, sys
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    code = evaluator + "\n_pdistill_probe_child()\n"
    try:
        proc = subprocess.run([sys.executable, "-s", "-c", code], input=json.dumps(job).encode(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except OSError as exc:
        report = {"error": f"could not start a fresh interpreter: {exc}"}
    else:
        out = proc.stdout.decode("utf-8", "replace")
        if job["marker"] in out:
            return _pdistill_probe_write(out[out.rindex(job["marker"]):])
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        report = {"error": f"the fresh interpreter exited with status {proc.returncode}: {tail}"}
    _pdistill_probe_write(job["marker"] + json.dumps(report) + "\n")


def _pdistill_probe_write(text):
    import os
    data = text.encode("utf-8", "replace")
    while data:
        data = data[os.write(1, data):]
"""

EVALUATOR = r"""
def _pdistill_probe_child():
    import json, sys
    job = json.loads(sys.stdin.read())
    _pdistill_probe_write(job["marker"] + json.dumps(_pdistill_probe_evaluate(job)) + "\n")


def _pdistill_probe_write(text):
    import os
    data = text.encode("utf-8", "replace")
    while data:
        data = data[os.write(1, data):]


def _pdistill_probe_evaluate(job):
    import ast, builtins, contextlib, io, signal

    class Timeout(BaseException):
        pass

    def alarm(signum, frame):
        raise Timeout()

    def timed(fn, seconds):
        signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def describe(exc):
        text = str(exc).strip().splitlines()
        return type(exc).__name__ + (": " + text[0][:200] if text else "")

    sink = io.StringIO()
    namespace = {"__name__": "__reference__", "__builtins__": builtins}
    try:
        code = compile(job["reference"], "<reference>", "exec")
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            timed(lambda: exec(code, namespace), job["call_timeout_s"])
    except Timeout:
        return {"error": "loading the reference timed out"}
    except BaseException as exc:
        return {"error": "loading the reference raised " + describe(exc)}
    function = namespace.get(job["entry_point"])
    if not callable(function):
        return {"error": "the reference does not define " + job["entry_point"]}
    results = []
    for source in job["inputs"]:
        sink.seek(0)
        sink.truncate()
        try:
            args = ast.literal_eval(source)
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                text = timed(lambda: repr(function(*args)), job["call_timeout_s"])
        except Timeout:
            results.append({"timeout": True})
        except BaseException as exc:
            results.append({"raised": describe(exc)})
        else:
            if len(text) > job["max_chars"]:
                results.append({"too_long": len(text)})
            else:
                results.append({"value": text})
    return {"results": results}
"""


@dataclass(frozen=True)
class Outcome:
    """What the reference did on one input across every run: `kind` is `value` (then `text` is the
    repr of run 0, a Python literal equal in every run), `raised`, `timeout`, `too_long`,
    `unrepresentable` (a result that is not a Python literal) or `non_reproducible`."""

    kind: str
    text: str = ""
    value: Any = None


def program(reference: str, entry_point: str, inputs: Sequence[str], seed: int, **settings: Any) -> str:
    """The probe program of run `seed`: the evaluator (run 0) or a launcher that runs the evaluator in a
    fresh interpreter with `PYTHONHASHSEED=seed` (run > 0), the job, and `_pdistill_probe()` for the test.

    `inputs` are argument tuples as Python source (`"(1, 'a')"`); `settings`: `call_timeout_s` and
    `max_chars` (the longest result repr kept).
    """
    job = {"reference": reference, "entry_point": entry_point, "inputs": list(inputs), "marker": MARKER}
    job.update(settings)
    constants = f"\n\n_PDISTILL_JOB = {json.dumps(job, sort_keys=True)!r}\n"
    if seed == 0:  # evaluate here, in the sandboxed process
        call = "_pdistill_probe_write(job['marker'] + json.dumps(_pdistill_probe_evaluate(job)) + '\\n')"
        return EVALUATOR + constants + _entry(call)
    constants += f"_PDISTILL_EVALUATOR = {EVALUATOR!r}\n"
    return LAUNCHER + constants + _entry(f"_pdistill_probe_launch(job, {int(seed)}, _PDISTILL_EVALUATOR)")


def _entry(call: str) -> str:
    """`_pdistill_probe()`, the function the probe's test calls: read the job, then `call`."""
    return f"\n\ndef {ENTRY}():\n    import json\n    job = json.loads(_PDISTILL_JOB)\n    {call}\n"


#: The pseudo-task every probe program runs under: its test only calls the driver.
PROBE_TASK = {"test": TEST, "entry_point": ENTRY}


def read_report(verdict: Mapping[str, Any]) -> dict[str, Any]:
    """The driver's report from one execution verdict; `{"error": ...}` if the run did not complete."""
    output = str(verdict.get("output") or "")
    if verdict.get("status") == "passed" and MARKER in output:
        line = output[output.rindex(MARKER) + len(MARKER) :].split("\n", 1)[0]
        try:
            report = json.loads(line)
        except ValueError:
            return {"error": "the probe's report was cut short (raise execution.max_output_bytes)"}
        if isinstance(report, dict):
            return report
    if verdict.get("status") == "passed":
        return {"error": "the probe's report was lost (the reference wrote too much to the terminal)"}
    feedback = str(verdict.get("feedback") or "").strip().splitlines()
    return {"error": f"probe run {verdict.get('status')}: {feedback[-1] if feedback else 'no report'}"}


def combine(reports: Sequence[Mapping[str, Any]], n_inputs: int) -> list[Outcome] | str:
    """One `Outcome` per input from the reports of every run, or the error that failed a run."""
    for report in reports:
        if "error" in report:
            return str(report["error"])
        if len(report.get("results") or []) != n_inputs:
            return "the probe reported the wrong number of results"
    return [_outcome([r["results"][i] for r in reports]) for i in range(n_inputs)]


def _outcome(runs: Sequence[Mapping[str, Any]]) -> Outcome:
    kinds = [next(iter(r), "") for r in runs]
    if any(k != kinds[0] for k in kinds):
        return Outcome("non_reproducible")
    if kinds[0] != "value":
        return Outcome(kinds[0])
    values = []
    for run in runs:
        try:
            values.append(ast.literal_eval(str(run["value"])))
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return Outcome("unrepresentable")
    if any(not _same(v, values[0]) for v in values[1:]):
        return Outcome("non_reproducible")
    return Outcome("value", str(runs[0]["value"]), values[0])


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same type (`1 == 1.0 == True` are not the same result)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)
