"""English, read with rules on a blank spaCy pipeline (no English model ships offline)."""

from __future__ import annotations

import datetime as dt

from recoupe.language.analyse import analyse
from recoupe.model import Article

TEXT = (
    "President Donald Trump said on Friday that the talks with Vladimir Putin were very productive.\n\n"
    "\"We will work together, very closely,\" said Karoline Leavitt, the White House press secretary.\n\n"
    "According to the Kremlin, the two leaders spoke for nearly an hour and a half on Wednesday.\n\n"
    "Ukraine's army denied that thousands of its soldiers were encircled in Kursk, where 28 drones were shot down."
)


def test_english_entities_quotes_dates_figures() -> None:
    a = analyse(Article(id="en", input="t", body=TEXT, content_hash="en", language="en",
                        published=dt.datetime(2025, 3, 14)))  # fmt: skip
    assert a.skipped is None
    names = {e.name for e in a.entities}
    assert {"Donald Trump", "Karoline Leavitt"} <= names
    by_text = {q.text[:20]: q for q in a.quotes}
    direct = next(q for q in a.quotes if q.direct)
    assert direct.text.startswith("We will work together") and direct.speaker_name == "Karoline Leavitt"
    indirect = next(q for q in a.quotes if "talks with Vladimir Putin" in q.text)
    assert indirect.speaker_name == "Donald Trump" and not indirect.direct
    assert any(q.cue == "according to" for q in a.quotes), by_text
    assert any(q.denial for q in a.quotes)
    days = {t.text: t.date for t in a.time_mentions}
    assert days["Friday"] == dt.date(2025, 3, 14) and days["Wednesday"] == dt.date(2025, 3, 12)
    assert any(f.value == 28 and f.what == "drones" for f in a.figures)
    for q in a.quotes:
        assert TEXT[q.start : q.end] == q.text
