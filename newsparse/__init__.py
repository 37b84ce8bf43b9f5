"""newsparse: split raw news pages into headline, subheading, byline, body, related links and copyright.

>>> import newsparse
>>> article = newsparse.parse("Headline of the story\\nBy Jo Lee\\nThe story, told in a sentence.")
>>> article.headline, article.byline.authors
('Headline of the story', ('Jo Lee',))
"""

from __future__ import annotations

from .article import BLOCK_KINDS, PAGE_TYPES, Article, BodyBlock, Byline, Copyright, InlineLink, RelatedLink
from .diagnostics import WARNING_CODES, PageWarning
from .errors import ParseError
from .output.records import RECORD_COLUMNS, to_records
from .parser import parse, parse_html, parse_text
from .read.walk import walk_backend
from .run.batch import ParseFailure, parse_many

# The one place the version is written (pyproject.toml reads it from here).
__version__ = "0.1.0"

__all__ = [
    "BLOCK_KINDS",
    "PAGE_TYPES",
    "RECORD_COLUMNS",
    "WARNING_CODES",
    "Article",
    "BodyBlock",
    "Byline",
    "Copyright",
    "InlineLink",
    "PageWarning",
    "ParseError",
    "ParseFailure",
    "RelatedLink",
    "__version__",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
    "to_records",
    "walk_backend",
]


def __dir__() -> list[str]:
    # The public API, not the modules it is built from.
    return sorted(__all__)
