"""Wrong uses of the public API: ``mypy --strict`` must report an error on every line marked ``# error``.

Only the marked lines may have errors; tests/test_typing.py checks both directions.
"""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Article, Byline, Copyright, RelatedLink, parse, parse_html, parse_text

article: Article = parse("Headline\nBy Jo Lee\nThe story.")

count: int = article.headline  # error: str | None is not int
body_list: list[str] = article.body  # error: a tuple, not a list
links: list[RelatedLink] = article.related_links  # error: a tuple, not a list
text: str = article.subheading  # error: may be None

parse("<p>x</p>", url=1)  # error: url must be a str
parse_html("<p>x</p>", url=b"https://news.example/")  # error: url must be a str, not bytes
parse_text("Headline", url=["https://news.example/"])  # error: url must be a str
parse("<p>x</p>", "https://news.example/")  # error: url is keyword-only
parse_text(123)  # error: parse_text takes str or bytes
parse_text(None)  # error: parse_text takes str or bytes

article.headline = "Another headline"  # error: frozen
article.body = ()  # error: frozen
article.body.append("One more paragraph.")  # error: tuples have no append

credit: str = article.byline.text  # error: byline may be None
year: int = article.copyright.years[0]  # error: copyright may be None
when: dt.datetime = Byline("x").published  # error: a date or None, not only a datetime

Byline(text="x", authors=["Jo Lee"])  # error: authors is a tuple
Copyright(text="© 2024", years=[2024])  # error: years is a tuple
Copyright(text="© 2024", years=("2024",))  # error: years are ints
RelatedLink(text="Teaser", url=1)  # error: url is a str or None
Article(headline=1)  # error: headline is a str or None
Article(body="One paragraph")  # error: body is a tuple of str
Article(no_such_field="x")  # error: no such field

newsparse.parse_url("https://news.example/")  # error: no such function
n: int = article.to_json()  # error: to_json returns str
article.to_json(2)  # error: indent is keyword-only
page: Article = Article.from_dict("{}")  # error: from_dict takes a dict
md: bytes = article.to_markdown()  # error: to_markdown returns str
newsparse.to_records(["<p>x</p>"])  # error: to_records takes articles
newsparse.to_records([article], True)  # error: join is keyword-only
