"""Markdown as converters such as html2text write a page: headings, list items, quotes and table
rows at the start of a line; links, images, emphasis and escapes inside it.

Only what a page converted to Markdown holds is read: ``#`` headings, ``*``/``-``/``1.`` items,
``>`` quotes, ``|`` table rows, ``[text](url "title")`` links, ``![alt](src)`` images (no page
text: an HTML page shows no ``alt`` either), ``**bold**`` and ``_italic_``, ``<url>`` links and
backslash escapes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Inline", "heading_level", "inline", "is_markdown_signal", "quote_text", "table_row"]

_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_QUOTE = re.compile(r">[ \t]?")
# A table row: cells between bars, or a separator row of dashes ("---|---").
_TABLE_SEPARATOR = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
# Escapes stand for the character after the backslash; they are read first so that an escaped
# bracket starts no link. Each escaped character is held as a private-use character meanwhile.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_PRIVATE = 0xE000
_PRIVATE_SPAN = re.compile("[\ue000-\ue07f]")
# An image, alone or as a link's text: dropped. (Its alt text has no brackets, its source no spaces.)
_IMAGE = re.compile(r"!\[[^\[\]]*\]\(\s*<?[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
# A link: its text (no brackets left inside once images are gone), its address, an optional title.
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")
# Emphasis marks: pairs of asterisks or underscores around text, single ones at word edges.
# (An emphasised span is a phrase: bounded, so a line of unpaired marks costs linear time.)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])")
# What says a dump is Markdown: a link or an image in Markdown's syntax, or a heading line.
_SIGNAL = re.compile(r"\]\((?:https?:|/|#|mailto:)|^#{1,6} \S")
# html2text spells the copyright sign "(C)" (its ASCII stand-in for the entity): read it back
# where a notice's shape follows, a year or a capitalised name ("(C) 2024 Acme", "(C) Le Monde");
# a "(C)" before a lower-case word is an item of a sentence's list ("answer (C) is right"), and a
# line that also has a "(B)" enumerates.
_ASCII_COPYRIGHT = re.compile(r"\(C\)(?=\s?(?:(?:19|20)\d\d\b|[A-Z]))")
# Links and images in one line, read at most up to this many characters (a line is a paragraph).
INLINE_MAX_CHARS = 100_000


class Inline(NamedTuple):
    """A line's text without its Markdown, and its links: (text, address) pairs."""

    text: str
    links: tuple[tuple[str, str], ...]


def is_markdown_signal(line: str) -> bool:
    """The line holds Markdown that no other tool prints: ``](http`` of a link, a ``#`` heading."""
    return _SIGNAL.search(line) is not None


def heading_level(text: str) -> tuple[int, str]:
    """A ``#`` heading's level and its text; (0, text) for another line."""
    if not text.startswith("#"):
        return 0, text
    match = _HEADING.fullmatch(text)
    if match is None:
        return 0, text
    return len(match.group(1)), match.group(2)


def quote_text(text: str) -> str | None:
    """The text of a ``>`` quote line, ``None`` for another line."""
    match = _QUOTE.match(text)
    return text[match.end() :] if match is not None else None


def table_row(text: str) -> list[str] | None:
    """A table row's cells (``[]`` for the separator row), ``None`` for a line that is no row."""
    if "|" not in text:
        return None
    if _TABLE_SEPARATOR.fullmatch(text.strip()):
        return []
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


def _hide(match: re.Match[str]) -> str:
    return chr(_PRIVATE + ord(match.group(1)) % 0x80)


def _show(match: re.Match[str]) -> str:
    return chr(ord(match.group(0)) - _PRIVATE)


def inline(text: str) -> Inline:
    """The text as a reader sees it: links as their text (kept with their addresses), images
    gone, emphasis marks and escapes undone."""
    if len(text) > INLINE_MAX_CHARS:
        return Inline(text, ())
    # (A page's own private-use characters, icon fonts' glyphs, leave the escapes to the end.)
    escaped = "\\" in text and _PRIVATE_SPAN.search(text) is None
    if escaped:
        text = _ESCAPE.sub(_hide, text)
    if "](" in text:
        text = _IMAGE.sub("", text)
    if "(C)" in text and "(B)" not in text:
        text = _ASCII_COPYRIGHT.sub("©", text)
    links: list[tuple[str, str]] = []

    def link(match: re.Match[str]) -> str:
        label = match.group(1).strip()
        if label:
            links.append((label, match.group(2)))
        return label

    if "](" in text:
        text = _LINK.sub(link, text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
        # Emphasis marks left without their pair (a "**" run broken over two lines).
        text = text.replace("**", "").replace("__", "")
    if escaped:
        text = _PRIVATE_SPAN.sub(_show, text)
        links = [(_PRIVATE_SPAN.sub(_show, t), a) for t, a in links]
    elif "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return Inline(text, tuple(links))
