"""The grammar of a credit line: "By Max Carter and Jo Lee, Reuters | May 3, 2024" read into the
credit as printed, the person names, the agencies and the date.

Works on strings alone; where a credit stands on a page is the byline rule's business
(:mod:`newsparse.segments.byline`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from .dates import DATE_LINE_MAX_EXTRA_WORDS, MONTH_WORDS, WEEKDAY_WORDS, find_printed_date
from .lexicon import (
    ACCOUNT_PLACEHOLDERS,
    AGENCIES,
    BYLINE_PREFIX,
    CMS_ACCOUNT,
    COMMENT_LINK,
    DATE_LABEL,
    DESK_WORDS,
    JOB_TITLES,
    NAME_CONNECTOR,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    ORGANISATION_WORDS,
    PHOTO_CREDIT,
    READING_TIME,
    ROLE_HEADS,
    ROLE_LINKS,
    ROLE_WORDS,
    TEAM_WORDS,
    WRITER_LABEL,
)
from .text import ends_sentence, fold_whitespace, same_text, word_count
from .urls import shown_url_site, site_label

__all__ = [
    "BARE_CREDIT_MAX_CHARS",
    "BARE_NAME",
    "BARE_PREFIX",
    "CREDIT_MAX_CHARS",
    "DANGLING_BY",
    "EXPLICIT_CREDIT_LABEL",
    "INITIALS",
    "LEADING_DECORATION",
    "LOWER_CASE_NAME",
    "NAME_MAX_WORDS",
    "PIECE_SEPARATORS",
    "Credit",
    "is_handle",
    "is_other_part",
    "is_plain_name",
    "is_title_line",
    "is_user_name",
    "names_with_degrees",
    "parse_credit",
    "split_authors",
    "words_in_names",
]

# A credit is a short line; anything longer is prose that happens to start with "By".
CREDIT_MAX_CHARS = 200
# Without a "By" word, only a short line of names reads as a credit.
BARE_CREDIT_MAX_CHARS = 120
# A name with its degrees ("Debra Horwitz, DVM, DACVB; ") runs about this long: a bare line of
# several such names, each with a degree of ``DEGREES``, and nothing else may run past
# BARE_CREDIT_MAX_CHARS.
BARE_CREDIT_CHARS_PER_NAME = 40
# A person's name has at most this many words (particles included).
NAME_MAX_WORDS = 5

# (A bar or a bullet separates even glued to a word, "Jo Lee• 4 min read": neither is part of a name.)
PIECE_SEPARATORS = regex.compile(r"\s+[·—–]\s+|\s+-\s+|\s*[|•]\s*")
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|[\p{Lo}\p{M}]+)$")
_HANDLE = regex.compile(r"@\w+|\S+@\S+\.\w+|https?://\S+")
# Some CMSs store the credit as printed in the metadata's author field ("By Jane Doe"): the name
# the page prints is what follows, with or without a space after a colon ("By:Jane Doe"). (Only
# the English word: "Von", "De", "Da" open family names too.)
_PRINTED_BY = regex.compile(r"^(?:written\s+)?by(?:\s*:\s*|\s+)(?=\p{L})", regex.IGNORECASE)
_ORGANISATION_CASE = regex.compile(r"^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}+\p{Lu}*$|^\p{Lu}\p{Ll}+\p{Lu}{2,}")
_NAME_CASE = regex.compile(r"^(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz|O'|O’|D'|D’)\p{Lu}\p{Ll}+$")
_ARTICLES = frozenset(("the", "our", "die", "der", "la", "le", "el", "il", "a"))
_INITIAL_END = regex.compile(r"(?:^|\s|\.)\p{Lu}\.$|\b(?:Jr|Sr|St)\.$")
_CREDIT_END_HINT = regex.compile(
    r"\d|@|updated|published|posted|follow|e-?mail|twitter|mis\s+à\s+jour|aktualisiert|actualizado|reviewed|edited"
    r"|checked|researched",
    regex.IGNORECASE,
)
# A preposition that introduces a date or a time ("Am 13. November 2019", "On May 3", "vor 3 Tagen",
# "hace 2 días"), left over once the date is cut out.
_DATE_PREPOSITIONS = frozenset(
    ("on", "am", "le", "el", "il", "em", "dnia", "den", "vom", "du", "del", "vor", "hace", "há")
)
# The words for "by" that a credit opens with, in the rules that look for a bare one.
_BY_WORDS = r"by|von|par|por|door|przez|av|af"
# A "by" word, or the forum label of the thread's first poster ("Thread starter", "Themenstarter").
_BY_WORD = regex.compile(rf"\b(?:{_BY_WORDS}|\w*starter)\b", regex.IGNORECASE)
# Separators between a date and the credit that follows it ("2019 · von A", "2019, by A").
_LEADING_JUNK = regex.compile(r"^[\s,;:|/\-–—·•]+")
# "by" after a date opens the credit ("Posted on 2015-04-05 by Marc", "9. Mai 2019 von Heiko").
_BY_AFTER_DATE = regex.compile(rf"^(?:(?:posted|written|words|story|text)\s+)?(?:{_BY_WORDS})\s+\S", regex.IGNORECASE)
# A label whose name follows in the next element: "Rezept von", "Written by".
DANGLING_BY = regex.compile(rf"(?:^|\s)(?:{_BY_WORDS})\s*:?$", regex.IGNORECASE)
# A writer's label, in its own element or opening the credit (see ``WRITER_LABEL``).
EXPLICIT_CREDIT_LABEL = regex.compile(r"^" + WRITER_LABEL + r"(?:\s*:\s*|\s+|$)", regex.IGNORECASE)
# Academic degrees and professional certifications as printed after a name, without their dots
# ("Ph.D." is "PhD"): capitals alone after a name are as often a country's or a job's initials
# ("Jo Lee, USA", "Sam Roe, CEO") as a degree.
DEGREES = frozenset(
    (
        # Academic degrees.
        *("BA", "BS", "BSc", "MA", "MS", "MSc", "MFA", "MBA", "MEd", "MPA", "MPP", "MPhil", "MRes"),
        *("PhD", "DPhil", "EdD", "ScD", "DSc", "JD", "LLB", "LLM", "MSW", "DrPH", "MPH"),
        # Medicine, nursing and the health professions.
        *("MD", "DO", "MBBS", "MBChB", "DDS", "DMD", "DPM", "OD", "PharmD", "RPh", "PA", "PA-C"),
        *("RN", "BSN", "MSN", "DNP", "NP", "APRN", "FNP", "FNP-BC", "CNM", "CRNA", "CCRN", "LPN"),
        *("RD", "RDN", "LD", "LDN", "CDE", "CDCES", "CSSD", "IBCLC", "PT", "DPT", "OT", "OTR", "OTD"),
        *("CSCS", "ATC", "DC", "LAc", "PsyD", "LCSW", "LICSW", "LMFT", "LPC", "LMHC", "BCBA"),
        # Veterinary medicine.
        *("DVM", "VMD", "BVSc", "BVMS", "MRCVS", "LVT", "RVT", "CVT", "VTS", "CVPM"),
        # Law, finance and engineering.
        *("Esq", "CPA", "CFA", "CFP", "CFE", "ChFC", "CLU", "EA", "PE", "PMP"),
        # Yoga and fitness teaching.
        *("RYT", "E-RYT", "NASM-CPT", "ACE-CPT"),
    )
)
# Board certifications and fellowships named by their shape: a diplomate of an American College
# ("DACVB", "DACVIM") and a fellow of an American Academy or College ("FAAP", "FACP").
_BOARD_CREDENTIAL = regex.compile(r"^(?:DAC\p{Lu}{1,5}|FA[AC]\p{Lu}{1,5})$")
# Degrees follow a name ("Jane Doe, PhD"); before a name these letters are a name ("Ma Si").
_DEGREES = frozenset(("md", "phd", "ma", "mba"))
# Desk words that also follow a person's full name as a role ("By Jane Roe Staff"): after one
# word only they name a desk ("IGN Staff").
_ROLE_DESK_WORDS = frozenset(("staff",))
# Title words that are also family names, taken as such after "By" and a lone given name.
_SURNAME_TITLES = frozenset(("staff", "fellow", "senior", "deputy"))
# A name and a job title glued together ("HalperStaff"): two capitalised words in one token.
_GLUED_TITLE = regex.compile(r"^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$")
# Footnote marks after a name in a paper's author list ("Adwan1", "Smith*", "Doe²").
_AFFILIATION_MARK = regex.compile(r"(?<=\p{Ll})(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+)(?:,\d{1,2})*$")
_PARENTHESES = regex.compile(r"\(([^()]{1,80})\)")
# The field a credential is held in, in parentheses after it ("CCRN (Cardiology)"): a word or two.
SPECIALTY_MAX_WORDS = 2
_NICKNAME = regex.compile(r"^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,12}$")
_NAME_CONTINUES = regex.compile(r"\s+\p{Lu}")
LEADING_DECORATION = regex.compile(r"^[^\p{L}\p{N}]+")
# An outlet's logo printed after the credit by its alt text ("By Jo Lee WQXZ logo"): the outlet's
# word and "logo" closing the line.
_LOGO_ALT = regex.compile(r"\s+[\p{Lu}\d][\p{L}\d&.'’-]*\s+logo$")
# A picture's file name or slug printed before the writer's name, as a dump prints an image by its
# alt text ("jlee-headshot Jo Lee"): ASCII words in lower case joined by hyphens or underscores,
# before a name and nothing else (a "31-year-old Jo Lee" opens a sentence).
_PICTURE_NAME = regex.compile(r"^[a-z][a-z\d]*(?:[-_][a-z\d]+)+\s+(?=\p{Lu})")
# The noun that ends a field of work ("Community Development", "Corporate Communications",
# "Data Analytics"): abstract endings on a stem of four letters or more, which end no family name
# ("-ing" would: Fleming; a shorter stem would: Clement, Verity; "-ics" after any letter: Markovics).
_FIELD_OF_WORK = regex.compile(r"\p{L}{4}(?:ments?|tions?|sions?|ity|ities|ships?)$|\p{L}{3}[tm]ics$")
# A one-word name is a person only in scripts written without spaces between given and family name.
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,4}$")
# Separators and connector words left at the end of a credit once its date is cut off ("A, le").
_TRAILING_JUNK = regex.compile(
    r"(?:[\s,]+\b(?:on|am|le|el|il|em|dnia|den|the)\b)?[\s,;:|/\-–—]+$|[\s,]+\b(?:on|am|le|el|il|em|dnia|den)$"
)
# Another person's part than the writing: "Reviewed by", "Edited by", "Researched by".
_OTHER_PART_BY = r"(?:medically\s+)?(?:reviewed|edited|researched|fact[-\s]?checked)\s+by\b"
_OTHER_PART = regex.compile(_OTHER_PART_BY, regex.IGNORECASE)
# Where the credit proper ends inside a credit block: at a date, a time, a handle or a button word.
# (A day and a month name are found by word lookup, see _credit_end: one alternation of every
# month word in every language costs tens of microseconds per line.)
_CREDIT_END_MARK = regex.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[\w.+-]+@[\w-]+\.\p{L}{2,}|@\w"
    r"|\d+\s+(?:min|hours?|hrs?|minutes?|days?|weeks?|months?|std|stunden?|minuten?|tage?n?|heures?|jours?|horas?|d[ií]as?)\b"
    r"|\b(?:updated|published(?!\s+by\b)|posted(?!\s+by\b)|follow|e-?mail|twitter|mis\s+à\s+jour|aktualisiert|actualizado)\b"
    # Another person's part after the credit: "By A, DVM. Reviewed by B", "A | Edited by B".
    r"|\b" + _OTHER_PART_BY,
    regex.IGNORECASE,
)
# A date label left at the end of a credit once its date is cut off ("A Published: May 3, 2024").
_TRAILING_DATE_LABEL = regex.compile(
    r"(?:^|\s)(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|publié|actualizado|publicado)"
    r"(?:\s+(?:on|am|le|el))?\s*:?$",
    regex.IGNORECASE,
)
# Words and digit runs apart: "Nolan22 Dec" is a name glued to "22 Dec".
_WORD_TOKEN = regex.compile(r"[^\W\d_]+|\d+")
_MONTHS = frozenset(m.casefold() for m in MONTH_WORDS)
# A weekday's or a month's name alone after "By" opens a sentence ("By Tuesday evening, …", "By
# March the board had …"): it names no writer.
_DATE_NAMES = _MONTHS | frozenset(w.casefold() for w in WEEKDAY_WORDS)
_DAY_GAP = regex.compile(r"\.?\s+")
# The capitalised word at the end of a token that glues two words ("DambrotNovember").
_GLUED_WORD = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+$")
# What stands between the credit and its date: separators and a preposition ("A, le 3 mai").
_SEPARATOR_CHARS = " \t\n\r|•·—–,"
# "il y a 3 jours": the French "ago" stands before the number, in three words.
_IL_Y_A = regex.compile(r"(?:^|\s)il\s+y\s+a$", regex.IGNORECASE)
# Two words a page set side by side with CSS and no space: a capitalised word glued to the end of
# a name ("Korin MillerPublished:", "Gabby BoucherIn Budget Travel", "Mateusz HabernyFounder").
_GLUED_PAIR = regex.compile(r"\b(\p{L}*\p{Ll})(\p{Lu}\p{Ll}+)\b")
# ... and a name glued to a date, a label's colon or a lower-case "by" ("2025Julian K. Arni",
# "Authors:Aniruddha Roy", "Written byAAA").
_GLUED_START = regex.compile(r"(?<=\d)(?=\p{Lu}\p{Ll})|(?<=\p{L}:)(?=\p{Lu})|(?<=\bby)(?=\p{Lu})")
# A credential or an outlet printed in capitals after a name ("MS", "RDN", "Ph.D.", "E-RYT",
# "USA TODAY", "IGN"): at most this many letters a word.
_CREDENTIAL = regex.compile(
    r"^(?:\p{Lu}{2,6}|\p{Lu}{1,4}(?:-\p{Lu}{1,4})+|(?:\p{Lu}\.){2,4}|Ph\.?D\.?|M\.?Sc\.?|B\.?Sc\.?|PharmD|DrPH|Esq\.?)"
    r"(?:\s+\d{1,4})?[®.,]*$"
)
# Name suffixes that a comma sets off ("John Smith, Jr."): part of the name before them.
_NAME_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
# A user name credited as the author ("By ibby", "Posted by BeauHD", "By: ShawnHymel"): one
# word with a lower-case start, a capital inside, a digit, a dot or an underscore.
# What no word or name of a language has: a digit, an underscore, a dot, or a capital after a
# lower-case start ("iamjoHn"); "McKinsey" and "DeVito" are names.
_HANDLE_SHAPE = regex.compile(r"[\d_.]|^\p{Ll}+\p{Lu}")
_USER_NAME = regex.compile(r"^(?=.*(?:^\p{Ll}|\p{Ll}\p{Lu}|[\d_.]))[\p{L}\p{N}][\p{L}\p{N}._\-]{1,30}$")


def _day(token: regex.Match[str]) -> bool:
    word = token.group()
    return len(word) <= 2 and word.isdigit()


def _credit_end(text: str) -> int | None:
    """Where a credit ends: before its date ("May 3", "3. Mai", "03/05/2024"), time, handle or
    button word, with the separators and preposition before it; ``None`` when nothing ends it."""
    mark = _CREDIT_END_MARK.search(text) if _CREDIT_END_HINT.search(text) else None
    end = mark.start() if mark is not None else None
    tokens = list(_WORD_TOKEN.finditer(text, endpos=end if end is not None else len(text)))
    for n, token in enumerate(tokens):
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        if token.group().casefold() not in _MONTHS:
            glued = _GLUED_WORD.search(token.group())
            if glued and after is not None and _day(after) and glued.group().casefold() in _MONTHS:
                # "Shana Nys DambrotNovember 6, 2023": the date set next to the name by CSS.
                end = token.start() + glued.start()
                break
            continue
        before = tokens[n - 1] if n > 0 else None
        if after is not None and _day(after) and _DAY_GAP.fullmatch(text, token.end(), after.start()):
            # "May 3"
            end = token.start()
            break
        if before is not None and _day(before) and _DAY_GAP.fullmatch(text, before.end(), token.start()):
            # "3. Mai"
            end = before.start()
            break
    if end is None:
        return None
    head = text[:end].rstrip(_SEPARATOR_CHARS)
    ago = _IL_Y_A.search(head)
    if ago is not None:
        return len(head[: ago.start()].rstrip(_SEPARATOR_CHARS))
    word = (head.split() or [""])[-1]
    if word.casefold() in _DATE_PREPOSITIONS and (len(word) == len(head) or not head[-len(word) - 1].isalnum()):
        head = head[: -len(word)].rstrip(_SEPARATOR_CHARS)
    return len(head)


@dataclass(frozen=True, slots=True)
class Credit:
    """A parsed credit line: the credit as printed (no date), names, agencies and the date."""

    text: str
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    published: dt.date | dt.datetime | None
    prefixed: bool
    # A job title follows a name ("Jane Roe Staff Writer", "홍길동 기자"): how signatures look.
    titled: bool = False


def _name_tokens(piece: str, *, prefixed: bool = False) -> tuple[list[str] | None, bool]:
    """The tokens of a person's name at the start of ``piece``, and whether a job title follows.

    ``None`` when the piece does not start with a name. Words after the name (a beat,
    a title, a button) end it; a long run of capitalised words before a job title is
    a name plus an organisation ("Mark Di Stefano BuzzFeed News Reporter"), so only
    the first two name words (and particles between them) are kept.
    """
    kept: list[str] = []
    credentialed = False
    tokens = piece.split()
    titled = any(
        _job_title(t.strip(",;:()")) and not (n == 0 and t.strip(",;:()").casefold() in _DEGREES)
        for n, t in enumerate(tokens)
    )
    for n, token in enumerate(tokens):
        bare = token.strip(",;:()")
        if not bare:
            continue
        if token.startswith("(") and token.endswith(")") and kept:
            kept.append(token)
            continue
        folded = bare.casefold()
        if len(kept) >= 2 and folded in ROLE_HEADS and bare[:1].isupper() and n < len(tokens) - 1:
            # "Jo Lee Head of Marketing": after a whole name, a role's head word opens the role.
            titled = True
            break
        if _job_title(bare):
            if not kept and folded not in _DEGREES:
                # A title before the name: "Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe".
                # (A degree follows a name; "Ma", "Md" before one are names: "Ma Si", "Md Rafiqul Islam".)
                continue
            if not kept and n < len(tokens) - 1 and bare.istitle() and len(bare) == 2:
                # "Ma Si", "Md Rafiqul Islam": a given name, not a degree ("MA", "PhD").
                kept.append(bare)
                continue
            if not kept:
                continue
            if (
                prefixed
                and len(kept) == 1
                and n == len(tokens) - 1
                and bare[:1].isupper()
                and (folded in _SURNAME_TITLES or (folded in _DEGREES and bare.istitle()))
            ):
                # After "By" and a lone given name, and last, it is the family name: "Von Jörg Staff",
                # "By Jack Ma" (a degree is printed in capitals: "MA").
                kept.append(bare)
            elif (
                n == len(tokens) - 1
                and folded in DESK_WORDS
                and len(kept) <= (1 if folded in _ROLE_DESK_WORDS else 2)
                and bare[:1].isupper()
            ):
                # A desk's name, the desk word last: "TOI Lifestyle Desk", "Global Desk", "IGN Staff".
                return None, True
            elif (
                len(kept) == 1
                and n < len(tokens) - 1
                and bare[:1].isupper()
                and folded not in _DEGREES
                and not _CJK_NAME.match(kept[0])
            ):
                # One word before a capitalised job title that more words follow names the outlet or
                # desk the role is at, not a person: "Home Advisor Staff Writer". (A lone given name
                # before a label ends the line: "Nils Autor".)
                return None, True
            break
        glued = _GLUED_TITLE.match(bare)
        if glued is not None and _job_title(glued.group(2)):
            # "HalperStaff Writer": a job title set next to the name by CSS, without a space.
            kept.append(glued.group(1))
            break
        if kept and _AFFILIATION_MARK.search(bare):
            # "Marwan H. Adwan1": a footnote mark pointing to the affiliation.
            bare = _AFFILIATION_MARK.sub("", bare)
            folded = bare.casefold()
        if len(kept) >= 2 and _CREDENTIAL.match(bare) and _letters(bare) <= 4 and not any(map(_shouted, kept)):
            # "Jeffrey A. Slotnick CPP", "Brian Truitt USA TODAY": a credential or an outlet in capitals
            # after a name in mixed case (a family name in capitals is longer: "Marie DUPONT").
            credentialed = True
            break
        if folded in NAME_STOPWORDS:
            if kept and (folded in TEAM_WORDS or folded in ORGANISATION_WORDS) and n == len(tokens) - 1:
                # "Acme Marketing Team", "Harbour News": a team or an outlet, not a person and a word.
                return None, False
            if kept:
                break
            return None, False
        if folded in NAME_PARTICLES and kept:
            kept.append(bare)
            continue
        if _ORGANISATION_CASE.match(bare) and not _NAME_CASE.match(bare):
            # "WebMD", "BuzzFeed": a capital inside a word marks a brand, unless it is a
            # name prefix (McDonald, DiCaprio, LeBron, O'Neill).
            if kept:
                break
            return None, False
        if not _NAME_TOKEN.match(bare):
            if kept:
                break
            return None, False
        kept.append(bare)
        if token.endswith(":") and n < len(tokens) - 1:
            # A colon ends what a name can be: "Back Pain: Quick Facts" is a heading, and one word
            # before it a label ("Quelle: Acme", "Re: Ferry times").
            if len(kept) == 1:
                return None, False
            break
    # A particle ends no name ("Jean de"), but a capitalised one is a family name ("Minh Do", "Mahua Das").
    while kept and kept[-1] in NAME_PARTICLES:
        kept.pop()
    if titled and not credentialed and len(kept) >= 3:
        cores = 0
        for n, token in enumerate(kept):
            if token.casefold() not in NAME_PARTICLES:
                cores += 1
            if cores == 2:
                kept = kept[: n + 1]
                break
    if not kept or len(kept) > NAME_MAX_WORDS or (len(kept) == 1 and _letters(kept[0]) < 2):
        # (One letter is no name: "Written by I dove into ..." is prose.)
        return None, titled
    return kept, titled or credentialed


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


def _shouted(word: str) -> bool:
    """A word printed in capitals (not an initial): "DUPONT", "MS"."""
    return word.isupper() and _letters(word) >= 2


def _credentials(piece: str) -> bool:
    """A piece that is credentials or an outlet in capitals: "MS, RD", "M.D. FACLM", "IGN"."""
    words = piece.split()
    return bool(words) and all(_CREDENTIAL.match(w) for w in words)


# What a certification is in, after it in brackets ("VTS (Behavior)").
_BRACKETED = regex.compile(r"\s*\([^()]*\)")


def _is_credentials(piece: str) -> bool:
    """A piece of a credit that is credentials alone, each field in brackets after it ("DVM",
    "VTS (Behavior)")."""
    return _credentials(_BRACKETED.sub("", piece))


def _has_degree(piece: str) -> bool:
    """The piece names a degree or a certification of ``DEGREES`` (or a board's by its shape)."""
    for word in _BRACKETED.sub("", piece).split():
        bare = word.strip(",;:®").replace(".", "")
        if bare in DEGREES or _BOARD_CREDENTIAL.match(bare):
            return True
    return False


def names_with_degrees(text: str) -> bool:
    """Co-authors each with their degrees and nothing else ("Jo Lee, DVM; Sam Roe, BA, LVT
    (Dentistry) & Ana Gil, MD"): a name opens the line, every other piece is a name or
    credentials, and every name carries a degree of ``DEGREES``."""
    pieces = NAME_CONNECTOR.split(text)
    if _is_credentials(pieces[0]):
        return False
    names = 0
    degreed = True
    for piece in pieces:
        if _is_credentials(piece):
            degreed = degreed or _has_degree(piece)
            continue
        if not degreed or not BARE_NAME.match(piece):
            return False
        names += 1
        degreed = False
    return names >= 2 and degreed


def _unglue(text: str) -> str:
    """The credit with a space where the page set one with CSS (see _GLUED_PAIR, _GLUED_START)."""

    def repl(match: regex.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        whole = head + tail
        folded = tail.casefold()
        if _NAME_CASE.match(whole) or not (folded in NAME_STOPWORDS or _job_title(tail) or DATE_LABEL.match(tail)):
            return whole
        return head + " " + tail

    text = _GLUED_PAIR.sub(repl, text)
    return _GLUED_START.sub(" ", text)


def _job_title(word: str) -> bool:
    """A job title, also as the tail of a compound ("FOCUS-Online-Experte", "Co-Founder")."""
    folded = word.casefold()
    return folded in JOB_TITLES or ("-" in folded and folded.rsplit("-", 1)[1] in JOB_TITLES)


def _account_key(text: str) -> str:
    """A name or handle without case, spaces and punctuation ("Mr_Epeen" and "Mr Epeen" alike)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _unwrap_parentheses(text: str) -> str:
    """Roles in parentheses go ("(reporting)"); co-authors in them stay ("(avec Damien Leloup)")."""

    def repl(match: regex.Match[str]) -> str:
        inner = match.group(1).strip()
        if _NICKNAME.match(inner) and _NAME_CONTINUES.match(match.string, match.end()):
            # "Richard (R.J.) Eskow": a nickname inside the name is part of it.
            return match.group(0)
        words = inner.casefold().split()
        if all(w in ROLE_WORDS or w.strip(".") in ROLE_WORDS for w in words):
            return ""
        before = match.string[: match.start()].split()
        if (
            before
            and _CREDENTIAL.match(before[-1])
            and len(words) <= SPECIALTY_MAX_WORDS
            and (len(words) == 1 or not is_plain_name(inner))
        ):
            # "Jo Lee, RN, CCRN (Cardiology)": the field a credential is held in, not a co-author;
            # "Jo Lee, MD (Sam Roe)" names a second writer.
            return ""
        key = _account_key(inner)
        if key and _account_key(match.string[: match.start()]).endswith(key):
            # "Mr_Epeen (Mr Epeen)": a forum account's display name after its handle, one person.
            return ""
        return ", " + inner + ", "

    return _PARENTHESES.sub(repl, text)


def _desk(piece: str) -> bool:
    """A newsroom desk's name: "Redacción EC", "Die Redaktion", "The Newsroom"."""
    words = [w.casefold() for w in piece.split()[:2]]
    if words and words[0] in DESK_WORDS:
        return True
    return len(words) == 2 and words[0] in _ARTICLES and words[1] in DESK_WORDS


def _connected_pieces(text: str) -> list[tuple[str, str]]:
    """The pieces between name connectors, each with the connector before it (", " before the
    first): a comma sets off a role or a name ("A, Dietitian"), a word joins names ("A and B")."""
    pieces: list[tuple[str, str]] = []
    start = 0
    connector = ", "
    for match in NAME_CONNECTOR.finditer(text):
        pieces.append((text[start : match.start()], connector))
        connector = match.group()
        start = match.end()
    pieces.append((text[start:], connector))
    return pieces


def _comma(connector: str) -> bool:
    return "," in connector or ";" in connector


def _joining_word(connector: str) -> bool:
    """ "and", "&", "und" join names; a bare comma may set off an affiliation ("A, Director, Acme")."""
    return bool(connector.strip(" ,;"))


def _titled_words(piece: str) -> bool:
    return any(_job_title(w.strip(",.;:()")) for w in piece.split())


def _is_role(piece: str, after_comma: bool, role_open: bool, following: tuple[str, str] | None) -> bool:
    """A piece after a name that is its role, not a co-author: "Shipping Expert", "Print Managing
    Editor"; the first word of a role joined by "and" ("Home and Digital Security Expert"); a word
    joined to a role before it ("Gardener & Astrologer")."""
    words = piece.split()
    if after_comma and _tied_role(piece):
        return True
    if _titled_words(piece):
        # "A and Jane Senior": after "and", two words ending in a title that is also a family name are a name.
        surname = len(words) == 2 and words[1].casefold() in _SURNAME_TITLES and not _job_title(words[0])
        return after_comma or role_open or not surname
    if len(words) == 1 and following is not None and not _comma(following[1]) and _titled_words(following[0]):
        return True
    return role_open and not after_comma and len(words) == 1


def _tied_role(piece: str) -> bool:
    """A role tied to what it heads: "Head of Marketing", "Editor at Acme"."""
    words = piece.split()
    return (
        len(words) >= 3
        and words[1] in ROLE_LINKS
        and (words[0].casefold() in ROLE_HEADS or _job_title(words[0].strip(",.;:()")))
    )


def _outlet(piece: str, outlets: Collection[str]) -> bool:
    """The piece is one word that names the page's own site ("By IndustrySelect" on IndustrySelect's
    blog). (A site named after its writer, "Rick Steves", credits a person: two words are kept.)"""
    if " " in piece:
        return False
    # "Vegolosi.it" on Vegolosi's site: the site's address is its name too.
    address = shown_url_site(piece) if "." in piece else ""
    names = (piece, site_label("http://" + address)) if address else (piece,)
    return any(o and same_text(name, o) for o in outlets for name in names)


def _without_outlet(piece: str, outlets: Collection[str]) -> str:
    """The piece without the site's name printed after the person's ("Elliot Brownstein Florida Today")."""
    words = piece.split()
    for outlet in outlets:
        size = len(outlet.split())
        if outlet and 0 < size < len(words) and same_text(" ".join(words[-size:]), outlet):
            return " ".join(words[:-size])
    return piece


def is_handle(name: str) -> bool:
    """An account name shaped as no word or name can be ("user3080392", "Mr_Epeen", "b.scherer",
    "InsaneSnow45")."""
    return " " not in name and _HANDLE_SHAPE.search(name) is not None and is_user_name(name)


def _marked_handle(names: str, marked: bool) -> bool:
    """A line the page marks as the author that is one account name (its display name in
    parentheses aside): the writer's user name, as after "By"."""
    return marked and is_handle(_PARENTHESES.sub("", names).strip())


def is_user_name(word: str) -> bool:
    """A user name, not a word or a placeholder account ("ibby", "BeauHD"; not "admin", "q_admin")."""
    return (
        _USER_NAME.match(word) is not None
        and len(word) >= 3
        and word.casefold() not in NAME_STOPWORDS
        and word.casefold() not in ACCOUNT_PLACEHOLDERS
        and CMS_ACCOUNT.search(word) is None
    )


def split_authors(
    names_part: str,
    *,
    prefixed: bool,
    known: Collection[str] = (),
    outlets: Collection[str] = (),
    handles: bool = False,
) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool]:
    """Split the names part of a credit into persons and agencies.

    ``known``: names the page's metadata credits; a piece spelled exactly so is a name even
    when it is not shaped like one (a user name: "marc", "ThE_PaiN"). ``outlets``: the site's
    own names; a piece naming the site is no person, and a site name after a person's is cut.
    ``handles``: a "by" word opens the credit, so a user name alone after it is the writer's.

    Returns (authors, agencies, clean, titled): ``clean`` is False when a piece was
    neither a name nor an agency (a role, a sentence); ``titled`` is True when a job
    title, a credential or a role follows a name. An unprefixed line is a credit only when
    clean or titled.
    """
    authors: list[str] = []
    agencies: list[str] = []
    clean = True
    titled = False
    known = [_PRINTED_BY.sub("", name, count=1) for name in known]
    pieces = _connected_pieces(_unwrap_parentheses(names_part))
    # The pieces since the last name are its roles and credentials ("Ana Ruiz, MS, RDN, Dietitian").
    role_open = False
    tied = False
    for n, (raw, connector) in enumerate(pieces):
        after_comma = _comma(connector)
        piece = _HANDLE.sub("", raw).strip(" ,;:()[]")
        if not piece:
            continue
        folded = piece.casefold()
        if folded in AGENCIES or _desk(piece) or _outlet(piece, outlets):
            agencies.append(piece)
            continue
        if piece in known:
            authors.append(piece)
            role_open = False
            continue
        inside = next((k for k in known if " " in k and k in piece), None)
        if inside is not None and not authors:
            # "Friday Philosophy David Gordon": the metadata spells the name, the rest is a rubric.
            authors.append(inside)
            role_open = False
            mark = _AFFILIATION_MARK.search(piece)
            if piece.endswith(inside) or (mark is not None and piece[: mark.start()].endswith(inside)):
                # (A footnote mark after the name, "Jo Lee1 ; Sam Roe2", ends no list of authors.)
                continue
            break
        if authors:
            if folded in _NAME_SUFFIXES:
                # "John Smith, Jr.": the suffix belongs to the name before it.
                authors[-1] += " " + piece
                continue
            shouting = _shouted(authors[0].split()[0])
            following = pieces[n + 1] if n + 1 < len(pieces) else None
            if folded.replace(".", "") in _DEGREES or (_credentials(piece) and not shouting):
                # "Michael Anderson, PhD, Carlos Dobkin, PhD": the degree of the name before it.
                titled = True
                continue
            if tied and not after_comma and (len(piece.split()) == 1 or _FIELD_OF_WORK.search(piece)):
                # "Head of Marketing and Communications": what the role heads goes on. (Two words
                # or more may be a co-author's name, "Chief of Staff and Jane Smith", unless they
                # end in a field's noun: "Head of Marketing and Community Development".)
                continue
            tied = False
            if _is_role(piece, after_comma, role_open, following):
                # (Only what a role is "of" runs on past "and": "Editor at Acme and Tim Bell" names two.)
                tied = after_comma and _tied_role(piece) and piece.split()[1] == "of"
                # "Eric Song, IGN Staff", "Ana Ruiz, Dietitian": the role of the name before it, not a
                # co-author; an affiliation may follow it ("Director, Acme Corp").
                titled = True
                role_open = True
                continue
        elif handles and len(pieces) == 1:
            words = piece.split()
            # (A word in lower case is a user name only alone: "By far the best" is prose.)
            handle = len(words) == 1 or (not words[0].isalpha() or not words[0].islower())
            if is_user_name(words[0]) and handle and (len(words) == 1 or words[1].casefold() in NAME_STOPWORDS):
                # "By ibby", "Posted by BeauHD", "By MixmasterFred in Woodworking": the writer's user name.
                authors.append(words[0])
                clean = len(words) == 1
                break
        piece = _without_outlet(piece, outlets)
        tokens, has_title = _name_tokens(piece, prefixed=prefixed)
        titled = titled or has_title
        if tokens is None or (role_open and (len(tokens) < len(piece.split()) or not _joining_word(connector))):
            clean = False
            # Roles and affiliations follow the names: nothing after them is a person.
            break
        single = len(tokens) == 1 and not _CJK_NAME.match(tokens[0])
        if role_open and single:
            clean = False
            break
        if len(tokens) < len(piece.split()) or (single and not prefixed and not authors):
            clean = False
        name = " ".join(tokens)
        # A full stop closes the credit sentence ("Tatyana Turner."), not the name, unless it ends an initial.
        if name.endswith(".") and not _INITIAL_END.search(name):
            name = name[:-1]
        authors.append(name)
        # A title cut off the name opens its role: "Celeste Longacre Gardener & Astrologer".
        role_open = has_title
        if len(tokens) < len(piece.split()) and not has_title:
            break
    return tuple(authors), tuple(agencies), clean, titled


def _split_date(
    text: str, day_first: bool | None = None, known: Collection[str] = ()
) -> tuple[list[str], dt.date | dt.datetime | None]:
    """Separate a printed date from a credit: "A | May 3, 2024" -> (["A"], 2024-05-03).

    Returns the pieces of the line that are not dates (a credit row can also hold a site
    name or a comment count: "Le Monde | Par A", "By A | Comments closed") and the date. What
    follows the date in its piece is a piece when it opens with "by" or with a ``known`` name.
    """
    pieces = PIECE_SEPARATORS.split(text)
    kept: list[str] = []
    published: dt.date | dt.datetime | None = None
    for piece in pieces:
        value, span = find_printed_date(piece, day_first=day_first)
        if span is not None and (value is not None or DATE_LABEL.match(piece)):
            if published is None:
                published = value
            # Keep what stands before the date in the same piece ("By Poppy Reid Feb 21, 2020"),
            # and what follows it ("Posted on 2015-04-05 by Marc").
            before = piece[: span[0]]
            before = _TRAILING_JUNK.sub("", _TRAILING_DATE_LABEL.sub("", DATE_LABEL.sub("", before))).strip()
            if before and kept == [] and before.casefold() not in _DATE_PREPOSITIONS:
                kept.append(before)
            after = _LEADING_JUNK.sub("", piece[span[1] :])
            # "January 12, 2025January 22, 2025 By A": the update date printed after the first.
            again, more = find_printed_date(after, day_first=day_first)
            if more is not None and more[0] == 0 and (again is not None or DATE_LABEL.match(after)):
                after = _LEADING_JUNK.sub("", after[more[1] :])
            if not _credit_after_date(after, known):
                # The comment count printed after the name ("19.6.2007 Jo Lee 71 Kommentare") is no part of it.
                after = _cut_comment_link(after).rstrip()
            if _credit_after_date(after, known):
                kept.append(_cut_comment_link(after))
            continue
        if DATE_LABEL.match(piece) and word_count(piece) <= DATE_LINE_MAX_EXTRA_WORDS + 1:
            continue
        kept.append(_cut_comment_link(piece))
    return [_TRAILING_JUNK.sub("", piece).strip() for piece in kept if piece.strip()], published


def _credit_after_date(after: str, known: Collection[str]) -> bool:
    """What follows a date in its piece is a credit: it opens with "by" or a ``known`` name, or is a bare name."""
    return (
        _BY_AFTER_DATE.match(after) is not None
        or any(after.startswith(name) for name in known if name)
        or (len(after) <= BARE_CREDIT_MAX_CHARS and BARE_NAME.match(after) is not None)
    )


def _cut_comment_link(piece: str) -> str:
    """A credit piece without the comment button printed in the credit row ("Leave a comment",
    "Kommentare 34"), at times glued to the name ("Ulrike Stockhausen Schreibe einen Kommentar")."""
    comment = COMMENT_LINK.search(piece)
    return piece[: comment.start()] if comment is not None else piece


def _desk_credit(text: str) -> bool:
    """A short capitalised credit that names no person ("By TMZ Staff", "Von Eurosport"); a label
    word after "By" or "About" is none ("By Fact Checked", "About Us")."""
    first = (text.split() or [""])[0].casefold()
    return (
        regex.match(r"^[\p{Lu}\p{Lo}]", text) is not None
        and word_count(text) <= 4
        and not ends_sentence(text)
        and (first in _ARTICLES or first not in NAME_STOPWORDS)
    )


def parse_credit(
    text: str,
    *,
    marked: bool = False,
    day_first: bool | None = None,
    known: Collection[str] = (),
    outlets: Collection[str] = (),
) -> Credit | None:
    """Read a line as a credit; ``None`` when it is not one.

    ``marked``: the page marks the line as a credit (class names, ``rel=author``), so a
    name followed by a role ("Richard Adams Education editor") is accepted without "By".
    ``day_first``: how to read an all-numeric date (see :func:`newsparse.dates.find_printed_date`).
    ``known``: names the page's metadata credits, ``outlets`` the site's own names (see
    :func:`split_authors`).
    """
    text = fold_whitespace(text)
    if not text or len(text) > CREDIT_MAX_CHARS or PHOTO_CREDIT.search(text):
        return None
    picture = _PICTURE_NAME.match(text)
    if picture is not None and is_plain_name(text[picture.end() :]):
        text = text[picture.end() :]
    text = _LOGO_ALT.sub("", text)
    text = _unglue(text)
    pieces, published = _split_date(text, day_first, known)
    # The piece with "By" in it is the credit; else the first piece that reads as one.
    pieces.sort(key=lambda piece: BYLINE_PREFIX.search(piece) is None)
    for piece in pieces:
        credit = _parse_piece(piece, published, marked=marked, day_first=day_first, known=known, outlets=outlets)
        if credit is not None:
            return credit
    return None


def _parse_piece(
    credit: str,
    published: dt.date | dt.datetime | None,
    *,
    marked: bool,
    day_first: bool | None,
    known: Collection[str] = (),
    outlets: Collection[str] = (),
) -> Credit | None:
    """One piece of a credit row read as the credit."""
    if _OTHER_PART.match(credit):
        # "Researched by Jo Lee" credits another part than the writing, whoever the metadata names.
        return None
    end = _credit_end(credit)
    if end is not None and end > 0:
        if published is None:
            published, _ = find_printed_date(credit[end:], day_first=day_first)
        credit = _TRAILING_JUNK.sub("", credit[:end])
    if not credit or DANGLING_BY.search(credit):
        return None
    # Decoration before the credit ("// By ...", "— By ...") is printed but is not part of the names.
    lead = LEADING_DECORATION.match(credit)
    offset = lead.end() if lead else 0
    body = credit[offset:]
    prefix = BYLINE_PREFIX.match(body)
    if prefix is not None and prefix.end() and body[prefix.end() - 1].isalpha():
        # "ByAlex Bozarjian": the page set the space with CSS; a reader sees "By Alex Bozarjian".
        credit = credit[: offset + prefix.end()] + " " + credit[offset + prefix.end() :]
    names_part = body[prefix.end() :] if prefix else body
    if not names_part.strip() or READING_TIME.match(names_part):
        return None
    by_word = prefix is not None and _BY_WORD.search(prefix.group()) is not None
    authors, agencies, clean, titled = split_authors(
        names_part,
        prefixed=prefix is not None,
        known=known,
        outlets=outlets,
        handles=by_word or _marked_handle(names_part, marked),
    )
    if prefix is not None:
        authors = tuple(name for name in authors if name.casefold() not in _DATE_NAMES)
    if prefix is None:
        # An unprefixed line must be names (and agencies) only, "Max Carter", "A, Reuters", "AFP",
        # or a name with a job title ("Ben Silverman Games Editor").
        limit = BARE_CREDIT_MAX_CHARS
        if clean and titled and names_with_degrees(credit):
            # Only names and their degrees: each co-author's degrees lengthen the line.
            limit = min(CREDIT_MAX_CHARS, max(limit, len(authors) * BARE_CREDIT_CHARS_PER_NAME))
        if len(credit) > limit or not (authors or (agencies and clean)):
            return None
        if not (clean or titled or marked):
            return None
        if ends_sentence(credit) and not credit.endswith(("Jr.", "Sr.")) and not regex.search(r"\b\p{Lu}\.$", credit):
            return None
    elif not authors and not agencies and not _desk_credit(names_part):
        # "By" followed by a sentence, not by names ("By the end of the year ...").
        return None
    return Credit(
        text=credit,
        authors=authors,
        agencies=agencies,
        published=published,
        prefixed=prefix is not None,
        titled=titled,
    )


# A job title printed on a line of its own under the name is a few words.
TITLE_LINE_MAX_WORDS = 6


# An avatar's initials printed before a name ("LP", "RF").
INITIALS = regex.compile(r"\p{Lu}{1,3}")


# A "By" printed in a block of its own before the name.
BARE_PREFIX = regex.compile(rf"(?i:{_BY_WORDS})\s*:?")


# A person's name typed in lower case in an author field: two or three words of letters.
LOWER_CASE_NAME = regex.compile(r"^\p{Ll}{2,}(?:\s\p{Ll}{2,}){1,2}$")


# A bare name line: two to four capitalised words and nothing else (checked before the full parse).
BARE_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){1,3}$")


def words_in_names(names: Sequence[str]) -> int:
    return sum(len(n.split()) for n in names if n.strip())


def is_other_part(text: str) -> bool:
    """A credit, or a role's label, for another part than the writing: "Edited by", "Fact checked
    by", "Reviewed by Jo Lee"."""
    return _OTHER_PART.match(text.strip()) is not None


def is_title_line(text: str) -> bool:
    """A short line that is a job title ("Games Editor", "Seattle Times business reporter")."""
    words = text.split()
    return (
        0 < len(words) <= TITLE_LINE_MAX_WORDS
        and not any(map(str.isdigit, text))
        and any(_job_title(w.strip(",.;:()")) for w in words)
    )


def is_plain_name(text: str) -> bool:
    """Two to four capitalised words: a name, whatever the words mean, unless it is an agency or
    a desk ("The Associated Press", "Staff Reports")."""
    words = text.split()
    return (
        2 <= len(words) <= NAME_MAX_WORDS - 1
        and all(_NAME_TOKEN.match(w) for w in words)
        and words[0].casefold() not in _ARTICLES
        and text.casefold() not in AGENCIES
        and not _desk(text)
    )
