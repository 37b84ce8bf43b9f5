"""The public API's types, checked by mypy: good uses pass ``--strict``, bad uses fail exactly where marked."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

TYPING_DIR = Path(__file__).resolve().parent / "typing"
REPO_ROOT = TYPING_DIR.parents[1]
# A bad line carries a comment starting "# error:" that says why it is wrong.
_MARK = re.compile(r"#\s*error:")
_ERROR_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): error: ")


def _mypy(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    # From the repository root so that this checkout's newsparse is the one checked and
    # pyproject.toml's [tool.mypy] applies; errors inside newsparse itself are CI's mypy run's job.
    monkeypatch.chdir(REPO_ROOT)
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            "--follow-imports=silent",
            "--show-error-codes",
            "--no-error-summary",
            "--no-pretty",
            str(path.relative_to(REPO_ROOT)),
        ]
    )
    return status, stdout + stderr


def _marked_lines(path: Path) -> set[int]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return {tok.start[0] for tok in tokens if tok.type == tokenize.COMMENT and _MARK.match(tok.string)}


def test_good_usage_passes_mypy_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    status, output = _mypy(TYPING_DIR / "good_usage.py", monkeypatch)
    assert status == 0, output


def test_bad_usage_fails_mypy_on_exactly_the_marked_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    path = TYPING_DIR / "bad_usage.py"
    expected = _marked_lines(path)
    assert len(expected) >= 10, "the bad-usage file lost its marks"
    status, output = _mypy(path, monkeypatch)
    assert status == 1, output
    errors = [m for m in map(_ERROR_LINE.match, output.splitlines()) if m]
    assert errors, output
    assert {Path(m["file"]).name for m in errors} == {"bad_usage.py"}, output
    found = {int(m["line"]) for m in errors}
    assert sorted(expected - found) == [], f"marked lines mypy accepted:\n{output}"
    assert sorted(found - expected) == [], f"errors on unmarked lines:\n{output}"
