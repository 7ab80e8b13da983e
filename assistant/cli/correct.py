"""`followup correct`: tell followup what a message really is.

Also the part of `followup review` that walks the unsure messages first, one key
each: [y] the guess is right, [c] correct the kind, [n] it asks not to be followed up,
[o] its company, [r] its role, [k] skip, [q] quit.
"""

from __future__ import annotations

from typing import Any

import click

from assistant.app.corrections import KINDS as KIND_CHOICES
from assistant.app.corrections import Outcome
from assistant.cli import output
from assistant.cli.context import emit_json, get_app, optional_settings
from assistant.errors import FollowupError


@click.command("correct")
@click.argument("message_id", metavar="MESSAGE_ID")
@click.option("--kind", type=click.Choice(KIND_CHOICES), help="What the message really is.")
@click.option(
    "--no-follow-up/--follow-up-ok",
    "no_follow_up",
    default=None,
    help="It asks not to be followed up / it does not.",
)
@click.option("--company", help="The employer the message is about.")
@click.option("--role", help="The job title the message is about.")
@click.option("--confirm", is_flag=True, help="The classifier's guess is right.")
@click.option("--json", "as_json", is_flag=True, help="Print what changed as JSON.")
def command(
    message_id: str,
    kind: str | None,
    no_follow_up: bool | None,
    company: str | None,
    role: str | None,
    confirm: bool,
    as_json: bool,
) -> None:
    """Correct (or confirm) how a received message was understood.

    MESSAGE_ID is the Message-ID that `followup apps show ID` lists. The
    application is re-derived at once (status, no-follow-up, company, role, next
    step); rescans keep your word, and later mail like this one is classified
    like it: your corrections train a small local adjustment that never leaves
    this machine.
    """
    from assistant.app import corrections

    if not (kind or confirm or company or role or no_follow_up is not None):
        raise click.UsageError(
            "say what is right: --kind, --no-follow-up/--follow-up-ok, --company, --role "
            "or --confirm"
        )
    if confirm and kind:
        raise click.UsageError("--confirm keeps the guess; --kind replaces it: give one")
    from assistant.app.applications import InvalidValue

    app = get_app()
    try:
        outcome = corrections.correct(
            app.store,
            message_id,
            app.now(),
            kind=kind,
            no_follow_up=no_follow_up,
            company=company,
            role=role,
            confirm=confirm,
            settings=optional_settings(),
        )
    except InvalidValue as exc:
        raise click.BadParameter(str(exc), param_hint=f"--{exc.field}") from None
    if as_json:
        emit_json(outcome.as_dict())
        return
    _print_outcome(outcome)


def _print_outcome(outcome: Outcome) -> None:
    output.echo(f"{outcome.message_id}: {outcome.said}.")
    if outcome.application_id is None:
        click.echo("It belongs to no application; later mail like it learns from it.")
        return
    click.echo(f"Application {outcome.application_id}: {outcome.status_change}.")
    if outcome.next_action:
        output.echo(f"Next: {outcome.next_action} ({outcome.next_reason}).")
    else:
        click.echo("Run `followup plan` for its next step.")
    for draft_id in outcome.restored:
        click.echo(
            f"Draft {draft_id}, discarded because of that message, is back: "
            f"`followup drafts approve {draft_id}` to send it."
        )
    for draft_id in outcome.held:
        click.echo(
            f"Draft {draft_id} is held (mail came after you approved it): `followup drafts "
            f"approve {draft_id}` to send it, or `followup drafts discard {draft_id}`."
        )


# -- review: the unsure messages first ---------------------------------------------------

REVIEW_KEYS = {
    "y": "confirm",
    "c": "correct",
    "n": "no_follow_up",
    "o": "company",
    "r": "role",
    "k": "skip",
    "q": "quit",
}
REVIEW_PROMPT = (
    "[y] the guess is right [c]orrect the kind [n]o follow-up wanted "
    "c[o]mpany [r]ole [k] skip [q]uit"
)


def review_unsure() -> bool:
    """Walk the unsure messages; False when the user quit (review stops there).

    ``y`` / ``c`` settle the message's kind and move on; ``n``, ``o`` and ``r``
    record that it asks not to be followed up, its company or its role, and ask
    again about the same message (its kind is still a guess)."""
    from assistant.app import corrections
    from assistant.app.unsure import unsure

    app = get_app()
    waiting = unsure(app.store)
    for position, item in enumerate(waiting, start=1):
        click.echo(f"[unsure {position}/{len(waiting)}] application {item.application_id}")
        output.echo(f"  From:    {item.sender}")
        output.echo(f"  Subject: {item.subject}")
        output.echo(f"  Message-ID: {item.message_id}")
        click.echo(f"  Looks like {item.kind} (confidence {item.confidence:.2f}), because:")
        for reason in item.reasons:
            output.echo(f"    - {reason}")
        while True:
            key = click.prompt(
                REVIEW_PROMPT, type=click.Choice(list(REVIEW_KEYS)), show_choices=False
            )
            action = REVIEW_KEYS[key]
            if action == "quit":
                return False
            if action == "skip":
                break
            said = _review_word(action)
            try:
                outcome = corrections.correct(
                    app.store, item.message_id, app.now(), settings=optional_settings(), **said
                )
            except FollowupError as exc:  # a company or role that is not one line
                output.error(exc)
                continue
            _print_outcome(outcome)
            if action in ("confirm", "correct"):
                break
    return True


def _review_word(action: str) -> dict[str, Any]:
    """The keyword arguments of :func:`assistant.app.corrections.correct` for one key."""
    if action == "confirm":
        return {"confirm": True}
    if action == "correct":
        kind = click.prompt(
            "What is it? " + ", ".join(KIND_CHOICES),
            type=click.Choice(KIND_CHOICES),
            show_choices=False,
        )
        return {"kind": kind}
    if action == "no_follow_up":
        return {"no_follow_up": True}
    return {action: click.prompt(f"The {action}")}  # company or role
