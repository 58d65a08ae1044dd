"""Scoring the date finder on TimeML gold (TimeBank, AQUAINT, TempEval-3)."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.dates import find_dates


@dataclass
class DatesReport:
    name: str
    figures: dict[str, Any] = field(default_factory=dict)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def evaluate_dates(docs: Path, timex: Path) -> DatesReport:
    """Span P/R/F1 (overlap and exact) and value accuracy per TimeML type."""
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in timex.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["doc_id"]].append(row)
    predicted_total = gold_total = 0
    found_overlap = found_exact = pred_overlap = pred_exact = 0
    values: dict[str, list[bool]] = defaultdict(list)
    types_ok: list[bool] = []
    chars = 0
    seconds = 0.0
    documents = 0
    for line in docs.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        published = _day(str(doc.get("dct", "")))
        if published is None:
            continue  # a few upstream DCTs are malformed; the provenance note says skip them
        documents += 1
        text = doc["text"]
        chars += len(text)
        started = time.perf_counter()
        mentions = find_dates(text, published)
        seconds += time.perf_counter() - started
        golds = gold.get(doc["doc_id"], [])
        predicted_total += len(mentions)
        gold_total += len(golds)
        for m in mentions:
            if any(m.start < g["end"] and g["start"] < m.end for g in golds):
                pred_overlap += 1
            if any(m.start == g["start"] and m.end == g["end"] for g in golds):
                pred_exact += 1
        for g in golds:
            hits = [m for m in mentions if m.start < g["end"] and g["start"] < m.end]
            if hits:
                found_overlap += 1
                best = min(hits, key=lambda m: abs(m.start - g["start"]) + abs(m.end - g["end"]))
                values[g["type"]].append(best.value == g["value"])
                types_ok.append(best.kind == g["type"])
            if any(m.start == g["start"] and m.end == g["end"] for m in mentions):
                found_exact += 1

    def prf(tp_pred: int, tp_gold: int) -> dict[str, float]:
        p = tp_pred / predicted_total if predicted_total else 0.0
        r = tp_gold / gold_total if gold_total else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    report = DatesReport(docs.parent.name)
    report.figures = {
        "documents": documents,
        "gold": gold_total,
        "predicted": predicted_total,
        "span_overlap": prf(pred_overlap, found_overlap),
        "span_exact": prf(pred_exact, found_exact),
        "type_accuracy": round(sum(types_ok) / len(types_ok), 4) if types_ok else 0.0,
        "value_accuracy": {
            k: {"accuracy": round(sum(v) / len(v), 4), "n": len(v)}
            for k, v in sorted(values.items())
        },
        "seconds": round(seconds, 3),
        "chars_per_second": int(chars / seconds) if seconds else 0,
    }
    return report


def format_dates_report(report: DatesReport) -> str:
    f = report.figures
    lines = [
        f"== dates ({report.name}): {f['documents']} documents, {f['gold']} gold, "
        f"{f['predicted']} predicted, {f['seconds']} s ({f['chars_per_second']:,} chars/s)"
    ]
    for key in ("span_overlap", "span_exact"):
        s = f[key]
        lines.append(f"  {key:<14} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  type accuracy  {f['type_accuracy']:.3f}")
    for kind, v in f["value_accuracy"].items():
        lines.append(f"  value {kind:<8} {v['accuracy']:.3f}  (n={v['n']})")
    return "\n".join(lines)
