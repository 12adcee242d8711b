"""Forward-looking prepositions and plans: when an expression is read as future (or as neither)
whatever its verb's tense."""

from __future__ import annotations

import re

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
    r"|\b(?P<des>dès|jusqu['’]à|jusqu['’]aux?|jusqu['’]en|pour))\s*$",
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
