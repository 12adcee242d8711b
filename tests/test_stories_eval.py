"""`recoupe eval clustering`: the scorers on hand-checked cases, and the floors on rpm2_fr_public."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPORA, ROOT, require_shared

from recoupe.errors import RecoupeError
from recoupe.evaluate import clustering


def test_pairwise_and_bcubed_by_hand() -> None:
    gold = ["a", "a", "a", "b", "b"]
    pred = ["x", "x", "y", "y", "y"]
    s = clustering.score(gold, pred)
    # Pairs: gold {01,02,12,34}, pred {01,23,24,34}; shared {01,34}.
    assert (s.pair_p, s.pair_r) == (0.5, 0.5)
    # B-cubed precision per item: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
    assert s.b3_p == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert s.b3_r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    perfect = clustering.score(gold, ["p", "p", "p", "q", "q"])
    assert perfect.pair_f1 == perfect.b3_f1 == 1.0


def test_dataset_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(RecoupeError, match="JSONL"):
        clustering.load(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x"}\nnot json\n')
    with pytest.raises(RecoupeError, match="bad.jsonl:2"):
        clustering.load(bad)


@pytest.fixture(scope="module")
def rpm2_result() -> dict[str, dict[str, object]]:
    path = require_shared(CORPORA / "rpm2_fr_public" / "documents.jsonl")
    return clustering.evaluate(clustering.load(path))


@pytest.mark.slow
@pytest.mark.parametrize("level", ["story", "event"])
def test_rpm2_floors(rpm2_result: dict[str, dict[str, object]], level: str) -> None:
    floors = json.loads((ROOT / "floors" / "stories.json").read_text())["rpm2_fr_public"][level]
    result = rpm2_result[level]
    assert result["articles"] == 200
    ours = result["systems"]["recoupe"]  # type: ignore[index]
    assert ours.pair_f1 >= floors["pair_f1"], ours
    assert ours.b3_f1 >= floors["b3_f1"], ours
    hdb = result["systems"]["hdbscan_embeddings"]  # type: ignore[index]
    assert 0 < hdb.pair_f1 < 1  # the baselines really ran on the same data


@pytest.fixture(scope="module")
def dated_result() -> dict[str, dict[str, object]]:
    require_shared(CORPORA)
    # Every same-story group and 40 single-page stories: the over-merging check, kept small.
    return clustering.evaluate(clustering.load_dated(CORPORA, others=40))


@pytest.mark.slow
@pytest.mark.parametrize("level", ["story", "event"])
def test_dated_floors_with_the_same_setting(dated_result: dict[str, dict[str, object]], level: str) -> None:
    floors = json.loads((ROOT / "floors" / "stories.json").read_text())["dated_stories_others40"][level]
    ours = dated_result[level]["systems"]["recoupe"]  # type: ignore[index]
    assert ours.pair_f1 >= floors["pair_f1"], ours
    assert ours.b3_f1 >= floors["b3_f1"], ours
    assert dated_result[level]["articles"] > 80


def test_words_of_indic_scripts_are_whole() -> None:
    """Vowel signs are combining marks, outside Python's \\w: they must not cut words apart."""
    from recoupe.stories import features

    assert set(features.terms("सेबी को एमएफ मामले निपटाने चाहिए", "hi")) >= {"सेबी", "मामले", "निपटाने"}
    assert set(features.terms("l'armée a testé", "fr")) == {"arme", "test"}  # stemmed, accents folded


def test_no_embedding_for_scripts_the_encoder_does_not_read() -> None:
    """USE multilingual maps Gujarati or Hindi text to nearly one vector: such an embedding is dropped."""
    import numpy as np

    from recoupe.model import Article
    from recoupe.stories import features

    assert features.encoder_reads("Le président a parlé à Moscou")
    assert features.encoder_reads("Путин и Трамп")
    assert not features.encoder_reads("કોરોનાથી ડરેલા લોકો ફોન કરીને કહે છે")
    vec = np.ones(4, dtype=np.float32)
    gu = Article(id="g", input="x", body="કોરોનાથી ડરેલા લોકો ફોન કરીને કહે છે", content_hash="h1", title=None)
    fr = Article(id="f", input="y", body="Le président a parlé à Moscou", content_hash="h2", title=None)
    assert not features.build(gu, None, vec).embedding.any()
    assert features.build(fr, None, vec).embedding.any()


def test_result_does_not_depend_on_input_order() -> None:
    """Same articles, shuffled and with many sharing one publication time: the same clusters."""
    import dataclasses
    import random
    from datetime import datetime

    from recoupe.embedding import get_embedder
    from recoupe.stories.stage import cluster_labels

    items = clustering.load(require_shared(CORPORA / "rpm2_fr_public" / "documents.jsonl"))
    # Four topics; half the articles published at one instant, the rest undated.
    chosen = [i.article for i in items if i.story in {"T01", "T03", "T07", "T10"}]
    same_time = datetime(2008, 9, 1, 12, 0)
    articles = [dataclasses.replace(a, published=same_time) if n % 2 else a for n, a in enumerate(chosen)]
    embedder = get_embedder("hashing")

    def partition(labels: dict[str, tuple[str, str]], level: int) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for aid, pair in labels.items():
            groups.setdefault(pair[level], set()).add(aid)
        return {frozenset(g) for g in groups.values()}

    first = cluster_labels(articles, embedder)
    assert len(partition(first, 1)) < len(articles)  # something was grouped
    for seed in (1, 2):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        again = cluster_labels(shuffled, embedder)
        assert partition(again, 0) == partition(first, 0)
        assert partition(again, 1) == partition(first, 1)
