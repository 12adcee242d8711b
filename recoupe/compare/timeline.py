"""The story on a time axis, by the date things happened (resolved dates in the claims), not publication."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.model import ClaimGroup, Event, TimelineEntry


def timeline(groups: Sequence[ClaimGroup], events: Sequence[Event] = ()) -> list[TimelineEntry]:
    """Dated entries: each reporting claim group once per date its claims name, plus dated events.

    A date is kept for a group when its claims resolve it (from the language layer's time mentions).
    Commentary and analysis are left out: they do not say when something happened. Events come with
    the start the story layer gave them.
    """
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for g in groups:
        if g.kind in ("commentary", "analysis"):
            continue
        dates = sorted({d for c in g.claims for d in c.dates})
        for d in dates:
            articles = tuple(dict.fromkeys(c.article_id for c in g.claims if d in c.dates))
            entries[(d.isoformat(), g.text)] = TimelineEntry(d, g.text, articles)
    for e in events:
        if e.start is not None and e.title:
            key = (e.start.date().isoformat(), e.title)
            entries.setdefault(key, TimelineEntry(e.start.date(), e.title, e.article_ids))
    return sorted(entries.values(), key=lambda t: (t.date, -len(t.articles), t.text))
