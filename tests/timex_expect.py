"""Shorthands for expected dates in the timex tests (a day, a year, a month, an interval)."""

from __future__ import annotations

import datetime as dt


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def Y(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def M(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def I(a: dt.date, b: dt.date) -> tuple[dt.date, dt.date]:  # noqa: E743
    return a, b
