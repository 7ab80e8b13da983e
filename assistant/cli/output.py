"""What the CLI prints: one place that keeps mail's escape codes off the terminal.

Subjects, display names, company names and bodies come from mail, which is
hostile input (``core.safe_text``). Every command that shows them prints through
this module: :func:`console` gives a rich Console whose every printed segment is
cleaned (rich's own styling is added after, so colours still work), :func:`text`
makes plain (never markup) rich text from a cleaned value, and :func:`echo` is
``click.echo`` for a cleaned line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import IO, Any

import click

from assistant.app.showing import for_terminal

__all__ = ["Misuse", "OneLineUsageError", "clean", "console", "echo", "json_option", "text"]

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


class OneLineUsageError(click.UsageError):
    """A misused command: one line on stderr, exit 2."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"followup: error: {self.format_message()}", err=True)


class Misuse(click.BadParameter):
    """A bad option value: one line on stderr, exit 2 (no usage block)."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"followup: error: {self.format_message()}", err=True)


def clean(value: Any) -> str:
    """``str(value)`` as it may be shown: no escape sequences, controls or bidi controls."""
    return for_terminal("" if value is None else str(value))


def echo(message: Any = "", *, err: bool = False) -> None:
    click.echo(clean(message), err=err)


def error(message: Any) -> None:
    """``followup: error: ...`` on stderr, one cleaned line (an address from mail may be in it)."""
    click.echo(f"followup: error: {for_terminal(str(message), multiline=False)}", err=True)


def text(value: Any, style: str = "") -> Any:
    """Plain text for rich (never markup: subjects and company names may hold brackets);
    a dim dash for nothing."""
    from rich.text import Text

    if value is None or value == "":
        return Text("—", style="dim")
    return Text(clean(value), style=style)


def console(*, piped_width: int | None = 120, soft_wrap: bool = False) -> Any:
    """A rich Console on stdout that cleans everything it prints.

    Piped output is not cut to 80 columns (``piped_width``; None: rich's default):
    lines stay whole for grep and less.
    """
    from rich.console import Console

    wide = piped_width and not sys.stdout.isatty() and "COLUMNS" not in os.environ
    out = Console(
        file=sys.stdout,
        highlight=False,
        soft_wrap=soft_wrap,
        width=piped_width if wide else None,
    )
    out.push_render_hook(_clean_hook())
    return out


def _clean_hook() -> Any:
    """A rich render hook that prints each renderable through :class:`_Cleaned`."""
    from rich.console import RenderHook

    class CleanHook(RenderHook):
        def process_renderables(self, renderables: list[Any]) -> list[Any]:
            return [_Cleaned(renderable) for renderable in renderables]

    return CleanHook()


class _Cleaned:
    """Renders its renderable, then removes controls from the text of every segment.

    The last line of defence, whatever a command put in a table or panel: a value
    cleaned before layout keeps the columns aligned, this keeps the terminal safe.
    """

    def __init__(self, renderable: Any) -> None:
        self.renderable = renderable

    def __rich_console__(self, out: Any, options: Any) -> Iterable[Any]:
        from rich.segment import Segment

        for segment in out.render(self.renderable, options):
            if segment.control or segment.text == "\n":
                yield segment
            else:
                yield Segment(for_terminal(segment.text), segment.style, segment.control)
