"""Stage scripts fail with one clear line, a non-zero exit, and no half-written output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _refine(tmp_path: Path, teacher: dict, env: dict[str, str]) -> subprocess.CompletedProcess:
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["teacher"].update(teacher)
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    task = {"task_id": "t", "prompt": "def f():\n", "entry_point": "f", "test": "assert f() == 1\n"}
    tasks = _write(tmp_path / "tasks.jsonl", [task])
    samples = _write(
        tmp_path / "samples.jsonl", [{"task_id": "t", "sample_id": 0, "code": "def f():\n    return 2\n"}]
    )
    results = _write(
        tmp_path / "results.jsonl",
        [{"task_id": "t", "sample_id": 0, "status": "failed", "feedback": "OUTPUT: 2\nEXPECTED: 1"}],
    )
    cmd = [
        sys.executable,
        str(ROOT / "stages" / "refine.py"),
        "--tasks",
        str(tasks),
        "--samples",
        str(samples),
        "--results",
        str(results),
        "--prompt",
        str(ROOT / "prompts" / "refine.txt"),
        "--reference-prompt",
        str(ROOT / "prompts" / "refine_reference.txt"),
        "--out",
        str(tmp_path / "out.jsonl"),
        "--metrics",
        str(tmp_path / "metrics.json"),
        "--params",
        str(tmp_path / "params.yaml"),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_refine_without_a_key_for_a_remote_teacher_stops_before_any_request(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    proc = _refine(tmp_path, {"base_url": "https://api.example.invalid/v1", "model": "gpt-3.5-turbo"}, env)
    assert proc.returncode == 1
    assert "OPENAI_API_KEY" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("error:")
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "metrics.json").exists()


def test_refine_with_an_unknown_teacher_setting_names_it(tmp_path: Path):
    proc = _refine(tmp_path, {"temprature": 0.2}, dict(os.environ))
    assert proc.returncode == 1
    assert "unknown key(s) temprature" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out.jsonl").exists()
