"""The gazetteer's file: its place records, their format on disk, and mapping it read-only.

``extractors.gazetteer`` builds the gazetteer and decides where its file lives; this
module writes that file and maps it. Every process maps the same file read-only
(``mmap``, ``r--s``): its pages are the page cache's, one copy for every worker. A
name's places are decoded from the file when it is looked up, and a process
remembers only its latest few thousand lookups, so its memory stays flat however
many articles it reads.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Feature = str  # "continent" | "region" | "country" | "admin1" | "county" | "city"


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
# Lookups a process remembers, places decoded or none. News repeats its capitalised words
# ("U.S.", "Tokyo", "Treasury"), and a remembered one costs what a dict lookup does. Over
# 10,000 Reuters articles (210,000 lookups) 4,096 remembered lookups answer 59% of them
# and hold 1 MB; 32,768 answered 68% but held 5 MB and filled only after 9,000 articles,
# so a long run's memory grew with the corpus. The other 9% cost 0.1 s in all: a miss is
# a hash probe of the file, and most are of no name at all.
REMEMBERED_LOOKUPS = 1 << 12


class MappedNames(Mapping[str, list[Place]]):
    """``Gazetteer.by_name`` over a mapped file: each name's places, decoded on lookup."""

    def __init__(self, path: Path, buffer: mmap.mmap, header: tuple[int, ...]) -> None:
        self.path = path
        self._mm = buffer
        self._strings, _, self._places, _, self._lists, _, self._slots, _, slots, self._count = (
            header
        )
        self._mask = slots - 1
        self._lookup = lru_cache(maxsize=REMEMBERED_LOOKUPS)(self._places_of)

    def __reduce__(self) -> tuple[object, ...]:
        return (reopen, (str(self.path),))

    def remembered(self) -> int:
        """How many lookups this process remembers now (at most ``REMEMBERED_LOOKUPS``)."""
        return self._lookup.cache_info().currsize

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


def reopen(path: str) -> MappedNames:
    """The names of a gazetteer file mapped again (how a pickled ``MappedNames`` loads)."""
    opened = open_mapped(Path(path), ())
    if opened is None:
        raise OSError(f"gazetteer file {path} is missing or unreadable")
    return opened[0]


def open_mapped(path: Path, tables: Sequence[str]) -> tuple[MappedNames, dict[str, object]] | None:
    """The file's names and its small tables, or None when it is missing or damaged.

    ``tables`` are the small tables the caller needs: a file without one is damaged.
    """
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
        if not isinstance(small, dict) or any(t not in small for t in tables):
            raise ValueError("the gazetteer file lacks a table")
        names = MappedNames(path, buffer, tuple(header[2:]))
    except (struct.error, ValueError, KeyError, EOFError, pickle.UnpicklingError):
        buffer.close()
        return None
    return names, small


def write_mapped(path: Path, names: Mapping[str, list[Place]], small: dict[str, object]) -> bool:
    """Write a gazetteer's file atomically; False when the cache folder is unwritable.

    ``names`` are the places of each folded name, in the gazetteer's order; ``small``
    the small tables, pickled at the file's head.
    """
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
    items = list(names.items())
    size = 1 << max(4, (2 * len(items) - 1).bit_length())  # load factor at most 1/2
    slots = bytearray(size * _SLOT.size)
    for key, candidates in items:
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
    head = pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL)
    sections = [head, bytes(strings), bytes(places), bytes(lists), bytes(slots)]
    header: list[int] = []
    at = _HEADER.size
    for section in sections:
        header += [at, len(section)]
        at += len(section)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_HEADER.pack(_MAGIC, *header, size, len(items)))
            for section in sections:
                fh.write(section)
        os.replace(tmp, path)
    except OSError:
        return False
    return True


@contextmanager
def build_lock(path: Path) -> Iterator[None]:
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
