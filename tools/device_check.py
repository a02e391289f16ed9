"""The device check: the CI profile's whole pipeline on a GPU (or, --dry-run, the CPU), timed, in one command.

    python3 tools/device_check.py --wheels wheels                # on a GPU machine (`make device-check`)
    python tools/device_check.py --dry-run --json summary.json   # the same on the CPU (what CI runs)
    python3 tools/device_check.py --student-gguf-parts /tmp/gguf --set student.max_new_tokens=256

1. `--wheels DIR`: the wheels of tools/wheels.py are installed into this Python's environment with
   `pip install --no-index --no-deps` (names already installed are kept), then `pip check` (reported).
2. The student: the tests' tiny random Llama (tests/fakes/tiny_model.py), or a GGUF joined from the
   parts in `--student-gguf-parts` (tools/split_file.py).
3. The loopback teacher (tests/fakes/openai_server.py; or `--teacher-url`, an OpenAI-compatible server
   already running, as the pipeline tests pass theirs) and a throwaway workspace made as the pipeline
   tests make theirs (tests/pipeline/conftest.py `make_workspace`: project copy, CI profile, git and dvc
   init; without git, `dvc init --no-scm`); then `student.device=cuda` and `train.bf16=true` (--dry-run:
   `student.device=cpu`, bf16 as the profile leaves it) and the `--set` overrides.
4. `dvc repro`, its output streamed (and kept as a log) with each stage's wall time; on a GPU,
   nvidia-smi is read twice a second for the peak GPU memory in use.
5. The summary: the machine (GPU, torch, transformers, native bf16), seconds per stage, generation
   tokens/s (attempt stage), seconds per training step, pass@1 per model and benchmark, peak GPU memory,
   the total against `--budget-s` (8 minutes). Printed, and written as JSON to `--json`, or to
   $OUT/device_check.json when $OUT is set (the log beside it, dvc_repro.log).

Exit status 0 when every stage ran (over the budget only warns), 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ATTEMPT = re.compile(r"attempt: .*?(\d+) tokens in ([\d.]+) s \(([\d.]+) tokens/s\)")
EVALUATE = re.compile(r"evaluate@(\S+) (\S+): \d+ tasks, .*\(([\d.]+) s\)")
RUNNING = re.compile(r"Running stage '([^']+)'")


def install_wheels(folder: Path, target: Path | None = None) -> dict[str, Any]:
    """`pip install --no-index --no-deps` of the wheels in `folder` not installed yet (into `target` if
    given, else this environment), then `pip check`; returns what was installed, kept, and pip's check."""
    import importlib.metadata

    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder of wheels (make device-wheels writes wheels/)")
    wheels, kept = [], []
    for wheel in sorted(folder.glob("*.whl")):
        name = wheel.name.split("-", 1)[0]
        try:
            version = None if target else importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = None
        if version:
            kept.append(f"{name} {version}")  # the machine's own version stays
        else:
            wheels.append(wheel)
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--no-compile"]
    cmd += ["--disable-pip-version-check", *(["--target", str(target)] if target else [])]
    if wheels:
        subprocess.run([*cmd, *map(str, wheels)], check=True)
    check = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    return {"installed": [w.name for w in wheels], "kept": kept, "pip_check": check.stdout.strip()}


def stage_times(events: Iterable[tuple[float, str]], end: float) -> dict[str, float]:
    """Seconds per stage from (time, line) of `dvc repro`'s output: from its "Running stage 'x'" line to
    the next such line (or `end`), lock-file update included."""
    starts = [(t, m.group(1)) for t, line in events if (m := RUNNING.search(line))]
    ends = [t for t, _ in starts[1:]] + [end]  # one more than starts when no stage ran
    return {name: round(stop - start, 2) for (start, name), stop in zip(starts, ends, strict=False)}


def parse_log(lines: Iterable[str]) -> dict[str, Any]:
    """Generation figures from the stages' own lines: attempt tokens/s, evaluate seconds per benchmark."""
    out: dict[str, Any] = {"generation": None, "evaluate_s": {}}
    for line in lines:
        if m := ATTEMPT.search(line):
            tokens, seconds, rate = int(m.group(1)), float(m.group(2)), float(m.group(3))
            out["generation"] = {"attempt_tokens": tokens, "attempt_s": seconds, "tokens_per_s": rate}
        elif m := EVALUATE.search(line):
            out["evaluate_s"].setdefault(m.group(1), {})[m.group(2)] = float(m.group(3))
    return out


def read_metrics(ws: Path) -> dict[str, Any]:
    """Training step times and pass@1 per model, benchmark and step, from the workspace's metrics."""
    train, evaluate = {}, {}
    for path in sorted((ws / "metrics" / "train").glob("*.json")):
        m = json.loads(path.read_text())
        step = m["seconds"] / m["steps"] if m.get("steps") else None
        train[path.stem] = {"steps": m.get("steps"), "seconds": m.get("seconds"), "bf16": m.get("bf16")}
        train[path.stem]["step_s"] = round(step, 3) if step is not None else None
    for path in sorted((ws / "metrics" / "eval").glob("*.json")):
        benches = json.loads(path.read_text())
        evaluate[path.stem] = {
            bench: {k: v["pass@1"] for k, v in sorted(m.items()) if k.startswith("step") and "pass@1" in v}
            for bench, m in sorted(benches.items())
            if isinstance(m, dict)
        }
    return {"train": train, "pass_at_1": evaluate, "report": (ws / "reports" / "comparison.md").is_file()}


class GpuMemory(threading.Thread):
    """Samples `nvidia-smi`'s memory in use (MiB, GPU 0) every `interval` s; `peak` is the largest seen."""

    def __init__(self, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.interval, self.stopped = interval, threading.Event()
        self.peak: int | None = None
        self.first: int | None = None  # before the first stage: what the GPU holds without the pipeline
        self.cmd = ["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", "-i", "0"]

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                used = int(subprocess.run(self.cmd, capture_output=True, text=True, timeout=5).stdout)
                self.first = used if self.first is None else self.first
                self.peak = max(self.peak or 0, used)
            except (OSError, ValueError, subprocess.SubprocessError):
                return
            self.stopped.wait(self.interval)


def machine(device: str) -> dict[str, Any]:
    """Python, platform, library versions, the device's name and whether it does bf16 natively."""
    import importlib.metadata

    import torch

    from pdistill.precision import cpu_name, native_bf16

    versions = {}
    for dist in ("torch", "transformers", "trl", "peft", "accelerate", "datasets", "dvc"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[dist] = importlib.metadata.version(dist)
    dev = torch.device(device)
    name = torch.cuda.get_device_name(dev) if dev.type == "cuda" else cpu_name()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "device": device,
        "device_name": name,
        "cuda": torch.version.cuda,
        "bf16_native": native_bf16(dev),
        **versions,
    }


def make_workspace(path: Path, student: Path, teacher_url: str, cache: Path) -> Any:
    """The pipeline tests' workspace (tests/pipeline/conftest.py); without git, `dvc init --no-scm`."""
    from tests.pipeline import conftest

    if shutil.which("git"):
        return conftest.make_workspace(path, student, teacher_url, cache)

    class NoGit(conftest.Workspace):
        def run(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess:
            if args[0] == "git":
                return subprocess.CompletedProcess(list(args), 0, "", "")
            if args[0].endswith("dvc") and args[1:2] == ("init",):
                args = (*args, "--no-scm")
            return super().run(*args, **kwargs)

    original, conftest.Workspace = conftest.Workspace, NoGit
    try:
        return conftest.make_workspace(path, student, teacher_url, cache)
    finally:
        conftest.Workspace = original


def repro(ws: Any, log: Path, timeout_s: float) -> tuple[int, list[tuple[float, str]], float]:
    """`dvc repro` in the workspace, output echoed and logged: (exit code, timed lines, end time)."""
    from tests.pipeline.conftest import BIN

    events: list[tuple[float, str]] = []
    env = {**ws.env, "PYTHONUNBUFFERED": "1"}
    cmd = [str(BIN / "dvc"), "repro"]
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=ws.path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout_s, proc.kill)
        timer.start()
        for raw in proc.stdout:  # type: ignore[union-attr]
            line = raw.decode(errors="replace").rstrip("\n")
            events.append((time.monotonic(), line))
            print(line, flush=True)
            fh.write(line + "\n")
        code = proc.wait()
        timer.cancel()
    return code, events, time.monotonic()


def run_check(args: argparse.Namespace, work: Path, summary: dict[str, Any]) -> None:
    """Install, build the student, start the teacher, make the workspace, repro; fills `summary`."""
    started = time.monotonic()
    if args.wheels:
        summary["install"] = install_wheels(args.wheels)
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")
    sys.path.insert(0, str(ROOT))
    from pdistill.profiles import apply_profile, parse_assignments
    from tests.pipeline.conftest import Teacher, build_student
    from tools.split_file import find_manifest, join_parts

    device = "cpu" if args.dry_run else "cuda"
    if args.student_gguf_parts:
        manifest = find_manifest(args.student_gguf_parts)
        student = join_parts(manifest, work / json.loads(manifest.read_text())["name"])
    else:
        student = build_student(work / "student")
    sets = [f"student.device={device}", *([] if args.dry_run else ["train.bf16=true"]), *args.set]
    summary.update(student=str(student), overrides=sets)
    teacher, gpu = (None if args.teacher_url else Teacher(work, latency=0.0)), GpuMemory()
    try:
        url = args.teacher_url or teacher.base_url  # type: ignore[union-attr]
        ws = make_workspace(work / "ws", student, url, work / "cache")
        summary["workspace"] = str(ws.path)
        apply_profile(ws.path / "params.yaml", parse_assignments(sets), "device_check")
        if device == "cuda" and shutil.which("nvidia-smi"):
            gpu.start()
        repro_start = time.monotonic()
        code, events, end = repro(ws, args.log, args.timeout_s)
    finally:
        gpu.stopped.set()
        if teacher is not None:
            teacher.stop()
    summary["machine"] = machine(device)  # after the run: this process's CUDA context is not in the peak
    summary["stages"] = stage_times(events, end)
    summary.update(parse_log(line for _, line in events), **read_metrics(ws.path))
    summary.update(peak_gpu_memory_mib=gpu.peak, idle_gpu_memory_mib=gpu.first)
    summary.update(repro_s=round(end - repro_start, 1), total_s=round(time.monotonic() - started, 1))
    summary.update(within_budget=summary["total_s"] <= args.budget_s, ok=code == 0)
    if code != 0:
        summary["error"] = f"dvc repro exited {code}; the log: {args.log}"


def render(s: dict[str, Any]) -> str:
    """The summary as a few readable lines."""
    m = s.get("machine", {})
    lines = [
        f"device check ({s['mode']}): {'OK' if s['ok'] else 'FAILED'}  {s.get('error', '')}".rstrip(),
        f"  machine: {m.get('device_name')}, bf16 native: {m.get('bf16_native')}, python {m.get('python')}, "
        f"torch {m.get('torch')} (CUDA {m.get('cuda')}), transformers {m.get('transformers')}, "
        f"trl {m.get('trl')}, dvc {m.get('dvc')}",
    ]
    if s.get("install"):
        lines.append(f"  wheels installed: {len(s['install']['installed'])}, kept: {s['install']['kept']}")
        lines.append(f"  pip check: {s['install']['pip_check'] or 'clean'}")
    for name, seconds in s.get("stages", {}).items():
        lines.append(f"  {seconds:8.1f} s  {name}")
    if gen := s.get("generation"):
        rate, tokens = gen["tokens_per_s"], gen["attempt_tokens"]
        lines.append(f"  generation (attempt): {rate} tokens/s ({tokens} tokens)")
    for variant, t in s.get("train", {}).items():
        lines.append(f"  train@{variant}: {t['steps']} steps, {t['step_s']} s a step, bf16 {t['bf16']}")
    for model, benches in s.get("pass_at_1", {}).items():
        lines.append(f"  pass@1 {model}: {json.dumps(benches)}")
    peak, idle = s.get("peak_gpu_memory_mib"), s.get("idle_gpu_memory_mib")
    lines.append(f"  peak GPU memory in use: {peak} MiB (before the run: {idle} MiB)")
    verdict = "within" if s.get("within_budget") else "OVER"
    total, dvc = s.get("total_s"), s.get("repro_s")
    lines.append(f"  total {total} s (dvc repro {dvc} s), {verdict} the budget of {s['budget_s']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the check in a temp folder, print and write the summary."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dry-run", action="store_true", help="on the CPU (student.device=cpu)")
    parser.add_argument("--wheels", type=Path, help="install these wheels first (tools/wheels.py)")
    parser.add_argument("--student-gguf-parts", type=Path, help="a GGUF student split by tools/split_file.py")
    parser.add_argument("--set", action="append", default=[], help="another params override, key=value")
    parser.add_argument("--json", type=Path, help="write the summary here (default: $OUT/device_check.json)")
    parser.add_argument("--budget-s", type=float, default=480.0)
    parser.add_argument("--timeout-s", type=float, default=540.0, help="dvc repro is killed after this")
    parser.add_argument("--keep", action="store_true", help="keep the temp workspace (its path: the summary)")
    parser.add_argument("--teacher-url", help="an OpenAI-compatible teacher already up (default: start one)")
    args = parser.parse_args(argv)
    out_dir = Path(os.environ["OUT"]) if os.environ.get("OUT") else None
    args.json = args.json or (out_dir / "device_check.json" if out_dir else None)
    work = Path(tempfile.mkdtemp(prefix="pdistill-device-check-"))
    args.log = (out_dir or (args.json.parent if args.json else work)) / "dvc_repro.log"
    args.log.parent.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"mode": "cpu-dry-run" if args.dry_run else "cuda", "ok": False}
    summary["budget_s"] = args.budget_s
    try:
        run_check(args, work, summary)
    except Exception as exc:  # a failed step still leaves its summary, so far, behind
        summary["error"] = repr(exc)
        raise
    finally:
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(summary, indent=2) + "\n")
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(render(summary))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
