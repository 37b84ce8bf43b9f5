"""Page-level dates: Article.published / modified and their aware times, weighed from all the evidence."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.article import Article
from newsparse.cues.lexicon import DATE_KIND_LABEL
from tests.conftest import FERRY_STORY

UTC = dt.timezone.utc
EDT = dt.timezone(dt.timedelta(hours=-4))
EST = dt.timezone(dt.timedelta(hours=-5))
HEADLINE = "River Ferry Returns After Three Months in Dry Dock"


def story(*, head: str = "", meta_line: str = "", after: str = "", before_story: str = "") -> str:
    """A small news page: the headline, a credit, ``meta_line`` (date lines) and the story."""
    return (
        f"<html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
        f"<article><h1>{HEADLINE}</h1><p class='byline'>By Jo Lee</p>{meta_line}{before_story}"
        f"{FERRY_STORY}</article>{after}</body></html>"
    )


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def parse(html: str, url: str | None = None) -> Article:
    return newsparse.parse_html(html, url=url)


# --- the printed date and the metadata -------------------------------------------------


def test_a_printed_date_is_the_publication_day_over_the_metadata() -> None:
    # Readers see the printed date; a metadata value that disagrees may be a template's or a crawl's.
    a = parse(story(head=meta("article:published_time", "2024-05-01T09:00:00+00:00"), meta_line="<p>May 5, 2024</p>"))
    assert a.byline is not None and a.byline.published == dt.date(2024, 5, 5)
    assert a.published == dt.date(2024, 5, 5)
    assert a.published_time is None  # no time of that day is known


def test_a_printed_update_date_leaves_the_publication_to_the_metadata() -> None:
    head = meta("article:published_time", "2024-05-01T09:00:00+00:00") + meta(
        "article:modified_time", "2024-05-05T10:00:00+00:00"
    )
    a = parse(story(head=head, meta_line="<p>Updated May 5, 2024</p>"))
    assert a.byline is not None and a.byline.published == dt.date(2024, 5, 5)  # as printed with the credit
    assert a.published == dt.date(2024, 5, 1)
    assert a.modified == dt.date(2024, 5, 5)
    assert a.published_time == dt.datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert a.modified_time == dt.datetime(2024, 5, 5, 10, 0, tzinfo=UTC)


def test_an_update_label_on_the_line_before_the_date_counts() -> None:
    head = meta("article:published_time", "2024-05-01")
    a = parse(story(head=head, meta_line="<div>Last updated:</div><div>May 5, 2024</div>"))
    assert (a.published, a.modified) == (dt.date(2024, 5, 1), dt.date(2024, 5, 5))


def test_a_metadata_publication_after_the_printed_update_is_no_publication() -> None:
    # A publication "after" the update is a republishing or a template date: the update is what is known.
    a = parse(story(head=meta("article:published_time", "2024-06-01"), meta_line="<p>Updated May 5, 2024</p>"))
    assert a.published == dt.date(2024, 5, 5)


def test_of_two_dates_in_a_credit_row_the_earlier_is_the_publication() -> None:
    a = parse(story(meta_line="<p>May 3, 2024 · Updated May 5, 2024</p>"))
    assert (a.published, a.modified) == (dt.date(2024, 5, 3), dt.date(2024, 5, 5))
    a = parse(story(meta_line="<p>May 21, 2025April 24, 2025</p>"))
    assert a.published == dt.date(2025, 4, 24)


def test_without_a_printed_date_the_metadata_dates_the_page() -> None:
    head = meta("article:published_time", "2024-05-03T23:30:00-04:00") + meta(
        "article:modified_time", "2024-05-04T08:00:00-04:00"
    )
    a = parse(story(head=head))
    assert a.published == dt.date(2024, 5, 3)  # the day as written, not moved to UTC (4 May)
    assert a.published_time == dt.datetime(2024, 5, 3, 23, 30, tzinfo=EDT)
    assert a.modified == dt.date(2024, 5, 4)


def test_a_page_that_only_says_when_it_changed_is_from_then() -> None:
    a = parse(story(head=meta("article:modified_time", "2024-05-04")))
    assert a.published == dt.date(2024, 5, 4)
    assert a.modified == dt.date(2024, 5, 4)


def test_a_modification_before_the_publication_is_dropped() -> None:
    head = meta("article:published_time", "2024-05-04") + meta("article:modified_time", "2020-01-01")
    a = parse(story(head=head))
    assert (a.published, a.modified) == (dt.date(2024, 5, 4), None)


def test_the_article_node_of_a_json_ld_graph_dates_the_page() -> None:
    graph = (
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "VideoObject", "name": "Clip", "uploadDate": "2019-01-01"},'
        '{"@type": "BreadcrumbList", "itemListElement": []},'
        '{"@type": "NewsArticle", "headline": "x", "datePublished": "2024-05-03T08:00:00+02:00",'
        ' "dateModified": "2024-05-06T08:00:00+02:00"}]}</script>'
    )
    a = parse(story(head=graph))
    assert a.published == dt.date(2024, 5, 3)
    assert a.published_time is not None and a.published_time.utcoffset() == dt.timedelta(hours=2)
    assert a.modified == dt.date(2024, 5, 6)


# --- the permalink, notes, footers ------------------------------------------------------


def test_a_permalink_date_agreeing_with_the_metadata_outvotes_the_printed_date() -> None:
    url = "https://news.example/2024/05/03/ferry-returns"
    agreeing = meta("article:published_time", "2024-05-03T20:00:00-04:00")
    a = parse(story(head=agreeing, meta_line="<p>May 9, 2024</p>"), url=url)
    assert a.published == dt.date(2024, 5, 3)
    assert a.byline is not None and a.byline.published == dt.date(2024, 5, 9)  # printed stays printed
    # An evening story in UTC is the next day: still the same filing.
    in_utc = meta("article:published_time", "2024-05-04T01:00:00Z")
    assert parse(story(head=in_utc, meta_line="<p>May 9, 2024</p>"), url=url).published == dt.date(2024, 5, 3)
    # Alone, the permalink does not overrule the printed date; with nothing else, it dates the page.
    assert parse(story(meta_line="<p>May 9, 2024</p>"), url=url).published == dt.date(2024, 5, 9)
    assert parse(story(), url=url).published == dt.date(2024, 5, 3)


def test_a_permalink_with_a_month_name_dates_the_page() -> None:
    a = parse(story(), url="https://news.example/blog/2023/october/03/ferry-returns")
    assert a.published == dt.date(2023, 10, 3)


def test_a_note_on_the_first_publication_wins_over_a_later_date() -> None:
    note = "<p class='disclaimer'>This article was originally published on 26 Sep 2019 at 4:12pm.</p>"
    a = parse(story(meta_line="<p>September 30, 2022</p>", after=note))
    assert a.published == dt.date(2019, 9, 26)


def test_a_labelled_date_in_the_page_footer_dates_an_undated_page() -> None:
    filler = "".join(f"<div><a href='/x{i}'>Contact office {i}</a></div>" for i in range(10))
    footer = f"<footer>{filler}<p>Last updated: November 13, 2025</p></footer>"
    html = f"<html><body><h1>{HEADLINE}</h1>{FERRY_STORY}{footer}</body></html>"
    a = parse(html)
    assert a.published == dt.date(2025, 11, 13)


def test_a_publication_date_printed_under_the_story_outranks_the_metadata() -> None:
    # Readers see "Published August 13, 2025" under the story; the metadata's later day is a
    # template's or a re-save's. An update printed there leaves the publication to the metadata.
    head = meta("article:published_time", "2025-11-29T09:00:00+00:00")
    shown = "<div class='published'>Published <time pubdate datetime='2025-08-13'>August 13, 2025</time></div>"
    a = parse(story(head=head, before_story=FERRY_STORY, after=shown))
    assert a.published == dt.date(2025, 8, 13)
    a = parse(story(head=head, before_story=FERRY_STORY, after="<div>Updated August 13, 2025</div>"))
    assert a.published == dt.date(2025, 11, 29)


def test_the_dates_of_teasers_under_the_story_leave_the_publication_to_the_metadata() -> None:
    # An unmarked "More from ..." list: each teaser prints its own "Published ..." under its title.
    head = meta("article:published_time", "2025-11-29T09:00:00+00:00")
    teasers = (
        "<div><h2>More from the harbour</h2>"
        "<div><a href='/a'>Harbour bridge repairs finish early this year</a><p>Published July 2, 2024</p></div>"
        "<div><h3>New pier opens to walkers and cyclists</h3><p>Published June 1, 2024</p></div></div>"
    )
    assert parse(story(head=head, before_story=FERRY_STORY, after=teasers)).published == dt.date(2025, 11, 29)
    # Inside the story's own element too, and further down, past a teaser list.
    far = "".join(f"<div>{w}</div>" for w in ("Share", "Print", "Email", "Save", "Follow", "Report"))
    inside = story(head=head, before_story=FERRY_STORY, after=teasers).replace("</article>", f"{teasers}</article>")
    assert parse(inside).published == dt.date(2025, 11, 29)
    # The story's own date line far below its last paragraph, in its element, still counts.
    own = f"{far}<div>Published August 13, 2025</div>"
    html = story(head=head, before_story=FERRY_STORY).replace("</article>", f"{own}</article>")
    assert parse(html).published == dt.date(2025, 8, 13)


def test_a_date_by_the_headline_beats_the_date_of_an_author_box_under_the_story() -> None:
    box = "<div class='author-box'><p class='byline'>By Jo Lee</p><p>December 19, 2025</p></div>"
    html = (
        f"<html lang='en'><body><article><h1>{HEADLINE}</h1><p>August 28, 2025</p>"
        f"{FERRY_STORY * 3}{box}</article></body></html>"
    )
    a = parse(html)
    assert a.published == dt.date(2025, 8, 28)


# --- time zones ----------------------------------------------------------------------------


def test_the_printed_local_day_beats_the_same_moment_written_in_utc() -> None:
    a = parse(story(head=meta("article:published_time", "2024-05-04T03:30:00Z"), meta_line="<p>May 3, 2024</p>"))
    assert a.published == dt.date(2024, 5, 3)
    assert a.published_time is None  # the UTC time falls on another day: not this day's time


def test_a_time_rendered_in_the_readers_zone_yields_to_its_own_datetime() -> None:
    # The text of a <time> is often rendered for the visitor; the attribute keeps the site's offset.
    line = '<p><time datetime="2024-01-14T21:50:50-05:00">Jan 15, 2024</time></p>'
    a = parse(story(meta_line=line))
    assert a.published == dt.date(2024, 1, 14)
    assert a.published_time == dt.datetime(2024, 1, 14, 21, 50, 50, tzinfo=EST)
    # A datetime in UTC is a conversion, not the site's day: the printed day stays.
    line = '<p><time datetime="2024-04-17T21:13:04Z">April 18, 2024</time></p>'
    assert parse(story(meta_line=line)).published == dt.date(2024, 4, 18)


def test_a_printed_time_without_a_zone_is_never_exposed() -> None:
    a = parse(story(meta_line="<p>May 3, 2024 10:32</p>"))
    assert a.published == dt.date(2024, 5, 3)
    assert a.published_time is None
    a = parse(story(meta_line="<p>May 3, 2024 10:32 CEST</p>"))
    assert a.published_time == dt.datetime(2024, 5, 3, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_aware_and_naive_values_never_share_a_field() -> None:
    for html in (
        story(meta_line="<p>May 3, 2024 10:32</p>"),
        story(head=meta("article:published_time", "2024-05-03T10:32:00")),
        story(head=meta("article:published_time", "2024-05-03T10:32:00+02:00")),
    ):
        a = parse(html)
        assert type(a.published) is dt.date
        assert a.published_time is None or a.published_time.utcoffset() is not None
        assert a.byline is None or a.byline.published is None or type(a.byline.published) is dt.date


# --- forums and numbers -------------------------------------------------------------------


def test_a_members_join_date_does_not_date_a_thread() -> None:
    post = (
        "<div class='post'><dl><dt>galitsyn</dt><dd>Posts: 138</dd><dd>Joined: 4. Jul 2012, 16:09</dd></dl>"
        "<h3>Re: the new release</h3><p class='author'>by simple07 » 11. Sep 2024, 21:06</p>"
        f"{FERRY_STORY}</div>"
    )
    html = f"<html lang='en'><body><h1>{HEADLINE}</h1>{post}</body></html>"
    assert parse(html).published != dt.date(2012, 7, 4)


def test_a_join_date_in_a_posts_credit_box_is_no_date_of_the_post() -> None:
    post = (
        "<div class='message'><h4 class='author'>Chris Hall</h4><h5>Editorial Contributor</h5>"
        f"<dl><dt>Joined</dt><dd>Jun 4, 2024</dd></dl>{FERRY_STORY}</div>"
    )
    head = meta("article:published_time", "2024-09-21T07:25:09+01:00")
    a = parse(f"<html lang='en'><head>{head}</head><body><h1>{HEADLINE}</h1>{post}</body></html>")
    assert a.published == dt.date(2024, 9, 21)
    assert a.byline is None or a.byline.published != dt.date(2024, 6, 4)


def test_a_numeric_date_is_settled_by_a_machine_date_elsewhere_on_the_page() -> None:
    footer = '<footer><p><time datetime="2025-12-02">December 02, 2025</time></p></footer>'
    html = f"<html lang='en'><body><h1>{HEADLINE}</h1><p>02-12-2025</p>{FERRY_STORY}{footer}</body></html>"
    a = parse(html)
    assert a.published == dt.date(2025, 12, 2)
    assert a.byline is not None and a.byline.published == dt.date(2025, 12, 2)


def test_a_page_in_a_day_first_language_reads_its_numeric_dates_day_first() -> None:
    # No declared language: the page's prose is Spanish, which writes the day first.
    prosa = (
        "<p>El ferry del río vuelve a cruzar la bahía después de tres meses en el dique seco, y los vecinos "
        "que lo usan cada día para ir al trabajo celebran que el servicio esté de nuevo en marcha.</p>"
        "<p>La empresa dice que las obras se hicieron en el casco y en los motores, y que el barco es ahora "
        "más rápido y más silencioso que antes de la reparación que empezó en el mes de febrero.</p>"
    )
    html = f"<html><body><article><h1>El ferry vuelve</h1><p>10/05/2022</p>{prosa * 3}</article></body></html>"
    a = parse(html)
    assert a.published == dt.date(2022, 5, 10)
    # An English page that declares no language keeps reading each date by its shape (US month first).
    english = f"<html><body><h1>{HEADLINE}</h1><p>10/05/2022</p>{FERRY_STORY}</body></html>"
    assert parse(english).published == dt.date(2022, 10, 5)


def test_a_relative_date_counts_back_from_the_metadatas_modification_time() -> None:
    head = meta("article:modified_time", "2025-03-06T01:00:00+02:00")
    html = story(head=head, meta_line="<p>vor 3 Stunden</p>")
    a = parse(html)
    assert a.published == dt.date(2025, 3, 5)
    assert a.byline is not None and a.byline.published == dt.date(2025, 3, 5)


def test_a_relative_date_without_a_reference_time_is_left_out() -> None:
    a = parse(story(meta_line="<p>3 hours ago</p>"))
    assert a.published is None
    assert a.byline is not None and a.byline.published is None


# --- text dumps and the result type ---------------------------------------------------------


def test_a_text_dump_is_dated_by_its_printed_date() -> None:
    dump = f"{HEADLINE}\nBy Jo Lee | May 3, 2024 10:32 CEST\n\n" + "\n\n".join(
        p.removeprefix("<p>") for p in FERRY_STORY.split("</p>") if p
    )
    a = newsparse.parse_text(dump)
    assert a.byline is not None and a.byline.published == dt.date(2024, 5, 3)
    assert a.published == dt.date(2024, 5, 3)
    assert a.published_time == dt.datetime(2024, 5, 3, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert a.modified is None


def test_dates_survive_to_dict_and_from_dict() -> None:
    head = meta("article:published_time", "2024-05-01T09:00:00-04:00") + meta(
        "article:modified_time", "2024-05-05T10:00:00-04:00"
    )
    a = parse(story(head=head, meta_line="<p>Updated May 5, 2024</p>"))
    d = a.to_dict()
    assert (d["published"], d["modified"]) == ("2024-05-01", "2024-05-05")
    assert d["published_time"] == "2024-05-01T09:00:00-04:00"
    again = Article.from_dict(d)
    assert again == a
    assert again.published_time is not None and again.published_time.utcoffset() == dt.timedelta(hours=-4)


# --- the date labels --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("Updated on ", "updated"),
        ("Last Updated: ", "updated"),
        ("By Amanda FurrerUpdated: ", "updated"),
        ("Aktualisiert am ", "updated"),
        ("Mis à jour le ", "updated"),
        ("更新日：", "updated"),
        ("Published ", "published"),
        ("Posted on ", "published"),
        ("Veröffentlicht am ", "published"),
        ("Joined: ", "member"),
        ("Mitglied seit ", "member"),
        ("By Jo Lee, ", None),
        ("outdated ", None),
        ("Last updated in the story, then ", None),
    ],
)
def test_date_labels_say_what_the_date_is(before: str, kind: str | None) -> None:
    m = DATE_KIND_LABEL.search(before)
    assert (m.lastgroup if m else None) == kind


def test_a_row_of_date_and_tags_that_closes_the_story_dates_it() -> None:
    # No metadata and no credit: a blog's note ends with its date among its tags.
    row = (
        "<div class='note-meta'><a href='/notes/ferry'>#</a> 4th Mar 2025<span>•</span><a href='/links'>backlinks</a>"
        "<span>•</span><a href='/tags/ferries'>ferries</a>, <a href='/tags/harbour'>harbour</a>,"
        " <a href='/tags/tides'>tides</a></div>"
    )
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{FERRY_STORY}{row}</article></body></html>"
    )
    assert parse(html).published == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    "row",
    [
        "<p>Next sailing • 5th Mar 2026 • Pier 4</p>",
        "<div class='updated'>Last reviewed • 5th Mar 2026 • by the editors</div>",
    ],
)
def test_a_row_whose_date_follows_other_words_does_not_date_the_page(row: str) -> None:
    # The words before the date say what the date is: an event's day, a review's.
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{FERRY_STORY}{row}</article></body></html>"
    )
    assert parse(html).published is None


def test_a_teasers_row_under_the_story_does_not_date_it() -> None:
    card = (
        "<div class='card'><a href='/notes/bridge'>Harbour bridge repairs finish early</a>"
        "<div>4th Mar 2025<span>•</span>ferries, harbour, tides</div></div>"
    )
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{FERRY_STORY}{card}</article></body></html>"
    )
    assert parse(html).published is None
