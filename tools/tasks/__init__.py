"""Hand-written task sources for `data/tasks/pdistill_tasks.jsonl`, one module per category.

Each module defines `CATEGORY` (the `meta.category` of its tasks) and `TASKS`, a list of `task(...)`
specs, written in file order (ids are `pd/<CATEGORY>/<entry point>`, not positions).
`tools/write_tasks.py` turns them into task records; see `docs/task-set.md`.
"""

CATEGORY_MODULES = (
    "strings",
    "lists",
    "mappings",
    "numbers",
    "parsing",
    "recursion",
    "simulation",
    "structures",
    "algorithms",
)
