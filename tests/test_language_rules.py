"""Quote, identity and time rules on small French texts written for the test (real spaCy parse)."""

from __future__ import annotations

import datetime as dt

from recoupe import language
from recoupe.config import Settings
from recoupe.language import marks, timex
from recoupe.language.analyse import analyse
from recoupe.model import Article
from recoupe.store import docs as store_docs


def _article(body: str, key: str = "a", day: dt.date | None = dt.date(2025, 3, 14)) -> Article:
    published = dt.datetime(day.year, day.month, day.day, 12) if day else None
    return Article(id=key, input="t", body=body, content_hash=key, language="fr", published=published)


def test_interrupted_quote_is_one_quote_with_its_speaker() -> None:
    body = (
        "Le ministre Jean Dupont a visité l'usine lundi.\n\n"
        "« Nous allons investir dans cette région », a-t-il ajouté, « et créer deux cents emplois. »"
    )
    quotes = analyse(_article(body)).quotes
    assert len(quotes) == 1
    q = quotes[0]
    assert q.direct and "Nous allons investir" in q.text and "deux cents emplois" in q.text
    assert q.speaker_name == "Jean Dupont"


def test_quote_spanning_paragraphs() -> None:
    text = "« Le premier paragraphe de la citation continue\n\n« et le second la termine », a dit Marie Curie."
    spans = marks.spans(text)
    assert len(spans) == 1 and "second la termine" in text[spans[0][0] : spans[0][1]]


def test_indirect_selon_and_denial() -> None:
    body = (
        "Selon le porte-parole de la mairie, Paul Martin, les travaux commenceront en juin.\n\n"
        "L'entreprise Batimax a démenti toute irrégularité dans l'attribution du marché."
    )
    quotes = analyse(_article(body)).quotes
    selon = next(q for q in quotes if "travaux commenceront" in q.text)
    assert not selon.direct and selon.speaker_name == "Paul Martin"
    denial = next(q for q in quotes if q.denial)
    assert "irrégularité" in denial.text and denial.cue == "démentir"


def test_people_sharing_a_surname_stay_apart(store) -> None:  # type: ignore[no-untyped-def]
    store.add_article(_article("La dirigeante du RN, Marine Le Pen, a affirmé jeudi que son parti gagnerait.", "a"))
    store.add_article(_article("Jean-Marie Le Pen a déclaré mardi qu'il soutenait sa fille.", "b"))
    store.add_article(_article("Joe Biden et Hunter Biden ont quitté Washington vendredi.", "c"))
    language.update_store(store, Settings())
    names = {i.name: i.id for i in store_docs.identities(store) if i.article_ids}
    assert names["Marine Le Pen"] != names["Jean-Marie Le Pen"]
    assert names["Joe Biden"] != names["Hunter Biden"]


def test_unknown_publication_date_is_never_guessed() -> None:
    found = timex.extract("Il est arrivé jeudi, hier soir, le 13 mars.", None, dt.date(2026, 1, 1))
    assert found and all(not t.resolved and t.date is None for t in found)


def test_future_weekday_and_month_intervals() -> None:
    found = {t.text: t for t in timex.extract(
        "La réunion aura lieu vendredi. En août dernier, puis l'été 2024 et la semaine dernière.",
        dt.date(2025, 3, 12),  # a Wednesday
        dt.date(2026, 1, 1),
        lambda offset: "future" if offset < 30 else None,
    )}  # fmt: skip
    assert found["vendredi"].date == dt.date(2025, 3, 14)
    assert (found["En août dernier"].start_date, found["En août dernier"].end_date) == (
        dt.date(2024, 8, 1), dt.date(2024, 8, 31))  # fmt: skip
    assert found["l'été 2024"].start_date == dt.date(2024, 6, 1)
    assert found["la semaine dernière"].start_date == dt.date(2025, 3, 3)


def test_a_role_that_swallowed_the_name_after_it_is_cut_and_bound_to_it() -> None:
    import datetime as dt

    from recoupe.language.analyse import analyse
    from recoupe.model import Article

    body = (
        "Photos à l'appui, le journal affirme que le ministre de la Santé Pierre Durand a dîné dans un "
        "restaurant fermé.\n"
        "Le lendemain, le ministre de la Santé a présenté ses excuses aux députés.\n"
    )
    article = Article(id="r", input="t", body=body, content_hash="r", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    people = [e for e in analyse(article).entities if e.name == "Pierre Durand"]
    assert len(people) == 1
    assert [m.text for m in people[0].mentions].count("le ministre de la Santé") == 2


def test_the_scorer_takes_an_acronym_for_the_name_that_gives_it() -> None:
    from recoupe.evaluate.language import _same_speaker

    assert _same_speaker("Agence nationale des fréquences (ANFR)", "l'ANFR")
    assert _same_speaker("l'ANFR", "Agence nationale des fréquences (ANFR)")
    assert not _same_speaker("Olivier Faure (PS)", "le PS")
    assert not _same_speaker("Agence nationale des fréquences (ANFR)", "l'Arcep")
