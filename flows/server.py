"""The Prefect server a command talks to: a configured one, or a shared temporary one.

With no server configured, Prefect 3 starts a temporary local server the first
time a process talks to it, and each process that talks to Prefect starts its
own. Two things here, both through what Prefect documents, make that cheaper:

- ``start_early`` runs ``prefect server start`` (Prefect's command for a
  server) on a free local port as the CLI's first act, before the CLI imports
  Prefect, spaCy or the coder, so the server's start-up runs on the other core
  while they load. Its address goes into ``PREFECT_API_URL`` (Prefect's setting
  for the server to use) before Prefect reads its settings, so this process and
  every process it starts use it. It is only taken when ``PREFECT_API_URL`` is
  not in the environment. A server configured another way (a profile,
  ``prefect.toml``, ``.env``) is only known once Prefect reads its settings:
  ``wait_until_ready`` checks them and, if one is configured, stops the early
  server and leaves Prefect's settings as they were.
- ``share_embedded_server`` exports the address of the temporary server that
  Prefect starts in this process (``prefect.get_client``), so extraction workers
  on a local Dask cluster share it instead of each starting their own (the local
  worker pool, ``flows.workers``, does not talk to Prefect).

The early server is stopped when the command exits and, on Linux, also dies
with it when the command is killed.
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

from schema.errors import OrchestrationError

# The temporary server runs what Prefect's own temporary server runs: the API, the
# task-run recorder and the event services; not the UI, not the scheduler or the other
# services that act on deployments (a long-lived server's work), no telemetry.
SERVER_SETTINGS = {
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_CANCELLATION_CLEANUP_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_REPOSSESSOR_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
}

_process: subprocess.Popen[bytes] | None = None
_url: str | None = None


def server_command(port: int, host: str = "127.0.0.1") -> list[str]:
    """``prefect server start`` on ``host:port``, run by this interpreter."""
    return [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]


def free_port(host: str = "127.0.0.1") -> int:
    """A port that nothing listens on now (OSError when none can be bound)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def share_embedded_server() -> str | None:
    """Start Prefect's temporary server (once) and export its address to child processes.

    Returns the address, or None when a server is already configured.
    """
    if os.environ.get("PREFECT_API_URL"):
        return None
    from prefect import get_client
    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        return None
    # With no server configured, Prefect starts its temporary server for this client
    # and every later client of this process uses the same one.
    with get_client(sync_client=True) as client:
        url = str(client.api_url).rstrip("/")
    os.environ["PREFECT_API_URL"] = url
    return url


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_early() -> bool:
    """Launch a temporary server now, unless one is configured; True when launched.

    Call it before anything imports Prefect: a process that has read Prefect's
    settings already keeps them, and Prefect's own temporary server serves it.
    """
    global _process, _url
    if _process is not None or os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return False
    try:
        port = free_port()
    except OSError:
        return False  # no local port: Prefect's own mechanism decides
    _process = subprocess.Popen(
        server_command(port),
        env={**os.environ, **SERVER_SETTINGS},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,  # the welcome banner
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
    )
    atexit.register(stop)
    _url = f"http://127.0.0.1:{port}/api"
    os.environ["PREFECT_API_URL"] = _url
    return True


def _not_ours_to_start() -> bool:
    """Whether Prefect's settings name a server, or forbid a temporary one.

    Prefect reads ``PREFECT_API_URL`` from the environment, ``.env``,
    ``prefect.toml``, ``pyproject.toml`` and the active profile; its ``Settings``
    reads them all, so the early server's address is set aside for the question.
    """
    from prefect.settings import Settings

    ours = os.environ.pop("PREFECT_API_URL", None)
    try:
        settings = Settings()
        return bool(settings.api.url) or not settings.server.ephemeral.enabled
    finally:
        if ours is not None:
            os.environ["PREFECT_API_URL"] = ours


def _step_aside() -> None:
    """Stop the early server and give Prefect back the server its settings name."""
    global _url
    stop()
    if os.environ.get("PREFECT_API_URL") == _url:
        del os.environ["PREFECT_API_URL"]
    _url = None
    if "prefect.context" in sys.modules:
        # Prefect read its settings (with the early address) at import: read them again.
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()


def wait_until_ready(timeout: float | None = None) -> None:
    """Block until an early-launched server answers its health check.

    If Prefect's settings name another server (or forbid a temporary one), the
    early one is stopped instead and Prefect's settings apply.
    """
    if _process is None or _url is None:
        return
    if _not_ours_to_start():
        _step_aside()
        return
    limit = timeout or float(
        os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 120)
    )
    wait_for_health(_url, _process, limit, "the temporary Prefect server")


def wait_for_health(
    url: str, process: subprocess.Popen[bytes], limit: float, what: str, poll: float = 0.1
) -> None:
    """Block until the server ``process`` serves ``url``'s health check, or raise.

    OrchestrationError when the process exits first or ``limit`` seconds pass.
    """
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise OrchestrationError(f"{what} exited at start-up (status {process.returncode})")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(poll)
    raise OrchestrationError(f"{what} did not answer within {limit:.0f} s")


def early_url() -> str | None:
    """The address of the server this process launched early, while it serves."""
    return _url


def stop() -> None:
    """Stop the early server, if this process launched one."""
    global _process
    if _process is None:
        return
    _process.terminate()
    try:
        _process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        _process.kill()
        _process.wait()
    _process = None
