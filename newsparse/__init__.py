"""newsparse: split raw news pages into headline, subheading, byline, body, related links and copyright.

>>> import newsparse
>>> article = newsparse.parse("Headline of the story\\nBy Jo Lee\\nThe story, told in a sentence.")
>>> article.headline, article.byline.authors
('Headline of the story', ('Jo Lee',))
"""

from __future__ import annotations

from .article import Article, Byline, Copyright, RelatedLink
from .errors import ParseError
from .parser import parse, parse_html, parse_text

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Copyright",
    "ParseError",
    "RelatedLink",
    "__version__",
    "parse",
    "parse_html",
    "parse_text",
]
