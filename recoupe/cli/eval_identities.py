"""`recoupe eval identities`: named entities and identities on gold annotated by reading (thin wrapper)."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from recoupe.cli.common import console, friendly, print_json


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("identities")
    @friendly
    def eval_identities(
        gold: str = typer.Option(
            "dev", "--gold", help="Gold set: dev (rules developed on it) or heldout (never read for tuning)."
        ),
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
    ) -> None:
        """Name detection, types, merges within an article and identities across articles, beside exact strings."""
        from recoupe.evaluate.identities import evaluate_identities

        result = evaluate_identities(gold_set=gold)
        print_json(result) if as_json else _print(result)


def _print(result: dict[str, dict[str, Any]]) -> None:
    """One row per figure, one column per system (a figure the peer does not have is left empty)."""
    systems = list(result)
    keys = list(dict.fromkeys(k for row in result.values() for k in row))
    table = Table("figure", *systems, title="Entities and identities")
    for k in keys:
        cells = []
        for s in systems:
            v = result[s].get(k)
            cells.append(f"{v:.3f}" if isinstance(v, float) else "" if v is None else str(v))
        table.add_row(k, *cells)
    console.print(table)
