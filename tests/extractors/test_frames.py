"""Verb frames: each frame decision pinned on hand-written sentences, in both modes.

The first half tests :func:`extractors.frames.readings` on hand-built frames (no
spaCy); the second runs the whole coder and asserts exact (source, target, code)
tuples in rule mode and parsed mode.
"""

from __future__ import annotations

import pytest

from extractors.actors import ActorPhrase
from extractors.frames import (
    CodeTables,
    Cue,
    Frame,
    describe,
    is_political,
    load_demand_codes,
    load_intent_codes,
    load_refuse_codes,
    readings,
    select,
)
from extractors.lexicon import Lexicon, VerbEntry, VerbPattern
from extractors.verbs import PatternChoice, VerbHit
from schema.records import Article
from tests.extractors.coding import DAY, coder_for, triples

TABLES = CodeTables(load_intent_codes(), load_refuse_codes(), load_demand_codes())


def actor(code: str, start: int = 0) -> ActorPhrase:
    return ActorPhrase(start, start + 1, code, code.lower())


def frame(code: str, sources: list[str], targets: list[str], reverse: str | None = None) -> Frame:
    entry = VerbEntry("v:1", "act", (("act",),), code, reverse, ())
    pattern = VerbPattern("v:11", code, reverse, (), (), "") if reverse else None
    choice = PatternChoice(code, reverse, "v:11" if reverse else "v:1", pattern)
    return Frame(
        VerbHit(5, 6, entry),
        choice,
        "act",
        sources=[actor(s, i) for i, s in enumerate(sources)],
        targets=[actor(t, 10 + i) for i, t in enumerate(targets)],
    )


def keys(f: Frame, **options: bool) -> set[tuple[str, str, str]]:
    return {r.key for r in readings(f, TABLES, **options)[0]}


def test_plain_frame_reads_one_event_per_pair() -> None:
    assert keys(frame("111", ["RUS"], ["USA"])) == {("RUS", "USA", "111")}


def test_negated_frame_reads_nothing_and_says_why() -> None:
    f = frame("111", ["RUS"], ["USA"])
    f.negation = "not"
    got, notes = readings(f, TABLES)
    assert got == []
    assert [n.cue for n in notes] == [Cue.NEGATION]
    assert describe(notes[0]) == "negated by 'not', no event"


def test_refusal_rewrites_a_cooperative_act() -> None:
    f = frame("040", ["RUS"], ["USA"])
    f.negation, f.refused = "refused to", True
    assert keys(f) == {("RUS", "USA", "125")}


def test_intent_and_threat() -> None:
    f = frame("190", ["IRQ"], ["SYR"])
    f.intent = "plans to"
    assert keys(f) == {("IRQ", "SYR", "1384")}
    g = frame("040", ["IRQ"], ["SYR"])
    g.intent, g.threat = "threatened to", True
    # Whatever is threatened is a threat: a cooperative act's intent code (036) is not
    # what "threatened to" says ("threatened to deliver devastating blows").
    assert keys(g) == {("IRQ", "SYR", "130")}
    h = frame("010", ["IRQ"], ["SYR"])
    h.intent, h.threat = "threatened to", True
    assert keys(h) == {("IRQ", "SYR", "130")}
    # A statement yet to be made says nothing; 014 keeps its code under intent.
    i = frame("010", ["IRQ"], ["SYR"])
    i.intent = "will"
    assert keys(i) == set()
    j = frame("014", ["IRQ"], ["SYR"])
    j.intent = "will"
    assert keys(j) == {("IRQ", "SYR", "014")}


def test_condition_and_obligation_read_nothing() -> None:
    f = frame("190", ["IRQ"], ["SYR"])
    f.condition = "unless"
    assert keys(f) == set()
    g = frame("190", ["IRQ"], ["SYR"])
    g.obliged = True
    assert keys(g) == set()


def test_compound_subject_is_mutual_only_for_mutual_acts() -> None:
    assert keys(frame("040", ["FRA", "DEU"], [])) == {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}
    assert keys(frame("190", ["FRA", "DEU"], [])) == {("FRA", "", "190"), ("DEU", "", "190")}
    assert keys(frame("190", ["FRA", "DEU"], []), compounds_mutual=True) == {
        ("FRA", "DEU", "190"),
        ("DEU", "FRA", "190"),
    }


def test_a_mutual_act_of_many_reads_nothing_and_says_why() -> None:
    """ "Britain, Canada and France agreed": no dyad, no member alone; an act of many that
    is not mutual is each member's."""
    many = frame("040", ["GBR", "CAN", "FRA"], [])
    got, notes = readings(many, TABLES)
    assert got == []
    assert notes[-1].cue is Cue.MULTILATERAL
    assert keys(frame("190", ["GBR", "CAN", "FRA"], [])) == {
        ("GBR", "", "190"),
        ("CAN", "", "190"),
        ("FRA", "", "190"),
    }


def test_reversed_reading_only_from_the_pattern() -> None:
    assert keys(frame("042", ["FRA"], ["DEU"], reverse="043")) == {
        ("FRA", "DEU", "042"),
        ("DEU", "FRA", "043"),
    }
    assert keys(frame("042", ["FRA"], ["DEU"])) == {("FRA", "DEU", "042")}


def test_political_sources() -> None:
    assert is_political(actor("RUSGOV"))
    assert is_political(actor("IGOUNO"))
    assert not is_political(actor("---COP"))
    assert not is_political(actor("JPNBUS"))
    titled = ActorPhrase(0, 1, "---GOV", "president", titled=True)
    assert is_political(titled)
    f = frame("173", ["---COP"], ["---REB"])
    got, notes = readings(f, TABLES)
    assert got == [] and notes[-1].cue is Cue.NOT_POLITICAL
    assert keys(f, require_political=False) == {("---COP", "---REB", "173")}


def test_select_folds_the_statement_into_the_reported_event() -> None:
    said = frame("010", ["RUS"], [])
    said.speech = True
    attack = frame("190", ["IRQ"], ["SYR"])
    found = readings(said, TABLES)[0] + readings(attack, TABLES)[0]
    kept, dropped = select(found)
    assert [r.key for r in kept] == [("IRQ", "SYR", "190")] and dropped == 1


# --------------------------------------------------------------------------- whole coder


CASES = [
    # an act set for an actor by "for … to", and the consequence of an opening "if"
    # clause, are weighed, not done
    ("It would be foolish for Syria to attack Iraq.", set()),
    ("If in government, Syria would attack Iraq.", set()),
    ("Syria attacked Iraq for the first time.", {("SYR", "IRQ", "190")}),
    # the reporter of a trailing attribution is no target of what it reports
    ("Iraqi troops condemned the plan, Russian officials said.", {("IRQMIL", "", "111")}),
    ("France condemned Germany, Russia said.", {("FRA", "DEU", "111")}),
    ("Syria condemned the plan, according to Russia.", {("SYR", "", "111")}),
    # an agent with no country is no political actor; with one, it is
    ("Police arrested rebels on Monday.", set()),
    ("Syrian police arrested rebels on Monday.", {("SYRCOP", "SYRREB", "173")}),
    # the dateline gives agents their country
    ("DAMASCUS -- Police arrested rebels on Monday.", {("SYRCOP", "SYRREB", "173")}),
    # a compound subject with no object: mutual acts both ways, others once per member
    ("France and Germany met on Monday.", {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}),
    ("France and Germany condemned the plan.", {("FRA", "", "111"), ("DEU", "", "111")}),
    # a conflict verb's bare default needs an actor it acts on
    ("Syria attacked on Monday.", set()),
    ("Syria attacked Iraq on Monday.", {("SYR", "IRQ", "190")}),
    # a country's name inside a longer name is no actor
    ("Syria Airways praised the flight routes announced by Russia on Monday.", set()),
    ("Syria praised Russia on Monday.", {("SYR", "RUS", "051")}),
    # a country before a common noun names its people or firms, not the state
    (
        "Russian refiners condemned the plan on Monday, and Syria praised Russia.",
        {("SYR", "RUS", "051")},
    ),
    ("Russian troops attacked Syria on Monday.", {("RUSMIL", "SYR", "190")}),
    ("The Syria-based company condemned Russia over the attack.", set()),
    # a verb's bare base form with no subject or auxiliary is a noun; capitalised, a name
    ("The talks on Syria were the first meeting since March, Russia said.", {("RUS", "", "010")}),
    ("Russia will meet Syria on Monday.", {("RUS", "SYR", "036")}),
    # the speaker of "said" is written beside it, not anywhere in the sentence
    ("More Syrian grain certificates are needed, a study says.", set()),
    ("Syria on Tuesday said the talks were over.", {("SYR", "", "010")}),
    ("Syria last week falsely said the talks were over.", {("SYR", "", "010")}),
    # a short parenthesis is an aside inside the clause: the subject before it still acts
    ("The Syrian government (SG) condemned Russia on Monday.", {("SYRGOV", "RUS", "111")}),
    # the rest of the speaker's noun phrase may stand between it and its verb of saying
    ("A Syrian rebel group said on Monday the talks were over.", {("SYRREB", "", "010")}),
    # the source's own seat is where it acted, not its target
    ("Russia met at the Kremlin with Syria on Monday.", {("RUS", "SYR", "040")}),
    # a state's name, name words and a capitalised agent: that state's institution
    ("The Russia Federal Government condemned Syria.", {("RUSGOV", "SYR", "111")}),
    # a city's name before name words starts another name (a county's police: no country)
    ("Damascus County police condemned Russia.", set()),
    # an office-holder's name and a time may stand between the title and its verb
    (
        "DAMASCUS -- Syrian government spokesman John Smith on Sunday night condemned Russia.",
        {("SYRGOV", "RUS", "111")},
    ),
    # a lower-case title before a first and last name is a named office-holder
    (
        "In a speech on Monday, former rebel John Smith condemned Russia over the attack.",
        {("---ELI", "RUS", "111")},
    ),
    # a list inside a prepositional phrase is where, not who: no subject for a later verb
    ("Piracy in Syria, Iraq and France is rife, and the firm is praising users.", set()),
    # a sentence that opens with a date years before publication recalls the past
    ("In 1990, Syria condemned Russia at the talks.", set()),
    ("In March, Syria condemned Russia at the talks.", {("SYR", "RUS", "111")}),
    # "…, the Syrian government, said": an attribution's actor with a comma before "said"
    ("The plan is a mistake, the Syrian government, said on Monday.", {("SYRGOV", "", "010")}),
    # a country written onto one of its own actors names that actor's country
    ("On Monday, Syria condemned U.S. Barack Obama over the strikes.", {("SYR", "USAGOV", "111")}),
    # a photo caption describes a picture, not the story's event
    ("In this March 2 file photo, Syria condemned Russia at the talks.", set()),
    # a table row of figures holds no event
    ("RUSSIA 5-3/8 SYRIA 5-1/2 attacked 6.05 meet 7.10 FRANCE 8-1/4 GERMANY 9.90", set()),
    # a verb in a subordinate clause has its subject there, not in the main clause
    ("Syria condemned Iraq after the students attacked France.", {("SYR", "IRQ", "111")}),
    ("Syria condemned Iraq after attacking France.", {("SYR", "IRQ", "111")}),
    # the "by" phrase of a passive may hold modifiers before its actor
    ("Syria was attacked by heavily armed Iraqi troops.", {("IRQMIL", "SYR", "190")}),
    # the "by" phrase belongs to the nearest verb; a passive's subject that is no actor
    # leaves no target
    (
        "Syrian rebels, who had attacked the city, were arrested by Iraqi police.",
        {("IRQCOP", "SYRREB", "173")},
    ),
    ("A student was arrested by Syrian police in Iraq.", set()),
    # an "-ing" form after a noun that is no actor modifies that noun
    (
        "Syria praised Iraq, and the students attending said France met Russia.",
        {("SYR", "IRQ", "051"), ("FRA", "RUS", "040")},
    ),
    ("The Syrian rebels began attacking Iraq.", {("SYRREB", "IRQ", "190")}),
    # a bare agent's trailing attribution reports the sentence, no statement of its own;
    # a named state or office keeps its statement
    ("DAMASCUS -- The fighting is over, police said.", set()),
    ("DAMASCUS -- The fighting is over, the Foreign Ministry said.", {("SYRGOV", "", "010")}),
    ("The fighting is over, the Syrian government said.", {("SYRGOV", "", "010")}),
    # an actor after "and" with a verb of its own opens the next clause: no object
    ("Syria condemned the plan and Iraq has praised it.", {("SYR", "", "111")}),
    # "the government" is the article's last government, else its last state's; a body
    # that is no state has none
    (
        "The Syrian government condemned Russia. Islamic State attacked Iraq. "
        "The government praised France.",
        {("SYRGOV", "RUS", "111"), ("IMGSYRISI", "IRQ", "190"), ("SYRGOV", "FRA", "051")},
    ),
    # "US" is the United States in both modes (the parser's tokens are matched as the
    # sentence's words are)
    ("The US condemned Syria on Monday.", {("USA", "SYR", "111")}),
    # someone else's forecast of an act is no event; the actor's own expectation is intent
    ("Syria is expected to attack Iraq on Monday.", set()),
    ("Syria and Iraq are widely seen to meet on Monday.", set()),
    ("Syria expects to meet Iraq on Monday.", {("SYR", "IRQ", "036")}),
    # a country's word that opens a company's name is no actor
    ("American Widget Corp condemned Syria on Monday.", set()),
    ("Syrian Holdings Inc praised Russia.", set()),
    # a passive with no "by" phrase names no doer: its subject is the target, never the
    # source; a stance ("is opposed to") is the subject's own
    ("Syria was being condemned on Monday.", set()),
    ("Syria was condemned by Russia on Monday.", {("RUS", "SYR", "111")}),
    ("Syria is opposed to French mediation.", {("SYR", "FRA", "120")}),
    # ... unless the sentence says who asked for it or ordered it
    (
        "Syrian rebels were arrested on the orders of the Iraqi government.",
        {("IRQGOV", "SYRREB", "173")},
    ),
    # the dateline (after a headline, too) gives agents their country; its own place is
    # where the story was filed, not an actor
    (
        "Weather news today\n\nDAMASCUS, March 16 - Police condemned Iraq.",
        {("SYRCOP", "IRQ", "111")},
    ),
    ("DAMASCUS, March 16 - The government met Iraq.", {("SYRGOV", "IRQ", "040")}),
    ("IRAQI TROOPS ATTACK SYRIA - RADIO", {("IRQMIL", "SYR", "190")}),
    # an act asked of someone ("urged Syria to attack") is not done: only the appeal is
    # an event, and its code follows the act asked for (026 for a meeting)
    ("Russia urged Syria to attack Iraq.", {("RUS", "SYR", "020")}),
    (
        "Russia urged Syria and Iraq to immediately meet.",
        {("RUS", "SYR", "026"), ("RUS", "IRQ", "026")},
    ),
    ("France called on Germany to meet Iraq.", {("FRA", "DEU", "026")}),
    # a verb whose own subject after the comma is no actor has no source; a list that
    # goes on after a comma, or a clause sharing the subject, keeps it
    (
        "Syria attacked Iraq on Monday, leading economists condemned France.",
        {("SYR", "IRQ", "190")},
    ),
    ("Syria, Iraq condemned France.", {("SYR", "FRA", "111"), ("IRQ", "FRA", "111")}),
    (
        "Syria condemned France on Monday, praising Iraq.",
        {("SYR", "FRA", "111"), ("SYR", "IRQ", "051")},
    ),
    # an actor after a preposition and a courtesy title is no subject of a later verb
    (
        "Syria met Iraq on Monday with Mr Putin and condemned France.",
        {("SYR", "IRQ", "040"), ("SYR", "FRA", "111")},
    ),
]


@pytest.mark.parametrize("mode", ["rules", "parsed"])
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_frame_decisions_in_both_modes(
    small_lexicon: Lexicon,
    parser,  # type: ignore[no-untyped-def]
    mode: str,
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    assert triples(coder_for(small_lexicon, mode, parser), text) == expected


def test_dateline_evidence_is_kept_in_decisions(small_lexicon: Lexicon) -> None:
    coder = coder_for(small_lexicon, "rules", None)
    coded = coder.code_article(
        Article(doc_id="t", text="DAMASCUS -- Police arrested rebels on Monday.", published=DAY)
    )
    (event,) = coded.events
    assert "'Police' is SYR: the dateline, DAMASCUS" in event.decisions


def test_one_word_name_given_to_someone_else(small_lexicon: Lexicon) -> None:
    coder = coder_for(small_lexicon, "rules", None)
    text = "Singer Mary Obama arrived on Monday. Obama condemned Russia."
    coded = coder.code_article(Article(doc_id="t", text=text, published=DAY))
    assert coded.events == []
    alone = "Obama condemned Russia on Monday."
    assert triples(coder, alone) == {("USAGOV", "RUS", "111")}


def test_relational_act_needs_a_target() -> None:
    tables = CodeTables(
        TABLES.intent, TABLES.refuse, TABLES.demand, relational_roots=frozenset({"07"})
    )
    got, notes = readings(frame("070", ["RUS"], []), tables)
    assert got == [] and notes[-1].cue is Cue.NO_TARGET
    assert {r.key for r in readings(frame("070", ["RUS"], ["SYR"]), tables)[0]} == {
        ("RUS", "SYR", "070")
    }


def test_two_agents_of_unknown_country_are_two_actors() -> None:
    """ "Public Advocate Letitia James took a shot at the de Blasio administration"."""
    both = frame("111", ["---GOV"], ["---GOV"])
    both.sources = [ActorPhrase(0, 2, "---GOV", "public advocate")]
    both.targets = [ActorPhrase(10, 11, "---GOV", "administration")]
    assert keys(both, require_political=False) == {("---GOV", "---GOV", "111")}
    assert keys(frame("111", ["SYRGOV"], ["SYRGOV"]), single_actor_events=False) == set()


def test_an_intended_relational_act_still_needs_a_target() -> None:
    """ "Venezuela will reduce its payments": no threat (13) without anyone to reduce ties with."""
    tables = CodeTables(
        TABLES.intent, TABLES.refuse, TABLES.demand, relational_roots=frozenset({"16"})
    )
    alone = frame("160", ["VEN"], [])
    alone.intent = "will"
    got, notes = readings(alone, tables)
    assert got == [] and notes[-1].cue is Cue.NO_TARGET
    aimed = frame("160", ["VEN"], ["USA"])
    aimed.intent = "will"
    assert [r.code[:2] for r in readings(aimed, tables)[0]] == ["13"]


def test_cue_words_are_data_with_generated_forms() -> None:
    from extractors import grammar

    assert {"refused", "refuses", "refusing", "declined"} <= grammar.cue_words("refusing")
    assert {"threatened", "threatens", "threatening"} <= grammar.cue_words("threat")
    assert {"swore", "sworn", "ready", "set"} <= grammar.cue_words("intent")
    assert "according" in grammar.cue_words("reporting")
    with pytest.raises(ValueError):
        grammar.cue_words("no such cue")


@pytest.mark.parametrize("mode", ["rules", "parsed"])
def test_a_demonym_used_as_a_noun_is_a_person(
    small_lexicon: Lexicon,
    parser,  # type: ignore[no-untyped-def]
    mode: str,
) -> None:
    coder = coder_for(small_lexicon, mode, parser)
    assert triples(coder, "The Russian condemned the referee on Monday.") == set()
    assert triples(coder, "The Russian government condemned Syria on Monday.") == {
        ("RUSGOV", "SYR", "111")
    }


def test_parsed_agent_takes_the_state_its_noun_phrase_names(
    small_lexicon: Lexicon,
    parser,  # type: ignore[no-untyped-def]
) -> None:
    """ "The government of the … nation of Syria": in the parse the agent's own noun phrase
    holds the state, so the agent is that state's (the rules read the state itself)."""
    if parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = "The government of the Central Asian nation of Syria condemned Russia on Monday."
    assert triples(coder_for(small_lexicon, "parsed", parser), text) == {("SYRGOV", "RUS", "111")}
    assert triples(coder_for(small_lexicon, "rules", None), text) == {("SYR", "RUS", "111")}
