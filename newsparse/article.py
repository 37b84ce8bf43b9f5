"""The immutable result types: what a parse returns."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["Article", "Byline", "Copyright", "RelatedLink"]


def _date_to_json(value: _dt.date | _dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: object) -> _dt.date | _dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO 8601 string or None, not {type(value).__name__}")
    # A bare date has no "T"; keep the distinction so from_dict inverts to_dict exactly.
    if "T" in value:
        return _dt.datetime.fromisoformat(value)
    return _dt.date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote the article: the credit as printed and the person names in it."""

    text: str
    authors: tuple[str, ...] = ()
    published: _dt.date | _dt.datetime | None = None

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
    """A teaser of another article: its headline and, for HTML, its absolute URL."""

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

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "years": list(self.years), "holder": self.holder}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Copyright:
        return cls(text=d["text"], years=tuple(int(y) for y in d.get("years") or ()), holder=d.get("holder"))


@dataclass(frozen=True, slots=True)
class Article:
    """A news page split into its six segments, plus page-level facts."""

    headline: str | None = None
    subheading: str | None = None
    byline: Byline | None = None
    body: tuple[str, ...] = ()
    related_links: tuple[RelatedLink, ...] = ()
    copyright: Copyright | None = None
    description: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.body)

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
            "warnings": list(self.warnings),
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
            warnings=tuple(d.get("warnings") or ()),
        )
