"""Bytes to text: gzip, charset detection, binary and emptiness checks (issue 2, being written)."""

from __future__ import annotations

from dataclasses import dataclass

from recoupe.model import RawDocument


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    kind: str  # "html" or "text"
    encoding: str


def decode(raw: RawDocument) -> Decoded:
    """Decode `raw.data`; raise RejectedInput (empty, binary, undecodable, truncated) with the reason."""
    raise NotImplementedError("sources.decode: being written (issue 2)")
