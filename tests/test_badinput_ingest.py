"""Bad input through the whole ingest into a real SQLite store: rejected with reason and bytes, batch goes on."""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sources_server import LocalServer, Route

from recoupe import config, pipeline
from recoupe.store import SQLiteStore

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
SEED = "003_22ff9800b2830ce4.txt"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


def bad_folder(root: Path, seeds_dir: Path) -> Path:
    """A folder where bad files sort before and after one real article (a seed)."""
    folder = root / "inputs"
    folder.mkdir()
    seed = (seeds_dir / SEED).read_bytes()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_image.txt").write_bytes(PNG)
    rng = random.Random(3)
    (folder / "c_random.html").write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    (folder / "d_truncated.html.gz").write_bytes(gzip.compress(seed)[:300])
    (folder / "e_huge.txt").write_bytes(b"texte " * 20_000)
    (folder / "f_whitespace.txt").write_bytes(b" \n\n\t ")
    (folder / "g_broken.jsonl").write_bytes(b'{"id": "x1", "text": \n')
    (folder / "m_seed.txt").write_bytes(seed)
    return folder


def test_every_bad_file_is_rejected_with_reason_and_bytes(
    tmp_path: Path, seeds_dir: Path, store: SQLiteStore, settings: config.Settings
) -> None:
    folder = bad_folder(tmp_path, seeds_dir)
    small = settings.replace(max_bytes=50_000)
    report = pipeline.ingest(store, [str(folder)], small)
    reasons = {Path(path).name: reason for _, path, reason in report.rejected}
    assert set(reasons) == {
        "a_empty.txt",
        "b_image.txt",
        "c_random.html",
        "d_truncated.html.gz",
        "e_huge.txt",
        "f_whitespace.txt",
        "g_broken.jsonl#L1",
    }
    assert reasons["a_empty.txt"].startswith("empty")
    assert reasons["b_image.txt"].startswith("binary") and "PNG" in reasons["b_image.txt"]
    assert reasons["c_random.html"].startswith("binary")
    assert reasons["d_truncated.html.gz"].startswith("truncated gzip")
    assert reasons["e_huge.txt"].startswith("too large")
    assert reasons["f_whitespace.txt"].startswith("empty")
    assert reasons["g_broken.jsonl#L1"].startswith("malformed JSON")
    stored = {Path(r.input).name: r for r in store.iter_rejected()}
    assert stored["b_image.txt"].raw == PNG
    assert stored["e_huge.txt"].raw == (b"texte " * 20_000)[:50_000]
    assert stored["d_truncated.html.gz"].raw == (folder / "d_truncated.html.gz").read_bytes()
    # The good file after the bad ones was ingested.
    assert len(report.added) == 1 and store.count_articles() == 1
    assert store.get_article(report.added[0]).input == str(folder / "m_seed.txt")
    # A second run over the same inputs adds nothing.
    again = pipeline.ingest(store, [str(folder)], small)
    assert (again.added, again.rejected, again.unchanged) == ([], [], 8)
    assert (store.count_articles(), store.count_rejected()) == (1, 7)


def test_encodings_and_malformed_html_become_articles(
    tmp_path: Path, seeds_dir: Path, store: SQLiteStore, settings: config.Settings
) -> None:
    # Each legacy-encoded file must give exactly the article its UTF-8 twin gives.
    wide = (seeds_dir / "004_afb25927b7562f1b.txt").read_text(encoding="utf-8")  # ’ “ ” É: all in cp1252
    narrow = "".join(ch if ord(ch) < 256 else "'" for ch in (seeds_dir / SEED).read_text(encoding="utf-8"))
    (tmp_path / "cp1252.txt").write_bytes(wide.encode("cp1252"))
    (tmp_path / "cp1252_utf8.txt").write_bytes(wide.encode("utf-8"))
    (tmp_path / "latin1.txt").write_bytes(narrow.encode("latin-1"))
    (tmp_path / "latin1_utf8.txt").write_bytes(narrow.encode("utf-8"))
    paragraphs = "".join(f"<p>{line}" for line in wide.splitlines() if line.strip())  # never closed
    (tmp_path / "unclosed.html").write_bytes(f"<html><body><div><article>{paragraphs}".encode())
    report = pipeline.ingest(store, [str(tmp_path)], settings)
    outcomes = {Path(p).name: r for _, p, r in report.rejected}
    # Malformed HTML is extracted or rejected with a reason, never a crash.
    assert len(report.added) + len(report.rejected) == 5
    assert all(reason for reason in outcomes.values())
    bodies = {Path(a.input).name: a.body for a in store.iter_articles()}
    assert {"cp1252.txt", "cp1252_utf8.txt", "latin1.txt", "latin1_utf8.txt"} <= set(bodies), outcomes
    assert bodies["cp1252.txt"] == bodies["cp1252_utf8.txt"]
    assert bodies["latin1.txt"] == bodies["latin1_utf8.txt"]
    assert "’" in bodies["cp1252.txt"] and "é" in bodies["latin1.txt"]
    for body in bodies.values():
        assert "Ã" not in body and "\x92" not in body and "\ufffd" not in body


def test_urls_and_feeds_that_fail_are_stored_and_the_batch_goes_on(
    server: LocalServer, tmp_path: Path, seeds_dir: Path, store: SQLiteStore
) -> None:
    seed = (seeds_dir / SEED).read_text(encoding="utf-8")
    page = "<html><body>" + "".join(f"<p>{x}</p>" for x in seed.splitlines() if x.strip()) + "</body></html>"
    server.routes["/robots.txt"] = Route(200, b"User-agent: *\nDisallow: /private/\n")
    server.routes["/feed500.rss"] = Route(500, b"upstream failed", {"Content-Type": "application/rss+xml"})
    server.routes["/garbage.rss"] = Route(
        200, b"<<<\x00 ceci n'est pas un flux", {"Content-Type": "application/rss+xml"}
    )
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    server.routes["/private/p"] = Route(200, b"<p>secret</p>", {"Content-Type": "text/html"})
    server.routes["/ok"] = Route(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})
    inputs = [server.url(p) for p in ["/feed500.rss", "/garbage.rss", "/loop", "/private/p", "/ok"]]
    inputs += ["ftp://example.org/a.txt", "file:///etc/hostname"]
    settings = config.load(
        env={}, db=str(tmp_path / "x.db"), allow_private=True, http_timeout=5.0, max_redirects=2
    )
    report = pipeline.ingest(store, inputs, settings)
    reasons = {path: reason for _, path, reason in report.rejected}
    assert reasons[server.url("/feed500.rss")].startswith("HTTP 500")
    assert "not a readable feed" in reasons[server.url("/garbage.rss")]
    assert "too many redirects" in reasons[server.url("/loop")]
    assert "robots.txt" in reasons[server.url("/private/p")]
    assert "only http and https" in reasons["ftp://example.org/a.txt"]
    assert "only http and https" in reasons["file:///etc/hostname"]
    assert len(report.added) == 1 and store.get_article(report.added[0]).url == server.url("/ok")
    stored = {r.input: r for r in store.iter_rejected()}
    assert stored[server.url("/feed500.rss")].raw == b"upstream failed"
    # Loopback is refused when private addresses are not allowed.
    strict = settings.replace(allow_private=False)
    refused = pipeline.ingest(store, [server.url("/elsewhere")], strict)
    assert refused.rejected and refused.rejected[0][2].startswith("refused")
    assert "/elsewhere" not in server.paths()


def test_cli_ingest_json_lists_rejections(tmp_path: Path, seeds_dir: Path) -> None:
    from typer.testing import CliRunner

    from recoupe.cli import app

    folder = bad_folder(tmp_path, seeds_dir)
    args = [
        "--db",
        str(tmp_path / "cli.db"),
        "--max-bytes",
        "50000",
        "ingest",
        str(folder),
        "--no-analyse",
        "--json",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["added"]) == 1
    assert {Path(r["input"]).name for r in report["rejected"]} == {
        "a_empty.txt",
        "b_image.txt",
        "c_random.html",
        "d_truncated.html.gz",
        "e_huge.txt",
        "f_whitespace.txt",
        "g_broken.jsonl#L1",
    }
    assert all(r["reason"] and r["id"] for r in report["rejected"])


def test_the_shipped_hostile_examples(store: SQLiteStore, settings: config.Settings) -> None:
    """examples/bad: each input is an article or a rejection with its reason; README.md is not read."""
    folder = Path(__file__).resolve().parents[1] / "examples" / "bad"
    report = pipeline.ingest(store, [str(folder)], settings)
    reasons = {Path(p).name: r for _, p, r in report.rejected}
    assert set(reasons) == {"empty.txt", "truncated_page.html.gz"}
    assert reasons["empty.txt"].startswith("empty") and reasons["truncated_page.html.gz"].startswith(
        "truncated gzip"
    )
    bodies = {Path(a.input).name: a.body for a in store.iter_articles()}
    assert set(bodies) == {"cp1252_article.txt", "xss_article.html"}
    for fragment in ("l’usine", "cœur", "€", "…", "été"):
        assert fragment in bodies["cp1252_article.txt"]
    assert "<script" not in bodies["xss_article.html"] and "onerror" not in bodies["xss_article.html"]
