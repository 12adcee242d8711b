"""Direct quotes: the sentence units they are read in, and the speaker of each quoted span."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from recoupe.language import marks
from recoupe.language.quotes.cues import _INCISE_FORMS, _INCISE_ONLY, _is_incise, _subordinate
from recoupe.language.quotes.lexicon import _MIN_WORDS, _SUBJ, _reporting
from recoupe.language.quotes.passes import _open_at
from recoupe.language.quotes.records import _quote, _Speaker
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.selon import _selon_after, _selon_speaker
from recoupe.language.quotes.speakers import _cue_speaker
from recoupe.language.quotes.syntax import _entity_at, _subject, _token_at
from recoupe.model import Entity, Quote

_INNER_INCISE = re.compile(r",\s*\w+(?:-t)?-(il|elle)\b")


def _units(doc: Doc, text: str, quoted: list[tuple[int, int]]) -> list[Span]:
    """The parser's sentences, joined where it cut inside one line: after a lone quote mark, inside
    a quoted span, after no final stop, or before a piece opening with a comma (`"...", a affirmé X`)."""
    out: list[Span] = []
    for sent in doc.sents:
        if out:
            prev = out[-1]
            opening = prev[-1] if not prev[-1].is_space or len(prev) < 2 else prev[-2]
            said = any(
                prev.start_char <= s and e < opening.idx and (len(text[s:e].split()) >= _MIN_WORDS or _short_said(text, s, e))
                for s, e in quoted
            )  # (the sentence before holds a quote of its own)
            if said and opening.text in ("«", "“") and opening.i > prev.start and text[prev.start_char : opening.idx].rstrip()[-1:] in (".", "!", "?", "…"):
                # "..., a assuré X. «" + "Rien ne manque », ...": the parser left the opening mark of
                # the next sentence's quote at this one's end
                out[-1] = doc[prev.start : opening.i]
                out.append(doc[opening.i : sent.end])
                continue
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
                    cut = _INNER_CUE.search(text[max(qs, m.start - 40) : m.start])
                    if ent.type == "PER" and qs < m.start < qe and cut and _INNER_NAMED_END.match(text, m.end) and _incise_verb(doc, m.start - len(cut.group(0)) + cut.start(1) - cut.start(), cut.group(1)):
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
            speaker = _signed(text, qe, entities) or resolver.paragraph_person(qs) or resolver.last
            if speaker is None and len(body.split()) >= 12 and marks._line_start(text, _open_at(text, qs)):
                speaker = resolver.person_before(qs)
            if speaker is None:
                continue
            resolver.remember(speaker, qs)
        found.append(_quote(text, qs, qe, True, speaker, cue))
    return found


# The cue of a named incise inside the marks, before the name: ", jure ", ", a annoncé ", ", a
# souligné le préfet " (an auxiliary before it, a role noun after it).
_INNER_CUE = re.compile(r",\s*(?:(?:a|avait|ont|avaient)\s+)?([a-zà-ÿ]+)\s+(?:(?:le|la|l['’])\s*[a-zà-ÿ-]+\s+)?$")


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
        subjects = [
            c for c in tok.children
            if c.i > tok.i and c.idx < qe and (c.dep_ in _SUBJ or c.dep_ == "obj" and _closed_by_comma(c))
        ]  # ("Pourtant, assure un analyste, le contrôle ...": the parser may read the subject as an object)
        subject = None
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            subject = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
        else:  # the parser hung the subject on the phrase before it ("dans un communiqué l'Américain")
            m = _INNER_TAIL.match(text, tok.idx + len(tok.text), qe)
            subject = doc.char_span(m.start("np"), m.end("np"), alignment_mode="expand") if m else None
        if subject is not None and subject.start > tok.i and subject.end_char <= qe:
            return resolver.speaker(subject, tok.idx)
    return None


def _closed_by_comma(tok: Token) -> bool:
    """A noun phrase that a comma (or a stop) ends right after it, as an inverted incise's subject."""
    end = tok.right_edge.i + 1
    return tok.pos_ in ("NOUN", "PROPN") and end < len(tok.doc) and tok.doc[end].text in (",", ".")


_INNER_TAIL = re.compile(
    r"(?:\s+(?:dans|à|au|sur|devant)\s+(?:(?:un|une|le|la|les|son|sa|ses)\s+|l['’]\s*)?[\w-]+)?"
    r"\s+(?P<np>(?:(?:le|la|les)\s+|l['’]\s*)[\w-]+|[A-ZÉÈ][\w-]+(?:\s+[A-ZÉÈ][\w-]+)?)\s*(?=[,.;]|\s+qui\b)"
)


# Words that open a sentence, not a signature, before a name ("Pour X, ...", "Selon X, ...").
_LINE_LEAD = re.compile(
    r"(?:Pour|Selon|Chez|Dans|Avec|Après|Avant|Depuis|Sur|Sous|Pendant|Entre|Contre|Comme|Quand|Mais|Et|Or|"
    r"Le|La|Les|Un|Une|Des|En|À|Au|Aux|De|Du|Face|Outre|Malgré|Ainsi|Alors|Enfin|Puis|Aussi)\s"
)


# A name that opens a sentence, not a signature: a relative clause or a stressed pronoun after it.
_SENTENCE_AFTER_NAME = re.compile(r"[^,\n]{2,60},\s*(?:qui|que|qu['’]|dont|lui|elle|eux|elles)\b")


def _signed(text: str, qe: int, entities: Sequence[Entity]) -> _Speaker | None:
    """The person who signs a quote standing alone on its line(s): the next line opens with their
    name and a comma or ends with it ("« ... »\nLaurence Bloch, directrice de France Inter, 2019")."""
    m = re.match(r"[\s.…!?]*[»”\"]?[ \t]*\n", text[qe:])
    if m is None:
        return None
    at = qe + m.end()
    line = text[at : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    if _SENTENCE_AFTER_NAME.match(line) or len(line.split()) > 15 and line.rstrip().endswith("."):
        return None  # "Armstrong, qui fait son retour ..., disputera le Giro.": a sentence, no signature
    for e in entities:
        if e.type == "PER" and any(x.start == at and re.match(r"\s*(?:,|$)", text[x.end : x.end + 2], re.M) for x in e.mentions):
            return _Speaker(e.id, e.name)
    # a name the recogniser missed: two to four capitalised words, then a comma and what they do
    if _LINE_LEAD.match(text, at):
        return None  # "Pour Marc Delmas, entomologiste, ...": a sentence opening, not a signature
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


def _merge_interrupted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """«part one», a-t-il ajouté, «part two» is one quote."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and re.fullmatch(r"[\W]*,[^.!?«»“”\"]{0,60},[\W]*", text[merged[-1][1] : s]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


# A sentence end with no space after it, as pasted web and wire text has them ("... incompréhension.Sur").
_GLUED_END = re.compile(r"[a-zà-ÿ]{3}[.!?…][A-ZÉÈÀ][a-zà-ÿ]")


def _colon_speaker(doc: Doc, text: str, qs: int, resolver: _Resolver) -> _Speaker | None:
    """A quote opened after a colon belongs to the subject of the clause before the colon."""
    before = text[max(0, qs - 4) : qs]
    if ":" not in before:
        return None
    # "Hélène Marchal : « ... »" (an interview's answer, a name heading its words): a name alone
    # between the start of the line and the colon
    line = text.rfind("\n", 0, qs) + 1
    head = re.match(r"[ \t]*(?:[-–—•*][ \t]*)?(?P<name>[^\n:]{2,60}?)[ \t]*:[ \t]*[«“\"]?[ \t]*$", text[line:qs])
    if head is not None:
        at = line + head.start("name")
        named = _entity_at(resolver.entities, at, line + head.end("name"))
        if named is not None and named.type in ("PER", "ORG") and any(m.start == at and m.end == line + head.end("name") for m in named.mentions):
            return resolver.remember(_Speaker(named.id, named.name), at)
        # (the tagger may miss a name in a heading it reads elsewhere: "Entretien\nJulie Besson : « ... »")
        same = [e for e in resolver.entities if e.type == "PER" and any(m.text == head.group("name") for m in e.mentions)]
        if named is None and len(same) == 1 and len(head.group("name").split()) >= 2:
            return resolver.remember(_Speaker(same[0].id, same[0].name), at)
    # "Réaction de la maire, Sophie Garnier : « ... »", "Même son de cloche chez X : « ... »": a
    # phrase with no verb before the colon, naming a person
    stop = text.rfind(":", 0, qs)
    begin = max(text.rfind("\n", 0, stop) + 1, max((text.rfind(c, 0, stop) + 1 for c in ".!?"), default=0))
    phrase = doc.char_span(begin, stop, alignment_mode="expand") if begin < stop else None
    if phrase is not None and len(phrase) and not any(t.pos_ in ("VERB", "AUX") for t in phrase):
        people = sorted(((m.start, e) for e in resolver.entities if e.type == "PER" for m in e.mentions if begin <= m.start < stop), key=lambda p: p[0])
        if people:
            return resolver.remember(_Speaker(people[0][1].id, people[0][1].name), people[0][0])
    glued = list(_GLUED_END.finditer(text, max(0, qs - 300), qs))  # "incompréhension.Sur l'antenne": a sentence end
    span = doc.char_span(glued[-1].start() + 4 if glued else max(0, qs - 300), qs, alignment_mode="expand")
    if span is None:
        return None
    # (a copula's attribute heads its clause when its subject is someone: "X a été très clair :
    # « ... »", not "l'idée était mauvaise : « ... »")
    verbs = [
        t for t in span
        if (t.pos_ == "VERB" or t.pos_ == "ADJ" and any(c.dep_ == "cop" for c in t.children) and _someone(_subject(t), resolver))
        and _subject(t) is not None
    ]  # fmt: skip
    # "Mohammed, cadre, a assisté au prêche qui a suivi le message : « ... »": the clause's own
    # subject, not a relative clause's "qui"
    main = [t for t in verbs if t.sent.start <= span[-1].i and (_subject(t) or span).text.lower() not in ("qui", "que", "qu'", "qu’")]
    own = [t for t in main if t.sent == span[-1].sent]
    if own:
        return resolver.speaker(_subject(own[-1]), qs)
    return resolver.speaker(_subject(verbs[-1]), qs) if verbs else None


# A few quoted words that open a sentence and are followed by their own incise ("« Rien ne
# manque », a répliqué X", "« Jamais ! », s'est-il exclamé"): speech, however short.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…»”:]\s*|\n)\s*[«“\"]\s*$")
_OWN_INCISE = re.compile(
    r"\s*[.!?…]?\s*[»”\"]\s*,\s*(?:(?:lui|leur|nous|vous|me|m['’])\s*)?(?:(?:a|avait|ont|avaient)(?:-t-(?:il|elle)|-(?:ils|elles))?\s+|s['’]\s*)?"
    r"(?!(?:selon|d['’]après|comme|mais|et|ou|dont|qui|que|qu['’]|car|donc|puis|alors)\b)[a-zà-ÿ]+(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\b"
)  # (a link word or a source after the comma is no incise: "« Redoutable », selon un collègue, ...")


def _short_said(text: str, start: int, end: int) -> bool:
    piece = text[start:end].strip()
    return (
        len(piece.split()) >= 2 and piece[:1].isupper()
        and _OPENS_SENTENCE.search(text, max(0, start - 6), start) is not None
        and _OWN_INCISE.match(text, end) is not None
    )


def _someone(subject: Span | None, resolver: _Resolver) -> bool:
    """A named person or organisation, or a personal pronoun."""
    if subject is None:
        return False
    if subject.root.lower_ in ("il", "elle", "ils", "elles"):
        return True
    named = _entity_at(resolver.entities, subject.start_char, subject.end_char)
    return named is not None and named.type in ("PER", "ORG", "ROLE")

