"""The HTML benchmark: newsparse against the anchors of ../shared/ANCHORS.md, on the shared corpora.

Run from the repository root::

    python -m benchmarks.html_bench [--anchors] [--limit N] [--corpus readability|trafilatura-eval|all] [--write-docs]

Every tool runs in its own fresh process per corpus (for its peak memory), one
after another (for fair timings), on the same decoded pages; scores follow
ANCHORS.md exactly (see :mod:`benchmarks.metrics`). The CI quality-floor test
calls :func:`run_newsparse` instead, which runs newsparse alone, in-process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpora import (
    CORPORA,
    NO_SCRIPTS,
    REPO_ROOT,
    WCXB_TYPES,
    Page,
    load_corpus,
    shared_available,
    shared_dir,
)
from benchmarks.extractors import ALL_FIELDS, ANCHOR_TOOLS, Extraction, ToolUnavailable, make_tool
from benchmarks.metrics import (
    Scores,
    related_over,
    score_annotations,
    score_readability,
    score_trafilatura,
    score_wcxb,
)
from benchmarks.runner import DEFAULT_TIMEOUT, PassResult, extract_pages, memory_flat_check, spawn, spawn_pass
from benchmarks.trust import (
    COHERENCE_KEYS,
    CONFIDENCE_KEYS,
    PAGETYPE_KEYS,
    CoherenceRun,
    coherence_scores,
    confidence_scores,
    confusion,
    page_type_scores,
    run_coherence,
)

__all__ = ["main", "newsparse_score_keys", "run_newsparse"]

DOCS_PATH = REPO_ROOT / "docs" / "benchmarks.md"
START_MARK = "<!-- html-bench:start -->"
END_MARK = "<!-- html-bench:end -->"
SHORT = {"readability": "readability", "trafilatura-eval": "trafilatura", "wcxb-dev": "wcxb"}
FLAT_CHECK_PARSES = 3000
# The wcxb-dev metrics a run reports per page type (the floors pick from these).
_WCXB_FLOOR_METRICS = ("body_f1", "body_precision", "body_recall", "headline_exact", "authors_f1", "published_exact")


# --- scores as a flat dict (the quality-floor interface) -----------------------


def _corpus_scores(corpus: str, pages: Sequence[Page], exs: Sequence[Extraction], fields: frozenset[str]) -> Scores:
    scorer = {"readability": score_readability, "trafilatura-eval": score_trafilatura, "wcxb-dev": score_wcxb}
    return scorer[corpus](pages, exs, fields)


def _flat(corpus: str, pages: Sequence[Page], exs: Sequence[Extraction], n_crashes: int) -> dict[str, float]:
    short = SHORT[corpus]
    out: dict[str, float] = {}
    scores = _corpus_scores(corpus, pages, exs, ALL_FIELDS)
    if corpus == "wcxb-dev" and not pages:
        # The keys do not depend on the results: every type and metric of the table.
        scores = {f"{kind}.{m}": 0.0 for kind in ("all", *WCXB_TYPES) for m in _WCXB_FLOOR_METRICS}
    for name, value in scores.items():
        if not name.startswith("n_") and name != "date_exact_count":
            out[f"{short}.{name}"] = value
    out[f"{short}.ok_rate"] = 1.0 - n_crashes / len(pages) if pages else 0.0
    if corpus == "wcxb-dev":
        return out  # no hand annotations there
    for name, value in score_annotations(pages, exs, ALL_FIELDS).items():
        if not name.startswith("n_"):
            out[f"annotations.{short}.{name}"] = value
    return out


def _corpora(corpus: str) -> tuple[str, ...]:
    """``all`` or one corpus name; ``trafilatura`` (the key prefix) is accepted for ``trafilatura-eval``."""
    corpus = {"trafilatura": "trafilatura-eval"}.get(corpus, corpus)
    if corpus == "all":
        return CORPORA
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; expected 'all' or one of {CORPORA}")
    return (corpus,)


def _trust_keys(corpora: Sequence[str]) -> list[str]:
    """The trust scores a run over ``corpora`` gives: page type and confidence need wcxb-dev,
    coherence the hand-annotated pages of both other corpora."""
    keys: list[str] = []
    if "wcxb-dev" in corpora:
        keys += [*PAGETYPE_KEYS, *CONFIDENCE_KEYS]
    if "readability" in corpora and "trafilatura-eval" in corpora:
        keys += list(COHERENCE_KEYS)
    return keys


def newsparse_score_keys(corpus: str = "all") -> list[str]:
    """The stable key names :func:`run_newsparse` returns (independent of the results)."""
    keys: list[str] = []
    for c in _corpora(corpus):
        keys += list(_flat(c, [], [], 0))
    if len(_corpora(corpus)) > 1:
        keys += [f"annotations.all.{name}" for name in related_over([])]
    return keys + _trust_keys(_corpora(corpus))


def coherence_pass(limit: int | None = None) -> CoherenceRun:
    """newsparse on the hand-annotated pages and the generated text dumps, as they are and with
    another page's headline (:func:`benchmarks.trust.run_coherence`), in this process."""
    import newsparse

    annotated = [p for c in ("readability", "trafilatura-eval") for p in load_corpus(c, limit) if p.annotation]
    return run_coherence(annotated, newsparse.parse_html, newsparse.parse_text, shared_dir())


def trust_scores(
    corpora: Sequence[str], pages: dict[str, list[Page]], exs: dict[str, list[Extraction]], run: CoherenceRun | None
) -> dict[str, float]:
    """The ``trust.*`` scores from newsparse's extractions (and the coherence pass, when run)."""
    out = dict.fromkeys(_trust_keys(corpora), 0.0)
    if "wcxb-dev" in corpora and "wcxb-dev" in exs:
        out.update(page_type_scores(pages["wcxb-dev"], exs["wcxb-dev"]))
        out.update(confidence_scores(pages["wcxb-dev"], exs["wcxb-dev"]))
    if run is not None and "trust.coherence_auc" in out:
        out.update(coherence_scores(run))
    return out


def run_newsparse(corpus: str = "all", limit: int | None = None, timeout: float = DEFAULT_TIMEOUT) -> dict[str, float]:
    """newsparse's scores on ``corpus`` (``readability``, ``trafilatura-eval`` or ``all``), in this process.

    Keys are :func:`newsparse_score_keys`, e.g. ``readability.headline_exact``,
    ``trafilatura.snippet_f1``, ``annotations.readability.related_url_f1``,
    ``trust.pagetype_balanced_accuracy`` (see :mod:`benchmarks.trust`); every
    value is in [0, 1], higher is better. ``limit`` keeps the first N pages of each
    corpus (annotation scores then cover the annotated pages among those). When
    newsparse cannot be imported every score is 0.0 and a note is printed.
    Raises FileNotFoundError when the shared corpora are missing.
    """
    if not shared_available():
        raise FileNotFoundError(f"shared corpora not found at {shared_dir()} (set NEWSPARSE_SHARED)")
    out: dict[str, float] = {}
    annotated: list[Scores] = []
    all_pages: dict[str, list[Page]] = {}
    all_exs: dict[str, list[Extraction]] = {}
    corpora = _corpora(corpus)
    for c in corpora:
        pages = load_corpus(c, limit)
        tool = make_tool("newsparse")
        try:
            tool.setup()
        except ToolUnavailable as exc:
            print(f"note: {exc}; newsparse scores are 0", file=sys.stderr)
            # Empty output would still "match" where the gold is empty too; a missing parser scores nothing.
            out.update(dict.fromkeys(_flat(c, [], [], 0), 0.0))
            continue
        exs, _, crashes = extract_pages(tool, pages, timeout)
        scores = _flat(c, pages, exs, len(crashes))
        out.update(scores)
        annotated.append(score_annotations(pages, exs, ALL_FIELDS))
        all_pages[c], all_exs[c] = pages, exs
    if len(corpora) > 1:
        # The related-link targets are set over every annotated page, both files together.
        for name, value in related_over(annotated).items():
            out[f"annotations.all.{name}"] = value
    run = None
    if "trust.coherence_auc" in _trust_keys(corpora) and all_exs:
        run = coherence_pass(limit)
    out.update(trust_scores(corpora, all_pages, all_exs, run))
    return out


# --- formatting ---------------------------------------------------------------

DASH = "–"


def _pct(s: Scores, key: str, n: float = 1) -> str:
    """A rate as a percentage; "n/a" when no page has that gold (small --limit)."""
    if key not in s:
        return DASH
    return f"{s[key] * 100:.1f}%" if n else "n/a"


def _dec(s: Scores, key: str) -> str:
    return f"{s[key]:.3f}".replace("0.", ".", 1) if key in s else DASH


def _speed(r: PassResult) -> tuple[str, str, str, str]:
    """pages/s, median ms, total seconds, peak MB."""
    if not r.available or not r.seconds:
        return DASH, DASH, DASH, DASH
    total = sum(r.seconds)
    rate = f"{len(r.seconds) / total:.0f}" if total else DASH
    median = f"{statistics.median(r.seconds) * 1000:.1f}"
    peak = f"{r.peak_mb:.0f}" if r.peak_mb is not None else DASH
    return rate, median, f"{total:.1f}", peak


def _zeroed(s: Scores, r: PassResult) -> Scores:
    """A tool that did not run scores 0 everywhere (empty output would still match empty gold)."""
    if r.available:
        return s
    return {k: (v if k.startswith("n_") else 0.0) for k, v in s.items()}


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _label(r: PassResult) -> str:
    return r.label if r.available else f"{r.label} (not run)"


def _crash_cell(r: PassResult) -> str:
    return str(len(r.crashes)) if r.available else DASH


def readability_table(pages: Sequence[Page], results: Sequence[PassResult]) -> str:
    """ANCHORS.md's readability table, plus speed and memory columns."""
    ref = score_readability(pages, [Extraction() for _ in pages], frozenset())
    head = [
        "tool",
        f"headline exact (of {ref['n_title']:.0f})",
        f"byline exact (of {ref['n_byline']:.0f})",
        f"excerpt exact (of {ref['n_excerpt']:.0f})",
        "body F1",
        f"date exact (of {ref['n_date']:.0f})",
        "pages/s",
        "median ms",
        "peak MB",
        "crashes",
    ]
    lines = [_row(head), _row(["---"] * len(head))]
    for r in results:
        s = _zeroed(score_readability(pages, r.extractions, r.fields), r) if r.fields else {}
        date = f"{s['date_exact_count']:.0f}" if "date_exact_count" in s else DASH
        rate, median, _, peak = _speed(r)
        lines.append(
            _row(
                [
                    _label(r),
                    _pct(s, "headline_exact", ref["n_title"]),
                    _pct(s, "byline_exact", ref["n_byline"]),
                    _pct(s, "excerpt_exact", ref["n_excerpt"]),
                    _dec(s, "body_f1"),
                    date,
                    rate,
                    median,
                    peak,
                    _crash_cell(r),
                ]
            )
        )
    return "\n".join(lines)


def trafilatura_table(pages: Sequence[Page], results: Sequence[PassResult]) -> str:
    """ANCHORS.md's trafilatura-eval table, plus speed and memory columns."""
    ref = score_trafilatura(pages, [Extraction() for _ in pages], frozenset())
    head = [
        "tool",
        "snippets P / R / F1 / acc",
        "snippet F1, dek + body",
        f"author exact ({ref['n_author']:.0f} gold)",
        f"headline exact ({ref['n_title']:.0f})",
        f"description exact ({ref['n_description']:.0f})",
        f"date exact ({ref['n_date']:.0f})",
        f"seconds, all {len(pages)} pages",
        "pages/s",
        "median ms",
        "peak MB",
        "crashes",
    ]
    lines = [_row(head), _row(["---"] * len(head))]
    for r in results:
        s = _zeroed(score_trafilatura(pages, r.extractions, r.fields), r) if r.fields else {}
        snippets = (
            " / ".join(_dec(s, k) for k in ("snippet_precision", "snippet_recall", "snippet_f1", "snippet_accuracy"))
            if "snippet_f1" in s
            else DASH
        )
        rate, median, total, peak = _speed(r)
        lines.append(
            _row(
                [
                    _label(r),
                    snippets,
                    _dec(s, "snippet_f1_with_dek") if "snippet_f1_with_dek" in s else DASH,
                    _pct(s, "author_exact", ref["n_author"]),
                    _pct(s, "headline_exact", ref["n_title"]),
                    _pct(s, "description_exact", ref["n_description"]),
                    _pct(s, "date_exact", ref["n_date"]),
                    total,
                    rate,
                    median,
                    peak,
                    _crash_cell(r),
                ]
            )
        )
    return "\n".join(lines)


def wcxb_table(pages: Sequence[Page], results: Sequence[PassResult]) -> str:
    """wcxb-dev: the article scores and the body over all seven types, with speed and memory."""
    ref = score_wcxb(pages, [Extraction() for _ in pages], ALL_FIELDS)

    def n(key: str) -> str:
        return f"{ref.get('n_' + key, 0):.0f}"

    head = [
        "tool",
        f"articles: body F1 / P / R ({n('article.body_f1')})",
        f"headline exact ({n('article.headline_exact')})",
        f"authors F1 ({n('article.authors_f1')})",
        f"published exact ({n('article.published_exact')})",
        f"all types: body F1 ({n('all.body_f1')})",
        f"headline exact ({n('all.headline_exact')})",
        "pages/s",
        "median ms",
        "peak MB",
        "crashes",
    ]
    lines = [_row(head), _row(["---"] * len(head))]
    for r in results:
        if not r.fields:
            continue
        s = _zeroed(score_wcxb(pages, r.extractions, r.fields), r)
        body = (
            " / ".join(_dec(s, f"article.{k}") for k in ("body_f1", "body_precision", "body_recall"))
            if "article.body_f1" in s
            else DASH
        )
        rate, median, _, peak = _speed(r)
        lines.append(
            _row(
                [
                    _label(r),
                    body,
                    _pct(s, "article.headline_exact"),
                    _dec(s, "article.authors_f1"),
                    _pct(s, "article.published_exact"),
                    _dec(s, "all.body_f1"),
                    _pct(s, "all.headline_exact"),
                    rate,
                    median,
                    peak,
                    _crash_cell(r),
                ]
            )
        )
    return "\n".join(lines)


def wcxb_type_table(pages: Sequence[Page], results: Sequence[PassResult]) -> str:
    """wcxb-dev body F1 and headline exact per page type, one column per tool."""
    shown = [r for r in results if r.fields]
    ref = score_wcxb(pages, [Extraction() for _ in pages], ALL_FIELDS)
    head = ["page type (pages)", *(f"{_label(r)}: body F1 / headline" for r in shown)]
    lines = [_row(head), _row(["---"] * len(head))]
    scores = [_zeroed(score_wcxb(pages, r.extractions, r.fields), r) for r in shown]
    for kind in (*WCXB_TYPES, "all"):
        count = sum(1 for p in pages if kind in ("all", p.gold["page_type"]))
        if not count:
            continue
        cells = [f"{kind} ({count})"]
        n_headlines = ref.get(f"n_{kind}.headline_exact", 0)
        for s in scores:
            cells.append(f"{_dec(s, f'{kind}.body_f1')} / {_pct(s, f'{kind}.headline_exact', n_headlines)}")
        lines.append(_row(cells))
    return "\n".join(lines)


def annotation_table(pages: Sequence[Page], results: Sequence[PassResult]) -> str:
    """All six segments on the hand-annotated pages; anchors only where they have the field."""
    ref = score_annotations(pages, [Extraction() for _ in pages], frozenset())
    head = [
        "tool",
        "headline exact / F1",
        f"subheading exact (all / {ref['n_subheading']:.0f} with one)",
        f"byline exact (all / {ref['n_byline']:.0f} with one)",
        f"authors F1 ({ref['n_authors']:.0f} with / all)",
        f"published exact ({ref['n_published']:.0f})",
        f"related URLs P / R / F1 ({ref['n_related']:.0f})",
        f"copyright exact (all / {ref['n_copyright']:.0f} with one)",
        "holder / years exact",
    ]
    lines = [_row(head), _row(["---"] * len(head))]
    for r in results:
        if not r.fields:
            continue
        s = _zeroed(score_annotations(pages, r.extractions, r.fields), r)

        def pair(a: str, b: str, fmt: Any = _pct, s: Scores = s) -> str:
            return f"{fmt(s, a)} / {fmt(s, b)}" if a in s else DASH

        related = (
            " / ".join(_dec(s, k) for k in ("related_url_precision", "related_url_recall", "related_url_f1"))
            if "related_url_f1" in s
            else DASH
        )
        lines.append(
            _row(
                [
                    _label(r),
                    f"{_pct(s, 'headline_exact')} / {_dec(s, 'headline_f1')}" if "headline_exact" in s else DASH,
                    pair("subheading_exact", "subheading_exact_gold"),
                    pair("byline_exact", "byline_exact_gold"),
                    pair("authors_f1", "authors_f1_all", _dec),
                    _pct(s, "published_exact", ref["n_published"]),
                    related,
                    pair("copyright_exact", "copyright_exact_gold"),
                    pair("copyright_holder_exact", "copyright_years_exact"),
                ]
            )
        )
    return "\n".join(lines)


def trust_section(pages: dict[str, list[Page]], results: dict[str, list[PassResult]], run: CoherenceRun | None) -> str:
    """Page type, coherence and confidence: what newsparse says to trust, scored on pages the models never saw."""
    from benchmarks.trust import HELD_OUT_TENTHS

    ours = {c: next((r for r in rs if r.tool == "newsparse"), None) for c, rs in results.items()}
    exs = {c: r.extractions for c, r in ours.items() if r is not None and r.available}
    s = trust_scores(list(results), pages, exs, run)
    lines: list[str] = []
    if "wcxb-dev" in exs:
        wcxb = pages["wcxb-dev"]
        from benchmarks.trust import held_out

        n = sum(1 for p in wcxb if held_out(p))
        lines += [
            f"Page type (`Article.page_type`) on the {n} held-out wcxb-dev pages (the domains that "
            f"`benchmarks.trust.split_of` keeps out of training, {HELD_OUT_TENTHS}0% of them): article vs other "
            f"balanced accuracy {_dec(s, 'trust.pagetype_balanced_accuracy')}, seven-way accuracy "
            f"{_dec(s, 'trust.pagetype_accuracy')}. Accuracy per true type and where the pages went:",
            "",
        ]
        matrix = confusion(wcxb, exs["wcxb-dev"])
        head = ["true type (pages)", "accuracy", *(f"→ {k}" for k in WCXB_TYPES)]
        lines += [_row(head), _row(["---"] * len(head))]
        for kind in WCXB_TYPES:
            total = sum(v for (g, _), v in matrix.items() if g == kind)
            cells = [str(matrix.get((kind, t), 0)) for t in WCXB_TYPES]
            lines.append(_row([f"{kind} ({total})", _dec(s, f"trust.pagetype_accuracy.{kind}"), *cells]))
        lines += [
            "",
            f"Confidence (`Article.confidence`): Spearman correlation with the page's body F1 on the same "
            f"held-out pages {_dec(s, 'trust.confidence_spearman')} (articles alone "
            f"{_dec(s, 'trust.confidence_spearman_articles')}).",
            "",
        ]
    if run is not None and "trust.coherence_auc" in s:
        lines += [
            "Coherence (`Article.coherence`) on pages it was never fitted on: the hand-annotated pages "
            f"({len(run.real_html)} HTML) and {len(run.real_text)} text dumps built from them "
            "(`benchmarks/textdump_gen.py`), as they are and with another page's headline "
            f"({len(run.swap_html)} HTML pages, {run.html_not_swapped} whose headline could not be "
            f"swapped; {len(run.swap_text)} dumps). AUC real over swapped {_dec(s, 'trust.coherence_auc')} "
            f"(HTML {_dec(s, 'trust.coherence_auc_html')}, text {_dec(s, 'trust.coherence_auc_text')}); "
            f"the `headline-body-mismatch` warning flags {_pct(s, 'trust.mismatch_swaps_flagged')} of the swaps "
            f"and {100 - s['trust.mismatch_real_unflagged'] * 100:.1f}% of the real pages; the seed dump is "
            f"{'flagged' if s['trust.mismatch_seed_flagged'] else 'NOT flagged'}.",
            "",
        ]
    return "\n".join(lines) if lines else "Not measured (needs newsparse on wcxb-dev or on all corpora)."


def crash_list(results: dict[str, list[PassResult]], with_messages: bool, per_tool: int = 25) -> str:
    """Crashed and unavailable tools per corpus; messages only on the console (they may quote pages)."""
    lines: list[str] = []
    for corpus, rs in results.items():
        for r in rs:
            if not r.available:
                lines.append(f"- {r.label}, {corpus}: not run: {r.note}")
                continue
            if not r.crashes:
                continue
            lines.append(f"- {r.label}, {corpus}: {len(r.crashes)} of {len(r.extractions)} pages")
            for key, message in r.crashes[:per_tool]:
                detail = message if with_messages else message.split(":", 1)[0]
                lines.append(f"  - `{key}`: {detail}")
            if len(r.crashes) > per_tool:
                lines.append(f"  - … and {len(r.crashes) - per_tool} more")
    return "\n".join(lines) if lines else "None."


def _versions() -> str:
    import lxml.etree

    lxml_v = ".".join(map(str, lxml.etree.LXML_VERSION[:3]))
    libxml_v = ".".join(map(str, lxml.etree.LIBXML_VERSION))
    return (
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"lxml {lxml_v} (libxml2 {libxml_v})"
    )


def render(
    command: str,
    pages: dict[str, list[Page]],
    results: dict[str, list[PassResult]],
    flat: dict[str, Any] | None,
    elapsed: float,
    with_messages: bool,
    trust_run: CoherenceRun | None = None,
) -> str:
    """The whole report as Markdown."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    used = sorted({r.memory_method for rs in results.values() for r in rs if r.memory_method})
    methods = (
        ", ".join("Linux VmHWM, reset through /proc/self/clear_refs" if m == "VmHWM after reset" else m for m in used)
        or "not measured"
    )
    out = [
        "## HTML benchmark",
        "",
        f"Command: `{command}` (from the repository root), run {now}, took {elapsed:.0f} s.  ",
        f"Machine: {_versions()}.",
        "",
        "Scores as `../shared/ANCHORS.md` defines them (`benchmarks/scoring.py`, `benchmarks/metrics.py`); "
        "exact = equal after NFKC, whitespace folding and casefolding; a crash counts as empty output. "
        "Speed: the tool's call alone, per page, on pages already decoded in memory (no network). "
        f"Peak MB: growth of peak RSS over the pass ({methods}), in a fresh process per tool and corpus, "
        "from after the pages were loaded to the end, the tool's import included.",
        "",
    ]
    # An anchor that is not installed is left out; newsparse stays, scoring zero, so a broken build shows.
    shown = {c: [r for r in rs if r.available or r.tool == "newsparse"] for c, rs in results.items()}
    for corpus, rs in shown.items():
        name = corpus.removesuffix(NO_SCRIPTS)
        title = f"`{name}`, every `<script>` removed" if name != corpus else f"`{corpus}`"
        out.append(f"### {title} ({len(pages[corpus])} pages)")
        out.append("")
        if corpus == "readability":
            out.append(readability_table(pages[corpus], rs))
        elif corpus == "trafilatura-eval":
            out.append(trafilatura_table(pages[corpus], rs))
        elif corpus.endswith(NO_SCRIPTS):
            out += [
                wcxb_table(pages[corpus], rs),
                "",
                "The same pages with every `<script>` element removed, as many crawls store them: no JSON-LD, "
                "so the date and the authors come from what the page shows, its meta tags and its microdata.",
            ]
        else:
            out += [
                wcxb_table(pages[corpus], rs),
                "",
                "Per page type:",
                "",
                wcxb_type_table(pages[corpus], rs),
                "",
                "Scored as `../shared/corpora/wcxb-dev/README.md` says: body = bag-of-words F1 over `\\w+` "
                "tokens, headline exact after NFKC + whitespace folding + casefolding, with typographic quotes "
                "and dashes folded to ASCII (the gold often types straight quotes where the page prints curly "
                "ones), authors = set F1 over "
                "normalized names, published = the page-level day (newsparse's `Article.published`). Each "
                "score is the mean over the pages whose gold has that field. WCXB v1.0 (Web Content eXtraction "
                "Benchmark), © 2026 Murrough Foley, CC BY 4.0, "
                "https://github.com/Murrough-Foley/web-content-extraction-benchmark, doi:10.5281/zenodo.19316874.",
            ]
        out.append("")
    out += [
        'Byline/author: a tool\'s authors joined with ", " (newsparse: its byline text when it names no person). '
        "Readability `excerpt`: newsparse's subheading, else its description; trafilatura-eval `description`: "
        "its description, else its subheading; anchors: their meta description.",
        "",
        "### Hand-annotated pages (`../shared/annotations/`)",
        "",
    ]
    both: list[Scores] = []
    for corpus, rs in shown.items():
        n = sum(1 for p in pages[corpus] if p.annotation is not None)
        if not n:
            continue
        out += [f"`{corpus}`, {n} pages:", "", annotation_table(pages[corpus], rs), ""]
        ours = next((r for r in rs if r.tool == "newsparse"), None)
        if ours is not None:
            both.append(score_annotations(pages[corpus], ours.extractions, ours.fields))
    if len(both) > 1:
        total = related_over(both)
        n_all = sum(1 for rs in pages.values() for p in rs if p.annotation is not None)
        out += [
            f"Both files together ({n_all} pages), newsparse related URLs P / R / F1: "
            f"{_dec(total, 'related_url_precision')} / {_dec(total, 'related_url_recall')} / "
            f"{_dec(total, 'related_url_f1')}.",
            "",
        ]
    out += [
        'Exact over all pages counts "none" against "none" as a match; "with one" = pages whose gold has it. '
        "Authors F1: set F1 per page, averaged. Published: YYYY-MM-DD. Related URLs: micro P/R/F1 over all pages. "
        "Holder/years count only when a notice was found.",
        "",
    ]
    out += ["### What to trust (newsparse)", "", trust_section(pages, results, trust_run), ""]
    if flat is not None:
        out += ["### Memory over a long run (newsparse)", ""]
        if not flat.get("available"):
            out.append(f"Not run: {flat.get('note')}.")
        else:
            out.append(
                f"{flat['n_parses']} parses of trafilatura-eval pages ({flat['n_distinct']} distinct, read over and "
                f"over) in one process: RSS {flat['rss_at_100']:.1f} MB after 100 pages, "
                f"{flat['rss_after_pass']:.1f} MB after the first pass ({flat['n_distinct']} pages: the bounded memo "
                f"caches fill), {flat['rss_at_end']:.1f} MB after {flat['n_parses']}: growth after the first pass "
                f"{flat['growth_after_pass']:+.1f} MB ({flat['errors']} pages raised)."
            )
        out.append("")
    out += ["### Crashes and tools not run", "", crash_list(results, with_messages), ""]
    return "\n".join(out)


def write_docs(section: str, path: Path = DOCS_PATH) -> None:
    """Replace the html-bench section of ``docs/benchmarks.md``, keeping everything else."""
    block = f"{START_MARK}\n{section.rstrip()}\n{END_MARK}\n"
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        start, end = text.find(START_MARK), text.find(END_MARK)
        if start != -1 and end > start:
            text = text[:start] + block + text[end + len(END_MARK) :].lstrip("\n")
        else:
            text = text.rstrip("\n") + "\n\n" + block
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = "# Benchmarks\n\n" + block
    path.write_text(text, encoding="utf-8")


# --- command line -------------------------------------------------------------


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.html_bench", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--anchors", action="store_true", help="also run trafilatura, newspaper4k, goose3 and readability-lxml"
    )
    ap.add_argument(
        "--anchor",
        action="append",
        choices=ANCHOR_TOOLS,
        default=[],
        help="also run this anchor (repeatable; a shorter run than --anchors)",
    )
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="first N pages of each corpus")
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument("--write-docs", action="store_true", help="write the results into docs/benchmarks.md")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per page before a tool is cut off")
    ap.add_argument("--skip-memcheck", action="store_true", help="skip the 3,000-parse memory check")
    ap.add_argument(
        "--strip-scripts",
        action="store_true",
        help="also run wcxb-dev with every <script> element removed (no JSON-LD), as many crawls store pages",
    )
    # Debugging aids: the raw outputs quote the pages, so keep such a pickle under /tmp.
    ap.add_argument("--raw-out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--raw-in", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def _public_args(argv: Sequence[str]) -> list[str]:
    """The arguments without the hidden debugging ones (their /tmp paths mean nothing to a reader)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--raw-out", "--raw-in"):
            skip = True
        elif not arg.startswith(("--raw-out=", "--raw-in=")):
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    command = " ".join(["python -m benchmarks.html_bench", *_public_args(sys.argv[1:] if argv is None else argv)])
    if not shared_available():
        print(f"shared corpora not found at {shared_dir()} (set NEWSPARSE_SHARED); nothing to run", file=sys.stderr)
        return 1
    started = time.perf_counter()
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    if args.strip_scripts and "wcxb-dev" in corpora:
        corpora.append("wcxb-dev" + NO_SCRIPTS)
    anchors = ANCHOR_TOOLS if args.anchors else tuple(t for t in ANCHOR_TOOLS if t in args.anchor)
    tools = ["newsparse", *anchors, "lxml"]
    pages: dict[str, list[Page]] = {corpus: load_corpus(corpus, args.limit) for corpus in corpora}
    results: dict[str, list[PassResult]] = {}
    if args.raw_in:
        with args.raw_in.open("rb") as fh:
            saved = pickle.load(fh)
        results, flat, elapsed = saved["results"], saved["flat"], saved["elapsed"]
        print(render(command, pages, results, flat, elapsed, with_messages=True, trust_run=saved.get("trust")))
        return 0
    for corpus in corpora:
        results[corpus] = []
        for tool in tools:
            t0 = time.perf_counter()
            print(f"[{corpus}] {tool} ...", end=" ", file=sys.stderr, flush=True)
            r = spawn_pass(tool, corpus, args.limit, args.timeout)
            status = "not run: " + r.note if not r.available else f"{len(r.crashes)} crashes"
            print(f"{time.perf_counter() - t0:.1f} s, {status}", file=sys.stderr, flush=True)
            results[corpus].append(r)
    flat = None
    if "trafilatura-eval" in corpora and not args.skip_memcheck:
        print(f"[memory] newsparse, {FLAT_CHECK_PARSES} pages ...", file=sys.stderr, flush=True)
        try:
            flat = spawn(memory_flat_check, FLAT_CHECK_PARSES, args.limit)
        except Exception as exc:  # the check is informative; losing it must not lose the tables
            flat = {"available": False, "note": f"worker failed ({type(exc).__name__}: {exc})"}
    trust_run = None
    if "trust.coherence_auc" in _trust_keys(corpora):
        print("[trust] newsparse on swapped headlines ...", file=sys.stderr, flush=True)
        try:
            trust_run = spawn(coherence_pass, args.limit)
        except Exception as exc:  # informative; losing it must not lose the tables
            print(f"[trust] failed ({type(exc).__name__}: {exc})", file=sys.stderr)
    elapsed = time.perf_counter() - started
    if args.raw_out:
        with args.raw_out.open("wb") as fh:
            pickle.dump({"results": results, "flat": flat, "elapsed": elapsed, "trust": trust_run}, fh)
    print(render(command, pages, results, flat, elapsed, with_messages=True, trust_run=trust_run))
    if args.write_docs:
        write_docs(render(command, pages, results, flat, elapsed, with_messages=False, trust_run=trust_run))
        print(f"wrote {DOCS_PATH.relative_to(REPO_ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
