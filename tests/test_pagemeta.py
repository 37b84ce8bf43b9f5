"""Page metadata: site name, image, section, tags, canonical URL, language, and the dates' metadata keys."""

from __future__ import annotations

import json

import lxml.html
import pytest

import newsparse
from newsparse.article import Article
from newsparse.blocks import Hints
from newsparse.read.hints import extract_hints
from newsparse.segments.pagemeta import page_facts, web_url
from tests.conftest import FERRY_STORY

HEADLINE = "River Ferry Returns After Three Months in Dry Dock"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE}</title>{head}</head><body>"
        f"<article><h1>{HEADLINE}</h1>{FERRY_STORY}{body}</article></body></html>"
    )


def meta(prop: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{prop}" content="{value}">'


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def hints_of(markup: str) -> Hints:
    return extract_hints(lxml.html.document_fromstring(markup))


# --- what the metadata gives -------------------------------------------------------------


def test_opengraph_and_article_meta_fill_the_fields() -> None:
    head = (
        meta("og:site_name", "Gull Bay Gazette")
        + meta("og:image", "/img/ferry.jpg")
        + meta("article:section", "Local")
        + meta("article:tag", "Ferries")
        + meta("article:tag", "Transport")
        + '<link rel="canonical" href="/local/ferry-returns">'
    )
    a = newsparse.parse_html(page(head), url="https://gazette.example/local/ferry-returns?utm_source=x")
    assert a.site_name == "Gull Bay Gazette"
    assert a.image == "https://gazette.example/img/ferry.jpg"
    assert a.section == "Local"
    assert a.tags == ("Ferries", "Transport")
    assert a.canonical_url == "https://gazette.example/local/ferry-returns"
    assert a.language == "en"


def test_json_ld_fills_what_the_meta_tags_leave_out() -> None:
    graph = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "ImageObject", "@id": "#logo", "url": "https://gazette.example/logo.png"},
                {
                    "@type": "NewsArticle",
                    "headline": HEADLINE,
                    "image": [{"@type": "ImageObject", "url": "https://cdn.gazette.example/ferry.jpg"}],
                    "articleSection": ["Local", "Transport"],
                    "keywords": "ferries, river, harbour; transport",
                    "publisher": {"@type": "Organization", "name": "Gull Bay Gazette", "logo": {"@id": "#logo"}},
                },
            ],
        }
    )
    a = newsparse.parse_html(page(graph))
    assert a.image == "https://cdn.gazette.example/ferry.jpg"  # the article's image, not the logo
    assert a.section == "Local"
    assert a.tags == ("ferries", "river", "harbour", "transport")
    assert a.site_name == "Gull Bay Gazette"


def test_keywords_metas_and_rel_tag_links_are_fallbacks_for_tags() -> None:
    h = hints_of(page(meta("keywords", "ferry, river, ferry, , 2024", attr="name")))
    assert h.tags == ("ferry", "river")  # de-duplicated; a number is no tag
    links = '<p>Tags: <a rel="tag" href="/t/ferry">Ferry</a> <a rel="tag" href="/t/river">River</a></p>'
    category = '<a rel="category tag" href="/c/local">Local</a>'
    h = hints_of(page(body=links + category))
    assert h.tags == ("Ferry", "River")
    assert h.section == "Local"


def test_tags_are_bounded_in_number_and_length() -> None:
    many = ", ".join(f"tag{i} word" for i in range(100))
    h = hints_of(page(meta("keywords", many, attr="name") + meta("article:tag", "x" * 200)))
    assert len(h.tags) == 30
    assert all(len(t) <= 60 for t in h.tags)


# --- URLs are absolute and http(s) only ------------------------------------------------------


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("/img/a.jpg", "https://x.example/news/1", "https://x.example/img/a.jpg"),
        ("https://cdn.example/a.jpg", None, "https://cdn.example/a.jpg"),
        ("//cdn.example/a.jpg", None, "https://cdn.example/a.jpg"),
        ("//cdn.example/a.jpg", "http://x.example/", "http://cdn.example/a.jpg"),
        ("https://cdn.example/my photo.jpg", None, "https://cdn.example/my%20photo.jpg"),
        ("img/a.jpg", None, None),  # relative, nothing to resolve against
        ("javascript:alert(1)", "https://x.example/", None),
        ("data:image/png;base64,AAAA", "https://x.example/", None),
        ("ftp://files.example/a.jpg", None, None),
        ("", "https://x.example/", None),
        (None, "https://x.example/", None),
        ("https://x.example/" + "a" * 3000, None, None),
    ],
)
def test_web_url(href: str | None, base: str | None, expected: str | None) -> None:
    assert web_url(href, base) == expected


def test_a_script_image_or_canonical_never_reaches_the_result() -> None:
    head = meta("og:image", "javascript:alert(1)") + '<link rel="canonical" href="javascript:void(0)">'
    a = newsparse.parse_html(page(head), url="https://x.example/a")
    assert a.image is None
    assert a.canonical_url is None
    facts = page_facts(Hints(image="data:image/gif;base64,R0lG", canonical_url="https://x.example/a"), None)
    assert (facts.image, facts.canonical_url) == (None, "https://x.example/a")


def test_a_relative_canonical_is_resolved_against_the_base() -> None:
    head = '<base href="https://x.example/news/"><link rel="canonical" href="ferry">'
    assert newsparse.parse_html(page(head)).canonical_url == "https://x.example/news/ferry"


# --- publication dates under other names ------------------------------------------------------


def test_other_metas_named_like_a_publication_date_are_read() -> None:
    assert hints_of(page(meta("w-published-date", "2025-05-27T06:03:43Z", attr="name"))).published == (
        "2025-05-27T06:03:43Z"
    )
    assert hints_of(page(meta("published", "July 17, 2025", attr="name"))).published == "July 17, 2025"
    # A value that is no date is not kept under such a name.
    assert hints_of(page(meta("post-pubdate", "yes", attr="name"))).published is None


def test_a_forum_thread_is_dated_by_its_creation() -> None:
    thread = ld({"@type": "DiscussionForumPosting", "headline": "x", "dateCreated": "2024-01-14T21:50:50-05:00"})
    assert hints_of(page(thread)).published == "2024-01-14T21:50:50-05:00"


# --- text dumps and the result type -------------------------------------------------------------


def test_a_text_dump_has_no_page_metadata() -> None:
    a = newsparse.parse_text(f"{HEADLINE}\nBy Jo Lee\n\nThe river ferry returned to service on Friday morning.")
    assert (a.site_name, a.image, a.section, a.tags, a.canonical_url) == (None, None, None, (), None)


def test_page_metadata_survives_to_dict_and_from_dict() -> None:
    head = meta("og:site_name", "Gull Bay Gazette") + meta("og:image", "https://x.example/a.jpg")
    head += meta("article:section", "Local") + meta("article:tag", "Ferries")
    a = newsparse.parse_html(page(head), url="https://x.example/local/ferry")
    d = a.to_dict()
    assert d["tags"] == ["Ferries"]
    assert (d["site_name"], d["image"], d["section"]) == ("Gull Bay Gazette", "https://x.example/a.jpg", "Local")
    assert Article.from_dict(json.loads(a.to_json())) == a
