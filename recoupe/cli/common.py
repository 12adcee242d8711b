"""What every CLI module shares: the store from the context, error handling, JSON output, progress."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from recoupe import codec
from recoupe.config import Settings
from recoupe.errors import RecoupeError
from recoupe.store import Store, open_store

console = Console()
err_console = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")


class State:
    """What the top-level callback parsed: settings, and the store opened lazily."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.settings.db)
        return self._store


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    assert isinstance(obj, State), "the top-level callback sets ctx.obj"
    return obj


def friendly(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn recoupe's named errors into a one-line message and exit code 1, not a traceback."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except RecoupeError as exc:
            err_console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1) from exc

    return wrapper


def print_json(value: Any) -> None:
    """JSON for scripts, on standard output."""
    sys.stdout.write(json.dumps(codec.to_plain(value), ensure_ascii=False, indent=2) + "\n")


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[str, int, int | None], None]]:
    """A rich progress display that library stages drive through the Progress callback."""
    if not enabled or not err_console.is_terminal:
        yield lambda stage, done, total: None
        return
    tasks: dict[str, Any] = {}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
