"""The public entry points: take a page in any supported form, return an :class:`Article`."""

from __future__ import annotations

from typing import Any

from lxml import etree, html

from .article import Article
from .errors import ParseError
from .htmlblocks import tree_to_page
from .inputs import clean_text, decode_bytes, looks_like_html, strip_xml_declaration
from .pipeline import segment_page
from .textdump import text_to_page

__all__ = ["parse", "parse_html", "parse_text"]

_KINDS = "str, bytes, bs4.BeautifulSoup or an lxml element/tree"


def _is_soup(page: object) -> bool:
    # bs4 is imported lazily by type name so that a caller without soups pays nothing.
    return any(cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4") for cls in type(page).__mro__)


def _as_text(page: str | bytes) -> tuple[str, tuple[str, ...]]:
    if isinstance(page, bytes | bytearray | memoryview):
        text, warnings = decode_bytes(bytes(page))
    elif isinstance(page, str):
        text, warnings = page, ()
    else:
        raise TypeError(f"page must be {_KINDS}, not {type(page).__name__}")
    text, cleaned = clean_text(text)
    return text, warnings + cleaned


def _tree_from_text(text: str) -> etree._Element:
    try:
        root = html.document_fromstring(strip_xml_declaration(text))
    except etree.ParserError as exc:
        # lxml's "Document is empty": markup with nothing in it.
        raise ParseError(f"HTML has no content to parse ({exc})") from None
    except ValueError as exc:
        raise ParseError(f"HTML could not be parsed: {exc}") from None
    return root


def _root_of(page: Any) -> etree._Element | None:
    if isinstance(page, etree._ElementTree):
        root = page.getroot()
        if root is None:
            raise ParseError("the lxml tree is empty")
        return root
    if isinstance(page, etree._Element):
        return page
    return None


def parse_html(page: Any, *, url: str | None = None) -> Article:
    """Parse an HTML page: ``str``, ``bytes``, a BeautifulSoup object or an lxml element/tree."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    warnings: tuple[str, ...] = ()
    root = _root_of(page)
    if root is None:
        if _is_soup(page):
            # Converted once to lxml; the soup itself stays off the hot path.
            text, warnings = _as_text(str(page))
        else:
            text, warnings = _as_text(page)
        root = _tree_from_text(text)
    return segment_page(tree_to_page(root), url=url, warnings=warnings)


def parse_text(page: str | bytes, *, url: str | None = None) -> Article:
    """Parse a plain-text dump of a page (one block per line)."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    text, warnings = _as_text(page)
    return segment_page(text_to_page(text), url=url, warnings=warnings)


def parse(page: Any, *, url: str | None = None) -> Article:
    """Parse a page given as HTML or as a text dump; which one is sniffed from the content.

    ``page`` may be ``str`` or ``bytes`` (HTML or a text dump), a ``bs4.BeautifulSoup``,
    or an lxml element or tree. Raises :class:`ParseError` for input that is not a page
    and :class:`TypeError` for a value of another type.
    """
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if _root_of(page) is not None or _is_soup(page):
        return parse_html(page, url=url)
    text, warnings = _as_text(page)
    if looks_like_html(text):
        return segment_page(tree_to_page(_tree_from_text(text)), url=url, warnings=warnings)
    return segment_page(text_to_page(text), url=url, warnings=warnings)
