"""Scoring place finding and resolution on LGL and GeoVirus (accuracy within 161 km)."""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.places import find_places

KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass
class PlacesReport:
    name: str
    mode: str
    figures: dict[str, Any] = field(default_factory=dict)


def read_geo_gold(path: Path) -> list[tuple[str, list[GoldToponym]]]:
    """(text, gold toponyms) per article of an LGL- or GeoVirus-format XML file."""
    root = ET.parse(path).getroot()
    out: list[tuple[str, list[GoldToponym]]] = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        golds: list[GoldToponym] = []
        for top in article.iter("toponym"):
            gaz = top.find("gaztag")
            lat = gaz.findtext("lat") if gaz is not None else None
            lon = gaz.findtext("lon") if gaz is not None else None
            if lat is None or lon is None:
                continue
            golds.append(
                GoldToponym(
                    int(top.findtext("start") or 0),
                    int(top.findtext("end") or 0),
                    top.findtext("phrase") or "",
                    float(lat),
                    float(lon),
                )  # fmt: skip
            )
        for loc in article.iter("location"):
            golds.append(
                GoldToponym(
                    int(loc.findtext("start") or 0),
                    int(loc.findtext("end") or 0),
                    loc.findtext("name") or "",
                    float(loc.findtext("lat") or 0),
                    float(loc.findtext("lon") or 0),
                )  # fmt: skip
            )
        out.append((text, [_anchor(text, g) for g in golds]))
    return out


def _anchor(text: str, g: GoldToponym) -> GoldToponym:
    """Gold offsets that drift (GeoVirus is off by one) re-anchored on the gold name."""
    if text[g.start : g.end] == g.name or not g.name:
        return g
    lo = max(0, g.start - 15)
    at = text.find(g.name, lo, g.end + 15 + len(g.name))
    if at < 0:
        return g
    return GoldToponym(at, at + len(g.name), g.name, g.lat, g.lon)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def evaluate_places(gold: Path, use_gold_spans: bool = False, nlp: Any = None) -> PlacesReport:
    """Toponym P/R/F1 (overlap) and accuracy within 161 km over all gold toponyms."""
    docs = read_geo_gold(gold)
    n_gold = n_pred = tp_pred = found = within = 0
    errors: list[float] = []
    started = time.perf_counter()
    for text, golds in docs:
        candidates: list[tuple[int, int]] | None = None
        if use_gold_spans:
            candidates = [(g.start, g.end) for g in golds]
        elif nlp is not None:
            doc = nlp(text)
            candidates = [
                (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")
            ]
        mentions = find_places(text, candidates=candidates)
        if use_gold_spans:
            spans = {(g.start, g.end) for g in golds}
            mentions = [m for m in mentions if (m.start, m.end) in spans]
        n_gold += len(golds)
        n_pred += len(mentions)
        tp_pred += sum(any(m.start < g.end and g.start < m.end for g in golds) for m in mentions)
        for g in golds:
            hits = [m for m in mentions if m.start < g.end and g.start < m.end]
            if not hits:
                continue
            found += 1
            m = hits[0]
            if m.latitude is None or m.longitude is None:
                continue
            err = km(g.lat, g.lon, m.latitude, m.longitude)
            errors.append(err)
            within += err <= KM
    seconds = time.perf_counter() - started
    p = tp_pred / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    errors.sort()
    mode = "gold spans" if use_gold_spans else ("with NER" if nlp is not None else "rules")
    report = PlacesReport(gold.name, mode)
    report.figures = {
        "articles": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "acc161_of_gold": round(within / n_gold, 4) if n_gold else 0.0,
        "acc161_of_found": round(within / found, 4) if found else 0.0,
        "median_error_km": round(errors[len(errors) // 2], 1) if errors else None,
        "seconds": round(seconds, 2),
    }
    return report


def format_places_report(report: PlacesReport) -> str:
    f = report.figures
    return (
        f"== places {report.name} [{report.mode}]: {f['articles']} articles, {f['gold']} gold, "
        f"{f['predicted']} predicted, {f['seconds']} s\n"
        f"  toponyms   P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}\n"
        f"  acc@161km  {f['acc161_of_gold']:.3f} of gold toponyms, "
        f"{f['acc161_of_found']:.3f} of those found; median error {f['median_error_km']} km"
    )
