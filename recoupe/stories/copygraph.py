"""The copy graph: who reprinted whom, the agency behind a passage, and independent reporting lines.

Nodes are articles; an edge joins two articles that share text (`Reuse`, duplicate or passage).
The edge points from the earlier article to the later one when both are dated; the earliest holder
of a passage is the root of its component. Agencies come from `Article.wire_credits`.

Independent reporting lines behind a set of articles: articles are one line when they are
connected by reuse (directly or through other stored articles: two rewrites of one dispatch that
both copy a third article) or when they credit the same wire agency (two outlets printing one
AFP dispatch in different words still report one AFP observation). Everything else is independent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from recoupe.errors import NotFound
from recoupe.model import Article
from recoupe.store import Store
from recoupe.store import docs as store_docs

# Reuse neighbours followed outside the asked set: enough for a dispatch copied by a few outlets,
# bounded so that a flood of copies does not walk the whole store.
MAX_WALK = 500


@dataclass(frozen=True, slots=True)
class CopyEdge:
    """`source` holds text that `copy` also holds; `directed` False when the order is unknown."""

    source: str
    copy: str
    kind: str
    shared_chars: int
    directed: bool


def agency(credit: str) -> str:
    """Normalised agency name: 'AFP', '(jzs/ats)' -> 'ats', 'Reuters'."""
    cleaned = credit.strip().strip("()[]").lower()
    return cleaned.split("/")[-1].strip() if "/" in cleaned else cleaned


def _published(store: Store, article_id: str) -> Article | None:
    try:
        return store.get_article(article_id)
    except NotFound:
        return None


def edges(store: Store, article_ids: Iterable[str]) -> list[CopyEdge]:
    """Reuse edges touching `article_ids`, oriented from the earlier to the later publication."""
    out: dict[tuple[str, str], CopyEdge] = {}
    for aid in article_ids:
        for r in store_docs.reuse_of(store, aid):
            lo, hi = sorted((r.article_id, r.other_id))
            key = (lo, hi)
            if key in out:
                continue
            a, b = _published(store, r.article_id), _published(store, r.other_id)
            if a and b and a.published and b.published and a.published != b.published:
                first, second = (a, b) if _utc(a) < _utc(b) else (b, a)
                out[key] = CopyEdge(first.id, second.id, r.kind, r.shared_chars, True)
            else:
                out[key] = CopyEdge(key[0], key[1], r.kind, r.shared_chars, False)
    return sorted(out.values(), key=lambda e: (e.source, e.copy))


def _utc(article: Article) -> str:
    from recoupe.stories.features import sort_key

    return sort_key(article)[0]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def lines(store: Store, article_ids: Sequence[str]) -> list[list[str]]:
    """The reporting lines behind `article_ids`: groups of the given ids, each one line."""
    wanted = list(dict.fromkeys(article_ids))
    union = _Union()
    for aid in wanted:
        union.find(aid)
    # Reuse: walk the reuse graph from each article, through articles outside the set too.
    seen: set[str] = set()
    frontier = list(wanted)
    while frontier and len(seen) < MAX_WALK:
        aid = frontier.pop()
        if aid in seen:
            continue
        seen.add(aid)
        for r in store_docs.reuse_of(store, aid):
            union.join(r.article_id, r.other_id)
            if r.other_id not in seen:
                frontier.append(r.other_id)
    # Shared wire credit.
    by_agency: dict[str, str] = {}
    for aid in wanted:
        article = _published(store, aid)
        for credit in article.wire_credits if article else ():
            name = agency(credit)
            if name in by_agency:
                union.join(aid, by_agency[name])
            else:
                by_agency[name] = aid
    groups: dict[str, list[str]] = {}
    for aid in wanted:
        groups.setdefault(union.find(aid), []).append(aid)
    return sorted(groups.values())


def _component(store: Store, article_id: str) -> set[str]:
    """Articles connected to `article_id` by reuse (bounded walk)."""
    seen: set[str] = set()
    frontier = [article_id]
    while frontier and len(seen) < MAX_WALK:
        aid = frontier.pop()
        if aid in seen:
            continue
        seen.add(aid)
        frontier.extend(r.other_id for r in store_docs.reuse_of(store, aid) if r.other_id not in seen)
    return seen


def origins(store: Store, article_ids: Sequence[str]) -> dict[str, str | None]:
    """For each article: the earliest dated holder of its text, stored anywhere (None if unknown).

    Only reuse counts here (a shared credit says who reported, not who wrote this text first).
    """
    out: dict[str, str | None] = {}
    for aid in dict.fromkeys(article_ids):
        dated = [a for a in (_published(store, i) for i in _component(store, aid)) if a and a.published]
        out[aid] = min(dated, key=_utc).id if dated else None
    return out
