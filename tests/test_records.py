"""Flat records for tables: ``newsparse.to_records`` and the pandas recipe."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import RECORD_COLUMNS, Article, BodyBlock, Byline, Copyright, PageWarning, RelatedLink, to_records

ARTICLE = Article(
    headline="River Ferry Returns",
    byline=Byline("By Ana Lima and Jo Lee", ("Ana Lima", "Jo Lee"), dt.date(2025, 3, 4)),
    body=("One.", "Two."),
    body_blocks=(BodyBlock("paragraph", "One."), BodyBlock("paragraph", "Two.")),
    related_links=(RelatedLink("Tram line opens", "https://bay.example/tram"), RelatedLink("Teaser only")),
    copyright=Copyright("© 2024–2025 Bay News", (2024, 2025), "Bay News"),
    published=dt.date(2025, 3, 4),
    published_time=dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.timezone.utc),
    tags=("ferry", "harbour"),
    warnings=(PageWarning("no-body", "m"), PageWarning("charset-guessed", "n")),
)


def test_a_record_has_a_column_per_field_in_order() -> None:
    (record,) = to_records([ARTICLE])
    assert tuple(record) == RECORD_COLUMNS
    assert record["headline"] == "River Ferry Returns"
    assert record["byline"] == "By Ana Lima and Jo Lee"
    assert record["authors"] == ["Ana Lima", "Jo Lee"]
    assert record["body"] == ["One.", "Two."]
    assert record["related_links"] == [
        {"text": "Tram line opens", "url": "https://bay.example/tram"},
        {"text": "Teaser only", "url": None},
    ]
    assert record["copyright"] == "© 2024–2025 Bay News"
    assert record["copyright_years"] == [2024, 2025]
    assert record["warnings"] == ["no-body", "charset-guessed"]
    assert record["tags"] == ["ferry", "harbour"]


def test_every_article_field_has_a_column() -> None:
    spread = {"byline": {"byline", "authors", "byline_published"}, "copyright": {"copyright", "copyright_years"}}
    for field in ARTICLE.to_dict():
        assert set(spread.get(field, {field})) <= set(RECORD_COLUMNS), field


def test_dates_stay_dates() -> None:
    (record,) = to_records(ARTICLE)
    assert record["published"] == dt.date(2025, 3, 4)
    assert record["byline_published"] == dt.date(2025, 3, 4)
    assert record["published_time"] == dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.timezone.utc)
    assert record["modified"] is None


def test_joined_records_hold_no_lists() -> None:
    (record,) = to_records([ARTICLE], join=True)
    assert not any(isinstance(v, list | tuple | dict) for v in record.values())
    assert record["body"] == "One.\n\nTwo."
    assert record["authors"] == "Ana Lima; Jo Lee"
    assert record["related_links"] == "Tram line opens <https://bay.example/tram>\nTeaser only"
    assert record["warnings"] == "no-body; charset-guessed"
    assert record["copyright_years"] == "2024; 2025"
    assert json.loads(record["body_blocks"]) == [b.to_dict() for b in ARTICLE.body_blocks]


def test_empty_and_missing_values() -> None:
    (record,) = to_records([Article()])
    assert record["byline"] is None and record["authors"] == [] and record["copyright_years"] == []
    assert to_records([]) == []


def test_only_articles_are_records() -> None:
    with pytest.raises(TypeError, match="Article"):
        to_records([{"headline": "x"}])  # type: ignore[list-item]


def test_the_pandas_recipe(repo_root: Path) -> None:
    pd = pytest.importorskip("pandas")
    pages = sorted((repo_root / "examples").glob("*.html"))
    articles = [newsparse.parse(p.read_bytes()) for p in pages]
    df = pd.DataFrame(newsparse.to_records(articles))
    assert list(df.columns) == list(RECORD_COLUMNS)
    assert len(df) == len(pages)
    ferry = df[df.headline == "City Council Approves Night Ferry Service Across the Bay"].iloc[0]
    assert ferry.authors == ["Lena Okafor", "Tomás Ruiz"]
    assert ferry.byline_published == dt.date(2025, 3, 4)
    # Filtering on warning codes and counting list columns work on the lists as they are.
    flagged = df[df.warnings.apply(lambda codes: "no-body" in codes)]
    assert set(flagged.headline) <= set(df.headline)
    assert (df.body.str.len() >= 0).all()
    # Dates convert to pandas timestamps on request.
    assert pd.to_datetime(df.byline_published).notna().any()
