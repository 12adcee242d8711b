"""English quote patterns, each on sentences written for the test (no parser: cues and speakers
are read from the words around the quote)."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(text: str) -> list[Quote]:
    a = analyse(
        Article(
            id="t", input="t", body=text, content_hash="t", language="en", published=dt.datetime(2031, 3, 5)
        )
    )
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
    return list(a.quotes)


def _one(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, quotes
    return found[0]


def test_said_without_that_after_a_titled_name_and_an_adjunct() -> None:
    text = (
        "Harbour Minister Olwen Castellano spoke to reporters on the quay.\n\n"
        "Port spokesperson Olwen Castellano said in an email the ferry terminal will reopen after the repairs."
    )
    q = _one(_quotes(text), "the ferry terminal will reopen")
    assert not q.direct and q.speaker_name == "Olwen Castellano" and q.cue == "say"
    assert q.text.startswith("the ferry terminal") and q.text.endswith("after the repairs")


def test_a_sentence_closed_by_its_attribution_is_an_indirect_quote() -> None:
    text = "The new levies on imported timber are unfair to small mills, Trade Minister Ilse Varga said Wednesday."
    q = _one(_quotes(text), "levies on imported timber")
    assert not q.direct and q.speaker_name == "Ilse Varga"
    assert q.text.endswith("unfair to small mills")


def test_according_to_before_and_after_the_sentence_it_sources() -> None:
    text = (
        "According to the minutes released by the council on Friday, the bridge tolls were never approved.\n\n"
        "The tunnel will cost twice the first estimate, according to the engineers who inspected it."
    )
    quotes = _quotes(text)
    first = _one(quotes, "the bridge tolls were never approved")
    assert first.speaker_name == "the minutes" and first.cue == "according to"
    second = _one(quotes, "The tunnel will cost twice")
    assert second.speaker_name == "the engineers" and "according" not in second.text


def test_quoted_words_inside_a_reported_clause_make_one_mixed_quote() -> None:
    text = "The agency said its plan to close the archive was being \u201creviewed.\u201d"
    quotes = _quotes(text)
    assert len(quotes) == 1 and not quotes[0].direct
    assert (
        quotes[0].text.startswith("its plan to close the archive") and quotes[0].speaker_name == "The agency"
    )


def test_direct_quotes_after_before_and_continued_in_the_next_paragraph() -> None:
    text = (
        "\u201cWe will rebuild the pier before the summer season,\u201d said Marisol Dunmore, the harbour master.\n\n"
        "\u201cThe fishermen cannot wait another winter for it.\u201d\n\n"
        "Her deputy Tobias Renwick was more careful, saying, \u201cThe money is not there yet for all of it.\u201d"
    )
    quotes = _quotes(text)
    assert _one(quotes, "rebuild the pier").speaker_name == "Marisol Dunmore"
    assert _one(quotes, "cannot wait another winter").speaker_name == "Marisol Dunmore"
    last = _one(quotes, "money is not there yet")
    assert last.direct and last.speaker_name == "Tobias Renwick"


def test_pronouns_and_role_nouns_name_the_person_the_text_gave() -> None:
    text = (
        "Prime Minister Halvard Ostby met the unions on Monday.\n\n"
        "Later, the prime minister said the pension reform would be delayed by a year.\n\n"
        "Union leader Greta Lindqvist welcomed the pause. \u201cIt is a first step and nothing more,\u201d she said."
    )
    quotes = _quotes(text)
    assert _one(quotes, "pension reform would be delayed").speaker_name == "Halvard Ostby"
    assert _one(quotes, "a first step").speaker_name == "Greta Lindqvist"


def test_questions_put_to_a_speaker_and_noun_objects_are_not_quotes() -> None:
    text = (
        "Senator Ada Whitcombe was asked, \u201cWill you run again next year?\u201d Whitcombe replied: "
        "\u201cI have not decided anything about that yet.\u201d\n\n"
        "The committee indicated a strong preference for the northern route over the coastal one.\n\n"
        "The committee confirmed it received the final report from the surveyors."
    )
    quotes = _quotes(text)
    assert not any("run again" in q.text for q in quotes)
    assert _one(quotes, "not decided anything").speaker_name == "Ada Whitcombe"
    assert not any("strong preference" in q.text for q in quotes)
    assert _one(quotes, "received the final report").speaker_name == "The committee"


def test_two_speakers_in_one_sentence_and_abbreviations_that_do_not_end_it() -> None:
    text = (
        "Gov. Ruth Abernathy has said the U.S. grant will cover the new clinics in full, though county officials "
        "have since warned they will need more staff than the grant pays for."
    )
    quotes = _quotes(text)
    first = _one(quotes, "grant will cover the new clinics")
    assert first.speaker_name == "Ruth Abernathy" and first.text.endswith("in full")
    assert _one(quotes, "they will need more staff").speaker_name == "county officials"


def test_he_is_the_person_last_named_as_a_subject_not_a_name_in_passing() -> None:
    text = (
        "Coach Dario Feltrinelli praised the defence and thanked the club chairman Viktor Oyelaran for his support.\n\n"
        "\u201cWe have found a way to win the tight games now,\u201d he said."
    )
    assert _one(_quotes(text), "tight games").speaker_name == "Dario Feltrinelli"


def test_a_quote_paragraph_with_no_cue_continues_the_last_words_reported() -> None:
    text = (
        "\u201cThe old station will close in June,\u201d said Noor Haddad, the rail operator's director.\n\n"
        "Transport official Piet Vermeulen said the replacement buses would run every ten minutes.\n\n"
        "\u201cNobody will wait longer than they do today for a train.\u201d"
    )
    quotes = _quotes(text)
    assert _one(quotes, "replacement buses").speaker_name == "Piet Vermeulen"
    assert _one(quotes, "Nobody will wait longer").speaker_name == "Piet Vermeulen"


def test_the_subject_of_the_last_verb_speaks_and_names_stop_at_a_sentence_end() -> None:
    text = (
        "Investigators questioned the former driver, Anselm Grieg, about the night of the crash.\n\n"
        "She said he then announced: \u201cNobody leaves this garage before the police arrive.\u201d\n\n"
        "The tyres had been changed twice that week, the newspaper Nordlys reported. In the morning the garage was closed."
    )
    quotes = _quotes(text)
    assert _one(quotes, "Nobody leaves this garage").speaker_name == "Anselm Grieg"
    assert _one(quotes, "tyres had been changed").speaker_name == "Nordlys"


def test_a_quote_over_several_paragraphs_is_one_quote_per_paragraph() -> None:
    text = (
        "Transport Minister Ilka Sorensen said the night trains would return in spring.\n\n"
        "\u201cThe new carriages have been tested on every line of the network.\n\n"
        "\u201cSo the service can start as soon as the last crews are trained,\u201d the minister said."
    )
    quotes = [q for q in _quotes(text) if q.direct]
    assert [q.text for q in quotes] == [
        "The new carriages have been tested on every line of the network.",
        "So the service can start as soon as the last crews are trained",
    ]
    assert all(q.speaker_name == "Ilka Sorensen" for q in quotes)


def test_the_official_with_no_name_of_that_title_is_the_one_being_quoted() -> None:
    text = (
        "Harbour director Ines Caldwell said the quay would be rebuilt by the city.\n\n"
        "\u201cThe cranes will stay where they are for the whole of the works,\u201d the port spokesman said."
    )
    assert _one(_quotes(text), "cranes will stay").speaker_name == "Ines Caldwell"


def test_a_short_quote_with_its_own_attribution_but_not_a_title_or_a_question() -> None:
    text = (
        "Asked whether the mill would close, Hedda Brandt told \u201cMorning Report\u201d host Colm Avery, "
        "\u201cNot while I run it.\u201d\n\n"
        "\u201cAre you worried about the new owners of the mill?\u201d Avery asked.\n\n"
        "\u201cNo, not at all,\u201d Brandt said. \u201cThey have kept every promise they made to us so far.\u201d\n\n"
        "The mill featured in the film \u201cRiver Town\u201d last year."
    )
    quotes = _quotes(text)
    assert _one(quotes, "Not while I run it").speaker_name == "Hedda Brandt"
    assert _one(quotes, "No, not at all").speaker_name == "Hedda Brandt"
    assert _one(quotes, "kept every promise").speaker_name == "Hedda Brandt"
    assert not any("new owners" in q.text or "River Town" in q.text for q in quotes)


def test_a_signature_after_the_closing_mark_names_the_speaker() -> None:
    text = "From the catalogue: \u201cWe build every board by hand in our own workshop by the sea.\u201d - Lior Amsel -"
    q = _one(_quotes(text), "every board by hand")
    assert q.direct and q.speaker_name == "Lior Amsel"


def test_unnamed_officials_a_relative_clause_and_a_subordinate_clause() -> None:
    text = (
        "The stolen cables had been stored in a shed behind Westfield Depot, officials at the depot said. "
        "The shed is always locked, the officials said.\n\n"
        "The closure is \u201cunfortunate\u201d but the buses will run as usual, an official said.\n\n"
        "Mara Quint, who chairs the transport board, said the depot would get cameras next month.\n\n"
        "While the operators have said they followed every safety rule, the board has ordered an inquiry "
        "into the thefts.\n\n"
        "But according to a survey by the rider union, most passengers noticed no change in service."
    )
    quotes = _quotes(text)
    assert _one(quotes, "stolen cables").speaker_name == "officials at the depot"
    assert _one(quotes, "always locked").speaker_name == "the officials"  # a group, not "Westfield Depot"
    assert _one(quotes, "buses will run as usual").speaker_name == "an official"
    assert _one(quotes, "would get cameras").speaker_name == "Mara Quint"
    rule = _one(quotes, "followed every safety rule")
    assert rule.speaker_name.endswith("operators") and "inquiry" not in rule.text
    assert _one(quotes, "most passengers noticed").speaker_name == "a survey by the rider union"


def test_verbs_that_take_objects_report_a_clause_only_when_a_verb_opens_it() -> None:
    text = (
        "Mayor Oskar Lindahl explained the city's new plan to cut bus fares was to raise parking fees.\n\n"
        "Council spokesperson Wren Adebayo clarified the mayor's brother, Ivo Lindahl, attended the vote as a "
        "resident and not as an adviser.\n\n"
        "\u201cNothing about it was hidden from the council,\u201d he said.\n\n"
        "The council indicated a clear preference for buses with electric engines fitted last year.\n\n"
        "A week after transport officials announced a free weekend service for students (a first), the fares rose."
    )
    quotes = _quotes(text)
    assert _one(quotes, "raise parking fees").speaker_name == "Oskar Lindahl"
    assert _one(quotes, "attended the vote").speaker_name == "Wren Adebayo"
    # "he" is who spoke last, not the name inside what was reported
    assert _one(quotes, "Nothing about it was hidden").speaker_name == "Wren Adebayo"
    assert not any("clear preference" in q.text for q in quotes)
    announced = _one(quotes, "free weekend service")
    assert (
        announced.text == "a free weekend service for students"
        and announced.speaker_name == "transport officials"
    )


def test_an_age_and_an_apposition_between_a_name_and_its_verb() -> None:
    text = (
        "One of the swimmers, Maelle Oduya, 34, a teacher from Leeds, said: "
        "\u201cThe lake was warmer than any of us expected this morning.\u201d"
    )
    assert _one(_quotes(text), "lake was warmer").speaker_name == "Maelle Oduya"


def test_a_few_quoted_words_inside_a_sentence_and_a_relative_clause_are_no_quotes() -> None:
    text = (
        "But the new ferry can be a \u201cmixed blessing,\u201d said Tomas Edery, a harbour pilot.\n\n"
        "The closure of the bridge highlights the long detour the drivers will have to take every day."
    )
    quotes = _quotes(text)
    assert not any(q.direct and q.text.startswith("mixed blessing") for q in quotes)
    assert not any("long detour" in q.text for q in quotes)


def test_told_an_outlet_at_the_end_of_a_sentence() -> None:
    text = (
        "Ferry captain Ruben Aalto and deckhand Ilse Marn were both on board that night.\n"
        "Aalto said he was surprised after Marn reported the leak to the coastguard.\n"
        "\u201cI saw the water coming in under the door of the engine room,\u201d Marn told AFP.\n"
        "Sweden has not closed the route."
    )
    assert _one(_quotes(text), "water coming in").speaker_name == "Ilse Marn"


def test_an_elliptic_clause_after_said() -> None:
    text = "Asked if the late trains mattered to her, commuter Lena Vogt said they do. Her neighbour said nothing."
    q = _one(_quotes(text), "they do")
    assert q.text == "they do" and q.speaker_name == "Lena Vogt"
    assert not any("nothing" in q.text for q in _quotes(text))


def test_the_first_of_two_insets_is_the_subject_and_a_second_verb_is_no_clause() -> None:
    text = (
        "On Monday, the Harbour Gazette, the paper of the dock workers, warned that the strike could last "
        "into the winter.\n\n"
        "The port authority keeps its own tide gauge and reported that the water was rising."
    )
    quotes = _quotes(text)
    assert _one(quotes, "strike could last").speaker_name == "Harbour Gazette"
    assert not any(q.text.startswith("its own tide gauge") for q in quotes)


def test_a_title_with_no_name_stays_a_title_when_several_people_were_quoted() -> None:
    text = (
        "Dock worker Ansel Brook said the cranes had stopped at noon.\n\n"
        "Union official Tilde Ngata said the strike would go on.\n\n"
        "\u201cThe ships will be sent to other ports for the time being,\u201d the port spokesman said."
    )
    assert _one(_quotes(text), "ships will be sent").speaker_name == "the port spokesman"


def test_a_name_before_an_apposition_and_a_relative_clause_speaks() -> None:
    text = (
        "Nell Okafor, the member for Harbourside, who backs the report, said it showed that "
        "short contracts were now the norm on the docks."
    )
    assert _one(_quotes(text), "short contracts").speaker_name == "Nell Okafor"


def test_another_subject_after_while_the_told_ones_and_an_adverb_before_the_verb() -> None:
    text = (
        "The harbour board stressed the new berths would not raise the fees, while the Shipping Guild "
        "condemned the plan announced on Monday.\n\n"
        "The crews were waiting on the quay when they were told the first ferry would be late by an hour.\n\n"
        "Mayor Ilona Petrak first announced the new timetable at the council meeting."
    )
    quotes = _quotes(text)
    berths = _one(quotes, "new berths would not raise")
    assert berths.text.endswith("raise the fees") and berths.speaker_name == "The harbour board"
    assert not any("first ferry" in q.text for q in quotes)
    assert _one(quotes, "the new timetable").speaker_name == "Ilona Petrak"
