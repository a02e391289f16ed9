"""SFT records (`pdistill.sft.build_variant`): the student is trained on exactly the input it reads when it
generates. Token ids are compared across the three places that build the input — training (the record,
tokenized as the trainer does), the attempt stage (`generate`) and evaluation (`student_generate_fn`) —
on tiny tokenizers with and without a chat template; completion-mode targets are checked as programs."""

from __future__ import annotations

import string
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import torch

from pdistill.evaluate import Request, model_inputs, student_generate_fn
from pdistill.extract import extract_from_completion
from pdistill.prompts import NO_FEEDBACK, load_template
from pdistill.sft import build_selfd, build_variant, with_previous
from pdistill.stops import COMPLETION_STOP, find_stop
from pdistill.student.generate import encode_prompt, format_prompt, generate
from pdistill.student.tokenizer import resolve_mode, tokenize_record
from pdistill.tasks import Task
from tests.fakes.tiny_model import build_tokenizer

ROOT = Path(__file__).resolve().parents[1]
ATTEMPT = load_template(ROOT / "prompts" / "attempt.txt")
REFINE = load_template(ROOT / "prompts" / "student_refine.txt")
PROMPT = 'def double(x):\n    """Twice x.\n\n    >>> double(2)\n    4\n    """\n'
TASK = Task("t/double", PROMPT, "double", "assert double(2) == 4\nassert double(-3) == -6\n")
ATTEMPT_CODE = "def double(x):\n    return x + x + 1\n\n\n"  # untidy on purpose: the builder strips it


def _refinement(code: str, feedback: str = "") -> dict[str, Any]:
    return {
        "task_id": TASK.task_id,
        "kept": True,
        "attempt": ATTEMPT_CODE,
        "feedback": feedback,
        "refinement": code,
        "attempt_hash": "a",
        "request_hash": "r",
    }


def _solution(code: str) -> dict[str, Any]:
    return {
        "task_id": TASK.task_id,
        "kept": True,
        "solution": code,
        "origin": "reference",
        "request_hash": "s",
    }


FIX = "def double(x):\n    return 2 * x\n"  # the teacher's fix, without the docstring


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The tiny BPE tokenizer with a chat template (`chat`) and without one (`completion`)."""
    from pdistill.student.model import prepare_tokenizer

    root = tmp_path_factory.mktemp("tokenizers")
    chat = build_tokenizer(root / "chat")
    base = build_tokenizer(root / "base", chat_template=None)
    return {"chat": prepare_tokenizer(chat), "completion": prepare_tokenizer(base)}


class RecordingModel:
    """Stands in for the transformers model inside `generate`: records the input ids of every row and
    answers with eos at once."""

    device = torch.device("cpu")

    def __init__(self, eos: int) -> None:
        self.eos, self.seen = eos, []
        self.generation_config = SimpleNamespace(eos_token_id=eos)

    def generate(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, **_: Any) -> torch.Tensor:
        for ids, mask in zip(input_ids.tolist(), attention_mask.tolist(), strict=True):
            self.seen.append([i for i, m in zip(ids, mask, strict=True) if m])  # left padding dropped
        return torch.cat([input_ids, torch.full((len(input_ids), 1), self.eos)], dim=1)


def _training_prompt_ids(tokenizer: Any, record: dict[str, Any]) -> list[int]:
    """The prompt part of a record as the trainer sees it: the ids where the completion mask is 0."""
    tokens = tokenize_record(tokenizer, record)
    return [i for i, m in zip(tokens["input_ids"], tokens["completion_mask"], strict=True) if m == 0]


def _inference_ids(tokenizer: Any, mode: str, request: Request) -> dict[str, list[int]]:
    """The ids the model is given for `request`: by the attempt stage (step 1 only) and by evaluation,
    each through the real `generate`; plus `model_inputs` + `format_prompt` + `encode_prompt` by hand."""
    model = RecordingModel(tokenizer.eos_token_id)
    out: dict[str, list[int]] = {}
    if request.attempt is None:
        generate(model, tokenizer, [TASK.prompt], template=ATTEMPT, entry_points=["double"], mode=mode)
        out["attempt stage"] = model.seen.pop()
    fn = student_generate_fn(
        model, tokenizer, attempt_template=ATTEMPT, refine_template=REFINE, mode=mode, progress=False
    )
    fn([request], 1, 0)
    out["evaluation"] = model.seen.pop()
    text = format_prompt(tokenizer, model_inputs(request, mode, ATTEMPT, REFINE), mode=mode, rendered=True)
    out["by hand"] = encode_prompt(tokenizer, text, mode)
    return out


@pytest.mark.parametrize("kind", ["chat", "completion"])
@pytest.mark.parametrize(
    ("variant", "request_"),
    [
        ("stand", Request(TASK, 1)),
        ("persd", Request(TASK, 1)),
        ("persd_refine", Request(TASK, 2, ATTEMPT_CODE, "")),  # empty feedback: NO_FEEDBACK on both sides
    ],
)
def test_training_prompt_tokens_are_the_inference_tokens(tokenizers, kind, variant, request_):
    tokenizer = tokenizers[kind]
    mode = resolve_mode(tokenizer)  # as build_sft, the attempt stage and evaluation resolve it
    assert mode == kind
    [record] = build_variant(
        variant, mode, [TASK], [_refinement(FIX)], [_solution(PROMPT + "    return 2 * x\n")], ATTEMPT, REFINE
    )
    trained = _training_prompt_ids(tokenizer, record)
    inference = _inference_ids(tokenizer, mode, request_)
    for where, ids in inference.items():
        if mode == "completion" and variant != "persd_refine":
            # Plain text: the trainer's prompt is the common prefix of tokenize(prompt) and
            # tokenize(prompt + completion); a byte-level BPE whose pre-tokenizer glues the prompt's
            # final newline to the body's indentation ends it one token early (docs/training.md).
            assert ids == tokenizer(record["prompt"])["input_ids"], where
            assert ids[: len(trained)] == trained and len(ids) - len(trained) <= 1, where
        else:
            assert ids == trained, f"{variant}, {kind}: {where} differs from training"
    if variant == "persd_refine":
        text = record["prompt"] if mode == "completion" else record["prompt"][0]["content"]
        assert NO_FEEDBACK in text and ATTEMPT_CODE.strip() + "\n```" in text


def test_the_chat_attempt_message_is_the_same_whatever_the_prompt_trails(tokenizers):
    """The attempt stage used to render the raw prompt where training right-stripped it."""
    tokenizer = tokenizers["chat"]
    untidy = Task(TASK.task_id, PROMPT + "\n\n", "double", TASK.test)
    [record] = build_variant("stand", "chat", [untidy], [], [_solution(FIX)], ATTEMPT, REFINE)
    model = RecordingModel(tokenizer.eos_token_id)
    generate(model, tokenizer, [untidy.prompt], template=ATTEMPT, mode="chat")
    assert model.seen == [_training_prompt_ids(tokenizer, record)]
    assert f"```python\n{PROMPT.rstrip()}\n```" in record["prompt"][0]["content"]


# --- completion mode: what the student learns to write ------------------------------------------------

HELPER_FIX = (
    "import math\n\n\n"
    "def _square(v):\n"
    '    """The square of v,\nspanning lines."""\n'
    "    return int(math.pow(v, 2))\n\n\n"
    "def double(x):\n"
    "    # the helper squares, so: (x+1)^2 - x^2 - 1 = 2x\n"
    "    return _square(x + 1) - _square(x) - 1\n\n\n"
    "print(double(3))\n"
)


def _run(program: str) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(program, "<program>", "exec"), namespace)  # trusted, trivial test programs
    exec(compile(TASK.test, "<test>", "exec"), namespace)


@pytest.mark.parametrize(
    "fix", [FIX, HELPER_FIX, PROMPT + "    return x * 2\n"], ids=["no-docstring", "helper", "prompt"]
)
@pytest.mark.parametrize("variant", ["persd", "stand"])
def test_completion_targets_continue_the_task_prompt(variant, fix):
    [record] = build_variant(
        variant, "completion", [TASK], [_refinement(fix)], [_solution(fix)], ATTEMPT, REFINE
    )
    assert record["prompt"] == PROMPT
    completion = record["completion"]
    program = PROMPT + completion
    assert find_stop(completion, COMPLETION_STOP, PROMPT) is None  # generation would not cut it
    assert extract_from_completion(PROMPT, completion) == program.rstrip() + "\n"
    assert program.count("def double(") == 1
    _run(program)


def test_completion_refine_target_is_the_whole_program():
    program = HELPER_FIX.replace("print(double(3))\n", "")
    refinements = [_refinement(program, "boom"), _refinement(HELPER_FIX)]  # evaluation stops at "\nprint("
    dropped: list[dict[str, Any]] = []
    [record] = build_variant("persd_refine", "completion", [TASK], refinements, [], ATTEMPT, REFINE, dropped)
    assert record["prompt"].endswith("block.\n") and "boom" in record["prompt"]
    assert record["completion"] == program.strip() + "\n"
    _run(record["completion"])
    assert [d["reason"] for d in dropped] == ["the program contains a completion-mode refinement stop string"]


def test_unusable_completion_targets_are_dropped_and_counted():
    broken = "def double(x):\n    s = '''\ndef inner'''\n    return 2 * x\n"  # a string the stops would cut
    dropped: list[dict[str, Any]] = []
    refinements = [_refinement(broken), _refinement("def other():\n    pass\n")]
    records = build_variant("persd_combined", "completion", [TASK], refinements, [], ATTEMPT, REFINE, dropped)
    assert [r["meta"]["task_id"] for r in records] == [TASK.task_id] * 2  # the refine-step examples
    assert [d["reason"] for d in dropped] == [
        "the continuation would be cut by a completion stop string",
        "the code defines no top-level function 'double'",
    ]
    assert build_variant("persd", "completion", [TASK], refinements, [], ATTEMPT, REFINE) == []


def test_chat_targets_are_fenced_code_and_unknown_variants_fail():
    [record] = build_variant("persd", "chat", [TASK], [_refinement("\n" + FIX + "\n\n")], [], ATTEMPT, REFINE)
    assert record["completion"] == [{"role": "assistant", "content": f"```python\n{FIX.strip()}\n```"}]
    assert record["meta"] == {
        "task_id": TASK.task_id,
        "attempt_hash": "a",
        "request_hash": "r",
        "origin": "refinement",
    }
    with pytest.raises(ValueError, match="unknown SFT variant"):
        build_variant("nope", "chat", [TASK], [], [], ATTEMPT, string.Template(""))


# --- self-distillation and later rounds ---------------------------------------------------------------

SELF_SAMPLES = [  # the student's samples of TASK: wrong, right, the same right one again, another right one
    "def double(x):\n    return x + 2\n",
    "def double(x):\n    return 2 * x\n",
    "def double(x):\n    return 2 * x\n",
    "def double(x):\n    return x + x\n",
]


@pytest.fixture(scope="module")
def self_results() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """SELF_SAMPLES and their verdicts from the real sandbox."""
    from pdistill.config.sections import Config
    from pdistill.execution import execute_samples
    from pdistill.execution.config import ExecutionConfig

    cfg = ExecutionConfig.from_config(Config())
    samples = [{"task_id": TASK.task_id, "sample_id": j, "code": c} for j, c in enumerate(SELF_SAMPLES)]
    results, _ = execute_samples({TASK.task_id: TASK}, samples, cfg.limits, workers=1, mode=cfg.sandbox)
    return samples, results


@pytest.mark.parametrize("mode", ["chat", "completion"])
def test_selfd_keeps_distinct_passing_samples_built_as_direct_solutions(self_results, mode):
    samples, results = self_results
    assert [r["status"] for r in results] == ["failed", "passed", "passed", "passed"]
    everything = build_selfd(mode, [TASK], samples, results, None, ATTEMPT)
    assert [r["meta"] for r in everything] == [
        {"task_id": TASK.task_id, "origin": "self", "sample_id": 1},
        {"task_id": TASK.task_id, "origin": "self", "sample_id": 3},  # 2 repeats 1
    ]
    # Exactly the example StanD would make of the same program: one builder for both.
    [stand] = build_variant("stand", mode, [TASK], [], [_solution(SELF_SAMPLES[1])], ATTEMPT, REFINE)
    assert (everything[0]["prompt"], everything[0]["completion"]) == (stand["prompt"], stand["completion"])
    assert build_selfd(mode, [TASK], samples, results, 1, ATTEMPT) == everything[:1]
    failed_only = [{**r, "status": "failed"} for r in results]
    assert build_selfd(mode, [TASK], samples, failed_only, None, ATTEMPT) == []


def test_a_later_round_keeps_the_previous_data_and_adds_only_new_examples():
    one = build_variant("persd", "chat", [TASK], [_refinement(FIX)], [], ATTEMPT, REFINE)
    other = build_variant(
        "persd", "chat", [TASK], [_refinement(PROMPT + "    return x * 2\n")], [], ATTEMPT, REFINE
    )
    assert with_previous(one, [*other, *one]) == [*one, *other]
    assert with_previous([], one) == one and with_previous(one, []) == one
