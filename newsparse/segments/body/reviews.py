"""Customer reviews on a page that sells or offers something: the buyers' texts under a product's
description are what others say of the product, not the page's text (as a story's comments are
not the story).

A review is told from the page's own text by the lines a review system prints on each one: a
star rating ("Rated 4 out of 5 stars", "4.0 out of 5 stars"), a vote on it ("Was this helpful?"),
a buyer's badge ("Verified buyer"), the day it was written ("2 days ago"); a review prints lines
of two kinds at least (one kind alone is printed on a help page's answers or a guide's picks
too). A review is the largest element around such lines that holds one line of each kind at
most and some text; reviews are a list, so only elements that stand beside another review in
one parent are taken. A product's own rating summary stands alone by its description and is
kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ...blocks import Elements, Page
from ...cues.dates import find_relative_date, is_date_line

__all__ = ["without_reviews"]

# The lines a review system prints on each review, one pattern a kind (a review may print one
# line of each kind; two lines of one kind are two reviews). Matched at the line's start, ignoring
# case. One more kind is the day the review was written, a line that is only a date ("March 3,
# 2024", "2 days ago"): a help page's answers or a guide's picks are not dated one by one.
REVIEW_LINES = (
    # A star rating: "Rated 4.0 out of 5 stars", "2.0 out of 5 stars Great sound", "5/5 stars" (not
    # a slide counter's "1 of 5").
    regex.compile(
        r"rated\s+[0-5](?:[.,]\d)?\s*(?:out\s+of|of|/)\s*5\b|[0-5](?:[.,]\d)?\s*(?:out\s+of\s*5\b|(?:of|/)\s*5\s*stars?\b)",
        regex.I,
    ),
    # A vote on the review (whole line).
    regex.compile(
        r"(?:was\s+this\s+(?:review\s+)?helpful|helpful(?:\s*\(\d+\))?|\d+\s+people\s+found\s+this\s+helpful)\s*[.?]?\s*$",
        regex.I,
    ),
    # The reviewer's badge (whole line).
    regex.compile(r"verified\s+(?:buyer|purchase|purchaser|owner|reviewer|customer)\s*\.?\s*$", regex.I),
)
# A rating that counts its raters is a product's summary ("4.5 out of 5 stars (10)", "4.6 out of
# 5 Stars. 3323 reviews"), on its page or on its card in a grid of products, not one buyer's review.
RATING_COUNT = regex.compile(r"\(\s*\d[\d,.]*\s*\)|\d[\d,.]*\s*(?:total\s+)?(?:reviews?|ratings?|votes?)\b", regex.I)
# A marker line is short: a rating sentence inside a paragraph is the paragraph's text.
REVIEW_LINE_MAX_CHARS = 80
# A review holds a text of at least this many characters besides its marker lines, less than this
# share of it in links (a product's card in a grid has a linked title).
REVIEW_TEXT_MIN_CHARS = 40
REVIEW_TEXT_MAX_LINKS = 0.5
# A review's element is looked for this many block-level elements up from its marker line, and
# spans at most this many blocks (bounds that keep the search linear; a review is a few lines).
REVIEW_REACH = 8
REVIEW_MAX_BLOCKS = 60
# Reviews are a list: at least this many in one parent.
MIN_REVIEWS = 2
# A review prints marker lines of at least this many kinds (a buyer's rating, a vote on it, a
# buyer's badge, the day it was written): one kind alone is also printed on the page's own items,
# a "Was this helpful?" under each answer of a help page, an editor's rating on each pick of a guide.
REVIEW_MIN_KINDS = 2
# The kinds of marker line: the patterns', then the date line.
_KINDS = len(REVIEW_LINES) + 1


def without_reviews(page: Page, indices: Sequence[int]) -> tuple[int, ...]:
    """The body's blocks ``indices`` without the customer reviews listed among them."""
    elements = page.elements
    if elements is None or not indices:
        return tuple(indices)
    blocks = page.blocks
    n = len(blocks)
    # Per kind, how many marker lines the blocks before each one hold (a prefix sum).
    counts: list[list[int]] = []
    marks: list[int] = []
    for kind in range(_KINDS):
        if kind == len(REVIEW_LINES) and len(marks) < MIN_REVIEWS:
            # Each review prints a line of a pattern's kind besides its date: without two such
            # lines there is no list of reviews, and the dates need not be read.
            return tuple(indices)
        prefix = [0] * (n + 1)
        for k, block in enumerate(blocks):
            hit = _is_marker(block.text, kind)
            prefix[k + 1] = prefix[k] + hit
            if hit:
                marks.append(k)
        counts.append(prefix)
    # The review found around each marker line, by its element's parent.
    by_parent: dict[int, set[tuple[int, int, int]]] = {}
    for mark in sorted(set(marks)):
        review = _review(page, elements, counts, mark)
        if review is not None:
            ident, first, last = review
            by_parent.setdefault(elements.uppers[ident], set()).add((ident, first, last))
    dropped = [False] * n
    for reviews in by_parent.values():
        for _, first, last in _alike(page, elements, reviews):
            dropped[first : last + 1] = [True] * (last + 1 - first)
    if not any(dropped):
        return tuple(indices)
    return tuple(i for i in indices if not dropped[i])


def _alike(page: Page, elements: Elements, reviews: set[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The reviews of one parent that are items of one list: each of one tag with another and
    named alike (the same class words, or one word in common; lists name each item by an id too).
    A product's rating summary beside its description is no such item."""
    if len(reviews) < MIN_REVIEWS:
        return []
    names: Counter[tuple[str, object]] = Counter()
    for ident, _, _ in reviews:
        tag, tokens = elements.tags[ident], page.element_tokens.get(ident, frozenset())
        names[(tag, tokens)] += 1
        names.update((tag, token) for token in tokens)
    items = [
        review
        for review in reviews
        if names[(elements.tags[review[0]], page.element_tokens.get(review[0], frozenset()))] >= MIN_REVIEWS
        or any(names[(elements.tags[review[0]], t)] >= MIN_REVIEWS for t in page.element_tokens.get(review[0], ()))
    ]
    return items if len(items) >= MIN_REVIEWS else []


def _review(page: Page, elements: Elements, counts: list[list[int]], mark: int) -> tuple[int, int, int] | None:
    """The review around the marker line ``mark``: the largest element (within the reach) that
    holds at most one marker line of each kind, lines of at least ``REVIEW_MIN_KINDS`` kinds, and
    some text; its number and first and last blocks. None when no such element is found."""
    blocks = page.blocks
    uppers, ends = elements.uppers, elements.ends
    ident = blocks[mark].parent
    first = last = mark
    found: tuple[int, int, int] | None = None
    has_text = False
    for _ in range(REVIEW_REACH):
        if ident <= 0:
            break
        end = ends[ident]
        # The element's blocks are a run around the marker's (elements are numbered in document
        # order): grown from the run of the element below it.
        while first > 0 and first - 1 >= mark - REVIEW_MAX_BLOCKS and ident <= blocks[first - 1].parent <= end:
            first -= 1
        while (
            last + 1 < len(blocks) and last + 1 <= mark + REVIEW_MAX_BLOCKS and ident <= blocks[last + 1].parent <= end
        ):
            last += 1
        if (first > 0 and ident <= blocks[first - 1].parent <= end) or (
            last + 1 < len(blocks) and ident <= blocks[last + 1].parent <= end
        ):
            break  # past the bound: no review is this long
        if any(prefix[last + 1] - prefix[first] > 1 for prefix in counts):
            break  # holds a second review
        has_text = has_text or any(
            len(blocks[k].text) >= REVIEW_TEXT_MIN_CHARS
            and blocks[k].link_density < REVIEW_TEXT_MAX_LINKS
            and not any(_is_marker(blocks[k].text, kind) for kind in range(_KINDS))
            for k in range(first, last + 1)
        )
        if has_text and sum(prefix[last + 1] > prefix[first] for prefix in counts) >= REVIEW_MIN_KINDS:
            found = (ident, first, last)
        ident = uppers[ident]
    return found


def _is_marker(text: str, kind: int) -> bool:
    """The line is one review's marker line of the ``kind``-th kind: a line of a pattern of
    :data:`REVIEW_LINES` (a rating without a count of raters), or a line that is only a date."""
    if len(text) > REVIEW_LINE_MAX_CHARS:
        return False
    if kind == len(REVIEW_LINES):
        return _is_date_only(text)
    return REVIEW_LINES[kind].match(text) is not None and (kind != 0 or RATING_COUNT.search(text) is None)


def _is_date_only(text: str) -> bool:
    """The line prints a day and little else, or is a relative date alone ("2 days ago")."""
    if is_date_line(text) is not None:
        return True
    relative = find_relative_date(text)
    if relative is None:
        return False
    start, end = relative[1]
    return not text[:start].strip() and not text[end:].strip(" .")
