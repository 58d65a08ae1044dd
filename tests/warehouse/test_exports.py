"""Exports (GDELT 61 columns, Parquet by month, CSV) and the dashboard in a real browser."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

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


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True,
                       timeout=600, check=False)  # fmt: skip
        found = shutil.which("chromium")
    if not found:
        pytest.skip("Chromium is not installed and could not be installed (apt-get chromium)")
    return found


def test_dashboard_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = chromium()
    db = tmp_path / "w.duckdb"
    build(db)
    page = tmp_path / "d.html"
    with Warehouse.open(db, read_only=True) as wh:
        write_dashboard(wh, page)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'p'}"]
    dom = subprocess.run(
        [browser, *flags, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert 'data-rendered="yes"' in dom.stdout, dom.stderr[-2000:]
    assert "<title>newsevents dashboard</title>" in dom.stdout  # the injected script never ran
    assert dom.stdout.count("<rect") >= 2 and "<circle" in dom.stdout and "<polyline" in dom.stdout
    assert "&lt;script&gt;document.title" in dom.stdout  # the title shows as text
    errors = [
        line for line in dom.stderr.splitlines()
        if "CONSOLE" in line and ("Uncaught" in line or "Error" in line)
    ]  # fmt: skip
    assert errors == []
    shot = tmp_path / "dashboard.png"
    subprocess.run(
        [browser, *flags, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert shot.exists() and shot.stat().st_size > 20_000
