"""The body of small HTML pages built for the tests: which blocks are the story."""

from __future__ import annotations

import pytest
from conftest import FERRY_PARAGRAPHS, FERRY_STORY, TERMS_OF_SALE

from newsparse import parse_html
from newsparse.cues.legal import is_legal_title
from newsparse.cues.text import is_name_run
from newsparse.read.source import tree_from_text
from newsparse.read.walk import tree_to_page
from newsparse.segments.body.story import html_body

STORY = FERRY_PARAGRAPHS
STORY_HTML = "".join(f"<p>{p}</p>" for p in STORY)
CAPTION = (
    "A ferry crosses the estuary at dawn, with the north quay, the dry dock and the old lighthouse"
    " behind it, seen from the hill above the town, in a picture taken last spring."
)


def test_a_gallery_of_captions_outweighing_the_story_does_not_hide_it() -> None:
    gallery = "".join(f'<div class="slide"><p class="caption">{CAPTION} ({n})</p></div>' for n in range(8))
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f"<div class='story'>{story}</div><div class='slides'>{gallery}</div></body></html>"
    )
    assert parse_html(html).body == STORY


def test_an_author_box_between_headline_and_story_is_not_a_lead() -> None:
    bio = (
        "Ana Lima is a transport reporter who has covered ferries, railways and the harbour authority"
        " for the paper since 2015, and before that wrote for a shipping weekly."
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f'<div class="attribution"><div>By <a href="/ana">Ana Lima</a></div>'
        f'<div class="mntl-tooltip"><div class="mntl-tooltip__bio">{bio}</div></div></div>'
        f'<div class="story-text">{story}</div></article></body></html>'
    )
    article = parse_html(html)
    assert article.body == STORY


def test_ruby_annotations_are_not_part_of_the_text() -> None:
    paragraph = "東京の川で、修理を終えたフェリーが三か月ぶりに運航を再開し、朝の通勤客でいっぱいになった。" * 2
    html = (
        "<html><body><h1><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>の本</h1>"
        f"<p><ruby>東京<rt>とうきょう</rt></ruby>{paragraph[2:]}</p></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "漢字の本"
    assert article.body == (paragraph,)


def test_an_icon_ligature_hidden_from_screen_readers_is_no_text() -> None:
    html = (
        '<html><body><article><h1>River ferry <i class="material-icons" aria-hidden="true">arrow_forward</i>'
        f"returns</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</article></body></html>"
    )
    assert parse_html(html).headline == "River ferry returns"


def test_aria_hidden_hides_closed_drawers_anchors_and_avatars() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        '<html><body><x-drawer aria-hidden="true"><ul><li><a href="/2024/01/01/ferries">A story about ferries'
        ' on the bay</a></li></ul></x-drawer><article><h1><a aria-hidden="true" href="#top">#</a>River ferry'
        ' returns</h1><p><span class="avatar" aria-hidden="true">JD</span> By Jane Doe</p>'
        f"{story}</article></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "River ferry returns"
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert article.related_links == ()


def test_a_more_about_subhead_stays_in_the_body() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"{story}<h2>More about the ferry plan</h2>{story}</article></body></html>"
    )
    assert "More about the ferry plan" in parse_html(html).body


def test_a_button_left_open_over_the_page_does_not_hide_it() -> None:
    # libxml2 keeps the <button> open when a <div> inside it is not closed: the story ends up inside it.
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(40))
    html = (
        '<html><body><header><button class="menu-button"><span>Menu</span><div class="inner"><div>'
        f"</button><nav><ul>{menu}</ul></nav></header><article><h1>River ferry returns after repairs</h1>"
        f"{STORY_HTML}</article></body></html>"
    )
    assert parse_html(html).body == STORY


def test_a_small_button_is_still_no_text() -> None:
    html = (
        f"<html><body><article><h1>River ferry returns</h1><button>Share</button>{STORY_HTML}</article></body></html>"
    )
    assert parse_html(html).body == STORY


def test_a_segment_streamed_by_react_is_read() -> None:
    html = (
        '<html><body><div id="root"><template id="B:0"></template><p>Loading...</p></div>'
        f'<div hidden id="S:0"><article><h1>River ferry returns after repairs</h1>{STORY_HTML}</article></div>'
        "<div hidden><p>A hidden paragraph that no reader sees, however long it is, and which stays out.</p></div>"
        "</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "River ferry returns after repairs"
    assert article.body == STORY


def test_a_page_hidden_while_it_loads_is_read() -> None:
    # Scripts show the wrapper of the whole page once it is styled; a hidden part of it stays out.
    html = (
        '<html><body><div id="app"><div style="visibility:hidden;min-height:100vh">'
        f"<article><h1>River ferry returns after repairs</h1>{STORY_HTML}</article>"
        '<div style="display:none"><p>A hidden paragraph that no reader sees, however long it is, and which'
        " stays out.</p></div></div></div><script>show()</script></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "River ferry returns after repairs"
    assert article.body == STORY


def test_hidden_text_beside_other_text_stays_hidden() -> None:
    # Only the wrapper of the whole page is shown by a script; a hidden part beside text is a hidden part.
    from newsparse.read.source import tree_from_text
    from newsparse.read.walk import tree_to_page

    for html in (
        '<html><body><p>Hello <span style="display:none">SECRET</span> world</p></body></html>',
        '<html><body>Visible text<div style="display:none">HIDDEN MENU</div></body></html>',
        '<html><body><div><div style="display:none">HIDDEN MENU</div>tail text</div></body></html>',
    ):
        for pure in (True, False):
            text = " ".join(block.text for block in tree_to_page(tree_from_text(html)[0], pure=pure).blocks)
            assert "SECRET" not in text and "HIDDEN" not in text, html


def test_the_page_wrapper_test_reads_a_bounded_number_of_siblings() -> None:
    # A hidden element among many children is no page's wrapper: the test stops at the count, so a
    # page of thousands of hidden elements among comments costs linear time, not quadratic.
    from newsparse.read.source import tree_from_text
    from newsparse.read.walk import PAGE_WRAPPER_MAX_SIBLINGS, tree_to_page

    comments = "<!-- c -->" * (PAGE_WRAPPER_MAX_SIBLINGS + 1)
    html = f'<html><body>{comments}<div style="display:none"><p>HIDDEN PAGE</p></div></body></html>'
    for pure in (True, False):
        assert not any("HIDDEN" in block.text for block in tree_to_page(tree_from_text(html)[0], pure=pure).blocks)
    few = '<html><body><!-- c --><div style="display:none"><p>SHOWN PAGE</p></div></body></html>'
    for pure in (True, False):
        assert any("SHOWN" in block.text for block in tree_to_page(tree_from_text(few)[0], pure=pure).blocks)


GUIDE_INTRO = (
    "Choosing a walking boot is mostly about fit, and only then about the features printed on the box.",
    "We walked each pair for at least sixty miles over moorland, forest tracks and wet limestone first.",
    "Every boot was worn by two testers with different feet, so that a narrow heel did not decide alone.",
    "Prices change often, so we give the price we paid in the spring and say where a cheaper one exists.",
    "The list below starts with the best all-round pair and ends with the lightest pair we would take.",
)
GUIDE_SECTIONS = (
    (
        "Best overall: the Fellrunner Mid",
        "The Fellrunner Mid was the pair both testers reached for first on a wet morning, and it kept water out.",
        "Its sole grips well on wet rock, though the lugs wear faster than we hoped after the first forty miles.",
    ),
    (
        "Best for wide feet: the Dalesman",
        "The Dalesman has a roomy toe box that spared one tester the blisters every other pair gave him on long days.",
        "It is heavier than most, and the laces slip unless you tie a double knot before setting off up the hill.",
    ),
    (
        "Best value: the Ridgeway Lite",
        "For half the price of our top pick the Ridgeway Lite is a sound boot for paths and easy summer hills.",
        "The lining is thin, so it is cold in winter, but it dries overnight when you stuff it with newspaper.",
    ),
    (
        "Lightest: the Skyline Trail",
        "The Skyline Trail weighs barely more than a running shoe, and on long dry days that lightness is a gift.",
        "Its ankle support is modest, so we would not carry a heavy pack in it over rough ground or loose scree.",
    ),
)
AUTHOR_BIO = (
    "Ana Lima has walked the hills of the north for twenty years, and has written about outdoor gear, maps and"
    " mountain safety for the magazine since 2015, after a decade as a ranger in the national park."
)


def _guide_page(after: str = "") -> tuple[str, tuple[str, ...]]:
    """A buying guide: an intro in its own wrapper, then one section per product (heading, picture,
    three paragraphs, a shop link), none big alone; ``after`` follows the last section."""
    intro = tuple(f"{p} {q}" for p, q in zip(GUIDE_INTRO, GUIDE_INTRO[1:] + GUIDE_INTRO[:1], strict=True))
    expected: list[str] = list(intro)
    cards = []
    for n, (heading, a, b) in enumerate(GUIDE_SECTIONS):
        paragraphs = (f"{a} {b}", f"{b} {a}", f"{a}, and {b}")
        expected += [heading, *paragraphs]
        cards.append(
            f'<div class="card"><h2>{heading}</h2><figure><img src="/b{n}.jpg" alt=""></figure>'
            f'<div class="text"><div class="inner">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div></div>'
            f'<div class="buy"><a href="https://shop.example/{n}">Check price</a></div></div>'
        )
    more = "".join(f'<li><a href="/guide/{n}">Another guide to walking gear number {n}</a></li>' for n in range(6))
    html = (
        "<html><head><meta property='og:type' content='article'></head><body><header><a href='/'>Home</a>"
        "</header><main><h1>The best walking boots of the year</h1>"
        "<p class='byline'>By Ana Lima, March 3, 2026</p>"
        f"<div class='lead'><div class='intro'>{''.join(f'<p>{p}</p>' for p in intro)}</div>"
        "<div class='share'><a href='/s'>Share</a></div></div>"
        f"{''.join(cards)}{after}<div><h2>More guides</h2><ul>{more}</ul></div></main>"
        "<footer><p>© 2026 Walking Weekly. All rights reserved.</p></footer></body></html>"
    )
    return html, tuple(expected)


def test_a_guide_continues_into_the_sections_beside_its_intro() -> None:
    html, expected = _guide_page()
    assert parse_html(html).body == expected


def test_a_sectioned_story_ends_at_the_box_about_its_author() -> None:
    bio = (
        "<div class='card'><h2>About the author</h2>"
        f"<div class='text'><p>{AUTHOR_BIO}</p><p>{AUTHOR_BIO}</p></div></div>"
    )
    html, expected = _guide_page(bio)
    assert parse_html(html).body == expected


PRODUCT = (
    "A lightweight walking boot with a waterproof lining, a grippy sole for wet rock, and a roomy toe box.",
    "Made from recycled leather and tested over two hundred miles of moorland paths by our own staff.",
)


def test_terms_of_sale_on_a_product_page_are_not_its_body() -> None:
    terms = "".join(f"<p>{t}</p>" for t in TERMS_OF_SALE * 2)
    html = (
        "<html><body><main><h1>Fellrunner Mid walking boot</h1><div class='product'><p class='price'>£120</p>"
        f"{''.join(f'<p>{p}</p>' for p in PRODUCT)}<button>Add to basket</button></div>"
        f"<div class='tabs'><div class='tab'><h2>Terms of sale</h2>{terms}</div></div></main></body></html>"
    )
    body = parse_html(html).body
    assert not any(t in body for t in TERMS_OF_SALE)
    assert all(p in body for p in PRODUCT)


def test_a_passage_printed_twice_for_two_screen_sizes_is_read_once() -> None:
    box = (
        "<h3>What we tested, and how we did it</h3><p>Every boot was worn by two testers with different feet,"
        " over moorland,"
        " forest tracks and wet limestone, for at least sixty miles each.</p>"
    )
    html = (
        "<html><body><h1>River ferry returns after repairs</h1><div class='story'>"
        f"<p>{STORY[0]}</p><div class='mobile'>{box}</div><p>{STORY[1]}</p><div class='desktop'>{box}</div>"
        f"<p>{STORY[2]}</p></div></body></html>"
    )
    body = parse_html(html).body
    assert body.count("What we tested, and how we did it") == 1
    assert all(p in body for p in STORY[:3])


def test_a_sentence_said_twice_in_a_story_stays_twice() -> None:
    refrain = "The ferry is back, and the town is glad of it."
    html = (
        "<html><body><h1>River ferry returns after repairs</h1><div class='story'>"
        f"<p>{STORY[0]}</p><blockquote><p>{refrain}</p></blockquote><p>{STORY[1]}</p>"
        f"<blockquote><p>{refrain}</p></blockquote><p>{STORY[2]}</p></div></body></html>"
    )
    assert parse_html(html).body.count(refrain) == 2


def test_the_lines_every_item_of_a_list_repeats_stay_in_each_item() -> None:
    terms = ("Must be shown before the work starts.", "Not valid with other offers; some limits may apply.")
    cards = "".join(
        f"<div class='coupon'><h2>{offer}</h2><p>{terms[0]}</p><p>{terms[1]}</p></div>"
        for offer in ("$50 off a panel upgrade", "$25 off any repair", "Free safety inspection", "10% off for seniors")
    )
    html = f"<html><body><main><h1>Coupons</h1><div class='coupons'>{cards}</div></main></body></html>"
    body = parse_html(html).body
    assert all(body.count(t) == 4 for t in terms)


def test_paragraphs_in_a_page_builders_widgets_are_story() -> None:
    widgets = "".join(
        f'<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
        f"<p>{p}</p></div></div>"
        for p in STORY[1:]
    )
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f"<div class='entry-content'><p>{STORY[0]}</p>{widgets}</div>"
        "<aside class='sidebar'><div class='widget'><p>Sign up for the weekly letter from the quay.</p></div></aside>"
        "</body></html>"
    )
    assert parse_html(html).body == STORY


def test_the_buttons_of_a_picture_are_not_story() -> None:
    buttons = ("toggle caption", "Hide caption", "Enlarge this image")
    picture = (
        f"<div class='pic'><img src='a.jpg' alt=''><p>{buttons[0]}</p><b>{buttons[1]}</b><p>{buttons[2]}</p></div>"
    )
    html = (
        f"<html><body><article><h1>River ferry returns after repairs</h1><p>{STORY[0]}</p>{picture}"
        f"{''.join(f'<p>{p}</p>' for p in STORY[1:])}</article></body></html>"
    )
    body = parse_html(html).body
    assert not set(buttons) & set(body)
    assert body == tuple(STORY)


def test_paragraphs_with_a_right_click_menu_are_story() -> None:
    # "contextmenu" names what the paragraph does when clicked, not a menu of the page.
    paragraphs = "".join(f"<p class='contextmenu Body'>{p}</p>" for p in STORY)
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article><h1>River ferry returns after repairs</h1><div class='text'>{paragraphs}</div></article>"
        "</body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


@pytest.mark.parametrize("name", ["context-menu", "context_menu"])
def test_a_right_click_menu_of_the_page_is_not_story(name: str) -> None:
    # Written apart, the words name a menu's own box, not the behaviour of a paragraph.
    menu = (
        f"<div class='{name}'><p>Copy the link to this article to share it with a friend</p>"
        "<p>Print this article on paper in a format that fits the page</p></div>"
    )
    html = (
        f"<html><body><article><h1>River ferry returns after repairs</h1><p>{STORY[0]}</p>{menu}"
        f"{''.join(f'<p>{p}</p>' for p in STORY[1:])}</article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def _generated_document(between: str = "") -> tuple[str, tuple[str, ...]]:
    """A post as document generators print it: every paragraph in a wrapper of its own, between
    them section headings, lists and code in wrappers of their own; ``between`` after the first
    section."""
    texts = (*STORY, *(f"{a} {b}" for a, b in zip(STORY, STORY[1:] + STORY[:1], strict=True)), *reversed(STORY))
    intro = f"<div class='paragraph'><p>{texts[0]}</p></div>"
    sections = []
    expected = [texts[0]]
    for n, (heading, text) in enumerate(zip(("Timetable", "The repairs", "Fares"), texts[1:4], strict=True)):
        items = (f"Sailing number {n} leaves the quay at seven", f"Sailing number {n} returns from the island at nine")
        code = f"ferry --route {n} --from north-quay"
        sections.append(
            f"<div class='sect1'><h2>{heading}</h2><div class='sectionbody'>"
            f"<div class='paragraph'><p>{text}</p></div>"
            f"<div class='ulist'><ul>{''.join(f'<li><p>{item}</p></li>' for item in items)}</ul></div>"
            f"<div class='listingblock'><div class='content'><pre>{code}</pre></div></div>"
            f"<div class='paragraph'><p>{texts[4 + n]}</p></div></div></div>"
        )
        expected += [heading, text, *items, code, texts[4 + n]]
        if n == 0:
            sections.append(between)
    html = (
        "<html><body><header><a href='/'>Ferry notes</a></header><main><article>"
        f"<h1>River ferry returns after repairs</h1><div class='content'>{intro}{''.join(sections)}</div>"
        "</article></main><footer><p>Ferry notes, a weblog.</p></footer></body></html>"
    )
    return html, tuple(expected)


def test_a_story_in_many_wrappers_of_one_name_keeps_its_headings_lists_and_code() -> None:
    html, expected = _generated_document()
    assert parse_html(html).body == expected


def test_a_box_between_the_parts_of_such_a_story_is_not_story() -> None:
    promo = (
        "<div class='box'><p>Get the ferry app now</p><p><a href='/app'>Download it for your phone today</a></p>"
        "<div><a href='/p/1'>Bridge closed for a week</a></div></div>"
    )
    html, expected = _generated_document(promo)
    body = parse_html(html).body
    assert body == expected


def test_a_container_named_like_the_parts_it_holds_keeps_its_own_paragraphs() -> None:
    parts = "".join(f"<div class='text'><p>{p}</p></div>" for p in STORY)
    outro = "The operator thanked the crews of the north quay, who kept the crossing open for the whole spring."
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<div class='text'><p>{CAPTION}</p>{parts}<div class='text'><p>{STORY[0]} {STORY[1]}</p></div>"
        f"<p>{outro}</p></div></article></body></html>"
    )
    body = parse_html(html).body
    assert body[-1] == outro and CAPTION in body


SECOND_PART = (
    "Engineers who worked on the boat said the new engines burn a third less fuel than the old pair,"
    " and that the quieter hull will be welcome on the night crossings to the island.",
    "The harbour authority now plans to refit the second ferry next winter, when fewer people travel,"
    " so that both boats can run the summer timetable without a breakdown.",
    "Fares will stay the same until the spring, the operator said, when the council sets new prices"
    " for the crossings and for the car park at the south landing.",
    "Some islanders asked for an earlier first boat on market days, and the operator said it would look"
    " at the request once the second ferry is back in the water next year.",
)


SECTIONS = (("What comes next", *SECOND_PART[:2]), ("Fares and timetables", *SECOND_PART[2:]))


@pytest.mark.parametrize("closed", [False, True])
def test_a_figure_that_an_unclosed_wrapper_holds_the_story_in_is_no_caption(closed: bool) -> None:
    # A figure frames a picture and its caption; when a wrapper in it is left open, the parser
    # puts the rest of the story inside the figure, headings and all.
    rest = "".join(f"<h2>{title}</h2><p>{a}</p><p>{b}</p>" for title, a, b in SECTIONS)
    figure = (
        f"<figure><img src='/f.jpg'><figcaption>{CAPTION}</figcaption></figure>{rest}"
        if closed
        else f"<figure><div class='table-wrapper'><img src='/f.jpg'>{rest}</figure>"
    )
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f"<div class='story'>{STORY_HTML}{figure}</div></body></html>"
    )
    expected = tuple(text for section in SECTIONS for text in section)
    assert parse_html(html).body == (*STORY, *expected)


def test_a_caption_in_a_figure_stays_out_of_the_body() -> None:
    figure = f"<figure><img src='/f.jpg'><p>{CAPTION}</p><p>Photo: Ana Lima</p></figure>"
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f"<div class='story'>{STORY_HTML[:-4]}{figure}{STORY_HTML}</div></body></html>"
    )
    assert CAPTION not in parse_html(html).body


def test_a_table_that_an_editor_set_in_a_figure_is_story_and_its_caption_is_not() -> None:
    # Editors wrap every table in a <figure>: its cells are the story's figures, its caption a caption.
    rows = (("Morning crossing", "Six sailings"), ("Evening crossing", "Four sailings"))
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p><figure class='wp-block-table'><table>{table}</table>"
        "<figcaption>Source: the harbour office</figcaption></figure>"
        f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"
    )
    text = "\n".join(parse_html(html).body)
    assert all(cell in text for row in rows for cell in row)
    assert "Source: the harbour office" not in text


def test_a_players_embed_code_is_no_story_text() -> None:
    embed = (
        "<div class='audio-tools'><b>Embed</b>"
        '<b class=\'embed-url\'><code>&lt;iframe src="https://radio.example/player/12" width="100%"&gt;'
        "</code></b></div>"
    )
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f"<div class='story'>{embed}{STORY_HTML}</div></body></html>"
    )
    assert parse_html(html).body == STORY


def test_embed_code_shown_in_a_tutorial_stays_in_the_body() -> None:
    code = '<pre><code>&lt;iframe src="https://video.example/embed/abc"&gt;&lt;/iframe&gt;</code></pre>'
    html = (
        "<html><body><h1>How to put a video on your page</h1>"
        f"<div class='story'>{STORY_HTML[:-4]}{code}{STORY_HTML}</div></body></html>"
    )
    assert '<iframe src="https://video.example/embed/abc"></iframe>' in parse_html(html).body


def test_section_headings_in_a_navy_colour_class_stay_in_the_body() -> None:
    # "text-navy" names a colour, not a navigation bar.
    sections = "".join(
        f'<section><div class="grid"><div class="copy"><h2 class="font-heading text-navy">Part {n} of the crossing</h2>'
        f"<p>{p}</p></div></div></section>"
        for n, p in enumerate(STORY, 1)
    )
    html = f"<html><body><h1>River ferry returns after repairs</h1><main>{sections}</main></body></html>"
    body = parse_html(html).body
    assert "Part 2 of the crossing" in body and "Part 3 of the crossing" in body


def test_a_mega_menu_of_names_before_the_headline_is_not_the_story() -> None:
    groups = ["Guitars", "Basses", "Drums", "Keyboards", "Microphones", "Monitors", "Cables", "Stands"]
    menu = "".join(
        f'<div class="dropdown-content"><div>{g}</div><div>'
        + " ".join(f"{kind} {g}" for kind in ("Solid", "Hollow", "Vintage", "Kids", "Travel", "Custom", "Left-handed"))
        + f" View All {g}</div></div>"
        for g in groups * 3
    )
    html = (
        f"<html><body><header><div>{menu}</div></header><main><h1>River ferry returns after repairs</h1>"
        f"<div class='text'>{STORY_HTML}</div></main></body></html>"
    )
    assert parse_html(html).body == STORY


PLAIN_POLICY = (
    "We keep the name and the address you give us when you order, so that we can send your parcel and"
    " answer your questions about it, and we delete them two years after your last order with us.",
    "When you write to us we read your message, reply to it, and keep the thread for a year, in case you"
    " write again about the same order and we need to know what was said before.",
    "You can ask us at any time to send you everything we hold about you, or to remove it, by writing to"
    " the address at the foot of this page, and we will answer within a month of your letter.",
)


def test_a_shops_policies_printed_in_its_product_wrapper_are_not_its_body() -> None:
    # Policies in plain words: their title, not their register, says what they are.
    policy = "".join(f"<p>{p}</p>" for p in PLAIN_POLICY * 3)
    html = (
        "<html><body><div class='page'><h1>Fellrunner Mid walking boot</h1>"
        f"<div class='rte'>{''.join(f'<p>{p}</p>' for p in PRODUCT)}</div>"
        "<footer><p>© 2025 Fell Shoes</p></footer>"
        f"<div class='dialog'><h2>Privacy policy</h2><div class='rte'>{policy}</div></div>"
        f"<div class='dialog'><h2>Refund policy</h2><div class='rte'>{policy}</div></div></div></body></html>"
    )
    body = parse_html(html).body
    assert not any(p in body for p in PLAIN_POLICY)
    assert all(p in body for p in PRODUCT)


def test_a_page_titled_as_a_policy_keeps_its_text() -> None:
    policy = "".join(f"<p>{p}</p>" for p in PLAIN_POLICY)
    html = f"<html><body><h1>Privacy policy</h1><div class='rte'>{policy}</div></body></html>"
    assert parse_html(html).body == PLAIN_POLICY


def test_the_subheads_over_lead_paragraphs_stay_in_the_body() -> None:
    lead = "".join(
        f"<div class='intro'><h2>Why the crossing matters {n}</h2><p>{p}</p></div>" for n, p in enumerate(STORY[:2])
    )
    more = "".join(f"<p>{p} Once more, {n}.</p>" for n in range(3) for p in STORY)
    html = (
        f"<html><body><main><h1>River ferry returns after repairs</h1>{lead}"
        f"<div class='plans'><div><div class='copy'>{more}</div></div></div></main></body></html>"
    )
    body = parse_html(html).body
    # (The first subhead, right under the headline, is read as the dek.)
    assert body[:3] == (STORY[0], "Why the crossing matters 1", STORY[1])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Solidbody Guitars Semi-hollowbody Guitars Hollowbody Guitars Baritone Guitars 7-string Guitars", True),
        ("Multi-effects Pedals Distortion, Overdrive & Boost Fuzz Reverb & Delay Compressor Pedals", True),
        ("Die Bundesregierung hat am Montag beschlossen, dass die Steuern für kleine Unternehmen steigen", False),
        ("The Shure SM7B is a legendary vocal microphone used by musicians and podcasters worldwide", False),
        ("Guitars Basses Drums", False),
        ("Difficulty: Beginner Length: 5 miles Trail Steward(s): Ricardo Valdez", False),
        ("Code in C#, Visual Basic, F#, C++, HTML, JavaScript, TypeScript, Python, and more", False),
        ("東京の川で修理を終えたフェリーが三か月ぶりに運航を再開し朝の通勤客でいっぱいになった", False),
    ],
)
def test_a_run_of_names_is_told_from_a_sentence(text: str, names: bool) -> None:
    assert is_name_run(text) is names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Privacy policy", True),
        ("2. Refund Policy", True),
        ("Terms of service", True),
        ("Datenschutzerklärung", True),
        ("Terms", False),
        ("Meta changes its privacy policy again", False),
    ],
)
def test_the_title_of_a_legal_document_is_told(text: str, title: bool) -> None:
    assert is_legal_title(text) is title


FERRY_CARDS = (
    (
        "Tickets on board",
        "Buy your ticket from the crew when you board the boat at either of the two quays.",
        "Cards and cash are both taken on every crossing, and children under five go free.",
    ),
    (
        "Bicycles travel free",
        "Wheel your bicycle on at the front ramp before the cars and vans are let on board.",
        "Racks on the lower deck hold twelve bicycles, and a pump is kept by the stairs.",
    ),
    (
        "Dogs are welcome",
        "Keep your dog on a lead on the open deck at all times, and off the seats inside.",
        "Water bowls are filled at the kiosk by the stairs on every crossing of the day.",
    ),
)


def test_a_short_section_between_a_section_above_the_story_and_the_story_joins_it() -> None:
    (head_a, a1, a2), (head_b, b1, b2), (head_c, *_) = GUIDE_SECTIONS[:3]
    first = f"<div><h2>{head_a}</h2><p>{a1} {a2}</p><p>{a2} {a1}</p><p>{a1}, and {a2}</p></div>"
    lead = f"<div><h2>{head_b}</h2><p>{b1} {b2}</p></div>"
    main = f"<div><h2>{head_c}</h2><div class='text'>{STORY_HTML}{STORY_HTML}</div></div>"
    html = f"<html><body><main><h1>The best walking boots of the year</h1>{first}{lead}{main}</main></body></html>"
    body = parse_html(html).body
    assert f"{a1} {a2}" in body and head_b in body and f"{b1} {b2}" in body and STORY[0] in body


def _short_section_page(short_at: int) -> tuple[str, str, str]:
    """A guide whose section ``short_at`` is a heading over one paragraph, the others three."""
    cards = []
    for n, (heading, a, b) in enumerate(GUIDE_SECTIONS):
        paragraphs = (f"{a} {b}",) if n == short_at else (f"{a} {b}", f"{b} {a}", f"{a}, and {b}")
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        cards.append(f"<div><h2>{heading}</h2><div><div>{text}</div></div></div>")
    heading, a, b = GUIDE_SECTIONS[short_at]
    html = (
        "<html><body><main><h1>The best walking boots of the year</h1>"
        f"<div><div>{STORY_HTML}{STORY_HTML}</div></div>{''.join(cards)}</main></body></html>"
    )
    return html, heading, f"{a} {b}"


def test_a_short_section_between_sections_of_a_guide_is_part_of_it() -> None:
    html, heading, paragraph = _short_section_page(1)
    body = parse_html(html).body
    assert heading in body and paragraph in body


def test_a_short_section_after_the_last_section_of_a_guide_is_not() -> None:
    html, _, paragraph = _short_section_page(len(GUIDE_SECTIONS) - 1)
    body = parse_html(html).body
    assert GUIDE_SECTIONS[0][0] in body and paragraph not in body


def test_a_dated_storys_subhead_that_names_a_policy_keeps_its_section() -> None:
    # News about a policy heads a section with its name; only an undated shop's dialogs are dropped.
    html = (
        "<html><head><meta property='article:published_time' content='2025-03-04T08:00:00Z'></head><body>"
        "<article><h1>Messenger app will delete old chats after ninety days</h1>"
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><h2>Privacy policy</h2><p>{STORY[2]}</p><p>{STORY[0]} Again.</p>"
        f"<h2>What users can do</h2><p>{STORY[1]} Again.</p></article></body></html>"
    )
    body = parse_html(html).body
    assert "Privacy policy" in body
    assert all(p in body for p in STORY)


def test_a_story_about_subscribers_keeps_its_sentences_and_drops_the_plea() -> None:
    # "Subscribers" and "a subscription" name what the story is about; "Subscribe" asks the reader.
    about = (
        "Most of the ferry's subscribers renewed their passes this spring.",
        "The yearly subscription now costs less than twenty single fares.",
        "Registered travellers board first on the morning sailings.",
        "Subscribers who travel daily asked for a later last sailing.",
    )
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p>{''.join(f'<p>{p}</p>' for p in about)}<p>{STORY[1]}</p>"
        "<p>Subscribe to our newsletter</p>"
        f"<p>{STORY[2]}</p></article></body></html>"
    )
    body = parse_html(html).body
    assert all(p in body for p in about)
    assert "Subscribe to our newsletter" not in body


def test_a_section_in_a_page_builders_widget_carries_the_story_on() -> None:
    # Page builders name every module "widget"; the questions after a guide sit in one of their own.
    faq = "".join(f"<h3>{heading}?</h3><p>{a} {b}</p><p>{b}, and {a}</p>" for heading, a, b in GUIDE_SECTIONS[:2])
    html = (
        "<html><body><main><h1>River ferry returns after repairs</h1>"
        f"<div class='text-module widget'><div class='inner'>{STORY_HTML}{STORY_HTML}</div></div>"
        f"<div class='faq-module widget'><h2>Questions readers asked</h2>{faq}</div>"
        "</main></body></html>"
    )
    body = parse_html(html).body
    assert "Questions readers asked" in body and all(f"{a} {b}" in body for _, a, b in GUIDE_SECTIONS[:2])


def test_a_section_whose_heading_text_sits_in_a_box_inside_the_heading_carries_the_story_on() -> None:
    # Scripts print a heading's text in a <div> inside the <h2>: the section still has its heading.
    heading, a, b = GUIDE_SECTIONS[1]
    text = f"<p>{a} {b}</p><p>{b} {a}</p><p>{a}, and {b}</p>"
    section = f"<section><h2><div>{heading}</div></h2><div>{text}</div></section>"
    html = (
        "<html><body><main><h1>The best walking boots of the year</h1>"
        f"<section><div><div>{STORY_HTML}{STORY_HTML}{STORY_HTML}</div></div></section>{section}</main></body></html>"
    )
    body = parse_html(html).body
    assert heading in body and f"{a} {b}" in body


def test_a_paywall_line_that_names_subscribers_once_is_not_story() -> None:
    # Named once, in a box beside the story, subscribers are the site's offer, not the story's topic.
    offer = "First-time subscribers also receive a printed map of the estuary and its ferry routes."
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{offer}</p><p>{STORY[2]}</p></article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def test_a_menu_of_newsletters_does_not_make_a_page_about_them() -> None:
    # Four menu items name newsletters; the story does not: its paywall line is still no story.
    menu = "".join(
        f"<li>Our newsletters bring the harbour's news to your inbox every {day}.</li>"
        for day in ("morning", "evening", "Friday", "Sunday")
    )
    offer = "Subscribers get unlimited access to every story we publish."
    html = (
        f"<html><body><nav><ul>{menu}</ul></nav><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{offer}</p><p>{STORY[2]}</p></article>"
        "<footer><p>Copyright 2025 Harbour News</p></footer></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def test_registering_asks_for_an_act_even_on_a_page_about_subscribers() -> None:
    # "Registering" and "registers" are the verb: a plea, not a thing the story is about.
    about = (
        "Most of the ferry's subscribers renewed their passes this spring.",
        "The yearly subscription now costs less than twenty single fares.",
        "Subscribers who travel daily asked for a later last sailing.",
        "The newsletter for subscribers now lists every change to the timetable.",
    )
    plea = "Registering takes a minute and opens every story to you."
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p>{''.join(f'<p>{p}</p>' for p in about)}<p>{STORY[1]}</p>"
        f"<p>{plea}</p><p>{STORY[2]}</p></article></body></html>"
    )
    body = parse_html(html).body
    assert all(p in body for p in about)
    assert plea not in body


SERVICE_INTRO = (
    "Our studio repairs and restores wooden boats of every size, from small rowing dinghies to the old sailing"
    " barges that still work the estuary, and we have done so from the same yard by the north quay for forty years.",
    "Every job starts with a survey: we lift the boat, take off the old paint where we need to, and go over every"
    " plank, frame and fastening, then write down what we found and what we would do, with a price for each part.",
    "Most owners bring their boats in over the winter, when the yard is quiet and the sheds are warm enough for"
    " the glue and varnish to set, and take them home in the spring ready for the season ahead of them.",
)
SERVICE_OFFERS = ("Hull survey", "Plank repair", "Deck renewal", "Engine refit", "Rigging", "Winter storage")


def _service_page(head: str = "", offers: tuple[str, ...] = SERVICE_OFFERS) -> str:
    """A boatyard's page of services: an intro of three paragraphs in its own wrapper, then one
    card per offer (a heading over a list of short terms), none of them prose."""
    cards = "".join(
        f"<div class='card'><h3>{o}</h3><ul><li>Price on request for the {o.lower()} work</li>"
        "<li>Booked for the winter months</li><li>Fixed quote after our visit to the boat</li></ul></div>"
        for o in offers
    )
    intro = "".join(f"<p>{p}</p>" for p in SERVICE_INTRO)
    return (
        f"<html><head><title>Boat repairs</title>{head}</head><body><nav><a href='/'>Home</a>"
        f" <a href='/about'>About</a></nav><main><h1>Boat repairs at the north quay</h1>"
        f"<div class='intro'>{intro}</div><div class='offers'>{cards}</div></main>"
        "<footer>Copyright 2024 The Quay Boatyard</footer></body></html>"
    )


def test_an_undated_page_of_many_sections_is_its_whole_main_area() -> None:
    body = parse_html(_service_page()).body
    assert body[:3] == SERVICE_INTRO
    assert all(o in body for o in SERVICE_OFFERS)
    assert "Booked for the winter months" in body


@pytest.mark.parametrize(
    "head",
    [
        "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>",
        "<meta property='og:type' content='article'>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Boat repairs"}</script>',
    ],
)
def test_a_dated_or_declared_story_keeps_its_own_extent(head: str) -> None:
    assert parse_html(_service_page(head)).body == SERVICE_INTRO


def test_a_page_with_few_sections_keeps_its_story() -> None:
    assert parse_html(_service_page(offers=SERVICE_OFFERS[:3])).body == SERVICE_INTRO


def test_a_main_area_that_adds_mostly_links_keeps_the_story() -> None:
    """Headed rows of links under an undated intro are a menu of other pages, not its sections."""
    intro = "".join(f"<p>{p}</p>" for p in SERVICE_INTRO)
    rows = "".join(
        f"<div class='more'><h3>{o}</h3><p><a href='/{n}/a'>Read about {o.lower()} for small boats</a> and "
        f"<a href='/{n}/b'>{o.lower()} prices for the season</a>, then "
        f"<a href='/{n}/c'>book a visit to the yard</a></p></div>"
        for n, o in enumerate(SERVICE_OFFERS)
    )
    html = (
        "<html><head><title>Boat repairs</title></head><body><main><h1>Boat repairs at the north quay</h1>"
        f"<div class='intro'>{intro}</div><div class='links'>{rows}</div></main></body></html>"
    )
    assert parse_html(html).body == SERVICE_INTRO


def test_the_trust_evidence_of_a_page_of_sections_is_the_storys() -> None:
    """The body widens to the main area; page type and confidence still read the story as found
    (its blocks as the core, the evidence of a body that took no main area), as they were fitted."""
    page = tree_to_page(tree_from_text(_service_page())[0])
    head = next(b.index for b in page.blocks if b.heading_level == 1)
    story = html_body(page, head)
    intro = [b.index for b in page.blocks if b.text in SERVICE_INTRO]
    assert set(intro) <= set(story.core) and not any(page.blocks[i].text in SERVICE_OFFERS for i in story.core)
    assert any(page.blocks[i].text in SERVICE_OFFERS for i in story.indices)
    assert story.evidence["body_area_taken"] == 0.0
    assert story.evidence["body_of_area"] < 0.6


def test_a_post_signed_off_with_its_date_keeps_its_own_extent() -> None:
    """A blog prints "posted by … on …" under the post, not by its headline: the page is dated."""
    more = "".join(f"<p>{p.replace('boat', 'dinghy')}</p>" for p in SERVICE_INTRO)
    offers = SERVICE_OFFERS + tuple(f"{o} for dinghies" for o in SERVICE_OFFERS)
    page = _service_page(offers=offers).replace("<div class='intro'>", f"<div class='intro'>{more}")
    assert any(o in parse_html(page).body for o in SERVICE_OFFERS)
    signed = page.replace(
        "</div><div class='offers'>", "<p>Posted by Ana Lima on 24 July 2017</p></div><div class='offers'>"
    )
    body = parse_html(signed).body
    assert body[-3:] == SERVICE_INTRO
    assert not any(o in body for o in offers)


def _review_page(after_list: str) -> str:
    """A review with a list of pros after a paragraph, then what ``after_list`` puts before the next section."""
    pros = "".join(f"<li>{item}</li>" for item in PROS)
    return (
        "<html><body><h1>Three river cruises we tried this summer</h1><div class='review'>"
        f"<p>{STORY[0]}</p><h4>Pros</h4><ul>{pros}</ul>{after_list}"
        f"<h2>The estuary loop</h2>{''.join(f'<p>{p}</p>' for p in STORY[1:])}</div></body></html>"
    )


PROS = ("Quiet engines", "Cheap fares for children", "Runs every hour")


@pytest.mark.parametrize(
    "after_list",
    [
        "<div><a href='https://quayline.example/book'>Book a crossing</a></div>",
        "<div class='price'>From $12.00</div><div><a href='https://quayline.example/book'>Book a crossing</a></div>",
    ],
)
def test_a_list_after_a_paragraph_stays_in_the_body_before_a_button(after_list: str) -> None:
    # The paragraph introduces the list; the button after it belongs to the page, the list to the story.
    body = parse_html(_review_page(after_list)).body
    assert body[: 1 + 1 + len(PROS)] == (STORY[0], "Pros", *PROS)
    assert "Book a crossing" not in body
    assert "From $12.00" not in body


def test_a_single_short_line_after_a_paragraph_before_a_button_stays_out() -> None:
    # One short item is a label or a date, not a list the story introduces.
    html = (
        "<html><body><h1>River ferry returns after repairs</h1><div class='story'>"
        f"<p>{STORY[0]}</p><ul><li>Updated at noon</li></ul>"
        "<div><a href='https://quayline.example/book'>Book a crossing</a></div>"
        f"{''.join(f'<p>{p}</p>' for p in STORY[1:])}</div></body></html>"
    )
    assert parse_html(html).body == STORY


def test_a_list_under_a_subhead_after_a_button_stays_in_the_body() -> None:
    # The section's heading introduces the list; the button before it ends the section above.
    pros = "".join(f"<li>{item}</li>" for item in PROS)
    html = (
        "<html><body><h1>Three river cruises we tried this summer</h1><div class='review'>"
        f"<p>{STORY[0]}</p><div><a href='https://quayline.example/book'>Book a crossing</a></div>"
        f"<h2>The estuary loop</h2><h4>Pros</h4><ul>{pros}</ul>"
        f"{''.join(f'<p>{p}</p>' for p in STORY[1:])}</div></body></html>"
    )
    body = parse_html(html).body
    assert body == (STORY[0], "The estuary loop", "Pros", *PROS, *STORY[1:])


def test_a_list_after_the_last_paragraph_before_a_box_stays_out() -> None:
    # The story ends at its last paragraph: a list of offers over a paywall's button is the box's.
    offers = "".join(f"<li>{item}</li>" for item in ("Every story on the site", "The paper as an app", "A month free"))
    html = (
        "<html><body><h1>River ferry returns after repairs</h1><div class='story'>"
        f"{''.join(f'<p>{p}</p>' for p in STORY)}<p>Choose your pass:</p><ul>{offers}</ul>"
        "<div><a href='https://quayline.example/pass'>Get the pass</a></div></div></body></html>"
    )
    assert parse_html(html).body == STORY


FERRY_DOCUMENTS = ("The summer timetable", "Fares for children and bicycles", "A map of the landings")


def _announced_page(intro: str) -> str:
    """A story whose second paragraph is followed by a list of links, then by the rest of the story."""
    links = "".join(f"<li><a href='https://quayline.example/{n}'>{t}</a></li>" for n, t in enumerate(FERRY_DOCUMENTS))
    return (
        "<html><body><h1>Ferry back in service</h1><article>"
        f"<p>{STORY[0]}</p><p>{intro}</p><ul>{links}</ul><p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</article></body></html>"
    )


def test_links_that_a_sentence_of_the_story_announces_stay_in_it() -> None:
    intro = "The operator put three documents about the new service on its website this week:"
    body = parse_html(_announced_page(intro)).body
    assert body == (STORY[0], intro, *FERRY_DOCUMENTS, *STORY[1:])


@pytest.mark.parametrize(
    "intro",
    [
        "The operator put three documents about the new service on its website this week.",
        "Related:",
    ],
)
def test_links_after_a_sentence_that_announces_nothing_stay_out(intro: str) -> None:
    body = parse_html(_announced_page(intro)).body
    assert not set(FERRY_DOCUMENTS) & set(body)
    assert body[0] == STORY[0] and body[-2:] == STORY[1:]


def test_one_link_that_a_sentence_announces_is_a_button() -> None:
    intro = "To book a crossing on the first boat of the summer, press the button below:"
    page = _announced_page(intro).replace(f"<a href='https://quayline.example/0'>{FERRY_DOCUMENTS[0]}</a>", "")
    assert parse_html(page).body == (STORY[0], intro, *FERRY_DOCUMENTS[1:], *STORY[1:])
    button = "".join(f"<p>{p}</p>" for p in STORY[1:])
    button = f"<div><a href='https://quayline.example/book'>Book now</a></div>{button}"
    html = _announced_page(intro).split("<ul>")[0] + button + "</article></body></html>"
    assert parse_html(html).body == (STORY[0], intro, *STORY[1:])


MORE_FERRY = (
    "The harbour master said the new engines burn a third less fuel, and that the quieter crossing had already"
    " brought back the seals that used to rest on the sandbank below the north quay.",
    "Fares stay as they were until the autumn, when the council will decide whether the savings on fuel can pay"
    " for a second boat at the busiest hours of the morning and the evening.",
    "Cyclists may take their bicycles on board again, in the racks at the stern, which the engineers moved to"
    " make room for the new steering gear and the larger lifeboats.",
)


def test_an_anchor_id_spelled_from_a_question_names_no_page_area() -> None:
    section = "".join(f"<p>{p}</p>" for p in MORE_FERRY)
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1><div class='story'>"
        f"{FERRY_STORY}<div id='how-popular-are-river-ferries-now'><h2>How popular are river ferries now?</h2>"
        f"{section}</div></div></article></body></html>"
    )
    assert parse_html(html).body == (*STORY, "How popular are river ferries now?", *MORE_FERRY)


def test_an_area_named_with_a_question_keeps_its_area_words() -> None:
    from newsparse.cues.markup import F_FOOTER, F_RELATED, classify

    assert classify("who-we-are-footer-menu") & F_FOOTER
    assert classify("footer-menu-who-we-are-links") & F_FOOTER
    assert classify("how-it-works-related-posts") & F_RELATED
    assert not classify("how-popular-are-river-ferries-now") & F_RELATED


def test_prose_above_a_subhead_taken_for_the_headline_stays_in_the_story() -> None:
    more = "".join(f"<p>{p}</p>" for p in MORE_FERRY)
    html = (
        "<html><head><title>River ferry returns: what changes</title></head><body>"
        f"<div class='story'>{FERRY_STORY}<h2>River ferry returns in 2026: what changes</h2>{more}</div>"
        "</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "River ferry returns in 2026: what changes"
    assert article.body == (*STORY, *MORE_FERRY)


def test_a_short_paragraph_named_like_the_story_parts_around_it_is_the_story() -> None:
    # A document generator prints every paragraph in its own element of one name; a short one that
    # introduces a code listing is too short to score, and is named like the rest all the same.
    parts = [f"<div class='paragraph'><p>{p}</p></div>" for p in (*STORY, *MORE_FERRY)]
    intro = "<div class='paragraph'><p>Book a crossing from the quay:</p></div>"
    listing = "<div class='listingblock'><pre>ferry book --from quay</pre></div>"
    html = (
        "<html><body><h1>River ferry returns after repairs</h1><div class='sectionbody'>"
        f"<div class='sect'>{''.join(parts[:2])}{intro}{listing}</div>"
        f"<div class='sect'>{''.join(parts[2:4])}</div><div class='sect'>{''.join(parts[4:])}</div>"
        "</div></body></html>"
    )
    body = parse_html(html).body
    assert "Book a crossing from the quay:" in body
    assert all(p in body for p in STORY + MORE_FERRY)


def test_the_parts_of_a_scattered_story_are_named_by_what_most_of_them_share() -> None:
    # The name read does not hang on the order a set gives its items; bare parts name nothing.
    from newsparse.read.source import tree_from_text
    from newsparse.read.walk import tree_to_page
    from newsparse.segments.body.story import _parts_name

    named = (
        '<html><body><div class="holder"><div class="other"><p>a</p></div><div class="part"><p>b</p></div>'
        '<div class="part"><p>c</p></div></div></body></html>'
    )
    page = tree_to_page(tree_from_text(named)[0])
    ids = {tokens: ident for ident, tokens in page.element_tokens.items()}
    holder = ids[frozenset({"holder"})]
    parts = [ident for ident, tokens in page.element_tokens.items() if tokens != frozenset({"holder"})]
    for chosen in (parts, parts[::-1], [*parts[1:], parts[0]]):
        assert _parts_name(page, chosen, holder) == ("div", frozenset({"part"}))
    bare = '<html><body><div class="holder"><div><p>a</p></div><div><p>b</p></div></div></body></html>'
    page = tree_to_page(tree_from_text(bare)[0])
    holder = next(ident for ident, tokens in page.element_tokens.items() if tokens == frozenset({"holder"}))
    divs = [ident for ident, tag in page.element_tags.items() if tag == "div" and ident != holder]
    assert _parts_name(page, divs, holder) is None


# What the invented ferry site prints about itself inside its story's container.
LINK_EARNINGS_LINE = "Tickets are picked by our editors. Purchases made through our links may earn us a commission."
AFFILIATE_LINE = "As a member of the Harbour Shop associates program we earn from qualifying purchases."
INBOX_LINE = "Get the latest timetable news delivered straight to your inbox: sign up for our newsletter."


def test_what_the_site_says_of_its_links_and_its_mailing_list_is_not_story() -> None:
    boxes = "".join(f"<p>{line}</p>" for line in (LINK_EARNINGS_LINE, AFFILIATE_LINE, INBOX_LINE))
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<div class='text'><p>{LINK_EARNINGS_LINE}</p><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"<p>{INBOX_LINE}</p><p>{STORY[2]}</p>{boxes}</div></article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def test_a_story_about_commissions_and_inboxes_keeps_its_sentences() -> None:
    # Said of others, or of what lands in an inbox, commissions and inboxes are what the story is about.
    about = (
        "Ticket agents at the quay earn a commission of five percent on every season pass they sell.",
        "Scam emails about cancelled sailings delivered to your inbox often look like the real notices.",
        "The copyright on the old timetable posters passed to the town museum last year.",
        "Copyright Battles in a Crowded Harbour",
        "Merchant and affiliate programs let the ferry's shop add links to its maps and pay the quay's clubs.",
        "Photo of the quay © Estuary Ferry Gazette, taken from the hill above the town last spring.",
        "© Provided by Harbour Pictures The ferry left the north quay at dawn with forty passengers aboard,"
        " the first crossing since the storm in March.",
    )
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p>{''.join(f'<p>{p}</p>' for p in about)}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</article></body></html>"
    )
    assert parse_html(html).body == (STORY[0], *about, STORY[1], STORY[2])


def test_sentences_where_the_site_is_not_who_earns_or_signs_you_up_are_story() -> None:
    # Someone else earns, a speaker's quoted words, an inbox with no list to join: the story's own lines.
    about = (
        "My broker told me he could earn a commission from every ferry ticket he sold.",
        "Stay wary of messages that land in your inbox claiming to be from the ferry company.",
        "Scammers are sending fake sailing updates straight to your inbox, the harbour master warned.",
        '"We may receive a commission on each season pass," the ticket agent said.',
        "Agents pay commissions on sales made through the booking site, our analysis found.",
        # Someone's pay, or money that no link or purchase brings.
        "This article explains how much a ferry pilot earns on the estuary.",
        "I make money from the ferry cafe and from teaching sailing on weekends.",
        "I earn money from freelance charts and from mending nets in winter.",
    )
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p>{''.join(f'<p>{p}</p>' for p in about)}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</article></body></html>"
    )
    assert parse_html(html).body == (STORY[0], *about, STORY[1], STORY[2])


BIO = "Jo Marsh has covered the estuary's ferries and harbours for the gazette since the first timetable strike."


@pytest.mark.parametrize(
    "box",
    [
        f"<h2>About the author</h2><p>{BIO}</p><p>Jo Marsh lives by the north quay with two herons.</p>",
        f"<p><b>About the Author:</b></p><p>{BIO}</p>",
        f"<p>About the author: {BIO}</p>",
    ],
)
def test_the_box_about_the_author_in_the_story_container_is_not_story(box: str) -> None:
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<div class='text'>{STORY_HTML}{box}</div></article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def test_a_section_after_the_box_about_the_author_is_story_again() -> None:
    more = "The ferry company will publish a winter timetable for the estuary crossing next month."
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<div class='text'>{STORY_HTML}<h3>About the author</h3><p>{BIO}</p><h2>What comes next</h2><p>{more}</p>"
        "</div></article></body></html>"
    )
    assert parse_html(html).body == (*STORY, "What comes next", more)


@pytest.mark.parametrize("label", ["<p>About the author</p>", "<h3>About the author</h3>"])
def test_a_closing_label_the_story_goes_on_past_is_furniture_alone(label: str) -> None:
    # More story follows than stands above it: no box closes the story here.
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<div class='text'><p>{STORY[0]}</p>{label}<p>{STORY[1]}</p><p>{STORY[2]}</p></div></article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


def test_a_closing_box_over_a_rail_of_links_is_measured_by_its_prose() -> None:
    # The related links under the bio are furniture already: the box is the bio, short beside the story.
    rail = "".join(
        f'<p>Related: <a href="/story-{n}">Harbour board story number {n} about the quay and its budget</a></p>'
        for n in range(12)
    )
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"{STORY_HTML}<p>About the author</p><p>{BIO}</p>{rail}</article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


@pytest.mark.parametrize("label", ["<p>Cite this article</p>", '<p><a href="#cite">Cite this article</a></p>'])
def test_a_closing_label_above_the_story_is_furniture_alone(label: str) -> None:
    # Under the byline, before any of the story's prose, the label closes nothing.
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1><p>By Jo Marsh</p>"
        f"{label}{STORY_HTML}</article></body></html>"
    )
    assert parse_html(html).body == tuple(STORY)


# The text under a product's or a guide's tabs and accordion panels, printed closed.
PANEL_TEXT = (
    "The frame folds in two movements, and the hinge locks with a lever that a gloved hand can work in the rain.",
    "Each wheel runs on sealed bearings, which the makers say need no grease for the first five thousand kilometres.",
    "The battery sits under the rack, slides out to be charged indoors, and lasts about sixty kilometres a charge.",
)


def _panel_page(panels: str, *, head: str = "") -> str:
    return (
        f"<html><body><header>{head}</header><main><h1>The Marlow folding bike, tried on hills</h1>{STORY_HTML}"
        f"{panels}</main><footer><p>Copyright 2025 Quayline Cycles.</p></footer></body></html>"
    )


def test_the_text_of_closed_tab_panels_is_read() -> None:
    tabs = "".join(
        f'<button role="tab" aria-controls="tab-{n}" aria-selected="false">Part {n}</button>' for n in range(3)
    )
    panes = "".join(f'<div role="tabpanel" id="tab-{n}" hidden><p>{p}</p></div>' for n, p in enumerate(PANEL_TEXT))
    body = parse_html(_panel_page(f'<div role="tablist">{tabs}</div>{panes}')).body
    assert body == (*STORY, *PANEL_TEXT)


def test_closed_accordion_panels_and_kit_tab_panes_are_read() -> None:
    accordion = (
        f'<button aria-expanded="false" aria-controls="fold-1">Frame</button>'
        f'<div id="fold-1" style="display: none"><p>{PANEL_TEXT[0]}</p></div>'
        f'<button aria-expanded="false" aria-controls="fold-2">Wheels</button>'
        f'<dl><dt>Wheels</dt><dd id="fold-2" aria-hidden="true"><p>{PANEL_TEXT[1]}</p></dd></dl>'
    )
    # A tab list whose links point at tab panes, as front-end kits write tabs without ARIA.
    kit = (
        '<ul class="nav nav-tabs"><li><a href="#battery">Battery</a></li></ul>'
        f'<div class="tab-content"><div class="tab-pane fade" id="battery" style="display:none"><p>{PANEL_TEXT[2]}</p>'
        "</div></div>"
    )
    body = parse_html(_panel_page(accordion + kit)).body
    assert body[: len(STORY)] == STORY
    assert all(p in body for p in PANEL_TEXT)


def test_a_closed_panel_in_a_script_written_without_spaces_is_read() -> None:
    # Chinese puts no space between words: the panel's words are counted as its script counts them.
    panel = (
        "这款折叠车的车架分两步折叠，铰链用一根杠杆锁紧，戴着手套在雨中也能操作。"
        "每个车轮都装有密封轴承，厂家说前五千公里不需要加油。"
    )
    tab = '<button role="tab" aria-controls="spec">规格</button>'
    body = parse_html(_panel_page(f'{tab}<div role="tabpanel" id="spec" hidden><p>{panel}</p></div>')).body
    assert body == (*STORY, panel)


def test_what_stays_hidden_inside_a_closed_panel_does_not_make_it_prose() -> None:
    # Opened, this panel shows two labels: the prose under them is hidden inside it too.
    inner = f'<p hidden>{PANEL_TEXT[0]} {PANEL_TEXT[1]}</p><p style="display: none">{PANEL_TEXT[2]}</p>'
    panel = f'<div role="tabpanel" hidden>{inner}<p>Frame</p><p>Wheels</p></div>'
    root, _ = tree_from_text(_panel_page(panel))
    texts = [block.text for block in tree_to_page(root).blocks]
    assert "Frame" not in texts
    assert "Wheels" not in texts


def test_closed_panels_that_are_no_text_of_the_page_stay_closed() -> None:
    header_menu = (
        '<button aria-controls="shop-menu">Shop</button><div id="shop-menu" hidden><p>Our whole range of folding'
        " bikes, city bikes and cargo bikes is in stock today, with free delivery over fifty pounds.</p></div>"
    )
    panels = (
        # A panel of links is navigation.
        '<div role="tabpanel" hidden><p>Shop by the kind of bike.</p><p><a href="/a">Folding bikes for the city and the'
        ' train</a>, <a href="/b">Cargo bikes for families and shops</a>, <a href="/c">Spare parts and tools</a>.'
        "</p></div>"
        # The mobile copy of text that the page shows.
        f'<div role="tabpanel" hidden><p>{STORY[1]}</p></div>'
        # Labels, no sentence.
        '<div role="tabpanel" hidden><p>Weight 14 kg Wheel size 20 inches Gears 8 speed Colour blue Frame aluminium'
        " Brakes disc</p></div>"
        # A dialog is no panel.
        '<button aria-controls="signup">Sign up</button><div id="signup" role="dialog" style="display:none"><p>Sign'
        " up for our weekly letter about cycling, and get ten percent off your first order with us.</p></div>"
    )
    html = _panel_page(panels, head=header_menu)
    assert parse_html(html).body == STORY
    root, _ = tree_from_text(html)
    texts = [block.text for block in tree_to_page(root).blocks]
    assert texts.count(STORY[1]) == 1
    assert not any(word in text for text in texts for word in ("range", "Cargo", "Weight", "letter"))


@pytest.mark.parametrize("placeholder", ["Loading\u2026", "Loading prices\u2026", "Loading more reviews..."])
def test_a_placeholder_line_is_furniture(placeholder: str) -> None:
    html = _panel_page(f"<p>{placeholder}</p>")
    assert parse_html(html).body == STORY


def test_a_script_placeholder_in_a_closed_panel_that_is_read_is_furniture() -> None:
    # The panel is read for its prose; the placeholder a script would replace is not part of it.
    panel = f'<div role="tabpanel" hidden><p>Loading reviews\u2026</p><p>{PANEL_TEXT[0]}</p></div>'
    assert parse_html(_panel_page(panel)).body == (*STORY, PANEL_TEXT[0])


@pytest.mark.parametrize("line", ["Loading the ferry took hours\u2026", "Loading the ferry"])
def test_a_sentence_or_a_subhead_that_opens_with_loading_is_story(line: str) -> None:
    # A placeholder says it is under way ("Loading comments…"); a subhead of two words after the verb does not.
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{STORY[0]}</p><p>{line}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"
    )
    assert parse_html(html).body == (STORY[0], line, STORY[1], STORY[2])


FERRY_BOATS = ("The Heron", "The Osprey", "The Curlew")


def _boats_page(hrefs: tuple[str, ...]) -> str:
    """A story that names each boat in a heading linked to ``hrefs``, with a paragraph under it."""
    parts = "".join(
        f"<h2><a href='{href}'>{boat}</a></h2><p>{text}</p>"
        for boat, href, text in zip(FERRY_BOATS, hrefs, STORY, strict=True)
    )
    return (
        "<html><head><link rel='canonical' href='https://courier.example/ferries/boats'></head><body>"
        f"<h1>Three boats for the bay</h1><article><p>{STORY[0]}</p>{parts}</article></body></html>"
    )


@pytest.mark.parametrize(
    "hrefs",
    [
        tuple(f"https://shipyard{n}.example/boats/{n}" for n in range(3)),
        tuple(f"#boat-{n}" for n in range(3)),
    ],
)
def test_headings_linked_to_what_they_name_are_subheads_of_the_story(hrefs: tuple[str, ...]) -> None:
    body = parse_html(_boats_page(hrefs)).body
    assert body == (STORY[0], *(p for pair in zip(FERRY_BOATS, STORY, strict=True) for p in pair))


@pytest.mark.parametrize(
    "hrefs",
    [
        tuple(f"https://courier.example/ferries/story-{n}" for n in range(3)),
        tuple(f"/ferries/story-{n}" for n in range(3)),
    ],
)
def test_headings_linked_to_other_pages_of_the_site_are_teasers(hrefs: tuple[str, ...]) -> None:
    body = parse_html(_boats_page(hrefs)).body
    assert not set(FERRY_BOATS) & set(body)


@pytest.mark.parametrize("cards", [1, 2])
def test_a_linked_heading_set_aside_or_alone_titles_a_preview_of_the_page_it_links_to(cards: int) -> None:
    # Alone, a preview need not be set aside; two or more are previews when they are.
    card = (
        "<aside><h3><a href='https://harbourtimes.example/ferry-timetable'>Ferry timetable | Harbour Times</a></h3>"
        f"<p>{STORY[1]}</p></aside>"
    ) * cards
    if cards == 1:
        card = card.replace("aside>", "div>")
    html = (
        "<html><head><link rel='canonical' href='https://courier.example/ferries/boats'></head><body>"
        f"<h1>Three boats for the bay</h1><article><p>{STORY[0]}</p>{card}<p>{STORY[2]}</p></article></body></html>"
    )
    assert "Ferry timetable | Harbour Times" not in parse_html(html).body


def test_a_linked_heading_that_calls_to_order_is_an_advert() -> None:
    advert = "<h4><a href='https://shop.example/medaille'>Die Fährmedaille in Gold - jetzt bestellen!</a></h4>"
    html = (
        "<html><head><link rel='canonical' href='https://courier.example/ferries/boats'></head><body>"
        f"<h1>Three boats for the bay</h1><article><p>{STORY[0]}</p>{advert}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</article></body></html>"
    )
    assert parse_html(html).body == STORY


def test_the_linked_items_of_a_list_that_holds_a_sentence_of_the_story_stay_in_the_body() -> None:
    # A packing list names the gear it links to: one list, whose sentence-long item is story.
    items = (
        "A rain jacket, since the crossing is open to the wind and the spray for most of the hour.",
        "<a href='https://gear.example/tent'>A two-person tent</a>",
        "Warm socks (<a href='https://gear.example/socks'>wool ones from the harbour shop</a>)",
    )
    html = (
        "<html><body><h1>What to pack for the island ferry</h1><div class='story'>"
        f"<p>{STORY[0]}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
        f"{''.join(f'<p>{p}</p>' for p in STORY[1:])}</div></body></html>"
    )
    body = parse_html(html).body
    assert "A two-person tent" in body
    assert "Warm socks (wool ones from the harbour shop)" in body
