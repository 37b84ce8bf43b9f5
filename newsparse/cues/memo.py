"""Memos of pure functions of a string, bounded in entries and in the memory of what they hold.

A crawl feeds newsparse millions of pages; a memo that keeps every new key grows without
end, and one keyed by long page strings keeps those strings alive. Every memo here keeps
keys of at most ``max_chars`` characters and at most ``max_chars`` + :data:`KEY_OVERHEAD` bytes
as Python stores them (a character outside Latin-1 takes two or four bytes: a key of astral
characters is remembered only while it is a quarter as long), and at most as many keys as fit in
:data:`MEMO_MAX_BYTES`: a longer key is computed and not remembered. The answer never depends on
what was asked before (the functions are pure).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["KEY_OVERHEAD", "MEMO_MAX_BYTES", "bounded_memo", "key_bytes"]

_R = TypeVar("_R")

# The bytes a memo's keys may take in all: a process keeps its memos for its life, whatever it parsed.
MEMO_MAX_BYTES = 4 * 1024 * 1024
# What CPython's str header takes beside the characters (76 bytes for a non-Latin-1 string, with room).
KEY_OVERHEAD = 80
# The kinds of parameter a function of the string alone takes it as.
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def key_bytes(max_chars: int) -> int:
    """The most memory a key of a memo with ``max_chars`` may take."""
    return max_chars + KEY_OVERHEAD


def bounded_memo(entries: int, max_chars: int) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Memoise a function whose first argument is a string: least recently used keys go first,
    and keys longer than ``max_chars``, or larger in memory than :func:`key_bytes`, are not
    remembered; at most ``entries`` keys, fewer when so many would outgrow :data:`MEMO_MAX_BYTES`."""
    limit = key_bytes(max_chars)
    size = max(1, min(entries, MEMO_MAX_BYTES // limit))

    def wrap(fn: Callable[..., _R]) -> Callable[..., _R]:
        cached = functools.lru_cache(maxsize=size)(fn)
        getsizeof = sys.getsizeof

        # isascii() and getsizeof() read the string's header: O(1) whatever its length.
        def call_more(text: str, *args: Any) -> _R:
            if len(text) <= max_chars and (text.isascii() or getsizeof(text) <= limit):
                return cached(text, *args)
            return fn(text, *args)

        # A function of the string alone (most are) is called without packing the other arguments:
        # the memos are asked hundreds of thousands of times a thousand pages.
        def call_one(text: str) -> _R:
            if len(text) <= max_chars and (text.isascii() or getsizeof(text) <= limit):
                return cached(text)
            return fn(text)

        params = list(inspect.signature(fn).parameters.values())
        one = len(params) == 1 and params[0].kind in _POSITIONAL
        call = functools.wraps(fn)(call_one if one else call_more)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
