"""Quotes and their speakers, on the spaCy parse: direct, indirect (reporting verbs, "selon") and mixed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from recoupe.language import marks, speaker_model
from recoupe.model import Entity, Quote

# Lemmas of verbs that report speech (French, then English). The model lemmatises a few
# participles oddly ("démenti" -> "démentir" but "nié" -> "nier"), so both forms are listed.
REPORTING = frozenset(
    ["déclarer", "affirmer", "dire", "annoncer", "préciser", "ajouter", "estimer", "assurer", "expliquer", "indiquer", "souligner", "confirmer", "démentir", "nier", "écrire", "noter", "répondre", "rappeler", "reconnaître", "avertir", "prévenir", "accuser", "juger", "promettre", "insister", "qualifier", "alerter", "appeler", "demander", "exhorter", "révéler", "raconter", "admettre", "déplorer", "dénoncer", "regretter", "réclamer", "exiger", "marteler", "poursuivre", "conclure", "commenter", "confier", "tweeter", "menacer", "répliquer", "contester", "réfuter", "rejeter", "jurer", "évoquer", "apprendre", "constater", "pronostiquer", "prédire", "avancer", "argumenter", "valoir", "souhaiter", "espérer", "réaffirmer", "répéter", "réitérer", "signaler", "ordonner", "préconiser", "condamner", "relater", "témoigner", "considérer", "garantir", "stipuler", "prôner", "soulever", "arguer", "démentit", "démenti", "nié", "martelé", "confirmé", "argumente", "say", "tell", "state", "add", "claim", "deny", "confirm", "announce", "write", "insist", "warn", "argue", "note", "explain"]
)
DENIAL = frozenset(["démentir", "nier", "contester", "réfuter", "rejeter", "deny", "dismiss", "reject", "refute"])
_SUBJ = ("nsubj", "nsubj:pass", "expl:subj")
_PRON = frozenset(["il", "elle", "ils", "elles", "he", "she", "they", "-t-il", "-t-elle", "-il", "-elle", "t-il", "t-elle"])
# Nouns that stand for a person named before ("le responsable a précisé").
_ANAPHORIC = frozenset(
    ["responsable", "dirigeant", "dirigeante", "otage", "ex-otage", "candidat", "candidate", "militant", "militante", "opposant", "opposante", "ambassadeur", "ambassadrice", "commissaire", "fondateur", "fondatrice", "porte-parole", "président", "présidente", "ministre", "chef", "diplomate", "officiel", "procureur", "magistrat", "avocat", "avocate", "syndicaliste", "secrétaire", "vice-président", "vice-présidente", "conseiller", "conseillère", "sénateur", "sénatrice", "député", "députée", "maire", "directeur", "directrice", "patron", "patronne", "coureur", "trader", "joueur", "entraîneur", "juge"]
)
# Nouns that stand for the last source quoted ("ajoute le texte", "a ajouté cette source").
_DOC_NOUNS = frozenset(["texte", "communiqué", "journal", "quotidien", "source", "déclaration"])
# Nouns that stand for an organisation named before ("déplore l'organisation", "le syndicat estime").
_ORG_NOUNS = frozenset(["organisation", "association", "syndicat", "fédération", "ong", "ligue", "confédération", "collectif", "parti", "institution", "union", "banque", "entreprise", "société"])
# Documents that speak for themselves ("précise le communiqué"): the gold keeps the words.
_DOCUMENTS = frozenset(["communiqué"])
# Cues whose infinitive complement is what was said ("a expliqué avoir agi seul").
_INF_CUES = frozenset(
    ["déclarer", "affirmer", "dire", "assurer", "annoncer", "nier", "démentir", "estimer", "expliquer", "reconnaître", "admettre", "préciser", "réaffirmer", "jurer", "promettre", "contester", "révéler"]
)
# Cues whose noun object is what was said ("a annoncé l'organisation d'une réunion").
_NOUN_CUES = frozenset(["annoncer", "prôner"])
# Cues that report a request through "de" + infinitive ("a demandé à la justice de lui rendre ...").
_REQUEST_CUES = frozenset(["demander", "exhorter", "réclamer", "exiger", "promettre", "appeler", "ordonner", "préconiser", "accuser"])
_SELON = re.compile(r"\b(?:[Ss]elon|[Dd]'après|[Dd]’après|[Aa]ccording to)\s+")
# What may open a sentence before its "selon X, ...": a short phrase and a comma, or a linking adverb.
_SELON_LEAD = r"(?:[\w’' -]{0,25},\s*|(?:[Tt]oujours|[Mm]ais|[Ee]t|[Oo]r|[Ee]nfin|[Aa]insi|[Aa]ussi|[Pp]ourtant|[Dd]onc)\s+)"
_SECOND_CLAUSE = re.compile(
    r",\s*(?:ajoutant|affirmant|précisant|assurant|soulignant|estimant|expliquant|indiquant|jugeant)\b"
)
# Shortest direct quote that is speech rather than a scare-quoted word or a title.
_MIN_WORDS = 4


@dataclass
class _Speaker:
    id: str | None
    name: str | None


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


_NOBODY = frozenset(["rien", "personne", "nul", "nulle", "aucun", "aucune", "cela", "ça", "ceci", "nothing", "nobody"])
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
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
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


class _Resolver:
    """Turns subject phrases into speakers; remembers the last named speaker for pronouns."""

    def __init__(self, entities: Sequence[Entity], text: str = "") -> None:
        self.entities = entities
        self.gender = _genders(entities, text)
        self.text = text
        self.last: _Speaker | None = None
        self.last_at = -1
        self.persons = sorted(
            ((m.start, e) for e in entities if e.type == "PER" for m in e.mentions), key=lambda p: p[0]
        )
        self.subjects: list[tuple[int, Entity]] = []
        self.person_ids = {e.id for e in entities if e.type in ("PER", "ROLE")}
        self.links = _role_links(entities, text)
        self.impersonal: tuple[_Speaker, int] | None = None  # the last "on" a place named

    def note_subjects(self, doc: Doc) -> None:
        """Persons that are grammatical subjects: the likeliest antecedents of a later "il"."""
        for tok in doc:
            if tok.dep_ in _SUBJ:
                ent = _entity_at(self.entities, tok.idx, tok.idx + len(tok.text))
                if ent is None and tok.pos_ == "NOUN":
                    ent = _apposed_person(self.entities, tok)  # "le PDG Daniel Bouton s'est défendu"
                if ent is not None and ent.type in ("PER", "ROLE"):
                    self.subjects.append((tok.idx, ent))

    def speaker(self, subject: Span | None, at: int) -> _Speaker | None:
        if subject is None:
            return None
        text = subject.text.strip()
        if subject[0].lower_ in ("que", "qu'", "qu’", "dont", "où"):
            return None  # the parser took a subordinate clause for the subject
        if subject.root.lower_ in _NOBODY:
            return None  # "rien ne dit que ...": nobody speaks
        if len(subject) == 1 and subject[0].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV") and subject[0].text.islower():
            return None  # "considérées comme « ... »": the parser hung a link word as the subject
        low = subject.text.lower()
        if low in ("ce dernier", "cette dernière", "ces derniers", "ces dernières"):
            before = [e for s0, e in self.persons if s0 < subject.start_char]  # the last person named
            if before:
                return self.remember(_Speaker(before[-1].id, before[-1].name), subject.start_char)
        if "même source" in low and self.last is not None:
            return self.last  # "selon un bilan de la même source": the source quoted just before
        nearest = _relative_antecedent(subject[0]) if text.lower() == "qui" else None
        if text.lower() == "qui" and subject.root.head.dep_ == "acl:relcl" and not (
            nearest is not None and _disagree(subject.root.head.head, subject.root.head)
        ):  # ("la position de nombreux économistes, qui jugent": the plural noun, not "position")
            noun = subject.root.head.head  # "le porte-parole du Kremlin, Dmitri Peskov, qui a déclaré"
            stop = subject.start
            while stop > noun.left_edge.i + 1 and noun.doc[stop - 1].is_punct:
                stop -= 1  # "Les deux guérilleros, qui": not the comma
            begin = noun.left_edge.i
            while begin < noun.i and noun.doc[begin].pos_ == "ADP" and noun.dep_ == "nmod":
                begin += 1  # "l'inquiétude de plusieurs élus, qui": the phrase without its "de"
            subject = noun.doc[begin : stop]
            text = subject.text.strip()
        elif nearest is not None:  # the parser left "qui" unattached, or tied it to the wrong noun
            subject = nearest
            text = subject.text.strip()
        subject = _widen(_without_clauses(subject))
        if len(subject) > 2 and subject[0].lower_ in ("et", "mais", "ou", "or"):
            subject = subject[1:]  # ", et le Premier ministre lui-même a fait savoir"
        text = subject.text.strip()
        inner = _entity_at(self.entities, subject.start_char, subject.end_char, subject.doc)
        definite = subject[0].lower_ in _DEFINITE
        if inner is None or inner.type not in ("PER", "ROLE"):
            head = _head_noun(subject)
            if definite and head in _WORKS and not _plural(subject):
                author = self.author(subject.start_char)  # "le livre dénonçait": its author speaks
                if author is not None:
                    return self.remember(author, subject.start_char)
            same = self.same_role(subject, subject.start_char) if subject[0].lower_ in _DEMONSTRATIVE else None
            if same is not None:
                return self.remember(same, subject.start_char)
            tied = self.linked(subject, subject.start_char) if definite else None
            if tied is not None:
                return self.remember(tied, subject.start_char)
            if _demonym(subject) and (inner is None or inner.type in ("MISC", "LOC")):
                # "explique l'Américain", "a ajouté le Texan": a person the text was about, by where
                # they are from (the tagger often reads the word as a place)
                named = self.last_subject(subject.start_char) or self.person_before(subject.start_char, _gender_of(subject))
                if named is not None:
                    return self.remember(named, subject.start_char)
            if definite and (head in _ANAPHORIC or _agent_noun(head) and not _plural(subject) and subject[0].lower_ not in _POSSESSIVE):
                named = self.apposed(subject.end_char) or self.person_before(
                    subject.start_char, _gender_of(subject), role=_described(subject)
                )
                return self.remember(named or _Speaker(None, text), subject.start_char)
            if head in _DOC_NOUNS and definite and self.last is not None:
                return self.last
            lead = list(itertools.takewhile(lambda t: t.pos_ != "ADP", subject[1:]))
            nouns = [t.lower_ for t in lead if t.pos_ == "NOUN" and t.lower_ != head]
            if definite and any(n in _ANAPHORIC or _agent_noun(n) for n in nouns):
                same = self.speaker_goes_on(subject)  # "le septuple vainqueur du Tour": "vainqueur" names a person
                if same is not None:
                    return self.remember(same, subject.start_char)
            if head in _ORG_NOUNS and definite and len(subject) <= 3 and subject[0].lower_ not in _POSSESSIVE:
                org = self.organisation(subject, subject.start_char)  # "La banque explique que ..."
                if org is not None:
                    return self.remember(org, subject.start_char)
        if text.lower() in ("ils", "elles"):
            return self.group(at, text)
        if text.lower() in _PRON or (len(subject) == 1 and subject[0].pos_ == "PRON"):
            return self.antecedent(at, _gender_of(subject))
        ent = inner
        if ent is not None and ent.type == "ROLE" and definite:
            tied = self.linked(subject, subject.start_char)  # "Le ministre de la Défense" named before
            if tied is not None:
                return self.remember(tied, subject.start_char)
        if ent is not None and ent.type == "PER" and _complement_person(subject, ent):
            found = _Speaker(None, text)  # "un proche de Jean Dupont": not Jean Dupont
        elif ent is not None and ent.type in ("PER", "ROLE"):
            found = _Speaker(ent.id, ent.name)
        elif ent is not None:
            found = _Speaker(ent.id, text if len(text) < 80 else ent.name)
        elif len(text) < 80 and (subject.root.pos_ in ("NOUN", "PROPN") or _capitalised(subject) or _one_of(subject)):
            found = _Speaker(None, text)
        else:
            return None
        self.last, self.last_at = found, subject.start_char
        return found

    def author(self, at: int) -> _Speaker | None:
        """The person the text last named as the author of a work before `at` ("l'ouvrage d'Éric
        Chauvier", "le dernier livre de Jean Roy")."""
        for start, ent in reversed([(s0, e) for s0, e in self.persons if s0 < at]):
            if _AUTHOR_BEFORE.search(self.text, max(0, start - 80), start):
                return _Speaker(ent.id, ent.name)
        return None

    def speaker_goes_on(self, phrase: Span) -> _Speaker | None:
        """ "..., a-t-il ajouté. Lundi, le septuple vainqueur du Tour avait écrit": a definite role
        phrase right after a named person spoke, with no one else named since, is that person (when
        the role's grammatical gender does not contradict theirs)."""
        last, at = self.last, phrase.start_char
        if last is None or last.id not in self.person_ids or not 0 <= at - self.last_at < 400:
            return None
        if any(self.last_at < s0 < at and e.id != last.id for s0, e in self.persons) or _plural(phrase):
            return None
        gender = _gender_of(phrase)
        return last if gender is None or self.gender.get(last.id or "") in (None, gender) else None

    def linked(self, phrase: Span, at: int) -> _Speaker | None:
        """A definite role phrase ("plaide l'imam", "la toxicologue") the text ties to a name elsewhere
        ("l'imam de la mosquée de Beaucaire, Yassin E.", "la toxicologue Anne Morel"): of the names
        tied to its head noun, the last one named before `at`, else the first named after it."""
        if not len(phrase) or phrase[0].lower_ not in ("le", "la", "l'", "l’", "ce", "cet", "cette") or _plural(phrase):
            return None
        people = [m for e in self.entities if e.type == "PER" for m in e.mentions if phrase.start_char <= m.start < phrase.end_char]
        if people:
            return None  # the phrase names someone itself ("le ministre Paul Roy"); "de la Défense" names no one
        noun = next((t for t in phrase if t.pos_ == "NOUN"), None)
        key = _head_noun(phrase)
        if noun is not None and noun.i > phrase.start + 1 and phrase[1].text[:1].isupper():
            key = f"{phrase[1].lower_} {noun.lower_}"  # "le Premier ministre": not any "ministre"
        tied = self.links.get(key, [])
        if not tied:
            return None
        before = [(s0, e) for s0, e in tied if s0 < at]
        _, ent = before[-1] if before else tied[0]
        return _Speaker(ent.id, ent.name)

    def organisation(self, phrase: Span, at: int) -> _Speaker | None:
        """"le syndicat", "l'organisation": the last organisation named with that noun ("le Syndicat de
        la magistrature"), else the last speaker when it was an organisation."""
        head = _head_noun(phrase)
        named = [
            (m.start, e) for e in self.entities if e.type == "ORG" for m in e.mentions
            if m.start < at and m.text.split()[0].lower() == head
        ]  # fmt: skip
        if named:
            ent = max(named, key=lambda p: p[0])[1]
            return _Speaker(ent.id, ent.name)
        last = self.last
        orgs = {e.id for e in self.entities if e.type == "ORG"}
        if last is not None and last.id in orgs and 0 <= at - self.last_at < 800:
            return last
        return None

    def group(self, at: int, pronoun: str) -> _Speaker:
        """"Ils", "elles": the last speaker when it is a group ("les détracteurs du glyphosate"),
        never one person; else the pronoun itself."""
        last = self.last
        if last is not None and last.name and 0 <= at - self.last_at < 800 and last.id not in self.person_ids:
            words = last.name.lower().replace("’", "'").split()
            if words[0] in _GROUP_DET or " et " in f" {last.name} " or words[-1].endswith(("s", "x")):
                return last
        return _Speaker(None, pronoun)

    def same_role(self, phrase: Span, at: int) -> _Speaker | None:
        """"cette porte-parole" after "une porte-parole d'Océor": the recent speaker named by the
        same noun."""
        head = _head_noun(phrase)
        last = self.last
        if last is None or not last.name or not 0 <= at - self.last_at < 800:
            return None
        return last if head in last.name.lower().split() else None

    def remember(self, found: _Speaker, at: int) -> _Speaker:
        self.last, self.last_at = found, at
        return found

    def person_before(self, at: int, gender: str | None = None, role: bool = False) -> _Speaker | None:
        """The person a role noun ("le responsable", "la dirigeante de la CGT") stands for: the last
        speaker if a person, else the last person who was a subject, else the last person named; a
        known grammatical gender must agree. A role described by its complement (`role=True`: "le
        procureur de la République de Marseille", "le plus proche conseiller du dignitaire") only
        takes the last speaker: left unresolved, it stays the role phrase."""

        def fits(eid: str | None) -> bool:
            return gender is None or self.gender.get(eid or "") in (None, gender)

        last = self.last
        recent = last is not None and last.id in self.person_ids and 0 <= at - self.last_at < 800
        unmarked = gender is None or not any(g == gender for g in self.gender.values())
        if recent and last is not None and fits(last.id) and (unmarked or self.gender.get(last.id or "") == gender):
            return last
        # A person known to have the role noun's gender comes before one of unknown gender.
        pools = () if role else (self.subjects, self.persons)
        for pool in pools:
            sure = [e for s0, e in pool if s0 < at and e.type == "PER" and gender and self.gender.get(e.id) == gender]
            if sure:
                return _Speaker(sure[-1].id, sure[-1].name)
        for pool in pools:
            cands = [e for s0, e in pool if s0 < at and e.type == "PER" and fits(e.id)]
            if cands:
                return _Speaker(cands[-1].id, cands[-1].name)
        return None

    def last_subject(self, at: int) -> _Speaker | None:
        """The last person a sentence was about (a subject, else any person named) before `at` and
        after the last speaker: what a demonstrative ("ce père de famille") points back to."""
        for pool in (self.subjects, self.persons):
            cands = [e for s0, e in pool if self.last_at < s0 < at and e.type == "PER"]
            if cands:
                return _Speaker(cands[-1].id, cands[-1].name)
        return None

    def apposed(self, end: int) -> _Speaker | None:
        """A person named right after a role ("le porte-parole du ministère, Guillaume Didier")."""
        for start, ent in self.persons:
            if end <= start <= end + 3:
                return _Speaker(ent.id, ent.name)
        return None

    def antecedent(self, at: int, gender: str | None = None) -> _Speaker | None:
        """A pronoun's person: the last speaker if a person, else the last person named before `at`
        (of the pronoun's gender when both are known), else the last speaker."""
        last = self.last
        # "Jean Roy ne compte pas en rester là : il a annoncé ...": a person who is the subject of the
        # same sentence before the pronoun, after the last speaker, comes first
        same = [
            e for s0, e in self.subjects
            if self.last_at < s0 < at and e.type == "PER" and not _SENTENCE_END.search(self.text, s0, at)
            and (gender is None or self.gender.get(e.id) in (None, gender))
        ]  # fmt: skip
        if same:
            return _Speaker(same[-1].id, same[-1].name)
        recent = last is not None and 0 <= at - self.last_at < 800
        person = last is not None and (last.id in self.person_ids or not self.persons)
        agrees = last is not None and (gender is None or self.gender.get(last.id or "") in (None, gender))
        if recent and person and agrees:
            return last  # "a-t-il ajouté": the speaker of the last quote goes on
        between = any(self.last_at < s0 < at for s0, _ in self.persons)
        if last is not None and agrees and 0 <= at - self.last_at < 300 and not between:
            return last  # "Le Parisien avait indiqué ... Il avait indiqué": no person came between
        subject = self.subject_just_before(at, gender)
        if subject is not None:
            return subject  # "X s'est défendu : « ... », a-t-il déclaré. Il a rejeté ...": the last subject
        found = self.person_before(at, gender)
        return found if found is not None else last

    def subject_just_before(self, at: int, gender: str | None = None) -> _Speaker | None:
        """The person subject of the sentence just before `at` (no other person named since, at most
        a sentence or two away), when no known gender contradicts: a pronoun subject's likeliest
        antecedent, before a person named further back whose gender is known."""
        before = [(s0, e) for s0, e in self.subjects if s0 < at and e.type == "PER"]
        if not before:
            return None
        s0, ent = before[-1]
        if at - s0 > 500 or self.gender.get(ent.id) not in (None, gender) and gender is not None:
            return None
        if any(s0 < m0 < at and other.id != ent.id for m0, other in self.persons):
            return None
        return self.remember(_Speaker(ent.id, ent.name), at)


_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
# Works that speak for their author ("le livre dénonce"), and the author named with one.
_WORKS = frozenset(["livre", "ouvrage", "essai", "roman", "récit"])
_AUTHOR_BEFORE = re.compile(r"\b(?:livre|ouvrage|essai|roman|récit)s?\b[^.;:!?\n]{0,50}\bd(?:e\s+|['’]\s*)$")
# A role noun tied to a name: "l'imam de la mosquée de Beaucaire (Gard), Yassin E.", "la
# toxicologue Anne Morel" (before the name) and "Antony Fastier, toxicologue", "Vicky Kyriaco, la
# directrice" (after it).
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?:([A-ZÉ][a-zà-ÿ]+)\s+)?([a-zà-ÿ][a-zà-ÿ-]{2,})(?:\s+[^,.;:!?\n«»“”\"]{0,80},)?\s+$"
)
_ROLE_AFTER = re.compile(r"\s*,\s*(?:(?:le|la|l['’]|un|une)\s*)?([a-zà-ÿ][a-zà-ÿ-]{2,})\b")
_CLAUSE_WORD = re.compile(r"\b(?:(?:que|qui|dont)(?!\w)|qu['’])", re.IGNORECASE)
_NOT_ROLE = frozenset(["plus", "moins", "même", "fois", "selon", "dont", "qui", "que", "ont", "avait", "est", "était", "ainsi", "aussi", "alors"])


def _role_links(entities: Sequence[Entity], text: str) -> dict[str, list[tuple[int, Entity]]]:
    """Role head nouns the text ties to a named person or organisation by apposition, each with the
    names (and where they are named) it is tied to, in text order."""
    links: dict[str, list[tuple[int, Entity]]] = {}
    for e in entities:
        if e.type not in ("PER", "ORG"):
            continue
        for m in e.mentions:
            heads = []
            before = _ROLE_BEFORE.search(text[max(0, m.start - 120) : m.start])
            if before is not None and _CLAUSE_WORD.search(before.group(0)):
                before = None  # "La banque explique que l'un de ses traders, X": a clause, no apposition
            if before is not None:  # "le Premier ministre Andrej Babiš": the key keeps its modifier
                heads.append(f"{before.group(1).lower()} {before.group(2)}" if before.group(1) else before.group(2))
            after = _ROLE_AFTER.match(text, m.end)
            if after is not None and e.type == "PER":
                heads.append(after.group(1))
            for head in heads:
                if head.split()[-1] not in _NOT_ROLE and not head.endswith(("ait", "ent", "é", "ée", "és")):
                    links.setdefault(head, []).append((m.start, e))
    for pairs in links.values():
        pairs.sort(key=lambda p: p[0])
    return links


_FEMININE_BEFORE = re.compile(r"(?:\bMme|\bMadame|\bMlle|\bla|\bune|\bl['’]ex-)\s*$")
_MASCULINE_BEFORE = re.compile(r"(?:\bM\.|\bMonsieur|\ble|\bun)\s*$")


def _genders(entities: Sequence[Entity], text: str) -> dict[str, str]:
    """A person's grammatical gender from the titles before their mentions ("Mme Binet")."""
    out: dict[str, str] = {}
    for e in entities:
        if e.type != "PER":
            continue
        votes = {"F": 0, "M": 0}
        for m in e.mentions:
            before = text[max(0, m.start - 12) : m.start]
            if _FEMININE_BEFORE.search(before):
                votes["F"] += 1
            elif _MASCULINE_BEFORE.search(before):
                votes["M"] += 1
        if votes["F"] != votes["M"]:
            out[e.id] = "F" if votes["F"] > votes["M"] else "M"
    return out


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


_INNER_INCISE = re.compile(r",\s*\w+(?:-t)?-(il|elle)\b")
# Present-tense cues of an incise after a closing quote ("», juge Mme Binet"), which the tagger
# sometimes reads as nouns ("juge", "note").
_INCISE_FORMS = frozenset(
    ["jure", "juge", "note", "souligne", "ajoute", "affirme", "estime", "explique", "précise", "insiste", "confie", "assure", "poursuit", "conclut", "argumente", "martèle", "rappelle", "indique", "dit", "tranche", "résume", "observe", "reconnaît", "commente", "avance", "regrette", "déplore", "prévient", "raconte", "répond", "relève"]
)


# Verbs that report speech only as an incise after the quote ("», a lancé X"); elsewhere they
# mostly mean something else ("lancer une offensive").
_INCISE_ONLY = frozenset(["défendre", "défendu", "rapporter", "rapporté", "lancer", "lâcher", "glisser", "ironiser", "tonner", "résumer", "trancher", "s'exclamer", "exclamer", "s'insurger", "insurger", "renchérir", "plaider", "interroger", "s'interroger", "soupirer", "lancé", "lâché", "glissé", "tranché", "renchéri", "plaidé", "résumé"])


def _lemma(t: Token) -> str:
    """The cue's lemma, mended when the lemmatiser left a present form alone ("indique")."""
    lemma, low = t.lemma_.lower(), t.lower_
    if lemma in REPORTING or lemma != low:
        return lemma
    for suffix in ("ent", "es", "e"):
        if lemma.endswith(suffix) and lemma[: -len(suffix)] + "er" in REPORTING:
            return lemma[: -len(suffix)] + "er"
    return lemma


def _reporting(t: Token) -> bool:
    """A reporting verb."""
    return _lemma(t) in REPORTING or t.lower_ in REPORTING


# Reporting verbs whose reflexive form says nothing ("s'ajouter", "se confirmer", "s'annoncer").
_REFLEXIVE_NOT_SAID = frozenset(["ajouter", "confirmer", "préciser", "révéler", "annoncer", "expliquer", "rappeler", "répéter", "poursuivre", "conclure", "apprendre", "écrire", "noter", "signaler", "avancer", "constater"])


def _cues(sent: Span, quoted: list[tuple[int, int]], text: str) -> list[Token]:
    doc = sent.doc
    quoted = [(s, e) for s, e in quoted if s < sent.end_char and sent.start_char < e]  # this sentence's
    out = []
    for t in sent:
        if any(s <= t.idx < e for s, e in quoted):
            continue
        if (
            "Part" in t.morph.get("VerbForm", []) and "Past" in t.morph.get("Tense", [])
            and not any(c.dep_.startswith("aux") for c in t.children)
            and (t.dep_ == "acl" or any(c.dep_ == "obl:agent" for c in t.children))
        ):
            continue  # "des travaux aujourd'hui rejetés par ...": a participle describing a noun reports nothing
        verbal = t.pos_ in ("VERB", "AUX") or "Part" in t.morph.get("VerbForm", [])
        # (a reflexive clitic may stand between: "», s'interroge Marie")
        k = t.i - 1 if t.i >= 1 and doc[t.i - 1].lower_ in ("s'", "s’", "se") else t.i
        if k == t.i and t.i >= 2 and doc[t.i - 1].lemma_ == "être" and doc[t.i - 2].lower_ in ("s'", "s’", "se"):
            k = t.i - 2  # a compound tense: "la croissance s'est poursuivie", "», s'est-il indigné"
        after_quote = k >= 2 and doc[k - 1].text == "," and doc[k - 2].text in "»”\""
        if not after_quote and k >= 3 and doc[k - 1].lower_ in ("a", "avait", "ont", "avaient"):
            # "», a relayé la chaîne" (not "Le fichier, qui ... « ... », a suscité un tollé": its subject came first)
            after_quote = doc[k - 2].text == "," and doc[k - 3].text in "»”\"" and not any(
                c.dep_ in _SUBJ and c.i < t.i for c in t.children
            )
        incise_only = verbal and (t.lemma_.lower() in _INCISE_ONLY or t.lower_ in _INCISE_ONLY) and _is_incise(t, text)
        # "a fait savoir que", "font remarquer que", "fait observer que"
        made_known = t.lemma_ in ("savoir", "remarquer", "observer") and any(
            w.lemma_ == "faire" for w in doc[max(sent.start, t.i - 3) : t.i] if w.i == t.i - 1 or doc[w.i + 1].pos_ == "ADV"
        )  # (an adverb may come between: "font ainsi remarquer")
        if k < t.i and not after_quote and _lemma(t) in _REFLEXIVE_NOT_SAID:
            continue  # "A ce chiffre s'ajoutent ...", "la tendance se confirme": nothing is said
        # ("..., note aussi la Drees.": the tagger may read a present-tense incise as a noun)
        after_comma = k >= 1 and doc[k - 1].text == "," and t.lower_ in _INCISE_FORMS and _closing_subject(t)
        # "« ... », peut-on lire dans Les Échos", "lit-on sur le site": what an impersonal "on" reads
        read = (
            t.lemma_ == "lire" and any(w.lower_ in ("-on", "-t-on", "t-on", "on") for w in doc[max(sent.start, t.i - 3) : t.i + 2])
            and _READ_IN.match(text, t.idx + len(t.text)) is not None
        )  # (a source must follow: "« ... », peut-on lire." leaves the quote to the clause before)
        if verbal and _reporting(t) or t.lower_ in _INCISE_FORMS and (after_quote or after_comma) or incise_only or made_known or read:
            out.append(t)
        elif after_quote and _incise_word(t):
            out.append(t)  # "», assène Antony Fastier", "», écrit l'agence": any verb of an incise
        elif t.is_alpha and t.text.islower() and t.pos_ in ("VERB", "NOUN", "ADJ") and _INVERTED_AFTER_QUOTE.search(text, max(0, t.idx - 30), t.idx):
            out.append(t)  # "», a-t-il rassuré": any participle of an inverted incise
    return out


# Where an impersonal "on" reads something: "lit-on dans", "peut-on lire sur Le Point".
_READ_IN = re.compile(r"(?:-t)?(?:-on)?\s+(?:dans|sur|via|chez)\s")
_INVERTED_AFTER_QUOTE = re.compile(
    r"[»”\"]\s*,\s*(?:a|avait|ont|avaient|aurait)-t-(?:il|elle|on)\s*$|[»”\"]\s*,\s*(?:ont|avaient)-(?:ils|elles)\s*$"
    r"|[»”\"]\s*,\s*s['’]\s*(?:est|était|sont|étaient)-(?:il|elle|ils|elles|on)\s*$"  # "», s'est-il indigné"
)


def _closing_subject(t: Token) -> bool:
    """A short noun phrase (a determiner or a name first, adverbs allowed before it) follows `t` and
    ends its sentence or clause: ", note aussi la Drees.", ", relève l'IPR, mais ..."."""
    i = t.i + 1
    while i < len(t.doc) and t.doc[i].pos_ == "ADV":
        i += 1
    if i >= len(t.doc) or t.doc[i].pos_ not in ("DET", "PROPN") or t.doc[i].lower_ in ("des", "du", "de", "d'", "d’"):
        return False
    for j in range(i + 1, min(len(t.doc), i + 8)):
        if t.doc[j].text in (".", ",", ";", "!", "?") or t.doc[j].is_sent_start:
            return True
        if t.doc[j].pos_ in ("VERB", "AUX", "SCONJ"):
            return False
    return i + 1 >= len(t.doc)


def _incise_word(t: Token) -> bool:
    """A lowercase word right after « ... », whose subject follows it: a verb of saying the lexicon
    may not list ("», assène X", "», ironise le ministre"); never a link word or a determiner."""
    # (a verb the tagger took for an auxiliary, "», soufflait X", is one when it governs no verb)
    lone_aux = t.pos_ == "AUX" and not t.dep_.startswith("aux") and t.lemma_ not in ("être", "avoir")
    if not t.is_alpha or not t.text.islower() or t.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "ADV", "AUX") and not lone_aux:
        return False
    if t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    if nxt.text == ",":  # "», soufflait, ce week-end, un entrepreneur": past the adverbial
        close = _adverbial_between_commas(t, nxt, t.sent)
        if close < 0:
            return False
        nxt = t.doc[close + 1]
    return nxt.pos_ == "PROPN" or (nxt.pos_ == "DET" and nxt.lower_ not in ("des", "du", "de", "d'", "d’"))


def extract(doc: Doc, text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Every quote of the article with its speaker, cue and denial flag, in text order.

    `doc` is the parse of the text as `analyse` gives it to the parser (reversed marks turned, see
    `marks.straighten`); quotes are read on the text with its marks turned the same way.
    """
    text = marks.straighten(text)
    resolver = _Resolver(entities, text)
    resolver.note_subjects(doc)
    quoted = marks.spans(text)
    direct = [(s, e) for s, e in quoted if len(text[s:e].split()) >= _MIN_WORDS]
    out: list[Quote] = []
    for sent in _units(doc, text, quoted):
        s0, s1 = sent.start_char, sent.end_char
        inside = [
            (s, e) for s, e in direct
            if (s0 <= s < s1 or s0 < e <= s1) and not (e > s1 and text[s:e].lstrip(" ").startswith("\n"))
        ]  # a mark left at a line's end opens a quote of the next line  # fmt: skip
        cues = _cues(sent, quoted, text)
        found: list[Quote] = []
        if inside:
            # A mixed quote: a reported clause that holds every quoted piece of the sentence.
            mixed = _indirect(sent, cues, text, entities, resolver, within=inside)
            if mixed is None and all(text[s:e].strip()[:1].islower() for s, e in inside):
                # quoted pieces inside a clause: "Pour X, <clause with « ... »>", "dénonce <object>, « ... »"
                opens = _SELON.match(sent.text.lstrip()) or re.match(_SELON_LEAD + _SELON.pattern, sent.text.lstrip())
                held = (
                    (_selon(sent, text, resolver) if opens else None)  # "Selon X, <clause « ... »>"
                    or _pour(sent, text, resolver) or _front_incise(sent, text, resolver)
                    or _quoted_object(sent, cues, quoted, text, entities, resolver, True)
                    # "<clause « ... »>, selon X." (with no verb of saying of its own)
                    or (_selon(sent, text, resolver) if not cues and _source_at_end(sent.text) else None)
                )
                covers = held is not None and all(held.start - 2 <= s and e <= held.end + 2 for s, e in inside)
                if held is not None and covers and len(text[held.start : inside[0][0]].split()) > 3:
                    mixed = held  # (a piece right after its subject, "la loi « laisse ... »", stays as it is)
                if mixed is None and cues:
                    # "<clause with « ... »>, note aussi X.": an incise closing the sentence reports
                    # the whole clause, quoted pieces and all
                    whole = _indirect(sent, [c for c in cues if _is_incise(c, text)], text, entities, resolver)
                    if whole is not None and all(whole.start - 2 <= s and e <= whole.end + 2 for s, e in inside):
                        mixed = replace(whole, direct=False)
                if mixed is None and not cues:
                    # no reporting verb at all: "a salué une opération « comparable ... »"
                    held = _object_quote(sent, quoted, text, entities, resolver)
                    if held is not None and all(held.start - 2 <= s and e <= held.end + 2 for s, e in inside):
                        mixed = held
            found = [mixed] if mixed is not None else _direct(doc, sent, cues, inside, text, entities, resolver, out)
            if mixed is None:
                # ", expliquant qu'il espérait ...": reported clauses beside the direct quote
                used = {q.cue for q in found}
                rest = [c for c in cues if _lemma(c) not in used and not _is_incise(c, text)]
                extra = _indirect(sent, rest, text, entities, resolver)
                if extra is not None and not any(q.start < extra.end and extra.start < q.end for q in found):
                    found.append(extra)
                found = _join_fragments(found, text)
        else:
            lead = _SELON.match(sent.text.lstrip()) or re.match(_SELON_LEAD + _SELON.pattern, sent.text.lstrip())
            first = _selon(sent, text, resolver) if lead else None
            indirect = first or _indirect(sent, cues, text, entities, resolver) or _comme(sent, cues, text, entities, resolver)
            selon = _selon(sent, text, resolver) if indirect is None else None
            found = [q for q in (indirect, selon) if q is not None]
            if not found:
                held = (
                    _quoted_object(sent, cues, quoted, text, entities, resolver) or _pour(sent, text, resolver)
                    or _front_incise(sent, text, resolver) or _object_quote(sent, quoted, text, entities, resolver)
                    or _noun_of_saying(sent, text, resolver)
                )
                found = [held] if held is not None else []
            for cue in [c for c in cues if found and c.idx >= found[-1].end]:
                # "..., mais a indiqué que ...", "..., a indiqué le maire, précisant que ..."
                more = _indirect(sent, [cue], text, entities, resolver) if cue.idx >= found[-1].end else None
                if more is not None and more.start >= found[-1].end:
                    participle = "Part" in cue.morph.get("VerbForm", []) and "Pres" in cue.morph.get("Tense", [])
                    if participle and cue.i > 0 and cue.nbor(-1).text == ",":
                        # ", précisant que ...": the one who just spoke goes on
                        more = replace(more, speaker_id=found[-1].speaker_id, speaker_name=found[-1].speaker_name)
                    found.append(more)
        out.extend(found)
    persons = frozenset(e.id for e in entities if e.type == "PER")
    found_all = _cataphora(sorted(out, key=lambda q: q.start), text, persons)
    return speaker_model.rechoose(doc, text, entities, found_all)  # a learned second look (off unless shipped on)


_COMME_FRONT = re.compile(r"\s*(?:(?:[Ee]t|[Mm]ais|[Oo]r)\s*,?\s*|[A-ZÉ][a-zéèêû]+\s*,\s*)?[Cc]omme\s+(?:l['’]\s*|le\s+|la\s+)?(?:a(?:vait)?\s+)?")
_SPACES = re.compile(r"\s*")
_COMME = re.compile(r",\s*comme\s+(?:l['’]\s*|le\s+|la\s+)?(?:(?:l['’]|le|la)\s*)?(?:a(?:vait)?\s+)?$", re.IGNORECASE)


def _comme(
    sent: Span, cues: list[Token], text: str, entities: Sequence[Entity], resolver: _Resolver
) -> Quote | None:
    """"La crise est un terrain fertile pour les rumeurs, comme l'a rappelé l'OMS": the clause before
    ", comme <cue> X" is what X said."""
    for cue in cues:
        front = _COMME_FRONT.match(text, sent.start_char, cue.idx)
        if front is not None and front.end() == cue.idx:
            # "Et, comme l'indique le communiqué du groupe, <clause>": the clause after the source
            comma = text.find(",", cue.idx, sent.end_char)
            spaces = _SPACES.match(text, comma + 1) if comma > 0 else None
            after = _token_at(sent.doc, spaces.end()) if spaces is not None else None
            if after is not None and "Part" in after.morph.get("VerbForm", []) and "Past" in after.morph.get("Tense", []):
                comma = text.find(",", comma + 1, sent.end_char)  # "comme l'a souligné X, sollicitée pour ..., <clause>"
            stop = sent.end_char
            while stop > comma and text[stop - 1] in " \n.;!?":
                stop -= 1
            if comma > 0 and len(text[comma + 1 : stop].split()) >= _MIN_WORDS:
                speaker = _tail_speaker(cue, sent, text, entities, resolver)
                start = comma + 1 + len(text[comma + 1 : stop]) - len(text[comma + 1 : stop].lstrip())
                if speaker is not None:
                    return _quote(text, start, stop, False, speaker, cue)
            continue
        m = _COMME.search(text, sent.start_char, cue.idx)
        if m is None or m.end() != cue.idx:
            continue
        start, stop = sent.start_char, m.start()
        while start < stop and text[start] in " \n":
            start += 1
        if len(text[start:stop].split()) < _MIN_WORDS:
            continue
        speaker = _tail_speaker(cue, sent, text, entities, resolver)
        if speaker is None:
            continue
        return _quote(text, start, stop, False, speaker, cue)
    return None


# An opening "Pour X," after a linking word or not ("Mais pour Andrea Assor-Doukhan, avocate de ...,").
_POUR_LEAD = r"\s*(?:(?:[Mm]ais|[Ee]t|[Oo]r|[Pp]ourtant|[Ee]nfin|[Aa]insi|[Dd]onc|[Aa]lors)\s+|[A-ZÉ][a-zéèêû]+\s*,\s*)?[Pp]our\s+"


def _object_quote(
    sent: Span, quoted: list[tuple[int, int]], text: str, entities: Sequence[Entity], resolver: _Resolver
) -> Quote | None:
    """A verb with no place in the reporting lexicon whose object holds someone's quoted words
    ("Le président Uribe a salué une opération « comparable aux moments les plus héroïques ... »",
    "un rapport avait pointé une « dérive » dans la gestion"): the object, to the end of its clause,
    is what the subject said, when the subject is a named person or organisation or a document."""
    pieces = [(s, e) for s, e in quoted if sent.start_char <= s < sent.end_char and text[s:e].strip()[:1].islower()]
    if not pieces:
        return None
    for verb in sent:
        if verb.pos_ != "VERB" or "Fin" in verb.morph.get("VerbForm", []) and verb.dep_ not in ("ROOT",):
            continue
        if "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []) and verb.nbor(-1).lower_ != "en":
            continue  # "..., provoquant la mise en examen pour « abus de confiance »": a consequence, not "en exprimant"
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i > verb.i), None)
        if obj is None or not obj.left_edge.idx <= pieces[0][0] <= obj.right_edge.idx + len(obj.right_edge.text) + 2:
            continue
        subject = _subject(verb)
        if subject is None or subject.start_char > verb.idx:
            continue
        received = _agent_of_participle(subject.root)  # "Des banquiers reçus par X ont jugé"
        ent = _entity_at(entities, subject.start_char, subject.end_char, subject.doc)
        if received is None and (ent is None or ent.type not in ("PER", "ORG")):
            continue
        speaker = resolver.speaker(received or subject, verb.idx)
        if speaker is None:
            return None
        start = obj.left_edge.idx
        end = sent.end_char
        while end > start and text[end - 1] in " \n.;!?»”\"":
            end -= 1
        if len(text[start:end].split()) < 4:
            return None
        return _quote(text, start, end, False, speaker, verb, direct=False)
    return None


_FRONT_INCISE = re.compile(r"\s*[^\W\d_][\w’' -]{0,24},\s*([a-zà-ÿ]+)-t-(il|elle)\s*,\s*")


def _front_incise(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    """"Certes, concède-t-elle, les faits sont caractérisés, mais ...": an inverted incise after an
    opening word reports the rest of the sentence, said by the one spoken of."""
    m = _FRONT_INCISE.match(sent.text)
    if m is None:
        return None
    start = sent.start_char + m.end()
    end = sent.end_char
    while end > start and text[end - 1] in " \n.;!?»”\"":
        end -= 1
    speaker = resolver.antecedent(sent.start_char, "F" if m.group(2) == "elle" else "M")
    if speaker is None or len(text[start:end].split()) < 4:
        return None
    verb = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
    cue = _lemma(verb[0]) if verb is not None and len(verb) else m.group(1)
    return Quote(text[start:end], start, end, False, speaker.id, speaker.name, cue, cue in DENIAL)


def _pour(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    """"Pour Javier López, directeur de campagne à Oceana, les niveaux des stocks étaient
    alarmants": the opinion of the person named after an opening "Pour", from its clause's subject."""
    eyes = re.match(r"\s*(?:[AaÀ]|[Pp]our)\s+(?:(?:ses|leurs)\s+yeux|lui|elle|eux|elles)\s*,\s*", sent.text) or re.match(
        r"\s*[Pp]our\s+(?:lui|elle|eux|elles)\s+(?=(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l['’])", sent.text
    )  # ("Pour lui la mission « accouche ... »": the comma may be left out before the subject)
    if eyes is not None:
        # "A ses yeux, <clause>", "Pour elle, <clause>": the view of the one spoken of
        plural = re.search(r"\b(?:eux|elles|leurs)\b", eyes.group(0)) is not None
        viewer = resolver.group(sent.start_char, "eux") if plural else resolver.antecedent(sent.start_char)
        subject_at = sent.start_char + eyes.end()
        end = sent.end_char
        while end > subject_at and text[end - 1] in " \n.;!?":
            end -= 1
        if viewer is None or len(text[subject_at:end].split()) < 4:
            return None
        return Quote(text[subject_at:end], subject_at, end, False, viewer.id, viewer.name, "pour", False)
    lead = re.match(_POUR_LEAD, sent.text)
    if lead is None:
        return None
    at = sent.start_char + lead.end()
    comma = text.find(",", at, sent.end_char)
    if comma < 0:
        return None
    # "Pour Paul Roy,", "Pour M. Roy," (a title before the name)
    named = [e for s0, e in resolver.persons if at <= s0 < comma and _TITLE_ONLY.fullmatch(text, at, s0)]
    speaker: _Speaker | None = _Speaker(named[0].id, named[0].name) if named else None
    if speaker is None:
        phrase = sent.doc.char_span(at, comma, alignment_mode="expand")
        if phrase is None or not len(phrase):
            return None
        org = _organisation(resolver.entities, text, at, comma)
        if phrase.text.lower() in ("lui", "elle"):
            speaker = resolver.antecedent(at)
        elif phrase.text.lower() in ("eux", "elles"):
            speaker = resolver.group(at, phrase.text)
        elif org is not None:
            speaker = org  # "Pour la Ligue des droits de l'Homme, <clause>": the body's view
        elif _source_phrase(phrase):
            speaker = resolver.speaker(phrase, at)
    if speaker is None:
        return None
    for verb in sent:
        if verb.idx <= comma or "Fin" not in verb.morph.get("VerbForm", []):
            continue
        subject = _subject(verb.head if verb.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else verb)
        if subject is None or subject.text.lower() == "qui" or subject.start_char <= comma:
            continue  # "..., qui dirige les évaluations, ...": the apposition's own clause
        end = sent.end_char
        while end > subject.start_char and text[end - 1] in " \n.;!?":
            end -= 1
        if len(text[subject.start_char : end].split()) < 4:
            return None
        resolver.remember(speaker, at)
        return Quote(text[subject.start_char : end], subject.start_char, end, False, speaker.id, speaker.name, "pour", False)
    return None


_TITLE_ONLY = re.compile(r"(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s*)?")


def _organisation(entities: Sequence[Entity], text: str, start: int, end: int) -> _Speaker | None:
    """The organisation that is the whole phrase text[start:end] ("la Ligue des droits de l'Homme",
    "l'OFAG (Office fédéral ...)"): a mention opening it after its article and reaching its end."""
    for e in entities:
        if e.type != "ORG":
            continue
        for m in e.mentions:
            if start <= m.start and re.fullmatch(r"(?:(?:le|la|les)\s+|l['’]\s*)?", text[start : m.start], re.I) and re.fullmatch(r"\s*(?:\([^()]{1,60}\))?\s*", text[m.end : end]):
                return _Speaker(e.id, text[start:end].strip())
    return None


def _quoted_object(
    sent: Span, cues: list[Token], quoted: list[tuple[int, int]], text: str, entities: Sequence[Entity],
    resolver: _Resolver, apposed_only: bool = False,
) -> Quote | None:  # fmt: skip
    """A short quoted piece right after its cue ("avait demandé au gouvernement « des mesures
    concrètes » pour les protéger", "a appelé vendredi à la « retenue »"): the reported words run
    from the piece to the end of its clause."""
    doc = sent.doc
    for cue in cues:
        if _is_incise(cue, text):
            continue
        apposed = None  # "dénonce l'usage des pesticides, « cette industrie qui ... »": the object, then its quoted gloss
        for t in doc[cue.i + 1 : min(cue.i + 12, sent.end)]:
            if t.text == "," and apposed is None and t.i > cue.i + 2 and t.i + 1 < sent.end and doc[t.i + 1].text in "«“\"":
                first = next((w for w in doc[cue.i + 1 : t.i] if w.pos_ not in ("ADV", "AUX")), None)
                apposed = first.idx if first is not None and first.pos_ in ("DET", "NOUN", "PROPN") else None
                if apposed is not None:
                    continue
            if t.text in "«“\"" and (apposed is not None or t.i < cue.i + 7 and not apposed_only):
                piece = next(((qs, qe) for qs, qe in quoted if t.idx < qs <= t.idx + 2), None)
                if piece is None:
                    break
                last = max(qe for qs, qe in quoted if piece[0] <= qs < sent.end_char)
                end = sent.end_char
                while end > piece[0] and text[end - 1] in " \n.;!?":
                    end -= 1
                comma = text.find(",", last, end)
                end = comma if comma > 0 else end
                speaker = _cue_speaker(cue, sent, text, entities, resolver)
                if speaker is None or len(text[piece[0] : end].split()) < 2:
                    break
                start = piece[0] + len(text[piece[0] : end]) - len(text[piece[0] : end].lstrip())
                # "a dénoncé vendredi la répression « brutale » qui ...": the piece inside the cue's
                # object noun phrase; the whole phrase is reported
                holder = next(
                    (w for w in doc[cue.i + 1 : t.i] if w.pos_ == "NOUN" and w.dep_ == "obj"
                     and w.left_edge.idx < t.idx <= w.right_edge.idx),
                    None,
                )  # fmt: skip
                if holder is not None and apposed is None:
                    start = holder.left_edge.idx
                if apposed is not None:
                    start = apposed
                    comma = text.find(",", last, sent.end_char)
                    end = sent.end_char if comma < 0 else comma
                    while end > start and text[end - 1] in " \n.;!?»”\"":
                        end -= 1
                return _quote(text, start, end, False, speaker, cue, direct=False)
            if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in "«“\""):
                break
    return None


_POSSESSIVE = frozenset(["son", "sa", "ses", "leur", "leurs"])
# What may stand between two quoted pieces of one statement ("« ... », or « ... »", "« ... » est « ... »").
_FRAGMENT_GAP = re.compile(r"[^.!?;\n«»“”\"]{0,60}")
# ... but not a cue's incise after a whole quote ("« ... », a-t-il affirmé, estimant « ... »").
_GAP_INCISE = re.compile(r"-t-|^\s*,\s*(?:a|avait|ont|avaient)\b|\b(?:que|qu['’])\s*$")


def _join_fragments(found: list[Quote], text: str) -> list[Quote]:
    """Quoted pieces of one sentence given to one speaker ("la loi « laisse ... », or « la société est
    prête ... »") are one mixed quote, from the first piece to the last."""
    out: list[Quote] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        if (
            prev is not None and prev.direct and q.direct and prev.speaker_name == q.speaker_name
            and _FRAGMENT_GAP.fullmatch(text, _close_at(text, prev.end), _open_at(text, q.start)) is not None
            and not _GAP_INCISE.search(text, _close_at(text, prev.end), _open_at(text, q.start))
        ):  # fmt: skip
            start, end = prev.start, q.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            out[-1] = replace(prev, text=text[start:end], start=start, end=end, direct=False,
                              cue=prev.cue or q.cue, denial=prev.denial or q.denial)  # fmt: skip
            continue
        out.append(q)
    return out


def _close_at(text: str, end: int) -> int:
    """Just past the quote mark that closes a quote ending at `end`."""
    i = end
    while i < len(text) and text[i] in " \u00a0\u202f":
        i += 1
    return i + 1 if i < len(text) and text[i] in "»”\"’" else end


def _open_at(text: str, start: int) -> int:
    """Where the quote mark before a quote's first character is (its content starts after it)."""
    i = start
    while i > 0 and text[i - 1] in " \u00a0\u202f":
        i -= 1
    return i - 1 if i > 0 and text[i - 1] in "«“\"‘" else start


# Cues of a speaker going on ("a ajouté X"): X is the one who spoke just before.
_GOES_ON = frozenset(["ajouter", "poursuivre", "renchérir", "compléter", "enchaîner", "continuer"])


def _cataphora(found: list[Quote], text: str, persons: frozenset[str] = frozenset()) -> list[Quote]:
    """"..., a déclaré son porte-parole. [...], a déclaré Guillaume Didier.": a possessive role left
    unnamed takes the person who speaks in the next quote, when that one comes in the next line;
    "..., a déclaré le ministre des Affaires étrangères. « ... », a ajouté Laurent Fabius.": a
    definite role left unnamed takes the person (`persons`: their ids) who goes on right after it."""
    out = list(found)
    for i, q in enumerate(out[:-1]):
        nxt = out[i + 1]
        name = (q.speaker_name or "").split()
        if q.speaker_id not in persons and len(name) >= 2 and name[0].lower() in ("le", "la") and nxt.cue in _GOES_ON:
            head = name[1].lower()
            near = text.count("\n", q.end, nxt.start) == 0 and nxt.start - q.end < 400
            if (head in _ANAPHORIC or _agent_noun(head)) and nxt.speaker_id in persons and near:
                out[i] = replace(q, speaker_id=nxt.speaker_id, speaker_name=nxt.speaker_name)
            continue
        if q.speaker_id is not None or not name or name[0].lower() not in _POSSESSIVE:
            continue
        if name[0].lower() in ("ses", "leurs") or name[-1].lower().endswith(("s", "x")):
            continue  # "ses opposants": a group is not the one person who speaks next
        if nxt.speaker_id is not None and text.count("\n", q.end, nxt.start) <= 1 and nxt.start - q.end < 400:
            out[i] = replace(q, speaker_id=nxt.speaker_id, speaker_name=nxt.speaker_name)
    return out


def _units(doc: Doc, text: str, quoted: list[tuple[int, int]]) -> list[Span]:
    """The parser's sentences, joined where it cut inside one line: after a lone quote mark, inside
    a quoted span, after no final stop, or before a piece opening with a comma (`"...", a affirmé X`)."""
    out: list[Span] = []
    for sent in doc.sents:
        if out:
            prev = out[-1]
            gap = text[prev.end_char : sent.start_char]
            head = sent.text.lstrip()[:1]
            lone = not any(c.isalnum() for c in prev.text)
            inside = any(s < sent.start_char < e for s, e in quoted)
            unfinished = prev.text.rstrip()[-1:] not in ".!?…:;»”\"'"
            # "... cancérogène. », écrit l'agence.": the closing mark and its incise end the quote
            closing = re.match(r"[»”]\s*(?:,|[^\W\d_A-Z]*[a-zà-ÿ])", sent.text.lstrip()) is not None
            if "\n" not in gap and "\n" not in prev.text.rstrip(" ") and (lone or inside or unfinished or head in ",;)" or head.islower() or closing):
                out[-1] = doc[prev.start : sent.end]
                continue
        out.append(sent)
    return out


def _direct(
    doc: Doc, sent: Span, cues: list[Token], inside: list[tuple[int, int]], text: str,
    entities: Sequence[Entity], resolver: _Resolver, before: list[Quote],
) -> list[Quote]:  # fmt: skip
    found: list[Quote] = []
    for qs, qe in _merge_interrupted(text, inside):
        if before and before[-1].start <= qs < before[-1].end:
            continue  # a quote that spans sentences was already taken
        if qe > sent.end_char and "\n" in text[sent.end_char : qe] and not any(_is_incise(c, text) or c.idx < qs for c in cues):
            continue  # it goes on past this line: the line where it closes, with its incise, takes it
        # (a person's name inside is no sign of a title: « Emmanuel Macron se dit “calme” »)
        named = [(m.start, m.end) for e in entities if e.type == "PER" for m in e.mentions if qs <= m.start < qe]
        plain = "".join(" " if any(a <= i < b for a, b in named) else ch for i, ch in enumerate(text[qs:qe], qs))
        long_words = [w for w in plain.split() if len(w) > 3]
        if long_words and sum(w[0].isupper() for w in long_words) * 2 >= len(long_words) and "." not in text[qs:qe]:
            continue  # "l'Observatoire des Pratiques Médicales": a title or a name, not speech
        if text[qs:qe].strip()[:1].isupper() and _ARTICLE_BEFORE.search(text, max(0, qs - 8), qs):
            continue  # "à propos de l'« Observatoire des pratiques ... »": a name after its article
        if _TITLED.search(text, max(0, qs - 40), qs):
            continue  # "un texte intitulé « ... »", "A la question « ... »": a title or a question asked, not speech
        speaker, cue = None, None
        ranked = sorted(cues, key=lambda t: (not _is_incise(t, text), min(abs(t.idx - qs), abs(t.idx - qe))))
        if text[qs:qe].strip()[:1].islower():
            # "a confié son enfant à une personne « d'une trentaine d'années »": a cue with its own
            # object before the piece does not report it
            ranked = [t for t in ranked if _is_incise(t, text) or not _own_object(t, qs)]
        # a cue heading "alors que ..." after the piece does not report it
        ranked = [t for t in ranked if not (_subordinate(t) and qe <= t.left_edge.idx)]
        own = _governing_clause(doc, sent, qs, qe)
        if own is not None:
            # "..., a ajouté X, avant que Y ne fustige « ... »": the clause holding the piece, with
            # a subject of its own after the cue, reports it ahead of that cue
            ranked = [own] + [t for t in ranked if t.idx > own.idx]
        for cand in ranked:
            speaker = _cue_speaker(cand, sent, text, entities, resolver)
            if speaker is not None:
                cue = cand
                break
        if speaker is None:
            inner = _INNER_INCISE.search(text, qs, qe)
            if inner is not None:  # « Là-dessus, notre désaccord est total, souligne-t-elle. La CGT ... »
                speaker = resolver.antecedent(qs, "F" if inner.group(1) == "elle" else "M")
        if speaker is None:
            # « Nous faisons de notre mieux, jure Daniel Hagari, mais ... », « C'est un champion,
            # explique Paul Roy à la radio. Il ... »: a named incise inside the marks
            for ent in entities:
                for m in ent.mentions:
                    cut = re.search(r",\s*([a-zà-ÿ]+)\s+$", text[max(qs, m.start - 20) : m.start])
                    if ent.type == "PER" and qs < m.start < qe and cut and _INNER_NAMED_END.match(text, m.end) and _incise_verb(doc, m.start - len(cut.group(0)) + cut.start(1), cut.group(1)):
                        speaker = resolver.remember(_Speaker(ent.id, ent.name), m.start)
            if speaker is None:
                speaker = _inner_incise_subject(doc, text, qs, qe, resolver)
        if speaker is None:
            speaker = _colon_speaker(doc, text, qs, resolver) or _selon_speaker(sent, text, qs, resolver)
            if speaker is not None and speaker.id is not None:
                resolver.remember(speaker, qs)  # "Pour X, « ... »": X goes on speaking ("déplore-t-elle")
        if speaker is None:
            speaker = _selon_after(sent, text, qe, resolver)
        if speaker is None:
            body = text[qs:qe].strip()
            # Without a cue only a whole quoted sentence goes on the last speaker's words; a
            # lowercase fragment with no cue is a title, a name or scare quotes, not speech.
            if not body[:1].isupper() or len(body.split()) < 6:
                continue
            # a quote signed on the next line ("Laurence Bloch, directrice de ..."), else the one
            # speaking in this run of paragraphs, else the person the text was about (a testimony)
            speaker = _signed(text, qe, entities) or resolver.last
            if speaker is None and len(body.split()) >= 12 and marks._line_start(text, _open_at(text, qs)):
                speaker = resolver.person_before(qs)
            if speaker is None:
                continue
            resolver.remember(speaker, qs)
        found.append(_quote(text, qs, qe, True, speaker, cue))
    return found


def _governing_clause(doc: Doc, sent: Span, qs: int, qe: int) -> Token | None:
    """The verb of a clause that holds a lowercase quoted piece as part of its own words, when that
    clause has its own named subject between an earlier verb and the piece ("avant que l'un des
    porte-parole, X, ne fustige dans un communiqué « le geste ... »"); else None."""
    if not _lower_start(doc.text[qs:qe]):
        return None
    first = next((t for t in sent if qs <= t.idx < qe and not t.is_punct), None)
    if first is None:
        return None
    verb = first.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.idx >= qs or verb.head.i == verb.i or not sent.start <= verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj",) and c.i < verb.i), None)
    if subject is None or subject.lower_ in ("qui", "que", "qu'", "qu’") or subject.i <= sent.start:
        return None
    earlier = [t for t in sent if t.i < subject.left_edge.i and t.pos_ == "VERB" and t.i == verb.head.i]
    return verb if earlier else None


def _lower_start(piece: str) -> bool:
    return piece.strip()[:1].islower()


# What may follow the name of an incise inside a quote: a comma or a stop, or a short phrase saying
# to whom or where ("à Libération.", "dans un communiqué,").
_INNER_NAMED_END = re.compile(r"\s*(?:[,.;]|(?:à|au|aux|dans|sur|devant)\s[^.,;:!?«»“”\"\n]{1,40}[,.;])")


def _incise_verb(doc: Doc, at: int, word: str) -> bool:
    """The word at `at` is a verb of an incise: an incise form ("jure"), a reporting verb, or a
    present-tense verb of the third person ("proteste")."""
    if word in _INCISE_FORMS:
        return True
    tok = _token_at(doc, at)
    if tok is None or tok.idx != at:
        return False
    if _reporting(tok) or tok.lemma_.lower() in _INCISE_ONLY:
        return True
    return tok.pos_ == "VERB" and "Pres" in tok.morph.get("Tense", []) and "3" in tok.morph.get("Person", [])


def _inner_incise_subject(doc: Doc, text: str, qs: int, qe: int, resolver: _Resolver) -> _Speaker | None:
    """« Il n'y a rien à ajouter, explique dans un communiqué l'Américain. ... »: an incise verb
    inside the marks, after a comma, whose subject follows it."""
    span = doc.char_span(qs, qe, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.i == 0 or doc[tok.i - 1].text != "," or not _incise_verb(doc, tok.idx, tok.lower_):
            continue
        subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.i > tok.i and c.idx < qe]
        subject = None
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            subject = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
        else:  # the parser hung the subject on the phrase before it ("dans un communiqué l'Américain")
            m = _INNER_TAIL.match(text, tok.idx + len(tok.text), qe)
            subject = doc.char_span(m.start("np"), m.end("np"), alignment_mode="expand") if m else None
        if subject is not None and subject.start > tok.i and subject.end_char <= qe:
            return resolver.speaker(subject, tok.idx)
    return None


_INNER_TAIL = re.compile(
    r"(?:\s+(?:dans|à|au|sur|devant)\s+(?:(?:un|une|le|la|les|son|sa|ses)\s+|l['’]\s*)?[\w-]+)?"
    r"\s+(?P<np>(?:(?:le|la|les)\s+|l['’]\s*)[\w-]+|[A-ZÉÈ][\w-]+(?:\s+[A-ZÉÈ][\w-]+)?)\s*(?=[,.;]|\s+qui\b)"
)


def _signed(text: str, qe: int, entities: Sequence[Entity]) -> _Speaker | None:
    """The person who signs a quote standing alone on its line(s): the next line opens with their
    name and a comma or ends with it ("« ... »\nLaurence Bloch, directrice de France Inter, 2019")."""
    m = re.match(r"[\s.…!?]*[»”\"]?[ \t]*\n", text[qe:])
    if m is None:
        return None
    at = qe + m.end()
    for e in entities:
        if e.type == "PER" and any(x.start == at and re.match(r"\s*(?:,|$)", text[x.end : x.end + 2], re.M) for x in e.mentions):
            return _Speaker(e.id, e.name)
    # a name the recogniser missed: two to four capitalised words, then a comma and what they do
    name = re.match(r"([A-ZÉÈ][\w’'-]+(?:[ \t]+[A-ZÉÈ][\w’'-]+){1,3})[ \t]*,[ \t]*[a-zà-ÿ]", text[at:])
    if name is None:
        # a signature in capitals ("JEAN DUPONT, RAPPORTEUR DE LA MISSION")
        name = re.match(r"([A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇ’'-]+(?:[ \t]+[A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇ’'-]+){1,2})[ \t]*,[ \t]*[A-ZÉÈÀ]", text[at:])
        if name is not None:
            return _Speaker(None, name.group(1).title())
    return _Speaker(None, name.group(1)) if name is not None else None


def _own_object(cue: Token, before: int) -> bool:
    """The cue has a noun object with its determiner right after it, before `before` and not
    holding it ("confié son enfant à une personne « ... »", not "a reconnu une situation
    « catastrophique »")."""
    return any(
        o.dep_ == "obj" and o.pos_ == "NOUN" and o.idx < before and o.i - cue.i <= 3
        and any(d.dep_ == "det" for d in o.children)
        and not o.left_edge.idx <= before <= o.right_edge.idx + len(o.right_edge.text) + 2
        for o in cue.children
    )


# Words that introduce a title or a question put to people, not words said: "intitulé « ... »",
# "baptisé « ... »", "à la question (Yahoo) « ... »", "le slogan « ... »".
_TITLED = re.compile(
    r"\b(?:intitulée?s?|baptisée?s?|dénommée?s?|titrée?s?|[Ll]a\s+question(?:\s+[A-Z][\w-]+)?|le\s+slogan|le\s+titre)\s*[:,]?\s*[«“\"]\s*$"
)
_ARTICLE_BEFORE = re.compile(r"(?:\b[lL]['’]|\b(?:le|la|les|du|des|au|aux)\s+)[«“\"]\s*$")


# Conjunctions that open a clause of time, cause or contrast ("alors que", "parce que", "si").
_SUBORDINATE_MARKS = frozenset(["alors", "tandis", "parce", "puisque", "puisqu'", "puisqu’", "si", "s'", "quand", "lorsque", "lorsqu'", "lorsqu’", "bien", "même"])


def _subordinate(cue: Token) -> bool:
    """The cue heads a clause of time, cause or contrast ("alors que 86 % des Français réclament")."""
    return any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in cue.children)


def _conditional(cue: Token) -> bool:
    """The cue heads a condition ("si elle estime que ..."), not a concession ("même si X a dit que")."""
    return any(
        (c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") or c.lower_ in ("il", "ils") and c.i > 0 and c.nbor(-1).lower_ in ("s'", "s’"))
        and not (c.i > 1 and c.doc[c.i - 1 if c.dep_ == "mark" else c.i - 2].lower_ == "même")
        for c in cue.children
    )  # (the parser reads "s'il estime" as a reflexive "s'")


def _indirect(
    sent: Span, cues: list[Token], text: str, entities: Sequence[Entity], resolver: _Resolver,
    within: list[tuple[int, int]] | None = None,
) -> Quote | None:  # fmt: skip
    """The reported clause of the first cue with a speaker; with `within`, only a clause holding
    all those quoted spans (a mixed quote) and more words than they have."""
    for cue in cues:
        if within and _subordinate(cue) and any(e <= cue.left_edge.idx for _, e in within):
            continue  # "<clause « ... »> alors que 86 % des Français réclament ...": not this cue's pieces
        if _conditional(cue):
            continue  # "pourra saisir le juge si elle estime que ...": nothing was said yet
        span = _indirect_span(sent, cue, text)
        if span is None and within and all(s > cue.idx for s, _ in within):
            # "la fédération évoquait « l'allongement ... » ou « la révision ... »": one mixed quote
            span = (within[0][0], within[-1][1])
            if len(within) < 2:
                span = None
        if span is None:
            continue
        if within is not None:
            if not all(span[0] - 2 <= s and e <= span[1] + 2 for s, e in within):
                continue
            if any(text[s:e].strip()[:1].isupper() and len(text[s:e].split()) >= 6 for s, e in within):
                continue  # a whole quoted sentence ("...: « Il y a ... »") stays a direct quote
            quoted_len = sum(e - s for s, e in within)
            if quoted_len > 0.95 * (span[1] - span[0]):
                continue  # mostly a direct quote: keep it direct
        speaker = _cue_speaker(cue, sent, text, entities, resolver)
        if speaker is None:
            continue
        return _quote(text, span[0], span[1], within is None or False, speaker, cue, direct=False)
    return None


_INCISE = re.compile(r"[,»”\"]\s*(?:(?:a|avait|ont|avaient|aurait|s['’]est|s['’]était|se\s+sont|s['’]|se)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s*)?(?:fait\s+)?$")


# A quote closed a few words before an incise in the same line ('« ... les personnes » autorisées à
# entrer dans le fichier, a déclaré X'): the incise's content is there even when the parser cut
# the sentence at the closing mark.
_QUOTE_THEN_INCISE = re.compile(r"[»”\"][^«»“”\"\n.!?]{0,80},\s*(?:a|avait|ont|avaient)\s+$")


def _is_incise(cue: Token, text: str) -> bool:
    """"..., a ajouté Peskov", "», note Jean Veil", "..., a-t-il déclaré": the verb follows its content,
    which is a whole clause (a finite verb or a quote), and only a short subject follows the verb."""
    head = text[max(0, cue.idx - 30) : cue.idx]
    if not _INCISE.search(head):
        return False
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.lower_ in ("que", "qu'", "qu’"):
        return False  # ", estimant que ...": the content follows, this is no incise
    if "Pres" in cue.morph.get("Tense", []) and "Part" in cue.morph.get("VerbForm", []):
        return False
    sent = cue.sent
    before = [t for t in sent if t.i < cue.i - 1]
    clause = any(
        "Fin" in t.morph.get("VerbForm", [])
        or t.pos_ in ("VERB", "AUX") and bool(t.morph.get("Mood", []))  # ("doit" with no VerbForm but a mood)
        for t in before
    ) or bool(re.search(r"[»”\"]\s*,?\s*\S*\s*$", head)) or bool(_QUOTE_THEN_INCISE.search(text, max(0, cue.idx - 100), cue.idx))
    if re.search(r"[»”\"]\s*,?\s*(?:(?:a|avait|ont|avaient|aurait|s['’]est|s['’]était|se\s+sont|s['’]|se)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s*)?$", head):
        return True  # «...», a déclaré Fatna, 33 ans, lors d'une rencontre ...
    subjects = [c for c in cue.children if c.dep_ in _SUBJ]
    inverted = re.search(r"-t-\w+\s*$|\b(?:on|il|elle)\s*$", head) is not None  # "a-t-on appris"
    for c in subjects if all(c.i < cue.i for c in subjects) and not inverted else ():
        if c.lower_ not in ("qui", "que", "qu'", "qu’") and not (c.pos_ in ("VERB", "AUX") or any(k.dep_.startswith("aux") for k in c.children)):
            # (a clause the parser took for the subject is the incise's content: "X a téléphoné ...,
            # a rapporté la télévision")
            between = [t for t in cue.doc[c.right_edge.i + 1 : cue.i] if not (t.is_punct or t.pos_ in ("AUX", "ADV"))]
            closed = any(t.text in "»”" or t.text == '"' and t.i > c.i for t in cue.doc[c.i : cue.i])
            if not between and not closed:
                # "L'Association (Afub), qui estime ..., avait demandé": its subject phrase comes first
                # (not a noun inside a quote: '« ... les personnes » autorisées ..., a déclaré X')
                return False
    tail = []
    for t in sent[cue.i + 1 - sent.start :]:
        if t.lower_ in ("qui", "dont", "lequel", "laquelle"):
            break  # "estime Berne qui se rallie à ...": the speaker's own relative clause
        if not t.is_punct:
            tail.append(t)
    return clause and len(tail) <= 12


# An infinitive of narration opening a sentence: "Et d'ajouter que ...", "Et de préciser : ...".
_NARRATIVE = re.compile(r"\s*(?:[Ee]t|[Pp]uis)\s+d(?:e\s+|['’]\s*)[a-zà-ÿ]+(?:er|ir|re)$")


def _cue_speaker(
    cue: Token, sent: Span, text: str, entities: Sequence[Entity], resolver: _Resolver
) -> _Speaker | None:
    """Who speaks through this cue: its subject, or the words after an inverted cue."""
    impersonal = _on_source(cue, sent, text, resolver)
    if impersonal is not None:
        return impersonal
    near = [t.lower_ for t in cue.doc[max(0, cue.i - 2) : cue.i + 2]]
    if any(w in ("-t-il", "-t-elle", "t-il", "t-elle", "-il", "-elle") for w in near):
        return resolver.antecedent(cue.idx, "F" if any("elle" in w for w in near) else "M")
    if _is_incise(cue, text):
        return _tail_speaker(cue, sent, text, entities, resolver)
    if _NARRATIVE.match(text, sent.start_char, cue.idx + len(cue.text)) and resolver.last is not None:
        # "Et d'ajouter que ...": the infinitive of narration goes on with the one who just spoke
        return resolver.last if 0 <= cue.idx - resolver.last_at < 600 else None
    if "Part" in cue.morph.get("VerbForm", []) and "Pres" in cue.morph.get("Tense", []):
        # "un discours du président Vladimir Poutine jugeant que ...": the person the participle follows
        owner = next(
            ((e, m) for e in entities for m in e.mentions
             if m.end <= cue.idx and re.fullmatch(r"\s*", text[m.end : cue.idx])),
            None,
        )  # fmt: skip
        if owner is not None:  # "l'Arabie Saoudite condamnant « ... »"
            ent, mention = owner
            name = ent.name if ent.type == "PER" else _with_article(text, mention.start, mention.end)
            return resolver.remember(_Speaker(ent.id, name), cue.idx)
    bare = "Part" in cue.morph.get("VerbForm", []) and "Past" in cue.morph.get("Tense", []) and not any(
        c.dep_.startswith("aux") for c in cue.children
    )
    by = [
        c for c in cue.children
        if c.dep_.startswith("obl") and c.i > cue.i and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)
    ]  # fmt: skip
    if bare and by and by[0].pos_ in ("NOUN", "PROPN"):
        # "Qualifié de « gourou » par un dirigeant du parti, il ...": a bare participle's agent speaks
        stop = by[0].right_edge.i + 1
        for t in cue.doc[by[0].i + 1 : stop]:
            if t.is_punct or t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "d’", "du", "des"):
                stop = t.i  # "par un dirigeant du parti dans un portrait": the agent without the circumstance
                break
        return resolver.speaker(cue.doc[by[0].left_edge.i + 1 : stop], cue.idx)
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in cue.children):
        # "a été prévenue par une amie": the speaker is the agent, never the subject
        agent = [c for c in cue.children if c.dep_ == "obl:agent"]
        if not agent:
            return None
        return resolver.speaker(cue.doc[agent[0].left_edge.i + 1 : agent[0].right_edge.i + 1], cue.idx)
    subject = _subject(cue)
    received = _agent_of_participle(subject.root) if subject is not None else None
    if received is not None:
        subject = received  # (the reported clause still starts where the parser's subject ends)
    if subject is not None and subject.start_char > cue.idx:
        # A subject after a non-inverted cue is the reported clause's: take the sentence's first
        # person, else the one spoken of before.
        first = [e for s0, e in resolver.persons if sent.start_char <= s0 < cue.idx]
        return _Speaker(first[0].id, first[0].name) if first else resolver.antecedent(cue.idx)
    if subject is None:
        # The parser lost the subject ("Jean-Luc Romero, président de l'ADMD (ADMD), a estimé"): a
        # person opening the sentence is it.
        lead = len(sent.text) - len(sent.text.lstrip())
        opening = [e for s0, e in resolver.persons if s0 == sent.start_char + lead and s0 < cue.idx]
        if opening:
            return resolver.remember(_Speaker(opening[0].id, opening[0].name), sent.start_char + lead)
        # "Interrogé par l'AFP, le Crédit Foncier, filiale ..., a indiqué": the named phrase after
        # the opening participle clause.
        opener = sent[0]
        comma = text.find(",", sent.start_char, cue.idx)
        after = re.match(r",\s*(?:(?:le|la|les|l['’])\s*)?", text[comma:]) if comma > 0 else None
        if opener.pos_ == "VERB" and "Part" in opener.morph.get("VerbForm", []) and after is not None:
            at = comma + after.end()
            hit = next(((e, m.end) for e in entities for m in e.mentions if m.start == at and m.end < cue.idx), None)
            if hit is not None:
                return resolver.remember(_Speaker(hit[0].id, text[comma + 1 : hit[1]].strip()), at)
        subject = _opening_phrase(sent, cue)
        if subject is None:
            # "..., le capitaine du navire, Joan Vaquero, admet que": the name right before the verb
            verb = cue
            while verb.i > sent.start and verb.nbor(-1).pos_ in ("AUX", "ADV") and verb.nbor(-1).lower_ not in ("ne", "n'"):
                verb = verb.nbor(-1)
            named = next(
                (e for e in entities if e.type == "PER" for m in e.mentions
                 if sent.start_char <= m.start and m.end <= verb.idx and re.fullmatch(r"\s*,?\s*", text[m.end : verb.idx])),
                None,
            )  # fmt: skip
            if named is not None:
                return resolver.remember(_Speaker(named.id, named.name), verb.idx)
    found = resolver.speaker(subject, cue.idx)
    if found is None and "Part" in cue.morph.get("VerbForm", []) and "Pres" in cue.morph.get("Tense", []):
        # ", estimant que ...": a present participle speaks for the sentence's subject
        first = [e for s0, e in resolver.persons if sent.start_char <= s0 < cue.idx]
        found = _Speaker(first[0].id, first[0].name) if first else None
    return found


# "assure-t-on dans l'entourage du ministre", "indiquait-on hier au parquet de Lyon", "Dans
# l'entourage de X, on assurait que", "Chez Renault, on indique que": an impersonal "on" whose
# place names the group that speaks.
_ON_SKIP = r"(?:(?:hier|aujourd['’]hui|en\s+revanche|également|encore|aussi|ainsi|alors|pourtant|cependant|toutefois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi)\s*,?\s+)*"
_ON_PREP = r"(?P<prep>[Dd]ans|[Vv]ia|[Ss]ur(?=\s+(?:[A-ZÉ]|le\s+site|son\s+site|les\s+ondes))|[Cc]hez|[Dd]u\s+côté\s+d(?:e|u|es)|[Aa]uprès\s+d(?:e|u|es)|[AaÀ]|[Aa]u|[Aa]ux)"
_ON_PLACE = r"(?P<np>[^\W\d_](?:\bMM?\.|[^,.;:!?\n«»“”\"()–—]){2,80}?)"
_ON_AFTER = re.compile(r"\s*" + _ON_SKIP + _ON_PREP + r"\s+" + _ON_PLACE + r"\s*(?=[,.;:!?\n(–—]|$|\s+(?:qui|où|lors|pour|après|avant|depuis|que)\b|\s+qu['’])")
_ON_BEFORE = re.compile(r"\s*(?:(?:[Mm]ais|[Ee]t|[Oo]r)\s+)?" + _ON_PREP + r"\s+" + _ON_PLACE + r"\s*,\s*on\b")
# Phrases after the cue that are who was told or when, not who speaks ("a-t-on déclaré à la
# presse", "a-t-on appris dans la soirée").
_ON_TOLD = frozenset(["presse", "journalistes", "journaliste", "afp", "agence", "reuters", "radio", "télévision", "chaîne", "quotidien", "journal", "hebdomadaire", "site", "micro", "antenne", "heure", "heures", "issue", "occasion", "fin", "début", "moment", "veille", "lendemain", "soirée", "matinée", "journée", "nuit", "semaine", "après-midi", "cadre", "foulée", "passage", "lors"])


def _on_source(cue: Token, sent: Span, text: str, resolver: _Resolver) -> _Speaker | None:
    """The group behind an impersonal "on" subject of the cue: the place written with it (after an
    inverted cue or opening the sentence), else the last such group when the text goes on with
    "on" ("« ... », insistait-on"); None for an "on" no place names ("On disait que ...")."""
    doc = cue.doc
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("-t", "t") and cue.i + 2 < len(doc):
        nxt = doc[cue.i + 2]  # "assure-t-on": "-t" and "-on"
    subject = _subject(cue)
    if nxt is not None and nxt.lower_ in ("-t-on", "-on", "t-on"):
        after = nxt.idx + len(nxt.text)  # "assure-t-on dans ..."
    elif any(t.lower_ in ("-t-on", "-on", "t-on") for t in doc[max(0, cue.i - 3) : cue.i]):
        after = cue.idx + len(cue.text)  # "a-t-on déclaré au ..."
    elif subject is not None and subject.text.lower() == "on" and subject.start < cue.i:
        after = -1  # "Dans l'entourage de X, on assurait"
    else:
        return None
    found = None
    if after >= 0:
        m = _ON_AFTER.match(text, after, sent.end_char)
        # (what one reads in "le quotidien du soir" comes from it; what one says to it does not)
        if m is not None and (cue.lemma_ == "lire" or _ON_TOLD.isdisjoint(re.findall(r"\w+", m["np"].lower())[:2])):
            found = m
    if found is None and after < 0 and subject is not None:
        found = _ON_BEFORE.match(text, sent.start_char, subject.end_char)
        if found is None:  # "on apprend via l'AFP que ...", "on indique au ministère que ..."
            m = _ON_AFTER.match(text, cue.idx + len(cue.text), sent.end_char)
            told = m is not None and not _ON_TOLD.isdisjoint(re.findall(r"\w+", m["np"].lower())[:2])
            if m is not None and (not told or m["prep"].lower() == "via" or cue.lemma_ == "lire"):  # (told to the AFP, learnt via it)
                found = m
    if found is not None:
        prep = found["prep"].lower()
        np = found["np"].strip()
        if prep in ("au", "du côté du", "auprès du"):
            np = "le " + np
        elif prep in ("aux", "du côté des", "auprès des"):
            np = "les " + np
        speaker = _Speaker(None, np)
        words = np.lower().split()
        last = resolver.last
        paper = len(words) > 1 and words[0] in ("le", "la") and words[1] in _DOC_NOUNS
        if paper and last is not None and 0 <= cue.idx - resolver.last_at < 800 and last.id not in resolver.person_ids:
            speaker = last  # "Le Monde révèle ... « ... », peut-on lire dans le quotidien du soir"
        resolver.impersonal = (speaker, cue.idx)
        return resolver.remember(speaker, cue.idx)
    if resolver.impersonal is not None and 0 <= cue.idx - resolver.impersonal[1] < 800:
        return resolver.remember(resolver.impersonal[0], cue.idx)
    return None


def _with_article(text: str, start: int, end: int) -> str:
    """A name with the article written before it ("l'Arabie Saoudite")."""
    m = re.search(r"(?:\b[Ll][ea]s?\s+|\b[Ll]['’])$", text[max(0, start - 4) : start])
    return text[start - len(m.group(0)) if m else start : end]


def _opening_phrase(sent: Span, cue: Token) -> Span | None:
    """The noun phrase that opens the sentence (after an opening participle clause) right before the
    cue, when the parser lost it as a subject ("Le plus proche conseiller du dignitaire | avait
    indiqué", "Contactée ..., l'ex-otage des Farc a fait savoir")."""
    doc = sent.doc
    i = sent.start
    if doc[i].pos_ == "VERB" and "Part" in doc[i].morph.get("VerbForm", []):
        commas = [t.i for t in doc[i : cue.i] if t.text == ","]
        if not commas:
            return None
        i = commas[0] + 1
    j = i
    while j < cue.i and not (doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct or doc[j].lower_ in ("qui", "que", "qu'", "qu’")):
        j += 1
    rest = doc[j : cue.i]
    if j == i or any(t.pos_ not in ("AUX", "ADV", "VERB") for t in rest) or doc[i].pos_ not in ("DET", "PROPN", "NOUN"):
        return None
    if any(t.pos_ == "VERB" and t.lemma_ != "faire" for t in rest):
        return None
    return doc[i:j]


# The first comma after a role phrase: a person named right after it is the one the role names.
_APPOSED = re.compile(r"(?<=[^\s,])\s*,\s*(?=[^\W\d_])")
# A person's name (two to four capitalised words, an initial allowed) ending the sentence or clause.
_NAME_AFTER = re.compile(
    r"(?:(?:M\.|Mme|Me|Dr|Pr)\s*)?((?:[A-ZÉÈ][a-zà-ÿ’'-]+|[A-Z]{1,2}\.?)(?:\s+(?:[A-ZÉÈ][a-zà-ÿ’'-]+|[A-Z]\.)){0,2}\s+[A-ZÉÈ][a-zà-ÿ’'-]+)(?=\s*(?:[.,;!?)]|$))"
)
_DEMONSTRATIVE = frozenset(["ce", "cet", "cette", "ces"])
# Prepositions whose phrase after an inverted cue may still name the source ("auprès de la police").
_SOURCE_CASES = frozenset(["auprès", "de", "d'", "d’", "du", "des", "par"])
_SKIP_TAIL = frozenset(["également", "encore", "aussi", "ainsi", "alors", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir"])


def _adverbial_between_commas(cue: Token, comma: Token, sent: Span) -> int:
    """ "pointait, d'ailleurs, hier soir, Paul Roy": an adverbial set off by commas right after an
    inverted cue (words the cue governs as a circumstance, no verb) is skipped to reach its subject.
    The index of the closing comma, else -1."""
    doc = cue.doc
    for close in doc[comma.i + 1 : min(sent.end, comma.i + 8)]:
        if close.text != ",":
            continue
        inner = [t for t in doc[comma.i + 1 : close.i] if not t.is_punct or t.text == "-"]
        if not inner or close.i + 1 >= sent.end or doc[close.i + 1].is_punct:
            return -1

        def circumstance(t: Token, end: int = close.i) -> bool:
            while t.head.i != t.i and t.head.i != cue.i and comma.i < t.head.i < end:
                t = t.head
            return t.head.i == cue.i and t.dep_.startswith(("obl", "advmod")) or t.pos_ == "ADV"

        # (else, whatever the parse: a phrase opened by an adverb, a preposition or a demonstrative,
        # with no verb and no name: "d'ailleurs", "ce matin", "dans un communiqué")
        opened = inner[0].pos_ in ("ADV", "ADP") or inner[0].lower_ in _DEMONSTRATIVE
        loose = opened and not any(t.pos_ in ("VERB", "AUX", "PROPN") or t.text[:1].isupper() for t in inner)
        if not loose and not all(circumstance(t) and t.pos_ not in ("VERB", "AUX") for t in inner):
            return -1
        more = _adverbial_between_commas(cue, close, sent)  # ", d'ailleurs, hier soir, X"
        return max(more, close.i)
    return -1


def _tail_speaker(
    cue: Token, sent: Span, text: str, entities: Sequence[Entity], resolver: _Resolver
) -> _Speaker | None:
    """The noun phrase after an inverted cue ("a indiqué samedi une porte-parole d'Océor")."""
    words: list[Token] = []
    # "a déclaré à cette occasion le ministre": a circumstance the cue governs is not the speaker
    # ("auprès de", "de", "par" phrases may name the source and stay).
    aside = {
        t.i for c in cue.children if c.dep_.startswith(("obl", "advmod")) and c.i > cue.i
        and c.left_edge.pos_ in ("ADP", "ADV") and c.right_edge.i > c.left_edge.i and c.left_edge.lower_ not in _SOURCE_CASES
        for t in c.subtree
    }  # fmt: skip
    after = max(aside, default=cue.i) + 1
    if after >= sent.end or sent.doc[after].pos_ not in ("DET", "PROPN"):
        aside = set()  # only when a noun phrase follows it ("à propos de X dont ...": X may be meant)
    skip_to = -1
    for tok in sent.doc[cue.i + 1 : sent.end]:
        if not words and tok.i in aside or tok.i <= skip_to:
            continue
        if not words and tok.text == ",":
            skip_to = _adverbial_between_commas(cue, tok, sent)  # "soufflait, ce week-end, un entrepreneur"
            if skip_to > tok.i:
                continue
        if not words and tok.pos_ == "ADP" and tok.lower_ not in _SOURCE_CASES and tok.i + 2 < sent.end:
            noun, nxt = tok.nbor(1), tok.nbor(2)
            if noun.pos_ == "NOUN" and noun.text.islower() and nxt.pos_ in ("DET", "PROPN"):
                skip_to = noun.i  # "dit en substance le texte": a manner phrase before the speaker
                continue
        if not words and (tok.lower_ in _SKIP_TAIL or tok.pos_ in ("ADV", "AUX") or tok.lower_ in ("-t-on", "on")):
            continue
        if not words and tok.lower_ in ("auprès", "de", "d'", "par", "à"):
            continue
        if tok.is_punct or (words and (tok.pos_ in ("ADP", "SCONJ", "VERB", "ADV")) and tok.lower_ not in ("de", "d'", "du", "des")):
            break
        if words and tok.lower_ in ("qui", "dont", "que", "qu'", "qu’"):
            break  # "estime Berne qui se rallie ...": the relative clause is not the name
        words.append(tok)
        if len(words) >= 8:
            break
    while len(words) > 1 and words[-1].lower_ in _SKIP_TAIL:
        words.pop()  # "précise l'office jeudi": the day is not part of the name
    if not words or len(words) == 1 and words[0].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV") and words[0].text.islower():
        return None  # ("considérées comme « ... »": a link word is no speaker)
    span = sent.doc[words[0].i : words[-1].i + 1]
    if span.text.lower() in _PRON:
        return resolver.antecedent(cue.idx)
    # A person named right after the phrase ("le vice-président de la Fédération des comités
    # Ingrid Betancourt (Ficib), Olivier Roubi") is the speaker; else a person inside it.
    tail = _APPOSED.search(text, span.start_char, min(sent.end_char, span.start_char + 160))
    lead = any(s0 == span.start_char for s0, _ in resolver.persons)
    apposed = [
        e for s0, e in resolver.persons
        if not lead and tail is not None and tail.end() <= s0 and _TITLE_ONLY.fullmatch(text, tail.end(), s0)
    ]  # (a title may come first: "l'avocate du trader, Me Elisabeth Meyer")  # fmt: skip
    if not apposed and tail is not None and span[0].lower_ in ("un", "une", "l'un", "l'une", "l’un", "l’une"):
        # "auprès d'une des organisations, le Syndicat de la magistrature": the one it names
        at = re.match(r"(?:(?:le|la|les|l['’])\s*)?", text[tail.end() :])
        start = tail.end() + (at.end() if at else 0)
        apposed = [e for e in entities for m in e.mentions if m.start == start]
    # "une porte-parole d'Océor": a name after "de" in a role phrase is its complement, not the speaker.
    of = {t.idx for t in span[1:] if span[0].pos_ == "DET" and t.nbor(-1).lower_ in ("de", "d'", "d’", "du", "des")}
    named = apposed or [e for s0, e in resolver.persons if span.start_char <= s0 <= span.end_char + 3 and s0 not in of and "\n" not in text[span.end_char : s0]]
    found: _Speaker | None = _Speaker(named[0].id, named[0].name) if named else None
    definite = span[0].lower_ in ("le", "la", "l'", "l’", "ce", "cette", "son", "sa")
    if found is None and definite and tail is not None and tail.start() == span.end_char:
        # "prévient le PDG, Pekka Lundmark.": a name of two words or more apposed to the role,
        # whatever type the tagger gave it (it reads unknown names as places or companies)
        name = _NAME_AFTER.match(text, tail.end())
        ent = _entity_at(entities, name.start(1), name.end(1)) if name is not None else None
        if name is not None:
            found = _Speaker(ent.id if ent is not None else None, name.group(1))
    if found is None and span[0].lower_ in _DEMONSTRATIVE:
        found = resolver.same_role(span, cue.idx)
        if found is None and span.root.pos_ == "NOUN" and _head_noun(span) not in _DOC_NOUNS:
            # "affirme ce père de famille": a demonstrative points back to a person just spoken of
            found = resolver.last_subject(cue.idx) or resolver.person_before(cue.idx, _gender_of(span))
    if found is None and "même source" in span.text.lower() and resolver.last is not None:
        found = resolver.last  # "a-t-on précisé de même source"
    if found is None and definite and _head_noun(span) in _DOC_NOUNS:
        # "ajoute le quotidien économique": the paper the text named so ("le quotidien La Tribune");
        # "ajoute le communiqué" stays the document; "a ajouté cette source": the last source
        found = resolver.linked(span, cue.idx)
        if found is None and _head_noun(span) in _DOCUMENTS:
            found = _Speaker(None, span.text)
        found = found or resolver.last
    if found is None and definite:
        found = resolver.linked(span, cue.idx)  # "plaide l'imam": the name the text ties to "imam"
    if found is None and definite and _head_noun(span) in _ORG_NOUNS and len(span) <= 3:
        found = resolver.organisation(span, cue.idx)  # "déplore l'organisation", "s'interroge le syndicat"
    if found is None and definite and _head_noun(span) in _ANAPHORIC:
        if span[0].lower_ in _POSSESSIVE:
            found = _Speaker(None, span.text)  # "son porte-parole": named later, if at all (see _cataphora)
        else:
            found = resolver.person_before(cue.idx, _gender_of(span), role=_described(span))  # "a déclaré le président"
    if found is None:
        ent = _entity_at(entities, span.start_char, span.end_char)
        found = _Speaker(ent.id if ent else None, span.text)
    resolver.last, resolver.last_at = found, cue.idx
    return found


def _selon_speaker(sent: Span, text: str, qs: int, resolver: _Resolver) -> _Speaker | None:
    """"Selon son assistante, « ... »": the source named before the quote."""
    m = _SELON.search(text, sent.start_char, qs)
    if m is None:
        # "Pour Manuel Valls (PS), la loi « laisse ... »": only a named person counts after "pour"
        eyes = re.match(r"\s*(?:[AaÀ]|[Pp]our)\s+(?:(?:ses|leurs)\s+yeux|lui|elle|eux|elles)\s*,", text[sent.start_char : qs])
        if eyes is not None:  # "A ses yeux, « ... »", "Pour elle, « ... »": the person spoken of
            return resolver.antecedent(sent.start_char)
        lead = re.match(_POUR_LEAD, text[sent.start_char : qs])
        if lead is None:
            return None
        comma = text.find(",", sent.start_char + lead.end(), qs)
        named = [e for s0, e in resolver.persons if sent.start_char + lead.end() <= s0 < comma]
        if comma > 0 and not named:
            # "Pour le conseiller régional d'Ile-de-France, « ... »": a role standing for a person
            phrase = sent.doc.char_span(sent.start_char + lead.end(), comma, alignment_mode="expand")
            if phrase is not None and _source_phrase(phrase):
                return resolver.speaker(phrase, phrase.start_char)
        return _Speaker(named[0].id, named[0].name) if comma > 0 and named else None
    comma = text.find(",", m.end(), qs)
    source = sent.doc.char_span(m.end(), comma if comma > 0 else qs, alignment_mode="expand")
    return resolver.speaker(source, m.end()) if source is not None else None


# "l'annonce par l'Élysée que X ne viendrait pas", "l'affirmation du ministre que": a noun of saying with its agent ("par X", "de X") and its content clause.
_NOUN_OF_SAYING = re.compile(
    r"\b(?:[Ll]['’]\s*(?:annonce|affirmation|assurance)|[Ll]a\s+(?:déclaration|confirmation))\s+"
    r"(?:par|de|du|des|d['’])\s*(?P<agent>[^,;:!?«»“”\"()]{2,60}?)\s+(?:que\s|qu['’])"
)


def _noun_of_saying(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    """ "avec l'annonce par l'Élysée que Nicolas Sarkozy ne rencontrerait pas ...": what the agent of
    a noun of saying said, to the end of the sentence."""
    m = _NOUN_OF_SAYING.search(sent.text)
    if m is None:
        return None
    base = sent.start_char
    start = base + m.end("agent")
    start += len(text[start:]) - len(text[start:].lstrip())
    start += 4 if text.startswith("que ", start) else 3  # past "que " / "qu'"
    end = base + len(sent.text.rstrip().rstrip(".!"))
    if len(text[start:end].split()) < _MIN_WORDS:
        return None
    agent_at = base + m.start("agent")
    phrase = sent.doc.char_span(agent_at, base + m.end("agent"), alignment_mode="expand")
    speaker = resolver.speaker(phrase, agent_at) if phrase is not None else None
    if speaker is None:
        return None
    cue = next((t for t in sent if t.idx >= base + m.start() and t.pos_ == "NOUN"), None)
    return _quote(text, start, end, False, speaker, cue)


# A sentence that ends on its source: "..., selon le parquet de Paris."
_SELON_END = re.compile(
    r",\s*(?:[Ss]elon|[Dd]['’]après)\s+[^,;:!?«»“”\"]{2,80}"
    r"(?:,\s*(?:le|la|les|l['’]|un|une)\s*[^,;:!?«»“”\"]{2,80})?[.!]?\s*$"  # (", le service statistique ...")
)


def _source_at_end(sentence: str) -> bool:
    """ "..., selon le parquet de Paris.": a source closing the sentence, named without a clause of
    its own ("d'après le récit qu'elle livre au Monde" leaves the speaker to the clause)."""
    m = _SELON_END.search(sentence)
    return m is not None and _CLAUSE_WORD.search(m.group(0)) is None


_SELON_AFTER = re.compile(r"\s*[»”\"]?\s*,\s*(?:[Ss]elon|[Dd]['’]après)\s+")


def _selon_after(sent: Span, text: str, qe: int, resolver: _Resolver) -> _Speaker | None:
    """« Vachement bon en affaires », selon un proche du ministre, ...: the source named right after
    the closing mark, up to the next comma or the sentence's end."""
    m = _SELON_AFTER.match(text, qe)
    if m is None or m.end() >= sent.end_char:
        return None
    stop = min((i for i in (text.find(",", m.end(), sent.end_char),) if i > 0), default=sent.end_char)
    source = sent.doc.char_span(m.end(), stop, alignment_mode="contract")
    if source is None or not len(source):
        return None
    own = re.search(r"\b(?:qu['’]|que\s+)(il|elle)\b", source.text)
    if own is not None:  # "d'après le récit qu'elle en fait": the one who tells it
        return resolver.antecedent(m.end(), "F" if own.group(1) == "elle" else "M")
    return resolver.speaker(_trim_end(source), m.end())


def _trim_end(span: Span) -> Span:
    """The span without its final punctuation."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


def _merge_interrupted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """«part one», a-t-il ajouté, «part two» is one quote."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and re.fullmatch(r"[\W]*,[^.!?«»“”\"]{0,60},[\W]*", text[merged[-1][1] : s]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _colon_speaker(doc: Doc, text: str, qs: int, resolver: _Resolver) -> _Speaker | None:
    """A quote opened after a colon belongs to the subject of the clause before the colon."""
    before = text[max(0, qs - 4) : qs]
    if ":" not in before:
        return None
    span = doc.char_span(max(0, qs - 300), qs, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ == "VERB" and _subject(t) is not None]
    # "Mohammed, cadre, a assisté au prêche qui a suivi le message : « ... »": the clause's own
    # subject, not a relative clause's "qui"
    main = [t for t in verbs if t.sent.start <= span[-1].i and (_subject(t) or span).text.lower() not in ("qui", "que", "qu'", "qu’")]
    own = [t for t in main if t.sent == span[-1].sent]
    if own:
        return resolver.speaker(_subject(own[-1]), qs)
    return resolver.speaker(_subject(verbs[-1]), qs) if verbs else None


# Words that make a following "que" part of a conjunction ("alors que", "parce que"), not a report.
_NOT_REPORTED_QUE = frozenset(
    ["alors", "bien", "parce", "avant", "afin", "pour", "tandis", "dès", "ainsi", "sans", "après", "même", "plus", "moins", "tant", "pendant", "depuis", "lors", "sauf", "jusqu'à", "jusqu’à", "encore"]
)


def _next_report(sent: Span, que: Token, stop: int) -> int:
    """Where a second cue coordinated with the first opens its own clause ("a confirmé qu'il ne
    viendrait pas, mais a indiqué que son épouse ..."): the first reported clause ends there."""
    doc = sent.doc
    for u in sent:
        if u.i <= que.i + 2 or u.idx >= stop or not (u.pos_ == "VERB" and _reporting(u)):
            continue
        nxt = [w.lower_ for w in doc[u.i + 1 : min(u.i + 4, sent.end)]]
        if not any(w in ("que", "qu'", "qu’") for w in nxt):
            continue
        i = u.i - 1
        while i > que.i and (doc[i].pos_ in ("AUX", "ADV") or doc[i].lower_ in ("-t-il", "-t-elle")):
            i -= 1
        if doc[i].lower_ in ("et", "mais", ",", "puis", "ou"):
            while i > que.i and doc[i - 1].lower_ in (",", "et", "mais"):
                i -= 1
            return doc[i].idx
        if "Part" in u.morph.get("VerbForm", []) and "Pres" in u.morph.get("Tense", []):
            return u.idx  # "au lendemain d'un discours de Poutine jugeant que ...": his words, not theirs
    return stop


def _indirect_span(sent: Span, cue: Token, text: str) -> tuple[int, int] | None:
    """The reported content of a cue: its `que` clause, or the clause before an incise."""
    end = sent.end_char
    subject = _subject(cue)
    if cue.dep_ == "acl:relcl" or (subject is not None and subject.text.lower() == "qui"):
        # "Les deux guérilleros, qui ont démenti avoir reçu de l'argent, ont déjà ...": the relative
        # clause ends where the main clause's verb comes back after a comma
        if cue.dep_ == "acl:relcl" and cue.right_edge.i + 1 < sent.end:
            end = min(end, cue.right_edge.idx + len(cue.right_edge.text))
        for t in sent.doc[cue.i + 1 : sent.end - 1]:
            if t.text == "," and "Fin" in t.nbor(1).morph.get("VerbForm", []) and t.idx < end:
                end = t.idx
                break
    while end > sent.start_char and text[end - 1] in " \n.;!?,":
        end -= 1
    after = [t for t in sent if t.i > cue.i]
    # "..., a ajouté Peskov." / "..., a-t-il déclaré." : the content is before the incise.
    tail = text[cue.idx + len(cue.text) : end]
    head = text[sent.start_char : cue.idx]
    second = _SECOND_CLAUSE.search(tail)
    if second is not None:
        tail = tail[: second.start()]  # "..., a indiqué le maire X sur Telegram, précisant que ..."
    if _is_incise(cue, text) and len(tail.split()) <= 20:
        cut = head.rstrip().rfind(",")
        start = sent.start_char
        if cut > 0 and len(text[start : start + cut].split()) >= 3:
            return start, start + cut
        return None
    if _lemma(cue) in DENIAL and after:
        # "a démenti les informations selon lesquelles elle serait encerclée": what is denied
        start = after[0].idx
        clause = _SECOND_CLAUSE.search(text, start, end)
        stop = clause.start() if clause else end
        # "a démenti toute participation bien qu'il ait reconnu que ...": a subordinate clause after
        # the object is no part of what is denied
        sub = next(
            (t for t in after[1:] if t.idx < stop and (
                t.pos_ == "SCONJ" and t.lower_ not in ("que", "qu'", "qu’")
                or t.lower_ in _NOT_REPORTED_QUE and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in ("que", "qu'", "qu’"))),
            None,
        )  # fmt: skip
        if sub is not None:
            stop = sub.idx
            while stop > start and text[stop - 1] in " ,":
                stop -= 1
        # "a rejeté toute faute et a fait savoir qu'il ...": a second verb coordinated with the cue
        # has its own content
        second_verb = next((t for t in after if t.dep_ == "conj" and t.head.i == cue.i and t.pos_ == "VERB"), None)
        if second_verb is not None:
            first = min((t for t in second_verb.subtree), key=lambda t: t.i)
            while first.i > cue.i + 1 and (first.nbor(-1).lower_ in ("et", "puis", "mais", ",") or first.nbor(-1).pos_ == "AUX"):
                first = first.nbor(-1)
            stop = min(stop, first.idx)
            while stop > start and text[stop - 1] in " ,":
                stop -= 1
        if len(text[start:stop].split()) >= 2:
            return start, stop
    for t in after[:14]:
        if t.pos_ in ("VERB",) and t.i > cue.i + 1 and "Part" not in t.morph.get("VerbForm", []):
            break  # another clause began before any "que"
        if t.pos_ == "VERB" and t.dep_ == "conj" and t.head.i == cue.i and _reporting(t):
            break  # "a annoncé avoir ..., mais souligné que ...": that "que" is the second cue's
        if t.pos_ == "SCONJ" and t.lower_ not in ("que", "qu'", "qu’", "that"):
            break  # "lorsqu'il a été confié": a clause of time or cause, not what was said
        if t.lower_ in ("que", "qu'", "qu’") and (
            t.i > 0 and t.nbor(-1).lower_ in _NOT_REPORTED_QUE
            or any(
                o.dep_ == "obj" and o.pos_ == "NOUN" and o.i < t.i and any(d.dep_ == "det" for d in o.children)
                for o in cue.children
            )
        ):
            break  # "a demandé le droit ... alors qu'elle", "annonçant sa participation au Giro qu'il ..."
        if t.lower_ in ("que", "qu'", "qu’", "that", ":"):
            start = t.idx + len(t.text)
            if t.lower_ in ("qu'", "qu’"):
                start = t.idx + len(t.text)
            stop = end
            second = _SECOND_CLAUSE.search(text, start, end)
            if second is not None:
                stop = second.start()  # ", ajoutant que ...": the next reported clause is another quote
            stop = min(stop, _next_report(sent, t, stop))
            if cue.dep_ == "advcl" and cue.head.i > cue.right_edge.i and cue.right_edge.i > t.i:
                # "Alors que X avait affirmé qu'il ..., il a rejeté ...": the reported clause ends
                # with the subordinate clause, before the main clause it depends on
                last = cue.right_edge
                while last.i > t.i and (last.is_punct and last.text not in "»”\""):
                    last = last.nbor(-1)
                cut = last.idx + len(last.text)
                piece = re.match(r"[ \u00a0\u202f]*[«“][^«»“”]{1,200}?[»”]", text[cut:stop])
                stop = min(stop, cut + piece.end() if piece else cut)  # a quoted piece that ends it stays
            content = text[start:stop].strip()
            if len(content.split()) >= 3:
                return start + (len(text[start:stop]) - len(text[start:stop].lstrip())), stop
    # "a expliqué avoir agi seul", "avait déclaré dans un premier temps vouloir ...": an infinitive
    # before any other verb or punctuation
    inf = []
    for t in after[:8]:
        if "Inf" in t.morph.get("VerbForm", []):
            inf.append(t)
            break
        if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ",;:«»\"“”":
            break
    if inf and _lemma(cue) in _INF_CUES:
        start = inf[0].idx
        stop = _next_report(sent, inf[0], end)
        while stop > start and text[stop - 1] in " ,":
            stop -= 1
        if len(text[start:stop].split()) >= 3:
            return start, stop
    # "a annoncé hier l'organisation d'une réunion ...", "prône le développement de ...": what is
    # announced is the object noun phrase, to the end of its clause
    if _lemma(cue) in _NOUN_CUES and not _is_incise(cue, text):
        obj = next(
            (c for c in cue.children if c.dep_ == "obj" and c.pos_ == "NOUN" and cue.i < c.i <= cue.i + 7
             and any(d.dep_ == "det" and d.lower_ in ("le", "la", "l'", "l’", "les", "des") for d in c.children)),
            None,
        )  # fmt: skip
        if obj is not None:  # (not "sa démission", "un recours": one's own step, told as an event)
            start = obj.left_edge.idx
            stop = end
            clause = _SECOND_CLAUSE.search(text, start, end) or re.compile(r",\s*[a-zà-ÿ]+ant\b").search(text, start, end)
            if clause is not None:
                stop = clause.start()  # ", provoquant le départ de ...": the consequence is not announced
            if len(text[start:stop].split()) >= 5:
                return start, stop
    # "a demandé à la justice de lui rendre ...": what a request asks for
    if _lemma(cue) in _REQUEST_CUES:
        for t in after[:8]:
            if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ",;:«»\"“”":
                break
            if t.dep_ == "obj" and t.pos_ == "NOUN" and any(d.dep_ == "det" for d in t.children):
                break  # "a demandé le droit d'être ...": the noun's complement
            if t.lower_ in ("de", "d'", "d’") and t.i + 3 < sent.end:
                verb = next((w for w in t.doc[t.i + 1 : t.i + 4] if "Inf" in w.morph.get("VerbForm", [])), None)
                if verb is not None:
                    first = t.doc[t.i + 2] if t.doc[t.i + 1].text in "«“\"" else t.doc[t.i + 1]
                    start = first.idx
                    if len(text[start:end].split()) >= 3:
                        return start, end
                break
    return None


def _selon(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    """"Selon X, content." and "content, selon X." attribute content to X."""
    m = _SELON.search(sent.text)
    if m is None:
        return None
    s0 = sent.start_char
    src_start = s0 + m.end()
    comma = text.find(",", src_start, sent.end_char)
    end = sent.end_char
    while end > s0 and text[end - 1] in " \n.;!?":
        end -= 1
    if re.match(r"(?:elle|lui|eux|elles)\b", text[src_start : src_start + 6]):
        speaker = resolver.antecedent(src_start)
        stop = end
        if speaker is None:
            return None
        return Quote(text[s0:stop], s0, stop, False, speaker.id, speaker.name, "selon", False)
    lead = text[s0 : s0 + m.start()]
    relative = re.match(r"(?:lequel|laquelle|lesquels|lesquelles)\b\s*", text[src_start:])
    if relative is not None:
        return _selon_relative(sent, text, s0 + m.start(), src_start + relative.end(), end, resolver)
    if comma > 0 and (m.start() < 3 or re.fullmatch(r"\s*" + _SELON_LEAD, lead)):
        # "Selon X, content" and "En effet, selon X, content"
        source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
        start, stop = comma + 1, end
    else:  # "content, selon X"
        if not re.search(r",\s*(?:(?:toujours|encore|là encore|aussi)\s*)?$", lead) or lead.count("(") > lead.count(")"):
            return None  # "contenant de l'EPO selon des révélations", "(500 euros, selon le procureur)": a detail's source
        source = sent.doc.char_span(src_start, end, alignment_mode="expand")
        start, stop = s0, s0 + m.start()
        while stop > start and text[stop - 1] in " ,":
            stop -= 1
        resumed = sent.doc.char_span(comma + 1, end, alignment_mode="expand") if comma > 0 else None
        if resumed is not None and len(resumed) >= 4 and resumed[0].pos_ in ("ADP", "ADV", "VERB", "AUX", "NUM"):
            # "Cette déclaration a été faite, selon cette source, lors d'un déplacement ...": the
            # source between commas, the whole sentence said
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
            stop = end
        elif resumed is not None and any(
            t.dep_ in ("nsubj", "nsubj:pass") and t.head.i < resumed.end and t.head.i >= resumed.start for t in resumed
        ):
            # "« ... », selon un proche du ministre, le préfet garde la main": the source ends at the
            # comma where a clause of its own begins
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
        elif (
            resumed is not None and resumed[0].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in resumed)
            and not any(comma < s1 < end for s1, _ in resolver.persons) and not any(t.pos_ == "PROPN" for t in resumed)
        ):  # fmt: skip
            # "..., selon la Drees, le service statistique des ministères.": the source without its
            # apposition (kept when it names the person: "selon l'un d'eux, le Français Noël Saez")
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
    if source is None or len(text[start:stop].split()) < 3:
        return None
    speaker = resolver.speaker(source, src_start)
    if speaker is None:
        return None
    while start < stop and text[start] == " ":
        start += 1
    return Quote(text[start:stop], start, stop, False, speaker.id, speaker.name, "selon", False)


def _selon_relative(sent: Span, text: str, at: int, start: int, end: int, resolver: _Resolver) -> Quote | None:
    """"la thèse de la Société générale selon laquelle la fraude serait ...": what the owner of
    the claim (the complement of the noun before "selon") says."""
    noun = sent.doc.char_span(at, at + 1, alignment_mode="expand")
    if noun is None or noun[0].i == 0:
        return None
    def owners(head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and any(k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children)]

    rel = noun[0].nbor(1) if noun[0].i + 1 < len(sent.doc) else noun[0]
    heads = [rel.head.head] if rel.head.dep_ == "acl:relcl" else []
    heads += [t for t in reversed(sent.doc[max(sent.start, noun[0].i - 8) : noun[0].i]) if t.pos_ == "NOUN"]
    found = [h for h in heads if h.pos_ == "NOUN" and owners(h)]
    if not found:
        return None
    owner = owners(found[0])[0]
    source = sent.doc[owner.left_edge.i + 1 : owner.right_edge.i + 1] if owner.left_edge.dep_ == "case" else sent.doc[owner.left_edge.i : owner.right_edge.i + 1]
    speaker = resolver.speaker(source, source.start_char) if len(source) else None
    if speaker is None or len(text[start:end].split()) < 3:
        return None
    return Quote(text[start:end], start, end, False, speaker.id, speaker.name, "selon", False)


def _quote(
    text: str, start: int, end: int, is_direct: bool, speaker: _Speaker | None, cue: Token | None,
    direct: bool | None = None,
) -> Quote:
    lemma = _lemma(cue) if cue is not None else None
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        direct=is_direct if direct is None else direct,
        speaker_id=speaker.id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        cue=lemma,
        denial=lemma in DENIAL if lemma else False,
    )
