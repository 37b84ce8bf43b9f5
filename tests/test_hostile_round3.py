"""Hostile input, third round: the classes a fresh attacker found, each reproduced small.

As in ``test_hostile.py``, inputs that once cost more than linear time are sized so that the
old code took far longer than the test may: the tests assert what comes out, not timings.
"""

from __future__ import annotations

import contextlib
import json
import pathlib
import threading
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest
from test_hostile import _memoised

import newsparse
from newsparse import Article, ParseError, parse, parse_html, parse_text
from newsparse.cues import memo
from newsparse.cues.dates import find_printed_date
from newsparse.read.fallback import MAX_ATTRIBUTES, bound_attributes, flat_tree
from newsparse.read.source import MAX_TAGS, tree_from_text

PARAGRAPH = (
    "The council met on Tuesday to discuss the budget for the coming year, and members spoke at length about"
    " the cost of repairing the harbour wall before the winter storms arrive."
)
LATE = "After the end of the page, a paragraph that browsers show as part of the story all the same."


# --- what the caller hands in -----------------------------------------------------------------------


@pytest.mark.parametrize("fn", [parse, parse_html, parse_text], ids=lambda f: f.__name__)
def test_a_path_with_a_nul_in_its_name_is_a_parse_error(fn: object) -> None:
    with pytest.raises(ParseError, match="cannot read"):
        fn(pathlib.Path("page\x00.html"))  # type: ignore[operator]


@pytest.mark.parametrize("separator", ["\x0b", "\x1c", "\x1d", "\x1e"], ids=["VT", "FS", "GS", "RS"])
def test_lines_of_a_dump_separated_by_vt_or_rs_stay_lines(separator: str) -> None:
    lines = ["Harbour wall repairs approved", "By Jo Lee", PARAGRAPH, "Second paragraph. " + PARAGRAPH]
    article = parse_text(separator.join(lines))
    assert article.headline == lines[0]
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)
    assert article.body == (PARAGRAPH, lines[3])


def test_a_vertical_tab_in_html_text_keeps_words_apart() -> None:
    article = parse(f"<html><body><h1>Harbour wall repairs approved</h1><p>{PARAGRAPH}\x0b{PARAGRAPH}</p></body>")
    assert "arrive. The council" in article.body[0]


@pytest.mark.parametrize(
    "end",
    ["</html lang=en>", "</html/>", '</body class="x"></html>', "</BODY\n data-x=1>", "</html\t/>", "</html x='>'>"],
)
def test_text_after_an_end_tag_with_attributes_is_kept(end: str) -> None:
    article = parse(f"<html><body><h1>Harbour wall repairs approved</h1><p>{PARAGRAPH}</p>{end}<p>{LATE}</p>")
    assert LATE in article.body


# --- URL fields -------------------------------------------------------------------------------------


def linked(href: str, text: str = "Ferry plans for next year announced by the harbour board") -> Article:
    return parse(
        "<html><body><article><h1>Harbour wall repairs approved</h1>"
        f"<p>The board published the plan at <a href='{href}'>{text}</a> on Monday. {PARAGRAPH}</p>"
        f"<p>{PARAGRAPH}</p></article>"
        f"<aside class=related><h2>Related</h2><ul><li><a href='{href}'>{text}</a></li></ul></aside>"
        "</body></html>",
        url="https://news.example/2024/05/03/harbour-wall",
    )


def link_urls(article: Article) -> list[str | None]:
    urls = [link.url for link in article.related_links]
    urls += [link.url for block in article.body_blocks for link in block.links]
    return urls


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://bank.example@evil.example/story-of-the-day", "https://evil.example/story-of-the-day"),
        ("https://user:password@host.example/story-of-the-day", "https://host.example/story-of-the-day"),
        ("//user@host.example/story-of-the-day", "https://host.example/story-of-the-day"),
    ],
)
def test_userinfo_never_reaches_a_url_field(href: str, expected: str) -> None:
    article = linked(href)
    urls = link_urls(article)
    assert urls and set(urls) == {expected}
    assert article.has_warning("unsafe-url")
    assert "@" not in article.to_json().split('"warnings"')[0]


def test_userinfo_in_the_page_url_is_removed() -> None:
    article = parse("<html><body><h1>Harbour wall</h1><p>x</p></body></html>", url="https://u:p@news.example/a")
    assert article.url == "https://news.example/a"


@pytest.mark.parametrize("char", [" ", "\u200b", "\u200d", "\u2060", "\ufeff", "\u3000", "\u00a0", "\u00ad", "\u2028"])
def test_spaces_and_invisible_characters_in_urls_are_percent_encoded(char: str) -> None:
    article = linked(f"https://news.example/2024/05/ferry{char}plans-for-next-year")
    urls = link_urls(article)
    assert urls and all(url is not None and char not in url and "%" in url for url in urls)
    assert linked(f"https://news{char}example.com/2024/05/ferry-plans").related_links == () or all(
        url is None or char not in url for url in link_urls(linked(f"https://news{char}example.com/a"))
    )


def test_lone_surrogates_in_url_fields_never_break_to_json() -> None:
    # JSON escapes write lone surrogates that no HTML character reference can.
    ld = '{"@type": "NewsArticle", "image": "https://news.example/a\\ud800.jpg", "url": "https://news.example/\\udfff"}'
    markup = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        f"<h1>Harbour wall repairs approved</h1><p>{PARAGRAPH}</p></body></html>"
    )
    article = parse(markup)
    assert article.image == "https://news.example/a%EF%BF%BD.jpg"
    data = article.to_json().encode("utf-8")
    assert Article.from_dict(json.loads(data)) == article
    card = article._repr_html_()
    assert "\ud800" not in card and "\udfff" not in card


@pytest.mark.parametrize(
    ("text", "href", "misleading"),
    [
        ("https://bank.example/login", "https://evil.example/login", True),
        ("www.bank.example", "https://bank.example.evil.example/", True),
        ("bank.example/login", "https://www.bank.example/login", False),
        ("https://news.example/ferry", "https://news.example/2024/ferry", False),
        ("Ferry plans for next year", "https://evil.example/", False),
    ],
)
def test_a_link_text_shaped_like_a_url_of_another_site_is_said(text: str, href: str, misleading: bool) -> None:
    article = linked(href, text)
    assert article.has_warning("misleading-link") is misleading


def test_a_relative_link_under_a_host_name_is_not_misleading() -> None:
    markup = f"<html><body><h1>Harbour wall</h1><p>See <a href='/about'>news.example</a> now. {PARAGRAPH}</p></body>"
    assert not parse(markup).has_warning("misleading-link")


# --- memos --------------------------------------------------------------------------------------------


def test_memos_hold_a_bounded_number_of_bytes_even_with_astral_keys() -> None:
    memos = _memoised()
    for fn in memos:
        fn.cache_clear()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        for fn in memos:
            # Keys of four-byte characters, each one new, as long as a memo remembers them.
            chars = max(1, _max_chars(fn) // 4 - 1)
            for i in range(fn.cache_info().maxsize + 10):
                key = chr(0x10000 + i) + "\U0001f600" * (chars - 1)
                with contextlib.suppress(Exception):
                    fn(key) if fn.__code__.co_argcount <= 1 else fn(key, *_extra_args(fn))
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
        for fn in memos:
            fn.cache_clear()
    assert held < len(memos) * 2 * memo.MEMO_MAX_BYTES, f"{held:,} bytes held by {len(memos)} memos"


def _max_chars(fn: Any) -> int:
    """The longest key the memo remembers, read from its closure."""
    cells = {name: cell.cell_contents for name, cell in zip(fn.__code__.co_freevars, fn.__closure__ or ())}
    return int(cells["max_chars"])


def _extra_args(fn: Any) -> tuple[Any, ...]:
    return tuple(0 for _ in range(fn.__wrapped__.__code__.co_argcount - 1))


# --- determinism: no output depends on how busy the machine is --------------------------------------


def _under_load(work: Callable[[], object], threads: int = 4, rounds: int = 4) -> list[object]:
    """``work()`` run ``rounds`` times in each of ``threads`` threads while as many more threads burn CPU."""
    results: list[object] = []
    stop = threading.Event()

    def burn() -> None:
        while not stop.is_set():
            sum(range(10_000))

    def run() -> None:
        for _ in range(rounds):
            results.append(work())

    burners = [threading.Thread(target=burn) for _ in range(threads)]
    workers = [threading.Thread(target=run) for _ in range(threads)]
    for thread in burners + workers:
        thread.start()
    for thread in workers:
        thread.join()
    stop.set()
    for thread in burners:
        thread.join()
    return results


def test_the_date_search_finds_the_same_date_under_load() -> None:
    # A window of times without a date before the date: a search that takes some tens of
    # milliseconds, which a wall-clock limit cut short on a busy machine ("no date").
    text = "12:00 " * 320 + "May 3, 2024"
    alone = find_printed_date(text)
    assert alone[0] is not None
    assert all(result == alone for result in _under_load(lambda: find_printed_date(text)))


def test_a_page_parses_the_same_in_threads_under_load() -> None:
    markup = (
        "<html><head><meta property='article:published_time' content='2024-05-03T10:00:00Z'></head><body><article>"
        "<h1>Harbour wall repairs approved</h1><p class=byline>By Jo Lee | May 3, 2024, 10:32 AM ET</p>"
        f"<p>{PARAGRAPH}</p><p>{'12:00 ' * 300}</p><p>{PARAGRAPH}</p></article>"
        "<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>"
    )
    alone = parse(markup)
    assert alone.byline is not None and alone.byline.published is not None
    assert all(result == alone for result in _under_load(lambda: parse(markup), rounds=2))


def test_no_rule_runs_a_pattern_under_a_time_limit() -> None:
    root = pathlib.Path(newsparse.__file__).parent
    for path in root.rglob("*.py"):
        if path.parent.name != "run":
            assert "timeout=" not in path.read_text(encoding="utf-8"), path.name


# --- attributes by the ten thousand -------------------------------------------------------------------

HEADLINE = "<h1>A Headline Over a Crowded Page</h1>"


def crowded(count: int, value: str = "x") -> str:
    return " ".join(f"a{i}={value}" for i in range(count))


@pytest.mark.parametrize("value", ["x", '"x > y"'])
def test_one_element_with_eighty_thousand_attributes(value: str) -> None:
    # libxml2 checks each attribute against all before it: minutes for this tag, before.
    article = parse(f"<html><body>{HEADLINE}<p {crowded(80_000, value)}>{PARAGRAPH}</p><p>{LATE}</p></body></html>")
    assert PARAGRAPH in article.body and LATE in article.body


def test_attributes_past_the_limit_are_dropped_and_the_tag_still_ends() -> None:
    markup = f"<html><body>{HEADLINE}<p class=story {crowded(MAX_ATTRIBUTES + 50)}>{PARAGRAPH}</p></body></html>"
    root, _ = tree_from_text(markup)
    (p,) = root.iter("p")
    assert len(p.attrib) == MAX_ATTRIBUTES and p.get("class") == "story" and p.text == PARAGRAPH


@pytest.mark.parametrize(
    "before",
    ["<!-- <script> -->", '<a title="<script>">x</a>', "<title>t", "<textarea>", "<style>p{}</style><script>"],
)
def test_a_crowded_tag_after_what_looks_like_raw_text_is_cut_all_the_same(before: str) -> None:
    # A <script> in a comment or in an attribute, or one never closed, is no raw text to libxml2:
    # a tag left whole there costs it quadratic time in its attributes.
    markup = (
        f"<html><body>{HEADLINE}{before}<div class=story {crowded(MAX_ATTRIBUTES + 50)}>{PARAGRAPH}</div></body></html>"
    )
    bounded = bound_attributes(markup)
    assert f"a{MAX_ATTRIBUTES - 2}=x" in bounded and f"a{MAX_ATTRIBUTES}=x" not in bounded


def test_a_cut_inside_a_script_stops_at_its_end_tag() -> None:
    # Minified code's "i<arguments.length ..." reads as a crowded tag; its "first >" lies past the
    # </script>, and the page's JSON-LD in the next script must stay a script of its own.
    code = "for(var i=0;i<arguments.length " + " ".join(f"&&a{n}" for n in range(MAX_ATTRIBUTES + 50)) + ";i++){}"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04"}</script>'
    markup = f"<html><head><script>{code}</script>{ld}</head><body>{HEADLINE}<p>{PARAGRAPH}</p></body></html>"
    bounded = bound_attributes(markup)
    assert bounded.endswith(f"</script>{ld}</head><body>{HEADLINE}<p>{PARAGRAPH}</p></body></html>")
    assert str(parse(markup).published) == "2025-03-04"


def test_the_fallback_parser_with_a_crowded_tag_and_repeated_html_tags() -> None:
    repeated = "".join(f"<html b{i}=y>" for i in range(60_000))
    deep = "<div>" * 2_100 + f"<p {crowded(80_000)}>{PARAGRAPH}</p>{repeated}<p>{LATE}</p>" + "</div>" * 2_100
    article = parse(f"<html><body>{HEADLINE}{deep}</body></html>")
    assert article.has_warning("parser-fallback")
    text = " ".join(article.body)  # past the flattening depth, the two paragraphs are one
    assert PARAGRAPH in text and LATE in text
    root = flat_tree(f"<html lang=en>{repeated}<p>x</p>")
    assert len(root.attrib) == MAX_ATTRIBUTES and root.get("lang") == "en"


# --- many blocks --------------------------------------------------------------------------------------


def test_a_page_of_more_tags_than_the_limit_is_refused_before_it_is_built() -> None:
    with pytest.raises(ParseError, match="MAX_TAGS"):
        parse(f"<html><body>{HEADLINE}" + "<p>x" * (MAX_TAGS + 10))
    # '<' in text and scripts is no tag: only tags count.
    article = parse(f"<html><body>{HEADLINE}<p>{PARAGRAPH}</p><script>{'a<1;' * (MAX_TAGS + 10)}</script>")
    assert article.body == (PARAGRAPH,)


def test_thousands_of_short_paragraphs_under_two_thousand_nested_divs() -> None:
    # Every block is 2,000 elements deep: rules that walked each block's ancestors took minutes.
    lines = [f"Line {i} of the story." for i in range(20_000)]
    deep = "<div>" * 2_000 + "".join(f"<p>{line}</p>" for line in lines) + "</div>" * 2_000
    article = parse(f"<html><body>{HEADLINE}{deep}</body></html>")
    assert article.body == tuple(lines)
