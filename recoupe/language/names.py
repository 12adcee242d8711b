"""Name normalisation: accent folding, titles, and transliteration variants (Poutine = Putin)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Courtesy titles and functions written before a name ("M. Poutine", "le président Poutine").
_TITLE_WORDS = """m. m mr. mr mrs. mrs ms. ms mme mme. mlle dr dr. pr. me sir lord président présidente
    president premier chancelier chancelière ministre minister secrétaire secretary général general
    sénateur sénatrice senator député députée gouverneur governor roi reine king queen pape pope
    prince princesse maréchal ông bà herr frau señor colonel lieutenant capitaine monsieur madame le la les l' the"""

# Spelling variants between French, English and German transliterations of Slavic names, applied
# in this order to a folded lowercase name (longest first so "tsch" is not read as "ts"+"ch").
_TRANSLIT = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("dj", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ou", "u"),
    ("yi", "i"),
    ("iy", "i"),
    ("ij", "i"),
    ("ie", "i"),
    ("y", "i"),
    ("w", "v"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without accents, apostrophes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


TITLES = frozenset(fold(w) for w in _TITLE_WORDS.split())
_ARTICLES = frozenset(["le", "la", "les", "the"])


def strip_titles(name: str) -> str:
    """The name without leading titles: "M. Vladimir Poutine" -> "Vladimir Poutine"."""
    words = name.replace("’", "'").split()
    while len(words) > 1 and fold(words[0]) in TITLES:
        if fold(words[0]) in _ARTICLES and words[0][0].isupper() and fold(words[1]) not in TITLES:
            break  # "Le Pen", "La Fontaine": a capitalised article before a name is part of it
        words = words[1:]
    if len(words) > 1 and fold(words[0]).startswith("l'"):
        words[0] = words[0][2:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A spelling-insensitive key for one word: Poutine/Putin -> "putin", Kiev/Kyiv -> "kiv"."""
    key = _NON_WORD.sub("", fold(word).replace("-", " ")).replace(" ", "")
    for src, dst in _TRANSLIT:
        key = key.replace(src, dst)
    key = _DOUBLE.sub(r"\1", key)
    # A final mute "e" is a French ending of a transliterated name (Poutine, Zelenske is rare).
    if len(key) > 4 and key.endswith("e"):
        key = key[:-1]
    return key


@lru_cache(maxsize=65536)
def acronym_key(word: str) -> str:
    """The key of an acronym: the spelling rules of `translit_key` ("Crif" for the initials "crijf")
    without merging doubled letters or dropping a final "e" ("PCC" is not "PC")."""
    key = _NON_WORD.sub("", fold(word).replace("-", " ")).replace(" ", "")
    for src, dst in _TRANSLIT:
        key = key.replace(src, dst)
    return key


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as transliteration keys, titles removed."""
    words = strip_titles(name).replace("-", " ").split()
    return tuple(k for k in (translit_key(w) for w in words) if k)


def slug(name: str) -> str:
    """A readable id part: "Vladimir Poutine" -> "vladimir-poutine"."""
    return "-".join(_NON_WORD.sub(" ", fold(name)).split()) or "x"


# Words an acronym usually skips ("Agence française de lutte contre le dopage" is AFLD) and the
# prepositions that open a name's complement ("Jeux olympiques | de Pékin": JO de Pékin).
_FUNCTION = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "la",
        "le",
        "les",
        "l",
        "et",
        "à",
        "au",
        "aux",
        "en",
        "pour",
        "sur",
        "par",
        "contre",
        "of",
        "the",
        "and",
        "for",
    ]
)
_PREPOSITIONS = frozenset(
    ["de", "du", "des", "d", "à", "au", "aux", "en", "pour", "sur", "contre", "of", "for"]
)
_ELISION = re.compile(r"^[dlDL]['’]")


def _words(name: str) -> list[str]:
    """The words of a name without titles, elided articles split off ("d'Italie" -> "d", "Italie")."""
    out: list[str] = []
    for w in strip_titles(name).replace("’", "'").split():
        if _ELISION.match(w) and len(w) > 2:
            out += [w[0], w[2:]]
        else:
            out.append(w)
    return out


def is_acronym(word: str) -> bool:
    """An all-capital word of two to eight letters ("JO", "CCTV", "AFLD")."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def acronyms(name: str) -> set[str]:
    """The acronyms a multi-word name may be shortened to (folded lowercase): the initials of all its
    words, of its content words, and of the content words before its complement."""
    words = _words(name)
    if len(words) < 2 or any(is_acronym(w) for w in words):
        return set()
    folded = [fold(w) for w in words]
    content = [w for w in folded if w not in _FUNCTION]
    head: list[str] = []
    for w in folded:
        if w in _PREPOSITIONS and head:
            break
        if w not in _FUNCTION:
            head.append(w)
    forms = {"".join(w[0] for w in folded), "".join(w[0] for w in content), "".join(w[0] for w in head)}
    return {f for f in forms if len(f) >= 2}


def abbreviates(short: str, long: str) -> bool:
    """`short` is an abbreviation of `long`: its acronym ("AFLD", "Farc", "JO" for the head of "Jeux
    olympiques de Pékin") or its syllables ("SocGen": "Société générale")."""
    words = _words(short)
    if len(words) != 1:
        return False
    word = words[0]
    if fold(word) in acronyms(long):
        return True
    parts = re.findall(r"[A-ZÀ-Ý][a-zà-ÿ]+", word)
    if len(parts) < 2 or "".join(parts) != word:
        return False
    content = [fold(w) for w in _words(long) if fold(w) not in _FUNCTION]
    return len(content) >= len(parts) and all(
        c.startswith(fold(p)) for p, c in zip(parts, content, strict=False)
    )


def other_keys(name: str) -> set[tuple[str, ...]]:
    """Further keys of a multi-word name that is not a person's: its content words only ("Tour
    France" for "Tour de France"), and the acronym of its head before its complement ("JO de Pékin"
    for "Jeux olympiques de Pékin")."""
    words = _words(name)
    if len(words) < 2:
        return set()
    out: set[tuple[str, ...]] = set()
    content = tuple(k for w in words if fold(w) not in _FUNCTION and (k := translit_key(w)))
    if len(content) >= 2:
        out.add(content)
    if (short := head_acronym_key(name)) is not None:
        out.add(short)
    return out


def head_acronym_key(name: str) -> tuple[str, ...] | None:
    """The key of a name written with the acronym of its head before its complement ("JO de Pékin"
    for "Jeux olympiques de Pékin"), or None."""
    words = _words(name)
    folded = [fold(w) for w in words]
    cut = next((i for i, w in enumerate(folded) if w in _PREPOSITIONS and i > 0), None)
    if cut is not None and cut >= 2 and not any(is_acronym(w) for w in words[:cut]):
        head = "".join(w[0] for w in folded[:cut] if w not in _FUNCTION)
        rest = tuple(k for w in words[cut:] if (k := translit_key(w)))
        if len(head) >= 2 and rest:
            return (translit_key(head), *rest)
    return None


def is_function_word(word: str) -> bool:
    """An article or preposition ("de", "la", "du"), which never heads a name on its own."""
    return fold(word) in _FUNCTION


def feminine_of(a: str, b: str) -> bool:
    """One first name is the other's feminine form, so two people: Jean/Jeanne, Louis/Louise,
    Michel/Michèle, Daniel/Danielle, Paul/Paula, Frédéric/Frédérique, Mario/Maria (the transliteration key drops
    a final mute "e", so it cannot tell them apart). Spelling variants (Steve/Steven) are not."""
    a, b = fold(a), fold(b)
    if len(a) > len(b):
        a, b = b, a
    if a == b or len(a) < 3:
        return False
    if b.startswith(a) and b[len(a) :] in ("e", a[-1] + "e", "a", "ine", "ette"):
        return True
    if len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"o", "a"}:
        return True  # Mario/Maria, Francesco/Francesca
    return a.endswith("c") and b == a[:-1] + "que"


def first_word(name: str) -> str:
    """The folded first word of a name without its titles ("jeanne" for "Mme Jeanne Morel")."""
    words = strip_titles(name).split()
    return fold(words[0]) if words else ""


def gender_clash(names: Iterable[str], others: Iterable[str]) -> bool:
    """A person named `names` is not the person named `others`: a first name of one is the
    feminine form of a first name of the other, and they share no first name ("Jeanne Morel" or
    "Jeanne" alone beside "Jean Morel")."""
    mine = {first_word(n) for n in names} - {""}
    theirs = {first_word(n) for n in others if len(strip_titles(n).split()) > 1} - {""}
    return not mine & theirs and any(feminine_of(a, b) for a in mine for b in theirs)


def head_words(name: str) -> tuple[str, ...]:
    """The content words of a name before its complement, as keys ("jeu", "olimpiqu" for "Jeux
    olympiques de Pékin"): what its acronym abbreviates."""
    out: list[str] = []
    for w in _words(name):
        f = fold(w)
        if f in _PREPOSITIONS and out:
            break
        if f not in _FUNCTION and (k := translit_key(w)):
            out.append(k)
    return tuple(out)
