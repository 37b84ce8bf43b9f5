"""The public entry points: take a page in any supported form, return an :class:`Article`."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO, Any, Union

from .article import Article
from .assemble import assemble
from .blocks import Page
from .diagnostics import PageWarning
from .errors import ParseError
from .output.sanitize import sanitize_article
from .read.inputs import looks_like_html
from .read.source import TEXT_KINDS, as_text, is_soup, root_of, tree_from_text
from .read.textdump import text_to_page
from .read.walk import tree_to_page

__all__ = ["parse", "parse_html", "parse_text"]

# What parse_text reads: text, bytes, a path or a file object (parse and parse_html take trees and soups too).
TextInput = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", "os.PathLike[bytes]", IO[bytes], IO[str]]


def _check_arguments(url: object, encoding: object) -> None:
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str or None, not {type(encoding).__name__}")


def _segment(build: Callable[[], Page], url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    """Build the block form and segment it; a rule that gives up becomes a :class:`ParseError`."""
    try:
        return sanitize_article(assemble(build(), url=url, warnings=warnings))
    except RecursionError as exc:
        raise ParseError(f"the page is too complex to segment ({type(exc).__name__}: {exc})") from exc


def _segment_html_text(text: str, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    root, notes = tree_from_text(text)
    # The tree is the largest thing a parse holds (~12x the page for one of tiny blocks) and nothing
    # reads it after the walk: handed over, not kept, so the memory it frees serves the rules.
    trees = [root]
    del root
    return _segment(lambda: tree_to_page(trees.pop()), url, warnings + notes)


def parse_html(page: Any, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse an HTML page: ``str``, ``bytes``, a ``pathlib.Path`` or binary file object (read
    whole), a BeautifulSoup object or an lxml element/tree.

    ``encoding`` is the charset the page came with from outside it, such as an HTTP
    Content-Type header (a label, ``"shift_jis"``, or the header value,
    ``"text/html; charset=Shift_JIS"``); it outranks the page's own declaration and is
    used for bytes only.
    """
    _check_arguments(url, encoding)
    root = root_of(page)
    if root is not None:
        tree = root
        return _segment(lambda: tree_to_page(tree), url, ())
    if is_soup(page):
        # Converted once to lxml; the soup itself stays off the hot path.
        text, warnings = as_text(str(page))
    else:
        text, warnings = as_text(page, encoding)
    return _segment_html_text(text, url, warnings)


def parse_text(page: TextInput, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse a plain-text dump of a page (one block per line): ``str``, ``bytes``, a
    ``pathlib.Path`` or a binary file object; ``encoding`` as for :func:`parse_html`."""
    _check_arguments(url, encoding)
    text, warnings = as_text(page, encoding, TEXT_KINDS)
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
    if root_of(page) is not None or is_soup(page):
        return parse_html(page, url=url)
    text, warnings = as_text(page, encoding)
    if looks_like_html(text):
        return _segment_html_text(text, url, warnings)
    return _segment(lambda: text_to_page(text), url, warnings)
