"""`tokenize_record` (build_sft's length check and the trainer's input) gives exactly TRL's own tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdistill.student.tokenizer import tokenize_record
from tests.fakes.tiny_model import build_tiny_student


def _chat(i: int) -> dict:
    return {
        "prompt": [{"role": "user", "content": f"Write add{i}(a, b): the sum of two numbers."}],
        "completion": [
            {"role": "assistant", "content": f"```python\ndef add{i}(a, b):\n    return a + b\n```"}
        ],
    }


def _text(i: int) -> dict:
    return {"prompt": f'def add{i}(a, b):\n    """Add two numbers."""\n', "completion": "    return a + b\n"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_tiny_student(tmp_path_factory.mktemp("tiny")))


@pytest.mark.parametrize("make", [_chat, _text], ids=["chat", "text"])
def test_same_tokens_and_labels_as_trl(tmp_path: Path, tiny: str, make):
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    tokenizer = AutoTokenizer.from_pretrained(tiny)
    model = AutoModelForCausalLM.from_pretrained(tiny)
    records = [make(i) for i in (0, 7, 123)]
    args = SFTConfig(
        output_dir=str(tmp_path), completion_only_loss=True, report_to="none", use_cpu=True, bf16=False
    )
    trl_data = SFTTrainer(
        model=model, args=args, train_dataset=Dataset.from_list(records), processing_class=tokenizer
    )
    for record, row in zip(records, trl_data.train_dataset, strict=True):
        ours = tokenize_record(tokenizer, record)
        assert ours["input_ids"] == row["input_ids"]
        labels = [t if m else -100 for t, m in zip(ours["input_ids"], ours["completion_mask"], strict=True)]
        assert labels == row["labels"]
        assert 0 < sum(ours["completion_mask"]) < len(ours["input_ids"])  # both a prompt and a completion
