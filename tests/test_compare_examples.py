"""The example corpus shipped with the project demonstrates every verdict kind (real pipeline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from recoupe import config, pipeline
from recoupe.compare import render
from recoupe.compare.report import report_for
from recoupe.store import SQLiteStore, docs


@pytest.fixture(scope="session")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("compare_examples") / "examples.db"
    store = SQLiteStore(str(db))
    pipeline.run(store, [str(ROOT / "examples" / "corpus")], config.load(env={}, db=str(db)))
    names = {a.id: Path(a.input).name[:2] for a in store.iter_articles()}
    story = max(docs.stories(store), key=lambda s: len(s.article_ids))
    report = render.to_json(report_for(store, story.id))
    store.close()
    return {"report": report, "name": names}


def test_every_verdict_kind(example_report: dict[str, Any]) -> None:
    claims = example_report["report"]["claims"]
    statuses = {c["status"] for c in claims}
    assert {"corroborated", "single", "contradicted"} <= statuses
    assert any(c["independent_lines"] >= 2 for c in claims if c["status"] == "corroborated")
    assert example_report["report"]["one_sided"]


def test_prefect_claim_denied_and_apc_copies_one_sided(example_report: dict[str, Any]) -> None:
    report, name = example_report["report"], example_report["name"]
    by_id = {c["id"]: c for c in report["claims"]}
    prefect = [c for c in report["claims"] if "émission toxique" in c["text"] and c["status"] == "contradicted"]
    assert prefect
    denials = [by_id[d] for c in prefect for d in c["contradicted_by"]]
    assert any("syndicat" in d["text"].lower() for d in denials)
    one_sided = {name[o["article_id"]] for o in report["one_sided"] if o["claim_id"] in {c["id"] for c in prefect}}
    # The APC dispatch (03) and its extended copy (04) went out before the union spoke.
    # Nobody else: 01, 02, 05, 06 carry the union's denial, 09 the inspection's contradiction.
    assert one_sided == {"03", "04"}


def test_inspection_finding_contradicts_the_prefect_claim(example_report: dict[str, Any]) -> None:
    # 08's "Ce constat contredit les premières déclarations de la préfète" names no rare denied word
    # the prefect's claim holds first ("premières"); it must still tie to that claim by content.
    report, name = example_report["report"], example_report["name"]
    by_id = {c["id"]: c for c in report["claims"]}
    prefect = [c for c in report["claims"] if "émission toxique" in c["text"] and c["status"] == "contradicted"]
    contradicting = {name[a] for c in prefect for d in c["contradicted_by"] for a in by_id[d]["articles"]}
    assert {"08", "09"} <= contradicting


def test_twelve_against_fifteen_injured_is_a_figure_conflict(example_report: dict[str, Any]) -> None:
    # 01: "Douze blessés selon les autorités, quinze selon les salariés": two parties, one count.
    report = example_report["report"]
    by_id = {c["id"]: c for c in report["claims"]}
    twelve = [c for c in report["claims"] if c["text"].startswith("Douze blessés selon")]
    assert twelve and all(c["status"] == "contradicted" for c in twelve)
    assert any(by_id[o]["text"].startswith("quinze selon") for c in twelve for o in c["contradicted_by"])
