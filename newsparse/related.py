"""related_links: teasers of other articles that the page offers."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from .article import RelatedLink
from .blocks import Block, Link, Page
from .headline import is_menu_line
from .lexicon import BOILERPLATE_LINE, RELATED_LABEL
from .markup import F_NAVIGATION, F_RELATED
from .text import REGEX_TIMEOUT, ends_sentence, same_text, sentence_count, word_count
from .urls import resolve, same_page

__all__ = ["find_html_related", "find_text_teasers", "is_related_label"]

# A teaser is a headline or a one-line summary; a paragraph of the story is longer.
TEASER_MAX_CHARS = 260
# Teasers are at most a headline plus a short dek.
TEASER_MAX_SENTENCES = 2
# A headline has some words; shorter lines at the end are footer menus ("Terms of Use").
TEASER_MIN_WORDS = 4
# Lines that are credits, captions or labels, not headlines: "[Editor: X]", "(Photo: Y)", "原标题：...".
_FULL_STOP_END = regex.compile(r"(?<!\.)[.。](?:[\"'”’»)\]]*)$")
_NOT_A_HEADLINE = regex.compile(r"^[\[(]|^[^\s:：︱|]{1,6}[：︱]")


def is_related_label(text: str) -> bool:
    """A heading that announces a list of other articles ("Related", "Read next", "Lesen Sie auch")."""
    return len(text) <= 80 and RELATED_LABEL.match(text, timeout=REGEX_TIMEOUT) is not None


def _teaser_shaped(text: str) -> bool:
    """A line that could be a teaser: a headline, or a headline and a short dek."""
    return (
        len(text) <= TEASER_MAX_CHARS
        and sentence_count(text) <= TEASER_MAX_SENTENCES
        and word_count(text) >= TEASER_MIN_WORDS
        and not _NOT_A_HEADLINE.search(text, timeout=REGEX_TIMEOUT)
    )


def _strong_teaser(text: str, echoes: Sequence[str]) -> bool:
    """Certainly a teaser: headline-shaped (no closing full stop), or the page's own dek repeated."""
    if any(same_text(text, e) for e in echoes):
        return True
    # Headlines may ask, exclaim or be cut short ("…"); prose ends with a full stop.
    return not _FULL_STOP_END.search(text[-8:]) and not text.endswith((":", "：", ","))


def _short_headline(text: str) -> bool:
    """Two or three words without a full stop: a short headline among teasers, else a menu entry."""
    return 2 <= word_count(text) < TEASER_MIN_WORDS and not ends_sentence(text) and len(text) <= 60


def _footer_menu(text: str) -> bool:
    return is_menu_line(text) or word_count(text) < TEASER_MIN_WORDS


def _teaser_start(run: Sequence[Block], echoes: Sequence[str]) -> int | None:
    """Where the teasers begin in a trailing run of teaser-shaped lines, or ``None``.

    Teasers are mostly headlines: from the chosen start on, headline-shaped lines must be
    at least as many as sentence-shaped ones. A short story paragraph before them, or a
    list inside a story of short paragraphs, does not pass that test.
    """
    strong = [_strong_teaser(b.text, echoes) and word_count(b.text) >= TEASER_MIN_WORDS for b in run]
    for start, is_strong in enumerate(strong):
        if not is_strong:
            continue
        headlines = sum(strong[start:])
        if headlines * 2 >= len(run) - start:
            return start
    return None


def find_text_teasers(
    blocks: Sequence[Block], start: int, end: int, echoes: Sequence[str] = ()
) -> tuple[int, tuple[RelatedLink, ...]]:
    """Teaser lines at the end of a text dump's story, between ``start`` and ``end`` (exclusive).

    Returns the index where the teasers (or their label) begin, which is where the body
    ends, and the teasers. A label line ("Related") makes the teaser-shaped lines after
    it teasers. Without one, the teasers are the trailing run of teaser-shaped lines
    from its first headline-shaped line on (see :func:`_teaser_start`); a weak line at the
    front of that run stays with the story, since a story's last paragraph can be short.
    """
    window = list(blocks[start:end])
    # Footer menus after the teasers ("Privacy Policy", "Terms of Use") are neither teasers nor body.
    while window and _footer_menu(window[-1].text):
        window.pop()
    stop = window[-1].index + 1 if window else start

    def fits(block: Block) -> bool:
        text = block.text
        return _teaser_shaped(text) or any(same_text(text, e) for e in echoes)

    run_start = len(window)
    while run_start > 0 and (
        fits(window[run_start - 1])
        or is_related_label(window[run_start - 1].text)
        or _short_headline(window[run_start - 1].text)
    ):
        run_start -= 1
    run = window[run_start:]
    # A label opens the teasers when only teaser-shaped lines follow it.
    for i, block in enumerate(run):
        if is_related_label(block.text) and run_start + i > 0:
            teasers = [b for b in run[i + 1 :] if not is_related_label(b.text)]
            if any(fits(b) for b in teasers):
                return block.index, tuple(RelatedLink(text=b.text) for b in teasers)
    # Short headlines ("Sweet memories") count among teasers, not at the run's edges.
    while run and not fits(run[0]):
        run = run[1:]
    run = [b for b in run if fits(b) or _short_headline(b.text)]
    first = _teaser_start(run, echoes)
    if first is None:
        return stop, ()
    # The body keeps at least one paragraph.
    if run[first].index == start:
        first += 1
        if first >= len(run):
            return stop, ()
    teasers = run[first:]
    return teasers[0].index, tuple(RelatedLink(text=b.text) for b in teasers)


# --- HTML -----------------------------------------------------------------------------------

# A teaser link names an article: a few words at least (CJK counted two characters a word).
HTML_TEASER_MIN_WORDS = 4
# A group of this many teaser-shaped links in one container is a teaser list even unlabelled.
MIN_LIST_SIZE = 3
# A teaser headline is a line, not a paragraph.
HTML_TEASER_MAX_CHARS = 300


def _teaser_link_text(text: str) -> bool:
    return (
        word_count(text) >= HTML_TEASER_MIN_WORDS
        and len(text) <= HTML_TEASER_MAX_CHARS
        and not BOILERPLATE_LINE.match(text, timeout=REGEX_TIMEOUT)
        and not is_related_label(text)
    )


def find_html_related(
    page: Page, body: Collection[int], base: str | None, skip: Collection[int] = ()
) -> tuple[RelatedLink, ...]:
    """Teasers of other articles: teaser-shaped links outside the story and outside navigation,
    in a container named like a related list or in a group of several such links."""
    candidates: list[tuple[Block, Link, str]] = []
    self_url = base
    for block in page.blocks:
        if block.index in body or block.index in skip or not block.links:
            continue
        if block.flags & F_NAVIGATION and not block.flags & F_RELATED:
            continue
        for link in block.links:
            if not _teaser_link_text(link.text):
                continue
            url = resolve(link.href, base)
            if url is None or same_page(url, self_url):
                continue
            candidates.append((block, link, url))

    # Group by the container two levels up: list items and cards of one list share it.
    groups: dict[int, int] = {}
    for block, _, _ in candidates:
        key = block.ancestors[-3] if len(block.ancestors) >= 3 else block.parent
        groups[key] = groups.get(key, 0) + 1
    out: list[RelatedLink] = []
    seen: set[str] = set()
    for block, link, url in candidates:
        key = block.ancestors[-3] if len(block.ancestors) >= 3 else block.parent
        named = bool(block.flags & F_RELATED)
        if not named and groups[key] < MIN_LIST_SIZE:
            continue
        dedupe = url.split("#", 1)[0]
        if dedupe in seen:
            continue
        seen.add(dedupe)
        out.append(RelatedLink(text=link.text, url=url))
    return tuple(out)
