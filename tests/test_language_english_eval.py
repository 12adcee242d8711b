"""English quotes and dates on the English gold (en-dev, en-dev2, en-heldout), read in English by both systems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.evaluate import corpora
from recoupe.evaluate.language import evaluate_dates, evaluate_quotes, gold_entries, gold_quotes, language

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "floors" / "language.json").read_text("utf-8"))
EN_SETS = ("en-dev", "en-dev2", "en-heldout")
ARTICLES = {"en-dev": 6, "en-heldout": 6, "en-dev2": 8}


def test_a_gold_entry_is_french_unless_it_says_otherwise() -> None:
    assert language({"corpus": "c", "id": "i"}) == "fr"
    assert language({"corpus": "c", "id": "i", "lang": "en"}) == "en"
    assert all(language(e) == "fr" for e in gold_entries("all"))


@pytest.mark.parametrize("gold_set", ARTICLES)
def test_english_gold_spans_are_in_the_texts(corpora_dir: Path, gold_set: str) -> None:
    entries = gold_entries(gold_set)
    assert len(entries) == ARTICLES[gold_set] and all(language(e) == "en" for e in entries)
    for e in entries:
        text = corpora.load(e["corpus"], e["id"], corpora_dir).text
        for q, span in zip(e["quotes"], gold_quotes(e, text), strict=True):
            assert span.end - span.start < 1000, (e["id"], q)  # a span, not the rest of the article
        for d in e["dates"]:
            assert d["text"] in text, (e["id"], d["text"])


@pytest.mark.parametrize("gold_set", EN_SETS)
def test_english_sets_hold_their_floors(corpora_dir: Path, gold_set: str) -> None:
    """en-heldout is never read for tuning: its floors catch English rules that only fit en-dev."""
    floors = FLOORS[gold_set.replace("-", "_")]
    scores = evaluate_quotes(corpora_dir, gold_set)
    quotes = scores["recoupe"]
    assert "n/a" in scores["textacy"]  # no tagged English pipeline offline: not a baseline here
    dates = evaluate_dates(corpora_dir, gold_set)["recoupe"]
    assert quotes["articles"] == ARTICLES[gold_set] and quotes["gold"] >= 30
    assert quotes["f1"] >= floors["quote_f1"], quotes
    assert quotes["speaker_accuracy"] >= floors["speaker_accuracy"], quotes
    assert dates["accuracy"] >= floors["date_accuracy"], dates
