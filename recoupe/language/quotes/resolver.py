"""The speaker resolver: subject phrases to speakers, remembering who spoke for pronouns and roles."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from recoupe.language.quotes.lexicon import (
    _ANAPHORIC,
    _CLAUSE_WORD,
    _DEMONSTRATIVE,
    _DOC_NOUNS,
    _ORG_NOUNS,
    _POSSESSIVE,
    _PRON,
    _SUBJ,
)
from recoupe.language.quotes.records import _Speaker
from recoupe.language.quotes.syntax import (
    _DEFINITE,
    _GROUP_DET,
    _agent_noun,
    _apposed_person,
    _capitalised,
    _complement_person,
    _demonym,
    _described,
    _disagree,
    _entity_at,
    _gender_of,
    _head_noun,
    _one_of,
    _plural,
    _relative_antecedent,
    _widen,
    _without_clauses,
)
from recoupe.model import Entity

_NOBODY = frozenset(["rien", "personne", "nul", "nulle", "aucun", "aucune", "cela", "ça", "ceci", "nothing", "nobody"])


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
        self.org_subjects: list[tuple[int, Entity]] = []  # organisations that are subjects ("L'EPA n'a pas cillé")
        self.groups: list[tuple[int, str, str | None]] = []  # plural subject phrases: start, text, gender
        self.roles: list[tuple[int, str, str | None]] = []  # singular role subjects ("Le préfet")
        self.person_ids = {e.id for e in entities if e.type in ("PER", "ROLE")}
        self.links = _role_links(entities, text)
        self.impersonal: tuple[_Speaker, int] | None = None  # the last "on" a place named
        self.phrase_gender: dict[str, str | None] = {}  # unnamed role speakers' grammatical gender
        self.told: dict[str, str] = {}  # the gender a pronoun gave a person the paragraph handed the floor to

    def note_subjects(self, doc: Doc) -> None:
        """Persons that are grammatical subjects: the likeliest antecedents of a later "il"."""
        for tok in doc:
            if tok.dep_ in _SUBJ:
                ent = _entity_at(self.entities, tok.idx, tok.idx + len(tok.text))
                if ent is None and tok.pos_ == "NOUN":
                    ent = _apposed_person(self.entities, tok)  # "le PDG Daniel Bouton s'est défendu"
                if ent is not None and ent.type in ("PER", "ROLE"):
                    self.subjects.append((tok.idx, ent))
                elif ent is not None and ent.type == "ORG" and tok.dep_ == "nsubj":
                    self.org_subjects.append((tok.idx, ent))
                if (
                    tok.pos_ == "NOUN" and "Sing" in tok.morph.get("Number", []) and tok.dep_ == "nsubj"
                    and tok.left_edge.lower_ in ("le", "la", "l'", "l’") and (tok.lower_ in _ANAPHORIC or _agent_noun(tok.lower_))
                ):  # fmt: skip
                    phrase = doc[tok.left_edge.i : tok.i + 1]
                    gender = tok.morph.get("Gender", [])
                    self.roles.append((phrase.start_char, phrase.text, ("F" if gender[0] == "Fem" else "M") if gender else None))
                coordinated = tok.pos_ == "PROPN" and any(c.dep_ == "conj" for c in tok.children)
                if coordinated or tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number", []) and tok.left_edge.pos_ == "DET":
                    # "Les syndicats ont été reçus ...": what a later "ils" may stand for
                    phrase = _without_clauses(doc[tok.left_edge.i : tok.right_edge.i + 1])
                    cut = next((t.i for t in phrase if t.is_punct and t.i > tok.i), phrase.end)
                    phrase = doc[phrase.start : cut]
                    gender = tok.morph.get("Gender", []) if not coordinated else []  # ("Anne Roux et Paul Caron")
                    self.groups.append((phrase.start_char, phrase.text, ("F" if gender[0] == "Fem" else "M") if gender else None))

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
        latter = low in ("celui", "celle") and self.text[subject.end_char : subject.end_char + 3] == "-ci"
        if latter or low in ("ce dernier", "cette dernière", "ces derniers", "ces dernières", "celui-ci", "celle-ci"):
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
        voice = self.voice(subject.end_char, at)
        if voice is not None:
            return self.remember(voice, subject.start_char)
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
                named = self.last_subject(subject.start_char) or self.person_before(subject.start_char, _gender_of(subject), noun=True)
                if named is not None:
                    return self.remember(named, subject.start_char)
            if definite and self.shared(subject):
                return self.remember(_Speaker(None, text), subject.start_char)  # two people hold the role
            if definite and head in ("intéressé", "intéressée") and not _plural(subject):
                topic = self.topic(subject.start_char, _gender_of(subject))  # "le principal intéressé"
                if topic is not None:
                    return self.remember(topic, subject.start_char)
            if definite and (head in _ANAPHORIC or _agent_noun(head) and not _plural(subject) and subject[0].lower_ not in _POSSESSIVE):
                named = self.apposed(subject.end_char) or self.person_before(
                    subject.start_char, _gender_of(subject), role=_described(subject), addressed=_addresses(subject), noun=True,
                )
                if named is None:
                    self.phrase_gender[text] = _gender_of(subject)  # "le journaliste": not a later "elle"
                return self.remember(named or _Speaker(None, text), subject.start_char)
            if head in _DOC_NOUNS and definite and self.last is not None and not any(t.text[:1].isupper() for t in subject[1:]):
                return self.last  # (not "le journal L'Equipe": it names its own source)
            lead = list(itertools.takewhile(lambda t: t.pos_ != "ADP", subject[1:]))
            nouns = [t.lower_ for t in lead if t.pos_ == "NOUN" and t.lower_ != head]
            if definite and any(n in _ANAPHORIC or _agent_noun(n) for n in nouns):
                same = self.speaker_goes_on(subject)  # "le septuple vainqueur du Tour": "vainqueur" names a person
                if same is not None:
                    return self.remember(same, subject.start_char)
            if head in _ORG_NOUNS and definite and len(subject) <= 4 and subject[0].lower_ not in _POSSESSIVE:
                org = self.organisation(subject, subject.start_char)  # "La banque explique que ..."
                if org is not None:
                    return self.remember(org, subject.start_char)
        if text.lower() in ("ils", "elles"):
            return self.group(at, text)
        if text.lower().replace("’", "'") in _SOME:
            return self.remember(_Speaker(None, text), subject.start_char)  # "Certains estiment que": some people
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

    def voice(self, end: int, at: int) -> _Speaker | None:
        """ "L'ONU, par la voix de son chef des opérations humanitaires, Martin Griffiths, a déploré":
        the person named in the "par la voix de" phrase right after the subject, before the verb at
        `at`, speaks for it."""
        said = _VOICE.match(self.text, end)
        if said is None or at <= said.end():
            return None
        named = [e for s0, e in self.persons if said.end() <= s0 < at and e.type == "PER" and not _SENTENCE_END.search(self.text, end, s0)]
        return _Speaker(named[0].id, named[0].name) if named else None

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
        named_at, ent = before[-1] if before else tied[0]
        if ent.type == "ORG" and before and key not in _DOC_NOUNS:  # (not "le quotidien": the paper is a source, not a topic)
            # "l'agence Health Canada a fait de même. ... l'EPA n'a pas cillé. « ... », écrit l'agence":
            # an organisation that was a subject since then is the one the type noun takes up
            since = [e for s0, e in self.org_subjects if named_at < s0 < at and at - s0 < 800 and self.mentioned(s0, at, False)]
            if since:
                ent = since[-1]
        return _Speaker(ent.id, ent.name)

    def shared(self, phrase: Span) -> bool:
        """A bare role noun ("l'avocat", with no complement) that the text ties by apposition to two
        different people named before it ("l'avocat de la victime, X, et l'avocat de l'accusé, Y")."""
        if len(phrase) != 2 or _plural(phrase):
            return False
        people = {e.id for s0, e in self.links.get(_head_noun(phrase), []) if e.type == "PER" and s0 < phrase.start_char}
        return len(people) > 1

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
        # "Natixis a publié ses comptes. La banque de gros précise ...": the organisation named last
        before = [(m.start, e) for e in self.entities if e.type == "ORG" for m in e.mentions if 0 < at - m.start < 1500]
        if before:
            ent = max(before, key=lambda p: p[0])[1]
            return _Speaker(ent.id, ent.name)
        return None

    def group(self, at: int, pronoun: str) -> _Speaker:
        """"Ils", "elles": the last speaker when it is a group ("les détracteurs du glyphosate"),
        never one person; else the pronoun itself."""
        last = self.last
        if last is not None and last.name and 0 <= at - self.last_at < 800 and last.id not in self.person_ids:
            words = last.name.lower().replace("’", "'").split()
            if words[0] in _GROUP_DET or " et " in f" {last.name} " or words[-1].endswith(("s", "x")):
                return last
        # else the plural subject of a sentence just before, of the pronoun's gender ("Les syndicats
        # ont été reçus jeudi. Ils ont dénoncé ...")
        gender = "F" if pronoun.lower().lstrip("-").startswith("elle") else "M"
        near = [
            (s0, phrase) for s0, phrase, g in self.groups
            if 0 < at - s0 < 400 and g in (None, gender) and max(s0, self.last_at) < at
            and (last is None or s0 > self.last_at or at - self.last_at >= 800)
        ]  # fmt: skip
        if near:
            return self.remember(_Speaker(None, near[-1][1]), at)
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

    def person_before(
        self, at: int, gender: str | None = None, role: bool = False, addressed: bool = False, noun: bool = False
    ) -> _Speaker | None:
        """The person a role noun ("le responsable", "la dirigeante de la CGT") stands for: the last
        speaker if a person, else the last person who was a subject, else the last person named; a
        known grammatical gender must agree. A role described by its complement (`role=True`: "le
        procureur de la République de Marseille", "le plus proche conseiller du dignitaire") only
        takes the last speaker: left unresolved, it stays the role phrase. It does not take a last
        speaker the verb addresses (`addressed`: "le journaliste lui a demandé": the one who just
        spoke is asked, not asking). Past the last speaker, a person named only as a complement ("la
        libération d'Ingrid Betancourt") or inside quoted words is no antecedent, nor, for a noun
        phrase (`noun`), a person named earlier in its own sentence ("X a obtenu un non-lieu, au
        motif que « ... », a expliqué le juge": the judge is someone else)."""

        def fits(eid: str | None) -> bool:
            return gender is None or self.gender.get(eid or "") in (None, gender) and self.told.get(eid or "") in (None, gender)

        if addressed:
            return None  # the one the paragraph is about, or who just spoke, is asked: the role stays
        opened = self.paragraph_person(at, gender, noun)
        if opened is not None:
            return opened
        last = self.last
        recent = last is not None and last.id in self.person_ids and 0 <= at - self.last_at < 800
        unmarked = gender is None or not any(g == gender for g in self.gender.values())
        if recent and last is not None and fits(last.id) and (unmarked or self.gender.get(last.id or "") == gender):
            return last
        # A person known to have the role noun's gender comes before one of unknown gender.
        pools = [] if role else [[(s0, e) for s0, e in pool if s0 < at and self.mentioned(s0, at, noun)] for pool in (self.subjects, self.persons)]
        for pool in pools:
            sure = [e for s0, e in pool if s0 < at and e.type == "PER" and gender and self.gender.get(e.id) == gender]
            if sure:
                return _Speaker(sure[-1].id, sure[-1].name)
        for pool in pools:
            cands = [e for s0, e in pool if s0 < at and e.type == "PER" and fits(e.id)]
            if cands:
                return _Speaker(cands[-1].id, cands[-1].name)
        return None

    def mentioned(self, s0: int, at: int, noun: bool) -> bool:
        """Whether the person named at `s0` may be what a pronoun or role at `at` points back to: not
        a complement ("la mère de X"), not inside quoted words, and for a noun phrase not in its own
        sentence."""
        begin = self.text.rfind("\n", 0, s0) + 1
        piece = self.text[begin:s0]
        if not _marks_closed(piece):
            return False
        ends = list(_SENTENCE_END.finditer(self.text, begin, s0))
        opening = _OPENING_OF.match(self.text, ends[-1].end() if ends else begin, s0)
        topic = opening is not None and opening.end() == s0 and not _person_noun(opening.group(1).lower())
        if re.search(r"\b(?:de|d['’]|du|des)\s*$", self.text[max(begin, s0 - 6) : s0]) and not topic:
            return False  # (but "Les auditions de Jérôme Kerviel accablent ...": what the sentence is about)
        return not noun or _SENTENCE_END.search(self.text, s0, at) is not None

    def topic(self, at: int, gender: str | None = None) -> _Speaker | None:
        """The person "l'intéressé" ("le principal intéressé a rejeté toute faute") stands for: the
        one talked about, not the one talking: the last person (or named role) named in full before `at` who is not
        the last speaker, of the noun's gender when known (None when there is no such person)."""
        last_id = self.last.id if self.last is not None and self.last_at < at else None  # (not itself)
        named = sorted((m.start, e) for e in self.entities if e.type in ("PER", "ROLE") for m in e.mentions)
        for s0, e in reversed(named):
            fits = gender is None or self.gender.get(e.id) in (None, gender)
            if s0 < at and e.id != last_id and fits and len(e.name.split()) > 1:
                return _Speaker(e.id, e.name)
        return None

    def paragraph_person(self, at: int, gender: str | None = None, noun: bool = False) -> _Speaker | None:
        """A new paragraph that introduces someone before its quote ("Le directeur de l'entrepôt,
        Karim Belkacem, ne cache pas son désarroi. « ... »", "Marie Le Goff est potière ... « ... »")
        hands the floor to them: when the last speaker spoke before this paragraph, the last person
        who is a subject in it before `at`, else the one person it names (of the gender when known);
        None when the last speaker spoke in this paragraph, or it names no one or several people.
        For a noun phrase (`noun`: "a expliqué le juge"), not a person named in its own sentence."""
        begin = self.text.rfind("\n", 0, at) + 1
        if self.last is not None and self.last_at >= begin:
            return None

        def fits(eid: str) -> bool:
            return gender is None or self.gender.get(eid) in (None, gender)

        def outside(s0: int) -> bool:  # not a name inside quoted words ("« ... M. Leonetti »")
            piece = self.text[begin:s0]
            return _marks_closed(piece)

        def complement(s0: int) -> bool:  # "La mère de Mohamed": not Mohamed
            if noun and _SENTENCE_END.search(self.text, s0, at) is None:
                return True  # "X a obtenu un non-lieu, au motif que « ... », a expliqué le juge": not X
            return re.search(r"\b(?:de|d['’]|du|des)\s*$", self.text[max(begin, s0 - 6) : s0]) is not None

        subjects = [
            e for s0, e in self.subjects
            if begin <= s0 < at and e.type == "PER" and fits(e.id) and outside(s0) and not complement(s0)
        ]  # fmt: skip
        # (not a person named after a subject pronoun: "Il a appelé Poutine à ...", the paragraph
        # goes on about someone already known, it introduces no one)
        named = {
            e.id: e for s0, e in self.persons
            if begin <= s0 < at and outside(s0) and not complement(s0) and not _SUBJECT_PRONOUN.search(self.text, begin, s0)
        }  # fmt: skip
        ent = subjects[-1] if subjects else next(iter(named.values())) if len(named) == 1 else None
        if ent is None or not fits(ent.id):
            return None
        if gender is not None:
            self.told[ent.id] = gender  # "écrit-elle": a later "il" is someone else
        return self.remember(_Speaker(ent.id, ent.name), at)

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
        opened = self.paragraph_person(at, gender)
        if opened is not None:
            return opened
        recent = last is not None and 0 <= at - self.last_at < 800
        person = last is not None and (last.id in self.person_ids or not self.persons)
        known = (self.gender.get(last.id) if last.id else self.phrase_gender.get(last.name or "")) if last is not None else None
        agrees = last is not None and (gender is None or known in (None, gender))
        agrees = agrees and (gender is None or last is None or self.told.get(last.id or "") in (None, gender))
        if recent and person and agrees:
            return last  # "a-t-il ajouté": the speaker of the last quote goes on
        between = any(self.last_at < s0 < at for s0, _ in self.persons)
        if last is not None and agrees and 0 <= at - self.last_at < 300 and not between:
            return last  # "Le Parisien avait indiqué ... Il avait indiqué": no person came between
        subject = self.subject_just_before(at, gender)
        if subject is not None:
            return subject  # "X s'est défendu : « ... », a-t-il déclaré. Il a rejeté ...": the last subject
        found = self.person_before(at, gender)
        if found is None and last is None:
            # "Le préfet a été clair. Il n'y aura « aucune tolérance », a-t-il prévenu.": no one named
            # yet, the role that was the subject of a sentence just before, of the pronoun's gender
            roles = [(s0, phrase) for s0, phrase, g in self.roles if 0 < at - s0 < 400 and g in (None, gender) or gender is None and 0 < at - s0 < 400]
            if roles:
                return self.remember(_Speaker(None, roles[-1][1]), at)
        return found if found is not None else last

    def subject_just_before(self, at: int, gender: str | None = None) -> _Speaker | None:
        """The person subject of the sentence just before `at` (no other person named since, at most
        a sentence or two away), when no known gender contradicts: a pronoun subject's likeliest
        antecedent, before a person named further back whose gender is known."""
        before = [(s0, e) for s0, e in self.subjects if s0 < at and e.type == "PER"]
        if not before:
            return None
        s0, ent = before[-1]
        if at - s0 > 500 or gender is not None and gender != self.gender.get(ent.id, gender) or gender != self.told.get(ent.id, gender) and gender is not None:
            return None
        if any(s0 < m0 < at and other.id != ent.id for m0, other in self.persons):
            return None
        return self.remember(_Speaker(ent.id, ent.name), at)


def _addresses(subject: Span) -> bool:
    """The verb of this subject has an indirect object pronoun before it ("le juge lui a demandé")."""
    verb = subject.root.head
    return any(
        c.lower_ in ("lui", "leur") and c.i < verb.i and c.dep_ in ("iobj", "obj", "obl:arg", "expl:comp")
        for c in verb.children
    ) or any(t.lower_ in ("lui", "leur") for t in subject.doc[subject.end : min(verb.i, subject.end + 3)])


# Indefinite pronouns that name some people, not anyone named before ("Certains estiment que").
_SOME = frozenset(["certains", "certaines", "d'autres", "plusieurs", "beaucoup", "la plupart", "quelques-uns", "quelques-unes", "nombre d'entre eux"])
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def _marks_closed(piece: str) -> bool:
    """Whether every quote mark opened in `piece` is closed in it (what follows is outside quoted words)."""
    return piece.count("«") <= piece.count("»") and piece.count("“") <= piece.count("”") and piece.count('"') % 2 == 0

# A sentence opening on a noun and its complement, the person named there: "Les auditions de X".
_OPENING_OF = re.compile(r"\s*(?:l[ea]s?\s+|l['’]\s*|une?\s+)(?:\w+\s+)?(\w+)\s+d(?:e\s+|u\s+|es\s+|['’]\s*)", re.IGNORECASE)
_KIN = frozenset(["mère", "père", "fils", "fille", "frère", "sœur", "femme", "mari", "épouse", "époux", "proche", "proches", "ami", "amie", "compagne", "compagnon", "parents", "entourage", "maman", "papa"])


def _person_noun(word: str) -> bool:
    """A noun naming a person by a tie to another ("la mère de X", "l'avocat de X", "un proche de X")."""
    return word in _KIN or word in _ANAPHORIC or _agent_noun(word)


_VOICE = re.compile(r"\s*,?\s*par\s+la\s+voix\s+d(?:e\s+|u\s+|es\s+|['’]\s*)")
# Works that speak for their author ("le livre dénonce"), and the author named with one.
_WORKS = frozenset(["livre", "ouvrage", "essai", "roman", "récit"])
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Ii]l|[Ee]lle)\b")
_AUTHOR_BEFORE = re.compile(r"\b(?:livre|ouvrage|essai|roman|récit)s?\b[^.;:!?\n]{0,50}\bd(?:e\s+|['’]\s*)$")
# A role noun tied to a name: "l'imam de la mosquée de Beaucaire (Gard), Yassin E.", "la
# toxicologue Anne Morel" (before the name) and "Antony Fastier, toxicologue", "Vicky Kyriaco, la
# directrice" (after it).
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?:([A-ZÉ][a-zà-ÿ]+)\s+)?([a-zà-ÿ][a-zà-ÿ-]{2,})(?:\s+[^,.;:!?\n«»“”\"]{0,80},)?\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s*)?$"
)  # (a title may stand before the name: "l'avocat de la victime, Me Julien Perrin")
_ROLE_AFTER = re.compile(r"\s*,\s*(?:(?:le|la|l['’]|un|une)\s*)?([a-zà-ÿ][a-zà-ÿ-]{2,})\b")
_NOT_ROLE = frozenset(["plus", "moins", "même", "fois", "selon", "dont", "qui", "que", "ont", "avait", "est", "était", "ainsi", "aussi", "alors", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd", "demain"])


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
