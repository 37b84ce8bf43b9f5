"""Whether the body tells the story the headline and dek announce.

A story repeats its headline's topic words (names, places, the subject) in its text, most
of them in its first paragraphs; a body glued under another story's header shares only the
words any two texts share. The features below measure that overlap on word stems (the
first letters of a word, so "Returned" meets "returns" and "Bundesregierung" meets its
compound parts through character 4-grams), and a small logistic model
(``trust_weights.py``, trained by ``benchmarks/train_trust.py`` on pages and pages given
another page's headline) turns them into ``coherence``, the probability that header and body
belong together.
"""

from __future__ import annotations

import itertools
import math
import operator
import unicodedata
from collections import Counter
from collections.abc import Sequence

from ..cues.text import words
from .linear import Linear, logistic

__all__ = ["MISMATCH_BELOW", "coherence_features", "coherence_of"]

# Below this coherence the page gets the headline-body-mismatch warning. The model is fitted with
# as many swapped headers as real ones, so 0.5 would be its even bet; mismatches are rare in a
# crawl, and a warning must be sure: a page's own header falls this low about once in a hundred.
MISMATCH_BELOW = 0.1
# Words this long carry a topic; shorter ones are mostly function words in the languages of the web.
TOPIC_WORD_MIN_CHARS = 4
# Long function words that carry no topic, in the languages most pages are written in.
FUNCTION_WORDS = frozenset(
    "this that these those with from have has had will would could should what when where which while your "
    "their there they them then than into onto over under about after before more most such also just only "
    "been being were some many much very here like make made does done each every other another among "
    "über nach sich sind eine einer eines einem einen dass oder auch noch wird werden wurde wurden nicht "
    "sein seine ihre ihren diese dieser dieses mehr beim sowie unter zwischen gegen durch für aber wenn "
    "dans pour avec sont cette leur leurs mais plus tout tous comme elle elles nous vous être fait "
    "para como pero más esta este estos estas sobre entre desde hasta cuando donde tiene también "
    "sono della delle degli nella nelle questo questa anche come dopo prima "
    "para pelo pela mais como esta este sobre entre quando onde também "
    "voor door naar over maar niet zijn deze wordt werd".split()
)
# A stem is a word's first letters: enough to tell topics apart, few enough to meet its inflections.
STEM_CHARS = 5
# The body read for the judgement: a story's header is about its opening, and this bounds the cost.
BODY_WINDOW_CHARS = 12000
# The story's lead: where a headline's words come back first.
LEAD_WORDS = 80
# Too little text to judge: fewer headline topic words than this, or fewer body words.
MIN_TOPIC_WORDS = 2
MIN_BODY_WORDS = 40
# Text is tokenised in pieces this long (text.words reads at most 4,000 characters at once).
_TOKEN_WINDOW = 3500
# Character n-grams inside words, for compounds and scripts without spaces.
GRAM_CHARS = 4


def _tokens(text: str) -> list[str]:
    """Case-folded word tokens of ``text`` (each CJK character one), in order."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    # text.words reads a bounded window: walk the text in such windows, cut between words.
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + _TOKEN_WINDOW)
        if end < len(text):
            cut = max(text.rfind(" ", pos, end), text.rfind("\n", pos, end))
            end = cut if cut > pos else end
        out.extend(words(text[pos:end]))
        pos = end
    return out


# A word's stem, taken in C over a whole body.
_STEM = operator.itemgetter(slice(None, STEM_CHARS))
# Every CJK character is at or above this one: tokens with no character as high hold no CJK.
_CJK_FROM = "\u2e80"


def _is_cjk(token: str) -> bool:
    return len(token) == 1 and ord(token) >= 0x2E80


def _may_hold_cjk(tokens: Sequence[str]) -> bool:
    """False when no token can be CJK (one pass in C); True sends the tokens the plain way."""
    return max("".join(tokens), default="") >= _CJK_FROM


def _topic(tokens: Sequence[str]) -> list[str]:
    """The topic stems of a header: long non-function words, and CJK character pairs."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        if _is_cjk(t):
            if i + 1 < len(tokens) and _is_cjk(tokens[i + 1]):
                out.append(t + tokens[i + 1])
        elif (len(t) >= TOPIC_WORD_MIN_CHARS or (t.isdigit() and len(t) >= 2)) and t not in FUNCTION_WORDS:
            out.append(t[:STEM_CHARS])
    return list(dict.fromkeys(out))


def _stems(tokens: Sequence[str]) -> Counter[str]:
    if not _may_hold_cjk(tokens):
        return Counter(map(_STEM, tokens))
    return _stems_each(tokens)


def _stems_each(tokens: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    previous = ""
    for t in tokens:
        if _is_cjk(t):
            if previous:
                counts[previous + t] += 1
            previous = t
            continue
        previous = ""
        counts[t[:STEM_CHARS]] += 1
    return counts


def _grams(tokens: Sequence[str]) -> set[str]:
    """Character 4-grams inside words; CJK character pairs, which play that part in those scripts."""
    out: set[str] = set()
    for i, t in enumerate(tokens):
        if _is_cjk(t):
            if i + 1 < len(tokens) and _is_cjk(tokens[i + 1]):
                out.add(t + tokens[i + 1])
        elif len(t) >= GRAM_CHARS:
            out.update(t[i : i + GRAM_CHARS] for i in range(len(t) - GRAM_CHARS + 1))
    return out


def _grams_found(grams: set[str], tokens: Sequence[str]) -> int:
    """How many of ``grams`` are among ``_grams(tokens)``, without building that set (a body has
    thousands of grams, a headline a few dozen): a 4-gram is inside a word exactly when it is a
    substring of the long words joined by spaces, as no gram holds a space."""
    pairs: set[str] = set()
    if _may_hold_cjk(tokens):
        for t, u in itertools.pairwise(tokens):
            if _is_cjk(t) and _is_cjk(u):
                pairs.add(t + u)
    long_words = " ".join(t for t in tokens if len(t) >= GRAM_CHARS)
    return sum(1 for g in grams if (g in pairs if len(g) < GRAM_CHARS else g in long_words))


def _coverage(topic: Sequence[str], found: Counter[str] | set[str]) -> float:
    return sum(1 for t in topic if t in found) / len(topic) if topic else 0.0


def coherence_features(headline: str | None, subheading: str | None, body: Sequence[str]) -> dict[str, float] | None:
    """The overlap of header and body, as numbers; None when there is too little text to judge."""
    if not headline or not body:
        return None
    head_tokens = _tokens(headline)
    topic = _topic(head_tokens)
    text = ""
    for paragraph in body:
        text += paragraph + "\n"
        if len(text) >= BODY_WINDOW_CHARS:
            break
    body_tokens = _tokens(text[:BODY_WINDOW_CHARS])
    if len(topic) < MIN_TOPIC_WORDS or len(body_tokens) < MIN_BODY_WORDS:
        return None
    stems = _stems(body_tokens)
    lead = _stems(body_tokens[:LEAD_WORDS])
    head_grams = _grams([t for t in head_tokens if t not in FUNCTION_WORDS])
    dek_topic = _topic(_tokens(subheading)) if subheading else []
    n_body = len(body_tokens)
    # How often the headline's topic comes back, against what a text this long repeats any stem.
    hits = [stems[t] for t in topic]
    out = {
        "coverage": _coverage(topic, stems),
        "lead_coverage": _coverage(topic, lead),
        "gram_coverage": _grams_found(head_grams, body_tokens) / len(head_grams) if head_grams else 0.0,
        "repeats": math.log1p(1000 * sum(hits) / len(topic) / n_body),
        "top_share": sum(1 for h in hits if h >= 2) / len(topic),
        "topic_words": math.log(len(topic)),
        # A short title ("Vom Hafen aus gesehen") may leave its two words untold; a long one that
        # leaves six untold announces another story.
        "untold": (1 - _coverage(topic, stems)) * math.log(len(topic)),
        "body_words": math.log(n_body),
        "has_dek": float(bool(dek_topic)),
        "dek_coverage": _coverage(dek_topic, stems) if dek_topic else 0.0,
        "dek_untold": (1 - _coverage(dek_topic, stems)) * math.log(len(dek_topic)) if dek_topic else 0.0,
    }
    return out


def coherence_of(model: Linear | None, features: dict[str, float] | None) -> float | None:
    """The probability that header and body tell one story, rounded to three places."""
    if features is None or model is None:
        return None
    return round(logistic(model.scores(features)[0]), 3)
