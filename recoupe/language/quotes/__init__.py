"""Quotes and their speakers, on the spaCy parse: direct, indirect (reporting verbs, "selon") and mixed.

`extract` runs the rules sentence by sentence; the rules live in the modules of this package:
`lexicon` (shared word lists, the reporting-verb test), `records` (the speaker record, the Quote
builder), `syntax` (helpers over the parse), `resolver` (subject phrases to speakers), `cues`
(which tokens report speech), `speakers` (who speaks through a cue), `direct`, `indirect`, `selon`
and `clauses` (the forms of reported speech), `passes` (fragments joined, cataphora), `headings`
(quoted intertitles and pull quotes dropped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from recoupe.language import marks, speaker_model
from recoupe.language.quotes.clauses import (
    _COMME_FRONT,
    _comme,
    _front_incise,
    _noun_of_saying,
    _object_quote,
    _pour,
    _quoted_object,
)
from recoupe.language.quotes.cues import _cues, _is_incise
from recoupe.language.quotes.direct import _direct, _short_said, _units
from recoupe.language.quotes.headings import drop_headings
from recoupe.language.quotes.indirect import _indirect
from recoupe.language.quotes.lexicon import _MIN_WORDS, _SELON, _SELON_LEAD, _lemma
from recoupe.language.quotes.passes import _answers, _cataphora, _join_fragments
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.selon import _selon, _source_at_end
from recoupe.model import Entity, Quote


def extract(doc: Doc, text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Every quote of the article with its speaker, cue and denial flag, in text order.

    `doc` is the parse of the text as `analyse` gives it to the parser (reversed marks turned, see
    `marks.straighten`); quotes are read on the text with its marks turned the same way.
    """
    text = marks.straighten(text)
    resolver = _Resolver(entities, text)
    resolver.note_subjects(doc)
    quoted = marks.spans(text)
    direct = [(s, e) for s, e in quoted if len(text[s:e].split()) >= _MIN_WORDS or _short_said(text, s, e)]
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
            compared = _comme(sent, cues, text, entities, resolver) if _COMME_FRONT.match(sent.text) else None
            if compared is not None and all(compared.start - 2 <= s and e <= compared.end + 2 for s, e in inside):
                mixed = compared  # "Comme le dit X dans son essai, « ... »": the words after the source
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
            cut = re.search(r"[.!?…]\s+[«“\"]?\s*$", text[mixed.start : inside[0][0]]) if mixed is not None else None
            if mixed is not None and cut is not None:
                # "X et Y se sont affrontés. « ... », a lancé Z": the words reported start with the quote
                mixed = replace(mixed, text=text[mixed.start + cut.start() + 1 : mixed.end], start=mixed.start + cut.start() + 1)
            if mixed is not None and len(inside) == 1 and not re.search(r"\w", text[mixed.start : inside[0][0]] + text[inside[0][1] : mixed.end]):
                # "« Le dossier est complet », a assuré X": the clause reported is the quote itself
                mixed = replace(mixed, text=text[inside[0][0] : inside[0][1]], start=inside[0][0], end=inside[0][1], direct=True)
            found = [mixed] if mixed is not None else _direct(doc, sent, cues, inside, text, entities, resolver, out)
            if mixed is None:
                # ", expliquant qu'il espérait ...": reported clauses beside the direct quote
                used = {q.cue for q in found}
                # (a cue after every quote found is none of theirs, whatever the quotes took: "« ... » et
                # rappelle que ...")
                after_all = max((q.end for q in found), default=-1)
                rest = [c for c in cues if (_lemma(c) not in used or c.idx > after_all) and not _is_incise(c, text)]
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
    named = {m.start: (e.id, e.name, m.end) for e in entities if e.type == "PER" for m in e.mentions}
    out.extend(_answers(text, named, out))  # an interview's answers without quote marks
    found_all = _cataphora(sorted(out, key=lambda q: q.start), text, persons)
    found_all = speaker_model.rechoose(doc, text, entities, found_all)  # a learned second look (off unless shipped on)
    return drop_headings(text, found_all)  # quoted intertitles and pull quotes are no quotes

