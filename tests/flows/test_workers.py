"""Extraction workers: a process pool started before the flow run, each worker warmed first.

Prefect is imported inside the tests, not here: a worker imports this module to run
``worker_view``, and must show that it imports no Prefect of its own.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from flows.coding import CoderSpec
from flows.extraction import warm_worker
from flows.workers import can_fork, extraction_workers, start_workers
from tests.conftest import ROOT, run_python


def worker_view() -> tuple[int, int, bool]:
    """In a worker: its process id, the coders it holds, and whether it imported Prefect."""
    from flows.coding import coder_for

    return os.getpid(), coder_for.cache_info().currsize, "prefect" in sys.modules


def _workers_alive() -> int:
    return len(multiprocessing.active_children())


def test_workers_start_at_once_warm_and_without_prefect() -> None:
    """All workers start when asked (before any batch), each builds its coder first, none
    imports Prefect; a second start reuses the pool, and the run's end stops it."""
    spec = CoderSpec()
    assert _workers_alive() == 0
    with extraction_workers(2, spec):
        pool = start_workers(2, spec)
        assert _workers_alive() == 2  # both spawned now, not at the first batch
        assert start_workers(2, spec) is pool  # once per process
        views = [pool.submit(worker_view).result() for _ in range(6)]
    pids = {pid for pid, _, _ in views}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert {coders for _, coders, _ in views} == {1}  # built by the warm-up
    assert not any(prefect for _, _, prefect in views)
    assert _workers_alive() == 0


def test_a_run_starts_workers_only_when_it_has_batches(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unchanged re-run codes nothing: it starts no workers (they cost seconds)."""
    import flows.run

    sizes: list[int] = []
    real = flows.run.extraction_workers

    def spy(workers: int, spec: CoderSpec) -> Any:
        sizes.append(workers)
        return real(workers, spec)

    monkeypatch.setattr(flows.run, "extraction_workers", spy)
    src = tmp_path / "a.txt"
    src.write_text("Russia condemned the United States on Wednesday.\n", encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    first = flows.run.run_pipeline(paths=[str(src)], db=db, published="2014-09-25", workers=2)
    again = flows.run.run_pipeline(paths=[str(src)], db=db, published="2014-09-25", workers=2)
    assert first["documents_loaded"] == 1 and again["files_skipped"] == 1
    assert sizes == [2, 0]
    assert _workers_alive() == 0


def test_warm_up_builds_the_coder_the_tasks_use() -> None:
    from flows.coding import coder_for

    spec = CoderSpec()
    coder_for.cache_clear()
    warm_worker(spec)
    assert coder_for.cache_info().currsize == 1


# In a fresh interpreter: workers started before Prefect or DuckDB is imported.
_FORKED = """
import json, os, sys
from flows.coding import CoderSpec, coder_for
from flows.extraction import extract_files
from flows.workers import can_fork, start_workers, stop_workers
from schema.records import FileRange

def view():
    return os.getpid(), id(coder_for(CoderSpec())), "prefect" in sys.modules

before = can_fork()
pool = start_workers(2, CoderSpec())
views = [pool.submit(view).result() for _ in range(6)]
batch = [FileRange(sys.argv[1], "")]
there = pool.submit(extract_files, batch, CoderSpec(), None).result()
here = extract_files(batch, CoderSpec(), None)
stop_workers()
import duckdb
print(json.dumps({
    "can_fork": before, "after_duckdb": can_fork(), "pid": os.getpid(),
    "coder": id(coder_for(CoderSpec())), "views": views,
    "same_events": there.events == here.events, "events": len(here.events),
}))
"""


def test_workers_forked_before_prefect_start_with_this_process_coder(tmp_path: Path) -> None:
    """Before Prefect and DuckDB are imported, the workers are forked once this process
    has built its coder: each holds that very coder (the same object), not one of its
    own, and codes a batch as this process does. DuckDB imported, forking is refused."""
    src = tmp_path / "a.txt"
    src.write_text(
        "MOSCOW, Sept 25 - Russia condemned the United States on Wednesday.\n",
        encoding="utf-8",
    )
    out = run_python(_FORKED, str(src), timeout=300)
    seen = json.loads(out[-1])
    assert seen["can_fork"] is True and seen["after_duckdb"] is False
    pids = {pid for pid, _, _ in seen["views"]}
    assert seen["pid"] not in pids and 1 <= len(pids) <= 2
    assert {coder for _, coder, _ in seen["views"]} == {seen["coder"]}
    assert not any(prefect for _, _, prefect in seen["views"])
    assert seen["same_events"] is True and seen["events"] >= 1


def test_no_fork_from_a_process_running_prefect() -> None:
    """This test process has imported Prefect (its harness): workers started here are
    fresh interpreters, as in a flow run's own start (``extraction_workers``)."""
    import prefect  # noqa: F401

    assert not can_fork()


class _Taking(dict):  # type: ignore[type-arg]
    """``flows.workers``' prefetched batches, recording whether each ask found one."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[bool] = []

    def pop(self, key: Any, default: Any = None) -> Any:
        found = super().pop(key, default)
        self.asked.append(found is not None)
        return found


def _events(db: Path) -> list[tuple[Any, ...]]:
    from warehouse.connection import Warehouse

    with Warehouse.open(db, read_only=True) as wh:
        _, rows = wh.query(
            "SELECT doc_id, sentence_index, source_code, cameo_code, target_code, event_date "
            "FROM events ORDER BY ALL"
        )
    return rows


@pytest.mark.parametrize("published", [None, "2001-02-03"])
def test_the_commands_prefetched_batches_are_the_flows(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: str | None
) -> None:
    """``newsevents run`` hands the workers the flow's first batches before the flow run
    begins: the flow's extraction tasks take those results, in order, and load what a run
    without them loads. A batch prefetched for another date is not taken."""
    import flows.workers
    from flows import cli
    from flows.articles import discover
    from flows.planning import BATCHES_IN_FLIGHT
    from flows.run import run_pipeline

    samples = [str(ROOT / "samples")]
    plain = run_pipeline(paths=samples, db=str(tmp_path / "plain.duckdb"), batch_size=1)
    taking = _Taking()
    monkeypatch.setattr(flows.workers, "_prefetched", taking)
    spec = CoderSpec()
    start_workers(2, spec)
    cli._prefetch(discover([Path(s) for s in samples]), 1, spec, published)
    handed = len(taking)
    db = tmp_path / "prefetched.duckdb"
    summary = run_pipeline(paths=samples, db=str(db), batch_size=1, workers=2)
    assert handed == BATCHES_IN_FLIGHT < len(taking.asked)
    expected = [published is None] * handed + [False] * (len(taking.asked) - handed)
    assert taking.asked == expected
    assert summary["documents_loaded"] == plain["documents_loaded"]
    assert _events(db) == _events(tmp_path / "plain.duckdb")
    assert _workers_alive() == 0 and not taking
