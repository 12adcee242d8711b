"""The language layer's fields in `recoupe export`: entities, quotes, time mentions, figures."""

from __future__ import annotations

from typing import Any

from recoupe import codec
from recoupe.model import Article
from recoupe.store import Store
from recoupe.store import docs as store_docs


def article_fields(store: Store, article: Article) -> dict[str, Any]:
    """What the language layer found in one article; offsets index the exported `body`."""
    analysis = store_docs.get_analysis(store, article.id)
    if analysis is None:
        return {"entities": [], "quotes": [], "time_mentions": [], "figures": [], "language_skipped": None}
    return {
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
            }
            for e in analysis.entities
        ],
        "quotes": [
            {
                "text": q.text, "start": q.start, "end": q.end, "direct": q.direct,
                "speaker_id": q.speaker_id, "speaker_name": q.speaker_name, "cue": q.cue, "denial": q.denial,
            }
            for q in analysis.quotes
        ],  # fmt: skip
        "time_mentions": [_time(t) for t in analysis.time_mentions],
        "figures": [
            {"text": f.text, "value": f.value, "what": f.what, "start": f.start, "end": f.end,
             "claimant_id": f.claimant_id, "claimant_name": f.claimant_name}
            for f in analysis.figures
        ],  # fmt: skip
        "language_skipped": analysis.skipped,
    }


def _time(t: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"text": t.text, "start": t.start, "end": t.end, "kind": t.kind, "resolved": t.resolved}
    if t.date is not None:
        out["date"] = codec.to_plain(t.date)
    if t.start_date is not None:
        out["start_date"] = codec.to_plain(t.start_date)
        out["end_date"] = codec.to_plain(t.end_date)
    out["anchor"] = t.anchor
    return out
