"""Commands of the comparison layer: story, report, eval summary, eval verdicts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from recoupe.cli.common import console, friendly, state


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("story")(story)
    app.command("report")(report)
    eval_app.command("summary")(eval_summary)
    eval_app.command("verdicts")(eval_verdicts)


@friendly
def story(
    ctx: typer.Context,
    story_id: str = typer.Argument(..., help="Story id (see `recoupe stories`)."),
    fmt: str = typer.Option("text", "--format", help="text (terminal), md, json or html."),
    refresh: bool = typer.Option(False, "--refresh", help="Recompute instead of using the cached report."),
) -> None:
    """Compare the sources of one story: verdicts, one-sided accounts, quote variants, timeline, summary."""
    from recoupe.compare import render
    from recoupe.compare.report import report_for

    if fmt not in ("text", "md", "json", "html"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use text, md, json or html", param_hint="--format")
    result = report_for(state(ctx).store, story_id, use_cache=not refresh)
    if fmt == "json":
        sys.stdout.write(json.dumps(render.to_json(result), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "md":
        sys.stdout.write(render.to_markdown(result))
    elif fmt == "html":
        sys.stdout.write(render.to_html(result))
    else:
        console.print(render.to_rich(result))


@friendly
def report(
    ctx: typer.Context,
    out_dir: Path = typer.Argument(..., help="Folder to write the static HTML site into."),
) -> None:
    """Write a browsable static HTML report of every story (index.html and one page per story)."""
    from recoupe.compare.report import all_reports
    from recoupe.compare.static_site import write_site

    written = write_site(all_reports(state(ctx).store), out_dir)
    console.print(f"wrote {len(written)} files; open {out_dir / 'index.html'}")


@friendly
def eval_summary(
    corpus: Path = typer.Option(None, "--corpus", help="rpm2_fr_public folder (default ../shared/corpora/...)."),
    words: int = typer.Option(100, "--words", help="Length budget in words, the same for every system."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """ROUGE-1/2/L of recoupe's summaries of the RPM2 events against the human summaries, with baselines."""
    from recoupe.evaluate import summary as ev

    figures = ev.evaluate(ev.default_corpus() if corpus is None else corpus, words)
    if as_json:
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table("system", "ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F", title=f"RPM2, {figures['events']} events, {words} words")
    for name, row in figures["systems"].items():
        table.add_row(name, f"{row['rouge1']:.4f}", f"{row['rouge2']:.4f}", f"{row['rougeL']:.4f}")
    console.print(table)


@friendly
def eval_verdicts(
    corpus: Path = typer.Option(None, "--corpus", help="rpm2_fr_public folder (default ../shared/corpora/...)."),
    analyse: bool = typer.Option(False, "--analyse", help="Run the language layer on the articles first."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Precision and recall of the verdicts against the hand-written gold of RPM2 events."""
    import recoupe.evaluate.verdicts as ev
    from recoupe.evaluate import summary as ev_summary

    figures = ev.evaluate(ev_summary.default_corpus() if corpus is None else corpus, analyse=analyse)
    if as_json:
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table("status", "gold", "precision", "recall", title=f"verdicts on {figures['events']} RPM2 events")
    for status, row in figures["statuses"].items():
        table.add_row(status, str(row["gold"]), f"{row['precision']:.3f}", f"{row['recall']:.3f}")
    console.print(table)
    console.print(f"accuracy {figures['accuracy']:.3f} over {figures['claims']} gold claims")
