"""Shared fixtures: the ../shared folder (seeds, corpora) and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe import config
from recoupe.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"


def require_shared(path: Path) -> Path:
    """Real data lives in ../shared beside the project; fail clearly (not skip) when it is missing."""
    if not path.exists():
        pytest.fail(
            f"{path} is missing: the tests read real articles from ../shared beside the project root "
            "(seeds and corpora are not copied into the repository)"
        )
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return require_shared(SEEDS)


@pytest.fixture
def corpora_dir() -> Path:
    return require_shared(CORPORA)


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(str(tmp_path / "test.db"))
    yield s  # type: ignore[misc]
    s.close()


@pytest.fixture
def settings(tmp_path: Path) -> config.Settings:
    return config.load(env={}, db=str(tmp_path / "test.db"))
