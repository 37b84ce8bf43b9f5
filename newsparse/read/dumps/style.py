"""What made a dump, read from its lines: Markdown, a reference list, a wrap width, indented paragraphs.

Each tool leaves its fingerprints. html2text writes Markdown; lynx ends with a ``References``
list; lynx, w3m and html2text break lines at a fixed column; lynx indents paragraphs and sets
headings flush left. Browsers' select-all-and-copy, inscriptis and html-text wrap nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from .markdown import is_markdown_signal
from .references import find_references
from .shapes import display_width, shape_of

__all__ = ["DumpStyle", "detect"]

# Markdown is read when this many lines carry its links or headings, and this share of the lines.
MARKDOWN_MIN_LINES = 3
MARKDOWN_MIN_SHARE = 0.02
# Lines that could have been broken (a few words at least) measure the wrap width. Chinese and
# Japanese put no space between words: a tool breaks their lines at any wide character, so a
# line of a few of them could have been broken as well.
WRAP_SAMPLE_MIN_WORDS = 3
WRAP_SAMPLE_MIN_WIDE = 6
# A run of spaces inside a line lays it out in columns (a table's row, preformatted code): tools
# print such lines as they are, wider than the column they break prose at. Two spaces after a
# sentence's end are a typist's habit in prose, not a column.
_COLUMN_GAP = regex.compile(r"(?<![.!?:;\"')\]])  ")
WRAP_SAMPLE_MIN_LINES = 8
# The wrap column: the width this share of those lines stays within (a few long addresses or
# words cannot be broken and stick out).
WRAP_PERCENTILE = 0.98
# A hard-wrapped dump has this share of those lines within a word's length of the column: the
# lines of a wrapped paragraph all end near it. Text wrapped by no tool spreads evenly.
WRAP_NEAR_COLUMNS = 12
WRAP_MIN_SHARE = 0.3
# A page's menus print many short lines of a few words, which no tool broke: among the lines
# longer than half the column, a wrapped dump has this share near it (on the corpora's dumps
# that wrap nothing, at most a third, most under a tenth) ...
WRAP_LONG_SHARE = 0.45
# ... and most of those near lines end inside a sentence, where the tool broke it: unwrapped
# paragraphs of about the same length all end at a sentence's end.
WRAP_OPEN_SHARE = 0.5
# ... or, whatever share of the dump its menus take, this many lines end inside a sentence within
# a word's length of the column, the next line going on in lower case, and more lines end there
# than in the word's length of columns below: wrapped prose piles up under its column, where
# unwrapped lines thin out towards their longest (a list of titles cut at one length piles up too,
# but its next entry opens with a capital).
WRAP_PILE_MIN_LINES = 12
# What a sentence or a paragraph ends with.
_SENTENCE_END = ".!?:;\"'”’»)…"
# Terminal and e-mail widths: tools wrap between these columns.
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 160
# Paragraphs indented and headings flush left, as lynx sets them: most prose lines start at
# the same column, not the first one, and few lines start at the first.
PROSE_MIN_WORDS = 8
INDENTED_SHARE = 0.6
FLUSH_LEFT_MAX_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class DumpStyle:
    """How a dump is written."""

    # Markdown (html2text): blocks between blank lines, ``#`` headings, ``[text](url)`` links.
    markdown: bool = False
    # The column lines were broken at, ``None`` when they were not.
    width: int | None = None
    # Paragraphs indented, headings flush left (lynx).
    indented: bool = False
    # The first line of the reference list (lynx), ``len(lines)`` when there is none ...
    end: int = 0
    # ... and its entries: link numbers and their addresses.
    references: dict[int, str] = field(default_factory=dict)


def _laid_in_columns(line: str) -> bool:
    return "  " in line and _COLUMN_GAP.search(line) is not None


def _wrap_width(lines: Sequence[str]) -> int | None:
    # Each line that could have been broken: its width and its last character, measured once.
    # ... and whether the next line goes on with a word in lower case, as a broken sentence does.
    sample = sorted(
        (width, stripped[-1], _runs_on(lines, i + 1))
        for i, line in enumerate(lines)
        for stripped in (line.rstrip(),)
        if stripped and not _laid_in_columns(stripped.lstrip())
        for width in (display_width(stripped),)
        if len(line.split()) >= WRAP_SAMPLE_MIN_WORDS or width - len(stripped) >= WRAP_SAMPLE_MIN_WIDE
    )
    if len(sample) < WRAP_SAMPLE_MIN_LINES:
        return None
    width = sample[int(WRAP_PERCENTILE * (len(sample) - 1))][0]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    near = [(end, runs_on) for w, end, runs_on in sample if width - WRAP_NEAR_COLUMNS <= w <= width]
    if len(near) >= WRAP_MIN_SHARE * len(sample):
        return width
    open_ends = sum(end not in _SENTENCE_END for end, _ in near)
    broken = sum(end not in _SENTENCE_END and runs_on for end, runs_on in near)
    below = sum(1 for w, _, _ in sample if width - 2 * WRAP_NEAR_COLUMNS - 1 <= w < width - WRAP_NEAR_COLUMNS)
    if broken >= WRAP_PILE_MIN_LINES and len(near) > below:
        return width
    long = sum(1 for w, _, _ in sample if 2 * w > width)
    if len(near) < WRAP_LONG_SHARE * long:
        return None
    return width if open_ends >= WRAP_OPEN_SHARE * len(near) else None


def _runs_on(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` goes on with a word in lower case (a sentence broken on the line above)."""
    if i >= len(lines):
        return False
    text = lines[i].lstrip()
    return bool(text) and text[0].islower()


def _indented(lines: Sequence[str]) -> bool:
    indents: dict[int, int] = {}
    prose = flush = total = 0
    for line in lines:
        if not line.strip():
            continue
        total += 1
        shape = shape_of(line)
        if shape.indent == 0 and not shape.marker:
            flush += 1
        if len(line.split()) >= PROSE_MIN_WORDS and not shape.marker:
            prose += 1
            indents[shape.indent] = indents.get(shape.indent, 0) + 1
    if not prose or not flush:
        return False
    column, count = max(indents.items(), key=lambda item: item[1])
    return column > 0 and count >= INDENTED_SHARE * prose and flush <= FLUSH_LEFT_MAX_SHARE * total


def detect(lines: Sequence[str]) -> DumpStyle:
    """The dump's style, from all its lines (each measure is one pass)."""
    end, references = find_references(lines)
    text = lines[:end]
    signals = sum(1 for line in text if ("](" in line or line.startswith("#")) and is_markdown_signal(line))
    filled = sum(1 for line in text if line.strip())
    markdown = signals >= MARKDOWN_MIN_LINES and signals >= MARKDOWN_MIN_SHARE * filled
    return DumpStyle(
        markdown=markdown,
        width=None if markdown else _wrap_width(text),
        indented=not markdown and _indented(text),
        end=end,
        references=references,
    )
