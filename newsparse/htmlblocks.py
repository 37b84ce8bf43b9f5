"""An lxml tree in block form: one pass over the tree, never modifying it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .blocks import Block, Link, Page
from .hints import extract_hints
from .markup import classify

__all__ = ["tree_to_page"]

# Elements that start a new block of text (HTML's block-level and table elements).
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure"
    " footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section"
    " summary table tbody td tfoot th thead tr ul caption".split()
)
# Elements whose content is never visible text. (<noscript> is read: some pages put the
# whole article there for readers without JavaScript.)
SKIP_TAGS = frozenset(
    "script style template svg math iframe object embed canvas video audio select option button"
    " textarea input head title meta link map area source track picture img".split()
)
# Inline elements whose text is bold: a whole-bold first paragraph is a dek in some countries.
BOLD_TAGS = frozenset(("b", "strong"))
# Class words of text meant for screen readers only, which a reader of the page never sees.
OFFSCREEN_TOKENS = frozenset(
    ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader", "a11y-hidden", "hide-text",
     "u-hidden-visually", "offscreen", "element-invisible")
)
# Class names that label a post's topic, not a page area ("category-kommentare", "tag-sport"):
# blogging systems print the post's taxonomy as classes, and a topic named "comments" is no thread.
_TAXONOMY = re.compile(r"^(?:category|tag|format|status|type|topic|section|rubrik|ressort)-|^post-\d")
# Attributes whose values say what an element is, kept on blocks as marks ("itemprop:author").
_MARK_ATTRS = ("itemprop", "rel", "property", "data-testid", "role")


def _is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None:
        return True
    if el.get("aria-hidden") == "true" and el.tag not in ("body", "html", "main", "article"):
        return True
    style = el.get("style")
    if style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return True
    return False


def _tag_name(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    # XHTML trees handed in by callers carry the namespace in every tag.
    return (tag.rsplit("}", 1)[-1] if "}" in tag else tag).lower()


def _own_tokens(el: etree._Element) -> tuple[str, ...]:
    cls = el.get("class")
    ident = el.get("id")
    if not cls and not ident:
        return ()
    tokens = [t for t in (cls or "").lower().split() if not _TAXONOMY.match(t)]
    if ident:
        tokens.append(ident.lower())
    return tuple(tokens)


@dataclass
class _Buffer:
    """Text gathered for the block element currently open."""

    parts: list[str] = field(default_factory=list)
    chars: int = 0
    link_chars: int = 0
    bold_chars: int = 0
    links: list[Link] = field(default_factory=list)
    marks: set[str] = field(default_factory=set)
    datetime: str | None = None
    br_run: int = 0


@dataclass
class _Open:
    tag: str
    ident: int
    tokens: frozenset[str]
    is_block: bool
    flags: int = 0


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer = _Buffer()
        self.stack: list[_Open] = []
        self.block_ids: list[int] = []
        self.block_tags: list[str] = []
        self.link_href: str | None = None
        self.link_parts: list[str] = []
        self.bold_depth = 0
        self.next_id = 1
        self.element_tokens: dict[int, frozenset[str]] = {}
        self.element_tags: dict[int, str] = {}
        self.element_flags: dict[int, int] = {}
        # Class strings repeat across a page; each is matched against the patterns once.
        self.flag_cache: dict[str, int] = {}

    def add_text(self, text: str | None) -> None:
        if not text:
            return
        buf = self.buffer
        if not text.isspace():
            buf.br_run = 0
        buf.parts.append(text)
        n = len(text)
        buf.chars += n
        if self.link_href is not None:
            buf.link_chars += n
            self.link_parts.append(text)
        if self.bold_depth:
            buf.bold_chars += n

    def flush(self) -> None:
        buf = self.buffer
        if not buf.parts:
            buf.marks.clear()
            buf.datetime = None
            return
        text = " ".join("".join(buf.parts).split())
        if text:
            top = self.stack[-1] if self.stack else None
            tokens = top.tokens if top is not None else frozenset()
            visible = len(text)
            self.blocks.append(
                Block(
                    index=len(self.blocks),
                    text=text,
                    tag=self.block_tags[-1] if self.block_tags else "div",
                    path=tuple(o.tag for o in self.stack),
                    tokens=tokens,
                    link_density=min(1.0, buf.link_chars / buf.chars) if buf.chars else 0.0,
                    links=tuple(buf.links),
                    ancestors=tuple(self.block_ids),
                    bold=buf.bold_chars >= 0.9 * buf.chars and visible > 0,
                    marks=frozenset(buf.marks),
                    datetime=buf.datetime,
                    flags=top.flags if top is not None else 0,
                )
            )
        self.buffer = _Buffer()

    def start(self, el: etree._Element) -> None:
        tag = _tag_name(el)
        own = _own_tokens(el)
        parent = self.stack[-1] if self.stack else None
        parent_tokens = parent.tokens if parent is not None else frozenset()
        flags = parent.flags if parent is not None else 0
        own_flags = 0
        if own:
            tokens = parent_tokens.union(own)
            names = " ".join(own)
            cached = self.flag_cache.get(names)
            if cached is None:
                cached = self.flag_cache[names] = classify(names)
            own_flags = cached
            flags |= own_flags
        else:
            tokens = parent_tokens
        is_block = tag in BLOCK_TAGS
        if is_block:
            self.flush()
            self.block_ids.append(self.next_id)
            self.block_tags.append(tag)
            self.element_tags[self.next_id] = tag
            if own:
                self.element_tokens[self.next_id] = frozenset(own)
                self.element_flags[self.next_id] = own_flags
        self.stack.append(_Open(tag, self.next_id, tokens, is_block, flags))
        self.next_id += 1
        for attr in _MARK_ATTRS:
            value = el.get(attr)
            if value:
                for v in value.lower().split()[:4]:
                    self.buffer.marks.add(f"{attr}:{v}")
        if tag == "time":
            dt_value = el.get("datetime")
            if dt_value and self.buffer.datetime is None:
                self.buffer.datetime = dt_value.strip()
        elif tag == "a":
            href = el.get("href")
            if href is not None and self.link_href is None:
                self.link_href = href.strip()
                self.link_parts = []
        elif tag in BOLD_TAGS:
            self.bold_depth += 1
        elif tag == "br":
            self.buffer.br_run += 1
            if self.buffer.br_run >= 2:
                # Two line breaks in a row separate paragraphs on pages without <p>.
                self.flush()
            else:
                self.add_text("\n")
        self.add_text(el.text)

    def end(self, el: etree._Element) -> None:
        opened = self.stack[-1]
        tag = opened.tag
        if opened.ident == 0:
            # A skipped element: only its tail is visible.
            self.stack.pop()
            self.add_text(el.tail)
            return
        if tag == "a" and self.link_href is not None:
            text = " ".join("".join(self.link_parts).split())
            if text:
                self.buffer.links.append(Link(text=text, href=self.link_href))
            self.link_href = None
            self.link_parts = []
        elif tag in BOLD_TAGS and self.bold_depth:
            self.bold_depth -= 1
        if opened.is_block:
            # Flushed while the element is still open, so the block carries its own class names.
            self.flush()
            self.block_ids.pop()
            self.block_tags.pop()
        self.stack.pop()
        self.add_text(el.tail)


def tree_to_page(root: etree._Element) -> Page:
    """Turn a parsed HTML tree into blocks plus metadata hints, reading it once."""
    builder = _Builder()
    body = root.find("body") if root.tag == "html" else None
    start = body if body is not None else root
    walker = etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = _tag_name(el)
            if tag in SKIP_TAGS or _is_hidden(el) or (
                el.get("class") and OFFSCREEN_TOKENS.intersection(el.get("class", "").lower().split())
            ):
                walker.skip_subtree()
                # Keep the element on the stack so its end event pairs up; its text is not read.
                builder.stack.append(_Open(tag, 0, frozenset(), False))
                continue
            builder.start(el)
        elif event == "end":
            builder.end(el)
        else:
            builder.add_text(el.tail)
    builder.flush()
    return Page(
        blocks=tuple(builder.blocks),
        hints=extract_hints(root),
        is_html=True,
        element_tokens=builder.element_tokens,
        element_tags=builder.element_tags,
        element_flags=builder.element_flags,
    )
