"""French quote rules developed on the dev5 web pages, tested on sentences written for the test
(real spaCy parse): reversed quote marks, apposed names the parser reads as a coordination."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from recoupe.language import marks, nlp, quotes
from recoupe.language.analyse import analyse
from recoupe.language.quotes.syntax import _apposed_person
from recoupe.model import Article, Entity, Mention, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="d5", input="t", body=body, content_hash="d5", language="fr",
                      published=dt.datetime(2026, 3, 11, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_reversed_marks_are_turned_one_character_for_one() -> None:
    text = "Le maire a répondu. » Nous rouvrirons la piscine en juin « , a-t-il dit.\n» Sommaire"
    fixed = marks.straighten(text)
    assert len(fixed) == len(text)
    assert fixed == "Le maire a répondu. « Nous rouvrirons la piscine en juin » , a-t-il dit.\n» Sommaire"
    ((start, end),) = marks.spans(fixed)
    assert fixed[start:end].strip() == "Nous rouvrirons la piscine en juin"


def test_normal_marks_and_a_closing_mark_of_an_earlier_paragraph_stay() -> None:
    normal = "« Nous verrons », a dit Paul Roy. Il a parlé d'un « accord » avec la ville."
    assert marks.straighten(normal) == normal
    # a » closing the quote of the paragraph before, then a normal quote that opens: no reversed pair
    carried = "la fin du discours. » Puis il a lancé « bonne chance » aux élus."
    assert marks.straighten(carried) == carried


def test_quotes_in_reversed_marks_are_read_with_their_incise() -> None:
    body = (
        "Le procès du promoteur Marc Olivier a repris mercredi devant le tribunal de la ville.\n"
        "La défense a demandé un nouveau délai.  » Nous n’avons pas reçu les pièces du dossier à temps « , "
        "a déclaré son avocate, Me Claire Vidal.\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 1
    assert (
        body[quotes[0].start : quotes[0].end].strip() == "Nous n’avons pas reçu les pièces du dossier à temps"
    )
    assert quotes[0].speaker_name == "Claire Vidal"


def _person(doc: Doc, first: int, last: int) -> Entity:
    span = doc[first : last + 1]
    return Entity("p", span.text, "PER", (Mention(span.text, span.start_char, span.end_char),))


def test_a_name_after_a_comma_that_the_parser_coordinated_is_apposed_to_the_subject() -> None:
    # the parse spaCy gave a real sentence of this shape: "JD Vance" as a conj of "colistier"
    words = ["Le", "colistier", "de", "Paul", "Roy", ",", "JD", "Morel", ",", "a", "parlé", "."]
    doc = Doc(
        nlp.load("fr").vocab, words=words, heads=[1, 10, 3, 1, 3, 6, 1, 6, 10, 10, 10, 10],
        deps=["det", "nsubj", "case", "nmod", "flat:name", "punct", "conj", "flat:name", "punct", "aux:tense", "ROOT", "punct"],
        pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
    )  # fmt: skip
    roy, morel = _person(doc, 3, 4), _person(doc, 6, 7)
    found = _apposed_person([roy, morel], doc[1])
    assert found is not None and found.name == "JD Morel"


def test_a_person_in_the_complement_of_a_subject_noun_is_not_apposed_to_it() -> None:
    doc = nlp.load("fr")("Le colistier de Paul Roy raconte son enfance.")
    assert [t.dep_ for t in doc[:5]] == ["det", "nsubj", "case", "nmod", "flat:name"]
    assert _apposed_person([_person(doc, 3, 4)], doc[1]) is None
    doc = nlp.load("fr")("La députée Claire Morin ne compte pas en rester là.")
    assert _apposed_person([_person(doc, 2, 3)], doc[1]) is not None


def test_a_name_apposed_to_a_subject_after_a_complement_is_the_subject_not_the_complement() -> None:
    body = (
        "Le secrétaire de Pierre Marchal raconte son enfance\n"
        "Le secrétaire de Pierre Marchal, Hugo Fabre, est venu hier à la mairie avec une longue liste de "
        "souvenirs de campagne et a surtout parlé de son enfance à la ferme.\n"
        "« Mon grand-père se levait tous les jours à quatre heures pour traire les vaches », a-t-il raconté.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Hugo Fabre"


def test_a_name_apposed_to_a_role_after_an_incise_is_the_speaker_whatever_the_tagger_made_of_it() -> None:
    text = (
        "Le fabricant finlandais de pompes a annoncé une perte au premier trimestre.\n"
        "« La reprise viendra plus tard que prévu, mais elle viendra », prévient le PDG, Kalle Uusivirta.\n"
        "« Nos commandes restent faibles en Europe », observe la directrice financière, Aino Salo.\n"
    )
    doc = nlp.load("fr")(text)
    # the tagger reads unknown names as places or misses them: one typed LOC, one not found
    at = text.index("Kalle Uusivirta")
    place = Entity("e1", "Kalle Uusivirta", "LOC", (Mention("Kalle Uusivirta", at, at + 15),))
    found = quotes.extract(doc, text, [place])
    assert [q.speaker_name for q in found] == ["Kalle Uusivirta", "Aino Salo"]


def test_a_role_left_unnamed_is_the_person_who_goes_on_right_after_it() -> None:
    body = (
        "Deux randonneurs ont été retrouvés vivants dans le massif, a annoncé mardi le ministre de "
        "l'Intérieur. « Les recherches continuent pour les trois autres », a ajouté Paul Marchal. "
        "Il s'est rendu sur place.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Paul Marchal", "Paul Marchal"]


def test_a_role_is_not_given_to_a_person_who_does_not_go_on() -> None:
    body = (
        "Deux randonneurs ont été retrouvés vivants dans le massif, a annoncé mardi le ministre de "
        "l'Intérieur. « Les recherches ont été menées dans de mauvaises conditions », a déclaré Paul "
        "Marchal, un guide.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes][0] != "Paul Marchal"


def test_a_clause_with_quoted_pieces_closed_by_an_incise_is_one_mixed_quote() -> None:
    body = (
        "Le rapport annuel sur les transports est paru jeudi.\n"
        "La part des lignes en retard (12,4 %) « remonte nettement sans retrouver son niveau de 2019 » "
        "(9,8 % alors), note aussi l'Autorité des transports.\n"
        "Le nombre de trains « supprimés au dernier moment » a doublé en deux ans, relève l'Arafer, mais "
        "avec de fortes différences entre régions.\n"
    )
    quotes = _quotes(body)
    assert [(body[q.start : q.end][:22], q.speaker_name, q.direct) for q in quotes] == [
        ("La part des lignes en ", "l'Autorité des transports", False),
        ("Le nombre de trains « ", "l'Arafer", False),
    ]


def test_a_sentence_closed_by_selon_and_an_apposition_is_the_sources() -> None:
    body = (
        "Les recettes des musées se sont « nettement redressées » en 2023, avec un tiers d'entre eux en "
        "excédent, « un niveau jamais vu depuis 2010 », selon la Dagec, le service des études du ministère.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "la Dagec" and not q.direct
    assert body[q.start : q.end].startswith("Les recettes des musées")


def test_a_cue_in_a_condition_reports_nothing_but_one_in_a_concession_does() -> None:
    body = (
        "La présidente Claire Vidal a présenté lundi la réforme du médiateur.\n"
        "Le médiateur pourra saisir le tribunal s'il estime que le contrat n'est pas respecté.\n"
        "La commission pourra aussi saisir le juge si elle estime que les délais sont dépassés.\n"
        "Les travaux ont pris du retard, même si le maire Paul Roy a affirmé que la piscine rouvrirait en juin.\n"
    )
    quotes = _quotes(body)
    assert [(body[q.start : q.end], q.speaker_name) for q in quotes] == [
        ("la piscine rouvrirait en juin", "Paul Roy")
    ]


def test_an_infinitive_of_narration_goes_on_with_the_one_who_just_spoke() -> None:
    body = (
        "La maire Claire Vidal a inauguré samedi la nouvelle médiathèque du quartier.\n"
        "« Ce lieu manquait depuis vingt ans », a-t-elle déclaré. Et d'ajouter que la ville ouvrirait "
        "une deuxième salle « avant la fin du mandat ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Claire Vidal", "Claire Vidal"]
    assert body[quotes[1].start : quotes[1].end].startswith("la ville ouvrirait")


def test_what_an_impersonal_on_reads_or_learns_somewhere_is_that_sources() -> None:
    body = (
        "Le maire Paul Roy a été entendu par les enquêteurs le 3 mars.\n"
        "« Au total, une dizaine d'élus ont été entendus dans ce dossier », peut-on lire dans Le Courrier.\n"
        "Début avril, on apprend via l'AFP que la cour d'appel va réexaminer le dossier.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Le Courrier", "l'AFP"]


def test_what_on_reads_in_a_paper_named_before_is_that_papers_and_a_bare_reading_is_no_cue() -> None:
    body = (
        "En mai, Le Courrier révèle qu'une enquête vise le maire Paul Roy.\n"
        "Le maire est soupçonné de « favoritisme dans l'attribution des marchés », peut-on lire dans le "
        "quotidien régional. Le 3 juin, on lit sur Le Progrès que la mairie a été perquisitionnée.\n"
        "La ministre Claire Vidal a démissionné. Le Courrier révèle ses raisons : « Le fisc a saisi la "
        "commission après avoir découvert des manquements », peut-on lire.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Le Courrier", "Le Courrier", "Le Progrès", "Le Courrier"]


def test_a_philosopher_or_historian_named_by_trade_is_the_person_just_spoken_of() -> None:
    body = (
        "Dans un essai paru ce mois-ci, Jean Roy décrit la fatigue des citoyens devant les consultations.\n"
        "Le philosophe estime que ces comités servent surtout « à retarder la décision ».\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Jean Roy"


def test_a_book_speaks_for_the_author_the_text_named_with_it() -> None:
    body = (
        "Un éditeur lyonnais réédite l'ouvrage de Claire Vidal sur la langue des crises.\n"
        "Publié en 2009, le livre dénonçait l'usage de mots « faits pour décourager toute question ».\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Claire Vidal"


def test_soulever_and_arguer_report_a_que_clause_and_a_question_raised_is_no_quote() -> None:
    body = (
        "La commission soulève notamment que ces données peuvent être croisées facilement.\n"
        "Le ministère se défend de tout fichage, arguant notamment que les données seront effacées au bout d'un an.\n"
        "Cette loi soulève des questions de fond.\n"
    )
    quotes = _quotes(body)
    assert [body[q.start : q.end] for q in quotes] == [
        "ces données peuvent être croisées facilement",
        "les données seront effacées au bout d'un an",
    ]


def test_comme_l_a_souligne_x_past_an_adverb_and_a_participle_apposed_to_x() -> None:
    body = (
        "Cependant, comme l'a souligné l'Autorité des marchés, consultée sur ce point, il est difficile "
        "de savoir qui détient ces titres.\n"
    )
    (q,) = _quotes(body)
    assert body[q.start : q.end].startswith("il est difficile")
    assert q.speaker_name == "l'Autorité des marchés"


def test_a_reflexive_verb_in_a_compound_tense_says_nothing_unless_it_is_an_incise() -> None:
    body = (
        "La croissance des ventes du groupe s'est poursuivie en juin, mais à un rythme ralenti : +2,1 % "
        "sur un an.\n"
        "« Pourquoi ce rapport arrive-t-il si tard ? », s'est interrogé l'avocat Paul Roy.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Paul Roy"]
