"""The segment rules applied to an HTML page, where tags, classes and metadata add evidence."""

from __future__ import annotations

from .article import Article, Byline, field_values
from .blocks import Page
from .cues.language import guess_language, normalize_language
from .cues.urls import page_base, page_url, url_warnings
from .diagnostics import NO_BODY, NO_TEXT, PageWarning
from .segments.body import html_body
from .segments.byline import find_html_byline
from .segments.copyright import find_html_copyright
from .segments.dating import page_dates, printed_date
from .segments.headline import find_headline
from .segments.pagemeta import page_facts
from .segments.related import find_html_related
from .segments.structure import html_structure
from .segments.subheading import find_html_subheading
from .trust.assess import Found, assess

__all__ = ["segment_html"]


def segment_html(page: Page, *, url: str | None, warnings: tuple[PageWarning, ...]) -> Article:
    """Split an HTML page in block form into the six segments."""
    blocks = page.blocks
    hints = page.hints
    head_index, headline = find_headline(page)
    story = html_body(page, head_index)
    body_indices = story.indices
    body_set = set(body_indices)
    # Lead paragraphs set apart from the story's container may be the dek: the header ends
    # where the container starts.
    first_body = story.container_start

    byline_indices, byline = find_html_byline(page, head_index, first_body, body_set)
    dek_indices, subheading = find_html_subheading(page, head_index, first_body, set(byline_indices))
    taken = set(byline_indices) | set(dek_indices)
    if head_index is not None:
        taken.add(head_index)
    base = page_base(hints, url)
    body, body_blocks = html_structure(page, [i for i in body_indices if i not in taken], base)

    printed = printed_date(
        page,
        head_index=head_index,
        first_body=first_body,
        body_indices=body_indices,
        byline_indices=byline_indices,
        credit_date=byline.published if byline is not None else None,
        url=url,
    )
    if printed.value is not None:
        # A date with no credit still dates the article: the byline then names nobody.
        byline = Byline(
            text=byline.text if byline else "", authors=byline.authors if byline else (), published=printed.value
        )
    language = normalize_language(hints.language) or guess_language(" ".join(body))
    dates = page_dates(printed, hints, url, blocks)

    facts = page_facts(hints, base)
    copyright_index, notice = find_html_copyright(page, body_set, hints)
    related = find_html_related(
        page, body_set, base, skip={copyright_index} if copyright_index is not None else set(), page_url=url
    )

    trust = assess(page, Found(headline, subheading, body, byline, related, page_url(hints, url), body_indices))
    notes = trust.warnings + url_warnings(hints, url)
    if not blocks:
        notes += (PageWarning(NO_TEXT, "the page has no visible text"),)
    elif not body:
        notes += (PageWarning(NO_BODY, "no article body found"),)
    return Article(
        headline=headline,
        subheading=subheading,
        byline=byline,
        body=body,
        body_blocks=body_blocks,
        related_links=related,
        copyright=notice,
        description=hints.description,
        url=page_url(hints, url),
        language=language,
        warnings=warnings + notes,
        **field_values(trust, "warnings"),
        **field_values(dates),
        **field_values(facts),
    )
