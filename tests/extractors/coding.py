"""Helpers the coder tests share: a coder in either mode, and its events as tuples."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from extractors.coder import EventCoder
from extractors.lexicon import Lexicon
from extractors.pipeline import build_fast_nlp
from schema.records import Article

DAY = dt.date(2014, 9, 25)


def coder_for(lexicon: Lexicon, mode: str, parser: Language | None) -> EventCoder:
    """A coder in rule mode, or in parsed mode (skipped when no parser is installed)."""
    if mode == "parsed":
        if parser is None:
            pytest.skip(
                "no spaCy pipeline with a parser installed (pip install newsevents[parser])"
            )
        return EventCoder(lexicon, build_fast_nlp(), parser=parser)
    return EventCoder(lexicon, build_fast_nlp())


def triples(coder: EventCoder, text: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    """The (source, target, code) of every event the coder finds in ``text``."""
    coded = coder.code_article(Article(doc_id="t", text=text, published=day))
    return {(e.source_code, e.target_code, e.cameo_code) for e in coded.events}
