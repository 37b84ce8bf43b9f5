"""WARC input (``pip install 'newsparse[warc]'``): the public face of :mod:`newsparse.run.warc`.

>>> from newsparse import warc  # doctest: +SKIP
"""

from __future__ import annotations

from .run.warc import *  # noqa: F403
from .run.warc import __all__  # noqa: F401
