"""The rule that raises the CI floors: floors only go up, with a margin under the score."""

from __future__ import annotations

from benchmarks.floors import MARGIN, ROOM_PAGES, raised


def test_a_new_score_gets_a_floor_a_margin_below_it() -> None:
    assert raised({}, {"wcxb.article.body_f1": 0.9137}) == {"wcxb.article.body_f1": 0.908}
    assert MARGIN == 0.005


def test_a_floor_is_never_lowered() -> None:
    assert raised({"x.body_f1": 0.95}, {"x.body_f1": 0.90}) == {"x.body_f1": 0.95}


def test_a_perfect_rate_stays_perfect() -> None:
    assert raised({"x.ok_rate": 1.0}, {"x.ok_rate": 1.0}) == {"x.ok_rate": 1.0}


def test_keys_no_longer_measured_are_dropped() -> None:
    assert raised({"gone": 0.5}, {"kept": 0.5}) == {"kept": 0.495}


def test_a_score_over_a_small_class_gets_a_page_of_room() -> None:
    # 38 of 51 pages: one page less (37/51 = .7255) must stay at or above the floor.
    key = "trust.pagetype_accuracy.service"
    floor = raised({}, {key: 38 / 51}, sizes={key: 51})[key]
    assert ROOM_PAGES == 1
    assert floor <= 37 / 51 < 38 / 51 - MARGIN
    assert floor > 36 / 51
    # A class big enough for the margin keeps it.
    assert raised({}, {key: 0.9}, sizes={key: 1000})[key] == 0.895
