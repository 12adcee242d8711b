"""English quotes by patterns: no English parser ships offline, so cues and speakers are read from
the words around the quote.

- Direct quotes (a pair of quote marks, at least four words) take the speaker named beside them:
  after the closing mark (`"...," said X`, `"...," X said Tuesday`, `"...," he adds`), before the
  opening mark in the same sentence (`X said: "..."`, `..., saying, "..."`), or, with nothing
  beside them, the speaker of the quote just before when they open a paragraph or follow it in the
  same paragraph (a statement quoted over several paragraphs).
- Indirect quotes run from the clause after a reporting verb to the end of its sentence: `X said
  (that) ...` (`that` may be left out when a subject opens the clause; `in an email`, `Tuesday`,
  `in a statement` may stand between), `X explained the changes: ...`, `..., saying/noting that
  ...`, a sentence closed by `, X said.` / `, estimates X, CEO of ...`, and `according to X`
  before or after the sentence it sources. Quote marks inside such a clause (`said its plan was
  being "adjusted."`) make one mixed quote, not a direct one.
- Speakers: a name (titles such as `Economy Minister` dropped, the fuller name the article gives
  when it gives one), `he`/`she`/`they` (the nearest person named before), `the minister` (the
  person the article names with that title), else the noun phrase itself (`the documents`).

Modules: `lexicon` (verbs, word lists, patterns), `clauses` (sentences, subjects, clauses),
`speakers` (names, pronouns, titles to persons), `direct` and `indirect`; `extract` is here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.language import marks
from recoupe.language.quotes_en.clauses import _sentences, _trim
from recoupe.language.quotes_en.direct import _direct_speaker, _is_quote
from recoupe.language.quotes_en.indirect import _indirect
from recoupe.language.quotes_en.lexicon import _ASKED, _lemma
from recoupe.language.quotes_en.speakers import _Speakers
from recoupe.model import Entity, Quote


def extract(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct, indirect and mixed quotes with their speakers (see the module docstring)."""
    sents = _sentences(text)
    marked = [(s, e) for s, e in marks.spans(text)]
    speakers = _Speakers(text, entities, marked, sents)
    indirect = _indirect(text, sents, speakers)
    out: list[Quote] = []
    previous: Quote | None = None
    for start, end in marked:
        # quote marks inside an indirect clause that began before them: one mixed quote
        if any(q.start < start - 3 and end <= q.end + 2 for q in indirect):
            continue
        words = text[start:end]
        if len(words.split()) < 4 and not _is_quote(words):
            continue
        close = end + 1 if end < len(text) and text[end] in '"”’»' else end
        if words.rstrip().endswith("?") and _ASKED.match(text[close : close + 80]):
            previous = None  # a question: the words that follow answer it, they do not continue it
            continue
        found = _direct_speaker(text, start, end, sents, speakers)
        if len(words.split()) < 4:
            open_at = start - 1 if start > 0 and text[start - 1] in '"“‘«' else start
            s_start = next((s for s, e in sents if s <= open_at < e), 0)
            lead = text[s_start:open_at].rstrip()
            if found is None or (lead and lead[-1] not in ",:"):
                continue  # a few words are a quote only with their own attribution, not inside a sentence
        before = [q for q in indirect if q.end <= start]
        if before and (previous is None or before[-1].start > previous.start):
            previous = before[-1]  # the last words reported, direct or not
        if found is None and previous is not None:
            gap = text[previous.end : start]
            para_start = text.rfind("\n", 0, start) + 1
            opens_paragraph = not text[para_start : start - 1].strip()
            if (opens_paragraph and gap.count("\n\n") <= 1 and len(gap) < 300) or (
                "\n" not in gap and len(gap) < 120
            ):
                found = (previous.speaker_id, previous.speaker_name or "", previous.cue or "say")
        if found is None:
            continue
        sid, sname, cue = found
        speakers.note(start, (sid, sname))
        # a quote over several paragraphs ("“...  ¶ “...”) is one quote per paragraph
        for m in re.finditer(r"[^\n]+", text[start:end]):
            s, e = _trim(text, start + m.start(), start + m.end(), keep_stop=True)
            if e > s and (s == start or len(text[s:e].split()) >= 2):
                previous = Quote(text[s:e], s, e, True, sid, sname, _lemma(cue), cue.startswith("denie"))
                out.append(previous)
    for q in indirect:
        if not any(d.start < q.end and q.start < d.end for d in out):
            out.append(q)
    return sorted(out, key=lambda q: q.start)
