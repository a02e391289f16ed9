"""Progress bars: on off a terminal too (plain lines with the rate), silenced only on request."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap

import pytest

from pdistill.progress import bar, enabled, note


@pytest.fixture(autouse=True)
def _default_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PDISTILL_PROGRESS", raising=False)
    monkeypatch.delenv("PDISTILL_PROGRESS_INTERVAL", raising=False)


def test_off_a_terminal_it_writes_plain_lines_with_the_rate_and_tokens():
    out = io.StringIO()
    with bar(20, "execute", "sample", file=out) as shown:
        for _ in range(20):
            shown.add_tokens(3)
            shown.update(1)
    text = out.getvalue()
    assert "\r" not in text and "\x1b" not in text and text.endswith("\n")
    lines = text.splitlines()
    # the default interval (30 s) is longer than the loop: a line when it starts, one when it ends
    assert len(lines) == 2
    assert lines[0].startswith("execute: 0/20 sample (0%) [")
    assert lines[1].startswith("execute: 20/20 sample (100%) [")
    assert "sample/s" in lines[1] and "60 tok" in lines[1] and "tok/s" in lines[1]


def test_lines_come_at_most_every_interval(monkeypatch):
    monkeypatch.setenv("PDISTILL_PROGRESS_INTERVAL", "0")
    out = io.StringIO()
    with bar(5, "teacher", "request", file=out, initial=2) as shown:
        for _ in range(3):
            shown.update(1)
    lines = out.getvalue().splitlines()
    assert [line.split(" [")[0] for line in lines] == [
        f"teacher: {n}/5 request ({100 * n // 5}%)" for n in range(2, 6)
    ]
    assert all("request/s" in line for line in lines)


def test_without_a_total_it_counts():
    out = io.StringIO()
    with bar(None, "stream", "item", file=out) as shown:
        shown.update(4)
    assert out.getvalue().splitlines()[-1].startswith("stream: 4 item [")


@pytest.mark.parametrize("value", ["0", "false", "off"])
def test_the_environment_silences_bars_and_notes(monkeypatch, value):
    monkeypatch.setenv("PDISTILL_PROGRESS", value)
    out = io.StringIO()
    with bar(3, "execute", "sample", file=out, progress=True) as shown:
        shown.add_tokens(5)
        shown.update(3)
    note("step 2/2", file=out)
    assert out.getvalue() == "" and not enabled(True)


def test_progress_false_silences_and_none_shows():
    out = io.StringIO()
    with bar(3, "quiet", "sample", file=out, progress=False) as shown:
        shown.update(3)
    note("quiet", file=out, progress=False)
    assert out.getvalue() == ""
    note("evaluate: step 1/2", file=out, progress=None)
    assert out.getvalue() == "evaluate: step 1/2\n" and enabled(None)


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("PDISTILL_PROGRESS")}, **env},
    )


LOOP = """
    from pdistill.progress import bar
    with bar(50, "solve", "task") as shown:
        for _ in range(50):
            shown.update(1)
    print("output")
"""


def test_a_process_with_stderr_piped_shows_its_rate_on_stderr_only():
    done = _run(LOOP)
    assert done.stdout == "output\n"  # progress never reaches stdout (or a stage's outputs)
    assert "solve: 50/50 task (100%)" in done.stderr and "task/s" in done.stderr
    assert "\r" not in done.stderr
    assert _run(LOOP, PDISTILL_PROGRESS="0").stderr == ""
