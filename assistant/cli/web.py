"""`followup web`: serve the local web page (pipeline, review, insights)."""

from __future__ import annotations

import click

from assistant.cli.context import get_app
from assistant.cli.output import OneLineUsageError


@click.command("web")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but this computer's loopback prints a warning.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
def command(host: str, port: int, no_browser: bool) -> None:
    """Serve the local web page: the pipeline, the review queue and insights.

    The first line printed is the address to open; it holds a secret made for
    this start (the page swaps it for a cookie). Every change goes through the
    same checks as the CLI, and "Send approved" is `followup send`. The page
    loads nothing from other sites and works offline.
    """
    from assistant.web.server import serve

    if not host.strip():
        raise OneLineUsageError("--host is empty")
    serve(get_app(), host=host, port=port, open_browser=not no_browser)
