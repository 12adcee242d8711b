"""`recoupe eval extraction`: score HTML extraction on the public corpora, beside bare trafilatura/htmldate."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from recoupe.cli.common import console, err_console, friendly, progress_bar, state
from recoupe.errors import RecoupeError

# Languages with fewer pages than this in a corpus get no row of their own in the table (the JSON
# output has them all): a figure over three pages says little.
MIN_LANG_PAGES = 10


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("extraction")(extraction)


def _dirs(datasets: list[Path] | None, names: list[str] | None) -> list[Path]:
    """Corpus folders to score: the given ones (a corpus, or a folder of corpora), or the default."""
    from recoupe.evaluate import corpora

    roots = datasets or [corpora.default_corpora_dir()]
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            raise RecoupeError(
                f"{root} is not a folder; give a corpus folder or the folder holding them "
                "(default ../shared/corpora, or set RECOUPE_CORPORA)"
            )
        if root.name in corpora.CORPORA:
            found.append(root)
        else:
            found.extend(root / name for name in corpora.CORPORA if (root / name).is_dir())
    if names:
        unknown = set(names) - set(corpora.CORPORA)
        if unknown:
            raise RecoupeError(f"unknown corpus {', '.join(sorted(unknown))}; choose among {', '.join(corpora.CORPORA)}")
        found = [p for p in found if p.name in names]
    if not found:
        raise RecoupeError(f"no corpus found in {', '.join(map(str, roots))}; expected folders named {', '.join(corpora.CORPORA)}")
    return found


@friendly
def extraction(
    ctx: typer.Context,
    datasets: list[Path] = typer.Argument(None, help="Corpus folders, or folders holding them (default ../shared/corpora)."),
    corpus: list[str] = typer.Option(None, "--corpus", help="Only this corpus (repeatable)."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most N pages per corpus, spread evenly over it."),
    systems: str = typer.Option(
        "recoupe,trafilatura,htmldate,cleaner", "--systems", help="Comma-separated systems to run."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    out: Path = typer.Option(None, "--out", help="Also write the figures as JSON to this file."),
    floors: Path = typer.Option(
        None, "--floors", help="Fail (exit 1) when a figure is under its floor in this file's 'full' section."
    ),
) -> None:
    """Body P/R/F1 and title/author/date accuracy of recoupe's HTML path against bare trafilatura and htmldate."""
    from recoupe.evaluate import corpora
    from recoupe.evaluate import extraction as ev

    folders = _dirs(datasets, corpus)
    pages: list[corpora.Page] = []
    for folder in folders:
        every = list(corpora.load_pages(folder))
        pages.extend(corpora.subset(every, limit) if limit else every)
    names = [s.strip() for s in systems.split(",") if s.strip()]
    try:
        runners = ev.systems(state(ctx).settings, names)
    except ValueError as exc:
        raise RecoupeError(str(exc)) from exc
    with progress_bar(not as_json) as bar:
        scores = ev.evaluate(pages, runners, len(pages), bar)
    figures = ev.figures(scores)
    result: dict[str, object] = {"pages": len(pages), "systems": list(runners), "figures": figures}
    if "cleaner" in names and "cleaner" not in runners:
        result["note"] = "the plain-text cleaner is not available yet (recoupe.article.text.from_text)"
    if out:
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if as_json:
        console.print_json(json.dumps(result, ensure_ascii=False))
    else:
        _print_table(scores, result.get("note"))
    if floors:
        _check_floors(floors, figures)


def _print_table(scores: list, note: object) -> None:  # type: ignore[type-arg]
    # Wide enough for every column even when the output is not a terminal (80 columns by default).
    wide = console if console.is_terminal and console.width >= 120 else Console(width=130)
    wide.print(_table(scores))
    wide.print("* scored on must/must-not snippets (the corpus has no full gold text)")
    if note:
        wide.print(f"[yellow]note:[/] {note}")


def _check_floors(path: Path, figures: dict[str, dict[str, float]]) -> None:
    """Exit 1 listing every figure under its floor (only the figures this run measured)."""
    wanted = json.loads(path.read_text(encoding="utf-8")).get("full", {})
    low = [
        f"{key} {metric}: {figures[key][metric]:.4f} < floor {floor}"
        for key, metrics in wanted.items()
        if key in figures
        for metric, floor in metrics.items()
        if metric in figures[key] and figures[key][metric] < floor
    ]
    if low:
        raise RecoupeError("figures under their floors:\n  " + "\n  ".join(low))
    err_console.print(f"[green]all figures at or above their floors in {path}[/]")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(scores: list) -> Table:  # type: ignore[type-arg]
    table = Table(title="Extraction: recoupe against bare trafilatura and htmldate (same pages, same run)")
    for col in ("corpus", "lang", "system", "pages", "body P", "body R", "body F1", "title", "authors", "date"):
        table.add_column(col, justify="left" if col in ("corpus", "lang", "system") else "right", no_wrap=True)
    previous = None
    for s in scores:
        if s.lang != "all" and s.pages < MIN_LANG_PAGES:
            continue
        group = (s.corpus, s.lang)
        if previous is not None and group != previous:
            table.add_section()
        previous = group
        kind = "" if s.body_kind == "shingles" else "*"
        table.add_row(
            s.corpus if s.lang == "all" else "",
            s.lang,
            s.system,
            str(s.pages),
            _fmt(s.body.precision if s.body else None),
            _fmt(s.body.recall if s.body else None),
            _fmt(s.body.f1 if s.body else None) + kind,
            _fmt(s.title),
            _fmt(s.authors),
            _fmt(s.date),
            style="bold" if s.system == "recoupe" else None,
        )
    return table
