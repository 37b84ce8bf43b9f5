"""How right the body is likely to be: ``Article.confidence``.

A body is likely right when the page is an article, the body is long prose in the page's
content container, holds most of the page's prose and little link text, and tells the
story the headline announces. A small logistic model (``trust_weights.py``, fitted by
``benchmarks/train_trust.py`` to the body F1 of pages with gold bodies) weighs these facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..article import PAGE_TYPES
from ..blocks import Page
from ..cues.markup import F_CONTENT, F_NOT_CONTENT
from ..cues.text import ends_sentence, word_count
from ..found import Found
from .linear import Linear, damped, logistic

__all__ = ["confidence_features", "confidence_of", "judged_features"]

# A block of this many words outside the body is prose the body may have missed.
PROSE_WORDS = 30
# An author's name this long, in the body's first paragraph, names them (initials do not).
BIO_NAME_MIN_CHARS = 5
# What the body rule learnt that tells a right body from a wrong one: a body of legal notices, a
# body that is a small part of the page's main area, a main area taken for a story.
_BODY_EVIDENCE = ("body_legal_share", "body_of_area", "body_area_taken", "body_rule")
# What the main area is made of: a story that holds little of an area of links, cards or short
# lines is likely a fraction of what the page offers (or the wrong part of it).
_AREA_EVIDENCE = (
    "body_story_share",
    "body_story_in_region",
    "body_region_page_share",
    "body_region_link_share",
    "body_region_prose_share",
    "body_region_short_share",
    "body_region_cards",
    "body_region_left",
)


def judged_features(type_probs: Sequence[float], coherence: float | None) -> dict[str, float]:
    """What the other estimates say of the page, as the confidence model weighs it."""
    out = {f"type_{kind}": p for kind, p in zip(PAGE_TYPES, type_probs, strict=True)}
    out["coherence"] = coherence if coherence is not None else 0.5
    out["coherence_known"] = float(coherence is not None)
    return out


def confidence_features(page: Page, found: Found, known_words: Mapping[str, int] | None = None) -> dict[str, float]:
    """The facts about the body found, as numbers, that the confidence model weighs
    (with :func:`judged_features`). ``known_words`` holds the word counts of texts already
    counted (the body's paragraphs), so they are not counted again."""
    out: dict[str, float] = {}
    body = found.body.value.paragraphs
    known = known_words or {}
    words = [known.get(p) or word_count(p) for p in body]
    n_words = sum(words)
    out["body_words"] = damped(n_words / 20)
    out["body_paragraphs"] = damped(len(body))
    ended = [ends_sentence(p) for p in body]
    out["body_sentences"] = sum(ended) / len(body) if body else 0.0
    out["long_paragraphs"] = sum(1 for w in words if w >= PROSE_WORDS) / len(body) if body else 0.0
    # By words as well as by paragraphs: a table's cells or a list's items in a story make many
    # short paragraphs without a sentence's end, and leave most of its words in sentences.
    out["sentence_words"] = sum(w for e, w in zip(ended, words, strict=True) if e) / n_words if n_words else 0.0
    out["headline"] = float(bool(found.headline.value))
    # The story as the body rule first found it, its credit and dek lines included.
    indices = found.story.blocks
    blocks = page.blocks
    inside = set(indices)
    prose_out = prose_in = 0
    link = chars = 0.0
    content = not_content = 0
    for i, b in enumerate(blocks):
        if i in inside:
            n = len(b.text)
            chars += n
            link += n * b.link_density
            content += bool(b.flags & F_CONTENT)
            not_content += bool(b.flags & F_NOT_CONTENT)
        # The story's prose blocks are the body's paragraphs, most of them: counted once.
        if (
            b.link_density < 0.3
            and len(b.text) >= 4 * PROSE_WORDS
            and (known.get(b.text) or b.word_count) >= PROSE_WORDS
        ):
            if i in inside:
                prose_in += 1
            else:
                prose_out += 1
    out["prose_outside"] = damped(prose_out)
    out["prose_share"] = prose_in / (prose_in + prose_out) if prose_in + prose_out else 0.0
    out["body_link_share"] = link / chars if chars else 0.0
    out["in_content"] = content / len(indices) if indices else 0.0
    out["in_not_content"] = not_content / len(indices) if indices else 0.0
    out["spread"] = len(indices) / (indices[-1] - indices[0] + 1) if indices else 0.0
    evidence = found.story.value.evidence
    for name in (*_BODY_EVIDENCE, *_AREA_EVIDENCE):
        out[name] = evidence.get(name, 0.0)
    # A body that opens with its author's name opens with a bio (review sites print one first).
    credit = found.byline.value
    names = [n.casefold() for n in (credit.authors if credit else ()) if len(n) >= BIO_NAME_MIN_CHARS]
    first = body[0].casefold() if body else ""
    out["opens_with_author"] = float(any(n in first for n in names))
    return out


def confidence_of(model: Linear | None, features: Mapping[str, float], has_body: bool) -> float | None:
    """The expected body F1, 0 to 1, rounded to three places (0.0 when no body was found)."""
    if model is None:
        return None
    if not has_body:
        return 0.0
    return round(logistic(model.scores(features)[0]), 3)
