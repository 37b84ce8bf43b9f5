"""WARC files read as streams: a pipe, standard input, a download, which cannot seek; and a
reader that panics, which must become a problem of that input, never escape."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import HTML_PAGE

from benchmarks.warcbuild import HttpResponse, response_records, warcinfo

pytest.importorskip("fastwarc")

from newsparse import warc
from newsparse.run import warc as run_warc

URLS = [f"https://news.example/2025/story-{n}" for n in range(3)]


def crawl(*, compress: bool = True) -> bytes:
    records = [response_records(HttpResponse(url, HTML_PAGE.encode()), compress=compress) for url in URLS]
    return warcinfo(compress=compress) + b"".join(records)


def piped(data: bytes) -> Iterator[int]:
    """The read end of a real pipe, written by a thread."""
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as out:
            out.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        yield read_end
    finally:
        writer.join()


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_iter_pages_reads_a_pipe(compress: bool) -> None:
    for read_end in piped(crawl(compress=compress)):
        with os.fdopen(read_end, "rb") as stream:
            assert not stream.seekable()
            items = list(warc.iter_pages(stream))
    assert [item.record.url for item in items if isinstance(item, warc.WarcPage)] == URLS


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_the_command_line_reads_a_warc_on_a_pipe(tmp_path: Path, repo_root: Path, compress: bool, jobs: str) -> None:
    source = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    source.write_bytes(crawl(compress=compress))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    # cat crawl.warc.gz | newsparse -j N -
    with open(source, "rb") as data:
        cat = subprocess.Popen(["cat"], stdin=data, stdout=subprocess.PIPE)
        assert cat.stdout is not None
        done = subprocess.run(
            [sys.executable, "-m", "newsparse", "-j", jobs, "-"],
            stdin=cat.stdout,
            capture_output=True,
            env=env,
            timeout=300,
            check=False,
        )
        cat.stdout.close()
        cat.wait()
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    lines = done.stdout.decode().splitlines()
    assert len(lines) == len(URLS) and all(f'"warc_target_uri": "{url}"' in line for line, url in zip(lines, URLS))


class PanicException(BaseException):
    """What FastWARC raises when its Rust code panics: a BaseException, which ``except Exception`` misses."""


def test_a_panic_of_the_reader_is_a_problem_of_that_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def panicking(*args: object, **kwargs: object) -> Iterator[object]:
        raise PanicException("called `Result::unwrap()` on an `Err` value")
        yield  # pragma: no cover

    monkeypatch.setattr(run_warc, "ArchiveIterator", panicking)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl())
    items = list(warc.iter_pages(path))
    assert len(items) == 1 and isinstance(items[0], warc.WarcProblem)
    assert "the WARC reader failed" in items[0].message and "unwrap" in items[0].message
    # Any other BaseException (Ctrl-C) still goes through.
    monkeypatch.setattr(run_warc, "ArchiveIterator", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        list(warc.iter_pages(path))
