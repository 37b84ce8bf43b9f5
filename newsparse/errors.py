"""The one exception newsparse raises for input that is not a page."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """The input is not a page: empty, blank, binary, or not decodable as text."""
