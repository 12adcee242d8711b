"""Time expressions made to hold on unseen pages: French shapes of dates the rules did not read,
each on sentences written for the test (none taken from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from recoupe.language import nlp, timex

FRIDAY = dt.date(2026, 4, 3)
FETCHED = dt.date(2026, 11, 22)
Found = dict[str, tuple[dt.date | None, dt.date | None, dt.date | None, bool]]


def _found(text: str, published: dt.date | None = FRIDAY) -> Found:
    mentions = timex.extract(text, published, FETCHED, timex.tense_at(nlp.load("fr")(text)))
    return {t.text: (t.date, t.start_date, t.end_date, t.resolved) for t in mentions if t.kind != "duration"}


def _year(y: int) -> tuple[None, dt.date, dt.date, bool]:
    return (None, dt.date(y, 1, 1), dt.date(y, 12, 31), True)


def _month(y: int, m: int) -> tuple[None, dt.date, dt.date, bool]:
    end = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return (None, dt.date(y, m, 1), end, True)


UNRESOLVED = (None, None, None, False)


@pytest.mark.parametrize(
    "text, expression, year",
    [
        ("La mairie veut fermer la décharge d'ici 2031.", "d'ici 2031", 2031),
        ("Le gouvernement promet de rénover les écoles d’ici à 2029.", "d’ici à 2029", 2029),
        ("Le bail court jusqu'à 2034 au moins.", "jusqu'à 2034", 2034),
        ("La ligne devrait ouvrir à la mi-2028.", "mi-2028", 2028),
    ],
)
def test_a_year_after_the_words_that_end_or_split_a_period(text: str, expression: str, year: int) -> None:
    assert _found(text, None)[expression] == _year(year)


def test_a_count_after_d_ici_is_no_year() -> None:
    assert not any(v[3] and v[1] for v in _found("Il faudra d'ici 2000 ans pour le voir.").values())


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # relative to the last time the text named, not to the time of writing
        ("Le club a été fondé en mars 1998 et le stade inauguré le mois suivant.", "le mois suivant", _month(1998, 4)),
        ("La digue a cédé en 2011. L'année suivante, la commune l'a reconstruite.", "L'année suivante", _year(2012)),
        ("La digue a cédé en 2011, après avoir été inspectée l'année précédente.", "l'année précédente", _year(2010)),
        ("The plant closed in 2019. The following year, the site was sold.", "The following year", _year(2020)),
        ("Le pont a été fermé le 4 mai 2015. Trois ans plus tard, il était démoli.", "Trois ans plus tard", _year(2018)),
        ("Le pont a été fermé le 4 mai 2015. Le surlendemain, les bacs reprenaient.", "Le surlendemain",
         (dt.date(2015, 5, 6), None, None, True)),
        ("Le pont a été fermé le 4 mai 2015. L'avant-veille, une fissure était apparue.", "L'avant-veille",
         (dt.date(2015, 5, 2), None, None, True)),
        ("Le marché a ouvert mardi. Deux jours plus tard, il fermait.", "Deux jours plus tard",
         (dt.date(2026, 4, 2), None, None, True)),
        ("Le marché a ouvert le 2 mars 2026. La semaine suivante, il fermait.", "La semaine suivante",
         (None, dt.date(2026, 3, 9), dt.date(2026, 3, 15), True)),
    ],
)  # fmt: skip
def test_a_time_relative_to_the_last_one_named(text: str, expression: str, expected: tuple) -> None:
    assert _found(text)[expression] == expected


@pytest.mark.parametrize(
    "text, expression",
    [
        # the last time named has no year: the one after it has none either
        ("Le conseil se réunira en octobre, avant un vote le mois suivant.", "le mois suivant"),
        # a year says nothing of which month follows
        ("Le musée a rouvert en 2004 et a fermé le mois suivant.", "le mois suivant"),
        # nothing named before
        ("L'année suivante, tout a changé.", "L'année suivante"),
    ],
)
def test_a_relative_time_stays_unresolved_when_its_reference_is_unknown(text: str, expression: str) -> None:
    assert _found(text, None)[expression] == UNRESOLVED


def test_later_than_is_a_comparison_not_a_date() -> None:
    found = _found("Les quotas ont été appliqués en 2010 au nord, 20 ans plus tard que dans le sud.")
    assert "20 ans plus tard" not in found


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Le coureur a été contrôlé courant juillet 2019.", "courant juillet 2019", _month(2019, 7)),
        ("Le coureur a été contrôlé courant d'avril 2019.", "courant d'avril 2019", _month(2019, 4)),
        ("Les travaux ont eu lieu au cours du mois de juin 2017.", "juin 2017", _month(2017, 6)),
        # read on 3 April 2026, a past June is last year's
        ("Les fouilles ont commencé au mois de juin.", "au mois de juin", _month(2025, 6)),
    ],
)
def test_months_after_courant_and_du_mois_de(text: str, expression: str, expected: tuple) -> None:
    assert _found(text, None if "20" in text else FRIDAY)[expression] == expected


def test_a_latin1_read_windows_apostrophe_is_an_apostrophe_and_offsets_stay() -> None:
    text = "Il a été contrôlé courant d\x92octobre 2019, puis d\x92ici 2021."
    mentions = timex.extract(text, None, FETCHED)
    assert [(t.text, t.start_date) for t in mentions] == [
        ("courant d\x92octobre 2019", dt.date(2019, 10, 1)),
        ("d\x92ici 2021", dt.date(2021, 1, 1)),
    ]
    assert all(text[t.start : t.end] == t.text for t in mentions)


def test_a_month_after_a_forward_preposition_looks_ahead_unless_the_verb_is_past() -> None:
    november = dt.date(2026, 11, 3)
    assert _found("Le chantier sera achevé d'ici mars.", november)["mars"] == _month(2027, 3)
    assert _found("Les prix baisseront dès janvier.", november)["janvier"] == _month(2027, 1)
    assert _found("Les prix avaient baissé dès janvier.", november)["janvier"] == _month(2026, 1)
    assert _found("Les tarifs seront gelés jusqu'à juin.", november)["juin"] == _month(2027, 6)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the second month of a span takes the first one's year, or the next when it comes earlier
        (
            "Il a passé 300 appels entre la mi-octobre 2011 et la mi-février.",
            "la mi-février",
            _month(2012, 2),
        ),
        ("La grève a duré de novembre 2011 à janvier.", "à janvier", _month(2012, 1)),
        ("Les ventes ont grimpé entre mars 2011 et juin.", "et juin", _month(2011, 6)),
        # and the first month of a span takes the second one's year, or the one before
        ("Le froid a sévi entre décembre et février 2012.", "entre décembre", _month(2011, 12)),
    ],
)
def test_a_month_of_a_span_takes_the_year_of_the_span(text: str, expression: str, expected: tuple) -> None:
    assert _found(text, None)[expression] == expected


def test_part_of_a_year_stands_for_the_year() -> None:
    november = dt.date(2026, 11, 3)
    assert _found("Les embauches reprendront en début d'année.", november)["en début d'année"] == _year(2027)
    assert _found("La loi sera votée en fin d'année prochaine.", november)[
        "en fin d'année prochaine"
    ] == _year(2027)
    assert _found("Le site a fermé à la fin de l'année 2009.", None)["à la fin de l'année 2009"] == _year(
        2009
    )
    # no publication date, no year: the text cannot pin it
    assert _found("Les embauches ont repris en début d'année.", None)["en début d'année"] == UNRESOLVED
    # read in March, a past end of year is last year's
    assert _found("Le chantier s'est achevé en fin d'année.", dt.date(2026, 3, 10))[
        "en fin d'année"
    ] == _year(2025)


def test_words_that_look_like_dates_inside_names() -> None:
    # a newspaper
    assert _found("Le pilote a parlé au Journal du dimanche de ses projets.") == {}
    # a weekday after "du" in a plain phrase stays a day
    found = _found("Dans la nuit du samedi au dimanche, la tempête a frappé.")
    assert "samedi" in found and "dimanche" in found


def test_a_day_and_month_with_its_direction() -> None:
    found = _found("Le texte est entré en vigueur le 5 août dernier. Il sera revu le 30 mars prochain.")
    assert found["le 5 août dernier"][0] == dt.date(2025, 8, 5)
    assert found["le 30 mars prochain"][0] == dt.date(2027, 3, 30)


def test_this_afternoon_is_today() -> None:
    assert _found("Le maire s'exprimera cet après-midi devant le conseil.")["cet après-midi"][0] == FRIDAY


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # an abbreviated month without its dot, in a dateline
        ("OSLO, Oct 14 — The port reopened on Monday.", "Oct 14", (dt.date(2025, 10, 14), None, None, True)),
        # a year compared with
        ("Sales rose 4% compared to 2021 and 9% compared with 2017.", "compared with 2017", _year(2017)),
        ("Exports were higher than 2015.", "than 2015", _year(2015)),
        ("Les ventes ont progressé de 6 % par rapport à 2019.", "par rapport à 2019", _year(2019)),
    ],
)
def test_english_and_compared_years(text: str, expression: str, expected: tuple) -> None:
    found = {
        t.text: (t.date, t.start_date, t.end_date, t.resolved) for t in timex.extract(text, FRIDAY, FETCHED)
    }
    assert found[expression] == expected


def test_a_capitalised_time_of_day_inside_a_title_is_no_date() -> None:
    found = timex.extract(
        'She told "Good Day This Morning" viewers. This morning, she left.', FRIDAY, FETCHED
    )
    assert [(t.text, t.date) for t in found] == [("This morning", FRIDAY)]


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # the last winter over, not the next one (winter runs into the next year)
        ("L'hiver dernier a été rude dans les Alpes.", "L'hiver dernier", (None, dt.date(2025, 12, 1), dt.date(2026, 2, 28), True)),
        ("Les pistes rouvriront l'hiver prochain.", "l'hiver prochain", (None, dt.date(2026, 12, 1), dt.date(2027, 2, 28), True)),
        ("Le festival a eu lieu l'été dernier.", "l'été dernier", (None, dt.date(2025, 6, 1), dt.date(2025, 8, 31), True)),
        # a part of next week
        ("Le texte sera examiné en début de semaine prochaine.", "en début de semaine prochaine",
         (None, dt.date(2026, 4, 6), dt.date(2026, 4, 7), True)),
        ("Le texte a été déposé en fin de semaine dernière.", "en fin de semaine dernière",
         (None, dt.date(2026, 3, 26), dt.date(2026, 3, 29), True)),
        # one year ago, and ahead of the anchor as "il y a" is before it
        ("Il y a un an, la digue cédait.", "Il y a un an", (dt.date(2025, 4, 3), None, None, True)),
        ("Le verdict sera rendu dans dix jours.", "dans dix jours", (dt.date(2026, 4, 13), None, None, True)),
    ],
)  # fmt: skip
def test_seasons_week_parts_and_counted_distances(text: str, expression: str, expected: tuple) -> None:
    assert _found(text)[expression] == expected


def test_a_weekday_the_parse_hangs_on_no_verb_takes_the_tense_of_its_sentence() -> None:
    # the parser may take the noun for the root: the sentence's finite verb still says future or past
    assert _found("Samedi, des milliers de personnes manifesteront.")["Samedi"][0] == dt.date(2026, 4, 4)
    assert _found("Samedi, des milliers de personnes ont manifesté.")["Samedi"][0] == dt.date(2026, 3, 28)
    # a heading with no verb at all is still read from the rest of the text
    assert _found("Sommet européen mardi\nLes chefs d'Etat se retrouveront mardi.")["mardi"][0] == dt.date(
        2026, 4, 7
    )


@pytest.mark.parametrize(
    "text, expression, day",
    [
        # a verb that looks ahead, in the present, with an infinitive: the next such day
        ("L'accord doit être signé lundi.", "lundi", dt.date(2026, 4, 6)),
        ("Le président va se rendre lundi à Oslo.", "lundi", dt.date(2026, 4, 6)),
        ("Les négociations doivent reprendre mardi.", "mardi", dt.date(2026, 4, 7)),
        ("Le texte pourrait être voté jeudi.", "jeudi", dt.date(2026, 4, 9)),
        ("Il a été reçu mardi par le maire, qui doit se rendre jeudi à Lyon.", "jeudi", dt.date(2026, 4, 9)),
        # ... but not a perfect infinitive, which looks back
        ("Le suspect doit avoir quitté la ville mardi.", "mardi", dt.date(2026, 3, 31)),
        # a planned, moved or aimed-at date looks forward whatever the verb
        ("Le sommet, prévu le 12 avril, a été annulé.", "le 12 avril", dt.date(2026, 4, 12)),
        ("L'audience a été renvoyée au 20 mai.", "20 mai", dt.date(2026, 5, 20)),
        ("Rendez-vous est pris pour mardi.", "mardi", dt.date(2026, 4, 7)),
        # a present passive is present, not past: within the coming weeks
        ("L'audience est fixée au 15 avril.", "15 avril", dt.date(2026, 4, 15)),
        # a plan told a day after its date is not next year's
        ("Le vol doit décoller le 2 avril.", "le 2 avril", dt.date(2026, 4, 2)),
    ],
)
def test_plans_look_forward(text: str, expression: str, day: dt.date) -> None:
    assert _found(text)[expression][0] == day


def test_a_verb_looks_ahead_only_for_the_expression_under_its_infinitive() -> None:
    # "peut changer" looks ahead, but "jeudi" hangs under "parlé", not under "changer"
    text = (
        "La porte-parole a fait savoir vendredi que les deux hommes ne s'étaient pas parlé jeudi, même si "
        "« cela peut bien sûr changer »."
    )
    assert _found(text)["jeudi"][0] == dt.date(2026, 4, 2)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Au début de juillet, la digue a cédé.", "début de juillet", _month(2025, 7)),
        ("Fin d'août 2019, les touristes sont repartis.", "Fin d'août 2019", _month(2019, 8)),
        ("Le chantier sera achevé courant 2029.", "courant 2029", _year(2029)),
        ("Le passage à l'an 2000 a inquiété les banques.", "l'an 2000", _year(2000)),
        # the first month of a span takes the second one's year
        ("Le festival se tient de juin à août 2011.", "de juin", _month(2011, 6)),
        ("Les prix ont grimpé entre 2011 et 2013.", "entre 2011", _year(2011)),
        ("La nuit dernière, un orage a éclaté.", "La nuit dernière", (dt.date(2026, 4, 2), None, None, True)),
    ],
)
def test_more_french_shapes(text: str, expression: str, expected: tuple) -> None:
    assert _found(text)[expression] == expected


def test_amounts_between_two_numbers_are_no_years() -> None:
    assert _found("Le loyer coûte entre 1900 et 2000 euros.") == {}


def test_the_passe_compose_of_an_etre_verb_is_past_even_when_parsed_as_passive() -> None:
    # "est intervenue" may be parsed as a passive; it is a past tense, and "le 3 mai" is last May
    found = _found("Le 3 mai, à 8 heures, la police est intervenue.")
    assert found["Le 3 mai"][0] == dt.date(2025, 5, 3)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Il a spéculé entre 2012 et début 2015.", "entre 2012", _year(2012)),
        # (a span spelt out alone in brackets is one period, as quotes_dates_blind5b.jsonl reads it)
        (
            "Il a gagné le tournoi sept fois (2003 à 2009).",
            "2003 à 2009",
            (None, dt.date(2003, 1, 1), dt.date(2009, 12, 31), True),
        ),
        (
            "La cérémonie s'ouvre en ce 09-09-2009 à 9 heures.",
            "09-09-2009",
            (dt.date(2009, 9, 9), None, None, True),
        ),
        # an elided "à partir d'" looks forward like "à partir de"
        ("Il devra pointer au commissariat à partir d'octobre.", "octobre", _month(2026, 10)),
    ],
)
def test_spans_of_years_hyphenated_dates_and_elided_prepositions(
    text: str, expression: str, expected: tuple
) -> None:
    assert _found(text)[expression] == expected


def test_an_amount_is_no_span_of_years() -> None:
    assert _found("Il a payé 1999 à 2005 euros selon les mois.") == {}


def test_la_veille_needs_a_day_as_the_last_time_named() -> None:
    text = "La loi a été votée le 22 avril 2005. En mars 2008, une cassette a resurgi. La veille, une association avait manifesté."
    assert _found(text, None)["La veille"] == UNRESOLVED
    # an unresolved weekday is no day either
    text = "Le traité a été signé le 2 juillet 2008. Mardi, les troupes sont parties. Le lendemain, la ville a fêté."
    assert _found(text, None)["Le lendemain"] == UNRESOLVED
    # a day named last still gives it
    text = "Les troupes sont parties le 3 juillet 2008. Le lendemain, la ville a fêté."
    assert _found(text, None)["Le lendemain"] == (dt.date(2008, 7, 4), None, None, True)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("In late March, the storm hit the coast.", "In late March", _month(2026, 3)),
        ("By mid-June 2024 the plant had closed.", "By mid-June 2024", _month(2024, 6)),
        ("A year ago, the town flooded.", "A year ago", (dt.date(2025, 4, 3), None, None, True)),
        (
            "The plant closed on 2 March 2026. A week later, it reopened.",
            "A week later",
            (dt.date(2026, 3, 9), None, None, True),
        ),
        # "are due in" looks ahead
        ("Elections are due in May.", "in May", _month(2026, 5)),
    ],
)
def test_english_month_parts_and_counted_distances(text: str, expression: str, expected: tuple) -> None:
    found = timex.extract(text, FRIDAY, FETCHED, timex.english_tense(text))
    assert {t.text: (t.date, t.start_date, t.end_date, t.resolved) for t in found}[expression] == expected


def test_early_may_as_a_modal_is_no_month() -> None:
    assert timex.extract("Acting early may be better.", FRIDAY, FETCHED) == []


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Jeudi 2, le président a reçu les syndicats.", "Jeudi 2", (dt.date(2026, 4, 2), None, None, True)),
        ("Samedi 11, les syndicats défileront.", "Samedi 11", (dt.date(2026, 4, 11), None, None, True)),
        ("Vendredi 27, la grève a commencé.", "Vendredi 27", (dt.date(2026, 3, 27), None, None, True)),
        # no publication date: the month is unknown
        ("Jeudi 2, le président a reçu les syndicats.", "Jeudi 2", UNRESOLVED),
    ],
)
def test_a_weekday_with_a_day_of_the_month(text: str, expression: str, expected: tuple) -> None:
    assert _found(text, None if expected == UNRESOLVED else FRIDAY)[expression] == expected


def test_a_weekday_before_a_count_is_no_day_of_the_month() -> None:
    found = _found("Mardi 3 personnes ont été blessées.")
    assert "Mardi 3" not in found and found["Mardi"][0] == dt.date(2026, 3, 31)


def test_the_month_before_or_after_after_du_and_au() -> None:
    assert _found("Il a été arrêté à la fin du mois dernier.")["du mois dernier"] == _month(2026, 3)
    assert _found("Le texte sera voté au mois prochain.")["au mois prochain"] == _month(2026, 5)
