"""Indirect speech: the clause a reporting verb introduces (que-clause, infinitive, object, request)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from recoupe.language.quotes.cues import _conditional, _is_incise, _subordinate
from recoupe.language.quotes.lexicon import (
    _INF_CUES,
    _NOUN_CUES,
    _REQUEST_CUES,
    _SECOND_CLAUSE,
    DENIAL,
    _lemma,
    _reporting,
)
from recoupe.language.quotes.records import _quote
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.speakers import _cue_speaker
from recoupe.language.quotes.syntax import _coordinated_verb, _subject
from recoupe.model import Entity, Quote


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
            if len(within) < 2 or _coordinated_verb(sent.doc, within[0][1], within[-1][0]) is not None:
                span = None  # (not "dénonce « ... » et assure que son client « ... »": two clauses)
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


# Words that open an indirect question ("si", "pourquoi", "comment", ...).
_ASKING = frozenset(
    [
        "si",
        "s'",
        "s’",
        "pourquoi",
        "comment",
        "quand",
        "combien",
        "où",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "lequel",
        "laquelle",
    ]
)
# Words that make a following "que" part of a conjunction ("alors que", "parce que"), not a report.
_NOT_REPORTED_QUE = frozenset(
    [
        "alors",
        "bien",
        "parce",
        "avant",
        "afin",
        "pour",
        "tandis",
        "dès",
        "ainsi",
        "sans",
        "après",
        "même",
        "plus",
        "moins",
        "tant",
        "pendant",
        "depuis",
        "lors",
        "sauf",
        "jusqu'à",
        "jusqu’à",
        "encore",
    ]
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
        second_verb = next(
            (t for t in after if t.dep_ == "conj" and t.head.i == cue.i and t.pos_ == "VERB"), None
        )
        if second_verb is not None:
            first = min((t for t in second_verb.subtree), key=lambda t: t.i)
            while first.i > cue.i + 1 and (
                first.nbor(-1).lower_ in ("et", "puis", "mais", ",") or first.nbor(-1).pos_ == "AUX"
            ):
                first = first.nbor(-1)
            stop = min(stop, first.idx)
            while stop > start and text[stop - 1] in " ,":
                stop -= 1
        if len(text[start:stop].split()) >= 2:
            return start, stop
    if _lemma(cue) in ("demander", "savoir", "interroger"):
        # an indirect question: "a demandé à l'accusé s'il avait ...", "ont voulu savoir pourquoi ..."
        for t in after[:8]:
            if t.pos_ in ("VERB", "AUX") or t.text in ',;:«»"“”':
                break
            if t.lower_ in _ASKING and (t.lower_ not in ("si", "s'", "s’") or t.dep_ == "mark"):
                edge = t.head.right_edge if t.head.i != cue.i else cue.right_edge  # the question's own clause
                stop = min(_next_report(sent, t, end), edge.idx + len(edge.text))
                main = next(
                    (
                        u
                        for u in sent.doc[t.i + 1 : sent.end]
                        if u.text == ","
                        and u.idx < stop
                        and u.i + 1 < sent.end
                        and u.nbor(1).dep_ in ("nsubj", "nsubj:pass")
                    ),
                    None,
                )
                stop = main.idx if main is not None else stop  # ", elle a répondu ...": the main clause
                while stop > t.idx and text[stop - 1] in " ,;":
                    stop -= 1  # (the question ends with the cue's clause: "Quand X lui a demandé si ..., elle a répondu")
                if len(text[t.idx : stop].split()) >= 3:
                    return t.idx, stop
                break
    for t in after[:14]:
        if t.pos_ in ("VERB",) and t.i > cue.i + 1 and "Part" not in t.morph.get("VerbForm", []):
            break  # another clause began before any "que"
        if t.pos_ == "VERB" and t.dep_ == "conj" and t.head.i == cue.i and _reporting(t):
            break  # "a annoncé avoir ..., mais souligné que ...": that "que" is the second cue's
        if t.pos_ == "SCONJ" and t.lower_ not in ("que", "qu'", "qu’", "that"):
            break  # "lorsqu'il a été confié": a clause of time or cause, not what was said
        if t.lower_ in ("que", "qu'", "qu’") and (
            t.i > 0
            and t.nbor(-1).lower_ in _NOT_REPORTED_QUE
            or any(
                o.dep_ == "obj"
                and o.pos_ == "NOUN"
                and o.i < t.i
                and any(d.dep_ == "det" for d in o.children)
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
            opened = any(c.dep_ == "mark" and c.i < cue.i for c in cue.children)  # ("Alors que", "Quand"; not a parse slip)
            if cue.dep_ == "advcl" and opened and cue.head.i > cue.right_edge.i and cue.right_edge.i > t.i:
                # "Alors que X avait affirmé qu'il ..., il a rejeté ...": the reported clause ends
                # with the subordinate clause, before the main clause it depends on
                last = cue.right_edge
                while last.i > t.i and (last.is_punct and last.text not in '»”"'):
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
        if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ',;:«»"“”':
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
            clause = _SECOND_CLAUSE.search(text, start, end) or re.compile(r",\s*[a-zà-ÿ]+ant\b").search(
                text, start, end
            )
            if clause is not None:
                stop = clause.start()  # ", provoquant le départ de ...": the consequence is not announced
            if len(text[start:stop].split()) >= 5:
                return start, stop
    # "a demandé à la justice de lui rendre ...": what a request asks for
    if _lemma(cue) in _REQUEST_CUES:
        for t in after[:8]:
            if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ',;:«»"“”':
                break
            if t.dep_ == "obj" and t.pos_ == "NOUN" and any(d.dep_ == "det" for d in t.children):
                break  # "a demandé le droit d'être ...": the noun's complement
            if t.lower_ in ("de", "d'", "d’") and t.i + 3 < sent.end:
                verb = next(
                    (w for w in t.doc[t.i + 1 : t.i + 4] if "Inf" in w.morph.get("VerbForm", [])), None
                )
                if verb is not None:
                    first = t.doc[t.i + 2] if t.doc[t.i + 1].text in '«“"' else t.doc[t.i + 1]
                    start = first.idx
                    if len(text[start:end].split()) >= 3:
                        return start, end
                break
    return None
