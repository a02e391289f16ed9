"""The trainer's CPU loss (`pdistill.trainer.CompletionSFTTrainer`): logits for completion positions only,
the same loss as the model's own full-logits loss, and a training run that reaches the adapter."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from pdistill.config.sections import Train as TrainConfig
from pdistill.trainer import build_trainer
from tests.fakes.tiny_model import build_tiny_student


def _chat(i: int) -> dict:
    return {
        "prompt": [
            {"role": "user", "content": f"Write a function add{i}(a, b) that adds two numbers, please."}
        ],
        "completion": [
            {"role": "assistant", "content": f"```python\ndef add{i}(a, b):\n    return a + b\n```"}
        ],
    }


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_tiny_student(tmp_path_factory.mktemp("tiny")))


def test_completion_only_loss_equals_the_full_logits_loss(tmp_path: Path, tiny: str):
    from pdistill.student.model import load_student

    model, tokenizer = load_student(tiny, device="cpu", dtype="float32")
    config = TrainConfig(max_steps=1, batch_size=3, grad_accum=1, lora_r=4, lora_alpha=8, bf16=False)
    trainer = build_trainer([_chat(i) for i in (1, 22, 333)], model, tokenizer, config, tmp_path / "t")
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(3)])
    assert len({int(m.sum()) for m in batch["attention_mask"]}) > 1  # rows of different lengths: padding
    peft_model = trainer.model
    with torch.no_grad():
        reference = peft_model(**batch).loss  # transformers: mean NLL over all labelled tokens, full logits
        seen: list[tuple[int, ...]] = []
        head = peft_model.get_base_model().lm_head
        hook = head.register_forward_hook(lambda m, i, o: seen.append(tuple(o.shape)))
        ours = trainer.compute_loss(peft_model, dict(batch))
        hook.remove()
    assert torch.allclose(ours, reference, rtol=1e-5, atol=1e-6)
    labelled = int((batch["labels"][:, 1:] != -100).sum())
    assert seen == [(labelled, model.config.vocab_size)]  # logits for the completion positions only
    assert trainer._metrics["train"]["mean_token_accuracy"]  # the metric TRL logs is still there


def test_gradient_accumulation_divides_by_the_step_tokens(tmp_path: Path, tiny: str):
    from pdistill.student.model import load_student

    model, tokenizer = load_student(tiny, device="cpu", dtype="float32")
    config = TrainConfig(max_steps=1, batch_size=2, grad_accum=1, lora_r=4, lora_alpha=8, bf16=False)
    trainer = build_trainer([_chat(i) for i in (1, 22)], model, tokenizer, config, tmp_path / "t")
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(2)])
    labelled = int((batch["labels"][:, 1:] != -100).sum())
    with torch.no_grad():
        mean = trainer.compute_loss(trainer.model, dict(batch))
        summed = trainer.compute_loss(
            trainer.model, dict(batch), num_items_in_batch=torch.tensor(2 * labelled)
        )
    assert torch.allclose(summed * 2, mean, rtol=1e-5)
