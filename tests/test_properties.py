"""Properties that hold for every input, checked on generated pages (Hypothesis).

For any value handed in: ``parse`` returns an :class:`Article` or raises ``ParseError`` or
``TypeError``; the article's ``to_json()`` is valid UTF-8 JSON that ``from_dict`` turns back
into the same article; its URLs are http(s) URLs (a link's relative, as printed, only when
nothing resolves it); its text holds no
control characters or bidi overrides; and the same input gives the same output. The
examples are kept small and few so that the suite stays quick in CI; ``fuzz/`` runs the
same checks for millions of inputs.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Article, ParseError, parse, parse_html, parse_text
from newsparse.cues.urls import url_scheme

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters no output text holds (tab and newline may, in structured blocks).
FORBIDDEN = frozenset(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)

_names = st.sampled_from(["div", "p", "h1", "h2", "a", "b", "li", "ul", "article", "section", "span", "time", "body"])
_attrs = st.sampled_from(
    [
        "",
        ' class="byline"',
        ' class="related"',
        ' class="dek"',
        ' href="/local/2024/05/ferry-plans"',
        ' href="java&#9;script:alert(1)"',
        ' href="http://[::1"',
        ' href="https://news.example/a/b-c-d"',
        ' datetime="2024-05-03T10:00:00+02:00"',
        ' rel="canonical"',
        ' lang="de"',
    ]
)
_texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "Harbour wall repairs approved by the council",
            "By Jo Lee and Ana Lima",
            "May 3, 2024",
            "Copyright © 2024 Example News. All rights reserved.",
            "The council met on Tuesday to discuss the budget for the coming year, and spoke at length.",
            "Related",
            "&#x1b;[31m",
            "&#x202e;",
            "&#xD800;",
            "&amp;",
            "\ud800",
        ]
    ),
)
_head = st.sampled_from(
    [
        "",
        '<meta charset="utf-7">',
        '<meta charset="hex">',
        '<link rel="canonical" href="vbscript:x">',
        '<base href="http://[::1">',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\ud800 b"}</script>',
        '<?xml version="1.0" encoding="junk"?>',
    ]
)


@st.composite
def html_pages(draw: Any) -> str:
    parts = [draw(_head), "<html><body>"]
    for _ in range(draw(st.integers(0, 12))):
        name = draw(_names)
        parts.append(f"<{name}{draw(_attrs)}>{draw(_texts)}</{name}>" if draw(st.booleans()) else f"<{name}>")
    return "".join(parts)


text_dumps = st.lists(_texts, max_size=12).map("\n".join)
pages = st.one_of(
    html_pages(), text_dumps, st.binary(max_size=200), html_pages().map(lambda s: s.encode("utf-8", "surrogatepass"))
)


def _parsed(fn: Any, page: object) -> Article | None:
    try:
        article = fn(page)
    except (ParseError, TypeError) as exc:
        assert str(exc)
        return None
    assert isinstance(article, Article)
    return article


def _check(article: Article) -> None:
    encoded = article.to_json().encode("utf-8")
    assert Article.from_dict(json.loads(encoded)) == article
    own = [article.url, article.canonical_url, article.image]
    assert all(u is None or u.startswith(("http://", "https://")) for u in own), own
    links = [link.url for link in article.related_links]
    links += [link.url for block in article.body_blocks for link in block.links]
    # A link is absolute, or relative as printed when nothing resolves it: never another scheme.
    assert all(u is None or u.startswith(("http://", "https://")) or url_scheme(u) is None for u in links), links
    texts = [article.headline, article.subheading, article.description, *article.body]
    texts += [link.text for link in article.related_links]
    if article.byline is not None:
        texts += [article.byline.text, *article.byline.authors]
    assert not any(FORBIDDEN.intersection(t) for t in texts if t)


@SETTINGS
@given(pages)
def test_parse_gives_a_sound_article_or_refuses(page: str | bytes) -> None:
    for fn in (parse, parse_html, parse_text):
        article = _parsed(fn, page)
        if article is not None:
            _check(article)


@SETTINGS
@given(pages)
def test_the_same_input_gives_the_same_output(page: str | bytes) -> None:
    first = _parsed(parse, page)
    again = _parsed(parse, page)
    assert first == again


@SETTINGS
@given(
    st.one_of(
        st.integers(),
        st.floats(),
        st.none(),
        st.lists(st.text(max_size=5), max_size=3),
        st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
    )
)
def test_values_of_other_types_are_a_type_error(value: object) -> None:
    for fn in (parse, parse_html, parse_text):
        try:
            fn(value)
        except TypeError:
            continue
        raise AssertionError(f"{fn.__name__} accepted {value!r}")
