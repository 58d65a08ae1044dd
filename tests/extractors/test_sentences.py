"""Sentence splitting: paragraphs, wrapped lines and titles."""

from __future__ import annotations

import pytest
import spacy

from extractors.sentences import (
    commentary_paragraphs,
    fixture_line,
    matching_words,
    paragraph_breaks,
    split_sentences,
)


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in paragraph_breaks(text)]


def test_a_wrapped_line_is_no_paragraph_break() -> None:
    # Reuters wraps its bodies at 65 characters: a capital after a line break inside a
    # sentence ("Saudi Arabian\nOil Minister") continues the sentence.
    text = "OIL OUTPUT FALLS\n\nSaudi Arabian\nOil Minister Hisham Nazer told Reuters output fell."
    assert _pieces(text) == ["\n\n"]
    nlp = spacy.blank("en")
    views = split_sentences(nlp, text)
    assert [v.text for v in views] == [
        "OIL OUTPUT FALLS",
        "Saudi Arabian\nOil Minister Hisham Nazer told Reuters output fell.",
    ]


def test_a_line_break_after_a_sentence_or_a_title_is_a_break() -> None:
    text = "Syria condemns strikes\nSyria condemned the strikes.\nRussia said nothing\n\nEnd."
    assert _pieces(text) == ["\n", "\n", "\n\n"]
    nlp = spacy.blank("en")
    assert [v.text for v in split_sentences(nlp, text)] == [
        "Syria condemns strikes",
        "Syria condemned the strikes.",
        "Russia said nothing",
        "End.",
    ]


@pytest.mark.parametrize(
    ("line", "fixture"),
    [
        ("Seychelles v South Africa", True),
        ("Mauritius v Madagascar", True),
        ("England 2 v 1 France", True),
        ("Roe v Wade was overturned by the court.", False),
        ("Winners meet in final match", False),
    ],
)
def test_a_fixture_line_is_two_names_joined_by_v(line: str, fixture: bool) -> None:
    assert fixture_line(line.replace(".", " .").split()) is fixture


def _opinion(text: str) -> list[str]:
    return [text[s:e].strip()[:20] for s, e in commentary_paragraphs(text)]


def test_first_person_paragraphs_with_no_quotation_are_opinion() -> None:
    news = 'Mr Blair said: "I agree with the plan."\n\nThe plan was agreed on Monday.'
    assert _opinion(news) == []
    # Roman numerals and hyphened words are no pronoun.
    numerals = "Park Meadows I in Madison was sold.\n\nA beggar-my-neighbour policy failed."
    assert _opinion(numerals) == []
    reader = "The minister spoke.\n\nI agree with him. The government is wrong.\n\nEnd."
    assert _opinion(reader) == ["I agree with him. Th"]


def test_typesetters_quotes_and_a_sign_off_are_no_opinion() -> None:
    """AP's and the New York Times' ``…'' marks quote the speaker, and a broadcast's
    sign-off ("I'm Nancy Marshall") names its reporter: neither is the writer's opinion."""
    ap = "Saddam wrote to Bush.\n\n``I am confident the United States will withdraw,'' he said."
    assert _opinion(ap) == []
    radio = "Yeltsin met Kuchma.\n\nFor The World, I'm Nancy Marshall in Moscow."
    assert _opinion(radio) == []
    column = "Yeltsin met Kuchma.\n\nI think he was wrong, and I'm sure of it."
    assert _opinion(column) == ["I think he was wrong"]


def test_three_first_person_paragraphs_make_the_rest_an_essay() -> None:
    text = (
        "Lord Falconer defended the plans.\n\nI was born in 1938.\n\nThe government "
        "is seeking a police state.\n\nI agree with him.\n\nMy view is clear.\n\nThe "
        "terrorists have already won."
    )
    spans = commentary_paragraphs(text)
    assert len(spans) == 1
    assert text[spans[0][0] :].startswith("I was born") and spans[0][1] == len(text)


def test_an_indented_line_after_a_sentence_is_a_paragraph() -> None:
    """Reuters indents its paragraphs: "... Co Inc.\n    The bonds" is two sentences,
    though "Inc." is an abbreviation."""
    text = "The bonds were sold by Morgan Stanley and Co Inc.\n    The bonds yield 8 pct."
    assert [text[s:e] for s, e in paragraph_breaks(text)] == ["\n    "]


def test_a_line_break_after_an_abbreviation_is_a_wrapped_line() -> None:
    """ "said the U.S.\nDefense Department awarded": Reuters wraps its lines; only an
    indented line after "U.S." opens a paragraph."""
    text = "TITLE\n\nThe Navy said the U.S.\nDefense Department awarded a contract."
    assert [text[s:e] for s, e in paragraph_breaks(text)] == ["\n\n"]
    text = "TITLE\n\nIt met the U.S.\n    The diplomats left."
    assert [text[s:e] for s, e in paragraph_breaks(text)] == ["\n\n", "\n    "]


def test_acronyms_that_are_words_keep_their_acronym_outside_capitals() -> None:
    """ "The WHO said" names the World Health Organization (matched as "w.h.o."), "US" the
    United States; in a sentence written in capitals "WHO" is the word ("MINERS WHO WERE
    TRAPPED"), and "who" in lower case always is."""
    assert matching_words(["The", "WHO", "said", "so"]) == ["the", "w.h.o.", "said", "so"]
    assert matching_words(["officials", "who", "spoke"]) == ["officials", "who", "spoke"]
    assert matching_words(["MINERS", "WHO", "WERE", "TRAPPED"]) == [
        "miners",
        "who",
        "were",
        "trapped",
    ]
    assert matching_words(["US", "TROOPS", "LEAVE"]) == ["u.s.", "troops", "leave"]
