"""Evidence read from the article as a whole: the names it gives its firms, its dateline."""

from __future__ import annotations

import pytest

from extractors import grammar
from extractors.actors import ActorPhrase, Piece
from extractors.evidence import dateline_end, firm_names, with_evidence


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


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # A place in capitals, its date, then the dash.
        (["OTTAWA", ",", "March", "16", "-", "Prime", "Minister", "Mulroney", "said"], 4),
        (["NOWSHERA", ":", "Police", "said"], 1),
        # A hyphen inside a word ("Vietnamese-led forces") is no dateline's dash.
        (["Vietnamese", "-", "led", "forces", "retook", "a", "village"], None),
        (["NATO", "-", "member", "Norway", "is", "willing"], None),
        # Lower-case running words before the dash make a sentence, not a dateline.
        (["The", "talks", "-", "the", "first", "in", "years"], None),
    ],
)
def test_dateline_end(words: list[str], expected: int | None) -> None:
    assert dateline_end([w.lower() for w in words], words) == expected


def _officials(texts: list[str], at: int) -> ActorPhrase:
    piece = Piece(at, at + 1, "agent", "---GOV", texts[at].lower(), "test:1")
    return ActorPhrase(at, at + 1, "---GOV", texts[at].lower(), pieces=[piece])


@pytest.mark.parametrize(
    ("texts", "dateline", "sentence_place", "state_agent", "expected"),
    [
        # The sentence's place and the dateline agree, or only one of them is there.
        (
            "Officials said in Bonn talks went well .",
            "DEU",
            ("DEU", "Bonn", False),
            False,
            "DEUGOV",
        ),
        ("Officials said talks went well .", "BEL", None, False, "BELGOV"),
        # They differ: where the officials were, or where something else happened, says
        # nothing of whose officials they are...
        (
            "Officials said in Caracas talks went well .",
            "BEL",
            ("VEN", "Caracas", False),
            False,
            "---GOV",
        ),
        # ... unless an agent of the place's state in the sentence settles it.
        (
            "Officials said in Caracas talks went well .",
            "BEL",
            ("VEN", "Caracas", False),
            True,
            "VENGOV",
        ),
    ],
)
def test_a_place_at_odds_with_the_dateline_gives_no_country(
    texts: str,
    dateline: str,
    sentence_place: tuple[str, str, bool] | None,
    state_agent: bool,
    expected: str,
) -> None:
    words = texts.split()
    phrase = _officials(words, 0)
    sentence = [phrase]
    if state_agent:
        sentence.append(ActorPhrase(5, 7, "VENGOV", "venezuelan government"))
    found = with_evidence(
        [w.lower() for w in words],
        words,
        phrase,
        memory=[],
        dateline=(dateline, "X"),
        sentence_place=sentence_place,
        sentence=sentence,
    )
    assert found.code == expected


@pytest.mark.parametrize(
    ("text", "offsets", "expected"),
    [
        # A dash written with spaces ends the dateline; a hyphen inside a word does not.
        ("KNOKKE - HEIST , Belgium , April 5 - Western", [0, 6, 7, 12, 14, 21, 23, 29, 31, 33], 8),
        ("NATO Secretary - General Jaap said", [0, 5, 14, 15, 23, 28], None),
        ("OTTAWA , March 16 - Prime", [0, 6, 8, 14, 17, 19], 4),
    ],
)
def test_a_hyphen_inside_a_word_is_no_datelines_dash(
    text: str, offsets: list[int], expected: int | None
) -> None:
    texts = text.split()
    words = [t.lower() for t in texts]
    assert dateline_end(words, texts, offsets) == expected


def test_a_participle_after_for_is_no_verb() -> None:
    """ "take nothing for granted": no grant; "granted Kenya aid" is one."""
    texts = "Labour would take nothing for granted .".split()
    words = [t.lower() for t in texts]
    assert grammar.noun_not_verb(words, texts, 5, "grant", set(), False) is not None
    texts = "Britain granted Kenya aid .".split()
    words = [t.lower() for t in texts]
    assert grammar.noun_not_verb(words, texts, 1, "grant", set(), False) is None
