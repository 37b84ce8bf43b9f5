"""Say what to trust: the page type, the coherence of header and body, the confidence in the body.

:func:`assess` is the one call the orchestrator makes once the segments are found. Its
estimates come from small models whose weights ship in ``trust_weights.py``; they read
only the page already in block form and the segments found, so they cost little per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import PAGE_TYPES
from ..blocks import Page
from ..cues.text import word_count
from ..diagnostics import HEADLINE_BODY_MISMATCH, NOT_AN_ARTICLE, PageWarning
from ..found import Found
from .checks import consistency_warnings
from .coherence import MISMATCH_BELOW, coherence_features, coherence_of
from .confidence import confidence_features, confidence_of, judged_features
from .linear import Linear
from .pagetype import classify_page, page_type_features
from .weights import WEIGHTS

__all__ = ["Trust", "assess"]


@dataclass(frozen=True, slots=True)
class Trust:
    """What a caller may trust about a parse, and the warnings that say where not to."""

    page_type: str = "article"
    coherence: float | None = None
    confidence: float | None = None
    warnings: tuple[PageWarning, ...] = ()


def _model(name: str) -> Linear | None:
    spec = WEIGHTS.get(name)
    return Linear(spec) if spec else None


# Built once from the shipped weights; read only.
_PAGE_TYPE = _model("page_type")
_COHERENCE = _model("coherence")
_CONFIDENCE = _model("confidence")
_ARTICLE_ONLY = tuple(float(kind == "article") for kind in PAGE_TYPES)
# A page of fewer visible blocks has no menu, footer or teasers to weigh: a fragment or a bare
# story, which is read as what newsparse is for, an article.
MIN_BLOCKS_TO_JUDGE = 8


def assess(page: Page, found: Found) -> Trust:
    """The page type, coherence and confidence of a parse, and the warnings they call for."""
    # Page type and confidence both weigh the body's length: its paragraphs are counted once.
    # Most paragraphs are one block's text, whose words the walk counted.
    counted = {page.blocks[i].text: page.blocks[i].word_count for i in found.body.blocks}
    words = {p: counted[p] if p in counted else word_count(p) for p in found.body.value.paragraphs}
    if page.is_html and len(page.blocks) >= MIN_BLOCKS_TO_JUDGE:
        page_type, probs = classify_page(_PAGE_TYPE, page_type_features(page, found, words))
    else:
        # A text dump keeps none of the markup that tells page types apart.
        page_type, probs = "article", _ARTICLE_ONLY
    headline, subheading, body = found.headline.value, found.subheading.value, found.body.value.paragraphs
    coherence = coherence_of(_COHERENCE, coherence_features(headline, subheading, body))
    confidence = None
    if page.is_html:
        # Fitted to HTML pages, whose markup says where the body sits; a dump's is not estimated.
        features = confidence_features(page, found, words)
        features.update(judged_features(probs, coherence))
        confidence = confidence_of(_CONFIDENCE, features, bool(body))

    notes = list(consistency_warnings(headline, subheading, found.related.value))
    if coherence is not None and coherence < MISMATCH_BELOW:
        notes.insert(
            0,
            PageWarning(
                HEADLINE_BODY_MISMATCH,
                f"headline and body look like different stories (coherence {coherence:.2f} < {MISMATCH_BELOW})",
            ),
        )
    if page_type != "article":
        notes.append(PageWarning(NOT_AN_ARTICLE, f"the page looks like a {page_type} page, not an article"))
    return Trust(page_type=page_type, coherence=coherence, confidence=confidence, warnings=tuple(notes))
