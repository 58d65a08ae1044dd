"""The main flow end to end: real files, a real Prefect flow, a real DuckDB file."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from warehouse.connection import Warehouse


def counts(db: Path) -> tuple[int, int, int]:
    with Warehouse.open(db, read_only=True) as wh:
        _, d = wh.query("SELECT count(*) FROM documents")
        _, e = wh.query("SELECT count(*) FROM events")
        _, r = wh.query("SELECT count(*) FROM rejects")
    return d[0][0], e[0][0], r[0][0]


def test_samples_run_is_idempotent(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from flows.run import run_pipeline

    db = tmp_path / "events.duckdb"
    first = run_pipeline(paths=[str(ROOT / "samples")], db=str(db))
    assert first["status"] == "completed"
    assert first["documents_loaded"] >= 6
    assert first["events_loaded"] > 0
    before = counts(db)
    second = run_pipeline(paths=[str(ROOT / "samples")], db=str(db))
    assert second["files_skipped"] == second["files_seen"]
    assert counts(db) == before
    third = run_pipeline(paths=[str(ROOT / "samples")], db=str(db), reprocess=True)
    assert third["documents_loaded"] == first["documents_loaded"]
    assert counts(db) == before
    with Warehouse.open(db, read_only=True) as wh:
        _, runs = wh.query("SELECT status FROM runs ORDER BY started_at")
    assert [r[0] for r in runs] == ["completed"] * 3


def test_bad_input_becomes_rejects_and_the_batch_loads(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from flows.run import run_pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(
        "Russia condemned the United States on Wednesday over air strikes in Syria.\n",
        encoding="utf-8",
    )
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    lines = [
        json.dumps(
            {"id": "a1", "text": "France praised Germany on Monday.", "published": "2020-01-07"}
        ),
        "{not json",
        json.dumps({"id": "a2", "title": "no text"}),
    ]
    (src / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(src / "zipped.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Iraqi troops attacked Islamic State fighters near Mosul on Sunday.\n")
    db = tmp_path / "w.duckdb"
    summary = run_pipeline(paths=[str(src)], db=str(db), published="2014-09-25")
    assert summary["status"] == "completed"
    docs, _events, rejects = counts(db)
    assert docs == 3  # good.txt, a1, zipped
    assert rejects == 4  # binary, empty, bad json line, record without text
    with Warehouse.open(db, read_only=True) as wh:
        _, rows = wh.query("SELECT path, line FROM rejects WHERE path LIKE '%batch.jsonl'")
        _, pub = wh.query("SELECT published FROM documents WHERE doc_id = 'a1'")
    assert sorted(r[1] for r in rows) == [2, 3]
    assert pub[0][0] == dt.date(2020, 1, 7)


def test_a_batchs_rejects_are_one_log_message_a_line_each() -> None:
    """One log record per batch (all of Reuters has 1,799 rejects), each reject's line as
    the per-reject records wrote it."""
    from flows.run import rejects_message
    from schema.records import Reject

    message = rejects_message(
        [
            Reject("in/a.jsonl", 3, "malformed JSON: x"),
            Reject("in/b.txt", None, "empty article text"),
        ]
    )
    assert message.splitlines() == [
        "rejected in/a.jsonl:3: malformed JSON: x",
        "rejected in/b.txt: empty article text",
    ]


@pytest.mark.parametrize("mode", ["none", "auto"])
def test_seed_article_events(prefect_harness, tmp_path: Path, mode: str) -> None:  # type: ignore[no-untyped-def]
    from extractors.models import resolve_model_name
    from flows.run import run_pipeline

    if mode == "auto" and resolve_model_name("auto") is None:
        pytest.skip("no spaCy pipeline with a parser installed (pip install newsevents[parser])")
    seed_dir = shared_path("data", "seed")
    text = next(seed_dir.glob("*.txt")).read_text(encoding="utf-8")
    record = {"id": "seed", "text": text, "published": "2014-09-25", "source": "The Moscow Times"}
    src = tmp_path / "seed.jsonl"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "seed.duckdb"
    run_pipeline(paths=[str(src)], db=str(db), spacy_model=mode)
    with Warehouse.open(db, read_only=True) as wh:
        _, rows = wh.query(
            "SELECT source_country, target_code, root_code, event_date, sentence_text, "
            "target_name, "
            "location_name, location_country FROM events"
        )
    assert any(
        s == "RUS" and t.startswith("USA") and r == "11" and d == dt.date(2014, 9, 24)
        for s, t, r, d, *_ in rows
    ), rows
    assert any(
        s == "USA" and r == "19" and "islamic state" in name.lower()
        for s, _, r, _, _, name, *_ in rows
    ), rows
    appeal = ("donation", "Independent journalism", "Editorial decisions", "newsroom")
    assert not any(any(a in sent for a in appeal) for _, _, _, _, sent, *_ in rows)
    # Locations come from the event's own sentence, never from an actor named there.
    located = [(sent, place, cc) for *_, sent, _, place, cc in rows if place]
    assert all(place.split()[0] in sent for sent, place, _ in located), located
    assert any("in Iraq" in sent and cc == "IRQ" for sent, _, cc in located), located
    assert any("where some of the strikes" in sent and cc == "SYR" for sent, _, cc in located)
    assert any("in New York" in sent and place.startswith("New York") for sent, place, _ in located)
    assert not any(sent.startswith("Russia") and cc == "RUS" for sent, _, cc in located), located


def test_cli_query_is_read_only_and_parametrised(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from flows.cli import app

    db = tmp_path / "q.duckdb"
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    runner = CliRunner()
    result = runner.invoke(
        app, ["run", str(tmp_path / "samples"), "--db", str(db), "--spacy-model", "none"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app,
        [
            "query",
            "SELECT count(*) AS n FROM events WHERE root_code <> $r",
            "--db",
            str(db),
            "--param",
            "r=99'; DROP TABLE events; --",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["n"] > 0
    result = runner.invoke(app, ["query", "DELETE FROM events", "--db", str(db)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert counts(db)[1] > 0


def test_missing_input_is_one_clear_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(
        app, ["run", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert "Traceback" not in result.output


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _view_counts(db: Path) -> dict[str, int]:
    """Row counts of every table and analysis view an analyst would query."""
    names = ("documents", "events", "rejects", "events_daily", "dyads", "events_dedup")
    with Warehouse.open(db, read_only=True) as wh:
        out = {}
        for name in (*names, "country_month"):
            _, rows = wh.query(f"SELECT count(*) FROM {name}")
            out[name] = rows[0][0]
    return out


@pytest.mark.slow
def test_real_articles_second_run_changes_no_counts(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """300 BBC politics files and 300 Reuters records: a second identical run adds nothing."""
    from flows.run import run_pipeline

    bbc = sorted(shared_path("data", "corpus", "bbc", "politics").glob("*.txt"))[:300]
    reuters = shared_path("data", "corpus", "reuters21578.jsonl")
    src = tmp_path / "in"
    (src / "bbc").mkdir(parents=True)
    for f in bbc:
        shutil.copy(f, src / "bbc" / f.name)
    with reuters.open(encoding="utf-8") as fin:
        head = [next(fin) for _ in range(300)]
    (src / "reuters.jsonl").write_text("".join(head), encoding="utf-8")
    db = tmp_path / "real.duckdb"
    first = run_pipeline(paths=[str(src)], db=str(db))
    assert first["status"] == "completed"
    before = _view_counts(db)
    # Enough of both to matter: most of these sentences (economic news) hold no event.
    assert before["documents"] > 500 and before["events"] > 300, before
    second = run_pipeline(paths=[str(src)], db=str(db))
    assert second["files_skipped"] == second["files_seen"] == len(bbc) + 1
    assert second["documents_loaded"] == second["events_loaded"] == 0
    assert _view_counts(db) == before
