"""Whether a page of sections is its whole main area: a guide, a documentation page, a service's
or a product's page prints its content as many headed sections, and the best story container
holds one of them (or the intro over them).

The rule reads only general evidence: the page does not say when it was published, does not
declare itself one story, its main area is cut by many headings, the story found holds a small
share of the main area's words, and what the main area adds is more text than links. A news
story, dated or declared, keeps the story rule's precision; its subheads make no page of sections.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import Page
from ...read.layout import CHROME_FLAGS

__all__ = [
    "STORY_SCHEMA_TYPES",
    "declares_story",
    "is_page_of_sections",
    "is_plain_web_page",
    "is_site_page",
    "section_headers",
]

# A page cut by at least this many headings in its main area, the headline's among them, is
# sectioned (a story has a few subheads; a guide, a reference page, a service's offers have one
# per part).
MIN_SECTION_HEADINGS = 5
# The story found is one part of a sectioned page when it holds less than this share of the
# words of the main area's content: an intro or one section, not the page's text.
STORY_SHARE_OF_AREA = 0.6
# What the main area adds to the story is the page's other sections only when less than this
# share of its text is link text: a main area that adds mostly links adds a menu, a tag cloud or
# a list of other pages (a story's sidebar), not content.
MAX_ADDED_LINK_SHARE = 0.5
# A <header> this many elements up from a heading, at most, is the header that the heading titles
# (a section's header holds its heading and blurb a level or two down; the bound keeps deep pages linear).
SECTION_HEADER_REACH = 3
# og:type values by which a page declares itself one story.
STORY_OG_PREFIXES = ("article", "blog")
# schema.org types (lower-cased) by which a page declares itself one story: its short text is the
# story, not a blurb over other things. (Not forum posts, how-tos or tech articles: threads and
# docs are sets of posts and sections that the main area holds.)
STORY_SCHEMA_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle reviewnewsarticle "
    "backgroundnewsarticle blogposting liveblogposting scholarlyarticle satiricalarticle report".split()
)


# og:type values by which a page calls itself one of a site's pages rather than a story (the
# protocol's type for a site's home and other pages; a story's is "article").
SITE_OG_TYPES = frozenset(("website",))


# schema.org types (lower-cased) by which a page's structured data names it a web page. A page
# whose data names it one and no story is not a story, whatever its og:type and publication
# meta say: publishing tools print og:type "article" and a publication time on every page they
# make, and name the kind of page in its structured data.
WEB_PAGE_SCHEMA_TYPES = frozenset(
    "webpage aboutpage contactpage itempage collectionpage faqpage checkoutpage profilepage searchresultspage".split()
)


def is_page_of_sections(page: Page, story: Sequence[int], area: Sequence[int]) -> bool:
    """The page's content is its main area's content ``area`` (block indices), not the story
    ``story`` found in it: not declared a story, many headings, the story a small part, and the
    rest of the area more text than links. The caller has found the page undated."""
    if not area or declares_story(page):
        return False
    blocks = page.blocks
    headings = sum(1 for i in area if blocks[i].heading_level)
    if headings < MIN_SECTION_HEADINGS:
        return False
    area_words = sum(blocks[i].word_count for i in area)
    story_words = sum(blocks[i].word_count for i in story)
    if story_words >= STORY_SHARE_OF_AREA * area_words:
        return False
    taken = set(story)
    chars = linked = 0.0
    for i in area:
        if i not in taken:
            n = len(blocks[i].text)
            chars += n
            linked += n * blocks[i].link_density
    return linked < MAX_ADDED_LINK_SHARE * chars


def declares_story(page: Page) -> bool:
    """The page declares itself one story by its schema.org type or its og:type (which a page
    whose structured data names it a plain web page overrules)."""
    if STORY_SCHEMA_TYPES.intersection(page.hints.schema_types):
        return True
    return (page.hints.og_type or "").startswith(STORY_OG_PREFIXES) and not is_plain_web_page(page)


def is_plain_web_page(page: Page) -> bool:
    """The page's structured data names it a web page and no story: its publication meta dates a
    page, not a story."""
    types = page.hints.schema_types
    return not STORY_SCHEMA_TYPES.intersection(types) and not WEB_PAGE_SCHEMA_TYPES.isdisjoint(types)


def is_site_page(page: Page) -> bool:
    """The page says it is one of a site's pages, not a story: its structured data names it a web
    page (see :func:`is_plain_web_page`), or its og:type is a site's and its data declares no story.
    Its publication meta dates a page, not a story."""
    if is_plain_web_page(page):
        return True
    return (page.hints.og_type or "").lower() in SITE_OG_TYPES and not STORY_SCHEMA_TYPES.intersection(
        page.hints.schema_types
    )


def section_headers(page: Page, root: int | None) -> frozenset[int]:
    """The ``<header>`` elements inside the main element ``root`` that hold a heading and bear no
    class word of chrome. Inside ``<main>`` a header heads a section of the content, as HTML
    defines the tag (the site's header stands outside it): landing pages wrap each section's
    heading and blurb in one, which the main area reads as the site's header otherwise."""
    if root is None:
        return frozenset()
    spans = page.spans()
    first = spans.first.get(root)
    if first is None:
        return frozenset()
    tags, flags = page.element_tags, page.element_flags
    found: set[int] = set()
    for block in page.blocks[first : spans.last[root] + 1]:
        if not block.heading_level:
            continue
        chain = block.ancestors
        for k in range(len(chain) - 1, max(len(chain) - 1 - SECTION_HEADER_REACH, -1), -1):
            ident = chain[k]
            # Elements are numbered in page order: the root's own and those above it come first.
            if ident <= root:
                break
            if tags.get(ident) == "header" and not flags.get(ident, 0) & CHROME_FLAGS:
                found.add(ident)
    return frozenset(found)
