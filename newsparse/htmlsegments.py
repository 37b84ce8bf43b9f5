"""The segment rules applied to an HTML page, where tags, classes and metadata add evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence

import regex

from .article import Article, Byline
from .blocks import Block, Page
from .body import html_body
from .byline import date_in_row, day_first_for, find_html_byline, is_date_line
from .copyright import find_html_copyright
from .dates import date_in_url, find_printed_date, parse_iso_like
from .diagnostics import NO_BODY, NO_TEXT, PageWarning
from .headline import find_headline
from .language import guess_language, normalize_language
from .lexicon import DATE_LABEL
from .markup import F_COMMENTS, F_RELATED
from .related import find_html_related
from .structure import html_structure
from .subheading import find_html_subheading
from .text import ends_sentence
from .trust import Found, assess
from .urls import page_base, page_url, url_warnings

__all__ = ["segment_html"]


# No news page was published on the web before this year; an earlier "publication" date is a
# misreading (two numbers run together) or a date the story talks about.
EARLIEST_WEB_YEAR = 1994
# What separates a place from the date in a dateline printed as a story's first line.
_PLACE_DATE_SEPARATORS = (",", "|", "·", "–", "—")
# A dateline is a line, not a sentence that mentions a date.
DATELINE_MAX_CHARS = 90
# Dates printed above the headline (a rubric and date line over the <h1>) count this many blocks up.
DATE_ABOVE_HEADLINE = 4
# A row of short items with a date among them ("Paddy · April 19, 2019 · Mac · 7 comments") dates
# the article only when it is one of the few lines nearest the headline.
DATE_ROW_REACH = 2
# A date under the story in an element this close to a teaser list's name dates a teaser.
TEASER_LEVELS = 4
# A dateline ends at a full stop or a dash before the paragraph's first sentence.
_DATELINE_END = regex.compile(r"\s*[.:]\s|\s+(?:[-–—]|--)\s")
# The story's first paragraphs, where a dateline may open the text.
OPENING_PARAGRAPHS = 4
# Lines at the foot of the story (its last two, then these many under it) where its date may be printed.
CLOSING_LINES = 5


def _published_fallback(
    page: Page,
    header: Sequence[Block],
    near: Sequence[Block] = (),
    opening: Sequence[Block] = (),
    closing: Sequence[Block] = (),
    body: Collection[int] = (),
) -> dt.date | dt.datetime | None:
    """The article's date when its credit gives none, from the first of:

    a date printed on its own line in the ``header`` (the headline's neighbours, nearest first),
    a line there, not one of the story's ``body`` paragraphs, that opens or ends with a date
    ("24.01.2022 Meldung", "Thema des Tages // 02.11.2021"), a row of items with a date among
    them in the ``near`` lines ("Paddy · April 19, 2019 · Mac"), a machine-readable date in the
    header, the metadata's publication date, a dateline opening one of the ``opening``
    paragraphs ("31. Oktober 2023. Drag queens ..."), a date labelled as the publication or
    update date, or alone, in the ``closing`` lines of the story ("Veröffentlicht am: 6. August
    2009", "15.12.2021")."""
    day_first = day_first_for(page.hints.language)
    # Dates in reader comments date the comments, not the article.
    header = [b for b in header if not b.flags & F_COMMENTS]
    # Nor do the dates of teasers under the story (a list named like one, not the story's own
    # wrapper, which may be named "card" or "post-feed" too).
    story = set(page.blocks[min(body)].ancestors) if body else set()
    closing = [
        b
        for b in closing
        if not b.flags & F_COMMENTS
        and not any(page.element_flags.get(a, 0) & F_RELATED for a in b.ancestors[-TEASER_LEVELS:] if a not in story)
    ]
    found = _first_plausible(
        (
            (header, lambda b: is_date_line(b.text, day_first)),
            (header, lambda b: _dateline(b.text, day_first, in_story=b.index in body)),
            (near, lambda b: date_in_row(b.text, day_first)),
            (header, lambda b: parse_iso_like(b.datetime) if b.datetime else None),
        )
    )
    if found is not None:
        return found
    if page.hints.published:
        value = parse_iso_like(page.hints.published)
        if _plausible(value):
            return value
    # The weakest evidence last: a date may open a paragraph or stand under the story for other reasons.
    return _first_plausible(
        (
            (opening, lambda b: _opening_dateline(b.text, day_first)),
            (closing, lambda b: _closing_date(b.text, day_first)),
        )
    )


def _first_plausible(
    readers: Sequence[tuple[Sequence[Block], Callable[[Block], dt.date | dt.datetime | None]]],
) -> dt.date | dt.datetime | None:
    """The first plausible date that a reader finds in its blocks, readers in order."""
    for blocks, read in readers:
        for block in blocks:
            value = read(block)
            if _plausible(value):
                return value
    return None


def _dateline(text: str, day_first: bool | None, *, in_story: bool = False) -> dt.date | dt.datetime | None:
    """The date a short line opens or ends with: a dateline with a rubric or a place beside it.

    ``in_story``: the line is one of the story's paragraphs, where only a place-and-date line
    counts ("Hofheim | Wiesbaden, 11. November 2021"); "The trial begins on June 30, 2025." and
    "Konzert am 3. Mai 2024" speak of another day."""
    if len(text) > DATELINE_MAX_CHARS:
        return None
    value, span = find_printed_date(text, day_first=day_first)
    if value is None or span is None:
        return None
    if in_story and (ends_sentence(text) or not text[: span[0]].rstrip().endswith(_PLACE_DATE_SEPARATORS)):
        return None
    before = DATE_LABEL.sub("", text[: span[0]]).strip(" -–—|/·•,:(")
    after = text[span[1] :].strip(" -–—|/·•,:.)")
    return value if not before or not after else None


def _opening_dateline(text: str, day_first: bool | None) -> dt.date | dt.datetime | None:
    """The date that opens a paragraph as its dateline: "29.11.2022 – Mehrfach hatte ..."."""
    value, span = find_printed_date(text[:DATELINE_MAX_CHARS], day_first=day_first)
    if value is None or span is None or span[0] > 0:
        return None
    return value if _DATELINE_END.match(text, span[1]) else None


def _closing_date(text: str, day_first: bool | None) -> dt.date | dt.datetime | None:
    """A date line at the foot of the story: a date alone, or one labelled as the date of
    publication or of the last update ("Veröffentlicht am: 6. August 2009", "Aktualisiert: ...")."""
    if len(text) > DATELINE_MAX_CHARS:
        return None
    value = is_date_line(text, day_first, max_extra_words=0)
    if value is not None or not DATE_LABEL.match(text):
        return value
    found, span = find_printed_date(text, day_first=day_first)
    return found if span is not None and span[0] <= DATELINE_MAX_CHARS // 3 else None


def _order_from_metadata(
    printed: dt.date | dt.datetime, meta: str | None, lines: Iterable[Block]
) -> dt.date | dt.datetime:
    """The printed date, or the metadata's when the two are the same day and month read in the
    other order and the page prints that date in digits only (in ``lines``, the blocks it was read
    from): "12/04/2020" on a British page is 12 April, as its metadata says, not December 4."""
    value = parse_iso_like(meta) if meta else None
    if (
        value is None
        or printed.day > 12
        or printed.day == printed.month
        or (value.year, value.month, value.day) != (printed.year, printed.day, printed.month)
    ):
        return printed
    numeric = regex.compile(
        rf"(?<!\d)0?(?:{printed.day}[./-]0?{printed.month}|{printed.month}[./-]0?{printed.day})[./-](?:\d\d)?"
        rf"{printed.year % 100:02d}(?!\d)"
    )
    # "April 12, 2020" names its month: no order to settle.
    return value if any(numeric.search(block.text) for block in lines) else printed


def _plausible(value: dt.date | dt.datetime | None) -> bool:
    """A publication date a web page can have (a misread "28.09.1912:44" is no such date)."""
    return value is not None and value.year >= EARLIEST_WEB_YEAR


def segment_html(page: Page, *, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
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
    base = page_base(hints, url)
    body, body_blocks = html_structure(page, [i for i in body_indices if i not in taken], base)

    header_start = head_index if head_index is not None else max(0, first_body - 8)
    header = list(blocks[header_start : first_body + 3])
    if head_index is not None:
        # Then the lines over the headline, nearest first.
        header += reversed(blocks[max(0, head_index - DATE_ABOVE_HEADLINE) : head_index])
    if byline is None or byline.published is None:
        anchor = head_index if head_index is not None else first_body
        around = (i for d in range(1, DATE_ROW_REACH + 1) for i in (anchor + d, anchor - d))
        near = [blocks[i] for i in around if 0 <= i < len(blocks)]
        opening = [blocks[i] for i in body_indices[:OPENING_PARAGRAPHS]]
        last = body_indices[-1] if body_indices else len(blocks)
        closing = blocks[max(0, last - 1) : last + 1 + CLOSING_LINES]
        published = _published_fallback(page, header, near, opening, closing, body_set)
        if published is None:
            from_url = date_in_url(url or hints.canonical_url)
            published = from_url if _plausible(from_url) else None
        if byline is None:
            # A date with no credit still dates the article: the byline then names nobody.
            if published is not None:
                byline = Byline(text="", published=published)
        else:
            byline = Byline(text=byline.text, authors=byline.authors, published=published)
    if byline is not None and byline.published is not None:
        lines = [blocks[i] for i in byline_indices] + header
        settled = _order_from_metadata(byline.published, page.hints.published, lines)
        if settled is not byline.published:
            byline = Byline(text=byline.text, authors=byline.authors, published=settled)

    copyright_index, notice = find_html_copyright(page, body_set, hints)
    related = find_html_related(
        page, body_set, base, skip={copyright_index} if copyright_index is not None else set(), page_url=url
    )

    language = normalize_language(hints.language) or guess_language(" ".join(body))
    trust = assess(page, Found(headline, subheading, body, byline, related, page_url(hints, url), body_indices))
    notes = trust.warnings + url_warnings(hints, url)
    if not blocks:
        notes += (PageWarning(NO_TEXT, "the page has no visible text"),)
    elif not body:
        notes += (PageWarning(NO_BODY, "no article body found"),)
    return Article(
        headline=headline,
        subheading=subheading,
        byline=byline,
        body=body,
        body_blocks=body_blocks,
        related_links=related,
        copyright=notice,
        description=hints.description,
        url=page_url(hints, url),
        language=language,
        warnings=warnings + notes,
        page_type=trust.page_type,
        coherence=trust.coherence,
        confidence=trust.confidence,
    )
