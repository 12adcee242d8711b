"""Progress reporting seam: library code calls it, the CLI draws rich progress bars."""

from __future__ import annotations

from collections.abc import Callable

# Called by long-running stages: `stage` names the work, `done` of `total` (None: unknown).
Progress = Callable[[str, int, "int | None"], None]


def silent(stage: str, done: int, total: int | None) -> None:
    """The default: report nothing."""
