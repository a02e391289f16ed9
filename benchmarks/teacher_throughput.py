"""Teacher throughput against the loopback server: does `max_concurrency` buy what it should?

Starts `tests.fakes.openai_server` as a separate process with a fixed latency per reply, then, for each
concurrency C, sends N distinct requests (all cache misses: a fresh temporary cache per C) and prints
requests/s next to the ideal C / latency. The goal is a ratio of at least 0.8.

    .venv/bin/python benchmarks/teacher_throughput.py [--latency 0.1] [--requests 200] [--concurrency 1 4 16]

Exits non-zero when `--check` is given and some ratio is below 0.8.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdistill.teacher import ResponseCache, Teacher, TeacherConfig  # noqa: E402

GOAL = 0.8


def start_server(latency_s: float) -> tuple[subprocess.Popen[str], str]:
    """Run the loopback server in its own process; return it and its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.openai_server", "--port", "0", "--latency", str(latency_s)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().split()[-1]


def measure(base_url: str, concurrency: int, requests: int, cache_root: Path) -> tuple[float, dict]:
    """Seconds to answer `requests` distinct conversations with `concurrency` in flight, and the ledger."""
    prices = {"bench": {"prompt_usd_per_1m": 0.0, "completion_usd_per_1m": 0.0}}
    params = {"base_url": base_url, "model": "bench", "max_concurrency": concurrency, "prices": prices}
    config = TeacherConfig.from_params(params)
    conversations = [
        [{"role": "user", "content": f"<c{concurrency}-{i}> fix this function:\ndef f(x):\n    return x +\n"}]
        for i in range(requests)
    ]
    with Teacher(config, ResponseCache(cache_root)) as teacher:
        start = time.perf_counter()
        teacher.chat_many(conversations, desc=f"C={concurrency}")
        elapsed = time.perf_counter() - start
    return elapsed, teacher.ledger.to_metrics()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per concurrency."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, default=0.1, help="server latency per reply, seconds")
    parser.add_argument("--requests", type=int, default=200, help="distinct requests per concurrency")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--check", action="store_true", help=f"exit 1 if a ratio is below {GOAL}")
    args = parser.parse_args(argv)

    server, base_url = start_server(args.latency)
    worst = float("inf")
    try:
        print(f"server {base_url}, latency {args.latency * 1000:.0f} ms, {args.requests} requests per run")
        print(f"{'C':>4} {'seconds':>8} {'req/s':>8} {'ideal':>8} {'ratio':>6}  attempts")
        with tempfile.TemporaryDirectory(prefix="pdistill-bench-") as tmp:
            for c in args.concurrency:
                elapsed, ledger = measure(base_url, c, args.requests, Path(tmp) / f"c{c}")
                rate, ideal = args.requests / elapsed, c / args.latency
                worst = min(worst, rate / ideal)
                row = f"{c:>4} {elapsed:>8.2f} {rate:>8.1f} {ideal:>8.1f} {rate / ideal:>6.2f}"
                print(f"{row}  {ledger['attempts']}")
    finally:
        server.kill()
        server.wait()
    print(f"lowest ratio {worst:.2f} (goal >= {GOAL})")
    return 1 if args.check and worst < GOAL else 0


if __name__ == "__main__":
    sys.exit(main())
