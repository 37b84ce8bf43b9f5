"""Parse many pages: in order, over a pool of processes, with bounded work in flight.

:func:`parse_many` is ``[parse(p) for p in pages]`` as a stream: results come out in
input order while later pages are still being parsed, and at most a fixed number of
pages is held at any time, so memory stays flat however long the stream is. Every
value crossing a process boundary (the pages, :class:`~newsparse.Article`,
:class:`ParseFailure`) is picklable and the worker is a module-level function, so the
pool works under the ``spawn`` and ``forkserver`` start methods as well as ``fork``.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import signal
import sys
import threading
import types
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from lxml import etree

from ..article import Article
from ..errors import ParseError
from ..parser import parse, parse_html, parse_text

__all__ = ["PAGE_TIMEOUT", "Kind", "OnError", "ParseFailure", "parse_many"]

Kind = Literal["auto", "html", "text"]
OnError = Literal["raise", "skip", "return"]
Meta = TypeVar("Meta")

_PARSERS: dict[str, Callable[..., Article]] = {"auto": parse, "html": parse_html, "text": parse_text}
# Pages per task sent to a worker: parsing a page takes milliseconds, a task's round trip
# well under one, so small chunks keep both workers busy to the end without overhead.
DEFAULT_CHUNKSIZE = 4
# Chunks in flight per worker: enough that a worker never waits for the next one, few
# enough that memory is bounded (pages + results of workers * this * chunksize pages).
_CHUNKS_PER_WORKER = 4
# The error a failure reports when its worker process died (a crash in a C library, the
# out-of-memory killer) instead of raising.
WORKER_DIED = "WorkerDied"
# The error a failure reports when its page went over the time budget of the batch.
PAGE_TIMEOUT = "TimeoutError"


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """A page that could not be parsed: which one (``index`` in the input, its ``url``) and why.

    ``error`` is the exception's type name (``"ParseError"``, ``"TypeError"``, or
    ``"WorkerDied"`` when the process parsing it died) and ``message`` its text; ``path`` is the
    file, when the page was given as a path.
    """

    index: int
    url: str | None
    error: str
    message: str
    path: str | None = None

    def __str__(self) -> str:
        return f"{self.error}: {self.message}"

    def exception(self) -> Exception:
        """The exception to raise for this failure: the same type with the same message."""
        if self.error == "ParseError":
            return ParseError(self.message)
        cls = getattr(builtins, self.error, None)
        if isinstance(cls, type) and issubclass(cls, Exception):
            return cls(self.message)
        return RuntimeError(str(self))


@dataclass(frozen=True, slots=True)
class Job:
    """One page to parse: what a worker receives (picklable: the page must be too)."""

    index: int
    page: Any
    url: str | None = None
    # The charset a transport declared (the HTTP Content-Type), when there is one.
    encoding: str | None = None


def parse_job(kind: Kind, job: Job) -> Article:
    """Parse one job with the entry point for ``kind``; raises what that entry point raises."""
    return _PARSERS[kind](job.page, url=job.url, encoding=job.encoding)


class _OverBudget(BaseException):
    """Raised into a parse that went over its time budget (a BaseException: no ``except
    Exception`` on the way may swallow it)."""


# After the budget, the timer rings again this often (CPU seconds): Python ignores an exception
# raised while a garbage-collector callback or a ``__del__`` runs, so one ring may be lost.
BUDGET_RING_AGAIN_S = 0.02


def _over_budget(signum: int, frame: types.FrameType | None) -> None:
    if _inside_unraisable_hook(frame):
        # The hook is reporting an exception Python ignored (often an earlier ring's): raised
        # here, the hook itself would fail. The next ring comes BUDGET_RING_AGAIN_S later.
        return
    raise _OverBudget


def _inside_unraisable_hook(frame: types.FrameType | None) -> bool:
    """The signal landed in Python code called by ``sys.unraisablehook`` (the default hook is
    C code, where no handler runs; test runners and some applications install one in Python)."""
    hook = sys.unraisablehook
    code = getattr(getattr(hook, "func", hook), "__code__", None)  # a functools.partial, or a function
    if code is None:
        return False
    while frame is not None:
        if frame.f_code is code:
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def _cpu_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` of this process's CPU time. CPU time, not wall-clock
    time: a page's budget does not shrink when the machine is busy, so the same page fails or
    passes however loaded the machine is. Needs the main thread of the process (signals)."""
    if seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGPROF, _over_budget)
    signal.setitimer(signal.ITIMER_PROF, seconds, BUDGET_RING_AGAIN_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _timed_out(job: Job, seconds: float) -> ParseFailure:
    return ParseFailure(job.index, job.url, PAGE_TIMEOUT, f"parsing the page took more than {seconds:g} s of CPU time")


def _attempt(kind: Kind, job: Job, timeout: float | None = None) -> Article | ParseFailure:
    try:
        with _cpu_budget(timeout):
            return parse_job(kind, job)
    except _OverBudget:
        return _timed_out(job, timeout or 0.0)
    except Exception as exc:  # one bad page is reported as a value, never ends the batch
        return ParseFailure(job.index, job.url, type(exc).__name__, str(exc), _path_of(job.page))


def _path_of(page: Any) -> str | None:
    """The file a page was given as (a ``pathlib.Path`` or any ``os.PathLike``), else None."""
    return os.fsdecode(page) if isinstance(page, os.PathLike) else None


def _parse_chunk(kind: Kind, jobs: list[Job], timeout: float | None = None) -> list[Article | ParseFailure]:
    """The worker: parse a chunk of jobs, each failure a value so the others still count."""
    return [_attempt(kind, job, timeout) for job in jobs]


def _can_time_in_process() -> bool:
    """A budget can be kept in this process: on a platform with interval timers, in its main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def check_timeout(timeout: float | None) -> None:
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if timeout is not None and not hasattr(signal, "setitimer"):
        raise ValueError("timeout needs interval timers (signal.setitimer), which this platform lacks")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone decides what
    # it means, so workers do not print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


@dataclass(slots=True)
class _Slot(Generic[Meta]):
    """A chunk in flight: the callers' data for its pages and the future of their results."""

    metas: list[Meta]
    items: list[Job | ParseFailure]
    future: Future[list[Article | ParseFailure]] | None
    # Which pool the chunk went to: when a pool dies, all its chunks fail, but only the first rebuilds it.
    generation: int


class _Pool:
    """A process pool that is rebuilt when one of its workers dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.generation = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_ignore_interrupts)

    def submit(self, kind: Kind, jobs: list[Job], timeout: float | None = None) -> Future[list[Article | ParseFailure]]:
        return self.executor.submit(_parse_chunk, kind, jobs, timeout)

    def rebuild(self) -> None:
        self.close()
        self.executor = self._new()
        self.generation += 1

    def close(self) -> None:
        # Queued chunks are cancelled; the few in the workers' hands are waited for. Not waiting
        # leaves the pool's manager thread running into interpreter exit, where (Python 3.11) the
        # exit handler can write to the wake-up pipe the thread has just closed ("OSError: Bad
        # file descriptor", printed as an ignored exception); killing the workers instead can
        # leave a result half-written in the pool's pipe, which hangs the thread for good.
        self.executor.shutdown(wait=True, cancel_futures=True)


def _merge(items: list[Job | ParseFailure], results: Iterator[Article | ParseFailure]) -> list[Article | ParseFailure]:
    # Failures found before parsing (an unreadable file) keep their place among the results.
    return [item if isinstance(item, ParseFailure) else next(results) for item in items]


def _isolate(pool: _Pool, kind: Kind, jobs: list[Job], timeout: float | None) -> list[Article | ParseFailure]:
    """Rerun the jobs of a chunk whose worker died one at a time, to find the page that kills it."""
    results: list[Article | ParseFailure] = []
    for job in jobs:
        try:
            results.extend(pool.submit(kind, [job], timeout).result())
        except BrokenProcessPool:
            died = "the process parsing this page died"
            results.append(ParseFailure(job.index, job.url, WORKER_DIED, died, _path_of(job.page)))
            pool.rebuild()
    return results


def _collect(pool: _Pool, kind: Kind, slot: _Slot[Meta], timeout: float | None) -> list[Article | ParseFailure]:
    jobs = [item for item in slot.items if isinstance(item, Job)]
    if slot.future is None:
        return _merge(slot.items, iter(()))
    try:
        results = slot.future.result()
    except BrokenProcessPool:
        # Every chunk in flight fails with the pool; each is rerun page by page in a new one.
        if slot.generation == pool.generation:
            pool.rebuild()
        results = _isolate(pool, kind, jobs, timeout)
    return _merge(slot.items, iter(results))


def _chunks(
    items: Iterable[tuple[Meta, Job | ParseFailure]], size: int
) -> Iterator[tuple[list[Meta], list[Job | ParseFailure]]]:
    metas: list[Meta] = []
    batch: list[Job | ParseFailure] = []
    for meta, item in items:
        metas.append(meta)
        batch.append(item)
        if len(batch) >= size:
            yield metas, batch
            metas, batch = [], []
    if batch:
        yield metas, batch


def run_jobs(
    items: Iterable[tuple[Meta, Job | ParseFailure]],
    *,
    kind: Kind = "auto",
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    timeout: float | None = None,
) -> Generator[tuple[Meta, Article | ParseFailure], None, None]:
    """Parse the jobs of ``items`` and yield each with its caller's ``Meta``, in input order.

    An item may already be a :class:`ParseFailure` (found while reading the input); it
    comes out in its place. Failures are values here; :func:`parse_many` decides what
    they become. The input is consumed lazily: at most ``workers * 4 * chunksize`` pages
    are held at a time. A page that takes more than ``timeout`` seconds of CPU time is a
    failure (``"TimeoutError"``); one worker process keeps the budget where this thread cannot.
    """
    check_timeout(timeout)
    if workers <= 1 and (timeout is None or _can_time_in_process()):
        for meta, item in items:
            yield meta, item if isinstance(item, ParseFailure) else _attempt(kind, item, timeout)
        return
    pool = _Pool(max(1, workers))
    in_flight: deque[_Slot[Meta]] = deque()
    try:
        for metas, batch in _chunks(items, chunksize):
            jobs = [item for item in batch if isinstance(item, Job)]
            future = pool.submit(kind, jobs, timeout) if jobs else None
            in_flight.append(_Slot(metas, batch, future, pool.generation))
            while len(in_flight) >= workers * _CHUNKS_PER_WORKER:
                yield from _release(pool, kind, in_flight.popleft(), timeout)
        while in_flight:
            yield from _release(pool, kind, in_flight.popleft(), timeout)
    finally:
        # An early stop (a consumer that breaks off, Ctrl-C, a closed pipe) cancels what is
        # queued; the pages in the workers' hands are finished first (Ctrl-C again stops at once).
        pool.close()


def _release(
    pool: _Pool, kind: Kind, slot: _Slot[Meta], timeout: float | None
) -> Iterator[tuple[Meta, Article | ParseFailure]]:
    yield from zip(slot.metas, _collect(pool, kind, slot, timeout))


def parse_many(
    pages: Iterable[Any],
    *,
    urls: Iterable[str | None] | None = None,
    encodings: Iterable[str | None] | None = None,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: OnError = "raise",
    kind: Kind = "auto",
    timeout: float | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse ``pages`` and yield one result per page, in input order.

    The same results as ``[parse(p, url=u) for p, u in zip(pages, urls)]``, computed over
    ``workers`` processes (default: one per CPU; ``workers=1`` parses in this process,
    which also hands lxml trees to :func:`parse` as they are; with more workers a tree is
    sent as its serialised markup). ``urls``, when given, has one URL (or None) per page;
    ``encodings`` one transport charset (an HTTP Content-Type value, or None) per page, as
    ``encoding=`` of :func:`parse`. ``chunksize`` pages are sent to a worker at a
    time. ``kind`` picks :func:`parse` (``"auto"``), :func:`parse_html` or :func:`parse_text`.

    ``on_error`` says what a page that cannot be parsed becomes: ``"raise"`` raises its
    exception (after the results before it were yielded), ``"skip"`` leaves it out, and
    ``"return"`` yields a :class:`ParseFailure` in its place that names the page by its
    ``index`` (and ``url``) and says why.

    ``timeout``, in seconds, is each page's budget of CPU time: a page over it is stopped and
    fails as a ``TimeoutError`` (with ``on_error`` as above), and the batch goes on with the
    next page, in order. CPU time, so a busy machine fails no more pages than an idle one. It is
    kept with an interval timer (POSIX): in this process when ``workers=1`` and this is the
    main thread, else in worker processes.
    """
    if isinstance(pages, (str, bytes, bytearray, memoryview)):
        raise TypeError("pages must be an iterable of pages; wrap a single page in a list: parse_many([page])")
    if on_error not in ("raise", "skip", "return"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'return', not {on_error!r}")
    if kind not in _PARSERS:
        raise ValueError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    count = default_workers() if workers is None else workers
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    check_timeout(timeout)
    return _parse_many(pages, urls, encodings, count, chunksize, on_error, kind, timeout)


def _sendable(page: Any) -> Any:
    """The page as a worker process can receive it: lxml trees do not pickle, their markup does."""
    if isinstance(page, (etree._Element, etree._ElementTree)):
        return etree.tostring(page, encoding="unicode", method="html")
    return page


def _as_is(page: Any) -> Any:
    return page


def _aligned(
    pages: Iterable[Any], urls: Iterable[str | None] | None, encodings: Iterable[str | None] | None
) -> Iterator[tuple[Any, str | None, str | None]]:
    """(page, url, encoding) for each page; a given ``urls`` or ``encodings`` must have one entry per page."""
    given = [column for column in (urls, encodings) if column is not None]
    for row in zip(pages, *given, strict=bool(given)):
        values = iter(row[1:])
        yield row[0], next(values) if urls is not None else None, next(values) if encodings is not None else None


def _parse_many(
    pages: Iterable[Any],
    urls: Iterable[str | None] | None,
    encodings: Iterable[str | None] | None,
    workers: int,
    chunksize: int,
    on_error: OnError,
    kind: Kind,
    timeout: float | None = None,
) -> Iterator[Article | ParseFailure]:
    triples = _aligned(pages, urls, encodings)
    if workers == 1 and on_error == "raise" and timeout is None:
        # In process, the caller gets the very exception parse raised, traceback and all.
        for page, url, encoding in triples:
            yield parse_job(kind, Job(0, page, url, encoding))
        return
    in_process = workers == 1 and (timeout is None or _can_time_in_process())
    send = _as_is if in_process else _sendable
    jobs = ((index, Job(index, send(page), url, encoding)) for index, (page, url, encoding) in enumerate(triples))
    for _, result in run_jobs(jobs, kind=kind, workers=workers, chunksize=chunksize, timeout=timeout):
        if isinstance(result, ParseFailure):
            if on_error == "raise":
                raise result.exception()
            if on_error == "skip":
                continue
        yield result
