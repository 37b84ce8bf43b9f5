"""Resolving the links a page prints into absolute URLs, and telling article links from others."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from urllib.parse import SplitResult, quote, urljoin, urlsplit

import regex

from .memo import bounded_memo

__all__ = [
    "SAFE_SCHEMES",
    "absolute_url",
    "article_shaped",
    "escape_url",
    "has_story_id",
    "has_userinfo",
    "host_spells_name",
    "is_ad_url",
    "is_social_url",
    "join_url",
    "looks_like_article",
    "normalize_href",
    "resolve",
    "same_story",
    "same_story_as_any",
    "section_names",
    "shown_url_site",
    "site_label",
    "site_of",
    "url_host",
    "url_scheme",
    "without_userinfo",
]

# The only schemes a URL that newsparse returns may have: the output is rendered by other
# people's code, and javascript:, vbscript:, data: and kin run code when followed.
SAFE_SCHEMES = frozenset(("http", "https"))
# What the WHATWG URL parser strips from both ends of a URL: C0 controls and space ...
_URL_EDGES = "".join(map(chr, range(0x21)))
# ... and what it removes wherever it stands: browsers read "java\tscript:" as "javascript:".
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")
# A scheme: a letter, then letters, digits, "+", "-" or ".", then a colon.
_SCHEME = regex.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# Characters no returned URL carries as they are, percent-encoded as browsers do: controls, DEL,
# C1 controls, spaces of every width and characters that show as nothing (zero-width, soft hyphen,
# bidi marks, embeddings, overrides and isolates): they make a URL display as another one, or
# end it early where text is scanned for links. Lone surrogates (no encoding can write them)
# become U+FFFD first.
_URL_UNSAFE = regex.compile(
    r"[\x00-\x20\x7f-\xa0\xad\u034f\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f"
    r"\u205f-\u206f\u3000\u3164\ufeff\uffa0\ud800-\udfff]"
)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# Up to where a special-scheme URL's backslashes are slashes (the query and fragment keep theirs).
_BEFORE_QUERY = regex.compile(r"[^?#]*")

# A link text that reads as a URL or a host name: an optional http(s) scheme, a dotted host
# name ending in letters, then optionally a path, query or fragment without spaces.
_URL_SHAPED_TEXT = regex.compile(
    r"(?:https?://)?(?P<host>(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,63})\.?(?::\d{1,5})?(?:[/?#]\S*)?",
    regex.IGNORECASE,
)
# A link text longer than this is a sentence, not a URL shown as the text (and bounds the match).
URL_TEXT_MAX_CHARS = 2048

# Social networks and share services: their links follow, share or embed, they never tease an article.
_SOCIAL_HOSTS = (
    "facebook.com",
    "fb.com",
    "fb.me",
    "twitter.com",
    "x.com",
    "t.co",
    "linkedin.com",
    "instagram.com",
    "pinterest.com",
    "reddit.com",
    "tumblr.com",
    "whatsapp.com",
    "wa.me",
    "telegram.me",
    "t.me",
    "vk.com",
    "ok.ru",
    "xing.com",
    "plus.google.com",
    "youtube.com",
    "youtu.be",
    "tiktok.com",
    "flipboard.com",
    "getpocket.com",
    "snapchat.com",
    "line.me",
    "weibo.com",
    "news.google.com",
    "feedly.com",
    "threads.net",
    "bsky.app",
    "mastodon.social",
    "addthis.com",
    "sharethis.com",
)
_SOCIAL_HOST_SET = frozenset(_SOCIAL_HOSTS)
# Ad servers, click trackers and native-ad networks: their links are advertising.
_AD_MARKERS = (
    "doubleclick.net",
    "googleadservices",
    "googlesyndication",
    "adservice.",
    "taboola",
    "outbrain",
    "zergnet",
    "revcontent",
    "mgid.com",
    "plista",
    "ligatus",
    "adclick",
    "feednetwork",
    "/aff_c?",
    "utm_medium=cpc",
    "utm_source=ob",
    "utm_medium=paid",
    "utm_medium=sponsored",
)
# The markers as one alternation: one search of a URL instead of a test per marker.
_AD_MARKER = re.compile("|".join(map(re.escape, _AD_MARKERS)))
# Path segments of pages that list or manage things rather than tell a story: tag, author and
# section indexes, search, accounts, shops, feeds (checked among the last two segments).
_INDEX_SEGMENTS = frozenset(
    "tag tags topic topics author authors autor autoren auteur auteurs autore autores schlagwort schlagworte stichwort"
    " thema themen tema temas etiqueta etiquetas tagi category categories kategorie kategoria categoria categorie"
    " rubrik rubrique section sections seccion secciones profil profile profiles user users people person"
    " personen writer writers journaliste journalistes journalist journalists columnist columnists contributor"
    " contributors redakteur redakteure periodista periodistas firma firmas u argomenti argomento temi sujet sujets"
    " tematy temat assunto assuntos onderwerp onderwerpen tudo-sobre".split()
)
# Path segments of service pages, wherever they stand.
_SERVICE_SEGMENTS = frozenset(
    "search suche buscar busca recherche szukaj login signin sign-in logout register registrieren subscribe"
    " subscription subscriptions abo abonnement abonnements abonnieren suscripcion suscribete assinatura"
    " newsletter newsletters account accounts myaccount shop store tienda loja sklep cart checkout donate"
    " donation spenden feed rss rss.xml atom.xml impressum imprint datenschutz privacy privacy-policy terms"
    " terms-of-use terms-of-service agb contact contacto kontakt about about-us jobs careers karriere"
    " advertise advertise-with-us werben mediadaten forum forums send-a-tip tips contact-us join signup sign-up"
    " legal produkt produkte product products sponsored abbonati abbonamento abbonamenti promozioni"
    " cursos courses kurse"
    " sponsored-content conteudo-patrocinado contenido-patrocinado contenu-sponsorise publireportage advertorial"
    " partner-content brand-studio brandstudio anzeige".split()
)
# A story's slug has a few words; a section's or topic's name has one or two ("/world/", "/radar-libros/").
SLUG_MIN_WORDS = 3
# Under an index segment ("/author/", "/topic/") a person's or topic's name has up to four words.
INDEX_SLUG_MIN_WORDS = 5
_WORD_SPLIT = regex.compile(r"[-_.,+~!]+")
_LONG_NUMBER = regex.compile(r"\d{5,}")
_ID_RUN = regex.compile(r"\d{4,}")
# Subdomains that serve shops, accounts, campaigns, help desks and forums.
_SERVICE_HOSTS = (
    "shop.",
    "store.",
    "abo.",
    "login.",
    "account.",
    "accounts.",
    "jobs.",
    "action.",
    "donate.",
    "support.",
    "help.",
    "forum.",
    "forums.",
    "community.",
    "subscribe.",
    "subscription.",
    "checkout.",
    "careers.",
    "corporate.",
)
# Link shorteners hide where a link goes; pages use them for campaigns and sponsored promos.
_SHORTENERS = ("bit.ly", "goo.gl", "ow.ly", "tinyurl.com", "buff.ly", "t.ly", "is.gd", "lnkd.in", "dlvr.it")
# Their subdomains' endings, for one str.endswith call.
_SHORTENER_SUFFIXES = tuple("." + host for host in _SHORTENERS)
# Query keys that name one story on a site without paths ("/?p=123", "index.php?id=9").
_ID_KEYS = frozenset("p id story article aid articleid newsid nid page_id postid".split())
# Files that are no pages.
_FILE_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".zip", ".xml", ".rss")
# Second-level labels under a country code that a registrar sells names beneath ("co.uk", "com.br").
_SECOND_LEVEL = frozenset("co com org net gov ac edu ne or gob nic gv mil".split())


# How many URLs' split forms are remembered (a page links a few hundred; pages share their own).
URL_CACHE_SIZE = 4096
# Longer URLs are split but not remembered (real links are shorter; a memo must not keep megabyte hrefs alive).
URL_MEMO_MAX_CHARS = 2048
# A host name has at most this many labels worth looking at: the share services listed have at most three.
SOCIAL_HOST_MAX_LABELS = max(host.count(".") + 1 for host in _SOCIAL_HOSTS)


# A path folder that can name a section: words of letters joined by hyphens ("opinion", "us-news").
_SECTION_FOLDER = regex.compile(r"^[^\W\d_]{3,}(?:-[^\W\d_]+)*$")


def normalize_href(href: str) -> str:
    """An href as the WHATWG URL parser reads it: control characters and spaces stripped from
    both ends, tabs and newlines removed, backslashes before the query of a relative or
    http(s) URL read as slashes."""
    href = href.strip(_URL_EDGES)
    if "\t" in href or "\n" in href or "\r" in href:
        href = href.translate(_TAB_NEWLINE)
    if "\\" in href:
        scheme = url_scheme(href)
        if scheme is None or scheme in SAFE_SCHEMES:
            head = _BEFORE_QUERY.match(href)
            end = head.end() if head else 0
            href = href[:end].replace("\\", "/") + href[end:]
    return href


def url_scheme(url: str) -> str | None:
    """The scheme of a URL, lower-cased ("javascript"), ``None`` for a relative one."""
    match = _SCHEME.match(url)
    return match.group()[:-1].lower() if match else None


def absolute_url(url: str | None) -> str | None:
    """The URL as an absolute http(s) URL that is safe to render, else ``None``.

    Normalised as a browser reads it (see :func:`normalize_href`), so that no control
    character hides a ``javascript:`` scheme; control characters and bidi overrides left
    inside are percent-encoded. A relative URL, one without a host and one with any other
    scheme give ``None``.
    """
    if not url:
        return None
    url = without_userinfo(normalize_href(url))
    if url_scheme(url) not in SAFE_SCHEMES:
        return None
    split = _split(url)
    if split is None or not split[0].netloc or _URL_UNSAFE.search(split[0].netloc):
        # A host with a space or an invisible character in it is no host (or shows as another).
        return None
    return escape_url(url)


def _escape_char(match: regex.Match[str]) -> str:
    char = match.group()
    return quote("\ufffd" if _SURROGATE.match(char) else char, safe="")


def escape_url(url: str) -> str:
    """The URL as safe to show as to follow: without a user name or password (``https://bank.example@evil.example/``
    shows one host and leads to another), with control characters, spaces and invisible characters
    percent-encoded, as browsers send them."""
    url = without_userinfo(url)
    if _URL_UNSAFE.search(url):
        return _URL_UNSAFE.sub(_escape_char, url)
    return url


def _authority(url: str) -> tuple[int, int] | None:
    """Where the authority of a URL (``//user@host:port``) stands in it, ``None`` when it has none."""
    match = _SCHEME.match(url)
    start = match.end() if match else 0
    if not url.startswith("//", start):
        return None
    start += 2
    end = len(url)
    for sep in "/?#":
        found = url.find(sep, start)
        if found != -1:
            end = min(end, found)
    return start, end


def has_userinfo(url: str) -> bool:
    """The URL carries a user name or password before its host (``user:pass@host``)."""
    span = _authority(url)
    return span is not None and "@" in url[span[0] : span[1]]


def without_userinfo(url: str) -> str:
    """The URL without the user name and password of its authority."""
    span = _authority(url)
    if span is None:
        return url
    at = url.rfind("@", span[0], span[1])
    return url if at == -1 else url[: span[0]] + url[at + 1 :]


def shown_url_site(text: str) -> str:
    """The site a link's text names when the text is shaped like a URL or a host name
    ("https://bank.example/login", "www.bank.example"), else ""."""
    if len(text) > URL_TEXT_MAX_CHARS:
        return ""
    match = _URL_SHAPED_TEXT.fullmatch(text.strip())
    if match is None:
        return ""
    return site_of("http://" + match.group("host").lower())


def url_host(url: str | None) -> str:
    """The lower-cased host of an absolute or scheme-relative URL, "" when it has none."""
    if not url:
        return ""
    split = _split(url)
    return split[1] if split is not None else ""


def join_url(base: str, href: str) -> str | None:
    if _plain_rooted_path(href):
        plain = _PLAIN_HOST_URL.match(base)
        if plain is not None and not any(char in base for char in _REMOVED_BY_URLSPLIT):
            # urljoin keeps the base's scheme and host and takes the path whole: it has nothing to
            # resolve or drop (see _plain_rooted_path).
            return f"{plain.group(1)}://{plain.group(2)}{href}"
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed host such as "http://[::1"
        return None


def resolve(href: str, base: str | None) -> str | None:
    """The URL of a link, absolute when ``base`` is (or the href is); ``None`` for empty links,
    malformed ones and any scheme other than http(s) (script, mail, data links)."""
    href = normalize_href(href)
    if not href or (href.startswith("#") and base is None):
        return None
    if href.startswith(("https://", "http://")) and href[href.index("//") + 2 : href.index("//") + 3].isalnum():
        # Already absolute, with a plain host: joining would return it as it is.
        return href
    scheme = url_scheme(href)
    if scheme is not None and scheme not in SAFE_SCHEMES:
        return None
    if not base:
        return href
    # A malformed href (bad IPv6 literal, say) is no link a reader could follow.
    return join_url(base, href)


# Script pages whose query names the page ("article.php?id=9"), not a tracking source.
_QUERY_PAGES = (".php", ".asp", ".aspx", ".cfm", ".jsp", ".cgi")


def same_story(a: str, b: str | None) -> bool:
    """Two URLs name the same story: same host and path, whatever the tracking query
    ("?ref=sidebar") or fragment; the query counts only where it names the page ("article.php?id=9")."""
    if not b:
        return False
    ka, kb = _story_key(a), _story_key(b)
    if ka is None or kb is None or ka[:2] != kb[:2]:
        return False
    last = ka[1].rsplit("/", 1)[-1].lower()
    if not last or last.endswith(_QUERY_PAGES):
        return ka[2] == kb[2]
    return True


def same_story_as_any(*targets: str | None) -> Callable[[str], bool]:
    """A test that a URL names the same story as one of ``targets`` (see :func:`same_story`).

    Each target is split once and each URL asked about once, however many targets: a page's
    links are each checked against its own address, canonical URL and base."""
    keys = [key for key in (_story_key(t) for t in targets if t) if key is not None]
    answers: dict[str, bool] = {}

    def same(url: str) -> bool:
        known = answers.get(url)
        if known is None:
            known = answers[url] = _same_as_keys(url, keys)
        return known

    return same


def _same_as_keys(url: str, keys: list[tuple[str, str, str]]) -> bool:
    key = _story_key(url)
    if key is None:
        return False
    last = key[1].rsplit("/", 1)[-1].lower()
    by_query = not last or last.endswith(_QUERY_PAGES)
    return any(key[:2] == other[:2] and (not by_query or key[2] == other[2]) for other in keys)


def _plain_rooted_path(href: str) -> bool:
    """An href that starts at the host's root ("/news/a.html?id=3#top") and that urljoin returns
    as it is after the host: no dot segment to resolve, no ";" parameters, no empty query or
    fragment to drop, nothing urlsplit removes."""
    return (
        href[:1] == "/"
        and href[1:2] != "/"
        and "/." not in href
        and ";" not in href
        and "?#" not in href
        and not href.endswith(("?", "#"))
        and not any(char in href for char in _REMOVED_BY_URLSPLIT)
    )


# An http(s) URL whose host is plain lower-case letters, digits, dots and hyphens (no user name,
# port or IPv6 literal), as nearly every link is: split by str methods, as urlsplit would split it.
_PLAIN_HOST_URL = re.compile(r"(https?)://([a-z0-9.-]+)(?=[/?#]|\Z)")
# The characters urlsplit removes from anywhere in a URL: a URL with one goes the long way.
_REMOVED_BY_URLSPLIT = ("\t", "\n", "\r")


@bounded_memo(URL_CACHE_SIZE, URL_MEMO_MAX_CHARS)
def _split(url: str) -> tuple[SplitResult, str] | None:
    """A URL's parts and its lower-cased host, ``None`` when it cannot be split. Memoised: each
    link is asked about by several rules (its host, its path, whether it is the page itself)."""
    plain = _PLAIN_HOST_URL.match(url)
    if plain is not None and not any(char in url for char in _REMOVED_BY_URLSPLIT):
        scheme, host = plain.groups()
        rest, _, fragment = url[plain.end() :].partition("#")
        path, _, query = rest.partition("?")
        return SplitResult(scheme, host, path, query, fragment), host
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return None
    return parts, host


def _story_key(url: str) -> tuple[str, str, str] | None:
    """Host (without "www."), path without a trailing slash, and query of a URL; ``None`` when
    it cannot be split."""
    split = _split(url)
    if split is None:
        return None
    parts, host = split
    return (host[4:] if host.startswith("www.") else host), parts.path.rstrip("/"), parts.query


def _host(url: str) -> str:
    split = _split(url)
    host = split[1] if split is not None else ""
    return host[4:] if host.startswith("www.") else host


def site_of(url: str | None) -> str:
    """The registered domain of a URL ("news.example.co.uk" -> "example.co.uk"), "" when it has none."""
    if not url:
        return ""
    labels = _host(url).split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_label(url: str | None) -> str:
    """The site's name as its address spells it, without its suffix: "bbc" for bbc.com and
    news.bbc.co.uk alike, "" when the URL has no host."""
    return site_of(url).split(".", 1)[0]


def section_names(url: str | None) -> frozenset[str]:
    """The sections a URL's path files the page under, as words ("opinion contributors" and
    "opinion" for /story/opinion/contributors/2025/...): each folder before the last segment
    that is letters and hyphens only, casefolded, hyphens as spaces."""
    if not url:
        return frozenset()
    try:
        path = urlsplit(url).path
    except ValueError:
        return frozenset()
    folders = path.strip("/").split("/")[:-1]
    return frozenset(f.replace("-", " ").casefold() for f in folders if _SECTION_FOLDER.match(f))


def is_social_url(url: str) -> bool:
    """A link to a social network or share service."""
    labels = _host(url).split(".")
    # Only the last few labels can name a share service: a host of thousands of labels costs no more.
    first = max(0, len(labels) - SOCIAL_HOST_MAX_LABELS)
    if any(".".join(labels[i:]) in _SOCIAL_HOST_SET for i in range(first, len(labels) - 1)):
        return True
    return "/sharer" in url or "/share?" in url


def is_ad_url(url: str) -> bool:
    """A link through an ad server, click tracker or native-ad network."""
    return _AD_MARKER.search(url.lower()) is not None


def _shortener(host: str) -> bool:
    """A link shortener's host or one of its subdomains."""
    return host in _SHORTENERS or host.endswith(_SHORTENER_SUFFIXES)


def looks_like_article(url: str) -> bool:
    """Whether a URL may be an article: not a home page, an index (tag, author, section), a
    service page (search, login, shop, feed) or a file."""
    split = _split(url)
    if split is None:
        return False
    parts, host = split
    if host.startswith(_SERVICE_HOSTS) or _shortener(host):
        return False
    path = parts.path.lower()
    segments = [s for s in path.split("/") if s]
    if not segments:
        # A home page ("https://example.com/"), unless a query names the story ("/?p=123").
        keys = {kv.split("=", 1)[0].lower() for kv in parts.query.split("&")}
        return not parts.netloc or bool(keys & _ID_KEYS)
    if segments[-1].startswith(("@", "embed")):
        # A profile ("/@jane") or a media player ("/embed.html?videoId=…").
        return False
    if path.endswith(_FILE_SUFFIXES):
        return False
    if any(s in _SERVICE_SEGMENTS for s in segments):
        return False
    # "/tag/climate", "/tagi/jan-nowak/5248", "/autor/jan-nowak": an index and its key;
    # "/people/long-article-slug-123" is a story.
    # Under an index segment an id does not make a story ("/autor/jan-nowak-21589").
    return not (
        any(s in _INDEX_SEGMENTS for s in segments)
        and len([w for w in _WORD_SPLIT.split(segments[-1]) if w and not w.isdigit()]) < INDEX_SLUG_MIN_WORDS
    )


def article_shaped(url: str) -> bool:
    """A URL that names one story: a long slug, a date or an id in its path, or a deep path.
    Section and topic fronts ("/world/", "/fibre-optique/") have none of these."""
    split = _split(url)
    if split is None:
        return False
    parts = split[0]
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return bool(parts.query)
    if len(segments) >= 3 or any(_slug_like(s) for s in segments):
        return True
    last = segments[-1].lower()
    return last.endswith((".html", ".htm", ".shtml", ".php", ".aspx", ".asp")) or (
        bool(parts.query) and last.endswith((".php", ".aspx", ".asp", ".cfm"))
    )


def has_story_id(url: str) -> bool:
    """A URL whose path carries a date or an id ("/2024/05/", "-33479507", "/a1b2c3d4e5"): the
    mark of a story page, which a short teaser needs since a short link text may name a topic."""
    split = _split(url)
    if split is None:
        return False
    path = split[0].path
    if _ID_RUN.search(path):
        return True
    return any(
        len(w) >= 6 and any(c.isdigit() for c in w) and any(c.isalpha() for c in w)
        for w in _WORD_SPLIT.split(path.replace("/", "-"))
    )


def _slug_like(segment: str, min_words: int = 0) -> bool:
    """A path segment that names one story: a few words, or an id (a long number, a mix of
    letters and digits)."""
    words = [w for w in _WORD_SPLIT.split(segment) if w]
    if len(words) >= (min_words or SLUG_MIN_WORDS) or _LONG_NUMBER.search(segment):
        return True
    return any(len(w) >= 6 and any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words)


# A given or family name standing alone as a host label is this long at least ("sam.example.com").
NAME_LABEL_MIN_CHARS = 3
_NAME_WORD = regex.compile(r"\p{L}+")


def _unaccented(word: str) -> str:
    """``word`` without its accents: an address spells "José García" as "josegarcia"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def host_spells_name(url: str | None, name: str) -> bool:
    """The URL's host spells a person's name of two words or more: a person's own site. The whole
    name run together is a label ("janedoe.com", "jane-doe.net"), or a word of it stands as a
    label of its own ("jane.example.dev", "jane.doe.com")."""
    # Words as printed between spaces: "example.net" is one, an address and no name.
    words = ["".join(_NAME_WORD.findall(_unaccented(word))) for word in name.casefold().split()]
    if len(words) < 2 or not all(words) or not url:
        return False
    whole = "".join(words)
    # The last label is the top-level domain, which spells nobody.
    for label in _host(url).casefold().split(".")[:-1]:
        label = label.replace("-", "")
        if label == whole or (len(label) >= NAME_LABEL_MIN_CHARS and label in words):
            return True
    return False
