"""The extent of the story on an HTML page: the container whose paragraphs score best as prose,
the sibling containers that carry on its text, and lead paragraphs between it and the headline;
on a page that is no single story, the content of its main area (:mod:`newsparse.read.layout`)."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from ...blocks import Block, Page, outermost
from ...cues.dates import find_printed_date
from ...cues.legal import is_legal, is_legal_title
from ...cues.lexicon import (
    CALL_TO_ACTION,
    CALL_TO_ACTION_NOUN,
    CALL_TO_ACTION_STARTS,
    CLOSING_HEADING,
    COMMENT_HEADING,
    CONTACT_CALL,
)
from ...cues.lines import is_furniture_line, is_promo_block, is_related_label, is_site_pitch
from ...cues.markup import (
    BUILDER_WORD,
    F_CAPTION,
    F_CHROME,
    F_COMMENTS,
    F_CONTENT,
    F_NOT_CONTENT,
    F_RELATED_STRONG,
    F_SITE_FOOTER,
    LAYOUT_HELPER,
    classify,
)
from ...cues.text import ends_sentence, is_name_run, word_count
from ...cues.urls import site_of, url_host
from ...read.layout import CHROME_FLAGS, MainRegion, main_region
from .mainarea import STORY_SCHEMA_TYPES, declares_story, is_page_of_sections, is_site_page, section_headers
from .reviews import without_reviews

__all__ = ["StoryBlocks", "furniture_line", "html_body", "is_link_row"]


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
# A block whose only such words name a thing ("subscribers", "a subscription") is the story's when
# it is a sentence of this many words or more on a page about them, which names them in this many
# such sentences or more (a plea or a paywall's box names them once or twice; a label is a few words).
CALL_NOUN_MIN_WORDS = 6
CALL_TOPIC_MIN_BLOCKS = 4
# How far up an unnamed best container looks for the class name that its sibling parts share.
SIGNATURE_REACH = 2
# A story in this many containers of one name or more (one per paragraph, as document generators
# print it) is read in the element that holds them all, with its headings, lists and code between
# the paragraphs, when it holds little prose beyond them (this share of the prose between its
# first and last part at most): what else it holds is read as in any container.
SCATTERED_MIN_PARTS = 4
SCATTERED_PROSE_SLACK = 0.15
# What of the blocks between those parts is the document's own structure, not a box set in it:
# a block of these tags, or in one up to this many levels above it (a <p> in a list item).
BETWEEN_PARTS_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dt", "dd", "blockquote"))
BETWEEN_PARTS_REACH = 3
# A list of this many items or more right after story prose is the story's, whatever follows it
# (a single short line there is a label or a date); items are blocks of these tags, or set in one
# up to this many levels above them (a <p> in an <li>), that link nowhere (a list of links, even in
# part, points at other pages: profiles, offers, a site's other articles).
LIST_MIN_ITEMS = 2
LIST_ITEM_TAGS = frozenset(("li", "dd"))
LIST_ITEM_REACH = 3
# A sentence of the story that ends with this announces what follows it ("Here are the results:"):
# rows of links right after it are the story's list of sources, tools or steps, not a menu.
INTRO_ENDINGS = (":", "\uff1a")
# A list is one text: when a sentence of the story is one of its items, its short items and the
# ones partly or wholly a link (a checklist naming the gear it links to) are the story's too.
LIST_TAGS = frozenset(("ul", "ol"))
# Headings of these levels, between the headline and the story's container, are subheads of the
# lead paragraphs under them (an <h1> there is another title; an <h5> or <h6> is a button's or a
# kicker's label, "Read Later").
LEAD_HEADING_LEVEL = 2
LEAD_HEADING_MAX_LEVEL = 4
# A heading of these levels that links to another site or within the page, in the story's
# container, titles a part of the story (a listicle's item linked to the thing it names, a section
# linked to its anchor); it stays when story follows it, as any subhead does. (One that links to
# another page of the same site is a teaser of that page.)
LINKED_SUBHEAD_LEVEL = 2
LINKED_SUBHEAD_MAX_LEVEL = 4
# A story titles its parts so when it has this many such headings or more: one linked heading in
# a text is a card that previews the page it links to (a post's preview of a link).
LINKED_SUBHEADS_MIN = 2
# Content set aside from the text around it, as HTML defines the tag: a linked heading in one is
# the title of a card that previews the page it links to (a forum post's preview of a link).
LINK_CARD_TAG = "aside"
# Elements outside ``<main>`` that HTML makes chrome by their tag: a story found in one (a footer's
# notice, a banner's promo line, a dialog's consent text) is not the page's story.
OUTSIDE_MAIN_CHROME_TAGS = frozenset(("footer", "header", "aside", "nav", "dialog"))
# A story outside ``<main>`` at most this many times the size of the main element's content is a
# notice beside it (a consent paragraph over a shop's short lines); a story that dwarfs the
# headline and standfirst ``<main>`` holds is the page's text, set apart from its head.
OUTSIDE_STORY_MAX_RATIO = 3.0
# How many enclosing elements of a block are checked for being a caption.
CAPTION_REACH = 2
# A <figure> frames a picture with its caption and credit: a few lines. One that holds more blocks
# than this, headings among them, frames text: a section set in a figure, or the rest of a story
# that an unclosed wrapper in the figure pulled into it.
FIGURE_MAX_BLOCKS = 4
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
# service and shop pages are not) a few paragraphs over the page's sections are its blurb too, and
# they run longer: a course's or a service's introduction is a page or two of text before its offers.
UNDATED_STORY_PARAGRAPHS = 5
UNDATED_STORY_CHARS = 6000
# A story this small a share of the main area is a blurb among the page's things however many
# paragraphs it has: a landing page opens each of its sections with one.
SLIVER_SHARE = 0.1
# A page is dated by its metadata or by a short line printing a date among this many blocks from
# its headline (a news story's dateline; the date of a teaser further down dates another page).
DATE_LINE_REACH = 6
DATE_LINE_MAX_CHARS = 80
FULL_PARAGRAPH_SCORE = 3.0
# A line with this share of its text in links is a link line; this many in a row are a list of
# links, which is a list of other pages when it holds less than this share of the area's text.
LINK_LINE_DENSITY = 0.5
LINK_LIST_MIN_LINES = 3
LINK_LIST_MAX_SHARE = 0.25
# The label over a list of links is a line this short ("More from the shop", "Latest posts").
LINK_LIST_LABEL_MAX_CHARS = 80
# The extent of a sectioned story (a guide, a listicle, a review of several products): the story
# continues into the sections beside its container, up through this many enclosing elements that
# hold more than one part (wrappers around a single part do not count).
EXTENT_REACH = 3
# A section carries the story on when it holds a full paragraph and little link text: teaser cards
# and link lists have linked headings and a line of summary; a section of a story has prose.
SECTION_MAX_LINK_DENSITY = 0.2
# A section of a story is mostly prose (a form, a box of facts or a list of threads is short lines),
# and holds at least two full paragraphs' worth of it (an author's bio under "About the author"
# is a paragraph).
SECTION_PROSE_SHARE = 0.5
SECTION_MIN_PROSE = 3 * 3.0
# A section without a heading of its own carries the story on when its prose is this share of the
# story's (a story's second half in a box of its own); a lone shorter paragraph (an author's bio, a
# disclaimer) does not.
HEADLESS_SECTION_SHARE = 0.5
# A label over a closing box printed as a line of its own, not a heading, stands over what follows
# it up to any heading: it is read as a heading below every level.
CLOSING_LINE_LEVEL = 7
# A closing box is small beside the story above it (a bio, a citation): at most this share of the
# story's prose words; a label over more text is a label the story goes on past.
CLOSING_BOX_MAX_SHARE = 0.5
# A paragraph that opens with such a label is an author's bio or a citation: a few sentences.
CLOSING_PARAGRAPH_MAX_CHARS = 600
# The opening line of a part is read for an invitation to get in touch up to this length.
CALL_MAX_CHARS = 160
# Two linked headings make a list of teasers; a text this long, seen earlier on the page, is a copy.
TEASER_HEADINGS = 2
REPEAT_MIN_CHARS = 40
# A subhead among the last this many elements of a block's path (its own included) holds the block:
# scripts print a heading's text in a <div> or <p> one or two levels inside it.
HELD_HEADING_REACH = 3
# A part whose text is this much such copies is a copy of a box (a quote or a product name shown
# twice within a long section does not make it one).
REPEATED_SHARE = 0.5
# An author's name this long, in a heading, names them (shorter ones are initials or a first name).
AUTHOR_NAME_MIN_CHARS = 5
# An element that is mostly links, with this many link lines, is a list of other pages: the story
# ended before it.
STOP_LINK_LINES = 3
# Tags whose elements are page furniture by HTML's own words: the story ends at a page footer.
_STOP_TAGS = frozenset(("footer",))
# What ends a story: reader comments, lists of other articles, the site's footer.
_STOP_FLAGS = F_COMMENTS | F_RELATED_STRONG | F_SITE_FOOTER
# A legal notice is read from blocks this long (a "Terms" link or a one-line consent box is
# furniture anyway); a story with more than this share of its text in notices is none.
LEGAL_MIN_CHARS = 80
LEGAL_STORY_SHARE = 0.5
# A legal document's title stands over its text: a heading this many blocks before it at most.
LEGAL_TITLE_REACH = 1
# Containers that hold a notice or sit in one are passed over without using up a try, up to this
# many (a notice's wrappers and its paragraphs' boxes; the bound keeps the search linear).
LEGAL_SKIPS = 6
# The body's first blocks, this many, are read for legal notices (a terms-of-sale page is notices
# from its start; a story that quotes a law is not).
LEGAL_SAMPLE_BLOCKS = 24
# A line shorter than this is a label, a price, a button or a menu item, not text.
SHORT_LINE_CHARS = 40
# Counts in the evidence are capped here: past it a page of many cards is no more a listing.
EVIDENCE_COUNT_CAP = 200.0
# A paragraph in a builder's widget is looked at through this many elements up to its container
# (builders nest a widget three to six deep; the bound keeps deep pages linear).
BUILDER_REACH = 12
# A block this long printed twice is one text shown twice (short lines such as "Read more" or a
# price repeat on their own).
COPY_MIN_CHARS = 20
# A text is shown twice for two screen sizes or a slider's loop; a line this short printed this
# many times is one every item of a list repeats (a condition, a place, a label), while a story
# shown thrice is paragraphs.
LIST_REPEATS = 3
LIST_LINE_MAX_CHARS = 80
_COMMAS = regex.compile(r"[,，、;；]")


def _prose_score(block: Block) -> float:
    """How much a block reads like a paragraph of a story (0 when it does not)."""
    if block.tag not in PARAGRAPH_TAGS or block.link_density > MAX_PROSE_LINK_DENSITY:
        return 0.0
    weight = block.weighted_length
    if weight < MIN_PARAGRAPH_WEIGHT or is_name_run(block.text):
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

    parent: Mapping[int, int]
    first_block: Mapping[int, int]
    last_block: Mapping[int, int]
    prose: Sequence[float]
    # Per element, the elements it holds directly, in page order (built on first use).
    _children: dict[int, list[int]] = field(default_factory=dict)

    def children(self, ident: int) -> list[int]:
        if not self._children:
            for child, up in self.parent.items():
                self._children.setdefault(up, []).append(child)
        return self._children.get(ident, [])

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
        or _in_picture(page, block)
    )


def _in_picture(page: Page, block: Block) -> bool:
    """Whether the block is in a figure that frames a picture (see ``FIGURE_MAX_BLOCKS``)."""
    path = block.path
    if "figure" not in path:
        return False
    # A table set in a figure (editors wrap every table so) is the story's data: its cells are no
    # caption. (A figure set in a layout table is still a picture.)
    if "table" in path and _last_at(path, "table") > _last_at(path, "figure"):
        return False
    figure = next((i for i in reversed(block.ancestors) if page.element_tags.get(i) == "figure"), None)
    return figure is None or figure not in page.once("story.text_figures", _text_figures)


def _last_at(path: Sequence[str], tag: str) -> int:
    """Where the innermost element of this tag stands in a block's path (-1 when none does)."""
    for k in range(len(path) - 1, -1, -1):
        if path[k] == tag:
            return k
    return -1


def _text_figures(page: Page) -> frozenset[int]:
    """The figures that frame text, not a picture (see ``FIGURE_MAX_BLOCKS``)."""
    spans = page.spans()
    # Headings before each block, counted once: nested figures share their blocks.
    headings = [0]
    for block in page.blocks:
        headings.append(headings[-1] + (block.heading_level > 0))
    return frozenset(
        ident
        for ident, tag in page.element_tags.items()
        if tag == "figure"
        and ident in spans.first
        and spans.last[ident] - spans.first[ident] + 1 > FIGURE_MAX_BLOCKS
        and headings[spans.last[ident] + 1] > headings[spans.first[ident]]
    )


def is_link_row(block: Block) -> bool:
    """A short block that is mostly link text: a row of links (tags, share buttons, a menu)."""
    return block.link_density > FURNITURE_LINK_DENSITY and block.weighted_length < FURNITURE_MAX_WEIGHT


def _is_furniture(page: Page, block: Block, container: int, builder_words: bool = False) -> bool:
    """Whether a block in the story's container is page furniture (``builder_words``: the word of
    page builders does not make furniture of a paragraph of prose, see :func:`_builder_prose`)."""
    if block.tag in ("figcaption", "caption"):
        return True
    local = _local_flags(page, block, container)
    if builder_words and _builder_prose(page, block, container, local):
        local &= ~F_NOT_CONTENT
    return _flagged_furniture(local) or _furniture_text(page, block)


def _furniture_readings(page: Page, block: Block, container: int) -> tuple[bool, bool]:
    """What :func:`_is_furniture` answers with ``builder_words`` and, when that is no, without
    (the second is True whenever the first is): the block's flags and text read once for both."""
    if block.tag in ("figcaption", "caption"):
        return True, True
    local = _local_flags(page, block, container)
    plain = _flagged_furniture(local)
    builder = plain
    if _builder_prose(page, block, container, local):
        builder = _flagged_furniture(local & ~F_NOT_CONTENT)
    if builder:
        return True, True
    if _furniture_text(page, block):
        return True, True
    return False, plain


def _flagged_furniture(local: int) -> bool:
    """Furniture by the names of the elements around the block in its container."""
    return bool(local & F_COMMENTS or (local & (F_NOT_CONTENT | F_CAPTION) and not local & F_CONTENT))


def _furniture_text(page: Page, block: Block) -> bool:
    """Furniture by what the block says: a row of links, a furniture line, a call to action, a promo."""
    text = block.text
    if is_link_row(block):
        return True
    if is_furniture_line(text) or is_site_pitch(text):
        return True
    if _calls_to_action(page, text):
        return True
    # In-story promos ("Read more: <link>", "[Headline]") are related links, not story.
    return is_promo_block(text, [link.text for link in block.links])


def _builder_named(page: Page, ident: int) -> bool:
    """Only a page builder's word ("widget", see :func:`_builder_prose`) names the element furniture:
    a builder's module that holds a section of the story is named so too."""
    tokens = [token for token in page.element_tokens.get(ident, ()) if classify(token) & (F_NOT_CONTENT | F_CHROME)]
    return bool(tokens) and not any(
        classify(BUILDER_WORD.sub("", token)) & (F_NOT_CONTENT | F_CHROME) for token in tokens
    )


def _builder_prose(page: Page, block: Block, container: int, local: int) -> bool:
    """A paragraph of prose that only a page builder's word names furniture: "widget" is what
    Elementor, HubSpot and shops call every content block (a sidebar's widgets are named
    sidebar too)."""
    if not local & F_NOT_CONTENT or local & (F_COMMENTS | F_CONTENT | F_CAPTION) or not _prose_score(block):
        return False
    chain = block.ancestors
    for ident in (chain[k] for k in range(len(chain) - 1, max(len(chain) - 1 - BUILDER_REACH, -1), -1)):
        if ident == container:
            return True
        if page.element_flags.get(ident, 0) & F_NOT_CONTENT and any(
            classify(BUILDER_WORD.sub("", token)) & F_NOT_CONTENT
            for token in page.element_tokens.get(ident, ())
            if classify(token) & F_NOT_CONTENT
        ):
            return False
    # A container further up than that: the block sits in some deeper structure of its own.
    return False


@dataclass(frozen=True, slots=True)
class StoryBlocks:
    """The story's block indices, in order, and where its main container starts
    (lead paragraphs set apart from the container come before that)."""

    indices: tuple[int, ...]
    container_start: int
    evidence: Mapping[str, float] = field(default_factory=dict)
    core: tuple[int, ...] = ()
    # The items of the story's lists that join its text but not its reading (see ``LIST_TAGS``):
    # whether the page is one story, and its evidence, are judged on the story without them.
    listed: tuple[int, ...] = ()


def html_body(page: Page, head_index: int | None) -> StoryBlocks:
    """The body's blocks: the story (see :func:`_story`) with the sections that carry it on
    (see :func:`_sections`), or on a page that is no single story (a shop, a landing page, a
    listing, a thread) the content of its main area."""
    story = _body(page, head_index)
    kept = _without_copies(page, story.indices)
    if not _dated_as_a_story(page, head_index, story):
        # A shop's or a service's policies, printed in dialogs in its text's wrapper. A dated story
        # is news, whose subheads may read "Privacy policy" (a story about one): its text stays.
        kept = _without_legal_documents(page, kept, head_index)
        if not declares_story(page):
            # A shop's customer reviews under its product's text. (A dated or declared story's
            # comments are left to the story rule's own markers, which the tests above keep.)
            kept = without_reviews(page, kept)
    core = story.core or (story.indices if len(kept) < len(story.indices) else ())
    return StoryBlocks(kept, story.container_start, story.evidence, core)


def _without_copies(page: Page, indices: Sequence[int]) -> tuple[int, ...]:
    """The blocks without the second copy of a passage: pages print some text twice (one copy
    per screen size, a slider's cloned slides, a box repeated in a tab), and a reader reads it once.

    A copy is a run of blocks (a paragraph and its heading, or more) each printed before in another
    element; one block that recurs amid new text is the text's own (a refrain, a quote), and a run of short
    lines each printed in many elements is what every item of a list says (an offer's conditions,
    a job's place), not a copy of one of them.
    """
    first: dict[str, int] = {}
    copy = [False] * len(indices)
    for k, i in enumerate(indices):
        block = page.blocks[i]
        if len(block.text) < COPY_MIN_CHARS:
            continue
        earlier = first.setdefault(block.text, i)
        copy[k] = earlier != i and _holder(page.blocks[earlier]) != _holder(block)
    times = Counter(page.blocks[i].text for i in indices)
    dropped: set[int] = set()
    k = 0
    while k < len(indices):
        if not copy[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(indices) and copy[end + 1]:
            end += 1
        run = range(k, end + 1)
        listed = all(
            len(text) <= LIST_LINE_MAX_CHARS and times[text] >= LIST_REPEATS
            for text in (page.blocks[indices[j]].text for j in run)
        )
        if end > k and not listed:
            dropped.update(run)
        k = end + 1
    if not dropped:
        return tuple(indices)
    return tuple(i for k, i in enumerate(indices) if k not in dropped)


def _without_legal_documents(page: Page, indices: Sequence[int], head_index: int | None) -> tuple[int, ...]:
    """The blocks without the legal documents set among them: a heading that titles one ("Refund
    policy", "Terms of service") and what follows it up to the next heading as high that titles
    none. A shop prints its policies in dialogs inside the wrapper of its product text. On a page
    whose headline titles a legal document the documents are the page's text."""
    if not indices or (head_index is not None and is_legal_title(page.blocks[head_index].text)):
        return tuple(indices)
    # Every heading counts, taken or not (a document's title is a short line the story leaves out).
    dropped: set[int] = set()
    level = 0  # the level of the legal document's title while in one, 0 outside
    for block in page.blocks[min(indices) : max(indices) + 1]:
        heading = block.heading_level
        if heading and (not level or heading <= level):
            level = heading if is_legal_title(block.text) else 0
        if level:
            dropped.add(block.index)
    return tuple(i for i in indices if i not in dropped) if dropped else tuple(indices)


def _holder(block: Block) -> int:
    """The element that holds a block's element (0 at the top of the page)."""
    return block.ancestors[-2] if len(block.ancestors) > 1 else 0


def _body(page: Page, head_index: int | None) -> StoryBlocks:
    prose = [_prose_score(block) for block in page.blocks]
    found = _story(page, prose, head_index)
    story = found.story
    anchors: set[int] = set()
    if head_index is not None:
        anchors.update(page.blocks[head_index].ancestors)
    if story.indices:
        anchors.update(page.blocks[min(story.container_start, story.indices[-1])].ancestors)
    region = main_region(page, anchors)
    # Whether the page is one story is judged on the story's own container: sections beside it
    # extend a story, and do not make a page of many things one.
    rule = _no_single_story(page, prose, head_index, story, region)
    body: StoryBlocks | None = None
    if rule:
        content = _area_content(page, region)
        if content is not None:
            body = StoryBlocks(content, story.container_start)
    area = body is not None
    core: tuple[int, ...] = ()
    listed: tuple[int, ...] = ()
    if body is None:
        body, listed = story, story.listed
        if found.tree is not None and found.best is not None:
            more = _sections(page, prose, found.tree, found.chosen, found.best, head_index)
            if more:
                longer = _story_from(page, prose, found.chosen | more, head_index, holder=found.holder)
                if longer.indices:
                    # Sections extend the story and take none of it away (its lead paragraphs are
                    # read from where its container starts, which a section before it moves).
                    body = StoryBlocks(tuple(sorted({*longer.indices, *story.indices})), story.container_start)
                    core, listed = story.indices, (*listed, *longer.listed)
    # The evidence is the story rule's reading of the page, before a page of sections widens its
    # body to the main area: page type and confidence were fitted on it.
    evidence = _evidence(page, prose, story, region, rule=rule, area=area, body=body.indices)
    # A story wholly outside the main element the headline stands in is no story of the page's
    # (the evidence keeps the story rule's reading: the confidence was fitted on it).
    if not rule and (outside := _main_element_body(page, head_index, story, region)) is not None:
        body, listed = outside, ()
    # (Where the rule found the area's content to be links alone, no page of sections has more.)
    if not rule:
        wide = _sections_page_body(page, head_index, story, body, region, anchors)
        if wide is not None:
            body, core, listed = wide, story.indices, ()
    indices = tuple(sorted({*body.indices, *listed})) if listed else body.indices
    return StoryBlocks(indices, body.container_start, evidence, core)


def _sections_page_body(
    page: Page,
    head_index: int | None,
    story: StoryBlocks,
    body: StoryBlocks,
    region: MainRegion,
    anchors: Collection[int],
) -> StoryBlocks | None:
    """The main area's content as the body of a page of sections (see :mod:`.mainarea`), or None.
    The sections' own headers in the main element are its content here (the trust evidence keeps
    the area as the story rule read it)."""
    if _dated_as_a_story(page, head_index, story) or _signed_off(page, body):
        return None
    headers = section_headers(page, region.root)
    if headers:
        region = main_region(page, {*anchors, *headers})
    content = _area_content(page, region)
    if content is None or not is_page_of_sections(page, body.indices, content):
        return None
    return StoryBlocks(content, story.container_start)


def _main_element_body(
    page: Page, head_index: int | None, story: StoryBlocks, region: MainRegion
) -> StoryBlocks | None:
    """The ``<main>`` element's content as the body of an undated page whose headline (if it has
    one) lies in it and whose story lies wholly outside it, in chrome or small beside that content,
    or None. A page that marks its main element and heads it with its headline says where its
    content is: prose found outside it on a page that is no dated story is a cookie banner, a promo
    bar, a newsletter's consent line or a footer's notice, and a shop or a service prints its facts
    as short lines in ``<main>``. A story in an ``<article>``, or one that is not chrome and dwarfs
    the main element's content, is the page's text set apart from its head."""
    root = region.root
    if root is None or not story.indices or not region.blocks:
        return None
    blocks = page.blocks
    if head_index is not None and root not in blocks[head_index].ancestors:
        return None
    # The blocks under <main> are consecutive: its span is found from its content's first and last
    # blocks, widened over the chrome at its edges.
    lo, hi = region.blocks[0], region.blocks[-1]
    while lo > 0 and root in blocks[lo - 1].ancestors:
        lo -= 1
    while hi + 1 < len(blocks) and root in blocks[hi + 1].ancestors:
        hi += 1
    at = bisect_left(story.indices, lo)
    if at < len(story.indices) and story.indices[at] <= hi:
        return None
    if any("article" in blocks[i].path for i in story.indices) or _dated_as_a_story(page, head_index, story):
        return None
    content = _area_content(page, region)
    # A main element that holds the headline alone holds no content the page printed.
    if not content or all(i == head_index for i in content):
        return None
    size = sum(blocks[i].weighted_length for i in story.indices)
    if size > OUTSIDE_STORY_MAX_RATIO * sum(blocks[i].weighted_length for i in content) and not _in_chrome(
        page, story.indices, blocks[lo].ancestors
    ):
        return None
    return StoryBlocks(content, content[0])


def _in_chrome(page: Page, indices: Sequence[int], main_line: Sequence[int]) -> bool:
    """Every block lies in chrome: an element, not one that also holds ``<main>`` (whose
    ancestors are ``main_line``), that is chrome by its tag or its class words."""
    shared = set(main_line)
    tags, flags = page.element_tags, page.element_flags
    return all(
        any(
            ident not in shared
            and (tags.get(ident, "") in OUTSIDE_MAIN_CHROME_TAGS or flags.get(ident, 0) & CHROME_FLAGS)
            for ident in page.blocks[i].ancestors
        )
        for i in indices
    )


def _area_content(page: Page, region: MainRegion) -> tuple[int, ...] | None:
    """The main area's content (see :func:`_region_body`), or None when its every line is mostly
    links: a menu or an index, not content."""
    blocks = _region_body(page, region.blocks)
    return blocks if any(page.blocks[i].link_density < LINK_LINE_DENSITY for i in blocks) else None


def _evidence(
    page: Page,
    prose: Sequence[float],
    story: StoryBlocks,
    region: MainRegion,
    *,
    rule: bool,
    area: bool,
    body: Sequence[int],
) -> dict[str, float]:
    """What the body rule learnt of the page, for the page-type and confidence estimates: whether
    it took the story or the main area, how the story stands in the main area, what the main area
    is made of (links, prose, short lines, headings, cards named alike), how much of the main area
    the body holds, and how much of the body's opening is legal notices."""
    blocks = page.blocks
    size = sum(blocks[i].weighted_length for i in story.indices)
    inside = set(region.blocks)
    taken = set(body)
    chars = linked = in_prose = left = 0.0
    short = headings = 0
    cards: Counter[tuple[str, frozenset[str]]] = Counter()
    for i in region.blocks:
        block = blocks[i]
        n = len(block.text)
        chars += n
        linked += n * block.link_density
        if prose[i]:
            in_prose += n
        if i not in taken:
            left += n
        if n < SHORT_LINE_CHARS:
            short += 1
        if block.heading_level:
            headings += 1
            # Cards: headings in wrappers named alike (a grid of products, posts or offers).
            cards[(block.tag, page.element_tokens.get(_holder(block), frozenset()))] += 1
    total = sum(len(block.text) for block in blocks) or 1
    sizes = [blocks[i].weighted_length for i in body]
    # The first blocks tell a notice from a story (a terms-of-sale page is notices throughout).
    opening = list(zip(body, sizes, strict=True))[:LEGAL_SAMPLE_BLOCKS]
    legal = sum(n for i, n in opening if n >= LEGAL_MIN_CHARS and is_legal(blocks[i].text))
    return {
        "body_rule": float(rule),
        "body_area_taken": float(area),
        "body_story_share": min(size / region.size, 2.0) if region.size else 2.0,
        "body_story_in_region": (
            sum(1 for i in story.indices if i in inside) / len(story.indices) if story.indices else 0.0
        ),
        "body_region_page_share": chars / total,
        "body_region_link_share": linked / chars if chars else 0.0,
        "body_region_prose_share": in_prose / chars if chars else 0.0,
        "body_region_short_share": short / len(region.blocks) if region.blocks else 0.0,
        "body_region_headings": _damped(headings),
        "body_region_cards": _damped(max(cards.values(), default=0)),
        "body_of_area": min(sum(sizes) / region.size, 2.0) if region.size else 1.0,
        # The share of the main area's text the body leaves: a story told whole leaves little of it
        # (its table's cells and list items are the story's), a blurb over a listing leaves the
        # listing, a body cut short the rest of the story.
        "body_region_left": left / chars if chars else 0.0,
        "body_legal_share": legal / (sum(n for _, n in opening) or 1),
    }


def _damped(n: float) -> float:
    """A count as evidence: its square root, capped (as the trust models read counts)."""
    return math.sqrt(max(0.0, min(n, EVIDENCE_COUNT_CAP)))


def _no_single_story(
    page: Page, prose: Sequence[float], head_index: int | None, story: StoryBlocks, region: MainRegion
) -> bool:
    """The page's best story is a short text that is a small part of its main area: the page
    is a set of things (products, services, posts, links) with a blurb, not a story."""
    if not region.size or STORY_SCHEMA_TYPES.intersection(page.hints.schema_types):
        return False
    # The subheads over lead paragraphs weigh nothing here: the story is its text.
    size = sum(
        page.blocks[i].weighted_length
        for i in story.indices
        if i >= story.container_start or not page.blocks[i].heading_level
    )
    paragraphs = sum(1 for i in story.indices if prose[i] >= FULL_PARAGRAPH_SCORE)
    dated = _dated(page, head_index, story)
    most = SHORT_STORY_PARAGRAPHS if dated else UNDATED_STORY_PARAGRAPHS
    return (
        size < STORY_SHARE_OF_REGION * region.size
        and size <= (SHORT_STORY_CHARS if dated else UNDATED_STORY_CHARS)
        and (paragraphs <= most or size < SLIVER_SHARE * region.size)
    )


def _signed_off(page: Page, story: StoryBlocks) -> bool:
    """A short line printing a date closes the story or follows it: a post's "posted by … on …"
    line, which blogs print under the post rather than by its headline."""
    if not story.indices:
        return False
    last = story.indices[-1]
    return _has_date_line(page.blocks[max(last - 1, 0) : last + DATE_LINE_REACH])


def _dated(page: Page, head_index: int | None, story: StoryBlocks) -> bool:
    """The page says when it was published: in its metadata, or on a dateline by its headline."""
    return bool(page.hints.published) or _printed_date(page, head_index, story)


def _dated_as_a_story(page: Page, head_index: int | None, story: StoryBlocks) -> bool:
    """:func:`_dated`, but a page that says it is one of a site's pages (its structured data names
    it a plain web page, or its og:type is "website") is dated only by a printed date: publishing
    tools put publication meta on every page, a story or not."""
    return _printed_date(page, head_index, story) if is_site_page(page) else _dated(page, head_index, story)


def _printed_date(page: Page, head_index: int | None, story: StoryBlocks) -> bool:
    """The page prints when it was published on a dateline by its headline."""
    start = head_index if head_index is not None else story.container_start
    return _has_date_line(page.blocks[start : start + DATE_LINE_REACH])


def _has_date_line(blocks: Sequence[Block]) -> bool:
    """One of ``blocks`` is a short line that prints a date."""
    return any(
        len(block.text) <= DATE_LINE_MAX_CHARS and find_printed_date(block.text)[0] is not None for block in blocks
    )


def _region_body(page: Page, blocks: Sequence[int]) -> tuple[int, ...]:
    """The main area's blocks minus furniture lines, captions, legal notices (the terms of sale
    of a shop, the consent line of a form) and the lists of links set in it."""
    kept = [
        i
        for i in blocks
        if not furniture_line(page, page.blocks[i])
        and not page.near_flags(page.blocks[i], CAPTION_REACH) & F_CAPTION
        and not (len(page.blocks[i].text) >= LEGAL_MIN_CHARS and is_legal(page.blocks[i].text))
    ]
    return _without_link_lists(page, kept)


def furniture_line(page: Page, block: Block) -> bool:
    """A block that is furniture wherever it stands: a caption, a button label, a plea to
    subscribe or share, an in-story promo."""
    text = block.text
    if block.tag in ("figcaption", "caption") or _in_picture(page, block) or is_furniture_line(text):
        return True
    if is_site_pitch(text):
        return True
    if _calls_to_action(page, text):
        return True
    return is_promo_block(text, [link.text for link in block.links])


def _calls_to_action(page: Page, text: str) -> bool:
    """A plea to subscribe, follow, sign up or log in (see ``CALL_NOUN_MIN_WORDS`` and
    ``CALL_TOPIC_MIN_BLOCKS``)."""
    if len(text) > CALL_TO_ACTION_MAX_CHARS:
        return False
    named = _names_call_words(text)
    if named is None:
        return False
    return not named or word_count(text) < CALL_NOUN_MIN_WORDS or not page.once("story.call_topic", _call_topic)


def _names_call_words(text: str) -> bool | None:
    """``None`` when no word of a call to action is in the text, True when every such word names a
    thing ("subscribers", a "subscription"), False when one asks for an act ("Subscribe")."""
    folded = text.replace("\u0130", "i").casefold()
    if not any(start in folded for start in CALL_TO_ACTION_STARTS):
        return None
    found = False
    for match in CALL_TO_ACTION.finditer(text):
        end = match.end()
        while end < len(text) and text[end].isalpha():
            end += 1
        if not CALL_TO_ACTION_NOUN.fullmatch(text[match.start() : end]):
            return False
        found = True
    return True if found else None


def _call_topic(page: Page) -> bool:
    """The page's text is about what calls to action name (subscribers, newsletters): many of its
    sentences name them without asking for anything. Only the main area's content counts (chrome,
    by tag or class name, holding less than half the page's text is left out, as in
    :func:`main_region`): a menu of newsletters says nothing of what the story is about."""
    count = 0
    for index in main_region(page).blocks:
        block = page.blocks[index]
        if block.word_count >= CALL_NOUN_MIN_WORDS and _names_call_words(block.text):
            count += 1
            if count >= CALL_TOPIC_MIN_BLOCKS:
                return True
    return False


def _without_link_lists(page: Page, blocks: list[int]) -> tuple[int, ...]:
    """``blocks`` without the runs of link lines that hold a small part of their text, and the
    short label over each run: lists of other pages set in the main area ("Related", "Latest",
    "Popular in ..."). Short lines that are no prose (a teaser's kicker or date) between link
    lines stay in the run. A run that is much of the text is the page's own list (a listing) and
    stays."""
    total = sum(page.blocks[i].weighted_length for i in blocks) or 1
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
        if lines >= LINK_LIST_MIN_LINES and sum(page.blocks[i].weighted_length for i in run) < (
            LINK_LIST_MAX_SHARE * total
        ):
            drop.update(run)
            if k:
                label = page.blocks[blocks[k - 1]]
                if len(label.text) <= LINK_LIST_LABEL_MAX_CHARS and not _prose_score(label):
                    drop.add(label.index)
        k = last + 1
    return tuple(i for i in blocks if i not in drop)


@dataclass(frozen=True, slots=True)
class _Found:
    """The story, and the containers it was read from (``best`` the main one), for extending it."""

    story: StoryBlocks
    tree: _Tree | None = None
    chosen: frozenset[int] = frozenset()
    best: int | None = None
    # The element holding the parts of a story split over many (see _holder_of_parts).
    holder: int | None = None


def _story(page: Page, prose: Sequence[float], head_index: int | None) -> _Found:
    """The story's paragraphs: the best-scoring text container, the sibling containers
    that hold a fair share of prose too, containers named like it, and lead paragraphs
    between the headline and the container."""
    tree = _tree(page, prose)
    scores = _container_scores(page, prose, tree, head_index)
    if not scores:
        # No paragraph anywhere (a short note, a test page): the story is every text block
        # that is not page furniture.
        plain = tuple(b.index for b in page.blocks if b.index != head_index and not _is_furniture(page, b, 0))
        return _Found(StoryBlocks(plain, plain[0] if plain else len(page.blocks)))
    # The best container, or when nothing of it is story (a table of figures, a gallery of
    # captions), the next best.
    # A legal notice (terms of sale, a refund policy in a modal) is long prose but no story.
    fallback: _Found | None = None
    legal: list[tuple[int, int]] = []
    tries = 0
    for best in sorted(scores, key=lambda ident: scores[ident], reverse=True)[: CONTAINER_TRIES + LEGAL_SKIPS]:
        first, last = tree.first_block[best], tree.last_block[best]
        # The wrappers of a notice, and the parts of it, are the same notice: they use up no try.
        if any(a <= first <= b or first <= a <= last for a, b in legal):
            continue
        chosen = _containers(page, tree, scores, best)
        holder = _holder_of_parts(page, tree, chosen) if len(chosen) >= SCATTERED_MIN_PARTS else None
        if holder is not None:
            chosen.add(holder)
        story = _story_from(page, prose, chosen, head_index, holder=holder)
        if story.indices:
            found = _Found(story, tree, frozenset(chosen), best, holder)
            if not _mostly_legal(page, story.indices):
                return found
            fallback = fallback or found
            legal.append((first, last))
            continue
        tries += 1
        if tries == CONTAINER_TRIES:
            break
    return fallback or _Found(StoryBlocks((), len(page.blocks)))


def _mostly_legal(page: Page, indices: Sequence[int]) -> bool:
    """Most of the text of these blocks is legal notices, or they are a document titled as one."""
    if indices and _under_legal_title(page, indices[0]):
        return True
    total = legal = 0
    for i in indices:
        text = page.blocks[i].text
        total += len(text)
        if len(text) >= LEGAL_MIN_CHARS and is_legal(text):
            legal += len(text)
    return legal > LEGAL_STORY_SHARE * total


def _under_legal_title(page: Page, first: int) -> bool:
    """The text from this block on is a legal document: it opens with its title, or a heading
    right before it gives it (see ``LEGAL_TITLE_REACH``)."""
    return any(
        (block.heading_level or block.index == first) and is_legal_title(block.text)
        for block in page.blocks[max(0, first - LEGAL_TITLE_REACH) : first + 1]
    )


def _containers(page: Page, tree: _Tree, scores: dict[int, float], best: int) -> set[int]:
    """The story's containers when ``best`` is its main one: those named like it, and the
    siblings beside it that hold a fair share of prose too."""
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
                # A shop's policies are printed in boxes named like its product text.
                and not _under_legal_title(page, tree.first_block[ident])
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
            # Terms of sale in a tab beside a product's text are the shop's small print.
            if _mostly_legal(page, range(first, last + 1)):
                continue
            chosen.add(ident)
            span = (min(span[0], first), max(span[1], last))
    return chosen


def _innermost(block: Block, among: Collection[int]) -> int | None:
    """The innermost element holding the block that is one of ``among``, ``None`` when none is."""
    return next((ident for ident in reversed(block.ancestors) if ident in among), None)


def _holder_of_parts(page: Page, tree: _Tree, parts: Collection[int]) -> int | None:
    """The element holding all the parts of a story split over many containers, when it holds
    little prose beyond them (see ``SCATTERED_MIN_PARTS``)."""
    # Parts named alike but not the same (a post's text and its replies' texts) are not one story's.
    if len({(page.element_tags.get(ident), page.element_tokens.get(ident)) for ident in parts}) > 1:
        return None
    if not all(ident in tree.first_block for ident in parts):
        return None
    chains = [page.blocks[tree.first_block[ident]].ancestors for ident in parts]
    depth = 0
    shortest = min(len(chain) for chain in chains)
    while depth < shortest and all(chain[depth] == chains[0][depth] for chain in chains):
        depth += 1
    if depth == 0:
        return None
    holder = chains[0][depth - 1]
    # Parts nested in one of them (a container named like the paragraphs it holds) are that one
    # container's story, read as any container is.
    if holder in parts:
        return None
    first = min(tree.first_block[ident] for ident in parts)
    last = max(tree.last_block[ident] for ident in parts)
    held = sum(tree.prose[first : last + 1])
    beyond = sum(tree.prose[tree.first_block[holder] : first]) + sum(tree.prose[last + 1 : tree.last_block[holder] + 1])
    return holder if beyond <= SCATTERED_PROSE_SLACK * held else None


def _parts_name(page: Page, chosen: Collection[int], holder: int) -> tuple[str | None, frozenset[str] | None] | None:
    """The tag and class words most of the parts share (the first part's on a tie, in the page's
    order), or ``None`` when they carry no class words: a bare ``<p>`` names nothing."""
    names = Counter(
        (page.element_tags.get(ident), page.element_tokens.get(ident)) for ident in sorted(chosen) if ident != holder
    )
    if not names:
        return None
    name = names.most_common(1)[0][0]
    return name if name[1] else None


def _named_part(page: Page, block: Block, holder: int, name: tuple[str | None, frozenset[str] | None]) -> int:
    """The element named like the story's parts (``name``: tag and class words) that holds the
    block, up to ``BETWEEN_PARTS_REACH`` levels above it, else ``holder``."""
    chain = block.ancestors
    for k in range(len(chain) - 1, max(len(chain) - 1 - BETWEEN_PARTS_REACH, -1), -1):
        ident = chain[k]
        if ident == holder:
            break
        if (page.element_tags.get(ident), page.element_tokens.get(ident)) == name:
            return ident
    return holder


def _spanned(page: Page, among: Collection[int]) -> list[int]:
    """The indices of the blocks that lie in the span of one of the elements ``among``, in order:
    every block an element holds lies between its first and its last block, so the blocks outside
    the spans (menus, rails, the footer: most of a page) are not asked which of them holds them."""
    spans = page.spans()
    out: list[int] = []
    end = -1
    for first, last in sorted((spans.first[ident], spans.last[ident]) for ident in among if ident in spans.first):
        out.extend(range(max(first, end + 1), last + 1))
        end = max(end, last)
    return out


def _story_from(
    page: Page, prose: Sequence[float], chosen: Collection[int], head_index: int | None, *, holder: int | None = None
) -> StoryBlocks:
    """The story's paragraphs when ``chosen`` are its containers (see :func:`html_body`).

    With ``holder`` (the element holding the parts of a story split over many) a block is read
    in the innermost container that holds it, so the names of the wrappers between the holder and
    a part ("section--ads" around a section of the story) do not make furniture of its text; and
    of what stands between the parts only a document's own structure (headings, lists, code,
    tables, quotes) joins the story: a promo box or a teaser there is the page's, not the story's.
    """
    # Each block of the container: prose ("good"), furniture ("bad"), or short ("short").
    labelled: list[tuple[int, str]] = []
    # Where the linked headings that may title parts of the story stand in ``labelled``.
    linked_heads: list[int] = []
    plain = False
    blocks = page.blocks
    # What the parts are named: a short paragraph between them, too short to be scored a part, is
    # printed in an element named so all the same ("Example usage:" over a listing).
    part_name = _parts_name(page, chosen, holder) if holder is not None else None
    for index in _spanned(page, chosen):
        block = blocks[index]
        container = outermost(block, chosen) if holder is None else _innermost(block, chosen)
        if container is None or (head_index is not None and block.index == head_index):
            continue
        if container == holder and part_name is not None:
            container = _named_part(page, block, holder, part_name)
        if container == holder and (
            BETWEEN_PARTS_TAGS.isdisjoint(block.path[-BETWEEN_PARTS_REACH:])
            or block.link_density > MAX_PROSE_LINK_DENSITY
        ):
            labelled.append((block.index, "bad"))
            continue
        if _is_caption(page, block, container):
            continue
        furniture, plain_furniture = _furniture_readings(page, block, container)
        if furniture:
            links = _only_links(page, block, container)
            subhead = (
                links
                and LINKED_SUBHEAD_LEVEL <= block.heading_level <= LINKED_SUBHEAD_MAX_LEVEL
                and LINK_CARD_TAG not in block.path
                and _links_off_site(page, block)
            )
            if subhead:
                linked_heads.append(len(labelled))
            labelled.append((block.index, "short" if subhead else _LINKS if links else "bad"))
        else:
            good = prose[block.index] or _sentence_like(block)
            labelled.append((block.index, "good" if good else "short"))
            if good and not plain_furniture:
                plain = True
    if not plain:
        # Only paragraphs in builders' "widgets" (a shop's review widget, say): not this story.
        return StoryBlocks((), len(page.blocks))
    if len(linked_heads) < LINKED_SUBHEADS_MIN:
        for k in linked_heads:
            labelled[k] = (labelled[k][0], _LINKS)
    labelled = _without_closing_boxes(page, labelled)
    # Kickers and breadcrumbs above a headline that sits inside the story container are not story.
    # Paragraphs of prose above a headline below the page's top level are: that headline is a
    # subhead of the story that the headline rule took for its title (an <h1> is the title).
    if head_index is not None:
        head_holder = outermost(page.blocks[head_index], chosen)
        if head_holder is not None and any(i > head_index for i, _ in labelled):
            # From the first paragraph of prose above such a subhead on, the container is story.
            lead = head_index
            if page.blocks[head_index].heading_level > 1:
                lead = next(
                    (
                        i
                        for i, label in labelled
                        if label == "good" and i < head_index and head_holder in page.blocks[i].ancestors
                    ),
                    head_index,
                )
            labelled = [(i, label) for i, label in labelled if i >= lead or head_holder not in page.blocks[i].ancestors]
    subheads = {i for i, label in labelled if label == "short" and page.blocks[i].heading_level >= 2}
    items = {i for i, label in labelled if label == "short" and not page.blocks[i].links and _list_item(page.blocks[i])}
    intros = {i for i, label in labelled if label == "good" and blocks[i].text.endswith(INTRO_ENDINGS)}
    indices = _keep_in_context(labelled, subheads, items, intros)
    if not indices:
        return StoryBlocks((), len(page.blocks))
    container_start = indices[0]
    listed = _whole_lists(page, labelled, indices)
    if head_index is not None and head_index < container_start:
        indices = _lead_paragraphs(page, prose, head_index, container_start) + indices
    return StoryBlocks(tuple(indices), container_start, listed=listed)


def _without_closing_boxes(page: Page, labelled: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The labels with the boxes that close a story marked furniture: a heading or a line of its
    own such as "About the author" or "How to cite this article" (:data:`CLOSING_HEADING`), and what
    follows it up to the next heading as high (a line of its own stands over what follows it up to
    any heading); a paragraph that opens with such a label ("About the author: …") is one too.

    A box closes a story: there is story prose above its label, and the box is much smaller than
    it (a bio, a citation). A label over no story yet ("Cite this article" under the byline), or
    over as much text as the story above it (the story goes on past it), is furniture alone."""
    count = len(labelled)
    levels = [page.blocks[index].heading_level or _held_heading_level(page.blocks[index]) for index, _ in labelled]
    # For each level, where the next heading that high stands from each position on (one backward
    # pass per level), so finding a box's end costs nothing however many labels the story holds.
    box_end: dict[int, list[int]] = {}
    for level in {*range(1, 7), CLOSING_LINE_LEVEL}:
        ends = [count] * (count + 1)
        for k in range(count - 1, -1, -1):
            ends[k] = k if 0 < levels[k] <= level else ends[k + 1]
        box_end[level] = ends
    # The story's prose words up to each position: above a label and inside its box alike, so a bio
    # over a rail of related links (furniture already) is measured by the bio alone.
    prose_words = [0] * (count + 1)
    for k, (index, label) in enumerate(labelled):
        prose_words[k + 1] = prose_words[k] + (page.blocks[index].word_count if label == "good" else 0)
    out: list[tuple[int, str]] = []
    skip_to = 0  # the end of the closing box being passed over
    for k, (index, label) in enumerate(labelled):
        if k < skip_to:
            out.append((index, "bad"))
            continue
        closing = _closing_label(page.blocks[index].text)
        if closing is None:
            out.append((index, label))
            continue
        out.append((index, "bad"))
        if closing:
            end = box_end[levels[k] or CLOSING_LINE_LEVEL][k + 1]
            above = prose_words[k]
            if above and prose_words[end] - prose_words[k + 1] <= CLOSING_BOX_MAX_SHARE * above:
                skip_to = end
    return out


def _closing_label(text: str) -> bool | None:
    """True when the text is the label over a closing box ("About the author"), False when a
    paragraph opens with one and a colon ("About the author: Jo Lee writes …"), else None."""
    if len(text) > CLOSING_PARAGRAPH_MAX_CHARS or not text[:1].isalpha():
        return None
    match = CLOSING_HEADING.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if not rest.strip(":."):
        return True
    return False if rest.startswith(":") else None


# The label of a block that is furniture only for being a row of links (see :func:`_only_links`).
_LINKS = "links"


# A part too small to carry the story on alone (a heading over one paragraph) that reads as one
# of its sections: it joins when a section of the story follows it, further from the container.
_SECTION, _NEUTRAL, _STOP, _SHORT = "section", "neutral", "stop", "short"


def _sections(
    page: Page, prose: Sequence[float], tree: _Tree, chosen: Collection[int], best: int, head_index: int | None
) -> set[int]:
    """The sections beside the story's container that carry its text on.

    A long story (a guide, a listicle, a review of several products, a long how-to) is often a
    run of sibling sections, each a heading with a few paragraphs and a picture or a product box,
    none big alone. Walking up from the container, the parts beside it that read as sections of
    the story (:func:`_part_kind`) join it, in both directions, until a part that ends the story
    (comments, a list of other pages, a footer, another page's title); furniture between sections
    (an ad slot, a sign-up box) is passed over but not taken, and a short section (a heading over
    one paragraph) joins when a section follows it. Before the container, only parts after the
    headline can join: what precedes the headline is the page's header.
    """
    added: set[int] = set()
    story_prose = sum(tree.prose_under(ident) for ident in chosen)
    seen = _first_seen(page)
    # Blocks past an end of the story are out of it at every level above too.
    low = head_index if head_index is not None else tree.first_block[best] - 1
    high = len(page.blocks)
    # Where each of the story's containers starts, sorted: a part holding one is found by bisection.
    starts = sorted(tree.first_block[c] for c in chosen)
    branch, levels = best, 0
    while levels < EXTENT_REACH:
        # An <article> is a composition complete in itself: its story does not go on outside it.
        if page.element_tags.get(branch) == "article":
            break
        up = tree.parent.get(branch)
        if up is None:
            break
        parts = tree.children(up)
        branch = up
        if len(parts) < 2:
            continue
        levels += 1
        at = next(
            k
            for k, ident in enumerate(parts)
            if tree.first_block[ident] <= tree.first_block[best] <= tree.last_block[ident]
        )
        for order in (parts[at + 1 :], parts[at - 1 :: -1] if at else []):
            pending: list[int] = []
            for ident in order:
                first, last = tree.first_block[ident], tree.last_block[ident]
                if first <= low or last >= high:
                    break
                k = bisect_left(starts, first)
                if k < len(starts) and starts[k] <= last:
                    # It holds a part of the story already, which is read from its own container.
                    continue
                kind = _part_kind(page, prose, ident, first, last, story_prose, seen)
                if kind == _STOP:
                    if first > tree.first_block[best]:
                        high = first
                    else:
                        low = last
                    break
                if kind == _SHORT:
                    pending.append(ident)
                if kind == _SECTION:
                    # The short sections passed on the way belong to the run of sections too.
                    for part in (*pending, ident):
                        added.add(part)
                        story_prose += tree.prose_under(part)
                    pending = []
    return added


def _contents(page: Page, first: int, last: int) -> bool:
    """The links of these blocks lead within the page: a table of contents, not other pages."""
    links = [link.href for block in page.blocks[first : last + 1] for link in block.links]
    return bool(links) and all(href.startswith("#") for href in links)


def _first_seen(page: Page) -> dict[str, int]:
    """Per text of a block long enough to be telling, the first block that shows it."""
    seen: dict[str, int] = {}
    for block in page.blocks:
        if len(block.text) >= REPEAT_MIN_CHARS:
            seen.setdefault(block.text, block.index)
    return seen


def _part_kind(
    page: Page, prose: Sequence[float], ident: int, first: int, last: int, story_prose: float, seen: dict[str, int]
) -> str:
    """Whether a part beside the story is a section of it, furniture to pass over, or its end."""
    own = page.element_flags.get(ident, 0)
    if own & _STOP_FLAGS or page.element_tags.get(ident) in _STOP_TAGS:
        return _STOP
    chars = linked = in_prose = amount = 0.0
    link_lines = headings = linked_headings = 0
    full = False
    repeated = 0
    authors = [name.casefold() for name in page.hints.authors if len(name) >= AUTHOR_NAME_MIN_CHARS]
    opening = page.blocks[first].text
    if len(opening) <= CALL_MAX_CHARS and CONTACT_CALL.search(opening):
        return _STOP
    for block in page.blocks[first : last + 1]:
        level = block.heading_level
        if level == 1:
            # Another page's title: the story of this one has ended.
            return _STOP
        level = level or _held_heading_level(block)
        text = block.text
        n = len(text)
        chars += n
        linked += n * block.link_density
        if level and (
            is_related_label(text)
            or CLOSING_HEADING.match(text)
            # A heading naming the story's author opens the box about them.
            or (n <= LINK_LIST_LABEL_MAX_CHARS and any(name in text.casefold() for name in authors))
        ):
            return _STOP
        if level and block.link_density >= LINK_LINE_DENSITY:
            linked_headings += 1
        if block.link_density >= LINK_LINE_DENSITY:
            link_lines += 1
        elif level and not is_furniture_line(text):
            headings += 1
        # A box shown twice (one copy per screen size, a fact box repeated at the end) is no
        # new section of the story.
        if seen.get(text, block.index) < first:
            repeated += n
        score = prose[block.index]
        if score:
            in_prose += n
            amount += score
        full = full or score >= FULL_PARAGRAPH_SCORE
    density = linked / chars if chars else 0.0
    if density >= LINK_LINE_DENSITY and link_lines >= STOP_LINK_LINES and not _contents(page, first, last):
        return _STOP
    # Titles with nothing under them: a list of other pages whose links the page's scripts add.
    if headings >= TEASER_HEADINGS and not amount and headings == last - first + 1:
        return _STOP
    # Teaser cards: linked headings over a line or two of summary each (a section of a guide may
    # link its heading to the thing it reviews, and has paragraphs under it).
    if linked_headings >= TEASER_HEADINGS and amount < SECTION_MIN_PROSE * linked_headings:
        return _STOP
    if repeated >= REPEATED_SHARE * chars or (
        own & (F_NOT_CONTENT | F_CHROME) and not own & F_CONTENT and not _builder_named(page, ident)
    ):
        return _NEUTRAL
    if not full or density > SECTION_MAX_LINK_DENSITY or in_prose < SECTION_PROSE_SHARE * chars:
        return _NEUTRAL
    if amount < SECTION_MIN_PROSE:
        return _SHORT if headings and not _mostly_legal(page, range(first, last + 1)) else _NEUTRAL
    if _mostly_legal(page, range(first, last + 1)):
        # Terms of an offer, a consent notice: the page's small print, after its story.
        return _STOP
    if headings or amount >= HEADLESS_SECTION_SHARE * story_prose:
        return _SECTION
    return _NEUTRAL


def _held_heading_level(block: Block) -> int:
    """The level of a subhead (``<h2>``..``<h6>``) the block's text sits in (scripts print a heading's
    text in a ``<div>`` or a ``<p>`` inside it), 0 when it sits in none."""
    for tag in block.path[-HELD_HEADING_REACH:]:
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "23456":
            return int(tag[1])
    return 0


def _sentence_like(block: Block) -> bool:
    """Story text that the paragraph score misses: a whole sentence, or a longer block with some links."""
    text = block.text
    if block.weighted_length >= MIN_PARAGRAPH_WEIGHT and block.link_density <= FURNITURE_LINK_DENSITY:
        return True
    return (
        ends_sentence(text) and block.word_count >= SENTENCE_MIN_WORDS and block.link_density < FURNITURE_LINK_DENSITY
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


def _list_item(block: Block) -> bool:
    """A block that is an item of a list (or a paragraph set in one)."""
    return block.tag in LIST_ITEM_TAGS or not LIST_ITEM_TAGS.isdisjoint(block.path[-LIST_ITEM_REACH:-1])


def _links_off_site(page: Page, block: Block) -> bool:
    """Every link of the block leads within the page or to another site than the page's own (as
    its canonical address names it): none to another page of the site. A relative link stays on
    the site; with no address known, only links within the page count."""
    site = page.once("story.own_site", lambda p: site_of(p.hints.canonical_url))
    for link in block.links:
        href = link.href.strip()
        if href.startswith("#"):
            continue
        host = url_host(href)
        if not host or not site or site_of(href) == site:
            return False
    return True


def _only_links(page: Page, block: Block, container: int) -> bool:
    """A furniture block that is so only for being a row of links: no class name, no boilerplate
    line, call to action or promo makes it furniture."""
    if not is_link_row(block) or block.tag in ("figcaption", "caption"):
        return False
    if _flagged_furniture(_local_flags(page, block, container)):
        return False
    text = block.text
    return not (
        is_furniture_line(text)
        or _calls_to_action(page, text)
        or is_promo_block(text, [link.text for link in block.links])
    )


def _keep_in_context(
    labelled: Sequence[tuple[int, str]],
    subheads: Collection[int] = (),
    items: Collection[int] = (),
    intros: Collection[int] = (),
) -> list[int]:
    """Prose, and the short blocks that stand between prose on both sides.

    A subhead or a list inside the story has story paragraphs before and after it; a short
    line at the story's edges or next to furniture ("Weitere Themen", "4 Min Read", a date,
    "Kontakt") belongs to the page around the story. A heading (``subheads``) needs story
    only after it: an image or a promo box often stands before a section's subhead. A list
    (``items``, ``LIST_MIN_ITEMS`` of them or more) needs story only before it, or a subhead
    over it: a paragraph or a heading introduces it, and a section's pros and cons or specs
    often end at a button or a product box, or open it under the section's heading; its labels
    ("Pros", "What you'll learn:") come with it, the lines after it do not. Only a list the story
    goes on after: at its end, a list before a box is the box's (a paywall's offers). Rows of
    links that a sentence of the story announces (``intros``, "The tools we used:") are its list.
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
    listed = _introduced_lists(labelled, before, after, items, subheads)
    announced = _announced_links(labelled, intros)
    return [
        index
        for k, (index, label) in enumerate(labelled)
        if label == "good"
        or (label == "short" and after[k] == "good" and (before[k] == "good" or index in subheads))
        or k in listed
        or k in announced
    ]


def _control(href: str) -> bool:
    """A link that leads nowhere: a control of the page (an accordion's toggle), not a thing named."""
    href = href.strip().lower()
    return href in ("", "#") or href.startswith("javascript:")


def _outer_list(page: Page, block: Block) -> int | None:
    """The outermost list element holding the block, ``None`` when it is in none."""
    return next((i for i in block.ancestors if page.element_tags.get(i) in LIST_TAGS), None)


def _whole_lists(page: Page, labelled: Sequence[tuple[int, str]], kept: list[int]) -> tuple[int, ...]:
    """The items left out of ``kept`` of the lists that hold a kept sentence of the story (see
    ``LIST_TAGS``), from the story's first block on; an item that is furniture for more than its
    links stays out, and so do a heading that is only a link (it follows the rule for linked
    subheads) and an item that links nowhere (an accordion's title, a toggle)."""
    chosen = set(kept)
    lists = {
        held
        for index, label in labelled
        if label == "good" and index in chosen and _list_item(page.blocks[index])
        for held in [_outer_list(page, page.blocks[index])]
        if held is not None
    }
    if not lists:
        return ()
    return tuple(
        index
        for index, label in labelled
        if label in ("short", _LINKS)
        and index > kept[0]
        and index not in chosen
        and not page.blocks[index].heading_level
        and not any(_control(link.href) for link in page.blocks[index].links)
        and _list_item(page.blocks[index])
        and _outer_list(page, page.blocks[index]) in lists
    )


def _announced_links(labelled: Sequence[tuple[int, str]], intros: Collection[int]) -> set[int]:
    """The positions of the rows of links (``_LINKS``) right after a block of the story that
    announces them (``intros``: it ends with a colon, see ``INTRO_ENDINGS``), when they are a list
    (``LIST_MIN_ITEMS`` rows or more): one link there is a button ("Sign up here:")."""
    kept: set[int] = set()
    k, n = 1, len(labelled)
    while k < n:
        if labelled[k][1] != _LINKS or labelled[k - 1][0] not in intros:
            k += 1
            continue
        end = k
        while end + 1 < n and labelled[end + 1][1] == _LINKS:
            end += 1
        if end - k + 1 >= LIST_MIN_ITEMS:
            kept.update(range(k, end + 1))
        k = end + 1
    return kept


def _introduced_lists(
    labelled: Sequence[tuple[int, str]],
    before: Sequence[str],
    after: Sequence[str],
    items: Collection[int],
    subheads: Collection[int],
) -> set[int]:
    """The positions of the lists in short runs that story prose or a subhead introduces, and that
    the story goes on after, with their labels: a line right before an item, and a heading right
    before such a label (see :func:`_keep_in_context`)."""
    kept: set[int] = set()
    if not items:
        return kept
    n = len(labelled)
    # Whether story prose follows further on: a list after the story's last paragraph and before
    # a box is the box's (a paywall's offers, a shop's terms), not one the story goes on past.
    resumes = [False] * (n + 1)
    for j in range(n - 1, -1, -1):
        resumes[j] = resumes[j + 1] or labelled[j][1] == "good"
    k = 0
    while k < n:
        if labelled[k][1] != "short" or (before[k] == "good") == (after[k] == "good"):
            k += 1
            continue
        end = k
        while end + 1 < n and labelled[end + 1][1] == "short":
            end += 1
        if not resumes[end + 1]:
            k = end + 1
            continue
        start = k
        if before[k] != "good":
            # Between furniture and story: only a subhead of the story can introduce the list.
            start = next((j for j in range(k, end + 1) if labelled[j][0] in subheads), end + 1)
        found = {j for j in range(start, end + 1) if labelled[j][0] in items}
        if len(found) >= LIST_MIN_ITEMS:
            for j in range(max(found), start - 1, -1):
                if j in found or (j + 1 in kept and (j + 1 in found or labelled[j][0] in subheads)):
                    kept.add(j)
        k = end + 1
    return kept


def _lead_paragraphs(page: Page, prose: Sequence[float], head_index: int, first: int) -> list[int]:
    """Prose between the headline and the story container that belongs to the same article:
    an intro or lead paragraph that pages set in an element of its own."""
    head, start = page.blocks[head_index], page.blocks[first]
    shared = [a for a, b in zip(head.ancestors, start.ancestors) if a == b]
    if not shared:
        return []
    article = shared[-1]
    found: list[int] = []
    heading: int | None = None
    for block in page.blocks[head_index + 1 : first]:
        if article not in block.ancestors or block.flags & F_COMMENTS or _is_furniture(page, block, article):
            heading = None
            continue
        if prose[block.index]:
            # A subhead right over a lead paragraph is the story's, as it is inside the container
            # (a box's label, "Related posts" or "Comments", is not).
            if heading is not None:
                found.append(heading)
            found.append(block.index)
            heading = None
        elif (
            LEAD_HEADING_LEVEL <= block.heading_level <= LEAD_HEADING_MAX_LEVEL
            and not is_related_label(block.text)
            and not CLOSING_HEADING.match(block.text)
            and not COMMENT_HEADING.match(block.text)
        ):
            heading = block.index
        else:
            heading = None
    return found
