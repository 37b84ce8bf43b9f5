"""A dump's physical lines back into the page's paragraphs.

lynx, w3m and html2text break every paragraph into lines of at most 72 to 80 columns. A line
was broken by the tool, not by the page, when the next line's first word would not have fit on
it: it then goes on at the same indentation (the text column of a list item), with no blank line
and no list marker between. Markdown says it more simply: the lines of a block run until a blank
line, a line that ends in a hard break (two spaces), or a line that opens another block.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .markdown import heading_level, table_row
from .shapes import Shape, display_width, is_artefact, is_empty_item, is_markup_line, is_rule, shape_of, strip_artefacts
from .style import DumpStyle

__all__ = ["Paragraph", "paragraphs"]


@dataclass(slots=True)
class Paragraph:
    """A line of the page as it was before the tool broke it: its first physical line's shape."""

    indent: int
    marker: str
    text_indent: int
    blank_before: bool
    parts: list[str] = field(default_factory=list)
    # The width of its last physical line, with the indentation (for the next line's join test).
    last_width: int = 0
    # The last physical line ends the paragraph: a Markdown hard break, or a form field (what a
    # browser wraps after a field is the next element, not the field's text).
    closed: bool = False
    # The tool breaks lines after a hyphen too (html2text): "non-" and "consenting" join with none.
    hyphen_breaks: bool = False

    @property
    def text(self) -> str:
        pieces = [self.parts[0]]
        opened = _opens_address(self.parts[0], False)
        for before, part in zip(self.parts, self.parts[1:]):
            pieces += ("" if opened else _joint(before, part, self.hyphen_breaks), part)
            opened = _opens_address(part, opened)
        return "".join(pieces)


def _wide(ch: str) -> bool:
    return display_width(ch) == 2


def _opens_address(part: str, opened: bool) -> bool:
    """Whether a Markdown link's address is still open after this piece of a line (html2text
    breaks long addresses at a hyphen or a slash, and the pieces join with no space)."""
    at = part.rfind("](")
    if at >= 0:
        return part.find(")", at) < 0 and " " not in part[at:]
    return opened and ")" not in part and " " not in part


def _joint(before: str, after: str, hyphen_breaks: bool) -> str:
    """What goes between two pieces of a broken line: a space, but nothing between two CJK
    characters, or after a hyphen in a word when the tool breaks lines there."""
    if not before or not after:
        return ""
    if _wide(before[-1]) and _wide(after[0]):
        return ""
    if hyphen_breaks and len(before) > 1 and before[-1] == "-" and before[-2].isalnum() and after[0].isalnum():
        return ""
    return " "


def _first_word_width(text: str) -> int:
    if text and _wide(text[0]):
        return 2
    return display_width(text.split(maxsplit=1)[0]) if text else 0


def _closes(raw: str, text: str, markdown: bool) -> bool:
    if markdown:
        return raw.endswith(("  ", "\\"))
    return strip_artefacts(text) != text


def _starts_block(shape: Shape, markdown: bool) -> bool:
    """A line that opens a block of its own: a list item, a heading, a quote, a table row."""
    if shape.marker:
        return True
    if not markdown:
        return False
    text = shape.text
    return (
        (text.startswith("#") and heading_level(text)[0] > 0)
        or text.startswith(">")
        or ("|" in text and table_row(text) is not None)
    )


def paragraphs(lines: Sequence[str], style: DumpStyle) -> Iterator[Paragraph]:
    """The dump's paragraphs, in order, from its lines before the reference list."""
    current: Paragraph | None = None
    blank = False
    markdown = style.markdown
    width = style.width
    for raw in lines[: style.end]:
        shape = shape_of(raw, numbered=markdown or style.indented or width is not None)
        text = shape.text
        if not text or is_rule(text):
            # A rule separates what is above it from what is below, as a blank line does.
            if current is not None:
                yield current
                current = None
            blank = True
            continue
        if markdown and is_empty_item(text):
            # An item of its own, with nothing to join to the one above (other dumps drop it as
            # an artefact, below).
            if current is not None:
                yield current
                current = None
            continue
        if is_markup_line(text) or (not markdown and is_artefact(text)):
            continue
        if current is not None and not _starts_block(shape, markdown):
            if markdown:
                join = not current.closed
            else:
                join = (
                    width is not None
                    and not current.closed
                    and shape.indent == current.text_indent
                    and current.last_width + 1 + _first_word_width(text) > width
                )
            if join:
                current.parts.append(text)
                current.last_width = display_width(raw.rstrip())
                current.closed = _closes(raw, text, markdown)
                continue
        if current is not None:
            yield current
        current = Paragraph(shape.indent, shape.marker, shape.text_indent, blank, [text], hyphen_breaks=markdown)
        current.last_width = display_width(raw.rstrip())
        current.closed = _closes(raw, text, markdown)
        blank = False
    if current is not None:
        yield current
