"""What people see: Markdown, text, HTML, the notebook card and the glance; hostile pages render inert."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import FERRY_PARAGRAPHS
from lxml import html as lxml_html

from newsparse import Article, BodyBlock, Byline, Copyright, InlineLink, PageWarning, RelatedLink, parse_html
from newsparse.output.render import live_url

markdown_it = pytest.importorskip("markdown_it")

URL = "https://bay.example/news/2025/ferry"
FIRST, SECOND, THIRD = FERRY_PARAGRAPHS
# Markup written as text on the page: shown, never run.
SHOWN_MARKUP = '<script>alert("x")</script>'
HOSTILE_PAGE = f"""<html><head><title>Ferry</title><script>alert("head")</script></head><body>
<article>
<h1>&lt;script&gt;alert(1)&lt;/script&gt; River ferry &lt;img src=x onerror=alert(2)&gt; returns to service</h1>
<p class="dek">The boats are back &lt;iframe src="javascript:alert(3)"&gt; after the repairs in the dry dock</p>
<p>{FIRST} Read <a href="javascript:alert(4)">the notice</a>, <a href=" JaVaScRiPt:alert(5)">the plan</a>,
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">the map</a> and
<a href="/timetable">the timetable</a>; written as text: [link](javascript:alert(7)) &lt;b onclick=alert(8)&gt;.</p>
<script>document.write("<p>written by a script</p>")</script>
<p>{SECOND}</p>
<ul><li><a href="vbscript:msgbox(9)">A link with a script scheme</a> inside a list item of the story</li>
<li>Another item of the list, with enough words to be a point of the story</li></ul>
<p>{THIRD}</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/local/ferry-timetable-winter">Ferry timetable changes for the winter season</a></li>
<li><a href="/local/tram-line-consultation">Tram line consultation draws record number of replies</a></li>
<li><a href="/local/market-district-parking-rules">Market district parking rules to change in March</a></li>
<li><a href="javascript:alert(10)">Harbour master hands over the keys after forty years</a></li>
</ul></aside>
</body></html>"""
# Elements that run code, load something or send something.
ACTIVE_TAGS = {"script", "style", "iframe", "frame", "object", "embed", "img", "svg", "form", "input", "link", "meta"}


def hostile_article() -> Article:
    """An article whose every string and URL is hostile, as ``Article.from_dict`` would accept it."""
    return Article(
        headline=SHOWN_MARKUP,
        subheading="<img src=x onerror=alert(1)>",
        byline=Byline(text="By <b>Jo</b>", authors=("Jo",), published=dt.date(2025, 3, 4)),
        body=("[x](javascript:alert(2)) and <a href='javascript:alert(3)'>y</a>",),
        body_blocks=(
            BodyBlock(
                "paragraph",
                "[x](javascript:alert(2)) and <a href='javascript:alert(3)'>y</a> and the link",
                links=(InlineLink("the link", "javascript:alert(4)"),),
            ),
            BodyBlock("list", "one\ntwo", items=("one", "two"), links=(InlineLink("two", "data:text/html,x"),)),
            BodyBlock("table", "<td>\t|", rows=(("<td>", "|"),)),
            BodyBlock("preformatted", "</pre><script>alert(5)</script>"),
            BodyBlock("heading", "<h1 onclick=alert(6)>", level=2),
            BodyBlock("quote", "<blockquote>"),
        ),
        related_links=(
            RelatedLink("<i>teaser</i>", "javascript:alert(7)"),
            RelatedLink("data", "data:text/html;base64,PHNjcmlwdD4="),
            RelatedLink("spaced", " https://evil.example/"),
        ),
        copyright=Copyright("© <script>alert(8)</script>"),
        url="javascript:alert(9)",
        site_name="<marquee>",
        warnings=(PageWarning("<code>", "<script>alert(10)</script>"),),
    )


def assert_inert(markup: str) -> None:
    """The HTML runs nothing and links only to http(s) URLs."""
    tree = lxml_html.fragment_fromstring(markup, create_parent="div")
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ACTIVE_TAGS, lxml_html.tostring(el)
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (name, value)
            if name in ("href", "src", "action", "formaction", "srcdoc"):
                assert value.startswith(("https://", "http://")), (name, value)
            assert "javascript:" not in value.lower() or name == "title", (name, value)


def render_markdown(text: str) -> str:
    """Markdown as a notebook shows it: raw HTML allowed, tables on."""
    return str(markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(text))


@pytest.fixture(scope="module")
def hostile() -> Article:
    return parse_html(HOSTILE_PAGE, url=URL)


def test_the_hostile_page_parses_with_its_text_shown(hostile: Article) -> None:
    assert hostile.headline is not None and "<script>alert(1)</script>" in hostile.headline
    assert any("javascript:alert(7)" in p for p in hostile.body)
    assert not any("written by a script" in p for p in hostile.body)


@pytest.mark.parametrize("make", [lambda a: a.to_html(), lambda a: a._repr_html_()], ids=["to_html", "card"])
def test_html_of_a_hostile_page_is_inert(hostile: Article, make: object) -> None:
    for article in (hostile, hostile_article()):
        markup = make(article)  # type: ignore[operator]
        assert_inert(markup)
        # The page's markup is shown as text.
        text = lxml_html.fragment_fromstring(markup, create_parent="div").text_content()
        assert article.headline is not None and article.headline in text


def test_only_http_links_are_live_in_html(hostile: Article) -> None:
    tree = lxml_html.fragment_fromstring(hostile.to_html(), create_parent="div")
    hrefs = [a.get("href") for a in tree.iter("a")]
    assert "https://bay.example/timetable" in hrefs
    assert "https://bay.example/local/market-district-parking-rules" in hrefs
    assert all(h.startswith("https://") for h in hrefs)
    # The texts of the dead links are still there.
    assert "the notice" in tree.text_content()
    assert "Ferry timetable changes for the winter season" in tree.text_content()


@pytest.mark.parametrize(
    "make", [lambda a: a.to_markdown(), lambda a: a._repr_markdown_()], ids=["to_markdown", "card_markdown"]
)
def test_markdown_of_a_hostile_page_renders_inert(hostile: Article, make: object) -> None:
    for article in (hostile, hostile_article()):
        rendered = render_markdown(make(article))  # type: ignore[operator]
        assert_inert(rendered)
        text = lxml_html.fragment_fromstring(rendered, create_parent="div").text_content()
        assert article.headline is not None and article.headline in text


def test_markdown_escapes_text_that_would_be_markup() -> None:
    tricky = (
        "# not a heading",
        "1. not a list",
        "- not a list either",
        "*not emphasis* _nor this_ and `not code` or [a](https://x.example) link",
        "AT&T pays &amp; costs $5 to $10 in <b>bold</b> ~~struck~~ | pipes",
        "---",
    )
    article = Article(headline="Plain", body=tricky)
    rendered = lxml_html.fragment_fromstring(render_markdown(article.to_markdown()), create_parent="div")
    paragraphs = [p.text_content() for p in rendered.iter("p")]
    assert paragraphs == list(tricky)
    assert not list(rendered.iter("a", "em", "strong", "code", "li", "hr", "b"))


def test_live_urls_are_http_and_https_only() -> None:
    assert live_url("https://bay.example/a?b=c#d") == "https://bay.example/a?b=c#d"
    assert live_url("HTTP://BAY.EXAMPLE/") == "HTTP://BAY.EXAMPLE/"
    for url in (
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " https://bay.example/",
        "data:text/html,x",
        "vbscript:x",
        "https://bay.example/a b",
        "https://bay.example/\x00",
        "//bay.example/",
        "/relative",
        "",
        None,
    ):
        assert live_url(url) is None, url


# --- the formats ------------------------------------------------------------------------------


def structured() -> Article:
    return Article(
        headline="River Ferry Returns",
        subheading="Boats run again from Monday",
        byline=Byline("By Ana Lima", ("Ana Lima",), dt.date(2025, 3, 4)),
        body=(FIRST, "What changed", "New engines", "A new gear", "\t2024\t2025", "Trips\t3\t4", "We missed it."),
        body_blocks=(
            BodyBlock("paragraph", FIRST, links=(InlineLink("dry dock", "https://bay.example/dock"),)),
            BodyBlock("heading", "What changed", level=2),
            BodyBlock("list", "New engines\nA new gear", items=("New engines", "A new gear"), ordered=True),
            BodyBlock("table", "\t2024\t2025\nTrips\t3\t4", rows=(("", "2024", "2025"), ("Trips", "3", "4"))),
            BodyBlock("quote", "We missed it."),
            BodyBlock("preformatted", "dep 06:10\n  arr 06:25"),
        ),
        related_links=(RelatedLink("Tram line opens", "https://bay.example/tram"), RelatedLink("Teaser only")),
        copyright=Copyright("© 2025 Bay News", (2025,), "Bay News"),
        url=URL,
        language="en",
        page_type="article",
    )


def test_to_markdown_shows_every_segment_and_block() -> None:
    linked = FIRST.replace("dry dock", "[dry dock](https://bay.example/dock)")
    assert structured().to_markdown() == (
        "# River Ferry Returns\n\n"
        "*Boats run again from Monday*\n\n"
        "By Ana Lima · 2025-03-04\n\n"
        f"{linked}\n\n"
        "## What changed\n\n"
        "1. New engines\n2. A new gear\n\n"
        "|  | 2024 | 2025 |\n| --- | --- | --- |\n| Trips | 3 | 4 |\n\n"
        "> We missed it.\n\n"
        "```\ndep 06:10\n  arr 06:25\n```\n\n"
        "## Related\n\n- [Tram line opens](https://bay.example/tram)\n- Teaser only\n\n"
        "© 2025 Bay News\n"
    )


def test_to_text_reads_as_plain_text() -> None:
    assert structured().to_text() == (
        "River Ferry Returns\n\nBoats run again from Monday\n\nBy Ana Lima · 2025-03-04\n\n"
        f"{FIRST}\n\nWhat changed\n\n1. New engines\n2. A new gear\n\n\t2024\t2025\nTrips\t3\t4\n\n"
        "    We missed it.\n\ndep 06:10\n  arr 06:25\n\n"
        "Related:\n- Tram line opens <https://bay.example/tram>\n- Teaser only\n\n© 2025 Bay News\n"
    )


def test_to_html_keeps_the_structure() -> None:
    tree = lxml_html.fragment_fromstring(structured().to_html())
    assert tree.tag == "article"
    tags = ["h1", "p", "p", "p", "h2", "ol", "table", "blockquote", "pre", "section", "footer"]
    assert [el.tag for el in tree] == tags
    assert [[c.text_content() for c in row] for row in tree.iter("tr")] == [["", "2024", "2025"], ["Trips", "3", "4"]]
    assert tree.find(".//pre").text == "dep 06:10\n  arr 06:25"
    assert tree.find(".//p/a").get("href") == "https://bay.example/dock"


def test_an_article_without_blocks_renders_its_paragraphs() -> None:
    article = Article(headline="H", body=("One.", "Two."))
    assert article.to_markdown() == "# H\n\nOne.\n\nTwo.\n"
    assert Article().to_markdown() == Article().to_text() == ""


def test_links_placed_in_the_right_list_item() -> None:
    block = BodyBlock(
        "list",
        "the ferry\nthe ferry again",
        items=("the ferry", "the ferry again"),
        links=(InlineLink("ferry", "https://bay.example/2"),),
    )
    markdown = Article(body=block.items, body_blocks=(block,)).to_markdown()
    assert markdown == "- the [ferry](https://bay.example/2)\n- the ferry again\n"


# --- the glance and the card ------------------------------------------------------------------


def test_repr_is_a_glance_not_the_body() -> None:
    article = dataclasses.replace(structured(), body=FERRY_PARAGRAPHS * 50, warnings=(PageWarning("no-body", "m"),))
    text = repr(article)
    assert text.startswith("<Article 'River Ferry Returns' (article, 2025-03-04): 150 paragraphs, 2 related links")
    assert text.endswith("warnings: no-body>")
    assert FIRST not in text and len(text) < 200
    # Equality is still the dataclass's: field by field.
    assert article == Article.from_dict(article.to_dict())
    assert article != dataclasses.replace(article, headline="Other")


def test_the_card_shows_the_facts_the_opening_and_the_counts() -> None:
    article = dataclasses.replace(structured(), warnings=(PageWarning("no-body", "no article body found"),))
    card = lxml_html.fragment_fromstring(article._repr_html_())
    text = card.text_content()
    for shown in ("River Ferry Returns", "Boats run again", "By Ana Lima · 2025-03-04", "article", FIRST):
        assert shown in text
    assert "7 paragraphs" in text and "1 table" in text and "2 related links" in text
    assert "no-body" in text and "no article body found" in text
    assert [a.get("href") for a in card.iter("a")] == [URL]
    markdown = article._repr_markdown_()
    assert "**River Ferry Returns**" in markdown
    assert "- warning no-body: no article body found" in markdown


def test_the_card_cuts_long_paragraphs() -> None:
    article = Article(headline="H", body=("word " * 400,))
    card = lxml_html.fragment_fromstring(article._repr_html_()).text_content()
    assert "…" in card and len(card) < 600


def test_stray_links_cost_nothing_and_break_nothing() -> None:
    # Links built by hand that are not in the text, or span two items, are left out.
    stray = tuple(InlineLink(f"missing {n}", "https://bay.example/") for n in range(1000))
    block = BodyBlock(
        "list", "one\ntwo", items=("one", "two"), links=(*stray, InlineLink("one\ntwo", "https://bay.example/x"))
    )
    assert Article(body=block.items, body_blocks=(block,)).to_markdown() == "- one\n- two\n"
