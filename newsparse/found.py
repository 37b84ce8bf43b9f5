"""What the segment rules found on a page: the input the trust estimates weigh."""

from __future__ import annotations

from dataclasses import dataclass

from .article import Byline, RelatedLink

__all__ = ["Found"]


@dataclass(frozen=True, slots=True)
class Found:
    """The segments found on a page, and where the body came from (block indices, HTML only)."""

    headline: str | None = None
    subheading: str | None = None
    body: tuple[str, ...] = ()
    byline: Byline | None = None
    related: tuple[RelatedLink, ...] = ()
    url: str | None = None
    body_indices: tuple[int, ...] = ()
