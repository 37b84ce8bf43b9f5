"""The segment rules applied to an HTML page, where tags, classes and metadata add evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .article import Article, Byline
from .blocks import Block, Page
from .body import html_body
from .byline import day_first_for, find_html_byline, is_date_line
from .checks import consistency_warnings
from .copyright import find_html_copyright
from .dates import parse_iso_like
from .headline import find_headline
from .language import guess_language, normalize_language
from .markup import F_COMMENTS
from .related import find_html_related
from .subheading import find_html_subheading
from .urls import page_base

__all__ = ["segment_html"]


# No news page was published on the web before this year; an earlier "publication" date is a
# misreading (two numbers run together) or a date the story talks about.
EARLIEST_WEB_YEAR = 1994


def _published_fallback(page: Page, header: Sequence[Block]) -> dt.date | dt.datetime | None:
    """A date printed on its own line near the headline, else a machine-readable one there,
    else the metadata's publication date."""
    day_first = day_first_for(page.hints.language)
    # Dates in reader comments date the comments, not the article.
    header = [b for b in header if not b.flags & F_COMMENTS]
    for block in header:
        value = is_date_line(block.text, day_first)
        if _plausible(value):
            return value
    for block in header:
        if block.datetime:
            value = parse_iso_like(block.datetime)
            if _plausible(value):
                return value
    if page.hints.published:
        value = parse_iso_like(page.hints.published)
        return value if _plausible(value) else None
    return None


def _plausible(value: dt.date | dt.datetime | None) -> bool:
    """A publication date a web page can have (a misread "28.09.1912:44" is no such date)."""
    return value is not None and value.year >= EARLIEST_WEB_YEAR


def segment_html(page: Page, *, url: str | None, warnings: tuple[str, ...]) -> Article:
    """Split an HTML page in block form into the six segments."""
    blocks = page.blocks
    hints = page.hints
    head_index, headline = find_headline(page)
    story = html_body(page, head_index)
    body_indices = story.indices
    body_set = set(body_indices)
    # Lead paragraphs set apart from the story's container may be the dek: the header ends
    # where the container starts.
    first_body = story.container_start

    byline_indices, byline = find_html_byline(page, head_index, first_body, body_set)
    dek_indices, subheading = find_html_subheading(page, head_index, first_body, set(byline_indices))
    taken = set(byline_indices) | set(dek_indices)
    if head_index is not None:
        taken.add(head_index)
    body = tuple(blocks[i].text for i in body_indices if i not in taken)

    header_start = head_index if head_index is not None else max(0, first_body - 8)
    header = blocks[header_start : first_body + 3]
    if byline is None:
        # A date with no credit still dates the article: the byline then names nobody.
        published = _published_fallback(page, header)
        if published is not None:
            byline = Byline(text="", published=published)
    elif byline.published is None:
        byline = Byline(text=byline.text, authors=byline.authors, published=_published_fallback(page, header))

    base = page_base(hints, url)
    copyright_index, notice = find_html_copyright(page, body_set, hints)
    related = find_html_related(
        page, body_set, base, skip={copyright_index} if copyright_index is not None else set(), page_url=url
    )

    language = normalize_language(hints.language) or guess_language(" ".join(body))
    notes = consistency_warnings(headline, subheading, body, related)
    if not blocks:
        notes += ("the page has no visible text",)
    elif not body:
        notes += ("no article body found",)
    return Article(
        headline=headline,
        subheading=subheading,
        byline=byline,
        body=body,
        related_links=related,
        copyright=notice,
        description=hints.description,
        url=url or hints.canonical_url,
        language=language,
        warnings=warnings + notes,
    )
