"""Helpers of the interface tests (no tests here): a real server on loopback, and a store of real seed
text with layer records written by hand, so the interfaces are tested apart from the layers' quality."""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from recoupe import codec
from recoupe.api.queries import Layers
from recoupe.model import (
    Analysis,
    Article,
    Claim,
    ClaimGroup,
    Entity,
    Event,
    Identity,
    Mention,
    OneSided,
    Quote,
    QuoteGroup,
    Reuse,
    Story,
    StoryReport,
    SummarySentence,
    TimelineEntry,
    TimeMention,
)
from recoupe.store import Store
from recoupe.store import docs as store_docs

XSS_TITLE = "<script>window.__pwned=1</script> headline"
XSS_BODY = (
    "Un texte hostile <script>window.__pwned=2;alert('x')</script> et une image "
    '<img src=x onerror="window.__pwned=3;alert(1)"> au milieu du texte.'
)
TOKEN = "test-token-0123456789"


def stored_report(store: Store, story_id: str) -> StoryReport:
    """The report written by `build_store` (stands in for the comparison layer in these tests)."""
    value = store.get_doc("report", story_id)
    assert value is not None, f"no report for {story_id}"
    return codec.from_plain(StoryReport, value)


HAND_LAYERS = Layers(report=stored_report, independent_lines=lambda store, ids: max(1, len(ids) - 1))


def _mentions(body: str, word: str) -> tuple[Mention, ...]:
    return tuple(Mention(m.group(), m.start(), m.end()) for m in re.finditer(re.escape(word), body))


def build_store(store: Store, seeds_dir: Path) -> list[str]:
    """Store the five seeds (their raw text as body) with hand-written layer records; returns ids."""
    ids = []
    base = datetime(2025, 3, 14, 9, tzinfo=UTC)
    for i, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
        body = path.read_text(encoding="utf-8")
        article = Article(
            id=f"seed{i}",
            input=str(path),
            body=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
            title=body.strip().splitlines()[0][:80] + f" ({i})",
            outlet=f"Outlet {i % 4}",
            published=base + timedelta(hours=i) if i != 3 else None,
            language="fr",
            removed=("Image: watson", "1 Commentaire"),
        )
        store.add_article(article)
        ids.append(article.id)
        entities = []
        for name, ident, word in (("Steve Witkoff", "per-witkoff", "Witkoff"), ("Vladimir Poutine", "per-poutine", "Poutine")):
            mentions = _mentions(body, word)
            if mentions:
                entities.append(Entity(ident, name, "PER", mentions))
        quote_start = body.find("«")
        quote_end = body.find("»", quote_start) + 1 if quote_start >= 0 else -1
        quotes = ()
        if quote_start >= 0 and quote_end > quote_start:
            quotes = (Quote(body[quote_start:quote_end], quote_start, quote_end, True, "per-witkoff", "Steve Witkoff"),)
        times = tuple(
            TimeMention(m.group(), m.start(), m.end(), date(2025, 3, 14), resolved=True)
            for m in re.finditer("vendredi", body)
        )
        store_docs.put_analysis(store, Analysis(f"seed{i}", tuple(entities), quotes, times))
    store_docs.put_identity(store, Identity("per-witkoff", "Steve Witkoff", "PER", ("Steve Witkoff", "Steven Witkoff", "M. Witkoff"), tuple(ids[:4])))
    store_docs.put_identity(store, Identity("per-poutine", "Vladimir Poutine", "PER", ("Poutine",), tuple(ids)))
    story = Story("story-1", "Trump et Poutine", ("ev-1", "ev-2"), tuple(ids), base - timedelta(days=30), base + timedelta(hours=5))
    store_docs.put_story(store, story)
    store_docs.put_event(store, Event("ev-1", "story-1", tuple(ids[:4]), base, base, "Witkoff à Moscou"))
    store_docs.put_event(store, Event("ev-2", "story-1", (ids[4],), base - timedelta(days=30), None, "Appel"))
    for i, a in enumerate(ids):
        store_docs.put_assignment(store, a, "story-1", "ev-1" if i < 4 else "ev-2")
    store_docs.put_reuse(store, Reuse("seed1", "seed3", "passage", 900, 0.4, ((0, 10, 0, 10),)))
    store_docs.put_reuse(store, Reuse("seed3", "seed1", "passage", 900, 0.5, ((0, 10, 0, 10),)))
    c1 = Claim("c1", "seed0", "des milliers de soldats ukrainiens sont encerclés", 10, 60)
    c2 = Claim("c2", "seed1", "des milliers de soldats ukrainiens sont encerclés", 10, 60)
    deny = Claim("c3", "seed2", "l'armée ukrainienne dément l'encerclement", 10, 50, denial=True)
    c4 = Claim("c4", "seed2", "Witkoff était à Moscou le 13 mars", 70, 100)
    report = StoryReport(
        id="story-1",
        title="Trump et Poutine",
        events=("ev-1", "ev-2"),
        claims=(
            ClaimGroup("g1", "Des milliers de soldats ukrainiens sont encerclés", "statement", "contradicted",
                       (c1, c2), ("seed0", "seed1"), 2, ("seed2",), ("seed4",)),
            ClaimGroup("g2", "Witkoff était à Moscou le 13 mars", "reporting", "corroborated", (c4,), ("seed2", "seed3"), 2),
            ClaimGroup("g3", "Le pétrole <b>monte</b>", "reporting", "single", (deny,), ("seed4",), 1),
        ),
        quote_groups=(
            QuoteGroup("per-trump", "Donald Trump", (
                ("seed0", "J'ai demandé à Vladimir Poutine d'épargner leurs vies avec insistance"),
                ("seed2", "J’exhorte vivement le président Poutine à épargner leurs vies"),
            ), ("demandé / exhorte",)),
        ),
        one_sided=(OneSided("seed1", "c2", "the Ukrainian army's denial"),),
        timeline=(
            TimelineEntry(date(2025, 2, 12), "Appel Trump–Poutine", ("seed4",)),
            TimelineEntry(date(2025, 3, 13), "Witkoff reçu par Poutine à Moscou", ("seed2", "seed3")),
            TimelineEntry(date(2025, 3, 14), "Trump demande d'épargner les soldats", ("seed0", "seed1")),
        ),
        summary=(SummarySentence("Trump a demandé à Poutine d'épargner les soldats.", ("seed0", "seed2")),),
    )
    store.put_doc("report", "story-1", report)
    return ids


def add_hostile(store: Store) -> str:
    """An article whose title and text hold script and onerror payloads."""
    article = Article(
        id="hostile",
        input="test:hostile",
        body=XSS_BODY,
        content_hash=hashlib.sha256(XSS_BODY.encode()).hexdigest(),
        title=XSS_TITLE,
        outlet="<b>Evil</b> outlet",
        url="javascript:alert(1)",
        language="fr",
        removed=("<script>alert('removed')</script>",),
    )
    store.add_article(article)
    return article.id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run `app` with uvicorn on a free loopback port in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start on 127.0.0.1 within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
