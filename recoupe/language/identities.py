"""Identities across the store: one per real-world entity, whatever the spelling or the article.

Evidence used, strongest first: the same transliteration key (Poutine = Putin, Gontcharovka =
Goncharovka); the same surname with compatible first names (Dmitri/Dmitry, Steve/Steven); a surname
alone when exactly one known person carries it; a near spelling of the surname with the same first
name when the article's context agrees (the gazetteer's confirming words, e.g. "Défense" for Pete
Hegseth spelled "Hegesh"). Persons never merge with places or organisations, and two people who
share a surname never merge without one of these pieces of evidence, with one exception: the same
name written the same way that the tagger typed otherwise in one article ("Chine" read as a person,
"Charles Milhaud" as an organisation) is the identity the store already knows by that exact name,
whose type stays (see `Resolver._other_kind`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extract

from recoupe.language import gazetteer
from recoupe.language.entities import is_common
from recoupe.language.names import (
    acronym_key,
    acronyms,
    fold,
    gender_clash,
    head_acronym_key,
    head_words,
    is_acronym,
    is_function_word,
    name_key,
    other_keys,
    slug,
    translit_key,
)
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
    count: int = 0  # articles naming it, as stored
    roles: set[str] = field(default_factory=set)
    context: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    added: list[str] = field(default_factory=list)  # articles naming it since it was stored

    @property
    def keys(self) -> set[tuple[str, ...]]:
        return keys_of([self.name, *self.variants, *self.names], self.type)

    def record(self) -> Identity:
        """The identity without its article list (`Resolver.updates` gives the articles added)."""
        roles = tuple(sorted(self.roles))
        return Identity(
            self.id, self.name, self.type, tuple(self.names), (), roles, self.count + len(self.added)
        )


def keys_of(names: Iterable[str], type_: str) -> set[tuple[str, ...]]:
    """The keys names are matched on: their name keys and, for what is not a person, the name without
    a capitalised article opening it and the other forms of a longer name (its content words, "JO
    de Pékin" for "Jeux olympiques de Pékin")."""
    out = {k for n in names if (k := name_key(n))}
    if type_ != "PER":
        for n in names:
            out |= other_keys(n)
            if (core := _core(n)) and core != name_key(n):
                out.add(core)  # "La Chine" opening a sentence is "Chine"
    return out


def acronym_keys(names: Iterable[str], type_: str) -> set[str]:
    """The acronyms of the longer names of what is not a person ("afld" for "Agence française de
    lutte contre le dopage"), as one-word keys."""
    if type_ == "PER":
        return set()
    return {k for n in names for a in acronyms(n) if (k := acronym_key(a))}


def _kind(t: str) -> str:
    return "PER" if t == "PER" else "OTHER"


class Resolver:
    """Holds every identity of the store and maps the article-local entities of new analyses onto them.

    Candidates come from indexes (by name key, by surname, by one-word key, by role), so placing an
    entity does not scan every known identity; each candidate is then checked with the evidence
    rules below, on its current names.
    """

    def __init__(self, existing: Iterable[Identity] = ()) -> None:
        self.idents: dict[str, _Ident] = {}
        self.changed: set[str] = set()
        self._by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        self._by_role: dict[str, set[str]] = defaultdict(set)
        self._by_acronym: dict[str, set[str]] = defaultdict(set)  # acronyms of longer names
        self._by_head: dict[str, set[str]] = defaultdict(set)  # first words of longer names
        self._one_word: dict[str, set[str]] = defaultdict(set)
        # The keys of `_one_word` by length, as lists rapidfuzz can scan: a ratio of 90 or more needs
        # lengths within 0.82-1.22 of each other, so only those lists are scanned.
        self._one_words: dict[int, list[str]] = defaultdict(list)
        self._with_context: set[str] = set()  # identities the gazetteer gives confirming words
        for i in existing:
            count = max(i.article_count, len(i.article_ids))
            self._add(_Ident(i.id, i.name, i.type, list(i.names), count, set(i.roles)))
        for known in gazetteer.entries():
            sharing = self._having(known.keys)
            if not any(_kind(x.type) == _kind(known.type) for x in sharing):
                ident = _Ident(
                    self._new_id(known.name, known.type),
                    known.name,
                    known.type,
                    [],
                    0,
                    set(),
                    known.context,
                    known.variants,
                )
                self._add(ident)
                continue
            for x in sharing:
                x.context, x.variants = known.context, known.variants
                self._index(x)

    def _add(self, ident: _Ident) -> None:
        self.idents[ident.id] = ident
        self._index(ident)

    def _index(self, ident: _Ident) -> None:
        """File the identity under its current keys and roles. Entries are never removed (names
        only accumulate); lookups re-check candidates on their current keys."""
        for key in ident.keys:
            self._by_key[key].add(ident.id)
            if len(key) > 1:
                self._by_surname[key[-1]].add(ident.id)
            else:
                if key[0] not in self._one_word:
                    self._one_words[len(key[0])].append(key[0])
                self._one_word[key[0]].add(ident.id)
        for role in ident.roles:
            self._by_role[role].add(ident.id)
        for acronym in acronym_keys([ident.name, *ident.variants, *ident.names], ident.type):
            self._by_acronym[acronym].add(ident.id)
        if ident.type != "PER":
            for n in ident.names:
                if len(key := name_key(n)) > 1:
                    self._by_head[key[0]].add(ident.id)
        if ident.context:
            self._with_context.add(ident.id)

    def _get(self, ids: Iterable[str]) -> list[_Ident]:
        return [self.idents[i] for i in sorted(set(ids))]

    def _having(self, keys: Iterable[tuple[str, ...]]) -> list[_Ident]:
        """Identities that carry one of `keys`."""
        keys = set(keys)
        found = self._get(i for k in keys for i in self._by_key.get(k, ()))
        return [x for x in found if x.keys & keys]

    def _new_id(self, name: str, type_: str) -> str:
        base = f"{type_.lower()}-{slug(name)}"
        candidate, n = base, 2
        while candidate in self.idents:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _match(self, entity: Entity, context: str) -> _Ident | None:
        names = [*(m.text for m in entity.mentions if m.text[:1].isupper()), entity.name]
        kind = _kind(entity.type)
        if kind != "PER" and any(len(_core(n)) > 1 for n in names):
            # A longer name decides: its short forms ("le Tour" of "Tour d'Italie") may be another's.
            names = [n for n in names if len(_core(n)) > 1]
        keys = keys_of(names, entity.type)
        head = self._head_of(entity, keys)
        if head is not None:
            return head
        exact = [x for x in self._having(keys) if _kind(x.type) == kind]
        if kind == "PER" and any(len(k) > 1 for k in keys):
            # A person named in full is matched on full names: a surname alone that another article
            # gives someone else ("Orellana" for Carlos Orellana) says nothing about Antonia Orellana
            # (an identity known by its surname only may still be this person).
            full_keys = {k for k in keys if len(k) > 1}
            exact = [x for x in exact if x.keys & full_keys or all(len(k) == 1 for k in x.keys)]
        if kind == "PER":
            # Jeanne Morel is not Jean Morel, though the spelling key drops the mute "e".
            exact = [x for x in exact if not gender_clash(names, [x.name, *x.names])]
        if kind != "PER":
            # Two spelled-out names whose heads give one acronym ("Jeux olympiques de la jeunesse",
            # "Journal officiel de la jeunesse") share that key only: neither writes the acronym.
            mine = _spelled_out(names)
            exact = [x for x in exact if not x.keys & keys <= mine & _spelled_out([x.name, *x.names])]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            # One identity carries the entity's fullest name ("Tour de France" beside a stored
            # "Tour"): that one, or the one whose own name it is.
            main = name_key(entity.name)
            for fits in (lambda x: main in x.keys, lambda x: name_key(x.name) == main):
                chosen = [x for x in exact if fits(x)]
                if len(chosen) == 1:
                    return chosen[0]
                exact = chosen or exact
        if not exact and kind != "PER":
            found = self._abbreviated(entity)
            if found is not None:
                return found
        full = max(keys, key=len, default=())
        if len(full) >= 2 and entity.type == "PER":
            # Same surname, or a near surname confirmed by context (only gazetteer entries have one).
            near = self._get(
                [
                    *self._by_surname.get(full[-1], ()),
                    *self._by_surname.get(full[-1][:1], ()),
                    *self._with_context,
                ]
            )
            compatible = [
                x for x in near
                if _kind(x.type) == kind and any(_same_person(full, k, x.context, context) for k in x.keys)
                and not gender_clash(names, [x.name, *x.names])
            ]  # fmt: skip
            if len(compatible) == 1:
                return compatible[0]
            return None
        if len(full) == 1 and entity.type == "PER":
            owners = [
                x for x in self._get(self._by_surname.get(full[0], ()))
                if _kind(x.type) == kind and any(len(k) > 1 and k[-1] == full[0] for k in x.keys)
            ]  # fmt: skip
            used = [x for x in owners if x.count or x.added]  # a surname alone names someone already met
            owners = used or owners
            if len(owners) == 1:
                return owners[0]
        if len(full) == 1 and entity.type != "PER":
            word, size = full[0], len(full[0])
            similar = [
                found
                for length in range(int(size * 9 / 11), int(size * 11 / 9) + 2)
                for found, _, _ in extract(word, self._one_words.get(length, ()), scorer=ratio, score_cutoff=90, limit=None)
            ]  # fmt: skip
            near = [
                x for x in self._get(i for found in similar for i in self._one_word[found])
                if _kind(x.type) == kind and any(len(k) == 1 and _variant(k[0], full[0]) for k in x.keys)
            ]  # fmt: skip
            if len(near) == 1:
                return near[0]
        return None

    def _head_of(self, entity: Entity, keys: set[tuple[str, ...]]) -> _Ident | None:
        """A common word alone that heads longer names ("le Tour", "les Jeux") names the one of
        them most articles of the store name (this one included), when one leads."""
        if entity.type in ("PER", "LOC") or len(keys) != 1 or len(word := next(iter(keys))) != 1:
            return None
        if is_function_word(word[0]):
            return None  # "DE" in a heading is no short form of "De l'affaire X"
        if not all(is_common(m.text) for m in entity.mentions if m.text[:1].isupper()):
            return None
        found = [x for x in self._get(self._by_head.get(word[0], ())) if _kind(x.type) == "OTHER"]
        found = [
            x for x in found if any((k := name_key(n)) and len(k) > 1 and k[0] == word[0] for n in x.names)
        ]
        weights = sorted(((x.count + len(x.added), x.id) for x in found), reverse=True)
        if not weights or len(weights) > 1 and weights[0][0] == weights[1][0]:
            return None
        return self.idents[weights[0][1]]

    def _abbreviated(self, entity: Entity) -> _Ident | None:
        """The one identity an acronym of the entity stands for ("AFLD" and a stored "Agence
        française de lutte contre le dopage"), or the one named by the acronym of its longer name."""
        names = {m.text for m in entity.mentions if m.text[:1].isupper()} | {entity.name}
        short = {acronym_key(n) for n in names if is_acronym(n) or _short_title(n)}
        ids = {i for k in short for i in self._by_acronym.get(k, ())}
        long = acronym_keys(names, entity.type)
        # An identity whose own longer name gives that acronym from other words is another name
        # ("Jeux olympiques" and "Journal officiel" are both "JO"; "Jeux olympiques de Pékin" is not).
        heads = {head_words(n) for n in names}
        ids |= {
            x.id for k in long for x in self._get(self._by_key.get((translit_key(k),), ()))
            if any(is_acronym(n) and acronym_key(n) == k for n in x.names)
            and not any(k in acronym_keys([n], x.type) and head_words(n) not in heads for n in x.names)
        }  # fmt: skip
        found = [x for x in self._get(ids) if _kind(x.type) == "OTHER"]
        return found[0] if len(found) == 1 else None

    def resolve(self, analysis: Analysis, text: str) -> Analysis:
        """The analysis with its local entity ids replaced by identity ids (creating new ones)."""
        context = fold(text)
        mapping: dict[str, str] = {}
        touched: list[_Ident] = []
        deferred: list[Entity] = []
        for entity in analysis.entities:
            if entity.type == "ROLE":
                continue
            ident = self._match(entity, context)
            if ident is None and entity.type == "PER" and len(name_key(entity.name)) == 1:
                deferred.append(entity)  # placed once the article's other people are
                continue
            if ident is None and (ident := self._other_kind(entity)) is not None:
                self._place(analysis, entity, ident, mapping, touched, retype=False)
                continue
            self._place(analysis, entity, ident, mapping, touched)
        for entity in deferred:
            # A first name alone is the one person of this article who carries it ("Alberto" beside
            # "Contador", whom the store knows as Alberto Contador).
            word = name_key(entity.name)[0]
            owners = {
                x.id: x
                for x in touched
                if x.type == "PER"
                and any(len(k) > 1 and k[0] == word for k in x.keys)
                and not gender_clash([entity.name], [x.name, *x.names])
            }
            ident = self._match(entity, context) or (
                next(iter(owners.values())) if len(owners) == 1 else None
            )
            if ident is None and (ident := self._other_kind(entity)) is not None:
                self._place(analysis, entity, ident, mapping, touched, retype=False)
                continue
            self._place(analysis, entity, ident, mapping, touched)
        return _remap(analysis, mapping, self)

    def _other_kind(self, entity: Entity) -> _Ident | None:
        """The one identity of the other kind (person / not a person) that the store knows by this
        entity's exact name, when the tagger's type is the likelier error: a name of several words
        written the same way ("Charles Milhaud" read as an organisation in one article), or a
        one-word name the store has seen in at least two articles ("Chine" read as a person once).
        A one-word name seen once stays apart (a town and a first name may share it)."""
        main = name_key(entity.name)
        if not main or is_function_word(main[0]):
            return None
        kind = _kind(entity.type)
        found = [
            x
            for x in self._get(self._by_key.get(main, ()))
            if _kind(x.type) != kind and any(name_key(n) == main for n in [x.name, *x.names])
        ]
        if len(found) != 1:
            return None
        if len(main) == 1 and found[0].count + len(found[0].added) < 2:
            return None
        return found[0]

    def _place(
        self,
        analysis: Analysis,
        entity: Entity,
        ident: _Ident | None,
        mapping: dict[str, str],
        touched: list[_Ident],
        retype: bool = True,
    ) -> None:
        """Map one entity of the article onto `ident` (a new identity when None); `retype=False`
        keeps the identity's type (an entity the tagger typed otherwise joining it)."""
        if ident is None:
            ident = _Ident(self._new_id(entity.name, entity.type), entity.name, entity.type)
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
        if analysis.article_id not in ident.added:
            ident.added.append(analysis.article_id)
        if retype and ident.type != "PER" and entity.type == "PER":
            ident.type = "PER"
        mapping[entity.id] = ident.id
        touched.append(ident)
        self.changed.add(ident.id)
        self._add(ident)

    def link_roles(self, analysis: Analysis) -> Analysis:
        """Role entities ("role:president russe") linked to the one identity known for that role."""
        mapping: dict[str, str] = {}
        for entity in analysis.entities:
            if entity.type != "ROLE":
                continue
            key = entity.id.removeprefix("role:")
            holders = [x for x in self._get(self._by_role.get(key, ())) if key in x.roles]
            if len(holders) == 1:
                mapping[entity.id] = holders[0].id
                if analysis.article_id not in holders[0].added:
                    holders[0].added.append(analysis.article_id)
                self.changed.add(holders[0].id)
        return _remap(analysis, mapping, self) if mapping else analysis

    def updates(self) -> list[tuple[Identity, tuple[str, ...]]]:
        """Each identity changed since the last `saved`, with the articles that named it since."""
        return [(self.idents[i].record(), tuple(self.idents[i].added)) for i in sorted(self.changed)]

    def saved(self) -> None:
        """The updates were stored: the next ones start from here."""
        for ident_id in self.changed:
            ident = self.idents[ident_id]
            ident.count, ident.added = ident.count + len(ident.added), []
        self.changed.clear()


def _core(name: str) -> tuple[str, ...]:
    """A name's key without the capitalised article a sentence may open it with ("La Chine")."""
    key = name_key(name)
    return key[1:] if len(key) > 1 and key[0] in ("le", "la", "les") else key


def _short_title(word: str) -> bool:
    """A short capitalised word some outlets write acronyms as ("Farc", "Unesco")."""
    return " " not in word and 3 <= len(word) <= 6 and word[0].isupper() and word[1:].islower()


def _spelled_out(names: Iterable[str]) -> set[tuple[str, ...]]:
    """The head-acronym keys of names written in full (not the ones a name writes itself)."""
    written = {name_key(n) for n in names}
    return {k for n in names if (k := head_acronym_key(n)) is not None and k not in written}


def _variant(a: str, b: str) -> bool:
    """Two one-word keys spelled alike ("Fonscolombes", "Afonscolombes"), not one the other with an
    ending added: a word made from another ("Alger", "Algérie"; "Australie", "Australien") names
    something else."""
    return ratio(a, b) >= 90 and not (a != b and (a.startswith(b) or b.startswith(a)))


def _same_person(
    a: tuple[str, ...], b: tuple[str, ...], known_context: tuple[str, ...], context: str
) -> bool:
    if len(b) < 2:
        return False
    middle_a, middle_b = [w for w in a[1:-1] if len(w) == 1], [w for w in b[1:-1] if len(w) == 1]
    if middle_a and middle_b and middle_a != middle_b:
        return False  # "George H. W. Bush" is not "George W. Bush"
    first_ok = ratio(a[0], b[0]) >= _FIRST_NAME or (len(a[0]) <= 2 and b[0].startswith(a[0][:1]))
    if a[-1] == b[-1]:
        return first_ok
    if a[0] == b[0] and min(len(a[-1]), len(b[-1])) == 1 and a[-1][0] == b[-1][0]:
        return True  # "Boris P." as a paper first gives him, then "Boris Picano"
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
        entities.append(
            Entity(
                eid, ident.name if ident else mentions[0].text, ident.type if ident else types[eid], mentions
            )
        )

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
