"""Entity and identity cases, one per general cause of the dev errors (`recoupe eval identities`).

Every sentence is written for this test (none is taken from a corpus); names of people are made
up unless the case is about a well-known homonymy. Each article goes through the store path
(`language.update_store`), so the identities are the ones a user's store gets.
"""

from __future__ import annotations

import pytest

from recoupe import language
from recoupe.config import Settings
from recoupe.language.identities import Resolver
from recoupe.model import Analysis, Article, Entity, Mention
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs


def _resolve(*texts: str) -> list[dict[str, set[tuple[str, str]]]]:
    """For each article: surface form -> {(identity id, type)} of the name mentions covering it."""
    store = SQLiteStore(":memory:")
    try:
        for i, text in enumerate(texts):
            store.add_article(Article(id=f"a{i}", input="t", body=text, content_hash=f"h{i}", language="fr"))
        language.update_store(store, Settings())
        out = []
        for i in range(len(texts)):
            analysis = store_docs.get_analysis(store, f"a{i}")
            assert analysis is not None
            seen: dict[str, set[tuple[str, str]]] = {}
            for e in analysis.entities:
                if e.type == "ROLE":
                    continue
                for m in e.mentions:
                    if m.text[:1].isupper():
                        seen.setdefault(m.text, set()).add((e.id, e.type))
            out.append(seen)
        return out
    finally:
        store.close()


def _one(seen: dict[str, set[tuple[str, str]]], *names: str) -> str:
    """The single identity every one of `names` maps to."""
    ids = {i for n in names for i, _ in seen.get(n, set())}
    assert all(n in seen for n in names), (names, seen)
    assert len(ids) == 1, (names, seen)
    return ids.pop()


def _type(seen: dict[str, set[tuple[str, str]]], name: str) -> str:
    types = {t for _, t in seen[name]}
    assert len(types) == 1, seen[name]
    return types.pop()


def test_first_name_and_surname_alone_are_the_full_name() -> None:
    (a,) = _resolve(
        "Clarisse Monteuil a été libérée mercredi par l'armée. Monteuil a remercié les soldats. "
        "Clarisse a ensuite retrouvé ses enfants à Bogota."
    )
    _one(a, "Clarisse Monteuil", "Monteuil", "Clarisse")


def test_an_acronym_given_in_brackets_is_its_expansion_here_and_in_other_articles() -> None:
    a, b = _resolve(
        "Le Comité national des pêcheurs artisans (CNPA) a rejeté le projet mardi. Pour le CNPA, "
        "les quotas restent trop bas, a expliqué son porte-parole.",
        "Les pêcheurs du CNPA manifesteront jeudi à Brest.",
    )
    first = _one(a, "Comité national des pêcheurs artisans", "CNPA")
    assert _type(a, "CNPA") == "ORG"
    assert _one(b, "CNPA") == first


def test_an_acronym_stands_for_the_name_it_abbreviates_without_brackets() -> None:
    a, b = _resolve(
        "L'Union régionale des apiculteurs a porté plainte. Selon l'URA, les ruches ont été empoisonnées "
        "au printemps.",
        "L'URA tiendra son congrès à Limoges en juin.",
    )
    first = _one(a, "Union régionale des apiculteurs", "URA")
    assert _one(b, "URA") == first


def test_an_acronym_of_the_head_of_a_name_with_its_complement() -> None:
    a, b = _resolve(
        "Les Jeux olympiques de Melbourne ont ouvert vendredi. Les JO ont attiré deux millions de visiteurs.",
        "Après les JO de Melbourne, la ville doit rembourser ses emprunts.",
    )
    first = _one(a, "Jeux olympiques de Melbourne", "JO")
    assert _one(b, "JO de Melbourne") == first


@pytest.mark.xfail(
    strict=True,
    reason="an abbreviation by syllables is recognised (names.abbreviates) but no longer joins its name "
    "in the article: joining groups inside an article moved the quotes of a blind set (b8727fd), and "
    "the store's acronym index reads initials only",
)
def test_a_syllable_abbreviation_is_the_name_it_shortens() -> None:
    (a,) = _resolve(
        "La Société générale a publié ses comptes jeudi. La Société Générale, que les marchés appellent "
        "SocGen, a perdu deux milliards d'euros."
    )
    _one(a, "Société générale", "Société Générale", "SocGen")
    assert _type(a, "SocGen") == "ORG"


def test_an_event_named_with_its_year_is_the_event() -> None:
    a, b = _resolve(
        "Le coureur sera au départ du Tour de Bretagne 2012 en avril. Il avait abandonné le Tour de "
        "Bretagne en 2010 après une chute.",
        "Les organisateurs du Tour de Bretagne ont dévoilé le parcours mardi.",
    )
    first = _one(a, "Tour de Bretagne")
    assert _one(b, "Tour de Bretagne") == first


def test_a_demonym_is_no_name() -> None:
    (a,) = _resolve(
        "Marco Valdieri a gagné l'étape. L'Italien a devancé le Texan de deux secondes, et l'Australien "
        "a fini troisième."
    )
    assert not {"Italien", "Texan", "Australien"} & set(a), a
    _one(a, "Marco Valdieri")


def test_a_surname_the_tagger_reads_as_a_noun_is_still_the_person() -> None:
    (a,) = _resolve(
        "Le grimpeur Jorge Alcaraceno a remporté l'étape dimanche. Jamais Alcaraceno n'avait roulé aussi "
        "vite dans un col."
    )
    _one(a, "Jorge Alcaraceno", "Alcaraceno")


def test_the_short_form_of_an_event_is_the_event() -> None:
    (a,) = _resolve(
        "Les Jeux paralympiques d'hiver s'ouvrent samedi à Oslo. Pendant les Jeux, les transports "
        "seront gratuits."
    )
    _one(a, "Jeux paralympiques d'hiver", "Jeux")


def test_two_people_with_different_middle_initials_stay_apart() -> None:
    (a,) = _resolve(
        "John F. Kelley a rencontré son cousin John T. Kelley à Boston. Les deux hommes ont parlé du "
        "procès pendant une heure."
    )
    assert _one(a, "John F. Kelley") != _one(a, "John T. Kelley")


TEAM_AND_TOWN = (
    "Le coureur a signé lundi avec l'équipe Vallorbe pour deux saisons. Chez Vallorbe, il retrouvera "
    "son ancien directeur.",
    "La neige est tombée sur la ville de Vallorbe dans la nuit.",
)


def test_a_team_named_after_a_place_is_an_organisation() -> None:
    a, _ = _resolve(*TEAM_AND_TOWN)
    assert _type(a, "Vallorbe") == "ORG"


@pytest.mark.xfail(
    strict=True,
    reason="identities of places and organisations match each other (the tagger's types vary between "
    "articles): the team and the town of one name become one identity",
)
def test_a_team_and_a_town_of_one_name_are_two_identities() -> None:
    a, b = _resolve(*TEAM_AND_TOWN)
    assert _one(a, "Vallorbe") != _one(b, "Vallorbe")


@pytest.mark.parametrize(
    "text",
    [
        "Le Parti radical des montagnes a désigné sa candidate. Le Parti tiendra congrès en mai.",
        "La Fédération nationale des chasseurs a saisi le juge. La Fédération conteste le décret.",
    ],
)
def test_the_head_word_of_an_organisation_alone_is_the_organisation(text: str) -> None:
    (a,) = _resolve(text)
    full = next(n for n in a if len(n.split()) > 2)
    _one(a, full, full.split()[0])


def test_a_city_is_not_the_club_named_after_it() -> None:
    (a,) = _resolve(
        "Le Paris Football Club a battu le FC Nantes samedi. À Paris, les supporters ont fêté la victoire "
        "jusqu'à minuit."
    )
    assert _one(a, "Paris") != _one(a, "Paris Football Club")


def test_a_head_word_alone_names_its_longer_name() -> None:
    (a,) = _resolve(
        "Le Tour de Bretagne partira de Brest le 3 mai. Le coureur breton a déjà gagné le Tour deux fois."
    )
    _one(a, "Tour de Bretagne", "Tour")


@pytest.mark.xfail(
    strict=True,
    reason="a common word the tagger calls a name ('Tour') is kept only beside a longer name of its own "
    "article; the store's names are not known when an article's names are found",
)
def test_a_head_word_alone_names_the_longer_name_the_store_knows() -> None:
    a, b = _resolve(
        "Le Tour de Bretagne partira de Brest le 3 mai. Le coureur breton a déjà gagné le Tour deux fois.",
        "Le vainqueur du Tour recevra un trophée à Rennes.",
    )
    assert _one(b, "Tour") == _one(a, "Tour de Bretagne")


def test_a_country_opening_a_sentence_with_its_article_is_the_country() -> None:
    (a,) = _resolve(
        "La Norvège a signé l'accord mardi. Le gouvernement de la Norvège a promis d'autres fonds, et la "
        "Norvège recevra les ministres en juin."
    )
    _one(a, *[n for n in a if n.endswith("Norvège")])  # "La Norvège" (when the tagger takes the article) too


def test_the_store_reads_a_name_without_the_article_opening_a_sentence() -> None:
    from recoupe.language.identities import Resolver
    from recoupe.model import Analysis, Entity, Mention

    resolver = Resolver()
    first = resolver.resolve(
        Analysis("a", (Entity("e1", "La Norvège", "LOC", (Mention("La Norvège", 0, 10),)),)), ""
    )
    second = resolver.resolve(
        Analysis("b", (Entity("e1", "Norvège", "LOC", (Mention("Norvège", 3, 10),)),)), ""
    )
    assert first.entities[0].id == second.entities[0].id


def test_a_description_set_off_after_a_name_stands_for_that_person() -> None:
    from recoupe.language.analyse import analyse

    text = (
        "Paul Mercadier, le directeur sportif de l'équipe Bretagne Cyclisme, a annoncé lundi le départ "
        "de deux coureurs. Le directeur sportif les remercie."
    )
    analysis = analyse(Article(id="a", input="t", body=text, content_hash="h", language="fr"))
    owner = next(e for e in analysis.entities if any(m.text == "Paul Mercadier" for m in e.mentions))
    assert any(m.text.startswith("le directeur sportif de l'équipe") for m in owner.mentions), owner


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Selon le porte-parole de l'équipe bretonne, Yann Kerhervé, le départ est fixé.",
            "Yann Kerhervé",
            "porte-parole",
        ),
        (
            "L'ancien gymnaste chinois Wu Tianming a allumé la vasque.",
            "Wu Tianming",
            "ancien gymnaste chinois",
        ),
    ],
)
def test_a_description_before_a_name_stands_for_that_person(text: str, name: str, role: str) -> None:
    from recoupe.language.analyse import analyse

    analysis = analyse(Article(id="a", input="t", body=text, content_hash="h", language="fr"))
    owner = next(e for e in analysis.entities if any(m.text == name for m in e.mentions))
    assert any(role in m.text for m in owner.mentions), owner


def test_a_clause_before_a_name_is_no_description() -> None:
    from recoupe.language.analyse import analyse

    text = "La banque explique que l'un de ses traders, Marc Lestrade, a dissimulé ses positions."
    analysis = analyse(Article(id="a", input="t", body=text, content_hash="h", language="fr"))
    owner = next(e for e in analysis.entities if any(m.text == "Marc Lestrade" for m in e.mentions))
    assert not any("banque" in m.text for m in owner.mentions), owner


def test_a_first_name_alone_is_the_person_of_the_article_the_store_knows() -> None:
    a, b = _resolve(
        "Jorge Ramirez a gagné le contre-la-montre samedi à Lugano.",
        "Dans le dernier col, Ramirez a attaqué. Selon ses proches, Jorge n'a jamais douté.",
    )
    person = _one(a, "Jorge Ramirez")
    assert _one(b, "Ramirez") == person
    assert _one(b, "Jorge") == person


# Wrong cross-article merges found on the unannotated RPM2 stories (T01-T06, T08, T10), one case per
# cause; every sentence is composed here.


def test_a_feminine_first_name_is_another_person_with_the_same_surname() -> None:
    a, b = _resolve(
        "Jean Castagnède a ouvert l'audience lundi à Pau.",
        "Jeanne Castagnède, son avocate, a demandé le renvoi du procès. Selon Jeanne, le dossier est vide.",
    )
    assert _one(b, "Jeanne Castagnède") != _one(a, "Jean Castagnède")
    assert _one(b, "Jeanne") == _one(b, "Jeanne Castagnède")


def test_a_feminine_first_name_is_another_person_in_one_article() -> None:
    (a,) = _resolve(
        "Louise Fabrègue dirige la ferme depuis mars. Son frère Louis Fabrègue est parti à Toulouse."
    )
    assert _one(a, "Louis Fabrègue") != _one(a, "Louise Fabrègue")


def test_two_names_sharing_an_acronym_are_two_identities() -> None:
    a, b, c = _resolve(
        "Les Jeux olympiques de la jeunesse ont commencé samedi. Les JOJ dureront deux semaines.",
        "Le Journal officiel de la jeunesse a publié le décret mardi.",
        "Le décret paru au Journal officiel de la jeunesse entre en vigueur jeudi.",
    )
    games = _one(a, "Jeux olympiques de la jeunesse", "JOJ")
    assert _one(b, "Journal officiel de la jeunesse") != games
    assert _one(c, "Journal officiel de la jeunesse") == _one(b, "Journal officiel de la jeunesse")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Les pluies ont inondé Alger mardi soir.", "La Tunisie et l'Algérie ont signé un accord gazier."),
        ("Le gouvernement de l'Australie a annoncé un plan.", "L'Australien Cadel Evans a gagné l'étape."),
    ],
)
def test_a_word_made_from_a_place_name_is_not_that_place(first: str, second: str) -> None:
    a, b = _resolve(first, second)
    short = next(n for n in a if n in ("Alger", "Australie"))
    longer = next(n for n in b if n in ("Algérie", "Australien"))
    assert _one(a, short) != _one(b, longer)


def test_a_misspelt_place_is_still_the_place() -> None:
    a, b = _resolve(
        "Les habitants de Villecomtal ont manifesté devant la mairie.",
        "À Villecomtall, la manifestation a réuni trois cents personnes.",
    )
    assert _one(a, "Villecomtal") == _one(b, "Villecomtall")


def test_two_names_written_in_full_with_one_acronym_stay_apart_in_an_article() -> None:
    (a,) = _resolve(
        "La Cour européenne des droits du patient a jugé l'affaire mardi. Elle applique la Convention "
        "européenne des droits du patient, signée en 1998."
    )
    court = next(n for n in a if n.startswith("Cour"))
    treaty = next(n for n in a if n.startswith("Convention"))
    assert _one(a, court) != _one(a, treaty)


def test_a_name_headed_by_an_organisation_noun_is_an_organisation() -> None:
    (a,) = _resolve("La Brigade fluviale a repêché la voiture dans la Seine mardi matin.")
    assert _type(a, "Brigade fluviale") == "ORG"


def test_first_names_that_differ_by_their_gender_ending_are_two_people() -> None:
    a, b = _resolve(
        "Mario Bellandi a présenté sa collection à Milan jeudi.",
        "Maria Bellandi dirige l'atelier de couture depuis dix ans.",
    )
    assert _one(a, "Mario Bellandi") != _one(b, "Maria Bellandi")


def test_a_person_named_in_full_is_not_someone_else_sharing_the_surname() -> None:
    a, b = _resolve(
        "Le juge Carlos Ortelano a ouvert le procès lundi à La Paz. Selon Ortelano, il durera un mois.",
        "Antonia Ortelano, ministre du Travail, a présenté la réforme à Santiago. Ortelano a répondu aux députés.",
    )
    assert _one(b, "Antonia Ortelano") != _one(a, "Carlos Ortelano")


def test_a_surname_given_by_its_initial_is_the_full_name_with_that_first_name() -> None:
    a, b = _resolve(
        "La banque a licencié un trader, Marc T., âgé de 31 ans. Marc T. conteste.",
        "Marc Tellier a été entendu mardi par les juges à Paris.",
    )
    assert _one(b, "Marc Tellier") == _one(a, "Marc T")


def test_an_acronym_with_a_doubled_letter_is_not_the_shorter_acronym() -> None:
    a, b = _resolve(
        "Le Parti centriste a tenu son congrès samedi à Lyon.",
        "Le PCC a réuni son comité central à Pékin lundi.",
    )
    assert _one(b, "PCC") != _one(a, "Parti centriste")


def _typed(article: str, kind: str, name: str) -> Analysis:
    """One article naming `name` once, typed `kind` by the tagger (made-up names)."""
    return Analysis(
        article_id=article, entities=(Entity("local:0", name, kind, (Mention(name, 0, len(name)),)),)
    )


def _ids(resolver: Resolver, *articles: Analysis) -> list[tuple[str, str]]:
    """(identity id, type) each article's one entity resolves to, in order."""
    out = []
    for a in articles:
        (e,) = resolver.resolve(a, a.entities[0].name).entities
        out.append((e.id, e.type))
    return out


def test_a_full_name_the_tagger_typed_otherwise_is_the_known_person() -> None:
    person, org = _ids(
        Resolver(), _typed("a1", "PER", "Albéric Vanderwall"), _typed("a2", "ORG", "Albéric Vanderwall")
    )
    assert org == person and person[1] == "PER"  # the type stays the one the store knows


def test_a_known_place_the_tagger_read_as_a_person_once_is_the_place() -> None:
    got = _ids(
        Resolver(),
        _typed("a1", "LOC", "Ostravie"),
        _typed("a2", "LOC", "Ostravie"),
        _typed("a3", "PER", "Ostravie"),
    )
    assert got[0] == got[1] == got[2] and got[2][1] == "LOC"


def test_a_one_word_name_seen_once_with_the_other_type_stays_apart() -> None:
    place, person = _ids(Resolver(), _typed("a1", "LOC", "Ostravie"), _typed("a2", "PER", "Ostravie"))
    assert place[0] != person[0] and (place[1], person[1]) == ("LOC", "PER")
