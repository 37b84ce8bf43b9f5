"""The common form that HTML pages and text dumps are both turned into.

A page becomes an ordered tuple of :class:`Block` (one per visible text block)
plus :class:`Hints` (what the page says about itself in metadata). Every segment
rule reads only these two, so each rule is written once for both kinds of input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Block", "Hints", "Link", "Page", "common_ancestor"]


@dataclass(frozen=True, slots=True)
class Link:
    """An ``<a href>`` inside a block: its visible text and its href as printed."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class Block:
    """One visible block of text with the features the segment rules use.

    For a text dump each non-empty line is a block with ``tag == "line"``,
    an empty ``path`` and no links; for HTML the fields come from the tree.
    """

    index: int
    text: str
    tag: str = "line"
    # Tag names from the root to this block, e.g. ("html", "body", "article", "p").
    path: tuple[str, ...] = ()
    # Lower-cased class and id tokens of this element and its ancestors.
    tokens: frozenset[str] = frozenset()
    # Share of the text that sits inside links (0.0 to 1.0).
    link_density: float = 0.0
    links: tuple[Link, ...] = ()
    # The text dump had an empty line before this one.
    blank_before: bool = False
    # Identities of the block-level elements that hold this block, outermost first, itself last.
    # Two blocks share a container when they share an entry here. Identities count the page's
    # elements in document order, so an element's descendants have the identities just after its own.
    ancestors: tuple[int, ...] = ()
    # The whole block is bold/strong text (a lead paragraph styled as a dek).
    bold: bool = False
    # ``itemprop``/``rel``/``datetime`` style markers found on the block or inside it.
    marks: frozenset[str] = frozenset()
    # Page-area flags (``markup.F_*``) of this element and all its ancestors, from their class/id names.
    flags: int = 0
    # A machine-readable date on the block (``<time datetime>``), as printed in the attribute.
    datetime: str | None = None
    # Inside ``<pre>``: the text with its line breaks and indentation as printed (``text`` collapses them).
    preformatted: str | None = None

    @property
    def parent(self) -> int:
        """Identity of the element this block's text belongs to (0 for a text dump line)."""
        return self.ancestors[-1] if self.ancestors else 0

    @property
    def heading_level(self) -> int:
        """1 to 6 for ``<h1>``..``<h6>``, else 0."""
        if len(self.tag) == 2 and self.tag[0] == "h" and self.tag[1] in "123456":
            return int(self.tag[1])
        return 0


@dataclass(frozen=True, slots=True)
class Hints:
    """What a page's metadata says about it. Every field may be empty."""

    title: str | None = None  # <title>
    # Headline candidates from metadata, most trusted first (JSON-LD, og:title, twitter:title).
    headlines: tuple[str, ...] = ()
    description: str | None = None  # meta description / og:description / JSON-LD description
    site_name: str | None = None  # og:site_name, JSON-LD publisher name, application-name
    # Person names from JSON-LD author, meta author, itemprop=author, rel=author.
    authors: tuple[str, ...] = ()
    published: str | None = None  # raw datePublished / article:published_time / ...
    modified: str | None = None
    canonical_url: str | None = None  # <link rel=canonical>, else og:url
    base_href: str | None = None  # <base href>
    language: str | None = None  # <html lang>, content-language, og:locale
    copyright_holder: str | None = None  # JSON-LD copyrightHolder
    copyright_year: int | None = None  # JSON-LD copyrightYear
    # What the page says it is: schema.org type names of its JSON-LD objects, lower-cased, in
    # order of appearance ("newsarticle", "product"), and its og:type ("article", "website").
    schema_types: tuple[str, ...] = ()
    og_type: str | None = None
    image: str | None = None  # og:image, twitter:image, JSON-LD image, <link rel=image_src>, as written
    section: str | None = None  # article:section, JSON-LD articleSection, rel="category tag"
    # article:tag, JSON-LD keywords, meta keywords, rel="tag" links: the first source that has any.
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """A page in block form: what the segment rules receive."""

    blocks: tuple[Block, ...]
    hints: Hints = Hints()
    is_html: bool = False
    # For HTML, per block-level element identity (see ``Block.ancestors``): its own
    # class/id tokens and its tag (every block-level element, with text or without: an empty
    # table cell too). Empty for text dumps.
    element_tokens: Mapping[int, frozenset[str]] = field(default_factory=dict, compare=False)
    element_tags: Mapping[int, str] = field(default_factory=dict, compare=False)
    # Per block-level element: the ``markup.F_*`` flags of its own class/id names.
    element_flags: Mapping[int, int] = field(default_factory=dict, compare=False)

    def near_flags(self, block: Block, levels: int) -> int:
        """Flags of the block's own element and its closest ``levels - 1`` block-level ancestors.

        What a page calls an element's immediate wrapper describes it; what it calls a
        far ancestor (a page-wide "description" pane, say) does not.
        """
        flags = 0
        for ident in block.ancestors[-levels:]:
            flags |= self.element_flags.get(ident, 0)
        return flags


def common_ancestor(a: Block, b: Block) -> int | None:
    """The innermost block-level element that holds both blocks, ``None`` when none does."""
    common = None
    for x, y in zip(a.ancestors, b.ancestors, strict=False):
        if x != y:
            break
        common = x
    return common
