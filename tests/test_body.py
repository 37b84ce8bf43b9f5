"""The body of small HTML pages built for the tests: which blocks are the story."""

from __future__ import annotations

from conftest import FERRY_PARAGRAPHS

from newsparse import parse_html

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
