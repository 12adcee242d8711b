"""JSON lines: one article per line, with its own id, url, outlet, published, title, lang, text or html."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from recoupe.model import RawDocument

# Record fields passed on to the article layer as hints (it trusts them over its own guesses).
HINT_FIELDS = ("url", "outlet", "published", "title", "lang")


def records(source: str, lines: Iterable[bytes], max_bytes: int) -> Iterator[RawDocument]:
    """One RawDocument per non-blank line of a JSONL file read as `lines` (each at most max_bytes+1).

    A line that is not a JSON object with `text` or `html` becomes a document with `error` set and
    input `source#L<n>`; the following lines are still read.
    """
    for number, line in enumerate(lines, start=1):
        where = f"{source}#L{number}"
        if len(line) > max_bytes:
            yield RawDocument(
                input=where,
                data=line[:max_bytes],
                error=f"too large: line {number} has more than {max_bytes} bytes "
                "(raise the cap with --max-bytes or RECOUPE_MAX_BYTES)",
            )
            continue
        if not line.strip():
            continue
        yield record(where, line)


def record(where: str, line: bytes) -> RawDocument:
    """One JSONL line as a RawDocument (JSON text is UTF-8 by definition, RFC 8259)."""
    try:
        value = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return RawDocument(input=where, data=line, error=f"malformed JSON line: {exc}")
    if not isinstance(value, dict):
        return RawDocument(
            input=where, data=line, error=f"malformed record: a JSON {type(value).__name__}, not an object"
        )
    body, kind = value.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        body, kind = value.get("text"), "text"
    if not isinstance(body, str):
        return RawDocument(
            input=where, data=line, error='malformed record: no "text" or "html" field with a string value'
        )
    hints = {name: str(value[name]) for name in HINT_FIELDS if value.get(name) not in (None, "")}
    hints["charset"] = "utf-8"
    record_id = value.get("id")
    return RawDocument(
        input=where,
        data=body.encode("utf-8", errors="replace"),  # lone surrogates that JSON allows
        kind=kind,
        record_id=str(record_id) if record_id not in (None, "") else None,
        url=hints.get("url"),
        hints=hints,
    )
