"""`recoupe report DIR`: a browsable static HTML site with one page per story and an index."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from recoupe.compare.render import CSS, escape, to_html_fragment
from recoupe.model import StoryReport


def _page_name(story_id: str) -> str:
    # Story ids come from the store; keep file names safe whatever they hold.
    return "story-" + re.sub(r"[^A-Za-z0-9_.-]", "_", story_id) + ".html"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{CSS}</style></head><body>{body}</body></html>\n"
    )


def write_site(reports: Sequence[StoryReport], out_dir: Path) -> list[Path]:
    """Write index.html and one page per report into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    rows = []
    for r in reports:
        name = _page_name(r.id)
        nav = '<p><a href="index.html">&larr; all stories</a></p>'
        path = out_dir / name
        path.write_text(_page(r.title or r.id, nav + to_html_fragment(r)), encoding="utf-8")
        written.append(path)
        counts = {s: sum(1 for g in r.claims if g.status == s) for s in ("corroborated", "contradicted", "single")}
        articles = len({a for g in r.claims for a in g.articles})
        rows.append(
            f'<tr><td><a href="{escape(name)}">{escape(r.title or r.id)}</a></td><td>{articles}</td>'
            f"<td>{counts['corroborated']}</td><td>{counts['contradicted']}</td><td>{counts['single']}</td>"
            f"<td>{len(r.one_sided)}</td></tr>"
        )
    index = (
        "<h1>recoupe: stories</h1><table><tr><th>story</th><th>articles</th><th>corroborated</th>"
        "<th>contradicted</th><th>single-source</th><th>one-sided</th></tr>" + "".join(rows) + "</table>"
    )
    path = out_dir / "index.html"
    path.write_text(_page("recoupe: stories", index), encoding="utf-8")
    written.append(path)
    return written
