"""Hostile input, third round: the classes a fresh attacker found, each reproduced small.

As in ``test_hostile.py``, inputs that once cost more than linear time are sized so that the
old code took far longer than the test may: the tests assert what comes out, not timings.
"""

from __future__ import annotations

import pathlib

import pytest

from newsparse import ParseError, parse, parse_html, parse_text

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
    ["</html lang=en>", "</html/>", '</body class="x"></html>', "</BODY\n data-x=1>", "</html\t/>"],
)
def test_text_after_an_end_tag_with_attributes_is_kept(end: str) -> None:
    article = parse(f"<html><body><h1>Harbour wall repairs approved</h1><p>{PARAGRAPH}</p>{end}<p>{LATE}</p>")
    assert LATE in article.body
