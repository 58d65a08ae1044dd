"""Prefect's temporary server, launched early by the CLI and stopped with it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import os, urllib.request
from flows.server import start_early, wait_until_ready
assert start_early()
assert not start_early()  # once per process
wait_until_ready()
url = os.environ["PREFECT_API_URL"]
with urllib.request.urlopen(url + "/health", timeout=5) as r:
    assert r.status == 200
print(url)
"""


def test_early_server_answers_and_stops_with_the_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # a fresh database, no profile
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    url = done.stdout.strip().splitlines()[-1]
    port = int(url.split(":")[2].split("/")[0])
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # nothing listens once the CLI is gone


def test_a_configured_server_is_left_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows import server

    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    assert server.start_early() is False
    server.wait_until_ready()  # nothing launched: returns at once
