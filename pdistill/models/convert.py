"""Convert a GGUF file into an ordinary transformers folder (safetensors + tokenizer), once, cached.

transformers can load a GGUF (`from_pretrained(folder, gguf_file=name)`), dequantizing it to float
tensors, but it refuses to `save_pretrained` such a model and reloading the GGUF each time costs the
dequantization again. `convert_gguf` loads it once, drops the GGUF "quantizer" marks
(`model.hf_quantizer`, `config.quantization_config`) so the float model saves as plain safetensors,
and stores the folder in the model cache under the GGUF's sha256:
`$PDISTILL_CACHE_DIR/models/hf/<sha256>/`. Training and evaluation then read that folder like any
other. The folder is built in a temporary sibling and renamed into place, under a lock, so a crash or
a concurrent conversion never leaves a half-written folder that looks complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from pdistill.io import PdistillError
from pdistill.models.cache import (
    Progress,
    file_lock,
    models_cache_dir,
    stderr_progress,
    verified_sha256,
)

#: Bumped if the folder layout or conversion recipe changes; folders of another format are rebuilt.
FORMAT = 1
MARKER = "pdistill-convert.json"


def converted_path(sha256: str, root: str | os.PathLike[str] | None = None) -> Path:
    """Where the converted folder of the GGUF with this sha256 lives (whether or not it exists yet)."""
    base = Path(root).expanduser().absolute() if root is not None else models_cache_dir()
    return base / "hf" / sha256


def is_converted(folder: Path, sha256: str) -> bool:
    """True when `folder` is a complete conversion of the GGUF with this sha256."""
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("format") == FORMAT and marker.get("sha256") == sha256


def convert_gguf(
    gguf_path: str | os.PathLike[str],
    *,
    root: str | os.PathLike[str] | None = None,
    progress: Progress | None = stderr_progress,
    setting: str = "model",
) -> Path:
    """The transformers folder (float32 safetensors, config, tokenizer) converted from `gguf_path`.

    Reused when the cache already holds a conversion of a file with the same sha256. Errors (missing
    file, an architecture transformers cannot read) are `PdistillError`s naming `setting`.
    """
    path = Path(gguf_path).expanduser().absolute()
    if not path.is_file():
        raise PdistillError(f"{setting}: GGUF file {os.fspath(gguf_path)!r} does not exist")
    sha = verified_sha256(path, stamp=False)
    assert sha is not None
    folder = converted_path(sha, root)
    if is_converted(folder, sha):
        return folder
    with file_lock(folder.parent / f".{sha}.lock", f"conversion of {path.name}", progress):
        if is_converted(folder, sha):
            return folder
        if progress is not None:
            progress(f"converting {path.name} to a transformers folder (once; cached by sha256) …")
        started = time.monotonic()
        tmp = Path(tempfile.mkdtemp(prefix=f".{sha[:16]}-", dir=folder.parent))
        try:
            _convert_into(path, tmp, setting=setting)
            marker = {"format": FORMAT, "sha256": sha, "source": path.name, "dtype": "float32"}
            (tmp / MARKER).write_text(json.dumps(marker, sort_keys=True, indent=2) + "\n", encoding="utf-8")
            if folder.exists():  # an incomplete or outdated conversion
                shutil.rmtree(folder)
            os.rename(tmp, folder)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if progress is not None:
            progress(f"converted {path.name} in {time.monotonic() - started:.1f} s -> {folder}")
    return folder


def _convert_into(path: Path, out: Path, *, setting: str) -> None:
    """Load the GGUF with transformers (dequantized to float32) and save it as a plain folder in `out`."""
    try:
        import gguf  # noqa: F401  (transformers needs it to read GGUF files)
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as exc:
        raise PdistillError(f"{setting}: reading GGUF files needs the `gguf` package ({exc})") from None
    try:
        tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(
            path.parent, gguf_file=path.name, dtype=torch.float32, local_files_only=True
        )
    except (OSError, ValueError, KeyError, RuntimeError, NotImplementedError) as exc:
        text = str(exc).strip()
        reason = text.splitlines()[0] if text else type(exc).__name__
        raise PdistillError(
            f"{setting}: transformers cannot load GGUF file {str(path)!r}: {reason}"
        ) from None
    # A GGUF-loaded model is marked as quantized and refuses to save; its weights are plain floats now.
    model.hf_quantizer = None
    with contextlib.suppress(AttributeError):
        del model.config.quantization_config
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
