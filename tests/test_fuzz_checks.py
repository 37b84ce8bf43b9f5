"""The fuzzer's output checks (``fuzz/checks.py``): they hold on every seed in every mode, and
they catch what the attacker found."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, InlineLink, ParseError, RelatedLink

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))

from checks import check_article, check_markdown, check_url
from seeds import seed_pages

SEEDS = seed_pages()


def parse_mode(mode: int, payload: bytes) -> Article:
    if mode == 0:
        return newsparse.parse(payload)
    if mode == 1:
        return newsparse.parse(payload.decode("utf-8", errors="surrogateescape"))
    if mode == 2:
        return newsparse.parse_text(payload.decode("utf-8", errors="replace"))
    return newsparse.parse_html(payload, encoding="utf-8")


@pytest.mark.parametrize("mode", range(4))
@pytest.mark.parametrize("index", range(len(SEEDS)))
def test_every_seed_passes_the_output_checks(index: int, mode: int) -> None:
    try:
        article = parse_mode(mode, SEEDS[index])
    except (ParseError, TypeError):
        return
    check_article(article)


@pytest.mark.parametrize(
    "url",
    [
        "https://bank.example@evil.example/",
        "https://user:password@host.example/",
        "https://a.example/x y",
        "https://a.example/x\u200by",
        "https://a.example/x\u3000y",
        "https://a.example/x\ud800",
        "javascript:alert(1)",
        "relative/path",
    ],
)
def test_the_url_check_catches(url: str) -> None:
    with pytest.raises(AssertionError):
        check_url(url)


def test_the_url_check_passes_plain_urls() -> None:
    check_url("https://news.example/2024/05/ferry?a=1&b=2#top")
    check_url("/local/ferry", relative_ok=True)


@pytest.mark.parametrize(
    "markdown",
    [
        "Wow![a](https://evil.example/x.png)",
        "text <img src=x> more",
        "<div>\nblock\n</div>\n",
        "[a](ftp://files.example/x)",
    ],
)
def test_the_markdown_check_catches(markdown: str) -> None:
    with pytest.raises(AssertionError):
        check_markdown(markdown)


def test_the_article_check_catches_a_bad_field() -> None:
    article = newsparse.parse(SEEDS[0])
    bad_links = (RelatedLink("Ferry", "https://u@evil.example/"),)
    with pytest.raises(AssertionError):
        check_article(dataclasses.replace(article, related_links=bad_links))
    block = dataclasses.replace(article.body_blocks[0], links=(InlineLink("x", "/relative"),))
    with pytest.raises(AssertionError):
        check_article(dataclasses.replace(article, body_blocks=(block,)))
