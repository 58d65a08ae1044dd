"""Sentences as the coder sees them: paragraphs, then the sentencizer's rule.

A :class:`~extractors.roles.SentenceView` holds each sentence's matching words
(lower case, acronyms kept apart: "US" is not "us"), surface texts and character
offsets in the article. Helpers here say what kind of line a sentence is (a
headline, a table row) and where the parser found places in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from spacy.language import Language

from extractors.pipeline import BoundedTokenizer, ChunkTable, sentence_spans
from extractors.roles import SentenceView

# A blank line ends a paragraph; so does one line break after a sentence's end ("…
# said.\nThe minister"). A line break inside a sentence is a wrapped line (Reuters'
# bodies wrap at 65 characters: "Saudi Arabian\nOil Minister Hisham Nazer told …"), not a
# paragraph, even when the next line opens with a capital.
_PARAGRAPH: Final = re.compile(
    # a line of separators between a digest's stories ("- - - -", "* * *"), with the line
    # breaks and indentation around it
    r"\n[ \t]*(?:[-*=][ \t]*){3,}\n\s*"
    r"|\n\s*\n"
    # an indented line after a sentence's end: Reuters' paragraphs
    r"|(?<=[.!?\"”:])[ \t]*\n[ \t]+(?=[A-Z\"“])"
    # a line break after a sentence's end, unless it ends an abbreviation ("said the U.S.\n
    # Defense Department awarded": a wrapped line)
    r"|(?<=[.!?\"”:])(?<![A-Z]\.[A-Z]\.)[ \t]*\n(?=[A-Z\"“])"
)
_FIRST_LINE: Final = re.compile(r"[^\n]*\n(?=[A-Z\"“])")


_BLANKS: Final = " \t"
_SENTENCE_ENDS: Final = '.!?"”:'


def _paragraph_matches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ``_PARAGRAPH.finditer(text)`` match, the pattern tried only
    where a match can start: at a line break, or where the blanks before one follow a
    sentence's end (``finditer`` tries every character)."""
    out: list[tuple[int, int]] = []
    last = 0  # where the last match ended: no match starts before it
    at = text.find("\n")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in _BLANKS:
            start -= 1
        for pos in (start, at) if start < at and start > 0 else (at,):
            if pos < last:
                continue
            m = _PARAGRAPH.match(text, pos)
            if m is not None:
                out.append((pos, m.end()))
                last = m.end()
                break
        at = text.find("\n", max(at + 1, last))
    return out


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph break: blank lines, line breaks after a sentence's
    end, and the break after a first line (a title has no full stop)."""
    breaks = _paragraph_matches(text)
    first = _FIRST_LINE.match(text)
    if first is not None and text[: first.end()].strip():
        at = first.end() - 1
        if not any(s <= at < e for s, e in breaks):
            breaks.append((at, first.end()))
            breaks.sort()
    return breaks


# The writer speaking in the first person, outside any quotation: "I agree with Frederick
# Forsyth", "My reaction? So what?". ("World War I", "Park Meadows I in Madison" are no
# pronoun: "I" is one only before an apostrophe or one of the verbs and adverbs below.)
_I_NEXT: Final = (
    "am|was|have|had|do|did|don|will|would|can|could|shall|should|may|might|must|think|"
    "thought|believe|agree|disagree|say|said|hope|know|knew|want|wanted|feel|felt|see|saw|"
    "suggest|find|found|fear|wonder|doubt|guess|expect|remember|recall|accept|also|just|"
    "really|never|rarely|still|only|absolutely|fully|totally|genuinely|personally|"
    "certainly|cannot|can't|usually|live|work|voted|care"
)
_FIRST_PERSON: Final = re.compile(
    rf"(?<![\w-])(?:I(?=\s+(?:{_I_NEXT})\b|['’][a-z])|(?:[Mm]y|me|myself)(?![\w-]))"
)
# (and the typesetters' marks of AP and the New York Times: ``I am confident,'' he said)
_QUOTE_MARKS: Final = ('"', "“", "”", "``", "''")
# A broadcast's sign-off names its reporter, no opinion: "For The World, I'm Nancy Marshall",
# "I'm Sachi Koto, CNN, United Nations".
_SIGN_OFF: Final = re.compile(r"\bI['’]m\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def commentary_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs where the writer speaks in the first person with no
    quotation marks: an essay, a column, readers' comments. What they say is opinion, not
    news; a reporter quotes the people whose words are news."""
    bounds = [0]
    for start, end in paragraph_breaks(text):
        bounds.extend((start, end))
    bounds.append(len(text))
    spans = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        para = text[start:end]
        if not any(q in para for q in _QUOTE_MARKS) and _FIRST_PERSON.search(
            _SIGN_OFF.sub("", para)
        ):
            spans.append((start, end))
    if len(spans) >= _AN_ESSAY:
        # An essay or a page of readers' comments: from its first such paragraph on, the
        # paragraphs between speak for the writers too ("The government is seeking to
        # introduce a police state").
        return [(spans[0][0], len(text))]
    return spans


# First-person paragraphs that make the rest of the article an essay or readers' comments.
_AN_ESSAY: Final = 3


def split_sentences(nlp: Language, text: str) -> list[SentenceView]:
    """Sentence views over the text: paragraphs first (titles have no full stop)."""
    views: list[SentenceView] = []
    breaks = paragraph_breaks(text)
    starts = [0] + [e for _, e in breaks]
    ends = [s for s, _ in breaks] + [len(text)]
    tokenizer: Any = nlp.tokenizer  # spaCy types it as a plain callable
    if isinstance(tokenizer, BoundedTokenizer):
        table = tokenizer.chunks(text)
    else:
        table = ChunkTable().learn(tokenizer, text)
    for pstart, pend in zip(starts, ends, strict=True):
        if not text[pstart:pend].strip():
            continue
        for offsets, texts in _quoted_questions_joined(sentence_spans(table, text, pstart, pend)):
            start_char = offsets[0]
            end_char = offsets[-1] + len(texts[-1])
            words = matching_words(texts)
            views.append(
                SentenceView(
                    words=words,
                    texts=texts,
                    offsets=offsets,
                    start_char=start_char,
                    end_char=end_char,
                    text=text[start_char:end_char],
                )
            )
    return views


_QUESTION_ENDS: Final = frozenset({"?", "!"})
_CLOSING: Final = frozenset({'"', "”", "'", "’"})


def _quoted_questions_joined(
    spans: list[tuple[list[int], list[str]]],
) -> list[tuple[list[int], list[str]]]:
    """'"Where is the money going to come from?" the Lib Dem leader asked.': a quoted
    question or exclamation and the lower-case attribution after it are one sentence."""
    out: list[tuple[list[int], list[str]]] = []
    for offsets, texts in spans:
        if out and texts[0][:1].islower() and texts[0].isalpha():
            prev = out[-1][1]
            last = prev[-2] if len(prev) > 1 and prev[-1] in _CLOSING else prev[-1]
            if last in _QUESTION_ENDS and prev[-1] in _CLOSING:
                out[-1] = (out[-1][0] + offsets, prev + texts)
                continue
        out.append((offsets, texts))
    return out


def table_row(words: Sequence[str]) -> bool:
    """A line of a price or rate table: mostly figures ("BID 5-3/8 OFFER 5-1/2 …")."""
    if len(words) < 8:
        return False
    # A word of letters alone has no digit: most words are, and skip the per-character
    # test; and too few other words cannot hold enough figures.
    others = [w for w in words if not w.isalpha()]
    if len(others) < 0.3 * len(words):
        return False
    figures = sum(1 for w in others if any(map(str.isdigit, w)))
    return figures >= 0.3 * len(words)


_VERSUS: Final = frozenset({"v", "v.", "vs", "vs."})


def fixture_line(texts: Sequence[str]) -> bool:
    """A line of a fixture list or a result, "Seychelles v South Africa": teams, not states.

    The whole sentence is two capitalised names (one to four words each) joined by "v"
    or "vs"; a case name inside a sentence ("Roe v Wade was overturned") is not one.
    """
    if not 3 <= len(texts) <= 9:
        return False
    split = [i for i, t in enumerate(texts) if t in _VERSUS]
    if len(split) != 1 or not 1 <= split[0] <= 4 or len(texts) - split[0] - 1 > 4:
        return False
    names = [t for i, t in enumerate(texts) if i != split[0]]
    return bool(names) and all(t[:1].isupper() or t.isdigit() for t in names)


# Fixture lines that make a story a sports story: two, so one heading is not enough.
FIXTURES_IN_A_SPORTS_STORY: Final = 2


_CAPTION_NOUNS: Final = frozenset({"photo", "photograph", "image", "picture", "video", "handout"})


def is_caption(words: Sequence[str]) -> bool:
    """A photo caption: "In this April 25, 2006 file photo, X speaks …" describes a picture,
    not an event of the story's day."""
    return (
        len(words) > 3
        and words[0] == "in"
        and words[1] in {"this", "a", "the"}
        and any(w in _CAPTION_NOUNS for w in words[2:12])
    )


def is_headline(view: SentenceView, n_sentences: int) -> bool:
    """A first line with no closing punctuation, followed by more text, is a headline."""
    return n_sentences > 1 and not view.text.rstrip().endswith((".", "!", "?", '"', "”", "'"))


def ner_places(toks: Sequence[object], offsets: Sequence[int]) -> list[tuple[int, int]]:
    """Char spans of the parser's place entities (GPE, LOC, FAC) in one sentence."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        label = getattr(tok, "ent_type_", "")
        if label not in ("GPE", "LOC", "FAC") or i >= len(offsets):
            continue
        end = offsets[i] + len(getattr(tok, "text", ""))
        if getattr(tok, "ent_iob_", "") == "I" and spans and spans[-1][1] >= offsets[i] - 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((offsets[i], end))
    return spans


# Upper-case acronyms whose lower-case form is an ordinary word ("US" / "us", "WHO" /
# "who"): a token's matching form is lower case, except for these, which would collide.
# The lexicon writes them with their dots ("U.S.", "W.H.O.").
_ACRONYMS: Final = {"US": "u.s.", "U.S": "u.s.", "WHO": "w.h.o."}
# Acronyms that an upper-case headline writes as the word ("MINERS WHO WERE TRAPPED").
_WORD_IN_CAPITALS: Final = frozenset({"WHO"})


def matching_words(texts: Sequence[str]) -> list[str]:
    """The tokens' matching forms: lower case, except for acronyms that would collide
    (a word, not the acronym, in a sentence written in capitals)."""
    words = list(map(str.lower, texts))  # (lower case in C; the acronyms, rare, put back after)
    if _ACRONYMS.keys().isdisjoint(texts):
        return words
    capitals = _in_capitals(texts)
    return [
        w if capitals and t in _WORD_IN_CAPITALS else (_ACRONYMS.get(t) or w)
        for t, w in zip(texts, words, strict=True)
    ]


def _in_capitals(texts: Sequence[str]) -> bool:
    """Most of the sentence's words (of more than two letters) are written in capitals."""
    long = [t for t in texts if len(t) > 2 and t.isalpha()]
    return bool(long) and sum(t.isupper() for t in long) * 2 > len(long)


def not_prose(words: Sequence[str]) -> str | None:
    """Why a sentence is no prose that can tell a news event (a table row, a photo
    caption), if it is not."""
    if table_row(words):
        return "a table of figures, not prose: no event"
    if is_caption(words):
        return "a photo caption, not the story's event: no event"
    return None


def attach_parse(view: SentenceView, tokens: Sequence[Any]) -> None:
    """Give a sentence view its parse (spaCy tokens, spaces left out).

    Where the parser's tokenizer split differently, the view's words and offsets are
    re-derived from its tokens. Words are matched as the sentence views match them: "US"
    is the U.S., not "us".
    """
    words = matching_words([t.text for t in tokens])
    if words != view.words:
        base = view.offsets[0] if view.offsets else view.start_char
        view.words = words
        view.texts = [t.text for t in tokens]
        view.offsets = [base + t.idx - tokens[0].idx for t in tokens] if tokens else []
    view.parse = list(tokens)
    view.ner_places = ner_places(tokens, view.offsets)
