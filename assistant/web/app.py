"""The Starlette application: routes, the guard, templates and what every page shares.

:func:`create_app` builds it for one start of ``followup web``. Handlers live in
:mod:`assistant.web.pages`; they parse the request, call a use case of
:mod:`assistant.app` (the same functions as the CLI) and render a template.
Every POST route is declared with :func:`post`, which refuses a request
without the per-start CSRF token before the handler runs.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from assistant.web.security import Guard, Keys, csrf_ok

if TYPE_CHECKING:
    from assistant.app.workspace import Store

Handler = Callable[[Request], Awaitable[Response]]


class Context(Protocol):
    """What the page needs of the command that started it (the CLI's ``AppContext``)."""

    @property
    def home(self) -> Path: ...

    @property
    def settings(self) -> Any: ...

    def now(self) -> datetime: ...

    def zone(self, *, strict: bool = False) -> tzinfo: ...


@dataclass
class Web:
    """What the handlers share: the command's context, the keys, notices for the next page."""

    context: Context
    keys: Keys
    env: jinja2.Environment
    #: the demo's page: "Send approved" writes .eml files (``followup send --dry-run``)
    dry_run_send: bool = False
    notices: list[tuple[str, str]] = field(default_factory=list)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A store connection for one request (SQLite serialises the writers)."""
        from assistant.app.workspace import open_store

        store = open_store(self.context.home)
        try:
            yield store
        finally:
            store.close()

    def settings(self) -> Any:
        """The config if there is a usable one (rendering a draft needs it), else None."""
        from assistant.errors import ConfigError

        try:
            return self.context.settings
        except ConfigError:
            return None

    def notice(self, text: str, level: str = "ok") -> None:
        self.notices.append((level, text))

    def render(self, request: Request, name: str, status: int = 200, **values: Any) -> Response:
        notices, self.notices = self.notices, []
        from assistant.app.approval import review_queue

        with self.store() as store:
            waiting = len(review_queue(store, self.context.now()))
        html = self.env.get_template(name).render(
            csrf=self.keys.csrf,
            path=request.url.path,
            notices=notices,
            waiting=waiting,
            **values,
        )
        return HTMLResponse(html, status_code=status)


def web_of(request: Request) -> Web:
    web: Web = request.app.state.web
    return web


def post(path: str, handler: Handler) -> Route:
    """A POST route whose handler runs only with the right CSRF token in the form."""

    @functools.wraps(handler)
    async def checked(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(web_of(request).keys, form.get("csrf")):
            return PlainTextResponse(
                "403: this form has no valid CSRF token; reload the page and try again.\n",
                status_code=403,
            )
        return await handler(request)

    return Route(path, checked, methods=["POST"])


def environment() -> jinja2.Environment:
    """Jinja with autoescape on for every template: mail text is always escaped."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("assistant.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["text_rows"] = text_rows
    return env


def text_rows(text: str, width: int = 96, most: int = 32) -> int:
    """How many rows a textarea needs to show ``text`` whole (long lines wrap), capped."""
    rows = sum(1 + len(line) // width for line in text.splitlines()) + 2
    return min(rows, most)


def create_app(
    context: Context, *, keys: Keys, host: str, port: int, dry_run_send: bool = False
) -> Guard:
    """The whole page for one start: routes behind the :class:`Guard`."""
    from importlib import resources

    from assistant.web import pages

    routes: list[BaseRoute] = [
        Route("/", pages.pipeline_page),
        Route("/applications/{app_id:int}", pages.application),
        Route("/review", pages.review),
        Route("/insights", pages.insights),
        post("/drafts/{draft_id:int}/edit", pages.edit_draft),
        post("/drafts/{draft_id:int}/approve", pages.approve_draft),
        post("/drafts/{draft_id:int}/snooze", pages.snooze_draft),
        post("/drafts/{draft_id:int}/discard", pages.discard_draft),
        post("/send", pages.send),
        post("/messages/correct", pages.correct_message),
        Mount(
            "/static",
            StaticFiles(directory=str(resources.files("assistant.web") / "static")),
            name="static",
        ),
    ]
    app = Starlette(routes=routes)
    app.state.web = Web(context=context, keys=keys, env=environment(), dry_run_send=dry_run_send)
    return Guard(app, keys=keys, host=host, port=port)
