"""related_links on HTML pages: which links are teasers of other articles, their URLs and texts.

Every page here is written for the tests: a short story about a river ferry, with the link
lists around it that news pages print.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsparse import RelatedLink, parse_html
from newsparse.blocks import Block, Hints, Link, Page
from newsparse.cues.markup import F_RELATED, F_TITLE
from newsparse.cues.urls import article_shaped, has_story_id, looks_like_article, same_story
from newsparse.found import Found, PageFacts, Story, Taken
from newsparse.segments import related as related_rule

PAGE_URL = "https://news.example.com/2024/05/03/river-ferry-returns-after-repairs"

STORY = (
    "The river ferry returned to service on Friday after three months in the dry dock at the north"
    " quay, where engineers replaced both engines and the worn steering gear.",
    "Commuters who had been taking the long road round the estuary said the crossing cut their morning"
    " journey by half an hour, and the first boat of the day was full before seven.",
    "The operator said the repairs cost more than planned because corrosion in the hull was worse than"
    " the survey had suggested, but that the timetable would not change this summer.",
    "A second ferry, on order from a yard on the coast, is due next spring and will let the service run"
    " every fifteen minutes at peak times for the first time in a decade.",
)


def _teasers(page_: Page, story: Sequence[int], base: str) -> tuple[RelatedLink, ...]:
    """The related rule on a page in block form whose story is ``story``, links resolved against ``base``."""
    found = Found(story=Taken(Story(), tuple(story)), meta=Taken(PageFacts(base=base)))
    return related_rule.in_html(page_, found).value


def page(*, head: str = "", before: str = "", inside: str = "", after: str = "") -> str:
    """A news page: ``before`` the article, ``inside`` it after the story, ``after`` it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>River ferry returns</title>{head}</head><body>{before}"
        f"<article><h1>River ferry returns after repairs</h1>{paragraphs}{inside}</article>"
        f"{after}<footer><p>© 2024 Example News</p></footer></body></html>"
    )


def related(html: str, url: str | None = PAGE_URL) -> list[tuple[str, str | None]]:
    return [(link.text, link.url) for link in parse_html(html, url=url).related_links]


def urls(html: str, url: str | None = PAGE_URL) -> list[str | None]:
    return [u for _, u in related(html, url)]


RELATED_LIST = """<aside><h2>Related</h2><ul>
<li><a href="/2024/04/11/new-ferry-ordered-from-coast-yard">New ferry ordered from coast yard</a></li>
<li><a href="/2024/03/02/estuary-road-closed-for-a-week">Estuary road closed for a week after flooding</a></li>
<li><a href="/2024/02/20/north-quay-dry-dock-reopens">North quay dry dock reopens to visitors</a></li>
</ul></aside>"""


def test_list_under_a_related_heading() -> None:
    assert related(page(after=RELATED_LIST)) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard"),
        (
            "Estuary road closed for a week after flooding",
            "https://news.example.com/2024/03/02/estuary-road-closed-for-a-week",
        ),
        ("North quay dry dock reopens to visitors", "https://news.example.com/2024/02/20/north-quay-dry-dock-reopens"),
    ]


@pytest.mark.parametrize("label", ["Lesen Sie auch", "Most read", "À lire aussi", "Czytaj także", "Te puede interesar"])
def test_labels_in_other_languages(label: str) -> None:
    html = page(after=RELATED_LIST.replace("<h2>Related</h2>", f"<h3>{label}</h3>"))
    assert len(urls(html)) == 3


def test_short_headlines_under_a_label_need_a_story_url() -> None:
    html = page(
        after="""<div><h3>Most read</h3><ul>
        <li><a href="/news/science-environment-33479507">Salt and fresh</a></li>
        <li><a href="/news/magazine-33629011">News quiz</a></li>
        <li><a href="/topics/weather">Weather</a></li>
        </ul></div>"""
    )
    assert [text for text, _ in related(html)] == ["Salt and fresh", "News quiz"]


def test_card_grid_without_a_label() -> None:
    cards = "".join(
        f'<div class="cell"><h3><a href="/2024/05/0{i}/{slug}">{title}</a></h3><p>{dek}</p></div>'
        for i, (slug, title, dek) in enumerate(
            (
                ("harbour-master-retires", "Harbour master retires after forty years", "A life on the water."),
                ("lighthouse-cottage-for-sale", "Lighthouse keeper's cottage goes up for sale", "Offers invited."),
                ("swimmers-cross-the-estuary", "Swimmers cross the estuary for charity", "Forty took part."),
            ),
            start=1,
        )
    )
    html = page(after=f'<section class="grid">{cards}</section>')
    assert [text for text, _ in related(html)] == [
        "Harbour master retires after forty years",
        "Lighthouse keeper's cottage goes up for sale",
        "Swimmers cross the estuary for charity",
    ]


def test_lone_link_outside_any_list_is_no_teaser() -> None:
    lone = '<a href="/2024/05/01/harbour-master-retires">Harbour master retires after forty years</a>'
    html = page(after=f"<div>{lone}</div>")
    assert related(html) == []


def test_in_story_promo_line() -> None:
    html = page(
        inside='<p>Read more: <a href="/2024/04/11/new-ferry-ordered-from-coast-yard">New ferry ordered from coast'
        ' yard</a></p><p>Lesen Sie auch: <a href="/2024/04/12/faehre-kommt-im-fruehling">Die neue Fähre kommt im'
        " Frühling an</a></p>"
    )
    assert related(html) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard"),
        ("Die neue Fähre kommt im Frühling an", "https://news.example.com/2024/04/12/faehre-kommt-im-fruehling"),
    ]


def test_links_inside_story_paragraphs_are_not_teasers() -> None:
    linked = (
        'Engineers <a href="/2024/01/05/dry-dock-contract-signed-with-yard">signed the dry dock contract</a> in'
        " January, the operator said, and the work took longer than planned because of the weather."
    )
    html = page(inside=f"<p>{linked}</p><p>{STORY[0]}</p>")
    assert related(html) == []


def test_bracketed_promo_line_in_the_story() -> None:
    link = '<a href="/2024/04/11/new-ferry-ordered-from-coast-yard">New ferry ordered from coast yard</a>'
    html = page(inside=f"<p>[{link}]</p>")
    assert related(html) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard")
    ]


def test_navigation_menu_is_excluded() -> None:
    nav = """<nav><ul>
    <li><a href="/2024/05/01/ferry-timetable-for-the-summer-season">Ferry timetable for the summer season</a></li>
    <li><a href="/2024/05/02/parking-rules-change-at-the-north-quay">Parking rules change at the north quay</a></li>
    </ul></nav>"""
    menu = nav.replace("<nav>", '<div class="main-menu">').replace("</nav>", "</div>")
    assert related(page(before=nav)) == []
    assert related(page(before=menu)) == []


def test_share_links_are_excluded() -> None:
    share = """<div class="share-tools">
    <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com">Share this story on Twitter</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u=news.example.com">Share this story on Facebook</a>
    <a href="mailto:?subject=River%20ferry">Send this story by email to a friend</a>
    </div>"""
    assert related(page(inside=share)) == []
    assert related(page(after=share)) == []


def test_tag_author_and_section_links_are_excluded() -> None:
    html = page(
        after="""<div><h2>Related</h2><ul>
        <li><a href="/tag/river-ferry">River ferry</a></li>
        <li><a href="/author/jo-lee">Jo Lee</a></li>
        <li><a href="/local/">Local news from the estuary towns</a></li>
        <li><a href="/topics/transport-and-infrastructure">Transport and infrastructure</a></li>
        <li><a href="/2024/04/11/new-ferry-ordered-from-coast-yard">New ferry ordered from coast yard</a></li>
        </ul></div>"""
    )
    assert urls(html) == ["https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard"]


def test_tag_list_is_excluded() -> None:
    html = page(
        inside="""<ul class="tags">
        <li><a href="/2024/05/river-ferries-in-the-north-and-south">River ferries in the north and south</a></li>
        <li><a href="/2024/05/public-transport-across-the-estuary">Public transport across the estuary</a></li>
        </ul>"""
    )
    assert related(html) == []


def test_ads_and_sponsored_lists_are_excluded() -> None:
    html = page(
        after="""<div class="taboola-feed"><ul>
        <li><a href="https://shop.example.net/deals/one-weird-trick">One weird trick for boat owners</a></li>
        <li><a href="https://shop.example.net/deals/these-shoes">These shoes are everywhere this summer</a></li>
        </ul></div>
        <div><h3>Sponsored content</h3><ul>
        <li><a href="/partner/2024/05/01/best-cruise-deals">The best cruise deals of the year for families</a></li>
        <li><a href="/partner/2024/05/02/ten-islands-to-visit">Ten islands you have to visit this summer</a></li>
        </ul></div>"""
    )
    assert related(html) == []


def test_list_of_links_to_many_other_sites_is_a_feed() -> None:
    items = "".join(
        f'<li><a href="https://{site}/2024/05/0{i}/{slug}">{title}</a></li>'
        for i, (site, slug, title) in enumerate(
            (
                ("one.example.org", "dogs-who-love-cats", "Twelve dogs who really love their cats"),
                ("two.example.net", "why-we-sleep-less-in-summer", "Why we all sleep less in summer"),
                ("three.example.info", "the-oldest-lighthouse", "The oldest lighthouse in the world"),
            ),
            start=1,
        )
    )
    assert related(page(after=f"<div class='rr'><ul>{items}</ul></div>")) == []


def test_self_link_is_excluded() -> None:
    html = page(
        after=RELATED_LIST.replace(
            "</ul>",
            f'<li><a href="{PAGE_URL}/?ref=related">River ferry returns after repairs, with photos</a></li></ul>',
        )
    )
    assert PAGE_URL not in " ".join(u or "" for u in urls(html))
    assert len(urls(html)) == 3


def test_relative_links_resolve_against_base_href() -> None:
    html = page(
        head='<base href="https://cdn.example.org/archive/">',
        after=RELATED_LIST.replace('href="/', 'href="'),
    )
    assert urls(html)[0] == "https://cdn.example.org/archive/2024/04/11/new-ferry-ordered-from-coast-yard"


def test_relative_links_resolve_against_the_url_argument() -> None:
    html = page(after=RELATED_LIST.replace('href="/2024/', 'href="../../'))
    assert urls(html, url="https://news.example.com/2024/05/river-ferry")[0] == (
        "https://news.example.com/04/11/new-ferry-ordered-from-coast-yard"
    )


def test_relative_links_resolve_against_the_canonical_url_without_url_argument() -> None:
    canonical = '<link rel="canonical" href="https://news.example.com/2024/05/03/river-ferry">'
    html = page(head=canonical, after=RELATED_LIST)
    assert urls(html, url=None)[0] == "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard"


def test_without_any_url_hrefs_are_kept_as_printed_with_a_warning() -> None:
    assert urls(page(after=RELATED_LIST), url=None)[0] == "/2024/04/11/new-ferry-ordered-from-coast-yard"
    assert parse_html(page(after=RELATED_LIST)).has_warning("unresolved-links")


def test_dedupe_by_url_ignoring_fragment_in_page_order() -> None:
    html = page(
        after=RELATED_LIST
        + """<div><h3>Most read</h3><ul>
        <li><a href="/2024/03/02/estuary-road-closed-for-a-week#comments">Estuary road closed for a week</a></li>
        <li><a href="/2024/01/30/winter-storm-damages-the-pier">Winter storm damages the pier at the north quay</a></li>
        </ul></div>"""
    )
    assert urls(html) == [
        "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard",
        "https://news.example.com/2024/03/02/estuary-road-closed-for-a-week",
        "https://news.example.com/2024/02/20/north-quay-dry-dock-reopens",
        "https://news.example.com/2024/01/30/winter-storm-damages-the-pier",
    ]


def test_service_links_in_footer_lists_are_excluded() -> None:
    html = page(
        after="""<div class="site-footer"><ul>
        <li><a href="/about-us/our-newsroom-and-its-history">About us and our newsroom</a></li>
        <li><a href="/info/privacy-policy-and-cookies">Privacy Policy</a></li>
        <li><a href="/info/complaints-and-corrections-desk">Complaints and corrections</a></li>
        </ul></div>"""
    )
    assert related(html) == []


# --- the teaser's text -------------------------------------------------------------------------


def _block(index: int, text: str, href: str | None, *, tag: str = "div", ancestors: tuple[int, ...]) -> Block:
    links = (Link(text=text, href=href),) if href else ()
    return Block(
        index=index,
        text=text,
        tag=tag,
        links=links,
        link_density=1.0 if href else 0.0,
        ancestors=ancestors,
        flags=F_TITLE if tag.startswith("h") else 0,
    )


def test_card_text_is_the_heading_not_kicker_or_date() -> None:
    # A card whose <a> holds a kicker, the headline and a date: each part is a block with the link.
    blocks = []
    for n, (kicker, title, slug) in enumerate(
        (
            ("Video", "Ferry crew rescue a stranded kayaker", "ferry-crew-rescue-kayaker"),
            ("Video", "Storm waves hit the harbour wall again", "storm-waves-hit-harbour-wall"),
        )
    ):
        card = 10 + n
        href = f"/2024/05/0{n + 1}/{slug}"
        base = len(blocks)
        blocks += [
            _block(base, kicker, href, ancestors=(1, 2, card, 100 + base)),
            _block(base + 1, title, href, tag="h3", ancestors=(1, 2, card, 100 + base + 1)),
            _block(base + 2, "MAY 1, 2024", href, ancestors=(1, 2, card, 100 + base + 2)),
        ]
    page_ = Page(blocks=tuple(blocks), hints=Hints(), is_html=True, element_flags={2: F_RELATED})
    found = _teasers(page_, (), "https://news.example.com/2024/05/03/story")
    assert [link.text for link in found] == [
        "Ferry crew rescue a stranded kayaker",
        "Storm waves hit the harbour wall again",
    ]


def test_promo_label_is_not_part_of_the_text() -> None:
    html = page(inside='<p>MORE: <a href="/2024/04/11/new-ferry-ordered">New ferry ordered from coast yard</a></p>')
    assert related(html) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered")
    ]


# --- URLs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2024/05/03/river-ferry-returns", True),
        ("https://news.example.com/world/europe-68123456", True),
        ("https://news.example.com/", False),
        ("https://news.example.com/tag/ferries", False),
        ("https://news.example.com/autor/jan-nowak-21589", False),
        ("https://news.example.com/search?q=ferry", False),
        ("https://shop.example.com/river-ferry-model-kit", False),
        ("https://news.example.com/files/timetable.pdf", False),
        ("https://news.example.com/@janedoe", False),
    ],
)
def test_looks_like_article(url: str, expected: bool) -> None:
    assert (looks_like_article(url) and article_shaped(url)) is expected


def test_story_ids_and_same_story() -> None:
    assert has_story_id("https://news.example.com/news/science-environment-33479507")
    assert not has_story_id("https://news.example.com/fibre-optique/")
    assert same_story("https://news.example.com/a/story-slug/?ref=rail", "http://news.example.com/a/story-slug")
    assert not same_story("https://news.example.com/article.php?id=1", "https://news.example.com/article.php?id=2")


def test_a_cards_view_button_takes_the_cards_heading() -> None:
    cards = "".join(
        f'<article class="o-hit"><div class="meta">2h ago in <a href="/tags/ferries">Ferries</a></div>'
        f"<h2>{title}</h2><p>{dek}</p>"
        f'<a class="o-hit__link" href="/2024/05/0{n}/{slug}">View</a></article>'
        for n, (title, dek, slug) in enumerate(
            [
                ("New ferry ordered from the coast yard", "The second boat is due in spring.", "new-ferry-ordered"),
                ("Estuary road closed for a week after flooding", "Drivers face a long detour.", "estuary-road-closed"),
            ],
            start=1,
        )
    )
    assert related(page(after=f"<aside>{cards}</aside>")) == [
        ("New ferry ordered from the coast yard", "https://news.example.com/2024/05/01/new-ferry-ordered"),
        ("Estuary road closed for a week after flooding", "https://news.example.com/2024/05/02/estuary-road-closed"),
    ]


def test_rel_in_a_dashed_class_name_names_a_related_list() -> None:
    box = (
        '<div class="tags-rel"><a href="/tag/ferries">Ferries</a><div class="content-rel">'
        '<div class="rel-news"><div class="rel-link"><a href="/2024/04/11/new-ferry-ordered-from-coast-yard">'
        "New ferry ordered from coast yard</a></div></div></div></div>"
    )
    assert related(page(after=box)) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard")
    ]


def test_a_linked_heading_in_the_story_named_a_read_more_box_is_an_in_story_promo() -> None:
    # The story's container took the box in: its heading is among the story's blocks.
    story = [_block(n, text, None, tag="p", ancestors=(1, 2, 100 + n)) for n, text in enumerate(STORY[:2])]
    promo = _block(
        2, "New ferry ordered from coast yard", "/2024/04/11/new-ferry-ordered", tag="h4", ancestors=(1, 2, 50, 51, 102)
    )
    after = [_block(3 + n, text, None, tag="p", ancestors=(1, 2, 103 + n)) for n, text in enumerate(STORY[2:])]
    blocks = (*story, promo, *after)
    page_ = Page(blocks=blocks, hints=Hints(), is_html=True, element_flags={51: F_RELATED})
    found = _teasers(page_, range(len(blocks)), "https://news.example.com/2024/05/03/story")
    assert [(link.text, link.url) for link in found] == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/11/new-ferry-ordered")
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.it/argomenti/governo%20conte%20bis",
        "https://www.example.fr/sujet/climat",
        "https://www.example.it/static/promozioni/lettori/top-news/presentazione/",
    ],
)
def test_topic_indexes_and_subscription_pages_are_no_articles(url: str) -> None:
    assert not looks_like_article(url)


def test_an_in_story_list_of_sentence_fragments_is_no_promo_list() -> None:
    items = (
        '<ul><li><a href="/2024/04/11/toolbar-loads-later">made the toolbar load later in the start-up</a></li>'
        '<li><a href="/2024/04/12/tabs-restore-faster">fixed a bug that slowed down restoring tabs</a></li></ul>'
    )
    assert related(page(inside=items + "".join(f"<p>{p}</p>" for p in STORY[:2]))) == []


def test_ad_choices_and_copyright_statement_links_are_no_teasers() -> None:
    box = (
        '<ul class="related-links">'
        '<li><a href="/how-can-i-opt-out-of-online-advertising-cookies/2011/11/18/gIQA">Ad Choices</a></li>'
        '<li><a href="/content/2011-02/14/content_1609313.htm">版权声明：转载须经版权人书面授权并注明来源</a></li>'
        '<li><a href="/2024/04/11/new-ferry-ordered-from-coast-yard">New ferry ordered from coast yard</a></li></ul>'
    )
    assert urls(page(after=box)) == ["https://news.example.com/2024/04/11/new-ferry-ordered-from-coast-yard"]


def test_a_link_title_shown_in_an_aria_hidden_span_is_read_once() -> None:
    items = "".join(
        f'<li><a href="/2024/04/1{n}/{slug}"><span aria-hidden="true">{title}</span>'
        f'<span class="screen-reader-text">{title}</span></a></li>'
        for n, (title, slug) in enumerate(
            [("New ferry ordered from coast yard", "new-ferry"), ("Estuary road closed after flooding", "road")]
        )
    )
    assert related(page(after=f'<aside class="related"><ol>{items}</ol></aside>')) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/10/new-ferry"),
        ("Estuary road closed after flooding", "https://news.example.com/2024/04/11/road"),
    ]


def test_a_column_that_has_an_ad_and_shows_on_large_screens_still_lists_teasers() -> None:
    cards = "".join(
        f'<a href="/2024/04/1{n}/{slug}"><div class="kicker">News</div><h3>{title}</h3></a>'
        for n, (title, slug) in enumerate(
            [("New ferry ordered from coast yard", "new-ferry"), ("Estuary road closed after flooding", "road")]
        )
    )
    rail = f'<div class="col-lg-4 right-col-has-ad d-none d-lg-block"><div class="trending">{cards}</div></div>'
    assert related(page(after=rail)) == [
        ("New ferry ordered from coast yard", "https://news.example.com/2024/04/10/new-ferry"),
        ("Estuary road closed after flooding", "https://news.example.com/2024/04/11/road"),
    ]


@pytest.mark.parametrize("label", ["Veja também:", "Veja mais", "Confira também"])
def test_more_labels_announce_a_teaser_list(label: str) -> None:
    box = (
        f"<div><div>{label}</div>"
        '<div><a href="/republica/stf-afasta-imunidade-parlamentar">STF afasta imunidade de um senador</a></div>'
        '<div><a href="/republica/militares-atuarao-no-processo-eleitoral">Militares atuarão na eleição</a></div>'
        "</div>"
    )
    found = urls(page(inside=box + "".join(f"<p>{p}</p>" for p in STORY)))
    assert found == [
        "https://news.example.com/republica/stf-afasta-imunidade-parlamentar",
        "https://news.example.com/republica/militares-atuarao-no-processo-eleitoral",
    ]


@pytest.mark.parametrize(
    "url", ["https://www.example.com.br/tudo-sobre/entenda-em-1-minuto/", "https://especiais.example.com/cursos/etica/"]
)
def test_topic_pages_and_course_shops_are_no_articles(url: str) -> None:
    assert not looks_like_article(url)


def test_in_story_teasers_starting_with_a_name_particle_are_kept() -> None:
    items = (
        '<ul><li><a href="/2024/04/11/von-der-leyen-wins">von der Leyen wins a second term in Brussels</a></li>'
        '<li><a href="/2024/04/12/de-blasio-endorses">de Blasio endorses the new ferry plan for the city</a></li></ul>'
    )
    assert len(related(page(inside=items + "".join(f"<p>{p}</p>" for p in STORY[:2])))) == 2


def test_a_chinese_headline_starting_with_about_us_words_is_a_teaser() -> None:
    from newsparse.segments.related import _service_link

    assert _service_link("关于我们")
    assert not _service_link("关于我们身边的塑料污染，你需要知道这些")


@pytest.mark.parametrize("names", ["rel", "rel-news box", "menu u-pos-rel", "nav sm-pos-rel"])
def test_rel_class_names(names: str) -> None:
    from newsparse.cues.markup import F_RELATED, classify

    assert bool(classify(names) & F_RELATED) == names.startswith("rel")
