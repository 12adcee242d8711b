"""Quoted intertitles and pull quotes are not quotes (`recoupe.language.quotes.headings`), on
layouts written for the test: end to end through `analyse` (real spaCy parse) and on the pure
function with quotes built by hand."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.language.quotes.headings import drop_headings
from recoupe.model import Article, Quote


def _quoted(body: str) -> list[str]:
    article = Article(id="h", input="t", body=body, content_hash="h", language="fr",
                      published=dt.datetime(2026, 3, 11, 12))  # fmt: skip
    return [body[q.start : q.end].strip() for q in analyse(article).quotes]


def _direct(text: str, words: str, cue: str | None = None) -> Quote:
    start = text.index(words)
    return Quote(text=words, start=start, end=start + len(words), direct=True, speaker_name="X", cue=cue)


def test_a_quoted_intertitle_between_paragraphs_is_no_quote() -> None:
    body = (
        "Le maire Paul Roy a présenté mardi son budget devant le conseil municipal. "
        "« Les impôts locaux n'augmenteront pas cette année », a-t-il déclaré.\n"
        "« Une ville qui refuse de choisir entre ses écoles et ses routes »\n"
        "Les élus de l'opposition ont quitté la salle avant le vote du budget.\n"
    )
    assert _quoted(body) == ["Les impôts locaux n'augmenteront pas cette année"]


def test_a_pull_quote_of_the_journalists_sentence_is_no_quote() -> None:
    body = (
        "Pour la chercheuse Claire Dumas, « les abeilles sauvages disparaissent plus vite que prévu. »\n"
        "« Les pesticides ne sont pas la seule cause du déclin des abeilles »\n"
        "Les pesticides ne sont pas la seule cause du déclin des abeilles : le climat et la perte des haies "
        "comptent aussi, selon l'étude publiée lundi.\n"
    )
    found = _quoted(body)
    assert "Les pesticides ne sont pas la seule cause du déclin des abeilles" not in found
    assert "les abeilles sauvages disparaissent plus vite que prévu." in found


def test_a_quote_going_on_in_its_own_paragraph_stays() -> None:
    body = (
        "La directrice Anne Morel a présenté la rentrée aux parents. "
        "« Nous allons ouvrir deux classes de plus », a-t-elle annoncé.\n"
        "« Les familles attendent cette décision depuis trois ans. »\n"
        "La rentrée aura lieu le 2 septembre.\n"
    )
    assert "Les familles attendent cette décision depuis trois ans." in _quoted(body)


def test_a_quoted_lead_with_its_words_after_it_stays() -> None:
    body = (
        "« Le village sera évacué avant la nuit » : l'information a été confirmée mardi soir par la "
        "préfecture du Var.\nLes pompiers luttent toujours contre les flammes.\n"
    )
    assert _quoted(body) == ["Le village sera évacué avant la nuit"]


def test_the_layout_conditions_of_a_heading() -> None:
    heading = "Une ville qui refuse de choisir entre ses écoles et ses routes"
    alone = f"Le budget a été présenté.\n« {heading} »\nLes élus ont voté.\n"
    assert drop_headings(alone, [_direct(alone, heading)]) == []
    # a cue of its own, or final punctuation inside or after the marks: a statement, not a title
    assert len(drop_headings(alone, [_direct(alone, heading, cue="dire")])) == 1
    for ended in (f"« {heading}. »", f"« {heading} ».", f"« {heading} ? »"):
        text = f"Le budget a été présenté.\n{ended}\nLes élus ont voté.\n"
        assert len(drop_headings(text, [_direct(text, heading)])) == 1
    # announced by a colon, or a sentence that goes on in the next paragraph
    announced = f"Le maire a lancé aux élus :\n« {heading} »\nLes élus ont voté.\n"
    assert len(drop_headings(announced, [_direct(announced, heading)])) == 1
    going_on = f"Le budget a été présenté.\n« {heading} »\na résumé le maire devant les élus.\n"
    assert len(drop_headings(going_on, [_direct(going_on, heading)])) == 1
    # words beside the quote in its paragraph, or a long quoted paragraph
    beside = f"Le budget a été présenté.\n« {heading} », dit-il\nLes élus ont voté.\n"
    assert len(drop_headings(beside, [_direct(beside, heading)])) == 1
    long_words = " ".join([heading] * 3)
    long_text = f"Le budget a été présenté.\n« {long_words} »\nLes élus ont voté.\n"
    assert len(drop_headings(long_text, [_direct(long_text, long_words)])) == 1


def test_a_pull_quote_of_words_a_speaker_is_quoted_saying_stays() -> None:
    heading = "Nous ne fermerons aucune école"
    text = (
        f"Le budget a été présenté.\n« {heading} »\nLes élus ont voté. Le maire a promis que "
        f"« nous ne fermerons aucune école » avant la fin de son mandat.\n"
    )
    body = text.index("nous ne fermerons")
    said = Quote(
        text="", start=body - 40, end=body + 60, direct=False, speaker_name="le maire", cue="promettre"
    )
    assert len(drop_headings(text, [_direct(text, heading), said])) == 2
    # the same words in marks that no quote found reports (a charge's wording): the heading goes
    assert drop_headings(text, [_direct(text, heading)]) == []
