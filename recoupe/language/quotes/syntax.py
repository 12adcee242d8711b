"""Helpers over the spaCy parse: a verb's subject, noun-phrase shapes, agreement, the entity at a span."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from recoupe.language.quotes.lexicon import _ANAPHORIC, _SUBJ
from recoupe.model import Entity


def _entity_at(entities: Sequence[Entity], start: int, end: int, doc: Doc | None = None) -> Entity | None:
    """The entity with a mention overlapping [start, end), persons first; with the parse, a person
    that is a complement of a role ("le directeur du groupe X, maison mère d'Y, Z") comes after
    the one the phrase names (Z)."""
    hits = [
        (e, m.start) for e in entities for m in e.mentions if m.start < end and start < m.end
    ]

    def complement(at: int) -> bool:
        tok = _token_at(doc, at) if doc is not None else None
        return tok is not None and (tok.dep_ in ("nmod", "obl", "obl:mod") or any(c.dep_ == "case" for c in tok.children))

    hits.sort(key=lambda h: (h[0].type != "PER", h[0].type == "ROLE", complement(h[1])))
    return hits[0][0] if hits else None


def _complement_person(phrase: Span, person: Entity) -> bool:
    """Whether the person is only the complement of the phrase's common noun ("un proche de Jean
    Dupont", "l'avocat de Jean Dupont"): every mention inside the phrase follows "de" after the
    head noun, which opens the phrase as "un/une/l'un" + noun."""
    root = next((t for t in phrase if t.pos_ == "NOUN"), None)
    if root is None or phrase[0].lower_ not in ("un", "une") or len(phrase) < 4:
        return False
    inside = [m for m in person.mentions if phrase.start_char <= m.start < phrase.end_char]
    return bool(inside) and all(
        m.start > root.idx and re.search(r"\b(?:de|d['’]|du|des)\s*$", phrase.doc.text[root.idx : m.start]) is not None
        for m in inside
    )


def _token_at(doc: Doc, at: int) -> Token | None:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _described(phrase: Span) -> bool:
    """A role with its own complement ("le procureur de la République de Marseille")."""
    return any(t.pos_ in ("NOUN", "PROPN") and t.i > phrase.start and t.nbor(-1).lower_ in ("de", "d'", "d’", "du", "des") for t in phrase[1:])


def _one_of(phrase: Span) -> bool:
    """"L'un des deux guérilleros des Farc": a pronoun or number with its noun complement."""
    root = phrase.root
    return root.pos_ in ("PRON", "NUM") and any(c.dep_ == "nmod" and c.pos_ == "NOUN" for c in root.children)


def _capitalised(phrase: Span) -> bool:
    """A short name the tagger did not read as a noun ("Selon PeakMetrics")."""
    words = [t for t in phrase if t.is_alpha]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words)


_DEFINITE = frozenset(["le", "la", "l'", "l’", "les", "ce", "cette", "ces", "cet", "son", "sa", "ses"])


def _head_noun(span: Span) -> str:
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0].lower_ if nouns else span.root.lower_


# Endings of French agent nouns ("les détracteurs", "la toxicologue", "certains analystes",
# "ses opposants", "un historien"): words that name people by what they do.
_AGENT_ENDINGS = ("eur", "eurs", "euse", "euses", "rice", "rices", "iste", "istes", "yste", "ystes", "ologue", "ologues", "icien", "iciens", "icienne", "iciennes", "ante", "antes", "ants", "osophe", "osophes", "graphe", "graphes", "orien", "oriens", "orienne", "oriennes")
# Determiners of a group of people ("certains analystes", "d'autres experts").
_GROUP_DET = frozenset(["certains", "certaines", "plusieurs", "nombre", "beaucoup", "d'autres", "d’autres", "quelques", "nombreux", "nombreuses", "des", "les", "leurs", "mes", "nos", "vos"])


_PLURAL_DET = frozenset(["les", "des", "ses", "ces", "leurs", "mes", "tes", "nos", "vos", "certains", "certaines", "plusieurs", "quelques", "d'autres", "d’autres", "nombreux", "nombreuses"])


# Endings of French demonyms ("l'Américain", "le Texan", "la Française", "l'Italienne").
_DEMONYM_ENDINGS = ("ain", "aine", "ais", "aise", "ien", "ienne", "an", "ane", "ois", "oise", "ol", "ole", "and", "ande", "ote", "ot")


def _demonym(phrase: Span) -> bool:
    """"l'Américain", "le Texan": a definite article and one capitalised word with a demonym's ending."""
    if len(phrase) != 2 or phrase[0].lower_ not in ("le", "la", "l'", "l’"):
        return False
    word = phrase[1].text
    return word[:1].isupper() and word[1:].islower() and len(word) > 4 and word.lower().endswith(_DEMONYM_ENDINGS)


def _agent_noun(word: str) -> bool:
    """A noun naming people by what they do, from its ending (no list of professions)."""
    word = word.lower()
    return len(word) > 5 and word.endswith(_AGENT_ENDINGS)


def _plural(phrase: Span) -> bool:
    """"les détracteurs", "ses opposants", "Raphaël Garrigos et Isabelle Roberts"."""
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), phrase.root)
    return (
        "Plur" in head.morph.get("Number", []) or head.lower_.endswith(("s", "x")) or phrase[0].lower_ in _PLURAL_DET
        or any(t.lower_ == "et" for t in phrase)
    )


def _source_phrase(phrase: Span) -> bool:
    """A phrase after an opening "Pour" that names who holds the view ("Pour les détracteurs du
    glyphosate,", "Pour la toxicologue,", "Pour certains analystes,"), not a circumstance ("Pour
    l'instant,", "Pour cette raison,"): a determiner then a role noun or an agent noun."""
    if not len(phrase) or phrase[0].lower_ not in _DEFINITE | _GROUP_DET:
        return False
    head = _head_noun(phrase)
    return head in _ANAPHORIC or _agent_noun(head)


def _subject(verb: Token) -> Span | None:
    for tok in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass"))):
        found = [c for c in tok.children if c.dep_ in _SUBJ]
        # a subject never comes with a preposition ("... et de 14 autres otages" is a complement)
        found = [c for c in found if not any(k.dep_ == "case" for k in c.children)] or found
        if found:
            # two subjects: the first, unless a colon closes it ("Autre petit mensonge : les
            # internautes affirment")
            child = found[0]
            nearest = min(found, key=lambda c: abs(verb.i - c.i))
            if any(t.text in (":", ";") for t in verb.doc[min(child.i, nearest.i) : max(child.i, nearest.i)]):
                child = nearest
            end = child.right_edge.i + 1
            # "le tabloïd Blesk révèle": two subjects side by side are one phrase (a noun, its name)
            nxt = next((c for c in found if c.i > child.i), None)
            if nxt is not None and nxt.left_edge.i == end and nxt.pos_ == "PROPN":
                end = nxt.right_edge.i + 1
            return verb.doc[child.left_edge.i : end]
    copula = verb.dep_ == "conj" and any(c.dep_ == "cop" for c in verb.head.children)  # "Certains sont d'accord ..., et estiment"
    if verb.dep_ in ("conj", "xcomp", "advcl") and (verb.head.pos_ in ("VERB", "AUX") or copula):
        head = verb.head
        relative = any(c.lower_ in ("qui", "dont", "que", "qu'", "qu’", "où") for c in head.children)
        if verb.dep_ == "conj" and head.dep_ == "acl:relcl" and relative and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "une mère d'élève, qui a souhaité garder l'anonymat, raconte ...": the parser tied the
            # verb to the relative clause; its subject is the noun the clause describes
            stop = head.left_edge.i
            while stop > head.head.left_edge.i and verb.doc[stop - 1].is_punct:
                stop -= 1
            if head.head.pos_ in ("NOUN", "PROPN") and stop > head.head.left_edge.i:
                return verb.doc[head.head.left_edge.i : stop]
        if verb.dep_ == "conj" and "Fin" in verb.morph.get("VerbForm", []):
            # "Elle reproche à l'État d'avoir décidé seul et rappelle que ...": a finite verb the
            # parser tied to an infinitive or participle is coordinated with the finite verb above it
            steps = 0
            while "Fin" not in head.morph.get("VerbForm", []) and head.head.i != head.i and steps < 4:
                head, steps = head.head, steps + 1
        return _subject(head)
    return None


def _agent_of_participle(subject: Token) -> Span | None:
    """ "Des banquiers reçus mardi par le président X ont jugé": a subject the parser took with its
    "par" is the agent of the participle before it; the subject is the noun that participle
    describes (without the participle)."""
    if not any(k.dep_ == "case" and k.lower_ == "par" for k in subject.children):
        return None
    doc = subject.doc
    for part in reversed(list(doc[max(0, subject.left_edge.i - 5) : subject.left_edge.i])):
        if "Part" in part.morph.get("VerbForm", []) and "Past" in part.morph.get("Tense", []):
            noun = part.head
            if part.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN") and noun.i < part.i:
                stop = part.i
                while stop > noun.left_edge.i + 1 and doc[stop - 1].is_punct:
                    stop -= 1
                return doc[noun.left_edge.i : stop]
            return None
    return None


def _without_clauses(subject: Span) -> Span:
    """"L'un des deux guérilleros des Farc capturés le 2 juillet lors de la libération d'Ingrid
    Betancourt": the phrase without the participle or relative clause that follows its noun (a
    person named in that clause is not the speaker)."""
    root = subject.root
    if root.pos_ == "PROPN":
        return subject
    clauses = [
        t for t in subject
        if t.dep_ in ("acl", "acl:relcl") and t.i > root.i and t.head.i >= root.i
        and not any(c.dep_ == "obl:agent" for c in t.children)  # "les éléments fournis par le procureur"
    ]  # fmt: skip
    if not clauses:
        return subject
    stop = min(c.left_edge.i for c in clauses)
    while stop > subject.start + 1 and subject.doc[stop - 1].is_punct:
        stop -= 1
    return subject.doc[subject.start : stop] if stop > subject.start else subject


def _widen(subject: Span) -> Span:
    """A proper-noun subject the parser cut out of its phrase ("Chimie" in "Le syndicat Solidarité
    Chimie a démenti") grows back over the capitalised words and the "det + noun" before it."""
    doc, i = subject.doc, subject.start
    if subject[0].pos_ != "PROPN":
        return subject
    while i > 0 and doc[i - 1].pos_ in ("PROPN", "NOUN") and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
        i -= 1
    if i >= 2 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower() and doc[i - 2].pos_ == "DET":
        i -= 2
    return doc[i : subject.end] if i < subject.start else subject


def _relative_antecedent(qui: Token) -> Span | None:
    """ "la thèse de certains observateurs, qui estiment que ...": the noun phrase right before a
    relative "qui" the parser left unattached, when its number agrees with the relative's verb."""
    doc = qui.doc
    i = qui.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[i]
    if qui.head.i == qui.i or _disagree(noun, qui.head):
        return None
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ == "ADP":
        start += 1  # "de certains observateurs": the phrase without its preposition
    return doc[start : noun.i + 1]


def _disagree(noun: Token, verb: Token) -> bool:
    """A noun and a verb whose grammatical numbers are both known and differ."""
    a, b = noun.morph.get("Number", []), verb.morph.get("Number", [])
    return bool(a and b and a != b)


def _apposed_person(entities: Sequence[Entity], noun: Token) -> Entity | None:
    """The person a subject noun names in apposition ("le PDG Daniel Bouton", "le ministre, Paul Roy,")."""
    for child in noun.children:
        # (the parser may read "Le colistier de X, Jean Roy," as a coordination: a name after a
        # comma with no conjunction is apposed)
        listed = child.dep_ == "conj" and child.pos_ == "PROPN" and child.nbor(-1).text == "," and not any(
            c.dep_ == "cc" for c in child.children
        )
        if (child.dep_ in ("appos", "flat:name") or listed) and child.i > noun.i:
            ent = _entity_at(entities, child.idx, child.idx + len(child.text))
            if ent is not None and ent.type == "PER":
                return ent
    # "La députée Claire Morin ne compte pas ...": a short tail; not a complement ("le colistier de X")
    if 0 < noun.right_edge.i - noun.i <= 3 and noun.nbor(1).lower_ not in ("de", "d'", "d’", "du", "des"):
        tail = noun.doc[noun.i + 1 : noun.right_edge.i + 1]
        ent = _entity_at(entities, tail.start_char, tail.end_char)
        if ent is not None and ent.type == "PER":
            return ent
    return None


def _gender_of(span: Span) -> str | None:
    """"F"/"M" from the head word's morphology ("la dirigeante", "elle"), None when unmarked."""
    for tok in span:
        if tok.pos_ in ("NOUN", "PRON", "DET"):
            g = tok.morph.get("Gender", [])
            if g:
                return "F" if g[0] == "Fem" else "M"
    lower = span.text.lower()
    if lower.endswith(("-t-elle", "elle")):
        return "F"
    if lower.endswith(("-t-il", " il")) or lower == "il":
        return "M"
    return None


def _coordinated_verb(doc: Doc, start: int, end: int) -> int | None:
    """Where a second predicate joined by "et" / "mais" starts between `start` and `end` ("dénonce
    « une enquête à charge » et assure que ...": the clause of the first verb ends there), or None."""
    for t in doc.char_span(start, end, alignment_mode="expand") or ():
        if t.idx < start or t.idx >= end or t.pos_ != "CCONJ" or t.lower_ not in ("et", "mais", "puis"):
            continue
        nxt = next((w for w in doc[t.i + 1 : t.i + 4] if w.pos_ not in ("ADV", "PRON")), None)
        if nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm", []):
            stop = t.idx
            while stop > start and doc.text[stop - 1] in " \n":
                stop -= 1
            return stop
    return None
