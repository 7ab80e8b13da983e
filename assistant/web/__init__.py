"""``followup web``: the local web page (pipeline, review, insights).

A front end like the CLI: the handlers in :mod:`assistant.web.pages` call the
use cases of :mod:`assistant.app` and render Jinja templates (autoescaped);
:mod:`assistant.web.security` guards every request; :mod:`assistant.web.charts`
draws the Insights figures as SVG on the server. Nothing is loaded from
another site: the CSS and the small script are in ``static/``.
"""
