"""The temporary Prefect server: launched early by the CLI, shared, and stopped with it.

Each test runs a fresh interpreter, as the CLI is one: Prefect reads its settings once
per process. Every server here is started through what Prefect documents
(``prefect server start``, ``PREFECT_API_URL``, ``prefect.get_client``).
"""

from __future__ import annotations

import ast
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_EARLY = """
import os, urllib.request
from flows import server
assert server.start_early()
assert not server.start_early()  # once per process
assert server._process is not None and server._process.args[2:5] == ["prefect", "server", "start"]
server.wait_until_ready()
url = os.environ["PREFECT_API_URL"]
with urllib.request.urlopen(url + "/health", timeout=5) as r:
    assert r.status == 200
from prefect.settings import get_current_settings
assert get_current_settings().api.url == url  # this process uses it too
print(url, server._process.pid, flush=True)
"""


def _clean_env(home: Path) -> dict[str, str]:
    """This environment without any Prefect setting, and a fresh Prefect home (no profile)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(home)
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "300"
    return env


def _python(script: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _port(url: str) -> int:
    return int(url.split(":")[2].split("/")[0])


def _gone(pid: int, seconds: float = 120) -> bool:
    """Whether the process ``pid`` has exited (waiting up to ``seconds`` for it)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return True
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":  # exited; its parent has not reaped it
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


def test_early_server_answers_and_stops_with_the_process(tmp_path: Path) -> None:
    line = _python(_EARLY, _clean_env(tmp_path / "prefect-home"))
    url, pid = line.split()
    assert not _listening(_port(url))  # nothing listens once the CLI is gone
    assert _gone(int(pid), seconds=0)


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_early_server_dies_when_the_command_is_killed(tmp_path: Path) -> None:
    script = _EARLY + "import time; time.sleep(600)\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=_clean_env(tmp_path / "prefect-home"),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url, pid = proc.stdout.readline().split()
        proc.send_signal(signal.SIGKILL)  # no atexit, no cleanup: only the kernel's signal
        proc.wait()
        assert _gone(int(pid))
        assert not _listening(_port(url))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize(
    "profile_line",
    [
        'PREFECT_API_URL = "http://127.0.0.1:{port}/api"',
        "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE = false",
    ],
    ids=["server-in-profile", "temporary-servers-off"],
)
def test_prefect_settings_from_a_profile_win_over_the_early_server(
    tmp_path: Path, profile_line: str
) -> None:
    """Only Prefect knows every place a server can be configured: its settings decide."""
    home = tmp_path / "prefect-home"
    home.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once the socket is closed
    line = profile_line.format(port=closed)
    (home / "profiles.toml").write_text(
        f'active = "mine"\n\n[profiles.mine]\n{line}\n', encoding="utf-8"
    )
    script = """
import os
from flows import server
assert server.start_early()  # the profile is not read before Prefect is imported
early = server._process
server.wait_until_ready()
assert server._process is None and early.poll() is not None  # stopped
assert "PREFECT_API_URL" not in os.environ
from prefect.settings import get_current_settings
print(get_current_settings().api.url)
"""
    url = _python(script, _clean_env(home))
    expected = f"http://127.0.0.1:{closed}/api" if "API_URL" in profile_line else "None"
    assert url == expected


def test_a_configured_server_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import server

    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    assert server.start_early() is False
    server.wait_until_ready()  # nothing launched: returns at once
    assert server.share_embedded_server() is None


def test_prefects_own_temporary_server_is_shared_with_child_processes(tmp_path: Path) -> None:
    """Without the early server, Prefect starts its own; its address goes to the children.

    This relies on one temporary server per process: if Prefect started one per
    client, the children would share a server the parent does not use.
    """
    script = """
import os
from prefect import get_client
from flows.server import share_embedded_server
url = share_embedded_server()
assert url and os.environ["PREFECT_API_URL"] == url
with get_client(sync_client=True) as client:
    assert str(client.api_url).rstrip("/") == url, (client.api_url, url)
    assert client.api_healthcheck() is None
assert share_embedded_server() is None  # once
print(url)
"""
    url = _python(script, _clean_env(tmp_path / "prefect-home"))
    assert not _listening(_port(url))  # Prefect stopped it at exit


def _private_prefect_names(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("prefect"):
            module = node.module or ""
            if module.startswith("prefect.server") or "._" in f".{module}":
                found.append(f"{path.name}: from {module} import …")
            found += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
        if isinstance(node, ast.Import):
            found += [
                f"{path.name}: import {a.name}"
                for a in node.names
                if a.name.startswith("prefect.server") or "._" in a.name
            ]
    return found


def test_flows_use_only_prefects_public_modules() -> None:
    """No private Prefect name or server internals: a Prefect release cannot break them silently."""
    found = [n for p in sorted((ROOT / "flows").rglob("*.py")) for n in _private_prefect_names(p)]
    assert found == []
