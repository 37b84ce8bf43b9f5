"""Where a whole page's dump has its story, and what follows it: the lines between the credit and
the first paragraph, the comments after the story, the footer's notice and the teasers."""

from __future__ import annotations

import newsparse
from newsparse.cues.lines import is_closing_line, prose_span

STORY = (
    "The harbour board voted on Tuesday to run the new electric ferry every twenty minutes from "
    "the spring, after a trial that carried twice the riders anyone had expected it to carry.",
    "Riders on the early boats said the crossing was quieter and smoother than on the old diesel "
    "vessels, and several said they had left their cars at home for the whole of the trial.",
    "The board will now ask the city for the money to build two more boats of the same kind, "
    "which the yard says it could deliver within eighteen months of an order being placed.",
    "Two of the older boats will be kept in reserve for the summer, when the crossing carries "
    "three times as many riders as it does in the winter months, the board's chair said.",
)
COMMENTS = (
    "I have taken the new boat every morning since the trial started and it has never once been "
    "late, which is more than I can say for the bus that takes me to the terminal.",
    "Why does the city need two more boats when the old ones still run perfectly well and the "
    "money could go to the schools that have been waiting for repairs for years?",
    "The quiet is the best part of it: you can hear the gulls again on the crossing, and people "
    "actually talk to each other instead of shouting over the engines all the way.",
)


def _page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    head = ["Home", "News", "Sport", "", "City ferry runs every twenty minutes from spring", "", "By Ana Ruiz", ""]
    return "\n\n".join([*head, *middle, *tail]) + "\n"


def test_share_rows_and_tags_before_the_first_paragraph_are_no_body() -> None:
    text = _page("Tags", "Ferries", "Transport", "Share on Facebook", "Share on Twitter", "Print", *STORY)
    article = newsparse.parse_text(text)
    assert article.body == STORY


def test_a_short_lead_sentence_before_the_prose_stays_in_the_body() -> None:
    lead = "The city's ferries are going electric."
    article = newsparse.parse_text(_page("Share on Facebook", lead, *STORY))
    assert article.body == (lead, *STORY)


def test_the_comments_after_the_story_are_no_body() -> None:
    text = _page(*STORY, "View comments (3)", "Your name *", *[c for c in COMMENTS for _ in (0, 1)])
    article = newsparse.parse_text(text)
    assert article.body == STORY


def test_closing_lines() -> None:
    assert is_closing_line("View comments (27)")
    assert is_closing_line("Leave a reply")
    assert is_closing_line("Related Stories")
    assert not is_closing_line("Share on Twitter")
    assert is_closing_line("About the author")
    assert not is_closing_line("Share prices fell")
    assert not is_closing_line(STORY[0])
    assert not is_closing_line("He declined to make any further comments.")


def test_prose_after_a_closing_line_does_not_widen_the_story() -> None:
    texts = [*STORY, "Comments", *COMMENTS]
    assert prose_span(texts, [0.0] * len(texts), closing=True) == (0, 3)
    # The headline rule's span is unchanged: without closing lines the comments count.
    assert prose_span(texts, [0.0] * len(texts)) == (0, 7)


def test_the_footer_notice_is_found_past_long_small_print() -> None:
    small_print = (
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise "
        "used, except with the prior written permission of the Harbour Gazette, which reserves every "
        "right to the text, the pictures and the data on it, in every country, for every kind of use "
        "that anyone may think of now or later, in print, on screen or read aloud."
    )
    footer = ("About us", "Contact", "Staff", "Advertise with us", "Reprints", "Privacy Policy", "Terms of Use")
    story = STORY * 8  # a story of a few thousand characters, as most are
    text = _page(*story, tail=(*footer, "© 2026 Harbour Gazette. All rights reserved.", small_print))
    article = newsparse.parse_text(text)
    assert article.copyright is not None
    assert article.copyright.text == "© 2026 Harbour Gazette. All rights reserved."
    assert article.body == story


def test_footer_links_on_the_notice_line_end_the_notice() -> None:
    notice = "(C) 2026 Harbour Gazette [Privacy Policy](https://example.com/privacy) [Terms](https://example.com/terms)"
    menu = "  * [Home](https://example.com/)\n  * [News](https://example.com/news)\n\n"
    head = "# City ferry runs every twenty minutes from spring\n\n"
    article = newsparse.parse_text(menu + head + "\n\n".join(STORY) + f"\n\n{notice}\n")
    assert article.copyright is not None
    assert article.copyright.text == "© 2026 Harbour Gazette"
    assert article.copyright.years == (2026,)


def test_teasers_under_a_related_label_past_dates_and_kickers() -> None:
    teasers = ("Tram line to close for a month of repairs", "Bridge toll to rise in the new year")
    tail = (
        "Related Stories",
        teasers[0],
        "February 12, 2026",
        teasers[1],
        "February 3, 2026",
        "Stay Informed",
        "Email Address *",
        "This is the website of the Harbour Gazette and its foundation.",
        "© 2026 Harbour Gazette",
    )
    article = newsparse.parse_text(_page(*STORY, tail=tail))
    assert tuple(link.text for link in article.related_links) == teasers
    assert article.body == STORY


def test_teasers_in_a_dump_with_links_keep_their_urls() -> None:
    menu = "  * [Home](https://example.com/)\n  * [News](https://example.com/news)\n\n"
    head = "# City ferry runs every twenty minutes from spring\n\n"
    tail = (
        "## More on this story",
        "[Tram line to close for a month of repairs](https://example.com/tram)",
        "Work starts on Monday and the trams run again in March.",
        "[Bridge toll to rise in the new year](/toll)",
    )
    text = menu + head + "\n\n".join((*STORY, *tail)) + "\n"
    article = newsparse.parse_text(text, url="https://example.com/ferry")
    assert [(link.text, link.url) for link in article.related_links] == [
        ("Tram line to close for a month of repairs", "https://example.com/tram"),
        ("Bridge toll to rise in the new year", "https://example.com/toll"),
    ]


def test_labels_between_repeated_lines_are_read_in_linear_time() -> None:
    line = "Tram line to close for a month of repairs"
    tail = tuple(x for _ in range(3000) for x in ("Related", line, line))
    text = _page(*STORY, tail=tail)
    article = newsparse.parse_text(text)
    assert article.body == STORY


def test_a_related_box_inside_the_story_does_not_end_it() -> None:
    box = ("Related", "Tram line to close for a month of repairs")
    article = newsparse.parse_text(_page(*STORY[:2], *box, *STORY[2:]))
    assert article.body[:2] == STORY[:2] and article.body[-2:] == STORY[2:]


def test_the_sites_notice_wins_over_an_agencys_below_it() -> None:
    tail = ("Copyright © 2026 Harbour Gazette", "Associated Press articles: Copyright © 2026 The Associated Press.")
    article = newsparse.parse_text(_page(*STORY, tail=tail))
    assert article.copyright is not None and article.copyright.holder == "Harbour Gazette"


def test_a_notice_broken_over_two_lines_is_read_whole() -> None:
    wrapped = ("Copyright © 2026 Harbour Gazette. Wszystkie", "prawa zastrzeżone.")
    article = newsparse.parse_text(_page(*STORY, tail=wrapped))
    assert article.copyright is not None
    assert article.copyright.text == "Copyright © 2026 Harbour Gazette. Wszystkie prawa zastrzeżone."
    article = newsparse.parse_text(_page(*STORY, tail=("© 2026", "Harbour Gazette Company", "Contact Us")))
    assert article.copyright is not None and article.copyright.holder == "Harbour Gazette Company"


def test_a_menu_line_under_a_notice_is_not_its_holder() -> None:
    article = newsparse.parse_text(_page(*STORY, tail=("© 2004-2026 All rights reserved.", "Privacy Policy")))
    assert article.copyright is not None and article.copyright.text == "© 2004-2026 All rights reserved."


def test_pleas_to_subscribe_and_in_story_promos_are_no_body() -> None:
    plea = "Sign up for our newsletter to get the best of the week in your inbox."
    promo = "Read more: Tram line to close for a month of repairs"
    article = newsparse.parse_text(_page(*STORY[:2], plea, promo, *STORY[2:]))
    assert article.body == STORY


def test_a_subheading_that_names_comments_does_not_end_the_story() -> None:
    assert not is_closing_line("Public comments")
    assert not is_closing_line("Reader comments:")
    assert is_closing_line("Show all 12 comments")
    text = _page(*STORY[:2], "Public comments", *STORY[2:])
    assert newsparse.parse_text(text).body == (*STORY[:2], "Public comments", *STORY[2:])


def test_an_item_c_in_a_markdown_sentence_is_no_copyright_sign() -> None:
    from newsparse.read.dumps.markdown import inline

    assert inline("Under subsection (C) of the Act, answer (C) is right").text == (
        "Under subsection (C) of the Act, answer (C) is right"
    )
    assert inline("(C) 2024 Acme. All rights reserved.").text == "© 2024 Acme. All rights reserved."
    assert inline("Copyright (C) Acme Inc").text == "Copyright © Acme Inc"
    assert inline("About | Contact | (C)2019 Acme").text == "About | Contact | ©2019 Acme"


def test_the_heading_over_a_comment_thread_ends_the_story() -> None:
    for heading in (
        "There are 3 comments",
        "3 thoughts on “City ferry runs every twenty minutes”",
        "Join the discussion",
    ):
        assert is_closing_line(heading), heading
        text = _page(*STORY, heading, *COMMENTS, *COMMENTS)
        assert newsparse.parse_text(text).body == STORY, heading
    assert not is_closing_line("There are 3 ferries on the crossing")


def test_a_numbered_subheading_in_the_story_does_not_end_it() -> None:
    # "N thoughts on" a post ends the story only with the post's title in quotes: a listicle's
    # section may be headed "5 thoughts on the new timetable".
    for heading in ("5 thoughts on the new timetable", "3 responses to the fare rise", "10 replies to critics"):
        assert not is_closing_line(heading), heading
        text = _page(*STORY[:2], heading, *STORY[2:])
        assert newsparse.parse_text(text).body == (*STORY[:2], heading, *STORY[2:]), heading


def test_picture_credit_lines_are_short_lines_that_name_a_pictures_source() -> None:
    from newsparse.cues.lines import PICTURE_CREDIT_MAX_CHARS, is_picture_credit_line

    assert is_picture_credit_line("Photo: Jane Roe/AFP")
    assert is_picture_credit_line("(Getty Images)")
    assert not is_picture_credit_line("The council met on Tuesday to vote on the budget.")
    # The same line padded past the limit is a paragraph that opens with a bracket, not a credit.
    long_line = "(" + "word " * (PICTURE_CREDIT_MAX_CHARS // 5) + ")"
    assert not is_picture_credit_line(long_line)
    assert is_picture_credit_line(long_line, max_chars=len(long_line))


def test_teasers_under_a_related_label_inside_the_story_are_no_body() -> None:
    # A dump without link marks: the box's label, then other articles' headlines as list items,
    # then the story goes on.
    box = ("Related", "* Ferry fares to rise in the autumn", "* Yard wins order for two tugboats")
    text = _page(STORY[0], *box, *STORY[1:])
    article = newsparse.parse_text(text)
    assert article.body == STORY


def test_a_subheading_after_prose_under_a_related_label_stays() -> None:
    # The box holds its teasers right under the label; a short line after the prose is the story's.
    text = _page(STORY[0], "Related", "* Ferry fares to rise in the autumn", STORY[1], "What comes next", *STORY[2:])
    article = newsparse.parse_text(text)
    assert "What comes next" in article.body
    assert "Ferry fares to rise in the autumn" not in article.body
