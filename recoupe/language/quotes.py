"""Quotes and their speakers, on the spaCy parse: direct, indirect (reporting verbs, "selon") and mixed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from recoupe.language import marks
from recoupe.model import Entity, Quote

# Lemmas of verbs that report speech (French, then English). The model lemmatises a few
# participles oddly ("démenti" -> "démentir" but "nié" -> "nier"), so both forms are listed.
REPORTING = frozenset(
    ["déclarer", "affirmer", "dire", "annoncer", "préciser", "ajouter", "estimer", "assurer", "expliquer", "indiquer", "souligner", "confirmer", "démentir", "nier", "écrire", "noter", "répondre", "rappeler", "reconnaître", "avertir", "prévenir", "accuser", "juger", "promettre", "insister", "qualifier", "alerter", "appeler", "demander", "exhorter", "révéler", "raconter", "admettre", "déplorer", "dénoncer", "regretter", "réclamer", "exiger", "martelé", "marteler", "lancer", "poursuivre", "conclure", "commenter", "confier", "tweeter", "publier", "menacer", "répliquer", "démentit", "contester", "réfuter", "rejeter", "jurer", "évoquer", "say", "tell", "state", "add", "claim", "deny", "confirm", "announce", "write", "insist", "warn", "argue", "note", "explain"]
)
DENIAL = frozenset(["démentir", "nier", "contester", "réfuter", "rejeter", "deny", "dismiss", "reject", "refute"])
_SUBJ = ("nsubj", "nsubj:pass", "expl:subj")
_PRON = frozenset(["il", "elle", "ils", "elles", "he", "she", "they", "-t-il", "-t-elle", "-il", "-elle", "t-il", "t-elle"])
# Nouns that stand for a person named before ("le responsable a précisé").
_ANAPHORIC = frozenset(["responsable", "dirigeant", "porte-parole", "président", "ministre", "chef", "diplomate", "officiel"])
_SELON = re.compile(r"\b(?:[Ss]elon|[Dd]'après|[Dd]’après|[Aa]ccording to)\s+")
# Shortest direct quote that is speech rather than a scare-quoted word or a title.
_MIN_WORDS = 4


@dataclass
class _Speaker:
    id: str | None
    name: str | None


def _entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end), persons first."""
    hits = [
        e for e in entities for m in e.mentions if m.start < end and start < m.end
    ]
    hits.sort(key=lambda e: (e.type != "PER", e.type == "ROLE"))
    return hits[0] if hits else None


def _subject(verb: Token) -> Span | None:
    for tok in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass"))):
        for child in tok.children:
            if child.dep_ in _SUBJ:
                return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


class _Resolver:
    """Turns subject phrases into speakers; remembers the last named speaker for pronouns."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = entities
        self.last: _Speaker | None = None
        self.last_at = -1
        self.persons = sorted(
            ((m.start, e) for e in entities if e.type == "PER" for m in e.mentions), key=lambda p: p[0]
        )
        self.subjects: list[tuple[int, Entity]] = []

    def note_subjects(self, doc: Doc) -> None:
        """Persons that are grammatical subjects: the likeliest antecedents of a later "il"."""
        for tok in doc:
            if tok.dep_ in _SUBJ:
                ent = _entity_at(self.entities, tok.idx, tok.idx + len(tok.text))
                if ent is not None and ent.type in ("PER", "ROLE"):
                    self.subjects.append((tok.idx, ent))

    def speaker(self, subject: Span | None, at: int) -> _Speaker | None:
        if subject is None:
            return None
        text = subject.text.strip()
        if text.lower() == "qui" and subject.root.head.dep_ == "acl:relcl":
            noun = subject.root.head.head  # "le porte-parole du Kremlin, Dmitri Peskov, qui a déclaré"
            subject = noun.doc[noun.left_edge.i : subject.start]
            text = subject.text.strip()
        if subject.root.lemma_.lower() in _ANAPHORIC and _entity_at(self.entities, subject.start_char, subject.end_char) is None:
            return self.antecedent(subject.start_char)
        if text.lower() in _PRON or (len(subject) == 1 and subject[0].pos_ == "PRON"):
            return self.antecedent(at)
        ent = _entity_at(self.entities, subject.start_char, subject.end_char)
        if ent is not None and ent.type in ("PER", "ROLE"):
            found = _Speaker(ent.id, ent.name)
        elif ent is not None:
            found = _Speaker(ent.id, text if len(text) < 80 else ent.name)
        elif len(text) < 80 and subject.root.pos_ in ("NOUN", "PROPN"):
            found = _Speaker(None, text)
        else:
            return None
        self.last, self.last_at = found, subject.start_char
        return found

    def antecedent(self, at: int) -> _Speaker | None:
        """A pronoun's person: the last speaker, else the last person named before `at`."""
        if self.last is not None and self.last.id is not None and at - self.last_at < 800:
            return self.last  # "a-t-il ajouté": the speaker of the last quote goes on
        subj = [e for s, e in self.subjects if s < at]
        if subj:
            return _Speaker(subj[-1].id, subj[-1].name)
        before = [e for s, e in self.persons if s < at]
        return _Speaker(before[-1].id, before[-1].name) if before else self.last


def _cues(sent: Span, quoted: list[tuple[int, int]]) -> list[Token]:
    return [
        t
        for t in sent
        if t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in REPORTING
        and not any(s <= t.idx < e for s, e in quoted)
    ]


def extract(doc: Doc, text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Every quote of the article with its speaker, cue and denial flag, in text order."""
    resolver = _Resolver(entities)
    resolver.note_subjects(doc)
    quoted = marks.spans(text)
    direct = [(s, e) for s, e in quoted if len(text[s:e].split()) >= _MIN_WORDS]
    out: list[Quote] = []
    used_sents: set[int] = set()
    sents = list(doc.sents)
    for sent in sents:
        s0, s1 = sent.start_char, sent.end_char
        inside = [(s, e) for s, e in direct if s0 <= s < s1 or s0 < e <= s1]
        cues = _cues(sent, quoted)
        if inside:
            used_sents.add(sent.start)
            merged = _merge_interrupted(text, inside)
            for qs, qe in merged:
                if out and out[-1].start <= qs < out[-1].end:
                    continue  # a quote that spans sentences was already taken
                speaker, cue = None, None
                for cand in sorted(cues, key=lambda t: min(abs(t.idx - qs), abs(t.idx - qe))):
                    speaker = resolver.speaker(_subject(cand), qs)
                    if speaker is not None:
                        cue = cand
                        break
                if speaker is None:
                    speaker = _colon_speaker(doc, text, qs, resolver) or resolver.last
                out.append(_quote(text, qs, qe, True, speaker, cue))
            continue
        for cue in cues:
            span = _indirect_span(sent, cue, text)
            if span is None:
                continue
            subject = _subject(cue)
            if span[1] <= cue.idx:  # an incise: "..., a ajouté Peskov." names the speaker after the verb
                late = _entity_at(entities, cue.idx, sent.end_char)
                if late is not None and late.type in ("PER", "ROLE"):
                    speaker = _Speaker(late.id, late.name)
                    resolver.last, resolver.last_at = speaker, cue.idx
                    out.append(_quote(text, span[0], span[1], False, speaker, cue))
                    used_sents.add(sent.start)
                    break
                if subject is not None and subject.start_char < cue.idx - 2 and subject.text.lower() not in _PRON:
                    subject = None  # the parser took the reported clause's subject for the speaker
            speaker = resolver.speaker(subject, cue.idx) if subject is not None else resolver.antecedent(cue.idx)
            if speaker is None:
                continue
            out.append(_quote(text, span[0], span[1], False, speaker, cue))
            used_sents.add(sent.start)
            break
        else:
            selon = _selon(sent, text, resolver)
            if selon is not None:
                out.append(selon)
                used_sents.add(sent.start)
    return sorted(out, key=lambda q: q.start)


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
    return resolver.speaker(_subject(verbs[-1]), qs) if verbs else None


def _indirect_span(sent: Span, cue: Token, text: str) -> tuple[int, int] | None:
    """The reported content of a cue: its `que` clause, or the clause before an incise."""
    end = sent.end_char
    while end > sent.start_char and text[end - 1] in " \n.;!?":
        end -= 1
    after = [t for t in sent if t.i > cue.i]
    # "..., a ajouté Peskov." / "..., a-t-il déclaré." : the content is before the incise.
    tail = text[cue.idx + len(cue.text) : end]
    head = text[sent.start_char : cue.idx]
    if re.search(r",\s*(?:a|avait|ont|aurait)?(?:-t-(?:il|elle))?\s*$", head) and len(tail.split()) <= 8:
        cut = head.rstrip().rfind(",")
        start = sent.start_char
        if cut > 0 and len(text[start : start + cut].split()) >= 3:
            return start, start + cut
        return None
    for t in after[:6]:
        if t.lower_ in ("que", "qu'", "qu’", "that", ":") or t.text.startswith("qu"):
            start = t.idx + len(t.text)
            if t.lower_ in ("qu'", "qu’"):
                start = t.idx + len(t.text)
            content = text[start:end].strip()
            if len(content.split()) >= 3:
                return start + (len(text[start:end]) - len(text[start:end].lstrip())), end
    if cue.lemma_.lower() in DENIAL and after:
        # "a démenti les informations selon lesquelles elle serait encerclée": what is denied
        start = after[0].idx
        clause = re.search(r",\s*(?:ajoutant|affirmant|précisant|assurant|soulignant)\b", text[start:end])
        stop = start + clause.start() if clause else end
        if len(text[start:stop].split()) >= 2:
            return start, stop
    inf = [t for t in after[:4] if "Inf" in t.morph.get("VerbForm", [])]
    if inf and cue.lemma_ in ("déclarer", "affirmer", "dire", "assurer", "annoncer", "nier", "démentir", "estimer"):
        start = inf[0].idx
        if len(text[start:end].split()) >= 3:
            return start, end
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
    if m.start() < 3 and comma > 0:  # "Selon X, content"
        source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
        start, stop = comma + 1, end
    else:  # "content, selon X"
        source = sent.doc.char_span(src_start, end, alignment_mode="expand")
        start, stop = s0, s0 + m.start()
        while stop > start and text[stop - 1] in " ,":
            stop -= 1
    if source is None or len(text[start:stop].split()) < 3:
        return None
    speaker = resolver.speaker(source, src_start)
    if speaker is None:
        return None
    while start < stop and text[start] == " ":
        start += 1
    return Quote(text[start:stop], start, stop, False, speaker.id, speaker.name, "selon", False)


def _quote(text: str, start: int, end: int, direct: bool, speaker: _Speaker | None, cue: Token | None) -> Quote:
    lemma = cue.lemma_.lower() if cue is not None else None
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        direct=direct,
        speaker_id=speaker.id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        cue=lemma,
        denial=lemma in DENIAL if lemma else False,
    )
