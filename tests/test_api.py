"""The public API: names, result types, serialization and the input forms ``parse`` takes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import doctest
import json
from typing import Any

import bs4
import pytest
from conftest import ARTICLE_FIELDS
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html

import newsparse
from newsparse import (
    Article,
    BodyBlock,
    Byline,
    Copyright,
    InlineLink,
    PageWarning,
    ParseError,
    RelatedLink,
    parse,
    parse_html,
    parse_text,
)

PUBLIC_NAMES = {
    "BLOCK_KINDS",
    "PAGE_TYPES",
    "RECORD_COLUMNS",
    "WARNING_CODES",
    "Article",
    "BodyBlock",
    "Byline",
    "Copyright",
    "InlineLink",
    "PageWarning",
    "ParseError",
    "ParseFailure",
    "RelatedLink",
    "__version__",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
    "to_records",
    "walk_backend",
}
PARSERS = [parse, parse_html, parse_text]


def full_article() -> Article:
    return Article(
        headline="Ferry Service Returns",
        subheading="Boats run again from Monday",
        byline=Byline(
            text="By Jo Lee, May 3, 2024",
            authors=("Jo Lee",),
            published=dt.date(2024, 5, 3),
        ),
        body=("First paragraph.", "Second paragraph, with “quotes” and é."),
        related_links=(RelatedLink("Other story", "https://news.example/other"), RelatedLink("Teaser only")),
        copyright=Copyright(text="© 2023–2024 News Example", years=(2023, 2024), holder="News Example"),
        description="The meta description.",
        url="https://news.example/ferry",
        language="en",
        warnings=(PageWarning("no-body", "a warning"),),
        published=dt.date(2024, 5, 3),
        modified=dt.date(2024, 5, 4),
        published_time=dt.datetime(2024, 5, 3, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        page_type="article",
        coherence=0.75,
        confidence=0.5,
        body_blocks=(
            BodyBlock("paragraph", "First paragraph.", links=(InlineLink("First", "https://news.example/1"),)),
            BodyBlock("list", "a\nb", items=("a", "b"), ordered=True),
            BodyBlock("table", "x\ty", rows=(("x", "y"),)),
            BodyBlock("heading", "Part two", level=2),
        ),
        site_name="News Example",
        image="https://news.example/ferry.jpg",
        section="Local",
        tags=("ferries", "harbour"),
        canonical_url="https://news.example/ferry",
    )


# --- names -----------------------------------------------------------------------------------


def test_all_is_exactly_the_public_names() -> None:
    assert set(newsparse.__all__) == PUBLIC_NAMES
    assert len(newsparse.__all__) == len(PUBLIC_NAMES)


def test_dir_shows_the_public_api_only() -> None:
    # Not the modules it is built from (article, blocks, ...), nor imported helpers.
    assert dir(newsparse) == sorted(PUBLIC_NAMES)


@pytest.mark.parametrize("name", sorted(PUBLIC_NAMES))
def test_public_name_is_importable(name: str) -> None:
    namespace: dict[str, Any] = {}
    exec(f"from newsparse import {name}", namespace)
    assert namespace[name] is getattr(newsparse, name)


def test_version_is_a_version_string() -> None:
    assert isinstance(newsparse.__version__, str)
    assert newsparse.__version__.count(".") >= 1


def test_package_docstring_example_runs() -> None:
    result = doctest.testmod(newsparse)
    assert result.attempted > 0
    assert result.failed == 0


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)
    with pytest.raises(ValueError):
        parse("")


# --- result types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "obj",
    [full_article(), Byline("Jo Lee"), RelatedLink("Teaser"), Copyright("© 2024 X")],
    ids=["Article", "Byline", "RelatedLink", "Copyright"],
)
def test_result_types_are_frozen_and_slotted(obj: object) -> None:
    assert dataclasses.is_dataclass(obj)
    first = dataclasses.fields(obj)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, first, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(obj, first)
    # A name that is not a field cannot be set either. (CPython's frozen+slots dataclasses raise a
    # confusing TypeError from super() here instead of FrozenInstanceError on some versions.)
    with pytest.raises((AttributeError, TypeError)):
        obj.not_a_field = 1  # type: ignore[attr-defined]
    assert not hasattr(obj, "__dict__")
    assert "__slots__" in type(obj).__dict__
    hash(obj)


def test_to_dict_keys_are_the_field_names() -> None:
    d = full_article().to_dict()
    assert list(d) == ARTICLE_FIELDS
    assert [f.name for f in dataclasses.fields(Article)] == ARTICLE_FIELDS
    assert set(d["byline"]) == {"text", "authors", "published"}
    assert all(set(link) == {"text", "url"} for link in d["related_links"])
    assert set(d["copyright"]) == {"text", "years", "holder"}


def test_to_dict_values_are_json_ready() -> None:
    d = full_article().to_dict()
    assert d["byline"] == {
        "text": "By Jo Lee, May 3, 2024",
        "authors": ["Jo Lee"],
        "published": "2024-05-03",
    }
    assert d["published"] == "2024-05-03"
    assert d["modified"] == "2024-05-04"
    assert d["published_time"] == "2024-05-03T10:30:00+02:00"
    assert d["modified_time"] is None
    assert d["body_blocks"][0] == {
        "kind": "paragraph",
        "text": "First paragraph.",
        "level": 0,
        "items": [],
        "depths": [],
        "ordered": False,
        "rows": [],
        "links": [{"text": "First", "url": "https://news.example/1"}],
    }
    assert d["tags"] == ["ferries", "harbour"]
    assert d["body"] == ["First paragraph.", "Second paragraph, with “quotes” and é."]
    assert d["related_links"] == [
        {"text": "Other story", "url": "https://news.example/other"},
        {"text": "Teaser only", "url": None},
    ]
    assert d["copyright"] == {"text": "© 2023–2024 News Example", "years": [2023, 2024], "holder": "News Example"}
    assert d["warnings"] == [{"code": "no-body", "message": "a warning"}]
    # Nothing but JSON types anywhere.
    assert json.loads(json.dumps(d)) == d


def test_to_dict_dates_are_iso_8601() -> None:
    for published, expected in [
        (dt.date(2024, 5, 3), "2024-05-03"),
        # A date field holds days only: a datetime given for one is cut to its day, as printed.
        (dt.datetime(2024, 5, 3, 10, 30), "2024-05-03"),
        (dt.datetime(2024, 5, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "2024-05-03"),
    ]:
        assert Byline("x", published=published).to_dict()["published"] == expected
        assert Article(published=published, modified=published).to_dict()["modified"] == expected


def test_time_fields_hold_only_aware_datetimes() -> None:
    aware = dt.datetime(2024, 5, 3, 10, 30, tzinfo=dt.timezone.utc)
    assert Article(published_time=aware).to_dict()["published_time"] == "2024-05-03T10:30:00+00:00"
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(published_time=dt.datetime(2024, 5, 3, 10, 30))
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(modified_time=dt.date(2024, 5, 3))  # type: ignore[arg-type]


def test_warnings_have_codes_and_messages() -> None:
    article = Article(warnings=(PageWarning("no-body", "no article body found"),))
    assert article.warning_codes == ("no-body",)
    assert article.has_warning("no-body") and not article.has_warning("no-text")
    assert str(article.warnings[0]) == "no article body found"
    assert set(newsparse.WARNING_CODES) >= {"no-body", "headline-body-mismatch", "repaired-input"}


def test_to_dict_keeps_none() -> None:
    d = Article().to_dict()
    assert list(d) == ARTICLE_FIELDS
    assert d == {
        "headline": None,
        "subheading": None,
        "byline": None,
        "body": [],
        "related_links": [],
        "copyright": None,
        "description": None,
        "url": None,
        "language": None,
        "warnings": [],
        "published": None,
        "modified": None,
        "published_time": None,
        "modified_time": None,
        "page_type": "article",
        "coherence": None,
        "confidence": None,
        "body_blocks": [],
        "site_name": None,
        "image": None,
        "section": None,
        "tags": [],
        "canonical_url": None,
    }
    assert Byline("x").to_dict()["published"] is None
    assert Copyright("© X").to_dict()["holder"] is None


def test_to_json_round_trips_to_to_dict() -> None:
    article = full_article()
    assert json.loads(article.to_json()) == article.to_dict()
    assert json.loads(article.to_json(indent=2)) == article.to_dict()
    assert "é" in article.to_json()  # non-ASCII kept as is


def test_body_text_joins_paragraphs_with_a_blank_line() -> None:
    assert Article(body=("One.", "Two.", "Three.")).body_text == "One.\n\nTwo.\n\nThree."
    assert Article(body=("Only.",)).body_text == "Only."
    assert Article().body_text == ""


# --- from_dict inverts to_dict (property test) --------------------------------------------------

_texts = st.text(max_size=30)
_opt_texts = st.none() | _texts
# Fixed offsets only: zone-aware datetimes in a fold compare unequal across zones by design (PEP 495).
# Whole minutes, as real UTC offsets are (ISO 8601 text cannot carry a microsecond offset).
_offsets = st.integers(-1439, 1439).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
_published = st.none() | st.dates()
_times = st.one_of(st.none(), st.datetimes(timezones=_offsets), st.datetimes(timezones=st.just(dt.timezone.utc)))
_bylines = st.builds(Byline, text=_texts, authors=st.lists(_texts, max_size=4).map(tuple), published=_published)
_links = st.builds(RelatedLink, text=_texts, url=_opt_texts)
_copyrights = st.builds(Copyright, text=_texts, years=st.lists(st.integers(), max_size=3).map(tuple), holder=_opt_texts)
articles = st.builds(
    Article,
    headline=_opt_texts,
    subheading=_opt_texts,
    byline=st.none() | _bylines,
    body=st.lists(_texts, max_size=5).map(tuple),
    related_links=st.lists(_links, max_size=4).map(tuple),
    copyright=st.none() | _copyrights,
    description=_opt_texts,
    url=_opt_texts,
    language=_opt_texts,
    warnings=st.lists(st.builds(PageWarning, code=_texts, message=_texts), max_size=3).map(tuple),
    published=_published,
    modified=_published,
    published_time=_times,
    modified_time=_times,
    page_type=st.sampled_from(newsparse.PAGE_TYPES),
    coherence=st.none() | st.floats(0, 1),
    confidence=st.none() | st.floats(0, 1),
    body_blocks=st.lists(
        st.builds(
            BodyBlock,
            kind=st.sampled_from(("paragraph", "heading", "list", "quote", "table", "preformatted")),
            text=_texts,
            level=st.integers(0, 6),
            items=st.lists(_texts, max_size=3).map(tuple),
            ordered=st.booleans(),
            rows=st.lists(st.lists(_texts, max_size=3).map(tuple), max_size=3).map(tuple),
            links=st.lists(st.builds(InlineLink, text=_texts, url=_opt_texts), max_size=2).map(tuple),
        ),
        max_size=3,
    ).map(tuple),
    site_name=_opt_texts,
    image=_opt_texts,
    section=_opt_texts,
    tags=st.lists(_texts, max_size=3).map(tuple),
    canonical_url=_opt_texts,
)


def _same_published(a: Article, b: Article) -> None:
    # == holds for aware datetimes at the same instant in different offsets; the offset must survive too.
    for pa, pb in ((a.published_time, b.published_time), (a.modified_time, b.modified_time)):
        assert type(pa) is type(pb)
        if pa is not None and pb is not None:
            assert pa.utcoffset() == pb.utcoffset()


@settings(max_examples=200, deadline=None)
@given(articles)
def test_from_dict_inverts_to_dict(article: Article) -> None:
    again = Article.from_dict(article.to_dict())
    assert again == article
    _same_published(again, article)


@settings(max_examples=200, deadline=None)
@given(articles)
def test_from_dict_inverts_to_json(article: Article) -> None:
    again = Article.from_dict(json.loads(article.to_json()))
    assert again == article
    _same_published(again, article)


def test_from_dict_keeps_days_and_times_apart() -> None:
    aware = dt.datetime(2024, 1, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    article = Article(byline=Byline("x", published=dt.date(2024, 1, 1)), published=aware, published_time=aware)
    again = Article.from_dict(json.loads(article.to_json()))
    assert again.byline is not None
    assert type(again.byline.published) is dt.date
    assert type(again.published) is dt.date
    assert again.published_time == aware and again.published_time is not None
    assert again.published_time.utcoffset() == dt.timedelta(hours=9)
    assert again == article


# --- input forms -----------------------------------------------------------------------------


def test_parse_takes_every_supported_form(html_page: str, text_page: str, story: Any) -> None:
    root = html.document_fromstring(html_page)
    forms: dict[str, object] = {
        "html str": html_page,
        "html bytes": html_page.encode("utf-8"),
        "html bytearray": bytearray(html_page.encode("utf-8")),
        "soup (html.parser)": bs4.BeautifulSoup(html_page, "html.parser"),
        "soup (lxml)": bs4.BeautifulSoup(html_page, "lxml"),
        "lxml element": root,
        "lxml tree": root.getroottree(),
        "lxml etree element": etree.fromstring(html_page.encode("utf-8"), etree.HTMLParser()),
        "text str": text_page,
        "text bytes": text_page.encode("utf-8"),
    }
    headlines = {name: parse(page).headline for name, page in forms.items()}
    assert headlines == dict.fromkeys(forms, story.headline)


def test_parse_html_and_parse_text_agree_with_parse(html_page: str, text_page: str) -> None:
    assert parse_html(html_page) == parse(html_page)
    assert parse_html(html_page.encode()) == parse(html_page)
    assert parse_text(text_page) == parse(text_page)
    assert parse_text(text_page.encode()) == parse(text_page)


def test_url_is_kept_and_resolves_related_links(html_page: str) -> None:
    url = "https://gazette.example/local/2025/harbour-tunnel"
    article = parse(html_page, url=url)
    assert article.url == url
    assert parse(html_page).url is None
    urls = [link.url for link in article.related_links]
    assert "https://gazette.example/local/ferry-timetable-winter" in urls
    assert all(u is None or u.startswith("https://") for u in urls)


BAD_PAGES = [1, 1.5, None, [], ["<p>x</p>"], {}, {"page": "x"}, object()]


@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("page", BAD_PAGES, ids=repr)
def test_wrong_page_type_is_a_type_error(fn: Any, page: object) -> None:
    with pytest.raises(TypeError) as info:
        fn(page)
    assert not isinstance(info.value, ParseError)
    assert type(page).__name__ in str(info.value)


@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("url", [1, b"https://news.example/", ["https://news.example/"], object()], ids=repr)
def test_wrong_url_type_is_a_type_error(fn: Any, url: object, text_page: str) -> None:
    with pytest.raises(TypeError, match="url"):
        fn(text_page, url=url)


@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_url_is_keyword_only(fn: Any, text_page: str) -> None:
    with pytest.raises(TypeError):
        fn(text_page, "https://news.example/")


def test_parse_text_refuses_trees_and_soups(html_page: str) -> None:
    with pytest.raises(TypeError):
        parse_text(html.document_fromstring(html_page))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_text(bs4.BeautifulSoup(html_page, "html.parser"))  # type: ignore[arg-type]


def test_empty_lxml_tree_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse(etree.ElementTree())


# --- the caller's objects are left alone; results are stable ----------------------------------


def test_parsing_does_not_modify_the_callers_lxml_tree(html_page: str) -> None:
    root = html.document_fromstring(html_page)
    tree = root.getroottree()
    before = etree.tostring(tree, encoding="unicode")
    parse(root, url="https://gazette.example/x")
    assert etree.tostring(tree, encoding="unicode") == before
    parse_html(tree)
    assert etree.tostring(tree, encoding="unicode") == before
    parse(root.find("body"))
    assert etree.tostring(tree, encoding="unicode") == before


def test_parsing_does_not_modify_the_callers_soup(html_page: str) -> None:
    soup = bs4.BeautifulSoup(html_page, "html.parser")
    before = str(soup)
    parse(soup)
    assert str(soup) == before


def test_same_input_same_output(html_page: str, text_page: str) -> None:
    for page in (html_page, html_page.encode(), text_page, text_page.encode()):
        first, second = parse(page), parse(page)
        assert first == second
        assert first.to_json() == second.to_json()


def test_results_made_from_lists_are_still_immutable_and_hashable() -> None:
    article = newsparse.Article(body=["a", "b"], tags=["x"], byline=newsparse.Byline(text="", authors=["Ana"]))  # type: ignore[arg-type]
    assert article.body == ("a", "b") and article.tags == ("x",) and article.byline.authors == ("Ana",)
    assert hash(article) == hash(newsparse.Article(body=("a", "b"), tags=("x",), byline=article.byline))


@pytest.mark.parametrize(
    "make",
    [
        lambda: newsparse.BodyBlock(kind="weird", text="x"),
        lambda: newsparse.BodyBlock(kind="heading", text="x", level=7),
        lambda: newsparse.Article(page_type="blog"),
    ],
    ids=["block kind", "heading level", "page type"],
)
def test_values_outside_the_documented_sets_are_refused(make: Any) -> None:
    with pytest.raises(ValueError):
        make()
