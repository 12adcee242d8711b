"""Verbs of saying and opinion outside the core cue list report only through a completive "que"
clause, with a finite verb and a subject that can speak (lexicon.QUE_ONLY, cues._que_only). French
sentences written for the test (real spaCy parse)."""

from __future__ import annotations

import datetime as dt

import pytest

from recoupe.language.analyse import analyse
from recoupe.model import Article, Quote


def _quotes(body: str) -> list[Quote]:
    article = Article(id="q", input="t", body=body + "\n", content_hash="q", language="fr",
                      published=dt.datetime(2026, 4, 2, 12))  # fmt: skip
    return list(analyse(article).quotes)


# (sentence, the speaker's name, the reported clause's first words, the cue's lemma)
REPORTED = [
    ("Le maire Jean Dupont a relevé que les travaux seraient terminés avant l'été.", "Jean Dupont", "les travaux seraient", "relever"),
    ("Marie Lefèvre observe que les prix ont fortement augmenté depuis janvier.", "Marie Lefèvre", "les prix ont", "observer"),
    ("La présidente de l'association soutient que le projet menace la forêt du village.", "La présidente", "le projet menace", "soutenir"),
    ("L'avocate de la famille a glissé que son client n'avait jamais reçu la convocation.", "L'avocate", "son client", "glisser"),
    ("Le procureur a lâché que l'enquête serait close avant la fin du mois.", "Le procureur", "l'enquête serait", "lâcher"),
    ("Le syndicat s'est félicité que la direction ait accepté de négocier les salaires.", "Le syndicat", "la direction ait", "féliciter"),
    ("Le ministre a laissé entendre qu'il pourrait démissionner avant l'été.", "Le ministre", "il pourrait", "laisser"),
    ("Marie Curie est arrivée hier. Elle a soutenu que la mesure était injuste pour les familles.", "Marie Curie", "la mesure était", "soutenir"),
    ("Jean Dupont est le maire de Lyon depuis 2020. Il croit que la reprise viendra avant la fin de l'année.", "Jean Dupont", "la reprise viendra", "croire"),
    ("Le maire a, de son côté, relevé que les travaux avaient pris du retard.", "Le maire", "les travaux avaient", "relever"),
]
# Core cues that reported before this lexicon and must go on doing so.
CORE = [
    ("Le maire Jean Dupont a fait valoir que les travaux seraient terminés avant l'été.", "Jean Dupont", "les travaux seraient", "valoir"),
    ("L'entreprise a rétorqué que les salariés avaient été prévenus depuis des mois.", "L'entreprise", "les salariés avaient", "rétorquer"),
]


@pytest.mark.parametrize(("body", "speaker", "first", "cue"), REPORTED + CORE)
def test_a_que_clause_of_a_verb_of_saying_is_reported(body: str, speaker: str, first: str, cue: str) -> None:
    (quote,) = _quotes(body)
    assert quote.speaker_name is not None and speaker in quote.speaker_name
    assert quote.text.startswith(first)
    assert quote.cue == cue
    assert not quote.direct


def test_quoted_words_inside_the_que_clause_make_one_mixed_quote() -> None:
    (quote,) = _quotes("Le maire a relevé que le projet était « une erreur historique » pour la commune et ses habitants.")
    assert quote.speaker_name == "Le maire"
    assert quote.text.startswith("le projet était « une erreur historique »")
    assert quote.cue == "relever"


NOT_REPORTED = [
    # impersonal or generic subjects
    "Il faut que les élus prennent leurs responsabilités devant les habitants.",
    "Il semble que la diplomatie française autorise Pékin à surréagir.",
    "Il est clair que la réforme a échoué sur tous les plans.",
    "Il convient que les élus prennent leurs responsabilités.",
    "Il se trouve que le maire était absent ce jour-là.",
    "On peut penser que la réforme a échoué sur tous les plans.",
    "On observe que les prix ont fortement augmenté depuis janvier.",
    "Cela signifie que les prix ont fortement augmenté depuis janvier.",
    "Les prix ont augmenté, ce qui montre que la crise est loin d'être finie.",
    "Peut-on dire que la réforme a échoué sur tous les plans ?",
    # a subject that names no one who speaks
    "L'étude relève que les prix ont fortement augmenté depuis janvier.",
    "L'étude de Harvard relève que les prix ont fortement augmenté depuis janvier.",
    "Le maire n'a pas relevé que les prix augmentaient depuis janvier.",
    "Cette déclaration laisse entendre que la ministre ne se démène pas suffisamment.",
    # requests and proposals
    "L'opposition propose que le texte soit renvoyé en commission.",
    # a relative or comparative "que", not a completive
    "Les chiffres que le maire a relevés montrent une hausse des prix.",
    "Ce que le maire a relevé, c'est une hausse des prix de l'énergie.",
    "Les habitants ont davantage relevé la tête que les élus ne l'avaient prévu.",
    # a question, a negation, a finding, a condition
    "Le gouvernement croit-il vraiment que la reprise viendra avant la fin de l'année ?",
    "La ministre ne croit pas que la réforme puisse aboutir cette année.",
    "Les enquêteurs ont trouvé que la porte était fermée de l'intérieur.",
    "Si le maire observe que les prix augmentent, il réunira le conseil municipal.",
]


@pytest.mark.parametrize("body", NOT_REPORTED)
def test_no_quote_without_a_speaker_a_completive_or_a_claim(body: str) -> None:
    assert _quotes(body) == []


def test_a_que_only_verb_inside_a_core_report_is_part_of_it() -> None:
    # "X a expliqué que Y avait relevé que ...": one quote, the outer reporter's
    (quote,) = _quotes("Le ministre a expliqué que le préfet avait relevé que les routes étaient dangereuses.")
    assert quote.speaker_name == "Le ministre"
    assert quote.cue == "expliquer"
    assert quote.text.startswith("le préfet avait relevé")
