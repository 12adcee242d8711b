"""Section 1 of examples/EXPECTED.md for the plain-text pages of the shipped example corpus.

The cleaner was not tuned on these pages' lines: they check that its structural rules carry over.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from recoupe import config
from recoupe.article.text import from_text
from recoupe.model import Article, RawDocument

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def pages() -> dict[str, Article]:
    out: dict[str, Article] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        data = path.read_bytes()
        raw = RawDocument(input=str(path), data=data, kind="text")
        out[path.name[:2]] = from_text(raw, data.decode("utf-8"), config.load(env={}))
    assert len(out) == 8, f"expected the 8 .txt pages of {CORPUS}"
    return out


TITLES = {
    "01": "Explosion chez Ardéval Chimie : le syndicat conteste le bilan de la préfecture",
    "02": "Barsenac : le syndicat conteste le bilan de l'explosion chez Ardéval Chimie",
    "03": "Explosion dans une usine chimique à Barsenac : douze blessés, des riverains évacués",
    "05": "Explosion à Barsenac : le syndicat dément la version de la préfecture",
    "08": "Explosion d'Ardéval Chimie : une information judiciaire ouverte, le rapport d'étape pointe une "
    "soupape défaillante",
    "09": "Prosecutor opens criminal inquiry into Barsenac chemical blast",
    "10": "Ardéval Chimie : le parquet saisit des juges d'instruction",
    "11": "Barsenac : des centaines de personnes défilent pour « la vérité » sur l'explosion d'Ardéval Chimie",
}


def test_titles_dates_outlets_credits_languages(pages: dict[str, Article]) -> None:
    for key, title in TITLES.items():
        assert pages[key].title == title, key
        assert pages[key].language == ("en" if key == "09" else "fr"), key
    assert pages["01"].published == datetime(2026, 4, 2, 8, 15)
    assert pages["01"].updated == datetime(2026, 4, 2, 9, 40)
    assert pages["08"].updated == datetime(2026, 4, 22, 7, 12)
    assert pages["05"].published is None  # "il y a 3 heures" and no fetch time
    assert pages["10"].published is None  # nothing on the page
    assert pages["01"].outlet == "Le Courrier de la Vallée"
    assert pages["09"].outlet == "The Valley Post"
    assert [c.upper() for c in pages["03"].wire_credits] == ["APC"]
    assert [c.upper() for c in pages["11"].wire_credits] == ["APC"]  # not from "Photo : Nadia Ferrer / APC"
    assert pages["02"].wire_credits == ()
    assert pages["01"].authors == ("Élodie Sarrazin",)
    assert pages["05"].authors == ("Thomas Lenoir",)


GONE = {
    "01": [
        "Accueil",
        "Se connecter",
        "Faits divers · Barsenac",
        "Photo : Julien Perrot",
        "Lire aussi",
        "déjà épinglée en 2023",
        "Industrie : la chimie de la vallée",
        "3 commentaires",
        "Les commentaires sont modérés",
        "Vous devez être connecté",
        "le marché couvert rouvrira",
        "Après deux ans de travaux",
        "L'article",
        "Par Élodie Sarrazin",
    ],
    "02": [
        "Partager : Facebook",
        "Recevez nos alertes info",
        "Cet article est paru initialement",
        "Les plus lus",
    ],
    "03": ["Inscrivez-vous à notre newsletter", "(mlr/apc)", "Lire aussi", "#Barsenac"],
    "05": [
        "Retrouvez le journal de 12h",
        "Partager sur Facebook",
        "Téléchargez l'application",
        "il y a 3 heures",
        "Par Thomas Lenoir",
        "98.4 FM",
    ],
    "08": ["Recevez chaque matin l'essentiel", "Lire aussi", "Article offert"],
    "09": [
        "Advertisement",
        "Related: Barsenac residents",
        "Sign up to The Valley Post",
        "Comments are closed",
    ],
    "10": ["Publicité", "Suivez-nous sur les réseaux sociaux", "Sur le même sujet", "le tramway fermé"],
    "11": ["Inscrivez-vous à notre newsletter", "Photo : Nadia Ferrer"],
}


@pytest.mark.parametrize("key", sorted(GONE))
def test_furniture_is_gone(pages: dict[str, Article], key: str) -> None:
    for debris in GONE[key]:
        assert debris not in pages[key].body, f"{key}: {debris!r}"
    assert pages[key].title not in pages[key].body


def test_reporting_and_captions(pages: dict[str, Article]) -> None:
    assert (
        "Le syndicat Solidarité Chimie a démenti jeudi matin les déclarations de la préfète."
        in pages["01"].body
    )
    assert (
        "The Solidarité Chimie union denied that account on Thursday." not in pages["09"].body
    )  # that is 06
    assert "Une prudence qui interroge" in pages["08"].body and "Décryptage" in pages["08"].body
    assert pages["10"].body.startswith("Le parquet de Valmonde a ouvert mardi une information judiciaire")
    assert pages["01"].captions == (
        "Les pompiers devant l'atelier de solvants de l'usine Ardéval Chimie, dans la nuit de mercredi à jeudi.",
    )
    assert "Le cortège devant la mairie de Barsenac." in pages["11"].captions
    assert "Le cortège devant la mairie de Barsenac." not in pages["11"].body
