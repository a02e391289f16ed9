"""The student's tokenizer alone (no weights loaded): for building and checking SFT data."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

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


def _ids(encoded: Any) -> list[int]:
    """The token ids of a tokenizer or chat-template result (a list, or a mapping with `input_ids`)."""
    return list(encoded["input_ids"] if isinstance(encoded, Mapping) else encoded)


def tokenize_record(tokenizer: Any, record: Mapping[str, Any]) -> dict[str, list[int]]:
    """`input_ids` and `completion_mask` (1 on the completion's tokens) of one SFT prompt-completion record,
    exactly as TRL's `SFTTrainer` tokenizes it, so that the length check of build_sft and training see the
    same tokens and the trainer can skip its own tokenization (`tests/student/test_tokenizer.py` compares
    the two):

    - chat records (`prompt`/`completion` lists of messages): the prompt through the chat template with
      the generation prompt, then prompt + completion through the chat template;
    - text records: the completion gets the tokenizer's eos appended (unless it ends with it), then the
      prompt and prompt + completion are tokenized with the tokenizer's special tokens.

    The completion starts where the two token lists first differ (their common prefix is the prompt).
    """
    prompt, completion = record["prompt"], record["completion"]
    if isinstance(prompt, list):
        prompt_ids = _ids(tokenizer.apply_chat_template(prompt, tokenize=True, add_generation_prompt=True))
        full = _ids(tokenizer.apply_chat_template(prompt + completion, tokenize=True))
    else:
        eos = tokenizer.eos_token
        if eos and not completion.endswith(eos):
            completion = completion + eos
        prompt_ids = _ids(tokenizer(text=prompt))
        full = _ids(tokenizer(text=prompt + completion))
    common = next(
        (i for i, (a, b) in enumerate(zip(prompt_ids, full, strict=False)) if a != b),
        min(len(prompt_ids), len(full)),
    )
    return {"input_ids": full, "completion_mask": [0] * common + [1] * (len(full) - common)}


Mode = Literal["chat", "completion"]


def resolve_mode(tokenizer: Any, mode: str = "auto") -> Mode:
    """`auto` is `chat` when the tokenizer has a chat template, else `completion`."""
    if mode == "auto":
        return "chat" if getattr(tokenizer, "chat_template", None) else "completion"
    if mode not in ("chat", "completion"):
        raise PdistillError(f"student.mode: unknown prompt mode {mode!r} (use auto, chat or completion)")
    if mode == "chat" and not getattr(tokenizer, "chat_template", None):
        raise PdistillError("student.mode: 'chat' needs a tokenizer with a chat template; this one has none")
    return mode  # type: ignore[return-value]
