"""What a page's markup marks a block as, read the same way by every rule that asks."""

from __future__ import annotations

from ..blocks import Block, Page
from ..cues.markup import F_BYLINE

__all__ = ["CREDIT_MARKS", "CREDIT_MARK_LEVELS", "credit_marked", "credit_named"]

# A block is named as a credit by its own element's class or id, or its two nearest wrappers':
# a credit's wrappers are shallow ("byline > author > a"); a far one names a whole area.
CREDIT_MARK_LEVELS = 3
# Attributes that mark an element as the author's name, whatever its class says.
CREDIT_MARKS = ("itemprop:author", "rel:author")


def credit_named(page: Page, block: Block, levels: int = CREDIT_MARK_LEVELS) -> bool:
    """The block's element or one of its ``levels - 1`` nearest wrappers is named like a credit
    ("byline", "author")."""
    return bool(page.near_flags(block, levels) & F_BYLINE)


def credit_marked(page: Page, block: Block, levels: int = CREDIT_MARK_LEVELS) -> bool:
    """The page marks the block as a credit: named like one (see :func:`credit_named`), or
    ``itemprop=author`` / ``rel=author``."""
    return credit_named(page, block, levels) or any(mark in block.marks for mark in CREDIT_MARKS)
