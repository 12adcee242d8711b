"""recoupe.search on a real SQLite store: lazy indexing, freshness after new analyses, filters, safety."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

from recoupe import search
from recoupe.model import Analysis, Article, Entity, Identity, Mention, Quote
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs


def _article(store: SQLiteStore, path: Path, article_id: str, outlet: str, day: int | None) -> Article:
    body = path.read_text(encoding="utf-8")
    article = Article(
        id=article_id, input=str(path), body=body, content_hash=hashlib.sha256(body.encode()).hexdigest(),
        title=body.strip().splitlines()[0], outlet=outlet, language="fr",
        published=datetime(2025, 3, day, 12, tzinfo=UTC) if day else None,
    )
    store.add_article(article)
    return article


def test_index_follows_the_store(store: SQLiteStore, seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    first = _article(store, seeds[0], "a0", "watson", 14)
    # Nothing indexed yet: the first search indexes lazily.
    found = search.search(store, "encerclés", ("articles",))
    assert [h.id for h in found.hits] == ["a0"] and found.totals == {"articles": 1}
    _article(store, seeds[2], "a2", "Thanh nien", 13)
    assert {h.id for h in search.search(store, "Witkoff", ("articles",)).hits} == {"a0", "a2"}
    # An analysis written later brings its quotes into the index; identities their names.
    start = first.body.index("J'ai demandé")
    quote = Quote(first.body[start:start + 50], start, start + 50, True, "per-trump", "Donald Trump")
    store_docs.put_analysis(store, Analysis("a0", quotes=(quote,)))
    store_docs.put_identity(store, Identity("per-trump", "Donald Trump", "PER", ("Donald Trump", "M. Trump")))
    quotes = search.search(store, "demande", ("quotes",))  # accents ignored, last word as a prefix
    assert [(h.article_id, h.speaker_id) for h in quotes.hits] == [("a0", "per-trump")]
    assert search.MARK_START in quotes.hits[0].snippet
    assert [h.id for h in search.search(store, "trump", ("entities",)).hits] == ["per-trump"]
    rows, total = search.quotes(store, speaker_id="per-trump")
    assert total == 1 and rows[0].start == start


def test_an_identity_named_again_replaces_its_entry(store: SQLiteStore, seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    first, second = _article(store, seeds[0], "a0", "watson", 14), _article(store, seeds[1], "a1", "rts", 14)

    def named(article: Article, *names: str) -> None:
        mentions = tuple(Mention(n, 0, len(n)) for n in names)
        store_docs.put_identity(store, Identity("per-peskov", names[-1], "PER", names, (article.id,)))
        store_docs.put_analysis(store, Analysis(article.id, entities=(Entity("per-peskov", names[-1], "PER", mentions),)))
        search.index_article(store, article.id)

    named(first, "Dmitri Peskov")
    named(second, "Dmitri Peskov", "Dmitry Peskov")
    hits = search.search(store, "peskov", ("entities",)).hits
    assert [h.id for h in hits] == ["per-peskov"]  # one entry, not one per article that named him
    assert [h.id for h in search.search(store, "dmitry", ("entities",)).hits] == ["per-peskov"]


def test_filters_paging_and_hostile_queries(store: SQLiteStore, seeds_dir: Path) -> None:
    for i, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
        _article(store, path, f"a{i}", "Outlet A" if i < 2 else "Outlet B", 14 if i != 3 else None)
    search.reindex(store, full=True)
    everything = search.search(store, "Poutine", ("articles",), limit=100)
    assert everything.total == 5
    page = search.search(store, "Poutine", ("articles",), limit=2, offset=4)
    assert len(page.hits) == 1 and page.total == 5
    only_b = search.search(store, "Poutine", ("articles",), search.Filters(outlet="Outlet B"))
    assert {h.outlet for h in only_b.hits} == {"Outlet B"}
    dated = search.search(store, "Poutine", ("articles",), search.Filters(since=date(2025, 3, 14), until=date(2025, 3, 14)))
    assert dated.total == 4  # the undated article is outside any date range
    for hostile in ('" OR 1', "NEAR(a b)", "title:x", "*", "a AND", "'; DROP TABLE articles; --"):
        search.search(store, hostile)  # plain words, never an FTS5 syntax error
    assert search.match_expression("  ") is None
    assert store.count_articles() == 5
