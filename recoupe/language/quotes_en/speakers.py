"""The speakers of English quotes: names, pronouns and titles turned into the persons they stand for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.language.quotes_en.lexicon import (
    _FUNCTION,
    _NAME,
    _ORG_WORDS,
    _PARTICLES,
    _PERSON_ROLE,
    _PREPOSITIONS,
    _PRONOUNS,
    _TITLES,
)
from recoupe.model import Entity


class _Speakers:
    """Speaker names and ids: titles dropped, fuller names, pronouns and role nouns resolved."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        quoted: list[tuple[int, int]],
        sents: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.people: list[tuple[int, str, str | None]] = []  # (position, name, entity id)
        self.by_surname: dict[str, tuple[str, str | None]] = {}
        persons = []
        for e in entities:
            name = self.clean(e.name)
            words = name.split()
            titled = e.type == "MISC" and e.name.split()[0] in _TITLES  # "Coach Ann Lee" typed MISC
            if (
                (e.type != "PER" and not titled)
                or not words
                or any(w.strip("’'s") in _ORG_WORDS for w in words)
            ):
                continue
            persons.append((e, name))
            if len(words) >= 2:
                known = self.by_surname.get(words[-1])
                if known is None or len(name) > len(known[0]):
                    self.by_surname[words[-1]] = (name, e.id)
        for e, name in persons:
            if len(name.split()) < 2:  # one word: a person only as the surname of a full name
                if name not in self.by_surname:
                    continue
                name = self.by_surname[name][0]
            for m in e.mentions:
                if not any(s <= m.start < t for s, t in quoted) and _opens_clause(text, sents, m.start):
                    self.people.append((m.start, name, e.id))
        self.people.sort()
        self.said: list[tuple[int, str, str | None]] = []  # speakers attributed so far
        self.reported: list[tuple[int, int]] = []  # the spans of indirect quotes found so far

    @staticmethod
    def clean(name: str) -> str:
        words = re.sub(r"[’']s$", "", name.strip(" ,.")).split()
        while words and words[0] in _FUNCTION:
            words = words[1:]
        # a name has no lowercase word but its particles: "PSPC spokesperson Ann Lee" → "Ann Lee"
        cut = max(
            (i + 1 for i, w in enumerate(words) if w in _TITLES or (w[:1].islower() and w not in _PARTICLES)),
            default=0,
        )
        if cut < len(words):
            words = words[cut:]
        return " ".join(words)

    def resolve(self, who: str, at: int) -> tuple[str | None, str]:
        """(entity id, name) for the words naming a speaker at offset `at`."""
        raw = who.strip()
        if raw.lower() in _PRONOUNS:
            return self.nearest(at) or (None, raw)
        if raw[:1].islower() or raw.split()[0] in ("The", "A", "An"):
            role = self.role(raw, at)
            if role:
                return role
            if re.fullmatch(rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,3}}{_PERSON_ROLE}", raw):
                said = [c for c in self.said if c[0] < at]
                last = max(said, default=None)
                if last is not None and len({c[1] for c in said}) == 1:
                    # "the spokesman said" in an article quoting one person so far: that person
                    return last[2], last[1]
            tail = re.search(rf"{_NAME}$", raw)
            article = raw.split()[0].lower() in ("the", "a", "an")
            if tail is None or (not article and len(raw[: tail.start()].split()) > 2):
                return None, raw
            between = raw[: tail.start()].split()[1 if article else 0 :]  # "commuter Ann Lee": Ann Lee
            if any(w in _PREPOSITIONS for w in between) or not all(w[:1].islower() for w in between):
                return None, raw
            raw = tail.group()
        name = self.clean(raw)
        if not name:
            return None, raw
        full = self.by_surname.get(name.split()[-1])
        if full and (len(name.split()) == 1 or full[0].endswith(name)):
            return full[1], full[0]
        ent = next((i for p, n, i in self.people if at - 2 <= p <= at + len(raw) and n == name), None)
        return ent, name

    def nearest(self, at: int) -> tuple[str | None, str] | None:
        """The person last named as a subject (opening a sentence or a clause, outside quotes) or
        last given words before `at`: `he` is who the text was speaking of, not a name in passing."""
        best: tuple[int, str, str | None] | None = None
        # a name inside someone's reported words ("he said her daughter, Ann Lee, joined") is not
        # who the text is speaking of
        people = [c for c in self.people if not any(s <= c[0] < e for s, e in self.reported)]
        for cand in people + self.said:
            if cand[0] < at and (best is None or cand[0] >= best[0]):
                best = cand
        return (best[2], best[1]) if best else None

    def role(self, phrase: str, at: int) -> tuple[str | None, str] | None:
        """`the prime minister` → the person the text names `Prime Minister X` (or `X, the prime
        minister`) before `at`; None when it names none."""
        words = phrase.split()[1:]
        if not words or len(words) > 4 or re.fullmatch(r"[A-Za-z]+[^\Wsu]s", words[-1]):
            return None  # plural ("the officials"): a group, not the one person titled so
        role = r"\s+".join(re.escape(w) for w in words)
        before = self.text[:at]
        found = None
        for m in re.finditer(
            rf"(?i:{role})\s+(?P<name>{_NAME})|(?P<name2>{_NAME}),\s+(?:the\s+)?(?i:{role})\b", before
        ):
            found = m
        if found is None:
            return None
        name = self.clean(found.group("name") or found.group("name2"))
        if not name or name.split()[0][:1].islower():
            return None
        full = self.by_surname.get(name.split()[-1])
        return (full[1], full[0]) if full else (None, name)

    def note(self, at: int, who: tuple[str | None, str]) -> tuple[str | None, str]:
        if who[1] and who[1].lower() not in _PRONOUNS and who[1][:1].isupper():
            self.said.append((at, who[1], who[0]))
        return who


def _opens_clause(text: str, sents: list[tuple[int, int]], at: int) -> bool:
    """A mention in subject position: at most a few words (a title, a conjunction) between the start
    of its sentence, or of the clause after a comma, and the mention."""
    s_start = next((s for s, e in sents if s <= at < e), at)
    head = text[s_start:at]
    head = head[head.rfind(",") + 1 :]
    return len(head.split()) <= 5
