"""The warehouse: migrations, keyed transactional loads, read-only queries, the schema docs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from schema.errors import WarehouseError
from schema.records import Article, Event, Reject
from tests.conftest import ROOT
from warehouse import loading
from warehouse.connection import Warehouse
from warehouse.loading import FileRange
from warehouse.migrations import migration_files


def article(doc_id: str, path: str, line: int | None = None, text: str = "Text.") -> Article:
    return Article(doc_id, text, path=path, line=line, published=dt.date(2020, 1, 1))


def event(doc_id: str, code: str = "111", sentence: int = 0) -> Event:
    return Event(
        doc_id,
        sentence,
        "S.",
        "RUS",
        "Russia",
        "USA",
        "United States",
        code,
        code[:2],
        3,
        -2.0,
        "p:1",
        event_date=dt.date(2020, 1, 1),
        source_country="RUS",
        target_country="USA",
    )


def count(wh: Warehouse, table: str) -> int:
    _, rows = wh.query(f"SELECT count(*) FROM {table}")
    return int(rows[0][0])


def test_migrations_are_named_ordered_and_recorded_once(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    names = [n for n, _ in migration_files()]
    assert names == sorted(names) and names[0].startswith("0001")
    for _ in range(2):
        with Warehouse.open(db) as wh:
            _, rows = wh.query("SELECT name FROM schema_migrations ORDER BY name")
            assert [r[0] for r in rows] == names
            assert count(wh, "cameo_codes") > 250


def test_an_open_without_migrations_applies_none(tmp_path: Path) -> None:
    """A run's batch loads skip the migrations its start applied (``migrate=False``)."""
    db = tmp_path / "w.duckdb"
    with Warehouse.open(db, migrate=False) as wh:
        assert wh.tables() == []
    with Warehouse.open(db) as wh:
        assert "schema_migrations" in wh.tables()
        wh.execute("DELETE FROM cameo_codes")
    with Warehouse.open(db, migrate=False) as wh:
        assert count(wh, "cameo_codes") == 0  # (a migrating open loads the codebook again)
    with Warehouse.open(db) as wh:
        assert count(wh, "cameo_codes") > 250


def test_load_batch_replaces_a_files_documents_and_events(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    f = FileRange("/in/a.txt", "h1")
    with Warehouse.open(db) as wh:
        loading.load_batch(
            wh, "r1", [article("a", f.path)], [event("a"), event("a", "112")], [], [f], "v"
        )
        loading.load_batch(
            wh, "r2", [article("a", f.path)], [event("a"), event("a", "112")], [], [f], "v"
        )
        assert (count(wh, "documents"), count(wh, "events")) == (1, 2)
        changed = FileRange("/in/a.txt", "h2")
        loading.load_batch(
            wh, "r3", [article("b", f.path)], [event("b", "190")], [], [changed], "v"
        )
        _, rows = wh.query("SELECT doc_id, cameo_code FROM events")
        assert rows == [("b", "190")]
        assert loading.unchanged_files(wh, [("/in/a.txt", "h2"), ("/in/a.txt", "h1")]) == {
            "/in/a.txt"
        }
        assert loading.unchanged_files(wh, [("/in/a.txt", "h1")]) == set()


def test_line_ranges_replace_only_their_lines_and_the_final_range_records_the_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.duckdb"
    p = "/in/big.jsonl"
    first, final = FileRange(p, "h", first_line=1, last_line=2), FileRange(p, "h", first_line=3)
    with Warehouse.open(db) as wh:
        for _ in range(2):  # a re-run of the same ranges changes nothing
            loading.load_batch(
                wh, "r", [article("1", p, 1), article("2", p, 2)], [], [], [first], "v"
            )
            if _ == 0:
                assert loading.unchanged_files(wh, [(p, "h")]) == set()  # not complete yet
            loading.load_batch(
                wh, "r", [article("3", p, 3)], [], [Reject(p, 4, "malformed JSON")], [final], "v"
            )
            assert (count(wh, "documents"), count(wh, "rejects")) == (3, 1)
        assert loading.unchanged_files(wh, [(p, "h")]) == {p}
        # The file shrank: the final range starting at line 2 drops line 3 and the reject.
        shrunk = FileRange(p, "h2", first_line=2)
        loading.load_batch(wh, "r", [article("2", p, 2)], [], [], [shrunk], "v")
        _, rows = wh.query("SELECT doc_id FROM documents ORDER BY doc_id")
        assert [r[0] for r in rows] == ["1", "2"] and count(wh, "rejects") == 0


def test_a_failed_batch_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    bad = Event(**{**event("a").__dict__, "cameo_code": None})  # type: ignore[arg-type]
    with Warehouse.open(db) as wh:
        with pytest.raises(WarehouseError):
            loading.load_batch(
                wh, "r", [article("a", "/x")], [bad], [], [FileRange("/x", "h")], "v"
            )
        assert (count(wh, "documents"), count(wh, "events"), count(wh, "files")) == (0, 0, 0)


def test_read_only_open_refuses_writes_and_missing_files(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with pytest.raises(WarehouseError, match="no warehouse"):
        with Warehouse.open(db, read_only=True):
            pass
    with Warehouse.open(db):
        pass
    with Warehouse.open(db, read_only=True) as wh:
        with pytest.raises(WarehouseError):
            wh.query("DELETE FROM events")
        _, rows = wh.query(
            "SELECT count(*) FROM events WHERE root_code = $r", {"r": "1' OR '1'='1"}
        )
        assert rows == [(0,)]


def test_views_answer(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Warehouse.open(db) as wh:
        loading.load_batch(
            wh,
            "r",
            [article("a", "/a"), article("b", "/b")],
            [event("a"), event("b")],
            [],
            [FileRange("/a", "1"), FileRange("/b", "2")],
            "v",
        )
        _, daily = wh.query("SELECT events, mean_goldstein FROM events_daily")
        _, dyads = wh.query("SELECT source_country, target_country, verbal_conflict FROM dyads")
        _, dedup = wh.query("SELECT events, documents FROM events_dedup")
        _, month = wh.query(
            "SELECT country, events_as_source, events_as_target FROM country_month ORDER BY 1"
        )
        _, named = wh.query("SELECT DISTINCT event_name FROM events_named")
    assert daily == [(2, -2.0)]
    assert dyads == [("RUS", "USA", 2)]
    assert dedup == [(2, 2)]
    assert month == [("RUS", 2, 0), ("USA", 0, 2)]
    assert named[0][0]


def documented(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Tables and views of docs/schema.md: '## name' headings and '| column | type |' rows."""
    out: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^## `?(\w+)`?", line)
        if head:
            current = head.group(1)
            out[current] = []
            continue
        row = re.match(r"^\| `(\w+)` \| (\w+(?:\[\])?) \|", line)
        if row and current is not None:
            out[current].append((row.group(1), row.group(2)))
    return out


def test_docs_schema_matches_the_database(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Warehouse.open(db) as wh:
        _, rows = wh.query(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        )
    actual: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        actual.setdefault(table, []).append((column, dtype))
    assert documented(ROOT / "docs" / "schema.md") == actual
