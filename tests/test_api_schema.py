"""schemathesis against /openapi.json over real HTTP: whatever it sends, the server never answers 5xx.

schemathesis runs as its own command (its pytest plugin does not load under this pytest version).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS, require_shared
from test_web_support import HAND_LAYERS, TOKEN, add_hostile, build_store, serving

from recoupe import config
from recoupe.api import create_app
from recoupe.store import SQLiteStore


def test_schemathesis_finds_no_server_error(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "schema.db"))
    build_store(store, require_shared(SEEDS))
    add_hostile(store)
    settings = config.load(env={}, db=store.path, api_token=TOKEN, max_request_bytes=100_000)
    command = Path(sys.executable).with_name("schemathesis")
    with serving(create_app(settings, store, HAND_LAYERS)) as base:
        # Writes are sent without the token: they must be refused cleanly (401), never crash; the
        # authorised write path runs the whole pipeline and is covered by the browser test.
        # Every check but `negative_data_rejection` (pydantic reads `until=0` as 1970-01-01, which
        # is a date, not an error). 20 examples per operation reach the parameters' edges (bounds,
        # empty and odd unicode strings, unknown ids) and keep the run within seconds.
        result = subprocess.run(
            [str(command), "run", f"{base}/openapi.json", "--checks", "all",
             "--exclude-checks", "negative_data_rejection",
             "--phases", "examples,coverage,fuzzing",
             "--max-examples", "20", "--workers", "1", "--request-timeout", "20", "--no-color"],
            capture_output=True, text=True, timeout=170, cwd=tmp_path,
        )
    store.close()
    output = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"schemathesis found server errors (exit {result.returncode}):\n{output[-6000:]}")
    assert "generated" in output and "Fuzzing" in output, output[-2000:]
