"""A plain-text dump of a page in block form: one block per paragraph of the page.

What a tool printed is read back first (:mod:`newsparse.read.dumps`): lines it broke are joined,
its artefacts and reference list leave the text, list items, headings and links are kept as
``Block.tag`` and ``Block.links`` as on an HTML page. A first line that is the page's
``<title>`` (html-text prints it) becomes ``Hints.title``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..blocks import Block, Hints, Link, Page
from ..cues.lines import prose_span
from ..cues.text import fold_whitespace, same_text
from .dumps.markdown import heading_level, inline, quote_text, table_row
from .dumps.references import read_marks
from .dumps.shapes import strip_artefacts, table_cells
from .dumps.style import DumpStyle, detect
from .dumps.unwrap import Paragraph, paragraphs

__all__ = ["text_to_page"]

# Lines that head or foot this many of a dump's form-feed pages are the printout's running
# header and footer, not page text.
RUNNING_LINE_MIN_PAGES = 2
# A title line is a line, and names the story in a few words at least.
TITLE_MAX_CHARS = 300
TITLE_MIN_WORDS = 2
# A first line printed again whole below is the <title> when it names a story: a skip link, a
# menu's entry or a site's name is printed twice too, but in a word or three.
COPY_MIN_WORDS = 4
# What a <title> puts between the story's title and the site's name.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", ": ")
# The site's part of a <title> is a name of a few words.
SITE_PART_MAX_WORDS = 8


def _lines(text: str) -> list[str]:
    """The dump's lines, without a printout's running headers and footers (repeated at the top or
    bottom of the pages a form feed separates)."""
    pages = text.split("\f")
    if len(pages) <= RUNNING_LINE_MIN_PAGES:
        # splitlines() knows CRLF, CR, form feeds and the Unicode line separators a dump may carry.
        return text.splitlines()
    edges: Counter[str] = Counter()
    split = [page.splitlines() for page in pages]
    for page_lines in split:
        filled = [line.strip() for line in page_lines if line.strip()]
        if filled:
            edges.update({filled[0], filled[-1]})
    running = {line for line, count in edges.items() if count >= RUNNING_LINE_MIN_PAGES}
    return [line for page_lines in split for line in page_lines if line.strip() not in running]


def _block(paragraph: Paragraph, style: DumpStyle, index: int) -> Block | None:
    raw = paragraph.text
    tag = "li" if paragraph.marker else "line"
    links: tuple[tuple[str, str], ...] = ()
    if style.markdown:
        level, raw = heading_level(raw)
        if level:
            tag = f"h{level}"
        quoted = quote_text(raw)
        if quoted is not None:
            raw = quoted
        cells = table_row(raw)
        if cells is not None:
            raw = " ".join(cells)
        raw, links = inline(raw)
    else:
        raw, links = read_marks(raw, style.references)
        raw = strip_artefacts(raw)
        cells = table_cells(raw)
        if cells is not None:
            raw = " ".join(cells)
        if style.indented and paragraph.indent == 0 and not paragraph.marker:
            # lynx sets headings flush left and indents paragraphs; which level it does not say.
            tag = "h2"
    text = fold_whitespace(raw)
    if not text:
        return None
    kept = tuple(Link(fold_whitespace(t), href) for t, href in links if t.strip())
    density = min(1.0, sum(len(link.text) for link in kept) / len(text)) if kept else 0.0
    return Block(index=index, text=text, tag=tag, links=kept, link_density=density, blank_before=paragraph.blank_before)


def _title_part(title: str, line: str) -> bool:
    """The line is the title's story part: the title is it plus a site name before or after a separator."""
    if len(line) >= len(title):
        return False
    for sep in _TITLE_SEPARATORS:
        if title.startswith(line) and title[len(line) :].startswith(sep):
            rest = title[len(line) + len(sep) :]
        elif title.endswith(line) and title[: -len(line)].endswith(sep):
            rest = title[: -len(line) - len(sep)]
        else:
            continue
        if rest and len(rest.split()) <= SITE_PART_MAX_WORDS:
            return True
    return False


def _with_title(blocks: Sequence[Block]) -> tuple[list[Block], Hints]:
    """A first line that is the page's <title> (its story part printed again further down, with
    the site's name around it, or the whole of it when it names a story) is the title, not a line
    of the page."""
    if len(blocks) < 2:
        return list(blocks), Hints()
    first = blocks[0].text
    if len(first) > TITLE_MAX_CHARS or len(first.split()) < TITLE_MIN_WORDS or blocks[0].tag != "line":
        return list(blocks), Hints()
    whole_copy_counts = len(first.split()) >= COPY_MIN_WORDS
    prose_end: int | None = None  # read once, when a whole copy is first met
    for block in blocks[1:]:
        text = block.text
        if len(text.split()) < TITLE_MIN_WORDS:
            continue
        whole_copy = whole_copy_counts and same_text(text, first)
        if whole_copy and prose_end is None:
            prose_end = _prose_end(blocks)
        if _title_part(first, text) or (whole_copy and prose_end is not None and block.index < prose_end):
            rest = [
                Block(
                    index=b.index - 1,
                    text=b.text,
                    tag=b.tag,
                    links=b.links,
                    link_density=b.link_density,
                    blank_before=b.blank_before if b.index > 1 else False,
                )
                for b in blocks[1:]
            ]
            return rest, Hints(title=first)
    return list(blocks), Hints()


def _prose_end(blocks: Sequence[Block]) -> int:
    """The index of the last line of the page's prose (past the end when it has none). A title
    printed again stands before it, over its story (however much prose a notice puts above it); a
    line printed at the top and again at the foot ("Follow us on social media") is furniture."""
    span = prose_span([b.text for b in blocks], [b.link_density for b in blocks])
    return len(blocks) if span is None else span[1]


def text_to_page(text: str) -> Page:
    """Split a text dump into blocks: the page's paragraphs, headings and list items, with the
    links the dump shows and whether a blank line came before each."""
    lines = _lines(text)
    style = detect(lines)
    blocks: list[Block] = []
    for paragraph in paragraphs(lines, style):
        block = _block(paragraph, style, len(blocks))
        if block is not None:
            blocks.append(block)
    kept, hints = _with_title(blocks)
    return Page(blocks=tuple(kept), hints=hints, is_html=False)
