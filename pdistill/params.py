"""Reading `params.yaml`: one section per stage, with errors that name the file and the key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from pdistill.io import PdistillError


def load_params(path: str | os.PathLike[str] = "params.yaml") -> dict[str, Any]:
    """The whole params file as a dict; a missing or malformed file is a `PdistillError`."""
    p = Path(path)
    if not p.is_file():
        raise PdistillError(f"{p}: params file not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise PdistillError(f"{p}: malformed YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PdistillError(f"{p}: expected a mapping of sections at the top level")
    return data


def section(
    params: dict[str, Any], name: str, path: str | os.PathLike[str] = "params.yaml"
) -> dict[str, Any]:
    """One section (e.g. `execution`); missing is an error naming it."""
    value = params.get(name)
    if not isinstance(value, dict):
        raise PdistillError(f"{path}: section {name!r} is missing or not a mapping")
    return dict(value)
