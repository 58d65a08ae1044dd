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
