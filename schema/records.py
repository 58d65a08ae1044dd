"""Record types passed between layers: plain, typed, frozen where possible."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file or a record."""

    doc_id: str
    text: str
    path: str = ""
    line: int | None = None
    title: str = ""
    published: dt.date | None = None
    published_inferred: bool = False
    source: str = ""
    url: str = ""
    content_hash: str = ""
    notes: str = ""  # problems noted while reading (e.g. an unparseable date)


@dataclass(frozen=True)
class DateMention:
    """A temporal expression found in text, normalised as TimeML does."""

    start: int
    end: int
    text: str
    kind: str  # DATE, TIME, DURATION, SET
    value: str  # 2014-09-24, 2014-09, 2014-W39, 2014-Q3, P3D, PRESENT_REF ...
    precision: str  # day, week, month, quarter, year, decade, time, none


@dataclass(frozen=True)
class PlaceMention:
    """A toponym found in text and resolved against the gazetteer."""

    start: int
    end: int
    text: str
    name: str
    country_code: str  # ISO 3166 alpha-3, "" when unknown
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    feature: str = ""  # country, admin1, city, region, ...


@dataclass(frozen=True)
class ActorMention:
    """An actor found in a sentence: a dictionary entry, an agent, or an unknown name."""

    start: int  # token offsets within the doc
    end: int
    text: str
    code: str  # "" for an uncoded named entity
    name: str
    country: str = ""  # ISO alpha-3 part of the code, when the code has one
    entry_id: str = ""  # dictionary entry that produced it


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, where and when."""

    doc_id: str
    sentence_index: int
    sentence_text: str
    source_code: str
    source_name: str
    target_code: str
    target_name: str
    cameo_code: str
    root_code: str
    quad_class: int
    goldstein: float
    pattern_id: str
    event_date: dt.date | None = None
    date_text: str = ""
    date_precision: str = ""
    source_country: str = ""
    target_country: str = ""
    location_name: str = ""
    location_country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    decisions: tuple[str, ...] = field(default_factory=tuple)  # grammar decisions taken


@dataclass(frozen=True)
class Reject:
    """A file or record that could not be loaded, and why."""

    path: str
    line: int | None
    reason: str
    # True when the fault lies in this installation or a library (a missing optional
    # dependency, a reader's bug), not in the file: the next run reads the file again.
    retry: bool = False


@dataclass(frozen=True)
class FileRange:
    """A file, or lines ``first_line..last_line`` of one, that a batch was read from.

    Here, not in ``warehouse.loading``, so an extraction worker that receives one
    imports no DuckDB or Arrow.
    """

    path: str
    content_hash: str
    size: int = 0
    mtime: float = 0.0
    first_line: int = 1
    last_line: int | None = None  # None: through the end of the file

    @property
    def whole(self) -> bool:
        return self.first_line <= 1 and self.last_line is None

    @property
    def final(self) -> bool:
        return self.last_line is None
