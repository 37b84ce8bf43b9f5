"""When the article is from: the date printed with its credit, and the page-level dates.

Two questions, answered once for HTML and text dumps alike:

* :func:`_printed_date` (HTML): the date the page prints with the credit, or when the credit
  prints none, the first of a chain of weaker readers (a date line by the headline, a date
  labelled as the publication under the story, the metadata, a dateline, a relative date
  counted back from the metadata's modification time, the permalink). It becomes
  ``byline.published``.
* :func:`_page_dates`: ``Article.published`` / ``modified`` (days) and ``published_time`` /
  ``modified_time`` (timezone-aware datetimes), weighed from all the evidence.

The policy of :func:`_page_dates`, and the facts about web pages behind it:

1. A permalink date (``/2024/05/03/slug``) is the day the story was filed: it wins when the
   metadata's publication day agrees with it (two machine-written witnesses against a printed
   date, which may be another story's or a reprint's), and when nothing else dates the page.
2. A date printed by the credit is what readers see, and it wins over the metadata, which is
   machine-written and sometimes the crawl or template date. But a printed date labelled as
   an update ("Updated May 5, 2024", "Aktualisiert am ...") is the last change: the article
   was published earlier, on the metadata's publication day when that is not later, and
   when a line prints two dates the earlier one is the publication.
3. Without a printed date: the metadata's publication date (the article's JSON-LD node, the
   article meta tags, microdata, ``<time pubdate>``), then its modification date (a page
   that only says when it was last changed is from then at the latest).

Days are local: a date is the day as the page writes it, in the offset it writes it in, and
never moved to UTC ("2024-05-03T23:30:00-04:00" is 3 May). A printed "May 3" therefore beats
metadata that wrote the same moment in UTC as "2024-05-04T03:30:00Z". The aware
``published_time`` keeps the exact moment for anyone who needs UTC. Naive times (a printed
"10:32" with no zone) are never exposed: a time without its offset is not a moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import regex

from ..blocks import Block, Hints, Page
from ..cues.dates import (
    date_in_row,
    date_in_url,
    find_printed_date,
    find_printed_dates,
    find_relative_date,
    is_date_line,
    parse_iso_like,
    resolve_relative,
)
from ..cues.lexicon import DATE_KIND_LABEL, DATE_LABEL, FIRST_PUBLISHED
from ..cues.markup import F_COMMENTS, F_RELATED
from ..cues.text import ends_sentence, word_count
from ..found import Dates, Found, Taken

__all__ = ["in_html", "in_text"]

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
# A line this much link, or a heading, next to a date line in the date's own element makes the
# two a teaser card (a title and its date), not the story's date line.
TEASER_TITLE_LINK_DENSITY = 0.5
TEASER_TITLE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "a"))
# A dateline ends at a full stop or a dash before the paragraph's first sentence.
_DATELINE_END = regex.compile(r"\s*[.:]\s|\s+(?:[-–—]|--)\s")
# The story's first paragraphs, where a dateline may open the text.
OPENING_PARAGRAPHS = 4
# Lines at the foot of the story (its last two, then these many under it) where its date may be printed.
CLOSING_LINES = 5
# Blocks under the story searched for a labelled date line ("Last updated: ..."): page footers of
# institutions print it after related links and contact boxes.
FOOTER_DATE_REACH = 40
# Dates by the headline are searched this many blocks below it, when the story starts sooner (in
# lines that are not the story's: a meta row after the lead paragraphs).
DATE_BELOW_HEADLINE = 8
# A date line may end in a few words (a time zone, "by Jane Doe"); more make it a sentence.
DATE_LINE_TAIL_WORDS = 4
# A label printed on a line of its own before the date ("Published", "Last updated:").
LABEL_LINE_MAX_CHARS = 30
# A note on the first publication is a sentence or two; a longer block is story text that may quote one.
FIRST_PUBLISHED_MAX_CHARS = 300
# The date of such a note follows its words closely ("originally published on The Conversation on May 3").
FIRST_PUBLISHED_REACH = 60
# A label names the date it stands right before: only this much text before a date is searched for one.
LABEL_REACH_CHARS = 40
# Dates a credit line may print (publication, update, a "reviewed on"); more are a list of something else.
MAX_DATES_PER_LINE = 3

_ONE_DAY = dt.timedelta(days=1)

# Where a printed date came from: the credit or a line of the page, the metadata, the permalink.
SOURCE_PAGE = "page"
SOURCE_METADATA = "metadata"
SOURCE_URL = "url"

# A date, or a date and time, as the readers in this module return them.
_When = dt.date | dt.datetime


@dataclass(frozen=True, slots=True)
class Printed:
    """The date shown with the credit (``byline.published``) and where it came from.

    ``lines`` are the blocks it was read from (the credit, a date line), whose other dates and
    labels the page-level weighing reads; ``source`` is one of ``SOURCE_*``.
    """

    value: _When | None = None
    lines: tuple[Block, ...] = ()
    source: str = SOURCE_PAGE


def _plausible(value: _When | None) -> bool:
    """A publication date a web page can have (a misread "28.09.1912:44" is no such date)."""
    return value is not None and value.year >= EARLIEST_WEB_YEAR


def _day(value: _When) -> dt.date:
    """The day as written: a datetime keeps the day of its own offset, never moved to UTC."""
    return value.date() if isinstance(value, dt.datetime) else value


def _local(value: _When | None) -> bool:
    """A time written with a non-zero UTC offset: the site's local time, not a conversion to UTC."""
    moment = _aware(value)
    return moment is not None and moment.utcoffset() != dt.timedelta(0)


def _aware(value: _When | None) -> dt.datetime | None:
    return value if isinstance(value, dt.datetime) and value.utcoffset() is not None else None


def in_text(page: Page, found: Found) -> Taken[Dates]:
    """A text dump has no metadata: its dates are the one printed under its headline (read by the
    byline rule) and its permalink's."""
    byline = found.byline.value
    lines = tuple(page.blocks[i] for i in found.byline.blocks)
    printed = Printed(byline.published if byline is not None else None, lines)
    day_first = found.meta.value.day_first
    return Taken(_page_dates(printed, page.hints, found.url, page.blocks, day_first), found.byline.blocks)


def in_html(page: Page, found: Found) -> Taken[Dates]:
    """The date printed with the credit, else by the headline, in the metadata or the permalink
    (:func:`_printed_date`), and the page-level dates weighed from all of them (:func:`_page_dates`)."""
    byline = found.byline.value
    printed = _printed_date(
        page,
        head_index=found.headline.first,
        first_body=found.story.value.start,
        body_indices=found.story.blocks,
        byline_indices=found.byline.blocks,
        credit_date=byline.published if byline is not None else None,
        url=found.url,
        day_first=found.meta.value.day_first,
    )
    lines = tuple(block.index for block in printed.lines)
    return Taken(_page_dates(printed, page.hints, found.url, page.blocks, found.meta.value.day_first), lines)


# ---------------------------------------------------------------------------
# The printed date (byline.published)
# ---------------------------------------------------------------------------


def _printed_date(
    page: Page,
    *,
    head_index: int | None,
    first_body: int,
    body_indices: Sequence[int],
    byline_indices: Sequence[int],
    credit_date: _When | None,
    url: str | None,
    day_first: bool | None = None,
) -> Printed:
    """The date an HTML page prints with its credit (``credit_date``, read by the byline rule
    from ``byline_indices``), else the first date the fallback readers find, with its source.

    A credit found below the lines by the headline (an author box under the story, a reply
    further down a thread) prints the date of its own box: a date by the headline, when there
    is one, dates the article instead."""
    blocks = page.blocks
    hints = page.hints
    from_url = date_in_url(url or hints.canonical_url)
    header_start = head_index if head_index is not None else max(0, first_body - 8)
    header_end = max(first_body + 3, header_start + DATE_BELOW_HEADLINE)
    body = set(body_indices)
    # Past the story's first lines, only lines that are not its paragraphs (which cite other
    # days), nor teasers.
    header = [
        b
        for b in blocks[header_start:header_end]
        if b.index < first_body + 3 or (b.index not in body and not b.flags & F_RELATED)
    ]
    if head_index is not None:
        # Then the lines over the headline, nearest first.
        header += reversed(blocks[max(0, head_index - DATE_ABOVE_HEADLINE) : head_index])
    credit_lines = tuple(blocks[i] for i in byline_indices)
    anchor = head_index if head_index is not None else first_body
    around = (i for d in range(1, DATE_ROW_REACH + 1) for i in (anchor + d, anchor - d))
    near = [blocks[i] for i in around if 0 <= i < len(blocks)]
    found = Printed()
    if credit_date is not None and _member_date(blocks, credit_lines, credit_date):
        # A forum post's credit box prints its author's join date ("Joined" / "Jun 4, 2024").
        credit_date = None
    if credit_date is not None:
        if min(byline_indices, default=0) >= header_end:
            found = _header_date(page, header, near, body, day_first)
        if found.value is None:
            found = Printed(credit_date, credit_lines, SOURCE_PAGE)
    else:
        opening = [blocks[i] for i in body_indices[:OPENING_PARAGRAPHS]]
        last = body_indices[-1] if body_indices else len(blocks)
        closing = blocks[max(0, last - 1) : last + 1 + CLOSING_LINES]
        footer = blocks[last + 1 : last + 1 + FOOTER_DATE_REACH]
        found = _published_fallback(page, header, near, opening, closing, footer, body, day_first)
        if found.value is None:
            found = _relative_date(hints, [*credit_lines, *header])
        if found.value is None and _plausible(from_url):
            found = Printed(from_url, (), SOURCE_URL)
    if found.value is None:
        return found
    # Machine-written dates of the page: the metadata's, the permalink's, those of <time> elements.
    machine = [hints.published, from_url.isoformat() if from_url else None, *(b.datetime for b in blocks if b.datetime)]
    settled = _order_from_metadata(found.value, machine, [*credit_lines, *header, *found.lines])
    return found if settled is found.value else Printed(settled, found.lines, found.source)


def _outside_comments(blocks: Iterable[Block]) -> list[Block]:
    """Dates in reader comments date the comments, not the article."""
    return [b for b in blocks if not b.flags & F_COMMENTS]


def _header_date(
    page: Page, header: Sequence[Block], near: Sequence[Block], body: Collection[int], day_first: bool | None
) -> Printed:
    """A date printed by the headline: on its own line in the ``header`` (the headline's
    neighbours, nearest first), a line there, not one of the story's ``body`` paragraphs, that
    opens or ends with a date ("24.01.2022 Meldung", "Thema des Tages // 02.11.2021"), a row of
    items with a date among them in the ``near`` lines ("Paddy · April 19, 2019 · Mac"), or a
    machine-readable date in the header. ``day_first``: how the page writes numeric dates."""
    # Nor do a forum member's "Joined: 4 Jul 2012" lines.
    header = [b for b in _outside_comments(header) if not _member_since(page.blocks, b)]
    return _first_plausible(
        (
            (header, lambda b: is_date_line(b.text, day_first)),
            (header, lambda b: _dateline(b.text, day_first, in_story=b.index in body)),
            (near, lambda b: date_in_row(b.text, day_first)),
            (header, lambda b: parse_iso_like(b.datetime) if b.datetime else None),
        )
    )


def _published_fallback(
    page: Page,
    header: Sequence[Block],
    near: Sequence[Block] = (),
    opening: Sequence[Block] = (),
    closing: Sequence[Block] = (),
    footer: Sequence[Block] = (),
    body: Collection[int] = (),
    day_first: bool | None = None,
) -> Printed:
    """The article's date when its credit gives none, from the first of: a date by the headline
    (:func:`_header_date`); when the metadata has a publication date, a date labelled as the
    publication ("Published August 13, 2025") in the ``closing`` lines or in the ``footer`` inside
    the story's element, outside teaser cards, and else the metadata's date; then a dateline
    opening one of the ``opening`` paragraphs ("31. Oktober 2023. Drag queens ..."), a date
    labelled as the publication or update date, or alone, in the ``closing`` lines of the story
    ("Veröffentlicht am: 6. August 2009", "15.12.2021"), a labelled date line further down the
    ``footer`` ("Page last updated: 13 November 2025"), and a row of items with a date among them
    in the ``closing`` lines ("15th Dec 2025 • backlinks • ocaml, web")."""
    found = _header_date(page, header, near, body, day_first)
    if found.value is not None:
        return found
    # Nor do the dates of teasers under the story (a list named like one, not the story's own
    # wrapper, which may be named "card" or "post-feed" too).
    story = set(page.blocks[min(body)].ancestors) if body else set()

    def under_story(blocks: Sequence[Block]) -> list[Block]:
        return [
            b
            for b in _outside_comments(blocks)
            if not any(page.element_flags.get(a, 0) & F_RELATED for a in b.ancestors[-TEASER_LEVELS:] if a not in story)
        ]

    if page.hints.published:
        value = parse_iso_like(page.hints.published)
        if _plausible(value):
            # A date the page prints as its publication ("Published August 13, 2025") at the
            # story's foot, or further down inside the story's element, is what readers see: it
            # outranks the metadata, as a credit's date does. A teaser's date must not.
            own = _story_element(page, body)
            lines = [b for b in footer if b.index > closing[-1].index and own in b.ancestors] if closing else []
            lines = [b for b in under_story([*closing, *lines]) if not _in_teaser_card(page.blocks, b)]
            shown = _first_plausible(((lines, lambda b: _labelled_date(page.blocks, b, day_first, "published")),))
            return shown if shown.value is not None else Printed(value, (), SOURCE_METADATA)
    # The weakest evidence last: a date may open a paragraph or stand under the story for other reasons.
    return _first_plausible(
        (
            (opening, lambda b: _opening_dateline(b.text, day_first)),
            (under_story(closing), lambda b: _closing_date(b.text, day_first)),
            (under_story(footer), lambda b: _labelled_date(page.blocks, b, day_first)),
            # A blog's note closes with a row of its date, tags and links ("# 15th Dec 2025 • notes").
            (under_story(closing), lambda b: _closing_row(page.blocks, b, body, day_first)),
        )
    )


def _closing_row(blocks: Sequence[Block], block: Block, body: Collection[int], day_first: bool | None) -> _When | None:
    """The date that leads a row of items under the story, not one of its paragraphs nor a
    teaser's card. A date after other words in a row ("Next sailing • 5 Mar 2026", "Last reviewed •
    …") is what those words name, not the day the page was written."""
    if block.index in body or _in_teaser_card(blocks, block):
        return None
    return date_in_row(block.text, day_first, first_item=True)


def _story_element(page: Page, body: Collection[int]) -> int | None:
    """The innermost element that holds every paragraph of the story."""
    if not body:
        return None
    first, last = page.blocks[min(body)].ancestors, page.blocks[max(body)].ancestors
    shared = [a for a, b in zip(first, last, strict=False) if a == b]
    return shared[-1] if shared else None


def _in_teaser_card(blocks: Sequence[Block], block: Block) -> bool:
    """Whether the line sits in an element with a title of its own right next to it (a heading
    or a link line): a teaser's card ("Harbour bridge repairs finish early" / "Published July 2")."""
    if len(block.ancestors) < 2:
        return False
    card = block.ancestors[-2]
    for i in (block.index - 1, block.index + 1):
        if 0 <= i < len(blocks) and card in blocks[i].ancestors:
            near = blocks[i]
            if near.tag in TEASER_TITLE_TAGS or near.link_density >= TEASER_TITLE_LINK_DENSITY:
                return True
    return False


def _relative_date(hints: Hints, lines: Sequence[Block]) -> Printed:
    """A relative date printed by the headline ("3 hours ago", "vor 2 Tagen"), counted back from
    the time the page gives for when it was last made: its metadata's modification time. Without
    one the date is left out: when a crawler fetched the page is not the page's to say. (A relative
    date printed in a ``<time datetime>`` is read from that datetime by the header's readers.)"""
    reference = _meta(hints.modified)
    if reference is None:
        return Printed()
    for block in _outside_comments(lines):
        found = find_relative_date(block.text) if len(block.text) <= DATELINE_MAX_CHARS else None
        if found is not None:
            value = resolve_relative(found[0], reference)
            if _plausible(value):
                return Printed(value, (block,), SOURCE_PAGE)
    return Printed()


def _labelled_date(blocks: Sequence[Block], block: Block, day_first: bool | None, *labels: str) -> _When | None:
    """The date of a line that is a date with a publication or update label (or one of
    ``labels``), in the line ("Page last modified Jan. 17, 2025") or alone on the line before
    ("Published" / "Feb 2, 2023")."""
    if len(block.text) > DATELINE_MAX_CHARS:
        return None
    value, span = find_printed_date(block.text, day_first=day_first)
    if value is None or span is None or word_count(block.text[span[1] :]) > DATE_LINE_TAIL_WORDS:
        return None
    return value if _label_of(blocks, block, span[0]) in (labels or ("published", "updated")) else None


def _first_plausible(readers: Sequence[tuple[Sequence[Block], Callable[[Block], _When | None]]]) -> Printed:
    """The first plausible date that a reader finds in its blocks, readers in order."""
    for blocks, read in readers:
        for block in blocks:
            value = read(block)
            if _plausible(value):
                return Printed(value, (block,), SOURCE_PAGE)
    return Printed()


def _dateline(text: str, day_first: bool | None, *, in_story: bool = False) -> _When | None:
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


def _opening_dateline(text: str, day_first: bool | None) -> _When | None:
    """The date that opens a paragraph as its dateline: "29.11.2022 – Mehrfach hatte ..."."""
    value, span = find_printed_date(text[:DATELINE_MAX_CHARS], day_first=day_first)
    if value is None or span is None or span[0] > 0:
        return None
    return value if _DATELINE_END.match(text, span[1]) else None


def _closing_date(text: str, day_first: bool | None) -> _When | None:
    """A date line at the foot of the story: a date alone, or one labelled as the date of
    publication or of the last update ("Veröffentlicht am: 6. August 2009", "Aktualisiert: ...")."""
    if len(text) > DATELINE_MAX_CHARS:
        return None
    value = is_date_line(text, day_first, max_extra_words=0)
    if value is not None or not DATE_LABEL.match(text):
        return value
    found, span = find_printed_date(text, day_first=day_first)
    return found if span is not None and span[0] <= DATELINE_MAX_CHARS // 3 else None


def _order_from_metadata(printed: _When, machine: Iterable[str | None], lines: Iterable[Block]) -> _When:
    """The printed date, or a machine-written date of the page (its metadata, a ``<time
    datetime>``) that is the same day and month read in the other order, when the page prints
    that date in digits only (in ``lines``, the blocks it was read from): "12/04/2020" on a
    British page is 12 April, as its metadata says, not December 4."""
    if printed.day > 12 or printed.day == printed.month:
        return printed
    swapped = (printed.year, printed.day, printed.month)
    for raw in machine:
        value = parse_iso_like(raw) if raw else None
        if value is None or (value.year, value.month, value.day) != swapped:
            continue
        numeric = regex.compile(
            rf"(?<!\d)0?(?:{printed.day}[./-]0?{printed.month}|{printed.month}[./-]0?{printed.day})[./-](?:\d\d)?"
            rf"{printed.year % 100:02d}(?!\d)"
        )
        # "April 12, 2020" names its month: no order to settle.
        return value if any(numeric.search(block.text) for block in lines) else printed
    return printed


# ---------------------------------------------------------------------------
# The page-level dates
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Shown:
    """What the credit lines print: the publication and the update, as read with their labels."""

    published: _When | None = None
    updated: _When | None = None


def _label_before(text: str, start: int) -> str | None:
    """The kind of label ("updated", "published", "member") right before the date at ``start``."""
    m = DATE_KIND_LABEL.search(text[max(0, start - LABEL_REACH_CHARS) : start])
    return m.lastgroup if m is not None else None


def _label_of(blocks: Sequence[Block], block: Block, start: int) -> str | None:
    """The label of the date at ``start`` in ``block``: in the block, or alone on the block
    before when the date opens its block ("Published" / "Feb 2, 2023")."""
    label = _label_before(block.text, start)
    if label is not None or block.text[:start].strip() or not 0 < block.index <= len(blocks):
        return label
    previous = blocks[block.index - 1].text
    return _label_before(previous, len(previous)) if len(previous) <= LABEL_LINE_MAX_CHARS else None


def _member_date(blocks: Sequence[Block], lines: Iterable[Block], value: _When) -> bool:
    """``value`` is printed in ``lines`` only as the day a forum member joined."""
    kinds = {
        _label_of(blocks, block, start)
        for block in lines
        for found, (start, _) in find_printed_dates(block.text, limit=MAX_DATES_PER_LINE)
        if _day(found) == _day(value)
    }
    return kinds == {"member"}


# A piece of every word of a forum member's label (DATE_KIND_LABEL's "member" group) that ASCII
# text can hold: an ASCII line with none of them, lowered as the label's pattern folds ASCII
# case, has no such label to read.
_MEMBER_PIECES = ("joined", "member", "regist", "mitglied", "dabei", "inscri", "miembro", "iscritto", "zarejestrowany")


def _may_name_member(text: str) -> bool:
    if not text.isascii():
        return True
    low = text.lower()
    return any(piece in low for piece in _MEMBER_PIECES)


def _member_since(blocks: Sequence[Block], block: Block) -> bool:
    """The block prints the day a forum member joined."""
    previous = blocks[block.index - 1].text if 0 < block.index <= len(blocks) else ""
    if not (_may_name_member(block.text) or _may_name_member(previous)):
        # No label of a member before any date: the date need not be read.
        return False
    _, span = find_printed_date(block.text)
    return span is not None and _label_of(blocks, block, span[0]) == "member"


def _shown(printed: Printed, blocks: Sequence[Block], day_first: bool | None) -> _Shown:
    """Read the printed date's lines: each date with the label before it, in its line or alone
    on the line before ("Updated" / "May 5, 2024"). The earliest date not labelled as an update
    is the publication, the latest labelled one the update."""
    if printed.value is None or printed.source != SOURCE_PAGE:
        return _Shown()
    published: list[_When] = []
    updated: list[_When] = []
    shown_day = printed.value
    for block in printed.lines:
        machine = _meta(block.datetime)
        for value, (start, _) in find_printed_dates(block.text, day_first=day_first, limit=MAX_DATES_PER_LINE):
            if not _plausible(value):
                continue
            if (value.year, value.month, value.day) == (shown_day.year, shown_day.day, shown_day.month):
                # The order of day and month was settled when the printed date was chosen.
                value = printed.value
            if machine is not None and _local(machine) and abs(_day(machine) - _day(value)) == _ONE_DAY:
                # The text of a <time> may be rendered in the reader's time zone; a datetime written
                # with the site's own offset gives the page's day (one in UTC is a conversion).
                value = machine
            label = _label_of(blocks, block, start)
            if label == "member":
                continue
            (updated if label == "updated" else published).append(value)
    if not published and not updated:
        # Read from a <time datetime> alone, or a line that no longer prints it as found.
        return _Shown(published=printed.value)
    return _Shown(
        published=min(published, key=_day) if published else None,
        updated=max(updated, key=_day) if updated else None,
    )


def _agree(value: _When | None, day: dt.date) -> bool:
    """A machine date names ``day``: the same day, or in UTC a day off (an evening story in the
    Americas is the next day in UTC, a morning one in Asia the day before)."""
    if value is None:
        return False
    if _day(value) == day:
        return True
    moment = _aware(value)
    return moment is not None and moment.utcoffset() == dt.timedelta(0) and abs(moment.date() - day) == _ONE_DAY


def _first_publication(blocks: Iterable[Block], day_first: bool | None) -> _When | None:
    """The date of a note on the story's first publication ("This article was originally published
    on 26 Sep 2019"), outside reader comments."""
    for block in blocks:
        if len(block.text) > FIRST_PUBLISHED_MAX_CHARS or block.flags & F_COMMENTS:
            continue
        note = FIRST_PUBLISHED.search(block.text)
        if note is None:
            continue
        value, span = find_printed_date(block.text[note.end() :], day_first=day_first)
        if span is not None and span[0] <= FIRST_PUBLISHED_REACH and _plausible(value):
            return value
    return None


def _meta(value: str | None) -> _When | None:
    parsed = parse_iso_like(value) if value else None
    return parsed if _plausible(parsed) else None


def _page_dates(
    printed: Printed, hints: Hints, url: str | None, blocks: Sequence[Block] = (), day_first: bool | None = None
) -> Dates:
    """``published``/``modified`` and their aware times from the printed date (read from its
    lines among the page's ``blocks``), the metadata in ``hints`` and the permalink ``url``; see
    the module docstring for the policy."""
    shown = _shown(printed, blocks, day_first)
    meta_published = _meta(hints.published)
    meta_modified = _meta(hints.modified)
    from_url = date_in_url(url or hints.canonical_url)

    published: _When | None
    if shown.published is not None:
        published = shown.published
    elif shown.updated is not None:
        # Only the update is printed: the publication is the metadata's, unless that is later.
        before = meta_published is not None and _day(meta_published) <= _day(shown.updated)
        published = meta_published if before else shown.updated
    else:
        published = meta_published or meta_modified or printed.value
    first = _first_publication(blocks, day_first)
    if first is not None and (published is None or _day(first) < _day(published)):
        # The page says when the story first appeared: an earlier date on it is a later version's.
        published = first
    if from_url is not None and _plausible(from_url) and (published is None or _agree(meta_published, from_url)):
        # The permalink's day is the filing day. Where the metadata's publication day agrees with
        # it, two machine-written witnesses outvote a printed date (another story's, a reprint's).
        published = from_url if published is None or _day(published) != from_url else published

    modified = shown.updated or meta_modified
    if published is None:
        return Dates(printed=printed.value)
    day = _day(published)
    if modified is not None and _day(modified) < day:
        # A change before the publication is no change of this article (a template's date).
        modified = None
    return Dates(
        printed=printed.value,
        published=day,
        modified=None if modified is None else _day(modified),
        published_time=_time_of(day, (published, meta_published, printed.value, *_machine_times(printed.lines))),
        modified_time=None if modified is None else _time_of(_day(modified), (modified, meta_modified)),
    )


def _machine_times(lines: Iterable[Block]) -> list[_When | None]:
    """The ``<time datetime>`` values of the printed date's lines."""
    return [parse_iso_like(b.datetime) for b in lines if b.datetime]


def _time_of(day: dt.date, sources: Iterable[_When | None]) -> dt.datetime | None:
    """The first aware datetime among ``sources`` that falls on ``day`` as written, else None."""
    for value in sources:
        moment = _aware(value)
        if moment is not None and moment.date() == day:
            return moment
    return None
