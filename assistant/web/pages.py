"""The page handlers: read the request, call a use case, render a template.

No rule lives here. Drafts are changed through :mod:`assistant.app.queue` (the
CLI's :mod:`assistant.app.approval` checks plus a version check), sending is
:meth:`assistant.app.outbox.Outbox.send` as in ``followup send``, the figures
come from :mod:`assistant.app.stats`. A refused change answers 400 (invalid),
409 (changed elsewhere) or 404 (unknown id), with the page and the message.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from assistant.app import applications, corrections, pipeline, queue, snooze_dates
from assistant.app import stats as app_stats
from assistant.app.unsure import unsure as unsure_results
from assistant.errors import DraftError, FollowupError
from assistant.web import charts
from assistant.web.app import Web, web_of


def _text(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


async def pipeline_page(request: Request) -> Response:
    web = web_of(request)
    query = request.query_params.get("q", "").strip()[:200]
    column = request.query_params.get("column", "")
    if column not in dict(pipeline.COLUMNS):
        column = ""
    with web.store() as store:
        columns = pipeline.board(store, query=query, column=column, zone=web.context.zone())
    return web.render(
        request,
        "pipeline.html",
        columns=columns,
        query=query,
        column=column,
        choices=pipeline.COLUMNS,
        total=sum(len(c.cards) for c in columns),
    )


async def application(request: Request) -> Response:
    web = web_of(request)
    app_id = int(request.path_params["app_id"])
    with web.store() as store:
        try:
            story = pipeline.story(store, app_id, web.context.zone())
        except applications.ApplicationNotFound as exc:
            return web.render(request, "error.html", status=404, message=str(exc.message))
    return web.render(request, "application.html", app=story, kinds=corrections.KINDS)


#: Where a correction may send the browser back to (never an address from the form).
_BACK = re.compile(r"/review|/applications/\d{1,9}")


async def correct_message(request: Request) -> Response:
    """``followup correct``: confirm the guess about a received message, or give its kind."""
    web = web_of(request)
    form = await request.form()
    message_id = _text(form, "message_id") or ""
    confirm = _text(form, "action") == "confirm"
    kind = None if confirm else _text(form, "kind")
    back = _text(form, "back") or ""
    back = back if _BACK.fullmatch(back) else "/review"
    if not confirm and kind not in corrections.KINDS:
        return web.render(request, "error.html", status=400, message=f"not a kind: {kind!r}")
    said: dict[str, Any] = {"confirm": True} if confirm else {"kind": kind}
    for name in ("company", "role"):
        said[name] = (_text(form, name) or "").strip() or None
    said["no_follow_up"] = True if _text(form, "no_follow_up") else None
    try:
        with web.store() as store:
            outcome = corrections.correct(
                store, message_id, web.context.now(), settings=web.settings(), **said
            )
    except corrections.UnknownMessage as exc:
        return web.render(request, "error.html", status=404, message=str(exc.message))
    except applications.InvalidValue as exc:
        return web.render(request, "error.html", status=400, message=str(exc.message))
    line = f"{outcome.message_id}: {outcome.said}."
    if outcome.application_id is not None:
        line += f" Application {outcome.application_id}: {outcome.status_change}."
    web.notice(line)
    for draft_id in outcome.held:
        web.notice(
            f"Draft {draft_id} is held (mail came after you approved it): approve it again "
            "to send it."
        )
    return RedirectResponse(back, status_code=303)


def _queue_rows(web: Web) -> list[dict[str, Any]]:
    with web.store() as store:
        return queue.review_rows(store, web.context.now())


def _unsure(web: Web) -> list[dict[str, Any]]:
    """The unsure messages that hold follow-ups back, as ``followup review`` walks them."""
    with web.store() as store:
        return [u.as_dict() for u in unsure_results(store)]


async def review(
    request: Request,
    *,
    status: int = 200,
    error: str | None = None,
    error_draft: int | None = None,
    kept: dict[str, str] | None = None,
) -> Response:
    web = web_of(request)
    rows = _queue_rows(web)
    unsure = _unsure(web)
    approved = [r for r in rows if r["status"] == "approved" and r["channel"] == "email"]
    return web.render(
        request,
        "review.html",
        status=status,
        status_code=status,
        drafts=rows,
        approved=approved,
        error=error,
        error_draft=error_draft,
        kept=kept,
        unsure=unsure,
        kinds=corrections.KINDS,
    )


def _back(draft_id: int) -> Response:
    return RedirectResponse(f"/review#draft-{draft_id}", status_code=303)


async def _refused(request: Request, draft_id: int, exc: FollowupError, **kept: Any) -> Response:
    """The Review page again with the reason; the stored draft is unchanged."""
    status = 409 if isinstance(exc, queue.StaleDraft) else 400
    if "no draft with id" in exc.message:
        status = 404
    return await review(
        request, status=status, error=str(exc), error_draft=draft_id, kept=kept or None
    )


async def edit_draft(request: Request) -> Response:
    web = web_of(request)
    draft_id = int(request.path_params["draft_id"])
    form = await request.form()
    seen = _text(form, "version") or ""
    to, subject, body = _text(form, "to"), _text(form, "subject"), _text(form, "body")
    if to is not None and not to.strip():
        to = None  # an empty field keeps the recipient (as the CLI's edit does)
    if body is not None:
        body = body.replace("\r\n", "\n")  # browsers send a textarea's lines with CRLF
    try:
        with web.store() as store:
            _, others = queue.save(
                store,
                web.settings(),
                draft_id,
                seen,
                web.context.now(),
                to=to,
                subject=subject,
                body=body,
            )
    except FollowupError as exc:
        return await _refused(
            request, draft_id, exc, to=to or "", subject=subject or "", body=body or ""
        )
    web.notice(f"Draft {draft_id} saved.")
    if others:
        ids = ", ".join(str(i) for i in others)
        web.notice(f"Also re-rendered for the new contact: draft {ids}.")
    return _back(draft_id)


async def approve_draft(request: Request) -> Response:
    web = web_of(request)
    draft_id = int(request.path_params["draft_id"])
    form = await request.form()
    try:
        with web.store() as store:
            outcome = queue.approve(
                store, draft_id, _text(form, "version") or "", web.context.now()
            )
    except FollowupError as exc:
        return await _refused(request, draft_id, exc)
    web.notice(f"Draft {draft_id} {outcome}." if outcome != "done" else f"Draft {draft_id} done.")
    return _back(draft_id)


async def snooze_draft(request: Request) -> Response:
    web = web_of(request)
    draft_id = int(request.path_params["draft_id"])
    form = await request.form()
    now = web.context.now()
    try:
        until = snooze_dates.parse_until(_text(form, "until") or "", now, web.context.zone())
        with web.store() as store:
            queue.snooze(store, draft_id, _text(form, "version") or "", until, now)
    except ValueError as exc:
        return await _refused(request, draft_id, DraftError(str(exc)))
    except FollowupError as exc:
        return await _refused(request, draft_id, exc)
    web.notice(f"Draft {draft_id} snoozed until {until:%Y-%m-%d %H:%M}.")
    return _back(draft_id)


async def discard_draft(request: Request) -> Response:
    web = web_of(request)
    draft_id = int(request.path_params["draft_id"])
    form = await request.form()
    try:
        with web.store() as store:
            queue.discard(store, draft_id, _text(form, "version") or "", web.context.now())
    except FollowupError as exc:
        return await _refused(request, draft_id, exc)
    web.notice(f"Draft {draft_id} discarded.")
    return _back(draft_id)


def _send(web: Web) -> dict[str, Any]:
    """``followup send``, the same use case: approved drafts go out once each."""
    from assistant.app import outbox

    context = web.context
    with web.store() as store:
        box = outbox.Outbox(store, context.settings, home=context.home, clock=context.now)
        return box.send(dry_run=web.dry_run_send).as_dict()


async def send(request: Request) -> Response:
    web = web_of(request)
    try:
        report = await run_in_threadpool(_send, web)
    except FollowupError as exc:
        return web.render(request, "sent.html", status=400, report=None, error=str(exc))
    return web.render(request, "sent.html", report=report, error=None)


async def insights(request: Request) -> Response:
    web = web_of(request)
    with web.store() as store:
        figures = app_stats.figures(store)
    return web.render(
        request,
        "insights.html",
        figures=figures,
        summary=app_stats.to_json(figures),
        percent=app_stats.percent,
        weeks=charts.weekly_bars(figures.per_week),
        buckets=charts.bucket_bars(figures.answer_buckets()),
        compare=charts.rate_bars(
            [
                ("With a follow-up", figures.with_follow_up),
                ("Without", figures.without_follow_up),
            ]
        ),
    )
