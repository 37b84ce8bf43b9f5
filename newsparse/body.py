"""body: the article text as an ordered list of paragraphs."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from .blocks import Block, Page
from .lexicon import BOILERPLATE_LINE
from .markup import CAPTION, CONTENT, NOT_CONTENT, joined
from .related import is_related_label
from .text import REGEX_TIMEOUT

__all__ = ["html_body", "text_body", "weighted_length"]


def _furniture(text: str) -> bool:
    return BOILERPLATE_LINE.match(text, timeout=REGEX_TIMEOUT) is not None or is_related_label(text)


def text_body(blocks: Sequence[Block], start: int, end: int, skip: Collection[int] = ()) -> tuple[str, ...]:
    """The lines of a text dump's story, between its header and its teasers, minus furniture lines."""
    return tuple(b.text for b in blocks[start:end] if b.index not in skip and not _furniture(b.text))


# --- HTML -----------------------------------------------------------------------------------

# Tags whose text is a paragraph of a story when it sits in the story's container.
PARAGRAPH_TAGS = frozenset(("p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6", "td", "div", "section"))
# A block scores as story text from this weighted length (CJK characters count triple).
MIN_PARAGRAPH_WEIGHT = 60
# Blocks with more of their text in links than this are link lists, not prose.
MAX_PROSE_LINK_DENSITY = 0.35
# Score passed to the containers above a paragraph: its parent, grandparent, great-grandparent.
ANCESTOR_DECAY = (1.0, 0.5, 0.25)
# A sibling container joins the story when it scores this share of the best container.
SIBLING_SHARE = 0.3
# A short block that is mostly link text is furniture even inside the story container.
FURNITURE_LINK_DENSITY = 0.5
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_COMMAS = regex.compile(r"[,，、;；]")
# An in-story promo: a label and a colon, then a link ("Read more: ...", "Lesen Sie auch: ...").
_PROMO_PREFIX = regex.compile(
    r"^(?:related|read\s+(?:more|also|next)|more|see\s+also|also\s+read|watch|listen|recommended|lesen\s+sie\s+(?:auch|mehr)"
    r"|mehr\s+zum\s+thema|à\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|le\s+puede\s+interesar|te\s+puede\s+interesar"
    r"|también\s+lea|lea\s+también|leia\s+também|leggi\s+anche|czytaj\s+(?:też|także|również|więcej)"
    r"|zobacz\s+(?:też|także|również)|dowiedz\s+się\s+więcej|lees\s+ook|читайте\s+также)\b\s*[:>»›|\-–—]",
    regex.IGNORECASE,
)


def weighted_length(text: str) -> int:
    """Length in characters, CJK characters counting triple: no threshold starves those scripts."""
    return len(text) + 2 * len(_CJK.findall(text[:2000], timeout=REGEX_TIMEOUT))


def _prose_score(block: Block) -> float:
    """How much a block reads like a paragraph of a story (0 when it does not)."""
    if block.tag not in PARAGRAPH_TAGS or block.link_density > MAX_PROSE_LINK_DENSITY:
        return 0.0
    weight = weighted_length(block.text)
    if weight < MIN_PARAGRAPH_WEIGHT:
        return 0.0
    commas = len(_COMMAS.findall(block.text[:2000], timeout=REGEX_TIMEOUT))
    return 1.0 + min(commas, 10) * 0.3 + min(weight / 100, 3.0)


def _class_weight(tokens: frozenset[str] | None) -> float:
    if not tokens:
        return 1.0
    text = joined(tokens)
    weight = 1.0
    if CONTENT.search(text):
        weight *= 1.25
    if NOT_CONTENT.search(text):
        weight *= 0.4
    return weight


def _local_tokens(page: Page, block: Block, container: int) -> str:
    """Class/id words of the elements between the container (exclusive) and the block."""
    try:
        start = block.ancestors.index(container) + 1
    except ValueError:
        start = 0
    parts: list[str] = []
    for ident in block.ancestors[start:]:
        tokens = page.element_tokens.get(ident)
        if tokens:
            parts.extend(tokens)
    return " ".join(parts)


def _container_scores(page: Page) -> dict[int, float]:
    scores: dict[int, float] = {}
    for block in page.blocks:
        score = _prose_score(block)
        if not score or not block.ancestors:
            continue
        # A <p> is scored to the element holding it; a <div> with loose text is its own holder.
        chain = block.ancestors[-2::-1] if block.tag in ("p", "pre", "blockquote", "li", "dd") else block.ancestors[::-1]
        for ident, decay in zip(chain, ANCESTOR_DECAY):
            scores[ident] = scores.get(ident, 0.0) + score * decay
    return {ident: s * _class_weight(page.element_tokens.get(ident)) for ident, s in scores.items()}


def _parent_of(page: Page, ident: int) -> int | None:
    for block in page.blocks:
        if ident in block.ancestors:
            pos = block.ancestors.index(ident)
            return block.ancestors[pos - 1] if pos > 0 else None
    return None


def _is_furniture(page: Page, block: Block, container: int) -> bool:
    text = block.text
    if block.tag in ("figcaption", "caption"):
        return True
    local = _local_tokens(page, block, container)
    if local and (NOT_CONTENT.search(local) or CAPTION.search(local)) and not CONTENT.search(local):
        return True
    if block.link_density > FURNITURE_LINK_DENSITY and weighted_length(text) < 300:
        return True
    if _furniture(text):
        return True
    return bool(block.links) and _PROMO_PREFIX.match(text, timeout=REGEX_TIMEOUT) is not None


def html_body(page: Page, head_index: int | None) -> list[int]:
    """Indices of the story's paragraphs: the best-scoring text container and its story siblings."""
    scores = _container_scores(page)
    if not scores:
        return []
    best = max(scores, key=lambda ident: scores[ident])
    chosen = {best}
    parent = _parent_of(page, best)
    if parent is not None:
        threshold = scores[best] * SIBLING_SHARE
        for block in page.blocks:
            anc = block.ancestors
            if parent in anc:
                pos = anc.index(parent)
                if pos + 1 < len(anc):
                    sibling = anc[pos + 1]
                    if sibling not in chosen and scores.get(sibling, 0.0) >= threshold:
                        chosen.add(sibling)
    indices: list[int] = []
    for block in page.blocks:
        container = next((c for c in block.ancestors if c in chosen), None)
        if container is None or _is_furniture(page, block, container):
            continue
        indices.append(block.index)
    # Kickers and breadcrumbs above a headline that sits inside the story container are not story.
    if head_index is not None and any(i > head_index for i in indices):
        indices = [i for i in indices if i > head_index]
    return indices
