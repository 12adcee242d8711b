"""The article layer: raw bytes in, a clean dated attributed Article (or a Rejected record) out."""

from __future__ import annotations

import hashlib

from recoupe.config import Settings
from recoupe.errors import RejectedInput
from recoupe.model import Article, RawDocument, Rejected


def content_hash(data: bytes) -> str:
    """Identity of an input's content: re-ingesting the same bytes is a no-op."""
    return hashlib.sha256(data).hexdigest()


def stable_id(raw: RawDocument) -> str:
    """The record's own id where the input gave one, else one derived from the content."""
    return raw.record_id or content_hash(raw.data)[:16]


def build(raw: RawDocument, settings: Settings) -> Article | Rejected:
    """Clean one document. Never raises for bad input: returns Rejected with the reason and raw bytes."""
    # Imported here so that `import recoupe.article` stays cheap for the CLI's --help.
    from recoupe.article import html, text
    from recoupe.sources import decode

    try:
        if raw.error:
            raise RejectedInput(raw.error)
        if len(raw.data) > settings.max_bytes:
            raise RejectedInput(
                f"too large: {len(raw.data)} bytes, over the {settings.max_bytes}-byte cap "
                "(raise it with --max-bytes or RECOUPE_MAX_BYTES)"
            )
        decoded = decode.decode(raw, settings.max_bytes)
        if decoded.kind == "html":
            return html.from_html(raw, decoded.text, settings)
        return text.from_text(raw, decoded.text, settings)
    except RejectedInput as exc:
        # A rejection is identified by its input as well as its bytes: URLs refused before any byte
        # arrived, and empty files, all share the same (empty) content yet are distinct rejections.
        key = content_hash(raw.input.encode("utf-8", "replace") + b"\0" + raw.data)
        return Rejected(
            id=raw.record_id or key[:16],
            input=raw.input,
            reason=str(exc),
            raw=raw.data,
            content_hash=key,
            url=raw.url,
            fetched_at=raw.fetched_at,
        )
