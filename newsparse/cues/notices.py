"""The grammar of a copyright notice: "Copyright © 2024 Starfolk. All rights reserved." told from
other text, trimmed to the notice as printed, with its years and holder read out.

Works on strings alone; which notice of a page is the site's is the copyright rule's business
(:mod:`newsparse.segments.copyright`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from .lexicon import COPYRIGHT_SIGN, RIGHTS_RESERVED
from .text import fold_whitespace

__all__ = ["NOTICE_MAX_CHARS", "Notice", "is_notice", "parse_notice"]

# A notice is a line of the footer; a longer block that mentions copyright is prose about it.
NOTICE_MAX_CHARS = 300
# A footer block holding a notice among other legal text is read this far at most.
BLOCK_MAX_CHARS = 2000
# Words before the mark that still belong to the notice (see _keeps_prefix); more is a menu.
PREFIX_MAX_WORDS = 5
# An imprint printed before a notice that closes with "All rights reserved" is read this far back.
IMPRINT_MAX_CHARS = 240
# A rights phrase this close after the notice's row still belongs to it ("... | All rights reserved").
RIGHTS_REACH = 160
# A row after a notice that names nobody is its holder's row when it is this short ("| Edited by X").
HOLDER_ROW_MAX_CHARS = 60

# Substrings that every match of COPYRIGHT_SIGN / RIGHTS_RESERVED contains (casefolded): most
# blocks of a page hold none, and a substring test is far cheaper than the patterns.
_SIGN_STEMS = ("©", "&copy;", "(c)", "copyright", "copr")
_RIGHTS_STEMS = (
    "serv",
    "vorbehalten",
    "zastrze",
    "защищены",
    "vyhrazena",
    "vyhraden",
    "pidätetään",
    "förbehåll",
    "forbeholde",
    "fenntartva",
    "版权",
    "版權",
    "著作権",
    "무단",
    "محفوظة",
    "voorbehouden",
)
# Either kind of stem in one search: the common case (no stem at all) costs one scan. The
# search runs on lower-cased text: IGNORECASE makes `re` an order of magnitude slower here.
_STEMS = re.compile("|".join(re.escape(stem) for stem in (*_SIGN_STEMS, *_RIGHTS_STEMS)))
# Years a site can hold rights in; a wider range would catch street numbers and prices.
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_YEAR_RANGE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/]|to|bis|à|a)\s*((?:19|20)\d\d|\d\d)(?!\d)")
# Separators between the rows of a footer line ("© 2024 Foo | Privacy | Terms").
_CUT_AT = regex.compile(r"\s[|•·]\s|\s[|•·]|[|•·]\s|\s{2,}")
# In CJK text a space separates items, as a bar does elsewhere ("主办单位 版权所有：…").
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_CJK_SPACE = regex.compile(rf"(?<=[{_CJK}：:）)])\s+(?=[{_CJK}])")
_LEADING_YEARS = regex.compile(r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?")
# A sentence break: terminal punctuation, space, then a capital, digit or quote.
_SENTENCE_BREAK = regex.compile(r"[.!?。](?=\s+[\"“„«(]?[\p{Lu}\d])|。")
# Abbreviations whose dot ends no sentence ("Co. Limited", "St. Michael", "P.O. Box", "Dr. Adolfo").
_NO_BREAK_WORD = regex.compile(r"(?:^|\.)(?:co|st|dr|nr|no|av|o|sp|prof|mr|mrs|ms|jr|sr|\p{L})$", regex.IGNORECASE)
# Legal forms whose dot belongs to the holder's name; a notice may go on after them with an address.
_LEGAL_SUFFIX = regex.compile(
    r"(?:\b(?:inc|ltd|co|corp|llc|plc|s\.a|a\.s|sp\.\s*z\s*o\.o|s\.k\.a|s\.l|s\.p\.a|n\.v|b\.v|gmbh|ag|kg|k\.k|pty|pte"
    r"|l\.l\.c|srl|s\.r\.l|oyj|oy|ab|as|sa|limited|sas|sarl)\.?)$",
    regex.IGNORECASE,
)
# Of those, the abbreviations printed with a dot ("Inc.", "S.A."); acronyms ("LLC", "GmbH") take none.
_DOTTED_SUFFIX = regex.compile(
    r"(?:\b(?:inc|ltd|co|corp|s\.a|a\.s|sp\.\s*z\s*o\.o|s\.k\.a|s\.l|s\.p\.a|n\.v|b\.v|k\.k|pty|pte|l\.l\.c|s\.r\.l))$",
    regex.IGNORECASE,
)
# The marks and filler words around a holder's name.
_MARKS = regex.compile(
    r"©|&copy;|\(c\)|\bcopyright\b|\bcopr\.|\bdesde\b|\bsince\b|\bseit\b|\bdepuis\b|\bthe\s+copyright\s+holder\b|℗",
    regex.IGNORECASE,
)
_EDGE_PUNCT = " \t.,;:|-–—/()[]：，•·"
# Words that introduce a holder's name ("by individual contributors", "bei der Autorin", "Edito da X").
_HOLDER_LEAD = regex.compile(
    r"^\s*(?:(?:by|von|par|por|bei|di|editado\s+por|published\s+by|herausgegeben\s+von|édité\s+par)(?:\s+|$)"
    r"|edito\s+da(?:\s+|$|(?-i:(?=\p{Lu}))))",
    regex.IGNORECASE,
)
_HOLDER_INNER_LEAD = regex.compile(r"(\s(?:and|und|et|y|e|i)\s)(?:by|bei|von|par|por)\s", regex.IGNORECASE)
# "Foo Ltd or its affiliated companies": the holder is Foo Ltd.
_HOLDER_TAIL = regex.compile(
    r"\s+(?:or|and|und|et)\s+its\s+(?:affiliate|affiliated|licensor|subsidiar)\w*.*$",
    regex.IGNORECASE,
)
# A sentence after the name ("Condé Nast. Use of this site ..."), unless the name is a domain ("Foo.pe. Grupo Foo").
_HOLDER_SENTENCE = regex.compile(r"(?<!\.\p{L}{2,3})(?<=\w{2,})\.\s+(?=\p{Lu})")
# The parts of a holder joined by dashes ("Clarín.com - Clarín Digital").
_DASH_PARTS = regex.compile(r"\s+[-–—]\s+")
_NAME_WORD = regex.compile(
    r"^(?:[\p{Lu}\p{Lt}\p{N}\p{Lo}]|(?:de|del|la|le|du|des|di|da|do|dos|van|von|der|of|the|and|y|e|&)$)"
)
# A place printed after the legal form ("blu media network GmbH, Berlin").
_PLACE_TAIL = regex.compile(r",\s*\p{Lu}[\p{L}-]+$")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_DIGIT = regex.compile(r"\d")
# The entries of a footer's menu, which a dump without link marks glues to the notice ("© 2022 Foo
# Terms of use", "Terms of UseInterest-Based Ads Copyright © 2023 Foo"): the title of a legal page,
# the imprint, the contact page. An entry opens with a capital (in lower case it is a sentence's
# word) and ends where a word does or where the next entry's capital is glued on.
_MENU_ENTRY = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    r"terms\s+(?:of\s+(?:service|use|sale)|(?:and|&)\s+conditions)|privacy(?:\s+(?:policy|notice|statement))?"
    r"|cookie(?:s|\s+(?:policy|settings))?|contact(?:\s+us)?|sitemap|site\s+map"
    r"|impressum|datenschutz(?:erkl(?:ä|ae)rung)?|nutzungsbedingungen|agb|kontakt"
    r"|mentions\s+l(?:é|e)gales|politique\s+de\s+confidentialit(?:é|e)|cgu|cgv"
    r"|condiciones\s+de\s+uso|t(?:é|e)rminos\s+(?:de\s+uso|y\s+condiciones)|pol(?:í|i)tica\s+de\s+privacidad"
    r"|aviso\s+legal|prywatno(?:ść|sc)|regulamin"
    r")(?-i:(?![\p{Ll}\p{N}]))",
    regex.IGNORECASE,
)
# What may stand between two entries of a menu, or after the last one at the line's end.
_MENU_GAP = " \t|•·,;/-–—."
# Entries of one word that also name things ("Privacy International", "The Kontakt Group", "CJ
# CGV"): only where a menu shows around them do they open one; the others open one anywhere.
_NAME_LIKE_ENTRIES = frozenset(
    {"privacy", "contact", "kontakt", "cookie", "cookies", "cgv", "cgu", "agb", "prywatność"}
)
# A row's start before an entry: a separator printed between a footer's rows, or a dump's link mark.
_ROW_START = regex.compile(r"(?:[|•·/\[\]]|\s[-–—]|\s{2})\s*$")
# An imprint's owner field ("Propietario: Diario Foo S.A.").
_OWNER_LABEL = regex.compile(
    r"\b(?:propietari[oa]|proprietári[oa]|proprietari[oa]|propriétaire|owner|inhaber|właściciel|vlastník)\s*:\s*",
    regex.IGNORECASE,
)


def _years(text: str) -> tuple[int, ...]:
    years: list[int] = []
    for match in _YEAR.finditer(text):
        year = int(match.group())
        if year not in years:
            years.append(year)
    # "2012-24" prints the second year short; the annotations count it as 2024.
    for match in _YEAR_RANGE.finditer(text):
        end = match.group(2)
        if len(end) == 2:
            full = int(match.group(1)[:2] + end)
            if full not in years:
                years.append(full)
    return tuple(years)


def _names_nobody(text: str) -> bool:
    """Only marks, years and punctuation: the words so far name no one."""
    rest = _MARKS.sub(" ", _YEAR_RANGE.sub(" ", _YEAR.sub(" ", text)))
    rest = _HOLDER_LEAD.sub("", rest.strip(_EDGE_PUNCT))
    return not _WORD_CHAR.search(rest.strip(_EDGE_PUNCT))


def _name_part(part: str) -> bool:
    """A dash-joined part that is a name ("Clarín Digital"), not a sentence or a registration line."""
    if ":" in part or _DIGIT.search(part):
        return False
    return all(_NAME_WORD.match(w) for w in part.split())


def _clean_holder(text: str) -> str | None:
    text = _MARKS.sub(" ", text)
    text = _YEAR_RANGE.sub(" ", text)
    text = _YEAR.sub(" ", text)
    text = fold_whitespace(text).strip(_EDGE_PUNCT.replace(".", ""))
    text = _HOLDER_LEAD.sub("", text)
    text = _HOLDER_INNER_LEAD.sub(r"\1", text)
    text = _HOLDER_TAIL.sub("", text)
    for match in _HOLDER_SENTENCE.finditer(text):
        # "Company" goes on ("Foo & Co. KG", "Foo Co. Limited"); other sentences are not the name.
        if not regex.search(r"\bco$", text[: match.start()], regex.IGNORECASE):
            text = text[: match.start() + 1]
            break
    dashed = _DASH_PARTS.split(text)
    kept = [dashed[0]]
    for part in dashed[1:]:
        if _LEGAL_SUFFIX.search(kept[-1].rstrip(". ")) or not _name_part(part):
            break
        kept.append(part)
    text = " - ".join(kept)
    stripped = text.strip(_EDGE_PUNCT)
    if _PLACE_TAIL.search(stripped) and _LEGAL_SUFFIX.search(_PLACE_TAIL.sub("", stripped)):
        stripped = _PLACE_TAIL.sub("", stripped)
    if stripped and _DOTTED_SUFFIX.search(stripped) and text.rstrip(" ,;:|-–—/").endswith("."):
        stripped += "."
    stripped = stripped.strip()
    return stripped or None


def _holder(text: str) -> str | None:
    owner = _OWNER_LABEL.search(text)
    if owner is not None:
        # "Propietario: Diario Foo S.A." names the holder in an imprint.
        return _clean_holder(text[owner.end() : _sentence_end(text, owner.end(), len(text))])
    rights = RIGHTS_RESERVED.search(text)
    if rights is not None:
        before, after = text[: rights.start()], text[rights.end() :]
        # "All rights reserved" usually closes the notice; some put the holder after it
        # ("Todos los derechos reservados Editora Foo"), but not in a sentence of their own.
        if not _names_nobody(before):
            text = before
        elif after.lstrip().startswith(".") and COPYRIGHT_SIGN.search(after) is None:
            return None
        else:
            text = after
    mark = COPYRIGHT_SIGN.search(text)
    if mark is not None:
        if not _names_nobody(text[mark.end() :]):
            # The holder follows the mark; words before it lead into the notice ("Citylab.com ©").
            text = text[mark.end() :]
        else:
            # "… Foo News © 2020.": the holder is the last sentence before the mark.
            breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, mark.start())]
            text = text[breaks[-1] if breaks else 0 : mark.end()]
    # The first row that names someone: "© Copyright 2020 | Edito da Foo Srl".
    for row in _CUT_AT.split(text):
        if not _names_nobody(row):
            return _clean_holder(row)
    return None


def _keeps_prefix(prefix: str) -> bool:
    """Words printed before the mark that belong to the notice: a site's domain ("Citylab.com ©"),
    a phrase leading into it ("Portions of this content are ©"), or years ("1999 – 2021 ©")."""
    prefix = prefix.strip(_EDGE_PUNCT)
    if not prefix:
        return False
    if _LEADING_YEARS.fullmatch(prefix):
        return True
    words = prefix.split()
    if len(words) > PREFIX_MAX_WORDS:
        return False
    if len(words) == 1 and "." in words[0] and words[0][0].isalnum():
        return True
    return words[-1].islower() and words[-1].isalpha()


def _link_spans(text: str, links: Sequence[str]) -> list[tuple[int, int]]:
    """Where the block's link texts sit in its text, in order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for link in links:
        if not link:
            continue
        at = text.find(link, pos)
        if at < 0:
            continue
        spans.append((at, at + len(link)))
        pos = at + len(link)
    return spans


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence that goes on at ``start`` ends, at ``limit`` at most.

    A dot after an abbreviation ends nothing ("Co. Limited", "P.O. Box"); one after a legal
    form ("Inc.") ends the sentence unless an address follows ("Inc. 7th Floor, 130 West St.").
    """
    for match in _SENTENCE_BREAK.finditer(text, start, limit):
        before = text[start : match.start()]
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        if _DOTTED_SUFFIX.search(word) and not word.lower().endswith("co"):
            nxt = _SENTENCE_BREAK.search(text, match.end(), limit)
            following = text[match.end() : nxt.start() if nxt else limit]
            if _DIGIT.search(following):
                continue
        elif _NO_BREAK_WORD.search(word):
            continue
        return match.end()
    return limit


def _trim_notice(text: str, links: Sequence[str] = ()) -> str:
    """The notice sentence(s) of a footer line: from the mark (or the words that lead into it)
    through "All rights reserved." or the end of its sentence; menus, link rows and other
    footer sentences around it dropped."""
    text = fold_whitespace(text)
    marks = list(COPYRIGHT_SIGN.finditer(text))
    rights = list(RIGHTS_RESERVED.finditer(text))
    if not marks and not rights:
        return text
    primary = marks[0] if marks else rights[0]
    cuts = [(m.start(), m.end()) for m in _CUT_AT.finditer(text)]
    cuts += [(m.start(), m.end()) for m in _CJK_SPACE.finditer(text)]
    spans = _link_spans(text, links)
    # The row holding the notice: separators, and links printed before the mark (a menu), bound it.
    seg_start = max(
        [e for s, e in cuts if e <= primary.start()] + [e for s, e in spans if e <= primary.start()], default=0
    )
    seg_end = min([s for s, e in cuts if s >= primary.end()], default=len(text))
    for s, e in spans:
        # A link after the holder's name is the next menu entry ("© 2024 Foo Terms of use").
        if s >= primary.end() and not (s <= primary.start() < e) and not _names_nobody(text[primary.end() : s]):
            seg_end = min(seg_end, s)
            break
    anchors = sorted(
        [m for m in marks if seg_start <= m.start() and m.end() <= seg_end]
        + [m for m in rights if seg_start <= m.start() and m.end() <= seg_end],
        key=lambda m: m.start(),
    )
    if not anchors:
        anchors = [primary]
    first, last = anchors[0], anchors[-1]
    row = text[seg_start:seg_end]
    has_mark = any(seg_start <= m.start() < seg_end for m in marks)
    ends_with_rights = not text[last.end() : seg_end].strip(_EDGE_PUNCT) and last in rights

    if not has_mark:
        # "Alle Rechte vorbehalten. Für Fragen …", "光明网版权所有": a rights line is its whole row.
        return row.strip(" |•·")
    start = first.start()
    prefix = text[seg_start:start]
    if _keeps_prefix(prefix) or (
        ends_with_rights and len(prefix) <= IMPRINT_MAX_CHARS and _menu_entry(prefix, 0, len(prefix)) is None
    ):
        # A notice row that closes with "All rights reserved" is one notice from its start (the
        # publisher's imprint before the mark included).
        start = seg_start + len(prefix) - len(prefix.lstrip(_EDGE_PUNCT))
    if last in rights:
        end = last.end()
        if text.startswith(".", end):
            end += 1
    else:
        end = _sentence_end(text, last.end(), seg_end)
    notice_has_rights = any(start <= m.start() and m.end() <= end for m in rights)
    if not notice_has_rights and end == seg_end:
        # "Copyright 2017 Foo | All rights reserved": a rights phrase a row or two on closes the notice.
        for m in rights:
            if seg_end <= m.start() <= seg_end + RIGHTS_REACH and not any(seg_end <= s < m.start() for s, _ in spans):
                end = m.end() + (1 if text.startswith(".", m.end()) else 0)
                break
        else:
            if _names_nobody(text[start:end]):
                # "© Copyright 2020 | Edito da Foo Srl": the next row names the holder.
                nxt = min([s for s, _ in cuts if s > seg_end], default=len(text))
                after = next((e for s, e in cuts if s == seg_end), seg_end)
                row_text = text[after:nxt]
                whole_link = any(s <= after and nxt <= e for s, e in spans)
                if 0 < len(row_text.strip()) <= HOLDER_ROW_MAX_CHARS and not whole_link:
                    end = nxt
    entry = _menu_entry(text, last.end(), end)
    if entry is not None and not _names_nobody(text[last.end() : entry]):
        # The holder's name, then the footer's menu glued on: the menu is no part of the notice.
        end = entry
    return text[start:end].strip(" |•·").rstrip(" -–—")


def _menu_entry(text: str, start: int, end: int) -> int | None:
    """Where the footer menu glued to the text between ``start`` and ``end`` starts (see :data:`_MENU_ENTRY`).

    A word that also names things (:data:`_NAME_LIKE_ENTRIES`) opens a menu when it opens a row,
    when the next entry's capital is glued to it ("PrivacyTerms of Use"), when another entry follows
    it ("Privacy Contact"), or when it ends the line; one that capitalised words go on after is a
    word of a name ("Future of Privacy Forum", "The Kontakt Group"). Other entries open one anywhere.
    """
    for match in _MENU_ENTRY.finditer(text, start, end):
        if not text[match.start()].isupper():
            continue
        if match.group().casefold() not in _NAME_LIKE_ENTRIES or _ROW_START.search(text, start, match.start()):
            return match.start()
        if match.end() < end and text[match.end()].isalpha():
            return match.start()
        rest = end - len(text[match.end() : end].lstrip(_MENU_GAP))
        if rest >= end:
            return match.start()
        following = _MENU_ENTRY.match(text, rest, end)
        if following is not None and text[rest].isupper():
            return match.start()
    return None


class Notice(NamedTuple):
    """A notice as printed, with its years and holder."""

    text: str
    years: tuple[int, ...]
    holder: str | None


def parse_notice(text: str, links: Sequence[str] = ()) -> Notice:
    """Parse a printed notice into text (trimmed to the notice), years and holder.

    ``links`` are the texts of the links printed in the same line, in order (HTML): menu
    links before the mark or after the holder's name end the notice.
    """
    notice = _trim_notice(text, links)
    return Notice(text=notice, years=_years(notice), holder=_holder(notice))


def _rights_at_edge(text: str) -> bool:
    """A rights phrase that opens or closes its row: a notice, not a sentence about rights."""
    seps = [m.end() for m in _CUT_AT.finditer(text)]
    seps += [m.end() for m in _CJK_SPACE.finditer(text)]
    for match in RIGHTS_RESERVED.finditer(text):
        row_start = max((e for e in seps if e <= match.start()), default=0)
        head = text[row_start : match.start()]
        tail = text[match.end() :]
        if len(head) <= IMPRINT_MAX_CHARS and not tail.strip(_EDGE_PUNCT):
            return True
        if not head.strip(_EDGE_PUNCT) or head.rstrip().endswith((".", "-", "–", "—", ":")):
            return True
    return False


def is_notice(text: str) -> bool:
    """A short block's text that carries a copyright mark or a rights-reserved phrase."""
    if len(text) > BLOCK_MAX_CHARS:
        return False
    if _STEMS.search(text.lower()) is None:
        return False
    folded = text.casefold()
    if any(stem in folded for stem in _SIGN_STEMS) and COPYRIGHT_SIGN.search(text):
        return True
    return (
        any(stem in folded for stem in _RIGHTS_STEMS)
        and RIGHTS_RESERVED.search(text) is not None
        and _rights_at_edge(text)
    )
