"""Geometry of the server-side SVG charts: the story timeline and the copy graph (drawn by templates)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from recoupe.model import Reuse, TimelineEntry

WIDTH = 760
# Room on each side of the axis so that the first and last dots and their dates stay inside.
MARGIN = 60
ROW = 22


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One row under the axis: its date, the short text shown and the full text (on hover)."""

    x: float
    y: float
    date: dt.date
    text: str
    full: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Day:
    """A dot on the axis: a day with `count` events, radius growing with the count."""

    x: float
    count: int
    r: float


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    axis_y: float
    ticks: tuple[tuple[float, str], ...]
    days: tuple[Day, ...]
    points: tuple[TimelinePoint, ...]


def timeline(entries: Sequence[TimelineEntry], max_chars: int = 92) -> Timeline:
    """A date axis with one dot per day (bigger when more happened), then one row per event."""
    ordered = sorted(entries, key=lambda e: e.date)
    axis_y = 40.0
    if not ordered:
        return Timeline(WIDTH, 60, axis_y, (), (), ())
    first, last = ordered[0].date, ordered[-1].date
    span = max(1, (last - first).days)

    def x(day: dt.date) -> float:
        return MARGIN + (WIDTH - 2 * MARGIN) * (day - first).days / span

    counts: dict[dt.date, int] = {}
    for e in ordered:
        counts[e.date] = counts.get(e.date, 0) + 1
    days = tuple(Day(x(d), n, min(12.0, 4 + 2 * n)) for d, n in sorted(counts.items()))
    ticks = tuple((x(d), d.isoformat()) for d in _spread(sorted(counts), WIDTH - 2 * MARGIN))
    top = axis_y + 40
    points = tuple(
        TimelinePoint(x(e.date), top + i * ROW, e.date, _short(e.text, max_chars), " ".join(e.text.split()), e.articles)
        for i, e in enumerate(ordered)
    )
    return Timeline(WIDTH, int(top + len(points) * ROW), axis_y, ticks, days, points)


def _spread(days: list[dt.date], width: float) -> list[dt.date]:
    """The dates to label on the axis, leaving room for each label (about 80 px)."""
    if len(days) <= 1:
        return days
    span = max(1, (days[-1] - days[0]).days)
    kept = [days[0]]
    for day in days[1:]:
        if (day - kept[-1]).days / span * width >= 80:
            kept.append(day)
    return kept


def _short(text: str, max_chars: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # the earlier article (reprinted)
    target: str  # the later one (reprinting)
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str
    width: float
    title: str


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def copy_graph(
    article_ids: Sequence[str],
    labels: Mapping[str, str],
    order: Mapping[str, int],
    reuse: Sequence[Reuse],
    width: int = 600,
    height: int = 300,
) -> Graph:
    """Articles on a circle in publication order; an arrow from the earlier to the later of each reuse pair.

    `order` ranks articles by publication (undated last); the arrow follows it, so it reads
    "was reprinted by" when one outlet copied another, and "shares a wire with" otherwise.
    """
    ids = sorted(article_ids, key=lambda a: (order.get(a, len(order)), a))
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 50
    pos: dict[str, tuple[float, float]] = {}
    nodes = []
    for i, article_id in enumerate(ids):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(ids))
        pos[article_id] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
        nodes.append(Node(article_id, *pos[article_id], labels.get(article_id, article_id)))
    seen: set[tuple[str, str]] = set()
    edges = []
    for item in reuse:
        if item.article_id not in pos or item.other_id not in pos:
            continue
        a, b = sorted((item.article_id, item.other_id), key=lambda x: (order.get(x, len(order)), x))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        (x1, y1), (x2, y2) = pos[a], pos[b]
        # Stop the line at the node's edge (radius 14) so the arrow head stays visible.
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        edges.append(
            Edge(
                a, b, x1 + 14 * ux, y1 + 14 * uy, x2 - 18 * ux, y2 - 18 * uy, item.kind,
                1.5 + 4 * min(1.0, item.containment),
                f"{labels.get(a, a)} → {labels.get(b, b)}: {item.kind}, {item.shared_chars} characters shared",
            )
        )
    return Graph(width, height, tuple(nodes), tuple(edges))
