"""The plain-text cleaner: the lines of a scraped page in, the article's paragraphs out.

It reads the structure of the page, not a list of known lines:

1. lines broken mid-sentence are joined back into paragraphs (units);
2. each unit is labelled from its own shape: page furniture (`recoupe.article.furniture`: image
   markers and credits, calls to action, counters, hashtags, datelines, bylines, wire credits),
   lines in another language than the article's, captions (next to an image marker or credit, or repeated around one), and for
   the rest how much it reads like prose (length, closing punctuation, share of function words);
3. the body is the run of units with the most prose, where crossing an end marker (a wire credit
   closing a paragraph, a "you may also like" or comments heading, a `Source : <url>` line) costs
   as much as several paragraphs: what follows such a marker is another article or a widget;
4. inside that run furniture and captions are dropped and the rest is kept word for word.

The header zone (before the body) gives the title; the dateline and credits are read by
`recoupe.article.metadata` over all lines.

The package follows those steps: `units` (1), `prose`, `language`, `captions` and `labels` (2),
`run` (3), `title` (the header zone) and `cleaner` (4, and the pass that calls them all: `clean`).
"""

from __future__ import annotations

from recoupe.article.clean_text.cleaner import TINY_PAGE, Cleaned, clean
from recoupe.article.clean_text.prose import SHORT_COST, UNPUNCTUATED_CAP, plainly_in
from recoupe.article.clean_text.run import (
    COMMENT_DISCOUNT,
    END_COST,
    MAX_LIST_ITEMS,
    MIN_SECTION_SIMILARITY,
    SECTION_MASS_SHARE,
)
from recoupe.article.clean_text.title import TITLE_WINDOW
from recoupe.article.clean_text.units import Unit, split_units

__all__ = [
    "COMMENT_DISCOUNT",
    "END_COST",
    "MAX_LIST_ITEMS",
    "MIN_SECTION_SIMILARITY",
    "SECTION_MASS_SHARE",
    "SHORT_COST",
    "TINY_PAGE",
    "TITLE_WINDOW",
    "UNPUNCTUATED_CAP",
    "Cleaned",
    "Unit",
    "clean",
    "plainly_in",
    "split_units",
]
