"""The expression finder: one regex per shape of time expression, matched over a text without overlap."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from recoupe.language.timex.regex_start import guarded
from recoupe.language.timex.words import (
    _NOT_COUNT,
    _SEASONS,
    _YEAR,
    MONTHS_EN,
    MONTHS_FR,
    WEEKDAYS_FR,
    _day,
    _mo,
    _num,
    _part,
    _wd,
)

# (Each pattern is guarded by the characters its matches can start with: see regex_start.)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(guarded(pattern, re.IGNORECASE), re.IGNORECASE))
    for name, pattern in (
        # "le 3 et le 5 janvier", "du 12 au 15 mars": the first day takes the month (and year) after it
        (
            "daylist",
            rf"\b(?:le\s+|du\s+)?{_day}(?=\s+(?:et|au|à)\s+(?:le\s+|du\s+)?(?:1er|\d{{1,2}})\s+(?P<month>{_mo})(?:\s+(?P<year>(?:19|20)\d\d))?\b(?:\s+(?P<ddir>dernier|prochain)s\b)?)",
        ),
        # "mardi 4 et mercredi 5 juin", "du lundi 3 au vendredi 7 juin": the first weekday and day take
        # the month (and year) of the second
        (
            "daylist",
            rf"\b(?:le\s+|du\s+)?(?P<wd>{'|'.join(WEEKDAYS_FR)})\s+{_day}(?=\s+(?:et|au|à)\s+(?:le\s+)?(?:{'|'.join(WEEKDAYS_FR)})\s+(?:1er|\d{{1,2}})\s+(?P<month>{_mo})(?:\s+(?P<year>(?:19|20)\d\d))?\b(?P<ddir>))",
        ),
        # "le soir du 13 mars", "ce vendredi 14 février 2025", "le 11 mars", "March 13, 2025"; a full
        # date may be older than 1900 ("le 14 juillet 1789"); a weekday ending a title line is not the
        # day's that opens the next ("... ce lundi\n18 mars 2024")
        (
            "daymonth",
            rf"\b(?:{_part}|le\s+)?(?:(?P<dem>ce|cette|this)[^\S\n]+)?(?:(?P<wd>{_wd})[^\S\n]+)?{_day}(?:\s+|(?<=\d)(?=(?:{'|'.join(MONTHS_FR)})\b))(?P<month>{_mo})(?:\s+(?P<year>(?:1[5-9]|20)\d\d)|\s+(?P<ddir>dernier|prochain)s?\b)?\b"
            rf"(?:(?=\s+(?:et|au|à)\s+(?:le\s+)?(?:1er|\d{{1,2}})\s+(?:{_mo})\s+(?P<cyear>(?:19|20)\d\d)))?",
        ),
        (
            "monthday",
            rf"\b(?:(?P<wd>{_wd}),?\s+)?(?P<month>{_mo})\s+{_day}(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        ("numeric", r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mnum>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
        # "15/03/24", "15.03.24": a day and month in two figures each and a two-digit year (this century)
        ("numeric", r"\b(?P<day>[0-3]\d)(?P<sep>[/.])(?P<mnum>[01]\d)(?P=sep)(?P<year>\d\d)\b(?![/.,]?\d)"),
        # "2020-03-12", the ISO form of web pages' datelines, also in a timestamp ("2020-03-12T10:05")
        (
            "numeric",
            r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?:\b|(?=T\d\d:))(?!-\w)",
        ),
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
        (
            "ago",
            rf"\b(?:il\s+y\s+a\s+(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)|(?P<n2>\d+|{_num}|an?)\s+(?P<unit2>days?|weeks?|months?|years?)\s+ago)\b",
        ),
        # "dans dix jours", "dans deux semaines": that far after the anchor, as "il y a" is before it
        (
            "ahead",
            rf"\b(?:dans|d['’]ici(?:\s+à)?)\s+(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\b",
        ),
        # Relative to the last time the text named, not to the time of writing: "le mois suivant",
        # "l'année précédente", "the following year", "deux ans plus tard", "three days later"
        (
            "after",
            r"\b(?:(?:le\s+(?P<u1>mois|jour)|la\s+(?P<u2>semaine)|l['’](?P<u3>année|an))\s+(?P<d1>suivante?|précédente?|d['’]après|d['’]avant)"
            r"|the\s+(?P<d2>following|previous|preceding)\s+(?P<u4>day|week|month|year)|the\s+(?P<d3>next)\s+(?P<u5>day)"
            rf"|(?<![\w-])(?P<n>\d+|{_num}|(?-i:[Aa]n?))\s+(?P<u6>jours?|semaines?|mois|ans|années?|days?|weeks?|months?|years?)\s+"
            r"(?P<d4>plus\s+tard(?!\s+que)|plus\s+tôt(?!\s+que)|auparavant|later(?!\s+than)|earlier(?!\s+than)|après(?=\s*[,.;)])|avant(?=\s*[,.;)])))\b",
        ),
        # "La semaine précédant l'ouverture des JO", "l'année suivant sa mort": a period told against an
        # event, not against a date (kept, unresolved)
        (
            "eventrel",
            r"\b(?:[Ll]a\s+semaine|[Ll]e\s+mois|[Ll]e\s+jour|[Ll]['’]année)\s+(?:précédant|suivant)\b(?=\s+(?:l['’]|la\s|le\s|les\s|sa\s|son\s|ses\s|leur\s|un\s|une\s))",
        ),
        # A clock time is no duration: "vers 1 heure du matin", "samedi à 8 heures", "à 22h40", "à 21h"; but
        # "après deux heures de négociations" and "à 2 heures de route" are durations ("à 9 heures
        # devant la mairie", "à 3 heures de l'après-midi" are clock times).
        (
            "clock",
            rf"\b(?:(?:peu\s+)?(?:à|vers|dès|avant|après)|jusqu['’]à)\s+(?:(?:\d{{1,2}}|{_num})\s+heures?\b(?:\s+\d\d)?(?!\s+d(?:e\s+(?!l['’]après-midi)|['’]))(?:\s+(?:du\s+matin|du\s+soir|de\s+l['’]après-midi))?|\d{{1,2}}\s?h\s?\d\d\b|\d{{1,2}}\s?h(?![\w/])(?!\s+d(?:e\s|['’])))",
        ),
        # "30 jours", "deux ans": a duration, no date (not "deux ans après", "trois jours plus tard": those
        # count from a time the text named)
        (
            "duration",
            r"(?<![\w-])(?=[\w-]+\s+(?:jours?|semaines?|mois|ans|années?|heures?|days?|weeks?|months?|years?|hours?)\b)"
            rf"(?P<n>\d+|{_num})\s+(?P<unit>jours?|semaines?|mois|ans|années?|heures?|days?|weeks?|months?|years?|hours?)\b(?!\s+(?:après|plus tard|avant|ago|later|(?:19|20)\d\d\b))",
        ),
        (
            "relday",
            r"\b(?P<rel>avant-hier|hier|aujourd'hui|aujourd’hui|demain|après-demain|yesterday|today|tomorrow)(?:\s+(?P<tod>soir|matin|après-midi|night|evening|morning))?(?:\s*\((?P<wd>"
            + _wd
            # "hier lundi", "demain samedi": one expression (not before the day of a date: "hier lundi 3 mars")
            + r")\)|[^\S\n]+(?P<wd2>"
            + "|".join(WEEKDAYS_FR)
            + r")\b(?![^\S\n]*\d))?",
        ),
        # "La veille, ...", "le lendemain": the day before or after the date the text spoke of last
        # (not "au lendemain d'un discours", which dates by an event)
        # "Le soir même, il était relâché": the day named last (not "le soir même de son élection")
        ("sameday", r"\b[Ll]e\s+(?:soir|matin)\s+même\b(?!\s+(?:de|du|des|d['’]))"),
        (
            "eve",
            r"\b(?P<eve>[Ll]['’]avant-veille|[Ll]a\s+veille|[Ll]e\s+(?:sur)?lendemain)\b(?!\s+(?:de|du|des|d['’]))",
        ),
        # "la veille de sa libération", "au lendemain de l'annonce", "l'avant-veille du scrutin": the eve
        # or the day after an event, unresolved, unless a date follows ("la veille du 14 juillet 2023":
        # that date's eve; see mentions._pin_on_next)
        (
            "eveof",
            r"\b(?P<eve>l['’]avant-veille|(?<!\bà\s)la\s+veille|le\s+(?:sur)?lendemain)\b(?=\s+(?:de|du|des)\s|\s+d['’])"
            # "au lendemain de la guerre" is its aftermath and "à la veille de" its approach, no day: only
            # before a day ("au lendemain du 5 août")
            r"|\b(?P<eve2>au\s+(?:sur)?lendemain)\b(?=\s+du\s+(?:1er|\d))",
        ),
        # ", le 12, ...": a bare day between commas is in the month of the last day the text named
        ("bareday", r"(?<=,\s)le\s+(?P<day>1er|[12]\d|3[01]|[1-9])(?=\s*,)"),
        # "Le 3, il a signé": the same opening a sentence
        ("bareday", r"(?m)(?:(?<=[.!?]\s)|^)le\s+(?P<day>1er|[12]\d|3[01]|[1-9])(?=\s*,)"),
        # "le 23 novembre, puis à Bayonne le 30.": a later day ending the sentence that named the month
        ("bareday", r"(?<=\s)le\s+(?P<day>[12]\d|3[01]|[2-9])(?P<eos>)(?=\s*[.;](?!\d))"),
        (
            "tonight",
            r"\b(?:ce\s+(?:matin|soir|midi)|cet(?:te)?\s+après-midi|cette\s+nuit|la\s+nuit\s+dernière|last\s+night|tonight|this\s+(?:morning|afternoon|evening))\b",
        ),
        # "en début d'année", "à la fin de l'année 2008", "en fin d'année prochaine": a part of a year
        # stands for the year, as a part of a month stands for the month ("la fin de l'année" without
        # a year, "depuis le début de l'année", is left out like quarters: no gold set counts it)
        (
            "yearpart",
            r"\b(?:en\s+)?(?P<part>début|fin|milieu)\s+d['’]année(?:\s+(?P<dir>prochaine|dernière|passée)\b)?"
            r"|\b(?:(?:au|à\s+la|dès\s+la|d['’]ici\s+la|pour\s+la|vers\s+la|depuis\s+le)\s+)?(?P<ypart>début|fin|milieu)\s+de\s+l['’]année\s+(?P<year>(?:19|20)\d\d)\b",
        ),
        (
            "relperiod",
            r"\b(?:la\s+semaine|(?:le|du|au)\s+mois|l['’]an|l['’]année)\s+(?P<dir>derni(?:er|ère)|prochaine?|passée?)\b|\b(?P<dir2>last|next)\s+(?P<unit>week|month|year)\b|\b(?P<this>cette\s+année(?!-là)|cette\s+semaine(?!-là)|ce\s+mois-ci|this\s+(?:year|week|month))\b",
        ),
        (
            "season",
            rf"\b(?:l['’]|le\s+|the\s+|en\s+|in\s+)?(?P<season>{'|'.join(_SEASONS)})\s+(?:(?P<year>(?:19|20)\d\d)|(?P<dir>dernier|prochain))\b",
        ),
        # A season without year only after a word that makes it a time ("cet été", "avant l'été",
        # "au printemps"): "l'été est chaud" is no date, and "a été" none either.
        # "this summer", "last winter", "next fall"
        (
            "bareseason",
            r"\b(?:(?P<dem>this)|(?P<dir>last|next))\s+(?P<season>spring|summer|autumn|fall|winter)\b",
        ),
        (
            "bareseason",
            r"\b(?:(?P<dem>cet|cette|ce)\s+|(?P<prep>avant|après|depuis|dès|pendant|durant|jusqu['’]à|d['’]ici(?:\s+à)?|pour|fin\s+de|début\s+de|au\s+cours\s+de)\s+(?:l['’]|le\s+)|au\s+(?=printemps)|à\s+l['’](?=automne))(?P<season>été|printemps|automne|hiver)\b",
        ),
        # a season opening a sentence as the subject of a told time ("L'été a été marqué par ...",
        # "L'automne a vu revenir le virus", "L'hiver sera long"): that season, read with the verb's tense
        (
            "bareseason",
            r"(?m)(?:(?<=[.!?]\s)|^)(?-i:L['’]|Le\s+)(?P<season>été|printemps|automne|hiver)(?=\s+(?:a|avait|aura|fut|sera)\s+(?!toujours|souvent|jamais|longtemps)\w)",
        ),
        # "à la mi-août", "fin août", "début mars 2020", "au début de juillet", "fin d'août": a part of
        # a month stands for the month (also with a hyphen or without one: "fin-octobre", "mi octobre")
        (
            "month",
            rf"\b(?:(?:à\s+)?la\s+)?(?:mi[-\s]|(?:fin|début)(?:\s+(?:de\s+|d['’])?|-))(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "in late March", "mid-April", "early June 2024": a part of a month stands for the month
        # ("May" only capitalised: "early may be better")
        (
            "month",
            rf"\b(?:(?:in|by|until|since)\s+)?(?:early|late|mid-?)\s*(?P<month>{'|'.join(m for m in MONTHS_EN if m != 'may')}|(?-i:May))(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "en début de semaine", "ce week-end", "à Noël": parts of a week, a feast
        (
            "weekpart",
            r"\b(?:(?P<dem>ce|cette)\s+|le\s+|en\s+|au\s+)?(?P<part>début\s+de\s+(?:la\s+)?semaine|fin\s+de\s+(?:la\s+)?semaine|week-end|weekend)\b(?P<dir>\s+(?:derni(?:er|ère)|prochaine?)\b)?",
        ),
        # also "la Toussaint", "Pâques" (not "l'île de Pâques"), "le lundi de Pâques", "la Pentecôte",
        # "le jour de l'An", "le Nouvel An" (not the Chinese one), "la Saint-Valentin", and the feasts of
        # the Easter cycle named by a weekday or a word (and "la Chandeleur", 2 February) ("Mardi gras", "le Vendredi saint", "l'Ascension";
        # not "l'ascension sociale" nor "l'Ascension du Christ")
        (
            "feast",
            r"\b(?:(?:à|pour|avant|après|depuis|dès)\s+)?(?P<feast>Noël|la\s+Saint-Sylvestre|le\s+réveillon\s+de\s+Noël"
            r"|la\s+Toussaint|(?:le\s+)?lundi\s+de\s+Pâques|(?<!île\sde\s)(?<!ile\sde\s)(?<!œufs\sde\s)Pâques"
            r"|la\s+Pentecôte|le\s+jour\s+de\s+l['’]An|le\s+Nouvel\s+An(?!\s+(?:chinois|lunaire|juif|vietnamien|iranien|persan))"
            r"|la\s+Saint-Valentin|la\s+Chandeleur|(?:le\s+)?[Mm]ardi\s+gras|(?:le\s+)?[Vv]endredi\s+saint|l['’](?-i:Ascension)(?!\s+d[eu]\b))\b"
            r"(?:\s+(?P<year>(?:19|20)\d\d))?",
        ),
        # "le jour de l'ouverture", "le jour (même) de son investiture": the day of an event, unresolved, unless a
        # date follows ("le jour du 5 mai 2008"; "le jour de l'An" is a feast, read above)
        (
            "eventday",
            r"\b(?:le|au)\s+jour(?:\s+même)?\s+(?:de|du|des|d['’])\s*(?:(?:l['’]|la\s+(?!semaine\b)|le\s+|les\s+|sa\s+|son\s+|ses\s+|leur\s+|leurs\s+|cette\s+|ce\s+)[^\W\d_][\w-]*|(?=\d))",
        ),
        # "en mars", "courant août", "courant d'août", "entre mai et juin"
        (
            "month",
            rf"\b(?<!jusqu')(?<!jusqu’)(?:(?:en|in|depuis|since|courant|entre)\s+|courant\s+d['’]\s*)"
            rf"(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))})(?:\s+(?P<year>{_YEAR})|\s+(?P<dir>dernier|prochain))?\b",
        ),
        # (A lookahead on the first letter before a group of lookbehinds spares the engine trying them
        # all at every place of the text: same matches, about 30% less time for these patterns.)
        # "dès janvier", "d'ici mars", "jusqu'à juin", "à partir de mai": the month alone, so that the
        # preposition before it sends it forward (unless the verb is past, for "dès" and "jusqu'à")
        (
            "month",
            r"(?=[jfmasond])(?:(?<=dès )|(?<=d'ici )|(?<=d’ici )|(?<=d'ici à )|(?<=d’ici à )|(?<=à partir de )|(?<=à partir d')|(?<=à partir d’)"
            r"|(?<=à compter de )|(?<=à compter d')|(?<=à compter d’)|(?<=jusqu'à )|(?<=jusqu’à )|(?<=jusqu'en )|(?<=jusqu’en ))"
            rf"(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<dir>dernier|prochain))?\b",
        ),
        # "de juillet à septembre 2009": the first month of a span (its year comes from the second)
        (
            "month",
            rf"\bde\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?P<year>)(?=\s+(?:à|au)\s+(?:la\s+)?(?:mi-|fin\s+|début\s+)?(?:{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})\b)",
        ),
        # "de janvier à juin": the second month of a span of months, which the first does not hold
        (
            "month",
            "(?=[àa])(?:" + "|".join(f"(?<={m} )" for m in MONTHS_FR) + ")"
            rf"(?:à|au)\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "entre janvier et mars": the second month of a span the first opened with "entre"
        (
            "month",
            "(?=e)(?:" + "|".join(f"(?<=entre {m} )" for m in MONTHS_FR) + ")"
            rf"et\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "last September", "next March": an English month with its direction
        ("month", rf"\b(?P<dir>last|next)\s+(?P<month>{'|'.join(MONTHS_EN)})(?P<year>)\b"),
        # "de novembre 2007 à janvier": the second month of a span (its year comes from the first)
        (
            "month",
            rf"(?<=\d\d\d\d )(?:à|au|et|jusqu['’]en)\s+(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})(?P<year>)\b",
        ),
        # "à partir de janvier prochain": a month with its direction needs no preposition
        (
            "month",
            rf"\b(?P<month>{'|'.join(MONTHS_FR + ('fevrier', 'aout'))})\s+(?P<dir>dernier|prochain)(?P<year>)\b",
        ),
        # "jeudi 14, le président a parlé": a weekday and a day of the month without the month
        (
            "wdday",
            rf"\b(?P<wd>{'|'.join(WEEKDAYS_FR)})\s+(?P<day>1er|[12]\d|3[01]|[1-9])\b(?!\s*(?:h\b|heures?|%|ans|mois|jours|personnes|[.,/]\d|\d))",
        ),
        (
            "weekday",
            rf"\b(?:(?P<dem>ce|cette|this|last|next)(?:\s+|(?<=(?-i:ce))(?=(?:{'|'.join(WEEKDAYS_FR)})\b)))?(?P<wd>{_wd})(?:\s+(?P<dir>dernier|prochain|soir|matin|suivant|précédent))?\b(?!\s+de\s+chaque\b)",
        ),
        (
            "monthyear",
            rf"\b(?P<month>{'|'.join(MONTHS_FR + MONTHS_EN + ('fevrier', 'aout'))})\s+(?P<year>{_YEAR})\b",
        ),
        # (with a part before it, "jusqu'à la fin du mois de mai": the month, and what governs it is before)
        (
            "monthword",
            rf"\b(?:la\s+(?:fin|mi-|moitié)\s+|(?:au\s+)?(?:début|milieu)\s+)?(?:au|le|du|ce)\s+mois\s+d(?:e\s+|['’]\s*)(?P<month>{'|'.join(MONTHS_FR)})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "(1999 à 2005)": a span of years spelt out alone in brackets is one period (two years joined by a
        # hyphen, "(1938-2025)", stay one expression each, as "la saison 2019-2020")
        (
            "yearspan",
            r"(?<=\()(?P<year>(?:1[5-9]|20)\d\d)\s+(?:à|au)\s+(?P<year2>(?:1[5-9]|20)\d\d)(?=\))",
        ),
        # "de 2013 à 2017", "entre 2010 et 2012": the second year of a span
        (
            "year",
            r"(?<=\d\d\d\d )(?<!années \d\d\d\d )(?:à|au|et|to|and|through|until)\s+(?P<year>"
            + _YEAR
            + r")\b"
            + _NOT_COUNT,
        ),
        (
            "year",
            r"\bentre\s+(?P<year>(?:19|20|1[5-8])\d\d)(?=\s+et\s+(?:(?:début|fin|mi-)\s*)?"
            + _YEAR
            + r"\b"
            + _NOT_COUNT
            + ")",
        ),
        # "(1999 à 2005)": the first year of a span, whatever comes before it
        ("year", r"\b(?P<year>(?:19|20)\d\d)(?=\s+(?:à|au)\s+(?:19|20)\d\d\b" + _NOT_COUNT + ")"),
        # English prepositions beside the French ones below ("by 2030", "between 2012 and 2018",
        # "the revolution of 2011", "up 6% compared to 2022", "par rapport à 2019", "vers 1950", "autour de
        # 2010"), not a count ("of 2000 troops", "vers 2000 personnes")
        (
            "year",
            r"\b(?:by|until|till|through|from|between|of|during|for|fiscal|early|late|than|versus|vs\.?|compared\s+(?:to|with)|par\s+rapport\s+à|comparée?s?\s+à|vers|autour\s+de|aux\s+alentours\s+de)\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s+(?!(?:was|is|has|as|this|its|his|us)\b)[a-z]+s\b)"
            + _NOT_COUNT,
        ),
        (
            "year",
            r"\b(?:en|in|depuis|since|dès|avant|before|après|after|de|du|fin|début|pour|courant|l['’]année|l['’]an|year|à\s+l['’]horizon)(?:\.\.\.|…)?\s+(?P<year>(?:19|20)\d\d)\b"
            + _NOT_COUNT,
        ),
        # an older year after a preposition of time ("en 1870", "depuis 1848"; not "de 1500 euros")
        (
            "year",
            r"\b(?:en|depuis|dès|avant|après|jusqu['’]en|vers|fin|début|courant|l['’]année|l['’]an)\s+(?P<year>"
            + _YEAR
            + r")\b"
            + _NOT_COUNT,
        ),
        # "repoussée à 2026", "remontait à 1997": a year something is moved to or goes back to
        (
            "year",
            r"\b(?:(?:report|repouss|décal|renvoy|ajourn)ée?s?|remont(?:e|ent|ait|aient|er|ant|é))\s+à\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)"
            + _NOT_COUNT,
        ),
        # "la loi de 1881", "le traité de 1763": an older year naming a law, a treaty, a war
        (
            "year",
            r"\b(?:loi|décret|ordonnance|traité|accords?|concordat|constitution|charte|édit|révolution|guerre|crise|krach|exposition)\s+(?:de|du)\s+(?P<year>1[5-8]\d\d)\b(?![,.]?\d)"
            + _NOT_COUNT,
        ),
        # "la Commune de 1871, ...": an older year after "de" where the clause goes on at a mark
        ("year", r"\b(?:de|du)\s+(?P<year>1[5-8]\d\d)(?=\s*[,;)])"),
        # "une année 2022 de rassemblement", "l'édition 2025", "la rentrée 2024": a year naming a
        # year, an edition, a vintage (not one of two years joined: "la saison 2019-2020" is read above)
        (
            "year",
            r"\b(?:année|édition|rentrée|cuvée|millésime|promotion)\s+(?P<year>(?:19|20)\d\d)\b(?![-–/.,]?\d)"
            + _NOT_COUNT,
        ),
        # "le 1er-Mai", "le 14-Juillet", "du 8-Mai": a holiday written with a hyphen is its day
        (
            "holiday",
            rf"\b(?:le\s+|du\s+)?{_day}-(?P<month>{'|'.join(MONTHS_FR)})(?:-(?P<year>(?:19|20)\d\d))?\b",
        ),
        # "la même année", "le même jour", "ce jour-là", "cette année-là", "le jour même", "the same
        # year": the time the text named last (a paragraph or more before)
        (
            "same",
            r"\b(?:(?:la|cette)\s+même\s+(?P<u3>année)|(?:le|ce)\s+même\s+(?P<u1>mois|jour)|the\s+same\s+(?P<u4>day|month|year)"
            r"|ce\s+(?P<u7>jour|mois)-là|cette\s+(?P<u8>année|semaine)-là|le\s+(?P<u9>jour)\s+même)\b",
        ),
        # "en 2021, 2022 et 2023": a year inside a list of years (the first and the last are read above)
        (
            "year",
            r"(?<=\d\d\d\d,\s)(?P<year>(?:19|20)\d\d)\b(?=(?:,\s(?:19|20)\d\d)*\s+(?:et|ou|and|or)\s+(?:19|20)\d\d\b)",
        ),
        # "la saison 2019-2020", "l'exercice 2022/2023": two years joined by a hyphen or a slash, one
        # expression each
        # (not decades: "les années 1980-1990")
        ("year", r"(?<!années\s)\b(?P<year>(?:19|20)\d\d)(?=[-–/](?:19|20)\d\d\b(?![-–/.,]?\d))"),
        (
            "year",
            r"(?<=(?:19|20)\d\d[-–/])(?<!années\s\d\d\d\d[-–/])(?P<year>(?:19|20)\d\d)\b(?![-–/.,]?\d)"
            + _NOT_COUNT,
        ),
        # "2019 : le club remporte la coupe": a year opening a line of a list or a timeline
        # (or a title: "2021, l'année où tout a repris"; not a list "2021, 2022 et 2023")
        ("year", r"(?m)^(?P<year>(?:19|20)\d\d)(?=\s*(?::|–|—|-\s|,\s+(?!\d)))" + _NOT_COUNT),
        # "Et 2022 ?": a year asked about, opening a sentence
        ("year", r"(?m)(?:^|(?<=[.!?»]\s))(?-i:Et)\s+(?P<year>(?:19|20)\d\d)(?=\s*\?)"),
        # "sur 2024" (over the year), not a count ("sur 2000 mètres")
        ("year", r"\bsur\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s*%)(?!\s+[^\W\d_]+s\b)" + _NOT_COUNT),
        # "(2000)", "(The Dead Lands, 2014)": a year alone in brackets, or ending them after a comma
        # (the credits of a film, a book, a study)
        ("year", r"(?=[12])(?:(?<=\()|(?<=,\s))(?P<year>(?:19|20)\d\d)(?=\))"),
        # "d'ici 2013", "d'ici à 2021", "jusqu'à 2030", "à la mi-2009": the year a period ends in or
        # the middle of a year (not a count: "d'ici 2000 ans")
        (
            "year",
            r"(?:\bd['’]ici(?:\s+à)?\s+|\bjusqu['’]à\s+|\bmi-)(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)(?!\s+(?:ans|années|jours|mois|personnes|euros)\b)",
        ),
    )
)


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
