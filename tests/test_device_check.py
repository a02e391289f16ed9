"""tools/device_check.py and tools/split_file.py: everything of the GPU device check that runs on a CPU.

The check end to end in its CPU mode (`--dry-run`: the CI profile's whole pipeline through the real `dvc`
CLI, as on the GPU but with `student.device=cpu`) runs once for the pipeline tests, whose workspace it is:
tests/pipeline/test_e2e.py reads its summary (`test_the_device_check_dry_run_summary`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tools import device_check, split_file

ROOT = Path(__file__).resolve().parents[1]


def make_wheel(folder: Path, name: str, version: str = "1.0") -> Path:
    """A minimal pure-Python wheel holding the module `name` (VALUE = 42)."""
    import zipfile

    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": "VALUE = 42\n",
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{f},,\n" for f in [*files, f"{info}/RECORD"])
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        for arc, text in files.items():
            zf.writestr(arc, text)
    return path


def test_wheels_install_offline_and_installed_names_are_kept(tmp_path: Path) -> None:
    make_wheel(tmp_path, "pdistill_probe")
    result = device_check.install_wheels(tmp_path, target=tmp_path / "site")
    assert result["installed"] == ["pdistill_probe-1.0-py3-none-any.whl"]
    assert (tmp_path / "site" / "pdistill_probe" / "__init__.py").read_text() == "VALUE = 42\n"
    assert "pip_check" in result
    kept = tmp_path / "kept"
    kept.mkdir()
    make_wheel(kept, "PyYAML", "0.0.1")  # installed here: this environment's own version stays
    result = device_check.install_wheels(kept)
    assert result["installed"] == [] and result["kept"][0].startswith("PyYAML 6.")


def test_stage_times_run_from_one_stage_line_to_the_next() -> None:
    events = [
        (0.0, "Running stage 'prepare':"),
        (0.5, "prepare: {...}"),
        (2.0, "Running stage 'train@persd':"),
        (3.0, "Updating lock file 'dvc.lock'"),
    ]
    assert device_check.stage_times(events, end=7.5) == {"prepare": 2.0, "train@persd": 5.5}
    assert device_check.stage_times([], end=1.0) == {}


def test_the_log_gives_generation_speed_and_evaluation_seconds() -> None:
    lines = [
        "attempt: 4 samples for 4 tasks, 32 tokens in 0.0 s (964.6 tokens/s) -> data/attempt/samples.jsonl",
        "evaluate@base humaneval: 3 tasks, step 1: pass@1 0.000 [0.000, 0.000], step 2: pass@1 0.333 "
        "[0.000, 1.000] (12.5 s)",
        "evaluate@persd heldout: 2 tasks, step 1: pass@1 0.500 [0.000, 1.000] (0.1 s)",
    ]
    parsed = device_check.parse_log(lines)
    assert parsed["generation"] == {"attempt_tokens": 32, "attempt_s": 0.0, "tokens_per_s": 964.6}
    assert parsed["evaluate_s"] == {"base": {"humaneval": 12.5}, "persd": {"heldout": 0.1}}
    assert device_check.parse_log([])["generation"] is None


def test_metrics_give_step_times_and_pass_at_1(tmp_path: Path) -> None:
    (tmp_path / "metrics" / "train").mkdir(parents=True)
    (tmp_path / "metrics" / "eval").mkdir(parents=True)
    train = {"steps": 4, "seconds": 2.0, "bf16": True, "variant": "persd"}
    (tmp_path / "metrics" / "train" / "persd.json").write_text(json.dumps(train))
    step = {"pass@1": 0.5, "pass@1_ci_low": 0.0, "pass@1_ci_high": 1.0}
    evaluation = {"humaneval": {"tasks": 2, "step1": step, "step2": {**step, "pass@1": 1.0}}}
    (tmp_path / "metrics" / "eval" / "base.json").write_text(json.dumps(evaluation))
    got = device_check.read_metrics(tmp_path)
    assert got["train"] == {"persd": {"steps": 4, "seconds": 2.0, "bf16": True, "step_s": 0.5}}
    assert got["pass_at_1"] == {"base": {"humaneval": {"step1": 0.5, "step2": 1.0}}}
    assert got["report"] is False


def test_without_git_the_workspace_uses_dvc_without_scm(tmp_path: Path, monkeypatch) -> None:
    real_which = device_check.shutil.which
    monkeypatch.setattr(device_check.shutil, "which", lambda n: None if n == "git" else real_which(n))
    ws = device_check.make_workspace(tmp_path / "ws", tmp_path / "student", "http://127.0.0.1:9/v1", tmp_path)
    assert (ws.path / ".dvc").is_dir() and not (ws.path / ".git").exists()
    assert "no_scm = True" in (ws.path / ".dvc" / "config").read_text()
    from tests.pipeline import conftest

    assert conftest.Workspace.__name__ == "Workspace"  # restored for the pipeline tests


@pytest.mark.parametrize("size", [0, 1, 10, 11, 25])
def test_split_and_join_round_trip(tmp_path: Path, size: int) -> None:
    original = tmp_path / "model.gguf"
    original.write_bytes(os.urandom(size))
    manifest = split_file.split_file(original, tmp_path / "parts", part_bytes=5)
    parts = json.loads(manifest.read_text())["parts"]
    assert all(p["bytes"] <= 5 for p in parts) and sum(p["bytes"] for p in parts) == size
    assert len(parts) == max(1, -(-size // 5))
    assert split_file.find_manifest(tmp_path / "parts") == manifest
    joined = split_file.join_parts(manifest, tmp_path / "out" / "model.gguf")
    assert joined.read_bytes() == original.read_bytes()


def test_join_refuses_a_missing_or_corrupt_part(tmp_path: Path) -> None:
    original = tmp_path / "model.gguf"
    original.write_bytes(os.urandom(12))
    manifest = split_file.split_file(original, tmp_path / "parts", part_bytes=5)
    (tmp_path / "parts" / "model.gguf.part001").write_bytes(b"xxxxx")  # same size, other bytes
    (tmp_path / "parts" / "model.gguf.part002").unlink()
    with pytest.raises(ValueError, match=r"part001: sha256 differs; model.gguf.part002: missing"):
        split_file.join_parts(manifest, tmp_path / "joined")
    assert not (tmp_path / "joined").exists()
    assert split_file.main(["join", str(tmp_path / "parts"), str(tmp_path / "joined")]) == 1
    assert split_file.main(["join", str(tmp_path), str(tmp_path / "joined")]) == 1  # no manifest there
