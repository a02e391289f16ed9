"""Fixtures for the student tests: a tiny random Llama-architecture model and a BPE tokenizer, built once.

Nothing is downloaded: the tokenizer is trained with the `tokenizers` library on a few KB of Python, the
model is built from a `LlamaConfig` with seeded random weights, and both are saved to a temporary folder
that `load_student` reads like any local model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.tiny_model import build_model, build_tokenizer


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder with the tiny chat model (tokenizer has a chat template; no pad token)."""
    folder = tmp_path_factory.mktemp("tiny-student")
    build_model(folder, build_tokenizer(folder))
    return folder


@pytest.fixture(scope="session")
def tiny_base_dir(tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path) -> Path:
    """The same weights with a tokenizer that has no chat template (a 'base' model)."""
    import shutil

    folder = tmp_path_factory.mktemp("tiny-base")
    for item in tiny_model_dir.iterdir():
        shutil.copy(item, folder / item.name)
    build_tokenizer(folder, chat_template=None)
    (folder / "chat_template.jinja").unlink(missing_ok=True)
    return folder


@pytest.fixture(scope="session")
def student(tiny_model_dir: Path):
    """`(model, tokenizer)` of the tiny chat model, loaded once through `load_student` on CPU."""
    from pdistill.student.model import load_student

    return load_student(str(tiny_model_dir), device="cpu")


@pytest.fixture(scope="session")
def base_student(tiny_base_dir: Path):
    """`(model, tokenizer)` of the tiny model without a chat template."""
    from pdistill.student.model import load_student

    return load_student(str(tiny_base_dir), device="cpu")
