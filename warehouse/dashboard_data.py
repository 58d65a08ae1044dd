"""The dashboard's data: every aggregate computed in DuckDB, every list capped.

The page receives only what it draws: counts per period and quad class, the top
event types and actor dyads, per-country and per-place summaries, and the newest
``max_rows`` events for the drill-down table. So the page's size depends on the
cap and on the number of distinct places, not on the number of events.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import pycountry

from warehouse.connection import Warehouse

Unit = Literal["day", "week", "month"]

QUAD_NAMES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}

# CAMEO's agent (sector) codes, the three letters after the country in an actor
# code, as the CAMEO manual's actor codebook names them.
AGENTS = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "PTY": "political party",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "BUS": "business",
    "CVL": "civilians",
    "MED": "media",
    "EDU": "education",
    "ELI": "elite",
    "HLH": "health",
    "REF": "refugees",
    "LAB": "labour",
    "AGR": "agriculture",
    "ENV": "environment",
    "HRI": "human rights",
    "CRM": "criminals",
    "SPY": "intelligence",
    "INS": "insurgents",
    "SEP": "separatists",
    "UAF": "armed forces",
    "IGO": "intergovernmental org.",
    "NGO": "NGO",
    "NGM": "non-governmental movement",
    "MNC": "multinational",
    "REL": "religious",
    "MOD": "moderate",
    "RAD": "radical",
    "DEV": "development",
    "SET": "settlers",
    # International organisations after IGO
    "UNO": "United Nations",
    "EEC": "European Union",
    "NTO": "NATO",
    "WBK": "World Bank",
    "IMF": "IMF",
    "AFR": "Africa",
    "EUR": "Europe",
    "ASA": "Asia",
    "MEA": "Middle East",
    "WST": "the West",
}

# Regions and groups that stand in the country slot of CAMEO actor codes.
REGIONS = {
    "---": "",
    "AFR": "Africa",
    "ASA": "Asia",
    "EUR": "Europe",
    "MEA": "Middle East",
    "WST": "the West",
    "IGO": "Intergovernmental org.",
    "NGO": "NGO",
    "MNC": "Multinational",
    "UNO": "United Nations",
    "NTO": "NATO",
}

# How many aggregates the page draws: enough to read, few enough to stay small.
TOP_TYPES = 15
TOP_DYADS = 15
TOP_PLACES = 500
SENTENCE_CHARS = 400


def country_name(code: str | None) -> str:
    """A readable name for an ISO 3166-1 alpha-3 code (or a CAMEO region), else the code."""
    if not code:
        return ""
    if code in REGIONS:
        return REGIONS[code]
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def actor_label(code: str | None) -> str:
    """``GBRGOV`` → ``United Kingdom government``; ``---MIL`` → ``Military``."""
    if not code:
        return "(none)"
    place = country_name(code[:3]) if len(code) >= 3 else code
    if len(code) >= 3 and code[:3] not in REGIONS and place == code[:3]:
        place = code[:3]  # an unknown three-letter group: keep the code
    agents = [AGENTS.get(code[i : i + 3], code[i : i + 3]) for i in range(3, len(code), 3)]
    text = " ".join(part for part in (place, *agents) if part)
    return (text[:1].upper() + text[1:]) if text else code


def _records(wh: Warehouse, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    cols, rows = wh.query(sql, params)
    return [dict(zip(cols, r, strict=True)) for r in rows]


def pick_unit(first: dt.date | None, last: dt.date | None) -> Unit:
    """Days for up to four months, weeks for up to two years, months beyond."""
    if first is None or last is None:
        return "day"
    span = (last - first).days
    if span <= 120:
        return "day"
    if span <= 730:
        return "week"
    return "month"


_PERIOD_SQL: dict[Unit, str] = {
    "day": "event_date",
    # Weeks start on Sunday, as Vega-Lite's `week` time unit floors them.
    "week": "CAST(event_date - CAST(dayofweek(event_date) AS INTEGER) AS DATE)",
    "month": "CAST(date_trunc('month', event_date) AS DATE)",
}

_TOP_TYPES_BY = """
WITH t AS (
    SELECT {key}, cameo_code, count(*) AS n,
           row_number() OVER (PARTITION BY {key} ORDER BY count(*) DESC, cameo_code) AS r
    FROM events WHERE {where} GROUP BY {key}, cameo_code
)
SELECT {key}, string_agg(t.cameo_code || ' ' || coalesce(c.name, '?') || ' (' || t.n || ')',
                         '; ' ORDER BY t.r) AS top
FROM t LEFT JOIN cameo_codes c ON c.code = t.cameo_code
WHERE t.r <= 3 GROUP BY {key}
"""


def summary(wh: Warehouse) -> dict[str, Any]:
    """Totals, the date span, and the window the time charts show.

    The window runs from the 2nd to the 98th percentile of the event dates, so a
    few dates resolved years away ("in 2027") do not squeeze every bar into a
    pixel; the page states how many dated events fall outside it.
    """
    [row] = _records(
        wh,
        "SELECT count(*) AS events, count(DISTINCT doc_id) AS documents,"
        " count(*) FILTER (WHERE event_date IS NULL) AS undated,"
        " count(*) FILTER (WHERE latitude IS NOT NULL) AS located,"
        " min(event_date) AS first, max(event_date) AS last,"
        " quantile_disc(event_date, 0.02) AS lo, quantile_disc(event_date, 0.98) AS hi"
        " FROM events",
    )
    lo, hi = row.pop("lo"), row.pop("hi")
    row["unit"] = unit = pick_unit(lo, hi)
    if lo is not None and hi is not None:
        pad = {"day": 1, "week": 7, "month": 31}[unit] + (hi - lo).days // 50
        row["window"] = [lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad)]
        [(outside,)] = wh.query(
            "SELECT count(*) FROM events WHERE event_date < $lo OR event_date > $hi",
            {"lo": lo, "hi": hi},
        )[1]
        row["outside"] = int(outside)
        row["lo"], row["hi"] = lo, hi
    else:
        row["window"], row["outside"] = None, 0
    return row


def _in_window(meta: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if meta.get("window") is None:
        return "", {}
    return " AND event_date BETWEEN $lo AND $hi", {"lo": meta["lo"], "hi": meta["hi"]}


def periods(wh: Warehouse, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """Events and mean Goldstein score per period and quad class, in the window."""
    where, params = _in_window(meta)
    rows = _records(
        wh,
        f"SELECT CAST({_PERIOD_SQL[meta['unit']]} AS VARCHAR) AS period, quad_class AS quad,"
        " count(*) AS n, round(avg(goldstein), 2) AS g"
        f" FROM events WHERE event_date IS NOT NULL AND quad_class BETWEEN 1 AND 4{where}"
        " GROUP BY ALL ORDER BY period, quad",
        params,
    )
    for r in rows:
        r["quad_name"] = QUAD_NAMES[int(r["quad"])]
    return rows


def trend(wh: Warehouse, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """Mean Goldstein score per period, with the events behind each mean, in the window."""
    where, params = _in_window(meta)
    return _records(
        wh,
        f"SELECT CAST({_PERIOD_SQL[meta['unit']]} AS VARCHAR) AS period, count(*) AS n,"
        " round(avg(goldstein), 2) AS g FROM events"
        f" WHERE event_date IS NOT NULL AND goldstein IS NOT NULL{where}"
        " GROUP BY ALL ORDER BY period",
        params,
    )


def event_types(wh: Warehouse) -> list[dict[str, Any]]:
    """The most frequent CAMEO codes with their names and quad class."""
    rows = _records(
        wh,
        "SELECT e.cameo_code AS code, coalesce(c.name, 'unknown code') AS name,"
        " any_value(e.quad_class) AS quad, count(*) AS n, round(avg(e.goldstein), 2) AS g"
        " FROM events e LEFT JOIN cameo_codes c ON c.code = e.cameo_code"
        " GROUP BY ALL ORDER BY n DESC, code LIMIT $k",
        {"k": TOP_TYPES},
    )
    for r in rows:
        r["label"] = f"{r['code']} {r['name']}"
        r["quad_name"] = QUAD_NAMES.get(int(r["quad"] or 0), "Unclassified")
    return rows


def dyads(wh: Warehouse) -> list[dict[str, Any]]:
    """The most frequent (source actor, target actor) pairs, with readable names."""
    rows = _records(
        wh,
        "SELECT source_code AS s, target_code AS t, count(*) AS n,"
        " round(avg(goldstein), 2) AS g, mode(source_name) AS s_text, mode(target_name) AS t_text"
        " FROM events WHERE coalesce(source_code, '') <> '' AND coalesce(target_code, '') <> ''"
        " GROUP BY ALL ORDER BY n DESC, s, t LIMIT $k",
        {"k": TOP_DYADS},
    )
    for r in rows:
        r["label"] = f"{actor_label(r['s'])} → {actor_label(r['t'])}"
        r["codes"] = f"{r['s']} → {r['t']}"
    seen = [r["label"] for r in rows]
    for r in rows:  # two dyads with one name apart: the bars must not merge
        if seen.count(r["label"]) > 1:
            r["label"] += f" ({r['codes']})"
    return rows


def countries(wh: Warehouse) -> list[dict[str, Any]]:
    """Per country: events located there, their mean Goldstein and top types, and roles."""
    located = _records(
        wh,
        "SELECT location_country AS iso3, count(*) AS n, round(avg(goldstein), 2) AS g"
        " FROM events WHERE coalesce(location_country, '') <> '' GROUP BY ALL",
    )
    tops = {
        r["location_country"]: r["top"]
        for r in _records(
            wh,
            _TOP_TYPES_BY.format(
                key="location_country", where="coalesce(location_country, '') <> ''"
            ),
        )
    }
    roles = {
        r["iso3"]: r
        for r in _records(
            wh,
            "SELECT iso3, sum(src) AS as_source, sum(tgt) AS as_target FROM ("
            " SELECT source_country AS iso3, 1 AS src, 0 AS tgt FROM events"
            " UNION ALL SELECT target_country, 0, 1 FROM events)"
            " WHERE coalesce(iso3, '') <> '' GROUP BY ALL",
        )
    }
    for r in located:
        r["name"] = country_name(r["iso3"])
        r["top"] = tops.get(r["iso3"], "")
        role = roles.get(r["iso3"], {})
        r["as_source"] = int(role.get("as_source") or 0)
        r["as_target"] = int(role.get("as_target") or 0)
    return located


def places(wh: Warehouse) -> list[dict[str, Any]]:
    """The most frequent event locations, with their top event types."""
    rows = _records(
        wh,
        "SELECT l.location_name AS name, coalesce(l.location_country, '') AS country,"
        " l.latitude AS lat, l.longitude AS lon, l.events AS n, l.mean_goldstein AS g,"
        " coalesce(t.top, '') AS top FROM event_locations l LEFT JOIN ("
        + _TOP_TYPES_BY.format(key="location_name, location_country", where="latitude IS NOT NULL")
        + ") t ON t.location_name IS NOT DISTINCT FROM l.location_name"
        " AND t.location_country IS NOT DISTINCT FROM l.location_country"
        " ORDER BY n DESC, name LIMIT $k",
        {"k": TOP_PLACES},
    )
    for r in rows:
        r["country_name"] = country_name(r["country"])
    return rows


_ROW_COLUMNS = (
    "day",  # event date (ISO), '' when undated
    "s",  # source actor code
    "sn",  # source actor as written
    "sc",  # source country
    "code",  # CAMEO code
    "root",  # CAMEO root code
    "quad",
    "g",  # Goldstein score
    "t",  # target actor code
    "tn",  # target actor as written
    "tc",  # target country
    "place",
    "pc",  # place's country
    "text",  # the sentence, cut at SENTENCE_CHARS
    "doc",  # index into docs
)


def event_rows(wh: Warehouse, max_rows: int) -> dict[str, Any]:
    """The newest ``max_rows`` events, as arrays, with their articles listed once."""
    cols, rows = wh.query(
        "SELECT coalesce(CAST(e.event_date AS VARCHAR), ''), coalesce(e.source_code, ''),"
        " coalesce(e.source_name, ''), coalesce(e.source_country, ''), e.cameo_code,"
        " e.root_code, e.quad_class, e.goldstein, coalesce(e.target_code, ''),"
        " coalesce(e.target_name, ''), coalesce(e.target_country, ''),"
        " coalesce(e.location_name, ''), coalesce(e.location_country, ''),"
        " left(coalesce(e.sentence_text, ''), $chars), e.doc_id,"
        " coalesce(d.title, ''), coalesce(d.path, ''), coalesce(d.url, '')"
        " FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id"
        " ORDER BY e.event_date DESC NULLS LAST, e.doc_id, e.sentence_index, e.event_id"
        " LIMIT $cap",
        {"chars": SENTENCE_CHARS, "cap": max_rows},
    )
    docs: list[list[str]] = []
    doc_index: dict[str, int] = {}
    data: list[list[Any]] = []
    for r in rows:
        doc_id, title, path, url = r[14], r[15], r[16], r[17]
        if doc_id not in doc_index:
            doc_index[doc_id] = len(docs)
            # Only web addresses become links: no javascript: or file: URL from the data.
            safe_url = url if url.lower().startswith(("http://", "https://")) else ""
            docs.append([title, path, safe_url])
        data.append([*r[:14], doc_index[doc_id]])
    names = dict(wh.query("SELECT code, name FROM cameo_codes")[1])
    used = {r[4] for r in data} | {r[5] for r in data}
    return {
        "cols": list(_ROW_COLUMNS),
        "data": data,
        "docs": docs,
        "names": {c: names[c] for c in sorted(used) if c in names},
    }


def root_codes(wh: Warehouse) -> list[dict[str, Any]]:
    """The root codes present, with their names, for the table's filter."""
    return _records(
        wh,
        "SELECT e.root_code AS code, coalesce(c.name, '') AS name, count(*) AS n"
        " FROM events e LEFT JOIN cameo_codes c ON c.code = e.root_code"
        " GROUP BY ALL ORDER BY code",
    )


def dashboard_data(wh: Warehouse, max_rows: int) -> dict[str, Any]:
    """Everything the page draws, from one read of the warehouse."""
    meta = summary(wh)
    rows = event_rows(wh, max_rows)
    meta["rows"] = len(rows["data"])
    meta["cap"] = max_rows
    return {
        "meta": meta,
        "periods": periods(wh, meta),
        "trend": trend(wh, meta),
        "types": event_types(wh),
        "dyads": dyads(wh),
        "countries": countries(wh),
        "places": places(wh),
        "roots": root_codes(wh),
        "events": rows,
    }
