"""Place names in text, resolved to coordinates with the offline gazetteer.

Finding: runs of capitalised words (and demonyms such as "Syrian") whose whole
run is a gazetteer name; a run that is longer than any name in it ("New York
Times", "Chiquita Raquel Henry") is an organisation or a person, not a place.
Resolving, for each name, the candidate with the best score from:

- the document's other places (its countries and states), found first from the
  names that are unambiguous;
- "City, State" and "City, Country" patterns, and "northern Syria"-style regions;
- population, as the prior;
- the dateline, when the article has one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.gazetteer import Gazetteer, Place, fold, load_gazetteer
from schema.records import PlaceMention

_CAP = r"(?:[A-Z][\w'’.\-]*[\w.]|[A-Z])"
_RUN = re.compile(
    rf"(?<![\w'’.-])(?:{_CAP})(?:(?:\s+|\s+(?:of|de|del|da|do|la|le|el|al|du)\s+)(?:{_CAP}))*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")
_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|outside|across|into|throughout|around|of|towards?|between|"
    r"visit(?:ed|ing)?|northern|southern|eastern|western|central|north|south|east|west)\s+$",
    re.IGNORECASE,
)
# Capitalised words that are place names somewhere but rarely mean a place in news.
_NOT_PLACES = frozenset(
    fold(w)
    for w in (
        "A I The This That These Those It He She We They You Mr Mrs Ms Dr Sen Rep Gov Gen Col "
        "Sgt Lt Capt President Minister Police Sheriff Mayor Judge Officer Chief Director "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December Jan Feb Mar Apr "
        "Jun Jul Aug Sep Sept Oct Nov Dec God Christmas Easter University College School "
        "Church Hospital Center Centre Court Street Road Avenue Park County City State "
        "Department Office Board Council Committee Company Inc Corp Co Ltd Group News "
        "Post Times Daily Today Tonight Mark Bush Obama Clinton Trump Washington's Lincoln "
        "Jackson Franklin Madison Jefferson Hamilton Marion Warren Clay Grant Lee Union "
        "Independence Liberty Victoria Charlotte Florence Elizabeth Alexandria's Orange "
        "Federal National International Republican Democrat Democratic Congress Senate "
        "House White Black Green Brown Young King Prince Queen Saint St North South East "
        "West Northern Southern Eastern Western Central Upper Lower New Old Great Little "
        "Mount Lake River Island Beach Bay Valley Springs Falls Hills Heights Village Town "
        "Man Woman Boy Girl Internet Health Service Services Fire Water Power Energy Oil "
        "Gas Bank Market Trade Industry Business Police's Army Navy Air Force Marine "
        "Obama's Bush's Iraqi Iranian Afghan Pakistani American British Russian Chinese "
        "As At In On By For From Of To With After Before But And Or If When While Since "
        "However Also Still Even Just Only Now Then Here There Where What Who How Why "
        "Many Most Some All Any Each Every Both Several Other Another Such More Less "
        "Reuters AP AFP CNN BBC Sun Star Globe Tribune Herald Journal Press Gazette"
    ).split()
)
_DEMONYM_OK = frozenset({"Syrian", "Iraqi"})  # demonyms are found, see find_places


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    places: list[Place]
    context: bool  # "in X", "X, State" ...
    qualifier: str  # the State/Country named right after it, folded
    demonym: bool = False


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
    out: list[_Candidate] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        surface = m.group(0)
        # A trailing sentence period belongs to the sentence, not the name ("in Syria.").
        last = surface.rsplit(" ", 1)[-1]
        if last.endswith(".") and "." not in last[:-1] and len(last) > 3:
            surface = surface[:-1]
            end -= 1
        if surface.startswith(("The ", "the ")):
            start += 4
            surface = surface[4:]
        cand = _lookup(text, start, end, gaz, forced=False)
        if cand is not None:
            out.append(cand)
            continue
        # "Baghdad and Basra", "Aleppo and Idlib": runs joined by "and" split into names.
        if " and " in surface:
            offset = start
            for part in surface.split(" and "):
                cand = _lookup(text, offset, offset + len(part), gaz, forced=False)
                if cand is not None:
                    out.append(cand)
                offset += len(part) + len(" and ")
    return out


def _lookup(text: str, start: int, end: int, gaz: Gazetteer, forced: bool) -> _Candidate | None:
    surface = text[start:end]
    key = fold(surface)
    if not key:
        return None
    places = gaz.candidates(surface)
    demonym = False
    if not places:
        alpha3 = gaz.demonyms.get(key) or gaz.demonyms.get(key.removesuffix("s"))
        country = gaz.country(alpha3) if alpha3 else None
        if country is None:
            return None
        places, demonym = [country], True
    if not forced:
        if key in _NOT_PLACES:
            return None
        before = text[max(0, start - 40) : start]
        sentence_start = bool(_SENTENCE_START.search(before))
        top = places[0]
        if sentence_start and " " not in key and top.feature == "city" and top.population < 100_000:
            return None
        if len(key) <= 2 and surface.isupper() and top.feature != "country":
            return None  # "OK", "IN": state codes only after "City, "
    context = bool(_CONTEXT_BEFORE.search(text[max(0, start - 30) : start]))
    qualifier = ""
    after = re.match(r",\s*((?:[A-Z][\w.]*\s?){1,3})", text[end : end + 40])
    if after:
        qualifier = fold(after.group(1))
        context = True
    return _Candidate(start, end, surface, places, context, qualifier, demonym)


def _resolve(
    text: str, found: list[_Candidate], gaz: Gazetteer, dateline: str | None
) -> list[PlaceMention]:
    # Evidence from the unambiguous names first: the document's countries and states.
    countries: Counter[str] = Counter()
    states: Counter[tuple[str, str]] = Counter()
    for c in found:
        top = c.places[0]
        if top.feature == "country" or len({p.country for p in c.places}) == 1:
            countries[top.country] += 2 if top.feature == "country" else 1
        if top.feature == "admin1":
            states[(top.country, top.admin1)] += 1
    if dateline:
        for p in gaz.candidates(dateline)[:1]:
            countries[p.country] += 3
            if p.admin1:
                states[(p.country, p.admin1)] += 2
    out: list[PlaceMention] = []
    for c in found:
        best = max(c.places[:40], key=lambda p: _score(p, c, countries, states, gaz))
        if not c.context and not c.demonym and best.feature == "city" and best.population < 5000:
            if countries[best.country] == 0:
                continue  # a small town named nowhere else is more likely a person
        if c.demonym:
            continue_as = best
        else:
            continue_as = best
        countries[continue_as.country] += 1
        out.append(
            PlaceMention(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                name=best.name,
                country_code=best.country,
                admin1=best.admin1,
                latitude=round(best.latitude, 5),
                longitude=round(best.longitude, 5),
                geonames_id=best.geonames_id,
                feature=best.feature,
            )
        )
    return out


def _score(
    p: Place,
    c: _Candidate,
    countries: Counter[str],
    states: Counter[tuple[str, str]],
    gaz: Gazetteer,
) -> float:
    score = math.log10(p.population + 10)
    if p.feature == "country":
        score += 4
    elif p.feature == "admin1" and any(
        q.feature == "city" and q.country == p.country and fold(q.name).startswith(fold(p.name))
        for q in c.places
    ):
        score -= 2  # "Aleppo", "New York": the town, not the province
    score += 1.5 * min(countries[p.country], 4)
    if p.admin1:
        score += 1.5 * min(states[(p.country, p.admin1)], 3)
    if c.qualifier:
        qual = c.qualifier
        if qual in (
            fold(p.admin1),
            fold(gaz.countries[p.country].name) if p.country in gaz.countries else "",
        ):
            score += 8
        else:
            for q in gaz.candidates(qual)[:3]:
                if q.country == p.country and (q.feature == "country" or q.admin1 == p.admin1):
                    score += 8
                    break
    if fold(p.name) != fold(c.text) and p.feature == "city":
        score -= 1  # matched by an alternate name
    return score
