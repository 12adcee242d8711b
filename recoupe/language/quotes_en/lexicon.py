"""English reporting verbs, word lists, and the patterns of where a speaker stands by a quote."""

from __future__ import annotations

import re


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


def _lemma(cue: str) -> str:
    if cue.lower().startswith("according"):
        return "according to"
    word = cue.split()[0].lower()
    return _LEMMA.get(word, _LEMMA.get(cue.lower(), word))
