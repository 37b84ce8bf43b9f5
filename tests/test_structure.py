"""The structured body: the story's blocks as paragraphs, headings, lists, quotes, tables and
preformatted text, with absolute inline links; ``body`` stays their paragraphs."""

from __future__ import annotations

from pathlib import Path

from conftest import FERRY_PARAGRAPHS
from lxml import html as lxml_html

from newsparse import BodyBlock, InlineLink, parse_html, parse_text
from newsparse.read.walk import tree_to_page
from newsparse.segments.body.structure import html_structure

URL = "https://bay.example/news/2025/ferry"
HEADLINE = "River Ferry Returns After Three Months of Repairs"
FIRST, SECOND, THIRD = FERRY_PARAGRAPHS


def page(story: str) -> str:
    """A page with the ferry story around the given markup."""
    return (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{FIRST}</p>{story}<p>{SECOND}</p><p>{THIRD}</p>"
        "</article></body></html>"
    )


def kinds(blocks: tuple[BodyBlock, ...]) -> list[str]:
    return [b.kind for b in blocks]


def test_a_plain_story_is_paragraphs_equal_to_the_body() -> None:
    article = parse_html(page(""), url=URL)
    assert article.body == FERRY_PARAGRAPHS
    assert article.body_blocks == tuple(BodyBlock("paragraph", p) for p in FERRY_PARAGRAPHS)


def test_subheads_keep_their_level() -> None:
    article = parse_html(page("<h2>What changed on board</h2><h3>The engines</h3>"), url=URL)
    headings = [(b.text, b.level) for b in article.body_blocks if b.kind == "heading"]
    assert headings == [("What changed on board", 2), ("The engines", 3)]
    assert "What changed on board" in article.body


def test_lists_are_one_block_with_items_and_say_whether_they_are_numbered() -> None:
    bullets = "<ul><li>New engines from the yard at Kessel</li><li>A steering gear built to the old design</li></ul>"
    steps = "<ol><li>Buy a ticket at the quay</li><li>Board by the front ramp</li></ol>"
    article = parse_html(page(bullets + f"<p>{SECOND}</p>" + steps), url=URL)
    lists = [b for b in article.body_blocks if b.kind == "list"]
    assert [(b.items, b.ordered) for b in lists] == [
        (("New engines from the yard at Kessel", "A steering gear built to the old design"), False),
        (("Buy a ticket at the quay", "Board by the front ramp"), True),
    ]
    assert lists[0].text == "New engines from the yard at Kessel\nA steering gear built to the old design"
    # body keeps an item per paragraph, as before.
    assert "Buy a ticket at the quay" in article.body


def test_a_list_of_posts_is_not_a_list_of_items() -> None:
    # Each item holds several paragraphs: the page lays its content out as a list.
    posts = "".join(f"<li><p>{p}</p><p>{p}</p></li>" for p in FERRY_PARAGRAPHS)
    html = f"<html><body><h1>{HEADLINE}</h1><ul class='posts'>{posts}</ul></body></html>"
    article = parse_html(html, url=URL)
    assert article.body
    assert "list" not in kinds(article.body_blocks)


def test_a_quote_groups_its_paragraphs() -> None:
    quote = "<blockquote><p>We missed the boat every single day.</p><p>Now we are back on the water.</p></blockquote>"
    article = parse_html(page(quote), url=URL)
    quotes = [b for b in article.body_blocks if b.kind == "quote"]
    assert [q.text for q in quotes] == ["We missed the boat every single day.\nNow we are back on the water."]


def test_a_blockquote_around_the_whole_story_is_no_quote() -> None:
    story = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = f"<html><body><h1>{HEADLINE}</h1><blockquote>{story}</blockquote></body></html>"
    article = parse_html(html, url=URL)
    assert article.body == FERRY_PARAGRAPHS
    assert kinds(article.body_blocks) == ["paragraph"] * 3


def test_a_data_table_gives_rows_of_cells_and_a_body_line_per_row() -> None:
    table = (
        "<table><tr><th></th><th>2024</th><th>2025</th></tr>"
        "<tr><td>Crossings</td><td>3,100</td><td>4,200</td></tr>"
        "<tr><td>Passengers</td><td></td><td>51,000</td></tr></table>"
    )
    article = parse_html(page(table), url=URL)
    tables = [b for b in article.body_blocks if b.kind == "table"]
    assert len(tables) == 1
    # Empty cells keep the columns in place.
    assert tables[0].rows == (("", "2024", "2025"), ("Crossings", "3,100", "4,200"), ("Passengers", "", "51,000"))
    assert tables[0].text == "\t2024\t2025\nCrossings\t3,100\t4,200\nPassengers\t\t51,000"
    # body: a line per row instead of a paragraph per cell.
    assert "Crossings\t3,100\t4,200" in article.body
    assert "3,100" not in article.body
    start = article.body.index(FIRST) + 1
    assert article.body[start : start + 3] == ("\t2024\t2025", "Crossings\t3,100\t4,200", "Passengers\t\t51,000")


def test_a_layout_table_around_the_story_gives_paragraphs() -> None:
    story = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    html = (
        f"<html><body><table><tr><td><a href='/'>Home</a></td><td><h1>{HEADLINE}</h1>{story}</td></tr>"
        "</table></body></html>"
    )
    article = parse_html(html, url=URL)
    assert article.body == FERRY_PARAGRAPHS
    assert "table" not in kinds(article.body_blocks)


def test_preformatted_text_keeps_its_lines_and_indentation() -> None:
    pre = "<pre>\ndepart  06:10\n  arrive 06:25\n\ndepart  06:50\n</pre>"
    article = parse_html(page(pre), url=URL)
    blocks = [b for b in article.body_blocks if b.kind == "preformatted"]
    assert [b.text for b in blocks] == ["depart  06:10\n  arrive 06:25\n\ndepart  06:50"]
    # body keeps the text with its whitespace folded, as before.
    assert "depart 06:10 arrive 06:25 depart 06:50" in article.body


def test_inline_links_are_absolute_and_script_links_have_no_url() -> None:
    linked = (
        f'<p>{SECOND} Read the <a href="/docs/timetable.pdf">timetable</a>, the '
        '<a href="https://port.example/notice">port notice</a> and <a href="javascript:void(0)">more</a>.</p>'
    )
    html = f"<html><body><article><h1>{HEADLINE}</h1><p>{FIRST}</p>{linked}<p>{THIRD}</p></article></body></html>"
    article = parse_html(html, url=URL)
    links = next(b.links for b in article.body_blocks if b.links)
    assert links == (
        InlineLink("timetable", "https://bay.example/docs/timetable.pdf"),
        InlineLink("port notice", "https://port.example/notice"),
        InlineLink("more", None),
    )


def test_relative_links_without_a_base_have_no_url() -> None:
    linked = f'<p>{SECOND} See the <a href="/docs/timetable">timetable</a>.</p>'
    html = f"<html><body><article><h1>{HEADLINE}</h1><p>{FIRST}</p>{linked}<p>{THIRD}</p></article></body></html>"
    links = next(b.links for b in parse_html(html).body_blocks if b.links)
    assert links == (InlineLink("timetable", None),)


def test_text_dumps_give_paragraphs() -> None:
    dump = "\n".join((HEADLINE, "By Ana Lima", *FERRY_PARAGRAPHS))
    article = parse_text(dump)
    assert article.body == FERRY_PARAGRAPHS
    assert article.body_blocks == tuple(BodyBlock("paragraph", p) for p in article.body)


def test_the_body_is_the_blocks_paragraphs_on_the_example_page(repo_root: Path) -> None:
    example = repo_root / "examples" / "city-ferry.html"
    article = parse_html(example.read_bytes())
    lines = [line for b in article.body_blocks for line in (b.items or b.text.split("\n"))]
    assert tuple(lines) == article.body


def test_a_table_row_with_a_cell_in_the_story_is_read_whole() -> None:
    # The body rule may leave out a cell that is mostly a link; the row it stands in keeps it.
    markup = (
        "<html><body><table><tr><th>Route</th><th>Crossings</th></tr>"
        "<tr><td><a href='/north'>North pier</a></td><td>3,100</td></tr></table></body></html>"
    )
    blocks_page = tree_to_page(lxml_html.document_fromstring(markup))
    texts = [b.text for b in blocks_page.blocks]
    story = [texts.index(t) for t in ("Route", "Crossings", "3,100")]
    body, blocks = html_structure(blocks_page, story, URL)
    assert body == ("Route\tCrossings", "North pier\t3,100")
    assert blocks == (
        BodyBlock(
            "table",
            "Route\tCrossings\nNorth pier\t3,100",
            rows=(("Route", "Crossings"), ("North pier", "3,100")),
            links=(InlineLink("North pier", "https://bay.example/north"),),
        ),
    )
