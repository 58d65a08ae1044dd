"""Prefect's process pool, with workers that can be started before the flow run.

Each extraction worker costs seconds to start: a fresh interpreter imports
Prefect and spaCy and builds the coder (lexicon, gazetteer). Prefect's
``ProcessPoolTaskRunner`` spawns its workers when the flow run begins, which
on a command line is after Prefect's temporary server has started, so the two
waits add up. ``WarmProcessPoolTaskRunner.prestart`` spawns the same pool
(same spawn context, same Prefect worker initialiser, same message queue for
events and logs) earlier; the runner the flow enters takes it over. Without a
prestart it is Prefect's runner unchanged.

This reaches into the runner's private attributes, which is why Prefect is
pinned to one minor version; ``tests/flows/test_faults.py`` runs a flow on it.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, Self

from prefect.task_runners import (
    ProcessPoolTaskRunner,
    TaskRunner,
    _initialize_process_pool_worker,
)

# Pools started ahead of their flow run, by (workers, initializer, initargs).
_prestarted: dict[tuple[Any, ...], tuple[Any, ProcessPoolExecutor]] = {}


def _ready() -> bool:
    return True


class WarmProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """A process-pool task runner whose workers may be spawned ahead of the flow run."""

    def _pool_key(self) -> tuple[Any, ...]:
        return (self._max_workers, self._initializer, self._initargs)

    def prestart(self) -> None:
        """Spawn every worker now; each runs Prefect's and our initialiser at once."""
        key = self._pool_key()
        if key in _prestarted:
            return
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        executor = ProcessPoolExecutor(
            max_workers=self._max_workers,
            mp_context=context,
            initializer=_initialize_process_pool_worker,
            initargs=(queue, self._initializer, self._initargs),
        )
        # A spawn-context pool starts one process per submission while none is idle.
        for _ in range(self._max_workers):
            executor.submit(_ready)
        _prestarted[key] = (queue, executor)

    def __enter__(self) -> Self:
        taken = _prestarted.pop(self._pool_key(), None)
        if taken is None:
            return super().__enter__()
        TaskRunner.__enter__(self)
        self._subprocess_message_queue, self._executor = taken
        self._message_forwarding_thread = threading.Thread(
            target=self._forward_subprocess_messages,
            name="ProcessPoolTaskRunnerMessageForwarder",
            daemon=True,
        )
        self._message_forwarding_thread.start()
        self._resolver_executor = ThreadPoolExecutor(max_workers=self._max_workers)
        return self


@atexit.register
def _shutdown_unused() -> None:
    """Stop pools that no flow run took over (the command failed before its flow)."""
    while _prestarted:
        _, (queue, executor) = _prestarted.popitem()
        executor.shutdown(wait=True, cancel_futures=True)
        queue.close()
