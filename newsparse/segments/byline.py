"""byline: who wrote the article, where the page prints it: the credit line under a text dump's
headline, or the credit an HTML page marks or prints near its headline (the grammar of the line
itself is :mod:`newsparse.cues.credits`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence

import regex

from ..article import Byline
from ..blocks import Block, Hints, Page, common_ancestor
from ..cues.credits import (
    BARE_CREDIT_MAX_CHARS,
    BARE_NAME,
    BARE_PREFIX,
    CREDIT_MAX_CHARS,
    DANGLING_BY,
    EXPLICIT_CREDIT_LABEL,
    INITIALS,
    LEADING_DECORATION,
    LOWER_CASE_NAME,
    PIECE_SEPARATORS,
    Credit,
    is_handle,
    is_other_part,
    is_plain_name,
    is_title_line,
    is_user_name,
    names_with_degrees,
    parse_credit,
    words_in_names,
)
from ..cues.dates import DATE_ROW_MAX_CHARS, MONTH_WORDS, WEEKDAY_WORDS, date_in_row, is_date_line, parse_iso_like
from ..cues.lexicon import (
    AGENCIES,
    BYLINE_PREFIX,
    DATE_LABEL,
    JOB_TITLES,
    NAME_CONNECTOR,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    ORGANISATION_WORDS,
    OWN_SITE_WORDS,
    OWNER_LINKS,
    PHOTO_CREDIT,
    TEAM_WORDS,
    TOPIC_CREDIT_OPENER,
)
from ..cues.lines import is_furniture_line, is_menu_line, prose_span
from ..cues.markup import BIO_BOX, F_CAPTION, F_COMMENTS, F_RELATED, F_RELATED_STRONG, F_SITE_FOOTER, F_TAGS
from ..cues.text import closes_sentence, comparable, same_text, similarity, word_count
from ..cues.urls import host_spells_name
from ..found import Found, Taken
from ..read.marks import credit_marked, credit_named

__all__ = ["in_html", "in_text"]

# How many lines after the headline a text dump's credit and date may stand: a dek, a picture's
# caption and credit, a share row and a date line stand between.
TEXT_BYLINE_WINDOW = 12
# ... but a bare name ("Jane Roe") that far down is a caption's or the story's: it is the credit
# only this near the headline. A credit with "By" or a date beside the names is one further down.
TEXT_BARE_CREDIT_WINDOW = 4
# How many lines under a name printed twice its date may stand (the writer's social link between).
TEXT_TWICE_DATE_REACH = 2
# A bare name under the headline gives way to a credit with "By" this many lines under it at most
# (a caption and a dek stand between), and never to one past the story's prose, which the credit
# stands above (see TEXT_PROSE_MIN_WORDS: the first line of prose may be a dek).
TEXT_BARE_CREDIT_LOOKAHEAD = 4
# The second line of prose is the story's (the first may be a dek or a caption): the credit
# stands above it. A line of prose is a sentence of this many words at least.
TEXT_PROSE_MIN_WORDS = 15
# In that window a share row's or a menu's line (a word or three, "Share on Facebook") counts as
# this share of a line: a dump prints each of their entries on a line of its own.
TEXT_SHORT_LINE_SHARE = 0.25
# A browser prints each element of a credit on a line of its own ("By" / "Jo Lee" / "and" /
# "Sam Roe"): a line that is only the label is read with the name under it, and a line that is
# only a joining word with the name under that, up to this many names.
TEXT_CREDIT_PART_NAMES = 4
# ... a joining word of this many letters at least: a one-letter one alone on a line ("I", "a",
# "e") is as often a pronoun, a list's letter or a stray initial. Of the signs, "&" and "," only.
TEXT_CREDIT_LINE_CONNECTOR_MIN_CHARS = 2
_LINE_SIGNS = frozenset(("&", ","))
# What a credit's line of prose runs on with after the last name: a role set after it (", a deputy
# editor", ", the paper's …"; a dump may print a space before the comma) and a sentence after
# that, the writer's bio.
_BIO_APPOSITION = regex.compile(r"\s*,\s+(?:a|an|the)\s+[^.!?]+[.!?]\s+\S")
# A page that prints each writer's picture as a circle of initials puts them on a line of their
# own before the name ("JL" / "Jo Lee" / "SR" / "Sam Roe"): a pair of lines whose
# initials are the name's is one more writer, up to this many.
TEXT_AVATAR_NAMES = 4
# A line that opens with a "by" word and a name after it ("By Jo Lee", "Von Jo Lee", "by: Jo Lee").
_BY_OPENING = regex.compile(rf"(?:{BARE_PREFIX.pattern})\s+\S")
# A credit row: a bare name, then a separator and the rest of the row ("Jo Lee | Published 3 hours
# ago"); a bare "name" that is the whole line over the prose is as often a subheading.
_ROW_SEPARATOR = regex.compile(r"\s*[|·•]\s*\S")
# A "name" with a weekday's or a month's word in it is a date's ("By Tuesday evening, …").
_DATE_WORDS = frozenset(word.casefold() for word in MONTH_WORDS | WEEKDAY_WORDS)
# A line that is only the label: "By", "Written by", "Von".
TEXT_CREDIT_LABEL_MAX_CHARS = 20


def in_text(page: Page, found: Found) -> Taken[Byline | None]:
    """The credit and date lines just under a text dump's headline (see :func:`_text_credit`);
    a date with no credit gives a byline that names nobody."""
    head = found.headline.first
    notice = found.copyright.first
    start = 0 if head is None else head + 1
    end = len(page.blocks) if notice is None else notice
    day_first = found.meta.value.day_first
    taken = _text_credit(page.blocks, start, end, day_first)
    copy = None if head is None else _later_copy(page.blocks, head)
    if copy is not None and not _sure_byline(taken.value):
        # The title printed in the page's header and again over the story: a credit that is
        # sure ("By", a date) under the second copy outranks a bare name or nothing under the first.
        again = _text_credit(page.blocks, copy + 1, end, day_first)
        if again.value is not None and again.value.authors and _sure_byline(again.value):
            return again
    if head is not None and (taken.value is None or not taken.value.authors):
        # No one named under the headline: it may be a copy in the story's end or a teaser of
        # it, and the credit stands under the first copy, the page's own heading.
        first = _first_copy(page.blocks, head)
        if first is not None:
            again = _text_credit(page.blocks, first + 1, head, day_first)
            if again.value is not None and again.value.authors:
                return _dated_by(again, taken)
        above = _credit_over_prose(page.blocks, head, end, day_first)
        if above is not None:
            return _dated_by(above, taken)
        if copy is not None:
            # A title printed twice with no one named under either copy: the credit printed above
            # it, when the name is printed twice there (a publishing dialog and the page's header
            # name the writer; a heading above a product's title is printed once as a name).
            top = max(0, head - TEXT_BYLINE_WINDOW)
            again = _text_credit(page.blocks, top, head, day_first)
            if again.value is not None and again.value.authors and again.blocks:
                name = regex.compile(rf"(?<!\w){regex.escape(again.value.authors[0])}(?!\w)")
                if any(name.search(b.text) for b in page.blocks[again.blocks[-1] + 1 : head]):
                    return _dated_by(again, taken)
    return taken


def _dated_by(credit: Taken[Byline | None], under_head: Taken[Byline | None]) -> Taken[Byline | None]:
    """A credit read elsewhere than under the headline, dated by the date printed under it when
    the credit's own line prints none."""
    byline, dated = credit.value, under_head.value
    if byline is None or byline.published is not None or dated is None or dated.published is None:
        return credit
    blocks = tuple(sorted({*credit.blocks, *under_head.blocks}))
    return Taken(dataclasses.replace(byline, published=dated.published), blocks)


def in_html(page: Page, found: Found) -> Taken[Byline | None]:
    """The credit block nearest the headline, and the date printed in or near it (see
    :func:`_html_credit`)."""
    day_first = found.meta.value.day_first
    start = found.story.value.start
    head = _title_above_story(page, found.headline.value, found.headline.first, start)
    used, byline = _html_credit(page, head, start, set(found.story.blocks), day_first)
    if byline is None:
        byline = _site_owner(page, found)
    return Taken(byline, used)


def _title_above_story(page: Page, headline: str | None, head: int | None, start: int) -> int | None:
    """Where the credit is looked for around: the headline's block, or the title printed over
    the story's start when the headline taken is a later copy of it (a share box's, a comment
    form's), as the first print of the title may carry a suffix ("Title (example.com)")."""
    if head is None or not headline or start >= head:
        return head
    folded = headline.casefold()
    for block in page.blocks[max(0, start - TITLE_ABOVE_STORY_REACH) : start]:
        text = block.text.casefold()
        if text.startswith(folded) and _TITLE_END.match(text, len(folded)):
            return block.index
    return head


# Where a title printed with a suffix ends: the block's end, a space, a bracket or a separator;
# not a longer word ("Ferry" is no print of "Ferryman's tale").
_TITLE_END = regex.compile(r"$|[\s(\[{|:\-–—·•,/]")


def _site_owner(page: Page, found: Found) -> Byline | None:
    """The owner of a person's own site, when the page prints no credit: the name the metadata
    credits as author that the site's address spells ("Jo Lee" on jolee.dev), left out of the
    metadata's authors for the address alone. A name that is the site's whole declared name
    credits the site, as the site's name printed in its header does. A masthead ("Harbour Post")
    or a company ("Quayside Net Security") spelt by its address is told apart by its words: an
    organisation's, or words the page prints in lower case. (A copyright notice's holder is no
    such witness: a firm's notice names it as a person's name would.)"""
    url = found.meta.value.page_url or page.hints.canonical_url
    common = _LowerCaseWords(page)
    # The authors the metadata credits were left out as the site's name when no credit came of them.
    for value in (*page.hints.site_authors, *page.hints.authors):
        if not OWNER_NAME_MIN_WORDS <= word_count(value) <= OWNER_NAME_MAX_WORDS or not host_spells_name(url, value):
            continue
        if page.hints.site_name and comparable(value) == comparable(page.hints.site_name):
            continue
        if any(word in ORGANISATION_WORDS or word in TEAM_WORDS for word in comparable(value).split()):
            continue
        credit = parse_credit(value, marked=True)
        if credit is not None and credit.authors == (value,) and not credit.agencies and not common.any_of((value,)):
            return Byline(text=value, authors=(value,))
    return None


def _text_credit(blocks: Sequence[Block], start: int, end: int, day_first: bool | None) -> Taken[Byline | None]:
    """The first credit line and the first date line among the few from ``start`` on (before
    ``end``), in either order, a dek or a caption between them and the headline; ``day_first``:
    how the page writes numeric dates."""
    used: list[int] = []
    credit: Credit | None = None
    published: dt.date | dt.datetime | None = None
    prose_before = False
    lines = 0.0
    joined_until = start  # the lines read as parts of a credit printed a part a line
    bare: tuple[int, Credit] | None = None  # a bare name that gave way to a "By" line under it
    for block in blocks[start:end]:
        if block.index < joined_until:
            continue
        lines += TEXT_SHORT_LINE_SHARE if is_menu_line(block.text) or is_furniture_line(block.text) else 1.0
        if lines > TEXT_BYLINE_WINDOW:
            break
        prose = _is_text_prose(block.text, day_first, credit is None)
        if prose and prose_before:
            break
        prose_before = prose_before or prose
        if credit is None:
            parts = _credit_parts(blocks, block.index, end)
            if len(parts) > 1:
                joined = parse_credit(" ".join(blocks[i].text for i in parts), day_first=day_first)
                if joined is not None and joined.prefixed:
                    credit = joined
                    used.extend(parts)
                    joined_until = parts[-1] + 1
                    if joined.published is not None and published is None:
                        published = joined.published
                    continue
            parsed = parse_credit(block.text, day_first=day_first)
            following = blocks[block.index + 1] if block.index + 1 < end else None
            twice = following is not None and _name_printed_twice(block, following)
            far = block.index - start >= TEXT_BARE_CREDIT_WINDOW
            # That far down, a name printed twice may be a photo of the story's subject, its alt text
            # and its caption: the writer's picture has the article's date beside it.
            dated = twice and _dated(blocks, block.index, start, end, day_first)
            if parsed is not None and far and not (parsed.prefixed or parsed.published is not None or dated):
                parsed = None
            if twice and parsed is not None and following is not None:
                # The writer's picture, printed by its alt text, then the name: one credit of two lines.
                used.append(following.index)
                joined_until = following.index + 1
            elif parsed is not None and not parsed.prefixed and parsed.published is None and following is not None:
                # Two name-shaped lines: the dek comes before the credit, so the second is the credit;
                # but a desk's role under a name ("Jo Lee" / "Games Editor") is the writer's job.
                later = parse_credit(following.text, day_first=day_first)
                if later is not None and (later.prefixed or (later.authors and not _desk_role(later))):
                    parsed = None
            if (
                parsed is not None
                and not parsed.prefixed
                and parsed.published is None
                and bare is None
                and not twice
                and _by_credit_ahead(blocks, block.index + 1, end, day_first, prose_before)
            ):
                # A bare "name" (a caption's "Ferry skipper Ana Holt.") gives way to a credit with
                # "By" a few lines under it, the surer credit of the two, when that one is taken.
                bare = (block.index, parsed)
                parsed = None
            if parsed is not None:
                credit = parsed
                used.append(block.index)
                more = _avatar_names(blocks, block.index + 1, end, day_first)
                if more:
                    names = tuple(blocks[i].text.strip() for i in more)
                    # Printed as a credit of several names is: "Jo Lee and Sam Roe", "A, B, C".
                    text = (" and " if len(names) == 1 else ", ").join((credit.text, *names))
                    credit = dataclasses.replace(credit, text=text, authors=credit.authors + names)
                    used.extend(more)
                    joined_until = more[-1] + 1
                if parsed.published is not None and published is None:
                    published = parsed.published
                continue
        if published is None:
            date = is_date_line(block.text, day_first)
            if date is not None:
                published = date
                used.append(block.index)
                continue
        if credit is not None and published is not None:
            break
        if credit is not None and used and block.index > used[-1] + 1:
            # The date stands by the credit, not further down the story.
            break
    if credit is None and bare is not None:
        # The "By" line under the bare name was not taken after all: the name is the credit.
        credit = bare[1]
        used.append(bare[0])
    if credit is None:
        # A date with no credit still dates the article: the byline then names nobody.
        return Taken(Byline(text="", published=published) if published else None, tuple(used))
    authors = tuple(_once(name) for name in credit.authors)
    return Taken(Byline(text=credit.text, authors=authors, published=published), tuple(sorted(used)))


def _dated(blocks: Sequence[Block], at: int, start: int, end: int, day_first: bool | None) -> bool:
    """A date line stands right above the name printed twice at ``at`` or a few lines under it
    (within ``start``..``end``)."""
    near = range(max(start, at - 1), min(end, at + 2 + TEXT_TWICE_DATE_REACH))
    return any(i not in (at, at + 1) and is_date_line(blocks[i].text, day_first) is not None for i in near)


def _name_printed_twice(line: Block, following: Block) -> bool:
    """The line is a bare name, printed again as the next line: a writer's picture whose alt text
    is the name, then the name (a caption or a dek is not printed twice over)."""
    text = line.text.strip()
    return text == following.text.strip() and line.tag == following.tag == "line" and is_plain_name(text)


def _credit_over_prose(
    blocks: Sequence[Block], head: int, end: int, day_first: bool | None
) -> Taken[Byline | None] | None:
    """The credit printed right over the story's first line of prose, however far under the
    headline (a gallery's captions stand between); ``None`` when that line names no one."""
    span = prose_span([b.text for b in blocks], [b.link_density for b in blocks])
    if span is None or not head + 1 < span[0] <= end:
        return None
    line = blocks[span[0] - 1]
    credit = parse_credit(line.text, day_first=day_first)
    if credit is None or not credit.authors:
        return None
    text = line.text.strip()
    row = text.startswith(credit.text) and _ROW_SEPARATOR.match(text, len(credit.text)) is not None
    if not (credit.prefixed or credit.published is not None or row):
        return None
    authors = tuple(_once(name) for name in credit.authors)
    return Taken(Byline(text=credit.text, authors=authors, published=credit.published), (line.index,))


def _avatar_names(blocks: Sequence[Block], start: int, end: int, day_first: bool | None) -> list[int]:
    """The name lines from ``start`` on that each follow a line of their initials (see
    :data:`TEXT_AVATAR_NAMES`)."""
    names: list[int] = []
    at = start
    while len(names) < TEXT_AVATAR_NAMES and at + 1 < end:
        initials, name = blocks[at].text.strip(), blocks[at + 1].text.strip()
        if INITIALS.fullmatch(initials) is None:
            break
        credit = parse_credit(name, day_first=day_first)
        if credit is None or credit.prefixed or len(credit.authors) != 1 or credit.authors[0] != name:
            break
        if "".join(word[0] for word in name.split() if word[0].isupper()) != initials:
            break
        names.append(at + 1)
        at += 2
    return names


def _later_copy(blocks: Sequence[Block], head: int) -> int | None:
    """The headline printed again a few lines further down, nearer the story; ``None`` when it is not."""
    text = blocks[head].text
    return next((b.index for b in blocks[head + 1 : head + 1 + TEXT_BYLINE_WINDOW] if b.text == text), None)


def _first_copy(blocks: Sequence[Block], head: int) -> int | None:
    """The headline's first copy further up the dump; ``None`` when it is printed there no more."""
    text = blocks[head].text
    return next((b.index for b in blocks[:head] if b.text == text), None)


def _sure_byline(byline: Byline | None) -> bool:
    """A byline that opens with "By" or prints its date; not a bare name, which a menu's entry looks like."""
    return byline is not None and (BYLINE_PREFIX.match(byline.text) is not None or byline.published is not None)


def _desk_role(credit: Credit) -> bool:
    """A role after one word only names a desk, not a person: "Games Editor", "Sports Reporter"."""
    return credit.titled and len(credit.authors) == 1 and len(credit.authors[0].split()) == 1


def _credit_parts(blocks: Sequence[Block], index: int, end: int) -> list[int]:
    """The lines of a credit printed a part a line from ``index`` on: a label alone ("By"), the
    name under it, and a joining word alone ("and", "&") with a name under it, again and again;
    ``[index]`` when the line is no label alone."""
    text = blocks[index].text
    if len(text) > TEXT_CREDIT_LABEL_MAX_CHARS or DANGLING_BY.search(text) is None or index + 1 >= end:
        return [index]
    parts = [index, index + 1]
    while len(parts) < 2 * TEXT_CREDIT_PART_NAMES and parts[-1] + 2 < end:
        joining = blocks[parts[-1] + 1].text
        if (
            len(joining) > TEXT_CREDIT_LABEL_MAX_CHARS
            or NAME_CONNECTOR.fullmatch(f" {joining} ") is None
            or (len(joining.strip()) < TEXT_CREDIT_LINE_CONNECTOR_MIN_CHARS and joining.strip() not in _LINE_SIGNS)
        ):
            break
        parts += [parts[-1] + 1, parts[-1] + 2]
    return parts


def _is_text_prose(text: str, day_first: bool | None, credit_wanted: bool = True) -> bool:
    """A line of the story's prose (see :data:`TEXT_PROSE_MIN_WORDS`); while no credit is read, a
    credit with "By" and a bio after it is none."""
    return (
        closes_sentence(text)
        and word_count(text) >= TEXT_PROSE_MIN_WORDS
        and not (credit_wanted and _prefixed_credit(text, day_first))
    )


def _by_credit_ahead(blocks: Sequence[Block], start: int, end: int, day_first: bool | None, prose_before: bool) -> bool:
    """A credit with "By" among the few lines from ``start`` on, above the story's second line of
    prose (``prose_before``: one stands above ``start`` already; see
    :data:`TEXT_BARE_CREDIT_LOOKAHEAD`)."""
    for block in blocks[start : min(end, start + TEXT_BARE_CREDIT_LOOKAHEAD)]:
        if _prefixed_names(block.text, day_first):
            return True
        if _is_text_prose(block.text, day_first):
            if prose_before:
                return False
            prose_before = True
    return False


def _prefixed_names(text: str, day_first: bool | None) -> bool:
    """A credit line that opens with "By" (not any label: "About Python" is no credit) and names someone."""
    if len(text) > CREDIT_MAX_CHARS or _BY_OPENING.match(text.lstrip()) is None:
        return False
    credit = parse_credit(text, day_first=day_first)
    return credit is not None and credit.prefixed and bool(credit.authors)


def _prefixed_credit(text: str, day_first: bool | None) -> bool:
    """A credit with "By" is no line of prose, however long the writer's bio runs on after it
    ("By Jo Lee, a deputy editor. She has covered the city for a decade."): a name, a role set
    after it and a sentence after that. A sentence that opens "By Tuesday evening, …" is prose."""
    if BYLINE_PREFIX.match(text) is None:
        return False
    credit = parse_credit(text, day_first=day_first)
    if credit is None or not credit.authors:
        return False
    if any(word.casefold() in _DATE_WORDS for name in credit.authors for word in name.split()):
        return False
    last = text.find(credit.authors[-1])
    return last >= 0 and _BIO_APPOSITION.match(text, last + len(credit.authors[-1])) is not None


def _once(name: str) -> str:
    """A name printed twice in a row ("Jane Roe Jane Roe") is one name: lynx prints a credit's
    picture by its alt text, the writer's name, before the linked name."""
    words = name.split()
    half = len(words) // 2
    # A whole name, two words at least, twice: one word twice is a name of its own ("Yang Yang").
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


# --- HTML -----------------------------------------------------------------------------------

# Areas whose names are credits of something else (teasers, photo credits, the site's footer) or
# keyword lists. (Not any wrapper named "bottom": CSS utilities such as "pc-paddingbottom-16" hold credits.)
NOT_BYLINE = F_RELATED | F_CAPTION | F_SITE_FOOTER | F_TAGS | F_COMMENTS
# Where a credit labelled in words is another page's, a picture's or a reader's: a teaser list the
# page names as such (a box named "card" alone may hold the story's own facts), a caption, the
# site's footer, the comments. (A box named "tags" may hold "Contributors: ..." beside the tags.)
NOT_LABELLED_CREDIT = F_RELATED_STRONG | F_CAPTION | F_SITE_FOOTER | F_COMMENTS
# Quotations and embedded posts print their own attributions ("— Elon Musk (@elonmusk) May 3, 2024").
QUOTE_TAGS = frozenset(("blockquote", "q", "figcaption"))

# How far (in blocks) from the headline a credit may stand.
HTML_BYLINE_REACH = 25
# A metadata author this much like the site's name is the site, not a writer.
SITE_NAME_LIKENESS = 0.5
# ... unless it is a person's whole name of this many words at least, which the site is named after:
# a given name alone ("Ben" on "Ben Edelstein") may as well be the site's word.
OWNER_NAME_MIN_WORDS = 2
# The story's title printed again over it is among its first few blocks' neighbours.
TITLE_ABOVE_STORY_REACH = 5
# A person's name is at most this many words ("Ana María de la Cruz" is a long one).
OWNER_NAME_MAX_WORDS = 4
# Co-authors printed one per block: how many more blocks may follow the first credit.
MAX_SIBLING_CREDITS = 4
# The credit box: the wrappers of the first credit block this close to it hold its other parts.
CREDIT_BOX_LEVELS = 4
# A story paragraph longer than this (in weighted characters) is prose, never the credit line.
IN_STORY_CREDIT_MAX_WEIGHT = 150
# A credit's label in a block of its own ("Written by", "Text:") is a few words.
LABEL_LINE_MAX_CHARS = 20
# A role's label over a co-author's name in a credit box is a few words more ("Scientific
# consulting by:"); a longer line ending in "by" is a sentence.
ROLE_LABEL_MAX_CHARS = 40
# A <time> beside the credit dates it when its block is a date line, not a paragraph.
TIME_LINE_MAX_CHARS = 80
# How many blocks around the story's last paragraph an end-of-story credit may stand.
END_CREDIT_REACH = 3
# --- what a block's evidence is worth as the page's credit (scores add up) ---
# The page marks it as the credit (class or id "byline"/"author", itemprop or rel author).
MARKED_WEIGHT = 2.5
# It opens with "By" (or "Von", "Par", ...): how credits are printed.
PREFIXED_WEIGHT = 2.0
# A name in it is one the metadata credits: the strongest evidence there is.
METADATA_NAME_WEIGHT = 3.0
# It prints a date beside the name.
DATED_WEIGHT = 1.5
# Only one-word names and no "By": as likely a rubric or a keyword as a name.
ONE_WORD_WEIGHT = -1.5
# A word of the names is one the page prints in lower case elsewhere: a rubric, not a name.
LOWER_CASE_WORD_WEIGHT = -1.5
# The name links to its writer's page on the site (as rel=author does) ...
AUTHOR_PAGE_WEIGHT = 2.5
# ... and is the link alone, with no "By" (a name set as a link in a credit box).
AUTHOR_PAGE_ALONE_WEIGHT = 0.5
# A bare name with a date line, a job title or a "Written by" label beside it.
CONTEXT_WEIGHT = 1.5
# In a teaser list, a caption, the site footer, a tag list or the comments (NOT_BYLINE), within
# this many enclosing elements: another page's or a picture's credit.
NOT_BYLINE_WEIGHT = -3.0
NOT_BYLINE_LEVELS = 5
# All link text and no "By": more often a teaser's or a menu's link than a credit.
ALL_LINK_WEIGHT = -0.5
ALL_LINK_DENSITY = 0.9
# Each block between the credit and the headline costs a little: the credit stands by the headline.
DISTANCE_COST = 0.03
# Evidence needed before a block is taken as the credit: more than a bare name's shape.
MIN_CREDIT_SCORE = 1.0
# A link to the writer's page on the site: the name in it is a credit ("/author/jane-doe", "/team/...").
_AUTHOR_PAGE = regex.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|writers?|contributors?|columnists?|journalists?|reporters?"
    r"|people|staff|team|profiles?|userprofile|users?|members?)/(?:\d+/)?[^/?#\s]+/?(?:[?#]|$)",
    regex.IGNORECASE,
)
# Where the page's lower-case words are read (enough for the story's common words, bounded).
LOWER_CASE_SAMPLE_BLOCKS = 400
LOWER_CASE_SAMPLE_CHARS = 2000
# (A word in a handle, an address or a file name, "@russell", "russell.dev", is not read.)
_LOWER_WORD = regex.compile(r"(?<![\w@./\-])\p{Ll}{2,}(?![\w@./\-])")
# A character that may not stand next to such a word (the class of _LOWER_WORD's edges).
_WORD_EDGE = regex.compile(r"[\w@./\-]")
_LOWER_RUN = regex.compile(r"\p{Ll}{2,}")
# The words of a name and of the text under it, apart from their punctuation ("Lee's", "Lee,").
_NAME_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Words of bare names looked up one search each (O(sample) a search); past this many on a page
# the sample's words are read once into a set, so no page costs more than a fixed number of passes.
LOWER_CASE_SEARCHES = 16
# ... and past this many places the searches found a word at (each looked at in Python), the set
# is read too: a page that prints the words again and again costs one pass, not one per place.
LOWER_CASE_HITS = 256
# A bare name needs one of these beside it to be the credit: a date line, a job-title line, a label.
BARE_NAME_NEIGHBOURS = 2


def _agrees_with_hints(authors: Sequence[str], hint_authors: Sequence[str]) -> bool:
    wanted = {comparable(a) for a in hint_authors}
    return any(comparable(a) in wanted for a in authors)


def _html_credit_score(
    page: Page,
    block: Block,
    credit: Credit,
    distance: int,
    common: _LowerCaseWords | None = None,
    anchor: int | None = None,
) -> float:
    score = 0.0
    hint_authors = page.hints.authors
    marked = credit_marked(page, block)
    if marked:
        score += MARKED_WEIGHT
    agrees = bool(credit.authors) and _agrees_with_hints(credit.authors, hint_authors)
    # "About X" credits a writer only where the page marks the box as a credit, the metadata names
    # X or X's bio follows; else it heads a menu entry or a section on a company or a topic.
    prefixed = credit.prefixed and (
        marked or agrees or not TOPIC_CREDIT_OPENER.match(credit.text) or _bio_follows(page, block, credit)
    )
    if prefixed:
        score += PREFIXED_WEIGHT
    if agrees:
        score += METADATA_NAME_WEIGHT
    if credit.published is not None:
        # "Chris Jung 28. Februar 2016": a name printed with a date is how credits look.
        score += DATED_WEIGHT
    if (
        not prefixed
        and not agrees
        and credit.authors
        and all(len(a.split()) == 1 and not is_handle(a) for a in credit.authors)
    ):
        # One word without "By" is as likely a section or a keyword ("Weltweit") as a name (an
        # account name such as "user3080392" is neither, nor is a word the metadata credits).
        score += ONE_WORD_WEIGHT
    elif credit.authors:
        words = common or _LowerCaseWords(page)
        if not prefixed and words.any_of(credit.authors):
            # Words the page prints in lower case are a rubric or a job ("Content Marketing
            # Coordinator", "Travel Tips"), not a name.
            score += LOWER_CASE_WORD_WEIGHT
        elif any(_AUTHOR_PAGE.search(link.href) for link in block.links):
            # A name linking to its writer's page on the site is marked as a credit, as rel=author is.
            all_link = block.link_density > ALL_LINK_DENSITY and not prefixed
            score += AUTHOR_PAGE_WEIGHT + (AUTHOR_PAGE_ALONE_WEIGHT if all_link else 0.0)
        elif not prefixed and (_credit_context(page, block) or names_with_degrees(block.text)):
            # A name alone on its line, set beside its date or job title, or names each with
            # their degrees: a line only writers' credits are.
            score += CONTEXT_WEIGHT
    if page.near_flags(block, NOT_BYLINE_LEVELS) & NOT_BYLINE and _elsewhere(page, block, credit, anchor):
        score += NOT_BYLINE_WEIGHT
    if block.link_density > ALL_LINK_DENSITY and not prefixed:
        score += ALL_LINK_WEIGHT
    return score - distance * DISTANCE_COST


def _bio_follows(page: Page, block: Block, credit: Credit) -> bool:
    """The block after the credit, in its box, opens with a credited name or its last word, as a
    writer's bio under "About Jo Lee" does ("Jo Lee covers city hall", "Lee joined in 2019"); a
    menu's next entry or a section's first sentence on a company or a topic does not."""
    after = block.index + 1
    if not credit.authors or after >= len(page.blocks) or not _same_box(page, block.index, after):
        return False
    opening = _NAME_WORD.findall(page.blocks[after].text[:CREDIT_MAX_CHARS])
    for author in credit.authors:
        name = _NAME_WORD.findall(author)
        if name and (opening[: len(name)] == name or opening[:1] == name[-1:]):
            return True
    return False


def _elsewhere(page: Page, block: Block, credit: Credit, anchor: int | None) -> bool:
    """One of the block's nearest elements is named as another part of the page (NOT_BYLINE),
    and for a credit printed with "By", one that does not hold the headline (the ``anchor``
    block) too: an element around the article's own headline is the article's, whatever a
    template calls it. A bare name there may still be a rubric over a teaser's title."""
    own: set[int] = set()
    if credit.prefixed and anchor is not None and 0 <= anchor < len(page.blocks):
        own = set(page.blocks[anchor].ancestors)
    flags = page.element_flags
    return any(flags.get(a, 0) & NOT_BYLINE for a in block.ancestors[-NOT_BYLINE_LEVELS:] if a not in own)


class _LowerCaseWords:
    """The words a page prints in lower case (common words, not given or family names), read
    once per page and only when a bare name asks.

    A few words are looked up by a search of the sample for each: cheaper than reading every
    lower-case word of the sample, which is done once when many are asked about."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._words: frozenset[str] | None = None
        self._sample: str | None = None
        self._asked: dict[str, bool] = {}
        self._hits_left = LOWER_CASE_HITS

    def _printed(self, word: str) -> bool:
        """``word`` is one of the lower-case words the sample prints."""
        if self._words is not None:
            return word in self._words
        known = self._asked.get(word)
        if known is not None:
            return known
        if len(self._asked) >= LOWER_CASE_SEARCHES or self._hits_left <= 0:
            return word in self._read_words()
        if self._sample is None:
            # A line break stands at each block's ends: no letter, so the pattern's edges read it
            # as they read the end of a text.
            self._sample = "\n".join(
                b.text[:LOWER_CASE_SAMPLE_CHARS] for b in self._page.blocks[:LOWER_CASE_SAMPLE_BLOCKS]
            )
        # A lower-case word of the sample is a whole run of lower-case letters between the edges
        # _LOWER_WORD reads: the word printed with those edges around it.
        if _LOWER_RUN.fullmatch(word) is None:
            known = False
        else:
            found, self._hits_left = _printed_alone(word, self._sample, self._hits_left)
            if found is None:
                return word in self._read_words()
            known = found
        self._asked[word] = known
        return known

    def _read_words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(
                w
                for b in self._page.blocks[:LOWER_CASE_SAMPLE_BLOCKS]
                for w in _LOWER_WORD.findall(b.text[:LOWER_CASE_SAMPLE_CHARS])
            )
        return self._words

    def any_of(self, names: Sequence[str]) -> bool:
        """Some word of the names is one the page prints in lower case: a rubric ("Travel Tips",
        "Key Features"), not a person's name."""
        return any(
            self._printed(w.casefold())
            for name in names
            for w in name.split()
            if w[:1].isupper() and w not in NAME_PARTICLES
        )


def _printed_alone(word: str, sample: str, budget: int) -> tuple[bool | None, int]:
    """Whether ``word`` stands in ``sample`` with no character _LOWER_WORD's edges refuse on
    either side, and what is left of ``budget`` (places looked at); None when it ran out first."""
    end = len(sample)
    at = sample.find(word)
    while at >= 0:
        if budget <= 0:
            return None, budget
        budget -= 1
        after = at + len(word)
        if (at == 0 or _WORD_EDGE.match(sample, at - 1) is None) and (
            after == end or _WORD_EDGE.match(sample, after) is None
        ):
            return True, budget
        at = sample.find(word, at + 1)
    return False, budget


def _credit_context(page: Page, block: Block) -> bool:
    """What stands beside a name printed without "By" that links nowhere and is no heading: a
    date line, a job title line ("Tech Writer") or a lone label ("Written by") next to it."""
    if block.links or block.heading_level:
        return False
    blocks = page.blocks
    for other in blocks[max(0, block.index - BARE_NAME_NEIGHBOURS) : block.index + BARE_NAME_NEIGHBOURS + 1]:
        if other.index == block.index or len(other.text) > DATE_ROW_MAX_CHARS:
            continue
        text = other.text
        if other.datetime or is_title_line(text) or DATE_LABEL.match(text) or DANGLING_BY.search(text):
            return True
        if is_date_line(text) is not None or date_in_row(text) is not None:
            return True
    return False


def _metadata_credit(hints: Hints) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the metadata credits (the site's own name and photo credits left out), and the
    person names in it. A credit naming no person (an agency, a desk, a user name) is kept as
    credit text with no authors, as a printed agency-only credit is."""
    credited: list[str] = []
    persons: list[str] = []
    for value in hints.authors:
        if PHOTO_CREDIT.search(value):
            continue
        site = hints.site_name
        if site and similarity(value, site) >= SITE_NAME_LIKENESS and not _owner_of_site(value, site):
            continue
        credited.append(value)
        if is_user_name(value) or LOWER_CASE_NAME.match(value):
            # A user name ("aawoods") or a name typed in lower case ("kirstin boatto") in the
            # author field: the writer's account.
            persons.append(value)
            continue
        credit = None if value.casefold() in AGENCIES else parse_credit(value, marked=True)
        if credit is None:
            continue
        # Only a value that is names and nothing else gives persons; "Organization for
        # Transformative Works" would lose its tail to the name rules, so it stays credit text.
        # A value with credentials or roles after the name gives the name ("Jane Doe, MS, RD").
        if credit.titled or words_in_names(credit.authors) == words_in_names(NAME_CONNECTOR.split(value)):
            persons.extend(a for a in credit.authors if a not in persons)
    return tuple(credited), tuple(persons)


def _owner_of_site(value: str, site_name: str) -> bool:
    """A person's whole name on a site named after them: the site's other words are words of a
    person's own site ("Jo Lee Photography", "Roe Lab") or the name follows "of"/"by" in it
    ("Notes of Jo Lee"). The site's name with a word added ("Harbourpost News") or taken away (the
    edition's or place's word of "Harbourpost Daily UK") is the site."""
    own = comparable(value).split()
    site = comparable(site_name).split()
    extra = set(site) - set(own)
    if not extra:
        return False
    after_link = any(
        site[i] in OWNER_LINKS and site[i + 1 : i + 1 + len(own)] == own for i in range(len(site) - len(own))
    )
    if not after_link and not extra <= OWN_SITE_WORDS:
        return False
    credit = parse_credit(value, marked=True)
    return credit is not None and credit.authors == (value,) and word_count(value) >= OWNER_NAME_MIN_WORDS


def _with_metadata_names(credit: Credit, hints: Hints) -> Credit:
    """The metadata's persons when the page prints only the site's name as the credit ("Corti")."""
    if (
        credit.authors
        or not credit.agencies
        or not all(" " not in a and same_text(a, hints.site_name) for a in credit.agencies)
    ):
        return credit
    _, persons = _metadata_credit(hints)
    return dataclasses.replace(credit, authors=persons) if persons else credit


def _site_name_part(author: str, credit: Credit, site_name: str | None) -> bool:
    """The name is the site's name as the credit prints it, read cut short ("Harbour" of "By
    Harbour Post") or with a desk's word and a job title after it ("Harbour Post Travel" of
    "Harbour Post Travel Editor"): a credit to the site, no person. A name the site's name opens
    without printing it whole ("Jo" of "Jo Lee", "Acme" of "Acme Health") is a writer's or the
    site's short name, as the page gives it; a name with no title after it that opens with the
    site's is its owner's ("Jo Lee" on "Jo"). The name cut short is the site's only where the
    credit prints the site's name from it on: a name that is a piece of its own ("By Jo Lee, Jo Lee
    Travel", "By Jo Lee, Travel Writer" on "Jo Lee Travel") is the writer's."""
    own = comparable(author).split()
    site = comparable(site_name).split()
    if not own or not site or own == site:
        return False
    if own[: len(site)] == site:
        return credit.titled
    if site[: len(own)] != own:
        return False
    words = _pieces_words(credit.text)
    site = _pieces_words(site_name or "")
    places = [i for i in range(len(words) - len(own) + 1) if words[i : i + len(own)] == own]
    return bool(places) and all(words[i : i + len(site)] == site for i in places)


# Stands between the words of two pieces of a credit (no word of :func:`comparable` is a comma).
_PIECE_BREAK = ","


def _pieces_words(text: str) -> list[str]:
    """The words of a credit or a name as :func:`comparable` gives them, with a mark where a comma or
    a connector ("and", "&") sets two pieces apart: "Jo Lee, Travel" is no "Jo Lee Travel"."""
    words: list[str] = []
    for piece in NAME_CONNECTOR.split(text):
        if words:
            words.append(_PIECE_BREAK)
        words.extend(comparable(piece).split())
    return words


def _without_site_names(credit: Credit, hints: Hints) -> Credit:
    """The credit without the names read from the site's own name (see :func:`_site_name_part`)."""
    authors = tuple(a for a in credit.authors if not _site_name_part(a, credit, hints.site_name))
    return credit if len(authors) == len(credit.authors) else dataclasses.replace(credit, authors=authors)


def _with_next_names(page: Page, index: int, credit: Credit, day_first: bool | None) -> Credit:
    """A credit printed over several blocks of one credit box: co-authors one per block
    ("David Brand" / "and" / "Ramsey Khalifeh"), each marked as a credit like the first,
    with the avatar initials ("RF") and connector words between them, and a lone "By"
    before the first name. Their names join the credit, and its text reads as printed. Where
    no class marks the box, a lone "By" before the first name does, and each name after a
    joining word is read by the credit line's grammar (a desk after "and" is no writer)."""
    first = page.blocks[index]
    # A lone "By" over the first name labels the list as a credit where no class names it: then
    # each name after a joining word or sign is the next writer's.
    labelled = credit.prefixed and index > 0 and _lone_label(page.blocks[index - 1].text)
    if not (labelled or credit_named(page, first)) or len(first.ancestors) < 2:
        return credit
    box = set(first.ancestors[-CREDIT_BOX_LEVELS:])
    authors = list(credit.authors)
    text = credit.text
    joiner = ", "
    joined = False
    for block in page.blocks[index + 1 : index + 1 + MAX_SIBLING_CREDITS * 2]:
        if common_ancestor(first, block) not in box:
            break
        piece = block.text.strip()
        if NAME_CONNECTOR.fullmatch(" " + piece + " "):
            joiner = (piece + " ") if piece[:1] in ",;" else (" " + piece + " ")
            joined = True
            continue
        if INITIALS.fullmatch(piece) and piece.casefold() not in AGENCIES:
            continue
        if not (credit_named(page, block) or (labelled and joined)) or block.flags & F_CAPTION:
            # (A picture's credit under the writer's is the picture's: "Illustration: Jo Lee".)
            break
        marked = credit_named(page, block)
        if marked:
            more = parse_credit(piece, day_first=day_first, known=page.hints.authors, outlets=_outlets(page))
        else:
            # Read as the credit line reads it, by its grammar alone: "By ... and the Desk Team"
            # names no one after "and".
            more = parse_credit("By " + piece, day_first=day_first, outlets=_outlets(page))
            more = more if more is None else dataclasses.replace(more, text=piece)
        after_connector = joiner != ", "
        if (
            not after_connector
            and is_title_line(piece)
            and not BIO_BOX & page.element_tokens.get(block.ancestors[-1], frozenset())
        ):
            # The author's job title printed under the name: part of the credit as printed.
            text += " " + piece
            continue
        if marked and after_connector and is_plain_name(piece) and (more is None or more.authors != (piece,)):
            # After "and" comes a name, even one that reads as a title ("Jennifer Senior").
            more = Credit(text=piece, authors=(piece,), agencies=(), published=None, prefixed=False)
        if more is None or not more.authors:
            break
        new = [a for a in more.authors if a not in authors]
        if not new:
            break
        authors.extend(new)
        text += joiner + more.text
        joiner = ", "
        joined = False
    if index > 0 and not credit.prefixed:
        before = page.blocks[index - 1]
        if common_ancestor(first, before) in box and BARE_PREFIX.fullmatch(before.text.strip()):
            text = before.text.strip() + " " + text
    if tuple(authors) == credit.authors and text == credit.text:
        return credit
    return Credit(
        text=text,
        authors=tuple(authors),
        agencies=credit.agencies,
        published=credit.published,
        prefixed=credit.prefixed,
    )


def _with_credited_neighbours(page: Page, index: int, credit: Credit) -> Credit:
    """The metadata's other persons, when the credit names only some of them and the page prints
    each of the others as a line of its own in the credit's box, under a label of a writing role:
    a list that gives each writer a role ("Maps by" / "Jo Lee" / "Data analysis by" / "Sam Roe").
    Under another part's label ("Edited by", "Fact checked by") a name is no author's, whatever the
    metadata says. The credit's text reads on as printed, each label with its name."""
    if not credit.authors:
        return credit
    credited, persons = _metadata_credit(page.hints)
    named = {comparable(a) for a in credit.authors}
    if not persons or not named <= {comparable(v) for v in (*credited, *persons)}:
        return credit
    wanted = {comparable(p): p for p in persons if comparable(p) not in named}
    authors = list(credit.authors)
    text = credit.text
    for block in page.blocks[index + 2 : index + 1 + MAX_SIBLING_CREDITS * 3]:
        if not wanted:
            break
        key = comparable(block.text)
        label = page.blocks[block.index - 1]
        if (
            key in wanted
            and _same_box(page, index, block.index)
            and _same_box(page, index, label.index)
            and _writing_role(label.text)
        ):
            authors.append(wanted.pop(key))
            text += f" {label.text.strip()} {block.text.strip()}"
    if len(authors) == len(credit.authors):
        return credit
    role = page.blocks[index - 1].text.strip() if index > 0 and _same_box(page, index, index - 1) else ""
    if _writing_role(role) and not credit.prefixed and not text.startswith(role):
        # The first writer's role is printed over their name as the others' are over theirs.
        text = f"{role} {text}"
    return dataclasses.replace(credit, authors=tuple(authors), text=text)


def _writing_role(text: str) -> bool:
    """A label alone on its line that credits a part of the writing to the name under it ("Maps
    by:", "Data analysis by:"), not another part ("Edited by", "Fact checked by")."""
    text = text.strip()
    return len(text) <= ROLE_LABEL_MAX_CHARS and DANGLING_BY.search(text) is not None and not is_other_part(text)


def _same_box(page: Page, first: int, second: int) -> bool:
    """The two blocks stand in one credit box: their nearest shared element is one of the first's
    CREDIT_BOX_LEVELS nearest wrappers."""
    a, b = page.blocks[first], page.blocks[second]
    return common_ancestor(a, b) in set(a.ancestors[-CREDIT_BOX_LEVELS:])


def _lone_label(text: str) -> bool:
    """A line that is a credit's label alone: "By", "Written by"."""
    text = text.strip()
    if len(text) > LABEL_LINE_MAX_CHARS:
        return False
    opener = BYLINE_PREFIX.match(text)
    return opener is not None and opener.end() == len(text) and DANGLING_BY.search(text) is not None


def _outlets(page: Page) -> tuple[str, ...]:
    """The site's own names, which a credit may print but which name no person."""
    return (page.hints.site_name,) if page.hints.site_name else ()


def _may_score(text: str, hint_authors: Sequence[str]) -> bool:
    """Cheap test for the evidence a credit needs to clear the bar (see _html_credit_score)."""
    if any(map(str.isdigit, text)):
        return True
    if any(name and name in text for name in hint_authors):
        return True
    if len(text) <= BARE_CREDIT_MAX_CHARS and (BARE_NAME.match(text) or _name_list(text, hint_authors)):
        return True
    if len(text) <= CREDIT_MAX_CHARS and names_with_degrees(text):
        return True
    for piece in PIECE_SEPARATORS.split(text):
        lead = LEADING_DECORATION.match(piece)
        if BYLINE_PREFIX.match(piece[lead.end() :] if lead else piece):
            return True
    return False


def _name_list(text: str, hint_authors: Sequence[str]) -> bool:
    """A list of bare names ("Jo Lee, Sam Roe and Ana Gil"): three at least, or two joined by a
    word or a sign that the metadata names one of; two joined by a comma alone are as often a
    place ("San Jose, United States"), two joined by "and" as often two clubs or a firm."""
    pieces = NAME_CONNECTOR.split(text)
    if len(pieces) < 2 or not all(BARE_NAME.match(piece) for piece in pieces):
        return False
    if len(pieces) >= 3:
        return True
    joint = NAME_CONNECTOR.search(text)
    named = {comparable(name) for name in hint_authors}
    return joint is not None and joint.group().strip() != "," and any(comparable(p) in named for p in pieces)


def _no_quotes(page: Page) -> bool:
    """No element of the page's tree is a quote (``QUOTE_TAGS``), so no block stands in one: read
    once a page from the tree's tags, not up each candidate's ancestors."""
    return page.elements is not None and QUOTE_TAGS.isdisjoint(page.elements.tags)


def _credit_memo(page: Page) -> dict[tuple[str, bool, bool | None], Credit | None]:
    return {}


def _page_credit(page: Page, text: str, marked: bool, day_first: bool | None) -> Credit | None:
    """:func:`parse_credit` with the page's metadata names and outlets, kept per page: the scans
    near the headline, under the story and past it score some lines more than once."""
    memo = page.once("byline.credits", _credit_memo)
    key = (text, marked, day_first)
    if key in memo:
        return memo[key]
    credit = memo[key] = parse_credit(
        text, marked=marked, day_first=day_first, known=page.hints.authors, outlets=_outlets(page)
    )
    return credit


def _scored_credit(
    page: Page,
    block: Block,
    body: Collection[int],
    anchor: int,
    day_first: bool | None,
    *,
    end_of_story: bool = False,
    after_story: bool = False,
    common: _LowerCaseWords | None = None,
) -> tuple[float, int, Credit] | None:
    """The block read as a credit, with its score, when it clears the bar. ``end_of_story``: a
    credit under the story's last paragraph needs a "By", a mark or a title; ``after_story``: one
    further down in the headline's reach needs a "By" or a title."""
    noted = block.index in body and block.weighted_length > IN_STORY_CREDIT_MAX_WEIGHT
    if len(block.text) > CREDIT_MAX_CHARS or (noted and not _labelled_link_credit(block)):
        return None
    tags = page.element_tags
    if block.tag in QUOTE_TAGS or (
        not page.once("byline.no_quotes", _no_quotes)
        and any(tags.get(ident) in QUOTE_TAGS for ident in block.ancestors)
    ):
        return None
    marked = credit_marked(page, block)
    text = block.text
    label = page.blocks[block.index - 1].text if block.index > 0 else ""
    opener = BYLINE_PREFIX.match(label) if len(label) <= LABEL_LINE_MAX_CHARS else None
    if opener is not None and opener.end() == len(label) and DANGLING_BY.search(label):
        # "Written by" / "Edzel Tabing": the label of the credit in an element of its own.
        text = label + " " + text
    # Without a mark, a "By", a metadata name, a date or a bare name, no line scores as a credit:
    # skip the full parse, which most blocks near a headline would fail anyway.
    credit = _page_credit(page, text, marked, day_first) if marked or _may_score(text, page.hints.authors) else None
    if credit is None:
        credit = _closing_credit(page, text, marked, day_first)
    if credit is None:
        filed = _without_section(block, text)
        if filed is not None and _may_score(filed, page.hints.authors):
            credit = _page_credit(page, filed, marked, day_first)
    if credit is None:
        credit = _opening_link_credit(page, block, day_first)
    elif credit.authors:
        credit = _with_linked_names(page, block, credit)
        if noted:
            # The writers' notes run on after each name: the names are the links to their pages.
            credit = dataclasses.replace(credit, authors=tuple(_linked_names(page, block)) or credit.authors)
    if credit is None or (end_of_story and not (credit.prefixed or marked or credit.titled)):
        return None
    if after_story and not (credit.prefixed or credit.titled):
        return None
    if _name_inside_title(block.text, credit):
        return None
    distance = 0 if end_of_story else abs(block.index - anchor)
    score = _html_credit_score(page, block, credit, distance, common, anchor)
    return (score, block.index, credit) if score >= MIN_CREDIT_SCORE else None


def _labelled_link_credit(block: Block) -> bool:
    """A block that opens with "By" and a link to the writer's page right after it ("Written by
    Jo Lee, ten years on the beat; Sam Roe, senior editor ..."): a credit however long the writers'
    notes after the names run, not the story's prose."""
    prefix = BYLINE_PREFIX.match(block.text)
    if prefix is None or not prefix.group().strip():
        return False
    first = next((link for link in block.links if _AUTHOR_PAGE.search(link.href)), None)
    return (
        first is not None
        and bool(first.text.strip())
        and block.text[prefix.end() :].lstrip().startswith(first.text.strip())
    )


def _name_inside_title(text: str, credit: Credit) -> bool:
    """A job title's line under a writer's name, whose words read as a name inside the title
    ("Senior Content Contributor", "Licensed Coffee Grader"): the line does not open with the
    name it gives, and has no "By"."""
    return (
        not credit.prefixed and bool(credit.authors) and not text.startswith(credit.authors[0]) and is_title_line(text)
    )


def _linked_names(page: Page, block: Block) -> list[str]:
    """The names in ``block`` that link to their writers' pages on the site, each link's text
    read as one name alone ("Jo Lee", "By Jo Lee")."""
    names: list[str] = []
    for link in block.links:
        if not _AUTHOR_PAGE.search(link.href):
            continue
        credit = _page_credit(page, link.text, True, None)
        if credit is None or len(credit.authors) != 1:
            continue
        name = credit.authors[0]
        prefix = BYLINE_PREFIX.match(link.text.strip())
        whole = link.text.strip()[prefix.end() if prefix else 0 :].strip()
        rest = whole[len(name) :].strip() if whole.startswith(name) else ""
        if rest.isalpha() and rest[:1].isupper() and not _common_word(rest):
            # The link holds the name whole: its last word is the family name, however it is
            # cased ("MacKay", which the line's grammar reads as a brand's word).
            name = whole
        if name not in names:
            names.append(name)
    return names


def _common_word(word: str) -> bool:
    """A job's word or a word that ends a credit's names ("Editor", "Politics")."""
    folded = word.casefold()
    return folded in JOB_TITLES or folded in NAME_STOPWORDS


def _overlaps(author: str, name: str) -> bool:
    """One of the two holds the other's words and more: a name read with a rubric or a role
    run onto it ("Friday Philosophy Jo Lee", "Jo Lee Head Ferry Schedules"), or cut short of its last
    word by a label glued onto it ("Jo LeePublished:")."""
    if author == name:
        return False
    long, short = (author, name) if len(author) > len(name) else (name, author)
    return regex.search(rf"(?<!\w){regex.escape(short)}(?!\w)", long) is not None


def _with_linked_names(page: Page, block: Block, credit: Credit) -> Credit:
    """The names as the page links them to their writers' pages, where the names read from the
    line run into the words around them: the link's text is where a name starts and ends."""
    linked = _linked_names(page, block)
    if not any(_overlaps(author, name) for author in credit.authors for name in linked):
        return credit
    # Each name read from the line gives way to the linked name it overlaps; an unlinked
    # co-author stays where the line prints it.
    authors: list[str] = []
    for author in credit.authors:
        name = next((n for n in linked if n == author or _overlaps(author, n)), author)
        if name not in authors:
            authors.append(name)
    authors += [n for n in linked if n not in authors]
    return dataclasses.replace(credit, authors=tuple(authors))


def _without_section(block: Block, text: str) -> str | None:
    """A credit row without the section the story is filed in, which ends it after "in" as a
    link to the section's page ("Dec 26, 2025 • Jo Lee in Harbour News"); None when it ends
    otherwise."""
    for link in block.links:
        section = link.text.strip()
        tail = f" in {section}"
        if section and text.endswith(tail) and not _AUTHOR_PAGE.search(link.href):
            return text[: -len(tail)]
    return None


def _opening_link_credit(page: Page, block: Block, day_first: bool | None) -> Credit | None:
    """A line that opens with a link to its writer's page ("By Jo Lee" linked, then an
    affiliation or a role that runs on too long to read as part of a credit): the link is the
    credit."""
    first = next((link for link in block.links if _AUTHOR_PAGE.search(link.href)), None)
    if first is None or not first.text.strip() or not block.text.startswith(first.text.strip()):
        return None
    if closes_sentence(block.text) and not BYLINE_PREFIX.match(first.text.strip()):
        # A sentence that opens with a person's linked name is about that person ("Ann Cole,
        # the mayor, said ..."): sites link the people a story is about to pages of their own.
        return None
    credit = _page_credit(page, first.text.strip(), True, day_first)
    return credit if credit is not None and credit.authors else None


def _closing_credit(page: Page, text: str, marked: bool, day_first: bool | None) -> Credit | None:
    """The credit that closes a block after a sentence ("... beyond Canada. By Jo Lee on Dec. 19,
    2025"): a dek and the credit line set inline in one element read as one block. Only a "By"
    that opens a sentence of its own and names a person counts."""
    starts = [m.end() for m in _CLOSING_BY.finditer(text)]
    if not starts or len(text) - starts[-1] > BARE_CREDIT_MAX_CHARS:
        return None
    tail = text[starts[-1] :]
    credit = _page_credit(page, tail, marked, day_first)
    if credit is None or not credit.prefixed or not credit.authors:
        return None
    return credit if _only_names_and_date(tail, credit) else None


def _closes_block(text: str, credit: Credit) -> bool:
    """``credit`` was read from the end of ``text``, after a sentence (see :func:`_closing_credit`)."""
    starts = [m.end() for m in _CLOSING_BY.finditer(text)]
    return bool(starts) and text[starts[-1] :].startswith(credit.text)


def _only_names_and_date(tail: str, credit: Credit) -> bool:
    """After the "By" of a closing credit come only its names, links between them and a date:
    "By Monday Jo Lee had sold it" goes on as a sentence, "By March Lee" and "By Christmas Eve"
    name a time, "By Boat Or Train" offers a choice."""
    words = _WORD.findall(tail)[1:]
    if not words or words[0].casefold() in _TIME_WORDS:
        return False
    named = {word for name in (*credit.authors, *credit.agencies) for word in _WORD.findall(name)}
    for word in words:
        folded = word.casefold()
        if folded in _CHOICE_WORDS:
            return False
        if word in named or folded in _CLOSING_LINKS or folded in _TIME_WORDS or any(map(str.isdigit, word)):
            continue
        return False
    return True


# A sentence's end and a "By" opening the next one before a capital: where a closing credit starts.
_CLOSING_BY = regex.compile(r"(?<=\p{Ll}{2}[.!?])\s+(?=(?:By|Von|Par|Por|Door|Przez)\s+\p{Lu})")
# Words that name a time, not a person, after a closing "By" ("By Sunday Night", "By Christmas Eve").
_TIME_WORDS = _DATE_WORDS | frozenset(
    ("christmas", "easter", "midnight", "noon", "tonight", "today", "tomorrow", "yesterday", "then", "now")
)
# Words that join a credit's names or lead to its date ("By Jo Lee and Sam Roe on Dec. 19").
_CLOSING_LINKS = frozenset(("and", "und", "et", "y", "e", "en", "i", "on", "am", "le", "el", "il", "op", "at"))
# Words that offer a choice between things, never a list of writers.
_CHOICE_WORDS = frozenset(("or", "oder", "ou", "o", "of"))
# A word of a credit: letters, or letters with digits ("19th").
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]+")
# "Contributors" as a label alone.
_CONTRIBUTORS = regex.compile(r"contributors?\s*:?$", regex.IGNORECASE)
# A sentence's end followed by another sentence.
_SENTENCES = regex.compile(r"\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}")
# Where the names after a label end: another label's or an agency's piece follows.
_AFTER_NAMES = regex.compile(r"\s*[;|/]\s*")


def _credit_label(block: Block) -> int | None:
    """Where the words of a credit labelled in words begin in ``block``: after a label alone in
    its element ("Author", "Author(s)", the name in the next element), or after "Author:",
    "Written by" opening it. "Author Spotlight" and "Author names" are rubrics, not credits."""
    if len(block.text) > CREDIT_MAX_CHARS:
        return None
    label = EXPLICIT_CREDIT_LABEL.match(block.text)
    if label is None:
        return None
    words = block.text[: label.end()].strip()
    if label.end() == len(block.text):
        # "Contributors" alone heads a blog's list of all its writers.
        return None if _CONTRIBUTORS.match(words) else label.end()
    if ":" in words or words.casefold().endswith("by"):
        return label.end()
    return None


def _labelled_credit(page: Page, day_first: bool | None) -> tuple[float, int, Credit] | None:
    """A credit the page labels in words ("Author" / "Lisa Ellis", "Written by Jane Doe") away
    from the headline: in a box of the story's facts beside it, or under it. Only a label the
    page prints once: one printed again and again is a listing's cards, each another page's."""
    found: tuple[Block, int] | None = None
    for block in page.blocks:
        end = _credit_label(block)
        if end is None:
            continue
        if found is not None:
            return None
        found = (block, end)
    if found is None:
        return None
    block, end = found
    if end == len(block.text):
        if block.index + 1 >= len(page.blocks):
            return None
        named = page.blocks[block.index + 1]
        if INITIALS.fullmatch(named.text.strip()) and block.index + 2 < len(page.blocks):
            # The avatar's initials ("CP") stand between the label and the name.
            named = page.blocks[block.index + 2]
        names = named.text
    else:
        named = block
        names = block.text[end:]
    tags = page.element_tags
    if (
        len(names) > BARE_CREDIT_MAX_CHARS
        or page.near_flags(named, NOT_BYLINE_LEVELS) & NOT_LABELLED_CREDIT
        or named.tag in QUOTE_TAGS
        or any(tags.get(ident) in QUOTE_TAGS for ident in named.ancestors)
    ):
        return None
    # Another label or an agency after the names ("Fabian Dittmann; Illustrator: ...",
    # "Peter Maahn/SP-X") is no part of them.
    names = _AFTER_NAMES.split(names, maxsplit=1)[0]
    if _SENTENCES.search(names):
        # Sentences after the label are the writer's bio, not a credit line.
        return None
    # Read as a "By" credit: the label says what the words after it are.
    credit = parse_credit(
        "By " + names, marked=True, day_first=day_first, known=page.hints.authors, outlets=_outlets(page)
    )
    if credit is None or not credit.authors or not all(a[:1].isupper() for a in credit.authors):
        # A lower-case word after the label is a desk's abbreviation ("Autor: red"), not a name.
        return None
    if named is not block:
        credit = _listed_names(page, block, named, credit, day_first)
    label = block.text[:end].strip()
    text = f"{label} {credit.text[len('By ') :]}" if credit.text.startswith("By ") else credit.text
    return MIN_CREDIT_SCORE, named.index, dataclasses.replace(credit, text=text)


def _listed_names(page: Page, label: Block, first: Block, credit: Credit, day_first: bool | None) -> Credit:
    """A label over several names ("Authors" / one name an item, or a card each with its
    initials and job title): every name alone in the label's box after the first is a co-author."""
    if len(label.ancestors) < 2:
        return credit
    box = label.ancestors[-2]
    authors = list(credit.authors)
    text = credit.text
    for item in page.blocks[first.index + 1 : first.index + 1 + MAX_SIBLING_CREDITS * 3]:
        if box not in item.ancestors:
            break
        piece = item.text.strip()
        if (INITIALS.fullmatch(piece) and piece.casefold() not in AGENCIES) or is_title_line(piece):
            continue
        more = parse_credit("By " + piece, marked=True, day_first=day_first, known=page.hints.authors)
        if more is None or more.authors != (piece,) or piece in authors:
            # Only a name alone: a bio's sentence or a name with its role ends the list.
            break
        authors.extend(more.authors)
        text += ", " + piece
    return dataclasses.replace(credit, authors=tuple(authors), text=text)


def _html_credit(
    page: Page, head_index: int | None, first_body: int, body: Collection[int], day_first: bool | None
) -> tuple[tuple[int, ...], Byline | None]:
    """The credit block nearest the headline, and the date printed in or near it; ``day_first``:
    how the page writes numeric dates."""
    blocks = page.blocks
    anchor = head_index if head_index is not None else first_body
    lo = max(0, anchor - 5)
    hi = min(len(blocks), max(anchor, first_body) + HTML_BYLINE_REACH)
    # A headline read from a heading inside the story (the title printed again over a section)
    # leaves the story's top, where the credit stands, in reach too.
    top = range(max(0, first_body - 5), min(lo, first_body + HTML_BYLINE_REACH)) if first_body < lo else range(0)
    # Under the story stand teasers, comments and sidebars: a name there needs its "By".
    story_end = max(body) if body else len(blocks)
    common = _LowerCaseWords(page)
    best: tuple[float, int, Credit] | None = None
    named: tuple[float, int, Credit] | None = None
    for index in (*top, *range(lo, hi)):
        block = blocks[index]
        if block.index == head_index:
            continue
        found = _scored_credit(page, block, body, anchor, day_first, after_story=block.index > story_end, common=common)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
        if found is not None and found[2].authors and (named is None or found[0] > named[0]):
            named = found
    if (
        best is not None
        and not best[2].authors
        and not best[2].prefixed
        and named is not None
        and _same_box(page, best[1], named[1])
    ):
        # A credit box that names the site or an agency and a person ("Acme" / "Jo Lee"): the
        # person wrote the article, the name beside is whom they write for. (A labelled credit
        # to a desk, "Von der Redaktion", is the page's credit: a name beside it is a topic's.)
        best = named
    if best is None and body:
        # Some pages credit the author only under the story ("Erstellt von ...", "Text: ...").
        last = max(body)
        for block in blocks[max(last - END_CREDIT_REACH, lo) : last + END_CREDIT_REACH + 1]:
            found = _scored_credit(page, block, body, anchor, day_first, end_of_story=True, common=common)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    if best is None:
        credited, authors = _metadata_credit(page.hints)
        # The metadata's persons outrank a labelled name away from the headline, which may be a
        # list of the site's writers.
        labelled = None if authors else _labelled_credit(page, day_first)
        if labelled is not None:
            best = labelled
        elif credited:
            return (), Byline(text=", ".join(credited), authors=authors)
        else:
            return (), None
    _, index, credit = best
    credit = _with_next_names(page, index, credit, day_first)
    credit = _with_credited_neighbours(page, index, credit)
    credit = _with_metadata_names(_without_site_names(credit, page.hints), page.hints)
    published = credit.published
    # A credit closing a dek's block leaves the block to the dek: the sentence is the page's too.
    used = [] if _closes_block(blocks[index].text, credit) else [index]
    if published is None:
        # The date often stands in its own block right next to the credit.
        for block in blocks[max(0, index - 3) : index + 4]:
            if block.index == index:
                continue
            # A date line, or a short row with the date as one item ("Dec. 6, 2024 / Updated Dec. 7,
            # 2024": the printed first date is the publication, a <time> in it may be the update).
            value = is_date_line(block.text, day_first)
            if value is None and len(block.text) <= DATE_ROW_MAX_CHARS:
                value = date_in_row(block.text, day_first)
            if value is None and block.datetime and len(block.text) <= TIME_LINE_MAX_CHARS:
                value = parse_iso_like(block.datetime)
            if value is not None:
                published = value
                used.append(block.index)
                break
    if published is None and blocks[index].datetime:
        published = parse_iso_like(blocks[index].datetime or "")
    return tuple(used), Byline(text=credit.text, authors=credit.authors, published=published)
