"""Time expressions anchored on an event or vague: found, and left unresolved unless the text gives
their anchor (a catalogue written for this file, same scoring as tests/test_timex_catalogue.py).

The gold files annotate, as null, expressions told against an event ("la veille de sa libération",
"une semaine après la cérémonie", "le jour de l'ouverture") or vague ones ("début octobre" in a text
that states no year, "le week-end", "cejeudi"), and as intervals some year spans and parts of years
("(1999 à 2005)", "fin 1998", "l'été 2005"); durations, quarters and vague counts ("quelques jours
plus tard") are no dates. Every sentence was composed for this file (none taken or paraphrased from
a corpus text); some expressions in them are the examples the gold files' `_about` lines give for
their conventions ("la veille de sa libération", "deux ans et demi avant le scandale", "le jour de
l'ouverture", "cejeudi", "(1999 à 2005)"), each set in a sentence of its own. The first 66 cases were written and measured with the code as it was before
any fix for them (36 passing); then two expectations were turned to the gold conventions ("(1920-2005)"
is two years, "au lendemain de l'annonce" no day) and two guards were added after the dev sets were
measured. `python tests/test_timex_vague.py` prints the count.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import pytest
from test_timex_catalogue import NO, Case, Maybe, failures
from test_timex_catalogue import C as _C
from timex_expect import FETCHED, D, I, M, Y

from recoupe.language.analyse import analyse
from recoupe.model import Article

FRI = D(2024, 3, 15)  # a Friday
JAN5 = D(2024, 1, 5)
NOPUB = None  # a page without a publication day (as RPM2's)


def C(group: str, text: str, published, expected, note: str) -> Case:  # type: ignore[no-untyped-def]
    return _C(group, text, published, expected, note)


# fmt: off
CASES: list[Case] = [
    # --- the eve or the day after an event: null; of a date given right after: that date +- days ------
    C("eve", "La veille de sa libération, il avait écrit à sa famille.", NOPUB,
      [("La veille", None)], "la veille de + event, no publication day"),
    C("eve", "La veille de sa libération, il avait écrit à sa famille.", FRI,
      [("La veille", None)], "la veille de + event: the publication day does not pin it"),
    C("eve", "L'avant-veille du scrutin, les sondages se sont resserrés.", FRI,
      [("L'avant-veille", None)], "l'avant-veille du + event"),
    C("eve", "Le lendemain de sa nomination, il a limogé son adjoint.", FRI,
      [("Le lendemain", None)], "le lendemain de + event"),
    C("eve", "Au lendemain de l'annonce, les syndicats ont appelé à la grève.", FRI,
      [("Au lendemain", NO)], "au lendemain de + event: the aftermath, no day (not annotated)"),
    C("eve", "Le surlendemain de l'accident, la route a été rouverte.", NOPUB,
      [("Le surlendemain", None)], "le surlendemain de + event"),
    C("eve", "La veille du 14 juillet 2023, la préfecture a interdit les feux d'artifice.", FRI,
      [("La veille", D(2023, 7, 13)), ("14 juillet 2023", D(2023, 7, 14))], "la veille du + full date"),
    C("eve", "Le lendemain du 5 mars 2021, le maire a porté plainte.", NOPUB,
      [("Le lendemain", D(2021, 3, 6))], "le lendemain du + full date, no publication day"),
    C("eve", "Au lendemain du 5 août, les marchés ont plongé.", NOPUB,
      [("Au lendemain du 5 août", None)], "au lendemain du + a day with no year stated"),
    C("eve", "Le 3 mai 2008, le club a gagné. La veille de la finale, l'entraîneur avait parlé.", NOPUB,
      [("La veille", None)], "la veille of an event, even after a day named"),
    C("eve", "Le pays est à la veille d'une crise politique majeure.", FRI,
      [("la veille", NO)], "à la veille de: the approach of an event, no day"),
    C("eve", "La veille au soir, il avait dîné avec elle.", NOPUB,
      [("La veille", None)], "la veille au soir, no day named"),
    C("eve", "Le lendemain matin, la police l'a arrêté.", NOPUB,
      [("Le lendemain", None)], "le lendemain matin, no day named"),
    C("eve", "Le 12 mars, la police a perquisitionné. Le lendemain matin, le directeur a démissionné.", FRI,
      [("Le lendemain", D(2024, 3, 13))], "le lendemain matin after a day named"),
    # --- N units before or after an event: null; before or after a date given: that date --------------
    C("offset", "Une semaine après la cérémonie, le couple s'est séparé.", NOPUB,
      [("Une semaine après", None)], "une semaine après + event"),
    C("offset", "Un mois après la découverte du corps, l'enquête piétine.", FRI,
      [("Un mois après", None)], "un mois après + event, with a publication day"),
    C("offset", "Il a reçu le courrier quinze jours avant la date prévue.", NOPUB,
      [("quinze jours avant", None)], "N jours avant + event"),
    C("offset", "Deux ans et demi avant le scandale, la banque avait été alertée.", FRI,
      [("Deux ans et demi avant", None)], "N ans et demi avant + event"),
    C("offset", "Dix jours après son élection, le maire a démissionné.", FRI,
      [("Dix jours après", None)], "N jours après + possessive"),
    C("offset", "Six mois après les faits, le procès s'ouvre enfin.", FRI,
      [("Six mois après", None)], "N mois après + les"),
    C("offset", "Trois jours avant le 5 mai 2008, il avait disparu.", NOPUB,
      [("Trois jours avant", D(2008, 5, 2))], "N jours avant + full date"),
    C("offset", "Deux semaines après le 1er mars 2020, les écoles fermaient.", FRI,
      [("Deux semaines après", D(2020, 3, 15))], "N semaines après + full date"),
    C("offset", "Un an après l'attentat de 2015, la ville se souvient.", FRI,
      [("Un an après", None), ("2015", Y(2015))], "un an après an event of a year: not guessed"),
    C("offset", "Il lui a fallu deux ans avant de retrouver un emploi.", FRI,
      [("deux ans", NO)], "a duration before an infinitive"),
    C("offset", "Il a vécu pendant deux ans après la guerre à Londres.", FRI,
      [("deux ans", NO)], "pendant + N ans après: a duration"),
    C("offset", "Quelques jours après l'attentat, la police a arrêté un suspect.", FRI,
      [("Quelques jours après", Maybe(None))], "a vague count: either left out or null"),
    C("offset", "Une trêve de 30 jours a été signée après la rencontre.", FRI,
      [("30 jours", NO)], "a duration"),
    C("offset", "Il a été condamné à deux ans de prison avec sursis.", FRI,
      [("deux ans", NO)], "a sentence is a duration"),
    C("offset", "Le maire dispose de deux mois et un jour après la notification pour répondre.", FRI,
      [("un jour après", NO)], "the end of a compound duration"),
    # (written after the first round of fixes, measured before the second: 1 of 6 passing)
    C("offset", "Un an jour pour jour après l'attentat, la ville se recueille.", FRI,
      [("Un an jour pour jour après", None)], "jour pour jour"),
    C("offset", "Trois ans après qu'il a quitté le club, il y revient.", FRI,
      [("Trois ans après", None)], "N ans après qu' + clause"),
    C("offset", "Deux jours avant Noël, les magasins étaient bondés.", JAN5,
      [("Deux jours avant", D(2023, 12, 23))], "N jours avant + a feast: pinned by it"),
    C("offset", "Dix ans après Fukushima, le Japon relance ses réacteurs.", FRI,
      [("Dix ans après", None)], "N ans après + a proper name"),
    C("eve", "La veille de Noël, les magasins étaient bondés.", JAN5,
      [("La veille", D(2023, 12, 24))], "la veille de + a feast: pinned by it"),
    C("eventday", "Le 3 mars 2020, il a été élu. Le jour même de son élection, il a limogé son adjoint.", FRI,
      [("Le jour même de son élection", None)], "le jour même de + event: not the day named before"),
    # (written after the RPM2 check of the second round, measured before its fix: failing)
    C("offset", "Tout a commencé le 27 juin 2007, cinq jours avant l'opération. Ce jour-là, il a appelé.", NOPUB,
      [("le 27 juin 2007", D(2007, 6, 27)), ("cinq jours avant", None), ("Ce jour-là", D(2007, 6, 27))],
      "an offset set beside a day restates it: ce jour-là is still that day"),
    C("offset", "Deux ans après, rien n'a changé.", NOPUB,
      [("Deux ans après", None)], "N ans après, no time named before"),
    # --- the day of an event ---------------------------------------------------------------------------
    C("eventday", "Le jour de l'ouverture, les tribunes étaient vides.", NOPUB,
      [("Le jour de l'ouverture", None)], "le jour de + event"),
    C("eventday", "Le jour de son investiture, le président a promis des réformes.", FRI,
      [("Le jour de son investiture", None)], "le jour de + possessive, publication day known"),
    C("eventday", "Le jour de l'An, les pompiers sont intervenus 300 fois.", JAN5,
      [("Le jour de l'An", D(2024, 1, 1))], "le jour de l'An stays a feast"),
    C("eventday", "Il attend que le jour de gloire arrive.", FRI,
      [("jour de gloire", NO)], "no article after de: no event day"),
    C("eventday", "Le jour du 5 mai 2008, il pleuvait.", NOPUB,
      [("5 mai 2008", D(2008, 5, 5))], "le jour du + a date: the date"),
    # --- parts of months and years ---------------------------------------------------------------------
    C("part", "Les travaux reprendront début octobre.", NOPUB,
      [("début octobre", None)], "début + month, no year stated"),
    C("part", "Les travaux reprendront début octobre.", FRI,
      [("début octobre", M(2024, 10))], "début + month, publication day known"),
    C("part", "Les prix ont flambé mi-octobre.", NOPUB,
      [("mi-octobre", None)], "mi- + month, no year stated"),
    C("part", "Le verdict est attendu fin janvier.", NOPUB,
      [("fin janvier", None)], "fin + month, no year stated"),
    C("part", "Début octobre 2008, la banque a vacillé.", NOPUB,
      [("Début octobre 2008", M(2008, 10))], "début + month + year"),
    C("part", "Mi-octobre 2008, le CAC 40 a chuté.", NOPUB,
      [("Mi-octobre 2008", M(2008, 10))], "mi- + month + year"),
    C("part", "Fin 1998, il quitte le pays.", FRI,
      [("Fin 1998", Y(1998))], "fin + year"),
    C("part", "La neige est arrivée fin novembre.", FRI,
      [("fin novembre", M(2023, 11))], "fin + month, past"),
    C("part", "Au début de l'année 2010, la crise frappe.", FRI,
      [("début de l'année 2010", Y(2010))], "au début de l'année + year"),
    C("part", "Il a été nommé début de l'automne 2009 à Bruxelles.", FRI,
      [("automne 2009", I(D(2009, 9, 1), D(2009, 11, 30)))], "début de + season + year"),
    # (written after the third round, measured before its fix: 2 of 4 passing)
    C("part", "Les travaux reprendront fin-octobre.", FRI,
      [("fin-octobre", M(2024, 10))], "fin + month joined by a hyphen"),
    C("part", "Les prix ont flambé mi octobre 2008.", NOPUB,
      [("mi octobre 2008", M(2008, 10))], "mi + month without its hyphen"),
    C("part", "Le verdict est attendu début-janvier.", NOPUB,
      [("début-janvier", None)], "début + month joined by a hyphen, no year stated"),
    C("part", "Il a acheté une maison à Mi-Ville en octobre.", FRI,
      [("Mi-Ville", NO)], "no month after mi-: no date"),
    # --- parts of a week, deictic days, glued or typo'd --------------------------------------------------
    C("deictic", "Le week-end, les rues sont bondées.", NOPUB,
      [("Le week-end", None)], "le week-end, no publication day"),
    C("deictic", "Avant-hier, le maire a parlé.", NOPUB,
      [("Avant-hier", None)], "avant-hier, no publication day"),
    C("deictic", "Après-demain, le maire parlera.", FRI,
      [("Après-demain", D(2024, 3, 17))], "après-demain"),
    C("deictic", "Hier lundi, le maire a parlé.", NOPUB,
      [("Hier lundi", None)], "hier + weekday, no publication day"),
    C("deictic", "Hier jeudi, le maire a parlé.", FRI,
      [("Hier jeudi", D(2024, 3, 14))], "hier + weekday"),
    C("deictic", "Il est aujourd'hui salarié d'une autre banque.", NOPUB,
      [("aujourd'hui", None)], "aujourd'hui meaning currently"),
    C("deictic", "Les syndicats manifestent cejeudi à Paris.", NOPUB,
      [("cejeudi", None)], "ce glued to a weekday, no publication day"),
    C("deictic", "Les syndicats ont manifesté cejeudi à Paris.", FRI,
      [("cejeudi", D(2024, 3, 14))], "ce glued to a weekday: this week's"),
    C("deictic", "Le cercle a été fondé par Cedimanche, un poète.", FRI,
      [("Cedimanche", NO)], "no weekday inside a longer word"),
    C("deictic", "La loi sera votée d'ici un an.", NOPUB,
      [("d'ici un an", None)], "d'ici + N units, no publication day"),
    C("deictic", "La loi sera votée d'ici deux ans.", FRI,
      [("d'ici deux ans", D(2026, 3, 15))], "d'ici + N units, as dans + N units"),
    C("deictic", "Le tribunal se prononcera d'ici à trois semaines.", FRI,
      [("d'ici à trois semaines", D(2024, 4, 5))], "d'ici à + N units"),
    C("deictic", "Le contrat a été signé le 10septembre.", NOPUB,
      [("10septembre", None)], "a day glued to its month, no year stated"),
    C("deictic", "Le contrat a été signé le 10septembre 2008.", FRI,
      [("10septembre 2008", D(2008, 9, 10))], "a day glued to its month, with a year"),
    # --- year spans and years of things ---------------------------------------------------------------
    C("years", "Il a présidé la fédération (1999 à 2005).", FRI,
      [("1999 à 2005", I(D(1999, 1, 1), D(2005, 12, 31)))], "a span of years in brackets"),
    C("years", "Le peintre Jean Dupont (1920-2005) a légué ses toiles.", FRI,
      [("1920", Y(1920)), ("2005", Y(2005))], "two years joined by a hyphen: one expression each"),
    C("years", "Entre 1984 et 1986, il a dirigé le club.", NOPUB,
      [("1984", Y(1984)), ("1986", Y(1986))], "entre + year + et + year: one expression per year"),
    C("years", "L'été 2005 a été marqué par la canicule.", NOPUB,
      [("L'été 2005", I(D(2005, 6, 1), D(2005, 8, 31)))], "a season with its year"),
    C("years", "La loi de 2005 encadre la fin de vie.", NOPUB,
      [("2005", Y(2005))], "la loi de + year"),
    C("years", "Le score est passé de 1999 à 2005 voix.", FRI,
      [("1999", NO)], "counts are no years"),
    # --- not annotated -------------------------------------------------------------------------------
    C("notdate", "Il a récemment démissionné de son poste.", FRI,
      [("récemment", NO)], "récemment"),
    C("notdate", "Dans les années 90, le club dominait le championnat.", FRI,
      [("années 90", NO)], "a decade"),
    C("notdate", "Il a passé deux semaines à l'hôpital.", FRI,
      [("deux semaines", NO)], "a duration"),
]
# fmt: on

# Cases that fail today, by id: the known gaps (strict: a fix makes them fail loudly).
# Counts of days before or after an event ("une semaine après la cérémonie") were read for a while
# (the "offset" pattern) and taken out: on the held-out web pages they cost a date the rules had
# right (docs/language.md, "This session's rounds, measured blind, and taken back").
_OFFSET_OUT = "N units before/after an event are not read: taken out after the held-out floor failed"
XFAIL: dict[str, str] = {
    "offset-01": _OFFSET_OUT,
    "offset-02": _OFFSET_OUT,
    "offset-03": _OFFSET_OUT,
    "offset-04": _OFFSET_OUT,
    "offset-05": _OFFSET_OUT,
    "offset-06": _OFFSET_OUT,
    "offset-07": _OFFSET_OUT,
    "offset-08": _OFFSET_OUT,
    "offset-09": _OFFSET_OUT,
    "offset-16": _OFFSET_OUT,
    "offset-17": _OFFSET_OUT,
    "offset-18": _OFFSET_OUT,
    "offset-19": _OFFSET_OUT,
    "offset-20": _OFFSET_OUT,
}


def _ids() -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for case in CASES:
        seen[case.group] = seen.get(case.group, 0) + 1
        out.append(f"{case.group}-{seen[case.group]:02d}")
    return out


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=i, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[i])] if i in XFAIL else [])
        for c, i in zip(CASES, _ids(), strict=True)
    ],
)
def test_vague(case: Case) -> None:
    assert failures(case) == [], case.note


def _texts(text: str, published: dt.date | None = FRI) -> dict[str, tuple[Any, ...]]:
    stamp = dt.datetime.combine(published, dt.time(12)) if published else None
    article = Article(id="vague", input="vague", body=text, content_hash="vague", published=stamp,
                      language="fr", fetched_at=FETCHED)  # fmt: skip
    return {
        t.text: (t.date, t.start_date, t.end_date)
        for t in analyse(article).time_mentions
        if t.kind != "duration"
    }


def test_a_relative_day_and_its_weekday_are_one_expression() -> None:
    # (written with the fix) "hier lundi" is one expression, as the gold files annotate it
    assert _texts("Hier jeudi, le maire a parlé.") == {"Hier jeudi": (D(2024, 3, 14), None, None)}
    assert list(_texts("Hier lundi, le maire a parlé.", None)) == ["Hier lundi"]
    # not before a date's day: "lundi 11 mars" keeps its own reading
    found = _texts("Hier lundi 11 mars, le maire a parlé.")
    assert found["Hier"][0] == D(2024, 3, 14) and found["lundi 11 mars"][0] == D(2024, 3, 11)


if __name__ == "__main__":
    passing = 0
    for case, name in zip(CASES, _ids(), strict=True):
        wrong = failures(case)
        passing += not wrong
        if wrong and "-v" in sys.argv:
            print(name, "|", case.text, "|", "; ".join(wrong))
    print(f"{passing} / {len(CASES)} passing")
