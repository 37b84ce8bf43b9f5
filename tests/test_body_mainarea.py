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


def test_a_page_that_calls_itself_a_website_is_not_dated_by_its_publication_meta() -> None:
    """og:type "website" says the page is no story: the publication time its tool prints dates the
    page, and a page of sections is its whole main area, as one its structured data names a web page."""
    head = "<meta property='og:type' content='website'>" + OG_ARTICLE.split(">", 1)[1]
    body = parse_html(_service_page(head)).body
    assert body[:3] == SERVICE_INTRO
    assert all(o in body for o in SERVICE_OFFERS)


def test_a_website_that_declares_a_story_in_its_data_keeps_its_extent() -> None:
    head = "<meta property='og:type' content='website'>" + OG_ARTICLE.split(">", 1)[1] + _ld("NewsArticle")
    assert parse_html(_service_page(head)).body == SERVICE_INTRO


def _headed_sections_page(header: str = "header") -> str:
    """A service's landing page: an intro, then one section per offer, its heading and blurb in
    a ``header`` element (``header``: the tag that wraps them) inside ``<main>``."""
    sections = "".join(
        f"<section><{header}><h2>{o}</h2><p>We take on the {o.lower()} of any wooden boat, with a written"
        f" quote after a visit and the work done in our sheds by the north quay.</p></{header}></section>"
        for o in SERVICE_OFFERS
    )
    intro = "".join(f"<p>{p}</p>" for p in SERVICE_INTRO)
    return (
        "<html><head><title>Boat repairs</title></head><body><header><a href='/'>Home</a>"
        " <a href='/about'>About</a></header><main><h1>Boat repairs at the north quay</h1>"
        f"<div class='intro'>{intro}</div>{sections}</main>"
        "<footer>Copyright 2024 The Quay Boatyard</footer></body></html>"
    )


@pytest.mark.parametrize("header", ["header", "div"])
def test_the_headers_of_sections_in_the_main_element_are_its_content(header: str) -> None:
    """Inside <main> a <header> heads a section (the site's header stands outside it): the
    sections' headings and blurbs are the page's, as they are when a <div> wraps them."""
    body = parse_html(_headed_sections_page(header)).body
    assert body[:3] == SERVICE_INTRO
    assert all(o in body for o in SERVICE_OFFERS)
    assert "Home" not in body


PRODUCT_FACTS = (
    "Oak stool, natural finish",
    "€89.00",
    "Height: 45 cm",
    "Seat: 32 x 32 cm",
    "Weight: 3.2 kg",
    "Solid European oak, oiled by hand",
    "Ships in 3 to 5 working days",
)
BANNER = (
    "We and our partners store small files on your device to remember your choices, measure how "
    "visitors move through the shop and show offers that may suit you, and you may change your "
    "choices about these files at any time from the settings at the foot of every page we print."
)


def _product_page(head: str = "", headline_in_main: bool = True) -> str:
    """A shop's product page: its name and facts as short lines in ``<main>``, a banner about the
    files the shop stores (one long paragraph of prose) before it, a footer after it."""
    title = "<h1>Oak stool</h1>"
    facts = "".join(f"<div class='fact'>{f}</div>" for f in PRODUCT_FACTS)
    return (
        f"<html><head><title>Oak stool</title>{head}</head><body>"
        f"<div class='notice-bar'><p>{BANNER}</p><button>Accept</button></div>"
        "<nav><a href='/'>Home</a> <a href='/chairs'>Chairs</a></nav>"
        f"{'' if headline_in_main else title}<main>{title if headline_in_main else ''}{facts}</main>"
        "<footer><a href='/help'>Help</a> <a href='/returns'>Returns</a></footer></body></html>"
    )


def test_an_undated_page_whose_story_lies_outside_its_main_element_takes_that_element() -> None:
    """The headline stands in <main> and the only prose lies outside it: that prose is the
    page's furniture, and the short lines in <main> are the page's text."""
    body = parse_html(_product_page()).body
    assert body == PRODUCT_FACTS
    assert BANNER not in body


@pytest.mark.parametrize(
    ("head", "headline_in_main"),
    [("<meta property='article:published_time' content='2024-05-03T05:36:23+00:00'>", True), ("", False)],
)
def test_a_dated_page_or_a_headline_outside_main_keeps_the_story_found(head: str, headline_in_main: bool) -> None:
    """A dated story is news, whose text a page may set outside a small <main>; a headline outside
    <main> says nothing of where the content is."""
    assert BANNER in parse_html(_product_page(head, headline_in_main)).body


HARBOUR_STORY = (
    "The council met on Tuesday evening to discuss the long-delayed plan for the harbour, which "
    "residents have opposed for nearly a decade because of traffic and noise.",
    "The mayor said the vote was a turning point for the city and its waterfront neighbourhoods, "
    "and promised more public hearings before work begins.",
    "Critics said the plan ignored the concerns of fishermen who have worked the harbour for "
    "generations and who fear losing their moorings to the new marina.",
    "Work is expected to begin in the spring and take about three years to complete, the council "
    "said in a statement released after the vote.",
)
HARBOUR_STANDFIRST = "A guide to the long fight over the bay"
SITE_PAGE_META = (
    "<meta property='og:type' content='website'><meta property='article:published_time' content='2024-03-04T10:00:00Z'>"
)


def _harbour_page(head: str = "", story_tag: str = "div", story_class: str = "story") -> str:
    """A story whose headline and standfirst stand alone in ``<main>``, its paragraphs in a
    ``story_tag`` element of class ``story_class`` beside it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in HARBOUR_STORY)
    return (
        f"<html><head><title>How the harbour plan came together</title>{head}</head><body>"
        f"<main><header><h1>How the harbour plan came together</h1><p>{HARBOUR_STANDFIRST}</p></header></main>"
        f"<div><{story_tag} class='{story_class}'>{paragraphs}</{story_tag}></div>"
        "<footer><p>© 2024 Bayside Courier</p></footer></body></html>"
    )


@pytest.mark.parametrize(("head", "story_tag"), [("", "div"), (SITE_PAGE_META, "div"), ("", "article")])
def test_a_story_that_dwarfs_the_main_element_beside_it_stays_the_body(head: str, story_tag: str) -> None:
    """<main> holds the headline and a standfirst, the story stands beside it: the story is the
    page's text, dated or not, in an <article> or not."""
    body = parse_html(_harbour_page(head, story_tag)).body
    assert body[-len(HARBOUR_STORY) :] == HARBOUR_STORY


def test_a_long_notice_in_a_consent_box_beside_the_main_element_is_not_the_body() -> None:
    """Prose outside <main> in chrome (a consent box) is no story, however long."""
    body = parse_html(_harbour_page(story_class="cookie-consent")).body
    assert not set(HARBOUR_STORY) & set(body)
    assert HARBOUR_STANDFIRST in body
