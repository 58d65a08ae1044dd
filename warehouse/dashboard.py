"""One self-contained HTML dashboard of the warehouse: works offline, escapes all text.

The data are aggregated in DuckDB (``dashboard_data``), drawn by Vega-Lite
(``dashboard_charts``; Vega, Vega-Lite and vega-embed come bundled from the
installed ``vl-convert-python`` and are embedded in the page) over Natural
Earth's country outlines (``data/world-110m.json``). Nothing is fetched when
the page is viewed: its Content-Security-Policy forbids every connection. It
allows ``unsafe-eval`` because Vega compiles its chart expressions (written
here, never taken from the data) with ``Function``.

Escaping: the data and chart specs go into ``<script type="application/json">``
blocks with ``<``, ``>`` and ``&`` escaped, so no article title can close a
block; the page's script inserts every text with ``textContent``, never as
HTML, and only ``http(s)`` addresses become links.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from schema.errors import NewsEventsError
from warehouse import dashboard_charts as charts
from warehouse.connection import Warehouse
from warehouse.dashboard_data import SENTENCE_CHARS, TOP_PLACES, dashboard_data

DEFAULT_MAX_ROWS = 5000
_PLACEHOLDER = re.compile(r"__(DATA|SPECS|VEGA_VERSIONS|VEGA|SCRIPT)__")


@functools.cache
def world() -> dict[str, Any]:
    """Natural Earth 1:110m country outlines as TopoJSON (see data/README.md)."""
    text = resources.files("warehouse.data").joinpath("world-110m.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# The page's script finds the three libraries as globals.
_GLOBALS = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"


@functools.cache
def vega_bundle() -> tuple[str, str]:
    """The Vega + Vega-Lite + vega-embed bundle, and a line naming their versions.

    vl-convert bundles it on first use (a few seconds), then caches it in the process.
    """
    import vl_convert

    js = vl_convert.javascript_bundle(_GLOBALS)
    versions = (
        f"{vl_convert.get_vegalite_versions()[-1]} (Vega {vl_convert.get_vega_version()}, "
        f"vega-embed {vl_convert.get_vega_embed_version()}, via vl-convert)"
    )
    # An inline script ends at the first "</script" whatever the JavaScript around it;
    # "<\/" means "</" inside the strings and regular expressions where it can occur.
    return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT"), versions


def embed(data: Any) -> str:
    """JSON that cannot break out of a script block."""
    text = json.dumps(data, default=str, separators=(",", ":"), ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _fit(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A feature the map's projection is fitted to: the places' extent, padded."""
    if not places:
        return None
    lons = [float(p["lon"]) for p in places]
    lats = [float(p["lat"]) for p in places]
    pad = max(4.0, (max(lons) - min(lons)) * 0.1, (max(lats) - min(lats)) * 0.1)
    west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    south, north = max(-85.0, min(lats) - pad), min(85.0, max(lats) + pad)
    points = [[west, south], [east, south], [east, north], [west, north]]
    return {"type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": points}}


def specs(data: dict[str, Any]) -> dict[str, Any]:
    """The Vega-Lite specs of the page (the map's outlines are filled in by the page)."""
    meta = data["meta"]
    window = (meta["window"][0], meta["window"][1]) if meta.get("window") else None
    unit = meta["unit"]
    out: dict[str, Any] = {
        "types": charts.event_types(data["types"]),
        "dyads": charts.dyads(data["dyads"]),
        "fit": _fit(data["places"]),
    }
    for shade in ("events", "goldstein"):
        out[f"map_{shade}"] = charts.world_map(
            "__world__",  # the page puts the outlines in, once for every map
            data["countries"],
            data["places"],
            shade,
        )
    if window is not None:
        out["timeline"] = charts.timeline(data["periods"], unit, window)
        out["trend"] = charts.goldstein_trend(data["trend"], unit, window)
    else:
        out["timeline"] = out["trend"] = {"mark": "text", "data": {"values": [{}]},
                                          "encoding": {"text": {"value": "No dated events"}}}  # fmt: skip
    return out


def render(data: dict[str, Any]) -> str:
    """The page's HTML for ``data`` (as made by :func:`dashboard_data`)."""
    bundle, versions = vega_bundle()
    folder = resources.files("warehouse.templates")
    page = folder.joinpath("dashboard.html").read_text("utf-8")
    script = folder.joinpath("dashboard.js").read_text("utf-8")
    payload = {
        **data,
        "world": world(),
        "sentence_chars": SENTENCE_CHARS,
        "places_capped": len(data["places"]) >= TOP_PLACES,
    }
    parts = {
        "DATA": embed(payload),
        "SPECS": embed(specs(data)),
        "VEGA": bundle,
        "VEGA_VERSIONS": versions,
        "SCRIPT": script.replace("</script", "<\\/script"),
    }
    # One pass: no inserted text (a title in the data, the bundle) is searched again.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], page)


def write_dashboard(wh: Warehouse, out: Path, max_rows: int = DEFAULT_MAX_ROWS) -> int:
    """Write the page; return the number of events it summarises."""
    if max_rows < 1:
        raise NewsEventsError(f"--max-rows must be at least 1, not {max_rows}")
    data = dashboard_data(wh, max_rows)
    html = render(data)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise NewsEventsError(f"cannot write the dashboard to {out}: {exc.strerror}") from None
    return int(data["meta"]["events"])
