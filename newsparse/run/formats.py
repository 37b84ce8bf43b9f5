"""How the command line writes results: one writer class per ``--format``.

A writer is given each parsed page with the fields that say where it came from
(``{"file": ...}``, or the WARC record's) and writes it as soon as it comes, so a
batch streams. A new output format is one more class in ``FORMATS``.
"""

from __future__ import annotations

import io
import json
import os
import re
from typing import Any, ClassVar, TextIO

from ..article import Article
from ..output.render import to_markdown, to_text

__all__ = [
    "FORMATS",
    "JsonLinesWriter",
    "JsonWriter",
    "MarkdownWriter",
    "PageWriteError",
    "PerPageWriter",
    "SummaryWriter",
    "TextWriter",
    "Writer",
    "render_summary",
]

# Characters JSON may hold raw but a terminal acts on: C1 controls, DEL and the bidi marks,
# embeddings, overrides and isolates (JSON escapes only C0). Written as \u escapes, they stay
# the same strings for a JSON reader.
_JSON_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def render_summary(article: Article) -> str:
    """A human-readable view: one labelled line per segment, then the body and related links."""
    lines: list[str] = []

    def field(label: str, value: str | None) -> None:
        lines.append(f"{label:<12} {value if value is not None else '-'}")

    field("headline", article.headline)
    field("subheading", article.subheading)
    byline = article.byline
    field("byline", (byline.text if byline else None) or None)
    field("authors", (", ".join(byline.authors) if byline else None) or None)
    # The page-level dates (what Article.published says), not only the one printed with the credit.
    field("published", article.published.isoformat() if article.published else None)
    field("modified", article.modified.isoformat() if article.modified else None)
    field("page type", article.page_type)
    field("copyright", article.copyright.text if article.copyright else None)
    field("language", article.language)
    field("url", article.url)
    lines.append("")
    lines.append(f"body ({len(article.body)} paragraphs)")
    lines.extend(f"  {p}" for p in article.body)
    lines.append("")
    lines.append(f"related links ({len(article.related_links)})")
    lines.extend(f"  - {link.text}" + (f" <{link.url}>" if link.url else "") for link in article.related_links)
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _json(record: dict[str, Any], indent: int | None) -> str:
    text = json.dumps(record, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be written as UTF-8; as an escape it stays valid JSON.
        text = json.dumps(record, ensure_ascii=True, indent=indent)
    # Outside strings JSON is ASCII: every match is inside a string.
    return _JSON_TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class Writer:
    """Writes results to ``out``; ``batch`` says the run is several pages to one stream.

    ``named``: each record names its source (the fields of a batch's pages, also when each
    page goes to a file of its own); default: as ``batch``. ``front_matter`` and
    ``body_only`` are the Markdown options (:meth:`Article.to_markdown`).
    """

    # Whether the format is JSON (then the output is UTF-8 whatever the locale says).
    is_json: ClassVar[bool] = True
    # The file name extension of a page written to a file of its own (``-o DIR``).
    suffix: ClassVar[str] = ".json"

    def __init__(
        self,
        out: TextIO,
        *,
        batch: bool,
        named: bool | None = None,
        front_matter: bool = False,
        body_only: bool = False,
    ) -> None:
        self.out = out
        self.batch = batch
        self.named = batch if named is None else named
        self.front_matter = front_matter
        self.body_only = body_only

    def start(self) -> None:
        """Called once before the first page."""

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        """Write one page: ``source`` are the fields naming where it came from, ``label`` their short
        form, ``name`` the relative path (without extension) of a page written to a file of its own."""
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last page (also after Ctrl-C, so what was written stays well formed)."""

    def _record(self, source: dict[str, Any], article: Article) -> dict[str, Any]:
        record = article.to_dict()
        return {**source, **record} if self.named else record


class JsonLinesWriter(Writer):
    """One JSON object per line, each written as its page is done."""

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        self.out.write(_json(self._record(source, article), None) + "\n")


class JsonWriter(Writer):
    """Pretty JSON: the article for one page, a JSON array of them for a batch (still streamed)."""

    def __init__(self, out: TextIO, **options: Any) -> None:
        super().__init__(out, **options)
        self.count = 0

    def start(self) -> None:
        if self.batch:
            self.out.write("[")

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        text = _json(self._record(source, article), 2)
        if self.batch:
            # Indented as the array's items, one after another without holding any back.
            text = ("," if self.count else "") + "\n  " + text.replace("\n", "\n  ")
        else:
            text += "\n"
        self.out.write(text)
        self.count += 1

    def finish(self) -> None:
        if self.batch:
            self.out.write("\n]\n" if self.count else "]\n")


class SummaryWriter(Writer):
    """The labelled summary of each page, under a ``==> source <==`` header in a batch."""

    is_json = False
    suffix = ".txt"

    def render(self, article: Article) -> str:
        """How one page reads in this format."""
        return render_summary(article)

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        if self.batch:
            self.out.write(f"==> {label} <==\n")
        self.out.write(self.render(article).rstrip("\n") + "\n")


class TextWriter(SummaryWriter):
    """The story as plain text (headline, dek, credit, body paragraphs), as ``Article.to_text()``."""

    def render(self, article: Article) -> str:
        return to_text(article)


class MarkdownWriter(Writer):
    """Each page as a Markdown document (``Article.to_markdown()``); in a batch, pages are set off by a
    rule and an HTML comment naming the source, so the whole output is still one valid document.
    With ``front_matter``, a page that names its source has its fields first in the front matter."""

    is_json = False
    suffix = ".md"

    def __init__(self, out: TextIO, **options: Any) -> None:
        super().__init__(out, **options)
        self.count = 0

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        if self.batch:
            # "--" cannot occur inside an HTML comment; a file name may hold it.
            name = label.replace("--", "-\u2010")
            self.out.write(("\n---\n\n" if self.count else "") + f"<!-- {name} -->\n\n")
        text = to_markdown(
            article,
            front_matter=self.front_matter,
            body_only=self.body_only,
            source=source if self.named else None,
        )
        self.out.write(text.rstrip("\n") + "\n")
        self.count += 1


class PageWriteError(Exception):
    """A page's own output file could not be written: the message says which and why."""


class PerPageWriter(Writer):
    """Each page to a file of its own under ``directory``, in the format of ``writer``, at the
    page's ``name`` plus the format's extension (``-o DIR``)."""

    def __init__(self, directory: str, writer: type[Writer], *, named: bool, **options: Any) -> None:
        # Nothing goes to a stream of the run's own: each page opens its file.
        super().__init__(io.StringIO(), batch=False, named=named, **options)
        self.directory = directory
        self.writer = writer
        self.options = options

    def write(self, source: dict[str, Any], label: str, article: Article, name: str = "") -> None:
        path = os.path.join(self.directory, (name or "page") + self.writer.suffix)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                page = self.writer(out, batch=False, named=self.named, **self.options)
                page.start()
                page.write(source, label, article, name)
                page.finish()
        except OSError as exc:
            raise PageWriteError(f"cannot write {path}: {exc.strerror or exc}") from None


FORMATS: dict[str, type[Writer]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "markdown": MarkdownWriter,
    "summary": SummaryWriter,
    "text": TextWriter,
}
