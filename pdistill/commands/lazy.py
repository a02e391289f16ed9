"""A click group whose sub-commands are imported only when one of them runs (click's "LazyGroup").

Each lazy sub-command is registered by name with the import path of its click object and its help
text's first paragraph, so that `--help` lists every command with its short help without importing
any of them: `pdistill execute` must not pay for the teacher client (openai) that only other commands
need. `tests/test_cli_lazy.py` checks that every stored help text matches its command's own.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from gettext import gettext as _
from typing import Any, NamedTuple

import click


class LazyCommand(NamedTuple):
    """Where a lazy sub-command lives, and what `--help` says of it before it is imported."""

    import_path: str
    """`"package.module:attribute"` of the click command."""
    short_help: str
    """The first paragraph of the command's help, as its docstring has it."""


class LazyGroup(click.Group):
    """A click group that imports each sub-command listed in `lazy` on first use.

    `lazy` maps a sub-command's name to a `LazyCommand`. Commands added the ordinary way
    (`add_command`, `@group.command`) work as in any group. Loading a lazy command caches it in
    `self.commands`, so it is imported at most once.
    """

    def __init__(self, *args: Any, lazy: Mapping[str, LazyCommand] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, LazyCommand] = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every sub-command's name, loaded or not, sorted."""
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The sub-command `cmd_name`, imported now if it is lazy and not yet loaded."""
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.commands[cmd_name] = self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The "Commands" section of `--help`, as click writes it, without importing lazy commands."""
        rows: list[tuple[str, click.Command]] = []
        for name in self.list_commands(ctx):
            cmd = self.commands.get(name) or self._stand_in(name)
            if not cmd.hidden:
                rows.append((name, cmd))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _cmd in rows)
            with formatter.section(_("Commands")):
                formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in rows])

    def _stand_in(self, name: str) -> click.Command:
        """A help-only command carrying the stored help, shortened by click exactly as the real one."""
        return click.Command(name, help=self.lazy[name].short_help)

    def _load(self, name: str) -> click.Command:
        module_name, attribute = self.lazy[name].import_path.split(":", 1)
        cmd = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(cmd, click.Command):
            raise TypeError(f"{self.lazy[name].import_path} is not a click command")
        return cmd
