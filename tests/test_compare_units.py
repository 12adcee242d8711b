"""Comparison layer on hand-built records: claims, verdicts, one-sided accounts, quotes, timeline, outputs."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recoupe.compare import render, text
from recoupe.compare.claims import extract_claims
from recoupe.compare.report import report_for
from recoupe.compare.static_site import write_site
from recoupe.compare.story import compare
from recoupe.embedding import get_embedder
from recoupe.errors import NotFound
from recoupe.model import Analysis, Article, Event, Quote, Reuse, Story, TimeMention
from recoupe.store import docs

# Three outlets on one fictional event; B copies A (one reporting line), C is independent and
# carries the denial. Written for these tests, so nothing here comes from the seeds.
A = (
    "Le maire de Lorvan a annoncé mardi la fermeture du pont de la Sarre pour six mois.\n\n"
    "Selon le maire, la structure du pont est fissurée et menace de s'effondrer.\n\n"
    "Le préfet a indiqué que 40 camions empruntaient chaque jour le pont avant sa fermeture."
)
B = (
    "Lorvan : le maire a annoncé mardi la fermeture du pont de la Sarre pour six mois.\n\n"
    "Selon le maire, la structure du pont est fissurée et menace de s'effondrer.\n\n"
    "La société Bétons du Nord a construit le pont en 1974 pour le compte du département."
)
C = (
    "Le pont de la Sarre, à Lorvan, sera fermé pendant six mois, a annoncé mardi le maire.\n\n"
    "Le bureau d'études Stabilis a démenti mercredi que la structure du pont soit fissurée.\n\n"
    "Le syndicat des transporteurs a déclaré que 25 camions empruntaient chaque jour le pont.\n\n"
    "Décryptage\n\n"
    "Cette fermeture pourrait bien peser sur la campagne municipale, et le maire semble le savoir."
)


def article(aid: str, body: str) -> Article:
    return Article(id=aid, input=f"{aid}.txt", body=body, content_hash=aid, language="fr")


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    return get_embedder("hashing")


def lines_ab_one(ids):  # type: ignore[no-untyped-def]
    """A and B share one reporting line (B copies A)."""
    s = set(ids)
    return len(s) - (1 if {"a", "b"} <= s else 0)


def quote(body: str, fragment: str, speaker: str, direct: bool = True) -> Quote:
    start = body.index(fragment)
    return Quote(fragment, start, start + len(fragment), direct, speaker_id=speaker, speaker_name=speaker.title())


def test_sentences_keep_offsets_and_cut_clauses() -> None:
    body = "M. Dupont a parlé. Il a dit\n\"oui\" hier.\n\nTitre court\n\nLe ministre a visité l'usine de Lorvan jeudi, affirmant que les ouvriers seraient tous reclassés avant la fin de l'année."
    spans = text.sentences(body)
    for s in spans:
        assert body[s.start : s.end].split() == s.text.split()
    assert [s.text for s in spans][:2] == ["M. Dupont a parlé.", 'Il a dit "oui" hier.']
    assert any(s.heading and s.text == "Titre court" for s in spans)
    assert any(s.text.startswith("affirmant que les ouvriers") for s in spans)


def test_claim_kinds_and_features() -> None:
    claims = extract_claims(article("c", C))
    kinds = {c.text[:20]: c.kind for c in claims}
    assert kinds["Cette fermeture pour"] == "analysis"  # after the Décryptage heading
    denial = next(c for c in claims if "démenti" in c.text)
    assert denial.denial and denial.kind == "statement"
    trucks = next(c for c in claims if "25 camions" in c.text)
    assert trucks.figures == (25.0,) and trucks.figure_labels == ("camions",)
    speculative = extract_claims(article("x", "Le gouvernement pourrait bien changer d'avis sur ce dossier délicat."))
    assert speculative[0].kind == "commentary"


def test_verdicts_lines_denial_and_one_sided(embedder) -> None:  # type: ignore[no-untyped-def]
    result = compare([article("a", A), article("b", B), article("c", C)], {}, embedder, lines_ab_one)
    closure = next(g for g in result.claims if "six mois" in g.text)
    assert set(closure.articles) == {"a", "b", "c"}
    assert closure.status == "corroborated" and closure.independent_lines == 2
    cracked = next(g for g in result.claims if "fissurée" in g.text and "démenti" not in g.text)
    assert cracked.status == "contradicted" and set(cracked.articles) == {"a", "b"}
    denial = next(g for g in result.claims if g.id in cracked.contradicted_by)
    assert "Stabilis" in denial.text and denial.articles == ("c",)
    one_sided = {(o.article_id, o.claim_id) for o in result.one_sided}
    assert {("a", cracked.id), ("b", cracked.id)} <= one_sided
    assert ("c", cracked.id) not in one_sided
    # The same thing counted differently in two articles: two claims that contradict each other.
    trucks = [g for g in result.claims if "camions" in g.text]
    assert len(trucks) == 2 and all(len(g.articles) == 1 for g in trucks)
    assert trucks[0].contradicted_by == (trucks[1].id,) and trucks[1].contradicted_by == (trucks[0].id,)
    # B alone names the builder: single-source, and listed as B's own reporting.
    builder = next(g for g in result.claims if "1974" in g.text)
    assert builder.status == "single" and builder.independent_lines == 1
    assert builder.id in dict(result.unique)["b"]
    # Commentary is never in the summary, and every summary sentence cites its articles.
    assert result.summary and all(s.articles for s in result.summary)
    assert not any("pourrait" in s.sentence for s in result.summary)


def test_copies_alone_are_not_corroboration(embedder) -> None:  # type: ignore[no-untyped-def]
    result = compare([article("a", A), article("b", B)], {}, embedder, lines_ab_one)
    shared = next(g for g in result.claims if "six mois" in g.text)
    assert shared.articles == ("a", "b") and shared.independent_lines == 1 and shared.status == "single"


def test_quote_variants_and_timeline(embedder) -> None:  # type: ignore[no-untyped-def]
    a, c = article("a", A), article("c", C)
    analyses = {
        "a": Analysis("a", quotes=(quote(A, "la structure du pont est fissurée", "maire"),)),
        "c": Analysis(
            "c",
            quotes=(quote(C, "la structure du pont soit fissurée", "stabilis", direct=False),),
            time_mentions=(
                TimeMention("mardi", C.index("mardi"), C.index("mardi") + 5, date=dt.date(2026, 5, 5), resolved=True),
            ),
        ),
    }
    result = compare([a, c], analyses, embedder)
    # Different speakers: the maire's claim and Stabilis' denial are not one utterance.
    assert not any({"a", "c"} <= {v[0] for v in q.variants} for q in result.quote_groups)
    # The closure is dated by the resolved "mardi" in C, not by any publication date.
    dated = [t for t in result.timeline if t.date == dt.date(2026, 5, 5)]
    assert dated and "c" in dated[0].articles and "six mois" in dated[0].text
    same = {
        "a": Analysis("a", quotes=(quote(A, "la structure du pont est fissurée", "maire"),)),
        "b": Analysis("b", quotes=(quote(B, "la structure du pont est fissurée", "maire"),)),
    }
    grouped = compare([a, article("b", B)], same, embedder).quote_groups
    assert len(grouped) == 1 and grouped[0].speaker_id == "maire"
    assert [v[0] for v in grouped[0].variants] == ["a", "b"]


def _stored_story(store, story_id: str = "s1") -> None:  # type: ignore[no-untyped-def]
    for aid, body in (("a", A), ("b", B), ("c", C)):
        store.add_article(article(aid, body))
    docs.put_event(store, Event("e1", story_id, ("a", "b", "c"), title="Fermeture du pont"))
    docs.put_story(store, Story(story_id, "Le pont de la Sarre", ("e1",), ("a", "b", "c")))


def test_report_cache_and_outputs(store, embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _stored_story(store)
    first = report_for(store, "s1", embedder, lines_ab_one)
    assert store.get_doc("report", "s1")["fingerprint"] == first.fingerprint
    # Cached: a lines function that would change the verdicts is not called.
    again = report_for(store, "s1", embedder, lambda ids: 99)
    assert again == first
    # The copy graph changes (new text reuse found): the report is recomputed.
    docs.put_reuse(store, Reuse("a", "b", "passage", 120, 0.6))
    assert report_for(store, "s1", embedder, lines_ab_one).fingerprint != first.fingerprint
    # The story changes (an article leaves it): the report is recomputed.
    docs.put_story(store, Story("s1", "Le pont de la Sarre", ("e1",), ("a", "c")))
    changed = report_for(store, "s1", embedder, lines_ab_one)
    assert changed.fingerprint != first.fingerprint
    assert {a for g in changed.claims for a in g.articles} == {"a", "c"}

    data = render.to_json(changed)
    assert list(data) == ["id", "title", "events", "claims", "quote_groups", "one_sided", "timeline", "summary"]
    assert set(data["claims"][0]) == {
        "id", "text", "kind", "status", "articles", "independent_lines", "contradicted_by", "missing_from",
    }
    json.dumps(data)
    assert "Claims across sources" in render.to_markdown(changed)
    with pytest.raises(NotFound, match="no story 'nope'"):
        report_for(store, "nope", embedder)


def test_html_escapes_every_field(store, embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hostile = "Le maire a annoncé mardi <script>alert(1)</script> la fermeture du pont de la Sarre."
    store.add_article(article("h", hostile))
    store.add_article(article("k", hostile.replace("maire", "préfet")))
    docs.put_story(store, Story("s<x>", "<b>titre</b>", (), ("h", "k")))
    report = report_for(store, "s<x>", embedder, lambda ids: len(set(ids)))
    page = render.to_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>titre</b>" not in page
    files = write_site([report], tmp_path / "site")
    assert (tmp_path / "site" / "index.html") in files
    for f in files:
        content = f.read_text(encoding="utf-8")
        assert "<script>" not in content and "<b>titre" not in content


def test_empty_and_tiny_stories(embedder) -> None:  # type: ignore[no-untyped-def]
    empty = compare([article("x", "")], {}, embedder)
    assert empty.claims == () and empty.summary == () and empty.timeline == ()
    tiny = compare([article("x", "Un mot."), article("y", A.split("\n\n")[0])], {}, embedder)
    assert [g.articles for g in tiny.claims] == [("y",)]
    assert tiny.claims[0].missing_from == ("x",) and tiny.claims[0].status == "single"
