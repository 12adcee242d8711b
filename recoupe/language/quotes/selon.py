"""Attribution by "selon X" / "d'après X": of a sentence, after "selon laquelle", of a direct quote."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from recoupe.language.quotes.lexicon import _CLAUSE_WORD, _NO_SOURCE, _POUR_LEAD, _SELON, _SELON_LEAD
from recoupe.language.quotes.records import _Speaker
from recoupe.language.quotes.resolver import _Resolver
from recoupe.language.quotes.syntax import _source_phrase
from recoupe.model import Quote


def _selon_speaker(sent: Span, text: str, qs: int, resolver: _Resolver) -> _Speaker | None:
    """"Selon son assistante, « ... »": the source named before the quote."""
    m = _SELON.search(text, sent.start_char, qs)
    if m is None:
        # "Pour Manuel Valls (PS), la loi « laisse ... »": only a named person counts after "pour"
        eyes = re.match(r"\s*(?:[AaÀ]|[Pp]our)\s+(?:(?:ses|leurs)\s+yeux|lui|elle|eux|elles)\s*,", text[sent.start_char : qs])
        if eyes is not None:  # "A ses yeux, « ... »", "Pour elle, « ... »": the person spoken of
            return resolver.antecedent(sent.start_char)
        lead = re.match(_POUR_LEAD, text[sent.start_char : qs])
        if lead is None:
            return None
        comma = text.find(",", sent.start_char + lead.end(), qs)
        named = [e for s0, e in resolver.persons if sent.start_char + lead.end() <= s0 < comma]
        if comma > 0 and not named:
            # "Pour le conseiller régional d'Ile-de-France, « ... »": a role standing for a person
            phrase = sent.doc.char_span(sent.start_char + lead.end(), comma, alignment_mode="expand")
            if phrase is not None and _source_phrase(phrase):
                return resolver.speaker(phrase, phrase.start_char)
        return _Speaker(named[0].id, named[0].name) if comma > 0 and named else None
    comma = text.find(",", m.end(), qs)
    source = sent.doc.char_span(m.end(), comma if comma > 0 else qs, alignment_mode="expand")
    return resolver.speaker(source, m.end()) if source is not None else None


# A sentence that ends on its source: "..., selon le parquet de Paris."
_SELON_END = re.compile(
    r",\s*(?:[Ss]elon|[Dd]['’]après)\s+[^,;:!?«»“”\"]{2,80}"
    r"(?:,\s*(?:le|la|les|l['’]|un|une)\s*[^,;:!?«»“”\"]{2,80})?[.!]?\s*$"  # (", le service statistique ...")
)


def _source_at_end(sentence: str) -> bool:
    """ "..., selon le parquet de Paris.": a source closing the sentence, named without a clause of
    its own ("d'après le récit qu'elle livre au Monde" leaves the speaker to the clause)."""
    m = _SELON_END.search(sentence)
    return m is not None and _CLAUSE_WORD.search(m.group(0)) is None


_SELON_AFTER = re.compile(r"\s*[»”\"]?\s*,\s*(?:[Ss]elon|[Dd]['’]après)\s+")


def _selon_after(sent: Span, text: str, qe: int, resolver: _Resolver) -> _Speaker | None:
    """« Vachement bon en affaires », selon un proche du ministre, ...: the source named right after
    the closing mark, up to the next comma or the sentence's end."""
    m = _SELON_AFTER.match(text, qe)
    if m is None or m.end() >= sent.end_char:
        return None
    stop = min((i for i in (text.find(",", m.end(), sent.end_char),) if i > 0), default=sent.end_char)
    source = sent.doc.char_span(m.end(), stop, alignment_mode="contract")
    if source is None or not len(source):
        return None
    own = re.search(r"\b(?:qu['’]|que\s+)(il|elle)\b", source.text)
    if own is not None:  # "d'après le récit qu'elle en fait": the one who tells it
        return resolver.antecedent(m.end(), "F" if own.group(1) == "elle" else "M")
    return resolver.speaker(_trim_end(source), m.end())


# What a source gave, before the source itself: "les informations de la chaîne", "les chiffres de l'Insee".
_WHAT_OF = re.compile(r"(?:les|des)\s+(?:informations|révélations|chiffres|données|estimations|calculs|propos)\s+(?:de\s+|d['’]\s*)(?=(?:la|le|les|l['’])\s*|[A-ZÉ])")


def _trim_end(span: Span) -> Span:
    """The span without its final punctuation."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


def _selon(sent: Span, text: str, resolver: _Resolver) -> Quote | None:
    """"Selon X, content." and "content, selon X." attribute content to X."""
    m = _SELON.search(sent.text)
    if m is None:
        return None
    s0 = sent.start_char
    src_start = s0 + m.end()
    comma = text.find(",", src_start, sent.end_char)
    end = sent.end_char
    while end > s0 and text[end - 1] in " \n.;!?":
        end -= 1
    if re.match(r"(?:elle|lui|eux|elles)\b", text[src_start : src_start + 6]):
        speaker = resolver.antecedent(src_start)
        stop = end
        if speaker is None and text[src_start : src_start + 4] in ("elle", "lui "):
            # "Selon elle, ... . Nadia Benali ne compte pas en rester là.": no one named before, the
            # person the next sentence names (cataphora)
            after = [(s1, e) for s1, e in resolver.persons if sent.end_char <= s1 < sent.end_char + 200]
            if after:
                speaker = resolver.remember(_Speaker(after[0][1].id, after[0][1].name), after[0][0])
        if speaker is None:
            return None
        return Quote(text[s0:stop], s0, stop, False, speaker.id, speaker.name, "selon", False)
    lead = text[s0 : s0 + m.start()]
    relative = re.match(r"(?:lequel|laquelle|lesquels|lesquelles)\b\s*", text[src_start:])
    if relative is not None:
        return _selon_relative(sent, text, s0 + m.start(), src_start + relative.end(), end, resolver)
    if comma > 0 and (m.start() < 3 or re.fullmatch(r"\s*" + _SELON_LEAD, lead)):
        # "Selon X, content" and "En effet, selon X, content"
        source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
        start, stop = comma + 1, end
    else:  # "content, selon X"
        if not re.search(r",\s*(?:(?:toujours|encore|là encore|aussi)\s*)?$", lead) or lead.count("(") > lead.count(")"):
            return None  # "contenant de l'EPO selon des révélations", "(500 euros, selon le procureur)": a detail's source
        source = sent.doc.char_span(src_start, end, alignment_mode="expand")
        start, stop = s0, s0 + m.start()
        while stop > start and text[stop - 1] in " ,":
            stop -= 1
        resumed = sent.doc.char_span(comma + 1, end, alignment_mode="expand") if comma > 0 else None
        if resumed is not None and len(resumed) >= 4 and resumed[0].pos_ in ("ADP", "ADV", "VERB", "AUX", "NUM"):
            # "Cette déclaration a été faite, selon cette source, lors d'un déplacement ...": the
            # source between commas, the whole sentence said
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
            stop = end
        elif resumed is not None and any(
            t.dep_ in ("nsubj", "nsubj:pass") and t.head.i < resumed.end and t.head.i >= resumed.start for t in resumed
        ):
            # "« ... », selon un proche du ministre, le préfet garde la main": the source ends at the
            # comma where a clause of its own begins
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
        elif (
            resumed is not None and resumed[0].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in resumed)
            and not any(comma < s1 < end for s1, _ in resolver.persons) and not any(t.pos_ == "PROPN" for t in resumed)
        ):  # fmt: skip
            # "..., selon la Drees, le service statistique des ministères.": the source without its
            # apposition (kept when it names the person: "selon l'un d'eux, le Français Noël Saez")
            source = sent.doc.char_span(src_start, comma, alignment_mode="expand")
    if source is None or len(text[start:stop].split()) < 3 or _NO_SOURCE.match(source.text):
        return None
    of = _WHAT_OF.match(source.text)
    if of is not None:  # "selon les informations de la chaîne": the channel's
        inner = sent.doc.char_span(source.start_char + of.end(), source.end_char, alignment_mode="contract")
        source = inner if inner is not None and len(inner) else source
    speaker = resolver.speaker(source, src_start)
    if speaker is None:
        return None
    while start < stop and text[start] == " ":
        start += 1
    return Quote(text[start:stop], start, stop, False, speaker.id, speaker.name, "selon", False)


def _selon_relative(sent: Span, text: str, at: int, start: int, end: int, resolver: _Resolver) -> Quote | None:
    """"la thèse de la Société générale selon laquelle la fraude serait ...": what the owner of
    the claim (the complement of the noun before "selon") says."""
    noun = sent.doc.char_span(at, at + 1, alignment_mode="expand")
    if noun is None or noun[0].i == 0:
        return None
    def owners(head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and any(k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children)]

    rel = noun[0].nbor(1) if noun[0].i + 1 < len(sent.doc) else noun[0]
    heads = [rel.head.head] if rel.head.dep_ == "acl:relcl" else []
    heads += [t for t in reversed(sent.doc[max(sent.start, noun[0].i - 8) : noun[0].i]) if t.pos_ == "NOUN"]
    found = [h for h in heads if h.pos_ == "NOUN" and owners(h)]
    if not found:
        return None
    owner = owners(found[0])[0]
    source = sent.doc[owner.left_edge.i + 1 : owner.right_edge.i + 1] if owner.left_edge.dep_ == "case" else sent.doc[owner.left_edge.i : owner.right_edge.i + 1]
    # "la déclaration du ministre de l'Économie, Paul Girard, selon laquelle": the name apposed to it
    apposed = resolver.apposed(source.end_char) if len(source) else None
    speaker = apposed or (resolver.speaker(source, source.start_char) if len(source) else None)
    pronoun = next((t for t in sent if start - 15 <= t.idx < start and t.lower_ in ("lequel", "laquelle", "lesquels", "lesquelles")), None)
    verb = pronoun.head if pronoun is not None else None
    if verb is not None and verb.dep_ == "acl:relcl" and verb.idx >= start:
        # "... selon laquelle les prix baisseront dès mars a surpris les marchés": the relative
        # clause ends where the main clause goes on
        end = min(end, verb.right_edge.idx + len(verb.right_edge.text))
    if speaker is None or len(text[start:end].split()) < 3:
        return None
    return Quote(text[start:end], start, end, False, speaker.id, speaker.name, "selon", False)
