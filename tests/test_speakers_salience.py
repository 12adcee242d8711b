"""Who a pronoun, a role noun or an organisation speaking "par la voix de" someone points to: general
discourse rules of French press writing, on sentences written for the test (real spaCy parse)."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="s", input="t", body=body, content_hash="s", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_an_organisation_speaking_by_the_voice_of_a_person_is_that_person() -> None:
    body = (
        "Les bombardements ont repris mardi dans le nord du pays.\n"
        "L’ONU, par la voix du chef de ses opérations humanitaires, Paul Girardin, avait déploré une "
        "nouvelle «tragédie» dans une région où «les civils n'ont plus aucun endroit où se mettre à l'abri».\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Paul Girardin"


def test_an_organisation_speaking_by_the_voice_of_an_unnamed_person_is_itself() -> None:
    # (negative: a person named in the sentence before is not the voice)
    body = (
        "Paul Girardin a rencontré les belligérants lundi.\n"
        "L’ONU, par la voix de son porte-parole, a estimé que la trêve devait être prolongée.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "L’ONU"


def test_a_role_is_not_a_person_named_only_as_a_complement() -> None:
    body = (
        "Le chauffeur arrêté lundi lors de l'opération de sauvetage de Paul Girardin a nié les faits.\n"
        "Devant les enquêteurs, le chauffeur « affirme qu'il n'a jamais touché à l'argent de la "
        "famille, et qu'il le prouvera devant le tribunal le moment venu », a indiqué l'avocat.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[-1] == "l'avocat"


def test_a_role_is_not_the_person_who_opens_its_own_sentence() -> None:
    body = (
        "Le maire de la commune avait déposé plainte au printemps.\n"
        "Le 3 mars, Paul Girardin a été relaxé, au motif que « les faits reprochés ne sont pas établis "
        "par le dossier de l'accusation », a tranché le juge.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert "Paul Girardin" not in speakers


def test_a_role_after_a_person_the_text_is_about_is_that_person() -> None:
    # (negative: the person the role points back to is named in the sentence before, as the topic)
    body = (
        "Les auditions de Paul Girardin ont repris jeudi devant le juge d'instruction.\n"
        "Le trader a indiqué qu'il avait spéculé sur des contrats à terme sans en référer à sa "
        "hiérarchie.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Paul Girardin"


def test_an_organisation_noun_takes_up_the_organisation_that_was_the_subject_since() -> None:
    body = (
        "En janvier, l'agence Santé Publique Norvège avait renouvelé son autorisation.\n"
        "En avril, l'Efsa n'a pas changé d'avis malgré la décision de justice. « Le produit ne présente "
        "aucun risque lorsqu'il est correctement utilisé », écrit l'agence.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[-1] in ("Efsa", "l'Efsa")


def test_a_newspaper_noun_keeps_the_paper_named_with_it() -> None:
    # (negative: a company that is a subject since is what the paper writes about, not the paper)
    body = (
        "Selon le quotidien Le Matin Financier, la fusion serait à l'étude.\n"
        "Jeudi, Natixis a démenti toute discussion avec ses concurrents. « Les deux groupes se sont "
        "rencontrés à trois reprises en octobre », affirme le quotidien.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[-1] != "Natixis"

