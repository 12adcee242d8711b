"""Entity mentions of one article (spaCy NER for French, rules for English), grouped within the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from recoupe.language import gazetteer, roles
from recoupe.language.names import fold, name_key, strip_titles
from recoupe.model import Mention

_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
# Capitalised words that start sentences or headlines in English without naming anything.
_EN_STOP = frozenset(
    ["the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "if", "as", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "after", "before", "when", "while", "with", "from", "by", "to", "of", "mr", "mrs", "ms", "dr", "president"]
)
_EN_TITLES_PER = re.compile(r"^(?:Mr|Mrs|Ms|Dr|President|Secretary|Senator|Governor|Minister|Prime Minister)\.?\s")
_EN_CAPS = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr)\.\s+|(?:President|Secretary|Senator|Governor|Minister)\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:de|van|von|al|bin|da|del|of|the)?\s*[A-Z][\w'’-]*)*"
)


@dataclass
class Local:
    """One entity of one article: its names, type votes, mentions and the roles bound to it."""

    type: str
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest name seen (most words, then most frequent)."""
        return max(self.names, key=lambda n: (len(name_key(n)), self.names.count(n), len(n)))

    @property
    def keys(self) -> set[tuple[str, ...]]:
        return {name_key(n) for n in self.names if name_key(n)}


def _raw_mentions(doc: Doc, text: str, lang: str) -> list[tuple[int, int, str]]:
    if lang == "fr":
        return [(e.start_char, e.end_char, _TYPES.get(e.label_, "MISC")) for e in doc.ents]
    out: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        for m in _EN_CAPS.finditer(sent.text):
            words = m.group(0).split()
            while words and fold(words[0]) in _EN_STOP and not _EN_TITLES_PER.match(m.group(0)):
                words = words[1:]
            if not words:
                continue
            start = sent.start_char + m.start() + m.group(0).index(words[0])
            end = sent.start_char + m.end()
            surface = text[start:end]
            known = gazetteer.by_key().get(name_key(surface))
            kind = known.type if known else ("PER" if _EN_TITLES_PER.match(surface) or len(words) == 2 else "MISC")
            out.append((start, end, kind))
    return out


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A single word must be tagged as a proper noun ("État", "Abonnez" are not names)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (len(span) > 1 or span[0].pos_ == "PROPN")


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim titles, determiners and punctuation; None for spans that are not names."""
    surface = text[start:end]
    if "\n" in surface.strip() or "#" in surface:
        return None  # a span across lines is page furniture glued together, not a name
    stripped = strip_titles(surface)
    start += surface.find(stripped) if stripped in surface else 0
    end = start + len(stripped)
    while end > start and not text[end - 1].isalnum():
        end -= 1
    surface = text[start:end]
    if len(surface) < 2 or not surface[0].isupper() or surface.isupper() and len(surface) > 6:
        return None
    return start, end


def extract(
    doc: Doc, text: str, lang: str, exclude: Sequence[tuple[int, int]] = ()
) -> tuple[list[Local], list[roles.Role]]:
    """The entities of one article grouped by name, and its role phrases (bound where appositive)."""
    spans: list[tuple[int, int, str]] = []
    for start, end, kind in _raw_mentions(doc, text, lang):
        if any(s < end and start < e for s, e in exclude):
            continue
        cleaned = _clean(text, start, end)
        if cleaned is None:
            continue
        start, end = cleaned
        if lang == "fr" and not _is_name(doc, start, end):
            continue
        known = gazetteer.by_key().get(name_key(text[start:end]))
        spans.append((start, end, known.type if known else kind))
    locals_ = _group(text, _split_pairs(text, spans))
    found_roles = list(roles.find(text))
    _bind_roles(text, locals_, found_roles)
    return locals_, found_roles


def _split_pairs(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Poutine-Witkoff" names two people when each half is a name seen elsewhere in the article."""
    singles = {name_key(text[s:e]) for s, e, _ in spans}
    singles |= {k[-1:] for k in singles if len(k) > 1}
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        surface = text[start:end]
        left, sep, right = surface.partition("-")
        if sep and " " not in surface and name_key(left) in singles and name_key(right) in singles:
            out.append((start, start + len(left), "PER"))
            out.append((start + len(left) + 1, end, "PER"))
        else:
            out.append((start, end, kind))
    return out


def _group(text: str, spans: list[tuple[int, int, str]]) -> list[Local]:
    """Full names first, then single words that are the surname or first name of exactly one of them."""
    groups: list[Local] = []
    by_key: dict[tuple[str, ...], Local] = {}
    ordered = sorted(spans, key=lambda s: (-len(name_key(text[s[0] : s[1]])), s[0]))
    for start, end, kind in ordered:
        surface = text[start:end]
        key = name_key(surface)
        if not key:
            continue
        target = by_key.get(key)
        if target is None and len(key) == 1:
            owners = [g for g in groups if g.type == "PER" and any(key[0] in k for k in g.keys if len(k) > 1)]
            if len(owners) == 1:
                target = owners[0]
        if target is None and len(key) > 1:
            owners = [g for g in groups if g.type == kind and any(_compatible(key, k) for k in g.keys)]
            if len(owners) == 1:
                target = owners[0]
        if target is None:
            target = Local(type=kind)
            groups.append(target)
        elif target.type != "PER" and kind == "PER":
            target.type = "PER"
        target.names.append(surface)
        target.mentions.append(Mention(surface, start, end))
        by_key.setdefault(key, target)
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)
    return groups


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: same surname, first names equal or one a prefix of the other."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    return a[0].startswith(b[0][:3]) and b[0].startswith(a[0][:3])


def _bind_roles(text: str, groups: list[Local], found: list[roles.Role]) -> None:
    """A role directly beside a person's name (apposition) stands for that person in this article.
    A role phrase that swallowed the name after it ("le ministre de la Santé Roman Prymula": its
    complement took every capitalised word) is cut before the name first."""
    for i, role in enumerate(found):
        inner = [m for g in groups if g.type == "PER" for m in g.mentions if role.start < m.start and m.end == role.end]
        if inner:
            cut = text[role.start : inner[0].start].rstrip(" ,")
            again = next((r for r in roles.find(cut) if r.start == 0), None)
            if again is not None:
                found[i] = roles.Role(again.text, role.start, role.start + again.end, again.key)
    for role in found:
        for g in groups:
            if g.type != "PER":
                continue
            for m in g.mentions:
                if 0 <= m.start - role.end <= 3 and re.fullmatch(r"[ ,]*", text[role.end : m.start]) or 0 <= role.start - m.end <= 3 and re.fullmatch(r"[ ,]*", text[m.end : role.start]):
                    g.roles.add(role.key)
