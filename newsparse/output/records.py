"""Articles as flat records: one dict per article, ready for ``pandas.DataFrame`` or a CSV writer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..article import Article

__all__ = ["RECORD_COLUMNS", "to_records"]

# The record's keys, in order: every Article field, with byline and copyright spread over
# columns of their own.
RECORD_COLUMNS: tuple[str, ...] = (
    "headline",
    "subheading",
    "byline",
    "authors",
    "byline_published",
    "body",
    "body_blocks",
    "related_links",
    "copyright",
    "copyright_years",
    "copyright_holder",
    "description",
    "url",
    "canonical_url",
    "language",
    "page_type",
    "published",
    "modified",
    "published_time",
    "modified_time",
    "coherence",
    "confidence",
    "site_name",
    "image",
    "section",
    "tags",
    "warnings",
)
# How joined records write what is a list: paragraphs as ``body_text`` does, short items with this.
PARAGRAPH_SEPARATOR = "\n\n"
ITEM_SEPARATOR = "; "


def _record(article: Article) -> dict[str, Any]:
    byline = article.byline
    notice = article.copyright
    return {
        "headline": article.headline,
        "subheading": article.subheading,
        "byline": byline.text if byline is not None else None,
        "authors": list(byline.authors) if byline is not None else [],
        "byline_published": byline.published if byline is not None else None,
        "body": list(article.body),
        "body_blocks": [block.to_dict() for block in article.body_blocks],
        "related_links": [link.to_dict() for link in article.related_links],
        "copyright": notice.text if notice is not None else None,
        "copyright_years": list(notice.years) if notice is not None else [],
        "copyright_holder": notice.holder if notice is not None else None,
        "description": article.description,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "language": article.language,
        "page_type": article.page_type,
        "published": article.published,
        "modified": article.modified,
        "published_time": article.published_time,
        "modified_time": article.modified_time,
        "coherence": article.coherence,
        "confidence": article.confidence,
        "site_name": article.site_name,
        "image": article.image,
        "section": article.section,
        "tags": list(article.tags),
        "warnings": list(article.warning_codes),
    }


def _joined(record: dict[str, Any]) -> dict[str, Any]:
    """The record's lists as strings (see :func:`to_records`)."""
    related = record["related_links"]
    return {
        **record,
        "authors": ITEM_SEPARATOR.join(record["authors"]),
        "body": PARAGRAPH_SEPARATOR.join(record["body"]),
        "body_blocks": json.dumps(record["body_blocks"], ensure_ascii=False),
        "related_links": "\n".join(link["text"] + (f" <{link['url']}>" if link["url"] else "") for link in related),
        "copyright_years": ITEM_SEPARATOR.join(map(str, record["copyright_years"])),
        "tags": ITEM_SEPARATOR.join(record["tags"]),
        "warnings": ITEM_SEPARATOR.join(record["warnings"]),
    }


def to_records(articles: Article | Iterable[Article], *, join: bool = False) -> list[dict[str, Any]]:
    """One flat dict per article, keys :data:`RECORD_COLUMNS` in that order:
    ``pandas.DataFrame(newsparse.to_records(articles))`` is a table with a column per field.

    ``byline`` and ``copyright`` are their texts, with ``authors``, ``byline_published``,
    ``copyright_years`` and ``copyright_holder`` beside them; ``warnings`` are the codes.
    Dates stay ``datetime.date`` (``published_time`` / ``modified_time`` aware datetimes),
    missing values ``None``.

    Lists stay Python lists (``related_links`` and ``body_blocks`` lists of dicts as in
    :meth:`Article.to_dict`). With ``join=True`` every list becomes one string for formats
    that hold no lists (CSV): ``body`` paragraphs joined by a blank line, ``related_links``
    one ``text <url>`` per line, ``body_blocks`` as JSON, the others joined by ``"; "``.
    """
    if isinstance(articles, Article):
        articles = [articles]
    out: list[dict[str, Any]] = []
    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"to_records takes Article objects, not {type(article).__name__}")
        record = _record(article)
        out.append(_joined(record) if join else record)
    return out
