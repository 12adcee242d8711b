"""Words and patterns of French reporting shared by the quote rules, and the reporting-verb test."""

from __future__ import annotations

import re

from spacy.tokens import Token

# Lemmas of verbs that report speech (French, then English). The model lemmatises a few
# participles oddly ("démenti" -> "démentir" but "nié" -> "nier"), so both forms are listed.
REPORTING = frozenset(
    ["déclarer", "affirmer", "dire", "annoncer", "préciser", "ajouter", "estimer", "assurer", "expliquer", "indiquer", "souligner", "confirmer", "démentir", "nier", "écrire", "noter", "répondre", "rappeler", "reconnaître", "avertir", "prévenir", "accuser", "juger", "promettre", "insister", "qualifier", "alerter", "appeler", "demander", "exhorter", "révéler", "raconter", "admettre", "déplorer", "dénoncer", "regretter", "réclamer", "exiger", "marteler", "poursuivre", "conclure", "commenter", "confier", "tweeter", "menacer", "répliquer", "contester", "réfuter", "rejeter", "jurer", "évoquer", "apprendre", "constater", "pronostiquer", "prédire", "avancer", "argumenter", "valoir", "souhaiter", "espérer", "réaffirmer", "répéter", "réitérer", "signaler", "ordonner", "préconiser", "condamner", "relater", "témoigner", "considérer", "garantir", "stipuler", "prôner", "soulever", "arguer", "fustiger", "rétorquer", "prétendre", "concéder", "suggérer", "mentionner", "avouer", "nuancer", "relativiser", "protester", "clamer", "proclamer", "objecter", "certifier", "attester", "penser", "crier", "scander", "démentit", "démenti", "nié", "martelé", "confirmé", "argumente", "say", "tell", "state", "add", "claim", "deny", "confirm", "announce", "write", "insist", "warn", "argue", "note", "explain"]
)
DENIAL = frozenset(["démentir", "nier", "contester", "réfuter", "rejeter", "deny", "dismiss", "reject", "refute"])
_SUBJ = ("nsubj", "nsubj:pass", "expl:subj")
_PRON = frozenset(["il", "elle", "ils", "elles", "he", "she", "they", "-t-il", "-t-elle", "-il", "-elle", "t-il", "t-elle"])
# Nouns that stand for a person named before ("le responsable a précisé").
_ANAPHORIC = frozenset(
    ["responsable", "dirigeant", "dirigeante", "otage", "ex-otage", "candidat", "candidate", "militant", "militante", "opposant", "opposante", "ambassadeur", "ambassadrice", "commissaire", "fondateur", "fondatrice", "porte-parole", "président", "présidente", "ministre", "chef", "diplomate", "officiel", "procureur", "magistrat", "avocat", "avocate", "syndicaliste", "secrétaire", "vice-président", "vice-présidente", "conseiller", "conseillère", "sénateur", "sénatrice", "député", "députée", "maire", "directeur", "directrice", "patron", "patronne", "coureur", "trader", "joueur", "entraîneur", "juge", "préfet", "préfète",
     # people named by what they are or do, taken up after their name (le prévenu, l'élue, le médecin)
     "officier", "élu", "élue", "prévenu", "prévenue", "accusé", "accusée", "magistrate", "intéressé", "intéressée", "attaquant", "cinéaste", "comédien", "comédienne", "médecin", "édile", "scientifique", "écrivain", "écrivaine", "cheffe", "policier", "policière", "gendarme", "témoin", "sportif", "sportive", "champion", "championne", "infirmier", "infirmière", "enseignant", "chirurgien", "chirurgienne", "étudiant", "étudiante", "réalisateur", "réalisatrice", "chercheur", "chercheuse", "élève", "skipper"]
)
# Nouns that stand for the last source quoted ("ajoute le texte", "a ajouté cette source").
_DOC_NOUNS = frozenset(["texte", "communiqué", "journal", "quotidien", "source", "déclaration"])
# Nouns that stand for an organisation named before ("déplore l'organisation", "le syndicat estime").
_ORG_NOUNS = frozenset(["organisation", "association", "syndicat", "fédération", "ong", "ligue", "confédération", "collectif", "parti", "institution", "union", "banque", "entreprise", "société",
                        "groupe", "chaîne", "compagnie", "constructeur", "laboratoire", "opérateur", "assureur", "firme"])
# Documents that speak for themselves ("précise le communiqué"): the gold keeps the words.
_DOCUMENTS = frozenset(["communiqué"])
# Cues whose infinitive complement is what was said ("a expliqué avoir agi seul").
_INF_CUES = frozenset(
    ["déclarer", "affirmer", "dire", "assurer", "annoncer", "nier", "démentir", "estimer", "expliquer", "reconnaître", "admettre", "préciser", "réaffirmer", "jurer", "promettre", "contester", "révéler",
     "indiquer", "raconter", "confier", "avouer"]
)
# Cues whose noun object is what was said ("a annoncé l'organisation d'une réunion").
_NOUN_CUES = frozenset(["annoncer", "prôner"])
# Cues that report a request through "de" + infinitive ("a demandé à la justice de lui rendre ...").
_REQUEST_CUES = frozenset(["demander", "exhorter", "réclamer", "exiger", "promettre", "appeler", "ordonner", "préconiser", "accuser"])
_SELON = re.compile(
    r"\b(?:[Ss]elon|[Dd]'après|[Dd]’après|[Aa]ccording to)\s+"
    # "Aux yeux de Bernard Petit, ...", "De l'avis de Claire Dubois, ...": a name's view
    r"|\b(?:[Aa]ux\s+yeux|[Dd]e\s+l['’]avis)\s+d(?:e\s+|['’]\s*)(?=[A-ZÉÈ])"
)
# Sources that name no one: rumours ("selon certaines rumeurs"). (The paper's own "selon nos
# informations" stays a source: the tuned gold counts it, speaker "nos informations".)
_NO_SOURCE = re.compile(r"(?:des|les|la|certaines|plusieurs|de)\s+(?:rumeurs?|bruits)\b", re.IGNORECASE)
# What may open a sentence before its "selon X, ...": a short phrase and a comma, or a linking adverb.
_SELON_LEAD = r"(?:[\w’' -]{0,25},\s*|(?:[Tt]oujours|[Mm]ais|[Ee]t|[Oo]r|[Ee]nfin|[Aa]insi|[Aa]ussi|[Pp]ourtant|[Dd]onc)\s+)"
_SECOND_CLAUSE = re.compile(
    r",\s*(?:ajoutant|affirmant|précisant|assurant|soulignant|estimant|expliquant|indiquant|jugeant)\b"
)
# Shortest direct quote that is speech rather than a scare-quoted word or a title.
_MIN_WORDS = 4
_CLAUSE_WORD = re.compile(r"\b(?:(?:que|qui|dont)(?!\w)|qu['’])", re.IGNORECASE)


def _lemma(t: Token) -> str:
    """The cue's lemma, mended when the lemmatiser left a present form alone ("indique")."""
    lemma, low = t.lemma_.lower(), t.lower_
    if lemma in REPORTING or lemma != low:
        return lemma
    for suffix in ("ent", "es", "e"):
        if lemma.endswith(suffix) and lemma[: -len(suffix)] + "er" in REPORTING:
            return lemma[: -len(suffix)] + "er"
    return lemma


def _reporting(t: Token) -> bool:
    """A reporting verb."""
    return _lemma(t) in REPORTING or t.lower_ in REPORTING


# An opening "Pour X," after a linking word or not ("Mais pour Andrea Assor-Doukhan, avocate de ...,").
_POUR_LEAD = r"\s*(?:(?:[Mm]ais|[Ee]t|[Oo]r|[Pp]ourtant|[Ee]nfin|[Aa]insi|[Dd]onc|[Aa]lors)\s+|[A-ZÉ][a-zéèêû]+\s*,\s*)?[Pp]our\s+"


_TITLE_ONLY = re.compile(r"(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s*)?")


_POSSESSIVE = frozenset(["son", "sa", "ses", "leur", "leurs"])
_DEMONSTRATIVE = frozenset(["ce", "cet", "cette", "ces"])
