"""Ingest what a person or a script posts (text, HTML, a URL or a feed) and run the later layers on it.

The REST API and the web form call `submit`; it is the pipeline's `run` for documents that arrive
as bytes instead of paths, and it keeps the search index up to date.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from recoupe import article as article_stage
from recoupe import pipeline
from recoupe.config import Settings
from recoupe.errors import FetchError, RejectedInput
from recoupe.model import Article, RawDocument
from recoupe.progress import Progress, silent
from recoupe.store import Store

# The language and story layers place articles in publication order over the whole store:
# two ingests at once would interleave them, so one process runs one ingest at a time.
_INGEST_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Submission:
    """One posted document: exactly one of `text`, `html`, `url` or uploaded `data` (a file's bytes).

    `hints` are what the poster declared (title, outlet, published, lang), trusted over guesses.
    """

    text: str | None = None
    html: str | None = None
    url: str | None = None
    name: str | None = None
    hints: dict[str, str] = field(default_factory=dict)
    data: bytes | None = None

    def kind(self) -> str:
        given = [k for k in ("text", "html", "url", "data") if getattr(self, k)]
        if len(given) != 1:
            raise RejectedInput(
                f"give exactly one of text, html or url (got {', '.join(given) or 'none'})"
            )
        return given[0]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one submission did: ids added, rejections with reasons, repeats, later layers' counts."""

    added: tuple[str, ...] = ()
    rejected: tuple[tuple[str, str], ...] = ()  # (id, reason)
    unchanged: int = 0
    analysed: int = 0
    clustered: int = 0


def check_url(url: str, allow_private: bool) -> None:
    """Refuse URLs that are not http(s), or whose host resolves to a private or loopback address.

    Raises:
        FetchError: with the reason, and how to allow private addresses when that is the cause.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused {url!r}: only http:// and https:// URLs with a host can be ingested")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"refused {url!r}: host {parts.hostname!r} does not resolve ({exc})") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise FetchError(
                f"refused {url!r}: {parts.hostname} resolves to the non-public address {address}; "
                "set RECOUPE_ALLOW_PRIVATE=1 (or --allow-private) to ingest from private networks"
            )


def raw_documents(submission: Submission, settings: Settings) -> Iterable[RawDocument]:
    """The RawDocuments a submission stands for (a URL may be a feed of many)."""
    kind = submission.kind()
    # Posted text and files carry no fetch time: like files given to `recoupe ingest`, relative dates
    # in them ("il y a 3 heures") stay unresolved instead of being anchored to the moment of posting.
    if kind == "url":
        assert submission.url is not None
        check_url(submission.url, settings.allow_private)
        from recoupe import sources

        return sources.read([submission.url], settings)
    if kind == "data":
        assert submission.data is not None
        name = submission.name or f"upload-{hashlib.sha256(submission.data).hexdigest()[:12]}"
        suffix = name.lower().rsplit(".", 1)[-1]
        sniff = {"txt": "text", "text": "text", "html": "html", "htm": "html"}.get(suffix, "unknown")
        return [RawDocument(input=f"upload:{name}", data=submission.data, kind=sniff,
                            hints=dict(submission.hints))]
    body = submission.text if kind == "text" else submission.html
    assert body is not None
    data = body.encode("utf-8")
    name = submission.name or f"posted-{hashlib.sha256(data).hexdigest()[:12]}.{'txt' if kind == 'text' else 'html'}"
    hints = {"charset": "utf-8", **submission.hints}
    return [RawDocument(input=f"api:{name}", data=data, kind=kind, hints=hints)]


def submit(
    store: Store, submissions: Iterable[Submission], settings: Settings, progress: Progress = silent
) -> Outcome:
    """Clean, store, analyse and cluster the submitted documents; index them for search.

    Bad input is recorded as rejected with its reason, as in `pipeline.ingest`. Raises `FetchError`
    for a URL refused before any byte was fetched (private address, wrong scheme).
    """
    with _INGEST_LOCK:
        added: list[str] = []
        rejected: list[tuple[str, str]] = []
        unchanged = 0
        done = 0
        for submission in submissions:
            for raw in raw_documents(submission, settings):
                result = article_stage.build(raw, settings)
                stored = store.add_article(result) if isinstance(result, Article) else store.add_rejected(result)
                if not stored:
                    unchanged += 1
                elif isinstance(result, Article):
                    added.append(result.id)
                else:
                    rejected.append((result.id, result.reason))
                done += 1
                progress("ingest", done, None)
        analysed, clustered = pipeline.later_layers(store, settings, added, progress) if added else (0, 0)
        return Outcome(tuple(added), tuple(rejected), unchanged, analysed, clustered)

