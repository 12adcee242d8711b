"""Text reuse on real articles: exact shared spans, duplicates vs passages, nothing on unrelated text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.stories.reuse import ReuseIndex, align
from recoupe.stories.shingles import tokenize


@pytest.fixture
def texts(corpora_dir: Path) -> list[str]:
    rows = [json.loads(line) for line in (corpora_dir / "rpm2_fr_public" / "documents.jsonl").open()]
    # One article per story (T01..T10): ten unrelated real French texts.
    return [r["text"] for r in rows if r["doc_id"].endswith("C1_01")]


def test_trimmed_copy_is_a_duplicate_with_exact_spans(texts: list[str]) -> None:
    original = texts[0]
    cut = original.find("\n", len(original) // 2)
    copy = "Par notre correspondant.\n" + original[:cut]  # syndicated copy: trimmed, new byline
    index = ReuseIndex({"a": original, "b": copy}.__getitem__)
    assert index.add("a", original) == []
    found = {r.article_id: r for r in index.add("b", copy)}
    assert found["b"].kind == "duplicate" and found["a"].kind == "duplicate"
    assert found["b"].containment > 0.9
    assert 0.4 < found["a"].containment < 0.7
    for s, e, os_, oe in found["b"].spans:
        assert tokenize(copy[s:e]).words == tokenize(original[os_:oe]).words


def test_shared_paragraph_between_two_texts_is_a_passage(texts: list[str]) -> None:
    paragraph = max(texts[1].split("\n"), key=len)
    assert len(paragraph.split()) > 30
    a = texts[2] + "\n" + paragraph
    b = paragraph + "\n" + texts[3]
    index = ReuseIndex({"a": a, "b": b}.__getitem__)
    index.add("a", a)
    (ab,) = [r for r in index.add("b", b) if r.article_id == "a"]
    assert ab.kind == "passage"
    (s, e, os_, oe) = ab.spans[0]
    assert a[s:e].strip(" .") in paragraph and b[os_:oe].strip(" .") in paragraph
    assert ab.shared_chars >= len(paragraph) * 0.9


def test_unrelated_articles_share_nothing(texts: list[str]) -> None:
    index = ReuseIndex(dict(enumerate(texts)).__getitem__)  # type: ignore[arg-type]
    found = [r for i, t in enumerate(texts) for r in index.add(i, t)]  # type: ignore[arg-type]
    assert found == []


def test_align_ignores_short_common_phrases() -> None:
    a = tokenize("Le porte-parole du Kremlin a déclaré mardi que la rencontre aurait lieu à Moscou bientôt.")
    b = tokenize("Selon lui, le porte-parole du Kremlin a déclaré que rien n'était décidé pour la suite.")
    assert align(a, b).spans == ()
