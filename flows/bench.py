"""The benchmark: the whole CLI on a real corpus, against this machine's ceiling in the same run.

Ceilings, measured over the same texts in the same run:
- rule mode: spaCy's blank English tokenizer on all cores;
- parsed mode: the same spaCy pipeline (tagger, parser, NER ...) on all cores.
A ratio of 1.0 means the pipeline runs as fast as its ceiling alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import psutil


@dataclass
class ModeFigures:
    mode: str
    documents: int
    words: int
    pipeline_seconds: float
    ceiling_seconds: float
    rerun_seconds: float
    peak_rss_mb: float
    events: int
    startup_seconds: float = 0.0  # the whole CLI on a one-article file

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Throughput as a share of the ceiling's (ceiling time / pipeline time)."""
        return self.ceiling_seconds / self.pipeline_seconds if self.pipeline_seconds else 0.0

    def lines(self) -> list[str]:
        return [
            f"== {self.mode}: {self.documents} documents, {self.words} words, {self.events} events",
            f"  pipeline (whole CLI)   {self.pipeline_seconds:8.1f} s  "
            f"{self.docs_per_second:8.1f} docs/s",
            f"  ceiling                {self.ceiling_seconds:8.1f} s",
            f"  throughput / ceiling   {self.ratio:8.2f}x  (target >= "
            f"{'0.5' if self.mode == 'rules' else '0.7'})",
            f"  peak memory            {self.peak_rss_mb:8.0f} MB (all processes of the run)",
            f"  unchanged re-run       {self.rerun_seconds:8.1f} s  "
            f"({100 * self.rerun_seconds / self.pipeline_seconds:.1f}% of the first run)",
            f"  fixed start-up         {self.startup_seconds:8.1f} s  "
            "(the whole CLI on a one-article file: imports, Prefect's server, flow run)",
            f"  ceiling / (pipeline - start-up) {self.steady_ratio:5.2f}x",
        ]

    @property
    def steady_ratio(self) -> float:
        """The ratio with the fixed start-up cost taken out of the pipeline's time."""
        work = self.pipeline_seconds - self.startup_seconds
        return self.ceiling_seconds / work if work > 0 else 0.0


def read_texts(path: Path, limit: int | None) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = rec.get("text") or rec.get("body") or rec.get("content") or ""
            if text:
                yield text


def _tokenize_chunk(texts: list[str]) -> int:
    import spacy

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    return sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))


def _pipeline_chunk(args: tuple[str, list[str]]) -> int:
    import spacy

    name, texts = args
    nlp = spacy.load(name)
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))


def ceiling(texts: list[str], model: str | None, processes: int) -> tuple[float, int]:
    """Seconds for the ceiling over the texts on ``processes`` cores, and the word count."""
    chunks = [texts[i::processes] for i in range(processes)]
    started = time.perf_counter()
    with get_context("spawn").Pool(processes) as pool:
        if model is None:
            counts = pool.map(_tokenize_chunk, chunks)
        else:
            counts = pool.map(_pipeline_chunk, [(model, c) for c in chunks])
    return time.perf_counter() - started, sum(counts)


def _run_cli(args: list[str]) -> tuple[float, float, str]:
    """Run ``newsevents`` as a subprocess; return seconds, peak RSS of its process tree, output."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs if p.is_running())
                peak = max(peak, rss / 1e6)
            except psutil.Error:
                pass
            stop.wait(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, _ = proc.communicate()
    stop.set()
    t.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"newsevents {' '.join(args)} failed:\n{out[-2000:]}")
    return seconds, peak, out


def bench(
    corpus: Path, *, limit: int | None, modes: list[str], processes: int
) -> list[ModeFigures]:
    """Run each mode's pipeline and its ceiling; return the figures."""
    texts = list(read_texts(corpus, limit))
    results: list[ModeFigures] = []
    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as tmp:
        src = corpus
        if limit is not None:
            src = Path(tmp) / "corpus.jsonl"
            with corpus.open(encoding="utf-8") as fin, src.open("w", encoding="utf-8") as fout:
                for n, line in enumerate(fin):
                    if n >= limit:
                        break
                    fout.write(line)
        tiny = Path(tmp) / "one-article.jsonl"
        one = {"id": "bench-1", "published": "2014-09-25", "text": _ONE_ARTICLE}
        tiny.write_text(json.dumps(one) + "\n", encoding="utf-8")
        for mode in modes:
            model = None if mode == "rules" else mode
            db = Path(tmp) / f"bench-{len(results)}.duckdb"
            base = ["run", str(src), "--db", str(db), "--workers", str(processes)]
            base += ["--spacy-model", model or "none"]
            seconds, peak, out = _run_cli(base)
            rerun, _, _ = _run_cli(base)
            ceil, words = ceiling(texts, model, processes)
            events = _count_events(db)
            tiny_db = Path(tmp) / f"startup-{len(results)}.duckdb"
            startup, _, _ = _run_cli(
                ["run", str(tiny), "--db", str(tiny_db), "--spacy-model", model or "none"]
            )
            results.append(
                ModeFigures(
                    "rules" if model is None else f"parsed ({model})",
                    len(texts),
                    words,
                    seconds,
                    ceil,
                    rerun,
                    peak,
                    events,
                    startup,
                )
            )
    return results


_ONE_ARTICLE = (
    "Russia condemned the United States on Wednesday for its air strikes in Syria, "
    "the foreign ministry in Moscow said."
)


def _count_events(db: Path) -> int:
    from warehouse.connection import Warehouse

    with Warehouse.open(db, read_only=True) as wh:
        _, rows = wh.query("SELECT count(*) FROM events")
    return int(rows[0][0])


def default_processes() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2
