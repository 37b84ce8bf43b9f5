"""The command line as a new user meets it, and what it writes: Markdown with front matter or the
story alone, a file per page under ``-o DIR``, and nothing a terminal acts on."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import HTML_PAGE, TEXT_PAGE

import newsparse
from benchmarks.warcbuild import HttpResponse, _http_block, record, response_records, warcinfo
from newsparse.run.cli import main

yaml = pytest.importorskip("yaml")


def run(args: list[str], stdin: Any = None) -> tuple[int, str]:
    out = io.StringIO()
    status = main(args, stdin=stdin if stdin is not None else io.BytesIO(b""), stdout=out)
    return status, out.getvalue()


def front_matter(text: str) -> dict[str, Any]:
    assert text.startswith("---\n"), text[:80]
    data = yaml.safe_load(text[4:].split("\n---\n", 1)[0])
    assert isinstance(data, dict)
    return data


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "news" / "2025").mkdir(parents=True)
    (root / "news" / "a.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "news" / "2025" / "b.txt").write_text(TEXT_PAGE, encoding="utf-8")
    return root


# --- Markdown for model pipelines ---------------------------------------------------------------


def test_front_matter_and_body_only_for_one_page(site: Path) -> None:
    page = site / "news" / "a.html"
    article = newsparse.parse(page.read_bytes())
    # Either option alone asks for Markdown.
    status, out = run(["--front-matter", "--body-only", str(page)])
    assert status == 0
    assert out == article.to_markdown(front_matter=True, body_only=True)
    assert front_matter(out)["title"] == article.headline
    status, out = run(["--format", "markdown", "--body-only", str(page)])
    assert out == article.to_markdown(body_only=True)


def test_markdown_options_belong_to_markdown(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--format", "json", "--body-only", str(site)])
    assert info.value.code == 2 and "--format markdown" in capsys.readouterr().err


def test_front_matter_for_a_batch_needs_a_directory(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Front matter opens a document: a second one in the same stream would be a rule and a heading.
    with pytest.raises(SystemExit) as info:
        main(["--front-matter", str(site)], stdout=io.StringIO())
    assert info.value.code == 2 and "-o DIR" in capsys.readouterr().err


def test_a_file_per_page_named_after_its_input(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    out_dir = tmp_path / "out"
    status, out = run(["-o", f"{out_dir}/", "--front-matter", "--body-only", "news"])
    assert status == 0 and out == ""
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["news/2025/b.txt.md", "news/a.html.md"]
    text = (out_dir / "news" / "a.html.md").read_text(encoding="utf-8")
    meta = front_matter(text)
    # A page of a batch names its source first, as a JSON Lines record does.
    assert list(meta)[:2] == ["file", "title"] and meta["file"] == "news/a.html"
    assert text.endswith(newsparse.parse(HTML_PAGE).to_markdown(body_only=True))
    # Any format: an existing directory takes a file per page too.
    status, _ = run(["-o", str(out_dir), "--format", "json", "news/a.html", "news/2025/b.txt"])
    record_ = json.loads((out_dir / "news" / "a.html.json").read_text(encoding="utf-8"))
    assert status == 0 and record_["file"] == "news/a.html"


def test_pages_written_into_a_walked_directory_are_not_read_back(site: Path) -> None:
    out_dir = site / "news" / "out"
    status, _ = run(["-o", f"{out_dir}/", "--format", "text", str(site)])
    assert status == 0
    written = sorted(p.name for p in out_dir.rglob("*") if p.is_file())
    assert written == ["a.html.txt", "b.txt.txt"]


def test_output_names_cannot_leave_the_directory_or_collide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    monkeypatch.chdir(tmp_path / "in")
    (tmp_path / "up.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "in" / "%2E%2E").mkdir()
    (tmp_path / "in" / "%2E%2E" / "up.html").write_text(TEXT_PAGE, encoding="utf-8")
    out_dir = tmp_path / "in" / "out"
    status, _ = run(["-o", f"{out_dir}/", "--format", "markdown", "../up.html", "%2E%2E/up.html"])
    assert status == 0
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["%252E%252E/up.html.md", "%2E%2E/up.html.md"]


def test_a_warc_gives_a_file_per_record(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    warc = tmp_path / "crawl.warc.gz"
    pages = [HttpResponse(f"https://news.example/2025/story-{n}?a=1", HTML_PAGE.encode()) for n in range(2)]
    warc.write_bytes(warcinfo() + b"".join(response_records(p) for p in pages))
    out_dir = tmp_path / "out"
    status, _ = run(["-o", f"{out_dir}/", "--front-matter", str(warc)])
    assert status == 0
    folder = out_dir / str(warc).lstrip("/")
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["000001-news.example-2025-story-0-a-1.md", "000002-news.example-2025-story-1-a-1.md"]
    meta = front_matter((folder / names[1]).read_text(encoding="utf-8"))
    assert meta["warc_target_uri"] == pages[1].url and meta["warc_record_id"].startswith("<urn:uuid:")


def test_a_page_that_cannot_be_written_is_an_error(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    (out_dir / "news").mkdir(parents=True)
    (out_dir / "news" / "a.html.md").mkdir()  # a directory where the page's file goes
    monkeypatch.chdir(site)
    status, _ = run(["-o", f"{out_dir}/", "--format", "markdown", "news"])
    assert status == 1
    err = capsys.readouterr().err
    assert "news/a.html: cannot write" in err and "2 pages: 1 parsed, 1 error," in err


# --- first contact --------------------------------------------------------------------------------


class Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_no_input_in_a_terminal_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run([], stdin=Terminal(b""))
    assert status == 2 and out == ""
    err = capsys.readouterr().err
    assert err.startswith("usage: newsparse") and "'-'" in err
    # Standard input named, or piped in, is read.
    status, out = run(["-"], stdin=io.BytesIO(TEXT_PAGE.encode()))
    assert status == 0 and json.loads(out)["headline"]


def test_a_url_says_newsparse_does_not_fetch(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(["https://news.example/2025/story"])
    assert status == 1 and out == ""
    assert "newsparse does not fetch pages" in capsys.readouterr().err


def test_version_says_which_walk_and_why(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    assert out.startswith(f"newsparse {newsparse.__version__}\nblock walk: {newsparse.walk_backend()} (")


def test_the_summary_counts_every_page(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run([str(site / "news" / "a.html"), str(site / "missing.html")])
    assert status == 1
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary.startswith("newsparse: 2 pages: 1 parsed, 1 error, ")
    run([str(site / "news" / "a.html"), str(site / "news" / "2025")])
    assert capsys.readouterr().err.startswith("newsparse: 2 pages: 2 parsed, 0 errors, ")


def test_the_api_reads_a_gzipped_path_and_a_failure_names_it(tmp_path: Path) -> None:
    page = tmp_path / "story.html.gz"
    page.write_bytes(gzip.compress(HTML_PAGE.encode()))
    assert newsparse.parse(page) == newsparse.parse(HTML_PAGE)
    with open(page, "rb") as handle:
        assert newsparse.parse(handle) == newsparse.parse(HTML_PAGE)
    missing = tmp_path / "missing.html"
    failures = list(newsparse.parse_many([missing, page], workers=1, on_error="return"))
    assert isinstance(failures[0], newsparse.ParseFailure) and failures[0].path == str(missing)
    assert not isinstance(failures[1], newsparse.ParseFailure)


# --- nothing a terminal acts on -------------------------------------------------------------------


def hostile_warc(record_id: str) -> bytes:
    page = HttpResponse("https://news.example/a", HTML_PAGE.encode())
    headers = [
        ("WARC-Record-ID", record_id),
        ("WARC-Date", page.date),
        ("WARC-Target-URI", page.url),
        ("Content-Type", "application/http; msgtype=response"),
    ]
    return warcinfo() + record("response", _http_block(page), headers)


def test_a_record_id_is_escaped_on_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(hostile_warc("<urn:x>\x1b[2J\x1b]0;owned\x07\u202e"))
    status, out = run(["--format", "summary", str(warc)])
    assert status == 0
    header = out.splitlines()[0]
    assert "\x1b" not in header and "\x07" not in header and "\u202e" not in header
    assert "<urn:x>\\x1b[2J\\x1b]0;owned\\x07\\u202e" in header
    status, out = run(["--format", "jsonl", str(warc)])
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)["warc_record_id"] == "<urn:x>\x1b[2J\x1b]0;owned\x07\u202e"


@pytest.mark.skipif(sys.platform != "linux", reason="any character but / and NUL in a file name")
def test_json_records_escape_bidi_and_c1_controls(tmp_path: Path) -> None:
    name = tmp_path / "a\u202etxt.lmth\u0085\u009b2J.html"
    name.write_text(HTML_PAGE, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text(TEXT_PAGE, encoding="utf-8")
    for fmt in ("jsonl", "json"):
        status, out = run(["--format", fmt, str(name), str(other)])
        assert status == 0
        assert not any(c in out for c in "\u202e\u0085\u009b")
        assert "\\u202e" in out and "\\u0085" in out and "\\u009b" in out
        records = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
        assert records[0]["file"] == str(name)


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_the_command_in_a_terminal_prints_usage(repo_root: Path) -> None:
    # A process whose standard input is a terminal and that names no input: usage, not a wait.
    import pty

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    leader, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsparse"], stdin=terminal, capture_output=True, env=env, timeout=120, check=False
        )
    finally:
        os.close(terminal)
        os.close(leader)
    assert done.returncode == 2, done
    assert done.stderr.startswith(b"usage: newsparse") and done.stdout == b""
