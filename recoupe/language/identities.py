"""Identities across the store: one per real-world entity, whatever the spelling or the article.

Evidence used, strongest first: the same transliteration key (Poutine = Putin, Gontcharovka =
Goncharovka); the same surname with compatible first names (Dmitri/Dmitry, Steve/Steven); a surname
alone when exactly one known person carries it; a near spelling of the surname with the same first
name when the article's context agrees (the gazetteer's confirming words, e.g. "Défense" for Pete
Hegseth spelled "Hegesh"). Persons never merge with places or organisations, and two people who
share a surname never merge without one of these pieces of evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz.fuzz import ratio

from recoupe.language import gazetteer
from recoupe.language.names import fold, name_key, slug
from recoupe.language.roles import find as find_roles
from recoupe.model import Analysis, Entity, Identity, Mention

# A surname spelled this close (rapidfuzz ratio, 0-100) counts when the context agrees:
# "hegesh" / "hegset" (Hegseth) scores 67, "biden" / "bidan" 80; the context check guards the rest.
_FUZZY_SURNAME = 65
# First names this close are one name (Steve/Steven 91, Dmitri/Dmitry 100 after folding, Andriy/Andrii).
_FIRST_NAME = 80


@dataclass
class _Ident:
    id: str
    name: str
    type: str
    names: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    context: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def keys(self) -> set[tuple[str, ...]]:
        return {name_key(n) for n in [self.name, *self.variants, *self.names] if name_key(n)}

    def record(self) -> Identity:
        return Identity(self.id, self.name, self.type, tuple(self.names), tuple(self.article_ids), tuple(sorted(self.roles)))


def _kind(t: str) -> str:
    return "PER" if t == "PER" else "OTHER"


class Resolver:
    """Holds every identity of the store and maps the article-local entities of new analyses onto them."""

    def __init__(self, existing: Iterable[Identity] = ()) -> None:
        self.idents: dict[str, _Ident] = {}
        self.changed: set[str] = set()
        for i in existing:
            self.idents[i.id] = _Ident(i.id, i.name, i.type, list(i.names), list(i.article_ids), set(i.roles))
        for known in gazetteer.entries():
            if not any(known.keys & x.keys and _kind(x.type) == _kind(known.type) for x in self.idents.values()):
                ident = _Ident(self._new_id(known.name, known.type), known.name, known.type, [], [], set(), known.context, known.variants)
                self.idents[ident.id] = ident
            else:
                for x in self.idents.values():
                    if known.keys & x.keys:
                        x.context, x.variants = known.context, known.variants

    def _new_id(self, name: str, type_: str) -> str:
        base = f"{type_.lower()}-{slug(name)}"
        candidate, n = base, 2
        while candidate in self.idents:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _match(self, entity: Entity, context: str) -> _Ident | None:
        keys = {name_key(m.text) for m in entity.mentions if name_key(m.text)} | {name_key(entity.name)}
        keys.discard(())
        same_kind = [x for x in self.idents.values() if _kind(x.type) == _kind(entity.type)]
        exact = [x for x in same_kind if x.keys & keys]
        if len(exact) == 1:
            return exact[0]
        full = max(keys, key=len, default=())
        if len(full) >= 2 and entity.type == "PER":
            compatible = [x for x in same_kind if any(_same_person(full, k, x.context, context) for k in x.keys)]
            if len(compatible) == 1:
                return compatible[0]
            return None
        if len(full) == 1 and entity.type == "PER":
            owners = [x for x in same_kind if any(len(k) > 1 and k[-1] == full[0] for k in x.keys)]
            used = [x for x in owners if x.article_ids]  # a surname alone names someone already met
            owners = used or owners
            if len(owners) == 1:
                return owners[0]
        if len(full) == 1 and entity.type != "PER":
            near = [x for x in same_kind if any(len(k) == 1 and ratio(k[0], full[0]) >= 90 for k in x.keys)]
            if len(near) == 1:
                return near[0]
        return None

    def resolve(self, analysis: Analysis, text: str) -> Analysis:
        """The analysis with its local entity ids replaced by identity ids (creating new ones)."""
        context = fold(text)
        mapping: dict[str, str] = {}
        for entity in analysis.entities:
            if entity.type == "ROLE":
                continue
            ident = self._match(entity, context)
            if ident is None:
                ident = _Ident(self._new_id(entity.name, entity.type), entity.name, entity.type)
                self.idents[ident.id] = ident
            if len(name_key(entity.name)) > len(name_key(ident.name)) and not ident.context:
                ident.name = entity.name
            for m in entity.mentions:
                found = list(find_roles(m.text))
                if found:
                    ident.roles.add(found[0].key)
                elif m.text[:1].islower():
                    continue  # a role phrase that is not a name
                elif m.text not in ident.names:
                    ident.names.append(m.text)
            if analysis.article_id not in ident.article_ids:
                ident.article_ids.append(analysis.article_id)
            if ident.type != "PER" and entity.type == "PER":
                ident.type = "PER"
            mapping[entity.id] = ident.id
            self.changed.add(ident.id)
        return _remap(analysis, mapping, self)

    def link_roles(self, analysis: Analysis) -> Analysis:
        """Role entities ("role:president russe") linked to the one identity known for that role."""
        mapping: dict[str, str] = {}
        for entity in analysis.entities:
            if entity.type != "ROLE":
                continue
            key = entity.id.removeprefix("role:")
            holders = [x for x in self.idents.values() if key in x.roles]
            if len(holders) == 1:
                mapping[entity.id] = holders[0].id
                if analysis.article_id not in holders[0].article_ids:
                    holders[0].article_ids.append(analysis.article_id)
                self.changed.add(holders[0].id)
        return _remap(analysis, mapping, self) if mapping else analysis

    def records(self, only_changed: bool = True) -> list[Identity]:
        return [x.record() for x in self.idents.values() if not only_changed or x.id in self.changed]


def _same_person(a: tuple[str, ...], b: tuple[str, ...], known_context: tuple[str, ...], context: str) -> bool:
    if len(b) < 2:
        return False
    first_ok = ratio(a[0], b[0]) >= _FIRST_NAME or (len(a[0]) <= 2 and b[0].startswith(a[0][:1]))
    if a[-1] == b[-1]:
        return first_ok
    if first_ok and ratio(a[-1], b[-1]) >= _FUZZY_SURNAME:
        return any(fold(word) in context for word in known_context)
    return False


def _remap(analysis: Analysis, mapping: dict[str, str], resolver: Resolver) -> Analysis:
    merged: dict[str, list[Mention]] = {}
    order: list[str] = []
    for e in analysis.entities:
        new = mapping.get(e.id, e.id)
        if new not in merged:
            merged[new] = []
            order.append(new)
        merged[new].extend(e.mentions)
    types = {mapping.get(e.id, e.id): e.type for e in analysis.entities}
    entities = []
    for eid in order:
        ident = resolver.idents.get(eid)
        mentions = tuple(sorted(merged[eid], key=lambda m: m.start))
        entities.append(Entity(eid, ident.name if ident else mentions[0].text, ident.type if ident else types[eid], mentions))
    def who(old_id: str | None, old_name: str | None) -> tuple[str | None, str | None]:
        if old_id is None or old_id not in mapping:
            return old_id, old_name
        ident = resolver.idents[mapping[old_id]]
        # A person is named by their identity; "l'armée gouvernementale de Kiev" keeps its words.
        return ident.id, ident.name if ident.type == "PER" or not old_name else old_name

    quotes = []
    for q in analysis.quotes:
        sid, sname = who(q.speaker_id, q.speaker_name)
        quotes.append(replace(q, speaker_id=sid, speaker_name=sname))
    figures = []
    for f in analysis.figures:
        cid, cname = who(f.claimant_id, f.claimant_name)
        figures.append(replace(f, claimant_id=cid, claimant_name=cname))
    return replace(analysis, entities=tuple(entities), quotes=tuple(quotes), figures=tuple(figures))
