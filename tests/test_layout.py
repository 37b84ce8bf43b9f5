"""The main area of small pages built for the tests, and the body of pages that are no single story."""

from __future__ import annotations

from conftest import FERRY_PARAGRAPHS
from lxml import html as lxml_html

from newsparse import parse_html
from newsparse.read.layout import main_region
from newsparse.read.walk import tree_to_page
from newsparse.segments.body.story import _without_link_lists

SIDEBAR = (
    '<aside class="sidebar"><h3>Popular</h3><ul>'
    + "".join(f'<li><a href="/news/story-{n}">Popular story number {n} of the week</a></li>' for n in range(6))
    + "</ul></aside>"
)
MENU = '<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav>'
FOOTER = "<footer><p>Opening hours, delivery terms and the address of the shop.</p></footer>"
# A shop's grid: each card a linked name, a few words and a price, no sentence among them.
PRODUCTS = tuple((f"Walnut cutting board {n}", f"Oiled walnut, {20 + n} x {30 + n} cm, juice groove") for n in range(8))
CARDS = "".join(
    f'<div class="card"><h3><a href="/shop/board-{n}">{name}</a></h3><p>{text}</p><p>EUR {40 + n}.00</p></div>'
    for n, (name, text) in enumerate(PRODUCTS)
)
BLURB = (
    "We make every board by hand in the workshop behind the shop, from walnut and oak felled in the valley,"
    " and oil it three times before it goes on the shelf, so that it lasts for years of daily use."
)


def _texts(page_html: str, anchors: tuple[int, ...] = ()) -> list[str]:
    page = tree_to_page(lxml_html.document_fromstring(page_html))
    return [page.blocks[i].text for i in main_region(page, anchors).blocks]


def test_the_main_element_is_the_area_and_chrome_in_it_is_left_out() -> None:
    texts = _texts(f"<html><body>{MENU}<main><h1>Boards</h1>{CARDS}{SIDEBAR}</main>{FOOTER}</body></html>")
    assert texts[0] == "Boards"
    assert PRODUCTS[0][1] in texts
    assert not any("Popular" in t or "Home" in t or "Opening hours" in t for t in texts)


def test_without_a_main_element_the_whole_page_less_its_chrome_is_the_area() -> None:
    texts = _texts(f"<html><body>{MENU}<div><h1>Boards</h1>{CARDS}</div>{SIDEBAR}{FOOTER}</body></html>")
    assert PRODUCTS[-1][1] in texts
    assert not any("Popular" in t or "Opening hours" in t for t in texts)


def test_an_element_holding_most_of_the_page_is_no_chrome_whatever_its_class() -> None:
    texts = _texts(f'<html><body><div class="has-sidebar"><h1>Boards</h1>{CARDS}</div>{FOOTER}</body></html>')
    assert PRODUCTS[0][1] in texts


def _shop(extra_head: str = "") -> str:
    return (
        f"<html><head>{extra_head}</head><body>{MENU}<main><h1>Cutting boards</h1><p>{BLURB}</p>"
        f"{CARDS}{SIDEBAR}</main>{FOOTER}</body></html>"
    )


def test_a_shop_page_body_is_its_products_not_only_the_blurb() -> None:
    body = parse_html(_shop()).body
    assert body[0] == BLURB
    assert PRODUCTS[0][1] in body and PRODUCTS[-1][1] in body
    assert not any("Popular story" in line or "Opening hours" in line for line in body)


def test_a_dated_short_story_of_three_full_paragraphs_stays_the_story() -> None:
    story = "".join(f"<p>{p} {p}</p>" for p in FERRY_PARAGRAPHS)
    page = (
        '<html><head><meta property="article:published_time" content="2025-05-02"></head>'
        f"<body>{MENU}<main><h1>Ferry back</h1><div class='story'>{story}</div>"
        f"<div class='more'>{CARDS * 8}</div></main>{FOOTER}</body></html>"
    )
    assert parse_html(page).body == tuple(f"{p} {p}" for p in FERRY_PARAGRAPHS)
    # Undated, the same three paragraphs are the blurb over the page's sections.
    undated = parse_html(page.replace("article:published_time", "og:locale")).body
    assert PRODUCTS[0][1] in undated


def test_a_page_declaring_an_article_keeps_its_short_story() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cutting boards"}</script>'
    assert parse_html(_shop(ld)).body == (BLURB,)


def test_a_list_of_other_pages_with_a_date_over_each_link_is_left_out_of_a_main_area() -> None:
    posts = "".join(
        f'<p>{n + 1} May 2025</p><h4><a href="/blog/post-{n}">How we season board number {n}</a></h4>' for n in range(4)
    )
    story = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS * 3)
    page = tree_to_page(
        lxml_html.document_fromstring(f"<html><body>{story}<h3>From the blog</h3>{posts}</body></html>")
    )
    kept = [page.blocks[i].text for i in _without_link_lists(page, list(range(len(page.blocks))))]
    assert kept[:9] == list(FERRY_PARAGRAPHS * 3)
    assert not any("season board" in text or "May 2025" in text for text in kept)


def test_an_undated_page_with_a_longer_intro_over_its_sections_is_no_single_story() -> None:
    # Five long paragraphs (some 2,900 characters) over a main area many times their size: a service
    # or course page's introduction, whose offers and items are the rest of its content.
    intro = [f"{p} {p} {p} {p}" for p in FERRY_PARAGRAPHS] + [f"{BLURB} {BLURB}"] * 2
    story = "".join(f"<p>{p}</p>" for p in intro)
    page = (
        f"<html><head></head><body>{MENU}<main><h1>Ferry crossings</h1><div class='story'>{story}</div>"
        f"<div class='more'>{CARDS * 24}</div></main>{FOOTER}</body></html>"
    )
    body = parse_html(page).body
    assert body[0] == intro[0]
    assert PRODUCTS[0][1] in body
    # Dated, the same paragraphs are a story, and the cards beside it are not its text.
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2025-05-02">')
    assert parse_html(dated).body == tuple(intro)
