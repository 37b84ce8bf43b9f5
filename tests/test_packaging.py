"""The package as it is shipped: licence, metadata, one version, and what the sdist and wheel carry."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

import newsparse

# The standard library reads TOML from Python 3.11 on.
tomllib = pytest.importorskip("tomllib")

REPO_ROOT = Path(__file__).resolve().parents[1]
PYPROJECT: dict[str, Any] = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# What the sdist must carry for its own tests to run: these folders whole, and these files.
TEST_FOLDERS = ("tests", "examples", "docs", "benchmarks", "fuzz")
# .ci/run: the docs test checks that the README's shell commands are the ones CI runs.
TEST_FILES = ("README.md", "CHANGELOG.md", "LICENSE", "pyproject.toml", ".ci/run")
# Not part of a source tree.
_IGNORED = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".*_cache",
    ".hypothesis",
    ".ipynb_checkpoints",
    # What an in-place build of the compiled walk leaves (git ignores them too).
    "*.so",
    "*.pyd",
    "_walk.c",
)
_LOCAL = shutil.ignore_patterns(*_IGNORED)


def test_the_licence_is_the_full_apache_text() -> None:
    text = (REPO_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text
    project = PYPROJECT["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    # An SPDX expression and a licence classifier may not both be given.
    assert not any(c.startswith("License ::") for c in project["classifiers"])


def test_the_build_backend_reads_spdx_licences() -> None:
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]


def test_the_version_is_written_once() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "newsparse.__version__"}
    try:
        installed = importlib.metadata.version("newsparse")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("newsparse is not installed")
    assert installed == newsparse.__version__


def test_metadata_has_urls_classifiers_and_python_versions() -> None:
    project = PYPROJECT["project"]
    assert {"Homepage", "Documentation", "Changelog", "Issues"} <= set(project["urls"])
    minor = int(project["requires-python"].removeprefix(">=3."))
    assert f"Programming Language :: Python :: 3.{minor}" in project["classifiers"]
    assert "Typing :: Typed" in project["classifiers"]


def test_linters_are_a_dev_extra_apart_from_test() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert any(r.startswith("ruff") for r in extras["dev"])
    assert not any(r.startswith("ruff") for r in extras["test"])
    assert "newsparse[test]" in extras["dev"]
    assert any(r.startswith("pandas") for r in extras["pandas"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An sdist built from a copy of the source tree, and the wheel built from that sdist."""
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed")
    tmp = tmp_path_factory.mktemp("package")
    source = tmp / "source"
    shutil.copytree(REPO_ROOT, source, ignore=_LOCAL)
    out = tmp / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def test_the_wheel_carries_the_licence_and_the_types(built: tuple[Path, Path]) -> None:
    names = zipfile.ZipFile(built[1]).namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "newsparse/py.typed" in names
    # Every module of the source tree, in every layer's folder.
    modules = {str(f.relative_to(REPO_ROOT)) for f in (REPO_ROOT / "newsparse").rglob("*.py")}
    assert modules <= set(names), sorted(modules - set(names))
    assert not any(n.startswith(("tests/", "examples/")) for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(built[1]).read(metadata).decode()
    assert "License-Expression: Apache-2.0" in text
    assert f"Version: {newsparse.__version__}" in text
    assert "Provides-Extra: pandas" in text and "Provides-Extra: dev" in text


def test_the_wheel_carries_the_compiled_walk_where_it_was_built(built: tuple[Path, Path]) -> None:
    names = zipfile.ZipFile(built[1]).namelist()
    walks = [n for n in names if n.startswith("newsparse/read/_walk.") and n.endswith((".so", ".pyd"))]
    if os.environ.get("NEWSPARSE_REQUIRE_COMPILED"):
        # CI has a compiler: a build that silently left the walk out must not pass.
        assert walks, names
    # The compiled module only: its sources are not installed.
    assert not any(n.endswith((".pyx", ".c")) for n in names)


def test_without_a_c_compiler_the_build_gives_a_pure_python_wheel(tmp_path: Path) -> None:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed")
    source = tmp_path / "source"
    shutil.copytree(REPO_ROOT, source, ignore=_LOCAL)
    out = tmp_path / "dist"
    # "false" as the compiler fails every compile, as a machine without one does.
    env = {**os.environ, "CC": "false", "CXX": "false"}
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "the compiled block walk was not built" in done.stdout + done.stderr
    (wheel,) = out.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsparse/read/walk.py" in names
    assert not any(n.startswith("newsparse/read/_walk.") for n in names)


def test_the_sdist_carries_what_its_tests_need(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    expected = set(TEST_FILES)
    for folder in TEST_FOLDERS:
        for path in (REPO_ROOT / folder).rglob("*"):
            relative = path.relative_to(REPO_ROOT)
            if path.is_file() and not any(part.startswith((".", "__pycache__")) for part in relative.parts):
                expected.add(relative.as_posix())
    assert not expected - names, sorted(expected - names)
    assert "docs/tutorial.ipynb" in names and "tests/conftest.py" in names
