"""`pdistill params apply`: profiles edit params.yaml in place, keep its comments, reject unknown keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pdistill.cli import cli
from pdistill.io import PdistillError
from pdistill.profiles import apply_profile, load_profile, parse_assignments

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def params(tmp_path: Path) -> Path:
    path = tmp_path / "params.yaml"
    shutil.copy(ROOT / "params.yaml", path)
    return path


def test_parse_assignments_reads_values_as_yaml():
    assert parse_assignments(["train.max_steps=4", "evaluate.k=[1, 5]", "teacher_client.max_usd=null"]) == {
        "train": {"max_steps": 4},
        "evaluate": {"k": [1, 5]},
        "teacher_client": {"max_usd": None},
    }
    for bad in ("train", "max_steps=4", "train.=4", "train.x=[1"):
        with pytest.raises(PdistillError, match="--set"):
            parse_assignments([bad])


@pytest.mark.parametrize("profile", sorted(p.name for p in (ROOT / "profiles").glob("*.yaml")))
def test_shipped_profiles_apply_and_keep_comments(params: Path, profile: str):
    before = params.read_text()
    overrides = load_profile(ROOT / "profiles" / profile)
    changed = apply_profile(params, overrides, profile)
    assert changed, f"{profile} changes nothing"
    after = params.read_text()
    data = yaml.safe_load(after)
    for section, values in overrides.items():
        for key, value in values.items():
            assert data[section][key] == value, f"{section}.{key}"
    # Every comment survives, and nothing but the profile's keys changed.
    comments = [line.split("#", 1)[1] for line in before.splitlines() if "#" in line]
    assert all(c in after for c in comments)
    expected = yaml.safe_load(before)
    for section, values in overrides.items():
        expected[section].update(values)
    assert data == expected


def test_unknown_key_is_an_error_and_leaves_the_file_alone(params: Path):
    before = params.read_bytes()
    with pytest.raises(PdistillError, match=r"prof.yaml: train.lora_rank: no such key"):
        apply_profile(params, {"train": {"lora_r": 4, "lora_rank": 8}}, "prof.yaml")
    assert params.read_bytes() == before


def test_cli_applies_profile_then_sets(tmp_path: Path, params: Path):
    profile = tmp_path / "p.yaml"
    profile.write_text("train:\n  max_steps: 3\nevaluate:\n  limit: 7\n")
    result = CliRunner().invoke(
        cli, ["params", "apply", str(profile), "--set", "train.max_steps=7", "--params", str(params)]
    )
    assert result.exit_code == 0, result.output
    assert "changed train.max_steps, evaluate.limit" in result.output
    data = yaml.safe_load(params.read_text())
    assert data["train"]["max_steps"] == 7 and data["evaluate"]["limit"] == 7
    result = CliRunner().invoke(cli, ["params", "apply", "--set", "nope.x=1", "--params", str(params)])
    assert result.exit_code == 1 and "error: --set: nope: no such key in params.yaml" in result.output
    result = CliRunner().invoke(
        cli, ["params", "apply", str(tmp_path / "missing.yaml"), "--params", str(params)]
    )
    assert result.exit_code == 1 and "profile not found" in result.output


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        (
            "teacher_client.max_concurrency=many",
            "--set: teacher_client.max_concurrency: expected an integer >= 1",
        ),
        ("refine.validation_runs=two", "--set: refine.validation_runs: expected an integer >= 1, got 'two'"),
        ("teacher.max_concurrency=4", "--set: teacher.max_concurrency: no such key in params.yaml"),
        (
            "train.lora_rank=4",
            "--set: train.lora_rank: no such key in params.yaml; did you mean 'train.lora_r'?",
        ),
    ],
)
def test_set_validates_values_as_the_stages_do(params: Path, assignment: str, message: str):
    before = params.read_bytes()
    result = CliRunner().invoke(cli, ["params", "apply", "--set", assignment, "--params", str(params)])
    assert result.exit_code != 0
    assert message in result.output
    assert params.read_bytes() == before


def test_lists_and_mappings_are_written_in_flow_style_on_their_key_line(tmp_path: Path):
    params = tmp_path / "params.yaml"
    shutil.copy(ROOT / "params.yaml", params)
    apply_profile(
        params, {"rounds": {"extra": {"round2": "persd_combined"}}, "sft": {"variants": ["stand"]}}, "t"
    )
    lines = params.read_text().splitlines()
    assert any(line.startswith("  extra: {round2: persd_combined} #") for line in lines)
    assert any(line.startswith("  variants: [stand] ") for line in lines)
    data = yaml.safe_load(params.read_text())
    assert data["rounds"]["extra"] == {"round2": "persd_combined"} and data["sft"]["variants"] == ["stand"]
