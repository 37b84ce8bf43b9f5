"""What a page says about itself beside the story: its own address and the base its links resolve
against, its site, picture, section, tags and canonical URL.

The values come from the page's metadata (:class:`~newsparse.blocks.Hints`: OpenGraph, article
meta tags, JSON-LD, microdata, ``rel`` links); this module makes them what a user can use as
they are: URLs absolute and ``http(s)`` only (a ``javascript:`` or ``data:`` image is dropped),
text folded. A text dump has no metadata, so all of them are empty there.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..blocks import Block, Hints, Page
from ..cues.language import SAMPLE_CHARS, day_first_for, guess_language
from ..cues.urls import SAFE_SCHEMES, absolute_url, join_url, normalize_href, resolve, url_scheme
from ..diagnostics import UNRESOLVED_LINKS, UNSAFE_URL, PageWarning
from ..found import Found, PageFacts, Taken

__all__ = ["in_html", "in_text", "page_base", "page_facts", "page_url", "url_warnings", "web_url"]

# The schemes a user can fetch; anything else in a page's metadata is no link to its picture or page.
_WEB_SCHEMES = ("http://", "https://")
# A URL this long is a data blob or a tracking payload, not a page's address.
MAX_URL_CHARS = 2048
# Blocks of this many words or more are prose, which tells the page's language; menus and labels do not.
PROSE_MIN_WORDS = 12


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


def in_text(page: Page, found: Found) -> Taken[PageFacts]:
    """A text dump's address is the one given with it; it has no metadata."""
    return Taken(page_facts(page.hints, found.url, page.blocks))


def in_html(page: Page, found: Found) -> Taken[PageFacts]:
    """The page's own address, the base its links resolve against, and its metadata fields."""
    return Taken(page_facts(page.hints, found.url, page.blocks))


def day_first(hints: Hints, blocks: Sequence[Block]) -> bool | None:
    """How the page writes all-numeric dates: by its declared language, else by the language its
    prose reads as (a Spanish page that declares none still prints "10/05/2022" day first);
    ``None``: each date is read by its own shape."""
    if hints.language:
        return day_first_for(hints.language)
    sample: list[str] = []
    size = 0
    for block in blocks:
        if size >= SAMPLE_CHARS:
            break
        if len(block.text.split()) >= PROSE_MIN_WORDS:
            sample.append(block.text)
            size += len(block.text)
    guessed = guess_language(" ".join(sample)) if sample else None
    # English read from the text may be British or American: each date is read by its own shape then.
    return day_first_for(guessed) if guessed != "en" else None


def page_facts(hints: Hints, url: str | None, blocks: Sequence[Block] = ()) -> PageFacts:
    """The page's own address (``url``, the one the caller gave, else its canonical URL), the base
    its links resolve against, what it gave that was ignored, and its metadata fields, URLs made
    absolute against the base."""
    base = page_base(hints, url)
    return PageFacts(
        page_url=page_url(hints, url),
        base=base,
        warnings=url_warnings(hints, url),
        site_name=hints.site_name,
        image=web_url(hints.image, base),
        section=hints.section,
        tags=hints.tags,
        canonical_url=web_url(hints.canonical_url, base),
        day_first=day_first(hints, blocks),
    )


def page_url(hints: Hints, url: str | None) -> str | None:
    """The page's own absolute address: the caller's ``url`` (resolved against the canonical URL
    when it is relative), else the canonical URL; never one with another scheme than http(s)."""
    canonical = absolute_url(hints.canonical_url)
    if url:
        given = absolute_url(url)
        if given is not None:
            return given
        if canonical is not None and url_scheme(normalize_href(url)) is None:
            return absolute_url(join_url(canonical, normalize_href(url)))
    return canonical


def url_warnings(hints: Hints, url: str | None) -> tuple[PageWarning, ...]:
    """Say which of the page's own URLs (the caller's, the canonical, the base) were ignored for
    their scheme (a page whose canonical URL is ``javascript:...`` is telling something), and
    when a relative ``url`` could not be resolved."""
    given = (("the url given", url), ("the canonical URL", hints.canonical_url), ("<base href>", hints.base_href))
    ignored = [
        f"{what} ({scheme}:)"
        for what, value in given
        if value and (scheme := url_scheme(normalize_href(value))) is not None and scheme not in SAFE_SCHEMES
    ]
    notes: list[PageWarning] = []
    if ignored:
        notes.append(PageWarning(UNSAFE_URL, f"ignored {', '.join(ignored)}: only http and https URLs are used"))
    if url and url_scheme(normalize_href(url)) is None and page_url(hints, url) is None:
        notes.append(
            PageWarning(
                UNRESOLVED_LINKS, f"the url given, {url[:80]!r}, is relative and the page has no URL to resolve it"
            )
        )
    return tuple(notes)


def page_base(hints: Hints, url: str | None) -> str | None:
    """What relative links resolve against: ``<base href>`` (itself resolved against the page's
    URL), then the page's URL (:func:`page_url`). A base with another scheme than http(s) is
    ignored, as is one that cannot be made absolute."""
    own = page_url(hints, url)
    if hints.base_href:
        base = normalize_href(hints.base_href)
        if url_scheme(base) is None:
            joined = join_url(own, base) if own else None
            base = joined or ""
        checked = absolute_url(base)
        if checked is not None:
            return checked
    return own
