"""Turning whatever the caller handed in into checked text: decoding, sniffing, refusing.

Everything here either returns text that is safe to parse or raises
:class:`~newsparse.errors.ParseError` with a message that says what was wrong.
"""

from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector

from .diagnostics import CHARSET_CONFLICT, CHARSET_GUESSED, REPAIRED_INPUT, PageWarning
from .errors import ParseError

__all__ = ["clean_text", "decode_bytes", "looks_like_html", "strip_xml_declaration"]

# Magic numbers of formats people feed to scrapers by mistake; a page never starts like these.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"(\xb5/\xfd", "zstd-compressed data (decompress it first)"),
    (b"WARC/", "a WARC record (read the record's payload first)"),
    (b"\x7fELF", "an executable"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Where a charset can be declared: only the head of the document counts, as in browsers.
_DECLARATION_WINDOW = 4096
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_:.+-]+)""",
    re.IGNORECASE,
)
# Labels that browsers map to a superset encoding; decoding with the superset loses nothing.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
}
# A page whose sample has more control characters than this share is binary, not text.
_MAX_CONTROL_SHARE = 0.05
# Sample size for the control-character check: enough to see a binary format, cheap on 20 MB.
_SAMPLE = 65536
# C0 controls other than tab, newline, carriage return and form feed never belong in a page.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The same characters as bytes: in UTF-8 each is its own byte, and no other character has those bytes.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_SURROGATES = re.compile("[\ud800-\udfff]")

# Tags whose presence near the top makes a string HTML rather than a text dump.
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|h[1-6]|br|table"
    r"|script|style|link|main|header|footer|nav|ul|ol|li|a\s|img|\?xml)[\s>/]",
    re.IGNORECASE,
)
_HTML_SNIFF_WINDOW = 65536
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _binary_kind(data: bytes) -> str | None:
    head = data[:16]
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    return None


def _codec(label: str) -> str | None:
    name = _CHARSET_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> tuple[str, tuple[PageWarning, ...]]:
    """Decode a page given as bytes; returns the text and any warnings about it.

    Order: byte-order mark, then a ``<meta charset>`` or XML declaration, then strict
    UTF-8 (or UTF-8 with a few broken bytes), then the guesses of BeautifulSoup's
    ``UnicodeDammit`` (its ``EncodingDetector``). Raises :class:`ParseError` for
    empty, binary or undecodable input.
    """
    if not data:
        raise ParseError("empty input: 0 bytes, nothing to parse")
    kind = _binary_kind(data)
    if kind is not None:
        raise ParseError(f"input is {kind}, not an HTML page or a text dump")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as exc:
                raise ParseError(
                    f"input starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start + len(bom)})"
                ) from None

    warnings: list[PageWarning] = []
    # How the final guess is reported, depending on what the page declared.
    how = "no charset declared; decoded as {} (a guess)"
    head = data[:_DECLARATION_WINDOW]
    match = _DECLARED_CHARSET.search(head)
    if match:
        how = "decoded as {} (a guess)"
        label = (match.group(1) or match.group(2)).decode("ascii", "replace")
        codec = _codec(label)
        if codec == "utf-8":
            how = f"page declares {label!r} but is not valid UTF-8; decoded as {{}} (a guess)"
        if codec is None:
            warnings.append(PageWarning(CHARSET_GUESSED, f"declared charset {label!r} is unknown; guessed instead"))
        elif codec.startswith("utf-16") or codec.startswith("utf-32"):
            # A declaration readable as ASCII cannot be true of UTF-16 bytes: browsers ignore it too.
            warnings.append(
                PageWarning(CHARSET_CONFLICT, f"declared charset {label!r} contradicts the bytes; guessed instead")
            )
        elif codec != "utf-8":
            # Non-ASCII bytes that form valid UTF-8 are UTF-8: text in a legacy charset almost
            # never does. Pages re-encoded by a CMS while keeping the old declaration are common.
            if not data.isascii():
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    pass
                else:
                    warnings.append(
                        PageWarning(
                            CHARSET_CONFLICT, f"page declares {label!r} but its bytes are UTF-8; decoded as UTF-8"
                        )
                    )
                    return text, tuple(warnings)
            try:
                return data.decode(codec), tuple(warnings)
            except UnicodeDecodeError:
                warnings.append(
                    PageWarning(CHARSET_CONFLICT, f"page declares {label!r} but is not valid {label}; guessed instead")
                )

    try:
        return data.decode("utf-8"), tuple(warnings)
    except UnicodeDecodeError as exc:
        utf8_error = exc

    # Cut off in the middle of a character (a download stopped at a byte limit): drop the stub.
    if utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data":
        try:
            text = data[: utf8_error.start].decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(
                PageWarning(
                    REPAIRED_INPUT,
                    "input ends in the middle of a UTF-8 character (truncated?); the incomplete bytes dropped",
                )
            )
            return text, tuple(warnings)

    # Mostly UTF-8 with a few broken bytes: keep UTF-8 and mark the damage, rather than
    # re-reading the whole page as Windows-1252 and garbling every non-ASCII character.
    # Text in a legacy charset has (almost) no valid multi-byte UTF-8 sequences at all.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if valid >= bad:
        warnings.append(
            PageWarning(
                REPAIRED_INPUT, f"input is not valid UTF-8 ({bad} undecodable byte sequences replaced with U+FFFD)"
            )
        )
        return text, tuple(warnings)

    # UnicodeDammit's own guesses (its detector: a declaration, chardet when installed, then
    # UTF-8 and Windows-1252), tried here so that its last-resort decoding does not log to the
    # caller's stderr but becomes a warning on the result.
    candidates: list[str] = []
    for guess in EncodingDetector(data, is_html=True).encodings:
        codec = _codec(guess) if guess else None
        if codec and codec not in candidates and not codec.startswith(("utf-16", "utf-32")):
            candidates.append(codec)
    for codec in candidates:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        warnings.append(PageWarning(CHARSET_GUESSED, how.format(codec)))
        return decoded, tuple(warnings)
    codec = next((c for c in candidates if c != "utf-8"), None)
    if codec is None:
        raise ParseError(
            f"input could not be decoded as text (not UTF-8 at byte {utf8_error.start}, no usable charset found)"
        )
    decoded = data.decode(codec, errors="replace")
    replaced = decoded.count(chr(0xFFFD))
    warnings.append(PageWarning(CHARSET_GUESSED, how.format(codec)))
    warnings.append(PageWarning(REPAIRED_INPUT, f"{replaced} undecodable bytes replaced with U+FFFD"))
    return decoded, tuple(warnings)


def clean_text(text: str) -> tuple[str, tuple[PageWarning, ...]]:
    """Refuse blank or binary text; drop stray control characters (lxml rejects them).

    Returns the cleaned text and warnings saying what was removed.
    """
    notes: tuple[PageWarning, ...] = ()
    # A byte-order mark left at the start of a str is not text (bytes lose theirs in decode_bytes).
    text = text.removeprefix("\ufeff")
    if not text or text.isspace():
        raise ParseError("empty input: the page is blank" if text else "empty input: nothing to parse")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        pass  # lone surrogates, handled below
    else:
        # The common case, a page with nothing to clean, in two C passes instead of three regex scans.
        if len(encoded.translate(None, _CONTROL_BYTES)) == len(encoded):
            return text, ()
    if _SURROGATES.search(text):
        # Lone surrogates (from a bad decode upstream) cannot be encoded; lxml stops at the first one.
        count = len(_SURROGATES.findall(text))
        text = _SURROGATES.sub("\ufffd", text)
        notes = (PageWarning(REPAIRED_INPUT, f"replaced {count} lone surrogate code points with U+FFFD"),)
    sample = text[:_SAMPLE]
    controls = len(_CONTROL_CHARS.findall(sample))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise ParseError(
            f"input looks binary, not like a page: {controls} control characters in its first {len(sample)}"
        )
    if controls or _CONTROL_CHARS.search(text, _SAMPLE):
        count = len(_CONTROL_CHARS.findall(text))
        text = _CONTROL_CHARS.sub("", text)
        if not text.strip():
            raise ParseError("empty input: only control characters")
        return text, (
            *notes,
            PageWarning(REPAIRED_INPUT, f"removed {count} control characters (such as NUL) from the input"),
        )
    return text, notes


def looks_like_html(text: str) -> bool:
    """A string is HTML when HTML tags appear near its start; otherwise a text dump."""
    head = text[:_HTML_SNIFF_WINDOW].lstrip()
    if head.startswith("<!--"):
        # Only markup starts with a comment (a page may be nothing but one).
        return True
    if head.startswith("<"):
        return _HTML_SNIFF.match(head) is not None or _HTML_SNIFF.search(head) is not None
    return len(_HTML_SNIFF.findall(head, 0, 8192)) >= 2


def strip_xml_declaration(text: str) -> str:
    """lxml refuses a ``str`` that carries an encoding declaration; the text is decoded already."""
    return _XML_DECLARATION.sub("", text, count=1)
