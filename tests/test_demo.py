"""The README's first command: the demo ingests the shipped example corpus and prints what it found."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from recoupe.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_demo_prints_stories_verdicts_and_a_cited_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "demo.db"), "demo", str(ROOT / "examples" / "corpus")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "13 articles ingested, 0 rejected" in out
    assert "Summary" in out and "Contradicted" in out and "One-sided accounts" in out
    # Both stories of the corpus are shown: the plant explosion and the market reopening.
    assert "Barsenac" in out and "Vaudrenne" in out
    # Every summary line carries its citations.
    summary_lines = [line for line in out.splitlines() if line.strip("│ ").startswith("•")]
    assert summary_lines
