"""Actor phrases: how pieces join and share a country across a list or an attribution."""

from __future__ import annotations

import json
import random
import re

from extractors.actors import (
    ActorMatcher,
    _alternation,
    _local_offices,
    _state_name_set,
    region_country,
    states_home,
)
from flows.coding import load_lexicon
from tests.conftest import shared_path


def _codes(text: str) -> dict[str, str]:
    matcher = ActorMatcher(load_lexicon(()))
    words = text.lower().replace(",", " ,").replace(".", " .").split()
    return {p.name: p.code for p in matcher.phrases(words, None)}


def test_an_attribution_after_a_country_is_not_the_countrys() -> None:
    codes = _codes("Japan eased frictions with the United States, officials said.")
    assert codes.get("officials", "").startswith("---")


def test_a_list_of_a_country_and_an_agent_shares_the_country() -> None:
    codes = _codes("Danish media and government criticised the plan.")
    assert codes.get("government") == "DNKGOV"


def test_a_determiner_opens_a_second_noun_phrase() -> None:
    """ "told reporters the government would": two agents, not "reporters the government";
    "the spokesman of the government" is still one."""
    matcher = ActorMatcher(load_lexicon(()))
    words = "kim told reporters the government would repay the debt .".split()
    assert [(p.start, p.end) for p in matcher.phrases(words, None)] == [(2, 3), (4, 5)]
    words = "the spokesman of the government said .".split()
    assert [(p.start, p.end) for p in matcher.phrases(words, None)] == [(1, 5)]


def test_an_articles_states_say_its_country() -> None:
    """US states and Canadian provinces named in full, or abbreviated after a town's name,
    say the article's country; an abbreviation standing alone ("500 B.C.") and New York,
    named in any country's news, do not; two countries' names say neither. Naming none,
    offices only one country's local news writes say that country."""
    assert states_home("SOUTH CHARLESTON, W.Va. - Photographs from 500 B.C. were shown.") == "USA"
    assert states_home("The mayor of Lima, Ohio said so.") == "USA"
    assert states_home("LONDON, Ont. - The council met.") == "CAN"
    assert states_home("The UN met in New York.") is None
    assert states_home("Ohio and Ontario signed a pact.") is None
    # naming none, an office only one country's local news writes, or a US party tag
    assert states_home("Lexington County Councilman Bill Banning said so.") == "USA"
    assert states_home("'It is staggering,' said state Sen. Ray Miller, D-Columbus.") == "USA"
    assert states_home("MPP Ernie Hardeman criticized the budget.") == "CAN"
    assert states_home("Councillor Ruth Cadbury said so.") is None
    assert states_home("Councilman Joe Smith met the MPP.") is None
    assert region_country("South Carolina") == "USA"
    assert region_country("Georgia") is None
    assert region_country("Ontario") == "CAN"


def _flat(names: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# Names sharing prefixes, dots and spaces; what follows each place is checked by the
# rest of the pattern, so the longest name is not always the one that matches.
_NAMES = ["New", "New York", "New York City", "Newark", "N.Y.", "N.Y", "Ill.", "Ill", "I", "Io"]
_AFTERS = [r"(?![\w])", r"(?![\w])(?!\s+(?:and|or)\b)", r"\.", ""]


def test_the_trie_matches_as_the_alternation_longest_first() -> None:
    """``_alternation`` is a trie, not a flat list of names: it must find what the flat
    alternation, longest name first, finds, wherever what follows lets a shorter one
    match ("New York Cityx" is "New York" only if "City" may be followed by "x")."""
    rng = random.Random(20261204)
    pieces = [*_NAMES, " ", ", ", "x", ".", " and ", "City", "ork"]
    texts = ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(3000)]
    for after in _AFTERS:
        flat = re.compile(rf"\b(?:{_flat(_NAMES)}){after}")
        trie = re.compile(rf"\b(?:{_alternation(_NAMES)}){after}")
        for text in texts:
            assert [m.span() for m in trie.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ], (after, text)


def test_the_states_tries_find_what_the_flat_alternations_find_in_real_news() -> None:
    corpus = shared_path("data", "corpus", "reuters21578.jsonl")
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            texts.append(str(record.get("text") or record.get("body") or ""))
    names = _state_name_set()
    offices = set(_local_offices())
    for template, words in [
        (r"\b(?:{})(?![\w])", names),
        (r",\s+(?:{})(?![\w])(?!\s+(?:and|or)\b)", names),
        (r"(?<![\w.])(?:{})(?![\w])", offices),
    ]:
        flat = re.compile(template.format(_flat(words)))
        trie = re.compile(template.format(_alternation(words)))
        found = [[m.span() for m in flat.finditer(t)] for t in texts]
        assert [[m.span() for m in trie.finditer(t)] for t in texts] == found
        assert sum(map(len, found)) > 0
