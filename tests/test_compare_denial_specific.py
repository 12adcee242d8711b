"""A denial contradicts a claim only through a word specific enough to say which claim it denies."""

from __future__ import annotations

from recoupe.compare.story import compare
from recoupe.embedding import get_embedder
from recoupe.model import Article

# Ten outlets on one fictional rescue operation: "opération" is in every article, so a headline that
# only says "démentis sur l'opération" names nothing; the helicopter denial names what it denies.
FACTS = [
    "L'opération de l'armée a libéré quinze otages mercredi dans la jungle de Moravie.",
    "Les otages ont été conduits après l'opération vers la base militaire de Tresco.",
    "L'opération avait été préparée pendant six mois par les services de renseignement.",
    "Un hélicoptère peint en blanc a été utilisé pendant l'opération selon un témoin.",
]


def article(aid: str, body: str) -> Article:
    return Article(id=aid, input=f"{aid}.txt", body=body, content_hash=aid, language="fr")


def test_vague_denial_contradicts_nothing_specific_denial_does() -> None:
    arts = [article(f"a{n}", "\n\n".join(FACTS)) for n in range(3)]
    arts.append(article("d", "Doutes, rumeurs et démentis sur cette opération.\n\nLe ministre a parlé jeudi."))
    arts.append(article("e", "Le ministre de la Défense a démenti jeudi qu'un hélicoptère peint en blanc ait servi."))
    result = compare(arts, {}, get_embedder("hashing"))
    by_id = {g.id: g for g in result.claims}
    contradicted = [g for g in result.claims if g.status == "contradicted"]
    assert contradicted and all("hélicoptère" in g.text for g in contradicted)
    assert all("hélicoptère" in by_id[o].text for g in contradicted for o in g.contradicted_by)
