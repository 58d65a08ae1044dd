"""Planning a run's work: files fingerprinted, big files cut into ranges, ranges batched.

Prefect-free, so ``newsevents run`` can plan the first batches (and hand them to the
extraction workers, ``flows.workers.prefetch``) before Prefect is imported, exactly as
the flow (``flows.run``) will plan them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from flows.articles import count_records, is_record_file
from flows.coder_spec import CoderSpec
from schema.records import FileRange

# Batches a run keeps in flight at first: both workers busy and one waiting for each, and
# no more results held in the flow's process than that (``flows.run``).
BATCHES_IN_FLIGHT = 4
# Batches ``newsevents run`` hands the workers before the flow run begins: as many as
# two workers code while Prefect's server starts (some 4 s); with the flow's first four
# only, they stood idle for a second before the flow run asked for more.
PREFETCHED_BATCHES = 6

# A JSONL file bigger than this is split into ranges of lines, so one big file
# still spreads over both cores and memory stays flat.
SPLIT_BYTES = 256 * 1024
RECORDS_PER_RANGE = 250


def fingerprint_files(paths: Sequence[Path]) -> list[FileRange]:
    """Content hash, size and mtime of each file (unreadable files get an empty hash)."""
    out: list[FileRange] = []
    for p in paths:
        try:
            st = p.stat()
            with p.open("rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            out.append(FileRange(str(p), ""))
            continue
        out.append(FileRange(str(p), digest, st.st_size, st.st_mtime))
    return out


def plan_ranges(files: Sequence[FileRange]) -> list[tuple[FileRange, int]]:
    """Each file, or each range of lines of a big JSONL file, with its weight in articles."""
    planned: list[tuple[FileRange, int]] = []
    for f in files:
        path = Path(f.path)
        if not is_record_file(path):
            planned.append((f, 1))
            continue
        try:
            total = count_records(path)
        except (OSError, EOFError, ValueError):
            planned.append((f, 1))  # the reader reports what is wrong with it
            continue
        if f.size <= SPLIT_BYTES:
            planned.append((f, max(1, total)))
            continue
        for first in range(1, total + 1, RECORDS_PER_RANGE):
            last = first + RECORDS_PER_RANGE - 1
            final = last >= total
            part = FileRange(
                f.path, f.content_hash, f.size, f.mtime, first, None if final else last
            )
            planned.append((part, min(last, total) - first + 1))
    return planned


def auto_batch_size(articles: int, parsed: bool = False) -> int:
    """Articles per batch: about eight batches for the run, within 250..1,000 (500 parsed).

    Big batches pay Prefect's per-task overhead (task runs, state changes, the
    load transaction) less often; eight or more keep both cores busy to the end.
    A parsed batch holds its parses until it is coded, so it stays smaller.
    """
    return max(250, min(500 if parsed else 1000, articles // 8))


def batches(planned: Sequence[tuple[FileRange, int]], size: int) -> Iterator[list[FileRange]]:
    """Files and ranges grouped into batches of about ``size`` articles."""
    batch: list[FileRange] = []
    weight = 0
    for item, w in planned:
        if batch and weight + w > size:
            yield batch
            batch, weight = [], 0
        batch.append(item)
        weight += w
    if batch:
        yield batch


def plan_batches(
    planned: Sequence[tuple[FileRange, int]], batch_size: int, spec: CoderSpec
) -> list[list[FileRange]]:
    """The run's batches: ``batch_size`` articles each, or ``auto_batch_size``'s when 0."""
    size = batch_size or auto_batch_size(
        sum(w for _, w in planned), parsed=spec.spacy_model.lower() != "none"
    )
    return list(batches(planned, size))
