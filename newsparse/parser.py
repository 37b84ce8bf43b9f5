"""The public entry points: take a page in any supported form, return an :class:`Article`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html.parser import HTMLParser as _TagStream
from typing import Any

from lxml import etree, html

from .article import Article
from .blocks import Page
from .diagnostics import PARSER_FALLBACK, PageWarning
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


def _as_text(page: str | bytes) -> tuple[str, tuple[PageWarning, ...]]:
    warnings: tuple[PageWarning, ...] = ()
    if isinstance(page, bytes | bytearray | memoryview):
        text, warnings = decode_bytes(bytes(page))
    elif isinstance(page, str):
        text = page
    else:
        raise TypeError(f"page must be {_KINDS}, not {type(page).__name__}")
    text, cleaned = clean_text(text)
    return text, warnings + cleaned


# Elements that never have content or an end tag.
_VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Elements whose content is raw text that is never shown (kept out of a flattened tree).
_RAW_TAGS = frozenset(("script", "style", "template", "noscript", "textarea", "title", "xmp", "iframe"))
# How deep the fallback builder nests elements; deeper ones are flattened into this level.
_FLAT_DEPTH = 512
# How far up the open elements an end tag is matched (a stray end tag must not cost O(depth)).
_END_TAG_LOOKBACK = 64
# Characters an lxml text or attribute value cannot hold (XML 1.0's excluded ones).
_NOT_XML = str.maketrans(dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))


class _FlatTreeBuilder(_TagStream):
    """An lxml tree from markup that libxml2 gives up on, nested at most ``_FLAT_DEPTH`` deep.

    libxml2 stops parsing at the first element nested deeper than its limit and drops
    the rest of the document; this builder uses the standard library's tokenizer
    instead and puts anything deeper into the deepest allowed element, in order.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: etree._Element = etree.Element("html")
        self.built: list[etree._Element] = [self.root]
        # Every open element, built or flattened (None), for pairing end tags.
        self.open: list[tuple[str, etree._Element | None]] = []
        self.raw_depth = 0

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> etree._Element | None:
        if len(self.built) > _FLAT_DEPTH:
            return None
        try:
            el = etree.SubElement(self.built[-1], tag)
        except ValueError:  # not a valid element name ("fb:like", "a\"b")
            return None
        for name, value in attrs:
            try:
                el.set(name, (value or "").translate(_NOT_XML))
            except ValueError:
                continue
        return el

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            for name, value in attrs:
                try:
                    self.root.set(name, (value or "").translate(_NOT_XML))
                except ValueError:
                    continue
            return
        if tag in _VOID_TAGS:
            self._element(tag, attrs)
            return
        el = self._element(tag, attrs)
        self.open.append((tag, el))
        if el is not None:
            self.built.append(el)
        elif tag in _RAW_TAGS:
            self.raw_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "html":
            self._element(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        for back in range(1, min(len(self.open), _END_TAG_LOOKBACK) + 1):
            if self.open[-back][0] == tag:
                for _ in range(back):
                    name, el = self.open.pop()
                    if el is not None:
                        self.built.pop()
                    elif name in _RAW_TAGS:
                        self.raw_depth -= 1
                return

    def handle_data(self, data: str) -> None:
        if self.raw_depth:
            return
        data = data.translate(_NOT_XML)
        parent = self.built[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def _flat_tree(markup: str) -> etree._Element:
    builder = _FlatTreeBuilder()
    try:
        builder.feed(markup)
        builder.close()
    except Exception as exc:  # the stdlib tokenizer has raised on odd markup in some Python versions
        raise ParseError(f"HTML could not be parsed: {exc}") from None
    return builder.root


def _tree_from_text(text: str) -> tuple[etree._Element, tuple[PageWarning, ...]]:
    """Parse HTML text into an lxml tree; returns the root and warnings about the parse."""
    markup = strip_xml_declaration(text)
    # huge_tree: without it libxml2 drops text nodes over 10 MB and anything nested over 256 deep.
    # The plain etree parser builds the same tree as lxml.html's, but without a Python class
    # lookup for every element the walk touches (HtmlElement's methods are never used).
    source: str | bytes = markup
    encoding: str | None = None
    # UTF-8 with the encoding given parses to the same tree as the str, and faster: libxml2 reads
    # UTF-8 as it is, while a str reaches it as UTF-16 or UCS-4 to convert. Text that still starts
    # with an XML declaration stays a str, for lxml to refuse as before.
    if not markup.startswith("<?xml"):
        # Lone surrogates cannot be encoded: such a str is parsed as it is.
        with contextlib.suppress(UnicodeEncodeError):
            source, encoding = markup.encode("utf-8"), "utf-8"
    parser = etree.HTMLParser(huge_tree=True, encoding=encoding)
    root: etree._Element | None
    try:
        # None, as lxml.html.document_fromstring's "Document is empty", for markup without elements.
        root = etree.fromstring(source, parser)
    except etree.ParserError as exc:
        if "empty" not in str(exc).lower():
            raise ParseError(f"HTML could not be parsed: {exc}") from None
        root = None
    except (etree.LxmlError, ValueError) as exc:
        raise ParseError(f"HTML could not be parsed: {exc}") from None
    if root is None:
        # Only comments, a doctype or an XML declaration: markup without a single element,
        # which is a page with no text, as ``<html></html>`` is.
        return html.document_fromstring("<html><body></body></html>"), ()
    limits = [e for e in parser.error_log if e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT]
    if limits:
        # libxml2 stopped at the limit and dropped the rest of the page; read it another way.
        reason = limits[0].message.split(",")[0].strip()
        return _flat_tree(markup), (
            PageWarning(
                PARSER_FALLBACK,
                f"HTML exceeds the HTML parser's limits ({reason}); parsed with a fallback parser, "
                f"elements nested deeper than {_FLAT_DEPTH} flattened",
            ),
        )
    return root, ()


def _segment(build: Callable[[], Page], url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    """Build the block form and segment it; a rule that gives up becomes a :class:`ParseError`."""
    try:
        return segment_page(build(), url=url, warnings=warnings)
    except (TimeoutError, RecursionError) as exc:
        # regex raises TimeoutError when a pattern exceeds its time limit on pathological text.
        raise ParseError(f"the page is too complex to segment ({type(exc).__name__}: {exc})") from exc


def _segment_html_text(text: str, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    root, notes = _tree_from_text(text)
    return _segment(lambda: tree_to_page(root), url, warnings + notes)


def _root_of(page: Any) -> etree._Element | None:
    if isinstance(page, etree._ElementTree):
        root: etree._Element | None = page.getroot()
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
    root = _root_of(page)
    if root is not None:
        tree = root
        return _segment(lambda: tree_to_page(tree), url, ())
    if _is_soup(page):
        # Converted once to lxml; the soup itself stays off the hot path.
        text, warnings = _as_text(str(page))
    else:
        text, warnings = _as_text(page)
    return _segment_html_text(text, url, warnings)


def parse_text(page: str | bytes, *, url: str | None = None) -> Article:
    """Parse a plain-text dump of a page (one block per line)."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    text, warnings = _as_text(page)
    return _segment(lambda: text_to_page(text), url, warnings)


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
        return _segment_html_text(text, url, warnings)
    return _segment(lambda: text_to_page(text), url, warnings)
