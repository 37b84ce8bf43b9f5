"""copyright: the notice as printed, with its years and holder parsed out."""

from __future__ import annotations

from collections.abc import Collection

import regex

from .article import Copyright
from .blocks import Block, Hints, Page
from .lexicon import COPYRIGHT_MARK, RIGHTS_RESERVED
from .markup import F_FOOTER
from .text import REGEX_TIMEOUT, fold_whitespace

__all__ = ["find_copyright", "find_html_copyright", "is_notice", "parse_notice"]

# A notice is a line of the footer; a longer block that mentions copyright is prose about it.
NOTICE_MAX_CHARS = 300
# Years a site can hold rights in; a wider range would catch street numbers and prices.
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
_YEAR_RANGE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/]|to|bis|à|a)\s*((?:19|20)\d\d|\d\d)(?!\d)")
# Where a notice sentence ends: after the rights phrase, or at a link row separator.
_AFTER_RIGHTS = regex.compile(r"[.!]?(?=\s|$)")
_CUT_AT = regex.compile(r"\s[|•·]\s|\s{2,}")
# Words before the mark that still belong to the notice (see _keeps_prefix); more is a menu.
PREFIX_MAX_WORDS = 5
_LEADING_YEARS = regex.compile(r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?")
# The marks and filler words around a holder's name.
_MARKS = regex.compile(
    r"©|&copy;|\(c\)|\bcopyright\b|\bcopr\.|\bdesde\b|\bsince\b|\bseit\b|\bdepuis\b|\bthe\s+copyright\s+holder\b",
    regex.IGNORECASE,
)
_EDGE_PUNCT = " \t.,;:|-–—/()[]：，"
# Filler around a holder's name: "by individual contributors", "Foo Ltd or its affiliated companies".
_HOLDER_TAIL = regex.compile(
    r"^\s*(?:by|von|par|por)\s+|\s+(?:or|and|und|et)\s+its\s+(?:affiliate|affiliated|licensor|subsidiar)\w*.*$"
    r"|\s+/\s.*$",
    regex.IGNORECASE,
)
# Legal-form abbreviations that end in a dot which belongs to the holder's name.
_LEGAL_SUFFIX = regex.compile(
    r"(?:\b(?:inc|ltd|co|corp|llc|plc|s\.a|a\.s|sp\.\s*z\s*o\.o|s\.l|s\.p\.a|n\.v|b\.v|gmbh|ag|k\.k|pty|pte|l\.l\.c)\.?)$",
    regex.IGNORECASE,
)


def _years(text: str) -> tuple[int, ...]:
    years: list[int] = []
    for match in _YEAR.finditer(text, timeout=REGEX_TIMEOUT):
        year = int(match.group())
        if year not in years:
            years.append(year)
    # "2012-24" prints the second year short; the annotations count it as 2024.
    for match in _YEAR_RANGE.finditer(text, timeout=REGEX_TIMEOUT):
        end = match.group(2)
        if len(end) == 2:
            full = int(match.group(1)[:2] + end)
            if full not in years:
                years.append(full)
    return tuple(years)


def _holder(text: str) -> str | None:
    rights = RIGHTS_RESERVED.search(text, timeout=REGEX_TIMEOUT)
    if rights is not None:
        before, after = text[: rights.start()], text[rights.end() :]
        # "All rights reserved" usually closes the notice; some put the holder after it.
        text = before if before.strip(_EDGE_PUNCT + " ©") else after
    mark = COPYRIGHT_MARK.search(text, timeout=REGEX_TIMEOUT)
    if mark is not None and _MARKS.sub("", _YEAR_RANGE.sub("", _YEAR.sub("", text[mark.end() :]))).strip(_EDGE_PUNCT):
        # The holder follows the mark; words before it lead into the notice ("Citylab.com ©").
        text = text[mark.end() :]
    cut = _CUT_AT.search(text, timeout=REGEX_TIMEOUT)
    if cut is not None:
        text = text[: cut.start()]
    text = _MARKS.sub(" ", text)
    text = _YEAR_RANGE.sub(" ", text)
    text = _YEAR.sub(" ", text)
    text = _HOLDER_TAIL.sub("", fold_whitespace(text))
    # A trailing sentence after the name ("Condé Nast. Use of this site ...") is not the holder.
    parts = regex.split(r"(?<=\w{2,})\.\s+(?=\p{Lu})", text)
    text = parts[0] if parts else text
    stripped = text.strip(_EDGE_PUNCT)
    if stripped and text.rstrip().endswith(".") and _LEGAL_SUFFIX.search(stripped + "."):
        stripped += "."
    stripped = stripped.strip()
    return stripped or None


def _keeps_prefix(prefix: str) -> bool:
    """Words printed before the mark that belong to the notice: a site's domain ("Citylab.com ©"),
    a phrase leading into it ("Portions of this content are ©"), or years ("1999 – 2021 ©")."""
    prefix = prefix.strip()
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


def _trim_notice(text: str) -> str:
    """The notice sentence(s): from the mark (or the words that lead into it) through
    "All rights reserved." or the end of its segment; links and menus around it dropped."""
    text = fold_whitespace(text)
    mark = COPYRIGHT_MARK.search(text, timeout=REGEX_TIMEOUT)
    rights = RIGHTS_RESERVED.search(text, timeout=REGEX_TIMEOUT)
    anchor = min((m.start() for m in (mark, rights) if m is not None), default=0)
    # The segment holding the notice: separators (" | ", wide gaps) split footer rows.
    seg_start = 0
    for sep in _CUT_AT.finditer(text, 0, anchor, timeout=REGEX_TIMEOUT):
        seg_start = sep.end()
    after = _CUT_AT.search(text, anchor, timeout=REGEX_TIMEOUT)
    seg_end = after.start() if after is not None else len(text)
    start = seg_start if _keeps_prefix(text[seg_start:anchor]) else anchor
    end = seg_end
    if rights is not None and mark is not None and mark.start() < rights.start() and rights.end() <= seg_end:
        # "© 2024 Foo. All rights reserved." ends the notice; what follows is other footer text.
        tail = _AFTER_RIGHTS.match(text, rights.end())
        end = tail.end() if tail is not None else rights.end()
    return text[start:end].strip()


def parse_notice(text: str) -> Copyright:
    """Parse a printed notice into text (trimmed to the notice), years and holder."""
    notice = _trim_notice(text)
    return Copyright(text=notice, years=_years(notice), holder=_holder(notice))


def is_notice(block: Block) -> bool:
    """A short block that carries a copyright mark or a rights-reserved phrase."""
    text = block.text
    if len(text) > NOTICE_MAX_CHARS * 2:
        return False
    return (
        COPYRIGHT_MARK.search(text, timeout=REGEX_TIMEOUT) is not None
        or RIGHTS_RESERVED.search(text, timeout=REGEX_TIMEOUT) is not None
    )


def find_copyright(page: Page, start: int = 0) -> tuple[int | None, Copyright | None]:
    """The last notice at or after block ``start``, in the page's tail: footers close the page,
    so a notice with story paragraphs after it is a credit inside the story."""
    for block in reversed(page.blocks[start:]):
        if len(block.text) > NOTICE_MAX_CHARS:
            break
        if is_notice(block):
            notice = parse_notice(block.text)
            if len(notice.text) <= NOTICE_MAX_CHARS:
                return block.index, notice
    return None, None


def find_html_copyright(
    page: Page, body: Collection[int], hints: Hints
) -> tuple[int | None, Copyright | None]:
    """The site's notice: the last one outside the story, footer ones preferred.

    JSON-LD ``copyrightHolder`` / ``copyrightYear`` fill in what the printed notice leaves out;
    the text is only ever what the page prints.
    """
    found: tuple[int, Copyright] | None = None
    for block in reversed(page.blocks):
        if block.index in body or not is_notice(block):
            continue
        notice = parse_notice(block.text)
        if len(notice.text) > NOTICE_MAX_CHARS or not notice.text:
            continue
        if found is None:
            found = (block.index, notice)
        if block.flags & F_FOOTER or "footer" in block.path:
            found = (block.index, notice)
            break
    if found is None:
        return None, None
    index, notice = found
    holder = notice.holder or hints.copyright_holder
    years = notice.years or ((hints.copyright_year,) if hints.copyright_year else ())
    return index, Copyright(text=notice.text, years=years, holder=holder)
