"""Per-page scores, for finding where an extractor goes wrong and what a change moved.

Run from the repository root::

    python -m benchmarks.pages run  [--corpus wcxb-dev] [--tool newsparse] [--jobs 2] [--limit N] --save /tmp/a.json
    python -m benchmarks.pages show /tmp/a.json [--metric body_f1] [--type article] [--worst 20]
    python -m benchmarks.pages diff /tmp/a.json /tmp/b.json [--metric body_f1] [--type article]

``run`` parses every page (in ``--jobs`` worker processes) and saves each page's scores
and extracted fields; ``show`` prints the means per page type and the worst pages;
``diff`` lists the pages whose score changed between two saved runs, worst change first.
The saved files quote the pages' texts: keep them outside the repository (``/tmp``).
Only wcxb-dev has per-page scores here (the other corpora are scored over the corpus).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.corpora import WCXB_TYPES, load_corpus
from benchmarks.extractors import make_tool
from benchmarks.metrics import wcxb_page
from benchmarks.runner import extract_pages

__all__ = ["main"]


def _work(args: tuple[str, str, int | None, int, int]) -> list[dict[str, Any]]:
    """One worker's share of the pages: every ``jobs``-th page from ``part``."""
    tool_name, corpus, limit, part, jobs = args
    pages = load_corpus(corpus, limit)[part::jobs]
    tool = make_tool(tool_name)
    tool.setup()
    exs, seconds, crashes = extract_pages(tool, pages)
    crashed = dict(crashes)
    out = []
    for page, ex, sec in zip(pages, exs, seconds, strict=True):
        out.append(
            {
                "key": page.key,
                "type": page.gold.get("page_type"),
                "url": page.url,
                "seconds": sec,
                "crash": crashed.get(page.key),
                "scores": wcxb_page(page, ex, tool.fields),
                "extraction": dataclasses.asdict(ex),
            }
        )
    return out


def run(tool: str, corpus: str, limit: int | None, jobs: int) -> list[dict[str, Any]]:
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_work, [(tool, corpus, limit, i, jobs) for i in range(jobs)]))
    records = [r for part in parts for r in part]
    return sorted(records, key=lambda r: r["key"])


def _means(records: Sequence[dict[str, Any]]) -> dict[str, dict[str, tuple[float, int]]]:
    out: dict[str, dict[str, list[float]]] = {}
    for r in records:
        for kind in ("all", r["type"]):
            for metric, value in r["scores"].items():
                out.setdefault(kind, {}).setdefault(metric, []).append(value)
    return {k: {m: (sum(v) / len(v), len(v)) for m, v in ms.items()} for k, ms in out.items()}


def show(records: Sequence[dict[str, Any]], metric: str, kind: str | None, worst: int) -> None:
    means = _means(records)
    metrics = ("body_f1", "headline_exact", "authors_f1", "published_exact")
    print(f"{'type':<15}" + "".join(f"{m:>22}" for m in metrics))
    for k in ("article", *(t for t in WCXB_TYPES if t != "article"), "all"):
        if k in means:
            cells = [f"{means[k][m][0]:.3f} ({means[k][m][1]})" if m in means[k] else "-" for m in metrics]
            print(f"{k:<15}" + "".join(f"{c:>22}" for c in cells))
    chosen = [r for r in records if metric in r["scores"] and (kind is None or r["type"] == kind)]
    chosen.sort(key=lambda r: r["scores"][metric])
    print(f"\nworst {worst} by {metric}" + (f" ({kind})" if kind else ""))
    for r in chosen[:worst]:
        print(f"  {r['key']}  {r['scores'][metric]:.3f}  {r['type']:<13} {r['url']}")


def diff(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]], metric: str, kind: str | None, n: int) -> None:
    old = {r["key"]: r for r in a}
    changes = []
    for r in b:
        o = old.get(r["key"])
        if o is None or metric not in r["scores"] or metric not in o["scores"]:
            continue
        if kind is not None and r["type"] != kind:
            continue
        delta = r["scores"][metric] - o["scores"][metric]
        if abs(delta) > 1e-9:
            changes.append((delta, r))
    changes.sort(key=lambda c: c[0])
    total = sum(d for d, _ in changes)
    print(f"{len(changes)} pages changed {metric}; sum of changes {total:+.3f}")
    for delta, r in changes[:n]:
        print(f"  {r['key']}  {delta:+.3f}  {r['type']:<13} {r['url']}")
    if len(changes) > n:
        print("  ...")
        for delta, r in changes[-n:]:
            print(f"  {r['key']}  {delta:+.3f}  {r['type']:<13} {r['url']}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.pages", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--corpus", default="wcxb-dev")
    r.add_argument("--tool", default="newsparse")
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--limit", type=int)
    r.add_argument("--save", type=Path, required=True)
    for name in ("show", "diff"):
        p = sub.add_parser(name)
        p.add_argument("files", type=Path, nargs=1 if name == "show" else 2)
        p.add_argument("--metric", default="body_f1")
        p.add_argument("--type")
        p.add_argument("--worst", type=int, default=20)
    args = ap.parse_args(argv)
    if args.cmd == "run":
        started = time.perf_counter()
        records = run(args.tool, args.corpus, args.limit, args.jobs)
        args.save.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        print(f"{len(records)} pages in {time.perf_counter() - started:.0f} s -> {args.save}", file=sys.stderr)
        show(records, "body_f1", None, 0)
        return 0
    loaded = [json.loads(f.read_text(encoding="utf-8")) for f in args.files]
    if args.cmd == "show":
        show(loaded[0], args.metric, args.type, args.worst)
    else:
        diff(loaded[0], loaded[1], args.metric, args.type, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
