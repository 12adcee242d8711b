"""Inputs: files and folders (txt, html, gz, jsonl), URLs, RSS/Atom feeds and sitemaps."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from recoupe.config import Settings
from recoupe.model import RawDocument


def read(inputs: Sequence[str], settings: Settings) -> Iterator[RawDocument]:
    """Yield one RawDocument per document found in `inputs`; never raises for bad input.

    A document that cannot be read yields a RawDocument with `error` set (and whatever bytes
    arrived), so that the article stage records it as rejected and the batch goes on.
    """
    raise NotImplementedError("sources.read: being written (issue 2)")
