"""Quality gate for HTML pages: newsparse's scores on ``../shared`` must not fall below the
floors recorded in ``benchmarks/floors.json``.

Raise a floor when a change raises its score; a change that lowers one fails CI. The test
runs the newsparse part of ``benchmarks/html_bench.py`` (no other extractor) and skips when
the corpora are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpora import shared_available
from benchmarks.html_bench import run_newsparse

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text())

pytestmark = pytest.mark.skipif(not shared_available(), reason="../shared corpora not present")


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return run_newsparse("all")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_at_or_above_floor(scores: dict[str, float], metric: str) -> None:
    assert metric in scores, f"{metric} is no longer measured"
    assert scores[metric] >= FLOORS[metric] - 1e-9, f"{metric} = {scores[metric]:.4f} < floor {FLOORS[metric]}"


def test_no_page_crashes(scores: dict[str, float]) -> None:
    assert scores["readability.ok_rate"] == 1.0
    assert scores["trafilatura.ok_rate"] == 1.0
