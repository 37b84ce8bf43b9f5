"""byline: who wrote the article, as printed, with the person names split out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from ..article import Byline
from ..blocks import Block, Hints, Page, common_ancestor
from ..cues.dates import MONTH_WORDS, find_printed_date, parse_iso_like
from ..cues.language import normalize_language
from ..cues.lexicon import (
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
    PHOTO_CREDIT,
    ROLE_WORDS,
)
from ..cues.markup import F_BYLINE, F_CAPTION, F_COMMENTS, F_RELATED, F_SITE_FOOTER, F_TAGS
from ..cues.text import REGEX_TIMEOUT, comparable, ends_sentence, fold_whitespace, same_text, similarity, word_count
from .body import weighted_length

__all__ = [
    "Credit",
    "date_in_row",
    "find_html_byline",
    "find_text_byline",
    "is_date_line",
    "parse_credit",
    "split_authors",
]

# A credit is a short line; anything longer is prose that happens to start with "By".
CREDIT_MAX_CHARS = 200
# Without a "By" word, only a short line of names reads as a credit.
BARE_CREDIT_MAX_CHARS = 120
# A person's name has at most this many words (particles included).
NAME_MAX_WORDS = 5
# How many lines after the headline a text dump's credit and date may stand.
TEXT_BYLINE_WINDOW = 4
# A date line may carry a label and a time zone, but few other words.
DATE_LINE_MAX_EXTRA_WORDS = 3

# A row of items (credit, date, rubric, comment count) is a line, not a paragraph.
DATE_ROW_MAX_CHARS = 140
_ROW_SEPARATORS = regex.compile(r"\s+[|•·⋅—–/]\s+|\s+-\s+|\s*[|•·⋅]\s*")
_PIECE_SEPARATORS = regex.compile(r"\s+[|•·—–]\s+|\s+-\s+|\s*\|\s*")
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|[\p{Lo}\p{M}]+)$")
_HANDLE = regex.compile(r"@\w+|\S+@\S+\.\w+|https?://\S+")
_ORGANISATION_CASE = regex.compile(r"^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}+\p{Lu}*$|^\p{Lu}\p{Ll}+\p{Lu}{2,}")
_NAME_CASE = regex.compile(r"^(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz|O'|O’|D'|D’)\p{Lu}\p{Ll}+$")
_ARTICLES = frozenset(("the", "our", "die", "der", "la", "le", "el", "il", "a"))
_INITIAL_END = regex.compile(r"(?:^|\s|\.)\p{Lu}\.$|\b(?:Jr|Sr|St)\.$")
_CREDIT_END_HINT = regex.compile(
    r"\d|@|updated|published|posted|follow|e-?mail|twitter|mis\s+à\s+jour|aktualisiert|actualizado|reviewed|edited"
    r"|checked",
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
_DANGLING_BY = regex.compile(rf"(?:^|\s)(?:{_BY_WORDS})\s*:?$", regex.IGNORECASE)
# Degrees follow a name ("Jane Doe, PhD"); before a name these letters are a name ("Ma Si").
_DEGREES = frozenset(("md", "phd", "ma", "mba"))
# Title words that are also family names, taken as such after "By" and a lone given name.
_SURNAME_TITLES = frozenset(("staff", "fellow", "senior", "deputy"))
# A name and a job title glued together ("HalperStaff"): two capitalised words in one token.
_GLUED_TITLE = regex.compile(r"^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$")
# Footnote marks after a name in a paper's author list ("Adwan1", "Smith*", "Doe²").
_AFFILIATION_MARK = regex.compile(r"(?<=\p{Ll})(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+)(?:,\d{1,2})*$")
_PARENTHESES = regex.compile(r"\(([^()]{1,80})\)")
_NICKNAME = regex.compile(r"^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,12}$")
_NAME_CONTINUES = regex.compile(r"\s+\p{Lu}")
_LEADING_DECORATION = regex.compile(r"^[^\p{L}\p{N}]+")
# A one-word name is a person only in scripts written without spaces between given and family name.
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,4}$")
# Separators and connector words left at the end of a credit once its date is cut off ("A, le").
_TRAILING_JUNK = regex.compile(
    r"(?:[\s,]+\b(?:on|am|le|el|il|em|dnia|den|the)\b)?[\s,;:|/\-–—]+$|[\s,]+\b(?:on|am|le|el|il|em|dnia|den)$"
)
# Where the credit proper ends inside a credit block: at a date, a time, a handle or a button word.
# (A day and a month name are found by word lookup, see _credit_end: one alternation of every
# month word in every language costs tens of microseconds per line.)
_CREDIT_END_MARK = regex.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[\w.+-]+@[\w-]+\.\p{L}{2,}|@\w"
    r"|\d+\s+(?:min|hours?|hrs?|minutes?|days?|weeks?|months?|std|stunden?|minuten?|tage?n?|heures?|jours?|horas?|d[ií]as?)\b"
    r"|\b(?:updated|published(?!\s+by\b)|posted(?!\s+by\b)|follow|e-?mail|twitter|mis\s+à\s+jour|aktualisiert|actualizado)\b"
    # Another person's part after the credit: "By A, DVM. Reviewed by B", "A | Edited by B".
    r"|\b(?:medically\s+)?(?:reviewed|edited|fact[-\s]?checked)\s+by\b",
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
_USER_NAME = regex.compile(r"^(?=.*(?:^\p{Ll}|\p{Ll}\p{Lu}|[\d_.]))[\p{L}\p{N}][\p{L}\p{N}._\-]{1,30}$")


def _day(token: regex.Match[str]) -> bool:
    word = token.group()
    return len(word) <= 2 and word.isdigit()


def _credit_end(text: str) -> int | None:
    """Where a credit ends: before its date ("May 3", "3. Mai", "03/05/2024"), time, handle or
    button word, with the separators and preposition before it; ``None`` when nothing ends it."""
    mark = _CREDIT_END_MARK.search(text, timeout=REGEX_TIMEOUT) if _CREDIT_END_HINT.search(text) else None
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
    if not kept or len(kept) > NAME_MAX_WORDS:
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


def _unglue(text: str) -> str:
    """The credit with a space where the page set one with CSS (see _GLUED_PAIR, _GLUED_START)."""

    def repl(match: regex.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        whole = head + tail
        folded = tail.casefold()
        if _NAME_CASE.match(whole) or not (folded in NAME_STOPWORDS or _job_title(tail) or DATE_LABEL.match(tail)):
            return whole
        return head + " " + tail

    text = _GLUED_PAIR.sub(repl, text, timeout=REGEX_TIMEOUT)
    return _GLUED_START.sub(" ", text, timeout=REGEX_TIMEOUT)


def _job_title(word: str) -> bool:
    """A job title, also as the tail of a compound ("FOCUS-Online-Experte", "Co-Founder")."""
    folded = word.casefold()
    return folded in JOB_TITLES or ("-" in folded and folded.rsplit("-", 1)[1] in JOB_TITLES)


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
    for match in NAME_CONNECTOR.finditer(text, timeout=REGEX_TIMEOUT):
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
    if _titled_words(piece):
        # "A and Jane Senior": after "and", two words ending in a title that is also a family name are a name.
        surname = len(words) == 2 and words[1].casefold() in _SURNAME_TITLES and not _job_title(words[0])
        return after_comma or role_open or not surname
    if len(words) == 1 and following is not None and not _comma(following[1]) and _titled_words(following[0]):
        return True
    return role_open and not after_comma and len(words) == 1


def _outlet(piece: str, outlets: Collection[str]) -> bool:
    """The piece is one word that names the page's own site ("By IndustrySelect" on IndustrySelect's
    blog). (A site named after its writer, "Rick Steves", credits a person: two words are kept.)"""
    return " " not in piece and any(o and same_text(piece, o) for o in outlets)


def _without_outlet(piece: str, outlets: Collection[str]) -> str:
    """The piece without the site's name printed after the person's ("Elliot Brownstein Florida Today")."""
    words = piece.split()
    for outlet in outlets:
        size = len(outlet.split())
        if outlet and 0 < size < len(words) and same_text(" ".join(words[-size:]), outlet):
            return " ".join(words[:-size])
    return piece


def _user_name(word: str) -> bool:
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
    pieces = _connected_pieces(_unwrap_parentheses(names_part))
    # The pieces since the last name are its roles and credentials ("Ana Ruiz, MS, RDN, Dietitian").
    role_open = False
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
            if piece.endswith(inside):
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
            if _is_role(piece, after_comma, role_open, following):
                # "Eric Song, IGN Staff", "Ana Ruiz, Dietitian": the role of the name before it, not a
                # co-author; an affiliation may follow it ("Director, Acme Corp").
                titled = True
                role_open = True
                continue
        elif handles and len(pieces) == 1:
            words = piece.split()
            # (A word in lower case is a user name only alone: "By far the best" is prose.)
            handle = len(words) == 1 or (not words[0].isalpha() or not words[0].islower())
            if _user_name(words[0]) and handle and (len(words) == 1 or words[1].casefold() in NAME_STOPWORDS):
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
    pieces = _PIECE_SEPARATORS.split(text, timeout=REGEX_TIMEOUT)
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
            if (
                _BY_AFTER_DATE.match(after)
                or any(after.startswith(name) for name in known if name)
                or (len(after) <= BARE_CREDIT_MAX_CHARS and _BARE_NAME.match(after))
            ):
                kept.append(_cut_comment_link(after))
            continue
        if DATE_LABEL.match(piece) and word_count(piece) <= DATE_LINE_MAX_EXTRA_WORDS + 1:
            continue
        kept.append(_cut_comment_link(piece))
    return [_TRAILING_JUNK.sub("", piece).strip() for piece in kept if piece.strip()], published


def _cut_comment_link(piece: str) -> str:
    """A credit piece without the comment button printed in the credit row ("Leave a comment",
    "Kommentare 34"), at times glued to the name ("Ulrike Stockhausen Schreibe einen Kommentar")."""
    comment = COMMENT_LINK.search(piece, timeout=REGEX_TIMEOUT)
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
    if not text or len(text) > CREDIT_MAX_CHARS or PHOTO_CREDIT.search(text, timeout=REGEX_TIMEOUT):
        return None
    text = _unglue(text)
    pieces, published = _split_date(text, day_first, known)
    # The piece with "By" in it is the credit; else the first piece that reads as one.
    pieces.sort(key=lambda piece: BYLINE_PREFIX.search(piece, timeout=REGEX_TIMEOUT) is None)
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
    end = _credit_end(credit)
    if end is not None and end > 0:
        if published is None:
            published, _ = find_printed_date(credit[end:], day_first=day_first)
        credit = _TRAILING_JUNK.sub("", credit[:end])
    if not credit or _DANGLING_BY.search(credit, timeout=REGEX_TIMEOUT):
        return None
    # Decoration before the credit ("// By ...", "— By ...") is printed but is not part of the names.
    lead = _LEADING_DECORATION.match(credit)
    offset = lead.end() if lead else 0
    body = credit[offset:]
    prefix = BYLINE_PREFIX.match(body, timeout=REGEX_TIMEOUT)
    if prefix is not None and prefix.end() and body[prefix.end() - 1].isalpha():
        # "ByAlex Bozarjian": the page set the space with CSS; a reader sees "By Alex Bozarjian".
        credit = credit[: offset + prefix.end()] + " " + credit[offset + prefix.end() :]
    names_part = body[prefix.end() :] if prefix else body
    if not names_part.strip():
        return None
    by_word = prefix is not None and _BY_WORD.search(prefix.group()) is not None
    authors, agencies, clean, titled = split_authors(
        names_part, prefixed=prefix is not None, known=known, outlets=outlets, handles=by_word
    )
    if prefix is None:
        # An unprefixed line must be names (and agencies) only, "Max Carter", "A, Reuters", "AFP",
        # or a name with a job title ("Ben Silverman Games Editor").
        if len(credit) > BARE_CREDIT_MAX_CHARS or not (authors or (agencies and clean)):
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


def is_date_line(
    text: str, day_first: bool | None = None, max_extra_words: int = DATE_LINE_MAX_EXTRA_WORDS
) -> dt.date | dt.datetime | None:
    """The date of a line that is only a date (with a label, weekday or time, and at most
    ``max_extra_words`` other words: a time zone, a place), else ``None``."""
    if len(text) > 80:
        return None
    value, span = find_printed_date(text, day_first=day_first)
    if value is None or span is None:
        return None
    rest = DATE_LABEL.sub("", text[: span[0]]) + " " + text[span[1] :]
    if word_count(rest) > max_extra_words:
        return None
    return value


def date_in_row(text: str, day_first: bool | None = None) -> dt.date | dt.datetime | None:
    """The date of a short row of items, one of which is a date ("Paddy · April 19, 2019 · Mac",
    "Gunter Frank / 22.04.2020 / 06:15"), else ``None``. A sentence is no row ("The deadline –
    12 June 2025 – is final."); a long line is read by its first item only."""
    pieces = [p for p in _ROW_SEPARATORS.split(text[:DATE_ROW_MAX_CHARS], timeout=REGEX_TIMEOUT) if p.strip()]
    if len(text) > DATE_ROW_MAX_CHARS:
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


def find_text_byline(
    blocks: Sequence[Block], start: int, end: int
) -> tuple[tuple[int, ...], Byline | None, dt.date | dt.datetime | None]:
    """The credit and date lines just under a text dump's headline.

    Returns the indices of the lines used, the byline, and the date (also set on the
    byline when there is one).
    """
    used: list[int] = []
    credit: Credit | None = None
    published: dt.date | dt.datetime | None = None
    for block in blocks[start : min(end, start + TEXT_BYLINE_WINDOW)]:
        if credit is None:
            parsed = parse_credit(block.text)
            following = blocks[block.index + 1] if block.index + 1 < end else None
            if parsed is not None and not parsed.prefixed and following is not None:
                # Two name-shaped lines: the dek comes before the credit, so the second is the credit.
                later = parse_credit(following.text)
                if later is not None and (later.authors or later.prefixed):
                    parsed = None
            if parsed is not None:
                credit = parsed
                used.append(block.index)
                if parsed.published is not None and published is None:
                    published = parsed.published
                continue
        date = is_date_line(block.text)
        if date is not None:
            if published is None:
                published = date
            used.append(block.index)
            continue
        if credit is not None or used:
            break
    if credit is None:
        # A date with no credit still dates the article: the byline then names nobody.
        return tuple(used), (Byline(text="", published=published) if published else None), published
    return tuple(used), Byline(text=credit.text, authors=credit.authors, published=published), published


# --- HTML -----------------------------------------------------------------------------------

# Areas whose names are credits of something else (teasers, photo credits, the site's footer) or
# keyword lists. (Not any wrapper named "bottom": CSS utilities such as "pc-paddingbottom-16" hold credits.)
NOT_BYLINE = F_RELATED | F_CAPTION | F_SITE_FOOTER | F_TAGS | F_COMMENTS
# Quotations and embedded posts print their own attributions ("— Elon Musk (@elonmusk) May 3, 2024").
QUOTE_TAGS = frozenset(("blockquote", "q", "figcaption"))

# How far (in blocks) from the headline a credit may stand.
HTML_BYLINE_REACH = 25
# A metadata author this much like the site's name is the site, not a writer.
SITE_NAME_LIKENESS = 0.5
# Co-authors printed one per block: how many more blocks may follow the first credit.
MAX_SIBLING_CREDITS = 4
# The credit box: the wrappers of the first credit block this close to it hold its other parts.
CREDIT_BOX_LEVELS = 4
# Class words of an author's bio box, whose lines are no job title of the credit.
_BIO_WORDS = frozenset(("bio", "author-bio", "biography", "author-description", "description", "about"))
# A job title printed on a line of its own under the name is a few words.
TITLE_LINE_MAX_WORDS = 6
# A block is marked as a credit by its own element's name or its two nearest wrappers'.
CREDIT_MARK_LEVELS = 3
# An avatar's initials printed before a name ("LP", "RF").
_INITIALS = regex.compile(r"\p{Lu}{1,3}")
# A "By" printed in a block of its own before the name.
_BARE_PREFIX = regex.compile(rf"(?i:{_BY_WORDS})\s*:?")
# How many blocks around the story's last paragraph an end-of-story credit may stand.
END_CREDIT_REACH = 3
# Evidence needed before a block is taken as the credit.
MIN_CREDIT_SCORE = 1.0
# A link to the writer's page on the site: the name in it is a credit ("/author/jane-doe", "/team/...").
_AUTHOR_PAGE = regex.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|writers?|contributors?|columnists?|journalists?|reporters?"
    r"|people|staff|team|profiles?|userprofile|users?|members?)/[^/?#\s]+/?(?:[?#]|$)",
    regex.IGNORECASE,
)
# A person's name typed in lower case in an author field: two or three words of letters.
_LOWER_CASE_NAME = regex.compile(r"^\p{Ll}{2,}(?:\s\p{Ll}{2,}){1,2}$")
# Where the page's lower-case words are read (enough for the story's common words, bounded).
LOWER_CASE_SAMPLE_BLOCKS = 400
LOWER_CASE_SAMPLE_CHARS = 2000
# (A word in a handle, an address or a file name, "@russell", "russell.dev", is not read.)
_LOWER_WORD = regex.compile(r"(?<![\w@./\-])\p{Ll}{2,}(?![\w@./\-])")
# A bare name needs one of these beside it to be the credit: a date line, a job-title line, a label.
BARE_NAME_NEIGHBOURS = 2
# A bare name line: two to four capitalised words and nothing else (checked before the full parse).
_BARE_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){1,3}$")


def _agrees_with_hints(authors: Sequence[str], hint_authors: Sequence[str]) -> bool:
    wanted = {comparable(a) for a in hint_authors}
    return any(comparable(a) in wanted for a in authors)


def _html_credit_score(
    page: Page, block: Block, credit: Credit, distance: int, common: _LowerCaseWords | None = None
) -> float:
    score = 0.0
    hint_authors = page.hints.authors
    if page.near_flags(block, 3) & F_BYLINE or any(m in block.marks for m in ("itemprop:author", "rel:author")):
        score += 2.5
    if credit.prefixed:
        score += 2.0
    if credit.authors and _agrees_with_hints(credit.authors, hint_authors):
        score += 3.0
    if credit.published is not None:
        # "Chris Jung 28. Februar 2016": a name printed with a date is how credits look.
        score += 1.5
    if not credit.prefixed and credit.authors and all(len(a.split()) == 1 for a in credit.authors):
        # One word without "By" is as likely a section or a keyword ("Weltweit") as a name.
        score -= 1.5
    elif credit.authors:
        words = common or _LowerCaseWords(page)
        if not credit.prefixed and words.any_of(credit.authors):
            # Words the page prints in lower case are a rubric or a job ("Content Marketing
            # Coordinator", "Travel Tips"), not a name.
            score -= 1.5
        elif any(_AUTHOR_PAGE.search(link.href) for link in block.links):
            # A name linking to its writer's page on the site is marked as a credit, as rel=author is.
            score += 2.5 + (0.5 if block.link_density > 0.9 and not credit.prefixed else 0.0)
        elif not credit.prefixed and _credit_context(page, block):
            # A name alone on its line, set beside its date or job title.
            score += 1.5
    if page.near_flags(block, 5) & NOT_BYLINE:
        score -= 3.0
    if block.link_density > 0.9 and not credit.prefixed:
        score -= 0.5
    return score - distance * 0.03


class _LowerCaseWords:
    """The words a page prints in lower case (common words, not given or family names), read
    once per page and only when a bare name asks."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._words: frozenset[str] | None = None

    def any_of(self, names: Sequence[str]) -> bool:
        """Some word of the names is one the page prints in lower case: a rubric ("Travel Tips",
        "Key Features"), not a person's name."""
        if self._words is None:
            self._words = frozenset(
                w
                for b in self._page.blocks[:LOWER_CASE_SAMPLE_BLOCKS]
                for w in _LOWER_WORD.findall(b.text[:LOWER_CASE_SAMPLE_CHARS])
            )
        return any(
            w.casefold() in self._words
            for name in names
            for w in name.split()
            if w[:1].isupper() and w not in NAME_PARTICLES
        )


def _credit_context(page: Page, block: Block) -> bool:
    """What stands beside a name printed without "By" that links nowhere and is no heading: a
    date line, a job title line ("Tech Writer") or a lone label ("Written by") next to it."""
    if block.links or block.heading_level:
        return False
    blocks = page.blocks
    for other in blocks[max(0, block.index - BARE_NAME_NEIGHBOURS) : block.index + BARE_NAME_NEIGHBOURS + 1]:
        if other.index == block.index or len(other.text) > DATE_ROW_MAX_CHARS:
            continue
        text = other.text
        if other.datetime or _title_line(text) or DATE_LABEL.match(text) or _DANGLING_BY.search(text):
            return True
        if is_date_line(text) is not None or date_in_row(text) is not None:
            return True
    return False


def day_first_for(language: str | None) -> bool | None:
    """How a page in this language prints all-numeric dates: US English month first, the rest
    of the world day first; unknown language: guess per date."""
    lang = normalize_language(language)
    if lang is None:
        return None
    return lang != "en"


def _words_in_names(names: Sequence[str]) -> int:
    return sum(len(n.split()) for n in names if n.strip())


def _metadata_credit(hints: Hints) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the metadata credits (the site's own name and photo credits left out), and the
    person names in it. A credit naming no person (an agency, a desk, a user name) is kept as
    credit text with no authors, as a printed agency-only credit is."""
    credited: list[str] = []
    persons: list[str] = []
    for value in hints.authors:
        if PHOTO_CREDIT.search(value, timeout=REGEX_TIMEOUT):
            continue
        if hints.site_name and similarity(value, hints.site_name) >= SITE_NAME_LIKENESS:
            continue
        credited.append(value)
        if _user_name(value) or _LOWER_CASE_NAME.match(value):
            # A user name ("aawoods") or a name typed in lower case ("kirstin boatto") in the
            # author field: the writer's account.
            persons.append(value)
            continue
        credit = None if value.casefold() in AGENCIES else parse_credit(value, marked=True)
        if credit is None:
            continue
        # Only a value that is names and nothing else gives persons; "Organization for
        # Transformative Works" would lose its tail to the name rules, so it stays credit text.
        # A value with credentials or roles after the name gives the name ("Jane Doe, MS, RD").
        if credit.titled or _words_in_names(credit.authors) == _words_in_names(
            NAME_CONNECTOR.split(value, timeout=REGEX_TIMEOUT)
        ):
            persons.extend(a for a in credit.authors if a not in persons)
    return tuple(credited), tuple(persons)


def _with_metadata_names(credit: Credit, hints: Hints) -> Credit:
    """The metadata's persons when the page prints only the site's name as the credit ("Corti")."""
    if (
        credit.authors
        or not credit.agencies
        or not all(" " not in a and same_text(a, hints.site_name) for a in credit.agencies)
    ):
        return credit
    _, persons = _metadata_credit(hints)
    return dataclasses.replace(credit, authors=persons) if persons else credit


def _title_line(text: str) -> bool:
    """A short line that is a job title ("Games Editor", "Seattle Times business reporter")."""
    words = text.split()
    return (
        0 < len(words) <= TITLE_LINE_MAX_WORDS
        and not any(map(str.isdigit, text))
        and any(_job_title(w.strip(",.;:()")) for w in words)
    )


def _plain_name(text: str) -> bool:
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


def _with_next_names(page: Page, index: int, credit: Credit, day_first: bool | None) -> Credit:
    """A credit printed over several blocks of one credit box: co-authors one per block
    ("David Brand" / "and" / "Ramsey Khalifeh"), each marked as a credit like the first,
    with the avatar initials ("RF") and connector words between them, and a lone "By"
    before the first name. Their names join the credit, and its text reads as printed."""
    first = page.blocks[index]
    if not page.near_flags(first, CREDIT_MARK_LEVELS) & F_BYLINE or len(first.ancestors) < 2:
        return credit
    box = set(first.ancestors[-CREDIT_BOX_LEVELS:])
    authors = list(credit.authors)
    text = credit.text
    joiner = ", "
    for block in page.blocks[index + 1 : index + 1 + MAX_SIBLING_CREDITS * 2]:
        if common_ancestor(first, block) not in box:
            break
        piece = block.text.strip()
        if NAME_CONNECTOR.fullmatch(" " + piece + " ", timeout=REGEX_TIMEOUT):
            joiner = (piece + " ") if piece in (",", ";") else (" " + piece + " ")
            continue
        if _INITIALS.fullmatch(piece) and piece.casefold() not in AGENCIES:
            continue
        if not page.near_flags(block, CREDIT_MARK_LEVELS) & F_BYLINE:
            break
        more = parse_credit(piece, day_first=day_first, known=page.hints.authors, outlets=_outlets(page))
        after_connector = joiner != ", "
        if (
            not after_connector
            and _title_line(piece)
            and not _BIO_WORDS & page.element_tokens.get(block.ancestors[-1], frozenset())
        ):
            # The author's job title printed under the name: part of the credit as printed.
            text += " " + piece
            continue
        if after_connector and _plain_name(piece) and (more is None or more.authors != (piece,)):
            # After "and" comes a name, even one that reads as a title ("Jennifer Senior").
            more = Credit(text=piece, authors=(piece,), agencies=(), published=None, prefixed=False)
        if more is None or not more.authors:
            break
        new = [a for a in more.authors if a not in authors]
        if not new:
            break
        authors.extend(new)
        text += joiner + more.text
        joiner = ", "
    if index > 0 and not credit.prefixed:
        before = page.blocks[index - 1]
        if common_ancestor(first, before) in box and _BARE_PREFIX.fullmatch(before.text.strip()):
            text = before.text.strip() + " " + text
    if tuple(authors) == credit.authors and text == credit.text:
        return credit
    return Credit(
        text=text,
        authors=tuple(authors),
        agencies=credit.agencies,
        published=credit.published,
        prefixed=credit.prefixed,
    )


def _outlets(page: Page) -> tuple[str, ...]:
    """The site's own names, which a credit may print but which name no person."""
    return (page.hints.site_name,) if page.hints.site_name else ()


def _may_score(text: str, hint_authors: Sequence[str]) -> bool:
    """Cheap test for the evidence a credit needs to clear the bar (see _html_credit_score)."""
    if any(map(str.isdigit, text)):
        return True
    if any(name and name in text for name in hint_authors):
        return True
    if len(text) <= BARE_CREDIT_MAX_CHARS and _BARE_NAME.match(text):
        return True
    for piece in _PIECE_SEPARATORS.split(text, timeout=REGEX_TIMEOUT):
        lead = _LEADING_DECORATION.match(piece)
        if BYLINE_PREFIX.match(piece[lead.end() :] if lead else piece, timeout=REGEX_TIMEOUT):
            return True
    return False


def _scored_credit(
    page: Page,
    block: Block,
    body: Collection[int],
    anchor: int,
    day_first: bool | None,
    *,
    end_of_story: bool = False,
    after_story: bool = False,
    common: _LowerCaseWords | None = None,
) -> tuple[float, int, Credit] | None:
    """The block read as a credit, with its score, when it clears the bar. ``end_of_story``: a
    credit under the story's last paragraph needs a "By", a mark or a title; ``after_story``: one
    further down in the headline's reach needs a "By" or a title."""
    if len(block.text) > CREDIT_MAX_CHARS or (block.index in body and weighted_length(block.text) > 150):
        return None
    tags = page.element_tags
    if block.tag in QUOTE_TAGS or any(tags.get(ident) in QUOTE_TAGS for ident in block.ancestors):
        return None
    marked = bool(page.near_flags(block, 3) & F_BYLINE) or any(
        m in block.marks for m in ("itemprop:author", "rel:author")
    )
    text = block.text
    label = page.blocks[block.index - 1].text if block.index > 0 else ""
    opener = BYLINE_PREFIX.match(label, timeout=REGEX_TIMEOUT) if len(label) <= 20 else None
    if opener is not None and opener.end() == len(label) and _DANGLING_BY.search(label):
        # "Written by" / "Edzel Tabing": the label of the credit in an element of its own.
        text = label + " " + text
    if not marked and not _may_score(text, page.hints.authors):
        # Without a mark, a "By", a metadata name, a date or a bare name, no line scores as a
        # credit: skip the full parse, which most blocks near a headline would fail anyway.
        return None
    credit = parse_credit(text, marked=marked, day_first=day_first, known=page.hints.authors, outlets=_outlets(page))
    if credit is None or (end_of_story and not (credit.prefixed or marked or credit.titled)):
        return None
    if after_story and not (credit.prefixed or credit.titled):
        return None
    distance = 0 if end_of_story else abs(block.index - anchor)
    score = _html_credit_score(page, block, credit, distance, common)
    return (score, block.index, credit) if score >= MIN_CREDIT_SCORE else None


def find_html_byline(
    page: Page, head_index: int | None, first_body: int, body: Collection[int]
) -> tuple[tuple[int, ...], Byline | None]:
    """The credit block nearest the headline, and the date printed in or near it."""
    day_first = day_first_for(page.hints.language)
    blocks = page.blocks
    anchor = head_index if head_index is not None else first_body
    lo = max(0, anchor - 5)
    hi = min(len(blocks), max(anchor, first_body) + HTML_BYLINE_REACH)
    # Under the story stand teasers, comments and sidebars: a name there needs its "By".
    story_end = max(body) if body else len(blocks)
    common = _LowerCaseWords(page)
    best: tuple[float, int, Credit] | None = None
    for block in blocks[lo:hi]:
        if block.index == head_index:
            continue
        found = _scored_credit(page, block, body, anchor, day_first, after_story=block.index > story_end, common=common)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    if best is None and body:
        # Some pages credit the author only under the story ("Erstellt von ...", "Text: ...").
        last = max(body)
        for block in blocks[max(last - END_CREDIT_REACH, lo) : last + END_CREDIT_REACH + 1]:
            found = _scored_credit(page, block, body, anchor, day_first, end_of_story=True, common=common)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    if best is None:
        credited, authors = _metadata_credit(page.hints)
        if credited:
            return (), Byline(text=", ".join(credited), authors=authors)
        return (), None
    _, index, credit = best
    credit = _with_metadata_names(_with_next_names(page, index, credit, day_first), page.hints)
    published = credit.published
    used = [index]
    if published is None:
        # The date often stands in its own block right next to the credit.
        for block in blocks[max(0, index - 3) : index + 4]:
            if block.index == index:
                continue
            # A date line, or a short row with the date as one item ("Dec. 6, 2024 / Updated Dec. 7,
            # 2024": the printed first date is the publication, a <time> in it may be the update).
            value = is_date_line(block.text, day_first)
            if value is None and len(block.text) <= DATE_ROW_MAX_CHARS:
                value = date_in_row(block.text, day_first)
            if value is None and block.datetime and len(block.text) <= 80:
                value = parse_iso_like(block.datetime)
            if value is not None:
                published = value
                used.append(block.index)
                break
    if published is None and blocks[index].datetime:
        published = parse_iso_like(blocks[index].datetime or "")
    return tuple(used), Byline(text=credit.text, authors=credit.authors, published=published)
