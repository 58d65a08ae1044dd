"""What an article has told so far, for the sentences after.

A sentence's agents ("the ministry", "officials"), pronouns and surnames are read
against the article before it: the actors it named (the antecedents of a later "the
government" or "it"), the states they belong to, the people named in full, and the
dateline. :class:`Story` holds that memory and learns from each sentence as it is read;
the coder asks it, sentence by sentence, for the country evidence a reader may use.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from extractors import evidence, grammar
from extractors.actors import (
    COUNTRIES_NAMED_AS_STATES,
    ONE_PERSON_OFFICES,
    UNKNOWN,
    ActorMatcher,
    ActorPhrase,
    Piece,
    states_home,
)
from extractors.readers import PERSON_PRONOUNS, ReadSentence, hyphen_adjective, names_a_topic
from extractors.roles import SentenceView, written_with_capitals
from extractors.sentences import is_headline


@dataclass
class Story:
    """The article read so far: its actors, states, people and dateline."""

    # The dateline's (country, place), which places the article's agents.
    dateline: tuple[str, str] | None = None
    # The actors named so far, latest last: the antecedents of "the ministry", "it".
    memory: list[ActorPhrase] = field(default_factory=list)
    # The states of the article's actors so far, in order.
    seen: list[str] = field(default_factory=list)
    # Those of them named at least once not as acted on.
    acting: set[str] = field(default_factory=set)
    # Surnames (lower case) of the people named in full.
    people: dict[str, ActorPhrase] = field(default_factory=dict)
    # The people the sentence before named.
    last_people: list[ActorPhrase] = field(default_factory=list)
    # The one person or office-holder the sentence before had speak or act, whom a "He" or
    # "She" opening this sentence stands for (``speaker``: this sentence's, being learnt).
    last_speaker: ActorPhrase | None = None
    speaker: ActorPhrase | None = None
    # Whether the article has named an international body ("the EC", "NATO") so far.
    bodies: bool = False
    # The country whose states or provinces the article names ("Ohio", "Paris, Ill.",
    # "Ontario"), if only one's: US and Canadian local news names no state of the world.
    home_hint: str | None = None
    # ``_dominant(seen)`` and the length of ``seen`` it was found at: found again only once
    # ``seen`` (which only grows) has grown.
    _dominant_at: tuple[int, str | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # (set here, not as the field's default: mypyc-compiled classes leave an
        # ``init=False`` field's default unset)
        self._dominant_at = (0, None)

    @classmethod
    def opening(
        cls,
        views: Sequence[SentenceView],
        actors: ActorMatcher,
        countries: Collection[str],
        day: dt.date | None,
    ) -> Story:
        """A story about to be read, its dateline found and its headline marked.

        The dateline opens the body: the first line, or the one after the headline.
        """
        dateline = None
        for first in views[:2]:
            dateline = evidence.dateline_country(
                first.words, first.texts, actors, countries, day, first.offsets
            )
            if dateline is not None or not is_headline(first, len(views)):
                break
        if views and is_headline(views[0], len(views)):
            views[0].headline = True
        return cls(dateline, home_hint=states_home(" ".join(v.text for v in views)))

    def enter(
        self,
        index: int,
        view: SentenceView,
        actors: ActorMatcher,
        countries: Collection[str],
        day: dt.date | None,
    ) -> list[ActorPhrase]:
        """Start reading a sentence; returns the people the sentence before named.

        A digest's next story ("- - - -\\n WASHINGTON - President Reagan said"): its own
        dateline places its agents, not the first story's.
        """
        if index > 1 and _story_dateline(view):
            self.dateline = evidence.dateline_country(
                view.words, view.texts, actors, countries, day, view.offsets
            )
        before = list(self.last_people)
        self.last_people.clear()
        self.last_speaker, self.speaker = self.speaker, None
        return before

    def dominant(self) -> str | None:
        """One state named twice or more, and at least two in three of the states named:
        the article's country, for agents the sentence and the dateline leave without one."""
        if len(self.seen) != self._dominant_at[0]:
            self._dominant_at = (len(self.seen), _dominant(self.seen))
        return self._dominant_at[1]

    def sole_country(self) -> str | None:
        """The one state the article has named at all, even once: weaker, for a state's
        titled office-holder only ("Schools Minister Stephen Twigg" after "across the UK").

        One named only as acted on is the other party: "Short attacks US over tsunami aid"
        makes no British former minister American.
        """
        seen = self.seen
        if not seen:
            return None
        if self.home_hint == "USA" and set(seen) <= COUNTRIES_NAMED_AS_STATES:
            # ("Georgia" in a story of Ohio and Atlanta is more likely the state)
            return None
        return seen[0] if len(set(seen)) == 1 and seen[0] in self.acting else None

    def local_home(self) -> str | None:
        """The country whose states or provinces the article names, while it has named no
        state of the world: its mayors', sheriffs' and councilmen's."""
        return None if self.seen else self.home_hint

    def learn(
        self,
        view: SentenceView,
        read: ReadSentence,
        actors: ActorMatcher,
        countries: Collection[str],
    ) -> None:
        """Remember what a sentence named: its people, states, organisations and subjects."""
        words = view.words
        # (a possessor is no antecedent: "at odds with Tony Blair's prediction")
        self.last_people.extend(
            p for p in read.phrases if p.person and not grammar.possessive_at(words, p.end)
        )
        states = [
            p
            for p in read.phrases
            if p.has_actor
            and not p.organisation
            and p.code[:3] in countries
            # ("the US-led coalition", "Iranian-backed": a state that leads or backs
            # something, written as its modifier, is no actor of the story; nor is one that
            # names a topic, "the Iraq war")
            and not hyphen_adjective(view, p.end + 1)
            and not names_a_topic(words, p)
        ]
        self.seen.extend(p.code[:3] for p in states)
        self.bodies = self.bodies or any(p.code.startswith("IGO") for p in read.phrases)
        acted_on = {(t.start, t.end) for f in read.frames for t in f.targets}
        self.acting.update(p.code[:3] for p in states if (p.start, p.end) not in acted_on)
        for p in read.phrases:
            for piece in p.pieces:
                surname = actors.surname(piece, view.texts)
                if surname is not None:
                    # ("Prime Minister Benjamin Netanyahu" in 1998: the office his title
                    # gives him holds for "Netanyahu" later in the story)
                    office = p.code if _titled_upgrade(p, piece) else piece.code
                    self.people[surname] = ActorPhrase(
                        piece.start, piece.end, office, piece.name, [piece]
                    )
            titled = evidence.titled_name(view.texts, p, read.phrases)
            if titled is not None and titled not in self.people:
                # "Communications Minister Dayanidhi Maran … Mr Maran said": the office-holder
                # named after his title, once his state is found, goes by his surname.
                self.people[titled] = replace(p, name=f"{p.name} {view.texts[p.end + 1]}".strip())
        # A named organisation's officer is remembered, so "the spokesman" stays its own;
        # so are officers of several states ("Western diplomats"), so "the diplomats" said
        # again stay theirs, not the last state's.
        self.memory.extend(p for p in read.phrases if p.organisation or (p.abroad and p.agent_only))
        # Subjects are the likeliest antecedents of a later "the government" or "it",
        # whether or not their act is coded ("Gordon Brown would not say … The
        # chancellor said").
        # (a named office placed by evidence, "A Foreign Ministry spokesman" under a PEKING
        # dateline, is the antecedent of "The spokesman said" too; a bare "the government"
        # placed by the article's last actor would only pass that guess on)
        for frame in read.frames:
            self.memory.extend(p for p in frame.sources if p.has_actor or _named_office(view, p))
        self.speaker = _one_speaker(view, read)


def _one_speaker(view: SentenceView, read: ReadSentence) -> ActorPhrase | None:
    """The one person (or one-person office) who is the source of the sentence's first verb
    with a source, when the sentence names no other person: "Kuwaiti Oil Minister Ali
    al-Khalifa said …" for a next sentence's "He added". A second person, or a capitalised
    name no list covers ("… told Reuters' John Smith"), leaves "he" uncertain: no one."""
    first = next((f.sources for f in read.frames if f.sources), [])
    if len(first) != 1 or not first[0].has_actor or not _one_person(view, first[0]):
        return None
    speaker = first[0]
    if any(_one_person(view, p) and not speaker.same_actor(p) for p in read.phrases):
        return None
    inside = {i for p in read.phrases for i in range(p.start, p.end)}
    texts = view.texts
    for i in range(1, len(texts) - 1):
        if (
            i not in inside
            and i + 1 not in inside
            and _name_word(texts[i])
            and _name_word(texts[i + 1])
        ):
            return None
    return speaker


def _one_person(view: SentenceView, phrase: ActorPhrase) -> bool:
    """A person named, a one-person office, or "he" standing for one ("He added")."""
    head = view.words[phrase.end - 1]
    return bool(phrase.person) or head in ONE_PERSON_OFFICES or head in PERSON_PRONOUNS


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower() and text.isalpha()


def _titled_upgrade(phrase: ActorPhrase, piece: Piece) -> bool:
    """Whether a person's phrase holds a state's office its title gave him on the day,
    where his own entry, dated, makes him an elite ("ISRELI" -> "ISRGOV")."""
    return (
        piece.code.endswith("ELI")
        and phrase.code[:3] == piece.code[:3]
        and "ELI" not in phrase.code[3:]
        and phrase.code[3:6] == "GOV"
    )


def _named_office(view: SentenceView, phrase: ActorPhrase) -> bool:
    """An agent with a country, written with capitals: a named body or office ("Foreign
    Ministry spokesman", "the Finance Ministry")."""
    return not phrase.code.startswith(UNKNOWN) and written_with_capitals(view.texts, phrase)


def _story_dateline(view: SentenceView) -> bool:
    """A sentence inside the article that opens with a dateline in capitals ("BAHRAIN -",
    "CHANDIGARH, India -"): the start of another story of a digest."""
    first = view.texts[0] if view.texts else ""
    return (
        not view.headline
        and len(first) > 1
        and first.isalpha()
        and first.isupper()
        and evidence.dateline_end(view.words, view.texts, view.offsets) is not None
    )


def _dominant(seen: Sequence[str]) -> str | None:
    """The state an article names most, if named twice or more and two times in three."""
    if len(seen) < 2:
        return None
    country, times = Counter(seen).most_common(1)[0]
    return country if times >= 2 and 3 * times >= 2 * len(seen) else None
