"""recoupe's HTML path (`recoupe.article.html.from_html`) on real pages of the shared corpora."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recoupe import article
from recoupe.article import html
from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.evaluate import corpora
from recoupe.model import Article, RawDocument, Rejected


@functools.cache
def _pages(folder: Path) -> tuple[corpora.Page, ...]:
    return tuple(corpora.load_pages(folder))


def _page(corpora_dir: Path, corpus: str, page_id: str) -> corpora.Page:
    return next(p for p in _pages(corpora_dir / corpus) if p.id == page_id)


def _raw(page: corpora.Page, **hints: str) -> RawDocument:
    return RawDocument(
        input=f"{page.id}.html", data=page.html.encode("utf-8"), kind="html", url=page.url, hints=hints
    )


def _check_offsets(art: Article) -> None:
    assert art.paragraphs, "paragraph offsets are filled"
    for par in art.paragraphs:
        chunk = art.body[par.start : par.end]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
    assert art.body[art.paragraphs[-1].start : art.paragraphs[-1].end] == art.body.split("\n\n")[-1]


def test_le_monde_page_gives_a_clean_french_article(corpora_dir: Path, settings: Settings) -> None:
    page = _page(corpora_dir, "readability_testpages", "lemonde-1")
    art = html.from_html(_raw(page), page.html, settings)
    assert art.extractor == "html"
    assert art.title == "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
    assert art.language == "fr"
    assert art.outlet == "Le Monde.fr"
    assert "Martin Untersinger" in art.authors
    assert art.body.startswith("Les députés ont, sans surprise, adopté à une large majorité")
    # The headline is not repeated at the top of the body.
    assert not art.body.startswith(art.title)
    assert art.id == article.stable_id(_raw(page)) and art.content_hash == article.content_hash(
        page.html.encode()
    )
    _check_offsets(art)


def test_declared_date_keeps_its_zone_and_captions_stay_apart(corpora_dir: Path, settings: Settings) -> None:
    page = _page(corpora_dir, "fundus_testdata", "fr/LeFigaro_2024_11_22")
    art = html.from_html(_raw(page), page.html, settings)
    assert art.published == datetime(2024, 11, 22, 7, 22, 44, tzinfo=timezone(timedelta(hours=1)))
    assert art.title == page.title
    assert art.wire_credits == ("AFP",)  # byline "Le Figaro et AFP"
    assert art.captions and all(c not in art.body for c in art.captions)
    assert "Nous avons pratiquement fait échouer toute leur campagne pour 2025" in art.body


def test_standfirst_is_kept_at_the_top_of_the_body(corpora_dir: Path, settings: Settings) -> None:
    page = _page(corpora_dir, "fundus_testdata", "fr/LeMonde_2023_09_01")
    art = html.from_html(_raw(page), page.html, settings)
    assert art.body.startswith("Reçue mardi 29 août à l’Elysée, la secrétaire générale de la CGT")
    assert art.published is not None and art.published.utcoffset() is not None


def test_input_hints_override_what_the_page_says(corpora_dir: Path, settings: Settings) -> None:
    page = _page(corpora_dir, "readability_testpages", "lemonde-1")
    raw = _raw(page, title="Titre donné", outlet="Mon flux", published="2015-05-05T10:00:00+02:00", lang="fr")
    art = html.from_html(raw, page.html, settings)
    assert (art.title, art.outlet) == ("Titre donné", "Mon flux")
    assert art.published == datetime(2015, 5, 5, 10, tzinfo=timezone(timedelta(hours=2)))


def test_unknown_date_stays_unknown(settings: Settings) -> None:
    page = (
        "<html lang='fr'><head><title>Sans date</title></head><body><article>"
        + "".join(
            f"<p>Paragraphe {i} d'un article sans aucune date visible ni déclarée, assez long pour compter.</p>"
            for i in range(6)
        )
        + "</article></body></html>"
    )
    art = html.from_html(RawDocument(input="x.html", data=page.encode(), kind="html"), page, settings)
    assert art.published is None and art.updated is None
    assert art.language == "fr"


def test_page_without_article_text_is_rejected_with_a_reason(settings: Settings) -> None:
    menu = "<html><body><nav><ul><li><a href='/'>Accueil</a></li><li><a href='/a'>À propos</a></li></ul></nav></body></html>"
    with pytest.raises(RejectedInput, match="no article text"):
        html.from_html(RawDocument(input="menu.html", data=menu.encode(), kind="html"), menu, settings)
    # Through the article layer the batch goes on: a Rejected record with the reason and raw bytes.
    result = article.build(RawDocument(input="menu.html", data=menu.encode(), kind="html"), settings)
    assert isinstance(result, Rejected) and "no article text" in result.reason and result.raw == menu.encode()


@pytest.mark.parametrize("junk", ["<<<>>> <p", "<html><body></body></html>", "\x00\x01 not html"])
def test_malformed_html_never_crashes(junk: str, settings: Settings) -> None:
    result = article.build(RawDocument(input="junk.html", data=junk.encode(), kind="html"), settings)
    assert isinstance(result, Rejected) and result.reason


def test_eval_command_prints_json_figures(corpora_dir: Path, tmp_path: Path) -> None:
    from recoupe.cli import app

    out = tmp_path / "figures.json"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "extraction",
            str(corpora_dir / "scrapinghub_aeb"),
            "--limit",
            "2",
            "--systems",
            "recoupe,trafilatura",
            "--json",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())["figures"]
    assert {"scrapinghub_aeb/all/recoupe", "scrapinghub_aeb/all/trafilatura"} <= set(figures)
    assert 0 <= figures["scrapinghub_aeb/all/recoupe"]["body_f1"] <= 1
    # A figure under its floor fails the command, naming the figure.
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"full": {"scrapinghub_aeb/all/recoupe": {"body_f1": 1.01}}}))
    low = CliRunner().invoke(
        app,
        [
            "eval",
            "extraction",
            str(corpora_dir / "scrapinghub_aeb"),
            "--limit",
            "1",
            "--systems",
            "recoupe",
            "--json",
            "--floors",
            str(floors),
        ],
    )
    assert low.exit_code == 1 and "scrapinghub_aeb/all/recoupe body_f1" in low.output
    bad = CliRunner().invoke(app, ["eval", "extraction", str(tmp_path), "--limit", "1"])
    assert bad.exit_code == 1 and "no corpus found" in bad.output


def test_declared_dates_first_publication_cdata_json_ld_and_local_wall_time() -> None:
    from lxml import html as lxml_html

    from recoupe.article import html_meta

    page = """<html><head>
<meta property="article:published_time" content="2015-12-11T14:28:34Z">
<script type="application/ld+json">
<![CDATA[ {"@type": "NewsArticle", "headline": "Samantha", "datePublished": "2015-10-15T02:19:15Z"} ]]>
</script></head><body><p>Text.</p></body></html>"""
    declared = html_meta.read(lxml_html.fromstring(page))
    assert declared.headline == "Samantha"  # the JSON-LD inside a CDATA section is read
    assert declared.published is not None and declared.published.isoformat() == "2015-10-15T02:19:15+00:00"

    utc = datetime(2020, 2, 18, 2, 18, 11, tzinfo=UTC)
    local = html_meta.local_form(utc, 'var publication_date = "2020-02-17 21:18:11";')
    assert local is not None and local.isoformat() == "2020-02-17T21:18:11-05:00"
    assert local == utc  # the same instant, in the page's own zone
    # A wall time with other minutes or seconds is another moment: nothing is inferred from it.
    assert html_meta.local_form(utc, '"modified": "2020-02-17 21:19:00"') == utc


def test_an_author_that_is_the_outlet_itself_gives_way_to_the_person() -> None:
    from lxml import html as lxml_html

    from recoupe.article import html_meta

    page = """<html><head><meta property="og:site_name" content="Krautreporter">
<meta name="author" content="Shany Littman">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Krautreporter"}}
</script></head><body><p>Text.</p></body></html>"""
    assert html_meta.read(lxml_html.fromstring(page)).authors == ("Shany Littman",)
    # When the page names nobody else, the outlet stays the author it shows.
    alone = page.replace('<meta name="author" content="Shany Littman">', "")
    assert html_meta.read(lxml_html.fromstring(alone)).authors == ("Krautreporter",)
