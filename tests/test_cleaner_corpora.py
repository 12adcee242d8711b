"""The plain-text cleaner on pages it was not written for: public corpora rendered to text, floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.evaluate import corpora
from recoupe.evaluate.cleaner import evaluate_cleaner

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "floors" / "cleaner.json").read_text(encoding="utf-8"))["subset_40"]


@pytest.mark.slow
def test_cleaner_holds_its_floors_on_a_fixed_subset_of_every_corpus(corpora_dir: Path) -> None:
    figures: dict[str, dict[str, float]] = {}
    for name in FLOORS:
        pages = list(corpora.load_pages(corpora_dir / name))
        figures.update(evaluate_cleaner(corpora.subset(pages, 40)))
    failures = [
        f"{name} {metric}: {figures[name][metric]:.4f} < floor {floor}"
        for name, metrics in FLOORS.items()
        for metric, floor in metrics.items()
        if figures[name][metric] < floor
    ]
    assert not failures, "; ".join(failures)
    for name in ("scrapinghub_aeb", "fundus_testdata"):
        # Cleaning must beat the whole page's text by far, or it does nothing useful.
        assert figures[name]["body_f1"] > figures[name]["raw_f1"] + 0.1, figures[name]
