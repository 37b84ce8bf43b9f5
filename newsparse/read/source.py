"""What the caller handed in, read: a path or a file object into what it holds, bytes or a str into
checked text, markup into an lxml tree (the fallback parser past libxml2's limits), a tree or a
soup into the element to walk."""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import stat
import zlib
from typing import Any

from lxml import etree, html

from ..diagnostics import PARSER_FALLBACK, PageWarning
from ..errors import ParseError
from .fallback import FLAT_DEPTH, bound_attributes, flat_tree
from .inputs import clean_text, decode_bytes, refuse_url, strip_xml_declaration

__all__ = ["KINDS", "MAX_TAGS", "TEXT_KINDS", "as_text", "check_tag_count", "is_soup", "root_of", "tree_from_text"]

# What parse and parse_html read, and what parse_text reads, as error messages name them.
KINDS = "str, bytes, a pathlib.Path, a binary file object, bs4.BeautifulSoup or an lxml element/tree"
TEXT_KINDS = "str, bytes, a pathlib.Path or a file object"
# End tags that libxml2 takes for the end of the document, dropping what follows (browsers show
# it, in the body): removed before parsing, which reads the page as the HTML standard does. An end
# tag may carry attributes or a slash, which the standard ignores ("</html lang=en>", "</body/>").
# Quoted values may hold ">". The attributes are read in a bounded window (END_TAG_MAX_ATTRIBUTES
# characters, a quoted value at most as long), so a page of many unclosed "</html x=" costs linear
# time: an unbounded window made each one read to the end of the page.
END_TAG_MAX_ATTRIBUTES = 256
_N = END_TAG_MAX_ATTRIBUTES
_DOCUMENT_END_TAGS = re.compile(
    rf"""</(?:body|html)(?:[\t\n\f\r /](?:[^>"']|"[^"]{{0,{_N}}}"|'[^']{{0,{_N}}}'){{0,{_N}}}+)?>""", re.IGNORECASE
)


# The most tags a page may have: twelve times the most of any page of the corpora (20,000). Each
# tag may become a tree node and a block, some 1.5 KB together: past this, a page of tiny blocks
# ("<p>x" repeated) would need hundreds of times its size in memory, so it is refused instead.
MAX_TAGS = 250_000
# A tag: "<" and a letter (a start tag), "/" (an end tag) or "!" (a comment or doctype).
_TAG_OPEN = re.compile(r"<[A-Za-z/!]")
# The characters a tag takes at least (_TAG_OPEN's two): shorter markup cannot hold MAX_TAGS tags.
TAG_MIN_CHARS = 2


def check_tag_count(markup: str) -> None:
    """Refuse markup with more than :data:`MAX_TAGS` tags, before any tree is built."""
    # Nearly every page is too short to be over, and its length is known without a pass (a pass
    # over a page of wide characters costs a tenth of a millisecond); str.count is one C pass; the
    # exact count is taken only when it may be over.
    if (
        len(markup) > TAG_MIN_CHARS * MAX_TAGS
        and markup.count("<") > MAX_TAGS
        and len(_TAG_OPEN.findall(markup)) > MAX_TAGS
    ):
        raise ParseError(
            f"the page has more than {MAX_TAGS:,} tags (newsparse.read.source.MAX_TAGS): "
            "refused, as its tree and blocks would take hundreds of times its size in memory"
        )


_GZIP_MAGIC = b"\x1f\x8b"
# The most a gzipped file is read to: far above any page (the largest of the corpora are a few MB),
# so a gzip bomb stops here instead of filling memory.
MAX_GUNZIPPED = 256 * 1024 * 1024


def is_soup(page: object) -> bool:
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
            return _gunzipped(handle.read(), name)
    except OSError as exc:
        raise ParseError(f"cannot read {name!r}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # a NUL in the name: no file system has such a file
        raise ParseError(f"cannot read {name!r}: {exc}") from exc


def _gunzipped(data: bytes, name: str) -> bytes:
    """A saved page kept gzipped (``page.html.gz``) as the page it holds, as the command line reads it."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as unzipped:
            page = unzipped.read(MAX_GUNZIPPED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ParseError(f"cannot read {name!r}: it is gzip data that does not decompress ({exc})") from None
    if len(page) > MAX_GUNZIPPED:
        raise ParseError(f"cannot read {name!r}: it decompresses to more than {MAX_GUNZIPPED:,} bytes")
    return page


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
        if isinstance(data, bytes | bytearray):
            return _gunzipped(bytes(data), str(getattr(page, "name", "the file object")))
        return data
    return page


def as_text(page: Any, encoding: str | None = None, kinds: str = KINDS) -> tuple[str, tuple[PageWarning, ...]]:
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


def tree_from_text(text: str) -> tuple[etree._Element, tuple[PageWarning, ...]]:
    """Parse HTML text into an lxml tree; returns the root and warnings about the parse."""
    check_tag_count(text)
    markup = bound_attributes(_DOCUMENT_END_TAGS.sub("", strip_xml_declaration(text)))
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


def root_of(page: Any) -> etree._Element | None:
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
