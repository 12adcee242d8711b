"""The page renderer gives what select-all-and-copy in a browser gives: all visible text, by block."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from recoupe.evaluate.render import page_text

PAGE = """<!DOCTYPE html><html><head><title>Not shown</title><style>p{color:red}</style>
<script>var x = "not shown";</script></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
<h1>Un  titre
 sur deux lignes</h1>
<p>Premier paragraphe avec <b>du gras</b> et <a href="#">un lien</a>.</p>
<p>Ligne un<br>ligne deux</p>
<div hidden>caché</div><div style="display: none">caché aussi</div><noscript>pas de script</noscript>
<template><p>modèle</p></template>
<table><tr><td>A</td><td>B</td></tr></table>
<footer>© 2025 Le Journal</footer>
</body></html>"""


def test_blocks_on_their_own_lines_inline_text_joined() -> None:
    lines = page_text(PAGE).splitlines()
    assert lines[:2] == ["Accueil", "Monde"]  # navigation is visible text too
    assert "Un titre sur deux lignes" in lines
    assert "Premier paragraphe avec du gras et un lien." in lines
    assert "Ligne un" in lines and "ligne deux" in lines
    assert "A\tB" in lines
    assert lines[-1] == "© 2025 Le Journal"


def test_invisible_content_gives_nothing() -> None:
    text = page_text(PAGE)
    for hidden in ("Not shown", "not shown", "color:red", "caché", "pas de script", "modèle"):
        assert hidden not in text


def test_paragraphs_are_set_apart_by_a_blank_line() -> None:
    text = page_text(PAGE)
    assert "\n\nPremier paragraphe" in text
    assert "\n\n\n" not in text


def test_bytes_and_empty_or_broken_input() -> None:
    assert page_text(PAGE.encode("utf-8")) == page_text(PAGE)
    assert page_text("<p>caf\u00e9</p>".encode("cp1252")).startswith("caf")
    assert page_text("") == ""
    assert page_text("<html><body><div><p>unclosed") == "unclosed"


def test_a_real_page_renders_its_article_and_its_furniture(corpora_dir: Path) -> None:
    folder = corpora_dir / "scrapinghub_aeb"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    key = sorted(truth)[3]
    text = page_text(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()))
    gold_first = truth[key]["articleBody"].split("\n")[0].strip()
    assert gold_first[:60] in text
    assert len(text) > len(truth[key]["articleBody"])  # menus and footers are there too
