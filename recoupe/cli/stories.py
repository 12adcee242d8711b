"""Commands of the story layer: `recoupe stories` and `recoupe eval clustering`."""

from __future__ import annotations

import dataclasses

import typer
from rich.table import Table

from recoupe import stories as story_layer
from recoupe.cli.common import console, friendly, print_json, progress_bar, state
from recoupe.evaluate import clustering
from recoupe.stories.export import iter_stories


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("stories")(stories)
    eval_app.command("clustering")(eval_clustering)


@friendly
def stories(
    ctx: typer.Context,
    update: bool = typer.Option(True, "--update/--no-update", help="First place articles not yet clustered."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (one object per story) instead of a table."),
) -> None:
    """List stories with their events and article counts, oldest first."""
    st = state(ctx)
    if update:
        with progress_bar(not as_json) as bar:
            story_layer.update_store(st.store, st.settings, bar)
    records = list(iter_stories(st.store))
    if as_json:
        print_json(records)
        return
    table = Table("story", "start", "articles", "lines", "events (articles)", "title")
    for s in records:
        events = ", ".join(f"{e['id']} ({len(e['article_ids'])})" for e in s["events"])
        lines = story_layer.independent_lines(st.store, s["article_ids"])
        table.add_row(
            s["id"], (s["start"] or "undated")[:10], str(len(s["article_ids"])), str(lines), events, s["title"] or ""
        )
    console.print(table)
    console.print(f"{len(records)} stories; 'lines' counts independent reporting lines (copies count once).")


@friendly
def eval_clustering(
    dataset: str = typer.Argument(
        ...,
        help="JSONL (id, title, text, optional published/outlet/lang, gold event/story), "
        "or `dated-stories` for the built-in dated test set.",
    ),
    level: str = typer.Option("story", "--level", help="event or story."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Pairwise and B-cubed P/R/F1 of recoupe's clustering and of two baselines, on one dataset."""
    result = clustering.evaluate(clustering.load_any(dataset), [level])[level]
    systems = result["systems"]
    assert isinstance(systems, dict)
    if as_json:
        print_json(result | {"systems": {k: dataclasses.asdict(v) for k, v in systems.items()}})
        return
    table = Table("system", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "clusters")
    for name, s in systems.items():
        table.add_row(
            name, *(f"{x:.3f}" for x in (s.pair_p, s.pair_r, s.pair_f1, s.b3_p, s.b3_r, s.b3_f1)), str(s.clusters)
        )
    console.print(
        f"{dataset}: {result['articles']} articles, {result['gold_clusters']} gold {level} clusters; "
        f"TF-IDF threshold {result['tfidf_threshold']} (best on this data)"
    )
    console.print(table)
