"""The command line: ``newsparse [FILE ...]`` and ``python -m newsparse``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE_FIELDS

import newsparse
from newsparse.run.cli import main

ARTICLE_KEYS = ARTICLE_FIELDS
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    status = main(args, stdin=io.BytesIO(stdin), stdout=out)
    return status, out.getvalue()


@pytest.fixture
def pages(tmp_path: Path, html_page: str, text_page: str) -> dict[str, Path]:
    files = {
        "html": tmp_path / "story.html",
        "text": tmp_path / "story.txt",
        "empty": tmp_path / "empty.html",
        "png": tmp_path / "picture.png",
        "missing": tmp_path / "no-such-page.html",
        "directory": tmp_path / "a-directory.html",
    }
    files["html"].write_text(html_page, encoding="utf-8")
    files["text"].write_text(text_page, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["png"].write_bytes(PNG)
    files["directory"].mkdir()
    return files


def test_one_file_gives_json(pages: dict[str, Path], story: Any) -> None:
    status, out = run([str(pages["html"])])
    assert status == 0
    record = json.loads(out)
    assert list(record) == ARTICLE_KEYS
    assert record["headline"] == story.headline
    assert record == newsparse.parse(pages["html"].read_bytes()).to_dict()


def test_several_files_give_json_lines_with_the_file_name(pages: dict[str, Path], story: Any) -> None:
    names = [str(pages["html"]), str(pages["text"])]
    status, out = run(names)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == names
    assert all(list(r) == ["file", *ARTICLE_KEYS] for r in records)
    assert all(r["headline"] == story.headline for r in records)


def test_format_jsonl_for_one_file_is_one_line(pages: dict[str, Path]) -> None:
    status, out = run(["--format", "jsonl", str(pages["text"])])
    assert status == 0
    assert out.count("\n") == 1
    assert list(json.loads(out)) == ARTICLE_KEYS


def test_format_json_for_several_files_is_one_array(pages: dict[str, Path]) -> None:
    status, out = run(["--format", "json", str(pages["html"]), str(pages["text"])])
    assert status == 0
    records = json.loads(out)
    assert isinstance(records, list)
    assert [r["file"] for r in records] == [str(pages["html"]), str(pages["text"])]


def test_format_summary(pages: dict[str, Path], story: Any) -> None:
    status, out = run(["--format", "summary", str(pages["text"])])
    assert status == 0
    assert f"headline     {story.headline}" in out
    assert "authors      Ana Lima, Piet de Vries" in out
    assert f"body ({len(story.paragraphs)} paragraphs)" in out
    assert f"  - {story.teasers[0]}" in out
    assert not out.lstrip().startswith("{")


def test_format_summary_for_several_files_has_headers(pages: dict[str, Path]) -> None:
    status, out = run(["--format", "summary", str(pages["html"]), str(pages["text"])])
    assert status == 0
    assert f"==> {pages['html']} <==" in out
    assert f"==> {pages['text']} <==" in out


def test_format_markdown_is_the_articles_markdown(pages: dict[str, Path]) -> None:
    status, out = run(["--format", "markdown", str(pages["html"])])
    assert status == 0
    assert out == newsparse.parse(pages["html"].read_bytes()).to_markdown().rstrip("\n") + "\n"


def test_format_markdown_for_several_files_is_one_document(pages: dict[str, Path], story: Any) -> None:
    status, out = run(["--format", "markdown", str(pages["html"]), str(pages["text"])])
    assert status == 0
    assert out.count(f"# {story.headline}") == 2
    assert f"<!-- {pages['html']} -->" in out and f"<!-- {pages['text']} -->" in out
    assert out.startswith(f"<!-- {pages['html']} -->") and f"\n---\n\n<!-- {pages['text']} -->" in out


def test_format_text_is_the_articles_text(pages: dict[str, Path], story: Any) -> None:
    status, out = run(["--format", "text", str(pages["text"])])
    assert status == 0
    assert out == newsparse.parse(pages["text"].read_bytes()).to_text().rstrip("\n") + "\n"
    assert story.paragraphs[0] in out and "headline " not in out


def test_dash_reads_stdin(text_page: str, story: Any) -> None:
    status, out = run(["-"], stdin=text_page.encode())
    assert status == 0
    assert json.loads(out)["headline"] == story.headline


def test_no_file_reads_stdin(html_page: str, story: Any) -> None:
    status, out = run([], stdin=html_page.encode())
    assert status == 0
    assert json.loads(out)["headline"] == story.headline


def test_stdin_among_files_is_labelled(pages: dict[str, Path], text_page: str) -> None:
    status, out = run([str(pages["html"]), "-"], stdin=text_page.encode())
    assert status == 0
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(pages["html"]), "<stdin>"]


def test_empty_stdin_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run([], stdin=b"")
    assert status != 0
    assert out == ""
    assert "<stdin>" in capsys.readouterr().err


def test_url_resolves_relative_related_links(repo_root: Path) -> None:
    page = repo_root / "examples" / "city-ferry.html"
    if not page.is_file():
        pytest.skip("examples/city-ferry.html is missing")
    status, out = run(["--url", "https://mirror.example/news/ferry", str(page)])
    assert status == 0
    record = json.loads(out)
    assert record["url"] == "https://mirror.example/news/ferry"
    urls = [link["url"] for link in record["related_links"]]
    assert urls, "the example page has related links"
    assert all(u.startswith(("https://", "http://")) for u in urls)
    # The example's hrefs are relative ("/local/...") but for one absolute one.
    assert any(u.startswith("https://mirror.example/local/") for u in urls)
    # Without --url they resolve against the page's own canonical URL instead.
    _, plain = run([str(page)])
    assert not any("mirror.example" in (link["url"] or "") for link in json.loads(plain)["related_links"])


def test_kind_forces_the_parser(pages: dict[str, Path], story: Any) -> None:
    status, out = run(["--kind", "text", str(pages["text"])])
    assert status == 0
    assert json.loads(out)["headline"] == story.headline
    status, out = run(["--kind", "html", str(pages["html"])])
    assert status == 0
    assert json.loads(out)["headline"] == story.headline


def test_bad_files_are_reported_and_the_rest_still_processed(
    pages: dict[str, Path], story: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    order = ["missing", "html", "empty", "directory", "png", "text"]
    status, out = run([str(pages[k]) for k in order])
    assert status != 0
    err = capsys.readouterr().err
    *lines, summary = err.splitlines()
    assert len(lines) == 4, err
    assert summary.startswith("newsparse: 6 pages: 2 parsed, 4 errors, ")

    def reported(key: str) -> str:
        line = next((x for x in lines if f": {pages[key]}: " in x), None)
        assert line is not None, f"{key} not reported: {err}"
        return line

    assert "cannot read" in reported("missing")
    assert "No such file" in reported("missing")
    assert "no pages in this directory" in reported("directory")
    assert "empty" in reported("empty")
    assert "PNG" in reported("png")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [str(pages["html"]), str(pages["text"])]
    assert all(r["headline"] == story.headline for r in records)


@pytest.mark.parametrize("key", ["missing", "empty", "png"])
def test_one_bad_file_exits_non_zero(pages: dict[str, Path], key: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run([str(pages[key])])
    assert status == 1
    assert out == ""
    assert str(pages[key]) in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert newsparse.__version__ in capsys.readouterr().out


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--format", "yaml", "x"])
    assert info.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_python_dash_m_newsparse(pages: dict[str, Path], repo_root: Path, story: Any, tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", str(pages["html"]), str(pages["missing"]), str(pages["text"])],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    stderr = proc.stderr.decode("utf-8")
    assert str(pages["missing"]) in stderr
    assert "Traceback" not in stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["file"] for r in records] == [str(pages["html"]), str(pages["text"])]
    assert records[0]["headline"] == story.headline
    assert records[0]["body"][2] == story.paragraphs[2]  # non-ASCII text survives the pipe


@pytest.mark.parametrize("fmt", ["summary", "text", "markdown", "json"])
def test_a_terminal_without_utf8_gets_escapes_not_a_crash(fmt: str, repo_root: Path, tmp_path: Path) -> None:
    page = tmp_path / "jp.html"
    page.write_text("<html><body><h1>日本語の見出し</h1><p>" + "本文の文章です。" * 40 + "</p></body></html>", "utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo_root), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "latin-1"
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "--format", fmt, str(page)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    if fmt == "json":
        assert json.loads(proc.stdout.decode("utf-8"))["headline"] == "日本語の見出し"
    else:
        assert "\\u65e5\\u672c" in proc.stdout.decode("ascii")
