"""Metadata read off page text: dates, outlet, bylines and wire credits.

Plain functions over strings, so that the plain-text cleaner and the HTML extractor share them:
`dates` (datelines, relative ages, declared dates), `credits` (wire credits) and `outlet` (outlet
and authors). Nothing is invented: a date that the page does not give stays None, a relative date
("3 heures", "il y a 2 jours", "3 hours ago") is resolved only against the time the page was
fetched, and a datetime is time-zone aware only when the page states the zone.
"""

from recoupe.article.metadata.credits import AGENCIES, ends_with_credit, is_credit_line, wire_credits
from recoupe.article.metadata.dates import (
    Dates,
    find_datetimes,
    hint_date,
    is_date_line,
    read_dates,
    relative_delta,
)
from recoupe.article.metadata.outlet import (
    authors_from_lines,
    domain_outlet,
    is_author_title,
    is_byline,
    masthead,
    outlet_from_lines,
    source_url,
)

__all__ = [
    "AGENCIES",
    "Dates",
    "authors_from_lines",
    "domain_outlet",
    "ends_with_credit",
    "find_datetimes",
    "hint_date",
    "is_author_title",
    "is_byline",
    "is_credit_line",
    "is_date_line",
    "masthead",
    "outlet_from_lines",
    "read_dates",
    "relative_delta",
    "source_url",
    "wire_credits",
]
