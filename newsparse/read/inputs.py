"""Turning whatever the caller handed in into checked text: decoding, sniffing, refusing.

Everything here either returns text that is safe to parse or raises
:class:`~newsparse.errors.ParseError` with a message that says what was wrong.
"""

from __future__ import annotations

import codecs
import re

import regex
from charset_normalizer import from_bytes

from ..diagnostics import CHARSET_CONFLICT, CHARSET_GUESSED, REPAIRED_INPUT, PageWarning
from ..errors import ParseError

__all__ = [
    "clean_text",
    "decode_bytes",
    "encoding_label",
    "looks_like_html",
    "refuse_url",
    "strip_xml_declaration",
    "whatwg_codec",
]

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
# The charset parameter of a Content-Type header value ("text/html; charset=Shift_JIS").
# How a warning names the charset passed as ``encoding=`` (an HTTP or WARC header's).
_GIVEN = "the encoding given is"
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
# The encodings the HTML standard (WHATWG Encoding) lets a page use, by label, with the Python
# codec that decodes each. Any other name (utf-7, unicode_escape, hex, rot13, punycode, a codec
# that is not a text encoding) is refused: decoding with it turns text into markup a browser
# would never show. Where browsers read a label as a superset (latin1 as windows-1252, GBK as
# gb18030, Shift_JIS as windows-31j, EUC-KR as windows-949, Big5 with HKSCS), so does newsparse.
_WHATWG_LABELS: dict[str, tuple[str, ...]] = {
    "utf-8": tuple("unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8".split()),
    "cp866": tuple("866 cp866 csibm866 ibm866".split()),
    "iso8859-2": tuple(
        "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2".split()
    ),
    "iso8859-3": tuple(
        "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3".split()
    ),
    "iso8859-4": tuple(
        "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4".split()
    ),
    "iso8859-5": tuple(
        "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988".split()
    ),
    "iso8859-6": tuple(
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
        "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987".split()
    ),
    "iso8859-7": tuple(
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 "
        "iso_8859-7:1987 sun_eu_greek".split()
    ),
    "iso8859-8": tuple(
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 "
        "iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical".split()
    ),
    "iso8859-10": tuple("csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6".split()),
    "iso8859-13": tuple("iso-8859-13 iso8859-13 iso885913".split()),
    "iso8859-14": tuple("iso-8859-14 iso8859-14 iso885914".split()),
    "iso8859-15": tuple("csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9".split()),
    "iso8859-16": tuple("iso-8859-16".split()),
    "koi8-r": tuple("cskoi8r koi koi8 koi8-r koi8_r".split()),
    "koi8-u": tuple("koi8-ru koi8-u".split()),
    "mac-roman": tuple("csmacintosh mac macintosh x-mac-roman".split()),
    "cp874": tuple("dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874".split()),
    "cp1250": tuple("cp1250 windows-1250 x-cp1250".split()),
    "cp1251": tuple("cp1251 windows-1251 x-cp1251".split()),
    "cp1252": tuple(
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
        "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252".split()
    ),
    "cp1253": tuple("cp1253 windows-1253 x-cp1253".split()),
    "cp1254": tuple(
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
        "windows-1254 x-cp1254".split()
    ),
    "cp1255": tuple("cp1255 windows-1255 x-cp1255".split()),
    "cp1256": tuple("cp1256 windows-1256 x-cp1256".split()),
    "cp1257": tuple("cp1257 windows-1257 x-cp1257".split()),
    "cp1258": tuple("cp1258 windows-1258 x-cp1258".split()),
    "mac-cyrillic": tuple("x-mac-cyrillic x-mac-ukrainian".split()),
    "gb18030": tuple("chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030".split()),
    "big5hkscs": tuple("big5 big5-hkscs cn-big5 csbig5 x-x-big5".split()),
    "euc_jp": tuple("cseucpkdfmtjapanese euc-jp x-euc-jp".split()),
    "iso2022_jp": tuple("csiso2022jp iso-2022-jp".split()),
    "cp932": tuple("csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis".split()),
    "cp949": tuple(
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
        "windows-949".split()
    ),
    "utf-16-be": tuple("unicodefffe utf-16be".split()),
    "utf-16-le": tuple("csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le".split()),
}
_CODEC_OF_LABEL = {label: codec for codec, labels in _WHATWG_LABELS.items() for label in labels}
# What a page in a legacy charset that declares none may be in, for the detector (no UTF-16: a
# page without a byte-order mark is not, and no ISO-2022-JP: it is 7-bit, so valid ASCII).
_GUESSABLE = tuple(c for c in _WHATWG_LABELS if c not in ("utf-8", "utf-16-be", "utf-16-le", "iso2022_jp"))
# What undeclared bytes that fit no charset are read as: the default of browsers in most of the world.
_LAST_RESORT = "cp1252"
# Candidates the detector rates this close are told apart by the text they give, then by how
# common each charset is on the web (its detector cannot tell short texts in related charsets apart).
_GUESS_TIE = 0.01
_PREVALENCE = (
    "cp1252",
    "cp1251",
    "cp932",
    "gb18030",
    "cp949",
    "euc_jp",
    "cp1250",
    "iso8859-2",
    "big5hkscs",
    "cp1254",
    "cp1256",
    "iso8859-7",
    "cp1253",
    "cp1255",
    "cp874",
    "iso8859-15",
    "koi8-r",
    "cp1257",
    "cp1258",
    "iso8859-5",
)
# The primary language a page declares on its root element ("<html lang=cs>") ...
_DECLARED_LANGUAGE = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.IGNORECASE)
# ... and the legacy charsets it was written in, first the one browsers fall back to for readers of
# that language (their locale defaults): a Czech page without a charset is windows-1250, not 1252.
_LEGACY_CHARSETS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("cs", "hu", "pl", "sk", "sl", "hr", "bs", "ro", "sq"), ("cp1250", "iso8859-2")),
    **dict.fromkeys(
        ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"), ("cp1251", "koi8-r", "koi8-u", "iso8859-5")
    ),
    "el": ("iso8859-7", "cp1253"),
    "ja": ("cp932", "euc_jp"),
    "zh": ("gb18030", "big5hkscs"),
    "ko": ("cp949",),
    **dict.fromkeys(("tr", "az"), ("cp1254",)),
    **dict.fromkeys(("he", "yi"), ("cp1255", "iso8859-8")),
    **dict.fromkeys(("ar", "fa", "ur"), ("cp1256", "iso8859-6")),
    "th": ("cp874",),
    "vi": ("cp1258",),
    **dict.fromkeys(("lt", "lv", "et"), ("cp1257", "iso8859-13", "iso8859-4")),
}
# A decoding that puts a symbol, a combining mark or U+FFFD before a letter ("¶νοιξη" for "Άνοιξη")
# read a letter as something else. Only the symbols single-byte charsets have count (Latin-1's,
# general punctuation, combining marks): "、" before a word is Japanese punctuation, no misreading.
_MISREAD = regex.compile(
    r"(?=[\u0080-\u036f\u2000-\u214f\ufffd])[^\p{L}\p{N}\p{Z}\p{Pi}\p{Pf}\p{Ps}\p{Pe}\p{Pd}](?=\p{L})"
)

# A page whose sample has more control characters than this share is binary, not text.
_MAX_CONTROL_SHARE = 0.05
# Sample size for the control-character check: enough to see a binary format, cheap on 20 MB.
_SAMPLE = 65536
# C0 controls other than tab, newline, carriage return and form feed never belong in a page.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The C0 controls that separate lines (VT, FS, GS, RS: str.splitlines breaks at them), read as newlines.
_LINE_SEPARATORS = re.compile(r"[\x0b\x1c-\x1e]")
# The same characters as bytes: in UTF-8 each is its own byte, and no other character has those bytes.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_SURROGATES = re.compile("[\ud800-\udfff]")

# Tags whose presence near the top makes a string HTML rather than a text dump.
_SNIFFED_TAGS = (
    r"!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|h[1-6]|br|table"
    r"|script|style|link|main|header|footer|nav|ul|ol|li|a\s|img|\?xml"
)
_HTML_SNIFF = re.compile(rf"<(?:{_SNIFFED_TAGS})[\s>/]", re.IGNORECASE)
_HTML_SNIFF_WINDOW = 65536
# Tags are counted in this much of a text's start.
_SNIFF_TEXT_WINDOW = 65536
# A document's own start: a doctype, the <html> element, an XML declaration.
_DOCUMENT_START = re.compile(r"<(?:!doctype\s+html|html|\?xml)[\s>/]", re.IGNORECASE)
# ... on a line of its own after a preamble.
_DOCUMENT_LINE = re.compile(r"^[ \t]*<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE | re.MULTILINE)
# A line of markup opens with a tag (any element's, SVG's too) or a comment, or closes an
# element; a sentence that names a tag ("wrap it in a <div>") does neither.
_MARKUP_LINE = re.compile(
    r"^[ \t]*<(?:[a-z][\w:-]*[\s>/]|!--)|</(?:html|head|body|title|div|p|article|section|span|h[1-6]|table|tr|td"
    r"|script|style|main|header|footer|nav|ul|ol|li|a|b|i|em|strong)\s*>",
    re.IGNORECASE,
)
# A script or a style sheet in markup: its text is code, not the page's.
_SCRIPT_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
# A page is HTML when lines of markup carry this share of its start's characters: markup is
# most of a page's source (a minified page is one line of it), a few lines of a dump.
_MARKUP_SHARE = 0.5
# A page that is only a URL: the caller meant newsparse to fetch it, which it never does.
_ONLY_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"']+", re.IGNORECASE)
_URL_MAX_CHARS = 8192
# A page that is only a file name ("story.html"): the caller meant newsparse to open it.
_ONLY_FILE_NAME = re.compile(r"[^\s<>\"']{0,4096}\.(?:s?html?|xhtml|txt|warc)(?:\.gz)?", re.IGNORECASE)
# An XML declaration up to the first ">", as HTML parsers read it, whatever junk it holds.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _binary_kind(data: bytes) -> str | None:
    head = data[:16]
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    return None


def whatwg_codec(label: str) -> str | None:
    """The Python codec for a charset label the HTML standard allows, ``None`` for any other name."""
    return _CODEC_OF_LABEL.get(label.strip("\t\n\f\r ").lower())


def encoding_label(encoding: str) -> str | None:
    """A charset label from an ``encoding=`` argument: a label ("shift_jis") or a whole
    Content-Type header value ("text/html; charset=Shift_JIS"); ``None`` when it names no
    charset (a media type alone, "text/html", as most headers are, or an empty value)."""
    match = _CONTENT_TYPE_CHARSET.search(encoding)
    if match:
        return match.group(1)
    label = encoding.strip()
    return None if not label or "/" in label or ";" in label else label


def _detected_codec(name: str) -> str:
    """The codec of a charset the detector named, as the HTML standard reads that name
    ("shift_jis" is windows-31j, "euc_kr" windows-949)."""
    return whatwg_codec(name) or whatwg_codec(name.replace("_", "-")) or codecs.lookup(name).name


def _guess(data: bytes) -> str | None:
    """The legacy charset the bytes are most likely in (charset-normalizer, limited to the
    encodings the HTML standard allows), ``None`` when none fits."""
    matches = list(from_bytes(data, cp_isolation=list(_GUESSABLE), preemptive_behaviour=False))
    if not matches:
        return None
    best = matches[0]
    close = [_detected_codec(str(m.encoding)) for m in matches if m.chaos <= best.chaos + _GUESS_TIE]
    if len(close) == 1:
        return close[0]
    # Near-equal candidates differ in a few byte values only: the one that reads them as letters
    # wins, then one that the page's declared language is written in, then the one more common on the web.
    sample = data[: _SAMPLE * 4]
    declared = _DECLARED_LANGUAGE.search(data[:_DECLARATION_WINDOW])
    language = declared.group(1).decode("ascii").lower() if declared else ""
    written_in = _LEGACY_CHARSETS.get(language, ())

    def rank(codec: str) -> tuple[int, int, int]:
        misread = len(_MISREAD.findall(sample.decode(codec, errors="replace")))
        common = _PREVALENCE.index(codec) if codec in _PREVALENCE else len(_PREVALENCE)
        return misread, written_in.index(codec) if codec in written_in else len(written_in), common

    return min(close, key=rank)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, tuple[PageWarning, ...]]:
    """Decode a page given as bytes; returns the text and any warnings about it.

    Order, as in browsers: byte-order mark, then ``encoding`` (the charset the transport
    gave, e.g. an HTTP Content-Type header), then a ``<meta charset>`` or XML declaration,
    then strict UTF-8 (or UTF-8 with a few broken bytes), then a legacy charset detected
    by charset-normalizer. Only charsets the HTML standard allows are used. Raises
    :class:`ParseError` for empty, binary or undecodable input.
    """
    if not data:
        raise ParseError("empty input: 0 bytes, nothing to parse")
    kind = _binary_kind(data)
    if kind is not None:
        raise ParseError(f"input is {kind}, not an HTML page or a text dump")

    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(bom_encoding), ()
            except UnicodeDecodeError as exc:
                raise ParseError(
                    f"input starts with a {bom_encoding} byte-order mark but is not valid {bom_encoding} "
                    f"(byte {exc.start + len(bom)})"
                ) from None

    warnings: list[PageWarning] = []
    # How the final guess is reported, depending on what the page declared.
    how = "no charset declared; decoded as {} (a guess)"
    declared: list[tuple[str, str]] = []
    given = encoding_label(encoding) if encoding is not None else None
    if given is not None:
        declared.append((given, _GIVEN))
    match = _DECLARED_CHARSET.search(data[:_DECLARATION_WINDOW])
    if match:
        declared.append(((match.group(1) or match.group(2)).decode("ascii", "replace"), "page declares"))
    for label, source in declared:
        how = "decoded as {} (a guess)"
        codec = whatwg_codec(label)
        if codec is None:
            warnings.append(
                PageWarning(
                    CHARSET_GUESSED,
                    f"{source} {label!r}, which is unknown or not a charset the HTML standard allows; ignored",
                )
            )
            continue
        if codec == "utf-8":
            how = f"{source} {label!r} but the bytes are not valid UTF-8; decoded as {{}} (a guess)"
            break
        if codec.startswith("utf-16") and source == _GIVEN:
            # The transport's charset is not read from the bytes, so unlike a <meta> it can be
            # true of UTF-16 ones.
            try:
                return data.decode(codec), tuple(warnings)
            except UnicodeDecodeError:
                warnings.append(PageWarning(CHARSET_CONFLICT, f"{source} {label!r} but the bytes are not {label}"))
                continue
        if codec.startswith("utf-16"):
            # A declaration readable as ASCII cannot be true of UTF-16 bytes: browsers ignore it too.
            warnings.append(PageWarning(CHARSET_CONFLICT, f"{source} {label!r}, which contradicts the bytes; ignored"))
            continue
        # Non-ASCII bytes that form valid UTF-8 are UTF-8: text in a legacy charset almost
        # never does. Pages re-encoded by a CMS while keeping the old declaration are common.
        if not data.isascii():
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                warnings.append(
                    PageWarning(CHARSET_CONFLICT, f"{source} {label!r} but its bytes are UTF-8; decoded as UTF-8")
                )
                return text, tuple(warnings)
        try:
            return data.decode(codec), tuple(warnings)
        except UnicodeDecodeError:
            warnings.append(PageWarning(CHARSET_CONFLICT, f"{source} {label!r} but the bytes are not valid {label}"))

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

    guessed = _guess(data)
    if guessed is not None:
        try:
            decoded = data.decode(guessed)
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(PageWarning(CHARSET_GUESSED, how.format(guessed)))
            return decoded, tuple(warnings)
    # Windows-1252 decodes all but five bytes: the browsers' last resort, with the damage marked.
    decoded = data.decode(_LAST_RESORT, errors="replace")
    replaced = decoded.count(chr(0xFFFD))
    warnings.append(PageWarning(CHARSET_GUESSED, how.format(_LAST_RESORT)))
    if replaced:
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
    if _LINE_SEPARATORS.search(text):
        # Lines of a dump a tool separated with them: removed, they would glue the lines together.
        text = _LINE_SEPARATORS.sub("\n", text)
        controls = len(_CONTROL_CHARS.findall(text, 0, _SAMPLE))
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


def _without_script_text(window: str) -> str:
    """The window with each script's and style sheet's text left out (their tags kept): code
    inside a page's markup is no text of it. One pass."""
    lower = window.lower()
    pieces: list[str] = []
    at = 0
    while (opening := _SCRIPT_OPEN.search(window, at)) is not None:
        name = opening.group(1).lower()
        close = lower.find("</" + name, opening.end())
        pieces += [window[at : opening.start()], f"<{name}></{name}>"]
        if close < 0:
            return "".join(pieces)
        at = close
    pieces.append(window[at:])
    return "".join(pieces)


def looks_like_html(text: str) -> bool:
    """A string is HTML when it starts as a document does (a doctype, ``<html>``, a comment) or
    when markup fills its start; otherwise a text dump. A dump may carry a few lines of markup
    (the raw content of a ``<noscript>``, a code sample, a script's text a browser printed): they
    are a small share of its text, where a page's markup is most of it."""
    head = text[:_HTML_SNIFF_WINDOW].lstrip()
    if head.startswith("<!--") or _DOCUMENT_START.match(head):
        # Only markup starts with a comment (a page may be nothing but one).
        return True
    if "<" not in head:
        return False
    window = head[:_SNIFF_TEXT_WINDOW]
    # A document after a preamble (response headers, a WARC record's head) is read from its start;
    # a dump that prints one as a code sample goes on with its own text.
    document = _DOCUMENT_LINE.search(window)
    if document is not None:
        window = window[document.start() :]
    marked = total = 0
    for line in _without_script_text(window).splitlines():
        size = len(line.strip())
        total += size
        if size and "<" in line and _MARKUP_LINE.search(line):
            marked += size
    return total > 0 and marked >= _MARKUP_SHARE * total


def refuse_url(text: str) -> None:
    """Raise :class:`ParseError` for a page that is nothing but a URL or a file name."""
    if len(text) <= _URL_MAX_CHARS:
        stripped = text.strip()
        if _ONLY_URL.fullmatch(stripped):
            raise ParseError(
                f"the page is a URL ({stripped[:80]!r}): newsparse does not fetch pages; download the page "
                "and pass its HTML or text, with url= set to its address"
            )
        if _ONLY_FILE_NAME.fullmatch(stripped):
            raise ParseError(
                f"the page is a file name ({stripped[:80]!r}), not a page: pass pathlib.Path({stripped[:80]!r}) "
                "to read the file"
            )


def strip_xml_declaration(text: str) -> str:
    """lxml refuses a ``str`` that carries an encoding declaration; the text is decoded already."""
    return _XML_DECLARATION.sub("", text, count=1)
