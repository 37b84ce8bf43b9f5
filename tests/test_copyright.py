"""copyright: the printed notice, trimmed to its sentence(s), with years and holder parsed out.

Every notice and page here is written for the tests.
"""

from __future__ import annotations

import json

import pytest

from newsparse import parse_html, parse_text
from newsparse.cues.notices import is_notice, parse_notice


@pytest.mark.parametrize(
    ("printed", "text", "years", "holder"),
    [
        # English
        (
            "© 2024 Harbour Media Inc. All rights reserved.",
            "© 2024 Harbour Media Inc. All rights reserved.",
            (2024,),
            "Harbour Media Inc.",
        ),
        # German, with a year range and a legal form that takes no dot
        (
            "© 2012–2024 Beispiel Verlag GmbH – Alle Rechte vorbehalten.",
            "© 2012–2024 Beispiel Verlag GmbH – Alle Rechte vorbehalten.",
            (2012, 2024),
            "Beispiel Verlag GmbH",
        ),
        # French, year after the holder
        (
            "© Le Journal du Port 2023 - Tous droits réservés",
            "© Le Journal du Port 2023 - Tous droits réservés",
            (2023,),
            "Le Journal du Port",
        ),
        # Spanish
        (
            "Copyright © 2021 Diario del Puerto S.A. Todos los derechos reservados.",
            "Copyright © 2021 Diario del Puerto S.A. Todos los derechos reservados.",
            (2021,),
            "Diario del Puerto S.A.",
        ),
        # Polish, "Copyright by"
        (
            "Copyright by PORT.EXAMPLE.PL 1999-2021. Wszystkie prawa zastrzeżone.",
            "Copyright by PORT.EXAMPLE.PL 1999-2021. Wszystkie prawa zastrzeżone.",
            (1999, 2021),
            "PORT.EXAMPLE.PL",
        ),
        # Portuguese
        (
            "Copyright Jornal do Cais - 2020. Todos os direitos reservados.",
            "Copyright Jornal do Cais - 2020. Todos os direitos reservados.",
            (2020,),
            "Jornal do Cais",
        ),
        # Italian: a rights line alone names nobody
        ("©RIPRODUZIONE RISERVATA", "©RIPRODUZIONE RISERVATA", (), None),
        # Chinese: the holder is printed before the rights phrase
        ("海港网版权所有", "海港网版权所有", (), "海港网"),
        # Russian
        (
            "© 2006-2019 ООО «Портовые новости». Все права защищены.",
            "© 2006-2019 ООО «Портовые новости». Все права защищены.",
            (2006, 2019),
            "ООО «Портовые новости»",
        ),
    ],
)
def test_notice_in_many_languages(printed: str, text: str, years: tuple[int, ...], holder: str | None) -> None:
    notice = parse_notice(printed)
    assert (notice.text, notice.years, notice.holder) == (text, years, holder)


@pytest.mark.parametrize(
    ("printed", "years"),
    [
        ("©2024 Harbour Media", (2024,)),
        ("© 2012–2024 Harbour Media", (2012, 2024)),
        ("© 2012-24 Harbour Media", (2012, 2024)),
        ("Copyright © 1998 - 2016 Harbour Media. All Rights Reserved", (1998, 2016)),
        ("© Harbour Media", ()),
    ],
)
def test_years_as_printed(printed: str, years: tuple[int, ...]) -> None:
    assert parse_notice(printed).years == years


@pytest.mark.parametrize(
    ("printed", "holder"),
    [
        ("© 2024 Harbour Media, Inc. All Rights Reserved", "Harbour Media, Inc."),
        ("© 2024 Harbour Media, LLC. All Rights Reserved", "Harbour Media, LLC"),
        ("© Harbour Media Co. Limited • P.O. Box 12, Quay Street", "Harbour Media Co. Limited"),
        ("© 2024 Harbour Media Ltd or its affiliated companies. All rights reserved.", "Harbour Media Ltd"),
        ("© harbourmedia.example - Toute reproduction interdite", "harbourmedia.example"),
        ("© Hafen Medien GmbH, Kiel", "Hafen Medien GmbH"),
        ("Portions of this content are ©1998-2022 by individual contributors.", "individual contributors"),
        ("© 2001-2020 hafen.example / Landesamt für Häfen", "hafen.example / Landesamt für Häfen"),
    ],
)
def test_holder(printed: str, holder: str) -> None:
    assert parse_notice(printed).holder == holder


@pytest.mark.parametrize(
    ("printed", "text"),
    [
        # The sentence after the notice is other footer text.
        (
            "Copyright © 2015 Harbour Media. Harbour Media is not responsible for external sites.",
            "Copyright © 2015 Harbour Media.",
        ),
        # Menu rows around it are dropped.
        ("About | Contact | © 2024 Harbour Media | Privacy | Terms", "© 2024 Harbour Media"),
        # A rights phrase in the next row closes the notice.
        ("Copyright 2017 Harbour Media | All rights reserved", "Copyright 2017 Harbour Media | All rights reserved"),
        # Years before the mark belong to it.
        ("1999 – 2021 © Harbour Media a.s.", "1999 – 2021 © Harbour Media a.s."),
        # An address after the legal form stays.
        (
            "© Harbour Media, Inc. 7th Floor, 12 Quay Street, Port Town 10036.",
            "© Harbour Media, Inc. 7th Floor, 12 Quay Street, Port Town 10036.",
        ),
        # A dump without link marks glues the footer's menu to the notice: the menu entries end it.
        ("Copyright © 2022 Harbour Media Terms of use Contact", "Copyright © 2022 Harbour Media"),
        (
            "© hafenblatt.de 2022 - Reproduction only with consent Impressum Kontakt",
            "© hafenblatt.de 2022 - Reproduction only with consent",
        ),
        (
            "Terms of UseAd ChoicesContact Copyright © 2023 Harbour Media. All Rights Reserved.",
            "Copyright © 2023 Harbour Media. All Rights Reserved.",
        ),
        # A menu entry glued to the next one, or followed by another, ends the name before it.
        ("© 2024 Harbour Media Terms of UseSitemap", "© 2024 Harbour Media"),
        (
            "© 2024 Lakeside Privacy Information Desk Privacy Policy Contact",
            "© 2024 Lakeside Privacy Information Desk",
        ),
        # ... but a holder named like a menu entry, or the word inside a sentence, stays.
        ("© 2024 Privacy International", "© 2024 Privacy International"),
        # ... and so does a name that goes on after such a word with capitalised words of its own.
        ("© 2024 Northern Association of Privacy Stewards", "© 2024 Northern Association of Privacy Stewards"),
        ("Copyright 2024 Friends of Privacy Forum", "Copyright 2024 Friends of Privacy Forum"),
        ("© 2024 Lakeside Privacy Information Desk (LPID)", "© 2024 Lakeside Privacy Information Desk (LPID)"),
        ("© 2023 QX CGV Co., Ltd.", "© 2023 QX CGV Co., Ltd."),
        ("© 2024 The Kontakt Quartet", "© 2024 The Kontakt Quartet"),
        (
            "Lakeside Privacy Information Desk © 2024. All rights reserved.",
            "Lakeside Privacy Information Desk © 2024. All rights reserved.",
        ),
        (
            "© 2024 Harbour Media, for contact and reprints write to us",
            "© 2024 Harbour Media, for contact and reprints write to us",
        ),
    ],
)
def test_notice_is_trimmed_to_its_sentences(printed: str, text: str) -> None:
    assert parse_notice(printed).text == text


@pytest.mark.parametrize(
    "phrase",
    [
        "All rights reserved",
        "Alle Rechte vorbehalten",
        "Tous droits réservés",
        "Todos los derechos reservados",
        "Todos os direitos reservados",
        "Tutti i diritti riservati",
        "Wszelkie prawa zastrzeżone",
        "Alle rechten voorbehouden",
        "Все права защищены",
        "Všechna práva vyhrazena",
        "Kaikki oikeudet pidätetään",
        "Alla rättigheter förbehållna",
        "版权所有",
        "جميع الحقوق محفوظة",
    ],
)
def test_rights_phrases_make_a_notice(phrase: str) -> None:
    assert is_notice(f"Harbour Media. {phrase}.")


@pytest.mark.parametrize(
    "text",
    [
        "This isn’t supposed to be a manifesto™© we just think it is cool to share what we learned",
        "The dictionary's copyright belongs to its publisher, who kindly lets us use it in this long sentence here.",
        "(c) the parties agree to the terms set out below",
    ],
)
def test_prose_about_copyright_is_no_notice(text: str) -> None:
    assert not is_notice(text)


STORY = (
    "The harbour ferry returned to service on Friday after three months in dry dock, where engineers"
    " replaced both engines and the worn steering gear.",
    "Commuters who had taken the long road round the estuary said the crossing cut their journey by half an"
    " hour, and the first boat of the day was full before seven.",
    "The operator said the repairs cost more than planned because corrosion in the hull was worse than the"
    " survey had suggested, but that the timetable would not change.",
)


def html_page(*, head: str = "", figure: str = "", footer: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>Ferry returns</title>{head}</head><body><article><h1>Harbour ferry returns"
        f"</h1>{figure}{paragraphs}</article><footer>{footer}</footer></body></html>"
    )


def test_html_footer_notice_trimmed_of_its_menu_links() -> None:
    footer = '<p>Copyright © 2022 Harbour Media <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></p>'
    notice = parse_html(html_page(footer=footer)).copyright
    assert notice is not None
    assert (notice.text, notice.years, notice.holder) == ("Copyright © 2022 Harbour Media", (2022,), "Harbour Media")


def test_html_footer_holder_with_a_menu_word_inside_its_name_is_whole() -> None:
    footer = "<p>© 2024 Lakeside Privacy Information Desk</p>"
    notice = parse_html(html_page(footer=footer)).copyright
    assert notice is not None and notice.holder == "Lakeside Privacy Information Desk"


def test_text_dump_holder_with_a_menu_word_inside_its_name_is_whole() -> None:
    dump = "\n".join(("Harbour ferry returns", *STORY, "© 2024 Friends of Privacy Forum"))
    notice = parse_text(dump).copyright
    assert notice is not None and notice.holder == "Friends of Privacy Forum"


def test_html_photo_credit_is_no_notice() -> None:
    figure = "<figure><img src='x.jpg'><figcaption>The ferry at the quay © Jo Lee</figcaption></figure>"
    assert parse_html(html_page(figure=figure)).copyright is None
    notice = parse_html(html_page(figure=figure, footer="<p>© 2024 Harbour Media</p>")).copyright
    assert notice is not None and notice.text == "© 2024 Harbour Media"


def test_html_site_notice_beats_an_agency_notice() -> None:
    footer = (
        "<p>Copyright © 2015 Harbour Media, Inc.</p>"
        "<p>Associated Press articles: Copyright © 2015 The Associated Press. All rights reserved.</p>"
    )
    notice = parse_html(html_page(footer=footer)).copyright
    assert notice is not None and notice.holder == "Harbour Media, Inc."


def test_json_ld_fills_holder_and_years_but_never_text() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "copyrightHolder": {"@type": "Organization", "name": "Harbour Media Ltd"},
        "copyrightYear": 2023,
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    notice = parse_html(html_page(head=head, footer="<p>© All rights reserved.</p>")).copyright
    assert notice is not None
    assert notice.text == "© All rights reserved."
    assert notice.holder == "Harbour Media Ltd"
    assert notice.years == (2023,)
    # Printed values win over the metadata.
    printed = parse_html(html_page(head=head, footer="<p>© 2024 Port News</p>")).copyright
    assert printed is not None and (printed.holder, printed.years) == ("Port News", (2024,))


def test_json_ld_alone_makes_no_notice() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "copyrightHolder": "Harbour Media Ltd"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert parse_html(html_page(head=head)).copyright is None


def test_text_dump_notice_line() -> None:
    dump = "\n".join(("Harbour ferry returns", *STORY, "© 2012–2024 Harbour Media Inc. All rights reserved."))
    notice = parse_text(dump).copyright
    assert notice is not None
    assert (notice.years, notice.holder) == ((2012, 2024), "Harbour Media Inc.")
