"""Download the wheels that a machine without network needs to run the pipeline (the lent GPU machines).

    python tools/wheels.py                                  # -> wheels/ (git-ignored), for the GPU machines
    python tools/wheels.py --have-file freeze.txt --python-version 3.11 --glibc 2.35

The GPU machines have torch, transformers, peft, accelerate and about 200 other packages
(`DEVICE_PACKAGES`, from the workplace's list), Python 3.12 on glibc 2.39, and no network; each call to
one carries at most 64 MiB, the working tree included. This tool finds what is missing there and
downloads it, for that Python and platform, into `--dest`:

1. Resolve: the project's dependencies (`pyproject.toml`, less `--exclude`: xllamacpp, the llama.cpp
   server, is not needed with the CI profile's loopback teacher) with `pip install --dry-run --report`,
   within `constraints.txt`, in an empty environment. The `--stub` packages (torch: its CUDA wheels are
   gigabytes) count as installed there, at their pinned version, with no dependencies, so their closure
   is not resolved.
2. Subtract: every resolved package whose name the machine has (`--have`, `--have-file`, or
   `DEVICE_PACKAGES`) is left out: the machine's own version is used (tools/device_check.py runs
   `pip check` there and reports any conflict).
3. Download the rest (`pip download --no-deps`, exact versions, binary wheels for the target Python and
   platform) into a cleaned `--dest`; a package that PyPI has only as source (antlr4-python3-runtime, for
   hydra-core, for dvc) is built into a wheel here, and must come out pure Python. Print each wheel's
   size and the total, and fail (exit 1) when the total exceeds `--limit-mib` (60 MiB: the working tree,
   about 4 MiB, travels in the same 64 MiB).

The resolution runs for the Python running this tool (its markers, e.g. `python_version < "3.12"`, may
add a small wheel or two the target does not need); the download fails loudly where a chosen version has
no wheel for the target.
On the GPU machine, tools/device_check.py installs the folder with `pip install --no-index --no-deps`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
# The 'cuda' image of the lent GPU machines (nvidia-h100-x1, nvidia-h200), as listed on 2026-11-17.
_DEVICE_LIST = """
absl-py accelerate aiofiles aiohappyeyeballs aiohttp aiosignal annotated-doc anyio attrs botorch build
certifi charset-normalizer chex click cloudpickle cmake colorama contourpy coverage cuda-bindings
cuda-core cuda-pathfinder cuda-toolkit cupy-cuda13x cycler cython diffrax e3nn einops equinox etils
execnet filelock flatbuffers flax fonttools formulaic frozenlist fsspec gpytorch grpcio h11 h5py hf-xet
httpcore httpx huggingface-hub humanize hypothesis idna imageio iniconfig interface-meta jax
jax-cuda13-pjrt jax-cuda13-plugin jaxlib jaxtyping jinja2 joblib kiwisolver lazy-loader lightning
lightning-utilities linear-operator lineax llvmlite lxml markdown markdown-it-py markupsafe matplotlib
mdurl meson ml-dtypes mpi4py mpmath msgpack multidict multipledispatch mypy-extensions nanobind narwhals
networkx ninja numba numba-cuda numpy numpyro nvidia-cublas nvidia-cuda-cupti nvidia-cuda-nvrtc
nvidia-cuda-runtime nvidia-cudnn-cu13 nvidia-cufft nvidia-cufile nvidia-curand nvidia-cusolver
nvidia-cusparse nvidia-cusparselt-cu13 nvidia-ml-py nvidia-nccl-cu13 nvidia-nvjitlink nvidia-nvshmem-cu13
nvidia-nvtx onnx onnx-ir onnxruntime onnxscript opencv-python-headless optax opt-einsum opt-einsum-fx
optimistix orbax-checkpoint packaging pandas pathspec patsy peft pillow pip pluggy portalocker
prometheus-client propcache protobuf psutil pyarrow pybind11 py-cpuinfo pygments pyparsing
pyproject-hooks pyre-extensions pytest pytest-benchmark pytest-cov pytest-mock pytest-timeout
pytest-xdist python-dateutil pytorch-lightning pyyaml regex requests rich sacrebleu safetensors
scikit-build-core scikit-image scikit-learn scipy seaborn sentencepiece sentence-transformers setuptools
shellingham simplejson six sortedcontainers statsmodels sympy tabulate tensorboard
tensorboard-data-server tensorstore threadpoolctl tifffile tiktoken timm tokenizers toolz torch
torchaudio torchdiffeq torch-geometric torchmetrics torchvision tqdm transformers treescope triton typer
typing-extensions typing-inspect urllib3 uvloop wadler-lindig werkzeug wheel wrapt xarray xxhash yarl zipp
"""
DEVICE_PACKAGES = frozenset(_DEVICE_LIST.split())


@dataclass(frozen=True)
class Target:
    """The machine the wheels are for: its Python (major.minor) and glibc, for pip's tag flags."""

    python_version: str = "3.12"
    glibc: str = "2.39"

    def pip_flags(self) -> list[str]:
        """`--only-binary=:all: --python-version ... --platform ...`: every manylinux tag glibc allows."""
        major, minor = (int(x) for x in self.glibc.split("."))
        platforms = [f"manylinux_{major}_{m}_x86_64" for m in range(minor, 4, -1)]
        platforms += ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"]
        flags = ["--only-binary=:all:", "--implementation", "cp", "--python-version", self.python_version]
        for platform in platforms:
            flags += ["--platform", platform]
        return flags


@dataclass(frozen=True)
class Pick:
    """One resolved package: canonical name, version, and why it is (not) downloaded."""

    name: str
    version: str
    have: bool  # the machine has this name: left out
    sdist: bool = False  # PyPI has it as source only: built into a wheel here


def canonical(name: str) -> str:
    """PEP 503 normalised distribution name (`Ruamel_Yaml` -> `ruamel-yaml`)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """The canonical distribution name a PEP 508 requirement string starts with."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"unparseable requirement {requirement!r}")
    return canonical(match.group(1))


def parse_have(lines: Iterable[str]) -> set[str]:
    """Canonical names from `pip freeze` / `pip list` / one-name-a-line text, or comma-separated names."""
    names = set()
    for line in lines:
        for item in line.split(","):
            item = item.split("#", 1)[0].strip()
            if not item or item.startswith(("Package", "---", "-e ")):
                continue
            names.add(requirement_name(item.split()[0]))
    return names


def project_roots(pyproject: Path, exclude: Iterable[str]) -> list[str]:
    """The project's `[project] dependencies`, less the `exclude` names."""
    import tomllib  # Python 3.11+ (the tool runs in the project's venv)

    skip = {canonical(n) for n in exclude}
    deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    return [d for d in deps if requirement_name(d) not in skip]


def pins(constraints: Path) -> dict[str, str]:
    """`name==version` lines of a constraints file, by canonical name."""
    out = {}
    for line in constraints.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            out[canonical(name)] = version.strip()
    return out


def write_stub(folder: Path, name: str, version: str) -> Path:
    """An installed-looking distribution with no files and no dependencies (a `.dist-info` folder)."""
    info = folder / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    (info / "INSTALLER").write_text("pdistill-wheels-stub\n")
    (info / "RECORD").write_text("")
    return info


def picks_from_report(report: dict, have: set[str]) -> list[Pick]:
    """The packages a `pip install --report` would install, each marked whether the machine has it."""
    picks = []
    for item in report.get("install", []):
        name = canonical(item["metadata"]["name"])
        url = item.get("download_info", {}).get("url", "")
        sdist = not url.endswith(".whl")
        picks.append(Pick(name, item["metadata"]["version"], name in have, sdist))
    return sorted(picks, key=lambda p: p.name)


def resolve(roots: list[str], stubs: dict[str, str], constraints: Path, workdir: Path) -> dict:
    """`pip install --dry-run --report` of `roots` in an empty environment where `stubs` are installed."""
    env_dir, stub_dir, report = workdir / "env", workdir / "stubs", workdir / "report.json"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    for name, version in stubs.items():
        write_stub(stub_dir, name, version)
    cmd = [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install"]
    cmd += ["--dry-run", "--quiet", "--report", str(report), "-c", str(constraints)]
    env = {**os.environ, "PYTHONPATH": str(stub_dir)}
    proc = subprocess.run([*cmd, *roots], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        errors = [line for line in proc.stderr.splitlines() if not line.startswith("WARNING: Location")]
        raise SystemExit("pip could not resolve the dependencies:\n" + "\n".join(errors[-20:]))
    return json.loads(report.read_text())


def download(picks: list[Pick], dest: Path, target: Target) -> list[Path]:
    """The wheels of the picks the machine lacks, exact versions, in `dest` (its old wheels removed first):
    downloaded for `target`, or built here from source (which must give a pure-Python wheel)."""
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("*.whl"):
        old.unlink()
    pip = [sys.executable, "-m", "pip"]
    binary = [f"{p.name}=={p.version}" for p in picks if not p.have and not p.sdist]
    source = [f"{p.name}=={p.version}" for p in picks if not p.have and p.sdist]
    if binary:
        cmd = [*pip, "download", "--quiet", "--no-deps", "-d", str(dest), *target.pip_flags()]
        subprocess.run([*cmd, *binary], check=True)
    if source:
        with tempfile.TemporaryDirectory(prefix="pdistill-build-") as tmp:
            subprocess.run([*pip, "wheel", "--quiet", "--no-deps", "-w", tmp, *source], check=True)
            for built in Path(tmp).glob("*.whl"):
                if not is_pure(built.name):
                    raise SystemExit(f"{built.name}: built from source, but not pure Python")
                shutil.move(built, dest / built.name)
    return sorted(dest.glob("*.whl"))


def is_pure(filename: str) -> bool:
    """Whether a wheel file name carries the `none-any` tags (pure Python, any platform)."""
    return filename.endswith("-none-any.whl")


def over_budget(paths: list[Path], limit_mib: float) -> str | None:
    """A message when the wheels' total size exceeds `limit_mib`, else None."""
    total = sum(p.stat().st_size for p in paths)
    if total <= limit_mib * MIB:
        return None
    biggest = sorted(paths, key=lambda p: -p.stat().st_size)[:5]
    names = ", ".join(f"{p.name} ({p.stat().st_size / MIB:.1f} MiB)" for p in biggest)
    return f"the wheels take {total / MIB:.1f} MiB, over the {limit_mib:g} MiB budget; biggest: {names}"


def table(paths: list[Path]) -> str:
    """One line per wheel, biggest first, and the total."""
    rows = sorted(paths, key=lambda p: -p.stat().st_size)
    lines = [f"{p.stat().st_size / MIB:8.2f} MiB  {p.name}" for p in rows]
    total = sum(p.stat().st_size for p in paths)
    return "\n".join([*lines, f"{total / MIB:8.2f} MiB  total, {len(paths)} wheels"])


def main(argv: list[str] | None = None) -> int:
    """Resolve, subtract, download, report; exit 1 over the budget."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dest", type=Path, default=ROOT / "wheels")
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml")
    parser.add_argument("--constraints", type=Path, default=ROOT / "constraints.txt")
    parser.add_argument("--exclude", action="append", default=None, help="a dependency left out (xllamacpp)")
    parser.add_argument("--extra", action="append", default=[], help="another requirement to add")
    parser.add_argument("--have", default=None, help="comma-separated names the machine has")
    parser.add_argument("--have-file", type=Path, help="`pip freeze` / `pip list` output of the machine")
    parser.add_argument("--stub", action="append", default=None, help="not resolved: counted as installed")
    parser.add_argument("--python-version", default=Target.python_version)
    parser.add_argument("--glibc", default=Target.glibc)
    parser.add_argument("--limit-mib", type=float, default=60.0)
    args = parser.parse_args(argv)

    target = Target(args.python_version, args.glibc)
    have = set(DEVICE_PACKAGES) if args.have is None and args.have_file is None else set()
    have |= parse_have([args.have or ""])
    if args.have_file:
        have |= parse_have(args.have_file.read_text(encoding="utf-8").splitlines())
    pinned = pins(args.constraints)
    stubs = {canonical(s): pinned.get(canonical(s), "") for s in (args.stub or ["torch"])}
    if missing := [n for n, v in stubs.items() if not v]:
        raise SystemExit(f"--stub {', '.join(missing)}: no pin in {args.constraints}")
    roots = project_roots(args.pyproject, args.exclude or ["xllamacpp"]) + args.extra
    with tempfile.TemporaryDirectory(prefix="pdistill-wheels-") as tmp:
        picks = picks_from_report(resolve(roots, stubs, args.constraints, Path(tmp)), have)
    kept = [f"{p.name} {p.version}" for p in picks if p.have]
    print(f"resolved {len(picks)} packages; the machine has {len(kept)} of them: {', '.join(kept)}")
    paths = download(picks, args.dest, target)
    print(table(paths))
    if message := over_budget(paths, args.limit_mib):
        print(f"error: {message}", file=sys.stderr)
        return 1
    print(f"-> {args.dest} (carry it to the device: see docs/scaling.md, 'Device check')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
