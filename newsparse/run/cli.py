"""The command line: ``newsparse [INPUT ...]`` and ``python -m newsparse``.

Inputs are files, directories (walked recursively), globs, ``-`` for standard input,
and WARC files (each HTML response a page). Pages are parsed over ``--jobs`` processes
and written in input order as they are done; a page that fails is reported on standard
error and the batch goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TextIO

from .. import __version__
from ..article import Article
from ..diagnostics import WARNING_CODES
from ..read.walk import WALK_NOTE, walk_backend
from .batch import DEFAULT_CHUNKSIZE, Job, ParseFailure, default_workers, run_jobs
from .files import (
    MAX_INPUT_SIZE,
    Input,
    InputError,
    escape_unsafe,
    expand_inputs,
    json_name,
    looks_like_warc,
    open_input,
    output_name,
    read_page,
    record_output_name,
    shown_name,
)
from .formats import FORMATS, PageWriteError, PerPageWriter, Writer

__all__ = ["main"]

# The error name of an input that could not be read (a failure before parsing).
READ_ERROR = "ReadError"
# Exit status after Ctrl-C, as a shell reports a process ended by SIGINT.
_INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class _Source:
    """Where a result came from: the fields its record carries, a one-line label for people and
    the relative path its page is written to under ``-o DIR`` (without the format's extension)."""

    fields: dict[str, Any]
    label: str
    out_name: str


def _file_source(item: Input) -> _Source:
    return _Source({"file": json_name(item.name)}, shown_name(item.name), output_name(item.name))


def _warc_source(info: Any, number: int) -> _Source:
    fields = {
        "file": json_name(info.source),
        "warc_record_id": info.record_id,
        "warc_target_uri": info.url,
        "warc_date": info.date,
    }
    # The record id is the WARC's text, as the URL is: escaped, it cannot act on a terminal.
    where = escape_unsafe(info.record_id) if info.record_id else ""
    where = where or (f"at offset {info.offset:,}" if info.offset is not None else "")
    label = " ".join(filter(None, [shown_name(info.source), where, f"<{escape_unsafe(info.url)}>" if info.url else ""]))
    return _Source(fields, label, record_output_name(info.source, number, info.url))


@dataclass(slots=True)
class _Run:
    """What the command line was asked to do, and the counts for the summary."""

    args: argparse.Namespace
    stdin: BinaryIO
    pages: int = 0
    errors: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)
    # The (device, inode) of the -o file: a directory walked for pages may hold it, and
    # reading back the half-written output would parse it as one more page.
    output_file: tuple[int, int] | None = None
    # The -o directory, resolved: the pages written into it are not read back either.
    output_dir: str | None = None
    # Ctrl-C was pressed: the loop over the pages stops after the page in hand. A flag, not an
    # exception raised wherever the signal lands: Python drops a KeyboardInterrupt raised in a
    # finalizer or a garbage-collector callback, and the batch would run on to its end.
    interrupted: bool = False

    def interrupt(self, signum: int, frame: object) -> None:
        if self.interrupted:  # pressed again: the page in hand is not waited for
            raise KeyboardInterrupt
        self.interrupted = True

    def summary(self, *, interrupted: bool = False) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        done = self.pages + self.errors + self.skipped
        parts = [f"{self.pages:,} parsed", _count(self.errors, "error")]
        if self.args.skip:
            parts.append(f"{self.skipped:,} skipped")
        rate = f"{done / elapsed:,.1f} pages/s in {elapsed:,.1f} s"
        head = f"newsparse: {_count(done, 'page')}: "
        return head + ", ".join(parts) + f", {rate}" + (" (interrupted)" if interrupted else "")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _warc_items(run: _Run, item: Input, stream: BinaryIO, index: int) -> Iterator[tuple[_Source, Job | ParseFailure]]:
    try:
        from .warc import warc_jobs
    except ImportError as exc:
        yield _file_source(item), ParseFailure(index, None, READ_ERROR, str(exc))
        return
    jobs = warc_jobs(stream, name=item.name, max_size=run.args.max_size, start=index)
    for number, (info, job) in enumerate(jobs, start=1):
        yield _warc_source(info, number), job


def _items(run: _Run, inputs: Iterator[Input]) -> Iterator[tuple[_Source, Job | ParseFailure]]:
    """Every page of every input as a parse job (or a failure to read it), in order."""
    index = 0
    for item in inputs:
        source = _file_source(item)
        if item.problem is not None:
            yield source, ParseFailure(index, None, READ_ERROR, item.problem)
            index += 1
            continue
        if item.found and run.output_dir is not None and _inside(item.path, run.output_dir):
            continue
        try:
            stream = open_input(item, run.stdin, special_files=run.args.special_files)
        except InputError as exc:
            yield source, ParseFailure(index, None, READ_ERROR, str(exc))
            index += 1
            continue
        with contextlib.ExitStack() as stack:
            if stream is not run.stdin:
                stack.enter_context(stream)
                if run.output_file is not None and _file_id(stream) == run.output_file:
                    continue
            if looks_like_warc(stream, item.path):
                for warc_item in _warc_items(run, item, stream, index):
                    index += 1
                    yield warc_item
                continue
            try:
                data = read_page(stream, max_size=run.args.max_size)
            except InputError as exc:
                yield source, ParseFailure(index, None, READ_ERROR, str(exc))
            else:
                yield source, Job(index, data, run.args.url)
            index += 1


def _inside(path: str | None, directory: str) -> bool:
    return path is not None and os.path.realpath(path).startswith(directory + os.sep)


def _file_id(stream: Any) -> tuple[int, int] | None:
    try:
        info = os.fstat(stream.fileno())
    except (OSError, AttributeError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _is_batch(args: Sequence[str], stdin: BinaryIO) -> bool:
    """Whether the run is a batch: anything but one named page (or stdin) gives records that name their source."""
    if len(args) > 1:
        return True
    inputs = list(expand_inputs(args))
    if len(inputs) != 1 or inputs[0].found:
        return True
    item = inputs[0]
    if item.path is None:
        return looks_like_warc(stdin)
    if item.path.lower().endswith((".warc", ".warc.gz")):
        return True
    try:
        with open_input(item, stdin) as stream:
            return looks_like_warc(stream)
    except (InputError, OSError):
        return False


def _report(source: _Source, failure: ParseFailure) -> None:
    known = failure.error in ("ParseError", READ_ERROR, "WarcError")
    message = failure.message if known else str(failure)
    print(f"newsparse: {source.label}: {escape_unsafe(message)}", file=sys.stderr)


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Split news pages (HTML or text dumps) into headline, subheading, byline, body, "
        "related links and copyright.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="pages, directories (walked recursively), globs or WARC files; '-' or none: standard input",
    )
    parser.add_argument("--url", help="the page's URL, to resolve relative links (applies to every page file)")
    parser.add_argument(
        "--format",
        choices=tuple(FORMATS),
        help="output format (default: json for one page, jsonl for a batch); json for a batch is one JSON array",
    )
    parser.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind (default: sniff)")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse with N processes (0: one per CPU; default 1)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR",
        help="write the results to FILE instead of standard output; to a directory (one that exists, "
        "or a name ending in '/'): a file per page, named after its input",
    )
    parser.add_argument(
        "--front-matter",
        action="store_true",
        help="Markdown: put the metadata first, as YAML front matter (implies --format markdown)",
    )
    parser.add_argument(
        "--body-only",
        action="store_true",
        help="Markdown: the story's blocks alone, no headline, byline, related links or notice "
        "(implies --format markdown)",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="CODE",
        choices=sorted(WARNING_CODES),
        help="leave out pages with this warning (repeatable; e.g. not-an-article); counted in the summary",
    )
    parser.add_argument(
        "--max-size",
        type=int,
        default=MAX_INPUT_SIZE,
        metavar="BYTES",
        help=f"refuse a page larger than this (default {MAX_INPUT_SIZE:,})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="a page that takes more than SECONDS of CPU time to parse is an error, and the batch goes on",
    )
    parser.add_argument(
        "--special-files", action="store_true", help="also read named pipes and devices named on the command line"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version and which block walk is in use, and exit"
    )
    return parser


class _Version(argparse.Action):
    """The version, and which block walk this process uses and why (the compiled one is faster)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"newsparse {__version__}\nblock walk: {walk_backend()} ({WALK_NOTE})")
        parser.exit()


def _progress(run: _Run, batch: bool) -> Any:
    """A progress bar on standard error when it is a terminal, else None."""
    if run.args.quiet or not batch or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    # No monitor thread: the worker processes may be forked, and a fork copies no threads.
    tqdm.monitor_interval = 0
    return tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _consume(run: _Run, writer: Writer, progress: Any) -> None:
    args = run.args
    workers = default_workers() if args.jobs == 0 else args.jobs
    results = run_jobs(
        _items(run, expand_inputs(args.files)),
        kind=args.kind,
        workers=workers,
        chunksize=DEFAULT_CHUNKSIZE,
        timeout=args.timeout,
    )
    # Closed here, on every way out (Ctrl-C too), so the worker processes stop before the
    # summary is printed, not whenever the interrupted frame happens to be freed.
    with contextlib.closing(results):
        _write_results(run, writer, progress, results)


def _write_results(
    run: _Run, writer: Writer, progress: Any, results: Iterator[tuple[_Source, Article | ParseFailure]]
) -> None:
    args = run.args
    skip = frozenset(args.skip)
    for source, result in results:
        if isinstance(result, ParseFailure):
            run.errors += 1
            _report(source, result)
        elif skip and not skip.isdisjoint(result.warning_codes):
            run.skipped += 1
        else:
            try:
                writer.write(source.fields, source.label, result, source.out_name)
            except PageWriteError as exc:
                run.errors += 1
                print(f"newsparse: {source.label}: {escape_unsafe(str(exc))}", file=sys.stderr)
            else:
                run.pages += 1
        if progress is not None:
            progress.update()
            if run.errors:
                progress.set_postfix(errors=run.errors, refresh=False)
        if run.interrupted:
            raise KeyboardInterrupt


def _open_output(path: str | None, stdout: TextIO | None, writer_is_json: bool) -> TextIO:
    if path is not None:
        return open(path, "w", encoding="utf-8", newline="\n")
    if stdout is not None:
        return stdout
    with contextlib.suppress(AttributeError, ValueError):
        if writer_is_json:
            # JSON is UTF-8 (RFC 8259), whatever the locale says.
            if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
                sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        else:
            # A summary for people keeps the terminal's encoding, but a character it lacks
            # is written as an escape, never a crash halfway through a batch.
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    return sys.stdout


def _quiet_broken_pipe() -> None:
    # The reader went away (``| head``): later writes, and the flush at exit, go nowhere.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _is_directory(path: str | None) -> bool:
    return path is not None and (path.endswith(("/", os.sep)) or os.path.isdir(path))


def _waits_on_a_terminal(args: argparse.Namespace, stdin: BinaryIO) -> bool:
    """No input named and standard input is a terminal: the run would wait for typing."""
    if args.files:
        return False
    try:
        return stdin.isatty()
    except (AttributeError, ValueError):
        return False


def main(argv: Sequence[str] | None = None, *, stdin: BinaryIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 when every input parsed, 1 when any failed)."""
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.max_size < 1:
        parser.error("--max-size must be at least 1")
    if args.timeout is not None and not args.timeout > 0:
        parser.error("--timeout must be a positive number of seconds")
    markdown_options = args.front_matter or args.body_only
    if markdown_options and args.format not in (None, "markdown"):
        parser.error("--front-matter and --body-only are options of --format markdown")
    source = stdin if stdin is not None else sys.stdin.buffer
    if _waits_on_a_terminal(args, source):
        parser.print_usage(sys.stderr)
        print(
            "newsparse: give pages, directories or WARC files, or '-' to read a page from standard input; "
            "--help says more",
            file=sys.stderr,
        )
        return 2
    run = _Run(args, source)
    batch = _is_batch(args.files, source)
    fmt: str = args.format or ("markdown" if markdown_options else "jsonl" if batch else "json")
    writer_class = FORMATS[fmt]
    options = {"front_matter": args.front_matter, "body_only": args.body_only}
    if _is_directory(args.output):
        try:
            os.makedirs(args.output, exist_ok=True)
        except OSError as exc:
            parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
        run.output_dir = os.path.realpath(args.output)
        return _finish(run, PerPageWriter(args.output, writer_class, named=batch, **options), None, batch)
    if batch and args.front_matter and fmt == "markdown":
        parser.error("--front-matter for several pages needs -o DIR (a file per page): front matter opens a document")
    try:
        out = _open_output(args.output, stdout, writer_class.is_json)
    except OSError as exc:
        parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
    if args.output is not None:
        run.output_file = _file_id(out)
    return _finish(run, writer_class(out, batch=batch, **options), out, batch)


def _finish(run: _Run, writer: Writer, out: TextIO | None, batch: bool) -> int:
    """Parse everything into ``writer``, then report; returns the exit status."""
    args = run.args
    progress = _progress(run, batch)
    interrupted = False
    # Only where Ctrl-C would end the program anyway: a batch started with SIGINT ignored (in the
    # background of a script, under a supervisor) keeps ignoring it.
    watch = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    previous = signal.signal(signal.SIGINT, run.interrupt) if watch else None
    try:
        writer.start()
        try:
            _consume(run, writer, progress)
        except KeyboardInterrupt:
            interrupted = True
        writer.finish()
        if out is not None:
            out.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 1 if run.errors else 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if progress is not None:
            progress.close()
        if args.output is not None and out is not None:
            out.close()
    interrupted = interrupted or run.interrupted
    if batch and not args.quiet:
        print(run.summary(interrupted=interrupted), file=sys.stderr)
    if interrupted:
        return _INTERRUPTED
    return 1 if run.errors else 0
