"""`recoupe entities`, `recoupe entity ID`, `recoupe analyse`, `recoupe eval quotes|dates|agreement`: thin wrappers."""

from __future__ import annotations

from collections.abc import Mapping

import typer
from rich.markup import escape
from rich.table import Table

from recoupe.cli.common import console, friendly, print_json, progress_bar, state
from recoupe.errors import NotFound
from recoupe.store import docs as store_docs


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @app.command("analyse")
    @friendly
    def analyse_cmd(ctx: typer.Context) -> None:
        """Read every stored article not read yet: entities, quotes, dates, figures."""
        from recoupe import language

        st = state(ctx)
        with progress_bar() as bar:
            count = language.update_store(st.store, st.settings, bar)
        console.print(f"analysed {count} articles")

    @app.command("entities")
    @friendly
    def entities_cmd(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
        type_: str = typer.Option(None, "--type", help="Only this type: PER, ORG, LOC, MISC."),
    ) -> None:
        """List identities (people, organisations, places) with their names and article counts."""
        from recoupe.language.query import list_identities

        store = state(ctx).store
        rows = list_identities(store, type_)
        if as_json:  # a script gets each identity's articles too
            print_json(store_docs.with_articles(store, rows))
            return
        table = Table("id", "type", "name", "articles", "other names", title="Identities")
        for i in rows:
            others = ", ".join(n for n in i.names if n != i.name)
            table.add_row(escape(i.id), i.type, escape(i.name), str(i.article_count), escape(others[:80]))
        console.print(table)

    @app.command("entity")
    @friendly
    def entity_cmd(
        ctx: typer.Context,
        identity_id: str = typer.Argument(..., help="An identity id from `recoupe entities`."),
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
    ) -> None:
        """One identity: all its names, its type, the articles naming it and its quotes."""
        from recoupe.language.query import entity_page

        page = entity_page(state(ctx).store, identity_id)
        if page is None:
            raise NotFound(f"no identity {identity_id!r}; list them with `recoupe entities`")
        if as_json:
            print_json(page)
            return
        console.print(f"[bold]{escape(page['name'])}[/] ({page['type']}) {escape(page['id'])}")
        console.print(escape("names: " + ", ".join(page["names"])))
        if page["roles"]:
            console.print(escape("roles: " + ", ".join(page["roles"])))
        console.print(escape(f"articles ({len(page['articles'])}): " + ", ".join(page["articles"])))
        for q in page["quotes"]:
            mark = "«" if q["direct"] else "~"
            console.print(escape(f"- [{q['article_id']}] {mark} {q['text'][:160]}"))

    @eval_app.command("quotes")
    @friendly
    def eval_quotes(
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
        gold: str = _GOLD_SET,
    ) -> None:
        """Quote precision/recall/F1 and speaker accuracy on the gold sample, beside textacy."""
        from recoupe.evaluate.language import evaluate_quotes

        result = evaluate_quotes(gold_set=gold)
        print_json(result) if as_json else _print_scores(result)

    @eval_app.command("dates")
    @friendly
    def eval_dates(
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
        gold: str = _GOLD_SET,
    ) -> None:
        """Date accuracy on the gold sample, beside plain dateparser.search_dates."""
        from recoupe.evaluate.language import evaluate_dates

        result = evaluate_dates(gold_set=gold)
        print_json(result) if as_json else _print_scores(result)


    @eval_app.command("agreement")
    @friendly
    def eval_agreement(
        as_json: bool = typer.Option(False, "--json", help="JSON on standard output."),
        gold: str = typer.Option(
            "blind4", "--gold", help="A gold set read twice, independently (blind4: its second reading is blind4-second)."
        ),
    ) -> None:
        """How two readers of the same articles agree: the second reading scored against the first
        as recoupe is (quotes, speakers, dates); no extractor runs."""
        from recoupe.evaluate.agreement import evaluate_agreement

        result = evaluate_agreement(gold_set=gold)
        if as_json:
            print_json(result)
            return
        if not result["quotes"]["articles"]:
            console.print(f"no article of {gold} has been annotated in both readings yet")
            return
        table = Table("second reader against the first", "quotes", "dates", title=f"Agreement on {gold}")
        for key in dict.fromkeys([*result["quotes"], *result["dates"]]):
            cells = (result[part].get(key, "") for part in ("quotes", "dates"))
            table.add_row(key, *(f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells))
        console.print(table)

_GOLD_SET = typer.Option(
    "tuned",
    "--gold",
    help="Gold set: tuned, dev, dev3, dev4, dev5, dev6 (rules developed on them), heldout, blind2, blind3, blind4, blind5, blind6, "
    "blind7 (never read for tuning; blind4-second: blind4 read by a second annotator), all (every French set); English: en-dev, en-dev2 (rules developed on them), en-heldout (never read for "
    "tuning).",
)


def _print_scores(result: Mapping[str, Mapping[str, float | int | str]]) -> None:
    """One table row per system measured; a system that could not run ("n/a") is named under it."""
    rows = {system: row for system, row in result.items() if "n/a" not in row}
    keys = sorted({k for row in rows.values() for k in row})
    table = Table("system", *keys)
    for system, row in rows.items():
        table.add_row(
            system, *(f"{row[k]:.3f}" if isinstance(row.get(k), float) else str(row.get(k, "")) for k in keys)
        )
    console.print(table)
    for system, row in result.items():
        if system not in rows:
            console.print(escape(f"{system}: n/a ({row['n/a']})"))
