"""Build: the package, plus the compiled block walk where Cython and a C compiler are at hand.

``pip install .`` builds ``newsparse.read._walk`` (Cython comes with the build); without a C
compiler, or against an lxml without its C headers, the build goes on without it and
newsparse uses its pure-Python walk, which gives the same results.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

WALK_SOURCE = Path("newsparse") / "read" / "_walk.pyx"


class OptionalBuildExt(build_ext):
    """A build_ext that leaves the compiled walk out when it cannot be built."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler at all (distutils raises several kinds)
            _skipped(exc)

    def build_extension(self, ext: object) -> None:
        try:
            super().build_extension(ext)  # type: ignore[arg-type]
        except Exception as exc:  # a compiler that fails on this platform or these headers
            _skipped(exc)


def _skipped(exc: Exception) -> None:
    print(
        f"newsparse: the compiled block walk was not built ({type(exc).__name__}: {exc}); "
        "the pure-Python walk will be used",
        file=sys.stderr,
    )


def _extensions() -> list[object]:
    if os.environ.get("NEWSPARSE_NO_COMPILE"):
        return []
    if not WALK_SOURCE.is_file():
        _skipped(FileNotFoundError(f"{WALK_SOURCE} is not in this source tree"))
        return []
    try:
        import lxml
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError as exc:
        _skipped(exc)
        return []
    digest = hashlib.sha256(WALK_SOURCE.read_bytes()).hexdigest()
    extension = Extension(
        "newsparse.read._walk",
        [str(WALK_SOURCE)],
        include_dirs=lxml.get_include(),
        define_macros=[("NEWSPARSE_WALK_SOURCE", f'"{digest}"')],
    )
    try:
        return list(cythonize([extension], quiet=True, compiler_directives={"language_level": "3"}))
    except Exception as exc:
        _skipped(exc)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
