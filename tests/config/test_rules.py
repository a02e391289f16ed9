"""The shared validator: each rule accepts what it documents and rejects the rest with 'expected ...'."""

from __future__ import annotations

import pytest

from pdistill.config.rules import Bool, Choice, Either, Int, Invalid, Maybe, Num, Seq, Table, Text


@pytest.mark.parametrize(
    ("rule", "good", "bad"),
    [
        (Int(1), [1, 7], [0, -1, 1.5, "2", True, None]),
        (Int(1, also=(-1,)), [-1, 1, 9], [0, -2, "x"]),
        (Num(0, low_open=True), [0.5, 2, "2e-4"], [0, -1, "two", True, float("nan"), None]),
        (Num(0, 1, high_open=True), [0, 0.99], [1, 1.5, -0.1]),
        (Choice("drop", "error"), ["drop", "error"], ["dorp", "", None, 1]),
        (Choice("auto", True, False), ["auto", True, False], ["true", 1, 0, None]),
        (Bool(), [True, False], ["yes", 1, 0, None]),
        (Text(), ["x"], ["", "  ", 3, None]),
        (Maybe(Int(1)), [None, 3], [0, "all"]),
        (Either(Seq(Int(1)), Int(1)), [1, [1, 5]], [[], [0], "1", [1, 1]]),
        (Seq(Choice("a", "b")), [["a"], ("a", "b")], [[], ["c"], "a", ["a", "a"]]),
    ],
)
def test_rules_accept_and_reject(rule, good, bad):
    for value in good:
        rule(value)
    for value in bad:
        with pytest.raises(Invalid, match="expected"):
            rule(value)


def test_numbers_are_normalised():
    assert Num(0)("2e-4") == 2e-4 and isinstance(Num(0)(3), float)
    assert Seq(Int(1))([1, 5]) == (1, 5)


def test_price_table():
    table = Table("prompt_usd_per_1m", "completion_usd_per_1m")
    assert table({"m": {"prompt_usd_per_1m": 1, "completion_usd_per_1m": 2}}) == {
        "m": {"prompt_usd_per_1m": 1.0, "completion_usd_per_1m": 2.0}
    }
    for bad in (
        {"m": {"prompt_usd_per_1m": 1}},
        {"m": {"prompt_usd_per_1m": -1, "completion_usd_per_1m": 0}},
        [],
    ):
        with pytest.raises(Invalid):
            table(bad)
