"""Flat memory: the gazetteer is a shared file mapping, the worker's vocabulary is bounded,
and a rule-mode worker codes its batch a chunk of articles at a time.

Memory itself is measured by ``newsevents bench`` (PSS over the process tree); these
tests check the mechanisms that keep it flat, on real articles, without timings (the
bounded caches of names and lookups: ``tests/extractors/test_places.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path

BATCH = 60
BATCHES = 5
LIMIT = 500  # new strings before the tokenizer starts afresh; Reuters passes it each batch


@pytest.fixture
def coder_cache() -> Iterator[None]:
    """Workers' coders built afresh for the test, and again after it."""
    from flows.coding import coder_for

    coder_for.cache_clear()
    yield
    coder_for.cache_clear()


def _reuters_sample(tmp_path: Path) -> Path:
    corpus = shared_path("data", "corpus", "reuters21578.jsonl")
    sample = tmp_path / "reuters-sample.jsonl"
    with corpus.open(encoding="utf-8") as fin, sample.open("w", encoding="utf-8") as fout:
        for n, line in enumerate(fin):
            if n >= BATCH * BATCHES:
                break
            fout.write(line)
    return sample


def _code_in_batches(sample: Path, limit: int) -> tuple[list[object], list[int], int]:
    """Each batch's events as a worker codes them, the vocabulary after each, renewals."""
    from extractors import pipeline
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for
    from flows.extraction import extract_files
    from warehouse.loading import FileRange

    coder_for.cache_clear()
    saved = pipeline.VOCAB_LIMIT
    pipeline.VOCAB_LIMIT = limit
    try:
        spec = CoderSpec()
        events: list[object] = []
        sizes: list[int] = []
        renewals = 0
        for b in range(BATCHES):
            part = FileRange(str(sample), "test", 0, 0.0, b * BATCH + 1, (b + 1) * BATCH)
            result = extract_files([part], spec, None)
            events.extend(result.events)
            tokenizer = coder_for(spec).nlp.tokenizer
            assert isinstance(tokenizer, pipeline.BoundedTokenizer)
            sizes.append(len(tokenizer.vocab.strings))  # type: ignore[attr-defined]
            renewals = tokenizer.renewals
        return events, sizes, renewals
    finally:
        pipeline.VOCAB_LIMIT = saved


def test_worker_vocabulary_stays_bounded_and_coding_is_unchanged(
    tmp_path: Path, coder_cache: None
) -> None:
    sample = _reuters_sample(tmp_path)
    bounded, sizes, renewals = _code_in_batches(sample, LIMIT)
    unbounded, grown, never = _code_in_batches(sample, 10**9)
    assert never == 0
    # Unbounded, the vocabulary grows with every batch; bounded, it starts afresh.
    assert grown == sorted(grown) and grown[-1] > 3 * LIMIT
    assert renewals >= 2
    # At most the limit plus one article's new words above a fresh vocabulary.
    assert max(sizes) < 2_000 + LIMIT + 2_000, sizes  # a fresh one holds some 1,300
    assert max(sizes) < grown[-1] / 2
    # The same events, field for field, whatever the vocabulary has seen.
    assert len(bounded) > 20
    assert bounded == unbounded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_gazetteer_is_a_read_only_file_mapping() -> None:
    from extractors.gazetteer import MappedNames, load_gazetteer

    names = load_gazetteer().by_name
    if not isinstance(names, MappedNames):
        pytest.skip("no writable cache folder for the gazetteer's file here")
    maps = Path("/proc/self/maps").read_text(encoding="utf-8").splitlines()
    mine = [line.split() for line in maps if line.endswith(str(names.path))]
    assert mine, "the gazetteer's file is not mapped"
    # Mapped read-only and shared ("r--s"): its pages are the page cache's, one copy for
    # every worker, never copied into a process's own memory.
    assert all(fields[1] == "r--s" for fields in mine), mine
    assert names.path.stat().st_size > 10_000_000
    assert "springfield" in names and len(names["springfield"]) > 10


def test_a_rule_mode_batch_is_coded_in_chunks_with_the_same_events(
    tmp_path: Path, coder_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coder holds the views and traces of the articles it is given: a rule-mode worker
    gives it ``CODE_CHUNK`` at a time, so its peak does not grow with the batch."""
    import flows.coding
    import flows.extraction
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for
    from warehouse.loading import FileRange

    sample = _reuters_sample(tmp_path)
    spec = CoderSpec()
    real = coder_for(spec)
    calls: list[int] = []

    class Counting:
        parser = None

        def code_articles(self, articles):  # type: ignore[no-untyped-def]
            calls.append(len(articles))
            return real.code_articles(articles)

    monkeypatch.setattr(flows.coding, "coder_for", lambda spec: Counting())
    batch = [FileRange(str(sample), "test", 0, 0.0, 1, BATCH * BATCHES)]
    monkeypatch.setattr(flows.extraction, "CODE_CHUNK", 7)
    chunked = flows.extraction.extract_files(batch, spec, None)
    assert len(calls) > 1 and max(calls) == 7 and sum(calls) == len(chunked.articles)
    calls.clear()
    monkeypatch.setattr(flows.extraction, "CODE_CHUNK", 10**6)
    whole = flows.extraction.extract_files(batch, spec, None)
    assert calls == [len(whole.articles)]
    assert len(chunked.events) > 20
    assert chunked.events == whole.events and chunked.articles == whole.articles
    # A parser reads all the batch's candidate sentences in one pass: not chunked.
    calls.clear()
    Counting.parser = object()  # type: ignore[assignment]
    monkeypatch.setattr(flows.extraction, "CODE_CHUNK", 7)
    flows.extraction.extract_files(batch, spec, None)
    assert calls == [len(whole.articles)]


def test_the_flow_frees_each_loaded_batch_before_the_next(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finished Prefect future sits in a reference cycle with the futures it wraps and
    keeps its batch (articles, events) until the cyclic collector runs: the flow collects
    after each load, so no loaded batch outlives its load. Run on the worker pool the CLI
    uses (one worker here), with automatic collections off, so only the flow's own
    collection can free a batch."""
    import gc
    import weakref

    import flows.run
    from flows.coder_spec import CoderSpec
    from flows.workers import start_workers

    sample = _reuters_sample(tmp_path)
    lines = sample.read_text(encoding="utf-8").splitlines(keepends=True)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for n in range(4):  # four small files, one batch each
        (inputs / f"part{n}.jsonl").write_text("".join(lines[n * 20 : n * 20 + 20]), "utf-8")
    real_load = flows.run.load_task
    loaded: list[weakref.ref[flows.run.BatchResult]] = []
    alive_at_each_load: list[int] = []

    def load(db: str, run_id: str, batch: Any, version: str) -> dict[str, int]:
        result = batch.unquote()  # a plain function gets the quote() the flow passes
        alive_at_each_load.append(sum(ref() is not None for ref in loaded))
        loaded.append(weakref.ref(result))
        stats: dict[str, int] = real_load.fn(db, run_id, result, version)
        return stats

    monkeypatch.setattr(flows.run, "load_task", load)
    start_workers(1, CoderSpec())  # as `newsevents run` does; the flow run adopts the pool
    pipeline = flows.run.run_pipeline
    gc.disable()
    try:
        summary = pipeline(paths=[str(inputs)], db=str(tmp_path / "w.duckdb"), batch_size=20)
    finally:
        gc.enable()
    assert summary["status"] == "completed" and summary["documents_loaded"] > 40
    assert len(alive_at_each_load) == 4
    assert alive_at_each_load == [0, 0, 0, 0]
    assert all(ref() is None for ref in loaded)
    # Nothing stays frozen past the batches: what dies after the run (a long-lived
    # `serve` process runs many) must stay collectable.
    assert gc.get_freeze_count() == 0
