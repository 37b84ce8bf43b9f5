"""WARC input: HTML responses only, with their record, charset and URL; broken records reported, never fatal."""

from __future__ import annotations

import gzip
import importlib
import io
import zlib
from pathlib import Path

import pytest
from conftest import HTML_PAGE, TEXT_PAGE

import newsparse
from benchmarks.warcbuild import HttpResponse, record, record_id, response_records, warcinfo, write_warc
from newsparse import ParseFailure

# The module itself (its helpers are tested too); users import its public face, newsparse.warc.
warc = pytest.importorskip("newsparse.run.warc", exc_type=ImportError)

PAGE = HTML_PAGE.encode("utf-8")
# A page in windows-1251 that declares no charset: only the HTTP header says how to read it.
CYRILLIC = "<html><body><h1>Паром вернулся на линию</h1><p>Паром снова ходит через реку.</p></body></html>"


def test_the_public_module_is_the_reader() -> None:
    public = importlib.import_module("newsparse.warc")
    assert public.__all__ == warc.__all__
    assert all(getattr(public, name) is getattr(warc, name) for name in warc.__all__)


def crawl() -> list[HttpResponse]:
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    return [
        HttpResponse("https://news.example/plain", PAGE),
        HttpResponse("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), content_type="image/png"),
        HttpResponse("https://news.example/notes.txt", TEXT_PAGE.encode(), content_type="text/plain"),
        HttpResponse("https://news.example/missing", PAGE, status=404),
        HttpResponse("https://news.example/moved", b"<p>moved</p>", status=301),
        HttpResponse("https://news.example/gzipped", gzip.compress(PAGE), headers=(("Content-Encoding", "gzip"),)),
        HttpResponse("https://news.example/chunked", chunked, headers=(("Transfer-Encoding", "chunked"),)),
        HttpResponse("https://news.example/untyped", PAGE, content_type=None),
        HttpResponse("https://news.example/untyped.bin", b"\x00\x01binary", content_type="application/octet-stream"),
        HttpResponse(
            "https://news.example/ru", CYRILLIC.encode("cp1251"), content_type="text/html; charset=windows-1251"
        ),
        # An empty response is no page, and no failure.
        HttpResponse("https://news.example/empty", b""),
        HttpResponse("https://news.example/blank", b"\r\n \n"),
    ]


HTML_URLS = [
    "https://news.example/plain",
    "https://news.example/gzipped",
    "https://news.example/chunked",
    "https://news.example/untyped",
    "https://news.example/ru",
]


@pytest.fixture
def crawl_warc(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl())
    return path


def test_html_responses_only_with_their_record(crawl_warc: Path) -> None:
    items = list(warc.iter_pages(crawl_warc))
    assert all(isinstance(item, warc.WarcPage) for item in items)
    assert [item.record.url for item in items] == HTML_URLS
    first = items[0]
    assert first.record.record_id == record_id("https://news.example/plain")
    assert first.record.date == "2025-03-04T10:00:00Z"
    assert first.record.source == str(crawl_warc)
    assert first.charset == "utf-8"
    # Content and transfer encodings are undone: every copy of the page is the same bytes.
    assert {item.payload for item in items[:4]} == {PAGE}
    assert items[4].charset == "windows-1251"


def test_the_http_charset_reaches_the_parse_job(crawl_warc: Path) -> None:
    jobs = {info.url: job for info, job in warc.warc_jobs(crawl_warc)}
    assert jobs["https://news.example/ru"].encoding == "windows-1251"
    assert jobs["https://news.example/ru"].url == "https://news.example/ru"


def test_parse_warc_equals_parse_of_each_payload(crawl_warc: Path) -> None:
    pages = {item.record.url: item.payload for item in warc.iter_pages(crawl_warc)}
    for workers in (1, 2):
        results = list(warc.parse_warc(crawl_warc, workers=workers))
        assert [info.url for info, _ in results] == HTML_URLS
        for info, article in results[:4]:
            assert article == newsparse.parse(pages[info.url], url=info.url)


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, crawl(), compress=False)
    assert [item.record.url for item in warc.iter_pages(path)] == HTML_URLS


def test_a_stream_works_as_a_file(crawl_warc: Path) -> None:
    items = list(warc.iter_pages(io.BytesIO(crawl_warc.read_bytes()), name="piped"))
    assert [item.record.url for item in items] == HTML_URLS
    assert items[0].record.source == "piped"


def page(url: str, body: bytes = PAGE, *, compress: bool = True, **kwargs: object) -> bytes:
    return response_records(HttpResponse(url, body, **kwargs), compress=compress)  # type: ignore[arg-type]


def test_truncated_last_record_is_reported_and_the_rest_kept() -> None:
    data = warcinfo() + page("https://a.example/1") + page("https://a.example/2")[:-60]
    items = list(warc.iter_pages(io.BytesIO(data)))
    assert isinstance(items[0], warc.WarcPage) and items[0].record.url == "https://a.example/1"
    assert len(items) == 2
    assert isinstance(items[1], warc.WarcProblem)


def test_truncated_uncompressed_record_is_reported() -> None:
    data = response_records(HttpResponse("https://a.example/1", PAGE), compress=False)
    items = list(warc.iter_pages(io.BytesIO(data[:-200])))
    assert len(items) == 1 and isinstance(items[0], warc.WarcProblem)
    assert "truncated" in items[0].message
    assert items[0].record.url == "https://a.example/1"


def test_corrupt_record_in_the_middle_is_skipped_and_reading_goes_on() -> None:
    broken = bytearray(page("https://a.example/2"))
    broken[-100:-70] = bytes(30)  # zeroes inside the compressed response record
    data = warcinfo() + page("https://a.example/1") + bytes(broken) + page("https://a.example/3")
    items = list(warc.iter_pages(io.BytesIO(data)))
    pages = [item.record.url for item in items if isinstance(item, warc.WarcPage)]
    problems = [item for item in items if isinstance(item, warc.WarcProblem)]
    assert pages == ["https://a.example/1", "https://a.example/3"]
    assert len(problems) == 1 and "corrupt" in problems[0].message


def test_oversized_and_bomb_payloads_are_problems() -> None:
    bomb = zlib.compress(b"<p>" + b"a" * 5_000_000, 9)
    data = (
        warcinfo()
        + page("https://a.example/big", b"<p>" + b"a" * 5000)
        + page("https://a.example/bomb", bomb, headers=(("Content-Encoding", "deflate"),))
        + page("https://a.example/ok", b"<p>fine</p>")
    )
    items = list(warc.iter_pages(io.BytesIO(data), max_size=4096))
    kinds = [(type(item).__name__, item.record.url) for item in items]
    assert kinds == [
        ("WarcProblem", "https://a.example/big"),
        ("WarcProblem", "https://a.example/bomb"),
        ("WarcPage", "https://a.example/ok"),
    ]
    assert all("larger than" in item.message for item in items[:2] if isinstance(item, warc.WarcProblem))


def test_problems_become_failures_among_the_results() -> None:
    data = warcinfo() + page("https://a.example/1") + page("https://a.example/2")[:-60]
    results = list(warc.parse_warc(io.BytesIO(data)))
    assert isinstance(results[0][1], newsparse.Article)
    failure = results[1][1]
    assert isinstance(failure, ParseFailure) and failure.error == warc.WARC_ERROR and failure.index == 1


@pytest.mark.parametrize(
    ("payload", "html"),
    [
        (b"  <!DOCTYPE html><html>", True),
        (b"\xef\xbb\xbf<html lang=en>", True),
        (b"<P>text", True),
        (b"<!-- note -->", True),
        (b"<pre>not in the list", False),
        (b"<?xml version='1.0'?><rss>", False),
        (b"%PDF-1.7", False),
        (b"<ahref>", False),
    ],
)
def test_sniffing_follows_the_mime_sniffing_standard(payload: bytes, html: bool) -> None:
    assert warc.sniffs_as_html(payload) is html


def _cut_inside_the_response_header() -> list[bytes]:
    """The response record of a page cut at every byte of its WARC header and HTTP header."""
    whole = page("https://a.example/1", compress=False)
    start = whole.index(b"WARC/1.1\r\nWARC-Type: response")
    http_end = whole.index(b"\r\n\r\n", whole.index(b"HTTP/1.1", start)) + 4
    # From the first byte that names the record a response on: before it, nothing says what was lost.
    return [whole[:cut] for cut in range(start + len(b"WARC/1.1\r\nWARC-Type: response\r\n"), http_end)]


@pytest.mark.parametrize("compress", [False, True])
def test_a_record_cut_inside_its_header_at_the_end_is_a_problem(compress: bool) -> None:
    head = warcinfo(compress=compress) + page("https://a.example/0", compress=compress)
    for cut in _cut_inside_the_response_header():
        data = head + (gzip.compress(cut) if compress else cut)
        items = list(warc.iter_pages(io.BytesIO(data)))
        assert isinstance(items[0], warc.WarcPage), len(cut)
        assert len(items) == 2 and isinstance(items[1], warc.WarcProblem), (len(cut), items)


def test_a_record_cut_inside_its_header_is_a_failure_and_the_file_goes_on() -> None:
    cut = _cut_inside_the_response_header()[60]
    data = warcinfo() + gzip.compress(cut) + page("https://a.example/2")
    results = list(warc.parse_warc(io.BytesIO(data)))
    assert isinstance(results[0][1], ParseFailure) and results[0][1].error == warc.WARC_ERROR
    assert results[-1][0].url == "https://a.example/2" and isinstance(results[-1][1], newsparse.Article)


def test_a_response_of_another_protocol_is_no_problem() -> None:
    dns = record("response", b"20250304100000\nnews.example.\t300\tIN\tA\t192.0.2.1\n", [("Content-Type", "text/dns")])
    items = list(warc.iter_pages(io.BytesIO(warcinfo() + dns + page("https://a.example/1"))))
    assert [type(item).__name__ for item in items] == ["WarcPage"]


def test_a_gzip_body_of_several_members_is_read_whole() -> None:
    first, second = PAGE[:40], PAGE[40:]
    body = gzip.compress(first) + gzip.compress(second)
    data = warcinfo() + page("https://a.example/1", body, headers=(("Content-Encoding", "gzip"),))
    (item,) = list(warc.iter_pages(io.BytesIO(data)))
    assert isinstance(item, warc.WarcPage) and item.payload == PAGE


def test_a_gzip_body_whose_second_member_is_cut_is_a_problem() -> None:
    body = gzip.compress(PAGE[:40]) + gzip.compress(PAGE[40:])[:-6]
    data = warcinfo() + page("https://a.example/1", body, headers=(("Content-Encoding", "gzip"),))
    (item,) = list(warc.iter_pages(io.BytesIO(data)))
    assert isinstance(item, warc.WarcProblem) and "truncated" in item.message


def test_many_gzip_members_stay_bounded() -> None:
    body = gzip.compress(b"") * 20_000 + gzip.compress(b"<p>" + b"a" * 5000)
    data = warcinfo() + page("https://a.example/1", body, headers=(("Content-Encoding", "gzip"),))
    (item,) = list(warc.iter_pages(io.BytesIO(data), max_size=4096))
    assert isinstance(item, warc.WarcProblem) and "larger than" in item.message
