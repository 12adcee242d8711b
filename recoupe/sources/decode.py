"""Bytes to text: gzip, byte-order marks, declared and guessed charsets, binary and emptiness checks."""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from dataclasses import dataclass

from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.model import RawDocument

GZIP_MAGIC = b"\x1f\x8b"

# Magic numbers of formats that are never an article, with the name shown in the reason.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ\x90\x00", "an executable (Windows)"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels that browsers read as windows-1252 (WHATWG Encoding Standard): pages declaring latin-1
# are in practice cp1252, and cp1252 only differs in giving 0x80-0x9F printable characters (’ œ €).
_CP1252_LABELS = {
    "iso-8859-1",
    "iso8859-1",
    "latin-1",
    "latin1",
    "l1",
    "ascii",
    "us-ascii",
    "windows-1252",
    "cp1252",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(
    r"</?(p|div|span|a|br|h[1-6]|article|section|ul|li|table|script|style|img)\b[^>]*>", re.IGNORECASE
)

# Random or binary data has one NUL byte in 256 (0.4%), UTF-16 text one in two; real pages seen with
# stray NULs have far fewer (22 in 194,619 bytes on a trafilatura_eval page), so 0.1% splits them.
MAX_NUL_SHARE = 0.001
# Real text carries almost no control characters besides tab and newlines; random or binary data
# decoded as cp1252 has about 10% of them, so 2% separates the two with a wide margin.
MAX_CONTROL_SHARE = 0.02
# French, English or Spanish text has a few percent of non-ASCII letters; Cyrillic or Greek bytes
# read as cp1252 are almost all non-ASCII, so above this share cp1252 is the wrong guess.
MAX_LATIN_NON_ASCII_SHARE = 0.3
# A mostly-UTF-8 file with a few broken bytes is kept as UTF-8 (with replacements) when valid
# multi-byte characters outnumber the broken ones by this factor; cp1252 text read as UTF-8 has
# almost no valid multi-byte sequence (an accent is followed by ASCII), so a small factor suffices.
UTF8_VALID_TO_BROKEN = 3


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    kind: str  # "html" or "text"
    encoding: str


def decode(raw: RawDocument, max_bytes: int | None = None) -> Decoded:
    """Decode `raw.data` into text and say whether it is HTML or plain text.

    Handles gzip (by magic number) and byte-order marks, then tries strict UTF-8, then the charset
    declared in `raw.hints["charset"]` (HTTP header) or in the page (`<meta charset>`, XML
    declaration), then UTF-8 with a few broken bytes, then cp1252 (what latin-1 pages really are),
    then charset-normalizer's guess.

    Args:
        raw: the document as read by `recoupe.sources.read`.
        max_bytes: cap on the decompressed size of gzip data (default: the settings' default).

    Raises:
        RejectedInput: empty or whitespace-only, binary (magic number, NUL bytes, control
            characters), truncated or oversized gzip, or undecodable; the message says which.
    """
    cap = Settings().max_bytes if max_bytes is None else max_bytes
    data = raw.data
    if not data:
        raise RejectedInput("empty: the input has 0 bytes")
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, cap)
        if not data:
            raise RejectedInput("empty: the gzip data decompresses to 0 bytes")
    text, encoding = _to_text(data, raw.hints.get("charset"))
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise RejectedInput(f"empty: only whitespace ({len(data)} bytes)")
    _check_controls(text)
    return Decoded(text=text, kind=sniff_kind(raw, text), encoding=encoding)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data (all members) up to `max_bytes`; RejectedInput if truncated or larger."""
    out = bytearray()
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise RejectedInput(f"corrupt gzip data: {exc}") from exc
        if len(out) > max_bytes:
            raise RejectedInput(
                f"too large: the gzip data decompresses to more than {max_bytes} bytes "
                "(raise the cap with --max-bytes or RECOUPE_MAX_BYTES)"
            )
        if not inflater.eof:
            raise RejectedInput(
                f"truncated gzip: the stream ends before its end marker after {len(out)} decompressed "
                "bytes; the file was cut during download or copy, fetch it again"
            )
        rest = inflater.unused_data
    return bytes(out)


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset declared by the HTTP header, else by `<meta charset>` or the XML declaration."""
    for label in (header, *_in_document_labels(data[:4096])):
        name = _codec_name(label)
        if name:
            return name
    return None


def _in_document_labels(head: bytes) -> list[str]:
    labels = []
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            labels.append(match.group(1).decode("ascii", "replace"))
    return labels


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None  # an unknown label is ignored, as browsers do


def _to_text(data: bytes, header_charset: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError as exc:
                raise RejectedInput(f"undecodable: starts with a {name} byte-order mark but {exc}") from exc
    _check_magic(data)
    wide = _codec_name(header_charset)
    if wide and wide.startswith(("utf-16", "utf-32")):
        # Wide encodings are full of NUL bytes: only the HTTP header (no BOM) tells them from binary.
        # A <meta> saying UTF-16 is ignored, as browsers do: the page could not have been read to find it.
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise RejectedInput(f"undecodable: declared {wide} but {exc}") from exc
    nuls = data.count(0)
    if nuls > MAX_NUL_SHARE * len(data):
        raise RejectedInput(f"binary: {nuls} NUL bytes in {len(data)} bytes; text files do not contain them")
    if nuls:
        data = data.replace(b"\x00", b"")  # a few stray NULs in a real page (browsers ignore them too)
    # Valid UTF-8 with accents is almost never an accident, while declarations lie often (servers
    # that default to latin-1 in front of UTF-8 pages): strict UTF-8 first, then the declaration.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, header_charset)
    if declared and declared != "utf-8" and not declared.startswith(("utf-16", "utf-32")):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8 (broken bytes replaced)"
    try:
        text = data.decode("cp1252")
        if _looks_latin(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _mostly_utf8(data: bytes) -> str | None:
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if valid >= UTF8_VALID_TO_BROKEN * broken else None


def _looks_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return non_ascii / len(letters) <= MAX_LATIN_NON_ASCII_SHARE


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise RejectedInput(
            "undecodable: not UTF-8, not cp1252/latin-1 text, and no other character set fits; "
            "convert the file to UTF-8 first (for example with iconv)"
        )
    return str(best), best.encoding


def _check_magic(data: bytes) -> None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise RejectedInput(f"binary: the bytes start like {name} (magic number), not text or HTML")
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise RejectedInput(
            f"binary: the bytes start like a RIFF {data[8:12].decode().strip()} file, not text"
        )
    if data[4:8] == b"ftyp":
        raise RejectedInput("binary: the bytes start like an MP4/QuickTime file, not text")


def _check_controls(text: str) -> None:
    controls = sum(1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")
    if controls and controls / len(text) > MAX_CONTROL_SHARE:
        raise RejectedInput(
            f"binary: {controls} control characters in {len(text)} ({controls / len(text):.0%}); "
            "this is not text"
        )


def sniff_kind(raw: RawDocument, text: str) -> str:
    """ "html" or "text": from `raw.kind` (extension, record field), the content type, then markup."""
    if raw.kind in ("html", "text"):
        return raw.kind
    content_type = raw.hints.get("content_type", "").lower()
    if "html" in content_type:
        return "html"
    if content_type.startswith("text/plain"):
        return "text"
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    # A fragment without <html>: call it HTML when tags are frequent (one per 300 characters or more).
    tags = len(_TAG.findall(text[:100_000]))
    return "html" if tags and len(text[:100_000]) / tags < 300 else "text"
