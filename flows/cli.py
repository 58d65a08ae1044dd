"""The ``newsevents`` command line: run, query, explain, evaluate, export, doctor and more.

Every error becomes one clear line on stderr and exit status 1; a traceback
(ours or Prefect's) reaches the terminal only with ``newsevents --debug``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from schema.errors import NewsEventsError

if TYPE_CHECKING:  # (imported where used: the coder's modules load spaCy)
    from flows.coder_spec import CoderSpec

# No telemetry from the embedded Prefect server: this machine may have no network.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# Prefect's temporary server gets 20 s to start by default; on a busy two-core
# machine that is not enough and the whole run fails before reading a file.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="News articles → CAMEO events → DuckDB.",
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score the extractors against gold sets.")
app.add_typer(evaluate_app, name="evaluate")
console = Console()
err = Console(stderr=True)

DEFAULT_DB = Path("warehouse/events.duckdb")
F = TypeVar("F", bound=Callable[..., Any])
# Prefect's console handler without tracebacks; named before Prefect is imported.
ONE_LINE_HANDLER = "flows.console.OneLineConsoleHandler"
_debug = False

DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB warehouse file.")]
ModelOpt = Annotated[
    str,
    typer.Option(
        "--spacy-model",
        help="none (default: the rule coder) | auto | NAME of an installed pipeline with a parser.",
    ),
]
OneActorOpt = Annotated[
    bool | None,
    typer.Option(
        "--one-actor/--no-one-actor",
        help="Keep events with a source and no target (default: kept with the project's "
        "lexicon, not with PETRARCH dictionaries).",
    ),
]
AllActorsOpt = Annotated[
    bool,
    typer.Option(
        "--all-actors",
        help="Every actor may be a source, as PETRARCH-2 codes (no relevance rules).",
    ),
]
DictOpt = Annotated[
    list[str] | None,
    typer.Option("--dictionaries", help="PETRARCH-2 dictionary folder or file (repeatable)."),
]


@app.callback()
def options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks, ours and Prefect's.")
    ] = False,
) -> None:
    """News articles → CAMEO events → DuckDB."""
    global _debug
    _debug = debug
    if not debug:  # inherited by the worker processes too
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_CLASS", ONE_LINE_HANDLER)


def clean_errors(fn: F) -> F:
    """Turn every error into one line and exit status 1 (the traceback with --debug)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewsEventsError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
            raise typer.Exit(1) from None
        except FileNotFoundError as exc:
            err.print(
                f"[red]error:[/red] no such file: {escape(str(exc.filename))}", highlight=False
            )
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except Exception as exc:
            if _debug:
                raise
            message = (str(exc).strip().splitlines() or [""])[0]
            err.print(
                f"[red]error:[/red] {type(exc).__name__}: {escape(message)} "
                "(newsevents --debug … shows the traceback)",
                highlight=False,
            )
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


@app.command()
@clean_errors
def run(
    paths: Annotated[list[Path], typer.Argument(help="Article files and folders (recursive).")],
    db: DbOpt = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles without one (YYYY-MM-DD).")
    ] = None,
    dictionaries: DictOpt = None,
    spacy_model: ModelOpt = "none",
    reprocess: Annotated[bool, typer.Option(help="Re-extract files already loaded.")] = False,
    batch_size: Annotated[
        int, typer.Option(help="Articles per batch; 0 = by input size (250..1000, parsed 500).")
    ] = 0,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run's lock.")] = 0.0,
    workers: Annotated[
        int, typer.Option(help="Extraction processes; 0 = all cores when the input is large.")
    ] = 0,
    dask_address: Annotated[
        str | None, typer.Option(help="Run extraction on this Dask scheduler (tcp://host:8786).")
    ] = None,
    one_actor: OneActorOpt = None,
    all_actors: AllActorsOpt = False,
) -> None:
    """Run the Prefect flow over files and folders into the warehouse."""
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(2, "not found", str(p))
    from flows.server import start_early, wait_until_ready
    from warehouse.runlock import RunLock

    # Refuse (or wait) here, before anything starts, so a busy warehouse is one clear line.
    with RunLock(db, wait_seconds=wait):
        pass
    launched = start_early()  # `prefect server start`, while the rest is imported
    model = _model_notice(spacy_model)  # a pipeline that is not installed stops here
    if dictionaries:
        from flows.coding import check_dictionaries

        check_dictionaries(dictionaries)  # and so does a damaged dictionary
    from flows.articles import discover
    from flows.coder_spec import CoderSpec
    from flows.workers import cpu_count, start_workers

    found = discover(list(paths))
    spec = CoderSpec(tuple(dictionaries or ()), model, one_actor, all_actors)
    changed = found if reprocess else _changed(db, found)
    size = _size(changed)
    # Worker processes cost a few seconds to start: worth it only for big inputs. Not for
    # an unchanged re-run: it codes nothing (the flow starts them itself if the estimate
    # missed a change).
    big = 500_000 if model != "none" else 5_000_000
    if workers <= 0:
        workers = cpu_count() if size > big else 1
    if workers > 1 and size and not dask_address:
        # Now, so the workers' coder is built while Prefect's server starts (``flows.workers``),
        # and the run's first batches coded.
        start_workers(workers, spec)
        _prefetch(changed, batch_size, spec, _date(published))
    from flows.extraction import warm_worker
    from flows.run import pipeline_for

    if launched and workers <= 1 and not dask_address:
        warm_worker(spec)  # this process codes: build its coder while the server starts
    wait_until_ready()
    flow_fn = pipeline_for(workers, dask_address, spec)
    summary = flow_fn(
        paths=[str(p) for p in paths],
        db=str(db),
        published=_date(published),
        dictionaries=list(dictionaries or []),
        spacy_model=model,
        reprocess=reprocess,
        batch_size=batch_size,
        lock_wait_seconds=wait,
        one_actor_events=one_actor,
        all_actors=all_actors,
        workers=0 if dask_address else workers,
    )
    print_summary(db, summary)


def _prefetch(changed: list[Path], batch_size: int, spec: CoderSpec, published: str | None) -> None:
    """Plan the run's first batches as the flow will, and start coding them now.

    While Prefect's server starts and the flow run begins, the workers are otherwise
    idle. The flow skips files whose content it has loaded before; here the estimate is
    by size and modification time (``_changed``), and a batch planned otherwise by the
    flow is coded afresh, so a wrong guess costs time, never a wrong row.
    """
    from flows.planning import PREFETCHED_BATCHES, fingerprint_files, plan_batches, plan_ranges
    from flows.workers import prefetch

    planned = plan_ranges(fingerprint_files(changed))
    day = dt.date.fromisoformat(published) if published else None
    prefetch(plan_batches(planned, batch_size, spec)[:PREFETCHED_BATCHES], spec, day)


def _size(files: list[Path]) -> int:
    return sum(f.stat().st_size for f in files)


def _changed(db: Path, files: list[Path]) -> list[Path]:
    """Files whose size or modification time differ from the warehouse's record of them.

    Only an estimate of the work ahead, to choose the number of worker processes
    (an unchanged re-run needs none); the flow decides by content hash.
    """
    from warehouse.connection import Warehouse
    from warehouse.loading import recorded_files

    if not db.exists():
        return files
    try:
        with Warehouse.open(db, read_only=True, wait_seconds=0) as wh:
            known = recorded_files(wh)
    except NewsEventsError:
        return files  # busy or unreadable: the flow will say so
    out = []
    for f in files:
        st = f.stat()
        if known.get(str(f)) != (st.st_size, st.st_mtime):
            out.append(f)
    return out


def _model_notice(choice: str) -> str:
    """The pipeline a ``--spacy-model`` choice means; ModelError when it is not installed."""
    from extractors.models import installed_model_label, resolve_model_name

    name = resolve_model_name(choice)
    if choice.lower() == "auto" and name is None:
        err.print("notice: no spaCy pipeline with a parser installed; coding with rules only")
    installed_model_label(name)
    return name or "none"


def print_summary(db: Path, summary: dict[str, Any]) -> None:
    from warehouse.connection import Warehouse

    console.print(
        f"run {summary['run_id']} {summary['status']}: {summary['files_seen']} files seen, "
        f"{summary['files_skipped']} unchanged, {summary['documents_loaded']} documents and "
        f"{summary['events_loaded']} events loaded, {summary['rejects']} rejects "
        f"in {summary.get('duration_s', 0)} s [{summary.get('spacy_model', 'none')}]"
    )
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT count(*) FROM documents")
        _, events = wh.query("SELECT count(*) FROM events")
        _, top = wh.query(
            "SELECT e.root_code, coalesce(c.name, ''), count(*) AS n FROM events e "
            "LEFT JOIN cameo_codes c ON c.code = e.root_code GROUP BY ALL ORDER BY n DESC LIMIT 5"
        )
    console.print(f"warehouse {db}: {docs[0][0]} documents, {events[0][0]} events")
    table = Table("root", "event type", "events", title="top event types")
    for root, name, n in top:
        table.add_row(str(root), str(name), str(n))
    console.print(table)


@app.command()
@clean_errors
def query(
    sql: Annotated[str, typer.Argument(help="A read-only SQL query.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
    param: Annotated[
        list[str] | None, typer.Option("--param", help="name=value, bound as $name (repeatable).")
    ] = None,
) -> None:
    """Answer a read-only SQL query against the warehouse."""
    from warehouse.connection import Warehouse

    params: dict[str, object] = {}
    for item in param or []:
        if "=" not in item:
            raise typer.BadParameter(f"--param expects name=value, got {item!r}")
        k, v = item.split("=", 1)
        params[k] = v
    if not db.exists():
        raise FileNotFoundError(2, "not found", str(db))
    with Warehouse.open(db, read_only=True) as wh:
        cols, rows = wh.query(sql, params or None)
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(cols, r, strict=True)) for r in rows], default=str))
        sys.stdout.write("\n")
    elif fmt == "csv":
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    elif fmt == "table":
        table = Table(*cols)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        console.print(table)
    else:
        raise typer.BadParameter("--format must be table, csv or json")


@app.command()
@clean_errors
def explain(
    sentence: Annotated[str, typer.Argument(help="A sentence (or short text) to code.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    dictionaries: DictOpt = None,
    spacy_model: ModelOpt = "none",
    one_actor: OneActorOpt = None,
    all_actors: AllActorsOpt = False,
) -> None:
    """Show how a sentence is coded: actors, verb patterns, grammar decisions, events."""
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for
    from flows.explanation import render_explanation

    spec = CoderSpec(tuple(dictionaries or ()), _model_notice(spacy_model), one_actor, all_actors)
    coder = coder_for(spec)
    day = dt.date.fromisoformat(_date(published) or dt.date.today().isoformat())
    console.print(render_explanation(coder, sentence, day), highlight=False, markup=False)


@evaluate_app.command("events")
@clean_errors
def evaluate_events_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (*.gold.jsonl, plover, tsv).")],
    dictionaries: DictOpt = None,
    spacy_model: Annotated[
        list[str] | None,
        typer.Option(
            "--spacy-model", help="Modes to compare (repeatable); default: none and auto."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    errors_out: Annotated[
        Path | None, typer.Option(help="Write mis-coded records here (JSONL).")
    ] = None,
    one_actor: OneActorOpt = None,
    all_actors: AllActorsOpt = False,
) -> None:
    """Precision/recall/F1 of the coder on gold sets, both modes side by side."""
    from extractors.models import resolve_model_name
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for
    from flows.evaluation.events import evaluate_events, format_events_reports

    modes = spacy_model or ["none", "auto"]
    reports = []
    for mode in modes:
        name = resolve_model_name(mode) or "none"
        if mode == "auto" and name == "none":
            err.print("notice: no spaCy pipeline with a parser installed; skipping parsed mode")
            continue
        coder = coder_for(CoderSpec(tuple(dictionaries or ()), name, one_actor, all_actors))
        for g in gold:
            reports.append(evaluate_events(coder, g, mode=name))
    if errors_out is not None:
        with errors_out.open("w", encoding="utf-8") as fh:
            for r in reports:
                for e in r.errors:
                    fh.write(json.dumps({"gold_file": r.gold, "mode": r.mode, **e}) + "\n")
    if as_json:
        out = [{k: v for k, v in r.as_dict().items() if k != "errors"} for r in reports]
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        console.print(format_events_reports(reports), highlight=False, markup=False)


@evaluate_app.command("dates")
@clean_errors
def evaluate_dates_cmd(
    docs: Annotated[Path, typer.Argument(help="docs.jsonl (text, dct)")],
    timex: Annotated[Path, typer.Argument(help="timex.jsonl (gold spans and values)")],
) -> None:
    """Span P/R/F1 and value accuracy per kind for the date finder."""
    from flows.evaluation.dates import evaluate_dates, format_dates_report

    console.print(format_dates_report(evaluate_dates(docs, timex)), highlight=False, markup=False)


@evaluate_app.command("places")
@clean_errors
def evaluate_places_cmd(
    gold: Annotated[list[Path], typer.Argument(help="LGL / GeoVirus XML files.")],
    gold_spans: Annotated[
        bool, typer.Option(help="Also score resolution alone, given the gold spans.")
    ] = True,
    spacy_model: Annotated[
        str, typer.Option("--spacy-model", help="Also score with this pipeline's NER spans.")
    ] = "auto",
) -> None:
    """Toponym P/R/F1 and accuracy within 161 km (rules, with NER candidates, gold spans)."""
    from extractors.models import resolve_model_name
    from extractors.pipeline import load_parser
    from flows.evaluation.places import evaluate_places, format_places_report

    name = resolve_model_name(spacy_model)
    nlp = load_parser(name) if name else None
    for g in gold:
        console.print(format_places_report(evaluate_places(g)), highlight=False, markup=False)
        if nlp is not None:
            report = evaluate_places(g, nlp=nlp)
            console.print(format_places_report(report), highlight=False, markup=False)
        if gold_spans:
            report = evaluate_places(g, use_gold_spans=True)
            console.print(format_places_report(report), highlight=False, markup=False)


@app.command()
@clean_errors
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file or folder.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="gdelt | parquet | csv")] = "csv",
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
) -> None:
    """Export events as GDELT 2.0 TSV, month-partitioned Parquet, or CSV."""
    from warehouse.connection import Warehouse
    from warehouse.exports import export as do_export

    if fmt not in ("gdelt", "parquet", "csv"):
        raise typer.BadParameter("--format must be gdelt, parquet or csv")
    day = dt.date.fromisoformat(since) if since else None
    with Warehouse.open(db, read_only=True) as wh:
        n = do_export(wh, fmt, out, day)  # type: ignore[arg-type]
    console.print(f"exported {n} events to {out}")


@app.command()
@clean_errors
def dashboard(
    out: Annotated[Path, typer.Option("--out", help="The HTML page to write.")],
    db: DbOpt = DEFAULT_DB,
    max_rows: Annotated[
        int,
        typer.Option("--max-rows", min=1, help="Events listed in the page's table, newest first."),
    ] = 5000,
) -> None:
    """Write one self-contained, offline HTML dashboard of the warehouse's events.

    Map, charts (Vega-Lite, embedded) and a table of the newest events that the
    charts' clicks and the filters narrow down. Open the file in any browser;
    nothing is fetched from the network.
    """
    from warehouse.connection import Warehouse
    from warehouse.dashboard import write_dashboard

    with Warehouse.open(db, read_only=True) as wh:
        n = write_dashboard(wh, out, max_rows=max_rows)
    size = Path(out).stat().st_size / 1024
    console.print(f"dashboard of {n} events written to {out} ({size:,.0f} KB)")


@app.command()
@clean_errors
def actors(
    unknown: Annotated[bool, typer.Option("--unknown", help="List uncoded named actors.")] = True,
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many names.")] = 30,
) -> None:
    """The most frequent actor names the dictionaries lack, with an example sentence."""
    from warehouse.connection import Warehouse

    sql = (
        "SELECT name, count(*) AS n, any_value(sentence_text) AS example FROM ("
        " SELECT source_name AS name, sentence_text FROM events WHERE source_code = ''"
        " UNION ALL SELECT target_name, sentence_text FROM events"
        " WHERE target_code = '' AND target_name <> '') GROUP BY name ORDER BY n DESC LIMIT $limit"
    )
    with Warehouse.open(db, read_only=True) as wh:
        cols, rows = wh.query(sql, {"limit": limit})
    table = Table(*cols)
    for r in rows:
        table.add_row(*(str(v) for v in r))
    console.print(table)


@app.command()
def serve() -> None:
    """Serve the `nightly` deployment of prefect.yaml locally (Ctrl-C to stop).

    Settings from the environment: NEWSEVENTS_INPUT (folders, separated by
    the OS path separator), NEWSEVENTS_DB, NEWSEVENTS_CRON (default 02:00),
    NEWSEVENTS_TZ (the cron's timezone, default UTC), NEWSEVENTS_DASK_ADDRESS.
    """
    from prefect import serve as prefect_serve

    from flows.run import nightly_deployment

    deployment = nightly_deployment(
        os.environ.get("NEWSEVENTS_INPUT", "samples").split(os.pathsep),
        os.environ.get("NEWSEVENTS_DB", str(DEFAULT_DB)),
        cron=os.environ.get("NEWSEVENTS_CRON", "0 2 * * *"),
        timezone=os.environ.get("NEWSEVENTS_TZ", "UTC"),
        dask_address=os.environ.get("NEWSEVENTS_DASK_ADDRESS") or None,
    )
    prefect_serve(deployment)


@app.command()
@clean_errors
def bench(
    corpus: Annotated[Path, typer.Argument(help="A JSONL corpus, e.g. reuters21578.jsonl.")],
    limit: Annotated[int | None, typer.Option(help="Only the first N records.")] = None,
    mode: Annotated[
        list[str] | None,
        typer.Option("--mode", help="rules and/or a spaCy pipeline name (repeatable)."),
    ] = None,
    processes: Annotated[int, typer.Option(help="Cores for pipeline and ceiling.")] = 0,
    repeat: Annotated[
        int, typer.Option(min=1, help="Measure each figure N times; print the medians.")
    ] = 3,
) -> None:
    """Throughput, ratio to this machine's ceiling, peak memory and re-run time."""
    from extractors.models import installed_models
    from flows.bench import bench as run_bench
    from flows.bench import default_processes

    modes = mode or ["rules", *installed_models()[:1]]
    figures = run_bench(
        corpus,
        limit=limit,
        modes=modes,
        processes=processes or default_processes(),
        repeat=repeat,
    )
    for f in figures:
        console.print("\n".join(f.lines()), highlight=False, markup=False)


@app.command()
@clean_errors
def doctor(db: DbOpt = DEFAULT_DB) -> None:
    """Versions in use and which parts work, each with OK or the fix.

    The parts: the lock, HTML reading, the parser pipeline, Dask, the gazetteer
    cache, the warehouse's migrations and the Prefect server. Exit status 1 when
    one needs a fix.
    """
    from flows.doctor import FIX, diagnose, header, line

    for text in header():
        console.print(text, highlight=False, markup=False, soft_wrap=True)
    broken = 0
    for check in diagnose(db):
        console.print(line(check), highlight=False, markup=False, soft_wrap=True)
        broken += check.status == FIX
    if broken:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
