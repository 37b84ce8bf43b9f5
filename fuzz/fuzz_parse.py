"""Coverage-guided fuzzing of ``newsparse.parse`` with atheris (libFuzzer for Python).

    pip install atheris
    python fuzz/fuzz_parse.py -runs=1000000 -max_len=1024 -timeout=60 -rss_limit_mb=4096 fuzz/corpus

The first byte of an input picks how the rest is handed in: as bytes (``parse``), as a
str (``parse``), as a text dump (``parse_text``), or as bytes with a transport charset
(``parse_html(..., encoding=...)``). A crash is any exception but ``ParseError`` and
``TypeError``, a result that fails an output check of ``checks.py`` (UTF-8 JSON that
round-trips through ``to_dict``/``from_dict``; text without control characters, bidi
overrides or lone surrogates; URL fields http(s), without userinfo, whitespace, invisible
characters or surrogates; ``to_markdown()`` rendered by a CommonMark parser without images,
raw HTML or links of another scheme), a result that differs on a second parse, or an input
that takes more than ``MAX_CPU_SECONDS`` of CPU time. (CPU time, not libFuzzer's
wall-clock ``-timeout``: on a shared machine a process at low priority can wait seconds
for a core; keep ``-timeout`` as a hang guard.) With ``FUZZ_SLOWEST=FILE`` set, the
slowest input so far and its CPU time are written to FILE and FILE.input. An empty corpus
directory is seeded first with the pages ``fuzz/seeds.py`` makes.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Only newsparse's own code is instrumented: coverage of the regex engine's Python layer or of
# charset-normalizer would slow every input and guide nothing.
with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import Article, ParseError

from checks import check_article
from seeds import write_seeds

# Transport charsets tried with parse_html: real ones, aliases, and names no page may use.
ENCODINGS = ("utf-8", "shift_jis", "text/html; charset=gbk", "windows-1251", "iso-8859-7", "utf-7", "hex", "x")
MODES = 4
# One input in this many is parsed twice, to check that the same input gives the same output
# (every input would halve the inputs tried; the property suite checks it on every example).
RECHECK_EVERY = 8
# No input may cost more than this much CPU time.
MAX_CPU_SECONDS = 2.0
_SLOWEST_FILE = os.environ.get("FUZZ_SLOWEST")
_slowest = [0.0]


def _record(data: bytes, seconds: float) -> None:
    if seconds > MAX_CPU_SECONDS:
        raise AssertionError(f"the input took {seconds:.2f} s of CPU time")
    if _SLOWEST_FILE and seconds > _slowest[0]:
        _slowest[0] = seconds
        Path(_SLOWEST_FILE + ".input").write_bytes(data)
        Path(_SLOWEST_FILE).write_text(f"{seconds:.4f} s CPU, {len(data)} bytes, mode {data[0] % MODES}\n")


def _parse(mode: int, payload: bytes) -> Article:
    if mode == 0:
        return newsparse.parse(payload)
    if mode == 1:
        return newsparse.parse(payload.decode("utf-8", errors="surrogateescape"))
    if mode == 2:
        return newsparse.parse_text(payload.decode("utf-8", errors="replace"))
    return newsparse.parse_html(payload, encoding=ENCODINGS[len(payload) % len(ENCODINGS)])


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, payload = data[0] % MODES, data[1:]
    start = time.process_time()
    try:
        article = _parse(mode, payload)
    except (ParseError, TypeError):
        _record(data, time.process_time() - start)
        return
    _record(data, time.process_time() - start)
    assert isinstance(article, Article)
    check_article(article)
    if len(data) % RECHECK_EVERY == 0:
        assert _parse(mode, payload) == article, "a second parse of the same input differs"


def main() -> None:
    dirs = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    # A file named on the command line is an input to replay, not a corpus to seed.
    if dirs and not Path(dirs[0]).is_file():
        corpus = Path(dirs[0])
        corpus.mkdir(parents=True, exist_ok=True)
        if not any(corpus.iterdir()):
            write_seeds(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
