"""The identity resolver finds its candidates through indexes: thousands of unrelated identities
must change nothing in how an article's names are resolved (names written for the test)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from recoupe import language
from recoupe.config import Settings
from recoupe.language.identities import Resolver
from recoupe.model import Analysis, Article, Entity, Identity, Mention
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs

KNOWN = (
    Identity("per-marie-dalbret", "Marie Dalbret", "PER", ("Marie Dalbret",), ("old-1",), ("ministre sante",)),
    Identity("loc-kharkiv", "Kharkiv", "LOC", ("Kharkiv",), ("old-2",)),
    Identity("per-paul-renaud", "Paul Renaud", "PER", ("Paul Renaud",), ("old-3",)),
)


def _filler(n: int) -> list[Identity]:
    """Unrelated people, places and organisations with made-up names."""
    syllables = ["ba", "do", "ki", "lu", "me", "no", "ra", "su", "te", "vi"]
    out = []
    for i in range(n):
        a, b, c = syllables[i % 10], syllables[i // 10 % 10], syllables[i // 100 % 10]
        kind = ("PER", "ORG", "LOC")[i % 3]
        name = f"{a.title()}{b}{c} Zo{c}{a}" if kind == "PER" else f"{c.title()}{a}{b}x"
        out.append(Identity(f"f{i}", name, kind, (name,), (f"filler-{i}",)))
    return out


def _entity(eid: str, kind: str, *texts: str) -> Entity:
    return Entity(eid, max(texts, key=len), kind, tuple(Mention(t, n * 40, n * 40 + len(t)) for n, t in enumerate(texts)))


ARTICLE = Analysis(
    "new",
    (
        _entity("e1", "PER", "Mme Dalbret"),  # surname alone: the one person already met who carries it
        _entity("e2", "LOC", "Kharkov"),  # a near spelling of a one-word place
        _entity("e3", "PER", "Paul Renaud", "Renaud"),  # the same full name
        _entity("e4", "PER", "Claire Renaud"),  # same surname, another first name: a new person
        _entity("e5", "ORG", "Banque Orvale"),  # unknown: a new identity
        _entity("role:ministre sante", "ROLE", "la ministre de la Santé"),
    ),
)
TEXT = "Mme Dalbret a rencontré Paul Renaud et Claire Renaud à Kharkov, avec la Banque Orvale."


def _resolved(existing: list[Identity]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    resolver = Resolver(existing)
    analysis = resolver.link_roles(resolver.resolve(ARTICLE, TEXT))
    ids = {m.text: e.id for e in analysis.entities for m in e.mentions}
    records = {head.id: added for head, added in resolver.updates()}
    return ids, records


def test_resolution_does_not_depend_on_unrelated_identities() -> None:
    alone, _ = _resolved(list(KNOWN))
    crowded, records = _resolved([*_filler(3000), *KNOWN])
    assert alone == crowded
    assert crowded["Mme Dalbret"] == "per-marie-dalbret" == crowded["la ministre de la Santé"]
    assert crowded["Kharkov"] == "loc-kharkiv"
    assert crowded["Paul Renaud"] == crowded["Renaud"] == "per-paul-renaud"
    assert crowded["Claire Renaud"] not in {"per-paul-renaud", "per-marie-dalbret"}
    assert "new" in records["per-marie-dalbret"] and "new" in records[crowded["Banque Orvale"]]


def test_a_renamed_identity_is_still_found_by_its_new_and_old_names() -> None:
    resolver = Resolver([*_filler(300), Identity("per-x", "Marie Dalbret", "PER", ("Marie Dalbret",), ("old",))])
    longer = _entity("e1", "PER", "Marie Claire Dalbret", "Marie Dalbret")
    first = resolver.resolve(Analysis("a1", (longer,)), "")
    assert first.entities[0].id == "per-x" and resolver.idents["per-x"].name == "Marie Claire Dalbret"
    for text in ("Marie Claire Dalbret", "Marie Dalbret"):
        again = resolver.resolve(Analysis("a2", (_entity("e1", "PER", text),)), "")
        assert again.entities[0].id == "per-x"


def _stored(store: SQLiteStore, key: str, body: str) -> None:
    store.add_article(
        Article(id=key, input="t", body=body, content_hash=key, language="fr", published=dt.datetime(2025, 3, 14, 12))
    )


FIRST = "La ministre Marie Dalbret a visité Lyon lundi avec le maire Paul Renaud."
SECOND = "Selon Marie Dalbret, le chantier de Lyon reprendra en juin. Paul Renaud a approuvé."


def _identities(store: SQLiteStore) -> dict[str, tuple[str, ...]]:
    return {i.id: i.article_ids for i in store_docs.identities(store)}


def test_a_kept_resolver_gives_what_a_fresh_one_gives(tmp_path: Path) -> None:
    kept, fresh = SQLiteStore(str(tmp_path / "kept.db")), SQLiteStore(str(tmp_path / "fresh.db"))
    for store in (kept, fresh):
        _stored(store, "a", FIRST)
        language.update_store(store, Settings())
    _stored(kept, "b", SECOND)
    language.update_store(kept, Settings())  # the resolver of the first run, kept in memory
    fresh.close()
    fresh = SQLiteStore(str(tmp_path / "fresh.db"))  # a new process: identities read from the store
    _stored(fresh, "b", SECOND)
    language.update_store(fresh, Settings())
    assert _identities(kept) == _identities(fresh)
    assert any(set(ids) == {"a", "b"} for ids in _identities(kept).values())


def test_identities_written_by_another_process_are_read_again(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    server, cli = SQLiteStore(path), SQLiteStore(path)
    _stored(server, "a", FIRST)
    language.update_store(server, Settings())  # the server keeps its resolver
    _stored(cli, "b", SECOND)
    language.update_store(cli, Settings())  # another connection adds "b" to the same people
    _stored(server, "c", "Marie Dalbret a quitté Lyon mardi.")
    language.update_store(server, Settings())
    dalbret = [ids for ids in _identities(server).values() if "c" in ids and "a" in ids]
    assert dalbret and "b" in dalbret[0]  # "b", written by the other connection, was not lost


def test_article_lists_are_stored_in_chunks_and_appended(store: SQLiteStore) -> None:
    chunk = store_docs.IDENTITY_CHUNK
    first = [f"a{i}" for i in range(chunk - 2)]
    head = Identity("per-x", "Marie Dalbret", "PER", ("Marie Dalbret",))
    store_docs.put_identity(store, head, added=first)
    later = [f"b{i}" for i in range(5)]  # crosses into a second chunk
    store_docs.put_identity(store, replace(head, names=("Marie Dalbret", "M. Dalbret")), added=later)
    full = store_docs.get_identity(store, "per-x")
    assert full is not None and full.article_ids == (*first, *later) and full.article_count == chunk + 3
    assert full.names == ("Marie Dalbret", "M. Dalbret")
    light = store_docs.get_identity(store, "per-x", articles=False)
    assert light is not None and light.article_ids == () and light.article_count == chunk + 3
    assert store_docs.identity_articles(store, light) == full.article_ids
    for last in (1, 3, 5, chunk + 3, chunk + 10):  # the latest ones, reading only their chunks
        assert store_docs.identity_articles(store, light, last=last) == full.article_ids[-last:]
    assert store_docs.identities(store) == [full]
    assert store_docs.identities(store, articles=False) == [light]
    # Rewriting the whole list (no `added`) gives the same reads.
    store_docs.put_identity(store, full)
    assert store_docs.get_identity(store, "per-x") == full


def test_an_older_record_holding_its_list_is_read_and_extended(store: SQLiteStore) -> None:
    old = Identity("per-y", "Paul Renaud", "PER", ("Paul Renaud",), ("a1", "a2"))
    store.put_doc("identity", old.id, old)  # as written before article lists were chunked
    assert store_docs.get_identity(store, "per-y", articles=False).article_count == 2  # type: ignore[union-attr]
    store_docs.put_identity(store, replace(old, article_ids=()), added=["a3"])
    assert store_docs.get_identity(store, "per-y").article_ids == ("a1", "a2", "a3")  # type: ignore[union-attr]


def test_an_entity_page_reads_its_latest_articles_only(store: SQLiteStore) -> None:
    from recoupe.api.queries import Catalogue

    head = Identity("per-z", "Claire Vasseur", "PER", ("Claire Vasseur",))
    store_docs.put_identity(store, head, added=[f"a{i}" for i in range(1200)])
    view = Catalogue(store).entity("per-z", recent=300)
    assert view.identity.article_count == 1200
    assert view.identity.article_ids == tuple(f"a{i}" for i in range(900, 1200))
