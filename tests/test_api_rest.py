"""The REST API over real HTTP on loopback: every endpoint, auth, the error shape, pagination, ETags."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from conftest import SEEDS, require_shared
from test_web_support import HAND_LAYERS, TOKEN, add_hostile, build_store, serving

from recoupe import config
from recoupe.api import create_app
from recoupe.model import Story
from recoupe.store import SQLiteStore
from recoupe.store import docs as store_docs


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    store = SQLiteStore(str(path))
    build_store(store, require_shared(SEEDS))
    add_hostile(store)
    # A story the comparison cannot report on: its page must fail with the JSON error shape, not a crash.
    store_docs.put_story(store, Story("broken", "no report", (), ("seed0",)))
    yield store
    store.close()


@pytest.fixture(scope="module")
def base(hand_store: SQLiteStore) -> Iterator[str]:
    settings = config.load(env={}, db=hand_store.path, api_token=TOKEN, max_request_bytes=100_000)
    with serving(create_app(settings, hand_store, HAND_LAYERS)) as url:
        yield url


@pytest.fixture(scope="module")
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def assert_error(response: httpx.Response, status: int) -> dict[str, object]:
    """The one error shape of the API."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    return error  # type: ignore[no-any-return]


def test_lists_and_items(client: httpx.Client) -> None:
    stories = client.get("/api/v1/stories").json()
    assert stories["total"] == 2
    row = next(s for s in stories["items"] if s["id"] == "story-1")
    assert (row["articles"], row["outlets"], row["contradicted"]) == (5, 4, 1)

    story = client.get("/api/v1/stories/story-1").json()
    assert story["report"]["claims"][0]["status"] == "contradicted"
    assert story["event_ids"] == ["ev-1", "ev-2"]

    claims = client.get("/api/v1/stories/story-1/claims", params={"status": "corroborated"}).json()
    assert [c["id"] for c in claims["items"]] == ["g2"]

    events = client.get("/api/v1/events", params={"story_id": "story-1"}).json()
    assert {e["id"] for e in events["items"]} == {"ev-1", "ev-2"}

    articles = client.get("/api/v1/articles", params={"outlet": "Outlet 1"}).json()
    assert [a["id"] for a in articles["items"]] == ["seed1"]
    dated = client.get("/api/v1/articles", params={"since": "2025-03-14", "until": "2025-03-14"}).json()
    assert dated["total"] == 4  # seed3 has no date

    article = client.get("/api/v1/articles/seed2").json()
    assert article["story_id"] == "story-1" and article["analysis"]["entities"]
    assert "Witkoff" in article["body"]

    entities = client.get("/api/v1/entities", params={"name": "steven"}).json()
    assert [e["id"] for e in entities["items"]] == ["per-witkoff"]
    entity = client.get("/api/v1/entities/per-witkoff").json()
    assert entity["identity"]["names"][1] == "Steven Witkoff"
    assert entity["stories"] == [{"id": "story-1", "title": "Trump et Poutine"}]

    quotes = client.get("/api/v1/quotes", params={"speaker_id": "per-witkoff"}).json()
    assert quotes["total"] >= 2 and all(q["speaker_id"] == "per-witkoff" for q in quotes["items"])


def test_search_with_filters(client: httpx.Client) -> None:
    found = client.get("/api/v1/search", params={"q": "Witkoff"}).json()
    assert found["totals"]["entities"] == 1 and found["totals"]["articles"] == 3
    assert {h["id"] for h in found["items"] if h["kind"] == "articles"} == {"seed0", "seed2", "seed3"}
    assert "\x02" in found["items"][0]["snippet"]
    only = client.get("/api/v1/search", params={"q": "witkoff", "kind": "articles", "outlet": "Outlet 2"}).json()
    assert [h["id"] for h in only["items"]] == ["seed2"]
    # Accents do not matter, operators are plain words.
    assert client.get("/api/v1/search", params={"q": "EPARGNER", "kind": "articles"}).json()["total"] >= 2
    assert client.get("/api/v1/search", params={"q": 'NEAR("x" OR) *:'}).status_code == 200
    assert client.get("/api/v1/search", params={"q": "witkoff", "until": "2025-03-13"}).json()["totals"]["articles"] == 0


def test_pagination_walks_every_item_once(client: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/api/v1/articles?limit=2"
    pages = 0
    while url and pages < 10:
        response = client.get(url)
        body = response.json()
        seen.extend(a["id"] for a in body["items"])
        if body["next"]:
            assert 'rel="next"' in response.headers["link"]
        url = body["next"]
        pages += 1
    assert len(seen) == len(set(seen)) == 6 and pages == 3
    last = client.get("/api/v1/articles", params={"limit": 2, "offset": 4}).json()
    assert last["next"] is None and last["prev"] and last["total"] == 6


def test_etag_gives_304(client: httpx.Client) -> None:
    first = client.get("/api/v1/stories/story-1")
    etag = first.headers["etag"]
    again = client.get("/api/v1/stories/story-1", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other = client.get("/api/v1/stories/story-1", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_error_shape(client: httpx.Client) -> None:
    assert_error(client.get("/api/v1/no-such-thing"), 404)
    assert "no article" in str(assert_error(client.get("/api/v1/articles/nope"), 404)["message"])
    assert_error(client.get("/api/v1/stories/nope"), 404)
    assert_error(client.get("/api/v1/entities/nope"), 404)
    error = assert_error(client.get("/api/v1/articles", params={"limit": 0}), 422)
    assert error["code"] == "invalid_request" and error["details"]
    assert_error(client.get("/api/v1/search"), 422)
    assert_error(client.get("/api/v1/stories/story-1/claims", params={"status": "maybe"}), 422)
    assert_error(client.post("/api/v1/articles", json={"text": "x"}), 401)
    assert_error(client.delete("/api/v1/stories"), 405)
    crash = assert_error(client.get("/api/v1/stories/broken"), 500)
    assert crash["code"] == "server_error"


def test_writes_need_the_token(client: httpx.Client) -> None:
    assert_error(client.post("/api/v1/articles", json={"text": "hello"}), 401)
    wrong = {"Authorization": "Bearer wrong"}
    assert_error(client.post("/api/v1/articles", json={"text": "hello"}, headers=wrong), 401)
    assert_error(client.post("/api/v1/articles", content="hello", headers={"Content-Type": "text/plain"}), 401)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    # Authorised, but refused before anything runs: the body is checked first.
    assert_error(client.post("/api/v1/articles", json={}, headers=auth), 422)
    assert_error(client.post("/api/v1/articles", json={"text": "a", "url": "http://x.org"}, headers=auth), 422)
    assert_error(client.post("/api/v1/articles", content=b"\x00", headers={**auth, "Content-Type": "image/png"}), 415)
    refused = assert_error(client.post("/api/v1/articles", json={"url": "http://127.0.0.1:9/"}, headers=auth), 422)
    assert "RECOUPE_ALLOW_PRIVATE" in str(refused["message"])
    too_big = "x" * 200_000
    assert_error(client.post("/api/v1/articles", content=too_big, headers={**auth, "Content-Type": "text/plain"}), 413)
    assert_error(client.get("/api/v1/jobs/unknown", headers=auth), 404)


def test_private_reads(hand_store: SQLiteStore) -> None:
    settings = config.load(env={}, db=hand_store.path, api_token=TOKEN, public_reads=False)
    with serving(create_app(settings, hand_store, HAND_LAYERS)) as url:
        assert_error(httpx.get(f"{url}/api/v1/stories"), 401)
        ok = httpx.get(f"{url}/api/v1/stories", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and "private" in ok.headers["cache-control"]
        page = httpx.get(f"{url}/", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_writes_disabled_without_configured_token(hand_store: SQLiteStore) -> None:
    settings = config.load(env={}, db=hand_store.path)
    with serving(create_app(settings, hand_store, HAND_LAYERS)) as url:
        error = assert_error(httpx.post(f"{url}/api/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer nothing"}), 401)
        assert "RECOUPE_API_TOKEN" in str(error["message"])


def test_openapi_documents_every_route(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for path in ("/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/stories/{story_id}/claims",
                 "/api/v1/events", "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/entities",
                 "/api/v1/entities/{entity_id}", "/api/v1/quotes", "/api/v1/search"):
        assert path in paths, path
    assert "post" in spec["paths"]["/api/v1/articles"]
    assert not any(p.startswith(("/stories", "/static")) for p in paths), "web pages stay out of the API schema"


def test_security_headers(client: httpx.Client) -> None:
    for path in ("/api/v1/stories", "/", "/api/v1/nope"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from recoupe.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--host" in result.output
