"""The seed page parses exactly as SEGMENTS.md's worked example says, every field checked.

The page is read from the shared data beside the repository and never copied into it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLE_FIELDS

import newsparse
from newsparse import Article, Byline, Copyright, RelatedLink

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "starfolk-osi-llama.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def lines(seed_text: str) -> list[str]:
    out = seed_text.splitlines()
    assert len(out) == 15, "the seed is 15 lines: headline, dek, byline, 8 paragraphs, 3 teasers, notice"
    return out


@pytest.fixture(scope="module")
def article(seed_text: str) -> Article:
    return newsparse.parse(seed_text)


def test_headline_is_line_1(article: Article, lines: list[str]) -> None:
    assert article.headline == lines[0]


def test_subheading_is_line_2(article: Article, lines: list[str]) -> None:
    assert article.subheading == lines[1]


def test_byline_is_line_3(article: Article, lines: list[str]) -> None:
    assert lines[2] == "Max Carter"
    assert article.byline == Byline(text="Max Carter", authors=("Max Carter",), published=None)
    assert article.byline is not None
    assert article.byline.text == "Max Carter"
    assert article.byline.authors == ("Max Carter",)
    assert article.byline.published is None


def test_body_is_the_8_paragraphs(article: Article, lines: list[str]) -> None:
    assert len(article.body) == 8
    assert article.body == tuple(lines[3:11])
    assert article.body[0].startswith("The AI industry's rapid growth")
    assert article.body[-1].endswith("for its researchers.")
    assert article.body_text == "\n\n".join(lines[3:11])


def test_related_links_are_the_3_teasers(article: Article, lines: list[str]) -> None:
    assert article.related_links == tuple(RelatedLink(text=line, url=None) for line in lines[11:14])
    assert [link.text[:20] for link in article.related_links] == [
        "OSI defines open-sou",
        "The close relationsh",
        "Kenyan President Wil",
    ]
    assert all(link.url is None for link in article.related_links)


def test_copyright_is_the_last_line(article: Article, lines: list[str]) -> None:
    assert article.copyright == Copyright(text=lines[14], years=(2024,), holder="Starfolk")
    assert article.copyright is not None
    assert article.copyright.text == lines[-1]
    assert article.copyright.years == (2024,)
    assert article.copyright.holder == "Starfolk"


def test_page_level_fields(article: Article) -> None:
    assert article.description is None
    assert article.url is None
    assert article.language == "en"


def test_warnings_say_what_is_odd_about_the_page(article: Article) -> None:
    joined = " | ".join(w.message for w in article.warnings)
    assert {"headline-body-mismatch", "teaser-repeats-dek"} <= set(article.warning_codes)
    # Its headline and dek are about one story, its body about another ...
    assert "different stories" in joined
    # ... and its first teaser repeats its own dek.
    assert "repeats the subheading" in joined


def test_every_field_is_checked(article: Article) -> None:
    """A guard: if Article grows a field, this file must grow a check for it."""
    assert list(article.to_dict()) == ARTICLE_FIELDS


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: "\r\n".join(t.splitlines()) + "\r\n", id="crlf"),
        pytest.param(lambda t: "\n\n".join(t.splitlines()), id="blank-lines-between-blocks"),
        pytest.param(lambda t: "\r\n\r\n".join(t.splitlines()), id="crlf-and-blank-lines"),
        pytest.param(lambda t: t + "\n", id="trailing-newline"),
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8-bytes"),
        pytest.param(lambda t: "\r\n".join(t.splitlines()).encode("utf-8"), id="crlf-utf-8-bytes"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="utf-8-bytes-with-bom"),
    ],
)
def test_variants_parse_to_the_same_article(seed_text: str, article: Article, variant: object) -> None:
    page = variant(seed_text)  # type: ignore[operator]
    assert newsparse.parse(page) == article
    assert newsparse.parse_text(page) == article


def test_url_is_passed_through(seed_text: str, article: Article) -> None:
    with_url = newsparse.parse(seed_text, url="https://starfolk.example/osi-llama")
    assert with_url.url == "https://starfolk.example/osi-llama"
    assert with_url.related_links == article.related_links  # text-dump teasers have no URL to resolve
