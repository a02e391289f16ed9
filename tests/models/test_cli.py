"""`pdistill models pull|list` and `pdistill teacher serve` argument handling, through click's runner."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pdistill.cli import cli
from pdistill.models import registry
from pdistill.models.registry import ModelSpec, Part

BLOB = b"GGUF-fake-model-data" * 100


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDISTILL_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModelSpec, Path]:
    """A one-wheel model in the registry, and a local wheel folder holding it."""
    part = Part("tiny-cli-model", "0.1", "tiny_cli_model/model.gguf")
    spec = ModelSpec(
        name="tiny-cli-model",
        parts=(part,),
        size=len(BLOB),
        sha256=hashlib.sha256(BLOB).hexdigest(),
        license="test",
        role="test",
        description="fake",
    )
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    with zipfile.ZipFile(wheels / "tiny_cli_model-0.1-py3-none-any.whl", "w") as zf:
        zf.writestr(part.blob, BLOB)
        zf.writestr(
            "tiny_cli_model-0.1.dist-info/METADATA",
            "Metadata-Version: 2.1\nName: tiny-cli-model\nVersion: 0.1\n",
        )
        zf.writestr(
            "tiny_cli_model-0.1.dist-info/WHEEL",
            "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
        zf.writestr("tiny_cli_model-0.1.dist-info/RECORD", "")
    return spec, wheels


def test_list_shows_every_model_and_whether_it_is_cached(fake, tmp_path):
    spec, wheels = fake
    result = CliRunner().invoke(cli, ["models", "list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["NAME", "ROLE", "SIZE", "CACHED", "PATH"]
    for name in registry.REGISTRY:
        assert any(line.startswith(name + " ") for line in lines)
    row = next(line for line in lines if line.startswith("tiny-cli-model "))
    assert row.split()[-2:] == ["no", str(tmp_path / "cache" / "models" / "tiny-cli-model.gguf")]

    pulled = CliRunner().invoke(cli, ["models", "pull", spec.name, "--find-links", str(wheels)])
    assert pulled.exit_code == 0, pulled.output
    assert pulled.stdout.strip().splitlines()[-1] == str(
        tmp_path / "cache" / "models" / "tiny-cli-model.gguf"
    )
    row = next(
        line for line in CliRunner().invoke(cli, ["models", "list"]).output.splitlines() if "tiny-cli" in line
    )
    assert row.split()[-2] == "yes"


def test_pull_of_an_unknown_name_fails_cleanly():
    result = CliRunner().invoke(cli, ["models", "pull", "smollm2-135m-instrct"])
    assert result.exit_code == 1
    assert "unknown model 'smollm2-135m-instrct'" in result.output and "did you mean" in result.output


def test_serve_refuses_a_folder(tmp_path):
    result = CliRunner().invoke(cli, ["teacher", "serve", "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "--model" in result.output and "GGUF files only" in result.output


def test_teacher_is_a_group_holding_serve():
    result = CliRunner().invoke(cli, ["teacher", "--help"])
    assert result.exit_code == 0 and "serve" in result.output
