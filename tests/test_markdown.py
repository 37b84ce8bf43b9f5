"""Markdown for people and for model pipelines: the options, the structure a CommonMark parser reads
back, YAML front matter, and page text that never becomes a picture, raw HTML or another heading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from conftest import FERRY_PARAGRAPHS
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Article, BodyBlock, Byline, Copyright, InlineLink, RelatedLink, parse_html
from newsparse.output.render import FRONT_MATTER_FIELDS

markdown_it = pytest.importorskip("markdown_it")
yaml = pytest.importorskip("yaml")

FIRST, SECOND, THIRD = FERRY_PARAGRAPHS
URL = "https://bay.example/news/2025/ferry"
STORY = f"""<html><head><title>Ferry</title></head><body><article>
<h1>River ferry returns to service</h1>
<p>{FIRST}</p>
<ol><li>The first change is the engines<ul><li>two new diesel engines</li>
<li>a quieter gearbox<ol><li>fitted in May</li></ol></li></ul></li>
<li>The second change is the steering gear</li></ol>
<p>{SECOND}</p>
<table><tr><th>Route</th><th>Boats | crew</th></tr><tr><td>North quay</td><td>2 | 6</td></tr>
<tr><td>Old wharf</td><td>1 | 3</td></tr></table>
<pre><code>timetable:
    07:00  north quay
    ```not a fence```</code></pre>
<p>{THIRD}</p>
</article></body></html>"""


def commonmark() -> object:
    return markdown_it.MarkdownIt("commonmark").enable("table")


def tokens(markdown: str) -> list[object]:
    return commonmark().parse(markdown)  # type: ignore[attr-defined,no-any-return]


def walk(items: list[object]) -> Iterator[object]:
    for token in items:
        yield token
        yield from walk(getattr(token, "children", None) or [])


def front_matter_of(markdown: str) -> tuple[dict[str, object], str]:
    """The YAML between the opening ``---`` lines, read by a YAML parser, and the rest."""
    assert markdown.startswith("---\n")
    head, rest = markdown[4:].split("\n---\n", 1)
    data = yaml.safe_load(head)
    assert isinstance(data, dict)
    return data, rest


@pytest.fixture(scope="module")
def story() -> Article:
    return parse_html(STORY, url=URL)


def test_nested_lists_keep_their_nesting(story: Article) -> None:
    listed = next(block for block in story.body_blocks if block.kind == "list")
    assert listed.items[:4] == (
        "The first change is the engines",
        "two new diesel engines",
        "a quieter gearbox",
        "fitted in May",
    )
    assert listed.depths == (0, 1, 1, 2, 0)
    assert BodyBlock.from_dict(listed.to_dict()) == listed
    # CommonMark reads the items back at their depths, numbered where the page numbered them.
    seen = [
        (t.level, t.type) for t in tokens(story.to_markdown()) if t.type in ("ordered_list_open", "bullet_list_open")
    ]
    assert [kind for _, kind in seen] == ["ordered_list_open", "bullet_list_open", "bullet_list_open"]
    assert [level for level, _ in seen] == sorted(level for level, _ in seen)
    html = commonmark().render(story.to_markdown())  # type: ignore[attr-defined]
    assert "<li>a quieter gearbox\n<ul>\n<li>fitted in May</li>" in html
    # The HTML and the text show the nesting too.
    assert "<li>a quieter gearbox<ul><li>fitted in May</li></ul></li>" in story.to_html()
    assert "\n  - two new diesel engines\n" in story.to_text()


def test_tables_and_code_blocks_are_read_back_as_they_were(story: Article) -> None:
    html = commonmark().render(story.to_markdown())  # type: ignore[attr-defined]
    assert "<th>Boats | crew</th>" in html and "<td>2 | 6</td>" in html
    assert html.count("<tr>") == 3
    code = next(t for t in tokens(story.to_markdown()) if t.type == "fence")
    assert code.content == "timetable:\n    07:00  north quay\n    ```not a fence```\n"  # type: ignore[attr-defined]


def test_body_only_is_the_story_alone(story: Article) -> None:
    body = story.to_markdown(body_only=True)
    assert body.startswith(FIRST + "\n\n")
    assert "River ferry" not in body
    kinds = {t.type for t in tokens(body)}
    assert "heading_open" not in kinds and "hr" not in kinds


def test_front_matter_is_valid_yaml_with_iso_dates() -> None:
    article = Article(
        headline='Ferry: "back" # at last',
        subheading="yes",
        byline=Byline(text="By Ana: Lima", authors=("Ana: Lima", "- Jo"), published=dt.date(2025, 3, 4)),
        body=("Body.",),
        url="https://bay.example/a?b=1&c=2",
        language="en",
        published=dt.date(2025, 3, 4),
        published_time=dt.datetime(2025, 3, 4, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        tags=("null", "2025-01-01", "\u2028line", "x\\y"),
        copyright=Copyright("© 2025 ---"),
        coherence=0.8123456,
    )
    markdown = article.to_markdown(front_matter=True)
    data, rest = front_matter_of(markdown)
    assert data["title"] == 'Ferry: "back" # at last'
    assert data["subheading"] == "yes"  # a string, not YAML's boolean
    assert data["authors"] == ["Ana: Lima", "- Jo"]
    assert data["published"] == dt.date(2025, 3, 4)
    assert data["published_time"] == article.published_time
    assert data["tags"] == ["null", "2025-01-01", "\u2028line", "x\\y"]
    assert data["copyright"] == "© 2025 ---"
    assert data["coherence"] == 0.8123
    assert data["url"] == "https://bay.example/a?b=1&c=2"
    assert "modified" not in data  # what the article lacks is left out
    assert list(data) == [key for key in FRONT_MATTER_FIELDS if key in data]
    assert rest.startswith("\n# Ferry")
    # Body only with front matter: the metadata and the story, for a model's context.
    data, rest = front_matter_of(article.to_markdown(front_matter=True, body_only=True))
    assert rest == "\nBody.\n"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_front_matter_reads_back_any_string(text: str) -> None:
    article = Article(headline=text, tags=(text,), body=("x",))
    data, _ = front_matter_of(article.to_markdown(front_matter=True))
    if text:
        assert data["title"] == text and data["tags"] == [text]


def test_no_rule_but_between_pages() -> None:
    # A rule separates pages in a batch and opens front matter: the notice is a paragraph of its own.
    article = Article(headline="Ferry", body=("Body.",), copyright=Copyright("© 2025 Bay Courier"))
    markdown = article.to_markdown()
    assert "---" not in markdown
    assert markdown.endswith("Body.\n\n© 2025 Bay Courier\n")
    assert "hr" not in {t.type for t in tokens(markdown)}


# --- hostile text: no picture, no raw HTML, no heading changed --------------------------------


def test_an_exclamation_mark_before_a_link_makes_no_picture() -> None:
    block = BodyBlock("paragraph", "Wow!the map", links=(InlineLink("the map", "https://evil.example/x.png"),))
    markdown = Article(body=("Wow!the map",), body_blocks=(block,)).to_markdown()
    html = commonmark().render(markdown)  # type: ignore[attr-defined]
    assert "<img" not in html
    assert 'Wow!<a href="https://evil.example/x.png">the map</a>' in html


def test_a_headings_closing_hashes_stay_text() -> None:
    article = Article(
        headline="Issue #",
        body=("x",),
        body_blocks=(BodyBlock("heading", "Rank ##", level=2), BodyBlock("heading", "#", level=3)),
    )
    headings = [t for t in tokens(article.to_markdown()) if t.type == "inline"]
    assert [t.content for t in headings][:3] == ["Issue \\#", "Rank \\##", "\\#"]  # type: ignore[attr-defined]
    html = commonmark().render(article.to_markdown())  # type: ignore[attr-defined]
    assert "<h1>Issue #</h1>" in html and "<h2>Rank ##</h2>" in html and "<h3>#</h3>" in html


def test_an_ampersand_in_a_link_url_is_not_decoded() -> None:
    url = "https://bay.example/search?q=a&amp;b&lt;=2"
    block = BodyBlock("paragraph", "the search", links=(InlineLink("the search", url),))
    article = Article(body=("the search",), body_blocks=(block,), related_links=(RelatedLink("more", url),))
    links = [t for t in walk(tokens(article.to_markdown())) if getattr(t, "type", "") == "link_open"]
    assert [t.attrs["href"] for t in links] == [url, url]  # type: ignore[attr-defined]


# Text that would be markup: pictures, links, raw HTML, entities, headings, rules, code.
MARKUP = st.sampled_from(
    ["!", "[", "]", "(", ")", "<", ">", "&amp;", "&#60;", "#", " #", "---", "- ", "1. ", "`", "*", "_", "\n", " ", "a"]
)
HOSTILE = st.lists(MARKUP, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(HOSTILE, HOSTILE, HOSTILE)
def test_page_text_never_makes_a_picture_or_raw_html(before: str, linked: str, after: str) -> None:
    text = before + linked + after
    links = (InlineLink(linked, "https://bay.example/x"),) if linked.strip() and "\n" not in linked else ()
    blocks = (
        BodyBlock("paragraph", text, links=links),
        BodyBlock("heading", text.replace("\n", " "), level=2, links=links),
        BodyBlock("list", f"{text}\n{after}", items=(text, after), depths=(0, 1)),
        BodyBlock("quote", text),
        BodyBlock("table", f"{text}\t{after}", rows=((text.replace("\n", " "), after.replace("\n", " ")),)),
    )
    article = Article(headline=text.replace("\n", " ") or None, body=(text,), body_blocks=blocks)
    _, body_only = front_matter_of(article.to_markdown(front_matter=True, body_only=True))
    for markdown, headline in ((article.to_markdown(), article.headline), (body_only, None)):
        found = list(walk(tokens(markdown)))
        kinds = {getattr(t, "type", "") for t in found}
        assert not kinds & {"image", "html_block", "html_inline", "hr"}, markdown
        hrefs = [t.attrs["href"] for t in found if getattr(t, "type", "") == "link_open"]  # type: ignore[attr-defined]
        assert all(href == "https://bay.example/x" for href in hrefs), markdown
        # The headings are the ones the article has, never one made of the text.
        headings = [t.tag for t in found if getattr(t, "type", "") == "heading_open"]  # type: ignore[attr-defined]
        assert headings == (["h1"] if headline else []) + ["h2"], markdown
