"""`recoupe serve`: the web pages and the REST API over the CLI's store, in one uvicorn process."""

from __future__ import annotations

import typer

from recoupe.cli.common import console, friendly, state


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("serve")(serve)


@friendly
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    token: str = typer.Option(
        None, "--token", envvar="RECOUPE_API_TOKEN", help="Bearer token for writes (RECOUPE_API_TOKEN)."
    ),
    private: bool = typer.Option(False, "--private", help="Reads need the token too (public_reads off)."),
) -> None:
    """Serve the web pages and the REST API (/api/v1, schema at /openapi.json) on the store."""
    import uvicorn

    from recoupe.api import create_app

    st = state(ctx)
    settings = st.settings.replace(api_token=token, public_reads=False if private else None)
    app = create_app(settings, st.store)
    writes = "writes need the token" if settings.api_token else "writes disabled (no RECOUPE_API_TOKEN)"
    console.print(f"recoupe on http://{host}:{port}/  (API /api/v1, schema /openapi.json; {writes})")
    uvicorn.run(app, host=host, port=port, workers=1, log_level="warning")
