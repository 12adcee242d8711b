"""Who speaks through a cue: its subject, the phrase after an inverted cue, the place of an impersonal "on"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from recoupe.language.quotes.cues import _adverbial_between_commas, _is_incise
from recoupe.language.quotes.lexicon import (
    _ANAPHORIC,
    _DEMONSTRATIVE,
    _DOC_NOUNS,
    _DOCUMENTS,
    _ORG_NOUNS,
    _POSSESSIVE,
    _PRON,
    _TITLE_ONLY,
)
from recoupe.language.quotes.records import _Speaker
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.syntax import (
    _agent_of_participle,
    _described,
    _entity_at,
    _gender_of,
    _head_noun,
    _subject,
)
from recoupe.model import Entity

# "comme le dit", "comme l'écrivait", "ainsi que l'a rappelé": the cue of a clause of comparison.
_AS_SAID = re.compile(r"\b(?:[Cc]omme|[Aa]insi\s+que)\s+(?:l['’]\s*|le\s+|la\s+)?(?:(?:a|avait)\s+)?$")
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
    plural = [
        w for w in cue.doc[max(0, cue.i - 2) : cue.i]
        if w.lower_.lstrip("-") in ("ils", "elles") and (w.text.startswith("-") or w.i > 0 and w.nbor(-1).text == "-")
    ]  # "», ont-elles expliqué": an inverted plural pronoun  # fmt: skip
    if plural:
        return resolver.group(cue.idx, plural[-1].text.lstrip("-"))
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
    if subject is not None and subject.start_char < cue.idx and subject.text[:1] in "«“\"":
        # '"Il veut faire parler de lui"Bernard Quilfen, ..., regrette que': the parser took the words
        # of a quote glued before the name for the subject; the person after the quote is it
        shut = re.search(r"[»”\"]", text[subject.start_char + 1 : cue.idx])
        past = subject.start_char + 1 + shut.end() if shut is not None else cue.idx
        glued = [e for s0, e in resolver.persons if past <= s0 < cue.idx and e.type == "PER"]
        if glued:
            return resolver.remember(_Speaker(glued[0].id, glued[0].name), past)
    if subject is not None and len(subject) == 1 and subject.start == sent.start and "Part" in subject[0].morph.get("VerbForm", []):
        subject = None  # "Interrogée sur ce point, X s'est dite ...": the opening participle is no subject
    received = _agent_of_participle(subject.root) if subject is not None else None
    if received is not None:
        subject = received  # (the reported clause still starts where the parser's subject ends)
    if subject is not None and subject.start_char > cue.idx and _AS_SAID.search(text, max(0, cue.idx - 30), cue.idx):
        # "Comme le dit très bien X dans son essai, « ... »": the subject of a clause of comparison
        # stands after its verb
        return resolver.speaker(subject, cue.idx)
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
_ON_PREP = r"(?P<prep>[Dd]ans|[Vv]ia|[Ss]ur(?=\s+(?:[A-ZÉ]|le\s+site|son\s+site|les\s+ondes))|[Cc]hez|[Dd]u\s+côté\s+d(?:e|u|es)|[Aa]uprès\s+d(?:e|u|es)|[AaÀà]|[Aa]u|[Aa]ux)"
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
# Prepositions whose phrase after an inverted cue may still name the source ("auprès de la police").
_SOURCE_CASES = frozenset(["auprès", "de", "d'", "d’", "du", "des", "par"])
_SKIP_TAIL = frozenset(["également", "encore", "aussi", "ainsi", "alors", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir"])


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
    # (not a person after a word: "dit Reyes à Saez" names the one he writes to)
    named = apposed or [
        e for s0, e in resolver.persons
        if span.start_char <= s0 <= span.end_char + 3 and s0 not in of and not re.search(r"\n|\w", text[span.end_char : s0])
    ]  # fmt: skip
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
            found = resolver.last_subject(cue.idx) or resolver.person_before(cue.idx, _gender_of(span), noun=True)
    if found is None and "même source" in span.text.lower() and resolver.last is not None:
        found = resolver.last  # "a-t-on précisé de même source"
    if found is None and definite and _head_noun(span) in _DOC_NOUNS:
        # "ajoute le quotidien économique": the paper the text named so ("le quotidien La Tribune");
        # "ajoute le communiqué" stays the document; "a ajouté cette source": the last source
        found = resolver.linked(span, cue.idx)
        if found is None and _head_noun(span) in _DOCUMENTS:
            found = _Speaker(None, span.text)
        found = found or resolver.last
    if found is None and definite and resolver.shared(span):
        found = _Speaker(None, span.text)  # "l'avocat" after two lawyers named: either, so the role
    if found is None and definite:
        found = resolver.linked(span, cue.idx)  # "plaide l'imam": the name the text ties to "imam"
    if found is None and definite and _head_noun(span) in _ORG_NOUNS and len(span) <= 4:
        found = resolver.organisation(span, cue.idx)  # "déplore l'organisation", "s'interroge le syndicat"
    if found is None and definite and _head_noun(span) in _ANAPHORIC:
        if span[0].lower_ in _POSSESSIVE:
            found = _Speaker(None, span.text)  # "son porte-parole": named later, if at all (see _cataphora)
        else:
            found = resolver.person_before(cue.idx, _gender_of(span), role=_described(span), noun=True)  # "a déclaré le président"
    if found is None:
        ent = _entity_at(entities, span.start_char, span.end_char)
        found = _Speaker(ent.id if ent else None, span.text)
    resolver.last, resolver.last_at = found, cue.idx
    return found
