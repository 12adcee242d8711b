"""Extraction quality floors on a fixed subset of every corpus (the full run is `recoupe eval extraction`).

floors/extraction.json keeps, for the same subset, figures a little under what was measured; a
figure that drops below its floor fails here. The subset is deterministic: SUBSET pages spread
evenly over each corpus, so the same pages are scored every time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.config import Settings
from recoupe.evaluate import corpora, extraction

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "floors" / "extraction.json"
SUBSET = 20


@pytest.fixture(scope="module")
def subset_figures() -> dict[str, dict[str, float]]:
    from conftest import CORPORA, require_shared

    base = require_shared(CORPORA)
    pages: list[corpora.Page] = []
    for name in corpora.CORPORA:
        pages.extend(corpora.subset(list(corpora.load_pages(base / name)), SUBSET))
    runners = extraction.systems(Settings(), ("recoupe", "trafilatura", "htmldate"))
    return extraction.figures(extraction.evaluate(pages, runners))


def test_figures_stay_above_their_floors(subset_figures: dict[str, dict[str, float]]) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["subset"]
    assert floors, "floors/extraction.json has no subset floors"
    low = [
        f"{key} {metric}: {subset_figures.get(key, {}).get(metric)} < floor {floor}"
        for key, metrics in floors.items()
        for metric, floor in metrics.items()
        if subset_figures.get(key, {}).get(metric, -1.0) < floor
    ]
    assert not low, "extraction figures dropped below their floors:\n" + "\n".join(low)
