"""Prefect's temporary server: started once per command, early, and shared with workers.

With no ``PREFECT_API_URL`` set, Prefect 3 starts a temporary local server the
first time a process talks to it: a uvicorn process (~230 MB) that takes
seconds to import and start. Two things here make that cheaper:

- ``start_early`` launches that same server process (the command Prefect's own
  ``SubprocessASGIServer`` runs) as the CLI's first act, before the CLI imports
  Prefect, spaCy or the coder, so its start-up runs on the other core while they
  load; its address goes into ``PREFECT_API_URL`` before Prefect reads its
  settings. It is only taken in a fresh process with no server configured
  (no ``PREFECT_API_URL`` in the environment or a profile); otherwise
  Prefect's own mechanism applies.
- ``share_embedded_server`` exports the address of whichever temporary server
  the process uses, so extraction workers (Prefect's process pool, a local Dask
  cluster) share it instead of each starting their own.

The server process is stopped at exit and, on Linux, also dies with the CLI
when the CLI is killed.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from schema.errors import OrchestrationError

_process: subprocess.Popen[bytes] | None = None
_url: str | None = None


def share_embedded_server() -> str | None:
    """Start Prefect's temporary server (once) and export its address to child processes.

    Returns the address, or None when a server is already configured.
    """
    if os.environ.get("PREFECT_API_URL"):
        return None
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return None
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # one per process; Prefect stops it at exit
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    return str(server.api_url)


def _configured_elsewhere() -> bool:
    if os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml")
    try:
        return "PREFECT_API_URL" in profiles.read_text(encoding="utf-8")
    except OSError:
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_early() -> bool:
    """Launch the temporary server now, unless one is configured; True when launched."""
    global _process, _url
    if _process is not None or _configured_elsewhere():
        return False
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        return False
    app_dir = str(Path(next(iter(spec.submodule_search_locations))).parent)
    env = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
    }
    command = [
        sys.executable, "-m", "uvicorn", "--app-dir", app_dir,
        "--factory", "prefect.server.api.server:create_app",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on",
    ]  # fmt: skip
    _process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
    )
    atexit.register(_stop)
    _url = f"http://127.0.0.1:{port}/api"
    os.environ["PREFECT_API_URL"] = _url
    return True


def wait_until_ready(timeout: float | None = None) -> None:
    """Block until an early-launched server answers its health check."""
    if _process is None or _url is None:
        return
    limit = timeout or float(
        os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 120)
    )
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if _process.poll() is not None:
            raise OrchestrationError(
                f"Prefect's temporary server exited at start-up (status {_process.returncode})"
            )
        try:
            with urllib.request.urlopen(f"{_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise OrchestrationError(f"Prefect's temporary server did not answer within {limit:.0f} s")


def _stop() -> None:
    global _process
    if _process is None:
        return
    _process.terminate()
    try:
        _process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        _process.kill()
        _process.wait()
    _process = None
