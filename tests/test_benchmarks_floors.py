"""The rule that raises the CI floors: floors only go up, with a margin under the score."""

from __future__ import annotations

from benchmarks.floors import MARGIN, raised


def test_a_new_score_gets_a_floor_a_margin_below_it() -> None:
    assert raised({}, {"wcxb.article.body_f1": 0.9137}) == {"wcxb.article.body_f1": 0.908}
    assert MARGIN == 0.005


def test_a_floor_is_never_lowered() -> None:
    assert raised({"x.body_f1": 0.95}, {"x.body_f1": 0.90}) == {"x.body_f1": 0.95}


def test_a_perfect_rate_stays_perfect() -> None:
    assert raised({"x.ok_rate": 1.0}, {"x.ok_rate": 1.0}) == {"x.ok_rate": 1.0}


def test_keys_no_longer_measured_are_dropped() -> None:
    assert raised({"gone": 0.5}, {"kept": 0.5}) == {"kept": 0.495}
