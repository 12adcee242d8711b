"""French speaker rules developed on the dev4 set, tested on sentences written for the test (real
spaCy parse): a pronoun after a sentence's subject, incises past adverbials, relative clauses."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="d4", input="t", body=body, content_hash="d4", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_a_pronoun_incise_goes_to_the_subject_just_before_not_an_older_person_of_known_gender() -> None:
    body = (
        "Les enquêteurs ont perquisitionné le domicile de M. Xavier Pellet, mis en cause dans l'affaire.\n"
        "Le contrôle interne de la mutuelle a été renforcé depuis, et les auditeurs ont rendu un rapport "
        "de plus de deux cents pages sur les comptes de l'an passé.\n"
        "Mis en cause par les syndicats, le directeur Hugo Fabre s'est défendu hier dans un entretien à "
        "la radio : « Ce qui est arrivé n'a rien à voir avec notre gestion des comptes », a-t-il déclaré.\n"
        "Il a rejeté l'idée d'avoir « caché des pertes aux administrateurs pendant des mois ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Hugo Fabre", "Hugo Fabre"]


def test_a_person_named_after_the_subject_breaks_the_tie_to_it() -> None:
    body = (
        "Le directeur Hugo Fabre a reçu hier Mme Claire Vidal à la préfecture pour parler du budget.\n"
        "« Nous avons trouvé un accord qui tient compte des deux communes », a-t-elle déclaré.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Claire Vidal"


def test_an_inverted_incise_reaches_its_subject_past_adverbials_set_off_by_commas() -> None:
    body = (
        "Le maire Paul Durand a reçu les commerçants du quartier hier à la mairie.\n"
        "« Les travaux de la place vont durer tout l'été », soupirait, ce matin, une boulangère de la rue "
        "Haute.\n"
        "« Nous ferons tout pour que les clients puissent encore venir », promettait, d'ailleurs, hier soir, "
        "Marie Lenoir, l'adjointe chargée du commerce.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["une boulangère de la rue Haute", "Marie Lenoir"]


def test_a_quoted_piece_in_a_later_clause_with_its_own_subject_is_that_subjects() -> None:
    body = (
        "Le préfet Hugo Fabre a reçu les élus de la vallée hier matin.\n"
        "« Nous ne laisserons pas les routes fermées tout l'hiver », a assuré le préfet, avant que le "
        "président du conseil départemental, Marc Olivier, ne blâme, lui, dans un courrier « une "
        "promesse faite bien trop tard pour les habitants ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Hugo Fabre", "Marc Olivier"]


def test_a_relative_clause_of_the_speaker_keeps_the_quoted_piece_with_the_speaker() -> None:
    body = (
        "« Nous ne laisserons pas les routes fermées tout l'hiver », a assuré le préfet Hugo Fabre, qui "
        "a dénoncé « une campagne de rumeurs bien trop longue ».\n"
    )
    assert {q.speaker_name for q in _quotes(body)} == {"Hugo Fabre"}


def test_a_relative_qui_speaks_for_the_noun_it_agrees_with() -> None:
    bodies = {
        "plusieurs élus locaux": (
            "Ce retard, qui agace les riverains, renforce l'inquiétude de plusieurs élus locaux, qui "
            "estiment que le chantier du tramway pourrait coûter deux fois plus cher que prévu.\n"
        ),
        "nombreux économistes": (
            "Cette annonce, qui surprend les marchés, appuie la position de nombreux économistes, qui "
            "jugent que la hausse des taux pourrait freiner la reprise dès le printemps.\n"
        ),
    }
    for speaker, body in bodies.items():
        (q,) = _quotes(body)
        assert q.speaker_name == speaker


def test_an_organisation_noun_subject_is_the_organisation_named_before_not_a_person_in_its_clause() -> None:
    # ("révéler" takes what it reveals as an infinitive; "La banque explique que l'un de ses
    # conseillers, Paul Roy, ...": Paul Roy is in the reported clause, no apposition to "banque")
    body = (
        "La Caisse d'épargne du Nord révèle avoir perdu trente millions d'euros sur des placements risqués.\n"
        "La banque explique que l'un de ses conseillers, Paul Roy, a « caché des pertes aux clients "
        "pendant des mois ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["La Caisse d'épargne du Nord"] * 2
    assert quotes[0].text.strip().startswith("avoir perdu")


def test_a_role_phrase_right_after_a_person_spoke_is_that_person_when_no_one_was_named_since() -> None:
    body = (
        "Le cycliste Paul Mercier a raconté sa journée sur son blog.\n"
        "« Je sors de quatre heures d'entraînement sous la pluie et les contrôleurs m'attendaient », "
        "a écrit jeudi Mercier sur son blog.\n"
        "Lundi, le septuple vainqueur du Tour de Corse avait aussi écrit : « Encore un contrôle ce matin, "
        "le neuvième depuis janvier. »\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Paul Mercier", "Paul Mercier"]


def test_a_source_closing_a_sentence_with_a_quoted_piece_speaks_for_the_sentence() -> None:
    body = (
        "Les enquêteurs se sont rendus jeudi au siège de la mutuelle, où « des documents utiles à "
        "l'enquête » leur ont été remis, selon le parquet de Lille.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name is not None and "parquet de Lille" in q.speaker_name
    assert q.text.strip().startswith("Les enquêteurs")


def test_a_closing_source_with_its_own_clause_leaves_the_piece_to_the_person() -> None:
    body = (
        "Pour cette rencontre, Mme Claire Vidal est « venue avec ses propres dossiers », d'après le "
        "récit qu'elle livre au journal.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Claire Vidal"


def test_a_compound_tense_incise_with_any_verb_names_the_speaker_after_it() -> None:
    body = (
        "Le maire Paul Durand a reçu les commerçants hier.\n"
        "La préfecture « a pris acte de la fermeture du marché couvert », a répercuté la radio locale "
        "France Bleu Nord dans son journal du soir.\n"
        "Le projet, qui prévoit de fermer « les halles du centre pendant deux ans », a suscité la colère "
        "des commerçants.\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 1
    assert quotes[0].speaker_name is not None and "France Bleu Nord" in quotes[0].speaker_name


def test_a_noun_of_saying_with_its_agent_reports_its_que_clause() -> None:
    body = (
        "Les épargnants ont été rassurés hier soir par l'annonce par le ministère de l'Économie que les "
        "taux du livret A resteraient inchangés jusqu'à la fin de l'année prochaine.\n"
        "L'annonce de la fermeture du marché couvert a surpris les commerçants du quartier.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name is not None and "ministère de l'Économie" in q.speaker_name
    assert q.text.startswith("les taux du livret A") and q.text.endswith("l'année prochaine")


def test_a_subject_the_parser_took_with_its_par_is_the_noun_the_participle_describes() -> None:
    # The parse a long article gave: "par le président X" as the subject of "ont jugé".
    from spacy.tokens import Doc

    from recoupe.language import nlp
    from recoupe.language.quotes.syntax import _agent_of_participle

    words = ["Des", "banquiers", "reçus", "mardi", "par", "le", "président", "Paul", "Roy", "ont", "jugé"]
    heads = [1, 1, 1, 2, 6, 6, 10, 6, 7, 10, 10]
    deps = [
        "det",
        "ROOT",
        "acl",
        "obl:mod",
        "case",
        "det",
        "nsubj",
        "appos",
        "flat:name",
        "aux:tense",
        "ROOT",
    ]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB"]
    morphs = ["", "", "Tense=Past|VerbForm=Part", "", "", "", "", "", "", "", "Tense=Past|VerbForm=Part"]
    doc = Doc(nlp.load("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    found = _agent_of_participle(doc[6])
    assert found is not None and found.text == "Des banquiers"
    assert _agent_of_participle(doc[1]) is None  # a subject with no "par" stays as it is
