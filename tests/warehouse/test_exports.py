"""Exports (GDELT 61 columns, Parquet by month, CSV); the dashboard is in test_dashboard.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from schema.records import Article, Event
from warehouse import loading
from warehouse.connection import Warehouse
from warehouse.dashboard import write_dashboard
from warehouse.exports import GDELT_COLUMNS, export
from warehouse.loading import FileRange

HOSTILE = "<script>document.title='pwned'</script>\tTab\nLine"


def build(db: Path) -> None:
    arts = [
        Article("a", "x", path="/a", title=HOSTILE, published=dt.date(2014, 9, 25), url="http://a"),
        Article("b", "y", path="/b", title="Second", published=dt.date(2014, 10, 2)),
    ]

    def ev(doc: str, code: str, day: dt.date, **kw: object) -> Event:
        return Event(
            doc,
            0,
            "S.",
            "RUSGOV",
            HOSTILE,
            "USA",
            "United States",
            code,
            code[:2],
            4,
            -6.5,
            "p:1",
            event_date=day,
            source_country="RUS",
            target_country="USA",
            **kw,
        )  # type: ignore[arg-type]

    events = [
        ev(
            "a",
            "141",
            dt.date(2014, 9, 24),
            location_name="Moscow",
            location_country="RUS",
            latitude=55.75,
            longitude=37.62,
        ),
        ev("b", "111", dt.date(2014, 10, 1)),
    ]
    with Warehouse.open(db) as wh:
        loading.load_batch(
            wh, "r", arts, events, [], [FileRange("/a", "1"), FileRange("/b", "2")], "v"
        )


def test_gdelt_export_has_61_columns_in_order(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    build(db)
    out = tmp_path / "events.tsv"
    with Warehouse.open(db, read_only=True) as wh:
        assert export(wh, "gdelt", out) == 2
        assert export(wh, "gdelt", tmp_path / "since.tsv", dt.date(2014, 10, 1)) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == 61 for line in lines)
    row = dict(zip(GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    assert (row["Day"], row["EventCode"], row["EventRootCode"]) == ("20140924", "141", "14")
    assert row["QuadClass"] == "3"  # protest is verbal conflict in GDELT's convention
    assert (row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("RUS", "GOV")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("55.75", "37.62")
    assert row["SOURCEURL"] == "http://a" and row["GoldsteinScale"] == "-6.5"
    assert len((tmp_path / "since.tsv").read_text().splitlines()) == 1


def test_parquet_by_month_and_csv(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    build(db)
    with Warehouse.open(db, read_only=True) as wh:
        export(wh, "parquet", tmp_path / "pq")
        export(wh, "csv", tmp_path / "e.csv")
    months = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert months == ["month=2014-09", "month=2014-10"]
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/*/*.parquet')").fetchone()
    assert n == (2,)
    rows = con.execute(f"SELECT count(*) FROM read_csv('{tmp_path}/e.csv')").fetchone()
    assert rows == (2,)


def test_dashboard_escapes_text(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    build(db)
    with Warehouse.open(db, read_only=True) as wh:
        assert write_dashboard(wh, tmp_path / "d.html") == 2
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in page
    assert "\\u003cscript\\u003e" in page
