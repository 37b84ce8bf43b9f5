"""Class and id words that web pages use for each part of a news page: the one place they live.

A page's class names are a hint, never proof: rules weigh them with text shape,
link density and position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import regex

from .memo import bounded_memo

__all__ = [
    "ADS",
    "BIO_BOX",
    "BREAKPOINT_DISPLAY",
    "BUILDER_WORD",
    "BYLINE",
    "CAPTION",
    "CHROME",
    "CLASS_MAX_CHARS",
    "CODE",
    "COMMENTS",
    "CONTENT",
    "DEK",
    "DISPLAY_VALUES",
    "FOOTER",
    "FORUM",
    "F_ADS",
    "F_BYLINE",
    "F_CAPTION",
    "F_CHROME",
    "F_COMMENTS",
    "F_CONTENT",
    "F_DEK",
    "F_FOOTER",
    "F_HIDDEN",
    "F_MENU",
    "F_NAVIGATION",
    "F_NOT_CONTENT",
    "F_RELATED",
    "F_RELATED_STRONG",
    "F_SHARE",
    "F_SITE_FOOTER",
    "F_TAGS",
    "F_TITLE",
    "HIDDEN",
    "ICON",
    "LAYOUT_HELPER",
    "MENU",
    "NAVIGATION",
    "NOT_CONTENT",
    "OFFSCREEN",
    "PERSON_CARD",
    "POST_META_WORDS",
    "PUBLISHED_TIME_CLASSES",
    "QUESTION_SLUG",
    "RELATED",
    "RELATED_STRONG",
    "SHARE",
    "SHOP",
    "SITE_FOOTER",
    "TAGS",
    "TAXONOMY",
    "TEMPLATE_NOT_FLAGS",
    "TITLE",
    "TOKEN_MAX_CHARS",
    "UPDATED_TIME_CLASSES",
    "classify",
    "joined",
    "matches",
    "template_names",
]

# Containers of the story text.
CONTENT = regex.compile(
    r"article|story|entry|post-?(?:body|content|text)|body-?text|content-?body|main-?content|rich-?text|prose"
    r"|artikel|inhalt|texto|cuerpo|corpo|tresc|text-?body|field-?body|itemprop-articlebody|paragraph|articlebody",
    regex.IGNORECASE,
)
# Page areas that are never the story: their paragraphs are boilerplate even when long. ("nav"
# but not "navy": colour classes such as text-navy or bg-navy-700 style headings and text anywhere.
# The one word "contextmenu", as HTML's attribute names it, says what an element does when
# right-clicked, not that it is a menu; "context-menu" and "context_menu" name a menu's own box.)
NOT_CONTENT = regex.compile(
    r"comment(?!ar)|disqus|footer|sidebar|side-?bar|\baside|related|recommend|promo|teaser|widget|share|sharing|social"
    r"|\bnav(?!y)|navbar|navigation|(?<!context)menu|breadcrumb|newsletter|subscri|signup|sign-up|advert|\bads?\b|\bad-|-ad\b|sponsor"
    r"|outbrain|taboola|zergnet|popular|trending|most-?read|more-?stories|author-?bio|about-?the-?author"
    r"|author-?(?:info|box|card|tooltip|details)|(?:^|[-_])bio(?:graphy)?(?:$|[-_])"
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
    r"(?<![a-z0-9])dek(?![a-z0-9])|deck|standfirst|stand-?first|sub-?title|sub-?head(?:line|ing)?|subheader|sub-?line|subtitul|untertitel"
    # ("lead" names the standfirst, not the lead picture: "article__lead-image", "c-lead_media".)
    r"|podtytu|summary|(?<![a-z0-9])lead(?![a-z0-9])(?![-_]+(?:image|img|media|photo|picture|video|figure|art|asset|visual))"
    r"|lede"
    r"|\bintro|excerpt|perex|chapo|chapeau|strapline|teaser-?text|article-?description|description|abstract"
    r"|anriss|vorspann|bajada|entradilla|sottotitolo|occhiello|lead-?text|header-?text|bigtext|lid\b|zajawka",
    regex.IGNORECASE,
)
# Lists of other articles.
# "rel" as a part of a dashed name: "rel-news", "tags-rel", "content-rel" (not the utilities for
# position: relative, "pos-rel", "u-rel", "position-rel").
_REL_PART = r"^rel(?:[-_]|$)|^(?!.*(?:pos|position)[-_]rel(?:[-_]|$))(?!(?:u|p|is)[-_]rel$)[\w-]*[-_]rel(?:[-_]|$)"
RELATED = regex.compile(
    r"related|recommend|more-?(?:from|on|in|stories|news|articles|like)|read-?(?:next|more|also)|most-?(?:read|popular|viewed|shared)"
    r"|popular|trending|also-?like|you-?may|up-?next|further-?reading|see-?also|latest|editors?-?pick|top-?stories"
    r"|similar|suggest|next-?article|teaser|promo|card|headlines|rail|river|stream|feed|verwandt|weitere|lesen-?sie"
    r"|meistgelesen|relacionad|liees|lire-?aussi|polecane|zobacz|czytaj|souvisej"
    r"|" + _REL_PART,
    regex.IGNORECASE,
)
# Site navigation, whose links are not related articles.
NAVIGATION = regex.compile(
    r"\bnav(?!y)|navbar|navigation|(?<!context)menu|breadcrumb|masthead|site-?header|global-?header|mega|dropdown|logo|brand"
    r"|flyout|drawer|hamburger|skip|pagination|pager|tabs?-?nav|footer-?(?:links|nav|menu)|sitemap",
    regex.IGNORECASE,
)
# Menus proper: NAVIGATION without the branding words ("brand", "logo") that some pages put on
# every wrapper of the page, and without the widget words ("dropdown", "pager") that teaser
# lists with pages or a collapsible box use too; only a menu's own containers say "menu".
MENU = regex.compile(
    r"\bnav(?!y)|navbar|navigation|(?<!context)menu|breadcrumb|mega-?menu|hamburger|sitemap|sub-?nav"
    r"|footer-?(?:links|nav|menu)|site-?header|global-?header|masthead|tabs?-?nav|top-?bar"
    r"|\blang(?:uage)?s?\b|language-?(?:section|selector|switch|menu|list)|edition-?(?:picker|switch)",
    regex.IGNORECASE,
)
# Advertising, sponsored and partner content: ad slots, native-ad networks, commerce units.
ADS = regex.compile(
    # ("has-ad", "with-ads" name a wrapper that holds an ad beside other things, not the ad.)
    r"advert|(?<!has-)(?<!with-)\bads?\b|\bad[-_]|(?<!has)(?<!with)[-_]ads?\b|adslot|ad-?unit|adsense|\bdfp|\bgpt-|sponsor|(?<!node-)promoted|\bpaid"
    r"|(?<!js-)outbrain|\bob-widget|\bob_|taboola|trc_|zergnet|\bzerg|revcontent|mgid|plista|ligatus|nativo|native-?ad"
    r"|partner|partenaire|parceiro|commercial|affiliate|anzeige|werbung|publicidad|publicit|reklama|pubblicit|shopping|\bdeals?\b"
    r"|commerce|marketplace|publireportage|advertorial|branded|sponsored|brandstudio|brand-?content|\bseo\b|seo-?links",
    regex.IGNORECASE,
)
# The words of RELATED that say "other articles" outright; they outweigh a menu word on the same
# element ("td_block_related_posts td_with_ajax_pagination", "block-popular dropdown-section").
RELATED_STRONG = regex.compile(
    r"related|recommend|more-?(?:from|on|in|stories|news|articles|like)|read-?(?:next|also)|most-?(?:read|popular|viewed"
    r"|shared|commented)|popular|trending|also-?like|you-?may|up-?next|further-?reading|see-?also|editors?-?pick"
    r"|top-?stories|verwandt|weitere|lesen-?sie|meistgelesen|relacionad|liees|lire-?aussi|polecane|powiazane|zobacz"
    r"|czytaj|souvisej|latest|" + _REL_PART,
    regex.IGNORECASE,
)
# The site's footer proper (FOOTER also matches "bottom" and "legal" wrappers).
SITE_FOOTER = regex.compile(r"footer|colophon|site-?info", regex.IGNORECASE)
# Tag, keyword and topic link lists.
TAGS = regex.compile(
    r"\btags?\b|tag-?(?:list|cloud|links|box|group)|taglist|keywords?|submeta|\btopics\b|article-?topics|schlagw"
    r"|etiquetas|stichw|\bsubjects\b|tematy|temas\b",
    regex.IGNORECASE,
)
# Share and follow buttons.
SHARE = regex.compile(r"share|sharing|sharer|social|addthis|shariff|follow-?us|sociable", regex.IGNORECASE)
# Elements hidden by a class the page's style sheet hides ("hidden", "d-none"); responsive
# variants ("hidden-xs", "hide-for-large") hide an element on some screens only and do not count.
HIDDEN = regex.compile(r"(?:^|\s)(?:hidden|hide|is-hidden|d-none|invisible|visually-hidden)(?:\s|$)", regex.IGNORECASE)
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
# Page chrome around the content on any kind of page, not only around a story: sidebars, boxes of
# other pages, consent and sign-up boxes, share and rating widgets, tag lists, post metadata. (Not
# "widget", "teaser", "card" or "promo": page builders and shops name their content that way.)
CHROME = regex.compile(
    r"comment(?!ar)|disqus|sidebar|side-?bar|\baside|related|recommend|share|sharing|social|breadcrumb|newsletter"
    r"|subscri|signup|sign-up|outbrain|taboola|zergnet|popular|trending|most-?read|more-?stories|author-?bio"
    r"|about-?the-?author|author-?(?:info|box|card|tooltip|details)|(?:^|[-_])bio(?:graphy)?(?:$|[-_])|bio-?box"
    r"|cookie|consent|gdpr|modal|popup|overlay|login|paywall|pagination|pager|toolbar|poll|slideshow|carousel"
    r"|slider|jump-?link|skip-?link|print-?only|tags\b|tag-?list|keywords|byline|dateline|timestamp|meta-?data"
    r"|post-?meta|article-?meta|entry-?meta|entry-?utility|donate|cta\b|similar|(?:^|[-_])rat(?:e|ing)s?(?:$|[-_])"
    r"|vote|" + _REL_PART,
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
F_MENU = 1024
F_ADS = 2048
F_SHARE = 4096
F_HIDDEN = 8192
F_TAGS = 16384
F_RELATED_STRONG = 32768
F_SITE_FOOTER = 65536
F_CHROME = 131072
# The flags a footer word sets, which the page template's classes never set (see template_names).
TEMPLATE_NOT_FLAGS = F_FOOTER | F_SITE_FOOTER
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
    (F_MENU, MENU),
    (F_ADS, ADS),
    (F_SHARE, SHARE),
    (F_HIDDEN, HIDDEN),
    (F_TAGS, TAGS),
    (F_RELATED_STRONG, RELATED_STRONG),
    (F_SITE_FOOTER, SITE_FOOTER),
    (F_CHROME, CHROME),
)


# How many distinct class words are remembered: class words repeat across pages ("row",
# "col-md-6", "entry-content"), and a bounded memo keeps memory flat over millions of pages.
# (A word costs ~200 bytes in the memo: this many hold the common words in ~7 MB.)
TOKEN_CACHE_SIZE = 32768
# Class words longer than this are classified but not remembered (99% of real ones have under 45 characters).
TOKEN_MEMO_MAX_CHARS = 64
# How much of a class word is classified: every class word in the corpora is shorter; a megabyte-long
# "word" would cost seconds of pattern matching.
TOKEN_MAX_CHARS = 256
# How much of an element's class/id string is read: longer than any seen on real pages (utility-class
# frameworks reach a few thousand characters), short enough that no attribute costs more than a page.
CLASS_MAX_CHARS = 8192


# The same patterns for the standard library's engine, case-sensitive: class words arrive
# lower-cased, and for these plain-ASCII patterns `re` without IGNORECASE is the fastest.
_FLAGGED_LOWER: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (flag, re.compile(pattern.pattern)) for flag, pattern in _FLAGGED
)


# How many characters of a required literal the candidate table indexes: three name few patterns
# per class word (3.5 of 18 on the corpora's words, two name 9.6); a literal of two is indexed by both.
_PIECE = 3


def _required(items: Any) -> frozenset[str] | None:
    """Literal strings, one of which every match of the parsed sequence ``items`` contains (each at
    least two characters), or None when no such set is read off it. A run of literal characters
    at the sequence's own level is required; else a group of alternatives each of which requires one."""
    runs: list[str] = []
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        runs.append("".join(run))
        run = []
    runs.append("".join(run))
    longest = max(runs, key=len)
    if len(longest) >= 2:
        return frozenset((longest,))
    for op, arg in items:
        if op is _BRANCH:
            found = _required_any(arg[1])
            if found is not None:
                return found
        elif op is _SUBPATTERN:
            found = _required(arg[-1])
            if found is not None:
                return found
    return None


def _required_any(alternatives: Any) -> frozenset[str] | None:
    """The union of what each alternative requires; None when one of them requires nothing."""
    found: set[str] = set()
    for alternative in alternatives:
        required = _required(alternative)
        if required is None:
            return None
        found |= required
    return frozenset(found)


def _alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, as pattern text: a search for the whole finds a match
    exactly when one of them does. The whole pattern alone when its text cannot be cut so."""
    parts: list[str] = []
    depth = 0
    start = 0
    at = 0
    in_set = False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # A "]" first in a set (after an optional "^") is one of its characters.
            at += 2 if pattern.startswith("^]", at + 1) else 1 if pattern.startswith("]", at + 1) else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    parts.append(pattern[start:])
    if "(?" in pattern.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<", ""):
        return [pattern]  # inline flags or other constructs whose scope a cut could change
    return parts


def _candidate_table() -> tuple[tuple[tuple[int, re.Pattern[str]], ...], dict[str, int], int]:
    """Every flagged pattern cut into its top-level alternatives (each with its flag); per piece of
    two or three characters, the bit mask (bit k: alternative k) of the alternatives a word holding
    it may match; and the mask of the alternatives to try on every word (those that require no
    literal, or all when the standard library's parser cannot be read here)."""
    alternatives: list[tuple[int, re.Pattern[str]]] = []
    pieces: dict[str, int] = {}
    always = 0
    for flag, pattern in _FLAGGED_LOWER:
        texts = _alternatives(pattern.pattern) if _PARSER is not None else [pattern.pattern]
        for text in texts:
            bit = 1 << len(alternatives)
            alternatives.append((flag, re.compile(text)))
            required = _required(_PARSER.parse(text).data) if _PARSER is not None else None
            if required is None:
                always |= bit
                continue
            for literal in required:
                # A word holding the literal holds its first characters.
                pieces[literal[:_PIECE]] = pieces.get(literal[:_PIECE], 0) | bit
    return tuple(alternatives), pieces, always


_PARSER: Any = getattr(re, "_parser", None)
_LITERAL: Any = getattr(_PARSER, "LITERAL", None)
_BRANCH: Any = getattr(_PARSER, "BRANCH", None)
_SUBPATTERN: Any = getattr(_PARSER, "SUBPATTERN", None)
if None in (_LITERAL, _BRANCH, _SUBPATTERN):
    _PARSER = None
# Built once: a class word is tried only against the alternatives its pieces of characters name (at
# most 5.7 a word on the corpora's words, in half the time of the 3.5 whole patterns they come from).
_ALTERNATIVES, _PIECES, _ALWAYS = _candidate_table()
# The pieces of two characters (literals that short: "ad"), looked for as substrings of the word
# rather than at each of its positions.
_SHORT_PIECES = tuple((piece, bits) for piece, bits in _PIECES.items() if len(piece) < _PIECE)
_LONG_PIECES = {piece: bits for piece, bits in _PIECES.items() if len(piece) == _PIECE}


def _prefix_tree(words: Iterable[str]) -> str:
    """A pattern that matches any of ``words`` (non-empty, none a prefix of another), branching
    on their shared prefixes: the engine tries a branch per character, not every word in turn."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + (_prefix_tree(rest) if rest != [""] else "") for first, rest in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Every indexed piece at every position of a word, found in one scan in C (a lookahead, so pieces
# may overlap; all are _PIECE long, so each position holds at most one): the same pieces as a
# table lookup per position, at about half the cost (never matches when nothing is indexed).
_LONG_PIECE_AT = re.compile(f"(?=({_prefix_tree(_LONG_PIECES)}))" if _LONG_PIECES else "(?!)")


# An anchor's id spelled from a question heading ("how-popular-are-heat-pumps", "2-heading-what-does-
# it-cost") names that heading, not a part of the page: its words ("popular", "related") say what the
# section is about. A question opens within its first three words and runs four words or more; an
# area's name is no question ("menu-footer-what-we-do" is three words from "what").
_QUESTION_WORDS = "how|what|why|which|when|where|who|are|does|should"
QUESTION_SLUG = re.compile(rf"^(?:[a-z0-9]+[-_]){{0,2}}(?:{_QUESTION_WORDS})(?:[-_][a-z0-9]+){{3,}}$")
# ... unless the words before the question or its last words name a part of the page: an area's
# name starts or ends with the area's words ("footer-menu-who-we-are", "how-it-works-related-posts"),
# a heading's anchor with the heading's ("2-heading-…", "…-heat-pumps").
QUESTION_SLUG_TAIL_WORDS = 2
_QUESTION_WORD = re.compile(rf"(?:^|[-_])(?:{_QUESTION_WORDS})(?=[-_])")
_SLUG_WORD_SEPARATOR = re.compile(r"[-_]")
# The flags that name a part of the page (not the title, dek, byline, caption or content words).
_AREA_FLAGS = F_NOT_CONTENT | F_RELATED | F_RELATED_STRONG | F_NAVIGATION | F_MENU | F_FOOTER | F_SITE_FOOTER
_AREA_FLAGS |= F_COMMENTS | F_ADS | F_SHARE | F_HIDDEN | F_TAGS | F_CHROME


def _slug_names_an_area(slug: str) -> bool:
    question = _QUESTION_WORD.search(slug)
    head = slug[: question.start()] if question else ""
    tail = "-".join(_SLUG_WORD_SEPARATOR.split(slug)[-QUESTION_SLUG_TAIL_WORDS:])
    return bool((head and _token_flags(head) & _AREA_FLAGS) or _token_flags(tail) & _AREA_FLAGS)


@bounded_memo(TOKEN_CACHE_SIZE, TOKEN_MEMO_MAX_CHARS)
def _token_flags(token: str) -> int:
    if QUESTION_SLUG.match(token) and not _slug_names_an_area(token):
        return 0
    candidates = _ALWAYS
    pieces = _LONG_PIECES
    for piece in _LONG_PIECE_AT.findall(token):
        candidates |= pieces[piece]
    for piece, bits in _SHORT_PIECES:
        if piece in token:
            candidates |= bits
    flags = 0
    while candidates:
        lowest = candidates & -candidates
        candidates ^= lowest
        flag, pattern = _ALTERNATIVES[lowest.bit_length() - 1]
        if not flags & flag and pattern.search(token):
            flags |= flag
    return flags


def classify(names: str) -> int:
    """The flags of every pattern that matches an element's class/id string.

    Each class word is matched on its own (no pattern spans two words), so results are
    memoised per word; the answer never depends on what was classified before. Only the
    first ``CLASS_MAX_CHARS`` of the string and ``TOKEN_MAX_CHARS`` of a word are read.
    """
    flags = 0
    for token in names[:CLASS_MAX_CHARS].lower().split():
        flags |= _token_flags(token[:TOKEN_MAX_CHARS])
    return flags


def template_names(tokens: Iterable[str]) -> str | None:
    """The class/id words of ``<body>`` or ``<html>`` that may flag the page's blocks, joined (None
    when none is left). Themes name the whole page's layout there ("footer-on-bottom",
    "et-tb-has-footer", "sticky-footer-layout"), and an element that holds the headline and the
    story is no footer: its footer words are left out."""
    kept = [token for token in tokens if not _token_flags(token[:TOKEN_MAX_CHARS]) & TEMPLATE_NOT_FLAGS]
    return " ".join(kept) or None


# --- class words read as words, not as page areas -------------------------------------------

# Text meant for screen readers only, which a reader of the page never sees.
OFFSCREEN = frozenset(
    (
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "screenreader",
        "a11y-hidden",
        "hide-text",
        "u-hidden-visually",
        "offscreen",
        "element-invisible",
    )
)
# Class names that label a post's topic, not a page area ("category-kommentare", "tag-sport"):
# blogging systems print the post's taxonomy as classes, and a topic named "comments" is no thread.
TAXONOMY = re.compile(r"^(?:category|tag|format|status|type|topic|section|rubrik|ressort)-|^post-\d")
# Icon fonts, whose text is a glyph or a ligature name ("arrow_forward").
ICON = re.compile(r"icon|glyph|symbol|(?:^|\s)fa[srlbd]?(?:\s|$)|(?:^|\s)fa-|emoji", re.IGNORECASE)
# The word page builders (Elementor, HubSpot, shops' themes) name every content block with, so it
# says nothing of what a block holds; a sidebar's widgets are named sidebar too.
BUILDER_WORD = regex.compile(r"widget")
# Grid and layout helpers, which say nothing about what an element holds.
LAYOUT_HELPER = regex.compile(
    r"^(?:row|col|column|container|wrapper|wrap|inner|clearfix|cf|grid|span|box|block|section|group|item)"
)
# Display utilities that show an element from a breakpoint on: Bootstrap's "d-lg-block", and the
# values after a Tailwind-style breakpoint prefix ("lg:flex").
BREAKPOINT_DISPLAY = regex.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline(?:-block|-flex)?|grid|table)$")
DISPLAY_VALUES = frozenset(("block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents"))
# An author's bio box, whose lines are no job title of the credit.
BIO_BOX = frozenset(("bio", "author-bio", "biography", "author-description", "description", "about"))
# Class words of a <time> that is the publication date, and of one that is the last change
# (WordPress prints "entry-date published" and "updated" side by side).
PUBLISHED_TIME_CLASSES = frozenset(
    ("published", "entry-date", "pubdate", "post-date", "date-published", "publish-date")
)
UPDATED_TIME_CLASSES = frozenset(("updated", "modified", "date-modified", "last-updated"))
# The area of a post's credit and dates, read as substrings of its class and id: a <time> inside it
# is the article's own date, not a teaser's.
POST_META_WORDS = ("byline", "author", "dateline", "meta", "publish", "posted", "timestamp", "pubdate")
# The microformat class of a person's card (hCard), whose name is a person.
PERSON_CARD = "vcard"
# Shop, discussion and code markup (one element's own class/id names), which tell page types apart.
SHOP = re.compile(r"price|cart|basket|product|sku|checkout|add-?to|variant|swatch")
FORUM = re.compile(r"post-?(?:body|content|message|author)|reply|thread|forum|topic|message|bbcode|answer|vote")
CODE = re.compile(r"highlight|hljs|syntax|codehilite|language-|docs?-|toc|sidebar-?nav|api")
