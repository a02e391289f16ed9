"""The student's tokenizer alone (no weights loaded): for building and checking SFT data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pdistill.io import PdistillError
from pdistill.models.registry import is_registry_name
from pdistill.student.model import prepare_tokenizer


def load_tokenizer(ref: str, *, setting: str = "student.model") -> Any:
    """The tokenizer of `ref` (hub id, local folder, GGUF file or registry name), left-padded."""
    path = Path(ref).expanduser()
    if path.suffix.lower() == ".gguf" or is_registry_name(ref):
        from pdistill.models import convert_gguf, resolve_gguf

        source, local = str(convert_gguf(resolve_gguf(ref, setting=setting), setting=setting)), True
    elif path.is_dir():
        source, local = str(path), True
    else:
        source, local = ref, False
    from transformers import AutoTokenizer  # slow import, only when loading

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local)
    except (OSError, ValueError) as exc:
        raise PdistillError(
            f"{setting}: no tokenizer could be loaded from {ref!r}: {str(exc).splitlines()[0]}"
        ) from None
    return prepare_tokenizer(tokenizer, setting=setting)
