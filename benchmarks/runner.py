"""Run one tool over one corpus: timed per page, crashes caught, optionally in a fresh process.

A pass in its own spawned process gives each tool a clean heap, so its peak
memory is its own, and a tool that segfaults or leaks cannot hurt the others.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import signal
import sys
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from benchmarks.corpora import Page, load_corpus
from benchmarks.extractors import Extraction, Tool, ToolUnavailable, make_tool

__all__ = ["PassResult", "PeakMeter", "extract_pages", "memory_flat_check", "rss_mb", "run_pass", "spawn"]

DEFAULT_TIMEOUT = 60.0


class PageTimeout(Exception):
    """A tool took longer than the per-page limit (ANCHORS.md lists hangs among their failures)."""


@dataclass
class PassResult:
    """One tool's outputs and costs on one corpus."""

    tool: str
    label: str
    corpus: str
    available: bool
    note: str = ""
    fields: frozenset[str] = frozenset()
    extractions: list[Extraction] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (page key, "Type: message")
    peak_mb: float | None = None
    memory_method: str = ""


def maxrss_mb() -> float | None:
    """Peak resident set size of this process so far, in MB (None where unsupported)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1048576 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def _proc_status_mb(field_name: str) -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        pass
    return None


def rss_mb() -> float | None:
    """Current resident set size in MB (Linux /proc); falls back to the peak elsewhere."""
    current = _proc_status_mb("VmRSS")
    return current if current is not None else maxrss_mb()


class PeakMeter:
    """Peak RSS growth from now on, in MB.

    On Linux the high-water mark (VmHWM) is reset here through /proc/self/clear_refs,
    so that neither the page loading before nor the parent process counts:
    ``ru_maxrss`` of a spawned child starts at the parent's RSS (it is carried over
    fork + exec), which hid every tool's peak. Elsewhere: growth of ``ru_maxrss``.
    """

    def __init__(self) -> None:
        gc.collect()
        self.method = "ru_maxrss growth"
        try:
            with open("/proc/self/clear_refs", "w") as fh:
                fh.write("5")
            if _proc_status_mb("VmHWM") is not None:
                self.method = "VmHWM after reset"
        except OSError:
            pass
        self.base = rss_mb() if self.method == "VmHWM after reset" else maxrss_mb()

    def growth(self) -> float | None:
        peak = _proc_status_mb("VmHWM") if self.method == "VmHWM after reset" else maxrss_mb()
        return None if peak is None or self.base is None else max(0.0, peak - self.base)


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    usable = seconds > 0 and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expire(signum: int, frame: Any) -> None:
        raise PageTimeout(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_pages(
    tool: Tool, pages: Sequence[Page], timeout: float = DEFAULT_TIMEOUT
) -> tuple[list[Extraction], list[float], list[tuple[str, str]]]:
    """Run ``tool`` on every page: extractions, seconds per page (the call alone) and crashes."""
    extractions: list[Extraction] = []
    seconds: list[float] = []
    crashes: list[tuple[str, str]] = []
    for page in pages:
        error: BaseException | None = None
        raw: Any = None
        try:
            with _deadline(timeout):
                start = time.perf_counter()
                try:
                    raw = tool.run(page.html, page.url)
                finally:
                    seconds.append(time.perf_counter() - start)
        except Exception as exc:  # every failure of a tool is one crashed page, never the end of the run
            error = exc
        ex = Extraction()
        if error is None:
            try:
                ex = tool.convert(raw)
            except Exception as exc:
                error = exc
        if error is not None:
            message = " ".join(str(error).split())[:160]
            crashes.append((page.key, f"{type(error).__name__}: {message}" if message else type(error).__name__))
            ex = Extraction()
        extractions.append(ex)
    return extractions, seconds, crashes


def _isolate() -> None:
    """In a worker process: no network (ANCHORS measured without), no log or warning noise."""
    import socket

    def _refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("network disabled by the benchmark")

    socket.getaddrinfo = _refuse
    socket.create_connection = _refuse
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


def run_pass(tool_name: str, corpus: str, limit: int | None, timeout: float = DEFAULT_TIMEOUT) -> PassResult:
    """A whole pass in this process (meant to be a fresh one): load pages, import tool, extract.

    Peak memory = growth of ru_maxrss from after the pages were loaded to the end,
    so it includes importing the tool and everything it keeps.
    """
    _isolate()
    pages = load_corpus(corpus, limit)
    meter = PeakMeter()
    tool = make_tool(tool_name)
    try:
        tool.setup()
    except ToolUnavailable as exc:
        return PassResult(
            tool=tool_name,
            label=tool.name,
            corpus=corpus,
            available=False,
            note=str(exc),
            fields=tool.fields,
            extractions=[Extraction() for _ in pages],
        )
    extractions, seconds, crashes = extract_pages(tool, pages, timeout)
    peak = meter.growth()
    return PassResult(
        tool=tool_name,
        label=tool.label,
        corpus=corpus,
        available=True,
        fields=tool.fields,
        extractions=extractions,
        seconds=seconds,
        crashes=crashes,
        peak_mb=peak,
        memory_method=meter.method,
    )


def spawn(func: Any, *args: Any) -> Any:
    """Call ``func(*args)`` in a fresh spawned process and return its result."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(func, *args).result()


def spawn_pass(tool_name: str, corpus: str, limit: int | None, timeout: float = DEFAULT_TIMEOUT) -> PassResult:
    """:func:`run_pass` in a fresh process; a dead worker becomes an all-empty, noted result."""
    try:
        result: PassResult = spawn(run_pass, tool_name, corpus, limit, timeout)
        return result
    except Exception as exc:  # a dead (BrokenProcessPool) or failing worker must not end the whole run
        tool = make_tool(tool_name)
        n = len(load_corpus(corpus, limit))
        return PassResult(
            tool=tool_name,
            label=tool.name,
            corpus=corpus,
            available=False,
            note=f"worker failed ({type(exc).__name__}: {exc})",
            fields=tool.fields,
            extractions=[Extraction() for _ in range(n)],
        )


def memory_flat_check(n_parses: int = 1000, limit: int | None = None) -> dict[str, Any]:
    """newsparse over ``n_parses`` trafilatura-eval pages in one process: RSS after 100 pages,
    after one pass over the corpus and at the end.

    The corpus has 990 pages; the walk wraps around for more. newsparse's memo caches are
    bounded and fill during the first pass; after it, RSS should stay flat.
    """
    _isolate()
    pages = load_corpus("trafilatura-eval", limit)
    tool = make_tool("newsparse")
    try:
        tool.setup()
    except ToolUnavailable as exc:
        return {"available": False, "note": str(exc)}
    marks: dict[int, float | None] = {}
    errors = 0
    one_pass = min(n_parses, len(pages))
    checkpoints = {min(100, n_parses), one_pass, n_parses}
    for i in range(n_parses):
        page = pages[i % len(pages)]
        try:
            with _deadline(DEFAULT_TIMEOUT):
                tool.run(page.html, page.url)
        except Exception:
            errors += 1
        if i + 1 in checkpoints:
            gc.collect()
            marks[i + 1] = rss_mb()
    first, last = marks.get(min(100, n_parses)), marks.get(n_parses)
    return {
        "available": True,
        "n_parses": n_parses,
        "n_distinct": min(n_parses, len(pages)),
        "errors": errors,
        "rss_at_100": first,
        "rss_after_pass": marks.get(one_pass),
        "rss_at_end": last,
        "growth": None if first is None or last is None else last - first,
        "growth_after_pass": None if marks.get(one_pass) is None or last is None else last - (marks[one_pass] or 0.0),
    }
