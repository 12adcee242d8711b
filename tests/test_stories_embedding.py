"""The Embedder seam: the real multilingual model and the hashing double, through one registry."""

from __future__ import annotations

import numpy as np
import pytest

from recoupe.embedding import EMBEDDERS, CachedEmbedder, Embedder, HashingEmbedder, get_embedder
from recoupe.errors import ConfigError


def test_registry_holds_default_and_double() -> None:
    assert {"use-multilingual-v3", "hashing"} <= set(EMBEDDERS)
    for name in ("use-multilingual-v3", "hashing"):
        assert isinstance(get_embedder(name), Embedder)
    with pytest.raises(ConfigError, match="choose one of"):
        get_embedder("nope")


def test_hashing_double_is_deterministic_and_normalised() -> None:
    emb = HashingEmbedder()
    a = emb.embed(["le chat dort", "le chat dort", "xyz qwv", ""])
    assert a.shape == (4, emb.dim)
    assert np.allclose(a[0], a[1])
    assert np.isclose(np.linalg.norm(a[0]), 1.0)
    assert not a[3].any()


def test_use_is_multilingual_and_normalised() -> None:
    emb = get_embedder("use-multilingual-v3")
    v = emb.embed(
        [
            "Le président russe a reçu l'envoyé américain à Moscou pour parler de la guerre en Ukraine.",
            "The Russian president received the US envoy in Moscow to discuss the war in Ukraine.",
            "La recette de la tarte aux pommes demande du beurre et de la farine.",
            "   ",
        ]
    )
    assert v.shape == (4, 512)
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2
    assert not v[3].any()


class _Counting(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.embedded: list[str] = []

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.embedded += list(texts)
        return super().embed(texts)


def test_cached_embedder_embeds_each_text_once_and_stays_bounded() -> None:
    inner = _Counting()
    cached = CachedEmbedder(inner, size=3)
    first = cached.embed(["a b", "c d", "a b"])
    assert inner.embedded == ["a b", "c d"]  # a repeated text is embedded once
    again = cached.embed(["c d", "e f", "a b"])
    assert inner.embedded == ["a b", "c d", "e f"]
    assert np.array_equal(first[1], again[0]) and np.array_equal(first[0], again[2])
    assert np.array_equal(again, inner.embed(["c d", "e f", "a b"]))  # same vectors as uncached
    cached.embed(["g h"])  # over the bound: the least recently used text ("c d") is dropped
    inner.embedded.clear()
    cached.embed(["c d", "a b"])
    assert inner.embedded == ["c d"]
    assert cached.name == inner.name and cached.dim == inner.dim and cached.embed([]).shape == (0, inner.dim)
