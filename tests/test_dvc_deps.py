"""Every stage declares the package modules it imports (transitively) and the params keys it lists exist.

DVC does not follow Python imports: a stage whose module is missing from `deps` goes stale silently.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DVC = yaml.safe_load((ROOT / "dvc.yaml").read_text())
PARAMS = yaml.safe_load((ROOT / "params.yaml").read_text())


def _module_file(module: str) -> Path | None:
    base = ROOT / Path(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n == "pdistill" or n.startswith("pdistill.")}


def package_files(script: Path) -> set[Path]:
    """Files of `pdistill` that `script` imports, transitively, including parent packages' `__init__`."""
    seen: set[Path] = set()
    todo = [script]
    while todo:
        path = todo.pop()
        for module in _imports(path):
            parts = module.split(".")
            for i in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ too
                f = _module_file(".".join(parts[:i]))
                if f is not None and f not in seen:
                    seen.add(f)
                    todo.append(f)
    return seen


def _covered(path: Path, deps: list[str]) -> bool:
    rel = path.relative_to(ROOT).as_posix()
    return any(rel == d or (d.endswith("/") and rel.startswith(d)) for d in deps)


STAGES = sorted((name, stage.get("do", stage)) for name, stage in DVC["stages"].items())  # foreach: its body


@pytest.mark.parametrize(("name", "stage"), STAGES, ids=[n for n, _ in STAGES])
def test_stage_deps_cover_its_imports(name, stage):
    match = re.match(r"python (stages/\S+\.py)", stage["cmd"].strip())
    assert match, f"stage {name}: cmd should run a script in stages/ ({stage['cmd']!r})"
    script = ROOT / match.group(1)
    deps = [str(d) for d in stage.get("deps", [])]
    assert match.group(1) in deps, f"stage {name}: its own script is not a dep"
    # Not reasons to re-run anything: the version string, and progress bars (stderr only, never outputs).
    exempt = {ROOT / "pdistill" / "__init__.py", ROOT / "pdistill" / "progress.py"}
    missing = sorted(
        p.relative_to(ROOT).as_posix()
        for p in package_files(script)
        if p not in exempt and not _covered(p, deps)
    )
    assert missing == [], f"stage {name} imports modules that are not in its deps: {missing}"


@pytest.mark.parametrize(("name", "stage"), STAGES, ids=[n for n, _ in STAGES])
def test_stage_params_exist(name, stage):
    for key in stage.get("params", []):
        node = PARAMS
        for part in str(key).split("."):
            assert isinstance(node, dict) and part in node, (
                f"stage {name}: params key {key} not in params.yaml"
            )
            node = node[part]


def test_every_variant_is_trained_evaluated_and_reported():
    """The evaluate stage's keys, the report's --models and its per-model deps follow sft.variants."""
    variants = PARAMS["sft"]["variants"]
    assert DVC["stages"]["train"]["foreach"] == "${sft.variants}"
    evaluate = DVC["stages"]["evaluate"]["foreach"]
    assert list(evaluate) == ["base", *variants]
    assert evaluate["base"]["adapter"] == "none"
    for v in variants:
        assert evaluate[v] == {"adapter": f"models/{v}", "weights": f"models/{v}"}
    report = DVC["stages"]["report"]
    assert re.search(r"--models ([\w ]+?) --", report["cmd"]).group(1).split() == ["base", *variants]
    deps = set(report["deps"])
    for m in ["base", *variants]:
        assert {f"metrics/eval/{m}.json", f"data/eval/{m}.jsonl"} <= deps, m
    for v in variants:
        assert {f"metrics/sft/{v}.json", f"metrics/train/{v}.json"} <= deps, v
    overlay = DVC["plots"][0]["train_loss"]["y"]
    assert list(overlay) == [f"dvclive/train/{v}/plots/metrics/loss.tsv" for v in variants]
