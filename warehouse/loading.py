"""Keyed, transactional loads: a batch lands whole or not at all.

A batch carries the files (or line ranges of a big JSONL file) it was read
from. Loading it replaces, in one transaction, everything those files or
ranges produced before (documents, their events, their rejects) and records
the file's content hash once its last range is in. Re-running therefore adds
nothing, a changed file replaces its document's events, and a run killed at
any moment leaves only whole batches, which the next run completes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from schema.ids import stable_id
from schema.records import Article, Event, FileRange, Reject
from warehouse.connection import Warehouse

LAST_LINE = 2**31 - 1


@dataclass(frozen=True)
class LoadStats:
    documents: int
    events: int
    rejects: int


def start_run(
    wh: Warehouse,
    run_id: str,
    params: dict[str, Any],
    extractor_version: str,
    lexicon_version: str,
    spacy_model: str,
) -> None:
    """Record a run as started (status ``running``)."""
    wh.execute(
        "INSERT INTO runs (run_id, started_at, status, params, extractor_version, "
        "lexicon_version, spacy_model) VALUES (?, now(), 'running', ?, ?, ?, ?)",
        [run_id, json.dumps(params, default=str), extractor_version, lexicon_version, spacy_model],
    )


def finish_run(wh: Warehouse, run_id: str, status: str, stats: dict[str, Any]) -> None:
    """Record how a run ended and what it did."""
    wh.execute(
        "UPDATE runs SET finished_at = now(), status = ?, files_seen = ?, files_skipped = ?, "
        "documents_loaded = ?, events_loaded = ?, rejects = ?, duration_s = ? WHERE run_id = ?",
        [
            status,
            stats.get("files_seen", 0),
            stats.get("files_skipped", 0),
            stats.get("documents_loaded", 0),
            stats.get("events_loaded", 0),
            stats.get("rejects", 0),
            stats.get("duration_s", 0.0),
            run_id,
        ],
    )


def unchanged_files(wh: Warehouse, files: Iterable[tuple[str, str]]) -> set[str]:
    """Paths whose recorded content hash equals the given one (and with no reject to retry)."""
    pairs = [(p, h) for p, h in files if h]
    if not pairs:
        return set()
    table = pa.table({"path": [p for p, _ in pairs], "content_hash": [h for _, h in pairs]})
    wh.con.register("_probe", table)
    try:
        _, rows = wh.query(
            "SELECT f.path FROM files f JOIN _probe p "
            "ON f.path = p.path AND f.content_hash = p.content_hash "
            "WHERE NOT EXISTS (SELECT 1 FROM rejects r WHERE r.path = f.path AND r.retry)"
        )
    finally:
        wh.con.unregister("_probe")
    return {r[0] for r in rows}


def recorded_files(wh: Warehouse) -> dict[str, tuple[int | None, float | None]]:
    """Size and modification time of every file loaded so far, by path."""
    _, rows = wh.query("SELECT path, size, mtime FROM files")
    return {r[0]: (r[1], r[2]) for r in rows}


def event_ids(events: Sequence[Event]) -> list[str]:
    """Stable ids: the same event from the same sentence always gets the same id."""
    seen: Counter[tuple[object, ...]] = Counter()
    out: list[str] = []
    for e in events:
        key = (e.doc_id, e.sentence_index, e.source_code, e.target_code, e.cameo_code)
        seen[key] += 1
        out.append(stable_id(*key, seen[key]))
    return out


def load_batch(
    wh: Warehouse,
    run_id: str,
    articles: Sequence[Article],
    events: Sequence[Event],
    rejects: Sequence[Reject],
    files: Sequence[FileRange],
    extractor_version: str,
) -> LoadStats:
    """Replace what ``files`` produced before with this batch, in one transaction."""
    articles = _last_per_id(articles)
    with wh.transaction():
        for f in files:
            lo = 0 if f.first_line <= 1 else f.first_line
            hi = LAST_LINE if f.last_line is None else f.last_line
            cond = "path = ? AND coalesce(line, 0) BETWEEN ? AND ?"
            wh.execute(
                f"DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM documents WHERE {cond})",
                [f.path, lo, hi],
            )
            wh.execute(f"DELETE FROM documents WHERE {cond}", [f.path, lo, hi])
            wh.execute(f"DELETE FROM rejects WHERE {cond}", [f.path, lo, hi])
        if articles:
            ids = pa.table({"doc_id": [a.doc_id for a in articles]})
            wh.con.register("_ids", ids)
            try:
                wh.execute("DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM _ids)")
                wh.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _ids)")
            finally:
                wh.con.unregister("_ids")
        wh.insert_arrow("documents", _documents_table(articles, run_id))
        kept = {a.doc_id for a in articles}
        events = [e for e in events if e.doc_id in kept]
        wh.insert_arrow("events", _events_table(events, run_id, extractor_version))
        wh.insert_arrow("rejects", _rejects_table(rejects, run_id))
        finals = [f for f in files if f.final]
        if finals:
            wh.execute(
                "DELETE FROM files WHERE path IN (SELECT unnest(?::VARCHAR[]))",
                [[f.path for f in finals]],
            )
            wh.insert_arrow(
                "files",
                pa.table(
                    {
                        "path": [f.path for f in finals],
                        "content_hash": [f.content_hash for f in finals],
                        "size": pa.array([f.size for f in finals], pa.int64()),
                        "mtime": pa.array([f.mtime for f in finals], pa.float64()),
                        "run_id": [run_id] * len(finals),
                    }
                ),
            )
    return LoadStats(len(articles), len(events), len(rejects))


def _last_per_id(articles: Sequence[Article]) -> list[Article]:
    by_id: dict[str, Article] = {}
    for a in articles:
        by_id[a.doc_id] = a
    return list(by_id.values())


def _documents_table(articles: Sequence[Article], run_id: str) -> pa.Table:
    return pa.table(
        {
            "doc_id": [a.doc_id for a in articles],
            "path": [a.path for a in articles],
            "line": pa.array([a.line for a in articles], pa.int32()),
            "source": [a.source for a in articles],
            "url": [a.url for a in articles],
            "title": [a.title for a in articles],
            "published": pa.array([a.published for a in articles], pa.date32()),
            "published_inferred": pa.array([a.published_inferred for a in articles], pa.bool_()),
            "content_hash": [a.content_hash for a in articles],
            "notes": [a.notes for a in articles],
            "n_chars": pa.array([len(a.text) for a in articles], pa.int32()),
            "run_id": [run_id] * len(articles),
        }
    )


def _events_table(events: Sequence[Event], run_id: str, extractor_version: str) -> pa.Table:
    def col(name: str) -> list[Any]:
        return [getattr(e, name) for e in events]

    return pa.table(
        {
            "event_id": event_ids(events),
            "doc_id": col("doc_id"),
            "sentence_index": pa.array(col("sentence_index"), pa.int32()),
            "sentence_text": col("sentence_text"),
            "event_date": pa.array(col("event_date"), pa.date32()),
            "date_text": col("date_text"),
            "date_precision": col("date_precision"),
            "source_code": col("source_code"),
            "source_name": col("source_name"),
            "source_country": col("source_country"),
            "target_code": col("target_code"),
            "target_name": col("target_name"),
            "target_country": col("target_country"),
            "cameo_code": col("cameo_code"),
            "root_code": col("root_code"),
            "quad_class": pa.array(col("quad_class"), pa.int32()),
            "goldstein": pa.array(col("goldstein"), pa.float64()),
            "location_name": col("location_name"),
            "location_country": col("location_country"),
            "latitude": pa.array(col("latitude"), pa.float64()),
            "longitude": pa.array(col("longitude"), pa.float64()),
            "pattern_id": col("pattern_id"),
            "decisions": ["; ".join(e.decisions) for e in events],
            "extractor_version": [extractor_version] * len(events),
            "run_id": [run_id] * len(events),
        },
    )


def _rejects_table(rejects: Sequence[Reject], run_id: str) -> pa.Table:
    return pa.table(
        {
            "run_id": [run_id] * len(rejects),
            "path": [r.path for r in rejects],
            "line": pa.array([r.line for r in rejects], pa.int32()),
            "reason": [r.reason for r in rejects],
            "retry": pa.array([r.retry for r in rejects], pa.bool_()),
        }
    )
