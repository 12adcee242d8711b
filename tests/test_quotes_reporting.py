"""Indirect and mixed reported speech through the reporting lexicon (issue 3, language layer).

Short French sentences written for this file (none taken or paraphrased from a corpus page or a
gold file), one construction each: the complement frames through which French verbs of saying,
opinion, judgment, confirmation and announcement report speech (a `que` clause, `de` + infinitive,
an interrogative, a noun object, quoted words as object or attribute), and the frames that never
report (requests, proposals, plans, scare quotes, titles, noun objects of verbs that are no
saying). Checked exactly as `tests/test_quotes_catalogue.py` checks its cases: through
`analyse(Article(...))`, every expected quote matched one to one with the evaluator's Dice and
speaker test, direct and denial flags right, nothing else found.

Spans follow the gold conventions: a reported clause starts after its `que` (at its infinitive,
at its interrogative word) and runs to the end of its clause; a noun object reported is the noun
phrase; quoted words inside a reporting verb's object or attribute report the object with its
attribute (`la réforme de « ... »`), as one mixed quote (direct=False) of the verb's subject.

`python tests/test_quotes_reporting.py` prints the per-class table (`-v` lists the failures).
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from test_quotes_catalogue import C, Case, Q, _problems

NOUN_WHY = (
    "readers disagree on an event announced or confirmed: the blind conventions count it, the tuned and dev gold do not "
    "('annonçant sa participation au Giro', 'une perte nette', 'sa démission'); only stance nouns are read"
)

# fmt: off
CASES: list[Case] = [
    # --- que-clauses of verbs of saying, opinion, judgment ------------------------------------
    C("que", "Le ministre de l'Intérieur, Paul Girard, a estimé que la réforme ne changerait rien pour les communes.",
      [Q("la réforme ne changerait rien pour les communes", "Paul Girard", False)], "estimer que"),
    C("que", "La directrice de l'hôpital, Anne Morel, a relevé que les urgences manquaient de personnel depuis des mois.",
      [Q("les urgences manquaient de personnel depuis des mois", "Anne Morel", False)], "relever que"),
    C("que", "L'avocat Marc Tessier soutient que son client n'a jamais quitté le territoire.",
      [Q("son client n'a jamais quitté le territoire", "Marc Tessier", False)], "soutenir que (a claim; soutenir + noun is support)"),
    C("que", "Le porte-parole, Hugo Lambert, a laissé entendre que le gouvernement pourrait reculer sur ce point.",
      [Q("le gouvernement pourrait reculer sur ce point", "Hugo Lambert", False)], "laisser entendre que"),
    C("que", "Anne Roux pense que la saison sera difficile pour le club.",
      [Q("la saison sera difficile pour le club", "Anne Roux", False)], "penser que"),
    C("que", "Le maire, Yves Lambert, considère que la ville a déjà fait sa part dans ce dossier.",
      [Q("la ville a déjà fait sa part dans ce dossier", "Yves Lambert", False)], "considérer que"),
    C("que", "Le président du club, Karim Benhadi, juge que l'équipe a manqué d'ambition cette saison.",
      [Q("l'équipe a manqué d'ambition cette saison", "Karim Benhadi", False)], "juger que"),
    C("que", "Paul Roy a fait valoir que les délais étaient trop courts pour les petites entreprises.",
      [Q("les délais étaient trop courts pour les petites entreprises", "Paul Roy", False)], "faire valoir que"),
    C("que", "Le procureur, Marc Tessier, a rapporté que les deux hommes se connaissaient depuis l'enfance.",
      [Q("les deux hommes se connaissaient depuis l'enfance", "Marc Tessier", False)], "rapporter que (an incise verb elsewhere)"),
    C("que", "Le coureur Thomas Morel a admis qu'il avait pris des risques inutiles dans la descente.",
      [Q("il avait pris des risques inutiles dans la descente", "Thomas Morel", False)], "admettre qu'"),
    C("que", "La sénatrice Anne Morel s'est dite convaincue que le dialogue finirait par reprendre.",
      [Q("le dialogue finirait par reprendre", "Anne Morel", False)], "se dire convaincu que"),
    C("que", "Le ministre des Finances, Hugo Lambert, a assuré aux syndicats que la France tiendrait ses engagements.",
      [Q("la France tiendrait ses engagements", "Hugo Lambert", False)], "an indirect object before que"),
    C("que", "Le directeur, Yves Lambert, a insisté sur le fait que personne n'avait été licencié.",
      [Q("personne n'avait été licencié", "Yves Lambert", False)], "insister sur le fait que"),
    C("que", "La présidente de l'association, Sophie Garnier, déplore que les familles ne soient jamais consultées.",
      [Q("les familles ne soient jamais consultées", "Sophie Garnier", False)], "déplorer que (subjunctive)"),
    C("que", "Le juge Marc Tessier a rappelé aux parties que l'audience resterait publique.",
      [Q("l'audience resterait publique", "Marc Tessier", False)], "rappeler à X que"),
    C("que", "L'économiste Léa Fontaine prévient que la croissance ralentira nettement l'an prochain.",
      [Q("la croissance ralentira nettement l'an prochain", "Léa Fontaine", False)], "prévenir que"),
    C("que", "Le syndicaliste Paul Girard a martelé que les salariés ne paieraient pas la crise.",
      [Q("les salariés ne paieraient pas la crise", "Paul Girard", False)], "marteler que"),
    C("que", "L'entraîneur Karim Benhadi a concédé que son équipe n'avait pas mérité la victoire.",
      [Q("son équipe n'avait pas mérité la victoire", "Karim Benhadi", False)], "concéder que"),
    C("que", "Le rapport de la Cour des comptes souligne que la dette des hôpitaux a doublé en dix ans.",
      [Q("la dette des hôpitaux a doublé en dix ans", "Le rapport de la Cour des comptes", False)], "a document as subject"),
    C("que", "Le général Paul Roy n'exclut pas que les rebelles redoublent de violence dans les semaines à venir.",
      [Q("les rebelles redoublent de violence dans les semaines à venir", "Paul Roy", False)], "ne pas exclure que (opinion under negation)"),
    C("que", "Le tribunal de commerce de Lyon a retenu que la société avait manqué à ses obligations.",
      [Q("la société avait manqué à ses obligations", "Le tribunal de commerce de Lyon", False)], "retenir que (a court holds)"),
    C("que", "Le ministre a répondu aux députés que le texte serait amendé en deuxième lecture.",
      [Q("le texte serait amendé en deuxième lecture", "Le ministre", False)], "répondre à X que"),
    # --- de + infinitive, interrogatives -----------------------------------------------------------
    C("inf", "Le maire, Thomas Morel, a reconnu avoir sous-estimé le coût des travaux.",
      [Q("avoir sous-estimé le coût des travaux", "Thomas Morel", False)], "reconnaître + infinitive"),
    C("inf", "Karim Benhadi dit avoir reçu des menaces après le match.",
      [Q("avoir reçu des menaces après le match", "Karim Benhadi", False)], "dire + infinitive"),
    C("inf", "La ministre de la Santé, Claire Morin, a nié avoir été informée de la fermeture.",
      [Q("avoir été informée de la fermeture", "Claire Morin", False, True)], "nier + infinitive, a denial"),
    C("inf", "Anne Morel estime avoir été trahie par son propre parti.",
      [Q("avoir été trahie par son propre parti", "Anne Morel", False)], "estimer + infinitive"),
    C("inf", "Le patron de l'usine, Paul Roy, a certifié n'avoir jamais reçu la moindre mise en demeure.",
      [Q("n'avoir jamais reçu la moindre mise en demeure", "Paul Roy", False)], "certifier + negated infinitive"),
    C("inf", "Le joueur Hugo Lambert a confié vouloir terminer sa carrière dans son club formateur.",
      [Q("vouloir terminer sa carrière dans son club formateur", "Hugo Lambert", False)], "confier + infinitive"),
    C("inf", "La ministre, Léa Fontaine, a expliqué pourquoi le projet avait été abandonné.",
      [Q("pourquoi le projet avait été abandonné", "Léa Fontaine", False)], "expliquer pourquoi"),
    C("inf", "Le député Paul Girard a raconté comment il avait été écarté de la commission.",
      [Q("comment il avait été écarté de la commission", "Paul Girard", False)], "raconter comment"),
    # --- a noun object of an assertive verb ---------------------------------------------------------
    C("noun", "Le champion Thomas Morel a confirmé sa participation au tournoi de Paris.",
      [Q("sa participation au tournoi de Paris", "Thomas Morel", False)], "confirmer + possessive noun",
      NOUN_WHY),
    C("noun", "Le club a démenti toute négociation avec l'attaquant brésilien.",
      [Q("toute négociation avec l'attaquant brésilien", "Le club", False, True)], "démentir + noun, a denial"),
    C("noun", "La chanteuse Anna Kova a annoncé son retour sur scène pour le mois de mai.",
      [Q("son retour sur scène pour le mois de mai", "Anna Kova", False)], "annoncer + possessive noun",
      NOUN_WHY),
    C("noun", "Le ministre, Paul Girard, a fait part de son inquiétude face à la hausse des loyers.",
      [Q("son inquiétude face à la hausse des loyers", "Paul Girard", False)], "faire part de + noun"),
    C("noun", "La direction de l'usine a confirmé la fermeture du site de Lorient à la fin de l'année.",
      [Q("la fermeture du site de Lorient à la fin de l'année", "La direction de l'usine", False)], "confirmer + definite noun",
      NOUN_WHY),
    C("noun", "Le gouvernement a démenti les rumeurs de remaniement.",
      [Q("les rumeurs de remaniement", "Le gouvernement", False, True)], "démentir + definite noun"),
    # --- quoted words in the object, attribute or complement of such a verb: mixed --------------------
    C("mixed", "La ministre, Claire Morin, a refusé de « céder au chantage des syndicats ».",
      [Q("« céder au chantage des syndicats »", "Claire Morin", False)], "refuser de « ... »"),
    C("mixed", "Le maire, Yves Lambert, juge la situation « préoccupante » pour les commerçants.",
      [Q("la situation « préoccupante » pour les commerçants", "Yves Lambert", False)], "juger X « ... »"),
    C("mixed", "L'opposante Anna Kova a trouvé la ministre « mal préparée et peu convaincante ».",
      [Q("la ministre « mal préparée et peu convaincante »", "Anna Kova", False)], "trouver X « ... »"),
    C("mixed", "Le syndicat Force Ouvrière a qualifié la proposition de « provocation pure et simple ».",
      [Q("la proposition de « provocation pure et simple »", "Le syndicat Force Ouvrière", False)], "qualifier X de « ... »"),
    C("mixed", "Paul Roy a quitté la salle, jugeant le débat « indigne d'une assemblée élue ».",
      [Q("le débat « indigne d'une assemblée élue »", "Paul Roy", False)], "jugeant X « ... »"),
    C("mixed", "Le patron de la fédération, Hugo Lambert, a justifié sa décision en arguant des « contraintes du calendrier ».",
      [Q("des « contraintes du calendrier »", "Hugo Lambert", False)], "arguer de « ... »"),
    C("mixed", "La juge Sophie Garnier a estimé la demande « irrecevable en l'état ».",
      [Q("la demande « irrecevable en l'état »", "Sophie Garnier", False)], "estimer X « ... »"),
    C("mixed", "Le sénateur Paul Girard a mis en cause la « légèreté » du ministère dans ce dossier.",
      [Q("la « légèreté » du ministère dans ce dossier", "Paul Girard", False)], "mettre en cause « ... »"),
    C("mixed", "La direction a qualifié de « mensonges » les accusations du syndicat.",
      [Q("de « mensonges » les accusations du syndicat", "La direction", False)], "qualifier de « ... » X"),
    C("mixed", "Le ministre, Marc Tessier, a fait part de sa « vive protestation » à l'ambassadeur.",
      [Q("sa « vive protestation » à l'ambassadeur", "Marc Tessier", False)], "faire part de « ... »"),
    C("mixed", "Le président de la région, Thomas Morel, a confirmé un plan « ambitieux » pour les lycées.",
      [Q("un plan « ambitieux » pour les lycées", "Thomas Morel", False)], "confirmer + quoted adjective"),
    C("mixed", "L'ONG Terre Libre a dénoncé des « conditions de détention inhumaines » dans le centre.",
      [Q("des « conditions de détention inhumaines » dans le centre", "L'ONG Terre Libre", False)], "dénoncer « ... »"),
    C("mixed", "Le coureur Thomas Morel s'est dit « très déçu » par sa course.",
      [Q("« très déçu »", "Thomas Morel", False)], "se dire « ... »"),
    C("mixed", "La ministre Léa Fontaine a estimé que le texte était « équilibré et juste ».",
      [Q("le texte était « équilibré et juste »", "Léa Fontaine", False)], "que-clause with quoted words"),
    # --- reports inside reports, a sentence attributed by the next --------------------------------
    C("nested", "Le quotidien a révélé que le ministre avait reconnu que le budget était faux.",
      [Q("le ministre avait reconnu que le budget était faux", "Le quotidien", False)], "the outer reporter's"),
    C("nested", "Selon Thomas Morel, le projet coûtera deux fois plus cher que prévu.",
      [Q("le projet coûtera deux fois plus cher que prévu", "Thomas Morel", False)], "selon X, <clause>"),
    C("nested", "Pour l'économiste Léa Fontaine, la hausse des taux va freiner l'immobilier.",
      [Q("la hausse des taux va freiner l'immobilier", "Léa Fontaine", False)], "pour X, <clause>"),
    C("nested", "La chanteuse Anna Kova reprendra sa tournée en septembre. Un bref communiqué de sa maison de disques l'a confirmé mardi.",
      [Q("La chanteuse Anna Kova reprendra sa tournée en septembre", "Un bref communiqué de sa maison de disques", False)],
      "a sentence attributed by the next one (l'a confirmé)"),
    C("nested", "Le ministre quittera le gouvernement avant la fin du mois. Son entourage l'a démenti.",
      [Q("Le ministre quittera le gouvernement avant la fin du mois", "Son entourage", False, True)],
      "a sentence denied by the next one (l'a démenti)"),
    C("nested", "Le maire de Brest rappelle les paroles de la ministre de la Santé : l'hôpital restera ouvert toute l'année.",
      [Q("l'hôpital restera ouvert toute l'année", "la ministre de la Santé", False)], "les paroles de X : <words>"),
    C("not", "Les habitants attendent le nouveau pont depuis dix ans. Les médias le disent, la ville a peur.", [],
      "a clitic cue with a clause of its own (no attribution of the sentence before)"),
    # --- frames that never report ------------------------------------------------------------------
    C("not", "Le quartier des « oubliés » attend toujours sa rénovation.", [], "a scare-quoted word"),
    C("not", "Le film « La Nuit des rois » sortira en salles le mois prochain.", [], "a title"),
    C("not", "Le syndicat a demandé au gouvernement de revoir sa copie avant l'été.", [], "a request (demander de)",
      "the tuned gold counts requests ('a demandé à la justice de ...', 'préconise de', 'a ordonné de'), the later sets "
      "do not; dropping them lowers tuned F1 0.963 -> 0.950, so they are kept"),
    C("not", "Le maire a proposé de transformer l'ancienne gare en bibliothèque.", [], "a proposal (proposer de)"),
    C("not", "La région prévoit de rénover trois lycées d'ici 2028.", [], "a plan (prévoir de)"),
    C("not", "Le maire a inauguré la nouvelle médiathèque du quartier samedi.", [], "a noun object of a verb that says nothing"),
    C("not", "Le tribunal a jugé l'affaire en moins de deux heures.", [], "juger + noun with no attribute: to try a case"),
    C("not", "Les habitants ont réclamé la réouverture de la gare.", [], "a request (réclamer + noun)"),
    C("not", "La ministre a appelé à la mobilisation de tous les services.", [], "a call (appeler à + noun)"),
    C("not", "Le boulanger a baptisé sa nouvelle baguette « la Parisienne ».", [], "a name in quote marks"),
    C("not", "Les « gilets jaunes » ont défilé samedi dans les rues de Rouen.", [], "a movement's name"),
    C("not", "Le coureur a remporté sa troisième « classique » de la saison.", [], "a scare quote in a non-reporting object"),
    C("not", "Le gouvernement compte présenter son projet de loi à l'automne.", [], "a plan (compter + infinitive)"),
    C("not", "Le club a exhorté ses supporters à rester calmes.", [], "an exhortation"),
    C("not", "Il reste à expliquer comment l'enfant a pu quitter la crèche sans être vu.", [], "an infinitive after à: nothing said yet"),
    C("not", "Ce dossier ne relève que du tribunal administratif de Rennes.", [], "ne ... que: a restriction, no clause"),
    C("not", "Le club a annoncé une perte nette de trois millions d'euros pour la saison.", [], "an event announced (no stance noun)"),
    C("not", "Les élèves du lycée ont observé une minute de silence vendredi.", [], "observer + noun: no saying"),
    C("not", "Le sélectionneur a retenu trois nouveaux joueurs pour la finale.", [], "retenir + noun: no saying"),
    C("not", "Le club nie, et la ligue enquête toujours sur le transfert du gardien.", [], "a denial with no object: what follows the comma is no part of it"),
    C("not", "Moscou a lancé une « opération militaire spéciale » en Ukraine en février.", [], "lancer + a quoted name: an act, no speech"),
    C("not", "Le ministère publie un « guide des bonnes pratiques » pour les mairies.", [], "publier + a quoted title"),
]
# fmt: on


def _param(case: Case, i: int) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=f"{case.cls}-{i:03d}", marks=marks)


@pytest.mark.parametrize("case", [_param(c, i) for i, c in enumerate(CASES)])
def test_reporting(case: Case) -> None:
    assert _problems(case) == [], case.note


def test_the_cases_are_what_they_say() -> None:
    classes = Counter(c.cls for c in CASES)
    assert len(CASES) >= 60 and min(classes.values()) >= 3
    assert sum(not c.quotes for c in CASES) >= 12  # negatives: what must stay out
    for case in CASES:
        for q in case.quotes:
            assert q.span in case.text, q.span


def table() -> list[tuple[str, int, int]]:
    passing: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CASES:
        total[case.cls] += 1
        problems = _problems(case)
        passing[case.cls] += not problems
        if "-v" in sys.argv and problems:
            print(f"  FAIL {case.cls}: {case.note}: {'; '.join(problems)}")
    rows = [(cls, passing[cls], total[cls]) for cls in total]
    return rows + [("all", sum(passing.values()), sum(total.values()))]


if __name__ == "__main__":
    for cls, ok, n in table():
        print(f"| {cls} | {ok} / {n} |")
