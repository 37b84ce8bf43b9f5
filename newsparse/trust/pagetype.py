"""What kind of page it is: article, listing, collection, product, forum, documentation or service.

Decided from the page's own evidence, weighed by a small multinomial logistic model
(weights in ``trust_weights.py``, trained by ``benchmarks/train_trust.py``): what the page
declares (schema.org types, og:type), the shape of its URL, how much of its text sits in
links, repeated teaser cards, price/cart, comment and code markup, and the body found.
A text dump carries none of the markup evidence: it is read as an article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from urllib.parse import urlsplit

from ..article import PAGE_TYPES
from ..blocks import Page
from ..cues.markup import CODE, F_COMMENTS, F_MENU, F_NAVIGATION, FORUM, SHOP
from ..cues.text import ends_sentence, word_count
from ..found import Found
from .linear import Linear, damped, softmax

__all__ = ["classify_page", "page_type_features"]

# schema.org types by the page type they declare (local names, lower-cased).
_SCHEMA_GROUPS: dict[str, frozenset[str]] = {
    "article": frozenset(
        "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle reviewnewsarticle "
        "backgroundnewsarticle blogposting liveblogposting scholarlyarticle satiricalarticle report recipe "
        "review".split()
    ),
    "product": frozenset("product offer aggregateoffer productgroup individualproduct productmodel car".split()),
    "forum": frozenset("discussionforumposting qapage question answer socialmediaposting comment".split()),
    "collection": frozenset("collectionpage itemlist searchresultspage offercatalog".split()),
    "documentation": frozenset("techarticle apireference softwaresourcecode howto course learningresource".split()),
    "service": frozenset(
        "service localbusiness contactpage aboutpage profilepage faqpage event professionalservice "
        "softwareapplication webapplication organization corporation store".split()
    ),
}
# Path words that name what a site keeps under them (whole path segments or slug parts).
_URL_WORDS: dict[str, re.Pattern[str]] = {
    "article": re.compile(r"^(?:news|article|articles|story|stories|blog|blogs|post|posts|press|opinion|\d{4})$"),
    "product": re.compile(r"^(?:product|products|shop|store|item|items|itm|dp|p|buy|sku|detail|app)$"),
    "forum": re.compile(
        r"^(?:forum|forums|thread|threads|topic|topics|t|community|discussion|discussions|discuss|questions|q"
        r"|board|boards|viewtopic\.php|showthread\.php|comments|r)$"
    ),
    "documentation": re.compile(
        r"^(?:docs?|documentation|api|reference|guide|guides|manual|wiki|learn|tutorials?|developers?|sdk|kb"
        r"|library|book|handbook|spec|glossary)$"
    ),
    "listing": re.compile(
        r"^(?:category|categories|tag|tags|archive|archives|search|list|lists|section|page|author|authors|index"
        r"|collections?|c|cat|b|browse|chart|rankings?|directory|all|topics)$"
    ),
    "service": re.compile(
        r"^(?:about|about-us|contact|contact-us|login|signin|sign-in|signup|register|account|cart|checkout"
        r"|pricing|plans|services?|solutions?|platform|features|support|help|faq|privacy|terms|careers|jobs"
        r"|locations?|book|booking|demo|work|portfolio|team)$"
    ),
}
_DATE_PATH = re.compile(r"/(?:19|20)\d\d/(?:[01]?\d/)?")
_NUMERIC_ID = re.compile(r"\d{4,}")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$")
# Prices as shops print them: a currency sign or code next to an amount.
_PRICE = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|Rs\.?|kr|zł|R\$))\s?\d[\d.,\s]{0,9}\d|\d[\d.,]{0,9}\s?(?:[$€£¥₹]|€|zł|kr\b|Kč)"
)
# Buttons and labels of a shop.
_CART = re.compile(
    r"add to (?:cart|bag|basket|wishlist)|buy (?:now|it now)|in stock|out of stock|checkout|free (?:shipping|delivery)"
    r"|warenkorb|ajouter au panier|añadir al carrito|in winkelwagen|aggiungi al carrello|adicionar ao carrinho"
    r"|quantity|qty|sku|delivery|returns|reviews?\b",
    re.IGNORECASE,
)
# Every price carries a digit: a line without one is not searched for a price.
_DIGIT = re.compile(r"\d")
# A piece of every _CART alternative, lower-cased: an ASCII line holding none of them cannot
# match, so most lines skip the case-insensitive search.
_CART_PIECES = (
    "add to ",
    "buy ",
    "stock",
    "checkout",
    "free ",
    "warenkorb",
    "panier",
    "carrito",
    "winkelwagen",
    "carrello",
    "carrinho",
    "quantity",
    "qty",
    "sku",
    "delivery",
    "returns",
    "review",
)
# The pieces as one alternation: one search of a line instead of a test per piece.
_CART_PIECE = re.compile("|".join(map(re.escape, _CART_PIECES)))
# What a discussion thread prints around each post.
_FORUM = re.compile(
    r"^(?:reply|replies|quote|report|like|likes|joined|posts?|messages?|member|registered|permalink|share|#\d+"
    r"|\d+ (?:replies|posts|votes?|answers?|comments?)|answered|asked|accepted answer|upvote|votes?)\b",
    re.IGNORECASE,
)
# What documentation prints around its text.
_DOCS = re.compile(
    r"^(?:on this page|table of contents|contents|in this article|edit this page|edit on github|was this (?:page"
    r"|article) helpful|previous|next|see also|parameters|returns?|examples?|syntax|note|warning|tip|prerequisites"
    r"|overview|introduction)\b",
    re.IGNORECASE,
)
# What a company's service or product page prints: calls to act, not to read.
_SERVICE = re.compile(
    r"^(?:sign in|log in|login|sign up|get started|contact us|contact|request a demo|book a demo|get a demo|free trial"
    r"|start (?:free|your)|pricing|get a quote|request a quote|call us|learn more|our services|try it|talk to sales"
    r"|schedule|book now|get in touch)\b",
    re.IGNORECASE,
)
# The tags the features look for on a block's path.
_PATH_TAGS = frozenset(("li", "code"))
# Label lines are short; longer blocks are prose whatever they start with.
_LABEL_CHARS = 60
# A block of prose: this many characters and words at least, little of it in links.
PROSE_CHARS = 150
PROSE_WORDS = 25
# A blurb: a line of marketing or a teaser's summary, longer than a label, shorter than prose.
BLURB_CHARS = (30, 150)
# What the body rule learnt of the main area (see ``segments.body.story``), read as it stands: a
# story holds most of an area of prose, a listing or a shop is an area of cards, links and short
# lines that no story fills.
STORY_EVIDENCE = (
    "body_area_taken",
    "body_legal_share",
    "body_of_area",
    "body_region_cards",
    "body_region_headings",
    "body_region_link_share",
    "body_region_page_share",
    "body_region_prose_share",
    "body_region_short_share",
    "body_rule",
    "body_story_in_region",
    "body_story_share",
)
# A story prints its date and credit by its headline: this many blocks before and after it are
# searched (a dek, a kicker or a photo may sit between); a listing's dates sit under its teasers.
CREDIT_BEFORE_HEADLINE = 3
CREDIT_AFTER_HEADLINE = 8
# The byline's credit counts as by the headline when it sits on the line right above the title (a
# credit set in the header) or a few blocks under it (a dek or a photo between); farther from it a
# credit is as often a teaser's, a comment's or the site header's as the story's.
CREDIT_ABOVE_HEADLINE = 1
CREDIT_BELOW_HEADLINE = 5


def _priced(text: str) -> bool:
    return _DIGIT.search(text) is not None and _PRICE.search(text) is not None


def _cart(text: str) -> bool:
    # Case folding beyond ASCII (a dotted capital I, a long s) can match where lower() does
    # not: only ASCII lines take the shortcut.
    if text.isascii() and _CART_PIECE.search(text.lower()) is None:
        return False
    return _CART.search(text) is not None


def _url_features(url: str | None, out: dict[str, float]) -> None:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        parts = urlsplit("")
    path = parts.path or ""
    segments = [s for s in path.lower().split("/") if s]
    out["url_known"] = float(bool(url))
    out["url_root"] = float(bool(url) and not segments)
    out["url_depth"] = min(len(segments), 6) / 6
    out["url_date"] = float(bool(_DATE_PATH.search(path)))
    out["url_query"] = float(bool(parts.query))
    last = _PAGE_SUFFIX.sub("", segments[-1]) if segments else ""
    out["url_slug_words"] = min(len([w for w in re.split(r"[-_+]", last) if w]), 12) / 12
    out["url_numeric_id"] = float(any(_NUMERIC_ID.search(s) for s in segments))
    out["url_page_suffix"] = float(bool(segments and _PAGE_SUFFIX.search(segments[-1])))
    host = (parts.hostname or "").split(".")
    words = set(segments[:-1]) | set(host[:-2])
    for kind, pattern in _URL_WORDS.items():
        out[f"url_{kind}"] = float(any(pattern.match(w) for w in words))


def _absent_tags(page: Page, tags: frozenset[str]) -> frozenset[str]:
    """Those of ``tags`` that no element of the page's tree has, so no block's path holds them:
    one pass of C over the tree's tags a page, instead of a test up each block's path."""
    if page.elements is None:
        return frozenset()
    return tags.difference(page.elements.tags)


def page_type_features(page: Page, found: Found, known_words: Mapping[str, int] | None = None) -> dict[str, float]:
    """The evidence, as numbers, that the page-type model weighs. ``known_words`` holds the word
    counts of texts already counted (the body's paragraphs), so they are not counted again."""
    known = known_words or {}
    out: dict[str, float] = {}
    hints = page.hints
    declared = set(hints.schema_types)
    for kind, names in _SCHEMA_GROUPS.items():
        out[f"schema_{kind}"] = float(bool(declared & names))
    out["schema_webpage"] = float("webpage" in declared)
    out["schema_none"] = float(not declared)
    og = hints.og_type or ""
    out["og_article"] = float(og.startswith("article") or og == "blog")
    out["og_product"] = float("product" in og)
    out["og_website"] = float(og == "website")
    out["og_none"] = float(not og)
    _url_features(found.meta.value.page_url or hints.canonical_url, out)

    blocks = page.blocks
    total = link = 0.0
    headings = linked_headings = link_blocks = comments = navigation = code = 0
    prices = carts = forum = docs = service = 0
    prose = prose_chars = run = longest_run = list_items = subheads = titles = blurbs = times = 0
    cards: Counter[tuple[str, frozenset[str]]] = Counter()
    tokens_of = page.element_tokens
    absent = _absent_tags(page, _PATH_TAGS)
    lists = "li" not in absent
    codes_in = "code" not in absent
    for b in blocks:
        n = len(b.text)
        total += n
        link += n * b.link_density
        level = b.heading_level
        linked = b.link_density >= 0.8
        if level:
            headings += 1
            linked_headings += linked and level > 1
        if linked:
            link_blocks += 1
        if linked or level > 1:
            # Teaser cards: many link-heavy blocks or subheads in wrappers named alike.
            cards[(b.tag, tokens_of.get(b.parent, frozenset()))] += 1
        if level == 1:
            titles += 1
        elif level and not linked:
            subheads += 1
        if lists and "li" in b.path:
            list_items += 1
        if b.datetime:
            times += 1
        if not level and b.link_density < 0.5 and BLURB_CHARS[0] <= n < BLURB_CHARS[1]:
            blurbs += 1
        if (
            n >= PROSE_CHARS
            and b.link_density < 0.2
            and (b.text.count(" ") >= PROSE_WORDS or b.word_count >= PROSE_WORDS)
        ):
            prose += 1
            prose_chars += n
            run += 1
            longest_run = max(longest_run, run)
        elif not level:
            run = 0
        if b.flags & F_COMMENTS:
            comments += 1
        if b.flags & (F_NAVIGATION | F_MENU):
            navigation += 1
        if b.tag == "pre" or (codes_in and "code" in b.path):
            code += 1
        if n <= _LABEL_CHARS:
            text = b.text
            prices += _priced(text)
            carts += _cart(text)
            forum += _FORUM.match(text) is not None
            docs += _DOCS.match(text) is not None
            service += _SERVICE.match(text) is not None
    n_blocks = max(len(blocks), 1)
    out["blocks"] = damped(len(blocks))
    out["link_share"] = link / total if total else 0.0
    out["link_blocks"] = link_blocks / n_blocks
    out["headings"] = damped(headings)
    out["linked_headings"] = damped(linked_headings)
    out["cards"] = damped(max(cards.values(), default=0))
    # Prices, buttons and teaser cards among little prose make a shop or a hub; among much
    # prose (a buying guide, a review) they are part of a story.
    out["shop_per_prose"] = damped((prices + carts) / (1 + prose))
    out["cards_per_prose"] = damped(max(cards.values(), default=0) / (1 + prose))
    out["links_per_prose"] = damped(link_blocks / (1 + prose))
    out["blurbs"] = blurbs / n_blocks
    out["subheads_per_prose"] = damped(subheads / (1 + prose))
    out["times"] = damped(times)
    out["prose_blocks"] = damped(prose)
    out["prose_share"] = prose_chars / total if total else 0.0
    out["prose_run"] = damped(longest_run)
    out["list_items"] = list_items / n_blocks
    out["subheads"] = damped(subheads)
    out["titles"] = damped(titles)
    out["comments"] = comments / n_blocks
    out["navigation"] = navigation / n_blocks
    out["code"] = damped(code)
    out["prices"] = damped(prices)
    out["carts"] = damped(carts)
    out["forum_labels"] = damped(forum)
    out["docs_labels"] = damped(docs)
    out["service_labels"] = damped(service)
    shop = posts = codes = 0
    # Pages repeat a few class sets on hundreds of elements: each distinct set is read once.
    for names, count in Counter(filter(None, tokens_of.values())).items():
        joined = " ".join(names)
        shop += count * (SHOP.search(joined) is not None)
        posts += count * (FORUM.search(joined) is not None)
        codes += count * (CODE.search(joined) is not None)
    out["shop_classes"] = damped(shop)
    out["forum_classes"] = damped(posts)
    out["code_classes"] = damped(codes)

    body = found.body.value.paragraphs
    if core := set(found.story.value.core):
        # A guide's or a listicle's sections make it long, not a listing: its kind is read from
        # the story as its own container holds it.
        taken = {*found.headline.blocks, *found.byline.blocks, *found.subheading.blocks}
        body = tuple(page.blocks[i].text for i in sorted(core - taken))
    body_chars = sum(len(p) for p in body)
    out["headline"] = float(bool(found.headline.value))
    # Stories have sentence-like titles; shops and hubs name a thing ("Camp Stoves", "Engineering").
    headline = found.headline.value or ""
    out["headline_words"] = min(word_count(headline), 20) / 20
    out["headline_question"] = float(headline.rstrip().endswith("?"))
    out["headline_digits"] = float(any(c.isdigit() for c in headline))
    out["meta_published"] = float(bool(hints.published))
    out["meta_authors"] = float(bool(hints.authors))
    out["meta_description"] = float(bool(hints.description))
    byline = found.byline.value
    out["authors"] = float(bool(byline and byline.authors))
    out["dated"] = float(bool(byline and byline.published))
    out["body_words"] = damped(sum(known.get(p) or word_count(p) for p in body) / 20)
    out["body_paragraphs"] = damped(len(body))
    out["body_share"] = body_chars / total if total else 0.0
    out["body_sentences"] = sum(ends_sentence(p) for p in body) / len(body) if body else 0.0
    out["body_paragraph_chars"] = damped(body_chars / len(body) / 20) if body else 0.0
    out["related"] = damped(len(found.related.value))
    evidence = found.story.value.evidence
    for name in STORY_EVIDENCE:
        out[name] = evidence.get(name, 0.0)
    _credit_features(page, found, out)
    return out


def _credit_features(page: Page, found: Found, out: dict[str, float]) -> None:
    """Where the headline stands and whether a date or a credit stands by it: a story is dated and
    signed under its title, a hub's title heads a run of teasers, each dated on its own."""
    blocks = page.blocks
    heads = found.headline.blocks
    head = heads[0] if heads else None
    out["headline_position"] = head / len(blocks) if head is not None and blocks else 1.0
    near_time = False
    if head is not None:
        start = max(0, head - CREDIT_BEFORE_HEADLINE)
        near_time = any(b.datetime for b in blocks[start : head + CREDIT_AFTER_HEADLINE])
    out["time_by_headline"] = float(near_time)
    credit = found.byline.blocks
    offset = credit[0] - head if head is not None and credit else None
    near_credit = offset is not None and -CREDIT_ABOVE_HEADLINE <= offset <= CREDIT_BELOW_HEADLINE
    out["credit_by_headline"] = float(near_credit)
    byline = found.byline.value
    out["dated_credit_by_headline"] = float(near_credit and bool(byline and byline.published))


def classify_page(model: Linear | None, features: Mapping[str, float]) -> tuple[str, tuple[float, ...]]:
    """The most likely page type and the probability of each of ``PAGE_TYPES``, in that order."""
    if model is None:
        probs = tuple(float(kind == "article") for kind in PAGE_TYPES)
        return "article", probs
    probs = softmax(model.scores(features))
    best = max(range(len(PAGE_TYPES)), key=lambda i: probs[i])
    return PAGE_TYPES[best], probs
