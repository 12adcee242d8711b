"""The FastAPI application: REST API, web pages and static files over one store."""

from __future__ import annotations

from fastapi import FastAPI

from recoupe.api import errors, routes
from recoupe.api.jobs import Jobs
from recoupe.api.queries import Catalogue, Layers
from recoupe.api.security import SecurityMiddleware
from recoupe.config import Settings
from recoupe.store import Store, open_store


def create_app(settings: Settings, store: Store | None = None, layers: Layers | None = None) -> FastAPI:
    """Build the app. `store` defaults to the one named by `settings.db` (the CLI's store).

    `layers` swaps the library calls the pages read through (the comparison report and the count of
    independent reporting lines); the defaults are the real ones.
    """
    from recoupe import web

    app = FastAPI(
        title="recoupe",
        summary="Cross-check the news: stories, articles, entities, quotes, claims and search.",
        version="1",
        docs_url=None,  # Swagger UI needs scripts from a CDN, which the Content-Security-Policy forbids
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_store(settings.db)
    app.state.catalogue = Catalogue(app.state.store, layers or Layers())
    app.state.jobs = Jobs()
    errors.install(app, web.render_error)
    app.include_router(routes.router)
    app.include_router(routes.writes)
    web.install(app)
    app.add_middleware(SecurityMiddleware, max_bytes=settings.max_request_bytes, on_crash=app.state.on_crash)
    return app

