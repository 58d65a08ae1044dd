"""Place names in text, resolved to coordinates with the offline gazetteer.

Finding: runs of capitalised words, cut at possessives and sentence stops, matched
left to right against the gazetteer, longest name first (demonyms such as "Syrian"
count as their country). A name that is the whole run is a place unless it is a
known non-place word, a small town opening a sentence that the document names
nowhere else ("Decatur lights up downtown"), or the surname of a person the
document names in full ("Gregory Jones ... Jones said"). A name inside a longer run
("Texas Department of Health", "Chiquita Raquel Henry") is a place only when it is
strong (a country, state, county, region, demonym or city of 100,000+), follows
"of" ("University of Cincinnati"), opens an institution's name ("Paris High
School") or is named alone elsewhere in the document.

A weak name (not strong) that is also a word needs a place's context: one that news
mostly writes as an ordinary word or an acronym (the gazetteer's ``words``: "Hope",
"NATO"), or that the text writes in capitals, is a place only when one of its
mentions follows a preposition of place ("in Hope"), has a "City, State" qualifier
or opens a dateline. One that the text uses as a modifier of a common noun ("the
deadly Sars virus", "Reston ebolavirus") counts as a small town: a place only with
such context or in a country the document names.

Resolving, for each distinct name, the candidate with the best score from:

- population, as the prior (plus a bonus for countries, regions and continents);
- the document's votes for countries and states: each name votes for where its
  candidates are, the populous ones weighing more, so that "Walker County" and
  "Huntsville" agree on Texas;
- "City, State" and "City, Country" qualifiers ("Springfield, Ill.");
- nearness to the towns the other names first resolved to;
- the dateline, when the article has one.

A county (the gazetteer has no point for it) is placed amid the document's towns
in its state.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from extractors.gazetteer import Gazetteer, Place, fold, load_gazetteer
from schema.records import PlaceMention

# Names recur within and across documents: fold each once per process (bounded). Over
# 10,000 Reuters articles (450,000 calls) 4,096 remembered names answer 79% of them and
# hold 1 MB; 65,536 answered 84% but held 10 MB and filled only after 17,000 articles, so
# a long run's memory grew with the corpus. Folding a name again costs about a microsecond.
_FOLDS_REMEMBERED: Final = 1 << 12
_fold = lru_cache(maxsize=_FOLDS_REMEMBERED)(fold)

_CAP: Final = r"(?:[A-Z][\w'’.\-]*[\w.]|[A-Z])"
_RUN: Final = re.compile(
    rf"(?<![\w'’.-])(?:{_CAP})"
    rf"(?:(?:\s+|\s+(?:of|de|del|da|do|la|le|el|al|du)(?:\s+the)?\s+)(?:{_CAP}))*"
)
_WORD: Final = re.compile(r"\S+")
_DASHES: Final = frozenset("-‐–")
_SPACE: Final = re.compile(r"\s")
_HYPHEN: Final = re.compile(r"(?<=\w)[-‐–](?=\w)")
_DATELINE: Final = re.compile(r"\s*(?:[—–]|--?\s|,\s*[A-Z][\w.]*\.?\s*[—–-])")
_QUALIFIER: Final = re.compile(r",\s*((?:[A-Z][\w.]*\s?){1,3})")
# A place's own context, stricter than _CONTEXT_BEFORE (no "of the Forest", "to Superior
# Court"): what a word-like name needs before it is taken for a place.
_LOCATIVE: Final = re.compile(
    r"\b(?:in|at|near|from|outside|across|into|through|throughout|around|towards?|"
    r"visit(?:ed|ing)?|(?:(?:north|south)(?:east|west)?|east|west|outskirts|city|town|"
    r"village|suburbs?)\s+of)\s+$",
    re.IGNORECASE,
)
_QUALIFIERS: Final = frozenset({"country", "admin1", "county", "region"})
# The lower-case word after a name, when it could be the noun the name modifies.
_NEXT_WORD: Final = re.compile(r"[ \t]+([a-z][a-z-]+)\b")
# Words after a name that are not a noun it modifies: "Rice said", "Hope and", "Sars is".
_NOT_NOUNS: Final = frozenset(
    "and or but nor so yet the a an of in on at to for from with by as into over under about "
    "after before since until near than then that which who whom whose where when while if "
    "is are was were be been being has have had do does did will would shall should can "
    "could may might must said says say told tells added reported announced went came got "
    "also still only just even now not no its his her their our your my this these those "
    "it he she they we you i per via up down out off".split()
)
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")
_CONTEXT_BEFORE: Final = re.compile(
    r"\b(?:in|at|near|from|to|outside|across|into|throughout|around|of|towards?|between|"
    r"visit(?:ed|ing)?|northern|southern|eastern|western|central|north|south|east|west)\s+$",
    re.IGNORECASE,
)
# Capitalised words that are place names somewhere but rarely mean a place in news.
_NOT_PLACES: Final = frozenset(
    _fold(w)
    for w in (
        "A I The This That These Those It He She We They You Mr Mrs Ms Dr Sen Rep Gov Gen Col "
        "Sgt Lt Capt President Minister Police Sheriff Mayor Judge Officer Chief Director "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December Jan Feb Mar Apr "
        "Jun Jul Aug Sep Sept Oct Nov Dec God Christmas Easter University College School "
        "Church Hospital Center Centre Court Street Road Avenue Park County City State "
        "Department Office Board Council Committee Company Inc Corp Co Ltd Group News "
        "Post Times Daily Today Tonight Mark Bush Obama Clinton Trump "
        "Clay Grant Lee Union "
        "Independence Liberty Elizabeth Orange "
        "Federal National International Republican Democrat Democratic Congress Senate "
        "House White Black Green Brown Young King Prince Queen Saint St North South East "
        "West Northern Southern Eastern Western Central Upper Lower New Old Great Little "
        "Mount Lake River Island Beach Bay Valley Springs Falls Hills Heights Village Town "
        "Man Woman Boy Girl Internet Health Service Services Fire Water Power Energy Oil "
        "Gas Bank Market Trade Industry Business Police's Army Navy Air Force Marine "
        "Obama's Bush's "
        "As At In On By For From Of To With After Before But And Or If When While Since "
        "However Also Still Even Just Only Now Then Here There Where What Who How Why "
        "Many Most Some All Any Each Every Both Several Other Another Such More Less "
        "Reuters AP AFP CNN BBC Sun Star Globe Tribune Herald Journal Press Gazette "
        "Commerce Justice Law Chamber Continental Olympic Olympics Earth Gulf Free Hope "
        "Jesus Hamas Hezbollah Taliban Fatah Abbas George Mary Thomas Lincoln "
        "Northwest Northeast Southwest Southeast"
    ).split()
) | {"white house"}
_DIRECTIONS: Final = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upstate "
    "downstate mid coastal rural suburban downtown metro metropolitan greater".split()
)
# Candidates weighed per name, and how much the document's countries and states count
# against population (log10) in choosing among them (set on LGL and GeoVirus together).
_MAX_CANDIDATES: Final = 40
_COUNTRY_WEIGHT: Final = 3.0
_STATE_WEIGHT: Final = 3.0
_VOTE_POWER: Final = 0.3  # a candidate's share of its name's vote grows with population ** this
_NEAR_KM: Final = 200.0  # other names' towns this near a candidate count for it...
_NEAR_WEIGHT: Final = 2.0  # ...up to this much (with three or more of them)
_BIG_CITY: Final = 100_000  # a city this big is a place even inside a longer name
# Capitalised function words that start a sentence before a name ("A Charleston man").
_LEADING: Final = frozenset(
    "the a an in at on by for from of to with after before but and or if when while since "
    "however also as near outside inside across".split()
)
_CONNECTORS: Final = frozenset({"of", "the", "de", "del", "da", "do", "la", "le", "el", "al", "du"})
# Words that make a town's name an institution's: "Paris High School", "Oxford Police".
_INSTITUTIONS: Final = frozenset(
    "school schools high elementary middle university college academy police fire sheriff "
    "sheriffs city county council board police department hospital medical public "
    "utilities chamber area library church township town village municipal district "
    "court courts airport regional community herald times daily news post journal "
    "tribune mayor commission commissioners housing water parks center centre mall "
    "street road avenue".split()
)
# Abbreviations whose full stop is not a sentence's (fold() drops the dot).
_ABBREVIATIONS: Final = frozenset(
    "ala ariz ark calif colo conn del fla ill ind kan kans ky md mass mich minn miss mont "
    "neb nebr nev okla ore penn tenn tex wash wis wisc wyo gov sen rep corp inc".split()
)


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    places: list[Place]
    context: bool  # "in X", "X, State" ...
    qualifier: str  # the State/Country named right after it, folded
    demonym: bool = False
    inside: bool = False  # part of a longer capitalised name ("Nashville Film Festival")
    initial: bool = False  # a small town's name that starts a sentence
    locative: bool = False  # "in X", "X, State", a dateline: a place's own context
    wordlike: bool = False  # a weak name that is also a word or an acronym ("Hope", "NATO")
    modifier: bool = False  # a weak name before a common noun ("the Sars virus")


def find_places(
    text: str,
    candidates: Sequence[tuple[int, int]] | None = None,
    dateline: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[PlaceMention]:
    """Toponyms in ``text`` resolved to places; ``candidates`` are extra spans (e.g. NER)."""
    gaz = gazetteer or load_gazetteer()
    found = _find(text, gaz)
    if candidates:
        taken = [(c.start, c.end) for c in found]
        for start, end in candidates:
            if not (0 <= start < end <= len(text)):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            cand = _lookup(text, start, end, gaz, forced=True)
            if cand is not None:
                found.append(cand)
    found.sort(key=lambda c: c.start)
    return _resolve(text, found, gaz, dateline)


def _find(text: str, gaz: Gazetteer) -> list[_Candidate]:
    whole: list[_Candidate] = []
    partial: list[tuple[_Candidate, bool]] = []  # (candidate, next word is an institution's)
    surnames: set[str] = set()
    names, demonyms = gaz.by_name, gaz.demonyms
    for m in _RUN.finditer(text):
        run = m.group(0)
        if not _SPACE.search(run) and not _DASHES.intersection(run):
            # One word, as most runs are ("Showers", "The"): skip it unless it, or it
            # without a possessive or plural "s", is a name.
            key = _fold(run)
            bare = key[:-1] if key.endswith("s") else key
            if key not in names and key not in demonyms and bare not in names:
                if bare not in demonyms:
                    continue
        for segment, free in _segments(text, m.start(), run):
            _match_segment(text, segment, free, gaz, whole, partial)
            # A person's name: two or more capitalised words, no "of" ("Gregory Jones").
            words = [text[s:e] for s, e in segment]
            first = _fold(words[0])
            if len(words) >= 2 and first not in _LEADING and first not in _DIRECTIONS:
                if all(w[:1].isupper() for w in words):
                    surnames.add(_fold(words[-1]))
    # "Jones said" after "Gregory Jones": a person's surname, not the town of Jones.
    whole = [
        c
        for c in whole
        if c.inside
        or c.context
        or " " in _fold(c.text)
        or c.places[0].feature != "city"
        or c.places[0].population >= _BIG_CITY
        or _fold(c.text) not in surnames
    ]
    # A town inside a longer name ("Gainesville Public Utilities") is the town when the
    # document also names it alone, or when the name is an institution's ("Paris High School").
    named = {_fold(c.text) for c in whole if not c.initial}
    whole = [c for c in whole if not c.initial or _fold(c.text) in named]
    out = whole + [
        c
        for c, institution in partial
        if institution or _fold(c.text) in named or _fold(c.text).removesuffix(" city") in named
    ]
    # A word-like name ("Hope", "NATO") is a place only where one of its mentions, named
    # alone, stands in a place's context ("in Hope"); then all its mentions are.
    wordlike = {_fold(c.text) for c in out if c.wordlike}
    if wordlike:
        placed = {_fold(c.text) for c in out if c.locative and not c.inside}
        out = [c for c in out if _fold(c.text) not in wordlike - placed]
    return sorted(out, key=lambda c: c.start)


def _segments(text: str, offset: int, run: str) -> list[tuple[list[tuple[int, int]], bool]]:
    """A run of capitalised words cut into name-sized pieces, as (start, end) word spans.

    A run ends at a possessive ("Georgia's") and at a sentence's full stop ("in Oxford. A
    spate"), but not at an abbreviation's ("U.S. House", "St. Louis", "Fla."). Each piece
    says whether it can be a name on its own: the words after a possessive ("St.
    Patrick's Day", "Georgia's Governor Sonny Perdue") are the possessor's, not a place.
    """
    segments: list[list[tuple[int, int]]] = [[]]
    free = [True]
    for w in _WORD.finditer(run):
        start, end = offset + w.start(), offset + w.end()
        word = w.group(0)
        cut = False
        if word.endswith(("'s", "’s")):
            end -= 2
            cut = True
        elif word.endswith(("'", "’")):
            end -= 1
            cut = True
        elif word.endswith(".") and len(word) > 3 and "." not in word[:-1]:
            if _fold(word) not in _ABBREVIATIONS:
                end -= 1
                cut = True
        # "Winston-Salem", "Georgian-Russian": hyphenated parts are words of their own;
        # "Atlanta-area", "Toronto-based": the lower-case part ends the name.
        at = start
        piece = text[start:end]
        parts = _HYPHEN.split(piece) if "-" in piece or "‐" in piece or "–" in piece else [piece]
        for k, part in enumerate(parts):
            if k and not part[:1].isupper():
                cut = True
                break
            segments[-1].append((at, at + len(part)))
            at += len(part) + 1
        if cut:
            segments.append([])
            free.append(not word.endswith(("s", "'", "’")))
    return [(s, f) for s, f in zip(segments, free, strict=True) if s]


def _match_segment(
    text: str,
    words: list[tuple[int, int]],
    free: bool,
    gaz: Gazetteer,
    whole: list[_Candidate],
    partial: list[tuple[_Candidate, bool]],
) -> None:
    """Longest gazetteer names, left to right, in one segment of a run."""
    lead = 0
    while lead < len(words) - 1 and _fold(text[words[lead][0] : words[lead][1]]) in _LEADING:
        lead += 1
    # "Northeast Georgia", "southern Syria": the place without its direction.
    bare = lead
    while bare < len(words) - 1 and _fold(text[words[bare][0] : words[bare][1]]) in _DIRECTIONS:
        bare += 1
    i = lead
    while i < len(words):
        if text[words[i][0] : words[i][1]] in _CONNECTORS:
            i += 1
            continue
        for j in range(min(len(words), i + 6), i, -1):
            is_whole = free and i in (lead, bare) and j == len(words)
            cand = _lookup(text, words[i][0], words[j - 1][1], gaz, forced=False, whole=is_whole)
            if cand is None:
                continue
            if j == i + 1 < len(words) and _fold(cand.text) in _DIRECTIONS:
                i += 1  # "Northeast" of "Northeast Georgia" is no place of its own
                break
            cand.inside = not is_whole
            if is_whole or _strong(cand):
                whole.append(cand)
            elif j == len(words) and text[words[i - 1][0] : words[i - 1][1]] == "of":
                whole.append(cand)  # "University of Cincinnati", "Bank of America"
            elif j < len(words) and (
                i in (lead, bare) or text[words[i - 1][0] : words[i - 1][1]] in _CONNECTORS
            ):
                nxt = _fold(text[words[j][0] : words[j][1]])
                partial.append((cand, nxt in _INSTITUTIONS))
            i = j
            break
        else:
            i += 1


def _strong(c: _Candidate) -> bool:
    """A name that means its place even inside a longer name ("Texas Department of ...")."""
    if c.demonym:
        return True
    top = c.places[0]
    if top.feature == "city" and top.population >= _BIG_CITY and _fold(top.name) == _fold(c.text):
        return True  # "Nashville Film Festival", "the FBI's Atlanta office"
    for p in c.places[:10]:
        if p.feature == "admin1" and p.population >= 300_000:
            return True  # a state, not a province named "Michael"
        if p.feature in ("country", "county", "region", "continent"):
            return True
    return False


def _lookup(
    text: str, start: int, end: int, gaz: Gazetteer, forced: bool, whole: bool = True
) -> _Candidate | None:
    surface = text[start:end]
    key = _fold(surface)
    if not key:
        return None
    places = gaz.by_name.get(key, [])
    demonym = False
    if not places:
        alpha3 = gaz.demonyms.get(key) or gaz.demonyms.get(key.removesuffix("s"))
        country = gaz.country(alpha3) if alpha3 else None
        if country is None:
            return None
        places, demonym = [country], True
    initial = dateline = False
    if not forced:
        if key in _NOT_PLACES:
            return None
        if key in gaz.abbreviations and not surface.endswith("."):
            # "Ill.", "Miss.", "Wash." are states only with their full stop ("I'll", "Miss").
            places = [p for p in places if p.feature != "admin1" or _fold(p.name) == key]
            if not places:
                return None
        before = text[max(0, start - 40) : start]
        sentence_start = bool(_SENTENCE_START.search(before))
        top = places[0]
        # A small town's name that opens a sentence is as likely a person's ("Jones said")
        # as a place's ("Decatur lights up downtown"): kept if the document names it
        # elsewhere too, or as a dateline ("HAMILTON — ...").
        dateline = bool(_DATELINE.match(text, end))
        initial = (
            sentence_start
            and " " not in key
            and top.feature == "city"
            and top.population < 100_000
            and not dateline
        )
        # "HOPE, Ark. --", "PATASKALA --" after a byline, "HOPE, March 3 -": a dateline is a
        # place's context.
        dateline = (dateline and (sentence_start or surface.isupper())) or (
            surface.isupper()
            and text.startswith(",", end)
            and not any(ch.islower() for ch in text[text.rfind("\n", 0, start) + 1 : start])
        )
        if len(key) <= 2 and surface.isupper() and "." not in surface and top.feature != "country":
            return None  # "OK", "IN": state codes only after "City, "
        if not whole and top.feature == "city" and len(key) < 4:
            return None
    preceding = text[max(0, start - 30) : start]
    context = bool(_CONTEXT_BEFORE.search(preceding))
    locative = dateline or bool(_LOCATIVE.search(preceding))
    qualifier = ""
    after = _QUALIFIER.match(text, end, end + 40)
    if after:
        # The longest of its first words that is a name: "D.C." of "Washington, D.C. The".
        words = after.group(1).split()
        qualifier = _fold(" ".join(words))
        for n in range(len(words), 0, -1):
            if _fold(" ".join(words[:n])) in gaz.by_name:
                qualifier = _fold(" ".join(words[:n]))
                break
        context = True
        # "Hope, Ark.", "Sars, Russia", not "Barrow, Jackson and Madison counties".
        locative = locative or any(
            p.feature in _QUALIFIERS for p in gaz.by_name.get(qualifier, [])[:5]
        )
    cand = _Candidate(start, end, surface, places, context, qualifier, demonym, initial=initial)
    cand.locative = locative
    if not forced:  # a recogniser's spans (forced) are places already
        wordlike = key in gaz.words or _capitals(text, start, end)
        nxt = _NEXT_WORD.match(text, end)
        modifier = nxt is not None and nxt.group(1) not in _NOT_NOUNS
        if (wordlike or modifier) and _weak(cand):
            cand.wordlike, cand.modifier = wordlike, modifier
    return cand


def _weak(c: _Candidate) -> bool:
    """A name that is neither a demonym nor strong: a town's, or a small division's."""
    return not c.demonym and not _strong(c)


def _capitals(text: str, start: int, end: int) -> bool:
    """A word written in capitals ("NATO", "SEC") where the text around it is not."""
    surface = text[start:end]
    if not surface.isupper() or " " in surface or sum(ch.isalpha() for ch in surface) < 2:
        return False
    return any(ch.islower() for ch in text[max(0, start - 60) : end + 60])


@dataclass
class _Evidence:
    """What the whole document says about where it is: votes for countries and states."""

    countries: dict[str, float]
    states: dict[tuple[str, str], float]
    # The largest votes, found once: every candidate of every name asks for its shares.
    top_country: float = field(init=False)
    top_state: float = field(init=False)

    def __post_init__(self) -> None:
        self.top_country = max(self.countries.values(), default=0.0)
        self.top_state = max(self.states.values(), default=0.0)

    def country_share(self, country: str) -> float:
        top = self.top_country
        return self.countries.get(country, 0.0) / top if top else 0.0

    def state_share(self, country: str, admin1: str) -> float:
        top = self.top_state
        return self.states.get((country, admin1), 0.0) / top if top else 0.0


def _evidence(found: list[_Candidate], gaz: Gazetteer, dateline: str | None) -> _Evidence:
    """Each distinct name votes for the countries and states it could be in.

    A name's vote is shared among its candidates, the more populous weighing more
    (population ** 0.3), and a country or state gets the square root of the largest
    share of any of its candidates: "Laurel County" or "Texas" (one candidate) votes
    fully, "Springfield" weakly for each of its states. The state with most votes is
    where a local paper's "Paris" or "Walker County" is.
    """
    countries: dict[str, float] = {}
    states: dict[tuple[str, str], float] = {}
    seen: set[str] = set()
    for c in found:
        key = _fold(c.text)
        if key in seen:
            continue
        seen.add(key)
        weights = [(p, (p.population + 1000) ** _VOTE_POWER) for p in c.places[:_MAX_CANDIDATES]]
        total = sum(w for _, w in weights)
        in_countries: dict[str, float] = {}
        in_states: dict[tuple[str, str], float] = {}
        for p, w in weights:
            if p.country:
                in_countries[p.country] = max(in_countries.get(p.country, 0.0), w / total)
            if p.admin1:
                state = (p.country, p.admin1)
                in_states[state] = max(in_states.get(state, 0.0), w / total)
        for country, share in in_countries.items():
            countries[country] = countries.get(country, 0.0) + share**0.5
        for state, share in in_states.items():
            states[state] = states.get(state, 0.0) + share**0.5
    if dateline:
        for p in gaz.candidates(dateline)[:1]:
            countries[p.country] = countries.get(p.country, 0.0) + 2
            if p.admin1:
                states[(p.country, p.admin1)] = states.get((p.country, p.admin1), 0.0) + 2
    return _Evidence(countries, states)


def _resolve(
    text: str, found: list[_Candidate], gaz: Gazetteer, dateline: str | None
) -> list[PlaceMention]:
    evidence = _evidence(found, gaz, dateline)
    first: dict[str, Place] = {}
    for c in found:
        key = _fold(c.text)
        if key not in first:
            first[key] = max(c.places[:_MAX_CANDIDATES], key=lambda p: _score(p, c, evidence, gaz))
    # Each name once per qualifier ("Paris" and "Paris, Texas" apart), its other mentions alike.
    decided: dict[tuple[str, str], Place] = {}
    chosen: list[tuple[_Candidate, Place]] = []
    for c in found:
        key = _fold(c.text)
        best = decided.get((key, c.qualifier))
        if best is None:
            best = decided[(key, c.qualifier)] = _choose(c, key, first, evidence, gaz)
        # A small town, or a weak name before a common noun ("the Sars virus", "Reston
        # ebolavirus"), in a country the text names little else: a person's name, or a word.
        small = best.population < 5000 or c.inside or c.modifier
        context = c.locative if c.modifier else c.context  # "of Marburg virus" is no place's
        if not context and not c.demonym and best.feature == "city" and small:
            if evidence.country_share(best.country) < 0.5:
                continue
        chosen.append((c, best))
    out: list[PlaceMention] = []
    for c, best in chosen:
        lat, lon = best.latitude, best.longitude
        if best.feature == "county":
            lat, lon = _county_point(best, [p for _, p in chosen])
        out.append(
            PlaceMention(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                name=best.name,
                country_code=best.country,
                admin1=best.admin1,
                latitude=round(lat, 5),
                longitude=round(lon, 5),
                geonames_id=best.geonames_id,
                feature=best.feature,
            )
        )
    return out


def _choose(
    c: _Candidate, key: str, first: dict[str, Place], evidence: _Evidence, gaz: Gazetteer
) -> Place:
    """The best candidate, counting the other names' towns (as first chosen) near it."""
    if len(c.places) == 1:
        return c.places[0]
    towns = [p for k, p in first.items() if k != key and p.feature == "city"]

    def score(p: Place) -> float:
        near = sum(1 for t in towns if _km(p, t) <= _NEAR_KM)
        return _score(p, c, evidence, gaz) + _NEAR_WEIGHT * min(near, 3) / 3

    return max(c.places[:_MAX_CANDIDATES], key=score)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance, in km, between two places' points."""
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _county_point(county: Place, chosen: list[Place]) -> tuple[float, float]:
    """A county (which the gazetteer has no point for) at the document's towns in its state."""
    towns = [p for p in chosen if p.feature == "city" and p.admin1 == county.admin1]
    towns = [p for p in towns if p.country == county.country]
    if not towns:
        return county.latitude, county.longitude
    lats = sorted(p.latitude for p in towns)
    lons = sorted(p.longitude for p in towns)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _score(p: Place, c: _Candidate, evidence: _Evidence, gaz: Gazetteer) -> float:
    score = math.log10(p.population + 10)
    if p.feature in ("country", "region", "continent"):
        score += 4
    elif p.feature == "admin1" and any(
        q.feature == "city"
        and q.country == p.country
        and q.population >= 100_000
        and _fold(q.name).startswith(_fold(p.name))
        for q in c.places
    ):
        score -= 2  # "Aleppo", "New York": the city, not the province (not "California, Pa.")
    score += _COUNTRY_WEIGHT * evidence.country_share(p.country)
    if p.admin1:
        share = evidence.state_share(p.country, p.admin1)
        score += _STATE_WEIGHT * share
    if c.qualifier:
        qual = c.qualifier
        if qual in (
            _fold(p.admin1),
            _fold(gaz.countries[p.country].name) if p.country in gaz.countries else "",
        ):
            score += 8
        else:
            for q in gaz.candidates(qual)[:3]:
                if q.country == p.country and (q.feature == "country" or q.admin1 == p.admin1):
                    score += 8
                    break
    if _fold(p.name) != _fold(c.text) and p.feature == "city":
        score -= 1  # matched by an alternate name
    return score
