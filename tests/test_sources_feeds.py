"""RSS/Atom feeds and sitemaps over a real local server, and as local files."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sources_server import LocalServer, Route

from recoupe import config, pipeline, sources
from recoupe.model import RawDocument
from recoupe.sources import feeds
from recoupe.store import Store

FIXED = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


@pytest.fixture
def loopback(tmp_path: Path) -> config.Settings:
    return config.load(env={}, db=str(tmp_path / "t.db"), allow_private=True, http_timeout=5.0)


def read(inputs: list[str], settings: config.Settings) -> list[RawDocument]:
    return list(sources.read(inputs, settings, clock=lambda: FIXED))


def seed_html(seeds_dir: Path, name: str) -> bytes:
    """A real seed article wrapped as a minimal page (its paragraphs as <p>)."""
    text = (seeds_dir / name).read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paragraphs}</body></html>".encode()


def rss(items: str, title: str = "Le fil") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>http://x/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def test_rss_entries_are_fetched_with_title_and_date(
    server: LocalServer, loopback: config.Settings, seeds_dir: Path
) -> None:
    server.routes["/a"] = Route(200, seed_html(seeds_dir, "000_17ee9b2c522df534.txt"), HTML)
    server.routes["/b"] = Route(200, seed_html(seeds_dir, "001_c5340d985f977fde.txt"), HTML)
    items = (
        f"<item><title>Trump et Poutine</title><link>{server.url('/a')}</link>"
        "<pubDate>Fri, 14 Mar 2025 15:53:00 +0100</pubDate><description>court</description></item>"
        "<item><title>Deuxième</title><link>/b</link></item>"
    )
    server.routes["/feed"] = Route(200, rss(items), {"Content-Type": "application/rss+xml"})
    docs = read([server.url("/feed")], loopback)
    assert [d.input for d in docs] == [server.url("/a"), server.url("/b")]
    assert all(d.error is None and d.kind == "html" and d.fetched_at == FIXED for d in docs)
    assert docs[0].hints["title"] == "Trump et Poutine"
    assert docs[0].hints["published"] == "2025-03-14T14:53:00+00:00"
    assert docs[0].hints["feed_title"] == "Le fil"
    assert "published" not in docs[1].hints
    assert "updated" not in docs[0].hints  # RSS has no update date: none is invented
    assert docs[0].data == server.routes["/a"].body  # type: ignore[union-attr]


def test_atom_full_text_entry_is_used_without_fetching(
    server: LocalServer, loopback: config.Settings, seeds_dir: Path
) -> None:
    full = seed_html(seeds_dir, "004_afb25927b7562f1b.txt").decode()
    escaped = full.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>'
        "<id>urn:x</id><updated>2025-03-14T10:00:00Z</updated><entry><title>Appel</title>"
        f'<link href="{server.url("/never")}"/><id>urn:1</id><updated>2025-03-14T10:00:00Z</updated>'
        f'<published>2025-03-14T09:00:00+01:00</published><content type="html">{escaped}</content></entry></feed>'
    ).encode()
    server.routes["/atom"] = Route(200, atom, {"Content-Type": "application/atom+xml"})
    [doc] = read([server.url("/atom")], loopback)
    assert doc.error is None and doc.kind == "html" and doc.url == server.url("/never")
    assert "Poutine" in doc.data.decode()
    assert doc.hints["published"] == "2025-03-14T08:00:00+00:00"
    assert "/never" not in server.paths()


def test_sitemap_index_and_news_sitemap(server: LocalServer, loopback: config.Settings) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    news = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    server.routes["/sitemap.xml"] = Route(
        200,
        f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{server.url("/s1.xml.gz")}</loc></sitemap>'
        f"<sitemap><loc>{server.url('/sitemap.xml')}</loc></sitemap></sitemapindex>".encode(),
        {"Content-Type": "application/xml"},
    )
    urlset = (
        f'<?xml version="1.0"?><urlset {ns} {news}><url><loc>{server.url("/p1")}</loc>'
        "<news:news><news:publication_date>2025-03-14T15:53:00+01:00</news:publication_date>"
        "<news:title>Titre un</news:title></news:news></url>"
        f"<url><loc>{server.url('/p2')}</loc><lastmod>2025-03-15</lastmod></url>"
        f"<url><loc>{server.url('/p1')}</loc></url></urlset>"
    )
    server.routes["/s1.xml.gz"] = Route(
        200, gzip.compress(urlset.encode()), {"Content-Type": "application/gzip"}
    )
    server.routes["/p1"] = Route(200, b"<p>Un article.</p>", HTML)
    server.routes["/p2"] = Route(200, b"Deux.", {"Content-Type": "text/plain"})
    docs = read([server.url("/sitemap.xml")], loopback)
    assert [d.input for d in docs] == [server.url("/p1"), server.url("/p2")]  # the repeat and the loop: once
    assert docs[0].hints["title"] == "Titre un" and docs[0].hints["published"] == "2025-03-14T15:53:00+01:00"
    assert docs[1].hints["lastmod"] == "2025-03-15" and "published" not in docs[1].hints
    assert "updated" not in docs[1].hints  # a page's lastmod is not the article's update time
    assert server.paths().count("/sitemap.xml") == 1


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Route(500, b"<html>oops</html>", {"Content-Type": "application/rss+xml"}), "HTTP 500"),
        (
            Route(200, b"\x00\x01garbage<<<>>> not xml", {"Content-Type": "application/rss+xml"}),
            "not a readable feed",
        ),
        (Route(200, b"", {"Content-Type": "application/rss+xml"}), "empty"),
        (Route(200, b"<?xml version='1.0'?><rss><channel><title>t</title>", {}), "not a readable feed"),
    ],
)
def test_broken_feed_is_rejected_and_the_batch_goes_on(
    server: LocalServer, loopback: config.Settings, route: Route, reason: str
) -> None:
    server.routes["/bad.rss"] = route
    server.routes["/after"] = Route(200, b"<p>Ensuite.</p>", HTML)
    bad, after = read([server.url("/bad.rss"), server.url("/after")], loopback)
    assert bad.error is not None and reason in bad.error
    assert bad.data == route.body and bad.input == server.url("/bad.rss")
    assert after.error is None


def test_feed_file_on_disk(tmp_path: Path, server: LocalServer, loopback: config.Settings) -> None:
    server.routes["/a"] = Route(200, b"<p>A.</p>", HTML)
    path = tmp_path / "fil.rss"
    path.write_bytes(rss(f"<item><title>A</title><link>{server.url('/a')}</link></item>"))
    [doc] = read([str(path)], loopback)
    assert doc.input == server.url("/a") and doc.hints["title"] == "A"


def test_sniff_recognises_roots_only() -> None:
    assert feeds.sniff(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>") == "feed"
    assert feeds.sniff(b"<feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert feeds.sniff(b"<rdf:RDF xmlns:rdf='x'>") == "feed"
    assert feeds.sniff(b"<?xml version='1.0'?><urlset>") == "sitemap"
    assert feeds.sniff(b"<sitemapindex>") == "sitemapindex"
    assert feeds.sniff(b"<!DOCTYPE html><html><body>rss feed</body></html>") is None
    assert feeds.sniff(b"Un texte qui parle de <rss>.") is None


def test_feed_through_ingest_then_not_modified(
    server: LocalServer, loopback: config.Settings, seeds_dir: Path, store: Store
) -> None:
    server.routes["/a"] = Route(200, seed_html(seeds_dir, "000_17ee9b2c522df534.txt"), HTML)
    server.routes["/b"] = Route(200, seed_html(seeds_dir, "002_df4fda8655784703.txt"), HTML)
    body = rss(f"<item><title>A</title><link>{server.url('/a')}</link></item><item><link>/b</link></item>")

    def feed(headers: dict[str, str]) -> Route:
        if headers.get("if-none-match") == '"f1"':
            return Route(304)
        return Route(200, body, {"Content-Type": "application/rss+xml", "ETag": '"f1"'})

    server.routes["/feed"] = feed
    first = pipeline.ingest(store, [server.url("/feed")], loopback)
    assert len(first.added) == 2 and first.rejected == []
    assert sorted(a.url or "" for a in store.iter_articles()) == [server.url("/a"), server.url("/b")]
    # The next run sends the stored ETag back; the 304 means nothing is fetched or added.
    second = pipeline.ingest(store, [server.url("/feed")], loopback)
    assert (second.added, second.rejected, second.unchanged) == ([], [], 0)
    assert server.paths()[-1] == "/feed" and server.paths().count("/a") == 1
