"""The `recoupe` command: thin, it parses, calls the library and prints."""

from __future__ import annotations

import typer

from recoupe import config
from recoupe.cli import articles
from recoupe.cli.common import State, err_console
from recoupe.errors import RecoupeError

app = typer.Typer(
    help="recoupe: cross-check the news. Ingest articles, group them into stories, compare sources.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score recoupe against gold data (extraction, quotes, dates, figures, identities, clustering, summary)."
)
app.add_typer(eval_app, name="eval")


@app.callback()
def main_callback(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", envvar="RECOUPE_DB", help="Store file (default ./recoupe.db)."),
    allow_private: bool = typer.Option(
        None, "--allow-private/--no-allow-private", help="Allow URLs on private or loopback addresses."
    ),
    max_bytes: int = typer.Option(None, "--max-bytes", help="Largest input accepted, in bytes."),
) -> None:
    """Global options shared by every command."""
    try:
        settings = config.load(db=db, allow_private=allow_private, max_bytes=max_bytes)
    except RecoupeError as exc:
        err_console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    ctx.obj = State(settings)


def _register() -> None:
    # Each interface module adds its own commands; importing is cheap (heavy models load lazily).
    modules = [articles]
    for name in ("extraction", "language", "eval_figures", "eval_identities", "stories", "report", "serve"):
        try:
            module = __import__(f"recoupe.cli.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"recoupe.cli.{name}":
                raise
            continue
        modules.append(module)
    for module in modules:
        module.register(app, eval_app)


_register()


def main() -> None:
    app()
