"""Bad input never crashes the layer: it is read as far as possible and the reason is recorded."""

from __future__ import annotations

import datetime as dt

from recoupe import language
from recoupe.config import Settings
from recoupe.language import marks
from recoupe.language.analyse import analyse
from recoupe.model import Article
from recoupe.store import docs as store_docs


def _article(body: str, lang: str | None = "fr", key: str = "a") -> Article:
    return Article(id=key, input="test", body=body, content_hash=key, language=lang,
                   published=dt.datetime(2025, 3, 14))  # fmt: skip


def test_no_sentence() -> None:
    result = analyse(_article("  \n\n 12 34 --- \n"))
    assert result.skipped and "no sentence" in result.skipped
    assert result.quotes == () and result.entities == ()


def test_unsupported_language_is_skipped_with_reason() -> None:
    result = analyse(_article("Bundeskanzler Olaf Scholz sagte am Freitag in Berlin: «Wir helfen.»", lang="de"))
    assert result.skipped and "unsupported language: de" in result.skipped
    assert result.quotes == () and result.entities == ()


def test_unbalanced_quote_marks() -> None:
    body = "Le ministre a déclaré « nous ne céderons pas, a-t-il dit vendredi.\n\nUn autre paragraphe » sans ouverture."
    result = analyse(_article(body))
    assert result.skipped is None
    for q in result.quotes:
        assert body[q.start : q.end] == q.text
    assert marks.spans("« a b c\n\nautre paragraphe") == []


def test_five_megabyte_article_is_capped_and_noted() -> None:
    paragraph = "Le président a déclaré vendredi que « la situation reste très difficile pour tous ». " * 12
    body = "\n\n".join([paragraph] * 5200)
    assert len(body) > 5_000_000
    result = analyse(_article(body))
    assert result.notes and "capped" in result.notes[0]
    assert result.quotes and max(q.end for q in result.quotes) <= 200_000


def test_update_store_handles_mixed_batch(store) -> None:  # type: ignore[no-untyped-def]
    store.add_article(_article("", key="empty"))
    store.add_article(_article("Der Kanzler sprach.", lang="de", key="german"))
    store.add_article(_article("Emmanuel Macron a affirmé jeudi que la France aiderait l'Ukraine.", key="ok"))
    assert language.update_store(store, Settings()) == 3
    assert store_docs.get_analysis(store, "german").skipped  # type: ignore[union-attr]
    ok = store_docs.get_analysis(store, "ok")
    assert ok is not None and ok.quotes and ok.quotes[0].speaker_name == "Emmanuel Macron"
    assert ok.time_mentions[0].date == dt.date(2025, 3, 13)
