"""The compiled block walk (``newsparse.read._walk``) and the pure-Python one make identical pages.

The compiled walk is optional: where it is not built the comparisons skip, and
``walk_backend()`` says "python". CI builds it and sets ``NEWSPARSE_REQUIRE_COMPILED``,
so a build that silently failed cannot pass as a run of both walks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from array import array
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsparse
from benchmarks.corpora import CORPORA, load_corpus, shared_available
from newsparse.cues.markup import F_CHROME, F_FOOTER, F_SITE_FOOTER
from newsparse.read import walk
from newsparse.read.source import tree_from_text

compiled = pytest.mark.skipif(walk.compiled_walk is None, reason=f"the compiled walk is not in use: {walk.WALK_NOTE}")


def _top(root: etree._Element) -> etree._Element:
    body = root.find("body") if root.tag == "html" else None
    return body if body is not None else root


def _assert_same_walk(top: etree._Element) -> None:
    assert walk.compiled_walk is not None
    walked = walk.compiled_walk(top)
    expected = walk.python_walk(top)
    if walked is None:
        # Declined: the Python walk reads this tree, so the page is the same by construction.
        return
    assert walked.gathered == expected.gathered
    # The repr shows the field types too (a bool where the Python walk has a bool, ...).
    assert repr(walked.gathered) == repr(expected.gathered)
    assert walk.compiled_build is not None
    blocks = walk.compiled_build(walked.gathered, walked.elements)
    expected_blocks = walk.python_build(expected.gathered, expected.elements)
    assert blocks == expected_blocks
    assert repr(blocks) == repr(expected_blocks)
    assert walked.elements == expected.elements
    assert walked.element_own == expected.element_own
    assert walked.element_names == expected.element_names


def _assert_same_page(root: etree._Element) -> None:
    """The whole Page: blocks, hints and the per-element tables the segment rules read."""
    _assert_same_walk(_top(root))
    page, expected = walk.tree_to_page(root), walk.tree_to_page(root, pure=True)
    assert page == expected
    assert page.hints == expected.hints
    assert dict(page.element_tokens) == dict(expected.element_tokens)
    assert dict(page.element_flags) == dict(expected.element_flags)
    assert dict(page.element_tags) == dict(expected.element_tags)
    assert page.elements == expected.elements


def _assert_same_html(html: str) -> None:
    root, _ = tree_from_text(html)
    _assert_same_page(root)


def test_walk_backend_is_reported() -> None:
    assert newsparse.walk_backend() in ("compiled", "python")
    assert (newsparse.walk_backend() == "compiled") == (walk.compiled_walk is not None)
    if os.environ.get("NEWSPARSE_REQUIRE_COMPILED"):
        assert newsparse.walk_backend() == "compiled", walk.WALK_NOTE


def test_the_environment_forces_the_python_walk() -> None:
    env = {**os.environ, walk.PURE_WALK_ENV: "1"}
    out = subprocess.run(
        [sys.executable, "-c", "import newsparse; print(newsparse.walk_backend())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "python"


# Pages that exercise every branch of the walk.
PAGES = {
    "links across blocks": '<div class="card"><a href=" /a "><h3>Title of it</h3><p>Teaser text</p></a></div>',
    "nested links": '<p>See <a href="/x">outer <a href="/y">inner</a> rest</a> after</p>',
    "empty href": '<p>Go <a href="">nowhere</a> now</p>',
    "line breaks": "<div>one<br>two<br><br>three<br> <br>four</div>",
    "bold lead": "<p><strong>All of this is bold text</strong></p><p>Some <b>bold</b> words</p>",
    "marks": '<div itemprop="articleBody Text a b c d" role="main"><p rel="author">x</p>'
    '<span data-testid="byline" property="og:x">Name</span></div>',
    "time": '<p>On <time datetime=" 2024-05-01T10:00 ">May 1</time> and <time datetime="2020">then</time></p>',
    "hidden": '<div hidden>gone</div><div hidden id="S:0">streamed</div><p style="DISPLAY : none">gone</p>'
    '<p style="visibility:hidden">gone</p><p style="color:red">shown</p>',
    "page hidden while loading": '<div id="app"><div style="visibility:hidden"><p>the page</p>'
    '<p style="display:none">gone</p></div></div><script>show()</script>',
    "closed panels": '<div role="tablist"><button role="tab" aria-controls="t2">Specs</button></div>'
    '<div role="tabpanel" id="t2" hidden><p>The frame weighs two kilos. It folds flat in a second.</p>'
    "<p hidden>gone</p></div>"
    '<a href="#t3" data-toggle="tab">Care</a><div id="t3" style="display:none"><p>Wash it cold and dry it flat,'
    ' away from the sun. Iron it on the back.</p></div><div style="display:none"><div id="t3">Folded away, one more'
    ' time, in a box of its own.</div></div><nav><div role="tabpanel" hidden>A menu in the header, read by'
    ' nobody at all, in any way.</div></nav><div role="tabpanel" aria-hidden="true">Too short.</div>'
    "<p>Wash it cold and dry it flat, away from the sun. Iron it on the back.</p>",
    "hidden beside text": '<p>Hello <span style="display:none">gone</span> world</p>',
    "hidden after body text": 'Visible text<div style="display:none">gone menu</div>',
    "aria hidden": '<p><span aria-hidden="true">Title</span><span class="sr-only">Title</span></p>'
    '<p><i class="material-icons" aria-hidden="true">share</i>Share</p><main aria-hidden="true">main text</main>',
    "offscreen and taxonomy": '<div class="visually-hidden">skip</div>'
    '<div class="category-news tag-x post-12 story">in</div>',
    "ids": '<div id="Main Story"><p id="P1" class="">text</p></div><section class="a" id="B">x</section>',
    "comments and pis": "<div>a<!-- c -->b<?php echo 1 ?>c<p>d</p><!-- e -->f</div>",
    "skipped tails": "<div>x<script>var a = 1;</script>tail one<img src=a.png>tail two"
    "<svg><text>no</text></svg>end</div>",
    "unicode spaces": "<p>\u00a0a\u3000b\u2028c\u205fd\u00a0</p><p>\u200b zero-width is text</p><p>\u00a0\u2003</p>",
    "non-latin": "<h1>Заголовок статьи</h1><p>本文のテキスト、漢<rt>かん</rt>字。</p><p>😀 emoji</p>",
    "loose text": "<body>text in body<div>in div</div>after div<span>span</span></body>",
    "tables and lists": "<table><tr><td>a</td><td>b</td></tr></table>"
    "<ul><li>one</li><li>two<ul><li>three</li></ul></li></ul>",
    "custom and odd tags": "<my-widget class='promo'>w</my-widget><NOBR>x</NOBR><foo:bar>y</foo:bar>",
    "entities and controls": "<p>AT&amp;T &lt;tag&gt; &nbsp; &#8203; \t\r\n end</p>",
    "deep": "<div>" * 300 + "<p>deep text</p>" + "</div>" * 300,
    "button": "<button>Menu</button><p>after the button</p>",
    "credit buttons": "<div>By <button>Jo Lee</button></div><div><span>By </span><div><div><button>Sam Roe</button>"
    "</div></div></div><p>by<!-- c --><button>Ann Cole</button></p><p>Share <button>Copy link</button></p>"
    "<p><b>Written by</b><button><span>Ben</span> <i>Okafor</i></button></p><p>Sold by <button>Shop</button></p>"
    "<ul><li><a href='/about'>About</a><button>Open the About submenu</button></li></ul>",
    "preformatted": "<pre>\n  indented line\n\n\tand a tab  \n</pre><div><pre>one<br>two<b>bold</b></pre>after</div>"
    "<pre><pre>nested</pre>outer</pre>",
    "heading seams": "<h1><span>Kicker</span>Headline<noscript><img src=a.png>No script</noscript></h1>"
    "<h2>Mc<b>donald</b>, yes:<a href=/x>Link</a>Tail<!-- c -->Next<img src=b.png>Image<br>Break</h2>"
    "<h3><a href=/y><span>Kick</span><span>Ünïcödé</span></a></h3><p>a<span>B</span><noscript>kept</noscript></p>",
    "digit seams": "<p><span>2022</span><span>8:23 PM</span> 1234<wbr>5678 19<b>84</b> 2<sup>10</sup>"
    "<span>1</span><!-- c --><span>2</span><i></i><span>3</span><b><i>4</i></b><a href=/z>5</a></p>"
    "<h2><span>20</span><span>22</span>x<b>7</b></h2><p><b>19</b><b>84</b> <span>555</span><span>0199</span>"
    "<span>Dec 5, 2022</span><span>14:05</span><span>9</span><span>1:</span><span>2</span><span>3:4</span></p>",
    "nothing": "",
}


@compiled
@pytest.mark.parametrize("name", sorted(PAGES))
def test_walks_agree_on_small_pages(name: str) -> None:
    _assert_same_html(f"<html><head><title>t</title></head><body>{PAGES[name]}</body></html>")


@compiled
def test_walks_agree_on_the_page_templates_classes() -> None:
    _assert_same_html('<html class="no-js sidebar"><body class="footer-on-bottom related-posts"><p>x</p></body></html>')
    # Every word of the class a footer word: nothing is left to flag, and the words are still kept.
    _assert_same_html('<html><body class="footer-on-bottom"><h1>Title</h1><p>x</p></body></html>')


@pytest.mark.parametrize("pure", [True, False])
def test_the_page_templates_footer_words_flag_no_area(pure: bool) -> None:
    # A class on <body> or <html> names the layout of the whole page ("footer-on-bottom"): no
    # block is a footer by it. Its other words still count, and the blocks' own wrappers too.
    root, _ = tree_from_text(
        '<html><body class="footer-on-bottom has-sidebar"><h1>Title</h1>'
        '<div class="site-footer"><p>Foot</p></div></body></html>'
    )
    page = walk.tree_to_page(root, pure=pure)
    title, foot = page.blocks
    assert not title.flags & (F_FOOTER | F_SITE_FOOTER)
    assert title.flags & F_CHROME
    assert foot.flags & F_SITE_FOOTER
    assert "footer-on-bottom" in page.element_tokens[title.ancestors[0]]


@pytest.mark.parametrize("pure", [True, False])
def test_a_template_of_footer_words_alone_keeps_its_words(pure: bool) -> None:
    root, _ = tree_from_text('<html><body class="footer-on-bottom"><h1>Title</h1><p>Story text.</p></body></html>')
    page = walk.tree_to_page(root, pure=pure)
    assert page.blocks
    for block in page.blocks:
        assert not block.flags & (F_FOOTER | F_SITE_FOOTER)
        assert "footer-on-bottom" in page.element_tokens[block.ancestors[0]]


def _builders() -> list[object]:
    return [walk.python_build] + ([walk.compiled_build] if walk.compiled_build is not None else [])


@pytest.mark.parametrize("build", _builders(), ids=lambda b: "compiled" if b is walk.compiled_build else "python")
def test_both_builders_refuse_another_walks_records(build: Callable[..., object]) -> None:
    # Records of one page's walk with another page's (smaller) elements: the compiled build reads
    # the element tables unchecked, so both check the numbers first and raise alike.
    rows = "".join(f"<div><section><p>Row {i}</p></section></div>" for i in range(40))
    big = walk.python_walk(_top(tree_from_text(f"<html><body>{rows}</body></html>")[0]))
    small = walk.python_walk(_top(tree_from_text("<html><body><p>x</p></body></html>")[0]))
    with pytest.raises(ValueError, match="did not open"):
        build(big.gathered, small.elements)
    cut = big.gathered._replace(texts=big.gathered.texts[:-1])
    with pytest.raises(ValueError, match="differ in length"):
        build(cut, big.elements)
    negative = big.gathered._replace(holders=array("i", [-1] * len(big.gathered.holders)))
    with pytest.raises(ValueError, match="did not open"):
        build(negative, big.elements)


@compiled
def test_walks_agree_on_trees_built_with_lxml() -> None:
    # Trees handed in by callers: upper-case tags, comments as the tail of the body, a walk from
    # a non-<html> root, namespaced (XHTML) elements and entity references, which the compiled
    # walk leaves to the Python walk.
    root = etree.Element("html")
    body = etree.SubElement(root, "body")
    div = etree.SubElement(body, "DIV", {"class": "Story"})
    div.text = "Upper-case tag"
    etree.SubElement(div, "P").text = "paragraph"
    body.append(etree.Comment("note"))
    body[-1].tail = "after the comment"
    body.tail = "after the body"
    _assert_same_walk(_top(root))
    _assert_same_walk(div)
    xhtml = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p class="a">x</p><p>y</p></body></html>'
    )
    assert walk.compiled_walk is not None and walk.compiled_walk(xhtml) is None
    entity = etree.fromstring(
        "<!DOCTYPE d [<!ENTITY e 'x'>]><div><p>a &e; b</p></div>", etree.XMLParser(resolve_entities=False)
    )
    assert walk.compiled_walk(entity) is None
    assert newsparse.parse_html(entity).body == newsparse.parse_html(entity).body


_FRAGMENT = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='story'>",
        "<div class='related nav'>",
        "</div>",
        "<a href='/x'>",
        "</a>",
        "<b>",
        "</b>",
        "<br>",
        "<span aria-hidden='true'>",
        "</span>",
        "<span class='sr-only'>",
        "<li>",
        "<h2>",
        "</h2>",
        "<time datetime='2024-01-02'>",
        "<script>x</script>",
        "<!-- c -->",
        "Some words",
        " ",
        "\u00a0",
        "\n",
        "Ünïcödé",
        "<p style='display:none'>",
        "<img alt='a'>",
        "<section id='Main'>",
        "</section>",
        "<h1>",
        "</h1>",
        "<noscript>",
        "</noscript>",
        "Capital",
        "lower",
        "end.",
        "2022",
        "8:23",
        "1:5",
        "<span>",
        "<wbr>",
        "By ",
        "<button>",
        "</button>",
    ]
)


@compiled
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENT, max_size=40))
def test_walks_agree_on_random_markup(fragments: list[str]) -> None:
    _assert_same_html("<html><body>" + "".join(fragments) + "</body></html>")


@compiled
def test_compiled_whitespace_is_pythons() -> None:
    from newsparse.read import _walk  # type: ignore[attr-defined]

    differ = [cp for cp in range(0x110000) if _walk.python_space(cp) != chr(cp).isspace()]
    assert differ == []


@compiled
@pytest.mark.skipif(not shared_available(), reason="../shared corpora not present")
@pytest.mark.parametrize("corpus", CORPORA)
def test_walks_agree_on_every_corpus_page(corpus: str) -> None:
    from newsparse.read.inputs import clean_text

    for page in load_corpus(corpus):
        text, _ = clean_text(page.html)
        root, _ = tree_from_text(text)
        try:
            _assert_same_page(root)
        except AssertionError as exc:
            raise AssertionError(f"{corpus} page {page.key}: {exc}") from None
