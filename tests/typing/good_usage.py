"""Correct, typed uses of the public API: ``mypy --strict`` must accept every line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from bs4 import BeautifulSoup
from lxml import etree, html

import newsparse
from newsparse import Article, Byline, Copyright, PageWarning, ParseError, RelatedLink, parse, parse_html, parse_text
from newsparse.run.cli import main

PAGE = "<html><body><h1>Headline</h1><p>By Jo Lee</p><p>A paragraph of the story.</p></body></html>"
DUMP = "Headline of the story\nBy Jo Lee\nThe story, told in a sentence."

version: str = newsparse.__version__
names: list[str] = newsparse.__all__

article: Article = parse(PAGE)
from_bytes: Article = parse(PAGE.encode("utf-8"), url="https://news.example/story")
from_url_none: Article = parse(DUMP, url=None)
from_soup: Article = parse(BeautifulSoup(PAGE, "html.parser"))
from_element: Article = parse(html.document_fromstring(PAGE))
from_tree: Article = parse_html(etree.ElementTree(html.document_fromstring(PAGE)))
from_text: Article = parse_text(DUMP)
from_text_bytes: Article = parse_text(DUMP.encode("utf-8"), url="https://news.example/dump")

headline: str | None = article.headline
title: str = article.headline or ""
subheading: str | None = article.subheading
body: tuple[str, ...] = article.body
first: str = article.body[0] if article.body else ""
body_text: str = article.body_text
warnings: tuple[PageWarning, ...] = article.warnings
codes: tuple[str, ...] = article.warning_codes
page_published: dt.date | None = article.published
page_time: dt.datetime | None = article.published_time
language: str | None = article.language
description: str | None = article.description
page_url: str | None = article.url

if article.byline is not None:
    credit: str = article.byline.text
    authors: tuple[str, ...] = article.byline.authors
    published: dt.date | None = article.byline.published
    if article.byline.published is not None:
        day: int = article.byline.published.day
if article.published_time is not None:
    offset: dt.timedelta | None = article.published_time.utcoffset()

for link in article.related_links:
    teaser: str = link.text
    href: str | None = link.url

if article.copyright is not None:
    notice: str = article.copyright.text
    years: tuple[int, ...] = article.copyright.years
    holder: str | None = article.copyright.holder

for block in article.body_blocks:
    kind: str = block.kind
    level: int = block.level
    items: tuple[str, ...] = block.items
    rows: tuple[tuple[str, ...], ...] = block.rows
    inline: list[str | None] = [inline_link.url for inline_link in block.links]

markdown: str = article.to_markdown()
plain: str = article.to_text()
fragment: str = article.to_html()
glance: str = repr(article)
records: list[dict[str, object]] = newsparse.to_records([article, from_text])
one_record: list[dict[str, object]] = newsparse.to_records(article, join=True)
from_generator: list[dict[str, object]] = newsparse.to_records(a for a in (article, from_text))
columns: tuple[str, ...] = newsparse.RECORD_COLUMNS

as_dict: dict[str, object] = article.to_dict()
as_json: str = article.to_json()
pretty: str = article.to_json(indent=2)
again: Article = Article.from_dict(json.loads(as_json))
same: bool = again == article

built = Article(
    headline="Headline",
    byline=Byline(text="By Jo Lee", authors=("Jo Lee",), published=dt.date(2024, 5, 3)),
    body=("One.", "Two."),
    related_links=(RelatedLink(text="Other story", url="https://news.example/other"), RelatedLink("Teaser")),
    copyright=Copyright(text="© 2024 News", years=(2024,), holder="News"),
    warnings=(),
)
timed = Article(published_time=dt.datetime(2024, 5, 3, 10, 0, tzinfo=dt.timezone.utc))
changed: Article = dataclasses.replace(built, headline="Another headline")


def headline_or_error(page: str | bytes) -> str:
    try:
        return parse(page).headline or ""
    except ParseError as exc:
        message: str = str(exc)
        return message


def is_value_error(exc: ParseError) -> ValueError:
    return exc


status: int = main(["--format", "summary", "-"])
