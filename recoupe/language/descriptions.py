"""Definite role descriptions that stand for a person the article names ("Jean Dupont, ministre de
l'Intérieur, ... Le ministre a déclaré").

Two steps over the parse of one French article:

1. `learn`: the descriptions the article gives each person beside their name: apposition after it
   (`X, ministre de la Justice,`, `X (PS), maire de Lille`, `X, l'avocate de Y,`), a title before it
   (`le ministre de la Justice X`, `la juge d'instruction X`, `le procureur de ..., X,`), a copula
   (`X est le directeur de ...`) and the titles `Me X` (a lawyer) and `Dr X` (a doctor).
2. `resolve`: every later singular definite description (`le ministre`, `l'avocate`, `le président
   de la ligue`, `l'ancien ministre`, `l'édile`) whose office, modifiers and gender fit the
   descriptions of exactly one person stands for that person; when several fit, none (or, with
   `prefer_recent`, the one named last before it).

An office is a head noun from a general lexicon of French offices and trades (with feminine forms),
or any noun with the ending of an agent noun (`-eur`, `-iste`, `-ologue` ...); a few general
synonyms of office (`l'édile` = maire, `le garde des Sceaux` = ministre de la Justice, `le
magistrat` = a judge or a prosecutor) are a small table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from recoupe.language.names import fold

# Offices and trades: each written form (folded) -> (office, grammatical gender or None if epicene).
_PAIRS = """
ministre ministre; premier-ministre premier-ministre; juge juge; magistrat magistrate; procureur procureure;
avocat avocate; maire maire; edile edile; prefet prefete; sous-prefet sous-prefete; depute deputee;
eurodepute eurodeputee; senateur senatrice; president presidente; vice-president vice-presidente;
directeur directrice; porte-parole porte-parole; entraineur entraineuse; selectionneur selectionneuse;
capitaine capitaine; secretaire secretaire; commissaire commissaire; medecin medecin; docteur docteure;
chercheur chercheuse; patron patronne; pdg pdg; fondateur fondatrice; dirigeant dirigeante;
candidat candidate; rapporteur rapporteure; syndicaliste syndicaliste; conseiller conseillere;
ambassadeur ambassadrice; chancelier chanceliere; gouverneur gouverneure; recteur rectrice;
delegue deleguee; representant representante; responsable responsable; chef cheffe; journaliste journaliste;
realisateur realisatrice; ecrivain ecrivaine; auteur autrice; chanteur chanteuse; acteur actrice;
joueur joueuse; coureur coureuse; cycliste cycliste; athlete athlete; footballeur footballeuse; pilote pilote;
policier policiere; gendarme gendarme; enqueteur enquetrice; expert experte; economiste economiste;
historien historienne; sociologue sociologue; professeur professeure; enseignant enseignante;
infirmier infirmiere; chirurgien chirurgienne; psychiatre psychiatre; batonnier batonniere; elu elue;
parlementaire parlementaire; adjoint adjointe; tresorier tresoriere; manager manager; gerant gerante;
administrateur administratrice; pasteur pasteure; imam imam; eveque eveque; archeveque archeveque;
diplomate diplomate; negociateur negociatrice; mediateur mediatrice; militant militante;
opposant opposante; prevenu prevenue; accuse accusee; suspect suspecte; technicien technicienne;
praticien praticienne; penaliste penaliste; presentateur presentatrice; animateur animatrice;
createur creatrice; proprietaire proprietaire; commandant commandante; general generale; colonel colonelle;
ministre-president ministre-presidente; garde-des-sceaux garde-des-sceaux;
locataire locataire; hote hotesse
"""
_FORMS: dict[str, tuple[str, str | None]] = {}
for _pair in _PAIRS.replace("\n", " ").split(";"):
    _m, _f = _pair.split()
    _FORMS[_f] = (_m, "F" if _m != _f else None)
    _FORMS.setdefault(_m, (_m, "M" if _m != _f else None))

# Another word for the same office (the set it may stand for): general usage, no story's words.
# Words for a class of offices ("l'élu", "le magistrat", "le parlementaire") are not synonyms: the
# opposition leader of a council debate is as much "l'élu" as the mayor the article named.
_SAME_OFFICE: dict[str, frozenset[str]] = {
    "edile": frozenset(["maire"]),
    "medecin": frozenset(["medecin", "docteur", "chirurgien", "psychiatre", "praticien"]),
    "docteur": frozenset(["medecin", "docteur"]),
    "praticien": frozenset(["medecin", "docteur", "chirurgien", "praticien"]),
    "technicien": frozenset(["entraineur", "selectionneur", "technicien"]),
    "penaliste": frozenset(["avocat", "penaliste"]),
    "garde-des-sceaux": frozenset(["garde-des-sceaux"]),  # also "ministre de la Justice", below
}
# Periphrases of an office (general French press usage): head, words of its complement, the office
# it stands for, and the words one of its holder's descriptions must carry (None: any; () : an
# adjective, as in "le président russe"; a head of state is no club's president).
_PERIPHRASES: tuple[tuple[str, frozenset[str], str, frozenset[str] | None], ...] = (
    ("chef", frozenset(["etat"]), "president", frozenset(["republique"])),
    ("chef", frozenset(["gouvernement"]), "premier-ministre", None),
    ("locataire", frozenset(["matignon"]), "premier-ministre", None),
    ("locataire", frozenset(["elysee"]), "president", frozenset(["republique"])),
    ("hote", frozenset(["elysee"]), "president", frozenset(["republique"])),
    ("locataire", frozenset(["beauvau"]), "ministre", frozenset(["interieur"])),
    ("chef", frozenset(["diplomatie"]), "ministre", frozenset(["etrangeres"])),
    ("patron", frozenset(["diplomatie"]), "ministre", frozenset(["etrangeres"])),
)
# Offices written in several words, read as one ("le Premier ministre", "le garde des Sceaux").
_MULTI = (
    (("premier", "ministre"), "premier-ministre"),
    (("premiere", "ministre"), "premier-ministre"),
    (("garde", "des", "sceaux"), "garde-des-sceaux"),
)
# Words before an office that change who holds it ("l'ancien ministre" is not "le ministre").
_FORMER = frozenset(["ancien", "ancienne", "ex", "ex-", "futur", "future", "ex-ministre"])
# Words that may stand between a name's comma and its office ("X, élu maire de Lille en 2020,",
# "X, désormais ministre de ...").
_BRIDGE = frozenset(
    [
        "devenu",
        "devenue",
        "nomme",
        "nommee",
        "elu",
        "elue",
        "reelu",
        "reelue",
        "desormais",
        "actuel",
        "actuelle",
    ]
)
# Agent-noun endings: a noun naming a person by what they do.
_AGENT = ("eur", "euse", "rice", "iste", "ologue", "icien", "icienne", "logue")
_DEFINITE = {"le": "M", "la": "F", "l'": None, "ce": "M", "cet": "M", "cette": "F"}
_OF = frozenset(["de", "du", "des", "d'"])
_TITLES = {"me": "avocat", "maitre": "avocat", "dr": "docteur", "dr.": "docteur", "pr": "professeur"}


@dataclass(frozen=True, slots=True)
class Description:
    """An office the article gives a person, read from a phrase beside their name."""

    office: str  # folded masculine head ("ministre", "premier-ministre")
    words: frozenset[str]  # folded content words of its adjectives and complement
    adjectives: frozenset[str]  # the adjectives among them ("américain", "sportif")
    former: bool  # "ancien", "ex-": a past office
    gender: str | None
    start: int
    end: int
    named: bool = False  # its complement holds a capitalised word ("de la Justice", "de l'Autorité ...")


@dataclass(frozen=True, slots=True)
class Reference:
    """A description in the text and the person (index into the article's people) it stands for."""

    text: str
    start: int
    end: int
    owner: int


def _office(tok: Token, loose: bool = False) -> tuple[str, str | None, int] | None:
    """The office a token heads (folded masculine form, gender of its form, tokens it spans); with
    `loose`, also any singular common noun that may name a person ("la mère de la victime", "une
    habitante du quartier"), for phrases set off beside a person's name and their later repeats."""
    low = fold(tok.text)
    doc = tok.doc
    for words, office in _MULTI:
        if low == words[0] and all(
            tok.i + k < len(doc) and fold(doc[tok.i + k].text) == w for k, w in enumerate(words)
        ):
            gender = "F" if low.endswith("e") and office == "premier-ministre" else None
            return office, gender, len(words)
    if low in _FORMS:
        office, gender = _FORMS[low]
        return office, gender, 1
    if low.startswith("ex-") and low[3:] in _FORMS:  # "l'ex-ministre": a former office (see _describe)
        office, gender = _FORMS[low[3:]]
        return office, gender, 1
    if tok.pos_ == "NOUN" and tok.text.islower() and len(low) > 5 and low.endswith(_AGENT):
        gender = "F" if low.endswith(("euse", "rice", "icienne")) else None
        if "Plur" in tok.morph.get("Number", []):
            return None
        return low, gender, 1
    if (
        loose
        and tok.pos_ == "NOUN"
        and tok.text.isalpha()
        and tok.text.islower()
        and len(low) > 2
        and "Plur" not in tok.morph.get("Number", [])
        and not low.endswith(("s", "x"))
        and low not in _NOT_PERSON
    ):
        return low, None, 1
    return None


# Nouns set off beside a name that say when or where, not who ("X, le lendemain, ...").
_NOT_PERSON = frozenset(
    [
        "jour",
        "lendemain",
        "veille",
        "soir",
        "matin",
        "nuit",
        "mois",
        "annee",
        "semaine",
        "an",
        "fois",
        "moment",
        "cas",
        "sein",
        "reste",
        "part",
        "cote",
        "fin",
        "debut",
        "nom",
        "age",
        "heure",
        "date",
        "occasion",
        "suite",
        "tour",
        "lieu",
        "place",
        "propos",
        "point",
        "exemple",
        "titre",
        "passage",
    ]
)


def _phrase_end(doc: Doc, i: int, stop: int) -> int:
    """The end (token index, exclusive) of an office's modifiers from token i: adjectives, then a
    complement "de ..." up to punctuation, a verb, a relative word or `stop`."""
    while i < stop and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    if i < stop and fold(doc[i].text) in _OF:
        j = i + 1
        while j < stop and j - i < 8:
            t = doc[j]
            if (
                t.is_punct
                and t.text not in ("'", "’", "-")
                or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "ADV")
            ):
                break
            if t.pos_ == "CCONJ":
                break
            j += 1
        if j > i + 1 and fold(doc[j - 1].text) not in _OF and doc[j - 1].pos_ != "DET":
            i = j
    return i


def _content(doc: Doc, start: int, end: int) -> frozenset[str]:
    return frozenset(
        fold(t.text)
        for t in doc[start:end]
        if t.is_alpha and len(t.text) > 2 and t.pos_ not in ("DET", "ADP")
    )


def _describe(doc: Doc, det: int | None, head: int, stop: int, loose: bool = False) -> Description | None:
    """The description of an office phrase with its determiner at `det` (None: no determiner) and
    its office at or after `head` (after "ancien", "nouveau"), not going past `stop`."""
    former = False
    i = head
    while i < stop and (
        _office(doc[i], loose) is None
        and (doc[i].pos_ == "ADJ" or fold(doc[i].text) in _FORMER)
        or fold(doc[i].text) in _BRIDGE
        and i + 1 < stop
        and _office(doc[i + 1]) is not None
    ):
        former = former or fold(doc[i].text) in _FORMER
        i += 1
    if i >= stop:
        return None
    found = _office(doc[i], loose)
    former = former or fold(doc[i].text).startswith("ex-")  # "l'ex-ministre"
    if found is None:
        return None
    office, gender, size = found
    end = _phrase_end(doc, i + size, stop)
    if det is not None:
        det_gender = _DEFINITE.get(fold(doc[det].text).replace("’", "'"))
        if fold(doc[det].text) in ("un", "son"):
            det_gender = "M"
        elif fold(doc[det].text) in ("une", "sa"):
            det_gender = "F"
        gender = det_gender or gender
    words = _content(doc, i + size, end)
    adjectives = frozenset(
        fold(t.text)
        for t in doc[i + size : end]
        if t.pos_ == "ADJ"
        and t.i < min((k.i for k in doc[i + size : end] if fold(k.text) in _OF), default=end)
    )
    if office == "garde-des-sceaux":
        office, words = "ministre", words | {"justice"}
    begin = det if det is not None else head
    named = any(t.text[:1].isupper() for t in doc[i + size : end])
    return Description(
        office,
        words,
        adjectives,
        former,
        gender,
        doc[begin].idx,
        doc[end - 1].idx + len(doc[end - 1].text),
        named,
    )


def learn(doc: Doc, people: Sequence[Sequence[tuple[int, int]]]) -> list[list[Description]]:
    """Each person's descriptions (people: the (start, end) of every mention of each person)."""
    out: list[list[Description]] = [[] for _ in people]
    owner = _owners(doc, people)
    for p, mentions in enumerate(people):
        for start, end in mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            out[p].extend(_around(doc, span, owner))
    return out


def _owners(doc: Doc, people: Sequence[Sequence[tuple[int, int]]]) -> dict[int, int]:
    """Token index -> the person whose mention holds it."""
    owner: dict[int, int] = {}
    for p, mentions in enumerate(people):
        for start, end in mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            for t in span or ():
                owner.setdefault(t.i, p)
    return owner


def _around(doc: Doc, name: Span, owner: dict[int, int]) -> list[Description]:
    found: list[Description] = []
    first = 0  # (the parser's sentence bounds are not trusted: punctuation and line breaks bound the phrases)
    # a title right before the name: "Me X" is a lawyer, "Dr X" a doctor
    i = name.start - 1
    title = fold(name[0].text)
    if title in _TITLES and len(name) > 1:
        found.append(
            Description(
                _FORMS[_TITLES[title]][0],
                frozenset(),
                frozenset(),
                False,
                None,
                name[0].idx,
                name[0].idx + len(name[0].text),
            )
        )
    elif i >= first and fold(doc[i].text) in _TITLES:
        found.append(
            Description(
                _FORMS[_TITLES[fold(doc[i].text)]][0],
                frozenset(),
                frozenset(),
                False,
                None,
                doc[i].idx,
                doc[i].idx + len(doc[i].text),
            )
        )
        i -= 1
    if i > first + 1 and doc[i].text == ")":  # "le président de la Fédération ... (FNP) X"
        opening = next((t.i for t in reversed(doc[max(first, i - 6) : i]) if t.text == "("), None)
        i, bracketed = (opening - 1, True) if opening is not None else (i, False)
    else:
        bracketed = False  # (an acronym in brackets closes the name of the office's organisation)
    # before the name: "le ministre de la Justice X", "le procureur de ..., X," (then the name
    # must close its clause)
    comma = i >= first and doc[i].text == ","
    closed = name.end >= len(doc) or doc[name.end].is_punct
    if comma:
        i -= 1
    if (
        i >= first
        and (closed or not comma)
        and fold(doc[i].text) not in _OF
        and doc[i].pos_ not in ("ADP", "DET")
    ):
        k = i
        while k >= first and i - k < 12:
            t = doc[k]
            if (
                t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
                or k in owner
                or t.is_space
                or t.is_punct
                and t.text not in ("'", "’", "-")
            ):
                break
            k -= 1
        # the office the name is apposed to: after a comma the phrase's first ("le porte-parole du
        # ministre, X,"), else the one right before it ("le porte-parole du ministre X")
        offices = [t.i for t in doc[k + 1 : i + 1] if _office(t, comma) is not None]
        # (without a comma the name must follow the office, its adjective or a capitalised word of
        # its complement: "le ministre de la Justice X", not "la directrice de l'école Jules-Ferry")
        last = doc[i]
        # "la juge d'instruction X": a kind of office
        bare = i > k + 1 and fold(doc[i - 1].text) in ("de", "d'")
        apposed = (
            comma
            or bracketed
            or _office(last) is not None
            or last.pos_ == "ADJ"
            or last.text[:1].isupper()
            or bare
        )
        if offices and apposed:
            at = offices[0] if comma else offices[-1]
            begin = at
            while begin > k + 1 and (doc[begin - 1].pos_ == "ADJ" or fold(doc[begin - 1].text) in _FORMER):
                begin -= 1
            det = begin - 1 if begin > k + 1 and doc[begin - 1].pos_ == "DET" else None
            d = _describe(doc, det, begin, i + 1, comma)
            if d is not None and d.end >= doc[i].idx + len(doc[i].text):
                found.append(d)
    # after the name: "X, ministre de ...", "X (PS), maire de ...", "X est le directeur de ..."
    j = name.end
    if j < len(doc) and doc[j].text == "(":
        close = next((t.i for t in doc[j : min(len(doc), j + 10)] if t.text == ")"), None)
        if close is not None:  # "X (ministre de l'Intérieur)": an office in brackets, not "(PS)"
            det = j + 1 if doc[j + 1].pos_ == "DET" else None
            d = _describe(doc, det, j + 2 if det is not None else j + 1, close)
            if d is not None and d.end == doc[close - 1].idx + len(doc[close - 1].text):
                found.append(d)
        j = close + 1 if close is not None else j
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "qui":
        j += 2  # "X, qui est le directeur de ...": a copula in a relative clause
    copula = j < len(doc) and fold(doc[j].text) in ("est", "etait") and doc[j].pos_ == "AUX"
    if j < len(doc) and (doc[j].text == "," or copula):
        j += 1
        if j + 2 < len(doc) and doc[j].like_num and fold(doc[j + 1].text) == "ans" and doc[j + 2].text == ",":
            j += 3  # "X, 42 ans, infirmière à Rouen": the age before the description
        stop = min(len(doc), j + 14)
        for k in range(j, stop):
            if k in owner or doc[k].is_space or doc[k].is_punct and doc[k].text not in ("'", "’", "-"):
                stop = k
                break
        det = j if j < stop and doc[j].pos_ == "DET" else None
        if copula and det is None:
            return found
        d = _describe(doc, det, j + 1 if det is not None else j, stop, loose=not copula)
        last = doc[stop - 1]
        titled = _office(last) is not None or last.pos_ == "ADJ"
        if d is not None and stop in owner and titled and last.idx + len(last.text) == d.end:
            d = None  # "X, le nouveau vice-président Y,": the title of the name after it
        elif d is not None and _governed(doc, name):
            d = None  # "Pour X, cette attitude est ...", "le parti de X, le fichier ...": a new clause
        elif (
            d is not None
            and name.start >= 2
            and doc[name.start - 1].lower_ in ("et", "ou")
            and name.start - 2 in owner
        ):
            d = None  # "filmé par X et Y, l'ancien complice ...": of either of them
        if d is not None:
            found.append(d)
    return found


def _governed(doc: Doc, name: Span) -> bool:
    """The name is the complement of a preposition ("Pour M. X,", "avec X,", "le parti de X,"): what
    follows its comma opens the clause, it does not describe the name."""
    i = name.start - 1
    while i >= 0 and fold(doc[i].text) in _TITLE_WORDS:
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


# Civilities that may stand between a preposition and a name ("Pour M. Sarkozy").
_TITLE_WORDS = frozenset(["m.", "m", "mme", "mlle", "me", "dr", "pr", "monsieur", "madame"])


def _fits(ref: Description, known: Sequence[Description]) -> bool:
    """A later description may stand for the holder of known ones: the same office (or a synonym),
    both past or both present, and its adjectives and complement among the words the article gave
    that office of theirs, or theirs among its own; a description with an adjective ("le
    président américain") never stands for someone the article gave the office bare ("le
    président"), one with a complement may ("l'avocat du commerçant" for "Me X"). A periphrasis
    ("le chef de l'État") stands for the holder of its office (above)."""
    for head, key, office, needs in _PERIPHRASES:
        if ref.office == head and key <= ref.words:  # "le chef de l'État", "le locataire de Matignon"
            return any(
                k.office == office
                and k.former == ref.former
                and (needs is None or k.words & needs or office == "president" and k.adjectives)
                for k in known
            )
    offices = _SAME_OFFICE.get(ref.office, frozenset([ref.office]))
    same = [k for k in known if k.office in offices and k.former == ref.former]
    if not same:
        return False
    words = frozenset().union(*(k.words for k in same))
    if not words:
        # the office given bare ("Me X", "le président X"): a later one with an adjective or a named
        # institution is a specific office ("le président américain", "le président de l'Autorité
        # de contrôle"), one with a common complement may be theirs ("l'avocat du commerçant")
        return not ref.adjectives and not ref.named
    return not ref.words or ref.words <= words or words <= ref.words


def _titled(text: str, mentions: Sequence[tuple[int, int]]) -> list[Description]:
    """Genders the titles before a person's mentions give ("Mme X", "M. X"), as bare descriptions."""
    out = []
    for start, _ in mentions:
        before = text[max(0, start - 8) : start]
        gender = (
            "F"
            if before.endswith(("Mme ", "Madame "))
            else "M"
            if before.endswith(("M. ", "Monsieur "))
            else None
        )
        if gender:
            out.append(Description("", frozenset(), frozenset(), False, gender, start, start))
    return out


def _gender_of(descriptions: Sequence[Description]) -> str | None:
    genders = {d.gender for d in descriptions if d.gender}
    return genders.pop() if len(genders) == 1 else None


def resolve(
    doc: Doc,
    people: Sequence[Sequence[tuple[int, int]]],
    learned: Sequence[Sequence[Description]],
    prefer_recent: bool = False,
) -> list[Reference]:
    """The definite descriptions of the text that stand for one person (see the module's doc)."""
    owner = _owners(doc, people)
    text = doc.text
    gender = [_gender_of([*learned[p], *_titled(text, people[p])]) for p in range(len(people))]
    out: list[Reference] = []
    for tok in doc:
        low = fold(tok.text).replace("’", "'")
        if low not in _DEFINITE or tok.i + 1 >= len(doc) or tok.i in owner:
            continue
        d = _describe(doc, tok.i, tok.i + 1, min(len(doc), tok.i + 14), loose=True)
        if d is None:
            continue
        end_tok = doc.char_span(d.start, d.end, alignment_mode="expand")
        if end_tok is None or any(t.i in owner for t in end_tok):
            continue  # the phrase names someone itself ("le ministre Paul Roy", "l'avocat de X")
        nxt = end_tok.end
        if nxt < len(doc) and doc[nxt].text == "(":
            nxt = next((t.i + 1 for t in doc[nxt : min(len(doc), nxt + 8)] if t.text == ")"), nxt)
        if nxt < len(doc) and (nxt in owner or doc[nxt].text == "," and nxt + 1 in owner):
            continue  # a title or apposition before a name: the name's own description
        if nxt < len(doc) and fold(doc[nxt].text) in _TITLES:
            continue
        cands = [
            p for p, ds in enumerate(learned)
            if _fits(d, ds) and (d.gender is None or gender[p] in (None, d.gender))
        ]  # fmt: skip
        if not cands:
            continue
        if len(cands) > 1:
            if not prefer_recent:
                continue
            before = [
                (max(s for s, _ in people[p] if s < d.start), p)
                for p in cands
                if any(s < d.start for s, _ in people[p])
            ]
            if not before:
                continue
            cands = [max(before)[1]]
        start = _lowercase(text, d.start, d.end)
        if start is not None:
            out.append(Reference(text[start : d.end], start, d.end, cands[0]))
    return out


def sites(text: str, learned: Sequence[Sequence[Description]]) -> list[Reference]:
    """The descriptions beside each person's name, as references to that person."""
    out = []
    for p, ds in enumerate(learned):
        for d in ds:
            start = _lowercase(text, d.start, d.end)
            if start is not None:
                out.append(Reference(text[start : d.end], start, d.end, p))
    return out


def _lowercase(text: str, start: int, end: int) -> int | None:
    """Where a description's mention starts: at its first lowercase word ("Le Premier ministre" ->
    "ministre"), since a capitalised mention reads as a name; None when it has none ("Le PDG")."""
    while start < end and not text[start].islower():
        cut = [
            c
            for c in (text.find(" ", start, end), text.find("'", start, end), text.find("’", start, end))
            if c >= 0
        ]
        if not cut:
            return None
        start = min(cut) + 1
    return start if start < end else None
