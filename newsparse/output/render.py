"""How an article is shown to people: Markdown, plain text and HTML, and the glance
(``repr``) and card (notebooks) that describe it.

Page text is never trusted: in HTML every string is escaped, in Markdown every character
that would make markup is escaped, and only ``http``/``https`` URLs become links (a
``javascript:`` or ``data:`` URL stays text). Pictures are never embedded: a notebook that
shows an article loads nothing from the page's site.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

from ..cues.text import word_count

if TYPE_CHECKING:
    from ..article import Article, BodyBlock, InlineLink

__all__ = [
    "FRONT_MATTER_FIELDS",
    "card_html",
    "card_markdown",
    "glance",
    "live_url",
    "to_html",
    "to_markdown",
    "to_text",
    "yaml_front_matter",
]

# The only URLs shown as links: a web address with nothing a browser would strip or reinterpret
# (spaces, control characters) anywhere in it.
_LIVE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)
# Links whose text is not found where the block's text continues: after this many, the rest of
# the block's links are not placed, so a block with many stray links costs linear time.
MAX_LINK_MISSES = 16
# Markdown headings for the story's subheads start one level under the headline's ``#``.
FIRST_SUBHEAD_LEVEL = 2
# What the notebook card shows of the story: its first paragraphs, each cut to this length.
CARD_PARAGRAPHS = 2
CARD_PARAGRAPH_CHARS = 300
# The glance (``repr``) cuts the headline to this length.
GLANCE_HEADLINE_CHARS = 60
# Characters that make Markdown (or a notebook's LaTeX) markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>~|$])")
# An ampersand that would start a character reference ("&lt;", "&#60;").
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What starts a heading, a list item, a setext underline or a thematic break at a line's start
# ("# x", "- x", "---", "==="), and a number that starts an ordered list item ("2024. A year").
_MD_LINE_START = re.compile(r"^([ \t]*)([#+=-])(?=[ \t]|$|\2)", re.MULTILINE)
_MD_NUMBER_START = re.compile(r"^([ \t]*\d{1,9})([.)])(?=[ \t]|$)", re.MULTILINE)
# Characters a Markdown link destination cannot hold as they are.
_MD_URL_UNSAFE = re.compile(r"[\s()<>\\\"'`]")
# A heading's closing sequence: a run of "#" after a space at the end of the line, which
# CommonMark drops ("## C #" is the heading "C"); its first "#" is escaped to keep it text.
_MD_CLOSING_HASHES = re.compile(r"(?<=[ \t])#(?=#*[ \t]*$)|^#(?=#*[ \t]*$)")
# A nested list's items are set in under their parent item's text: CommonMark reads an
# item as nested when it starts at the parent's content column.
_MD_BULLET = "- "
_LINK_REL = "nofollow noopener noreferrer"
_CARD_STYLE = (
    "border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;max-width:760px;"
    "font-family:system-ui,-apple-system,sans-serif;line-height:1.45"
)
_MUTED = "font-size:12px;color:#57606a"
# How the card counts the story's blocks other than paragraphs.
_KIND_NOUNS = {"preformatted": "preformatted block"}

# A run of a block's text and the live URL of the link it is the text of (None: plain text).
_Run: TypeAlias = "tuple[str, str | None]"


def live_url(url: str | None) -> str | None:
    """The URL when it may be shown as a link (``http``/``https`` only), else ``None``."""
    if url is None or _LIVE_URL.fullmatch(url) is None:
        return None
    return url


# --- what every format shows ------------------------------------------------------------------


def _credit(article: Article) -> str:
    """The byline line: the credit as printed (or the authors) and the publication day."""
    byline = article.byline
    parts: list[str] = []
    if byline is not None:
        if byline.text:
            parts.append(byline.text)
        elif byline.authors:
            parts.append("By " + ", ".join(byline.authors))
    day = article.published or (byline.published if byline is not None else None)
    if day is not None:
        parts.append(day.isoformat())
    return " · ".join(parts)


def _blocks(article: Article) -> tuple[BodyBlock, ...]:
    """The story's blocks; an article without them (built by hand, read from older JSON) gives its paragraphs."""
    if article.body_blocks or not article.body:
        return article.body_blocks
    from ..article import BodyBlock

    return tuple(BodyBlock("paragraph", text) for text in article.body)


def _pieces(block: BodyBlock) -> list[str]:
    """The parts of a block that links are placed in: its items, lines or cells, in order."""
    if block.kind == "list":
        return list(block.items) if block.items else block.text.split("\n")
    if block.kind == "table":
        return [cell for row in block.rows for cell in row]
    if block.kind == "quote":
        return block.text.split("\n")
    return [block.text]


def _linked(pieces: Sequence[str], links: Sequence[InlineLink]) -> list[list[_Run]]:
    """Each piece cut into runs of plain and linked text, the links found in order.

    A link's text was read from the block's own text, so each is searched where the last one
    ended; the links of a block built by hand may not match, and are left out.
    """
    text = "\n".join(pieces)
    spans: list[tuple[int, int, str | None]] = []
    cursor = misses = 0
    for link in links:
        # A link's text is one run of a line (a block's own links never hold a line break).
        if not link.text or "\n" in link.text or misses >= MAX_LINK_MISSES:
            continue
        at = text.find(link.text, cursor)
        if at < 0:
            misses += 1
            continue
        cursor = at + len(link.text)
        spans.append((at, cursor, live_url(link.url)))
    out: list[list[_Run]] = []
    offset = k = 0
    for piece in pieces:
        end = offset + len(piece)
        runs: list[_Run] = []
        pos = offset
        while k < len(spans) and spans[k][0] < end:
            start, stop, url = spans[k]
            if start > pos:
                runs.append((text[pos:start], None))
            runs.append((text[start:stop], url))
            pos = stop
            k += 1
        if pos < end:
            runs.append((text[pos:end], None))
        out.append(runs)
        offset = end + 1
    return out


def _subhead_level(block: BodyBlock) -> int:
    return min(6, max(FIRST_SUBHEAD_LEVEL, block.level or FIRST_SUBHEAD_LEVEL))


def _table_width(rows: Sequence[Sequence[str]]) -> int:
    return max((len(row) for row in rows), default=0)


def _regroup(cells: Sequence[list[_Run]], rows: Sequence[Sequence[str]]) -> list[list[list[_Run]]]:
    """Flat cell runs back into rows, each padded to the table's width."""
    width = _table_width(rows)
    out: list[list[list[_Run]]] = []
    k = 0
    for row in rows:
        out.append([*cells[k : k + len(row)], *([[]] * (width - len(row)))])
        k += len(row)
    return out


# --- Markdown -----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    """Text that Markdown shows as it is: no emphasis, link, HTML, entity, heading or list made of it."""
    text = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", text))
    return _MD_NUMBER_START.sub(r"\1\\\2", _MD_LINE_START.sub(r"\1\\\2", text))


def _md_heading(text: str) -> str:
    """Escaped text for a heading line: one line, and a closing run of ``#`` stays text."""
    return _MD_CLOSING_HASHES.sub(r"\\#", _one_line(text))


def _one_line(markdown: str) -> str:
    # What Markdown shows on one line (a heading, an item, a cell) cannot break it: a line break in
    # the text (only a block built by hand has one) would end it and start other markup.
    return markdown.replace("\n", " ")


def _md_url(url: str) -> str:
    # "&amp;" in a destination is a character reference that CommonMark decodes: the escaped
    # ampersand keeps the URL as it is.
    return _MD_ENTITY.sub(r"\\&", _MD_URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", url))


def _md_runs(runs: Sequence[_Run]) -> str:
    out: list[str] = []
    for k, (text, url) in enumerate(runs):
        if url:
            out.append(f"[{_md_escape(text)}]({_md_url(url)})")
            continue
        shown = _md_escape(text)
        if shown.endswith("!") and k + 1 < len(runs) and runs[k + 1][1]:
            # "!" right before a link makes it an image, which a viewer loads from the page's site.
            shown = shown[:-1] + "\\!"
        out.append(shown)
    return "".join(out)


def _md_block(block: BodyBlock) -> str:
    if block.kind == "preformatted":
        longest = max((len(m) for m in re.findall(r"`+", block.text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{block.text}\n{fence}"
    runs = _linked(_pieces(block), block.links)
    if block.kind == "heading":
        return "#" * _subhead_level(block) + " " + _md_heading(_md_runs(runs[0]))
    if block.kind == "list":
        return _md_list(block, [_one_line(_md_runs(item)) for item in runs])
    if block.kind == "quote":
        return "\n>\n".join("> " + _md_runs(line) for line in runs)
    if block.kind == "table" and block.rows:
        rows = [
            "| " + " | ".join(_one_line(_md_runs(cell)) for cell in row) + " |" for row in _regroup(runs, block.rows)
        ]
        rule = "|" + " --- |" * _table_width(block.rows)
        return "\n".join([rows[0], rule, *rows[1:]])
    return "\n".join(_md_runs(piece) for piece in runs)


def _depths(block: BodyBlock, count: int) -> list[int]:
    """Each item's nesting depth, each at most one under the item before it (as Markdown can show it)."""
    given = list(block.depths[:count]) + [0] * (count - len(block.depths))
    out: list[int] = []
    for depth in given:
        out.append(max(0, min(depth, out[-1] + 1 if out else 0)))
    return out


def _md_list(block: BodyBlock, items: Sequence[str]) -> str:
    """A list's items as Markdown, a nested item set in to its parent item's text."""
    lines: list[str] = []
    # The column where the text of the last item of each depth starts, and each depth's count.
    columns: list[int] = []
    numbers: list[int] = []
    for item, depth in zip(items, _depths(block, len(items))):
        if not item.strip():
            # An empty item cannot interrupt the item before it: its marker would underline that
            # item's text as a heading.
            continue
        del columns[depth:], numbers[depth + 1 :]
        if len(numbers) <= depth:
            numbers.append(0)
        numbers[depth] += 1
        indent = columns[depth - 1] if depth else 0
        # Only the top level says how the list is numbered; nested lists keep the bullet.
        marker = f"{numbers[depth]}. " if block.ordered and depth == 0 else _MD_BULLET
        columns.append(indent + len(marker))
        lines.append(" " * indent + marker + item)
    return "\n".join(lines)


# The metadata the YAML front matter gives, in order (a field the article lacks is left out).
FRONT_MATTER_FIELDS: tuple[str, ...] = (
    "title",
    "subheading",
    "byline",
    "authors",
    "published",
    "modified",
    "published_time",
    "modified_time",
    "url",
    "canonical_url",
    "site_name",
    "section",
    "tags",
    "language",
    "description",
    "image",
    "page_type",
    "coherence",
    "confidence",
    "copyright",
    "warnings",
)
# Characters a YAML double-quoted scalar cannot hold as they are: the quote and backslash, and
# whatever YAML does not count as printable or reads as a line break (NEL, the line and
# paragraph separators, the byte-order mark, U+FFFE/U+FFFF).
_YAML_UNSAFE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
_YAML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _yaml_string(text: str) -> str:
    """A YAML double-quoted scalar: read back as exactly ``text`` by every YAML 1.1 or 1.2 reader."""
    escaped = _YAML_UNSAFE.sub(lambda m: _YAML_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text)
    return f'"{escaped}"'


_Scalar: TypeAlias = "str | float | _dt.date | None"


def _yaml_value(value: _Scalar | Sequence[str]) -> str:
    if isinstance(value, str):
        return _yaml_string(value)
    if isinstance(value, _dt.date):
        # An ISO date (or date and time with its offset) unquoted: YAML reads it as a timestamp.
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 4))
    if value is None:
        return "null"
    return "[" + ", ".join(_yaml_string(item) for item in value) + "]"


def _front_matter_values(article: Article) -> dict[str, _Scalar | Sequence[str]]:
    byline = article.byline
    return {
        "title": article.headline,
        "subheading": article.subheading,
        "byline": byline.text if byline is not None and byline.text else None,
        "authors": byline.authors if byline is not None else (),
        "published": article.published or (byline.published if byline is not None else None),
        "modified": article.modified,
        "published_time": article.published_time,
        "modified_time": article.modified_time,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "section": article.section,
        "tags": article.tags,
        "language": article.language,
        "description": article.description,
        "image": article.image,
        "page_type": article.page_type,
        "coherence": article.coherence,
        "confidence": article.confidence,
        "copyright": article.copyright.text if article.copyright is not None else None,
        "warnings": article.warning_codes,
    }


def yaml_front_matter(article: Article, source: Mapping[str, str | None] | None = None) -> str:
    """The article's metadata as a YAML front matter block (``---`` lines around YAML).

    Every string is a double-quoted scalar with every character YAML could misread escaped,
    dates and times are ISO 8601, and a field the article lacks is left out. ``source`` are
    fields put first (the command line's ``file`` and ``warc_*``).
    """
    lines = ["---"]
    values: dict[str, _Scalar | Sequence[str]] = {**(source or {}), **_front_matter_values(article)}
    for key, value in values.items():
        if value is None or (isinstance(value, tuple | list) and not value):
            continue
        lines.append(f"{key}: {_yaml_value(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def to_markdown(
    article: Article,
    *,
    front_matter: bool = False,
    body_only: bool = False,
    source: Mapping[str, str | None] | None = None,
) -> str:
    """The article as Markdown: ``#`` headline, the dek in italics, the byline line, the story's
    blocks, the related links as a list and the copyright notice as the last paragraph.

    ``body_only`` gives the story's blocks alone; ``front_matter`` puts the metadata first as
    YAML front matter (see :func:`yaml_front_matter`, which ``source`` is handed to).
    """
    parts: list[str] = []
    if not body_only:
        if article.headline:
            parts.append("# " + _md_heading(_md_escape(article.headline)))
        if article.subheading:
            parts.append(f"*{_one_line(_md_escape(article.subheading))}*")
        credit = _credit(article)
        if credit:
            parts.append(_one_line(_md_escape(credit)))
    parts.extend(_md_block(block) for block in _blocks(article))
    if not body_only:
        if article.related_links:
            items = [_one_line(_md_runs([(link.text, live_url(link.url))])) for link in article.related_links]
            parts.append("## Related\n\n" + "\n".join(f"- {item}" for item in items))
        if article.copyright is not None:
            # A paragraph of its own, under no rule: "---" separates pages and opens front matter.
            parts.append(_md_escape(article.copyright.text))
    text = "\n\n".join(parts) + "\n" if parts else ""
    if front_matter:
        return yaml_front_matter(article, source) + ("\n" + text if text else "")
    return text


# --- plain text ---------------------------------------------------------------------------------

# A quotation's lines are set in by this much in plain text.
_TEXT_QUOTE_INDENT = "    "


# A nested list's items are set in by this much a level in plain text.
_TEXT_LIST_INDENT = "  "


def _text_block(block: BodyBlock) -> str:
    if block.kind == "list":
        items = _pieces(block)
        lines: list[str] = []
        numbers: list[int] = []
        for item, depth in zip(items, _depths(block, len(items))):
            del numbers[depth + 1 :]
            if len(numbers) <= depth:
                numbers.append(0)
            numbers[depth] += 1
            marker = f"{numbers[depth]}. " if block.ordered and depth == 0 else "- "
            lines.append(_TEXT_LIST_INDENT * depth + marker + item)
        return "\n".join(lines)
    if block.kind == "quote":
        return "\n".join(_TEXT_QUOTE_INDENT + line for line in block.text.split("\n"))
    return block.text


def to_text(article: Article) -> str:
    """The article as plain text: headline, dek, byline line, the story (lists with markers,
    quotes set in, table rows with tab-separated cells), the related links and the notice."""
    parts = [p for p in (article.headline, article.subheading, _credit(article)) if p]
    parts.extend(_text_block(block) for block in _blocks(article))
    if article.related_links:
        lines = [f"- {link.text}" + (f" <{link.url}>" if link.url else "") for link in article.related_links]
        parts.append("Related:\n" + "\n".join(lines))
    if article.copyright is not None:
        parts.append(article.copyright.text)
    return "\n\n".join(parts) + "\n" if parts else ""


# --- HTML ---------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_runs(runs: Iterable[_Run]) -> str:
    return "".join(f'<a href="{_esc(url)}" rel="{_LINK_REL}">{_esc(s)}</a>' if url else _esc(s) for s, url in runs)


def _html_block(block: BodyBlock) -> str:
    if block.kind == "preformatted":
        return f"<pre>{_esc(block.text)}</pre>"
    runs = _linked(_pieces(block), block.links)
    if block.kind == "heading":
        level = _subhead_level(block)
        return f"<h{level}>{_html_runs(runs[0])}</h{level}>"
    if block.kind == "list":
        return _html_list(block, runs)
    if block.kind == "quote":
        return "<blockquote>" + "".join(f"<p>{_html_runs(line)}</p>" for line in runs) + "</blockquote>"
    if block.kind == "table" and block.rows:
        rows = _regroup(runs, block.rows)
        head = "<tr>" + "".join(f"<th>{_html_runs(cell)}</th>" for cell in rows[0]) + "</tr>"
        body = "".join("<tr>" + "".join(f"<td>{_html_runs(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:])
        return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"
    return "".join(f"<p>{_html_runs(piece)}</p>" for piece in runs)


def _html_list(block: BodyBlock, runs: Sequence[list[_Run]]) -> str:
    """A list as ``<ul>``/``<ol>``, a nested item in a list inside the item before it."""
    top = "ol" if block.ordered else "ul"
    out = [f"<{top}>"]
    depth = 0
    for k, (item, level) in enumerate(zip(runs, _depths(block, len(runs)))):
        if k:
            if level > depth:
                out.append("<ul>")
            else:
                out.append("</li>")
                for _ in range(depth - level):
                    out.append("</ul></li>")
        depth = level
        out.append(f"<li>{_html_runs(item)}")
    if runs:
        out.append("</li>")
    out.extend("</ul></li>" for _ in range(depth))
    out.append(f"</{top}>")
    return "".join(out)


def _html_link(text: str, url: str | None) -> str:
    return _html_runs([(text, live_url(url))])


def to_html(article: Article) -> str:
    """The article as an HTML fragment (an ``<article>`` element) that is safe to insert in a
    page: every string escaped, no script, style or picture, only ``http``/``https`` links."""
    parts: list[str] = ['<article class="newsparse-article">']
    if article.headline:
        parts.append(f"<h1>{_esc(article.headline)}</h1>")
    if article.subheading:
        parts.append(f'<p class="subheading">{_esc(article.subheading)}</p>')
    credit = _credit(article)
    if credit:
        parts.append(f'<p class="byline">{_esc(credit)}</p>')
    parts.extend(_html_block(block) for block in _blocks(article))
    if article.related_links:
        items = "".join(f"<li>{_html_link(link.text, link.url)}</li>" for link in article.related_links)
        parts.append(f'<section class="related"><h2>Related</h2><ul>{items}</ul></section>')
    if article.copyright is not None:
        parts.append(f'<footer><p class="copyright">{_esc(article.copyright.text)}</p></footer>')
    parts.append("</article>")
    return "\n".join(parts) + "\n"


# --- the glance and the card ------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _counts(article: Article) -> list[str]:
    """What the story holds: paragraphs, words, blocks other than paragraphs, related links."""
    counts = [_plural(len(article.body), "paragraph"), _plural(sum(map(word_count, article.body)), "word")]
    kinds: dict[str, int] = {}
    for block in article.body_blocks:
        if block.kind != "paragraph":
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
    counts.extend(_plural(n, _KIND_NOUNS.get(kind, kind)) for kind, n in kinds.items())
    counts.append(_plural(len(article.related_links), "related link"))
    return counts


def _opening(article: Article) -> list[str]:
    """The story's first paragraphs (subheads, lists and tables left out), cut for the card."""
    texts = [b.text for b in _blocks(article) if b.kind == "paragraph"][:CARD_PARAGRAPHS]
    return [_cut(text, CARD_PARAGRAPH_CHARS) for text in texts]


def _facts(article: Article) -> list[str]:
    """The page-level facts the card's top line shows."""
    return [f for f in (article.page_type, article.language, article.site_name) if f]


def glance(article: Article) -> str:
    """A one-line ``repr``: the headline, page type, date and counts, never the whole body."""
    headline = repr(_cut(article.headline, GLANCE_HEADLINE_CHARS)) if article.headline else "(no headline)"
    day = article.published or (article.byline.published if article.byline is not None else None)
    about = ", ".join(x for x in (article.page_type, day.isoformat() if day else "") if x)
    text = f"<Article {headline} ({about}): {_plural(len(article.body), 'paragraph')}, "
    text += _plural(len(article.related_links), "related link")
    if article.warnings:
        text += ", warnings: " + " ".join(article.warning_codes)
    return text + ">"


def card_html(article: Article) -> str:
    """A compact HTML card for notebooks: the facts, headline, dek, byline line, the first
    paragraphs, the counts and the warnings; every page string escaped."""
    facts = [_esc(f) for f in _facts(article)]
    url = live_url(article.url)
    if url is not None:
        facts.append(f'<a href="{_esc(url)}" rel="{_LINK_REL}" target="_blank">source</a>')
    rows = [f'<div style="{_MUTED}">{" · ".join(facts)}</div>']
    if article.headline:
        rows.append(f'<div style="font-size:17px;font-weight:600;margin:4px 0">{_esc(article.headline)}</div>')
    else:
        rows.append('<div style="font-size:17px;color:#57606a;margin:4px 0">(no headline)</div>')
    if article.subheading:
        rows.append(f'<div style="font-style:italic;margin:2px 0">{_esc(article.subheading)}</div>')
    credit = _credit(article)
    if credit:
        rows.append(f'<div style="font-size:13px;color:#57606a;margin:2px 0">{_esc(credit)}</div>')
    rows.extend(f'<p style="margin:6px 0">{_esc(text)}</p>' for text in _opening(article))
    counts = _counts(article)
    if article.copyright is not None:
        counts.append(_esc(article.copyright.text))
    rows.append(f'<div style="{_MUTED}">{" · ".join(_esc(c) for c in counts)}</div>')
    if article.warnings:
        items = "".join(f"<li><code>{_esc(w.code)}</code> {_esc(w.message)}</li>" for w in article.warnings)
        rows.append(f'<ul style="margin:6px 0 0 0;padding-left:18px;color:#9a6700;font-size:13px">{items}</ul>')
    return f'<div class="newsparse-card" style="{_CARD_STYLE}">' + "".join(rows) + "</div>"


def card_markdown(article: Article) -> str:
    """The card in Markdown, for front ends that show Markdown but not HTML."""
    facts = _facts(article)
    lines = [_md_escape(" · ".join(facts))] if facts else []
    lines.append(f"**{_md_escape(article.headline)}**" if article.headline else "*(no headline)*")
    if article.subheading:
        lines.append(f"*{_md_escape(article.subheading)}*")
    credit = _credit(article)
    if credit:
        lines.append(_md_escape(credit))
    parts = ["  \n".join(lines)]
    parts.extend("> " + _md_escape(text) for text in _opening(article))
    parts.append(_md_escape(" · ".join(_counts(article))))
    if article.warnings:
        parts.append("\n".join(f"- warning {_md_escape(w.code)}: {_md_escape(w.message)}" for w in article.warnings))
    return "\n\n".join(parts) + "\n"
