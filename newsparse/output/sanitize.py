"""What leaves newsparse is safe to print, to encode and to render.

Pages are written by anyone, and the result is shown by other people's code: in a
terminal, a notebook, a web page. One pass over the finished :class:`Article` makes
every text field free of control characters, bidi overrides and lone surrogates, and
every URL an http(s) URL: the page's own URLs and inline links absolute or ``None``, a
related link's absolute or, when the page gives nothing to resolve it against, relative as
printed (a reference without a scheme, which cannot run anything). It says what it changed in ``warnings``.
It runs last, so it holds for every field, whichever rule filled it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..article import Article, BodyBlock, Byline, Copyright, InlineLink, RelatedLink
from ..cues.text import displayable
from ..cues.urls import (
    SAFE_SCHEMES,
    absolute_url,
    escape_url,
    has_userinfo,
    normalize_href,
    shown_url_site,
    site_of,
    url_scheme,
)
from ..diagnostics import (
    CONTROL_CHARACTERS,
    MISLEADING_LINK,
    REPAIRED_INPUT,
    UNRESOLVED_LINKS,
    UNSAFE_URL,
    PageWarning,
)

__all__ = ["URL_FIELDS", "sanitize_article"]

# Fields that hold a URL, in the Article and the records inside it.
URL_FIELDS = frozenset(("url", "canonical_url", "image"))
# Records whose URL may stay relative, as printed, when nothing resolves it (an inline link's is
# absolute or None, see InlineLink).
_LINKS = (RelatedLink,)
# The warnings are cleaned apart: what their messages quote is not counted as output text.
_WARNINGS_FIELD = "warnings"
# Values with nothing to clean, returned before the record lookups (most of a record's fields).
_PLAIN: frozenset[type] = frozenset((int, bool, float, type(None)))
# The records an Article holds, with the fields the pass reads, read off once: dataclasses.fields()
# per value cost more than the cleaning of the value.
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if f.name != _WARNINGS_FIELD)
    for cls in (Article, BodyBlock, Byline, Copyright, InlineLink, RelatedLink)
}


class _Census:
    """What the pass removed, for the warnings."""

    def __init__(self) -> None:
        self.controls = 0
        self.surrogates = 0
        self.unsafe: list[str] = []
        self.relative = 0
        self.not_absolute = 0
        self.userinfo = 0
        self.misleading = 0

    def text(self, value: str) -> str:
        cleaned, controls, surrogates = displayable(value)
        self.controls += controls
        self.surrogates += surrogates
        return cleaned

    def url(self, value: str, *, link: bool) -> str | None:
        if has_userinfo(normalize_href(value)):
            self.userinfo += 1
        checked = absolute_url(value)
        if checked is not None:
            return checked
        href = normalize_href(value)
        scheme = url_scheme(href)
        if scheme is None and link and href:
            self.relative += 1
            return escape_url(href)
        if scheme is None or scheme in SAFE_SCHEMES:
            self.not_absolute += 1
        elif scheme not in self.unsafe:
            self.unsafe.append(scheme)
        return None

    def link(self, text: str, url: str | None) -> None:
        """Count a link whose text reads as a URL of another site than the one it leads to."""
        target = site_of(url)
        if target and shown_url_site(text) not in ("", target):
            self.misleading += 1

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
        if self.userinfo:
            message = (
                f"removed the user name or password from {self.userinfo} URLs "
                "(a URL such as https://bank.example@evil.example/ shows one host and leads to another)"
            )
            notes.append(PageWarning(UNSAFE_URL, message))
        if self.misleading:
            message = f"{self.misleading} links show a URL of another site than the one they lead to"
            notes.append(PageWarning(MISLEADING_LINK, message))
        if self.relative:
            notes.append(
                PageWarning(
                    UNRESOLVED_LINKS,
                    f"{self.relative} link URLs are relative, as printed (no page URL or <base href> to resolve "
                    "them against): pass url= to make them absolute",
                )
            )
        if self.not_absolute:
            message = f"{self.not_absolute} URLs that are not absolute http(s) URLs (such as a relative url=) are None"
            notes.append(PageWarning(UNRESOLVED_LINKS, message))
        return tuple(notes)


def _clean(value: Any, name: str, census: _Census, link: bool = False) -> Any:
    if isinstance(value, str):
        return census.url(value, link=link) if name in URL_FIELDS else census.text(value)
    if type(value) in _PLAIN:
        return value
    if isinstance(value, tuple):
        if not value:
            return value
        cleaned = [_clean(item, name, census) for item in value]
        return value if all(a is b for a, b in zip(cleaned, value)) else tuple(cleaned)
    names = _FIELDS.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = tuple(f.name for f in dataclasses.fields(value) if f.name != _WARNINGS_FIELD)
    if names is not None:
        changes = {}
        is_link = isinstance(value, _LINKS)
        for field in names:
            old = getattr(value, field)
            new = _clean(old, field, census, is_link)
            if new is not old:
                changes[field] = new
        result = dataclasses.replace(value, **changes) if changes else value
        if isinstance(result, RelatedLink | InlineLink):
            census.link(result.text, result.url)
        return result
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
