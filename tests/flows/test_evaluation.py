"""The evaluation's readers of the gold sets."""

from __future__ import annotations

from pathlib import Path

from flows.evaluation.events import read_gold


def test_conflibert_rows_written_with_csv_quoting_are_unquoted(tmp_path: Path) -> None:
    gold = tmp_path / "classes.tsv"
    gold.write_text(
        "sentence\tlabel\n"
        "Syria condemned the attack on Lebanon.\t3\n"
        '"Syria condemned an anarchic"" protest by settlers."""\t3\n',
        encoding="utf-8",
    )
    kind, records = read_gold(gold)
    assert kind == "conflibert"
    assert [r.text for r in records] == [
        "Syria condemned the attack on Lebanon.",
        'Syria condemned an anarchic" protest by settlers."',
    ]
    assert [r.penta_class for r in records] == [3, 3]
