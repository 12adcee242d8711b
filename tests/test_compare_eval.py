"""ROUGE and verdict evaluations on RPM2: scorer sanity, floors, and recoupe ahead of both baselines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPORA, ROOT, require_shared

from recoupe.evaluate import summary as ev_summary
from recoupe.evaluate import verdicts as ev_verdicts

FLOORS = json.loads((ROOT / "floors" / "compare.json").read_text(encoding="utf-8"))


def test_rouge_scorer_on_known_values() -> None:
    assert ev_summary.tokens("L'armée a nié.") == ["l", "armée", "a", "nié"]
    same = ev_summary.rouge("le chat dort", ["le chat dort"])
    assert same == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    # candidate "le chat" vs reference "le chien et le chat": 2 of 2 unigrams, 1 of 4 bigrams match.
    partial = ev_summary.rouge("le chat", ["le chien et le chat"])
    assert partial["rouge1"] == pytest.approx(2 * 1.0 * 0.4 / 1.4)
    assert partial["rouge2"] == pytest.approx(2 * 1.0 * 0.25 / 1.25)
    assert partial["rougeL"] == pytest.approx(2 * 1.0 * 0.4 / 1.4)
    assert ev_summary.rouge("rien", ["le chat"])["rouge1"] == 0.0
    assert ev_summary.cut("un deux trois", 2) == "un deux"


@pytest.fixture(scope="module")
def rpm2() -> Path:
    return require_shared(CORPORA / "rpm2_fr_public")


@pytest.mark.slow
def test_summary_beats_both_baselines_and_floors(rpm2: Path) -> None:
    figures: dict[str, Any] = ev_summary.evaluate(rpm2, words=100)
    assert figures["events"] == 20
    systems = figures["systems"]
    for metric in ("rouge1", "rouge2", "rougeL"):
        assert systems["recoupe"][metric] > systems["lead"][metric], metric
        assert systems["recoupe"][metric] > systems["centroid"][metric], metric
        assert systems["recoupe"][metric] >= FLOORS["summary_rpm2_100_words"][metric], metric


@pytest.mark.slow
def test_verdicts_against_the_gold(rpm2: Path) -> None:
    gold = ev_verdicts.load_gold()
    assert len({g["event"] for g in gold}) >= 10
    assert {g["status"] for g in gold} == {"corroborated", "single", "contradicted"}
    figures = ev_verdicts.evaluate(rpm2)
    floors = FLOORS["verdicts_rpm2_gold"]
    assert figures["unmatched"] == 0, "every gold passage must be found in its anchor article"
    assert figures["accuracy"] >= floors["accuracy"]
    assert figures["statuses"]["corroborated"]["recall"] >= floors["corroborated_recall"]
    assert figures["statuses"]["single"]["precision"] >= floors["single_precision"]
