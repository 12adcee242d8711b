"""Time expressions: years only the text can give, and the tense that sends a weekday forward."""

from __future__ import annotations

import datetime as dt

import pytest

from recoupe.language import nlp, timex

FRIDAY = dt.date(2026, 4, 3)
FETCHED = dt.date(2026, 11, 22)


def _dates(text: str, published: dt.date | None = FRIDAY) -> dict[str, tuple[dt.date | None, bool]]:
    found = timex.extract(text, published, FETCHED, timex.tense_at(nlp.load("fr")(text)))
    return {t.text: (t.date, t.resolved) for t in found}


def test_undated_weekday_day_month_takes_a_year_the_text_gives() -> None:
    text = "La fuite a eu lieu le 2 juillet 2008. Le ministre a réagi samedi 12 juillet."
    assert _dates(text, None)["samedi 12 juillet"] == (dt.date(2008, 7, 12), True)


def test_undated_weekday_day_month_may_fall_in_the_year_after_the_latest_dated() -> None:
    # Written on or after November 2007: Friday 18 January is 2008 (it is a Thursday in 2007).
    text = "Les pertes remontent à novembre 2007. Elle n'a été découverte que vendredi 18 janvier."
    assert _dates(text, None)["vendredi 18 janvier"] == (dt.date(2008, 1, 18), True)


@pytest.mark.parametrize(
    "text",
    [
        "Lundi 4 août, la chaîne de télévision a diffusé la vidéo.",  # no year anywhere
        "La loi votée en 2005 sera revue. Lundi 4 août, le texte a été publié.",  # a bare year dates nothing
        "Le contrat date de juin 2005. Lundi 4 août, le texte a été publié.",  # the weekday disagrees
    ],
)
def test_undated_weekday_day_month_is_never_guessed(text: str) -> None:
    assert _dates(text, None)["Lundi 4 août"] == (None, False)


def test_demonstrative_anchor_prefers_a_year_the_text_gives() -> None:
    # "ce vendredi 14 février" without a year: 2014 agrees with the text's "mars 2013", before
    # the fetch day's most recent match (2025); "jeudi" then follows from that anchor.
    text = "Le projet est né en mars 2013. Ce vendredi 14 février, le maire l'a présenté. Il l'avait annoncé jeudi."
    found = _dates(text, None)
    assert found["Ce vendredi 14 février"] == (dt.date(2014, 2, 14), True)
    assert found["jeudi"] == (dt.date(2014, 2, 13), True)


@pytest.mark.parametrize(
    "text, word, day",
    [
        # Forward-looking prepositions, whatever the verb.
        ("L'ensemble du personnel a été placé en chômage partiel à compter de lundi.", "lundi", dt.date(2026, 4, 6)),
        ("Les inscriptions sont ouvertes à partir de mardi.", "mardi", dt.date(2026, 4, 7)),
        ("Les cours reprendront dès lundi.", "lundi", dt.date(2026, 4, 6)),
        # "dès" under a past verb narrates the past.
        ("Dès lundi, les pompiers étaient sur place.", "lundi", dt.date(2026, 3, 30)),
        # The governing verb: future, simple conditional (future of reported speech).
        ("Le marché couvert rouvrira ses portes samedi à 8 heures.", "samedi", dt.date(2026, 4, 4)),
        ("Le congrès se tiendra mardi à Paris.", "mardi", dt.date(2026, 4, 7)),
        ("Le syndicat se réunirait mardi pour en décider.", "mardi", dt.date(2026, 4, 7)),
        # Past tenses, the imperfect and the compound conditional (hearsay about the past).
        ("L'attaque aurait eu lieu mardi selon l'armée.", "mardi", dt.date(2026, 3, 31)),
        ("Il déclarait mardi que rien n'allait.", "mardi", dt.date(2026, 3, 31)),
        ("Le syndicat a démenti jeudi les déclarations.", "jeudi", dt.date(2026, 4, 2)),
        ("Le magasin a ouvert vendredi.", "vendredi", FRIDAY),
    ],
)
def test_tense_and_prepositions_decide_the_week(text: str, word: str, day: dt.date) -> None:
    assert _dates(text)[word] == (day, True)


def test_reported_future_after_a_past_cue() -> None:
    found = _dates("Le ministre a annoncé mardi qu'il se rendrait jeudi à Kiev.")
    assert found["mardi"] == (dt.date(2026, 3, 31), True)
    assert found["jeudi"] == (dt.date(2026, 4, 9), True)


@pytest.mark.parametrize(
    "text, words, published, span",
    [
        ("L'usine ne redémarrera pas avant l'été.", "avant l'été", FRIDAY, (dt.date(2026, 6, 1), dt.date(2026, 8, 31))),
        ("Le site est fermé depuis l'été.", "depuis l'été", FRIDAY, (dt.date(2025, 6, 1), dt.date(2025, 8, 31))),
        ("Cet hiver a été rude.", "Cet hiver", FRIDAY, (dt.date(2025, 12, 1), dt.date(2026, 2, 28))),
        ("Il a été élu au printemps.", "au printemps", dt.date(2026, 1, 10), (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
        ("L'usine ne redémarrerait pas avant l'été.", "avant l'été", None, (None, None)),  # marked, not guessed
    ],
)
def test_season_without_year(
    text: str, words: str, published: dt.date | None, span: tuple[dt.date | None, dt.date | None]
) -> None:
    found = {t.text: t for t in timex.extract(text, published, FETCHED, timex.tense_at(nlp.load("fr")(text)))}
    assert (found[words].start_date, found[words].end_date) == span
    assert found[words].kind == "interval" and found[words].resolved is (published is not None)


@pytest.mark.parametrize("text", ["L'été est chaud dans la vallée.", "Elle a été blessée.", "Le bilan a été revu."])
def test_no_season_from_generic_words_or_the_verb_etre(text: str) -> None:
    assert timex.extract(text, FRIDAY, FETCHED) == []


@pytest.mark.parametrize(
    "text, words, kind, day",
    [
        ("Le marché rouvrira ses portes samedi à 8 heures.", "à 8 heures", "time", dt.date(2026, 4, 4)),
        ("Une explosion a secoué mercredi soir, vers 22h40, l'usine.", "vers 22h40", "time", dt.date(2026, 4, 1)),
        ("Un point presse s'est tenu vers 1 heure du matin.", "vers 1 heure du matin", "time", None),
        ("L'accord est tombé après deux heures de négociations.", "deux heures", "duration", None),
        ("Le site est à 2 heures de route.", "2 heures", "duration", None),
    ],
)
def test_clock_times_are_not_durations(text: str, words: str, kind: str, day: dt.date | None) -> None:
    found = {t.text: t for t in timex.extract(text, FRIDAY, FETCHED, timex.tense_at(nlp.load("fr")(text)))}
    assert (found[words].kind, found[words].date, found[words].resolved) == (kind, day, day is not None)


def test_a_capitalised_relative_day_inside_a_name_is_no_date() -> None:
    assert timex.extract("le recours est appuyé par le parti Aujourd'hui Autrement.", FRIDAY, FETCHED) == []
    found = timex.extract("Hier Paris a répondu. Il a parlé hier Emmanuel Macron.", FRIDAY, FETCHED)
    assert [t.date for t in found] == [dt.date(2026, 4, 2), dt.date(2026, 4, 2)]


def test_planned_event_month_with_direction_and_a_heading_weekday() -> None:
    text = (
        "Réunion des ministres mardi à Bruxelles\n\n"
        "Les ministres se retrouveront mardi à Bruxelles. Le président est attendu mercredi à Astana. "
        "L'aide pourrait baisser à partir de janvier prochain. Le ministre a parlé jeudi.\n"
    )
    found = timex.extract(text, FRIDAY, FETCHED, timex.tense_at(nlp.load("fr")(text)))
    days = [(t.text, t.date) for t in found if t.kind == "date"]
    assert days == [
        ("mardi", dt.date(2026, 4, 7)),
        ("mardi", dt.date(2026, 4, 7)),
        ("mercredi", dt.date(2026, 4, 8)),
        ("jeudi", dt.date(2026, 4, 2)),
    ]
    month = next(t for t in found if t.text == "janvier prochain")
    assert (month.start_date, month.end_date) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))


def test_la_veille_is_the_day_before_the_last_day_named() -> None:
    text = (
        "Ce mercredi 1er avril était une journée de grève. La veille, l'armée avait visé le camp. "
        "Au lendemain d'un discours du président, le calme est revenu.\n"
    )
    found = {t.text: t.date for t in timex.extract(text, FRIDAY, FETCHED, timex.tense_at(nlp.load("fr")(text)))}
    assert found["La veille"] == dt.date(2026, 3, 31)
    assert not any("lendemain" in k for k in found)


def _spans(text: str, published: dt.date | None = FRIDAY) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    found = timex.extract(text, published, FETCHED, timex.tense_at(nlp.load("fr")(text)))
    return {t.text: (t.start_date, t.end_date) for t in found if t.kind == "interval"}


def test_a_part_of_a_month_stands_for_the_month() -> None:
    text = "Les analyses avaient alerté la mairie à la mi-janvier. Elle a fermé deux puits fin février."
    found = _spans(text)
    assert found["à la mi-janvier"] == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert found["fin février"] == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))


def test_the_second_year_of_a_span_and_a_year_after_des() -> None:
    found = _spans("Il a enseigné à Rennes de 2011 à 2014. La règle s'appliquera dès 2027.")
    assert found["à 2014"] == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert found["dès 2027"] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert "à 2014" not in _spans("Le score est passé de 12 à 2014 voix.")


def test_parts_of_the_week_and_the_weekend() -> None:
    # FRIDAY is Friday 3 April 2026: its week runs from Monday 30 March.
    found = _spans("En début de semaine, le maire a reçu les riverains. Le week-end dernier, rien n'a bougé.")
    assert found["En début de semaine"] == (dt.date(2026, 3, 30), dt.date(2026, 3, 31))
    assert found["Le week-end dernier"] == (dt.date(2026, 3, 28), dt.date(2026, 3, 29))
    assert _spans("Les magasins ouvriront le week-end prochain.")["le week-end prochain"] == (
        dt.date(2026, 4, 4),
        dt.date(2026, 4, 5),
    )


def test_christmas_is_the_last_one_unless_the_tense_looks_forward() -> None:
    assert _dates("Il a été libéré à Noël.")["à Noël"] == (dt.date(2025, 12, 25), True)
    assert _dates("Le chantier sera fini avant Noël.")["avant Noël"] == (dt.date(2026, 12, 25), True)


def test_a_day_and_month_without_tense_is_past_unless_it_comes_within_a_season() -> None:
    published = dt.date(2020, 9, 14)
    found = _dates("Une étude portant sur les messages publiés entre le 11 et le 28 mars.", published)
    assert found["le 11"] == (dt.date(2020, 3, 11), True)
    assert _dates("Réunion du 2 octobre.", published)["2 octobre"] == (dt.date(2020, 10, 2), True)


def test_a_weekday_with_its_date_picks_the_year_where_they_agree() -> None:
    # Published Thursday 2 November 2023: Monday 6 November is 2023, even under a past verb.
    published = dt.date(2023, 11, 2)
    assert _dates("Il a été interpellé lundi 6 novembre.", published)["lundi 6 novembre"] == (
        dt.date(2023, 11, 6),
        True,
    )
    # Tuesday 6 November is 2018 (not a Tuesday in 2022, 2023 or 2024): then the tense decides.
    assert _dates("Il a été interpellé mardi 6 novembre.", published)["mardi 6 novembre"] == (
        dt.date(2022, 11, 6),
        True,
    )


def test_jusqu_a_a_weekday_looks_forward_unless_the_verb_is_past() -> None:
    # FRIDAY is Friday 3 April 2026.
    assert _dates("Les riverains ont jusqu'à mardi pour déposer un recours.")["mardi"] == (dt.date(2026, 4, 7), True)
    assert _dates("Il est resté en garde à vue jusqu'à mardi.")["mardi"] == (dt.date(2026, 3, 31), True)


def test_a_bare_day_between_commas_takes_the_month_of_the_last_day_named() -> None:
    text = "Le 6 mars, la digue a cédé. La nuit suivante, le 7, les pompiers ont évacué le quartier."
    assert _dates(text)["le 7"] == (dt.date(2026, 3, 7), True)
    # without a day named before, or not between commas: nothing
    assert "le 7" not in _dates("La nuit suivante, le 7, les pompiers ont évacué le quartier.")
    assert "le 7" not in _dates("Le 6 mars, la digue a cédé. Il a pris le 7 pour rentrer.")
