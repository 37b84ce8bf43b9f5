"""The headline of small HTML pages built for the tests."""

from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from newsparse import parse_html

STORY = FERRY_STORY


def page(head: str, h1: str) -> str:
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{STORY}</article></body></html>"


def test_a_kicker_inside_the_h1_that_the_metadata_sets_off_with_a_colon_is_dropped() -> None:
    head = '<meta property="og:title" content="Ferry service: Step by step, the crossing returns to the bay">'
    h1 = '<span class="kicker">Ferry service</span> Step by step, the crossing returns to the bay'
    assert parse_html(page(head, h1)).headline == "Step by step, the crossing returns to the bay"


def test_a_kicker_in_an_element_of_its_own_is_not_glued_to_the_headline() -> None:
    # Without metadata to tell the kicker, its words at least stay apart from the headline's.
    h1 = '<span class="kicker">Ferry service</span><span>Step by step, the crossing returns to the bay</span>'
    assert parse_html(page("", h1)).headline == "Ferry service Step by step, the crossing returns to the bay"
    subtitle = "River ferry returns<span class='block'>Repairs took two years</span>"
    assert parse_html(page("", subtitle)).headline == "River ferry returns Repairs took two years"
    # A wiki's namespace before its colon is one word with the title, as the page prints it.
    wiki = "<span>Category</span><span>:</span><span>Ferry routes</span>"
    assert parse_html(page("", wiki)).headline == "Category:Ferry routes"


def test_noscript_text_inside_the_h1_is_not_part_of_the_headline() -> None:
    h1 = 'River ferry returns after repairs<noscript><img src="a.png">Turn on JavaScript</noscript>'
    assert parse_html(page("", h1)).headline == "River ferry returns after repairs"


def test_a_headline_that_prints_its_colon_keeps_it() -> None:
    head = '<meta property="og:title" content="Showdown: the ferry and the bridge compete for commuters">'
    h1 = "Showdown: the ferry and the bridge compete for commuters"
    assert parse_html(page(head, h1)).headline == h1


def test_a_position_utility_class_does_not_hide_the_headline() -> None:
    html = (
        '<html><head><title>Site</title></head><body><div class="pos-rel"><article>'
        f"<h1>River ferry returns after repairs</h1>{STORY}</article></div></body></html>"
    )
    assert parse_html(html).headline == "River ferry returns after repairs"


def test_an_article_or_a_number_before_the_metadata_title_is_part_of_the_headline() -> None:
    for h1, meta in (
        ("The Best Ferry Routes of 2026", "Best Ferry Routes of 2026"),
        ("2025 Ferry Price Guide and Timetable", "Ferry Price Guide and Timetable"),
    ):
        head = f'<meta property="og:title" content="{meta}">'
        assert parse_html(page(head, h1)).headline == h1


@pytest.mark.parametrize(
    "head",
    [
        # Script or comment text left inside <title> by an old template.
        "<title>River ferry returns after repairs <!-- ad slot --></title>",
        "<title><script>var x = 1;</script>River ferry returns after repairs</title>",
        # The site name that the page's address spells.
        "<title>River ferry returns after repairs — FerryNews</title>"
        '<link rel="canonical" href="https://www.ferrynews.com/posts/river-ferry">',
    ],
)
def test_a_metadata_title_without_markup_or_the_site_name(head: str) -> None:
    html = f"<html><head>{head}</head><body>{STORY}</body></html>"
    assert parse_html(html).headline == "River ferry returns after repairs"


def test_comment_and_next_story_headings_are_no_headline() -> None:
    html = (
        '<html><head><meta property="og:title" content="River ferry returns after repairs"></head><body><article>'
        "<h3>River ferry returns after repairs</h3>"
        f"{STORY}<h2>15 Replies to “River ferry returns after repairs”</h2>"
        "<h1>Next in Your Guide to the Harbour</h1></article></body></html>"
    )
    assert parse_html(html).headline == "River ferry returns after repairs"


def test_invisible_characters_and_a_title_label_leave_the_headline() -> None:
    assert (
        parse_html(page("", "River ferry re\ufeffturns after repairs")).headline == "River ferry returns after repairs"
    )
    assert (
        parse_html(page("", "Title:River ferry returns after repairs")).headline == "River ferry returns after repairs"
    )


def test_an_h1_that_is_the_site_name_the_title_prints_beside_the_headline_is_no_headline() -> None:
    # The metadata names no site, but the <title> prints it beside the headline the metadata gives.
    head = (
        "<title>Harbour Notes: River ferry returns after repairs</title>"
        '<meta property="og:title" content="River ferry returns after repairs">'
    )
    html = f"<html><head>{head}</head><body><h1>Harbour Notes</h1><article>{STORY}</article></body></html>"
    assert parse_html(html).headline == "River ferry returns after repairs"


def test_a_metadata_title_loses_the_site_name_of_the_pages_own_address() -> None:
    html = f"<html><head><title>NIGHT CROSSINGS | Harbourferries.com</title></head><body>{STORY}</body></html>"
    assert parse_html(html, url="https://promotions.harbourferries.com/night/").headline == "NIGHT CROSSINGS"


def test_the_sites_name_printed_after_the_h1_is_no_part_of_the_headline() -> None:
    head = '<meta property="og:site_name" content="Harbourpost">'
    assert parse_html(page(head, "Ferry returns to the bay – Harbourpost")).headline == "Ferry returns to the bay"
    # A tail that is not the site's name stays: it is the headline's own.
    tail = "Ferry returns to the bay – Harbour Works"
    assert parse_html(page(head, tail)).headline == tail
    unnamed = "Ferry returns to the bay – Harbourpost"
    assert parse_html(page("", unnamed)).headline == unnamed


def test_the_section_label_after_the_title_is_no_part_of_the_headline() -> None:
    # A tail naming a folder of the page's own address is its section ("| District" on /district/).
    url = "https://harbourpost.example/district/343604"
    meta = '<meta property="og:title" content="River ferry returns after repairs | District">'
    html = f"<html><head>{meta}</head><body><article>{STORY}</article></body></html>"
    assert parse_html(html, url=url).headline == "River ferry returns after repairs"
    shown = "River ferry returns after repairs | Opinion"
    opinion = "https://harbourpost.example/story/opinion/2025/12/19/ferry/8783/"
    assert parse_html(page("", shown), url=opinion).headline == "River ferry returns after repairs"
    # Elsewhere the tail is the headline's own.
    assert parse_html(page("", shown), url="https://harbourpost.example/story/ferry/8783/").headline == shown


def test_an_h1_that_is_the_sites_own_domain_is_its_logo() -> None:
    # A blog's template prints its address as the page's <h1>; the post's title is a heading below.
    html = (
        "<html><head><title>harbourpost.net River ferry returns after repairs</title></head><body>"
        "<h1>harbourpost.net</h1><div>A weblog</div>"
        f'<h3 class="title">River ferry returns after repairs</h3>{FERRY_STORY}</body></html>'
    )
    assert (
        parse_html(html, url="https://harbourpost.net/2025/12/ferry.html").headline
        == "River ferry returns after repairs"
    )
