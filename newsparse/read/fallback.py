"""A tree for markup that libxml2 gives up on: nested past its depth limit.

libxml2 stops at the first element nested deeper than its limit and drops the rest
of the document. This parser reads such a page in one linear pass instead: a
tokenizer whose patterns never backtrack (every quantifier possessive, every token
consumed once), and a builder that nests elements at most ``FLAT_DEPTH`` deep and
puts anything deeper into the deepest allowed element, in order. The standard
library's tokenizer is not used: it rescans an unclosed tag from every ``<``, which
is quadratic on thousands of unclosed ``<a `` tags.
"""

from __future__ import annotations

import html
import re
import sys

import regex
from lxml import etree

__all__ = ["FLAT_DEPTH", "MAX_ATTRIBUTES", "bound_attributes", "flat_tree"]

# How deep the builder nests elements; deeper ones are flattened into this level.
FLAT_DEPTH = 512
# The attributes an element keeps; the rest of its tag is dropped before any parser sees it.
# No element of a real page carries near so many, and both libxml2 (which checks each new
# attribute against all before it) and lxml's attribute setter take time quadratic in them.
MAX_ATTRIBUTES = 256
# How far up the open elements an end tag is matched (a stray end tag must not cost O(depth)).
END_TAG_LOOKBACK = 64
# Elements that never have content or an end tag.
_VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Elements whose content is text up to their end tag, never markup (the HTML standard's raw text
# and escapable raw text elements; <noscript> is read as markup, as with scripting off).
_RAW_TAGS = frozenset(("script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"))
# Of those, the ones whose character references are decoded.
_RCDATA_TAGS = frozenset(("title", "textarea"))
# End tags that only close the document: what follows them is still shown, in the body.
_DOCUMENT_END_TAGS = frozenset(("body", "html"))
# Characters an lxml text or attribute value cannot hold (XML 1.0's excluded ones).
_NOT_XML = str.maketrans(dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))

_SPACE = r"\t\n\f\r "
_SPACES = frozenset("\t\n\f\r ")
# A start or end tag's name; the tag runs to the first ">" outside a quoted attribute value.
_TAG_START = regex.compile(rf"<(/?)([A-Za-z][^{_SPACE}/>]*+)")
_TAG_STOP = regex.compile(r"[>\"']")
_ATTRIBUTES = regex.compile(
    rf"""([^{_SPACE}/>][^{_SPACE}/=>]*+)(?:[{_SPACE}]*+=[{_SPACE}]*+("[^"]*+"?|'[^']*+'?|[^{_SPACE}>]*+))?+"""
)


# A start tag with more than MAX_ATTRIBUTES attributes, up to the end of its last one kept: every
# quantifier possessive and each attribute atomic, so a tag is passed over once (a tag with
# fewer attributes fails where they end, without backtracking).
_CROWDED_TAG = regex.compile(
    rf"""<[A-Za-z][^{_SPACE}/>]*+(?>[{_SPACE}/]*+{_ATTRIBUTES.pattern}){{{MAX_ATTRIBUTES}}}(?=[{_SPACE}/]*+[^{_SPACE}/>])"""
)


# The attributes a start tag needs before it is tried against _CROWDED_TAG. Searching a page with
# the full count costs the regex engine four times what this short one does on ordinary pages,
# and hardly any real tag has this many; a crowded tag has them first, so no tag is missed.
CROWDED_PREFIX_ATTRIBUTES = 16
_MANY_ATTRIBUTES_PATTERN = (
    rf"""<[A-Za-z][^{_SPACE}/>]*+(?>[{_SPACE}/]*+{_ATTRIBUTES.pattern}){{{CROWDED_PREFIX_ATTRIBUTES}}}"""
)
# The standard library's engine has possessive quantifiers and atomic groups from Python 3.11 (and
# fixes to them up to 3.11.5), and runs this pattern four times faster than regex; the same pattern
# gives the same matches on either (tests/test_speed.py compares them).
_MANY_ATTRIBUTES: re.Pattern[str] | regex.Pattern[str] = (
    re.compile(_MANY_ATTRIBUTES_PATTERN) if sys.version_info >= (3, 11, 5) else regex.compile(_MANY_ATTRIBUTES_PATTERN)
)


# The rest of _CROWDED_TAG after the prefix's attributes. Every attribute is matched atomically,
# so what _MANY_ATTRIBUTES matched is how _CROWDED_TAG's match starts: the tag is read on from
# there, not again from its "<", and on the standard library's engine (as above).
_CROWDED_REST_PATTERN = (
    rf"""(?>[{_SPACE}/]*+{_ATTRIBUTES.pattern}){{{MAX_ATTRIBUTES - CROWDED_PREFIX_ATTRIBUTES}}}"""
    rf"""(?=[{_SPACE}/]*+[^{_SPACE}/>])"""
)
_CROWDED_REST: re.Pattern[str] | regex.Pattern[str] = (
    re.compile(_CROWDED_REST_PATTERN) if sys.version_info >= (3, 11, 5) else regex.compile(_CROWDED_REST_PATTERN)
)


def _next_crowded(markup: str, pos: int) -> tuple[int, int] | None:
    """Where the first crowded start tag at or after ``pos`` starts and where its last attribute
    kept ends: the span of what ``_CROWDED_TAG.search`` finds."""
    while True:
        many = _MANY_ATTRIBUTES.search(markup, pos)
        if many is None:
            return None
        # Each attribute is matched atomically, so the tag passed over here is passed over again
        # once at most: linear, as the one search was.
        rest = _CROWDED_REST.match(markup, many.end())
        if rest is not None:
            return many.start(), rest.end()
        pos = many.start() + 1


def bound_attributes(markup: str) -> str:
    """``markup`` with every start tag cut to its first :data:`MAX_ATTRIBUTES` attributes.

    Every crowded tag is cut, wherever it stands, but a cut never runs past the end tag of the raw
    text element (a ``<script>``, a ``<style>``) it stands in: minified code's "i<arguments.length
    && ..." reads as a crowded tag, and cutting it up to its "first >" would eat the ``</script>``
    and join the next script (the page's JSON-LD) to the code. What looks like a raw text element
    but is none (a ``<script>`` in a comment or in an attribute's value, one never closed) only
    moves where such a cut may stop, so no crowded tag is left whole for the parser."""
    found = _next_crowded(markup, 0)
    if found is None:
        return markup
    parts: list[str] = []
    pos = 0
    raw = _RAW_START.search(markup)
    # The text of the raw element ``raw`` opens: from after its start tag to its end tag.
    text = _raw_text(markup, raw) if raw is not None else None
    while found is not None:
        start, stop = found
        while raw is not None and text is not None and text[1] <= start:
            raw = _RAW_START.search(markup, max(text[1], raw.end()))
            text = _raw_text(markup, raw) if raw is not None else None
        limit = text[1] if text is not None and text[0] <= start else len(markup)
        parts.append(markup[pos:stop])
        end = _tag_end(markup, stop)
        if end < 0 or end > limit:
            if limit == len(markup):
                return "".join(parts)  # a tag cut off by the end of the input is dropped, as browsers do
            end = limit
        pos = end
        found = _next_crowded(markup, end)
    parts.append(markup[pos:])
    return "".join(parts)


def _raw_text(markup: str, raw: re.Match[str]) -> tuple[int, int]:
    """Where the text of the raw text element opened by ``raw`` starts (after its start tag) and
    where its end tag starts; the input's end for either that never comes."""
    tag_end = _tag_end(markup, raw.end())
    if tag_end < 0:
        return len(markup), len(markup)
    close = _RAW_ENDS[raw.group(1).lower()].search(markup, tag_end + 1)
    return tag_end + 1, len(markup) if close is None else close.start()


def _tag_end(markup: str, start: int) -> int:
    """Where the tag whose attributes begin at ``start`` ends (its ">"), -1 when the input ends first.

    Each step jumps to the next ">" or quote, and a quoted value to its closing quote: every
    character is passed over once, so thousands of unclosed tags cost no more than their length.
    """
    pos = start
    while True:
        stop = _TAG_STOP.search(markup, pos)
        if stop is None:
            return -1
        at = stop.start()
        char = markup[at]
        if char == ">":
            return at
        # A quote opens a value only right after "=" (spaces between); elsewhere it is a character.
        before = at - 1
        while before >= start and markup[before] in _SPACES:
            before -= 1
        if before >= start and markup[before] == "=":
            close = markup.find(char, at + 1)
            if close < 0:
                return -1
            pos = close + 1
        else:
            pos = at + 1


def _raw_end(tag: str) -> regex.Pattern[str]:
    return regex.compile(rf"</{regex.escape(tag)}(?=[{_SPACE}/>]|\Z)", regex.IGNORECASE)


_RAW_ENDS = {tag: _raw_end(tag) for tag in _RAW_TAGS}
# The start of a raw text element's start tag, for bound_attributes to pass over its text.
_RAW_START = re.compile(rf"<({'|'.join(sorted(_RAW_TAGS))})(?=[{_SPACE}/>])", re.IGNORECASE)


def _attributes(source: str) -> list[tuple[str, str]]:
    attrs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for match in _ATTRIBUTES.finditer(source):
        if len(attrs) >= MAX_ATTRIBUTES:
            break
        name = match.group(1).lower()
        if name in seen:  # the first of two same-named attributes counts
            continue
        seen.add(name)
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
        attrs.append((name, html.unescape(value).translate(_NOT_XML)))
    return attrs


class _Builder:
    """Builds the tree from tokens; text is gathered and written once per place it goes."""

    def __init__(self) -> None:
        self.root: etree._Element = etree.Element("html")
        self.built: list[etree._Element] = [self.root]
        # Every open element, built or flattened (None), for pairing end tags.
        self.open: list[tuple[str, etree._Element | None]] = []
        self.pending: list[str] = []
        self.has_body = False
        # The names the root has: every <html> tag adds its attributes to it.
        self.root_names: set[str] = set()

    def flush(self) -> None:
        """Write the gathered text where it goes: the open element's text, or its last child's tail.
        Called only before the tree changes, so each place receives text once (appending to the
        same string again and again would be quadratic)."""
        if not self.pending:
            return
        data = "".join(self.pending)
        self.pending = []
        parent = self.built[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data

    def _set_attributes(self, el: etree._Element, attrs: list[tuple[str, str]]) -> None:
        """Set the attributes of a new element (their names are distinct): each set scans those
        before it, which MAX_ATTRIBUTES keeps short."""
        for name, value in attrs:
            try:
                el.set(name, value)
            except ValueError:  # not a valid attribute name
                continue

    def _add_root_attributes(self, attrs: list[tuple[str, str]]) -> None:
        """A later <html> tag adds the attributes the root lacks, up to MAX_ATTRIBUTES in all,
        looked up in a set: thousands of <html a1=...> tags cost linear time."""
        for name, value in attrs:
            if len(self.root_names) >= MAX_ATTRIBUTES:
                return
            if name in self.root_names:
                continue
            try:
                self.root.set(name, value)
            except ValueError:
                continue
            self.root_names.add(name)

    def _element(self, tag: str, attrs: list[tuple[str, str]]) -> etree._Element | None:
        if len(self.built) > FLAT_DEPTH:
            return None
        self.flush()
        try:
            el = etree.SubElement(self.built[-1], tag)
        except ValueError:  # not a valid element name ("fb:like", 'a"b')
            return None
        self._set_attributes(el, attrs)
        return el

    def start(self, tag: str, attrs: list[tuple[str, str]]) -> etree._Element | None:
        if tag == "html" or (tag == "body" and self.has_body):
            # A second <html> or <body> adds its attributes; its content stays where it is.
            self._add_root_attributes(attrs) if tag == "html" else None
            return None
        if tag in _VOID_TAGS:
            self._element(tag, attrs)
            return None
        el = self._element(tag, attrs)
        if tag == "body" and el is not None:
            self.has_body = True
        self.open.append((tag, el))
        if el is not None:
            self.built.append(el)
        return el

    def end(self, tag: str) -> None:
        if tag in _DOCUMENT_END_TAGS:
            return
        opened = self.open
        for back in range(1, min(len(opened), END_TAG_LOOKBACK) + 1):
            if opened[-back][0] == tag:
                if any(el is not None for _, el in opened[-back:]):
                    self.flush()
                for _ in range(back):
                    _, el = opened.pop()
                    if el is not None:
                        self.built.pop()
                return

    def text(self, data: str) -> None:
        if data:
            self.pending.append(data)


def flat_tree(markup: str) -> etree._Element:
    """An lxml tree of ``markup``, nested at most ``FLAT_DEPTH`` deep, in time linear in its length."""
    builder = _Builder()
    pos = 0
    n = len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            builder.text(html.unescape(markup[pos:]).translate(_NOT_XML))
            break
        if lt > pos:
            builder.text(html.unescape(markup[pos:lt]).translate(_NOT_XML))
        pos = lt
        if markup.startswith("<!--", pos):
            end = markup.find("-->", pos + 4)
            pos = n if end < 0 else end + 3
            continue
        match = _TAG_START.match(markup, pos)
        if match is None:
            nxt = markup[pos + 1 : pos + 2]
            if nxt in ("!", "?", "/"):
                # A doctype, a processing instruction, "</>" or another bogus comment: up to ">".
                end = markup.find(">", pos + 2)
                pos = n if end < 0 else end + 1
            else:
                builder.text("<")
                pos += 1
            continue
        end = _tag_end(markup, match.end())
        if end < 0:
            break  # a tag cut off by the end of the input is dropped, as browsers do
        attributes = markup[match.end() : end]
        pos = end + 1
        tag = match.group(2).lower()
        if match.group(1):
            builder.end(tag)
            continue
        el = builder.start(tag, _attributes(attributes))
        if tag in _RAW_TAGS:
            found = _RAW_ENDS[tag].search(markup, pos)
            end = n if found is None else found.start()
            if el is not None:
                content = markup[pos:end]
                if tag in _RCDATA_TAGS:
                    content = html.unescape(content)
                el.text = content.translate(_NOT_XML)
            pos = end
    builder.flush()
    return builder.root
