"""`followup stats`: how the search is going, in figures (see :mod:`assistant.app.stats`)."""

from __future__ import annotations

import click

from assistant.cli.context import emit_json, get_app
from assistant.cli.output import json_option


@click.command("stats")
@json_option
def command(as_json: bool) -> None:
    """Applications per week, answer rate, time to a first answer, and the answer
    rate with and without a follow-up.

    An answer is a reply, an interview invitation, an offer or a rejection (not a
    confirmation or an out-of-office reply). A follow-up counts when it went out
    before the first answer. `followup web` draws the same figures.
    """
    from assistant.app import stats

    result = stats.figures(get_app().store)
    if as_json:
        emit_json(stats.to_json(result))
        return
    echo = click.echo
    if not result.overall.total:
        echo("No applications yet: `followup scan` finds them in your mail.")
        return
    echo(f"Applications: {result.overall.total}")
    echo(f"Answer rate: {stats.percent(result.overall)}")
    median = result.median_days_to_answer
    if median is None:
        echo("Time to first answer: no dated answer yet")
    else:
        echo(
            f"Time to first answer: median {median:.1f} days ({len(result.days_to_answer)} answers)"
        )
    echo(f"Answer rate with a follow-up: {stats.percent(result.with_follow_up)}")
    echo(f"Answer rate without a follow-up: {stats.percent(result.without_follow_up)}")
    echo("Applications per week:")
    for monday, n in result.per_week:
        echo(f"  week of {monday.isoformat()}  {n:3d}  {'#' * min(n, 60)}".rstrip())
