"""Exports for other tools: GDELT 2.0 event rows, month-partitioned Parquet, CSV.

Every export is one DuckDB ``COPY`` of a bound-parameter query; the output path
is the only text placed into SQL, quoted as a string literal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from schema.errors import WarehouseError
from warehouse.connection import Warehouse

Format = Literal["gdelt", "parquet", "csv"]

# The 61 columns of the GDELT 2.0 Event table, in GDELT's order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def _clean(expr: str) -> str:
    """A text field with no tab or line break inside (GDELT files are tab-separated)."""
    return f"regexp_replace(coalesce(CAST({expr} AS VARCHAR), ''), '[\\t\\r\\n]+', ' ', 'g')"


def _actor(n: int, code: str, name: str, country: str) -> list[str]:
    # CAMEO actor codes: a 3-letter country (or IGO/NGO/IMG group) then 3-letter types.
    types = f"CASE WHEN length({country}) = 3 THEN substr({code}, 4) ELSE {code} END"
    group = f"CASE WHEN substr({code}, 1, 3) IN ('IGO', 'NGO', 'IMG') THEN {code} ELSE '' END"
    return [
        _clean(code),
        _clean(name),
        _clean(country),
        _clean(group),
        "''",
        "''",
        "''",
        _clean(f"substr({types}, 1, 3)"),
        _clean(f"substr({types}, 4, 3)"),
        _clean(f"substr({types}, 7, 3)"),
    ]


def _gdelt_select() -> str:
    empty_geo = ["''"] * 8
    action_geo = [
        "CASE WHEN e.latitude IS NULL THEN '' ELSE '4' END",
        _clean("e.location_name"),
        _clean("e.location_country"),
        "''",
        "''",
        "coalesce(CAST(e.latitude AS VARCHAR), '')",
        "coalesce(CAST(e.longitude AS VARCHAR), '')",
        "''",
    ]
    fields = [
        "CAST(('0x' || substr(e.event_id, 1, 15))::UBIGINT AS VARCHAR)",
        "strftime(e.event_date, '%Y%m%d')",
        "strftime(e.event_date, '%Y%m')",
        "strftime(e.event_date, '%Y')",
        "CAST(round(year(e.event_date) + (dayofyear(e.event_date) - 1) / 365.0, 4) AS VARCHAR)",
        *_actor(1, "e.source_code", "e.source_name", "e.source_country"),
        *_actor(2, "e.target_code", "e.target_name", "e.target_country"),
        "CASE WHEN e.sentence_index <= 1 THEN '1' ELSE '0' END",
        _clean("e.cameo_code"),
        _clean("substr(e.cameo_code, 1, 3)"),
        _clean("e.root_code"),
        "coalesce(CAST(c.quad_class_gdelt AS VARCHAR), CAST(e.quad_class AS VARCHAR), '')",
        "coalesce(CAST(e.goldstein AS VARCHAR), '')",
        "'1'",
        "'1'",
        "'1'",
        "''",
        *empty_geo,
        *empty_geo,
        *action_geo,
        "strftime(coalesce(d.loaded_at, now()), '%Y%m%d%H%M%S')",
        _clean("coalesce(nullif(d.url, ''), d.path)"),
    ]
    assert len(fields) == len(GDELT_COLUMNS)
    cols = ",\n       ".join(
        f'{f} AS "{name}"' for f, name in zip(fields, GDELT_COLUMNS, strict=True)
    )
    return (
        f"SELECT {cols}\nFROM events e\n"
        "LEFT JOIN documents d ON d.doc_id = e.doc_id\n"
        "LEFT JOIN cameo_codes c ON c.code = e.cameo_code\n"
        "WHERE e.event_date IS NOT NULL AND ($since IS NULL OR e.event_date >= $since)\n"
        "ORDER BY e.event_date, e.event_id"
    )


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(wh: Warehouse, fmt: Format, out: Path, since: dt.date | None = None) -> int:
    """Write the events (on or after ``since``) to ``out``; return how many."""
    params = {"since": since}
    _, rows = wh.query(
        "SELECT count(*) FROM events WHERE event_date IS NOT NULL "
        "AND ($since IS NULL OR event_date >= $since)",
        params,
    )
    n = int(rows[0][0])
    out = Path(out)
    if fmt == "gdelt":
        out.parent.mkdir(parents=True, exist_ok=True)
        wh.execute(
            f"COPY ({_gdelt_select()}) TO {_literal(out)} "
            "(FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')",
            params,
        )
    elif fmt == "parquet":
        out.mkdir(parents=True, exist_ok=True)
        wh.execute(
            "COPY (SELECT *, strftime(event_date, '%Y-%m') AS month FROM events_named "
            "WHERE event_date IS NOT NULL AND ($since IS NULL OR event_date >= $since)) "
            f"TO {_literal(out)} (FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)",
            params,
        )
    elif fmt == "csv":
        out.parent.mkdir(parents=True, exist_ok=True)
        wh.execute(
            "COPY (SELECT * FROM events_named WHERE event_date IS NOT NULL "
            "AND ($since IS NULL OR event_date >= $since) ORDER BY event_date, event_id) "
            f"TO {_literal(out)} (FORMAT csv, HEADER true)",
            params,
        )
    else:
        raise WarehouseError(f"unknown export format {fmt!r}: use gdelt, parquet or csv")
    return n
