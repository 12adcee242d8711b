"""End to end in headless Chromium: the seeds posted through the API run the real pipeline, then a
person reads the story, its contradiction, one-sided accounts, quote variants and timeline, searches
for Witkoff and opens his page. Screenshots go to artifacts/screenshots/ (and, with RECOUPE_UPDATE_SCREENSHOTS=1, the story page
to docs/img/story.png for the README)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import ROOT, SEEDS, require_shared
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_web_support import TOKEN, serving

from recoupe import config
from recoupe.api import create_app
from recoupe.store import SQLiteStore

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# The flags this machine needs: no sandbox as root, and no background traffic to a closed network.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "artifacts" / "screenshots"
HOSTILE = (
    "Un titre <script>window.__pwned=1</script> piégé\n\n"
    "Ce texte contient une balise <script>window.__pwned=2;alert('x')</script> et une image "
    '<img src=x onerror="window.__pwned=3;alert(1)"> qui ne doivent jamais s\'exécuter. Le reste de '
    "l'article parle d'autre chose, pour que le nettoyeur garde ce paragraphe comme du texte.\n"
)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """A server on loopback with the real layers; the seeds and a hostile article posted through the API."""
    seeds = sorted(require_shared(SEEDS).glob("*.txt"))
    path = tmp_path_factory.mktemp("browser") / "browser.db"
    store = SQLiteStore(str(path))
    settings = config.load(env={}, db=str(path), api_token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    ids: dict[str, str] = {}
    with serving(create_app(settings, store)) as base, httpx.Client(base_url=base, timeout=600, headers=auth) as c:
        for i, seed in enumerate(seeds):
            text = seed.read_text(encoding="utf-8")
            if i % 2:  # both ways a script posts text: JSON, and a text/plain body
                response = c.post("/api/v1/articles", json={"text": text, "name": seed.name})
            else:
                response = c.post("/api/v1/articles", content=text.encode(), params={"name": seed.name},
                                  headers={"Content-Type": "text/plain; charset=utf-8"})
            assert response.status_code == 201, response.text
            ids[seed.name] = response.json()["added"][0]
        hostile = c.post("/api/v1/articles", content=HOSTILE.encode(), headers={"Content-Type": "text/plain"})
        assert hostile.status_code == 201, hostile.text
        ids["hostile"] = hostile.json()["added"][0]
        yield base, ids
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `bash scripts/ensure-chromium.sh` (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(30_000)
    yield p
    context.close()


def shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    return target


def test_read_the_seed_story(live: tuple[str, dict[str, str]], page: Page) -> None:
    base, ids = live
    page.goto(base + "/")
    shot(page, "front")
    rows = page.locator(".story-row")
    expect(rows.first).to_be_visible()
    # The story of the seeds: the row holding the most articles, with its contradiction badge.
    biggest = max(range(rows.count()), key=lambda i: int(rows.nth(i).locator(".facts span").first.inner_text().split()[0]))
    row = rows.nth(biggest)
    assert int(row.locator(".facts span").first.inner_text().split()[0]) >= 4
    expect(row.locator(".badge-contradicted")).to_be_visible()
    row.locator("a.story-title").click()
    page.wait_for_url("**/stories/**")

    expect(page.locator("#summary .summary-sentence").first).to_be_visible()
    expect(page.locator("#summary a.cite").first).to_be_visible()
    contradicted = page.locator("#claims tr.claim-row.status-contradicted")
    expect(contradicted.first).to_be_visible()
    expect(page.locator("#one-sided .flag-one-sided").first).to_be_visible()
    expect(page.locator("#coverage td.cell-contradicts").first).to_be_visible()
    variants = page.locator("#quotes .quote-group").first.locator("tr.variant")
    assert variants.count() >= 2
    expect(page.locator("#quotes mark.diff").first).to_be_visible()
    events = page.locator("#timeline svg.timeline g.event")
    assert events.count() >= 2
    assert "2025-03-14" in (page.locator("#timeline svg.timeline").text_content() or "")
    expect(page.locator("#copy-graph svg.graph .edge").first).to_be_attached()
    shot(page, "story")
    # The README's picture: the top of the page (summary, then the claims, contradicted first).
    readme = SHOTS / "story-top.png"
    page.screenshot(path=str(readme), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 1800})
    if os.environ.get("RECOUPE_UPDATE_SCREENSHOTS"):  # refresh the committed picture only when asked
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(readme, ROOT / "docs" / "img" / "story.png")

    page.locator("#claims .filters a.status-contradicted").click()
    page.wait_for_url("**status=contradicted**")
    statuses = page.locator("#claims tr.claim-row").evaluate_all("rows => rows.map(r => r.dataset.status)")
    assert statuses and set(statuses) == {"contradicted"}


def test_search_witkoff_and_open_his_page(live: tuple[str, dict[str, str]], page: Page) -> None:
    base, _ = live
    page.goto(base + "/")
    page.locator(".quicksearch input[name=q]").fill("Witkoff")
    page.locator(".quicksearch input[name=q]").press("Enter")
    page.wait_for_url("**/search?q=Witkoff**")
    expect(page.locator(".hit mark").first).to_be_visible()
    shot(page, "search")
    page.locator(".hit-entities a").filter(has_text="Witkoff").first.click()
    page.wait_for_url("**/entities/**")
    expect(page.locator("#entity-name")).to_contain_text("Witkoff")
    expect(page.locator(".names li").first).to_be_visible()
    shot(page, "entity")


def test_article_page_and_hostile_text(live: tuple[str, dict[str, str]], page: Page) -> None:
    base, ids = live
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base}/articles/{ids['000_17ee9b2c522df534.txt']}")
    expect(page.locator("#article-body .entity").first).to_be_visible()
    page.locator("#removed summary").click()
    expect(page.locator("#removed li").first).to_be_visible()
    shot(page, "article")

    page.goto(f"{base}/articles/{ids['hostile']}")
    expect(page.locator("#article-body")).to_contain_text("<script>window.__pwned=2;alert('x')</script>")
    expect(page.locator("#article-body")).to_contain_text('<img src=x onerror="window.__pwned=3;alert(1)">')
    page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article-body img, #article-body script").count() == 0
    assert dialogs == []
    shot(page, "hostile")


def test_ingest_form_shows_progress(live: tuple[str, dict[str, str]], page: Page) -> None:
    base, _ = live
    page.goto(base + "/ingest")
    page.wait_for_url("**/login**")
    page.locator("input[name=token]").fill(TOKEN)
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/ingest")
    text = require_shared(SEEDS).joinpath("003_22ff9800b2830ce4.txt").read_text(encoding="utf-8")
    page.locator("textarea[name=text]").fill(text + "\nUne phrase ajoutée pour en faire un nouveau document.\n")
    page.locator("#ingest-form button[type=submit]").click()
    page.wait_for_url("**/ingest/jobs/**")
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and page.locator("#job").get_attribute("data-state") not in ("done", "failed"):
        page.wait_for_timeout(500)
    assert page.locator("#job").get_attribute("data-state") == "done", page.locator("#job").inner_text()
    expect(page.locator("#job-result")).to_contain_text("1 added")
    shot(page, "ingest-done")


def test_story_page_fits_a_phone(live: tuple[str, dict[str, str]], browser: Browser) -> None:
    base, ids = live
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(f"{base}/articles/{ids['000_17ee9b2c522df534.txt']}")
        page.locator("nav a", has_text="Stories").click()
        page.locator("a.story-title").first.click()
        page.wait_for_url("**/stories/**")
        # Wide tables scroll inside their own box; the page itself never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
        shot(page, "story-phone")
    finally:
        context.close()
