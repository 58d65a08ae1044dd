"""The article read so far (:mod:`extractors.story`) and the sentence stages the coder wires:
what a sentence teaches the story, which state an article's agents fall back on, and the
sentences that are no prose."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.frames import CodeTables, Frame, joined_verbs, sentence_readings
from extractors.lexicon import VerbEntry
from extractors.sentences import not_prose
from extractors.story import Story
from extractors.verbs import PatternChoice, VerbHit
from flows.coder_spec import CoderSpec
from flows.coding import coder_for

DAY = dt.date(2005, 3, 1)


def _story_after(*sentences: str) -> Story:
    """The story the project's coder (rule mode) has learnt after reading ``sentences``."""
    coder = coder_for(CoderSpec((), "none"))
    views = coder.sentences("\n\n".join(sentences))
    story = Story.opening(views, coder.actors, coder.countries, DAY)
    for index, view in enumerate(views):
        before = story.enter(index, view, coder.actors, coder.countries, DAY)
        read = coder.reader.read(
            view,
            DAY,
            story.memory,
            story.dateline,
            "\n\n".join(sentences),
            story.people,
            story.dominant(),
            last_people=before,
            sole_country=story.sole_country(),
        )
        story.learn(view, read, coder.actors, coder.countries)
    return story


def test_a_state_named_twice_and_most_is_the_articles_country() -> None:
    story = Story(seen=["FRA", "FRA", "DEU"])
    assert story.dominant() == "FRA"
    story.seen.extend(["DEU", "DEU"])  # now named less than two times in three
    assert story.dominant() is None


def test_the_one_state_counts_only_when_it_acts() -> None:
    assert Story(seen=["USA"], acting={"USA"}).sole_country() == "USA"
    # "Short attacks US over tsunami aid": the US only acted on.
    assert Story(seen=["USA"], acting=set()).sole_country() is None
    assert Story(seen=["USA", "GBR"], acting={"USA", "GBR"}).sole_country() is None


def test_a_state_only_acted_on_is_seen_but_not_acting() -> None:
    story = _story_after("Clare Short attacked the United States over its aid.")
    assert "USA" in story.seen
    assert "USA" not in story.acting


def test_a_state_that_names_a_topic_is_not_seen() -> None:
    story = _story_after("The minister spoke about the Iraq war on Monday.")
    assert "IRQ" not in story.seen


def test_people_named_in_full_are_remembered_by_surname() -> None:
    story = _story_after(
        "Russian President Vladimir Putin met Chancellor Gerhard Schroeder in Berlin."
    )
    assert "putin" in story.people


def test_the_dateline_opens_the_story_and_a_digests_next_story_replaces_it() -> None:
    story = _story_after("PARIS, March 1 - Officials met.", "Nothing happened.")
    assert story.dateline is not None and story.dateline[0] == "FRA"
    coder = coder_for(CoderSpec((), "none"))
    views = coder.sentences("NEWS\n\nPARIS - One.\n\nTwo.\n\nBERLIN - Officials met.")
    story = Story.opening(views, coder.actors, coder.countries, DAY)
    countries = []
    for index, view in enumerate(views):
        story.enter(index, view, coder.actors, coder.countries, DAY)
        countries.append(story.dateline[0] if story.dateline else None)
    assert countries[1] == "FRA" and countries[-1] == "DEU"


def test_the_sentence_before_s_people_are_handed_on_once() -> None:
    story = Story()
    coder = coder_for(CoderSpec((), "none"))
    view = coder.sentences("Mr Blair said so.")[0]
    story.last_people.append(object())  # type: ignore[arg-type]
    before = story.enter(0, view, coder.actors, coder.countries, DAY)
    assert len(before) == 1 and story.last_people == []


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("bid 5-3/8 offer 5-1/2 bid 5-1/4 offer 5-3/4 bid 6 offer 6-1/8".split(), "table"),
        (
            "in this april 25 , 2006 file photo , the president speaks .".split(),
            "caption",
        ),
        ("the president spoke to reporters on monday .".split(), None),
    ],
)
def test_rows_and_captions_are_no_prose(words: list[str], reason: str | None) -> None:
    why = not_prose(words)
    assert (why is None) if reason is None else (why is not None and reason in why)


def _hit(start: int, code: str) -> VerbHit:
    return VerbHit(start, start + 1, VerbEntry(f"v:{start}", "v", (("v",),), code, None, ()))


def test_two_verbs_of_one_root_joined_by_or_are_one_act() -> None:
    words = "iraq killed or wounded iranians".split()
    hits = [_hit(1, "190"), _hit(3, "190")]
    assert joined_verbs(words, hits) == {3: 1}
    # Of two roots ("accused and arrested"), two acts.
    assert joined_verbs(words, [_hit(1, "112"), _hit(3, "173")]) == {}
    # Not joined by "or" / "and": two acts.
    assert joined_verbs("iraq killed , wounded iranians".split(), hits) == {}


def test_a_joined_verb_is_coded_once_and_says_why() -> None:
    from extractors.actors import ActorPhrase

    words = "iraq killed or wounded iranians".split()
    frames = []
    for h in (_hit(1, "190"), _hit(3, "190")):
        frames.append(
            Frame(
                h,
                PatternChoice("190", None, h.entry.verb_id, None),
                words[h.start],
                sources=[ActorPhrase(0, 1, "IRQ", "Iraq")],
                targets=[ActorPhrase(4, 5, "IRN", "Iranians")],
            )
        )
    tables = CodeTables.load()
    found, notes = sentence_readings(frames, words, tables)
    assert [r.key for r in found] == [("IRQ", "IRN", "190")]
    assert any("one act, coded once" in n for n in notes)
    # Without the news rules every verb is read.
    found, _ = sentence_readings(frames, words, CodeTables.load(False), require_political=False)
    assert len(found) == 2


def test_the_news_rules_tables_load_only_with_them() -> None:
    assert CodeTables.load(True).relational_roots and CodeTables.load(True).figurative
    plain = CodeTables.load(False)
    assert not plain.relational_roots and not plain.forceful_roots and not plain.figurative
    assert plain.intent == CodeTables.load(True).intent
