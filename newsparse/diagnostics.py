"""What a parse tells its caller beside the segments: warnings with stable codes.

A :class:`PageWarning` has a ``code`` that programs filter on (it never changes
between releases) and a ``message`` for people (its wording may change).
``WARNING_CODES`` lists every code newsparse emits, with what it means; the
table in ``docs/warnings.md`` is this mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

__all__ = [
    "CHARSET_CONFLICT",
    "CHARSET_GUESSED",
    "CONTROL_CHARACTERS",
    "HEADLINE_BODY_MISMATCH",
    "MISLEADING_LINK",
    "NOT_AN_ARTICLE",
    "NO_BODY",
    "NO_TEXT",
    "NO_TITLE_IN_DUMP",
    "PARSER_FALLBACK",
    "REPAIRED_INPUT",
    "TEASER_REPEATS_DEK",
    "TEASER_REPEATS_HEADLINE",
    "UNRESOLVED_LINKS",
    "UNSAFE_URL",
    "WARNING_CODES",
    "PageWarning",
]

# The input had to be repaired to be read: bytes that are not valid in their charset, control
# characters, lone surrogates, a truncated last character.
REPAIRED_INPUT = "repaired-input"
# The page declared no usable charset, so the bytes were decoded with a guessed one.
CHARSET_GUESSED = "charset-guessed"
# The page declared a charset its bytes contradict; another one was used.
CHARSET_CONFLICT = "charset-conflict"
# libxml2 gave up on the markup (nesting too deep); a fallback parser read it, flattening the deepest elements.
PARSER_FALLBACK = "parser-fallback"
# The page has no visible text at all.
NO_TEXT = "no-text"
# No article body was found.
NO_BODY = "no-body"
# A text dump shows no line that reads as a title near its prose (a dump too damaged, or a page
# with no title): the headline is left empty rather than guessed from a menu.
NO_TITLE_IN_DUMP = "no-title-in-dump"
# The body does not tell the story the headline and dek announce (``Article.coherence`` is low).
HEADLINE_BODY_MISMATCH = "headline-body-mismatch"
# A related teaser repeats the page's own dek / headline (a page stitched from two stories).
TEASER_REPEATS_DEK = "teaser-repeats-dek"
TEASER_REPEATS_HEADLINE = "teaser-repeats-headline"
# The page is not a news article (``Article.page_type`` says what it is).
NOT_AN_ARTICLE = "not-an-article"
# Control characters or bidi overrides (often entity-encoded, "&#x1b;") were removed from the output text.
CONTROL_CHARACTERS = "control-characters"
# A URL with another scheme than http(s) (javascript:, data:, ...) was ignored: the page URL, its
# canonical or base URL, or a URL field; links with such schemes are never teasers and go unmentioned.
UNSAFE_URL = "unsafe-url"
# A link's text reads as a URL or host name of another site than the one the link leads to
# ("https://bank.example/" over https://evil.example/): shown as it is, and said.
MISLEADING_LINK = "misleading-link"
# Links that could not be made absolute (no page URL or base to resolve them against) are relative,
# as printed; a page-level URL that is not absolute (a relative ``url=``) is None.
UNRESOLVED_LINKS = "unresolved-links"

# Read-only: the CLI's --skip choices and the docs are derived from it.
WARNING_CODES: Mapping[str, str] = MappingProxyType(
    {
        REPAIRED_INPUT: "the input had to be repaired to be read (undecodable bytes, control characters, "
        "lone surrogates, a truncated character)",
        CHARSET_GUESSED: "the page declared no usable charset; its bytes were decoded with a guessed one",
        CHARSET_CONFLICT: "the page declared a charset its bytes contradict; another one was used",
        PARSER_FALLBACK: "the HTML exceeds libxml2's limits; a fallback parser flattened the deepest elements",
        NO_TEXT: "the page has no visible text",
        NO_BODY: "no article body was found",
        NO_TITLE_IN_DUMP: "a text dump shows no line that reads as a title near its prose; the headline is left empty",
        HEADLINE_BODY_MISMATCH: "the body does not tell the story the headline and dek announce",
        TEASER_REPEATS_DEK: "a related teaser repeats the page's own dek",
        TEASER_REPEATS_HEADLINE: "a related teaser repeats the page's own headline",
        NOT_AN_ARTICLE: "the page is not a news article (see page_type)",
        CONTROL_CHARACTERS: "control characters or bidi overrides were removed from the output text",
        UNSAFE_URL: "a URL with another scheme than http(s) was ignored (page URL, canonical, base or a URL field), "
        "or a user name or password was removed from a URL",
        MISLEADING_LINK: "a link's text is a URL of another site than the one the link leads to",
        UNRESOLVED_LINKS: "some link URLs are relative, as printed, for want of a page URL to resolve them (pass url=)",
    }
)


@dataclass(frozen=True, slots=True)
class PageWarning:
    """Something a careful reader of the result should know: a stable ``code`` and a ``message``."""

    code: str
    message: str

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PageWarning:
        return cls(code=d["code"], message=d["message"])
