"""body: the article text, as paragraphs and as typed blocks.

Asked twice by the orchestrator. First (``story_in_text`` / ``story_in_html``) for the story's
extent: the blocks the story may take, which the header and teaser rules read to know where the
story starts and ends (:mod:`.story` holds the HTML rule). Last (``in_text`` / ``in_html``) for
the body itself: the story without what the headline, credit, dek and teasers took, in its
structure (:mod:`.structure`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import Block, Page
from ...cues.lines import (
    PROMO_BOX_LINES,
    is_caption_line,
    is_closing_line,
    is_furniture_line,
    is_promo_line,
    is_prose_line,
    is_related_label,
    prose_span,
)
from ...found import Body, Found, Story, Taken
from .story import furniture_line, html_body, is_link_row
from .structure import html_structure, text_structure

__all__ = ["in_html", "in_text", "story_in_html", "story_in_text"]


def story_in_text(page: Page, found: Found) -> Taken[Story]:
    """A text dump's story may take every line under its headline (or from its first line of prose)
    that is not furniture, up to
    the last line of its run of prose (what follows is teasers, comments and the footer); the
    credit, dek and teaser rules then take their lines from its two ends."""
    head = found.headline.first
    blocks = page.blocks
    span = prose_span([b.text for b in blocks], [b.link_density for b in blocks], closing=True)
    # With no headline, what stands before the prose is the page's menus.
    start = head + 1 if head is not None else span[0] if span is not None else 0
    end = len(blocks) if span is None or span[1] < start else span[1] + 1
    lead = _lead(blocks, start, span[0]) if span is not None and span[0] >= start else start
    # The same furniture as the HTML rule drops wherever it stands: pleas to subscribe, in-story
    # promos (a dump may not print their links), button labels, rows of links; and the captions
    # the HTML rule knows by their <figure>, which a dump knows by the credit they end with.
    teasers = _boxed_teasers(blocks, lead, end)
    lines = tuple(
        b.index
        for b in blocks[lead:end]
        if not (
            b.index in teasers
            or furniture_line(page, b)
            or is_link_row(b)
            or is_promo_line(b.text)
            or is_caption_line(b.text)
        )
    )
    return Taken(Story(start), lines)


def _boxed_teasers(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """The teasers of a "Related" box inside the story: the lines under its label up to the next
    line of prose, a few at most. A dump that prints no link marks shows them as short lines, the
    other articles' headlines, which no other rule tells from a subheading."""
    teasers: set[int] = set()
    for i in range(start, end):
        if not is_related_label(blocks[i].text):
            continue
        for j in range(i + 1, min(i + 1 + PROMO_BOX_LINES, end)):
            if is_prose_line(blocks[j].text, blocks[j].link_density) or is_related_label(blocks[j].text):
                break
            teasers.add(j)
    return teasers


def _lead(blocks: Sequence[Block], start: int, prose: int) -> int:
    """Where the story's text begins: after the last share row, tag list or other furniture line
    between the header and the first prose line (what stands before it is the header's own
    furniture; captions and a short lead after it are the story's)."""
    for i in range(prose - 1, start - 1, -1):
        text = blocks[i].text
        if is_furniture_line(text) or is_closing_line(text):
            return i + 1
    return start


def story_in_html(page: Page, found: Found) -> Taken[Story]:
    """The story's blocks on an HTML page (see :func:`.story.html_body`), and where its main
    container starts (lead paragraphs set apart from it come before), with what the rule learnt
    of the page."""
    story = html_body(page, found.headline.first)
    return Taken(Story(story.container_start, story.evidence, story.core), story.indices)


def in_text(page: Page, found: Found) -> Taken[Body]:
    """The story's lines between the header and the teasers (or the notice, or the end)."""
    tail = [len(page.blocks)]
    tail += found.related.blocks[:1] or found.copyright.blocks[:1]
    start, end = found.header_end, min(tail)
    lines = tuple(i for i in found.story.blocks if start <= i < end)
    paragraphs = tuple(page.blocks[i].text for i in lines)
    return Taken(Body(paragraphs, text_structure(paragraphs)), lines)


def in_html(page: Page, found: Found) -> Taken[Body]:
    """The story's blocks but the headline, credit and dek, in their structure, links made absolute."""
    taken = {*found.headline.blocks, *found.byline.blocks, *found.subheading.blocks}
    kept = tuple(i for i in found.story.blocks if i not in taken)
    paragraphs, structure = html_structure(page, kept, found.meta.value.base)
    return Taken(Body(paragraphs, structure), kept)
