"""The public entry points: take a page in any supported form, return an :class:`Article`."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Callable
from typing import IO, Any, Union

from lxml import etree, html

from .article import Article
from .assemble import assemble
from .blocks import Page
from .diagnostics import PARSER_FALLBACK, PageWarning
from .errors import ParseError
from .output.sanitize import sanitize_article
from .read.fallback import FLAT_DEPTH, flat_tree
from .read.inputs import clean_text, decode_bytes, looks_like_html, refuse_url, strip_xml_declaration
from .read.textdump import text_to_page
from .read.walk import tree_to_page

__all__ = ["parse", "parse_html", "parse_text"]

# What parse_text reads: text, bytes, a path or a file object (parse and parse_html take trees and soups too).
TextInput = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", "os.PathLike[bytes]", IO[bytes], IO[str]]
_KINDS = "str, bytes, a pathlib.Path, a binary file object, bs4.BeautifulSoup or an lxml element/tree"
_TEXT_KINDS = "str, bytes, a pathlib.Path or a file object"
# End tags that libxml2 takes for the end of the document, dropping what follows (browsers show
# it, in the body): removed before parsing, which reads the page as the HTML standard does.
_DOCUMENT_END_TAGS = re.compile(r"</(?:body|html)[\t\n\f\r ]*>", re.IGNORECASE)


def _is_soup(page: object) -> bool:
    # bs4 is imported lazily by type name so that a caller without soups pays nothing.
    return any(cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4") for cls in type(page).__mro__)


def _read_file(path: os.PathLike[str] | os.PathLike[bytes]) -> bytes:
    """The bytes of a regular file; a device, a pipe or a directory is no page (and may never end)."""
    name = os.fsdecode(path)
    try:
        # Checked before opening: opening a named pipe blocks until something writes to it.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ParseError(f"{name!r} is not a regular file (a directory, device or pipe is no page)")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ParseError(f"cannot read {name!r}: {exc.strerror or exc}") from exc


def _read(page: Any) -> Any:
    """A path or a file object read into what it holds; any other value as it is."""
    if isinstance(page, os.PathLike):
        return _read_file(page)
    read = getattr(page, "read", None)
    if callable(read) and not isinstance(page, str | bytes | bytearray | memoryview):
        try:
            data = read()
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            raise ParseError(f"cannot read the file object: {getattr(exc, 'strerror', None) or exc}") from exc
        if not isinstance(data, str | bytes | bytearray):
            raise TypeError(f"the file object's read() gave {type(data).__name__}, not bytes or str")
        return data
    return page


def _as_text(page: Any, encoding: str | None = None, kinds: str = _KINDS) -> tuple[str, tuple[PageWarning, ...]]:
    warnings: tuple[PageWarning, ...] = ()
    page = _read(page)
    if isinstance(page, bytes | bytearray | memoryview):
        text, warnings = decode_bytes(bytes(page), encoding)
    elif isinstance(page, str):
        text = page
    else:
        raise TypeError(f"page must be {kinds}, not {type(page).__name__}")
    text, cleaned = clean_text(text)
    refuse_url(text)
    return text, warnings + cleaned


def _check_arguments(url: object, encoding: object) -> None:
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str or None, not {type(encoding).__name__}")


def _tree_from_text(text: str) -> tuple[etree._Element, tuple[PageWarning, ...]]:
    """Parse HTML text into an lxml tree; returns the root and warnings about the parse."""
    markup = _DOCUMENT_END_TAGS.sub("", strip_xml_declaration(text))
    # huge_tree: without it libxml2 drops text nodes over 10 MB and anything nested over 256 deep.
    # The plain etree parser builds the same tree as lxml.html's, but without a Python class
    # lookup for every element the walk touches (HtmlElement's methods are never used).
    source: str | bytes = markup
    encoding: str | None = None
    # UTF-8 with the encoding given parses to the same tree as the str, and faster: libxml2 reads
    # UTF-8 as it is, while a str reaches it as UTF-16 or UCS-4 to convert.
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
        return flat_tree(markup), (
            PageWarning(
                PARSER_FALLBACK,
                f"HTML exceeds the HTML parser's limits ({reason}); parsed with a fallback parser, "
                f"elements nested deeper than {FLAT_DEPTH} flattened",
            ),
        )
    return root, ()


def _segment(build: Callable[[], Page], url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    """Build the block form and segment it; a rule that gives up becomes a :class:`ParseError`."""
    try:
        return sanitize_article(assemble(build(), url=url, warnings=warnings))
    except (TimeoutError, RecursionError) as exc:
        # regex raises TimeoutError when a pattern exceeds its time limit on pathological text.
        raise ParseError(f"the page is too complex to segment ({type(exc).__name__}: {exc})") from exc


def _segment_html_text(text: str, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    root, notes = _tree_from_text(text)
    return _segment(lambda: tree_to_page(root), url, warnings + notes)


def _root_of(page: Any) -> etree._Element | None:
    """The element to read of an lxml tree or element, ``None`` for any other value.

    A comment, processing instruction or entity is a node of a tree but no page: TypeError
    (pass the document, ``node.getroottree()``, instead)."""
    root: etree._Element | None
    if isinstance(page, etree._ElementTree):
        root = page.getroot()
        if root is None:
            raise ParseError("the lxml tree is empty")
    elif isinstance(page, etree._Element):
        root = page
    else:
        return None
    if not isinstance(root.tag, str):
        kind = type(root).__name__.lstrip("_")
        raise TypeError(f"page is an lxml {kind} node, not an element: pass the document (node.getroottree()) instead")
    return root


def parse_html(page: Any, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse an HTML page: ``str``, ``bytes``, a ``pathlib.Path`` or binary file object (read
    whole), a BeautifulSoup object or an lxml element/tree.

    ``encoding`` is the charset the page came with from outside it, such as an HTTP
    Content-Type header (a label, ``"shift_jis"``, or the header value,
    ``"text/html; charset=Shift_JIS"``); it outranks the page's own declaration and is
    used for bytes only.
    """
    _check_arguments(url, encoding)
    root = _root_of(page)
    if root is not None:
        tree = root
        return _segment(lambda: tree_to_page(tree), url, ())
    if _is_soup(page):
        # Converted once to lxml; the soup itself stays off the hot path.
        text, warnings = _as_text(str(page))
    else:
        text, warnings = _as_text(page, encoding)
    return _segment_html_text(text, url, warnings)


def parse_text(page: TextInput, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse a plain-text dump of a page (one block per line): ``str``, ``bytes``, a
    ``pathlib.Path`` or a binary file object; ``encoding`` as for :func:`parse_html`."""
    _check_arguments(url, encoding)
    text, warnings = _as_text(page, encoding, _TEXT_KINDS)
    return _segment(lambda: text_to_page(text), url, warnings)


def parse(page: Any, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse a page given as HTML or as a text dump; which one is sniffed from the content.

    ``page`` may be ``str`` or ``bytes`` (HTML or a text dump), a ``pathlib.Path`` or a
    binary file object (read whole), a ``bs4.BeautifulSoup``, or an lxml element or tree.
    ``url`` is the page's address, for resolving its links; ``encoding`` the charset it
    came with (e.g. from an HTTP Content-Type header), used for bytes only. Raises
    :class:`ParseError` for input that is not a page (a URL included: newsparse never
    fetches) and :class:`TypeError` for a value of another type.
    """
    _check_arguments(url, encoding)
    if _root_of(page) is not None or _is_soup(page):
        return parse_html(page, url=url)
    text, warnings = _as_text(page, encoding)
    if looks_like_html(text):
        return _segment_html_text(text, url, warnings)
    return _segment(lambda: text_to_page(text), url, warnings)
