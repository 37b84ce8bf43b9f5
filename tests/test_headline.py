"""The headline of small HTML pages built for the tests."""

from __future__ import annotations

from conftest import FERRY_STORY

from newsparse import parse_html

STORY = FERRY_STORY


def page(head: str, h1: str) -> str:
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{STORY}</article></body></html>"


def test_a_kicker_inside_the_h1_that_the_metadata_sets_off_with_a_colon_is_dropped() -> None:
    head = '<meta property="og:title" content="Ferry service: Step by step, the crossing returns to the bay">'
    h1 = '<span class="kicker">Ferry service</span> Step by step, the crossing returns to the bay'
    assert parse_html(page(head, h1)).headline == "Step by step, the crossing returns to the bay"


def test_a_headline_that_prints_its_colon_keeps_it() -> None:
    head = '<meta property="og:title" content="Showdown: the ferry and the bridge compete for commuters">'
    h1 = "Showdown: the ferry and the bridge compete for commuters"
    assert parse_html(page(head, h1)).headline == h1


def test_a_position_utility_class_does_not_hide_the_headline() -> None:
    html = (
        '<html><head><title>Site</title></head><body><div class="pos-rel"><article>'
        f"<h1>River ferry returns after repairs</h1>{STORY}</article></div></body></html>"
    )
    assert parse_html(html).headline == "River ferry returns after repairs"
