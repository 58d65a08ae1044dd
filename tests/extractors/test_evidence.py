"""Evidence read from the article as a whole: the names it gives its firms."""

from __future__ import annotations

import pytest

from extractors.evidence import firm_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in firm_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm named with its designator is found there and where it is named again.
        (
            "U.S. Home Corp said profits rose. U.S. Home said its shareholders met.",
            ["U.S. Home", "U.S. Home"],
        ),
        # Capitalised words only: "In 1986 Data General Corp" names "Data General".
        (
            "In 1986 Data General Corp grew. Data General president Edson de Castro spoke.",
            ["Data General", "Data General"],
        ),
        # A ticker names a firm too; in a capitals headline only the name's last two words.
        (
            "IRAN SAYS IT WILL BUY KUWAIT OIL <KOC>\n\nKuwait Oil said no.",
            ["KUWAIT OIL", "Kuwait Oil"],
        ),
        # "co-chairman" is no company's "Co", and a sentence's end is no abbreviation.
        ("He told BBC News. The Tory co-chairman said so.", []),
        # A one-word firm gives nothing to find: its name is the word itself.
        ("Texaco Inc said oil prices fell.", []),
    ],
)
def test_firm_spans(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
