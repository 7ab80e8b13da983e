"""Where templates come from: the user's template dir first, then the packaged defaults,
each with a folder per language (``de/followup_body.txt.j2``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from assistant.errors import TemplateError


class NoneValue(Exception):
    """A template printed ``None``: a value unknown for this application."""


def refuse_none(value: Any) -> Any:
    if value is None:
        raise NoneValue
    return value


def packaged_template_dir() -> Path:
    """The default templates: inside the installed package, else the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "followup_body.txt.j2").is_file():
            return candidate
    raise TemplateError(
        f"the default templates are missing (looked in {here / 'templates'})",
        hint="reinstall followup-assistant",
    )


def make_environment(template_dir: Path | str | None = None) -> SandboxedEnvironment:
    """A sandboxed, strict Jinja environment: the user's dir first, then the defaults."""
    search = [str(Path(template_dir).expanduser())] if template_dir else []
    search.append(str(packaged_template_dir()))
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=refuse_none,
    )


@lru_cache(maxsize=8)
def cached_environment(template_dir: str | None) -> SandboxedEnvironment:
    """Compiled templates are kept; Jinja still reloads a file whose mtime changed."""
    return make_environment(template_dir)


def pick(environment: SandboxedEnvironment, name: str, language: str | None) -> str:
    """``de/<name>`` when there is one for ``language`` (the user's or packaged), else ``name``."""
    if not language or language == "en" or environment.loader is None:
        return name
    try:
        environment.loader.get_source(environment, f"{language}/{name}")
    except jinja2.TemplateNotFound:
        return name
    return f"{language}/{name}"
