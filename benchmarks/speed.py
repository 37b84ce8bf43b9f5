"""Speed on the corpus pages: newsparse beside trafilatura and a bare lxml parse, one library a process.

    python -m benchmarks.speed [--corpus wcxb-dev] [--limit N] [--step K] [--pure] [--memory N]
                               [--json FILE] [--write-docs]

Every tool runs in its own process (a library's imports, caches and memos never touch another's).
The driver sends each page in turn to every tool's process, page by page in one fixed order (the
corpora interleaved), so a change in the machine's load falls on every tool alike; only one
process works at a time. A tool's time for a page is the CPU time (``time.process_time``) of
one call; each page is timed once per process, as the memos make a second parse of the same page
cheaper than the first. Every process first parses the example pages in ``examples/``, untimed,
so imports and compiled patterns are warm but no corpus page is.

It prints, per tool, the total and median CPU ms per page and the ratios the project tracks
(newsparse against trafilatura ``bare_extraction`` and against the bare lxml parse), then where
newsparse's time goes: the mean CPU ms of each phase of ``newsparse.parse`` (decoding, the lxml
parse, the block walk, the metadata hints, each step of the plan in ``newsparse/assemble.py``,
the trust estimates, sanitizing) against its budget, a share of trafilatura's time (below).
``--memory N`` also parses N pages in one fresh process and reports its peak resident memory
every quarter of the way.
``--write-docs`` writes the tables into ``docs/benchmarks.md`` between its markers.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from benchmarks.corpora import CORPORA, REPO_ROOT, Page, load_corpus, shared_available

DOCS_PATH = REPO_ROOT / "docs" / "benchmarks.md"
START_MARK = "<!-- speed-bench:start -->"
END_MARK = "<!-- speed-bench:end -->"

# The tools, each run in its own process; "newsparse-pure" only with --pure.
TOOLS = ("lxml", "newsparse", "trafilatura")
PURE = "newsparse-pure"

# The share of trafilatura bare_extraction's mean CPU time per page (measured in the same run, so
# the budget holds on a busy machine as on an idle one) each phase of newsparse.parse may take. The
# shares add up to a quarter, newsparse at 4x trafilatura: a change that pushes a phase past its
# share shows up in the table as over budget. The lxml parse cannot go below a bare parse (3%).
BUDGET_SHARE: dict[str, float] = {
    "decode": 0.004,
    "lxml parse": 0.035,
    "walk": 0.040,
    "hints": 0.012,
    "meta": 0.002,
    "headline": 0.008,
    "story": 0.030,
    "copyright": 0.004,
    "byline": 0.020,
    "subheading": 0.001,
    "related": 0.020,
    "body": 0.008,
    "dates": 0.010,
    "page type": 0.020,
    "coherence": 0.010,
    "confidence": 0.008,
    "trust, rest": 0.002,
    "sanitize": 0.006,
    "other": 0.010,
}


def sample(corpora: tuple[str, ...], limit: int | None, step: int) -> list[Page]:
    """Every ``step``-th page of each corpus, the corpora interleaved one page at a time."""
    lists = [load_corpus(corpus, limit)[::step] for corpus in corpora]
    return [page for row in itertools.zip_longest(*lists) for page in row if page is not None]


def _examples() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((REPO_ROOT / "examples").glob("*.html"))]


# --- the worker: one tool in one process -------------------------------------------------------


class Phases:
    """Exclusive CPU time per phase of one parse: a phase nested in another is not counted twice."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}
        self._stack: list[list[float]] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.process_time(), 0.0]
            self._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.process_time() - frame[0]
                self.ms[name] = self.ms.get(name, 0.0) + 1000 * (spent - frame[1])
                if self._stack:
                    self._stack[-1][1] += spent

        return timed


def _newsparse_runner() -> tuple[Callable[[Page], object], Phases]:
    """``newsparse.parse`` with every phase wrapped in a timer."""
    import newsparse
    from newsparse import assemble, parser
    from newsparse.read import walk
    from newsparse.trust import assess

    phases = Phases()
    parser.as_text = phases.wrap("decode", parser.as_text)
    parser.tree_from_text = phases.wrap("lxml parse", parser.tree_from_text)
    parser.sanitize_article = phases.wrap("sanitize", parser.sanitize_article)
    if walk.compiled_walk is not None:
        walk.compiled_walk = phases.wrap("walk", walk.compiled_walk)
    walk.python_walk = phases.wrap("walk", walk.python_walk)
    if walk.compiled_build is not None:
        walk.compiled_build = phases.wrap("walk", walk.compiled_build)
    walk.python_build = phases.wrap("walk", walk.python_build)
    walk.extract_hints = phases.wrap("hints", walk.extract_hints)
    assemble.PLAN = tuple(
        assemble.Step(step.field, step.in_text, phases.wrap(step.field, step.in_html)) for step in assemble.PLAN
    )
    assemble.assess = phases.wrap("trust, rest", assemble.assess)
    for name, label in (
        ("page_type_features", "page type"),
        ("classify_page", "page type"),
        ("coherence_features", "coherence"),
        ("coherence_of", "coherence"),
        ("confidence_features", "confidence"),
        ("judged_features", "confidence"),
        ("confidence_of", "confidence"),
        ("consistency_warnings", "trust, rest"),
    ):
        setattr(assess, name, phases.wrap(label, getattr(assess, name)))

    def run(page: Page) -> object:
        return newsparse.parse(page.html, url=page.url)

    return run, phases


def _runner(tool: str) -> tuple[Callable[[Page], object], Phases | None]:
    if tool in ("newsparse", PURE):
        return _newsparse_runner()
    if tool == "trafilatura":
        from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]

        def extract(page: Page) -> object:
            # As benchmarks.extractors calls it: the body and the metadata in one call.
            return bare_extraction(page.html, url=page.url, include_comments=False, with_metadata=True)

        return extract, None
    if tool == "lxml":
        import lxml.html

        return lambda page: lxml.html.fromstring(page.html), None
    raise ValueError(f"unknown tool {tool!r}")


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(tool: str, pages: list[Page]) -> None:
    """Answer the driver: read a page index a line, time that page, write its figures as JSON."""
    run, phases = _runner(tool)
    for html in _examples():
        run(Page("examples", "", html, None, {}))
    print(json.dumps({"ready": tool}), flush=True)
    for line in sys.stdin:
        page = pages[int(line)]
        if phases is not None:
            phases.ms = {}
        start = time.process_time()
        try:
            run(page)
            error = None
        except Exception as exc:  # a tool that fails on a page is reported, not fatal
            error = type(exc).__name__
        ms = 1000 * (time.process_time() - start)
        print(json.dumps({"ms": ms, "phases": phases.ms if phases else {}, "error": error}), flush=True)


def memory_worker(pages: list[Page], count: int) -> None:
    """Parse ``count`` pages (every corpus page in turn) and print the peak RSS every quarter."""
    import newsparse

    marks = {count * q // 4 for q in (1, 2, 3, 4)}
    report: dict[int, float] = {}
    for done, page in enumerate(itertools.islice(itertools.cycle(pages), count), 1):
        # A page that raises still counts: what it left behind is memory too.
        with contextlib.suppress(Exception):
            newsparse.parse(page.html, url=page.url)
        if done in marks:
            report[done] = round(_rss_mb(), 1)
    print(json.dumps(report), flush=True)


# --- the driver ------------------------------------------------------------------------------


class Result(NamedTuple):
    ms: list[float]
    phases: dict[str, list[float]]
    errors: int


def _spawn(tool: str, selection: list[str], extra: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop("NEWSPARSE_PURE_WALK", None)
    if tool == PURE:
        env["NEWSPARSE_PURE_WALK"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.speed", *selection, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )


def drive(tools: tuple[str, ...], selection: list[str], count: int) -> dict[str, Result]:
    """Every page to every tool's process in turn, page by page."""
    procs = {tool: _spawn(tool, selection, ["--worker", tool]) for tool in tools}
    results = {tool: Result([], {}, 0) for tool in tools}
    errors = dict.fromkeys(tools, 0)
    for proc in procs.values():
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())  # ready: its imports and warm-up are done
    for index in range(count):
        for tool, proc in procs.items():
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(f"{index}\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())
            results[tool].ms.append(answer["ms"])
            for name, ms in answer["phases"].items():
                results[tool].phases.setdefault(name, [0.0] * index).append(ms)
            for values in results[tool].phases.values():
                values.extend([0.0] * (index + 1 - len(values)))
            errors[tool] += answer["error"] is not None
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    return {tool: result._replace(errors=errors[tool]) for tool, result in results.items()}


def memory(selection: list[str], count: int) -> dict[int, float]:
    proc = _spawn("newsparse", selection, ["--memory-worker", str(count)])
    out, _ = proc.communicate()
    return {int(k): v for k, v in json.loads(out.strip().splitlines()[-1]).items()}


def _label(tool: str) -> str:
    return {
        "lxml": "bare `lxml.html.fromstring`",
        "newsparse": "newsparse (compiled walk)",
        PURE: "newsparse (pure-Python walk)",
        "trafilatura": "trafilatura `bare_extraction`",
    }[tool]


def figures(results: dict[str, Result]) -> dict[str, Any]:
    out: dict[str, Any] = {"tools": {}, "phases_ms": {}}
    for tool, result in results.items():
        out["tools"][tool] = {
            "total_ms": round(sum(result.ms), 1),
            "mean_ms": round(statistics.fmean(result.ms), 3),
            "median_ms": round(statistics.median(result.ms), 3),
            "errors": result.errors,
        }
    news = results["newsparse"]
    traf, lxml = results.get("trafilatura"), results["lxml"]
    if traf is not None:
        out["x_trafilatura_total"] = round(sum(traf.ms) / sum(news.ms), 2)
        out["x_trafilatura_median"] = round(statistics.median(traf.ms) / statistics.median(news.ms), 2)
        per_page = [t / n for t, n in zip(traf.ms, news.ms) if n > 0]
        out["x_trafilatura_median_page"] = round(statistics.median(per_page), 2)
    out["x_lxml_total"] = round(sum(news.ms) / sum(lxml.ms), 2)
    named = {name: statistics.fmean(values) for name, values in news.phases.items()}
    named["other"] = statistics.fmean(news.ms) - sum(named.values())
    out["phases_ms"] = {name: round(named.get(name, 0.0), 3) for name in BUDGET_SHARE}
    return out


def render(command: str, pages: int, corpora: tuple[str, ...], fig: dict[str, Any], mem: dict[int, float]) -> str:
    load = os.getloadavg()[0]
    lines = [
        "## Speed, and where newsparse's time goes (generated)",
        "",
        f"Command: `{command}` (from the repository root), run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load:.1f} at the end.  ",
        f"{pages} pages ({', '.join(corpora)}, interleaved); each tool in its own process, the pages sent to "
        "every process in turn; CPU time of one call per page, each page timed once per process.",
        "",
        "| tool | total s | mean ms | median ms | x lxml (total) | errors |",
        "|---|---|---|---|---|---|",
    ]
    lxml_total = fig["tools"]["lxml"]["total_ms"]
    for tool, row in fig["tools"].items():
        lines.append(
            f"| {_label(tool)} | {row['total_ms'] / 1000:.2f} | {row['mean_ms']:.2f} | {row['median_ms']:.2f} "
            f"| {row['total_ms'] / lxml_total:.1f} | {row['errors']} |"
        )
    lines.append("")
    if "x_trafilatura_total" in fig:
        lines.append(
            f"newsparse is **{fig['x_trafilatura_total']:.2f}x** trafilatura `bare_extraction` by total CPU "
            f"(target 4x), **{fig['x_trafilatura_median']:.2f}x** at the median page (target 2x; the median "
            f"of the per-page ratios: {fig['x_trafilatura_median_page']:.2f}x), and "
            f"**{fig['x_lxml_total']:.1f}x** a bare lxml parse (target at most 7x)."
        )
        lines.append("")
    traf_mean = fig["tools"]["trafilatura"]["mean_ms"] if "trafilatura" in fig["tools"] else None
    lines += [
        "Mean CPU ms per page of each phase of `newsparse.parse` (compiled walk) against its budget, a share"
        " of trafilatura's mean time in this run (`BUDGET_SHARE` in `benchmarks/speed.py`; the shares add up"
        " to 4x trafilatura):",
        "",
        "| phase | mean ms | budget: % of trafilatura | budget ms | |",
        "|---|---|---|---|---|",
    ]
    for name, share in BUDGET_SHARE.items():
        ms = fig["phases_ms"][name]
        budget = f"{share * traf_mean:.2f}" if traf_mean else "-"
        over = "over" if traf_mean and ms > share * traf_mean else ""
        lines.append(f"| {name} | {ms:.2f} | {100 * share:.1f} | {budget} | {over} |")
    total = sum(fig["phases_ms"].values())
    shares = sum(BUDGET_SHARE.values())
    budget_total = f"{shares * traf_mean:.2f}" if traf_mean else "-"
    lines.append(f"| **total** | {total:.2f} | {100 * shares:.1f} | {budget_total} | |")
    if mem:
        quarters = ", ".join(f"{rss:.1f} MB after {n:,}" for n, rss in sorted(mem.items()))
        first, last = mem[min(mem)], mem[max(mem)]
        lines += [
            "",
            "Peak resident memory of one process that holds every corpus page, decoded (most of the"
            f" figure), and parses them in turn: {quarters} "
            f"({last - first:+.1f} MB after the first {min(mem):,}).",
        ]
    return "\n".join(lines)


def write_docs(section: str, path: Path = DOCS_PATH) -> None:
    """Replace the speed section of ``docs/benchmarks.md``, keeping everything else."""
    block = f"{START_MARK}\n{section.rstrip()}\n{END_MARK}\n"
    text = path.read_text(encoding="utf-8")
    start, end = text.find(START_MARK), text.find(END_MARK)
    if start != -1 and end > start:
        text = text[:start] + block + text[end + len(END_MARK) :].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")


def _selection(args: argparse.Namespace) -> list[str]:
    out = ["--corpus", args.corpus, "--step", str(args.step)]
    return out + (["--limit", str(args.limit)] if args.limit is not None else [])


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="the first N pages of each corpus")
    parser.add_argument("--step", type=int, default=6, help="every K-th page of each corpus (default 6)")
    parser.add_argument("--pure", action="store_true", help="also time newsparse on the pure-Python walk")
    parser.add_argument("--memory", type=int, default=0, help="also parse N pages in one process, report peak RSS")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--write-docs", action="store_true", help="write the tables into docs/benchmarks.md")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--memory-worker", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _lines(rows: Iterator[str]) -> None:
    for row in rows:
        print(row, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if not shared_available():
        print("the corpora in ../shared are not present", file=sys.stderr)
        return 2
    corpora = CORPORA if args.corpus == "all" else (args.corpus,)
    if args.memory_worker:
        memory_worker(sample(corpora, args.limit, 1), args.memory_worker)
        return 0
    pages = sample(corpora, args.limit, args.step)
    if args.worker:
        worker(args.worker, pages)
        return 0
    tools = TOOLS + ((PURE,) if args.pure else ())
    print(f"{len(pages)} pages from {', '.join(corpora)}; tools: {', '.join(tools)}", flush=True)
    started = time.time()
    results = drive(tools, _selection(args), len(pages))
    fig = figures(results)
    mem = memory(_selection(args), args.memory) if args.memory else {}
    given = list(argv if argv is not None else sys.argv[1:])
    if "--json" in given:  # where the figures were also written is no part of how they were made
        del given[given.index("--json") : given.index("--json") + 2]
    command = " ".join(["python -m benchmarks.speed", *(a for a in given if a != "--write-docs")])
    section = render(command, len(pages), corpora, fig, mem)
    _lines(iter(section.split("\n")))
    print(f"\ntook {time.time() - started:.0f} s", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({**fig, "memory_mb": mem}, indent=2), encoding="utf-8")
    if args.write_docs:
        write_docs(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
