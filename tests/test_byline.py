"""Credit lines read by newsparse.byline, and the byline of small HTML pages built for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_html
from newsparse.byline import parse_credit


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A title before the name, also as the tail of a compound word.
        ("Autor: Rechtsanwalt Sebastian Brandt", ("Sebastian Brandt",)),
        ("FOCUS-Online-Experte Robin Maier", ("Robin Maier",)),
        # A title after the name ends it; a role after a comma is no co-author.
        ("Von Christoph Lind Chefredakteur", ("Christoph Lind",)),
        ("Leah C. Moore, Assistant professor of political science at Example University", ("Leah C. Moore",)),
        ("Autorin: Uta Berger, Projektleiterin der Stiftung in Tunis.", ("Uta Berger",)),
        # A word that is a title, after a lone given name and last, is the family name.
        ("Von Jörg Staff", ("Jörg Staff",)),
        # A title glued to the name by the page's CSS.
        ("By Evan HalperStaff Writer", ("Evan Halper",)),
        # A footnote mark pointing to an affiliation.
        ("By Marwan H. Adwan1", ("Marwan H. Adwan",)),
        ("Richard David Precht im Gespräch mit Karin Fischer", ("Richard David Precht", "Karin Fischer")),
        ("Text & Fotos: Ivan Valetny", ("Ivan Valetny",)),
        ("Zeige alle Beiträge von Cem Basman", ("Cem Basman",)),
    ],
)
def test_names_are_split_from_titles_and_labels(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert credit.authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Posted on 2015-04-05 by Marc Weber | Leave a comment", ("Marc Weber",), dt.date(2015, 4, 5)),
        ("Dezember 26, 2019 von Andrea Lind Kategorien: Allgemein | Hinterlasse einen Kommentar", ("Andrea Lind",),
         dt.date(2019, 12, 26)),
        ("Am 13. November 2019 Von Henry Stein In Aktuell", ("Henry Stein",), dt.date(2019, 11, 13)),
        ("9. Mai 2019 | Ulrike Stockhausen Schreibe einen Kommentar", ("Ulrike Stockhausen",), dt.date(2019, 5, 9)),
    ],
)
def test_a_credit_after_the_date_and_before_a_comment_button(
    line: str, authors: tuple[str, ...], published: dt.date
) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert credit.authors == authors
    assert credit.published == published


@pytest.mark.parametrize("line", ["Rezept von", "Written by", "Leave a comment", "Kommentare 34"])
def test_labels_and_buttons_are_no_credit(line: str) -> None:
    assert parse_credit(line, marked=True) is None


def test_a_user_name_the_metadata_credits_is_a_name() -> None:
    assert parse_credit("by marc_w", marked=True) is None
    credit = parse_credit("by marc_w", marked=True, known=("marc_w",))
    assert credit is not None
    assert credit.authors == ("marc_w",)


STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The river ferry returned to service on Friday after three months in the dry dock at the north quay,"
        " where engineers replaced both engines and the worn steering gear.",
        "Commuters who had been taking the long road round the estuary said the crossing cut their morning"
        " journey by half an hour, and the first boat of the day was full before seven.",
        "The operator said the repairs cost more than planned because corrosion in the hull was worse than"
        " the survey had suggested, but that the timetable would not change this summer.",
    )
)


def test_blog_credit_by_a_user_name_in_an_hcard() -> None:
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        '<div class="entry-meta">Posted on <time datetime="2024-05-03">May 3, 2024</time> by '
        '<span class="author vcard"><a class="url fn n" href="/author/ferryfan">ferryfan</a></span>'
        ' | <a href="#comments">Leave a comment</a></div>'
        f"{STORY}</article></body></html>"
    )
    byline = parse_html(html).byline
    assert byline is not None
    assert byline.authors == ("ferryfan",)
    assert byline.published == dt.date(2024, 5, 3)
    assert "comment" not in byline.text.casefold()
