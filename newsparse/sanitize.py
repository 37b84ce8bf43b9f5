"""What leaves newsparse is safe to print, to encode and to render.

Pages are written by anyone, and the result is shown by other people's code: in a
terminal, a notebook, a web page. One pass over the finished :class:`Article` makes
every text field free of control characters, bidi overrides and lone surrogates, and
every URL field an absolute http(s) URL or ``None``, and says what it changed in
``warnings``. It runs last, so it holds for every field, whichever rule filled it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .article import Article
from .diagnostics import CONTROL_CHARACTERS, REPAIRED_INPUT, UNRESOLVED_LINKS, UNSAFE_URL, PageWarning
from .text import displayable
from .urls import absolute_url, normalize_href, url_scheme

__all__ = ["URL_FIELDS", "sanitize_article"]

# Fields that hold a URL, in the Article and the records inside it.
URL_FIELDS = frozenset(("url", "canonical_url", "image"))
# The warnings are cleaned apart: what their messages quote is not counted as output text.
_WARNINGS_FIELD = "warnings"


class _Census:
    """What the pass removed, for the warnings."""

    def __init__(self) -> None:
        self.controls = 0
        self.surrogates = 0
        self.unsafe: list[str] = []
        self.relative = 0

    def text(self, value: str) -> str:
        cleaned, controls, surrogates = displayable(value)
        self.controls += controls
        self.surrogates += surrogates
        return cleaned

    def url(self, value: str) -> str | None:
        checked = absolute_url(value)
        if checked is None:
            scheme = url_scheme(normalize_href(value))
            if scheme is None or scheme in ("http", "https"):
                self.relative += 1
            elif scheme not in self.unsafe:
                self.unsafe.append(scheme)
        return checked

    def warnings(self) -> tuple[PageWarning, ...]:
        notes: list[PageWarning] = []
        if self.controls:
            notes.append(
                PageWarning(
                    CONTROL_CHARACTERS,
                    f"removed {self.controls} control characters or bidi overrides from the output text",
                )
            )
        if self.surrogates:
            message = f"replaced {self.surrogates} lone surrogates in the output text with U+FFFD"
            notes.append(PageWarning(REPAIRED_INPUT, message))
        if self.unsafe:
            schemes = ", ".join(f"{s}:" for s in self.unsafe)
            message = f"ignored URLs with the scheme {schemes} (only http and https are kept)"
            notes.append(PageWarning(UNSAFE_URL, message))
        if self.relative:
            notes.append(
                PageWarning(
                    UNRESOLVED_LINKS,
                    f"{self.relative} URLs could not be made absolute (no page URL or <base href> to resolve them "
                    "against); they are None: pass url=",
                )
            )
        return tuple(notes)


def _clean(value: Any, name: str, census: _Census) -> Any:
    if isinstance(value, str):
        return census.url(value) if name in URL_FIELDS else census.text(value)
    if isinstance(value, tuple):
        cleaned = tuple(_clean(item, name, census) for item in value)
        return value if all(a is b for a, b in zip(cleaned, value)) else cleaned
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if field.name == _WARNINGS_FIELD:
                continue
            old = getattr(value, field.name)
            new = _clean(old, field.name, census)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def sanitize_article(article: Article, notes: tuple[PageWarning, ...] = ()) -> Article:
    """The article with safe text and URL fields, and warnings that say what was changed;
    ``notes`` are added to its warnings too (what the caller learnt about the page's URLs)."""
    census = _Census()
    cleaned: Article = _clean(article, "", census)
    warnings = tuple(
        w if displayable(w.message)[0] == w.message else PageWarning(w.code, displayable(w.message)[0])
        for w in (*article.warnings, *notes)
    )
    added = census.warnings()
    if not added and len(warnings) == len(article.warnings) and all(a is b for a, b in zip(warnings, article.warnings)):
        return cleaned
    return dataclasses.replace(cleaned, warnings=warnings + added)
