"""Suite-wide: the longest test modules first, so that with `pytest -n 2` (`make test`) they start at
once and the rest of the suite runs beside them instead of after them."""

from __future__ import annotations

import pytest

#: Modules that run the real pipeline (minutes each), longest first.
FIRST = ("tests/pipeline/test_e2e.py", "tests/pipeline/test_collect.py", "tests/pipeline/test_interrupt.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order: the modules of `FIRST`, in that order, then every other test as collected."""

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return FIRST.index(path) if path in FIRST else len(FIRST)

    items.sort(key=rank)  # stable: the collected order within each rank
