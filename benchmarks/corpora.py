"""Load the evaluation corpora, their gold and the hand annotations from ``../shared``.

Pages are read as bytes and decoded here once, so every tool (newsparse and the
anchors) gets the very same ``str``.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "CORPORA",
    "NO_SCRIPTS",
    "WCXB_TYPES",
    "Page",
    "declared_charset",
    "decode_html",
    "html_to_text",
    "load_corpus",
    "shared_available",
    "shared_dir",
    "strip_scripts",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPORA: tuple[str, ...] = ("readability", "trafilatura-eval", "wcxb-dev")
# A corpus name with this suffix ("wcxb-dev-noscript") is its pages with every <script> removed.
NO_SCRIPTS = "-noscript"
# A <script> element, whole: what a crawl that strips scripts removes.
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def shared_dir() -> Path:
    """The shared folder: ``$NEWSPARSE_SHARED``, else ``../shared`` beside the repo root."""
    env = os.environ.get("NEWSPARSE_SHARED")
    return Path(env) if env else REPO_ROOT.parent / "shared"


def shared_available() -> bool:
    """True when the corpora can be read (a fresh user clone has no ``../shared``)."""
    root = shared_dir() / "corpora"
    return (
        (root / "readability").is_dir()
        and (root / "trafilatura-eval" / "evaldata.json").is_file()
        and (root / "wcxb-dev" / "gold.jsonl").is_file()
    )


# --- decoding -----------------------------------------------------------------

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Matches both <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
# Browsers (WHATWG Encoding) treat these labels as their supersets; pages rely on it
# (a "latin-1" page with curly quotes from cp1252 is common).
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    # A page that says utf-16 in a meta tag cannot be utf-16 (the tag was readable as ASCII).
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
# A late <meta charset> (one page has it at byte 58,000) still counts, but not one in the body.
_PRESCAN_LIMIT = 131072


def _codec(label: bytes | str) -> str | None:
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = name.strip().lower()
    name = _WHATWG_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The codec named by a ``<meta>`` charset (or else an XML declaration), or None."""
    head_end = _HEAD_END.search(data, 0, _PRESCAN_LIMIT)
    head = data[: head_end.end() if head_end else _PRESCAN_LIMIT]
    for m in _META_CHARSET.finditer(head):
        codec = _codec(m.group(1))
        if codec:
            return codec
    xml = _XML_DECL.match(data[:512])
    return _codec(xml.group(1)) if xml else None


def decode_html(data: bytes) -> str:
    """Decode a page: BOM, else strict UTF-8, else the declared charset, else UTF-8 with replacement.

    Valid UTF-8 wins over a declared legacy charset because saved pages are often
    re-encoded without their ``<meta>`` being updated: the Readability fixture ``qq``
    declares gb2312 but is stored as UTF-8, and its gold was made from the UTF-8 text.
    Multi-byte UTF-8 that is really cp1252 or GBK text is vanishingly rare, and a pure
    ASCII page decodes the same either way (no trafilatura-eval page changes).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(declared_charset(data) or "utf-8", errors="replace")


# --- gold text of an HTML fragment -------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_TAG = re.compile(r"<[^>]*>")


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, with a line break at every block boundary.

    ``text_content()`` would glue ``<p>a</p><p>b</p>`` into one token "ab", which a
    bag-of-words score would count as two misses.
    """
    if not html or not html.strip():
        return ""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return _TAG.sub(" ", html)
    parts: list[str] = []
    # An explicit stack: deep pages overflow recursion, and iterwalk() skips comments (and their tails).
    stack: list[tuple[bool, Any]] = [(False, root)]
    while stack:
        closing, el = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None  # None: comment or processing instruction
        if not closing and tag is not None and tag not in _SKIP_TAGS:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
            stack.append((True, el))
            stack.extend((False, child) for child in reversed(el))
            continue
        if closing and tag in _BLOCK_TAGS:
            parts.append("\n")
        if el is not root and el.tail:
            parts.append(el.tail)
    return "".join(parts)


# --- pages --------------------------------------------------------------------


@dataclass
class Page:
    """One page of a corpus: the decoded HTML, the URL given to the tools, and the gold."""

    corpus: str
    key: str  # folder name (readability) or evaldata key (trafilatura-eval)
    html: str
    url: str | None
    gold: dict[str, Any]
    annotation: dict[str, Any] | None = None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_readability(limit: int | None = None) -> list[Page]:
    """The 130 Readability.js test pages (sorted by folder name), with their gold."""
    root = shared_dir() / "corpora" / "readability"
    annotations = {a["page"]: a for a in _read_jsonl(shared_dir() / "annotations" / "readability.jsonl")}
    pages: list[Page] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if limit is not None and len(pages) >= limit:
            break
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = decode_html((folder / "expected.html").read_bytes())
        ann = annotations.get(folder.name)
        gold = {
            "title": meta.get("title"),
            "byline": meta.get("byline"),
            "excerpt": meta.get("excerpt"),
            "published": (meta.get("publishedTime") or "")[:10] or None,
            "body": html_to_text(expected),
        }
        pages.append(
            Page(
                corpus="readability",
                key=folder.name,
                html=decode_html((folder / "source.html").read_bytes()),
                url=(ann or {}).get("url") or None,
                gold=gold,
                annotation=ann,
            )
        )
    return pages


def _join_author(value: Any) -> str | None:
    # Four evaldata entries give a list of names; ANCHORS compares against the ", "-joined string.
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value if isinstance(value, str) else None


def load_trafilatura(limit: int | None = None) -> list[Page]:
    """The 990 trafilatura-eval pages, in ``evaldata.json`` order, with their gold."""
    root = shared_dir() / "corpora" / "trafilatura-eval"
    evaldata: dict[str, dict[str, Any]] = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    annotations = {a["url"]: a for a in _read_jsonl(shared_dir() / "annotations" / "trafilatura-eval.jsonl")}
    pages: list[Page] = []
    for key, item in evaldata.items():
        if limit is not None and len(pages) >= limit:
            break
        path = root / "cache" / item["file"]
        if not path.is_file():
            path = root / "eval" / item["file"]
        gold = {
            "file": item["file"],
            "with": list(item.get("with") or []),
            "without": list(item.get("without") or []),
            "author": _join_author(item.get("author")),
            "title": item.get("title"),
            "description": item.get("description"),
            "published": (item.get("date") or "")[:10] or None,
        }
        pages.append(
            Page(
                corpus="trafilatura-eval",
                key=key,
                html=decode_html(path.read_bytes()),
                url=None if key.startswith("hard::") else key,
                gold=gold,
                annotation=annotations.get(key),
            )
        )
    return pages


# wcxb-dev's seven page types, articles first (its README reports them in this order).
WCXB_TYPES: tuple[str, ...] = ("article", "service", "forum", "listing", "product", "collection", "documentation")


def load_wcxb(limit: int | None = None) -> list[Page]:
    """The 1,358 wcxb-dev pages (2025–26, seven page types), in ``gold.jsonl`` order, with their gold.

    The gold record is kept whole (``page_type``, ``headline``, ``authors``, ``published``,
    ``body_text``, ``with``, ``without``); the README there says how to read it.
    """
    root = shared_dir() / "corpora" / "wcxb-dev"
    pages: list[Page] = []
    for record in _read_jsonl(root / "gold.jsonl"):
        if limit is not None and len(pages) >= limit:
            break
        with gzip.open(root / record["file"]) as fh:
            data = fh.read()
        pages.append(
            Page(
                corpus="wcxb-dev",
                key=record["id"],
                html=decode_html(data),
                url=record.get("url") or None,
                gold=record,
            )
        )
    return pages


def strip_scripts(html: str) -> str:
    """The page with every ``<script>`` element removed (its JSON-LD with it), as many crawls store pages."""
    return _SCRIPT.sub("", html)


def load_corpus(corpus: str, limit: int | None = None) -> list[Page]:
    """Pages of one corpus (one of :data:`CORPORA`), the first ``limit`` only if given; a name
    ending in :data:`NO_SCRIPTS` is that corpus with every ``<script>`` element removed."""
    if corpus.endswith(NO_SCRIPTS):
        base = load_corpus(corpus[: -len(NO_SCRIPTS)], limit)
        return [dataclasses.replace(page, html=strip_scripts(page.html)) for page in base]
    if corpus == "readability":
        return load_readability(limit)
    if corpus == "trafilatura-eval":
        return load_trafilatura(limit)
    if corpus == "wcxb-dev":
        return load_wcxb(limit)
    raise ValueError(f"unknown corpus {corpus!r}; expected one of {CORPORA}")
