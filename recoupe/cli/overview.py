"""The demo's closing print-out: articles, then (when those layers exist) stories and their verdicts."""

from __future__ import annotations

from rich.table import Table

from recoupe.cli.common import console
from recoupe.store import Store


def print_overview(store: Store) -> None:
    table = Table("id", "published", "outlet", "wire", "title", title="Articles")
    for a in store.iter_articles():
        table.add_row(
            a.id,
            a.published.strftime("%Y-%m-%d %H:%M") if a.published else "unknown",
            a.outlet or "",
            ",".join(a.wire_credits),
            (a.title or "")[:70],
        )
    console.print(table)
    rejected = list(store.iter_rejected())
    if rejected:
        console.print(f"[red]{len(rejected)} rejected inputs[/] (see `recoupe rejected`)")
