"""Teacher configuration: the `teacher:` section of params.yaml as a validated, frozen dataclass.

Every error names the offending key as `teacher.<key>`. The API key is never part of the configuration:
`api_key_env` names the environment variable that holds it, read by `resolve_api_key`.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from pdistill.config.sections import Teacher, TeacherClient
from pdistill.teacher.errors import TeacherError

#: The key sent to local servers (vLLM, llama.cpp, Ollama) when the key variable is unset.
PLACEHOLDER_API_KEY = "sk-local-placeholder"

_REQUIRED = ("base_url", "model")
_PRICE_KEYS = ("prompt_usd_per_1m", "completion_usd_per_1m")


@dataclass(frozen=True)
class Price:
    """USD per million tokens for one model."""

    prompt_usd_per_1m: float
    completion_usd_per_1m: float

    def usd(self, prompt_tokens: int, completion_tokens: int) -> float:
        """The cost of a request with these token counts."""
        return (prompt_tokens * self.prompt_usd_per_1m + completion_tokens * self.completion_usd_per_1m) / 1e6


@dataclass(frozen=True)
class TeacherConfig:
    """How to reach the teacher, how to sample from it, and how much it may cost (see docs/teacher.md)."""

    # Defaults: params.yaml's `teacher` and `teacher_client` sections (units and reasons there).
    base_url: str
    model: str
    api_key_env: str = TeacherClient.api_key_env
    temperature: float = Teacher.temperature
    top_p: float = Teacher.top_p
    max_tokens: int = Teacher.max_tokens
    seed: int | None = Teacher.seed
    n: int = 1  # completions per request: the pipeline takes one
    max_concurrency: int = TeacherClient.max_concurrency
    timeout_s: float = TeacherClient.timeout_s
    max_retries: int = TeacherClient.max_retries
    backoff_initial_s: float = TeacherClient.backoff_initial_s
    backoff_max_s: float = TeacherClient.backoff_max_s
    max_usd: float | None = TeacherClient.max_usd
    max_requests: int | None = TeacherClient.max_requests
    prices: Mapping[str, Price] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _text("base_url", self.base_url)
        if urlsplit(self.base_url).scheme not in ("http", "https") or not urlsplit(self.base_url).hostname:
            raise TeacherError(f"teacher.base_url must be an http(s) URL, got {self.base_url!r}")
        _text("model", self.model)
        _text("api_key_env", self.api_key_env)
        self._number("temperature", low=0.0)
        self._number("top_p", low=0.0, high=1.0, open_low=True)
        self._number("max_tokens", low=1, integer=True)
        self._number("seed", integer=True, optional=True)
        self._number("n", low=1, integer=True)
        self._number("max_concurrency", low=1, integer=True)
        self._number("timeout_s", low=0.0, open_low=True)
        self._number("max_retries", low=0, integer=True)
        self._number("backoff_initial_s", low=0.0)
        self._number("backoff_max_s", low=self.backoff_initial_s)
        self._number("max_usd", low=0.0, optional=True)
        self._number("max_requests", low=0, integer=True, optional=True)
        object.__setattr__(self, "prices", _prices(self.prices))

    def _number(
        self,
        name: str,
        *,
        low: float | None = None,
        high: float | None = None,
        open_low: bool = False,
        integer: bool = False,
        optional: bool = False,
    ) -> None:
        """Check one numeric field and store it as int or float (so 0 and 0.0 hash alike)."""
        value = getattr(self, name)
        if value is None and optional:
            return
        kind = "an integer" if integer else "a number"
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            raise TeacherError(f"{_key(name)} must be {kind}, got {value!r}")
        too_low = low is not None and (value <= low if open_low else value < low)
        if too_low or (high is not None and value > high):
            bounds = f"{'>' if open_low else '>='} {low:g}" if low is not None else ""
            bounds += f"{' and ' if bounds else ''}<= {high:g}" if high is not None else ""
            raise TeacherError(f"{_key(name)} must be {bounds}, got {value!r}")
        object.__setattr__(self, name, int(value) if integer else float(value))

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> TeacherConfig:
        """Build from a dict such as params.yaml's `teacher:` section; unknown or missing keys are errors."""
        if not isinstance(params, Mapping):
            raise TeacherError(f"teacher: expected a mapping of settings, got {type(params).__name__}")
        known = [f.name for f in dataclasses.fields(cls)]
        unknown = sorted(set(params) - set(known))
        if unknown:
            raise TeacherError(f"teacher: unknown key(s) {', '.join(unknown)} (known: {', '.join(known)})")
        missing = [k for k in _REQUIRED if params.get(k) is None]
        if missing:
            raise TeacherError(f"teacher: missing required key(s) {', '.join(missing)}")
        return cls(**params)

    def sampling(self) -> dict[str, Any]:
        """The sampling parameters sent with every request (and hashed into the cache key)."""
        return {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
            "n": self.n,
        }

    def price(self) -> Price | None:
        """The price-table entry for `model`, or None when the table has none."""
        return self.prices.get(self.model)


def _key(name: str) -> str:
    """The dotted params key of a field: `teacher.<name>` or `teacher_client.<name>`."""
    return f"teacher_client.{name}" if name in TeacherClient.__dataclass_fields__ else f"teacher.{name}"


def _text(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise TeacherError(f"{_key(name)} must be a non-empty string, got {value!r}")


def _prices(table: object) -> dict[str, Price]:
    """Validate the price table: model -> {prompt_usd_per_1m, completion_usd_per_1m}, both >= 0."""
    if not isinstance(table, Mapping):
        raise TeacherError(f"teacher.prices must be a mapping of model -> prices, got {table!r}")
    out: dict[str, Price] = {}
    for model, entry in table.items():
        where = f"teacher.prices.{model}"
        if isinstance(entry, Price):
            entry = dataclasses.asdict(entry)
        if not isinstance(entry, Mapping) or set(entry) != set(_PRICE_KEYS):
            raise TeacherError(f"{where} must have exactly the keys {', '.join(_PRICE_KEYS)}, got {entry!r}")
        for key in _PRICE_KEYS:
            value = entry[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise TeacherError(f"{where}.{key} must be a number >= 0, got {value!r}")
        out[str(model)] = Price(*(float(entry[key]) for key in _PRICE_KEYS))
    return out


def is_local_url(url: str) -> bool:
    """True for endpoints on this machine: localhost, 127.0.0.0/8 and ::1."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_api_key(config: TeacherConfig, environ: Mapping[str, str] | None = None) -> str:
    """The API key from `config.api_key_env`; a placeholder for local endpoints; else a `TeacherError`."""
    env = os.environ if environ is None else environ
    key = env.get(config.api_key_env, "").strip()
    if key:
        return key
    if is_local_url(config.base_url):
        return PLACEHOLDER_API_KEY
    raise TeacherError(
        f"no API key for the teacher at {config.base_url}: set the environment variable "
        f"{config.api_key_env} (teacher_client.api_key_env names it)"
    )
