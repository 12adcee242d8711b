"""What the story and article pages show, assembled from the catalogue (presentation only)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from recoupe.api.queries import ArticleRow, ArticleView, Catalogue
from recoupe.model import ClaimGroup, Story, StoryReport
from recoupe.store import docs as store_docs
from recoupe.web import charts, diff
from recoupe.web.highlight import Run, Span, runs

_RANK = {"contradicted": 0, "corroborated": 1, "single": 2}


@dataclass(frozen=True, slots=True)
class Column:
    article_id: str
    label: str


@dataclass(frozen=True, slots=True)
class ClaimLine:
    group: ClaimGroup
    supporting: tuple[str, ...]  # outlet labels
    contradicting: tuple[str, ...]
    cells: tuple[str, ...]  # per column: supports, contradicts, one-sided, ""
    one_sided: bool

    @property
    def compared(self) -> bool:
        """Worth a row of the coverage matrix: more than one source has something to say on it."""
        return len([c for c in self.cells if c]) > 1 or self.one_sided


@dataclass(frozen=True, slots=True)
class Variant:
    article_id: str
    label: str
    pieces: tuple[diff.Piece, ...]
    reference: bool
    similarity: float


@dataclass(frozen=True, slots=True)
class QuoteLine:
    speaker_id: str | None
    speaker: str
    variants: tuple[Variant, ...]
    differences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryPage:
    story: Story
    report: StoryReport
    columns: tuple[Column, ...]
    articles: dict[str, ArticleRow]
    labels: dict[str, str]
    claims: tuple[ClaimLine, ...]
    counts: dict[str, int]
    quotes: tuple[QuoteLine, ...]
    timeline: charts.Timeline
    graph: charts.Graph
    independent_lines: int
    outlets: int


def _labels(cat: Catalogue, rows: dict[str, ArticleRow], ids: tuple[str, ...]) -> dict[str, str]:
    """Outlet names, made unique (two articles of one outlet get #1, #2).

    An article whose outlet is unknown is named by its wire credit, else its page's host, else its id.
    """
    base: dict[str, str] = {}
    for a in ids:
        outlet = rows[a].outlet if a in rows else None
        base[a] = outlet or _fallback_label(cat, a)
    seen: dict[str, int] = {}
    for name in base.values():
        seen[name] = seen.get(name, 0) + 1
    counter: dict[str, int] = {}
    out = {}
    for a in ids:
        name = base[a]
        if seen[name] > 1:
            counter[name] = counter.get(name, 0) + 1
            name = f"{name} #{counter[name]}"
        out[a] = name
    return out


def story_page(cat: Catalogue, story_id: str, status: str | None) -> StoryPage:
    story = cat.story(story_id)
    report = cat.report(story_id)
    row = cat.row(story_id)
    rows = cat.titles(story.article_ids)

    def published(a: str) -> tuple[bool, str, str]:
        when = rows[a].published if a in rows else None
        return (when is None, when or "", a)

    order = {a: i for i, a in enumerate(sorted(story.article_ids, key=published))}
    ids = tuple(sorted(story.article_ids, key=lambda a: order[a]))
    labels = _labels(cat, rows, ids)
    columns = tuple(Column(a, labels[a]) for a in ids)
    one_sided = {(o.article_id, o.claim_id) for o in report.one_sided}
    by_id = {g.id: g for g in report.claims}
    lines = []
    counts: dict[str, int] = {}
    # Contradicted claims first, then corroborated, then those of one source; most reported first.
    ranked = sorted(report.claims, key=lambda g: (_RANK.get(g.status, 3), -len(g.articles)))
    for group in ranked:
        counts[group.status] = counts.get(group.status, 0) + 1
        if status and group.status != status:
            continue
        claim_ids = {group.id, *(c.id for c in group.claims)}
        flagged = {a for a, c in one_sided if c in claim_ids}
        against = _contradicting(group, by_id)
        cells = tuple(
            "contradicts" if a in against
            else "one-sided" if a in flagged
            else "supports" if a in group.articles
            else ""
            for a in ids
        )
        lines.append(ClaimLine(
            group,
            tuple(labels.get(a, a) for a in group.articles),
            tuple(labels.get(a, a) for a in against),
            cells,
            bool(flagged),
        ))
    quotes = []
    for qg in report.quote_groups:
        if not qg.variants:
            continue
        reference = qg.variants[0][1]
        variants = tuple(
            Variant(a, labels.get(a, a), tuple(diff.align(reference, text)), i == 0, diff.similarity(reference, text))
            for i, (a, text) in enumerate(qg.variants)
        )
        differences = tuple(_relabel(d, labels) for d in qg.differences)
        quotes.append(QuoteLine(qg.speaker_id, qg.speaker_name or "unknown speaker", variants, differences))
    reuse = [r for a in ids for r in store_docs.reuse_of(cat.store, a)]
    return StoryPage(
        story=story,
        report=report,
        columns=columns,
        articles=rows,
        labels=labels,
        claims=tuple(lines),
        counts=counts,
        quotes=tuple(quotes),
        timeline=charts.timeline(report.timeline),
        graph=charts.copy_graph(ids, labels, order, reuse),
        independent_lines=row.independent_lines,
        outlets=row.outlets,
    )


def _fallback_label(cat: Catalogue, article_id: str) -> str:
    article = cat.store.get_article(article_id)
    if article.wire_credits:
        return f"{article.wire_credits[0]} wire"
    if article.url and (host := urlsplit(article.url).hostname):
        return host.removeprefix("www.")
    return f"article {article_id[:8]}"


def _relabel(text: str, labels: dict[str, str]) -> str:
    """"<article id>: note" with the article's outlet label instead of its id."""
    head, sep, rest = text.partition(":")
    return f"{labels[head]}:{rest}" if sep and head in labels else text


def _contradicting(group: ClaimGroup, groups: dict[str, ClaimGroup]) -> tuple[str, ...]:
    """Articles that contradict `group`: `contradicted_by` names the denying claim groups (or articles)."""
    found: list[str] = []
    for ref in group.contradicted_by:
        found.extend(groups[ref].articles if ref in groups else (ref,))
    return tuple(dict.fromkeys(a for a in found if a not in group.articles))


def article_runs(view: ArticleView, names: dict[str, str] | None = None) -> list[Run]:
    """The body cut into highlighted runs: entities, quotes, dates, figures and claims."""
    spans: list[Span] = []
    analysis = view.analysis
    if analysis is not None:
        for entity in analysis.entities:
            spans.extend(
                Span(m.start, m.end, f"entity entity-{entity.type.lower()}", entity.name, f"/entities/{entity.id}")
                for m in entity.mentions
            )
        spans.extend(Span(q.start, q.end, "quote", f"quote: {q.speaker_name or 'unknown speaker'}") for q in analysis.quotes)
        spans.extend(
            Span(t.start, t.end, "date", f"date: {t.date.isoformat() if t.date else 'unresolved'}")
            for t in analysis.time_mentions
        )
        spans.extend(Span(f.start, f.end, "figure", f"figure: {f.value:g} {f.what or ''}".strip()) for f in analysis.figures)
    spans.extend(Span(s, e, f"claim claim-{status}", f"claim ({status})") for _, s, e, status in view.claims)
    spans.extend(
        Span(start, end, "shared", f"shared with {(names or {}).get(r.other_id, r.other_id)}", f"/articles/{r.other_id}")
        for r in view.reuse
        for start, end, _, _ in r.spans
    )
    return runs(view.article.body, spans)
