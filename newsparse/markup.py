"""Class and id words that web pages use for each part of a news page: the one place they live.

A page's class names are a hint, never proof: rules weigh them with text shape,
link density and position.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = [
    "BYLINE",
    "CAPTION",
    "COMMENTS",
    "CONTENT",
    "DEK",
    "FOOTER",
    "F_BYLINE",
    "F_CAPTION",
    "F_COMMENTS",
    "F_CONTENT",
    "F_DEK",
    "F_FOOTER",
    "F_NAVIGATION",
    "F_NOT_CONTENT",
    "F_RELATED",
    "F_TITLE",
    "NAVIGATION",
    "NOT_CONTENT",
    "RELATED",
    "TITLE",
    "classify",
    "joined",
    "matches",
]

# Containers of the story text.
CONTENT = regex.compile(
    r"article|story|entry|post-?(?:body|content|text)|body-?text|content-?body|main-?content|rich-?text|prose"
    r"|artikel|inhalt|texto|cuerpo|corpo|tresc|text-?body|field-?body|itemprop-articlebody|paragraph|articlebody",
    regex.IGNORECASE,
)
# Page areas that are never the story: their paragraphs are boilerplate even when long.
NOT_CONTENT = regex.compile(
    r"comment(?!ar)|disqus|footer|sidebar|side-?bar|\baside|related|recommend|promo|teaser|widget|share|sharing|social"
    r"|\bnav|navbar|navigation|menu|breadcrumb|newsletter|subscri|signup|sign-up|advert|\bads?\b|\bad-|-ad\b|sponsor"
    r"|outbrain|taboola|zergnet|popular|trending|most-?read|more-?stories|author-?bio|about-?the-?author"
    r"|bio-?box|caption|credit|masthead|banner|cookie|consent|modal|popup|overlay|login|paywall|pagination|pager"
    r"|toolbar|rating|poll|gallery|slideshow|carousel|jump-?link|skip-?link|print-?only|tags\b|tag-?list|keywords"
    r"|topics|byline|dateline|timestamp|meta-?data|post-?meta|article-?meta|entry-?meta|subscribe|donate|cta\b",
    regex.IGNORECASE,
)
# The author credit.
BYLINE = regex.compile(
    r"byline|by-line|author|autor|auteur|writer|credit|contributor|reporter|journalist|firma|signature|posted-?by"
    r"|article-?source|verfasser|redaktor",
    regex.IGNORECASE,
)
# The dek / standfirst under the headline.
DEK = regex.compile(
    r"\bdek\b|deck|standfirst|stand-?first|sub-?title|sub-?head(?:line|ing)?|subheader|summary|\blead\b|lede"
    r"|\bintro|excerpt|perex|chapo|chapeau|strapline|teaser-?text|article-?description|description|abstract"
    r"|anriss|vorspann|bajada|entradilla|sottotitolo|occhiello|lead-?text|header-?text|bigtext|lid\b|zajawka",
    regex.IGNORECASE,
)
# Lists of other articles.
RELATED = regex.compile(
    r"related|recommend|more-?(?:from|on|in|stories|news|articles|like)|read-?(?:next|more|also)|most-?(?:read|popular|viewed|shared)"
    r"|popular|trending|also-?like|you-?may|up-?next|further-?reading|see-?also|latest|editors?-?pick|top-?stories"
    r"|similar|suggest|next-?article|teaser|promo|card|headlines|rail|river|stream|feed|verwandt|weitere|lesen-?sie"
    r"|meistgelesen|relacionad|liees|lire-?aussi|polecane|zobacz|czytaj|souvisej",
    regex.IGNORECASE,
)
# Site navigation, whose links are not related articles.
NAVIGATION = regex.compile(
    r"\bnav|navbar|navigation|menu|breadcrumb|masthead|site-?header|global-?header|mega|dropdown|logo|brand"
    r"|flyout|drawer|hamburger|skip|pagination|pager|tabs?-?nav|footer-?(?:links|nav|menu)|sitemap",
    regex.IGNORECASE,
)
# The page footer, home of the copyright notice.
FOOTER = regex.compile(r"footer|foot\b|colophon|copyright|legal|site-?info|bottom", regex.IGNORECASE)
# Captions and media credits, inside the story container but not story text.
CAPTION = regex.compile(
    r"caption|photo-?credit|image-?credit|figcaption|image-?(?:desc|info|text)|photo-?(?:desc|info|text)|media-?(?:caption|credit)"
    r"|wp-caption|bildunterschrift|legende|légende|leyenda|didascalia|podpis",
    regex.IGNORECASE,
)
# Reader comments: never the story, however much prose they hold. ("Commentary" and German
# "Kommentar" name opinion pieces, which are stories.)
COMMENTS = regex.compile(
    r"comment(?!ar)|disqus|\brespond\b|commentaire|comentario|komentarz",
    regex.IGNORECASE,
)
# Title elements.
TITLE = regex.compile(r"headline|title|heading|entry-title|article-title|story-title", regex.IGNORECASE)


def joined(tokens: Iterable[str]) -> str:
    """The tokens as one string, for searching with the patterns above."""
    return " ".join(tokens)


def matches(pattern: regex.Pattern[str], tokens: Iterable[str]) -> bool:
    """Some token of an element matches the pattern."""
    return pattern.search(" ".join(tokens)) is not None


# Bit flags for the patterns above, so each distinct class string is matched once per page.
F_CONTENT = 1
F_NOT_CONTENT = 2
F_BYLINE = 4
F_DEK = 8
F_RELATED = 16
F_NAVIGATION = 32
F_FOOTER = 64
F_CAPTION = 128
F_TITLE = 256
F_COMMENTS = 512
_FLAGGED: tuple[tuple[int, regex.Pattern[str]], ...] = (
    (F_CONTENT, CONTENT),
    (F_NOT_CONTENT, NOT_CONTENT),
    (F_BYLINE, BYLINE),
    (F_DEK, DEK),
    (F_RELATED, RELATED),
    (F_NAVIGATION, NAVIGATION),
    (F_FOOTER, FOOTER),
    (F_CAPTION, CAPTION),
    (F_TITLE, TITLE),
    (F_COMMENTS, COMMENTS),
)


def classify(names: str) -> int:
    """The flags of every pattern that matches an element's class/id string."""
    flags = 0
    for flag, pattern in _FLAGGED:
        if pattern.search(names):
            flags |= flag
    return flags
