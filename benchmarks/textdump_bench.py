"""Score ``newsparse.parse_text`` on plain-text news dumps generated at run time.

Usage (from the repo root)::

    python -m benchmarks.textdump_bench [--seed N] [--variants K] [--write-docs]
                                        [--show-failures SEGMENT] [--scaling]
    python -m benchmarks.textdump_bench --tools [--tool NAME] [--limit N] [--jobs N]
                                        [--worst N --segment S] [--no-cache] [--write-docs]

The dumps are built from ``../shared`` (or ``$NEWSPARSE_SHARED``): every annotated
readability page gives K dumps in the form of ``seeds/starfolk-osi-llama.txt`` with
realistic variation (see :mod:`benchmarks.textdump_gen`); the seed itself is one more
case. Nothing generated is written to disk; ``--write-docs`` writes only scores.

``--tools`` scores dumps of the real corpus pages made at run time by lynx, w3m,
inscriptis, html2text, html-text and Chromium instead (:mod:`benchmarks.tooldump_bench`);
those dumps are cached outside the repository (:func:`benchmarks.tooldumps.cache_dir`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import math
import multiprocessing as mp
import os
import platform
import shlex
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.scoring import PRF, exact, mean, norm, norm_byline, prf_counts, set_prf, token_prf
from benchmarks.textdump_gen import Case, Page, generate_cases, load_pages, shared_dir

__all__ = ["generate", "main", "score"]

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "benchmarks.md"
SEGMENTS = (
    "headline",
    "subheading",
    "byline",
    "authors",
    "published",
    "body",
    "related",
    "copyright",
    "years",
    "holder",
)
BODY_FAIL_BELOW = 0.98  # per-dump body F1 under the corpus target counts as a failure


def _shared() -> Path:
    return shared_dir(os.environ.get("NEWSPARSE_SHARED"), REPO)


def generate(shared: Path, seed: int = 0, variants: int = 4) -> list[tuple[str, dict[str, Any]]]:
    """The generated dumps and their expected ``Article.to_dict()``-shaped answers."""
    return [(c.text, c.expected) for c in generate_cases(shared, seed, variants)]


# --- prediction -------------------------------------------------------------------------

_EMPTY: dict[str, Any] = {
    "headline": None,
    "subheading": None,
    "byline": None,
    "body": [],
    "related_links": [],
    "copyright": None,
}


def _parser() -> Callable[[str], Any]:
    import newsparse

    return newsparse.parse_text


def _predict(parse: Callable[[str], Any], text: str) -> tuple[dict[str, Any], str | None]:
    """The parse as a dict; a crash counts as empty output, with its message kept."""
    try:
        return parse(text).to_dict(), None
    except Exception as exc:  # a crash is scored, not raised
        return dict(_EMPTY), f"{type(exc).__name__}: {exc}"


# --- scoring ----------------------------------------------------------------------------


def _byline_field(d: dict[str, Any], key: str) -> Any:
    b = d.get("byline")
    return None if b is None else b.get(key)


def _date(value: str | None) -> str | None:
    # Only the day is gold; a parsed time of day must not count against it.
    return value[:10] if value else None


def _cr(d: dict[str, Any], key: str) -> Any:
    c = d.get("copyright")
    return None if c is None else c.get(key)


def _teasers(d: dict[str, Any]) -> set[str]:
    return {norm(x.get("text")) for x in d.get("related_links") or []} - {""}


@dataclass
class CaseScore:
    """Every per-dump number; the corpus scores are means or sums of these."""

    headline: bool
    headline_f1: float
    subheading: bool
    subheading_f1: float
    byline: bool
    byline_f1: float
    authors: PRF
    published: bool
    body: PRF
    related: PRF
    related_counts: tuple[int, int, int]
    copyright: bool
    copyright_f1: float
    years: bool
    holder: bool


def score_case(expected: dict[str, Any], pred: dict[str, Any]) -> CaseScore:
    """Score one dump as SEGMENTS.md says (None against None is a match)."""
    gb, pb = _byline_field(expected, "text"), _byline_field(pred, "text")
    gold_t, pred_t = _teasers(expected), _teasers(pred)
    gy, py = _cr(expected, "years"), _cr(pred, "years")
    return CaseScore(
        headline=exact(pred.get("headline"), expected.get("headline")),
        headline_f1=token_prf(pred.get("headline"), expected.get("headline")).f1,
        subheading=exact(pred.get("subheading"), expected.get("subheading")),
        subheading_f1=token_prf(pred.get("subheading"), expected.get("subheading")).f1,
        byline=norm_byline(pb) == norm_byline(gb),
        byline_f1=token_prf(norm_byline(pb), norm_byline(gb)).f1,
        authors=set_prf(_byline_field(pred, "authors") or [], _byline_field(expected, "authors") or []),
        published=_date(_byline_field(pred, "published")) == _date(_byline_field(expected, "published")),
        body=token_prf("\n".join(pred.get("body") or []), "\n".join(expected.get("body") or [])),
        related=prf_counts(len(gold_t & pred_t), len(pred_t), len(gold_t)),
        related_counts=(len(gold_t & pred_t), len(pred_t), len(gold_t)),
        copyright=exact(_cr(pred, "text"), _cr(expected, "text")),
        copyright_f1=token_prf(_cr(pred, "text"), _cr(expected, "text")).f1,
        years=tuple(py or ()) == tuple(gy or ()),
        holder=exact(_cr(pred, "holder"), _cr(expected, "holder")),
    )


def aggregate(scores: Sequence[CaseScore], crashes: int = 0) -> dict[str, float]:
    """Corpus scores: rates and per-dump means, teasers also micro-averaged."""
    tp = sum(s.related_counts[0] for s in scores)
    n_pred = sum(s.related_counts[1] for s in scores)
    n_gold = sum(s.related_counts[2] for s in scores)
    micro = prf_counts(tp, n_pred, n_gold)
    return {
        "dumps": float(len(scores)),
        "crashes": float(crashes),
        "headline.exact": mean(s.headline for s in scores),
        "headline.token_f1": mean(s.headline_f1 for s in scores),
        "subheading.exact": mean(s.subheading for s in scores),
        "subheading.token_f1": mean(s.subheading_f1 for s in scores),
        "byline.exact": mean(s.byline for s in scores),
        "byline.token_f1": mean(s.byline_f1 for s in scores),
        "authors.p": mean(s.authors.precision for s in scores),
        "authors.r": mean(s.authors.recall for s in scores),
        "authors.f1": mean(s.authors.f1 for s in scores),
        "published.exact": mean(s.published for s in scores),
        "body.p": mean(s.body.precision for s in scores),
        "body.r": mean(s.body.recall for s in scores),
        "body.f1": mean(s.body.f1 for s in scores),
        "related.micro_p": micro.precision,
        "related.micro_r": micro.recall,
        "related.micro_f1": micro.f1,
        "related.macro_f1": mean(s.related.f1 for s in scores),
        "copyright.exact": mean(s.copyright for s in scores),
        "copyright.token_f1": mean(s.copyright_f1 for s in scores),
        "copyright.years_exact": mean(s.years for s in scores),
        "copyright.holder_exact": mean(s.holder for s in scores),
    }


def _run(cases: Sequence[tuple[str, dict[str, Any]]]) -> tuple[list[dict[str, Any]], list[CaseScore], list[str | None]]:
    parse = _parser()
    preds: list[dict[str, Any]] = []
    errors: list[str | None] = []
    for text, _ in cases:
        pred, err = _predict(parse, text)
        preds.append(pred)
        errors.append(err)
    scores = [score_case(exp, pred) for (_, exp), pred in zip(cases, preds, strict=True)]
    return preds, scores, errors


def score(cases: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, float]:
    """Parse every dump with ``newsparse.parse_text`` and return the corpus scores."""
    _, scores, errors = _run(cases)
    return aggregate(scores, sum(e is not None for e in errors))


# --- report -----------------------------------------------------------------------------

# (segment, metric, keys shown, target of the last key, label of the target)
_ROWS: list[tuple[str, str, tuple[str, ...], float | None, str]] = [
    ("headline", "exact", ("headline.exact",), 0.95, "≥ 95% exact"),
    ("headline", "token F1", ("headline.token_f1",), None, ""),
    ("subheading", "exact", ("subheading.exact",), 0.95, "≥ 95% exact"),
    ("subheading", "token F1", ("subheading.token_f1",), None, ""),
    ("byline text", "exact (by-prefix dropped)", ("byline.exact",), 0.95, "≥ 95% exact"),
    ("byline text", "token F1", ("byline.token_f1",), None, ""),
    ("authors", "set P / R / F1", ("authors.p", "authors.r", "authors.f1"), 0.95, "F1 ≥ 0.95"),
    ("published", "date exact", ("published.exact",), None, ""),
    ("body", "token P / R / F1", ("body.p", "body.r", "body.f1"), 0.98, "F1 ≥ 0.98"),
    (
        "related teasers",
        "micro P / R / F1",
        ("related.micro_p", "related.micro_r", "related.micro_f1"),
        0.90,
        "F1 ≥ 0.90",
    ),
    ("related teasers", "macro F1", ("related.macro_f1",), None, ""),
    ("copyright", "exact", ("copyright.exact",), 0.95, "≥ 95% exact"),
    ("copyright", "token F1", ("copyright.token_f1",), None, ""),
    ("copyright", "years exact", ("copyright.years_exact",), None, ""),
    ("copyright", "holder exact", ("copyright.holder_exact",), None, ""),
]


def _fmt(key: str, value: float) -> str:
    return f"{value:.1%}" if key.endswith("exact") else f"{value:.3f}"


def table(result: dict[str, float]) -> str:
    """The Markdown score table; the last key of a row is the one held to the target."""
    lines = ["| segment | metric | value | target | |", "|---|---|---|---|---|"]
    for seg, metric, keys, target, label in _ROWS:
        value = " / ".join(_fmt(k, result[k]) for k in keys)
        status = "" if target is None else ("met" if result[keys[-1]] >= target else "**not met**")
        lines.append(f"| {seg} | {metric} | {value} | {label or '–'} | {status} |")
    return "\n".join(lines)


def _short(value: Any, width: int = 160) -> str:
    s = value if isinstance(value, str) else repr(value)
    return s if len(s) <= width else s[: width - 1] + "…"


def _feature_key(feat: str) -> str:
    # "menu=3" and "menu=1" are the same condition for the summary.
    head = feat.partition("=")[0]
    return head if head in ("menu", "footer") else feat


def _failed(seg: str, s: CaseScore) -> bool:
    return {
        "headline": not s.headline,
        "subheading": not s.subheading,
        "byline": not s.byline,
        "authors": s.authors.f1 < 1.0,
        "published": not s.published,
        "body": s.body.f1 < BODY_FAIL_BELOW,
        "related": s.related.f1 < 1.0,
        "copyright": not s.copyright,
        "years": not s.years,
        "holder": not s.holder,
    }[seg]


def _diff_lists(gold: list[str], pred: list[str], limit: int) -> list[str]:
    g, p = {norm(x) for x in gold}, {norm(x) for x in pred}
    missing = [x for x in gold if norm(x) not in p]
    extra = [x for x in pred if norm(x) not in g]
    out = []
    for name, items in (("missing", missing), ("extra", extra)):
        if items:
            shown = " ‖ ".join(_short(x, 90) for x in items[:limit])
            out.append(f"    {name} ({len(items)}): {shown}")
    return out


def _lines(text: str, head: bool, n: int = 7) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    picked = lines[:n] if head else lines[-n:]
    return " ⏎ ".join(_short(ln, 60) for ln in picked)


def failure_report(
    seg: str,
    cases: Sequence[Case],
    preds: Sequence[dict[str, Any]],
    scores: Sequence[CaseScore],
    errors: Sequence[str | None],
) -> str:
    """Each failing dump: expected vs predicted, then failure rates per generated feature."""
    out: list[str] = []
    failing = [i for i, s in enumerate(scores) if _failed(seg, s)]
    for i in failing:
        c, exp, pred = cases[i], cases[i].expected, preds[i]
        out.append(f"- {c.id} [{', '.join(c.features)}]" + (f" CRASH {errors[i]}" if errors[i] else ""))
        pair: tuple[Any, Any] | None = None
        if seg in ("headline", "subheading"):
            pair = exp[seg], pred.get(seg)
        elif seg in ("byline", "authors", "published"):
            key = {"byline": "text", "authors": "authors", "published": "published"}[seg]
            pair = _byline_field(exp, key), _byline_field(pred, key)
        elif seg in ("copyright", "years", "holder"):
            key = {"copyright": "text", "years": "years", "holder": "holder"}[seg]
            pair = _cr(exp, key), _cr(pred, key)
        if pair is not None:
            out += [f"    expected: {_short(pair[0])}", f"    predicted: {_short(pair[1])}"]
            # The lines around the segment show what the parser had to go on.
            out.append(
                f"    dump {'starts' if seg not in ('copyright', 'years', 'holder') else 'ends'}: "
                + _lines(c.text, head=seg not in ("copyright", "years", "holder"))
            )
        elif seg == "body":
            b = scores[i].body
            n_exp, n_pred = len(exp["body"]), len(pred.get("body") or [])
            prf = f"{b.precision:.3f}/{b.recall:.3f}/{b.f1:.3f}"
            out.append(f"    P/R/F1 {prf}; paragraphs {n_exp} expected, {n_pred} predicted")
            out += _diff_lists(exp["body"], list(pred.get("body") or []), 4)
        elif seg == "related":
            r = scores[i].related
            out.append(f"    P/R/F1 {r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}")
            gold = [x["text"] for x in exp["related_links"]]
            out += _diff_lists(gold, [x["text"] for x in pred.get("related_links") or []], 6)
    total: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for i, c in enumerate(cases):
        for f in {_feature_key(f) for f in c.features} | {"(all)"}:
            total[f] += 1
            bad[f] += i in failing
    out.append(f"\n{seg}: {len(failing)} of {len(cases)} dumps fail. Failure rate by generated feature:")
    out.append("| feature | failing / dumps | rate |\n|---|---|---|")
    for f in sorted(total, key=lambda f: (-bad[f] / total[f], f)):
        out.append(f"| {f} | {bad[f]} / {total[f]} | {bad[f] / total[f]:.0%} |")
    return "\n".join(out)


# --- docs -------------------------------------------------------------------------------


def write_section(name: str, content: str, path: Path = DOCS) -> None:
    """Replace (or append) the ``<!-- name:start -->`` … ``<!-- name:end -->`` section."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{content.strip()}\n{end}"
    i, j = text.find(start), text.find(end)
    found = i != -1 and j > i
    text = text[:i] + block + text[j + len(end) :] if found else text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _versions() -> str:
    import newsparse

    ns = getattr(newsparse, "__version__", None) or _version("newsparse")
    return f"Python {platform.python_version()}, newsparse {ns}, lxml {_version('lxml')}, regex {_version('regex')}"


def _command(argv: Sequence[str]) -> str:
    return "python -m benchmarks.textdump_bench" + "".join(" " + shlex.quote(a) for a in argv)


# --- scaling ----------------------------------------------------------------------------

SCALING_SIZES: tuple[tuple[str, int, bool], ...] = (
    ("10 KB", 10 * 1024, False),
    ("100 KB", 100 * 1024, False),
    ("1 MB", 1024**2, False),
    ("5 MB", 5 * 1024**2, False),
    ("20 MB", 20 * 1024**2, False),
    ("5 MB, one line", 5 * 1024**2, True),
)
LINEAR_SLACK = 2.0  # µs per KB may grow this much from 1 MB to 20 MB and still pass


@dataclass
class Timing:
    """One scaling input: its size, the best time (or why there is none) and what came out."""

    label: str
    nbytes: int
    seconds: float | None = None
    error: str | None = None
    body: int = 0
    teasers: int = 0

    @property
    def us_per_kb(self) -> float | None:
        return None if self.seconds is None else self.seconds * 1e6 / (self.nbytes / 1024)


def scaling_text(pages: Sequence[Page], size: int, one_line: bool) -> str:
    """About ``size`` UTF-8 bytes: one header, real body paragraphs repeated, one footer."""
    first = pages[0]
    header = [
        "Home",
        "World",
        first.headline,
        first.subheading or "A short summary of the story.",
        "By Jane Doe and John Roe",
        "May 3, 2024",
    ]
    footer = [
        "Related",
        *first.related[:3],
        "Copyright © 2024 Example Media. All rights reserved.",
        "Privacy Policy",
        "Terms of Use",
    ]
    paras = [p for page in pages for p in page.body]
    n = sum(len(x.encode()) + 1 for x in header + footer)
    body: list[str] = []
    while n < size:
        p = paras[len(body) % len(paras)]
        body.append(p)
        n += len(p.encode()) + 1
    return (" " if one_line else "\n").join(header + body + footer)


def _time_child(pages: Sequence[Page], size: int, one_line: bool, queue: Any) -> None:
    text = scaling_text(pages, size, one_line)
    nbytes = len(text.encode())
    try:
        parse = _parser()
        runs: list[float] = []
        # Small inputs are repeated so timer noise does not dominate; the best run counts.
        while not runs or (sum(runs) < 1.0 and len(runs) < 20):
            t0 = time.perf_counter()
            art = parse(text)
            runs.append(time.perf_counter() - t0)
        queue.put((nbytes, min(runs), None, len(art.body), len(art.related_links)))
    except Exception as exc:  # reported in the table
        queue.put((nbytes, None, f"{type(exc).__name__}: {_short(str(exc), 80)}", 0, 0))


def scaling(shared: Path, timeout: float) -> list[Timing]:
    """Time ``parse_text`` on each input in a child process, so a runaway is cut off."""
    pages = load_pages(shared)
    ctx = mp.get_context("fork")  # the child inherits the loaded pages
    out: list[Timing] = []
    for label, size, one_line in SCALING_SIZES:
        queue = ctx.Queue()
        proc = ctx.Process(target=_time_child, args=(pages, size, one_line, queue))
        proc.start()
        proc.join(timeout)
        if proc.is_alive():
            proc.terminate()
            proc.join()
            out.append(Timing(label, size, error=f"cut off after {timeout:.0f} s"))
        elif queue.empty():
            out.append(Timing(label, size, error=f"child exited with {proc.exitcode}"))
        else:
            out.append(Timing(label, *queue.get()))
        print(f"scaling: {label} done", file=sys.stderr)
    return out


def scaling_report(timings: Sequence[Timing]) -> str:
    """The timing table and the linear-time verdict."""
    lines = [
        "| input | bytes | seconds | µs per KB | body paragraphs / teasers returned |",
        "|---|---|---|---|---|",
    ]
    for t in timings:
        if t.seconds is None:
            lines.append(f"| {t.label} | {t.nbytes:,} | {t.error} | – | – |")
        else:
            lines.append(f"| {t.label} | {t.nbytes:,} | {t.seconds:.4g} | {t.us_per_kb:.1f} | {t.body} / {t.teasers} |")
    by_label = {t.label: t for t in timings}
    base = by_label["1 MB"]
    notes = []
    for label in ("20 MB", "5 MB, one line"):
        t = by_label[label]
        if base.seconds is None or t.seconds is None or t.us_per_kb is None or base.us_per_kb is None:
            notes.append(f"{label}: **not measured** ({t.error or base.error})")
            continue
        ratio = t.us_per_kb / base.us_per_kb
        verdict = "linear" if ratio <= LINEAR_SLACK else "**not linear**"
        growth = ""
        if label == "20 MB":
            # k in time ~ size^k from 1 MB to this input: 1 is linear, 2 quadratic.
            k = math.log(t.seconds / base.seconds) / math.log(t.nbytes / base.nbytes)
            growth = f" (time ~ size^{k:.2f})"
        notes.append(f"{label}: {ratio:.2f}× the µs per KB of 1 MB{growth}, {verdict}")
    return "\n".join(lines) + f"\n\nLinear-time check (passes up to {LINEAR_SLACK:g}×): " + "; ".join(notes) + "."


# --- main -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.textdump_bench",
        description="Score newsparse.parse_text on text dumps generated at run time.",
    )
    ap.add_argument("--seed", type=int, default=0, help="seed of the generator (default 0)")
    ap.add_argument("--variants", type=int, default=4, help="dumps per annotated page (default 4)")
    ap.add_argument("--write-docs", action="store_true", help="write the results into docs/benchmarks.md")
    ap.add_argument(
        "--show-failures", choices=SEGMENTS, metavar="SEGMENT", help="print failing dumps of: " + ", ".join(SEGMENTS)
    )
    ap.add_argument("--scaling", action="store_true", help="time parse_text on 10 KB … 20 MB dumps instead")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per scaling input (default 300)")
    tools = ap.add_argument_group("dumps made by real tools (--tools)")
    tools.add_argument("--tools", action="store_true", help="score dumps of corpus pages made by real tools instead")
    tools.add_argument(
        "--tool", action="append", metavar="NAME", help="only this tool (repeat or comma-separate; html always runs)"
    )
    tools.add_argument("--limit", type=int, metavar="N", help="first N annotated pages of each file, N wcxb-dev pages")
    tools.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    tools.add_argument("--worst", type=int, metavar="N", help="list the N worst pages of --tool on --segment")
    tools.add_argument("--segment", metavar="S", help="segment for --worst (headline, body, wcxb-body, …)")
    tools.add_argument("--no-cache", action="store_true", help="make every dump afresh and cache none")
    args = ap.parse_args(args_list)
    if args.variants < 0:
        ap.error("--variants must be 0 or more")
    shared = _shared()
    if not (shared / "annotations" / "readability.jsonl").exists():
        print(f"no shared data at {shared} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 2
    today = dt.date.today().isoformat()

    if args.tools:
        return _tools_mode(ap, args, args_list)
    if args.scaling:
        report = scaling_report(scaling(shared, args.timeout))
        print(report)
        if args.write_docs:
            write_section(
                "scaling-bench",
                f"## Scaling of `parse_text` (text dumps)\n\nCommand: `{_command(args_list)}`; run {today}, "
                f"{_versions()}, {platform.machine()}, {os.cpu_count()} CPUs.  \nEach input is one header, the "
                "body paragraphs of the annotated pages in turn (they repeat past about 400 KB), one footer; the "
                "last one has all of it on a single line. Best of up to 20 runs under 1 s in total.\n\n" + report,
            )
        return 0

    cases = generate_cases(shared, args.seed, args.variants)
    pairs = [(c.text, c.expected) for c in cases]
    t0 = time.perf_counter()
    preds, scores, errors = _run(pairs)
    elapsed = time.perf_counter() - t0
    result = aggregate(scores, sum(e is not None for e in errors))
    n_pages = len({c.id.partition("#")[0] for c in cases if "#" in c.id})
    summary = (
        f"{len(cases)} dumps ({n_pages} annotated readability pages × {args.variants} variants, seed {args.seed}, "
        f"plus the seed dump); {int(result['crashes'])} crashed; parsed in {elapsed:.2f} s."
    )
    report = table(result)
    if args.show_failures:
        print(failure_report(args.show_failures, cases, preds, scores, errors))
        print()
    print(summary)
    print()
    print(report)
    if args.write_docs:
        write_section(
            "textdump-bench",
            "## Text dumps (generated)\n\n"
            f"Command: `{_command(args_list)}`  \nRun {today}; {_versions()}.  \n{summary}  \n"
            "The dumps are generated at run time from the annotated pages in `../shared` (headline, dek, byline "
            "styles, dates, menus, teaser labels, footers, blank lines and CRLF vary); none is stored in the repo.\n\n"
            + report,
        )
    return 0


def _tools_mode(ap: argparse.ArgumentParser, args: argparse.Namespace, args_list: Sequence[str]) -> int:
    """``--tools``: dumps of the corpus pages made by real tools, per tool, and the HTML parse beside them."""
    from benchmarks import tooldump_bench as tb
    from benchmarks.corpora import shared_available

    if not shared_available():
        print(f"no shared corpora at {_shared()} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 2
    try:
        names = tb.tool_names(args.tool)
    except ValueError as exc:
        ap.error(str(exc))
    if args.jobs < 1:
        ap.error("--jobs must be 1 or more")
    keep = None
    if args.worst is not None:
        if args.segment not in tb.SEGMENTS:
            ap.error("--worst needs --segment, one of " + ", ".join(tb.SEGMENTS))
        chosen = [n for c in args.tool or () for n in c.split(",") if n]
        if len(chosen) != 1:
            ap.error("--worst needs exactly one --tool (html or a dump tool)")
        keep = chosen[0]
    t0 = time.perf_counter()
    annotated, wcxb, runs = tb.run(names, args.limit, args.jobs, use_cache=not args.no_cache, keep_dumps=keep)
    elapsed = time.perf_counter() - t0
    scores = tb.score_all(annotated, wcxb, runs)
    report = tb.render(annotated, wcxb, runs, scores, _command(args_list), elapsed)
    print(report)
    print("Failed dumps and crashed parses:")
    print(tb.crash_list(runs))
    if keep is not None:
        print()
        print(tb.worst_report(args.segment, keep, args.worst, annotated, wcxb, runs[keep]))
    if args.write_docs:
        write_section("tooldump-bench", report)
        print(f"wrote {DOCS.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
