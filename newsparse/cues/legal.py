"""legal: text that is a legal notice, not content (terms of sale, privacy and consent notices).

Legal notices speak a register of their own: terms, conditions, liability, consent, "shall",
"pursuant". A page's story or its product text uses these words now and then; a notice is made
of them. Shops and landing pages print long notices in their main area (terms of sale, offer
details, the consent line of a form), and a body rule that only counts prose would take them
for the page's text.
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_MIN_TERMS", "LEGAL_SHARE", "is_legal", "legal_terms"]

# The words of legal notices, in the languages of the corpora (case-folded).
LEGAL_WORDS = frozenset(
    """
    terms conditions agreement agreements policy policies privacy consent liability liable warranty warranties
    indemnify indemnification pursuant hereby herein hereunder thereof whereas shall jurisdiction arbitration
    license licence licensed licensor licensee trademark trademarks copyright disclaimer disclaims disclaim
    applicable prohibited void breach terminate termination eligible eligibility expire expires expiration
    restrictions cookies gdpr third-party
    datenschutz datenschutzerklärung einwilligung einverstanden nutzungsbedingungen agb haftung gemäß widerruf
    widerrufsrecht personenbezogene personenbezogenen
    consentement responsabilité conformément cgv cgu
    términos condiciones consentimiento responsabilidad privacidad
    """.split()
)
# A notice has this share of its words from the register, and at least this many of them: one
# "terms" in a paragraph of a story is no notice. (A story's paragraph about a privacy law reaches
# a few percent; terms of sale and consent lines a tenth and more.)
LEGAL_SHARE = 0.08
LEGAL_MIN_TERMS = 3
# How much of a text is read: a notice shows itself in its first few hundred words.
WINDOW_CHARS = 4000
_WORD = re.compile(r"[\w-]+")
# Parts of the register's most frequent words: a text with fewer than LEGAL_MIN_TERMS of them
# holds fewer legal words, and is not read word by word (most text on a page is not legal).
_STEMS = (
    "term",
    "condition",
    "polic",
    "privacy",
    "consent",
    "liab",
    "warrant",
    "shall",
    "agree",
    "licen",
    "cookie",
    "datenschutz",
    "haftung",
    "gemäß",
    "términos",
    "condiciones",
)


def legal_terms(text: str) -> tuple[int, int]:
    """How many words of the legal register the text's first ``WINDOW_CHARS`` characters hold,
    and how many words they hold."""
    words = _WORD.findall(text[:WINDOW_CHARS].casefold())
    return sum(1 for w in words if w in LEGAL_WORDS), len(words)


def is_legal(text: str) -> bool:
    """The text reads as a legal notice: terms, conditions, consent, liability."""
    head = text[:WINDOW_CHARS].lower()
    if sum(head.count(stem) for stem in _STEMS) < LEGAL_MIN_TERMS:
        return False
    terms, words = legal_terms(text)
    return terms >= LEGAL_MIN_TERMS and terms >= LEGAL_SHARE * words
