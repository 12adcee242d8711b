"""Commands of the article layer: ingest, articles, article, rejected, export, settings, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from recoupe import config, export, pipeline
from recoupe.cli.common import console, friendly, print_json, progress_bar, state
from recoupe.errors import NotFound


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("articles")(articles)
    app.command("article")(article)
    app.command("rejected")(rejected)
    app.command("export")(export_cmd)
    app.command("settings")(settings_cmd)
    app.command("demo")(demo)


@friendly
def ingest(
    ctx: typer.Context,
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), URLs, feeds or sitemaps."),
    analyse: bool = typer.Option(True, "--analyse/--no-analyse", help="Also run the language and story layers."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Ingest articles: clean them, date them, store them; bad input is recorded as rejected."""
    st = state(ctx)
    with progress_bar(not as_json) as bar:
        if analyse:
            run = pipeline.run(st.store, inputs, st.settings, bar)
            report, analysed, clustered = run.ingest, run.analysed, run.clustered
        else:
            report, analysed, clustered = pipeline.ingest(st.store, inputs, st.settings, bar), 0, 0
    if as_json:
        print_json(
            {
                "added": report.added,
                "rejected": [{"id": i, "input": p, "reason": r} for i, p, r in report.rejected],
                "unchanged": report.unchanged,
                "analysed": analysed,
                "clustered": clustered,
            }
        )
        return
    console.print(
        f"[green]{len(report.added)} added[/], [red]{len(report.rejected)} rejected[/], "
        f"{report.unchanged} already stored; {analysed} analysed, {clustered} placed in stories."
    )
    for rid, path, reason in report.rejected:
        console.print(f"  [red]rejected[/] {path} ({rid}): {reason}")


@friendly
def articles(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List stored articles in publication order."""
    rows = list(state(ctx).store.iter_articles())
    if as_json:
        print_json([export.article_record(a) | {"body": None} for a in rows])
        return
    table = Table("id", "published", "outlet", "lang", "title")
    for a in rows:
        table.add_row(a.id, a.published.isoformat() if a.published else "unknown", a.outlet or "", a.language or "", a.title or "")
    console.print(table)


@friendly
def article(
    ctx: typer.Context,
    article_id: str = typer.Argument(..., help="Article id (see `recoupe articles`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the full export record as JSON."),
) -> None:
    """Show one article: metadata, body, captions and what was removed."""
    st = state(ctx)
    a = st.store.get_article(article_id)
    if as_json:
        record = export.article_record(a)
        for fields in export._layer_fields():
            record.update(fields(st.store, a))
        print_json(record)
        return
    console.rule(a.title or a.id)
    console.print(f"[bold]outlet[/] {a.outlet or 'unknown'}   [bold]published[/] {a.published or 'unknown'}"
                  f"   [bold]updated[/] {a.updated or '-'}   [bold]language[/] {a.language or 'unknown'}")
    if a.wire_credits:
        console.print(f"[bold]wire credits[/] {', '.join(a.wire_credits)}")
    if a.authors:
        console.print(f"[bold]authors[/] {', '.join(a.authors)}")
    console.print()
    console.print(a.body, markup=False, highlight=False)
    for caption in a.captions:
        console.print(f"[dim]caption:[/] {caption}", highlight=False)
    if a.removed:
        console.print(f"[dim]{len(a.removed)} lines of page furniture removed (see --json)[/]")


@friendly
def rejected(
    ctx: typer.Context,
    rejected_id: str = typer.Argument(None, help="Show one rejected input; write its raw bytes with --raw."),
    raw: Path = typer.Option(None, "--raw", help="Write the raw bytes of REJECTED_ID to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List inputs that were rejected, with their reasons; raw bytes are kept."""
    store = state(ctx).store
    if rejected_id:
        rej = store.get_rejected(rejected_id)
        if raw:
            raw.write_bytes(rej.raw)
        if as_json:
            print_json(export.rejected_record(rej))
        else:
            console.print(f"{rej.id} {rej.input}: {rej.reason} ({len(rej.raw)} bytes kept)")
        return
    items = list(store.iter_rejected())
    if as_json:
        print_json([export.rejected_record(r) for r in items])
        return
    table = Table("id", "input", "reason", "bytes")
    for r in items:
        table.add_row(r.id, r.input, r.reason, str(len(r.raw)))
    console.print(table)


@friendly
def export_cmd(
    ctx: typer.Context,
    fmt: str = typer.Option("jsonl", "--format", help="Output format: jsonl (one JSON object per line)."),
    what: str = typer.Option("articles", "--what", help="articles (one object per input) or stories."),
    out: Path = typer.Option(None, "--out", help="Write to this file instead of standard output."),
) -> None:
    """Export everything as JSON lines: one object per input document (or per story)."""
    if fmt != "jsonl":
        raise NotFound(f"unknown format {fmt!r}; the only export format is jsonl")
    store = state(ctx).store
    if what == "articles":
        records = export.iter_records(store)
    elif what == "stories":
        import recoupe.stories.export as story_export

        records = story_export.iter_stories(store)
    else:
        raise NotFound(f"unknown --what {what!r}; use articles or stories")
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()


def settings_cmd(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List every setting with its default, its environment variable and what it does."""
    items = config.settings_help()
    if as_json:
        print_json([{"name": n, "default": d, "env": f"RECOUPE_{n.upper()}", "help": h} for n, d, h in items])
        return
    table = Table("setting", "environment", "default", "help")
    for name, default, help_text in items:
        table.add_row(name, f"RECOUPE_{name.upper()}", repr(default), help_text)
    console.print(table)


@friendly
def demo(
    ctx: typer.Context,
    corpus: str = typer.Argument("examples/corpus", help="Folder of articles to run on."),
) -> None:
    """The main job in one go: ingest CORPUS, analyse it and print what was found."""
    from recoupe.cli import overview

    st = state(ctx)
    with progress_bar() as bar:
        run = pipeline.run(st.store, [corpus], st.settings, bar)
    console.print(
        f"[green]{len(run.ingest.added)} articles[/] ingested, [red]{len(run.ingest.rejected)} rejected[/], "
        f"{run.analysed} analysed, {run.clustered} placed in stories."
    )
    overview.print_overview(st.store)
