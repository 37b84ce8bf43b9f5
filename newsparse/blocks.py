"""The common form that HTML pages and text dumps are both turned into.

A page becomes an ordered tuple of :class:`Block` (one per visible text block)
plus :class:`Hints` (what the page says about itself in metadata). Every segment
rule reads only these two, so each rule is written once for both kinds of input.

The element tree of an HTML page is kept once per page (:class:`Elements`); a block's
``ancestors`` and ``path`` are views into it, not copies: a block nested in 2,000
elements costs what a block nested in two does.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, ItemsView, Iterator, Mapping, Sequence, ValuesView
from dataclasses import dataclass, field
from typing import TypeVar, cast, overload

from .cues import text as measures

__all__ = [
    "Ancestors",
    "Block",
    "BlockTags",
    "ElementSpans",
    "Elements",
    "Hints",
    "Link",
    "Page",
    "PairValuesView",
    "PairsView",
    "TagPath",
    "common_ancestor",
    "holding_all",
    "outermost",
]

# How many containers one page remembers the flags below (see ``Page.flags_below``): the body
# rule asks about the story's few containers.
FLAGS_BELOW_CONTAINERS = 16
# How many distinct tag names one page remembers "is it on this block's path" answers for: the
# rules ask about a handful ("figure", "footer"); more would only be one page's odd queries.
TAG_MEMO_NAMES = 16

_T = TypeVar("_T")
_V = TypeVar("_V")
# The answers a tag memo keeps per element (0, unknown, is a bytearray's initial value).
_ABSENT, _HELD = 1, 2


class Elements:
    """The elements of one page's tree that the walk opened, numbered 1, 2, ... in document order.

    Per element number: its tag, its parent, its nearest block-level ancestor, how many
    block-level elements hold it (0 for an inline element) and the last number inside it.
    Numbering in document order makes "``x`` holds ``y``" the test ``x <= y <= ends[x]``.
    Filled by the walk, read-only after it. The numbers are machine ints (``array("i")``), not a
    list of int objects: ~60 bytes an element less, where a page of tiny blocks has ~40 bytes an element.
    """

    __slots__ = ("_tag_memo", "depths", "ends", "parents", "tags", "uppers")

    def __init__(self) -> None:
        # Entry 0 stands for "no element": the parent of the outermost ones.
        self.tags: list[str] = [""]
        self.parents: array[int] = array("i", (0,))
        # The nearest block-level element above each element (0 when none).
        self.uppers: array[int] = array("i", (0,))
        # Block-level elements holding each block-level element, itself included; 0 for inline ones.
        self.depths: array[int] = array("i", (0,))
        self.ends: array[int] = array("i", (0,))
        # Per tag name asked about: per element, whether the tag is on its path (0 not yet known,
        # _ABSENT, _HELD); a byte an element, not a dict entry (~30 bytes where a page of tiny blocks has ~40).
        self._tag_memo: dict[str, bytearray] = {}

    def __len__(self) -> int:
        return len(self.tags) - 1

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Elements):
            return NotImplemented
        return (self.tags, self.parents, self.uppers, self.depths, self.ends) == (
            other.tags,
            other.parents,
            other.uppers,
            other.depths,
            other.ends,
        )

    def __repr__(self) -> str:
        return f"Elements({len(self)} elements)"

    def holds_tag(self, ident: int, tag: str) -> bool:
        """Whether the element or one of its ancestors is a ``tag`` element (amortised O(1) per tag)."""
        memo = self._tag_memo.get(tag)
        if memo is None:
            if len(self._tag_memo) >= TAG_MEMO_NAMES:
                return self._holds_tag_walk(ident, tag)
            memo = self._tag_memo[tag] = bytearray(len(self.tags))
        elif memo[ident]:
            # Asked before: most blocks of a page are asked about the same few tags.
            return memo[ident] == _HELD
        tags, parents = self.tags, self.parents
        pending: list[int] = []
        found = _ABSENT
        while ident:
            known = memo[ident]
            if known:
                found = known
                break
            if tags[ident] == tag:
                found = memo[ident] = _HELD
                break
            pending.append(ident)
            ident = parents[ident]
        for e in pending:
            memo[e] = found
        return found == _HELD

    def _holds_tag_walk(self, ident: int, tag: str) -> bool:
        tags, parents = self.tags, self.parents
        while ident:
            if tags[ident] == tag:
                return True
            ident = parents[ident]
        return False


_MISSING = object()


class PairsView(ItemsView[int, _V]):
    """A mapping's items, iterated by the mapping's own loop over its table (``pairs``) rather than by
    a lookup per key, which costs a few Python calls an element on pages of thousands."""

    __slots__ = ("_pairs",)

    def __init__(self, mapping: Mapping[int, _V], pairs: Callable[[], Iterator[tuple[int, _V]]]) -> None:
        super().__init__(mapping)
        self._pairs = pairs

    def __iter__(self) -> Iterator[tuple[int, _V]]:
        return self._pairs()


class PairValuesView(ValuesView[_V]):
    """A mapping's values, iterated as :class:`PairsView` iterates its items, or by the mapping's
    own loop over its values (``values``) where it has one."""

    __slots__ = ("_pairs", "_values")

    def __init__(
        self,
        mapping: Mapping[int, _V],
        pairs: Callable[[], Iterator[tuple[int, _V]]],
        values: Callable[[], Iterator[_V]] | None = None,
    ) -> None:
        super().__init__(mapping)
        self._pairs = pairs
        self._values = values

    def __iter__(self) -> Iterator[_V]:
        if self._values is not None:
            return self._values()
        return (value for _, value in self._pairs())


class IntTable(Mapping[int, _V]):
    """A read-only mapping per element number over a table of machine ints, not a dict: a page of
    tiny blocks has an element per ~40 bytes of markup, and a dict entry with its int key is ~60-85
    bytes (~95-115 with an int value of its own; tracemalloc, 10^4-10^5 entries). An element whose
    entry in ``keys`` is ``absent`` has none; iterates in element number order. Subclasses give
    ``get``, the one lookup the rules call per element, without a call more."""

    __slots__ = ("_absent", "_keys", "_len")

    def __init__(self, keys: array[int], absent: int) -> None:
        self._keys = keys
        self._absent = absent
        self._len = -1

    def __getitem__(self, ident: int) -> _V:
        value = self.get(ident, _MISSING)
        if value is _MISSING:
            raise KeyError(ident)
        return cast(_V, value)

    def __contains__(self, ident: object) -> bool:
        keys = self._keys
        return type(ident) is int and 0 <= ident < len(keys) and keys[ident] != self._absent

    def __iter__(self) -> Iterator[int]:
        absent = self._absent
        return (ident for ident, key in enumerate(self._keys) if key != absent)

    def __len__(self) -> int:
        if self._len < 0:
            absent = self._absent
            self._len = sum(1 for key in self._keys if key != absent)
        return self._len

    def _pairs(self) -> Iterator[tuple[int, _V]]:
        """Every (element, value) in element number order; subclasses read their table directly."""
        return ((ident, self[ident]) for ident in self)

    def items(self) -> PairsView[_V]:
        return PairsView(self, self._pairs)

    def values(self) -> PairValuesView[_V]:
        return PairValuesView(self, self._pairs)

    def __repr__(self) -> str:
        return repr(dict(self))


class BlockTags(IntTable[str]):
    """Per block-level element number, its tag: a view of :class:`Elements`, not a table of its own
    (a page of tiny blocks would hold a dict entry and an int per element)."""

    __slots__ = ("_elements",)

    def __init__(self, elements: Elements) -> None:
        # An inline element's depth is 0, and so is entry 0's ("no element").
        super().__init__(elements.depths, 0)
        self._elements = elements

    # Mapping.get would raise and catch KeyError for every inline element asked about.
    @overload
    def get(self, ident: int, /) -> str | None: ...
    @overload
    def get(self, ident: int, default: str, /) -> str: ...
    @overload
    def get(self, ident: int, default: _T, /) -> str | _T: ...
    def get(self, ident: int, default: object = None, /) -> object:
        el = self._elements
        if type(ident) is int and 0 < ident < len(el.tags) and el.depths[ident]:
            return el.tags[ident]
        return default

    def _pairs(self) -> Iterator[tuple[int, str]]:
        tags = self._elements.tags
        return ((ident, tags[ident]) for ident, depth in enumerate(self._keys) if depth)


class Ancestors(Sequence[int]):
    """The block-level elements holding a block, outermost first, as a view into :class:`Elements`.

    Reads like the tuple it stands for; membership, ``len``, ``index`` and the last
    entries cost O(1) or O(k), not O(depth). A view may also be a run of the chain
    (``inner`` and the ``length - 1`` elements above it) or that run reversed.
    """

    __slots__ = ("_elements", "_inner", "_length", "_reverse")

    def __init__(self, elements: Elements, inner: int, length: int, reverse: bool = False) -> None:
        self._elements = elements
        self._inner = inner
        self._length = length
        self._reverse = reverse

    def __len__(self) -> int:
        return self._length

    def _up(self, ident: int, steps: int) -> int:
        uppers = self._elements.uppers
        for _ in range(steps):
            ident = uppers[ident]
        return ident

    def _inner_first(self) -> Iterator[int]:
        uppers = self._elements.uppers
        ident = self._inner
        for _ in range(self._length):
            yield ident
            ident = uppers[ident]

    def _outer_first(self) -> Iterator[int]:
        chain = list(self._inner_first())
        chain.reverse()
        return iter(chain)

    def __iter__(self) -> Iterator[int]:
        return self._inner_first() if self._reverse else self._outer_first()

    def __reversed__(self) -> Iterator[int]:
        return self._outer_first() if self._reverse else self._inner_first()

    def __contains__(self, value: object) -> bool:
        if type(value) is not int:
            # Not an element number as the walk makes them (a bool, 1.0): compared as a tuple would.
            return any(value == ident for ident in self._inner_first())
        el = self._elements
        depths = el.depths
        inner = self._inner
        return (
            0 < value <= inner
            and depths[value] > depths[inner] - self._length
            and depths[value] > 0
            and el.ends[value] >= inner
        )

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        if value not in self:
            raise ValueError(f"{value!r} is not in the ancestors")
        if type(value) is not int:
            return tuple(self).index(value, start, self._length if stop is None else stop)
        assert isinstance(value, int)
        depths = self._elements.depths
        if self._reverse:
            position = depths[self._inner] - depths[value]
        else:
            position = self._length - 1 - (depths[self._inner] - depths[value])
        first, last, _ = slice(start, stop).indices(self._length)
        if not first <= position < last:
            raise ValueError(f"{value!r} is not in the ancestors")
        return position

    def count(self, value: object) -> int:
        return 1 if value in self else 0

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        n = self._length
        if isinstance(index, slice):
            return self._slice(index)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("ancestors index out of range")
        return self._up(self._inner, index if self._reverse else n - 1 - index)

    def _slice(self, index: slice) -> Sequence[int]:
        n = self._length
        start, stop, step = index.indices(n)
        count = len(range(start, stop, step))
        if count <= 0:
            return ()
        if step == 1:
            # Positions start .. stop - 1 in this view's order.
            if self._reverse:
                return Ancestors(self._elements, self._up(self._inner, start), count, True)
            return Ancestors(self._elements, self._up(self._inner, n - stop), count, False)
        if step == -1:
            # Positions start down to stop + 1: the other order.
            if self._reverse:
                return Ancestors(self._elements, self._up(self._inner, stop + 1), count, False)
            return Ancestors(self._elements, self._up(self._inner, n - 1 - start), count, True)
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Ancestors | tuple):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


class TagPath(Sequence[str]):
    """The tag names of the elements holding a block, root first, as a view into :class:`Elements`.

    ``"figure" in path`` costs amortised O(1); other reads walk the path.
    """

    __slots__ = ("_elements", "_inner")

    def __init__(self, elements: Elements, inner: int) -> None:
        self._elements = elements
        self._inner = inner

    def _tags(self) -> tuple[str, ...]:
        el = self._elements
        tags, parents = el.tags, el.parents
        out: list[str] = []
        ident = self._inner
        while ident:
            out.append(tags[ident])
            ident = parents[ident]
        out.reverse()
        return tuple(out)

    def __len__(self) -> int:
        return len(self._tags())

    def __iter__(self) -> Iterator[str]:
        return iter(self._tags())

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._elements.holds_tag(self._inner, value)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._tags()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TagPath | tuple):
            return len(self) == len(other) and self._tags() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._tags())

    def __repr__(self) -> str:
        return repr(self._tags())


@dataclass(frozen=True, slots=True)
class Link:
    """An ``<a href>`` inside a block: its visible text and its href as printed."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class Block:
    """One visible block of text with the features the segment rules use.

    For a text dump each non-empty line is a block with ``tag == "line"``,
    an empty ``path`` and no links; for HTML the fields come from the tree.
    """

    index: int
    text: str
    tag: str = "line"
    # Tag names from the root to this block, e.g. ("html", "body", "article", "p").
    path: Sequence[str] = ()
    # Share of the text that sits inside links (0.0 to 1.0).
    link_density: float = 0.0
    links: tuple[Link, ...] = ()
    # The text dump had an empty line before this one.
    blank_before: bool = False
    # Identities of the block-level elements that hold this block, outermost first, itself last.
    # Two blocks share a container when they share an entry here. Identities count the page's
    # elements in document order, so an element's descendants have the identities just after its own.
    # For HTML a view (:class:`Ancestors`); membership is O(1).
    ancestors: Sequence[int] = ()
    # The whole block is bold/strong text (a lead paragraph styled as a dek).
    bold: bool = False
    # ``itemprop``/``rel``/``datetime`` style markers found on the block or inside it.
    marks: frozenset[str] = frozenset()
    # Page-area flags (``markup.F_*``) of this element and all its ancestors, from their class/id names.
    flags: int = 0
    # A machine-readable date on the block (``<time datetime>``), as printed in the attribute.
    datetime: str | None = None
    # Inside ``<pre>``: the text with its line breaks and indentation as printed (``text`` collapses them).
    preformatted: str | None = None
    # ``cues.text.word_count`` and ``cues.text.weighted_length`` of ``text``, measured once when the
    # block is made (by the walk, or here): every rule reads them, most of them for every block.
    # Not arguments, so a block copied with another text is measured anew.
    word_count: int = field(init=False)
    weighted_length: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "word_count", measures.word_count(self.text))
        object.__setattr__(self, "weighted_length", measures.weighted_length(self.text))

    @property
    def parent(self) -> int:
        """Identity of the element this block's text belongs to (0 for a text dump line)."""
        return self.ancestors[-1] if self.ancestors else 0

    @property
    def heading_level(self) -> int:
        """1 to 6 for ``<h1>``..``<h6>``, else 0."""
        if len(self.tag) == 2 and self.tag[0] == "h" and self.tag[1] in "123456":
            return int(self.tag[1])
        return 0


@dataclass(frozen=True, slots=True)
class Hints:
    """What a page's metadata says about it. Every field may be empty."""

    title: str | None = None  # <title>
    # Headline candidates from metadata, most trusted first (JSON-LD, og:title, twitter:title).
    headlines: tuple[str, ...] = ()
    description: str | None = None  # meta description / og:description / JSON-LD description
    site_name: str | None = None  # og:site_name, JSON-LD publisher name, application-name
    # Person names from JSON-LD author, meta author, itemprop=author, rel=author.
    authors: tuple[str, ...] = ()
    # Names the metadata gives as author that are the site's own name (left out of ``authors``):
    # a site credit, or the owner's name on a person's own site; the byline rule tells which.
    site_authors: tuple[str, ...] = ()
    published: str | None = None  # raw datePublished / article:published_time / ...
    modified: str | None = None
    canonical_url: str | None = None  # <link rel=canonical>, else og:url
    base_href: str | None = None  # <base href>
    language: str | None = None  # <html lang>, content-language, og:locale
    copyright_holder: str | None = None  # JSON-LD copyrightHolder
    copyright_year: int | None = None  # JSON-LD copyrightYear
    # What the page says it is: schema.org type names of its JSON-LD objects, lower-cased, in
    # order of appearance ("newsarticle", "product"), and its og:type ("article", "website").
    schema_types: tuple[str, ...] = ()
    og_type: str | None = None
    image: str | None = None  # og:image, twitter:image, JSON-LD image, <link rel=image_src>, as written
    section: str | None = None  # article:section, JSON-LD articleSection, rel="category tag"
    # article:tag, JSON-LD keywords, meta keywords, rel="tag" links: the first source that has any.
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ElementSpans:
    """The block-level elements that hold text, as the blocks' ancestor chains show them.

    ``parent`` and ``first`` list the elements in the order the blocks first show them (document order).
    """

    # Per element, the element holding it (the outermost have none).
    parent: Mapping[int, int]
    # Per element, the index of its first and of its last block.
    first: Mapping[int, int]
    last: Mapping[int, int]


class _Column(IntTable[int]):
    """Per element number, a number: a table of machine ints (an entry of ``absent`` is no entry)."""

    __slots__ = ()

    # Mapping.get would raise and catch KeyError for every element asked about without an entry.
    @overload
    def get(self, ident: int, /) -> int | None: ...
    @overload
    def get(self, ident: int, default: int, /) -> int: ...
    @overload
    def get(self, ident: int, default: _T, /) -> int | _T: ...
    def get(self, ident: int, default: object = None, /) -> object:
        values = self._keys
        if type(ident) is int and 0 <= ident < len(values):
            value = values[ident]
            if value != self._absent:
                return value
        return default

    def _pairs(self) -> Iterator[tuple[int, int]]:
        absent = self._absent
        return ((ident, value) for ident, value in enumerate(self._keys) if value != absent)


def _element_spans(blocks: Sequence[Block]) -> ElementSpans:
    elements = _elements_of(blocks)
    if elements is not None:
        return _element_spans_by_number(blocks, elements)
    parent: dict[int, int] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    new: list[int] = []
    for block in blocks:
        chain = block.ancestors
        if not chain:
            continue
        # The elements first seen here are the innermost part of the chain: walk up to a known one.
        up = 0
        for ident in reversed(chain):
            if ident in first:
                up = ident
                break
            new.append(ident)
        for ident in reversed(new):
            first[ident] = block.index
            if up:
                parent[ident] = up
            up = ident
        new.clear()
        last[chain[-1]] = block.index
    # An element ends where the last of its own blocks or of its children's does; children come
    # after their parents in document order.
    for ident in reversed(first):
        outer = parent.get(ident)
        if outer is not None and last[ident] > last.get(outer, -1):
            last[outer] = last[ident]
    return ElementSpans(parent, first, last)


def _elements_of(blocks: Sequence[Block]) -> Elements | None:
    """The element table every block's chain views (outermost first), None when a chain is not such a view."""
    elements: Elements | None = None
    for block in blocks:
        chain = block.ancestors
        if not chain:
            continue
        if type(chain) is not Ancestors or chain._reverse:
            return None
        if elements is None:
            elements = chain._elements
        elif chain._elements is not elements:
            return None
    return elements


def _element_spans_by_number(blocks: Sequence[Block], elements: Elements) -> ElementSpans:
    """:func:`_element_spans` over the page's element table: tables indexed by element number.

    Elements are numbered in document order, so the order in which the blocks first show them
    is their numbers' order, as the tables iterate.
    """
    size = len(elements) + 1
    parent = array("i", (0,)) * size
    first = array("i", (-1,)) * size
    last = array("i", (-1,)) * size
    uppers = elements.uppers
    new: list[int] = []
    for block in blocks:
        chain = block.ancestors
        if not chain:
            continue
        assert type(chain) is Ancestors
        # Up the chain by the elements' own links: most blocks stop one or two steps up.
        up = 0
        ident = chain._inner
        for _ in range(chain._length):
            if first[ident] >= 0:
                up = ident
                break
            new.append(ident)
            ident = uppers[ident]
        for ident in reversed(new):
            first[ident] = block.index
            parent[ident] = up
            up = ident
        new.clear()
        last[chain._inner] = block.index
    # Children are numbered after their parents: from the last number down, each element's end
    # is final before its parent's is read.
    for ident in range(size - 1, 0, -1):
        outer = parent[ident]
        if outer and last[ident] > last[outer]:
            last[outer] = last[ident]
    return ElementSpans(_Column(parent, 0), _Column(first, -1), _Column(last, -1))


@dataclass(frozen=True, slots=True)
class Page:
    """A page in block form: what the segment rules receive."""

    blocks: tuple[Block, ...]
    hints: Hints = Hints()
    is_html: bool = False
    # For HTML, per block-level element identity (see ``Block.ancestors``): its own
    # class/id tokens and its tag (every block-level element, with text or without: an empty
    # table cell too). Empty for text dumps.
    element_tokens: Mapping[int, frozenset[str]] = field(default_factory=dict, compare=False)
    element_tags: Mapping[int, str] = field(default_factory=dict, compare=False)
    # Per block-level element: the ``markup.F_*`` flags of its own class/id names.
    element_flags: Mapping[int, int] = field(default_factory=dict, compare=False)
    # The page's element tree that ``Block.ancestors`` and ``Block.path`` view (None for text dumps).
    elements: Elements | None = field(default=None, compare=False, repr=False)
    # Work the rules repeat on one page, done once (see :meth:`spans`).
    _memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def near_flags(self, block: Block, levels: int) -> int:
        """Flags of the block's own element and its closest ``levels - 1`` block-level ancestors.

        What a page calls an element's immediate wrapper describes it; what it calls a
        far ancestor (a page-wide "description" pane, say) does not.
        """
        flags = 0
        chain = block.ancestors
        element_flags = self.element_flags
        if levels > 0 and type(chain) is Ancestors and not chain._reverse:
            # Up the chain from the block's element: no view of its last entries to build.
            uppers = chain._elements.uppers
            ident = chain._inner
            for _ in range(min(levels, chain._length)):
                flags |= element_flags.get(ident, 0)
                ident = uppers[ident]
            return flags
        for ident in chain[-levels:]:
            flags |= element_flags.get(ident, 0)
        return flags

    def flags_below(self, block: Block, container: int) -> int:
        """Flags (``element_flags``) of the block-level elements holding the block below
        ``container``, all of them when the container does not hold the block.

        Remembered per container and element, so asking for every block of a deep page
        costs O(elements), not O(blocks x depth).
        """
        memos = self._memo.setdefault("flags_below", {})
        assert isinstance(memos, dict)
        # Per element number, its flags below the container (-1: not worked out yet).
        memo: list[int] | None = memos.get(container)
        if memo is None and self.elements is not None and len(memos) < FLAGS_BELOW_CONTAINERS:
            memo = memos[container] = [-1] * (len(self.elements) + 1)
        element_flags = self.element_flags
        flags = 0
        pending: list[int] = []
        chain = block.ancestors
        if memo is not None and type(chain) is Ancestors and not chain._reverse:
            # Up the chain by the elements' own links, stopping at the first element worked out.
            uppers = chain._elements.uppers
            ident = chain._inner
            for _ in range(chain._length):
                if ident == container:
                    break
                known = memo[ident]
                if known >= 0:
                    flags = known
                    break
                pending.append(ident)
                ident = uppers[ident]
        else:
            for ident in reversed(chain):
                if ident == container:
                    break
                if memo is not None:
                    known = memo[ident]
                    if known >= 0:
                        flags = known
                        break
                pending.append(ident)
        for ident in reversed(pending):
            flags |= element_flags.get(ident, 0)
            if memo is not None:
                memo[ident] = flags
        return flags

    def once(self, key: str, make: Callable[[Page], _T]) -> _T:
        """``make(self)``, worked out on the first call for ``key`` (a name of the caller's own)."""
        if key not in self._memo:
            self._memo[key] = make(self)
        return cast(_T, self._memo[key])

    def spans(self) -> ElementSpans:
        """Per block-level element with text: its parent and its first and last block (computed once)."""
        spans = self._memo.get("spans")
        if not isinstance(spans, ElementSpans):
            spans = self._memo["spans"] = _element_spans(self.blocks)
        return spans

    def count_in(self, ident: int, indices: Sequence[int]) -> int:
        """How many of the block ``indices`` (sorted) the element holds."""
        spans = self.spans()
        first = spans.first.get(ident)
        if first is None:
            return 0
        return bisect_right(indices, spans.last[ident]) - bisect_left(indices, first)


def common_ancestor(a: Block, b: Block) -> int | None:
    """The innermost block-level element that holds both blocks, ``None`` when none does."""
    x, y = a.ancestors, b.ancestors
    if isinstance(x, Ancestors) and isinstance(y, Ancestors) and x._elements is y._elements:
        # The innermost of a's elements that holds b too: O(levels up to it), not O(depth).
        for ident in reversed(x):
            if ident in y:
                return ident
        return None
    common = None
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        common = p
    return common


def holding_all(blocks: Sequence[Block]) -> frozenset[int]:
    """The block-level elements that hold every one of ``blocks``; O(blocks + depth) on an HTML
    page (the innermost common element moves up the chain, never down), not O(blocks x depth)."""
    if not blocks:
        return frozenset()
    first = blocks[0].ancestors
    if not isinstance(first, Ancestors) or not all(
        isinstance(b.ancestors, Ancestors) and b.ancestors._elements is first._elements for b in blocks
    ):
        common = set(first)
        for block in blocks[1:]:
            common.intersection_update(block.ancestors)
        return frozenset(common)
    uppers = first._elements.uppers
    inner = first[-1] if len(first) else 0
    for block in blocks[1:]:
        chain = block.ancestors
        while inner and inner not in chain:
            inner = uppers[inner]
    held = []
    while inner:
        held.append(inner)
        inner = uppers[inner]
    return frozenset(held)


def outermost(block: Block, among: Collection[int]) -> int | None:
    """The outermost element holding the block that is one of ``among``, ``None`` when none is."""
    chain = block.ancestors
    if isinstance(chain, Ancestors) and len(among) < len(chain):
        # A few candidates against a deep chain: O(1) membership and position per candidate.
        held = [ident for ident in among if ident in chain]
        return min(held, key=chain.index) if held else None
    return next((ident for ident in chain if ident in among), None)
