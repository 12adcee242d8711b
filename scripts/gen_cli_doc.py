"""Regenerate docs/cli.md from the command tree (run after adding or changing a command)."""

from __future__ import annotations

from pathlib import Path

import typer.main
from typer.testing import CliRunner

from recoupe.cli import app

HEADER = """# Command line

Every command answers `--help`. Global options come before the command:
`recoupe --db FILE COMMAND ...` (or `RECOUPE_DB=FILE`); see [settings](settings.md).
Commands that print tables also take `--json` where a script would want JSON.
This page is generated from the commands themselves by `scripts/gen_cli_doc.py`.
"""


def main() -> None:
    runner = CliRunner()
    out = [HEADER]
    root = typer.main.get_command(app)

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, (*path, name))
            return
        result = runner.invoke(
            app, [*path, "--help"], prog_name="recoupe", env={"NO_COLOR": "1", "COLUMNS": "100"}
        )
        text = "\n".join(line.rstrip() for line in result.output.strip().splitlines())
        out.append(f"## recoupe {' '.join(path)}\n\n```text\n{text}\n```\n")

    walk(root, ())
    Path(__file__).resolve().parents[1].joinpath("docs", "cli.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
