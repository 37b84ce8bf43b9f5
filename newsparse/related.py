"""related_links: teasers of other articles that the page offers."""

from __future__ import annotations

from collections.abc import Collection, Sequence

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


def is_related_label(text: str) -> bool:
    """A heading that announces a list of other articles ("Related", "Read next", "Lesen Sie auch")."""
    return len(text) <= 80 and RELATED_LABEL.match(text, timeout=REGEX_TIMEOUT) is not None


def _teaser_shaped(text: str) -> bool:
    return len(text) <= TEASER_MAX_CHARS and sentence_count(text) <= TEASER_MAX_SENTENCES


def _strong_teaser(text: str, echoes: Sequence[str]) -> bool:
    """Certainly a teaser: headline-shaped (no closing full stop), or the page's own dek repeated."""
    if any(same_text(text, e) for e in echoes):
        return True
    return word_count(text) >= TEASER_MIN_WORDS and not ends_sentence(text)


def find_text_teasers(
    blocks: Sequence[Block], start: int, end: int, echoes: Sequence[str] = ()
) -> tuple[int, tuple[RelatedLink, ...]]:
    """Teaser lines at the end of a text dump's story, between ``start`` and ``end`` (exclusive).

    Returns the index where the teasers (or their label) begin, which is where the body
    ends, and the teasers. A label line ("Related") makes every line after it a teaser.
    Without one, the teasers are the trailing run of teaser-shaped lines that holds a
    strong teaser; weak lines at the front of that run stay with the story, since a
    story's last paragraph can be short.
    """
    window = [b for b in blocks[start:end]]
    # Footer menus after the teasers ("Privacy Policy", "About") are neither teasers nor body.
    while window and (is_menu_line(window[-1].text) or word_count(window[-1].text) < TEASER_MIN_WORDS - 1):
        window.pop()
    stop = window[-1].index + 1 if window else start

    for i, block in enumerate(window):
        if is_related_label(block.text):
            teasers = [b for b in window[i + 1 :] if not is_related_label(b.text) and not is_menu_line(b.text)]
            return block.index, tuple(RelatedLink(text=b.text) for b in teasers)

    run_start = len(window)
    while run_start > 0 and _teaser_shaped(window[run_start - 1].text):
        run_start -= 1
    run = window[run_start:]
    first_strong = next((i for i, b in enumerate(run) if _strong_teaser(b.text, echoes)), None)
    if first_strong is None:
        return stop, ()
    # The body keeps at least one paragraph.
    if run_start + first_strong == 0:
        first_strong = 1
        if first_strong >= len(run):
            return stop, ()
    teasers = run[first_strong:]
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
