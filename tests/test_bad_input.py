"""Bad input: each case gets a right result or a ParseError that says what was wrong.

Never a hang, never a traceback from inside a dependency: every failure is a
:class:`~newsparse.ParseError` (or a ``TypeError`` for a value of the wrong type).
"""

from __future__ import annotations

import gzip
import io
import random
import struct
import zipfile
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Article, ParseError, parse, parse_html, parse_text

PARSERS = [parse, parse_html, parse_text]

PARAGRAPH = (
    "The council met on Tuesday to discuss the budget for the coming year, and members spoke at length about"
    " the cost of repairing the harbour wall before the winter storms arrive. "
)


def story_html(
    headline: str,
    paragraphs: list[str],
    *,
    head: str = '<meta charset="utf-8">',
    lang: str = "en",
    notice: str = "Copyright (c) 2024 Example News. All rights reserved.",
) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}<title>{headline} | Example News</title></head>\n'
        f'<body><article><h1>{headline}</h1><p class="byline">By Jo Lee</p>\n{body}</article>\n'
        f"<footer><p>{notice}</p></footer></body></html>\n"
    )


def story_text(headline: str, paragraphs: list[str]) -> str:
    return "\n".join([headline, "By Jo Lee", *paragraphs, "Copyright (c) 2024 Example News. All rights reserved."])


def png_bytes() -> bytes:
    """A valid 1x1 greyscale PNG, built from its chunks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("page.html", "<html><body><h1>Inside a zip</h1></body></html>")
    return buf.getvalue()


FRENCH = [
    "Le café du port a rouvert ses portes lundi, après trois mois de travaux menés par la ville — une bonne "
    "nouvelle pour les pêcheurs.",
    "« Nous étions impatients », a déclaré la gérante, qui espère accueillir à nouveau les habitués dès l'aube.",
    "La mairie prévoit d'aménager une terrasse l'été prochain, si le budget le permet, près de la jetée.",
]
FRENCH_HEADLINE = "Le café du port rouvre après trois mois de travaux"


def assert_no_mojibake(article: Article) -> None:
    text = " ".join([article.headline or "", *article.body])
    for garbled in ("Ã©", "Ã", "â€", "\ufffd"):
        assert garbled not in text


# --- empty and blank ------------------------------------------------------------------------------


@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_empty_str(fn: Any) -> None:
    with pytest.raises(ParseError, match="empty"):
        fn("")


@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_empty_bytes(fn: Any) -> None:
    with pytest.raises(ParseError, match="empty"):
        fn(b"")


@pytest.mark.parametrize("page", [" ", "\n\n\t \r\n", "\u00a0\u2003\n", b"  \r\n\t", "\ufeff  \n", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_whitespace_only(fn: Any, page: str | bytes) -> None:
    with pytest.raises(ParseError, match="empty"):
        fn(page)


def test_byte_order_mark_in_a_str_is_not_text() -> None:
    page = "\ufeff" + story_text("Harbour Wall Repairs Approved by the Council", [PARAGRAPH])
    article = parse(page)
    assert article.headline == "Harbour Wall Repairs Approved by the Council"
    with pytest.raises(ParseError, match="empty"):
        parse("\ufeff")


# --- control characters -----------------------------------------------------------------------------


def test_nul_bytes_in_a_text_dump_are_removed_with_a_warning() -> None:
    clean = story_text("Harbour Wall Repairs Approved by the Council", [PARAGRAPH, PARAGRAPH.upper()])
    dirty = clean.replace("Harbour", "Har\x00bour").replace("council", "coun\x00\x00cil")
    for page in (dirty, dirty.encode("utf-8")):
        article = parse(page)
        assert article.headline == "Harbour Wall Repairs Approved by the Council"
        assert all("\x00" not in p for p in article.body)
        assert any("control characters" in w.message and "NUL" in w.message for w in article.warnings)
        expected = parse(clean)
        assert article.body == expected.body


def test_nul_bytes_in_html_are_removed_with_a_warning() -> None:
    page = story_html("Harbour Wall Repairs Approved", [PARAGRAPH, PARAGRAPH]).replace("council", "coun\x00cil")
    article = parse(page)
    assert article.headline == "Harbour Wall Repairs Approved"
    assert article.body and all("\x00" not in p and "council" in p for p in article.body)
    assert any("NUL" in w.message for w in article.warnings)


@pytest.mark.parametrize("page", ["\x00", "\x00" * 1000, b"\x00" * 1000, "\x00\x01\x02\x03" * 10])
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_only_nul_bytes_is_a_parse_error(fn: Any, page: str | bytes) -> None:
    with pytest.raises(ParseError, match=r"binary|control characters"):
        fn(page)


# --- binary formats --------------------------------------------------------------------------------

BINARY = {
    "png": (png_bytes(), "PNG"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    "zip": (zip_bytes(), "ZIP"),
    "gzip": (gzip.compress(story_html("Compressed page", [PARAGRAPH]).encode()), "gzip"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
    "webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
    "elf": (b"\x7fELF\x02\x01\x01\x00", "executable"),
}


@pytest.mark.parametrize("kind", sorted(BINARY))
@pytest.mark.parametrize("fn", PARSERS, ids=lambda f: f.__name__)
def test_binary_formats_are_named_in_the_error(fn: Any, kind: str) -> None:
    data, name = BINARY[kind]
    with pytest.raises(ParseError, match=name):
        fn(data)


def test_png_bytes() -> None:
    with pytest.raises(ParseError, match="PNG image"):
        parse(png_bytes())


def test_pdf_header() -> None:
    with pytest.raises(ParseError, match="PDF"):
        parse(b"%PDF-1.4\n")


def test_zip() -> None:
    with pytest.raises(ParseError, match="ZIP"):
        parse(zip_bytes())


def test_gzip_says_to_decompress() -> None:
    with pytest.raises(ParseError, match="decompress"):
        parse(gzip.compress(story_text("A gzipped text dump", [PARAGRAPH]).encode()))


def test_random_bytes_look_binary() -> None:
    data = random.Random(1).randbytes(8192)
    with pytest.raises(ParseError, match="binary"):
        parse(data)


# --- size -------------------------------------------------------------------------------------------


def test_20_mb_text_dump() -> None:
    paragraphs = [f"Paragraph {i}. " + PARAGRAPH * 3 for i in range(20_000_000 // (len(PARAGRAPH) * 3))]
    page = story_text("Council Debates the Budget for the Coming Year", paragraphs)
    assert len(page) > 20_000_000
    article = parse(page)
    assert article.headline == "Council Debates the Budget for the Coming Year"
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)
    assert len(article.body) == len(paragraphs)
    assert article.body[0] == paragraphs[0].strip()
    assert article.body[-1] == paragraphs[-1].strip()
    assert article.copyright is not None and article.copyright.years == (2024,)


def test_20_mb_text_dump_as_bytes() -> None:
    paragraphs = [f"Paragraph {i}. " + PARAGRAPH * 3 for i in range(20_000_000 // (len(PARAGRAPH) * 3))]
    page = story_text("Council Debates the Budget for the Coming Year", paragraphs).encode("utf-8")
    article = parse_text(page)
    assert article.headline == "Council Debates the Budget for the Coming Year"
    assert len(article.body) == len(paragraphs)


def test_one_5_mb_line_in_a_text_dump() -> None:
    line = (PARAGRAPH * (5_000_000 // len(PARAGRAPH) + 1)).strip()
    assert len(line) >= 5_000_000
    article = parse(story_text("Council Debates the Budget", [line]))
    assert article.headline == "Council Debates the Budget"
    assert article.body == (line,)
    assert article.copyright is not None


def test_a_page_that_is_one_5_mb_line() -> None:
    line = (PARAGRAPH * (5_000_000 // len(PARAGRAPH) + 1)).strip()
    article = parse(line)
    # One line, so it is the headline or the body; either way, all of it is kept.
    assert line in ((article.headline or ""), *article.body)


def test_one_5_mb_line_of_one_word() -> None:
    line = "x" * 5_000_000
    article = parse(line)
    # Not prose and too long for a headline: kept somewhere, or the result says nothing was found.
    assert line in ((article.headline or ""), *article.body) or any("body" in w.message for w in article.warnings)


def test_one_5_mb_paragraph_in_html() -> None:
    text = (PARAGRAPH * (5_000_000 // len(PARAGRAPH) + 1)).strip()
    article = parse(story_html("Council Debates the Budget", [text]))
    assert article.headline == "Council Debates the Budget"
    assert article.body == (text,)


def test_html_text_node_over_libxml2s_10_mb_limit_is_kept() -> None:
    # Without huge_tree libxml2 stops at 10 MB of text in one node and drops the rest of the page.
    text = (PARAGRAPH * (10_500_000 // len(PARAGRAPH) + 1)).strip()
    article = parse(story_html("Council Debates the Budget", [text, "A short closing paragraph. " * 4]))
    assert article.headline == "Council Debates the Budget"
    assert text in article.body
    assert article.copyright is not None


# --- encodings ---------------------------------------------------------------------------------------


def test_invalid_utf8_keeps_the_text_and_warns() -> None:
    good = story_html(FRENCH_HEADLINE, FRENCH).encode("utf-8")
    broken = good.replace(b"impatients", b"impa\xfftients").replace("travaux menés".encode(), b"trav\xc3aux men\xe9s")
    with pytest.raises(UnicodeDecodeError):
        broken.decode("utf-8")
    article = parse(broken)
    assert article.headline == FRENCH_HEADLINE  # the valid UTF-8 is read as UTF-8, not as Windows-1252
    assert any("not valid UTF-8" in w.message for w in article.warnings)
    body = " ".join(article.body)
    assert "Le café du port a rouvert" in body
    assert "impa\ufffdtients" in body
    assert "l'été prochain" in body


def test_utf8_cut_off_in_the_middle_of_a_character() -> None:
    data = story_text(FRENCH_HEADLINE, FRENCH).encode("utf-8") + "é".encode()[:1]
    article = parse(data)
    assert article.headline == FRENCH_HEADLINE
    assert any("truncated" in w.message for w in article.warnings)
    assert_no_mojibake(article)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_html_with_bom(encoding: str) -> None:
    page = story_html(FRENCH_HEADLINE, FRENCH, head='<meta charset="utf-16">', lang="fr")
    data = "\ufeff".encode(encoding) + page.encode(encoding)
    article = parse(data)
    assert article.headline == FRENCH_HEADLINE
    assert article.body[0] == FRENCH[0]
    assert_no_mojibake(article)
    assert parse_html(data) == article


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_utf16_text_dump_with_bom(encoding: str) -> None:
    text = story_text(FRENCH_HEADLINE, FRENCH)
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = "\ufeff".encode(encoding) + data
    article = parse(data)
    assert article == parse(text)
    assert parse_text(data) == article
    assert article.headline == FRENCH_HEADLINE


def test_bom_that_lies_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="byte-order mark"):
        parse(b"\xff\xfe" + b"\x00\xd8")  # a UTF-16 LE BOM followed by a lone high surrogate


def test_windows_1252_without_a_declaration() -> None:
    text = "café – naïve"
    data = story_text(f"A {text} headline for the story", [f"The {text} paragraph, “quoted”. " * 3]).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = parse(data)
    assert article.headline == f"A {text} headline for the story"
    assert f"The {text} paragraph, “quoted”." in article.body[0]
    assert any("decoded as" in w.message for w in article.warnings)


def test_windows_1252_html_without_a_declaration() -> None:
    data = story_html("A café – naïve headline", [f"The café – naïve paragraph. {PARAGRAPH}"], head="").encode("cp1252")
    article = parse(data)
    assert article.headline == "A café – naïve headline"
    assert article.body[0].startswith("The café – naïve paragraph.")


def test_declared_latin1_with_latin1_bytes() -> None:
    page = story_html(
        FRENCH_HEADLINE, [p.replace("—", "-").replace("’", "'") for p in FRENCH], head='<meta charset="iso-8859-1">'
    )
    article = parse(page.encode("latin-1"))
    assert article.headline == FRENCH_HEADLINE
    assert article.body[0].startswith("Le café du port a rouvert")
    assert_no_mojibake(article)
    assert article.warnings == ()


def test_declared_utf8_but_the_bytes_are_windows_1252() -> None:
    page = story_html(FRENCH_HEADLINE, FRENCH, head='<meta charset="utf-8">')
    article = parse(page.encode("cp1252"))
    assert article.headline == FRENCH_HEADLINE
    assert article.body[0] == FRENCH[0]
    assert any("declares 'utf-8'" in w.message for w in article.warnings)
    assert not any("no charset declared" in w.message for w in article.warnings)


@pytest.mark.parametrize("declared", ["windows-1251", "iso-8859-1", "shift_jis", "us-ascii"])
def test_declared_legacy_charset_but_the_bytes_are_utf8(declared: str) -> None:
    page = story_html(
        FRENCH_HEADLINE, FRENCH, head=f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    )
    article = parse(page.encode("utf-8"))
    assert article.headline == FRENCH_HEADLINE
    assert article.body[0] == FRENCH[0]
    assert_no_mojibake(article)
    assert any(f"declares {declared!r}" in w.message and "UTF-8" in w.message for w in article.warnings)


def test_declared_unknown_charset() -> None:
    page = story_html(FRENCH_HEADLINE, FRENCH, head='<meta charset="x-no-such-charset">')
    article = parse(page.encode("utf-8"))
    assert article.headline == FRENCH_HEADLINE
    assert any("unknown" in w.message for w in article.warnings)


def test_declared_utf16_in_ascii_readable_bytes_is_ignored() -> None:
    page = story_html(FRENCH_HEADLINE, FRENCH, head='<meta charset="utf-16">')
    article = parse(page.encode("utf-8"))
    assert article.headline == FRENCH_HEADLINE
    assert_no_mojibake(article)
    assert any("contradicts" in w.message for w in article.warnings)


JAPANESE = [
    "東京都内で新しい駅が開業し、初日から多くの利用者が訪れた。駅は地下鉄の二つの路線と接続している。",
    "駅の周辺では商店街が営業時間を延長し、記念の催しも開かれた。市は来年さらに二つの駅を整備する計画だ。",
]
CHINESE = [
    "北京市新的地铁线路今天开通，许多乘客在第一天就来乘坐。这条线路连接了城市的东部和西部。",
    "沿线的商店延长了营业时间，并举办了庆祝活动。市政府计划明年再修建两个新车站。",
]


def test_shift_jis_declared() -> None:
    page = story_html(
        "東京で新しい駅が開業",
        JAPANESE,
        head='<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
        lang="ja",
    )
    article = parse(page.encode("shift_jis"))
    assert article.headline == "東京で新しい駅が開業"
    assert JAPANESE[0] in article.body
    assert article.warnings == ()


@pytest.mark.parametrize("label", ["gb18030", "GB2312", "gbk"])
def test_gb18030_declared(label: str) -> None:
    page = story_html("北京新地铁线路开通", CHINESE, head=f'<meta charset="{label}">', lang="zh")
    article = parse(page.encode("gb18030"))
    assert article.headline == "北京新地铁线路开通"
    assert CHINESE[0] in article.body
    assert article.warnings == ()


def test_xml_declaration_in_a_str() -> None:
    # lxml refuses a str that carries an encoding declaration; the text is decoded already.
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + story_html(FRENCH_HEADLINE, FRENCH)
    for fn in (parse, parse_html):
        article = fn(page)
        assert article.headline == FRENCH_HEADLINE
        assert article.body[0] == FRENCH[0]


def test_xml_declaration_names_the_charset_of_bytes() -> None:
    page = story_html(FRENCH_HEADLINE, [p.replace("—", "-") for p in FRENCH], head="")
    data = b'<?xml version="1.0" encoding="iso-8859-1"?>\n' + page.encode("latin-1")
    article = parse(data)
    assert article.headline == FRENCH_HEADLINE
    assert_no_mojibake(article)


def test_lone_surrogates_in_a_str_are_replaced_with_a_warning() -> None:
    # A str decoded upstream with errors="surrogateescape" carries lone surrogates; lxml stops at them.
    page = story_html("Harbour Wall \udce9 Repairs", [PARAGRAPH, "Closing words. " * 5])
    article = parse(page)
    assert article.headline == "Harbour Wall \ufffd Repairs"
    assert len(article.body) == 2
    assert any("surrogate" in w.message for w in article.warnings)
    text = parse_text(story_text("Harbour Wall \udce9 Repairs", [PARAGRAPH]))
    assert text.headline == "Harbour Wall \ufffd Repairs"


# --- markup without text, and markup built to hurt --------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<!-- nothing but a comment -->",
        "<!DOCTYPE html>",
        '<?xml version="1.0" encoding="utf-8"?>',
        "<html><body><!-- x --></body></html>",
        "<html><head><title></title></head><body><div><span></span></div></body></html>",
        '<html><head><script>document.write("x")</script></head><body><div id="app"></div></body></html>',
        b"<html><body><p></p><p>   </p></body></html>",
    ],
)
@pytest.mark.parametrize("fn", [parse, parse_html], ids=lambda f: f.__name__)
def test_markup_without_text_is_an_empty_article_with_a_warning(fn: Any, page: str | bytes) -> None:
    # The code's choice: markup is a page, so a page without text is an Article that says so,
    # the same whether lxml sees elements in it or not.
    article = fn(page)
    assert article.headline is None
    assert article.body == ()
    assert any("no visible text" in w.message for w in article.warnings)


def test_10000_nested_divs() -> None:
    depth = 10_000
    page = (
        "<html><head><title>Deep Page | Site</title></head><body><h1>A Headline Above the Deep Part</h1>"
        + '<div class="wrap">' * depth
        + f"<p>{PARAGRAPH}</p>"
        + "</div>" * depth
        + f"<p>After the deep part. {PARAGRAPH}</p></body></html>"
    )
    article = parse(page)
    assert article.headline == "A Headline Above the Deep Part"
    # libxml2 stops at the nesting limit and drops the rest; the text must survive anyway.
    assert PARAGRAPH.strip() in article.body
    assert any("nested deeper" in w.message for w in article.warnings)


def test_300_nested_unclosed_inline_tags_keep_the_rest_of_the_page() -> None:
    # Over libxml2's default depth of 256: without huge_tree everything after it was lost.
    page = story_html("Broken Markup Still Has a Story", [PARAGRAPH + "<b>" * 300, "After the tags. " + PARAGRAPH])
    article = parse(page)
    assert article.headline == "Broken Markup Still Has a Story"
    assert "After the tags." in " ".join(article.body)
    assert article.copyright is not None


def test_10000_nested_divs_as_a_soup_and_as_bytes() -> None:
    import bs4

    page = "<html><body><h1>Deep</h1>" + "<div>" * 10_000 + "<p>Deep text.</p>" + "</div>" * 10_000 + "</body></html>"
    for form in (page.encode(), bs4.BeautifulSoup(page, "html.parser")):
        article = parse(form)
        assert isinstance(article, Article)


def test_huge_colspan() -> None:
    page = story_html("A Table With a Huge Colspan", [PARAGRAPH, PARAGRAPH]).replace(
        "</article>", '<table><tr><td colspan="99999999" rowspan="99999999">cell</td></tr></table></article>'
    )
    article = parse(page)
    assert article.headline == "A Table With a Huge Colspan"
    assert PARAGRAPH.strip() in article.body


def test_many_attributes_and_long_tag_names() -> None:
    attrs = " ".join(f'data-a{i}="{i}"' for i in range(10_000))
    page = story_html("Many Attributes on One Tag", [PARAGRAPH]).replace("<article>", f"<article {attrs}>")
    page = page.replace("<h1>", "<" + "x" * 100_000 + "></" + "x" * 100_000 + "><h1>")
    article = parse(page)
    assert article.headline == "Many Attributes on One Tag"


def test_unclosed_comment_and_cdata() -> None:
    for tail in ("<!-- never closed", "<![CDATA[ never closed", "<script>never closed", "<"):
        article = parse(story_html("Unclosed Things at the End", [PARAGRAPH]) + tail)
        assert article.headline == "Unclosed Things at the End"


# --- never a traceback from a dependency -----------------------------------------------------------------

_tags = st.sampled_from(["div", "p", "h1", "a", "b", "table", "td", "script", "!--", "title", "meta", "br", "li"])
_markup = st.lists(
    st.one_of(
        st.text(max_size=20),
        _tags.map(lambda t: f"<{t}>"),
        _tags.map(lambda t: f"</{t}>"),
        st.sampled_from(['<a href="', '">', "&amp;", "&#0;", "&#xD800;", "<meta charset=", "<?xml ", "\r\n", "]]>"]),
    ),
    max_size=40,
).map("".join)


def _parse_or_refuse(fn: Any, page: object) -> None:
    try:
        result = fn(page)
    except ParseError as exc:
        assert str(exc)  # the message says something
    else:
        assert isinstance(result, Article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_parse_error(data: bytes) -> None:
    for fn in PARSERS:
        _parse_or_refuse(fn, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_an_article_or_a_parse_error(text: str) -> None:
    for fn in PARSERS:
        _parse_or_refuse(fn, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_markup)
def test_any_tag_soup_gives_an_article_or_a_parse_error(page: str) -> None:
    for fn in (parse, parse_html):
        _parse_or_refuse(fn, page)
        _parse_or_refuse(fn, page.encode("utf-8", errors="surrogatepass"))


def test_fallback_for_deep_markup_keeps_text_and_hides_scripts() -> None:
    deep = 2_100  # past libxml2's 2048 even with huge_tree: the fallback parser reads the page
    page = (
        "<html><head><title>Deep | Site</title></head><body><h1>A Headline Over a Deep Page</h1>"
        + "<div>" * deep
        + f'<p class="x" "odd"=1 a<b=2>Fish &amp; chips \x0c at noon. {PARAGRAPH}</p>'
        + "<fb:like></fb:like><b>" * 3
        + '<script>var hidden = "<p>secret words</p>";</script><style>p { color: red }</style>'
        + f"<p>Visible words after the script. {PARAGRAPH}</p>"
        + "</div>" * deep
        + "</body></html>"
    )
    article = parse(page)
    assert article.headline == "A Headline Over a Deep Page"
    assert any("parser's limits" in w.message for w in article.warnings)
    text = " ".join(article.body)
    assert "Fish & chips at noon." in text
    assert "Visible words after the script." in text
    assert "secret" not in text
    assert "color" not in text
