"""Dates as pages print them and as their metadata encodes them.

Three entry points, all pure and total (they return ``None`` instead of raising):

* :func:`parse_iso_like` reads a machine date from metadata (ISO 8601, compact
  ``20240503``, RFC 2822 ``Fri, 03 May 2024 10:00:00 GMT``).
* :func:`find_printed_date` finds the first printed date in free text (a byline
  line, a text dump, a dateline) in about a dozen languages and returns it with
  its span, so the caller can cut the date out of the text it came from.
* :func:`date_in_url` reads the date a permalink carries (``/2024/05/03/slug``).

Both return a :class:`datetime.datetime` only when a time is given, else a
:class:`datetime.date`. A printed date needs a year: "May 3" alone is not a
date here, nor is "2 hours ago" (the annotations leave such pages undated).

Numeric dates are ambiguous: ``05/03/2024`` is read as US month/day/year when
the first number is at most 12 and as day/month/year when it is larger;
``03.05.2024`` (dot separated) is read as day.month.year, the way every
language that prints dots does. A caller that knows the page's convention
passes ``day_first`` to :func:`find_printed_date` instead.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

import regex

from .lexicon import BYLINE_PREFIX, DATE_LABEL
from .text import ends_sentence, word_count

__all__ = [
    "DATE_LINE_MAX_CHARS",
    "DATE_LINE_MAX_EXTRA_WORDS",
    "DATE_ROW_MAX_CHARS",
    "MAX_SCAN_CHARS",
    "MONTH_WORDS",
    "WEEKDAY_WORDS",
    "date_in_row",
    "date_in_url",
    "find_printed_date",
    "find_printed_dates",
    "find_relative_date",
    "is_date_and_fields_line",
    "is_date_line",
    "parse_iso_like",
    "resolve_relative",
]

# A permalink's date: year, month and day as path segments ("/2024/05/03/") or as one dashed
# segment opening a slug ("/2024-05-03-title"); a year and month alone do not date a day. A
# dashed date is written with two-digit month and day: "/2024-4-4-release" is a version number.
_URL_DATE = regex.compile(
    r"/((?:19|20)\d\d)(?:(/)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])|(-)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))"
    r"(?=[/\-_.]|$)"
)
# The same with the month as a word: "/2023/october/03/", "/2023/oct/03/".
_URL_DATE_NAMED = regex.compile(r"/((?:19|20)\d\d)/(\p{L}{3,10})/(0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)")

# ---------------------------------------------------------------------------
# Tables and patterns: every language-specific fact lives here, built once.
# ---------------------------------------------------------------------------

# A byline or dateline is short; a date further in is body text, and the cap bounds the work per call.
MAX_SCAN_CHARS = 2000
# Metadata date values are short; anything longer is not a machine date.
_MAX_MACHINE_CHARS = 100

# Month names by language, full and abbreviated, nominative and genitive (Slavic
# and Finnish print the genitive after a day number); one table so adding a
# language is one line.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: tuple(
        "january jan januar jänner janner januari janvier janv enero ene janeiro gennaio gen styczeń "
        "styczen stycznia sty leden ledna январь января янв tammikuu tammikuuta tammik".split()
    ),
    2: tuple(
        "february feb februar feber februari février fevrier févr fevr fév fev febrero fevereiro febbraio "
        "luty lutego lut únor unor února unora úno февраль февраля фев февр helmikuu helmikuuta helmik".split()
    ),
    3: tuple(
        "march mar märz maerz marz mär mrz maart mrt mars marts marzo março marco marzec marca březen "
        "brezen března brezna bře март марта мар maaliskuu maaliskuuta maalisk".split()
    ),
    4: tuple(
        "april apr avril avr abril abr aprile kwiecień kwiecien kwietnia kwi duben dubna dub апрель "
        "апреля апр huhtikuu huhtikuuta huhtik".split()
    ),
    5: tuple(
        "may mai mei maj mayo maio maggio mag maja květen kveten května kvetna kvě май мая toukokuu "
        "toukokuuta toukok".split()
    ),
    6: tuple(
        "june jun juni juin junio junho giugno giu czerwiec czerwca cze červen cerven června cervna čvn "
        "июнь июня июн kesäkuu kesäkuuta kesak kesäk".split()
    ),
    7: tuple(
        "july jul juli juillet juil julio julho luglio lug lipiec lipca lip červenec cervenec července "
        "cervence čvc июль июля июл heinäkuu heinäkuuta heinak heinäk".split()
    ),
    8: tuple(
        "august aug augustus augusti août aout agosto ago sierpień sierpien sierpnia sie srpen srpna srp "
        "август августа авг elokuu elokuuta elok".split()
    ),
    9: tuple(
        "september sep sept septembre septiembre setiembre setembro settembre set wrzesień wrzesien "
        "września wrzesnia wrz září zari zář сентябрь сентября сен сент syyskuu syyskuuta syysk".split()
    ),
    10: tuple(
        "october oct oktober okt octobre octubre outubro out ottobre ott październik pazdziernik "
        "października pazdziernika paź paz říjen rijen října rijna říj октябрь октября окт lokakuu "
        "lokakuuta lokak".split()
    ),
    11: tuple(
        "november nov novembre noviembre novembro listopad listopada lis listopadu ноябрь ноября ноя нояб "
        "marraskuu marraskuuta marrask".split()
    ),
    12: tuple(
        "december dec dezember dez decembre décembre déc diciembre dic dezembro dicembre desember des "
        "grudzień grudzien grudnia gru prosinec prosince декабрь декабря дек joulukuu joulukuuta jouluk".split()
    ),
}
# Arabic month names: the Egyptian and Gulf forms, with their common spellings, and the Levantine
# (Syriac) ones, four of them two words.
_ARABIC_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني"),
    2: ("فبراير", "شباط"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "ابريل", "إبريل", "نيسان"),
    5: ("مايو", "أيار"),
    6: ("يونيو", "يونيه", "حزيران"),
    7: ("يوليو", "يوليه", "تموز"),
    8: ("أغسطس", "اغسطس", "آب"),
    9: ("سبتمبر", "أيلول"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الأول"),
}
# Lookup from a case-folded name to its month number.
_MONTHS: dict[str, int] = {
    name.casefold(): num
    for table in (_MONTH_NAMES, _ARABIC_MONTH_NAMES)
    for num, names in table.items()
    for name in names
}
# Every month name and abbreviation above, for rules that cut a date out of a credit line.
MONTH_WORDS: frozenset[str] = frozenset(_MONTHS)

# Weekday names only widen the span of a match ("Fri May 3, 2024"); two-letter
# abbreviations are left out because they collide with common words.
_WEEKDAYS: tuple[str, ...] = tuple(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terça terca "
    "quarta quinta sexta lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì "
    "venerdi sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag poniedziałek "
    "wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle понедельник "
    "вторник среда четверг пятница суббота воскресенье maanantai tiistai keskiviikko torstai perjantai "
    "lauantai sunnuntai måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag".split()
)

# Zone abbreviations with a fixed offset (hours); ambiguous ones such as "ET" or "IST" are
# matched so the span covers them, but give a naive time.
_ZONE_OFFSETS: dict[str, float] = {
    "Z": 0,
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "CET": 1,
    "MEZ": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
}
_ZONE_NAMES_AMBIGUOUS: tuple[str, ...] = ("ET", "CT", "MT", "PT", "BST", "IST", "HKT", "SGT", "WIB")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so no prefix shadows a longer name."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Case-sensitive zone names so an upper-case "ET" is a zone and the word "et" is not.
_ZONE_SRC = (
    r"(?:\s*\(?(?-i:(?P<zname>" + _alternation(list(_ZONE_OFFSETS) + list(_ZONE_NAMES_AMBIGUOUS)) + r"))"
    r"(?:\s*(?P<zoff2>[+-]\d{1,2}(?::?\d{2})?))?\)?(?![\p{L}\d])"
    r"|\s*(?P<zoff>[+-]\d{2}:?\d{2})(?!\d))"
)
# Korean, Japanese and Chinese print the half of the day before the time ("오후 3:20", "午後3時20分"):
# whether it is the afternoon.
_EAST_ASIAN_MERIDIEM: dict[str, bool] = {
    "오전": False,
    "오후": True,
    "午前": False,
    "午後": True,
    "上午": False,
    "下午": True,
}
# A printed time: "10:32", "10:32:05", "10h32", "10.32 Uhr", "10:32 a.m.", "10 PM", "오후 3:20", "午後3時20分",
# with an optional zone.
_TIME_SRC = (
    r"(?:(?P<ea>" + "|".join(_EAST_ASIAN_MERIDIEM) + r")\s*)?"
    r"(?<![\d:.])(?P<hh>\d{1,2})"
    r"(?:(?:(?:[:h]|[時시]\s?)(?P<mm>\d{2})[分분]?(?::(?P<ss>\d{2})(?:[.,]\d{1,9})?)?|\.(?P<mm>\d{2})(?=\s*Uhr))"
    r"(?:\s*(?P<ap>[ap]\.?\s?m\.?)(?![\p{L}]))?"
    r"|\s*(?P<ap>[ap]\.?\s?m\.?)(?![\p{L}]))"
    r"(?!\d)(?:\s*Uhr\b)?" + _ZONE_SRC + "?"
)
# A month name as a whole word, or glued in capitals to the word before it ("HealthDECEMBER 22,
# 2022": a rubric and the date in separate elements); the dot of an abbreviation ("Sept.") belongs
# to the date.
_MONTH_SRC = r"(?:(?<![\p{L}])|(?-i:(?<=\p{Ll})(?=\p{Lu})))(?P<mon>" + _alternation(_MONTHS) + r")(?![\p{L}])\.?"
# A weekday before the date, with its dot and comma ("Fr., 3. Mai 2024"), so the span covers it.
# Every weekday name and abbreviation above, for rules that tell a date's words from a name's.
WEEKDAY_WORDS: frozenset[str] = frozenset(_WEEKDAYS)
_WEEKDAY_SRC = r"(?<![\p{L}])(?:" + _alternation(_WEEKDAYS) + r")(?![\p{L}])\.?,?\s*"
# Each alternative is one way of printing a date; they share group names (the regex
# module allows that across branches), so the reader needs no per-branch code.
_DATE_SRC = "|".join(
    (
        # 2024年5月3日 (Chinese/Japanese), 2024년 5월 3일 (Korean).
        r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]",
        # 2024-05-03, 2024/05/03, 2024.05.03: year first is never ambiguous.
        r"(?<![\d.])(?P<year>\d{4})(?P<isep>[-/.])(?P<month>\d{1,2})(?P=isep)(?P<day>\d{1,2})(?![\d])",
        # 2024. 5. 3. (Korean).
        r"(?<![\d.])(?P<year>\d{4})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.?(?!\d)",
        # 03.05.2024, 3. 5. 2024 (Czech), 05/03/2024, 03-05-2024, 03.05.24.
        r"(?<![\d.])(?P<na>\d{1,2})(?P<nsep>[./-])\s?(?P<nb>\d{1,2})(?P=nsep)\s?(?P<year>\d{4}|\d{2})(?!\d|\.\d)",
        # 3 May 2024, 3. Mai 2024, 1er mai 2024, 3 de mayo de 2024, 3 maja 2024 r., 3 мая 2024 г., 03-May-2024.
        r"(?<![\d.])(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?(?:\s*(?:de\s+)?|-)"
        + _MONTH_SRC
        + r"(?:,?\s*(?:del?\s+)?|-)(?P<year>\d{4})(?!\d)(?:\s?(?:г\.|года|r\.))?",
        # May 3, 2024, Sept. 3rd 2024.
        _MONTH_SRC + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s*(?P<year>\d{4})(?!\d)",
    )
)
# What may join a time printed before the date to that date ("10:32 AM ET, Fri May 3, 2024").
_TIME_DATE_SEP = r"\s*(?:[,|·•–—-]\s*)?(?:on\s+)?"
# What may join a date to the time printed after it ("3. Mai 2024 um 10:32 Uhr", "2024-05-03T10:32",
# "May 3, 2024 @ 10:32PM" as forum software prints it).
_DATE_TIME_SEP = (
    r"(?:T|\s*[,|·•–—@-]?\s*"
    r"(?:(?:at|um|à|a\s+las?|às|alle(?:\s+ore)?|ore|om|kl\.?|klo\.?|kello|o\s+godz\.?|godz\.?|o|v|в)\s+)?)"
)

# "klo 10.32", "kl. 10.32", "ore 10.32": a dotted time is a time only after such a word, else it reads as a date part.
_DOT_TIME_SRC = r"(?<=(?:klo|kello|kl|ore|um|om|à|at)\.?\s)\d{1,2}\.\d{2}(?![\d.])"


def _unnamed(src: str) -> str:
    """The same pattern without its named groups, for embedding it twice in one pattern."""
    return regex.sub(r"\(\?P<\w+>", "(?:", src)


# Reads the parts of a time the date finder matched (its copy of the pattern has no named groups).
_TIME_RE = regex.compile(_TIME_SRC, regex.IGNORECASE)
# A "10.32" time after "klo"/"ore": read with a colon, so _TIME_RE needs no dotted form that would eat dates.
_DOTTED_TIME_RE = regex.compile(r"\d{1,2}\.\d{2}")
# The date finder: an optional time before, an optional weekday, the date, an optional time after.
_PRINTED_RE = regex.compile(
    r"(?:(?P<t1>" + _unnamed(_TIME_SRC) + r")" + _TIME_DATE_SEP + r")?"
    r"(?P<wd>" + _WEEKDAY_SRC + r")?"
    r"(?P<date>" + _DATE_SRC + r")"
    r"(?:" + _DATE_TIME_SEP + r"(?P<t2>" + _unnamed(_TIME_SRC) + "|" + _DOT_TIME_SRC + r"))?",
    regex.IGNORECASE,
)
# What every form of _DATE_SRC prints: a four-digit year, or numbers around a separator
# ("03.05.24", "3. 5. 2024"). A line with neither holds no date.
_DATE_DIGITS = regex.compile(r"\d{4}|\d[./-]\s?\d")
# Machine dates: ISO 8601 (extended or basic) with an optional time and zone.
_ISO_RE = regex.compile(
    r"(?P<year>\d{4})(?P<sep>-?)(?P<month>\d{2})(?P=sep)(?P<day>\d{2})"
    r"(?:(?:T|\s+)(?P<hh>\d{2}):?(?P<mm>\d{2})(?::?(?P<ss>\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    regex.IGNORECASE,
)
# Words after a number that opens a line: the title of a numbered section.
_SECTION_NUMBER = regex.compile(r"\s+\p{L}")
# Extended ISO with one-digit month or day ("2024-5-3"), which some CMSs emit.
_ISO_LOOSE_RE = regex.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
# Spelled as an offset because ``datetime.UTC`` needs Python 3.11; it is the same singleton.
_UTC = _dt.timezone(_dt.timedelta(0))
# C/Java ``Date.toString()`` output, which some CMSs put in metadata: "Fri Mar 13 21:30:09 EST 2015".
_CTIME_RE = regex.compile(
    r"(?:[A-Za-z]{3},?\s+)?(?P<mon>[A-Za-z]{3})\s+(?P<day>\d{1,2})\s+(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?"
    r"\s+(?:(?P<zone>[A-Z]{1,5})\s+)?(?P<year>\d{4})"
)
# An ISO day at the start of a value whose rest is garbled: the day alone is still worth having.
_ISO_DAY_PREFIX_RE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Longest label tolerated before a date in a metadata value ("Published: ", "Di., ").
_MAX_LABEL_CHARS = 16
# Plausible years for a news page; a four-digit number outside is an ID, a price or a page count.
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _make_date(year: int, month: int, day: int) -> _dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _offset(hours: int, minutes: int, sign: int) -> _dt.timezone | None:
    try:
        return _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))
    except ValueError:
        return None


def _parse_offset(text: str) -> _dt.timezone | None:
    """``+02:00``, ``+0200``, ``+2``, ``-05`` as a fixed offset; None if malformed."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if not digits.isdigit():
        return None
    if len(digits) <= 2:
        return _offset(int(digits), 0, sign)
    if len(digits) == 3:
        return _offset(int(digits[0]), int(digits[1:]), sign)
    if len(digits) == 4:
        return _offset(int(digits[:2]), int(digits[2:]), sign)
    return None


def _zone(name: str | None, offset: str | None) -> _dt.tzinfo | None:
    """The fixed offset a printed zone names, or None for no zone or an ambiguous one."""
    if offset:
        base = _ZONE_OFFSETS.get(name.upper(), 0.0) if name else 0.0
        extra = _parse_offset(offset)
        if extra is None or (name and name.upper() not in _ZONE_OFFSETS):
            return None
        delta = extra.utcoffset(None) + _dt.timedelta(hours=base)
        try:
            return _dt.timezone(delta)
        except ValueError:
            return None
    if name:
        hours = _ZONE_OFFSETS.get(name.upper())
        if hours is None:
            return None
        return _UTC if hours == 0 else _dt.timezone(_dt.timedelta(hours=hours))
    return None


def _combine(day: _dt.date, hh: int, mm: int, ss: int, tz: _dt.tzinfo | None) -> _dt.datetime | None:
    try:
        return _dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tz)
    except ValueError:
        return None


def _parse_time(text: str, day: _dt.date) -> _dt.datetime | None:
    """Attach a printed time to ``day``; None when the time is not a valid clock time."""
    text = text.strip()
    if _DOTTED_TIME_RE.fullmatch(text):
        text = text.replace(".", ":")
    m = _TIME_RE.fullmatch(text)
    if m is None:
        return None
    hh = int(m.group("hh"))
    mm = int(m.group("mm") or 0)
    ss = int(m.group("ss") or 0)
    ap = m.group("ap")
    half = m.group("ea")
    if ap or half:
        if not (1 if ap else 0) <= hh <= 12:
            return None
        pm = _EAST_ASIAN_MERIDIEM[half] if half else ap[0] in "pP"
        hh = (hh % 12) + (12 if pm else 0)
    return _combine(day, hh, mm, ss, _zone(m.group("zname"), m.group("zoff") or m.group("zoff2")))


def _date_from_match(m: regex.Match[str], day_first: bool | None) -> _dt.date | None:
    year_text = m.group("year")
    if year_text is None:
        return None
    year = int(year_text)
    na, nb = m.group("na"), m.group("nb")
    if na is not None and nb is not None:
        if len(year_text) == 2:
            # Two-digit years only in the tight "03.05.24" form or with a time after ("3/09/15 8:00am"):
            # a looser one on its own is a version number or a fraction.
            tight = len(na) == 2 and len(nb) == 2
            if m.group("nsep") == "-" or not (tight or m.group("t2")):
                return None
            if not m.group("t2") and _SECTION_NUMBER.match(m.string, m.end()) and not m.string[: m.start()].strip():
                # "14.11.13 Steane error correction": a line that opens with three numbers and goes on
                # in words is a numbered section of a contents list, not a dateline.
                return None
            year += 2000 if year < 70 else 1900
        a, b = int(na), int(nb)
        if day_first is None:
            day_first = m.group("nsep") == "." or a > 12
        first = _make_date(year, b, a) if day_first else _make_date(year, a, b)
        if first is not None:
            return first
        return _make_date(year, a, b) if day_first else _make_date(year, b, a)
    mon = m.group("mon")
    month = _MONTHS.get(mon.casefold()) if mon else None
    if month is None:
        month_text = m.group("month")
        if month_text is None:
            return None
        month = int(month_text)
    day_text = m.group("day")
    if day_text is None:
        return None
    return _make_date(year, month, int(day_text))


def _scan_window(text: str) -> str:
    """The first :data:`MAX_SCAN_CHARS` characters, without the last token when the cut may have split it."""
    scan = text[:MAX_SCAN_CHARS]
    if len(text) > MAX_SCAN_CHARS:
        # Drop the last, possibly cut, token so "03.05.2024" cut to "03.05.20" is not read as 2020.
        head, _, _ = scan.rpartition(" ")
        scan = head or scan
    return scan


def find_printed_date(
    text: str, *, day_first: bool | None = None
) -> tuple[_dt.date | _dt.datetime | None, tuple[int, int] | None]:
    """The first printed date in ``text`` and its ``(start, end)`` span, else ``(None, None)``.

    The span covers a weekday and a time printed with the date ("Fri May 3, 2024,
    10:32 AM ET"). A time makes the result a ``datetime`` (tz-aware when the zone
    is unambiguous: an offset, UTC/GMT, EST, CEST, ...). Only the first
    :data:`MAX_SCAN_CHARS` characters are searched.

    ``day_first`` settles all-numeric dates for a caller that knows the page's
    convention (from its language, say): True reads ``03/05/2024`` as 3 May,
    False as March 5. The default guesses: day first after a dot or when the
    first number exceeds 12, else US month first. Either way the other order is
    used when the preferred one is not a valid date.
    """
    if not isinstance(text, str) or not text:
        return None, None
    scan = _scan_window(text)
    if _DATE_DIGITS.search(scan) is None:
        # No date without the digits every form prints: the full grammar is spared most lines.
        return None, None
    for m in _PRINTED_RE.finditer(scan):
        day = _date_from_match(m, day_first)
        if day is None:
            continue
        start, end = m.span()
        date_start, date_end = m.span("date")
        t1, t2 = m.group("t1"), m.group("t2")
        if t1 is not None:
            moment = _parse_time(t1, day)
            if moment is not None:
                return moment, (start, end if t2 is None else m.end("date"))
            start = m.start("wd") if m.group("wd") is not None else date_start
        if t2 is not None:
            moment = _parse_time(t2, day)
            if moment is not None:
                return moment, (start, end)
        return day, (start, date_end)
    return None, None


def find_printed_dates(
    text: str, *, day_first: bool | None = None, limit: int = 3
) -> list[tuple[_dt.date | _dt.datetime, tuple[int, int]]]:
    """Up to ``limit`` printed dates in ``text``, in order, each with its span (see
    :func:`find_printed_date`): a credit row may print the publication and the update
    ("May 3, 2024 · Updated May 5, 2024")."""
    found: list[tuple[_dt.date | _dt.datetime, tuple[int, int]]] = []
    if not isinstance(text, str):
        return found
    scan = _scan_window(text)
    offset = 0
    while len(found) < limit and offset < len(scan):
        value, span = find_printed_date(scan[offset:], day_first=day_first)
        if value is None or span is None:
            break
        found.append((value, (offset + span[0], offset + span[1])))
        offset += span[1]
    return found


def parse_iso_like(value: str) -> _dt.date | _dt.datetime | None:
    """A machine-written date from metadata, or None when it is not one.

    Accepts ISO 8601 (``2024-05-03``, ``2024-05-03T10:00:00+02:00``,
    ``2024-05-03 10:00``, ``20240503``), RFC 2822 (``Fri, 03 May 2024 10:00:00
    GMT``) and, as a last resort, a value that is nothing but a printed date
    ("May 3, 2024"). A time makes the result a ``datetime``, tz-aware when an
    offset or UTC is given.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_MACHINE_CHARS:
        return None
    m = _ISO_RE.fullmatch(text)
    if m is None:
        m = _ISO_LOOSE_RE.fullmatch(text)
    if m is not None:
        day = _make_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if day is None:
            return None
        hh = m.groupdict().get("hh")
        if hh is None:
            return day
        zone_text = m.group("zone")
        tz: _dt.tzinfo | None = None
        if zone_text:
            tz = _parse_offset(zone_text) if zone_text[0] in "+-" else _UTC
            if tz is None:
                return None
        return _combine(day, int(hh), int(m.group("mm")), int(m.group("ss") or 0), tz)
    ctime = _CTIME_RE.fullmatch(text)
    if ctime is not None:
        month = _MONTHS.get(ctime.group("mon").casefold())
        day = _make_date(int(ctime.group("year")), month, int(ctime.group("day"))) if month else None
        if day is None:
            return None
        zone = ctime.group("zone")
        tz = _zone(zone, None) if zone else None
        return _combine(day, int(ctime.group("hh")), int(ctime.group("mm")), int(ctime.group("ss") or 0), tz)
    iso_day = _ISO_DAY_PREFIX_RE.match(text)
    if iso_day is not None:
        # An ISO day followed by something unreadable ("2018-11-28CET11:59"): the day is still right.
        return _make_date(int(iso_day.group(1)), int(iso_day.group(2)), int(iso_day.group(3)))
    found, span = find_printed_date(text)
    if found is None or span is None:
        return None
    # The value must be the date and little more: a short label or weekday before it
    # ("Di., 25.01.2022"), a "(Zone Name)" after it as JavaScript prints it.
    before, rest = text[: span[0]], text[span[1] :].strip()
    if len(before) > _MAX_LABEL_CHARS or any(ch.isdigit() for ch in before):
        return None
    if not rest or (rest.startswith("(") and rest.endswith(")")):
        return found
    return None


def date_in_url(url: str | None) -> _dt.date | None:
    """The date in a permalink's path ("https://ex.com/2024/05/03/story" -> 2024-05-03), else ``None``."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    scheme = path.find("://")
    if scheme >= 0:
        slash = path.find("/", scheme + 3)
        path = path[slash:] if slash >= 0 else ""
    match = _URL_DATE.search(path)
    if match is not None:
        year, month, day = match.group(1), match.group(3) or match.group(6), match.group(4) or match.group(7)
        return _make_date(int(year), int(month), int(day))
    named = _URL_DATE_NAMED.search(path)
    number = _MONTHS.get(named.group(2).casefold()) if named is not None else None
    if named is None or number is None:
        return None
    return _make_date(int(named.group(1)), number, int(named.group(3)))


# --- date lines: a line of a page that is a date, or a row with a date among its items ---

# A date line is short: a longer line that holds a date is a sentence about it.
DATE_LINE_MAX_CHARS = 80
# A date line may carry a label and a time zone, but few other words.
DATE_LINE_MAX_EXTRA_WORDS = 3


# A row of items (credit, date, rubric, comment count) is a line, not a paragraph; its items are
# set apart by bars, bullets, dashes or slashes.
DATE_ROW_MAX_CHARS = 140
_ROW_SEPARATORS = regex.compile(r"\s+[|•·⋅—–/]\s+|\s+-\s+|\s*[|•·⋅]\s*")


def is_date_line(
    text: str, day_first: bool | None = None, max_extra_words: int = DATE_LINE_MAX_EXTRA_WORDS
) -> _dt.date | _dt.datetime | None:
    """The date of a line that is only a date (with a label, weekday or time, and at most
    ``max_extra_words`` other words: a time zone, a place), else ``None``."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    value, span = find_printed_date(text, day_first=day_first)
    if value is None or span is None:
        return None
    before = DATE_LABEL.sub("", text[: span[0]])
    if before.strip() and BYLINE_PREFIX.fullmatch(before.strip()):
        # "Written By Feb 11, 2019": a credit's label whose name the page prints elsewhere (as a
        # picture, or not at all) labels the date line.
        before = ""
    if word_count(before + " " + text[span[1] :]) > max_extra_words:
        return None
    return value


# Chinese pages print the date with the story's source, writer and editor as labelled fields on one
# line ("2017-03-10 09:58 来源：网易科学人 作者：…"): the line up to its first field is a date line.
_CJK_CREDIT_FIELD = regex.compile(r"(?:来源|來源|稿源|出处|出處|作者|记者|記者|责任编辑|責任編輯|编辑|編輯)\s*[:：]")


def is_date_and_fields_line(text: str, day_first: bool | None = None) -> _dt.date | _dt.datetime | None:
    """The date of a line that is a date line followed by labelled source and writer fields (as
    Chinese pages print them), else ``None``."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    field = _CJK_CREDIT_FIELD.search(text)
    if field is None or field.start() == 0:
        return None
    return is_date_line(text[: field.start()].strip(), day_first)


def date_in_row(
    text: str, day_first: bool | None = None, *, first_item: bool = False
) -> _dt.date | _dt.datetime | None:
    """The date of a short row of items, one of which is a date ("Paddy · April 19, 2019 · Mac",
    "Gunter Frank / 22.04.2020 / 06:15"), else ``None``. A sentence is no row ("The deadline –
    12 June 2025 – is final."); a long line is read by its first item only, and so is any row
    with ``first_item`` (a row that leads with its date)."""
    pieces = [p for p in _ROW_SEPARATORS.split(text[:DATE_ROW_MAX_CHARS]) if p.strip()]
    if len(text) > DATE_ROW_MAX_CHARS or first_item:
        # A long line: only its first item ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die ...").
        pieces = pieces[:1]
    elif ends_sentence(text) and any(p.strip()[:1].islower() for p in pieces[1:]):
        # Items of a row start in capitals or digits ("4 Min."); a sentence goes on in lower case.
        return None
    for piece in pieces:
        # The item is the date alone (a label aside): "Release: 11.02.2005" dates something else.
        value = is_date_line(piece, day_first, max_extra_words=0)
        if value is not None:
            return value
    return None


# --- relative dates: "3 hours ago", "vor 3 Stunden", "il y a 2 jours", "3시간 전" ---

# The units a relative date counts in, by the words that name them (singular and plural). Months
# and years are left out: "3 months ago" names no day.
_RELATIVE_UNITS: dict[str, _dt.timedelta] = {
    **dict.fromkeys("minute minutes min mins minuten minuto minutos minuti".split(), _dt.timedelta(minutes=1)),
    **dict.fromkeys(
        "hour hours hr hrs stunde stunden heure heures hora horas ora ore uur".split(), _dt.timedelta(hours=1)
    ),
    **dict.fromkeys(
        "day days tag tage tagen jour jours día días dia dias giorno giorni dag dagen".split(), _dt.timedelta(days=1)
    ),
    **dict.fromkeys(
        "week weeks woche wochen semaine semaines semana semanas settimana settimane week weken".split(),
        _dt.timedelta(weeks=1),
    ),
    **dict.fromkeys(("分", "分钟", "分鐘", "분"), _dt.timedelta(minutes=1)),
    **dict.fromkeys(("時間", "小时", "小時", "시간"), _dt.timedelta(hours=1)),
    **dict.fromkeys(("日", "天", "일"), _dt.timedelta(days=1)),
    **dict.fromkeys(("週間", "周", "週", "주"), _dt.timedelta(weeks=1)),
}
# "a", "an", "one" and their kin count one.
_ONE = "an?|one|eine[mnr]?|einer|une?|una?|uma?|un[oa]?|een"
_UNIT = _alternation(_RELATIVE_UNITS)
# Each language's order: the count and unit before "ago", "fa", "geleden", "前", "전"; after "vor",
# "il y a", "hace", "há".
_RELATIVE_RE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:vor|il\s+y\s+a|hace|há)\s+(?P<n>\d{{1,3}}|{_ONE})\s+(?P<unit>{_UNIT})(?![\p{{L}}])"
    rf"|(?<![\p{{L}}\d])(?P<n>\d{{1,3}}|{_ONE})\s+(?P<unit>{_UNIT})\s+(?:ago|fa|geleden)(?![\p{{L}}])"
    rf"|(?<!\d)(?P<n>\d{{1,3}})\s*(?P<unit>{_UNIT})\s*(?:前|전)",
    regex.IGNORECASE,
)


def find_relative_date(text: str) -> tuple[_dt.timedelta, tuple[int, int]] | None:
    """How long before the page was shown a relative date says it was ("3 hours ago", "vor 3
    Stunden", "il y a 2 jours", "hace 2 días", "2 giorni fa", "3 dagen geleden", "3時間前",
    "3시간 전"), with its span; ``None`` when the text prints none (months and years are
    left out: they name no day)."""
    if not isinstance(text, str) or not text:
        return None
    m = _RELATIVE_RE.search(text[:MAX_SCAN_CHARS])
    if m is None:
        return None
    unit = _RELATIVE_UNITS.get(m.group("unit").casefold())
    count = m.group("n")
    if unit is None:
        return None
    return unit * (int(count) if count.isdigit() else 1), m.span()


def resolve_relative(ago: _dt.timedelta, reference: _dt.date | _dt.datetime) -> _dt.date:
    """The day a relative date names, counted back from ``reference``, the time the page was
    shown (in the reference's own offset; a day-only reference counts whole days)."""
    if isinstance(reference, _dt.datetime):
        return (reference - ago).date()
    return reference - _dt.timedelta(days=ago.days)
