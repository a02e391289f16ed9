"""Sample records (the engine's input) and their strict validation."""

from __future__ import annotations

import os
from collections.abc import Container
from typing import Any

from pdistill.io import DataError, iter_jsonl

SAMPLE_FIELDS = {"task_id": str, "sample_id": (int, str), "code": str}


def load_samples(path: str | os.PathLike[str], task_ids: Container[str]) -> list[dict[str, Any]]:
    """Read samples (`task_id`, `sample_id`, `code`, any extra fields kept) in file order.

    A missing or mistyped field, an unknown `task_id` or a repeated `(task_id, sample_id)` is a
    `DataError` naming the file, line and field.
    """
    samples, seen = [], {}
    for line, record in iter_jsonl(path):
        for name, kind in SAMPLE_FIELDS.items():
            if name not in record:
                raise DataError(path, line, f"field {name!r}: missing")
            if not isinstance(record[name], kind) or isinstance(record[name], bool):
                raise DataError(
                    path,
                    line,
                    f"field {name!r}: expected {_kind_name(kind)}, got {type(record[name]).__name__}",
                )
        if record["task_id"] not in task_ids:
            raise DataError(path, line, f"field 'task_id': unknown task {record['task_id']!r}")
        key = (record["task_id"], record["sample_id"])
        if key in seen:
            raise DataError(
                path,
                line,
                f"field 'sample_id': duplicate sample {key[1]!r} of task {key[0]!r} "
                f"(first seen on line {seen[key]})",
            )
        seen[key] = line
        samples.append(record)
    return samples


def _kind_name(kind: Any) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join([{"str": "a string", "int": "an integer"}[k.__name__] for k in kinds])
