"""A story report as JSON, Markdown, HTML (every field escaped) or a rich terminal view."""

from __future__ import annotations

import html
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from recoupe.compare import text as tx
from recoupe.model import Claim, ClaimGroup, StoryReport

STATUS_COLOUR = {"corroborated": "green", "single": "yellow", "contradicted": "red"}


def to_json(report: StoryReport) -> dict[str, Any]:
    """Exactly the documented fields of a report (docs/compare.md), JSON-ready."""
    return {
        "id": report.id,
        "title": report.title,
        "events": list(report.events),
        "claims": [
            {
                "id": g.id,
                "text": g.text,
                "kind": g.kind,
                "status": g.status,
                "articles": list(g.articles),
                "independent_lines": g.independent_lines,
                "contradicted_by": list(g.contradicted_by),
                "missing_from": list(g.missing_from),
            }
            for g in report.claims
        ],
        "quote_groups": [
            {
                "speaker_id": q.speaker_id,
                "speaker_name": q.speaker_name,
                "variants": [{"article_id": a, "text": t} for a, t in q.variants],
            }
            for q in report.quote_groups
        ],
        "one_sided": [
            {"article_id": o.article_id, "claim_id": o.claim_id, "missing": o.missing}
            for o in report.one_sided
        ],
        "timeline": [
            {"date": t.date.isoformat(), "text": t.text, "articles": list(t.articles)}
            for t in report.timeline
        ],
        "summary": [{"sentence": s.sentence, "articles": list(s.articles)} for s in report.summary],
    }


def _flat(text: str) -> str:
    """One line: page layout newlines and padding inside a quote are not part of it."""
    return " ".join(text.split())


def _cite(articles: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(articles) + "]"


def _one_per_article(group: ClaimGroup) -> list[Claim]:
    """For each article, its claim closest in words to the group's text: the sentence behind the verdict."""
    ref = set(tx.stems(group.text))

    def closeness(c: Claim) -> float:
        own = set(tx.stems(c.text))
        return len(own & ref) / len(own | ref) if own | ref else 0.0

    best: dict[str, Claim] = {}
    for c in group.claims:
        if c.article_id not in best or closeness(c) > closeness(best[c.article_id]):
            best[c.article_id] = c
    return list(best.values())


def _shared(report: StoryReport) -> list[Any]:
    """Claim groups worth showing first: several articles or a contradiction."""
    return [g for g in report.claims if len(g.articles) > 1 or g.status == "contradicted"]


def to_markdown(report: StoryReport) -> str:
    """A readable Markdown report; single-source claims are listed per source at the end."""
    by_id = {g.id: g for g in report.claims}
    out = [
        f"# {report.title or report.id}",
        "",
        f"Story `{report.id}`; events: {', '.join(report.events) or 'none'}.",
        "",
    ]
    out += ["## Summary", ""] + [f"- {s.sentence} {_cite(s.articles)}" for s in report.summary] + [""]
    out += ["## Claims across sources", ""]
    for g in _shared(report):
        line = f"- **{g.status}** ({g.independent_lines} independent line(s), {g.kind}) {g.text} {_cite(g.articles)}"
        if g.contradicted_by:
            line += "; contradicted by: " + "; ".join(
                f"{by_id[c].text} {_cite(by_id[c].articles)}" for c in g.contradicted_by
            )
        out.append(line)
        # The sentences behind the verdict, one per article.
        out += [f"  - `{c.article_id}`: {_flat(c.text)}" for c in _one_per_article(g)]
    out += ["", "## One-sided accounts", ""]
    out += [
        f"- `{o.article_id}` reports {o.claim_id} ({by_id[o.claim_id].text}) without: {o.missing}"
        for o in report.one_sided
    ] or ["- none"]
    out += ["", "## Quote variants", ""]
    for q in report.quote_groups:
        out.append(f"- {q.speaker_name or 'unknown speaker'}:")
        how = [d.split(": ", 1)[-1] for d in q.differences] or [""] * len(q.variants)
        out += [f"  - `{a}`: {_flat(t)}" + (f" ({h})" if h else "") for (a, t), h in zip(q.variants, how, strict=False)]
    out += ["", "## Timeline", ""] + [
        f"- {t.date.isoformat()}: {t.text} {_cite(t.articles)}" for t in report.timeline
    ]
    out += ["", "## Sources", ""] + [f"- `{a}`: {label}" for a, label in report.sources]
    out += ["", "## Only in one source", ""]
    for article, ids in report.unique:
        if ids:
            out.append(f"- `{article}`: " + "; ".join(by_id[i].text for i in ids))
    return "\n".join(out) + "\n"


def escape(value: object) -> str:
    return html.escape(str(value), quote=True)


CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
.corroborated{color:#17692b}.single{color:#8a6d00}.contradicted{color:#b00020}
li{margin:.3rem 0}.cite{color:#555;font-size:.9em}code{background:#f3f3f3;padding:0 .2em}"""


def to_html_fragment(report: StoryReport) -> str:
    """The report as an HTML fragment; every value from the articles is escaped."""
    by_id = {g.id: g for g in report.claims}

    labels = {a: label for a, label in report.sources}

    def short(article: str) -> str:
        # The outlet when the page names it, else the id; the full label shows on hover.
        outlet = labels.get(article, "").split(": ", 1)[0]
        return outlet if outlet and outlet != "unknown outlet" else article

    def cite(articles: tuple[str, ...]) -> str:
        names = ", ".join(
            f'<a href="#src-{escape(a)}" title="{escape(labels.get(a, a))}">{escape(short(a))}</a>' for a in articles
        )
        return f' <span class="cite">[{names}]</span>'

    parts = [
        f"<h1>{escape(report.title or report.id)}</h1>",
        f"<p>Story <code>{escape(report.id)}</code>; events: {escape(', '.join(report.events) or 'none')}</p>",
    ]
    parts.append(
        "<h2>Summary</h2><ul>"
        + "".join(f"<li>{escape(s.sentence)}{cite(s.articles)}</li>" for s in report.summary)
        + "</ul>"
    )
    items = []
    for g in _shared(report):
        extra = ""
        if g.contradicted_by:
            extra = " &mdash; contradicted by: " + "; ".join(
                escape(by_id[c].text) + cite(by_id[c].articles) for c in g.contradicted_by
            )
        items.append(
            f'<li id="{escape(g.id)}"><b class="{escape(g.status)}">{escape(g.status)}</b> '
            f"({escape(g.independent_lines)} line(s), {escape(g.kind)}) {escape(g.text)}{cite(g.articles)}{extra}"
            + "<details><summary>sentences</summary><ul>"
            + "".join(
                f"<li><code>{escape(c.article_id)}</code> {escape(c.text)}</li>" for c in _one_per_article(g)
            )
            + "</ul></details></li>"
        )
    parts.append("<h2>Claims across sources</h2><ul>" + "".join(items) + "</ul>")
    parts.append(
        "<h2>One-sided accounts</h2><ul>"
        + "".join(
            f"<li><code>{escape(o.article_id)}</code> reports {escape(by_id[o.claim_id].text)} without: {escape(o.missing)}</li>"
            for o in report.one_sided
        )
        + "</ul>"
    )
    quotes = "".join(
        f"<li>{escape(q.speaker_name or 'unknown speaker')}<ul>"
        + "".join(f"<li><code>{escape(a)}</code> {escape(t)}</li>" for a, t in q.variants)
        + "</ul></li>"
        for q in report.quote_groups
    )
    parts.append(f"<h2>Quote variants</h2><ul>{quotes}</ul>")
    parts.append(
        "<h2>Timeline</h2><ul>"
        + "".join(
            f"<li>{escape(e.date.isoformat())}: {escape(e.text)}{cite(e.articles)}</li>"
            for e in report.timeline
        )
        + "</ul>"
    )
    parts.append(
        "<h2>Sources</h2><ul>"
        + "".join(f'<li id="src-{escape(a)}"><code>{escape(a)}</code> {escape(label)}</li>' for a, label in report.sources)
        + "</ul>"
    )
    return "\n".join(parts)


def to_html(report: StoryReport) -> str:
    """A standalone HTML page of the report."""
    return (
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{escape(report.title or report.id)}</title>'
        f"<style>{CSS}</style></head><body>{to_html_fragment(report)}</body></html>\n"
    )


def to_rich(report: StoryReport) -> RenderableType:
    """A terminal view: summary, shared claims with verdicts, one-sided accounts, quotes, timeline."""
    by_id = {g.id: g for g in report.claims}
    summary = Text()
    for s in report.summary:
        summary.append(f"• {s.sentence} ", style="bold")
        summary.append(_cite(s.articles) + "\n", style="dim")
    claims = Table("id", "verdict", "lines", "claim", "articles", expand=True)
    for g in _shared(report):
        text = g.text + ("".join(f"\n  ✗ {by_id[c].text}" for c in g.contradicted_by))
        claims.add_row(
            g.id,
            Text(g.status, style=STATUS_COLOUR.get(g.status, "")),
            str(g.independent_lines),
            text,
            ", ".join(g.articles),
        )
    sided = Text()
    for o in report.one_sided:
        sided.append(f"{o.article_id}", style="red")
        sided.append(f" reports {o.claim_id} without: {o.missing}\n")
    quotes = Text()
    for q in report.quote_groups:
        quotes.append(f"{q.speaker_name or 'unknown speaker'}\n", style="bold")
        for a, t in q.variants:
            quotes.append(f"  {a}: {_flat(t)}\n")
    times = Text()
    for entry in report.timeline:
        times.append(entry.date.isoformat(), style="cyan")
        times.append(f" {entry.text} {_cite(entry.articles)}\n")
    sources = Text()
    for a, label in report.sources:
        sources.append(a, style="cyan")
        sources.append(f" {label}\n")
    return Group(
        Panel(summary, title=f"{report.title or report.id} ({report.id})"),
        Panel(sources or Text("none"), title="sources"),
        claims,
        Panel(sided or Text("none"), title="one-sided accounts"),
        Panel(quotes or Text("none"), title="quote variants"),
        Panel(times or Text("none"), title="timeline"),
    )
