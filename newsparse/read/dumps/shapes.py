"""The shape of one physical line of a dump: its indentation, its width on a terminal, its list
marker, and whether it is the tool's own artefact rather than the page's text.

Text browsers print what a reader could click or fill in ("(BUTTON)", "____" for a text field,
"[ ]" for a check box, "IFRAME:" for a frame), draw rules and table borders with box-drawing
characters, and some print the raw markup of ``<noscript>`` blocks. None of it is page text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...cues.credits import is_plain_name

__all__ = [
    "Shape",
    "display_width",
    "is_artefact",
    "is_empty_item",
    "is_markup_line",
    "is_rule",
    "shape_of",
    "strip_artefacts",
    "table_cells",
]

# East Asian wide and full-width characters take two columns on a terminal, and text browsers
# wrap by columns: a line of Chinese is full at half the characters of a line of English.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
# A tab moves to the next multiple of this many columns, as on a terminal.
TAB_STOP = 8

# List markers the tools print: "*" (lynx, inscriptis, html2text), "+" and "o" nested (lynx,
# inscriptis), "•" and "□" (w3m), "-" (html2text and hand-made dumps), a number and a dot.
_BULLET = re.compile(r"([*+\-•◦▪▫□■●○·‣⁃])[ \u00a0]+(?=\S)")
# A list marker alone on its line: an item with no text (html2text prints "  *  " for an item
# whose only content was an image or a script), which ends the item above it.
_EMPTY_ITEM = re.compile(r"[*+\-•◦▪▫□■●○·‣⁃]")
# A numbered item: a number of at most three digits and a dot or bracket ("1.", "12)").
_NUMBERED = re.compile(r"(\d{1,3})[.)][ \u00a0]+(?=\S)")

# A line drawn across the page: rules, separators and table borders (no letter or digit in it).
_RULE = re.compile(r"[\s━─═—–_=*~·•.\-+┌┐└┘├┤┬┴┼│┃┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬║]{3,}")
_RULE_CHARS = re.compile(r"[━─═—_=*~\-┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬]")
# The column separators of a table drawn with box-drawing characters.
_CELL_BAR = re.compile(r"[│┃║]")

# lynx's own lines: the page's <link rel> list on line 1 ("#[1]alternate [2]RSS"), frames
# ("IFRAME: [3]https://..."), a button with its label ("(BUTTON) Close"), images and maps lynx
# names for want of a text ("[INLINE]", "[USEMAP]").
_TOOL_LINE = re.compile(
    r"#\[\d+\]|#(?:alternate|publisher|canonical|edit|start|next|prev|search|RSS|Atom)\b"
    r"|IFRAME:|\(BUTTON\)|\[(?:INLINE|IMG|IMAGE|USEMAP|LINK|EMBED|OBJ|FIG|MAP|BUTTON|svg|image|gif|spacer)\]\s*$",
)
# Form fields: a text field drawn as underscores or brackets around spaces, check boxes, radio
# buttons, lynx's and w3m's buttons.
_FIELDS = re.compile(r"_{3,}|\[[ \u00a0]{2,}\]|\[[ xX*]?\]|\([ *]\)|\(BUTTON\)|\((?:RADIO|CHECKBOX|SUBMIT|RESET)\)")
# A line that is nothing but one bracketed word or a few: how w3m shows an image ("[logo]",
# "[6998ec4f0b]") or a button ("[Subscribe]"), and lynx an image without a text.
_BRACKETED = re.compile(r"\[[^\[\]()]{0,60}\]")
BRACKETED_MAX_WORDS = 3
# An image lynx names by its file for want of a text, before the writer's name that opens a credit
# line ("[6eef5bc5-c8a0] Jo Lee"): a bracketed word of letters and digits run together (no page's
# bracketed word, "[Update]", "[2019]"), only at the line's start and before a name, since a story
# brackets such words too ("delayed by [COVID-19] rules"). Bounded, so no line costs more than once.
_IMAGE_NAME = re.compile(r"\[([\w.\-]{6,64})\][ \t]+")
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
# The words after the file name that must make a name for it to be a picture's.
IMAGE_NAME_NAME_WORDS = 2
# A line of raw markup: the tools print the source of <noscript> and of scripts they do not
# run ("<img src=//pixel...>", "<iframe src=...>"). A tag with an attribute, or a tag that only
# scripts, frames and tracking pixels use; a bare "<tr>" in a tutorial's code stays.
_MARKUP_LINE = re.compile(
    r"<(?:(?:script|style|noscript|iframe|img|link|meta|object|embed|source|svg|input|form|button)\b[^<>]*"
    r"|/(?:script|style|noscript|iframe|object|svg|form|button)\s*"
    r"|[a-zA-Z][a-zA-Z0-9:-]*\s+[a-zA-Z:-]+\s*=[^<>]*)>"
)
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
# A markup line is markup all but this share of its characters.
MARKUP_LINE_SHARE = 0.8


class Shape(NamedTuple):
    """A physical line: where its text starts, its list marker and the text after it."""

    indent: int
    # "" when the line is no list item; "*" for a bullet of any kind; "1" for a numbered item.
    marker: str
    # Where the item's own text starts (its continuation lines start there too).
    text_indent: int
    text: str


# Chinese and Japanese indent a paragraph's first line by two ideographic spaces, typeset inside
# the paragraph: its next lines start where that indentation does, at the paragraph's column.
IDEOGRAPHIC_SPACE = "\u3000"


def display_width(s: str) -> int:
    """Columns the text takes on a terminal: wide East Asian characters take two."""
    if s.isascii():
        return len(s)
    return len(s) + len(_WIDE.findall(s))


def _indent(raw: str) -> tuple[int, int, int]:
    """The columns of the leading whitespace (tabs to their stop), how many characters it is, and
    the column its first ideographic space stands at (the whole indentation when it has none)."""
    col = 0
    block = -1
    for i, ch in enumerate(raw):
        if ch == " " or ch == "\u00a0":
            col += 1
        elif ch == "\t":
            col += TAB_STOP - col % TAB_STOP
        elif not ch.isspace():
            return col, i, col if block < 0 else block
        else:
            if ch == IDEOGRAPHIC_SPACE and block < 0:
                block = col
            col += 1
    return col, len(raw), col if block < 0 else block


def shape_of(raw: str, *, numbered: bool = True) -> Shape:
    """The line's indentation, its list marker and its text (right end stripped).

    ``numbered``: read "1. " as a list marker (not in dumps that print no indentation, where a
    line may start with a number: "1. FC Köln", "2. Februar").
    """
    indent, start, block = _indent(raw)
    text = raw[start:].rstrip()
    bullet = _BULLET.match(text)
    if bullet is not None:
        return Shape(indent, "*", indent + bullet.end(), text[bullet.end() :])
    if numbered:
        number = _NUMBERED.match(text)
        if number is not None:
            return Shape(indent, "1", indent + number.end(), text[number.end() :])
    return Shape(indent, "", block, text)


def is_empty_item(text: str) -> bool:
    """A list marker with no text after it."""
    return _EMPTY_ITEM.fullmatch(text) is not None


def is_rule(text: str) -> bool:
    """A rule, separator or table border drawn with characters: no text in it."""
    return _RULE.fullmatch(text) is not None and _RULE_CHARS.search(text) is not None


def table_cells(text: str) -> list[str] | None:
    """The cells of a table row drawn with box-drawing bars ("│ a │ b │"), ``None`` for no row."""
    if _CELL_BAR.search(text) is None:
        return None
    return [cell.strip() for cell in _CELL_BAR.split(text) if cell.strip()]


def is_markup_line(text: str) -> bool:
    """Raw markup printed as text (the source of a <noscript> or a script): a tag with attributes,
    or one of the tags pages only use for scripts, frames and pixels, and little text beside it."""
    if not text.startswith("<") or _MARKUP_LINE.search(text) is None:
        return False
    markup = sum(len(m) for m in _MARKUP.findall(text))
    return markup >= MARKUP_LINE_SHARE * len(text) or not text.rstrip().endswith(">")


def is_artefact(text: str) -> bool:
    """A line the tool printed of its own: a <link rel> list, a frame, a button, an image or a
    form field without a label, a lone bracketed word (w3m's image or button)."""
    if _TOOL_LINE.match(text) is not None:
        return True
    bracketed = _BRACKETED.fullmatch(text)
    if bracketed is not None and len(text[1:-1].split()) <= BRACKETED_MAX_WORDS:
        return True
    return not strip_artefacts(text).strip(" *:|")


def strip_artefacts(text: str) -> str:
    """The line without the form fields and buttons inside it ("Email * ______" is "Email *") and
    the images named by their files."""
    if "_" not in text and "[" not in text and "(" not in text:
        return text
    return _strip_image_name(_FIELDS.sub(" ", text).strip())


def _strip_image_name(text: str) -> str:
    """The line without the file name of a picture printed before the name that opens it."""
    found = _IMAGE_NAME.match(text)
    if found is None:
        return text
    name = found.group(1)
    if _LETTER.search(name) is None or _DIGIT.search(name) is None:
        return text
    rest = text[found.end() :]
    if not is_plain_name(" ".join(rest.split()[:IMAGE_NAME_NAME_WORDS])):
        return text
    return rest
