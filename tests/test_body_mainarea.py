"""A page whose structured data names it a plain web page is no declared, dated story: the
og:type "article" and the publication time that publishing tools print on every page do not keep
a page of sections to its intro (small pages built for the tests)."""

from __future__ import annotations

import pytest
from test_body import SERVICE_INTRO, SERVICE_OFFERS, _service_page

from newsparse import parse_html

OG_ARTICLE = (
    "<meta property='og:type' content='article'>"
    "<meta property='article:published_time' content='2023-05-03T05:36:23+00:00'>"
)


def _ld(kind: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "{kind}", "name": "Boat repairs"}}</script>'


def test_a_page_named_a_web_page_by_its_data_is_its_whole_main_area() -> None:
    body = parse_html(_service_page(OG_ARTICLE + _ld("WebPage"))).body
    assert body[:3] == SERVICE_INTRO
    assert all(o in body for o in SERVICE_OFFERS)


@pytest.mark.parametrize("head", [OG_ARTICLE, OG_ARTICLE + _ld("Article"), _ld("WebPage") + _ld("NewsArticle")])
def test_a_story_named_by_its_data_or_its_og_type_alone_keeps_its_extent(head: str) -> None:
    assert parse_html(_service_page(head)).body == SERVICE_INTRO
