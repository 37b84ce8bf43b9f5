"""A plain-text dump of a page in block form: one block per non-empty line."""

from __future__ import annotations

from ..blocks import Block, Hints, Page
from ..cues.text import fold_whitespace

__all__ = ["text_to_page"]


def text_to_page(text: str) -> Page:
    """Split a text dump into line blocks, remembering which followed an empty line."""
    blocks: list[Block] = []
    blank = False
    # splitlines() knows CRLF, CR and the Unicode line separators a dump may carry.
    for raw in text.splitlines():
        line = fold_whitespace(raw)
        if not line:
            blank = True
            continue
        blocks.append(Block(index=len(blocks), text=line, blank_before=blank and bool(blocks)))
        blank = False
    return Page(blocks=tuple(blocks), hints=Hints(), is_html=False)
