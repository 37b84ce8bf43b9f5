"""The immutable result types: what a parse returns."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any

from .diagnostics import PageWarning

__all__ = ["BLOCK_KINDS", "PAGE_TYPES", "Article", "BodyBlock", "Byline", "Copyright", "InlineLink", "RelatedLink"]

# What kind of page it is: the types of the wcxb-dev corpus (SEGMENTS.md, "page_type").
PAGE_TYPES: tuple[str, ...] = ("article", "listing", "collection", "product", "forum", "documentation", "service")
# The kinds of block a structured body is made of.
BLOCK_KINDS: tuple[str, ...] = ("paragraph", "heading", "list", "quote", "table", "preformatted")


def field_values(part: Any, *skip: str) -> dict[str, Any]:
    """The fields of a dataclass whose field names are :class:`Article`'s (the page dates, the
    page metadata, the trust figures), as keyword arguments for it."""
    return {f.name: getattr(part, f.name) for f in dataclasses.fields(part) if f.name not in skip}


def _as_tuples(obj: object, *names: str) -> None:
    """Make the sequence fields ``names`` of a frozen result tuples: a list passed in would
    leave the result mutable and unhashable."""
    for name in names:
        value = getattr(obj, name)
        if not isinstance(value, tuple):
            object.__setattr__(obj, name, tuple(value))


def _date_to_json(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: object, name: str = "published") -> _dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be an ISO 8601 date string or None, not {type(value).__name__}")
    return _dt.date.fromisoformat(value)


def _datetime_from_json(value: object, name: str) -> _dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be an ISO 8601 date-time string or None, not {type(value).__name__}")
    return _dt.datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote the article: the credit as printed and the person names in it."""

    text: str
    authors: tuple[str, ...] = ()
    # The date printed with the credit, as a day (``Article.published`` weighs all the evidence).
    published: _dt.date | None = None

    def __post_init__(self) -> None:
        _as_tuples(self, "authors")
        # A datetime is a date too; one field never mixes days with (naive or aware) times.
        if isinstance(self.published, _dt.datetime):
            object.__setattr__(self, "published", self.published.date())

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "authors": list(self.authors),
            "published": _date_to_json(self.published),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Byline:
        return cls(
            text=d["text"],
            authors=tuple(d.get("authors") or ()),
            published=_date_from_json(d.get("published")),
        )


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A teaser of another article: its headline and, for HTML, its URL (absolute; relative as
    printed only when the page gives nothing to resolve it against, see ``unresolved-links``)."""

    text: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "url": self.url}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RelatedLink:
        return cls(text=d["text"], url=d.get("url"))


@dataclass(frozen=True, slots=True)
class Copyright:
    """The copyright notice as printed, with the years and the holder parsed out."""

    text: str
    years: tuple[int, ...] = ()
    holder: str | None = None

    def __post_init__(self) -> None:
        _as_tuples(self, "years")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "years": list(self.years), "holder": self.holder}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Copyright:
        return cls(text=d["text"], years=tuple(int(y) for y in d.get("years") or ()), holder=d.get("holder"))


@dataclass(frozen=True, slots=True)
class InlineLink:
    """A link inside a body block: its visible text and its absolute URL (None when it cannot be made absolute)."""

    text: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "url": self.url}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> InlineLink:
        return cls(text=d["text"], url=d.get("url"))


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """One block of the story in its structure: a paragraph, heading, list, quote, table or preformatted text.

    ``text`` is the block's plain text (list items and table rows one per line, cells
    separated by a tab); ``level`` is a heading's 1 to 6; ``items`` a list's items;
    ``ordered`` says a list is numbered; ``rows`` a table's cells, row by row;
    ``links`` the links inside the block, in order; ``depths`` a list's nesting, an entry per
    item (0 for an item of the list itself, 1 for an item of a list inside one of its items, ...).
    """

    kind: str
    text: str
    level: int = 0
    items: tuple[str, ...] = ()
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    links: tuple[InlineLink, ...] = ()
    depths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"kind must be one of {BLOCK_KINDS}, not {self.kind!r}")
        if not 0 <= self.level <= 6:
            raise ValueError(f"level must be 0 to 6 (a heading's 1 to 6), not {self.level!r}")
        _as_tuples(self, "items", "links", "depths")
        if any(depth < 0 for depth in self.depths):
            raise ValueError(f"depths must be 0 or more, not {self.depths!r}")
        if not all(isinstance(row, tuple) for row in self.rows):
            object.__setattr__(self, "rows", tuple(tuple(row) for row in self.rows))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "level": self.level,
            "items": list(self.items),
            "depths": list(self.depths),
            "ordered": self.ordered,
            "rows": [list(row) for row in self.rows],
            "links": [link.to_dict() for link in self.links],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BodyBlock:
        return cls(
            kind=d["kind"],
            text=d["text"],
            level=int(d.get("level") or 0),
            items=tuple(d.get("items") or ()),
            depths=tuple(int(n) for n in d.get("depths") or ()),
            ordered=bool(d.get("ordered")),
            rows=tuple(tuple(row) for row in d.get("rows") or ()),
            links=tuple(InlineLink.from_dict(x) for x in d.get("links") or ()),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """A news page split into its six segments, plus page-level facts.

    Dates: ``published`` / ``modified`` are days (``datetime.date``) weighed from all the
    page's evidence; ``published_time`` / ``modified_time`` are timezone-aware datetimes,
    set only when the page gives a time with its UTC offset. ``byline.published`` is the
    date printed with the credit.
    """

    headline: str | None = None
    subheading: str | None = None
    byline: Byline | None = None
    body: tuple[str, ...] = ()
    related_links: tuple[RelatedLink, ...] = ()
    copyright: Copyright | None = None
    description: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[PageWarning, ...] = ()
    published: _dt.date | None = None
    modified: _dt.date | None = None
    published_time: _dt.datetime | None = None
    modified_time: _dt.datetime | None = None
    page_type: str = "article"
    # How well the body tells the story the headline and dek announce, 0 to 1 (None: too little text to judge).
    coherence: float | None = None
    # How right the body is likely to be, 0 to 1 (None when not estimated).
    confidence: float | None = None
    body_blocks: tuple[BodyBlock, ...] = ()
    site_name: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    canonical_url: str | None = None

    def __post_init__(self) -> None:
        _as_tuples(self, "body", "related_links", "warnings", "body_blocks", "tags")
        if self.page_type not in PAGE_TYPES:
            raise ValueError(f"page_type must be one of {PAGE_TYPES}, not {self.page_type!r}")
        for name in ("published", "modified"):
            value = getattr(self, name)
            if isinstance(value, _dt.datetime):
                object.__setattr__(self, name, value.date())
        for name in ("published_time", "modified_time"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, _dt.datetime) or value.utcoffset() is None):
                raise ValueError(f"{name} must be a timezone-aware datetime or None, not {value!r}")

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.body)

    @property
    def warning_codes(self) -> tuple[str, ...]:
        """The codes of :attr:`warnings`, in order (see ``newsparse.WARNING_CODES``)."""
        return tuple(w.code for w in self.warnings)

    def has_warning(self, code: str) -> bool:
        """Whether a warning with this code was raised for the page."""
        return any(w.code == code for w in self.warnings)

    def to_markdown(self, *, front_matter: bool = False, body_only: bool = False) -> str:
        """The article as Markdown: ``#`` headline, dek, byline line, the story's blocks, the
        related links as a list, the copyright notice. Page text is escaped; only http(s) links.

        ``body_only=True`` gives the story's blocks alone; ``front_matter=True`` puts the
        metadata first as YAML front matter (strings quoted, dates ISO 8601).
        """
        from .output.render import to_markdown

        return to_markdown(self, front_matter=front_matter, body_only=body_only)

    def to_text(self) -> str:
        """The article as plain text: headline, dek, byline line, story, related links, notice."""
        from .output.render import to_text

        return to_text(self)

    def to_html(self) -> str:
        """The article as an ``<article>`` HTML fragment, safe to insert in a page: every page
        string escaped, no script or picture, only http(s) links."""
        from .output.render import to_html

        return to_html(self)

    def __repr__(self) -> str:
        # A glance (headline, type, date, counts), not the whole body; ``to_dict()`` has every field.
        from .output.render import glance

        return glance(self)

    def _repr_html_(self) -> str:
        from .output.render import card_html

        return card_html(self)

    def _repr_markdown_(self) -> str:
        from .output.render import card_markdown

        return card_markdown(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates in ISO 8601, tuples as lists, ``None`` kept."""
        return {
            "headline": self.headline,
            "subheading": self.subheading,
            "byline": None if self.byline is None else self.byline.to_dict(),
            "body": list(self.body),
            "related_links": [link.to_dict() for link in self.related_links],
            "copyright": None if self.copyright is None else self.copyright.to_dict(),
            "description": self.description,
            "url": self.url,
            "language": self.language,
            "warnings": [w.to_dict() for w in self.warnings],
            "published": _date_to_json(self.published),
            "modified": _date_to_json(self.modified),
            "published_time": _date_to_json(self.published_time),
            "modified_time": _date_to_json(self.modified_time),
            "page_type": self.page_type,
            "coherence": self.coherence,
            "confidence": self.confidence,
            "body_blocks": [b.to_dict() for b in self.body_blocks],
            "site_name": self.site_name,
            "image": self.image,
            "section": self.section,
            "tags": list(self.tags),
            "canonical_url": self.canonical_url,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The :meth:`to_dict` form as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output; the exact inverse."""
        byline = d.get("byline")
        copyright_ = d.get("copyright")
        return cls(
            headline=d.get("headline"),
            subheading=d.get("subheading"),
            byline=None if byline is None else Byline.from_dict(byline),
            body=tuple(d.get("body") or ()),
            related_links=tuple(RelatedLink.from_dict(x) for x in d.get("related_links") or ()),
            copyright=None if copyright_ is None else Copyright.from_dict(copyright_),
            description=d.get("description"),
            url=d.get("url"),
            language=d.get("language"),
            warnings=tuple(PageWarning.from_dict(w) for w in d.get("warnings") or ()),
            published=_date_from_json(d.get("published")),
            modified=_date_from_json(d.get("modified"), "modified"),
            published_time=_datetime_from_json(d.get("published_time"), "published_time"),
            modified_time=_datetime_from_json(d.get("modified_time"), "modified_time"),
            page_type=d.get("page_type") or "article",
            coherence=d.get("coherence"),
            confidence=d.get("confidence"),
            body_blocks=tuple(BodyBlock.from_dict(b) for b in d.get("body_blocks") or ()),
            site_name=d.get("site_name"),
            image=d.get("image"),
            section=d.get("section"),
            tags=tuple(d.get("tags") or ()),
            canonical_url=d.get("canonical_url"),
        )
