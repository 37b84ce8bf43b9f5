"""Hostile input: each class of page built to crash, stall or fool newsparse, reproduced small.

Pages are written by anyone, and what newsparse returns is shown by other people's code.
Every input here once gave an exception from inside a library, cost more than linear time,
or let something through that a browser or a terminal would act on. The inputs that cost
quadratic time are sized so that the old code took minutes: the test itself asserts only
what comes out (no timings), and a regression shows as a test run that never ends.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import os
import pathlib
import pkgutil
import tempfile
from typing import Any

import pytest
from lxml import etree, html

import newsparse
from newsparse import Article, ParseError, parse, parse_html, parse_text
from newsparse.cues import markup, memo, urls
from newsparse.read.inputs import whatwg_codec

PARSERS = [parse, parse_html, parse_text]
PARAGRAPH = (
    "The council met on Tuesday to discuss the budget for the coming year, and members spoke at length about"
    " the cost of repairing the harbour wall before the winter storms arrive."
)
TEASER = "Ferry plans for next year announced by the harbour board"


def page(head: str = "", body: str = "", links: str = "", lang: str = "en") -> str:
    """A small news page: headline, credit, two paragraphs, a related list and a footer."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>Harbour wall | Example News</title></head><body>'
        f"<article><h1>Harbour wall repairs approved</h1><p class=byline>By Jo Lee</p>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>{body}</article>"
        f'<aside class="related"><h2>Related</h2><ul>{links}</ul></aside>'
        "<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>"
    )


def teasers(*hrefs: str) -> str:
    return "".join(f'<li><a href="{href}">{TEASER} {i}</a></li>' for i, href in enumerate(hrefs))


def all_urls(article: Article) -> list[str | None]:
    """The page's own URLs and its links' (which may be relative, as printed, when nothing resolves them)."""
    found = [article.url, article.canonical_url, article.image]
    found += [link.url for link in article.related_links]
    found += [link.url for block in article.body_blocks for link in block.links]
    return found


def assert_serialisable(article: Article) -> None:
    data = article.to_json().encode("utf-8")
    assert Article.from_dict(json.loads(data)) == article


# --- URLs the standard library refuses -----------------------------------------------------------------

MALFORMED_URLS = ["http://[::1", "h://[", "https://[::1]x/", "http://[", "//[::1"]


@pytest.mark.parametrize("bad", MALFORMED_URLS)
def test_malformed_ipv6_hosts_anywhere_are_no_crash(bad: str) -> None:
    pages = [
        page(head=f'<base href="{bad}">', links=teasers("/local/2024/05/ferry-plans-a", "/local/2024/05/ferry-b")),
        page(head=f'<link rel="canonical" href="{bad}">', links=teasers("/local/2024/05/ferry-plans-a")),
        page(links=teasers(bad, bad + "/x", "/local/2024/05/ferry-plans-a")),
    ]
    for html_page in pages:
        for url in (None, "https://news.example/a/b", bad):
            article = parse(html_page, url=url)
            assert article.headline == "Harbour wall repairs approved"
            assert all(u is None or urls.url_scheme(u) in (None, "http", "https") for u in all_urls(article))
            assert article.url is None or article.url.startswith(("https://", "http://"))
            assert_serialisable(article)


# --- charsets -----------------------------------------------------------------------------------------

NOT_CHARSETS = ["hex", "undefined", "punycode", "rot13", "base64", "zlib", "uu", "bz2", "quopri", "idna", "mbcs"]
UNSAFE_CHARSETS = ["utf-7", "unicode_escape", "raw_unicode_escape", "utf-7-imap", "x-user-defined"]


@pytest.mark.parametrize("label", NOT_CHARSETS + UNSAFE_CHARSETS + ["a\x00b", "utf\x00-8", "a" * 200])
def test_a_charset_the_html_standard_does_not_allow_is_never_used(label: str) -> None:
    for where in ("meta", "xml"):
        head = f'<meta charset="{label}">' if where == "meta" else ""
        text = page(head=head).replace("budget", "budgét")
        if where == "xml":
            text = f'<?xml version="1.0" encoding="{label}"?>' + text
        article = parse(text.encode("utf-8"))
        assert article.headline == "Harbour wall repairs approved"
        assert "budgét" in article.body[0]
        assert_serialisable(article)


def test_utf7_declared_text_stays_what_a_browser_shows() -> None:
    # A UTF-7 decoder would turn "+ADw-script+AD4-" into "<script>": markup no browser ever sees.
    sneaky = "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
    for label in ("utf-7", "UTF-7", "unicode_escape"):
        article = parse(page(head=f'<meta charset="{label}">', body=f"<p>{sneaky} {PARAGRAPH}</p>").encode())
        assert any(sneaky in p for p in article.body)
        assert any(w.code == "charset-guessed" and label in w.message for w in article.warnings)


def test_only_whatwg_labels_map_to_codecs() -> None:
    assert whatwg_codec("Shift_JIS") == "cp932"
    assert whatwg_codec(" latin1 ") == "cp1252"
    assert whatwg_codec("gb2312") == "gb18030"
    assert whatwg_codec("euc-kr") == "cp949"
    for label in NOT_CHARSETS + UNSAFE_CHARSETS + ["utf-32", "utf_16", "cp037", "replacement", "iso-2022-kr"]:
        assert whatwg_codec(label) is None, label


LEGACY = {
    "shift_jis": (
        "ja",
        "東京で新しい駅が開業",
        "東京都内で新しい駅が開業し、初日から多くの利用者が訪れた。駅は地下鉄の二つの路線と接続している。"
        "駅の周辺では商店街が営業時間を延長し、記念の催しも開かれた。市は来年さらに二つの駅を整備する計画だ。",
    ),
    "gbk": (
        "zh",
        "北京新地铁线路开通",
        "北京市新的地铁线路今天开通，许多乘客在第一天就来乘坐。这条线路连接了城市的东部和西部。"
        "沿线的商店延长了营业时间，并举办了庆祝活动。市政府计划明年再修建两个新车站。",
    ),
    "cp1251": (
        "ru",
        "Городской совет одобрил ночной паром",
        "Городской совет во вторник одобрил запуск ночного парома через залив. Пилотный проект стартует в марте"
        " и продлится до лета. Депутаты проголосовали девятью голосами против двух, а билеты будут стоить как"
        " проезд в автобусе.",
    ),
    "iso-8859-7": (
        "el",
        "Νέα νυχτερινή γραμμή πορθμείου",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τη νέα νυχτερινή γραμμή πορθμείου στον κόλπο. Η πιλοτική"
        " λειτουργία ξεκινά τον Μάρτιο. Άνοιξη και καλοκαίρι, τα πλοία θα κινούνται τα Σαββατοκύριακα έως τη μία"
        " τα ξημερώματα.",
    ),
}


@pytest.mark.parametrize("encoding", sorted(LEGACY))
@pytest.mark.parametrize("declared_language", [True, False])
def test_legacy_charset_without_a_declaration_decodes_right(encoding: str, declared_language: bool) -> None:
    lang, headline, text = LEGACY[encoding]
    markup_ = (
        f"<html{f' lang={lang}' if declared_language else ''}><head><title>{headline}</title></head><body>"
        f"<article><h1>{headline}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    article = parse(markup_.encode(encoding))
    assert article.headline == headline
    assert article.body[0] == text
    assert any(w.code == "charset-guessed" for w in article.warnings)


@pytest.mark.parametrize("encoding", ["shift_jis", "text/html; charset=Shift_JIS", 'text/html;charset="shift_jis"'])
def test_encoding_argument_is_the_transport_charset(encoding: str) -> None:
    _, headline, text = LEGACY["shift_jis"]
    # The page claims UTF-8 in its <meta>; the HTTP header's charset outranks it, as in browsers.
    data = f"<html><head><meta charset=utf-8></head><body><h1>{headline}</h1><p>{text}</p></body></html>"
    for fn in (parse, parse_html):
        article = fn(data.encode("shift_jis"), encoding=encoding)
        assert article.headline == headline
        assert not any(w.code.startswith("charset") for w in article.warnings)
    dump = parse_text(f"{headline}\n{text}".encode("shift_jis"), encoding=encoding)
    assert dump.headline == headline


@pytest.mark.parametrize(
    ("label", "codec"), [("utf-16le", "utf-16-le"), ("utf-16be", "utf-16-be"), ("UTF-16", "utf-16-le")]
)
def test_encoding_argument_may_be_utf16(label: str, codec: str) -> None:
    # A transport's charset is not read from the bytes, so unlike a <meta> it can say UTF-16.
    data = page().replace("budget", "budgét").encode(codec)
    article = parse(data, encoding=f"text/html; charset={label}")
    assert "budgét" in article.body[0]
    assert not any(w.code.startswith("charset") for w in article.warnings)


@pytest.mark.parametrize("header", ["text/html", "", "  ", "text/html; charset=", "application/xhtml+xml"])
def test_a_content_type_without_a_charset_declares_none(header: str) -> None:
    article = parse(page().replace("budget", "budgét").encode("utf-8"), encoding=header)
    assert "budgét" in article.body[0]
    assert not any(w.code.startswith("charset") for w in article.warnings)


def test_encoding_argument_that_is_wrong_or_unknown() -> None:
    data = page().replace("budget", "budgét").encode("utf-8")
    wrong = parse(data, encoding="iso-8859-1")  # a server's default, on a page re-encoded as UTF-8
    assert "budgét" in wrong.body[0]
    assert any(w.code == "charset-conflict" for w in wrong.warnings)
    unknown = parse(data, encoding="utf-7")
    assert "budgét" in unknown.body[0]
    assert any(w.code == "charset-guessed" and "utf-7" in w.message for w in unknown.warnings)
    with pytest.raises(TypeError, match="encoding"):
        parse(data, encoding=b"utf-8")  # type: ignore[arg-type]
    # A str is decoded already: the argument does not apply to it.
    assert parse(data.decode(), encoding="shift_jis").body == wrong.body


@pytest.mark.parametrize(
    "junk", ["junk", "", "utf-16", "hex", 'a"?>', ">", "\x00", "é", "a" * 5000, "'", "utf-8\n?>\n<x"]
)
def test_xml_declaration_with_junk_encoding_parses_as_str_and_bytes(junk: str) -> None:
    text = f'<?xml version="1.0" encoding="{junk}"?>\n' + page()
    for form in (text, text.encode("utf-8")):
        for fn in (parse, parse_html):
            article = fn(form)
            assert article.headline == "Harbour wall repairs approved", (junk, form.__class__)


# --- text that reaches to_json and the terminal -------------------------------------------------------


def test_lone_surrogates_from_json_ld_never_reach_to_json() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour \\ud800 wall",'
        ' "description": "x\\udfff", "author": {"@type": "Person", "name": "Jo \\ud83d Lee"}}</script>'
    )
    article = parse(page(head=ld))
    assert_serialisable(article)
    assert "\ud800" not in article.to_json()


def test_control_characters_and_bidi_overrides_are_stripped_from_output_text() -> None:
    body = "<p>Escape &#x1b;[2J&#x1b;[31mred&#x9b;0m, bell&#7;, over&#x202e;ride&#x202c; and &#x2066;iso&#x2069;.</p>"
    article = parse(page(body=body))
    text = article.body[-1]
    assert text == "Escape [2J[31mred›0m, bell, override and iso."
    for char in "\x1b\x07\u202e\u202c\u2066\u2069":
        assert char not in article.to_json()
    assert article.has_warning("control-characters")
    # Marks that right-to-left text needs (LRM/RLM) are text, not overrides.
    hebrew = parse(page(body="<p>המחיר הוא &#x200f;100 שקלים לכל נוסע, כך הודיעה העירייה ביום שלישי בערב.</p>"))
    assert "\u200f" in hebrew.body[-1]
    assert not hebrew.has_warning("control-characters")


def test_text_dumps_are_sanitised_too() -> None:
    dump = f"Harbour wall repairs approved\u202e\nBy Jo Lee\n{PARAGRAPH}\x85\n{PARAGRAPH}"
    article = parse_text(dump)
    assert article.headline == "Harbour wall repairs approved"
    assert article.has_warning("control-characters")


# --- lxml nodes that are no elements ------------------------------------------------------------------


@pytest.mark.parametrize(
    "node",
    [
        etree.Comment("a comment"),
        etree.ProcessingInstruction("php", "echo 1"),
        etree.Entity("amp"),
        html.fromstring("<div><!-- c --><p>x</p></div>")[0],
        etree.ElementTree(etree.Comment("root is a comment")),
    ],
    ids=lambda n: type(n).__name__,
)
@pytest.mark.parametrize("fn", [parse, parse_html], ids=lambda f: f.__name__)
def test_lxml_nodes_that_are_no_elements_are_a_type_error(fn: Any, node: object) -> None:
    with pytest.raises(TypeError, match="getroottree"):
        fn(node)


def test_the_tree_of_a_comment_node_parses() -> None:
    tree = html.document_fromstring(page())
    comment = etree.Comment("inside")
    tree.find(".//article").append(comment)
    assert parse(comment.getroottree()).headline == "Harbour wall repairs approved"


# --- input that costs more than linear time -----------------------------------------------------------


def test_many_dek_named_wrappers_between_headline_and_story() -> None:
    # Each wrapper named like a dek holds two blocks, so none is the dek; asking whether each
    # held only its block once scanned the whole page per block.
    wrappers = "".join(f"<div class=summary><p>Summary line {i}</p><p>and its tail</p></div>" for i in range(4000))
    article = parse(page(body="").replace("<p class=byline>", wrappers + "<p class=byline>"))
    assert article.headline == "Harbour wall repairs approved"
    assert article.subheading is None


def test_hosts_with_thousands_of_labels() -> None:
    host = "a." * 20_000 + "example.com"
    article = parse(page(links=teasers(*(f"https://{host}/local/2024/05/ferry-plans-{i}" for i in range(5)))))
    assert article.headline == "Harbour wall repairs approved"
    assert not urls.is_social_url(f"https://{host}/x")
    assert urls.is_social_url("https://" + "a." * 5000 + "twitter.com/x")


def test_fallback_parser_text_split_thousands_of_times_in_one_element() -> None:
    # Past libxml2's depth limit; the text of one element comes in 60,000 pieces between comments.
    deep = "<div>" * 2_100 + "<p>" + "word <!---->" * 60_000 + "</p>" + "</div>" * 2_100
    article = parse(f"<html><body><h1>A Headline Over a Deep Page</h1>{deep}</body></html>")
    assert article.has_warning("parser-fallback")
    assert any(p.count("word") == 60_000 for p in article.body)


def test_fallback_parser_thousands_of_unclosed_tags() -> None:
    deep = "<div>" * 2_100 + f"<p>{PARAGRAPH}</p>" + "<a " * 30_000
    article = parse(f"<html><body><h1>A Headline Over a Deep Page</h1>{deep}")
    assert article.has_warning("parser-fallback")
    assert PARAGRAPH in article.body


def test_fallback_parser_reads_what_libxml2_would() -> None:
    deep = 2_100
    markup_ = (
        "<!DOCTYPE html><html lang=de><head><title>T</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script></head>'
        "<body><h1>A Headline Over a Deep Page</h1>" + "<div>" * deep + "<p title='a > b' data-x=\"1\">Fish &amp;"
        " chips &#x263A; <b>at</b> noon &notanentity; <unclosed <p>next</p><textarea><p>not markup</p></textarea>"
        "<!-- <p>comment</p> --><p>Visible.</p>" + "</div>" * deep + "</body></html><p>After the end.</p>"
    )
    article = parse(markup_)
    text = " ".join(article.body)
    # (As browsers read it: "&not" is a legacy entity even without its semicolon.)
    assert "Fish & chips ☺ at noon ¬anentity;" in text
    assert "After the end." in text
    assert "not markup" not in text and "comment" not in text
    assert article.language == "de"


def test_long_runs_of_teaser_lines_in_a_text_dump() -> None:
    sentences = "The plans were announced today by the board.\n" * 3
    groups = "".join(f"{TEASER} number {i}\n{sentences}" for i in range(8000))
    article = parse_text(f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}\n{PARAGRAPH}\n{groups}")
    assert article.headline == "Harbour wall repairs approved"
    assert article.body[0] == PARAGRAPH


def test_labels_and_short_lines_in_a_text_dump() -> None:
    tail = "Related\nShort one\n" * 6000 + f"{TEASER}\n"
    article = parse_text(f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}\n{tail}")
    assert article.body[0] == PARAGRAPH


def test_a_megabyte_class_attribute_is_classified_by_its_start() -> None:
    assert markup.classify("related " + "x" * 1_000_000) & markup.F_RELATED
    assert not markup.classify("x " * 1_000_000 + "related") & markup.F_RELATED
    assert not markup.classify("x" * 1_000_000 + "related") & markup.F_RELATED
    article = parse(page().replace("<article>", f'<article class="{"x" * 4_000_000} story">'))
    assert article.headline == "Harbour wall repairs approved"
    assert article.body[0] == PARAGRAPH


def test_one_14_mb_line_in_a_text_dump_is_no_parse_error() -> None:
    # A pattern over the whole line once ran into its time limit (which depends on the CPU).
    line = " ".join([PARAGRAPH] * (14_000_000 // len(PARAGRAPH)))
    article = parse_text(f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}\n{line}\nCopyright 2024 Example News")
    assert article.headline == "Harbour wall repairs approved"
    assert line in article.body


def test_a_line_of_opening_brackets_in_a_text_dump() -> None:
    # A picture's file name in brackets was once looked for from every "[" to the line's end.
    line = "[" * 200_000 + "a1"
    article = parse_text(f"Harbour wall repairs approved\nBy Jo Lee\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}")
    assert article.headline == "Harbour wall repairs approved"
    assert article.body[0] == PARAGRAPH


# --- caches -------------------------------------------------------------------------------------------


def _memoised() -> list[Any]:
    """Every memoised function of every module of the package (the optional extras' aside)."""
    found = []
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an extra that is not installed (newsparse.spark without pyspark)
            continue
        for _, fn in inspect.getmembers(module, inspect.isfunction):
            if hasattr(fn, "cache_info") and fn.__module__ == info.name:
                found.append(fn)
    return found


def test_every_memo_is_bounded_in_entries() -> None:
    memos = _memoised()
    assert len(memos) >= 5
    for fn in memos:
        assert fn.cache_info().maxsize is not None, fn.__name__


def test_no_unbounded_cache_in_the_package() -> None:
    root = pathlib.Path(newsparse.__file__).parent
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if path.name != "memo.py":
            assert "lru_cache" not in source and "functools.cache" not in source, path.name


def test_memos_keep_no_long_strings_alive() -> None:
    long_href = "https://news.example/" + "a" * 500_000
    before = urls._split.cache_info().currsize  # type: ignore[attr-defined]
    for i in range(20):
        urls.looks_like_article(long_href + str(i))
    assert urls._split.cache_info().currsize == before  # type: ignore[attr-defined]
    tokens_before = markup._token_flags.cache_info().currsize  # type: ignore[attr-defined]
    markup.classify("y" * 100_000)
    assert markup._token_flags.cache_info().currsize == tokens_before  # type: ignore[attr-defined]


def test_bounded_memo_answers_as_the_function_does() -> None:
    calls: list[str] = []

    @memo.bounded_memo(2, 5)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [length(t) for t in ("ab", "ab", "abcdefgh", "abcdefgh", "c", "d", "ab")] == [2, 2, 8, 8, 1, 1, 2]
    assert calls == ["ab", "abcdefgh", "abcdefgh", "c", "d", "ab"]
    assert length.cache_info().currsize == 2  # type: ignore[attr-defined]


def test_bounded_memo_of_more_arguments_keeps_each_combination() -> None:
    calls: list[tuple[str, int]] = []

    @memo.bounded_memo(4, 5)
    def cut(text: str, limit: int = 2) -> str:
        calls.append((text, limit))
        return text[:limit]

    assert [cut("abc"), cut("abc"), cut("abc", 1), cut("abc", 1), cut("abcdefgh", 3)] == ["ab", "ab", "a", "a", "abc"]
    assert calls == [("abc", 2), ("abc", 1), ("abcdefgh", 3)]
    # A short key of characters outside Latin-1 takes more memory than the memo keeps for one.
    assert [cut("\U0001f600" * 4), cut("\U0001f600" * 4)] == ["\U0001f600" * 2] * 2
    assert calls[-2:] == [("\U0001f600" * 4, 2)] * 2


# --- URLs a browser would run -------------------------------------------------------------------------

SCRIPT_HREFS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "vbscript:msgbox(1)",
    "java&#9;script:alert(1)",
    "java&#10;script:alert(1)",
    "&#1;javascript:alert(1)",
    "da&#9;ta:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
    "ftp://files.example/local/2024/05/ferry-plans-a",
]


@pytest.mark.parametrize("href", SCRIPT_HREFS)
def test_links_with_another_scheme_than_http_never_come_out(href: str) -> None:
    article = parse(
        page(links=teasers(href, href + "-2", "/local/2024/05/ferry-plans-ok")), url="https://news.example/a"
    )
    assert [link.url for link in article.related_links] == ["https://news.example/local/2024/05/ferry-plans-ok"]


@pytest.mark.parametrize("href", SCRIPT_HREFS)
def test_canonical_or_base_with_another_scheme_is_ignored(href: str) -> None:
    head = f'<link rel="canonical" href="{href}"><base href="{href}">'
    article = parse(page(head=head, links=teasers("/local/2024/05/ferry-plans-a")))
    assert article.url is None
    assert [link.url for link in article.related_links] == ["/local/2024/05/ferry-plans-a"]
    # (The metadata reader folds a tab in the canonical URL into a space, which makes it a relative URL.)
    assert article.has_warning("unsafe-url") or "&#" in href
    with_url = parse(page(head=head, links=teasers("/local/2024/05/ferry-plans-a")), url="https://news.example/x/y")
    assert with_url.url == "https://news.example/x/y"
    assert [link.url for link in with_url.related_links] == ["https://news.example/local/2024/05/ferry-plans-a"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "java\tscript:alert(1)", "\x01javascript:x", "data:,x"])
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_url_argument_with_another_scheme_is_ignored(fn: Any, url: str) -> None:
    source = page() if fn is not parse_text else f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}"
    article = fn(source, url=url)
    assert article.url is None
    assert article.has_warning("unsafe-url")


def test_urls_are_normalised_as_browsers_read_them() -> None:
    assert urls.absolute_url(" https://news.example/a\u202eb\x01 ") == "https://news.example/a%E2%80%AEb"
    assert urls.absolute_url("ht\ttps://news.example/a") == "https://news.example/a"
    assert urls.absolute_url("https:\\\\news.example\\a?q=\\x") == "https://news.example/a?q=\\x"
    assert urls.resolve("\\\\other.example/a", "https://news.example/") == "https://other.example/a"
    assert urls.absolute_url("/relative") is None
    assert urls.absolute_url("https:///no-host") is None


# --- content browsers show that libxml2 drops ---------------------------------------------------------


def test_text_after_the_end_of_html_and_a_second_body_are_kept() -> None:
    second = f"<p>After the end. {PARAGRAPH}</p>"
    for tail in (f"</body></html>{second}", f"</body>{second}</html>", f"</body></html><body>{second}</body>"):
        markup_ = f"<html><body><h1>Harbour wall repairs approved</h1><p>{PARAGRAPH}</p>{tail}"
        article = parse(markup_)
        assert f"After the end. {PARAGRAPH}" in article.body, tail


# --- what is not a page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["https://example.com/news/1", "  http://example.com/a?b=c#d\n", "HTTPS://EXAMPLE.COM"])
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_a_url_given_as_the_page_says_newsparse_does_not_fetch(fn: Any, url: str) -> None:
    for form in (url, url.encode()):
        with pytest.raises(ParseError, match="does not fetch"):
            fn(form)


@pytest.mark.parametrize("name", ["examples/city-ferry.html", "story.TXT", " crawl/part-1.warc.gz\n", "/tmp/a b/x.htm"])
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_a_file_name_given_as_the_page_says_to_pass_a_path(fn: Any, name: str) -> None:
    if " " in name.strip():
        assert fn(name) is not None  # words with spaces are text, not one file name
        return
    with pytest.raises(ParseError, match=r"pathlib\.Path"):
        fn(name)


def test_parse_text_names_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"str, bytes, a pathlib\.Path or a file object, not int"):
        parse_text(3)  # type: ignore[arg-type]


def test_a_text_dump_that_mentions_tags_is_a_text_dump() -> None:
    dump = (
        "How to build a page layout\nBy Jo Lee\n"
        "Most layouts wrap each section in a <div> element and give it a class, so that the style sheet can"
        " place it; a <span> does the same for a few words inside a line of text.\n"
        "Headings go in <h2> elements, and the page's own title is its only <h1>, which search engines read.\n"
    )
    article = parse(dump)
    assert article.headline == "How to build a page layout"
    assert any("<div>" in p for p in article.body)
    # HTML after a preamble (response headers), or a fragment that starts with text, is still HTML.
    preamble = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + page()
    assert parse(preamble).headline == "Harbour wall repairs approved"
    fragment = f"Harbour wall repairs approved <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    assert parse(fragment).body == (PARAGRAPH, PARAGRAPH)


# --- paths and file objects -----------------------------------------------------------------------------


def test_a_path_or_a_binary_file_object_is_read() -> None:
    data = page().encode("utf-8")
    expected = parse(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "page.html"
        path.write_bytes(data)
        assert parse(path) == expected
        assert parse_html(path) == expected
        with path.open("rb") as handle:
            assert parse(handle) == expected
        with pytest.raises(ParseError, match="cannot read"):
            parse(pathlib.Path(tmp) / "missing.html")
        with pytest.raises(ParseError, match="not a regular file"):
            parse(pathlib.Path(tmp))
    assert parse(io.BytesIO(data)) == expected
    assert parse(io.StringIO(data.decode())) == expected
    assert parse_text(io.BytesIO(b"A headline of the story\nBy Jo Lee\n" + PARAGRAPH.encode())).byline is not None
    if os.path.exists("/dev/zero"):
        with pytest.raises(ParseError, match="not a regular file"):
            parse(pathlib.Path("/dev/zero"))


def test_a_file_object_that_reads_something_else_is_a_type_error() -> None:
    class Odd:
        def read(self) -> int:
            return 3

    with pytest.raises(TypeError, match="read"):
        parse(Odd())
    closed = io.BytesIO(b"<p>x</p>")
    closed.close()
    with pytest.raises(ParseError, match="cannot read"):
        parse(closed)


# --- links that cannot be made absolute ----------------------------------------------------------------


def test_without_a_base_relative_links_stay_as_printed_with_a_warning() -> None:
    links = teasers("/local/2024/05/ferry-plans-a", "https://other.example/local/2024/05/ferry-b")
    article = parse(page(links=links))
    assert [link.url for link in article.related_links] == [
        "/local/2024/05/ferry-plans-a",
        "https://other.example/local/2024/05/ferry-b",
    ]
    assert article.has_warning("unresolved-links")
    # A relative url= that nothing resolves is no page URL.
    lone = parse(page(), url="/local/2024/05/harbour-wall")
    assert lone.url is None
    assert lone.has_warning("unresolved-links")
    resolved = parse(page(links=links), url="https://news.example/local/2024/05/harbour-wall")
    assert resolved.related_links[0].url == "https://news.example/local/2024/05/ferry-plans-a"
    assert not resolved.has_warning("unresolved-links")


def test_a_relative_url_argument_resolves_against_the_canonical_url() -> None:
    head = '<link rel="canonical" href="https://news.example/local/2024/05/harbour-wall">'
    article = parse(page(head=head, links=teasers("ferry-plans-a-b-c")), url="/local/2024/05/harbour-wall?ref=x")
    assert article.url == "https://news.example/local/2024/05/harbour-wall?ref=x"
    assert article.related_links[0].url == "https://news.example/local/2024/05/ferry-plans-a-b-c"
