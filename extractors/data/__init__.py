"""The project's data files (codebook tables, cue words, places), read as rows."""

from __future__ import annotations

import csv
from importlib import resources


def csv_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file in ``extractors/data``, its "#" source notes skipped."""
    text = resources.files("extractors.data").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))
