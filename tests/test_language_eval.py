"""Quote and date quality on the gold sample, against floors and beside the baselines (same run)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from recoupe.evaluate import corpora
from recoupe.evaluate.language import GOLD_FILES, _locate, evaluate_dates, evaluate_quotes, gold_entries

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "floors" / "language.json").read_text("utf-8"))


def test_gold_covers_forty_articles_from_three_corpora(corpora_dir: Path) -> None:
    entries = gold_entries()
    assert len(entries) >= 40
    assert len(Counter(e["corpus"] for e in entries)) >= 3
    every = {(e["corpus"], e["id"], json.dumps(e)): e for name in GOLD_FILES for e in gold_entries(name)}
    for e in every.values():  # every annotated span of every set is found in the article text
        text = corpora.load(e["corpus"], e["id"], corpora_dir).text
        for q in e["quotes"]:
            _locate(text, q["from"], q["to"])
        for d in e["dates"]:
            assert d["text"] in text, (e["id"], d["text"])


def test_quotes_hold_floors_and_beat_textacy(corpora_dir: Path) -> None:
    scores = evaluate_quotes(corpora_dir)
    ours, theirs = scores["recoupe"], scores["textacy"]
    assert ours["gold"] >= 100
    assert ours["f1"] >= FLOORS["quote_f1"], ours
    assert ours["precision"] >= FLOORS["quote_precision"], ours
    assert ours["recall"] >= FLOORS["quote_recall"], ours
    assert ours["speaker_accuracy"] >= FLOORS["speaker_accuracy"], ours
    assert ours["f1"] >= theirs["f1"] + FLOORS["margin_over_textacy_f1"], scores


def test_dates_hold_floors_and_beat_dateparser(corpora_dir: Path) -> None:
    scores = evaluate_dates(corpora_dir)
    ours, theirs = scores["recoupe"], scores["dateparser"]
    assert ours["gold"] >= 100
    assert ours["accuracy"] >= FLOORS["date_accuracy"], ours
    assert ours["detection_recall"] >= FLOORS["date_detection_recall"], ours
    assert ours["accuracy"] >= theirs["accuracy"] + FLOORS["margin_over_dateparser_accuracy"], scores


@pytest.mark.parametrize(
    "gold_set",
    ["dev", "dev3", "dev4", "dev5", "dev6", "heldout", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"],
)
def test_pages_nobody_tuned_on_hold_their_floors(corpora_dir: Path, gold_set: str) -> None:
    """The held-out set is never read for tuning: its floors catch rules that only fit the tuned gold."""
    floors = FLOORS[gold_set]
    quotes = evaluate_quotes(corpora_dir, gold_set)["recoupe"]
    dates = evaluate_dates(corpora_dir, gold_set)["recoupe"]
    assert (
        quotes["articles"]
        >= {"dev5": 6, "dev6": 12, "blind3": 5, "blind4": 12, "blind5": 12, "blind6": 12, "blind7": 12}.get(gold_set, 7)
        and quotes["gold"] >= 40
    )
    assert quotes["f1"] >= floors["quote_f1"], quotes
    assert quotes["speaker_accuracy"] >= floors["speaker_accuracy"], quotes
    assert dates["accuracy"] >= floors["date_accuracy"], dates
