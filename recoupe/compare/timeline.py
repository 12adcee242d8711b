"""The story on a time axis, by the date things happened (resolved dates in the claims), not publication."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from recoupe.model import Article, ClaimGroup, Event, TimelineEntry

# How far (days) a caption's date may be from the article's own dates to count for its story.
CAPTION_WINDOW_DAYS = 60


def caption_dates(article: Article) -> list[TimelineEntry]:
    """Dated captions: a caption may be the only place that says when the reported thing happened.

    The language layer reads the body only; captions are resolved here with its resolver, against
    the same anchor (the publication date, or the body's in-text anchor when that date is unknown).
    """
    from recoupe.language import timex

    entries = []
    reference = (article.fetched_at or dt.datetime.now(dt.UTC)).date()
    published = article.published.date() if article.published else None
    lang = (article.language or "").split("-")[0].lower() or None  # dates read in the article's language
    for caption in article.captions:
        joined = f"{article.body}\n\n{caption}"
        offset = len(article.body) + 2
        mentions = [
            m for m in timex.extract(joined, published, reference, lang=lang) if m.resolved and m.date
        ]
        known = [m.date for m in mentions if m.start < offset and m.date] + ([published] if published else [])
        for m in mentions:
            if m.start < offset or m.kind != "date" or m.date is None:
                continue
            # A caption far from every date of the article describes an archive photo (a wrong or old
            # year is common there): it says nothing about when the story's events happened.
            if not any(abs((m.date - d).days) <= CAPTION_WINDOW_DAYS for d in known):
                continue
            entries.append(TimelineEntry(m.date, " ".join(caption.split()), (article.id,)))
    return entries


def timeline(
    groups: Sequence[ClaimGroup], events: Sequence[Event] = (), articles: Sequence[Article] = ()
) -> list[TimelineEntry]:
    """Dated entries: each reporting claim group once per date its claims name, plus dated events.

    A date is kept for a group when its claims resolve it (from the language layer's time mentions).
    Commentary and analysis are left out: they do not say when something happened. Events come with
    the start the story layer gave them; dated captions of `articles` are added (see `caption_dates`).
    """
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for g in groups:
        if g.kind in ("commentary", "analysis"):
            continue
        dates = sorted({d for c in g.claims for d in c.dates})
        for d in dates:
            cited = tuple(dict.fromkeys(c.article_id for c in g.claims if d in c.dates))
            entries[(d.isoformat(), g.text)] = TimelineEntry(d, g.text, cited)
    for a in articles:
        for entry in caption_dates(a):
            entries.setdefault((entry.date.isoformat(), entry.text), entry)
    for e in events:
        if e.start is not None and e.title:
            key = (e.start.date().isoformat(), e.title)
            entries.setdefault(key, TimelineEntry(e.start.date(), e.title, e.article_ids))
    return sorted(entries.values(), key=lambda t: (t.date, -len(t.articles), t.text))
