"""Quote rules meant to hold on unseen pages: incises with any verb, "Pour <group or role>, ...",
plural pronouns, participles that report nothing (real spaCy parse, French texts written for the
test)."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="g", input="t", body=body, content_hash="g", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_an_incise_verb_the_lexicon_lacks_names_the_speaker_after_it() -> None:
    body = (
        "« Les mesures de ce laboratoire sont à revoir entièrement », assène Paul Mercier, qui a "
        "travaillé sur les relevés de Jean Dubreuil, aujourd'hui contestés par la profession.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Paul Mercier"]
    assert quotes[0].text.strip().startswith("Les mesures")
    assert quotes[0].cue == "asséner"


def test_a_closing_mark_cut_off_by_the_parser_keeps_its_incise() -> None:
    body = (
        "Le débat reste vif. « L'agence maintient qu'il n'y a aucun risque pour les riverains. Le produit "
        "n'est pas toxique. », écrit l'agence dans son avis.\n"
    )
    (q,) = _quotes(body)
    assert q.cue == "écrire"
    assert q.speaker_name is not None and "agence" in q.speaker_name


def test_pour_a_group_or_an_agent_noun_is_their_view_but_not_pour_a_circumstance() -> None:
    body = (
        "Pour l'instant, la situation reste très calme dans toute la vallée.\n"
        "Pour certains analystes, la décision du tribunal accroît la pression sur les exploitants.\n"
        "Pour les détracteurs du barrage, cette unanimité des experts est suspecte.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["certains analystes", "les détracteurs du barrage"]
    assert quotes[0].text.startswith("la décision du tribunal")


def test_a_plural_pronoun_goes_to_the_group_not_to_a_person() -> None:
    body = (
        "Le fermier Jean Roche a perdu son procès la semaine dernière.\n"
        "Pour les détracteurs du barrage, cette unanimité des experts est suspecte. Ils accusent "
        "Agrovia d'avoir produit lui-même la littérature scientifique sur le barrage.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["les détracteurs du barrage", "les détracteurs du barrage"]


def test_a_possessive_group_is_not_the_person_quoted_next() -> None:
    body = (
        "Pour ses opposants, le classement de la molécule par l'agence a clos le débat scientifique.\n"
        "« Le danger n'est pas le risque », précise la toxicologue Anne Morel.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["ses opposants", "Anne Morel"]


def test_a_singular_agent_noun_stands_for_the_person_just_quoted_but_a_possessive_one_does_not() -> None:
    body = (
        "« Le danger n'est pas le risque », précise la toxicologue Anne Morel.\n"
        "Pour la toxicologue, la comparaison avec les avions montre bien la différence entre danger et risque.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Anne Morel", "Anne Morel"]


def test_a_role_the_text_ties_to_a_name_is_that_person() -> None:
    body = (
        "Sur sa page, l'imam de la mosquée de Saint-Alban (Drôme), Karim T., a été condamné ce jeudi.\n"
        "« Une erreur dans la précipitation », plaide l'imam, qui jure avoir voulu supprimer sa publication.\n"
        "« Le danger n'est pas le risque », explique Pierre Lenoir, toxicologue. Pour le toxicologue, la "
        "comparaison avec les avions montre bien la différence entre danger et risque.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[0].startswith("Karim T")
    assert speakers[-2:] == ["Pierre Lenoir", "Pierre Lenoir"]


def test_a_testimony_cut_by_subheadings_is_one_quote_per_run_of_paragraphs_by_its_witness() -> None:
    body = (
        "Marc Delorme, 41 ans, est boulanger à Saint-Alban. Son témoignage a été recueilli par téléphone.\n"
        "« Le pire, c'est la nuit. On est dans le noir, on sursaute au moindre bruit, les murs tremblent "
        "et les enfants ne dorment plus depuis des semaines.\n"
        "Un quotidien bouleversé\n"
        "« Chaque matin, je cherche de la farine pour le four. Les queues sont immenses devant les "
        "magasins et il faut parfois attendre des heures pour presque rien. »\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 2
    assert quotes[0].text.strip().startswith("Le pire") and "Un quotidien" not in quotes[0].text
    assert [q.speaker_name for q in quotes] == ["Marc Delorme", "Marc Delorme"]


def test_a_quote_standing_alone_is_signed_by_the_name_on_the_next_line() -> None:
    body = (
        "Chronique de la semaine par Jean Valmont\n"
        "« Je rêve aussi d'une émission quotidienne de reportage, mais c'est très difficile à monter. »\n"
        "Odile Ferrand, directrice de la station, dans un entretien en juin\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Odile Ferrand"


def test_an_incise_after_a_clause_the_parser_took_for_its_subject() -> None:
    body = (
        "Le maire de Saint-Alban, Paul Ravel, a téléphoné au préfet pour le féliciter du succès de "
        "l'opération, a rapporté la radio locale.\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "la radio locale"
    assert q.text.startswith("Le maire de Saint-Alban")


def test_quoted_pieces_inside_a_clause_are_one_mixed_quote() -> None:
    body = (
        "Pour Claire Vautrin, les salaires devraient continuer de progresser au rythme annuel, « pas très "
        "élevé, de 3 % ».\n"
        "Depuis longtemps, Hugo Berthier dénonce l'usage des pesticides dans les vergers, « cette industrie "
        "qui assassine tout ce qui est vivant ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Claire Vautrin", "Hugo Berthier"]
    assert quotes[0].text.startswith("les salaires") and not quotes[0].direct
    assert quotes[1].text.startswith("l'usage des pesticides")


def test_a_quote_after_a_colon_belongs_to_its_clause_subject_not_to_a_relative_clause() -> None:
    body = (
        "« Il n'était pas dans le radicalisme », raconte Ibrahim, artisan boucher. Pour lui, « son erreur a "
        "été de poster ces écrits sans contexte ». Mohammed, cadre ferroviaire, a assisté au prêche qui a "
        "suivi la publication du message incriminé : « Il s'est adressé à l'audience et aux jeunes pour les "
        "mettre en garde contre les réseaux sociaux. »\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[:2] == ["Ibrahim", "Ibrahim"]
    assert speakers[2].startswith("Mohammed")


def test_a_cue_coordinated_after_another_keeps_its_own_que_clause() -> None:
    body = (
        "Les autorités ont annoncé avoir eu connaissance de l'opération de sauvetage, mais souligné que "
        "l'organisation en revenait exclusivement à l'armée.\n"
    )
    quotes = _quotes(body)
    assert [q.cue for q in quotes] == ["annoncer", "souligner"]
    assert quotes[0].text.startswith("avoir eu connaissance")


def test_mais_pour_x_names_the_speaker_who_then_goes_on() -> None:
    body = (
        "« Il n'a jamais appelé à la violence », raconte Ibrahim, artisan boucher.\n"
        "Mais pour Claire Morin, avocate de l'association, qui s'est constituée partie civile, le prévenu, "
        "un homme « qui a fait des études et a un certain niveau d'instruction », n'est rien d'autre qu'un "
        "« vecteur de haine ».\n"
        "« Force est de constater que ce conflit engendre de l'insécurité pour les familles », déplore-t-elle.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers[0] == "Ibrahim"
    assert speakers[1:] == ["Claire Morin", "Claire Morin"]


def test_a_role_with_its_capitalised_modifier_is_tied_to_its_own_name() -> None:
    body = (
        "Le Premier ministre Jan Novak doit se rendre ce vendredi à Brno.\n"
        "Photos à l'appui, le journal révèle que le ministre de la Santé Petr Dvorak s'est retrouvé mercredi "
        "soir dans un restaurant sans masque. Les appels à la démission se sont multipliés depuis, et le "
        "Premier ministre lui-même a fait savoir qu'il lui cherchait déjà un remplaçant.\n"
    )
    quotes = _quotes(body)
    assert quotes[-1].speaker_name == "Jan Novak"


def test_quoted_words_in_the_object_of_a_verb_outside_the_lexicon() -> None:
    body = (
        "Un rapport préliminaire de l'Inspection générale de la Banque du Rhône avait déjà pointé une "
        "« dérive » dans la gestion des risques ainsi qu'« un nombre important de défaillances » au sein "
        "de la banque.\n"
        "Le directeur a visité le « Musée des Arts et Métiers de la Ville » samedi.\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("une « dérive »") and quotes[0].speaker_name.startswith("Un rapport")


def test_a_ses_yeux_and_an_incise_whose_speaker_has_a_relative_clause() -> None:
    body = (
        "Une centaine de substances ont déjà été réexaminées, précise l'office fédéral jeudi. A ses yeux, "
        "certains produits de ce fongicide pourraient avoir un effet négatif sur la santé.\n"
        "De plus, la substance doit probablement être classée comme cancérigène, estime Genève qui se "
        "rallie à l'évaluation de la commission de l'Union.\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 3
    assert quotes[1].text.startswith("certains produits") and quotes[1].speaker_name == quotes[0].speaker_name
    assert quotes[2].speaker_name == "Genève"


def test_no_break_spaces_do_not_cut_the_parse_and_offsets_stay_the_article_s() -> None:
    body = (
        "Une deuxième publication épinglée\n«\u00a0Errare humanum est, perseverare diabolicum\u00a0» "
        "(l'erreur est humaine, mais persévérer est le fait du diable), lance le procureur Paul Ravel, qui "
        "affirme\u00a0que\u00a0l'imam est également poursuivi pour une seconde publication, le 16\u00a0octobre, "
        "montrant le drapeau et appelant à rendre la ville «\u00a0comme elle était\u00a0».\n"
    )
    quotes = _quotes(body)
    assert [q.cue for q in quotes] == ["lancer", "affirmer"]
    assert all(body[q.start : q.end] == q.text for q in quotes)
    assert quotes[1].text.startswith("l'imam") and quotes[1].speaker_name == "Paul Ravel"


def test_a_verb_coordinated_with_a_denial_reports_its_own_clause_and_an_adverb_may_open_pour() -> None:
    body = (
        "Le ministre Paul Ravel a rejeté toute faute et a affirmé qu'il ne démissionnerait pas.\n"
        "Un terrain propice\n"
        "Cependant, pour les auteurs, le ministre de la Santé n'est pas le seul fautif et son message "
        "n'aurait pas eu un tel impact.\n"
    )
    quotes = _quotes(body)
    said = [q for q in quotes if q.cue == "affirmer"]
    assert len(said) == 1 and said[0].text == "il ne démissionnerait pas"
    assert quotes[-1].speaker_name == "les auteurs" and quotes[-1].text.startswith("le ministre de la Santé")


def test_a_short_quote_nested_in_an_open_one_of_the_same_mark_does_not_end_it() -> None:
    from recoupe.language import marks

    text = "“La rumeur a circulé vite. Il s'agissait de “fake news”, des informations fausses.”\nSuite"
    assert marks.spans(text) == [(1, text.index("”\n"))]
    body = (
        "“La désinformation a été une des caractéristiques de la crise, rappelle Ana Morel, professeure de "
        "sciences politiques. Il s'agissait de “fake news”, des fausses informations créées pour tromper.”\n"
    )
    (q,) = _quotes(body)
    assert q.speaker_name == "Ana Morel" and q.text.strip().startswith("La désinformation")


def test_a_quote_running_onto_the_next_line_is_taken_where_it_closes_with_its_inverted_incise() -> None:
    body = (
        "À l'issue de la rencontre, le président de la fédération, Georges Marnier, s'est déclaré satisfait.\n"
        "En échange de l'aide de l'État, « nous nous engageons à proposer une offre de crédit aux ménages et "
        "aux entreprises, qui réponde aux besoins exprimés.\n"
        "Nous en avons désormais les moyens », a-t-il rassuré.\n"
    )
    (q,) = _quotes(body)
    assert q.cue == "rassurer" and q.speaker_name == "Georges Marnier"
    assert q.text.strip().startswith("nous nous engageons") and q.text.strip().endswith("les moyens")


def test_an_inverted_incise_after_an_opening_word_reports_the_rest_of_the_sentence() -> None:
    body = (
        "« Vous devez le juger sans céder à la pression », plaide l'avocate du prévenu, Claire Morin. "
        "Certes, concède-t-elle, les faits de provocation sont caractérisés par la publication, mais c'est "
        "« une erreur de sa part qui ne reflète pas ce qu'il est ».\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Claire Morin", "Claire Morin"]
    assert quotes[1].text.startswith("les faits de provocation") and quotes[1].cue == "concéder"


def test_a_short_quote_naming_a_person_is_not_taken_for_a_title() -> None:
    body = (
        "Le 5 décembre, la communication du Palais laissait filtrer cette information : « Paul Ravel se dit "
        "“calme et déterminé” ».\n"
    )
    (q,) = _quotes(body)
    assert q.text.strip().startswith("Paul Ravel se dit") and q.speaker_name == "la communication du Palais"


def test_selon_a_source_with_a_quoted_piece_in_its_clause_is_one_mixed_quote() -> None:
    body = "Selon la presse locale, les deux hommes devraient être transférés vers la capitale \"pour y être jugés\".\n"
    (q,) = _quotes(body)
    assert q.speaker_name == "la presse locale" and not q.direct
    assert q.text.startswith("les deux hommes") and "jugés" in q.text


def test_a_participle_of_consequence_reports_nothing_but_a_gerund_does() -> None:
    body = (
        "Le Crédit Rural avait annoncé le 17 octobre des pertes de 600 millions d'euros dans ses activités de "
        "marché, provoquant le départ de certains de ses dirigeants et la mise en examen d'un courtier pour "
        "\"abus de confiance\".\n"
        "Mercredi soir, Jeanne Morel a remercié les secouristes en exprimant l'espoir que son retour soit "
        "un \"signe de paix\" pour la région.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["Jeanne Morel"]
    assert quotes[0].text.startswith("l'espoir")


def test_a_made_known_incise_after_the_clause_names_its_source() -> None:
    body = (
        "Dans la perspective de son retour, Paul Roy s'est réinscrit sur les listes du passeport biologique "
        "depuis le 1er août, a fait savoir l'agence américaine antidopage (USADA).\n"
        "Le règlement de la fédération stipule qu'un coureur doit notifier six mois à l'avance sa décision.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["l'agence américaine antidopage", "Le règlement de la fédération"]
    assert quotes[0].text.startswith("Dans la perspective")


def test_a_denied_object_ends_before_a_subordinate_clause_which_reports_on_its_own() -> None:
    body = (
        "M. Durand a démenti toute participation étrangère à l'opération bien qu'il ait reconnu que les "
        "services alliés en avaient été informés préalablement.\n"
    )
    quotes = _quotes(body)
    assert [q.text for q in quotes][0] == "toute participation étrangère à l'opération"
    assert any(q.text.startswith("les services alliés") and q.cue == "reconnaître" for q in quotes)


def test_a_cue_in_an_alors_que_clause_after_a_piece_does_not_report_it() -> None:
    body = (
        "Le rapport a été remis hier au gouvernement.\n"
        "Un argumentaire qui est loin de satisfaire Marc Dupuis, le président de l'association.\n"
        "Pour lui la mission sur la fin de vie « accouche d'une souris avortée » alors que 86 % des Français "
        "réclament la réforme : « On a voulu calmer les gens mais rien ne sera fait pour abréger les "
        "souffrances des familles », s'est-il indigné.\n"
    )
    quotes = _quotes(body)
    assert quotes and all(q.speaker_name == "Marc Dupuis" and q.cue == "indigner" for q in quotes)


def test_pour_lui_without_a_comma_before_a_subject_is_a_view_but_not_before_a_verb() -> None:
    body = (
        "Le syndicaliste Marc Dupuis a reçu le rapport mardi.\n"
        "Pour lui la réforme des retraites est un recul historique pour tous les salariés du pays.\n"
        "Pour lui rendre hommage, les collègues du défunt se sont réunis devant la mairie.\n"
    )
    quotes = _quotes(body)
    assert [(q.speaker_name, q.text.split()[1]) for q in quotes] == [("Marc Dupuis", "réforme")]


def test_an_announced_definite_noun_phrase_is_reported_but_not_ones_own_step() -> None:
    body = (
        "Le président de l'association, Marc Dupuis, a reçu le rapport mardi.\n"
        "Il a annoncé hier l'organisation le 10 décembre d'une réunion de parlementaires pour déposer une "
        "nouvelle proposition de loi.\n"
        "Paul Roy, le directeur du club, avait annoncé sa démission le 19 octobre, à la suite de la perte subie "
        "par le club.\n"
    )
    quotes = _quotes(body)
    assert [(q.speaker_name, q.cue) for q in quotes] == [("Marc Dupuis", "annoncer")]
    assert quotes[0].text.startswith("l'organisation le 10 décembre")


def test_a_pronoun_goes_to_the_subject_of_its_own_sentence_before_the_last_speaker() -> None:
    body = (
        "« Le texte reste très en deçà de nos attentes », a déclaré Paul Roy.\n"
        "La députée Claire Morin ne compte pas en rester là : elle a annoncé qu'elle déposerait une nouvelle "
        "proposition de loi en décembre.\n"
    )
    speakers = [q.speaker_name for q in _quotes(body)]
    assert speakers == ["Paul Roy", "Claire Morin"]


def test_a_quoted_word_inside_the_cues_object_reports_the_whole_object() -> None:
    body = (
        "Le maire a dénoncé vendredi la répression \"brutale\" qui règne dans le quartier, lors d'un entretien "
        "avec le préfet.\n"
    )
    (q,) = _quotes(body)
    assert q.text.startswith("la répression") and q.speaker_name == "Le maire"


def test_comme_with_a_cue_before_the_clause_reports_the_clause_after_it() -> None:
    body = (
        "La banque a perdu 5 milliards d'euros.\n"
        "Et, comme l'indique le communiqué du groupe, cette perte n'affecte pas la solidité financière d'un "
        "établissement qui dispose de 20 milliards de fonds propres.\n"
        "Comme le rappelle Paul Roy, la loi interdit déjà ce type de montage financier.\n"
    )
    quotes = _quotes(body)
    assert [q.speaker_name for q in quotes] == ["le communiqué du groupe", "Paul Roy"]
    assert quotes[0].text.startswith("cette perte") and quotes[1].text.startswith("la loi")


def test_a_quote_after_intitule_or_a_question_put_is_no_speech() -> None:
    body = (
        "« Nous allons porter plainte contre tous ces auteurs anonymes », a déclaré Paul Roy.\n"
        "Plus corrosif, ce dialogue circule de blog en blog, intitulé \"La vraie histoire du trader qui valait "
        "cinq milliards\", et fait rire les internautes.\n"
        "A la question Yahoo \"Que pensez-vous de ce trader qui a fait perdre des milliards à la banque ?\", "
        "on trouve parmi les réponses bien des insultes.\n"
    )
    assert [q.speaker_name for q in _quotes(body)] == ["Paul Roy"]
