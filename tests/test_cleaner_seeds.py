"""Section 1 of ../shared/seeds/EXPECTED.md: the five seed scrapes cleaned, with their metadata."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import SEEDS as SEEDS_DIR
from conftest import require_shared

from recoupe import config
from recoupe.article.text import from_text
from recoupe.model import Article, RawDocument

SEEDS = {
    "000": "000_17ee9b2c522df534.txt",
    "001": "001_c5340d985f977fde.txt",
    "002": "002_df4fda8655784703.txt",
    "003": "003_22ff9800b2830ce4.txt",
    "004": "004_afb25927b7562f1b.txt",
}


def _clean(seeds_dir: Path, key: str, fetched_at: datetime | None = None) -> Article:
    path = seeds_dir / SEEDS[key]
    data = path.read_bytes()
    raw = RawDocument(input=str(path), data=data, kind="text", fetched_at=fetched_at)
    return from_text(raw, data.decode("utf-8"), config.load(env={}))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    folder = require_shared(SEEDS_DIR)
    return {key: _clean(folder, key) for key in SEEDS}


GONE = {
    "000": [
        "Image: watson",
        "Plus de «International»",
        "Notre direct sur la guerre en Ukraine",
        "Video: watson",
        "Ceci pourrait également vous intéresser",
        "1 Commentaire",
        "modérer personnellement les débats",
        "La Russie prépare quelque chose à la frontière finlandaise",
        "La Russie renforce discrètement son dispositif militaire",
        "En Occident, les services de renseignement redoutent",
    ],
    "001": [
        "Crédit Photo : Mandel NGAN / AFP",
        "A lire également",
        "#États-Unis",
        "#Guerre Russie-Ukraine",
        "#Donald Trump",
        "#Vladimir Poutine",
    ],
    "002": [
        "Vietnam.vn - Nền tảng quảng bá Việt Nam",
        "Chiến sự Ukraine ngày 1.115",
        "Ảnh 1.",
        "Ảnh 2.",
        "Ảnh 3.",
        "Comment (0)",
        "No data",
        "Même sujet",
        "Même catégorie",
        "Même auteur",
        "Les jeunes filles d'Hanoï",
        "le village des chrysanthèmes",
        "La capitale de l'abricot jaune",
        "Un café d'Hanoï",
        "Magnifique lever de soleil sur les mers du Vietnam",
        "Source : https://thanhnien.vn",
    ],
    "004": [
        "Source de l’image, images Getty",
        "Informations sur l’article",
        "Auteur, écriture",
        "Abonnez-vous ici",
        "Et rappelez-vous que vous pouvez recevoir des notifications",
        "#Donald #Trump",
        "Titre de l’auteur",
        "3 heures",
    ],
}

STAY = {
    "000": [
        "L'armée ukrainienne a nié vendredi les affirmations du président américain sur un encerclement de "
        "ses troupes par l'armée russe.",
        "J'ai demandé à Vladimir Poutine d'épargner leurs vies avec insistance",
        "«Il y a de grandes chances que cette guerre terrible et sanglante prenne enfin fin», a ajouté Donald Trump.",
        "Une trêve de 30 jours",
        "Kiev n'a pas commenté à ce stade cette annonce.",
        "avait affirmé à l'AFP une source proche du dossier.",
    ],
    "001": [
        "Le président américain Donald Trump a qualifié vendredi ses récentes discussions avec son homologue "
        'russe Vladimir Poutine de "très bonnes et productives".',
        'Il a appelé Poutine à "préserver" la vie de ces militaires, qualifiant leur éventuelle perte de '
        '"massacre horrible, jamais vu depuis la Seconde Guerre mondiale".',
        "Pressions croissantes pour un accord diplomatique",
        "ou s'ils seront de simples discours.",
    ],
    "002": [
        "Cependant, l'armée gouvernementale de Kiev a démenti les informations selon lesquelles elle serait "
        "encerclée, ajoutant que ses unités avaient amélioré leurs positions à Koursk.",
        "« J’exhorte vivement le président Poutine à épargner leurs vies », a déclaré M. Trump.",
        "Le Kremlin a déclaré le 14 mars que le président russe Vladimir Poutine avait répondu",
        "les autorités de la province ukrainienne de Kharkiv ont annoncé que huit personnes avaient été blessées",
    ],
    "003": [
        "Le président américain Donald Trump a décrit vendredi ses récentes discussions",
        "Donc, oui, en effet, il y a encore beaucoup de travail à faire, mais le président s’est aligné sur la "
        "position de Trump, a-t-il précisé.",
    ],
    "004": [
        "Le président des États-Unis, Donald Trump, dit qu’il avait “un long et très productif appelé”",
        "Un seau d’eau froide pour l’Ukraine",
        "Frank Gardner Analysis, correspondant de sécurité BBC",
        "Les choses évoluent très rapidement dans ce qui a à voir avec les efforts",
        "Tout cela a été clairement établi par le président Volodymyr Zelensky et son gouvernement",
        "USA libre Alexander Vinnik en considération",
    ],
}


@pytest.mark.parametrize("key", sorted(GONE))
def test_furniture_is_gone_from_the_body(seeds: dict[str, Article], key: str) -> None:
    body = seeds[key].body
    for debris in GONE[key]:
        assert debris not in body, f"{key}: {debris!r} is page furniture but stayed in the body"


@pytest.mark.parametrize("key", sorted(STAY))
def test_every_reported_sentence_stays_word_for_word(seeds: dict[str, Article], key: str) -> None:
    body = seeds[key].body
    for sentence in STAY[key]:
        assert sentence in body, f"{key}: {sentence!r} is article text but is missing from the body"


def test_the_analysis_section_of_004_runs_up_to_the_newsletter_prompt(seeds: dict[str, Article]) -> None:
    body = seeds["004"].body
    start = body.index("Un seau d’eau froide pour l’Ukraine")
    assert body.index("Mais ce mouvement positif pourrait bien se faire au détriment de l’Ukraine.") > start
    assert body.rstrip().endswith("à l’intérieur du territoire ukrainien.")


def test_captions_are_kept_apart(seeds: dict[str, Article]) -> None:
    assert "Des soldats russes à Koursk le 14 mars" in seeds["002"].captions
    assert any(c.startswith("Un soldat ukrainien dans la ville de Pokrovsk") for c in seeds["002"].captions)
    assert "Des soldats russes à Koursk le 14 mars" not in seeds["002"].body
    assert "Un soldat ukrainien dans la ville de Pokrovsk" not in seeds["002"].body
    # 001's caption is repeated around its photo credit and carries a wrong year: out of the body.
    assert any("Mark Rutte, le 14 mars 2024" in c for c in seeds["001"].captions)
    assert "2024" not in seeds["001"].body
    assert any("dans la campagne, Trump avait promis" in c for c in seeds["004"].captions)
    assert "Trump avait promis de mettre fin" not in seeds["004"].body


def test_lines_broken_mid_sentence_are_joined(seeds: dict[str, Article]) -> None:
    body = seeds["001"].body
    assert 'Vladimir Poutine de "très bonnes et productives".' in body
    assert "de\n" not in body


def test_titles_are_the_headline_once(seeds: dict[str, Article]) -> None:
    assert seeds["000"].title == "Trump appelle Poutine à «épargner des soldats ukrainiens»"
    assert seeds["001"].title == 'Ukraine: Trump évoque une "très bonne" discussion avec Poutine'
    assert seeds["002"].title == "M. Poutine a envoyé un signal privé à M. Trump"
    assert seeds["003"].title == "Trump demande à Poutine de préserver la vie de troupes ukrainiennes"
    for key, article in seeds.items():
        assert article.title is None or article.title not in article.body, key


def test_publication_times(seeds: dict[str, Article]) -> None:
    assert seeds["000"].published == datetime(2025, 3, 14, 15, 53)
    assert seeds["000"].updated == datetime(2025, 3, 14, 16, 49)
    assert seeds["001"].published == datetime(2025, 3, 14, 19, 4)
    assert seeds["002"].published is not None and seeds["002"].published.date().isoformat() == "2025-03-14"
    assert seeds["003"].published is None  # no date in the page: unknown, not invented
    assert seeds["004"].published is None  # only "3 heures", and no fetch time to count back from
    for article in seeds.values():
        assert article.published is None or article.published.tzinfo is None  # no zone given, none invented


def test_relative_date_is_resolved_against_the_fetch_time(seeds_dir: Path) -> None:
    fetched = datetime(2025, 2, 13, 9, 0)
    article = _clean(seeds_dir, "004", fetched_at=fetched)
    assert article.published == fetched - timedelta(hours=3)


def test_outlets_named_by_the_pages(seeds: dict[str, Article]) -> None:
    assert seeds["000"].outlet == "watson"
    assert seeds["002"].outlet == "Báo Thanh niên"
    assert seeds["004"].outlet == "BBC News Mundo"
    assert seeds["003"].outlet is None


def test_wire_credits_not_agencies_cited_as_sources(seeds: dict[str, Article]) -> None:
    assert [c.lower() for c in seeds["000"].wire_credits] == ["ats"]
    assert [c.lower() for c in seeds["001"].wire_credits] == ["aa"]
    assert seeds["002"].wire_credits == ()  # AFP is only cited ("a confirmé à l'AFP")
    assert seeds["004"].wire_credits == ()  # Reuters only in a photo caption


def test_language_of_articles_and_paragraphs(seeds: dict[str, Article]) -> None:
    for key, article in seeds.items():
        assert article.language == "fr", key
        assert article.paragraphs, key
        for p in article.paragraphs:
            assert p.language == "fr", (key, article.body[p.start : p.end])
        assert (
            article.body[article.paragraphs[0].start : article.paragraphs[0].end]
            == article.body.split("\n\n")[0]
        )
        assert article.paragraphs[-1].end == len(article.body)


def test_removed_debris_is_kept_for_the_reader(seeds: dict[str, Article]) -> None:
    assert "Image: watson" in seeds["000"].removed
    assert "Comment (0)" in seeds["002"].removed
    assert all("Ảnh" not in c for c in seeds["002"].captions)
