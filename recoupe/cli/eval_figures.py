"""`recoupe eval figures`: a thin wrapper around recoupe.evaluate.figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import typer
from rich.table import Table

from recoupe.cli.common import console, friendly, print_json

_COLUMNS = ("precision", "recall", "f1", "gold", "predicted", "matched", "value_accuracy", "what_accuracy")
# Short headers, so that the table fits a terminal: the JSON keeps the full names.
_HEADERS = ("P", "R", "F1", "gold", "pred", "match", "value", "what")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("figures")
    @friendly
    def eval_figures(
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
        gold: str = typer.Option(
            "dev",
            "--gold",
            help="Gold set: dev (rules developed on it) or heldout (never read for tuning).",
        ),
        per_article: bool = typer.Option(False, "--per-article", help="Also each article's scores."),
    ) -> None:
        """Figure detection precision/recall/F1, value and what accuracy on the gold sample, beside
        plain number spotting (text_to_num.alpha2digit and digits)."""
        from recoupe.evaluate.figures import evaluate_figures

        result = evaluate_figures(gold_set=gold, per_article=per_article)
        if as_json:
            print_json(result)
            return
        _print(result)


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print(result: Mapping[str, Any]) -> None:
    table = Table("system", *_HEADERS, title="Figures")
    for system, row in result.items():
        if system != "articles":
            table.add_row(system, *(_cell(row[k]) for k in _COLUMNS))
    console.print(table)
    if "articles" not in result:
        return
    per = Table("article", "system", *_HEADERS, title="Per article")
    for row in result["articles"]:
        for system in ("recoupe", "alpha2digit"):
            name = row["id"].removeprefix("html/").removeprefix("eval_default__").removesuffix(".html.gz")
            per.add_row(name, system, *(_cell(row[system][k]) for k in _COLUMNS))
    console.print(per)
