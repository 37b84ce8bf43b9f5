"""Record what newsparse returns for every page it can be measured on, and compare two records.

A refactor that should change nothing is checked with it: record before, record after, compare.

    python -m benchmarks.record write /tmp/before.jsonl     # at the commit you start from
    python -m benchmarks.record write /tmp/after.jsonl      # after the change
    python -m benchmarks.record compare /tmp/before.jsonl /tmp/after.jsonl

What is recorded, one JSON line per input: ``Article.to_json()`` of

- every page of ``../shared/corpora`` (readability, trafilatura-eval, wcxb-dev), read as the
  bytes on disk, with the page URL the corpus gives;
- the same pages with every ``<script>`` element removed, as many crawls store them
  (``--no-stripped`` leaves these out);
- the hand-annotated pages of ``../shared/annotations`` as generated text dumps
  (``benchmarks.textdump_gen``), and the seed dump;
- each HTML page's own ``Article.to_text()`` read back as a text dump;
- the example pages in ``examples/`` and the fuzz seeds in ``fuzz/seeds.py``.

A parse that raises is recorded as its exception type and message. Nothing is written to the
repository: the record goes where you say.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpora import REPO_ROOT, shared_available, shared_dir

__all__ = ["compare", "inputs", "main", "record_one"]

# <script> elements, whole: what a crawl that strips scripts removes (the page's JSON-LD with them).
_SCRIPT = re.compile(rb"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def _corpus_files() -> Iterator[tuple[str, Path, str | None]]:
    """Every corpus page as (id, path, url)."""
    root = shared_dir() / "corpora"
    annotations = {}
    ann_path = shared_dir() / "annotations" / "readability.jsonl"
    if ann_path.is_file():
        for line in ann_path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                a = json.loads(line)
                annotations[a["page"]] = a.get("url") or None
    for folder in sorted(p for p in (root / "readability").iterdir() if p.is_dir()):
        yield f"readability/{folder.name}", folder / "source.html", annotations.get(folder.name)
    tdir = root / "trafilatura-eval"
    evaldata: dict[str, dict[str, Any]] = json.loads((tdir / "evaldata.json").read_text(encoding="utf-8"))
    for key, item in evaldata.items():
        path = tdir / "cache" / item["file"]
        if not path.is_file():
            path = tdir / "eval" / item["file"]
        yield f"trafilatura-eval/{item['file']}", path, None if key.startswith("hard::") else key
    wdir = root / "wcxb-dev"
    for line in (wdir / "gold.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            rec = json.loads(line)
            yield f"wcxb-dev/{rec['id']}", wdir / rec["file"], rec.get("url") or None


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


# One input: (id, kind, payload, url). kind is "parse" (newsparse.parse), "text" (parse_text)
# or "html+text" (parse, then parse_text of the article's to_text()).
Input = tuple[str, str, Any, "str | None"]


def inputs(stripped: bool = True, roundtrip: bool = True) -> Iterator[Input]:
    """Every recorded input, in a fixed order."""
    for path in sorted((REPO_ROOT / "examples").iterdir()):
        if path.is_file():
            yield f"examples/{path.name}", "parse", path.read_bytes(), None
    sys.path.insert(0, str(REPO_ROOT / "fuzz"))
    try:
        from seeds import seed_pages  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    for i, data in enumerate(seed_pages()):
        yield f"fuzz-seed/{i:03d}", "parse", data, None
    if not shared_available():
        return
    from benchmarks.textdump_gen import generate_cases, seed_case

    shared = shared_dir()
    seed = seed_case(shared)
    yield "textdump/seed", "text", seed.text, None
    for case in generate_cases(shared):
        yield f"textdump/{case.id}", "text", case.text, None
    for ident, path, url in _corpus_files():
        data = _read(path)
        yield ident, "html+text" if roundtrip else "parse", data, url
        if stripped:
            yield f"{ident}#noscript", "parse", _SCRIPT.sub(b"", data), url


def record_one(item: Input) -> list[tuple[str, str]]:
    """(id, recorded output) for one input; a round trip gives two."""
    import newsparse

    ident, kind, payload, url = item

    def run(call: Any, value: Any) -> tuple[str, Any]:
        try:
            article = call(value, url=url)
        except Exception as exc:
            return f"!{type(exc).__name__}: {exc}", None
        return article.to_json(), article

    if kind == "text":
        return [(ident, run(newsparse.parse_text, payload)[0])]
    out, article = run(newsparse.parse, payload)
    rows = [(ident, out)]
    if kind == "html+text" and article is not None:
        rows.append((f"{ident}#text", run(newsparse.parse_text, article.to_text())[0]))
    return rows


def write(path: Path, jobs: int, stripped: bool, roundtrip: bool) -> int:
    started = time.monotonic()
    items = list(inputs(stripped, roundtrip))
    count = 0
    with path.open("w", encoding="utf-8") as out:
        pool = multiprocessing.get_context("spawn").Pool(jobs) if jobs > 1 else None
        try:
            results = pool.imap(record_one, items, chunksize=4) if pool else map(record_one, items)
            for rows in results:
                for ident, value in rows:
                    out.write(json.dumps({"id": ident, "out": value}, ensure_ascii=False) + "\n")
                    count += 1
        finally:
            if pool:
                pool.close()
                pool.join()
    print(f"{count} outputs of {len(items)} inputs written to {path} in {time.monotonic() - started:.0f} s")
    return count


def _load(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r["out"] for r in map(json.loads, fh) if r}


def _fields(value: str) -> dict[str, Any]:
    if value.startswith("!"):
        return {"<error>": value}
    loaded: dict[str, Any] = json.loads(value)
    return loaded


def compare(before: Path, after: Path, show: int = 40) -> int:
    """Print the inputs whose output changed and which fields changed; 0 when all are identical."""
    a, b = _load(before), _load(after)
    missing = sorted(set(a) - set(b))
    added = sorted(set(b) - set(a))
    changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    by_field: Counter[str] = Counter()
    for key in changed:
        fa, fb = _fields(a[key]), _fields(b[key])
        for name in sorted(set(fa) | set(fb)):
            if fa.get(name) != fb.get(name):
                by_field[name] += 1
    print(f"{len(a)} before, {len(b)} after: {len(changed)} changed, {len(missing)} missing, {len(added)} new")
    if by_field:
        print("fields changed: " + ", ".join(f"{k} {v}" for k, v in by_field.most_common()))
    for key in changed[:show]:
        fa, fb = _fields(a[key]), _fields(b[key])
        names = [n for n in sorted(set(fa) | set(fb)) if fa.get(n) != fb.get(n)]
        print(f"  {key}: " + ", ".join(names))
        for name in names[:3]:
            print(f"      - {str(fa.get(name))[:150]}")
            print(f"      + {str(fb.get(name))[:150]}")
    for key in missing[:show]:
        print(f"  missing: {key}")
    for key in added[:show]:
        print(f"  new: {key}")
    return 0 if not (changed or missing or added) else 1


def digest(path: Path) -> str:
    """One hash of a whole record, to say in a note which record a figure came from."""
    h = hashlib.sha256()
    for key, value in sorted(_load(path).items()):
        h.update(key.encode() + b"\0" + value.encode() + b"\0")
    return h.hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.record", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="record every input's output")
    w.add_argument("path", type=Path)
    w.add_argument("--jobs", type=int, default=2)
    w.add_argument("--no-stripped", action="store_true", help="leave out the pages with <script> removed")
    w.add_argument("--no-roundtrip", action="store_true", help="leave out each page's to_text() read back")
    c = sub.add_parser("compare", help="list what changed between two records")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=40)
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.path, args.jobs, not args.no_stripped, not args.no_roundtrip)
        print(f"digest {digest(args.path)}")
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
