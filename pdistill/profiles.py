"""Profiles: named sets of `params.yaml` overrides (`profiles/*.yaml`), applied in place.

    pdistill params apply profiles/gpu.yaml                      # then: dvc repro (or dvc exp run)
    pdistill params apply profiles/ci.yaml --set student.model=/tmp/tiny --set teacher.base_url=http://...

A profile mirrors params.yaml's sections and holds only the keys it changes. Applying it keeps
params.yaml's comments and key order (ruamel.yaml round trip), so `git diff params.yaml` shows exactly
what the profile changed. Every key must already exist in params.yaml: a typo is an error, not a new,
silently ignored setting.
"""

from __future__ import annotations

import difflib
import io
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from pdistill.config.load import config_from_dict, read_yaml
from pdistill.io import PdistillError, atomic_open


def parse_assignments(items: Iterable[str]) -> dict[str, Any]:
    """`section.key=value` strings -> a nested overrides mapping; values are read as YAML (`2`, `true`)."""
    out: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        parts = name.strip().split(".")
        if not sep or len(parts) < 2 or not all(parts):
            raise PdistillError(f"--set {item!r}: expected section.key=value, e.g. train.max_steps=4")
        try:
            value = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError as exc:
            raise PdistillError(f"--set {item!r}: value is not valid YAML: {exc}") from None
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


def merge(doc: Any, overrides: Mapping[str, Any], source: str, prefix: str = "") -> list[str]:
    """Write `overrides` into `doc` (a params mapping) in place; returns the dotted keys changed.

    A key missing from `doc` is a `PdistillError` naming `source` and the key. Mappings merge key by key
    one level deep: a mapping under a key (such as `teacher.prices`) replaces the whole value.
    """
    changed: list[str] = []
    for key, value in overrides.items():
        dotted = f"{prefix}{key}"
        if not isinstance(doc, Mapping) or key not in doc:
            close = difflib.get_close_matches(
                str(key), [str(k) for k in doc] if isinstance(doc, Mapping) else [], 1
            )
            hint = f"; did you mean '{prefix}{close[0]}'?" if close else " (a typo?)"
            raise PdistillError(f"{source}: {dotted}: no such key in params.yaml{hint}")
        if isinstance(value, Mapping) and isinstance(doc[key], Mapping) and dotted.count(".") < 1:
            changed += merge(doc[key], value, source, f"{dotted}.")
        elif doc[key] != value:
            doc[key] = _flow(value)
            changed.append(dotted)
    return changed


def _flow(value: Any) -> Any:
    """A list or mapping as ruamel writes it in flow style (`[a, b]`, `{k: v}`) on its key's line, as
    params.yaml writes them; anything else as it is."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, Mapping):
        node: Any = CommentedMap((k, _flow(v)) for k, v in value.items())
    elif isinstance(value, list):
        node = CommentedSeq(_flow(v) for v in value)
    else:
        return value
    node.fa.set_flow_style()
    return node


def apply_profile(
    params_path: str | os.PathLike[str], overrides: Mapping[str, Any], source: str
) -> list[str]:
    """Merge `overrides` into the params file, keeping its comments; returns the keys that changed."""
    from ruamel.yaml import YAML

    path = Path(params_path)
    if not path.is_file():
        raise PdistillError(f"{path}: params file not found")
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap long lines
    rt.representer.add_representer(  # write null as `null`, as params.yaml does (not as nothing)
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    doc = rt.load(path.read_text(encoding="utf-8"))
    changed = merge(doc, overrides, source)
    buf = io.StringIO()
    rt.dump(doc, buf)
    config_from_dict(yaml.safe_load(buf.getvalue()) or {}, source)  # the stages' own checks, before writing
    with atomic_open(path) as fh:
        fh.write(buf.getvalue())
    return changed


def load_profile(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A profile file as a mapping of sections; a missing or malformed file is an error naming it."""
    p = Path(path)
    if not p.is_file():
        raise PdistillError(f"{p}: profile not found (see profiles/ for the shipped ones)")
    data = read_yaml(p, "profile")  # same YAML reading and errors as params.yaml
    if not all(isinstance(v, dict) for v in data.values()):
        raise PdistillError(f"{p}: expected sections of params (e.g. `train:` with keys under it)")
    return data
