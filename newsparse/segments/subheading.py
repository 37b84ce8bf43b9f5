"""subheading: the dek / standfirst shown between the headline and the body."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..blocks import Block, Page
from ..cues.dates import is_date_and_fields_line
from ..cues.lines import is_picture_credit_line
from ..cues.markup import F_CAPTION, F_DEK, F_FOOTER, F_NAVIGATION, F_RELATED
from ..cues.text import ends_sentence, same_text, sentence_count, word_count
from ..found import Found, Taken

__all__ = ["in_html", "in_text", "reads_as_dek"]

# A dek is a sentence or two; a block longer than this is the story's first paragraph.
DEK_MAX_CHARS = 400
# A dek ending like a sentence is told from a short first paragraph by the text after it:
# the story's paragraphs run this many times longer than a dek.
SHORT_DEK_RATIO = 2.5
SHORT_DEK_MAX_CHARS = 200
# A line ending in a dash or colon leads into something: a kicker or a label, not a dek.
_KICKER_ENDINGS = ("—", "–", "-", ":", "：")
# How far under the headline a photo credit may close the header, and how long a dek above it may be.
PHOTO_CREDIT_REACH = 4
PHOTO_DEK_MAX_CHARS = 250
# A dek says something: a one- or two-word line under a headline is a label.
DEK_MIN_WORDS = 4
# A heading set right under the headline as its subtitle may be shorter ("Better Student Journalism").
SUBTITLE_MIN_WORDS = 3


def reads_as_dek(text: str) -> bool:
    """A line under a headline that reads as a summary rather than as the story's first paragraph.

    Deks are written like headlines, without a closing full stop; the first paragraph of
    a story is prose and ends like a sentence.
    """
    return word_count(text) >= DEK_MIN_WORDS and len(text) <= DEK_MAX_CHARS and not ends_sentence(text)


def _short_lead_before_long_text(blocks: Sequence[Block], start: int) -> bool:
    """A sentence or two that is much shorter than the paragraphs after it reads as a dek."""
    first = blocks[start].text
    if len(first) > SHORT_DEK_MAX_CHARS or sentence_count(first) > 1 or word_count(first) < DEK_MIN_WORDS:
        return False
    if first.rstrip().endswith(_KICKER_ENDINGS):
        return False
    following = sorted(len(b.text) for b in blocks[start + 1 : start + 4])
    if len(following) < 2:
        return False
    return following[len(following) // 2] >= SHORT_DEK_RATIO * len(first)


def in_text(page: Page, found: Found) -> Taken[str | None]:
    """The dek line under a text dump's headline, before its credit (see :func:`_text_dek`)."""
    head = found.headline.first
    lines, dek = _text_dek(page.blocks, 0 if head is None else head + 1, found.byline.blocks)
    return Taken(dek, lines)


def in_html(page: Page, found: Found) -> Taken[str | None]:
    """The dek between the headline and the story (see :func:`_html_dek`)."""
    lines, dek = _html_dek(page, found.headline.first, found.story.value.start, set(found.byline.blocks))
    return Taken(dek, lines)


def _text_dek(blocks: Sequence[Block], start: int, credit_lines: Sequence[int]) -> tuple[tuple[int, ...], str | None]:
    """The dek line(s) of a text dump, which start at ``start`` (the line after the headline).

    Lines between the headline and a credit or date line are the dek whatever their shape;
    with no credit, the first line is the dek only when it reads as one.
    """
    # A photo credit also closes the header: what stands before it is dek and caption.
    stops = list(credit_lines)
    for block in blocks[start : start + PHOTO_CREDIT_REACH]:
        if is_picture_credit_line(block.text):
            stops.append(block.index)
            break
    if stops:
        # A separator a page prints between the credit's parts ("-", "|") says nothing: no dek.
        lines = [
            b
            for b in blocks[start : min(stops)]
            if not is_picture_credit_line(b.text, DEK_MAX_CHARS) and word_count(b.text)
        ]
        # The dek is the first line; more lines before the credit are captions and kickers.
        # Before a photo credit alone, only a short line: a story paragraph can precede a photo too.
        limit = DEK_MAX_CHARS if credit_lines else PHOTO_DEK_MAX_CHARS
        if lines and len(lines[0].text) <= limit:
            return (lines[0].index,), lines[0].text
        return (), None
    if start + 1 >= len(blocks):
        return (), None
    first = blocks[start]
    if is_picture_credit_line(first.text, DEK_MAX_CHARS) or is_date_and_fields_line(first.text) is not None:
        # The date printed with its source's fields under the title is the credit's line, no dek.
        return (), None
    if reads_as_dek(first.text) or _short_lead_before_long_text(blocks, start):
        return (start,), first.text
    return (), None


# --- HTML -----------------------------------------------------------------------------------

# Areas whose dek-like class names speak of something else (teasers, captions, menus, footers).
NOT_DEK = F_RELATED | F_CAPTION | F_FOOTER | F_NAVIGATION
# How many wrappers of a dek-named block may say it is a teaser's or a caption's summary (a
# page-wide wrapper named "brand-nav" far above says nothing about it).
NOT_DEK_LEVELS = 4
# A dek marked up as one is still a sentence or two, and has a few words.
HTML_DEK_MIN_CHARS = 20
# How many blocks after the headline a dek may stand (a credit or a date may come between).
HTML_DEK_REACH = 6


def _marked_dek(page: Page, block: Block) -> bool:
    """The block's own element, or its wrapper, is named like a dek and holds nothing else:
    a wrapper named "description" around a whole story names no dek."""
    if page.near_flags(block, NOT_DEK_LEVELS) & NOT_DEK:
        return False
    for ident in reversed(block.ancestors[-2:]):
        if page.element_flags.get(ident, 0) & F_DEK:
            # An element's blocks are consecutive (a subtree is one stretch of the page), so it
            # holds nothing else when neither neighbour is inside it: no scan of the page per block.
            blocks = page.blocks
            i = block.index
            before = i > 0 and ident in blocks[i - 1].ancestors
            after = i + 1 < len(blocks) and ident in blocks[i + 1].ancestors
            return not (before or after)
    return False


def _html_dek(
    page: Page, head_index: int | None, first_body: int, skip: Collection[int]
) -> tuple[tuple[int, ...], str | None]:
    """The dek between the headline and the story: marked up as one, or shown as the meta description.

    A wholly bold first paragraph is also a dek (some countries set the standfirst that way).
    """
    if head_index is None:
        return (), None
    blocks = page.blocks
    description = page.hints.description
    hi = min(len(blocks), max(first_body + 1, head_index + HTML_DEK_REACH + 1))
    for block in blocks[head_index + 1 : hi]:
        if block.index in skip or block.link_density > 0.3:
            continue
        text = block.text
        if not (HTML_DEK_MIN_CHARS <= len(text) <= DEK_MAX_CHARS * 2):
            continue
        marked = _marked_dek(page, block)
        # The meta description is often the first paragraph; it is a dek only when shown before the story.
        shown_description = bool(description) and block.index < first_body and same_text(text, description)
        # A heading right under the headline is its subtitle, unless it is a one-word label.
        subtitle_heading = (
            block.heading_level in (2, 3, 4)
            and block.index == head_index + 1
            and word_count(text) >= SUBTITLE_MIN_WORDS
            and sentence_count(text) <= 3
        )
        if marked or shown_description or subtitle_heading:
            return (block.index,), text
        if block.index >= first_body:
            break

    if first_body < len(blocks):
        first = blocks[first_body]
        if first.bold and first.tag == "p" and len(first.text) <= DEK_MAX_CHARS * 2 and first.index > head_index:
            return (first.index,), first.text
    return (), None
