"""`followup review`: the approval queue, one draft at a time.

In the spirit of git send-email's confirmation and aerc's review screen: the
exact message with its headers, shown once, then one key. After each key one
short line says what happened and review moves on; [p] prints the draft again.
Nothing is sent here; approved drafts go out with `followup send`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from assistant.cli import output
from assistant.cli.context import AppContext, get_app, optional_settings
from assistant.cli.draft_view import console, draft_panel, edit_in_editor, text
from assistant.errors import DraftError

if TYPE_CHECKING:
    from assistant.app.approval import Draft
    from assistant.app.workspace import Settings

KEYS = {
    "a": "approve",
    "e": "edit",
    "s": "snooze",
    "d": "discard",
    "k": "skip",
    "p": "print",
    "q": "quit",
}


@click.command("review")
def command() -> None:
    """Review pending drafts one at a time: approve, edit, snooze, discard, skip or quit.

    Unsure messages come first (their application gets no follow-up until you
    answer): [y] the guess is right, [c]orrect the kind, [n]o follow-up wanted,
    c[o]mpany, [r]ole, [k] skip, [q]uit.

    Each draft is shown once. Keys: [a]pprove (a draft with no recipient asks
    for one first: a person found in the mail, or an address you type),
    [e]dit in $VISUAL/$EDITOR, [s]nooze (asks for a date), [d]iscard, [k] skip,
    [p]rint the draft again, [q]uit. Snoozed drafts come back once their date
    has passed (`followup --now DATE review` to look ahead); drafts pushed to
    your Drafts folder are handled in your mail client instead.
    """
    from assistant.app import approval
    from assistant.cli.correct import review_unsure

    if not review_unsure():  # unsure messages first: they hold follow-ups back
        return
    app = get_app()
    queue = approval.review_queue(app.store, app.now())
    if not queue:
        console().print("Nothing to review. `followup drafts list` shows every draft.")
        return
    session = _Session(app, optional_settings())
    total = len(queue)
    for position, row in enumerate(queue, start=1):
        if not session.review(row, f"[{position}/{total}]"):
            session.summary(total - position + 1)
            return
    session.summary(0)


@dataclass
class _Session:
    """One run of `review`: what the user decided so far."""

    app: AppContext
    settings: Settings | None
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("approved", "done", "edited", "snoozed", "discarded", "skipped"), 0
        )
    )

    def review(self, row: Draft, where: str) -> bool:
        """Show ``row`` once, then take keys until one moves on; False when the user quits."""
        from assistant.app import approval

        self.show(row, where)
        while True:
            approve_label = "[a] mark done" if not row.is_email else "[a]pprove"
            key = click.prompt(
                f"{approve_label} [e]dit [s]nooze [d]iscard [k] skip [p]rint [q]uit",
                type=click.Choice(list(KEYS)),
                show_choices=False,
            )
            action = KEYS[key]
            if action == "quit":
                return False
            if action == "print":
                self.show(row, where)
                continue
            if action == "skip":
                self.counts["skipped"] += 1
                click.echo(f"Draft {row.id} skipped.")
                return True
            try:
                moved_on = getattr(self, action)(row)
            except DraftError as exc:
                output.error(exc)
                moved_on = False
            if moved_on:
                return True
            row = approval.get_draft(self.app.store, row.id)

    def show(self, row: Draft, where: str) -> None:
        out = console()
        out.print(text(where, "dim"))
        out.print(draft_panel(row, self.settings, self.app.now()))

    def approve(self, row: Draft) -> bool:
        from assistant.app import approval

        redrawn = ""
        if row.is_email and not row.to_email:
            addressed = self.ask_recipient(row)
            if addressed is None:
                click.echo(f"Draft {row.id} not approved: it has no recipient yet.")
                return False
            row, others = addressed
            also = f"; so were drafts {others}" if others else ""
            redrawn = f" (greeting and reason re-rendered for them{also})"
        outcome = approval.approve(self.app.store, row.id, self.app.now())
        if outcome == "done":
            self.counts["done"] += 1
            click.echo(f"Draft {row.id} marked done.")
        else:
            self.counts["approved"] += 1
            output.echo(f"Draft {row.id} {outcome}: to {approval.recipient_text(row)}{redrawn}.")
        return True

    def ask_recipient(self, row: Draft) -> tuple[Draft, str] | None:
        """Ask who a draft goes to: a numbered person found in the mail, or a typed address.

        Set through the same use case as `drafts edit ID --to` (validated the same
        way, the application's drafts re-rendered: greeting, recipient, reason).
        Returns the draft as it is now and the other drafts re-rendered with it (their
        ids), or None when the user gives up (an empty answer).
        """
        from assistant.app import approval, composing

        store, now = self.app.store, self.app.now()
        found = composing.recipient_candidates(store, self.settings, row)
        click.echo(f"Draft {row.id} has no recipient yet.")
        for number, candidate in enumerate(found, start=1):
            output.echo(f"  {number}  {composing.candidate_text(candidate)}  ({candidate.where})")
        ask = "Number, or an address" if found else "Address"
        while True:
            answer = click.prompt(
                f"{ask} ('Name <addr>' or addr; Enter to go back)",
                default="",
                show_default=False,
            ).strip()
            if not answer:
                return None
            if answer.isdigit() and found:
                if not 1 <= int(answer) <= len(found):
                    output.error(f"choose 1 to {len(found)}, or type an address")
                    continue
                answer = composing.candidate_text(found[int(answer) - 1])
            try:
                changed = composing.set_recipient(store, self.settings, row.id, answer, now)
            except DraftError as exc:
                output.error(exc)
                continue
            others = ", ".join(str(i) for i in changed if i != row.id)
            return approval.get_draft(store, row.id), others

    def edit(self, row: Draft) -> bool:
        from assistant.app import approval

        changes = edit_in_editor(row)
        if changes is None:
            click.echo(f"Draft {row.id} unchanged.")
            return False
        approval.edit(self.app.store, row.id, self.app.now(), **changes)
        self.counts["edited"] += 1
        click.echo(f"Draft {row.id} saved ([p] prints it again).")
        return False

    def snooze(self, row: Draft) -> bool:
        from assistant.app import approval, snooze_dates

        answer = click.prompt("Snooze until (YYYY-MM-DD, +3d, +2w)")
        try:
            until = snooze_dates.parse_until(answer, self.app.now(), self.app.zone())
        except ValueError as exc:
            output.error(exc)
            return False
        approval.snooze(self.app.store, row.id, until, self.app.now())
        self.counts["snoozed"] += 1
        click.echo(f"Draft {row.id} snoozed until {until:%Y-%m-%d %H:%M} UTC.")
        return True

    def discard(self, row: Draft) -> bool:
        from assistant.app import approval

        if not click.confirm(f"Discard draft {row.id} for good?", default=False):
            click.echo(f"Draft {row.id} kept.")
            return False
        approval.discard(self.app.store, row.id, self.app.now())
        self.counts["discarded"] += 1
        click.echo(f"Draft {row.id} discarded.")
        return True

    def summary(self, left: int) -> None:
        parts = [f"{n} {name}" for name, n in self.counts.items() if n]
        if left:
            parts.append(f"{left} left for later")
        click.echo("Review: " + (", ".join(parts) if parts else "nothing changed") + ".")
        if self.counts["approved"]:
            click.echo("Run `followup send` to send the approved drafts (--dry-run to look first).")
