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
    # Not reasons to re-run anything: the version string, progress bars (stderr only, never outputs) and
    # the signal handling that turns Ctrl-C/SIGTERM into a clean exit (no output is written then).
    exempt = {ROOT / "pdistill" / name for name in ("__init__.py", "progress.py", "signals.py")}
    missing = sorted(
        p.relative_to(ROOT).as_posix()
        for p in package_files(script)
        if p not in exempt and not _covered(p, deps)
    )
    assert missing == [], f"stage {name} imports modules that are not in its deps: {missing}"


@pytest.mark.parametrize(("name", "stage"), STAGES, ids=[n for n, _ in STAGES])
def test_stage_deps_are_only_what_it_imports(name, stage):
    """No false edges: every package file or folder a stage lists is one it imports (a folder: some file
    in it), so editing a module re-runs only the stages that run its code."""
    script = ROOT / re.match(r"python (stages/\S+\.py)", stage["cmd"].strip()).group(1)
    used = {p.relative_to(ROOT).as_posix() for p in package_files(script)}
    extra = [
        d
        for d in map(str, stage.get("deps", []))
        if d.startswith("pdistill/")
        and not any(u == d or (d.endswith("/") and u.startswith(d)) for u in used)
    ]
    assert extra == [], f"stage {name} lists modules it never imports: {extra}"


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
    """The train and evaluate stages' items, the report's --models and its per-model deps follow
    sft.variants, with selfd after them; the later rounds' stages all follow rounds.extra."""
    variants = [*PARAMS["sft"]["variants"], "selfd"]
    assert DVC["stages"]["train"]["foreach"] == variants
    for stage in ("attempt", "execute", "refine", "build", "train", "evaluate"):
        assert DVC["stages"][f"round_{stage}"]["foreach"] == "${rounds.extra}"
    evaluate = DVC["stages"]["evaluate"]["foreach"]
    assert list(evaluate) == ["base", *variants]
    assert evaluate["base"]["adapter"] == "none"
    for v in variants:
        assert evaluate[v] == {"adapter": f"models/{v}", "weights": f"models/{v}"}
    report = DVC["stages"]["report"]
    assert re.search(r"--models ([\w ]+?) --", report["cmd"]).group(1).split() == ["base", *variants]
    # The report reads the folders the per-model stages write into (DVC links a folder dep to every
    # stage whose outputs lie inside it).
    assert {"metrics/eval", "data/eval", "metrics/sft", "metrics/train", "metrics/rounds"} <= set(
        report["deps"]
    )
    assert (ROOT / "metrics" / "rounds" / ".gitkeep").is_file()  # the folder exists with no round
    outs = {
        path
        for stage in ("evaluate", "build_sft", "train")
        for entry in DVC["stages"][stage]["do"].get("outs", [])
        + DVC["stages"][stage]["do"].get("metrics", [])
        for path in ([entry] if isinstance(entry, str) else entry)
    }
    assert {"data/eval/${key}.jsonl", "metrics/eval/${key}.json", "metrics/sft/${item}.json"} <= outs
    assert "metrics/train/${item}.json" in outs
