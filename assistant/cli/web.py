"""`followup web`: serve the local web page (pipeline, review, insights)."""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import IO, Any

import click

from assistant.cli.context import AppContext, get_app
from assistant.errors import FollowupError


class OneLineUsageError(click.UsageError):
    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"followup: error: {self.format_message()}", err=True)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free one)."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise FollowupError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def serve(
    app: AppContext,
    *,
    host: str,
    port: int,
    open_browser: bool,
    banner: str | None = None,
    dry_run_send: bool = False,
) -> None:
    """Bind, print the address with its secret (first line of stdout), open it, serve."""
    import webbrowser

    import uvicorn

    from assistant.web.app import create_app
    from assistant.web.security import Keys

    if not is_loopback(host):
        click.echo(
            f"followup: warning: listening on {host}, not only on this computer: anyone who "
            "can reach it and has the address below can read your job mail.",
            err=True,
        )
    sock = bind(host, port)
    port = sock.getsockname()[1]
    keys = Keys()
    shown = f"[{host.strip('[]')}]" if ":" in host.strip("[]") else host
    address = f"http://{shown}:{port}/?token={keys.token}"
    click.echo(address)
    if banner:
        click.echo(banner)
    click.echo("Press Ctrl+C to stop.", err=True)
    sys.stdout.flush()
    asgi = create_app(app, keys=keys, host=host, port=port, dry_run_send=dry_run_send)
    if open_browser:
        webbrowser.open(address)
    config = uvicorn.Config(
        asgi,
        log_level="warning",
        access_log=False,  # the first request's address holds the secret
        lifespan="off",
        server_header=False,
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


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
    if not host.strip():
        raise OneLineUsageError("--host is empty")
    serve(get_app(), host=host, port=port, open_browser=not no_browser)
