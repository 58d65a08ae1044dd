"""Extraction worker processes: started with the command, each warmed before its first batch.

Each extraction worker costs seconds to start: a fresh interpreter imports spaCy
and the coder and builds the coder (lexicon, gazetteer). Until issue 13's overhead
round the workers were Prefect's process pool (``ProcessPoolTaskRunner``), which
spawns them when the flow run submits its first batch: after Prefect's server has
started and the flow run has begun, so their start-up ran on its own, about 2.5 s of
every run on two cores; and each batch paid Prefect in the worker (its import, the
task engine rebuilding its settings and context, the task run's states sent from
the worker).

Now the workers are a standard-library process pool that ``newsevents run`` starts
before it imports Prefect (``start_workers``), so they import and build their coders
while Prefect's server starts. The flow's extraction tasks are still Prefect tasks,
with their task runs, states and logs; they run on the flow's threads, and each hands
its batch to a worker (``extract``) and waits for it. A worker imports no Prefect
(``flows.extraction``). ``extraction_workers`` gives a flow run the pool started for
it (or starts one) and shuts it down when the run ends; there is one pool at a time
in a process. This module imports no Prefect either, so the command can start the
workers first.

Where it is safe (``can_fork``: Linux, and nothing yet in this process that runs
threads of its own, Prefect or DuckDB), the workers are forked from a process that has
built the coder: they start with it built, and share its pages until they write to
them. Measured with ``newsevents bench`` on Reuters (issue 13): spawned workers each
spent some 1.7 s of CPU importing spaCy and building a coder while Prefect's server
started on the same two cores, so the flow run began about a second later than a
one-article run's; forked, it begins as early.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context

from flows.coding import CoderSpec
from flows.extraction import BatchResult, extract_files, warm_worker
from schema.records import FileRange

# The pool this process's extraction tasks hand their batches to (None: code in process).
_pool: ProcessPoolExecutor | None = None


def cpu_count() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def can_fork() -> bool:
    """Whether worker processes may be forked from this process.

    A forked child has only the thread that forked it: a lock another thread held at
    that moment stays locked in the child for ever. So: Linux (macOS and Windows spawn),
    a single Python thread, and neither Prefect (its clients and event loops run threads)
    nor DuckDB (its allocator's background thread) imported yet. numpy's BLAS stops its
    own threads before a fork (``pthread_atfork``) and starts them again after.
    """
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not any(name in sys.modules for name in _THREADED_LIBRARIES)
    )


# Imported, these libraries may have started threads of their own.
_THREADED_LIBRARIES = ("prefect", "duckdb")


def start_workers(workers: int, spec: CoderSpec) -> ProcessPoolExecutor:
    """Start ``workers`` extraction processes now, each with ``spec``'s coder; return at once.

    Started once per process: while a pool runs, it is returned as it is. Forked when
    ``can_fork``, after this process has built the coder (``warm_worker``), which the
    workers then share; else fresh interpreters (``spawn``, as Prefect's pool used),
    each building its own.
    """
    global _pool
    if _pool is None:
        forked = can_fork()
        if forked:
            warm_worker(spec)  # built once, here: the forked workers start with it
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=get_context("fork" if forked else "spawn"),
            initializer=warm_worker,
            initargs=(spec,),
        )
        # The standard pool starts a process for each call submitted while none is idle,
        # not all of them at its first call: one call each starts them all now.
        for _ in range(workers):
            pool.submit(os.getpid)
        _pool = pool
    return _pool


def stop_workers() -> None:
    """Shut down the workers started by ``start_workers``, if any (their work is done)."""
    global _pool
    pool, _pool = _pool, None
    _prefetched.clear()
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


# Batches handed to the workers before the flow run asked for them, by what the flow's
# extraction task will ask: (files, coder, publication date).
_prefetched: dict[tuple[tuple[FileRange, ...], CoderSpec, dt.date | None], Future[BatchResult]] = {}


def prefetch(
    batches: Sequence[Sequence[FileRange]], spec: CoderSpec, published: dt.date | None
) -> None:
    """Start coding ``batches`` on the workers now (nothing when none are running).

    ``newsevents run`` plans the run's first batches as the flow will (``flows.planning``)
    and hands them over while Prefect's server starts and the flow run begins: seconds in
    which the workers are otherwise idle. Coding is pure (files in, a result out), so the
    flow's extraction task for the same files, coder and date takes the result
    (``extract``); one that asks for anything else gets a batch coded afresh, and
    what nobody asks for is dropped with the pool.
    """
    if _pool is None:
        return
    for files in batches:
        key = (tuple(files), spec, published)
        if key not in _prefetched:
            _prefetched[key] = _pool.submit(extract_files, list(files), spec, published)


@contextmanager
def extraction_workers(workers: int, spec: CoderSpec) -> Iterator[None]:
    """A flow run's workers: the pool started for it, or ``workers`` started now.

    With no pool running and ``workers`` under 2, batches are coded in the flow's own
    process (or, on a Dask task runner, on the Dask workers). The pool is shut down
    when the run ends, so a long-lived process (``newsevents serve``) keeps no idle
    workers between runs.
    """
    if _pool is None and workers < 2:
        yield
        return
    start_workers(workers, spec)
    try:
        yield
    finally:
        stop_workers()


def extract(files: Sequence[FileRange], spec: CoderSpec, published: dt.date | None) -> BatchResult:
    """Read and code a batch on this process's workers (or take the result of the same
    batch ``prefetch`` handed them), or here when none are running."""
    pool = _pool
    if pool is None:
        return extract_files(files, spec, published)
    future = _prefetched.pop((tuple(files), spec, published), None)
    if future is None:
        future = pool.submit(extract_files, list(files), spec, published)
    return future.result()
