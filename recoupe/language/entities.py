"""Entity mentions of one article (spaCy NER for French, rules for English), grouped within the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc

from recoupe.language import gazetteer, roles
from recoupe.language.names import (
    TITLES,
    abbreviates,
    fold,
    gender_clash,
    head_acronym_key,
    is_acronym,
    name_key,
    other_keys,
    strip_titles,
)
from recoupe.model import Mention

_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
# Capitalised words that start sentences or headlines in English without naming anything.
_EN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "or",
        "if",
        "as",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "its",
        "their",
        "our",
        "after",
        "before",
        "when",
        "while",
        "with",
        "from",
        "by",
        "to",
        "of",
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
    ]
)
_EN_TITLES_PER = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|President|Secretary|Senator|Governor|Minister|Prime Minister)\.?\s"
)
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
            kind = (
                known.type
                if known
                else ("PER" if _EN_TITLES_PER.match(surface) or len(words) == 2 else "MISC")
            )
            out.append((start, end, kind))
    return out


@dataclass(frozen=True)
class _Lexicon:
    """French word lists of the pipeline's lemmatizer: nouns, verbs and adverbs and adjectives
    (folded, and as written), and its table of inflected forms."""

    words: frozenset[str]
    adjectives: frozenset[str]
    nouns_as_written: frozenset[str]
    adjectives_as_written: frozenset[str]
    verbs: frozenset[str]
    forms: Any


@cache
def _lexicon() -> _Lexicon:
    """A capitalised word found in these lists is a word before a name ("Etat", "Lundi", "Arrêtez")."""
    from recoupe.language import nlp

    lemmatizer: Any = nlp.load("fr").get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    return _Lexicon(
        words=frozenset(fold(w) for pos in ("noun", "verb", "adv") for w in index[pos]),
        adjectives=frozenset(fold(w) for w in index["adj"]),
        nouns_as_written=frozenset(index["noun"]),
        adjectives_as_written=frozenset(index["adj"]),
        verbs=frozenset(index["verb"]),
        forms=lemmatizer.lookups.get_table("lemma_lookup"),
    )


def _verb_form(word: str) -> bool:
    """An inflected verb ("Arrêtez", "Retrouvez")."""
    lex = _lexicon()
    lemma = lex.forms.get(word.lower())
    return isinstance(lemma, list) and bool(lemma) and lemma[0] in lex.verbs


def _forms(word: str, folded: bool = True) -> set[str]:
    """The word (folded) and the singular or masculine forms its ending may stand for."""
    w = fold(word) if folded else word.lower()
    out = {w}
    for end, repl in (("s", ""), ("x", ""), ("ennes", "en"), ("enne", "en"), ("aines", "ain"), ("aine", "ain"),
                      ("aises", "ais"), ("aise", "ais"), ("oises", "ois"), ("oise", "ois"), ("anes", "an"), ("ane", "an")):  # fmt: skip
        if w.endswith(end) and len(w) - len(end) >= 3:
            out.add(w[: len(w) - len(end)] + repl)
    return out


def is_common(word: str) -> bool:
    """A French noun, verb, adverb or adjective ("Etat", "Lundi", "Jeux"), not a name."""
    lex = _lexicon()
    return any(f in lex.words or f in lex.adjectives for f in _forms(word)) or _verb_form(word)


def _demonym(word: str) -> bool:
    """A word for the people of a place ("Texan", "l'Italien", "Américaines"): an adjective that is
    also a noun, or an adjective ending like "français", "chinois" (accents as written: "Chine" is
    not "chiné")."""
    lex = _lexicon()
    return any(
        f in lex.adjectives_as_written and (f in lex.nouns_as_written or f.endswith(("ais", "ois")))
        for f in _forms(word, folded=False)
    )


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A single word must be tagged as a proper noun ("État", "Abonnez" are not names)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (len(span) > 1 or span[0].pos_ == "PROPN")


def _single_word_name(doc: Doc, text: str, start: int, end: int) -> bool | None:
    """Whether a one-word span of the French tagger is a name: a demonym is not; a proper noun, an
    acronym or a word no French word list holds ("Contador", "Giro") is; a common word ("Etat",
    "Tour", "Jeux") is not by itself (None: a name only as the short form of a longer name)."""
    surface = text[start:end]
    if " " in surface.strip():
        return True
    feminine_place = text[max(0, start - 3) : start].lower() == "la " and not fold(surface).endswith(
        ("aise", "ienne", "aine", "oise", "ane")
    )  # "la Suisse" is a country, "la Française" a woman
    if _demonym(surface) and not feminine_place:
        # "le Français Noël Saez": before a name it works as a title the quote rules read with it
        return _is_name(doc, start, end) and text[end : end + 2][1:].isupper() and text[end] == " "
    if is_acronym(surface) or _is_name(doc, start, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span[0].is_sent_start:
        return None  # a capital opening a sentence says nothing
    if "-" in surface or "'" in surface or "’" in surface:
        return not is_common(surface)
    return None if is_common(surface) else True


_YEAR_AFTER = re.compile(r"(?<=\w) +(?:1[89]|20)\d\d\b")


# The kind of way or square before a place's name, which the tagger sometimes takes in.
_STREET = re.compile(
    r"(?:avenue|rue|boulevard|place|quai|pont|allée|route|chemin|impasse|square|esplanade|parvis)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?(?=[A-ZÀ-Ý])"
)


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
    year = _YEAR_AFTER.search(text, start, end)
    if year is not None and year.end() == end:
        end = year.start()  # "Tour de France 2009": an edition's year is no part of the name
    surface = text[start:end]
    lead = _STREET.match(surface)
    if lead is not None:
        start, surface = start + lead.end(), surface[lead.end() :]  # "avenue des Champs-Élysées"
    if re.match(r"[ld]['’][A-ZÀ-Ý]", surface):  # not "L'Equipe", which a newspaper is named
        start, surface = start + 2, surface[2:]  # "l'Asie": the elided article is no part of the name
    if len(surface) < 2 or not surface[0].isupper() or surface.isupper() and len(surface) > 6:
        return None
    return start, end


def extract(
    doc: Doc, text: str, lang: str, exclude: Sequence[tuple[int, int]] = ()
) -> tuple[list[Local], list[roles.Role]]:
    """The entities of one article grouped by name, and its role phrases (bound where appositive)."""
    spans: list[tuple[int, int, str]] = []
    heads: list[tuple[int, int, str]] = []  # common words the tagger took for names ("Tour", "Jeux")
    for start, end, kind in _raw_mentions(doc, text, lang):
        clash = [s for s, e in exclude if s < end and start < e]
        if clash:
            if min(clash) <= start:
                continue
            end = min(clash)  # "Tour de France 2009": the year is a date, the event is the rest
        cleaned = _clean(text, start, end)
        if cleaned is None:
            continue
        start, end = cleaned
        if lang == "fr":
            verdict = _single_word_name(doc, text, start, end)
            if verdict is False:
                continue
            if verdict is None:
                heads.append((start, end, kind))
                continue
        known = gazetteer.by_key().get(name_key(text[start:end]))
        spans.append((start, end, known.type if known else _typed_by_context(text, start, end, kind)))
    if lang == "fr":
        spans += _short_forms(text, spans, heads)
        spans += _acronyms_written(text, spans, exclude)
        spans += _elsewhere(text, spans, exclude)
    locals_ = _group(text, _split_pairs(text, spans), lang)
    found_roles = list(roles.find(text))
    if lang == "fr":
        found_roles += _appositions(text, locals_, found_roles)
    _bind_roles(text, locals_, found_roles)
    return locals_, found_roles


# Descriptions set off beside a person's name, which the role list does not know: "Marc Madiot, le
# directeur sportif de la Française des Jeux, a ..." (after it, up to the next comma or sentence
# end), "le porte-parole de l'équipe kazakhe, Philippe Maertens." (before it, from the determiner
# opening the clause's phrase), "l'ancien gymnaste chinois Li Ning" (right before it).
_AFTER_NAME = re.compile(
    r",\s+((?:le|la|l['’]|son|sa|un|une)\s*[a-zà-ÿ][^,.;:!?«»\"“”()\n]{2,80}?)\s*(?=[,.;:!?)\n]|$)"
)
_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\s(«\"“]))((?:[Ll]e|[Ll]a|[Ll]['’])\s*[a-zà-ÿ][^,.;:!?«»\"“”()\n]{2,80}?),\s*$"
)
_RIGHT_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))((?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:[a-zà-ÿ-]+\s+){1,4})$")
_CLAUSE_BREAK = re.compile(
    r"\b(?:que|qu['’]|qui|dont|a|ont|est|sont|était|avait|selon|explique|déclare|affirme|indique|"
    r"précise|estime|souligne|ajoute|dit|annonce|confie|raconte|rappelle)\b\s*"
)
_NOT_A_ROLE = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "qui",
        "que",
        "dont",
        "par",
        "pour",
        "sur",
        "en",
        "jour",
        "lendemain",
        "veille",
        "soir",
        "matin",
        "mois",
        "année",
        "semaine",
        "an",
        "fois",
        "moment",
        "cas",
        "sein",
        "reste",
    ]
)


def _appositions(text: str, groups: list[Local], found: list[roles.Role]) -> list[roles.Role]:
    """Descriptions set off beside a person's name (see above); each stands for that person in this
    article only."""
    out: list[roles.Role] = []

    people = [(m.start, m.end) for g in groups if g.type == "PER" for m in g.mentions]

    def add(start: int, end: int, nouns_only: bool = False) -> None:
        words = fold(text[start:end]).replace("'", " ").split()
        if len(words) < 2 or words[1] in _NOT_A_ROLE or words[-1] in _NOT_A_ROLE:
            return
        if any(
            w in ("que", "qu", "qui", "dont", "on", "a", "ont", "est", "sont", "etait", "avait")
            for w in words
        ):
            return
        raw = re.findall(r"[a-zà-ÿ-]+", text[start:end])[1:]  # the words after the determiner
        lex = _lexicon()
        if any(_verb_form(w) or w in lex.verbs for w in raw) or any(
            s0 >= start and e0 <= end for s0, e0 in people
        ):
            return  # a clause ("un avion atterrissait ..."), or another person's description
        if nouns_only and not all(w in lex.nouns_as_written or w in lex.adjectives_as_written for w in raw):
            return  # right before a name, only nouns and adjectives: "l'ancien gymnaste chinois"
        det = re.match(r"(?:[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a|[Uu]ne?)\s*", text[start:end])
        if det is not None and det.group(0)[0].isupper():
            start += det.end()  # a role opening a sentence starts at its noun: a capital marks names
        phrase = text[start:end].rstrip()
        if any(r.start < start + len(phrase) and start < r.end for r in [*found, *out]):
            return
        out.append(roles.Role(phrase, start, start + len(phrase), "apposition " + fold(phrase)))

    for g in groups:
        if g.type != "PER":
            continue
        for m in g.mentions:
            after = _AFTER_NAME.match(text, m.end)
            if after is not None:
                add(after.start(1), after.end(1))
            head = text[max(0, m.start - 90) : m.start]
            offset = m.start - len(head)
            closed = re.match(r"\s*(?:[,.;:!?)\n]|$)", text[m.end : m.end + 2]) is not None
            before = _BEFORE_NAME.search(head)
            if before is not None and closed:
                clause = max(head.rfind(c, 0, before.start(1)) for c in ",.;:!?«»\n")
                # the phrase starts after the clause's last verb or conjunction ("La banque explique
                # que l'un de ses traders, X": "l'un de ses traders")
                for w in re.finditer(_CLAUSE_BREAK, head[: before.end(1)]):
                    clause = max(clause, w.end() - 1)
                phrase_start = before.start(1)
                inner = re.search(
                    r"(?:^|(?<=\s))(?:[Ll]e|[Ll]a|[Ll]['’])\s*[a-zà-ÿ]", head[clause + 1 : before.end(1)]
                )
                if inner is not None:
                    phrase_start = clause + 1 + inner.start()
                add(offset + phrase_start, offset + before.end(1))
            right = _RIGHT_BEFORE.search(head)
            if right is not None:
                add(offset + right.start(1), offset + right.end(1), nouns_only=True)
    return out


# A name right after one of these nouns names an organisation ("l'équipe Astana", "chez Cofidis").
_ORG_BEFORE = re.compile(
    r"(?:\b(?:équipe|formation|club|groupe|société|entreprise|firme|marque|chaîne|journal|quotidien|"
    r"hebdomadaire|magazine|radio|agence|parti|syndicat|association|fédération|banque|compagnie|"
    r"constructeur|laboratoire|opérateur)(?:\s+(?!de\b|du\b|des\b|d['’])\w+)?,?|\bchez)\s+$",
    re.IGNORECASE,
)


# The type of a name an organisation noun introduces: it overrides the tagger's for its group.
_ORG_SURE = "ORG!"


def _typed_by_context(text: str, start: int, end: int, kind: str) -> str:
    """A name right after an organisation noun ("l'équipe Astana", "le groupe Bolloré"; after
    "chez", a name that is no person's) or right before one in brackets ("CCTV (chaîne ...") is
    that organisation."""
    before = _ORG_BEFORE.search(text[max(0, start - 24) : start])
    if before is not None and (kind != "PER" or _ORG_RIGHT_BEFORE.search(before.group(0))):
        return _ORG_SURE  # a person's name only when the noun stands right before it: "le groupe Bolloré"
    if _ORG_AFTER.match(text, end):
        return _ORG_SURE
    return kind


_ORG_RIGHT_BEFORE = re.compile(r"^(?!chez)\w+ +$", re.IGNORECASE)
_ORG_AFTER = re.compile(
    r"\s*\(\s*(?:une?\s+|la\s+|le\s+)?(?:équipe|club|groupe|société|entreprise|firme|chaîne|journal|quotidien|"
    r"hebdomadaire|magazine|radio|agence|parti|syndicat|association|fédération|banque|compagnie|constructeur|"
    r"laboratoire|opérateur)\b",
    re.IGNORECASE,
)


def _short_forms(
    text: str, spans: list[tuple[int, int, str]], heads: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A common word the tagger took for a name is one when the article's longer names use it: the
    head of a name ("le Tour" beside "Tour de France") or a word of a person's full name."""
    words: dict[str, str] = {}
    for start, end, kind in spans:
        parts = text[start:end].split()
        if len(parts) < 2:
            continue
        for i, w in enumerate(parts):
            if kind == "PER" or i == 0:
                words.setdefault(w, kind)
    return [(s, e, words[text[s:e]]) for s, e, _ in heads if text[s:e] in words]


_CAPITALS = re.compile(r"(?<![\w-])[A-ZÉ]{2,8}(?![\w-])")


def _acronyms_written(
    text: str, spans: list[tuple[int, int, str]], exclude: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Acronyms the tagger missed that abbreviate a longer name of the article ("l'AFLD" beside
    "Agence française de lutte contre le dopage")."""
    longer = [(text[s:e], kind) for s, e, kind in spans if len(text[s:e].split()) > 1 and kind != "PER"]
    taken = [(s, e) for s, e, _ in spans] + list(exclude)
    found: list[tuple[int, int, str]] = []
    for m in _CAPITALS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        kinds = {kind for name, kind in longer if abbreviates(m.group(0), name)}
        if len(kinds) == 1:
            found.append((m.start(), m.end(), kinds.pop()))
    return found


_PARTICLES = frozenset(
    ["de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "la", "le", "al", "bin", "ben"]
)
_SENTENCE_END = frozenset('.!?:«»"“”\n')


def _elsewhere(
    text: str, spans: list[tuple[int, int, str]], exclude: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Places the tagger missed where the article writes a name it found elsewhere: the same name,
    a word of a person's full name ("Contador" after "Alberto Contador"), or the capitalised head
    of a longer name inside a sentence ("le Tour" after "Tour de France")."""
    wanted: dict[str, str] = {}
    heads: set[str] = set()
    for start, end, kind in spans:
        surface = text[start:end]
        wanted.setdefault(surface, kind)
        parts = surface.split()
        if len(parts) < 2:
            continue
        if kind == "PER":
            for w in parts:
                if len(w) > 2 and w[0].isupper() and fold(w) not in _PARTICLES and not w.endswith("."):
                    wanted.setdefault(w, kind)
        elif parts[0][0].isupper() and len(parts[0]) > 2:
            wanted.setdefault(parts[0], kind)
            heads.add(parts[0])
    taken = [(s, e) for s, e, _ in spans] + list(exclude)
    found: list[tuple[int, int, str]] = []
    for surface, kind in wanted.items():
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            before, after = text[at - 1 : at] or " ", text[end : end + 1] or " "
            whole = (
                not before.isalnum() and before not in "-'’" and not after.isalnum() and after not in "-'’"
            )
            start = at
            if whole and kind == "PER" and " " not in surface:
                start = _first_name_before(text, at)
            if (
                whole
                and not any(s < end and start < e for s, e in taken)
                and _alone(text, start, end, surface in heads)
            ):
                found.append((start, end, kind))
                taken.append((start, end))
            at = text.find(surface, at + 1)
    return found


_FIRST_NAME = re.compile(r"(?:^|(?<=[\s(«\"“]))([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?) $")


def _first_name_before(text: str, at: int) -> int:
    """Where a person's name starts when the surname found elsewhere follows a capitalised word no
    French word list holds and no title is ("Jorge Alcaraceno" after "Alcaraceno")."""
    m = _FIRST_NAME.search(text[max(0, at - 30) : at])
    if m is None or is_common(m.group(1)) or fold(m.group(1)) in TITLES:
        return at
    return at - len(m.group(0))


def _alone(text: str, start: int, end: int, head: bool) -> bool:
    """The words are not part of a longer capitalised name ("Tour" of "Tour Eiffel"); a head word
    must also stand inside a sentence, where its capital marks a name."""
    nxt = text[end:].lstrip(" ")
    if nxt[:1].isupper():
        return False
    prev = text[:start].rstrip(" ")
    words = prev.split()
    if words and words[-1][:1].isupper():
        before = prev[: len(prev) - len(words[-1])].rstrip(" ")
        if before and before[-1] not in _SENTENCE_END:
            return False  # a capitalised word inside a sentence before it: one longer name
    return not head or bool(prev) and prev[-1] not in _SENTENCE_END


def _split_pairs(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Poutine-Witkoff" names two people when each half is a name seen elsewhere in the article."""
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


def _group(text: str, spans: list[tuple[int, int, str]], lang: str = "fr") -> list[Local]:
    """Full names first, then single words that are the surname or first name of exactly one of them
    (in French, also the head word of exactly one longer name: "le Parti" after "Parti communiste").
    Acronyms join their longer name when identities are resolved (identities.py)."""
    groups: list[Local] = []
    by_key: dict[tuple[str, ...], Local] = {}
    by_other: dict[tuple[str, ...], Local] = {}
    spelled: set[tuple[str, ...]] = set()  # head-acronym keys only met in names written in full
    sure: set[int] = set()  # groups typed ORG by an organisation noun before a name
    ordered = sorted(spans, key=lambda s: (-len(name_key(text[s[0] : s[1]])), s[0]))
    for start, end, raw_kind in ordered:
        surface = text[start:end]
        key = name_key(surface)
        kind = "ORG" if raw_kind == _ORG_SURE else raw_kind
        if not key:
            continue
        target = by_key.get(key)
        if target is None and len(key) == 1:
            owners = [g for g in groups if g.type == "PER" and any(key[0] in k for k in g.keys if len(k) > 1)]
            if (
                not owners
                and kind not in ("PER", "LOC")
                and lang == "fr"
                and (is_common(surface) or is_acronym(surface))
            ):
                owners = [g for g in groups if g.type != "PER" and _heads(key[0], g)]
            if len(owners) == 1:
                target = owners[0]
        if target is None and len(key) > 1 and kind != "PER":
            # Two names written in full whose heads give one acronym ("Cour européenne des droits de
            # l'homme", "Convention européenne des droits de l'homme") are not one for that.
            short = head_acronym_key(surface)
            target = next(
                (
                    by_other[k]
                    for k in other_keys(surface)
                    if k in by_other and not (k == short and k in spelled)
                ),
                None,
            )
            if target is None:
                owners = [g for g in groups if g.type != "PER" and any(_inside(key, k) for k in g.keys)]
                target = owners[0] if len(owners) == 1 else None
        if target is None and len(key) > 1:
            owners = [
                g for g in groups if _same_kind(g.type, kind) and any(_compatible(key, k) for k in g.keys)
            ]
            if len(owners) == 1:
                target = owners[0]
        if target is not None and kind == "PER" and gender_clash([surface], target.names):
            # "Jeanne Morel" beside "Jean Morel": the spelling key drops the mute "e", the first
            # names still say two people.
            target = next(
                (
                    g for g in groups
                    if g.type == "PER"
                    and (key in g.keys or len(key) == 1 and any(key[0] in k for k in g.keys))
                    and not gender_clash([surface], g.names)
                ),
                None,
            )  # fmt: skip
        if target is None:
            target = Local(type=kind)
            groups.append(target)
        elif target.type != "PER" and kind == "PER":
            target.type = "PER"
        if raw_kind == _ORG_SURE:
            sure.add(id(target))
        target.names.append(surface)
        target.mentions.append(Mention(surface, start, end))
        by_key.setdefault(key, target)
        if kind != "PER":
            for k in other_keys(surface):
                if k not in by_other and k == head_acronym_key(surface):
                    spelled.add(k)
                by_other.setdefault(k, target)
    for g in groups:
        if id(g) in sure or g.type == "MISC" and any(_headed_by_org_noun(n) for n in g.names):
            g.type = "ORG"
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)
    return groups


# Nouns that head the name of an organisation ("Brigade financière", "Comité international
# olympique"): a name the tagger calls MISC that opens with one is that organisation.
_ORG_HEADS = frozenset(
    [
        "agence",
        "assemblée",
        "association",
        "autorité",
        "banque",
        "brigade",
        "caisse",
        "chambre",
        "comité",
        "commission",
        "compagnie",
        "confédération",
        "conseil",
        "cour",
        "direction",
        "fédération",
        "fondation",
        "gendarmerie",
        "groupe",
        "institut",
        "ligue",
        "ministère",
        "mouvement",
        "office",
        "organisation",
        "parlement",
        "parti",
        "police",
        "préfecture",
        "sénat",
        "service",
        "société",
        "syndicat",
        "tribunal",
        "union",
    ]
)


def _headed_by_org_noun(name: str) -> bool:
    words = strip_titles(name).replace("’", "'").split()
    if words and fold(words[0]) in ("le", "la", "les"):
        words = words[1:]
    return len(words) >= 2 and fold(words[0]) in {fold(w) for w in _ORG_HEADS}


def _same_kind(a: str, b: str) -> bool:
    """People match people; places, organisations and things match each other (the tagger hesitates)."""
    return (a == "PER") == (b == "PER")


def _heads(word: str, group: Local) -> bool:
    """The word is the first word of one of the group's longer names: an acronym ("JO" of "JO de
    Pékin"), or a common word whose name has no other proper name ("Parti" of "Parti communiste
    chinois"; not "Tour" of "Tour d'Italie" or "Tour France", whose head other races share)."""
    for n in group.names:
        parts = strip_titles(n).replace("’", "'").split()
        if len(parts) < 2 or name_key(parts[0]) != (word,):
            continue
        rest = [p.split("'")[-1] for p in parts[1:]]
        if is_acronym(parts[0]) or not any(p[:1].isupper() and not is_common(p) for p in rest):
            return True
    return False


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A name the longer one starts with ("Jeux olympiques" of "Jeux olympiques de Pékin"), or ends
    with after words that are not its complement ("Jeux olympiques" of "XXVIes Jeux olympiques";
    not "Union européenne" of "Commission de l'Union européenne")."""
    n = len(short)
    if n < 2 or n >= len(long):
        return False
    if long[:n] == short:
        return True
    return long[-n:] == short and not any(w in ("de", "du", "des", "d", "l", "of") for w in long[:-n])


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: same surname, first names equal or one a prefix of the other,
    and no two different middle initials ("George H. W. Bush" is not "George W. Bush")."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    if _initials(a) and _initials(b) and _initials(a) != _initials(b):
        return False
    return a[0].startswith(b[0][:3]) and b[0].startswith(a[0][:3])


def _initials(key: tuple[str, ...]) -> tuple[str, ...]:
    """The one-letter middle words of a full name's key."""
    return tuple(w for w in key[1:-1] if len(w) == 1)


def _bind_roles(text: str, groups: list[Local], found: list[roles.Role]) -> None:
    """A role directly beside a person's name (apposition) stands for that person in this article.
    A role phrase that swallowed the name after it ("le ministre de la Santé Roman Prymula": its
    complement took every capitalised word) is cut before the name first."""
    for i, role in enumerate(found):
        inner = [
            m
            for g in groups
            if g.type == "PER"
            for m in g.mentions
            if role.start < m.start and m.end == role.end
        ]
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
                if (
                    0 <= m.start - role.end <= 3
                    and re.fullmatch(r"[ ,]*", text[role.end : m.start])
                    or 0 <= role.start - m.end <= 3
                    and re.fullmatch(r"[ ,]*", text[m.end : role.start])
                ):
                    g.roles.add(role.key)
