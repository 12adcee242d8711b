"""Metadata readers over page text: dates (glued, relative, zoned), wire credits, outlet, bylines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from recoupe import config
from recoupe.article import langid, metadata
from recoupe.article.text import from_text
from recoupe.errors import RejectedInput
from recoupe.model import RawDocument


def test_glued_publication_and_update_times() -> None:
    dates = metadata.read_dates(["14.03.2025, 15:5314.03.2025, 16:49"])
    assert dates.published == datetime(2025, 3, 14, 15, 53)
    assert dates.updated == datetime(2025, 3, 14, 16, 49)


def test_time_glued_before_its_date_and_a_weekday() -> None:
    assert metadata.read_dates(["19:0414/03/2025, Cuma"]).published == datetime(2025, 3, 14, 19, 4)


def test_outlet_name_glued_twice_before_the_date() -> None:
    line = "Báo Thanh niênBáo Thanh niên14/03/2025"
    assert metadata.read_dates([line]).published == datetime(2025, 3, 14)
    assert metadata.outlet_from_lines([line]) == "Báo Thanh niên"


@pytest.mark.parametrize(
    ("line", "delta"),
    [
        ("3 heures", timedelta(hours=3)),
        ("il y a 2 jours", timedelta(days=2)),
        ("3 hours ago", timedelta(hours=3)),
        ("hace 5 minutos", timedelta(minutes=5)),
    ],
)
def test_relative_dates_resolve_against_the_fetch_time_only(line: str, delta: timedelta) -> None:
    fetched = datetime(2025, 2, 13, 12, 0, tzinfo=UTC)
    assert metadata.read_dates([line], fetched).published == fetched - delta
    unresolved = metadata.read_dates([line])
    assert unresolved.published is None and unresolved.relative == line


def test_zone_kept_where_given_and_never_invented() -> None:
    zoned = metadata.read_dates(["2025-03-14T15:53:00+01:00"]).published
    assert zoned is not None and zoned.utcoffset() == timedelta(hours=1)
    named = metadata.read_dates(["Publié le 14 mars 2025 à 15h53 CET"]).published
    assert named == datetime(2025, 3, 14, 15, 53, tzinfo=timezone(timedelta(hours=1)))
    assert metadata.read_dates(["March 14, 2025 3:53 PM"]).published == datetime(2025, 3, 14, 15, 53)


def test_a_sentence_citing_a_date_is_not_a_dateline() -> None:
    caption = (
        "Le président Donald Trump accueille le secrétaire général de l'OTAN, Mark Rutte, le 14 mars 2024"
    )
    assert metadata.read_dates([caption]) == metadata.Dates()


@pytest.mark.parametrize(
    ("lines", "credits"),
    [
        (["Kiev n'a pas commenté à ce stade cette annonce. (jzs/ats)"], ("ATS",)),
        (["PARIS (AFP) - Le gouvernement a annoncé mardi une réforme."], ("AFP",)),
        (["Titre", "AA", "Le texte de la dépêche commence ici."], ("AA",)),
        (["Le Figaro avec AFP"], ("AFP",)),
        (["Sources : AFP, Reuters"], ("AFP", "Reuters")),
        (["Une source proche du dossier a confirmé à l'AFP que la réunion aurait lieu."], ()),
        (["Selon l'agence Reuters, les négociations ont repris jeudi à Genève."], ()),
        (["Crédit Photo : Mandel NGAN / AFP"], ()),
        (["(Photo by John Doe/AFP via Getty Images)"], ()),
    ],
)
def test_wire_credits_versus_agencies_cited(lines: list[str], credits: tuple[str, ...]) -> None:
    assert metadata.wire_credits(lines) == credits


def test_outlet_from_page_lines_and_urls() -> None:
    assert metadata.outlet_from_lines(["- Titre de l’auteur, BBC News Mundo"]) == "BBC News Mundo"
    assert metadata.outlet_from_lines(["Image: watson"]) == "watson"
    assert metadata.outlet_from_lines(["Image: AFP"]) is None  # an agency credit names no outlet
    assert metadata.domain_outlet("https://www.thanhnien.vn/a-b-1.htm") == "thanhnien.vn"
    assert metadata.domain_outlet("not a url") is None
    assert metadata.source_url(["Source : https://thanhnien.vn/x.htm"]) == "https://thanhnien.vn/x.htm"


def test_bylines() -> None:
    assert metadata.authors_from_lines(["Par Jean Dupont et Marie Curie"]) == ("Jean Dupont", "Marie Curie")
    assert metadata.authors_from_lines(["By Jane Doe, Reuters"]) == ("Jane Doe",)
    assert metadata.authors_from_lines(["Par ailleurs, le gouvernement a tranché."]) == ()


def test_language_detector_is_built_once_and_judges_lines() -> None:
    assert langid.detector() is langid.detector()
    assert langid.detect("Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu riêng cho ông Trump") == "vi"
    assert langid.detect("Le Kremlin a confirmé le 14 mars que le président avait reçu l'envoyé.") == "fr"
    assert langid.detect("No data") is None  # too short to judge
    assert "le" in langid.stopwords("fr") and langid.stopwords("xx") == frozenset()


def _article(text: str, **kw: object) -> object:
    raw = RawDocument(input="mem.txt", data=text.encode(), kind="text", **kw)  # type: ignore[arg-type]
    return from_text(raw, text, config.load(env={}))


def test_hints_override_guesses_and_page_without_article_is_rejected() -> None:
    text = (
        "Accueil\nMenu\n\nUn titre de page\n\n"
        "Le conseil municipal a voté jeudi soir le budget de la ville pour l'année prochaine, après un long débat.\n\n"
        "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qu'ils jugent injustifiée.\n"
    )
    article = _article(
        text,
        hints={"outlet": "La Gazette", "title": "Budget voté", "published": "2025-01-02T10:00:00+01:00"},
        url="https://www.example.org/budget",
    )
    assert article.outlet == "La Gazette"  # type: ignore[attr-defined]
    assert article.title == "Budget voté"  # type: ignore[attr-defined]
    assert article.published == datetime(2025, 1, 2, 10, tzinfo=timezone(timedelta(hours=1)))  # type: ignore[attr-defined]
    assert "Accueil" not in article.body  # type: ignore[attr-defined]
    with pytest.raises(RejectedInput, match="no article text"):
        _article("Accueil\nMenu\nContact\nRecherche\n")


def test_a_regional_language_hint_is_read_as_its_language() -> None:
    text = (
        "Le conseil municipal a voté jeudi soir le budget de la ville pour l'année prochaine, après un long débat.\n\n"
        "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qu'ils jugent injustifiée.\n"
    )
    article = _article(text, hints={"lang": "fr-FR"})
    assert article.language == "fr"  # type: ignore[attr-defined]
    assert "budget de la ville" in article.body  # type: ignore[attr-defined]
