"""Actor finding: dictionary actors and agents, composed into coded noun phrases.

"Russia's Foreign Ministry" is the actor RUS plus the agent GOV: RUSGOV.
"Syrian rebels" is SYR + REB; "the government in Damascus" is GOV + SYR.
An agent with no actor of its own is coded "---" plus the agent, and the
coder may later resolve it against the article's earlier actors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from extractors.data import csv_rows
from extractors.dates import WEEKDAYS
from extractors.lexicon import ActorEntry, AgentEntry, Lexicon
from extractors.morphology import verb_forms
from extractors.phrases import PhraseIndex

UNKNOWN: Final = "---"

# Words that may sit between an actor and its agent without breaking the
# noun phrase ("Gondor's new prime minister", "U.S. Secretary of State").
_MODIFIERS: Final = frozenset(
    """'s ’s ' the a an new former ex- senior top chief first deputy vice second acting interim
    veteran leading outgoing incoming then current own main largest official officials
    powerful influential elite special state - of own hardline moderate radical
    democratic republican conservative liberal socialist communist labour labor
    """.split()
)
_DETERMINERS: Final = frozenset({"the", "a", "an"})
# A possessive or "of"/"in" links an agent to the actor that follows it:
# "the government in Damascus", "the army of Syria".
_AGENT_LINKS: Final = frozenset({"of", "in", "from", "for"})
# Parties' and opposition's words before an office ("the Conservative spokesman for ...").
_PARTY_WORDS: Final = frozenset(
    """conservative tory labour liberal democrat democratic republican socialist communist
    opposition shadow""".split()
)
# Words that end a noun phrase: between a country and a role noun they mean two phrases
# ("Russia and rebels", "Israel says officials"), never one.
_PHRASE_BREAKS: Final = frozenset(
    """and or but nor to that which who whom whose with by on at as than after before
    since until while when where if because not no has have had is are was were be been
    will would may might can could should must did does do said says say told also""".split()
)
_FORMER: Final = frozenset({"former", "retired", "exiled", "ousted", "deposed", "toppled"})
# Capitalised words next to a name that do not make it another name: titles, and words
# that open a sentence ("But Sharon said").
_NOT_NAMES: Final = frozenset(
    """mr mrs ms dr sir lord lady president premier minister chancellor secretary leader
    king queen prince sheikh general gen chairman senator governor ambassador prime
    foreign defence defense the a an but and or if when while as in on at for from with
    by to of said says after before since under new former ex then so yet monday tuesday
    wednesday thursday friday saturday sunday chief commander mayor sheriff judge
    commissioner councilman councilwoman director superintendent captain sergeant
    lieutenant detective deputy officer coach rep sen gov""".split()
    # Words that open a sentence before a name, no given name of it: "Today Reagan was",
    # "Meanwhile Baker said" (added 2026-12-04).
    + """today yesterday tomorrow tonight meanwhile later earlier also now however still
    instead even only last next this these those thus""".split()
)
_NAME_WORD: Final = r"[A-Z][a-z][\w'’-]*"


# ("Tbilisi, Georgia" is the country's capital; "Bonn, Washington and Tokyo" a list of
# capitals)
_STATES_NAMED_AS_COUNTRIES: Final = frozenset({"Georgia", "Washington"})
# The countries a US state's name also names.
COUNTRIES_NAMED_AS_STATES: Final = frozenset({"GEO"})
# The states the AP Stylebook spells out (``places_us_states.csv`` lists the others).
_UNABBREVIATED_STATES = frozenset({"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah"})
# Canada's provinces and territories (public facts), written after a town's name as US
# states are: "London, Ontario".
_PROVINCES: Final = (
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "Prince Edward Island",
    "Ont.",
    "Que.",
    "B.C.",
    "Alta.",
    "Man.",
    "Sask.",
    "N.S.",
    "N.B.",
)
# States whose names international news writes as a city's or a country's.
_HUB_STATES: Final = frozenset(
    {"New York", "District of Columbia", "D.C.", "DC", "Washington D.C.", "Washington DC"}
)


@lru_cache(maxsize=1)
def _us_states() -> tuple[frozenset[str], frozenset[str]]:
    """The US states' names and the abbreviations US news writes for them
    (``places_us_states.csv``), Georgia's and Washington's left out."""
    rows = [
        r for r in csv_rows("places_us_states.csv") if r["state"] not in _STATES_NAMED_AS_COUNTRIES
    ]
    names = frozenset(r["state"] for r in rows) | _UNABBREVIATED_STATES
    abbreviations = frozenset(a for r in rows for a in r["abbreviations"].split("|") if a)
    return names, abbreviations


_Trie = dict[str, "_Trie"]  # each next letter's subtree; "" marks a name's end


def _alternation(names: Collection[str]) -> str:
    """A regex of ``names`` that matches as their alternation longest first does: at each
    place, the longest name that lets the rest of the pattern match.

    Written as a trie ("Ne(?:w(?: (?:Brunswick|Hampshire|...))|vada)"): the names that can
    match at one place are prefixes of one another, one path down the trie, and each
    step's optional rest is greedy, so they are tried longest first, as in the flat
    alternation; but the engine follows one path letter by letter instead of trying every
    name in turn (on a case-sensitive pattern: under IGNORECASE two paths could match).
    """
    trie: _Trie = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here
    return _trie_regex(trie)


def _trie_regex(node: _Trie) -> str:
    branches = [re.escape(ch) + _trie_regex(rest) for ch, rest in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def _state_name_set() -> frozenset[str]:
    """The US states' and Canadian provinces' names and the abbreviations US news writes
    for the states."""
    names, abbreviations = _us_states()
    return frozenset(_PROVINCES) | names | abbreviations


@lru_cache(maxsize=1)
def _state_names() -> str:
    """A regex alternation of :func:`_state_name_set`."""
    return _alternation(_state_name_set())


@lru_cache(maxsize=1)
def _state_abbreviations() -> str:
    """A regex alternation of the abbreviations US news writes for the states (and Canada's
    provinces) after a town's name ("Ill.", "Calif.", "Ont."), dotted ones only."""
    _, abbreviations = _us_states()
    return _alternation({a for a in (*abbreviations, *_PROVINCES) if a.endswith(".")})


def states_home(text: str) -> str | None:
    """ "USA" when ``text`` names a US state (or writes a town with a state's
    abbreviation, "Paris, Ill."), "CAN" when it names a Canadian province; None when it
    names neither or both. New York, Washington and Georgia, named in any country's news,
    say nothing. Naming none, an office only one country's local news writes says that
    country ("Councilman", "state Sen.", a party tag "D-Columbus"; ``local_offices.csv``)."""
    found = {
        "CAN" if name in _PROVINCES else "USA"
        for name in _state_name_pattern().findall(text)
        if name not in _HUB_STATES and name[-1:] != "."
    }
    # (abbreviations only after a town's name and a comma: "500 B.C.", "Man." are none)
    found |= {
        "CAN" if m.group(1) in _PROVINCES else "USA"
        for m in re.finditer(rf",\s+({_state_abbreviations()})(?![\w])", text)
    }
    if not found:
        # "Lexington County Councilman Bill Banning", "state Sen. Ray Miller, D-Columbus":
        # offices only one country's local news writes, or a US legislator's party tag
        found = {_local_offices()[m.group(0)] for m in _local_office_pattern().finditer(text)}
        if _PARTY_TAG.search(text):
            found.add("USA")
    return found.pop() if len(found) == 1 else None


# A US legislator's party and district or state after his name: ", D-Columbus", "(R-Tex.)".
_PARTY_TAG: Final = re.compile(r"(?:,\s|\()[DR]-[A-Z][a-z]*\.?(?:[,)]|\s)")


@lru_cache(maxsize=1)
def _local_offices() -> dict[str, str]:
    """Titles and bodies only one country's local news writes (``local_offices.csv``)."""
    return {r["term"]: r["country"] for r in csv_rows("local_offices.csv")}


@lru_cache(maxsize=1)
def _local_office_pattern() -> re.Pattern[str]:
    # (the look-ahead for the terms' first letters first: the engine passes over most
    # places without looking behind)
    firsts = re.escape("".join(sorted({t[0] for t in _local_offices()})))
    return re.compile(rf"(?=[{firsts}])(?<![\w.])(?:{_alternation(_local_offices())})(?![\w])")


def region_country(name: str) -> str | None:
    """ "USA" for a US state's name, "CAN" for a Canadian province's, as written before an
    office ("Ohio Sen.", "Ontario Premier"); None for anything else (Georgia and
    Washington, which name a country and a capital too, included)."""
    if name in _PROVINCES:
        return "CAN"
    return "USA" if name in _us_states()[0] else None


@lru_cache(maxsize=4096)
def _town_of_a_state(context: str, name: str) -> bool:
    """Whether ``context`` writes ``name`` (lower case) as a town of a US state or a
    Canadian province: "Athens, Texas", "Paris, Ill.", "London, Ontario"."""
    commas = _state_commas(context)
    if not commas:
        return False  # most articles write no town with its state
    spelled = r"\s+".join(re.escape(w) for w in name.split())
    ending = re.compile(rf"\b(?i:{spelled})$")
    reach = len(name) * 4 + 16  # (room for the name's words and the spaces between them)
    return any(ending.search(context, max(0, at - reach), at) for at in commas)


@lru_cache(maxsize=256)
def _state_commas(context: str) -> tuple[int, ...]:
    """Where ``context`` writes a comma and a US state's or a Canadian province's name
    after it (the comma's offset), as after a town's name. One pattern for all towns."""
    # (a list goes on after the second name: "Paris, Texas and Oklahoma" is no town)
    return tuple(m.start() for m in _state_comma_pattern().finditer(context))


@lru_cache(maxsize=1)
def _state_name_pattern() -> re.Pattern[str]:
    """A state's or province's name as a word of its own. (A look-ahead for the names' first
    letters lets the engine pass over most word starts without trying every name: the
    same matches, found some twice as fast.)"""
    firsts = "".join(sorted({n[0] for n in _state_name_set()}))
    return re.compile(rf"(?=[{re.escape(firsts)}])\b(?:{_state_names()})(?![\w])")


@lru_cache(maxsize=1)
def _state_comma_pattern() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{_state_names()})(?![\w])(?!\s+(?:and|or)\b)")


@lru_cache(maxsize=4096)
def _other_name(context: str, word: str, own: frozenset[str]) -> bool:
    """Whether ``context`` writes ``word`` (lower case) inside another person's name."""
    if len(word) < 3 or not word.isalpha():
        return False
    spelled = re.escape(word.capitalize())
    pattern = re.compile(rf"(?:\b({_NAME_WORD})\s+{spelled}\b|\b{spelled}\s+({_NAME_WORD}))")
    for m in pattern.finditer(context):
        other = (m.group(1) or m.group(2)).lower()
        if m.group(1) and other.endswith(("'s", "’s")):
            continue  # "Iraq's Saddam Hussein": a possessor, no given name
        if other not in own and other not in _NOT_NAMES:
            return True
    return False


# Words ending so are adjectives or participles, not given names: "Neighbouring Jordan",
# "Western Sahara", "Communist China", "Landlocked Chad".
_NOT_GIVEN: Final = ("ing", "ern", "ian", "ese", "ic", "ist", "ed", "al", "ish", "an")
_NOT_GIVEN_WORDS: Final = frozenset(
    """free hotel united royal republic great greater old little north south east west upper
    lower central grand holy january february march april may june july august september
    october november december""".split()
    # News agencies told things: "told Reuters Japan is likely to approve the loan".
    + """reuters tass xinhua kyodo jiji tanjug irna bernama antara yonhap anatolia""".split()
)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-cased demonyms ("syrian", "afghan"), from ``extractors/data/places_demonyms.csv``."""
    return frozenset(r["demonym"].lower() for r in csv_rows("places_demonyms.csv"))


_BLANKS: Final = " \t\n"


@lru_cache(maxsize=1024)
def _surname_pattern(spelled: str) -> re.Pattern[str]:
    """A word, a given name and ``spelled``, no capitalised word after it (one line break
    at most between them)."""
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # spaces, or one line break (not a blank line)
    # (a middle initial may stand between: "David M. Holland")
    initial = rf"([A-Z]\.{gap})?"
    return re.compile(
        rf"(\S+){gap}({_NAME_WORD}){gap}{initial}{re.escape(spelled)}\b(?!{gap}[A-Z])"
    )


def _after_two_words(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields for a pattern that is a word, blanks, a word,
    blanks (a middle initial) and then ``literal`` (as :func:`_surname_pattern`'s), tried
    only from the three words before each place ``literal`` occurs instead of at every
    character: a match starts no earlier than the third run of non-blanks before it."""
    pos = 0  # no match starts before here
    at = text.find(literal)
    while at >= 0:
        start = at
        for blank in (True, False, True, False, True, False):
            while start > pos and (text[start - 1] in _BLANKS) == blank:
                start -= 1
        for s in range(start, at):
            m = pattern.match(text, s)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at
        at = text.find(literal, max(pos, at + 1))


@lru_cache(maxsize=4096)
def _surname_of_another(context: str, word: str, names: frozenset[str]) -> bool:
    """Whether ``context`` writes ``word`` (lower case) after a given name, inside a
    sentence: "Finance Minister Roger Douglas said", not "Neighbouring Jordan",
    "Landlocked Chad", "Free Cuba", "In January Canada", "NAIROBI, Kenya Kenya's" (a word
    opening a place's name, ``names``) nor a list of places ("New York Chicago Tokyo
    London"). The name follows a lower-case word, a comma or a title (not a sentence's
    end), and no capitalised word follows it."""
    if len(word) < 3 or not word.isalpha():
        return False
    for m in _after_two_words(_surname_pattern(word.capitalize()), context, word.capitalize()):
        before, given = m.group(1), m.group(2)
        low = given.lower()
        if m.group(3) and low not in _NOT_NAMES and low not in _NOT_GIVEN_WORDS:
            return True  # "David M. Holland": a given name and an initial, a person's

        opened = before[:1].islower() or before[-1:] == "," or before.lower() in _NOT_NAMES
        if _ends_sentence(before):
            # "... any restriction.\n Unlike Norway, which": the word opens a sentence.
            opened = False
        elif not opened and before.isalpha() and before.istitle() and _opens(context, m.start(1)):
            # "Actor Michael Douglas is to star … Douglas added": a title opening the
            # sentence, a given name, then the name (not "Unlike Norway": two words only).
            opened = before.lower() not in names
        if not opened or low in _NOT_NAMES or low in names or low in _NOT_GIVEN_WORDS:
            continue
        if not low.endswith(_NOT_GIVEN):
            return True
    return False


def _opens(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence of ``text``: nothing, a blank line or a sentence's end
    (and blanks) before it."""
    head = text[:at].rstrip(" \t")
    return not head or head.endswith("\n") or _ends_sentence(head)


def _ends_sentence(text: str) -> bool:
    """The text ends a sentence: a full stop, "!" or "?", perhaps inside quotes or brackets."""
    return text.rstrip("\"'”’)").endswith((".", "!", "?"))


@dataclass(frozen=True)
class Piece:
    """One dictionary hit: an actor or an agent."""

    start: int
    end: int
    kind: str  # "actor" | "agent"
    code: str
    name: str
    entry_id: str
    position: str = "suffix"


@dataclass
class ActorPhrase:
    """An actor noun phrase: its token span, composed code and the pieces behind it."""

    start: int
    end: int
    code: str
    name: str
    pieces: list[Piece] = field(default_factory=list)
    # How an agent's country was found, or that it titles a named office-holder.
    evidence: str = ""
    titled: bool = False  # "President Otto Pérez Molina": political without a country
    people: bool = False  # "U.S. refiners", "Australian clubbers": a country's people or things
    # "A Fiat spokesman": the officer of a named organisation that is no actor.
    organisation: str = ""
    # "Tony Blair", "Communications Minister Dayanidhi Maran": the one person it names, by
    # name (lower case); two people of one code are still two actors.
    person: str = ""
    # "foreign banks", "international donors": an agent of several states, none of them home.
    abroad: bool = False

    @property
    def has_actor(self) -> bool:
        # (a loop, not ``any`` over a generator: asked of every phrase, many times)
        for p in self.pieces:
            if p.kind == "actor":
                return True
        return False

    @property
    def has_agent(self) -> bool:
        """An agent noun ("ministers", "President") is in the phrase."""
        for p in self.pieces:
            if p.kind == "agent":
                return True
        return False

    @property
    def agent_only(self) -> bool:
        return not self.has_actor

    def same_actor(self, other: ActorPhrase) -> bool:
        """Whether two phrases name one actor: the same code, unless its country is
        unknown ("Public Advocate Letitia James" and "the de Blasio administration" are
        both ---GOV, and two actors); then the same name too. Two people named are two
        actors whatever their codes."""
        if self.other_person(other):
            return False  # "Tony Blair praised Gordon Brown": two people of one code
        mine, theirs = self.office(), other.office()
        if mine and theirs and mine != theirs:
            return False  # "the prime minister … with the chancellor": two offices, two people
        return self.code == other.code and (
            not self.code.startswith(UNKNOWN) or self.name == other.name
        )

    def office(self) -> str:
        """The one-person office the phrase ends in ("prime minister", "Britain's
        chancellor"), or "" (a body, a group, or a person named)."""
        if self.person or not self.pieces or self.pieces[-1].kind != "agent":
            return ""
        name = self.pieces[-1].name.lower()
        return name if name.split()[-1:] and name.split()[-1] in ONE_PERSON_OFFICES else ""

    def other_person(self, other: ActorPhrase) -> bool:
        """Both name a person, and not the same one ("Blair ... Gordon Brown")."""
        return bool(self.person) and bool(other.person) and self.person != other.person

    @property
    def entry_ids(self) -> list[str]:
        return [p.entry_id for p in self.pieces]


class ActorMatcher:
    """Finds actors and agents in a token sequence, using one shared index."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._actors: PhraseIndex[ActorEntry] = PhraseIndex()
        self._agents: PhraseIndex[AgentEntry] = PhraseIndex()
        self._entries = {actor.entry_id: actor for actor in lexicon.actors}
        for actor in lexicon.actors:
            for phrase in actor.phrases:
                self._actors.add(phrase, actor)
        for agent in lexicon.agents:
            for phrase in agent.phrases:
                self._agents.add(phrase, agent)
        # Most tokens start no actor or agent: one set look-up skips them.
        self._starts = self._actors.first_words() | self._agents.first_words()
        # Party names read in their own country's news as that country's party.
        self._home_names: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for row in csv_rows("home_names.csv"):
            self._home_names.setdefault(row["country"], []).append(
                (tuple(row["name"].split()), tuple(row["qualified"].split()))
            )
        for rows in self._home_names.values():
            rows.sort(key=lambda r: -len(r[0]))  # "labour party" before "labour"
        # The first words of places' names ("kenya", "south"): no given name before a surname.
        self._place_starts = frozenset(
            phrase[0]
            for actor in lexicon.actors
            if actor.codes and all(len(c.code) == 3 for c in actor.codes)
            for phrase in actor.phrases
        )

    def corroborated(self, words: Sequence[str], piece: Piece, context: str) -> bool:
        """A one-word actor name is that actor unless the article gives it to someone else.

        "His wife Sharon" in an article about Sharon Osbourne is not Ariel Sharon, and
        "Douglas" is not the Isle of Man's capital where Douglas Hogg is named: when the
        article (``context``, as written) joins the word to another capitalised name
        that is not the entry's own ("Ariel Sharon") nor a title ("Prime Minister
        Sharon"), every mention of the word is that other name. As the gazetteer does
        for "Gregory Jones … Jones said".
        """
        if piece.kind != "actor":
            return True
        if _town_of_a_state(context, " ".join(words[piece.start : piece.end])):
            # "Athens, Texas", "Paris, Ill.", "Lebanon, Indiana", "London, Ontario": the
            # article's town of that name, wherever it writes the name alone too.
            entry = self._entries.get(piece.entry_id)
            if entry is not None and all(len(c.code) == 3 for c in entry.codes):
                return False
        if piece.end - piece.start != 1:
            return True
        entry = self._entries.get(piece.entry_id)
        if entry is not None and _acronym_of_another(context, words[piece.start], entry):
            return False
        # People only (PETRARCH's convention: a person's undated code is an elite, ELI);
        # countries and demonyms are followed by names as a matter of course ("Iraqi
        # Kurds"), and a country inside a longer name is handled by the coder.
        if entry is None:
            return True
        word = words[piece.start]
        if not _person(entry, word):
            # A state's or capital's one-word name after a given name is a surname: "Finance
            # Minister Roger Douglas ... Douglas said" is no Isle of Man, "Michael Jordan"
            # no Jordan (a demonym or a party is written next to names as a matter of course).
            place = all(len(c.code) == 3 for c in entry.codes) and word not in demonyms()
            return not (place and _surname_of_another(context, word, self._place_starts))
        own = frozenset(w for phrase in entry.phrases for w in phrase)
        return not _other_name(context, word, own)

    def _home_pieces(
        self,
        words: Sequence[str],
        texts: Sequence[str],
        day: dt.date | None,
        pieces: list[Piece],
        home: str,
        stop: frozenset[int],
        notes: list[str] | None,
    ) -> list[Piece]:
        """Add the pieces of party names written alone in their own country's news."""
        names = self._home_names.get(home)
        if not names:
            return pieces
        taken = {i for p in pieces for i in range(p.start, p.end)}
        added: list[Piece] = []
        for i, w in enumerate(words):
            for name, qualified in names:
                end = i + len(name)
                if (
                    w != name[0]
                    or tuple(words[i:end]) != name
                    or taken.intersection(range(i, end))
                    or stop.intersection(range(i, end))
                    or not texts[i][:1].isupper()
                    or texts[i].isupper()
                    or (i > 0 and words[i - 1] in _PORTFOLIO_BEFORE)
                    or (end < len(words) and words[end] in _PORTFOLIO_AFTER)
                ):
                    continue
                hits = self.pieces(qualified, day)
                if len(hits) != 1 or hits[0].kind != "actor" or hits[0].end != len(qualified):
                    continue
                hit = hits[0]
                added.append(Piece(i, end, "actor", hit.code, " ".join(name), hit.entry_id))
                taken.update(range(i, end))
                if notes is not None:
                    notes.append(
                        f"'{' '.join(texts[i:end])}' is '{' '.join(qualified)}': "
                        f"the article's country is {home}"
                    )
                break
        if not added:
            return pieces
        return sorted([*pieces, *added], key=lambda p: p.start)

    def is_person(self, piece: Piece) -> bool:
        """Whether the piece is a dictionary entry for one person (an elite code)."""
        entry = self._entries.get(piece.entry_id) if piece.kind == "actor" else None
        return entry is not None and any(c.code.upper().endswith("ELI") for c in entry.codes)

    def surname(self, piece: Piece, texts: Sequence[str]) -> str | None:
        """The surname a named person may later go by ("Gordon Brown" -> "brown").

        People only (an entry with an elite code), named in full with capitals.
        """
        if piece.kind != "actor" or piece.end - piece.start < 2:
            return None
        if not self.is_person(piece):
            return None
        last = texts[piece.end - 1]
        if not (last[:1].isupper() and last.isalpha() and not last.isupper()):
            return None
        return last.lower()

    @property
    def first_words(self) -> frozenset[str]:
        """Every word that starts an actor or agent phrase (lower case)."""
        # (the set itself: it is frozen already, and compiled code would copy all its
        # words for ``frozenset(...)`` at every call, where Python returns the same object)
        return self._starts

    def pieces(self, words: Sequence[str], day: dt.date | None) -> list[Piece]:
        """Actor and agent hits, non-overlapping, longest first; actors win ties."""
        out: list[Piece] = []
        starts = self._starts
        end = 0  # the last piece's end: the next may start there
        for i, w in enumerate(words):
            if w not in starts or i < end:
                continue
            actor = self._actors.first_at(words, i)
            agent = self._agents.first_at(words, i)
            # "the Amnesty secretary-general", "the NATO Secretary-General": an office the
            # dictionary gives one body alone (the UN's), written right after another body's
            # name, is that body's office, as "NATO Secretary General" (not its own
            # institution: "US State Department").
            office = (
                actor is not None
                and agent is not None
                and agent.end == actor.end
                and bool(out)
                and out[-1].end == i
                and out[-1].kind == "actor"
                and not actor.payload.code_on(day).upper().startswith(out[-1].code)
            )
            if actor is not None and not office and (agent is None or actor.end >= agent.end):
                entry = actor.payload
                code = entry.code_on(day).upper()
                out.append(Piece(i, actor.end, "actor", code, entry.name, entry.entry_id))
                end = actor.end
            elif agent is not None:
                a = agent.payload
                out.append(
                    Piece(i, agent.end, "agent", a.code.upper(), a.name, a.entry_id, a.position)
                )
                end = agent.end
        return out

    def phrases(
        self,
        words: Sequence[str],
        day: dt.date | None,
        stop: frozenset[int] = frozenset(),
        context: str | None = None,
        texts: Sequence[str] | None = None,
        home: str | None = None,
        notes: list[str] | None = None,
    ) -> list[ActorPhrase]:
        """Pieces grouped into actor noun phrases with composed codes.

        ``stop`` holds token indexes (verbs) that a phrase may not span. ``context``
        is the whole article as written: with it, a one-word name the article gives to
        someone else is dropped (see :meth:`corroborated`). ``texts`` are the words as
        written, where their case tells a title from an adjective. ``home`` is the
        article's own country, in which a party named alone is that country's
        (``extractors/data/home_names.csv``); each such reading is noted in ``notes``.
        """
        pieces = [
            p
            for p in self.pieces(words, day)
            if not _adjective_agent(words, p, stop, texts) and not _surname_title(texts, p)
        ]
        if home is not None and texts is not None:
            pieces = self._home_pieces(words, texts, day, pieces, home, stop, notes)
        if (
            texts is not None
            and any(p.kind == "actor" and _lower_case(texts, p) for p in pieces)
            and _mixed_case(texts)
        ):
            # "a one-off tax amnesty", "china plates": a name written in lower case in text
            # written with capitals is a common word, not the actor. (The text's case is
            # read only when a name is written in lower case: most sentences have none.)
            pieces = [p for p in pieces if p.kind != "actor" or not _lower_case(texts, p)]
        if context is not None:
            pieces = [p for p in pieces if self.corroborated(words, p, context)]
        groups: list[list[Piece]] = []
        for piece in pieces:
            if groups and _joinable(words, groups[-1][-1], piece, stop):
                groups[-1].append(piece)
            else:
                groups.append([piece])
        result: list[ActorPhrase] = []
        for group in groups:
            start = group[0].start
            # "former", "retired"; "ex-" is two tokens ("Ex-Welsh Office Minister").
            # ("Ex-Labour minister Frank Field": one word may stand between, as after
            # "former".)
            former = any(w in _FORMER for w in words[max(0, start - 2) : start]) or any(
                k >= 1
                and words[k] in {"-", "–"}
                and words[k - 1] == "ex"
                and (k == start - 1 or words[k + 1] in _PARTY_WORDS)  # not "Ex-Im bank"
                for k in (start - 1, start - 2)
            )
            result.append(_compose(group, words, former))
        return _distribute(result, words, stop)


# Words around a party's name that make it a portfolio or a common noun: "Labour Minister
# Almir Pazzionotto", "the Ministry of Labour", "Industry, Trade and Labour".
_PORTFOLIO_BEFORE: Final = frozenset({"of", "and", "&"})
_PORTFOLIO_AFTER: Final = frozenset(
    """minister ministers ministry department secretary office court federation council
    relations market markets costs shortage shortages force laws law""".split()
)


# Offices named after a portfolio: "local government spokesman", "local government minister".
_PORTFOLIO_HOLDERS = frozenset("spokesman spokeswoman spokesperson minister secretary".split())


# Role nouns that are also adjectives: before a noun that is no verb they describe it
# ("official debts", "official statement"), except people ("official sources").
_ADJECTIVE_AGENTS: Final = frozenset({"official"})
_PEOPLE_NOUNS: Final = frozenset({"sources", "source", "spokesman", "spokeswoman", "spokesperson"})


# "general" is an adjective before these ("the next general election", "a general strike");
# before a name or a verb it is an officer ("General Musharraf", "the general said").
_GENERAL_NOUNS: Final = frozenset(
    """election elections strike strikes public assembly debate consensus amnesty
    meeting council agreement secretary view rule calls call demands terms principles
    principle guidelines manager managers interest support fund policy practice
    direction level outline trend director directors sales foods motors electric dynamics
    mills accounting services insurance counsel""".split()
)
# Offices written before "General" that it completes, no soldier's: "Treasurer General",
# "Comptroller General" (the dictionary's "Attorney General" and the like are entries).
_GENERAL_OFFICES: Final = frozenset(
    """treasurer comptroller postmaster paymaster surgeon consul procurator prosecutor
    advocate receiver registrar""".split()
)


def _surname_title(texts: Sequence[str] | None, piece: Piece) -> bool:
    """ "to oppose Hun Sen.": an abbreviated title ("Sen.", "Gen.") after a capitalised word
    and before none ends a person's name; a title stands before the name it gives."""
    if texts is None or piece.kind != "agent" or piece.end - piece.start != 1:
        return False
    i = piece.start
    return (
        texts[i].endswith(".")
        and i > 0
        and texts[i - 1][:1].isupper()
        and texts[i - 1].isalpha()
        and not texts[i - 1].isupper()
        and (piece.end >= len(texts) or not texts[piece.end][:1].isupper())
    )


def _adjective_agent(
    words: Sequence[str],
    piece: Piece,
    stop: frozenset[int],
    texts: Sequence[str] | None = None,
) -> bool:
    if piece.kind != "agent" or piece.end - piece.start != 1 or piece.end >= len(words):
        return False
    nxt = words[piece.end]
    if (
        words[piece.start] == "government"
        and piece.start > 0
        and words[piece.start - 1] == "local"
        and nxt in _PORTFOLIO_HOLDERS
    ):
        # "Local government spokesman Ed Davey", "the local government minister": a
        # portfolio's name, not the state's government (the office after it acts).
        return True
    if words[piece.start] == "general":
        # "the general foreign affairs budget", "a general collapse": after an article and
        # before a word that is no verb, "general" describes ("the general said" is one).
        # Written in lower case before a word in lower case, it describes with no article
        # too ("did not include general tax increases"); "General Musharraf" is a title.
        det = (piece.start > 0 and words[piece.start - 1] in {"a", "an", "the"}) or (
            texts is not None and texts[piece.start] == "general" and texts[piece.end].islower()
        )
        prev = words[piece.start - 1] if piece.start > 0 else ""
        if prev == "in" or prev in _GENERAL_OFFICES:
            return True  # "discussed debt in general", "the party's Treasurer General"
        return nxt in _GENERAL_NOUNS or (
            det
            and nxt.isalpha()
            and piece.end not in stop
            and nxt not in _PHRASE_BREAKS
            and nxt not in _AGENT_LINKS
            and nxt not in _NOT_NOUNS
            and not nxt.endswith("ly")
        )
    if words[piece.start] not in _ADJECTIVE_AGENTS:
        return False
    return (
        nxt.isalpha()
        and piece.end not in stop
        and nxt not in _PHRASE_BREAKS
        and nxt not in _AGENT_LINKS
        and nxt not in _PEOPLE_NOUNS
        and nxt not in _NOT_NOUNS
        and not nxt.endswith("ly")
    )


# Words after "official" that are no noun it could describe ("a U.S. official today said").
_NOT_NOUNS: Final = frozenset(WEEKDAYS) | frozenset(
    "in at said says today yesterday tonight also earlier later then now again".split()
)


def _mixed_case(texts: Sequence[str]) -> bool:
    """Text written with capitals and lower case: some capitalised word, and lower-case
    words the rule (no headline in capitals or title case, no text all in lower case)."""
    letters = [t for t in texts if t.isalpha()]
    capitals = sum(1 for t in letters if t[:1].isupper())
    return 0 < capitals < len(letters) / 2


def _lower_case(texts: Sequence[str], piece: Piece) -> bool:
    """The piece is one word written in lower case ("amnesty"; "U.S." is not, and a name
    of several words is a name however written: "the international criminal court")."""
    text = texts[piece.start]
    return piece.end - piece.start == 1 and any(c.isalpha() for c in text) and text == text.lower()


# Verbs whose object is the one told: "told reporters Japan would" holds two noun phrases,
# and the reporters do not do what the clause after them tells.
TELLING_WORDS: Final = frozenset(
    form for verb in ("tell", "inform", "assure", "remind", "brief") for form in verb_forms(verb)
)


def _joinable(words: Sequence[str], left: Piece, right: Piece, stop: frozenset[int]) -> bool:
    gap = list(range(left.end, right.start))
    if any(i in stop for i in gap):
        return False
    gap_words = [words[i] for i in gap]
    if gap_words[:1] == [")"] and left.start > 0 and words[left.start - 1] == "(":
        # "European Community (EC) agriculture ministers": the acronym's parenthesis closes
        # inside the noun phrase.
        gap_words = gap_words[1:]
    if (
        left.kind == "actor"
        and right.kind == "agent"
        and _lends(words, right.start, right.end)
        and not all(w in _LENDERS_MODIFIERS for w in gap_words)
    ):
        # "Brazil's creditors", "Funaro, the creditor banks": those who lend to a state or
        # aid it are other countries'; only a demonym right before them gives theirs
        # ("Japanese creditor banks", "Japanese commercial bank creditors").
        return False
    if left.kind == "actor" and right.kind == "agent" and _possessed_office(gap_words):
        return True
    if len(gap_words) > 3:
        return False
    if left.kind == "actor" and right.kind == "actor":
        # Two actors only merge through a possessive: "Gondor's Minas Tirith".
        return False
    if left.kind == "agent" and right.kind == "actor":
        # "the government in Damascus", "forces of Syria", "rebels in the Ivory Coast"
        if not gap_words:
            # ("told reporters Japan would": a plural noun and a state right after it are
            # two noun phrases; "President Bush", "Foreign Minister Shevardnadze" are one)
            head = words[left.end - 1]
            told = left.start > 0 and words[left.start - 1] in TELLING_WORDS
            return not (told and len(right.code) == 3 and head.endswith("s"))
        if gap_words[0] in _POSTED_IN and "DIP" in left.code:
            # "Western embassies in Moscow", "diplomats in Peking": where envoys are
            # posted is no state of theirs.
            return False
        if (
            gap_words[0] == "from"
            and left.start > 0
            and words[left.start - 1] in {"its", "their", "his", "her", "our"}
        ):
            # "withdrew its forces from Lebanon": the owner is named; "from" is where to.
            return False
        if gap_words[0] == "for" and left.start > 0 and words[left.start - 1] in _PARTY_WORDS:
            # "the Conservative spokesman for the Cabinet Office", "the opposition
            # spokesman for foreign affairs": a party's spokesman for a portfolio does not
            # speak for the state's body that holds it.
            return False
        # ("refugees from neighbouring Afghanistan", "from southern Lebanon": a word of where
        # in or near the country names no other; after "in" the country stays a place of
        # its own, where the sentence's other agents are)
        rest = [w for w in gap_words[1:] if gap_words[0] != "from" or w not in _WHERE_IN_A_COUNTRY]
        return gap_words[0] in _AGENT_LINKS and rest in ([], ["the"])
    if (
        left.kind == "agent"
        and right.kind == "agent"
        and gap_words[:1]
        and gap_words[0] in _DETERMINERS
    ):
        # "told reporters the government would": a determiner opens a second noun phrase.
        return False
    if all(w in _MODIFIERS for w in gap_words):
        return True
    if left.kind == "actor" and right.kind == "agent":
        # A country's role noun with its own modifiers: "Israeli intelligence officials",
        # "Nigerian junior foreign minister", "Nicaragua's Sandinista government"; one
        # "and" inside them joins two fields of one portfolio ("Brazilian Science and
        # Technology Minister Renato Archer").
        inner = gap_words[1:-1]
        joined = [w for w in gap_words if w not in {"and", "&"}]
        if len(joined) == len(gap_words) - 1 and any(w in {"and", "&"} for w in inner):
            return all(_noun_modifier(w) and w not in _DETERMINERS for w in joined)
        return all(_noun_modifier(w) for w in gap_words)
    return False


_POSTED_IN: Final = frozenset({"in", "at"})
_WHERE_IN_A_COUNTRY: Final = frozenset(
    """neighbouring neighboring nearby northern southern eastern western central war-torn
    occupied""".split()
)


def armed_force(phrase: ActorPhrase) -> bool:
    """An army or an armed group, which fights battles (not police, spies or criminals): its
    roles, or an international militarized group's code (IMG)."""
    code = phrase.code
    return code.startswith("IMG") or any(
        code[i : i + 3] in FIGHTING_ROLES for i in range(3, len(code) - 2, 3)
    )


FIGHTING_ROLES: Final = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})


# Offices one person holds: two of them named are two people ("the prime minister … the
# chancellor"), and a person's is someone else ("his chancellor"; "his government" is his own).
ONE_PERSON_OFFICES: Final = frozenset(
    """chancellor minister secretary deputy adviser advisor aide envoy ambassador spokesman
    spokeswoman spokesperson chief chairman director governor mayor premier president
    commissioner""".split()
)
# Those who lend to a state or aid it: other countries' ("Brazil's creditors").
LENDER_WORDS: Final = frozenset({"creditor", "creditors", "lender", "lenders", "donor", "donors"})
_LENDERS_MODIFIERS = frozenset({"commercial", "private", "official", "bank", "major", "main"})


def _lends(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words name those who lend to a state or aid it ("its creditor banks")."""
    return any(w in LENDER_WORDS for w in words[start:end])


def _possessed_office(gap: Sequence[str]) -> bool:
    """ "the OECD's economics and statistics department", "Britain's foreign and
    commonwealth office": a possessive, then up to four words that name the office's field."""
    if not gap or gap[0] not in {"'s", "’s"} or len(gap) > 5:
        return False
    rest = [w for w in gap[1:] if w not in {"and", "&"}]
    return len(gap) - 1 - len(rest) <= 1 and all(
        w.isalpha() and w not in _PHRASE_BREAKS and not w.endswith(("ed", "ing")) for w in rest
    )


# Plural words that name a portfolio before its office: "Lib Dem home affairs spokesman".
_PORTFOLIOS: Final = frozenset(
    {"affairs", "rights", "relations", "pensions", "services", "statistics", "economics"}
)


def _noun_modifier(word: str) -> bool:
    """A word that can modify a role noun inside one noun phrase.

    Function words, and words with a verb's inflection ("shelled", "warns", "meeting"),
    end the phrase: "Israel shelled rebels" is two actors, not one.
    """
    if word in _MODIFIERS or word in _PORTFOLIOS:
        return True
    if not word.isalpha() or word in _PHRASE_BREAKS:
        return False
    return not word.endswith(("ed", "ing", "s"))


def _compose(group: list[Piece], words: Sequence[str], former: bool) -> ActorPhrase:
    actors = [p for p in group if p.kind == "actor"]
    agents = [p for p in group if p.kind == "agent"]
    base = actors[0].code if actors else UNKNOWN
    if (
        actors
        and base.endswith("ELI")
        and not former
        and any(a.end == actors[0].start and a.code.startswith("GOV") for a in agents)
        and not _FORMER.intersection(words[max(0, group[0].start - 2) : actors[0].start])
    ):
        # "Prime Minister Benjamin Netanyahu" in 1998: a state's office written before a
        # name the dictionaries date to other years says he holds it on the day.
        base = base[:-3]
    code = base
    # "the leader of Britain's biggest union": a generic title in a body's phrase (a union,
    # a firm, a charity, a church, a newspaper) is that body's office, not the government's.
    body = any(a.code in _BODY_ROLES for a in agents)
    for i, agent in enumerate(agents):
        agent_code = agent.code
        if body and agent_code == "GOV" and " ".join(words[agent.start : agent.end]) in _TITLES:
            continue
        if (
            agent_code == "LAB"
            and i + 1 < len(agents)
            and agents[i + 1].start == agent.end
            and agents[i + 1].code == "BUS"
        ):
            continue  # "Union Bank of Switzerland": the union names the bank
        if agent_code and "shadow" in words[max(0, agent.start - 3) : agent.start]:
            # "shadow home secretary", "the shadow cabinet", "Shadow sports minister": the
            # opposition's front bench.
            agent_code = _SHADOW
        if agent_code == "GOV" and (_SHADOW in code[3:] or "LEG" in code[3:]):
            # "Tory leader", "Lib Dem spokesman", "Senate Democratic Leader": an opposition
            # party's or a legislature's office-holder.
            continue
        if agent_code and agent_code not in code[3:]:
            code = agent_code + code if agent.position == "prefix" else code + agent_code
    if former and "ELI" not in code:
        code = code + "ELI" if actors else UNKNOWN + "ELI"
    name_piece = actors[0] if actors else agents[0]
    name = " ".join(words[name_piece.start : name_piece.end])
    return ActorPhrase(group[0].start, group[-1].end, code, name or name_piece.name, list(group))


_SHADOW: Final = "OPP"
_BODY_ROLES: Final = frozenset({"LAB", "BUS", "NGO", "MED", "REL", "HRI"})
_TITLES: Final = frozenset(
    """leader leaders spokesman spokeswoman spokesperson president chairman chairwoman chief
    head secretary""".split()
)
_LIST_GAP: Final = frozenset({"and", ",", "the", "or", "&"})


def _listed(words: Sequence[str], left: ActorPhrase, right: ActorPhrase) -> bool:
    gap = words[left.end : right.start]
    return (
        bool(gap)
        and len(gap) <= 3
        and all(w in _LIST_GAP for w in gap)
        and ("and" in gap or "," in gap or "or" in gap)
    )


def _distribute(
    phrases: list[ActorPhrase], words: Sequence[str], stop: frozenset[int] = frozenset()
) -> list[ActorPhrase]:
    """Share a role or a country across a list.

    "the ambassadors of Arnor, Osgiliath and Gondor": each country gets the agent;
    "Danish media and government": each agent gets the country; so does "U.S.
    manufacturers and officials", the country's nouns joined by "and".
    """
    out = list(phrases)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if _nouns_joined(words, prev, cur, stop) and cur.agent_only:
            composed = _compose(prev.pieces + cur.pieces, words, False)
            out[i] = ActorPhrase(cur.start, cur.end, composed.code, cur.name, composed.pieces)
            continue
        if not _listed(words, prev, cur):
            continue
        lead_agents = [p for p in prev.pieces if p.kind == "agent"]
        actors = [p for p in prev.pieces if p.kind == "actor"]
        if cur.has_actor and not cur.has_agent and lead_agents:
            # Only an agent that came first ("ambassadors of X") distributes to the list.
            if actors and lead_agents[0].start < actors[0].start:
                composed = _compose(cur.pieces + lead_agents, words, "ELI" in prev.code[3:])
                out[i] = ActorPhrase(cur.start, cur.end, composed.code, cur.name, composed.pieces)
        elif (
            cur.agent_only
            and actors
            and not _attributed(words, prev, cur)
            and not _lends(words, cur.start, cur.end)
        ):
            # (not "SOUTH AFRICA, CREDITOR BANKS AGREE": a debtor's creditors are not its)
            composed = _compose(actors + cur.pieces, words, False)
            out[i] = ActorPhrase(cur.start, cur.end, composed.code, cur.name, composed.pieces)
    return out


def _nouns_joined(
    words: Sequence[str], left: ActorPhrase, right: ActorPhrase, stop: frozenset[int]
) -> bool:
    """ "U.S. manufacturers and officials": a country alone, one plain noun of its, "and",
    then an agent; the country is the agent's too."""
    noun = left.end
    return (
        right.start == noun + 2
        and words[noun + 1] == "and"
        and noun not in stop
        and words[noun].isalpha()
        and words[noun].endswith("s")
        and words[noun] not in _PHRASE_BREAKS
        and all(p.kind == "actor" for p in left.pieces)
        and len(left.code) == 3
    )


# Verbs of saying that make "X, officials said" an attribution, not a list.
_SAID: Final = frozenset({"said", "says", "say", "told", "added", "reported", "stated"})


def _attributed(words: Sequence[str], prev: ActorPhrase, cur: ActorPhrase) -> bool:
    """ "... trade frictions with the United States, officials said": the agent after the
    comma opens the attribution; it is not the country's."""
    gap = words[prev.end : cur.start]
    return "," in gap and "and" not in gap and cur.end < len(words) and words[cur.end] in _SAID


def _person(entry: ActorEntry, word: str) -> bool:
    """Whether ``word`` names the entry's person: the entry has an elite code (PETRARCH's
    convention for a person out of office), or ``word`` is the surname of a person with a
    dated office ("+RUBIO_" of "MARCO_RUBIO_ [USAGOVFRM >250121] [USALEG]"); not a
    party's or a capital's dated code ("Tories", "Moscow")."""
    if any(c.code.upper().endswith("ELI") for c in entry.codes):
        return True
    name = entry.name.lower().split()
    return (
        len(name) > 1
        and name[-1] == word
        and any(c.start is not None or c.end is not None for c in entry.codes)
    )


def _acronym_of_another(context: str, word: str, entry: ActorEntry) -> bool:
    """The article spells the acronym out as another name: "the Financial Services
    Authority (FSA)" makes every "FSA" of the article that body, not the Free Syrian Army."""
    acronym = word.upper()
    if not (2 <= len(acronym) <= 6 and acronym.isalpha()):
        return False
    at = context.find(f"({acronym})")
    if at < 0:
        return False
    before = re.findall(r"[A-Za-z][\w'-]*", context[max(0, at - 80) : at])[-len(acronym) :]
    # ("the European Community's (EC)": the possessive is no part of the name)
    named = {w.lower().removesuffix("'s") for w in before if w[:1].isupper()}
    own = {w for phrase in entry.phrases for w in phrase}
    return bool(named) and not named <= own
