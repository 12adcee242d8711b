"""Plain-text helpers of the comparison layer: sentence spans, French stems, name keys, cue lexicons."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

# A sentence ends at . ! ? or … (maybe followed by a closing quote) before a capital, an opening quote
# or a digit. The lookbehind cannot see abbreviations, so `_is_abbreviation` filters them afterwards.
_INLINE_END = re.compile(r"[.!?…][\"»”’]?(?=\s+[«\"“A-ZÀ-ÖØ-Ý0-9])")
_BLANK = re.compile(r"\n[ \t]*\n")
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mlle",
    "dr",
    "st",
    "ste",
    "me",
    "mgr",
    "gén",
    "col",
    "cf",
    "etc",
    "p",
    "no",
}
_TERMINAL = re.compile(r"[.!?…:;][\"»”’)]?\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)

# Words that carry no content for alignment (articles, pronouns, auxiliaries, reporting verbs).
STOPWORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "l",
        "au",
        "aux",
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "que",
        "qu",
        "qui",
        "quoi",
        "dont",
        "où",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "notre",
        "nos",
        "votre",
        "vos",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "se",
        "s",
        "y",
        "en",
        "ne",
        "pas",
        "plus",
        "moins",
        "très",
        "aussi",
        "ainsi",
        "alors",
        "dans",
        "sur",
        "sous",
        "par",
        "pour",
        "avec",
        "sans",
        "entre",
        "vers",
        "chez",
        "depuis",
        "pendant",
        "avant",
        "après",
        "contre",
        "selon",
        "lors",
        "est",
        "sont",
        "été",
        "être",
        "était",
        "étaient",
        "sera",
        "seront",
        "serait",
        "ont",
        "a",
        "avait",
        "avaient",
        "aura",
        "auraient",
        "avoir",
        "fait",
        "faire",
        "ayant",
        "tout",
        "tous",
        "toute",
        "toutes",
        "même",
        "autre",
        "autres",
        "comme",
        "si",
        "bien",
        "encore",
        "déjà",
        "cependant",
        "toutefois",
        "également",
        "lui",
        "eux",
        "celui",
        "celle",
        "ceux",
        "celles",
        "cela",
        "ça",
        "ceci",
        "soit",
        "soient",
        "fut",
        "fût",
        "furent",
        "eu",
        "eue",
        "eus",
        "étant",
        "aurait",
        "auront",
        "aie",
        "ait",
        "aient",
        "sommes",
        "êtes",
        "suis",
        "es",
        "a",
        "déclaré",
        "dit",
        "ajouté",
        "précisé",
        "affirmé",
        "indiqué",
        "annoncé",
        "estimé",
        "souligné",
        "expliqué",
        "écrit",
        "assuré",
        "confirmé",
        "the",
        "of",
        "and",
        "to",
        "in",
        "on",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "by",
        "with",
        "that",
        "this",
        "it",
        "as",
        "at",
        "from",
        "has",
        "have",
        "had",
    ]
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text with its offsets into the body it was cut from."""

    text: str
    start: int
    end: int
    block: int  # index of the paragraph (blank-line separated block) it belongs to
    heading: bool = False


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation (M., Mme.) or an initial (J. Vance)."""
    i = dot
    while i > 0 and (text[i - 1].isalpha()):
        i -= 1
    word = text[i:dot]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _line_breaks(block: str) -> list[int]:
    """Offsets (in `block`) where a single newline also ends a sentence or a heading line."""
    breaks: list[int] = []
    pos = 0
    lines = block.split("\n")
    for n, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[n + 1].lstrip()
        stripped = line.strip()
        if not stripped or not nxt or _TERMINAL.search(stripped) and not stripped.endswith(":"):
            breaks.append(pos)
        elif nxt[0].isupper() and len(stripped.split()) <= 14 and stripped[-1] not in ',(«"“-–':
            # A short line with no final punctuation before a capitalised line: a heading or a byline.
            breaks.append(pos)
    return breaks


# A participle of saying after a comma opens a second clause with its own content ("..., affirmant que
# des milliers de soldats sont encerclés"); so does a semicolon.
_CLAUSE = re.compile(
    r"(?:,\s+(?=(?:qualifiant|affirmant|ajoutant|soulignant|précisant|estimant|expliquant|assurant|"
    r"indiquant|déclarant|annonçant|estimant|rappelant)\b)|;\s+)"
)
# Clauses shorter than this stay with their sentence: they would not state anything alone.
_MIN_CLAUSE_WORDS = 6


# "Douze blessés selon les autorités, quinze selon les salariés": a second count of the same thing by
# another party opens its own clause, so the two figures can be set against each other. The clause
# after the comma starts with a number and names who gives it within a few words.
_COUNTER_FIGURE = re.compile(
    r",\s+(?=(?:\d[\d\u202f\u00a0 .,]*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)\b)\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:selon|d['’]après|according to)\b)",
    re.IGNORECASE,
)


def counter_figure_cut(text: str) -> int | None:
    """Offset of the clause giving another party's count ("..., quinze selon les salariés"), if any."""
    m = _COUNTER_FIGURE.search(text)
    if m is None or not re.search(r"\b(?:selon|d['’]après|according to)\b", text[: m.start()], re.IGNORECASE):
        return None
    return m.end()


def _clauses(span: Span, body: str) -> list[Span]:
    """Split a long sentence at its reporting participles and semicolons, keeping offsets."""
    if span.heading:
        return [span]
    raw = body[span.start : span.end]
    counter = counter_figure_cut(raw)
    if counter is not None:
        left = raw[:counter].rstrip().rstrip(",").rstrip()
        return [
            Span(" ".join(left.split()), span.start, span.start + len(left), span.block),
            Span(" ".join(raw[counter:].split()), span.start + counter, span.end, span.block),
        ]
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(raw)] + [len(raw)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    if len(pieces) == 1 or any(len(raw[a:b].split()) < _MIN_CLAUSE_WORDS for a, b in pieces):
        return [span]
    out = []
    for a, b in pieces:
        piece = raw[a:b].rstrip().rstrip(",;").rstrip()
        out.append(Span(" ".join(piece.split()), span.start + a, span.start + a + len(piece), span.block))
    return out


def sentences(body: str) -> list[Span]:
    """Cut `body` into sentences and headings, with offsets; page layout newlines inside a sentence are kept."""
    spans: list[Span] = []
    block_start = 0
    blocks = [*_BLANK.finditer(body), None]
    for block_no, sep in enumerate(blocks):
        block_end = sep.start() if sep is not None else len(body)
        block = body[block_start:block_end]
        cuts = {0, len(block), *_line_breaks(block)}
        for m in _INLINE_END.finditer(block):
            if block[m.start()] == "." and _is_abbreviation(block, m.start()):
                continue
            cuts.add(m.end())
        edges = sorted(cuts)
        for a, b in zip(edges, edges[1:], strict=False):
            piece = block[a:b]
            text = piece.strip()
            if not text:
                continue
            lead = len(piece) - len(piece.lstrip())
            start = block_start + a + lead
            whole_line = (start == 0 or body[start - 1] == "\n") and body[
                start + len(text) : start + len(text) + 1
            ] in ("", "\n")
            heading = (
                whole_line
                and not _TERMINAL.search(text)
                and text[-1] not in '»"”’'
                and len(text.split()) <= 14
            )
            spans.extend(
                _clauses(Span(" ".join(text.split()), start, start + len(text), block_no, heading), body)
            )
        if sep is not None:
            block_start = sep.end()
    return spans


def fold(word: str) -> str:
    """Lower case without accents: 'Kiev' and 'kiév' fold to the same key."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


def words(text: str) -> list[str]:
    """Words of `text`, elided articles removed (l'armée -> armée)."""
    return [_ELISION.sub("", w) for w in _WORD.findall(text)]


def stems(text: str) -> list[str]:
    """Content stems of `text`: French Snowball stems of the non-stopwords, folded (accent-free)."""
    out = []
    for w in words(text):
        low = w.lower()
        if len(low) < 3 or low in STOPWORDS or low.isdigit():
            continue
        out.append(_stem(low))
    return out


@lru_cache(maxsize=262_144)
def _stem(word: str) -> str:
    # The pure-Python Snowball stemmer costs ~0.1 ms a word; a news story repeats its words, so the
    # cache takes stemming from most of the comparison's time to a few percent.
    return fold(_stemmer().stemWord(word))


def name_key(word: str) -> str:
    """A spelling-tolerant key for names: Gontcharovka and Goncharovka give the same key."""
    key = fold(word)
    for a, b in (
        ("tch", "ch"),
        ("tsch", "ch"),
        ("sch", "ch"),
        ("dj", "j"),
        ("ou", "u"),
        ("y", "i"),
        ("w", "v"),
        ("k", "c"),
        ("h", ""),
    ):
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def names(text: str) -> set[str]:
    """Name keys of the capitalised words of `text` that do not start it (a cheap proper-noun guess)."""
    found = set()
    for i, w in enumerate(words(text)):
        if i > 0 and w[:1].isupper() and len(w) >= 4 and w.lower() not in STOPWORDS:
            found.add(name_key(w))
    return found


_NUMBER_WORDS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "cent": 100,
    "mille": 1000,
}
# "les deux pays", "ces trois jours": a number word after a determiner names a known set, not a count.
_DETERMINERS = {"les", "des", "ces", "leurs", "nos", "vos", "aux"}
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u202f\u00a0.]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_DATE_CONTEXT = re.compile(
    r"^\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|h\b|heures?\b)",
    re.IGNORECASE,
)


def numbers(text: str) -> list[tuple[float, str]]:
    """(value, following word) of the counts written in `text`, skipping years and days of the month.

    A fallback for when the language layer gave no figures: '28 drones' -> (28.0, 'drones').
    """
    found: list[tuple[float, str]] = []
    for m in _NUMBER.finditer(text):
        after = text[m.end() :]
        if _DATE_CONTEXT.match(after):
            continue
        raw = re.sub(r"[ \u202f\u00a0]", "", m.group(1))
        raw = raw.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) else raw.replace(",", ".")
        value = float(raw)
        if 1900 <= value <= 2100 and value.is_integer():
            continue  # a year
        nxt = words(after[:40])
        found.append((value, fold(nxt[0]) if nxt else ""))
    for w_index, w in enumerate(words(text)):
        if w.lower() in _NUMBER_WORDS and not (w_index and words(text)[w_index - 1].lower() in _DETERMINERS):
            rest = words(text)[w_index + 1 : w_index + 2]
            found.append((float(_NUMBER_WORDS[w.lower()]), fold(rest[0]) if rest else ""))
    return found


# Denial: the source says a claim is false (nier, démentir, réfuter, démenti, fausses informations).
DENIAL = re.compile(
    r"\b(?:ni(?:é|ée|és|ées|e|ent|ant|er)|dément\w*|démenti\w*|réfut\w*|contest(?:e|ent|é|ée|ant)|rejet(?:te|tent|é|ée)"
    r"|fausses? informations?|infondé\w*|mensong\w*|contredi\w*|en contradiction|denie[sd]?|deny|false"
    r"|contradict\w*|at odds with)\b",
    re.IGNORECASE,
)
# A denial whose object points back ("a nié ces affirmations", "denied that account") answers the
# sentence before it.
ANAPHORIC_OBJECT = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:ces|cette|cet|that|this|these|those)\b", re.IGNORECASE)
# Attribution: someone is reported as saying or announcing it.
ATTRIBUTION = re.compile(
    r"\b(?:selon|d'après|d’après|a\s+(?:déclaré|dit|affirmé|annoncé|indiqué|précisé|ajouté|écrit|estimé|"
    r"souligné|expliqué|assuré|confirmé|qualifié|décrit|cité|fait savoir|revendiqué|démenti|nié|alerté|"
    r"mis en garde|appelé|demandé|exhorté|insisté|noté|reconnu)|ont\s+(?:déclaré|dit|affirmé|annoncé|"
    r"indiqué|précisé|ajouté|confirmé|revendiqué|démenti|nié)|déclare|affirme|annonce|confirme|"
    r"affirmant|ajoutant|soulignant|qualifiant|estimant|précisant|déclarant|said|says|told|according to)\b",
    re.IGNORECASE,
)
# Speculation, judgement and guessed motives: the marks of commentary rather than reporting.
COMMENTARY = re.compile(
    r"\b(?:pourrai(?:t|ent)|devrai(?:t|ent)|sembl\w*|para[iî]t|peut-être|sans doute|sans aucun doute|"
    r"probablement|vraisemblablement|apparemment|à première vue|reste à savoir|il est possible|"
    r"clairement|évidemment|malheur\w*|désespér\w*|est contraint\w*|cherche\w* à|son image|"
    r"pourrait bien|au détriment|à double tranchant|might|could|perhaps|arguably)\b",
    re.IGNORECASE,
)
# A heading or byline that opens an analysis or opinion section.
ANALYSIS_HEADER = re.compile(
    r"\b(?:analy[sz]e|analysis|décryptage|éclairage|éditorial|editorial|opinion|point de vue|chronique|"
    r"tribune)\b",
    re.IGNORECASE,
)
