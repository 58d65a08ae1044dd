"""The verb matcher skips patterns whose literal words are absent: same choice as trying all."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from extractors.dictionaries import load_dictionary_files
from extractors.lexicon import Lexicon, PatternToken, VerbEntry, VerbPattern
from extractors.verbs import PatternChoice, VerbHit, VerbMatcher

SENTENCES = [
    "russia and the united states signed an agreement on trade in moscow on monday",
    "syrian forces attacked rebel positions near damascus , killing dozens",
    "the minister said iraq would not accept any demand for talks with iran",
    "france called for an end to the fighting and urged both sides to negotiate",
    "germany expelled two diplomats and recalled its ambassador from moscow",
    "police arrested protesters who threw stones at the embassy",
    "the president met the prime minister and promised economic aid to the region",
]


def _every_pattern(
    matcher: VerbMatcher, words: list[str], hit: VerbHit, actor_starts: frozenset[int]
) -> PatternChoice:
    """The choice made by trying every pattern of the entry, none skipped."""
    best: tuple[int, PatternChoice] | None = None
    for pattern in hit.entry.patterns:
        result = matcher._match(words, hit, pattern, actor_starts)
        if result is not None and (best is None or result[0] > best[0]):
            best = result
    if best is not None:
        return best[1]
    entry = hit.entry
    return PatternChoice(entry.code, entry.reverse_code, entry.verb_id, None, span_end=hit.end)


@pytest.fixture(scope="module")
def project_lexicon() -> Lexicon:
    folder = resources.files("extractors.data.lexicon")
    files = sorted(Path(str(f)) for f in folder.iterdir() if f.name.endswith(".txt"))
    return load_dictionary_files(files)


def test_skipping_absent_words_chooses_as_trying_every_pattern(project_lexicon: Lexicon) -> None:
    matcher = VerbMatcher(project_lexicon)
    checked = 0
    for sentence in SENTENCES:
        words = sentence.split()
        hits = matcher.find(words)
        # Actor slots anywhere: every token may start an actor.
        for starts in (frozenset(), frozenset(range(len(words)))):
            for hit in hits:
                assert matcher.choose(words, hit, starts) == _every_pattern(
                    matcher, words, hit, starts
                )
                checked += 1
    assert checked > 20


def test_a_pattern_is_tried_only_when_its_words_and_synsets_are_present() -> None:
    patterns = (
        VerbPattern("t:1", "036", after=(PatternToken("word", "meet"),)),
        VerbPattern("t:2", "040", after=(PatternToken("synset", "&TALKS"),)),
        VerbPattern("t:3", "051", after=(PatternToken("synset", "&NOWHERE"),)),
        VerbPattern("t:4", "042", after=(PatternToken("target"),)),
    )
    entry = VerbEntry("v:1", "agree", (("agreed",),), "030", None, patterns)
    lexicon = Lexicon("t", "0", verbs=[entry], synsets={"TALKS": (("peace", "talks"),)})
    matcher = VerbMatcher(lexicon)
    needs = {p.pattern_id: (first, rest) for p, first, rest in matcher._patterns_of(entry)}
    assert needs["t:1"] == (frozenset({"meet", "meets", "meetes"}), ())
    assert needs["t:2"] == (frozenset({"peace"}), ())
    assert needs["t:3"] == (frozenset(), ())  # an unknown synset matches nowhere
    assert needs["t:4"] == (None, ())  # an actor slot needs no word
    words = "they agreed to hold peace talks".split()
    hit = matcher.find(words)[0]
    assert matcher.choose(words, hit, frozenset()).pattern_id == "t:2"
    assert matcher.choose(words, hit, frozenset({2})).pattern_id == "t:2"


def test_a_word_joined_to_the_verb_must_stand_right_before_it() -> None:
    """ "- FIGURES_ * [---]": "the figures released" matches; "the figures show Iran
    released" does not (the word is two words before the verb)."""
    joined = VerbPattern("t:1", "---", before=(PatternToken("word", "figures"),), verb_joined=True)
    entry = VerbEntry("v:1", "release", (("released",),), "084", None, (joined,))
    matcher = VerbMatcher(Lexicon("t", "0", verbs=[entry]))
    for text, pattern_id in (
        ("the growth figures released yesterday", "t:1"),
        ("the figures show Iran released the sailors", "v:1"),
    ):
        words = text.split()
        hit = matcher.find(words)[0]
        assert matcher.choose(words, hit, frozenset()).pattern_id == pattern_id
