"""``mypy --strict newsparse`` passes with and without the optional extras installed (FastWARC,
PySpark, pandas, pyarrow): a fresh clone with only the ``dev`` extra type-checks clean."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

REPO_ROOT = Path(__file__).resolve().parents[1]
# What the warc and spark extras install (and this checkout, installed or not, which is checked from the tree).
EXTRAS = ("fastwarc", "pyspark", "pandas", "pyarrow", "py4j", "newsparse", "__editable__")


def _python_without_extras(folder: Path) -> Path:
    """A virtual environment whose packages are this one's but the extras' and newsparse: what a
    fresh clone's ``pip install '.[dev]'`` installs."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=300)
    python = folder / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    target = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
        ).stdout.strip()
    )
    for packages in {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}:
        if not os.path.isdir(packages):
            continue
        for entry in sorted(os.listdir(packages)):
            if entry.lower().replace("-", "_").startswith(EXTRAS) or entry.endswith(".pth"):
                continue
            if not (target / entry).exists():
                (target / entry).symlink_to(os.path.join(packages, entry))
    return python


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_the_package_passes_mypy_strict_without_the_extras(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python = _python_without_extras(tmp_path / "venv")
    monkeypatch.chdir(REPO_ROOT)
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            "--python-executable",
            str(python),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            "newsparse",
        ]
    )
    assert status == 0, stdout + stderr
