"""Benchmark: student generation throughput, unbatched vs batched, side by side in one run.

    .venv/bin/python benchmarks/generation.py                   # CPU, SmolLM2-135M-shaped model
    .venv/bin/python benchmarks/generation.py --batch-sizes 1 4 8 16 --max-new-tokens 64

Nothing is downloaded: the model is a SmolLM2-135M-shaped Llama (hidden 576, 30 layers, 9 heads, 3 kv
heads, intermediate 1536, vocab 49152) with seeded random weights, and the tokenizer is a small BPE
trained on the stdlib's `textwrap` source. Stop strings are disabled and the eos embedding is zeroed (its
logit is exactly 0, below the maximum of the others), so every row generates exactly `max_new_tokens`
tokens and all settings do the same amount of work. Decoding is greedy. The first batch size listed is
the baseline of the speed-up column. The goal of the issue: batched ≥ 3× unbatched on CPU.
"""

from __future__ import annotations

import argparse
import inspect
import tempfile
import textwrap
import time
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

from pdistill.student import generate, load_student

DOCS = [
    "Return the k-th largest value.",
    "Count the values divisible by k.",
    "Sum of the values at positions that are multiples of k, ignoring negative values entirely.",
    "Length of the longest run of equal values.",
    "Return the number of pairs whose sum is k.",
    "Index of the first value greater than k, or -1 when there is none.",
    "Product of the values modulo k; the product of an empty list is 1.",
    "How many values differ from their left neighbour by exactly k.",
    "Largest sum of k consecutive values.",
    "Number of distinct values.",
    "Smallest value that appears at least k times, or -1.",
    "Return the median, rounded down.",
    "Count inversions: pairs i < j with values[i] > values[j], stopping once k are found.",
    "Sum of the k smallest values.",
    "Return k if the list is sorted in ascending order, else 0.",
    "Number of values that are prime and smaller than k.",
]
PROMPTS = [
    f'def task_{i}(values: list[int], k: int) -> int:\n    """{doc}\n\n    >>> task_{i}([3, 1, 2], 2)\n"""\n'
    for i, doc in enumerate(DOCS)
]


def build_student(folder: Path) -> None:
    """Save a BPE tokenizer and a randomly initialised SmolLM2-135M-shaped Llama to `folder`."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=2048,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator([inspect.getsource(textwrap) + "\n".join(PROMPTS)], trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>")
    tokenizer.save_pretrained(folder)
    config = LlamaConfig(
        vocab_size=49152,
        hidden_size=576,
        intermediate_size=1536,
        num_hidden_layers=30,
        num_attention_heads=9,
        num_key_value_heads=3,
        max_position_embeddings=8192,
        rope_theta=100000.0,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        model.get_input_embeddings().weight[tokenizer.eos_token_id].zero_()  # never the arg-max
    model.save_pretrained(folder)


def measure(model, tokenizer, prompts: list[str], batch_size: int, max_new_tokens: int) -> tuple[int, float]:
    """Generate greedily for every prompt; return (new tokens, seconds)."""
    start = time.perf_counter()
    results = generate(
        model,
        tokenizer,
        prompts,
        max_new_tokens=max_new_tokens,
        batch_size=batch_size,
        stop=[],
        progress=False,
    )
    seconds = time.perf_counter() - start
    return sum(g.n_tokens for samples in results for g in samples), seconds


def main() -> None:
    """Build the model, warm up, then time each batch size on the same prompts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 16])
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--prompts", type=int, default=16, help=f"how many prompts (at most {len(PROMPTS)})")
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    prompts = PROMPTS[: args.prompts]

    with tempfile.TemporaryDirectory() as tmp:
        build_student(Path(tmp))
        model, tokenizer = load_student(tmp, device=args.device)
    params = sum(p.numel() for p in model.parameters()) / 1e6
    lengths = [len(tokenizer(p)["input_ids"]) for p in prompts]
    threads = torch.get_num_threads()
    print(f"model: {params:.0f}M params, {model.dtype}, {model.device}, {threads} torch threads")
    shape = f"{len(prompts)} prompts of {min(lengths)}-{max(lengths)} tokens"
    print(f"{shape}, {args.max_new_tokens} new tokens each")
    measure(model, tokenizer, prompts[:2], 2, 4)  # warm-up: kernels, allocator, lazy imports

    rows = []
    for batch_size in args.batch_sizes:
        tokens, seconds = measure(model, tokenizer, prompts, batch_size, args.max_new_tokens)
        rows.append((batch_size, tokens, seconds, tokens / seconds))
        rate = rows[-1][3]
        print(f"batch_size {batch_size:>3}: {tokens:>5} tokens in {seconds:7.2f} s = {rate:8.1f} tokens/s")
    base = rows[0]
    assert all(r[1] == base[1] for r in rows), "every setting must generate the same number of tokens"
    for batch_size, _, _, rate in rows[1:]:
        print(f"speed-up batch_size {batch_size} vs {base[0]}: {rate / base[3]:.2f}x")


if __name__ == "__main__":
    main()
