"""Prompt templates: plain text files under `prompts/`, one per use, filled with `string.Template`.

Templates are files (not Python strings) so that each is a DVC dependency of exactly the stage that uses
it: editing the refinement prompt re-runs refinement and what follows, nothing before it. Placeholders
are `$name` / `${name}`; a `$` meant literally is written `$$`.
"""

from __future__ import annotations

import os
import string
from pathlib import Path

from pdistill.io import PdistillError


def load_template(path: str | os.PathLike[str]) -> string.Template:
    """Read a template file; a missing file is a `PdistillError` naming it."""
    p = Path(path)
    if not p.is_file():
        raise PdistillError(f"{p}: prompt template not found")
    return string.Template(p.read_text(encoding="utf-8"))


def render(template: string.Template, **fields: str) -> str:
    """Fill every placeholder; a placeholder without a value is an error naming it."""
    try:
        return template.substitute(**fields)
    except KeyError as exc:
        raise PdistillError(f"prompt template needs a value for ${exc.args[0]}") from None
    except ValueError as exc:
        raise PdistillError(f"prompt template is malformed: {exc}") from None
