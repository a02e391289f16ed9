"""A throwaway copy of the project (git + DVC) wired to a tiny local student and a loopback teacher.

Each workspace holds this repository's `dvc.yaml`, `stages/`, `pdistill/` and `prompts/`, a handful of
tasks, and `params.yaml` switched to the CI profile (`profiles/ci.yaml`) with the student pointed at a tiny
random model and the teacher at a real HTTP server on 127.0.0.1 (`tests.fakes.openai_server`, a
separate process, so requests can be counted across runs and stage crashes).
Stages run through the real `dvc` CLI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from pdistill.profiles import apply_profile, load_profile
from pdistill.prompts import attempt_message, load_template
from pdistill.visible_tests import extract_visible_tests
from tests.fakes.tiny_model import build_tiny_student, teach_reply

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

TASKS = [
    (
        "add",
        'def add(a, b):\n    """Return a + b.\n    >>> add(1, 2)\n    3\n    """\n',
        "    return a + b\n",
        "assert add(1, 2) == 3\nassert add(-1, 1) == 0\nassert add(0, 0) == 0\n",
    ),
    (
        "double",
        'def double(x):\n    """Return 2 * x.\n    >>> double(2)\n    4\n    """\n',
        "    return 2 * x\n",
        "assert double(2) == 4\nassert double(0) == 0\nassert double(-3) == -6\n",
    ),
    (
        "last",
        'def last(xs):\n    """The last item, or None if empty.\n    >>> last([1, 2])\n    2\n    """\n',
        "    return xs[-1] if xs else None\n",
        "assert last([1, 2]) == 2\nassert last([]) is None\nassert last([5]) == 5\n",
    ),
    (
        "shout",
        "def shout(s):\n    \"\"\"Upper-case s and add '!'.\n    >>> shout('hi')\n    'HI!'\n    \"\"\"\n",
        "    return s.upper() + '!'\n",
        "assert shout('hi') == 'HI!'\nassert shout('') == '!'\nassert shout('a b') == 'A B!'\n",
    ),
    (
        "evens",
        'def evens(xs):\n    """The even items, in order.\n    >>> evens([1, 2, 4])\n    [2, 4]\n    """\n',
        "    return [x for x in xs if x % 2 == 0]\n",
        "assert evens([1, 2, 4]) == [2, 4]\nassert evens([]) == []\nassert evens([1, 3]) == []\n",
    ),
    (
        "size",
        'def size(d):\n    """Number of keys of d.\n    >>> size({\'a\': 1})\n    1\n    """\n',
        "    return len(d)\n",
        "assert size({'a': 1}) == 1\nassert size({}) == 0\nassert size({1: 1, 2: 2}) == 2\n",
    ),
]
# The teacher answers correctly for these (a wrong default answer for `shout`): whichever tasks the
# seeded split trains on, every variant gets examples.
ANSWERS = {
    "def add(": "def add(a, b):\n    return a + b\n",
    "def double(": "def double(x):\n    return 2 * x\n",
    "def last(": "def last(xs):\n    return xs[-1] if xs else None\n",
    "def evens(": "def evens(xs):\n    return [x for x in xs if x % 2 == 0]\n",
    "def size(": "def size(d):\n    return len(d)\n",
}


def task_records() -> list[dict]:
    return [
        {
            "task_id": f"t/{name}",
            "prompt": prompt,
            "entry_point": name,
            "test": test,
            "visible_tests": extract_visible_tests(prompt, name),  # the docstring example
            "reference": prompt + body,
            "source": "test",
            "meta": {},
        }
        for name, prompt, body, test in TASKS
    ]


class Teacher:
    """The loopback teacher as a separate process."""

    def __init__(self, folder: Path, latency: float) -> None:
        answers = folder / "answers.json"
        answers.write_text(json.dumps(ANSWERS))
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.fakes.openai_server",
                "--latency",
                str(latency),
                "--answers",
                str(answers),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        self.base_url = line.strip().rsplit(" ", 1)[-1]

    def stats(self) -> dict:
        with urllib.request.urlopen(self.base_url.removesuffix("/v1") + "/_stats", timeout=10) as r:
            return json.loads(r.read())

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


class Workspace:
    """A project copy; `dvc(...)` runs the real CLI in it."""

    def __init__(self, path: Path, env: dict[str, str]) -> None:
        self.path, self.env = path, env

    def run(self, *args: str, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            list(args), cwd=self.path, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return proc

    def dvc(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(str(BIN / "dvc"), *args, check=check)

    def params(self, **changes: dict) -> None:
        data = yaml.safe_load((self.path / "params.yaml").read_text())
        for name, values in changes.items():
            data[name].update(values)
        (self.path / "params.yaml").write_text(yaml.safe_dump(data, sort_keys=False))

    def params_of(self, section: str) -> dict:
        """One section of the workspace's params.yaml."""
        return yaml.safe_load((self.path / "params.yaml").read_text())[section]

    def read(self, rel: str) -> bytes:
        return (self.path / rel).read_bytes()


#: The one thing the pipeline's tiny student knows: it answers every task with this body, which passes
#: `add` (a training task of the CI split) and nothing else, so self-distillation has a sample to keep.
SKILL = "return a + b"


def build_student(folder: Path) -> Path:
    """The tiny random student in `folder`, taught `SKILL` on the CI tasks' attempt messages."""
    template = load_template(ROOT / "prompts" / "attempt.txt")
    prompts = [attempt_message(template, r["prompt"].rstrip()) for r in task_records()]
    return teach_reply(build_tiny_student(folder), prompts, SKILL, steps=100)


@pytest.fixture(scope="session")
def tiny_student(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_student(tmp_path_factory.mktemp("student"))


def workspace_env(path: Path, cache: Path) -> dict[str, str]:
    """The environment the workspace at `path` runs dvc and pdistill in (teacher cache at `cache`)."""
    return {
        **os.environ,
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "PDISTILL_CACHE_DIR": str(cache),
        "PYTHONPATH": str(path),
        "HF_HUB_OFFLINE": "1",
        "OPENAI_API_KEY": "sk-test-not-secret",
    }


def make_workspace(path: Path, student: Path, teacher_url: str, cache: Path) -> Workspace:
    """Copy the project, write tasks and params, `git init` + `dvc init` + first commit."""
    path.mkdir(parents=True)
    for item in ("stages", "pdistill", "prompts"):
        shutil.copytree(ROOT / item, path / item, ignore=shutil.ignore_patterns("__pycache__"))
    for item in ("dvc.yaml", "params.yaml", ".dvcignore"):
        shutil.copy(ROOT / item, path / item)
    tasks = path / "data" / "tasks" / "pdistill_tasks.jsonl"
    tasks.parent.mkdir(parents=True)
    tasks.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in task_records()))
    (path / "metrics" / "rounds").mkdir(parents=True)
    (path / "metrics" / "rounds" / ".gitkeep").touch()  # as in the project: the report reads the folder
    ws = Workspace(path, workspace_env(path, cache))
    apply_profile(path / "params.yaml", load_profile(ROOT / "profiles" / "ci.yaml"), "profiles/ci.yaml")
    ws.params(student={"model": str(student)}, teacher={"base_url": teacher_url})
    ws.run("git", "init", "-q")
    ws.run("git", "config", "user.email", "t@example.com")
    ws.run("git", "config", "user.name", "test")
    ws.dvc("init", "-q")
    ws.dvc("config", "core.analytics", "false")
    ws.run("git", "add", "-A")
    ws.run("git", "commit", "-qm", "workspace")
    return ws


@pytest.fixture()
def teacher(tmp_path: Path) -> Iterator[Teacher]:
    t = Teacher(tmp_path, latency=0.0)
    yield t
    t.stop()
