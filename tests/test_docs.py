"""The documentation runs as written: every code block of README.md and docs/*.md, and the tutorial notebook.

How a fenced block is read, by the first word of its info string (docs/usage.md, "Documentation"):

- ``python``: run, the blocks of one file in order in one namespace, from the repository root.
  A block of ``>>>`` lines is a doctest. A comment after an expression that is itself a Python
  value (``article.headline  # 'City Council ...'``) is checked against the expression; a comment
  in words, or with ``...`` in it, is a description.
- ``pycon``: a doctest.
- ``sh`` / ``bash`` / ``console`` / ``shell``: a shell command, which must say what runs it:
  ``ci`` (CI runs each of its lines as written: they must appear in ``.ci/run``) or ``norun``
  (not run: it installs, reads the network or names a file that is not in the repository).
- ``text`` / ``json`` / ``toml``: output or data, never run. ``norun`` after any language
  marks a block that cannot run.
- ``python spark``: run like ``python`` where PySpark, pyarrow and Java are installed (CI installs
  them), the spark blocks of one file in order in a namespace of their own.
"""

from __future__ import annotations

import ast
import datetime
import doctest
import io
import os
import re
import shutil
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newsparse

REPO_ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted([REPO_ROOT / "README.md", *(REPO_ROOT / "docs").glob("*.md")])
TUTORIAL = REPO_ROOT / "docs" / "tutorial.ipynb"
_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
SHELL = frozenset(("sh", "bash", "console", "shell"))
DATA = frozenset(("text", "json", "toml"))


@dataclass(frozen=True)
class Block:
    path: Path
    line: int
    words: tuple[str, ...]
    code: str

    @property
    def language(self) -> str:
        return self.words[0] if self.words else ""

    def __str__(self) -> str:
        return f"{self.path.relative_to(REPO_ROOT)}:{self.line}"


def _closes(line: str, fence: str) -> bool:
    """The line closes a block opened by ``fence``: the same character, at least as many times."""
    mark = line.strip()
    return len(mark) >= len(fence) and set(mark) == {fence[0]}


def fenced_blocks(path: Path) -> list[Block]:
    blocks: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    k = 0
    while k < len(lines):
        opening = _FENCE.match(lines[k])
        if opening is None:
            k += 1
            continue
        fence = opening["fence"]
        body: list[str] = []
        end = k + 1
        while end < len(lines) and not _closes(lines[end], fence):
            body.append(lines[end])
            end += 1
        blocks.append(Block(path, k + 1, tuple(opening["info"].split()), "\n".join(body) + "\n"))
        k = end + 1
    return blocks


ALL_BLOCKS = [block for path in DOCUMENTS for block in fenced_blocks(path)]


def test_the_documents_have_code_blocks() -> None:
    assert any(b.language == "python" for b in ALL_BLOCKS)
    assert any(b.path.name == "README.md" for b in ALL_BLOCKS)


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=str)
def test_every_block_says_how_it_runs(block: Block) -> None:
    if "norun" in block.words[1:]:
        return
    assert block.language in {"python", "pycon"} | SHELL | DATA, (
        f"{block}: give the block a language (python, pycon, text, ...) so that the docs test knows how to run it"
    )
    if block.language in SHELL:
        assert "ci" in block.words[1:], f"{block}: a shell block says 'ci' (CI runs it) or 'norun'"


@pytest.mark.parametrize("block", [b for b in ALL_BLOCKS if b.language in SHELL and "ci" in b.words], ids=str)
def test_shell_blocks_marked_ci_are_what_ci_runs(block: Block) -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in block.code.strip().splitlines():
        assert command in ci, f"{block}: CI does not run {command!r} as written"


def _is_doctest(block: Block) -> bool:
    return block.language == "pycon" or block.code.lstrip().startswith(">>>")


def _run_doctest(block: Block, namespace: dict[str, Any]) -> None:
    test = doctest.DocTestParser().get_doctest(block.code, namespace, str(block), str(block.path), block.line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write, clear_globs=False)
    assert runner.failures == 0, out.getvalue()


def _shown_values(code: str) -> list[tuple[int, str, str]]:
    """Lines ``expression  # value``: the line, the expression and the comment."""
    found: list[tuple[int, str, str]] = []
    lines = code.splitlines()
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type != tokenize.COMMENT:
            continue
        row, col = token.start
        expression = lines[row - 1][:col].strip()
        comment = token.string[1:].strip()
        if not expression or "..." in comment:
            continue
        try:
            ast.parse(expression, mode="eval")
        except SyntaxError:
            continue
        found.append((row, expression, comment))
    return found


def _value_of(comment: str) -> tuple[bool, object]:
    """The comment's value when it is a Python expression of known names, else (False, None)."""
    names: dict[str, Any] = {"datetime": datetime, **{n: getattr(newsparse, n) for n in newsparse.__all__}}
    try:
        return True, eval(comment, names)
    except Exception:
        return False, None


def _run_python(block: Block, namespace: dict[str, Any]) -> None:
    exec(compile(block.code, str(block), "exec"), namespace)
    for row, expression, comment in _shown_values(block.code):
        is_value, value = _value_of(comment)
        if is_value:
            assert eval(expression, namespace) == value, f"{block} line {row}: {expression} is not {comment}"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_the_code_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for block in fenced_blocks(path):
        if "norun" in block.words[1:] or block.language not in ("python", "pycon") or "spark" in block.words[1:]:
            continue
        if _is_doctest(block):
            _run_doctest(block, namespace)
        else:
            _run_python(block, namespace)


SPARK_DOCUMENTS = [path for path in DOCUMENTS if any("spark" in b.words[1:] for b in fenced_blocks(path))]


@pytest.mark.parametrize("path", SPARK_DOCUMENTS, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_the_spark_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        # CI installs Java (.ci/run): there a missing one is a failure, not a skip.
        assert not os.environ.get("CI"), "the Spark recipes need Java, and CI should have installed it"
        pytest.skip("Spark needs Java")
    monkeypatch.chdir(REPO_ROOT)
    # As a reader runs them: PySpark's workers are whatever the recipe makes them.
    for name in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON"):
        monkeypatch.setenv(name, "")  # so that what the recipe sets is undone after it
        monkeypatch.delenv(name)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    try:
        for block in fenced_blocks(path):
            if block.language == "python" and "spark" in block.words[1:] and "norun" not in block.words[1:]:
                _run_python(block, namespace)
    finally:
        if "spark" in namespace:
            namespace["spark"].stop()


def test_shown_values_are_checked() -> None:
    # The checker compares a value comment with the expression, and leaves descriptions alone.
    block = Block(REPO_ROOT / "README.md", 1, ("python",), "x = 2\nx  # 2\nx  # a number\nx  # (2, ...)\n")
    _run_python(block, {})
    wrong = Block(REPO_ROOT / "README.md", 1, ("python",), "x = 2\nx  # 3\n")
    with pytest.raises(AssertionError, match="x is not 3"):
        _run_python(wrong, {})


# --- the tutorial -------------------------------------------------------------------------------


def test_the_tutorial_is_committed_without_outputs() -> None:
    # Outputs are made by running it; stored ones would go stale as the parser improves.
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(TUTORIAL, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


def test_the_tutorial_runs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    notebook = nbformat.read(TUTORIAL, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(TUTORIAL.parent)}}
    )
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    # The article card, the HTML rendering and the DataFrame tables are shown.
    assert any('class="newsparse-card"' in h for h in html)
    assert any('class="newsparse-article"' in h for h in html)
    assert any("<table" in h and "dataframe" in h for h in html)
    assert not any("<script" in h for h in html if "newsparse" in h)
