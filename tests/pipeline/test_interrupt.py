"""Ctrl-C or SIGTERM on `dvc repro` / `dvc exp run` leaves no model server or sandbox worker behind.

A one-stage DVC project in a temporary git repository: the stage (through `pdistill.io.run_stage`, like
every stage) starts a model server with `pdistill.models.serve.local_server` and a `SandboxPool` whose two
workers run samples that sleep, each with a forked `sleep` of its own. The server is the real
`python -m pdistill.models.serve` child with a stand-in `xllamacpp` (no model needed) that, like
llama.cpp's server destroyed with a generation in flight, never finishes stopping. Then the test sends
the signal and checks that every process of the run is gone within `DEADLINE_S`, found by the
temporary folder in its command line (the server's `--model`, the workers' `--project-dir`) or the
`sleep` argument unique to the test.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from pdistill.models.serve import STOP_GRACE_S, local_server

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DEADLINE_S = 5.0

FAKE_XLLAMACPP = '''"""Stand-in for xllamacpp: answers /v1/models; stopping it never finishes (like
llama.cpp's server destroyed with a generation in flight)."""
import http.server
import json
import threading
import time
from types import SimpleNamespace


class CommonParams:
    def __init__(self):
        self.model = SimpleNamespace(path="")
        self.cpuparams = SimpleNamespace(n_threads=1)
        self.cpuparams_batch = SimpleNamespace(n_threads=1)
        self.hostnames, self.port, self.n_ctx, self.n_parallel = ["127.0.0.1"], 0, 0, 1
        self.model_alias, self.lora_adapters = set(), []


class CommonAdapterLoraInfo:
    path, scale = "", 1.0


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"object": "list", "data": [{"id": "fake", "object": "model"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server:
    def __init__(self, params):
        self._httpd = http.server.ThreadingHTTPServer((params.hostnames[0], params.port), _Handler)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self.listening_address = "http://%s:%d" % self._httpd.server_address[:2]

    def __del__(self):
        time.sleep(3600)
'''

STAGE = '''"""Holds a model server and two sandbox workers busy with sleeping samples until interrupted."""
import sys
from pathlib import Path

from pdistill.execution.limits import Limits
from pdistill.execution.pool import SandboxPool
from pdistill.io import run_stage
from pdistill.models.serve import local_server

PROGRAM = (
    "import os, time\\n"
    "if os.fork() == 0:\\n"
    "    os.execvp('sleep', ['sleep', '%s'])\\n"
    "time.sleep(300)\\n"
    "def f():\\n"
    "    return 1\\n"
)


def main():
    model, mark = sys.argv[1], sys.argv[2]
    job = {"program": PROGRAM % mark, "test": "assert f() == 1", "entry_point": "f"}
    job["max_feedback_chars"] = 200
    with local_server(model, timeout_s=60) as url, SandboxPool(2) as pool:
        Path("ready").write_text(url)
        pool.map([job, job], Limits(timeout_s=300))
    Path("out").write_text("finished")


run_stage(main)
'''


def write_fake_xllamacpp(folder: Path) -> Path:
    """A folder to put first on PYTHONPATH: `xllamacpp` there is the stand-in; returns the folder."""
    (folder / "xllamacpp").mkdir(parents=True)
    (folder / "xllamacpp" / "__init__.py").write_text(FAKE_XLLAMACPP)
    return folder


def processes_with(*markers: str) -> list[psutil.Process]:
    """Live (not zombie) processes whose command line contains any of `markers`, this one excepted."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        line = " ".join(proc.info["cmdline"] or ())
        alive = proc.pid != os.getpid() and proc.info["status"] != psutil.STATUS_ZOMBIE
        if alive and any(m in line for m in markers):
            found.append(proc)
    return found


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, detail: Callable[[], str] = str
) -> float:
    """Poll `predicate` until true; return the seconds it took, fail after `timeout` (with `detail()`)."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}\n{detail()}")
        time.sleep(0.05)
    return time.monotonic() - start


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed git + DVC project with the stage, and the fake server module beside it."""
    base = tmp_path_factory.mktemp("interrupt")
    write_fake_xllamacpp(base / "fake")
    repo = base / "repo"
    repo.mkdir()
    (repo / "stage.py").write_text(STAGE)
    (repo / "model.gguf").write_bytes(b"GGUF not really")
    env = _env(base, SH)
    for cmd in (
        ["git", "init", "-q"],
        ["git", "config", "user.email", "t@example.com"],
        ["git", "config", "user.name", "test"],
        [str(BIN / "dvc"), "init", "-q"],
        [str(BIN / "dvc"), "config", "core.analytics", "false"],
    ):
        subprocess.run(cmd, cwd=repo, env=env, check=True, capture_output=True)
    return repo


def _env(base: Path, shell: str) -> dict[str, str]:
    return {
        **os.environ,
        "SHELL": shell,  # DVC runs the stage as `$SHELL -c`: bash execs it, dash stays its parent
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "PYTHONPATH": f"{base / 'fake'}:{ROOT}",
        "PDISTILL_PROGRESS": "0",
    }


def _project(template: Path, path: Path, mark: str) -> Path:
    shutil.copytree(template, path, symlinks=True)
    (path / "dvc.yaml").write_text(
        f"stages:\n  hold:\n    cmd: python stage.py {path / 'model.gguf'} {mark}\n"
        "    deps: [stage.py]\n    outs: [out]\n"
    )
    for cmd in (["git", "add", "-A"], ["git", "commit", "-qm", "project"]):
        subprocess.run(cmd, cwd=path, check=True, capture_output=True)
    return path


class _Output:
    """Everything a process group writes to the pipe, read in the background until every holder ends."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.text, self.closed = "", threading.Event()
        threading.Thread(target=self._read, args=(proc,), daemon=True).start()

    def _read(self, proc: subprocess.Popen) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.text += line
        self.closed.set()


def _stage_pid(mark: str) -> int:
    """The stage's Python process (not a shell around it, if there is one)."""
    (stage,) = [p for p in processes_with(f"model.gguf {mark}") if "stage.py" in p.cmdline()]
    return stage.pid


SH, BASH = "/bin/sh", shutil.which("bash") or "/bin/bash"
CASES = {  # id: (dvc arguments, how to signal, what the stage says, DVC's shell)
    "exp-run-sigterm-group": (("exp", "run"), "group", signal.SIGTERM, "stage: interrupted by SIGTERM", SH),
    "exp-run-ctrl-c": (("exp", "run"), "group", signal.SIGINT, "stage: interrupted by SIGINT", SH),
    "repro-sigterm-group": (("repro",), "group", signal.SIGTERM, "stage: interrupted by SIGTERM", SH),
    "repro-ctrl-c": (("repro",), "group", signal.SIGINT, "stage: interrupted by SIGINT", BASH),
    # dash (/bin/sh here, DVC's shell where SHELL is unset) stays between dvc and the stage
    "repro-sigterm-dvc-only-sh": (("repro",), "dvc", signal.SIGTERM, "stage: interrupted by SIGTERM", SH),
    "repro-sigterm-dvc-only-bash": (("repro",), "dvc", signal.SIGTERM, "stage: interrupted by SIGTERM", BASH),
    "repro-sigkill-stage": (("repro",), "stage", signal.SIGKILL, None, SH),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_interrupted_run_leaves_no_process_behind(template: Path, tmp_path: Path, case: str):
    args, target, signum, said, shell = CASES[case]
    mark = f"{random.randint(10**6, 10**7)}.{random.randint(10**5, 10**6)}"  # `sleep <mark>` in samples
    repo = _project(template, tmp_path / "repo", mark)
    markers = (str(repo), os.path.realpath(repo), f"sleep {mark}")
    dvc = subprocess.Popen(
        [str(BIN / "dvc"), *args],
        cwd=repo,
        env=_env(template.parent, shell),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job has
        # Ctrl-C as at a terminal: a test run in the background (CI, `cmd &`) inherits SIGINT ignored,
        # and an ignored SIGINT is respected all the way down (nohup semantics), so restore it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    output = _Output(dvc)
    try:
        wait_for(lambda: (repo / "ready").exists() or dvc.poll() is not None, 120, "the stage to start")
        assert dvc.poll() is None, output.text
        wait_for(lambda: len(processes_with(f"sleep {mark}")) == 2, 60, "both samples to run")
        started = processes_with(*markers)
        kinds = " ".join(" ".join(p.cmdline()) for p in started)
        assert "pdistill.models.serve" in kinds and "pdistill.execution.worker" in kinds, kinds

        if target == "group":
            os.killpg(dvc.pid, signum)
        elif target == "dvc":
            os.kill(dvc.pid, signum)
        else:
            os.kill(_stage_pid(mark), signum)
        took = wait_for(
            lambda: not processes_with(*markers),
            DEADLINE_S,
            "every process to end",
            lambda: "left:\n" + "\n".join(" ".join(p.cmdline()) for p in processes_with(*markers)),
        )
        print(f"{case}: {len(started)} processes gone {took:.2f} s after the signal")
        dvc.wait(timeout=DEADLINE_S)
        assert output.closed.wait(DEADLINE_S)
    finally:
        for proc in processes_with(*markers):
            proc.kill()
        if dvc.poll() is None:
            dvc.kill()
    assert dvc.returncode != 0 and not (repo / "out").exists()
    if said is not None:
        assert said in output.text, output.text


def test_a_server_that_hangs_on_stopping_is_ended_after_the_grace_period(tmp_path: Path, monkeypatch):
    """`local_server`'s exit: the child's destructor never returns, the process ends anyway."""
    monkeypatch.setenv("PYTHONPATH", f"{write_fake_xllamacpp(tmp_path / 'fake')}:{ROOT}")
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF not really")
    with local_server(model, timeout_s=60):
        (child,) = processes_with(f"--model {model}")
        started = time.monotonic()
    took = time.monotonic() - started
    assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE
    assert took < STOP_GRACE_S + 2, took
