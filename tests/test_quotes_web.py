"""French quote rules developed on the dev5 web pages, tested on sentences written for the test
(real spaCy parse): reversed quote marks."""

from __future__ import annotations

import datetime as dt

from recoupe.language import marks
from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="d5", input="t", body=body, content_hash="d5", language="fr",
                      published=dt.datetime(2026, 3, 11, 12))  # fmt: skip
    return list(analyse(article).quotes)


def test_reversed_marks_are_turned_one_character_for_one() -> None:
    text = "Le maire a répondu. » Nous rouvrirons la piscine en juin « , a-t-il dit.\n» Sommaire"
    fixed = marks.straighten(text)
    assert len(fixed) == len(text)
    assert fixed == "Le maire a répondu. « Nous rouvrirons la piscine en juin » , a-t-il dit.\n» Sommaire"
    ((start, end),) = marks.spans(fixed)
    assert fixed[start:end].strip() == "Nous rouvrirons la piscine en juin"


def test_normal_marks_and_a_closing_mark_of_an_earlier_paragraph_stay() -> None:
    normal = "« Nous verrons », a dit Paul Roy. Il a parlé d'un « accord » avec la ville."
    assert marks.straighten(normal) == normal
    # a » closing the quote of the paragraph before, then a normal quote that opens: no reversed pair
    carried = "la fin du discours. » Puis il a lancé « bonne chance » aux élus."
    assert marks.straighten(carried) == carried


def test_quotes_in_reversed_marks_are_read_with_their_incise() -> None:
    body = (
        "Le procès du promoteur Marc Olivier a repris mercredi devant le tribunal de la ville.\n"
        "La défense a demandé un nouveau délai.  » Nous n’avons pas reçu les pièces du dossier à temps « , "
        "a déclaré son avocate, Me Claire Vidal.\n"
    )
    quotes = _quotes(body)
    assert len(quotes) == 1
    assert (
        body[quotes[0].start : quotes[0].end].strip() == "Nous n’avons pas reçu les pièces du dossier à temps"
    )
    assert quotes[0].speaker_name == "Claire Vidal"
