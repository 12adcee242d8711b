"""A learned second look at each quote's speaker: candidates from the one parse, a linear score.

The rules in `quotes` choose one speaker per quote. This module lists the other plausible ones
(persons, organisations and roles named in the quote's sentence and the two before it, subject
phrases of reporting verbs there, the speakers of the quotes just before) and scores each
(quote, candidate) pair with a logistic regression whose weights ship in data/speaker_model.json
(trained by scripts/train_speaker.py, which re-creates that file exactly). The best-scoring
candidate becomes the speaker; quote spans are never touched. The model is applied only when its
file says `"enabled": true`, which the training script writes only when the model won the
leave-one-set-out comparison (see docs/language.md).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from recoupe.language.names import fold
from recoupe.model import Entity, Quote

# Sentences before the quote's own where a candidate may be named: a speaker introduced in one
# sentence ("Jean Roy, le maire, a réagi.") is often quoted in the next one or the one after.
SENTENCES_BEFORE = 2
# Farthest earlier quote (characters) whose speaker is still a candidate for "a-t-il ajouté" chains.
PREVIOUS_REACH = 1500

_SUBJ = ("nsubj", "nsubj:pass")
_PRONOUNS = frozenset(["il", "elle", "ils", "elles", "on", "he", "she", "they", "je", "nous", "i", "we"])
_SELON_BEFORE = re.compile(r"(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to|[Pp]our)\s+(?:\w+\s+){0,3}$")
_WORD = re.compile(r"\w+")

# The features, in the order of the shipped weights. "r_*" describe the rules' choice and only
# matter through `rule` (they are multiplied by it), so that a linear score can learn when the
# rules are trusted; the others describe the candidate itself.
FEATURES = (
    "rule", "r_none", "r_entity", "r_pronoun", "r_lower", "r_direct", "r_cue", "r_per", "r_org", "r_role",
    "r_subject_here", "r_previous", "r_far", "r_via_pronoun", "r_via_noun", "r_is_cue_subject", "r_no_cue_subject",
    "per", "org", "role", "other_ent", "phrase", "previous_only",
    "same_sent", "sent_before", "two_before", "after_quote", "inside_quote", "in_marks",
    "log_chars", "nearest_person",
    "subj_report", "subj_report_here", "subj_cue", "inverted", "after_selon", "complement",
    "log_mentions", "log_spoke", "last_speaker", "capitals", "words",
)  # fmt: skip


@dataclass
class Candidate:
    """One possible speaker of a quote and its features."""

    name: str
    id: str | None
    x: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Model:
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    enabled: bool

    def scores(self, cands: Sequence[Candidate]) -> np.ndarray:
        """One score per candidate (a logit: higher is likelier the speaker)."""
        return self.scores_of(matrix(cands))

    def scores_of(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(((x - self.mean) / self.scale) @ self.weights + self.bias, dtype=float)


def matrix(cands: Sequence[Candidate]) -> np.ndarray:
    """The candidates' features as rows, in FEATURES order (absent features are 0)."""
    return np.array([[c.x.get(f, 0.0) for f in FEATURES] for c in cands], dtype=float)


@cache
def load() -> Model | None:
    """The shipped model, or None when its file is missing."""
    try:
        raw = resources.files("recoupe.language").joinpath("data/speaker_model.json").read_text("utf-8")
    except FileNotFoundError:
        return None
    return from_json(json.loads(raw))


def from_json(data: dict[str, Any]) -> Model:
    """A model from its JSON form (weights by feature name, so a feature list change fails loudly)."""
    names = list(data["features"])
    if names != list(FEATURES):
        raise ValueError("speaker_model.json was trained on other features: run scripts/train_speaker.py")
    return Model(
        weights=np.array(data["weights"], dtype=float),
        bias=float(data["bias"]),
        mean=np.array(data["mean"], dtype=float),
        scale=np.array(data["scale"], dtype=float),
        enabled=bool(data.get("enabled", False)),
    )


_OVERRIDE: list[Model | None] = []


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Within the block, `rechoose` applies `model` (None: the rules alone) instead of the shipped one."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def rechoose(doc: Doc, text: str, entities: Sequence[Entity], quotes: list[Quote]) -> list[Quote]:
    """The quotes with the speaker the model scores best (unchanged when no model is enabled)."""
    model = _OVERRIDE[-1] if _OVERRIDE else load()
    if model is None or not model.enabled or not quotes:
        return quotes
    out = []
    for q, cands in zip(quotes, candidates(doc, text, entities, quotes), strict=True):
        best = cands[int(np.argmax(model.scores(cands)))]
        if best.x.get("rule"):
            out.append(q)
        else:
            out.append(replace(q, speaker_id=best.id, speaker_name=best.name))
    return out


def _key(eid: str | None, name: str | None) -> str:
    return eid if eid else f"name:{fold(name or '')}"


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def _sent_index(starts: list[int], at: int) -> int:
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= at:
            lo = mid
        else:
            hi = mid
    return lo


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _reporting(tok: Token) -> bool:
    from recoupe.language.quotes.lexicon import _reporting as reporting

    return reporting(tok)


def _head_verb(tok: Token) -> Token | None:
    """The verb a subject belongs to (through a name's flat parts and appositions)."""
    while tok.dep_ in ("flat:name", "flat", "appos", "compound", "nmod") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _SUBJ:
        return tok.head
    return None


def candidates(doc: Doc, text: str, entities: Sequence[Entity], quotes: Sequence[Quote]) -> list[list[Candidate]]:
    """For each quote, its candidates (the rules' choice first) with their features."""
    from recoupe.language import marks

    starts = _sentence_starts(doc)
    quoted = marks.spans(text)
    mentions = sorted(
        ((m.start, m.end, e) for e in entities for m in e.mentions if e.type in ("PER", "ORG", "ROLE", "MISC")),
        key=lambda t: t[0],
    )
    by_id = {e.id: e for e in entities}
    spoke: dict[str, int] = {}
    out: list[list[Candidate]] = []
    previous: list[tuple[int, str | None, str]] = []  # (end, id, name) of earlier quotes' speakers
    for q in quotes:
        qs = _sent_index(starts, q.start)
        lo = starts[max(0, qs - SENTENCES_BEFORE)]
        qe_sent = _sent_index(starts, max(q.start, q.end - 1))
        hi = starts[qe_sent + 1] if qe_sent + 1 < len(starts) else len(text)
        cands: dict[str, Candidate] = {}
        rule_key = _key(q.speaker_id, q.speaker_name) if q.speaker_name else None

        for start, end, ent in mentions:
            if start >= hi:
                break
            if end <= lo:
                continue
            x = _mention_features(doc, text, starts, quoted, q, qs, start, end, ent.type)
            _add(cands, ent.id, ent.name, x)
        # subject phrases of reporting verbs that name no entity ("le porte-parole", "les syndicats")
        window = doc.char_span(lo, hi, alignment_mode="expand")
        for tok in window if window is not None else ():
            if tok.dep_ not in _SUBJ or not _reporting(tok.head) or tok.lower_ in _PRONOUNS:
                continue
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            phrase = doc[tok.left_edge.i : tok.right_edge.i + 1]
            if len(phrase) > 8 or any(s < phrase.end_char and phrase.start_char < e for s, e, _ in mentions):
                continue
            x = _mention_features(doc, text, starts, quoted, q, qs, phrase.start_char, phrase.end_char, "phrase")
            _add(cands, None, phrase.text, x)
        recent = [p for p in previous if 0 <= q.start - p[0] < PREVIOUS_REACH]
        for _, pid, pname in recent[-2:]:
            key = _key(pid, pname)
            if key not in cands:
                cands[key] = Candidate(pname, pid, {"previous_only": 1.0, "log_chars": math.log1p(q.start - recent[-1][0])})
        # the rules' choice, with what describes it
        rule = cands.get(rule_key) if rule_key else None
        if rule_key and rule is None:
            rule = Candidate(q.speaker_name or "", q.speaker_id, {"log_chars": 8.0})
            cands[rule_key] = rule
        if rule is None:
            rule = Candidate("", None, {"log_chars": 8.0})  # keeping no speaker is a choice too
            cands["none"] = rule
        rule.x["rule"] = 1.0
        rx = _rule_features(q, rule, by_id, recent)
        rx.update(_cue_subject(doc, q, lo, hi, by_id.get(q.speaker_id or "")))
        rule.x.update(rx)
        for cand in cands.values():
            key = _key(cand.id, cand.name)
            cand.x["log_spoke"] = math.log1p(spoke.get(key, 0))
            cand.x["last_speaker"] = float(bool(previous) and _key(previous[-1][1], previous[-1][2]) == key)
            words = _WORD.findall(cand.name)
            cand.x["capitals"] = float(sum(w[:1].isupper() for w in words))
            cand.x["words"] = float(min(len(words), 8))
            if cand.id in by_id:
                n = sum(1 for m in by_id[cand.id].mentions if m.start < q.start)
                cand.x["log_mentions"] = math.log1p(n)
        nearest = max(
            ((s, e) for s, _, e in mentions if s < q.start and e.type == "PER" and s >= lo), key=lambda t: t[0], default=None
        )
        if nearest is not None and nearest[1].id in cands:
            cands[nearest[1].id].x["nearest_person"] = 1.0
        ordered = [rule, *(c for c in cands.values() if c is not rule)]
        out.append(ordered)
        if q.speaker_name:
            key = _key(q.speaker_id, q.speaker_name)
            spoke[key] = spoke.get(key, 0) + 1
            previous.append((q.end, q.speaker_id, q.speaker_name))
    return out


def _add(cands: dict[str, Candidate], eid: str | None, name: str, x: dict[str, float]) -> None:
    """A candidate, or a nearer (or reporting-subject) mention of one already listed."""
    key = _key(eid, name)
    cand = cands.get(key)
    if cand is None:
        cands[key] = Candidate(name, eid, x)
    elif x["log_chars"] < cand.x["log_chars"] or x.get("subj_report", 0) > cand.x.get("subj_report", 0):
        cand.x = x


def _rule_features(q: Quote, rule: Candidate, by_id: dict[str, Entity], recent: list[tuple[int, str | None, str]]) -> dict[str, float]:
    name = (q.speaker_name or "").strip()
    ent = by_id.get(q.speaker_id or "")
    kind = ent.type if ent is not None else None
    return {
        "r_none": float(not name),
        "r_entity": float(ent is not None),
        "r_pronoun": float(name.lower() in _PRONOUNS),
        "r_lower": float(bool(name) and name[:1].islower()),
        "r_direct": float(q.direct),
        "r_cue": float(q.cue is not None),
        "r_per": float(kind == "PER"),
        "r_org": float(kind == "ORG"),
        "r_role": float(kind == "ROLE"),
        "r_subject_here": float(rule.x.get("subj_report_here", 0.0)),
        "r_previous": float(any(_key(i, n) == _key(q.speaker_id, q.speaker_name) for _, i, n in recent)),
        "r_far": float(rule.x.get("log_chars", 8.0) > 6.0),
    }


def _cue_subject(doc: Doc, q: Quote, lo: int, hi: int, ent: Entity | None) -> dict[str, float]:
    """How the rules reached their choice: the subject of the quote's cue verb (the nearest token
    outside the quote with the cue's lemma) is a pronoun they resolved, a common noun phrase they
    resolved to a name elsewhere, or the very mention of their choice."""
    from recoupe.language.quotes.lexicon import _lemma
    from recoupe.language.quotes.syntax import _subject

    window = doc.char_span(lo, hi, alignment_mode="expand")
    if q.cue is None or window is None:
        return {"r_no_cue_subject": 1.0}
    verbs = [t for t in window if not q.start <= t.idx < q.end and _lemma(t) == q.cue]
    verb = min(verbs, key=lambda t: min(abs(t.idx - q.start), abs(t.idx - q.end)), default=None)
    subject = _subject(verb) if verb is not None else None
    if subject is None:
        return {"r_no_cue_subject": 1.0}
    named = ent is not None and any(
        m.start < subject.end_char and subject.start_char < m.end for m in ent.mentions
    )
    return {
        "r_via_pronoun": float(len(subject) == 1 and subject[0].pos_ == "PRON"),
        "r_via_noun": float(not named and subject.root.pos_ == "NOUN"),
        "r_is_cue_subject": float(named),
    }


def _mention_features(
    doc: Doc, text: str, starts: list[int], quoted: list[tuple[int, int]], q: Quote, qs: int, start: int, end: int, kind: str
) -> dict[str, float]:
    x: dict[str, float] = {}
    x[{"PER": "per", "ORG": "org", "ROLE": "role", "phrase": "phrase"}.get(kind, "other_ent")] = 1.0
    ms = _sent_index(starts, start)
    inside = q.start <= start < q.end
    x["inside_quote"] = float(inside)
    x["after_quote"] = float(start >= q.end)
    if not inside:
        gap = ms - qs
        x["same_sent"] = float(gap >= 0)
        x["sent_before"] = float(gap == -1)
        x["two_before"] = float(gap <= -2)
    distance = 0 if inside else (q.start - end if end <= q.start else start - q.end)
    x["log_chars"] = math.log1p(max(0, distance))
    x["in_marks"] = float(any(s <= start < e for s, e in quoted))
    x["after_selon"] = float(_SELON_BEFORE.search(text, max(0, start - 40), start) is not None)
    tok = _token(doc, start, end)
    if tok is not None:
        verb = _head_verb(tok)
        if verb is not None and _reporting(verb):
            x["subj_report"] = 1.0
            x["subj_report_here"] = float(ms == qs)
            x["inverted"] = float(verb.i < tok.i)
            x["subj_cue"] = float(q.cue is not None and verb.lemma_.lower() == q.cue)
        x["complement"] = float(any(c.dep_ == "case" for c in tok.children))
    return x
