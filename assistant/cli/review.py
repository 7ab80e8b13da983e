"""`followup review`: the approval queue, one draft at a time.

In the spirit of git send-email's confirmation and aerc's review screen: the
exact message with its headers, then one key. Nothing is sent here; approved
drafts go out with `followup send`.
"""

from __future__ import annotations

import click

from assistant.cli.context import get_app
from assistant.cli.draft_view import console, draft_panel, edit_in_editor, optional_settings, text
from assistant.errors import DraftError

KEYS = {
    "a": "approve",
    "e": "edit",
    "s": "snooze",
    "d": "discard",
    "k": "skip",
    "q": "quit",
}


@click.command("review")
def command() -> None:
    """Review pending drafts one at a time: approve, edit, snooze, discard, skip or quit.

    Unsure messages come first (their application gets no follow-up until you
    answer): [y] the guess is right, [c]orrect it, [k] skip, [q]uit.

    Keys: [a]pprove, [e]dit in $VISUAL/$EDITOR, [s]nooze (asks for a date),
    [d]iscard, [k] skip, [q]uit. Snoozed drafts come back once their date has
    passed (`followup --now DATE review` to look ahead); drafts pushed to your
    Drafts folder are handled in your mail client instead.
    """
    from assistant.app import approval
    from assistant.cli.correct import review_unsure

    if not review_unsure():  # unsure messages first: they hold follow-ups back
        return
    app = get_app()
    store = app.store
    settings = optional_settings()
    queue = approval.review_queue(store, app.now())
    out = console()
    if not queue:
        out.print("Nothing to review. `followup drafts list` shows every draft.")
        return
    counts = {"approved": 0, "done": 0, "edited": 0, "snoozed": 0, "discarded": 0, "skipped": 0}
    total = len(queue)
    for position, first in enumerate(queue, start=1):
        row = first
        while True:
            out.print(text(f"[{position}/{total}]", "dim"))
            out.print(draft_panel(row, settings, app.now()))
            approve_label = "[a] mark done" if row.channel != "email" else "[a]pprove"
            key = click.prompt(
                f"{approve_label} [e]dit [s]nooze [d]iscard [k] skip [q]uit",
                type=click.Choice(list(KEYS)),
                show_choices=False,
            )
            action = KEYS[key]
            if action == "quit":
                _summary(counts, total - position + 1)
                return
            if action == "skip":
                counts["skipped"] += 1
                break
            try:
                if action == "approve":
                    outcome = approval.approve(store, row.id, app.now())
                    counts["done" if outcome == "done" else "approved"] += 1
                    click.echo(f"Draft {row.id} {'marked done' if outcome == 'done' else outcome}.")
                    break
                if action == "discard":
                    if click.confirm(f"Discard draft {row.id} for good?", default=False):
                        approval.discard(store, row.id, app.now())
                        counts["discarded"] += 1
                        click.echo(f"Draft {row.id} discarded.")
                        break
                    continue
                if action == "snooze":
                    answer = click.prompt("Snooze until (YYYY-MM-DD, +3d, +2w)")
                    try:
                        until = approval.parse_until(answer, app.now(), app.zone())
                    except ValueError as exc:
                        click.echo(f"followup: error: {exc}", err=True)
                        continue
                    approval.snooze(store, row.id, until, app.now())
                    counts["snoozed"] += 1
                    click.echo(f"Draft {row.id} snoozed until {until:%Y-%m-%d %H:%M} UTC.")
                    break
                if action == "edit":
                    changes = edit_in_editor(row)
                    if changes is None:
                        click.echo("No change.")
                        continue
                    row = approval.edit(store, row.id, app.now(), **changes)
                    counts["edited"] += 1
                    click.echo(f"Draft {row.id} saved; here it is again.")
                    continue
            except DraftError as exc:
                click.echo(f"followup: error: {exc}", err=True)
                row = approval.get_draft(store, row.id)
                continue
    _summary(counts, 0)


def _summary(counts: dict[str, int], left: int) -> None:
    parts = [f"{n} {name}" for name, n in counts.items() if n]
    if left:
        parts.append(f"{left} left for later")
    click.echo("Review: " + (", ".join(parts) if parts else "nothing changed") + ".")
    if counts["approved"]:
        click.echo("Run `followup send` to send the approved drafts (--dry-run to look first).")
