"""layout: where a page's own content is, read from its structure alone.

Every page, whatever its kind, puts its content in a main area and wraps it in chrome: the
site header and its menus, sidebars, boxes pointing at other pages, consent and sign-up
boxes, the footer. This module finds that main area and the chrome in it from tags
(``<main>``, ``<nav>``, ``<aside>``, ``<footer>``, a ``<header>`` without the page's
heading) and class names, and measures it. It says nothing about what kind of page it is;
the body rule and anyone classifying pages can read the evidence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..blocks import BlockTags, Page
from ..cues.markup import F_ADS, F_CHROME, F_COMMENTS, F_MENU, F_NAVIGATION, F_SHARE, F_SITE_FOOTER

__all__ = ["MainRegion", "main_region"]

# Elements that are chrome by their tag: HTML's own words for navigation, side content and footers.
CHROME_TAGS = frozenset(("nav", "aside", "footer"))
# Class names that mark an element as chrome (navigation, menus, site footer, share bars, ads,
# reader comments, and the boxes of markup.CHROME).
CHROME_FLAGS = F_NAVIGATION | F_MENU | F_SITE_FOOTER | F_SHARE | F_ADS | F_COMMENTS | F_CHROME
# An element holding this share of the page's text is the page itself, whatever its class says
# (a wrapper named "has-sidebar", "page-footer-fixed" or "main-nav-open").
CHROME_MAX_SHARE = 0.5
# Elements whose class names describe the whole page's state ("single-post", "no-sidebar").
_PAGE_TAGS = frozenset(("html", "body"))
# The answers kept per element in main_region's bytearrays (0, not worked out, is their initial value).
_NO, _YES = 1, 2


@dataclass(frozen=True, slots=True)
class MainRegion:
    """A page's main area: the element that holds it (``None`` for the whole page when the
    page marks none), its blocks that are not chrome, in page order, and their text size in
    weighted characters (CJK characters count triple, as ``text.weighted_length``)."""

    root: int | None
    blocks: tuple[int, ...]
    size: int


def _text_under(page: Page, lengths: list[int]) -> dict[int, int]:
    """Per block-level element, the weighted length of the text it holds.

    On an HTML page each block adds its length to its innermost element only, and the sums are
    passed up the tree once, children before their parents (they are numbered after them):
    O(elements + blocks), not O(blocks x depth) (2,000 nested <div> around every block)."""
    under: dict[int, int] = {}
    elements = page.elements
    if elements is None:
        for block, n in zip(page.blocks, lengths):
            for ident in block.ancestors:
                under[ident] = under.get(ident, 0) + n
        return under
    for block, n in zip(page.blocks, lengths):
        if block.ancestors:
            inner = block.ancestors[-1]
            under[inner] = under.get(inner, 0) + n
    uppers = elements.uppers
    for ident in range(len(uppers) - 1, 0, -1):
        held = under.get(ident)
        if held is not None and uppers[ident]:
            under[uppers[ident]] = under.get(uppers[ident], 0) + held
    return under


def _mains(page: Page, under: dict[int, int]) -> list[int]:
    """The ``<main>`` elements that hold text, in page order.

    Not every block-level element's tag read through the mapping: on a page with its tree, the
    tree's own ``<main>`` elements are found by a scan in C, and of the rest only the elements
    holding a block (the keys of ``under``) are read."""
    tags = page.element_tags
    if not isinstance(tags, BlockTags):
        return [ident for ident, tag in tags.items() if tag == "main" and ident in under]
    elements = page.elements
    if elements is None:
        # BlockTags lists its elements in page order: so does this.
        return sorted(ident for ident in under if tags.get(ident) == "main")
    # The tree's "main" elements found by list.index (a scan in C), in page order.
    found: list[int] = []
    names = elements.tags
    ident = 0
    while True:
        try:
            ident = names.index("main", ident + 1)
        except ValueError:
            return found
        if ident in under and tags.get(ident) == "main":
            found.append(ident)


def main_region(page: Page, anchors: Collection[int] = ()) -> MainRegion:
    """The page's main area and its content blocks.

    The area is the ``<main>`` element that holds the most text (pages that mark one say where
    their content is), else the whole page. Inside it, chrome is left out: elements that are
    chrome by tag or class name and hold less than ``CHROME_MAX_SHARE`` of the page's text.
    ``anchors`` are elements known to hold content (the headline's and the story's wrappers):
    they are never chrome, whatever they are called.
    """
    # Each block's length is taken once: it is read three times below.
    lengths = [b.weighted_length for b in page.blocks]
    under = _text_under(page, lengths)
    total = sum(lengths) or 1
    mains = _mains(page, under)
    root = max(mains, key=lambda ident: under[ident]) if mains else None
    chrome: dict[int, bool] = {}
    uppers = page.elements.uppers if page.elements is not None else None
    # Per element number, whether it is chrome, and whether it or an element above it (below the
    # root) is: a byte an element (0 not worked out, _NO, _YES), not a dict entry.
    chrome_of = bytearray(len(uppers) if uppers is not None else 0)
    on_path = bytearray(len(chrome_of))
    found: list[int] = []
    size = 0
    for block, length in zip(page.blocks, lengths):
        ancestors = block.ancestors
        if root is not None and root not in ancestors:
            continue
        if uppers is not None and ancestors:
            if _chrome_on_path(page, ancestors[-1], root or 0, uppers, on_path, under, total, anchors, chrome_of):
                continue
        else:
            if root is not None:
                ancestors = ancestors[ancestors.index(root) + 1 :]
            if any(_is_chrome(page, ident, under, total, anchors, chrome) for ident in ancestors):
                continue
        found.append(block.index)
        size += length
    return MainRegion(root, tuple(found), size)


def _chrome_on_path(
    page: Page,
    inner: int,
    stop: int,
    uppers: Sequence[int],
    on_path: bytearray,
    under: dict[int, int],
    total: int,
    anchors: Collection[int],
    chrome: bytearray,
) -> bool:
    """Whether ``inner`` or a block-level element above it, below ``stop``, is chrome; each
    element's answer is kept, so a page's blocks together cost O(elements), not O(blocks x depth)."""
    pending: list[int] = []
    ident = inner
    while ident and ident != stop and not on_path[ident]:
        pending.append(ident)
        ident = uppers[ident]
    answer = on_path[ident] == _YES if ident and ident != stop else False
    for ident in reversed(pending):
        if not answer:
            known = chrome[ident]
            if not known:
                known = chrome[ident] = _YES if _chrome_element(page, ident, under, total, anchors) else _NO
            answer = known == _YES
        on_path[ident] = _YES if answer else _NO
    return answer


def _is_chrome(
    page: Page, ident: int, under: dict[int, int], total: int, anchors: Collection[int], memo: dict[int, bool]
) -> bool:
    known = memo.get(ident)
    if known is None:
        known = memo[ident] = _chrome_element(page, ident, under, total, anchors)
    return known


def _chrome_element(page: Page, ident: int, under: dict[int, int], total: int, anchors: Collection[int]) -> bool:
    tag = page.element_tags.get(ident, "")
    return (
        tag not in _PAGE_TAGS
        and ident not in anchors
        and under.get(ident, 0) < CHROME_MAX_SHARE * total
        and (tag in CHROME_TAGS or tag == "header" or bool(page.element_flags.get(ident, 0) & CHROME_FLAGS))
    )
