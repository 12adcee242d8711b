"""Long id lists stored beside their record, in fixed-size chunks.

A record that gains one id at a time (an identity's articles, a story's articles and events, an
event's articles) would be rewritten whole with every id if it held its list, a cost that grows
with the list (a story of 8,000 articles rewrote 8,000 ids for each article it received). Chunk
n of the list of `owner` is the document (`kind`, "<owner>#<n>"), ids [n * CHUNK, (n + 1) * CHUNK);
the owner's record keeps only the count. One more id rewrites one chunk.
"""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.store.base import Store

CHUNK = 512  # ids per chunk: one more id rewrites at most 512 ids (about 10 KB of JSON)


def key(owner: str, n: int) -> str:
    return f"{owner}#{n:06d}"


def _count_chunks(count: int) -> int:
    return -(-count // CHUNK)


def read(store: Store, kind: str, owner: str, count: int, first: int = 0) -> tuple[str, ...]:
    """The stored list of `count` ids from position `first` (only the chunks holding them are read)."""
    ids = [a for n in range(first // CHUNK, _count_chunks(count)) for a in store.get_doc(kind, key(owner, n)) or ()]
    return tuple(ids[first % CHUNK :])


def read_all(store: Store, kind: str) -> dict[str, tuple[str, ...]]:
    """Every owner's list of `kind`, read in one pass."""
    chunks: dict[str, list[tuple[str, list[str]]]] = {}
    for k, value in store.iter_docs(kind):
        owner, _, n = k.rpartition("#")
        chunks.setdefault(owner, []).append((n, value))
    return {owner: tuple(a for _, chunk in sorted(parts) for a in chunk) for owner, parts in chunks.items()}


def append(store: Store, kind: str, owner: str, count: int, added: Sequence[str]) -> int:
    """Add `added` after the `count` stored ids; returns the new count."""
    start = count - count % CHUNK  # the last, partly filled chunk is rewritten
    tail = (store.get_doc(kind, key(owner, start // CHUNK)) or []) if count % CHUNK else []
    _put(store, kind, owner, [*tail, *added], start)
    return start + len(tail) + len(added)


def replace(store: Store, kind: str, owner: str, count: int, ids: Sequence[str]) -> int:
    """Store `ids` as the whole list of `owner` (`count` ids stored before); returns len(ids).

    When `ids` extends the stored list (its last stored chunk is unchanged), only the chunks from
    there are written; otherwise (ids removed or reordered) the list is rewritten.
    """
    ids = list(ids)
    if count and len(ids) >= count:
        n = (count - 1) // CHUNK
        if ids[n * CHUNK : count] == (store.get_doc(kind, key(owner, n)) or []):
            if len(ids) > count:  # unchanged: nothing to write
                start = count if count % CHUNK == 0 else n * CHUNK
                _put(store, kind, owner, ids[start:], start)
            return len(ids)
    _put(store, kind, owner, ids, 0)
    for n in range(_count_chunks(len(ids)), _count_chunks(count)):
        store.delete_docs(kind, key(owner, n))
    return len(ids)


def delete(store: Store, kind: str, owner: str, count: int) -> None:
    for n in range(_count_chunks(count)):
        store.delete_docs(kind, key(owner, n))


def _put(store: Store, kind: str, owner: str, ids: list[str], start: int) -> None:
    """Write `ids` as the list's ids from position `start` (a multiple of CHUNK)."""
    for offset in range(0, len(ids), CHUNK):
        store.put_doc(kind, key(owner, (start + offset) // CHUNK), ids[offset : offset + CHUNK])
