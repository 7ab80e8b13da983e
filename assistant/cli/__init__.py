"""The ``followup`` command line: argument parsing and output only.

Each command lives in its own module under ``assistant.cli`` and defines a click
command named ``command``; :data:`COMMANDS` maps the public spelling to that
module, which is imported only when the command runs (so ``followup classify``
does not pay for IMAP or Jinja imports).

Exit codes: 0 ok, 1 runtime error (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import importlib
import logging
import sys
from datetime import datetime
from pathlib import Path

import click

from assistant.cli import output
from assistant.cli.context import AppContext, parse_now
from assistant.errors import FollowupError

#: public command name -> module under assistant.cli holding ``command``.
COMMANDS: dict[str, str] = {
    "init": "init",
    "doctor": "doctor",
    "classify": "classify",
    "scan": "scan",
    "apps": "apps",
    "plan": "plan",
    "drafts": "drafts",
    "review": "review",
    "correct": "correct",
    "send": "send",
    "run": "run",
    "service": "service",
    "demo": "demo",
    "stats": "stats",
    "web": "web",
}

#: one-line help shown by ``followup --help`` without importing every module.
SUMMARIES: dict[str, str] = {
    "init": "Write a config file after testing the logins (password never in the file).",
    "doctor": "Check the config, secrets, and the IMAP and SMTP servers.",
    "classify": "Classify .eml files offline (one result per file).",
    "scan": "Scan the mailbox (or a Maildir/mbox) for new job mail.",
    "apps": "List, show, add, edit or close application records.",
    "plan": "Decide which follow-ups are due and draft them.",
    "drafts": "The approval queue: list, show, edit, approve, snooze, discard, push.",
    "review": "Review unsure messages, then pending drafts, one at a time.",
    "correct": "Correct (or confirm) how a message was understood; it learns.",
    "send": "Send the approved drafts (exactly once).",
    "run": "Run as a background service: scan and plan on a schedule.",
    "service": "Install or remove the background service (systemd/launchd).",
    "demo": "Run the whole flow on a bundled sample mailbox.",
    "stats": "Applications per week, answer rate, time to a first answer.",
    "web": "The local web page: pipeline, review and insights.",
}


#: what Ctrl-C leaves behind, said when a command is interrupted (exit 130).
KEPT_ON_INTERRUPT: dict[str, str] = {
    "scan": "every batch read so far is saved; the next scan goes on from there",
    "review": "every draft you already approved, edited, snoozed or discarded is saved; "
    "the others wait in the queue",
    "send": "drafts already sent are recorded as sent; one cut off mid-send is checked "
    "by the next send and never sent twice",
    "plan": "planning is one transaction: nothing of this run was saved",
    "init": "nothing was written",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    #: the subcommand being run (for the message after Ctrl-C)
    running: str | None = None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        LazyGroup.running = name
        return name, command, rest

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n in COMMANDS if _module_exists(COMMANDS[n]))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None or not _module_exists(module_name):
            return None
        module = importlib.import_module(f"assistant.cli.{module_name}")
        command: click.Command = module.command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SUMMARIES.get(name, "")) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _module_exists(module_name: str) -> bool:
    return (Path(__file__).parent / f"{module_name}.py").exists()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="FOLLOWUP_CONFIG",
    help="Config file (default: the platform config dir). Env: FOLLOWUP_CONFIG.",
)
@click.option(
    "--now",
    "now_text",
    envvar="FOLLOWUP_NOW",
    metavar="DATETIME",
    help="Run as if it were this time (ISO 8601). Env: FOLLOWUP_NOW.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.version_option(package_name="followup-assistant", prog_name="followup")
@click.pass_context
def main_group(
    ctx: click.Context, config_path: Path | None, now_text: str | None, debug: bool
) -> None:
    """followup: follow up on your job applications, politely and only with your approval.

    It reads your mailbox (never changing it), keeps one record per application,
    and drafts follow-ups for you to approve. See `followup COMMAND --help`.
    """
    now: datetime | None = None
    if now_text:
        try:
            now = parse_now(now_text)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--now") from None
    # Without --debug only warnings reach stderr (no library chatter such as
    # imapclient's INFO line on a refused login); the service's own log
    # ("followup.*": one line per event) stays at INFO.
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not debug:
        logging.getLogger("followup").setLevel(logging.INFO)
    ctx.obj = AppContext(config_path=config_path, fixed_now=now, debug=debug)
    ctx.call_on_close(ctx.obj.close)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``followup`` script; ``argv`` is injectable for tests."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        result = main_group.main(args=argv, prog_name="followup", standalone_mode=False)
    except click.exceptions.Abort as exc:
        # click raises Abort "from None" in prompts: the EOFError is still its context
        if isinstance(exc.__cause__ or exc.__context__, EOFError):
            click.echo("followup: error: no answer (standard input ended)", err=True)
            sys.exit(1)
        _interrupted()
    except click.UsageError as exc:  # one line, not click's four
        where = exc.ctx.command_path if exc.ctx is not None else "followup"
        message = exc.format_message().rstrip(".")
        output.error(f"{message} (see `{where} --help`)")
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        output.error(exc.format_message())
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except FollowupError as exc:
        if debug:
            raise
        output.error(exc)
        sys.exit(1)
    except KeyboardInterrupt:
        _interrupted()
    except Exception as exc:  # the last line of defence: one line, no traceback
        if debug:
            raise
        click.echo(
            f"followup: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
            err=True,
        )
        sys.exit(1)
    return result if isinstance(result, int) else 0


def _interrupted() -> None:
    """Ctrl-C: say what was kept, exit 130 (128 + SIGINT, as shells do)."""
    kept = KEPT_ON_INTERRUPT.get(LazyGroup.running or "")
    click.echo(f"Interrupted: {kept}." if kept else "Interrupted.", err=True)
    sys.exit(130)
