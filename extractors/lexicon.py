"""The coder's lexicon: actors, agents, verb patterns, synsets and discards as plain data.

Both the project's own dictionaries (``extractors/data/lexicon``) and PETRARCH-2
dictionaries given with ``--dictionaries`` are read into these types by
``extractors.dictionaries``; the matchers in ``extractors.coder`` only ever see
these types, so rule mode and parsed mode share one lexicon.

Phrases are tuples of lower-cased tokens, split the way spaCy's English
tokenizer splits them ("u.s." stays one token, "al-assad" is three: "al", "-",
"assad").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class CodeSpan:
    """A code valid between two dates (inclusive); None means open-ended."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A named actor: a country, organisation, group or person."""

    entry_id: str  # "<file name>:<line>" of the entry's first line
    name: str  # canonical name, e.g. "Russia"
    phrases: tuple[Phrase, ...]  # every way of writing it
    codes: tuple[CodeSpan, ...]  # undated code(s) and dated roles

    def code_on(self, day: dt.date | None) -> str:
        """The code valid on ``day``: a dated role when one covers it, else the undated code."""
        dated = [c for c in self.codes if c.start is not None or c.end is not None]
        if day is not None:
            for span in dated:
                if span.valid_on(day):
                    return span.code
        for span in self.codes:
            if span.start is None and span.end is None:
                return span.code
        # Only dated codes and none valid: fall back to the latest-ending one.
        return dated[-1].code if dated else ""


@dataclass(frozen=True)
class AgentEntry:
    """A role noun such as "government" or "rebels", coded as an agent (GOV, REB ...)."""

    entry_id: str
    name: str
    phrases: tuple[Phrase, ...]
    code: str  # e.g. "GOV", "GOVFRM", "REB"
    # PETRARCH writes "[~GOV]" for a code appended to the actor's ("SYR"+"GOV")
    # and "[GOV~]" for one placed before it.
    position: Literal["suffix", "prefix"] = "suffix"


PatternKind = Literal["word", "synset", "source", "target", "compound"]


@dataclass(frozen=True)
class PatternToken:
    """One element of a verb pattern.

    kind "word": a literal lower-cased token (``value``);
    "synset": any phrase of the synset named ``value`` (without the "&");
    "source" ("$") / "target" ("+"): an actor slot;
    "compound" ("%"): an actor that is both source and target.
    ``joined`` is True when PETRARCH's "_" ties the element to the previous
    one (no other token may come between them).
    """

    kind: PatternKind
    value: str = ""
    joined: bool = False


@dataclass(frozen=True)
class VerbPattern:
    """A pattern around a verb: words before the verb ("*"), words after it, and a code."""

    pattern_id: str  # "<file name>:<line>"
    code: str  # CAMEO code, e.g. "111"; "---" means "no event"
    reverse_code: str | None = None  # "[032:033]": the second code, with roles swapped
    before: tuple[PatternToken, ...] = ()
    after: tuple[PatternToken, ...] = ()
    note: str = ""
    # "- FIGURES_ * [---]": the last element before the verb is right before it
    verb_joined: bool = False


@dataclass(frozen=True)
class VerbEntry:
    """A verb (or multi-word verb) with its surface forms, default code and patterns."""

    verb_id: str  # "<file name>:<line>" of the verb's line
    lemma: str  # lower-cased base form, e.g. "condemn", "carry out"
    forms: tuple[Phrase, ...]  # every inflected surface form, e.g. ("condemned",)
    code: str  # the block's default code; "---" for none
    reverse_code: str | None = None
    patterns: tuple[VerbPattern, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Discard:
    """A phrase that discards the sentence (or the whole story): sports, weather ..."""

    entry_id: str
    phrase: Phrase
    scope: Literal["sentence", "story"] = "sentence"


@dataclass
class Lexicon:
    """Everything the coder knows, loaded from dictionary files."""

    name: str
    version: str  # content hash of the files it came from
    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    verbs: list[VerbEntry] = field(default_factory=list)
    synsets: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    discards: list[Discard] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # files read, in order

    def merge(self, other: Lexicon) -> Lexicon:
        """A new lexicon with ``other``'s entries after this one's."""
        synsets = dict(self.synsets)
        synsets.update(other.synsets)
        return Lexicon(
            name=f"{self.name}+{other.name}",
            version=f"{self.version}+{other.version}",
            actors=self.actors + other.actors,
            agents=self.agents + other.agents,
            verbs=self.verbs + other.verbs,
            synsets=synsets,
            discards=self.discards + other.discards,
            sources=self.sources + other.sources,
        )
