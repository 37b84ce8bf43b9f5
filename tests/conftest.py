"""Shared fixtures: one small news story as an HTML page and as a text dump, written for the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
# Paragraphs of a story about a river ferry, for the small pages that the segment tests build.
FERRY_PARAGRAPHS = (
    "The river ferry returned to service on Friday after three months in the dry dock at the north quay,"
    " where engineers replaced both engines and the worn steering gear.",
    "Commuters who had been taking the long road round the estuary said the crossing cut their morning"
    " journey by half an hour, and the first boat of the day was full before seven.",
    "The operator said the repairs cost more than planned because corrosion in the hull was worse than"
    " the survey had suggested, but that the timetable would not change this summer.",
)

# A shop's small print: legal notices, long prose but no story.
TERMS_OF_SALE = (
    "These terms and conditions govern your use of the shop and any purchase you make; by placing an order you"
    " agree to these terms, and the seller shall not be liable for any indirect loss under this agreement.",
    "The warranty applies only to defects in manufacture; the seller disclaims all other warranties, and the"
    " limitation of liability shall apply to the extent permitted by applicable law and jurisdiction.",
    "We process personal data according to our privacy policy; you may withdraw your consent at any time,"
    " and cookies are used as our cookie policy describes, subject to the terms of any third-party service.",
    "Any dispute arising from these conditions shall be settled by arbitration in the jurisdiction of the"
    " seller, and these terms may be terminated or amended by the seller with notice on the site.",
)
FERRY_STORY = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
# The keys of Article.to_dict(), in order: the API contract the tests hold the package to.
ARTICLE_FIELDS = [
    "headline",
    "subheading",
    "byline",
    "body",
    "related_links",
    "copyright",
    "description",
    "url",
    "language",
    "warnings",
    "published",
    "modified",
    "published_time",
    "modified_time",
    "page_type",
    "coherence",
    "confidence",
    "body_blocks",
    "site_name",
    "image",
    "section",
    "tags",
    "canonical_url",
]

HEADLINE = "Harbour Tunnel Opens After Six Years of Work"
SUBHEADING = "The tunnel cuts the crossing from forty minutes to four and will carry trams from next spring"
BYLINE = "By Ana Lima and Piet de Vries"
PARAGRAPHS = (
    "The harbour tunnel opened to traffic on Monday morning, six years after the first section was dug under"
    " the old docks and two years later than the city had promised.",
    "Drivers crossing from the north shore now reach the market district in about four minutes. The ferry that"
    " the tunnel replaces took forty, and stopped running at ten in the evening.",
    "“We have waited a long time for this,” said Marta Sousa, who runs a café near the south portal. “My"
    " suppliers used to arrive at noon. Today they came at seven.”",
    "The city expects about thirty thousand vehicles a day once the tram line through the tunnel opens next"
    " spring, and will review the tolls after the first year of operation.",
)
TEASERS = (
    "Ferry timetable changes for the winter season",
    "Tram line consultation draws record number of replies",
    "Market district parking rules to change in March",
)
NOTICE = "Copyright © 2025 Gull Bay Gazette. All rights reserved."

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | Gull Bay Gazette</title>
<meta name="description" content="The tunnel cuts the crossing to four minutes.">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>{HEADLINE}</h1>
<p class="dek">{SUBHEADING}</p>
<p class="byline">{BYLINE}</p>
{"".join(f"<p>{p}</p>{chr(10)}" for p in PARAGRAPHS)}</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/local/ferry-timetable-winter">{TEASERS[0]}</a></li>
<li><a href="/local/tram-line-consultation">{TEASERS[1]}</a></li>
<li><a href="https://gazette.example/local/market-district-parking">{TEASERS[2]}</a></li>
</ul></aside>
<footer><p>{NOTICE}</p></footer>
</body>
</html>
"""

TEXT_PAGE = "\n".join(("Home", "Local", HEADLINE, SUBHEADING, BYLINE, *PARAGRAPHS, *TEASERS, NOTICE)) + "\n"


@dataclass(frozen=True)
class Story:
    """What the fixture pages hold, segment by segment."""

    headline: str = HEADLINE
    subheading: str = SUBHEADING
    byline: str = BYLINE
    paragraphs: tuple[str, ...] = PARAGRAPHS
    teasers: tuple[str, ...] = TEASERS
    notice: str = NOTICE


@pytest.fixture
def story() -> Story:
    return Story()


@pytest.fixture
def html_page() -> str:
    return HTML_PAGE


@pytest.fixture
def text_page() -> str:
    return TEXT_PAGE


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT
