"""Batched generation for the student: prompts in, `n` samples per prompt out, each with its program.

Prompts are the tasks' own prompts (function header + docstring), made the student's input by
`pdistill.prompts.student_input` (the builder of the training data too): in chat mode the attempt message
(`prompts/attempt.txt`) in the tokenizer's chat template; in completion mode the prompt as is. Rows
(prompt × sample) are batched with left padding, longest first, and a stopping criterion ends each row
at its first stop string, so a batch ends when all its rows have.

Sampling does not use torch's global generator: each row draws Gumbel noise from its own generator, seeded
from (seed, sample index, prompt text), and picks the arg-max of noisy logits, which is an exact sample
from the temperature/top-p distribution. The random stream of a sample therefore does not depend on the
batch size, the batch it landed in, or the other prompts (see docs/student.md for what does).
"""

from __future__ import annotations

import hashlib
import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import torch
from transformers import (
    GenerationConfig,
    LogitsProcessor,
    LogitsProcessorList,
    StoppingCriteria,
    StoppingCriteriaList,
    TemperatureLogitsWarper,
    TopPLogitsWarper,
)

from pdistill.extract import extract_program
from pdistill.io import PdistillError
from pdistill.progress import bar
from pdistill.prompts import load_template, student_input
from pdistill.stops import CHAT_STOP, COMPLETION_STOP, find_stop, truncate
from pdistill.student.model import prepare_tokenizer
from pdistill.student.tokenizer import Mode, resolve_mode

ATTEMPT_TEMPLATE = Path(__file__).resolve().parents[2] / "prompts" / "attempt.txt"


@dataclass(frozen=True)
class Generation:
    """One sample: the completion text (cut at the stop string), the program to execute, and how it ended.

    `n_tokens` counts the generated tokens up to and including the one that ended the sample (eos, or the
    token completing a stop string). `finish_reason` is `stop` (stop string or eos) or `length`
    (`max_new_tokens` reached first).
    """

    text: str
    program: str
    n_tokens: int
    finish_reason: Literal["stop", "length"]


def default_stop(mode: Mode) -> list[str]:
    """Stop strings for a mode: the start of top-level code after the function, or the closing fence."""
    return list(CHAT_STOP if mode == "chat" else COMPLETION_STOP)


def format_prompt(
    tokenizer: Any,
    prompt: str,
    *,
    mode: Mode,
    template: string.Template | None = None,
    rendered: bool = False,
) -> str:
    """The model input text for one task prompt: the student's input (`pdistill.prompts.student_input`),
    in the chat template in chat mode. With `rendered`, `prompt` already is the student's input."""
    if not rendered:
        prompt = student_input(mode, prompt, _load(template) if mode == "chat" else None)
    if mode == "completion":
        return prompt
    return tokenizer.apply_chat_template(
        [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
    )


def encode_prompt(tokenizer: Any, text: str, mode: Mode) -> list[int]:
    """The token ids of a model input text (`format_prompt`): a chat template writes its own special
    tokens; a raw prompt gets the tokenizer's (e.g. BOS)."""
    return list(tokenizer(text, add_special_tokens=mode == "completion")["input_ids"])


def row_seed(seed: int, sample: int, prompt: str) -> int:
    """The seed of one sample's generator: a hash of (seed, sample index, prompt text), 63 bits."""
    digest = hashlib.sha256(f"{seed}\0{sample}\0{prompt}".encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


class _GumbelSampler(LogitsProcessor):
    """Adds per-row Gumbel noise so that greedy arg-max becomes an exact sample (Gumbel-max trick)."""

    def __init__(self, seeds: list[int]) -> None:
        self.seeds = seeds
        self.generators: list[torch.Generator] | None = None

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if self.generators is None:
            self.generators = [torch.Generator(device=scores.device).manual_seed(s) for s in self.seeds]
        vocab = scores.shape[-1]
        u = torch.stack([torch.rand(vocab, generator=g, device=scores.device) for g in self.generators])
        gumbel = -torch.log(-torch.log(u.clamp_min(torch.finfo(u.dtype).tiny)))
        return scores + gumbel.to(scores.dtype)


class _StopOnStrings(StoppingCriteria):
    """Ends each row once its decoded continuation contains a stop string; remembers the step."""

    def __init__(
        self, tokenizer: Any, stop: list[str], contexts: list[str], start: int, eos: set[int]
    ) -> None:
        self.tokenizer, self.stop, self.contexts, self.start, self.eos = tokenizer, stop, contexts, start, eos
        self.stopped_at: list[int | None] = [None] * len(contexts)
        self.ended = [False] * len(contexts)

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.BoolTensor:
        rows = input_ids[:, self.start :].tolist()
        for i, ids in enumerate(rows):
            if self.ended[i]:
                continue
            if ids[-1] in self.eos:
                self.ended[i] = True
                continue
            text = self.tokenizer.decode(ids, skip_special_tokens=True)
            if find_stop(text, self.stop, self.contexts[i]) is not None:
                self.stopped_at[i], self.ended[i] = len(ids), True
        return torch.tensor([s is not None for s in self.stopped_at], device=input_ids.device)


def _eos_ids(model: Any, tokenizer: Any) -> list[int]:
    """End-of-sequence ids: the model's generation config's, plus the tokenizer's."""
    ids = getattr(model.generation_config, "eos_token_id", None)
    ids = [] if ids is None else [ids] if isinstance(ids, int) else list(ids)
    if tokenizer.eos_token_id is not None and tokenizer.eos_token_id not in ids:
        ids.append(tokenizer.eos_token_id)
    return ids


def _check(n: int, temperature: float, top_p: float, max_new_tokens: int, batch_size: int) -> None:
    """Reject impossible parameters, and greedy decoding with several samples."""
    if n < 1 or batch_size < 1 or max_new_tokens < 1:
        got = f"n={n}, batch_size={batch_size}, max_new_tokens={max_new_tokens}"
        raise PdistillError(f"n, batch_size and max_new_tokens must be ≥ 1 (got {got})")
    if temperature < 0:
        raise PdistillError(f"temperature must be ≥ 0 (got {temperature})")
    if not 0 < top_p <= 1:
        raise PdistillError(f"top_p must be in (0, 1] (got {top_p})")
    if temperature == 0 and n > 1:
        raise PdistillError(f"temperature 0 is greedy decoding: n={n} samples would be identical; use n=1")


def _generate_batch(
    model: Any,
    tokenizer: Any,
    inputs: list[list[int]],
    *,
    seeds: list[int],
    contexts: list[str],
    stop: list[str],
    temperature: float,
    top_p: float,
    max_new_tokens: int,
) -> list[tuple[str, int, bool]]:
    """Generate one batch of rows; return `(text, n_tokens, stopped)` per row, text cut at the stop."""
    batch = tokenizer.pad({"input_ids": inputs}, padding=True, return_tensors="pt").to(model.device)
    start = batch["input_ids"].shape[1]
    eos = _eos_ids(model, tokenizer)
    processors = LogitsProcessorList()
    if temperature > 0:
        processors.append(TemperatureLogitsWarper(temperature))
        if top_p < 1:
            processors.append(TopPLogitsWarper(top_p))
        processors.append(_GumbelSampler(seeds))
    criteria = _StopOnStrings(tokenizer, stop, contexts, start, set(eos)) if stop else None
    config = GenerationConfig(
        do_sample=False,  # sampling is done by _GumbelSampler; the model's own settings must not leak in
        num_beams=1,
        max_new_tokens=max_new_tokens,
        repetition_penalty=1.0,
        no_repeat_ngram_size=0,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=eos or None,
    )
    with torch.inference_mode():
        out = model.generate(
            **batch,
            generation_config=config,
            logits_processor=processors,
            stopping_criteria=StoppingCriteriaList([criteria] if criteria else []),
        )
    results = []
    for i, ids in enumerate(out[:, start:].tolist()):
        n_tokens = len(ids)
        if criteria is not None and criteria.stopped_at[i] is not None:
            n_tokens = min(n_tokens, criteria.stopped_at[i])
        at_eos = next((k for k, t in enumerate(ids[:n_tokens]) if t in eos), None)
        kept = ids[:n_tokens] if at_eos is None else ids[:at_eos]  # the eos token counts, but is no text
        n_tokens = n_tokens if at_eos is None else at_eos + 1
        text, cut = truncate(tokenizer.decode(kept, skip_special_tokens=True), stop, contexts[i])
        results.append((text, n_tokens, cut or at_eos is not None))
    return results


def _load(template: string.Template | str | os.PathLike[str] | None) -> string.Template:
    """The attempt template: as given, read from a path, or the default `prompts/attempt.txt`."""
    if isinstance(template, string.Template):
        return template
    return load_template(ATTEMPT_TEMPLATE if template is None else template)


def generate(
    model: Any,
    tokenizer: Any,
    prompts: list[str],
    *,
    n: int = 1,
    temperature: float = 0.0,
    top_p: float = 1.0,
    max_new_tokens: int = 512,
    batch_size: int = 8,
    seed: int = 0,
    stop: list[str] | None = None,
    mode: str = "auto",
    template: string.Template | str | os.PathLike[str] | None = None,
    entry_points: list[str | None] | None = None,
    progress: bool | None = None,
    desc: str = "generate",
    rendered: bool = False,
) -> list[list[Generation]]:
    """Generate `n` samples for every task prompt; result `[i][j]` is sample j of prompt i (input order).

    `temperature` 0 is greedy (then `n` must be 1); otherwise samples come from temperature + nucleus
    (`top_p`) sampling, reproducible from `seed`. `batch_size` counts rows (prompt × sample) per forward
    batch. `stop` defaults to the mode's stop strings (`[]` disables them). `mode` is auto | chat |
    completion. `template` is the chat-mode attempt template (default `prompts/attempt.txt`). With
    `rendered`, the prompts already are the student's inputs (`pdistill.prompts.student_input`, as
    evaluation builds them): they are only put in the chat template; programs are still extracted
    against them, so a caller with other task prompts re-extracts (`pdistill.evaluate`).
    `entry_points` names each prompt's function (default: the last `def` in the prompt). A progress bar
    `desc` over prompts shows prompts/s and tokens/s on stderr (`pdistill.progress`; `progress=False`
    silences it). The tokenizer is set to left padding (pad = eos if
    it has no pad token).
    """
    _check(n, temperature, top_p, max_new_tokens, batch_size)
    if entry_points is not None and len(entry_points) != len(prompts):
        raise PdistillError(f"entry_points has {len(entry_points)} names for {len(prompts)} prompts")
    prepare_tokenizer(tokenizer)  # left padding, pad = eos: idempotent, for tokenizers loaded elsewhere
    resolved = resolve_mode(tokenizer, mode)
    stops = default_stop(resolved) if stop is None else list(stop)
    tmpl = _load(template) if resolved == "chat" and not rendered else None
    texts = [format_prompt(tokenizer, p, mode=resolved, template=tmpl, rendered=rendered) for p in prompts]
    encoded = [encode_prompt(tokenizer, t, resolved) for t in texts]
    # Rows longest prompt first (less padding, and memory trouble shows at once); samples stay together.
    rows = [(i, j) for i in range(len(prompts)) for j in range(n)]
    rows.sort(key=lambda r: (-len(encoded[r[0]]), r))
    results: list[list[Generation | None]] = [[None] * n for _ in prompts]
    left = [n] * len(prompts)
    with bar(len(prompts), desc, "prompt", progress=progress) as shown:
        for b in range(0, len(rows), batch_size):
            chunk = rows[b : b + batch_size]
            settings = {
                "seeds": [row_seed(seed, j, texts[i]) for i, j in chunk],
                "contexts": [texts[i] if resolved == "completion" else "" for i, _ in chunk],
                "stop": stops,
                "temperature": temperature,
                "top_p": top_p,
                "max_new_tokens": max_new_tokens,
            }
            if hasattr(model, "generate_rows"):  # the llama.cpp backend (pdistill.student.llamacpp)
                outs = model.generate_rows([texts[i] for i, _ in chunk], **settings)
            else:
                outs = _generate_batch(model, tokenizer, [encoded[i] for i, _ in chunk], **settings)
            shown.add_tokens(sum(o[1] for o in outs))
            for (i, j), (text, n_tokens, stopped) in zip(chunk, outs, strict=True):
                entry = entry_points[i] if entry_points else None
                program = extract_program(resolved, prompts[i], text, entry, stops)
                results[i][j] = Generation(text, program, n_tokens, "stop" if stopped else "length")
                left[i] -= 1
                shown.update(int(left[i] == 0))
    return results  # type: ignore[return-value]
