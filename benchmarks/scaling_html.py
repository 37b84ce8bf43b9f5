"""How parse time and memory grow with the size of hostile pages.

    python -m benchmarks.scaling_html [--sizes 1,2,4,8,16] [--patterns NAME,...] [--timeout 600] [--write-docs]

Each pattern is a page shape that once cost more than linear time or memory (see
``tests/test_hostile.py``), plus a plain story page as the baseline, built at each size
in MB. Every input is parsed in a child process of its own (so a runaway is cut off and
memory is measured alone): the time is the parse call's CPU time (on a shared machine the
wall-clock time measures the other work as much as the parse), the memory the growth of the
child's peak resident set over what it held before the call, as a multiple of the input's
size in bytes. The table gives the exponent ``k`` of time ~ size^k fitted over the sizes
(1 is linear, 2 quadratic) and the largest memory multiple; a pattern passes when
``k <= MAX_EXPONENT`` and memory stays under ``MAX_MEMORY_RATIO`` times the input, or when
newsparse refuses the page with a ``ParseError`` (a named limit) before either is exceeded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024
SIZES_MB = (1, 2, 4, 8, 16)
# Time ~ size^k from the smallest to the largest input: linear with a margin for noise.
MAX_EXPONENT = 1.15
# Peak memory of a parse, as a multiple of the input's size in bytes.
MAX_MEMORY_RATIO = 20.0
# How a child reports a page newsparse refused by a named limit (a ParseError, not a failure).
REFUSED = "ParseError:"
# A child may use at most this much address space: a pattern that needs more fails instead of
# taking the machine's memory from everyone else.
CHILD_MEMORY_LIMIT = 8 * 1024 * MB

PARAGRAPH = (
    "The council met on Tuesday to discuss the budget for the coming year, and members spoke at length about"
    " the cost of repairing the harbour wall before the winter storms arrive in the bay. "
)
TEASER = "Ferry plans for next year announced by the harbour board"
HEAD = (
    "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Harbour wall | Example News</title></head><body>"
    "<article><h1>Harbour wall repairs approved</h1><p class=byline>By Jo Lee | May 3, 2024</p>"
)
FOOT = (
    "</article><aside class=related><h2>Related</h2><ul>"
    + "".join(f"<li><a href='/local/2024/05/ferry-plans-{i}'>{TEASER} {i}</a></li>" for i in range(3))
    + "</ul></aside><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>"
)


def _repeat(unit: str, size: int, fixed: int = 0) -> int:
    return max(1, (size - fixed) // len(unit.encode("utf-8")))


def article(size: int) -> str:
    """A plain story: the baseline."""
    unit = f"<p>{PARAGRAPH}</p>\n"
    return HEAD + unit * _repeat(unit, size) + FOOT


def dek_wrappers(size: int) -> str:
    """Wrappers named like a dek, two blocks each, between the headline and the story."""
    unit = "<div class=summary><p>Summary line of the story</p><p>and its tail</p></div>"
    return (
        HEAD.replace("<p class=byline>", unit * _repeat(unit, size) + "<p class=byline>") + f"<p>{PARAGRAPH}</p>" + FOOT
    )


def long_hosts(size: int) -> str:
    """Teaser links whose hosts have thousands of labels."""
    links = 8
    host = "a." * max(1, size // links // 2) + "example.com"
    items = "".join(f"<li><a href='https://{host}/local/2024/05/ferry-{i}'>{TEASER} {i}</a></li>" for i in range(links))
    return HEAD + f"<p>{PARAGRAPH}</p>" * 3 + "</article><ul class=related>" + items + "</ul></body></html>"


def long_hrefs(size: int) -> str:
    """Teaser links with half-megabyte hrefs (memos once kept them alive)."""
    href = "/local/2024/05/ferry-plans-" + "a" * (MB // 2)
    items = "".join(f"<li><a href='{href}{i}'>{TEASER} {i}</a></li>" for i in range(max(1, size // (MB // 2))))
    return HEAD + f"<p>{PARAGRAPH}</p>" * 3 + "</article><ul class=related>" + items + "</ul></body></html>"


def class_attribute(size: int) -> str:
    """One class attribute as long as the page."""
    return HEAD.replace("<article>", f'<article class="{"x" * size} story">') + f"<p>{PARAGRAPH}</p>" * 3 + FOOT


def deep_nesting(size: int) -> str:
    """2,000 nested <div> around the story's paragraphs (under libxml2's limit)."""
    unit = f"<p>{PARAGRAPH * 3}</p>\n"
    return HEAD + "<div>" * 2000 + unit * _repeat(unit, size) + "</div>" * 2000 + FOOT


def fallback_text_pieces(size: int) -> str:
    """Past libxml2's depth limit, one element's text in many pieces (the fallback parser reads it)."""
    unit = "word <!---->"
    return HEAD + "<div>" * 2100 + "<p>" + unit * _repeat(unit, size) + "</p>" + "</div>" * 2100 + FOOT


def fallback_unclosed_tags(size: int) -> str:
    """Past libxml2's depth limit, then thousands of unclosed ``<a ``."""
    return HEAD + "<div>" * 2100 + f"<p>{PARAGRAPH}</p>" + "<a " * _repeat("<a ", size)


def text_teaser_run(size: int) -> str:
    """A text dump whose story is followed by a long run of teaser and sentence lines."""
    unit = f"{TEASER}\n" + "The plans were announced today by the board.\n" * 3
    return f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}\n{PARAGRAPH}\n" + unit * _repeat(unit, size)


def text_one_line(size: int) -> str:
    """A text dump whose story is one line as long as the page."""
    line = PARAGRAPH * _repeat(PARAGRAPH, size)
    return f"Harbour wall repairs approved\nBy Jo Lee\n{PARAGRAPH}\n{line}\nCopyright 2024 Example News"


def attribute_flood(size: int) -> str:
    """One element with as many distinct attributes as fit (libxml2 checks each against all before it)."""
    count = _repeat(" a1234567=x", size)
    return HEAD + "<p " + " ".join(f"a{i:07d}=x" for i in range(count)) + f">{PARAGRAPH}</p>" + FOOT


def html_attributes(size: int) -> str:
    """Past libxml2's depth limit, thousands of ``<html a1=...>`` tags, each adding an attribute to the root."""
    count = _repeat("<html a1234567=x>", size)
    return HEAD + "<div>" * 2100 + f"<p>{PARAGRAPH}</p>" + "".join(f"<html a{i:07d}=x>" for i in range(count)) + FOOT


def tiny_blocks(size: int) -> str:
    """Many tiny blocks: ``<p>x`` repeated (a block, a tree node and a text node per four bytes)."""
    return HEAD + "<p>x" * _repeat("<p>x", size) + FOOT


def unclosed_end_tags(size: int) -> str:
    """Thousands of ``</html x="`` whose quote never closes (each once read to the end of the page)."""
    return HEAD + f"<p>{PARAGRAPH}</p>" + '</html x="' * _repeat('</html x="', size) + FOOT


PATTERNS: dict[str, Callable[[int], str]] = {
    "article": article,
    "dek-wrappers": dek_wrappers,
    "long-hosts": long_hosts,
    "long-hrefs": long_hrefs,
    "class-attribute": class_attribute,
    "deep-nesting": deep_nesting,
    "fallback-text-pieces": fallback_text_pieces,
    "fallback-unclosed-tags": fallback_unclosed_tags,
    "text-teaser-run": text_teaser_run,
    "text-one-line": text_one_line,
    "attribute-flood": attribute_flood,
    "html-attributes": html_attributes,
    "tiny-blocks": tiny_blocks,
    "unclosed-end-tags": unclosed_end_tags,
}


@dataclass
class Run:
    pattern: str
    size_mb: int
    nbytes: int = 0
    seconds: float | None = None
    memory_ratio: float | None = None
    error: str | None = None


def _kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _child(pattern: str, size_mb: int, queue: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_LIMIT, CHILD_MEMORY_LIMIT))
    import newsparse

    try:
        page = PATTERNS[pattern](size_mb * MB)
        nbytes = len(page.encode("utf-8"))
        fn = newsparse.parse_text if pattern.startswith("text-") else newsparse.parse
        gc.collect()
        before = _kib("VmRSS")
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets the peak resident set (VmHWM) to the current one
        start = time.process_time()
        fn(page)
        seconds = time.process_time() - start
        peak = _kib("VmHWM")
        queue.put((nbytes, seconds, (peak - before) * 1024 / nbytes, None))
    except BaseException as exc:  # reported in the table
        queue.put((0, None, None, f"{type(exc).__name__}: {str(exc)[:60]}"))


def measure(pattern: str, size_mb: int, timeout: float) -> Run:
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(pattern, size_mb, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return Run(pattern, size_mb, error=f"cut off after {timeout:.0f} s")
    if queue.empty():
        return Run(pattern, size_mb, error=f"child exited with {proc.exitcode}")
    nbytes, seconds, ratio, error = queue.get()
    return Run(pattern, size_mb, nbytes, seconds, ratio, error)


def exponent(runs: Sequence[Run]) -> float | None:
    """The least-squares slope of log(time) over log(size)."""
    points = [(math.log(r.nbytes), math.log(r.seconds)) for r in runs if r.seconds and r.nbytes]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else None


def _error_cell(error: str | None) -> str:
    return "ParseError" if error and error.startswith(REFUSED) else str(error)


def report(runs: Sequence[Run], sizes: Sequence[int]) -> tuple[str, bool]:
    head = "| pattern | " + " | ".join(f"{s} MB" for s in sizes) + " | time ~ size^k | peak memory / input | verdict |"
    lines = [head, "|---" * (len(sizes) + 4) + "|"]
    ok = True
    for pattern in dict.fromkeys(r.pattern for r in runs):
        mine = [r for r in runs if r.pattern == pattern]
        cells = [f"{r.seconds:.2f} s" if r.seconds is not None else _error_cell(r.error) for r in mine]
        k = exponent(mine)
        ratios = [r.memory_ratio for r in mine if r.memory_ratio is not None]
        worst = max(ratios) if ratios else None
        parsed = [r for r in mine if r.error is None]
        # A page refused with a ParseError (a named limit) passes: it costs neither time nor memory.
        refused = [r for r in mine if r.error is not None and r.error.startswith(REFUSED)]
        passed = (
            len(parsed) + len(refused) == len(mine)
            and (len(parsed) < 2 or (k is not None and k <= MAX_EXPONENT))
            and (worst is None or worst <= MAX_MEMORY_RATIO)
        )
        ok = ok and passed
        k_cell = f"{k:.2f}" if k is not None else "–"
        mem_cell = f"{worst:.1f}×" if worst is not None else "–"
        verdict = ("ok" if not refused else "ok, refused") if passed else "FAIL"
        lines.append(f"| {pattern} | " + " | ".join(cells) + f" | {k_cell} | {mem_cell} | {verdict} |")
    return "\n".join(lines), ok


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.scaling_html", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES_MB)), help="sizes in MB (default 1,2,4,8,16)")
    ap.add_argument("--patterns", default=",".join(PATTERNS), help="patterns to run (default: all)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per input (default 600)")
    ap.add_argument("--write-docs", action="store_true", help="write the table into docs/benchmarks.md")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    patterns = args.patterns.split(",")
    unknown = [p for p in patterns if p not in PATTERNS]
    if unknown:
        ap.error(f"unknown patterns {unknown}; known: {', '.join(PATTERNS)}")
    runs = []
    for pattern in patterns:
        for size in sizes:
            run = measure(pattern, size, args.timeout)
            runs.append(run)
            shown = f"{run.seconds:.2f} s, {run.memory_ratio:.1f}x" if run.seconds is not None else run.error
            print(f"{pattern} {size} MB: {shown}", file=sys.stderr, flush=True)
    table, ok = report(runs, sizes)
    import newsparse
    from benchmarks.textdump_bench import write_section

    setting = (
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, newsparse "
        f"{newsparse.__version__}; limits: k <= {MAX_EXPONENT}, peak memory <= {MAX_MEMORY_RATIO:g}x input"
    )
    print(setting + "\n")
    print(table)
    if args.write_docs:
        given = argv if argv is not None else sys.argv[1:]
        command = " ".join(["python -m benchmarks.scaling_html", *given])
        write_section(
            "scaling-html",
            "### HTML: time and memory against input size, hostile page shapes\n\n"
            f"Command: `{command.strip()}`; run {dt.date.today().isoformat()}, {setting}. Each input is "
            "parsed in a child process of its own; time is the parse's CPU time, memory the growth of the "
            "child's peak resident set as a multiple of the input's size. A page refused with a `ParseError` "
            "(a named, documented limit) passes.\n\n" + table,
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
