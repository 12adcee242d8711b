"""Acceptance: section 4 of ../shared/seeds/EXPECTED.md, on the JSON of the real pipeline over the seeds.

The pipeline (cleaning, spaCy, the USE embedder, story clustering, copy graph) runs once per session;
every test reads the same report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, require_shared

from recoupe import config, pipeline
from recoupe.compare import render
from recoupe.compare.report import report_for
from recoupe.store import SQLiteStore, docs


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    seeds = require_shared(SEEDS)
    db = tmp_path_factory.mktemp("compare_seeds") / "seeds.db"
    store = SQLiteStore(str(db))
    pipeline.run(store, [str(seeds)], config.load(env={}, db=str(db)))
    by_file = {Path(a.input).name[:3]: a.id for a in store.iter_articles()}
    story = max(docs.stories(store), key=lambda s: len(s.article_ids))
    report = render.to_json(report_for(store, story.id))
    store.close()
    return {"report": report, "id": by_file, "name": {v: k for k, v in by_file.items()}}


def _names(seeds_report: dict[str, Any], ids: list[str]) -> set[str]:
    return {seeds_report["name"][i] for i in ids}


def _claim(seeds_report: dict[str, Any], *words: str, status: str | None = None) -> dict[str, Any]:
    """The claim group with the most articles whose text holds all `words`."""
    found = [
        c
        for c in seeds_report["report"]["claims"]
        if all(w in c["text"] for w in words) and (status is None or c["status"] == status)
    ]
    assert found, f"no claim with {words} in {[c['text'][:60] for c in seeds_report['report']['claims']]}"
    return max(found, key=lambda c: len(c["articles"]))


def test_one_story_with_the_json_fields(seeds_report: dict[str, Any]) -> None:
    report = seeds_report["report"]
    assert list(report) == ["id", "title", "events", "claims", "quote_groups", "one_sided", "timeline", "summary"]
    assert _names(seeds_report, [a for c in report["claims"] for a in c["articles"]]) == {
        "000", "001", "002", "003", "004",
    }


def test_encirclement_contradicted_by_the_denial_and_one_sided(seeds_report: dict[str, Any]) -> None:
    report = seeds_report["report"]
    encircled = [c for c in report["claims"] if "encercl" in c["text"] and c["status"] == "contradicted"]
    assert encircled, "the encirclement claim must be contradicted"
    by_id = {c["id"]: c for c in report["claims"]}
    denials = {d for c in encircled for d in c["contradicted_by"]}
    assert any(w in by_id[d]["text"] for d in denials for w in ("nié", "démenti"))
    assert _names(seeds_report, [a for d in denials for a in by_id[d]["articles"]]) <= {"000", "002"}
    one_sided = {
        seeds_report["name"][o["article_id"]] for o in report["one_sided"] if o["claim_id"] in {c["id"] for c in encircled}
    }
    assert one_sided == {"001", "003"}


def test_spare_the_troops_three_lines_not_four(seeds_report: dict[str, Any]) -> None:
    spare = [c for c in seeds_report["report"]["claims"] if any(w in c["text"] for w in ("épargn", "préserver"))]
    best = max(spare, key=lambda c: len(c["articles"]))
    assert _names(seeds_report, best["articles"]) == {"000", "001", "002", "003"}
    assert best["status"] == "corroborated"
    # 001 and 003 are two rewrites of one AA dispatch: one reporting line, so three lines, not four.
    assert best["independent_lines"] == 3


def test_drones_kept_apart(seeds_report: dict[str, Any]) -> None:
    claims = seeds_report["report"]["claims"]
    with_28 = [c for c in claims if "28 drones" in c["text"]]
    with_27 = [c for c in claims if "27 drones" in c["text"]]
    assert with_28 and with_27
    assert {c["id"] for c in with_28}.isdisjoint({c["id"] for c in with_27})
    for c in with_28 + with_27:
        assert not c["contradicted_by"], "two parties' counts of different attacks are not a contradiction"


def test_trump_quote_across_four_renderings(seeds_report: dict[str, Any]) -> None:
    groups = [
        q
        for q in seeds_report["report"]["quote_groups"]
        if any(w in v["text"] for v in q["variants"] for w in ("épargner", "préserver"))
    ]
    assert groups
    best = max(groups, key=lambda q: len({v["article_id"] for v in q["variants"]}))
    assert "Trump" in (best["speaker_name"] or "")
    assert _names(seeds_report, [v["article_id"] for v in best["variants"]]) >= {"000", "002", "001"}


def test_timeline_dates(seeds_report: dict[str, Any]) -> None:
    dates = {t["date"] for t in seeds_report["report"]["timeline"]}
    assert {"2025-03-11", "2025-03-13", "2025-03-14"} <= dates
    assert "2025-02-12" in dates, f"the 12 February call (004) is missing from {sorted(dates)}"
    assert all(dt.date.fromisoformat(d) <= dt.date(2025, 3, 14) for d in dates)


def test_summary_cites_its_sources(seeds_report: dict[str, Any]) -> None:
    summary = seeds_report["report"]["summary"]
    assert 3 <= len(summary) <= 6
    for s in summary:
        assert s["articles"] and s["sentence"]
    cited = _names(seeds_report, [a for s in summary for a in s["articles"]])
    assert len(cited) >= 3


def test_other_corroborated_claims(seeds_report: dict[str, Any]) -> None:
    claims = seeds_report["report"]["claims"]

    def holding(*any_of: str) -> list[dict[str, Any]]:
        return [c for c in claims if c["status"] == "corroborated" and any(w in c["text"] for w in any_of)]

    # Russia's claim to have retaken the village, spelled two ways (000, 002).
    village = [c for c in holding("Gontcharovka", "Goncharovka") if {"000", "002"} <= _names(seeds_report, c["articles"])]
    assert village and all(c["independent_lines"] >= 2 for c in village)
    # Witkoff received by Putin (002, 003).
    assert any({"002", "003"} <= _names(seeds_report, c["articles"]) for c in holding("Witkoff"))


def test_unique_reporting_and_commentary(seeds_report: dict[str, Any]) -> None:
    # Putin's offer to guarantee the lives of units that surrender: 002 alone.
    offer = _claim(seeds_report, "garantirait")
    assert offer["status"] == "single" and _names(seeds_report, offer["articles"]) == {"002"}
    # 001's paragraph on Trump's motives is commentary, 004's section by Frank Gardner is analysis.
    assert _claim(seeds_report, "son image")["kind"] == "commentary"
    assert _claim(seeds_report, "Kyiv n’est pas aux commandes")["kind"] == "analysis"
