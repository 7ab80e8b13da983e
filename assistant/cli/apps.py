"""`followup apps`: list, show, add, edit and close application records.

Argument parsing and output only; the rules live in :mod:`assistant.app.applications`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from typing import Any

import click

from assistant.app.applications import statuses
from assistant.cli import output
from assistant.cli.context import emit_json, get_app
from assistant.cli.output import Misuse, OneLineUsageError, json_option

STATUS_CHOICE = click.Choice(list(statuses()), case_sensitive=False)
SORT_CHOICES = ("due", "applied", "company", "status", "id")


@contextmanager
def _as_usage_errors() -> Iterator[None]:
    """Turn the library's InvalidValue into a one-line usage error (exit 2)."""
    from assistant.app.applications import InvalidValue

    try:
        yield
    except InvalidValue as exc:
        raise Misuse(exc.message, param_hint=f"--{exc.field}") from None


def _console() -> Any:
    return output.console(piped_width=160)


def _text(value: Any, style: str = "") -> Any:
    """Plain text for rich, cleaned (the words come from mail)."""
    return output.text(value, style)


def _zone(*, strict: bool = False) -> tzinfo:
    return get_app().zone(strict=strict)


def _local(iso: str | None, zone: tzinfo) -> datetime | None:
    """A stored time (UTC, ISO 8601) in the user's zone."""
    if not iso:
        return None
    value = datetime.fromisoformat(iso)
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(zone)


def _day(iso: str | None, zone: tzinfo = UTC) -> str | None:
    value = _local(iso, zone)
    return value.date().isoformat() if value else None


def _minute(iso: str | None, zone: tzinfo = UTC) -> str | None:
    value = _local(iso, zone)
    return value.strftime("%Y-%m-%d %H:%M") if value else None


def _flag() -> str:
    utf = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").startswith("utf")
    return "⚑ no follow-up" if utf else "no follow-up"


def _next_action(record: dict[str, Any], zone: tzinfo = UTC) -> str | None:
    """The planner's decision in a few words: 'email due 2026-03-19', 'call from ...'."""
    action, channel = record["next_action"], record["next_action_channel"]
    due = _day(record["next_action_at"], zone)
    if not action:
        return None
    if action == "wait" and channel:
        return f"{channel} from {due}" if due else f"wait ({channel})"
    if due and action != "none":
        return f"{action} due {due}"
    return action


# -- the group: `apps` alone lists ------------------------------------------------------

_status_option = click.option(
    "--status",
    "statuses",
    type=STATUS_CHOICE,
    multiple=True,
    help="Only records with this status (repeatable). Naming closed/withdrawn shows them.",
)
_all_option = click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Include closed and withdrawn records (hidden by default).",
)
_sort_option = click.option(
    "--sort",
    type=click.Choice(SORT_CHOICES),
    default="due",
    show_default=True,
    help="Order: due (open first, next action soonest), applied (newest first), "
    "company, status, id.",
)


@click.group("apps", invoke_without_command=True)
@_status_option
@_all_option
@_sort_option
@json_option
@click.pass_context
def command(
    ctx: click.Context, statuses: tuple[str, ...], show_all: bool, sort: str, as_json: bool
) -> None:
    """List, show, add, edit or close application records.

    Without a subcommand this is `apps list` (the options above apply to it).
    Records come from your mail (`followup scan`) or are added by hand; every
    change, whoever made it, is kept as evidence that `apps show ID` explains.
    """
    if ctx.invoked_subcommand is None:
        _list(statuses, show_all, sort, as_json)


@command.command("list")
@_status_option
@_all_option
@_sort_option
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV for a spreadsheet (RFC 4180).")
def list_command(
    statuses: tuple[str, ...], show_all: bool, sort: str, as_json: bool, as_csv: bool
) -> None:
    """Show the applications as a table (or a JSON array with --json, CSV with --csv).

    Closed and withdrawn records are hidden unless you give --all or name their
    status with --status. The next action comes from the last `followup plan`.
    In CSV, a cell a spreadsheet would take for a formula starts with a quote.
    """
    if as_json and as_csv:
        raise OneLineUsageError("give --json or --csv, not both")
    if as_csv:
        from assistant.app import applications, export

        with _as_usage_errors():
            records = applications.list_records(
                get_app().store, statuses=statuses, include_closed=show_all, sort=sort
            )
        sys.stdout.write(export.applications_csv(records))
        return
    _list(statuses, show_all, sort, as_json)


def _list(statuses: tuple[str, ...], show_all: bool, sort: str, as_json: bool) -> None:
    from assistant.app import applications

    store = get_app().store
    with _as_usage_errors():
        records = applications.list_records(
            store, statuses=statuses, include_closed=show_all, sort=sort
        )
    if as_json:
        emit_json(records)
        return
    hidden = 0 if (show_all or statuses) else applications.hidden_count(store)
    console = _console()
    if not records:
        if statuses:
            console.print(f"No applications with status {', '.join(statuses)}.")
        else:
            console.print(
                "No applications yet: `followup scan` finds them in your mail, "
                "`followup apps add --company C --role R` records one by hand."
            )
    else:
        console.print(_table(records, _zone()))
    if hidden:
        console.print(_text(f"{hidden} closed or withdrawn not shown (--all shows them).", "dim"))


def _table(records: list[dict[str, Any]], zone: tzinfo = UTC) -> Any:
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("company", overflow="fold")
    table.add_column("role", overflow="fold")
    table.add_column("status", no_wrap=True)
    table.add_column("applied", no_wrap=True)
    table.add_column("next action", overflow="fold")
    table.add_column("contact", overflow="fold")
    table.add_column("", no_wrap=True)
    styles = {
        "replied": "green",
        "interviewing": "bold green",
        "offer": "bold magenta",
        "rejected": "red",
        "withdrawn": "dim",
        "closed": "dim",
    }
    for r in records:
        table.add_row(
            _text(r["id"]),
            _text(r["company"]),
            _text(r["role"] or "role not stated", "" if r["role"] else "dim"),
            _text(r["status"], styles.get(r["status"], "")),
            _text(_day(r["applied_at"], zone)),
            _text(_next_action(r, zone)),
            _text(r["contact_email"]),
            _text(_flag(), "yellow") if r["no_follow_up"] else _text(" "),
        )
    return table


# -- show ---------------------------------------------------------------------------------


@command.command("show")
@click.argument("application_id", metavar="ID", type=int)
@json_option
def show_command(application_id: int, as_json: bool) -> None:
    """Everything about one application: fields, next action and why, history,
    where each message is (folder, UID, Message-ID), drafts and follow-ups."""
    from assistant.app import applications

    detail = applications.get_detail(get_app().store, application_id)
    if as_json:
        emit_json(detail)
        return
    _print_detail(detail, _zone())


def _kind_words(message: dict[str, Any]) -> str:
    """The kind, with its confidence when it is a guess ("rejection? 0.45")."""
    if message.get("unsure"):
        return f"{message['kind']}? {message['confidence']:.2f}"
    return str(message["kind"])


def _print_detail(d: dict[str, Any], zone: tzinfo = UTC) -> None:
    from rich.table import Table

    console = _console()
    title = f"Application {d['id']}: {d['company'] or '?'} — {d['role'] or 'role not stated'}"
    console.print(_text(title, "bold"))
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="dim", no_wrap=True)
    fields.add_column(overflow="fold")
    window = d["response_window"]
    rows: list[tuple[str, Any]] = [
        ("status", d["status"]),
        ("applied", _minute(d["applied_at"], zone)),
        ("source", d["source"]),
        ("ATS", d["ats"]),
        ("requisition", d["requisition_id"]),
        ("contact", d["contact"]),
        ("recruiter", d["recruiter_name"]),
        ("phone", d["phone"]),
        ("url", d["url"]),
        (
            "no follow-up",
            f"yes: {d['no_follow_up_phrase']!r}"
            if d["no_follow_up_phrase"]
            else ("yes" if d["no_follow_up"] else "no"),
        ),
        ("response window", window["phrase"] if window else None),
        ("thread", d["thread_subject"]),
        ("last activity", _minute(d["last_activity_at"], zone)),
        ("snoozed until", _minute(d["snoozed_until"], zone)),
        ("notes", d["notes"]),
        ("created", _minute(d["created_at"], zone)),
        ("updated", _minute(d["updated_at"], zone)),
    ]
    for label, value in rows:
        fields.add_row(label, _text(value))
    console.print(fields)

    console.print()
    for unread in d.get("unread", []):  # it drafts nothing until the user has read these
        console.print(_text(f"Unread message {unread} (`followup scan --failures`)", "bold red"))
    decision = d["decision"]
    if decision:
        line = decision["action"]
        if decision["channel"] and decision["channel"] not in line:
            line += f" ({decision['channel']})"
        if decision["due_at"]:
            line += f", due {_minute(decision['due_at'], zone)}"
        console.print(_text(f"Next: {line}", "bold"))
        console.print(_text(f"  why: {decision['reason']}"))
    else:
        console.print(_text("Next: not planned yet (run `followup plan`).", "bold"))
    if d.get("unsure"):
        u = d["unsure"]
        console.print(
            _text(
                f"Unsure: {u['message_id']} looks like {u['kind']} "
                f"(confidence {u['confidence']:.2f}), because:",
                "bold",
            )
        )
        for reason in u["reasons"]:
            console.print(_text(f"  - {reason}"))
        console.print(_text(f"  `followup correct {u['message_id']} --confirm` or `--kind KIND`"))

    _table_section(
        console,
        "History",
        ("date", "kind", "reason", "Message-ID"),
        [(_minute(e["at"], zone), e["kind"], e["reason"], e["message_id"]) for e in d["evidence"]],
    )
    _table_section(
        console,
        "Messages",
        ("date", "kind", "subject", "folder", "UID", "Message-ID"),
        [
            (
                _minute(m["date"], zone) if i == 0 else "",
                _kind_words(m) if i == 0 else "",
                m["subject"] if i == 0 else "",
                place["folder"],
                place["uid"],
                m["message_id"],
            )
            for m in d["messages"]
            for i, place in enumerate(m["locations"] or [{"folder": None, "uid": None}])
        ],
        empty="  (none linked)",
    )
    _table_section(
        console,
        "Drafts",
        ("id", "channel", "status", "to", "subject"),
        [(dr["id"], dr["channel"], dr["status"], dr["to"], dr["subject"]) for dr in d["drafts"]],
    )

    console.print()
    console.print(_text("Follow-ups", "bold"))
    if d["follow_ups"]:
        for f in d["follow_ups"]:
            console.print(
                _text(
                    f"  {_minute(f['at'], zone)}  {f['source']}  {f['message_id'] or ''}".rstrip()
                )
            )
    else:
        console.print(_text("  (none yet)", "dim"))


def _table_section(
    console: Any,
    title: str,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    empty: str = "  (none)",
) -> None:
    """A titled table of ``apps show`` (dates and UIDs kept on one line), or ``empty``."""
    from rich.table import Table

    console.print()
    console.print(_text(title, "bold"))
    if not rows:
        console.print(_text(empty, "dim"))
        return
    table = Table(show_edge=False, pad_edge=False, header_style="dim")
    for name in columns:
        table.add_column(name, overflow="fold", no_wrap=name in ("date", "UID"))
    for row in rows:
        table.add_row(*(_text(value) for value in row))
    console.print(table)


# -- add / edit / close ------------------------------------------------------------------


def _print_change(message: str, record: dict[str, Any], as_json: bool) -> None:
    if as_json:
        emit_json(record)
    else:
        click.echo(message)


@command.command("close")
@click.argument("application_id", metavar="ID", type=int)
@click.option("--reason", metavar="TEXT", help="Why, kept as evidence (e.g. 'took another offer').")
@click.option(
    "--withdrawn", is_flag=True, help="You withdrew (status withdrawn instead of closed)."
)
@json_option
def close_command(application_id: int, reason: str | None, withdrawn: bool, as_json: bool) -> None:
    """Close an application (or mark it withdrawn): no more follow-ups for it.

    Its drafts not yet sent are discarded. Closed records are hidden from
    `apps list` unless --all; a later reply from the employer reopens it.
    """
    from assistant.app import applications

    app = get_app()
    with _as_usage_errors():
        result = applications.close(
            app.store, app.now(), application_id, reason=reason, withdrawn=withdrawn
        )
    record = applications.get_record(app.store, application_id)
    if as_json:
        emit_json({**record, "drafts_discarded": result.drafts_discarded})
        return
    if not result.changed:
        click.echo(f"application {application_id} was already {result.status}; nothing changed")
        return
    click.echo(f"application {application_id} {result.status}")
    if result.drafts_discarded:
        ids = ", ".join(str(i) for i in result.drafts_discarded)
        click.echo(f"draft {ids} discarded")


from assistant.cli import apps_edit, apps_regroup  # noqa: E402  (add, edit; merge, split, attach)

apps_edit.register(command)
apps_regroup.register(command)
