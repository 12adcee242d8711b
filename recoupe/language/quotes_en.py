"""English quotes by patterns: no English parser ships offline, so cues and speakers are read from
the words around the quote ("...," said Karoline Leavitt; X told reporters that ...; according to X)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.language import marks
from recoupe.model import Entity, Quote

_CUES = r"said|says|told\s+\w+|added|wrote|stated|insisted|warned|claimed|announced|denied|explained|noted|argued|confirmed"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+){0,3}"
_AFTER = re.compile(rf"^[,.]?[\"”’]?\s*,?\s*(?P<cue>{_CUES})\s+(?P<who>{_NAME}|he|she|they)\b")
_AFTER_INV = re.compile(rf"^[,.]?[\"”’]?\s*,?\s*(?P<who>{_NAME}|he|she|they)\s+(?P<cue>{_CUES})\b")
_BEFORE = re.compile(rf"(?P<who>{_NAME}|He|She|They)\s+(?P<cue>{_CUES})\s*[,:]?\s*[\"“‘]?$")
_INDIRECT = re.compile(rf"(?P<who>{_NAME}(?:['’]s\s+[a-z]+)?|He|She|They)\s+(?P<cue>{_CUES})(?:\s+on\s+\w+)?\s+that\s+(?P<what>[^.!?\n]{{10,}})")
_ACCORDING = re.compile(rf"[Aa]ccording to (?P<who>(?:the\s+)?{_NAME}),\s+(?P<what>[^.!?\n]{{10,}})")
_DENIAL = ("denied",)


def _lemma(cue: str) -> str:
    if cue == "according to":
        return cue
    word = cue.split()[0].lower()
    return {"said": "say", "says": "say", "told": "tell", "added": "add", "wrote": "write"}.get(word, word.rstrip("ed"))


def extract(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct quotes with the speaker named beside them, indirect `X said that ...`, `according to X`."""
    persons = sorted(((m.start, e) for e in entities if e.type == "PER" for m in e.mentions), key=lambda p: p[0])
    out: list[Quote] = []
    last: tuple[str | None, str] | None = None

    def who(name: str, at: int) -> tuple[str | None, str]:
        nonlocal last
        if name.lower() in ("he", "she", "they"):
            return last if last else (None, name)
        ent = next((e for s, e in persons if at <= s < at + len(name) + 1), None)
        last = (ent.id, ent.name) if ent else (None, name)
        return last

    for start, end in marks.spans(text):
        if len(text[start:end].split()) < 4:
            continue
        after = text[end : end + 80]
        before = text[max(0, start - 80) : start]
        m = _AFTER.match(after) or _AFTER_INV.match(after)
        b = _BEFORE.search(before)
        if m:
            sid, sname = who(m["who"], end + m.start("who"))
            cue = m["cue"]
        elif b:
            sid, sname = who(b["who"], start - 80 + b.start("who") if start >= 80 else b.start("who"))
            cue = b["cue"]
        else:
            continue
        out.append(Quote(text[start:end], start, end, True, sid, sname, _lemma(cue), cue.startswith(_DENIAL)))
    for pattern in (_INDIRECT, _ACCORDING):
        for m in pattern.finditer(text):
            s, e = m.start("what"), m.end("what")
            if any(q.start < e and s < q.end for q in out):
                continue
            sid, sname = who(m["who"], m.start("who"))
            cue = m.groupdict().get("cue") or "according to"
            out.append(Quote(text[s:e], s, e, False, sid, sname, _lemma(cue), cue.startswith(_DENIAL)))
    return sorted(out, key=lambda q: q.start)
