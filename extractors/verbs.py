"""Verb finding and pattern choice: which CAMEO code a verb occurrence carries.

A verb is found by its surface forms (the dictionaries' inflections), then the
patterns of its entry are tried around it: words before the verb ("*") read
right to left, words after it left to right, synsets by any of their phrases,
and "$"/"+"/"%" slots by an actor phrase. The most specific pattern wins; with
none, the entry's own code applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from extractors.grammar import CLAUSE_SUBORDINATORS
from extractors.lexicon import Lexicon, PatternToken, Phrase, VerbEntry, VerbPattern
from extractors.phrases import PhraseIndex

# How many other tokens may sit between two pattern elements not joined by "_".
MAX_GAP: Final = 6
# Tokens a pattern never reaches across.
_CLAUSE_STOPS: Final = frozenset({";", ":", ".", "?", "!", '"', "“", "”"})
NO_EVENT: Final = "---"
# Words that open another clause: an actor slot after the verb does not reach past them.
_SLOT_STOPS: Final = CLAUSE_SUBORDINATORS | {"if"}


@dataclass(frozen=True)
class VerbHit:
    """A verb occurrence at tokens [start, end) and the entry it belongs to."""

    start: int
    end: int
    entry: VerbEntry


@dataclass(frozen=True)
class PatternChoice:
    """The code a verb occurrence gets, and why."""

    code: str
    reverse_code: str | None
    pattern_id: str  # the pattern's id, or the verb entry's id when no pattern matched
    pattern: VerbPattern | None
    source_at: int | None = None  # token index of a "$" slot's actor
    target_at: int | None = None  # token index of a "+" slot's actor
    span_end: int = 0  # last token the pattern used (exclusive)
    words_used: tuple[int, ...] = ()


class VerbMatcher:
    """Finds verbs and chooses their patterns; shared by rule and parsed modes."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._index: PhraseIndex[VerbEntry] = PhraseIndex()
        for entry in lexicon.verbs:
            for form in entry.forms:
                self._index.add(form, entry)
        self._synsets = lexicon.synsets
        self._synset_index: dict[str, PhraseIndex[str]] = {}
        for name, phrases in lexicon.synsets.items():
            idx: PhraseIndex[str] = PhraseIndex()
            for p in phrases:
                idx.add(p, name)
            self._synset_index[name.upper()] = idx
        self._starts = self._index.first_words()
        # Each entry's patterns with the words they need (see ``_needs``), by entry id.
        self._needs: dict[int, tuple[VerbEntry, tuple[_Needs, ...]]] = {}

    def find(self, words: Sequence[str]) -> list[VerbHit]:
        """Verb occurrences, longest form first; every entry sharing that form is kept."""
        hits: list[VerbHit] = []
        starts = self._starts
        end = 0  # the last hit's end: the next may start there
        for i, w in enumerate(words):
            if w not in starts or i < end:
                continue
            matches = self._index.matches_at(words, i)
            if not matches:
                continue
            end = matches[0].end
            for m in matches:
                if m.end == end:
                    hits.append(VerbHit(i, m.end, m.payload))
        return hits

    def choose(
        self, words: Sequence[str], hit: VerbHit, actor_starts: frozenset[int]
    ) -> PatternChoice:
        """The best pattern of the hit's entry around it, else the entry's own code."""
        best: tuple[int, PatternChoice] | None = None
        present = frozenset(words)
        for pattern, first, rest in self._patterns_of(hit.entry):
            # A pattern whose literal words are absent from the sentence cannot match.
            if first is not None and first.isdisjoint(present):
                continue
            if rest and any(need.isdisjoint(present) for need in rest):
                continue
            result = self._match(words, hit, pattern, actor_starts)
            if result is None:
                continue
            score, choice = result
            if best is None or score > best[0]:
                best = (score, choice)
        if best is not None:
            return best[1]
        return PatternChoice(
            hit.entry.code, hit.entry.reverse_code, hit.entry.verb_id, None, span_end=hit.end
        )

    def _patterns_of(self, entry: VerbEntry) -> tuple[_Needs, ...]:
        """The entry's patterns, each with what it needs (computed once per entry)."""
        cached = self._needs.get(id(entry))
        if cached is not None and cached[0] is entry:
            return cached[1]
        needs: list[_Needs] = []
        for p in entry.patterns:
            each = self._needs_of(p)
            needs.append((p, each[0], each[1:]) if each else (p, None, ()))
        self._needs[id(entry)] = (entry, tuple(needs))
        return self._needs[id(entry)][1]

    def _needs_of(self, pattern: VerbPattern) -> tuple[frozenset[str], ...]:
        """Per literal element, the words one of which the sentence must hold for it to match.

        A word matches itself or its plurals (:func:`_word_forms`); a synset matches
        only where one of its phrases starts, so one of their first words must be
        present (an unknown synset matches nowhere: nothing satisfies it). Actor
        slots need no word.
        """
        out: list[frozenset[str]] = []
        for element in (*pattern.before, *pattern.after):
            if element.kind == "word":
                out.append(_word_forms(element.value))
            elif element.kind == "synset":
                idx = self._synset_index.get(element.value.upper().lstrip("&"))
                out.append(idx.first_words() if idx is not None else frozenset())
        return tuple(out)

    def _match(
        self,
        words: Sequence[str],
        hit: VerbHit,
        pattern: VerbPattern,
        actor_starts: frozenset[int],
    ) -> tuple[int, PatternChoice] | None:
        slots: dict[str, int] = {}
        used: list[int] = []
        # After the verb: left to right.
        pos = hit.end
        score = 0
        for element in pattern.after:
            joined = element.joined
            found = self._seek(words, pos, element, actor_starts, forward=True, joined=joined)
            if found is None:
                return None
            at, end = found
            pos = end
            score += _weight(element)
            if element.kind in ("source", "target", "compound"):
                slots[element.kind] = at
            else:
                used.extend(range(at, end))
        span_end = pos
        # Before the verb: right to left.
        pos = hit.start
        before = list(pattern.before)
        for k in range(len(before) - 1, -1, -1):
            element = before[k]
            # An element is joined to the one after it (or to the verb: "FIGURES_ *") when
            # that one says so.
            joined = before[k + 1].joined if k + 1 < len(before) else pattern.verb_joined
            found = self._seek(words, pos, element, actor_starts, forward=False, joined=joined)
            if found is None:
                return None
            at, end = found
            pos = at
            score += _weight(element)
            if element.kind in ("source", "target", "compound"):
                slots[element.kind] = at
            else:
                used.extend(range(at, end))
        choice = PatternChoice(
            pattern.code,
            pattern.reverse_code,
            pattern.pattern_id,
            pattern,
            source_at=slots.get("source"),
            target_at=slots.get("target"),
            span_end=span_end,
            words_used=tuple(used),
        )
        return score, choice

    def _phrase_at(self, words: Sequence[str], i: int, element: PatternToken) -> int | None:
        """End index when the element matches starting at token i."""
        if element.kind == "word":
            return i + 1 if words[i] in _word_forms(element.value) else None
        if element.kind == "synset":
            idx = self._synset_index.get(element.value.upper().lstrip("&"))
            if idx is None:
                return None
            m = idx.first_at(words, i)
            return m.end if m is not None else None
        return None

    def _seek(
        self,
        words: Sequence[str],
        pos: int,
        element: PatternToken,
        actor_starts: frozenset[int],
        *,
        forward: bool,
        joined: bool,
    ) -> tuple[int, int] | None:
        gap = 0 if joined else MAX_GAP
        if joined and forward and element.kind == "target" and pos < len(words):
            # "warned the Soviet Union": an article belongs to the actor it opens
            gap = 1 if words[pos] in _ARTICLES else 0
        if forward and element.kind == "word":
            # The commonest element, inlined: the word or its plural, before any clause stop.
            forms = _word_forms(element.value)
            for i in range(pos, min(len(words), pos + gap + 1)):
                w = words[i]
                if w in forms:
                    return i, i + 1
                if w in _CLAUSE_STOPS:
                    return None
            return None
        if forward:
            for i in range(pos, min(len(words), pos + gap + 1)):
                if element.kind in ("source", "target", "compound"):
                    if i in actor_starts:
                        return i, i + 1
                    if words[i] in _SLOT_STOPS:
                        return None  # "workers struck, while many teachers …": another clause
                else:
                    end = self._phrase_at(words, i, element)
                    if end is not None:
                        return i, end
                if words[i] in _CLAUSE_STOPS:
                    return None
            return None
        for end in range(pos, max(0, pos - gap - 1), -1):
            i = end - 1
            if i < 0:
                break
            if element.kind in ("source", "target", "compound"):
                if i in actor_starts:
                    return i, i + 1
            else:
                # A phrase ending at `end`: try starts that could reach it.
                for start in range(i, max(-1, i - 4), -1):
                    e = self._phrase_at(words, start, element)
                    if e == end:
                        return start, end
            if words[i] in _CLAUSE_STOPS:
                return None
        return None


_ARTICLES: Final = frozenset({"the", "a", "an"})

# A pattern and the words it needs, one of each set in the sentence: the first set
# (None when the pattern has no literal element) and the others.
_Needs = tuple[VerbPattern, frozenset[str] | None, tuple[frozenset[str], ...]]


@lru_cache(maxsize=65536)
def _word_forms(value: str) -> frozenset[str]:
    """What a pattern's literal word matches: itself, and its plurals when longer than two."""
    if len(value) > 2:
        return frozenset({value, value + "s", value + "es"})
    return frozenset({value})


def _weight(element: PatternToken) -> int:
    return 1 if element.kind in ("source", "target", "compound") else 2


def forms_of(entry: VerbEntry) -> tuple[Phrase, ...]:
    """The entry's surface forms (helper for explain output)."""
    return entry.forms
