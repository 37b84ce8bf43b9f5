"""Blocks' ancestor chains and tag paths are views into one element table per page: they must
read exactly like the tuples they stand for, and the page-level helpers must agree with the
plain loops over those tuples."""

from __future__ import annotations

import dataclasses
import tracemalloc
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.blocks import Ancestors, Block, Page, TagPath, common_ancestor, outermost
from newsparse.read.source import tree_from_text
from newsparse.read.walk import tree_to_page

# Tags the random pages are made of: block-level, inline, and one the walk skips.
_TAGS = ("div", "p", "section", "li", "span", "a", "b", "figure", "footer", "code", "script")


@st.composite
def html_pages(draw: st.DrawFn, max_depth: int = 6) -> str:
    """A random page of nested elements with text, class names and the odd link."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(_TAGS))
        attrs = ""
        if draw(st.booleans()):
            attrs += f' class="{draw(st.sampled_from(["story", "related", "nav", "caption", "x y"]))}"'
        if tag == "a":
            attrs += ' href="/news/1"'
        children = []
        if depth < max_depth:
            for _ in range(draw(st.integers(0, 3))):
                children.append(
                    element(depth + 1)
                    if draw(st.booleans())
                    else draw(st.sampled_from(["Word", " ", "A line of text"]))
                )
        return f"<{tag}{attrs}>{''.join(children)}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(draw(st.integers(1, 4)))) + "</body></html>"


def _page(html: str) -> Page:
    root, _ = tree_from_text(html)
    return tree_to_page(root)


def _as_tuples(page: Page) -> Page:
    """The same page with plain tuples for chains and paths, as the segment tests build pages."""
    blocks = tuple(dataclasses.replace(b, ancestors=tuple(b.ancestors), path=tuple(b.path)) for b in page.blocks)
    return dataclasses.replace(page, blocks=blocks, elements=None, _memo={})


def _check_sequence(view: Sequence[object], expected: tuple[object, ...], probes: Sequence[object]) -> None:
    assert tuple(view) == expected
    assert list(reversed(view)) == list(reversed(expected))
    assert len(view) == len(expected)
    assert view == expected and hash(view) == hash(expected)
    assert repr(view) == repr(expected)
    for probe in probes:
        assert (probe in view) == (probe in expected), probe
        assert view.count(probe) == expected.count(probe)
        if probe in expected:
            assert view.index(probe) == expected.index(probe)
    for k in range(-len(expected) - 1, len(expected) + 1):
        if -len(expected) <= k < len(expected):
            assert view[k] == expected[k]
        else:
            with pytest.raises(IndexError):
                view[k]


@settings(max_examples=150, deadline=None)
@given(html_pages(), st.data())
def test_views_read_like_tuples(html: str, data: st.DataObject) -> None:
    page = _page(html)
    assert page.elements is not None
    for block in page.blocks:
        chain = tuple(block.ancestors)
        # The chain as a walk up the parents would give it.
        assert isinstance(block.ancestors, Ancestors)
        probes: list[object] = [*range(-1, len(page.elements) + 2), "1", None, 1.0]
        _check_sequence(block.ancestors, chain, probes)
        for _ in range(4):
            start = data.draw(st.none() | st.integers(-6, 6))
            stop = data.draw(st.none() | st.integers(-6, 6))
            step = data.draw(st.sampled_from([None, 1, -1, 2, -2]))
            piece = block.ancestors[start:stop:step]
            _check_sequence(piece, chain[start:stop:step], probes)
            # Slices of slices too.
            _check_sequence(piece[::-1], chain[start:stop:step][::-1], probes)
            _check_sequence(piece[-2:], chain[start:stop:step][-2:], probes)
        assert isinstance(block.path, TagPath)
        path = tuple(block.path)
        _check_sequence(block.path, path, [*_TAGS, "html", "body", "", 3])


@settings(max_examples=150, deadline=None)
@given(html_pages())
def test_page_helpers_agree_with_plain_loops(html: str) -> None:
    page = _page(html)
    plain = _as_tuples(page)
    # Block spans, by brute force over the blocks.
    spans = page.spans()
    assert spans == plain.spans()
    # In the same order too, where the order is the one the blocks first show the elements in.
    assert list(spans.parent.items()) == list(plain.spans().parent.items())
    assert list(spans.first.items()) == list(plain.spans().first.items())
    assert list(spans.last) == list(spans.first)
    assert (len(spans.parent), len(spans.last)) == (len(plain.spans().parent), len(plain.spans().last))
    for ident, first in spans.first.items():
        holding = [b.index for b in page.blocks if ident in tuple(b.ancestors)]
        assert (first, spans.last[ident]) == (holding[0], holding[-1])
        assert holding == list(range(holding[0], holding[-1] + 1))
        evens = [b.index for b in page.blocks if b.index % 2 == 0]
        assert page.count_in(ident, evens) == sum(1 for i in holding if i % 2 == 0)
    candidates = sorted(spans.first)[::2]
    for block, twin in zip(page.blocks, plain.blocks):
        for container in (0, *spans.first):
            chain = tuple(block.ancestors)
            start = chain.index(container) + 1 if container in chain else 0
            expected = 0
            for ident in chain[start:]:
                expected |= page.element_flags.get(ident, 0)
            assert page.flags_below(block, container) == expected == plain.flags_below(twin, container)
        assert outermost(block, candidates) == next((c for c in block.ancestors if c in candidates), None)
        assert outermost(block, candidates) == outermost(twin, candidates)
        for other, other_twin in zip(page.blocks, plain.blocks):
            assert common_ancestor(block, other) == common_ancestor(twin, other_twin)


def test_deep_nesting_costs_no_chain_copies() -> None:
    # 2,000 nested <div> around 10,000 paragraphs: per-block tuples of the chain would hold 20
    # million entries (160 MB, over 250x the input); the views hold none. What the page's blocks,
    # body blocks and memos need is a few dozen times the input.
    paragraphs = "".join(f"<p>Paragraph number {i} of the story, with a few words.</p>" for i in range(10_000))
    html = "<html><body>" + "<div>" * 2000 + paragraphs + "</div>" * 2000 + "</body></html>"
    newsparse.parse("<p>warm the caches</p>")
    tracemalloc.start()
    try:
        article = newsparse.parse(html)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(article.body) == 10_000
    assert peak <= 50 * len(html), f"peak {peak / len(html):.1f}x the input"


def test_text_dump_blocks_keep_plain_fields() -> None:
    block = Block(index=0, text="A line")
    assert block.ancestors == () and block.path == () and block.parent == 0
