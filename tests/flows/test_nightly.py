"""The README's nightly path, for real: a Prefect server, the deployment, a worker, one run.

It runs the README's commands in order against a `prefect server start` of its own
(its own port and Prefect home), then looks for the run's events in the warehouse.
The server and everything it started are stopped even when a step fails.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from flows.server import free_port, server_command, wait_for_health
from schema.errors import OrchestrationError
from warehouse.connection import Warehouse

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ["poland-ukraine-grain.txt", "poland-ukraine-grain.json", "sahel-attack.txt"]
STEP_TIMEOUT = 600  # seconds; a bound against a hung step, not a speed target


@dataclass
class Server:
    url: str
    env: dict[str, str]


def _prefect(*args: str) -> list[str]:
    return [sys.executable, "-m", "prefect", *args]


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a process and every process of its group: politely, then for sure."""
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    try:
        wait_for_health(url, proc, STEP_TIMEOUT, "prefect server start", poll=0.5)
    except OrchestrationError as exc:
        pytest.fail(f"{exc}:\n{log.read_text()}")


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[Server]:
    """`prefect server start` on a free local port, with its own Prefect home."""
    try:
        port = free_port()
    except OSError as exc:
        pytest.skip(f"no local port can be opened for a Prefect server here: {exc}")
    url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        PREFECT_API_URL=url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_UI_ENABLED="false",
        PREFECT_WORKER_QUERY_SECONDS="1",  # the worker looks for the run every second
        NEWSEVENTS_HOME=str(ROOT),
    )
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            server_command(port),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped whole
        )
    try:
        _healthy(url, proc, log)
        yield Server(url, env)
    finally:
        _stop(proc)


def _run(server: Server, *args: str, cwd: Path = ROOT) -> str:
    """One README command; its output, or the test fails with it."""
    proc = subprocess.Popen(
        _prefect(*args),
        cwd=cwd,
        env=server.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a worker's flow-run process goes with it on failure
    )
    try:
        out, _ = proc.communicate(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        _stop(proc)
        out, _ = proc.communicate()
        pytest.fail(f"prefect {' '.join(args)} did not finish:\n{out.decode()[-3000:]}")
    finally:
        _stop(proc)
    text = out.decode(errors="replace")
    assert proc.returncode == 0, f"prefect {' '.join(args)} failed:\n{text[-3000:]}"
    return text


def _flow_runs(url: str) -> list[dict[str, object]]:
    request = urllib.request.Request(
        f"{url}/flow_runs/filter",
        data=json.dumps({"limit": 20}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        runs: list[dict[str, object]] = json.load(response)
    return runs


@pytest.mark.slow
def test_nightly_deployment_runs_on_a_worker_against_a_long_lived_server(
    prefect_server: Server, tmp_path: Path
) -> None:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (dep,) = [d for d in spec["deployments"] if d["name"] == "nightly"]
    pool = dep["work_pool"]["name"]
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name in ARTICLES:
        shutil.copy(ROOT / "samples" / name, incoming / name)
    db = tmp_path / "warehouse" / "events.duckdb"

    _run(prefect_server, "work-pool", "create", pool, "--type", "process")
    _run(prefect_server, "--no-prompt", "deploy", "--name", "nightly")
    # The scheduled run, triggered by hand; small parameters keep it quick.
    params = {"paths": [str(incoming)], "db": str(db), "workers": 1}
    _run(
        prefect_server,
        "deployment", "run", "newsevents-nightly/nightly", "--params", json.dumps(params),
    )  # fmt: skip
    # The worker takes the run, waits for it to finish, and exits (--run-once).
    _run(
        prefect_server,
        "worker", "start", "--pool", pool, "--run-once", "--limit", "1",
        cwd=tmp_path,
    )  # fmt: skip

    runs = _flow_runs(prefect_server.url)
    done = [r for r in runs if r["state_type"] == "COMPLETED"]
    # The run triggered by hand and its subflow, the main flow; the server's scheduler
    # has added the next nights' runs, still scheduled.
    assert len(done) == 2
    assert len([r for r in done if r.get("deployment_id")]) == 1
    assert {r["state_type"] for r in runs} <= {"COMPLETED", "SCHEDULED"}
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT count(*) FROM documents")
        _, events = wh.query("SELECT count(*) FROM events")
        _, status = wh.query("SELECT status FROM runs")
    assert docs[0][0] == 2  # the .txt files; the .json is poland-ukraine-grain's sidecar
    assert events[0][0] > 0
    assert status == [("completed",)]
    assert not (ROOT / "incoming").exists()  # the run read the test's folder, not the repo's
