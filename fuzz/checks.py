"""What every parse result must satisfy, whatever the page: the fuzzer's output checks.

Kept apart from the fuzzer so that the test suite runs the same checks on its own inputs
(``tests/test_fuzz_checks.py``) without atheris. Each check raises ``AssertionError`` with
what it found.

- The result serialises to UTF-8 JSON and round-trips through ``to_dict``/``from_dict``.
- No text field holds a control character (tab and newline aside), a bidi override or
  isolate, or a lone surrogate.
- Every URL field is an http(s) URL (a related link's may be relative, as printed, when
  nothing resolved it) without a user name or password, without whitespace, invisible
  characters or lone surrogates.
- ``to_markdown()``, rendered by a CommonMark parser, holds no image (a remote load from any
  viewer) and no raw HTML, and its links lead only to http(s) or relative URLs.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from markdown_it import MarkdownIt

from newsparse import Article

__all__ = ["check_article", "check_markdown", "check_url", "url_fields"]

_MARKDOWN = MarkdownIt("commonmark")
# What no output text carries: C0 controls but tab and newline, DEL, C1 controls, bidi
# embeddings, overrides and isolates, lone surrogates.
_BAD_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Unicode categories no URL shows as they are: spaces, controls, format (invisible) characters,
# surrogates, unassigned-private use aside.
_BAD_URL_CATEGORIES = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf", "Cs"))
# The fillers that show as nothing though their category says letter.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_URL_FIELDS = frozenset(("url", "canonical_url", "image"))


def url_fields(value: Any, owner: str = "") -> Iterator[tuple[str, str]]:
    """Every (owner class name, URL) in an article, its links and blocks."""
    if isinstance(value, tuple):
        for item in value:
            yield from url_fields(item, owner)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in _URL_FIELDS and isinstance(item, str):
                yield type(value).__name__, item
            elif field.name != "warnings":
                yield from url_fields(item, type(value).__name__)


def _text_fields(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _text_fields(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _text_fields(getattr(value, field.name))


def check_url(url: str, *, relative_ok: bool = False) -> None:
    """An output URL: http(s) (or relative, as printed), no userinfo, nothing unseen in it."""
    for char in url:
        assert unicodedata.category(char) not in _BAD_URL_CATEGORIES, f"URL holds U+{ord(char):04X}: {url!r}"
        assert char not in _INVISIBLE_LETTERS, f"URL holds U+{ord(char):04X}: {url!r}"
    scheme = _SCHEME.match(url)
    if scheme is None:
        assert relative_ok, f"URL is not absolute: {url!r}"
        rest = url
    else:
        assert scheme.group().lower() in ("http:", "https:"), f"URL with scheme {scheme.group()!r}: {url!r}"
        rest = url[scheme.end() :]
    if rest.startswith("//"):
        authority = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
        assert "@" not in authority, f"URL with a user name or password: {url!r}"
    else:
        assert scheme is None, f"URL without a host: {url!r}"


def check_markdown(markdown: str) -> None:
    """Rendered as CommonMark: no image, no raw HTML, links to http(s) or relative URLs only."""
    stack = list(_MARKDOWN.parse(markdown))
    while stack:
        token = stack.pop()
        assert token.type != "image", f"Markdown renders an image: {token.attrs.get('src')!r}"
        assert token.type not in ("html_block", "html_inline"), f"Markdown holds raw HTML: {token.content!r}"
        if token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            scheme = _SCHEME.match(href)
            assert scheme is None or scheme.group().lower() in ("http:", "https:"), f"Markdown link to {href!r}"
        stack.extend(token.children or ())


def check_article(article: Article) -> None:
    """Every output check on one result."""
    encoded = article.to_json().encode("utf-8")  # raises on a lone surrogate
    json.loads(encoded)
    assert Article.from_dict(article.to_dict()) == article, "from_dict(to_dict()) differs"
    for text in _text_fields(article):
        bad = _BAD_TEXT.search(text)
        assert bad is None, f"output text holds U+{ord(bad.group()):04X}: {text[:80]!r}"
    for owner, url in url_fields(article):
        # A related link's URL stays relative, as printed, when nothing resolved it.
        check_url(url, relative_ok=owner == "RelatedLink")
    check_markdown(article.to_markdown())
