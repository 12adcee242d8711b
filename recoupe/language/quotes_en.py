"""English quotes by patterns: no English parser ships offline, so cues and speakers are read from
the words around the quote.

- Direct quotes (a pair of quote marks, at least four words) take the speaker named beside them:
  after the closing mark (`"...," said X`, `"...," X said Tuesday`, `"...," he adds`), before the
  opening mark in the same sentence (`X said: "..."`, `..., saying, "..."`), or, with nothing
  beside them, the speaker of the quote just before when they open a paragraph or follow it in the
  same paragraph (a statement quoted over several paragraphs).
- Indirect quotes run from the clause after a reporting verb to the end of its sentence: `X said
  (that) ...` (`that` may be left out when a subject opens the clause; `in an email`, `Tuesday`,
  `in a statement` may stand between), `X explained the changes: ...`, `..., saying/noting that
  ...`, a sentence closed by `, X said.` / `, estimates X, CEO of ...`, and `according to X`
  before or after the sentence it sources. Quote marks inside such a clause (`said its plan was
  being "adjusted."`) make one mixed quote, not a direct one.
- Speakers: a name (titles such as `Economy Minister` dropped, the fuller name the article gives
  when it gives one), `he`/`she`/`they` (the nearest person named before), `the minister` (the
  person the article names with that title), else the noun phrase itself (`the documents`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.language import marks
from recoupe.model import Entity, Quote


def _words(line: str) -> frozenset[str]:
    return frozenset(line.split())


# Reporting verbs (present and past forms); "told" takes an object (told reporters, told the Times).
_VERBS = (
    "say", "tell", "add", "write", "state", "insist", "warn", "claim", "announce", "deny", "explain",
    "note", "argue", "confirm", "reply", "respond", "estimate", "highlight", "indicate", "stress",
    "acknowledge", "admit", "comment", "tweet", "suggest", "maintain", "assert", "predict", "concede",
    "emphasize", "emphasise", "report", "testify", "recall", "observe", "contend", "caution", "declare",
    "allege", "complain", "point out", "agree", "reiterate", "counter", "clarify",
)  # fmt: skip
_IRREGULAR = {"say": ("said", "says", "say"), "tell": ("told", "tells"), "write": ("wrote", "writes"),
              "deny": ("denied", "denies"), "reply": ("replied", "replies"),
              "clarify": ("clarified", "clarifies")}  # fmt: skip


def _forms(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if " " in verb:
        head, rest = verb.split(" ", 1)
        return tuple(f"{f} {rest}" for f in _forms(head))
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    third = verb + "es" if verb.endswith(("s", "sh", "ch")) else verb + "s"
    return past, third


_LEMMA = {form: verb for verb in _VERBS for form in _forms(verb)}
# "told reporters", "told the Times", "told Jo Ray", and an outlet or programme with the role of the one
# told before the name: "told CNN anchor Jo Ray", "told "CBS This Morning" co-host Jo Ray".
_TOLD_WORD = r"[A-Z](?:[\w’'-]|\.(?=\w))*"  # a capitalised word; a stop only inside it (U.S), never the last
_TOLD_OBJ = (
    r"(?:reporters|journalists|me|us|him|her|them"
    rf"|(?:[“\"][^”\"\n]{{1,40}}[”\"]|{_TOLD_WORD}(?:\s+{_TOLD_WORD}){{0,3}})"
    r"\s+(?:(?!(?:on|in|at|by|that|the|a|an|this|last|about|of|for|and|after|before|during|earlier|later)\b)[a-z][\w’'-]*\s+){1,2}"
    rf"{_TOLD_WORD}(?:\s+{_TOLD_WORD}){{0,3}}"
    rf"|(?:the|a|an)\s+(?:[\w’'-]|\.(?=\w))+(?:\s+{_TOLD_WORD})*|{_TOLD_WORD}(?:\s+{_TOLD_WORD})*)"
)
_CUE = (
    r"(?:told|tells)\s+(?>"  # atomic: "told Jo Ray, ..." never gives back "Ray" to the clause
    + _TOLD_OBJ
    + ")"
    + "|"
    + "|".join(
        re.escape(f) for f in sorted((f for f in _LEMMA if f not in ("told", "tells")), key=len, reverse=True)
    )
)
_CUE_RE = rf"(?P<cue>{_CUE})"
# Words that may stand between a subject and its verb ("has also said", "previously told").
_AUX = r"(?:(?:has|have|had|also|previously|later|then|only|again|once|repeatedly|recently|publicly|would|will|did|does|do|since|first|initially|originally|already|just|reportedly|officially)\s+)*"
# What may stand between the verb and the clause: when, where, how it was said.
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|last\s+week|this\s+week)"
_MEDIUM = r"(?:statement|email|e-mail|interview|release|news\s+release|letter|memo|post|press\s+conference|conference|briefing|speech|call|proclamation|report|message|video|tweet|filing|note|blog\s+post|op-ed)"
_ADJUNCT = (
    rf"(?:,?\s*(?:on\s+)?{_DAYS}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|,?\s*(?:in|on|at|during|via|through|after|before)\s+(?:a|an|the|his|her|their|its|this|that|Monday's|Tuesday's)\s+(?:[\w’'-]+\s+){{0,3}}?{_MEDIUM}(?:\s+(?:to|with|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)?"
    r"|,?\s*(?:only|also|again|repeatedly|publicly|privately|previously|separately|recently|later|then))*"
)
# A capitalised word, or an initial or abbreviation with its stop ("J.", "Mr.", "U.S."): a word
# that ends a sentence ("told Dagens Nyheter. In") keeps its stop out.
_NAME_WORD = r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Jr|Gen|Col|Lt|Sgt|Capt|Prof)\.|[A-Z][\w’'-]*)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|bin|al|da|del|la|le)[ \t]+)?{_NAME_WORD}){{0,4}}"
_PRONOUN = r"(?:he|she|they|He|She|They)\b"
_ROLE_NP = r"(?:the|a|an|The|A|An)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*"
# Unnamed people in the plural, without an article: "officials at the hospital", "county officials", "police".
_PLURAL_NP = (
    r"(?:[a-z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*[^\Ws]s|police|people|staff)"
    r"(?:\s+(?:at|of|for|from|with|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
)
_WHO = rf"(?P<who>{_PRONOUN}|(?:(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?)?{_NAME}|{_ROLE_NP}|{_PLURAL_NP})"

# After a closing mark: "," said X / X said / he adds (the sentence goes on or ends there).
_AFTER_CUE_FIRST = re.compile(
    rf"^[,.!?…]?\s*(?:{_CUE_RE})\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,4}}?(?P<who>{_NAME}|{_PRONOUN})\b"
)
_AFTER_WHO_FIRST = re.compile(rf"^[,.!?…]?\s*(?P<who>{_PRONOUN}|{_NAME}|{_ROLE_NP})\s+{_AUX}(?:{_CUE_RE})\b")
# A signature closing the paragraph: "..." - Ben Wilson -  /  "..." — Ann Lee
_AFTER_DASH = re.compile(rf"^\s*[-–—]+\s*(?P<who>{_NAME})\s*[-–—]*\s*$")
# A question put to someone: "...?" King asked (Scott). / "...?" asked the host.
_ASKED = re.compile(rf"^[,.!?…]?\s*(?:(?:{_PRONOUN}|{_NAME}|{_ROLE_NP})\s+{_AUX}asked|asked)\b")
# Before an opening mark: X said: / X said, / saying, / according to X,
_BEFORE = re.compile(
    rf"(?:(?P<part>saying|adding|noting|insisting|arguing|warning|explaining|declaring|replying|responding)|{_CUE_RE}|[Aa]ccording\s+to\s+(?P<src>[^,.:;]{{2,80}}))(?:{_ADJUNCT}|\s+(?:of|about)\s+[^,:;“\"]{{2,80}})\s*[,:]?\s*$"
)
# A sentence closed by its attribution: "..., X said Tuesday." / "..., estimates X, CEO of ...".
_INCISE_WHO_FIRST = re.compile(rf",\s+{_WHO}\s+{_AUX}{_CUE_RE}(?:{_ADJUNCT})\s*[.!]?[”\"]?\s*$")
_INCISE_CUE_FIRST = re.compile(
    rf",\s+{_CUE_RE}\s+(?P<who>(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?{_NAME})(?:,[^.]*)?[.!]?\s*$"
)
_CLAUSE_OPENERS = _words(
    "he she it they we i you there this that these those the a an all its his her their our my your some many "
    "most no more about several each every both few one two three four five any much such nobody nothing none "
    "everyone everybody anyone somebody someone"
)  # fmt: skip
_SAYING = _words("say tell write add insist warn claim argue estimate predict admit")
_NP_OPENERS = _words("the a an multiple many some several both most all")
_PARTICIPLES = r"saying|adding|noting|insisting|arguing|warning|explaining|claiming|stressing|acknowledging|suggesting|admitting|declaring|asserting|contending"
_PRONOUNS = {"he", "she", "they"}
# Title and function words that are not part of a person's name.
_TITLES = _words(
    "President Prime Minister Secretary Governor Gov Gov. Sen Sen. Senator Rep Rep. Representative Mayor "
    "Judge Justice Chief Economy Foreign Finance Defense Defence Interior Health Trade General Attorney "
    "Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Professor CEO Chairman Chairwoman Chair Director Spokesperson "
    "Spokesman Spokeswoman Commissioner Chancellor Ambassador Leader Speaker Deputy Vice Premier King Queen "
    "Prince Pope Rabbi Father Sir Lord Lady Captain Col. Lt. Sgt. Officer Detective Coach Pastor Bishop"
)  # fmt: skip
_FUNCTION = _words(
    "The A An And But Or So Yet However Although Though When While As After Before If Since Because In On At "
    "During For From With Without By Of To Then Meanwhile Still Also Instead Earlier Later Last This That "
    "These Those It He She They We I You Her His Their Its Our There Here Why What How Where Who Asked Speaking Some Many All Most "
    "Under Over Despite Unlike Like Across Amid Among Against Until Unless Whether "
    "Every Each Other More Several Few"
)  # fmt: skip
_ORG_WORDS = _words(
    "Government Board Canada Street Act Party Council Ministry Department Court University Citizen Law "
    "Agency Office Bank Commission Committee Association Institute News Times Post Press Union States "
    "Republic Kingdom Nation Nations Service Services Group Company Corp Inc Ltd Club League Cup"
)  # fmt: skip
# Heads of a definite noun phrase naming one person by function ("the government spokesman"): with
# no name given that title, it is the person the article was quoting ("the 45-year-old" too).
_PERSON_ROLE = (
    r"(?:spokesman|spokeswoman|spokesperson|minister|secretary|president|official|chairman|chairwoman|"
    r"director|chief|executive|senator|governor|mayor|lawyer|attorney|prosecutor|judge|officer|manager|"
    r"founder|leader|premier|chancellor|ambassador|commander|coach|economist|analyst|professor|"
    r"\d+-year-old)"
)
_PARTICLES = _words("de van von bin al da del la le der den di du")
_OPENING = "\"“‘'«"  # a clause opening with a quote mark is a direct quote, read as one
_PREPOSITIONS = _words("of for from at in on under with by to about through")
_ABBREV = _words(
    "Mr Mrs Ms Dr Gov Sen Rep St Jr Sr Inc Co Corp Ltd No vs Prof Gen Col Lt Sgt Capt Jan Feb Mar Apr Jun "
    "Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave Blvd Dept Univ est approx"
)  # fmt: skip


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


class _Speakers:
    """Speaker names and ids: titles dropped, fuller names, pronouns and role nouns resolved."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        quoted: list[tuple[int, int]],
        sents: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.people: list[tuple[int, str, str | None]] = []  # (position, name, entity id)
        self.by_surname: dict[str, tuple[str, str | None]] = {}
        persons = []
        for e in entities:
            name = self.clean(e.name)
            words = name.split()
            titled = e.type == "MISC" and e.name.split()[0] in _TITLES  # "Coach Ann Lee" typed MISC
            if (
                (e.type != "PER" and not titled)
                or not words
                or any(w.strip("’'s") in _ORG_WORDS for w in words)
            ):
                continue
            persons.append((e, name))
            if len(words) >= 2:
                known = self.by_surname.get(words[-1])
                if known is None or len(name) > len(known[0]):
                    self.by_surname[words[-1]] = (name, e.id)
        for e, name in persons:
            if len(name.split()) < 2:  # one word: a person only as the surname of a full name
                if name not in self.by_surname:
                    continue
                name = self.by_surname[name][0]
            for m in e.mentions:
                if not any(s <= m.start < t for s, t in quoted) and _opens_clause(text, sents, m.start):
                    self.people.append((m.start, name, e.id))
        self.people.sort()
        self.said: list[tuple[int, str, str | None]] = []  # speakers attributed so far
        self.reported: list[tuple[int, int]] = []  # the spans of indirect quotes found so far

    @staticmethod
    def clean(name: str) -> str:
        words = re.sub(r"[’']s$", "", name.strip(" ,.")).split()
        while words and words[0] in _FUNCTION:
            words = words[1:]
        # a name has no lowercase word but its particles: "PSPC spokesperson Ann Lee" → "Ann Lee"
        cut = max(
            (i + 1 for i, w in enumerate(words) if w in _TITLES or (w[:1].islower() and w not in _PARTICLES)),
            default=0,
        )
        if cut < len(words):
            words = words[cut:]
        return " ".join(words)

    def resolve(self, who: str, at: int) -> tuple[str | None, str]:
        """(entity id, name) for the words naming a speaker at offset `at`."""
        raw = who.strip()
        if raw.lower() in _PRONOUNS:
            return self.nearest(at) or (None, raw)
        if raw[:1].islower() or raw.split()[0] in ("The", "A", "An"):
            role = self.role(raw, at)
            if role:
                return role
            if re.fullmatch(rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,3}}{_PERSON_ROLE}", raw):
                said = [c for c in self.said if c[0] < at]
                last = max(said, default=None)
                if last is not None and len({c[1] for c in said}) == 1:
                    # "the spokesman said" in an article quoting one person so far: that person
                    return last[2], last[1]
            tail = re.search(rf"{_NAME}$", raw)
            article = raw.split()[0].lower() in ("the", "a", "an")
            if tail is None or (not article and len(raw[: tail.start()].split()) > 2):
                return None, raw
            between = raw[: tail.start()].split()[1 if article else 0 :]  # "commuter Ann Lee": Ann Lee
            if any(w in _PREPOSITIONS for w in between) or not all(w[:1].islower() for w in between):
                return None, raw
            raw = tail.group()
        name = self.clean(raw)
        if not name:
            return None, raw
        full = self.by_surname.get(name.split()[-1])
        if full and (len(name.split()) == 1 or full[0].endswith(name)):
            return full[1], full[0]
        ent = next((i for p, n, i in self.people if at - 2 <= p <= at + len(raw) and n == name), None)
        return ent, name

    def nearest(self, at: int) -> tuple[str | None, str] | None:
        """The person last named as a subject (opening a sentence or a clause, outside quotes) or
        last given words before `at`: `he` is who the text was speaking of, not a name in passing."""
        best: tuple[int, str, str | None] | None = None
        # a name inside someone's reported words ("he said her daughter, Ann Lee, joined") is not
        # who the text is speaking of
        people = [c for c in self.people if not any(s <= c[0] < e for s, e in self.reported)]
        for cand in people + self.said:
            if cand[0] < at and (best is None or cand[0] >= best[0]):
                best = cand
        return (best[2], best[1]) if best else None

    def role(self, phrase: str, at: int) -> tuple[str | None, str] | None:
        """`the prime minister` → the person the text names `Prime Minister X` (or `X, the prime
        minister`) before `at`; None when it names none."""
        words = phrase.split()[1:]
        if not words or len(words) > 4 or re.fullmatch(r"[A-Za-z]+[^\Wsu]s", words[-1]):
            return None  # plural ("the officials"): a group, not the one person titled so
        role = r"\s+".join(re.escape(w) for w in words)
        before = self.text[:at]
        found = None
        for m in re.finditer(
            rf"(?i:{role})\s+(?P<name>{_NAME})|(?P<name2>{_NAME}),\s+(?:the\s+)?(?i:{role})\b", before
        ):
            found = m
        if found is None:
            return None
        name = self.clean(found.group("name") or found.group("name2"))
        if not name or name.split()[0][:1].islower():
            return None
        full = self.by_surname.get(name.split()[-1])
        return (full[1], full[0]) if full else (None, name)

    def note(self, at: int, who: tuple[str | None, str]) -> tuple[str | None, str]:
        if who[1] and who[1].lower() not in _PRONOUNS and who[1][:1].isupper():
            self.said.append((at, who[1], who[0]))
        return who


def _opens_clause(text: str, sents: list[tuple[int, int]], at: int) -> bool:
    """A mention in subject position: at most a few words (a title, a conjunction) between the start
    of its sentence, or of the clause after a comma, and the mention."""
    s_start = next((s for s, e in sents if s <= at < e), at)
    head = text[s_start:at]
    head = head[head.rfind(",") + 1 :]
    return len(head.split()) <= 5


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


def _lemma(cue: str) -> str:
    if cue.lower().startswith("according"):
        return "according to"
    word = cue.split()[0].lower()
    return _LEMMA.get(word, _LEMMA.get(cue.lower(), word))


def extract(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct, indirect and mixed quotes with their speakers (see the module docstring)."""
    sents = _sentences(text)
    marked = [(s, e) for s, e in marks.spans(text)]
    speakers = _Speakers(text, entities, marked, sents)
    indirect = _indirect(text, sents, speakers)
    out: list[Quote] = []
    previous: Quote | None = None
    for start, end in marked:
        # quote marks inside an indirect clause that began before them: one mixed quote
        if any(q.start < start - 3 and end <= q.end + 2 for q in indirect):
            continue
        words = text[start:end]
        if len(words.split()) < 4 and not _is_quote(words):
            continue
        close = end + 1 if end < len(text) and text[end] in '"”’»' else end
        if words.rstrip().endswith("?") and _ASKED.match(text[close : close + 80]):
            previous = None  # a question: the words that follow answer it, they do not continue it
            continue
        found = _direct_speaker(text, start, end, sents, speakers)
        if len(words.split()) < 4:
            open_at = start - 1 if start > 0 and text[start - 1] in '"“‘«' else start
            s_start = next((s for s, e in sents if s <= open_at < e), 0)
            lead = text[s_start:open_at].rstrip()
            if found is None or (lead and lead[-1] not in ",:"):
                continue  # a few words are a quote only with their own attribution, not inside a sentence
        before = [q for q in indirect if q.end <= start]
        if before and (previous is None or before[-1].start > previous.start):
            previous = before[-1]  # the last words reported, direct or not
        if found is None and previous is not None:
            gap = text[previous.end : start]
            para_start = text.rfind("\n", 0, start) + 1
            opens_paragraph = not text[para_start : start - 1].strip()
            if (opens_paragraph and gap.count("\n\n") <= 1 and len(gap) < 300) or (
                "\n" not in gap and len(gap) < 120
            ):
                found = (previous.speaker_id, previous.speaker_name or "", previous.cue or "say")
        if found is None:
            continue
        sid, sname, cue = found
        speakers.note(start, (sid, sname))
        # a quote over several paragraphs ("“...  ¶ “...”) is one quote per paragraph
        for m in re.finditer(r"[^\n]+", text[start:end]):
            s, e = _trim(text, start + m.start(), start + m.end(), keep_stop=True)
            if e > s and (s == start or len(text[s:e].split()) >= 2):
                previous = Quote(text[s:e], s, e, True, sid, sname, _lemma(cue), cue.startswith("denie"))
                out.append(previous)
    for q in indirect:
        if not any(d.start < q.end and q.start < d.end for d in out):
            out.append(q)
    return sorted(out, key=lambda q: q.start)


def _direct_speaker(
    text: str, start: int, end: int, sents: list[tuple[int, int]], speakers: _Speakers
) -> tuple[str | None, str, str] | None:
    close = end + 1 if end < len(text) and text[end] in '"”’»' else end
    s_end = next((e for s, e in sents if s <= end - 1 < e), len(text))
    after = text[close : min(s_end, close + 160)] if close < s_end else ""
    m = _AFTER_CUE_FIRST.match(after) or _AFTER_WHO_FIRST.match(after)
    dash = None if m else _AFTER_DASH.match(text[close : text.find("\n", close) % (len(text) + 1)])
    if dash:
        who = speakers.resolve(dash["who"], close + dash.start("who"))
        return who[0], who[1], "say"
    if m:
        if text[start:end].rstrip(" ,").endswith("?") and _lemma(m["cue"]) in ("reply", "respond"):
            return None  # the question put to the one who answers
        who = speakers.resolve(m["who"], close + m.start("who"))
        return who[0], who[1], m["cue"]
    open_at = start - 1 if start > 0 and text[start - 1] in '"“‘«' else start
    s_start = next((s for s, e in sents if s <= open_at < e), 0)
    # the end of a quote before it in the sentence; a title or scare quote ("CBS This Morning") is no quote
    prev_close = (
        max(
            (e for s, e in marks.spans(text[s_start:open_at]) if _is_quote(text[s_start + s : s_start + e])),
            default=0,
        )
        + s_start
    )
    prefix = text[max(s_start, prev_close) : open_at]
    b = _BEFORE.search(prefix)
    if b is None:
        return None
    base = max(s_start, prev_close)
    if b["src"]:
        who = speakers.resolve(_source(b["src"]), base + b.start("src"))
        return who[0], who[1], "according to"
    if b["part"]:
        subj = _leading_subject(text, s_start, base + b.start())
    else:
        subj = _subject(text, base, base + b.start())
    if subj is None:
        return None
    who = speakers.resolve(subj[0], subj[1])
    return who[0], who[1], b["cue"] or b["part"]


def _is_quote(words: str) -> bool:
    """Quoted words that are speech, not a title or scare quote: four words or more, or fewer
    closed by their punctuation inside the marks ("No, not really,")."""
    return len(words.split()) >= 4 or words.rstrip()[-1:] in ",.!?…"


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


def _indirect(text: str, sents: list[tuple[int, int]], speakers: _Speakers) -> list[Quote]:
    found: list[Quote] = []
    marked = speakers.quoted

    def add(s: int, e: int, who: tuple[str | None, str], cue: str, at: int) -> None:
        # "X stressed the decision changes nothing, while the League condemned it": another subject's
        # clause after ", while" is not what X said
        other = re.search(r",\s+(?:while|whereas)\s+(?:the\s+)?[A-Z]", text[s:e])
        if other:
            e = s + other.start()
        s, e = _trim(text, s, e)
        short = e - s < 15 and not _ELLIPTIC.fullmatch(text[s:e])
        if short or any(q.start < e and s < q.end for q in found):
            return
        speakers.note(at, who)
        speakers.reported.append((s, e))
        found.append(
            Quote(text[s:e], s, e, False, who[0], who[1], _lemma(cue), cue.lower().startswith("denie"))
        )

    for s_start, s_end in sents:
        sentence = text[s_start:s_end]
        # According to X, CLAUSE.  /  CLAUSE, according to X.
        acc = re.match(
            r"\s*(?:(?:But|And|Yet|So|Still|However|Now|Also),?\s+)?[Aa]ccording\s+to\s+(?P<src>[^,.;:]{2,160}),\s+",
            sentence,
        )
        if acc and _clause_ok(sentence[acc.end() :]):
            who = speakers.resolve(_source(acc["src"]), s_start + acc.start("src"))
            add(s_start + acc.end(), s_end, who, "according to", s_start)
            continue
        acc = re.search(
            r",\s+according\s+to\s+(?P<src>[^,.;:]{2,90}?)(?:,|\s+(?:that|which|who|published|obtained)\b|[.;:]?\s*$)",
            sentence,
        )
        if acc and len(sentence[: acc.start()].split()) >= 5:
            who = speakers.resolve(_source(acc["src"]), s_start + acc.start("src"))
            add(s_start, s_start + acc.start(), who, "according to", s_start)
            continue
        # CLAUSE, X said (Tuesday).  /  CLAUSE, estimates X, CEO of ...
        inc = _INCISE_WHO_FIRST.search(sentence) or _INCISE_CUE_FIRST.search(sentence)
        if inc and len(sentence[: inc.start()].split()) >= 5 and not sentence.lstrip().startswith(("“", '"')):
            words = inc.group("who")
            if (
                words.split()[0][:1].isupper()
                or words.split()[0].lower() in ("the", "a", "an", "he", "she", "they")
                or re.fullmatch(_PLURAL_NP, words)
            ):
                who = speakers.resolve(words, s_start + inc.start())
                add(s_start, s_start + inc.start(), who, inc["cue"], s_start)
                continue
        # X said (that) CLAUSE / X explained the changes: CLAUSE / ..., saying that CLAUSE
        heads = []
        for m in re.finditer(
            rf"\b{_CUE_RE}(?P<adj>{_ADJUNCT})(?P<that>\s+that\b|\s*:|(?:\s+[\w’'-]+){{1,4}}:)?\s+", sentence
        ):
            at = s_start + m.start()
            if (m.start() > 0 and sentence[m.start() - 1] in '“"‘') or any(a <= at < b for a, b in marked):
                continue
            clause = sentence[m.end() :]
            if _lemma(m["cue"]) == "tell" and re.search(
                r"\b(?:was|were|been|being|is|are|be|get|got)\s+$", sentence[: m.start()]
            ):
                continue  # "they were told ...": the ones told, not the speaker
            # "officials announced a four-day week for most staff": the thing announced is reported
            announced = _lemma(m["cue"]) == "announce" and re.match(
                r"(?:a|an|the|its|their|his|her|new)\s", clause
            )
            if not m["that"] and not announced and not _bare_clause(clause, _lemma(m["cue"])):
                continue
            if m["that"] and (len(clause.split()) < 3 or clause[:1] in _OPENING):
                continue
            subj = _subject(text, s_start, at)
            if subj is not None:
                heads.append((m, subj))
        # "While X have said CLAUSE, MAIN CLAUSE": the words reported end with the subordinate clause
        subordinate = re.match(
            r"\s*(?:While|Although|Though|Even\s+though|Whereas|Because|Since|If|When|Once|Unless)\b",
            sentence,
        )
        for i, (m, subj) in enumerate(heads):
            end = heads[i + 1][1][1] if i + 1 < len(heads) else s_end
            comma = sentence.find(",", m.end())
            if subordinate and "," not in sentence[: m.start()] and comma > 0:
                end = min(end, s_start + comma)
            if (
                _lemma(m["cue"]) == "announce"
                and not m["that"]
                and not _bare_clause(sentence[m.end() :], "announce")
            ):
                stop = re.search(r"\s*[(,;:—–]", sentence[m.end() :])  # a noun phrase: up to its first break
                if stop:
                    end = min(end, s_start + m.end() + stop.start())
            who = speakers.resolve(subj[0], subj[1])
            add(s_start + m.end(), end, who, m["cue"], subj[1])
        if not heads:
            part = re.search(rf",\s+(?P<cue>{_PARTICIPLES})(?P<that>\s+that\b|\s+(?=[a-zA-Z]))\s*", sentence)
            rest = sentence[part.end() :] if part else ""
            if part and (
                _clause_ok(rest)
                or ("that" in part["that"] and len(rest.split()) >= 3 and rest[:1] not in '“"')
            ):
                subj = _leading_subject(text, s_start, s_start + part.start())
                if subj is not None:
                    who = speakers.resolve(subj[0], subj[1])
                    add(s_start + part.end(), s_end, who, part["cue"], subj[1])
    return found
