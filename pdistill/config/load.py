"""Reading params files: the one loader every stage and command uses.

    from pdistill.config.load import load_config

    cfg = load_config("params.yaml")      # every section checked, before any model loads or request
    cfg.refine.validation_runs            # typed: an int >= 1
    cfg.train.lora_r                      # 16

A bad value, an unknown key (with a did-you-mean) or an unknown section is one `ConfigError` naming the
file and the dotted key; stage scripts print it as one `error:` line and exit 1.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from pdistill.config.rules import ConfigError, check_section, unknown_key
from pdistill.config.sections import SECTIONS, Config

_SHARED = {"n", "temperature", "top_p", "seed", "max_new_tokens", "batch_size", "model", "max_length"}


def read_yaml(path: str | os.PathLike[str], what: str = "params file") -> dict[str, Any]:
    """A YAML file holding a mapping, as a dict; a missing or malformed file is a `ConfigError`."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: {what} not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: malformed YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: expected a mapping of sections at the top level")
    return data


def config_from_dict(data: Mapping[str, Any], source: str = "params.yaml") -> Config:
    """Validate a whole params mapping (`source` names it in errors)."""
    for name in data:
        if name not in SECTIONS:
            raise ConfigError(f"{source}: {unknown_key(list(SECTIONS), str(name), '')}")
    home = {f.name: name for name, cls in SECTIONS.items() for f in dataclasses.fields(cls)}
    for name, values in data.items():
        known = {f.name for f in dataclasses.fields(SECTIONS[name])}
        for key in values if isinstance(values, Mapping) else ():
            if key not in known and key in home and key not in _SHARED:
                raise ConfigError(f"{source}: {name}.{key}: unknown setting; it belongs to {home[key]}.{key}")
    sections = {name: check_section(cls, data.get(name), name, source) for name, cls in SECTIONS.items()}
    return Config(**sections)


def load_config(path: str | os.PathLike[str] = "params.yaml") -> Config:
    """Read and validate a params file: every section, every key, before anything runs."""
    return config_from_dict(read_yaml(path), str(path))


def teacher_params(config: Config) -> dict[str, Any]:
    """The `teacher` and `teacher_client` sections as the one mapping `open_teacher` takes."""
    return {**dataclasses.asdict(config.teacher), **dataclasses.asdict(config.teacher_client)}
