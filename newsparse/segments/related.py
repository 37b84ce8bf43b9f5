"""related_links: teasers of other articles that the page offers."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterator, Sequence

import regex

from ..article import RelatedLink
from ..blocks import Ancestors, Block, Page, common_ancestor
from ..cues.lexicon import (
    BOILERPLATE_LINE,
    MORE_LINK,
    NAME_PARTICLES,
    PROMO_LABEL,
    SERVICE_LINK,
    SPONSOR_LABEL,
)
from ..cues.lines import LABEL_MAX_CHARS, is_menu_line, is_promo_block, is_related_label
from ..cues.markup import (
    BREAKPOINT_DISPLAY,
    DISPLAY_VALUES,
    F_ADS,
    F_FOOTER,
    F_HIDDEN,
    F_MENU,
    F_RELATED,
    F_RELATED_STRONG,
    F_SHARE,
    F_SITE_FOOTER,
    F_TAGS,
    F_TITLE,
)
from ..cues.memo import bounded_memo
from ..cues.text import ends_sentence, same_text, sentence_count, word_count
from ..cues.urls import (
    article_shaped,
    has_story_id,
    is_ad_url,
    is_social_url,
    looks_like_article,
    resolve,
    same_story_as_any,
    site_label,
    site_of,
)
from ..found import Found, Taken
from ..read.marks import credit_named

__all__ = ["in_html", "in_text"]

# List labels (teaser or paid) asked about, remembered: a site's rails repeat them on every page.
LIST_LABEL_CACHE_SIZE = 16384
# A teaser is a headline or a one-line summary; a paragraph of the story is longer.
TEASER_MAX_CHARS = 260
# Teasers are at most a headline plus a short dek.
TEASER_MAX_SENTENCES = 2
# A headline has some words; shorter lines at the end are footer menus ("Terms of Use").
TEASER_MIN_WORDS = 4
# Under a "Related" label in a dump, teasers stand among dates, kickers and decks; this many other
# lines in a row end the list.
LABELLED_TEASER_GAP = 3
# A teaser line in a dump that prints links is mostly its link (a wrapped link may lose a word).
LINKED_TEASER_SHARE = 0.5
# A label heads a list of at least this many teasers (one line after a label is a promo or a menu).
LABELLED_TEASERS_MIN = 2
# Lines that are credits, captions or labels, not headlines: "[Editor: X]", "(Photo: Y)", "原标题：...".
_FULL_STOP_END = regex.compile(r"(?<!\.)[.。](?:[\"'”’»)\]]*)$")
_NOT_A_HEADLINE = regex.compile(r"^[\[(]|^[^\s:：︱|]{1,6}[：︱]")


def _teaser_shaped(text: str) -> bool:
    """A line that could be a teaser: a headline, or a headline and a short dek."""
    return (
        len(text) <= TEASER_MAX_CHARS
        and sentence_count(text) <= TEASER_MAX_SENTENCES
        and word_count(text) >= TEASER_MIN_WORDS
        and not _NOT_A_HEADLINE.search(text)
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
    strong = [_strong_teaser(b.text, echoes) and b.word_count >= TEASER_MIN_WORDS for b in run]
    # Headline-shaped lines from each start on, counted from the end once (not once per start).
    headlines = 0
    after = [0] * (len(run) + 1)
    for i in range(len(run) - 1, -1, -1):
        headlines += strong[i]
        after[i] = headlines
    for start, is_strong in enumerate(strong):
        if is_strong and after[start] * 2 >= len(run) - start:
            return start
    return None


def in_text(page: Page, found: Found) -> Taken[tuple[RelatedLink, ...]]:
    """The teaser lines between a text dump's story and its notice (see :func:`_text_teasers`).
    Takes the lines from where the teasers (or their label) begin to the notice, or the end:
    the footer menus after the teasers are no story either. A run of teaser-shaped lines that
    would leave the story no line at all is the story."""
    blocks = page.blocks
    start = found.header_end
    notice = found.copyright.first
    end = len(blocks) if notice is None else notice
    echoes = [text for text in (found.subheading.value, found.headline.value) if text]
    base = found.meta.value.base
    story = found.story.blocks
    labelled = _labelled_text_teasers(blocks, story[-1] + 1 if story else start, end, echoes, base)
    if labelled is not None:
        return labelled
    teaser_start, teasers = _text_teasers(blocks, start, end, echoes, base, story[-1] if story else start)
    if teaser_start > start and not any(start <= i < teaser_start for i in story):
        return Taken(())
    return Taken(teasers, tuple(range(teaser_start, end)))


def in_html(page: Page, found: Found) -> Taken[tuple[RelatedLink, ...]]:
    """Teasers of other articles outside the story and the notice (see :func:`_html_teasers`)."""
    return _html_teasers(
        page, set(found.story.blocks), found.meta.value.base, skip=found.copyright.blocks, page_url=found.url
    )


def _text_link(block: Block, base: str | None) -> RelatedLink:
    """A teaser line as a link: its URL when the dump prints one for the whole line (a lynx
    reference, a Markdown link)."""
    links = block.links
    if len(links) == 1 and len(links[0].text) >= LINKED_TEASER_SHARE * len(block.text):
        return RelatedLink(text=block.text, url=resolve(links[0].href, base))
    return RelatedLink(text=block.text)


def _labelled_text_teasers(
    blocks: Sequence[Block], start: int, end: int, echoes: Sequence[str], base: str | None
) -> Taken[tuple[RelatedLink, ...]] | None:
    """The teasers under the first "Related" label after a dump's story (from ``start``, before
    ``end``): the headline-shaped lines that follow it, past the dates, kickers and decks printed
    between them, up to a run of lines that are no teasers. When the dump prints links, a teaser
    is a line that is one link. ``None`` when no label there heads a teaser."""
    linked = any(b.links for b in blocks[start:end])
    for label in range(start, end):
        if not is_related_label(blocks[label].text):
            continue
        teasers: list[Block] = []
        seen: set[str] = set()
        misses = 0
        for block in blocks[label + 1 : end]:
            text = block.text
            if is_related_label(text):
                # The next label's list is its own (and each line is read under one label only).
                break
            if (
                _teaser_shaped(text)
                and _strong_teaser(text, echoes)
                and (not linked or block.link_density >= LINKED_TEASER_SHARE)
            ):
                misses = 0
                if text.casefold() not in seen and not _DATE_LINE.match(text):
                    seen.add(text.casefold())
                    teasers.append(block)
            elif len(text) > TEASER_MAX_CHARS or misses >= LABELLED_TEASER_GAP:
                break
            else:
                misses += 1
        if len(teasers) >= LABELLED_TEASERS_MIN:
            last = teasers[-1].index + 1
            return Taken(tuple(_text_link(b, base) for b in teasers), tuple(range(label, last)))
    return None


def _text_teasers(
    blocks: Sequence[Block],
    start: int,
    end: int,
    echoes: Sequence[str] = (),
    base: str | None = None,
    story_end: int = -1,
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
    labels = [is_related_label(b.text) for b in run]
    fitting = [fits(b) for b in run]
    # A label opens the teasers when only teaser-shaped lines follow it.
    # (Whether a teaser-shaped line that is no label follows each line, counted from the end once.)
    fits_after = [False] * (len(run) + 1)
    for i in range(len(run) - 1, -1, -1):
        fits_after[i] = fits_after[i + 1] or (fitting[i] and not labels[i])
    for i, block in enumerate(run):
        # (A label before the story's last prose line heads a promo box inside the story.)
        if labels[i] and run_start + i > 0 and fits_after[i + 1] and block.index > story_end:
            teasers = [b for j, b in enumerate(run[i + 1 :], i + 1) if not labels[j]]
            return block.index, tuple(_text_link(b, base) for b in teasers)
    # Short headlines ("Sweet memories") count among teasers, not at the run's edges.
    first_fit = next((i for i, f in enumerate(fitting) if f), len(run))
    run = [b for b, f in zip(run[first_fit:], fitting[first_fit:]) if f or _short_headline(b.text)]
    first = _teaser_start(run, echoes)
    if first is None:
        return stop, ()
    # The body keeps at least one paragraph.
    if run[first].index == start:
        first += 1
        if first >= len(run):
            return stop, ()
    teasers = run[first:]
    return teasers[0].index, tuple(_text_link(b, base) for b in teasers)


# --- HTML -----------------------------------------------------------------------------------

# A teaser link names an article: a few words at least (CJK counted two characters a word).
HTML_TEASER_MIN_WORDS = 4
# Under a "Related" label, in a list named like one or on a "Read more:" line, a shorter
# headline is still a teaser ("Salt and fresh", "Autism") when its URL names a story by id or date.
LABELLED_TEASER_MIN_WORDS = 1
# A teaser headline is a line, not a paragraph.
HTML_TEASER_MAX_CHARS = 300
# Link texts asked about being a teaser headline, remembered: a site's rails repeat across its pages.
TEASER_CACHE_SIZE = 4096
# How many enclosing block elements describe a block: a list's own wrapper names it, a far
# ancestor (a page-wide "content" pane, say) does not.
NEAR_LEVELS = 8
# Ad slots wrap their teasers more deeply than lists do.
AD_LEVELS = 10
# Past this many enclosing elements only a <nav>, a <footer> or a hidden element changes a block's context.
CONTEXT_LEVELS = max(NEAR_LEVELS, AD_LEVELS)
# An unlabelled teaser needs a sibling teaser within this many enclosing elements (a list or a rail).
GROUP_LEVELS = 8
# A label announces the list that follows it within this many blocks.
SECTION_MAX_BLOCKS = 80
# Share of the story's paragraphs that the story's container holds.
STORY_SHARE = 0.8
# Most of a block that is prose: a link inside it is part of the running text, not a teaser.
PROSE_MIN_CHARS = 120
# A list item that is one link (its text this much link text) is a teaser in a list, in the story too.
LINK_ITEM_SHARE = 0.9
# A service page's link text is short ("Privacy Policy", "RSS Terms of Service"); a headline may
# mention privacy at greater length.
SERVICE_MAX_WORDS = 5
# A credit's link names a person in a few words.
CREDIT_MAX_WORDS = 4
# In a teaser card the credit line is the link's own element or its parent; the card itself may be
# named after its author ("author-card") and hold the teaser's headline too. (Not the itemprop or
# rel marks: a block is marked so when any link inside it is the author's, the headline's too.)
CARD_CREDIT_LEVELS = 2
# A card's heading stands a few blocks before its "View" link, inside the card's wrapper.
CARD_REACH = 8
CARD_LEVELS = 6
# A list whose teasers all lead to this many other sites is a content-exchange or ad network.
FOREIGN_FEED_SITES = 3

# Link texts that are no headline: dates, times, counts ("86 Kommentare"), printed URLs.
_NOT_HEADLINE = regex.compile(
    r"^[\d\s.,:/\-–—]+$|^\d{1,2}\s*(?:min|h|hrs?|hours?|days?|std|stunden?|minuten?)\b"
    r"|^\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|komentarz\w*|reacties|replies|antworten)$"
    r"|^(?:https?://|www\.)\S+$",
    regex.IGNORECASE,
)
# A date printed before or after a teaser's headline in its link ("07 сентября 2021Шевченко vs …",
# "… Web Pioneer JULY 24, 2016").
_LEADING_DATE = regex.compile(
    r"^\d{1,2}(?:\.|\s)\s*(?:\p{L}{3,12}\.?|\d{1,2}\.)\s*\d{4}(?:,?\s*\d{1,2}:\d{2})?\s*[-–—|·:]?\s*"
)
# (Printed in capitals, "JULY 24, 2016", "DEC 20": a date line, not words of the headline.)
_TRAILING_DATE = regex.compile(r"\s*[-–—|·]?\s*\p{Lu}{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?$")
# A fragment that points at a story's comments.
_COMMENT_ANCHOR = regex.compile(
    r"#(?:comments?|respond|disqus|reactions?|kommentare?|commentaires?|comentarios?)\b", regex.I
)
# A link text that starts in lower case, as the middle of a sentence does and a headline does not
# ("iPhone", "eBay": a lower-case letter before a capital is a brand name).
_FRAGMENT_START = regex.compile(r"\p{Ll}(?!\p{Lu})")
# ... but a hyphenated word ("e-scooters") or a name's particle ("von der Leyen", "de Blasio") may.
_HYPHENATED_START = regex.compile(r"\p{Ll}+-")
# Where a block named like a title ranks among headings (an <h4>).
TITLE_RANK = 4
# A date line ("19 FEB 2020 - 18:37 CET", "Mar 3, 2024"): numbers and at most two short words.
_DATE_LINE = regex.compile(r"^(?=(?:\D*\d){3})[\d\s.,:/\-–—]*(?:\p{L}{1,9}\.?[\d\s.,:/\-–—]*){0,2}$")


@bounded_memo(TEASER_CACHE_SIZE, HTML_TEASER_MAX_CHARS)
def _teaser_link_text(text: str, min_words: int = HTML_TEASER_MIN_WORDS) -> bool:
    return (
        word_count(text) >= min_words
        and len(text) <= HTML_TEASER_MAX_CHARS
        and not BOILERPLATE_LINE.match(text)
        and not is_related_label(text)
        and not _NOT_HEADLINE.match(text)
        and not _DATE_LINE.match(text)
        and not _service_link(text)
    )


def _service_link(text: str) -> bool:
    match = SERVICE_LINK.search(text)
    return match is not None and (match.start() == 0 or word_count(text) <= SERVICE_MAX_WORDS)


def _context(
    page: Page,
    block: Block,
    story_chain: Collection[int],
    far_memo: dict[tuple[int, int, bool], int | None] | None = None,
    said_memo: dict[int, int | None] | None = None,
) -> int | None:
    """What the block's enclosing elements say, nearest first: ``None`` when it sits in a menu,
    a tag list, an ad slot, a share bar or a hidden element; else ``F_RELATED`` when a nearby
    wrapper names it a teaser list (``| F_RELATED_STRONG`` when the name says so outright, ``| F_FOOTER``
    in the page footer), else 0 (or ``F_FOOTER``).

    The nearest name decides: a "most shared" list inside a share-bar wrapper is a teaser list,
    and so is a related list in an HTML ``<nav>``; but a menu's teasers (a mega-menu's "most
    popular" flyout) stay menu, and ads and hidden elements are out at any depth. Names on the
    wrappers that hold the story itself ("streamline-page" on ``<body>``) describe no list.

    ``far_memo`` (one per page and story chain) keeps what the elements past the nearest
    :data:`CONTEXT_LEVELS` say: siblings share them, and they are read once, not per block.
    ``said_memo`` (one per page) keeps what each element says at any depth (see :func:`_said`).
    """
    related = 0
    strong = 0
    footer = 0
    flags_of = page.element_flags
    ancestors = block.ancestors
    inner_first = reversed(ancestors)
    for depth, ident in enumerate(inner_first):
        if ident in story_chain:
            return related | strong | footer
        said = _said(page, ident, bool(related), said_memo)
        if said is None:
            return None
        footer |= said
        flags = flags_of.get(ident, 0)
        if flags:
            if depth < AD_LEVELS and flags & F_ADS:
                return None
            if depth < NEAR_LEVELS:
                if flags & F_MENU and not flags & F_RELATED_STRONG:
                    return None
                if flags & F_RELATED:
                    if not related:
                        strong = flags & F_RELATED_STRONG
                    related = F_RELATED
                elif flags & (F_SHARE | F_TAGS) and not related:
                    return None
                if flags & F_SITE_FOOTER:
                    footer = F_FOOTER
        if depth + 1 == CONTEXT_LEVELS:
            break
    else:
        return related | strong | footer
    # The elements further out: what they say depends on them and on ``related`` alone.
    remaining = len(ancestors) - CONTEXT_LEVELS
    if remaining <= 0:
        return related | strong | footer
    outer = next(inner_first)
    rest = itertools.chain((outer,), inner_first)
    if far_memo is None or not isinstance(ancestors, Ancestors):
        far = _far_context(page, rest, story_chain, bool(related), said_memo)
    else:
        # In one page's tree an element's chain out to the root is the same for every block under it.
        key = (outer, remaining, bool(related))
        if key in far_memo:
            far = far_memo[key]
        else:
            far = far_memo[key] = _far_context(page, rest, story_chain, bool(related), said_memo)
    if far is None:
        return None
    return related | strong | footer | far


def _far_context(
    page: Page,
    idents: Iterator[int],
    story_chain: Collection[int],
    related: bool,
    said_memo: dict[int, int | None] | None = None,
) -> int | None:
    """:func:`_context`'s reading of the elements from :data:`CONTEXT_LEVELS` out, where only
    ``<nav>``, ``<footer>`` and hidden elements count: ``None``, ``F_FOOTER`` or 0."""
    footer = 0
    for ident in idents:
        if ident in story_chain:
            break
        said = _said(page, ident, related, said_memo)
        if said is None:
            return None
        footer |= said
    return footer


def _said(page: Page, ident: int, related: bool, memo: dict[int, int | None] | None) -> int | None:
    """:func:`_says_at_any_depth`, kept per element in ``memo`` (keyed ``2 * ident``, plus one
    inside a related list): the blocks of a page share their outer elements."""
    if memo is None:
        return _says_at_any_depth(page, ident, related)
    key = 2 * ident + related
    if key in memo:
        return memo[key]
    said = memo[key] = _says_at_any_depth(page, ident, related)
    return said


def _says_at_any_depth(page: Page, ident: int, related: bool) -> int | None:
    """What an element says of the blocks under it however far out it is: ``None`` (a ``<nav>``
    outside a related list, or hidden), ``F_FOOTER`` (a ``<footer>``) or 0."""
    if page.element_flags.get(ident, 0) & F_HIDDEN and not _shown_responsively(
        page.element_tokens.get(ident, frozenset())
    ):
        return None
    tag = page.element_tags.get(ident)
    if tag == "nav" and not related:
        return None
    return F_FOOTER if tag == "footer" else 0


def _shown_responsively(tokens: frozenset[str]) -> bool:
    """Utility classes that hide an element on small screens and show it on larger ones
    ("hidden lg:flex", Bootstrap's "d-none d-lg-block")."""
    return any(
        (":" in t and t.rsplit(":", 1)[1] in DISPLAY_VALUES) or BREAKPOINT_DISPLAY.match(t) is not None for t in tokens
    )


def _story_root(page: Page, body: Collection[int]) -> int | None:
    """The element holding (nearly) all of the story's paragraphs."""
    if not body:
        return None
    ordered = sorted(body)
    needed = STORY_SHARE * len(body)
    middle = ordered[len(body) // 2]
    for ident in reversed(page.blocks[middle].ancestors):
        if page.count_in(ident, ordered) >= needed:
            return ident
    return None


def _story_chain(page: Page, body: Collection[int], root: int | None) -> frozenset[int]:
    """The story's container and every element around it."""
    if root is None:
        return frozenset()
    for index in body:
        ancestors = page.blocks[index].ancestors
        if root in ancestors:
            return frozenset(ancestors[: ancestors.index(root) + 1])
    return frozenset()


def _is_label(text: str) -> bool:
    return len(text) <= LABEL_MAX_CHARS and _list_label(text)


@bounded_memo(LIST_LABEL_CACHE_SIZE, LABEL_MAX_CHARS)
def _list_label(text: str) -> bool:
    return is_related_label(text) or SPONSOR_LABEL.match(text) is not None


def _labelled_sections(page: Page, story_chain: Collection[int] = ()) -> tuple[set[int], set[int]]:
    """Blocks in a list announced by a label: a teaser list ("Related", "Most read", "Lesen Sie
    auch"), or a paid one ("Sponsored", "Paid Partner", "Around the web").

    A teaser list is the element that holds the label's first two links to different pages
    after it; a paid box is the element that holds the label and its first link. Their blocks
    belong to the section, up to the next label.
    """
    related: set[int] = set()
    sponsored: set[int] = set()
    blocks = page.blocks
    # Each block's text is matched against the label words once.
    # (A label has links after it; a block with none in the next few is no label.)
    has_links = [bool(b.links) for b in blocks]
    is_label = [len(b.links) <= 1 and any(has_links[b.index + 1 : b.index + 4]) and _is_label(b.text) for b in blocks]
    i = 0
    while i < len(blocks) - 1:
        block = blocks[i]
        if not is_label[i]:
            i += 1
            continue
        out = sponsored if SPONSOR_LABEL.match(block.text) else related
        first: Block | None = None
        container: int | None = None
        j = i + 1
        stop = min(len(blocks), i + 1 + SECTION_MAX_BLOCKS)
        while j < stop:
            nxt = blocks[j]
            if is_label[j]:
                break
            if nxt.links:
                if first is None:
                    first = nxt
                elif nxt.links[0].href != first.links[0].href:
                    container = common_ancestor(first, nxt)
                    break
            j += 1
        if first is None:
            i += 1
            continue
        if out is sponsored:
            # A paid box holds its label: "Promoted content" over one card in a river of the site's own.
            container = common_ancestor(block, first)
        if container is not None and container in story_chain:
            # A "Read more" button in the story: the "list" after it would be the whole story.
            i += 1
            continue
        j = first.index
        while j < stop:
            nxt = blocks[j]
            if j > first.index and (is_label[j] or container is None or container not in nxt.ancestors):
                break
            out.add(j)
            j += 1
        i = max(j, i + 1)
    return related, sponsored


def _clean_text(text: str) -> str:
    """A teaser headline without the brackets, promo label or date printed around it."""
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    label = PROMO_LABEL.match(text)
    if label is not None and label.end() < len(text):
        text = text[label.end() :].strip()
    for pattern in (_LEADING_DATE, _TRAILING_DATE):
        stripped = pattern.sub("", text).strip()
        if stripped != text and word_count(stripped) >= LABELLED_TEASER_MIN_WORDS + 1:
            text = stripped
    return text


def _best_text(parts: Sequence[tuple[Block, str]], repeated: Collection[str] = ()) -> str:
    """A teaser's headline among the parts of its link (a card's link also holds its kicker,
    date, author and dek): the top-ranked heading's text, unless a part beside it is a much
    longer line (the heading is then a kicker or an author's name); else the longest part.
    A text that several teasers share ("Video", a rubric, an author) is no headline."""
    shaped = [(block, text) for block, text in parts if _teaser_link_text(text, LABELLED_TEASER_MIN_WORDS)]
    unique = [(block, text) for block, text in shaped if text not in repeated]
    shaped = unique or shaped
    if not shaped:
        return parts[0][1]
    longest = max(shaped, key=lambda part: word_count(_clean_text(part[1])))[1]
    headings = [
        (block.heading_level or TITLE_RANK, text)
        for block, text in shaped
        if block.heading_level or block.flags & F_TITLE
    ]
    if headings:
        heading = min(headings, key=lambda part: part[0])[1]
        words = heading.split()
        phrase = len(words) >= 2 and any(w[:1].islower() for w in words[1:])
        if len(words) * 2 >= word_count(_clean_text(longest)) or len(words) >= HTML_TEASER_MIN_WORDS - 1 or phrase:
            # (Not when it is a name or a rubric in capitals beside a headline: "Сергей Шевченко", "Мнение".)
            return heading
    return longest


def _html_teasers(
    page: Page,
    body: Collection[int],
    base: str | None,
    skip: Collection[int] = (),
    page_url: str | None = None,
) -> Taken[tuple[RelatedLink, ...]]:
    """Teasers of other articles that the page offers, in page order, one per URL.

    A link is a teaser when its text reads as a headline and it sits outside the story's
    paragraphs, outside menus, tag lists, ad slots, share bars and hidden elements, and points
    to a page that may be an article (not a tag, author or section index, a service page, a
    social network or an ad server). Inside the story's container only promo lines ("Read
    more: …") and boxes named like teaser lists count. A short headline counts under a label
    ("Related"), in a list named like one or on a promo line, when its URL names a story by id
    or date; an unlabelled teaser needs a sibling teaser nearby (a list, a rail, a card grid),
    and in the page footer a URL with an id or date (footers list service pages). Lists whose
    every link leads to several other sites are content-exchange networks and left out.

    ``base`` resolves relative hrefs; links to ``base``, the canonical URL or ``page_url`` (the
    address the page was fetched from) are the page itself and left out.
    """
    blocks = page.blocks
    canonical = page.hints.canonical_url
    story = _story_root(page, body)
    chain = _story_chain(page, body, story)
    last_body = max(body) if body else -1
    labelled, sponsored = _labelled_sections(page, chain)
    brand = site_label(canonical or base)
    itself = same_story_as_any(base, canonical, page_url)

    order: list[str] = []
    parts: dict[str, list[tuple[Block, str]]] = {}
    strong: dict[str, bool] = {}
    # Teasers whose list says outright that it lists other articles ("Related", "most-popular").
    vouched: dict[str, bool] = {}
    shaped: dict[str, bool] = {}
    urls: dict[str, str] = {}
    near: dict[str, Sequence[int]] = {}
    group_urls: dict[int, set[str]] = {}
    # The headings of cards whose only link to the story is a "View" button.
    card_titles: dict[str, str] = {}
    far_memo: dict[tuple[int, int, bool], int | None] = {}
    said_memo: dict[int, int | None] = {}
    # Each href's verdict, asked once a page: rails and cards repeat a link (image, headline, "more").
    targets: dict[str, tuple[str, bool] | None] = {}
    for block in blocks:
        if not block.links or block.index in skip or block.index in sponsored:
            continue
        context = _context(page, block, chain, far_memo, said_memo)
        if context is None:
            continue
        promo = is_promo_block(block.text, [link.text for link in block.links])
        announced = block.index in labelled or promo
        is_strong = bool(context & F_RELATED) or announced
        linked = sum(len(link.text) for link in block.links)
        link_item = (block.tag == "li" or block.heading_level > 0) and linked >= LINK_ITEM_SHARE * len(block.text)
        if block.index in body and not (is_strong and (promo or link_item)):
            # The story's own paragraphs; a related list the story's container took in still counts.
            continue
        if not (is_strong or link_item) and story is not None and block.index <= last_body and story in block.ancestors:
            # A link in the story's container, up to its last paragraph, is part of the story
            # (a list of headline links there is an in-story promo list, decided below as a group).
            continue
        if not promo and len(block.text) - linked >= PROSE_MIN_CHARS and linked * 2 < len(block.text):
            # Links inside running text (a comment, a bio, a paragraph outside the story).
            continue
        in_story = story is not None and block.index <= last_body and story in block.ancestors and not is_strong
        in_footer = bool(context & F_FOOTER) and not (context & F_RELATED_STRONG or block.index in labelled or promo)
        credit = credit_named(page, block, CARD_CREDIT_LEVELS)
        for link in block.links:
            if credit and word_count(link.text) <= CREDIT_MAX_WORDS:
                # An author's name in a teaser card's credit line.
                continue
            if link.href in targets:
                target = targets[link.href]
            else:
                target = targets[link.href] = _teaser_target(link.href, base, itself)
            if target is None:
                continue
            url, story_id = target
            if in_story and (
                site_label(url) != brand or (_FRAGMENT_START.match(link.text) and not _lower_case_headline(link.text))
            ):
                # An in-story list of references to other sites (bug trackers, sources), or of
                # sentence fragments ("made the toolbar load later"), not promos: a promo is a headline.
                continue
            if in_footer and not story_id:
                # Footers list service pages ("Conditions générales de vente"), not stories.
                continue
            key = url.split("#", 1)[0]
            if key not in parts:
                order.append(key)
                parts[key] = []
                urls[key] = url
                strong[key] = shaped[key] = vouched[key] = False
                near[key] = block.ancestors[-GROUP_LEVELS:]
            parts[key].append((block, link.text))
            if key not in card_titles and MORE_LINK.match(link.text):
                # A card's "View" link: the card's heading, printed without a link, names the story.
                heading = _card_heading(page, block)
                if heading is not None and _teaser_link_text(heading.text):
                    card_titles[key] = heading.text
                    shaped[key] = True
            if _teaser_link_text(link.text) or key in card_titles:
                shaped[key] = True
            elif not (is_strong and story_id and _teaser_link_text(link.text, LABELLED_TEASER_MIN_WORDS)):
                # A short link text is a headline under a label ("Top 12 topics": "Autism") or in a
                # list named like a teaser list, when its URL names a story by id or date.
                continue
            strong[key] = strong[key] or is_strong
            vouched[key] = vouched[key] or announced or bool(context & F_RELATED_STRONG)
            for ident in block.ancestors[-GROUP_LEVELS:]:
                group_urls.setdefault(ident, set()).add(key)

    kept: list[str] = []
    for key in order:
        if not (shaped[key] or strong[key]):
            continue
        if not strong[key] and not any(len(group_urls.get(ident, ())) >= 2 for ident in near[key]):
            continue
        kept.append(key)
    feeds = _foreign_feeds(kept, vouched, near, group_urls, site_of(canonical or base))
    # Texts printed in the links of several teasers: kickers, rubrics, authors, badges.
    seen_in: dict[str, int] = {}
    for key in kept:
        for text in {text for _, text in parts[key]}:
            seen_in[text] = seen_in.get(text, 0) + 1
    repeated = {text for text, count in seen_in.items() if count > 1}
    teasers = [key for key in kept if key not in feeds]
    return Taken(
        tuple(
            RelatedLink(text=_teaser_text(parts[key], repeated, card_titles.get(key)), url=urls[key]) for key in teasers
        ),
        tuple(sorted({block.index for key in teasers for block, _ in parts[key]})),
    )


def _teaser_target(href: str, base: str | None, itself: Callable[[str], bool]) -> tuple[str, bool] | None:
    """The URL a link's ``href`` leads to and whether it names a story by id or date, ``None`` when
    it cannot lead to a teaser: the page itself, a social network or ad server, a page no article
    (an index, a service page, a file), or the comments under a story ("…/story#comment-12")."""
    url = resolve(href, base)
    if url is None:
        return None
    if is_social_url(url) or is_ad_url(url) or not looks_like_article(url) or not article_shaped(url):
        return None
    # The page itself last: comparing story keys costs more than the tests above, which turn
    # away most links (indexes, services, share buttons) first.
    if _COMMENT_ANCHOR.search(url) or itself(url):
        return None
    return url, has_story_id(url)


def _teaser_text(parts: Sequence[tuple[Block, str]], repeated: Collection[str], card_title: str | None) -> str:
    text = _clean_text(_best_text(parts, repeated))
    if card_title is not None and not _teaser_link_text(text):
        return card_title
    return text


def _lower_case_headline(text: str) -> bool:
    """A headline that starts in lower case with a name's particle or a hyphenated word."""
    return text.split(None, 1)[0].casefold() in NAME_PARTICLES or _HYPHENATED_START.match(text) is not None


def _card_heading(page: Page, block: Block) -> Block | None:
    """The unlinked heading of the card that holds ``block``: the nearest heading block before
    it whose common wrapper with it lies within :data:`CARD_LEVELS` of the block."""
    card = set(block.ancestors[-CARD_LEVELS:])
    for other in reversed(page.blocks[max(0, block.index - CARD_REACH) : block.index]):
        if common_ancestor(other, block) not in card:
            # Out of the card: what stands before it belongs to something else.
            return None
        if (other.heading_level or other.flags & F_TITLE) and not other.links:
            return other
    return None


def _judge_list(members: set[str], vouched: dict[str, bool], site: str) -> frozenset[str] | None:
    if len(members) < 2:
        return None
    foreign = {m for m in members if site_of(m) != site}
    # The list's own heading may link home ("The most popular all over" -> /themost).
    if len(members) - len(foreign) <= 1 and len({site_of(m) for m in foreign}) >= FOREIGN_FEED_SITES:
        return frozenset(m for m in foreign if not vouched[m])
    return frozenset()


def _foreign_feeds(
    kept: Sequence[str],
    vouched: dict[str, bool],
    near: dict[str, Sequence[int]],
    group_urls: dict[int, set[str]],
    site: str,
) -> set[str]:
    """Teasers of unnamed lists whose every link leads to another site, several of them: a
    content-exchange or ad network ("Around the web", "The most popular all over")."""
    if not site:
        return set()
    out: set[str] = set()
    kept_set = set(kept)
    # Per wrapper: None when it holds fewer than two kept teasers, else the feed's teasers (maybe none).
    judged: dict[int, frozenset[str] | None] = {}
    for key in kept:
        if vouched[key] or key in out:
            continue
        # The list: the nearest wrapper that holds another kept teaser (each wrapper judged once).
        for ident in reversed(near[key]):
            if ident not in judged:
                judged[ident] = _judge_list(group_urls.get(ident, set()) & kept_set, vouched, site)
            feed = judged[ident]
            if feed is not None:
                out |= feed
                break
    return out
