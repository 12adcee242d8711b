"""English clauses read without a parser: sentences, a verb's subject, reported clauses, trimmed spans."""

from __future__ import annotations

import re

from recoupe.language.quotes_en.lexicon import (
    _ABBREV,
    _AUX,
    _CLAUSE_OPENERS,
    _CUE,
    _NAME,
    _NP_OPENERS,
    _OPENING,
    _PREPOSITIONS,
    _PRONOUN,
    _PRONOUNS,
    _ROLE_NP,
    _SAYING,
    _words,
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a line break, or . ! ? (with closing marks) before a space and
    a capital, a digit or an opening mark; not after an abbreviation or an initial (U.S., Oct., J.)."""
    out, start = [], 0
    for m in re.finditer(r"\n+|[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[A-Z0-9])", text):
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            w = word.group(1) if word else ""
            if w in _ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", w):
                continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


_INSET = re.compile(r"\s*(?:who|which|whose|the|a|an|\d+\b)[^,]{0,120}$")
_ADVERBIAL = re.compile(
    r"\s*(?:On|In|At|During|After|Before|Last|This|Earlier|Later|Meanwhile|However|But|And|Yet|So|Still|Also|"
    r"Instead|Then|When|While|As|Since|Asked|Speaking|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b"
)


def _before_insets(segment: str) -> int | None:
    """Where the subject ends in `X, the chair, who ..., ` (the segment ending with the insets and a
    comma): the first comma after which only insets follow, unless what comes before it is an
    adverbial (`On Monday, the Daily, the party's paper,` → `the Daily`); None when there are none."""
    parts = segment.split(",")
    if len(parts) < 3 or parts[-1].strip():
        return None
    for i in range(1, len(parts) - 1):
        if all(_INSET.match(p) for p in parts[i:-1]):
            head = parts[i - 1]
            if head.strip() and not _ADVERBIAL.match(head) and not head.strip().isdigit():
                return len(",".join(parts[:i]))
    return None


def _subject(text: str, start: int, end: int, insets: int = 3) -> tuple[str, int] | None:
    """The noun phrase that ends at `end` (the words before a verb) within text[start:end]: after
    the last comma, colon or conjunction, aux words dropped; None when it is not a short phrase.
    A relative clause or an apposition between commas stands between a subject and its verb
    (`Jo Ray, who led the talks, said`, `Jo Ray, 45, a nurse, said`, `Jo Ray, the chair, said`)."""
    segment = text[start:end]
    if insets:
        np_end = _before_insets(segment)
        if np_end is not None:
            return _subject(text, start, start + np_end, insets - 1)
    cut = max(
        segment.rfind(","),
        segment.rfind(":"),
        segment.rfind(";"),
        segment.rfind("—"),
        segment.rfind("”"),
        segment.rfind('"'),
    )
    offset = start + cut + 1
    phrase = segment[cut + 1 :]
    phrase = re.sub(rf"\s+{_AUX}$", " ", phrase + " ").rstrip()
    inner = list(re.finditer(rf"\b(?:{_CUE}|that)\s+", phrase))
    if inner:  # "She said he then announced": the subject of the last verb
        offset += inner[-1].end()
        phrase = phrase[inner[-1].end() :]
    sub = list(
        re.finditer(r"\b(?:after|before|when|while|because|since|until|once|although|though)\s+", phrase)
    )
    if sub:  # "a month after the officials announced": the subject of the subordinate clause
        offset += sub[-1].end()
        phrase = phrase[sub[-1].end() :]
    lead = re.match(
        r"\s*(?:(?:and|but|so|then|while|as|because|when|although|though|yet|if|since|after|before|which|who)\s+)*",
        phrase,
        re.I,
    )
    skip = lead.end() if lead else 0
    phrase, offset = phrase[skip:], offset + skip
    words = phrase.split()
    if not words or len(words) > 8:
        return None
    first = words[0].lower()
    if (
        words[0][:1].islower()
        and first not in _NP_OPENERS
        and first not in _PRONOUNS
        and not (
            (len(words) <= 4 or (len(words) <= 7 and "and" in words))
            and re.fullmatch(r"[a-z]+[^s]s", words[-1])
        )
        and not (
            re.fullmatch(rf"(?:[a-z][\w’'-]*\s+){{1,2}}{_NAME}", phrase.strip())
            and not any(w in _DETERMINERS or w in _PREPOSITIONS or w in _LINKS for w in words)
        )
    ):
        # a verb or an adverb, not a subject (plural nouns pass: "county officials said"; so does a
        # role before a name: "commuter Ann Lee said")
        return None
    return phrase, offset


def _bare_clause(clause: str, lemma: str) -> bool:
    """A clause after a verb without `that`: verbs of saying take one after any subject (`said the
    department is ...`); others often take a noun object (`indicated a positive stance`), so only a
    pronoun subject opens a clause there (`confirmed it completed ...`)."""
    if lemma in _SAYING:
        return _clause_ok(clause) or bool(_ELLIPTIC.fullmatch(clause.strip().rstrip(".!")))
    first = clause.split()[0].lower() if clause.split() else ""
    pronoun = first in ("he", "she", "it", "they", "we", "i", "you", "there")
    return _clause_ok(clause) and (pronoun or _finite(clause))


# An elliptic clause: "Asked if it mattered, she said it did." / "said they would not".
_ELLIPTIC = re.compile(
    r"(?:he|she|they|it|we|I)\s+(?:do|does|did|would|will|was|were|is|are|had|has|have|could|can|should)"
    r"(?:\s+not|n[’']t)?"
)
_FINITE = _words("is was were are has had have will would could can should must did does may might")
_DETERMINERS = _words(
    "the a an its his her their our my your this that these those some any no every each to be"
)
_SECOND_NP = _words("the a an this these those his her their its our my your he she they we i you it")
_LINKS = _words("like unlike as than and or but nor so yet")
_SUBORDINATORS = _words("who which that whose when where while because if whom")


def _finite(clause: str) -> bool:
    """Whether a subject and its verb open the clause (`the new plan was to ...`, `his daughter, Ann
    Lee, joined ...`) rather than a noun object (`a strong preference for ...`): a finite verb
    (an auxiliary, or a past form after a noun) within its first words, before any comma or
    relative word; a past form counts only before any preposition (`a stance on allowing married
    couples`)."""
    head = re.sub(
        r"^([^,]{1,60}),\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s", r"\1 ", clause
    )  # apposition
    words = head.split()[:12]
    prepositional = False
    for i, w in enumerate(words):
        bare = w.lower().strip(",;:.")
        if bare in _SUBORDINATORS:
            return False
        past = re.fullmatch(r"[a-z]{2,}ed", bare) and words[i - 1].lower() not in _DETERMINERS
        if i >= 1 and (bare in _FINITE or (past and not prepositional)):
            # "maintains its own monitor and reported ...": a second verb of the sentence's subject
            return words[i - 1].lower() not in _LINKS
        # "highlights the detour (that) the drivers / he will take": a second subject before any verb
        # makes a relative clause of the object, not a clause reported
        if i >= 1 and bare in _SECOND_NP and words[i - 1].lower() not in _PREPOSITIONS:
            return False
        prepositional = prepositional or bare in _PREPOSITIONS
        if w.endswith((",", ";", ":")):
            return False
    return False


def _clause_ok(clause: str) -> bool:
    words = clause.split()
    if len(words) < 4 or clause[:1] in _OPENING:
        return False
    first = words[0].lower().strip('“"‘')
    return first in _CLAUSE_OPENERS or words[0][:1].isupper() or words[0][:1].isdigit()


def _trim(text: str, s: int, e: int, keep_stop: bool = False) -> tuple[int, int]:
    if keep_stop:  # a paragraph of a direct quote: only the blanks and marks around it go
        while e > s and text[e - 1] in " \n\t,;:":
            e -= 1
        while s < e and text[s] in ' \n\t“"‘':
            s += 1
        return s, e
    while e > s and text[e - 1] in ' \n\t.,;:!?”"’)':
        e -= 1
    tail = re.search(r"[,;]?\s+(?:though|although|but|and|while|whereas|as|even\s+as)$", text[s:e])
    if tail:
        e = s + tail.start()
        while e > s and text[e - 1] in " \n\t.,;:":
            e -= 1
    while s < e and text[s] in ' \n\t“"‘':
        s += 1
    return s, e


def _source(words: str) -> str:
    """`the documents obtained under the Act` → `the documents`: a source ends before a participle or
    a relative clause that describes it."""
    m = re.search(
        r"\s+(?:that|which|who|obtained|published|released|seen|reviewed|cited|presented|provided|quoted)\b",
        words,
    )
    return words[: m.start()] if m else words


def _leading_subject(text: str, s_start: int, at: int) -> tuple[str, int] | None:
    """The subject opening a sentence (after an opening adverbial and its comma) for a participle
    cue later in it: `But Ishiba brushed Tamaki off, saying ...` → Ishiba."""
    head = text[s_start:at]
    skip = re.match(
        r"\s*(?:(?:But|And|So|Yet|However|Meanwhile|Still|Then|Instead)\b,?\s*)?(?:(?:In|On|At|During|After|Before|When|While|As|Speaking|Asked|Last|This|Earlier|Later)\b[^,]{0,80},\s*)?",
        head,
    )
    pos = skip.end() if skip else 0
    m = re.match(
        rf"(?P<np>{_PRONOUN}|(?:(?:The|A|An|Her|His|Their|Its|Our|the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,4}}?)?{_NAME}|{_ROLE_NP})",
        head[pos:],
    )
    if m is None:
        return None
    return m["np"], s_start + pos
