"""Read-side helpers for interfaces: identities and the page of one identity."""

from __future__ import annotations

from typing import Any

from recoupe.model import Identity
from recoupe.store import Store
from recoupe.store import docs as store_docs


def list_identities(store: Store, type_: str | None = None) -> list[Identity]:
    """Identities seen in at least one article, most articles first."""
    rows = store_docs.identities(store, articles=False)
    rows = [i for i in rows if i.article_count and (type_ is None or i.type == type_)]
    return sorted(rows, key=lambda i: (-i.article_count, i.name))


def entity_page(store: Store, identity_id: str) -> dict[str, Any] | None:
    """Names, type, articles and quotes of one identity, or None when unknown."""
    ident = store_docs.get_identity(store, identity_id)
    if ident is None:
        return None
    quotes = []
    for article_id in ident.article_ids:
        analysis = store_docs.get_analysis(store, article_id)
        for q in analysis.quotes if analysis else ():
            if q.speaker_id == identity_id:
                quotes.append({"article_id": article_id, "text": q.text, "direct": q.direct, "cue": q.cue,
                               "denial": q.denial, "start": q.start, "end": q.end})  # fmt: skip
    return {
        "id": ident.id,
        "name": ident.name,
        "type": ident.type,
        "names": list(dict.fromkeys([ident.name, *ident.names])),
        "roles": list(ident.roles),
        "articles": list(ident.article_ids),
        "quotes": quotes,
    }
