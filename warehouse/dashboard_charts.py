"""The dashboard's charts as Vega-Lite specifications (plain dicts, data inline).

Vega-Lite draws the axes, legends and tooltips; the page's own script only
embeds these specs with vega-embed and listens for clicks. Colours follow one
rule across the page: the quad classes keep one colour each everywhere, and the
Goldstein scale is red (conflict) to blue (cooperation) around zero.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warehouse.dashboard_data import QUAD_NAMES, Unit

Spec = dict[str, Any]

QUAD_COLOURS = ["#6baed6", "#08519c", "#fd8d3c", "#b30000"]
QUAD_SCALE = {"domain": list(QUAD_NAMES.values()), "range": QUAD_COLOURS}
GOLDSTEIN_SCALE = {"scheme": "redblue", "domain": [-5, 5], "clamp": True}

_TIME_UNIT: dict[Unit, str] = {
    "day": "utcyearmonthdate",
    "week": "utcyearweek",
    "month": "utcyearmonth",
}
_PERIOD_TITLE: dict[Unit, str] = {"day": "Day", "week": "Week starting", "month": "Month"}
_PERIOD_FORMAT: dict[Unit, str] = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y"}

CONFIG: Spec = {
    "font": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
    "view": {"stroke": None},
    "axis": {
        "labelFontSize": 11,
        "titleFontSize": 12,
        "titleFontWeight": "normal",
        "titleColor": "#444",
        "labelColor": "#333",
        "gridColor": "#ececec",
        "domainColor": "#999",
        "tickColor": "#999",
    },
    "legend": {"labelFontSize": 11, "titleFontSize": 12, "titleFontWeight": "normal"},
}


def _spec(body: Spec) -> Spec:
    return {"config": CONFIG, "background": "white", "padding": 4, **body}


def _datetime(day: dt.date) -> Spec:
    return {"year": day.year, "month": day.month, "date": day.day, "utc": True}


def _x_time(unit: Unit, window: tuple[dt.date, dt.date]) -> Spec:
    return {
        "field": "period",
        "type": "temporal",
        "timeUnit": _TIME_UNIT[unit],
        "title": None,
        "scale": {"domain": [_datetime(window[0]), _datetime(window[1])]},
        "axis": {
            "format": _PERIOD_FORMAT[unit],
            "labelAngle": 0,
            "labelOverlap": "greedy",
            "labelSeparation": 8,
            "tickCount": 8,
        },
    }


# The count axis of the ranked bar charts (top event types, top dyads).
_EVENTS_X: Spec = {"field": "n", "type": "quantitative", "title": "Events"}


def _ranked_labels(label_limit: int) -> Spec:
    """The name axis of a ranked bar chart: one bar per label, longest bar first."""
    return {
        "field": "label",
        "type": "nominal",
        "sort": "-x",
        "title": None,
        "axis": {"labelLimit": label_limit},
    }


def _period_tooltip(unit: Unit) -> Spec:
    return {
        "field": "period",
        "type": "temporal",
        "timeUnit": _TIME_UNIT[unit],
        "title": _PERIOD_TITLE[unit],
        "format": _PERIOD_FORMAT[unit],
    }


def timeline(rows: list[Spec], unit: Unit, window: tuple[dt.date, dt.date]) -> Spec:
    """Events per period, stacked by quad class, with a coloured legend."""
    return _spec(
        {
            "width": 520,
            "height": 230,
            "data": {"values": rows},
            "mark": {"type": "bar", "cursor": "pointer", "clip": True},
            "encoding": {
                "x": _x_time(unit, window),
                "y": {"field": "n", "type": "quantitative", "stack": True, "title": "Events"},
                "color": {
                    "field": "quad_name",
                    "type": "nominal",
                    "scale": QUAD_SCALE,
                    "legend": {"orient": "top", "title": None, "columns": 4},
                },
                "order": {"field": "quad", "type": "quantitative"},
                "tooltip": [
                    _period_tooltip(unit),
                    {"field": "quad_name", "title": "Quad class"},
                    {"field": "n", "type": "quantitative", "title": "Events"},
                    {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                ],
            },
        }
    )


def goldstein_trend(rows: list[Spec], unit: Unit, window: tuple[dt.date, dt.date]) -> Spec:
    """Mean Goldstein score per period on a fixed −10…+10 axis, with the zero line."""
    y = {
        "field": "g",
        "type": "quantitative",
        "scale": {"domain": [-10, 10]},
        "title": "Mean Goldstein (−10 conflict … +10 cooperation)",
    }
    return _spec(
        {
            "width": 520,
            "height": 230,
            "data": {"values": rows},
            "layer": [
                {
                    "mark": {"type": "rule", "color": "#777", "strokeDash": [4, 3]},
                    "encoding": {"y": {"datum": 0, "type": "quantitative", "scale": y["scale"]}},
                },
                {
                    "mark": {
                        "type": "line",
                        "point": {"filled": True, "size": 40, "cursor": "pointer"},
                        "color": "#444",
                        "clip": True,
                    },
                    "encoding": {
                        "x": _x_time(unit, window),
                        "y": y,
                        "tooltip": [
                            _period_tooltip(unit),
                            {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                            {"field": "n", "type": "quantitative", "title": "Events"},
                        ],
                    },
                },
            ],
        }
    )


def event_types(rows: list[Spec]) -> Spec:
    """The most frequent event types, named, coloured by quad class."""
    return _spec(
        {
            "width": 260,
            "height": {"step": 20},
            "data": {"values": rows},
            "mark": {"type": "bar", "cursor": "pointer"},
            "encoding": {
                "y": _ranked_labels(260),
                "x": _EVENTS_X,
                "color": {
                    "field": "quad_name",
                    "type": "nominal",
                    "scale": QUAD_SCALE,
                    "legend": {"orient": "bottom", "title": "Quad class", "columns": 2},
                },
                "tooltip": [
                    {"field": "code", "title": "CAMEO code"},
                    {"field": "name", "title": "Event type"},
                    {"field": "quad_name", "title": "Quad class"},
                    {"field": "n", "type": "quantitative", "title": "Events"},
                    {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                ],
            },
        }
    )


def dyads(rows: list[Spec]) -> Spec:
    """The most frequent actor dyads, named, coloured by their mean Goldstein score."""
    return _spec(
        {
            "width": 210,
            "height": {"step": 20},
            "data": {"values": rows},
            "mark": {"type": "bar", "cursor": "pointer", "stroke": "#888", "strokeWidth": 0.5},
            "encoding": {
                "y": _ranked_labels(330),
                "x": _EVENTS_X,
                "color": {
                    "field": "g",
                    "type": "quantitative",
                    "scale": GOLDSTEIN_SCALE,
                    "legend": {
                        "orient": "bottom",
                        "title": "Mean Goldstein",
                        "gradientLength": 200,
                    },
                },
                "tooltip": [
                    {"field": "label", "title": "Dyad"},
                    {"field": "codes", "title": "Actor codes"},
                    {"field": "s_text", "title": "Source as written"},
                    {"field": "t_text", "title": "Target as written"},
                    {"field": "n", "type": "quantitative", "title": "Events"},
                    {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                ],
            },
        }
    )


def world_map(
    world: Spec | str,
    countries: list[Spec],
    places: list[Spec],
    shade: str,
    fit: Spec | None = None,
) -> Spec:
    """Country outlines shaded by located events or mean Goldstein, and places as points.

    ``world`` is the TopoJSON of ``world()``, or a placeholder the page replaces;
    ``shade`` is ``events`` or ``goldstein``; ``fit``, a GeoJSON feature the
    projection is fitted to (the events' extent), else the whole world.
    """
    outlines = {"values": world, "format": {"type": "topojson", "feature": "countries"}}
    not_antarctica = {"filter": "datum.properties.iso3 !== 'ATA'"}
    if shade == "events":
        colour: Spec = {
            "field": "n",
            "type": "quantitative",
            "scale": {"type": "log", "scheme": "oranges"},
            "legend": {"title": "Events located in country", "orient": "bottom-left"},
        }
    else:
        colour = {
            "field": "g",
            "type": "quantitative",
            "scale": GOLDSTEIN_SCALE,
            "legend": {"title": "Mean Goldstein (±5 and beyond)", "orient": "bottom-left"},
        }
    projection: Spec = {"type": "equalEarth"}
    if fit is not None:
        projection["fit"] = fit
    return _spec(
        {
            "width": 900,
            "height": 450,
            "projection": projection,
            "view": {"fill": "#eaf2f8", "stroke": None},
            "layer": [
                {
                    "data": outlines,
                    "transform": [not_antarctica],
                    "mark": {
                        "type": "geoshape",
                        "fill": "#e2e2e2",
                        "stroke": "#ffffff",
                        "strokeWidth": 0.6,
                        "cursor": "pointer",
                        "clip": True,
                    },
                    "encoding": {"tooltip": [{"field": "properties.name", "title": "Country"}]},
                },
                {
                    "data": outlines,
                    "transform": [
                        not_antarctica,
                        {
                            "lookup": "properties.iso3",
                            "from": {
                                "data": {"values": countries},
                                "key": "iso3",
                                "fields": ["n", "g", "name", "top", "as_source", "as_target"],
                            },
                        },
                        {"filter": "isValid(datum.n)"},
                    ],
                    "mark": {
                        "type": "geoshape",
                        "stroke": "#ffffff",
                        "strokeWidth": 0.6,
                        "cursor": "pointer",
                        "clip": True,
                    },
                    "encoding": {
                        "color": colour,
                        "tooltip": [
                            {"field": "properties.name", "title": "Country"},
                            {"field": "n", "type": "quantitative", "title": "Events located"},
                            {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                            {"field": "as_source", "type": "quantitative", "title": "As source"},
                            {"field": "as_target", "type": "quantitative", "title": "As target"},
                            {"field": "top", "title": "Top event types"},
                        ],
                    },
                },
                {
                    "data": {"values": places},
                    "mark": {
                        "type": "circle",
                        "fill": "#1f2d3d",
                        "fillOpacity": 0.7,
                        "stroke": "#ffffff",
                        "strokeWidth": 1,
                        "cursor": "pointer",
                        "clip": True,
                    },
                    "encoding": {
                        "longitude": {"field": "lon", "type": "quantitative"},
                        "latitude": {"field": "lat", "type": "quantitative"},
                        "size": {
                            "field": "n",
                            "type": "quantitative",
                            "scale": {"range": [25, 900], "zero": False},
                            "legend": {"title": "Events at place", "orient": "bottom-right"},
                        },
                        "order": {"field": "n", "sort": "descending"},
                        "tooltip": [
                            {"field": "name", "title": "Place"},
                            {"field": "country_name", "title": "Country"},
                            {"field": "n", "type": "quantitative", "title": "Events"},
                            {"field": "g", "type": "quantitative", "title": "Mean Goldstein"},
                            {"field": "top", "title": "Top event types"},
                        ],
                    },
                },
            ],
        }
    )
