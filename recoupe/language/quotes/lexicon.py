"""Words and patterns of French reporting shared by the quote rules, and the reporting-verb test."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# Lemmas of verbs that report speech (French, then English). The model lemmatises a few
# participles oddly ("démenti" -> "démentir" but "nié" -> "nier"), so both forms are listed.
REPORTING = frozenset(
    ["déclarer", "affirmer", "dire", "annoncer", "préciser", "ajouter", "estimer", "assurer", "expliquer", "indiquer", "souligner", "confirmer", "démentir", "nier", "écrire", "noter", "répondre", "rappeler", "reconnaître", "avertir", "prévenir", "accuser", "juger", "promettre", "insister", "qualifier", "alerter", "appeler", "demander", "exhorter", "révéler", "raconter", "admettre", "déplorer", "dénoncer", "regretter", "réclamer", "exiger", "marteler", "poursuivre", "conclure", "commenter", "confier", "tweeter", "menacer", "répliquer", "contester", "réfuter", "rejeter", "jurer", "évoquer", "apprendre", "constater", "pronostiquer", "prédire", "avancer", "argumenter", "valoir", "souhaiter", "espérer", "réaffirmer", "répéter", "réitérer", "signaler", "ordonner", "préconiser", "condamner", "relater", "témoigner", "considérer", "garantir", "stipuler", "prôner", "soulever", "arguer", "fustiger", "rétorquer", "prétendre", "concéder", "suggérer", "mentionner", "avouer", "nuancer", "relativiser", "protester", "clamer", "proclamer", "objecter", "certifier", "attester", "penser", "crier", "scander", "démentit", "démenti", "nié", "martelé", "confirmé", "argumente", "say", "tell", "state", "add", "claim", "deny", "confirm", "announce", "write", "insist", "warn", "argue", "note", "explain"]
)
# The verbs that introduce reported speech in French ("verbes introducteurs de discours
# rapporté"), by class, each with the complement frames through which it reports (general French,
# written from the language, not from any page):
#   QUE     a que-clause ("a estimé que ...", "a rappelé aux parties que ...")
#   INF     an infinitive, bare or after "de" ("dit avoir ...", "a nié s'être ...")
#   ASK     an indirect question ("a expliqué pourquoi ...", "a raconté comment ...")
#   OBJ     its noun object is what was said ("a confirmé sa participation", "a démenti toute ...")
#   QUOTED  quoted words in its object, attribute or complement are the subject's words
#           ("juge la situation « ... »", "a refusé de « ... »", "a qualifié X de « ... »")
# A verb of the lexicon that is not in REPORTING is a cue only where one of its frames is there.
QUE, INF, ASK, OBJ, QUOTED = "que", "inf", "ask", "obj", "quoted"
_LEXICON_GROUPS: tuple[tuple[str, str], ...] = (
    # communication, assertion
    ("que inf ask quoted", "dire déclarer affirmer assurer préciser expliquer indiquer raconter écrire"),
    ("que", "relever observer remarquer retenir"),
    # opinion under negation only ("n'exclut pas que ...")
    ("que", "exclure"),
    ("que quoted", "ajouter souligner noter signaler mentionner insister marteler répéter "
     "réaffirmer réitérer rappeler poursuivre conclure résumer commenter enchaîner renchérir compléter "
     "spécifier stipuler développer exposer détailler relater rapporter narrer décrire préciser"),
    ("que quoted", "répondre répliquer rétorquer riposter objecter protester"),
    ("que inf quoted", "soutenir prétendre prétexter alléguer arguer argumenter clamer proclamer confier tweeter informer "
     "avertir prévenir alerter"),
    # verbs of saying whose object is mostly no speech ("a lancé une « opération »", "publie un « guide »"):
    # their quoted words report only as an incise or through que / an infinitive
    ("que inf", "crier hurler murmurer chuchoter souffler publier communiquer asséner assener tonner lancer lâcher glisser"),
    # promise, oath, guarantee
    ("que inf quoted", "promettre jurer garantir certifier attester témoigner affirmer"),
    # confirmation, denial
    ("que inf obj quoted", "confirmer démentir nier"),
    ("que inf quoted", "contester réfuter récuser rejeter corroborer"),
    # announcement, disclosure
    ("que inf obj quoted", "annoncer officialiser"),
    ("que inf quoted", "révéler divulguer dévoiler"),
    # acknowledgment
    ("que inf quoted", "reconnaître admettre avouer concéder convenir"),
    # opinion
    ("que inf quoted", "estimer penser juger considérer croire trouver"),
    ("que quoted", "douter présumer supposer"),
    # judgment, stance, qualification (through quoted words: "qualifie X de « ... »")
    ("quoted", "qualifier traiter taxer dépeindre présenter saluer dénoncer fustiger critiquer condamner "
     "déplorer regretter brocarder railler moquer stigmatiser vilipender pourfendre épingler étriller "
     "accuser reprocher évoquer parler défendre justifier plaider invoquer"),
    ("que quoted", "déplorer regretter dénoncer accuser reprocher"),
    ("que", "ironiser plaisanter s'indigner s'inquiéter se plaindre se féliciter se réjouir s'étonner"),
    ("que inf quoted", "insinuer suggérer avancer pronostiquer prédire prophétiser décréter trancher énoncer professer "
     "notifier confesser nuancer relativiser tempérer "
     "s'exclamer s'écrier se vanter se targuer s'alarmer se désoler"),
    # questions
    ("ask", "demander interroger questionner"),
    # a stance through quoted words of its infinitive ("refuse de « ... »", "s'engage à « ... »")
    ("quoted", "refuser engager"),
)
# Verbs of opinion, judgment and stance: quoted words in their complement are the subject's view,
# one mixed quote of the complement ("juge la situation « ... »", "a refusé de « ... »").
STANCE_VERBS = frozenset(
    ["estimer", "penser", "juger", "considérer", "croire", "trouver", "qualifier", "traiter", "taxer", "dépeindre", "présenter", "saluer", "dénoncer", "fustiger", "critiquer", "condamner", "déplorer", "regretter", "brocarder", "railler", "moquer", "stigmatiser", "vilipender", "pourfendre", "épingler", "étriller", "accuser", "reprocher", "refuser", "engager", "arguer", "invoquer", "justifier", "faire", "mettre"]
)
REPORTING_FRAMES: dict[str, frozenset[str]] = {}
for _frames, _lemmas in _LEXICON_GROUPS:
    for _word in re.sub(r"\b(?:se\s+|s')", "", _lemmas).split():  # (reflexives by their verb: "s'indigner")
        REPORTING_FRAMES[_word] = REPORTING_FRAMES.get(_word, frozenset()) | frozenset(_frames.split())
# Multi-word verbs of saying: the word before, then the verb's lemma ("laisse entendre que",
# "fait valoir que", "fait part de", "met en cause", "se dit convaincu que").
LOCUTIONS: dict[tuple[str, str], frozenset[str]] = {
    ("laisser", "entendre"): frozenset([QUE, QUOTED]),
    ("faire", "valoir"): frozenset([QUE, QUOTED]),
    ("faire", "part"): frozenset([QUE, OBJ, QUOTED]),
    ("mettre", "cause"): frozenset([QUOTED]),
    ("mettre", "garde"): frozenset([QUE, QUOTED]),
}
# Nouns of a stance (attitude, intention, judgment, feeling) whose announcement reports it: "a
# annoncé son intention de ...", "a confirmé son soutien à ...", "a fait part de son inquiétude".
# Other noun objects of announcing verbs tell an event ("a annoncé sa démission", "une perte nette",
# "un recours"), which the gold does not count; denials report any object ("a démenti toute ...").
STANCE_NOUNS = frozenset(
    ["intention", "volonté", "désir", "souhait", "refus", "accord", "désaccord", "soutien", "appui", "opposition",
     "inquiétude", "inquiétudes", "préoccupation", "préoccupations", "crainte", "craintes", "regret", "regrets",
     "satisfaction", "insatisfaction", "colère", "indignation", "conviction", "certitude", "espoir", "détermination",
     "confiance", "défiance", "méfiance", "scepticisme", "doute", "doutes", "réserve", "réserves", "réticence",
     "réticences", "hostilité", "attachement", "solidarité", "condoléances", "félicitations", "excuses",
     "protestation", "mécontentement", "déception", "surprise", "stupéfaction", "tristesse", "émotion", "consternation",
     "fierté", "joie", "gratitude", "approbation", "désapprobation", "position", "avis", "opinion", "sentiment",
     "engagement", "promesse", "décision", "vœu", "voeu", "ambition", "exigence", "attente", "attentes", "volontés",
     "indignation", "amertume", "irritation", "agacement", "perplexité", "incompréhension", "effroi", "horreur"]
)
# Frames that never report, whatever their verb: requests, calls, proposals, advice, plans and
# intentions ("a demandé de ...", "appelle à ...", "a proposé de ...", "prévoit de ...").
NOT_REPORTING = frozenset(
    ["demander", "réclamer", "exiger", "exhorter", "appeler", "inviter", "prier", "supplier", "sommer", "enjoindre",
     "ordonner", "commander", "recommander", "préconiser", "conseiller", "proposer", "suggérer", "prévoir", "compter",
     "envisager", "projeter", "planifier", "vouloir", "décider", "tabler", "miser"]
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
class _SecondClause:
    """", ajoutant que ...", ", se déclarant victime de ...", ", estimant que ...": a present participle
    of a verb of the reporting lexicon after a comma opens a second report (the first ends there)."""

    _AT = re.compile(r",\s*(?:en\s+)?(?:se\s+|s['’]\s*)?([a-zà-ÿ]+ant)\b")
    _IRREGULAR = {"disant": "dire", "écrivant": "écrire", "reconnaissant": "reconnaître", "concluant": "conclure"}

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        for m in self._AT.finditer(text, pos, len(text) if endpos is None else endpos):
            word = m.group(1)
            stem = word[:-3]
            lemmas = [self._IRREGULAR.get(word, ""), stem + "er", stem + "r", stem + "re", stem + "ir"]
            if any(x in REPORTING_FRAMES or x in REPORTING for x in lemmas if x):
                return m
        return None


_SECOND_CLAUSE = _SecondClause()
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


_QUE_WORDS = frozenset(["que", "qu'", "qu’"])
_ASK_WORDS = frozenset(["si", "s'", "s’", "pourquoi", "comment", "combien", "quand", "où", "quel", "quelle", "quels", "quelles"])
_MARKS_OPEN = frozenset(["«", "“", '"'])
# Words that make a following "que" no report: a conjunction ("alors que", "parce que") or a comparison.
_QUE_NOT_REPORTED = frozenset(
    ["alors", "bien", "parce", "avant", "afin", "pour", "tandis", "dès", "ainsi", "sans", "après", "même", "plus",
     "moins", "tant", "pendant", "depuis", "lors", "sauf", "encore", "autre", "autant", "aussi", "si", "tel", "telle"]
)


def _locution(t: Token) -> tuple[frozenset[str], int] | None:
    """A multi-word verb of saying at `t`: its frames and where its complement starts. `t` is the
    verb of "fait part de", "met en cause", "met en garde", or the second verb of "laisse entendre",
    "fait valoir" (the one the parse makes the head of the que-clause)."""
    doc = t.doc
    if t.lower_ in ("entendre", "valoir") and t.i > t.sent.start:
        k = t.i - 1
        while k > t.sent.start and doc[k].pos_ == "ADV":
            k -= 1
        key = (doc[k].lemma_.lower(), t.lower_)
        return (LOCUTIONS[key], t.i + 1) if key in LOCUTIONS else None
    if t.lemma_.lower() in ("faire", "mettre"):
        for w in doc[t.i + 1 : min(t.sent.end, t.i + 4)]:
            if (t.lemma_.lower(), w.lower_) in LOCUTIONS and w.lower_ in ("part", "cause", "garde"):
                return LOCUTIONS[(t.lemma_.lower(), w.lower_)], w.i + 1
            if w.pos_ != "ADV" and w.lower_ != "en":
                break
    return None


def frames_present(t: Token) -> frozenset[str]:
    """The reporting frames of the lexicon that `t` (a verb of it) opens here: a que-clause, an
    infinitive, an indirect question, quoted words, a noun object, within its clause. Empty when the
    verb is no member of the lexicon, or when it heads a request, proposal or plan."""
    lemma = _lemma(t)
    frames = REPORTING_FRAMES.get(lemma)
    start = t.i + 1
    multi = _locution(t)
    if multi is not None:
        frames, start = multi
    if not frames or lemma in NOT_REPORTING and multi is None:
        return frozenset()
    if "Inf" in t.morph.get("VerbForm", []) and t.i > t.sent.start and t.nbor(-1).lower_ in ("à", "de", "d'", "d’", "pour"):
        return frozenset()  # "il reste à expliquer comment ...", "afin d'annoncer": nothing said yet
    doc, end = t.doc, t.sent.end
    found: set[str] = set()
    words = 0
    # "ne relève que de ...", "on ne retenait ... que le passage": a restriction, not a clause reported
    negated = any(w.lower_ in ("ne", "n'", "n’") for w in doc[max(t.sent.start, t.i - 3) : t.i])
    restrictive = negated and not any(w.lower_ in ("pas", "jamais", "plus", "point", "guère", "rien", "nullement") for w in doc[t.i + 1 : min(end, t.i + 4)])
    if lemma in _NEGATED_ONLY and (not negated or restrictive):
        return frozenset()  # "exclure que" reports an opinion only denied: "n'exclut pas que ..."
    noun_object = False  # "a relevé les erreurs que ...": a relative clause of the verb's object
    for w in doc[start : min(end, start + 12)]:
        low = w.lower_
        if w.text in _MARKS_OPEN:
            after_de = doc[w.i - 1].lower_ in ("de", "d'", "d’", "à")
            inner = doc[w.i + 1 : min(end, w.i + 4)]
            attribute = next((x for x in inner if x.pos_ != "ADV"), None)
            described = attribute is not None and (
                attribute.pos_ == "ADJ" or "Part" in attribute.morph.get("VerbForm", []) or attribute.dep_ in ("amod", "xcomp")
            )
            if lemma in _ATTRIBUTIVE and not (words > 0 and described):
                break  # "a trouvé un « point de chute »": finding, not judging (judging gives an object an attribute)
            if QUOTED in frames and (after_de or lemma not in _QUOTED_AFTER_DE) and _named_as(doc, w, lemma) and _governed(doc, w, t, start):
                found.add(QUOTED)
            break
        if low in _QUE_WORDS:
            if QUE in frames and doc[w.i - 1].lower_ not in _QUE_NOT_REPORTED and w.pos_ == "SCONJ" and not restrictive and not noun_object:
                found.add(QUE)
            break
        # ("dire si", "préciser si" mostly deny an answer: "a refusé de dire si ..."; a question's "si"
        # is the asking verbs')
        asking = low not in ("si", "s'", "s’") or w.dep_ == "mark" and lemma in _ASKING_VERBS
        if words == 0 and low in _ASK_WORDS and ASK in frames and asking:
            found.add(ASK)
            break
        if "Inf" in w.morph.get("VerbForm", []):
            if INF in frames and not noun_object and (words == 0 or doc[w.i - 1].lower_ in _BEFORE_INFINITIVE):
                found.add(INF)
            break
        if w.pos_ in ("VERB", "AUX", "SCONJ") and "Part" not in w.morph.get("VerbForm", []) or w.text in ".;:!?()[]":
            break
        if w.pos_ not in ("ADV", "PUNCT"):
            words += 1
        noun_object = noun_object or w.pos_ in ("NOUN", "PROPN") and w.dep_ == "obj"
    if QUOTED in found and not re.search(r"[.!?…»”\"):]\s*$", t.sent.text):
        found.discard(QUOTED)  # a heading ("X salue une « avancée »"): no quote by the conventions
    if OBJ in frames and not found:
        if multi is not None:  # "fait part (à X) de son inquiétude": the noun after "de"
            noun = _noun_after_de(doc, start, end)
        else:
            noun = next((c for c in t.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i > t.i), None)
            noun = noun or _stance_noun_after(t)
        stance = noun is not None and (noun.lower_ in STANCE_NOUNS or lemma in DENIAL)
        if stance and noun is not None and any(d.dep_ == "det" for d in noun.children):
            found.add(OBJ)
    return frozenset(found)


def _stance_noun_after(t: Token) -> Token | None:
    """A stance noun with its determiner after `t` in its clause, past circumstances the parse may
    hang elsewhere ("a annoncé lundi soir sur le site de son équipe, Astana, son intention de ...")."""
    for w in t.doc[t.i + 1 : min(t.sent.end, t.i + 16)]:
        if w.pos_ in ("VERB", "AUX", "SCONJ") and "Part" not in w.morph.get("VerbForm", []) or w.text in ".;:!?«»“”\"":
            return None
        if w.lower_ in STANCE_NOUNS and w.pos_ == "NOUN" and w.i > t.i + 1 and t.doc[w.i - 1].pos_ == "DET":
            return w
    return None


def _noun_after_de(doc: Doc, start: int, end: int) -> Token | None:
    """The noun that the first "de" after `start` opens ("part à plusieurs reprises de sa volonté")."""
    de = next((w for w in doc[start : min(end, start + 8)] if w.lower_ in ("de", "d'", "d’", "du", "des")), None)
    if de is None:
        return None
    return next((w for w in doc[de.i : min(end, de.i + 4)] if w.pos_ == "NOUN"), None)


# Verbs of opinion whose quoted words report only as an attribute of their object ("juge la
# situation « préoccupante »", "a trouvé la ministre « mal préparée »"; not "a trouvé un « abri »").
_ATTRIBUTIVE = frozenset(["trouver", "juger", "estimer", "considérer", "croire"])
_ASKING_VERBS = frozenset(["demander", "interroger", "questionner"])
_NEGATED_ONLY = frozenset(["exclure"])


# Verbs of naming that judge only through "de" / "comme" ("a qualifié X de « ... »", "présente X comme
# « ... »"; not "a présenté une proposition « visant à ... »", a title).
_NAMING = {"qualifier": ("de", "d'", "d’", "comme"), "traiter": ("de", "d'", "d’"), "taxer": ("de", "d'", "d’"),
           "présenter": ("comme",), "décrire": ("comme",), "dépeindre": ("comme", "en")}


def _named_as(doc: Doc, mark: Token, lemma: str) -> bool:
    """A verb of naming has its "de" / "comme" right before the quoted words (other verbs: always)."""
    words = _NAMING.get(lemma)
    return words is None or any(w.lower_ in words for w in doc[max(0, mark.i - 2) : mark.i])


# Verbs whose quoted words report a stance only in their infinitive ("refuse de « ... »").
_QUOTED_AFTER_DE = frozenset(["refuser", "engager"])


def _governed(doc: Doc, mark: Token, verb: Token, start: int) -> bool:
    """The quoted words after `mark` hang from `verb` (or from the words of its locution, before
    `start`) with no other verb between: its object, attribute or complement, not another clause's."""
    if mark.i + 1 >= len(doc):
        return False
    h = doc[mark.i + 1]
    for _ in range(8):
        if h.i == verb.i or verb.i < h.i < start:
            return True
        if h.head.i == h.i or h.pos_ in ("VERB", "AUX") and h.i != mark.i + 1 and h.dep_ not in ("xcomp", "acl"):
            return False
        h = h.head
    return False


# What may stand between "de" and an infinitive it opens ("de ne pas", "n'avoir", "s'être").
_BEFORE_INFINITIVE = frozenset(["de", "d'", "d’", "ne", "pas", "n'", "n’", "jamais", "se", "s'", "s’", "l'", "l’", "les", "le", "la", "y", "en", "lui", "leur"])
