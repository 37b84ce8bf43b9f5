"""copyright: the site's copyright notice, where the page prints it: the last notice in a text
dump's tail, or the footer's notice of an HTML page (the grammar of a notice is
:mod:`newsparse.cues.notices`)."""

from __future__ import annotations

from collections.abc import Collection

import regex

from ..article import Copyright
from ..blocks import Block, Hints, Page
from ..cues.lexicon import AGENCIES, COPYRIGHT_SIGN
from ..cues.markup import F_CAPTION, F_FOOTER
from ..cues.notices import NOTICE_MAX_CHARS, Notice, is_notice, parse_notice
from ..found import Found, Taken

__all__ = ["in_html", "in_text"]

# A line that is mostly links after a notice is the footer's menu, not the notice going on.
CARRIED_MAX_LINK_DENSITY = 0.5
# A holder printed on the line under a bare "© 2019" is a name, not a sentence.
CARRIED_HOLDER_MAX_CHARS = 60
# A notice that is only its mark and years ("© 2019", "Copyright 1999-2021").
_BARE_YEAR_NOTICE = regex.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—]?\s*)+", regex.IGNORECASE)


def in_text(page: Page, found: Found) -> Taken[Copyright | None]:
    """The last notice after a text dump's story, however much footer text follows it; else the
    last one under its headline, in its tail (see :func:`_last_notice`)."""
    head = found.headline.first
    if found.story.blocks:
        after = _last_notice(page, found.story.blocks[-1] + 1, through_prose=True)
        if after[0] is not None:
            return _taken(*after)
    return _taken(*_last_notice(page, 0 if head is None else head + 1))


def in_html(page: Page, found: Found) -> Taken[Copyright | None]:
    """The site's notice, outside the story (see :func:`_site_notice`)."""
    return _taken(*_site_notice(page, set(found.story.blocks), page.hints))


def _taken(index: int | None, notice: Copyright | None) -> Taken[Copyright | None]:
    return Taken(notice, () if index is None else (index,))


def _last_notice(page: Page, start: int = 0, through_prose: bool = False) -> tuple[int | None, Copyright | None]:
    """The last notice at or after block ``start``, in the page's tail: footers close the page,
    so a notice with story paragraphs after it is a credit inside the story (unless
    ``through_prose``: ``start`` is past the story, and long lines there are the footer's small print).
    A news agency's notice for its syndicated copy gives way to the site's own above it."""
    agency: tuple[int, Copyright] | None = None
    for block in reversed(page.blocks[start:]):
        if len(block.text) > NOTICE_MAX_CHARS and not through_prose:
            break
        if is_notice(block.text):
            # Links the dump shows on the notice's line (footer menus glued to it) end the notice.
            notice = parse_notice(block.text, [link.text for link in block.links])
            carried = _carried_on(page, block.index, notice)
            if carried is not None:
                notice = parse_notice(f"{block.text} {carried.text}", [link.text for link in block.links])
            if len(notice.text) > NOTICE_MAX_CHARS:
                continue
            if not _is_agency_notice(notice):
                return block.index, Copyright(*notice)
            agency = agency or (block.index, Copyright(*notice))
    return agency if agency is not None else (None, None)


def _carried_on(page: Page, index: int, notice: Notice) -> Block | None:
    """The line after a dump's notice when the notice goes on in it: a tool broke the line
    mid-sentence (the next one starts in lower case: "... Wszystkie" / "prawa zastrzeżone."), or
    printed the holder under a bare year ("© 2019" / "The New York Times Company")."""
    if index + 1 >= len(page.blocks):
        return None
    line = page.blocks[index + 1]
    if line.tag != "line" or not line.text or line.link_density >= CARRIED_MAX_LINK_DENSITY:
        return None
    if line.text[0].islower() and len(line.text) <= NOTICE_MAX_CHARS:
        return line
    if _BARE_YEAR_NOTICE.fullmatch(notice.text) and len(line.text) <= CARRIED_HOLDER_MAX_CHARS:
        return line
    return None


def _is_agency_notice(notice: Notice) -> bool:
    """A notice for syndicated copy ("Associated Press articles: Copyright © AP"), not the site's."""
    return notice.holder is not None and notice.holder.casefold() in AGENCIES


def _site_notice(page: Page, body: Collection[int], hints: Hints) -> tuple[int | None, Copyright | None]:
    """The site's notice: outside the story, footer ones preferred.

    Photo credits ("© Jo Lee" in a caption or by a picture inside the story) are no notice:
    a notice without footer markup must come after the story's last paragraph. Among the
    rest a footer notice beats one elsewhere, one with a © mark beats a bare rights phrase,
    the site's beats a news agency's, and the last one wins (the desktop footer follows the
    mobile one and the menu's copy). JSON-LD ``copyrightHolder`` / ``copyrightYear`` fill in
    what the printed notice leaves out; the text is only ever what the page prints.
    """
    story_end = max(body) if body else -1
    best: tuple[tuple[bool, bool, bool, int], int, Notice] | None = None
    for block in page.blocks:
        if not is_notice(block.text):
            continue
        footer = bool(block.flags & F_FOOTER) or "footer" in block.path
        if block.flags & F_CAPTION and "footer" not in block.path:
            continue
        if not footer and (block.index in body or block.index < story_end):
            continue
        notice = parse_notice(block.text, [link.text for link in block.links])
        if not notice.text or len(notice.text) > NOTICE_MAX_CHARS:
            continue
        marked = COPYRIGHT_SIGN.search(notice.text) is not None
        rank = (footer, marked, not _is_agency_notice(notice), block.index)
        if best is None or rank > best[0]:
            best = (rank, block.index, notice)
    if best is None:
        return None, None
    _, index, notice = best
    if COPYRIGHT_SIGN.search(notice.text) is None:
        # A bare "All rights reserved" claims nothing for anyone; only a © notice is the metadata's.
        return index, Copyright(*notice)
    holder = notice.holder or hints.copyright_holder
    years = notice.years or ((hints.copyright_year,) if hints.copyright_year else ())
    return index, Copyright(text=notice.text, years=years, holder=holder)
