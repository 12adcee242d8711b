"""Every command answers --help; every command and setting is documented (datasette's test_docs habit)."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from recoupe import config
from recoupe.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _commands() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, ...]] = []

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        # Typer vendors its own click; a group is anything with sub-commands.
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, (*path, name))
        else:
            found.append(path)

    walk(root, ())
    return found


def test_there_are_commands() -> None:
    names = {" ".join(c) for c in _commands()}
    assert {"ingest", "articles", "article", "export", "rejected", "demo"} <= names


def test_every_command_has_help() -> None:
    for path in _commands():
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output


def test_every_command_is_documented() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [" ".join(p) for p in _commands() if f"recoupe {' '.join(p)}" not in text]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in config.settings_help() if f"RECOUPE_{name.upper()}" not in text]
    assert not missing, f"settings missing from docs/settings.md: {missing}"


def test_bad_setting_value_says_how_to_fix() -> None:
    try:
        config.load(env={"RECOUPE_MAX_BYTES": "lots"})
    except Exception as exc:  # noqa: BLE001 - the message is what is tested
        assert re.search(r"RECOUPE_MAX_BYTES='lots' is not a valid int", str(exc))
    else:
        raise AssertionError("an invalid setting must be refused")


def test_unknown_article_is_a_readable_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "x.db"), "article", "nope"])
    assert result.exit_code == 1
    assert "recoupe articles" in result.output
