"""Corpus-scale benchmarks: parse_many speed-up, the WARC readers, the batch CLI on a WARC, memory over a long run.

    python -m benchmarks.batch_bench speed [--limit N]     # pages/s for 1 and 2 workers, same results
    python -m benchmarks.batch_bench readers               # FastWARC and warcio on the same WARC
    python -m benchmarks.batch_bench cli                   # newsparse --jobs 2 on the WARC == parse()
    python -m benchmarks.batch_bench memory [--pages N]    # RSS over N pages in one process

The WARC is built at run time from the corpus pages in ``../shared`` (into a temporary
directory, never into the repository); every page is an HTTP 200 ``text/html``
response, between a ``request`` record and a non-HTML response so that skipping is
exercised too. Run on a quiet machine: ``uptime`` is printed with each figure.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import newsparse
from benchmarks.corpora import shared_available, shared_dir
from benchmarks.warcbuild import HttpResponse, write_warc

# Synthetic pages per corpus page in the memory run: corpus pages take ~100 ms, the synthetic
# ones a few, so a 100,000-page run takes minutes, not hours, while still cycling through real pages.
_SYNTHETIC_PER_CORPUS_PAGE = 49


def corpus_pages(step: int = 1) -> list[tuple[str, bytes]]:
    """(name, raw bytes) of every ``step``-th corpus page, in a fixed order."""
    root = shared_dir() / "corpora"
    files = sorted((root / "wcxb-dev" / "html").glob("*.html.gz"))
    files += sorted((root / "readability").glob("*/source.html"))
    for sub in ("cache", "eval"):
        files += sorted(p for p in (root / "trafilatura-eval" / sub).glob("*") if p.is_file())
    return [
        (p.parent.name if p.name == "source.html" else p.name, gzip.decompress(data) if p.suffix == ".gz" else data)
        for p in files[::step]
        for data in (p.read_bytes(),)
    ]


def build_warc(directory: Path, limit: int | None = None) -> tuple[Path, int]:
    pages = corpus_pages()[:limit]
    path = directory / "crawl.warc.gz"

    def responses() -> Iterator[HttpResponse]:
        for i, (name, body) in enumerate(pages):
            # File names hold spaces and other characters a URL cannot: percent-encoded, as a crawler writes them.
            yield HttpResponse(f"https://corpus.example/{i}/{quote(name)}", body, content_type="text/html")
            if i % 50 == 0:
                yield HttpResponse(
                    f"https://corpus.example/{i}/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"
                )

    write_warc(path, responses())
    return path, len(pages)


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    return os.getloadavg().__repr__() if hasattr(os, "getloadavg") else "n/a"


def speed(args: argparse.Namespace) -> dict[str, object]:
    from newsparse import warc

    with tempfile.TemporaryDirectory() as tmp:
        path, _ = build_warc(Path(tmp), args.limit)
        jobs = [(page.payload, page.record.url) for page in warc.iter_pages(path) if isinstance(page, warc.WarcPage)]
    payloads = [p for p, _ in jobs]
    urls = [u for _, u in jobs]
    timings: dict[int, float] = {}
    results: dict[int, list[object]] = {}
    loads: dict[int, str] = {}
    cpu: dict[str, float] = {}
    for workers in (1, 2):
        loads[workers] = load()
        before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        results[workers] = list(newsparse.parse_many(payloads, urls=urls, workers=workers, on_error="return"))
        timings[workers] = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[f"parent_{workers}"] = _cpu(after[0]) - _cpu(before[0])
        cpu[f"workers_{workers}"] = _cpu(after[1]) - _cpu(before[1])
    same = results[1] == results[2]
    # On a loaded machine the wall-clock ratio says more about the other jobs than about the
    # pool; the CPU seconds say what two idle cores would do: the parse work split over two
    # workers, beside the parent's share (reading, pickling, ordering).
    idle_estimate = cpu["parent_1"] / max(cpu["workers_2"] / 2, cpu["parent_2"])
    return {
        "pages": len(payloads),
        "pages_per_s_1": round(len(payloads) / timings[1], 2),
        "pages_per_s_2": round(len(payloads) / timings[2], 2),
        "speedup": round(timings[1] / timings[2], 3),
        "cpu_s": {k: round(v, 1) for k, v in cpu.items()},
        "speedup_from_cpu_on_two_idle_cores": round(idle_estimate, 3),
        "workers2_equals_workers1": same,
        "load_before_1": loads[1],
        "load_before_2": loads[2],
        "load_after": load(),
    }


def readers(args: argparse.Namespace) -> dict[str, object]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path, _ = build_warc(Path(tmp), args.limit)
        out["warc_mb"] = round(path.stat().st_size / 1e6, 1)

        def fastwarc() -> int:
            n = 0
            with open(path, "rb") as f:
                for rec in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
                    rec.reader.read()
                    n += 1
            return n

        def warcio() -> int:
            from warcio.archiveiterator import ArchiveIterator as WarcioIterator

            n = 0
            with open(path, "rb") as f:
                for rec in WarcioIterator(f):
                    if rec.rec_type == "response":
                        rec.content_stream().read()
                        n += 1
            return n

        def newsparse_warc() -> int:
            from newsparse import warc

            return sum(1 for _ in warc.iter_pages(path))

        for name, fn in (("fastwarc", fastwarc), ("warcio", warcio), ("newsparse.warc.iter_pages", newsparse_warc)):
            best = float("inf")
            records = 0
            for _ in range(3):
                start = time.perf_counter()
                records = fn()
                best = min(best, time.perf_counter() - start)
            out[name] = {"records": records, "seconds": round(best, 3), "records_per_s": round(records / best)}
    out["load"] = load()
    return out


def cli(args: argparse.Namespace) -> dict[str, object]:
    from newsparse import warc

    with tempfile.TemporaryDirectory() as tmp:
        path, _ = build_warc(Path(tmp), args.limit)
        start = time.perf_counter()
        load_before = load()
        proc = subprocess.run(
            [sys.executable, "-m", "newsparse", "-q", "--jobs", "2", "--format", "jsonl", str(path)],
            capture_output=True,
            check=False,
        )
        elapsed = time.perf_counter() - start
        lines = proc.stdout.decode("utf-8").splitlines()
        html = [p for p in warc.iter_pages(path) if isinstance(p, warc.WarcPage)]
        equal = 0
        failed = 0
        records = iter(json.loads(line) for line in lines)
        record = next(records, None)
        for page in html:
            try:
                want = newsparse.parse(page.payload, url=page.record.url).to_dict()
            except newsparse.ParseError:
                failed += 1
                continue
            if record is not None and record.get("warc_record_id") == page.record.record_id:
                got = {k: v for k, v in record.items() if k != "file" and not k.startswith("warc_")}
                equal += got == want
                record = next(records, None)
    return {
        "html_responses": len(html),
        "lines": len(lines),
        "lines_equal_to_parse": equal,
        "pages_that_fail_to_parse": failed,
        "exit_status": proc.returncode,
        "seconds": round(elapsed, 1),
        "load_before": load_before,
    }


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _synthetic(i: int) -> str:
    """A small news page with words, class names and URLs never seen before (caches keyed on them must stay bounded)."""
    words = " ".join(f"w{i}x{j}" for j in range(12))
    return (
        f'<html><head><title>Report {i}</title><meta property="og:url" content="https://s{i}.example/a/{i}"></head>'
        f'<body class="site-{i}"><nav class="menu-{i}"><a href="/n{i}">Section {i}</a></nav>'
        f'<article class="story-{i}"><h1>Council report number {i} is published today</h1>'
        f'<p class="byline-{i}">By Writer{i} Person</p>'
        + "".join(f"<p class='para-{i}-{k}'>Paragraph {k} of report {i}: {words}.</p>" for k in range(3))
        + f'</article><aside class="rel-{i}"><a href="/story/{i}/one">Another report {i} on the budget</a></aside>'
        f"<footer>Copyright {2000 + i % 25} Site {i}</footer></body></html>"
    )


def _stream(corpus: list[tuple[str, bytes]], total: int) -> Iterator[str | bytes]:
    cycle = itertools.cycle(corpus)
    for i in range(total):
        if i % (_SYNTHETIC_PER_CORPUS_PAGE + 1) == 0:
            _, body = next(cycle)
            # A unique class and link in every copy, so no two pages of the cycle are the same.
            yield body.replace(b"</body>", f'<div class="u{i}"><a href="/u/{i}">u{i}</a></div></body>'.encode(), 1)
        else:
            yield _synthetic(i)


def memory(args: argparse.Namespace) -> dict[str, object]:
    # Every 10th corpus page: all kinds of page cycle through, without holding all corpora in memory.
    corpus = corpus_pages(step=10)
    samples: dict[int, float] = {}
    start = time.perf_counter()
    load_before = load()
    results = newsparse.parse_many(_stream(corpus, args.pages), workers=1, on_error="return")
    for n, _ in enumerate(results, 1):
        if n == 1000 or n % args.every == 0 or n == args.pages:
            samples[n] = round(_rss_mb(), 1)
            print(f"{n:>7} pages  RSS {samples[n]:.1f} MB", file=sys.stderr)
    after_first = samples[1000]
    later = [v for k, v in samples.items() if k > 1000]
    return {
        "pages": args.pages,
        "rss_mb_at_1000": after_first,
        "rss_mb_max_after_1000": max(later) if later else after_first,
        "growth_mb_after_1000": round((max(later) if later else after_first) - after_first, 1),
        "rss_mb_end": samples[args.pages],
        "seconds": round(time.perf_counter() - start, 1),
        "load_before": load_before,
        "load_after": load(),
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch_bench", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("speed", "readers", "cli"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--limit", type=int, help="only the first N corpus pages")
    mem = sub.add_parser("memory")
    mem.add_argument("--pages", type=int, default=100_000)
    mem.add_argument("--every", type=int, default=5_000, help="sample RSS every N pages")
    args = parser.parse_args(argv)
    if not shared_available():
        print("../shared corpora not present", file=sys.stderr)
        return 1
    result = {"speed": speed, "readers": readers, "cli": cli, "memory": memory}[args.command](args)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
