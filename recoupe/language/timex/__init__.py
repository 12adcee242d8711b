"""Time expressions found by rules and resolved against the publication date (or an in-text anchor).

Resolution rules (French first, English where the same shapes exist):
- a bare weekday ("vendredi") is that day of the publication week on or before the publication
  day, unless the tense says otherwise: a future or simple conditional governing verb
  ("rouvrira samedi", "se réunirait mardi"), "prochain" after it or a forward-looking preposition
  before it ("à compter de lundi", "à partir de lundi", "dès lundi" unless the verb is past) make it
  the next such day, on or after the publication day; under the news present ("le ministre
  présente jeudi son plan") the nearest such day, either way; after "chaque", or "le" under a verb
  that is not past ("le marché se tient le samedi"), a habit and no day;
- "ce/cette <weekday>" is that day of the anchor's week; "<weekday> dernier" strictly before;
- a day and month without year take the year that puts the date nearest the publication date,
  unless a fronted time with its year opens their paragraph ("En 2017, ... Le 4 décembre"): then
  the story's year;
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

The package reads a text in one pass (`mentions.extract`): `patterns` finds the expressions (with
the words of `words`), `anchor` gives what they are read against, `forward` and `tense` the tense
they are read with, `resolve` dates one expression, `context` those that lean on the times named
before them; `days` holds the day arithmetic they share.
"""

from __future__ import annotations

from recoupe.language.timex.anchor import Anchor, find_anchor, text_years
from recoupe.language.timex.mentions import extract
from recoupe.language.timex.tense import english_tense, tense_at
from recoupe.language.timex.words import MONTHS_EN, MONTHS_FR, WEEKDAYS_EN, WEEKDAYS_FR

__all__ = [
    "MONTHS_EN",
    "MONTHS_FR",
    "WEEKDAYS_EN",
    "WEEKDAYS_FR",
    "Anchor",
    "english_tense",
    "extract",
    "find_anchor",
    "tense_at",
    "text_years",
]
