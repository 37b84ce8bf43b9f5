"""Write WARC files from pages: for the batch benchmark (corpus pages, built at run time) and the tests.

A WARC holds, per page, a ``request`` and a ``response`` record (HTTP headers and the
page), after one ``warcinfo`` record, each record its own gzip member as crawlers write
them. Written by hand rather than with a WARC library so that the tests can also build
the broken records (truncated, corrupt) that a reader has to survive.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["HttpResponse", "record", "response_records", "write_warc"]

# A fixed namespace: the same pages give the same record ids, run after run.
_ID_NAMESPACE = uuid.UUID("6f1c2b52-4e0d-4d3b-9a57-6a1f0f3c2e11")
DATE = "2025-03-04T10:00:00Z"


@dataclass(frozen=True)
class HttpResponse:
    """One fetched page: the URL, the HTTP body and the headers it came with."""

    url: str
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    date: str = DATE


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(_ID_NAMESPACE, name)}>"


def record(warc_type: str, block: bytes, headers: Iterable[tuple[str, str]], *, compress: bool = True) -> bytes:
    """One WARC record (headers, block, the two closing CRLFs), as its own gzip member when ``compress``."""
    lines = [f"WARC/1.1\r\nWARC-Type: {warc_type}\r\n"]
    lines += [f"{name}: {value}\r\n" for name, value in headers]
    lines.append(f"Content-Length: {len(block)}\r\n\r\n")
    raw = "".join(lines).encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=6, mtime=0) if compress else raw


def _http_block(page: HttpResponse) -> bytes:
    head = [f"HTTP/1.1 {page.status} {'OK' if page.status == 200 else 'Status'}"]
    if page.content_type is not None:
        head.append(f"Content-Type: {page.content_type}")
    head += [f"{name}: {value}" for name, value in page.headers]
    if not any(name.lower() == "transfer-encoding" for name, _ in page.headers):
        head.append(f"Content-Length: {len(page.body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + page.body


def response_records(page: HttpResponse, *, compress: bool = True) -> bytes:
    """The request and the response record for one page."""
    host = page.url.split("/")[2] if "//" in page.url else "example.com"
    request = f"GET /{page.url.split('/', 3)[-1]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    common = [("WARC-Date", page.date), ("WARC-Target-URI", page.url)]
    return record(
        "request",
        request,
        [
            ("WARC-Record-ID", record_id("request " + page.url)),
            *common,
            ("Content-Type", "application/http; msgtype=request"),
        ],
        compress=compress,
    ) + record(
        "response",
        _http_block(page),
        [
            ("WARC-Record-ID", record_id(page.url)),
            *common,
            ("Content-Type", "application/http; msgtype=response"),
        ],
        compress=compress,
    )


def warcinfo(*, compress: bool = True) -> bytes:
    return record(
        "warcinfo",
        b"software: newsparse benchmarks\r\nformat: WARC File Format 1.1\r\n",
        [("WARC-Record-ID", record_id("warcinfo")), ("WARC-Date", DATE), ("Content-Type", "application/warc-fields")],
        compress=compress,
    )


def write_warc(path: Path, pages: Iterable[HttpResponse], *, compress: bool = True) -> int:
    """Write a WARC of ``pages`` to ``path``; returns the number of response records written."""
    count = 0
    with open(path, "wb") as out:
        out.write(warcinfo(compress=compress))
        for page in pages:
            out.write(response_records(page, compress=compress))
            count += 1
    return count
