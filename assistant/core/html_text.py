"""The visible text of an HTML body (pure): a linear scan, safe on hostile markup."""

from __future__ import annotations

import html
import re

__all__ = ["html_to_text"]

_SKIP_BLOCKS = ("script", "style", "head", "title", "noscript", "template", "svg")
#: where each skipped block ends, searched in the markup itself: offsets taken from a
#: lower-cased copy drift, because lower() can change the length ("İ" -> "i̇").
_SKIP_END = {name: re.compile(f"</{name}", re.IGNORECASE | re.ASCII) for name in _SKIP_BLOCKS}
_TAG = re.compile(
    # Attributes may hold ">" inside quotes; possessive quantifiers never backtrack.
    # Outside quotes a tag stops at the next "<": an attempt that fails then reads at
    # most up to the next "<" (or through one quoted value), so the search stays
    # linear; without that, every "<" lacking a ">" rescanned to the end of the text.
    r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b(?:[^<>\"']++|\"[^\"]*+\"|'[^']*+')*+>"
    r"|<!--|<!\[CDATA\[|<![^<>]*+>"
)
_BREAK_TAGS = frozenset(
    [
        "br",
        "p",
        "div",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "pre",
        "dd",
        "dt",
        "dl",
        "center",
        "address",
        "form",
        "fieldset",
        "tbody",
        "thead",
        "tfoot",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n\s*\n\s*\n+")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body: a linear scan, safe on hostile markup.

    html2text is the well-known choice but costs milliseconds per message; job
    mail needs only the words, block breaks and link targets of anchors.
    """
    out: list[str] = []
    pos = 0
    length = len(markup)
    while pos < length:
        match = _TAG.search(markup, pos)
        if match is None:
            out.append(markup[pos:])
            break
        out.append(markup[pos : match.start()])
        tag_text = match.group(0)
        pos = match.end()
        if tag_text == "<!--":
            if markup.startswith((">", "->"), pos):  # "<!-->" and "<!--->" are empty comments
                pos = markup.find(">", pos) + 1
                continue
            end = markup.find("-->", pos)
            pos = length if end < 0 else end + 3
            continue
        if tag_text == "<![CDATA[":
            end = markup.find("]]>", pos)
            pos = length if end < 0 else end + 3
            continue
        name = (match.group(2) or "").lower()
        closing = match.group(1) == "/"
        if not closing and name in _SKIP_BLOCKS:
            found = _SKIP_END[name].search(markup, pos)
            if found is None:
                pos = length
            else:
                close = markup.find(">", found.end())
                pos = length if close < 0 else close + 1
            continue
        if name in _BREAK_TAGS:
            out.append("\n")
        elif name in ("td", "th") and not closing:
            out.append(" ")
        elif name == "a" and not closing:
            href = re.search(r"href\s*=\s*[\"']?([^\"'\s>]{1,2000})", tag_text, re.IGNORECASE)
            if href and href.group(1).startswith(("http://", "https://")):
                out.append(f" <{html.unescape(href.group(1))}> ")
    text = html.unescape("".join(out))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()
