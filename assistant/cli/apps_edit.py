"""`followup apps add` and `apps edit`: records by hand (parsing and output only; the
rules live in :mod:`assistant.app.applications`)."""

from __future__ import annotations

import click

from assistant.cli import output
from assistant.cli.apps import (
    STATUS_CHOICE,
    _as_usage_errors,
    _day,
    _print_change,
    _zone,
)
from assistant.cli.context import emit_json, get_app
from assistant.cli.output import OneLineUsageError, json_option


@click.command("add")
@click.option("--company", required=True, help="The employer, e.g. 'Acme Robotics'.")
@click.option("--role", required=True, help="The job title you applied for.")
@click.option(
    "--applied",
    metavar="DATE",
    help="When you applied: YYYY-MM-DD, an ISO date-time, today or yesterday, in your "
    "time zone (policy.timezone; UTC without a config). Default: now, or the global --now.",
)
@click.option(
    "--contact",
    metavar="ADDR",
    help="A person's email address to follow up with ('Jo Doe <jo@example.org>' works).",
)
@click.option("--contact-name", metavar="NAME", help="The contact's name, for the greeting.")
@click.option("--phone", help="A phone number, for a call reminder.")
@click.option("--url", help="The job posting or application portal (https://...).")
@click.option(
    "--no-follow-up",
    "no_follow_up",
    is_flag=True,
    help="The employer asked not to be followed up: no email will be drafted to them.",
)
@click.option(
    "--no-follow-up-phrase",
    metavar="TEXT",
    help="The words where they asked that (implies --no-follow-up).",
)
@click.option("--note", metavar="TEXT", help="A free note kept with the record.")
@json_option
def add_command(
    company: str,
    role: str,
    applied: str | None,
    contact: str | None,
    contact_name: str | None,
    phone: str | None,
    url: str | None,
    no_follow_up: bool,
    no_follow_up_phrase: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Record an application by hand (one you made on a site, by phone, in person).

    Manual records are first-class: they are planned and followed up like the
    ones found in mail, and a later mail about the same job joins this record.
    """
    from assistant.app import applications

    app = get_app()
    store = app.store
    zone = _zone(strict=applied is not None)
    twins = applications.same_job(store, company, role)
    with _as_usage_errors():
        app_id = applications.add(
            store,
            app.now(),
            company=company,
            role=role,
            applied=applied,
            contact=contact,
            contact_name=contact_name,
            phone=phone,
            url=url,
            no_follow_up=no_follow_up,
            no_follow_up_phrase=no_follow_up_phrase,
            note=note,
            zone=zone,
        )
    if twins and not as_json:
        ids = ", ".join(str(i) for i in twins)
        click.echo(f"note: application {ids} has the same company and role", err=True)
    record = applications.get_record(store, app_id)
    _print_change(
        f"added application {app_id}: {record['company']} — {record['role']} "
        f"(applied {_day(record['applied_at'], zone)})",
        record,
        as_json,
    )


@click.command("edit")
@click.argument("application_id", metavar="ID", type=int)
@click.option("--company", help="Correct the employer's name.")
@click.option("--role", help="Correct the job title.")
@click.option("--status", type=STATUS_CHOICE, help="Set the status by hand.")
@click.option(
    "--contact",
    metavar="ADDR",
    help="Set the person to follow up with. This is how you fix a draft that waits for a "
    "recipient (needs_recipient): it is readdressed to this contact. '' removes the contact.",
)
@click.option("--contact-name", metavar="NAME", help="The contact's name ('' removes it).")
@click.option("--phone", help="A phone number ('' removes it).")
@click.option("--url", help="The posting or portal address ('' removes it).")
@click.option(
    "--applied",
    metavar="DATE",
    help="When you applied (YYYY-MM-DD or ISO, in your policy.timezone; UTC without a config).",
)
@click.option(
    "--no-follow-up/--follow-up-ok",
    "no_follow_up",
    default=None,
    help="Mark that the employer asked not to be followed up, or lift that mark.",
)
@click.option(
    "--no-follow-up-phrase",
    metavar="TEXT",
    help="The words where they asked not to be followed up (implies --no-follow-up).",
)
@click.option("--note", metavar="TEXT", help="Replace the free note ('' removes it).")
@json_option
def edit_command(
    application_id: int,
    company: str | None,
    role: str | None,
    status: str | None,
    contact: str | None,
    contact_name: str | None,
    phone: str | None,
    url: str | None,
    applied: str | None,
    no_follow_up: bool | None,
    no_follow_up_phrase: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Change a record by hand; each change is kept as evidence.

    Example: `followup apps edit 3 --contact 'Jo Doe <jo@example.org>'` gives
    application 3 a person to write to, so its follow-up can be sent.
    """
    from assistant.app import applications, composing

    given = (company, role, status, contact, contact_name, phone, url, applied, no_follow_up)
    if all(v is None for v in (*given, no_follow_up_phrase, note)):
        raise OneLineUsageError("nothing to change: give at least one option (see --help)")
    app = get_app()
    zone = _zone(strict=applied is not None)
    with _as_usage_errors():
        result = applications.edit(
            app.store,
            app.now(),
            application_id,
            company=company,
            role=role,
            status=status,
            contact=contact,
            contact_name=contact_name,
            phone=phone,
            url=url,
            applied=applied,
            no_follow_up=no_follow_up,
            no_follow_up_phrase=no_follow_up_phrase,
            note=note,
            zone=zone,
        )
    if contact:  # the drafts follow the new contact: recipient, greeting, reason (drafts)
        redrafted = composing.redraft_for_contact(
            app.store, app.optional_settings(), application_id, app.now()
        )
        result.drafts_readdressed = sorted({*result.drafts_readdressed, *redrafted})
    record = applications.get_record(app.store, application_id)
    if as_json:
        emit_json(
            {
                **record,
                "changes": result.changes,
                "drafts_readdressed": result.drafts_readdressed,
                "drafts_discarded": result.drafts_discarded,
            }
        )
        return
    if not result.changes:
        click.echo(f"application {application_id}: nothing changed")
        return
    output.echo(f"application {application_id}: " + "; ".join(result.changes))
    if result.drafts_readdressed:
        ids = ", ".join(str(i) for i in result.drafts_readdressed)
        output.echo(f"draft {ids} now addressed to {record['contact']} and waiting for approval")
    if result.drafts_discarded:
        ids = ", ".join(str(i) for i in result.drafts_discarded)
        click.echo(f"draft {ids} discarded (the application is {record['status']})")


def register(group: click.Group) -> None:
    group.add_command(add_command)
    group.add_command(edit_command)
