"""newsparse on dumps of the corpus pages made by real tools: ``python -m benchmarks.textdump_bench --tools``.

Each page of the dev set is dumped at run time by every tool of
:mod:`benchmarks.tooldumps` (lynx, w3m, inscriptis, html2text, html-text, Chromium),
each dump is read with ``newsparse.parse_text``, and the result is scored:

- on the 130 hand-annotated pages (``../shared/annotations``): all six segments as
  :func:`benchmarks.metrics.score_annotations` scores the HTML parse, teaser texts
  (a dump may carry no URL) and the body against the corpus's own gold (Readability's
  ``expected.html`` text; trafilatura-eval's with/without snippets as that corpus scores them);
- on all wcxb-dev pages: body and headline exactly as :func:`benchmarks.metrics.score_wcxb` scores them;
- against newsparse's HTML parse of the same page (silver labels for what no gold covers)
  on the wcxb-dev articles.

newsparse's HTML parse of the same pages is scored in the same run as the reference row
``html``. Nothing made from the pages is written into the repository; the dumps are
cached outside it (:func:`benchmarks.tooldumps.cache_dir`).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.corpora import Page, load_corpus
from benchmarks.extractors import ALL_FIELDS, Extraction, NewsparseTool
from benchmarks.metrics import Scores, score_annotations, score_trafilatura, score_wcxb, wcxb_page
from benchmarks.scoring import PRF, exact, mean, norm, norm_byline, prf_counts, set_prf, token_prf
from benchmarks.tooldumps import (
    TOOL_NAMES,
    URL_TOOLS,
    DumpCache,
    Dumper,
    DumperUnavailable,
    cache_dir,
    cached_dump,
    deadline,
    make_dumper,
)

__all__ = [
    "HTML",
    "SEGMENTS",
    "Outcome",
    "ToolRun",
    "bench_pages",
    "crash_list",
    "render",
    "run",
    "score_all",
    "score_tool",
    "tool_names",
    "worst_report",
]

HTML = "html"  # the reference row: newsparse's HTML parse of the very page the tools dumped
PARSE_TIMEOUT = 120.0  # seconds parse_text may take on one dump before it counts as a crash
# --worst segments: the first eight on the annotated pages, the wcxb-* ones on wcxb-dev.
SEGMENTS: tuple[str, ...] = (
    "headline",
    "subheading",
    "byline",
    "authors",
    "published",
    "body",
    "related",
    "copyright",
    "wcxb-body",
    "wcxb-headline",
)
# The targets for the dumps: (label, score key, threshold).
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("headline exact ≥ 90%", "ann.headline_exact", 0.90),
    ("body F1 ≥ .90 (readability)", "rd.body_f1", 0.90),
    ("body F1 ≥ .90 (trafilatura snippets)", "tr.snippet_f1", 0.90),
    ("authors F1 ≥ .80", "ann.authors_f1", 0.80),
    ("copyright exact ≥ 90%", "ann.copyright_exact", 0.90),
    ("wcxb-dev articles body F1 ≥ .85", "wcxb.article.body_f1", 0.85),
)


# --- pages -------------------------------------------------------------------------------


def bench_pages(limit: int | None = None) -> tuple[list[Page], list[Page]]:
    """The annotated pages (readability, then trafilatura-eval) and the wcxb-dev pages;
    ``limit`` keeps the first N annotated pages of each annotation file and the first N wcxb-dev pages."""
    annotated: list[Page] = []
    for corpus in ("readability", "trafilatura-eval"):
        annotated += [p for p in load_corpus(corpus) if p.annotation is not None][:limit]
    return annotated, load_corpus("wcxb-dev", limit)


def page_id(page: Page) -> str:
    """A short name for a page: its folder, file or id (never its text)."""
    if page.corpus == "trafilatura-eval":
        return f"trafilatura-eval/{page.gold['file']}"
    return f"{page.corpus}/{page.key}"


# --- one pass ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One tool (or the HTML parse) on one page."""

    ex: Extraction
    teasers: list[str]
    error: str | None = None  # "dump: …" or "parse: …"
    dump_bytes: int = 0
    dump_seconds: float | None = None  # as the tool took when it made the dump (kept in the cache)
    parse_seconds: float | None = None
    sniffed_text: bool | None = None  # parse() read the dump as text (annotated pages only)
    cached: bool = False  # the dump came from the cache, not from the tool in this run
    empty: bool = False  # the tool ran but gave no text (a page its scripts or styles leave blank)
    dump: str | None = None  # kept for the --worst listing only


@dataclass
class ToolRun:
    """All outcomes of one tool, keyed by (corpus, page key)."""

    name: str
    label: str
    available: bool = True
    note: str = ""
    outcomes: dict[tuple[str, str], Outcome] = field(default_factory=dict)


@dataclass
class _Task:
    part: int
    jobs: int
    tools: tuple[str, ...]
    cache: str | None
    keep_dumps: str | None
    progress: bool


# Filled before the worker processes fork, so they share the decoded pages instead of reloading them.
_PAGES: tuple[list[Page], list[Page]] = ([], [])


def _convert(article: Any) -> tuple[Extraction, list[str]]:
    ex = NewsparseTool().convert(article)
    teasers = [str(link.text) for link in getattr(article, "related_links", ()) or () if getattr(link, "text", None)]
    return ex, teasers


def _html_outcome(parse_html: Callable[..., Any], page: Page) -> Outcome:
    t0 = time.perf_counter()
    try:
        with deadline(PARSE_TIMEOUT):
            article = parse_html(page.html, url=page.url)
    except Exception as exc:  # a crash is scored as empty output
        return Outcome(Extraction(), [], error=f"parse: {type(exc).__name__}: {str(exc)[:100]}")
    seconds = time.perf_counter() - t0
    ex, teasers = _convert(article)
    return Outcome(ex, teasers, parse_seconds=seconds)


def _dump_outcome(dumper: Dumper, cache: DumpCache, page: Page, annotated: bool, keep: bool) -> Outcome:
    import newsparse

    try:
        text, dump_seconds, cached = cached_dump(dumper, cache, page.html, page.url)
    except Exception as exc:  # the tool failed on this page: scored as an empty dump
        return Outcome(Extraction(), [], error=f"dump: {type(exc).__name__}: {str(exc)[:100]}")
    out = Outcome(Extraction(), [], dump_bytes=len(text.encode("utf-8", "replace")), dump_seconds=dump_seconds)
    out.cached, out.empty = cached, not text.strip()
    if keep:
        out.dump = text
    if out.empty:
        # newsparse refuses empty input (ParseError) by design: scored as empty output, not as a crash.
        return out
    t0 = time.perf_counter()
    try:
        with deadline(PARSE_TIMEOUT):
            article = newsparse.parse_text(text)
        out.parse_seconds = time.perf_counter() - t0
        out.ex, out.teasers = _convert(article)
        if annotated:
            # parse() must tell a dump from HTML; on a dump it gives exactly what parse_text gives.
            with deadline(PARSE_TIMEOUT):
                out.sniffed_text = newsparse.parse(text).to_dict() == article.to_dict()
    except Exception as exc:
        out.error = f"parse: {type(exc).__name__}: {str(exc)[:100]}"
        out.ex, out.teasers = Extraction(), []
    return out


def _work(task: _Task) -> tuple[list[ToolRun], float]:
    """One worker's share of the pages (every ``jobs``-th from ``part``), every tool on each page."""
    import newsparse

    annotated, wcxb = _PAGES
    share = [(p, True) for p in annotated[task.part :: task.jobs]] + [(p, False) for p in wcxb[task.part :: task.jobs]]
    workdir = Path(tempfile.mkdtemp(prefix="tooldumps-"))
    cache = DumpCache(Path(task.cache) if task.cache else None)
    runs: dict[str, ToolRun] = {HTML: ToolRun(HTML, f"newsparse {newsparse.__version__} on the HTML")}
    dumpers: dict[str, Dumper] = {}
    started = time.perf_counter()
    try:
        for name in task.tools:
            try:
                dumpers[name] = make_dumper(name, workdir / name)
                runs[name] = ToolRun(name, dumpers[name].label)
            except DumperUnavailable as exc:
                runs[name] = ToolRun(name, name, available=False, note=str(exc))
        for i, (page, is_annotated) in enumerate(share):
            key = (page.corpus, page.key)
            runs[HTML].outcomes[key] = _html_outcome(newsparse.parse_html, page)
            for name, dumper in dumpers.items():
                keep = task.keep_dumps == name
                runs[name].outcomes[key] = _dump_outcome(dumper, cache, page, is_annotated, keep)
            if task.progress and ((i + 1) % 50 == 0 or i + 1 == len(share)):
                print(
                    f"[worker {task.part}] {i + 1}/{len(share)} pages, {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        for dumper in dumpers.values():
            dumper.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return list(runs.values()), time.perf_counter() - started


def run(
    tools: Sequence[str],
    limit: int | None,
    jobs: int = 1,
    use_cache: bool = True,
    keep_dumps: str | None = None,
    progress: bool = True,
) -> tuple[list[Page], list[Page], dict[str, ToolRun]]:
    """Dump, parse and keep every outcome: (annotated pages, wcxb-dev pages, runs by tool, ``html`` first)."""
    global _PAGES
    annotated, wcxb = bench_pages(limit)
    _PAGES = (annotated, wcxb)
    cache = str(cache_dir()) if use_cache else None
    tasks = [_Task(i, jobs, tuple(tools), cache, keep_dumps, progress) for i in range(jobs)]
    if jobs == 1:
        parts = [_work(tasks[0])]
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as pool:
            parts = list(pool.map(_work, tasks))
    merged: dict[str, ToolRun] = {}
    for runs, _ in parts:
        for r in runs:
            if r.name not in merged:
                merged[r.name] = r
            else:
                merged[r.name].outcomes.update(r.outcomes)
    return annotated, wcxb, merged


# --- scores --------------------------------------------------------------------------------


def _teaser_counts(pred: Sequence[str], gold: Sequence[str]) -> tuple[int, int, int]:
    # SEGMENTS.md: over teaser texts in a dump, compared as normalized strings.
    p = {norm(x) for x in pred} - {""}
    g = {norm(x) for x in gold} - {""}
    return len(p & g), len(p), len(g)


def _micro(counts: Sequence[tuple[int, int, int]]) -> PRF:
    return prf_counts(sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))


def _put_prf(s: Scores, prefix: str, prf: PRF) -> None:
    s[f"{prefix}_p"], s[f"{prefix}_r"], s[f"{prefix}_f1"] = prf.precision, prf.recall, prf.f1


def score_tool(
    annotated: Sequence[Page],
    wcxb: Sequence[Page],
    outs: Sequence[ToolRun],
    ref: ToolRun,
    urls: bool,
) -> Scores:
    """The scores of one tool's outcomes (or of several tools' pooled: ``outs`` has them all).

    Keys: ``ann.*`` from :func:`score_annotations` plus teaser texts, ``rd.body_*`` (readability
    token P/R/F1), ``tr.snippet_*`` (:func:`score_trafilatura`), ``wcxb.<type>.*``
    (:func:`score_wcxb`), ``silver.*`` (agreement with the HTML parse on wcxb-dev articles).
    """
    s: Scores = {}
    ann_pages = [p for _ in outs for p in annotated]
    ann_outs = [r.outcomes[(p.corpus, p.key)] for r in outs for p in annotated]
    fields = ALL_FIELDS if urls else ALL_FIELDS - {"related"}
    for k, v in score_annotations(ann_pages, [o.ex for o in ann_outs], fields).items():
        s[f"ann.{k}"] = v
    counts = [
        _teaser_counts(o.teasers, [link.get("text") or "" for link in (p.annotation or {}).get("related_links") or []])
        for p, o in zip(ann_pages, ann_outs, strict=True)
    ]
    _put_prf(s, "ann.teasers", _micro(counts))
    s["ann.n_teasers"] = float(sum(c[2] for c in counts)) / max(1, len(outs))

    rd = [(p, o) for p, o in zip(ann_pages, ann_outs, strict=True) if p.corpus == "readability"]
    if rd:
        prfs = [token_prf(o.ex.body, p.gold["body"]) for p, o in rd]
        s["rd.body_p"] = mean(x.precision for x in prfs)
        s["rd.body_r"] = mean(x.recall for x in prfs)
        s["rd.body_f1"] = mean(x.f1 for x in prfs)
        s["rd.n"] = float(len(rd)) / len(outs)
    tr = [(p, o) for p, o in zip(ann_pages, ann_outs, strict=True) if p.corpus == "trafilatura-eval"]
    if tr:
        t = score_trafilatura([p for p, _ in tr], [o.ex for _, o in tr], frozenset({"body", "subheading"}))
        for k in ("snippet_precision", "snippet_recall", "snippet_f1", "snippet_accuracy", "snippet_f1_with_dek"):
            s[f"tr.{k}"] = t[k]
        s["tr.n"] = float(len(tr)) / len(outs)

    w_pages = [p for _ in outs for p in wcxb]
    w_exs = [r.outcomes[(p.corpus, p.key)].ex for r in outs for p in wcxb]
    if w_pages:
        for k, v in score_wcxb(w_pages, w_exs, frozenset({"body", "headline", "authors"})).items():
            s[f"wcxb.{k}"] = v
            if k.startswith("n_"):
                s[f"wcxb.{k}"] = v / len(outs)
    s.update(_silver(wcxb, outs, ref))
    s.update(_ops(annotated, wcxb, outs))
    return s


def _silver(wcxb: Sequence[Page], outs: Sequence[ToolRun], ref: ToolRun) -> Scores:
    """Agreement with newsparse's HTML parse on the wcxb-dev articles, where that parse found the segment."""
    articles = [p for p in wcxb if p.gold.get("page_type") == "article"]
    pairs = [(r.outcomes[(p.corpus, p.key)], ref.outcomes[(p.corpus, p.key)]) for r in outs for p in articles]
    s: Scores = {}

    def rate(name: str, has: Callable[[Outcome], bool], score: Callable[[Outcome, Outcome], float]) -> None:
        values = [score(o, h) for o, h in pairs if has(h)]
        if values:  # no page to agree on shows as "–", not as 0
            s[f"silver.{name}"] = mean(values)
        s[f"silver.n_{name}"] = float(len(values)) / max(1, len(outs))

    rate("headline", lambda h: bool(h.ex.headline), lambda o, h: float(exact(o.ex.headline, h.ex.headline)))
    rate("subheading", lambda h: bool(h.ex.subheading), lambda o, h: float(exact(o.ex.subheading, h.ex.subheading)))
    rate(
        "byline",
        lambda h: bool(h.ex.byline_text),
        lambda o, h: float(norm_byline(o.ex.byline_text) == norm_byline(h.ex.byline_text)),
    )
    rate("authors", lambda h: bool(h.ex.authors), lambda o, h: set_prf(o.ex.authors, h.ex.authors).f1)
    rate("body", lambda h: bool(h.ex.body), lambda o, h: token_prf(o.ex.body, h.ex.body).f1)
    rate(
        "copyright",
        lambda h: bool(h.ex.copyright_text),
        lambda o, h: float(exact(o.ex.copyright_text, h.ex.copyright_text)),
    )
    _put_prf(s, "silver.teasers", _micro([_teaser_counts(o.teasers, h.teasers) for o, h in pairs]))
    return s


def _ops(annotated: Sequence[Page], wcxb: Sequence[Page], outs: Sequence[ToolRun]) -> Scores:
    """Failures, sizes and times of the dumps and of their parse."""
    every = [r.outcomes[(p.corpus, p.key)] for r in outs for p in (*annotated, *wcxb)]
    s: Scores = {"ops.n": float(len(every))}
    s["ops.dump_failed"] = float(sum(1 for o in every if (o.error or "").startswith("dump:")))
    s["ops.parse_crashed"] = float(sum(1 for o in every if (o.error or "").startswith("parse:")))
    dumped = [o for o in every if o.dump_seconds is not None]
    s["ops.dump_empty"] = float(sum(1 for o in dumped if o.empty))
    s["ops.dumps_made"] = float(sum(1 for o in dumped if not o.cached))
    s["ops.dumps_cached"] = float(sum(1 for o in dumped if o.cached))
    if dumped:
        s["ops.dump_ms_median"] = statistics.median(o.dump_seconds or 0.0 for o in dumped) * 1000
        s["ops.dump_s_total"] = sum(o.dump_seconds or 0.0 for o in dumped)
        s["ops.dump_kb_median"] = statistics.median(o.dump_bytes for o in dumped) / 1024
        s["ops.dump_kb_max"] = max(o.dump_bytes for o in dumped) / 1024
    parsed = [o for o in every if o.parse_seconds is not None]
    if parsed:
        s["ops.parse_ms_median"] = statistics.median(o.parse_seconds or 0.0 for o in parsed) * 1000
        s["ops.parse_ms_max"] = max(o.parse_seconds or 0.0 for o in parsed) * 1000
        s["ops.parse_s_total"] = sum(o.parse_seconds or 0.0 for o in parsed)
    sniffed = [o.sniffed_text for o in every if o.sniffed_text is not None]
    if sniffed:
        s["ops.sniffed_text"] = mean(float(x) for x in sniffed)
    return s


# --- report --------------------------------------------------------------------------------

DASH = "–"


def _pct(s: Scores, key: str) -> str:
    return f"{s[key] * 100:.1f}%" if key in s else DASH


def _dec(s: Scores, key: str) -> str:
    return f"{s[key]:.3f}".replace("0.", ".", 1) if key in s else DASH


def _prf(s: Scores, prefix: str, keys: tuple[str, str, str] = ("_p", "_r", "_f1")) -> str:
    return " / ".join(_dec(s, prefix + k) for k in keys) if prefix + keys[2] in s else DASH


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [_row(head), _row(["---"] * len(head)), *(_row(r) for r in rows)]


def _n(s: Scores, key: str) -> str:
    return f"{s.get(key, 0):.0f}"


def _load() -> str:
    # The times are those of a machine that may be shared: its load says how far to trust them.
    try:
        return f", load average {os.getloadavg()[0]:.1f} at the end"
    except (AttributeError, OSError):
        return ""


def render(
    annotated: Sequence[Page],
    wcxb: Sequence[Page],
    runs: dict[str, ToolRun],
    scores: dict[str, Scores],
    command: str,
    elapsed: float,
) -> str:
    """The Markdown section: targets, annotated pages, wcxb-dev, silver, the tools' costs and notes."""
    shown = [name for name in scores if name != "all dumps"]
    dumps = [name for name in shown if name != HTML]
    order = [HTML, *dumps, *(["all dumps"] if "all dumps" in scores else [])]
    ref = scores[HTML]
    n_rd = sum(1 for p in annotated if p.corpus == "readability")
    n_tr = len(annotated) - n_rd
    labels = {name: runs[name].label for name in shown} | {"all dumps": f"all {len(dumps)} dump tools pooled"}
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    import newsparse

    made = sum(scores[name].get("ops.dumps_made", 0.0) for name in dumps)
    cached = sum(scores[name].get("ops.dumps_cached", 0.0) for name in dumps)
    out = [
        "## Text dumps made by real tools",
        "",
        f"Command: `{command}` (from the repository root), run {now}, took {elapsed:.0f} s "
        f"({made:.0f} dumps made in the run, {cached:.0f} read from the cache); "
        f"newsparse {newsparse.__version__}, Python {platform.python_version()}, {os.cpu_count()} CPUs{_load()}.  ",
        f"Pages: the {len(annotated)} hand-annotated pages ({n_rd} readability, {n_tr} trafilatura-eval) and "
        f"{len(wcxb)} wcxb-dev pages, each dumped at run time by every tool (`benchmarks/tooldumps.py`; "
        "nothing made from them is stored in the repository) and read with `newsparse.parse_text`. "
        "`html` is newsparse's HTML parse of the same pages, the reference.",
        "",
        "### Targets",
        "",
    ]
    head = ["tool", *(label for label, _, _ in TARGETS)]
    rows = []
    for name in order:
        s = scores[name]
        cells = [labels[name]]
        for _, key, target in TARGETS:
            value = _pct(s, key) if key.endswith("exact") else _dec(s, key)
            cells.append(value if key not in s else (value if s[key] >= target else f"**{value}**"))
        rows.append(cells)
    out += [
        *_table(head, rows),
        "",
        "Bold: under the target. Body on the annotated pages is scored against the corpus's gold body: "
        f"Readability's `expected.html` text (token F1, {n_rd} pages) and trafilatura-eval's with/without snippets "
        f"(snippet F1 over the {n_tr} pages, as that corpus scores them).",
        "",
        f"### Hand-annotated pages ({len(annotated)})",
        "",
    ]
    head = [
        "tool",
        "headline exact / F1",
        f"subheading exact (all / {_n(ref, 'ann.n_subheading')} with one)",
        f"byline exact (all / {_n(ref, 'ann.n_byline')})",
        f"authors F1 ({_n(ref, 'ann.n_authors')})",
        f"published exact ({_n(ref, 'ann.n_published')})",
        f"body P / R / F1 (readability {n_rd})",
        f"snippets P / R / F1 (trafilatura {n_tr})",
        f"teaser texts P / R / F1 ({_n(ref, 'ann.n_teasers')})",
        "related URLs P / R / F1",
        f"copyright exact (all / {_n(ref, 'ann.n_copyright')})",
        "holder / years",
    ]
    rows = []
    for name in order:
        s = scores[name]
        rows.append(
            [
                labels[name],
                f"{_pct(s, 'ann.headline_exact')} / {_dec(s, 'ann.headline_f1')}",
                f"{_pct(s, 'ann.subheading_exact')} / {_pct(s, 'ann.subheading_exact_gold')}",
                f"{_pct(s, 'ann.byline_exact')} / {_pct(s, 'ann.byline_exact_gold')}",
                _dec(s, "ann.authors_f1"),
                _pct(s, "ann.published_exact"),
                _prf(s, "rd.body"),
                _prf(s, "tr.snippet", ("_precision", "_recall", "_f1")),
                _prf(s, "ann.teasers"),
                _prf(s, "ann.related_url", ("_precision", "_recall", "_f1")),
                f"{_pct(s, 'ann.copyright_exact')} / {_pct(s, 'ann.copyright_exact_gold')}",
                f"{_pct(s, 'ann.copyright_holder_exact')} / {_pct(s, 'ann.copyright_years_exact')}",
            ]
        )
    out += [
        *_table(head, rows),
        "",
        "Scored as the HTML benchmark scores these pages (`benchmarks.metrics.score_annotations`): exact = equal after "
        'NFKC, whitespace folding and casefolding, "none" against "none" a match over all pages; authors F1 over the '
        "pages with a named author; published = the date printed with the byline. Teaser texts: micro P/R/F1 over "
        "the teasers' headline texts. Related URLs only for the tools that print link targets (lynx's References "
        "list, html2text's Markdown links).",
        "",
        f"### wcxb-dev ({len(wcxb)} pages)",
        "",
    ]
    head = [
        "tool",
        f"articles: body F1 / P / R ({_n(ref, 'wcxb.n_article.body_f1')})",
        f"headline exact ({_n(ref, 'wcxb.n_article.headline_exact')})",
        f"authors F1 ({_n(ref, 'wcxb.n_article.authors_f1')})",
        f"all types: body F1 / P / R ({_n(ref, 'wcxb.n_all.body_f1')})",
        f"headline exact ({_n(ref, 'wcxb.n_all.headline_exact')})",
    ]
    rows = [
        [
            labels[name],
            _prf(scores[name], "wcxb.article.body", ("_f1", "_precision", "_recall")),
            _pct(scores[name], "wcxb.article.headline_exact"),
            _dec(scores[name], "wcxb.article.authors_f1"),
            _prf(scores[name], "wcxb.all.body", ("_f1", "_precision", "_recall")),
            _pct(scores[name], "wcxb.all.headline_exact"),
        ]
        for name in order
    ]
    out += [
        *_table(head, rows),
        "",
        "Scored as `../shared/corpora/wcxb-dev/README.md` says (`benchmarks.metrics.score_wcxb`). WCXB v1.0 (Web "
        "Content eXtraction Benchmark), © 2026 Murrough Foley, CC BY 4.0, "
        "https://github.com/Murrough-Foley/web-content-extraction-benchmark, doi:10.5281/zenodo.19316874.",
        "",
        "### Agreement with the HTML parse (silver), wcxb-dev articles",
        "",
    ]
    head = [
        "tool",
        f"headline ({_n(ref, 'silver.n_headline')})",
        f"subheading ({_n(ref, 'silver.n_subheading')})",
        f"byline ({_n(ref, 'silver.n_byline')})",
        f"authors F1 ({_n(ref, 'silver.n_authors')})",
        f"body F1 ({_n(ref, 'silver.n_body')})",
        f"copyright ({_n(ref, 'silver.n_copyright')})",
        "teaser texts P / R / F1",
    ]
    rows = [
        [
            labels[name],
            _pct(scores[name], "silver.headline"),
            _pct(scores[name], "silver.subheading"),
            _pct(scores[name], "silver.byline"),
            _dec(scores[name], "silver.authors"),
            _dec(scores[name], "silver.body"),
            _pct(scores[name], "silver.copyright"),
            _prf(scores[name], "silver.teasers"),
        ]
        for name in [*dumps, *(["all dumps"] if "all dumps" in scores else [])]
    ]
    out += [
        *_table(head, rows),
        "",
        "Each column: the pages where the HTML parse found that segment (count in the header); exact after "
        "normalization, body as token F1 against the HTML parse's body. The HTML parse is not gold, but it is what "
        "a dump of the same page should give.",
        "",
        "### The tools",
        "",
    ]
    head = [
        "tool",
        "dumps failed / empty",
        "parse crashed",
        "dump ms, median",
        "dump KB, median / max",
        "parse ms, median / max",
        "`parse()` reads it as text",
    ]
    rows = []
    for name in order:
        s = scores[name]
        kb = f"{s['ops.dump_kb_median']:.1f} / {s['ops.dump_kb_max']:.0f}" if "ops.dump_kb_median" in s else DASH
        parse_ms = (
            f"{s['ops.parse_ms_median']:.1f} / {s['ops.parse_ms_max']:.0f}" if "ops.parse_ms_median" in s else DASH
        )
        rows.append(
            [
                labels[name],
                f"{s['ops.dump_failed']:.0f} / {s['ops.dump_empty']:.0f} of {s['ops.n']:.0f}" if name != HTML else DASH,
                f"{s['ops.parse_crashed']:.0f}",
                f"{s['ops.dump_ms_median']:.1f}" if "ops.dump_ms_median" in s else DASH,
                kb,
                parse_ms,
                _pct(s, "ops.sniffed_text"),
            ]
        )
    out += [
        *_table(head, rows),
        "",
        "Dump ms: the tool's own time per page when the dump was made (a process per page for lynx and w3m; "
        "one browser, a fresh tab per page, for Chromium). Parse ms: `parse_text` on the dump (`html`: "
        "`parse_html` on the page). `parse()` column: on the annotated pages, `newsparse.parse` gives exactly what "
        "`parse_text` gives (it sniffed a dump, not HTML). A failed dump, an empty one (newsparse refuses empty "
        "input) or a crashed parse is scored as empty output.",
        "",
    ]
    notes = [f"- {r.name}: not run: {r.note}" for r in runs.values() if not r.available]
    how = [
        "- lynx, lynx-nolist: `lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 [-nolist] FILE`; "
        "w3m: `w3m -dump -T text/html -I UTF-8 -O UTF-8 -o meta_refresh=0 FILE`. The file is the decoded page "
        "written back as UTF-8 with its charset declarations saying so and a `<base>` of its URL added when it "
        "has none (so lynx lists links as `lynx -dump URL` would).",
        "- inscriptis: `inscriptis.get_text(html)`; html2text: `html2text.HTML2Text(baseurl=url).handle(html)` "
        "(Markdown, 78-column wrapping); html-text: `html_text.extract_text(html)`; all with their defaults.",
        "- chromium: headless, `document.body.innerText` after the load event (at most 15 s), 1366×900 window, "
        "scripts on. The tab opens the page's URL and is answered with the page itself; every other request is "
        "aborted, so the page's style sheets do not load and text they would hide shows. `<html>` and `<body>` "
        "are made visible before reading, as the page's own (unloaded) scripts would have made them; a page that "
        "still shows no text (an app whose scripts did not load: forum threads, shops) is read again with scripts "
        "off, as its server wrote it for readers without them.",
    ]
    out += ["How each tool is run:", "", *how, ""]
    if notes:
        out += ["Tools not run:", "", *notes, ""]
    return "\n".join(out)


# --- the worst pages -------------------------------------------------------------------------


def _short(value: Any, width: int = 110) -> str:
    s = value if isinstance(value, str) else repr(value)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _page_score(segment: str, page: Page, o: Outcome) -> float | None:
    """One page's score on ``segment`` (None: the page does not count for it); lower is worse."""
    ex = o.ex
    if segment.startswith("wcxb-"):
        if page.corpus != "wcxb-dev":
            return None
        metric = {"wcxb-body": "body_f1", "wcxb-headline": "headline_exact"}[segment]
        return wcxb_page(page, ex, frozenset({"body", "headline"})).get(metric)
    a = page.annotation
    if a is None:
        return None
    if segment == "body":
        if page.corpus == "readability":
            return token_prf(ex.body, page.gold["body"]).f1
        return score_trafilatura([page], [ex], frozenset({"body"}))["snippet_f1"]
    if segment == "related":
        gold = [link.get("text") or "" for link in a.get("related_links") or []]
        tp, n_pred, n_gold = _teaser_counts(o.teasers, gold)
        return prf_counts(tp, n_pred, n_gold).f1
    if segment == "authors":
        return set_prf(ex.authors, a["authors"]).f1 if a.get("authors") else None
    if segment == "published":
        return float(ex.published == a["published"]) if a.get("published") else None
    s = score_annotations([page], [ex], ALL_FIELDS)
    if segment == "headline":
        return s["headline_exact"] + s["headline_f1"] / 2  # misses first, the farthest misses first of all
    return {"subheading": s["subheading_exact"], "byline": s["byline_exact"], "copyright": s["copyright_exact"]}[
        segment
    ]


def _gold_pred(segment: str, page: Page, o: Outcome) -> tuple[Any, Any]:
    a, ex = page.annotation or {}, o.ex
    if segment == "wcxb-headline":
        return page.gold.get("headline"), ex.headline
    return {
        "headline": (a.get("headline"), ex.headline),
        "subheading": (a.get("subheading"), ex.subheading),
        "byline": (a.get("byline_text"), ex.byline_text),
        "authors": (a.get("authors"), ex.authors),
        "published": (a.get("published"), ex.published),
        "copyright": ((a.get("copyright") or {}).get("text"), ex.copyright_text),
    }.get(segment, (None, None))


def _raw(line: str, width: int = 100) -> str:
    # The indentation is kept: in a dump it tells a heading from a paragraph or a list item.
    body = line.lstrip()
    return line[: len(line) - len(body)] + _short(body, width)


def _lines_around(dump: str, needle: str | None, before: int = 2, after: int = 3) -> list[str]:
    """The dump's lines around the first that holds the start of ``needle`` (numbered), else its first lines."""
    lines = dump.splitlines()
    words = norm(needle).split()[:4] if needle else []
    at = None
    if words:
        probe = " ".join(words)
        at = next((i for i, ln in enumerate(lines) if probe in " ".join(norm(ln).split())), None)
        if at is None:  # a hard-wrapped line: the first two words are enough to find it
            probe = " ".join(words[:2])
            at = next((i for i, ln in enumerate(lines) if probe and probe in " ".join(norm(ln).split())), None)
    if at is None:
        shown = [(i, ln) for i, ln in enumerate(lines) if ln.strip()][: before + after + 1]
        head = "(gold not found in the dump; its first lines)" if needle else "(its first lines)"
        return [head, *(f"{i + 1:>5}|{_raw(ln)}" for i, ln in shown)]
    lo, hi = max(0, at - before), min(len(lines), at + after + 1)
    return [f"{i + 1:>5}{'>' if i == at else '|'}{_raw(lines[i])}" for i in range(lo, hi)]


def worst_report(segment: str, tool: str, n: int, annotated: Sequence[Page], wcxb: Sequence[Page], r: ToolRun) -> str:
    """The ``n`` worst pages of ``tool`` on ``segment``: ids, scores and short excerpts (console only)."""
    pool = wcxb if segment.startswith("wcxb-") else annotated
    scored = []
    for page in pool:
        o = r.outcomes[(page.corpus, page.key)]
        value = _page_score(segment, page, o)
        if value is not None:
            scored.append((value, page, o))
    scored.sort(key=lambda x: x[0])
    out = [f"worst {min(n, len(scored))} of {len(scored)} pages, {tool}, {segment}:"]
    for value, page, o in scored[:n]:
        out.append(f"- {page_id(page)}  score {value:.3f}" + (f"  ({o.error})" if o.error else ""))
        if segment in ("body", "wcxb-body"):
            gold_text = page.gold.get("body_text") if page.corpus == "wcxb-dev" else page.gold.get("body")
            if page.corpus == "trafilatura-eval":
                missed = [x for x in page.gold["with"] if " ".join(x.split()) not in " ".join(o.ex.body.split())]
                caught = [x for x in page.gold["without"] if " ".join(x.split()) in " ".join(o.ex.body.split())]
                out.append(f"    with-snippets missed {len(missed)}/{len(page.gold['with'])}: {_short(missed[:2])}")
                out.append(f"    without-snippets kept {len(caught)}/{len(page.gold['without'])}: {_short(caught[:3])}")
            else:
                prf = token_prf(o.ex.body, gold_text) if page.corpus == "readability" else None
                if prf is not None:
                    out.append(f"    P / R / F1 {prf.precision:.3f} / {prf.recall:.3f} / {prf.f1:.3f}")
                gold_first = next((ln for ln in (gold_text or "").splitlines() if ln.strip()), "")
                out.append(f"    gold starts: {_short(gold_first)}")
            paras = [p for p in o.ex.body.split("\n\n") if p.strip()]
            out.append(f"    body: {len(paras)} paragraphs, {len(o.ex.body.split())} words")
            if paras:
                out.append(f"    body starts: {_short(paras[0])}")
                out.append(f"    body ends:   {_short(paras[-1])}")
            if o.dump is not None and page.corpus != "trafilatura-eval":
                out += ["    dump at gold start:", *(f"      {ln}" for ln in _lines_around(o.dump, gold_first))]
            continue
        if segment == "related":
            gold = [link.get("text") or "" for link in (page.annotation or {}).get("related_links") or []]
            g, p = {norm(x) for x in gold} - {""}, {norm(x) for x in o.teasers} - {""}
            missing = [x for x in gold if norm(x) not in p]
            extra = [x for x in o.teasers if norm(x) not in g]
            out.append(f"    teasers: gold {len(g)}, found {len(p)}, right {len(g & p)}")
            out.append(f"    missing: {' ‖ '.join(_short(x, 60) for x in missing[:4])}")
            out.append(f"    extra:   {' ‖ '.join(_short(x, 60) for x in extra[:4])}")
            if o.dump is not None and missing:
                out += ["    dump at a missing teaser:", *(f"      {ln}" for ln in _lines_around(o.dump, missing[0]))]
            continue
        gold, pred = _gold_pred(segment, page, o)
        out.append(f"    gold: {_short(gold)}")
        out.append(f"    got:  {_short(pred)}")
        if o.dump is not None:
            needle = gold if isinstance(gold, str) else (gold[0] if isinstance(gold, list) and gold else None)
            if segment == "published":
                needle = (page.annotation or {}).get("byline_text") or needle
            out += ["    dump at gold:", *(f"      {ln}" for ln in _lines_around(o.dump, needle))]
    return "\n".join(out)


def score_all(annotated: Sequence[Page], wcxb: Sequence[Page], runs: dict[str, ToolRun]) -> dict[str, Scores]:
    """Scores per tool (the ``html`` reference first), then ``all dumps`` pooled over the dump tools that ran."""
    ref = runs[HTML]
    out: dict[str, Scores] = {HTML: score_tool(annotated, wcxb, [ref], ref, urls=True)}
    ran = [r for name, r in runs.items() if name != HTML and r.available]
    for r in ran:
        out[r.name] = score_tool(annotated, wcxb, [r], ref, urls=r.name in URL_TOOLS)
    if len(ran) > 1:
        # URL scores pooled over tools that print none would only dilute: left out of the pooled row.
        out["all dumps"] = score_tool(annotated, wcxb, ran, ref, urls=False)
    return out


def crash_list(runs: dict[str, ToolRun], per_tool: int = 10) -> str:
    """Failed dumps and crashed parses per tool, with their messages (console only: they may quote a page)."""
    annotated, wcxb = _PAGES
    names = {(p.corpus, p.key): page_id(p) for p in (*annotated, *wcxb)}
    lines: list[str] = []
    for r in runs.values():
        bad = [(k, o.error) for k, o in r.outcomes.items() if o.error]
        if not bad:
            continue
        lines.append(f"{r.name}: {len(bad)} of {len(r.outcomes)} pages")
        lines += [f"  {names.get(k, k[1])}: {err}" for k, err in sorted(bad)[:per_tool]]
        if len(bad) > per_tool:
            lines.append(f"  … and {len(bad) - per_tool} more")
    return "\n".join(lines) if lines else "No failed dump and no crashed parse."


def tool_names(chosen: Sequence[str] | None) -> list[str]:
    """The dump tools to run: all of :data:`TOOL_NAMES` by default (``html`` always runs)."""
    if not chosen:
        return list(TOOL_NAMES)
    names = [n for c in chosen for n in c.split(",") if n and n != HTML]
    unknown = [n for n in names if n not in TOOL_NAMES]
    if unknown:
        raise ValueError(f"unknown tool(s) {unknown}; choose from {', '.join((HTML, *TOOL_NAMES))}")
    return list(dict.fromkeys(names))
