"""parse_many: the results of parse() in input order, over processes, with bounded work in flight."""

from __future__ import annotations

import itertools
import os
import pickle
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import HTML_PAGE, TEXT_PAGE

import newsparse
from newsparse import ParseError, ParseFailure, parse_many
from newsparse.run.batch import _CHUNKS_PER_WORKER, WORKER_DIED


def pages(n: int) -> list[str]:
    """Small pages that differ from each other, HTML and text dumps mixed."""
    out = []
    for i in range(n):
        base = HTML_PAGE if i % 2 else TEXT_PAGE
        out.append(base.replace("Harbour Tunnel", f"Harbour Tunnel {i}"))
    return out


class _KillsWorker:
    """A page whose unpickling ends the process that receives it: a worker that dies mid-batch."""

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        return (os._exit, (3,))


@pytest.mark.parametrize("workers", [1, 2])
def test_same_results_as_parse_in_order(workers: int) -> None:
    batch = pages(11)
    urls = [f"https://news.example/{i}" for i in range(11)]
    expected = [newsparse.parse(p, url=u) for p, u in zip(batch, urls)]
    assert list(parse_many(batch, urls=urls, workers=workers, chunksize=2)) == expected


@pytest.mark.parametrize("workers", [1, 2])
def test_on_error_return_names_the_page_and_why(workers: int) -> None:
    batch: list[Any] = [HTML_PAGE, b"", TEXT_PAGE, 42]
    urls = ["https://a.example/", "https://b.example/", None, "https://d.example/"]
    results = list(parse_many(batch, urls=urls, workers=workers, on_error="return"))
    assert results[0] == newsparse.parse(HTML_PAGE, url=urls[0])
    assert results[2] == newsparse.parse(TEXT_PAGE)
    empty, wrong_type = results[1], results[3]
    assert isinstance(empty, ParseFailure) and isinstance(wrong_type, ParseFailure)
    assert (empty.index, empty.url, empty.error) == (1, "https://b.example/", "ParseError")
    assert "empty" in empty.message
    assert (wrong_type.index, wrong_type.error) == (3, "TypeError")
    assert "int" in str(wrong_type)


@pytest.mark.parametrize("workers", [1, 2])
def test_on_error_skip_leaves_the_page_out(workers: int) -> None:
    results = list(parse_many([b"", HTML_PAGE, b"   "], workers=workers, on_error="skip"))
    assert results == [newsparse.parse(HTML_PAGE)]


@pytest.mark.parametrize("workers", [1, 2])
def test_on_error_raise_raises_after_the_pages_before(workers: int) -> None:
    results = parse_many([HTML_PAGE, b"", TEXT_PAGE], workers=workers)
    assert next(results) == newsparse.parse(HTML_PAGE)
    with pytest.raises(ParseError, match="empty"):
        next(results)


def test_failure_rebuilds_the_exception() -> None:
    assert isinstance(ParseFailure(0, None, "ParseError", "x").exception(), ParseError)
    assert isinstance(ParseFailure(0, None, "TypeError", "x").exception(), TypeError)
    odd = ParseFailure(0, None, "SomethingElse", "x").exception()
    assert isinstance(odd, RuntimeError) and "SomethingElse" in str(odd)


def test_results_and_failures_pickle() -> None:
    results = list(parse_many([HTML_PAGE, b""], workers=1, on_error="return"))
    assert pickle.loads(pickle.dumps(results)) == results


def test_a_dead_worker_fails_its_page_only() -> None:
    batch: list[Any] = [HTML_PAGE, _KillsWorker(), TEXT_PAGE, HTML_PAGE]
    results = list(parse_many(batch, workers=2, chunksize=2, on_error="return"))
    assert len(results) == 4
    dead = results[1]
    assert isinstance(dead, ParseFailure) and dead.error == WORKER_DIED and dead.index == 1
    assert results[0] == results[3] == newsparse.parse(HTML_PAGE)
    assert results[2] == newsparse.parse(TEXT_PAGE)


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_lazily_with_bounded_work_in_flight(workers: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for page in itertools.cycle(pages(4)):
            pulled += 1
            yield page

    chunksize = 2
    results = parse_many(endless(), workers=workers, chunksize=chunksize)
    first = list(itertools.islice(results, 3))
    assert len(first) == 3
    bound = 3 + workers * _CHUNKS_PER_WORKER * chunksize if workers > 1 else 3
    assert pulled <= bound
    results.close()  # stops the pool; nothing hangs


def test_urls_must_match_the_pages() -> None:
    with pytest.raises(ValueError):
        list(parse_many([HTML_PAGE, TEXT_PAGE], urls=["https://a.example/"], workers=1))


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"chunksize": 0}, {"on_error": "ignore"}, {"kind": "pdf"}], ids=str)
def test_bad_arguments_are_refused_at_the_call(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        parse_many([HTML_PAGE], **kwargs)


def test_kind_picks_the_parser() -> None:
    assert list(parse_many([HTML_PAGE], kind="text", workers=1)) == [newsparse.parse_text(HTML_PAGE)]


def test_spawned_workers(tmp_path: Path, repo_root: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(
        textwrap.dedent(
            """
            import multiprocessing, sys
            import newsparse

            if __name__ == "__main__":
                multiprocessing.set_start_method("spawn")
                pages = [sys.argv[1], sys.argv[2], b""] * 3
                got = list(newsparse.parse_many(pages, workers=2, chunksize=1, on_error="return"))
                want = [newsparse.parse(p) if p else None for p in pages]
                ok = all(g == w if w is not None else isinstance(g, newsparse.ParseFailure) for g, w in zip(got, want))
                print("ok" if ok and len(got) == len(pages) else "mismatch")
            """
        )
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, str(script), HTML_PAGE, TEXT_PAGE],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_a_transport_charset_decides_the_decoding() -> None:
    from newsparse.run import batch

    page = "<html><body><h1>Новости города</h1><p>Паром снова ходит по вечерам.</p></body></html>"
    data = page.encode("windows-1251")
    article = batch.parse_job("html", batch.Job(0, data, None, "windows-1251"))
    assert article.headline == "Новости города"
    assert article == newsparse.parse_html(data, encoding="windows-1251")
    assert batch.parse_job("html", batch.Job(1, HTML_PAGE.encode())) == newsparse.parse_html(HTML_PAGE.encode())


@pytest.mark.parametrize("workers", [1, 2])
def test_encodings_are_passed_page_by_page(workers: int) -> None:
    page = "<html><body><h1>Новости города</h1><p>" + "Паром снова ходит по вечерам. " * 8 + "</p></body></html>"
    pages = [page.encode("windows-1251"), HTML_PAGE.encode()]
    encodings = ["text/html; charset=windows-1251", None]
    results = list(parse_many(pages, encodings=encodings, urls=["https://a.example/x", None], workers=workers))
    assert results[0] == newsparse.parse(pages[0], url="https://a.example/x", encoding=encodings[0])
    assert results[0].headline == "Новости города"
    assert results[1] == newsparse.parse(pages[1])
    with pytest.raises(ValueError):
        list(parse_many(pages, encodings=[None], workers=1))


@pytest.mark.parametrize("page", [HTML_PAGE, HTML_PAGE.encode()], ids=["str", "bytes"])
def test_a_single_page_is_no_iterable_of_pages(page: Any) -> None:
    with pytest.raises(TypeError, match="wrap a single page in a list"):
        parse_many(page)


def test_lxml_trees_go_to_worker_processes_as_markup() -> None:
    import lxml.html

    trees = [lxml.html.document_fromstring(HTML_PAGE), lxml.html.document_fromstring(HTML_PAGE).getroottree()]
    results = list(parse_many(trees, workers=2, on_error="return"))
    assert all(isinstance(r, newsparse.Article) for r in results)
    assert [r.body for r in results] == [newsparse.parse(HTML_PAGE).body] * 2


# --- a time budget per page ---------------------------------------------------------------------------

# Seconds of CPU time whatever the memos hold: every paragraph is new (a repeated one is cheap
# once its facts are memoised, and a faster parser must not turn this page into a quick one).
SLOW_PAGE = "<html><body><h1>A long page</h1>" + "".join(
    f"<p>Paragraph {i} of the long page, number {i * 7919 % 100_003}, with words in it.</p>" for i in range(100_000)
)
QUICK_PAGE = "<html><body><h1>Ferry back</h1><p>The ferry runs again across the bay from Monday.</p></body></html>"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_over_its_time_budget_is_a_failure_and_the_batch_goes_on(workers: int) -> None:
    pages = [QUICK_PAGE, SLOW_PAGE, QUICK_PAGE, SLOW_PAGE, QUICK_PAGE]
    results = list(parse_many(pages, workers=workers, on_error="return", timeout=0.5, chunksize=1))
    assert [type(r).__name__ for r in results] == ["Article", "ParseFailure"] * 2 + ["Article"]
    failure = results[1]
    assert isinstance(failure, ParseFailure) and failure.error == "TimeoutError" and failure.index == 1
    assert "0.5 s of CPU time" in failure.message
    assert all(r.headline == "Ferry back" for r in results[::2] if isinstance(r, newsparse.Article))


def test_a_time_budget_in_another_thread_is_kept_by_a_worker_process() -> None:
    box: list[Any] = []
    thread = threading.Thread(
        target=lambda: box.extend(parse_many([SLOW_PAGE, QUICK_PAGE], workers=1, on_error="return", timeout=0.5))
    )
    thread.start()
    thread.join()
    assert [type(r).__name__ for r in box] == ["ParseFailure", "Article"]


def test_a_page_over_its_time_budget_raises_timeout_error_by_default() -> None:
    with pytest.raises(TimeoutError):
        list(parse_many([SLOW_PAGE], workers=1, timeout=0.5))


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_the_time_budget_is_a_positive_number(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        parse_many([QUICK_PAGE], timeout=timeout)


def _burn_cpu(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_time_budget_holds_when_its_signal_lands_in_a_garbage_collector_callback() -> None:
    import gc

    def busy(phase: str, info: dict[str, int]) -> None:
        # Most of the process's CPU time is spent here, where Python ignores a raised exception.
        _burn_cpu(0.005)

    gc.callbacks.append(busy)
    try:
        results = list(parse_many([SLOW_PAGE, QUICK_PAGE], workers=1, on_error="return", timeout=0.5))
    finally:
        gc.callbacks.remove(busy)
    assert [type(r).__name__ for r in results] == ["ParseFailure", "Article"]


def test_a_time_budget_never_raises_inside_an_unraisable_exception_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    raised_in_hook: list[BaseException] = []

    def reporting_hook(unraisable: object) -> None:
        # A hook written in Python (test runners install one), slow enough that a ring lands in it.
        try:
            _burn_cpu(0.03)
        except BaseException as exc:
            raised_in_hook.append(exc)

    def busy(phase: str, info: dict[str, int]) -> None:
        _burn_cpu(0.005)

    monkeypatch.setattr(sys, "unraisablehook", reporting_hook)
    gc.callbacks.append(busy)
    try:
        results = list(parse_many([SLOW_PAGE, QUICK_PAGE], workers=1, on_error="return", timeout=0.2))
    finally:
        gc.callbacks.remove(busy)
    assert [type(r).__name__ for r in results] == ["ParseFailure", "Article"]
    assert raised_in_hook == []


def test_a_batch_stopped_early_leaves_no_worker_running() -> None:
    import multiprocessing

    results = parse_many([SLOW_PAGE] * 2 + [QUICK_PAGE] * 40, workers=2, chunksize=1, on_error="return")
    next(results)  # the first slow page is done, the second is in a worker's hands
    results.close()  # as a consumer that breaks off, or Ctrl-C in the CLI, does
    # The pool is shut down and joined before close returns, so nothing of the batch outlives
    # it (left running, its manager thread raced the interpreter's exit on Python 3.11).
    assert multiprocessing.active_children() == []
