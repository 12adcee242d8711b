"""The extraction scorers on tiny hand-made cases, and the corpus loaders on the real folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.evaluate import corpora, scoring


def test_shingles_are_four_tokens_with_case_kept() -> None:
    s = scoring.shingles("The cat, the DOG sat.")
    assert s == {("The", "cat", "the", "DOG"): 1, ("cat", "the", "DOG", "sat"): 1}
    assert scoring.shingles("two words") == {("two", "words"): 1}
    assert scoring.shingles(" ... ") == {}


def test_shingle_counts_are_normalised_per_page() -> None:
    gold = "one two three four five six"  # 3 shingles
    pred = "one two three four five six seven eight"  # the 3 + 2 extra
    c = scoring.shingle_counts(gold, pred)
    assert (c.tp, c.fp, c.fn) == pytest.approx((3 / 5, 2 / 5, 0.0))
    # Repeated text counts with multiplicity: a duplicated paragraph is a false positive.
    twice = scoring.shingle_counts("a b c d", "a b c d a b c d")
    assert twice.tp > 0 and twice.fp > 0


def test_body_prf_averages_pages_then_takes_f1() -> None:
    perfect = scoring.shingle_counts("a b c d e", "a b c d e")
    half = scoring.shingle_counts("a b c d e f g h", "a b c d e")  # recall 2/5, precision 1
    empty_pred = scoring.shingle_counts("a b c d e", "")
    prf = scoring.body_prf([perfect, half, empty_pred])
    # Precision only over pages that predicted something; recall over all pages with gold.
    assert prf.precision == pytest.approx(1.0)
    assert prf.recall == pytest.approx((1 + 2 / 5 + 0) / 3)
    assert prf.f1 == pytest.approx(2 * prf.precision * prf.recall / (prf.precision + prf.recall))


def test_snippets() -> None:
    c = scoring.snippet_counts(["must  be\nhere", "missing"], ["Share this"], "It must be here. Share this!")
    assert (c.tp, c.fn, c.fp, c.tn) == (1, 1, 1, 0)
    prf = scoring.snippet_prf([c])
    assert prf.precision == pytest.approx(0.5) and prf.recall == pytest.approx(0.5)


def test_title_author_date_matching() -> None:
    assert scoring.title_correct("L’Ukraine – «nie»", "l'ukraine - \"nie\" ")
    assert not scoring.title_correct("Ukraine", "Ukraine | Le Monde")
    assert scoring.authors_correct(
        ["Martin Untersinger (avec Damien Leloup et Morgane Tual)"],
        ["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
    )
    assert not scoring.authors_correct(["Anna Fink"], ["Anna Fink", "Jan Marchart"])
    assert scoring.authors_correct([], [])
    assert scoring.date_correct("2024-05-03 23:47:42+00:00", "2024-05-04T01:47:42+02:00")
    assert not scoring.date_correct("2024-05-03 23:47:42+00:00", "2024-05-04")
    assert scoring.date_correct("2024-05-03", "2024-05-03T09:00:00+02:00")
    assert not scoring.date_correct("2024-05-03", None)


def test_every_corpus_loads_with_its_gold(corpora_dir: Path) -> None:
    for name in corpora.CORPORA:
        pages = list(corpora.load_pages(corpora_dir / name, limit=5))
        assert len(pages) == 5, name
        assert all(p.html.strip().startswith("<") or "<html" in p.html.lower() for p in pages), name
    aeb = next(corpora.load_pages(corpora_dir / "scrapinghub_aeb"))
    assert aeb.gold_body and aeb.url
    traf = next(corpora.load_pages(corpora_dir / "trafilatura_eval"))
    assert traf.gold_with and traf.gold_body is None
    lemonde = next(p for p in corpora.load_pages(corpora_dir / "readability_testpages") if p.id == "lemonde-1")
    assert lemonde.lang == "fr" and "projet de loi sur le renseignement" in (lemonde.gold_body or "")
    assert corpora.subset(list(range(10)), 3) == [0, 3, 6]  # type: ignore[arg-type]


def test_gold_html_with_an_xml_declaration_reads_as_text() -> None:
    """An XHTML page keeps its `<?xml ... encoding=...?>` line once decoded: lxml refuses such a str."""
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Première ligne</p><p>Seconde</p></body></html>'
    assert corpora.html_to_text(page) == "Première ligne\nSeconde"
    assert corpora.html_to_text("") == ""
