"""The web pages over real HTTP (hand-written layer records on the seeds' text): content, escaping,
sign-in, CSRF, and the ingest form's guards. The browser test covers the same with the real pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import httpx
import pytest
from conftest import SEEDS, require_shared
from test_web_support import HAND_LAYERS, TOKEN, add_hostile, build_store, serving

from recoupe import config
from recoupe.api import create_app
from recoupe.model import Reuse, TimelineEntry
from recoupe.store import SQLiteStore
from recoupe.web import charts, diff
from recoupe.web.highlight import Span, marked, runs


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("web") / "web.db"
    store = SQLiteStore(str(path))
    build_store(store, require_shared(SEEDS))
    add_hostile(store)
    settings = config.load(env={}, db=str(path), api_token=TOKEN)
    with serving(create_app(settings, store, HAND_LAYERS)) as url:
        yield url
    store.close()


def test_front_page_ranks_stories_with_their_facts(base: str) -> None:
    html = httpx.get(base + "/").text
    row = html[html.index('data-story="story-1"'):]
    assert "5 articles" in row and "4 outlets" in row and "4 independent lines" in row
    assert "1 contradicted" in row and "2025-02-12 → 2025-03-14" in row


def test_story_page_shows_the_comparison(base: str) -> None:
    html = httpx.get(base + "/stories/story-1").text
    for section in ("summary", "claims", "coverage", "one-sided", "quotes", "timeline", "copy-graph"):
        assert f'id="{section}"' in html, section
    assert 'class="flag flag-one-sided"' in html and "the Ukrainian army&#39;s denial" in html
    assert '<mark class="diff">exhorte vivement le président Poutine</mark>' in html
    assert html.count('class="event"') == 3 and "<svg class=\"timeline\"" in html
    assert 'class="edge edge-passage"' in html  # the copy graph has its reuse arrow
    assert "cell cell-contradicts" in html and "cell cell-one-sided" in html
    assert "Le pétrole &lt;b&gt;monte&lt;/b&gt;" in html  # claim text is escaped too
    only = httpx.get(base + "/stories/story-1", params={"status": "contradicted"}).text
    assert only.count('<tr class="claim-row') == 1 and 'data-status="contradicted"' in only


def test_article_page_highlights_and_escapes(base: str) -> None:
    html = httpx.get(base + "/articles/seed2").text
    assert re.search(r'<span class="entity entity-per" title="Steve Witkoff"><a href="/entities/per-witkoff">Witkoff</a>', html)
    assert '<span class="date"' in html and 'class="quote"' in html
    assert "Image: watson" in html and "<details" in html  # removed debris, on demand
    reused = httpx.get(base + "/articles/seed1").text
    assert "/articles/seed3" in reused and '<span class="shared" title="shared with Outlet 3">' in reused  # reuse
    hostile = httpx.get(base + "/articles/hostile").text
    assert "<script>window" not in hostile and "<img src=x" not in hostile
    assert "&lt;script&gt;window.__pwned=2" in hostile and "&lt;img src=x onerror=" in hostile
    assert "javascript:" not in hostile  # the article's own URL is not linked when not http(s)
    assert re.findall(r"<script[^>]*>", hostile) == ['<script src="/static/app.js" defer>']


def test_entity_search_and_error_pages(base: str) -> None:
    entity = httpx.get(base + "/entities/per-witkoff").text
    assert "Steven Witkoff" in entity and "/stories/story-1" in entity
    found = httpx.get(base + "/search", params={"q": "witkoff"}).text
    assert "<mark>Witkoff</mark>" in found and 'href="/entities/per-witkoff"' in found
    filtered = httpx.get(base + "/search", params={"q": "witkoff", "kind": "articles", "outlet": "Outlet 3"}).text
    assert "/articles/seed3" in filtered and "/articles/seed2" not in filtered
    missing = httpx.get(base + "/articles/nope")
    assert missing.status_code == 404 and "no article with id" in missing.text
    assert missing.headers["content-type"].startswith("text/html")


def test_sign_in_csrf_and_ingest_guards(base: str) -> None:
    with httpx.Client(base_url=base) as client:
        assert client.get("/ingest").headers["location"] == "/login?next=/ingest"
        form = client.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        assert csrf is not None
        # Without the token from the form (a cross-site post), refused.
        assert client.post("/login", data={"token": TOKEN, "next": "/ingest"}).status_code == 403
        wrong = client.post("/login", data={"token": "nope", "csrf": csrf.group(1)})
        assert wrong.status_code == 401 and "Wrong token" in wrong.text
        ok = client.post("/login", data={"token": TOKEN, "csrf": csrf.group(1), "next": "//evil.example/"})
        assert ok.status_code == 303 and ok.headers["location"] == "/"  # no open redirect
        page = client.get("/ingest")
        assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.text
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None
        assert client.post("/ingest", data={"text": "x"}).status_code == 403
        refused = client.post("/ingest", data={"csrf": token.group(1), "url": "http://127.0.0.1:9/a"})
        assert refused.status_code == 422 and "RECOUPE_ALLOW_PRIVATE" in refused.text
        empty = client.post("/ingest", data={"csrf": token.group(1)})
        assert empty.status_code == 422 and "Nothing to add" in empty.text
    assert httpx.post(base + "/ingest", data={"text": "x"}).status_code == 401


def test_highlight_runs_cover_text_once() -> None:
    text = "Steve Witkoff est arrivé vendredi."
    pieces = runs(text, [Span(0, 13, "entity"), Span(6, 13, "quote"), Span(25, 33, "date"), Span(30, 99, "bad")])
    assert "".join(p.text for p in pieces) == text
    assert [p.kinds for p in pieces][:3] == [("entity",), ("entity", "quote"), ()]
    assert marked("a \x02b\x03 c", "\x02", "\x03") == [("a ", False), ("b", True), (" c", False)]


def test_quote_alignment_keeps_the_variant_exactly() -> None:
    variant = "J’exhorte vivement le président Poutine à épargner leurs vies"
    pieces = diff.align("J'ai demandé à Vladimir Poutine d'épargner leurs vies avec insistance", variant)
    assert "".join(p.text for p in pieces) == variant
    assert any(p.kind == "changed" and "exhorte" in p.text for p in pieces)
    assert any(p.kind == "same" and "épargner leurs vies" in p.text for p in pieces)
    assert diff.similarity("a b c", "a b c") == 1.0


def test_charts_geometry() -> None:
    t = charts.timeline([TimelineEntry(date(2025, 3, 14), "b", ("x",)), TimelineEntry(date(2025, 2, 12), "a", ("y",))])
    assert [p.text for p in t.points] == ["a", "b"]
    assert t.points[0].x == charts.MARGIN and t.points[1].x == charts.WIDTH - charts.MARGIN
    assert [d.count for d in t.days] == [1, 1] and t.points[1].y > t.points[0].y
    g = charts.copy_graph(["a", "b", "c"], {"a": "A"}, {"b": 0, "a": 1, "c": 2},
                          [Reuse("a", "b", "passage", 10, 0.5), Reuse("b", "a", "passage", 10, 0.5)])
    assert len(g.nodes) == 3 and len(g.edges) == 1
    assert (g.edges[0].source, g.edges[0].target) == ("b", "a")  # from the earlier to the later


def test_session_cookie_cannot_write_through_the_api(base: str) -> None:
    with httpx.Client(base_url=base) as client:
        form = client.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        assert csrf is not None
        assert client.post("/login", data={"token": TOKEN, "csrf": csrf.group(1)}).status_code == 303
        assert client.get("/api/v1/jobs/none").status_code == 404  # signed in: reads of jobs are allowed
        refused = client.post("/api/v1/articles", content="x", headers={"Content-Type": "text/plain"})
        assert refused.status_code == 401
