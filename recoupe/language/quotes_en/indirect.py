"""English indirect quotes: the clause after a reporting verb, an incise closing it, "according to X"."""

from __future__ import annotations

import re

from recoupe.language.quotes_en.clauses import (
    _ELLIPTIC,
    _bare_clause,
    _clause_ok,
    _leading_subject,
    _source,
    _subject,
    _trim,
)
from recoupe.language.quotes_en.lexicon import (
    _ADJUNCT,
    _CUE_RE,
    _INCISE_CUE_FIRST,
    _INCISE_WHO_FIRST,
    _OPENING,
    _PARTICIPLES,
    _PLURAL_NP,
    _lemma,
)
from recoupe.language.quotes_en.speakers import _Speakers
from recoupe.model import Quote


def _indirect(text: str, sents: list[tuple[int, int]], speakers: _Speakers) -> list[Quote]:
    found: list[Quote] = []
    marked = speakers.quoted

    def add(s: int, e: int, who: tuple[str | None, str], cue: str, at: int) -> None:
        # "X stressed the decision changes nothing, while the League condemned it": another subject's
        # clause after ", while" is not what X said
        other = re.search(r",\s+(?:while|whereas)\s+(?:the\s+)?[A-Z]", text[s:e])
        if other:
            e = s + other.start()
        s, e = _trim(text, s, e)
        short = e - s < 15 and not _ELLIPTIC.fullmatch(text[s:e])
        if short or any(q.start < e and s < q.end for q in found):
            return
        speakers.note(at, who)
        speakers.reported.append((s, e))
        found.append(
            Quote(text[s:e], s, e, False, who[0], who[1], _lemma(cue), cue.lower().startswith("denie"))
        )

    for s_start, s_end in sents:
        sentence = text[s_start:s_end]
        # According to X, CLAUSE.  /  CLAUSE, according to X.
        acc = re.match(
            r"\s*(?:(?:But|And|Yet|So|Still|However|Now|Also),?\s+)?[Aa]ccording\s+to\s+(?P<src>[^,.;:]{2,160}),\s+",
            sentence,
        )
        if acc and _clause_ok(sentence[acc.end() :]):
            who = speakers.resolve(_source(acc["src"]), s_start + acc.start("src"))
            add(s_start + acc.end(), s_end, who, "according to", s_start)
            continue
        acc = re.search(
            r",\s+according\s+to\s+(?P<src>[^,.;:]{2,90}?)(?:,|\s+(?:that|which|who|published|obtained)\b|[.;:]?\s*$)",
            sentence,
        )
        if acc and len(sentence[: acc.start()].split()) >= 5:
            who = speakers.resolve(_source(acc["src"]), s_start + acc.start("src"))
            add(s_start, s_start + acc.start(), who, "according to", s_start)
            continue
        # CLAUSE, X said (Tuesday).  /  CLAUSE, estimates X, CEO of ...
        inc = _INCISE_WHO_FIRST.search(sentence) or _INCISE_CUE_FIRST.search(sentence)
        if inc and len(sentence[: inc.start()].split()) >= 5 and not sentence.lstrip().startswith(("“", '"')):
            words = inc.group("who")
            if (
                words.split()[0][:1].isupper()
                or words.split()[0].lower() in ("the", "a", "an", "he", "she", "they")
                or re.fullmatch(_PLURAL_NP, words)
            ):
                who = speakers.resolve(words, s_start + inc.start())
                add(s_start, s_start + inc.start(), who, inc["cue"], s_start)
                continue
        # X said (that) CLAUSE / X explained the changes: CLAUSE / ..., saying that CLAUSE
        heads = []
        for m in re.finditer(
            rf"\b{_CUE_RE}(?P<adj>{_ADJUNCT})(?P<that>\s+that\b|\s*:|(?:\s+[\w’'-]+){{1,4}}:)?\s+", sentence
        ):
            at = s_start + m.start()
            if (m.start() > 0 and sentence[m.start() - 1] in '“"‘') or any(a <= at < b for a, b in marked):
                continue
            clause = sentence[m.end() :]
            if _lemma(m["cue"]) == "tell" and re.search(
                r"\b(?:was|were|been|being|is|are|be|get|got)\s+$", sentence[: m.start()]
            ):
                continue  # "they were told ...": the ones told, not the speaker
            # "officials announced a four-day week for most staff": the thing announced is reported
            announced = _lemma(m["cue"]) == "announce" and re.match(
                r"(?:a|an|the|its|their|his|her|new)\s", clause
            )
            if not m["that"] and not announced and not _bare_clause(clause, _lemma(m["cue"])):
                continue
            if m["that"] and (len(clause.split()) < 3 or clause[:1] in _OPENING):
                continue
            subj = _subject(text, s_start, at)
            if subj is not None:
                heads.append((m, subj))
        # "While X have said CLAUSE, MAIN CLAUSE": the words reported end with the subordinate clause
        subordinate = re.match(
            r"\s*(?:While|Although|Though|Even\s+though|Whereas|Because|Since|If|When|Once|Unless)\b",
            sentence,
        )
        for i, (m, subj) in enumerate(heads):
            end = heads[i + 1][1][1] if i + 1 < len(heads) else s_end
            comma = sentence.find(",", m.end())
            if subordinate and "," not in sentence[: m.start()] and comma > 0:
                end = min(end, s_start + comma)
            if (
                _lemma(m["cue"]) == "announce"
                and not m["that"]
                and not _bare_clause(sentence[m.end() :], "announce")
            ):
                stop = re.search(r"\s*[(,;:—–]", sentence[m.end() :])  # a noun phrase: up to its first break
                if stop:
                    end = min(end, s_start + m.end() + stop.start())
            who = speakers.resolve(subj[0], subj[1])
            add(s_start + m.end(), end, who, m["cue"], subj[1])
        if not heads:
            part = re.search(rf",\s+(?P<cue>{_PARTICIPLES})(?P<that>\s+that\b|\s+(?=[a-zA-Z]))\s*", sentence)
            rest = sentence[part.end() :] if part else ""
            if part and (
                _clause_ok(rest)
                or ("that" in part["that"] and len(rest.split()) >= 3 and rest[:1] not in '“"')
            ):
                subj = _leading_subject(text, s_start, s_start + part.start())
                if subj is not None:
                    who = speakers.resolve(subj[0], subj[1])
                    add(s_start + part.end(), s_end, who, part["cue"], subj[1])
    return found
