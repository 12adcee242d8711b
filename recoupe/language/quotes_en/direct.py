"""English direct quotes: the speaker named beside a pair of quote marks."""

from __future__ import annotations

from recoupe.language import marks
from recoupe.language.quotes_en.clauses import _leading_subject, _source, _subject
from recoupe.language.quotes_en.lexicon import (
    _AFTER_CUE_FIRST,
    _AFTER_DASH,
    _AFTER_WHO_FIRST,
    _BEFORE,
    _lemma,
)
from recoupe.language.quotes_en.speakers import _Speakers


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
