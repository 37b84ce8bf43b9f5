"""What a page says about itself beside the story: its site, picture, section, tags and canonical URL.

The values come from the page's metadata (:class:`~newsparse.blocks.Hints`: OpenGraph, article
meta tags, JSON-LD, microdata, ``rel`` links); this module makes them what a user can use as
they are: URLs absolute and ``http(s)`` only (a ``javascript:`` or ``data:`` image is dropped),
text folded. A text dump has no metadata, so all of them are empty there.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..blocks import Hints
from ..cues.urls import resolve

__all__ = ["PageFacts", "page_facts"]

# The schemes a user can fetch; anything else in a page's metadata is no link to its picture or page.
_WEB_SCHEMES = ("http://", "https://")
# A URL this long is a data blob or a tracking payload, not a page's address.
MAX_URL_CHARS = 2048


@dataclass(frozen=True, slots=True)
class PageFacts:
    """The page metadata fields of an :class:`~newsparse.article.Article`."""

    site_name: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    canonical_url: str | None = None


def web_url(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``, when it is an ``http(s)`` URL, else ``None``.

    A protocol-relative URL ("//cdn.example.com/a.jpg") with no base to take the scheme from
    is read as https, the scheme every page served today uses."""
    if not href or len(href) > MAX_URL_CHARS:
        return None
    href = href.strip()
    if href.startswith("//") and not (base or "").lower().startswith(_WEB_SCHEMES):
        href = "https:" + href
    absolute = resolve(href, base)
    if absolute is None or not absolute.lower().startswith(_WEB_SCHEMES):
        return None
    # A space a template left in a file name is a character of the URL, written escaped.
    return absolute.replace(" ", "%20")


def page_facts(hints: Hints, base: str | None) -> PageFacts:
    """The page's metadata fields, URLs resolved against ``base`` (its ``<base href>`` or URL)."""
    return PageFacts(
        site_name=hints.site_name,
        image=web_url(hints.image, base),
        section=hints.section,
        tags=hints.tags,
        canonical_url=web_url(hints.canonical_url, base),
    )
