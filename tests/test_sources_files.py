"""Files, folders and JSON lines into RawDocuments."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from recoupe import config, sources
from recoupe.model import RawDocument


def read(inputs: list[str], settings: config.Settings) -> list[RawDocument]:
    return list(sources.read(inputs, settings))


def test_seed_folder_gives_the_five_articles_in_order(seeds_dir: Path, settings: config.Settings) -> None:
    docs = read([str(seeds_dir)], settings)
    # EXPECTED.md is documentation: .md files are not read from folders.
    assert [Path(d.input).name for d in docs] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert all(d.kind == "text" and d.error is None and d.fetched_at is None for d in docs)
    assert docs[0].data == (seeds_dir / "000_17ee9b2c522df534.txt").read_bytes()
    assert docs[0].input == str(seeds_dir / "000_17ee9b2c522df534.txt")


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path, settings: config.Settings) -> None:
    for name in ["b/2.html", "a/z.txt", "a/a.htm.gz", ".hidden/x.txt", "a/.secret.txt", "notes.md", "plain"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(b"<p>x</p>") if name.endswith(".gz") else b"x")
    docs = read([str(tmp_path)], settings)
    assert [Path(d.input).relative_to(tmp_path).as_posix() for d in docs] == [
        "plain",
        "a/a.htm.gz",
        "a/z.txt",
        "b/2.html",
    ]
    assert [d.kind for d in docs] == ["unknown", "html", "text", "html"]
    # A file named explicitly is read whatever its extension.
    [md] = read([str(tmp_path / "notes.md")], settings)
    assert md.data == b"x" and md.error is None


def test_missing_path_is_an_error_document(tmp_path: Path, settings: config.Settings) -> None:
    [doc] = read([str(tmp_path / "nope.txt")], settings)
    assert doc.error is not None and doc.error.startswith("not found")


def test_huge_file_is_read_only_up_to_the_cap(tmp_path: Path, settings: config.Settings) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"mot " * 100_000)
    [doc] = read([str(path)], settings.replace(max_bytes=1000))
    assert doc.error is not None and doc.error.startswith("too large")
    assert doc.data == (b"mot " * 250)


def test_jsonl_records_keep_their_id_and_fields(
    tmp_path: Path, settings: config.Settings, seeds_dir: Path
) -> None:
    text = (seeds_dir / "003_22ff9800b2830ce4.txt").read_text(encoding="utf-8")
    rows = [
        {
            "id": "art-1",
            "url": "https://example.org/a",
            "outlet": "Exemple",
            "published": "2025-03-14T19:04:00+03:00",
            "title": "Un titre",
            "lang": "fr",
            "text": text,
        },
        "{not json",
        {"id": 7, "html": "<html><body><p>Corps.</p></body></html>", "lang": None},
        {"id": "no-body", "title": "sans texte"},
        [1, 2],
        {"text": "Dernier, sans id."},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n",
        encoding="utf-8",
    )
    docs = read([str(path)], settings)
    assert [d.input for d in docs] == [f"{path}#L{n}" for n in range(1, 7)]
    first = docs[0]
    assert (first.record_id, first.kind, first.url, first.error) == (
        "art-1",
        "text",
        "https://example.org/a",
        None,
    )
    assert first.data.decode("utf-8") == text
    assert {k: first.hints[k] for k in ("outlet", "published", "title", "lang")} == {
        "outlet": "Exemple",
        "published": "2025-03-14T19:04:00+03:00",
        "title": "Un titre",
        "lang": "fr",
    }
    assert (
        docs[1].error is not None
        and docs[1].error.startswith("malformed JSON line")
        and docs[1].data == b"{not json\n"
    )
    assert (docs[2].record_id, docs[2].kind, docs[2].error) == ("7", "html", None) and "lang" not in docs[
        2
    ].hints
    assert docs[3].error is not None and '"text" or "html"' in docs[3].error
    assert docs[4].error is not None and "not an object" in docs[4].error
    assert docs[5].record_id is None and docs[5].error is None


def test_gzipped_jsonl_and_truncated_one(tmp_path: Path, settings: config.Settings) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": f"Article {i}."}) + "\n" for i in range(50)).encode()
    good = tmp_path / "ok.jsonl.gz"
    good.write_bytes(gzip.compress(lines))
    assert [d.record_id for d in read([str(good)], settings)] == [str(i) for i in range(50)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(lines)[:-40])
    docs = read([str(cut)], settings)
    assert docs[-1].error is not None and "truncated" in docs[-1].error
    assert all(d.error is None for d in docs[:-1])


def test_jsonl_line_over_the_cap(tmp_path: Path, settings: config.Settings) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"id": "after", "text": "ok"}) + "\n"
    )
    big, after = read([str(path)], settings.replace(max_bytes=1000))
    assert big.error is not None and big.error.startswith("too large") and len(big.data) == 1000
    assert after.record_id == "after" and after.error is None


def test_pipes_and_broken_links_are_errors_not_hangs(tmp_path: Path, settings: config.Settings) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "ok.txt").write_text("Un texte.", encoding="utf-8")
    docs = read([str(tmp_path)], settings)
    outcome = {Path(d.input).name: d.error for d in docs}
    assert outcome["ok.txt"] is None
    assert outcome["pipe"] is not None and "not a regular file" in outcome["pipe"]
    assert outcome["pipe.jsonl"] is not None and "not a regular file" in outcome["pipe.jsonl"]
    assert outcome["dangling.txt"] is not None and outcome["dangling.txt"].startswith("not found")
