"""Extraction workers: Prefect's process pool, each worker warmed by the initializer first."""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow, task
from prefect.task_runners import ProcessPoolTaskRunner

from flows.coding import CoderSpec
from flows.run import pipeline_for, run_pipeline, warm_worker
from flows.workers import worker_pool


def record_pid(folder: str) -> None:
    """Initializer: leave this worker's process id in ``folder``."""
    Path(folder, str(os.getpid())).touch()


@task
def whoami() -> int:
    return os.getpid()


@flow
def fan_out(n: int) -> list[int]:
    return [f.result() for f in [whoami.submit() for _ in range(n)]]


def test_every_task_runs_in_a_worker_its_initializer_warmed(
    prefect_harness: None, tmp_path: Path
) -> None:
    """The flow's runner is a copy of the one given (Prefect duplicates it per flow run):
    if the copy lost the initializer, or a second pool started, this fails."""
    runner = worker_pool(2, record_pid, (str(tmp_path),))
    pids = fan_out.with_options(task_runner=runner)(6)  # type: ignore[arg-type]
    warmed = {int(p.name) for p in tmp_path.iterdir()}
    assert os.getpid() not in pids
    assert set(pids) <= warmed
    assert 1 <= len(warmed) <= 2  # one pool of two processes


def test_the_pipelines_pool_is_prefects_with_the_coder_warm_up() -> None:
    spec = CoderSpec()
    flow_fn = pipeline_for(workers=2, spec=spec)
    assert flow_fn is not run_pipeline
    runner = flow_fn.task_runner
    assert type(runner) is ProcessPoolTaskRunner  # Prefect's own runner, no subclass
    assert runner == ProcessPoolTaskRunner(max_workers=2)
    assert pipeline_for(workers=1) is run_pipeline  # one process: no pool at all


def test_warm_up_builds_the_coder_the_tasks_use() -> None:
    from flows.coding import coder_for

    spec = CoderSpec()
    coder_for.cache_clear()
    warm_worker(spec)
    assert coder_for.cache_info().currsize == 1
    before = coder_for.cache_info().hits
    coder_for(spec)
    assert coder_for.cache_info().hits == before + 1  # the batch reuses the warmed coder
