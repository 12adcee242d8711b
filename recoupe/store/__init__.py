"""Where articles and everything read from them persist. SQLite is the embedded default."""

from recoupe.store.base import Store
from recoupe.store.sqlite import SQLiteStore


def open_store(location: str) -> Store:
    """Open (and migrate) the store at `location`: a SQLite file path, or ':memory:'."""
    if location.startswith(("postgres://", "postgresql://")):
        from recoupe.errors import StoreError

        raise StoreError(
            "PostgreSQL is not supported by this version; use a SQLite file path for --db / RECOUPE_DB"
        )
    return SQLiteStore(location)


__all__ = ["SQLiteStore", "Store", "open_store"]
