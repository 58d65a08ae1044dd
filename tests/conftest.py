"""Shared fixtures: the Prefect test harness and the location of ../shared."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (tests read ../shared beside the clone)")
    return path


def run_python(
    code: str, *args: str, env: Mapping[str, str] | None = None, timeout: float = 600
) -> list[str]:
    """Run ``code`` in a fresh interpreter from the project's root; its output's lines.

    For what one process cannot show of itself: a fresh import, a fork before Prefect.
    """
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    ).stdout.splitlines()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
