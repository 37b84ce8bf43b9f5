"""legal: text that is a legal notice, not content (terms of sale, privacy and consent notices).

Legal notices speak a register of their own: terms, conditions, liability, consent, "shall",
"pursuant". A page's story or its product text uses these words now and then; a notice is made
of them. Shops and landing pages print long notices in their main area (terms of sale, offer
details, the consent line of a form), and a body rule that only counts prose would take them
for the page's text.
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_MIN_TERMS", "LEGAL_SHARE", "is_legal", "is_legal_title", "legal_terms"]

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
# The title of a legal document, as the whole of a short heading ("Privacy policy", "Terms of
# service", "2. Refund Policy"): what follows it is that document, however plainly it is worded (a
# privacy policy speaks of "personal information" more than of "liability"). Shops print their
# policies in dialogs after the page's footer.
LEGAL_TITLE = re.compile(
    r"(?:\d+\.?\s*)?(?:our\s+|website\s+|site\s+)?(?:"
    r"(?:privacy|cookie|cookies|refund|return|returns|shipping|legal|data\s+protection)\s+(?:policy|notice|statement)"
    r"|terms\s+(?:of\s+(?:service|use|sale)|(?:and|&)\s+conditions)|conditions\s+of\s+(?:sale|use)"
    r"|datenschutzerkl(?:ä|ae)rung|datenschutz|nutzungsbedingungen|agb|allgemeine\s+gesch(?:ä|ae)ftsbedingungen"
    r"|politique\s+de\s+confidentialit(?:é|e)|mentions\s+l(?:é|e)gales|cgv|cgu"
    r"|pol(?:í|i)tica\s+de\s+privacidad|t(?:é|e)rminos\s+y\s+condiciones|aviso\s+legal"
    r")\s*:?",
    re.IGNORECASE,
)
# A document's title is a short heading: a longer line that opens with one is a sentence about it.
LEGAL_TITLE_MAX_CHARS = 60
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


def is_legal_title(text: str) -> bool:
    """The text is the title of a legal document: a privacy policy, terms of service, a refund policy."""
    return len(text) <= LEGAL_TITLE_MAX_CHARS and LEGAL_TITLE.fullmatch(text.strip()) is not None
