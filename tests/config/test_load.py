"""The one loader: params.yaml equals the dataclass defaults, and every bad input is one error line
naming the file and the dotted key."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
import yaml

from pdistill.config.load import Config, config_from_dict, load_config, read_yaml
from pdistill.config.rules import ConfigError
from pdistill.config.sections import SECTIONS, Evaluate, Train

ROOT = Path(__file__).resolve().parents[2]
PARAMS = read_yaml(ROOT / "params.yaml")


def test_dataclass_defaults_equal_params_yaml():
    assert load_config(ROOT / "params.yaml") == Config()
    assert list(PARAMS) == list(SECTIONS)  # the same sections, in the same order
    for name, cls in SECTIONS.items():
        assert list(PARAMS[name]) == [f.name for f in dataclasses.fields(cls)], name


def test_a_missing_section_or_key_takes_the_default():
    assert config_from_dict({}) == Config()
    assert config_from_dict({"train": {"epochs": 2}}).train == dataclasses.replace(Train(), epochs=2.0)


def _with(section: str, key: str, value) -> dict:
    data = copy.deepcopy(PARAMS)
    data[section][key] = value
    return data


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        ("refine", "validation_runs", "two", "refine.validation_runs: expected an integer >= 1, got 'two'"),
        ("refine", "per_task", "all", "refine.per_task: expected an integer >= 1, or null, got 'all'"),
        ("sft", "on_overflow", "dorp", "sft.on_overflow: expected one of drop, error, got 'dorp'"),
        ("teacher_client", "max_concurrency", "many", "teacher_client.max_concurrency: expected an integer"),
        ("evaluate", "max_new_tokens", 0, "evaluate.max_new_tokens: expected an integer >= 1, got 0"),
        ("train", "lora_dropout", 1.0, "train.lora_dropout: expected a number >= 0 and < 1, got 1.0"),
        ("train", "bf16", "yes", "train.bf16: expected one of auto, true, false, got 'yes'"),
        ("student", "device", "gpu", "student.device: expected auto, cpu, cuda, cuda:N or mps, got 'gpu'"),
        ("sft", "variants", ["stand", "persd2"], "sft.variants: expected a non-empty list of one of"),
        ("teacher", "base_url", "api.openai.com", "teacher.base_url: expected local or an http(s) URL"),
        ("prepare", "heldout_fraction", 1.0, "prepare.heldout_fraction: expected a number >= 0 and < 1"),
    ],
)
def test_a_bad_value_names_file_and_key(section, key, value, message):
    with pytest.raises(ConfigError) as err:
        config_from_dict(_with(section, key, value), "my/params.yaml")
    assert str(err.value).startswith(f"my/params.yaml: {message}"), str(err.value)


def test_unknown_keys_and_sections_suggest_the_right_one():
    data = _with("refine", "validation_run", 2)
    del data["refine"]["validation_runs"]
    with pytest.raises(
        ConfigError,
        match=r"p.yaml: refine.validation_run: unknown setting; did you mean 'refine.validation_runs'\?",
    ):
        config_from_dict(data, "p.yaml")
    with pytest.raises(
        ConfigError, match=r"teacher.max_concurrency: unknown setting; it belongs to teacher_client"
    ):
        config_from_dict(_with("teacher", "max_concurrency", 2), "p.yaml")
    with pytest.raises(
        ConfigError, match=r"execution.workers: unknown setting; it belongs to execution_pool.workers"
    ):
        config_from_dict(_with("execution", "workers", 2), "p.yaml")
    with pytest.raises(ConfigError, match=r"p.yaml: trian: unknown section; did you mean 'train'\?"):
        config_from_dict({"trian": {}}, "p.yaml")


def test_cross_field_checks():
    with pytest.raises(ConfigError, match=r"evaluate.n: temperature 0 is greedy"):
        config_from_dict({"evaluate": {"n": 5}})
    assert config_from_dict({"evaluate": {"n": 5, "temperature": 0.8}}).evaluate.n == 5
    with pytest.raises(ConfigError, match=r"teacher_client.backoff_max_s: expected >= backoff_initial_s"):
        config_from_dict({"teacher_client": {"backoff_initial_s": 5.0, "backoff_max_s": 1.0}})


def test_values_are_typed():
    cfg = config_from_dict({"evaluate": {"k": 1, "limit": None}, "train": {"learning_rate": "3e-4"}})
    assert cfg.evaluate.k == (1,) and cfg.evaluate.limit == 0 and cfg.train.learning_rate == 3e-4
    assert Evaluate.from_params({"k": [1, 5], "n": 10, "temperature": 0.8}).k == (1, 5)


def test_malformed_or_missing_files(tmp_path: Path):
    with pytest.raises(ConfigError, match="params file not found"):
        load_config(tmp_path / "none.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("train: [1\n")
    with pytest.raises(ConfigError, match="malformed YAML"):
        load_config(bad)
    bad.write_text(yaml.safe_dump({"train": [1, 2]}))
    with pytest.raises(ConfigError, match="train: expected a mapping of settings"):
        load_config(bad)
