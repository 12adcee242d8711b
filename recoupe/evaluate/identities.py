"""Scorer for `recoupe eval identities`: named entities and their identities on gold annotated by reading.

Gold (gold/identities_<set>.jsonl, one line per article after an `_about` line) lists every
real-world entity an article names: a `key` shared by every article of the file for one entity, its
`type`, the `names` the text uses for it and, optionally, `roles` that stand for it. recoupe reads
the articles the way a user's store does: each is stored, then `recoupe.language.update_store`
analyses them in one run and resolves their entities to store identities, in the file's order.

What is measured (a *name* is one gold (article, name) pair, its *occurrences* every place the
text writes it as whole words; a longer gold name covering a shorter one keeps the place):

- detection: a name is found when a predicted name mention overlaps one of its occurrences; it
  maps to the entity (store identity) whose mentions overlap most of its occurrences. Recall is
  found names / gold names; precision is predicted name mentions that overlap some gold
  occurrence / predicted name mentions, so a mention of something the gold does not list (a
  common noun the tagger took for a name, an entity named only in a heading) counts against it.
- type accuracy on found names (the type of the identity recoupe gave them).
- within-article merges, pairwise over the found names of one article: a pair is gold-positive
  when both names carry one key, predicted-positive when both map to one identity.
- cross-article identity, pairwise over (article, key) units with a found name, in different
  articles: gold-positive when the keys are equal, predicted-positive when the identities (the one
  covering most of the unit's occurrences) are equal.
- role linking: a gold role is linked when the role mentions recoupe binds over its occurrences
  belong mostly to the identity of its entity.

A peer runs over the same found names: exact-string identity (two names are one identity when
their accent- and case-folded strings are equal, within and across articles).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from recoupe.errors import RecoupeError
from recoupe.evaluate import corpora
from recoupe.language.names import fold

GOLD_FILES = {"dev": "identities_dev.jsonl", "heldout": "identities_heldout.jsonl"}
TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    key: str
    type: str
    names: tuple[str, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldArticle:
    corpus: str
    id: str
    text: str
    entities: tuple[GoldEntity, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted mention: a span, the identity it belongs to, that identity's type, and whether
    it is a role phrase ("le président russe") rather than a name."""

    start: int
    end: int
    ident: str
    type: str
    role: bool = False


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    end: int
    key: str
    text: str


@dataclass
class Measured:
    """Found names of every article: (article, key, name) -> (identity, type, occurrences covered)."""

    found: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    weight: dict[tuple[str, str, str], Counter[str]] = field(default_factory=dict)
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    names: int = 0
    occurrences: int = 0
    occurrences_found: int = 0
    mentions: int = 0
    mentions_on_gold: int = 0
    spurious: list[tuple[str, str]] = field(default_factory=list)  # (article, mention text)
    roles: int = 0
    roles_linked: int = 0
    role_errors: list[tuple[str, str, str, str | None]] = field(default_factory=list)


def gold_entries(gold: str = "dev") -> list[dict[str, Any]]:
    """The annotated articles of a gold set (the file's `_about` line is skipped)."""
    if gold not in GOLD_FILES:
        raise RecoupeError(f"unknown gold set {gold!r}: choose one of {', '.join(GOLD_FILES)}")
    ref = resources.files("recoupe.evaluate").joinpath(f"gold/{GOLD_FILES[gold]}")
    if not ref.is_file():
        raise RecoupeError(f"gold file gold/{GOLD_FILES[gold]} is missing: it is annotated by reading")
    rows = [json.loads(line) for line in ref.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in rows if "corpus" in r]


def load_gold(gold: str = "dev", root: Path = corpora.DEFAULT_CORPORA) -> list[GoldArticle]:
    """The gold articles with their texts, exactly as the evaluator reads them."""
    out = []
    for entry in gold_entries(gold):
        text = corpora.load(entry["corpus"], entry["id"], root).text
        ents = tuple(
            GoldEntity(e["key"], e["type"], tuple(e["names"]), tuple(e.get("roles", ())))
            for e in entry["entities"]
        )
        out.append(GoldArticle(entry["corpus"], entry["id"], text, ents))
    return out


def find_all(text: str, words: str) -> list[int]:
    """Starts of every occurrence of `words` in `text` as whole words (no letter or digit on either side)."""
    out, at = [], text.find(words)
    while at >= 0 and words:
        end = at + len(words)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(at)
        at = text.find(words, at + 1)
    return out


def occurrences(text: str, pairs: Iterable[tuple[str, str]]) -> list[Occurrence]:
    """Every place the text writes a (key, words) pair, longest first: a place already covered by a
    longer one is not counted again ("Sarkozy" inside "Nicolas Sarkozy")."""
    cands = [
        Occurrence(at, at + len(words), key, words) for key, words in pairs for at in find_all(text, words)
    ]
    cands.sort(key=lambda o: (-(o.end - o.start), o.start))
    kept: list[Occurrence] = []
    for o in cands:
        if not any(k.start < o.end and o.start < k.end for k in kept):
            kept.append(o)
    return sorted(kept, key=lambda o: o.start)


def _owner(occ: Occurrence, mentions: Sequence[Predicted]) -> Predicted | None:
    """The predicted mention overlapping an occurrence most (the first one on a tie)."""
    best, size = None, 0
    for m in mentions:
        overlap = min(m.end, occ.end) - max(m.start, occ.start)
        if overlap > size:
            best, size = m, overlap
    return best


def measure(articles: Sequence[GoldArticle], predicted: Mapping[str, Sequence[Predicted]]) -> Measured:
    """Map every gold name to the identity whose mentions cover most of its occurrences."""
    out = Measured()
    for art in articles:
        preds = list(predicted.get(art.id, ()))
        names = [m for m in preds if not m.role]
        occs = occurrences(art.text, [(e.key, n) for e in art.entities for n in e.names])
        out.mentions += len(names)
        for m in names:
            if any(o.start < m.end and m.start < o.end for o in occs):
                out.mentions_on_gold += 1
            else:
                out.spurious.append((art.id, art.text[m.start : m.end]))
        for ent in art.entities:
            for name in dict.fromkeys(ent.names):
                unit = (art.id, ent.key, name)
                mine = [o for o in occs if o.key == ent.key and o.text == name]
                votes: Counter[str] = Counter()
                types: dict[str, str] = {}
                for o in mine:
                    owner = _owner(o, names)
                    if owner is not None:
                        votes[owner.ident] += 1
                        types.setdefault(owner.ident, owner.type)
                out.names += 1
                out.occurrences += len(mine)
                out.occurrences_found += sum(votes.values())
                if not votes:
                    out.missed.append(unit)
                    continue
                ident = votes.most_common(1)[0][0]
                out.found[unit] = (ident, types[ident])
                out.weight[unit] = votes
        _link_roles(art, preds, occs, out)
    return out


def _link_roles(art: GoldArticle, preds: list[Predicted], name_occs: list[Occurrence], out: Measured) -> None:
    ident_of = _units({u: v for u, v in out.weight.items() if u[0] == art.id})
    role_mentions = [m for m in preds if m.role]
    for ent in art.entities:
        for role in dict.fromkeys(ent.roles):
            out.roles += 1
            votes: Counter[str] = Counter()
            for at in find_all(art.text, role):
                owner = _owner(Occurrence(at, at + len(role), ent.key, role), role_mentions)
                if owner is not None:
                    votes[owner.ident] += 1
            got = votes.most_common(1)[0][0] if votes else None
            want = ident_of.get((art.id, ent.key))
            if got is not None and got == want:
                out.roles_linked += 1
            else:
                out.role_errors.append((art.id, ent.key, role, got))


def _units(weight: Mapping[tuple[str, str, str], Counter[str]]) -> dict[tuple[str, str], str]:
    """(article, key) -> the identity covering most of that entity's occurrences in the article."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (art, key, _), counter in weight.items():
        votes[(art, key)].update(counter)
    return {unit: c.most_common(1)[0][0] for unit, c in votes.items()}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold_pairs": n_gold, "predicted_pairs": n_pred, "right_pairs": tp}  # fmt: skip


def _pairs(items: list[tuple[Any, str, str]], across: bool) -> dict[str, float | int]:
    """Pairwise scores over items (group, gold label, predicted label): pairs within one group, or
    (across) pairs from two different groups."""
    tp = n_pred = n_gold = 0
    for i, (ga, ka, pa) in enumerate(items):
        for gb, kb, pb in items[i + 1 :]:
            if (ga != gb) != across:
                continue
            same_gold, same_pred = ka == kb, pa == pb
            n_gold += same_gold
            n_pred += same_pred
            tp += same_gold and same_pred
    return _prf(tp, n_pred, n_gold)


def scores(
    measured: Measured, ident: Mapping[tuple[str, str, str], str] | None = None
) -> dict[str, float | int]:
    """Merge and identity scores over the found names; `ident` replaces recoupe's identity of each
    found name (the exact-string peer), keeping the same names and occurrences."""
    weight = measured.weight
    if ident is not None:
        weight = {u: Counter({ident[u]: sum(c.values())}) for u, c in weight.items()}
    within = _pairs([(art, key, c.most_common(1)[0][0]) for (art, key, _), c in weight.items()], across=False)
    across = _pairs([(art, key, pred) for (art, key), pred in _units(weight).items()], across=True)
    return {
        "within_precision": within["precision"], "within_recall": within["recall"], "within_f1": within["f1"],
        "within_gold_pairs": within["gold_pairs"], "within_predicted_pairs": within["predicted_pairs"],
        "across_precision": across["precision"], "across_recall": across["recall"], "across_f1": across["f1"],
        "across_gold_pairs": across["gold_pairs"], "across_predicted_pairs": across["predicted_pairs"],
    }  # fmt: skip


def report(
    articles: Sequence[GoldArticle], predicted: Mapping[str, Sequence[Predicted]]
) -> dict[str, dict[str, Any]]:
    """recoupe's figures and the exact-string peer's, over the same found names."""
    m = measure(articles, predicted)
    types = {(a.id, e.key): e.type for a in articles for e in a.entities}
    typed_ok = sum(types[(art, key)] == t for (art, key, _), (_, t) in m.found.items())
    ours: dict[str, Any] = {
        "articles": len(articles),
        "gold_names": m.names,
        "found_names": len(m.found),
        "detection_recall": len(m.found) / m.names if m.names else 0.0,
        "detection_precision": m.mentions_on_gold / m.mentions if m.mentions else 0.0,
        "predicted_mentions": m.mentions,
        "occurrence_recall": m.occurrences_found / m.occurrences if m.occurrences else 0.0,
        "type_accuracy": typed_ok / len(m.found) if m.found else 0.0,
        **scores(m),
        "gold_roles": m.roles,
        "role_linking": m.roles_linked / m.roles if m.roles else 0.0,
    }
    peer = scores(m, {u: fold(u[2]) for u in m.found})
    return {"recoupe": ours, "exact-string": {"found_names": len(m.found), **peer}}


def predicted_mentions(analysis: Any) -> list[Predicted]:
    """The mentions of one stored analysis, with their identity; role phrases apart from names."""
    from recoupe.language.roles import find as find_roles

    out = []
    for e in analysis.entities:
        for m in e.mentions:
            role = (
                e.type == "ROLE"
                or e.id.startswith("role:")
                or m.text[:1].islower()
                or any(find_roles(m.text))
            )
            out.append(Predicted(m.start, m.end, e.id, e.type, role))
    return out


def run_recoupe(articles: Sequence[GoldArticle]) -> dict[str, list[Predicted]]:
    """Store the articles and analyse them in one run, as `recoupe analyse` does: each article's
    entities resolved to the store's identities, roles linked once the run has seen every binding."""
    from recoupe import language
    from recoupe.config import Settings
    from recoupe.model import Article
    from recoupe.store import SQLiteStore
    from recoupe.store import docs as store_docs

    store = SQLiteStore(":memory:")
    try:
        for art in articles:
            store.add_article(
                Article(
                    id=art.id,
                    input=art.corpus,
                    body=art.text,
                    content_hash=f"{art.corpus}/{art.id}",
                    language="fr",
                )
            )
        language.update_store(store, Settings())
        out = {}
        for art in articles:
            analysis = store_docs.get_analysis(store, art.id)
            out[art.id] = predicted_mentions(analysis) if analysis is not None else []
        return out
    finally:
        store.close()


def evaluate_identities(
    root: Path = corpora.DEFAULT_CORPORA, gold_set: str = "dev"
) -> dict[str, dict[str, Any]]:
    """`recoupe eval identities`: recoupe's names and identities beside the exact-string peer."""
    articles = load_gold(gold_set, root)
    return report(articles, run_recoupe(articles))
