"""The story in its structure: paragraphs, headings, lists, quotes, tables and preformatted text.

The body rule picks the story's blocks; this module groups them by the elements that hold
them (``<ul>``/``<ol>``, ``<blockquote>``, ``<table>``, ``<pre>``) into :class:`BodyBlock`s,
with each block's links made absolute. It reads only the :class:`Page`: the blocks' tags and
ancestor chains, and ``Page.element_tags`` for what those ancestors are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...article import BodyBlock, InlineLink
from ...blocks import Block, Link, Page, holding_all
from ...cues.urls import resolve

__all__ = ["html_structure", "text_structure"]

# Elements whose items make a list, and the one an ordered list is.
LIST_TAGS = frozenset(("ul", "ol"))
ORDERED_LIST_TAG = "ol"
_ITEM_TAGS = frozenset(("li",))
_TABLE_TAGS = frozenset(("table",))
_ROW_TAGS = frozenset(("tr",))
# Elements that hold one cell of a table row.
CELL_TAGS = frozenset(("td", "th"))
# Elements whose presence among a row's descendants means a table nested in it.
_NESTED_TABLE_TAGS = frozenset(("table", "tr"))
# A cell of a data table holds a value or a phrase; a cell with more blocks or text than this
# holds a page's content laid out with a table (the way pages were built before CSS).
CELL_MAX_BLOCKS = 3
CELL_MAX_CHARS = 400
# An absolute URL: a scheme and a host.
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]")
# Separates the cells of a row in the row's text: no cell text holds one (block text is collapsed).
CELL_SEPARATOR = "\t"


@dataclass(frozen=True, slots=True)
class _Row:
    """A row of a data table: its cells' texts in order, and its blocks."""

    cells: tuple[str, ...]
    blocks: tuple[Block, ...]


def text_structure(paragraphs: Iterable[str]) -> tuple[BodyBlock, ...]:
    """A text dump's story: a paragraph per line (a dump keeps no structure)."""
    return tuple(BodyBlock("paragraph", text) for text in paragraphs)


def html_structure(
    page: Page, indices: Sequence[int], base: str | None
) -> tuple[tuple[str, ...], tuple[BodyBlock, ...]]:
    """The story's paragraphs and its structured blocks, from the story's block ``indices`` in order.

    The paragraphs are the blocks' texts, except that a data table gives a line per row (its
    cells joined by a tab) instead of a paragraph per cell. A table row with a cell in the story
    is read whole: a cell that is mostly a link is a value of the table, not a promo.
    """
    story = [page.blocks[i] for i in indices]
    tables = _data_tables(page, story)
    whole = _holding_all(story)
    paragraphs: list[str] = []
    out: list[BodyBlock] = []
    tables_done: set[int] = set()
    group: list[Block] = []
    group_key: tuple[str, int] = ("", 0)
    for block in story:
        table = _innermost(page, block, _TABLE_TAGS) if tables and "table" in block.path else None
        if table is not None and table in tables:
            if table not in tables_done:
                tables_done.add(table)
                _close(page, group, group_key, base, paragraphs, out)
                group = []
                rows = tables[table]
                paragraphs.extend(CELL_SEPARATOR.join(row.cells) for row in rows)
                out.append(_table_block(rows, base))
            continue
        key = _group_key(page, block, whole)
        if group and key != group_key:
            _close(page, group, group_key, base, paragraphs, out)
            group = []
        group.append(block)
        group_key = key
    _close(page, group, group_key, base, paragraphs, out)
    return tuple(paragraphs), tuple(out)


def _holding_all(story: Sequence[Block]) -> frozenset[int]:
    """The elements that hold every block of the story: its containers, not parts of it."""
    return holding_all(story)


def _innermost(page: Page, block: Block, tags: frozenset[str], below: int = 0) -> int | None:
    """The innermost ancestor of the block with one of ``tags``, inside the element ``below`` if given."""
    for ident in reversed(block.ancestors):
        if ident == below:
            return None
        if page.element_tags.get(ident) in tags:
            return ident
    return None


def _group_key(page: Page, block: Block, whole: frozenset[int]) -> tuple[str, int]:
    """The kind of body block the block makes and the element it shares with the blocks of the
    same body block: a preformatted text, a list, a quote; a heading or paragraph is its own."""
    path = block.path
    if "pre" not in path and "ul" not in path and "ol" not in path and "blockquote" not in path:
        return _own_key(block)
    pre = listed = quote = None
    tags = page.element_tags
    # One pass from the outermost ancestor: each role goes to the outermost element that has it.
    for ident in block.ancestors:
        tag = tags.get(ident)
        if tag == "pre":
            pre = ident
            break
        if listed is None and tag in LIST_TAGS:
            listed = ident
        elif quote is None and tag == "blockquote":
            quote = ident
    if pre is not None:
        return "preformatted", pre
    if listed is not None and _is_item(page, block):
        return "list", listed
    # A blockquote around the whole story is how the page indents it, not a quote within it.
    if quote is not None and quote not in whole:
        return "quote", quote
    return _own_key(block)


def _own_key(block: Block) -> tuple[str, int]:
    return ("heading" if block.heading_level else "paragraph"), -1 - block.index


def _is_item(page: Page, block: Block) -> bool:
    """The block is an item of its list: its list item holds no other block of its own. (A list
    item holding paragraphs is a post or a card that the page lays out as a list.)"""
    item = _innermost(page, block, _ITEM_TAGS)
    if item is None:
        return True
    # The blocks of one element are consecutive: the neighbours tell.
    neighbours = page.blocks[max(0, block.index - 1) : block.index + 2]
    return not any(b is not block and _innermost(page, b, _ITEM_TAGS) == item for b in neighbours)


def _depth(page: Page, block: Block, outer: int) -> int:
    """How many lists inside the list ``outer`` hold the block: 0 for an item of ``outer`` itself."""
    tags = page.element_tags
    depth = 0
    # Inner first, up to the list itself (the walk over the key's ancestors costs as much).
    for ident in reversed(block.ancestors):
        if ident == outer:
            break
        if tags.get(ident) in LIST_TAGS:
            depth += 1
    return depth


def _close(
    page: Page,
    group: Sequence[Block],
    key: tuple[str, int],
    base: str | None,
    paragraphs: list[str],
    out: list[BodyBlock],
) -> None:
    """Make one body block of a group of blocks that share a key (see :func:`_group_key`)."""
    if not group:
        return
    kind = key[0]
    texts = tuple(block.text for block in group)
    paragraphs.extend(texts)
    links = _links(group, base)
    if kind == "preformatted":
        out.append(BodyBlock(kind, "\n".join(b.preformatted or b.text for b in group), links=links))
    elif kind == "list":
        ordered = page.element_tags.get(key[1]) == ORDERED_LIST_TAG
        depths = tuple(_depth(page, block, key[1]) for block in group)
        out.append(BodyBlock(kind, "\n".join(texts), items=texts, ordered=ordered, links=links, depths=depths))
    elif kind == "heading":
        out.append(BodyBlock(kind, texts[0], level=group[0].heading_level, links=links))
    else:
        out.append(BodyBlock(kind, "\n".join(texts), links=links))


def _table_block(rows: Sequence[_Row], base: str | None) -> BodyBlock:
    lines = [CELL_SEPARATOR.join(row.cells) for row in rows]
    links = _links([block for row in rows for block in row.blocks], base)
    return BodyBlock("table", "\n".join(lines), rows=tuple(row.cells for row in rows), links=links)


def _links(blocks: Iterable[Block], base: str | None) -> tuple[InlineLink, ...]:
    return tuple(_inline_link(link, base) for block in blocks for link in block.links)


def _inline_link(link: Link, base: str | None) -> InlineLink:
    """A link with its absolute URL; ``None`` when the href names none (a script, a relative
    href on a page without a base)."""
    url = resolve(link.href, base)
    return InlineLink(link.text, url if url is not None and _ABSOLUTE.match(url) else None)


# --- tables -----------------------------------------------------------------------------------


def _data_tables(page: Page, story: Sequence[Block]) -> dict[int, tuple[_Row, ...]]:
    """The tables of the story that hold data (a row of values per line), with their rows in order."""
    rows_of: dict[int, dict[int, int]] = {}
    broken: set[int] = set()
    for block in story:
        # The tag names on the block's path say at once whether a table holds it.
        table = _innermost(page, block, _TABLE_TAGS) if "table" in block.path else None
        if table is None or table in broken:
            continue
        row = _innermost(page, block, _ROW_TAGS, below=table)
        if row is None:
            # Text of the table outside its rows: no grid.
            broken.add(table)
            continue
        rows_of.setdefault(table, {}).setdefault(row, block.index)
    tables: dict[int, tuple[_Row, ...]] = {}
    for table, rows in rows_of.items():
        if table in broken:
            continue
        built = [_row(page, table, row, index) for row, index in rows.items()]
        complete = [row for row in built if row is not None]
        if len(complete) == len(built) and max(len(row.cells) for row in complete) >= 2:
            tables[table] = tuple(complete)
    return tables


def _row(page: Page, table: int, row: int, index: int) -> _Row | None:
    """The row element ``row`` of ``table`` holding block ``index``, read whole; ``None`` when it
    is no row of values (a nested table, a cell holding a page's content)."""
    blocks = page.blocks
    first = index
    while first > 0 and row in blocks[first - 1].ancestors:
        first -= 1
    last = index
    while last + 1 < len(blocks) and row in blocks[last + 1].ancestors:
        last += 1
    texts: dict[int, list[str]] = {}
    for block in blocks[first : last + 1]:
        cell = _innermost(page, block, CELL_TAGS, below=row)
        if cell is None or _innermost(page, block, _TABLE_TAGS) != table:
            return None
        texts.setdefault(cell, []).append(block.text)
    if any(len(parts) > CELL_MAX_BLOCKS or sum(map(len, parts)) > CELL_MAX_CHARS for parts in texts.values()):
        return None
    # Empty cells hold no block but keep the columns in place: the row's cells are the cell
    # elements numbered between the row and its last cell with text (see ``Block.ancestors``).
    cells: list[str] = []
    for ident in range(row + 1, max(texts) + 1):
        tag = page.element_tags.get(ident)
        if tag in _NESTED_TABLE_TAGS:
            return None
        if tag in CELL_TAGS:
            cells.append(" ".join(texts.get(ident, ())))
    return _Row(tuple(cells), tuple(blocks[first : last + 1]))
