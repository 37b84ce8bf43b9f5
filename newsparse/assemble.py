"""The orchestrator: from a page in block form to an :class:`~newsparse.article.Article`.

One plan for both kinds of input. Each step asks one segment rule, ``in_text`` for a text dump and
``in_html`` for an HTML page, with what the earlier steps found (:class:`~newsparse.found.Found`);
the rule returns its value and the blocks it took. The order is what the evidence needs:

- ``meta`` first: the page's own address and the base its links resolve against;
- ``headline``: where the story's header starts;
- ``story``: the blocks the story may take (on an HTML page the story container decides where
  the header ends and what is outside the story; a text dump reads from the headline down);
- ``copyright``: the notice, outside the story; in a dump, where the page's tail starts;
- ``byline`` and ``subheading``: the credit and the dek in the header;
- ``related``: the teasers outside the story (in a dump, the lines after it);
- ``body``: the story without what the steps before took;
- ``dates``: the date printed with the credit, and the page's dates.

Then the trust estimates read all of it (:mod:`newsparse.trust`), and the parts become an Article.
This is the only module that calls the segment rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, NamedTuple

from .article import Article, Byline, field_values
from .blocks import Page
from .cues.language import guess_language, normalize_language
from .diagnostics import NO_BODY, NO_TEXT, NO_TITLE_IN_DUMP, PageWarning
from .found import Found, Taken
from .segments import body, byline, copyright, dating, headline, pagemeta, related, subheading
from .trust.assess import assess

__all__ = ["PLAN", "assemble"]

Rule = Callable[[Page, Found], Taken[Any]]


class Step(NamedTuple):
    """One step of the plan: the :class:`Found` field it fills, and the rule for each kind of input."""

    field: str
    in_text: Rule
    in_html: Rule


PLAN: tuple[Step, ...] = (
    Step("meta", pagemeta.in_text, pagemeta.in_html),
    Step("headline", headline.in_text, headline.in_html),
    Step("story", body.story_in_text, body.story_in_html),
    Step("copyright", copyright.in_text, copyright.in_html),
    Step("byline", byline.in_text, byline.in_html),
    Step("subheading", subheading.in_text, subheading.in_html),
    Step("related", related.in_text, related.in_html),
    Step("body", body.in_text, body.in_html),
    Step("dates", dating.in_text, dating.in_html),
)


def find(page: Page, url: str | None = None) -> Found:
    """Every step of the plan in order, each handed what the ones before found."""
    found = Found(url=url)
    for step in PLAN:
        rule = step.in_html if page.is_html else step.in_text
        taken: dict[str, Any] = {step.field: rule(page, found)}
        found = dataclasses.replace(found, **taken)
    return _with_printed_date(found)


def _with_printed_date(found: Found) -> Found:
    """The date printed with the credit is the byline's, wherever the dating rule read it (a date
    by the headline, the metadata); a date with no credit gives a byline that names nobody."""
    printed = found.dates.value.printed
    credit = found.byline.value
    if printed is None:
        return found
    dated = Byline(text=credit.text if credit else "", authors=credit.authors if credit else (), published=printed)
    return dataclasses.replace(found, byline=Taken(dated, found.byline.blocks))


def assemble(page: Page, *, url: str | None = None, warnings: tuple[PageWarning, ...] = ()) -> Article:
    """Split a page in block form into the six segments, its dates, metadata and trust figures."""
    found = find(page, url)
    facts = found.meta.value
    story = found.body.value
    trust = assess(page, found)
    notes = warnings + trust.warnings + facts.warnings
    if not page.blocks:
        notes += (PageWarning(NO_TEXT, "the page has no visible text"),)
    elif not story.paragraphs:
        notes += (PageWarning(NO_BODY, "no article body found"),)
    elif not page.is_html and found.headline.value is None:
        notes += (PageWarning(NO_TITLE_IN_DUMP, "no line of the dump reads as a title near its prose"),)
    return Article(
        headline=found.headline.value,
        subheading=found.subheading.value,
        byline=found.byline.value,
        body=story.paragraphs,
        body_blocks=story.structure,
        related_links=found.related.value,
        copyright=found.copyright.value,
        description=page.hints.description,
        url=facts.page_url,
        language=normalize_language(page.hints.language) or guess_language(" ".join(story.paragraphs)),
        warnings=notes,
        **field_values(trust, "warnings"),
        **field_values(found.dates.value, "printed"),
        **field_values(facts, "page_url", "base", "warnings", "day_first"),
    )
