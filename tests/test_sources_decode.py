"""Bytes to text: encodings, gzip, binary and empty inputs, HTML or text."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from recoupe.errors import RejectedInput
from recoupe.model import RawDocument
from recoupe.sources.decode import decode

SEED = "000_17ee9b2c522df534.txt"


def seed_text(seeds_dir: Path) -> str:
    return (seeds_dir / SEED).read_text(encoding="utf-8")


def latin_safe(text: str) -> str:
    """The seed with the few characters latin-1 cannot hold replaced, as a latin-1 page would have them."""
    return "".join(
        ch if ord(ch) < 256 else {"’": "'", "œ": "oe", "Œ": "OE", "–": "-", "—": "-", "…": "..."}.get(ch, "?")
        for ch in text
    )


def reject(data: bytes, **kw: object) -> str:
    with pytest.raises(RejectedInput) as info:
        decode(RawDocument("x", data, **kw))  # type: ignore[arg-type]
    return str(info.value)


def test_utf8_seed_round_trips(seeds_dir: Path) -> None:
    text = seed_text(seeds_dir)
    decoded = decode(RawDocument("x", text.encode("utf-8"), kind="text"))
    assert (decoded.text, decoded.kind, decoded.encoding) == (text, "text", "utf-8")


def test_cp1252_french_is_decoded(seeds_dir: Path) -> None:
    text = "L’œuvre a coûté 5 € à l’État, a déclaré le président français. " + latin_safe(
        seed_text(seeds_dir)
    )
    decoded = decode(RawDocument("x", text.encode("cp1252")))
    assert decoded.text == text and decoded.encoding == "cp1252"
    assert "’" in decoded.text and "œ" in decoded.text and "é" in decoded.text


def test_latin1_french_is_decoded(seeds_dir: Path) -> None:
    text = latin_safe(seed_text(seeds_dir))
    decoded = decode(RawDocument("x", text.encode("latin-1")))
    assert decoded.text == text
    assert "é" in decoded.text and "Ã" not in decoded.text


def test_declared_charset_from_header_and_meta() -> None:
    text = "Президент России заявил, что переговоры продолжатся."
    assert decode(RawDocument("x", text.encode("cp1251"), hints={"charset": "windows-1251"})).text == text
    page = f'<html><head><meta charset="koi8-r"></head><body><p>{text}</p></body></html>'
    decoded = decode(RawDocument("x", page.encode("koi8_r")))
    assert text in decoded.text and decoded.kind == "html" and decoded.encoding == "koi8-r"


def test_utf8_page_that_declares_latin1_stays_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Le président a déclaré l’œuvre.</p>'
    assert "président" in decode(RawDocument("x", page.encode("utf-8"))).text


def test_mostly_utf8_with_a_broken_byte() -> None:
    text = "Le président a déclaré à la presse qu’il était très inquiet. " * 3
    decoded = decode(RawDocument("x", text.encode() + b" \xff fin."))
    assert decoded.text.startswith(text) and "\ufffd" in decoded.text


@pytest.mark.parametrize(
    ("bom", "codec"), [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    text = "Où est l’œuf ?"
    decoded = decode(RawDocument("x", bom + text.encode(codec)))
    assert decoded.text == text and decoded.encoding == codec


def test_gzip_is_decompressed(seeds_dir: Path) -> None:
    text = seed_text(seeds_dir)
    assert decode(RawDocument("x.txt.gz", gzip.compress(text.encode()), kind="text")).text == text


def test_truncated_gzip_is_rejected(seeds_dir: Path) -> None:
    data = gzip.compress(seed_text(seeds_dir).encode())
    assert reject(data[: len(data) // 2]).startswith("truncated gzip")


def test_gzip_bomb_is_capped() -> None:
    data = gzip.compress(b"a" * 2_000_000)
    with pytest.raises(RejectedInput, match="too large"):
        decode(RawDocument("x", data), max_bytes=100_000)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", gzip.compress(b""), gzip.compress(b"  \n ")])
def test_empty_and_whitespace_are_rejected(data: bytes) -> None:
    assert reject(data).startswith("empty")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
    ],
)
def test_known_binary_formats_are_rejected(data: bytes, name: str) -> None:
    reason = reject(data)
    assert reason.startswith("binary") and name in reason


def test_random_bytes_are_rejected() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(5000))
    assert reject(data).startswith("binary")
    no_nul = bytes(b for b in data if b)
    assert reject(no_nul).startswith(("binary", "undecodable"))


def test_control_characters_mean_binary() -> None:
    assert "control characters" in reject(("texte " + "\x01\x02\x03\x1b" * 20).encode())


def test_kind_from_record_content_type_and_markup() -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>Bonjour.</p></body></html>"
    assert decode(RawDocument("x", page)).kind == "html"
    assert decode(RawDocument("x", page, kind="text")).kind == "text"  # the extension wins
    assert decode(RawDocument("x", b"Bonjour.", hints={"content_type": "text/html"})).kind == "html"
    assert decode(RawDocument("x", b"<p>Un</p><p>Deux</p><div>trois</div>")).kind == "html"
    assert (
        decode(RawDocument("x", "Le prix a monté (x < y), dit-il.\nDeuxième ligne.".encode())).kind == "text"
    )


def test_a_real_page_with_stray_nul_bytes_is_kept(corpora_dir: Path) -> None:
    page = corpora_dir / "trafilatura_eval" / "html" / "lostiempos.com-juicio.html.gz"
    decoded = decode(RawDocument(str(page), page.read_bytes(), kind="html"))
    assert decoded.kind == "html" and "\x00" not in decoded.text and len(decoded.text) > 100_000


def test_every_page_of_the_extraction_corpora_decodes(corpora_dir: Path) -> None:
    """No false rejection on real pages it was not written for (one page in four of 1,188, for time)."""
    from recoupe import config, sources

    folders = [
        corpora_dir / name
        for name in (
            "fundus_testdata",
            "htmldate_eval",
            "readability_testpages",
            "scrapinghub_aeb",
            "trafilatura_eval",
        )
    ]
    pages = [
        raw
        for raw in sources.read(
            [str(f / sub) for f in folders for sub in ("html", "pages") if (f / sub).is_dir()],
            config.load(env={}),
        )
    ]
    assert len(pages) > 1000
    failures = []
    for raw in pages[::4]:
        try:
            decoded = decode(raw)
        except RejectedInput as exc:
            failures.append((raw.input, str(exc)))
            continue
        if decoded.kind != "html":
            failures.append((raw.input, f"{decoded.encoding} {decoded.kind}"))
    assert failures == []


def test_utf16_without_bom_when_declared() -> None:
    text = "Le président a déclaré."
    decoded = decode(RawDocument("x", text.encode("utf-16-le"), hints={"charset": "utf-16le"}))
    assert decoded.text == text
    assert reject(text.encode("utf-16-le")).startswith("binary")  # undeclared: NUL bytes
    page = '<meta charset="utf-16"><p>Le président.</p>'.encode()  # a false declaration, ignored
    assert "président" in decode(RawDocument("x", page)).text
