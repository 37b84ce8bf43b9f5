"""Memos of pure functions of a string, bounded in entries and in the size of what they hold.

A crawl feeds newsparse millions of pages; a memo that keeps every new key grows without
end, and one keyed by long page strings keeps those strings alive. Every memo here keeps
at most ``entries`` keys, each at most ``max_chars`` long: a longer key is computed and
not remembered, so a memo never holds more than about ``entries * max_chars`` characters.
The answer never depends on what was asked before (the functions are pure).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["bounded_memo"]

_R = TypeVar("_R")


def bounded_memo(entries: int, max_chars: int) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Memoise a function whose first argument is a string: least recently used keys go first,
    and keys longer than ``max_chars`` are not remembered."""

    def wrap(fn: Callable[..., _R]) -> Callable[..., _R]:
        cached = functools.lru_cache(maxsize=entries)(fn)

        @functools.wraps(fn)
        def call(text: str, *args: Any) -> _R:
            if len(text) > max_chars:
                return fn(text, *args)
            return cached(text, *args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
