"""The REST API (FastAPI) under /api/v1; `create_app` also mounts the web pages."""

from recoupe.api.app import create_app

__all__ = ["create_app"]
