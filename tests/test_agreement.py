"""`recoupe eval agreement`: a second reading scored against the first exactly as recoupe is."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe.cli import app
from recoupe.errors import RecoupeError
from recoupe.evaluate.agreement import agreement, evaluate_agreement, second_readings

TEXT = (
    "Le maire, Jean Roy, a déclaré : « Le pont rouvrira le 3 mars 2025. » "
    "Selon la préfète, les travaux ont commencé hier. "
    "« Nous n'avons rien caché », a assuré l'entreprise le 2 février 2025."
)

FIRST = {
    "quotes": [
        {"from": "Le pont", "to": "2025.", "speaker": "Jean Roy", "direct": True},
        {"from": "les travaux", "to": "hier", "speaker": "la préfète", "direct": False},
        {"from": "Nous n'avons", "to": "caché", "speaker": "l'entreprise", "direct": True},
    ],
    "dates": [
        {"text": "le 3 mars 2025", "date": "2025-03-03"},
        {"text": "hier", "date": None},
        {"text": "le 2 février 2025", "date": "2025-02-02"},
    ],
}


def test_two_identical_readings_agree_fully() -> None:
    result = agreement([(FIRST, FIRST, TEXT)])
    assert result["quotes"]["f1"] == 1.0
    assert result["quotes"]["speaker_agreement"] == 1.0
    assert result["quotes"]["direct_agreement"] == 1.0
    assert result["dates"]["accuracy"] == 1.0
    assert result["quotes"]["articles"] == result["dates"]["articles"] == 1


def test_a_second_reading_that_differs_is_scored_like_a_system() -> None:
    second = {
        "quotes": [  # the same first quote with another speaker; the indirect one left out
            {"from": "Le pont", "to": "2025.", "speaker": "le maire de Lyon", "direct": True},
            {"from": "Nous n'avons", "to": "caché", "speaker": "l'entreprise", "direct": False},
        ],
        "dates": [  # one day read otherwise, "hier" left out
            {"text": "le 3 mars 2025", "date": "2025-03-04"},
            {"text": "le 2 février 2025", "date": "2025-02-02"},
        ],
    }
    result = agreement([(FIRST, second, TEXT)])
    quotes, dates = result["quotes"], result["dates"]
    assert (quotes["matched"], quotes["gold"], quotes["predicted"]) == (2, 3, 2)
    assert quotes["precision"] == 1.0 and quotes["recall"] == pytest.approx(2 / 3)
    assert quotes["speaker_agreement"] == 0.5 and quotes["direct_agreement"] == 0.5
    assert (dates["correct"], dates["gold"], dates["predicted"]) == (1, 3, 2)
    assert dates["detection_recall"] == pytest.approx(2 / 3)


def test_only_sets_read_twice_are_accepted() -> None:
    assert "blind4" in second_readings()
    with pytest.raises(RecoupeError, match="no second reading"):
        evaluate_agreement(gold_set="tuned")


def test_the_command_reads_the_shipped_readings(corpora_dir: Path) -> None:
    result = evaluate_agreement(corpora_dir, "blind4")
    assert result["quotes"]["articles"] == result["dates"]["articles"] <= 12
    out = CliRunner().invoke(app, ["eval", "agreement", "--gold", "blind4"])
    assert out.exit_code == 0, out.output
    assert "Agreement on blind4" in out.output or "annotated in both readings yet" in out.output
