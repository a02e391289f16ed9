"""The one validator of params values: small rules that check a value and return it normalised.

Each field of a params section (`pdistill.config.sections`) carries a rule in its metadata; `check_section`
applies them, so every key of every section is checked the same way, with one error format:

    params.yaml: refine.validation_runs: expected an integer >= 1, got 'two'
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from typing import Any

from pdistill.io import PdistillError


class ConfigError(PdistillError):
    """A bad params value, unknown key or section; the message names the file and the dotted key."""


class Invalid(ValueError):
    """Raised by a rule; `check_section` turns it into a `ConfigError` naming file and key."""


class Rule:
    """Checks one value; `__call__` returns the value normalised (int/float/tuple) or raises `Invalid`."""

    what = "a value"

    def __call__(self, value: Any) -> Any:
        raise NotImplementedError

    def fail(self, value: Any) -> Invalid:
        """The error for `value`."""
        return Invalid(f"expected {self.what}, got {value!r}")


def _bounds(low: float | None, high: float | None, low_open: bool, high_open: bool) -> str:
    parts = []
    if low is not None:
        parts.append(f"{'>' if low_open else '>='} {low:g}")
    if high is not None:
        parts.append(f"{'<' if high_open else '<='} {high:g}")
    return " and ".join(parts)


class Int(Rule):
    """An integer (not a bool) within bounds; `also` lists extra accepted values such as -1."""

    def __init__(self, low: int | None = None, high: int | None = None, also: tuple[int, ...] = ()) -> None:
        self.low, self.high, self.also = low, high, also
        bounds = _bounds(low, high, False, False)
        self.what = "an integer" + (f" {bounds}" if bounds else "") + "".join(f" or {a}" for a in also)

    def __call__(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(value)
        if value in self.also:
            return value
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            raise self.fail(value)
        return value


class Num(Rule):
    """A number within bounds, stored as float. A numeric string ("2e-4": YAML 1.1 reads some
    exponent forms as strings) is accepted."""

    def __init__(
        self,
        low: float | None = None,
        high: float | None = None,
        *,
        low_open: bool = False,
        high_open: bool = False,
    ) -> None:
        self.low, self.high, self.low_open, self.high_open = low, high, low_open, high_open
        bounds = _bounds(low, high, low_open, high_open)
        self.what = "a number" + (f" {bounds}" if bounds else "")

    def __call__(self, value: Any) -> float:
        number = value
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                raise self.fail(value) from None
        if isinstance(number, bool) or not isinstance(number, int | float) or number != number:
            raise self.fail(value)
        low, high = self.low, self.high
        if low is not None and (number <= low if self.low_open else number < low):
            raise self.fail(value)
        if high is not None and (number >= high if self.high_open else number > high):
            raise self.fail(value)
        return float(number)


class Choice(Rule):
    """One of a fixed set of values (compared with ==; bools and strings kept apart)."""

    def __init__(self, *values: Any) -> None:
        self.values = values
        self.what = "one of " + ", ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in values)

    def __call__(self, value: Any) -> Any:
        for v in self.values:
            if type(v) is type(value) and v == value:
                return value
        raise self.fail(value)


class Text(Rule):
    """A non-empty string."""

    what = "a non-empty string"

    def __call__(self, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(value)
        return value


class Bool(Choice):
    """true or false."""

    def __init__(self) -> None:
        super().__init__(True, False)


class Maybe(Rule):
    """null, or a value the inner rule accepts."""

    def __init__(self, inner: Rule) -> None:
        self.inner = inner
        self.what = f"{inner.what}, or null"

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self.inner(value)
        except Invalid:
            raise self.fail(value) from None


class Either(Rule):
    """A value the first rule accepts, else one the second accepts."""

    def __init__(self, first: Rule, second: Rule) -> None:
        self.first, self.second = first, second
        self.what = f"{first.what}, or {second.what}"

    def __call__(self, value: Any) -> Any:
        for rule in (self.first, self.second):
            try:
                return rule(value)
            except Invalid:
                pass
        raise self.fail(value)


class Seq(Rule):
    """A non-empty list of values the inner rule accepts, stored as a tuple; `unique` forbids repeats."""

    def __init__(self, inner: Rule, *, unique: bool = True) -> None:
        self.inner, self.unique = inner, unique
        self.what = f"a non-empty list of {inner.what.removeprefix('a ').removeprefix('an ')}"
        self.what += " values" if isinstance(inner, Choice) else ""

    def __call__(self, value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple) or not value:
            raise self.fail(value)
        try:
            items = tuple(self.inner(v) for v in value)
        except Invalid:
            raise self.fail(value) from None
        if self.unique and len(set(items)) != len(items):
            raise Invalid(f"expected no repeated entries, got {list(value)!r}")
        return items


class Table(Rule):
    """A mapping of names to mappings whose keys are exactly `keys`, each value a number >= 0."""

    def __init__(self, *keys: str) -> None:
        self.keys = keys
        self.what = f"a mapping of name -> {{{', '.join(keys)}}} (numbers >= 0)"

    def __call__(self, value: Any) -> dict[str, dict[str, float]]:
        if not isinstance(value, Mapping):
            raise self.fail(value)
        out = {}
        for name, entry in value.items():
            if not isinstance(entry, Mapping) or set(entry) != set(self.keys):
                raise Invalid(f"{name}: expected exactly the keys {', '.join(self.keys)}, got {entry!r}")
            try:
                out[str(name)] = {k: Num(0)(entry[k]) for k in self.keys}
            except Invalid:
                raise Invalid(f"{name}: expected numbers >= 0, got {dict(entry)!r}") from None
        return out


class RoundChain(Rule):
    """Multi-round PERsD: a mapping `round<k>: <start>` whose names are round2, round3, ... in order, the
    first starting from `first`, each later one from the round before it."""

    def __init__(self, first: str) -> None:
        self.first = first
        self.what = f"a mapping like {{round2: {first}, round3: round2}} (or {{}})"

    def __call__(self, value: Any) -> dict[str, str]:
        if not isinstance(value, Mapping):
            raise self.fail(value)
        out, start = {}, self.first
        for k, (name, given) in enumerate(value.items(), start=2):
            if name != f"round{k}":
                raise Invalid(f"{name}: expected the name round{k} (rounds are round2, round3, ... in order)")
            if given != start:
                raise Invalid(f"{name}: expected {start} (the model round{k} starts from), got {given!r}")
            out[name], start = given, name
        return out


def rule(default: Any, check: Rule) -> Any:
    """A dataclass field with its default (equal to params.yaml's value) and its rule."""
    if isinstance(default, list | dict):
        return dataclasses.field(default_factory=lambda: default, metadata={"rule": check})
    return dataclasses.field(default=default, metadata={"rule": check})


def unknown_key(known: list[str], key: str, where: str) -> str:
    """'<where>.<key>: unknown setting; did you mean ...?' (or the known keys when nothing is close)."""
    close = difflib.get_close_matches(key, known, n=1)
    prefix = f"{where}." if where else ""
    hint = f"did you mean '{prefix}{close[0]}'?" if close else f"known: {', '.join(known)}"
    return f"{where}.{key}: unknown setting; {hint}" if where else f"{key}: unknown section; {hint}"


def check_section(cls: type, values: Any, name: str, path: str) -> Any:
    """Build the frozen dataclass `cls` (a params section) from a mapping: unknown keys, wrong types and
    out-of-range values are a `ConfigError` naming `path` and `name.key`; missing keys take defaults."""
    if values is None:
        values = {}
    if not isinstance(values, Mapping):
        raise ConfigError(f"{path}: {name}: expected a mapping of settings, got {values!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in values:
        if str(key) not in fields:
            raise ConfigError(f"{path}: {unknown_key(list(fields), str(key), name)}")
    checked = {}
    for key, f in fields.items():
        if key not in values:
            continue
        try:
            checked[key] = f.metadata["rule"](values[key])
        except Invalid as exc:
            raise ConfigError(f"{path}: {name}.{key}: {exc}") from None
    section = cls(**checked)
    try:
        section.check()
    except Invalid as exc:
        raise ConfigError(f"{path}: {name}.{exc}") from None
    return section
