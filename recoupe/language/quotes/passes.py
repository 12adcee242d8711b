"""Passes over the quotes found: fragments of one statement joined, roles named by the next speaker (cataphora)."""

from __future__ import annotations

import re
from dataclasses import replace

from recoupe.language.quotes.lexicon import _ANAPHORIC, _POSSESSIVE
from recoupe.language.quotes.syntax import _agent_noun
from recoupe.model import Quote

# What may stand between two quoted pieces of one statement ("« ... », or « ... »", "« ... » est « ... »").
_FRAGMENT_GAP = re.compile(r"[^.!?;\n«»“”\"]{0,60}")
# ... but not a cue's incise after a whole quote ("« ... », a-t-il affirmé, estimant « ... »").
# ... nor a second verb's report ("dénonce « ... » et assure que son client « ... »").
_GAP_INCISE = re.compile(r"-t-|^\s*,\s*(?:a|avait|ont|avaient)\b|\b(?:que|qu['’])\s*$|\b(?:et|mais|puis)\s+(?:[\w'’-]+\s+){0,2}(?:que\b|qu['’])")


def _join_fragments(found: list[Quote], text: str) -> list[Quote]:
    """Quoted pieces of one sentence given to one speaker ("la loi « laisse ... », or « la société est
    prête ... »") are one mixed quote, from the first piece to the last."""
    out: list[Quote] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        if (
            prev is not None and prev.direct and q.direct and prev.speaker_name == q.speaker_name
            and _FRAGMENT_GAP.fullmatch(text, _close_at(text, prev.end), _open_at(text, q.start)) is not None
            and not _GAP_INCISE.search(text, _close_at(text, prev.end), _open_at(text, q.start))
        ):  # fmt: skip
            start, end = prev.start, q.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            out[-1] = replace(prev, text=text[start:end], start=start, end=end, direct=False,
                              cue=prev.cue or q.cue, denial=prev.denial or q.denial)  # fmt: skip
            continue
        out.append(q)
    return out


def _close_at(text: str, end: int) -> int:
    """Just past the quote mark that closes a quote ending at `end`."""
    i = end
    while i < len(text) and text[i] in " \u00a0\u202f":
        i += 1
    return i + 1 if i < len(text) and text[i] in "»”\"’" else end


def _open_at(text: str, start: int) -> int:
    """Where the quote mark before a quote's first character is (its content starts after it)."""
    i = start
    while i > 0 and text[i - 1] in " \u00a0\u202f":
        i -= 1
    return i - 1 if i > 0 and text[i - 1] in "«“\"‘" else start


# Cues of a speaker going on ("a ajouté X"): X is the one who spoke just before.
_GOES_ON = frozenset(["ajouter", "poursuivre", "renchérir", "compléter", "enchaîner", "continuer"])


def _cataphora(found: list[Quote], text: str, persons: frozenset[str] = frozenset()) -> list[Quote]:
    """"..., a déclaré son porte-parole. [...], a déclaré Guillaume Didier.": a possessive role left
    unnamed takes the person who speaks in the next quote, when that one comes in the next line;
    "..., a déclaré le ministre des Affaires étrangères. « ... », a ajouté Laurent Fabius.": a
    definite role left unnamed takes the person (`persons`: their ids) who goes on right after it."""
    out = list(found)
    for i, q in enumerate(out[:-1]):
        nxt = out[i + 1]
        name = (q.speaker_name or "").split()
        if q.speaker_id not in persons and len(name) >= 2 and name[0].lower() in ("le", "la") and nxt.cue in _GOES_ON:
            head = name[1].lower()
            near = text.count("\n", q.end, nxt.start) == 0 and nxt.start - q.end < 400
            if (head in _ANAPHORIC or _agent_noun(head)) and nxt.speaker_id in persons and near:
                out[i] = replace(q, speaker_id=nxt.speaker_id, speaker_name=nxt.speaker_name)
            continue
        if q.speaker_id is not None or not name or name[0].lower() not in _POSSESSIVE:
            continue
        if name[0].lower() in ("ses", "leurs") or name[-1].lower().endswith(("s", "x")):
            continue  # "ses opposants": a group is not the one person who speaks next
        if nxt.speaker_id is not None and text.count("\n", q.end, nxt.start) <= 1 and nxt.start - q.end < 400:
            out[i] = replace(q, speaker_id=nxt.speaker_id, speaker_name=nxt.speaker_name)
    return out


# An interview's answer with no quote marks: "Anne Roux : Nous avons été trahis ..." on its own
# line, or "— Parce que ..." after "— <question> ?" in a text that says it is an interview
# ("Entretien avec X", "Trois questions à X", "Rencontre avec X"): the interviewee's words when they speak in the
# first person.
_ANSWER_NAMED = re.compile(r"^[ \t]*(?:[-–—•][ \t]*)?(?P<name>[^\n:«»“”\"]{3,40}?)[ \t]*:[ \t]*(?P<said>[^«“\"\s][^\n]*)$", re.M)
_DASH_LINE = re.compile(r"^[ \t]*[-–—][ \t]*(?P<said>[^\n]+)$", re.M)
_INTERVIEW = re.compile(r"\b(?:[Ee]ntretien|[Ii]nterview|[Qq]uestions?|[Rr]encontre)\s+(?:avec|à|de)\s+", re.M)
_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|me|m['’]|moi|mon|ma|mes|notre|nos)\b", re.IGNORECASE)


def _answers(text: str, persons: dict[int, tuple[str, str, int]], found: list[Quote]) -> list[Quote]:
    """Answer lines of an interview that no quote covers; `persons` maps a mention's start to
    (entity id, name, mention end)."""

    def said(start: int, end: int) -> bool:
        words = text[start:end].split()
        return (
            len(words) >= 8 and text[start:end].rstrip()[-1:] in (".", "!", "…") and _FIRST_PERSON.search(text, start, end) is not None
            and not any(q.start < end and start < q.end for q in found)
        )

    out: list[Quote] = []
    for m in _ANSWER_NAMED.finditer(text):
        who = persons.get(m.start("name"))
        if who is not None and who[2] == m.end("name") and said(m.start("said"), m.end("said")):
            out.append(Quote(m.group("said").rstrip(), m.start("said"), m.start("said") + len(m.group("said").rstrip()), True, who[0], who[1]))
    intro = _INTERVIEW.search(text)
    guest = persons.get(intro.end()) if intro is not None else None
    if guest is not None:
        lines = list(_DASH_LINE.finditer(text))
        for prev, line in zip(lines, lines[1:], strict=False):
            asked = prev.group("said").rstrip().endswith("?") and text[prev.end() : line.start()].strip() == ""
            if asked and not line.group("said").rstrip().endswith("?") and said(line.start("said"), line.end("said")):
                end = line.start("said") + len(line.group("said").rstrip())
                out.append(Quote(text[line.start("said") : end], line.start("said"), end, True, guest[0], guest[1]))
    out.extend(_web_answers(text, persons, found + out, guest))
    return out


# A web interview: a line that says so ("Entretien", "Interview", "Propos recueillis par X"), then
# question lines (a short line ending with "?") each followed by its answer paragraph.
_WEB_INTERVIEW = re.compile(r"^[ \t]*(?:[Ee]ntretien|[Ii]nterview|ENTRETIEN|INTERVIEW)[ \t]*$|\b[Pp]ropos recueillis par\b", re.M)
_QUESTION_LINE = re.compile(r"^[ \t]*(?P<q>[^\n«»“”\"]{5,200}\?)[ \t]*\n(?P<a>[ \t]*[^\n]+)$", re.M)


def _web_answers(
    text: str, persons: dict[int, tuple[str, str, int]], found: list[Quote], guest: tuple[str, str, int] | None
) -> list[Quote]:
    """The answers of an interview laid out as question lines and answer paragraphs, with no marks
    or dashes: when the text says it is an interview and has two or more such pairs, each answer
    (a paragraph that is no question and no quote already found) is the guest's: the person
    `_INTERVIEW` names, else the first person the text names (not the one who took the words down)."""
    marked = _WEB_INTERVIEW.search(text)
    if marked is None:
        return []
    pairs = [
        m for m in _QUESTION_LINE.finditer(text)
        if not m.group("a").rstrip().endswith("?") and len(m.group("q").split()) <= 30 and not m.group("q").lstrip().startswith(("-", "–", "—"))
    ]  # fmt: skip
    if len(pairs) < 2:
        return []
    if guest is None:
        named = [(s0, who) for s0, who in sorted(persons.items()) if not re.search(r"\bpar\s*$", text[max(0, s0 - 6) : s0])]
        guest = named[0][1] if named else None
    if guest is None:
        return []
    out = []
    for m in pairs:
        start = m.start("a") + len(m.group("a")) - len(m.group("a").lstrip())
        end = m.start("a") + len(m.group("a").rstrip())
        if len(text[start:end].split()) < 4 or any(q.start < end and start < q.end for q in found):
            continue
        out.append(Quote(text[start:end], start, end, True, guest[0], guest[1]))
    return out
