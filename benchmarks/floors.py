"""Raise the CI quality floors (``benchmarks/floors.json``) to newsparse's current scores.

``python -m benchmarks.floors`` runs newsparse on every corpus in this process (what
``tests/test_quality_floors.py`` runs), prints each score against its floor, and with
``--write`` records the new floors: every measured score becomes a floor at ``MARGIN`` below
it, and a floor is only ever raised, never lowered (a score under its floor is a regression to
fix, not a floor to move). Keys no longer measured are dropped.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

FLOORS_PATH = Path(__file__).resolve().parent / "floors.json"
# Room under today's score: the same code scores the same, but a page-level timeout on a
# loaded machine or a dependency's patch release may move a score by a page or two.
MARGIN = 0.005
# A score over a small class (page-type accuracy per true type: 17 to 51 held-out pages) moves
# by 1/n when one page changes type; a floor MARGIN under it would gate every single page, not the
# class, so such a floor sits this many pages under the score. The pooled page-type scores (all
# held-out pages) keep MARGIN.
ROOM_PAGES = 1


# Scores over a handful of pages (authors and dates of the non-article wcxb-dev types, 1 to 6
# pages each) move a whole step with one page: they are reported, not gated.
_UNGATED_TYPES = ("service", "listing", "product", "collection", "documentation")
_UNGATED_METRICS = ("authors_f1", "published_exact")


def _gated(key: str) -> bool:
    parts = key.split(".")
    return not (parts[0] == "wcxb" and parts[1] in _UNGATED_TYPES and parts[-1] in _UNGATED_METRICS)


def raised(
    floors: Mapping[str, float],
    scores: Mapping[str, float],
    margin: float = MARGIN,
    sizes: Mapping[str, int] | None = None,
) -> dict[str, float]:
    """The floors after ``scores``: each measured key at ``score - margin`` (rounded down to three
    places) unless its floor is already higher; rates that must be perfect (``ok_rate``) stay 1.
    A key in ``sizes`` (the pages its score averages over) gets at least ``ROOM_PAGES`` pages of room."""
    out: dict[str, float] = {}
    for key, score in scores.items():
        if not _gated(key):
            continue
        room = 0.0 if key.endswith("ok_rate") else margin
        if sizes and sizes.get(key):
            room = max(room, ROOM_PAGES / sizes[key])
        candidate = max(0.0, math.floor((score - room) * 1000 + 1e-6) / 1000)
        out[key] = max(candidate, floors.get(key, 0.0))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.floors", description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write the raised floors into {FLOORS_PATH.name}")
    args = ap.parse_args(argv)
    from benchmarks.corpora import load_corpus
    from benchmarks.html_bench import run_newsparse
    from benchmarks.trust import page_type_class_sizes

    floors: dict[str, float] = json.loads(FLOORS_PATH.read_text())
    scores = run_newsparse("all")
    sizes = page_type_class_sizes(load_corpus("wcxb-dev"))
    below = [k for k in floors if k in scores and scores[k] < floors[k] - 1e-9]
    for key in sorted(scores):
        old = floors.get(key)
        mark = "  BELOW" if key in below else ""
        print(f"{key:<55} {scores[key]:.4f}  floor {'-' if old is None else f'{old:.3f}'}{mark}")
    if args.write:
        FLOORS_PATH.write_text(json.dumps(raised(floors, scores, sizes=sizes), indent=2) + "\n")
        print(f"wrote {FLOORS_PATH.name}", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
