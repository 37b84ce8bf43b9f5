"""The extent of the story on an HTML page: the container whose paragraphs score best as prose,
the sibling containers that carry on its text, and lead paragraphs between it and the headline;
on a page that is no single story, the content of its main area (:mod:`newsparse.read.layout`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from ...blocks import Block, Page, outermost
from ...cues.dates import find_printed_date
from ...cues.lexicon import CALL_TO_ACTION
from ...cues.lines import is_furniture_line, is_promo_block
from ...cues.markup import F_CAPTION, F_COMMENTS, F_CONTENT, F_NOT_CONTENT, LAYOUT_HELPER, classify
from ...cues.text import ends_sentence, weighted_length, word_count
from ...read.layout import MainRegion, main_region

__all__ = ["StoryBlocks", "html_body"]


# --- HTML -----------------------------------------------------------------------------------

# Tags whose text is a paragraph of a story when it sits in the story's container.
PARAGRAPH_TAGS = frozenset(("p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6", "td", "div", "section"))
# A block scores as story text from this weighted length (CJK characters count triple).
MIN_PARAGRAPH_WEIGHT = 60
# A paragraph scores 1, plus COMMA_WEIGHT a comma (up to MAX_COMMAS: commas mark prose, not
# labels), plus 1 every LENGTH_UNIT weighted characters (up to MAX_LENGTH_SCORE), its first
# PROSE_SCAN_CHARS read.
COMMA_WEIGHT = 0.3
MAX_COMMAS = 10
LENGTH_UNIT = 100
MAX_LENGTH_SCORE = 3.0
PROSE_SCAN_CHARS = 2000
# Blocks with more of their text in links than this are link lists, not prose.
MAX_PROSE_LINK_DENSITY = 0.35
# Score passed to the containers above a paragraph: its parent, grandparent, great-grandparent.
ANCESTOR_DECAY = (1.0, 0.5, 0.25)
# A sibling container joins the story when it holds this share of the best container's prose,
# and starts or ends within this many blocks of it.
SIBLING_SHARE = 0.3
SIBLING_GAP = 20
# A short block that ends like a sentence with this many words is story text, not a label.
SENTENCE_MIN_WORDS = 5
# A plea to subscribe or follow is a line or two; a longer paragraph that mentions one is story.
CALL_TO_ACTION_MAX_CHARS = 220
# How far up an unnamed best container looks for the class name that its sibling parts share.
SIGNATURE_REACH = 2
# How many enclosing elements of a block are checked for being a caption.
CAPTION_REACH = 2
# How many enclosing elements of a paragraph are checked for being a comment thread.
COMMENT_REACH = 5
# Paragraph tags scored to the element that holds them (a <div> with loose text holds itself).
HELD_TAGS = frozenset(("p", "pre", "blockquote", "li", "dd"))
# What a story-like or boilerplate-like class name is worth: about two paragraphs.
CLASS_BONUS = 6.0
# Blocks between a headline and its story (dek, credit, photo) that cost nothing.
HEADLINE_SLACK = 12
# Beyond the slack, a container's score halves every this many blocks away from the headline.
HEADLINE_DECAY = 30.0
# How many containers, best first, are tried before the page is found to have no story.
CONTAINER_TRIES = 3
# A short block (in weighted characters) that is mostly link text is furniture even inside the
# story container; a long one is a paragraph with many links.
FURNITURE_LINK_DENSITY = 0.5
FURNITURE_MAX_WEIGHT = 300
# A page is no single story when its best story holds less than this share of its main area's
# text, and is short: at most this many characters and this many full paragraphs (a paragraph
# scores FULL_PARAGRAPH_SCORE from about 200 characters). The blurb over a set of things (a shop's
# products, a listing's posts, a service's offers) runs to a paragraph or two; three full
# paragraphs are a story, however much else the page holds.
STORY_SHARE_OF_REGION = 0.3
SHORT_STORY_CHARS = 2400
SHORT_STORY_PARAGRAPHS = 2
# On a page whose metadata gives no publication date (news and blog posts are dated; landing,
# service and shop pages are not) a few paragraphs over the page's sections are its blurb too.
UNDATED_STORY_PARAGRAPHS = 5
# A page is dated by its metadata or by a short line printing a date among this many blocks from
# its headline (a news story's dateline; the date of a teaser further down dates another page).
DATE_LINE_REACH = 6
DATE_LINE_MAX_CHARS = 80
FULL_PARAGRAPH_SCORE = 3.0
# schema.org types (lower-cased) by which a page declares itself one story: its short text is the
# story, not a blurb over other things. (Not forum posts, how-tos or tech articles: threads and
# docs are sets of posts and sections that the main area holds.)
STORY_SCHEMA_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle reviewnewsarticle "
    "backgroundnewsarticle blogposting liveblogposting scholarlyarticle satiricalarticle report".split()
)
# A line with this share of its text in links is a link line; this many in a row are a list of
# links, which is a list of other pages when it holds less than this share of the area's text.
LINK_LINE_DENSITY = 0.5
LINK_LIST_MIN_LINES = 3
LINK_LIST_MAX_SHARE = 0.25
# The label over a list of links is a line this short ("More from the shop", "Latest posts").
LINK_LIST_LABEL_MAX_CHARS = 80
_COMMAS = regex.compile(r"[,，、;；]")


def _prose_score(block: Block) -> float:
    """How much a block reads like a paragraph of a story (0 when it does not)."""
    if block.tag not in PARAGRAPH_TAGS or block.link_density > MAX_PROSE_LINK_DENSITY:
        return 0.0
    weight = weighted_length(block.text)
    if weight < MIN_PARAGRAPH_WEIGHT:
        return 0.0
    head = block.text[:PROSE_SCAN_CHARS]
    commas = head.count(",") + head.count(";") if head.isascii() else len(_COMMAS.findall(head))
    return 1.0 + min(commas, MAX_COMMAS) * COMMA_WEIGHT + min(weight / LENGTH_UNIT, MAX_LENGTH_SCORE)


def _class_adjustment(flags: int) -> float:
    """Class names shift a container's score by about two paragraphs' worth, no more:
    names are hints (a share widget's class lands on story containers too)."""
    adjust = 0.0
    if flags & F_CONTENT:
        adjust += CLASS_BONUS
    if flags & F_NOT_CONTENT:
        adjust -= CLASS_BONUS
    return adjust


def _local_flags(page: Page, block: Block, container: int) -> int:
    """Flags of the elements between the container (exclusive) and the block."""
    return page.flags_below(block, container)


@dataclass(frozen=True, slots=True)
class _Tree:
    """What the body rule knows of the element tree, rebuilt from the blocks' ancestor chains."""

    parent: dict[int, int]
    first_block: dict[int, int]
    last_block: dict[int, int]
    prose: Sequence[float]

    def prose_under(self, ident: int) -> float:
        """The prose score of the blocks the element holds, added up in order."""
        first = self.first_block.get(ident)
        if first is None:
            return 0.0
        total = 0.0
        for score in self.prose[first : self.last_block[ident] + 1]:
            if score:
                total += score
        return total


def _tree(page: Page, prose: Sequence[float]) -> _Tree:
    spans = page.spans()
    return _Tree(spans.parent, spans.first, spans.last, prose)


def _container_scores(page: Page, prose: Sequence[float], tree: _Tree, head_index: int | None) -> dict[int, float]:
    scores: dict[int, float] = {}
    for block, score in zip(page.blocks, prose):
        # Comment threads sit within a few levels of each comment; a page-wide wrapper that merely
        # says "comments-open" is no thread.
        if not score or not block.ancestors or page.near_flags(block, COMMENT_REACH) & F_COMMENTS:
            continue
        # A <p> is scored to the element holding it; a <div> with loose text is its own holder.
        chain = block.ancestors[-2::-1] if block.tag in HELD_TAGS else block.ancestors[::-1]
        for ident, decay in zip(chain, ANCESTOR_DECAY):
            scores[ident] = scores.get(ident, 0.0) + score * decay
    for ident in scores:
        scores[ident] += _class_adjustment(page.element_flags.get(ident, 0))
        if head_index is not None:
            # The story starts right under its headline; text far below it is a gallery or a feed.
            # Prose before the headline is not penalised: some pages print the <h1> late in the
            # markup and place it on top with CSS, and menus before a headline hold no prose.
            distance = tree.first_block[ident] - head_index
            scores[ident] /= 1.0 + max(0, distance - HEADLINE_SLACK) / HEADLINE_DECAY
    return scores


def _is_caption(page: Page, block: Block, container: int) -> bool:
    """A picture's caption or credit: not story, but no border of the story either."""
    return (
        block.tag in ("figcaption", "caption")
        or bool(_local_flags(page, block, container) & F_CAPTION)
        or ("figure" in block.path)
    )


def _is_furniture(page: Page, block: Block, container: int) -> bool:
    text = block.text
    if block.tag in ("figcaption", "caption"):
        return True
    local = _local_flags(page, block, container)
    if local & F_COMMENTS or (local & (F_NOT_CONTENT | F_CAPTION) and not local & F_CONTENT):
        return True
    if block.link_density > FURNITURE_LINK_DENSITY and weighted_length(text) < FURNITURE_MAX_WEIGHT:
        return True
    if is_furniture_line(text):
        return True
    if len(text) <= CALL_TO_ACTION_MAX_CHARS and CALL_TO_ACTION.search(text):
        return True
    # In-story promos ("Read more: <link>", "[Headline]") are related links, not story.
    return is_promo_block(text, [link.text for link in block.links])


@dataclass(frozen=True, slots=True)
class StoryBlocks:
    """The story's block indices, in order, and where its main container starts
    (lead paragraphs set apart from the container come before that)."""

    indices: tuple[int, ...]
    container_start: int


def html_body(page: Page, head_index: int | None) -> StoryBlocks:
    """The body's blocks: the story (see :func:`_story`), or on a page that is no single
    story (a shop, a landing page, a listing, a thread) the content of its main area."""
    prose = [_prose_score(block) for block in page.blocks]
    story = _story(page, prose, head_index)
    anchors: set[int] = set()
    if head_index is not None:
        anchors.update(page.blocks[head_index].ancestors)
    if story.indices:
        anchors.update(page.blocks[min(story.container_start, story.indices[-1])].ancestors)
    region = main_region(page, anchors)
    if _no_single_story(page, prose, head_index, story, region):
        found = _region_body(page, region.blocks)
        # A main area whose every line is mostly links is a menu or an index, not content.
        if any(page.blocks[i].link_density < LINK_LINE_DENSITY for i in found):
            return StoryBlocks(found, story.container_start)
    return story


def _no_single_story(
    page: Page, prose: Sequence[float], head_index: int | None, story: StoryBlocks, region: MainRegion
) -> bool:
    """The page's best story is a short text that is a small part of its main area: the page
    is a set of things (products, services, posts, links) with a blurb, not a story."""
    if not region.size or STORY_SCHEMA_TYPES.intersection(page.hints.schema_types):
        return False
    size = sum(weighted_length(page.blocks[i].text) for i in story.indices)
    paragraphs = sum(1 for i in story.indices if prose[i] >= FULL_PARAGRAPH_SCORE)
    most = SHORT_STORY_PARAGRAPHS if _dated(page, head_index, story) else UNDATED_STORY_PARAGRAPHS
    return size < STORY_SHARE_OF_REGION * region.size and size <= SHORT_STORY_CHARS and paragraphs <= most


def _dated(page: Page, head_index: int | None, story: StoryBlocks) -> bool:
    """The page says when it was published: in its metadata, or on a dateline by its headline."""
    if page.hints.published:
        return True
    start = head_index if head_index is not None else story.container_start
    return any(
        len(block.text) <= DATE_LINE_MAX_CHARS and find_printed_date(block.text)[0] is not None
        for block in page.blocks[start : start + DATE_LINE_REACH]
    )


def _region_body(page: Page, blocks: Sequence[int]) -> tuple[int, ...]:
    """The main area's blocks minus furniture lines, captions and the lists of links set in it."""
    kept = [
        i
        for i in blocks
        if not _furniture_line(page.blocks[i]) and not page.near_flags(page.blocks[i], CAPTION_REACH) & F_CAPTION
    ]
    return _without_link_lists(page, kept)


def _furniture_line(block: Block) -> bool:
    """A block that is furniture wherever it stands: a caption, a button label, a plea to
    subscribe or share, an in-story promo."""
    text = block.text
    if block.tag in ("figcaption", "caption") or "figure" in block.path or is_furniture_line(text):
        return True
    if len(text) <= CALL_TO_ACTION_MAX_CHARS and CALL_TO_ACTION.search(text):
        return True
    return is_promo_block(text, [link.text for link in block.links])


def _without_link_lists(page: Page, blocks: list[int]) -> tuple[int, ...]:
    """``blocks`` without the runs of link lines that hold a small part of their text, and the
    short label over each run: lists of other pages set in the main area ("Related", "Latest",
    "Popular in ..."). Short lines that are no prose (a teaser's kicker or date) between link
    lines stay in the run. A run that is much of the text is the page's own list (a listing) and
    stays."""
    total = sum(weighted_length(page.blocks[i].text) for i in blocks) or 1
    drop: set[int] = set()
    k, n = 0, len(blocks)
    while k < n:
        if page.blocks[blocks[k]].link_density < LINK_LINE_DENSITY:
            k += 1
            continue
        end = last = k  # the run's end, and its last link line
        lines = 0
        while end < n:
            block = page.blocks[blocks[end]]
            if block.link_density >= LINK_LINE_DENSITY:
                lines += 1
                last = end
            elif len(block.text) > LINK_LIST_LABEL_MAX_CHARS or _prose_score(block):
                break
            end += 1
        run = blocks[k : last + 1]
        if lines >= LINK_LIST_MIN_LINES and sum(weighted_length(page.blocks[i].text) for i in run) < (
            LINK_LIST_MAX_SHARE * total
        ):
            drop.update(run)
            if k:
                label = page.blocks[blocks[k - 1]]
                if len(label.text) <= LINK_LIST_LABEL_MAX_CHARS and not _prose_score(label):
                    drop.add(label.index)
        k = last + 1
    return tuple(i for i in blocks if i not in drop)


def _story(page: Page, prose: Sequence[float], head_index: int | None) -> StoryBlocks:
    """The story's paragraphs: the best-scoring text container, the sibling containers
    that hold a fair share of prose too, containers named like it, and lead paragraphs
    between the headline and the container."""
    tree = _tree(page, prose)
    scores = _container_scores(page, prose, tree, head_index)
    if not scores:
        # No paragraph anywhere (a short note, a test page): the story is every text block
        # that is not page furniture.
        plain = tuple(b.index for b in page.blocks if b.index != head_index and not _is_furniture(page, b, 0))
        return StoryBlocks(plain, plain[0] if plain else len(page.blocks))
    # The best container, or when nothing of it is story (a table of figures, a gallery of
    # captions), the next best.
    for best in sorted(scores, key=lambda ident: scores[ident], reverse=True)[:CONTAINER_TRIES]:
        story = _story_in(page, prose, tree, scores, best, head_index)
        if story.indices:
            return story
    return StoryBlocks((), len(page.blocks))


def _story_in(
    page: Page, prose: Sequence[float], tree: _Tree, scores: dict[int, float], best: int, head_index: int | None
) -> StoryBlocks:
    """The story's paragraphs when ``best`` is its container (see :func:`html_body`)."""
    chosen = {best}
    # A story split into several containers of one kind (div.article-text, div.component-content)
    # is one story: every scored container named like the best one joins it. An unnamed best
    # container is compared through its nearest named wrapper (div.paragraph > div).
    named = best
    for _ in range(SIGNATURE_REACH):
        if page.element_tokens.get(named) or named not in tree.parent:
            break
        named = tree.parent[named]
    signature = page.element_tokens.get(named)
    if signature:
        tag = page.element_tags.get(named)
        story_words = {t for t in signature if classify(t) & F_CONTENT}
        # Wrappers of the best container are not parts of the story beside it.
        chain = page.blocks[tree.first_block[best]].ancestors
        wrappers = set(chain[: chain.index(best)])
        for ident in scores:
            tokens = page.element_tokens.get(ident)
            if (
                tokens
                and ident not in wrappers
                and page.element_tags.get(ident) == tag
                and (tokens == signature or story_words & tokens or _variant(tokens, signature))
            ):
                chosen.add(ident)
    parent = tree.parent.get(best)
    if parent is not None:
        threshold = tree.prose_under(best) * SIBLING_SHARE
        span = _span(page, tree, best)
        for ident, up in tree.parent.items():
            if up != parent or ident in chosen or tree.prose_under(ident) < threshold:
                continue
            own = page.element_flags.get(ident, 0)
            if own & F_NOT_CONTENT and not own & F_CONTENT:
                continue
            # A sibling continues the story when it follows or precedes it closely; a feed of
            # other stories further down the page is a sibling too, but far away.
            first, last = _span(page, tree, ident)
            if first - span[1] > SIBLING_GAP or span[0] - last > SIBLING_GAP:
                continue
            chosen.add(ident)
            span = (min(span[0], first), max(span[1], last))
    # Each block of the container: prose ("good"), furniture ("bad"), or short ("short").
    labelled: list[tuple[int, str]] = []
    for block in page.blocks:
        container = outermost(block, chosen)
        if container is None or (head_index is not None and block.index == head_index):
            continue
        if _is_caption(page, block, container):
            continue
        if _is_furniture(page, block, container):
            labelled.append((block.index, "bad"))
        else:
            labelled.append((block.index, "good" if prose[block.index] or _sentence_like(block) else "short"))
    # Kickers and breadcrumbs above a headline that sits inside the story container are not story.
    if head_index is not None:
        holder = outermost(page.blocks[head_index], chosen)
        if holder is not None and any(i > head_index for i, _ in labelled):
            labelled = [(i, label) for i, label in labelled if i > head_index or holder not in page.blocks[i].ancestors]
    subheads = {i for i, label in labelled if label == "short" and page.blocks[i].heading_level >= 2}
    indices = _keep_in_context(labelled, subheads)
    if not indices:
        return StoryBlocks((), len(page.blocks))
    container_start = indices[0]
    if head_index is not None and head_index < container_start:
        indices = _lead_paragraphs(page, prose, head_index, container_start) + indices
    return StoryBlocks(tuple(indices), container_start)


def _sentence_like(block: Block) -> bool:
    """Story text that the paragraph score misses: a whole sentence, or a longer block with some links."""
    text = block.text
    if weighted_length(text) >= MIN_PARAGRAPH_WEIGHT and block.link_density <= FURNITURE_LINK_DENSITY:
        return True
    return (
        ends_sentence(text) and word_count(text) >= SENTENCE_MIN_WORDS and block.link_density < FURNITURE_LINK_DENSITY
    )


def _variant(a: frozenset[str], b: frozenset[str]) -> bool:
    """One class list is the other plus modifiers ("content" and "content lead")."""
    if a == b or not (a & b):
        return False
    shared = a & b
    return shared in (a, b) and not all(LAYOUT_HELPER.match(t) for t in shared)


def _span(page: Page, tree: _Tree, ident: int) -> tuple[int, int]:
    """The first and last block index under an element."""
    first = tree.first_block[ident]
    last = first
    for block in page.blocks[first:]:
        if ident not in block.ancestors:
            break
        last = block.index
    return first, last


def _keep_in_context(labelled: Sequence[tuple[int, str]], subheads: Collection[int] = ()) -> list[int]:
    """Prose, and the short blocks that stand between prose on both sides.

    A subhead or a list inside the story has story paragraphs before and after it; a short
    line at the story's edges or next to furniture ("Weitere Themen", "4 Min Read", a date,
    "Kontakt") belongs to the page around the story. A heading (``subheads``) needs story
    only after it: an image or a promo box often stands before a section's subhead.
    """
    labels = [label for _, label in labelled]
    n = len(labels)
    before = [""] * n
    after = [""] * n
    last = "bad"
    for k in range(n):
        before[k] = last
        if labels[k] != "short":
            last = labels[k]
    last = "bad"
    for k in range(n - 1, -1, -1):
        after[k] = last
        if labels[k] != "short":
            last = labels[k]
    return [
        index
        for k, (index, label) in enumerate(labelled)
        if label == "good" or (label == "short" and after[k] == "good" and (before[k] == "good" or index in subheads))
    ]


def _lead_paragraphs(page: Page, prose: Sequence[float], head_index: int, first: int) -> list[int]:
    """Prose between the headline and the story container that belongs to the same article:
    an intro or lead paragraph that pages set in an element of its own."""
    head, start = page.blocks[head_index], page.blocks[first]
    shared = [a for a, b in zip(head.ancestors, start.ancestors) if a == b]
    if not shared:
        return []
    article = shared[-1]
    found: list[int] = []
    for block in page.blocks[head_index + 1 : first]:
        if (
            prose[block.index]
            and article in block.ancestors
            and not block.flags & F_COMMENTS
            and not _is_furniture(page, block, article)
        ):
            found.append(block.index)
    return found
