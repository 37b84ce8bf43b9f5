"""The command line: ``newsparse [FILE ...]`` and ``python -m newsparse``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from . import __version__
from .article import Article
from .errors import ParseError
from .parser import parse, parse_html, parse_text

__all__ = ["main"]


def _render_text(article: Article) -> str:
    """A human-readable view: one labelled section per segment."""
    lines: list[str] = []

    def field(label: str, value: str | None) -> None:
        lines.append(f"{label:<12} {value if value is not None else '-'}")

    field("headline", article.headline)
    field("subheading", article.subheading)
    if article.byline is not None:
        byline = article.byline
        published = byline.published.isoformat() if byline.published else None
        field("byline", byline.text)
        field("authors", ", ".join(byline.authors) or None)
        field("published", published)
    else:
        field("byline", None)
    field("copyright", article.copyright.text if article.copyright else None)
    field("language", article.language)
    field("url", article.url)
    lines.append("")
    lines.append(f"body ({len(article.body)} paragraphs)")
    lines.extend(f"  {p}" for p in article.body)
    lines.append("")
    lines.append(f"related links ({len(article.related_links)})")
    lines.extend(f"  - {link.text}" + (f" <{link.url}>" if link.url else "") for link in article.related_links)
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _read(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None, *, stdin: BinaryIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 when every input parsed)."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Split news pages (HTML or text dumps) into headline, subheading, byline, body, "
        "related links and copyright.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="pages to parse; '-' or none: standard input")
    parser.add_argument("--url", help="the page's URL, to resolve relative links (applies to every FILE)")
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        help="output format (default: json for one input, jsonl for several)",
    )
    parser.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind (default: sniff)")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    args = parser.parse_args(argv)

    out = stdout if stdout is not None else sys.stdout
    source = stdin if stdin is not None else sys.stdin.buffer
    files: list[str] = list(args.files) or ["-"]
    fmt: str = args.format or ("json" if len(files) == 1 else "jsonl")
    parse_fn = {"auto": parse, "html": parse_html, "text": parse_text}[args.kind]

    status = 0
    for name in files:
        label = "<stdin>" if name == "-" else name
        # Reading and parsing apart: an OSError raised while parsing is not a read failure.
        try:
            data = _read(name, source)
        except OSError as exc:
            print(f"newsparse: {label}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        try:
            article = parse_fn(data, url=args.url)
        except ParseError as exc:
            print(f"newsparse: {label}: {exc}", file=sys.stderr)
            status = 1
            continue
        if fmt in ("json", "jsonl"):
            record = article.to_dict()
            if len(files) > 1:
                # Several inputs: every record says which file it came from.
                record = {"file": label, **record}
            out.write(json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")
        else:
            if len(files) > 1:
                out.write(f"==> {label} <==\n")
            out.write(_render_text(article) + "\n")
    return status
