"""Seed inputs for the fuzzer: the example pages and small hostile pages, one file per input mode.

Each page is written once per mode (the first byte of a fuzz input picks the mode, see
``fuzz_parse.py``), so the fuzzer starts from real structure in every way of calling ``parse``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = "The council met on Tuesday to discuss the budget, and members spoke at length about the cost."


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>{head}<title>Harbour wall | News</title></head>"
        f"<body><article><h1>Harbour wall repairs approved</h1><p class=byline>By Jo Lee</p><p>{PARAGRAPH}</p>"
        f"{body}</article><aside class=related><h2>Related</h2><ul><li><a href='/local/2024/05/ferry-plans-announced'>"
        "Ferry plans announced for next year</a></li></ul></aside><footer>Copyright 2024 Example News</footer>"
        "</body></html>"
    )


# Small versions of each kind of hostile page the tests reproduce.
HOSTILE: tuple[str | bytes, ...] = (
    _page('<base href="http://[::1">'),
    _page('<link rel="canonical" href="h://[">'),
    _page(body="<p><a href='java&#9;script:alert(1)'>Ferry plans announced for next year</a></p>"),
    _page('<link rel=canonical href="&#1;javascript:x"><base href="vbscript:x">'),
    _page(body="<p>Esc &#x1b;[31m red &#x202e;evil&#x202c; &#x9b;2J done.</p>"),
    _page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\ud800 b"}</script>'),
    _page(body="".join(f"<div class=dek><p>Dek line {i}</p><p>and more</p></div>" for i in range(20))),
    _page(body=f'<p><a href="https://{"a." * 200}example.com/x/a-b-c-d">Ferry plans announced today</a></p>'),
    _page(body=f'<div class="{"x" * 3000} related">{PARAGRAPH}</div>'),
    "<html><body><h1>Deep</h1>" + "<div>" * 600 + "<p>deep text</p>" + "<a " * 50,
    "<html><body><p>a</p></body></html><p>after the end</p><body><p>second body</p>",
    '<?xml version="1.0" encoding="junk>"?><html><body><p>text</p></body></html>',
    '<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>',
    b'<meta charset="hex"><p>caf\xe9</p>',
    b'<meta charset="punycode"><p>x</p>',
    "Harbour wall repairs approved\nBy Jo Lee\n" + "\n".join(f"Ferry plans number {i} announced" for i in range(30)),
    "We use <div> elements to group things.\nAnd a second line of the dump.",
    "https://example.com/news/1",
    "Городской совет одобрил паром через залив.".encode("cp1251"),
    "東京で新しい駅が開業した。".encode("shift_jis"),
    _page(body="<p>See <a href='https://bank.example@evil.example/a'>https://bank.example/login</a> now.</p>"),
    _page(body="<p>Wow!<a href='https://news.example/x\u200by\u3000z'>Ferry plans</a> # </p><h2>Sub #</h2>"),
    _page('<script type="application/ld+json">{"image":"https://a.example/\\ud800.jpg"}</script>'),
    _page(body="<p><a href='https://a.example/?a=1&amp;b=2'>Ferry &amp; plans</a></p>"),
    "<html><body><h1>End</h1><p>a</p></html lang=en><p>after the end tag</p>",
    "<html><body><p " + " ".join(f"a{i}=x" for i in range(300)) + ">text</p>",
    "Harbour wall repairs approved\x0bBy Jo Lee\x1e" + PARAGRAPH + "\x1d" + PARAGRAPH,
    "<p>x" * 300,
)


def seed_pages() -> list[bytes]:
    pages: list[bytes] = []
    for path in sorted((ROOT / "examples").glob("*")):
        if path.is_file():
            pages.append(path.read_bytes())
    for page in HOSTILE:
        pages.append(page if isinstance(page, bytes) else page.encode("utf-8", errors="surrogatepass"))
    return pages


def write_seeds(corpus: Path, modes: int = 4) -> int:
    """Write every seed page in every mode into ``corpus``; returns how many files were written."""
    count = 0
    for page in seed_pages():
        for mode in range(modes):
            data = bytes([mode]) + page
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
    return count
