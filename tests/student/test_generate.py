"""Batched generation on a tiny random model: modes, padding, stop strings, sampling and determinism."""

from __future__ import annotations

import json
import string
import subprocess
import sys
import textwrap

import pytest
import torch

from pdistill.io import PdistillError
from pdistill.prompts import attempt_message, load_template
from pdistill.student.generate import (
    ATTEMPT_TEMPLATE,
    _GumbelSampler,
    format_prompt,
    generate,
    row_seed,
)
from pdistill.student.tokenizer import resolve_mode

PROMPTS = [
    'from typing import List\n\n\ndef add(a: int, b: int) -> int:\n    """Return the sum of a and b."""\n',
    'def is_even(n: int) -> bool:\n    """Whether n is even.\n\n    >>> is_even(4)\n    True\n    """\n',
    'def reverse(s: str) -> str:\n    """Return s reversed."""\n',
    'def count_vowels(text: str) -> int:\n    """Count the vowels in text, ignoring case."""\n',
    'import math\n\n\ndef hypot(x: float, y: float) -> float:\n    """Length of the vector (x, y)."""\n',
]
SAMPLING = {"n": 3, "temperature": 1.0, "top_p": 0.95, "max_new_tokens": 12, "seed": 7, "stop": []}


def texts(results):
    return [[g.text for g in samples] for samples in results]


def ascii_window(text: str, start: int = 3, width: int = 3) -> str:
    """The first printable-ASCII substring of `width` characters at or after `start` (a stop string)."""
    for i in range(start, len(text) - width):
        piece = text[i : i + width]
        if all(32 <= ord(c) < 127 for c in piece):
            return piece
    raise AssertionError(f"no ASCII window in {text!r}")


# --- prompt modes -------------------------------------------------------------------------------------


def test_mode_auto_follows_the_chat_template(student, base_student):
    assert resolve_mode(student[1]) == "chat"
    assert resolve_mode(base_student[1]) == "completion"
    assert resolve_mode(student[1], "completion") == "completion"
    with pytest.raises(PdistillError, match="needs a tokenizer with a chat template"):
        resolve_mode(base_student[1], "chat")
    with pytest.raises(PdistillError, match="unknown prompt mode 'instruct'"):
        resolve_mode(student[1], "instruct")


def test_chat_prompt_wraps_the_attempt_template(student):
    tokenizer = student[1]
    text = format_prompt(tokenizer, PROMPTS[2], mode="chat")
    assert text.startswith("<s><|user|>\n")
    assert text.endswith("<|end|>\n<|assistant|>\n")  # add_generation_prompt
    assert f"```python\n{PROMPTS[2].rstrip()}\n```" in text  # the prompt right-stripped, as in training
    assert format_prompt(tokenizer, PROMPTS[2], mode="completion") == PROMPTS[2]
    message = attempt_message(load_template(ATTEMPT_TEMPLATE), PROMPTS[2])  # a rendered input: only wrapped
    assert format_prompt(tokenizer, message, mode="chat", rendered=True) == text
    assert format_prompt(tokenizer, "x\n", mode="completion", rendered=True) == "x\n"
    custom = string.Template("Solve: $prompt")
    chat = format_prompt(tokenizer, PROMPTS[2], mode="chat", template=custom)
    assert "<|user|>\nSolve: def reverse" in chat


def test_attempt_template_asks_for_one_python_block():
    template = load_template(ATTEMPT_TEMPLATE)
    assert "$prompt" in template.template
    assert "```python" in template.template and "complete function" in template.template


def test_completion_prompt_gets_bos_and_chat_prompt_no_second_bos(base_student, student, monkeypatch):
    seen = []
    for (model, tokenizer), mode in ((base_student, "completion"), (student, "chat")):
        original = model.generate
        spy = lambda *a, _o=original, **k: seen.append(k["input_ids"]) or _o(*a, **k)  # noqa: E731
        monkeypatch.setattr(model, "generate", spy)
        generate(model, tokenizer, PROMPTS[:1], max_new_tokens=1, mode=mode)
    bos = student[1].bos_token_id
    assert seen[0][0, 0] == bos and seen[0][0, 1] != bos
    assert seen[1][0, 0] == bos and seen[1][0, 1] != bos


# --- batching -----------------------------------------------------------------------------------------


def test_left_padding(student):
    tokenizer = student[1]
    batch = tokenizer.pad({"input_ids": [[5, 6, 7], [8]]}, padding=True, return_tensors="pt")
    assert batch["input_ids"].tolist() == [[5, 6, 7], [tokenizer.pad_token_id] * 2 + [8]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [0, 0, 1]]


@pytest.mark.parametrize("mode", ["chat", "completion"])
def test_batched_greedy_equals_unbatched(student, mode):
    model, tokenizer = student
    batched = generate(model, tokenizer, PROMPTS, max_new_tokens=24, batch_size=5, stop=[], mode=mode)
    for prompt, [sample] in zip(PROMPTS, batched, strict=True):
        [[alone]] = generate(model, tokenizer, [prompt], max_new_tokens=24, batch_size=1, stop=[], mode=mode)
        assert sample == alone
    assert len({s[0].text for s in batched}) == len(PROMPTS)  # the prompts really got different answers


def test_input_order_is_kept(student):
    model, tokenizer = student
    forward = generate(model, tokenizer, PROMPTS, max_new_tokens=8, batch_size=2, stop=[])
    backward = generate(model, tokenizer, PROMPTS[::-1], max_new_tokens=8, batch_size=3, stop=[])
    assert texts(backward) == texts(forward)[::-1]


# --- stop strings -------------------------------------------------------------------------------------


def test_stop_string_truncates_and_ends_the_sample(student):
    model, tokenizer = student
    [[full]] = generate(model, tokenizer, PROMPTS[1:2], max_new_tokens=30, stop=[])
    assert full.finish_reason == "length" and full.n_tokens == 30
    stop = ascii_window(full.text)
    [[cut]] = generate(model, tokenizer, PROMPTS[1:2], max_new_tokens=30, stop=[stop])
    assert cut.text == full.text[: full.text.index(stop)]
    assert cut.finish_reason == "stop"
    assert cut.n_tokens < full.n_tokens
    assert cut.program.startswith(PROMPTS[1])


def test_a_batch_ends_when_all_its_rows_have_stopped(student, monkeypatch):
    model, tokenizer = student
    full = generate(model, tokenizer, PROMPTS[1:4], max_new_tokens=40, batch_size=3, stop=[])
    stops = [ascii_window(samples[0].text, start=2, width=2) for samples in full]
    calls = []
    original = model.forward
    monkeypatch.setattr(model, "forward", lambda *a, **k: calls.append(1) or original(*a, **k))
    cut = generate(model, tokenizer, PROMPTS[1:4], max_new_tokens=40, batch_size=3, stop=stops)
    assert all(s[0].finish_reason == "stop" for s in cut)
    assert len(calls) == max(s[0].n_tokens for s in cut) < 40  # one forward per generated token, no more


def test_completion_stop_can_start_in_the_prompt(base_student, monkeypatch):
    """A completion that opens with `def ` right after the prompt's final newline is empty."""
    model, tokenizer = base_student
    [[full]] = generate(model, tokenizer, PROMPTS[:1], max_new_tokens=6, stop=[], mode="completion")
    stop = "\n" + full.text[:2]  # the prompt's last character is the newline
    [[cut]] = generate(model, tokenizer, PROMPTS[:1], max_new_tokens=6, stop=[stop], mode="completion")
    assert cut.text == "" and cut.finish_reason == "stop" and cut.program == PROMPTS[0]


def test_eos_ends_a_sample_with_finish_reason_stop(student, monkeypatch):
    model, tokenizer = student
    ids = greedy_ids(model, tokenizer, PROMPTS[0], 10)
    # Declare the 5th generated token an end-of-sequence token too: the sample must end right there.
    extra_eos = ids[4]
    first = ids.index(extra_eos)
    monkeypatch.setattr(model.generation_config, "eos_token_id", [tokenizer.eos_token_id, extra_eos])
    [[sample]] = generate(model, tokenizer, PROMPTS[:1], max_new_tokens=10, stop=[])
    assert sample.finish_reason == "stop"
    assert sample.n_tokens == first + 1  # the eos token counts
    assert sample.text == tokenizer.decode(ids[:first])  # but is not part of the text


def greedy_ids(model, tokenizer, prompt, max_new_tokens):
    """The greedy token ids for one chat prompt, straight from transformers (no stop strings)."""
    text = format_prompt(tokenizer, prompt, mode="chat")
    ids = tokenizer(text, add_special_tokens=False, return_tensors="pt")
    with torch.inference_mode():
        out = model.generate(
            **ids, do_sample=False, max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id
        )
    return out[0, ids["input_ids"].shape[1] :].tolist()


# --- sampling and determinism -------------------------------------------------------------------------


def test_n_samples_per_prompt(student):
    model, tokenizer = student
    results = generate(model, tokenizer, PROMPTS[:2], batch_size=4, **SAMPLING)
    assert [len(samples) for samples in results] == [3, 3]
    assert all(len(set(t)) == 3 for t in texts(results))  # samples differ from one another
    assert all(g.n_tokens == 12 and g.finish_reason == "length" for s in results for g in s)


def test_greedy_with_several_samples_is_an_error(student):
    with pytest.raises(PdistillError, match="greedy"):
        generate(*student, PROMPTS[:1], n=2, temperature=0.0)


@pytest.mark.parametrize(
    "bad",
    [{"top_p": 0.0}, {"top_p": 1.5}, {"temperature": -1}, {"n": 0}, {"batch_size": 0}, {"max_new_tokens": 0}],
)
def test_bad_parameters(student, bad):
    params = {"n": 1, "temperature": 0.5, **bad}
    with pytest.raises(PdistillError):
        generate(*student, PROMPTS[:1], **params)


def test_entry_points_must_match_prompts(student):
    with pytest.raises(PdistillError, match="entry_points has 1 names for 2 prompts"):
        generate(*student, PROMPTS[:2], entry_points=["add"])


def test_sampling_is_deterministic_for_a_seed_and_independent_of_batch_size(student):
    model, tokenizer = student
    first = texts(generate(model, tokenizer, PROMPTS, batch_size=4, **SAMPLING))
    again = texts(generate(model, tokenizer, PROMPTS, batch_size=4, **SAMPLING))
    other_batching = texts(generate(model, tokenizer, PROMPTS, batch_size=1, **SAMPLING))
    subset = texts(generate(model, tokenizer, PROMPTS[3:], batch_size=2, **SAMPLING))
    other_seed = texts(generate(model, tokenizer, PROMPTS, batch_size=4, **{**SAMPLING, "seed": 8}))
    assert first == again == other_batching
    assert subset == first[3:]  # a sample does not depend on the other prompts either
    assert other_seed != first


def test_sampling_is_deterministic_across_processes(student, tiny_model_dir):
    script = textwrap.dedent(
        f"""
        import json, sys
        from pdistill.student.generate import generate
        from pdistill.student.model import load_student
        model, tokenizer = load_student({str(tiny_model_dir)!r}, device="cpu")
        prompts = json.loads(sys.stdin.read())
        print(json.dumps([[g.text for g in s] for s in generate(model, tokenizer, prompts, **{SAMPLING!r})]))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(PROMPTS), capture_output=True, text=True, check=True
    )
    here = texts(generate(*student, PROMPTS, **SAMPLING))
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == here


def test_row_seeds_depend_on_seed_sample_and_prompt():
    seeds = {row_seed(s, j, p) for s in (0, 1) for j in (0, 1) for p in ("a", "b")}
    assert len(seeds) == 8
    assert row_seed(0, 0, "a") == row_seed(0, 0, "a") < 2**63


def test_gumbel_sampler_draws_from_the_softmax():
    probs = torch.tensor([0.6, 0.3, 0.1])
    sampler = _GumbelSampler([123])
    draws = [int(sampler(None, probs.log()[None]).argmax()) for _ in range(4000)]
    freq = torch.bincount(torch.tensor(draws), minlength=3).float() / len(draws)
    assert torch.allclose(freq, probs, atol=0.03), freq


def test_top_p_limits_the_choices(student):
    model, tokenizer = student
    narrow = generate(model, tokenizer, PROMPTS[:2], **{**SAMPLING, "n": 4, "top_p": 1e-6})
    [greedy_a], [greedy_b] = generate(model, tokenizer, PROMPTS[:2], max_new_tokens=12, stop=[])
    assert {g.text for g in narrow[0]} == {greedy_a.text}  # a tiny nucleus holds only the top token
    assert {g.text for g in narrow[1]} == {greedy_b.text}


def test_progress_bar_reports_rates_off_a_terminal(student, capsys, monkeypatch):
    monkeypatch.delenv("PDISTILL_PROGRESS", raising=False)
    generate(*student, PROMPTS[:2], max_new_tokens=2, desc="evaluate@base")
    err = capsys.readouterr().err
    assert "evaluate@base: 2/2 prompt" in err and "prompt/s" in err and "tok/s" in err  # a log shows progress
    assert "\r" not in err
    generate(*student, PROMPTS[:2], max_new_tokens=2, progress=False)
    assert capsys.readouterr().err == ""


def test_a_right_padding_tokenizer_is_switched_to_left_padding(student, tiny_model_dir):
    from transformers import AutoTokenizer

    model, prepared = student
    raw = AutoTokenizer.from_pretrained(str(tiny_model_dir), local_files_only=True)
    assert raw.padding_side == "right" and raw.pad_token is None
    expected = generate(model, prepared, PROMPTS, max_new_tokens=6, batch_size=5)
    assert generate(model, raw, PROMPTS, max_new_tokens=6, batch_size=5) == expected
    assert raw.padding_side == "left" and raw.pad_token == raw.eos_token


def test_no_prompts_no_work(student):
    assert generate(*student, [], n=2, temperature=0.5) == []
