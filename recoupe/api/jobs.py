"""Ingest jobs run in a background thread, so that the web form can show their progress."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from recoupe import codec
from recoupe.ingest_api import Outcome
from recoupe.progress import Progress

# Finished jobs kept for their status page; older ones are forgotten.
KEEP = 100


@dataclass
class Job:
    """Mutable status of one ingest, read by the status page while the worker thread updates it."""

    id: str
    state: str = "queued"  # queued, running, done, failed
    stage: str = ""
    done: int = 0
    total: int | None = None
    outcome: Outcome | None = None
    error: str | None = None
    stages: dict[str, tuple[int, int | None]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "stages": {k: {"done": d, "total": t} for k, (d, t) in self.stages.items()},
            "outcome": codec.to_plain(self.outcome),
            "error": self.error,
        }


class Jobs:
    """The jobs of this process."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, work: Callable[[Progress], Outcome]) -> Job:
        """Run `work(progress)` in a thread; returns the job at once."""
        job = Job(id=secrets.token_urlsafe(9))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                self._jobs.popitem(last=False)

        def progress(stage: str, done: int, total: int | None) -> None:
            job.stage, job.done, job.total = stage, done, total
            job.stages[stage] = (done, total)

        def run() -> None:
            job.state = "running"
            try:
                job.outcome = work(progress)
                job.state = "done"
            except Exception as exc:  # the job page shows why; the server goes on
                job.error = f"{type(exc).__name__}: {exc}"
                job.state = "failed"

        threading.Thread(target=run, name=f"ingest-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)
