"""`recoupe eval identities`: the gold files, the scorer on small cases written for the test, and
the floors of the dev set (floors/identities.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.evaluate import identities as ev
from recoupe.evaluate.identities import GoldArticle, GoldEntity, Predicted

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "floors" / "identities.json").read_text("utf-8"))


@pytest.mark.parametrize("gold_set", ["dev", "heldout"])
def test_gold_files_parse_and_every_name_and_role_is_in_its_text(corpora_dir: Path, gold_set: str) -> None:
    articles = ev.load_gold(gold_set, corpora_dir)
    if gold_set == "dev":
        assert len(articles) == 9
    for art in articles:
        keys = [e.key for e in art.entities]
        assert len(keys) == len(set(keys)), (art.id, "a key listed twice")
        for e in art.entities:
            assert e.type in ev.TYPES, (art.id, e.key, e.type)
            assert e.names, (art.id, e.key)
            for n in e.names:
                assert ev.find_all(art.text, n), (art.id, e.key, n)
            for r in e.roles:
                assert r in art.text, (art.id, e.key, r)


def test_an_unknown_gold_set_is_refused() -> None:
    from recoupe.errors import RecoupeError

    with pytest.raises(RecoupeError, match="unknown gold set"):
        ev.gold_entries("nope")


TEXT_A = "Marc Delorme a vu Delorme et Jeanne Delorme à Brest. Le maire de Brest, Delorme, a parlé."
TEXT_B = "Jeanne Delorme revient à Brest. M. Delorme reste."
GOLD = [
    GoldArticle(
        "c", "a", TEXT_A,
        (
            GoldEntity("Marc Delorme", "PER", ("Marc Delorme", "Delorme"), ("Le maire de Brest",)),
            GoldEntity("Jeanne Delorme", "PER", ("Jeanne Delorme",)),
            GoldEntity("Brest", "LOC", ("Brest",)),
        ),
    ),
    GoldArticle(
        "c", "b", TEXT_B,
        (GoldEntity("Jeanne Delorme", "PER", ("Jeanne Delorme",)), GoldEntity("Brest", "LOC", ("Brest",))),
    ),
]  # fmt: skip


def _span(text: str, words: str, ident: str, kind: str, nth: int = 0, role: bool = False) -> Predicted:
    starts = ev.find_all(text, words)
    return Predicted(starts[nth], starts[nth] + len(words), ident, kind, role)


def _perfect() -> dict[str, list[Predicted]]:
    return {
        "a": [
            _span(TEXT_A, "Marc Delorme", "p-marc", "PER"),
            _span(TEXT_A, "Delorme", "p-marc", "PER", 1),
            _span(TEXT_A, "Jeanne Delorme", "p-jeanne", "PER"),
            _span(TEXT_A, "Brest", "l-brest", "LOC"),
            _span(TEXT_A, "Brest", "l-brest", "LOC", 1),
            _span(TEXT_A, "Delorme", "p-marc", "PER", 3),
            _span(TEXT_A, "Le maire de Brest", "p-marc", "PER", role=True),
        ],
        "b": [_span(TEXT_B, "Jeanne Delorme", "p-jeanne", "PER"), _span(TEXT_B, "Brest", "l-brest", "LOC")],
    }


def test_occurrences_keep_the_longest_name_at_each_place() -> None:
    occs = ev.occurrences(TEXT_A, [("m", "Marc Delorme"), ("m", "Delorme"), ("j", "Jeanne Delorme")])
    assert [o.text for o in occs] == ["Marc Delorme", "Delorme", "Jeanne Delorme", "Delorme"]
    assert ev.find_all("Champs-Élysées et l'Élysée", "Élysée") == [20]  # whole words only


def test_a_perfect_prediction_scores_one() -> None:
    r = ev.report(GOLD, _perfect())["recoupe"]
    assert r["detection_recall"] == r["detection_precision"] == r["type_accuracy"] == 1.0
    assert r["within_f1"] == 1.0 and r["within_gold_pairs"] == 1
    assert r["across_f1"] == 1.0 and r["across_gold_pairs"] == 2
    assert r["role_linking"] == 1.0


def test_a_wrong_merge_costs_precision_and_a_missed_merge_recall() -> None:
    wrong = _perfect()
    wrong["a"][2] = _span(TEXT_A, "Jeanne Delorme", "p-marc", "PER")  # Jeanne merged with Marc
    r = ev.report(GOLD, wrong)["recoupe"]
    assert r["within_recall"] == 1.0 and r["within_precision"] == pytest.approx(1 / 3)
    assert r["across_recall"] == 0.5  # Jeanne of "a" is no longer Jeanne of "b"
    missed = _perfect()
    missed["a"][1] = _span(TEXT_A, "Delorme", "p-other", "PER", 1)
    missed["a"][5] = _span(TEXT_A, "Delorme", "p-other", "PER", 3)
    r = ev.report(GOLD, missed)["recoupe"]
    assert r["within_recall"] == 0.0 and r["within_predicted_pairs"] == 0


def test_a_missed_name_costs_recall_and_a_mention_off_the_gold_precision() -> None:
    pred = _perfect()
    pred["b"] = [_span(TEXT_B, "Jeanne Delorme", "p-jeanne", "PER"), _span(TEXT_B, "M.", "x", "MISC")]
    r = ev.report(GOLD, pred)["recoupe"]
    assert r["gold_names"] == 6 and r["found_names"] == 5
    assert r["detection_recall"] == pytest.approx(5 / 6)
    assert r["detection_precision"] == pytest.approx(7 / 8)
    assert r["across_gold_pairs"] == 1  # Brest of "b" was not found: no unit


def test_types_and_roles_are_scored_on_found_names() -> None:
    pred = _perfect()
    pred["a"][3] = _span(TEXT_A, "Brest", "l-brest", "ORG")
    pred["a"][4] = _span(TEXT_A, "Brest", "l-brest", "ORG", 1)
    pred["a"][6] = _span(TEXT_A, "Le maire de Brest", "role:maire", "ROLE", role=True)
    r = ev.report(GOLD, pred)["recoupe"]
    assert r["type_accuracy"] == pytest.approx(5 / 6)
    assert r["role_linking"] == 0.0


def test_the_exact_string_peer_merges_equal_strings_only() -> None:
    peer = ev.report(GOLD, _perfect())["exact-string"]
    assert peer["within_recall"] == 0.0  # "Marc Delorme" and "Delorme" differ
    assert peer["across_recall"] == 1.0 and peer["across_precision"] == 1.0  # Jeanne and Brest each time


@pytest.mark.parametrize("gold_set", ["dev", "heldout"])
def test_gold_sets_hold_their_floors_and_beat_exact_strings(corpora_dir: Path, gold_set: str) -> None:
    """dev (rules developed on it) and heldout (blind: never read for tuning, measured by the lead).
    Across articles recoupe is behind the exact-string peer on heldout (see floors/identities.json),
    so the across-article margin is asserted on dev only."""
    result = ev.evaluate_identities(corpora_dir, gold_set)
    ours, peer, floors = result["recoupe"], result["exact-string"], FLOORS[gold_set]
    assert ours["articles"] == 9
    for name, floor in floors.items():
        if not name.startswith("_"):
            assert ours[name] >= floor, (name, ours)
    assert ours["within_f1"] >= peer["within_f1"] + FLOORS["margin_over_exact_within_f1"], result
    if gold_set == "dev":
        assert ours["across_f1"] >= peer["across_f1"] + FLOORS["margin_over_exact_across_f1"], result
