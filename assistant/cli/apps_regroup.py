"""`followup apps merge|split|attach`: put mail where it belongs (parsing and output only;
the rules live in :mod:`assistant.app.regrouping`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from assistant.cli.context import emit_json, get_app
from assistant.cli.output import json_option

if TYPE_CHECKING:
    from assistant.app.regrouping import Regrouped


def _done(result: Regrouped, as_json: bool) -> None:
    if as_json:
        emit_json(result.as_dict())
    else:
        click.echo(result.what)


@click.command("merge")
@click.argument("keep_id", metavar="A", type=int)
@click.argument("other_id", metavar="B", type=int)
@click.option("--force", is_flag=True, help="Merge even when the employers differ.")
@json_option
def merge_command(keep_id: int, other_id: int, force: bool, as_json: bool) -> None:
    """Merge application B into A: its mail, evidence and drafts move to A, B is removed.

    Status, do-not-follow-up and the next step of A are worked out again at once.
    Applications of two different employers need --force.
    """
    from assistant.app import regrouping

    app = get_app()
    result = regrouping.merge(
        app.store, keep_id, other_id, app.now(), force=force, settings=app.optional_settings()
    )
    _done(result, as_json)


@click.command("split")
@click.argument("application_id", metavar="A", type=int)
@click.option("--message", "message_id", required=True, metavar="ID", help="Its Message-ID.")
@json_option
def split_command(application_id: int, message_id: str, as_json: bool) -> None:
    """Take one message out of application A into a new application of its own.

    `apps show A` lists the Message-ID of each message. Both applications are
    worked out again at once.
    """
    from assistant.app import regrouping

    app = get_app()
    result = regrouping.split(
        app.store, application_id, message_id, app.now(), settings=app.optional_settings()
    )
    _done(result, as_json)


@click.command("attach")
@click.argument("application_id", metavar="A", type=int)
@click.option("--message", "message_id", required=True, metavar="ID", help="Its Message-ID.")
@json_option
def attach_command(application_id: int, message_id: str, as_json: bool) -> None:
    """Say that a message belongs to application A (one the scan was unsure about).

    When an employer has several applications and a message names none of them,
    the scan attaches it to none and says so in `apps show`; this settles it.
    """
    from assistant.app import regrouping

    app = get_app()
    result = regrouping.attach(
        app.store, application_id, message_id, app.now(), settings=app.optional_settings()
    )
    _done(result, as_json)


def register(group: click.Group) -> None:
    for command in (merge_command, split_command, attach_command):
        group.add_command(command)
