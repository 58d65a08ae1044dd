"""Extraction workers: a process pool started before the flow run, each worker warmed first.

Prefect is imported inside the tests, not here: a worker imports this module to run
``worker_view``, and must show that it imports no Prefect of its own.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from flows.coder_spec import CoderSpec
from flows.extraction import warm_worker
from flows.workers import (
    WORKER_NICENESS,
    Workers,
    extraction_workers,
    forks_workers,
    start_workers,
)
from tests.conftest import ROOT, run_python


def worker_view() -> tuple[int, int, bool]:
    """In a worker: its process id, the coders it holds, and whether it imported Prefect."""
    from flows.coding import coder_for

    return os.getpid(), coder_for.cache_info().currsize, "prefect" in sys.modules


def _workers_alive() -> int:
    return len(multiprocessing.active_children())


def test_workers_start_warm_and_without_prefect() -> None:
    """Each worker has its coder before its first batch and imports no Prefect; a second
    start reuses the workers, and the run's end stops them."""
    spec = CoderSpec()
    assert _workers_alive() == 0
    with extraction_workers(2, spec):
        pool = start_workers(2, spec)
        assert start_workers(2, spec) is pool  # once per process
        views = [pool.submit(worker_view).result() for _ in range(6)]
    pids = [pid for pid, _, _ in views]
    assert os.getpid() not in pids
    assert {coders for _, coders, _ in views} == {1}  # built before the first call
    assert not any(prefect for _, _, prefect in views)
    assert _workers_alive() == 0


def coder_view() -> tuple[int, int, int, bool]:
    """In a worker: its process id, its parent's, its coder's address, whether it
    imported Prefect."""
    from flows.coding import coder_for

    return os.getpid(), os.getppid(), id(coder_for(CoderSpec())), "prefect" in sys.modules


def _timed_view(seconds: float) -> tuple[int, float, float]:
    """In a worker: its process id, and when this call started and ended."""
    started = time.monotonic()
    time.sleep(seconds)
    return os.getpid(), started, time.monotonic()


@pytest.mark.skipif(not forks_workers(), reason="workers are replaced only where forked")
@pytest.mark.parametrize("per_worker", [1, 2])
def test_each_worker_is_replaced_after_its_batches(per_worker: int) -> None:
    """The memory ceiling: no worker codes more than its share of batches, whatever the
    run's length; a fresh one takes its place, and the replaced one has finished first,
    so never more than the pool's size run at once."""
    pool = Workers(2, CoderSpec(), per_worker, multiprocessing.get_context("forkserver"))
    try:
        with ThreadPoolExecutor(8) as callers:  # as the flow's tasks submit: concurrently
            calls = list(callers.map(lambda _: pool.submit(_timed_view, 0.2).result(), range(8)))
        generations = pool.generations()
    finally:
        pool.shutdown()
    per_process = Counter(pid for pid, _, _ in calls)
    assert set(per_process.values()) == {per_worker}
    assert len(per_process) == 8 // per_worker
    assert sum(generations) == 8 // per_worker  # each slot replaced after its last share
    # At any moment, at most two of these processes were coding.
    edges = sorted([(start, 1) for _, start, _ in calls] + [(end, -1) for _, _, end in calls])
    running = peak = 0
    for _, step in edges:
        running += step
        peak = max(peak, running)
    assert peak <= 2


def _weighing(weight: int) -> tuple[int, int]:
    """In a worker: its process id, and what this call counts for."""
    time.sleep(0.05)
    return os.getpid(), weight


@pytest.mark.skipif(not forks_workers(), reason="workers are replaced only where forked")
@pytest.mark.parametrize(("weight", "per_process"), [(2, 2), (3, 1), (1, 5)])
def test_a_workers_share_is_counted_in_what_its_calls_weigh(weight: int, per_process: int) -> None:
    """A worker's share counts articles, not batches: it takes another batch while what it
    has coded and one more batch like its last stay within the share, so a worker of a
    run of big batches codes fewer of them (``ARTICLES_PER_WORKER``)."""
    pool = Workers(
        2, CoderSpec(), 5, multiprocessing.get_context("forkserver"), weigh=lambda r: r[1]
    )
    try:
        calls = [f.result() for f in [pool.submit(_weighing, weight) for _ in range(10)]]
    finally:
        pool.shutdown()
    counts = sorted(Counter(pid for pid, _ in calls).values())
    # (each worker's last process may have had fewer left to code)
    assert counts[2:] == [per_process] * (len(counts) - 2) and counts[-1] == per_process


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


@pytest.mark.skipif(not forks_workers(), reason="forked workers only")
def test_a_batch_goes_to_the_first_worker_free() -> None:
    """Batches wait in one queue and each goes to a worker with nothing to do: short
    batches never wait behind a long one while the other worker is free. (Handed out as
    they came, to the worker with the fewest in hand, the second short batch was queued
    behind the long one.) The workers run at a lower priority than the command."""
    pool = Workers(2, CoderSpec(), None, multiprocessing.get_context("forkserver"))
    try:
        # (both workers started, and their coders built, before the timed batches)
        for started in [pool.submit(_niceness) for _ in range(2)]:
            assert started.result() >= max(WORKER_NICENESS, _niceness())
        long = pool.submit(_timed_view, 2.0)
        time.sleep(0.3)  # (the long batch is being coded)
        shorts = [pool.submit(_timed_view, 0.2) for _ in range(4)]
        short_calls = [f.result() for f in shorts]
        long_pid, _, long_end = long.result()
    finally:
        pool.shutdown()
    assert all(end < long_end for _, _, end in short_calls)
    assert long_pid not in {pid for pid, _, _ in short_calls}


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


def test_warm_up_builds_the_coder_the_tasks_use_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.extraction
    from flows.coding import coder_for

    monkeypatch.setattr(flows.extraction, "_warmed", set())
    spec = CoderSpec()
    coder_for.cache_clear()
    warm_worker(spec)
    assert coder_for.cache_info().currsize == 1
    warm_worker(spec)  # warmed already (a worker forked from the fork server): nothing to do
    assert (coder_for.cache_info().hits, coder_for.cache_info().misses) == (0, 1)


# In a fresh interpreter: a process that hands batches to forked workers.
_FORKED = """
import json, os, sys
from flows.coder_spec import CoderSpec
from flows.extraction import extract_files
from flows.workers import start_workers, stop_workers
from schema.records import FileRange
from tests.flows.test_workers import coder_view

pool = start_workers(2, CoderSpec())
views = [f.result() for f in [pool.submit(coder_view) for _ in range(4)]]
batch = [FileRange(sys.argv[1], "")]
there = pool.submit(extract_files, batch, CoderSpec(), None).result()
stop_workers()
spacy_here = "spacy" in sys.modules
here = extract_files(batch, CoderSpec(), None)
print(json.dumps({
    "pid": os.getpid(), "views": views, "spacy_here": spacy_here,
    "same_events": there.events == here.events, "events": len(here.events),
}))
"""


@pytest.mark.skipif(not forks_workers(), reason="no fork server on this platform")
def test_forked_workers_share_the_fork_servers_coder(tmp_path: Path) -> None:
    """The workers are forked from one fork server that built the coder: each holds that
    very coder (the same object, at the same address), not one of its own, and codes a
    batch as a process that builds its own does. The process handing them the batches
    never imports spaCy."""
    src = tmp_path / "a.txt"
    src.write_text(
        "MOSCOW, Sept 25 - Russia condemned the United States on Wednesday.\n",
        encoding="utf-8",
    )
    out = run_python(_FORKED, str(src), timeout=300)
    seen = json.loads(out[-1])
    pids = {pid for pid, _, _, _ in seen["views"]}
    assert seen["pid"] not in pids and len(pids) >= 2
    servers = {parent for _, parent, _, _ in seen["views"]}
    assert len(servers) == 1 and seen["pid"] not in servers  # forked by the fork server
    assert len({coder for _, _, coder, _ in seen["views"]}) == 1
    assert not any(prefect for _, _, _, prefect in seen["views"])
    assert seen["spacy_here"] is False
    assert seen["same_events"] is True and seen["events"] >= 1


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
    from flows.planning import PREFETCHED_BATCHES
    from flows.run import run_pipeline

    inputs = tmp_path / "inputs"  # the samples and a few more: more batches than prefetched
    shutil.copytree(ROOT / "samples", inputs)
    for n in range(PREFETCHED_BATCHES):
        (inputs / f"extra{n}.txt").write_text(
            f"Russia condemned the United States on Wednesday, {n} days after the vote.\n",
            encoding="utf-8",
        )
    samples = [str(inputs)]
    plain = run_pipeline(paths=samples, db=str(tmp_path / "plain.duckdb"), batch_size=1)
    taking = _Taking()
    monkeypatch.setattr(flows.workers, "_prefetched", taking)
    spec = CoderSpec()
    start_workers(2, spec)
    cli._prefetch(discover([Path(s) for s in samples]), 1, spec, published)
    handed = len(taking)
    db = tmp_path / "prefetched.duckdb"
    summary = run_pipeline(paths=samples, db=str(db), batch_size=1, workers=2)
    assert handed == PREFETCHED_BATCHES < len(taking.asked)
    expected = [published is None] * handed + [False] * (len(taking.asked) - handed)
    assert taking.asked == expected
    assert summary["documents_loaded"] == plain["documents_loaded"]
    assert _events(db) == _events(tmp_path / "plain.duckdb")
    assert _workers_alive() == 0 and not taking
