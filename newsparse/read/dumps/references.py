"""lynx's and w3m's link marks and the list of addresses they point to.

``lynx -dump`` prints a number in brackets before each link's text ("[12]Read the report") and
ends the dump with a ``References`` list: "12. https://example.com/report", under "Visible
links:" and "Hidden links:" headers. The list is no page text; it gives the links their addresses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

__all__ = ["LINK_MAX_WORDS", "Marked", "find_references", "read_marks"]

# The header line of the list, and its sub-headers.
_HEADER = "References"
_SUBHEADERS = frozenset(("Visible links:", "Hidden links:", "Visible links", "Hidden links"))
# One entry: its number and its address (lynx prints an address's escaped spaces as spaces).
_ENTRY = re.compile(r"\s*(\d{1,7})\.\s+([a-zA-Z][a-zA-Z0-9+.-]*:\S*(?:[ \t]+\S+)*)\s*")
# A mark before a link's text in the page: a number in brackets.
_MARK = re.compile(r"\[(\d{1,7})\]")
# The words of a link after its mark: a mark says where a link starts, not where it ends, so its
# text is taken up to the next mark, a clause's end or the end of the line, at most this many words
# (a menu entry or a headline is a whole line; a link in a paragraph is a few words of it; a
# credit's name ends at the comma before the writer's role).
LINK_MAX_WORDS = 12
_LINK_END = re.compile(r"[,;|(]|[.!?](?:\s|$)")


class Marked(NamedTuple):
    """A line without its marks, and its links: (text, address) pairs."""

    text: str
    links: tuple[tuple[str, str], ...]


def find_references(lines: Sequence[str]) -> tuple[int, dict[int, str]]:
    """Where the dump's reference list starts (``len(lines)`` when it has none) and its entries.

    The list closes the dump: its header is the last ``References`` line that an entry or a
    sub-header follows. Lines under it that are no entry continue the one before (an address
    with a line break in it); none of it is page text.
    """
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if lines[i] == _HEADER:
            following = next((line for line in lines[i + 1 : i + 3] if line.strip()), "")
            if following.strip() in _SUBHEADERS or _ENTRY.fullmatch(following):
                start = i
                break
    entries: dict[int, str] = {}
    for line in lines[start + 1 :]:
        entry = _ENTRY.fullmatch(line)
        if entry is not None:
            entries[int(entry.group(1))] = entry.group(2).replace(" ", "%20")
    return start, entries


def read_marks(text: str, references: Mapping[int, str]) -> Marked:
    """The line without its ``[n]`` marks, and the links they open with their addresses.

    Without a reference list (``lynx -nolist``, w3m) a bracketed number is page text and stays.
    """
    if not references or "[" not in text:
        return Marked(text, ())
    pieces: list[str] = []
    starts: list[tuple[int, str]] = []
    at = 0
    length = 0
    for match in _MARK.finditer(text):
        address = references.get(int(match.group(1)))
        if address is None:
            continue
        piece = text[at : match.start()]
        pieces.append(piece)
        length += len(piece)
        starts.append((length, address))
        at = match.end()
    if not starts:
        return Marked(text, ())
    pieces.append(text[at:])
    clean = "".join(pieces)
    links: list[tuple[str, str]] = []
    for n, (start, address) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(clean)
        stop = _LINK_END.search(clean, start, end)
        words = clean[start : stop.start() if stop else end].split()[:LINK_MAX_WORDS]
        links.append((" ".join(words), address))
    return Marked(clean, tuple(links))
