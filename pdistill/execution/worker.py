"""A pre-forked sandbox worker: `python -m pdistill.execution.worker --slot K`.

Started once per core by `SandboxPool` with a scrubbed environment (so not even `/proc/<pid>/environ`
of the worker holds a secret). It enters its isolation once, then reads one JSON job per line on
stdin and answers one JSON verdict per line on stdout. Each job runs in a fresh fork of this small,
clean process, so no state leaks between samples and no interpreter start is paid per sample.

Stdin is also the worker's lifeline: its pool holds the only write end, so when the pool closes it or
its process dies (Ctrl-C, SIGTERM, even SIGKILL), the worker reads end of file, kills the sample it
is running, if any, and exits. The worker is in a session of its own: a signal to the terminal's or
`dvc`'s process group never reaches it directly.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict

from pdistill.execution.isolation import setup_worker
from pdistill.execution.limits import Limits
from pdistill.execution.sandbox import Abandoned, run_sample
from pdistill.execution.status import decide


def main(argv: list[str] | None = None) -> None:
    """Serve jobs until stdin closes."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slot", type=int, default=0)
    parser.add_argument("--mode", default="auto", choices=["auto", "root", "userns", "none"])
    parser.add_argument("--project-dir", default="")
    args = parser.parse_args(argv)
    base_dir = tempfile.mkdtemp(prefix=f"pdistill-sandbox-{args.slot}-")
    os.chmod(base_dir, 0o711)  # the unprivileged sandbox uid must reach its own working folder
    out = sys.stdout
    try:
        iso = setup_worker(args.mode, args.slot, args.project_dir, base_dir)
        gc.freeze()  # keep the collector away from inherited objects: fewer copy-on-write faults per fork
        out.write(json.dumps({"ready": True, "isolation": asdict(iso)}) + "\n")
        out.flush()
        for line in sys.stdin.buffer:
            job = json.loads(line)
            limits = Limits(**job.pop("limits"))
            start = time.perf_counter()
            try:
                raw = run_sample(job, limits, iso, base_dir, abort_fd=sys.stdin.fileno())
            except Abandoned:
                return  # the pool closed the pipe or died: nobody reads this verdict
            verdict = decide(raw, limits.timeout_s)
            verdict["output"] = raw.output
            internal = [m["detail"] for m in raw.messages if m.get("ev") == "sandbox_error"]
            if internal:
                verdict["internal_error"] = internal[0]
            verdict["elapsed_s"] = round(time.perf_counter() - start, 6)
            out.write(json.dumps(verdict) + "\n")
            out.flush()
    finally:
        shutil.rmtree(base_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
