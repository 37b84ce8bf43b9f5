"""Scoring exactly as ../shared/SEGMENTS.md and ../shared/ANCHORS.md define it.

Every benchmark and quality-floor test imports from here, so a score means the
same thing everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

_WS = regex.compile(r"\s+")
# A \w run, except that each CJK character (Han, Hiragana, Katakana, Hangul) is a token of its own.
_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_BYLINE_PREFIX = regex.compile(r"^(?:by|par|von|por|di)\b[\s:]*", regex.IGNORECASE)


def norm(s: str | None) -> str:
    """Unicode NFKC, whitespace folded to one space, stripped, casefolded."""
    if not s:
        return ""
    return _WS.sub(" ", unicodedata.normalize("NFKC", s)).strip().casefold()


def norm_byline(s: str | None) -> str:
    """:func:`norm`, then a leading by/par/von/por/di dropped."""
    return _BYLINE_PREFIX.sub("", norm(s)).strip()


def tokens(s: str | None) -> list[str]:
    return _TOKEN.findall(norm(s))


def exact(pred: str | None, gold: str | None) -> bool:
    return norm(pred) == norm(gold)


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf_counts(tp: float, n_pred: float, n_gold: float) -> PRF:
    """Precision, recall and F1 from counts; empty against empty is a perfect score."""
    if n_pred == 0 and n_gold == 0:
        return PRF(1.0, 1.0, 1.0)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f)


def token_prf(pred: str | None, gold: str | None) -> PRF:
    """Bag-of-words (multiset) precision/recall/F1 over :func:`tokens`."""
    a, b = Counter(tokens(pred)), Counter(tokens(gold))
    tp = sum((a & b).values())
    return prf_counts(tp, sum(a.values()), sum(b.values()))


def set_prf(pred: Iterable[str], gold: Iterable[str]) -> PRF:
    """Set precision/recall/F1 over normalized strings (authors, teaser texts, URLs)."""
    a = {norm(x) for x in pred if norm(x)}
    b = {norm(x) for x in gold if norm(x)}
    return prf_counts(len(a & b), len(a), len(b))


def url_key(url: str) -> str:
    """A URL compared as the annotations do: exact string, surrounding space removed."""
    return url.strip()


def mean(xs: Iterable[float]) -> float:
    values = list(xs)
    return sum(values) / len(values) if values else 0.0


def snippet_in(snippet: str, text: str) -> bool:
    """A trafilatura-eval snippet is found when it is a whitespace-normalized substring."""
    return _WS.sub(" ", snippet).strip() in _WS.sub(" ", text)


# --- wcxb-dev, exactly as ../shared/corpora/wcxb-dev/README.md scores it ----------------------

_WCXB_TOKEN = re.compile(r"\w+")
_WCXB_HONORIFICS = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "by"})


def wcxb_body_f1(pred: str | None, gold: str | None) -> PRF:
    """Bag-of-words P/R/F1 over Python ``re`` ``\\w+`` tokens after casefolding (no CJK split)."""
    a = Counter(_WCXB_TOKEN.findall((pred or "").casefold()))
    b = Counter(_WCXB_TOKEN.findall((gold or "").casefold()))
    if not a and not b:
        return PRF(1.0, 1.0, 1.0)
    if not a or not b:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((a & b).values())
    return prf_counts(overlap, sum(a.values()), sum(b.values()))


def wcxb_norm_text(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip().casefold()


# Typographic quotes, primes and dashes as their ASCII forms (NFKC keeps them): the wcxb-dev gold
# often types straight quotes where the page prints curly ones ("Trump's" for "Trump’s").
_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)


# A dash typed as two hyphens ("Problems--Simple") is the same dash.
_DASHES = re.compile(r"-{2,}")


def wcxb_norm_headline(s: str | None) -> str:
    """:func:`wcxb_norm_text` with typographic quotes and dashes folded to ASCII (a run of hyphens
    to one)."""
    return _DASHES.sub("-", wcxb_norm_text(s).translate(_TYPOGRAPHY))


def wcxb_norm_name(s: str) -> str:
    toks = _WCXB_TOKEN.findall(unicodedata.normalize("NFKC", s).casefold())
    while toks and toks[0] in _WCXB_HONORIFICS:
        toks = toks[1:]
    return " ".join(toks)


def wcxb_authors_f1(pred: Iterable[str], gold: Iterable[str]) -> float:
    p = {wcxb_norm_name(a) for a in pred} - {""}
    g = {wcxb_norm_name(a) for a in gold} - {""}
    if not p and not g:
        return 1.0
    return 2 * len(p & g) / (len(p) + len(g)) if p and g else 0.0
