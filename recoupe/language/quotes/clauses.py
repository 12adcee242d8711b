"""Reported clauses without a que: "comme l'a dit X", "Pour X,", front incises, quoted objects, nouns of saying."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from recoupe.language.quotes.cues import _INCISE_FORMS, _is_incise
from recoupe.language.quotes.lexicon import _MIN_WORDS, _POUR_LEAD, _TITLE_ONLY, DENIAL, _lemma, _reporting
from recoupe.language.quotes.records import _quote, _Speaker
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.speakers import _cue_speaker, _tail_speaker
from recoupe.language.quotes.syntax import (
    _agent_of_participle,
    _coordinated_verb,
    _entity_at,
    _source_phrase,
    _subject,
    _token_at,
)
from recoupe.model import Entity, Quote

_COMME_FRONT = re.compile(r"\s*(?:(?:[Ee]t|[Mm]ais|[Oo]r)\s*,?\s*|[A-ZÉ][a-zéèêû]+\s*,\s*)?(?:[Cc]omme|[Aa]insi\s+que)\s+(?:l['’]\s*|le\s+|la\s+)?(?:a(?:vait)?\s+)?")
_SPACES = re.compile(r"\s*")
_COMME = re.compile(r",\s*(?:comme|ainsi\s+que)\s+(?:l['’]\s*|le\s+|la\s+)?(?:(?:l['’]|le|la)\s*)?(?:a(?:vait)?\s+)?$", re.IGNORECASE)


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
            elif spaces is not None:
                named = next((m for e in entities if e.type == "PER" for m in e.mentions if m.start == spaces.end()), None)
                if named is not None and re.match(r"\s*,", text[named.end :]):
                    comma = text.find(",", named.end, sent.end_char)  # "ainsi que l'a rappelé la ministre, X, <clause>"
                nxt = text.find(",", comma + 1, sent.end_char)
                role = sent.doc.char_span(comma + 1, nxt, alignment_mode="expand") if nxt > 0 else None
                if role is not None and len(role) and role[0].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in role) and re.match(r"\s*[«“\"]", text[nxt + 1 :]):
                    comma = nxt  # "Comme l'explique X, le secrétaire général de ..., « ... »": past the role
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
        return _front_named_incise(sent, text, resolver)
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


# "Et puis, ajoute Georges Pauget, il s'agit d'un plancher": an incise naming its speaker after an
# opening word, before the clause it reports.
_FRONT_NAMED = re.compile(
    r"\s*[^\W\d_][\w’' -]{0,24},\s*([a-zà-ÿ]+)\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s*)?([A-ZÉÈ][\w’'-]+(?:\s+[A-ZÉÈ][\w’'-]+){0,3})\s*,\s*"
)


def _front_named_incise(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    m = _FRONT_NAMED.match(sent.text)
    if m is None:
        return None
    verb = _token_at(sent.doc, sent.start_char + m.start(1))
    if verb is None or not (_reporting(verb) or verb.lower_ in _INCISE_FORMS):
        return None
    at, stop = sent.start_char + m.start(2), sent.start_char + m.end(2)
    named = next((e for e in resolver.entities if e.type in ("PER", "ORG") for x in e.mentions if x.start == at and x.end == stop), None)
    if named is None:
        return None
    start = sent.start_char + m.end()
    end = sent.end_char
    while end > start and text[end - 1] in " \n.;!?»”\"":
        end -= 1
    if len(text[start:end].split()) < 4:
        return None
    speaker = resolver.remember(_Speaker(named.id, named.name), at)
    cue = _lemma(verb)
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
                joined = _coordinated_verb(doc, piece[1], end)  # "parlent d'un « abandon » et appellent à ..."
                end = joined if joined is not None else end
                first = _token_at(doc, piece[0] + len(text[piece[0] : piece[1]]) - len(text[piece[0] : piece[1]].lstrip()))
                reflexive = cue.i > 0 and any(w.lower_ in ("s'", "s’", "se") for w in doc[max(sent.start, cue.i - 3) : cue.i])
                attribute = reflexive and first is not None and (first.pos_ == "ADJ" or first.dep_ == "xcomp" or "Part" in first.morph.get("VerbForm", [])) and len(text[piece[0] : piece[1]].split()) <= 4
                if attribute:
                    end = piece[1]  # "s'est dite « stupéfaite » par la méthode": the attribute is what she said
                    while end > piece[0] and text[end - 1] in " \u00a0\u202f":
                        end -= 1
                speaker = _cue_speaker(cue, sent, text, entities, resolver)
                if speaker is None or len(text[piece[0] : end].split()) < 2 and not attribute:
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
