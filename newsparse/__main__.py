"""``python -m newsparse``: the same as the ``newsparse`` command."""

from __future__ import annotations

import sys

from .run.cli import main

if __name__ == "__main__":
    sys.exit(main())
