"""Dates on web pages: the shapes of web text (update lines, credits, holidays, numeric days) and the
language of the page, each on sentences written for the test (none taken from a corpus)."""

from __future__ import annotations

import datetime as dt

from recoupe.language import nlp, timex

FRIDAY = dt.date(2026, 4, 3)
FETCHED = dt.date(2026, 11, 22)
Found = dict[str, tuple[dt.date | None, dt.date | None, dt.date | None, bool]]


def _found(text: str, published: dt.date | None = FRIDAY, lang: str | None = "fr") -> Found:
    doc = nlp.load(lang or "fr")(text)
    mentions = timex.extract(text, published, FETCHED, timex.tense_at(doc), lang)
    return {t.text: (t.date, t.start_date, t.end_date, t.resolved) for t in mentions if t.kind != "duration"}


def test_a_word_of_another_language_is_no_date() -> None:
    # a German title in an English page: "Hier" is no French "hier"
    english = 'The museum opens "Hier und Jetzt", a show of young painters, on Monday.'
    assert "Hier" not in _found(english, lang="en")
    assert _found(english, lang="en")["Monday"][0] == dt.date(2026, 3, 30)
    # French words in an English page, English ones in a French page, are not read
    assert _found("The band played Le Grand Mardi in Leeds.", lang="en") == {}
    assert "March 2, 2026" not in _found("Le message, signé « Paris, March 2, 2026 », circule.", lang="fr")
    # the page's own words still are, and a text of unknown language reads both
    assert _found("Le maire a parlé hier.", lang="fr")["hier"][0] == dt.date(2026, 4, 2)
    assert _found("Le maire a parlé hier.", lang=None)["hier"][0] == dt.date(2026, 4, 2)
    # numbers carry no language: a numeric date is read in both
    assert _found("The rule took effect on 12.03.2026.", lang="en")["12.03.2026"][0] == dt.date(2026, 3, 12)


def test_a_plan_told_beside_a_past_verb_has_happened() -> None:
    # the text is dated a month after the planned day: the plan has happened, its date is past
    for text, expression in [
        ("La réunion prévue le 2 mars a eu lieu dans le calme.", "le 2 mars"),
        ("La réunion, prévue le 2 mars, s'est tenue à Lyon.", "le 2 mars"),
        ("Le concert prévu le 2 mars fut un succès.", "le 2 mars"),
        ("La conférence prévue le 2 mars avait réuni trois cents personnes.", "le 2 mars"),
        ("L'audience, fixée au 2 mars, s'est déroulée sans incident.", "2 mars"),
    ]:
        assert _found(text)[expression][0] == dt.date(2026, 3, 2), text
    # a plan someone announced in a past tense is ahead: the planned thing is no subject
    for text, expression, day in [
        ("Il a annoncé un sommet prévu le 20 avril à Paris.", "le 20 avril", dt.date(2026, 4, 20)),
        ("Le ministre a confirmé sa venue, prévue le 12 mai.", "le 12 mai", dt.date(2026, 5, 12)),
        ("Les syndicats ont appelé à une grève prévue le 20 avril.", "le 20 avril", dt.date(2026, 4, 20)),
    ]:
        assert _found(text)[expression][0] == day, text
    # the plan as the sentence's verb, or a present plan, still looks forward
    assert _found("L'audience a été renvoyée au 20 mai.")["20 mai"][0] == dt.date(2026, 5, 20)
    assert _found("La réunion est prévue le 2 mars.")["le 2 mars"][0] == dt.date(2027, 3, 2)
    # a plan called off keeps the nearest such day (here a week ahead, there a month back)
    assert _found("Le sommet, prévu le 12 avril, a été annulé.")["le 12 avril"][0] == dt.date(2026, 4, 12)
    found = _found("Le sommet, initialement prévu le 2 mars, a été reporté au 20 mai.")
    assert found["le 2 mars"][0] == dt.date(2026, 3, 2)
    assert found["20 mai"][0] == dt.date(2026, 5, 20)


def test_a_holiday_written_with_a_hyphen_is_its_day() -> None:
    assert _found("Les syndicats ont défilé le 1er-Mai à Lyon.")["le 1er-Mai"][0] == dt.date(2025, 5, 1)
    assert _found("Le président parlera le 14-Juillet.")["le 14-Juillet"][0] == dt.date(2026, 7, 14)
    # a street named after a day is no date
    assert _found("Le cortège est parti de la rue du 4-Septembre.") == {}


def test_days_in_figures_without_a_year() -> None:
    found = _found("La série sera rediffusée les 25/11, 30/11 et 02/12 prochains.")
    assert [found[k][0] for k in ("les 25/11", "30/11", "02/12 prochains")] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 2),
    ]
    assert _found("La réunion du 3/03 a été houleuse.")["du 3/03"][0] == dt.date(2026, 3, 3)
    # fractions, marks and round-the-clock service are no days
    assert _found("Il a gagné 3/4 des matchs, ouvert 24/7, avec une note de 12/10.") == {}


def test_the_same_year_is_the_year_named_last() -> None:
    found = _found("En 2008, une plainte a été déposée. Elle a été classée la même année.")
    assert found["la même année"] == (None, dt.date(2008, 1, 1), dt.date(2008, 12, 31), True)
    found = _found("Le 3 mars 2025, le maire a parlé. Le même jour, le préfet a répondu.")
    assert found["Le même jour"][0] == dt.date(2025, 3, 3)
    # nothing named before: not pinned
    assert _found("La même année, il partit.")["La même année"][3] is False


def test_a_year_over_which_or_in_brackets() -> None:
    found = _found("Le chiffre d'affaires sur 2025 reste incertain. Il a couru sur 2000 mètres.")
    assert found == {"sur 2025": (None, dt.date(2025, 1, 1), dt.date(2025, 12, 31), True)}
    found = _found("Le réalisateur de Sur la route (2012) revient, après Carnets de voyage, 2004).")
    assert found["2012"][1:3] == (dt.date(2012, 1, 1), dt.date(2012, 12, 31))
    assert found["2004"][1:3] == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    assert _found("Le devis (2000 euros) a été signé.") == {}  # a count in brackets


def test_a_month_named_again_in_its_paragraph_keeps_its_year() -> None:
    text = "En septembre 2019, le journal révèle une enquête. Plus tôt en septembre, un autre titre l'avait écrit."
    assert _found(text)["en septembre"][1] == dt.date(2019, 9, 1)
    text = "En mars 2015, la loi est votée. Le 12 mars, le Sénat l'a adoptée."
    assert _found(text)["Le 12 mars"][0] == dt.date(2015, 3, 12)
    # not across paragraphs, nor a deictic month
    assert _found("En mars 2015, la loi est votée.\nLe 12 mars, le Sénat a voté.")["Le 12 mars"][
        0
    ] == dt.date(2026, 3, 12)
    found = _found("En mars 2015, la loi est votée. En mars dernier, elle a été abrogée.")
    assert found["En mars dernier"][1] == dt.date(2026, 3, 1)


def test_a_page_updated_long_after_it_was_published() -> None:
    # a page updated long after it was published tells past days up to the update
    text = "Article mis à jour le 7 janvier 2020.\nLe 5 novembre, une enquête a été ouverte. Le 31 août dernier, il a parlé."
    found = _found(text, dt.date(2018, 9, 30))
    assert found["Le 5 novembre"][0] == dt.date(2018, 11, 5)
    assert found["Le 31 août dernier"][0] == dt.date(2018, 8, 31)
    assert _found(text.split("\n")[1], dt.date(2018, 9, 30))["Le 5 novembre"][0] == dt.date(2017, 11, 5)
    # an update line tells nothing when the publication day is unknown, nor a date "modifié" in the story
    assert _found("Mis à jour le 7 janvier 2020\nLe maire a parlé hier.", None)["hier"][3] is False
    found = _found(
        "Le texte, modifié le 3 mars 2026 par le Sénat. Le 5 novembre, il a été voté.", dt.date(2025, 9, 30)
    )
    assert found["Le 5 novembre"][0] == dt.date(2024, 11, 5)
    # an update line in figures
    found = _found("Actualisé le 07/01/2020\nLe 5 novembre, une enquête a été ouverte.", dt.date(2018, 9, 30))
    assert found["Le 5 novembre"][0] == dt.date(2018, 11, 5)


def test_french_abbreviated_months_are_french() -> None:
    # "oct." and "nov." are English abbreviations too: they stay readable in a French page
    for text, day in [
        ("Le 12 oct. 2025, il a parlé.", dt.date(2025, 10, 12)),
        ("Le 3 nov. 2025, il a parlé.", dt.date(2025, 11, 3)),
        ("Le 3 avr. 2025, il a parlé.", dt.date(2025, 4, 3)),
        ("Le 3 juil. 2025, il a parlé.", dt.date(2025, 7, 3)),
        ("Le 3 fév. 2025, il a parlé.", dt.date(2025, 2, 3)),
    ]:
        assert next(iter(_found(text).values()))[0] == day, text


def test_iso_days_weekday_days_in_figures_and_years_opening_a_timeline() -> None:
    assert _found("Le texte, daté du 2025-03-12, a été lu.")["2025-03-12"][0] == dt.date(2025, 3, 12)
    assert _found("Le code 2025-03-12-A est invalide.") == {}
    assert _found("Rendez-vous jeudi 12/03 à la mairie.")["jeudi 12/03"][0] == dt.date(2026, 3, 12)
    found = _found(
        "2019 : le club remporte la coupe.\n2020 - il perd la finale.\n2000 personnes : un record."
    )
    assert found == {"2019": _year(2019), "2020": _year(2020)}


def _year(y: int) -> tuple[None, dt.date, dt.date, bool]:
    return (None, dt.date(y, 1, 1), dt.date(y, 12, 31), True)


def test_that_day_is_the_day_named_last_even_a_paragraph_before() -> None:
    found = _found("Le 3 mars 2025, le maire a parlé.\nCe jour-là, le préfet a répondu.")
    assert found["Ce jour-là"][0] == dt.date(2025, 3, 3)
    assert _found("Le 3 mars 2025, il a signé le jour même.")["le jour même"][0] == dt.date(2025, 3, 3)
    # "cette année-là" is the year named last, not the current one ("cette année")
    found = _found("En 2008, il a été élu. Cette année-là, il a voyagé. Cette année, il reste.")
    assert found["Cette année-là"] == _year(2008)
    assert found["Cette année"] == _year(2026)
    # nothing named before: not pinned
    assert _found("Ce jour-là, il pleuvait.")["Ce jour-là"][3] is False


def test_days_with_a_plural_direction() -> None:
    # "derniers" / "prochains" after two days: both are past / ahead, whatever the verb
    found = _found("Les manifestations des 3 et 4 juin derniers sont dans les mémoires.")
    assert (found["3"][0], found["4 juin derniers"][0]) == (dt.date(2025, 6, 3), dt.date(2025, 6, 4))
    found = _found("Les fêtes des 12 et 13 février prochains sont annoncées.")
    assert (found["12"][0], found["13 février prochains"][0]) == (dt.date(2027, 2, 12), dt.date(2027, 2, 13))


def test_feasts_are_their_days() -> None:
    assert _found("Il est rentré à la Toussaint.")["à la Toussaint"][0] == dt.date(2025, 11, 1)
    assert _found("Il reviendra à Pâques.")["à Pâques"][0] == dt.date(2026, 4, 5)  # Easter 2026
    assert _found("Le lundi de Pâques 2024 était férié.")["Le lundi de Pâques 2024"][0] == dt.date(2024, 4, 1)
    assert _found("À la Pentecôte, il a plu.")["À la Pentecôte"][0] == dt.date(2025, 6, 8)
    assert _found("Il a fêté le jour de l'An en famille.")["le jour de l'An"][0] == dt.date(2026, 1, 1)
    assert _found("La Saint-Valentin sera animée.")["La Saint-Valentin"][0] == dt.date(2027, 2, 14)
    # Easter Island, the Chinese New Year and Easter eggs are no days
    assert _found("Ils ont visité l'île de Pâques, puis fêté le Nouvel An chinois.") == {}


def test_abbreviations_both_languages_use_are_read_in_both() -> None:
    found = _found("The attacks of Sept. 11, 2001 changed everything.", lang="en")
    assert found["Sept. 11, 2001"][0] == dt.date(2001, 9, 11)
    assert _found("Le 3 sept. 2025, il a parlé.")["Le 3 sept. 2025"][0] == dt.date(2025, 9, 3)
    # a French month in an English page is not read ("Mars 2020" is a rover)
    assert "Mars 2020" not in _found("NASA launched Mars 2020 in July.", lang="en")
