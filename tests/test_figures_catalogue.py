"""A catalogue of the figures of French news writing (and some English ones), by construction class:
each case is a short text composed for this file (none taken or paraphrased from a corpus or a gold
file) and every figure expected in it, read through the same public path as `recoupe eval figures`
(`recoupe.language.analyse.analyse(Article(...))`).

Conventions are those of the figures gold (docs/language.md, "Figures: measured"):
a figure's text runs from its qualifier (`plus de`, `près d'`, `environ`, `au moins`...) through
the number and the words of the number (`1,5 million`, `vingt et un`, `30 %`, `30 pour cent`,
`une heure et demie`), not the noun counted; its value is the number as written; `what` is the head
noun counted (an elliptical figure takes the noun its sentence gives). Approximate number nouns with
a value count (`une centaine` 100); `des milliers`, `des dizaines` do not. Dates, years, clock times,
ordinals, numbers in names or codes, scores (`3-1`), articles and pronouns (`un homme`, `l'un
d'eux`) and fractions are no figures.

A case passes when recoupe gives exactly the expected figures: the same texts, each value within 1%
and, where a noun is expected, that noun as a word of the predicted `what`.
Cases that fail are `xfail(strict=True)` with the reason: the known gaps, which flag themselves when
fixed. The cases were written, then measured with recoupe/language/figures.py as it was at 21d4b6f,
before any fix: 76 of 112 passed (table in docs/language.md, "Figures: measured"); all pass since
the fixes that followed. A second batch (44 cases, from index 112) was written after those fixes and
measured at de2c210 before any fix made for it: 34 of 44 passed; 42 of 44 after its fixes. A third batch
(6 cases, from index 156: units with a slash, labels) was measured at 94ba1ba before its fixes: 0 of 6; 6 of 6 after them. A fourth batch (6
cases, from index 162: a range into a percentage, street numbers, multipliers) at 013f4ad: 0 of 6; 6 of 6 after its fixes. Case 147
('le 49.3' alone) was fixed later (a singular article before a bare number that counts nothing).
A fifth batch (7 cases, from index 168: English ranks, list numbers, adjectives, currency signs) at
ab26480: 1 of 7; 7 of 7 after its fixes.
`python tests/test_figures_catalogue.py` prints the table of cases passing per class.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache

import pytest

from recoupe.evaluate.figures import same_value, same_what
from recoupe.language.analyse import analyse_many
from recoupe.model import Article

F = tuple[str, float, str | None]  # text, value, head noun counted (None: not checked)

# (class, language, text, every figure expected in it)
CASES: list[tuple[str, str, str, list[F]]] = [
    # --- qualifiers
    ("qualifier", "fr", "Plus de 300 personnes ont manifesté samedi.", [("Plus de 300", 300, "personnes")]),
    ("qualifier", "fr", "Près de 2 000 élèves sont concernés.", [("Près de 2 000", 2000, "élèves")]),
    (
        "qualifier",
        "fr",
        "Le camp accueille près d'un millier de migrants.",
        [("près d'un millier", 1000, "migrants")],
    ),
    ("qualifier", "fr", "L'usine emploie environ 150 salariés.", [("environ 150", 150, "salariés")]),
    (
        "qualifier",
        "fr",
        "Moins de 10 % des électeurs se sont déplacés.",
        [("Moins de 10 %", 10, "électeurs")],
    ),
    ("qualifier", "fr", "L'attaque a fait au moins 12 morts.", [("au moins 12", 12, "morts")]),
    ("qualifier", "fr", "Quelque 400 policiers étaient mobilisés.", [("Quelque 400", 400, "policiers")]),
    (
        "qualifier",
        "fr",
        "La commune compte un peu plus de 3 000 habitants.",
        [("un peu plus de 3 000", 3000, "habitants")],
    ),
    ("qualifier", "fr", "Il a passé presque 40 ans dans l'entreprise.", [("presque 40", 40, "ans")]),
    (
        "qualifier",
        "fr",
        "On dénombre plus d'une centaine de victimes.",
        [("plus d'une centaine", 100, "victimes")],
    ),
    ("qualifier", "en", "More than 300 people marched on Saturday.", [("More than 300", 300, "people")]),
    ("qualifier", "en", "About 50 families were evacuated.", [("About 50", 50, "families")]),
    ("qualifier", "en", "At least 12 people were killed.", [("At least 12", 12, "people")]),
    ("qualifier", "en", "Fewer than 10 schools reopened.", [("Fewer than 10", 10, "schools")]),
    # --- numbers in words
    ("words", "fr", "Les Russes ont lancé vingt-huit drones.", [("vingt-huit", 28, "drones")]),
    ("words", "fr", "Il avait vingt et un ans.", [("vingt et un", 21, "ans")]),
    ("words", "fr", "Soixante-dix-sept députés ont voté contre.", [("Soixante-dix-sept", 77, "députés")]),
    ("words", "fr", "Quatre-vingts communes sont touchées.", [("Quatre-vingts", 80, "communes")]),
    ("words", "fr", "Le livre coûte quatre-vingt-dix-neuf euros.", [("quatre-vingt-dix-neuf", 99, "euros")]),
    ("words", "fr", "Le feu s'est arrêté à deux cents mètres des maisons.", [("deux cents", 200, "mètres")]),
    ("words", "fr", "Trois mille personnes ont défilé.", [("Trois mille", 3000, "personnes")]),
    ("words", "fr", "Mille personnes étaient attendues.", [("Mille", 1000, "personnes")]),
    ("words", "fr", "Huit personnes blessées ont été évacuées.", [("Huit", 8, "personnes")]),
    (
        "words",
        "fr",
        "La région compte cinq millions d'habitants.",
        [("cinq millions", 5_000_000, "habitants")],
    ),
    ("words", "en", "Twenty-eight drones were shot down.", [("Twenty-eight", 28, "drones")]),
    ("words", "en", "The plant employs three hundred workers.", [("three hundred", 300, "workers")]),
    # --- digits: groups, decimals, scale words
    ("digits", "fr", "Le projet coûte 1,5 million d'euros.", [("1,5 million", 1_500_000, "euros")]),
    ("digits", "fr", "Une perte de 2,3 milliards de dollars.", [("2,3 milliards", 2.3e9, "dollars")]),
    ("digits", "fr", "12 millions de Français sont concernés.", [("12 millions", 12_000_000, "Français")]),
    ("digits", "fr", "Un million de personnes ont signé.", [("Un million", 1_000_000, "personnes")]),
    ("digits", "fr", "L'État verse 100 000 euros.", [("100 000", 100_000, "euros")]),
    ("digits", "fr", "On comptait 12\u00a0000 manifestants.", [("12\u00a0000", 12_000, "manifestants")]),
    ("digits", "fr", "On comptait 12\u202f000 manifestants.", [("12\u202f000", 12_000, "manifestants")]),
    ("digits", "fr", "On comptait 12.000 manifestants à Genève.", [("12.000", 12_000, "manifestants")]),
    ("digits", "fr", "Le salaire minimum atteint 1 766,92 euros brut.", [("1 766,92", 1766.92, "euros")]),
    ("digits", "fr", "Le chômage a baissé de 0,3 point.", [("0,3", 0.3, "point")]),
    ("digits", "fr", "La ferme produit 5 000 tonnes de blé.", [("5 000", 5000, "tonnes")]),
    ("digits", "fr", "Ils ont parcouru 3,2 kilomètres.", [("3,2", 3.2, "kilomètres")]),
    ("digits", "fr", "Le rassemblement a réuni 2000 manifestants.", [("2000", 2000, "manifestants")]),
    ("digits", "fr", "Un demi-million de visiteurs sont venus.", [("Un demi-million", 500_000, "visiteurs")]),
    ("digits", "en", "The project costs 1.5 million euros.", [("1.5 million", 1_500_000, "euros")]),
    ("digits", "en", "Some 12,000 people attended.", [("Some 12,000", 12_000, "people")]),
    ("digits", "en", "The town has 4,500 residents.", [("4,500", 4500, "residents")]),
    # --- percentages
    ("percent", "fr", "Le taux atteint 30 %.", [("30 %", 30, None)]),
    ("percent", "fr", "Le taux atteint 30%.", [("30%", 30, None)]),
    ("percent", "fr", "Il a recueilli 30 % des voix.", [("30 %", 30, "voix")]),
    ("percent", "fr", "Il a recueilli 30 pour cent des voix.", [("30 pour cent", 30, "voix")]),
    ("percent", "fr", "Une hausse de 4,5 % sur un an.", [("4,5 %", 4.5, None)]),
    ("percent", "fr", "On attend 40 % d'abstention.", [("40 %", 40, "abstention")]),
    ("percent", "en", "He won 30 percent of the vote.", [("30 percent", 30, "vote")]),
    # --- approximate number nouns
    (
        "approximate",
        "fr",
        "Une centaine de personnes ont été évacuées.",
        [("Une centaine", 100, "personnes")],
    ),
    ("approximate", "fr", "On compte une dizaine de blessés.", [("une dizaine", 10, "blessés")]),
    ("approximate", "fr", "Une vingtaine de pays ont signé.", [("Une vingtaine", 20, "pays")]),
    ("approximate", "fr", "Un millier de soldats ont été déployés.", [("Un millier", 1000, "soldats")]),
    ("approximate", "fr", "Le chantier durera une quinzaine de jours.", [("une quinzaine", 15, "jours")]),
    ("approximate", "fr", "Une trentaine d'élèves étaient présents.", [("Une trentaine", 30, "élèves")]),
    ("approximate", "fr", "Des milliers de manifestants ont défilé.", []),
    ("approximate", "fr", "Des dizaines de morts ont été recensés.", []),
    ("approximate", "fr", "Plusieurs centaines de personnes attendaient.", []),
    ("approximate", "fr", "Des millions de téléspectateurs ont regardé.", []),
    # --- ages
    ("age", "fr", "Un homme âgé de 45 ans a été interpellé.", [("45", 45, "ans")]),
    ("age", "fr", "Un homme de 32 ans a été blessé.", [("32", 32, "ans")]),
    ("age", "fr", "La victime, 19 ans, est hors de danger.", [("19", 19, "ans")]),
    ("age", "fr", "Les jeunes âgés de 18 à 25 ans sont visés.", [("18", 18, "ans"), ("25", 25, "ans")]),
    # --- durations
    ("duration", "fr", "Le délai est de 30 jours.", [("30", 30, "jours")]),
    ("duration", "fr", "La réunion a duré une heure et demie.", [("une heure et demie", 1.5, None)]),
    ("duration", "fr", "Le vol a duré deux heures et demie.", [("deux heures et demie", 2.5, None)]),
    ("duration", "fr", "Les travaux dureront trois semaines.", [("trois", 3, "semaines")]),
    ("duration", "fr", "Il a été condamné à 18 mois de prison.", [("18", 18, "mois")]),
    ("duration", "fr", "Il risque dix ans de prison.", [("dix", 10, "ans")]),
    ("duration", "fr", "La séance a été suspendue pendant 20 minutes.", [("20", 20, "minutes")]),
    # --- ranges and lists
    (
        "range",
        "fr",
        "Entre 200 et 300 manifestants étaient présents.",
        [("200", 200, "manifestants"), ("300", 300, "manifestants")],
    ),
    ("range", "fr", "La croissance serait de 3 à 4 %.", [("3", 3, None), ("4 %", 4, None)]),
    ("range", "en", "Between 20 and 30 people were there.", [("20", 20, "people"), ("30", 30, "people")]),
    # --- what after de / d'
    ("what", "fr", "Le groupe a supprimé 1 200 emplois d'ici là.", [("1 200", 1200, "emplois")]),
    ("what", "fr", "Le barrage retient 3 millions de mètres cubes.", [("3 millions", 3_000_000, "mètres")]),
    ("what", "fr", "Il a parcouru 120 km à pied.", [("120", 120, "km")]),
    # --- elliptical figures
    (
        "elliptical",
        "fr",
        "Les Russes ont lancé 28 drones, contre plus de 300 la veille.",
        [("28", 28, "drones"), ("plus de 300", 300, "drones")],
    ),
    (
        "elliptical",
        "fr",
        "Le parti obtient 25 sièges, contre 18 en 2019.",
        [("25", 25, "sièges"), ("18", 18, "sièges")],
    ),
    (
        "elliptical",
        "en",
        "They launched 28 drones, against more than 300 the day before.",
        [("28", 28, "drones"), ("more than 300", 300, "drones")],
    ),
    # --- no figures: dates, years, times, ordinals
    ("not-date", "fr", "Le sommet s'ouvre le 13 mars.", []),
    ("not-date", "fr", "Elle est née en 1998 à Lyon.", []),
    ("not-date", "fr", "Dans les années 1990, la ville a changé.", []),
    ("not-date", "fr", "La prise de la Bastille eut lieu le 14 juillet 1789.", []),
    ("not-date", "fr", "En 2023, 45 % des Français ont voyagé.", [("45 %", 45, "Français")]),
    ("not-date", "en", "The summit opens on March 13.", []),
    ("not-date", "en", "She was born in 1998 in Leeds.", []),
    ("not-time", "fr", "Le train part à 8 h 30.", []),
    ("not-time", "fr", "L'alerte est tombée à 18h05.", []),
    ("not-time", "fr", "Le rendez-vous est fixé à 20 heures devant la mairie.", []),
    ("not-time", "en", "The train leaves at 8:30.", []),
    ("not-ordinal", "fr", "Il habite dans le 3e arrondissement.", []),
    ("not-ordinal", "fr", "C'est la deuxième fois que cela arrive.", []),
    ("not-ordinal", "fr", "Il est arrivé premier.", []),
    ("not-ordinal", "en", "It is the 3rd time this year.", []),
    # --- no figures: names, titles, codes, scores, articles
    ("not-name", "fr", "Les dirigeants du G7 se retrouvent au Japon.", []),
    ("not-name", "fr", "Le CAC 40 a reculé hier.", []),
    ("not-name", "fr", "Un Airbus A320 a dû atterrir.", []),
    ("not-name", "fr", "Le gouvernement a utilisé l'article 49.3 pour la réforme.", []),
    ("not-name", "fr", "L'épidémie de Covid-19 a frappé la région.", []),
    ("not-name", "fr", "Un accident sur la RN 7 a bloqué la circulation.", []),
    ("not-name", "fr", "Il a remporté le Tour de France 2009.", []),
    ("not-name", "fr", "Appelez le 01 23 45 67 89 pour vous inscrire.", []),
    ("not-name", "fr", "Le débat était diffusé sur France 2.", []),
    ("not-name", "fr", "Un Boeing 737 a été immobilisé.", []),
    ("not-name", "en", "Leaders of the G7 met in Japan.", []),
    ("not-score", "fr", "Lyon s'est imposé 3-1 face à Nantes.", []),
    ("not-score", "en", "Arsenal won 3-1 at home.", []),
    ("not-article", "fr", "Un homme a été arrêté, l'un d'eux a fui.", []),
    ("not-article", "fr", "Une femme a témoigné devant une caméra.", []),
    ("not-article", "en", "One of them was arrested.", []),
    ("not-fraction", "fr", "La moitié des salariés et un tiers des cadres ont fait grève.", []),
    # --- second batch (written after the first round of fixes, measured before any fix made for it)
    ("what", "fr", "L'État entre au capital de trois des plus grosses banques.", [("trois", 3, "banques")]),
    ("what", "fr", "Les six plus grandes banques du pays sont concernées.", [("six", 6, "banques")]),
    (
        "what",
        "fr",
        "Il est passible de 3 ans de prison et de 45 000 euros d'amende.",
        [("3", 3, "ans"), ("45 000", 45_000, "euros")],
    ),
    ("what", "fr", "Le baril a grimpé à 90 dollars.", [("90", 90, "dollars")]),
    ("what", "fr", "Les 27 pays de l'Union ont signé.", [("27", 27, "pays")]),
    (
        "what",
        "fr",
        "Le bilan s'élève à 12 morts et 40 blessés.",
        [("12", 12, "morts"), ("40", 40, "blessés")],
    ),
    ("what", "fr", "Le smic horaire passe à 11,65 euros.", [("11,65", 11.65, "euros")]),
    ("what", "fr", "Marcher 10 000 pas par jour est conseillé.", [("10 000", 10_000, "pas")]),
    (
        "elliptical",
        "fr",
        "Le texte a été adopté par 289 voix contre 250.",
        [("289", 289, "voix"), ("250", 250, "voix")],
    ),
    (
        "elliptical",
        "fr",
        "Ils étaient 300 selon la police, 1 500 selon les organisateurs.",
        [("300", 300, None), ("1 500", 1500, None)],
    ),
    (
        "range",
        "fr",
        "Le ticket passe de 1,90 à 2,10 euros.",
        [("1,90", 1.9, "euros"), ("2,10", 2.1, "euros")],
    ),
    ("range", "fr", "L'atelier accueille des enfants de 6 à 11 ans.", [("6", 6, "ans"), ("11", 11, "ans")]),
    ("percent", "fr", "Il a obtenu 51,2 % des suffrages exprimés.", [("51,2 %", 51.2, "suffrages")]),
    ("percent", "fr", "Le PIB a reculé de 0,5 % au troisième trimestre.", [("0,5 %", 0.5, None)]),
    ("percent", "fr", "L'inflation a atteint 2,1 % sur un an.", [("2,1 %", 2.1, None)]),
    ("digits", "fr", "On recense 1,2 million de chômeurs.", [("1,2 million", 1_200_000, "chômeurs")]),
    (
        "digits",
        "fr",
        "Un million et demi de visiteurs sont attendus.",
        [("Un million et demi", 1_500_000, "visiteurs")],
    ),
    ("digits", "en", "The fund holds 2.5 billion dollars.", [("2.5 billion", 2.5e9, "dollars")]),
    ("approximate", "fr", "Une douzaine d'œufs suffit.", [("Une douzaine", 12, "œufs")]),
    (
        "approximate",
        "fr",
        "Une femme âgée d'une trentaine d'années a été blessée.",
        [("une trentaine", 30, "années")],
    ),
    ("approximate", "fr", "Il a été placé dans une quarantaine stricte.", []),
    ("approximate", "fr", "Des centaines de milliers de personnes ont défilé.", []),
    ("approximate", "fr", "Plusieurs millions d'euros ont disparu.", []),
    ("approximate", "fr", "Quelques milliers de fidèles étaient là.", []),
    ("duration", "fr", "Une grève de 24 heures est prévue.", [("24", 24, "heures")]),
    ("duration", "fr", "Il a été gardé à vue pendant 48 heures.", [("48", 48, "heures")]),
    ("duration", "fr", "Il a purgé 20 ans de réclusion.", [("20", 20, "ans")]),
    (
        "duration",
        "fr",
        "La garde à vue a été prolongée de 24 heures supplémentaires.",
        [("24", 24, "heures")],
    ),
    ("not-time", "fr", "Il est arrivé à trois heures du matin.", []),
    ("not-time", "fr", "Rendez-vous à partir de 18 heures place de la Bastille.", []),
    ("not-time", "fr", "Il l'a dit au journal de 20 heures de TF1.", []),
    ("not-fraction", "fr", "Plus des trois quarts des patients sont soignés.", []),
    ("not-fraction", "fr", "Les deux tiers des élèves ont réussi.", []),
    ("not-name", "fr", "Le Top 14 reprend samedi.", []),
    ("not-name", "fr", "Il joue en Ligue 1 depuis deux ans.", [("deux", 2, "ans")]),
    ("not-name", "fr", "Le gouvernement a dégainé le 49.3 mardi.", []),
    ("not-name", "fr", "Le nouvel iPhone 15 sort en septembre.", []),
    ("not-name", "fr", "Le vol AF447 s'est abîmé en mer.", []),
    ("not-name", "fr", "Les opérateurs déploient la 5G en ville.", []),
    ("not-name", "fr", "Elle a étudié à Paris 8 puis à Lyon.", []),
    ("not-name", "fr", "Appelez le 06 12 34 56 78 avant midi.", []),
    ("not-ordinal", "fr", "Le XXIe siècle a commencé sous la Ve République.", []),
    ("not-ordinal", "fr", "La croissance a ralenti au 2e trimestre.", []),
    ("not-date", "fr", "Les plans prévus pour mi-2024 ont été repoussés.", []),
    # --- third batch (written after the second round of fixes, from unannotated pages' shapes; measured
    # before any fix made for it)
    ("what", "fr", "Des rafales à 150 km/h ont été mesurées.", [("150", 150, "km/h")]),
    ("what", "fr", "Le vent a soufflé à plus de 120 km/h sur la côte.", [("plus de 120", 120, "km/h")]),
    ("not-name", "fr", "Les revues classées en « 1 » sont rares.", []),
    ("not-name", "fr", "Les revues de rang 1 dominent.", []),
    ("not-name", "fr", "Un « acte 45 » des gilets jaunes est annoncé.", []),
    ("not-name", "fr", 'La section "37" du comité a tranché.', []),
    # --- fourth batch (after the third round of fixes, from unannotated pages' shapes; measured before
    # any fix made for it)
    (
        "range",
        "fr",
        "Elle ne représente que 12 à 13 % des titres de séjour.",
        [("12", 12, "titres"), ("13 %", 13, "titres")],
    ),
    ("not-name", "fr", "Le feu a pris dans une maison au 19 rue principale.", []),
    ("not-name", "fr", "Ils habitent au 12 avenue Jean-Jaurès.", []),
    ("not-multiplier", "fr", "La population a été multipliée par cinq depuis 1982.", []),
    ("not-multiplier", "fr", "Le budget est trois fois inférieur à celui de Londres.", []),
    ("not-multiplier", "fr", "Les prix sont deux fois plus élevés qu'en 2019.", []),
    # --- fifth batch (after the fourth round of fixes, from unannotated English pages' shapes; measured
    # before any fix made for it)
    ("not-name", "en", "The single hit #10 on the charts.", []),
    ("not-name", "en", "Our offers:\n1. Pharmacy services\n2. Clinics", []),
    ("what", "en", "Primaries are held in California and 13 other states.", [("13", 13, "states")]),
    ("what", "en", "There are four main areas of work.", [("four", 4, "areas")]),
    ("currency", "en", "Revenue rose to $41.1 billion last year.", [("41.1 billion", 41.1e9, "$")]),
    ("currency", "fr", "Le billet coûte 15 € cette année.", [("15", 15, "€")]),
    ("currency", "en", "The fine was £200 in total.", [("200", 200, "£")]),
]

# Cases still failing (index -> reason): strict xfails. The 36 of the first batch failing at 21d4b6f are
# fixed; the second batch (from 112) was measured at de2c210, before any fix made for it: 34 of 44, now 42.
KNOWN_GAPS: dict[int, str] = {
    142: "false figure '20' (20.0, 'heures')",
}


@cache
def _figures() -> tuple[tuple[tuple[str, float, str | None], ...], ...]:
    articles = [
        Article(id=f"c{i}", input="catalogue", body=text, content_hash=f"c{i}", language=lang)
        for i, (_, lang, text, _) in enumerate(CASES)
    ]
    return tuple(tuple((f.text, f.value, f.what) for f in a.figures) for a in analyse_many(articles))


def problems(i: int) -> list[str]:
    """What case `i` gets wrong (nothing: it passes)."""
    got = list(_figures()[i])
    expected = CASES[i][3]
    out = []
    for text, value, what in expected:
        hit = next((g for g in got if g[0].strip() == text), None)
        if hit is None:
            out.append(f"missed {text!r}")
            continue
        got.remove(hit)
        if not same_value(value, hit[1]):
            out.append(f"{text!r}: value {hit[1]} for {value}")
        if what is not None and not same_what(what, hit[2]):
            out.append(f"{text!r}: what {hit[2]!r} for {what!r}")
    out += [f"false figure {g[0]!r} ({g[1]}, {g[2]!r})" for g in got]
    return out


def _params() -> list[object]:
    out = []
    for i, (klass, lang, text, _) in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[i])] if i in KNOWN_GAPS else []
        out.append(pytest.param(i, id=f"{i:03d}-{klass}-{lang}-{text[:30]}", marks=marks))
    return out


@pytest.mark.parametrize("i", _params())
def test_catalogue_case(i: int) -> None:
    assert not problems(i), (CASES[i][2], problems(i), _figures()[i])


def table() -> tuple[Counter[str], Counter[str], list[tuple[int, list[str]]]]:
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    for i, (klass, *_) in enumerate(CASES):
        total[klass] += 1
        wrong = problems(i)
        passed[klass] += not wrong
        if wrong:
            failures.append((i, wrong))
    return passed, total, failures


if __name__ == "__main__":
    passed, total, failures = table()
    for klass in total:
        print(f"{klass:14} {passed[klass]:3d} / {total[klass]:3d}")
    print(f"{'all':14} {sum(passed.values()):3d} / {sum(total.values()):3d}")
    if "-v" in sys.argv:
        for i, wrong in failures:
            print(f"{i:3d} {CASES[i][2]!r}: {'; '.join(wrong)}")
