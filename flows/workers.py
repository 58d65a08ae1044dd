"""Extraction worker processes: started with the command, each replaced after a few batches.

Each extraction worker needs a built coder: spaCy imported, the lexicon read, the
gazetteer mapped, some 1.7 s of CPU. Until issue 13's overhead round the workers were
Prefect's process pool (``ProcessPoolTaskRunner``), which spawns them when the flow run
submits its first batch, each building its own coder after Prefect's server had started.

Now they are standard-library processes that ``newsevents run`` starts before it
imports Prefect (``start_workers``). The flow's extraction tasks are still Prefect
tasks, with their task runs, states and logs; they run on the flow's threads, and each
hands its batch to a worker (``extract``) and waits for it. A worker imports no Prefect
(``flows.extraction``), and neither does this module, so the command can start the
workers first.

Where the platform has it (Linux, macOS), the workers are forked from a fork server
(``multiprocessing``'s ``forkserver`` start method): a fresh interpreter, started at
once, that builds the coder (``flows.worker_preload``) while Prefect's server starts,
then forks each worker with it built, sharing its pages. So a worker costs a fork, and
each is replaced by a fresh one after ``ARTICLES_PER_WORKER`` articles: what a long-lived
worker gathers (its caches, the heap's fragments, the pages it copies from the fork
server as it touches them) is dropped, and a run's memory does not grow with its
corpus (issue 13). The process that runs the flow never builds a coder at all (nor
imports spaCy). Elsewhere (Windows) the workers are spawned, each building its own
coder, and kept for the whole run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import forkserver, get_context
from typing import Any, TypeVar

from flows.coder_spec import CoderSpec
from flows.extraction import BatchResult, extract_files, warm_worker
from schema.records import FileRange

T = TypeVar("T")

# Articles a forked worker codes before a fresh one takes its place (rule mode; a parsed
# batch holds its parses, and parsed workers half as many): what a worker gathers (the
# tokens of the chunks of text seen, the places looked up, the heap's fragments) then
# depends on neither the corpus nor the batch size. Counted in batches, a worker of a
# 4,600-record Reuters run coded two 625-record batches and one of all of Reuters two of
# 1,000: 1,160 articles against 1,820, and the run's memory grew with the corpus by the
# difference (issue 13). A worker takes another batch while what it has coded and one
# more batch the size of its last stay within the share; it always takes one. Two
# 1,000-record batches, not one: a fresh worker's first batch finds those caches empty,
# some 0.05-0.2 s of CPU more than its second.
ARTICLES_PER_WORKER = 2_000
ARTICLES_PER_PARSED_WORKER = 1_000


def articles_coded(result: object) -> int:
    """What a finished batch counts for in its worker's share: its articles."""
    return len(result.articles) if isinstance(result, BatchResult) else 1


def share_for(spec: CoderSpec) -> int:
    return ARTICLES_PER_WORKER if spec.spacy_model.lower() == "none" else ARTICLES_PER_PARSED_WORKER


# What the fork server reads to build the coder before it forks any worker.
SPEC_ENV = "NEWSEVENTS_WORKER_SPEC"


def cpu_count() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def forks_workers() -> bool:
    """Whether workers are forked from a fork server here (else spawned and kept)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def spec_to_env(spec: CoderSpec) -> str:
    return json.dumps(dataclasses.asdict(spec))


def spec_from_env(text: str) -> CoderSpec:
    fields = json.loads(text)
    fields["dictionaries"] = tuple(fields["dictionaries"])
    return CoderSpec(**fields)


# The extraction workers' niceness: they take the CPU the command's own process and
# Prefect's server leave, never the reverse.
WORKER_NICENESS = 10


def lower_priority() -> None:
    """Make this process (a worker, the fork server) yield the CPU to the command's."""
    try:
        now = os.getpriority(os.PRIO_PROCESS, 0)
        if now < WORKER_NICENESS:
            os.setpriority(os.PRIO_PROCESS, 0, WORKER_NICENESS)
    except (AttributeError, OSError):  # (no such call on Windows)
        pass


def warm_quietly(spec: CoderSpec) -> None:
    """A worker's initializer: build the coder now, or leave its error to the first batch.

    An initializer that raises breaks the whole pool with a message that names no
    cause; a batch whose coder cannot be built raises the builder's own error
    (a damaged dictionary file, a missing pipeline), which the flow reports."""
    lower_priority()
    try:
        warm_worker(spec)
    except Exception:  # noqa: BLE001, S110 - raised again, with its cause, by the first batch
        pass


class _Slot:
    """One worker: a single-process pool, replaced once it has coded its share."""

    def __init__(self, make: Callable[[], ProcessPoolExecutor]) -> None:
        self.make = make
        self.executor = make()
        self.calls = 0  # calls handed to this process
        self.running = 0  # of them, not finished yet
        self.done = 0  # what the finished ones count for (``Workers.weigh``)
        self.last = 0  # what the last finished one counted for
        self.generation = 0  # processes this slot has had before the current one


class Workers:
    """``workers`` extraction processes, each replaced by a fresh one once it has coded
    its share, ``per_worker`` (None: kept), of what ``weigh`` counts of each call's result
    (by default each call counts one: ``per_worker`` calls).

    Batches wait in one queue, in the order given, and each goes to the first worker
    that has nothing to do: whichever finishes first codes the next, so the workers
    finish the run together. (Handed out as they came, to the worker with the fewest in
    hand, a batch could wait behind another while the other worker stood idle: a fresh
    worker took the two that were waiting, the other none; at the end of a Reuters run
    one worker coded the last two batches alone, 1.5 s on one core, and at its start one
    stood idle while Prefect's server started.) A worker takes another call while what
    it has done and one more call like its last stay within its share; once it has
    finished it exits and a fresh one, forked from the fork server, takes its place. So
    two generations of a worker never run side by side: no third process on two cores,
    no memory of both. (The standard pool's ``max_tasks_per_child`` replaces its workers
    too, but Python 3.11's can leave a pool with no worker and work still queued: a
    replacement is skipped while another worker is idle.)
    """

    def __init__(
        self,
        workers: int,
        spec: CoderSpec,
        per_worker: int | None,
        context: Any,
        weigh: Callable[[Any], int] | None = None,
    ):
        self.per_worker = per_worker
        self.weigh = weigh or (lambda _: 1)
        self._cond = threading.Condition()
        self._closed = False
        self._retiring: list[threading.Thread] = []  # each shutting a replaced worker down
        self._waiting: deque[tuple[Callable[..., Any], tuple[Any, ...], Future[Any]]] = deque()

        def make() -> ProcessPoolExecutor:
            return ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=warm_quietly, initargs=(spec,)
            )

        self._slots = [_Slot(make) for _ in range(workers)]

    def submit(self, fn: Callable[..., T], /, *args: Any) -> Future[T]:
        """Run ``fn(*args)`` on the first worker free; returns at once.

        Handing a batch to a worker whose process is not running yet starts it, which
        waits while the fork server is still building the coder: call from a thread that
        may wait (as the flow's tasks and ``prefetch`` do)."""
        promise: Future[T] = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("the extraction workers have been shut down")
            self._waiting.append((fn, args, promise))
            self._hand_out()
        return promise

    def _accepts(self, slot: _Slot) -> bool:
        if self.per_worker is None or not slot.calls:
            return True
        return slot.done + slot.last <= self.per_worker

    def _hand_out(self) -> None:
        """Give waiting batches to the workers with nothing to do (holding ``_cond``)."""
        while self._waiting:
            free = [s for s in self._slots if not s.running and self._accepts(s)]
            if not free:
                return
            fn, args, promise = self._waiting.popleft()
            if not promise.set_running_or_notify_cancel():
                continue  # cancelled while it waited
            slot = free[0]
            try:
                future = slot.executor.submit(fn, *args)
            except Exception as exc:  # noqa: BLE001 - a broken worker: the batch says why
                promise.set_exception(exc)
                continue
            slot.calls += 1
            slot.running += 1
            future.add_done_callback(functools.partial(self._finished, slot, promise))

    def _finished(self, slot: _Slot, promise: Future[Any], done: Future[Any]) -> None:
        weight = 1
        if not done.cancelled() and done.exception() is None:
            weight = self.weigh(done.result())
        with self._cond:
            slot.running -= 1
            slot.done += weight
            slot.last = weight
            if not (self._accepts(slot) or self._closed):
                old = slot.executor
                slot.executor = slot.make()
                slot.calls = slot.done = slot.last = 0
                slot.generation += 1
                # Its process has nothing left to do: it exits, joined on a thread of its
                # own (this callback runs on the pool's own thread, which the shutdown joins).
                retiring = threading.Thread(target=old.shutdown, name="newsevents-retire")
                self._retiring = [t for t in self._retiring if t.is_alive()] + [retiring]
                retiring.start()
            if not self._closed:
                self._hand_out()
        _resolve(promise, done)

    def generations(self) -> list[int]:
        """How many times each worker has been replaced (for tests and curiosity)."""
        with self._cond:
            return [s.generation for s in self._slots]

    def start(self) -> None:
        """Start every worker process now (each starts at its first batch otherwise)."""
        for future in [s.executor.submit(os.getpid) for s in self._slots]:
            future.result()

    def shutdown(self) -> None:
        with self._cond:
            self._closed = True
            executors = [s.executor for s in self._slots]
            retiring, self._retiring = self._retiring, []
            waiting, self._waiting = list(self._waiting), deque()
        for _, _, promise in waiting:
            promise.cancel()
        for executor in executors:
            executor.shutdown(wait=True, cancel_futures=True)
        for thread in retiring:
            thread.join()


# The workers this process's extraction tasks hand their batches to (None: code here).
_pool: Workers | None = None


def start_workers(workers: int, spec: CoderSpec) -> Workers:
    """Start ``workers`` extraction processes with ``spec``'s coder; return at once.

    Started once per process: while they run, they are returned as they are. Forked
    from a fork server that builds the coder (``forks_workers``), replaced after
    ``ARTICLES_PER_WORKER`` articles each; else spawned, each building its own, and kept.
    A fork server outlives the pools of its process: a later pool with another coder
    has each worker build its own, as spawned ones do.
    """
    global _pool
    if _pool is None:
        if forks_workers():
            context = get_context("forkserver")
            # (the main module too: each worker would otherwise run it again, 0.05 s each)
            context.set_forkserver_preload(["__main__", "flows.worker_preload"])
            before = os.environ.get(SPEC_ENV)
            os.environ[SPEC_ENV] = spec_to_env(spec)
            try:
                forkserver.ensure_running()  # it starts building the coder now
            finally:
                if before is None:
                    del os.environ[SPEC_ENV]
                else:
                    os.environ[SPEC_ENV] = before
            _pool = Workers(workers, spec, share_for(spec), context, articles_coded)
        else:
            _pool = Workers(workers, spec, None, get_context("spawn"))
            # (each spawned worker builds its coder from its start: start them all now)
            threading.Thread(target=_pool.start, daemon=True).start()
    return _pool


def stop_workers() -> None:
    """Shut down the workers started by ``start_workers``, if any (their work is done)."""
    global _pool
    pool, _pool = _pool, None
    for promise in _prefetched.values():
        promise.cancel()  # (one handed over already is cancelled with the workers' futures)
    _prefetched.clear()
    if pool is not None:
        pool.shutdown()


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

    Returns at once: the batches are handed over on a thread of their own, since the
    first batch a worker is given waits for the fork server to have built the coder.
    """
    pool = _pool
    if pool is None:
        return
    handed: list[tuple[list[FileRange], Future[BatchResult]]] = []
    for files in batches:
        key = (tuple(files), spec, published)
        if key not in _prefetched:
            promise: Future[BatchResult] = Future()
            _prefetched[key] = promise
            handed.append((list(files), promise))

    def hand_over() -> None:
        for files, promise in handed:
            try:
                _settle(promise, pool.submit(extract_files, files, spec, published))
            except Exception as exc:  # noqa: BLE001 - the flow's task raises it
                if not promise.done():  # (not cancelled by stop_workers meanwhile)
                    promise.set_exception(exc)

    threading.Thread(target=hand_over, name="newsevents-prefetch", daemon=True).start()


def _settle(promise: Future[T], future: Future[T]) -> None:
    """Resolve ``promise`` as ``future`` resolves."""

    def copy(done: Future[T]) -> None:
        if not promise.done():  # (else cancelled by stop_workers)
            _resolve(promise, done)

    future.add_done_callback(copy)


def _resolve(promise: Future[T], done: Future[T]) -> None:
    """Give ``promise`` the outcome of the finished ``done``: its result or its exception;
    its cancellation as a CancelledError (a promise already running cannot be cancelled)."""
    if done.cancelled():
        promise.set_exception(CancelledError("the extraction workers were shut down"))
    elif (exc := done.exception()) is not None:
        promise.set_exception(exc)
    else:
        promise.set_result(done.result())


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
