"""The language layer: entities with identities, quotes and speakers, time expressions, figures."""

from __future__ import annotations

import datetime as dt

from recoupe.config import Settings
from recoupe.progress import Progress, silent
from recoupe.store import Store
from recoupe.store import docs as store_docs


def update_store(store: Store, settings: Settings, progress: Progress = silent, today: dt.date | None = None) -> int:
    """Analyse every stored article that has no analysis yet; returns how many were analysed.

    Identities are resolved against those already in the store, then role phrases ("le président
    russe") are linked once the whole run has seen every binding. Re-running does nothing new.
    """
    from recoupe.language.analyse import analyse_many
    from recoupe.language.identities import Resolver

    # Only the articles without an analysis are read, in publication order (as `iter_articles`).
    todo = [store.get_article(aid) for aid in store.ids_missing_doc("analysis", order="published")]
    if not todo:
        return 0
    resolver = Resolver(store_docs.identities(store))
    resolved = []
    for done, analysis in enumerate(analyse_many(todo, settings.default_language, today), start=1):
        body = todo[done - 1].body
        resolved.append(resolver.resolve(analysis, body))
        progress("language", done, len(todo))
    with store.transaction():
        for analysis in resolved:
            store_docs.put_analysis(store, resolver.link_roles(analysis))
        for identity in resolver.records():
            store_docs.put_identity(store, identity)
    return len(resolved)
