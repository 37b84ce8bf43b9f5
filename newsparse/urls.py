"""Resolving the links a page prints into absolute URLs."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit

from .blocks import Hints

__all__ = ["page_base", "resolve", "same_page"]

# Hrefs that never lead to another article.
_NON_ARTICLE_SCHEMES = ("javascript:", "mailto:", "tel:", "sms:", "data:", "whatsapp:", "fb-messenger:", "file:")


def page_base(hints: Hints, url: str | None) -> str | None:
    """What relative links resolve against: ``<base href>``, then the caller's URL, then the canonical URL."""
    page_url = url or hints.canonical_url
    if hints.base_href:
        return urljoin(page_url, hints.base_href) if page_url else hints.base_href
    return page_url


def resolve(href: str, base: str | None) -> str | None:
    """The absolute URL of a link, or ``None`` for script, mail and empty links."""
    href = href.strip()
    if not href or (href.startswith("#") and base is None):
        return None
    if href.lower().startswith(_NON_ARTICLE_SCHEMES):
        return None
    try:
        return urljoin(base, href) if base else href
    except ValueError:
        # A malformed href (bad IPv6 literal, say) is no link a reader could follow.
        return None


def same_page(a: str, b: str | None) -> bool:
    """Two URLs name the same page (fragments, a trailing slash and the scheme ignored)."""
    if not b:
        return False
    try:
        sa, sb = urlsplit(urldefrag(a)[0]), urlsplit(urldefrag(b)[0])
    except ValueError:
        return False
    return (sa.netloc.lower(), sa.path.rstrip("/"), sa.query) == (sb.netloc.lower(), sb.path.rstrip("/"), sb.query)
