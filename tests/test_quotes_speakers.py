"""Speaker rules made on the dev3 gold's causes, each on French sentences written for the test (real
spaCy parse): impersonal "on" named by its place, reflexive incises, incises inside a quote."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="s", input="t", body=body, content_hash="s", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_an_impersonal_on_is_the_group_its_place_names() -> None:
    body = (
        "La région a surtout accentué la pression sur les transporteurs \"pour que le dossier avance\" "
        "avant l'été, assure-t-on dans l'entourage de M. Lebrun.\n"
        "« Rien n'est encore tranché sur le tracé de la ligne », indiquait-on hier au cabinet du préfet de "
        "la Somme.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["l'entourage de M. Lebrun", "le cabinet du préfet de la Somme"]


def test_an_on_after_its_place_speaks_for_it_and_goes_on_speaking() -> None:
    body = (
        "Dans l'entourage de la ministre, on assurait en revanche que le climat avec le gouvernement "
        "n'était pas dégradé.\n"
        "\"Les discussions ont déjà repris avec les syndicats\", insistait-on.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["l'entourage de la ministre", "l'entourage de la ministre"]


def test_who_an_on_told_is_not_its_place() -> None:
    body = (
        "Dans l'entourage du maire, on assure que le budget sera voté avant la fin du mois.\n"
        "« Les travaux reprendront dès que possible sur le chantier », a-t-on déclaré à la presse.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["l'entourage du maire", "l'entourage du maire"]


def test_a_reflexive_incise_after_the_quote_names_its_speaker() -> None:
    body = (
        "« Je n'y crois pas une seconde, il y a quelque chose qui cloche dans cette histoire », s’interroge "
        "Jeanne Martin, 64 ans, qui habite l'immeuble voisin depuis vingt ans avec son mari et ses deux "
        "enfants.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Jeanne Martin" and q.cue == "interroger"


def test_an_inverted_reflexive_incise_takes_the_pronoun_antecedent() -> None:
    body = (
        "Le président de l'association, Marc Dupuis, a reçu le rapport mardi.\n"
        "« Rien ne sera fait pour les familles qui attendent depuis des années », s'est-il indigné.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Marc Dupuis" and q.cue == "indigner"


def test_an_incise_inside_the_marks_names_the_speaker_of_the_whole_quote() -> None:
    body = (
        "Le coureur Paul Roy a refusé l'offre de la fédération.\n"
        "«Roy est un grand champion, explique Marc Vidal à la radio. C'était une façon de l'aider. "
        "S'il ne veut pas, on n'en parle plus.»\n"
        "«Il conteste la méthode mais ce n'est pas l'avis du laboratoire, proteste Vidal. Maintenant "
        "j'arrête avec cette affaire.»\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["Marc Vidal", "Marc Vidal"]


def test_a_demonym_speaker_is_the_person_the_text_was_about() -> None:
    body = (
        "Le président de la fédération, Marc Vidal, a proposé un nouveau contrôle des échantillons.\n"
        "« C'était une façon de lui trouver une porte de sortie », a déclaré Marc Vidal.\n"
        "Dans sa réponse, Paul Roy a été clair.\n"
        "«Il n'y a rien qui pourrait fournir des preuves, explique dans un communiqué l'Américain. Les "
        "échantillons n'ont pas été conservés correctement.»\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["Marc Vidal", "Paul Roy"]


def test_pour_an_organisation_or_a_titled_name_is_their_view() -> None:
    body = (
        "Le gouvernement a publié le décret mardi.\n"
        "Pour la Ligue des droits de l'Homme, cette réforme du fichier est \"incompatible avec l'état de "
        "droit\".\n"
        "Pour M. Lebrun, cette démarche n'est pas assez rapide puisqu'il a réclamé des solutions.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["la Ligue des droits de l'Homme", "Lebrun"]
    assert quotes[0].text.startswith("cette réforme") and quotes[1].text.startswith("cette démarche")


def test_a_link_word_and_a_reflexive_verb_speak_for_no_one() -> None:
    body = (
        "Le médecin peut arrêter l'alimentation et l'hydratation, considérées comme « des soins ».\n"
        "A ce montant s'ajoutent « 250 millions d'euros environ » de provisions passées en octobre.\n"
    )
    assert [q.speaker_name for q in _quotes(body)] == []


def test_a_document_keeps_its_words_and_a_paper_is_the_one_the_text_named() -> None:
    body = (
        "La banque a démenti mercredi avoir perdu un milliard comme l'a affirmé le quotidien La Gazette.\n"
        "« Le marché a été extrêmement difficile pour toutes nos activités », ajoute le communiqué.\n"
        "La banque s'apprêterait à lancer un avertissement sur ses résultats, ajoute le quotidien économique.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[-2:] == ["le communiqué", "La Gazette"]


def test_a_quote_alone_is_signed_by_a_name_in_capitals_on_the_next_line() -> None:
    body = (
        "Le rapport a été remis hier au gouvernement.\n"
        "« Rien n'interdit des dispositions spécifiques dans des circonstances compassionnelles, qui "
        "mériteraient alors d'être précisées. »\n"
        "JEAN DURAND, RAPPORTEUR DE LA MISSION\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name is not None and q.speaker_name.lower() == "jean durand"


def test_a_role_after_an_incise_takes_the_titled_name_apposed_to_it() -> None:
    body = (
        "\"C'est une garde à vue décidée pour peser sur l'examen de sa demande de remise en liberté\", a "
        "déclaré à la presse l'avocate du prévenu, Me Claire Morin.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Claire Morin"


def test_an_organisation_noun_is_the_organisation_named_before() -> None:
    body = (
        "Le Syndicat des transports urbains appelle à la mobilisation contre la réforme.\n"
        "Pour la Fédération des usagers, ce texte est \"un recul historique pour tous les voyageurs\".\n"
        "\"Le soupçon préventif ne peut pas justifier une telle surveillance des voyageurs\", déplore "
        "l'organisation dans un communiqué.\n"
        "\"Ce texte marque un recul des libertés de tous les usagers du réseau\", s'inquiète le "
        "syndicat.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)][-2:]
    assert speakers[0] == "la Fédération des usagers"
    assert speakers[1] is not None and speakers[1].startswith("Syndicat des transports")


def test_a_noun_inside_the_quote_is_not_the_subject_of_the_incise() -> None:
    body = (
        "Le décret prévoit de recenser les mineurs dès 13 ans.\n"
        "\"En matière de sécurité, il est important de savoir quels sont les agents qui ont accès à ces données "
        "et nous souhaiterions avoir plus de précisions pour qu'on puisse limiter à ce qui est strictement "
        "nécessaire (...) les personnes\" autorisées à consulter le fichier, a déclaré sur France 2 le président "
        "de la commission, Paul Lemaire.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Paul Lemaire"


def test_the_agent_of_a_bare_participle_is_the_speaker() -> None:
    body = (
        "Jean Martin a longtemps conseillé le président.\n"
        "Qualifié de \"gourou de la majorité\" par un dirigeant du parti dans un portrait publié mardi, il a "
        "su s'imposer.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "un dirigeant du parti"


def test_a_manner_phrase_after_the_cue_is_not_the_speaker() -> None:
    body = (
        "La déclaration de Rio a été adoptée en 1992 par les Nations unies.\n"
        "« L'absence de certitude scientifique absolue ne doit pas servir de prétexte pour ne rien faire », "
        "dit en substance le texte.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name is None or "substance" not in q.speaker_name


def test_a_role_phrase_with_an_institution_is_the_person_the_text_tied_to_it() -> None:
    body = (
        "« Nos troupes avancent sur tout le front », a affirmé le ministre letton de la Défense, Andris Kalns, "
        "selon une vidéo diffusée par l'armée.\n"
        "Plus tard dans la journée, le ministre de la Défense a affirmé que l'armée avait repris deux villages "
        "de la région frontalière.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["Andris Kalns", "Andris Kalns"]
