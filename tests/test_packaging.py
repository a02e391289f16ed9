"""Every third-party package that pdistill/, stages/ or tools/ imports is declared in pyproject.toml.

An import that only works because some other dependency happens to pull the package in breaks silently
when that dependency changes. Plain imports (at module level or inside a function) must be in
`[project] dependencies`; an import guarded by `try: ... except ImportError` may instead be in an
optional group. Import names map to distributions through `importlib.metadata.packages_distributions()`.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("pdistill", "stages", "tools")
# Not `(ROOT / name).is_dir()`: the repository also holds folders such as dvclive/ and accelerate/.
FIRST_PARTY = {"pdistill", "stages", "tools", "tests", "benchmarks"}
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def canonical(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(requirements: list[str]) -> set[str]:
    """The canonical distribution names of PEP 508 requirement strings."""
    names = set()
    for req in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
        assert match, f"unparseable requirement {req!r}"
        names.add(canonical(match.group(1)))
    return names


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(k, ast.Name) and k.id in ("ImportError", "ModuleNotFoundError") for k in kinds)


def third_party_imports(path: Path) -> dict[str, bool]:
    """Top-level third-party module names imported by `path` -> whether every import of it is guarded."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
            guarded.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    found: dict[str, bool] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.partition(".")[0]
            first_party = top in FIRST_PARTY or (path.parent / f"{top}.py").is_file()
            if top in sys.stdlib_module_names or first_party:
                continue
            found[top] = found.get(top, True) and id(node) in guarded
    return found


def test_the_checker_sees_plain_lazy_and_guarded_imports(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "import os, yaml\nfrom pdistill.io import dumps\n"
        "def f():\n    import numpy.linalg\n"
        "try:\n    import xllamacpp\nexcept (OSError, ImportError):\n    xllamacpp = None\n"
        "try:\n    import yaml\nexcept ImportError:\n    pass\n",
        encoding="utf-8",
    )
    assert third_party_imports(source) == {"yaml": False, "numpy": False, "xllamacpp": True}


def test_every_imported_package_is_declared() -> None:
    project = PYPROJECT["project"]
    required = requirement_names(project["dependencies"])
    optional = set().union(*(requirement_names(g) for g in project.get("optional-dependencies", {}).values()))
    distributions = importlib.metadata.packages_distributions()
    problems = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for module, is_guarded in third_party_imports(path).items():
                where = path.relative_to(ROOT)
                dists = {canonical(d) for d in distributions.get(module, [])}
                if not dists:
                    problems.append(f"{where}: imports {module!r}, which no installed distribution provides")
                elif not dists & (required | optional if is_guarded else required):
                    group = "[project] dependencies or an optional group" if is_guarded else "dependencies"
                    problems.append(
                        f"{where}: imports {module!r} ({', '.join(sorted(dists))}), not in {group}"
                    )
    assert not problems, "\n".join(problems)


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0]))


def test_constraints_pin_every_declared_package_at_or_above_its_floor() -> None:
    """`make setup` installs within constraints.txt: each declared package is pinned there, not below
    its `>=` floor in pyproject.toml."""
    project = PYPROJECT["project"]
    requirements = list(project["dependencies"])
    for group in project.get("optional-dependencies", {}).values():
        requirements += group
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(line.split("==", 1) for line in lines if "==" in line and not line.startswith("#"))
    pins = {canonical(name.strip()): version.strip() for name, version in pins.items()}
    problems = []
    for req in requirements:
        name = canonical(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req).group(1))
        floor = re.search(r">=\s*([0-9][0-9.]*)", req)
        if name not in pins:
            problems.append(f"{req!r}: no pin in constraints.txt")
        elif floor and _release(pins[name]) < _release(floor.group(1)):
            problems.append(f"{req!r}: constraints.txt pins {pins[name]}, below the floor")
    assert not problems, "\n".join(problems)
