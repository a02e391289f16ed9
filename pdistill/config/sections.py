"""The params sections, one frozen dataclass each: the settings every stage and command reads.

Defaults equal params.yaml's values (tests/test_config.py checks), so a key left out of a params file means
what the shipped file says; the units and the reasons for each value are params.yaml's comments. Sections
hold either settings that change a stage's outputs or settings that never do (`teacher_client`,
`execution_pool`), so dvc.yaml can depend on whole sections without false edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from pdistill.config.rules import (
    Bool,
    Choice,
    Either,
    Int,
    Invalid,
    Maybe,
    Num,
    RoundChain,
    Seq,
    Table,
    Text,
    rule,
)

VARIANTS = ("stand", "inpd", "persd", "persd_refine", "persd_combined")
LR_SCHEDULERS = ("linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup")
PROB = Num(0, 1, low_open=True)  # top_p: a probability mass in (0, 1]
TEMPERATURE = Num(0)
COUNT = Int(1)


class Section:
    """Cross-field checks of a section (after each key passed its own rule)."""

    def check(self) -> None:
        """Raise `Invalid("key: message")` when keys disagree; nothing by default."""

    @classmethod
    def from_params(cls, values: Any, path: str = "params.yaml") -> Any:
        """This section validated from a mapping (one params section); errors name `path` and the key."""
        from pdistill.config.rules import check_section

        name = next(n for n, c in SECTIONS.items() if c is cls)
        return check_section(cls, values, name, path)


class Sampling(Section):
    """Greedy decoding gives identical samples: n > 1 needs temperature > 0."""

    n: int
    temperature: float

    def check(self) -> None:
        if self.temperature == 0 and self.n > 1:
            raise Invalid(f"n: temperature 0 is greedy decoding, so n={self.n} samples would be identical")


@dataclass(frozen=True)
class Prepare(Section):
    heldout_fraction: float = rule(0.3, Num(0, 1, high_open=True))
    seed: int = rule(2023, Int())
    train_limit: int = rule(20, Int(0))
    heldout_limit: int = rule(0, Int(0))
    decontam_ngram: int = rule(10, COUNT)
    decontam_threshold: float = rule(0.5, Num(0, 1, low_open=True))


@dataclass(frozen=True)
class Execution(Section):
    timeout_s: float = rule(10.0, Num(0, low_open=True))
    memory_mb: int = rule(2048, COUNT)
    file_size_mb: int = rule(16, COUNT)
    max_processes: int = rule(32, COUNT)
    max_open_files: int = rule(64, COUNT)
    max_output_bytes: int = rule(2048, COUNT)
    max_feedback_chars: int = rule(1500, COUNT)
    sandbox: str = rule("auto", Choice("auto", "root", "userns", "none"))


@dataclass(frozen=True)
class ExecutionPool(Section):
    workers: int = rule(0, Int(0))


@dataclass(frozen=True)
class Student(Sampling):
    model: str = rule("qwen2.5-coder-0.5b-instruct", Text())
    device: str = rule("auto", Text())
    dtype: str = rule("auto", Choice("auto", "float32", "bfloat16", "float16"))
    backend: str = rule("auto", Choice("auto", "transformers", "llamacpp"))
    mode: str = rule("auto", Choice("auto", "chat", "completion"))
    n: int = rule(1, COUNT)
    temperature: float = rule(0.0, TEMPERATURE)
    top_p: float = rule(0.95, PROB)
    max_new_tokens: int = rule(512, COUNT)
    batch_size: int = rule(32, COUNT)
    seed: int = rule(0, Int())

    def check(self) -> None:
        super().check()
        device = self.device
        if device not in ("auto", "cpu", "cuda", "mps") and not (
            device.startswith("cuda:") and device[5:].isdigit()
        ):
            raise Invalid(f"device: expected auto, cpu, cuda, cuda:N or mps, got {device!r}")


@dataclass(frozen=True)
class Teacher(Section):
    base_url: str = rule("local", Text())
    model: str = rule("qwen2.5-coder-1.5b-instruct-q4_k_m", Text())
    temperature: float = rule(0.0, TEMPERATURE)
    top_p: float = rule(1.0, PROB)
    max_tokens: int = rule(768, COUNT)
    seed: int | None = rule(0, Maybe(Int()))
    prices: dict[str, dict[str, float]] = rule(  # noqa: RUF009 (a dict default: a factory field)
        {
            "gpt-3.5-turbo": {"prompt_usd_per_1m": 0.5, "completion_usd_per_1m": 1.5},
            "gpt-4o-mini": {"prompt_usd_per_1m": 0.15, "completion_usd_per_1m": 0.6},
            "qwen2.5-coder-1.5b-instruct-q4_k_m": {"prompt_usd_per_1m": 0.0, "completion_usd_per_1m": 0.0},
        },
        Table("prompt_usd_per_1m", "completion_usd_per_1m"),
    )

    def check(self) -> None:
        url = self.base_url
        if url != "local" and not url.startswith(("http://", "https://")):
            raise Invalid(f"base_url: expected local or an http(s) URL, got {url!r}")


@dataclass(frozen=True)
class TeacherClient(Section):
    api_key_env: str = rule("OPENAI_API_KEY", Text())
    max_concurrency: int = rule(4, COUNT)
    timeout_s: float = rule(300.0, Num(0, low_open=True))
    max_retries: int = rule(6, Int(0))
    backoff_initial_s: float = rule(1.0, Num(0))
    backoff_max_s: float = rule(60.0, Num(0))
    max_usd: float | None = rule(None, Maybe(Num(0)))
    max_requests: int | None = rule(None, Maybe(Int(0)))

    def check(self) -> None:
        if self.backoff_max_s < self.backoff_initial_s:
            raise Invalid(
                f"backoff_max_s: expected >= backoff_initial_s ({self.backoff_initial_s:g}), "
                f"got {self.backoff_max_s:g}"
            )


@dataclass(frozen=True)
class Refine(Section):
    per_task: int | None = rule(1, Maybe(COUNT))
    show_reference: bool = rule(True, Bool())
    validation_runs: int = rule(1, COUNT)


@dataclass(frozen=True)
class Solve(Section):
    use_reference: bool = rule(True, Bool())
    validation_runs: int = rule(1, COUNT)


@dataclass(frozen=True)
class Selfd(Sampling):
    n: int = rule(4, COUNT)
    temperature: float = rule(0.8, TEMPERATURE)
    top_p: float = rule(0.95, PROB)
    seed: int = rule(1, Int())
    per_task: int | None = rule(1, Maybe(COUNT))


@dataclass(frozen=True)
class Sft(Section):
    variants: tuple[str, ...] = rule(VARIANTS, Seq(Choice(*VARIANTS)))
    max_length: int = rule(1024, COUNT)
    on_overflow: str = rule("drop", Choice("drop", "error"))


@dataclass(frozen=True)
class Rounds(Section):
    extra: dict[str, str] = rule({}, RoundChain("persd_combined"))  # noqa: RUF009 (a factory field)


@dataclass(frozen=True)
class Train(Section):
    lora_r: int = rule(16, COUNT)
    lora_alpha: float = rule(32.0, Num(0, low_open=True))
    lora_dropout: float = rule(0.0, Num(0, 1, high_open=True))
    target_modules: str | tuple[str, ...] = rule("all-linear", Either(Choice("all-linear"), Seq(Text())))
    learning_rate: float = rule(2.0e-4, Num(0, low_open=True))
    epochs: float = rule(1.0, Num(0, low_open=True))
    max_steps: int = rule(-1, Int(1, also=(-1,)))
    batch_size: int = rule(2, COUNT)
    grad_accum: int = rule(1, COUNT)
    max_length: int = rule(1024, COUNT)
    seed: int = rule(0, Int(0))
    bf16: bool | str = rule("auto", Choice("auto", True, False))
    gradient_checkpointing: bool = rule(False, Bool())
    warmup_ratio: float = rule(0.0, Num(0, 1, high_open=True))
    lr_scheduler: str = rule("cosine", Choice(*LR_SCHEDULERS))
    logging_steps: int = rule(1, COUNT)
    qlora: bool = rule(False, Bool())


@dataclass(frozen=True)
class Evaluate(Sampling):
    n: int = rule(1, COUNT)
    temperature: float = rule(0.0, TEMPERATURE)
    top_p: float = rule(0.95, PROB)
    max_new_tokens: int = rule(512, COUNT)
    batch_size: int = rule(40, COUNT)
    seed: int = rule(0, Int())
    steps: int = rule(1, COUNT)
    k: tuple[int, ...] = rule((1,), Either(Seq(COUNT), COUNT))
    limit: int = rule(40, Maybe(Int(0)))  # null = 0 = all tasks
    bootstrap_samples: int = rule(1000, COUNT)
    confidence: float = rule(0.95, Num(0, 1, low_open=True, high_open=True))

    def __post_init__(self) -> None:
        if isinstance(self.k, int):  # `k: 1` means [1]
            object.__setattr__(self, "k", (self.k,))
        if self.limit is None:
            object.__setattr__(self, "limit", 0)


@dataclass(frozen=True)
class Synthesize(Section):
    n_inputs: int = rule(5, COUNT)
    min_tests: int = rule(3, COUNT)
    runs: int = rule(2, COUNT)
    call_timeout_s: float = rule(2.0, Num(0, low_open=True))
    max_test_chars: int = rule(1000, Int(20))
    float_tolerance: float = rule(1.0e-6, Num(0))


@dataclass(frozen=True)
class Config:
    """Every section of a params file, validated (a section left out takes its defaults); the field order
    is params.yaml's."""

    prepare: Prepare = field(default_factory=Prepare)
    execution: Execution = field(default_factory=Execution)
    execution_pool: ExecutionPool = field(default_factory=ExecutionPool)
    student: Student = field(default_factory=Student)
    teacher: Teacher = field(default_factory=Teacher)
    teacher_client: TeacherClient = field(default_factory=TeacherClient)
    refine: Refine = field(default_factory=Refine)
    solve: Solve = field(default_factory=Solve)
    selfd: Selfd = field(default_factory=Selfd)
    sft: Sft = field(default_factory=Sft)
    rounds: Rounds = field(default_factory=Rounds)
    train: Train = field(default_factory=Train)
    evaluate: Evaluate = field(default_factory=Evaluate)
    synthesize: Synthesize = field(default_factory=Synthesize)


#: Section name in params.yaml -> its dataclass, in params.yaml's order (taken from `Config`).
SECTIONS: dict[str, type] = {f.name: f.default_factory for f in fields(Config)}
