"""Make ``world-110m.json``, the dashboard's country outlines, from Natural Earth.

Run once, by hand, when the outlines are to change (not at run time)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python -m warehouse.data.make_world package/countries-110m.json

``countries-110m.json`` of the npm package ``world-atlas`` is Natural Earth's
1:110m Admin 0 countries (version 4.1.0, public domain) as TopoJSON, already
simplified and quantised; its feature ids are ISO 3166-1 numeric codes. This
script keeps the ``countries`` object only (the page draws no separate land),
adds each country's ISO 3166-1 alpha-3 code (the warehouse's country codes) and
writes compact JSON. See README.md beside it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pycountry

OUT = Path(__file__).with_name("world-110m.json")

# Natural Earth units without an ISO 3166-1 numeric code, and the code the
# warehouse would give their events (Kosovo's user-assigned code; the others are
# administered as parts of the countries named).
_NO_NUMERIC = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}


def alpha3(numeric: str | None, name: str) -> str:
    """The ISO 3166-1 alpha-3 code of a feature, or '' where there is none."""
    if numeric:
        country = pycountry.countries.get(numeric=numeric.zfill(3))
        if country is not None:
            return str(country.alpha_3)
    return _NO_NUMERIC.get(name, "")


def convert(topo: dict[str, Any]) -> dict[str, Any]:
    """The TopoJSON with the countries object only, each with ``iso3`` and ``name``."""
    countries = topo["objects"]["countries"]
    for geometry in countries["geometries"]:
        props = geometry.setdefault("properties", {})
        props["iso3"] = alpha3(geometry.pop("id", None), props.get("name", ""))
    return {
        "type": "Topology",
        "transform": topo["transform"],
        "bbox": topo.get("bbox"),
        "objects": {"countries": countries},
        "arcs": topo["arcs"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="world-atlas's countries-110m.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topo = json.loads(args.source.read_text(encoding="utf-8"))
    result = convert(topo)
    args.out.write_text(json.dumps(result, separators=(",", ":")), encoding="utf-8")
    missing = [g["properties"]["name"] for g in result["objects"]["countries"]["geometries"]
               if not g["properties"]["iso3"]]  # fmt: skip
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB); no ISO code: {missing}")


if __name__ == "__main__":
    main()
