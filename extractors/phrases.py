"""A token-sequence index: every phrase keyed by its first token, longest first.

Matching a sentence costs one dict look-up per token plus a comparison per
candidate phrase that starts there, whatever the lexicon's size, so the coder
never runs a per-sentence regex over the whole lexicon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    """A phrase found at tokens [start, end)."""

    start: int
    end: int
    payload: T


class PhraseIndex(Generic[T]):
    """Phrases (tuples of lower-cased tokens) with a payload each."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        # The same phrases, by first token: the longer ones by second token, then the
        # one-token ones, each in ``_by_first``'s order ("the" starts a dozen actors, and
        # most of its occurrences are followed by a word none of them has second).
        self._split: dict[str, tuple[dict[str, list[tuple[tuple[str, ...], T]]], list[T]]] = {}
        self._sorted = True

    def add(self, phrase: Sequence[str], payload: T) -> None:
        if not phrase:
            return
        key = tuple(phrase)
        self._by_first.setdefault(key[0], []).append((key, payload))
        self._sorted = False

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def _ensure_sorted(self) -> None:
        if not self._sorted:
            # Longest first; a stable sort keeps file order among equals.
            for items in self._by_first.values():
                items.sort(key=lambda item: -len(item[0]))
            self._split = {}
            for first, items in self._by_first.items():
                longer: dict[str, list[tuple[tuple[str, ...], T]]] = {}
                for phrase, payload in items:
                    if len(phrase) > 1:
                        longer.setdefault(phrase[1], []).append((phrase, payload))
                single = [payload for phrase, payload in items if len(phrase) == 1]
                self._split[first] = (longer, single)
            self._sorted = True

    def matches_at(self, words: Sequence[str], i: int) -> Sequence[PhraseMatch[T]]:
        """Every phrase starting at token i, longest first."""
        # The hot path of all matching: most tokens start no phrase, so the
        # dictionary miss returns at once, with no generator to build.
        if not self._sorted:
            self._ensure_sorted()
        split = self._split.get(words[i])
        if split is None:
            return ()
        longer, single = split
        out: list[PhraseMatch[T]] = []
        limit = len(words)
        if longer and i + 1 < limit:
            for phrase, payload in longer.get(words[i + 1], ()):
                n = len(phrase)
                if i + n <= limit and tuple(words[i : i + n]) == phrase:
                    out.append(PhraseMatch(i, i + n, payload))
        for payload in single:
            out.append(PhraseMatch(i, i + 1, payload))
        return out

    def first_words(self) -> frozenset[str]:
        """The words some phrase starts with: a token outside it starts no match."""
        return frozenset(self._by_first)

    def first_at(self, words: Sequence[str], i: int) -> PhraseMatch[T] | None:
        """The longest phrase starting at token i (the first of ``matches_at``), or None."""
        if not self._sorted:
            self._ensure_sorted()
        split = self._split.get(words[i])
        if split is None:
            return None
        longer, single = split
        limit = len(words)
        if longer and i + 1 < limit:
            for phrase, payload in longer.get(words[i + 1], ()):
                n = len(phrase)
                if i + n <= limit and tuple(words[i : i + n]) == phrase:
                    return PhraseMatch(i, i + n, payload)
        return PhraseMatch(i, i + 1, single[0]) if single else None

    def find(self, words: Sequence[str]) -> list[PhraseMatch[T]]:
        """Non-overlapping matches, greedy longest-first from left to right."""
        self._ensure_sorted()
        found: list[PhraseMatch[T]] = []
        starts = self._by_first
        if starts.keys().isdisjoint(words):
            return found  # no token starts a phrase: one pass in C
        end = 0  # a match's end: the next may start there
        for i, w in enumerate(words):
            if w not in starts or i < end:
                continue
            best = self.first_at(words, i)
            if best is not None:
                found.append(best)
                end = best.end
        return found

    def find_all(self, words: Sequence[str]) -> list[PhraseMatch[T]]:
        """Every match at every position (overlaps allowed)."""
        found: list[PhraseMatch[T]] = []
        for i in range(len(words)):
            found.extend(self.matches_at(words, i))
        return found
