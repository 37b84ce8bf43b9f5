"""From blocks to an Article: the segment rules called in the order their evidence needs."""

from __future__ import annotations

from .article import Article, Byline, field_values
from .blocks import Hints, Page
from .cues.language import guess_language
from .diagnostics import NO_BODY, NO_TEXT, PageWarning
from .htmlsegments import segment_html
from .segments.body import text_body
from .segments.byline import find_text_byline
from .segments.copyright import find_copyright
from .segments.dating import Printed, page_dates
from .segments.headline import find_headline
from .segments.related import find_text_teasers
from .segments.structure import text_structure
from .segments.subheading import find_text_subheading
from .trust.assess import Found, assess

__all__ = ["segment_page"]


def segment_page(page: Page, *, url: str | None = None, warnings: tuple[PageWarning, ...] = ()) -> Article:
    """Split a page in block form into the six segments."""
    if page.is_html:
        return segment_html(page, url=url, warnings=warnings)
    return _segment_text(page, url=url, warnings=warnings)


def _segment_text(page: Page, *, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    """A text dump reads top to bottom: menus, headline, dek, credit, story, teasers, notice, menus."""
    blocks = page.blocks
    if not blocks:
        return Article(url=url, warnings=(*warnings, PageWarning(NO_TEXT, "the page has no text")))
    head_index, headline = find_headline(page)
    start = 0 if head_index is None else head_index + 1

    copyright_index, notice = find_copyright(page, start)
    end = len(blocks) if copyright_index is None else copyright_index

    credit_lines, byline, printed = find_text_byline(blocks, start, end)
    dek_lines, subheading = find_text_subheading(blocks, start, credit_lines)
    body_start = max([start, *(i + 1 for i in credit_lines), *(i + 1 for i in dek_lines)])

    echoes = [t for t in (subheading, headline) if t]
    teaser_start, related = find_text_teasers(blocks, body_start, end, echoes)
    body = text_body(blocks, body_start, teaser_start)
    if not body and teaser_start > body_start:
        body = text_body(blocks, body_start, end)
        related = ()

    if byline is not None and not byline.text:
        byline = None
    # A dump has no metadata: its dates are the printed one and the permalink's.
    dates = page_dates(Printed(printed, tuple(blocks[i] for i in credit_lines)), Hints(), url, blocks)
    language = guess_language(" ".join(body))
    trust = assess(
        page, Found(headline, subheading, body, byline if isinstance(byline, Byline) else None, related, url)
    )
    notes = trust.warnings
    if not body:
        notes = (*notes, PageWarning(NO_BODY, "no article body found"))
    return Article(
        headline=headline,
        subheading=subheading,
        byline=byline if isinstance(byline, Byline) else None,
        body=body,
        body_blocks=text_structure(body),
        related_links=related,
        copyright=notice,
        description=None,
        url=url,
        language=language,
        warnings=warnings + notes,
        **field_values(trust, "warnings"),
        **field_values(dates),
    )
