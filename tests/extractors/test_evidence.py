"""Evidence read from the article as a whole: the names it gives its firms."""

from __future__ import annotations

import pytest

from extractors.evidence import firm_names


def _names(text: str) -> list[str]:
    return sorted(" ".join(n) for n in firm_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm named with its designator; every name of two words or more it ends with.
        ("U.S. Home Corp said profits rose.", ["u.s. home"]),
        (
            "Yesterday General Motors Corp said sales fell.",
            ["general motors", "yesterday general motors"],
        ),
        # Capitalised words only: "In 1986 Data General Corp" names "Data General".
        ("In 1986 Data General Corp grew.", ["data general"]),
        # A ticker names a firm too; in a capitals headline only the name's last two words.
        ("IRAN SAYS IT WILL BUY KUWAIT OIL <KOC>", ["kuwait oil"]),
        # "co-chairman" is no company's "Co", and a sentence's end is no abbreviation.
        ("He told BBC News. The Tory co-chairman said so.", []),
        # A one-word firm gives nothing to find: its name is the word itself.
        ("Texaco Inc said oil prices fell.", []),
    ],
)
def test_firm_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
