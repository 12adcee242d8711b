"""Two parties' counts of one thing in one sentence are conflicting figures, each with its claimant."""

from __future__ import annotations

from recoupe.compare import text
from recoupe.compare.story import compare
from recoupe.embedding import get_embedder
from recoupe.model import Article

BODY = (
    "Huit morts selon la police, onze selon les pompiers : l'incendie de Lorvan a marqué la ville.\n\n"
    "Le maire de Lorvan a décrété mardi une journée de deuil dans toute la commune."
)


def test_counter_figure_clause_is_cut() -> None:
    spans = text.sentences(BODY)
    assert [s.text for s in spans][:2] == [
        "Huit morts selon la police",
        "onze selon les pompiers : l'incendie de Lorvan a marqué la ville.",
    ]
    assert BODY[spans[1].start : spans[1].end] == spans[1].text
    # One party's count alone, or a list of figures without a second party, is not cut.
    assert text.counter_figure_cut("Huit morts selon la police, dont deux enfants.") is None
    assert text.counter_figure_cut("Le bilan est de huit morts, onze blessés selon la police.") is None


def test_counter_figures_contradict_each_other() -> None:
    art = Article(id="a", input="a.txt", body=BODY, content_hash="a", language="fr")
    result = compare([art], {}, get_embedder("hashing"))
    police = next(g for g in result.claims if g.text.startswith("Huit morts"))
    firemen = next(g for g in result.claims if g.text.startswith("onze selon"))
    assert police.status == firemen.status == "contradicted"
    assert police.contradicted_by == (firemen.id,) and firemen.contradicted_by == (police.id,)
    mourning = next(g for g in result.claims if "deuil" in g.text)
    assert mourning.status == "single"
