"""Unit tests for newsparse.cues.dates: machine dates and printed dates in many languages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.cues.dates import (
    MAX_SCAN_CHARS,
    date_in_row,
    date_in_url,
    find_printed_date,
    find_printed_dates,
    find_relative_date,
    is_date_line,
    parse_iso_like,
    resolve_relative,
)

UTC = dt.timezone.utc
CEST = dt.timezone(dt.timedelta(hours=2))
EDT = dt.timezone(dt.timedelta(hours=-4))
MAY_3 = dt.date(2024, 5, 3)


# --- parse_iso_like ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03", MAY_3),
        ("  2024-05-03\n", MAY_3),
        ("20240503", MAY_3),
        ("2024-5-3", MAY_3),
        ("2024-05-03T10:00:00+02:00", dt.datetime(2024, 5, 3, 10, 0, tzinfo=CEST)),
        ("2024-05-03T10:00:00+0200", dt.datetime(2024, 5, 3, 10, 0, tzinfo=CEST)),
        ("2024-05-03T10:00:00.123Z", dt.datetime(2024, 5, 3, 10, 0, tzinfo=UTC)),
        ("2024-05-03T10:00:00-04:00", dt.datetime(2024, 5, 3, 10, 0, tzinfo=EDT)),
        ("2024-05-03 10:00", dt.datetime(2024, 5, 3, 10, 0)),
        ("2024-05-03T10:00", dt.datetime(2024, 5, 3, 10, 0)),
        ("20240503T100000Z", dt.datetime(2024, 5, 3, 10, 0, tzinfo=UTC)),
        ("Fri, 03 May 2024 10:00:00 GMT", dt.datetime(2024, 5, 3, 10, 0, tzinfo=UTC)),
        ("Fri, 03 May 2024 10:00:00 +0200", dt.datetime(2024, 5, 3, 10, 0, tzinfo=CEST)),
        ("Fri, 03 May 2024 10:00:00 EDT", dt.datetime(2024, 5, 3, 10, 0, tzinfo=EDT)),
        (
            "Fri May 03 2024 10:00:00 GMT+0200 (Central European Summer Time)",
            dt.datetime(2024, 5, 3, 10, 0, tzinfo=CEST),
        ),
        ("Fri May 3 10:00:00 CEST 2024", dt.datetime(2024, 5, 3, 10, 0, tzinfo=CEST)),
        ("Fri May 3 10:00:00 2024", dt.datetime(2024, 5, 3, 10, 0)),
        ("May 3, 2024", MAY_3),
        ("Fr., 03.05.2024 - 10:00", dt.datetime(2024, 5, 3, 10, 0)),
        # The day is kept when the time after it is in no known format.
        ("2024-05-03XYZ10:00", MAY_3),
    ],
)
def test_parse_iso_like_reads_machine_dates(value: str, expected: dt.date) -> None:
    result = parse_iso_like(value)
    assert result == expected
    assert type(result) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(result, dt.datetime)
        assert result.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "garbage",
        "2024-13-03",
        "2024-02-30",
        "2024-05-03T25:00",
        "2024-05",
        "1700000000",  # epoch seconds are not supported
        "0001-01-01",  # outside plausible years
        "May 3",  # no year
        "published on the site 3 days after May 3, 2024",  # not just a date
        "2024-05-03" * 20,  # too long to be a metadata date
    ],
)
def test_parse_iso_like_rejects_non_dates(value: str) -> None:
    assert parse_iso_like(value) is None


def test_parse_iso_like_never_raises_on_wrong_types() -> None:
    assert parse_iso_like(None) is None  # type: ignore[arg-type]
    assert parse_iso_like(20240503) is None  # type: ignore[arg-type]


# --- find_printed_date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "printed"),
    [
        ("May 3, 2024", MAY_3, "May 3, 2024"),
        ("By Jo Lee | May 3, 2024", MAY_3, "May 3, 2024"),
        ("Sept. 3rd, 2024", dt.date(2024, 9, 3), "Sept. 3rd, 2024"),
        ("3 May 2024", MAY_3, "3 May 2024"),
        ("03-May-2024", MAY_3, "03-May-2024"),
        ("03.05.2024", MAY_3, "03.05.2024"),
        ("03.05.24", MAY_3, "03.05.24"),
        ("3. 5. 2024", MAY_3, "3. 5. 2024"),
        ("2024-05-03", MAY_3, "2024-05-03"),
        ("2024/05/03", MAY_3, "2024/05/03"),
        ("05/03/2024", MAY_3, "05/03/2024"),  # US month/day/year when ambiguous
        ("13/03/2024", dt.date(2024, 3, 13), "13/03/2024"),  # day first when the first number > 12
        ("05/13/2024", dt.date(2024, 5, 13), "05/13/2024"),
        ("3. Mai 2024", MAY_3, "3. Mai 2024"),
        ("Veröffentlicht am 3. März 2024", dt.date(2024, 3, 3), "3. März 2024"),
        ("le 1er mai 2024", dt.date(2024, 5, 1), "1er mai 2024"),
        ("3 mai 2024", MAY_3, "3 mai 2024"),
        ("3 févr. 2024", dt.date(2024, 2, 3), "3 févr. 2024"),
        ("3 de mayo de 2024", MAY_3, "3 de mayo de 2024"),
        ("3 de maio de 2024", MAY_3, "3 de maio de 2024"),
        ("3 maggio 2024", MAY_3, "3 maggio 2024"),
        ("3 mei 2024", MAY_3, "3 mei 2024"),
        ("3 maja 2024 r.", MAY_3, "3 maja 2024 r."),
        ("3 maj 2024", MAY_3, "3 maj 2024"),
        ("3. listopadu 2024", dt.date(2024, 11, 3), "3. listopadu 2024"),
        ("Pátek 3. května 2024", MAY_3, "Pátek 3. května 2024"),
        ("3 мая 2024 г.", MAY_3, "3 мая 2024 г."),
        ("3. toukokuuta 2024", MAY_3, "3. toukokuuta 2024"),
        ("3. desember 2024", dt.date(2024, 12, 3), "3. desember 2024"),
        ("2024年5月3日", MAY_3, "2024年5月3日"),
        ("2024년 5월 3일", MAY_3, "2024년 5월 3일"),
        ("Friday, May 3, 2024", MAY_3, "Friday, May 3, 2024"),
    ],
)
def test_find_printed_date_reads_dates(text: str, expected: dt.date, printed: str) -> None:
    value, span = find_printed_date(text)
    assert value == expected
    assert type(value) is dt.date
    assert span is not None
    assert text[span[0] : span[1]] == printed


@pytest.mark.parametrize(
    ("text", "expected", "printed"),
    [
        (
            "Updated 10:32 AM ET, Fri May 3, 2024",
            dt.datetime(2024, 5, 3, 10, 32),
            "10:32 AM ET, Fri May 3, 2024",
        ),
        ("May 3, 2024 at 10:32 p.m.", dt.datetime(2024, 5, 3, 22, 32), "May 3, 2024 at 10:32 p.m."),
        ("May 3, 2024 12:05 AM", dt.datetime(2024, 5, 3, 0, 5), "May 3, 2024 12:05 AM"),
        ("May 3, 2024 10 PM", dt.datetime(2024, 5, 3, 22, 0), "May 3, 2024 10 PM"),
        (
            "Fri May 3, 2024 10:32 a.m. EDT",
            dt.datetime(2024, 5, 3, 10, 32, tzinfo=EDT),
            "Fri May 3, 2024 10:32 a.m. EDT",
        ),
        ("3 mai 2024 à 10h32", dt.datetime(2024, 5, 3, 10, 32), "3 mai 2024 à 10h32"),
        ("03.05.2024, 10:32", dt.datetime(2024, 5, 3, 10, 32), "03.05.2024, 10:32"),
        (
            "Freitag, 3. Mai 2024, 10:32 Uhr",
            dt.datetime(2024, 5, 3, 10, 32),
            "Freitag, 3. Mai 2024, 10:32 Uhr",
        ),
        ("3.5.2024 klo 10.32", dt.datetime(2024, 5, 3, 10, 32), "3.5.2024 klo 10.32"),
        ("3 мая 2024, 10:32", dt.datetime(2024, 5, 3, 10, 32), "3 мая 2024, 10:32"),
        ("2024年5月3日 10:32", dt.datetime(2024, 5, 3, 10, 32), "2024年5月3日 10:32"),
        ("2024-05-03T10:32:00Z", dt.datetime(2024, 5, 3, 10, 32, tzinfo=UTC), "2024-05-03T10:32:00Z"),
        ("10:32, 3 May 2024", dt.datetime(2024, 5, 3, 10, 32), "10:32, 3 May 2024"),
    ],
)
def test_find_printed_date_reads_times(text: str, expected: dt.datetime, printed: str) -> None:
    value, span = find_printed_date(text)
    assert value == expected
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == expected.utcoffset()
    assert span is not None
    assert text[span[0] : span[1]] == printed


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("03/05/2024", None, dt.date(2024, 3, 5)),
        ("03/05/2024", True, MAY_3),
        ("03/05/2024", False, dt.date(2024, 3, 5)),
        ("03.05.2024", None, MAY_3),
        ("11.03.17", False, dt.date(2017, 11, 3)),
        # The preferred order gives way when it is not a valid date.
        ("13/05/2024", False, dt.date(2024, 5, 13)),
        ("05/13/2024", True, dt.date(2024, 5, 13)),
        # Names are never ambiguous.
        ("May 3, 2024", True, MAY_3),
    ],
)
def test_find_printed_date_day_first(text: str, day_first: bool | None, expected: dt.date) -> None:
    assert find_printed_date(text, day_first=day_first)[0] == expected


def test_two_digit_year_needs_a_tight_form_or_a_time() -> None:
    assert find_printed_date("3/09/15 8:00am")[0] == dt.datetime(2015, 3, 9, 8, 0)
    assert find_printed_date("03/09/15")[0] == dt.date(2015, 3, 9)
    assert find_printed_date("3/9/15") == (None, None)
    assert find_printed_date("1.2.24") == (None, None)


def test_find_printed_date_invalid_time_keeps_the_date() -> None:
    value, span = find_printed_date("May 3, 2024 25:61")
    assert value == MAY_3
    assert span == (0, len("May 3, 2024"))


def test_find_printed_date_skips_an_impossible_date() -> None:
    text = "31.02.2024 then 01.03.2024"
    value, span = find_printed_date(text)
    assert value == dt.date(2024, 3, 1)
    assert span is not None
    assert text[span[0] : span[1]] == "01.03.2024"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "May 3",  # no year
        "Wczoraj, 10 maja",  # relative day, no year
        "Mar 27, 10:32 AM",
        "2 hours ago",
        "hace 3 horas",
        "vor 5 Minuten",
        "8h",
        "version 1.2.2024.5",
        "10.12.20.1",  # an IP address, not 10 Dec 2020
        "1 000 000 readers",
        "Call 555-12-2024",  # no plausible date shape
        "3 May 1850",  # outside plausible years
    ],
)
def test_find_printed_date_finds_nothing(text: str) -> None:
    assert find_printed_date(text) == (None, None)


def test_find_printed_date_only_searches_the_head() -> None:
    text = "x " * MAX_SCAN_CHARS + "May 3, 2024"
    assert find_printed_date(text) == (None, None)


def test_find_printed_date_does_not_read_a_date_cut_by_the_cap() -> None:
    # "03.05.2024" cut at the cap would read "03.05.20" as 3 May 2020.
    text = "x" * (MAX_SCAN_CHARS - 9) + " 03.05.2024 more text"
    assert text[:MAX_SCAN_CHARS].endswith(" 03.05.20")
    assert find_printed_date(text) == (None, None)


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 5_000_000,
        "3 " * 2_500_000 + "May 3, 2024",
        "10:32 " * 1_000_000,
        "May " * 1_250_000,
        "03." * 1_700_000,
        "Mon, " * 1_000_000,
    ],
    ids=["digits", "day-numbers", "times", "month-names", "dotted", "weekdays"],
)
def test_find_printed_date_on_hostile_input(hostile: str) -> None:
    # A pattern that backtracked would take minutes here; timings are measured in benchmarks/scaling_html.py.
    value, span = find_printed_date(hostile)
    assert (value is None) == (span is None)


def test_find_printed_date_never_raises_on_wrong_types() -> None:
    assert find_printed_date(None) == (None, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2024/05/03/river-ferry-returns", dt.date(2024, 5, 3)),
        ("https://blog.example.org/posts/2019-12-22-firefox-less-ads", dt.date(2019, 12, 22)),
        ("https://example.com/2024/5/3/", dt.date(2024, 5, 3)),
        ("https://example.com/2024/05/river-ferry", None),
        ("https://example.com/2024/13/01/x", None),
        ("https://example.com/2024/02/30/x", None),
        ("https://example.com/story?from=/2021/01/01/", None),
        ("https://web.archive.org/web/20160218174457/http://example.de/2010/05/", None),
        # The month as a word in the path.
        ("https://example.com/blog/2023/october/03/how-to", dt.date(2023, 10, 3)),
        ("https://example.com/2023/Oct/3/how-to", dt.date(2023, 10, 3)),
        ("https://example.com/2023/news/03/how-to", None),
        # A dashed date has two-digit parts; "2024-4-4" in a slug is a version number.
        ("https://forum.example.com/t/2024-4-4-upgrade-stuck/724779", None),
        (None, None),
    ],
)
def test_date_in_url(url: str | None, expected: dt.date | None) -> None:
    assert date_in_url(url) == expected


def test_find_printed_dates_reads_every_date_of_a_line_in_order() -> None:
    text = "May 3, 2024 · Updated May 5, 2024 at 10:00"
    found = find_printed_dates(text)
    assert [value for value, _ in found] == [MAY_3, dt.datetime(2024, 5, 5, 10, 0)]
    assert [text[a:b] for _, (a, b) in found] == ["May 3, 2024", "May 5, 2024 at 10:00"]
    assert find_printed_dates("no date here") == []
    assert len(find_printed_dates("1.1.2020 2.1.2020 3.1.2020 4.1.2020", limit=2)) == 2
    assert find_printed_dates(None) == []  # type: ignore[arg-type]


def test_a_month_in_capitals_glued_to_a_rubric_is_read() -> None:
    # Rubric and date in separate elements run together in the text: "HealthDECEMBER 22, 2022".
    assert find_printed_date("Mental HealthDECEMBER 22, 2022")[0] == dt.date(2022, 12, 22)
    # A month name inside a word is no month.
    assert find_printed_date("summary 3 2024") == (None, None)


def test_a_time_after_an_at_sign_belongs_to_the_date() -> None:
    value, _ = find_printed_date("Posted on Friday December 19, 2025 @08:00PM from the jobs dept.")
    assert value == dt.datetime(2025, 12, 19, 20, 0)
    assert parse_iso_like("on Friday December 19, 2025 @08:00PM") == dt.datetime(2025, 12, 19, 20, 0)


def test_a_section_number_opening_a_line_is_no_date() -> None:
    # A contents list numbers its sections "14.11.13 Title": no 14 November 2013.
    assert find_printed_date("14.11.13 Steane error correction: towards fault tolerance") == (None, None)
    # The same numbers alone, after a label, or with a time are a date.
    assert find_printed_date("14.11.13")[0] == dt.date(2013, 11, 14)
    assert find_printed_date("Stand: 14.11.13")[0] == dt.date(2013, 11, 14)
    assert find_printed_date("14.11.13 10:30")[0] == dt.datetime(2013, 11, 14, 10, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年3月4日", dt.date(2025, 3, 4)),
        ("2025年3月4日 下午3:20", dt.datetime(2025, 3, 4, 15, 20)),
        ("2025年03月04日 午後3時20分", dt.datetime(2025, 3, 4, 15, 20)),
        ("2025.03.04.", dt.date(2025, 3, 4)),
        ("2025. 3. 4.", dt.date(2025, 3, 4)),
        ("2025-03-04 오전", dt.date(2025, 3, 4)),
        ("2025-03-04 오전 10:30", dt.datetime(2025, 3, 4, 10, 30)),
        ("2025.03.04 오후 12:05", dt.datetime(2025, 3, 4, 12, 5)),
        ("2025.03.04 오전 12:05", dt.datetime(2025, 3, 4, 0, 5)),
    ],
)
def test_east_asian_dates_and_times(text: str, expected: dt.date) -> None:
    assert find_printed_date(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic-Indic digits, and the Extended Arabic-Indic (Persian) ones.
        ("٢٠٢٥-٠٣-٠٤", dt.date(2025, 3, 4)),
        ("۲۰۲۵/۰۳/۰۴", dt.date(2025, 3, 4)),
        # Arabic month names, Egyptian and Levantine, in either digits.
        ("٤ مارس ٢٠٢٥", dt.date(2025, 3, 4)),
        ("4 آذار 2025", dt.date(2025, 3, 4)),
        ("2 تشرين الأول 2024", dt.date(2024, 10, 2)),
    ],
)
def test_arabic_and_persian_digits_and_arabic_months(text: str, expected: dt.date) -> None:
    assert find_printed_date(text)[0] == expected


def test_a_solar_hijri_year_is_no_gregorian_date() -> None:
    # Persian pages date by the Solar Hijri calendar: year 1403 is no year of the web.
    assert find_printed_date("۱۴۰۳/۱۲/۱۴") == (None, None)
    assert parse_iso_like("۱۴۰۳-۱۲-۱۴") is None


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 hours ago", dt.timedelta(hours=3)),
        ("Updated an hour ago", dt.timedelta(hours=1)),
        ("vor 3 Stunden", dt.timedelta(hours=3)),
        ("vor einem Tag", dt.timedelta(days=1)),
        ("il y a 2 jours", dt.timedelta(days=2)),
        ("hace 2 días", dt.timedelta(days=2)),
        ("há 3 dias", dt.timedelta(days=3)),
        ("2 giorni fa", dt.timedelta(days=2)),
        ("3 dagen geleden", dt.timedelta(days=3)),
        ("2 weeks ago", dt.timedelta(weeks=2)),
        ("3時間前", dt.timedelta(hours=3)),
        ("3小时前", dt.timedelta(hours=3)),
        ("3시간 전", dt.timedelta(hours=3)),
    ],
)
def test_relative_dates_are_read_as_a_span_of_time(text: str, ago: dt.timedelta) -> None:
    found = find_relative_date(text)
    assert found is not None and found[0] == ago


@pytest.mark.parametrize("text", ["3 months ago", "a year ago", "ago 3 days", "The last 3 days", "Chapter 3"])
def test_what_names_no_day_is_no_relative_date(text: str) -> None:
    assert find_relative_date(text) is None


def test_a_relative_date_counts_back_from_its_reference() -> None:
    reference = dt.datetime(2025, 3, 6, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert resolve_relative(dt.timedelta(hours=3), reference) == dt.date(2025, 3, 5)
    assert resolve_relative(dt.timedelta(days=2), dt.date(2025, 3, 6)) == dt.date(2025, 3, 4)


def test_a_credit_label_without_its_name_labels_a_date_line() -> None:
    # The writer's name is a picture: "Written By" is left before the date.
    assert is_date_line("Written By Feb 11, 2019") == dt.date(2019, 2, 11)
    assert date_in_row("Written By Feb 11, 2019 · 3 min read") == dt.date(2019, 2, 11)
