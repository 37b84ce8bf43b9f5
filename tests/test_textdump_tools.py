"""Dumps of whole pages as text browsers and converters print them: the reader reads back what
the tool did (wrapping, Markdown, link marks, a reference list) and the rules find the story
inside the page's menus, teasers and footer."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.cues.lexicon import PHOTO_CREDIT
from newsparse.cues.lines import is_caption_line, is_prose_line, prose_span
from newsparse.read.inputs import looks_like_html
from newsparse.read.textdump import text_to_page
from newsparse.segments.byline import _text_credit
from newsparse.segments.headline import _credit_or_date

PARA_1 = (
    "The harbour board voted on Tuesday to run the new electric ferry every twenty minutes from "
    "the spring, after a trial that carried twice the riders anyone had expected it to carry."
)
PARA_2 = (
    "Riders on the early boats said the crossing was quieter and smoother than on the old diesel "
    "vessels, and several said they had left their cars at home for the whole of the trial."
)
PARA_3 = (
    "The board will now ask the city for the money to build two more boats of the same kind, "
    "which the yard says it could deliver within eighteen months of an order being placed."
)


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines: list[str] = []
    line = indent
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += word + " "
    lines.append(line.rstrip())
    return lines


def _story(width: int, indent: str = "") -> list[str]:
    """The story's paragraphs, twice over (a story is long), wrapped as a text browser wraps them."""
    lines: list[str] = []
    for para in (PARA_1, PARA_2, PARA_3, PARA_2, PARA_3):
        lines += [*_wrap(para, width, indent), ""]
    return lines


def _lynx_dump() -> str:
    lines = [
        "   #[1]alternate",
        "",
        "   [2]Skip to main content",
        "     * [3]News",
        "     * [4]Sport",
        "     * [5]Weather and travel",
        "",
        "City ferry runs every twenty minutes from spring",
        "",
        "   By [6]Ana Ruiz",
        "",
        *_story(79, "   "),
        "More from the harbour",
        "",
        "     * [7]Tram line to close for a month of repairs",
        "     * [8]Bridge toll to rise in the new year",
        "",
        "   © 2026 Harbour Gazette. All rights",
        "   reserved.",
        "",
        "References",
        "",
        "   1. https://example.com/feed",
        "   2. https://example.com/#main",
        "   3. https://example.com/news",
        "   4. https://example.com/sport",
        "   5. https://example.com/weather",
        "   6. https://example.com/ana-ruiz",
        "   7. https://example.com/tram",
        "   8. https://example.com/toll",
    ]
    return "\n".join(lines) + "\n"


def test_prose_span_is_the_story_run_not_a_lone_paragraph() -> None:
    texts = ["Menu", "Cookie notice: we use cookies on this site to make it work better for you.", "News"]
    texts += ["Sport"] * 8 + [PARA_1, "Subheading", PARA_2, PARA_3, PARA_2, PARA_3, "Share", "Tram line"]
    span = prose_span(texts, [0.0] * len(texts))
    assert span == (11, 16)


def test_prose_span_none_without_prose() -> None:
    assert prose_span(["Home", "News", "Sport"], [0.0, 0.0, 0.0]) is None


def test_lynx_dump_is_read_back() -> None:
    page = text_to_page(_lynx_dump())
    texts = [b.text for b in page.blocks]
    # Wrapped lines are one paragraph again, the marks and the reference list are gone.
    assert PARA_1 in texts
    assert not any("https://" in t or "[" in t for t in texts)
    tram = next(b for b in page.blocks if b.text.startswith("Tram line"))
    assert tram.tag == "li"
    assert tram.links[0].href == "https://example.com/tram"


def test_lynx_dump_story_is_found_inside_the_page() -> None:
    article = newsparse.parse_text(_lynx_dump())
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    assert PARA_1 in article.body
    assert article.body[-1] == PARA_3
    assert article.copyright is not None
    assert article.copyright.years == (2026,) and article.copyright.holder == "Harbour Gazette"


def test_markdown_dump_headline_and_links() -> None:
    text = "\n".join(
        [
            "[Skip to main content](#main)",
            "",
            "  * [News](https://example.com/news)",
            "  * [Sport](https://example.com/sport)",
            "",
            "# City ferry runs every twenty minutes from spring",
            "",
            "By [Ana Ruiz](https://example.com/ana-ruiz)",
            "",
            "![The new ferry](https://example.com/ferry.jpg)",
            "",
            *_story(78),
        ]
    )
    page = text_to_page(text)
    assert any(b.tag == "h1" for b in page.blocks)
    article = newsparse.parse_text(text)
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert PARA_1 in article.body
    assert not any("](" in p for p in article.body)


def test_menu_lines_just_above_a_title_and_dek_are_not_the_headline() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Open Navigation Menu",
            "",
            "City ferry runs every twenty minutes from spring",
            "",
            "The new boats are quieter, and the board wants two more",
            "",
            "By Ana Ruiz",
            "March 3, 2026",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    article = newsparse.parse_text(text)
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert article.subheading == "The new boats are quieter, and the board wants two more"


def test_menu_lines_before_an_unmarked_story_are_not_the_headline() -> None:
    # A browser's select-all-and-copy: no markers, the menu first.
    text = "\n".join(
        [
            "Skip to main content",
            "Open Navigation Menu",
            "Weather and travel",
            "Subscribe to our newsletter",
            "",
            "City ferry runs every twenty minutes from spring",
            "",
            "By Ana Ruiz",
            "March 3, 2026",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
            "",
            "Share this story",
            "Tram line to close for a month of repairs",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)


def test_a_dump_with_stray_markup_lines_is_read_as_a_dump() -> None:
    # Text browsers print a <noscript>'s raw content; a browser's copy shows a script's text.
    story = "\n\n".join((PARA_1, PARA_2, PARA_3, PARA_2, PARA_3))
    for stray in (
        '<img src="//pixel.example.com/p.gif" width="1" height="1">',
        '<script src="https://example.com/app.js" type="text/javascript"></script>',
    ):
        dump = f"{stray}\nCity ferry runs every twenty minutes from spring\nBy Ana Ruiz\n\n{story}\n"
        assert not looks_like_html(dump)
        assert newsparse.parse(dump).headline == "City ferry runs every twenty minutes from spring"
    # A code sample that shows a whole document, inside a dump, is the dump's text.
    sample = "<!doctype html>\n<html>\n<title>Hello</title>\n</html>"
    assert not looks_like_html(f"City ferry runs every twenty minutes\n\n{PARA_1}\n\n{sample}\n\n{story}\n")
    # A page after response headers is still a page.
    assert looks_like_html(f"HTTP/1.1 200 OK\nContent-Type: text/html\n\n{sample}")


def test_a_dump_with_no_title_near_its_prose_says_so() -> None:
    # Menu entries, then the story: no line reads as its title.
    dump = "\n".join(["Home", "News", "Sport", "Sign in", "", PARA_1, "", PARA_2, "", PARA_3])
    article = newsparse.parse_text(dump)
    assert article.headline is None
    assert article.has_warning("no-title-in-dump")
    assert PARA_1 in article.body
    assert not newsparse.parse_html(f"<p>{PARA_1}</p><p>{PARA_2}</p>").has_warning("no-title-in-dump")


def test_a_page_that_opens_with_a_script_is_html() -> None:
    # A script's code before the doctype, then the page: its code is no text of the page.
    script = "<script>\n" + "\n".join(f"var setting{i} = document.querySelector('#s{i}');" for i in range(60))
    page = f"{script}\n</script>\n<!DOCTYPE html>\n<html>\n<body>\n<h1>Ferry</h1>\n<p>{PARA_1}</p>\n</body></html>"
    assert looks_like_html(page)


@pytest.mark.parametrize(
    "title",
    [
        "Winter storms and burst pipes: how the cold wreaks havoc on the tunnels under N.Y.C.",
        "Ferry operator signs a twenty year deal for new electric boats with Harbour Yards Inc.",
    ],
)
def test_a_long_title_ending_in_an_abbreviation_is_no_sentence(title: str) -> None:
    dump = "\n\n".join(["Menu", "Search", title, PARA_1, PARA_2, PARA_3])
    article = newsparse.parse_text(dump)
    assert article.headline == title
    assert PARA_1 in article.body


def test_a_picture_credit_between_title_and_credit_is_not_the_headline() -> None:
    # The share row and the picture's credit stand between the title and the credit line.
    text = "\n".join(
        [
            "Home",
            "",
            "City ferry runs every twenty minutes from spring",
            "",
            "Share",
            "Tweet",
            "ANA RUIZ/AFP/Getty Images",
            "by Jo Lee",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    article = newsparse.parse_text(text)
    assert article.headline == "City ferry runs every twenty minutes from spring"


def test_a_short_menu_entry_above_the_title_is_not_the_headline() -> None:
    # A browser's copy: the menu's last entry, then the title, the credit and the story.
    text = "\n".join(
        ["Sign In", "Share Your Recipe", "Ferry riders double in a year", "By Jo Lee", "", PARA_1, "", PARA_2]
    )
    assert newsparse.parse_text(text).headline == "Ferry riders double in a year"


def test_the_title_printed_twice_above_the_story_is_the_headline() -> None:
    # A print header repeats the title; a quote set as a kicker stands right above it.
    text = "\n".join(
        [
            "City ferry runs every twenty minutes from spring",
            "Home",
            "News",
            "'We never expected so many riders on the boats'",
            "City ferry runs every twenty minutes from spring",
            "By Jo Lee",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    assert newsparse.parse_text(text).headline == "City ferry runs every twenty minutes from spring"


def test_the_credit_under_a_date_a_dek_and_a_caption_is_found() -> None:
    # The date first, then the dek and a picture's caption, then the credit.
    text = "\n".join(
        [
            "Menu",
            "City ferry runs every twenty minutes from spring",
            "News March 3, 2026 - 08:00",
            "The new boats are quieter, and the board wants two more.",
            "The new ferry at the pier.",
            "By Jo Lee jlee@example.com",
            PARA_1,
            PARA_2,
            PARA_3,
        ]
    )
    article = newsparse.parse_text(text)
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)
    assert article.byline.published is not None and article.byline.published.day == 3


def test_a_credit_under_the_dek_caption_and_share_row_is_found_a_bare_name_there_is_not() -> None:
    lines = [
        "City ferry runs every twenty minutes from spring",
        "The new boats are quieter, and the board wants two more.",
        "News 3.3.2026 at 08:00",
        "Riders wait on the pier at dawn for the first boat of the day.",
        "Jo Lee / Harbour Photos",
        "Share this story",
        "By Ana Ruiz",
        "Share on Facebook",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    # That far down, a name alone is a caption's or the story's, and the story keeps its lines.
    lines[6] = "Ana Ruiz"
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is None or not article.byline.authors
    assert PARA_1 in article.body


def test_the_title_above_a_dek_and_a_caption_is_the_headline() -> None:
    # The credit stands four lines under the title: the dek and a picture's caption and credit between.
    text = "\n".join(
        [
            "Menu",
            "City ferry runs every twenty minutes from spring",
            "The new boats are quieter than the old ones, and the board wants to buy two more of them.",
            "The new ferry at the pier",
            "Harbour Photos",
            "By Jo Lee",
            PARA_1,
            PARA_2,
            PARA_3,
        ]
    )
    assert newsparse.parse_text(text).headline == "City ferry runs every twenty minutes from spring"


def test_the_title_above_a_long_share_row_and_tag_list_is_the_headline() -> None:
    # A dump prints each entry of a share row and a tag list on a line of its own: they push the
    # title far above the prose, but a line of a word or two counts for little of the reach.
    share = ["Facebook", "Twitter", "Email", "Print", "WhatsApp", "LinkedIn", "Reddit", "Copy link"]
    tags = ["Ferries", "Harbour", "Transport", "City council", "Climate", "Boats", "Commuting", "Energy"]
    caption = [f"Picture {n} of the new ferry at the pier at dawn" for n in range(1, 6)]
    lines = ["Menu", "City ferry runs every twenty minutes from spring", "By Jo Lee", *share, *caption, *tags]
    article = newsparse.parse_text("\n".join([*lines, PARA_1, PARA_2, PARA_3]))
    assert article.headline == "City ferry runs every twenty minutes from spring"


def test_the_blurbs_of_a_menu_above_the_story_are_not_its_start() -> None:
    # A site's big menu carries a sentence or two under its entries; set apart from the story by
    # the menu's other lines, they weigh a tenth of a story of six paragraphs.
    blurb = (
        "Connect with other riders and the crew, and get advice on getting around the harbour "
        "from the people who know it."
    )
    story = [PARA_1, PARA_2, PARA_3, PARA_2, PARA_1, PARA_3]
    texts = ["Menu", "Communities", blurb, *[f"Section {n}" for n in range(8)], "Ferry trial ends", *story]
    assert prose_span(texts, [0.0] * len(texts)) == (12, 17)


def test_a_wrapped_story_under_a_long_menu_of_short_lines_is_joined_back() -> None:
    # A page's menu prints dozens of short lines of a few words that no tool broke; the story's
    # lines, broken at column 79, are still read back into its paragraphs.
    menu = [f"Harbour news section {n}" for n in range(60)]
    lines = [*menu, "", "City ferry runs every twenty minutes from spring", "", "By Ana Ruiz", "", *_story(79)]
    article = newsparse.parse_text("\n".join(lines) + "\n")
    assert article.body[:3] == (PARA_1, PARA_2, PARA_3)


def test_unwrapped_paragraphs_of_like_length_under_a_long_menu_are_not_joined() -> None:
    # Paragraphs printed a line each, no blank line between them, of about the same length: their
    # lines end near one column too, but each at a sentence's end, so the dump is not wrapped.
    words = "the council said on tuesday that the ferry would run every twenty minutes from spring".split()
    paragraphs = []
    for n in range(10):
        sentence = " ".join(words[(n + k) % len(words)] for k in range(40)).capitalize()
        paragraphs.append(sentence[: 126 + n].rsplit(" ", 1)[0] + ".")
    menu = [f"Harbour news section {n}" for n in range(60)]
    lines = [*menu, "City ferry runs every twenty minutes from spring", "By Ana Ruiz", *paragraphs]
    assert newsparse.parse_text("\n".join(lines) + "\n").body == tuple(paragraphs)


def test_a_short_part_of_the_story_after_a_table_carries_it_on() -> None:
    # Past a table of short cells, a part of a sixth of the story's weight is still the story
    # (its start needs more: a menu's blurb above it weighs as much).
    table = [f"Boat {n} | 20 minutes" for n in range(8)]
    texts = ["Ferry trial ends", PARA_1, PARA_2, PARA_3, PARA_2, PARA_1, PARA_3, *table, PARA_2]
    assert prose_span(texts, [0.0] * len(texts)) == (1, 15)


def test_a_menu_entry_that_scores_as_the_title_does_not_win_over_it() -> None:
    # A browser's copy: the footer's menu printed above the story, an entry that reads as a name
    # under one of its lines; the title is printed twice, with a share row between.
    text = "\n".join(
        [
            "Help and Contact Us",
            "Terms of Service",
            "Ad Choices",
            "Sections",
            "Ferry riders double within a single year",
            "Sign In",
            "Subscribe",
            "Ferry riders double within a single year",
            "Share on Facebook",
            "Share via Email",
            "Comments",
            "By Jo Lee March 18 at 3:57 PM",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    assert newsparse.parse_text(text).headline == "Ferry riders double within a single year"


def test_a_first_line_printed_again_whole_below_is_the_title_and_its_copy_the_headline() -> None:
    # html-text prints the <title> first; this page's <title> is its headline alone, and a
    # notice of prose stands above the menus and the story.
    notice = (
        "For full functionality of this site it is necessary to enable scripts in your browser, "
        "and here are the instructions on how to do that for each of the common browsers."
    )
    text = "\n\n".join(
        [
            "Harbour board doubles the ferry runs for spring",
            notice,
            "Home",
            "News",
            "Weather",
            "Sign up for our newsletter",
            "Harbour board doubles the ferry runs for spring",
            "Written by Jo Lee",
            PARA_1,
            PARA_2,
            PARA_3,
        ]
    )
    page = text_to_page(text)
    assert page.hints.title == "Harbour board doubles the ferry runs for spring"
    assert newsparse.parse_text(text).headline == "Harbour board doubles the ferry runs for spring"


def test_a_skip_link_printed_twice_is_no_title_line() -> None:
    text = "\n\n".join(["Skip to content", "Ferry riders double in a year", "By Jo Lee", PARA_1, "Skip to content"])
    assert text_to_page(text).hints.title is None


def test_a_name_printed_twice_in_the_credit_is_one_author() -> None:
    # lynx prints the writer's picture by its alt text, the name, before the linked name.
    text = "\n".join(["Ferry riders double in a year", "Jo Lee Jo Lee", "", PARA_1, "", PARA_2, "", PARA_3])
    byline = newsparse.parse_text(text).byline
    assert byline is not None and list(byline.authors) == ["Jo Lee"]


def test_a_name_printed_twice_on_two_lines_under_a_share_row_is_the_credit() -> None:
    # A browser prints the writer's picture by its alt text, the name, on a line of its own over
    # the linked name: that far down a name alone is a caption's, a name printed twice is the credit.
    lines = [
        "City ferry runs every twenty minutes from spring",
        "The new boats are quieter, and the board wants two more.",
        "Share on Facebook",
        "Share on X",
        "Email",
        "Print",
        "Comments",
        "Ana Ruiz",
        "Ana Ruiz",
        "March 3, 2026",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    assert article.byline.published is not None and article.byline.published.day == 3
    assert not any("Ana Ruiz" in paragraph for paragraph in article.body)
    # Printed once there, the name stays out of the credit.
    del lines[8]
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is None or not article.byline.authors


def test_a_photo_of_the_storys_subject_printed_twice_is_no_credit() -> None:
    # The subject's photo by its alt text, then its caption: the same name twice, but no date beside
    # it, and the story goes on about that person.
    lines = [
        "City ferry runs every twenty minutes from spring",
        "The new boats are quieter, and the board wants two more.",
        "Share on Facebook",
        "Share on X",
        "Email",
        "Print",
        "Marit Oskarsdal",
        "Marit Oskarsdal",
        "The former harbour master praised the plan on a visit to the piers last year. " + PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n\n".join(lines)).byline
    assert byline is None or not byline.authors


def test_the_credit_under_a_long_share_row_is_found() -> None:
    shares = [
        f"Share on {site}"
        for site in (
            "Facebook",
            "Twitter",
            "LinkedIn",
            "Pinterest",
            "Tumblr",
            "Reddit",
            "Flipboard",
            "WhatsApp",
            "Telegram",
            "Threads",
        )
    ]
    text = "\n".join(
        [
            "Ferry riders double in a year",
            *shares,
            "Share via Email",
            "Print Article",
            "Resize Text",
            "More Options",
            "Comments",
            "",
            "By Jo Lee",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    byline = newsparse.parse_text(text).byline
    assert byline is not None and list(byline.authors) == ["Jo Lee"]


def test_an_empty_markdown_item_is_not_joined_to_the_item_above() -> None:
    # html2text prints an item whose only content was a picture as a marker alone.
    text = "\n".join(
        [
            "# Ferry riders double in a year",
            "",
            "By [Jo Lee](https://example.org/jo-lee)",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
            "",
            "  * [Help](https://example.org/help)",
            "  * © 2024 The Harbour Times",
            "  *  ",
            "  * [Terms of Service](https://example.org/terms)",
        ]
    )
    texts = [b.text for b in text_to_page(text).blocks]
    assert "© 2024 The Harbour Times" in texts
    copyright = newsparse.parse_text(text).copyright
    assert copyright is not None and copyright.text == "© 2024 The Harbour Times"


@pytest.mark.parametrize("sep", [" > ", " → "])
def test_a_breadcrumb_line_ending_in_the_title_gives_the_title_alone(sep: str) -> None:
    crumbs = sep.join(["Home", "News", "2024", "Ferry riders double within a single year"])
    text = "\n".join(["Menu", "Search", crumbs, "By Jo Lee", "", PARA_1, "", PARA_2, "", PARA_3])
    assert newsparse.parse_text(text).headline == "Ferry riders double within a single year"


def test_a_title_with_one_arrow_is_no_breadcrumb() -> None:
    text = "\n".join(["Menu", "Search", "Ferry > bus: riders double in a year", "By Jo Lee", "", PARA_1, "", PARA_2])
    assert newsparse.parse_text(text).headline == "Ferry > bus: riders double in a year"


def test_a_short_title_right_above_its_short_dek_stays_the_headline() -> None:
    text = "\n\n".join(
        ["Sports", "Ferry riders double in a year", "How the harbour board won back its riders", "By Jo Lee", PARA_1]
    )
    assert newsparse.parse_text(text).headline == "Ferry riders double in a year"


def test_a_line_printed_at_the_top_and_the_foot_of_a_dump_is_not_its_title() -> None:
    story = (
        "The strike ended on Monday after three weeks of talks between the union and the operator of"
        " the ferry, which had stopped all crossings."
    )
    dump = (
        "Follow us on social media\n\nHarbour ferry strike ends after three weeks of talks\n\n"
        f"By Jane Roe\n\n{story}\n\n{story} Again.\n\n{story} Once more.\n\n"
        "Follow us on social media\n\n© 2025 Harbour News"
    )
    article = newsparse.parse_text(dump)
    assert article.headline == "Harbour ferry strike ends after three weeks of talks"
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert len(article.body) == 3


@pytest.mark.parametrize(
    ("credit", "authors"), [("By Yang Yang", ("Yang Yang",)), ("By Jane Roe Jane Roe", ("Jane Roe",))]
)
def test_a_name_of_one_word_twice_is_a_name_and_a_whole_name_twice_is_one(
    credit: str, authors: tuple[str, ...]
) -> None:
    story = "The strike ended on Monday after three weeks of talks between the union and the operator of the ferry."
    article = newsparse.parse_text(f"Harbour ferry strike ends after talks\n\n{credit}\n\n{story}\n\n{story}")
    assert article.byline is not None and article.byline.authors == authors


def test_a_title_over_a_long_dek_without_a_full_stop_keeps_the_credit_below_it() -> None:
    # The dek ends with no full stop, as many do; a picture's caption and a link stand between it
    # and the credit, four lines under the title.
    dump = "\n".join(
        [
            "News",
            "",
            "Will the harbour board keep the night ferry?",
            "",
            "Riders say the late boats carried twice as many people as the board had expected",
            "",
            "The night ferry at the harbour wall",
            "",
            "Read the board's report",
            "",
            "By Jane Roe",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    article = newsparse.parse_text(dump)
    assert article.headline == "Will the harbour board keep the night ferry?"


def test_a_first_line_printed_many_times_reads_the_prose_span_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each copy under the story is checked against one span, not a new one (that was quadratic).
    import newsparse.read.textdump as textdump

    calls: list[int] = []
    real = textdump.prose_span

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textdump, "prose_span", counted)
    first = "Follow us on social media today"
    text = "\n\n".join([first, "Harbour board doubles the ferry runs", PARA_1, PARA_2, *[first] * 50])
    page = text_to_page(text)
    assert page.hints.title is None
    assert len(calls) == 1


def test_the_title_above_a_story_start_cut_off_by_a_list_is_the_headline() -> None:
    # The story's first paragraphs, a list of points and the rest of the story: the lines of its
    # start use up none of the reach above the prose, and the title over them is still read.
    points = [f"The harbour must keep point number {n} in mind for the new boats" for n in range(1, 7)]
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "24 July 2025",
        "From the section Transport",
        "941 comments",
        "Media caption The new ferry leaving the pier at dawn",
        PARA_1,
        PARA_2,
        PARA_3,
        PARA_2,
        "In a long interview, the harbour master also said:",
        *points,
        "Read the full transcript of the interview",
        *[PARA_1, PARA_2, PARA_3, PARA_2, PARA_3] * 5,
    ]
    assert newsparse.parse_text("\n".join(lines)).headline == "City ferry runs every twenty minutes from spring"


def test_a_sponsor_label_ending_in_by_is_not_the_headline() -> None:
    # "… is sponsored by" stands over a sponsor's logo, printed twice, right above the title.
    lines = [
        "Menu",
        "Transport is sponsored by",
        "Transport is sponsored by",
        "City ferry runs every twenty minutes from spring",
        "24 July 2025",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    assert newsparse.parse_text("\n".join(lines)).headline == "City ferry runs every twenty minutes from spring"


@pytest.mark.parametrize("title", ["The neighbours who refused to stand by", "Why the harbour board stood by"])
def test_a_title_ending_in_by_is_the_headline(title: str) -> None:
    # Only a label's phrase ("sponsored by", "Story by") ends on "by" over what it labels.
    lines = ["Home", "News", title, "By Jo Lee", PARA_1, PARA_2, PARA_3, PARA_1]
    assert newsparse.parse_text("\n".join(lines)).headline == title


@pytest.mark.parametrize("comma", [",", " ,"])
def test_a_credit_that_runs_on_into_the_writers_bio_under_a_dek_is_found(comma: str) -> None:
    # The dek is the first long sentence under the title; the credit, with "By" and the writer's
    # bio on one line, is no second line of prose that would end the search. A dump may print the
    # name's link apart from the comma after it.
    lines = [
        "City ferry runs every twenty minutes from spring",
        "The new boats are quieter than the old ones, and the board now wants to buy two more of them soon.",
        f"By Jo Lee{comma} a deputy editor and author of the harbour newsletter. She has covered boats for years.",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday evening, Harbour Council had closed the pier and the ferry company said the service would resume.",
        "By March the harbour board had ordered two more boats, and the council said the fares would stay as they are.",
        "By Jo Lee's count, the harbour board has ordered two more boats, and the council said the fares would stay.",
    ],
)
def test_a_sentence_opening_with_by_is_prose_under_a_dek(sentence: str) -> None:
    # Under the dek, a sentence of the story that opens "By …" is the second line of prose: the
    # credit stands above it, and the line is no credit.
    lines = [
        "Home",
        "City ferry runs every twenty minutes from spring",
        "The new boats are quieter than the old ones, and the board now wants to buy two more of them soon.",
        sentence,
        PARA_1,
        "Jo Lee",
        PARA_2,
        PARA_3,
    ]
    assert newsparse.parse_text("\n".join(lines)).byline is None


def test_a_sentence_opening_by_tuesday_under_the_title_is_no_credit() -> None:
    lines = [
        "Home",
        "City ferry runs every twenty minutes from spring",
        "By Tuesday evening, Harbour Council had closed the pier and the ferry company said the service would resume.",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    assert newsparse.parse_text("\n".join(lines)).byline is None


@pytest.mark.parametrize(
    ("parts", "authors"),
    [
        (["By", "Jo Lee", "Harbour Gazette transport reporter"], ("Jo Lee",)),
        (["By", "Jo Lee", "and", "Sam Roe"], ("Jo Lee", "Sam Roe")),
        (["By", "Jo Lee", "&", "Sam Roe"], ("Jo Lee", "Sam Roe")),
        (["By", "Jo Lee", "und", "Sam Roe"], ("Jo Lee", "Sam Roe")),
        # A one-letter line is no joining word of its own: a pronoun, a list's letter, an initial.
        (["By", "Jo Lee", "I", "Sam Roe"], ("Jo Lee",)),
        (["By", "Jo Lee", "a", "Sam Roe"], ("Jo Lee",)),
    ],
)
def test_a_credit_printed_a_part_a_line_is_read_whole(parts: list[str], authors: tuple[str, ...]) -> None:
    # A browser prints each element of a credit on a line of its own: the label, each name, the
    # joining word; the role line under the name names no one.
    lines = ["City ferry runs every twenty minutes from spring", "March 3, 2025", *parts, PARA_1, PARA_2, PARA_3]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == authors


def test_a_desks_role_under_a_bare_name_leaves_the_name_the_credit() -> None:
    # "Games Editor" under the name is the writer's job, not a second credit that would make the
    # name a dek; the site's name beside the date under it is no writer either.
    lines = [
        "City ferry runs every twenty minutes from spring",
        "Jo Lee",
        "Transport Editor",
        "Harbour GazetteMarch 3, 2025",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


def test_the_credit_under_the_titles_second_copy_outranks_a_section_name_under_the_first() -> None:
    # The title in the page's header, then the menu and section name, then the title again over
    # the story with its credit: the section's name under the first copy is no writer.
    title = "City ferry runs every twenty minutes from spring"
    lines = [
        "Menu",
        title,
        "Sign In",
        "Subscribe",
        "North Shore",
        title,
        "Share on Facebook",
        "Share on Twitter",
        "Share via Email",
        "Print Article",
        "Comments",
        "By Jo Lee March 3, 2025",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


def test_the_credit_under_the_titles_first_copy_when_none_stands_under_the_headline() -> None:
    # The title over the credit at the top, a long run of teasers, then the title again right over
    # the prose: that copy is the headline, and the credit is the one under the first.
    title = "City ferry runs every twenty minutes from spring"
    teasers = [f"Teaser number {n} about the harbour and its many boats" for n in range(20)]
    lines = ["Menu", title, "Jo Lee", *teasers, title, PARA_1, PARA_2, PARA_3]
    article = newsparse.parse_text("\n".join(lines))
    assert article.headline == title
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)


def test_a_title_printed_twice_outranks_a_dialogs_line_and_keeps_the_credit_above_it() -> None:
    # A publishing dialog prints its instruction and the writer's name above the story; the
    # title follows, printed twice around a share row. The title is the twice-printed line, and
    # the name printed twice above it (the dialog's and the header's) is the writer's.
    title = "Inside the Harbour Ferry Yard"
    lines = [
        "Ready to publish?",
        "Change the story’s title, subtitle, and visibility as needed",
        "Jo Lee",
        "14 min read",
        "Featured Close Publish changes",
        "Sign in / Sign up",
        "Jo Lee",
        "on Mar 27",
        title,
        "Share on Twitter",
        "Share on Facebook",
        title,
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.headline == title
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)


def test_a_menus_entry_printed_again_far_above_does_not_win_a_tie_with_the_title() -> None:
    # The entry is printed in the page's top menu and again in a second menu just above the story;
    # the title under it, printed once, is still the headline.
    title = "Prison official says anyone could escape from the jail"
    menu = [f"Section number {n}" for n in range(30)]
    lines = [
        "Home",
        "Special Features and Publications",
        *menu,
        "Special Features and Publications",
        "Advertise",
        "Contact",
        title,
        "Jo Lee",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    assert newsparse.parse_text("\n".join(lines)).headline == title


def test_a_title_that_opens_with_a_credits_word_is_no_credit() -> None:
    # "Vom" opens a German credit ("Vom Autor"), but a one-word "name" that runs on in lower case
    # is a phrase: the title over its dek and the real credit.
    title = "Vom Hafen aus gesehen"
    lines = [
        "Aktuelles",
        " / Neue Artikel",
        "ZURÜCKBLÄTTERN VORBLÄTTERN",
        title,
        "Jo Lee erzählt in ihrem neuen Buch vom Leben am Wasser und von der Stadt",
        "Von Jo Lee",
        " Besprochene Bücher / Literaturhinweise",
        "",
        PARA_1,
        "",
        PARA_2,
        "",
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.headline == title
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)


def test_co_authors_printed_under_their_initials_are_all_read() -> None:
    # Each writer's picture is a circle of initials, printed on a line of its own before the name.
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "JL",
        "Jo Lee",
        "SR",
        "Sam Roe",
        "posted on 04/05/2022 05:49",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee", "Sam Roe")


def test_a_line_of_capitals_over_a_name_that_is_not_its_initials_adds_no_writer() -> None:
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "Jo Lee",
        "NEWS",
        "Harbour Board",
        PARA_1,
        PARA_2,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


def test_the_credit_right_over_the_prose_far_under_the_headline() -> None:
    # A gallery's captions stand between the title and the credit, which sits right over the
    # story's first paragraph.
    captions = [f"Riders wait for the ferry at pier number {n} on a grey morning." for n in range(12)]
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        *captions,
        "Transport",
        "Jo Lee | Published 3 hours ago",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.headline == "City ferry runs every twenty minutes from spring"
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)


def test_a_credit_with_by_under_a_caption_that_reads_as_a_name_is_the_credit() -> None:
    # The picture's caption under the title opens with a person and a job ("Harbour expert Sam
    # Roe."); the credit with "by" a few lines under it is the writer's.
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "Harbour expert Sam Roe. Photograph: Kim Park for the Herald",
        "The harbour board wants riders back on the water before the summer",
        "by Jo Lee (reporting) and Kim Park (photography)",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee", "Kim Park")


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies and similar technologies to improve your browsing experience, personalise "
        "the content you see and measure how our pages are read.",
        "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez "
        "davantage d'informations dans la déclaration sur la protection des données.",
    ],
)
def test_a_cookie_notice_is_no_line_of_the_story(notice: str) -> None:
    # The notice reads as a sentence; taken for the story's start, it hides the title under it.
    lines = [
        "Menu",
        notice,
        "Plus d'informations Ok",
        *(f"Section {n}" for n in range(8)),
        "Sign up for our newsletter to get the harbour news first, every weekday morning.",
        "City ferry runs every twenty minutes from spring",
        "By Jo Lee",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    span = prose_span(lines, [0.0] * len(lines))
    assert span is not None and span[0] == lines.index(PARA_1)
    assert newsparse.parse_text("\n".join(lines)).headline == "City ferry runs every twenty minutes from spring"


def test_a_subheading_right_over_the_prose_is_no_credit() -> None:
    # A bare "name" that is the whole line over the prose is as often a subheading ("Electronic
    # Cat Toys"); only a credit row ("Jo Lee | Published …"), "By" or a date makes it a credit.
    captions = [f"Riders wait for the ferry at pier number {n} on a grey morning." for n in range(12)]
    lines = ["Menu", "City ferry runs every twenty minutes from spring", *captions, "Electric Ferries", PARA_1, PARA_2]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is None or not byline.authors


def test_a_bare_name_does_not_give_way_to_a_label_that_is_no_by() -> None:
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "Jo Lee",
        "Share",
        "About Ferries",
        PARA_1,
        PARA_2,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


def test_a_heading_printed_once_above_a_title_printed_twice_is_no_credit() -> None:
    title = "Harbour Ferry Pass for the Whole Family"
    lines = ["Menu", "Ferry Passes", "Technical Details", "Sign in", title, "Share", title, PARA_1, PARA_2, PARA_3]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is None or not byline.authors


def test_the_date_under_the_headline_stays_when_the_credit_stands_over_the_prose() -> None:
    # The date printed under the title dates the article; the credit right over the prose, far
    # under a gallery's captions, names the writer and prints no date of its own.
    captions = [f"Riders wait for the ferry at pier number {n} on a grey morning." for n in range(12)]
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "May 3, 2024",
        *captions,
        "By Jo Lee",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is not None and article.byline.authors == ("Jo Lee",)
    assert article.published is not None and article.published.isoformat().startswith("2024-05-03")


def test_a_bare_name_does_not_give_way_to_a_by_line_inside_the_story() -> None:
    # The "By" line stands past the story's first paragraphs (a quoted credit, a box): it is not
    # the credit, and the name under the headline is.
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "Jo Lee",
        PARA_1,
        PARA_2,
        "By Sam Roe",
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Girl Scouts of the USA sell cookies every spring, and this year the troops in the city "
        "expect to sell more boxes than ever before.",
        "The bakery uses brown butter cookies as the base for its new cake, which it sells only on "
        "weekends and only until the batch runs out.",
        "Websites that use tracking cookies must ask their visitors first, the court ruled on "
        "Tuesday in a case brought by a consumer group last year.",
    ],
)
def test_a_story_sentence_about_cookies_is_prose(sentence: str) -> None:
    assert is_prose_line(sentence)


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies and similar technologies to improve your browsing experience, personalise "
        "the content you see and measure how our pages are read.",
        "This website uses cookies to ensure you get the best experience on our website and to "
        "measure how our pages are read.",
        "We value your privacy. We and 600 third-party partners use cookies and other technologies to "
        "store and/or access information on your device.",
        "By continuing to browse this site you agree to the use of cookies for statistics and for "
        "advertising that suits you.",
        "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez "
        "davantage d'informations dans la déclaration sur la protection des données.",
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten und unsere Seiten "
        "für Sie zu verbessern.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle "
        "publicidad relacionada con sus preferencias.",
        "Este sitio usa cookies para mejorar la experiencia de navegación de sus usuarios y para fines estadísticos.",
    ],
)
def test_a_cookie_notice_is_no_prose(notice: str) -> None:
    assert not is_prose_line(notice)


@pytest.mark.parametrize("line", ["Par Harbour-Presse avec agences", "By Jo with agencies"])
def test_a_one_word_credit_with_a_joining_word_after_it_is_a_credit(line: str) -> None:
    assert _credit_or_date(line, None) > 0


def test_a_one_word_name_running_on_in_lower_case_is_no_credit() -> None:
    assert _credit_or_date("Vom Hafen aus gesehen", None) == 0


def test_co_authors_under_their_initials_are_printed_as_a_list() -> None:
    lines = [
        "Menu",
        "City ferry runs every twenty minutes from spring",
        "JL",
        "Jo Lee",
        "SR",
        "Sam Roe",
        PARA_1,
        PARA_2,
        PARA_3,
    ]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee", "Sam Roe")
    assert byline.text == "Jo Lee and Sam Roe"


def test_a_name_above_a_title_printed_twice_is_matched_as_a_whole_word() -> None:
    # The name over the title is the credit when the page prints it again there; "Jo Leeds" is
    # another word, not the name printed again.
    title = "Harbour Ferry Pass for the Whole Family"
    lines = ["Menu", "By Jo Lee", "Jo Leeds ferry guide", title, "Share", title, PARA_1, PARA_2, PARA_3]
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is None or not byline.authors
    lines[2] = "Jo Lee ferry guide"
    byline = newsparse.parse_text("\n".join(lines)).byline
    assert byline is not None and byline.authors == ("Jo Lee",)


def test_a_bare_name_gives_way_to_a_by_line_under_a_dek() -> None:
    # The dek under the name reads as a sentence of prose; the "By" line under it is the credit.
    dek = "The harbour board wants riders back on the water before the summer, and it has a plan to do it."
    page = text_to_page("\n\n".join(["Jo Lee", dek, "By Sam Roe", PARA_1, PARA_2, PARA_3]))
    taken = _text_credit(page.blocks, 0, len(page.blocks), None)
    assert taken.value is not None and taken.value.authors == ("Sam Roe",)


def test_a_short_title_right_above_a_short_dek_stays_the_headline() -> None:
    # The line above the dek is shaped like no label: the two are a title and its dek.
    title, dek = "Quay wall fixed at last", "A record year on the harbour"
    text = "\n".join(["Harbour news", "Ferries", "Weather", "", title, dek, "By Jo Lee", "", PARA_1, "", PARA_2])
    parsed = newsparse.parse_text(text)
    assert parsed.headline == title
    assert parsed.subheading == dek


def test_a_kicker_on_its_own_line_above_a_shorter_title_is_no_headline() -> None:
    # The kicker names the story's topic in more words than its short title; the dek under the
    # title is a sentence. The kicker's line says no more than the title, so it is no title over a dek.
    kicker, title = "Ferries and the harbour board", "Quay wall fixed"
    dek = "The board paid for the repair out of this year's fares."
    menu = ["  • Harbour news", "  • Ferries", "  • Weather"]
    text = "\n".join([*menu, "", kicker, "", title, "", dek, "", PARA_1, "", PARA_2])
    assert newsparse.parse_text(text).headline == title


def test_a_short_line_in_a_column_of_short_lines_is_no_kicker() -> None:
    # Short lines one under the other are a menu's entries: the last is no kicker over the next.
    title = "What the harbour board paid to fix the quay wall this year"
    menu = ["Harbour news", "Pay Your Fare", "Refer a Rider"]
    text = "\n".join([*menu, title, "September 26, 2024", PARA_1, "", PARA_2])
    assert newsparse.parse_text(text).headline == title


def test_a_short_title_above_a_shorter_line_that_is_a_credit_stays_the_headline() -> None:
    # A bare name under a title is its credit, not a title under a kicker.
    title = "Quay wall fixed at last"
    text = "\n".join(["Harbour news", "Ferries", "Weather", "", title, "Jo Lee Smith", "", PARA_1, "", PARA_2])
    assert newsparse.parse_text(text).headline == title


def test_a_title_with_its_date_under_a_sign_in_dialogs_sentences_is_the_headline() -> None:
    # The dialog's sentences read as the first prose; the title stands a few lines under them,
    # its date right under it, and no line above the dialog heads anything with a credit.
    title = "How the harbour board won back its riders?"
    dialog = [
        "Newsletter",
        "Harbour Daily - News of the Bay Since 2003",
        "Sign in",
        "Log in with your Harbour Daily account to save the stories you like and follow their writers.",
        "Sign in",
        "Register for a free account",
        "Sign up for a free Harbour Daily account to get the news of the bay every morning.",
        "Register",
        "take the tour",
    ]
    text = "\n".join([*dialog, title, "Published Thursday 27 July 2017", "By Jo Lee", PARA_1, PARA_2, PARA_3])
    assert newsparse.parse_text(text).headline == title


def test_a_short_title_right_above_a_long_dek_in_sentence_case_stays_the_headline() -> None:
    dek = "How the harbour board won back its riders in a single year"
    title = "Ferry riders double in a year"
    text = "\n".join(["Harbour news", "Ferries", "Weather", "", title, dek, "By Jo Lee", "", PARA_1])
    assert newsparse.parse_text(text).headline == title


def test_a_crumb_trail_printed_on_one_line_with_the_title_gives_way_to_the_title_line() -> None:
    # A text browser glues a breadcrumb's entries to the title, with no separator, on the line above
    # the title's own line: both read as titles, the shorter one is the title printed again.
    title = "Ferry riders double within a single year"
    dump = "\n".join(
        ["Menu", "Search", "", f"Home Harbour News {title}", title, "By Jo Lee", "", PARA_1, "", PARA_2, "", PARA_3]
    )
    assert newsparse.parse_text(dump).headline == title


def test_a_title_cut_from_a_site_line_at_the_top_is_the_headline() -> None:
    # The page's <title> ("Title | Site") printed near the top names the story; its part printed on
    # its own near the story is the title, not the button's line above it.
    title = "Ferry riders double within a single year"
    dump = "\n".join(
        [
            "Skip to main content",
            f"{title} | The Harbour Times",
            "",
            "Menu",
            "Search",
            "",
            "Listen to this story read aloud",
            title,
            "By Jo Lee",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    assert newsparse.parse_text(dump).headline == title


def test_a_short_title_over_its_dek_stays_the_headline_with_the_title_cut_from_a_site_line() -> None:
    # The title + short dek shape: the <title> line at the top names the title, not the dek.
    title, dek = "Ferry riders double in a year", "How the harbour board won back its riders"
    dump = "\n\n".join([f"{title} - The Harbour Times", "Sports", title, dek, "By Jo Lee", PARA_1, PARA_2])
    assert newsparse.parse_text(dump).headline == title


def test_a_picture_credit_under_a_caption_does_not_make_the_caption_the_headline() -> None:
    # "© Name" under a caption credits the picture: it is no credit line under a title (the caption,
    # printed twice, would tie with the title and win as the longer line).
    title = "Banks keep paying for the drills"
    caption = "A drilling rig on a hill above the valley in the late autumn"
    dump = "\n".join(
        [
            "Menu",
            "",
            title,
            "Lenders fund the projects that warm the planet.",
            "By Jo Lee",
            "Published 19 October 2019",
            "Subscribers only",
            f"Climate: {caption}",
            caption,
            "© Sam Hill",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    assert newsparse.parse_text(dump).headline == title


def test_a_writer_named_twice_on_the_line_above_the_name_is_not_the_title() -> None:
    # A picture's text and the writer's name printed on one line, then the name again: the name is
    # no title printed inside a longer line.
    title, name = "Five ferry routes to try this spring", "Jo Lee, MS, RD, FAND"
    dump = "\n".join(["Menu", title, "", f"{name} {name}", name, "March 3, 2025", "", PARA_1, "", PARA_2, "", PARA_3])
    assert newsparse.parse_text(dump).headline == title


def test_a_picture_credit_between_the_title_and_its_date_does_not_hand_the_title_to_the_dek() -> None:
    # Title, a dek with no full stop, the picture's caption and credit, a desk's name, then the date:
    # the credit line under the picture is not counted in the reach from the title to its date.
    title = "Will the harbour board keep the night ferry running past the winter?"
    dek = "The board says the late boats carried more riders than the early ones in every month of the trial"
    dump = "\n".join(
        [
            "Menu",
            "Harbour",
            "Weather",
            "Ferries",
            title,
            dek,
            "",
            "The night ferry leaving the quay in a storm last February.",
            "",
            "Photos: Sam Hill/AFP",
            "Newsroom",
            "26.04.2022",
            "",
            PARA_1,
            "",
            PARA_2,
            "",
            PARA_3,
        ]
    )
    assert newsparse.parse_text(dump).headline == title


@pytest.mark.parametrize(
    ("dek", "date_above"),
    [("A record year on the harbour", False), ("A record year on the harbour", True), (None, True)],
)
def test_the_title_stays_with_a_picture_credit_under_a_short_dek_or_a_date_above(
    dek: str | None, date_above: bool
) -> None:
    # The title + short dek shape and a date line over the title keep their headline with a
    # picture's credit under them.
    title = "Quay wall fixed at last"
    head = ["Harbour news", "Ferries", "Weather", ""] + (["March 3, 2025"] if date_above else [])
    lines = [*head, title, *([dek] if dek else []), "Photo: Sam Hill/AFP", "By Jo Lee", "", PARA_1, "", PARA_2]
    assert newsparse.parse_text("\n".join(lines)).headline == title


@pytest.mark.parametrize(
    "line",
    ["Фото: ТАСС", "Фото из архива редакции", "Courtesy of the Harbour Board", "Photograph: Sam Hill/Getty Images"],
)
def test_picture_credits_in_other_words_are_picture_credits(line: str) -> None:
    assert PHOTO_CREDIT.search(line) is not None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The night ferry leaves the quay in a storm. Photograph: Sam Hill/Getty Images", True),
        ("The night ferry at the quay last winter (Foto: Sam Hill)", True),
        ("The night ferry at the quay last winter. Sam Hill/Reuters files", True),
        ("Un ferry de noche en el puerto, el 11 de febrero pasado. EFE", True),
        ("Ferry at dusk / Shutterstock", True),
        ("Look at the picture: it shows the damage the storm did to the quay.", False),
        ("The board met the press at nine with the AP", False),
        # A label of a line of prose or a list's item, not a picture's credit.
        ("The bank said it would lend to more riders. Best for bad credit: Harbour Card", False),
        ("Base image: ubuntu 22.04", False),
        ("Best photo: the ferry at dusk", False),
        (PARA_1, False),
    ],
)
def test_a_caption_ends_with_its_pictures_credit(line: str, caption: bool) -> None:
    assert is_caption_line(line) is caption


def test_a_caption_line_is_no_paragraph_of_the_body() -> None:
    caption = "The night ferry leaves the quay in a storm. Photograph: Sam Hill/Getty Images"
    title = "Ferry riders double within a single year"
    dump = "\n\n".join(["Menu", title, "By Jo Lee", PARA_1, caption, PARA_2, PARA_3])
    parsed = newsparse.parse_text(dump)
    assert parsed.headline == title
    assert list(parsed.body) == [PARA_1, PARA_2, PARA_3]


def test_a_separator_line_between_the_headline_and_its_date_is_no_dek() -> None:
    title = "Ferry riders double within a single year"
    dump = "\n".join(["Menu", "", title, "", "-", "March 3, 2025", "", PARA_1, "", PARA_2, "", PARA_3])
    parsed = newsparse.parse_text(dump)
    assert parsed.headline == title
    assert parsed.subheading is None


# Invented paragraphs in Chinese: no spaces between words, each character two columns wide.
CJK_PARAS = (
    "港务局星期二投票决定，从明年春天起，新的电动渡轮每二十分钟开出一班。试运行期间的乘客人数是原先预计的两倍，"
    "许多乘客表示，他们在整个试运行期间都把汽车留在了家里。",
    "早班船上的乘客说，这次渡河比乘坐旧的柴油船更安静、更平稳。港务局现在将向市政府申请资金，再建造两艘同样的渡轮，"
    "船厂表示可以在接到订单后的十八个月内交付。",
    "市议会预计将在下个月讨论这项申请。一位议员说，如果新渡轮能够按期交付，城市东岸的交通压力将会明显减轻，"
    "沿岸的商店和餐馆也会因此受益。",
)


def _wrap_wide(text: str, columns: int) -> list[str]:
    """A paragraph of wide characters broken at ``columns`` as w3m breaks it, its first line
    indented by two ideographic spaces."""
    lines, line = [], "\u3000\u3000"
    for ch in text:
        if 2 * len(line) + 2 > columns:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def test_a_chinese_story_broken_at_a_column_is_joined_back_into_its_paragraphs() -> None:
    # Chinese lines have no spaces to count words by, and their first line's ideographic indent
    # sits inside the paragraph: the lines under it start at the paragraph's column.
    menu = ["首页", "新闻", "图片", "评论", "财经", "体育"]
    lines = [*menu, "", "新电动渡轮明年春天起每二十分钟一班", ""]
    for para in (*CJK_PARAS, *CJK_PARAS):
        lines += [*_wrap_wide(para, 78), ""]
    article = newsparse.parse_text("\n".join(lines) + "\n")
    assert article.headline == "新电动渡轮明年春天起每二十分钟一班"
    assert article.body == (*CJK_PARAS, *CJK_PARAS)


def test_a_table_wider_than_the_wrap_column_does_not_hide_the_wrapping() -> None:
    # A table's rows, laid out in columns with runs of spaces, are printed wider than the column
    # the tool breaks prose at; the story's broken lines are still joined.
    rows = [f"   {n:>4}  {n * 17:>12}  {n * 311:>14}  {n * 4099:>16}  {n * 65537:>20}  done" for n in range(1, 30)]
    lines = ["City ferry runs every twenty minutes from spring", "", "By Ana Ruiz", "", *_story(79), *rows, ""]
    lines += _story(79)
    article = newsparse.parse_text("\n".join(lines) + "\n")
    assert article.body[:3] == (PARA_1, PARA_2, PARA_3)


def test_a_dek_printed_again_as_a_teaser_after_the_story_stays_the_dek() -> None:
    title = "City ferry runs every twenty minutes from spring"
    dek = "Riders left their cars at home for the whole trial."
    lines = [title, dek, "By Ana Ruiz", "", *_story(79), "Related", dek, "Bridge tolls rise in March", ""]
    article = newsparse.parse_text("\n".join(lines) + "\n")
    assert article.headline == title
    assert article.subheading == dek


def test_prose_typed_with_two_spaces_after_each_sentence_is_joined_back() -> None:
    # Two spaces after a full stop are a typist's habit, not a table's column gap: the wrap width
    # is still measured on those lines and the broken lines are joined.
    import textwrap

    sentences = (
        "The board met on the pier.  Members said the plan works.  Riders agreed with them.  ",
        "The boats leave at six.  Fares stay the same.  The pier gets a new roof in May.  ",
        "Two more boats come next year.  They charge at the pier.  Each crossing takes twelve minutes.  ",
    )
    paras = [(s * 4).strip() for s in sentences]
    lines = ["City ferry runs every twenty minutes from spring", "", "By Ana Ruiz", ""]
    for para in paras * 2:
        lines += [*textwrap.wrap(para, 72), ""]
    article = newsparse.parse_text("\n".join(lines) + "\n")
    # A line that ends a sentence short of the column may still end a paragraph; no more than that.
    assert " ".join(article.body[0].split()) == " ".join(paras[0].split())
    assert len(article.body) <= len(paras) * 2 + 2


def _middling_menu(count: int) -> list[str]:
    """A menu's lines of half a terminal's width each, a few words long, which no tool broke."""
    return [f"Harbour news and notes from the quay, part {n}" for n in range(count)]


def test_a_wrapped_story_under_a_menu_of_half_width_lines_is_joined_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # Half-width menu lines outnumber the story's broken lines: the share of lines near the column
    # is small, but the story's lines pile up under it, broken inside sentences.
    story = _story(76, "   ") + _story(76, "   ")
    lines = [
        *_middling_menu(160),
        "",
        "City ferry runs every twenty minutes from spring",
        "",
        "   By Ana Ruiz",
        "",
        *story,
    ]
    dump = "\n".join(lines) + "\n"
    assert newsparse.parse_text(dump).body[:3] == (PARA_1, PARA_2, PARA_3)
    # Read by shares alone, the dump is not wrapped and the story comes back in pieces.
    monkeypatch.setattr("newsparse.read.dumps.style.WRAP_PILE_MIN_LINES", 10**6)
    assert newsparse.parse_text(dump).body[:1] != (PARA_1,)


def test_a_list_of_titles_cut_at_one_length_is_not_joined() -> None:
    # A shop's listing prints titles cut at 80 characters, a line each, under its menus: they pile
    # up under one column too, but each entry opens with a capital, not a broken sentence's next word.
    nouns = ["Lamp", "Chair", "Table", "Clock", "Mirror", "Shelf", "Bench", "Stool", "Desk", "Vase"]
    titles = [
        f"Vintage {nouns[n % 10]} Harbour Oak Finish Handmade Quay Collection Item {n:03d} Blue Red Green Set"[:78]
        for n in range(30)
    ]
    lines = [*_middling_menu(160), *titles]
    page = text_to_page("\n".join(lines) + "\n")
    assert [b.text for b in page.blocks][-30:] == [t.rstrip() for t in titles]


def test_a_read_aloud_button_right_above_the_title_is_not_the_headline() -> None:
    # w3m prints the player's label as a line of a title's shape, right above the title and its credit.
    title = "Harbour Ferries Carry Twice the Riders in Spring"
    dump = "\n".join(
        [
            "Menu",
            "Search",
            "",
            "A",
            "A",
            "Listen to this page using TalkBox",
            title,
            "By Jo Lee",
            "",
            PARA_1,
            "",
            PARA_2,
        ]
    )
    article = newsparse.parse_text(dump)
    assert article.headline == title
    assert article.subheading is None


def test_a_chinese_date_line_with_its_source_fields_heads_the_story_under_a_crumb_trail() -> None:
    # A trail of crumbs ending in "正文" (the article) stands right above the title; the date line
    # with its labelled source and editor under the title marks the title, and is no dek.
    title = "港口渡轮乘客一年翻了一番"
    para = "港口管理局周二投票决定，从春季开始每二十分钟开行一班新的电动渡轮。" * 4
    dump = "\n".join(
        [
            "首页|新闻|图片|评论|财经|体育",
            "登录",
            "注册",
            "首页 > 新闻频道 > 港口 > 正文",
            title,
            "2024-03-10 09:58 来源： 港口日报 作者： 责任编辑：李明",
            para,
            para,
        ]
    )
    article = newsparse.parse_text(dump)
    assert article.headline == title
    assert article.subheading is None


def test_a_crumb_trail_with_no_title_at_its_end_is_no_title() -> None:
    from newsparse.segments.headline import _crumb_trail

    assert _crumb_trail("Home > News > Harbour > Article")
    assert not _crumb_trail("Home > News > Harbour ferry riders double within a single year of the trial")
    assert not _crumb_trail("Ferry > bus: riders double in a year")


@pytest.mark.parametrize(
    "credit",
    [
        # lynx names an image without a text by its file, in brackets, before the writer's name.
        "[6eef5bc5-c8a0-4da1-9ba1-066e6b2cf8e9] Ana Ruiz • 8h",
        # A dump prints the writer's picture by its alt text, a slug, before the name.
        "aruiz-headshot Ana Ruiz",
    ],
)
def test_a_pictures_file_name_before_the_writers_name_is_no_part_of_the_credit(credit: str) -> None:
    lines = ["City ferry runs every twenty minutes from spring", credit, "Share on Facebook", PARA_1, PARA_2, PARA_3]
    article = newsparse.parse_text("\n".join(lines))
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)


def test_a_bracketed_word_of_the_page_stays_in_its_line() -> None:
    text = "\n".join(["City ferry runs every twenty minutes from spring", "By Ana Ruiz", "[Update] " + PARA_1, PARA_2])
    assert newsparse.parse_text(text).body[0].startswith("[Update] ")


@pytest.mark.parametrize(
    "line",
    [
        "The board met after months delayed by [COVID-19] rules, and voted for the spring timetable.",
        "[H5N1-avian] flu closed the harbour market for a week, and the board delayed the vote.",
        "The clinic counted 42 cases of [H5N1-avian] flu in the district by Monday, officials said.",
    ],
)
def test_a_bracketed_word_of_letters_and_digits_stays_in_the_story(line: str) -> None:
    text = "\n\n".join(["City ferry runs every twenty minutes from spring", "By Ana Ruiz", PARA_1, line, PARA_2])
    assert line in newsparse.parse_text(text).body
