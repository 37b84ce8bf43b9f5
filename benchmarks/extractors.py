"""One adapter per tool: newsparse, the anchors of ANCHORS.md, and the lxml parse floor.

Each adapter has a ``run`` step (the timed call, the documented way) and a
``convert`` step (untimed) that maps the tool's output to an :class:`Extraction`,
the common record the scorers read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from benchmarks.corpora import html_to_text

__all__ = [
    "ANCHOR_TOOLS",
    "TOOLS",
    "Extraction",
    "Tool",
    "ToolUnavailable",
    "byline_string",
    "iso_day",
    "make_tool",
    "names",
]


class ToolUnavailable(Exception):
    """The tool cannot be imported or lacks the entry point the benchmark calls."""


@dataclass
class Extraction:
    """What a tool found on one page, reduced to the fields the benchmark scores."""

    headline: str | None = None
    subheading: str | None = None
    description: str | None = None
    byline_text: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD: the date printed with the credit (newsparse's byline.published)
    # YYYY-MM-DD: the page's publication day from all its evidence (newsparse's Article.published;
    # the anchors have one date, which is both).
    page_published: str | None = None
    page_type: str | None = None
    # newsparse's trust estimates and warning codes (the anchors have none).
    coherence: float | None = None
    confidence: float | None = None
    warning_codes: tuple[str, ...] = ()
    body: str = ""
    related_urls: list[str] = field(default_factory=list)
    has_copyright: bool = False
    copyright_text: str | None = None
    copyright_holder: str | None = None
    copyright_years: tuple[int, ...] = ()


# Fields a tool can produce; a score needing a field the tool lacks shows as "–".
ALL_FIELDS = frozenset(
    {"headline", "subheading", "description", "byline_text", "authors", "published", "body", "related", "copyright"}
)

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# d.m.yyyy is always day first (German, Polish, Czech, ... pages); dateutil would read it month first.
_DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?!\d)")


def _day(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_day(value: object) -> str | None:
    """YYYY-MM-DD of a date, datetime or date string, as printed (no timezone shift).

    A list (goose3 returns one when a page has several date metas) counts by its first date.
    """
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v), None)
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()[:10]
    text = str(value)
    m = _ISO_DAY.match(text)
    if m:
        return _day(m.group(1), m.group(2), m.group(3))
    m = _DOTTED_DAY.search(text)
    if m:
        return _day(m.group(3), m.group(2), m.group(1))
    try:
        from dateutil import parser as dateparser  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        # A fixed default keeps a date without year/day from borrowing today's.
        parsed = dateparser.parse(text, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return None if parsed.year == 1 else parsed.date().isoformat()


def names(value: object) -> list[str]:
    """A tool's author list as flat non-empty strings (goose3 can nest lists, some give one string)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, (list, tuple, set)):
        return [name for item in value for name in names(item)]
    return names(str(value))


def byline_string(ex: Extraction) -> str | None:
    """The credit a tool reports: its authors joined with ", " (ANCHORS.md), else its byline text."""
    if ex.authors:
        return ", ".join(ex.authors)
    return ex.byline_text


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


class Tool:
    """Base adapter: ``setup`` imports (raising :class:`ToolUnavailable`), ``run`` is timed."""

    name = "tool"
    dist = ""
    fields: frozenset[str] = frozenset()

    def setup(self) -> None:
        raise NotImplementedError

    def run(self, html: str, url: str | None) -> Any:
        raise NotImplementedError

    def convert(self, raw: Any) -> Extraction:
        return Extraction()

    @property
    def label(self) -> str:
        return f"{self.name} {_version(self.dist)}" if self.dist else self.name


class NewsparseTool(Tool):
    name = "newsparse"
    dist = "newsparse"
    fields = ALL_FIELDS

    def setup(self) -> None:
        try:
            import newsparse

            self._parse = newsparse.parse_html
        except Exception as exc:  # a half-written library may fail to import in any way
            raise ToolUnavailable(f"newsparse.parse_html not available ({type(exc).__name__}: {exc})") from exc

    def run(self, html: str, url: str | None) -> Any:
        return self._parse(html, url=url)

    @property
    def label(self) -> str:
        version = _version("newsparse")
        if version == "?":
            try:
                import newsparse

                version = str(getattr(newsparse, "__version__", "dev"))
            except ImportError:
                version = "dev"
        return f"newsparse {version}"

    def convert(self, raw: Any) -> Extraction:
        byline = getattr(raw, "byline", None)
        cr = getattr(raw, "copyright", None)
        body = getattr(raw, "body_text", None)
        if body is None:
            body = "\n\n".join(getattr(raw, "body", ()) or ())
        printed = iso_day(getattr(byline, "published", None))
        return Extraction(
            headline=getattr(raw, "headline", None),
            subheading=getattr(raw, "subheading", None),
            description=getattr(raw, "description", None),
            byline_text=getattr(byline, "text", None),
            authors=names(getattr(byline, "authors", None)),
            published=printed,
            page_published=iso_day(getattr(raw, "published", None)) or printed,
            page_type=getattr(raw, "page_type", None),
            coherence=getattr(raw, "coherence", None),
            confidence=getattr(raw, "confidence", None),
            warning_codes=tuple(getattr(raw, "warning_codes", ()) or ()),
            body=body,
            related_urls=[link.url for link in getattr(raw, "related_links", ()) or () if getattr(link, "url", None)],
            has_copyright=cr is not None,
            copyright_text=getattr(cr, "text", None),
            copyright_holder=getattr(cr, "holder", None),
            copyright_years=tuple(int(y) for y in (getattr(cr, "years", ()) or ())),
        )


class TrafilaturaTool(Tool):
    name = "trafilatura"
    dist = "trafilatura"
    fields = frozenset({"headline", "description", "authors", "published", "body"})

    def setup(self) -> None:
        try:
            from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise ToolUnavailable(str(exc)) from exc
        self._extract = bare_extraction

    def run(self, html: str, url: str | None) -> Any:
        # One call gives the body (the same xmltotxt text that extract(output_format="txt")
        # returns) and the metadata fields, so the tool is timed once, as users call it.
        return self._extract(html, url=url, include_comments=False, with_metadata=True)

    def convert(self, raw: Any) -> Extraction:
        if raw is None:
            return Extraction()
        doc = raw if not isinstance(raw, dict) else _AttrDict(raw)
        author = getattr(doc, "author", None) or ""
        # trafilatura joins several authors with "; "; ANCHORS compares the ", "-joined names.
        authors = [a.strip() for a in author.split(";") if a.strip()]
        return Extraction(
            headline=getattr(doc, "title", None),
            description=getattr(doc, "description", None),
            authors=authors,
            published=iso_day(getattr(doc, "date", None)),
            page_published=iso_day(getattr(doc, "date", None)),
            body=getattr(doc, "text", None) or "",
        )


class _AttrDict(dict[str, Any]):
    def __getattr__(self, name: str) -> Any:
        return self.get(name)


class ReadabilityTool(Tool):
    name = "readability-lxml"
    dist = "readability-lxml"
    fields = frozenset({"headline", "body"})

    def setup(self) -> None:
        try:
            from readability import Document  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError as exc:
            raise ToolUnavailable(str(exc)) from exc
        self._document = Document

    def run(self, html: str, url: str | None) -> Any:
        doc = self._document(html, url=url)
        return doc.short_title(), doc.summary()

    def convert(self, raw: Any) -> Extraction:
        title, summary = raw
        return Extraction(headline=title, body=html_to_text(summary))


class NewspaperTool(Tool):
    name = "newspaper4k"
    dist = "newspaper4k"
    fields = frozenset({"headline", "description", "authors", "published", "body"})

    def setup(self) -> None:
        try:
            import newspaper  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError as exc:
            raise ToolUnavailable(str(exc)) from exc
        self._newspaper = newspaper
        # Left on, parse() downloads every image of the page to size it: no network here.
        self._config = newspaper.Config()
        self._config.fetch_images = False

    def run(self, html: str, url: str | None) -> Any:
        article = self._newspaper.Article(url or "http://example.com", config=self._config)
        article.download(input_html=html)
        article.parse()
        return article

    def convert(self, raw: Any) -> Extraction:
        return Extraction(
            headline=raw.title or None,
            description=raw.meta_description or None,
            authors=names(raw.authors),
            published=iso_day(raw.publish_date),
            page_published=iso_day(raw.publish_date),
            body=raw.text or "",
        )


class GooseTool(Tool):
    name = "goose3"
    dist = "goose3"
    fields = frozenset({"headline", "description", "authors", "published", "body"})

    def setup(self) -> None:
        try:
            from goose3 import Goose  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError as exc:
            raise ToolUnavailable(str(exc)) from exc
        self._goose = Goose()

    def run(self, html: str, url: str | None) -> Any:
        return self._goose.extract(raw_html=html)

    def convert(self, raw: Any) -> Extraction:
        return Extraction(
            headline=raw.title or None,
            description=raw.meta_description or None,
            authors=names(raw.authors),
            published=iso_day(raw.publish_date),
            page_published=iso_day(raw.publish_date),
            body=raw.cleaned_text or "",
        )


class LxmlFloor(Tool):
    """Parsing alone: the floor no extractor that builds an lxml tree can go below."""

    name = "lxml.html.fromstring alone"
    dist = ""
    fields = frozenset()

    def setup(self) -> None:
        import lxml.html

        self._fromstring = lxml.html.fromstring

    def run(self, html: str, url: str | None) -> Any:
        return self._fromstring(html)

    def convert(self, raw: Any) -> Extraction:
        return Extraction()


TOOLS: dict[str, type[Tool]] = {
    "newsparse": NewsparseTool,
    "trafilatura": TrafilaturaTool,
    "newspaper4k": NewspaperTool,
    "goose3": GooseTool,
    "readability-lxml": ReadabilityTool,
    "lxml": LxmlFloor,
}
ANCHOR_TOOLS: tuple[str, ...] = ("trafilatura", "newspaper4k", "goose3", "readability-lxml")


def make_tool(name: str) -> Tool:
    return TOOLS[name]()
