"""Extraction: a batch of files read and coded, in whatever process runs it.

This is what an extraction worker runs, so it imports no Prefect: a worker process
(``flows.workers``) imports this module, the readers and the coder, and nothing of
the orchestration. Bad input becomes rejects, never an exception. The coder (and with
it spaCy) is imported when a batch is coded here: a process that only hands batches
to workers and loads their results never imports it.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flows.articles import read_file
from flows.coder_spec import CoderSpec
from schema.records import Article, Event, FileRange, Reject

if TYPE_CHECKING:
    from extractors.coder import CodedArticle, EventCoder


@dataclass
class BatchResult:
    files: list[FileRange]
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    seconds: float = 0.0


def extract_files(
    files: Sequence[FileRange], spec: CoderSpec, published: dt.date | None
) -> BatchResult:
    """Read and code a batch of files; bad input becomes rejects, never an exception."""
    started = time.perf_counter()
    result = BatchResult(list(files))
    coder = _coder(spec)
    for info in files:
        lines = None if info.whole else (info.first_line, info.last_line)
        articles, rejects = read_file(Path(info.path), published_default=published, lines=lines)
        result.rejects.extend(rejects)
        result.articles.extend(articles)
    kept: list[Article] = []
    for chunk in _chunks(result.articles, _chunk_size(coder, len(result.articles))):
        try:
            coded = coder.code_articles(chunk)
        except Exception:  # noqa: BLE001 - find the article at fault; the others load
            coded, chunk = _code_one_by_one(coder, chunk, result.rejects)
        kept.extend(chunk)
        for doc in coded:
            result.events.extend(doc.events)
        del coded  # its sentence views and traces: only the events are kept
    result.articles = kept
    result.seconds = time.perf_counter() - started
    return result


# Articles a rule-mode worker codes at a time. The coder holds every sentence view and
# trace of the articles it is given until it returns, some 35-45 KB a Reuters article: a
# batch coded whole raised a worker's peak by 45 MB with the 1,000-article batches of a
# large corpus, less with a small corpus's smaller batches, so memory grew with the
# corpus; 100 at a time, by 3 MB. Articles are coded independently: the events are the
# same whatever the chunk.
CODE_CHUNK = 100


def _chunk_size(coder: EventCoder, articles: int) -> int:
    """Articles coded at a time: ``CODE_CHUNK`` in rule mode, the whole batch when parsing.

    A parser runs once over the candidate sentences of all the articles it is given;
    a parsed batch is already small (``auto_batch_size``) and keeps that single pass.
    """
    return CODE_CHUNK if getattr(coder, "parser", None) is None else max(1, articles)


def _chunks(articles: Sequence[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(articles), size):
        yield list(articles[start : start + size])


def _code_one_by_one(
    coder: EventCoder, articles: Sequence[Article], rejects: list[Reject]
) -> tuple[list[CodedArticle], list[Article]]:
    """Code each article alone; an article the coder fails on becomes a reject to retry.

    Returns the coded articles and the articles coded (those that did not fail).
    """
    coded: list[CodedArticle] = []
    kept: list[Article] = []
    for article in articles:
        try:
            coded.extend(coder.code_articles([article]))
        except Exception as exc:  # noqa: BLE001 - a coder's bug costs one article only
            message = (str(exc).strip().splitlines() or [""])[0]
            reason = f"coding failed: {type(exc).__name__}: {message}"[:300]
            rejects.append(Reject(article.path, article.line, reason, retry=True))
            continue
        kept.append(article)
    return coded, kept


# Held while a coder is looked up or built: in a flow that codes in its own process,
# batches run on several threads, and two importing spaCy at once can see it half
# initialized (thinc's "Invalid backend: cpu"); one coder is built, not one per thread.
_building = threading.Lock()


def _coder(spec: CoderSpec) -> EventCoder:
    with _building:
        from flows.coding import coder_for

        return coder_for(spec)


# The coders this process has built and warmed (a worker forked from the fork server
# inherits the fork server's: ``flows.worker_preload``).
_warmed: set[CoderSpec] = set()


def warm_worker(spec: CoderSpec) -> None:
    """Build the coder (and its gazetteer) before the first batch; once per process."""
    if spec in _warmed:
        return
    # One short article loads everything that is otherwise built lazily: the gazetteer,
    # and the big cities' table that an agent of no country placed by a city needs
    # (0.3 s otherwise paid in the first batch).
    warm = Article(
        doc_id="warm-up",
        text="MOSCOW, Sept 25 - Officials condemned the United States on Tuesday, "
        "police in Lagos said.",
        published=dt.date(2014, 9, 25),
    )
    _coder(spec).code_articles([warm])
    _warmed.add(spec)
