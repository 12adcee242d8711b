"""Alignment keeps look-alike claims apart when their figures or their people disagree."""

from __future__ import annotations

from recoupe.compare import align as al
from recoupe.embedding import get_embedder
from recoupe.model import Claim

TEXT = "Un recours a été déposé devant le Conseil d'Etat contre le fichier."


def claim(cid: str, **kw: object) -> Claim:
    return Claim(id=cid, article_id=cid, text=TEXT, start=0, end=len(TEXT), **kw)  # type: ignore[arg-type]


def margin(a: Claim, b: Claim) -> float:
    """How much the pair score falls below the plain similarity."""
    f = al.features([a, b], get_embedder("hashing"))
    return al.similarity(f, 0, 1) - al._pair(f, [a, b], 0, 1, {})


def test_disjoint_figures_need_more_similarity() -> None:
    shared = margin(
        claim("a", figures=(120.0, 3.0), figure_labels=("signatures", "jours")),
        claim("b", figures=(120.0,), figure_labels=("personnes",)),
    )
    apart = margin(
        claim("a", figures=(120.0,), figure_labels=("personnes",)),
        claim("b", figures=(200.0,), figure_labels=("signatures",)),
    )
    assert shared == 0.0
    assert abs(apart - al.DISJOINT_FIGURES_MARGIN) < 1e-9


def test_different_people_need_more_similarity() -> None:
    assert margin(claim("a", actor_ids=("per-x",)), claim("b", actor_ids=("per-x", "org-y"))) == 0.0
    assert margin(claim("a", actor_ids=("per-x",)), claim("b", actor_ids=("org-y",))) == 0.0
    apart = margin(claim("a", actor_ids=("per-x",)), claim("b", actor_ids=("per-z", "org-y")))
    assert abs(apart - al.DISJOINT_PEOPLE_MARGIN) < 1e-9
