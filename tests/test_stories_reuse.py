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


def _difflib_runs(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...], least: int) -> list[tuple[int, int, int]]:
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return [(m.a, m.b, m.size) for m in blocks if m.size >= least]


def test_matching_runs_are_difflib_s_long_blocks_on_random_and_real_texts(texts: list[str]) -> None:
    """`matching_runs` replaced difflib's matcher (pure Python, quadratic in the worst case) for
    speed: it must give exactly the same blocks of MIN_RUN words or more."""
    import random

    from recoupe.stories.reuse import MIN_RUN, matching_runs

    rng = random.Random(7)
    checked = 0
    for trial in range(300):
        vocab = [f"w{v}" for v in range(rng.choice((3, 6, 30, 400)))]  # few words: many repeats, ties
        shared = [rng.choice(vocab) for _ in range(rng.randrange(0, 60))]
        a = [rng.choice(vocab) for _ in range(rng.randrange(0, 120))]
        b = [rng.choice(vocab) for _ in range(rng.randrange(0, 120))]
        for seq in (a, b):  # plant the shared run, sometimes twice, at random places
            for _ in range(rng.choice((1, 1, 2))):
                at = rng.randrange(len(seq) + 1)
                seq[at:at] = shared[rng.randrange(len(shared) + 1) :] if trial % 3 else shared
        for least in (1, 3, MIN_RUN):
            assert matching_runs(a, b, least) == _difflib_runs(a, b, least), (trial, least)
            checked += bool(_difflib_runs(a, b, least))
    assert checked > 300  # most cases have blocks to compare
    words = [tokenize(t).words for t in texts]
    for x, y in ((0, 1), (2, 3)):
        a, b = words[x] + words[y][:200], words[x][50:400] + words[y][100:] + words[x][:80]  # and one moved
        assert matching_runs(a, b) == _difflib_runs(a, b, MIN_RUN) and len(matching_runs(a, b)) >= 2
