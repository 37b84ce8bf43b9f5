"""Speed on the corpus pages, in one process: newsparse on both block walks, trafilatura, a bare lxml parse.

    python -m benchmarks.speed [--corpus wcxb-dev] [--limit N] [--step K] [--json FILE]

Every tool reads the same pages (decoded ``str``, as the accuracy benchmarks give them) one
after the other in this process; times are CPU seconds (``time.process_time``), so another
job on the machine slows the figures less than it would wall-clock ones. It prints pages/s per
tool and the ratios the project tracks (newsparse against trafilatura ``bare_extraction`` and
against the bare lxml parse), then where newsparse's time goes per page: the parse (decode,
input checks, lxml), the block walk, the metadata hints, and the segment rules.

The pure-Python walk is timed in the same process by setting the compiled walk aside for
that run (``NEWSPARSE_PURE_WALK=1`` does the same for a whole process).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

import newsparse
from benchmarks.corpora import CORPORA, Page, load_corpus, shared_available
from newsparse.assemble import assemble
from newsparse.output.sanitize import sanitize_article
from newsparse.read import walk
from newsparse.read.hints import extract_hints
from newsparse.read.source import as_text, tree_from_text

# Pages parsed before timing starts, so that imports, regex compilation and the bounded memos
# are warm for every tool alike.
WARM_PAGES = 5


@contextlib.contextmanager
def pure_walk() -> Iterator[None]:
    """The pure-Python walk for the duration, in this process."""
    saved = walk.compiled_walk
    walk.compiled_walk = None
    try:
        yield
    finally:
        walk.compiled_walk = saved


def lxml_parse(html: str) -> object:
    """The bare parse newsparse itself makes: libxml2's HTML parser over the page's UTF-8 bytes."""
    return etree.fromstring(html.encode("utf-8", "surrogatepass"), etree.HTMLParser(encoding="utf-8"))


def trafilatura_extract() -> Callable[[str, str | None], object] | None:
    try:
        from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def run(html: str, url: str | None) -> object:
        # As benchmarks.extractors calls it: the body and the metadata in one call.
        return bare_extraction(html, url=url, include_comments=False, with_metadata=True)

    return run


def cpu_seconds(pages: list[Page], run: Callable[[Page], object]) -> float:
    for page in pages[:WARM_PAGES]:
        run(page)
    start = time.process_time()
    for page in pages:
        run(page)
    return time.process_time() - start


def _parse(page: Page) -> object:
    return newsparse.parse(page.html, url=page.url)


def phases(pages: list[Page]) -> dict[str, float]:
    """Median CPU ms per page of each phase of ``newsparse.parse`` on the walk in use."""
    times: dict[str, list[float]] = {"parse": [], "walk": [], "hints": [], "segments": []}
    compiled = walk.compiled_walk
    for page in pages:
        t0 = time.process_time()
        text, _ = as_text(page.html)
        root, _ = tree_from_text(text)
        t1 = time.process_time()
        body = root.find("body") if root.tag == "html" else None
        top = body if body is not None else root
        walked = compiled(top) if compiled is not None else None
        if walked is None:
            walk.python_walk(top)
        t2 = time.process_time()
        extract_hints(root)
        t3 = time.process_time()
        # The page again, untimed: the segment rules get it as parse() builds it.
        built = walk.tree_to_page(root)
        t4 = time.process_time()
        sanitize_article(assemble(built, url=page.url))
        t5 = time.process_time()
        for name, seconds in (("parse", t1 - t0), ("walk", t2 - t1), ("hints", t3 - t2), ("segments", t5 - t4)):
            times[name].append(seconds * 1000)
    return {name: round(statistics.median(values), 2) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="the first N pages of each corpus")
    parser.add_argument("--step", type=int, default=1, help="every K-th page only")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not shared_available():
        print("the corpora in ../shared are not present", file=sys.stderr)
        return 2
    corpora = CORPORA if args.corpus == "all" else (args.corpus,)
    pages = [p for c in corpora for p in load_corpus(c, args.limit)][:: args.step]
    print(f"{len(pages)} pages from {', '.join(corpora)}; the compiled walk: {walk.WALK_NOTE}", flush=True)

    seconds: dict[str, float] = {}
    seconds["lxml parse"] = cpu_seconds(pages, lambda p: lxml_parse(p.html))
    if walk.compiled_walk is not None:
        seconds["newsparse (compiled walk)"] = cpu_seconds(pages, _parse)
    with pure_walk():
        seconds["newsparse (pure-Python walk)"] = cpu_seconds(pages, _parse)
    extract = trafilatura_extract()
    if extract is not None:
        seconds["trafilatura bare_extraction"] = cpu_seconds(pages, lambda p: extract(p.html, p.url))

    result: dict[str, Any] = {"pages": len(pages), "corpora": list(corpora), "walk_note": walk.WALK_NOTE}
    print("\n| tool | pages/s | ms/page | x trafilatura pages/s | x lxml parse time |\n|---|---|---|---|---|")
    lxml_s, traf_s = seconds["lxml parse"], seconds.get("trafilatura bare_extraction")
    for name, s in seconds.items():
        vs_traf = f"{traf_s / s:.2f}" if traf_s else "-"
        print(f"| {name} | {len(pages) / s:.1f} | {1000 * s / len(pages):.2f} | {vs_traf} | {s / lxml_s:.2f} |")
        result[name] = {"pages_per_s": round(len(pages) / s, 2), "ms_per_page": round(1000 * s / len(pages), 3)}

    result["phases_ms"] = {}
    runs = [("compiled walk", contextlib.nullcontext())] if walk.compiled_walk is not None else []
    runs.append(("pure-Python walk", pure_walk()))
    print("\nmedian CPU ms per page, by phase of newsparse.parse:\n\n| walk | parse | walk | hints | segments |")
    print("|---|---|---|---|---|")
    for label, context in runs:
        with context:
            figures = phases(pages)
        result["phases_ms"][label] = figures
        print(f"| {label} | " + " | ".join(f"{figures[k]:.2f}" for k in ("parse", "walk", "hints", "segments")) + " |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
