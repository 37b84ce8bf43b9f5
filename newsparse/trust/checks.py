"""Warnings about what was parsed: things a careful reader of the result should know."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import RelatedLink
from ..cues.text import same_text
from ..diagnostics import TEASER_REPEATS_DEK, TEASER_REPEATS_HEADLINE, PageWarning

__all__ = ["consistency_warnings"]


def consistency_warnings(
    headline: str | None, subheading: str | None, related: Sequence[RelatedLink]
) -> tuple[PageWarning, ...]:
    """Say when a related teaser repeats the page's own dek or headline (a page stitched from two
    stories); whether header and body tell one story is :mod:`newsparse.coherence`'s to say."""
    out: list[PageWarning] = []
    if subheading and any(same_text(link.text, subheading) for link in related):
        out.append(PageWarning(TEASER_REPEATS_DEK, "a related teaser repeats the subheading"))
    if headline and any(same_text(link.text, headline) for link in related):
        out.append(PageWarning(TEASER_REPEATS_HEADLINE, "a related teaser repeats the headline"))
    return tuple(out)
