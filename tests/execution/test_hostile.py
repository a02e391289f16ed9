"""Hostile programs are contained, and each test proves nothing outside the sandbox changed."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pdistill.execution import Limits, SandboxPool, execute_samples
from tests.execution.conftest import isolated


@pytest.fixture(scope="module", params=["auto", "userns"])
def pool(request):
    """Every hostile program runs under the default isolation and, where possible, under user namespaces."""
    with SandboxPool(workers=2, mode=request.param) as p:
        if request.param != "auto" and p.isolation["mode"] != request.param:
            pytest.skip(f"sandbox mode {request.param} unavailable here: {p.isolation['reason']}")
        yield p


TEST = "assert f() == 1\n"


def _proc_files(name: str) -> Iterator[tuple[int, bytes]]:
    """(pid, contents of /proc/<pid>/<name>) for every process on this machine still there to read."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                yield int(entry), Path(f"/proc/{entry}/{name}").read_bytes()
            except OSError:
                continue


def _processes_with(marker: str) -> list[int]:
    return [pid for pid, cmdline in _proc_files("cmdline") if marker in cmdline.replace(b"\0", b" ").decode()]


def _processes(zombies: bool = True) -> list[int]:
    """Process ids on this machine; without `zombies`, only live ones (a zombie is dead, not yet reaped)."""
    return [
        pid for pid, stat in _proc_files("stat") if zombies or stat.rpartition(b")")[2].split()[:1] != [b"Z"]
    ]


@pytest.fixture()
def need_isolation(pool):
    if not isolated(pool):
        pytest.skip("no namespaces on this machine: filesystem and network isolation unavailable")


def test_infinite_loop_is_killed_on_time(run):
    start = time.monotonic()
    r = run("def f():\n    while True:\n        pass\n", TEST, timeout_s=1)
    assert r["status"] == "timeout"
    assert time.monotonic() - start < 2.0


def test_program_ignoring_signals_is_killed_on_time(run):
    code = (
        "import signal, time\n"
        "for s in (signal.SIGTERM, signal.SIGALRM, signal.SIGINT, signal.SIGHUP):\n"
        "    signal.signal(s, signal.SIG_IGN)\n"
        "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGALRM})\n"
        "def f():\n    while True:\n        time.sleep(0.01)\n"
    )
    start = time.monotonic()
    r = run(code, TEST, timeout_s=1)
    assert r["status"] == "timeout"
    assert time.monotonic() - start < 2.0


def test_child_that_outlives_its_parent_is_killed(run):
    marker = "31.41592"
    code = (
        "import os\n"
        "def f():\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        if os.fork() == 0:\n"
        f"            os.execvp('sleep', ['sleep', '{marker}'])\n"
        "        os._exit(0)\n"
        "    return 1\n"
    )
    start = time.monotonic()
    r = run(code, TEST, timeout_s=3)
    assert r["status"] == "passed"
    assert time.monotonic() - start < 2.0  # the daemon did not keep the sample waiting
    time.sleep(0.2)
    assert _processes_with(f"sleep {marker}") == []


def test_daemon_spawned_before_a_timeout_is_killed(run):
    marker = "27.18281"
    code = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        f"    os.execvp('sleep', ['sleep', '{marker}'])\n"
        "def f():\n    time.sleep(60)\n"
    )
    start = time.monotonic()
    r = run(code, TEST, timeout_s=1)
    assert r["status"] == "timeout" and time.monotonic() - start < 2.0
    time.sleep(0.2)
    assert _processes_with(f"sleep {marker}") == []


def test_fork_bomb_is_contained(run, pool):
    if pool.isolation["mode"] == "userns" and os.geteuid() == 0:
        pytest.skip("RLIMIT_NPROC does not bind uid 0: as root the sandbox uses mode 'root', tested above")
    code = (
        "import os\ndef f():\n    while True:\n        try:\n            os.fork()\n"
        "        except OSError:\n            pass\n"
    )
    before = len(_processes())
    start = time.monotonic()
    r = run(code, TEST, timeout_s=1)
    assert r["status"] in ("timeout", "error")
    assert time.monotonic() - start < 2.5
    # Every bomb process is SIGKILLed at once, but the kernel tears them down in its own time (slower
    # on a busy 2-core box): wait for the live count to fall back. An escaped bomb keeps forking.
    give_up = time.monotonic() + 10.0
    while len(_processes(zombies=False)) >= before + 10 and time.monotonic() < give_up:
        time.sleep(0.1)
    assert len(_processes(zombies=False)) < before + 10  # nothing of the bomb is alive
    ok = run("def f():\n    return 1\n", TEST)  # and the pool still works
    assert ok["status"] == "passed"
    assert len(_processes()) < before + 10  # and its worker has reaped the bomb's zombies


def test_memory_bomb_is_out_of_memory(run):
    r = run(
        "def f():\n    x = []\n    while True:\n        x.append(bytearray(50 * 2**20))\n",
        TEST,
        memory_mb=512,
    )
    assert r["status"] == "out_of_memory"
    assert "MemoryError" in r["feedback"]


def test_huge_file_write_is_stopped(run, tmp_path):
    code = (
        "def f():\n    with open('big.bin', 'wb') as fh:\n        for _ in range(1000):\n"
        "            fh.write(b'x' * 2**20)\n    return 1\n"
    )
    r = run(code, TEST, file_size_mb=4)
    assert r["status"] == "error"
    assert "file" in r["feedback"].lower()


def test_gigabytes_on_stdout_are_capped(run):
    code = "import sys\ndef f():\n    while True:\n        sys.stdout.write('x' * 65536)\n"
    r = run(code, TEST, timeout_s=1, max_output_bytes=1000)
    assert r["status"] == "timeout"
    assert r["output"] == "x" * 1000


@pytest.mark.parametrize(
    "how",
    [
        "os.remove({path!r})",
        "shutil.rmtree({dir!r})",
        "os.system('rm -rf ' + {dir!r})",
    ],
)
def test_files_outside_the_sandbox_cannot_be_deleted(run, need_isolation, tmp_path, how):
    # A world-writable folder and file: only the read-only mount view protects them.
    victim_dir = Path(os.environ.get("PDISTILL_TEST_SHARED_DIR", "/tmp")) / f"pdistill-victim-{os.getpid()}"
    victim_dir.mkdir(exist_ok=True)
    victim_dir.chmod(0o777)
    victim = victim_dir / "precious.txt"
    victim.write_text("keep me")
    victim.chmod(0o666)
    try:
        action = how.format(path=str(victim), dir=str(victim_dir))
        code = (
            f"import os, shutil\ndef f():\n    try:\n        {action}\n"
            "    except OSError:\n        pass\n    return 1\n"
        )
        run(code, TEST)
        assert victim.read_text() == "keep me"
        assert sorted(p.name for p in victim_dir.iterdir()) == ["precious.txt"]
    finally:
        victim.unlink(missing_ok=True)
        victim_dir.rmdir()


def test_nothing_can_be_written_outside_the_working_folder(run, need_isolation):
    target = f"/tmp/pdistill-should-not-exist-{os.getpid()}"
    code = f"def f():\n    open({target!r}, 'w').write('x')\n    return 1\n"
    r = run(code, TEST)
    assert r["status"] == "error" and "Read-only file system" in r["feedback"]
    assert not os.path.exists(target)


def test_working_folder_is_fresh_private_and_removed():
    code = (
        "import os, tempfile\n"
        "def f():\n"
        "    env, cwd = os.environ, os.getcwd()\n"
        "    print(cwd, env['HOME'], env['TMPDIR'], tempfile.gettempdir(), os.listdir('.'), {probe})\n"
        "    open('scratch.txt', 'w').write('x')\n"
        "    return 1\n"
    )
    task = {"t": {"test": TEST, "entry_point": "f"}}
    with SandboxPool(workers=1) as p:  # both samples on the same worker, one after the other
        first, _ = execute_samples(
            task,
            [{"task_id": "t", "sample_id": 0, "code": code.format(probe="None")}],
            Limits(),
            pool=p,
            progress=False,
        )
        old = first[0]["output"].split(" ")[0]
        probe = f"os.path.exists({old!r})"
        second, _ = execute_samples(
            task,
            [{"task_id": "t", "sample_id": 1, "code": code.format(probe=probe)}],
            Limits(),
            pool=p,
            progress=False,
        )
    for r, left_over in ((first[0], "None"), (second[0], "False")):
        assert r["status"] == "passed", r
        cwd, home, tmpdir, gettemp, listing, probed = r["output"].split()
        assert cwd == home == tmpdir == gettemp
        assert listing == "[]"  # fresh: nothing from before
        assert probed == left_over  # the first sample's folder is gone by the time the second runs
        assert not os.path.exists(cwd)  # and it never was a folder of the host's
    assert second[0]["output"].split()[0] != old


def test_secrets_of_the_parent_are_invisible(monkeypatch):
    secret = "sk-test-0123456789-very-secret"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    monkeypatch.setenv("SOME_TOKEN", secret)
    code = (
        "import os, glob\n"
        "def f():\n"
        "    print(os.environ.get('OPENAI_API_KEY'), dict(os.environ))\n"
        "    for p in glob.glob('/proc/*/environ'):\n"
        "        try:\n"
        "            print(p, open(p, 'rb').read())\n"
        "        except OSError as e:\n"
        "            print(p, e)\n"
        f"    for pid in {[os.getpid(), os.getppid()]}:\n"
        "        try:\n"
        "            print(open(f'/proc/{pid}/environ', 'rb').read())\n"
        "        except OSError as e:\n"
        "            print(pid, e)\n"
        "    return 1\n"
    )
    with SandboxPool(workers=1) as p:  # started after the secret is in the environment
        results, _ = execute_samples(
            {"t": {"test": TEST, "entry_point": "f"}},
            [{"task_id": "t", "sample_id": 0, "code": code}],
            Limits(max_output_bytes=1 << 16),
            pool=p,
            progress=False,
        )
    r = results[0]
    assert r["status"] == "passed"
    assert "None {" in r["output"]  # os.environ.get('OPENAI_API_KEY') is None
    assert secret not in r["output"] and secret not in r["feedback"]


def test_no_network_to_loopback(run, need_isolation):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    accepted = []

    def accept() -> None:
        try:
            conn, _ = server.accept()
            accepted.append(conn)
        except OSError:
            pass

    t = threading.Thread(target=accept)
    t.start()
    code = (
        f"import socket\ndef f():\n    socket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
        "    return 1\n"
    )
    r = run(code, TEST)
    t.join()
    server.close()
    assert r["status"] == "error"
    assert "OSError" in r["feedback"] or "Network is unreachable" in r["feedback"]
    assert accepted == []


@pytest.mark.parametrize("exit_call", ["exit()", "sys.exit(0)", "os._exit(0)", "raise SystemExit(0)"])
def test_exiting_early_never_passes(run, exit_call):
    before = f"import os, sys\n{exit_call}\ndef f():\n    return 1\n"
    during = f"import os, sys\ndef f():\n    {exit_call}\n"
    for code in (before, during):
        r = run(code, TEST)
        assert r["status"] == "error", (code, r)
        assert r["tests_passed"] in (0, None)


def test_exit_inside_check_does_not_pass(run):
    test = "def check(candidate):\n    assert candidate() == 1\n    assert candidate() == 2\n"
    r = run(
        "import os\nn = [0]\ndef f():\n    n[0] += 1\n    if n[0] == 2:\n        os._exit(0)\n    return 1\n",
        test,
    )
    assert r["status"] == "error"


def test_each_live_worker_claims_its_own_uid(tmp_path: Path):
    """Two pipelines at once must not share a sandbox uid (RLIMIT_NPROC counts a uid machine-wide)."""
    import subprocess
    import sys

    from pdistill.execution.isolation import SANDBOX_UID_BASE, claim_uid

    locks = str(tmp_path / "locks")
    script = "from pdistill.execution.isolation import claim_uid\n"
    script += f"print(claim_uid(0, {locks!r}), flush=True)\ninput()\n"
    holder = subprocess.Popen(  # another worker: holds slot 0's uid until it is killed
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert int(holder.stdout.readline()) == SANDBOX_UID_BASE
    assert claim_uid(0, locks) == SANDBOX_UID_BASE + 1  # slot 0 taken: the first free one
    holder.kill()
    holder.wait()
    assert claim_uid(0, locks) == SANDBOX_UID_BASE  # freed by the kernel when its worker died


def test_two_pools_at_once_run_programs_as_different_uids():
    with SandboxPool(workers=1) as a, SandboxPool(workers=1) as b:
        if a.isolation["mode"] != "root":
            pytest.skip("uids are per worker only in root mode")
        seen = []
        for p in (a, b):
            results, _ = execute_samples(
                {"t": {"test": "assert f() == -1\n", "entry_point": "f"}},
                [{"task_id": "t", "sample_id": 0, "code": "import os\ndef f():\n    return os.getuid()\n"}],
                Limits(timeout_s=5),
                pool=p,
                progress=False,
            )
            seen.append(int(results[0]["feedback"].split("OUTPUT: ")[1].split()[0]))
        assert seen == [a.isolation["uid"], b.isolation["uid"]] and seen[0] != seen[1]


def test_a_mount_that_stays_writable_fails_the_setup_closed(monkeypatch, tmp_path: Path):
    """The per-mount read-only fallback never leaves a writable mount behind silently."""
    import errno

    from pdistill.execution import isolation

    def refuse(*args):
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(isolation.linux, "mount", refuse)
    with pytest.raises(OSError, match=rf"{tmp_path} stays writable \(Device or resource busy\)"):
        isolation.remount_each_readonly([(str(tmp_path), 0)])  # a writable folder's mount
    isolation.remount_each_readonly([(str(tmp_path / "gone"), 0)])  # not there: nothing to write through
