"""Unit tests for newsparse.read.hints: page metadata read from a parsed lxml tree."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest
from lxml import etree

from newsparse.blocks import Hints
from newsparse.read.hints import extract_hints


def hints_of(markup: str) -> Hints:
    return extract_hints(lxml.html.document_fromstring(markup))


def page(head: str = "", body: str = "<p>Text.</p>", html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head>{head}</head><body>{body}</body></html>"


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- nothing there ------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Just a paragraph.</p>",
        page(),
        page(head='<meta charset="utf-8"><meta name="viewport" content="width=device-width">'),
        page(head='<script type="application/ld+json"></script><script type="application/ld+json">  </script>'),
        page(head='<meta name="author" content=""><meta property="og:title" content="   ">'),
    ],
)
def test_missing_everything_gives_empty_hints(markup: str) -> None:
    assert hints_of(markup) == Hints()


# --- <title>, <meta>, <link>, <base> ---------------------------------------------------------


def test_reads_plain_metadata() -> None:
    head = """
      <title>  Rain   expected
        tomorrow - Daily Example </title>
      <base href="https://cdn.example.com/">
      <link rel="stylesheet" href="/s.css">
      <link rel="canonical" href="https://example.com/news/rain">
      <meta name="description" content="Forecasters expect rain.">
      <meta property="og:description" content="Social description.">
      <meta property="og:title" content="Rain expected tomorrow">
      <meta name="twitter:title" content="Rain tomorrow">
      <meta property="og:site_name" content="Daily Example">
      <meta property="og:url" content="https://example.com/other">
      <meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2024-05-03T10:00:00+02:00">
      <meta property="article:modified_time" content="2024-05-04T08:00:00+02:00">
      <meta name="copyright" content="© 2010-2024 Daily Example Media. All rights reserved.">
    """
    hints = hints_of(page(head=head, html_attrs=' lang="en-GB"'))
    assert hints == Hints(
        title="Rain expected tomorrow - Daily Example",
        headlines=("Rain expected tomorrow", "Rain tomorrow"),
        description="Forecasters expect rain.",
        site_name="Daily Example",
        authors=("Jane Doe",),
        published="2024-05-03T10:00:00+02:00",
        modified="2024-05-04T08:00:00+02:00",
        canonical_url="https://example.com/news/rain",
        base_href="https://cdn.example.com/",
        language="en",
        copyright_holder="Daily Example Media",
        copyright_year=2024,
    )


def test_svg_title_is_not_the_page_title() -> None:
    markup = "<html><body><svg><title>Close icon</title></svg><p>x</p></body></html>"
    assert hints_of(markup).title is None


def test_space_separated_property_names_each_key() -> None:
    hints = hints_of(page(head='<meta property="og:title twitter:title" content="One Title">'))
    assert hints.headlines == ("One Title",)


def test_meta_keys_are_case_insensitive_and_dublin_core_is_read() -> None:
    head = """
      <meta name="DC.creator" content="Ana Lima">
      <meta name="DC.date" content="2024-05-03">
      <meta name="Description" content="A description.">
      <meta http-equiv="Content-Language" content="pt-BR">
    """
    hints = hints_of(page(head=head))
    assert hints.authors == ("Ana Lima",)
    assert hints.published == "2024-05-03"
    assert hints.description == "A description."
    assert hints.language == "pt"


def test_og_url_is_the_fallback_canonical_and_resolves_a_relative_one() -> None:
    og = '<meta property="og:url" content="https://example.com/a/story">'
    assert hints_of(page(head=og)).canonical_url == "https://example.com/a/story"
    relative = og + '<link rel="canonical" href="/a/story-canonical">'
    assert hints_of(page(head=relative)).canonical_url == "https://example.com/a/story-canonical"


def test_meta_entities_are_decoded_once_but_bare_ampersands_stay() -> None:
    head = """
      <meta property="og:title" content="Tom &amp;amp; Jerry">
      <meta name="twitter:title" content="AT&amp;T and R&amp;notes">
    """
    assert hints_of(page(head=head)).headlines == ("Tom & Jerry", "AT&T and R&notes")


# --- language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html_attrs", "head", "expected"),
    [
        (' lang="de-DE"', "", "de"),
        (' lang="EN"', "", "en"),
        (' xml:lang="fr-CA"', "", "fr"),
        ("", '<meta property="og:locale" content="es_ES">', "es"),
        ("", '<meta http-equiv="content-language" content="nl, en">', "nl"),
        (' lang=""', '<meta property="og:locale" content="it_IT">', "it"),
        (' lang="x-default"', "", None),
        (' lang="und"', "", None),
        ("", ld({"@type": "NewsArticle", "headline": "H", "inLanguage": "pl-PL"}), "pl"),
    ],
)
def test_language_is_the_primary_subtag(html_attrs: str, head: str, expected: str | None) -> None:
    assert hints_of(page(head=head, html_attrs=html_attrs)).language == expected


# --- JSON-LD ---------------------------------------------------------------------------


def test_json_ld_article_fields() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Storm &amp; rain hit the coast&#8217;s towns",
        "name": "Storm hits coast",
        "description": "A <em>big</em> storm.",
        "author": {"@type": "Person", "name": "  Max   Carter "},
        "datePublished": "2024-05-03T10:00:00Z",
        "dateModified": "2024-05-03T12:00:00Z",
        "publisher": {"@type": "NewsMediaOrganization", "name": "Coast News"},
        "copyrightHolder": {"@type": "Organization", "name": "Coast News Ltd"},
        "copyrightYear": "2024",
        "inLanguage": "en-US",
    }
    hints = hints_of(page(head=ld(data)))
    assert hints.headlines == ("Storm & rain hit the coast’s towns", "Storm hits coast")
    assert hints.description == "A big storm."
    assert hints.authors == ("Max Carter",)
    assert hints.published == "2024-05-03T10:00:00Z"
    assert hints.modified == "2024-05-03T12:00:00Z"
    assert hints.site_name == "Coast News"
    assert hints.copyright_holder == "Coast News Ltd"
    assert hints.copyright_year == 2024
    assert hints.language == "en"


def test_json_ld_graph_with_references() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://ex.com/#org", "name": "Example Times"},
            {"@type": "WebSite", "@id": "https://ex.com/#site", "name": "Example Times"},
            {
                "@type": "WebPage",
                "@id": "https://ex.com/story",
                "name": "Story title - Example Times",
                "datePublished": "2024-01-01",
            },
            {
                "@type": ["Article", "NewsArticle"],
                "@id": "https://ex.com/story#article",
                "headline": "Story title",
                "author": {"@id": "https://ex.com/#/person/1"},
                "publisher": {"@id": "https://ex.com/#org"},
                "datePublished": "2024-05-03",
                "mainEntityOfPage": {"@id": "https://ex.com/story"},
            },
            {"@type": "Person", "@id": "https://ex.com/#/person/1", "name": "Jo Lee", "url": "https://ex.com/jo"},
        ],
    }
    hints = hints_of(page(head=ld(data)))
    assert hints.headlines == ("Story title",)
    assert hints.authors == ("Jo Lee",)
    assert hints.published == "2024-05-03"
    assert hints.site_name == "Example Times"


def test_json_ld_page_fills_what_the_article_lacks_and_page_name_is_not_a_headline() -> None:
    data = [
        {"@type": "WebPage", "name": "Title | Site", "datePublished": "2024-05-03", "description": "Page desc."},
        {"@type": "BlogPosting", "headline": "Title"},
    ]
    hints = hints_of(page(head=ld(data)))
    assert hints.headlines == ("Title",)
    assert hints.published == "2024-05-03"
    assert hints.description == "Page desc."


def test_json_ld_prefers_the_article_whose_url_is_the_canonical() -> None:
    teaser = {"@type": "NewsArticle", "headline": "Other story", "url": "https://ex.com/other"}
    own = {"@type": "NewsArticle", "headline": "This story", "url": "http://www.ex.com/this/"}
    head = '<link rel="canonical" href="https://ex.com/this">' + ld([teaser, own])
    assert hints_of(page(head=head)).headlines == ("This story",)


def test_json_ld_main_entity_of_a_page() -> None:
    data = {"@type": "WebPage", "mainEntity": {"@type": "ReportageNewsArticle", "headline": "Inside"}}
    assert hints_of(page(head=ld(data))).headlines == ("Inside",)


def test_json_ld_several_scripts_and_types_as_urls() -> None:
    head = ld({"@type": "BreadcrumbList", "itemListElement": []}) + ld(
        {"@type": "http://schema.org/NewsArticle", "headline": "From the second script"}
    )
    assert hints_of(page(head=head)).headlines == ("From the second script",)


def test_json_ld_authors_person_beats_organization() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "H",
        "author": [
            {"@type": "Organization", "name": "Wire Agency"},
            {"@type": "Person", "name": "Ana Lima"},
            {"@type": "Person", "name": "Ben Okafor"},
            {"@type": "Person", "name": "ana lima"},
        ],
    }
    assert hints_of(page(head=ld(data))).authors == ("Ana Lima", "Ben Okafor")


def test_json_ld_person_typed_also_as_organization_is_a_person() -> None:
    data = {"@type": "BlogPosting", "author": {"@type": ["Person", "Organization"], "name": "Ana Lima"}}
    head = ld(data) + '<meta name="author" content="Somebody Else">'
    assert hints_of(page(head=head)).authors == ("Ana Lima",)


def test_json_ld_organization_author_is_a_last_resort() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Wire Agency"}}
    assert hints_of(page(head=ld(data))).authors == ("Wire Agency",)
    with_meta = ld(data) + '<meta name="author" content="Ana Lima">'
    assert hints_of(page(head=with_meta)).authors == ("Ana Lima",)


def test_json_ld_author_strings_and_lists_kept_as_given() -> None:
    data = {"@type": "NewsArticle", "author": ["Ana Lima and Ben Okafor", " Cy  Twombly "]}
    assert hints_of(page(head=ld(data))).authors == ("Ana Lima and Ben Okafor", "Cy Twombly")


def test_json_ld_headline_with_markup() -> None:
    data = {"@type": "NewsArticle", "headline": "Why <i>this</i> matters"}
    assert hints_of(page(head=ld(data))).headlines == ("Why this matters",)


@pytest.mark.parametrize(
    "script",
    [
        # A trailing comma.
        '{"@type": "NewsArticle", "headline": "Repaired", "author": {"name": "Ana Lima",},}',
        # A raw newline and tab inside a string.
        '{"@type": "NewsArticle", "headline": "Repaired",\n "author": "Ana\tLima\n"}',
        # A comment wrapper and a trailing semicolon.
        '<!-- {"@type": "NewsArticle", "headline": "Repaired", "author": "Ana Lima"} -->;',
        # A CDATA wrapper.
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Repaired", "author": "Ana Lima"}\n//]]>',
        # Two objects back to back.
        '{"@type": "Organization", "name": "Org"}\n'
        '{"@type": "NewsArticle", "headline": "Repaired", "author": "Ana Lima"}',
        # A control character outside any string.
        '{"@type": "NewsArticle",\x01 "headline": "Repaired", "author": "Ana Lima"}',
    ],
)
def test_broken_json_ld_is_repaired(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    hints = hints_of(page(head=head))
    assert hints.headlines == ("Repaired",)
    assert hints.authors == ("Ana Lima",)


def test_json_ld_beyond_repair_is_skipped_and_other_sources_still_count() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": Unquoted}</script>'
        '<meta property="og:title" content="From og">'
    )
    assert hints_of(page(head=head)).headlines == ("From og",)


def test_schema_json_in_an_untyped_script_is_read_but_other_scripts_are_not() -> None:
    head = (
        '<script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Untyped"}</script>'
        '<script>var x = {"headline": "Not metadata"};</script>'
        '<script type="text/javascript">{"@context": "https://schema.org", "headline": "JS"}</script>'
    )
    assert hints_of(page(head=head)).headlines == ("Untyped",)


@pytest.mark.parametrize(
    "script",
    [
        "[]",
        "null",
        "42",
        '"just a string"',
        '{"@type": 5, "headline": ["a", "b"], "author": {"name": 7}, "datePublished": {"x": 1}}',
        '{"@type": "NewsArticle", "author": [null, 3, {"@id": "missing"}], "publisher": [], "copyrightYear": true}',
        '{"@graph": {"@graph": {"@graph": []}}}',
        "[" * 100_000 + "]" * 100_000,
        '{"@type": "NewsArticle", "publisher": ' + "[" * 500 + '"P"' + "]" * 500 + "}",
        '{"@type": "NewsArticle", "headline": "' + "x" * 2_000_000 + '"}',
    ],
    ids=[
        "empty-list",
        "null",
        "number",
        "string",
        "wrong-value-types",
        "odd-authors",
        "nested-graphs",
        "deep",
        "deep-publisher",
        "huge",
    ],
)
def test_odd_json_ld_never_raises(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    hints = hints_of(page(head=head))
    assert isinstance(hints, Hints)


# --- headlines ---------------------------------------------------------------------------


def test_headlines_order_and_dedupe() -> None:
    head = (
        ld({"@type": "NewsArticle", "headline": "The  Headline", "name": "The headline"})
        + '<meta property="og:title" content="The Headline">'
        + '<meta name="twitter:title" content="Shorter social title">'
    )
    assert hints_of(page(head=head)).headlines == ("The Headline", "Shorter social title")


def test_a_cut_json_ld_headline_gives_way_to_the_whole_one() -> None:
    whole = "A long headline about the council budget vote that search engines would cut at some point"
    cut = whole[:70].rstrip()
    head = ld({"@type": "NewsArticle", "headline": cut}) + f'<meta property="og:title" content="{whole}">'
    assert hints_of(page(head=head)).headlines == (whole,)
    marked = ld({"@type": "NewsArticle", "headline": "Council budget…"})
    marked += '<meta property="og:title" content="Council budget vote fails">'
    assert hints_of(page(head=marked)).headlines == ("Council budget vote fails",)


def test_a_site_suffix_or_kicker_gives_way_to_the_bare_headline() -> None:
    head = (
        '<meta property="og:title" content="Council budget vote fails - Daily Example">'
        '<meta name="twitter:title" content="Council budget vote fails">'
    )
    assert hints_of(page(head=head)).headlines == ("Council budget vote fails",)
    kicker = (
        '<meta property="og:title" content="Politics: Council budget vote fails">'
        '<meta name="twitter:title" content="Council budget vote fails">'
    )
    assert hints_of(page(head=kicker)).headlines == ("Council budget vote fails",)


def test_a_short_headline_is_not_taken_for_a_cut_one() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Budget"}) + '<meta property="og:title" content="Budget vote">'
    assert hints_of(page(head=head)).headlines == ("Budget", "Budget vote")


# --- authors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "https://www.facebook.com/someone",
        "//example.com/author/x",
        "www.example.com",
        "example.com",
        "jane@example.com",
        "@handle",
        "null",
        "Daily Example",  # the site's own name
        "DAILY EXAMPLE",
        "Daily Example Staff",  # the site's name at one end
        "Example Media GmbH",  # a legal form
        "Verein e.V.",
        "Author 24",  # digits: a CMS id
        "/photo archive",
        "x" * 200,
    ],
)
def test_author_values_that_are_not_names_are_dropped(value: str) -> None:
    head = f'<meta property="og:site_name" content="Daily Example"><meta name="author" content="{value}">'
    assert hints_of(page(head=head)).authors == ()


def test_author_with_affiliation_in_the_middle_is_kept() -> None:
    head = '<meta property="og:site_name" content="Example"><meta name="author" content="Jo Lee, Example Insight">'
    assert hints_of(page(head=head)).authors == ("Jo Lee, Example Insight",)


def test_article_author_url_is_skipped_but_a_name_is_kept() -> None:
    head = (
        '<meta property="article:author" content="https://www.facebook.com/janedoe">'
        '<meta property="article:author" content="Jane Doe">'
    )
    assert hints_of(page(head=head)).authors == ("Jane Doe",)


def test_author_quotes_and_json_escapes_are_cleaned() -> None:
    head = r'<meta name="author" content="\u00c1lvaro P\u00e9rez"><meta name="author" content="&quot;Jo Lee&quot;">'
    assert hints_of(page(head=head)).authors == ("Álvaro Pérez", "Jo Lee")


def test_microdata_author_with_nested_name() -> None:
    body = """
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">Visible headline</h1>
        <div itemprop="author" itemscope itemtype="https://schema.org/Person">
          By <span itemprop="name">Ana Lima</span>, <span itemprop="jobTitle">reporter</span>
        </div>
        <span itemprop="author">Ben Okafor</span>
        <meta itemprop="datePublished" content="2024-05-03">
        <time itemprop="dateModified" datetime="2024-05-04">May 4</time>
      </article>
    """
    hints = hints_of(page(body=body))
    assert hints.authors == ("Ana Lima", "Ben Okafor")
    assert hints.headlines == ("Visible headline",)
    assert hints.published == "2024-05-03"
    assert hints.modified == "2024-05-04"


def test_microdata_authors_of_answers_comments_and_other_cards_are_not_the_pages() -> None:
    # A question and its answers: only the question's writer is the page's.
    thread = """
      <div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
        <h1 itemprop="name">How does the ferry cross at night?</h1>
        <div itemprop="author" itemscope><span itemprop="name">rivertom</span></div>
        <div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
          <span itemprop="author" itemscope><span itemprop="name">Ana Lima</span></span>
        </div>
        <div itemprop="comment" itemscope><span itemprop="author">Ben Okafor</span></div>
      </div>
    """
    assert hints_of(page(body=thread)).authors == ("rivertom",)
    # A forum's posts as items typed Comment: replies, whoever wrote them, not the thread's writer.
    replies = "".join(
        f'<article itemscope itemtype="https://schema.org/Comment"><h4 itemprop="author" itemscope>'
        f'<span itemprop="name">{name}</span></h4><p itemprop="text">Reply</p></article>'
        for name in ("Ana Lima", "Ben Okafor")
    )
    assert hints_of(page(body=replies)).authors == ()
    # A listing's cards, each an item of its own: the first names the page's writer, no later one does.
    cards = "".join(
        f'<article itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">Story {n}</h2>'
        f'<span itemprop="author">{name}</span></article>'
        for n, name in enumerate(("Ana Lima", "Ben Okafor", "Cy Twombly", "Di Ng", "Ed Ruiz"))
    )
    assert hints_of(page(body=cards)).authors == ("Ana Lima",)


def test_rel_author_links_of_teaser_cards_are_not_the_pages_writers() -> None:
    credit = (
        '<p class="byline">By <a rel="author" href="/jo">Jo Lee</a> and <a rel="author" href="/ana">Ana Lima</a></p>'
    )
    cards = "".join(
        f'<div class="card"><a href="/story-{n}">Story {n}</a><a rel="author" href="/w{n}">{name}</a></div>'
        for n, name in enumerate(("Ben Okafor", "Cy Twombly", "Di Ng", "Ed Ruiz", "Flo Chen"))
    )
    assert hints_of(page(body=credit + cards)).authors == ("Jo Lee", "Ana Lima")
    # Cards alone: the names of one wrapper at most, never every card's.
    assert hints_of(page(body=cards)).authors == ("Ben Okafor",)


def test_rel_author_links_are_the_last_source() -> None:
    body = '<p class="byline">By <a rel="author" href="/jo">Jo Lee</a></p><link rel="author" href="/x">'
    assert hints_of(page(body=body)).authors == ("Jo Lee",)


def test_metadata_authors_beat_in_page_markers_of_teasers() -> None:
    head = '<meta name="author" content="Ana Lima">'
    body = '<aside><a rel="author" href="/b">Ben Okafor</a><span itemprop="author">Cy Twombly</span></aside>'
    assert hints_of(page(head=head, body=body)).authors == ("Ana Lima",)


def test_rel_author_link_label_is_not_part_of_the_name() -> None:
    body = '<p><a rel="author" href="/author/mia">Zeige alle Beiträge von mia_k →</a></p>'
    assert hints_of(page(body=body)).authors == ("mia_k",)


def test_hcard_author_of_the_entry_is_read() -> None:
    body = (
        '<div class="entry-meta">von <span class="author vcard"><a class="url fn n" href="/a/t">tlow</a></span>'
        ' und <span class="author vcard"><span class="fn">Ana Lima</span></span></div>'
        '<div class="entry-meta">von <span class="author vcard"><a class="fn" href="/a/x">other</a></span></div>'
        '<ol><li class="comment"><span class="comment-author vcard"><b class="fn">Commenter</b></span></li></ol>'
    )
    assert hints_of(page(body=body)).authors == ("tlow", "Ana Lima")


def test_hcard_is_the_last_in_page_source() -> None:
    body = '<a rel="author" href="/jo">Jo Lee</a><span class="author vcard"><span class="fn">tlow</span></span>'
    assert hints_of(page(body=body)).authors == ("Jo Lee",)


# --- published fallbacks -----------------------------------------------------------------


def test_time_with_pubdate_is_a_fallback() -> None:
    body = '<time datetime="2023-01-01">Jan 1</time><article><time pubdate datetime="2024-05-03">x</time></article>'
    assert hints_of(page(body=body)).published == "2024-05-03"


def test_time_in_a_byline_container_is_a_fallback() -> None:
    body = (
        '<ul class="teasers"><li><time datetime="2023-01-01">Jan 1</time></li></ul>'
        '<div class="article-byline"><span>By Jo</span> <time datetime="2024-05-03T10:00">May 3</time></div>'
    )
    assert hints_of(page(body=body)).published == "2024-05-03T10:00"


def test_time_elsewhere_is_not_a_published_date() -> None:
    body = '<ul class="teasers"><li><time datetime="2023-01-01">Jan 1</time></li></ul>'
    assert hints_of(page(body=body)).published is None


def test_metadata_date_beats_time_elements() -> None:
    head = '<meta property="article:published_time" content="2024-05-03">'
    body = '<div class="byline"><time pubdate datetime="2023-01-01">x</time></div>'
    assert hints_of(page(head=head, body=body)).published == "2024-05-03"


# --- copyright and site name --------------------------------------------------------------


def test_copyright_from_json_ld_string_holder() -> None:
    data = {"@type": "Article", "copyrightHolder": "Ana Lima", "copyrightYear": 2021}
    hints = hints_of(page(head=ld(data)))
    assert (hints.copyright_holder, hints.copyright_year) == ("Ana Lima", 2021)


def test_site_name_falls_back_to_publisher_then_application_name() -> None:
    app = '<meta name="application-name" content="App Name">'
    assert hints_of(page(head=app)).site_name == "App Name"
    publisher = ld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Pub"}})
    assert hints_of(page(head=app + publisher)).site_name == "Pub"
    og = '<meta property="og:site_name" content="OG Site">'
    assert hints_of(page(head=app + publisher + og)).site_name == "OG Site"


# --- robustness and speed -------------------------------------------------------------------


def test_accepts_any_element_of_the_document_and_plain_etree_trees() -> None:
    root = lxml.html.document_fromstring(page(head='<meta property="og:title" content="T">'))
    body = root.find("body")
    assert body is not None
    assert extract_hints(body).headlines == ("T",)
    plain = etree.fromstring('<html><head><meta name="author" content="Ana Lima"/></head><body/></html>')
    assert extract_hints(plain).authors == ("Ana Lima",)


def test_malformed_urls_do_not_raise() -> None:
    head = '<link rel="canonical" href="/story"><meta property="og:url" content="http://[::1/story">'
    assert hints_of(page(head=head)).canonical_url == "/story"


def test_comments_and_processing_instructions_do_not_break_the_scan() -> None:
    markup = page(
        head='<!-- <meta name="author" content="Hidden"> --><meta name="author" content="Ana Lima">',
        body="<?php echo 1; ?><p>x<!-- c --></p>",
    )
    assert hints_of(markup).authors == ("Ana Lima",)


def test_reads_a_large_page() -> None:
    # How fast is measured in benchmarks/, not asserted here: a shared machine makes any limit flaky.
    teasers = "".join(
        f'<li><a rel="nofollow" href="/s{i}">Story {i}</a> <time datetime="2024-01-{i % 28 + 1:02d}">x</time></li>'
        for i in range(3000)
    )
    markup = page(head='<meta property="og:title" content="T">', body=f"<ul>{teasers}</ul>")
    root = lxml.html.document_fromstring(markup)
    hints = extract_hints(root)
    assert hints.headlines == ("T",)


def test_a_time_classed_as_the_publication_dates_a_page_without_json_ld() -> None:
    body = (
        '<div class="post-info"><time class="updated" datetime="2024-06-01T08:00:00+02:00">June 1</time>'
        '<time class="entry-date published" datetime="2023-04-10T00:00:00-05:00">Apr 10, 2023</time></div>'
    )
    assert hints_of(page(body=body)).published == "2023-04-10T00:00:00-05:00"


def test_a_publication_date_in_a_data_attribute_of_the_body_is_read() -> None:
    markup = (
        '<!DOCTYPE html><html><head></head><body data-pubdate="2022-10-05" data-lastmod="2025-01-02">'
        "<p>T</p></body></html>"
    )
    assert hints_of(markup).published == "2022-10-05"
    # Not a value that is no date.
    assert hints_of(markup.replace("2022-10-05", "yes")).published is None


def test_a_less_than_sign_in_a_script_does_not_swallow_the_json_ld_after_it() -> None:
    # Minified code compares with "<" ("i<arguments.length&&..."): read as a start tag with many
    # attributes, it was cut at its "first >", the end of </script>, and the next script
    # (the page's JSON-LD) became part of the code.
    import newsparse
    from newsparse.read.fallback import MAX_ATTRIBUTES

    code = "var f=function(i){return i<arguments.length" + " && a" * (MAX_ATTRIBUTES + 10) + "};"
    ld = json.dumps({"@type": "NewsArticle", "headline": "Tide tables", "datePublished": "2021-04-03"})
    page = (
        f"<html><head><script>{code}</script><script type='application/ld+json'>{ld}</script></head>"
        "<body><h1>Tide tables</h1><p>" + "The tide rose all day along the coast. " * 8 + "</p></body></html>"
    )
    assert newsparse.parse_html(page).published == dt.date(2021, 4, 3)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ((("Written by", "Jane Doe"), ("Est. reading time", "4 minutes")), ("Jane Doe",)),
        ((("Geschätzte Lesezeit", "3 Minuten"), ("Geschrieben von", "Max Muster")), ("Max Muster",)),
        ((("Price", "$25.00"), ("Availability", "In stock")), ()),
    ],
)
def test_a_link_preview_label_naming_the_writer_gives_the_author(
    pairs: tuple[tuple[str, str], ...], expected: tuple[str, ...]
) -> None:
    # SEO plugins describe a post to link previews as label/value pairs ("Written by" / "Jane
    # Doe"): with the page's scripts stripped, often the only place its metadata names the writer.
    head = "".join(
        f'<meta name="twitter:label{i}" content="{label}"><meta name="twitter:data{i}" content="{data}">'
        for i, (label, data) in enumerate(pairs, start=1)
    )
    assert hints_of(page(head=head)).authors == expected


def test_a_time_in_a_comment_header_is_the_comment_date_not_the_article_date() -> None:
    # Comment templates head each reply with a "comment-meta" box (name, time): the words that
    # mark a post's metadata, but the time is the reply's.
    reply = (
        '<ol class="comment-list"><li class="comment"><header class="comment-meta">'
        '<cite>Sam Reader</cite><span class="when"><a href="#c1">'
        '<time datetime="2021-01-05T07:03:58-05:00">January 5, 2021</time></a></span></header>'
        "<p>Thanks for this.</p></li></ol>"
    )
    assert hints_of(page(body="<article><p>Story.</p></article>" + reply)).published is None
    byline = '<div class="post-meta"><span><time datetime="2024-05-03">May 3, 2024</time></span></div>'
    assert hints_of(page(body=byline + "<p>Story.</p>" + reply)).published == "2024-05-03"


def test_the_author_field_outranks_the_link_preview_label() -> None:
    head = (
        '<meta name="author" content="Jane Doe">'
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Rowan Hale">'
    )
    assert hints_of(page(head=head)).authors == ("Jane Doe",)


def test_json_ld_written_as_a_meta_is_read() -> None:
    """A framework's metadata API may write the JSON-LD script as a meta named for its media type."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "River ferry returns",
        "datePublished": "2025-11-17T09:00:00-05:00",
        "author": {"@type": "Person", "name": "Mara Quist"},
    }
    content = json.dumps(data).replace("&", "&amp;").replace('"', "&quot;")
    hints = hints_of(page(head=f'<meta name="script:ld+json" content="{content}">'))
    assert hints.published == "2025-11-17T09:00:00-05:00"
    assert hints.authors == ("Mara Quist",)
