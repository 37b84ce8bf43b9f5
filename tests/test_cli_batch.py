"""The command line on batches: directories, globs, WARC files, jobs, skips, and inputs that must not break it."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE_FIELDS, HTML_PAGE, TEXT_PAGE

import newsparse
from benchmarks.warcbuild import HttpResponse, response_records, warcinfo, write_warc
from newsparse.run.cli import main

NO_BODY_PAGE = "Text text text.\n"  # a dump with a headline and nothing else: warns "no-body"


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    status = main(args, stdin=io.BytesIO(stdin), stdout=out)
    return status, out.getvalue()


def cli(args: list[str], repo_root: Path, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args], capture_output=True, env=env, timeout=300, check=False, **kwargs
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "news" / "2025").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "news" / "a.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "news" / "2025" / "b.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (root / "news" / "2025" / "c.html.gz").write_bytes(__import__("gzip").compress(HTML_PAGE.encode()))
    (root / "news" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".cache" / "d.html").write_text(HTML_PAGE, encoding="utf-8")
    return root


def test_directories_are_walked_in_order(tree: Path) -> None:
    status, out = run([str(tree)])
    assert status == 0
    files = [json.loads(line)["file"] for line in out.splitlines()]
    # A directory's own files first, then its subdirectories, each sorted; hidden ones and non-pages left out.
    assert files == [
        str(tree / "news" / "a.html"),
        str(tree / "news" / "2025" / "b.txt"),
        str(tree / "news" / "2025" / "c.html.gz"),
    ]


def test_a_gzipped_page_is_read(tree: Path) -> None:
    status, out = run(["--format", "jsonl", str(tree / "news" / "2025" / "c.html.gz")])
    assert status == 0
    assert json.loads(out)["headline"] == newsparse.parse(HTML_PAGE).headline


def test_globs_are_expanded(tree: Path) -> None:
    status, out = run([str(tree / "**" / "*.html")])
    assert status == 0
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(tree / "news" / "a.html")]
    status, _ = run([str(tree / "*.nothing")])
    assert status == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_for_a_batch_is_one_array(tree: Path, jobs: str) -> None:
    status, out = run(["--format", "json", "-j", jobs, str(tree)])
    assert status == 0
    records = json.loads(out)
    assert [next(iter(r)) for r in records] == ["file"] * 3
    assert all(list(r)[1:] == ARTICLE_FIELDS for r in records)


def test_json_for_a_batch_without_pages_is_an_empty_array(tmp_path: Path) -> None:
    status, out = run(["--format", "json", str(tmp_path / "missing.html"), str(tmp_path / "gone.html")])
    assert status == 1
    assert json.loads(out) == []


def test_output_file(tree: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    status, out = run(["-o", str(target), str(tree)])
    assert status == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_skip_by_warning_code_is_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NO_BODY_PAGE, encoding="utf-8")
    assert newsparse.parse(NO_BODY_PAGE).has_warning("no-body")
    status, out = run(["--skip", "no-body", str(tmp_path)])
    assert status == 0
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(tmp_path / "a.txt")]
    assert "2 pages: 1 parsed, 0 errors, 1 skipped" in capsys.readouterr().err


def test_skip_takes_known_codes_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--skip", "not-a-code", "x.html"])
    assert info.value.code == 2
    assert "not-an-article" in capsys.readouterr().err  # the choices are listed


def test_a_newline_in_a_file_name_forges_no_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "x.html\nnewsparse: all good"
    forged.write_bytes(b"")
    good = tmp_path / "good.html"
    good.write_text(HTML_PAGE, encoding="utf-8")
    status, out = run([str(forged), str(good)])
    assert status == 1
    *errors, _summary = capsys.readouterr().err.splitlines()
    assert len(errors) == 1 and "x.html\\nnewsparse: all good" in errors[0]
    status, out = run(["--format", "summary", str(good), str(forged)])
    assert all(not line.startswith("newsparse: all good") for line in out.splitlines())


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
def test_a_non_utf8_file_name_gives_valid_utf8_json(tmp_path: Path, repo_root: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.html")
    with open(name, "wb") as handle:
        handle.write(HTML_PAGE.encode())
    other = tmp_path / "other.html"
    other.write_text(HTML_PAGE, encoding="utf-8")
    proc = cli([os.fsdecode(name), str(other)], repo_root)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
    assert json.loads(lines[0])["file"] == str(tmp_path) + "/caf\\xe9.html"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_devices_are_refused_and_reads_are_capped(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["/dev/zero"])
    assert status == 1
    assert "a device" in capsys.readouterr().err
    status, _ = run(["--special-files", "--max-size", "4096", "/dev/zero"])
    assert status == 1
    assert "4,096-byte limit" in capsys.readouterr().err


def test_too_large_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "big.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    status, _ = run(["--max-size", "100", str(page)])
    assert status == 1
    assert "limit" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path, repo_root: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    proc = cli([str(fifo), str(page)], repo_root)  # no writer: opening it for reading would block
    assert proc.returncode == 1
    assert b"a named pipe" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_an_unexpected_error_fails_one_page_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsparse.run import batch

    def fragile(page: Any, *, url: str | None = None, encoding: str | None = None) -> newsparse.Article:
        if b"Boom" in page:
            raise RuntimeError("a bug")
        return newsparse.parse(page, url=url, encoding=encoding)

    monkeypatch.setitem(batch._PARSERS, "auto", fragile)
    (tmp_path / "a.html").write_text(HTML_PAGE.replace("Harbour", "Boom"), encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    status, out = run([str(tmp_path)])
    assert status == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(tmp_path / "b.html")]
    assert "RuntimeError: a bug" in capsys.readouterr().err


def crawl(path: Path) -> list[HttpResponse]:
    pages = [
        HttpResponse("https://news.example/a", HTML_PAGE.encode()),
        HttpResponse("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        HttpResponse("https://news.example/b", HTML_PAGE.replace("Harbour", "River").encode("utf-8")),
        HttpResponse("https://news.example/c", TEXT_PAGE.encode(), content_type="text/plain"),
    ]
    write_warc(path, pages)
    return pages


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_warc_gives_one_line_per_html_response(tmp_path: Path, jobs: str) -> None:
    pytest.importorskip("fastwarc")
    path = tmp_path / "crawl.warc.gz"
    pages = crawl(path)
    status, out = run(["--jobs", jobs, "--format", "jsonl", str(path)])
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["warc_target_uri"] for r in records] == ["https://news.example/a", "https://news.example/b"]
    for record, page in zip(records, (pages[0], pages[2])):
        assert record["file"] == str(path)
        assert record["warc_record_id"].startswith("<urn:uuid:")
        assert record["warc_date"] == page.date
        article = {k: v for k, v in record.items() if not k.startswith("warc_") and k != "file"}
        assert article == newsparse.parse(page.body, url=page.url).to_dict()


def test_a_warc_on_stdin_and_a_broken_record_fails_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    good = response_records(HttpResponse("https://news.example/a", HTML_PAGE.encode()))
    cut = response_records(HttpResponse("https://news.example/b", HTML_PAGE.encode()))[:-80]
    status, out = run([], stdin=warcinfo() + good + cut)
    assert status == 1
    assert len(out.splitlines()) == 1
    err = capsys.readouterr().err
    assert "<stdin>" in err and "2 pages: 1 parsed, 1 error," in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_warc_cut_inside_a_record_header_fails_that_record_only(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("fastwarc")
    good = response_records(HttpResponse("https://news.example/a", HTML_PAGE.encode()), compress=False)
    cut = response_records(HttpResponse("https://news.example/b", HTML_PAGE.encode()), compress=False)
    start = cut.index(b"WARC-Type: response")
    (tmp_path / "1.warc").write_bytes(warcinfo(compress=False) + good + cut[: start + 120])
    (tmp_path / "2.html").write_text(HTML_PAGE, encoding="utf-8")
    status, out = run(["--jobs", jobs, "--format", "jsonl", str(tmp_path)])
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [str(tmp_path / "1.warc"), str(tmp_path / "2.html")]
    assert "3 pages: 2 parsed, 1 error," in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_over_the_timeout_is_an_error_and_the_batch_goes_on(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every paragraph new: seconds of CPU time whatever the memos of earlier tests hold.
    slow = "<html><body><h1>A long page</h1>" + "".join(
        f"<p>Paragraph {i} of the long page, number {i * 7919 % 100_003}, with words in it.</p>" for i in range(100_000)
    )
    (tmp_path / "1.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "2.html").write_text(slow, encoding="utf-8")
    (tmp_path / "3.html").write_text(HTML_PAGE, encoding="utf-8")
    status, out = run(["--jobs", jobs, "--timeout", "0.5", "--format", "jsonl", str(tmp_path)])
    assert status == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(tmp_path / n) for n in ("1.html", "3.html")]
    err = capsys.readouterr().err
    assert "2.html: TimeoutError: parsing the page took more than 0.5 s of CPU time" in err
    assert "3 pages: 2 parsed, 1 error," in err


@pytest.mark.parametrize("value", ["0", "-2", "soon"])
def test_the_timeout_is_a_positive_number(value: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--timeout", value, "x.html"])
    assert exit_.value.code == 2


def test_a_closed_pipe_ends_quietly(tree: Path, repo_root: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    many = [str(tree)] * 40
    with subprocess.Popen(
        [sys.executable, "-m", "newsparse", *many], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=300)
    assert b"Traceback" not in err and b"Broken pipe" not in err


def _sigint_as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def sigint_as_from_a_terminal() -> Any:
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child")
def test_ctrl_c_ends_quietly(tree: Path, repo_root: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    many = [str(tree)] * 4000  # 12,000 pages: far more than a fast machine parses before the interrupt
    with subprocess.Popen(
        [sys.executable, "-m", "newsparse", "-j", "2", *many],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        # As from a terminal: a test runner started in the background of a shell ignores SIGINT,
        # and its children would inherit that.
        preexec_fn=_sigint_as_from_a_terminal,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()  # it is parsing
        time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends it: to the whole group
        # Read through the same buffered pipe that readline used (communicate would skip what it buffered).
        out = proc.stdout.read()
        err = proc.stderr.read()
        proc.wait(timeout=300)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert b"(interrupted)" in err
    assert all(json.loads(line) for line in out.splitlines())


@pytest.mark.parametrize("name", ["zz-out.txt", "zz-out.html"])
def test_the_output_file_in_a_walked_directory_is_not_read_back(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    output = tmp_path / name
    status, _ = run([str(tmp_path), "--format", "text", "-o", str(output)])
    assert status == 0
    written = output.read_text(encoding="utf-8")
    assert written.count("==> ") == 2
    assert name not in written


@pytest.mark.usefixtures("sigint_as_from_a_terminal")
def test_ctrl_c_that_lands_in_a_finalizer_still_ends_the_batch(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsparse.run.cli as cli_module

    real = cli_module.run_jobs

    class Finalized:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)

    def interrupted_early(*args: Any, **kwargs: Any) -> Any:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 1:
                Finalized()  # collected at once: the signal lands in its finalizer
            yield item

    monkeypatch.setattr(cli_module, "run_jobs", interrupted_early)
    status, out = run(["-j", "1", *[str(tree)] * 5])
    assert status == 130
    assert len(out.splitlines()) == 2
    assert "(interrupted)" in capsys.readouterr().err


def test_a_batch_started_with_ctrl_c_ignored_keeps_ignoring_it(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsparse.run.cli as cli_module

    real = cli_module.run_jobs

    def interrupted_early(*args: Any, **kwargs: Any) -> Any:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 1:
                signal.raise_signal(signal.SIGINT)
            yield item

    monkeypatch.setattr(cli_module, "run_jobs", interrupted_early)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        status, out = run(["-j", "1", *[str(tree)] * 2])
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
    assert status == 0
    assert len(out.splitlines()) == 6
