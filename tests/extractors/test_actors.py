"""Actor phrases: how pieces join and share a country across a list or an attribution."""

from __future__ import annotations

from extractors.actors import ActorMatcher
from flows.coding import load_lexicon


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
