"""The date finder: a table of expressions and values, properties, and the dev-set scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import date_of, find_dates
from flows.evaluation.dates import evaluate_dates
from tests.conftest import shared_path

THU = dt.date(2014, 9, 25)  # a Thursday


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        (
            "Russia's Foreign Ministry said Wednesday the strikes were illegal.",
            "Wednesday",
            "DATE",
            "2014-09-24",
        ),
        ("The talks will resume on Friday.", "Friday", "DATE", "2014-09-26"),
        # news writes a scheduled act in the present: "leaves on Saturday" is ahead
        ("The secretary leaves on Saturday for Tokyo.", "Saturday", "DATE", "2014-09-27"),
        ("The secretary left on Monday for Tokyo.", "Monday", "DATE", "2014-09-22"),
        # a report's own day is past, even after a future in the same clause
        (
            "They will meet next week to debate the plan, the group said Wednesday.",
            "Wednesday",
            "DATE",
            "2014-09-24",
        ),
        ("They met last Thursday.", "last Thursday", "DATE", "2014-09-18"),
        ("He arrived on Sept. 24, 2014.", "Sept. 24, 2014", "DATE", "2014-09-24"),
        ("It was signed on 24/09/2014.", "24/09/2014", "DATE", "2014-09-24"),
        ("Elections were held in 2012.", "2012", "DATE", "2012"),
        ("Yesterday the army moved.", "Yesterday", "DATE", "2014-09-24"),
        ("Two days ago rebels attacked.", "Two days ago", "DATE", "2014-09-23"),
        ("Talks failed last week.", "last week", "DATE", "2014-W38"),
        ("Prices rose earlier this month.", "earlier this month", "DATE", "2014-09"),
        ("Growth will slow next year.", "next year", "DATE", "2015"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2014-Q3"),
        ("The ban lasted three years.", "three years", "DURATION", "P3Y"),
        ("Inspectors visit every week.", "every week", "SET", "P1W"),
        ("Shots were heard at 10 a.m.", "10 a.m.", "TIME", "2014-09-25T10:00"),
        ("The situation is calm now.", "now", "DATE", "PRESENT_REF"),
        ("The 1990s were turbulent.", "The 1990s", "DATE", "199"),
        ("It rained in May 2013.", "May 2013", "DATE", "2013-05"),
    ],
)
def test_expressions(text: str, surface: str, kind: str, value: str) -> None:
    found = {(m.text, m.kind, m.value) for m in find_dates(text, THU)}
    assert (surface, kind, value) in found, found


def test_modal_may_is_not_a_month() -> None:
    assert find_dates("They may go.", THU) == []


def test_date_of_pins_only_days() -> None:
    (day,) = find_dates("said Wednesday", THU)
    assert date_of(day) == dt.date(2014, 9, 24)
    (year,) = find_dates("in 2012", THU)
    assert date_of(year) is None


@settings(max_examples=200, deadline=None)
@given(st.text(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_never_raises_and_offsets_are_inside(text: str, published: dt.date) -> None:
    for m in find_dates(text, published):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "on",
                "Friday",
                "last",
                "week",
                "Sept.",
                "24",
                ",",
                "2014",
                "ago",
                "two",
                "days",
                "the",
                "year",
                "May",
                "10",
                "a.m.",
                "every",
            ]
        ),
        max_size=12,
    ),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_date_words_in_any_order_never_raise(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text


def test_evaluate_on_a_tiny_gold(tmp_path: Path) -> None:
    text = "Officials said Wednesday that talks lasted three days."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "d", "dct": "2014-09-25", "text": text}) + "\n")
    timex = tmp_path / "timex.jsonl"
    golds = [
        {"doc_id": "d", "type": "DATE", "value": "2014-09-24", "start": 15, "end": 24},
        {"doc_id": "d", "type": "DURATION", "value": "P3D", "start": 43, "end": 53},
    ]
    timex.write_text("\n".join(json.dumps(g) for g in golds) + "\n")
    f = evaluate_dates(docs, timex).figures
    assert f["span_overlap"]["f1"] == 1.0
    assert f["value_accuracy"]["DATE"]["accuracy"] == 1.0


def test_dev_set_figures_are_computed() -> None:
    folder = shared_path("data", "dev", "dates")
    f = evaluate_dates(folder / "docs.jsonl", folder / "timex.jsonl").figures
    assert f["gold"] > 1000 and 0.0 < f["span_overlap"]["f1"] <= 1.0
