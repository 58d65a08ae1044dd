"""A small hand-built lexicon, so coder tests don't depend on the shipped dictionaries."""

from __future__ import annotations

import pytest

from extractors.lexicon import (
    ActorEntry,
    AgentEntry,
    CodeSpan,
    Discard,
    Lexicon,
    PatternToken,
    VerbEntry,
    VerbPattern,
)


def _p(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def _actor(n: int, name: str, code: str, *more: str) -> ActorEntry:
    return ActorEntry(f"test:{n}", name, tuple(_p(x) for x in (name, *more)), (CodeSpan(code),))


def _verb(n: int, lemma: str, code: str, forms: str, *patterns: VerbPattern) -> VerbEntry:
    return VerbEntry(
        f"verbs:{n}", lemma, tuple(_p(f) for f in forms.split(",")), code, None, tuple(patterns)
    )


def _w(*words: str) -> tuple[PatternToken, ...]:
    return tuple(PatternToken("word", w) for w in words)


@pytest.fixture(scope="session")
def small_lexicon() -> Lexicon:
    actors = [
        _actor(1, "Russia", "RUS", "russian", "moscow", "kremlin"),
        _actor(2, "United States", "USA", "u.s.", "american", "washington"),
        _actor(3, "Syria", "SYR", "syrian", "damascus"),
        _actor(4, "Islamic State", "IMGSYRISI", "isis"),
        _actor(5, "Iraq", "IRQ", "iraqi", "baghdad"),
        _actor(6, "France", "FRA", "french"),
        _actor(7, "Germany", "DEU", "german"),
        ActorEntry(
            "test:8",
            "Vladimir Putin",
            (_p("vladimir putin"), _p("putin")),
            (
                CodeSpan("RUSGOV", None, None),
                CodeSpan("RUSGOV", __import__("datetime").date(2000, 5, 7), None),
            ),
        ),
        ActorEntry(
            "test:9",
            "Barack Obama",
            (_p("barack obama"), _p("obama")),
            (
                CodeSpan("USAELI"),
                CodeSpan(
                    "USAGOV",
                    __import__("datetime").date(2009, 1, 20),
                    __import__("datetime").date(2017, 1, 20),
                ),
            ),
        ),
    ]
    agents = [
        AgentEntry("agents:1", "government", (_p("government"),), "GOV"),
        AgentEntry("agents:2", "foreign ministry", (_p("foreign ministry"),), "GOV"),
        AgentEntry("agents:3", "rebels", (_p("rebels"), _p("rebel")), "REB"),
        AgentEntry("agents:4", "police", (_p("police"),), "COP"),
        AgentEntry("agents:5", "troops", (_p("troops"), _p("forces")), "MIL"),
    ]
    verbs = [
        _verb(1, "condemn", "111", "condemn,condemns,condemned,condemning"),
        _verb(
            2,
            "attack",
            "190",
            "attack,attacks,attacked,attacking",
        ),
        _verb(3, "meet", "040", "meet,meets,met,meeting"),
        _verb(4, "say", "010", "say,says,said,saying"),
        _verb(5, "strike", "195", "strike,strikes,struck,striking"),
        _verb(
            6,
            "sign",
            "---",
            "sign,signs,signed,signing",
            VerbPattern("verbs:61", "057", None, (), _w("agreement"), "sign a formal agreement"),
        ),
        _verb(7, "arrest", "173", "arrest,arrests,arrested,arresting"),
        _verb(8, "praise", "051", "praise,praises,praised,praising"),
        _verb(9, "oppose", "120", "oppose,opposes,opposed,opposing"),
        _verb(10, "urge", "020", "urge,urges,urged,urging"),
        _verb(11, "call on", "020", "call on,calls on,called on,calling on"),
    ]
    discards = [Discard("discards:1", _p("world cup"), "sentence")]
    return Lexicon("small", "test", actors, agents, verbs, {}, discards, ["conftest"])


@pytest.fixture(scope="session")
def parser():  # type: ignore[no-untyped-def]
    """The installed spaCy pipeline with a parser, or None (parsed-mode tests then skip)."""
    from extractors.models import installed_models
    from extractors.pipeline import load_parser

    models = installed_models()
    return load_parser(models[0]) if models else None
