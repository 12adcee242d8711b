"""recoupe's HTML path on the example corpus's pages: datelines, kickers and bylines, `<time>` dates."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from recoupe.article import html
from recoupe.config import Settings
from recoupe.model import Article, RawDocument

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
PARIS_SUMMER = timezone(timedelta(hours=2))


def _article(name: str) -> Article:
    path = next(CORPUS.glob(f"{name}*.html"))
    text = path.read_text(encoding="utf-8")
    return html.from_html(RawDocument(input=str(path), data=text.encode(), kind="html"), text, Settings())


@pytest.mark.parametrize("name", ["04", "06", "12"])
def test_kicker_byline_and_dateline_stay_out_of_the_body(name: str) -> None:
    art = _article(name)
    first = art.body.split("\n\n")[0]
    assert len(first) > 100, f"the body opens with a label: {first!r}"
    for label in ("Publié le", "Faits divers", "News · Industry", "Par Lucie", "Vaudrenne\n"):
        assert label not in art.body
    assert art.removed, "what was removed is kept"


def test_dateline_is_never_kept_without_its_dates() -> None:
    art = _article("04")
    assert "Publié le , mis à jour le" not in art.body
    assert art.published == datetime(2026, 4, 2, 7, 58, tzinfo=PARIS_SUMMER)
    assert art.updated == datetime(2026, 4, 2, 11, 20, tzinfo=PARIS_SUMMER)


@pytest.mark.parametrize(
    ("name", "published"),
    [("06", datetime(2026, 4, 2, 14, 20, tzinfo=PARIS_SUMMER)), ("12", datetime(2026, 4, 3, 16, 0, tzinfo=PARIS_SUMMER))],
)
def test_time_element_of_the_article_gives_time_and_zone(name: str, published: datetime) -> None:
    art = _article(name)
    assert art.published == published
    assert art.published is not None and art.published.utcoffset() == timedelta(hours=2)


def test_byline_shown_on_the_page_names_the_author() -> None:
    assert _article("12").authors == ("Lucie Bertrand",)
    assert _article("06").authors == ("Hannah Carrow",)


def test_time_outside_the_article_is_not_the_publication_date(settings: Settings) -> None:
    page = (
        "<html><body><aside><time datetime='2020-01-01T10:00:00+01:00'>1 Jan</time></aside>"
        "<article><h1>Headline of the article for the test</h1>"
        + "<p>A long enough paragraph of the article that says something worth reading here.</p>" * 4
        + "</article></body></html>"
    )
    art = html.from_html(RawDocument(input="t.html", data=page.encode(), kind="html"), page, settings)
    # htmldate may still guess that day; the aside's time and zone are never taken as the article's.
    assert art.published is None or art.published.tzinfo is None
