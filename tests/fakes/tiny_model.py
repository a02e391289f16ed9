"""A tiny random Llama-architecture causal LM and a BPE tokenizer, built locally (nothing downloaded).

The tokenizer is trained with the `tokenizers` library on a few KB of Python, the model is built from a
`LlamaConfig` with seeded random weights; both are saved to a folder that `load_student` reads like any
local model. Used by the student tests and the pipeline's end-to-end tests.
"""

from __future__ import annotations

import inspect
import textwrap as _textwrap_module
from pathlib import Path

CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
SPECIAL = ["<s>", "<|end|>", "<|user|>", "<|assistant|>"]


def _corpus() -> str:
    """A few KB of real Python (the stdlib `textwrap` module, stable per Python version) and a fence."""
    return inspect.getsource(_textwrap_module)[:6000] + "\n```python\n```\n"


def build_tokenizer(folder: Path, *, chat_template: str | None = CHAT_TEMPLATE):
    """Train a byte-level BPE (vocab 512) and save it as a transformers tokenizer with a BOS processor."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512, special_tokens=SPECIAL, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator([_corpus()], trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", tok.token_to_id("<s>"))]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="<|end|>", additional_special_tokens=SPECIAL[2:]
    )
    if chat_template:
        fast.chat_template = chat_template
    fast.save_pretrained(folder)
    return fast


def build_model(folder: Path, tokenizer) -> None:
    """A 2-layer, 32-wide Llama with seeded random weights, saved next to the tokenizer."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        initializer_range=0.5,  # peaky random logits: varied text rather than one repeated token
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.save_pretrained(folder)


def build_tiny_student(folder: Path) -> Path:
    """Tokenizer (with a chat template) and model in `folder`; returns `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    build_model(folder, build_tokenizer(folder))
    return folder


def teach_reply(folder: Path, prompts: list[str], reply: str, *, steps: int = 150) -> Path:
    """Train the tiny student in `folder` (in place) to answer every chat message in `prompts`, and in
    practice any other, with `reply` and then its end token: a student with one skill, for tests that
    need some of its samples to pass (self-distillation keeps only passing ones). Seeded, full-weight
    Adam on the reply tokens only; about 10 s on 2 CPU cores."""
    import torch
    from transformers import AutoTokenizer, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = LlamaForCausalLM.from_pretrained(folder)
    rows = []
    for prompt in prompts:
        head = tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
        )
        head_ids = tokenizer(head, add_special_tokens=False)["input_ids"]
        tail_ids = tokenizer(reply, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
        ids = torch.tensor([head_ids + tail_ids])
        labels = ids.clone()
        labels[0, : len(head_ids)] = -100
        rows.append((ids, labels))
    torch.manual_seed(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-2)
    model.train()
    for step in range(steps):
        ids, labels = rows[step % len(rows)]
        loss = model(input_ids=ids, labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    model.save_pretrained(folder)
    return folder
