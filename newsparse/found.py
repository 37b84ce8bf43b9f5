"""What the segment rules have found on a page: handed to each rule in turn, then to the trust
estimates.

Every segment rule returns a :class:`Taken`, its value and the blocks of the page it took for it;
the orchestrator (:mod:`newsparse.assemble`) keeps them in a :class:`Found`, one field per step of
its plan, and hands the :class:`Found` so far to the next rule. A fact one rule needs from another
(where the story starts, which lines the credit took) is read here, never by importing the other
rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .article import BodyBlock, Byline, Copyright, RelatedLink
from .diagnostics import PageWarning

__all__ = ["Body", "Dates", "Found", "PageFacts", "Story", "Taken"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Taken(Generic[T]):
    """What one rule found: its value, and the indices of the blocks it took for it, in order."""

    value: T
    blocks: tuple[int, ...] = ()

    @property
    def first(self) -> int | None:
        """The first block taken, ``None`` when none was."""
        return self.blocks[0] if self.blocks else None


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a page says about itself beside the story: its own address, the base its links
    resolve against, the URLs it gave that were ignored, and the page metadata fields of an
    :class:`~newsparse.article.Article`."""

    page_url: str | None = None
    base: str | None = None
    warnings: tuple[PageWarning, ...] = ()
    site_name: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    canonical_url: str | None = None
    # How the page writes all-numeric dates (day first or not, None: unknown), from its declared
    # language, else the language its text reads as; not an Article field.
    day_first: bool | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """The story's extent as the body rule first found it: where its main container starts (lead
    paragraphs set apart from it come before), and what the rule learnt of the page on the way
    (whether it took the story or the main area, what the main area is made of, how much of the
    body is legal notices), which the trust estimates read as evidence."""

    start: int = 0
    evidence: Mapping[str, float] = field(default_factory=dict)
    # The blocks the story held as its container prints them, before the sections that carry it on
    # were added and a passage printed twice was read once (empty when neither changed it): what
    # kind of page this is shows in its container as printed, not in how a reader reads the story.
    core: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Body:
    """The body: its paragraphs, and the same story as typed blocks."""

    paragraphs: tuple[str, ...] = ()
    structure: tuple[BodyBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class Dates:
    """When the article is from: the date printed with its credit (``byline.published``, a day or a
    moment as printed) and the page-level dates of an :class:`~newsparse.article.Article`."""

    printed: dt.date | dt.datetime | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    published_time: dt.datetime | None = None
    modified_time: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """What the rules found so far, one field per step of the plan (see :mod:`newsparse.assemble`).

    ``story`` is the body rule's first answer: the blocks the story may take (its value says where
    the story's main container starts, and what the rule learnt of the page); ``body`` is its
    last: the story without what the header and the teasers took.
    """

    url: str | None = None
    meta: Taken[PageFacts] = field(default_factory=lambda: Taken(PageFacts()))
    headline: Taken[str | None] = field(default_factory=lambda: Taken(None))
    story: Taken[Story] = field(default_factory=lambda: Taken(Story()))
    copyright: Taken[Copyright | None] = field(default_factory=lambda: Taken(None))
    byline: Taken[Byline | None] = field(default_factory=lambda: Taken(None))
    subheading: Taken[str | None] = field(default_factory=lambda: Taken(None))
    related: Taken[tuple[RelatedLink, ...]] = field(default_factory=lambda: Taken(()))
    body: Taken[Body] = field(default_factory=lambda: Taken(Body()))
    dates: Taken[Dates] = field(default_factory=lambda: Taken(Dates()))

    @property
    def header_end(self) -> int:
        """The first block after the story's header: the headline and the credit and dek lines
        under it (0 when the page has none of them)."""
        head = self.headline.first
        ends = [0 if head is None else head + 1]
        ends += [i + 1 for i in self.byline.blocks]
        ends += [i + 1 for i in self.subheading.blocks]
        return max(ends)
