"""Pages from WARC files: the HTML responses of a crawl, with the URL, fetch date and record id of each.

Needs the ``warc`` extra (``pip install 'newsparse[warc]'``, which brings FastWARC).
:func:`iter_pages` reads ``.warc`` and ``.warc.gz`` files (and zstd or lz4 ones) and
yields one :class:`WarcPage` per HTTP ``response`` record whose payload is HTML, by its
Content-Type or, when that says nothing, by sniffing the payload as browsers do.
Requests, metadata, revisits, non-2xx responses and other media are skipped. A record
that is truncated, corrupt or over the size limit becomes a :class:`WarcProblem` in the
stream and reading goes on with the next record.

>>> from newsparse import warc
>>> for record, result in warc.parse_warc("crawl.warc.gz", workers=2):  # doctest: +SKIP
...     print(record.url, result.headline)
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, cast

from ..article import Article
from .batch import DEFAULT_CHUNKSIZE, Job, Kind, ParseFailure, run_jobs

try:
    from fastwarc.stream_io import BrotliReader, ChunkedReader
    from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.warc needs FastWARC: pip install 'newsparse[warc]'") from exc

__all__ = ["MAX_PAYLOAD", "WarcPage", "WarcProblem", "WarcRecordInfo", "iter_pages", "parse_warc", "warc_jobs"]

# The largest payload read, after decoding: far above any real page (the largest pages of the
# corpora are a few MB), low enough that a record claiming gigabytes cannot exhaust memory.
MAX_PAYLOAD = 32 * 1024 * 1024
# Media types that are HTML, and those that say nothing about the payload (then it is sniffed).
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
_UNKNOWN_TYPES = frozenset(("", "application/octet-stream", "unknown/unknown", "application/unknown", "*/*"))
# The tags whose presence at the start makes a payload HTML in the WHATWG MIME sniffing standard
# ("identifying a resource with an unknown MIME type"), each followed by a space or '>'.
_HTML_SIGNATURES: tuple[bytes, ...] = tuple(
    tag.encode()
    for tag in (
        "<!doctype html",
        "<html",
        "<head",
        "<script",
        "<iframe",
        "<h1",
        "<div",
        "<font",
        "<table",
        "<a",
        "<style",
        "<title",
        "<b",
        "<body",
        "<br",
        "<p",
        "<!--",
    )
)
# How much of a skipped record's body is read at a time, to see that it is whole.
_SKIP_BLOCK = 1 << 16
# How much of a file is scanned for the start of the next record after a corrupt one.
_RESYNC_BLOCK = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/"
# Records read: responses, and records of no known type, which may be responses whose header was
# cut before its WARC-Type (those are reported; whole ones of an unknown type are skipped).
_READ_TYPES = WarcRecordType.response | WarcRecordType.unknown
# The name of the error a problem record becomes among parse results.
WARC_ERROR = "WarcError"


@dataclass(frozen=True, slots=True)
class WarcRecordInfo:
    """Where a page came from: the WARC file, the record id, the URL fetched, the fetch date, the offset."""

    source: str
    record_id: str | None
    url: str | None
    # WARC-Date as the record gives it (ISO 8601, UTC).
    date: str | None
    # The record's byte offset in the (compressed) file.
    offset: int | None


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response: its record, the decoded HTTP payload and the charset of its Content-Type."""

    record: WarcRecordInfo
    payload: bytes
    charset: str | None
    content_type: str | None


@dataclass(frozen=True, slots=True)
class WarcProblem:
    """A record that could not be read (truncated, corrupt, too large), and why."""

    record: WarcRecordInfo
    message: str

    def __str__(self) -> str:
        return self.message


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def sniffs_as_html(payload: bytes) -> bool:
    """True when the payload starts (after a BOM and whitespace) with one of the HTML signatures."""
    head = payload[:1024].removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\n\r\x0c").lower()
    for tag in _HTML_SIGNATURES:
        if head.startswith(tag) and head[len(tag) : len(tag) + 1] in (b" ", b">", b"\t", b"\n", b"\r", b"\x0c"):
            return True
    return False


class _Unreadable(Exception):
    """A record's payload cannot be read: the message says why."""


def _is_panic(exc: BaseException) -> bool:
    """A panic of the Rust reader (``pyo3_runtime.PanicException``): a BaseException, not an Exception,
    whose module cannot be imported to name it."""
    return type(exc).__name__ == "PanicException"


class _Stream(io.RawIOBase):
    """A stream that cannot seek (a pipe, standard input, a download) as FastWARC can read it: it
    asks where the stream is, which a pipe cannot answer, so the bytes read are counted instead."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self.raw = raw
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.position += size
        return size

    def tell(self) -> int:
        return self.position


def _bounded(reader: ChunkedReader | BrotliReader, limit: int) -> bytes:
    try:
        # Annotated: without FastWARC installed, type checkers see its reader as Any.
        data: bytes = reader.read(limit + 1)
    except OSError as exc:
        raise _Unreadable(f"the payload cannot be decoded: {exc}") from None
    if len(data) > limit:
        raise _Unreadable(f"the payload is larger than {limit:,} bytes")
    return data


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    decoder = zlib.decompressobj(wbits)
    try:
        out = decoder.decompress(data, limit + 1)
    except zlib.error as exc:
        raise _Unreadable(f"the payload cannot be decompressed: {exc}") from None
    if len(out) > limit:
        raise _Unreadable(f"the payload is larger than {limit:,} bytes")
    if not decoder.eof:
        raise _Unreadable("the compressed payload is truncated")
    return out


def _gunzip(data: bytes, limit: int) -> bytes:
    """Every member of a gzip body: a body may be several members one after another (RFC 1952),
    which browsers concatenate; read as a stream, so many tiny members cost linear time."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as reader:
            out = reader.read(limit + 1)
    except EOFError:
        raise _Unreadable("the compressed payload is truncated") from None
    except (OSError, zlib.error) as exc:
        raise _Unreadable(f"the payload cannot be decompressed: {exc}") from None
    if len(out) > limit:
        raise _Unreadable(f"the payload is larger than {limit:,} bytes")
    return out


def _decode_content(data: bytes, coding: str, limit: int) -> bytes:
    if coding in ("", "identity"):
        return data
    if coding in ("gzip", "x-gzip"):
        return _gunzip(data, limit)
    if coding == "deflate":
        # "deflate" means zlib-wrapped by the standard; some servers send it raw.
        return _inflate(data, zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS, limit)
    if coding == "br":
        return _bounded(BrotliReader(io.BytesIO(data)), limit)
    raise _Unreadable(f"unsupported Content-Encoding {coding!r}")


def _payload(record: WarcRecord, limit: int) -> bytes:
    """The record's HTTP payload, with its transfer and content encodings undone; at most ``limit`` bytes."""
    length = record.content_length
    if length > limit:
        raise _Unreadable(f"the payload is larger than {limit:,} bytes ({length:,})")
    try:
        data: bytes = record.reader.read(length)
    except OSError as exc:  # a gzip member that breaks off inside the record
        raise _Unreadable(f"the record cannot be read: {exc}") from None
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        raise _Unreadable(f"the record cannot be read: the WARC reader failed ({exc})") from None
    if len(data) < length:
        raise _Unreadable(f"the record is truncated: {len(data):,} of {length:,} payload bytes")
    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        data = _bounded(ChunkedReader(io.BytesIO(data)), limit)
    codings = [c.strip().lower() for c in (headers.get("Content-Encoding") or "").split(",")]
    for coding in reversed(codings):
        data = _decode_content(data, coding, limit)
    return data


def _is_html(content_type: str | None, payload: bytes) -> bool:
    media = _media_type(content_type)
    if media in _HTML_TYPES:
        return True
    return media in _UNKNOWN_TYPES and sniffs_as_html(payload)


def _info(record: WarcRecord, source: str) -> WarcRecordInfo:
    url = record.headers.get("WARC-Target-URI")
    return WarcRecordInfo(
        source=source,
        record_id=record.record_id,
        # WARC 1.0 writers put the URI in angle brackets.
        url=url.strip().removeprefix("<").removesuffix(">") if url else None,
        date=record.headers.get("WARC-Date"),
        offset=record.stream_pos,
    )


def _cut_short(record: WarcRecord) -> bool:
    """The record ends before the length its header states (the file was cut inside it): read
    through the rest of it, as the reader would to skip it, a block at a time."""
    left = record.content_length
    try:
        while left > 0:
            block = record.reader.read(min(left, _SKIP_BLOCK))
            if not block:
                return True
            left -= len(block)
    except OSError:
        return True
    return False


def _skipped(record: WarcRecord, info: WarcRecordInfo) -> WarcProblem | None:
    """None for a record that holds no page, or the problem that it was cut short: then the
    page it may have been is lost, and the file is damaged."""
    if _cut_short(record):
        return WarcProblem(info, "the record is truncated")
    return None


def _page(record: WarcRecord, source: str, limit: int) -> WarcPage | WarcProblem | None:
    """The page in a response record, a problem, or None when the record holds no HTML page."""
    info = _info(record, source)
    if record.headers.get("Content-Length") is None:
        # Every WARC record states its length; a header without one was cut off before its end.
        return WarcProblem(info, "the record header is cut off (it has no Content-Length)")
    if record.record_type != WarcRecordType.response:
        return None
    http = record.http_headers
    status = http.status_code if http is not None else None
    if status is None:
        if _media_type(record.headers.get("Content-Type")) != "application/http":
            return _skipped(record, info)  # a response of another protocol (dns:, whois:) holds no page
        return WarcProblem(info, "the HTTP header cannot be read: the record is cut off or malformed")
    if not 200 <= status < 300:
        return _skipped(record, info)  # redirects and errors are no pages of the site's content
    content_type = record.http_content_type
    media = _media_type(content_type)
    if media not in _HTML_TYPES and media not in _UNKNOWN_TYPES:
        return _skipped(record, info)
    try:
        payload = _payload(record, limit)
    except _Unreadable as exc:
        return WarcProblem(info, str(exc))
    if not payload.strip() or not _is_html(content_type, payload):
        # An empty 2xx response (a beacon, a HEAD-like reply) holds no page: no error either,
        # or nearly every real crawl would end with a failure.
        return None
    return WarcPage(info, payload, record.http_charset, content_type)


def _next_record_start(stream: BinaryIO, after: int) -> int | None:
    """The offset of the first record start after ``after``: a gzip member holding a WARC header, or a header line."""
    position = after + 1
    stream.seek(position)
    carry = b""
    while True:
        block = stream.read(_RESYNC_BLOCK)
        if not block:
            return None
        data = carry + block
        base = position - len(carry)
        for magic in (_GZIP_MAGIC, b"\n" + _WARC_MAGIC):
            start = data.find(magic)
            while start != -1:
                offset = base + start + (1 if magic[:1] == b"\n" else 0)
                if magic == _GZIP_MAGIC:
                    try:
                        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[start : start + 4096], 16)
                    except zlib.error:
                        head = b""
                    if head.startswith(_WARC_MAGIC):
                        return offset
                else:
                    return offset
                start = data.find(magic, start + 1)
        carry = data[-4096:]
        position += len(block)


def _corrupt(source: str, after: int, resumed: int | None, reason: str) -> WarcProblem:
    skipped = "the rest of the file" if resumed is None else f"up to offset {resumed:,}"
    return WarcProblem(
        WarcRecordInfo(source, None, None, None, after),
        f"corrupt data after offset {after:,} ({reason}); skipped {skipped}",
    )


def _records(stream: BinaryIO, source: str) -> Iterator[WarcRecord | WarcProblem]:
    """The response records of ``stream``; after a corrupt stretch, reading resumes at the next record.

    A corrupt stretch is one problem however many restarts it takes to get past it (the
    reader decompresses ahead, so it can fail again just after a resume point).
    """
    seekable = stream.seekable()
    if not seekable:
        stream = cast(BinaryIO, _Stream(stream))
    last = start = stream.tell() if seekable else 0
    broken: tuple[int, str] | None = None  # where the corrupt stretch began, and why
    resumed: int | None = None
    while True:
        try:
            for record in ArchiveIterator(stream, record_types=_READ_TYPES, parse_http=True):
                if broken is not None:
                    yield _corrupt(source, broken[0], resumed, broken[1])
                    broken = None
                last = record.stream_pos
                yield record
            if broken is not None:
                yield _corrupt(source, broken[0], resumed, broken[1])
            return
        except BaseException as exc:  # a corrupt gzip member, a header that is no WARC header, a panic
            if not isinstance(exc, OSError) and not _is_panic(exc):
                raise
            if broken is None:
                broken = (last, str(exc) if isinstance(exc, OSError) else f"the WARC reader failed: {exc}")
            resumed = _next_record_start(stream, max(last, start)) if seekable else None
            if resumed is None:
                yield _corrupt(source, broken[0], None, broken[1])
                return
            stream.seek(resumed)
            last = start = resumed


def iter_pages(
    source: str | os.PathLike[str] | BinaryIO, *, name: str | None = None, max_size: int = MAX_PAYLOAD
) -> Iterator[WarcPage | WarcProblem]:
    """The HTML pages of a WARC file (a path or a binary stream), in file order, and its unreadable records.

    ``name`` labels the records (default: the path, or the stream's ``name``); payloads
    over ``max_size`` bytes are problems, not pages.
    """
    if isinstance(source, str | os.PathLike):
        label = name or os.fsdecode(source)
        with open(source, "rb") as stream:
            yield from _iter_stream(stream, label, max_size)
    else:
        yield from _iter_stream(source, name or str(getattr(source, "name", "<stream>")), max_size)


def _iter_stream(stream: BinaryIO, label: str, max_size: int) -> Iterator[WarcPage | WarcProblem]:
    for record in _records(stream, label):
        item = record if isinstance(record, WarcProblem) else _page(record, label, max_size)
        if item is not None:
            yield item


def warc_jobs(
    source: str | os.PathLike[str] | BinaryIO, *, name: str | None = None, max_size: int = MAX_PAYLOAD, start: int = 0
) -> Iterator[tuple[WarcRecordInfo, Job | ParseFailure]]:
    """The pages of a WARC as parse jobs (URL and HTTP charset passed on), problems as failures."""
    for index, item in enumerate(iter_pages(source, name=name, max_size=max_size), start):
        if isinstance(item, WarcProblem):
            yield item.record, ParseFailure(index, item.record.url, WARC_ERROR, item.message)
        else:
            yield item.record, Job(index, item.payload, item.record.url, item.charset)


def parse_warc(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    kind: Kind = "auto",
    max_size: int = MAX_PAYLOAD,
    timeout: float | None = None,
) -> Iterator[tuple[WarcRecordInfo, Article | ParseFailure]]:
    """Parse every HTML page of a WARC: ``(record, Article)`` per page, in file order.

    Each page is parsed as ``parse(payload, url=record.url)`` (``kind`` as in
    :func:`~newsparse.parse_many`), with the charset of its HTTP Content-Type. A page
    that cannot be parsed, and a record that cannot be read, give a
    :class:`~newsparse.ParseFailure` instead of the article (``error`` is
    ``"WarcError"`` for an unreadable record). ``timeout`` is each page's budget of CPU
    seconds, as in :func:`~newsparse.parse_many`: a page over it is a ``"TimeoutError"`` failure.
    """
    return run_jobs(
        warc_jobs(source, max_size=max_size), kind=kind, workers=workers, chunksize=chunksize, timeout=timeout
    )
