"""The command line's inputs: file names, directories and globs expanded, and each read with limits.

Reading is where a batch meets the file system: a FIFO that nobody writes to, a device
that never ends (``/dev/zero``), a name that is not valid UTF-8 or holds a newline.
Special files are refused unless asked for, every read is capped, and names are turned
into text that is safe in JSON (:func:`json_name`) and on a terminal (:func:`shown_name`).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import stat
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

__all__ = [
    "MAX_INPUT_SIZE",
    "PAGE_SUFFIXES",
    "Input",
    "InputError",
    "escape_unsafe",
    "expand_inputs",
    "json_name",
    "looks_like_warc",
    "open_input",
    "output_name",
    "read_page",
    "record_output_name",
    "shown_name",
]

# The largest page read: far above any real page (the largest pages of the corpora are a few
# MB), low enough that a wrong file (a disk image, /dev/zero) is refused before memory runs out.
MAX_INPUT_SIZE = 32 * 1024 * 1024
# The names a directory walk picks up (each also gzipped): pages and WARC files; anything else
# in a tree of pages (images, JSON, notes) is not a page and would only count as an error.
PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".warc")
_WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz")
_GLOB_CHARS = re.compile(r"[*?\[]")
# Characters that rewrite a terminal line or the order it shows text in: C0 and C1 controls,
# DEL, and the bidirectional marks, embeddings, overrides and isolates.
_UNSAFE_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What a command-line argument that names a web address looks like (a scheme and "//").
_URL_ARGUMENT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# The message for one, as the API's (newsparse never fetches).
NO_FETCH = "newsparse does not fetch pages; download the page and pass the file, with --url set to its address"
# Characters kept as they are in a name written under -o DIR; every other one is %XX (UTF-8 bytes),
# so two inputs never get the same output name and no name is a control sequence or a path trick.
_NAME_SAFE = re.compile(r"[\w.+,=@~ -]")
# The part of a record's URL its output name shows (after its number, which makes it unique).
RECORD_SLUG_CHARS = 80
_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
# How much of an input is looked at to tell a WARC from a page.
_SNIFF_BYTES = 512


class InputError(Exception):
    """An input that cannot be read as a page: the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Input:
    """One input: a path, or None for standard input; ``found`` marks one found by a walk or a glob."""

    path: str | None
    found: bool = False
    # Set for a command-line argument that named nothing to read (no match, an empty directory).
    problem: str | None = None

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else self.path


def json_name(name: str) -> str:
    """A file name as valid Unicode text: bytes that are not UTF-8 are written as ``\\xNN``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace") if name != "<stdin>" else name


def escape_unsafe(text: str) -> str:
    """``text`` with every terminal control and bidi character written as an escape (``\\n``, ``\\u202e``)."""
    return _UNSAFE_CHARS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def shown_name(name: str) -> str:
    """A file name as one line of safe terminal text: a name cannot forge another output line."""
    return escape_unsafe(json_name(name))


def _name_part(part: str) -> str:
    if part in (".", ".."):
        return part.replace(".", "%2E")
    out: list[str] = []
    for char in part:
        if _NAME_SAFE.fullmatch(char) and not _UNSAFE_CHARS.match(char):
            out.append(char)
        elif "\udc80" <= char <= "\udcff":  # a byte that is not UTF-8 (surrogateescape)
            out.append(f"%{ord(char) - 0xDC00:02X}")
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
    return "".join(out)


def output_name(name: str) -> str:
    """The relative path a page of the input ``name`` is written to under ``-o DIR`` (no extension added).

    The input's path as given, with ``/`` kept, a leading ``/`` and ``.`` parts dropped, ``..``
    and every character that is not plainly safe in a file name written as ``%XX``: distinct
    inputs get distinct names, and a name cannot leave the directory. Standard input is ``stdin``.
    """
    if name == "<stdin>":
        return "stdin"
    text = os.fsencode(name).decode("utf-8", "surrogateescape")
    parts = [_name_part(p) for p in re.split(r"[/\\]" if os.sep == "\\" else "/", text) if p not in ("", ".")]
    return "/".join(parts) or "%2E"


def record_output_name(name: str, number: int, url: str | None) -> str:
    """The relative path of the ``number``-th page of the WARC ``name``: under the WARC's own
    output name, the number (which makes it unique) and a slug of the record's URL."""
    slug = ""
    if url:
        slug = _SLUG_UNSAFE.sub("-", url.split("://", 1)[-1]).strip("-.")[:RECORD_SLUG_CHARS].rstrip("-.")
    return f"{output_name(name)}/{number:06d}" + (f"-{slug}" if slug else "")


def _walk(directory: str) -> Iterator[str]:
    # Sorted, so a batch comes out in the same order on every file system; hidden entries
    # (.git, editor swap files) are no pages, and symlinked directories are not followed (no loops).
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            base = name.removesuffix(".gz").lower()
            if not name.startswith(".") and base.endswith(PAGE_SUFFIXES):
                yield os.path.join(root, name)


def _expand_one(arg: str) -> Iterator[Input]:
    if arg == "-":
        yield Input(None)
        return
    if os.path.isdir(arg):
        found = False
        for path in _walk(arg):
            found = True
            yield Input(path, found=True)
        if not found:
            yield Input(arg, problem="no pages in this directory (files named " + ", ".join(PAGE_SUFFIXES) + ")")
        return
    if not os.path.lexists(arg) and _URL_ARGUMENT.match(arg):
        yield Input(arg, problem=NO_FETCH)
        return
    if not os.path.lexists(arg) and _GLOB_CHARS.search(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield Input(arg, problem="no file matches this pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from (Input(path, found=True) for path in _walk(match))
            else:
                yield Input(match, found=True)
        return
    yield Input(arg)


def expand_inputs(args: Sequence[str]) -> Iterator[Input]:
    """The inputs named by ``args``, in order: files, directories (recursively), globs, ``-`` for stdin."""
    for arg in args or ["-"]:
        yield from _expand_one(arg)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def open_input(item: Input, stdin: BinaryIO, *, special_files: bool = False) -> BinaryIO:
    """Open an input for reading; raises :class:`InputError` for what must not be read.

    A file is opened without blocking and checked before a byte is read, so a FIFO
    with no writer never hangs the batch; FIFOs, devices and sockets are read only with
    ``special_files``. Standard input is whatever the caller chose to pipe in.
    """
    if item.path is None:
        return stdin
    try:
        fd = os.open(item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode) or (not stat.S_ISREG(mode) and not special_files):
            hint = "" if stat.S_ISDIR(mode) else "; --special-files reads it"
            raise InputError(f"cannot read: {_kind_of(mode)}{hint}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _head(stream: BinaryIO) -> bytes:
    """The first bytes of ``stream`` without consuming them (peek or seek back), or b"" when neither works."""
    peek = getattr(stream, "peek", None)
    if stream.seekable():
        at = stream.tell()
        head = stream.read(_SNIFF_BYTES)
        stream.seek(at)
        return head
    if peek is not None:
        data: bytes = peek(_SNIFF_BYTES)
        return data[:_SNIFF_BYTES]
    return b""


def looks_like_warc(stream: BinaryIO, name: str | None = None) -> bool:
    """Whether ``stream`` is a WARC file: by name (``.warc``, ``.warc.gz``) or by its first record's header."""
    if name is not None and name.lower().endswith(_WARC_SUFFIXES):
        return True
    head = _head(stream)
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, len(_WARC_MAGIC))
        except zlib.error:
            return False
    return head.startswith(_WARC_MAGIC)


def read_page(stream: BinaryIO, *, max_size: int = MAX_INPUT_SIZE) -> bytes:
    """The whole page in ``stream``, gunzipped when it is gzip; over ``max_size`` bytes is an :class:`InputError`."""
    try:
        data = stream.read(max_size + 1)
        if data.startswith(_GZIP_MAGIC):
            # A saved page kept gzipped (page.html.gz); decompressed with the same cap (a gzip bomb is refused).
            with gzip.GzipFile(fileobj=_Replay(data, stream), mode="rb") as unzipped:
                data = unzipped.read(max_size + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if len(data) > max_size:
        raise InputError(f"larger than the {max_size:,}-byte limit (--max-size)")
    return data


class _Replay:
    """The bytes already read from a stream, then the rest of the stream: for gzip to read from the start."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = memoryview(head)
        self.rest = rest

    def read(self, size: int = -1) -> bytes:
        if self.head:
            take = len(self.head) if size < 0 else min(size, len(self.head))
            chunk = bytes(self.head[:take])
            self.head = self.head[take:]
            return chunk
        return self.rest.read(size)

    def seek(self, offset: int, /) -> int:
        # Reading from the start to the end never seeks; gzip only asks for this to rewind.
        raise io.UnsupportedOperation("an input is read once, from the start")
