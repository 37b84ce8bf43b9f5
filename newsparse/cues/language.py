"""language: from the page's own declaration, else a cheap guess from script and common words."""

from __future__ import annotations

import regex

__all__ = ["SAMPLE_CHARS", "day_first_for", "guess_language", "normalize_language"]

# Enough text to tell languages apart by their function words, small enough to stay cheap.
SAMPLE_CHARS = 5000
# Below this many function-word hits a guess is noise; say nothing instead.
MIN_HITS = 5
# The commonest short function words of each language (distinctive ones; shared ones removed).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(ws.split())
    for lang, ws in {
        "en": "the and of to is that was for with his her they from have this which were been would",
        "de": "der die das und ist nicht ein eine sich mit auf dem den des auch wird wurde sind bei für",
        "fr": "le la les et est une des du pour dans sur pas qui que avec sont ont cette aux été",
        "es": "el los las del por para una con que es se más sus como pero fue está han",
        "it": "il della di che è per una sono con gli anche nel alla più delle questo",
        "pt": "o os da do das dos uma com para não que é em foi mais pelo pela ao",
        "nl": "de het een van en is dat op te zijn niet met voor ook werd worden naar",
        "pl": "i w się na nie z że do jest to jak po przez oraz był była są które",
        "cs": "a se na že je v do pro jako by byl jsou které také podle jeho než",
        "sv": "och att det som är en för på med av inte har den till var",
        "fi": "ja on ei se että oli hän mutta kun ovat myös sen tai joka",
        "ru": "и в не на что он с как это по но из его она к было",
    }.items()
}
_SCRIPTS: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), "ja"),
    (regex.compile(r"\p{Hangul}"), "ko"),
    (regex.compile(r"\p{Han}"), "zh"),
    (regex.compile(r"\p{Arabic}"), "ar"),
    (regex.compile(r"\p{Hebrew}"), "he"),
    (regex.compile(r"\p{Greek}"), "el"),
    (regex.compile(r"\p{Thai}"), "th"),
    (regex.compile(r"\p{Devanagari}"), "hi"),
)
_WORD = regex.compile(r"\p{L}+")
_TAG = regex.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")


def normalize_language(value: str | None) -> str | None:
    """A declared language as its primary subtag, lower-cased ("en-US" -> "en")."""
    if not value:
        return None
    match = _TAG.match(value.strip())
    return match.group(1).lower() if match else None


def guess_language(text: str) -> str | None:
    """Guess a language from a sample of running text; ``None`` when there is too little to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_WORD.findall(sample))
    if not letters:
        return None
    for pattern, lang in _SCRIPTS:
        # Kana before Han: Japanese writes with both, Chinese with Han alone.
        if len(pattern.findall(sample)) >= 20:
            return lang
    tokens = [w.casefold() for w in _WORD.findall(sample)]
    scores = {lang: sum(1 for t in tokens if t in words) for lang, words in _FUNCTION_WORDS.items()}
    lang, hits = max(scores.items(), key=lambda kv: kv[1])
    return lang if hits >= MIN_HITS else None


def day_first_for(language: str | None) -> bool | None:
    """How a page in this language prints all-numeric dates: US English month first, the rest
    of the world day first; unknown language: guess per date."""
    lang = normalize_language(language)
    if lang is None:
        return None
    return lang != "en"
