"""`pdistill.io`: strict JSONL reading, atomic deterministic writing (on top of `jsonlines`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pdistill.io import DataError, dumps, iter_jsonl, read_jsonl, write_json, write_jsonl

RECORDS = [
    {"b": 1, "a": [1, 2.5, {"z": None, "y": "é ü\u2028"}]},
    {},
    {"code": "def f():\n\treturn '\\\\'\r\n", "emoji": "😀", "ok": True},
]


def test_write_jsonl_bytes_are_the_fixed_format(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    assert write_jsonl(path, RECORDS) == 3
    expected = "".join(
        json.dumps(r, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n" for r in RECORDS
    )
    assert path.read_bytes() == expected.encode("utf-8")
    assert path.read_bytes().splitlines()[0] == '{"a":[1,2.5,{"y":"é ü\u2028","z":null}],"b":1}'.encode()
    assert path.read_bytes().split(b"\n") == [dumps(r).encode() for r in RECORDS] + [b""]


def test_round_trip_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rt.jsonl"
    write_jsonl(path, iter(RECORDS))
    assert read_jsonl(path) == RECORDS
    assert [n for n, _ in iter_jsonl(path)] == [1, 2, 3]


def test_blank_lines_are_skipped_and_do_not_shift_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('\n{"a": 1}\n   \n\t\r\n{"b": 2}\r\n\n', encoding="utf-8")
    assert list(iter_jsonl(path)) == [(2, {"a": 1}), (5, {"b": 2})]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ('{"a": 1}\n\n\n{"b": }\n', 4, "malformed JSON (Expecting value at column 7)"),
        ('\n\n{"a": 1} {"b": 2}\n', 3, "malformed JSON (Extra data at column 10)"),
        ('{"a": 1}\n\n[1, 2]\n', 3, "expected a JSON object, got list"),
        ("\n\nnull\n", 3, "expected a JSON object, got NoneType"),
        ('\n"text"\n', 2, "expected a JSON object, got str"),
        # jsonlines itself would drop a leading BOM / record separator; reading stays strict about them
        ('{"a": 1}\n\ufeff{"b": 2}\n', 2, "malformed JSON (Unexpected UTF-8 BOM (decode using utf-8-sig)"),
        ('\n\x1e{"b": 2}\n', 2, "malformed JSON (Expecting value at column 1)"),
    ],
)
def test_bad_lines_name_the_file_and_line(tmp_path: Path, text: str, where: int, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_jsonl(path)
    assert str(info.value).startswith(f"{path}:{where}: {message}")
    assert (info.value.path, info.value.line) == (str(path), where)


def test_records_before_a_bad_line_are_yielded_first(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\n{oops\n', encoding="utf-8")
    seen = iter_jsonl(path)
    assert next(seen) == (1, {"a": 1})
    with pytest.raises(DataError, match=r"bad\.jsonl:2: malformed JSON"):
        next(seen)


def test_a_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"nowhere\.jsonl: file not found$") as info:
        read_jsonl(tmp_path / "nowhere.jsonl")
    assert info.value.line is None
    with pytest.raises(DataError, match="file not found"):
        read_jsonl(tmp_path)  # a folder is not a JSONL file


def _failing(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from records
    raise RuntimeError("boom")


def test_nothing_is_written_when_the_records_fail_midway(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.jsonl"
    with pytest.raises(RuntimeError, match="boom"):
        write_jsonl(fresh, _failing(RECORDS))
    assert list(tmp_path.iterdir()) == []

    kept = tmp_path / "kept.jsonl"
    write_jsonl(kept, RECORDS[:1])
    before = kept.read_bytes()
    with pytest.raises(TypeError):
        write_jsonl(kept, [RECORDS[1], {"bad": object()}])  # not JSON-serialisable
    assert kept.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["kept.jsonl"]


def test_write_jsonl_creates_parent_folders_and_handles_no_records(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "empty.jsonl"
    assert write_jsonl(path, []) == 0
    assert path.read_bytes() == b"" and read_jsonl(path) == []


def test_write_json_is_deterministic_and_indented(tmp_path: Path) -> None:
    write_json(tmp_path / "m.json", {"b": 1, "a": "é"})
    assert (tmp_path / "m.json").read_bytes() == '{\n  "a": "é",\n  "b": 1\n}\n'.encode()
