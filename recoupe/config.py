"""One settings object. Every key has a default and help text; `recoupe settings` lists them.

Values come, in order of precedence, from the command line, then `RECOUPE_<KEY>` environment
variables, then the defaults below. docs/settings.md is checked against this list by a test.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from recoupe.errors import ConfigError


def setting(default: Any, help: str) -> Any:
    """Declare a setting with its default and the help text shown to users."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = setting("recoupe.db", "SQLite database file (or a postgresql:// URL where supported).")
    max_bytes: int = setting(
        20_000_000, "Largest input accepted, in bytes; larger files or downloads are rejected."
    )
    allow_private: bool = setting(
        False, "Allow fetching URLs on private or loopback addresses (off: refused, to avoid SSRF)."
    )
    http_timeout: float = setting(20.0, "Seconds before an HTTP request gives up.")
    max_redirects: int = setting(5, "Most redirects followed for one URL.")
    user_agent: str = setting("recoupe/0.1 (+https://example.org/recoupe)", "User-Agent sent over HTTP.")
    respect_robots: bool = setting(True, "Honour robots.txt before fetching a page.")
    default_language: str = setting("fr", "Language assumed when detection is not confident.")
    api_token: str = setting(
        "", "Bearer token that API writes and the web ingest form require (empty: writes are refused)."
    )
    public_reads: bool = setting(True, "Serve API reads and web pages without a token (off: reads need it too).")
    max_request_bytes: int = setting(5_000_000, "Largest HTTP request body `recoupe serve` accepts, in bytes.")

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for docs and `recoupe settings`."""
    return [(f.name, f.default, f.metadata["help"]) for f in dataclasses.fields(Settings)]


def _parse(value: str, default: Any, name: str) -> Any:
    try:
        if isinstance(default, bool):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError as exc:
        raise ConfigError(
            f"RECOUPE_{name.upper()}={value!r} is not a valid {type(default).__name__}; "
            f"unset it or give a value like {default!r}"
        ) from exc
    return value


def load(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from the environment (RECOUPE_*), then explicit overrides (None means not given)."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    for name, default, _ in settings_help():
        raw = env.get(f"RECOUPE_{name.upper()}")
        if raw is not None:
            values[name] = _parse(raw, default, name)
    return Settings(**values).replace(**overrides)
