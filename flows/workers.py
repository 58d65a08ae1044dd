"""Extraction worker processes: Prefect's process pool, each worker warmed as it starts.

Each extraction worker costs seconds to start: a fresh interpreter imports
Prefect and spaCy and builds the coder (lexicon, gazetteer). Prefect's
``ProcessPoolTaskRunner`` takes an ``initializer``, run once in each worker
process before its first task (its documented hook, as ``ProcessPoolExecutor``'s);
the coder is built there, so no batch waits for another's build and the
flow's process keeps no coder of its workers.

The workers start when the flow run submits its first batches. Until issue 13
they were spawned earlier, while Prefect's temporary server started, and the
flow's runner took them over through Prefect's private attributes; that is
gone: only the runner's public constructor is used here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner


def worker_pool(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolTaskRunner:
    """Prefect's process pool of ``workers`` processes, each running ``initializer`` first."""
    return ProcessPoolTaskRunner(max_workers=workers, initializer=initializer, initargs=initargs)
