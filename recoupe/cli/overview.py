"""The demo's closing print-out: the articles, then each story with its verdicts and cited summary."""

from __future__ import annotations

from collections import Counter

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from recoupe.cli.common import console
from recoupe.model import StoryReport
from recoupe.store import Store, docs


def print_overview(store: Store) -> None:
    """Articles, rejected inputs, then every story of two articles or more, biggest first."""
    _articles(store)
    from recoupe.compare.report import all_reports

    for report in all_reports(store):
        story = docs.get_story(store, report.id)
        if story is None or len(story.article_ids) < 2:
            continue
        _story(store, report, len(story.article_ids))
    console.print(
        "[dim]Next: `recoupe stories`, `recoupe story ID --format md|json|html`, "
        "`recoupe report DIR` (static HTML), `recoupe serve` (web pages and API).[/]"
    )


def _articles(store: Store) -> None:
    table = Table("id", "published", "outlet", "wire", "lang", "title", title="Articles")
    for a in store.iter_articles():
        when = "unknown"
        if a.published:
            # A page that gives only a day is stored at midnight without a zone: show the day alone.
            bare_day = a.published.tzinfo is None and (a.published.hour, a.published.minute) == (0, 0)
            when = a.published.strftime("%Y-%m-%d" if bare_day else "%Y-%m-%d %H:%M")
        table.add_row(a.id[:10], when, a.outlet or "", ",".join(a.wire_credits), a.language or "", (a.title or "")[:60])
    console.print(table)
    rejected = list(store.iter_rejected())
    for r in rejected:
        console.print(f"[red]rejected[/] {r.input}: {r.reason}")


def _story(store: Store, report: StoryReport, n_articles: int) -> None:
    counts = Counter(group.status for group in report.claims)
    lines = [
        f"{n_articles} articles, {len(report.events)} events; claims: "
        f"[green]{counts['corroborated']} corroborated[/], [red]{counts['contradicted']} contradicted[/], "
        f"{counts['single']} single-source; {len(report.one_sided)} one-sided accounts.",
        "",
        "[bold]Summary[/]",
    ]
    lines += [f"• {escape(s.sentence)} [dim]{escape(_cite(s.articles))}[/]" for s in report.summary]
    contradicted = [g for g in report.claims if g.status == "contradicted"]
    if contradicted:
        lines += ["", "[bold]Contradicted[/]"]
        for group in contradicted[:5]:
            by = ", ".join(a[:8] for a in group.contradicted_by) or "?"
            lines.append(f"✗ {escape(group.text)} [dim](reported by {len(group.articles)}, contradicted by {by})[/]")
    if report.one_sided:
        lines += ["", "[bold]One-sided accounts[/]"]
        for item in report.one_sided[:6]:
            lines.append(f"! {item.article_id[:8]} reports {item.claim_id} without: {escape(item.missing[:120])}")
    if report.timeline:
        lines += ["", "[bold]Timeline[/]"]
        lines += [f"{t.date.isoformat()}  {escape(t.text[:110])}" for t in report.timeline[:8]]
    console.print(Panel("\n".join(lines), title=escape(report.title or report.id), subtitle=report.id))


def _cite(article_ids: tuple[str, ...]) -> str:
    return "[" + ", ".join(a[:8] for a in article_ids) + "]"
