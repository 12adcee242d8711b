"""The language layer: entities with identities, quotes and speakers, time expressions, figures."""

from __future__ import annotations

import contextlib
import datetime as dt
import weakref
from typing import TYPE_CHECKING

from recoupe.config import Settings
from recoupe.progress import Progress, silent
from recoupe.store import Store
from recoupe.store import docs as store_docs

if TYPE_CHECKING:
    from recoupe.language.identities import Resolver

# A long-running process (the API server) analyses a few articles at a time: it keeps the identity
# resolver of each open store between runs instead of reading every identity again. Each run that
# writes identities bumps a counter in the store; a resolver is reused only while the counter is
# the one it left, so identities written by another process (a CLI ingest) are read again.
_RESOLVERS: weakref.WeakKeyDictionary[Store, tuple[int, Resolver]] = weakref.WeakKeyDictionary()
_GENERATION = ("meta", "identities_generation")


def _generation(store: Store) -> int:
    return int(store.get_doc(*_GENERATION) or 0)


def _resolver(store: Store) -> tuple[int, Resolver]:
    """The store's identity resolver and the generation of identities it holds."""
    from recoupe.language.identities import Resolver

    generation = _generation(store)
    cached = _RESOLVERS.pop(store, None)  # not reusable until this run's writes are committed
    if cached is not None and cached[0] == generation:
        return cached
    return generation, Resolver(store_docs.identities(store, articles=False))


def update_store(store: Store, settings: Settings, progress: Progress = silent, today: dt.date | None = None) -> int:
    """Analyse every stored article that has no analysis yet; returns how many were analysed.

    Identities are resolved against those already in the store, then role phrases ("le président
    russe") are linked once the whole run has seen every binding. Re-running does nothing new.
    """
    from recoupe.language.analyse import analyse_many

    # Only the articles without an analysis are read, in publication order (as `iter_articles`).
    todo = [store.get_article(aid) for aid in store.ids_missing_doc("analysis", order="published")]
    if not todo:
        return 0
    read, resolver = _resolver(store)
    resolved = []
    for done, analysis in enumerate(analyse_many(todo, settings.default_language, today), start=1):
        body = todo[done - 1].body
        resolved.append(resolver.resolve(analysis, body))
        progress("language", done, len(todo))
    with store.transaction():
        current = _generation(store)
        for analysis in resolved:
            store_docs.put_analysis(store, resolver.link_roles(analysis))
        for identity, added in resolver.updates():
            store_docs.put_identity(store, identity, added=added)
        store.put_doc(*_GENERATION, current + 1)
    resolver.saved()
    if current == read:  # nobody else wrote identities meanwhile: the resolver holds them all
        with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced is not cached
            _RESOLVERS[store] = (current + 1, resolver)
    return len(resolved)
