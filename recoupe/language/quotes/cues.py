"""Cues: the tokens of a sentence that report speech, and whether a cue is an incise, subordinate, a condition."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from recoupe.language.quotes.lexicon import _DEMONSTRATIVE, _SUBJ, _lemma, _reporting

# Present-tense cues of an incise after a closing quote ("», juge Mme Binet"), which the tagger
# sometimes reads as nouns ("juge", "note").
_INCISE_FORMS = frozenset(
    ["jure", "juge", "note", "souligne", "ajoute", "affirme", "estime", "explique", "précise", "insiste", "confie", "assure", "poursuit", "conclut", "argumente", "martèle", "rappelle", "indique", "dit", "tranche", "résume", "observe", "reconnaît", "commente", "avance", "regrette", "déplore", "prévient", "raconte", "répond", "relève"]
)


# Verbs that report speech only as an incise after the quote ("», a lancé X"); elsewhere they
# mostly mean something else ("lancer une offensive").
_INCISE_ONLY = frozenset(["défendre", "défendu", "rapporter", "rapporté", "lancer", "lâcher", "glisser", "ironiser", "tonner", "résumer", "trancher", "s'exclamer", "exclamer", "s'insurger", "insurger", "renchérir", "plaider", "interroger", "s'interroger", "soupirer", "lancé", "lâché", "glissé", "tranché", "renchéri", "plaidé", "résumé"])


# Reporting verbs whose reflexive form says nothing ("s'ajouter", "se confirmer", "s'annoncer").
_REFLEXIVE_NOT_SAID = frozenset(["ajouter", "confirmer", "préciser", "révéler", "annoncer", "expliquer", "rappeler", "répéter", "poursuivre", "conclure", "apprendre", "écrire", "noter", "signaler", "avancer", "constater", "proclamer", "prétendre", "avouer", "attester", "demander"])


def _cues(sent: Span, quoted: list[tuple[int, int]], text: str) -> list[Token]:
    doc = sent.doc
    quoted = [(s, e) for s, e in quoted if s < sent.end_char and sent.start_char < e]  # this sentence's
    out = []
    for t in sent:
        if quoted and any(s <= t.idx < e for s, e in quoted):
            continue
        if t.lower_ == "dit" and t.i > sent.start and doc[t.i - 1].lower_ in ("autrement", "soit"):
            continue  # "Autrement dit : ...", "soit dit en passant": a link phrase, no one speaks
        participle = "Part" in t.morph.get("VerbForm", [])  # (read once: the morphology is parsed on each call)
        if (
            participle and "Past" in t.morph.get("Tense", [])
            and not any(c.dep_.startswith("aux") for c in t.children)
            and (t.dep_ == "acl" or any(c.dep_ == "obl:agent" for c in t.children))
        ):
            continue  # "des travaux aujourd'hui rejetés par ...": a participle describing a noun reports nothing
        verbal = t.pos_ in ("VERB", "AUX") or participle
        # (a reflexive clitic may stand between: "», s'interroge Marie")
        k = t.i - 1 if t.i >= 1 and doc[t.i - 1].lower_ in ("s'", "s’", "se") else t.i
        if k == t.i and t.i >= 2 and doc[t.i - 1].lemma_ == "être" and doc[t.i - 2].lower_ in ("s'", "s’", "se"):
            k = t.i - 2  # a compound tense: "la croissance s'est poursuivie", "», s'est-il indigné"
        after_quote = k >= 2 and doc[k - 1].text == "," and doc[k - 2].text in "»”\""
        if not after_quote and k >= 3 and doc[k - 1].lower_ in ("a", "avait", "ont", "avaient"):
            # "», a relayé la chaîne" (not "Le fichier, qui ... « ... », a suscité un tollé": its subject came first)
            after_quote = doc[k - 2].text == "," and doc[k - 3].text in "»”\"" and not any(
                c.dep_ in _SUBJ and c.i < t.i and not any(s <= c.idx < e for s, e in quoted) for c in t.children
            )  # (a noun of the quote the parser made the subject is none: "« Une pensée ... », a tweeté X")
        incise_only = verbal and (t.lemma_.lower() in _INCISE_ONLY or t.lower_ in _INCISE_ONLY) and _is_incise(t, text)
        # "a fait savoir que", "font remarquer que", "fait observer que"
        made_known = t.lemma_ in ("savoir", "remarquer", "observer") and any(
            w.lemma_ == "faire" for w in doc[max(sent.start, t.i - 3) : t.i] if w.i == t.i - 1 or doc[w.i + 1].pos_ == "ADV"
        ) or (
            t.lemma_ == "savoir" and t.i > sent.start and doc[t.i - 1].lemma_ == "vouloir" and t.i + 1 < sent.end
            and doc[t.i + 1].lower_ in ("si", "s'", "s’", "pourquoi", "comment", "quand", "combien", "où")
        )  # (an adverb may come between: "font ainsi remarquer"; "ont voulu savoir pourquoi ...")
        if k < t.i and not after_quote and _lemma(t) in _REFLEXIVE_NOT_SAID:
            continue  # "A ce chiffre s'ajoutent ...", "la tendance se confirme": nothing is said
        # ("..., note aussi la Drees.": the tagger may read a present-tense incise as a noun)
        after_comma = k >= 1 and doc[k - 1].text == "," and t.lower_ in _INCISE_FORMS and _closing_subject(t)
        # "« ... », peut-on lire dans Les Échos", "lit-on sur le site": what an impersonal "on" reads
        read = (
            t.lemma_ == "lire" and any(w.lower_ in ("-on", "-t-on", "t-on", "on") for w in doc[max(sent.start, t.i - 3) : t.i + 2])
            and _READ_IN.match(text, t.idx + len(t.text)) is not None
        )  # (a source must follow: "« ... », peut-on lire." leaves the quote to the clause before)
        # "X parle d'une « génération sacrifiée »": speaking of something in one's own quoted words
        named_so = t.lemma_ == "parler" and t.pos_ == "VERB" and _QUOTED_NEXT.match(text, t.idx + len(t.text)) is not None
        if verbal and _reporting(t) or t.lower_ in _INCISE_FORMS and (after_quote or after_comma) or incise_only or made_known or read or named_so:
            out.append(t)
        elif after_quote and _incise_word(t):
            out.append(t)  # "», assène Antony Fastier", "», écrit l'agence": any verb of an incise
        elif t.is_alpha and t.text.islower() and t.pos_ in ("VERB", "NOUN", "ADJ") and _INVERTED_AFTER_QUOTE.search(text, max(0, t.idx - 30), t.idx):
            out.append(t)  # "», a-t-il rassuré": any participle of an inverted incise
    return out


_QUOTED_NEXT = re.compile(r"\s+(?:de\s+|d['’]\s*|du\s+|des\s+)(?:(?:un|une|la|le|les|l['’])\s*)?[«“\"]")
# Where an impersonal "on" reads something: "lit-on dans", "peut-on lire sur Le Point".
_READ_IN = re.compile(r"(?:-t)?(?:-on)?\s+(?:dans|sur|via|chez)\s")
_INVERTED_AFTER_QUOTE = re.compile(
    r"[»”\"]\s*,\s*(?:a|avait|ont|avaient|aurait)-t-(?:il|elle|on)\s*$|[»”\"]\s*,\s*(?:ont|avaient)-(?:ils|elles)\s*$"
    r"|[»”\"]\s*,\s*s['’]\s*(?:est|était|sont|étaient)-(?:il|elle|ils|elles|on)\s*$"  # "», s'est-il indigné"
)


def _closing_subject(t: Token) -> bool:
    """A short noun phrase (a determiner or a name first, adverbs allowed before it) follows `t` and
    ends its sentence or clause: ", note aussi la Drees.", ", relève l'IPR, mais ..."."""
    i = t.i + 1
    while i < len(t.doc) and t.doc[i].pos_ == "ADV":
        i += 1
    if i >= len(t.doc) or t.doc[i].pos_ not in ("DET", "PROPN") or t.doc[i].lower_ in ("des", "du", "de", "d'", "d’"):
        return False
    for j in range(i + 1, min(len(t.doc), i + 8)):
        if t.doc[j].text in (".", ",", ";", "!", "?") or t.doc[j].is_sent_start:
            return True
        if t.doc[j].pos_ in ("VERB", "AUX", "SCONJ"):
            return False
    return i + 1 >= len(t.doc)


def _incise_word(t: Token) -> bool:
    """A lowercase word right after « ... », whose subject follows it: a verb of saying the lexicon
    may not list ("», assène X", "», ironise le ministre"); never a link word or a determiner."""
    # (a verb the tagger took for an auxiliary, "», soufflait X", is one when it governs no verb)
    lone_aux = t.pos_ == "AUX" and not t.dep_.startswith("aux") and t.lemma_ not in ("être", "avoir")
    if not t.is_alpha or not t.text.islower() or t.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "ADV", "AUX") and not lone_aux:
        return False
    if t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    if nxt.text == ",":  # "», soufflait, ce week-end, un entrepreneur": past the adverbial
        close = _adverbial_between_commas(t, nxt, t.sent)
        if close < 0:
            return False
        nxt = t.doc[close + 1]
    return nxt.pos_ == "PROPN" or (nxt.pos_ == "DET" and nxt.lower_ not in ("des", "du", "de", "d'", "d’"))


# Conjunctions that open a clause of time, cause or contrast ("alors que", "parce que", "si").
_SUBORDINATE_MARKS = frozenset(["alors", "tandis", "parce", "puisque", "puisqu'", "puisqu’", "si", "s'", "quand", "lorsque", "lorsqu'", "lorsqu’", "bien", "même"])


def _subordinate(cue: Token) -> bool:
    """The cue heads a clause of time, cause or contrast ("alors que 86 % des Français réclament")."""
    return any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in cue.children)


def _conditional(cue: Token) -> bool:
    """The cue heads a condition ("si elle estime que ..."), not a concession ("même si X a dit que")."""
    return any(
        (c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") or c.lower_ in ("il", "ils") and c.i > 0 and c.nbor(-1).lower_ in ("s'", "s’"))
        and not (c.i > 1 and c.doc[c.i - 1 if c.dep_ == "mark" else c.i - 2].lower_ == "même")
        for c in cue.children
    )  # (the parser reads "s'il estime" as a reflexive "s'")


# (an object clitic may open the incise: "», lui a dit X", "», nous a confié X")
_CLITIC = r"(?:(?:lui|leur|nous|vous|me|m['’]|te|t['’])\s*)?"
_INCISE = re.compile(r"[,»”\"]\s*" + _CLITIC + r"(?:(?:a|avait|ont|avaient|aurait|s['’]est|s['’]était|se\s+sont|s['’]|se)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s*)?(?:fait\s+)?$")


# A quote closed a few words before an incise in the same line ('« ... les personnes » autorisées à
# entrer dans le fichier, a déclaré X'): the incise's content is there even when the parser cut
# the sentence at the closing mark.
_QUOTE_THEN_INCISE = re.compile(r"[»”\"][^«»“”\"\n.!?]{0,80},\s*(?:a|avait|ont|avaient)\s+$")


_RELATIVE = frozenset(["qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"])


def _is_incise(cue: Token, text: str) -> bool:
    """"..., a ajouté Peskov", "», note Jean Veil", "..., a-t-il déclaré": the verb follows its content,
    which is a whole clause (a finite verb or a quote), and only a short subject follows the verb."""
    head = text[max(0, cue.idx - 30) : cue.idx]
    if not _INCISE.search(head):
        return False
    if re.search(_CLITIC.replace(")?", ")") + r"$", head) and re.match(r"(?:-t)?-on\b", text[cue.idx + len(cue.text) :]):
        return False  # ", nous dit-on": hearsay, no one speaks
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.lower_ in ("que", "qu'", "qu’"):
        return False  # ", estimant que ...": the content follows, this is no incise
    if "Pres" in cue.morph.get("Tense", []) and "Part" in cue.morph.get("VerbForm", []):
        return False
    sent = cue.sent
    # (a relative clause's verb makes no clause of content: "une mère, qui a souhaité garder
    # l'anonymat, raconte avoir ...": its subject comes first)
    relative = {
        w.i for t in sent
        if t.i < cue.i - 1 and t.dep_ == "acl:relcl" and any(c.lower_ in _RELATIVE for c in t.children)
        for w in t.subtree
    }  # fmt: skip
    before = [t for t in sent if t.i < cue.i - 1]
    clause = any(
        ("Fin" in t.morph.get("VerbForm", [])
         or t.pos_ in ("VERB", "AUX") and bool(t.morph.get("Mood", [])))  # ("doit" with no VerbForm but a mood)
        and t.i not in relative
        for t in before
    ) or bool(re.search(r"[»”\"]\s*,?\s*\S*\s*$", head)) or bool(_QUOTE_THEN_INCISE.search(text, max(0, cue.idx - 100), cue.idx))
    if re.search(r"[»”\"]\s*,?\s*" + _CLITIC + r"(?:(?:a|avait|ont|avaient|aurait|s['’]est|s['’]était|se\s+sont|s['’]|se)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s*)?$", head):
        return True  # «...», a déclaré Fatna, 33 ans, lors d'une rencontre ...
    subjects = [c for c in cue.children if c.dep_ in _SUBJ]
    inverted = re.search(r"-t-\w+\s*$|\b(?:on|il|elle)\s*$", head) is not None  # "a-t-on appris"
    for c in subjects if all(c.i < cue.i for c in subjects) and not inverted else ():
        if c.lower_ not in ("qui", "que", "qu'", "qu’") and not (c.pos_ in ("VERB", "AUX") or any(k.dep_.startswith("aux") for k in c.children)):
            # (a clause the parser took for the subject is the incise's content: "X a téléphoné ...,
            # a rapporté la télévision")
            between = [t for t in cue.doc[c.right_edge.i + 1 : cue.i] if not (t.is_punct or t.pos_ in ("AUX", "ADV"))]
            closed = any(t.text in "»”" or t.text == '"' and t.i > c.i for t in cue.doc[c.i : cue.i])
            if not between and not closed:
                # "L'Association (Afub), qui estime ..., avait demandé": its subject phrase comes first
                # (not a noun inside a quote: '« ... les personnes » autorisées ..., a déclaré X')
                return False
    tail = []
    for t in sent[cue.i + 1 - sent.start :]:
        if t.lower_ in ("qui", "dont", "lequel", "laquelle"):
            break  # "estime Berne qui se rallie à ...": the speaker's own relative clause
        if not t.is_punct:
            tail.append(t)
    return clause and len(tail) <= 12


def _adverbial_between_commas(cue: Token, comma: Token, sent: Span) -> int:
    """ "pointait, d'ailleurs, hier soir, Paul Roy": an adverbial set off by commas right after an
    inverted cue (words the cue governs as a circumstance, no verb) is skipped to reach its subject.
    The index of the closing comma, else -1."""
    doc = cue.doc
    for close in doc[comma.i + 1 : min(sent.end, comma.i + 8)]:
        if close.text != ",":
            continue
        inner = [t for t in doc[comma.i + 1 : close.i] if not t.is_punct or t.text == "-"]
        if not inner or close.i + 1 >= sent.end or doc[close.i + 1].is_punct:
            return -1

        def circumstance(t: Token, end: int = close.i) -> bool:
            while t.head.i != t.i and t.head.i != cue.i and comma.i < t.head.i < end:
                t = t.head
            return t.head.i == cue.i and t.dep_.startswith(("obl", "advmod")) or t.pos_ == "ADV"

        # (else, whatever the parse: a phrase opened by an adverb, a preposition or a demonstrative,
        # with no verb and no name: "d'ailleurs", "ce matin", "dans un communiqué")
        opened = inner[0].pos_ in ("ADV", "ADP") or inner[0].lower_ in _DEMONSTRATIVE
        loose = opened and not any(t.pos_ in ("VERB", "AUX", "PROPN") or t.text[:1].isupper() for t in inner)
        if not loose and not all(circumstance(t) and t.pos_ not in ("VERB", "AUX") for t in inner):
            return -1
        more = _adverbial_between_commas(cue, close, sent)  # ", d'ailleurs, hier soir, X"
        return max(more, close.i)
    return -1
