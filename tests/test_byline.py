"""Credit lines read by newsparse.segments.byline, and the byline of small HTML pages built for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import FERRY_STORY

from newsparse import parse_html
from newsparse.cues.credits import parse_credit
from newsparse.cues.dates import date_in_row
from newsparse.cues.urls import host_spells_name
from newsparse.found import Found, Story, Taken
from newsparse.read.source import tree_from_text
from newsparse.read.walk import tree_to_page
from newsparse.segments import byline as byline_rule


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
        # The date ends the credit, also glued to the name by the page's CSS.
        ("by Lucas Nolan22 Dec 2016", ("Lucas Nolan",)),
        ("Shana Nys DambrotNovember 6, 2023", ("Shana Nys Dambrot",)),
        ("Par Jean Dupont le 3 mars 2024", ("Jean Dupont",)),
        ("Von Anna Berg am 12. Mai 2023 um 10:30 Uhr", ("Anna Berg",)),
        ("Ana Lima | Updated 3 hours ago", ("Ana Lima",)),
        ("By Jo Lee•Staff Writer", ("Jo Lee",)),
        ("Jo Lee•March 3, 2024", ("Jo Lee",)),
        # The piece named before its credit, as labelled credits print it (and a text dump of them).
        ("Article written by: Ines Moreau, MD · 2025-07-29", ("Ines Moreau",)),
        ("Author(s) John A. Kell, David C. Moor", ("John A. Kell", "David C. Moor")),
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
        (
            "Dezember 26, 2019 von Andrea Lind Kategorien: Allgemein | Hinterlasse einen Kommentar",
            ("Andrea Lind",),
            dt.date(2019, 12, 26),
        ),
        ("Am 13. November 2019 Von Henry Stein In Aktuell", ("Henry Stein",), dt.date(2019, 11, 13)),
        ("9. Mai 2019 | Ulrike Stockhausen Schreibe einen Kommentar", ("Ulrike Stockhausen",), dt.date(2019, 5, 9)),
        # The comment count after a name that follows the date.
        ("3. März 2020 Jo Lehmann 71 Kommentare", ("Jo Lehmann",), dt.date(2020, 3, 3)),
        ("June 3, 2024 Jo Lee 12 comments", ("Jo Lee",), dt.date(2024, 6, 3)),
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
    credit = parse_credit("ThE_PaiN", marked=True, known=("ThE_PaiN",))
    assert credit is not None
    assert credit.authors == ("ThE_PaiN",)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday evening, Harbour Council had closed the pier and the ferry company said so.",
        "By March the harbour board had ordered two more boats.",
        "By Friday",
    ],
)
def test_a_weekday_or_a_month_after_by_names_no_writer(line: str) -> None:
    credit = parse_credit(line)
    assert credit is None or credit.authors == ()


def test_a_name_with_a_months_word_in_it_is_a_writer() -> None:
    credit = parse_credit("By April Roach")
    assert credit is not None and credit.authors == ("April Roach",)


@pytest.mark.parametrize("printed", ["By marc", "By: marc", "By:marc", "Written by marc"])
def test_a_metadata_credit_printed_with_by_names_what_follows(printed: str) -> None:
    credit = parse_credit("marc", marked=True, known=(printed,))
    assert credit is not None
    assert credit.authors == ("marc",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("by marc_w", ("marc_w",)),
        ("By ibby", ("ibby",)),
        ("Posted by BeauHD on Friday December 19, 2025 @08:00PM", ("BeauHD",)),
        ("By MixmasterFred in Woodworking", ("MixmasterFred",)),
        ("Posted on July 1, 2024 by infuy", ("infuy",)),
    ],
)
def test_a_user_name_after_by_is_the_writer(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None
    assert credit.authors == authors


@pytest.mark.parametrize("line", ["By admin", "Posted by q_admin", "By siteadmin", "By far the best"])
def test_a_cms_account_or_a_word_after_by_is_no_writer(line: str) -> None:
    credit = parse_credit(line)
    assert credit is None or credit.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Harbourline Team", ()),
        ("Written by Acme Widgets Marketing Team", ()),
        ("By Jo Lee and the Harbourline Team", ("Jo Lee",)),
        ("By Jo Lee, Team Lead", ("Jo Lee",)),
        # A bullet glued to the credit's last word still ends it.
        ("By Harbourline Team• 4 mins read", ()),
    ],
)
def test_a_team_credit_names_no_person(line: str, authors: tuple[str, ...]) -> None:
    # "Harbourline Team" credits a team: the words before "Team" are its name, no person's.
    credit = parse_credit(line)
    assert credit is None or credit.authors == authors


STORY = FERRY_STORY


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


def story_page(header: str = "", footer: str = "", head: str = "", above: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>{above}<article><h1>River ferry returns after repairs</h1>"
        f"{header}{STORY}{footer}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "published"),
    [
        # A date line over the headline.
        (story_page(above="<p>Pressemitteilung</p><p>24.01.2022</p>"), dt.date(2022, 1, 24)),
        # A dateline with a rubric beside it.
        (story_page(header="<p>24.01.2022 Meldung Energiewende</p>"), dt.date(2022, 1, 24)),
        (story_page(header="<p>Thema des Tages // 02.11.2021</p>"), dt.date(2021, 11, 2)),
        # A row of short items, one of them the date.
        (story_page(header="<p>Paddy · April 19, 2019 · Mac · 7 comments</p>"), dt.date(2019, 4, 19)),
        # A dateline opening the story's first paragraph.
        (
            story_page(header="<p>31. Oktober 2023. Die Fähre fährt wieder, nach drei Monaten im Trockendock.</p>"),
            dt.date(2023, 10, 31),
        ),
        # A dateline opening the first paragraph, with a double hyphen.
        (
            story_page(header="<p>Feb. 23, 2015 -- The river ferry returned to service after three months.</p>"),
            dt.date(2015, 2, 23),
        ),
        # A row next to the credit that opens with the published date and adds the update.
        (
            story_page(
                header='<div class="meta"><time datetime="2024-12-07T12:43:39Z">Dec. 6, 2024, 10:00 PM UTC'
                " / Updated Dec. 7, 2024, 12:43 PM UTC</time></div>"
                '<div class="byline">By Stella Kim and Jennifer Jett</div>'
            ),
            dt.date(2024, 12, 6),
        ),
        # Under the story, labelled.
        (story_page(footer="<p>Veröffentlicht am: 6. August 2009</p>"), dt.date(2009, 8, 6)),
    ],
)
def test_the_date_printed_around_the_story(html: str, published: dt.date) -> None:
    byline = parse_html(html).byline
    assert byline is not None
    assert byline.published == published


def test_a_rubric_with_a_date_over_the_headline_dates_something_else() -> None:
    html = story_page(above="<p>World of Ships: Dragon</p><p>Release: 11.02.2005 | Refit: 29.11.2022</p>")
    byline = parse_html(html).byline
    assert byline is None or byline.published is None


def test_metadata_settles_the_order_of_an_all_numeric_date() -> None:
    meta = '<meta property="article:published_time" content="2020-04-12T08:00:00+01:00">'
    byline = parse_html(story_page(head=meta, header='<p class="byline">By Kay Lind | 12/04/2020</p>')).byline
    assert byline is not None
    assert byline.published is not None
    assert (byline.published.year, byline.published.month, byline.published.day) == (2020, 4, 12)


def test_a_permalink_dates_an_undated_page() -> None:
    byline = parse_html(story_page(), url="https://news.example.com/2024/05/03/river-ferry-returns").byline
    assert byline is not None
    assert byline.published == dt.date(2024, 5, 3)


def test_an_embedded_post_attribution_is_no_credit() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>Ferries are back!</p>'
        "— Ana Lima (@analima) <a href='https://twitter.com/x/status/1'>May 2, 2024</a></blockquote>"
    )
    byline = parse_html(story_page(header='<p class="byline">By Ben Okafor</p>', footer=tweet)).byline
    assert byline is not None
    assert byline.authors == ("Ben Okafor",)
    byline = parse_html(story_page(footer=tweet)).byline
    assert byline is None or byline.authors == ()


def test_co_authors_printed_one_per_block_in_a_credit_box() -> None:
    box = (
        '<div class="byline"><div>By</div><div class="byline-unit"><a href="/a/db">David Brand</a></div>'
        '<div>and</div><div class="byline-unit"><a href="/a/rk">Ramsey Khalifeh</a></div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.authors == ("David Brand", "Ramsey Khalifeh")
    assert byline.text == "By David Brand and Ramsey Khalifeh"


def test_avatar_initials_between_co_authors_are_skipped() -> None:
    box = (
        '<div class="authors"><div class="avatar"><span>JL</span></div><div class="name">Jo Lee</div>'
        '<div class="avatar"><span>SR</span></div><div class="name">Sam Roe</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.authors == ("Jo Lee", "Sam Roe")


def test_a_job_title_line_under_the_name_is_no_co_author() -> None:
    box = (
        '<div class="author"><div class="author-name">Ben Silverman</div>'
        '<div class="author-title">Games Editor</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.authors == ("Ben Silverman",)


def test_a_job_title_line_in_the_credit_box_is_part_of_the_printed_credit() -> None:
    box = (
        '<div class="byline"><div class="byline__name">By Benjamin Romano</div>'
        '<div class="byline__title">Seattle Times business reporter</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.text == "By Benjamin Romano Seattle Times business reporter"
    assert byline.authors == ("Benjamin Romano",)


def test_a_relative_time_ends_the_credit() -> None:
    credit = parse_credit("Alex Perry 1 day ago", marked=True)
    assert credit is not None
    assert credit.text == "Alex Perry"


# --- credits and dates that must not be misread -----------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "text"),
    [
        ("Written by John Smith", ("John Smith",), "Written by John Smith"),
        ("Written by John Smith | May 3, 2024", ("John Smith",), "Written by John Smith"),
        ("Von Max Müller vor 3 Tagen", ("Max Müller",), "Von Max Müller"),
        ("Por Juan Pérez hace 2 días", ("Juan Pérez",), "Por Juan Pérez"),
        ("Par Jean Dupont il y a 3 jours", ("Jean Dupont",), "Par Jean Dupont"),
        ("By Ma Si", ("Ma Si",), "By Ma Si"),
        ("By Md Rafiqul Islam", ("Md Rafiqul Islam",), "By Md Rafiqul Islam"),
        ("Anna Leiter", ("Anna Leiter",), "Anna Leiter"),
        ("By Brenda Goodman, MA WebMD Health News", ("Brenda Goodman",), "By Brenda Goodman, MA WebMD Health News"),
        (
            "Michael Anderson, PhD, Carlos Dobkin, PhD",
            ("Michael Anderson", "Carlos Dobkin"),
            "Michael Anderson, PhD, Carlos Dobkin, PhD",
        ),
    ],
)
def test_names_are_read_whole(line: str, authors: tuple[str, ...], text: str) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert (credit.authors, credit.text) == (authors, text)


def test_a_place_after_a_date_is_no_author() -> None:
    credit = parse_credit("3 mai 2024 de Paris", marked=True)
    assert credit is None or "Paris" not in credit.authors


def test_a_story_sentence_ending_in_a_date_does_not_date_the_article() -> None:
    meta = '<meta property="article:published_time" content="2024-05-03T08:00:00Z">'
    html = story_page(head=meta, header="<p>The trial is set to begin on June 30, 2025.</p>")
    byline = parse_html(html).byline
    assert byline is not None
    assert byline.published is not None
    assert (byline.published.year, byline.published.month, byline.published.day) == (2024, 5, 3)


def test_a_date_inside_a_sentence_next_to_the_credit_stays_in_the_body() -> None:
    sentence = "The new deadline – 12 June 2025 – is final, officials said."
    html = story_page(header=f'<p class="byline">By Ana Lima</p><p>{sentence}</p>')
    article = parse_html(html)
    assert article.byline is not None
    assert article.byline.published is None
    assert sentence in article.body


def test_a_date_with_a_month_name_is_not_reordered_by_the_metadata() -> None:
    meta = '<meta property="article:published_time" content="2020-12-04T08:00:00Z">'
    byline = parse_html(story_page(head=meta, header='<p class="byline">By John Smith | April 12, 2020</p>')).byline
    assert byline is not None
    assert byline.published == dt.date(2020, 4, 12)


def test_a_permalink_date_before_the_web_is_no_date() -> None:
    byline = parse_html(story_page(), url="https://news.example.com/1905/05/05/river-ferry-history").byline
    assert byline is None or byline.published is None


def test_a_date_of_a_teaser_under_the_story_does_not_date_the_article() -> None:
    teasers = '<ul class="related-posts"><li><a href="/a">Another story on ferries</a><br>15.12.2021</li></ul>'
    byline = parse_html(story_page(footer=teasers)).byline
    assert byline is None or byline.published is None


def test_a_co_author_whose_name_reads_as_a_title_after_and() -> None:
    box = (
        '<div class="byline"><div>By</div><div class="byline-unit">David Brand</div><div>and</div>'
        '<div class="byline-unit">Jennifer Senior</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.authors == ("David Brand", "Jennifer Senior")
    assert byline.text == "By David Brand and Jennifer Senior"


def test_an_author_bio_line_is_not_part_of_the_credit() -> None:
    box = (
        '<div class="author"><div class="author-name">Ana Lima</div>'
        '<div class="author-bio">Editor of the weekly</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.text == "Ana Lima"


def test_a_placeholder_metadata_name_is_no_author() -> None:
    meta = '<meta name="author" content="webmaster">'
    row = '<p class="entry-meta">Posted on May 3, 2024 by webmaster</p>'
    byline = parse_html(story_page(head=meta, header=row)).byline
    assert byline is None or byline.authors == ()


def test_an_hcard_in_a_slider_before_the_article_is_not_its_author() -> None:
    slider = '<div class="slider"><span class="author vcard"><span class="fn">Widget Person</span></span></div>'
    html = f"<html><body>{slider}<article><h1>River ferry returns after repairs</h1>{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is None or "Widget Person" not in byline.text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jack Ma", ("Jack Ma",)),
        ("By Yo-Yo Ma", ("Yo-Yo Ma",)),
        ("By Times staff", ("Times",)),
    ],
)
def test_family_names_that_look_like_titles(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert credit.authors == authors


def test_an_agency_after_and_is_no_person() -> None:
    box = (
        '<div class="byline"><div>By</div><div class="byline-unit">Jane Doe</div><div>and</div>'
        '<div class="byline-unit">The Associated Press</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.authors == ("Jane Doe",)


def test_an_ampersand_between_co_authors_keeps_its_spaces() -> None:
    box = (
        '<div class="byline"><div>By</div><div class="byline-unit">Jane Doe</div><div>&amp;</div>'
        '<div class="byline-unit">John Roe</div></div>'
    )
    byline = parse_html(story_page(header=box)).byline
    assert byline is not None
    assert byline.text == "By Jane Doe & John Roe"


@pytest.mark.parametrize("row", ["Local news · May 3, 2024 · 4 min.", "Lokales · 3. Mai 2024 · Lesezeit 4 Min."])
def test_a_row_ending_in_an_abbreviation_is_still_a_row(row: str) -> None:
    assert date_in_row(row, day_first=True) == dt.date(2024, 5, 3)


def test_a_story_wrapper_named_like_a_list_does_not_hide_its_closing_date() -> None:
    html = (
        '<html><body><div class="card"><article><h1>River ferry returns after repairs</h1>'
        f"{STORY}<p>Veröffentlicht am: 6. August 2009</p></article></div></body></html>"
    )
    byline = parse_html(html).byline
    assert byline is not None
    assert byline.published == dt.date(2009, 8, 6)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Credentials and roles after a name are no co-authors, set off by a comma or not.
        ("Ana Ruiz, MS, RDN", ("Ana Ruiz",)),
        ("By Dana Holt, MS, RD, FAND", ("Dana Holt",)),
        ("Carl Vega, M.D. FACLM", ("Carl Vega",)),
        ("Jeffrey A. Slotnick CPP, PSP", ("Jeffrey A. Slotnick",)),
        ("Eric Song, IGN Staff", ("Eric Song",)),
        ("Mia Kerr, Shipping Expert", ("Mia Kerr",)),
        ("Liz Kenny, Former Acme Consultant", ("Liz Kenny",)),
        ("by Nora Finch, Master Horticulturalist & Garden Educator", ("Nora Finch",)),
        ("Written By: Celia Long Gardener & Astrologer", ("Celia Long",)),
        (
            "By Tom Frew, Home and Digital Security Expert & Gene Petrov, Home Security Expert",
            ("Tom Frew", "Gene Petrov"),
        ),
        ("By: Ben Johns, Sr. Director of Operations, Atlas Van Lines", ("Ben Johns",)),
        ("Brian Truitt USA TODAY", ("Brian Truitt",)),
        # ... but co-authors after a degree, or after a role and "and", are.
        ("Michael Anderson, PhD, Carlos Dobkin, PhD", ("Michael Anderson", "Carlos Dobkin")),
        ("By Jane Doe, Staff Writer, and John Roe, Editor", ("Jane Doe", "John Roe")),
        ("By John Smith and Jane Senior", ("John Smith", "Jane Senior")),
        ("By JOHN SMITH, JANE DOE", ("JOHN SMITH", "JANE DOE")),
        # Initials and particles stay in the name, also a capitalised particle at its end.
        ("Bruce Y. Lee", ("Bruce Y. Lee",)),
        ("By Minh Do", ("Minh Do",)),
        ("Mahua Das in Project Management", ("Mahua Das",)),
        ("By Jane Doe, Jr.", ("Jane Doe Jr.",)),
        # Another person's part ends the credit.
        ("By Shelby Lane, DVM. Reviewed by Molly Price, DVM", ("Shelby Lane",)),
    ],
)
def test_roles_and_credentials_stay_out_of_the_name(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert credit.authors == authors


def test_the_site_name_after_a_name_is_an_outlet() -> None:
    credit = parse_credit("Elliot Brownstein Florida Today", outlets=("Florida Today",))
    assert credit is not None
    assert credit.authors == ("Elliot Brownstein",)
    # A credit naming only the site (one word, a brand) names no person.
    credit = parse_credit("By IndustryScope", outlets=("IndustryScope",))
    assert credit is not None
    assert credit.authors == ()
    # A site named after its writer still credits a person.
    credit = parse_credit("By Rick Stone", outlets=("Rick Stone",))
    assert credit is not None
    assert credit.authors == ("Rick Stone",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Words the page set side by side with CSS.
        ("By Korin MillerPublished: Jan 29, 2025", ("Korin Miller",)),
        ("On January 12, 2025January 22, 2025 By Gabby BoucherIn Budget Travel", ("Gabby Boucher",)),
        ("Dec 17, 2025Julian K. Arni", ("Julian K. Arni",)),
        ("Authors:Ann Roy, Jyoti Patel, Aman Chadha", ("Ann Roy", "Jyoti Patel", "Aman Chadha")),
        ("Mateusz HabernyFounder at Oakwood", ("Mateusz Haberny",)),
        # The kind of piece before "by", forum thread starters, a date label after the name.
        ("Analysis by Jane Smith, CNN", ("Jane Smith",)),
        ("Guide by Will Judd Former Deputy Tech Editor", ("Will Judd",)),
        ("Contributors: Janet Lowry", ("Janet Lowry",)),
        ("Thread starter beijingwalker", ("beijingwalker",)),
        ("Posted by: Idle Cartulary", ("Idle Cartulary",)),
        ("Published by Dan Lemaire", ("Dan Lemaire",)),
        ("Posted on December 18, 2025 Posted by John Scalzo 59 Comments", ("John Scalzo",)),
        ("Paramita (Guha) Ghosh Published: January 3, 2024", ("Paramita (Guha) Ghosh",)),
        # A Korean signature: the title after the name, then the address.
        ("홍길동 기자 hong@example.com", ("홍길동",)),
        ("By Eric Levitz@EricLevitz", ("Eric Levitz",)),
    ],
)
def test_credit_shapes_of_todays_pages(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None
    assert credit.authors == authors


@pytest.mark.parametrize("line", ["About Us", "Author Spotlight", "By Fact Checked", "Text Link", "Partners"])
def test_menu_labels_are_no_credit(line: str) -> None:
    credit = parse_credit(line)
    assert credit is None or credit.authors == ()


def test_a_bare_name_beside_its_date_or_linking_to_its_page_is_the_credit() -> None:
    beside_date = story_page(header="<p>Edda Tabing</p><p>Aug 04, 2025</p>")
    byline = parse_html(beside_date).byline
    assert byline is not None and byline.authors == ("Edda Tabing",)
    linked = story_page(header='<div><a href="/authors/chris-toll">Chris Toll</a></div>')
    byline = parse_html(linked).byline
    assert byline is not None and byline.authors == ("Chris Toll",)
    labelled = story_page(header="<p>Written by</p><p>Edda Tabing</p>")
    byline = parse_html(labelled).byline
    assert byline is not None and byline.authors == ("Edda Tabing",)
    assert byline.text == "Written by Edda Tabing"


def test_a_rubric_beside_the_date_is_no_credit() -> None:
    # Two capitalised words that the page also prints in lower case are words, not a name.
    rubric = story_page(header="<p>Travel Tips</p><p>Aug 04, 2025</p>", footer="<p>More travel tips soon.</p>")
    byline = parse_html(rubric).byline
    assert byline is None or byline.authors == ()


def test_a_credit_in_a_wrapper_named_bottom_is_read() -> None:
    header = '<div class="pc-paddingbottom-16"><div class="byline-wrapper">Russ Miller</div></div>'
    byline = parse_html(story_page(header=header)).byline
    assert byline is not None and byline.authors == ("Russ Miller",)


def test_a_forum_account_and_its_display_name_are_one_author() -> None:
    # Discourse prints the handle and the display name: "Mr_Epeen (Mr Epeen)", one person.
    for line, name in (("Mr_Epeen (Mr Epeen)", "Mr_Epeen"), ("Rivertom (Rivertom)", "Rivertom")):
        credit = parse_credit(f"{line} July 30, 2024, 3:28pm", marked=True)
        assert credit is not None and credit.authors == (name,)
    # A co-author in parentheses stays a co-author.
    credit = parse_credit("Jo Lee (avec Damien Leloup)", marked=True)
    assert credit is not None and credit.authors == ("Jo Lee", "Damien Leloup")


def test_a_user_name_the_page_marks_as_the_author_is_the_credit() -> None:
    post = (
        '<div class="post-signature"><div>asked Mar 26, 2019</div>'
        f'<div><a itemprop="author" href="/users/198419/rivertom2">rivertom2</a></div></div>{STORY}'
    )
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{post}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("rivertom2",)


def test_a_one_word_name_the_metadata_credits_is_no_keyword() -> None:
    # An editor's card ("edited ... / ana_l") stands nearer the headline than the asker's, whom the
    # metadata credits by a one-word user name.
    head = '<meta name="author" content="jldugger">'
    cards = (
        '<div class="user-info"><div>edited Aug 1, 2014</div><div class="user-details">'
        '<a href="/users/118/ana_l">ana_l</a></div></div>'
        '<div class="user-info"><div>asked May 2, 2009</div><div class="user-details" itemprop="author">'
        '<a href="/users/919/jldugger">jldugger</a></div></div>'
    )
    html = f"<html><head>{head}</head><body><h1>River ferry returns after repairs</h1>{cards}{STORY}</body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("jldugger",)


def test_names_under_the_story_need_their_by() -> None:
    signatures = (
        "<div><p>Latest signatures</p>"
        + "".join(f"<p>{name}</p><p>May {n}, 2024</p>" for n, name in enumerate(("Sebastian Hamm", "Tanja Schwarz"), 3))
        + "</div>"
    )
    byline = parse_html(story_page(footer=signatures)).byline
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize("credit", ["By Harbourpost.com", "di Harbourpost.it", "By harbourpost.co.uk"])
def test_a_credit_that_is_the_sites_address_names_no_author(credit: str) -> None:
    head = '<meta property="og:site_name" content="Harbourpost">'
    body = f'<h1>River ferry returns after repairs</h1><p class="byline">{credit}</p>{STORY}'
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ()


def test_an_account_name_with_a_dot_is_still_an_author() -> None:
    head = '<meta property="og:site_name" content="Harbourpost">'
    body = f'<h1>River ferry returns after repairs</h1><p class="byline">By b.scherer</p>{STORY}'
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("b.scherer",)


def _with_aside(aside: str, filler: int = 30) -> str:
    """The ferry story, a long run of menu lines after it (out of the headline's reach), then ``aside``."""
    menu = "".join(f'<li><a href="/topics/{n}">Topic {n}</a></li>' for n in range(filler))
    return (
        "<html><body><main><article><h1>River ferry returns after repairs</h1>"
        f"{STORY}</article><nav><ul>{menu}</ul></nav>{aside}</main></body></html>"
    )


def test_a_credit_labelled_in_words_is_read_away_from_the_headline() -> None:
    # A box of the story's facts ("Published" / date, "Author" / name), named like a card.
    facts = (
        '<aside class="facts card-shadow"><div><h3>Published</h3><p><time datetime="2024-08-30">'
        "August 30, 2024</time></p></div><div><h3>Author</h3><p>Lisa D. Ellis</p></div></aside>"
    )
    article = parse_html(_with_aside(facts))
    assert article.byline is not None and article.byline.authors == ("Lisa D. Ellis",)
    assert article.byline.text == "Author Lisa D. Ellis"
    assert article.published == dt.date(2024, 8, 30)
    # The label over a list of names: each item is a co-author.
    listed = (
        '<aside><h6>Author(s)</h6><ul><li><a href="/?a=1">John A. Alic</a></li><li>David C. Mowery</li></ul></aside>'
    )
    byline = parse_html(_with_aside(listed)).byline
    assert byline is not None and byline.authors == ("John A. Alic", "David C. Mowery")
    # A card a writer, each with the avatar's initials and the job title.
    cards = (
        "<aside><div>Author</div><div><div>CP</div><div>Chengcheng Pei</div><div>Staff Software Engineer</div></div>"
        "<div><div>YL</div><div>Yuan Lin</div><div>Director of Engineering</div></div></aside>"
    )
    byline = parse_html(_with_aside(cards)).byline
    assert byline is not None and byline.authors == ("Chengcheng Pei", "Yuan Lin")
    # An agency after a slash, another label after a semicolon, are no part of the names.
    for line in ("Autor: Peter Maahn/SP-X", "Autor: Peter Maahn; Illustrator: Ada Prent"):
        byline = parse_html(_with_aside(f"<div><p>{line}</p></div>")).byline
        assert byline is not None and byline.authors == ("Peter Maahn",)
    # The metadata's persons outrank a labelled name far from the headline.
    credited = _with_aside(facts).replace("<html>", '<html><head><meta name="author" content="Ana Ruiz"></head>')
    byline = parse_html(credited).byline
    assert byline is not None and byline.authors == ("Ana Ruiz",)
    # The label and the name in one element, in a box named for tags.
    inline = '<div class="tags"><div><strong>Contributors:</strong> Janet Loughrey</div></div>'
    byline = parse_html(_with_aside(inline)).byline
    assert byline is not None and byline.authors == ("Janet Loughrey",)


@pytest.mark.parametrize(
    "aside",
    [
        # Cards of other stories, each with its label: a listing's, not this page's credit.
        "".join(f"<div><h3>Author</h3><p>{name}</p></div>" for name in ("Lisa Ellis", "Tom Berg")),
        # A rubric that starts with the word.
        "<div><h3>Author Spotlight: Tom Berg</h3></div>",
        # A teaser list the page names as such.
        '<div class="related-posts"><p>Written by Tom Berg</p></div>',
        # "Contributors" alone heads a blog's list of all its writers.
        "<div><h3>Contributors</h3><p>Ann Lee</p><p>Tom Berg</p></div>",
        # A desk's abbreviation after the label.
        "<div><p>Autor: red</p></div>",
    ],
)
def test_a_labelled_name_that_is_not_this_pages_credit(aside: str) -> None:
    byline = parse_html(_with_aside(aside)).byline
    assert byline is None or byline.authors == ()


def test_a_date_and_its_time_in_spans_of_their_own_are_read_apart() -> None:
    # The stylesheet sets the time apart from the year ("2022" + "8:23 PM"): read glued, the
    # year would be "20228" and the credit would have no date. Digits split by markup inside
    # one number stay one number.
    story = (
        "<p>The council voted on Tuesday to fund the new bridge over the river, after a long "
        "debate about its cost and design.</p><p>Work will start next spring and last two years, "
        "the mayor said, adding that traffic would be diverted during the works.</p>"
    )
    page = (
        "<html><head><title>Council votes on the new bridge</title></head><body><article>"
        "<h1>Council votes on the new bridge</h1>"
        '<p class="byline">By Jane Doe | <span>Dec 5, 2022</span><span>8:23 PM</span></p>'
        f"{story}<p>Built in 19<b>84</b>, it carries 1234<wbr>5678 cars.</p></article></body></html>"
    )
    article = parse_html(page)
    assert article.byline is not None and article.byline.published == dt.date(2022, 12, 5)
    assert "Built in 1984, it carries 12345678 cars." in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Written by Jane Doe",
        "Autoren: Jane Doe",
        "Auteurs : Jane Doe",
        "Authors: Jane Doe",
    ],
)
def test_every_writers_label_opens_a_credit(line: str) -> None:
    # The labels a credit may be read by anywhere on the page open a credit line too: one list.
    credit = parse_credit(line)
    assert credit is not None and credit.prefixed and credit.authors == ("Jane Doe",)


@pytest.mark.parametrize("heading", ["Contributors Guide", "Authors Guild", "Autoren Hilfe"])
def test_a_heading_that_starts_with_a_writers_noun_is_no_credit(heading: str) -> None:
    # "Authors", "Contributors" open a credit line before a colon only: a heading starts with them too.
    html = f"<html><body><h1>River ferry returns after repairs</h1><div>{heading}</div>{FERRY_STORY}</body></html>"
    assert parse_html(html).byline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A title tied to what it heads, after a comma, is the role of the name before it.
        ("By Dana Whitlow, Head of Marketing and Communications", ("Dana Whitlow",)),
        ("By Ivo Brandt, Reporter for the Harbour Post", ("Ivo Brandt",)),
        # A co-author after a comma stays one, particles and all.
        ("By Ann Lee, Head of News, and Bob Hart", ("Ann Lee", "Bob Hart")),
        ("By Ann Lee, Jean de la Mer", ("Ann Lee", "Jean de la Mer")),
    ],
)
def test_a_role_after_a_comma_is_no_co_author(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None
    assert credit.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Written by Harbour Advisor Staff Writer",
        "By Harbourpost Senior Editor",
        "Written by I moved here in 2015",
        "By Harbour Lifestyle Desk",
        "Metro Desk",
    ],
)
def test_a_credit_without_a_persons_name_names_no_author(line: str) -> None:
    # One word before a job title is the outlet the role is at; one letter is no name; a desk
    # word last names a desk.
    credit = parse_credit(line, marked=True)
    assert credit is None or credit.authors == ()


@pytest.mark.parametrize("label", ["Reading Time", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Temps de lecture"])
def test_a_reading_time_note_is_no_credit(label: str) -> None:
    assert parse_credit(label, marked=True) is None
    # Nor is the heading under it, which holds a colon no name holds; one word before a colon is a label.
    assert parse_credit("Office Chair & Back Pain: Quick Facts") is None
    assert parse_credit("Quelle: Harbour Works") is None
    html = (
        "<html><body><h1>River ferry returns after repairs</h1>"
        f'<div class="byline"><span class="author">{label}</span></div>{FERRY_STORY}</body></html>'
    )
    byline = parse_html(html).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # What a role heads runs on past "and" by a word; after a role "at" a place, "and" opens a name.
        ("By Dana Whitlow, Head of Marketing and Communications", ("Dana Whitlow",)),
        ("By Jo Ray, Editor at Harbourpost and Tim Bell", ("Jo Ray", "Tim Bell")),
        # Two words after "and" may be a co-author: one lost is worse than a stray role.
        ("By Tom Lee, Chief of Staff and Jane Smith", ("Tom Lee", "Jane Smith")),
        # ... unless they end in a field of work's noun.
        ("By Dana Whitlow, Head of Outreach and Community Development", ("Dana Whitlow",)),
        ("By Dana Whitlow, Director of Research and Corporate Communications", ("Dana Whitlow",)),
        ("By Dana Whitlow, Head of Research and Data Analytics", ("Dana Whitlow",)),
        # Family names that end like a field's noun are names.
        ("By Dana Whitlow, Chief of Staff and Jean Clement", ("Dana Whitlow", "Jean Clement")),
        ("By Dana Whitlow, Chief of Staff and Anna Markovics", ("Dana Whitlow", "Anna Markovics")),
        ("By Dana Whitlow, Chief of Staff and Jane Verity", ("Dana Whitlow", "Jane Verity")),
        # A desk word after a full name is the person's role; after one word, a desk.
        ("By Jane Roe Staff", ("Jane Roe",)),
        ("By ANA RUIZ STAFF", ("ANA RUIZ",)),
        # A degree after a given name, a label after a lone name: the name stays.
        ("Nils Autor", ("Nils",)),
    ],
)
def test_what_follows_a_role(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line, marked=True)
    assert credit is not None
    assert credit.authors == authors


def test_the_metadata_spelling_the_printed_by_still_names_the_writer() -> None:
    # The author field holds "By Jo Lee" as printed, beside a second "author" that is the club the
    # line under the credit links to: the credit's own name is the writer, not the club.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "By Jo Lee"},'
        '{"@type": "Person", "name": "Riverside Ferry Friends Network on Facebook"}]}</script>'
    )
    header = (
        '<div class="byline"><span>By Jo Lee</span><br><span>Riverside Ferry Friends Network on Facebook</span></div>'
    )
    byline = parse_html(story_page(header=header, head=head)).byline
    assert byline is not None
    assert byline.authors == ("Jo Lee",)


@pytest.mark.parametrize(
    ("site", "author", "authors"),
    [
        ("Mara Quist Photography", "Mara Quist", ("Mara Quist",)),  # a site named after its owner
        ("Notes of Mara Quist", "Mara Quist", ("Mara Quist",)),
        ("Quist Lab", "Mara Quist", ("Mara Quist",)),
        ("Harbourpost", "Harbourpost News", ()),  # the site's name with a word added is the site
        ("Harbourpost Daily", "Harbourpost Daily", ()),  # the site's whole name
        ("Mara Quist", "Mara", ()),  # a given name alone
        ("Jo Lee Photography", "Jo Lee", ("Jo Lee",)),
        ("Roe Lab", "Sam Roe", ("Sam Roe",)),
        ("notes - Web-page of Jo Lee", "Jo Lee", ("Jo Lee",)),  # the name after "of"
        # The site's name with its edition's or place's word left out is the site, not a writer.
        ("Harbour Post Australia", "Harbour Post", ()),
        ("Daily Harbour Online", "Daily Harbour", ()),
        ("The Harbour Post Magazine", "Harbour Post", ()),
        ("Harbour Post UK", "Harbour Post", ()),
        ("Quay Fair Italia", "Quay Fair", ()),
    ],
)
def test_a_metadata_author_in_the_sites_name(site: str, author: str, authors: tuple[str, ...]) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">'
    html = f"<html><head>{head}</head><body><h1>River ferry returns after repairs</h1>{STORY}</body></html>"
    byline = parse_html(html).byline
    assert (byline.authors if byline is not None else ()) == authors


def test_a_credit_in_a_wrapper_named_like_a_feed_that_holds_the_headline_too() -> None:
    # WordPress themes wrap the whole page in <div class="hfeed site">: a wrapper that holds the
    # article's own headline is the article's, not a teaser list.
    body = (
        '<div class="hfeed site" id="page"><div class="content"><h1>River ferry returns after repairs</h1>'
        f'<div class="meta">By Jo Lee. Last Updated on May 3, 2024</div>{STORY}</div></div>'
    )
    html = f"<html><head><title>River ferry returns after repairs</title></head><body>{body}</body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Jo Lee",)
    # A teaser's credit in a list of its own, outside the headline's elements, is still another page's.
    teasers = '<ul class="related-posts"><li><div><div>By Sam Roe</div></div></li></ul>'
    html = f"<html><body><h1>River ferry returns after repairs</h1>{teasers}{STORY}</body></html>"
    byline = parse_html(html).byline
    assert byline is None or byline.authors == ()


def test_a_rubric_in_a_feed_named_wrapper_that_holds_the_headline_is_no_credit() -> None:
    # Only a credit printed with "By" is read there: a bare rubric and date over the title may be
    # a teaser card's as well as the story's.
    body = (
        '<div class="related-news"><div class="rubric">Winter Games</div><div>02.02.2022</div>'
        f"<h1>River ferry returns after repairs</h1>{STORY}</div>"
    )
    byline = parse_html(f"<html><body>{body}</body></html>").byline
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("url", "site", "author", "authors"),
    [
        # A person's own site, its address spelling the name: the metadata's author is its owner.
        ("https://maraquist.dev/notes/ferry", "", "Mara Quist", ("Mara Quist",)),
        ("https://mara.quist.net/notes/ferry", "Quist Notes", "Mara Quist", ("Mara Quist",)),
        ("https://blog.mara-quist.example/notes/ferry", "Mara Quist's notes", "Mara Quist", ("Mara Quist",)),
        # A surname that is also a word of mastheads ("Sun") still names the site's owner.
        ("https://blog.wei-sun.example/notes/ferry", "Wei Sun's notes", "Wei Sun", ("Wei Sun",)),
        # The site's whole declared name credits the site, as its header prints it.
        ("https://maraquist.dev/notes/ferry", "Mara Quist", "Mara Quist", ()),
        # The same name on a site whose address spells another: a site credit.
        ("https://ferrytimes.example/notes/ferry", "Mara Quist", "Mara Quist", ()),
        # A masthead or a company its address spells is no person.
        ("https://harbourpost.example/notes/ferry", "Harbour Post", "Harbour Post", ()),
        ("https://riverferrysafety.example/notes/ferry", "River Ferry Safety", "River Ferry Safety", ()),
        ("https://quayline.example/notes/ferry", "Quayline", "Quayline", ()),
        ("https://health.quayclinic.example/notes/ferry", "Quay Clinic", "Quay Clinic", ()),
    ],
)
def test_the_owner_of_a_persons_own_site_is_its_author(
    url: str, site: str, author: str, authors: tuple[str, ...]
) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">'
    html = f"<html><head>{head}</head><body><h1>River ferry returns after repairs</h1>{STORY}</body></html>"
    byline = parse_html(html, url=url).byline
    assert (byline.authors if byline is not None else ()) == authors


def test_a_credit_closing_the_dek_in_one_block_is_read() -> None:
    # The dek and the credit line set inline in one header element read as one block.
    header = (
        "<header><h1>River ferry returns after repairs</h1><span>The harbour's oldest crossing is back "
        "after a winter in dry dock.</span> <span>By Mara Quist on Dec. 19, 2025</span></header>"
    )
    article = parse_html(f"<html><body><article>{header}{STORY}</article></body></html>")
    assert article.byline is not None and article.byline.authors == ("Mara Quist",)
    assert article.byline.published == dt.date(2025, 12, 19)
    # The dek's sentence stays the page's: as the subheading or in the body.
    dek = "The harbour's oldest crossing is back after a winter in dry dock."
    kept = [article.subheading or "", *article.body]
    assert any(dek in text for text in kept)


@pytest.mark.parametrize(
    "closing",
    [
        "By then, the ferry had already left.",  # a sentence that opens with "By"
        "by Mara Quist",  # no sentence of its own
        "By Mara Quist and the harbour's whole crew, who worked through the winter nights to bring "
        "the oldest crossing back to service before the spring tides came in.",  # too long for a credit
    ],
)
def test_a_closing_by_that_is_no_credit(closing: str) -> None:
    header = (
        "<header><h1>River ferry returns after repairs</h1><span>The harbour's oldest crossing is back "
        f"after a winter in dry dock.</span> <span>{closing}</span></header>"
    )
    article = parse_html(f"<html><body><article>{header}{STORY}</article></body></html>")
    assert article.byline is None or article.byline.authors == ()


@pytest.mark.parametrize(
    "closing",
    [
        "By Monday Jo Lee had sold it.",  # the sentence goes on after the name
        "By Christmas Eve",  # a day's name
        "By Sunday Night",  # a weekday
        "By March Lee",  # a month
        "By Boat Or Train",  # a choice, no list of writers
    ],
)
def test_a_sentence_closing_with_by_is_no_credit(closing: str) -> None:
    header = (
        "<header><h1>River ferry returns after repairs</h1><span>The fleet is back after a winter in "
        f"dry dock. {closing}</span></header>"
    )
    article = parse_html(f"<html><body><article>{header}{STORY}</article></body></html>")
    assert article.byline is None or article.byline.authors == ()


@pytest.mark.parametrize(
    "pair",
    ["Real Madrid and Manchester United", "Harbour Transit &amp; Port Authority"],
)
def test_two_capitalised_names_under_the_headline_are_no_credit_alone(pair: str) -> None:
    # Two clubs, or a firm's name with "&": as often as two writers, so not read on their own.
    html = (
        "<html><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>{pair}</p><div>24 Apr 2000 • 3 min read</div>{STORY}</article></body></html>"
    )
    byline = parse_html(html).byline
    assert byline is None or byline.authors == ()


def test_two_names_under_the_headline_are_the_credit_when_the_metadata_names_one() -> None:
    head = '<meta name="author" content="Mara Quist">'
    html = (
        f"<html><head>{head}</head><body><article><h1>River ferry returns after repairs</h1>"
        f"<p>Mara Quist and Sam Roe</p><div>24 Apr 2000 • 3 min read</div>{STORY}</article></body></html>"
    )
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist", "Sam Roe")


def test_a_title_above_the_story_is_matched_as_whole_words() -> None:
    # "Ferry" taken as the headline from a later copy is no print of "Ferryman's tale" above the story.
    html = "<html><body><h2>Ferryman's tale</h2><p>Posted on Friday</p><h2>Ferry</h2></body></html>"
    page = tree_to_page(tree_from_text(html)[0])
    texts = [block.text for block in page.blocks]
    head = texts.index("Ferry")
    start = texts.index("Posted on Friday")
    assert byline_rule._title_above_story(page, "Ferry", head, start) == head
    assert byline_rule._title_above_story(page, "Ferryman's", head, start) == texts.index("Ferryman's tale")


def test_a_place_under_the_headline_is_no_list_of_names() -> None:
    place = "<p>San Jose, United States</p><div>24 Apr 2000 • 3 min read</div>"
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{place}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is None or byline.authors == ()


def test_bare_names_listed_under_the_headline_are_the_credit() -> None:
    names = "<p>Mara Quist, Sam Roe and Ana Gil</p><div>24 Apr 2000 • 3 min read</div>"
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{names}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist", "Sam Roe", "Ana Gil")


def test_a_credit_over_the_story_is_in_reach_when_the_headline_is_a_later_copy() -> None:
    # The title printed again under the story (a share box's, a comment form's) taken as the
    # headline: the credit over the story's first paragraph is still the story's.
    title = "River ferry returns after repairs"
    teasers = "".join(f"<h2>Quay works delayed, part {n}</h2>" for n in range(8))
    html = (
        f"<html><body><h1>{title} (harbourpost.example)</h1>"
        "<div>Posted by maraq on Friday December 19, 2025 @08:00PM from the ferry-desk dept.</div>"
        f"{STORY}<h3>You may like to read:</h3>{teasers}<h2>{title}</h2><div>Load all comments</div></body></html>"
    )
    page = tree_to_page(tree_from_text(html)[0])
    texts = [block.text for block in page.blocks]
    head = texts.index(title)
    story = tuple(i for i, text in enumerate(texts) if text.startswith(("The ", "Commuters", "A second")))
    found = Found(headline=Taken(title, (head,)), story=Taken(Story(story[0]), story))
    byline = byline_rule.in_html(page, found).value
    assert byline is not None and byline.authors == ("maraq",)


@pytest.mark.parametrize(
    ("url", "name", "spelt"),
    [
        ("https://maraquist.dev/x", "Mara Quist", True),
        ("https://www.mara-quist.example/x", "Mara Quist", True),
        ("https://mara.blogs.example/x", "Mara Quist", True),
        ("https://quist.example/x", "Mara Quist", True),
        ("https://josegarcia.es/x", "José García", True),  # an address spells no accents
        ("https://ferrytimes.example/x", "Mara Quist", False),
        ("https://ferrytango.example/x", "Ferrytango.example", False),  # an address is no name
        ("https://quist.example/x", "Quist", False),  # one word
        (None, "Mara Quist", False),
    ],
)
def test_a_host_that_spells_a_persons_name(url: str | None, name: str, spelt: bool) -> None:
    assert host_spells_name(url, name) is spelt


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # A rubric's link before the writer's: the name is the link to the writer's page.
        (
            '<div>12/19/2025 <a href="/harbour-notes">Harbour Notes</a> '
            '<a href="/profile/mara-quist">Mara Quist</a></div>',
            ("Mara Quist",),
        ),
        # A role and a bio run onto the linked name.
        (
            '<div>Written by: <a href="/blog/author/samroe/">Sam Roe M</a> Head of Ferry Services, Timetables,'
            " &amp; Quays.Expert in river traffic</div>",
            ("Sam Roe M",),
        ),
        # A date label glued onto a family name the line's grammar reads as a brand's word.
        (
            '<address>By <a href="/author/42/ana-gil-parrave/">Ana Gil ParraVe</a>Published: Dec 20, 2025</address>',
            ("Ana Gil ParraVe",),
        ),
        # A linked credit that runs on with the writer's affiliation, under a CMS account's credit.
        (
            '<div><a href="/author/ops-example-com/">By ops@harbourpost.example</a></div>'
            "<div>on December 18, 2025</div>"
            '<div><a href="/author/By+Mara+Quist">By Mara Quist</a>'
            " Riverside Garden-based Learning Network on Social</div>",
            ("Mara Quist",),
        ),
    ],
)
def test_a_name_linked_to_its_writers_page_is_read_as_the_link_holds_it(credit: str, authors: tuple[str, ...]) -> None:
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == authors


def test_co_authors_not_linked_are_kept_when_no_name_runs_into_other_words() -> None:
    credit = '<div>By <a href="/author/mara-quist">Mara Quist</a> and Sam Roe</div>'
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist", "Sam Roe")


def test_the_section_a_credit_row_files_the_story_in_is_no_part_of_the_name() -> None:
    row = '<p>Dec 26, 2025 • Mara Quist in <a href="/blog/harbour-works">Harbour Works</a></p>'
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{row}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist",)
    assert byline.published == dt.date(2025, 12, 26)


@pytest.mark.parametrize("title", ["Senior Content Contributor", "Licensed Q Arabica Grader, M.A. Journalism"])
def test_a_job_title_line_under_the_writers_name_names_no_one(title: str) -> None:
    credit = f'<p>Mara Quist</p><div class="author-title">{title}</div><div>April 2, 2024</div>'
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist",)


@pytest.mark.parametrize("href", ["/people/ann-cole", "/profile/ann-cole"])
def test_a_sentence_that_opens_with_a_persons_linked_name_is_story_not_credit(href: str) -> None:
    """Sites link the people a story is about to pages of their own: such a sentence is no credit."""
    lead = (
        f"<p><a href='{href}'>Ann Cole</a>, the mayor, said the vote was a relief for the island's night-shift"
        " workers and promised a review of fares in the spring.</p>"
    )
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{lead}{STORY}</article></body></html>"
    article = parse_html(html)
    assert article.byline is None or "Ann Cole" not in article.byline.authors
    assert any(p.startswith("Ann Cole, the mayor") for p in article.body)


def test_an_unlinked_co_author_stays_beside_a_linked_name_that_ran_into_a_rubric() -> None:
    credit = "<div>By Friday Notes <a href='/author/mara-quist'>Mara Quist</a> and Sam Roe</div>"
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist", "Sam Roe")


@pytest.mark.parametrize(
    "credit",
    [
        # The name is a button that opens the writer's card, after "By" in the same box ...
        '<div class="meta">By <button type="button" class="btn-link">Mara Quist</button></div>',
        # ... or after a "By" in a box of its own, the button a few wrappers down.
        '<div class="meta"><span>By </span><div><div class="tip"><button class="label">Mara Quist</button>'
        "</div></div></div>",
    ],
)
def test_a_writers_name_set_in_a_button_after_by_is_the_credit(credit: str) -> None:
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist",)


@pytest.mark.parametrize("label", ["About", "Interview", "de"])
def test_a_menus_toggle_after_a_word_that_opens_other_credits_stays_unread(label: str) -> None:
    # "About" or "de" opens a credit in a line ("About the author", "de Ana Ruiz"), but before a
    # button it is a menu's entry and the button its toggle.
    nav = f"<nav><ul><li><a href='/x'>{label}</a><button>Open the submenu</button></li></ul></nav>"
    html = f"<html><body>{nav}<article><h1>River ferry returns after repairs</h1>{STORY}</article></body></html>"
    page = tree_to_page(tree_from_text(html)[0])
    assert all("submenu" not in b.text for b in page.blocks)


def test_a_button_after_no_by_stays_unread() -> None:
    row = '<div class="meta">Share <button type="button">Copy link</button></div>'
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{row}{STORY}</article></body></html>"
    article = parse_html(html)
    assert all("Copy link" not in p for p in article.body)
    assert article.byline is None or not article.byline.authors


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        # A site or outlet named "... News" is no person followed by a word.
        ("by Harbourview News", (), ()),
        ("By Mara Quist, Harbourview News", ("Mara Quist",), ()),
        # The field a credential is held in, in parentheses, is no co-author.
        ("Mara Quist, DVM; Sam Roe, RN, CCRN (Cardiology)", ("Mara Quist", "Sam Roe"), ()),
        # A name in parentheses after a credential is a second writer.
        ("By Mara Quist, MD (Sam Roe)", ("Mara Quist", "Sam Roe"), ()),
        # A role's head word after a whole name opens the role: no part of the name, no co-author after it.
        ("By Mara Quist Head of Marketing", ("Mara Quist",), ()),
        ("By Mara Quist Head Ferry Schedules, Routes, & Outreach.", ("Mara Quist",), ()),
    ],
)
def test_outlets_roles_and_credentials_are_no_names(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    credit = parse_credit(line)
    assert credit is not None
    assert credit.authors == authors
    assert credit.agencies == agencies


def test_a_footnote_mark_after_a_name_the_metadata_credits_ends_no_list() -> None:
    line = "Mara Quist1 ; Sam Roe1 ; Ines Moreau2 ; Ben Okafor3"
    credit = parse_credit(line, known=("Mara Quist",))
    assert credit is not None
    assert credit.authors == ("Mara Quist", "Sam Roe", "Ines Moreau", "Ben Okafor")


def test_a_credit_whose_writers_notes_run_long_gives_the_names_it_links() -> None:
    credit = (
        "<div>Written by <a href='/authors/mara-quist'>Mara Quist</a>, 6+ years covering ferries, harbours and"
        " the people who run them <a href='/authors/sam-roe'>Sam Roe</a>, senior editor and tide-table enthusiast"
        " with 9+ years of experience testing boats and buoys.</div>"
    )
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist", "Sam Roe")


def test_a_researcher_beside_the_writer_is_no_author() -> None:
    box = (
        '<div class="author"><span>Written by</span> <button>Mara Quist</button></div>'
        '<div class="author"><span>Researched by</span> <button>Sam Roe</button></div>'
    )
    head = '<meta name="author" content="Sam Roe">'
    html = (
        f"<html><head>{head}</head><body><article><h1>River ferry returns after repairs</h1>{box}{STORY}"
        "</article></body></html>"
    )
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist",)
    assert parse_credit("Researched by Sam Roe", known=("Sam Roe",)) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("新华社记者 张三", ("张三",)),
        ("本报记者：李四", ("李四",)),
        ("半月谈记者 王五", ("王五",)),
        ("央视记者：赵六", ("赵六",)),
    ],
)
def test_a_chinese_credit_names_the_outlet_before_reporter(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None and credit.authors == authors


def test_a_chinese_title_about_a_reporter_is_no_credit() -> None:
    # "American reporter arrested": "reporter" glued to what follows opens no credit.
    assert parse_credit("美国记者被捕") is None


@pytest.mark.parametrize("line", ["台湾记者：我们被骗了", "两名记者：渡轮今天停航"])
def test_a_chinese_headline_about_reporters_is_no_credit(line: str) -> None:
    # "Taiwanese reporters: we were fooled": the word before "reporter" names no outlet.
    assert parse_credit(line) is None


def test_a_pictures_credit_under_the_writers_is_no_co_author() -> None:
    credit = (
        "<p class='article-byline'>By Mara Quist</p>"
        "<figure><img src='/ferry.jpg' alt=''><figcaption><div class='image-credit'><p>Sam Roe</p></div>"
        "</figcaption></figure>"
    )
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == ("Mara Quist",)


def test_co_authors_each_with_their_degrees_may_run_past_a_bare_credits_length() -> None:
    # Four writers, each with degrees, on a line of their own under the headline (no "By", no mark).
    line = (
        "Mara Quillfeather, VMD, DACVB; Tobin Ashgrove, BA, LVT, VTS (Behavior); "
        "Delphine Marrow, DVM, DACVB & Oskar Brindlewood, DVM, DACVB"
    )
    assert len(line) > 120
    byline = parse_html(story_page(header=f"<div>{line}</div>")).byline
    assert byline is not None
    assert byline.authors == ("Mara Quillfeather", "Tobin Ashgrove", "Delphine Marrow", "Oskar Brindlewood")


def test_a_list_of_names_in_prose_is_still_no_credit() -> None:
    # Names without degrees on a long line stay prose, however many.
    line = (
        "Mara Quillfeather, Tobin Ashgrove, Delphine Marrow, Oskar Brindlewood, Ines Corvale, "
        "Peder Thornquist, Halima Oduya and Rufus Penhallow"
    )
    byline = parse_html(story_page(header=f"<div>{line}</div>")).byline
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("site", "credit"),
    [
        # The site's name read cut short: "On" is no word of a name.
        ("Quaylight ON", "Written By Quaylight On"),
        # The site's name with a desk's role after it.
        ("Tidewell", "Written by Tidewell Travel Editor, SMT"),
    ],
)
def test_a_credit_to_the_sites_own_name_names_no_person(site: str, credit: str) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    byline = parse_html(story_page(head=head, header=f'<div class="byline">{credit}</div>')).byline
    assert byline is not None
    assert byline.text == credit
    assert byline.authors == ()


def test_a_writer_on_a_site_named_after_them_is_still_credited() -> None:
    head = '<meta property="og:site_name" content="Jo Lindqvist Photography">'
    byline = parse_html(story_page(head=head, header='<div class="byline">By Jo Lindqvist</div>')).byline
    assert byline is not None
    assert byline.authors == ("Jo Lindqvist",)


def test_a_headline_read_from_a_heading_inside_the_story_leaves_the_credit_in_reach() -> None:
    # The page's <h1> is a long summary, so the headline is the title printed again over a
    # section far down the story; the credit stands at the story's top.
    para = (
        "<p>The river ferry carried {n} hundred riders across the water this week, and the crew said "
        "the boat ran well in every kind of weather they met on the way.</p>"
    )
    paras = "".join(para.format(n=n) for n in range(1, 13))
    html = (
        '<html><head><meta property="og:title" content="River ferry returns after repairs"></head><body>'
        '<header><a href="/">Harbourpost</a></header><main><article>'
        "<h1>See how the ferry came back and what it costs to ride it this summer, with every stop on the "
        "line and the new timetable for the season ahead of us all</h1>"
        f"<div>By Ana Lindqvist Updated May 3, 2024</div>{paras}"
        f"<h2>River ferry returns after repairs</h2>{paras}</article></main></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "River ferry returns after repairs"
    assert article.byline is not None
    assert article.byline.authors == ("Ana Lindqvist",)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # The writer's name stands as its own piece, the site's name as another.
        ("By Lena Marsh, Lena Marsh Travel", ("Lena Marsh", "Lena Marsh Travel")),
        # The writer's name set off by a comma from a job whose first word ends the site's name.
        ("By Lena Marsh, Travel Writer", ("Lena Marsh",)),
    ],
)
def test_a_writer_whose_name_opens_the_sites_keeps_a_piece_of_their_own(credit: str, authors: tuple[str, ...]) -> None:
    head = '<meta property="og:site_name" content="Lena Marsh Travel">'
    byline = parse_html(story_page(head=head, header=f'<div class="byline">{credit}</div>')).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        # Athletes with their countries' codes.
        "Mira Tolson, USA; Kaia Brennet, BRA & Lotte Vance, USA",
        # Officers with their jobs' initials.
        "Owen Pratt, CEO; Nia Ferrow, CTO & Cal Dunmore, CFO",
        # One name of the line carries no degree.
        "Mira Tolson, DVM; Kaia Brennet, BRA & Lotte Vance, MD",
    ],
)
def test_names_with_capitals_that_are_no_degrees_are_no_credit(line: str) -> None:
    byline = parse_html(story_page(header=f"<div>{line}</div>")).byline
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "Mira Tolson, Ph.D.; Kaia Brennet, PharmD & Lotte Vance, PA-C",
            ("Mira Tolson", "Kaia Brennet", "Lotte Vance"),
        ),
        ("Owen Pratt, CPA, CFP & Nia Ferrow, LCSW", ("Owen Pratt", "Nia Ferrow")),
        ("Owen Pratt, DVM, DACVIM; Nia Ferrow, MD, FAAP", ("Owen Pratt", "Nia Ferrow")),
    ],
)
def test_co_authors_each_with_a_degree_are_a_credit(line: str, authors: tuple[str, ...]) -> None:
    byline = parse_html(story_page(header=f"<div>{line}</div>")).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    "header",
    [
        # A menu entry over the story.
        "<ul class='menu'><li><a href='/about-us/'>About Harbourside</a></li><li><a href='/news/'>News</a></li></ul>",
        # A section heading on the site's company.
        "<h3>About Quayline Ferries</h3>",
    ],
)
def test_about_and_a_name_is_no_credit_unless_something_else_says_so(header: str) -> None:
    byline = parse_html(story_page(header=header)).byline
    assert byline is None or not byline.authors


def test_about_and_a_name_in_a_writers_box_is_the_credit() -> None:
    header = '<div class="author-box"><h3>About Lena Okafor</h3></div>'
    byline = parse_html(story_page(header=header)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)
    head = '<meta name="author" content="Lena Okafor">'
    byline = parse_html(story_page(header="<h3>About Lena Okafor</h3>", head=head)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)


@pytest.mark.parametrize(
    "bio",
    [
        "Lena Okafor covers the harbour and the river boats for the paper.",
        "Okafor joined the paper in 2019 after ten years on the coast desk.",
    ],
)
def test_about_and_a_name_over_that_writers_bio_is_the_credit(bio: str) -> None:
    # No class and no metadata: the bio under the heading opens with the name, as a menu entry's
    # neighbour or a company's section does not.
    footer = f"<div><h3>About Lena Okafor</h3><p>{bio}</p></div>"
    byline = parse_html(story_page(footer=footer)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)
    assert byline.text == "About Lena Okafor"


def test_about_and_a_name_over_a_text_on_something_else_is_no_credit() -> None:
    footer = "<div><h3>About Quayline Ferries</h3><p>The company has run boats across the bay since 1950.</p></div>"
    byline = parse_html(story_page(footer=footer)).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # Each name a button in a box of its own, commas and "and" between them.
        (
            '<div class="meta"><span>By </span><div><div class="tip"><button>Mara Quist</button></div>'
            "<span>, </span></div><div><div class='tip'><button>Sam Roe</button></div><span>, and </span></div>"
            "<div><div class='tip'><button>Ana Gil</button></div></div></div>",
            ("Mara Quist", "Sam Roe", "Ana Gil"),
        ),
        # A desk after the writers is no writer, as in a credit line.
        (
            '<div class="meta"><span>By </span><div><div class="tip"><button>Mara Quist</button></div>'
            "<span>, and </span></div><div><div class='tip'><button>Harbour Rankings Team</button></div></div></div>",
            ("Mara Quist",),
        ),
        # The buttons side by side in the label's box.
        (
            '<div class="meta">By <button>Mara Quist</button> and <button>Sam Roe</button></div>',
            ("Mara Quist", "Sam Roe"),
        ),
    ],
)
def test_every_writer_of_a_list_of_buttons_after_by_is_the_credit(credit: str, authors: tuple[str, ...]) -> None:
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{credit}{STORY}</article></body></html>"
    byline = parse_html(html).byline
    assert byline is not None and byline.authors == authors


def test_a_button_after_a_comma_with_no_writers_button_before_it_stays_unread() -> None:
    row = '<div class="meta">Share, <button type="button">Copy link</button></div>'
    html = f"<html><body><article><h1>River ferry returns after repairs</h1>{row}{STORY}</article></body></html>"
    page = tree_to_page(tree_from_text(html)[0])
    assert all("Copy link" not in b.text for b in page.blocks)


def test_a_credit_box_naming_the_site_and_a_person_credits_the_person() -> None:
    head = '<meta property="og:site_name" content="Harbourline">'
    cards = (
        '<div class="authors"><div class="author"><div class="author-name">Harbourline</div>'
        "<div>Ferries for the bay</div></div><div class='author'><div class='author-name'>Lena Okafor</div>"
        "<div>Tides &amp; Timetables</div></div></div>"
    )
    byline = parse_html(story_page(header=cards, head=head)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)


def test_a_writer_the_metadata_credits_printed_in_the_credits_box_joins_the_credit() -> None:
    head = '<meta name="author" content="Lena Okafor"><meta name="author" content="Tomas Ruiz">'
    credits = (
        "<ul class='credits'><li><ul><li>Maps by:</li><li>Lena Okafor</li></ul></li>"
        "<li><ul><li>Data analysis by:</li><li>Tomas Ruiz</li></ul></li></ul>"
    )
    byline = parse_html(story_page(header=credits, head=head)).byline
    assert byline is not None and byline.authors == ("Lena Okafor", "Tomas Ruiz")
    # The text reads as printed, each role with its name.
    assert byline.text == "Maps by: Lena Okafor Data analysis by: Tomas Ruiz"
    # A name the metadata does not credit stays out.
    head = '<meta name="author" content="Lena Okafor">'
    byline = parse_html(story_page(header=credits, head=head)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)


@pytest.mark.parametrize("role", ["Edited by", "Fact checked by", "Reviewed by:"])
def test_a_person_the_metadata_credits_under_another_part_than_the_writing_stays_out(role: str) -> None:
    head = '<meta name="author" content="Lena Okafor"><meta name="author" content="Tomas Ruiz">'
    credits = (
        "<div class='credits'><div class='byline'><span>By</span> <a href='/author/lena-okafor'>Lena Okafor</a>"
        f"</div><div class='role'><span>{role}</span></div><div class='name'><span>Tomas Ruiz</span></div></div>"
    )
    byline = parse_html(story_page(header=credits, head=head)).byline
    assert byline is not None and byline.authors == ("Lena Okafor",)
    assert byline.text == "By Lena Okafor"


def test_a_labelled_credit_to_the_desk_keeps_a_name_beside_it_out() -> None:
    head = '<meta property="og:site_name" content="Harbourline">'
    cards = (
        '<div class="authors"><div class="author"><div class="author-name">Von der Redaktion</div>'
        "<div>Ferries for the bay</div></div><div class='author'><div class='author-name'>Quayside Works</div>"
        "<div>Tides &amp; Timetables</div></div></div>"
    )
    byline = parse_html(story_page(header=cards, head=head)).byline
    assert byline is not None and byline.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [("jlee-headshot Jo Lee", ("Jo Lee",)), ("jo_lee_2 Jo Lee", ("Jo Lee",))],
)
def test_a_pictures_slug_before_the_name_is_no_part_of_it(line: str, authors: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit is not None and credit.authors == authors and credit.text == "Jo Lee"


def test_a_sentence_opening_with_a_hyphenated_word_before_a_name_is_no_credit() -> None:
    assert parse_credit("31-year-old Jo Lee – third in the table") is None


def test_an_outlets_logo_after_the_credit_is_no_part_of_the_name() -> None:
    # A dump prints the station's logo by its alt text after the writer's name.
    credit = parse_credit("By J.R. Stone WQXZ logo")
    assert credit is not None and credit.authors == ("J.R. Stone",) and credit.text == "By J.R. Stone"
