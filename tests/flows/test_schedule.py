"""The nightly deployment: prefect.yaml, the served deployment and the flow they name."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml

from flows.run import nightly, nightly_deployment
from warehouse.connection import Warehouse

ROOT = Path(__file__).resolve().parents[2]


def _deployment() -> dict[str, object]:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (dep,) = [d for d in spec["deployments"] if d["name"] == "nightly"]
    return dep


def test_prefect_yaml_names_the_nightly_flow_and_its_parameters() -> None:
    dep = _deployment()
    path, name = str(dep["entrypoint"]).split(":")
    assert (ROOT / path).is_file()
    assert name == nightly.fn.__name__
    accepted = set(inspect.signature(nightly.fn).parameters)
    params = dep["parameters"]
    assert isinstance(params, dict)
    assert set(params) <= accepted
    assert {"paths", "db", "workers", "dask_address"} <= set(params)
    (schedule,) = dep["schedules"]  # type: ignore[misc]
    assert schedule["cron"] == "0 2 * * *"
    assert schedule["timezone"]


def test_served_deployment_keeps_cron_timezone_and_parameters() -> None:
    dep = nightly_deployment(["incoming"], "w.duckdb", cron="30 3 * * *", timezone="Asia/Kolkata")
    (schedule,) = dep.schedules
    assert schedule.schedule.cron == "30 3 * * *"
    assert schedule.schedule.timezone == "Asia/Kolkata"
    assert dep.parameters["paths"] == ["incoming"]
    assert dep.parameters["db"] == "w.duckdb"


def test_nightly_flow_runs_the_main_flow(prefect_harness: None, tmp_path: Path) -> None:
    db = tmp_path / "n.duckdb"
    summary = nightly(paths=[str(ROOT / "samples")], db=str(db), workers=1)
    assert summary["status"] == "completed"
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT count(*) FROM documents")
        _, runs = wh.query("SELECT status FROM runs")
    assert docs[0][0] == summary["documents_loaded"] > 0
    assert runs == [("completed",)]
