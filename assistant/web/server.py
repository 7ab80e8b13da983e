"""Serving the page: bind the socket, print the address with its secret, run uvicorn."""

from __future__ import annotations

import ipaddress
import signal
import socket
import sys
import webbrowser

import click
import uvicorn

from assistant.errors import FollowupError
from assistant.web.app import Context, create_app
from assistant.web.security import Keys


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
    app: Context,
    *,
    host: str,
    port: int,
    open_browser: bool,
    banner: str | None = None,
    dry_run_send: bool = False,
) -> None:
    """Bind, print the address with its secret (first line of stdout), open it, serve."""
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
    # uvicorn shuts down on SIGINT/SIGTERM, then raises the signal again: ours ends the
    # command normally, so the callers' cleanup (the demo's temporary home) runs
    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.run(sockets=[sock])
    except _Stopped:
        pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        sock.close()
    click.echo("Stopped.", err=True)


class _Stopped(Exception):
    """SIGINT or SIGTERM after the server shut down."""


def _stop(number: int, frame: object) -> None:
    raise _Stopped
