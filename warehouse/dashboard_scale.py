"""The dashboard at scale: a synthetic warehouse of N events, and the page written from it.

Measures what README.md reports for a warehouse of 100,000 events::

    .venv/bin/python -m warehouse.dashboard_scale warehouse/events.duckdb \\
        --events 100000 --out /tmp/dashboard-100k.html

The real events of the source warehouse are copied into a new DuckDB file,
repeated with their dates shifted back a week per copy (so the span grows to
years) and their places spread over ten nearby points per place (so the map
meets the page's cap on places), until there are N. Prints the time to write the
page and its size; the page records its own render time in ``data-ready-ms``.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from schema.errors import NewsEventsError
from warehouse.connection import Warehouse
from warehouse.dashboard import write_dashboard


def synthetic_warehouse(source: Path, target: Path, events: int) -> int:
    """Copy ``source`` to ``target`` and grow its events to ``events`` rows."""
    shutil.copyfile(source, target)
    with Warehouse.open(target) as wh:
        [(real,)] = wh.query("SELECT count(*) FROM events")[1]
        if real == 0:
            raise NewsEventsError(f"{source} has no events to repeat")
        copies = -(-events // real)
        wh.execute("CREATE TEMP TABLE real_events AS SELECT * FROM events")
        wh.execute("DELETE FROM events")
        wh.execute(
            "INSERT INTO events SELECT e.* REPLACE ("
            "   event_id || '-' || i AS event_id,"
            "   CAST(event_date - INTERVAL (7 * i) DAY AS DATE) AS event_date,"
            "   CASE WHEN location_name <> '' AND i % 10 > 0"
            "        THEN location_name || ' ' || (i % 10) ELSE location_name END AS location_name,"
            "   latitude + (i % 10) * 0.05 AS latitude, longitude + (i % 10) * 0.05 AS longitude)"
            " FROM real_events AS e, range($copies) AS r(i)"
            " ORDER BY i, event_id LIMIT $n",
            {"copies": copies, "n": events},
        )
        [(n,)] = wh.query("SELECT count(*) FROM events")[1]
    return int(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a warehouse with real events")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("dashboard-scale.html"))
    args = parser.parse_args()
    db = args.out.with_suffix(".duckdb")
    db.unlink(missing_ok=True)
    n = synthetic_warehouse(args.source, db, args.events)
    start = time.perf_counter()
    with Warehouse.open(db, read_only=True) as wh:
        write_dashboard(wh, args.out)
    took = time.perf_counter() - start
    size = args.out.stat().st_size
    print(f"{n:,} events in {db}; page {args.out}: {size / 1024:,.0f} KB, written in {took:.1f} s")


if __name__ == "__main__":
    main()
