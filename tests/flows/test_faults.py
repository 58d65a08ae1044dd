"""Faults driven for real: a killed process, concurrent runs, hostile input, a Dask cluster."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from warehouse.connection import Warehouse
from warehouse.runlock import RunLock

SENTENCES = [
    "Russia condemned the United States on {d} over air strikes in Syria.",
    "France praised Germany on {d} for its support.",
    "Iraqi troops attacked Islamic State fighters near Mosul on {d}.",
    "Japan and South Korea signed an agreement on {d}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def corpus(folder: Path, records: int = 600) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(records // 100):
        with (folder / f"part{part}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(part * 100, part * 100 + 100):
                text = " ".join(
                    SENTENCES[(i + k) % 4].format(d=DAYS[(i + k) % 4]) for k in range(3)
                )
                record = {"id": f"r{i}", "text": text, "published": "2014-09-25"}
                fh.write(json.dumps(record) + "\n")
    for i in range(10):
        (folder / f"t{i}.txt").write_text(SENTENCES[i % 4].format(d="Friday"), encoding="utf-8")
    return folder


def snapshot(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT doc_id, content_hash FROM documents ORDER BY doc_id")
        _, events = wh.query(
            "SELECT event_id, doc_id, source_code, target_code, cameo_code, event_date "
            "FROM events ORDER BY event_id"
        )
        _, rej = wh.query("SELECT count(*) FROM rejects")
    return docs, events, int(rej[0][0])


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "flows.cli", *args]


def env_for_subprocess() -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ)
    url = PREFECT_API_URL.value()
    if url:  # share the session's test server instead of starting one per process
        env["PREFECT_API_URL"] = url
    env["PYTHONPATH"] = str(ROOT)
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli(*args), capture_output=True, text=True, cwd=ROOT, env=env_for_subprocess(), timeout=600
    )


@pytest.mark.parametrize("kill_after_batches", [1, 2])
def test_sigkill_mid_run_then_rerun_equals_one_clean_run(
    prefect_harness: None, tmp_path: Path, kill_after_batches: int
) -> None:
    src = corpus(tmp_path / "in")
    clean = tmp_path / "clean.duckdb"
    done = run_cli("run", str(src), "--db", str(clean), "--spacy-model", "none", "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    expected = snapshot(clean)
    assert len(expected[0]) == 610 and expected[1]

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        cli(
            "run",
            str(src),
            "--db",
            str(db),
            "--spacy-model",
            "none",
            "--workers",
            "1",
            "--batch-size",
            "250",
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env_for_subprocess(),
    )
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        if "batch loaded" in line:
            seen += 1
            if seen == kill_after_batches:
                # Kill while the next batch is being extracted or loaded.
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    partial = snapshot(db)
    assert len(partial[0]) < len(expected[0])
    # Whole batches only: every loaded document has all of its events.
    loaded = {d for d, _ in partial[0]}
    assert {e for e in partial[1] if e[1] in loaded} == {e for e in expected[1] if e[1] in loaded}

    again = run_cli("run", str(src), "--db", str(db), "--spacy-model", "none", "--workers", "1")
    assert again.returncode == 0, again.stderr[-2000:]
    assert snapshot(db) == expected
    with Warehouse.open(db, read_only=True) as wh:
        _, runs = wh.query("SELECT status FROM runs ORDER BY started_at")
    assert [r[0] for r in runs] == ["running", "completed"]  # the killed run never finished


def test_a_second_run_on_a_locked_warehouse_exits_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    (tmp_path / "a.txt").write_text("France praised Germany.", encoding="utf-8")
    with RunLock(db):
        result = run_cli("run", str(tmp_path / "a.txt"), "--db", str(db), "--spacy-model", "none")
    assert result.returncode == 1
    assert "another newsevents run" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr + result.stdout


def test_hostile_files_are_rejected_and_the_rest_loads(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.run import run_pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("France praised Germany on Monday.", encoding="utf-8")
    (src / "huge.jsonl").write_text(
        json.dumps({"id": "h", "text": "x " * (10 * 1024 * 1024)}) + "\n", encoding="utf-8"
    )
    (src / "latin.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 50)
    (src / "page.html").write_text("<html><body><p><b><i></html", encoding="utf-8")
    (src / "data.json").write_text('{"id": 1, "text": ', encoding="utf-8")
    summary = run_pipeline(paths=[str(src)], db=str(tmp_path / "w.duckdb"), published="2020-01-01")
    assert summary["status"] == "completed"
    with Warehouse.open(tmp_path / "w.duckdb", read_only=True) as wh:
        _, rows = wh.query("SELECT path, reason FROM rejects ORDER BY path")
        _, docs = wh.query("SELECT count(*) FROM documents")
    assert docs == [(1,)]
    reasons = {Path(p).name: r for p, r in rows}
    assert set(reasons) == {"huge.jsonl", "latin.txt", "page.html", "data.json"}
    assert "too long" in reasons["huge.jsonl"]
    assert "malformed JSON" in reasons["data.json"]


def test_a_local_dask_cluster_gives_the_same_warehouse(
    prefect_harness: None, tmp_path: Path
) -> None:
    pytest.importorskip("prefect_dask")
    from distributed import LocalCluster

    from flows.run import pipeline_for, run_pipeline

    src = corpus(tmp_path / "in", records=300)
    plain, dask = tmp_path / "plain.duckdb", tmp_path / "dask.duckdb"
    run_pipeline(paths=[str(src)], db=str(plain), batch_size=100)
    # A real scheduler with two worker processes, reached by address as a user's cluster is.
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        assert len(cluster.workers) == 2
        address = cluster.scheduler_address
        pipeline_for(dask_address=address)(paths=[str(src)], db=str(dask), batch_size=100)
    assert snapshot(dask) == snapshot(plain)


def test_local_worker_processes_give_the_same_warehouse(
    prefect_harness: None, tmp_path: Path
) -> None:
    """The worker pool, each worker warmed by the coder's initializer, loads what one
    process does; the run stops its workers at its end."""
    import multiprocessing

    from flows.coder_spec import CoderSpec
    from flows.run import pipeline_for, run_pipeline

    src = corpus(tmp_path / "in", records=300)
    plain, pooled = tmp_path / "plain.duckdb", tmp_path / "pooled.duckdb"
    run_pipeline(paths=[str(src)], db=str(plain), batch_size=100)
    flow_fn = pipeline_for(workers=2, spec=CoderSpec())
    flow_fn(paths=[str(src)], db=str(pooled), batch_size=100, workers=2)
    assert len(multiprocessing.active_children()) == 0
    assert snapshot(pooled) == snapshot(plain)
