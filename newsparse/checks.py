"""Warnings about what was parsed: things a careful reader of the result should know."""

from __future__ import annotations

from collections.abc import Sequence

from .article import RelatedLink
from .diagnostics import HEADLINE_BODY_MISMATCH, TEASER_REPEATS_DEK, TEASER_REPEATS_HEADLINE, PageWarning
from .text import same_text, words

__all__ = ["consistency_warnings"]

# Headline words this long carry the topic; shorter ones are function words in most languages.
TOPIC_WORD_MIN_CHARS = 4
# A story's body repeats most of its headline's topic words; below this share it is another story.
MIN_TOPIC_OVERLAP = 0.25
# Too few topic words make the overlap meaningless.
MIN_TOPIC_WORDS = 4


def _topic_words(text: str) -> set[str]:
    return {w.casefold() for w in words(text) if len(w) >= TOPIC_WORD_MIN_CHARS}


def consistency_warnings(
    headline: str | None, subheading: str | None, body: Sequence[str], related: Sequence[RelatedLink]
) -> tuple[PageWarning, ...]:
    """Say when the header and the body tell different stories, or a teaser repeats the dek."""
    out: list[PageWarning] = []
    if headline and body:
        topic = _topic_words(headline + " " + (subheading or ""))
        body_words = _topic_words(" ".join(body)[:20000])
        if len(topic) >= MIN_TOPIC_WORDS:
            overlap = len(topic & body_words) / len(topic)
            if overlap < MIN_TOPIC_OVERLAP:
                out.append(
                    PageWarning(
                        HEADLINE_BODY_MISMATCH,
                        f"headline and body look like different stories: only {overlap:.0%} of the "
                        "headline's topic words occur in the body",
                    )
                )
    if subheading and any(same_text(link.text, subheading) for link in related):
        out.append(PageWarning(TEASER_REPEATS_DEK, "a related teaser repeats the subheading"))
    if headline and any(same_text(link.text, headline) for link in related):
        out.append(PageWarning(TEASER_REPEATS_HEADLINE, "a related teaser repeats the headline"))
    return tuple(out)
