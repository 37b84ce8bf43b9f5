"""What a page says about itself in its metadata, read from a parsed tree.

:func:`extract_hints` turns ``<title>``, ``<meta>``, ``<link>``, ``<base>``,
JSON-LD, microdata and ``rel=author`` links into one :class:`~newsparse.blocks.Hints`.
It never parses HTML itself (the caller already did) and never raises: a
broken JSON-LD block or an odd attribute only loses that one source.

Decisions worth knowing:

* ``language`` is the primary subtag only, lower-cased ("pt-BR" -> "pt",
  "en_US" -> "en"): the region rarely changes how a page is segmented, and one
  form is easier to compare.
* ``published``/``modified`` stay the raw strings the page wrote; parse them
  with :func:`newsparse.dates.parse_iso_like`.
* ``authors`` come from page-level metadata (JSON-LD, ``<meta>``) first; the
  in-page markers (``itemprop=author``, ``rel=author``) are used only when the
  metadata names nobody, because teaser cards of other articles carry them too.
* Text is whitespace-folded and entity-decoded. Only well-formed entities
  (``&amp;``, ``&#8217;``) are decoded, so "AT&T" or "R&notes" stay as written.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from ..blocks import Hints
from ..cues.dates import parse_iso_like
from ..cues.lexicon import ACCOUNT_PLACEHOLDERS, AUTHOR_LINK_LABEL, BYLINE_PREFIX, CMS_ACCOUNT
from ..cues.markup import COMMENTS, PERSON_CARD, POST_META_WORDS, PUBLISHED_TIME_CLASSES, UPDATED_TIME_CLASSES
from ..cues.urls import site_label

__all__ = ["extract_hints"]

# ---------------------------------------------------------------------------
# Which metadata keys feed which field, most trusted first.
# Keys are lower-cased; "dc:x"/"dcterms:x" are folded to "dc.x"/"dcterms.x".
# ---------------------------------------------------------------------------

# Headline candidates after JSON-LD headline: social titles are written for this article.
_HEADLINE_KEYS = (
    "og:title",
    "twitter:title",
    "headline",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
)
_DESCRIPTION_KEYS = (
    "description",
    "og:description",
    "twitter:description",
    "dcterms.description",
    "dc.description",
    "dcterms.abstract",
)
# Meta keys that name the author; ``twitter:creator`` is a handle, not a name, so it is not here.
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author")
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "article:publicationdate",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "publication-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "og:publish_date",
    "cxenseparse:publishtime",
    "citation_publication_date",
    "citation_date",
)
# Other names sites give their publication date ("published", "w-published-date", "post-pubdate"):
# read after the known keys, in document order.
_PUBLISHED_KEY = re.compile(r"(?:^|[-_.:])(?:publish(?:ed)?[-_]?(?:date|time|on)?|pub[-_]?date)$")
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
)
# Link previews' label/value pairs ("twitter:label1" "Written by", "twitter:data1" "Jane Doe"), as
# SEO plugins write them; they write two (the writer, the reading time), a few more are read.
LABELLED_PAIRS = 4
_LABELLED_KEYS = tuple(f"twitter:{part}{i}" for i in range(1, LABELLED_PAIRS + 1) for part in ("label", "data"))
# The page's picture for link previews: OpenGraph first, the way every social network reads it.
_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
# The section of the site the article belongs to ("Politics", "Sport").
_SECTION_KEYS = ("article:section", "parsely-section", "section", "sailthru.section")
# Keys whose value is a list of tags or keywords, after the article's own ``article:tag`` values.
_KEYWORD_KEYS = ("news_keywords", "keywords", "parsely-tags", "sailthru.tags", "citation_keywords", "dcterms.subject")
_LANGUAGE_KEYS = ("content-language", "og:locale", "inlanguage", "dc.language", "dcterms.language", "language")
_COPYRIGHT_KEYS = ("copyright", "dcterms.rightsholder", "dcterms.rights", "dc.rights")
# Every key any field reads: other metas are skipped without storing them.
_WANTED_KEYS = frozenset(
    _HEADLINE_KEYS
    + _DESCRIPTION_KEYS
    + _AUTHOR_KEYS
    + _PUBLISHED_KEYS
    + _MODIFIED_KEYS
    + _LANGUAGE_KEYS
    + _COPYRIGHT_KEYS
    + _IMAGE_KEYS
    + _SECTION_KEYS
    + _KEYWORD_KEYS
    + _LABELLED_KEYS
    + ("og:site_name", "application-name", "og:url", "article:tag", "og:type")
)

# schema.org types of an article: the object whose headline/author/date describe the page.
_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "TechArticle",
        "SatiricalArticle",
        "Report",
        "AdvertiserContentArticle",
    )
)
# Page types: a fallback for fields the article object lacks (or when there is none).
_PAGE_TYPES = frozenset(
    t.lower() for t in ("WebPage", "ItemPage", "AboutPage", "QAPage", "FAQPage", "MedicalWebPage", "ReportPage")
)
_ORGANIZATION_TYPES = frozenset(
    t.lower()
    for t in (
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "EducationalOrganization",
        "GovernmentOrganization",
        "NGO",
        "LocalBusiness",
        "Brand",
        "WebSite",
    )
)
# How far up a <time> looks for such a container: bylines are shallow wrappers.
_BYLINE_CONTAINER_DEPTH = 4
# Data attributes of <html> and <body> that templates fill with the page's publication date.
_PAGE_DATA_PUBLISHED = ("data-published", "data-pubdate", "data-publish-date", "data-published-date")
# Microdata types of replies to the page's item: a forum's posts after the first, a question's answers.
_REPLY_TYPES = frozenset(("comment", "answer"))
# The properties by which a page's main item hangs under another (a WebPage's mainEntity).
_MAIN_ITEM_PROPS = frozenset(("mainentity", "mainentityofpage", "about"))
# JSON-LD blocks larger than this are catalogues, not page metadata; parsing them costs more than they give.
_MAX_JSON_LD_CHARS = 1_000_000
# Bound on objects walked per page and on nesting depth, so a hostile @graph cannot make the walk slow.
_MAX_JSON_LD_OBJECTS = 500
_MAX_JSON_LD_DEPTH = 8
# Type names kept per page: a catalogue's JSON-LD may type hundreds of objects, a page is a few things.
_MAX_SCHEMA_TYPES = 24
# Lists in JSON-LD (images, sections, keywords) are read this far: the first items are the article's.
_MAX_LIST_ITEMS = 50
# A page's tags are a handful of labels; past this many they are a keyword dump for search engines.
_MAX_TAGS = 30
# A tag is a word or a short phrase; a longer "tag" is a sentence pasted into the keywords.
_MAX_TAG_CHARS = 60
# What separates tags in one keywords value.
_TAG_SEPARATORS = re.compile(r"\s*[,;|]\s*")
# Headlines shorter than this are whole: length limits cut only long ones, and a short prefix is a kicker.
_MIN_TRUNCATED_CHARS = 60
# What opens a site-name suffix after a headline ("X - Site", "X | Site"), or ends a kicker before it ("Topic: X").
_SEPARATOR_AFTER = re.compile(r"\s*[-|–—:·•/»]\s")
_SEPARATOR_BEFORE = re.compile(r"\s[-|–—·•/»]\s*$|:\s*$")
# A bare headline has at least this many words; a shorter candidate is a kicker or a site name.
_MIN_BARE_WORDS = 3
# A name longer than this is a bio or a whole byline box, not a person's name.
_MAX_NAME_CHARS = 120

# Head-like elements are collected by one tag-filtered C-level walk (``iter``); the in-page
# markers by one XPath query, and split in Python into what three separate queries would have
# returned: each query is a walk over the whole tree, the dearest part of reading the hints.
_HEAD_TAGS = ("title", "meta", "link", "base", "script")
# Well-formed character references only: bare "&" in "AT&T" is text, not an entity.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markup some CMSs leave inside JSON-LD strings ("<em>word</em>").
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
# Old templates leave a script, a style or a comment inside <title>, where the parser keeps it as
# text ("<title>Story <!-- ad --></title>"): never part of a headline.
_MARKUP_IN_TITLE = re.compile(
    r"<(script|style|noscript)\b[^<>]{0,200}>.*?</\1\s*>|<!--.*?(?:-->|$)", re.IGNORECASE | re.DOTALL
)
# A <title> longer than this is not a title; only its start is read.
_MAX_TITLE_CHARS = 2000
# Cheap JSON repairs: a comma before a closing bracket, and raw control characters outside strings.
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Schema.org JSON in a <script> without a type (some CMSs omit it); checked on the first characters only.
_UNTYPED_JSON_LD = re.compile(r"\s*[\[{][^<]{0,300}?\"@context\"")
# Comment and CDATA wrappers that old templates put around script content.
_WRAPPER = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# JSON escapes that reached the HTML undecoded ("Luis \\u00c1vila" in a meta written by a template).
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# A legal form marks an organization, not a person ("Example Media GmbH", "Verein e.V.").
_LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:e\.\s?V\.|GmbH|AG|Inc\.?|Ltd\.?|LLC|S\.\s?A\.|S\.L\.|SpA|S\.p\.A\.|B\.V\.|Corp\.?|plc|sp\.\s?z\s?o\.\s?o\.)"
    r"(?=$|[\s,.)])"
)
# Site names shorter than this are not searched for inside an author value: "Ford" would hit "Harrison Ford".
_MIN_SITE_KEY_CHARS = 6
# A site credits itself under one or two spellings ("Jo Lee", "Jo Lee Studio"); more are other authors.
_MAX_SITE_AUTHORS = 2
_DOMAIN_LIKE = re.compile(r"(?:[\w-]{2,}\.)+[a-z]{2,}(?:/\S*)?\)?$")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# What a copyright meta wraps around the holder's name.
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|&copy;|copyright|all rights reserved\.?|alle rechte vorbehalten\.?|tous droits réservés\.?"
    r"|todos los derechos reservados\.?|(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?!\d)",
    re.IGNORECASE,
)
# Language tags that name no language.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "xx"})


def _unescape_json(m: re.Match[str]) -> str:
    code = int(m.group(1), 16)
    # A lone surrogate half would make the string unencodable; leave such escapes as written.
    return m.group() if 0xD800 <= code <= 0xDFFF else chr(code)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _clean(value: object, *, strip_tags: bool = False) -> str | None:
    """Folded, entity-decoded text, or None for anything empty or not a string."""
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = _ENTITY.sub(lambda m: html.unescape(m.group()), value)
    if "\\u" in value:
        value = _JSON_ESCAPE.sub(_unescape_json, value)
    if strip_tags and "<" in value:
        value = _TAG.sub(" ", value)
    folded = _fold(value)
    return folded or None


def _norm_key(key: str) -> str:
    key = key.strip().lower()
    if key.startswith(("dc:", "dcterms:")):
        key = key.replace(":", ".", 1)
    elif key.startswith("og:article:"):
        # Some CMSs prefix the article namespace with "og:"; it means the same property.
        key = key[3:]
    return key


def _tokens(value: str | None) -> list[str]:
    return value.lower().split() if value else []


def _compact(text: str) -> str:
    """A comparison key: case-folded letters and digits only."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _language(value: str | None) -> str | None:
    """Primary language subtag, lower-cased; None for empty or non-language tags."""
    if not value:
        return None
    first = re.split(r"[,;\s]", value.strip(), maxsplit=1)[0]
    primary = re.split(r"[-_]", first, maxsplit=1)[0].lower()
    if _LANGUAGE.fullmatch(primary) and primary not in _NO_LANGUAGE:
        return primary
    return None


# ---------------------------------------------------------------------------
# JSON-LD
# ---------------------------------------------------------------------------


def _load_json(text: str) -> Any:
    """The JSON in a script, repairing the common breakages; None when beyond repair."""
    text = _WRAPPER.sub("", text.strip()).strip().rstrip(";").strip()
    if not text:
        return None
    try:
        # strict=False accepts raw newlines and tabs inside strings, the most common breakage.
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    repaired = _CONTROL_CHARS.sub(" ", _TRAILING_COMMA.sub(r"\1", text))
    try:
        return json.loads(repaired, strict=False)
    except (ValueError, RecursionError):
        pass
    # Several objects written back to back ("{...}{...}" or "{...},{...}").
    decoder = json.JSONDecoder(strict=False)
    found: list[Any] = []
    pos = 0
    while pos < len(repaired):
        while pos < len(repaired) and repaired[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(repaired):
            break
        try:
            obj, pos = decoder.raw_decode(repaired, pos)
        except (ValueError, RecursionError):
            break
        found.append(obj)
    return found or None


def _walk(node: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    """Flatten top-level objects, ``@graph`` members and a page's ``mainEntity`` into ``out``."""
    if depth > _MAX_JSON_LD_DEPTH or len(out) >= _MAX_JSON_LD_OBJECTS:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, out, depth + 1)
    elif isinstance(node, dict):
        out.append(node)
        graph = node.get("@graph")
        if isinstance(graph, (list, dict)):
            _walk(graph, out, depth + 1)
        main = node.get("mainEntity")
        if isinstance(main, dict):
            _walk(main, out, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    """Local type names, lower-cased ("http://schema.org/NewsArticle" -> "newsarticle")."""
    raw = obj.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    names: set[str] = set()
    for item in items:
        if isinstance(item, str):
            names.add(re.split(r"[/:#]", item)[-1].strip().lower())
    return names


def _id_of(value: Any) -> str | None:
    """The ``@id`` or ``url`` a reference or an object carries, as a string."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("@id", "url"):
            ref = value.get(key)
            if isinstance(ref, str) and ref.strip():
                return ref.strip()
    return None


def _url_key(url: str) -> str:
    """Scheme-, www-, query- and slash-insensitive form of a URL, for matching an article to its page."""
    url = url.strip().lower().split("#", 1)[0].split("?", 1)[0]
    url = re.sub(r"^(?:https?:)?//(?:www\.)?", "", url)
    return url.rstrip("/")


class _JsonLd:
    """The article-like object, the page object and an ``@id`` index of one page's JSON-LD."""

    def __init__(self, objects: list[dict[str, Any]], canonical: str | None) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        for obj in objects:
            ref = obj.get("@id")
            if isinstance(ref, str) and ref not in self.by_id:
                self.by_id[ref] = obj
        self.objects = objects
        self.article = self._pick([o for o in objects if _types(o) & _ARTICLE_TYPES], canonical)
        self.page = self._pick([o for o in objects if _types(o) & _PAGE_TYPES], canonical)

    @staticmethod
    def _pick(candidates: list[dict[str, Any]], canonical: str | None) -> dict[str, Any] | None:
        """The object that is this page: the one whose URL is the canonical URL, else the first with a title."""
        if not candidates:
            return None
        if canonical and len(candidates) > 1:
            want = _url_key(canonical)
            for obj in candidates:
                for key in ("url", "mainEntityOfPage", "@id"):
                    ref = _id_of(obj.get(key))
                    if ref and _url_key(ref) == want:
                        return obj
        for obj in candidates:
            if _clean(obj.get("headline")) or _clean(obj.get("name")):
                return obj
        return candidates[0]

    def resolve(self, value: Any) -> Any:
        """Follow a bare ``{"@id": ...}`` reference to the full object it names."""
        if isinstance(value, dict) and len(value) <= 2 and "@id" in value:
            ref = value.get("@id")
            if isinstance(ref, str) and ref in self.by_id:
                return self.by_id[ref]
        return value

    def field(self, key: str) -> Any:
        """``key`` from the article object, else from the page object."""
        for obj in (self.article, self.page):
            if obj is not None and obj.get(key) not in (None, "", []):
                return obj.get(key)
        return None

    def name_of(self, value: Any) -> str | None:
        """The name of a string or an object (following references); the first one of a list."""
        for item in value if isinstance(value, list) else [value]:
            # Not recursive: a hostile list nested a thousand deep must not exhaust the stack.
            item = self.resolve(item)
            name = _clean(item.get("name") if isinstance(item, dict) else item, strip_tags=True)
            if name:
                return name
        return None

    def authors(self) -> tuple[list[str], list[str]]:
        """Author names of people (and of untyped authors), and those typed as organizations."""
        raw = self.field("author") or self.field("creator")
        items = raw if isinstance(raw, list) else [raw]
        people: list[str] = []
        organizations: list[str] = []
        for item in items[:_MAX_JSON_LD_OBJECTS]:
            item = self.resolve(item)
            if isinstance(item, dict):
                name = item.get("name")
                names = name if isinstance(name, list) else [name]
                kinds = _types(item)
                # Yoast types a site owner as ["Person", "Organization"]: a person first.
                is_org = bool(kinds & _ORGANIZATION_TYPES) and "person" not in kinds
                for one in names:
                    cleaned = _clean(one, strip_tags=True)
                    if cleaned:
                        (organizations if is_org else people).append(cleaned)
            else:
                cleaned = _clean(item, strip_tags=True)
                if cleaned:
                    people.append(cleaned)
        return people, organizations

    def publisher(self) -> str | None:
        name = self.name_of(self.field("publisher"))
        if name:
            return name
        for obj in self.objects:
            name = self.name_of(obj.get("publisher"))
            if name:
                return name
        return None

    def copyright_year(self) -> int | None:
        value = self.field("copyrightYear")
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value if 1000 <= value <= 9999 else None
        if isinstance(value, str):
            m = _YEAR.search(value)
            return int(m.group()) if m else None
        return None

    def image(self) -> str | None:
        """The URL of the article's image: a string, an ``ImageObject`` (``url``/``contentUrl``),
        the first of a list, else its ``thumbnailUrl``. Only the article's own node (or the
        page's): a graph's other images are logos and authors' photos."""
        for value in (self.field("image"), self.field("thumbnailUrl")):
            for item in (value if isinstance(value, list) else [value])[:_MAX_LIST_ITEMS]:
                item = self.resolve(item)
                ref = item.get("url") or item.get("contentUrl") if isinstance(item, dict) else item
                cleaned = _clean(ref) if isinstance(ref, str) else None
                if cleaned:
                    return cleaned
        return None

    def section(self) -> str | None:
        """The article's ``articleSection`` (the first when it lists several)."""
        value = self.field("articleSection")
        for item in (value if isinstance(value, list) else [value])[:_MAX_LIST_ITEMS]:
            cleaned = _clean(item, strip_tags=True)
            if cleaned:
                return cleaned
        return None

    def keywords(self) -> list[str]:
        """The article's ``keywords``: a list, or one comma-separated string."""
        value = self.field("keywords")
        items = value if isinstance(value, list) else [value]
        return [v for item in items[:_MAX_LIST_ITEMS] if isinstance(item, str) for v in _split_tags(item)]


def _split_tags(value: str) -> list[str]:
    """The tags in one value: "a, b; c" -> ["a", "b", "c"]."""
    return [t for t in (_clean(part, strip_tags=True) for part in _TAG_SEPARATORS.split(value)) if t]


def _tags(*groups: Iterable[str]) -> tuple[str, ...]:
    """The tags of the first group that gives any: de-duplicated (case-insensitive), each a short
    label with a letter in it, at most :data:`_MAX_TAGS`."""
    for group in groups:
        found: list[str] = []
        seen: set[str] = set()
        for tag in group:
            key = tag.casefold()
            if len(tag) > _MAX_TAG_CHARS or key in seen or not any(ch.isalpha() for ch in tag):
                continue
            seen.add(key)
            found.append(tag)
            if len(found) >= _MAX_TAGS:
                break
        if found:
            return tuple(found)
    return ()


def _json_ld(scripts: Iterable[str], canonical: str | None) -> _JsonLd | None:
    objects: list[dict[str, Any]] = []
    for text in scripts:
        if len(text) > _MAX_JSON_LD_CHARS:
            continue
        data = _load_json(text)
        if data is not None:
            _walk(data, objects)
    return _JsonLd(objects, canonical) if objects else None


# ---------------------------------------------------------------------------
# The tree scan
# ---------------------------------------------------------------------------


def _attr(el: Any, name: str) -> str | None:
    value = el.get(name)
    return value if isinstance(value, str) else None


def _text(el: Any) -> str:
    """The text inside ``el`` without comments (``itertext`` works on plain etree elements too)."""
    return "".join(t for t in el.itertext() if isinstance(t, str))


def _in_svg(el: Any) -> bool:
    return any(anc.tag == "svg" for anc in el.iterancestors())


def _in_byline_container(el: Any) -> bool:
    """``el`` sits in a post's metadata box, and not in a reader comment's ("comment-meta")."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _BYLINE_CONTAINER_DEPTH:
            break
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}".lower()
        if COMMENTS.search(marks):
            return False
        if any(word in marks for word in POST_META_WORDS):
            return True
    return False


def _item_of(el: Any) -> Any:
    """The microdata item a property belongs to: the nearest enclosing ``itemscope``."""
    return next((anc for anc in el.iterancestors() if anc.get("itemscope") is not None), None)


def _reply_item(item: Any) -> bool:
    """An item that is a property of another (an answer, a comment, a review, a list's entry) or
    that says it is a comment or an answer (a forum's replies): not the page's main item."""
    props = _tokens(_attr(item, "itemprop"))
    if props and not _MAIN_ITEM_PROPS.intersection(props):
        return True
    kind = (_attr(item, "itemtype") or "").rstrip("/").rpartition("/")[2].lower()
    return kind in _REPLY_TYPES


def _microdata_name(el: Any) -> str | None:
    """The name an ``itemprop=author`` element gives: its ``itemprop=name`` child, else its own value."""
    if el.get("itemscope") is not None or el.tag not in ("meta", "link", "a", "span"):
        for child in el.iterdescendants():
            if not isinstance(child.tag, str) or "name" not in _tokens(_attr(child, "itemprop")):
                continue
            return _clean(_attr(child, "content") or _text(child))
    if el.tag == "meta":
        return _clean(_attr(el, "content"))
    if el.tag == "link":
        return None
    return _clean(_text(el))


# The media type of JSON-LD, which a meta's name may end with when it holds a JSON-LD script.
_JSON_LD_KIND = "ld+json"


class _Scan:
    """Everything one pass over the tree found, before the fields are chosen."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.metas: dict[str, list[str]] = {}
        self.canonical: str | None = None
        self.base_href: str | None = None
        self.scripts: list[str] = []
        self.micro_headline: str | None = None
        self.micro_published: str | None = None
        self.micro_modified: str | None = None
        self.micro_authors: list[str] = []
        # The microdata item whose authors are the page's: the first one that names any.
        self.author_item: Any = None
        self.rel_authors: list[str] = []
        # Where the first rel=author link stands: co-authors share its wrapper, a later card's do not.
        self.rel_parent: Any = None
        self.card_authors: list[str] = []
        self.card_parent: Any = None
        self.time_pubdate: str | None = None
        self.time_byline: str | None = None
        # A <time> whose own class names it the publication ("entry-date published", not "updated").
        self.time_classed: str | None = None
        # The publication date the page's <html> or <body> carries in a data attribute.
        self.page_data_published: str | None = None
        # Values of metas named like a publication date but not among the known keys.
        self.other_published: list[str] = []
        self.rel_tags: list[str] = []
        self.rel_categories: list[str] = []
        self.image_src: str | None = None
        self.micro_image: str | None = None

    def add_meta(self, key: str, value: str | None) -> None:
        key = _norm_key(key)
        if key not in _WANTED_KEYS:
            if _PUBLISHED_KEY.search(key):
                cleaned = _clean(value)
                # Only dates: a key like this may hold a flag or a name.
                if cleaned and parse_iso_like(cleaned) is not None:
                    self.other_published.append(cleaned)
            return
        cleaned = _clean(value)
        if cleaned:
            self.metas.setdefault(key, []).append(cleaned)

    def meta(self, keys: Iterable[str]) -> str | None:
        for key in keys:
            values = self.metas.get(key)
            if values:
                return values[0]
        return None

    def visit(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag == "meta":
            self._visit_meta(el)
            return
        if tag == "title":
            if self.title is None and not _in_svg(el):
                self.title = _clean(_MARKUP_IN_TITLE.sub(" ", _text(el)[:_MAX_TITLE_CHARS]), strip_tags=True)
            return
        if tag == "script":
            self._visit_script(el)
            return
        if tag == "base":
            if self.base_href is None:
                self.base_href = _clean(_attr(el, "href"))
            return
        rel = _tokens(_attr(el, "rel"))
        if tag == "link" and "canonical" in rel and self.canonical is None:
            self.canonical = _clean(_attr(el, "href"))
        if tag == "a" and "author" in rel:
            name = _clean(_text(el))
            parent = el.getparent()
            if name and self.rel_parent in (None, parent):
                # (A rel=author link in another wrapper credits another entry: a teaser card's story.)
                self.rel_authors.append(name)
                self.rel_parent = parent
        if tag == "a" and "tag" in rel:
            # WordPress marks a post's categories rel="category tag" and its tags rel="tag".
            label = _clean(_text(el))
            if label:
                (self.rel_categories if "category" in rel else self.rel_tags).append(label)
        if tag == "link" and "image_src" in rel and self.image_src is None:
            self.image_src = _clean(_attr(el, "href"))
        if tag == "time" and self.micro_published is None:
            self._visit_time(el)
        props = _tokens(_attr(el, "itemprop"))
        if props:
            self._visit_itemprop(el, props)

    def _visit_script(self, el: Any) -> None:
        kind = (_attr(el, "type") or "").lower()
        if kind and "ld+json" not in kind:
            return
        text = el.text
        if text and (kind or _UNTYPED_JSON_LD.match(text)):
            self.scripts.append(text)

    def _visit_meta(self, el: Any) -> None:
        content = _attr(el, "content")
        if content is None:
            content = _attr(el, "value")
        for attr in ("name", "property", "itemprop", "http-equiv"):
            # "og:title twitter:title" in one property attribute names both.
            for key in (_attr(el, attr) or "").split():
                if content and key.lower().endswith(_JSON_LD_KIND):
                    # A framework's metadata API writes the JSON-LD script as a meta of that name
                    # ("script:ld+json"): the same structured data.
                    self.scripts.append(content)
                    continue
                self.add_meta(key, content)

    def _visit_time(self, el: Any) -> None:
        value = _clean(_attr(el, "datetime"))
        if not value:
            return
        if self.time_pubdate is None and el.get("pubdate") is not None:
            self.time_pubdate = value
        if self.time_byline is None and _in_byline_container(el):
            self.time_byline = value
        if self.time_classed is None:
            classes = set(_tokens(_attr(el, "class")))
            if classes & PUBLISHED_TIME_CLASSES and not classes & UPDATED_TIME_CLASSES:
                self.time_classed = value

    def visit_page(self, el: Any) -> None:
        """The ``<html>`` and ``<body>`` elements: a publication date in a data attribute
        (``data-published="2025-12-19"``), which templates set for their scripts."""
        for name in _PAGE_DATA_PUBLISHED:
            value = _clean(_attr(el, name))
            if value and self.page_data_published is None and parse_iso_like(value) is not None:
                self.page_data_published = value

    def visit_card(self, el: Any) -> None:
        """An hCard marked as the entry's author (``class="author vcard"`` around ``class="fn"``):
        blog themes credit the writer this way, often by a user name no other source gives.
        Only the first credit's cards count (co-authors share its wrapper); later ones credit
        other entries of a listing."""
        if "author" not in _tokens(_attr(el, "class")) or not _in_byline_container(el):
            # "comment-author vcard" credits a comment, not the article; a card outside a byline
            # or entry-meta wrapper may credit a teaser of a slider or a sidebar.
            return
        parent = el.getparent()
        if self.card_parent is not None and parent is not self.card_parent:
            return
        for sub in el.iter():
            if isinstance(sub.tag, str) and "fn" in _tokens(_attr(sub, "class")):
                name = _clean(_text(sub))
                if name:
                    self.card_authors.append(name)
                    self.card_parent = parent
                return

    def _visit_itemprop(self, el: Any, props: list[str]) -> None:
        if el.tag == "meta":
            return  # read as a meta key already
        if "headline" in props and self.micro_headline is None:
            self.micro_headline = _clean(_attr(el, "content") or _text(el))
        if "datepublished" in props and self.micro_published is None:
            self.micro_published = _clean(_attr(el, "content") or _attr(el, "datetime"))
        if "image" in props and self.micro_image is None:
            self.micro_image = _clean(_attr(el, "src") or _attr(el, "href") or _attr(el, "content"))
        if "datemodified" in props and self.micro_modified is None:
            self.micro_modified = _clean(_attr(el, "content") or _attr(el, "datetime"))
        if "author" in props or "creator" in props:
            item = _item_of(el)
            if item is not None and (_reply_item(item) or self.author_item not in (None, item)):
                # An answer's, a comment's or a teaser's writer, or a later item's (a listing's cards):
                # the credit of something else than the page's own item.
                return
            name = _microdata_name(el)
            if name:
                self.micro_authors.append(name)
                self.author_item = item


def _is_url_or_handle(text: str) -> bool:
    if text.startswith(("//", "@")) or "http://" in text or "https://" in text or "www." in text:
        return True
    # A word like "example.com" inside the value makes it a site credit ("Redaktion example.de").
    return any(_DOMAIN_LIKE.match(word) for word in text.split())


def _person_name(name: str, not_names: set[str]) -> str | None:
    """``name`` cleaned of wrapping quotes, or None when it cannot be a person's name."""
    name = AUTHOR_LINK_LABEL.sub("", name.strip("\"'“”‘’«» "))
    if not name or len(name) > _MAX_NAME_CHARS or _is_url_or_handle(name) or _EMAIL.search(name):
        return None
    # A name starts with a letter and has no digits: "/domena publiczna", "link78", "CC7567" are not names.
    if not name[0].isalpha() or any(ch.isdigit() for ch in name):
        return None
    if name.casefold() in ACCOUNT_PLACEHOLDERS or CMS_ACCOUNT.search(name) or _LEGAL_FORM.search(name):
        return None
    key = _compact(name)
    # The site's name at either end is a site credit ("Example Staff", "Team Example"); in the middle
    # it is an affiliation after a person's name ("Jane Doe, Example Insight"), which stays.
    if any(
        site == key or (len(site) >= _MIN_SITE_KEY_CHARS and (key.startswith(site) or key.endswith(site)))
        for site in not_names
    ):
        return None
    return name


def _author_names(groups: Iterable[Iterable[str]], not_names: set[str]) -> tuple[str, ...]:
    """The names of the first group that yields any, de-duplicated, in order."""
    for group in groups:
        seen: set[str] = set()
        names: list[str] = []
        for raw in group:
            name = _person_name(raw, not_names)
            key = _compact(name) if name else ""
            if name and key and key not in seen:
                seen.add(key)
                names.append(name)
        if names:
            return tuple(names)
    return ()


def _labelled_writers(scan: _Scan) -> list[str]:
    """The values of the link preview's label/value pairs whose label names the writer ("Written
    by", "Author", "Geschrieben von")."""
    writers: list[str] = []
    for i in range(1, LABELLED_PAIRS + 1):
        label, value = scan.meta((f"twitter:label{i}",)), scan.meta((f"twitter:data{i}",))
        if label and value:
            prefix = BYLINE_PREFIX.match(label)
            if prefix is not None and prefix.end() == len(label):
                writers.append(value)
    return writers


def _is_cut(value: str, later: str) -> bool:
    """``later`` continues ``value``, which was cut to a length limit (with or without an ellipsis)."""
    marked = value.endswith(("…", "..."))
    stem = value.rstrip(".…").rstrip() if marked else value
    if len(later) <= len(stem) or not later.casefold().startswith(stem.casefold()):
        return False
    # Without an ellipsis only a long headline counts as cut, and only if the rest is not a " - Site" suffix.
    return marked or (len(stem) >= _MIN_TRUNCATED_CHARS and not _SEPARATOR_AFTER.match(later[len(stem) :]))


def _is_decorated(value: str, later: str) -> bool:
    """``value`` is ``later`` plus a site suffix ("X - Site", "X | Author") or a kicker ("Topic: X")."""
    if len(later) >= len(value) or len(later.split()) < _MIN_BARE_WORDS:
        return False
    folded, bare = value.casefold(), later.casefold()
    if folded.startswith(bare):
        return bool(_SEPARATOR_AFTER.match(value[len(later) :]))
    if folded.endswith(bare):
        return bool(_SEPARATOR_BEFORE.search(value[: len(value) - len(later)]))
    return False


def _best_variants(values: list[str | None]) -> list[str | None]:
    """Put the whole, bare form of a headline where a cut or decorated form of it stood.

    Sites cut the JSON-LD headline to search engines' length limit, and add the
    site name or a kicker to social titles; when another candidate holds the
    same headline whole and bare, it is the better form at that rank.
    """
    out = list(values)
    for i, value in enumerate(out):
        if not value:
            continue
        for later in out[i + 1 :]:
            if later and (_is_cut(value, later) or _is_decorated(value, later)):
                out[i] = later
                break
    return out


def _dedupe(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if not value:
            continue
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _copyright_from_meta(text: str | None) -> tuple[str | None, int | None]:
    """Holder and latest year from a meta like "© 2010-2024 Example Media. All rights reserved."."""
    if not text:
        return None, None
    years = [int(y) for y in _YEAR.findall(text)]
    holder = _fold(_COPYRIGHT_NOISE.sub(" ", text)).strip(" .,;:-–|")
    if len(holder) > _MAX_NAME_CHARS or not any(ch.isalpha() for ch in holder):
        holder = ""
    return holder or None, max(years) if years else None


def _document_root(el: etree._Element) -> Any:
    """The root element of ``el``'s document, or None for something that is not in a tree."""
    try:
        return el.getroottree().getroot()
    except (AttributeError, ValueError, TypeError):
        return None


def _iter_nodes(top: Any) -> tuple[list[Any], list[Any]]:
    """The elements a source reads, and the hCards. Head-like ones first in document order, then
    the in-page markers: microdata, then ``rel=author`` links, then ``<time datetime>`` (an
    element can be several)."""
    if top is None:
        return [], []
    nodes = list(top.iter(*_HEAD_TAGS))
    micro: list[Any] = []
    rel: list[Any] = []
    times: list[Any] = []
    cards: list[Any] = []
    # One pass over the elements in Python costs less than an XPath query for the four kinds.
    for el in top.iter(etree.Element):
        get = el.get
        if get("itemprop") is not None:
            micro.append(el)
        tag = el.tag
        if tag == "a":
            rels = get("rel") or ""
            if "author" in rels or "tag" in rels:
                rel.append(el)
        elif tag == "time" and get("datetime") is not None:
            times.append(el)
        names = get("class")
        if names and PERSON_CARD in names and PERSON_CARD in _tokens(names):
            cards.append(el)
    return nodes + micro + rel + times, cards


def extract_hints(root: etree._Element) -> Hints:
    """Read a page's metadata from its parsed tree (``lxml.html.document_fromstring``).

    Any lxml element of the document will do (an ``HtmlElement`` normally); the
    whole document is read, whichever element is passed.

    Never raises; every field is empty when the page says nothing about it.
    """
    top = _document_root(root)
    scan = _Scan()
    nodes, cards = _iter_nodes(top)
    for el in nodes:
        scan.visit(el)
    for el in cards:
        scan.visit_card(el)
    if top is not None:
        scan.visit_page(top)
        for body in top.iterchildren("body"):
            scan.visit_page(body)

    canonical = scan.canonical
    og_url = scan.meta(("og:url",))
    if canonical is None:
        canonical = og_url
    elif og_url and not canonical.startswith(("http://", "https://")) and og_url.startswith(("http://", "https://")):
        # A relative canonical is resolved against the page's own absolute URL.
        with contextlib.suppress(ValueError):  # a malformed host such as "http://[::1"
            canonical = urljoin(og_url, canonical)

    ld = _json_ld(scan.scripts, canonical)
    article = ld.article if ld else None

    headlines = _dedupe(
        _best_variants(
            [
                _clean(ld.field("headline"), strip_tags=True) if ld else None,
                *(scan.meta((key,)) for key in _HEADLINE_KEYS[:2]),
                scan.micro_headline,
                scan.meta(_HEADLINE_KEYS[2:]),
                _clean(article.get("name"), strip_tags=True) if article else None,
            ]
        )
    )

    description = scan.meta(_DESCRIPTION_KEYS)
    if description is None and ld:
        description = _clean(ld.field("description"), strip_tags=True)

    publisher = ld.publisher() if ld else None
    site_name = scan.meta(("og:site_name",)) or publisher or scan.meta(("application-name",))

    not_names = {_compact(n) for n in (site_name, publisher, site_label(canonical)) if n}
    meta_authors = [v for key in _AUTHOR_KEYS for v in scan.metas.get(key, ())]
    ld_people, ld_organizations = ld.authors() if ld else ([], [])
    # Most trusted source first, and only one source: sources spell the same people differently
    # ("A, B" in a meta, "A" and "B" in JSON-LD), so merging them would list people twice.
    # An organization declared as author is a last resort: it is usually the agency or the site.
    authors = _author_names(
        # The link preview's "Written by" comes after the author fields made for that purpose.
        (
            ld_people,
            meta_authors,
            _labelled_writers(scan),
            scan.micro_authors,
            scan.rel_authors,
            scan.card_authors,
            ld_organizations,
        ),
        not_names,
    )

    # The author fields' values dropped only for being the site's name, kept apart for the byline rule.
    site_authors = _author_names(
        (
            [
                v
                for group in (ld_people, meta_authors, scan.micro_authors)
                for v in group[:_MAX_SITE_AUTHORS]
                if _person_name(v, not_names) is None
            ],
        ),
        set(),
    )[:_MAX_SITE_AUTHORS]

    published = (
        (_clean(ld.field("datePublished")) if ld else None)
        or scan.meta(_PUBLISHED_KEYS)
        # A forum thread or a question is dated by its creation, the first post.
        or (_clean(ld.field("dateCreated")) if ld else None)
        or next(iter(scan.other_published), None)
        or scan.page_data_published
        or scan.micro_published
        or scan.time_pubdate
        or scan.time_classed
        or scan.time_byline
    )
    modified = (_clean(ld.field("dateModified")) if ld else None) or scan.meta(_MODIFIED_KEYS) or scan.micro_modified

    image = scan.meta(_IMAGE_KEYS) or (ld.image() if ld else None) or scan.image_src or scan.micro_image
    section = (
        scan.meta(_SECTION_KEYS[:1])
        or (ld.section() if ld else None)
        or scan.meta(_SECTION_KEYS[1:])
        or next(iter(scan.rel_categories), None)
    )
    tags = _tags(
        (t for v in scan.metas.get("article:tag", ()) for t in _split_tags(v)),
        ld.keywords() if ld else (),
        (t for key in _KEYWORD_KEYS for v in scan.metas.get(key, ())[:1] for t in _split_tags(v)),
        scan.rel_tags,
    )

    language = None
    if top is not None:
        for attr in ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"):
            language = _language(_attr(top, attr))
            if language:
                break
    if language is None:
        for key in _LANGUAGE_KEYS:
            language = _language(scan.meta((key,)))
            if language:
                break
    if language is None and ld:
        in_language = ld.field("inLanguage")
        language = _language(in_language if isinstance(in_language, str) else ld.name_of(in_language))

    schema_types: dict[str, None] = {}  # in order of appearance, each once
    for obj in ld.objects if ld else ():
        if len(schema_types) >= _MAX_SCHEMA_TYPES:
            break
        schema_types.update(dict.fromkeys(sorted(t for t in _types(obj) if t)))
    og_type = scan.meta(("og:type",))

    holder = ld.name_of(ld.field("copyrightHolder")) if ld else None
    year = ld.copyright_year() if ld else None
    if holder is None or year is None:
        meta_holder, meta_year = _copyright_from_meta(scan.meta(_COPYRIGHT_KEYS))
        holder = holder or meta_holder
        year = year or meta_year

    return Hints(
        title=scan.title,
        headlines=headlines,
        description=description,
        site_name=site_name,
        authors=authors,
        site_authors=site_authors,
        published=published,
        modified=modified,
        canonical_url=canonical,
        base_href=scan.base_href,
        language=language,
        copyright_holder=holder,
        copyright_year=year,
        schema_types=tuple(schema_types)[:_MAX_SCHEMA_TYPES],
        og_type=og_type.lower() if og_type else None,
        image=image,
        section=section,
        tags=tags,
    )
