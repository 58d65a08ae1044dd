"""Verb frames: one typed object per coded verb, and the readings that come from it.

A frame holds the verb (or noun) pattern hit, its sources and targets, and the
grammar decisions taken about it (negation, refusal, intent, threat, condition,
obligation, passive voice, reported speech) as typed values. Rule mode and parsed
mode are two readers that fill the same frame; :func:`readings` turns a frame into
the (source, target, code) readings it supports, and nothing downstream reads the
wording of a decision: :func:`describe` renders them for ``explain`` only.

Output discipline lives here too: at most one reading per frame and (source,
target) pair, a compound subject acting on itself only when the act is mutual, and
no reading whose source is not a political actor (see :func:`is_political`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Final

from extractors import grammar
from extractors.actors import FIGHTING_ROLES, UNKNOWN, ActorPhrase, armed_force
from extractors.data import csv_rows
from extractors.evidence import country_codes, demonyms, plural
from extractors.verbs import NO_EVENT, PatternChoice, VerbHit


class Cue(Enum):
    """A grammar decision about a frame; what it changes is in :func:`readings`."""

    NEGATION = "negation"  # "did not attack": no event
    NEGATION_IN_PATTERN = "negation in pattern"  # the dictionary codes the negated form
    REFUSAL = "refusal"  # "refused to meet": the act's refusal code (root 12)
    INTENT = "intent"  # "will attack": the intent code (03x, 13x)
    THREAT = "threat"  # "threatened to halt talks": a threat (13)
    CONDITION = "condition"  # "unless X agrees": not done, no event
    FORECAST = "forecast"  # "X is expected to meet": someone's forecast, no event
    ASKED = "asked"  # "Will Tory tax cuts lift spirits?": a question, no act asserted
    POSSIBLE = "possible"  # "Syria could attack": a possibility, no event
    SUPPOSED = "supposed"  # "officials fear Syria will attack": a belief or fear, no event
    PAST = "past"  # "attempted to cut subsidies in 2003": an act of the past, no event
    STANDING = "standing"  # "Turkey, which occupies northern Cyprus": a state of things
    SUBORDINATE = "subordinate"  # "the saga which ended with Mr Blunkett quitting": background
    CONCERN = "concern"  # "the IMF warned that the deficit was too large": 130 -> 012
    QUESTION = "question"  # "Mr Howard asked: 'How can they ...?'": 020 -> 010
    LEAVING = "leaving"  # "Kilroy-Silk quit UKIP": leaving a body, no resignation yielded
    GOING_BACK = "going back"  # "warplanes returned safely to base": no one is given anything
    QUOTED = "quoted"  # '"... whatever the president agrees to," he said': words quoted
    PROPOSED = "proposed"  # "measures to allow house arrest": proposed, not done
    PURPOSE = "purpose"  # "met ... to discuss": the meeting's purpose, coded by the meeting
    OBLIGATION = "obligation"  # "Y must withdraw": no act of Y's
    DEMAND = "demand"  # "X said Y must withdraw": X demands of Y (10x)
    OWN_LINE = "own line"  # "X said X's own state must …": no demand of another party
    APPEALED = "appealed"  # "X urged Y to withdraw": Y's act is asked for, not done
    APPEAL = "appeal"  # "X urged Y to negotiate": the appeal's code follows the act (02x)
    PASSIVE = "passive"  # "was attacked by X": X is the source
    REPORTED_SPEECH = "reported speech"  # "X said": a statement that may be folded
    REPORTER_DROPPED = "reporter dropped"  # ", police said": the reporter is no role
    REPORTS = "reports"  # ", police said" alone: a report, no statement of the police
    PATTERN_SOURCE = "pattern source"  # the pattern's "$" slot chose the source
    PATTERN_TARGET = "pattern target"  # the pattern's "+" slot chose the target
    COMPOUND = "compound"  # a listed actor: one reading per member
    MUTUAL = "mutual"  # "X and Y met": each acts on the other
    NEEDED = "needed"  # "the government needs to appeal to voters": not done
    MULTILATERAL = "multilateral"  # "X, Y and Z agreed": no dyad, no event
    NOT_POLITICAL = "not political"  # the source is no political actor: no reading
    UNPLACED = "unplaced"  # a target of no country found ("---GOV"): no target
    HOME = "home"  # a domestic actor's target of no country found acts at home
    PARTIES = "parties"  # "asked banks to …": parties of no one country, "---BUS"
    NO_SOURCE = "no source"  # no actor does it: no reading
    NO_CODE = "no code"  # the pattern codes no event ("---")
    NO_TARGET = "no target"  # an act toward another party, with no party found
    FIGURATIVE = "figurative"  # "the Tories attacked Labour's pledges": words, not arms
    FORCEFUL = "forceful"  # "warships blasted the platform": arms, not words
    OFFICIAL = "official"  # "Cyprus protested to the UN": a formal complaint, not a protest
    RIOT = "riot"  # "demonstrators battling riot police": a violent protest, not war
    BATTLE = "battle"  # "Iraq said its troops killed thousands of Iranians": war, 190


@dataclass(frozen=True)
class Decision:
    """One typed decision, with the words that triggered it and any code change."""

    cue: Cue
    words: str = ""  # the cue's words in the sentence ("refused to", "police")
    before: str = ""  # the code before the decision, when it rewrote one
    after: str = ""  # the code after it


@dataclass
class Frame:
    """One coded verb (or noun) occurrence and everything decided about it."""

    hit: VerbHit
    choice: PatternChoice
    verb_text: str
    sources: list[ActorPhrase] = field(default_factory=list)
    targets: list[ActorPhrase] = field(default_factory=list)
    negation: str | None = None  # the negating words, when the act is negated
    negation_in_pattern: bool = False
    refused: bool = False  # negated as a refusal ("refused to", "will not")
    intent: str | None = None  # the intent cue ("will", "plans to")
    threat: bool = False  # the intent cue is itself a threat ("threatened to")
    condition: str | None = None  # the condition cue ("if", "unless")
    forecast: str | None = None  # the forecast cue ("is expected to")
    asked: str | None = None  # a direct question's opening word ("will")
    possible: str | None = None  # the modal of possibility ("could")
    supposed: str | None = None  # the belief, fear or rumour it is the content of
    past: str | None = None  # the words that date the act to the past ("in 2003")
    standing: str | None = None  # ", which occupies": a standing state described, no act
    quoted: str | None = None  # the quotation's first words, when the verb is inside one
    going_back: str | None = None  # "returned to base": the words that say where one went
    concern: str | None = None  # "warned that …" of no act of the warner's own: no threat
    question: str | None = None  # "asked how …", "asked: '…?'": a question put, no appeal
    leaving: str | None = None  # "quit UKIP": a body left, not an office resigned
    proposed: str | None = None  # the proposal the act is the purpose of ("measures to")
    purpose: str | None = None  # the meeting whose purpose the talk is ("meet ... to discuss")
    obliged: bool = False  # under another actor's "must"
    needed: str = ""  # "needs to", "has to": what an actor is obliged to do, not done
    appealed: str | None = None  # the appeal that asks for this act ("urged … to")
    appeal_lead: int | None = None  # token of that appeal's verb
    appeal_root: str | None = None  # the root of the act this appeal asks for
    passive: bool = False
    speech: bool = False  # a verb of saying ("said", "told")
    endangers: bool = False  # a bare threat of a thing ("threaten mobile deal"): no one threatened
    needs_party: bool = False  # "agreed on the reopening": an act only with a party named
    demand_code: str | None = None  # "X said Y must …": the demand X makes
    demand_targets: list[ActorPhrase] = field(default_factory=list)
    # The subordinator opening the verb's clause ("which ended with", "why … agreeing"):
    # a one-actor act there is background, kept only with a party acted on.
    subordinate: str | None = None
    decisions: list[Decision] = field(default_factory=list)
    role_notes: list[str] = field(default_factory=list)  # the role reader's own account

    @property
    def patterned(self) -> bool:
        """Whether a pattern (not the verb's bare default) chose the code."""
        return self.choice.pattern is not None


@dataclass(frozen=True)
class Reading:
    """One (source, target, code) a frame supports."""

    source: ActorPhrase
    target: ActorPhrase | None
    code: str
    frame: Frame
    decisions: tuple[Decision, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source.code, self.target.code if self.target else "", self.code)

    @property
    def demand(self) -> bool:
        return any(d.cue is Cue.DEMAND for d in self.decisions)

    @property
    def statement(self) -> bool:
        """A plain statement ("X said"), which yields to the event it reports."""
        return self.frame.speech and not self.demand

    @property
    def default(self) -> bool:
        """Coded by the verb's bare default, no pattern."""
        return not self.frame.patterned and not self.demand


@dataclass(frozen=True)
class CodeTables:
    """Code rewrites kept as data (``extractors/data/modality.csv``)."""

    intent: Mapping[str, str]
    refuse: Mapping[str, str]
    demand: Mapping[str, str]
    appeal: Mapping[str, str] = field(default_factory=dict)
    # Roots whose act is mutual when a compound subject has no object
    # ("Gondor and Osgiliath met / agreed / renewed ties"): CAMEO 03-06.
    mutual_roots: frozenset[str] = frozenset({"03", "04", "05", "06"})
    # Codes of those roots done by one party to another, never each to the other: praise,
    # verbal defence, rallying support, apology, forgiveness (CAMEO 051-053, 055, 056).
    # "Clinton and Reno praised the ruling" praised the court, not each other (ties are
    # upgraded, 054, by both).
    one_way_codes: frozenset[str] = frozenset({"051", "052", "053", "055", "056"})
    # Roots whose act is toward another party: no reading without a target.
    relational_roots: frozenset[str] = frozenset()
    # Roots of force and coercion whose bare verb default needs a target.
    forceful_roots: frozenset[str] = frozenset()
    # Force verbs read as words between unarmed actors: lemma → code ("---": no event).
    figurative: Mapping[str, str] = field(default_factory=dict)
    # Criticism verbs read as force when an armed actor does them: lemma → force code.
    forceful_senses: Mapping[str, str] = field(default_factory=dict)
    # Verbs of dissent read as an official complaint when a state or its government does
    # them: lemma → code ("---": no event).
    official_senses: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, news_rules: bool = True) -> CodeTables:
        """The tables kept as data; the news rules' own (relational roots, force, figurative
        and official senses) only with ``news_rules``."""
        return cls(
            load_intent_codes(),
            load_refuse_codes(),
            load_demand_codes(),
            appeal=load_appeal_codes(),
            relational_roots=load_relational_roots() if news_rules else frozenset(),
            forceful_roots=FORCEFUL_ROOTS if news_rules else frozenset(),
            figurative=load_figurative_codes() if news_rules else {},
            forceful_senses=load_forceful_senses() if news_rules else {},
            official_senses=load_official_senses() if news_rules else {},
        )


THREAT_CODE: Final = "130"
# A clause opened by "since" tells what happened before the news ("has moved in a narrow
# range since finance ministers of Britain, Canada and France reached the accord"): even
# a pattern's act (a signing, an accord) with no one acted on is background there.
BACKGROUND_SUBORDINATORS: Final = frozenset({"since"})
# A pessimistic comment (CAMEO 012): a warning of what others may do.
CONCERN_CODE: Final = "012"
STATEMENT_CODE: Final = "010"  # a question put is a statement, the plainest of root 01
# CAMEO's material conflict: force posture, coercion, assault, fight, mass violence.
FORCEFUL_ROOTS: Final = frozenset({"15", "17", "18", "19", "20"})
DEMAND_CODE: Final = "100"
# Roots of force (CAMEO 18 ASSAULT, 19 FIGHT, 20 MASS VIOLENCE) that a figurative verb
# between unarmed actors does not mean (``extractors/data/figurative_force.csv``).
FORCE_ROOTS: Final = frozenset({"18", "19", "20"})
# Roles that bear arms: military, rebels, insurgents, police, spies, unidentified armed
# forces, criminals, separatists, peacekeepers (CAMEO actor codebook, ch. 2-3).
ARMED_ROLES: Final = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF", "CRM", "SEP", "PKO"})
# Roles of those who attack with words: government, legislature, opposition, parties,
# courts, elites, media, rights groups, NGOs, education, labour, business, civilians,
# religion, agriculture, health, refugees (CAMEO actor codebook, ch. 2-3).
CIVILIAN_ROLES: Final = frozenset(
    "GOV LEG OPP PTY JUD ELI MED HRI NGO EDU LAB BUS CVL REL AGR HLH REF".split()
)
# Sectors that make an actor no political one: business (CAMEO's BUS, MNC).
NON_POLITICAL_ROLES: Final = frozenset({"BUS"})
NON_POLITICAL_HEADS: Final = frozenset({"MNC"})
# Heads of political actors besides states: international bodies and groups, and
# CAMEO's regions (CAMEO actor codebook, ch. 2 and 4).
POLITICAL_HEADS: Final = frozenset(
    """IGO NGO IMG INT UIS AFR ASA BLK CAF CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT
    NAF NMR PGS SCN SAM SAS SEA SAF WAF WST WEU""".split()
)


def is_political(phrase: ActorPhrase) -> bool:
    """A state, an international body or a country's political agent.

    An agent with no country found ("police", "officials" with no evidence of
    whose) and a company ("JPNBUS") are not: a frame whose source is one of them
    reports no political event.
    """
    code = phrase.code
    head = code[:3]
    if phrase.people or phrase.organisation:
        return False
    if head not in POLITICAL_HEADS and head not in country_codes():
        # "---GOV", or an agent written without a country ("MED" in PETRARCH's files).
        return phrase.titled and code[3:6] not in NON_POLITICAL_ROLES
    return code[3:6] not in NON_POLITICAL_ROLES


def readings(
    frame: Frame,
    tables: CodeTables,
    *,
    modality: bool = True,
    single_actor_events: bool = True,
    require_political: bool = True,
    compounds_mutual: bool = False,
) -> tuple[list[Reading], list[Decision]]:
    """The readings a frame supports, and the decisions that removed any.

    Pure: the same frame always gives the same readings. ``compounds_mutual``
    is PETRARCH-2's convention: a compound subject with no object acts on itself
    whatever the act ("Gondor and Osgiliath delayed their meeting" codes both ways).
    """
    notes: list[Decision] = list(frame.decisions)
    code = frame.choice.code
    reverse_code = frame.choice.reverse_code
    reverse_only = not code and bool(reverse_code)
    if code == NO_EVENT or not (code or reverse_only):
        return [], notes + [Decision(Cue.NO_CODE, frame.verb_text)]
    if modality and frame.condition:
        return [], notes + [Decision(Cue.CONDITION, frame.condition)]
    if modality and frame.forecast:
        return [], notes + [Decision(Cue.FORECAST, frame.forecast)]
    if modality and frame.asked:
        return [], notes + [Decision(Cue.ASKED, frame.asked)]
    if modality and frame.possible:
        return [], notes + [Decision(Cue.POSSIBLE, frame.possible)]
    if modality and frame.supposed:
        return [], notes + [Decision(Cue.SUPPOSED, frame.supposed)]
    if frame.past:
        return [], notes + [Decision(Cue.PAST, frame.past)]
    if frame.standing:
        return [], notes + [Decision(Cue.STANDING, frame.standing)]
    if frame.quoted and not frame.speech:
        return [], notes + [Decision(Cue.QUOTED, frame.quoted)]
    if frame.going_back:
        return [], notes + [Decision(Cue.GOING_BACK, frame.going_back)]
    if modality and frame.proposed:
        return [], notes + [Decision(Cue.PROPOSED, frame.proposed)]
    if frame.purpose:
        return [], notes + [Decision(Cue.PURPOSE, frame.purpose)]
    if frame.leaving:
        return [], notes + [Decision(Cue.LEAVING, frame.leaving)]
    if frame.obliged:
        return [], notes + [Decision(Cue.OBLIGATION, "must")]
    if frame.needed:
        return [], notes + [Decision(Cue.NEEDED, frame.needed)]
    if modality and frame.appealed:
        return [], notes + [Decision(Cue.APPEALED, frame.appealed)]
    if modality and frame.appeal_root and code[:2] == "02":
        asked = tables.appeal.get(frame.appeal_root)
        if asked and asked != code:
            notes.append(Decision(Cue.APPEAL, frame.verb_text, code, asked))
            code = asked
    if frame.question and code[:2] == "02":
        notes.append(Decision(Cue.QUESTION, frame.question, code, STATEMENT_CODE))
        code = STATEMENT_CODE
    if frame.concern and code == THREAT_CODE:
        notes.append(Decision(Cue.CONCERN, frame.concern, code, CONCERN_CODE))
        code = CONCERN_CODE
    refused = False
    if frame.negation and frame.negation_in_pattern:
        notes.append(Decision(Cue.NEGATION_IN_PATTERN, frame.negation))
    elif frame.negation:
        refuse = tables.refuse.get(code[:2]) if modality and frame.refused else None
        if refuse is None:
            return [], notes + [Decision(Cue.NEGATION, frame.negation)]
        notes.append(Decision(Cue.REFUSAL, frame.negation, code, refuse))
        code = refuse
        refused = True
        reverse_code = None  # a refused visit hosted no one
    if frame.demand_code is not None and frame.sources:
        demand = [Decision(Cue.DEMAND, "must", code, frame.demand_code)]
        pairs = _pairs(frame.sources, frame.demand_targets, single_actor_events, mutual=False)
        if any(not _own_party(s, t) for s, t in pairs):
            why = tuple(notes + demand)
            made = [Reading(s, t, frame.demand_code, frame, why) for s, t in pairs]
            return _political(made, notes, require_political)
        # "Reagan said the United States must do more", "Milburn insisted that government
        # reform must continue": what the speaker's own state or no party must do is the
        # speaker's line, a statement, no demand made of anyone.
        notes.append(Decision(Cue.OWN_LINE, "must"))
    if modality and frame.intent and not refused:
        intent = tables.intent.get(code, tables.intent.get(code[:2]))
        if frame.threat and code[:2] != "13" and not (intent or "").startswith("13"):
            # Whatever is threatened is a threat: "threatened to deliver blows" (not 033).
            intent = THREAT_CODE
        if intent == NO_EVENT:
            # "is due to speak": a statement yet to be made has said nothing.
            return [], notes + [Decision(Cue.INTENT, frame.intent, code, NO_EVENT)]
        if intent:
            cue = Cue.THREAT if frame.threat and intent == THREAT_CODE else Cue.INTENT
            notes.append(Decision(cue, frame.intent, code, intent))
            code = intent
            reverse_code = None  # "will attend talks hosted by Japan": no one hosted yet
    if not frame.sources:
        return [], notes + [Decision(Cue.NO_SOURCE, frame.verb_text)]
    mutual = (
        compounds_mutual
        or (code[:2] in tables.mutual_roots and code not in tables.one_way_codes)
        or bool(reverse_code)
    )
    if mutual and frame.targets and _members_only(frame.sources, frame.targets):
        # "Nigeria and France have signed an agreement rescheduling Nigeria's official debt":
        # a mutual act of two whose only party after the verb is one of them is between them
        # (the member named again is no third party, and not Nigeria acting on itself).
        frame = replace(frame, targets=[])
    # An act toward another party stays one when intended or threatened: "will reduce its
    # payments" is no threat (13) for want of anyone to reduce relations with.
    relational = (
        (code[:2] in tables.relational_roots or frame.choice.code[:2] in tables.relational_roots)
        or (
            # A conflict verb's bare default ("launched", "cut", "breached") is that act only
            # when it acts on an actor; its own patterns ("launched air strikes") need none.
            not frame.patterned
            and code[:2] in tables.forceful_roots
            # (a verb phrase with a noun of its own is as specific as a pattern: "remained
            # on alert", "opened fire" need no one acted on; "round up support" is no arrest)
            and not _phrase_with_a_noun(frame.verb_text.lower().split())
        )
        or (
            # So is a bare threat: "Iranian MPs threaten mobile deal" endangers the deal, no
            # one is threatened ("threatened to strike", "threatened with sanctions" are the
            # verb's patterns or its complement's threat).
            frame.endangers
        )
        # So is agreeing with no one and to nothing: "OPEC agreed on the reopening".
        or frame.needs_party
    )
    if relational and not frame.targets and not (mutual and len(frame.sources) > 1):
        return [], notes + [Decision(Cue.NO_TARGET, frame.verb_text, code)]
    if (
        frame.subordinate
        and not frame.targets
        and (not frame.patterned or frame.subordinate in BACKGROUND_SUBORDINATORS)
        and code[:2] != "01"
    ):
        # "the saga which ended with Mr Blunkett quitting": the verb's bare default, with no
        # one acted on, inside a subordinate clause tells background, not the news.
        return [], notes + [Decision(Cue.SUBORDINATE, frame.subordinate, code)]
    together = len(frame.sources) > 1 and not frame.targets and mutual
    if together and len({s.code for s in _split_codes(frame.sources)}) > _MUTUAL_MEMBERS:
        # A mutual act of three or more ("the United States, Britain, France, West Germany
        # and Japan agreed"): no dyad stands for it, nor does any member acting alone.
        return [], notes + [Decision(Cue.MULTILATERAL, frame.verb_text)]
    pairs = _pairs(
        frame.sources, frame.targets, single_actor_events, mutual=mutual, said=code[:2] <= "05"
    )
    if together and pairs:
        notes.append(Decision(Cue.MUTUAL, frame.verb_text))
    out: list[Reading] = []
    if not reverse_only:
        for s, t in pairs:
            said = _figurative(frame, s, t, code, tables)
            if said is None:
                out.append(Reading(s, t, code, frame, tuple(notes)))
                continue
            cue = (
                Cue.BATTLE
                if said == BATTLE_CODE and code[:2] == "18"
                else Cue.FORCEFUL
                if said[:2] in FORCE_ROOTS
                else Cue.OFFICIAL
                if code[:2] == "14"
                else Cue.RIOT
                if said == RIOT_CODE and code[:2] in FORCE_ROOTS
                else Cue.FIGURATIVE
            )
            words = Decision(cue, frame.verb_text, code, said)
            if said != NO_EVENT:
                out.append(Reading(s, t, said, frame, (*notes, words)))
            elif words not in notes:
                notes.append(words)
    if reverse_code and frame.targets:
        # "[042:043]": the pattern says the object did the reversed act to the subject.
        out.extend(
            Reading(t, s, reverse_code, frame, tuple(notes)) for s, t in pairs if t is not None
        )
    kept, notes = _political(out, notes, require_political)
    if (
        require_political
        and mutual
        and not reverse_only
        and _unplaced_only(kept)
        and 1 < len({s.code for s in _split_codes(frame.sources)}) <= _MUTUAL_MEMBERS
    ):
        # "India and Russia signed a memorandum … during a meeting between Oil and Natural
        # Gas Corporation chairman …": the only party named after the verb is one no user
        # can place, and a mutual act of two members is between them.
        together_notes = (*notes, Decision(Cue.MUTUAL, frame.verb_text))
        made = [
            Reading(s, t, code, frame, together_notes)
            for s, t in _pairs(frame.sources, [], single_actor_events, mutual=True)
        ]
        kept, notes = _political(made, notes, require_political)
    return kept, notes


def _members_only(sources: Sequence[ActorPhrase], targets: Sequence[ActorPhrase]) -> bool:
    """Two members acting together, and every target one of them again."""
    srcs = _split_codes(sources)
    if not 1 < len({s.code for s in srcs}) <= _MUTUAL_MEMBERS:
        return False
    return all(any(s.same_actor(t) for s in srcs) for t in _split_codes(targets))


def _unplaced_only(readings: Sequence[Reading]) -> bool:
    """Every reading lost its target for want of a country ("a new company", "Oil and
    Natural Gas Corporation")."""
    return bool(readings) and all(
        r.target is None and any(d.cue is Cue.UNPLACED for d in r.decisions) for r in readings
    )


def _figurative(
    frame: Frame, source: ActorPhrase, target: ActorPhrase | None, code: str, tables: CodeTables
) -> str | None:
    """The code a verb's other sense gives this reading (``NO_EVENT`` for none), else None.

    "The Tory co-chairman attacked Labour's pledges": a force verb whose source is an
    unarmed agent (a government, party, court or person, not a bare state) and whose
    target, if any, is unarmed too, is words. "Warships blasted the platform": a verb of
    criticism whose source is armed is force.
    """
    armed = tables.forceful_senses.get(frame.hit.entry.lemma)
    if armed and code[:2] == "11" and _armed(source):
        return armed  # "warships blasted the platform"
    if code[:2] == "18" and tables.forceful_roots and _battle(source, target, code):
        return BATTLE_CODE  # "its troops killed thousands of Iranians"
    official = tables.official_senses.get(frame.hit.entry.lemma)
    if official and code[:2] == "14" and _official(source):
        return official  # "Cyprus protested to the United Nations"
    if (
        code[:2] in FORCE_ROOTS
        and target is not None
        and "COP" in _roles(target)
        and _CROWD_ROLES.intersection(_roles(source))
        and not _armed(source)
    ):
        return RIOT_CODE  # "demonstrators battling riot police": a violent protest
    said = tables.figurative.get(frame.hit.entry.lemma)
    if said is None or code[:2] not in FORCE_ROOTS:
        return None
    roles = _roles(source)
    if not CIVILIAN_ROLES.intersection(roles) or _armed(source):
        return None
    if target is not None and _armed(target):
        return None
    return said


# One state's forces killing another's people or forces use conventional military force
# (CAMEO 19), not the unconventional violence of 18 (assassination, bombing by a group).
BATTLE_CODE: Final = "190"


def _battle(source: ActorPhrase, target: ActorPhrase | None, code: str) -> bool:
    """A state or its military acting on another state, its military or its government; or
    any armed force, army or armed group, acting on another ("the army killed several
    militants", "rebels killed 20 soldiers in clashes"): a fight, not an assassination of
    someone named, and not a bombing or an abduction (18's own kinds stay)."""
    if target is None:
        return False
    states = country_codes()
    if (
        code == "180"
        and (armed_force(source) or source.code in states)
        and armed_force(target)
        and not (target.person or target.office())
    ):
        return True
    head, other = source.code[:3], target.code[:3]
    if head not in states or other not in states or head == other:
        return False
    return _roles(source)[:1] in ([], ["MIL"]) and _roles(target)[:1] in ([], ["MIL"], ["GOV"])


# Crowds that fight the police riot (CAMEO 145, protest violently), they make no war:
# opposition, civilians, workers, students.
_CROWD_ROLES: Final = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR"})
RIOT_CODE: Final = "145"

# Roles that speak for a state: its government and diplomats (CAMEO actor codebook).
_OFFICIAL_ROLES: Final = frozenset({"GOV", "DIP"})


def _official(phrase: ActorPhrase) -> bool:
    """A state, an international body, or a state's government or diplomats."""
    head = phrase.code[:3]
    if head not in country_codes() and head != "IGO":
        return False
    roles = _roles(phrase)
    if not roles:
        # "Thousands of Syrians protested": a demonym names people, not the state.
        name = phrase.name.lower()
        return head == "IGO" or not (name in demonyms() or name.rstrip("s") in demonyms())
    return head != "IGO" and roles[0] in _OFFICIAL_ROLES


def _roles(phrase: ActorPhrase) -> list[str]:
    """The actor's role codes after its head ("GBRGOVMIL" → GOV, MIL)."""
    code = phrase.code
    return [code[i : i + 3] for i in range(3, len(code) - 2, 3)]


def _armed(phrase: ActorPhrase) -> bool:
    return any(r in ARMED_ROLES for r in _roles(phrase))


def _political(
    out: list[Reading], notes: list[Decision], require_political: bool
) -> tuple[list[Reading], list[Decision]]:
    if not require_political:
        return out, notes
    kept = [r for r in out if is_political(r.source) or _agent_against_political(r)]
    dropped = {r.source.name for r in out if r not in kept}
    for name in sorted(dropped):
        notes.append(Decision(Cue.NOT_POLITICAL, name))
    return _placed(kept), notes


# Words between a verb and an agent of no country found that it acts on at home: its
# object ("told MPs", "criticised the government"), a preposition's right after it
# ("pledges unity to Labour MPs", "quit as home secretary"), or the doer of its object
# ("veto the bill passed by Congress").
_HOME_REACH: Final = 4

# Roles of a state's own domestic actors: what one does to an agent of no country found
# ("ministers", "President Kirchner", "Darfur rebels") is done at home.
_DOMESTIC_ROLES: Final = frozenset("GOV LEG OPP JUD COP PTY ELI".split())


# Roles of a state's bodies that act on its own firms: government, legislature, courts.
_REGULATORS: Final = frozenset("GOV LEG JUD".split())


# Parties of no one country that stay the target wherever the verb's phrase names them
# ("signed agreements with four foreign firms", "appealed for aid from 40 governments");
# other agents far from the verb ("the lives of ordinary citizens") are inside another phrase.
_PARTY_ROLES: Final = frozenset({"BUS", "GOV"})
# Roots of violence (CAMEO 18-20), used by states abroad as often as at home.
_VIOLENT_ROOTS: Final = frozenset({"18", "19", "20"})
# Parties force is used on that stay the target with no country found.
_PARTIES_OF_FORCE: Final = frozenset({"REB", "INS", "UAF", "SEP", "MIL", "COP", "CVL", "OPP"})
# A body of parties of many countries: "its bank advisory committee", "the Paris Club".
_BODIES_OF_MANY: Final = frozenset({"committee", "club"})


def _plural(name: str) -> bool:
    """ "banks", "businessmen": firms as a class, not one firm ("a bank") or a noun's
    modifier ("development bank funding")."""
    word = name.split()[-1] if name else ""
    return plural(word) or word.endswith("men")


def _placed(readings: list[Reading]) -> list[Reading]:
    """Place a target whose country was not found ("---GOV"), or drop it.

    A state, or one of its government, parties, courts or police, acting on an agent
    of no country found acts at home: "the Sudanese government accused Darfur rebels",
    "Tory leader Michael Howard said ministers had been ...". Parties in the plural named
    near the verb ("asked banks to", "seeks help from donor governments") keep their
    unknown country ("---BUS"). Any other such target (a company, or the target of armed
    forces or a foreign body) is no target a user can place: the act stays with no
    target, unless the frame has it with another.
    """
    out: list[Reading] = []
    for r in readings:
        t = r.target
        if t is not None and t.code[:3] == UNKNOWN:
            home = r.source.code[:3]
            roles = set(_roles(r.source))
            # "donor governments", "Western governments": several states, none of them home.
            many = t.abroad or t.name.lower().endswith(("governments", "states", "nations"))
            # "opposed the plans ... which would intrude into the lives of ordinary citizens",
            # "a quota for asylum seekers": an agent far after the verb is inside another
            # phrase, no party to the act.
            far = t.start - r.frame.hit.end > _HOME_REACH
            domestic = (
                home in country_codes()
                and (
                    # (a state's force used on people of no country found is used abroad as
                    # often as at home: "Russian airstrikes killed 20 civilians in Idlib")
                    (not roles and r.code[:2] not in _VIOLENT_ROOTS)
                    or roles & _DOMESTIC_ROLES
                    # ("Spanish farmers battled police": a state's own crowds fight its police)
                    or (roles & _CROWD_ROLES and t.code[3:6] == "COP")
                )
                and not many
                and not far
                # ("backed by Britain and France": diplomats are posted abroad)
                and not t.code.endswith("DIP")
            )
            # A state's government, legislature or courts act on its own firms too ("Jordan's
            # government asked banks to comply", "the judge barred the companies"); its other
            # actors' firms are no party a user can place.
            own_firms = bool(roles & _REGULATORS) and _plural(t.name)
            if domestic and (t.code[3:6] not in NON_POLITICAL_ROLES or own_firms):
                placed = replace(
                    t, code=_home_code(r.source, t), evidence=f"'{t.name}' is {home}: the source's"
                )
                note = Decision(Cue.HOME, t.name, t.code, placed.code)
                t = None if r.source.same_actor(placed) else placed
            elif (
                (
                    _plural(t.name)
                    or (t.abroad and t.name.split()[-1] in _BODIES_OF_MANY)
                    # "attacked rebel bases", "the police station was bombed": the party force
                    # is used on, of no country found, is still the one acted on ("---REB")
                    or (r.code[:2] in FORCEFUL_ROOTS and t.code[3:6] in _PARTIES_OF_FORCE)
                )
                and (t.code[3:6] in _PARTY_ROLES or not far)
            ):
                # "seeks flexibility from banks", "asked foreign governments to finance":
                # parties of no one country, named as the ones acted on, keep CAMEO's
                # code for an unknown country ("---BUS", "---GOV"); left out, the event
                # reads as an act toward no one.
                note = Decision(Cue.PARTIES, t.name, after=t.code)
            else:
                note = Decision(Cue.UNPLACED, t.name)
                t = None
            r = replace(r, target=t, decisions=(*r.decisions, note))
        out.append(r)
    keyed = {(r.source.code, r.code) for r in out if r.target is not None}
    kept: list[Reading] = []
    seen: set[tuple[str, str, str]] = set()
    for r in out:
        if r.target is None and (r.source.code, r.code) in keyed:
            continue
        if r.key not in seen:
            seen.add(r.key)
            kept.append(r)
    return kept


def _own_party(source: ActorPhrase, target: ActorPhrase | None) -> bool:
    """No party, or the source's own body once placed at home: "government reform must
    continue" said by a minister ("---GOV" from a GBRGOV source)."""
    if target is None:
        return True
    return target.code[:3] == UNKNOWN and _home_code(source, target) == source.code


def _home_code(source: ActorPhrase, target: ActorPhrase) -> str:
    """The code of a target of no country found, placed in its source's country."""
    return source.code[:3] + target.code[3:]


def _agent_against_political(reading: Reading) -> bool:
    """ "Gunmen killed six Philippine Army soldiers": an agent of no known country using
    force or coercion (CAMEO 15, 17-20) against a state's political actor is a political
    event; so is any act of an armed group's on one ("rebels surrendered to the army")."""
    src, tgt = reading.source, reading.target
    return (
        tgt is not None
        and (reading.code[:2] in FORCEFUL_ROOTS or src.code[3:6] in _ARMED_GROUPS)
        and src.code[:3] == UNKNOWN
        and src.code[3:6] not in NON_POLITICAL_ROLES
        and is_political(tgt)
        and tgt.code[:3] != UNKNOWN
    )


def _phrase_with_a_noun(phrase: Sequence[str]) -> bool:
    """A verb phrase whose words after the verb are not all particles and prepositions."""
    return any(w not in grammar.PREPOSITIONS and w not in _PARTICLES for w in phrase[1:])


_PARTICLES: Final = frozenset({"up", "down", "out", "off", "back", "away"})


# Armed groups of no country found, whose every act on a state's actor is political: "A
# rebel commander has surrendered to Colombian forces" (---REB 0874 COLMIL).
_ARMED_GROUPS: Final = FIGHTING_ROLES - {"MIL"}


# Members of a compound subject whose mutual act is coded dyad by dyad: "X and Y met".
_MUTUAL_MEMBERS: Final = 2


def _pairs(
    sources: Sequence[ActorPhrase],
    targets: Sequence[ActorPhrase],
    single: bool,
    *,
    mutual: bool,
    said: bool = False,
) -> list[tuple[ActorPhrase, ActorPhrase | None]]:
    """One pair per source and target member; a compound subject meets itself only if mutual.

    ``said``: the act is words or talks (roots 01-05), whose actor speaks even when the
    one addressed is its own body ("the U.N. envoy told the U.N. Security Council").
    """
    srcs, tgts = _split_codes(sources), _split_codes(targets)
    out: list[tuple[ActorPhrase, ActorPhrase | None]] = []
    if tgts:
        # "Iraqi police … in Iraq": a country's own agent does not act on the bare country;
        # what it did there has no target.
        for s in srcs:
            for t in tgts:
                if s.same_actor(t) and not said:
                    continue
                # An actor speaking to its own body speaks to no one else.
                same = s.same_actor(t) or s.code[:3] == t.code
                pair = (s, None) if same else (s, t)
                if pair not in out and (pair[1] is not None or single):
                    out.append(pair)
    elif len(srcs) > 1 and mutual:
        # (A mutual act of more members never comes here: ``readings`` codes it as none.)
        out = [(s, t) for s in srcs for t in srcs if s.code != t.code]
    elif single:
        out = [(s, None) for s in srcs]
    return out


def _split_codes(phrases: Iterable[ActorPhrase]) -> list[ActorPhrase]:
    """An entry coded "FRO/BIL/SAM" stands for each of its actors."""
    out: list[ActorPhrase] = []
    for p in phrases:
        if "/" in p.code:
            out.extend(replace(p, code=c) for c in p.code.split("/") if c)
        else:
            out.append(p)
    return out


def drop_reporters(
    frames: Sequence[Frame],
    reporters: Sequence[tuple[int, ActorPhrase]],
    named: Collection[tuple[int, int]] = frozenset(),
) -> None:
    """The reporter of a sentence takes no role in what it reports.

    ``…was wounded in an attack, police said``: the police reported the attack,
    they are not its target. ``reporters`` holds each reporter with the token
    where its attribution starts (found by :func:`extractors.grammar.reporters`);
    every frame before that point drops it from its roles. A bare agent's own verb of
    saying is no statement either, unless ``named`` holds its span (written with capitals:
    a named body or office).
    """
    for frame in frames:
        if frame.speech:
            _reports_only(frame, [(at, p) for at, p in reporters if (p.start, p.end) not in named])
            continue
        spans = {(p.start, p.end) for at, p in reporters if at > frame.hit.start}
        if not spans:
            continue
        names = [p.name for p in [*frame.sources, *frame.targets] if (p.start, p.end) in spans]
        if not names:
            continue
        frame.sources = [p for p in frame.sources if (p.start, p.end) not in spans]
        frame.targets = [p for p in frame.targets if (p.start, p.end) not in spans]
        frame.decisions.append(Decision(Cue.REPORTER_DROPPED, ", ".join(names)))


def _reports_only(frame: Frame, reporters: Sequence[tuple[int, ActorPhrase]]) -> None:
    """ "…, police said": a bare agent's trailing attribution reports the sentence; it is
    no statement of the agent's own (a named state, office-holder or body keeps its 010)."""
    trailing = {(p.start, p.end) for at, p in reporters if 0 < at < frame.hit.start}
    bare = [p for p in frame.sources if (p.start, p.end) in trailing and p.agent_only]
    if bare and len(bare) == len(frame.sources):
        frame.sources = []
        frame.decisions.append(Decision(Cue.REPORTS, ", ".join(p.name for p in bare)))


def select(
    sentence: Sequence[Reading],
    *,
    single_actor_events: bool = True,
    fold_speech: bool = True,
    media_report: bool = False,
) -> tuple[list[Reading], int]:
    """One reading per (source, target, code) in a sentence, the most specific kept.

    - a statement ("X said") yields to the event it reports;
    - a verb's bare default yields to a pattern's reading of the same pair;
    - a refusal coded from the refused act replaces the bare "refuse" (120), unless a
      pattern was written for the phrase;
    - a reading without a target yields to the same reading with one;
    - a verb's bare default with no one acted on, told inside another actor's statement
      ("Mr Howard said Mr Blunkett had complained"), is hearsay: the statement is the event;
    - with ``media_report``, a news medium's plain statement ("the New China News Agency
      said", "the newspaper said") is the report itself, the sentence's reporter: no event
      (an act it reports is coded on its own).
    Returns the readings kept and how many were dropped.
    """
    if not sentence:
        return [], 0  # most sentences: every verb's readings came to nothing
    unique: dict[tuple[str, str, str], Reading] = {}
    for r in sentence:
        unique.setdefault(r.key, r)
    kept = list(unique.values())
    total = len(kept)
    said = [r for r in kept if r.statement]
    if said:
        kept = [r for r in kept if not any(_hearsay(r, s) for s in said)]
    other = [r for r in kept if not r.statement]
    if fold_speech and other and len(other) < len(kept):
        kept = other
    if media_report:
        kept = [r for r in kept if not (r.code == "010" and r.source.code[3:6] == "MED")]
    patterned = {r.key[:2] for r in kept if not r.default}
    kept = [r for r in kept if not r.default or r.key[:2] not in patterned]
    # "promised to return", "agreed to meet": the verb that leads an intended act is that
    # act's intent cue, one event with it (035, 036), not a second one of its own (030).
    leads = [r for r in kept if any(_leads(r, other) for other in kept)]
    kept = [r for r in kept if r not in leads]

    def rewritten(r: Reading) -> bool:
        return any(d.cue is Cue.REFUSAL for d in r.decisions)

    for pair in {r.key[:2] for r in kept if rewritten(r)}:
        plain = [r for r in kept if r.key[:2] == pair and r.code[:2] == "12" and not rewritten(r)]
        if not plain:
            continue
        if any(not r.default for r in plain):
            drop = [r for r in kept if r.key[:2] == pair and rewritten(r)]
        else:
            drop = plain
        kept = [r for r in kept if r not in drop]
    if single_actor_events:
        targeted = {(r.key[0], r.code) for r in kept if r.target is not None}
        kept = [r for r in kept if r.target is not None or (r.key[0], r.code) not in targeted]
    elif any(r.target is not None for r in kept):
        kept = [r for r in kept if r.target is not None]
    return kept, total - len(kept)


def joined_verbs(words: Sequence[str], hits: Sequence[VerbHit]) -> dict[int, int]:
    """ "its forces killed or wounded 15,000 Iranians", "was tortured and killed": two verbs
    of one root joined by "or" or "and", nothing between, tell one act. Maps the second
    verb's first token to the first's."""
    by_end = {h.end: h for h in hits}
    joined: dict[int, int] = {}
    for h in hits:
        joint = h.start - 1
        first = by_end.get(joint) if joint > 0 and words[joint] in {"or", "and"} else None
        if first is not None and first.entry.code[:2] == h.entry.code[:2]:
            joined[h.start] = joined.get(first.start, first.start)
    return joined


def sentence_readings(
    frames: Sequence[Frame],
    words: Sequence[str],
    tables: CodeTables,
    *,
    modality: bool = True,
    single_actor_events: bool = True,
    require_political: bool = True,
    compounds_mutual: bool = False,
) -> tuple[list[Reading], list[str]]:
    """The readings of a sentence's frames, and why any frame gave none (for ``explain``).

    With ``require_political`` (the news rules), a verb joined to one of its root tells the
    same act ("killed or wounded 15,000 Iranians"): coded once, by the second verb only when
    the first gives no reading.
    """
    joined = joined_verbs(words, [f.hit for f in frames]) if require_political else {}
    found: list[Reading] = []
    notes: list[str] = []
    coded: set[int] = set()
    for frame in frames:
        first = joined.get(frame.hit.start)
        if first is not None and first in coded:
            notes.append(
                f"'{frame.verb_text}': joined to '{words[first]}' by "
                f"'{words[frame.hit.start - 1]}': one act, coded once"
            )
            continue
        got, why = readings(
            frame,
            tables,
            modality=modality,
            single_actor_events=single_actor_events,
            require_political=require_political,
            compounds_mutual=compounds_mutual,
        )
        if not got:
            notes.extend(f"'{frame.verb_text}': {describe(d)}" for d in why)
            continue
        coded.add(frame.hit.start)
        found.extend(got)
    return found, notes


def _hearsay(act: Reading, statement: Reading) -> bool:
    """``act`` is a one-actor bare default told after ``statement``'s verb by another actor."""
    return (
        not act.statement
        and act.target is None
        and not act.frame.patterned
        and statement.frame.hit.end <= act.frame.hit.start
        and statement.source.code != act.source.code
    )


def _leads(lead: Reading, act: Reading) -> bool:
    """``lead``'s verb is the intent or threat cue of ``act`` ("promised" in "promised to
    return"), and both have the same source."""
    cue = act.frame.intent
    if cue is None or lead is act or lead.source.code != act.source.code:
        return False
    gap = act.frame.hit.start - lead.frame.hit.end
    # A lead that is an act of its own ("offered", "agreed") of the other side from the act
    # ("offered to send troops") leaves the act's reading in doubt: both stay. A lead that
    # only announces ("vowed to veto", "pledged to", "plans to") is the act's cue alone.
    same_side = (lead.code[:2] >= "10") == (act.code[:2] >= "10")
    announces = lead.frame.hit.entry.lemma.split()[0] in _ANNOUNCING_LEADS
    return (
        cue.split()[0] == lead.frame.verb_text.lower() and 0 < gap <= 3 and (same_side or announces)
    )


# Intent cues that announce an act and are none of their own.
_ANNOUNCING_LEADS = frozenset({"vow", "pledge", "promise", "swear", "plan", "intend", "threaten"})


def describe(decision: Decision) -> str:
    """A decision in words, for ``explain`` and the events' ``decisions`` column."""
    # Only the decision's own text is built: every sentence's decisions pass through here.
    return _TEXTS[decision.cue](decision)


def _change(d: Decision) -> str:
    return f": {d.before} -> {d.after}" if d.after else ""


_TEXTS: Final[dict[Cue, Callable[[Decision], str]]] = {
    Cue.NEGATION: lambda d: f"negated by '{d.words}', no event",
    Cue.NEGATION_IN_PATTERN: lambda d: f"negation '{d.words}' is part of the pattern",
    Cue.REFUSAL: lambda d: f"'{d.words}': a refusal{_change(d)}",
    Cue.INTENT: lambda d: (
        f"intent ('{d.words}'): a statement yet to be made, no event"
        if d.after == NO_EVENT
        else f"intent ('{d.words}'){_change(d)}"
    ),
    Cue.THREAT: lambda d: f"threat ('{d.words}'){_change(d)}",
    Cue.CONDITION: lambda d: f"under '{d.words}', a condition, not done",
    Cue.FORECAST: lambda d: f"'{d.words}': a forecast of the act, not the act",
    Cue.ASKED: lambda d: f"a question opened by '{d.words}': asked, no act asserted",
    Cue.POSSIBLE: lambda d: f"under '{d.words}', a possibility, not done",
    Cue.SUPPOSED: lambda d: f"'{d.words}': what someone believes, fears or expects, not done",
    Cue.PAST: lambda d: f"'{d.words}': an act of the past, not the story's news",
    Cue.STANDING: lambda d: f"'{d.words}': a standing state described, not the story's news",
    Cue.SUBORDINATE: lambda d: (
        f"'{d.words}' opens its clause: a one-actor act there ({d.before}) is background"
    ),
    Cue.LEAVING: lambda d: f"'{d.words}': a body left, not an office resigned (0831)",
    Cue.QUESTION: lambda d: f"'{d.words}': a question put, not an appeal{_change(d)}",
    Cue.CONCERN: lambda d: f"'{d.words}' of no act of its own: a concern, not a threat{_change(d)}",
    Cue.GOING_BACK: lambda d: f"'{d.words}': going back somewhere, nothing given back",
    Cue.QUOTED: lambda d: f"inside the quotation '{d.words}': the speaker's words, not an act",
    Cue.PROPOSED: lambda d: f"'{d.words}': proposed, weighed, stopped or denied, not done",
    Cue.PURPOSE: lambda d: f"'{d.words}': the meeting's purpose, coded by the meeting",
    Cue.OBLIGATION: lambda d: "under 'must', demanded, not done",
    Cue.NEEDED: lambda d: f"under '{d.words}', what is needed, not done",
    Cue.DEMAND: lambda d: f"'must': a demand{_change(d)}",
    Cue.OWN_LINE: lambda d: "'must' of the speaker's own state or of no party: no demand",
    Cue.APPEALED: lambda d: f"asked for by '{d.words}', not done",
    Cue.APPEAL: lambda d: f"'{d.words}': an appeal for the act asked{_change(d)}",
    Cue.PASSIVE: lambda d: "passive: source from the 'by' phrase, target is the subject",
    Cue.REPORTED_SPEECH: lambda d: (
        "reported speech: the statement is folded into the reported event"
    ),
    Cue.REPORTS: lambda d: f"'{d.words}' reports the sentence: no statement of its own",
    Cue.REPORTER_DROPPED: lambda d: f"'{d.words}' reports the sentence: no role in what it reports",
    Cue.PATTERN_SOURCE: lambda d: "source from pattern slot $",
    Cue.PATTERN_TARGET: lambda d: "target from pattern slot +",
    Cue.COMPOUND: lambda d: "compound actor: one event per member",
    Cue.MULTILATERAL: lambda d: (
        f"'{d.words}' by three or more together, with no one else: a multilateral act, "
        "no dyad and no event"
    ),
    Cue.MUTUAL: lambda d: (
        f"'{d.words}' by a compound subject: a mutual act, each acts on the other"
    ),
    Cue.NOT_POLITICAL: lambda d: f"'{d.words}' is no political actor (no country, or a company)",
    Cue.UNPLACED: lambda d: f"'{d.words}': no country found for it, no target",
    Cue.HOME: lambda d: f"'{d.words}': a domestic actor's target, at home{_change(d)}",
    Cue.PARTIES: lambda d: f"'{d.words}': parties of no one country found: {d.after}",
    Cue.NO_SOURCE: lambda d: f"'{d.words}': no source actor, no event",
    Cue.NO_CODE: lambda d: f"'{d.words}': the pattern codes no event",
    Cue.NO_TARGET: lambda d: f"'{d.words}': {d.before} is an act toward another party, none found",
    Cue.FIGURATIVE: lambda d: (
        f"'{d.words}' between unarmed actors: words, not force: {d.before} -> "
        + ("no event" if d.after == NO_EVENT else d.after)
    ),
    Cue.OFFICIAL: lambda d: (
        f"'{d.words}' by a state or its government: a formal complaint: {d.before} -> "
        + ("no event" if d.after == NO_EVENT else d.after)
    ),
    Cue.FORCEFUL: lambda d: f"'{d.words}' by an armed actor: force, not words{_change(d)}",
    Cue.RIOT: lambda d: f"'{d.words}' by a crowd against the police: a riot{_change(d)}",
    Cue.BATTLE: lambda d: f"'{d.words}' by armed forces on armed forces: a fight{_change(d)}",
}


def _modality_rows() -> list[dict[str, str]]:
    return csv_rows("modality.csv")


def load_intent_codes() -> dict[str, str]:
    """root (or a whole code) → intent code ("---": no event), from ``modality.csv``."""
    return {r["root"]: r["intent_code"] for r in _modality_rows() if r.get("intent_code")}


def load_refuse_codes() -> dict[str, str]:
    """root of a cooperative act → CAMEO refusal code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["refuse_code"] for r in _modality_rows() if r.get("refuse_code")}


def load_relational_roots() -> frozenset[str]:
    """Roots of acts toward another party, from ``extractors/data/relational_roots.csv``."""
    return frozenset(r["root"] for r in csv_rows("relational_roots.csv"))


def load_appeal_codes() -> dict[str, str]:
    """root of an act asked for → CAMEO appeal code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["appeal_code"] for r in _modality_rows() if r.get("appeal_code")}


def load_figurative_codes() -> dict[str, str]:
    """Force verb lemma → its code between unarmed actors, from ``figurative_force.csv``."""
    rows = csv_rows("figurative_force.csv")
    return {r["lemma"]: r["verbal_code"] for r in rows if r["verbal_code"]}


def load_official_senses() -> dict[str, str]:
    """Dissent verb lemma → its code when a state or its government does it."""
    return {r["lemma"]: r["official_code"] for r in csv_rows("official_senses.csv")}


def load_forceful_senses() -> dict[str, str]:
    """Criticism verb lemma → its force code when an armed actor does it (same file)."""
    rows = csv_rows("figurative_force.csv")
    return {r["lemma"]: r["armed_code"] for r in rows if r["armed_code"]}


def load_demand_codes() -> dict[str, str]:
    """root of a demanded act → CAMEO demand code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["demand_code"] for r in _modality_rows() if r.get("demand_code")}
