"""An lxml tree in block form: one pass over the tree, never modifying it, into records that the
blocks are made of once the tree is freed.

The walk exists twice: :class:`_Walk` here, and ``_walk.pyx``, the same walk compiled
over lxml's C tree (built by ``pip install .`` where a C compiler is at hand). Both make
identical blocks; the compiled one is used when it is built for the installed lxml, this
one otherwise or when ``NEWSPARSE_PURE_WALK`` is set. A change to the walk here needs
the same change there: ``tests/test_walks.py`` compares the two.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from array import array
from collections.abc import Callable, Iterator, Mapping
from itertools import compress, islice, pairwise
from pathlib import Path
from typing import Generic, Literal, NamedTuple, TypeVar, cast, overload

from lxml import etree

from ..blocks import Ancestors, Block, BlockTags, Elements, IntTable, Link, Page, PairsView, PairValuesView, TagPath
from ..cues import text as measures  # noqa: F401  (the compiled walk's bind() reads it from here)
from ..cues.credits import BARE_CREDIT_MAX_CHARS
from ..cues.lexicon import CREDIT_BUTTON_LABEL
from ..cues.markup import ICON, OFFSCREEN, TAXONOMY, classify, template_names
from ..cues.memo import bounded_memo
from ..cues.text import word_count
from .hints import extract_hints

__all__ = ["PURE_WALK_ENV", "tree_to_page", "walk_backend"]

# Elements that start a new block of text (HTML's block-level and table elements).
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure"
    " footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section"
    " summary table tbody td tfoot th thead tr ul caption".split()
)
# Elements whose content is never visible text. (<noscript> is read: some pages put the
# whole article there for readers without JavaScript.) Ruby annotations (<rt>, and the
# parentheses <rp> shows where ruby is not rendered) are a reading aid printed over the
# base text, not words of it: "漢<rt>かん</rt>字" reads "漢字".
SKIP_TAGS = frozenset(
    "script style template svg math iframe object embed canvas video audio select option button"
    " textarea input head title meta link map area source track picture img rt rp".split()
)
# Headings: a <noscript> inside one is a fallback image or notice, not words of the title, and
# inline elements inside one are set apart by the page's stylesheet (see _glued).
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Inline elements whose text is bold: a whole-bold first paragraph is a dek in some countries.
BOLD_TAGS = frozenset(("b", "strong"))
# Attributes whose values say what an element is, kept on blocks as marks ("itemprop:author").
_MARK_ATTRS = ("itemprop", "rel", "property", "data-testid", "role")
_MARK_ATTR_SET = frozenset(_MARK_ATTRS)
# Attributes that can hide an element; most elements carry none, and are then not looked at further.
_HIDING_ATTRS = frozenset(("hidden", "aria-hidden", "style"))
# React's streamed server rendering sends each suspended part of a page as ``<div hidden id="S:0">``
# and a script shows it in place: the part is the page's content, not hidden text.
_STREAMED_SEGMENT = re.compile(r"S:\d+$")
# A button holds a label, a few elements at most. One with more elements than this is markup that
# HTML parsers read differently: libxml2 leaves a ``<button>`` open over the rest of the page when an
# element inside it is not closed, where a browser closes it at ``</button>``; its content is read.
BUTTON_MAX_ELEMENTS = 64
# A button printed right after "By" ("By <button>Jo Lee</button>") opens the writer's card: its
# label is the credit's name, and is read. The "By" is looked for this many wrappers up (the label
# and the button sit in boxes of their own) ...
CREDIT_BUTTON_LEVELS = 4
# ... in an element before the button of this many elements at most (a label, not a section),
# as the end of its text: a credit's label of this many words at most ("By", "Written by", "This
# article was written by"; not "Sold by" or "Sort by", whose buttons name a shop or an order).
CREDIT_LABEL_MAX_ELEMENTS = 4
CREDIT_LABEL_MAX_WORDS = 5
# A list of writers set in buttons ("By <button>A</button>, <button>B</button> and ...") is read
# up to this many buttons after the first: more is a row of controls, not a credit.
CREDIT_BUTTON_LIST = 6
# Elements that aria-hidden does not hide: pages put it on wrappers of the whole page by mistake.
_ARIA_HIDDEN_IGNORED = ("body", "html", "main", "article")
# An inline style that hides the element holding the whole page (the only element under the
# <body> and no text beside it, through this many wrappers at most) hides it while the page loads,
# until a script shows it (a guard against a flash of unstyled content): a reader sees what it holds.
PAGE_WRAPPER_REACH = 6
# A page's wrapper sits among a few scripts and styles; a parent with more children than this holds
# more than one thing, so the test never scans a long run of siblings (it stays linear in the page).
PAGE_WRAPPER_MAX_SIBLINGS = 32
# Elements beside a page's wrapper that show nothing: they leave it the only thing on the page.
_SHOWING_NOTHING = frozenset(("script", "style", "noscript", "template", "link", "meta"))
# Elements whose classes name the page's template ("footer-on-bottom"): they hold every block of
# the page, so their footer words flag none (see markup.template_names).
TEMPLATE_TAGS = frozenset(("body", "html"))
# Class strings remembered across pages, and the longest remembered: sites repeat their class
# strings on every page, and a bounded memo keeps memory flat over millions of pages.
CLASS_CACHE_SIZE = 16384
CLASS_CACHE_MAX_CHARS = 200
# What the walk does with an element, by tag.
_INLINE, _BLOCK, _SKIP, _LINK, _TIME, _BOLD, _BREAK = range(7)


def _kind(tag: str) -> int:
    if tag in BLOCK_TAGS:
        return _BLOCK
    if tag in SKIP_TAGS:
        return _SKIP
    if tag in BOLD_TAGS:
        return _BOLD
    return {"a": _LINK, "time": _TIME, "br": _BREAK}.get(tag, _INLINE)


# Tag names lxml's HTML parser produces, with their normal form and kind: one dict lookup per
# element instead of a namespace split, a lower() and set tests. Other tags (XHTML, custom
# elements) are worked out once per page.
_KNOWN_TAGS: dict[object, tuple[str, int]] = {
    tag: (tag, _kind(tag))
    for tag in BLOCK_TAGS
    | SKIP_TAGS
    | BOLD_TAGS
    | frozenset(
        "a abbr b bdi bdo big br cite code data del dfn em font i ins kbd label mark nobr noscript q ruby s"
        " samp small span strike sub sup time tt u var wbr col colgroup".split()
    )
}
_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
# Most blocks have no marks: they share one empty set (an empty frozenset is 216 bytes).
_NO_MARKS: frozenset[str] = frozenset()


def _glued(last: str, first: str) -> bool:
    """Two inline elements of a heading printed with no space between them ("Kicker" +
    "Headline", a kicker or a subtitle the stylesheet sets on its own line): a lower-case
    letter or a sentence's end, then a capital. A word is not split there ("Mc" + "Donald" is
    rare in headings; "T" + "he", a drop cap, stays one word), nor a name after its colon
    ("Category:" + "Programming languages", as a wiki prints its namespaces)."""
    return first.isupper() and (last.islower() or last in ".!?")


# A time of day opening an element's text ("8:23 PM", "14:05").
_TIME_START = re.compile(r"[0-9]{1,2}:[0-9]{2}")


def _digits_apart(last: str, text: str, el: etree._Element) -> bool:
    """A date and its time in sibling elements printed with no space between them ("2022" +
    "8:23 PM"), which the stylesheet sets apart; read glued, "20228:23" is no date. Only a time
    opening an element right where its previous sibling, an element that holds text, ends: other
    digits split by markup (``1234<wbr>5678``, ``19<b>84</b>``, ``<b>19</b><b>84</b>``, a counter's
    one span per digit) stay as printed."""
    if not ("0" <= last <= "9" and _TIME_START.match(text)):
        return False
    prev = el.getprevious()
    return prev is not None and isinstance(prev.tag, str) and not prev.tail and (len(prev) > 0 or bool(prev.text))


def _is_hidden(attrs: Mapping[str, str], tag: object, el: etree._Element) -> bool:
    if "hidden" in attrs and not _STREAMED_SEGMENT.match(attrs.get("id") or ""):
        return True
    # aria-hidden hides an element, except the visual copy of a text that a screen-reader
    # element beside it repeats ("<span aria-hidden>Title</span><span class=sr-only>Title</span>"):
    # a reader sees that copy. An icon's ligature name ("<i class=material-icons>share</i>") is no text.
    if (
        attrs.get("aria-hidden") == "true"
        and tag not in _ARIA_HIDDEN_IGNORED
        and (ICON.search(attrs.get("class") or "") or not _has_screen_reader_twin(el))
    ):
        return True
    style = attrs.get("style")
    return _hidden_by_style(style) and not _wraps_page(el) if style else False


def _hidden_by_style(style: str) -> bool:
    """An inline style that hides the element."""
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def _wraps_page(el: etree._Element) -> bool:
    """``el`` holds the whole page: it is the only element that shows anything under ``<body>``,
    with no text beside it, itself or through a few wrappers that hold nothing else (see
    ``PAGE_WRAPPER_REACH``). At most ``PAGE_WRAPPER_MAX_SIBLINGS`` children are read per level."""
    chain = [el]
    for _ in range(PAGE_WRAPPER_REACH + 1):
        if chain[-1].tag in ("body", "html"):
            break
        parent = chain[-1].getparent()
        if parent is None:
            return False
        chain.append(parent)
    else:
        return False
    for child, parent in pairwise(chain):
        if parent.text and not parent.text.isspace():
            return False
        # lxml counts children by walking them: read one past the bound instead of len(parent).
        siblings = list(islice(parent, PAGE_WRAPPER_MAX_SIBLINGS + 1))
        if len(siblings) > PAGE_WRAPPER_MAX_SIBLINGS:
            return False
        for sibling in siblings:
            if sibling.tail and not sibling.tail.isspace():
                return False
            if sibling is not child and isinstance(sibling.tag, str) and sibling.tag not in _SHOWING_NOTHING:
                return False
    return True


# The closed panels of tabs and accordions: a page prints every panel but the open one hidden
# (``hidden``, ``aria-hidden``, ``display:none``) and a reader opens each with a click, so a panel's
# text is the page's when it reads like the page's text. A panel is an element with the role of a
# tab's panel, or one a control names as what it shows (aria-controls; a tab's or a toggle's
# ``href="#id"`` or ``data-target``, as the common front-end kits write tabs without ARIA), or a
# tab pane by its class that a link of the page points at (``href="#id"``, the kits' tab list).
PANEL_ROLE = "tabpanel"
PANE_CLASS_WORDS = frozenset(("tab-pane", "tabpane", "tab-panel", "tab-content-pane"))
# Controls that name the element they open by a link or a target (``data-toggle="tab"``, Bootstrap's
# ``data-bs-toggle="collapse"``), and the attributes they name it in.
_PANEL_TOGGLES = frozenset(("tab", "pill", "collapse"))
_PANEL_TARGET_ATTRS = ("href", "data-target", "data-bs-target")
# What a control may show that holds no text of the page: a menu, a dialog, a drop-down list.
_NOT_PANEL_TAGS = frozenset(("nav", "dialog", "menu", "select", "form", "ul", "ol"))
_NOT_PANEL_ROLES = frozenset(("menu", "menubar", "dialog", "alertdialog", "navigation", "listbox", "search", "tooltip"))
# A panel in the page's header, footer, navigation or a side box belongs to the site's chrome (a
# mega-menu's tabs, a footer's accordion of links, a cart drawer), not to the page's content.
_CHROME_TAGS = frozenset(("header", "footer", "nav", "aside", "dialog", "menu"))
_CHROME_ROLES = frozenset(("banner", "contentinfo", "navigation", "complementary", "dialog", "alertdialog", "menu"))
# A panel is read when it holds prose: this many words at least, sentences (a closed panel of
# labels or a list of links is a menu), ...
PANEL_MIN_WORDS = 12
PANEL_MIN_SENTENCE_ENDS = 1
# ... at most this share of its words in links (a panel of links is navigation) ...
PANEL_MAX_LINK_SHARE = 0.3
# ... and text that the page does not print elsewhere: a page that lays out its content twice (a
# mobile copy in closed panels beside the desktop one) shows it once. A piece of text of this many
# characters or more is compared; a panel is a copy when this share of its compared text is
# printed elsewhere on the page too.
PANEL_COPY_MIN_CHARS = 25
PANEL_COPY_SHARE = 0.5
# Closed elements looked at per page: each look reads the element's text and its ancestors once, so
# a bound keeps a page of thousands of nested hidden boxes linear.
PANEL_MAX_LOOKS = 64
# A sentence's end: a stop after a word, then a space, the end, or the next sentence's capital where
# markup sets two paragraphs apart ("...end.</p><p>Next").
_PANEL_SENTENCE_END = re.compile(r"\w[.!?…。！？][\"'”’»)\]]*(?=\s|$|[A-Z])")


class _Panels:
    """The closed panels of one page that are read (see ``PANEL_ROLE``); made per walk, it reads
    the page once at the first closed element that may be a panel, not before."""

    __slots__ = ("_counts", "_ids", "_linked", "_looks", "top")

    def __init__(self, top: etree._Element) -> None:
        self.top = top
        self._ids: frozenset[str] | None = None
        self._linked: frozenset[str] = frozenset()
        self._counts: dict[str, int] | None = None
        self._looks = 0

    def reads(self, el: etree._Element) -> bool:
        """Whether the hidden element ``el`` is a closed panel whose text the page shows: prose, not
        printed elsewhere, not in the site's chrome. (A hidden box whose one child is a panel stays
        hidden: a shop folds its shipping terms and questions beside the product so, in one box.)"""
        if self._looks >= PANEL_MAX_LOOKS:
            return False
        if not self._is_panel(el):
            return False
        self._looks += 1
        return not _in_chrome(el) and self._holds_own_prose(el)

    def _is_panel(self, el: etree._Element) -> bool:
        role = el.get("role")
        if el.tag in _NOT_PANEL_TAGS or role in _NOT_PANEL_ROLES:
            return False
        if role == PANEL_ROLE:
            return True
        ident = el.get("id")
        if not ident:
            return False
        if self._ids is None:
            self._ids, self._linked = _panel_ids(self.top)
        if ident in self._ids:
            return True
        return ident in self._linked and not PANE_CLASS_WORDS.isdisjoint((el.get("class") or "").lower().split())

    def _holds_own_prose(self, el: etree._Element) -> bool:
        pieces, linked = _shown_pieces(el)
        # Pieces joined as printed: inline markup splits no word and no sentence from its stop.
        text = "".join(pieces)
        # Counted piece by piece: a count reads a bounded head of its text, and a panel may be long.
        total = sum(word_count(piece) for piece in pieces)
        link_words = sum(word_count(piece) for piece in linked)
        if (
            total < PANEL_MIN_WORDS
            or link_words > PANEL_MAX_LINK_SHARE * total
            or len(_PANEL_SENTENCE_END.findall(text)) < PANEL_MIN_SENTENCE_ENDS
        ):
            return False
        if self._counts is None:
            self._counts = _piece_counts(self.top)
        counts = self._counts
        compared = copied = 0
        for piece in pieces:
            key = " ".join(piece.split())
            if len(key) >= PANEL_COPY_MIN_CHARS:
                compared += len(key)
                if counts.get(key, 0) > 1:
                    copied += len(key)
        return copied <= PANEL_COPY_SHARE * compared if compared else True


def _shown_pieces(el: etree._Element) -> tuple[list[str], list[str]]:
    """The text pieces a reader sees once the panel ``el`` opens, in order (what stays hidden inside
    it, scripts and comments left out), and those of them inside links."""
    pieces: list[str] = [el.text] if el.text else []
    linked: list[str] = list(pieces) if el.tag == "a" else []
    # Each entry: the children still to read, whether they sit in a link, and the tail printed
    # after them (the tail of the element they belong to) with its own link state.
    stack: list[tuple[Iterator[etree._Element], bool, str | None, bool]] = [(iter(el), el.tag == "a", None, False)]
    while stack:
        children, in_link, _, _ = stack[-1]
        child = next(children, None)
        if child is None:
            _, _, tail, tail_in_link = stack.pop()
            if tail:
                pieces.append(tail)
                if tail_in_link:
                    linked.append(tail)
            continue
        tag = child.tag
        if (
            not isinstance(tag, str)
            or tag in SKIP_TAGS
            or (not _HIDING_ATTRS.isdisjoint(child.keys()) and _is_hidden(dict(child.items()), tag, child))
        ):
            if child.tail:
                pieces.append(child.tail)
                if in_link:
                    linked.append(child.tail)
            continue
        child_in_link = in_link or tag == "a"
        if child.text:
            pieces.append(child.text)
            if child_in_link:
                linked.append(child.text)
        stack.append((iter(child), child_in_link, child.tail, in_link))
    return pieces, linked


def _in_chrome(el: etree._Element) -> bool:
    """``el`` or an ancestor is the page's header, footer, navigation or a side box."""
    node: etree._Element | None = el
    while node is not None:
        if node.tag in _CHROME_TAGS or node.get("role") in _CHROME_ROLES:
            return True
        node = node.getparent()
    return False


# The attributes ``_panel_ids`` reads, found by lxml in C, each query a plain attribute step (a
# predicate over several attributes of every element costs libxml2 three times as much; a pass over
# every element in Python, five times).
_PANEL_CONTROLS_XPATH = " | ".join(
    f"descendant-or-self::*/{step}"
    for step in ("@aria-controls", "@href[starts-with(., '#')]", "@role[. = 'tab']", "@data-toggle", "@data-bs-toggle")
)


def _panel_ids(top: etree._Element) -> tuple[frozenset[str], frozenset[str]]:
    """The ids that the page's controls name as what they show (see ``PANEL_ROLE``), and the ids
    that any of its links point at (``href="#id"``)."""
    ids: set[str] = set()
    linked: set[str] = set()
    controls: set[etree._Element] = set()
    for value in top.xpath(_PANEL_CONTROLS_XPATH):
        # Each value is an attribute's: lxml's string knows its name and its element.
        name = getattr(value, "attrname", None)
        if name == "aria-controls":
            ids.update(str(value).split())
        elif name == "href":
            if len(value) > 1:
                linked.add(str(value)[1:])
        else:
            el = value.getparent()
            if el is not None:
                controls.add(el)
    for el in controls:
        attrs = el.attrib
        if attrs.get("role") == "tab" or (attrs.get("data-toggle") or attrs.get("data-bs-toggle")) in _PANEL_TOGGLES:
            for target_attr in _PANEL_TARGET_ATTRS:
                target = attrs.get(target_attr)
                if target and target.startswith("#") and len(target) > 1:
                    ids.add(target[1:])
    return frozenset(ids), frozenset(linked)


def _piece_counts(top: etree._Element) -> dict[str, int]:
    """How often each piece of text (an element's text or tail, whitespace folded) of at least
    ``PANEL_COPY_MIN_CHARS`` characters is printed on the page."""
    counts: dict[str, int] = {}
    for node in top.iter():
        for piece in (node.text if isinstance(node.tag, str) else None, node.tail):
            if piece and len(piece) >= PANEL_COPY_MIN_CHARS:
                key = " ".join(piece.split())
                if len(key) >= PANEL_COPY_MIN_CHARS:
                    counts[key] = counts.get(key, 0) + 1
    return counts


def _has_screen_reader_twin(el: etree._Element) -> bool:
    """A sibling next to ``el`` holds text for screen readers only (the accessible copy of it)."""
    return any(
        sibling is not None
        and isinstance(sibling.tag, str)
        and not OFFSCREEN.isdisjoint((sibling.get("class") or "").lower().split())
        for sibling in (el.getnext(), el.getprevious())
    )


def _holds_page(button: etree._Element) -> bool:
    """A ``<button>`` that the HTML parser left open over the page (see ``BUTTON_MAX_ELEMENTS``)."""
    return next(islice(button.iter(), BUTTON_MAX_ELEMENTS, None), None) is not None


def _read_button(button: etree._Element) -> bool:
    """A ``<button>`` whose content is read: one the parser left open over the page, or a writer's
    name after "By" (see ``CREDIT_BUTTON_LEVELS``)."""
    return _holds_page(button) or _credit_button(button)


def _credit_button(button: etree._Element, depth: int = 0) -> bool:
    """The text a reader sees right before ``button`` ends with a "by" word, or with a comma or an
    "and" after such a button (the next writer of the list), and the button's own text is a short
    line of a few elements at most."""
    if next(islice(button.iter(), CREDIT_LABEL_MAX_ELEMENTS, None), None) is not None:
        return False
    label = "".join(button.itertext())
    if not label.strip() or len(label) > BARE_CREDIT_MAX_CHARS:
        return False
    el = button
    for _ in range(CREDIT_BUTTON_LEVELS):
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            # A comment or a processing instruction prints nothing but its tail.
            if (before.tail or "").strip():
                break
            before = before.getprevious()
        if before is not None:
            text = before.tail or ""
            if not text.strip():
                if next(islice(before.iter(), CREDIT_LABEL_MAX_ELEMENTS, None), None) is not None:
                    return False
                text = "".join(before.itertext())
            return _ends_with_credit_label(text) or (
                depth < CREDIT_BUTTON_LIST and _after_credit_button(before, text, depth)
            )
        parent = el.getparent()
        if parent is None:
            return False
        if parent.text and parent.text.strip():
            return _ends_with_credit_label(parent.text)
        el = parent
    return False


def _ends_with_credit_label(text: str) -> bool:
    """The text's last piece (after a separator or a sentence) is a credit's label (see
    ``CREDIT_LABEL_MAX_WORDS``)."""
    label = _LABEL_PIECES.split(text)[-1].strip()
    return len(label.split()) <= CREDIT_LABEL_MAX_WORDS and CREDIT_BUTTON_LABEL.fullmatch(label) is not None


def _after_credit_button(before: etree._Element, text: str, depth: int) -> bool:
    """``text``, printed by or after ``before``, ends with a joining word or sign, and the last
    button of ``before`` is a writer's: "By <button>Jo Lee</button>, <button>Sam Roe</button>"."""
    if _LIST_JOINER.search(text) is None:
        return False
    buttons = [b for b in before.iter() if b.tag == "button"]
    return bool(buttons) and _credit_button(buttons[-1], depth + 1)


# What joins two writers' buttons in a list: a comma, "&", "and" and its like.
_LIST_JOINER = re.compile(r"(?:,|&|\b(?:and|und|et|y|e|i|en))\s*$", re.IGNORECASE)


# Where the last piece of the text before a button starts: a separator of a row, a sentence's end.
_LABEL_PIECES = re.compile(r"[|•·—–]|(?<=[.!?])\s")


def _tag_kind(raw: object) -> tuple[str, int]:
    """An element's tag name as the walk knows it (lower case, no namespace) and its kind."""
    known = _KNOWN_TAGS.get(raw)
    if known is not None:
        return known
    if not isinstance(raw, str):  # an entity reference
        return "", _INLINE
    # XHTML trees handed in by callers carry the namespace in every tag.
    name = (raw.rsplit("}", 1)[-1] if "}" in raw else raw).lower()
    return name, _kind(name)


@bounded_memo(CLASS_CACHE_SIZE, CLASS_CACHE_MAX_CHARS)
def _class_words(cls: str) -> tuple[tuple[str, ...], str, bool]:
    """A class attribute's tokens (topic labels left out), them joined, and whether it hides the element."""
    words = cls.lower().split()
    tokens = tuple(t for t in words if not TAXONOMY.match(t))
    return tokens, " ".join(tokens), not OFFSCREEN.isdisjoint(words)


# ``markup.classify``, remembered across pages for the class strings sites repeat.
_classify = bounded_memo(CLASS_CACHE_SIZE, CLASS_CACHE_MAX_CHARS)(classify)


class _Named(IntTable[_V]):
    """Per element number, a record of its class/id names: a table of machine ints into the page's
    distinct records (0: none), not a dict (see :class:`IntTable`)."""

    __slots__ = ("_records",)

    def __init__(self, ids: array[int], records: list[_V]) -> None:
        super().__init__(ids, 0)
        self._records = records

    @overload
    def get(self, ident: int, /) -> _V | None: ...
    @overload
    def get(self, ident: int, default: _V, /) -> _V: ...
    @overload
    def get(self, ident: int, default: _T, /) -> _V | _T: ...
    def get(self, ident: int, default: object = None, /) -> object:
        ids = self._keys
        if type(ident) is int and 0 <= ident < len(ids):
            record = ids[ident]
            if record:
                return self._records[record - 1]
        return default

    def _pairs(self) -> Iterator[tuple[int, _V]]:
        records = self._records
        return ((ident, records[record - 1]) for ident, record in enumerate(self._keys) if record)


class _PerElement(Mapping[int, _V], Generic[_K, _V]):
    """Per block-level element, a value worked out from what the walk recorded of it, when first
    read and once per distinct record (class strings repeat across a page).

    Most named elements hold no text block, and nothing reads their values.
    """

    def __init__(self, records: Mapping[int, _K], memo: dict[_K, _V], derive: Callable[[_K], _V]) -> None:
        self._records = records
        self._memo = memo
        self._derive = derive

    def __getitem__(self, ident: int) -> _V:
        record = self._records[ident]
        value = self._memo.get(record)
        if value is None:
            value = self._memo[record] = self._derive(record)
        return value

    # Mapping.get would raise and catch KeyError for every element without names.
    @overload
    def get(self, ident: int, /) -> _V | None: ...
    @overload
    def get(self, ident: int, default: _V, /) -> _V: ...
    @overload
    def get(self, ident: int, default: _T, /) -> _V | _T: ...
    def get(self, ident: int, default: object = None, /) -> object:
        # Inlined __getitem__: the segment rules call this for every ancestor of many blocks.
        record = self._records.get(ident)
        if record is None:
            return default
        value = self._memo.get(record)
        if value is None:
            value = self._memo[record] = self._derive(record)
        return value

    def __contains__(self, ident: object) -> bool:
        return ident in self._records

    def __iter__(self) -> Iterator[int]:
        return iter(self._records)

    def _pairs(self) -> Iterator[tuple[int, _V]]:
        memo, derive = self._memo, self._derive
        for ident, record in self._records.items():
            value = memo.get(record)
            if value is None:
                value = memo[record] = derive(record)
            yield ident, value

    # Iterated by pages' features over every named element: one pass over the records, no lookups.
    def items(self) -> PairsView[_V]:
        return PairsView(self, self._pairs)

    def values(self) -> PairValuesView[_V]:
        return PairValuesView(self, self._pairs, self._values if isinstance(self._records, _Named) else None)

    def _values(self) -> Iterator[_V]:
        """The values in element number order, over a table of records: each distinct record's value
        worked out once, then the table read in C (``compress`` keeps the elements it names), not
        three generators deep an element (a page's features count the values of thousands)."""
        named = cast("_Named[_K]", self._records)
        memo, derive = self._memo, self._derive
        values: list[_V | None] = [None]
        for record in named._records:
            value = memo.get(record)
            if value is None:
                value = memo[record] = derive(record)
            values.append(value)
        table = named._keys
        return compress(map(values.__getitem__, table), table)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._records)

    def __repr__(self) -> str:
        return repr(dict(self))


class _Walk:
    """The state of one walk over a tree: the open elements and the block records made so far."""

    def __init__(self) -> None:
        self.gathered = Gathered([], array("i"), array("i"), array("q"), [], bytearray(), {})
        self.elements = Elements()
        # Per open element (skipped ones are never pushed): identity, its own class/id names
        # joined (None without), its kind (_BLOCK, ...).
        self.opened: list[tuple[int, str | None, int]] = []
        # Per open element, the flags of it and its ancestors; -1 until a block needs them.
        self.open_flags: list[int] = []
        self.block_ids: list[int] = []
        self.block_tags: list[str] = []
        # Per element: 0, or 1 + the index of its class/id names (tokens, them joined) among the
        # page's distinct ones (see _Named).
        self.named: array[int] = array("i", (0,))
        self.owns: list[tuple[str, ...]] = []
        self.names_list: list[str] = []
        self.record_ids: dict[tuple[tuple[str, ...], str], int] = {}
        # Class strings repeat across a page; each is classified once.
        self.flags_of: dict[str, int] = {}
        # How many <pre> elements are open: their blocks keep the text's whitespace too.
        self.pre_depth = 0

    def _open_flags(self) -> int:
        """Flags of the innermost open element and its ancestors, classifying names not yet seen."""
        open_flags = self.open_flags
        top = len(open_flags) - 1
        flags = open_flags[top]
        if flags >= 0:
            return flags
        # Resolved entries form a prefix of the stack: an element is resolved on entry only
        # when its parent is, and resolving fills everything up to the top.
        first = top
        while first > 0 and open_flags[first - 1] < 0:
            first -= 1
        flags = open_flags[first - 1] if first else 0
        flags_of = self.flags_of
        opened = self.opened
        for k in range(first, top + 1):
            names = opened[k][1]
            if names is not None:
                own = flags_of.get(names)
                if own is None:
                    own = flags_of[names] = _classify(names)
                flags |= own
            open_flags[k] = flags
        return flags

    def emit(
        self,
        parts: list[str],
        chars: int,
        link_chars: int,
        bold_chars: int,
        links: list[Link],
        marks: set[str],
        datetime: str | None,
    ) -> None:
        """Close the text gathered so far into a block record, if it holds any."""
        text = " ".join("".join(parts).split())
        if not text:
            return
        gathered = self.gathered
        if self.opened:
            gathered.flags.append(self._open_flags())
            gathered.tops.append(self.opened[-1][0])
        else:
            gathered.flags.append(0)
            gathered.tops.append(0)
        gathered.holders.append(self.block_ids[-1] if self.block_ids else 0)
        # The literals are shared objects, not a float per block: most blocks have no link.
        gathered.densities.append(0.0 if not link_chars else 1.0 if link_chars >= chars else link_chars / chars)
        gathered.bold.append(bold_chars >= 0.9 * chars)
        preformatted = _preformatted("".join(parts)) if self.pre_depth else None
        if links or marks or datetime is not None or preformatted is not None:
            gathered.extras[len(gathered.texts)] = (
                tuple(links),
                frozenset(marks) if marks else _NO_MARKS,
                datetime,
                preformatted,
            )
        gathered.texts.append(text)

    def run(self, top: etree._Element) -> None:
        # One loop with the hot state in locals: per-element method calls and attribute
        # lookups were most of the cost of building blocks.
        opened = self.opened
        open_flags = self.open_flags
        elements = self.elements
        el_tags, el_parents, el_uppers = elements.tags, elements.parents, elements.uppers
        el_depths, el_ends = elements.depths, elements.ends
        block_ids = self.block_ids
        block_tags = self.block_tags
        named_ids, owns, names_list, record_ids = self.named, self.owns, self.names_list, self.record_ids
        emit = self.emit
        class_words: dict[str, tuple[tuple[str, ...], str, bool]] = {}
        panels = _Panels(top)
        tag_kinds = dict(_KNOWN_TAGS)
        next_id = 1
        # The text gathered for the block element currently open.
        parts: list[str] = []
        chars = link_chars = bold_chars = 0
        # Whether the parts hold more than whitespace, i.e. would make a block.
        visible = False
        links: list[Link] = []
        marks: set[str] = set()
        datetime: str | None = None
        br_run = 0
        # The link being read, and the text inside it so far.
        link_href: str | None = None
        link_parts: list[str] = []
        bold_depth = 0
        skipped = False
        walker = etree.iterwalk(top, events=("start", "end", "comment", "pi"))
        for event, el in walker:
            # The text read below starts at an element's edge (not after a comment).
            seam = True
            # The element whose own text is read below (None: a tail, after an element's end).
            opening: etree._Element | None = None
            if event == "start":
                raw = el.tag
                known = tag_kinds.get(raw)
                if known is None:
                    known = tag_kinds[raw] = _tag_kind(raw)
                tag, kind = known
                if (kind == _SKIP and not (tag == "button" and _read_button(el))) or (
                    tag == "noscript" and block_tags and block_tags[-1] in HEADING_TAGS
                ):
                    walker.skip_subtree()
                    skipped = True
                    continue
                items = el.items()
                attrs: dict[str, str] = dict(items) if items else {}
                own: tuple[str, ...] = ()
                names: str | None = None
                if attrs:
                    if not _HIDING_ATTRS.isdisjoint(attrs) and _is_hidden(attrs, raw, el) and not panels.reads(el):
                        walker.skip_subtree()
                        skipped = True
                        continue
                    cls = attrs.get("class")
                    if cls:
                        words = class_words.get(cls)
                        if words is None:
                            words = class_words[cls] = _class_words(cls)
                        if words[2]:
                            walker.skip_subtree()
                            skipped = True
                            continue
                        own = words[0]
                        names = words[1]
                    ident_attr = attrs.get("id")
                    if ident_attr:
                        lowered = ident_attr.lower()
                        own += (lowered,)
                        names = f"{names} {lowered}" if names else lowered
                    if not own:
                        names = None
                    elif tag in TEMPLATE_TAGS:
                        # "" (no flags), not None: the element's words stay in element_tokens.
                        names = template_names(own) or ""
                flags = open_flags[-1] if opened else 0
                if own:
                    flags = -1
                el_tags.append(tag)
                el_parents.append(opened[-1][0] if opened else 0)
                el_uppers.append(block_ids[-1] if block_ids else 0)
                el_ends.append(0)
                if kind == _BLOCK:
                    if link_href is not None and link_parts:
                        link_parts = _split_link(links, link_parts, link_href)
                    if parts:
                        if visible:
                            emit(parts, chars, link_chars, bold_chars, links, marks, datetime)
                        parts = []
                        links.clear()
                        marks.clear()
                        chars = link_chars = bold_chars = br_run = 0
                        visible = False
                    elif marks:
                        marks.clear()
                    datetime = None
                    block_ids.append(next_id)
                    block_tags.append(tag)
                    el_depths.append(len(block_ids))
                    if tag == "pre":
                        self.pre_depth += 1
                    if names is not None:
                        key = (own, names)
                        record = record_ids.get(key)
                        if record is None:
                            owns.append(own)
                            names_list.append(names)
                            record = record_ids[key] = len(owns)
                        named_ids.append(record)
                    else:
                        named_ids.append(0)
                else:
                    el_depths.append(0)
                    named_ids.append(0)
                opened.append((next_id, names, kind))
                open_flags.append(flags)
                next_id += 1
                if attrs:
                    if not _MARK_ATTR_SET.isdisjoint(attrs):
                        for attr in _MARK_ATTRS:
                            value = attrs.get(attr)
                            if value:
                                for v in value.lower().split()[:4]:
                                    marks.add(f"{attr}:{v}")
                    if kind == _TIME:
                        dt_value = attrs.get("datetime")
                        if dt_value and datetime is None:
                            datetime = dt_value.strip()
                    elif kind == _LINK:
                        href = attrs.get("href")
                        if href is not None and link_href is None:
                            link_href = href.strip()
                            link_parts = []
                if kind == _BOLD:
                    bold_depth += 1
                elif kind == _BREAK:
                    br_run += 1
                    if br_run >= 2:
                        # Two line breaks in a row separate paragraphs on pages without <p>.
                        if link_href is not None and link_parts:
                            link_parts = _split_link(links, link_parts, link_href)
                        if parts:
                            if visible:
                                emit(parts, chars, link_chars, bold_chars, links, marks, datetime)
                            parts = []
                            links.clear()
                            marks.clear()
                            chars = link_chars = bold_chars = br_run = 0
                            visible = False
                        elif marks:
                            marks.clear()
                        datetime = None
                    else:
                        parts.append("\n")
                        chars += 1
                        if link_href is not None:
                            link_chars += 1
                            link_parts.append("\n")
                        if bold_depth:
                            bold_chars += 1
                opening = el
                text = el.text
            elif event == "end":
                if skipped:
                    # The end of a skipped element: only its tail is visible.
                    skipped = False
                else:
                    ident, _, kind = opened[-1]
                    el_ends[ident] = next_id - 1
                    if kind == _LINK:
                        if link_href is not None:
                            link_text = " ".join("".join(link_parts).split())
                            if link_text:
                                links.append(Link(text=link_text, href=link_href))
                            link_href = None
                            link_parts = []
                    elif kind == _BOLD and bold_depth:
                        bold_depth -= 1
                    if kind == _BLOCK:
                        # Flushed while the element is still open, so the block carries its own class names.
                        if link_href is not None and link_parts:
                            link_parts = _split_link(links, link_parts, link_href)
                        if parts:
                            if visible:
                                emit(parts, chars, link_chars, bold_chars, links, marks, datetime)
                            parts = []
                            links.clear()
                            marks.clear()
                            chars = link_chars = bold_chars = br_run = 0
                            visible = False
                        elif marks:
                            marks.clear()
                        datetime = None
                        block_ids.pop()
                        if block_tags.pop() == "pre":
                            self.pre_depth -= 1
                    opened.pop()
                    open_flags.pop()
                text = el.tail
            else:
                text = el.tail
                seam = False
            if text:
                if (
                    seam
                    and parts
                    and block_tags
                    and (
                        (block_tags[-1] in HEADING_TAGS and _glued(parts[-1][-1], text[0]))
                        or (opening is not None and _digits_apart(parts[-1][-1], text, opening))
                    )
                ):
                    # Not counted in the block's length: only the words are set apart.
                    parts.append(" ")
                    if link_href is not None:
                        link_parts.append(" ")
                if not text.isspace():
                    visible = True
                    br_run = 0
                parts.append(text)
                n = len(text)
                chars += n
                if link_href is not None:
                    link_chars += n
                    link_parts.append(text)
                if bold_depth:
                    bold_chars += n
        if visible:
            emit(parts, chars, link_chars, bold_chars, links, marks, datetime)


def _preformatted(raw: str) -> str:
    """Preformatted text as a reader sees it: its lines and indentation, without the blank
    lines and trailing spaces around them."""
    lines = [line.rstrip() for line in raw.splitlines()]
    first = next((k for k, line in enumerate(lines) if line), len(lines))
    while len(lines) > first and not lines[-1]:
        lines.pop()
    return "\n".join(lines[first:])


def _split_link(links: list[Link], link_parts: list[str], href: str) -> list[str]:
    """A link that wraps block elements (a card's <a> around <h3> and <p>) is recorded on each
    block it holds text in, with that block's part of its text; returns the emptied parts."""
    part = " ".join("".join(link_parts).split())
    if part:
        links.append(Link(text=part, href=href))
    return []


class Gathered(NamedTuple):
    """What a walk keeps of each block while the tree is alive, in machine arrays where it can.

    The blocks are made of these records once the tree is freed (:func:`python_build`), so the
    tree and the blocks are never held at once: on a page of tiny blocks each is ~10 times the
    page's size. Per block, in order:
    """

    texts: list[str]
    # The innermost block-level element holding the block (0: none), and the innermost element.
    holders: array[int]
    tops: array[int]
    # ``markup.F_*`` flags of the innermost element and its ancestors.
    flags: array[int]
    # The link density: the shared 0.0 and 1.0 of most blocks, or their own float.
    densities: list[float]
    bold: bytearray
    # Per block with any: its links, marks, machine-readable date and preformatted text.
    extras: dict[int, tuple[tuple[Link, ...], frozenset[str], str | None, str | None]]


class Walked(NamedTuple):
    """What a walk over a tree yields, the same from both walks."""

    gathered: Gathered
    elements: Elements
    # Per block-level element with class/id names: its tokens (a set when read, see _PerElement).
    element_own: Mapping[int, tuple[str, ...]]
    # Per block-level element with class/id names: them joined (classified when read).
    element_names: Mapping[int, str]
    # Per class/id string classified during the walk: its flags.
    flags_of: dict[str, int]


def python_walk(top: etree._Element) -> Walked:
    """The pure-Python walk over the tree under ``top``."""
    walk = _Walk()
    walk.run(top)
    return Walked(
        walk.gathered,
        walk.elements,
        _Named(walk.named, walk.owns),
        _Named(walk.named, walk.names_list),
        walk.flags_of,
    )


_NO_EXTRAS: tuple[tuple[Link, ...], frozenset[str], str | None, str | None] = ((), _NO_MARKS, None, None)


def python_build(gathered: Gathered, elements: Elements) -> list[Block]:
    """The blocks of a walk's records; blocks with the same holder (innermost element) share one
    :class:`Ancestors` (:class:`TagPath`) view."""
    chains: dict[int, Ancestors] = {}
    paths: dict[int, TagPath] = {}
    tags, depths = elements.tags, elements.depths
    extras = gathered.extras
    holders, tops, n = gathered.holders, gathered.tops, len(gathered.texts)
    # Checked as the compiled build checks them, so both builders fail alike on records that are
    # not this walk's (zip would cut them short; a negative number would read from the end).
    if any(len(column) != n for column in (holders, tops, gathered.flags, gathered.densities, gathered.bold)):
        raise ValueError("the records of a walk differ in length")
    count = len(tags)
    if n and (min(holders) < 0 or min(tops) < 0 or max(holders) >= count or max(tops) >= count or len(depths) < count):
        raise ValueError("the records of a walk name elements the walk did not open")
    blocks: list[Block] = []
    for index, (text, holder, top, flags, density, bold) in enumerate(
        zip(gathered.texts, gathered.holders, gathered.tops, gathered.flags, gathered.densities, gathered.bold)
    ):
        path: TagPath | tuple[()] = ()
        if top:
            path = paths.get(top) or paths.setdefault(top, TagPath(elements, top))
        ancestors: Ancestors | tuple[()] = ()
        if holder:
            ancestors = chains.get(holder) or chains.setdefault(holder, Ancestors(elements, holder, depths[holder]))
        links, marks, datetime, preformatted = extras.get(index, _NO_EXTRAS)
        blocks.append(
            Block(
                index=index,
                text=text,
                tag=tags[holder] if holder else "div",
                path=path,
                link_density=density,
                links=links,
                ancestors=ancestors,
                bold=bool(bold),
                marks=marks,
                datetime=datetime,
                flags=flags,
                preformatted=preformatted,
            )
        )
    return blocks


# Set to a non-empty value, the pure-Python walk is used even where the compiled one is built.
PURE_WALK_ENV = "NEWSPARSE_PURE_WALK"


Build = Callable[[Gathered, Elements], list[Block]]


def _load_compiled() -> tuple[Callable[[etree._Element], Walked | None] | None, Build | None, str]:
    """The compiled walk and block builder when they can be used here, and a note that says why (not)."""
    if os.environ.get(PURE_WALK_ENV):
        return None, None, f"{PURE_WALK_ENV} is set"
    if importlib.util.find_spec(f"{__package__}._walk") is None:
        # Importing it anyway would fail with Python's message for a circular import, which misleads.
        return (
            None,
            None,
            (
                f"the compiled walk is not built in {Path(__file__).parent} "
                "(pip install . builds it; a source tree needs pip install -e . or python setup.py build_ext --inplace)"
            ),
        )
    try:
        from . import _walk  # type: ignore[attr-defined]
    except Exception as exc:  # built for another Python or lxml ABI
        return None, None, f"the compiled walk cannot be loaded ({type(exc).__name__}: {exc})"
    source = Path(__file__).with_name("_walk.pyx")
    if (
        source.is_file()
        and _walk.SOURCE_SHA256
        and hashlib.sha256(source.read_bytes()).hexdigest() != _walk.SOURCE_SHA256
    ):
        # A source tree whose compiled walk predates its source: rebuild (pip install -e .).
        return None, None, "the compiled walk was built from an older _walk.pyx"
    problem = _walk.bind(_module())
    if problem is not None:
        return None, None, f"the compiled walk does not fit: {problem}"
    compiled: Callable[[etree._Element], tuple[object, ...] | None] = _walk.walk

    def walk(top: etree._Element) -> Walked | None:
        walked = compiled(top)
        if walked is None:
            return None
        named = walked[8]
        return Walked(
            Gathered(*walked[:7]),  # type: ignore[arg-type]
            walked[7],  # type: ignore[arg-type]
            _Named(named, walked[9]),  # type: ignore[arg-type]
            _Named(named, walked[10]),  # type: ignore[arg-type]
            walked[11],  # type: ignore[arg-type]
        )

    build: Build = _walk.build
    return walk, build, f"compiled for lxml {_walk.BUILT_LXML} with libxml2 {_walk.BUILT_LIBXML}"


def _module() -> object:
    import sys

    return sys.modules[__name__]


compiled_walk, compiled_build, WALK_NOTE = _load_compiled()


def walk_backend() -> Literal["compiled", "python"]:
    """Which block walk this process uses: ``"compiled"`` or ``"python"`` (see ``WALK_NOTE`` for why)."""
    return "compiled" if compiled_walk is not None else "python"


# A tree of at least this many elements is followed by handing the C heap's free pages back to the
# system once it is freed (glibc only): the blocks are Python objects in memory of their own, so
# without it the freed tree (~250 bytes an element) stays resident under them. A smaller tree's
# memory is better left for the next page's parse to reuse than given back page after page.
RELEASE_MIN_ELEMENTS = 20_000


def _load_release() -> Callable[[], None]:
    """glibc's ``malloc_trim(0)``, or a no-op where the C library has none."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except Exception:  # not glibc, or no C library to load: nothing to hand back that way
        return lambda: None
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int

    def release() -> None:
        trim(0)

    return release


# Loaded on the first large tree: ctypes is not worth importing for pages that never need it.
_release: list[Callable[[], None]] = []


def _release_freed_memory() -> None:
    if not _release:
        _release.append(_load_release())
    _release[0]()


def tree_to_page(root: etree._Element, *, pure: bool = False) -> Page:
    """Turn a parsed HTML tree into blocks plus metadata hints, reading it once.

    The blocks are made after the last reference this function holds to the tree is dropped: a
    tree the caller holds no reference to is freed first (see :class:`Gathered`). ``pure`` takes
    the pure-Python walk even where the compiled one is in use (the tests compare the two pages).
    """
    body = root.find("body") if root.tag == "html" else None
    top = body if body is not None else root
    walked = compiled_walk(top) if compiled_walk is not None and not pure else None
    build = compiled_build if walked is not None and compiled_build is not None else python_build
    if walked is None:
        # Not built, or a tree the compiled walk leaves to this one (namespaces, entities).
        walked = python_walk(top)
    hints = extract_hints(root)
    del root, body, top
    if len(walked.elements) >= RELEASE_MIN_ELEMENTS:
        _release_freed_memory()
    return Page(
        blocks=tuple(build(walked.gathered, walked.elements)),
        hints=hints,
        is_html=True,
        element_tokens=_PerElement(walked.element_own, {}, frozenset),
        element_tags=BlockTags(walked.elements),
        element_flags=_PerElement(walked.element_names, walked.flags_of, _classify),
        elements=walked.elements,
    )
