"""newsparse on Spark (``pip install 'newsparse[spark]'``): the public face of :mod:`newsparse.run.spark`.

Absolute imports: ``spark-submit`` runs this file as a script (``docs/commoncrawl.md``).
"""

from __future__ import annotations

import sys

from newsparse.run.spark import *  # noqa: F403
from newsparse.run.spark import __all__, main  # noqa: F401

if __name__ == "__main__":
    sys.exit(main())
