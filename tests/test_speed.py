"""The shortcuts taken for speed give what the plain way gives.

Each fast path here stands in for a simpler one that is slower on ordinary pages; the tests
compare the two on inputs made to reach every branch of the fast one.
"""

from __future__ import annotations

import dataclasses
import inspect
import urllib.parse
from collections.abc import Mapping

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_blocks import html_pages

from newsparse import article
from newsparse.blocks import Block, Page, TagPath, outermost
from newsparse.cues import dates, lexicon, markup, urls
from newsparse.cues import text as measures
from newsparse.cues.lexicon import DATE_KIND_LABEL
from newsparse.cues.text import weighted_length
from newsparse.errors import ParseError
from newsparse.output import sanitize
from newsparse.read import fallback, hints, layout, source
from newsparse.read.fallback import CROWDED_PREFIX_ATTRIBUTES, MAX_ATTRIBUTES, bound_attributes
from newsparse.read.source import tree_from_text
from newsparse.read.walk import tree_to_page
from newsparse.segments import byline, dating, related
from newsparse.segments.body import story
from newsparse.trust import coherence, pagetype

_ATOMS = ["<a", "<p ", " x", " y=1", ' z="q>"', "'", '"', "=", "/", ">", " ", "<b c", 'd="<e f g"', "\n"]


def _tag(attributes: int) -> str:
    return "<div " + " ".join(f"a{k}=v" for k in range(attributes)) + ">"


def _first_crowded(markup: str, pos: int) -> tuple[int, int] | None:
    found = fallback._CROWDED_TAG.search(markup, pos)
    return None if found is None else found.span()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_ATOMS), max_size=400),
    st.sampled_from([0, CROWDED_PREFIX_ATTRIBUTES - 1, CROWDED_PREFIX_ATTRIBUTES, MAX_ATTRIBUTES, MAX_ATTRIBUTES + 1]),
    st.integers(min_value=0, max_value=3),
)
def test_the_crowded_tag_found_through_the_prefix_is_the_one_a_full_search_finds(
    atoms: list[str], attributes: int, at: int
) -> None:
    parts = ["".join(atoms[i::4]) for i in range(4)]
    parts.insert(at, _tag(attributes))
    markup = "".join(parts)
    for pos in (0, 1, len(markup) // 2):
        assert fallback._next_crowded(markup, pos) == _first_crowded(markup, pos)


def test_tags_with_many_attributes_below_the_limit_are_kept_whole() -> None:
    # Tags past the prefix's count but under the limit are tried and left as they are, and a
    # crowded tag after them is still cut.
    markup = _tag(CROWDED_PREFIX_ATTRIBUTES + 3) + _tag(MAX_ATTRIBUTES - 1) + _tag(MAX_ATTRIBUTES + 40) + "text"
    bounded = bound_attributes(markup)
    assert bounded.startswith(_tag(CROWDED_PREFIX_ATTRIBUTES + 3) + _tag(MAX_ATTRIBUTES - 1))
    assert bounded.endswith(_tag(MAX_ATTRIBUTES)[:-1] + ">text")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ATOMS, " a", " b=", "c"]), max_size=300), st.integers(min_value=0, max_value=40))
def test_the_prefix_pattern_matches_alike_on_both_engines(atoms: list[str], attributes: int) -> None:
    markup = "".join(atoms[::2]) + _tag(attributes) + "".join(atoms[1::2])
    ours = regex.compile(fallback._MANY_ATTRIBUTES_PATTERN)
    for pos in (0, 1, len(markup) // 3):
        found, expected = fallback._MANY_ATTRIBUTES.search(markup, pos), ours.search(markup, pos)
        assert (None if found is None else found.span()) == (None if expected is None else expected.span())


_CLASS_ALPHABET = "abcdefghijklmnoprstuvwy-_0é"


def _every_pattern(token: str) -> int:
    flags = 0
    for flag, pattern in markup._FLAGGED_LOWER:
        if pattern.search(token):
            flags |= flag
    return flags


def test_a_pattern_is_cut_at_its_own_alternations_only() -> None:
    cut = markup._alternatives
    assert cut(r"ab|c(?:d|e)|[|]x|\\|y|[]|]z|[^]|]w") == ["ab", "c(?:d|e)", "[|]x", "\\\\", "y", "[]|]z", "[^]|]w"]
    assert cut(r"(?<!a|b)cd|ef") == ["(?<!a|b)cd", "ef"]
    # A cut could move an inline flag's scope: such a pattern is tried whole.
    assert cut(r"(?i)ab|cd") == ["(?i)ab|cd"]


def test_the_patterns_are_tried_by_their_alternatives() -> None:
    # Whole patterns cost twice the time a word: each flagged pattern with a top-level | is cut.
    assert len(markup._ALTERNATIVES) > 10 * len(markup._FLAGGED_LOWER)


def test_every_pattern_is_indexed_by_a_literal_it_requires() -> None:
    # A pattern tried on every word would be correct but slow: each of today's requires a literal.
    assert markup._ALWAYS == 0


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(_CLASS_ALPHABET, max_size=4), st.sampled_from(("ad", "rel", "nav", "tag", "bio", "side"))),
        max_size=6,
    )
)
def test_a_class_word_gets_the_flags_of_every_pattern_that_matches_it(parts: list[str]) -> None:
    token = "".join(parts)
    assert markup._token_flags.__wrapped__(token) == _every_pattern(token)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(_CLASS_ALPHABET, max_size=4), st.sampled_from(sorted(markup._LONG_PIECES)[::7])),
        max_size=6,
    )
)
def test_the_pieces_one_scan_finds_in_a_word_are_those_read_at_each_position(parts: list[str]) -> None:
    token = "".join(parts)
    at_each = [
        token[at : at + markup._PIECE]
        for at in range(len(token) - markup._PIECE + 1)
        if token[at : at + markup._PIECE] in markup._LONG_PIECES
    ]
    assert markup._LONG_PIECE_AT.findall(token) == at_each


def test_the_corpora_class_words_get_the_flags_of_every_pattern_that_matches_them() -> None:
    words = {
        "ad", "ads", "has-ad", "header-ad", "ad_slot", "pos-rel", "rel-news", "u-rel", "tags-rel", "nav", "navbar",
        "sidebar", "side-bar", "author-bio", "bio", "biography", "lead", "lead-image", "dek", "hidden", "d-none",
        "comment", "commentary", "most-commented", "footer", "site-info", "légende", "tags", "tag-cloud", "x-tags",
    }  # fmt: skip
    for token in sorted(words):
        assert markup._token_flags.__wrapped__(token) == _every_pattern(token), token


# Words and single CJK characters (and one Yi syllable, past U+2E80 but no CJK), as _tokens gives them.
_TOKENS = st.sampled_from(("ab", "abcd", "bcde", "abcdef", "cdefab", "für", "straße", "日", "本", "語", "ꀀ", "12345"))


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TOKENS, max_size=12), st.lists(_TOKENS, max_size=40))
def test_the_headline_grams_found_in_the_body_are_those_the_body_grams_hold(head: list[str], body: list[str]) -> None:
    grams = coherence._grams(head)
    assert coherence._grams_found(grams, body) == len(grams & coherence._grams(body))


def test_the_sanitize_pass_knows_the_fields_of_every_record_of_an_article() -> None:
    # A record missing from the table is still cleaned, at the cost of dataclasses.fields() per value.
    records = {cls for _, cls in inspect.getmembers(article, inspect.isclass) if dataclasses.is_dataclass(cls)}
    records = {cls for cls in records if cls.__module__ == article.__name__}
    assert records <= set(sanitize._FIELDS)
    for cls, names in sanitize._FIELDS.items():
        assert names == tuple(f.name for f in dataclasses.fields(cls) if f.name != "warnings")


_MARKERS = etree.XPath(
    "//*[@itemprop] | //a[contains(@rel, 'author') or contains(@rel, 'tag')] | //time[@datetime]"
    " | //*[contains(@class, 'vcard')]"
)


def test_the_metadata_markers_are_the_elements_an_xpath_query_finds() -> None:
    page = (
        "<html><head><title>T</title><meta itemprop='name' content='n'></head><body>"
        "<div class='h-card VCard'><a rel='author' itemprop='author' href='/a'>A</a></div>"
        "<span class='vcard x'><a rel='Author nofollow' href='/b'>B</a></span><a rel='tag' href='/t'>t</a>"
        "<time datetime='2024-05-03'>May 3</time><time>no datetime</time><p class='novcardish'>x</p>"
        "<!-- <a rel='author'>c</a> --><div itemprop='articleBody'><a rel='bookmark' href='/c'>c</a></div>"
        "</body></html>"
    )
    root = etree.fromstring(page, etree.HTMLParser())
    nodes, cards = hints._iter_nodes(root)
    found = _MARKERS(root)
    head = list(root.iter(*hints._HEAD_TAGS))
    micro = [el for el in found if el.get("itemprop") is not None]
    rel = [el for el in found if el.tag == "a" and ("author" in el.get("rel", "") or "tag" in el.get("rel", ""))]
    times = [el for el in found if el.tag == "time" and el.get("datetime") is not None]
    assert nodes == head + micro + rel + times
    assert cards == [el for el in found if "vcard" in (el.get("class") or "").lower().split()]
    assert len(micro) == 3 and len(rel) == 2 and len(times) == 1 and len(cards) == 1


_SHOP_WORDS = [
    "Add to cart",
    "BUY IT NOW",
    "in Stock",
    "out of stock",
    "Checkout",
    "free delivery",
    "Warenkorb",
    "añadir al carrito",
    "In winkelwagen",
    "QTY",
    "sku",
    "Returns",
    "reviews",
    "review",
    "9",
    "$",
    "€",
    "USD",
    "Rs.",
    "zł",
    "Kč",
    " ",
    ",",
    ".",
    "x",
    "İn stock",
    "ſku",
    "Kelvin",
    "qt",
    "revie",
    "12,50",
]


def test_every_alternative_of_the_cart_pattern_holds_a_piece_the_shortcut_looks_for() -> None:
    for alternative in markup._alternatives(pagetype._CART.pattern):
        literal = alternative.split("(")[0].lower()
        assert any(piece in literal for piece in pagetype._CART_PIECES), alternative


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SHOP_WORDS), max_size=8))
def test_the_shop_label_shortcuts_answer_as_the_full_patterns(words: list[str]) -> None:
    for text in ("".join(words), " ".join(words)):
        assert pagetype._cart(text) == (pagetype._CART.search(text) is not None)
        assert pagetype._priced(text) == (pagetype._PRICE.search(text) is not None)


_URL_PARTS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["https://", "http://", "", "//", "https://[::1"]),
        st.sampled_from(["www.a.com", "a.com", "A.com", "b.org", ""]),
        st.sampled_from(["", "/", "/news/x", "/news/x/", "/a.php", "/A.PHP", "/news", "/x.cfm/"]),
        st.sampled_from(["", "?id=9", "?id=8", "?ref=rail", "#top"]),
    ),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.none(), _URL_PARTS), max_size=3), st.lists(_URL_PARTS, min_size=1, max_size=4))
def test_a_link_is_the_page_itself_by_the_shared_test_as_by_each_url(
    targets: list[str | None], links: list[str]
) -> None:
    same = urls.same_story_as_any(*targets)
    for link in links + links:
        assert same(link) == any(urls.same_story(link, target) for target in targets)


_URL_ATOMS = [*"http https HTTP : // / a B 0 . - _ ? # @ % [ ] é =".split(), " ", "\t", "\n"]


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(["https://", "http://", "HTTP://", "https:/", " https://", "ftp://", "//", ""]),
    st.lists(st.sampled_from(_URL_ATOMS), max_size=24),
)
@example("https://", ["a", ".", "b", ":", "8", "/", "p", "?", "q", "#", "f"])
@example("http://", ["a", "@", "b", "/"])
@example("https://", ["a", "\t", "b", "/", "c"])
@example("https://", ["a", "#", "b", "?", "c"])
def test_a_url_split_by_the_plain_host_shortcut_is_split_as_urlsplit_splits_it(scheme: str, atoms: list[str]) -> None:
    url = scheme + "".join(atoms)
    urls._split.cache_clear()
    try:
        parts = urllib.parse.urlsplit(url)
        expected: tuple[urllib.parse.SplitResult, str] | None = (parts, parts.hostname or "")
    except ValueError:
        expected = None
    assert urls._split(url) == expected


_HREF_ATOMS = ["/", "a", "B", ".", "..", "?", "#", ";", "=", "%2e", ":", "@", "é", " ", "\t", "//", "\\"]


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(
        "https://a.com http://a.com/x/y.html?q#f https://a.com:8/ HTTPS://A.com/ ftp://a.com/ https://[::1/".split()
    ),
    st.lists(st.sampled_from(_HREF_ATOMS), max_size=16),
)
@example("https://a.com/x/", ["/", "a", "/", ".", "/", "b"])
@example("https://a.com/x/", ["/", "a", "?", "#"])
@example("https://a.com/x/", ["/", "a", ";", "p"])
def test_a_rooted_path_joined_by_the_shortcut_is_joined_as_urljoin_joins_it(base: str, atoms: list[str]) -> None:
    href = "/" + "".join(atoms)
    try:
        expected: str | None = urllib.parse.urljoin(base, href)
    except ValueError:
        expected = None
    assert urls.join_url(base, href) == expected


_DATE_ATOMS = [
    "3",
    "03.05.",
    "3. 5. ",
    "12",
    "2024",
    "24",
    "05",
    ".",
    "/",
    "-",
    " ",
    ". ",
    ",",
    "May",
    "Mai",
    "sept.",
    "年",
    "月",
    "日",
    "년",
    "월",
    "일",
    "Fri",
    "10:32",
    "AM",
    "ET",
    "um",
    "Uhr",
    "T",
    "1er",
    "de",
    "г.",
    "٣",
    "२०२४",
    "x",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_ATOMS), max_size=12))
@example(["03", ".", "05", ".", "24"])
@example(["3", ". ", "5", ". ", "24"])
@example(["x", "05", "/", "3", "/", "24"])
def test_a_line_the_date_precheck_turns_away_holds_no_date_by_the_full_grammar(atoms: list[str]) -> None:
    text = "".join(atoms)
    if dates._DATE_DIGITS.search(text) is None:
        assert dates._PRINTED_RE.search(text) is None
        assert dates.find_printed_date(text) == (None, None)


def test_the_trust_features_read_from_counted_paragraphs_are_those_counted_afresh() -> None:
    from pathlib import Path

    from newsparse.assemble import find
    from newsparse.cues.text import word_count
    from newsparse.trust.confidence import confidence_features
    from newsparse.trust.pagetype import page_type_features

    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.html"))
    assert examples
    for path in examples:
        page = tree_to_page(tree_from_text(path.read_text(encoding="utf-8"))[0])
        found = find(page)
        words = {p: word_count(p) for p in found.body.value.paragraphs}
        assert page_type_features(page, found, words) == page_type_features(page, found)
        assert confidence_features(page, found, words) == confidence_features(page, found)
        # A count given is taken as it is: the features read it rather than count again.
        wrong = {p: n + 1 for p, n in words.items()}
        if words and not found.story.value.core:
            assert page_type_features(page, found, wrong)["body_words"] != page_type_features(page, found)["body_words"]


_TOKENS = st.lists(
    st.sampled_from(["ferry", "harbourmaster", "a", "é", "中", "国", "한국어", "ー", "2024", "x" * 9, ""])
)


@settings(max_examples=500, deadline=None)
@given(_TOKENS, _TOKENS)
def test_the_body_stems_and_grams_taken_in_one_pass_are_those_taken_word_by_word(
    tokens: list[str], head: list[str]
) -> None:
    stems = coherence._stems(tokens)
    assert stems == coherence._stems_each(tokens) and list(stems) == list(coherence._stems_each(tokens))
    grams = coherence._grams(head)
    assert coherence._grams_found(grams, tokens) == len(grams & coherence._grams(tokens))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*pagetype._CART_PIECES, "Add To", "a", " ", "é", "SKU", "x"]), max_size=8))
def test_one_search_for_the_cart_pieces_finds_one_where_a_test_per_piece_does(words: list[str]) -> None:
    for text in ("".join(words), " ".join(words)):
        low = text.lower()
        assert (pagetype._CART_PIECE.search(low) is not None) == any(piece in low for piece in pagetype._CART_PIECES)


@settings(max_examples=150, deadline=None)
@given(html_pages())
def test_flags_read_up_the_elements_links_are_those_of_the_chain_as_a_tuple(html: str) -> None:
    page = tree_to_page(tree_from_text(html)[0])
    blocks = tuple(dataclasses.replace(b, ancestors=tuple(b.ancestors), path=tuple(b.path)) for b in page.blocks)
    plain = dataclasses.replace(page, blocks=blocks, elements=None, _memo={})
    assert page.spans() == plain.spans()
    for block, twin in zip(page.blocks, plain.blocks, strict=True):
        chain = tuple(block.ancestors)
        for levels in range(-2, len(chain) + 3):
            expected = 0
            for ident in chain[-levels:]:
                expected |= page.element_flags.get(ident, 0)
            assert page.near_flags(block, levels) == expected == plain.near_flags(twin, levels)


@settings(max_examples=1000, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=200))
@example("_a1 b-2\x1f\x0bc\td__e" + "w " * 2100)
def test_ascii_words_split_out_of_a_translated_text_are_the_words_a_pattern_finds(s: str) -> None:
    # The plain way: the CJK-aware token pattern, on the window the measures read.
    expected = measures._WORD.findall(s[: measures._SHAPE_WINDOW])
    assert measures.words(s) == expected
    assert measures.word_count(s) == len(expected)


_LOWER_PIECES = ["travel", "Travel", "tips", "Tips", "ab", "a", "é", "éa", "straße", "STRASSE", "İ", "ǅ", "x1"]
_LOWER_EDGES = [" ", "@", ".", "/", "-", "_", "1", "\n", ", ", "’", ""]


def _printed_words(page: Page) -> frozenset[str]:
    # The plain way: every lower-case word of the sample, read into a set.
    return frozenset(
        w
        for b in page.blocks[: byline.LOWER_CASE_SAMPLE_BLOCKS]
        for w in byline._LOWER_WORD.findall(b.text[: byline.LOWER_CASE_SAMPLE_CHARS])
    )


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_LOWER_PIECES + _LOWER_EDGES), max_size=12), min_size=1, max_size=6),
    st.lists(st.lists(st.sampled_from(_LOWER_PIECES), min_size=1, max_size=3), max_size=40),
)
@example([["Travel", " ", "tips"]], [["Travel", "Tips"]] * 3 + [[f"Name{k}"] for k in range(30)])
def test_lower_case_words_searched_one_by_one_are_those_read_into_a_set(
    texts: list[list[str]], names: list[list[str]]
) -> None:
    page = Page(blocks=tuple(Block(index=i, text="".join(t)) for i, t in enumerate(texts)))
    words = _printed_words(page)
    common = byline._LowerCaseWords(page)
    for parts in names:
        name = " ".join(parts)
        expected = any(
            w.casefold() in words for w in name.split() if w[:1].isupper() and w not in byline.NAME_PARTICLES
        )
        assert common.any_of([name]) == expected


def test_the_lower_case_sample_is_cut_where_the_set_cut_it() -> None:
    # A word past a block's sampled characters, or in a block past the sampled ones, is not read.
    cut = byline.LOWER_CASE_SAMPLE_CHARS
    texts = ["x" * (cut - 3) + " late", *(["filler"] * byline.LOWER_CASE_SAMPLE_BLOCKS), "tail"]
    page = Page(blocks=tuple(Block(index=i, text=t) for i, t in enumerate(texts)))
    common = byline._LowerCaseWords(page)
    assert not common.any_of(["Late"]) and not common.any_of(["Tail"]) and common.any_of(["Filler"])
    assert _printed_words(page) >= {"filler"} and not _printed_words(page) & {"late", "tail"}


def test_a_word_printed_at_many_places_is_read_from_the_set() -> None:
    # Each place a search finds a word at is looked at in Python: past LOWER_CASE_HITS places
    # on a page the words are read into the set at once, with the same answers.
    texts = ["aaaa" * 500] * 400 + ["guide printed once"]
    page = Page(blocks=tuple(Block(index=i, text=t) for i, t in enumerate(texts)))
    words = _printed_words(page)
    common = byline._LowerCaseWords(page)
    looked: list[int] = []
    real = byline._printed_alone

    def counting(word: str, sample: str, budget: int) -> tuple[bool | None, int]:
        found, left = real(word, sample, budget)
        looked.append(budget - left)
        return found, left

    names = ["Aaa Aaaa", "Aaaa Aaaaa", "Guide Book", "Aa Aaa"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(byline, "_printed_alone", counting)
        answers = [common.any_of([name]) for name in names]
    assert answers == [any(w.casefold() in words for w in name.split()) for name in names]
    assert sum(looked) <= byline.LOWER_CASE_HITS


_MEMBER_ATOMS = [
    "Joined", "JOINED:", "Member since", "member  Since", "Registered", "Registriert seit", "Mitglied seit",
    "dabei seit", "Inscrit le", "inscription", "registrado", "Miembro desde", "iscritto", "zarejestrowany",
    "регистрация", "加入", "rejoined", "Posted", "Updated", "ſ", "İ", "K", " ", ": ", "4 Jul 2012", "2024-05-03",
    "May 5, 2024", "12.03.2021", "Paddy",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_MEMBER_ATOMS), max_size=6), min_size=1, max_size=3))
@example([["Joined"], ["4 Jul 2012"]])
@example([["Joined: 4 Jul 2012"]])
def test_a_member_date_skipped_by_its_missing_label_is_none_the_full_reading_finds(lines: list[list[str]]) -> None:
    blocks = tuple(Block(index=i, text="".join(parts)) for i, parts in enumerate(lines))
    for block in blocks:
        # The plain way: read the date, then its label.
        _, span = dates.find_printed_date(block.text)
        expected = span is not None and dating._label_of(blocks, block, span[0]) == "member"
        assert dating._member_since(blocks, block) == expected


def _member_alternatives() -> list[str]:
    # The member group of DATE_KIND_LABEL, each alternative written as the text it reads at the least.
    pattern = DATE_KIND_LABEL.pattern
    start = pattern.index("(?P<member>") + len("(?P<member>")
    depth, end = 0, start
    while depth >= 0:
        depth += {"(": 1, ")": -1}.get(pattern[end], 0)
        end += 1
    alternatives, depth, piece = [], 0, ""
    for ch in pattern[start : end - 1]:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(piece)
            piece = ""
        else:
            piece += ch
    alternatives.append(piece)
    return [regex.sub(r"\(\?:[^()]*\)\?", "", a).replace(r"\s+", " ") for a in alternatives]


def test_every_members_label_passes_the_member_pre_check() -> None:
    # The pre-check's pieces are written apart from the label's pattern: a label added to the
    # pattern must hold one of them (or be non-ASCII), or the pre-check would skip it.
    labels = _member_alternatives()
    assert "member since" in labels and "joined" in labels
    for label in labels:
        assert DATE_KIND_LABEL.search(label) is not None, label
        assert dating._may_name_member(label) and dating._may_name_member(label.upper()), label


def _context_plain(page: Page, block: Block, story_chain: frozenset[int]) -> int | None:
    """related._context read element by element out to the root, with no memo."""
    from newsparse.cues.markup import (
        F_ADS,
        F_FOOTER,
        F_HIDDEN,
        F_MENU,
        F_RELATED,
        F_RELATED_STRONG,
        F_SHARE,
        F_SITE_FOOTER,
        F_TAGS,
    )

    related_, strong, footer = 0, 0, 0
    for depth, ident in enumerate(reversed(tuple(block.ancestors))):
        if ident in story_chain:
            break
        tag = page.element_tags.get(ident)
        if tag == "nav" and not related_:
            return None
        if tag == "footer":
            footer = F_FOOTER
        flags = page.element_flags.get(ident, 0)
        if not flags:
            continue
        if flags & F_HIDDEN and not related._shown_responsively(page.element_tokens.get(ident, frozenset())):
            return None
        if depth < related.AD_LEVELS and flags & F_ADS:
            return None
        if depth < related.NEAR_LEVELS:
            if flags & F_MENU and not flags & F_RELATED_STRONG:
                return None
            if flags & F_RELATED:
                if not related_:
                    strong = flags & F_RELATED_STRONG
                related_ = F_RELATED
            elif flags & (F_SHARE | F_TAGS) and not related_:
                return None
            if flags & F_SITE_FOOTER:
                footer = F_FOOTER
    return related_ | strong | footer


@st.composite
def _deep_pages(draw: st.DrawFn) -> str:
    """Pages nested past related.CONTEXT_LEVELS, with the wrappers a teaser's context reads."""
    tags = ["div", "section", "nav", "footer", "ul", "li", "aside"]
    names = ["", "related", "most-popular", "menu", "ad-slot", "hidden", "hidden lg:block", "share", "tags", "footer"]

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(tags))
        name = draw(st.sampled_from(names))
        attrs = f' class="{name}"' if name else ""
        children = [
            f'<p>Teaser headline number {depth} <a href="/2024/05/story-{depth}">Read the story {depth}</a></p>'
        ]
        if depth < 18:
            children += [element(depth + 1) for _ in range(draw(st.integers(0, 2)))]
        return f"<{tag}{attrs}>{''.join(children)}</{tag}>"

    return "<html><body>" + element(0) + "</body></html>"


@settings(max_examples=150, deadline=None)
@given(_deep_pages(), st.integers(0, 40))
def test_a_teasers_context_read_through_the_far_memo_is_the_one_read_element_by_element(html: str, pick: int) -> None:
    page = tree_to_page(tree_from_text(html)[0])
    assert page.blocks
    holder = page.blocks[pick % len(page.blocks)].ancestors
    for chain in (frozenset(), frozenset(tuple(holder)[: len(holder) // 2])):
        memo: dict[tuple[int, int, bool], int | None] = {}
        for block in page.blocks:
            expected = _context_plain(page, block, chain)
            assert related._context(page, block, chain, memo) == expected
            assert related._context(page, block, chain) == expected


_HREFS = st.sampled_from(
    [
        "/2024/05/ferry-strike-ends",
        "/news/ferry-strike-ends-33479507#comment-12",
        "https://www.facebook.com/sharer/sharer.php?u=x",
        "https://ads.doubleclick.net/click",
        "/tag/ferries",
        "/",
        "#top",
        "mailto:desk@example.org",
        "story.html",
        "https://example.org/world/ferry-strike-ends-at-dawn",
        "//cdn.example.org/a.pdf",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(_HREFS, st.sampled_from([None, "https://example.org/world/ferry-strike-ends-at-dawn", "https://example.org/a/"]))
def test_a_links_teaser_verdict_taken_once_is_the_one_each_check_gives(href: str, base: str | None) -> None:
    itself = urls.same_story_as_any(base)
    url = urls.resolve(href, base)
    plain = (
        url is not None
        and not itself(url)
        and not urls.is_social_url(url)
        and not urls.is_ad_url(url)
        and urls.looks_like_article(url)
        and urls.article_shaped(url)
        and related._COMMENT_ANCHOR.search(url) is None
    )
    expected = (url, urls.has_story_id(url)) if plain and url is not None else None
    assert related._teaser_target(href, base, itself) == expected == related._teaser_target(href, base, itself)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False), st.none(), st.just(())))
def test_a_value_with_nothing_to_clean_comes_back_as_it_is_and_counts_nothing(value: object) -> None:
    census = sanitize._Census()
    for name in ("", "url", "text"):
        assert sanitize._clean(value, name, census) is value
    assert census.warnings() == ()


def test_the_sanitize_pass_answers_alike_without_its_plain_value_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    import newsparse

    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.html"))
    assert examples
    for path in examples:
        article_ = newsparse.parse(path.read_text(encoding="utf-8"), url="https://example.org/news/a-story")
        quick = sanitize.sanitize_article(article_)
        with monkeypatch.context() as patch:
            patch.setattr(sanitize, "_PLAIN", frozenset())
            assert sanitize.sanitize_article(article_) == quick


def _over_by_full_count(markup: str, limit: int) -> bool:
    return len(source._TAG_OPEN.findall(markup)) > limit


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["<p", "</", "<!", "<", "<<", "p", " ", "<1", "é", "<ß"]), max_size=40), st.integers(1, 12)
)
@example(["<p"] * 5, 5)
@example(["<p"] * 6, 5)
@example(["<p"] * 5 + ["<"], 5)
def test_markup_refused_for_its_tags_past_the_length_shortcut_is_what_a_full_count_refuses(
    parts: list[str], limit: int
) -> None:
    markup = "".join(parts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(source, "MAX_TAGS", limit)
        try:
            source.check_tag_count(markup)
            refused = False
        except ParseError:
            refused = True
    assert refused == _over_by_full_count(markup, limit)


_FURNITURE_PAGE = (
    "<html><body><article class='story'><h1>A council votes on the new bridge</h1>"
    "<div class='elementor-widget'><p>The council voted on Tuesday to fund the bridge, after a debate that ran"
    " late into the evening and drew a crowd of residents.</p></div>"
    "<aside class='sidebar-widget'><p>The mayor said the vote was a turning point for the town, and that work"
    " would start in the spring if the weather allowed it.</p></aside>"
    "<div class='comments'><p>I think the bridge is a waste of money and time for everyone here.</p></div>"
    "<figure><img src='b.jpg'><figcaption>The old bridge at dusk.</figcaption></figure>"
    "<p><a href='/share'>Share</a> <a href='/tweet'>Tweet</a></p>"
    "<p>Read more: <a href='/news/another-story'>Another story about the bridge</a></p>"
    "<p class='caption'>Photo: the council chamber.</p>"
    "<p>Work on the bridge is to start in March and end two years later, the council said in a statement.</p>"
    "</article></body></html>"
)


def _furniture_both_ways(html: str) -> None:
    page = tree_to_page(tree_from_text(html)[0])
    for block in page.blocks:
        for container in (0, *block.ancestors):
            furniture, plain = story._furniture_readings(page, block, container)
            assert furniture == story._is_furniture(page, block, container, builder_words=True)
            if not furniture:
                assert plain == story._is_furniture(page, block, container)


def test_the_furniture_readings_taken_together_are_those_taken_one_by_one() -> None:
    from pathlib import Path

    pages = [_FURNITURE_PAGE]
    pages += [
        path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parent.parent / "examples").glob("*.html"))
    ]
    for html in pages:
        _furniture_both_ways(html)


@settings(max_examples=150, deadline=None)
@given(html_pages())
def test_the_furniture_readings_of_random_pages_are_those_taken_one_by_one(html: str) -> None:
    _furniture_both_ways(html)


# Tags the per-page "no such element" shortcuts look for, among the wrappers pages are made of.
_SHORTCUT_TAGS = ("div", "section", "main", "li", "ul", "code", "pre", "blockquote", "q", "figcaption", "span", "a")


@st.composite
def _tagged_pages(draw: st.DrawFn, tags: tuple[str, ...] = _SHORTCUT_TAGS) -> str:
    """Random pages whose elements are drawn from ``tags``, some empty, some nested in each other."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(tags))
        attrs = ' href="/news/2024/05/story-1"' if tag == "a" else ""
        children = []
        if depth < 4:
            for _ in range(draw(st.integers(0, 3))):
                children.append(
                    element(depth + 1) if draw(st.booleans()) else draw(st.sampled_from(["Word", "A line of text"]))
                )
        return f"<{tag}{attrs}>{''.join(children)}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(draw(st.integers(1, 4)))) + "</body></html>"


def _pages_both_ways(html: str) -> list[Page]:
    """The page as the walk gives it, and again with plain tuples for chains and paths (no tree)."""
    page = tree_to_page(tree_from_text(html)[0])
    blocks = tuple(dataclasses.replace(b, ancestors=tuple(b.ancestors), path=tuple(b.path)) for b in page.blocks)
    return [page, dataclasses.replace(page, blocks=blocks, elements=None, _memo={})]


@settings(max_examples=200, deadline=None)
@given(_tagged_pages())
def test_the_main_elements_read_from_the_text_holders_are_those_read_from_every_element(html: str) -> None:
    for page in _pages_both_ways(html):
        under = layout._text_under(page, [weighted_length(b.text) for b in page.blocks])
        plain = [ident for ident, tag in page.element_tags.items() if tag == "main" and ident in under]
        assert layout._mains(page, under) == plain


@settings(max_examples=200, deadline=None)
@given(_tagged_pages())
def test_a_tag_the_tree_lacks_is_on_no_blocks_path(html: str) -> None:
    for page in _pages_both_ways(html):
        absent = pagetype._absent_tags(page, pagetype._PATH_TAGS)
        for block in page.blocks:
            for tag in absent:
                assert tag not in block.path


@settings(max_examples=200, deadline=None)
@given(_tagged_pages())
def test_a_page_without_quote_elements_has_no_block_in_a_quote(html: str) -> None:
    for page in _pages_both_ways(html):
        if byline._no_quotes(page):
            for block in page.blocks:
                assert not any(page.element_tags.get(ident) in byline.QUOTE_TAGS for ident in block.ancestors)


@settings(max_examples=200, deadline=None)
@given(_tagged_pages(), st.sets(st.integers(0, 40), max_size=4))
def test_the_blocks_in_the_spans_of_the_containers_are_all_the_blocks_they_hold(html: str, picks: set[int]) -> None:
    for page in _pages_both_ways(html):
        idents = sorted({ident for block in page.blocks for ident in block.ancestors})
        among = {idents[k % len(idents)] for k in picks} if idents else set()
        spanned = story._spanned(page, among)
        assert spanned == sorted(set(spanned))
        for pick in (outermost, story._innermost):
            held = [b.index for b in page.blocks if pick(b, among) is not None]
            assert [i for i in spanned if pick(page.blocks[i], among) is not None] == held


@settings(max_examples=150, deadline=None)
@given(_deep_pages(), st.integers(0, 40))
def test_a_teasers_context_read_through_the_per_element_memo_is_the_one_read_element_by_element(
    html: str, pick: int
) -> None:
    page = tree_to_page(tree_from_text(html)[0])
    holder = page.blocks[pick % len(page.blocks)].ancestors
    said: dict[int, int | None] = {}
    for chain in (frozenset(), frozenset(tuple(holder)[: len(holder) // 2])):
        memo: dict[tuple[int, int, bool], int | None] = {}
        for block in page.blocks:
            assert related._context(page, block, chain, memo, said) == _context_plain(page, block, chain)


def test_a_credit_read_once_a_page_is_the_one_read_afresh() -> None:
    from pathlib import Path

    names = ["Jo Lee", "Amara Okafor"]
    lines = [
        "By Jo Lee",
        "By Jo Lee | May 3, 2024",
        "Jo Lee and Amara Okafor, Reuters",
        "Amara Okafor",
        "Posted on 2015-04-05 by Marc",
        "The Daily Planet staff",
        "Read more",
        "",
    ]
    pages = [
        tree_to_page(tree_from_text(path.read_text(encoding="utf-8"))[0])
        for path in sorted((Path(__file__).parent.parent / "examples").glob("*.html"))
    ]
    pages.append(Page(blocks=(), hints=dataclasses.replace(pages[0].hints, authors=tuple(names), site_name="Planet")))
    for page in pages:
        texts = lines + [block.text for block in page.blocks]
        for _ in range(2):
            for text in texts:
                for marked in (False, True):
                    for day_first in (None, True, False):
                        expected = byline.parse_credit(
                            text,
                            marked=marked,
                            day_first=day_first,
                            known=page.hints.authors,
                            outlets=byline._outlets(page),
                        )
                        assert byline._page_credit(page, text, marked, day_first) == expected


_URL_PIECES = st.sampled_from(
    [*urls._AD_MARKERS, *urls._SHORTENERS, ".", "/", "?", "=", "a", "T", "DoubleClick.NET", "x.bit.ly", "bit.lyx", "İ"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_URL_PIECES, max_size=8))
def test_the_ad_and_shortener_shortcuts_answer_as_a_test_per_marker(pieces: list[str]) -> None:
    text = "".join(pieces)
    lowered = text.lower()
    assert urls.is_ad_url(text) == any(marker in lowered for marker in urls._AD_MARKERS)
    for host in (text, lowered, "www." + lowered):
        plain = any(host == h or host.endswith("." + h) for h in urls._SHORTENERS)
        assert urls._shortener(host) == plain


def _call_to_action_starts(alternative: str) -> list[str]:
    """The literal text an alternative of CALL_TO_ACTION starts with, one string per choice of a
    character set in it (``s[ií]g`` gives "sig" and "síg"), up to its first other pattern syntax."""
    starts = [""]
    at = 0
    while at < len(alternative):
        char = alternative[at]
        if alternative[at + 1 : at + 2] in ("?", "*", "+", "{"):
            break
        if char == "[":
            close = alternative.index("]", at)
            starts = [start + choice for start in starts for choice in alternative[at + 1 : close]]
            at = close + 1
        elif char.isalpha() or char == "-":
            starts = [start + char for start in starts]
            at += 1
        else:
            break
    return starts


def test_every_alternative_of_the_call_to_action_pattern_starts_with_a_piece_the_shortcut_looks_for() -> None:
    pattern = lexicon.CALL_TO_ACTION.pattern
    assert pattern.startswith(r"\b(?:") and pattern.endswith(")")
    for alternative in markup._alternatives(pattern[len(r"\b(?:") : -1]):
        for start in _call_to_action_starts(alternative):
            assert any(start.startswith(piece) for piece in lexicon.CALL_TO_ACTION_STARTS), alternative


def test_a_letter_the_call_to_action_pattern_matches_folds_to_that_letter_alone() -> None:
    # The shortcut searches the case-folded text: every character the case-insensitive pattern
    # takes for one of its letters must fold to that letter, one character for one.
    letters = sorted(set("".join(lexicon.CALL_TO_ACTION_STARTS)))
    any_letter = regex.compile("[" + "".join(letters) + "]", regex.IGNORECASE)
    every_char = "".join(map(chr, range(0x110000)))
    for found in any_letter.finditer(every_char):
        char = found.group()
        taken = {letter for letter in letters if regex.fullmatch(letter, char, regex.IGNORECASE)}
        assert taken == {char.replace("\u0130", "i").casefold()}, hex(ord(char))


_CALL_WORDS = [
    "Subscribe",
    "SUBSCRIBERS",
    "ſubscription",
    "sign  up",
    "Log in",
    "login",
    "registered",
    "REGISTER",
    "İSCRIVITI",
    "Síguenos",
    "SÍGUENOS",
    "siguenos",
    "Abo",
    "abos",
    "Folgen Sie uns",
    "Jetzt teilen",
    "follow us",
    "Follow Ana on Twitter",
    "like us on",
    "share this story",
    "download our new app",
    "Zapraszamy do subskrypcji",
    "newsletters",
    "KELVIN",
    "the",
    "story",
    "news",
    "İ",
    "ı",
    "-",
    ".",
]


def _plain_names_call_words(text: str) -> bool | None:
    """``story._names_call_words`` as it read before its shortcut: the full pattern on every text."""
    found = False
    for match in lexicon.CALL_TO_ACTION.finditer(text):
        end = match.end()
        while end < len(text) and text[end].isalpha():
            end += 1
        if not lexicon.CALL_TO_ACTION_NOUN.fullmatch(text[match.start() : end]):
            return False
        found = True
    return True if found else None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CALL_WORDS), max_size=8))
def test_the_call_words_found_past_the_shortcut_are_those_the_full_pattern_finds(words: list[str]) -> None:
    for text in ("".join(words), " ".join(words)):
        assert story._names_call_words(text) == _plain_names_call_words(text)


def test_every_character_of_the_cjk_scripts_is_in_the_ranges_the_shortcut_searches() -> None:
    every_char = "".join(map(chr, range(0x110000)))
    for found in measures._CJK.finditer(every_char):
        assert measures._MAYBE_CJK.fullmatch(found.group()), hex(ord(found.group()))


_MIXED_TEXT = st.text(
    alphabet=st.sampled_from(
        [*"ab Zé9_,.’—", "\u1100", "\u3042", "\u30a2", "\u4e00", "\uac00", "\U00020000", "\u0301"]
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(_MIXED_TEXT)
def test_the_text_measures_with_the_cjk_shortcut_are_those_taken_the_plain_way(text: str) -> None:
    cjk = len(measures._CJK.findall(text))
    assert measures.weighted_length(text) == len(text) + 2 * cjk
    if not text.isascii():
        plain_words = measures._WORD.findall(text) if cjk else measures._PLAIN_WORD.findall(text)
        assert measures.words(text) == plain_words
        plain_count = len(measures._WORD.findall(text)) - cjk + (cjk + 1) // 2 if cjk else len(plain_words)
        assert measures.word_count(text) == plain_count


_MEASURED_PIECES = st.sampled_from(
    [
        "word",
        "Two_words",
        "x1 y2",
        "a-b.c,d",
        "  ",
        "\u00e9t\u00e9",
        "\u4e2d\u6587",
        "\u306e",
        "\ud55c",
        "...",
        "!",
        "&amp;",
        "_",
        "9",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_MEASURED_PIECES, max_size=40), st.integers(min_value=0, max_value=1))
def test_a_blocks_measures_are_what_the_text_measures_give(pieces: list[str], long: int) -> None:
    # The walk measures each block once (the compiled one counts an ASCII block's words itself);
    # the rules read the fields instead of measuring the text again, so both must agree.
    text = " ".join(pieces)
    if long:
        # Past the window word counts read: the count stops where the window does, even mid-word.
        text = "word " * (measures.WORD_COUNT_WINDOW // 5) + "abc" + text
    page = tree_to_page(tree_from_text(f"<html><body><p>{text}</p><div>{text[::-1]}</div></body></html>")[0])
    assert len(page.blocks) == (2 if text.strip() else 0)
    for block in page.blocks:
        assert block.word_count == measures.word_count(block.text)
        assert block.weighted_length == measures.weighted_length(block.text)
    made = Block(0, text)
    assert (made.word_count, made.weighted_length) == (measures.word_count(text), measures.weighted_length(text))
    copied = dataclasses.replace(made, text=text + " more")
    assert copied.word_count == measures.word_count(text + " more")


@given(html_pages())
@settings(max_examples=50, deadline=None)
def test_every_walked_block_carries_its_texts_measures(html: str) -> None:
    for block in tree_to_page(tree_from_text(html)[0]).blocks:
        assert block.word_count == measures.word_count(block.text)
        assert block.weighted_length == measures.weighted_length(block.text)


@given(html_pages())
@settings(max_examples=50, deadline=None)
def test_a_tag_on_a_blocks_path_is_answered_alike_when_asked_again(html: str) -> None:
    # The second question about a tag is answered from the memo's entry for the element itself.
    page = tree_to_page(tree_from_text(html)[0])
    for _ in range(2):
        for block in page.blocks:
            plain = block.path._tags() if isinstance(block.path, TagPath) else tuple(block.path)
            for tag in ("li", "div", "a", "span", "body", "nope"):
                assert (tag in block.path) == (tag in plain)


@given(html_pages(), st.booleans())
@settings(max_examples=50, deadline=None)
def test_the_per_element_tables_iterate_as_a_lookup_per_key_does(html: str, pure: bool) -> None:
    # The tables' items and values walk their own arrays; Mapping's own views look up every key.
    page = tree_to_page(tree_from_text(html)[0], pure=pure)
    spans = page.spans()
    tables = (page.element_tokens, page.element_flags, page.element_tags, spans.parent, spans.first, spans.last)
    for table in tables:
        assert list(table.items()) == list(Mapping.items(table))
        assert list(table.values()) == list(Mapping.values(table))
        assert table.items() == Mapping.items(table)
        assert all(pair in table.items() for pair in Mapping.items(table))


def _panel_ids_every_element(top: etree._Element) -> tuple[frozenset[str], frozenset[str]]:
    """The plain way: every element of the page read in Python."""
    from newsparse.read import walk

    ids: set[str] = set()
    linked: set[str] = set()
    for el in top.iter():
        if not isinstance(el.tag, str):
            continue
        controls = el.get("aria-controls")
        if controls:
            ids.update(controls.split())
        href = el.get("href")
        if href and href.startswith("#") and len(href) > 1:
            linked.add(href[1:])
        if el.get("role") == "tab" or (el.get("data-toggle") or el.get("data-bs-toggle")) in walk._PANEL_TOGGLES:
            for name in walk._PANEL_TARGET_ATTRS:
                target = el.get(name)
                if target and target.startswith("#") and len(target) > 1:
                    ids.add(target[1:])
    return frozenset(ids), frozenset(linked)


def test_the_controls_of_closed_panels_found_by_xpath_are_those_of_a_pass_over_every_element() -> None:
    from newsparse.read import walk

    page = (
        '<html><body><div aria-controls="a b" role="tab" href="#c"></div><a href="#">top</a><a href="#d">d</a>'
        '<a href="/e#f">f</a><button data-toggle="collapse" data-target="#g">g</button><!-- x -->'
        '<span data-bs-toggle="pill" data-bs-target="#h" href="#i"></span><p aria-controls="">j</p>'
        '<li data-toggle="dropdown" href="#k">k</li><div role="tablist"><a role="tab" data-target="#l" href="#m">'
        "</a></div></body></html>"
    )
    top = etree.fromstring(page, etree.HTMLParser())
    assert walk._panel_ids(top) == _panel_ids_every_element(top)
    assert walk._panel_ids(top)[0] == frozenset("abcghilm")
    inner = top.find(".//div")
    assert inner is not None
    assert walk._panel_ids(inner) == _panel_ids_every_element(inner)
