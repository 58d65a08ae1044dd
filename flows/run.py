"""The main flow: article files → coded events → DuckDB, in crash-safe batches.

The flow only wires tasks. Tasks take paths and small values; each extraction
worker (``flows.workers``) builds its coder once (``flows.coding.coder_for``) and
runs ``flows.extraction``. The warehouse has a
single writer: batches are loaded one at a time, each in one transaction, with
the files' content hashes recorded in the same transaction, so a run killed at
any moment leaves only whole batches and the next run picks up the rest.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.utilities.annotations import quote

from flows.articles import discover, unusable_inputs
from flows.coder_spec import CoderSpec, describe
from flows.extraction import BatchResult
from flows.planning import BATCHES_IN_FLIGHT, fingerprint_files, plan_batches, plan_ranges
from flows.server import share_embedded_server
from flows.workers import cpu_count, extract, extraction_workers
from schema.records import FileRange, Reject
from warehouse import loading
from warehouse.connection import Warehouse
from warehouse.runlock import RunLock

DEFAULT_DB = Path("warehouse/events.duckdb")


@task(name="fingerprint", retries=2, retry_delay_seconds=[1, 4], cache_policy=NONE)
def fingerprint_task(paths: list[str]) -> list[FileRange]:
    """IO: hash the files so unchanged ones are skipped without being parsed."""
    return fingerprint_files([Path(p) for p in paths])


@task(name="extract-batch", cache_policy=NONE)
def extract_task(files: list[FileRange], spec: CoderSpec, published: dt.date | None) -> BatchResult:
    """CPU: read and code one batch of files, on the run's worker processes if it has them.

    On the flow's own threads this hands the batch to a worker (``flows.workers``); on
    a Dask task runner it codes where the task runs.
    """
    return extract(files, spec, published)


@task(name="load-batch", retries=3, retry_delay_seconds=[1, 2, 4], cache_policy=NONE)
def load_task(db: str, run_id: str, batch: BatchResult, extractor_version: str) -> dict[str, int]:
    """IO: one transaction per batch; retried only when the warehouse is busy.

    The run migrated the warehouse when it began, holding the run lock: a load does not
    apply the migrations again (some 25 ms a batch)."""
    with Warehouse.open(Path(db), migrate=False) as wh:
        stats = loading.load_batch(
            wh,
            run_id,
            batch.articles,
            batch.events,
            batch.rejects,
            batch.files,
            extractor_version,
        )
    return {"documents": stats.documents, "events": stats.events, "rejects": stats.rejects}


@contextmanager
def batches_collected() -> Iterator[Callable[[], int]]:
    """Free each loaded batch at once: yields the collection to call after each batch.

    A finished Prefect future and the futures it wraps refer to one another (their
    done callbacks), and the future keeps its task's final state, so a loaded batch
    (its articles, its events and the pickled bytes it came back as) is freed only by
    the cyclic garbage collector, not when the flow lets go of it. The flow's process
    holds some 200,000 objects, so a full collection came only after several batches:
    those batches stayed in memory, more the bigger the batches, and the flow's process
    grew with the corpus (issue 13). The objects held before the batches are frozen
    while they run (``gc.freeze``), so each collection scans only what the batches made,
    not the whole process; they are unfrozen afterwards, so what dies after the run (a
    long-lived ``serve`` process runs many) stays collectable.
    """
    gc.collect()
    gc.freeze()
    try:
        yield gc.collect
    finally:
        gc.unfreeze()


@flow(name="newsevents-run", log_prints=True)
def run_pipeline(
    paths: list[str],
    db: str = str(DEFAULT_DB),
    published: str | None = None,
    dictionaries: list[str] | None = None,
    spacy_model: str = "none",
    reprocess: bool = False,
    batch_size: int = 0,
    lock_wait_seconds: float = 0.0,
    max_in_flight: int = BATCHES_IN_FLIGHT,
    one_actor_events: bool | None = None,
    all_actors: bool = False,
    workers: int = 0,
) -> dict[str, Any]:
    """Ingest article files, code their events and load them into the warehouse.

    ``workers``: extraction processes on this machine. 0 = those started for this run
    (``pipeline_for``, ``newsevents run``) if any, else the flow's own process (or the
    task runner's Dask workers); 2 or more = that many, started now if none are running.
    """
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = uuid.uuid4().hex[:16]
    published_day = dt.date.fromisoformat(published) if published else None
    spec = CoderSpec(tuple(dictionaries or ()), spacy_model, one_actor_events, all_actors)
    versions = describe(spec)
    found = discover([Path(p) for p in paths])
    files = [str(p) for p in found]
    # Before any work: an input type this installation cannot read, in one line with the fix.
    for problem in unusable_inputs(found):
        logger.warning(problem)
    params = {
        "paths": paths,
        "db": db,
        "published": published,
        "dictionaries": list(spec.dictionaries),
        "spacy_model": spacy_model,
        "reprocess": reprocess,
        "one_actor_events": one_actor_events,
        "all_actors": all_actors,
    }
    stats: dict[str, Any] = {
        "files_seen": len(files),
        "files_skipped": 0,
        "documents_loaded": 0,
        "events_loaded": 0,
        "rejects": 0,
    }
    with RunLock(Path(db), wait_seconds=lock_wait_seconds):
        with Warehouse.open(Path(db)) as wh:
            loading.start_run(
                wh,
                run_id,
                params,
                versions["extractor_version"],
                versions["lexicon_version"],
                versions["spacy_model"],
            )
            infos = fingerprint_task(files)
            if not reprocess:
                unchanged = loading.unchanged_files(wh, [(f.path, f.content_hash) for f in infos])
                todo = [f for f in infos if f.path not in unchanged]
            else:
                todo = list(infos)
        stats["files_skipped"] = len(infos) - len(todo)
        status = "failed"
        try:
            # A sliding window of batches in flight: both cores busy, memory flat.
            window: deque[Any] = deque()
            planned = plan_ranges(todo)
            source = iter(plan_batches(planned, batch_size, spec))
            # No batch, no workers: an unchanged re-run starts none (any started early stop).
            pool_size = workers if planned else 0
            with batches_collected() as collect, extraction_workers(pool_size, spec):
                for b in islice(source, max_in_flight):
                    window.append(extract_task.submit(b, spec, published_day))
                while window:
                    batch = window.popleft().result()
                    nxt = next(source, None)
                    if nxt is not None:
                        window.append(extract_task.submit(nxt, spec, published_day))
                    # quote(): Prefect would otherwise walk every article and event of the
                    # batch looking for futures (about 0.4 s a batch, in the loading process).
                    loaded = load_task(
                        db,
                        run_id,
                        quote(batch),  # type: ignore[call-overload]  # unwrapped by Prefect
                        versions["extractor_version"],
                    )
                    stats["documents_loaded"] += loaded["documents"]
                    stats["events_loaded"] += loaded["events"]
                    stats["rejects"] += loaded["rejects"]
                    logger.info(
                        "batch loaded: %d documents, %d events, %d rejects (%.1f s extraction)",
                        loaded["documents"],
                        loaded["events"],
                        loaded["rejects"],
                        batch.seconds,
                    )
                    if batch.rejects:
                        logger.warning("%s", rejects_message(batch.rejects))
                    del batch  # with its future, freed by the collection below
                    collect()
            status = "completed"
        finally:
            stats["duration_s"] = round(time.perf_counter() - started, 3)
            with Warehouse.open(Path(db)) as wh:
                loading.finish_run(wh, run_id, status, stats)
    summary = {"run_id": run_id, "status": status, **stats, **versions}
    _publish(summary)
    return summary


def rejects_message(rejects: Sequence[Reject]) -> str:
    """A batch's rejects as one log message, a line each: ``rejected PATH[:LINE]: REASON``.

    One record per batch, not one per reject: each record costs the console's rendering,
    a log row sent to Prefect's server and the server's write, and all of Reuters has
    1,799 rejects (issue 13). The lines are what the per-reject records said; the
    ``rejects`` table holds them too.
    """
    return "\n".join(
        f"rejected {r.path}{f':{r.line}' if r.line else ''}: {r.reason}" for r in rejects
    )


def _publish(summary: dict[str, Any]) -> None:
    rows = "\n".join(f"| {k} | {v} |" for k, v in summary.items())
    try:
        create_markdown_artifact(
            key="newsevents-run-summary",
            markdown=f"# newsevents run\n\n| field | value |\n|---|---|\n{rows}\n",
            description="What the run read, skipped, rejected and loaded",
        )
    except Exception:  # noqa: BLE001 - an artifact is a courtesy, never a reason to fail a run
        pass


def pipeline_for(
    workers: int = 1, dask_address: str | None = None, spec: CoderSpec | None = None
) -> Any:
    """The main flow for in-process, local-process or Dask extraction.

    Extraction is CPU-bound Python, so parallelism needs processes; Prefect's
    overhead is paid per batch, not per article. Locally that is ``flows.workers``'
    process pool (no scheduler or nanny processes: less memory and a faster start
    than a local Dask cluster), which the flow run starts when it has batches to code
    (its ``workers`` parameter) unless the command started it earlier, and shuts down
    at its end. ``dask_address`` sends the extraction tasks to an existing Dask
    cluster. Either way the warehouse load stays in the flow's own process: a single
    writer. ``workers`` and ``spec`` are kept for the callers; local workers are the
    flow's parameter.
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        share_embedded_server()
        cluster = DaskTaskRunner(address=dask_address)
        return run_pipeline.with_options(task_runner=cluster)  # type: ignore[arg-type]
    return run_pipeline


@flow(name="newsevents-nightly", log_prints=True)
def nightly(
    paths: list[str],
    db: str = str(DEFAULT_DB),
    published: str | None = None,
    dictionaries: list[str] | None = None,
    spacy_model: str = "none",
    reprocess: bool = False,
    workers: int = 0,
    dask_address: str | None = None,
    one_actor_events: bool | None = None,
    all_actors: bool = False,
) -> dict[str, Any]:
    """The scheduled entry point: the main flow on local processes or a Dask cluster.

    A flow cannot choose its own task runner from its parameters, so this
    flow picks one (``workers`` local processes, 0 = every core; or the Dask
    scheduler at ``dask_address``) and runs the main flow under it as a subflow.
    """
    spec = CoderSpec(tuple(dictionaries or ()), spacy_model, one_actor_events, all_actors)
    local = workers if workers > 0 else cpu_count()
    flow_fn = pipeline_for(local, dask_address, spec)
    summary: dict[str, Any] = flow_fn(
        paths=paths,
        db=db,
        published=published,
        dictionaries=list(spec.dictionaries),
        spacy_model=spacy_model,
        reprocess=reprocess,
        one_actor_events=one_actor_events,
        all_actors=all_actors,
        workers=0 if dask_address else local,
    )
    return summary


def nightly_deployment(
    paths: Sequence[str],
    db: str,
    cron: str = "0 2 * * *",
    timezone: str = "UTC",
    dask_address: str | None = None,
) -> Any:
    """The ``nightly`` deployment of prefect.yaml, for serving in this process."""
    from prefect.schedules import Cron

    return nightly.to_deployment(
        name="nightly",
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"paths": list(paths), "db": db, "dask_address": dask_address},
        tags=["nightly"],
    )
