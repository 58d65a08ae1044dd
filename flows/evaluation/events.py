"""Event-coding evaluation against the dev gold sets.

Reads three formats: PETRARCH-style gold JSONL (``*.gold.jsonl``: id, date,
text, gold_codings), the PLOVER GSR (``plover_gsr.jsonl``: event type and
source countries) and the ConfliBERT 5-way class TSV. Runs the real coder over
the sentences and reports precision/recall/F1 — never anecdotes.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extractors.coder import EventCoder
from schema.codebook import Codebook
from schema.records import Article, Event

UNKNOWN = "---"


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class EventsReport:
    """Figures for one gold file and one coder mode."""

    gold: str
    mode: str
    records: int = 0
    seconds: float = 0.0
    figures: dict[str, Any] = field(default_factory=dict)
    worst: list[tuple[str, int, float]] = field(default_factory=list)  # category, n, exact share
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- readers
@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    day: dt.date | None
    category: str
    triples: frozenset[tuple[str, str, str]] = frozenset()
    expect_no_events: bool = False
    plover_event: str = ""
    source_countries: frozenset[str] = frozenset()
    penta_class: int | None = None
    relevant: bool | None = None  # real-news consensus: does the sentence hold an event
    roots: frozenset[str] = frozenset()  # real-news consensus: roots the coders agreed on
    sources: tuple[str, ...] = ()  # real-news consensus: source spans two coders marked


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None


def read_gold(path: Path) -> tuple[str, list[GoldRecord]]:
    """(kind, records) where kind is petrarch, plover, conflibert or realnews."""
    if path.suffix == ".tsv":
        out = []
        with path.open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
                if len(row) < 2 or not row[1].strip().isdigit():
                    continue
                text = row[0]
                if len(text) >= 2 and text[0] == text[-1] == '"':
                    # A few rows were written with CSV quoting: the text in quotes, its own
                    # quotation marks doubled.
                    text = text[1:-1].replace('""', '"')
                out.append(GoldRecord(f"row{n + 1}", text, None, "class", penta_class=int(row[1])))
        return "conflibert", out
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if rows and "relevant" in rows[0]:
        return "realnews", [
            GoldRecord(
                r["id"],
                r["text"],
                None,
                "relevant" if r["relevant"] else "irrelevant",
                relevant=bool(r["relevant"]),
                roots=frozenset(r.get("roots") or ()),
                sources=tuple(r.get("sources") or ()),
            )
            for r in rows
        ]
    if rows and "plover_event" in rows[0]:
        out = []
        for r in rows:
            out.append(
                GoldRecord(
                    r["id"],
                    r["text"],
                    _day(r.get("date_placeholder")),
                    r["plover_event"],
                    plover_event=r["plover_event"],
                    source_countries=frozenset(c for c in r.get("source_codes") or [] if c),
                )
            )
        return "plover", out
    out = []
    for r in rows:
        flags = r.get("flags") or {}
        if flags.get("expect_error"):
            # PETRARCH's own error-handling records (bad parses, datelines) are not codings.
            continue
        triples = frozenset(
            (
                (c.get("sourcecode") or UNKNOWN).upper(),
                (c.get("targetcode") or UNKNOWN).upper(),
                (c.get("eventcode") or "").upper(),
            )
            for c in r.get("gold_codings") or []
        )
        out.append(
            GoldRecord(
                r["id"],
                r["text"],
                _day(r.get("date")),
                r.get("category") or "",
                triples,
                bool(r.get("expect_no_events")) or not triples,
            )
        )
    return "petrarch", out


def read_plover_map(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER event type, from CAMEO2PLOVER-2021.txt."""
    mapping: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Z_]+)\s*(?:,\s*([\w-]*))?", line)
        if m:
            code, label, mode = m.group(1), m.group(2), (m.group(3) or "").lower()
            if code in mapping and len(code) == 2:
                continue  # "08: CONCEDE" then "08: RETREAT": the first names the root
            mapping[code] = _plover_2018(code, label, mode)
    # The 2021 table leaves out APPEAL (02), which PLOVER 2018 counted as a demand.
    mapping.setdefault("02", "DEMAND")
    return mapping


def _plover_2018(code: str, label: str, mode: str) -> str:
    """The gold's PLOVER labels from the 2021 table.

    The GSR gold uses the PLOVER 2018 types, which the 2021 draft merged
    (DEMAND into REQUEST, DISAPPROVE and INVESTIGATE into ACCUSE, FIGHT into
    ASSAULT); the table's root and mode columns still tell them apart. The 2021
    draft also moved two CAMEO 17 (coerce) codes, destroy property (1712) and
    violent repression (175), into ASSAULT; the 2018 gold codes them COERCE
    ("bulldozers demolished homes", "police opened fire to disperse").
    """
    if label == "ASSAULT" and code[:2] == "17":
        return "COERCE"
    if label == "ACCUSE":
        return "INVESTIGATE" if code[:2] == "09" or mode == "investigate" else "DISAPPROVE"
    if label == "REQUEST":
        return "DEMAND"
    if label == "ASSAULT" and code[:2] in ("19", "20"):
        return "FIGHT"
    return label


def plover_of(code: str, mapping: dict[str, str]) -> str:
    for k in (code, code[:3], code[:2]):
        if k in mapping:
            return mapping[k]
    return ""


# --------------------------------------------------------------------------- scoring
def _code_all(coder: EventCoder, records: Sequence[GoldRecord]) -> list[list[Event]]:
    articles = [
        Article(doc_id=r.id, text=r.text, published=r.day or dt.date(2000, 1, 1)) for r in records
    ]
    out: list[list[Event]] = []
    step = 128
    for i in range(0, len(articles), step):
        out.extend(c.events for c in coder.code_articles(articles[i : i + step]))
    return out


def _triple(e: Event) -> tuple[str, str, str]:
    return (e.source_code or UNKNOWN, e.target_code or UNKNOWN, e.cameo_code)


def evaluate_events(
    coder: EventCoder,
    gold: Path,
    *,
    mode: str,
    plover_map: Path | None = None,
    codebook: Codebook | None = None,
) -> EventsReport:
    """Run the coder over a gold file and score it."""
    kind, records = read_gold(gold)
    started = time.perf_counter()
    predicted = _code_all(coder, records)
    seconds = time.perf_counter() - started
    report = EventsReport(gold.name, mode, len(records), round(seconds, 2))
    book = codebook or Codebook.load()
    if kind == "petrarch":
        _score_petrarch(report, records, predicted)
    elif kind == "realnews":
        _score_realnews(report, records, predicted)
    elif kind == "plover":
        mapping = read_plover_map(plover_map or gold.with_name("CAMEO2PLOVER-2021.txt"))
        _score_plover(report, records, predicted, mapping)
    else:
        _score_classes(report, records, predicted, book)
    report.figures["records_per_second"] = round(len(records) / seconds, 1) if seconds else 0.0
    return report


def _score_petrarch(
    report: EventsReport, records: Sequence[GoldRecord], predicted: Sequence[list[Event]]
) -> None:
    exact, relaxed, code_only = PRF(), PRF(), PRF()
    exact_records = 0
    empty_total = empty_kept = 0
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for rec, events in zip(records, predicted, strict=True):
        pred = {_triple(e) for e in events}
        exact.add(set(rec.triples), pred)
        relaxed.add(
            {(s[:3], t[:3], c[:2]) for s, t, c in rec.triples},
            {(s[:3], t[:3], c[:2]) for s, t, c in pred},
        )
        code_only.add({c for _, _, c in rec.triples}, {c for _, _, c in pred})
        ok = pred == set(rec.triples)
        exact_records += ok
        by_cat[rec.category].append(ok)
        if rec.expect_no_events:
            empty_total += 1
            empty_kept += not pred
        if not ok and len(report.errors) < 400:
            report.errors.append(
                {"id": rec.id, "text": rec.text, "gold": sorted(rec.triples), "pred": sorted(pred)}
            )
    report.figures = {
        "exact": exact.as_dict(),
        "relaxed_country_root": relaxed.as_dict(),
        "code_only": code_only.as_dict(),
        "exact_record_share": round(exact_records / len(records), 4) if records else 0.0,
        "empty_sentences": empty_total,
        "empty_kept_empty": round(empty_kept / empty_total, 4) if empty_total else None,
    }
    report.worst = sorted(
        ((c, len(v), round(sum(v) / len(v), 3)) for c, v in by_cat.items()), key=lambda t: t[2]
    )[:6]


def _score_realnews(
    report: EventsReport, records: Sequence[GoldRecord], predicted: Sequence[list[Event]]
) -> None:
    """Real news with a multi-coder consensus (see the set's provenance note).

    Irrelevant sentences: the share that get no event at all. Relevant ones: the
    share with an event whose root the coders agreed on. Every coded root that no
    coder agreed on is counted as an unagreed root, relevant sentence or not.
    """
    irrelevant = empty = relevant = agreed = 0
    unagreed: Counter[str] = Counter()
    source_hits = source_total = events_total = 0
    for rec, events in zip(records, predicted, strict=True):
        roots = {e.root_code for e in events}
        events_total += len(events)
        if not rec.relevant:
            irrelevant += 1
            empty += not events
            unagreed.update(roots)
            ok = not events
        else:
            relevant += 1
            ok = bool(roots & rec.roots)
            agreed += ok
            unagreed.update(roots - rec.roots)
            if rec.sources and events:
                source_total += 1
                spans = [s.lower() for s in rec.sources]
                names = [e.source_name.lower() for e in events if e.source_name]
                source_hits += any(n in s or s in n for n in names for s in spans)
        if not ok and len(report.errors) < 400:
            report.errors.append(
                {
                    "id": rec.id,
                    "text": rec.text,
                    "gold": sorted(rec.roots) if rec.relevant else "irrelevant",
                    "codes": [_triple(e) for e in events],
                }
            )
    report.figures = {
        "irrelevant_kept_empty": round(empty / irrelevant, 4) if irrelevant else None,
        "relevant_with_agreed_root": round(agreed / relevant, 4) if relevant else None,
        "irrelevant_sentences": irrelevant,
        "relevant_sentences": relevant,
        "events_per_sentence": round(events_total / len(records), 3) if records else 0.0,
        "unagreed_roots": sum(unagreed.values()),
        "unagreed_by_root": dict(sorted(unagreed.items())),
        "source_overlaps_consensus": (
            round(source_hits / source_total, 4) if source_total else None
        ),
    }


def _score_plover(
    report: EventsReport,
    records: Sequence[GoldRecord],
    predicted: Sequence[list[Event]],
    mapping: dict[str, str],
) -> None:
    correct = 0
    with_event = 0
    src, src_any = PRF(), PRF()
    confusion: Counter[tuple[str, str]] = Counter()
    per_type: dict[str, list[bool]] = defaultdict(list)
    for rec, events in zip(records, predicted, strict=True):
        types = [plover_of(e.cameo_code, mapping) for e in events]
        # The sentence's label is its main event: the first one coded, in word order.
        pred_type = next((t for t in types if t), "")
        with_event += bool(events)
        ok = pred_type == rec.plover_event
        correct += ok
        per_type[rec.plover_event].append(ok)
        if not ok:
            confusion[(rec.plover_event, pred_type or "(none)")] += 1
        gold_src = set(rec.source_countries)
        src.add(gold_src, {c for e in _main_events(events) if (c := _actor_country(e))})
        src_any.add(gold_src, {c for e in events if (c := _actor_country(e))})
        if not ok and len(report.errors) < 400:
            report.errors.append(
                {
                    "id": rec.id,
                    "text": rec.text,
                    "gold": rec.plover_event,
                    "pred": pred_type,
                    "codes": [_triple(e) for e in events],
                }
            )
    n = len(records)
    report.figures = {
        "event_type_accuracy": round(correct / n, 4) if n else 0.0,
        "records_with_an_event": round(with_event / n, 4) if n else 0.0,
        "source_country": src.as_dict(),
        "source_country_any_event": src_any.as_dict(),
        "top_confusions": [f"{g}->{p}: {k}" for (g, p), k in confusion.most_common(8)],
    }
    report.worst = sorted(
        ((c, len(v), round(sum(v) / len(v), 3)) for c, v in per_type.items()), key=lambda t: t[2]
    )[:6]


def _main_events(events: Sequence[Event]) -> list[Event]:
    """The sentence's main event: the first coded, with its compound partners.

    The gold holds one event per sentence, so its sources are compared with the
    sources of that event (the events the same pattern coded in the same sentence:
    "Hungary and Romania agreed" is one event with two sources), not with the
    sources of every other event the sentence reports.
    """
    if not events:
        return []
    first = events[0]
    return [
        e
        for e in events
        if e.sentence_index == first.sentence_index and e.pattern_id == first.pattern_id
    ]


def _actor_country(event: Event) -> str:
    """The country part of the source code, as the GSR gold writes it.

    The gold's ``source_codes`` hold ISO countries and CAMEO's non-state heads
    ("IGO" for the UN or the EU, "NGO", "IMG"): the first three letters of a CAMEO
    actor code, as the relaxed PETRARCH score takes them. Unknown ("---") is none.
    """
    if event.source_country:
        return event.source_country
    head = event.source_code[:3]
    return head if head in _NON_STATE_HEADS else ""


# CAMEO's international and transnational actor heads (CAMEO actor codebook, ch. 4).
_NON_STATE_HEADS = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})


def _score_classes(
    report: EventsReport,
    records: Sequence[GoldRecord],
    predicted: Sequence[list[Event]],
    book: Codebook,
) -> None:
    correct = 0
    covered = 0
    per_class: dict[int, list[bool]] = defaultdict(list)
    for rec, events in zip(records, predicted, strict=True):
        classes = [book.get(e.cameo_code).penta_class for e in events if e.cameo_code in book]
        # The sentence's label is its main event: the first one coded, in word order.
        pred = classes[0] if classes else None
        covered += pred is not None
        ok = pred == rec.penta_class
        correct += ok
        per_class[rec.penta_class or 0].append(ok)
        if not ok and len(report.errors) < 400:
            report.errors.append(
                {
                    "id": rec.id,
                    "text": rec.text,
                    "gold": rec.penta_class,
                    "pred": pred,
                    "codes": [_triple(e) for e in events],
                }
            )
    n = len(records)
    report.figures = {
        "class_accuracy": round(correct / n, 4) if n else 0.0,
        "accuracy_where_coded": round(correct / covered, 4) if covered else 0.0,
        "records_with_an_event": round(covered / n, 4) if n else 0.0,
        "per_class_accuracy": {
            str(k): round(sum(v) / len(v), 3) for k, v in sorted(per_class.items())
        },
    }


# --------------------------------------------------------------------------- output
def format_events_reports(reports: Iterable[EventsReport]) -> str:
    """Plain-text side-by-side table of the reports' main figures."""
    lines = []
    for r in reports:
        lines.append(f"== {r.gold}  [{r.mode}]  {r.records} records, {r.seconds}s")
        for key, value in r.figures.items():
            if isinstance(value, dict) and "f1" in value:
                lines.append(
                    f"  {key:<24} P {value['precision']:.3f}  R {value['recall']:.3f}  "
                    f"F1 {value['f1']:.3f}  (tp {value['tp']}, fp {value['fp']}, fn {value['fn']})"
                )
            else:
                lines.append(f"  {key:<24} {value}")
        if r.worst:
            worst = ", ".join(f"{c} {s:.2f} (n={n})" for c, n, s in r.worst)
            lines.append(f"  worst categories         {worst}")
    return "\n".join(lines)
