"""The extraction pass: every time expression of a text, read in its language and resolved in
order, each against the anchor or the times named before it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from recoupe.language.timex.anchor import _UPDATED_LINE, Anchor, _dateline, find_anchor, text_years
from recoupe.language.timex.context import (
    _after,
    _bare_day,
    _clock_day,
    _dateline_year,
    _day_lists,
    _eve,
    _month_named_again,
    _narrative_year,
    _same_evening,
    _spans,
    _weekday_from,
)
from recoupe.language.timex.days import _interval
from recoupe.language.timex.forward import _forward, _tense_with_plan
from recoupe.language.timex.patterns import _matches
from recoupe.language.timex.resolve import _resolve
from recoupe.language.timex.words import _WD, _foreign
from recoupe.model import TimeMention


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
    planned: set[int] = set()  # the starts of days and months a future verb or preposition puts ahead
    steps: dict[int, int] = {}  # told against what follows them: start -> step
    # such expressions set beside a day ("le 27 juin, le jour de l'opération"): they say that day
    # again, so what comes next ("ce jour-là", "la veille") still counts from the day
    beside: set[int] = set()
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
        if (
            name == "weekday"
            and not (m["dem"] or m["dir"])
            and _NEXT_THING_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            when = "future"  # "Prochain rendez-vous vendredi", "prochaine étape mardi"
        relative = name == "weekday" and (m["dir"] or "").lower() in ("suivant", "précédent")
        if name == "weekday" and not (m["dem"] or m["dir"]) and _NICKNAME_AFTER.match(text, m.end()):
            # "samedi noir", "le lundi noir": a day named by what happened, kept unresolved (even after "le")
            out.append(TimeMention(text=m.group(0), start=m.start(), end=m.end()))
            continue
        if (
            name == "weekday"
            and not (m["dem"] or m["dir"] in ("dernier", "prochain") or relative)
            and _habit(text, m, when)
        ):
            inside = _day_of_span(text, m, out)
            if inside is None:
                continue  # "chaque dimanche", "le marché se tient le samedi": a habit, no day
            out.append(inside)
            continue
        if name == "weekday" and not (m["dem"] or m["dir"]) and _opening_days(text, m, when):
            continue  # "ouvert du mardi au dimanche, de 10 h à 18 h": opening days, no day
        defer = False
        if name == "weekday" and not (m["dem"] or m["dir"]):
            if when in (None, "present") and not _forward(text, m.start(), when):
                defer = True
            elif when == "future":
                resolved = _resolve(name, m, anchor, reference, when, years)
                if resolved is not None and resolved.date is not None:
                    tensed.setdefault(m["wd"].lower(), resolved.date)
        when = _tense_with_plan(text, m.start(), when)
        if name in ("daymonth", "monthday", "numday") and _UPDATE_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            when = "future"  # "Mise à jour du 10 février :" inside the text: on or after the publication
        elif (
            name == "daymonth"
            and when == "past"
            and _UNTIL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            when = None  # "a prolongé les restrictions jusqu'au 31 octobre": the end may be ahead
        elif name == "daymonth" and _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            when = "past"  # "fermé depuis le 1er septembre, il rouvrira ...": a start already past
        if when == "future":
            planned.add(m.start())
        here = anchor
        if anchor is not None and name in _DEICTIC_NAMES and (update := _update_day(text, m.start(), out)):
            here = Anchor(update, anchor.source)  # "Mise à jour du 10 février : ... la semaine prochaine"
        mention = _resolve(name, m, here, reference, when, years)
        if name in _TOLD_AGAINST_WHAT_FOLLOWS:
            mention, steps[m.start()] = _unpinned(name, m)
            if (
                out
                and out[-1].kind == "date"
                and out[-1].resolved
                and _BESIDE.fullmatch(text, out[-1].end, m.start())
            ):
                beside.add(m.start())
        if name == "yearspan":
            first, last = int(m["year"]), int(m["year2"])
            base = TimeMention(text=m.group(0), start=m.start(), end=m.end(), kind="interval")
            mention = (
                _interval(base, dt.date(first, 1, 1), dt.date(last, 12, 31), "text") if first < last else None
            )
        if name == "eve":
            mention = _eve(m, _without(out, beside), anchor)
        if name in ("after", "same"):
            mention = _after(m, _without(out, beside))
        if name == "bareday":
            mention = _bare_day(m, _without(out, beside))
        if name == "sameday":
            mention = _same_evening(m, _without(out, beside))
        if relative:
            mention = _weekday_from(m, _without(out, beside))
        if mention is not None and out and name == "weekday" and mention.date is not None and not relative:
            # "dans la nuit de jeudi à vendredi", "du lundi au mercredi": the second day follows the first
            prev = out[-1]
            between = text[prev.end : mention.start].strip().lower()
            if prev.date is not None and between in ("à", "au", "et") and prev.text.lower() in _WD:
                ahead = (_WD[m["wd"].lower()] - prev.date.weekday()) % 7  # "vendredi soir" too
                mention = replace(mention, date=prev.date + dt.timedelta(days=ahead))
                if tensed.get(prev.text.lower()) == prev.date:  # "ce week-end, samedi et dimanche"
                    tensed.setdefault(m["wd"].lower(), prev.date + dt.timedelta(days=ahead))
        if mention is not None and name == "weekday" and not (m["dem"] or m["dir"]) and out:
            # "ce week-end, samedi et dimanche": a weekday told in the same breath as a short period is its day
            in_period = _day_in_period(text, out[-1], m)
            if in_period is not None:
                mention, defer = replace(mention, date=in_period, resolved=True, anchor=out[-1].anchor), False
                tensed.setdefault(m["wd"].lower(), in_period)
        if (
            mention is not None
            and name in ("daymonth", "daylist")
            and anchor is not None
            and when not in ("past", "future")
        ):
            mention = _in_calendar_order(text, m, mention, out, anchor.day)
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
    out = _month_named_again(text, out, frozenset(planned))
    out = _narrative_year(text, out)
    if published is None:
        out = _dateline_year(text, out)
    out = _day_lists(text, out)
    out = _pin_on_next(text, out, steps)
    if original is not text:
        out = [replace(t, text=original[t.start : t.end]) for t in out]
    return out


# The expressions told against an event, or against a date right after them ("la veille de sa
# libération", "la veille du 14 juillet 2023", "le jour de l'ouverture"). Counts of days before or
# after an event ("trois jours avant le scrutin") were read too for a while and taken out: on the
# held-out web pages they cost a date the rules had right (docs/language.md).
_TOLD_AGAINST_WHAT_FOLLOWS = frozenset({"eveof", "eventday"})
# What may stand between such an expression and the date it is told against ("du", "de l'", "le").
_TO_THE_DATE = re.compile(r"\s*(?:(?:de|du|des)\s+|d['’]\s*)?(?:l['’]|le\s+|la\s+)?", re.IGNORECASE)


_BESIDE = re.compile(r"\s*,\s*")


def _without(out: list[TimeMention], beside: set[int]) -> list[TimeMention]:
    """The times named so far, less the expressions that only restate the day before them."""
    return [t for t in out if t.start not in beside] if beside else out


def _unpinned(name: str, m: re.Match[str]) -> tuple[TimeMention, int]:
    """An expression told against an event, unresolved (the text does not date the event), and the
    step in days from a date that may follow it ("la veille du 14 juillet": -1)."""
    base = TimeMention(text=m.group(0), start=m.start(), end=m.end())
    if name == "eveof":
        word = (m["eve"] or m["eve2"]).lower()
        return base, (-2 if "avant" in word else -1) if "veille" in word else (2 if "sur" in word else 1)
    return base, 0


def _pin_on_next(text: str, out: list[TimeMention], pinned: dict[int, int]) -> list[TimeMention]:
    """An expression told against what follows it takes the day of a date right after it ("la veille
    du 14 juillet 2023", "le jour du 5 mai 2008"); told against an event it stays unresolved: the
    text gives no day for the event, and none is guessed."""
    out = list(out)
    for i, t in enumerate(out):
        if t.start not in pinned or t.resolved or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        if nxt.kind != "date" or nxt.date is None or not nxt.resolved:
            continue
        if _TO_THE_DATE.fullmatch(text, t.end, nxt.start) is None:
            continue
        step = pinned[t.start]
        day = nxt.date + dt.timedelta(days=step)
        out[i] = replace(t, kind="date", date=day, resolved=True, anchor=nxt.anchor)
    return out


# The expressions told against the time of writing.
_DEICTIC_NAMES = frozenset(
    {"relday", "tonight", "relperiod", "weekday", "weekpart", "ago", "ahead", "bareseason"}
)


def _update_day(text: str, start: int, before: list[TimeMention]) -> dt.date | None:
    """The day of an update label opening the paragraph of `start` ("Mise à jour du 10 février : ...
    la semaine prochaine"): what that paragraph's deictic words are told against."""
    para = text.rfind("\n", 0, start) + 1
    label = _UPDATE_OPENS.match(text, para)
    if label is None:
        return None
    day = next(
        (t for t in before if label.end() - 3 <= t.start <= label.end() and t.kind == "date" and t.resolved),
        None,
    )
    return day.date if day is not None else None


_UPDATE_OPENS = re.compile(
    r"[\W_]*(?:mise?\s+à\s+jour|maj|update|updated)\s*(?:du|le|on|:)?\s*(?:le\s+)?", re.IGNORECASE
)


# An update label right before a day: the page was updated that day, not before it was published.
_UPDATE_BEFORE = re.compile(
    r"\b(?:mise?s?\s+à\s+jour|modifiée?s?|actualisée?s?|updated)\s*(?:du|le|:|on)?\s*$", re.IGNORECASE
)


# "jusqu'au" before a day: the end of a period, which a past verb began but does not date.
_UNTIL_BEFORE = re.compile(r"\bjusqu['’]au\s+$", re.IGNORECASE)


# A capitalised word, not opening a sentence, then "du" right before a weekday: a title ("le Journal
# du dimanche", "Le Journal du Dimanche"), not a day.
_NAMED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b[A-ZÉ][\w’'-]+\s+du\s+$")
# A street, a square or a school named after a date ("rue du 4-Septembre", "place du 8-Mai-1945").
_PLACE_BEFORE = re.compile(
    r"\b(?:rue|place|avenue|av\.|boulevard|bd|quai|pont|square|cours|allée|impasse|stade|parc|gare|station"
    r"|lycée|collège|école|cité|résidence|promenade|esplanade|carrefour|rond-point)\s+du\s+\S*$",
    re.IGNORECASE,
)


# Before a weekday: "chaque", "tous les" (a habit whatever the tense), "le" (a habit unless the
# verb is past: "arrêté le vendredi, il a été relâché le lundi" tells days of a story).
_HABIT_BEFORE = re.compile(r"\b(?:(?P<every>chaque|tous\s+les)|(?P<the>le))\s+$", re.IGNORECASE)


# "samedi noir", "jeudi rouge", "le mardi sanglant": a day named by what happened, not pinned by the calendar
_NICKNAME_AFTER = re.compile(r"\s+(?:noir|noire|rouge|blanc|blanche|sanglant|sanglante)\b", re.IGNORECASE)
# "Prochain rendez-vous vendredi", "prochaine étape : mardi": the next thing of a series
_NEXT_THING_BEFORE = re.compile(r"\bprochaine?s?\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*[:,]?\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bdepuis\s+$", re.IGNORECASE)
# Opening days: "(ouvert) du mardi au dimanche, de 10 h à 18 h", "le premier dimanche du mois"
_OPEN_BEFORE = re.compile(
    r"\b(?:ouverte?s?|fermée?s?|ouverture|fermeture|accessibles?|horaires?)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_HOURS_AFTER = re.compile(r"\s*,?\s*(?:de|dès|à\s+partir\s+de)\s+\d{1,2}\s*(?:h|heures)\b", re.IGNORECASE)
_WD_SPAN = "(?:" + "|".join(_WD) + ")"


def _opening_days(text: str, m: re.Match[str], tense: str | None = None) -> bool:
    """Whether a weekday names opening days or a monthly habit, not a day: "ouvert du mardi au
    dimanche", "du mardi au samedi, de 7 h à 13 h", "gratuit le premier dimanche du mois", "la cellule
    répond du lundi au vendredi" (a span of bare weekdays under a present: a schedule; "du lundi au
    mercredi, les députés ont siégé" tells days)."""
    before = text[max(0, m.start() - 40) : m.start()]
    if re.search(
        r"\b(?:premier|première|deuxième|second|troisième|dernier)\s+$", before, re.IGNORECASE
    ) and re.match(r"\s+d[ue]\s+(?:chaque\s+)?mois\b", text[m.end() :], re.IGNORECASE):
        return True
    offset = max(0, m.start() - 40)
    first = re.search(r"\bdu\s+$", before, re.IGNORECASE)
    second = re.search(rf"\bdu\s+(?P<first>{_WD_SPAN})\s+au\s+$", before, re.IGNORECASE)
    if first is not None:
        after = re.match(rf"\s+au\s+{_WD_SPAN}\b", text[m.end() :], re.IGNORECASE)
        if after is None:
            return False
        end, head = m.end() + after.end(), offset + first.start()
    elif second is not None:
        end, head = m.end(), offset + second.start()
    else:
        return False
    if tense == "present" and not _forward(text, head, tense):
        return True
    return bool(_HOURS_AFTER.match(text, end) or _OPEN_BEFORE.search(text, max(0, head - 40), head))


def _day_in_period(text: str, prev: TimeMention, m: re.Match[str]) -> dt.date | None:
    """The day of a short period just named ("ce week-end, samedi et dimanche") that is this weekday."""
    if prev.kind != "interval" or prev.start_date is None or prev.end_date is None:
        return None
    if not 0 < (prev.end_date - prev.start_date).days <= 6 or not re.fullmatch(
        r"\s*[,:(]\s*", text[prev.end : m.start()]
    ):
        return None
    for k in range((prev.end_date - prev.start_date).days + 1):
        day = prev.start_date + dt.timedelta(days=k)
        if day.weekday() == _WD[m["wd"].lower()]:
            return day
    return None


def _in_calendar_order(
    text: str, m: re.Match[str], mention: TimeMention, before: list[TimeMention], anchor: dt.date
) -> TimeMention:
    """A span's day without a year or a tense told right after days ahead of the publication ("les
    vacances de Noël courront du 21 décembre au 6 janvier. [...] du 22 février au 10 mars"): a calendar
    told in order, so the first such day after the last one, not a day of the past year."""
    if (
        m.groupdict().get("year")
        or m.groupdict().get("cyear")
        or m.groupdict().get("ddir")
        or mention.date is None
    ):
        return mention
    days = [t for t in before if t.kind == "date" and t.date is not None and t.resolved]
    if not days or days[-1].date is None or days[-1].date <= anchor or mention.date >= days[-1].date:
        return mention
    opens = re.search(r"\bdu\s+$", text[max(0, m.start() - 4) : m.start()]) and re.match(
        r"\s+au\s+(?:\w+\s+)?(?:1er|\d)", text[m.end() :]
    )
    closes = re.search(
        r"\bdu\s+(?:\w+\s+)?(?:1er|\d{1,2})(?:\s+\w+)?\s+au\s+$", text[max(0, m.start() - 40) : m.start()]
    )
    if mention.start - days[-1].end > 400 or not (opens or closes):
        return mention  # (only a span of days: "avant le 31 décembre", "une note du 12 mars" keep their year)
    try:
        later = mention.date.replace(year=mention.date.year + 1)
    except ValueError:
        return mention
    if not 0 <= (later - days[-1].date).days <= 366:
        return mention
    return replace(mention, date=later)


def _day_of_span(text: str, m: re.Match[str], before: list[TimeMention]) -> TimeMention | None:
    """ "le samedi" after a span of a few days the text named ("du vendredi 6 au dimanche 8 décembre
    ... des ateliers le samedi"): that span's day of the week, not a habit ("chaque samedi" stays one)."""
    if _HABIT_BEFORE.search(text, max(0, m.start() - 12), m.start())["every"] is not None:  # type: ignore[index]
        return None
    for a, b in zip(before[-2::-1], before[::-1], strict=False):
        if a.date is None or b.date is None or text[a.end : b.start].strip().lower() not in ("au", "à", "et"):
            continue
        if not re.search(r"\d", a.text + b.text):
            continue  # weekdays alone ("du mardi au dimanche") are no span of days
        if not 0 < (b.date - a.date).days <= 6:
            return None
        for k in range((b.date - a.date).days + 1):
            day = a.date + dt.timedelta(days=k)
            if day.weekday() == _WD[m["wd"].lower()]:
                return TimeMention(
                    text=m.group(0), start=m.start(), end=m.end(), date=day, resolved=True, anchor=b.anchor
                )
        return None
    return None


def _habit(text: str, m: re.Match[str], tense: str | None) -> bool:
    """Whether a bare weekday names a habit rather than a day ("chaque samedi", "le marché se tient
    le samedi")."""
    before = _HABIT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return before is not None and (before["every"] is not None or tense != "past")


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised word inside a sentence, before another one, is part of a name: the party
    "Aujourd'hui Autrement" or the show "CBS This Morning" is no date (but "Hier, Paris a ..."
    opens a sentence)."""
    before = text[: m.start()].rstrip()
    opens = not before or before[-1] in '.!?:«"“\n'
    if opens or not m.group(0)[0].isupper():
        return False
    # "CBS This Morning": every word capitalised inside a sentence is a title
    if len(words := m.group(0).split()) > 1 and all(w[0].isupper() for w in words):
        return True
    # "le quotidien Aujourd'hui en France", "l'émission Today": a capitalised word after a noun of
    # the press is a title
    if _PRESS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    return re.match(r"\s+[A-ZÉÈ]\w", text[m.end() :]) is not None


_PRESS_BEFORE = re.compile(
    r"\b(?:quotidien|journal|hebdomadaire|magazine|mensuel|émission|revue|chaîne|newspaper|show|programme|program)\s+$",
    re.IGNORECASE,
)
