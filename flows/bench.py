"""The benchmark: the whole CLI on a real corpus, against this machine's ceiling in the same run.

Ceilings, measured over the same texts in the same run:
- rule mode: spaCy's blank English tokenizer on all cores;
- parsed mode: the same spaCy pipeline (tagger, parser, NER ...) on all cores.
A ratio of 1.0 means the pipeline runs as fast as its ceiling alone.

Fixed costs are measured in the same run too: the whole CLI on a one-article
file (the fixed start-up) and a Prefect flow that does nothing (the floor of
any Prefect flow on this machine). The marginal ratio is the ceiling's time
over the run's time less the fixed start-up.

Memory is the proportional set size (PSS, from ``/proc/PID/smaps_rollup``)
summed over the command's whole process tree, Prefect's server included,
sampled every 0.2 s: a page that several processes share (the mapped
gazetteer, shared libraries) counts once, split among them. RSS summed the
same way counts shared pages once per process; it is printed beside it.
Sampling costs CPU (some 2.5 s over a 30 s rule-mode run, on the cores the
run needs), so memory is measured on a run of its own, into a fresh
warehouse: the timed runs are not sampled.

Every figure is the median of ``repeat`` measurements (3 by default), each in a fresh
warehouse, with the range beside it: on this two-core machine the same run takes
from one to two seconds more or less, run to run, and its sampled peak memory moves
by some 10-15 MB, which a single run would report as a change.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
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
    peak_pss_mb: float = 0.0  # shared pages counted once (see the module's docstring)
    bare_flow_seconds: float = 0.0  # a Prefect flow that does nothing, same machine
    # Each figure's measurements, when it is their median (``bench(repeat=...)``).
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Throughput as a share of the ceiling's (ceiling time / pipeline time)."""
        return self.ceiling_seconds / self.pipeline_seconds if self.pipeline_seconds else 0.0

    def lines(self) -> list[str]:
        lines = [
            f"== {self.mode}: {self.documents} documents, {self.words} words, {self.events} events",
            f"  pipeline (whole CLI)   {self.pipeline_seconds:8.1f} s  "
            f"{self.docs_per_second:8.1f} docs/s{self._range('pipeline', 's')}",
            f"  ceiling                {self.ceiling_seconds:8.1f} s{self._range('ceiling', 's')}",
            f"  throughput / ceiling   {self.ratio:8.2f}x  (target >= "
            f"{'0.5' if self.mode == 'rules' else '0.7'})",
            f"  peak memory (PSS)      {self.peak_pss_mb:8.0f} MB  (all processes of the run, "
            f"shared pages once; target < 1,000 in rule mode){self._range('pss', 'MB')}",
            f"  peak memory (RSS sum)  {self.peak_rss_mb:8.0f} MB  (shared pages once per "
            f"process){self._range('rss', 'MB')}",
            f"  fixed start-up         {self.startup_seconds:8.1f} s  "
            "(the whole CLI on a one-article file: imports, Prefect's server, flow run)"
            f"{self._range('startup', 's')}",
            f"  bare Prefect flow      {self.bare_flow_seconds:8.1f} s  (a flow that does "
            f"nothing; start-up is {self.startup_over_bare:.2f}x it, target <= 1.5)"
            f"{self._range('bare', 's')}",
            f"  marginal ratio         {self.steady_ratio:8.2f}x  (ceiling / (pipeline - "
            f"start-up); target >= {'0.30' if self.mode == 'rules' else '0.7'})"
            f"{self._paired_ratios()}",
            f"  unchanged re-run       {self.rerun_seconds:8.1f} s  "
            f"({100 * self.rerun_seconds / self.pipeline_seconds:.1f}% of the first run; "
            f"{100 * self.rerun_beyond_startup:.1f}% beyond the start-up, target <= 5)"
            f"{self._range('rerun', 's')}",
        ]
        if self.samples:
            n = len(self.samples.get("pipeline", []))
            lines.append(f"  (each figure the median of {n} measurements; their range in brackets)")
        return lines

    def _range(self, name: str, unit: str) -> str:
        values = self.samples.get(name, [])
        if len(values) < 2:
            return ""
        digits = 0 if unit == "MB" else 1
        return f"  [{min(values):.{digits}f}-{max(values):.{digits}f} {unit}]"

    def _paired_ratios(self) -> str:
        """The marginal ratio of each round of measurements (its run, ceiling, start-up)."""
        rounds = zip(
            self.samples.get("ceiling", []),
            self.samples.get("pipeline", []),
            self.samples.get("startup", []),
            strict=False,
        )
        ratios = [c / (p - s) for c, p, s in rounds if p > s]
        if len(ratios) < 2:
            return ""
        return f"  [rounds: {', '.join(f'{r:.2f}' for r in ratios)}]"

    @property
    def startup_over_bare(self) -> float:
        return self.startup_seconds / self.bare_flow_seconds if self.bare_flow_seconds else 0.0

    @property
    def rerun_beyond_startup(self) -> float:
        """What an unchanged re-run costs beyond the fixed start-up, as a share of the run's."""
        work = self.pipeline_seconds - self.startup_seconds
        return max(0.0, self.rerun_seconds - self.startup_seconds) / work if work > 0 else 0.0

    @property
    def steady_ratio(self) -> float:
        """The marginal ratio: the ceiling over the pipeline's time less the fixed start-up."""
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


def pss_mb(pid: int) -> float:
    """A process's proportional set size in MB (0 when it has gone or cannot be read)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return 0.0
    return 0.0


@dataclass
class Peak:
    """The largest sums seen over a process tree: PSS and RSS, in MB."""

    pss_mb: float = 0.0
    rss_mb: float = 0.0


def sample_tree(pid: int, stop: threading.Event, peak: Peak, every: float = 0.2) -> None:
    """Until ``stop``, sum PSS and RSS over ``pid`` and its descendants; keep the peaks."""
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        pss = rss = 0.0
        for p in procs:
            try:
                rss += p.memory_info().rss / 1e6
            except psutil.Error:
                continue
            pss += pss_mb(p.pid)
        peak.pss_mb = max(peak.pss_mb, pss)
        peak.rss_mb = max(peak.rss_mb, rss)
        stop.wait(every)


def _run_measured(command: list[str], what: str, sample: bool = False) -> tuple[float, Peak, str]:
    """Run a command; return its seconds, the peak memory of its process tree (with
    ``sample``; zeros without), its output."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = Peak()
    stop = threading.Event()
    sampler = None
    if sample:
        sampler = threading.Thread(target=sample_tree, args=(proc.pid, stop, peak), daemon=True)
        sampler.start()
    out, _ = proc.communicate()
    stop.set()
    if sampler is not None:
        sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{out[-2000:]}")
    return seconds, peak, out


def _run_cli(args: list[str], sample: bool = False) -> tuple[float, Peak, str]:
    """Run ``newsevents`` as a subprocess; return seconds, peak memory of its tree (with
    ``sample``), output."""
    command = [sys.executable, "-m", "flows.cli", *args]
    return _run_measured(command, f"newsevents {' '.join(args)}", sample)


# The floor of any Prefect flow here: a flow that does nothing, with Prefect's own
# temporary server, in a fresh interpreter.
_BARE_FLOW = """
from prefect import flow

@flow(name="bench-bare-flow")
def bare() -> None:
    return None

bare()
"""


def bare_flow_seconds() -> float:
    """Seconds a fresh interpreter takes to run a Prefect flow that does nothing."""
    seconds, _, _ = _run_measured([sys.executable, "-c", _BARE_FLOW], "a bare Prefect flow")
    return seconds


def bench(
    corpus: Path, *, limit: int | None, modes: list[str], processes: int, repeat: int = 3
) -> list[ModeFigures]:
    """Run each mode's pipeline and its ceiling ``repeat`` times; return the medians."""
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
            options = ["--workers", str(processes), "--spacy-model", model or "none"]
            samples: defaultdict[str, list[float]] = defaultdict(list)
            events = words = 0
            for round_ in range(max(1, repeat)):
                db = Path(tmp) / f"bench-{len(results)}-{round_}.duckdb"
                base = ["run", str(src), "--db", str(db), *options]
                samples["pipeline"].append(_run_cli(base)[0])
                samples["rerun"].append(_run_cli(base)[0])
                events = _count_events(db)
                # The same run again into a fresh warehouse, its memory sampled (not timed).
                memory_db = Path(tmp) / f"memory-{len(results)}-{round_}.duckdb"
                _, peak, _ = _run_cli(
                    ["run", str(src), "--db", str(memory_db), *options], sample=True
                )
                samples["pss"].append(peak.pss_mb)
                samples["rss"].append(peak.rss_mb)
                ceil, words = ceiling(texts, model, processes)
                samples["ceiling"].append(ceil)
                tiny_db = Path(tmp) / f"startup-{len(results)}-{round_}.duckdb"
                startup, _, _ = _run_cli(
                    ["run", str(tiny), "--db", str(tiny_db), "--spacy-model", model or "none"]
                )
                samples["startup"].append(startup)
                samples["bare"].append(bare_flow_seconds())
            mid = {name: statistics.median(values) for name, values in samples.items()}
            results.append(
                ModeFigures(
                    "rules" if model is None else f"parsed ({model})",
                    len(texts),
                    words,
                    mid["pipeline"],
                    mid["ceiling"],
                    mid["rerun"],
                    mid["rss"],
                    events,
                    mid["startup"],
                    peak_pss_mb=mid["pss"],
                    bare_flow_seconds=mid["bare"],
                    samples=dict(samples) if repeat > 1 else {},
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
