"""Small, language-aware facts about a piece of text that several segment rules share."""

from __future__ import annotations

import re
import unicodedata

import regex

__all__ = [
    "closes_sentence",
    "comparable",
    "displayable",
    "ends_sentence",
    "ends_with_full_stop",
    "fold_whitespace",
    "is_name_run",
    "same_text",
    "sentence_count",
    "similarity",
    "weighted_length",
    "word_count",
    "words",
]

# No pattern of newsparse runs under a time limit: a limit that fires depends on how busy the
# machine is, and so would the output. Each pattern is linear in what it reads, and what it
# reads is bounded where a rule needs only part of a text (these windows, the date search's
# MAX_SCAN_CHARS, the length caps the segment rules check before matching).
# Only the start of a very long block matters to the shape tests below; keeps them O(1) per block.
_SHAPE_WINDOW = 4000
# What word_count reads of a text (the compiled walk counts an ASCII block's words alike).
WORD_COUNT_WINDOW = _SHAPE_WINDOW
# CJK characters are counted in a text's start only: enough to weigh any block that is not body text.
_CJK_COUNT_WINDOW = 2000

_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# The Unicode blocks where those scripts' characters lie, and some room around them: a text with
# no character here has none of them. The standard library's engine tests a set of ranges twice
# as fast as regex tests script properties, and most non-ASCII text (accents, curly quotes,
# dashes) has none; tests/test_speed.py checks every code point _CJK matches is in these ranges.
_MAYBE_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef"
    "\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff\U0001f200-\U0001f2ff\U00020000-\U0003ffff]"
)
# The same tokens as _WORD where it is cheaper to find them: on ASCII text (no CJK there) the
# \w+ runs are what is left when every other character becomes a space, found by str.translate
# and str.split without a match object per word; regex's plain \w on text without CJK characters.
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_NON_WORD_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if chr(c) not in _ASCII_WORD_CHARS})
_PLAIN_WORD = regex.compile(r"\w+")
# Sentence end: terminal punctuation, optionally closed by quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…。！？]+[\"'”’»)\]]*$")
# A full stop after an initial ("L. L. Bean") or a common abbreviation ("Dept.") ends no sentence.
_NOT_A_STOP = (
    r"(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Dept|Gov|Sen|Rep|Gen|Col|Lt|Sgt|No|Nr|vs|etc|Inc|Co|Corp|Ltd"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|bzw|ca|z\.B|Dr|Hr|Fr|Nr|S|p))"
)
_SENTENCE_BREAK = regex.compile(_NOT_A_STOP + r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?\p{Lu})|[。！？]")
# A line ending in a full stop that is no initial's or abbreviation's ("... Underneath N.Y.C.").
_FULL_STOP_END = regex.compile(_NOT_A_STOP + r"\.[\"'”’»)\]]*$")
_STOP_END = regex.compile(r"(?<![.!?…])\.[\"'”’»)\]]*$")


# What output text never carries: C0 controls but tab and newline, DEL, C1 controls (a terminal
# runs ESC and CSI sequences), bidi embeddings, overrides and isolates (they make text display in
# another order than it reads), and lone surrogates (no encoding can write them).
_UNDISPLAYABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def displayable(s: str) -> tuple[str, int, int]:
    """``s`` safe to print and to encode: returns it with control characters and bidi overrides
    removed and lone surrogates replaced by U+FFFD, and how many of each were there."""
    if _UNDISPLAYABLE.search(s) is None:
        return s, 0, 0
    surrogates = len(_SURROGATE.findall(s))
    if surrogates:
        s = _SURROGATE.sub("\ufffd", s)
    cleaned = _UNDISPLAYABLE.sub("", s)
    return cleaned, len(s) - len(cleaned), surrogates


def fold_whitespace(s: str) -> str:
    """All runs of whitespace (no-break spaces included) become one space; ends stripped."""
    return " ".join(s.split())


def weighted_length(text: str) -> int:
    """Length in characters, CJK characters counting triple: no threshold starves those scripts."""
    if text.isascii():
        return len(text)
    head = text[:_CJK_COUNT_WINDOW]
    if _MAYBE_CJK.search(head) is None:
        return len(text)
    return len(text) + 2 * len(_CJK.findall(head))


def words(s: str) -> list[str]:
    """Word tokens; each CJK character counts as one (those scripts put no spaces between words)."""
    head = s[:_SHAPE_WINDOW]
    if head.isascii():
        return head.translate(_ASCII_NON_WORD_TO_SPACE).split()
    if _MAYBE_CJK.search(head) is None or _CJK.search(head) is None:
        return _PLAIN_WORD.findall(head)
    return _WORD.findall(head)


def word_count(s: str) -> int:
    """Words in ``s``; CJK text counts two characters as a word, close to its information content."""
    head = s[:_SHAPE_WINDOW]
    if head.isascii():
        return len(head.translate(_ASCII_NON_WORD_TO_SPACE).split())
    cjk = len(_CJK.findall(head)) if _MAYBE_CJK.search(head) is not None else 0
    if cjk:
        return len(_WORD.findall(head)) - cjk + (cjk + 1) // 2
    return len(_PLAIN_WORD.findall(head))


def ends_sentence(s: str) -> bool:
    """The text ends with sentence punctuation (a headline or a label usually does not)."""
    return _SENTENCE_END.search(s[-40:]) is not None


def ends_with_full_stop(s: str) -> bool:
    """The text ends with a full stop that ends a sentence, not an initial or an abbreviation."""
    return _FULL_STOP_END.search(s[-40:]) is not None


def closes_sentence(s: str) -> bool:
    """Like :func:`ends_sentence`, but a full stop after an initial or an abbreviation ("N.Y.C.",
    "Inc.") ends no sentence: a headline may end with one."""
    tail = s[-40:]
    if _STOP_END.search(tail) is not None:
        return _FULL_STOP_END.search(tail) is not None
    return _SENTENCE_END.search(tail) is not None


# A run of names (a mega-menu's entries, a tag cloud, a list of brands printed one after another)
# has this many words or more, this share of them capitalised or numbers, no sentence stop and no
# colon: prose, even in German, capitalises a third of its words and ends its sentences, and a
# line of facts ("Difficulty: Beginner Length: 5 miles") labels them.
NAME_RUN_MIN_WORDS = 8
NAME_RUN_CAPITAL_SHARE = 0.7
# A sentence that lists names separates them with commas ("in C#, Visual Basic, F#, C++ ..."); a
# menu prints them side by side, a comma at most every this many words.
NAME_RUN_WORDS_PER_COMMA = 6
# Only the start of a block is read for it: a menu's run shows itself in its first entries.
_NAME_RUN_WINDOW = 400
_NAME_RUN_STOP = regex.compile(r"[.!?…。！？:：]")
_NAME_RUN_WORD = regex.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def is_name_run(s: str) -> bool:
    """The text is names printed one after another ("Solidbody Guitars Hollowbody Guitars Baritone
    Guitars ..."), not a sentence: long, nearly every word capitalised, no sentence stop."""
    head = s[:_NAME_RUN_WINDOW]
    if _NAME_RUN_STOP.search(head) is not None:
        return False
    tokens = _NAME_RUN_WORD.findall(head)
    if len(tokens) < NAME_RUN_MIN_WORDS or head.count(",") * NAME_RUN_WORDS_PER_COMMA > len(tokens):
        return False
    named = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
    # Scripts without capitals (CJK, Arabic) have no names to tell this way.
    if not any(t[0].isupper() for t in tokens):
        return False
    return named >= NAME_RUN_CAPITAL_SHARE * len(tokens)


def sentence_count(s: str) -> int:
    """A cheap sentence count: breaks after terminal punctuation before a capital, plus one."""
    return 1 + len(_SENTENCE_BREAK.findall(s[:_SHAPE_WINDOW]))


def comparable(s: str | None) -> str:
    """The form used to compare two texts: NFKC, case-folded, punctuation and spacing removed."""
    if not s:
        return ""
    return " ".join(words(unicodedata.normalize("NFKC", s).casefold()))


def same_text(a: str | None, b: str | None) -> bool:
    """Two texts say the same words (ignoring case, punctuation and spacing)."""
    ca = comparable(a)
    return bool(ca) and ca == comparable(b)


def similarity(a: str | None, b: str | None) -> float:
    """Share of words two texts have in common (Dice coefficient over word sets), 0.0 to 1.0."""
    wa = set(comparable(a).split())
    wb = set(comparable(b).split())
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))
