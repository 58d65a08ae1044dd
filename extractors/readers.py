"""Frame readers: one sentence's actors and verbs read into frames.

The reader finds the sentence's actor phrases (with the evidence for each
agent's country, :mod:`extractors.evidence`), keeps the verb forms that are
verbs here, chooses each verb's pattern and fills one :class:`~extractors.frames.Frame`
per verb. Roles come from the injected role reader (word order in rule mode, the
dependency parse in parsed mode); negation, intent, condition, obligation and the
reporter come from the shared cue words in :mod:`extractors.grammar`, so both modes
fill the same frame the same way.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from extractors import evidence, grammar
from extractors.actors import ONE_PERSON_OFFICES, UNKNOWN, ActorMatcher, ActorPhrase, demonyms
from extractors.frames import (
    DEMAND_CODE,
    FORCE_ROOTS,
    FORCEFUL_ROOTS,
    THREAT_CODE,
    Frame,
    drop_reporters,
    is_political,
)
from extractors.lexicon import VerbEntry
from extractors.roles import RoleAssigner, SentenceView, group_of
from extractors.verbs import NO_EVENT, PatternChoice, VerbHit, VerbMatcher

_DETERMINERS: Final = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those", "'s", "every"}
)
_QUOTE_MARKS: Final = frozenset({'"', "“", "”", "'"})
# Roots of conflict in which arms stand for their force: disapprove, threaten and force.
_CONFLICT_ROOTS: Final = FORCEFUL_ROOTS | {"11", "13"}
# The last root of verbal acts (say, appeal, intend, consult, cooperate diplomatically).
_VERBAL_ROOTS: Final = "05"
# Roots of material conflict: a nominal act of force ("U.S. air strikes") is still coded.
_MATERIAL_CONFLICT_ROOTS: Final = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Words that say which of a series a meeting or hearing is: "the next OPEC meeting".
_EVENT_MODIFIERS: Final = frozenset(
    """next last first second third final previous latest recent annual regular emergency
    special informal extraordinary ministerial weekly monthly planned scheduled upcoming
    forthcoming""".split()
)
# Words that count a plural noun: a verb's "-s" form after one is that noun.
_QUANTIFIERS: Final = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty dozens hundreds
    thousands several many various numerous multiple few other such""".split()
)
SPEECH_LEMMAS: Final = grammar.cue_words("speech")  # lemmas, and forms some files list as verbs


_THREAT_LEADS: Final = grammar.cue_words("threat")


_NEEDS_PARTY: Final = grammar.cue_words("needs a party")
_MEETS_AN_OBJECT: Final = grammar.cue_words("meets an object")
# Acts a threat may name as its object: "THREATENS GULF CLOSURE", "threatened a strike".
_THREATENED_ACTS: Final = frozenset(
    """closure strike strikes boycott retaliation reprisals action measures veto walkout
    sanctions war force attack attacks invasion blockade embargo expulsion resignation
    legal protest protests shutdown""".split()
)


# Words that are no noun's modifier between a verb and an "-s" form.
_NOT_MODIFIERS: Final = grammar.CLAUSE_SUBORDINATORS | frozenset(
    """to and or but that which who as than if in on for of with by at from not no also
    will would can could may might must should it they he she we i you its their his her
    has have had is are was were be been said says say""".split()
)


def _modal_words(view: SentenceView) -> Sequence[str]:
    """The sentence's words with "May" after a capitalised name ("Theresa May said") kept as
    a name, not the modal "may" ("the talks may resume", "Britain may act")."""
    words, texts = view.words, view.texts
    if "may" not in words or grammar.title_case(texts):
        return words
    out = list(words)
    for i in range(1, len(words)):
        before = texts[i - 1]
        if (
            texts[i] == "May"
            and before[:1].isupper()
            and before.isalpha()
            and before.lower() not in grammar.MONTH_LEADS
            and before.lower() not in grammar.PRONOUNS
        ):
            out[i] = "May"
    return out


def _to_after(words: Sequence[str], i: int) -> bool:
    """ "to" at ``i``, or after one adverb there ("agreed already to buy", "not to")."""
    if words[i : i + 1] == ["to"]:
        return True
    adverb = i < len(words) and (words[i].endswith("ly") or words[i] in ("already", "also", "not"))
    return adverb and words[i + 1 : i + 2] == ["to"]


def _threat_cue(intent: str) -> bool:
    """ "threatened to …": the intent cue is itself a threat."""
    return intent.lower().split()[0] in _THREAT_LEADS


@dataclass
class ReadSentence:
    """What a reader found in one sentence: its actors, verbs and frames."""

    phrases: list[ActorPhrase] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)  # for ``explain``


class FrameReader:
    """Reads a sentence into frames; the role reader is injected."""

    def __init__(
        self,
        actors: ActorMatcher,
        verbs: VerbMatcher,
        roles: RoleAssigner,
        countries: frozenset[str],
        demand_codes: Mapping[str, str],
        *,
        modality: bool = True,
        resolve_references: bool = True,
        news_rules: bool = True,
        armed_senses: Collection[str] = frozenset(),
    ) -> None:
        self.actors = actors
        self.verbs = verbs
        self.roles = roles
        self.countries = countries
        self.demand_codes = demand_codes
        self.modality = modality
        self.resolve_references = resolve_references
        # The project's rules for real news (names, people, nouns, speakers); off for
        # PETRARCH-format dictionaries, which are read as PETRARCH-2 reads them.
        self.news_rules = news_rules
        # Criticism verbs that are force when an armed actor does them ("warships blasted"),
        # as ``CodeTables.forceful_senses`` holds them.
        self.armed_senses = frozenset(armed_senses)
        # Each verb's answer to ``_forceful``, by its id.
        self._forceful_verbs: dict[str, bool] = {}
        # The European Union's code in this lexicon, which "Brussels" stands for in a story
        # that names it (none if the lexicon has no such actor).
        eu = actors.pieces(("european", "union"), None)
        self.eu_code = eu[0].code if len(eu) == 1 and eu[0].kind == "actor" else None

    def read(
        self,
        view: SentenceView,
        day: dt.date | None,
        memory: Sequence[ActorPhrase],
        dateline: tuple[str, str] | None,
        context: str,
        people: Mapping[str, ActorPhrase] | None = None,
        article_country: str | None = None,
        last_people: Sequence[ActorPhrase] = (),
        sole_country: str | None = None,
        local_home: str | None = None,
        explain: bool = True,
        bodies_named: bool = False,
        speaker: ActorPhrase | None = None,
    ) -> ReadSentence:
        """The sentence's actor phrases and one frame per verb.

        ``context`` is the article as written, for one-word names it gives to someone else;
        ``people`` maps the surnames of people the article has named in full to them;
        ``article_country`` is the one state the article's actors have named so far, if any;
        ``last_people`` the people the sentence before named (``ActorPhrase.person``);
        ``speaker`` the one person the sentence before had speak or act, if one;
        ``sole_country`` the one state the article has named at all, if only one;
        ``local_home`` the country whose states or provinces an article naming no state
        of the world names (its local office-holders' country);
        ``bodies_named`` whether it has named an international body.
        Without ``explain``, a sentence none of whose frames can make an event or teach
        the story anything (see :func:`_idle`) keeps its phrases and no frames.
        """
        out = ReadSentence()
        words = view.words
        found = self.verbs.find(words)
        hits = found
        verb_tokens = frozenset(i for h in hits for i in range(h.start, h.end))
        headline = grammar.title_case(view.texts)
        # The article's own country, where a party named alone is that country's.
        home = dateline[0] if dateline is not None else article_country
        phrases, taken = self._phrases(view, day, verb_tokens, context, people, headline, out, home)
        if self.news_rules and speaker is not None:
            at = _opening_pronoun(view, verb_tokens)
            if at is not None and at not in taken:
                # "Kuwait's oil minister Ali al-Khalifa said … He added that": the sentence's
                # opening "he" is the one person the sentence before had speak.
                # (its pieces moved onto the pronoun: positions are this sentence's)
                pieces = [replace(q, start=at, end=at + 1) for q in speaker.pieces]
                he = replace(speaker, start=at, end=at + 1, pieces=pieces)
                phrases = sorted([*phrases, he], key=_start)
                taken = taken | {at}
                out.decisions.append(
                    f"'{view.texts[at]}' is the one person the sentence before had speak or "
                    f"act ({speaker.code})"
                )
        if not phrases and not explain:
            # Most sentences: no actor, so no frame has a role (what follows only reads,
            # or drops, the phrases found).
            return out
        if self.news_rules:
            hits = self._verbs_not_nouns(view, hits, phrases, headline, out.decisions)
            nouns = verb_tokens.difference(i for h in hits for i in range(h.start, h.end))
            # "Kenya's leading opposition party", "Syria's ruling Baath party": a verb form
            # between a possessive and an agent describes the agent.
            agents = {p.start for p in phrases if p.agent_only}
            nouns |= {
                h.start
                for h in hits
                if h.end - h.start == 1
                and h.end in agents
                and h.start > 0
                and grammar.possessive_at(words, h.start - 1)
            }
            if _between_phrases(nouns, phrases):
                # "European Union finance ministers": a verb form that is a noun here may
                # join an actor to its agent; the phrases are read again without it.
                verb_tokens = verb_tokens - nouns
                out.decisions.clear()
                phrases, taken = self._phrases(
                    view, day, verb_tokens, context, people, headline, out, home
                )
                hits = self._verbs_not_nouns(view, found, phrases, headline, out.decisions)
        # A verb form inside an actor name ("Islamic State") is not a verb, nor is one after a
        # determiner ("an attack", "its meeting"): that is a noun. One joined to a word by a
        # hyphen ("UN-brokered deal", "Israeli-occupied") is an adjective.
        actor_tokens = {i for p in phrases for i in range(p.start, p.end)}
        if self.news_rules:
            # "rejected calls by Annan", "denied reports", "will allow funding": an "-s" or
            # "-ing" form right after another verb is its object, a noun (a verb that takes
            # an "-ing" form, "began shelling", keeps it).
            ends = {h.end: h for h in hits}
            # "could lift trade sanctions", "imposed import curbs": one plain noun between.
            ends.update(
                {
                    h.end + 1: h
                    for h in hits
                    if h.end + 1 < len(words)
                    and h.end not in actor_tokens
                    and view.texts[h.end].isalpha()
                    and view.texts[h.end].islower()
                    and words[h.end] not in _NOT_MODIFIERS
                    and h.end + 1 not in ends
                }
            )
            hits = [
                h
                for h in hits
                if not (
                    h.start in ends
                    and words[h.start] != h.entry.lemma.split()[0]
                    and (
                        words[h.start].endswith("s")
                        or (
                            words[h.start].endswith("ing")
                            and ends[h.start].end == h.start
                            and words[ends[h.start].end - 1] not in grammar.CATENATIVES
                        )
                        # "HITS PROPOSED FARM BUDGET CUTS", "opposed planned reforms": a
                        # participle right after a verb, before a noun, describes its object.
                        or (
                            words[h.start].endswith("ed")
                            and ends[h.start].end == h.start
                            and h.end < len(words)
                            and words[h.end].isalpha()
                            and words[h.end] not in grammar.FUNCTION_WORDS
                        )
                    )
                )
            ]
        hits = [
            h
            for h in hits
            if h.start not in actor_tokens
            and not _after_determiner(words, view.texts, h.start, actor_tokens)
            and not (
                self.news_rules
                and (
                    _compound_noun(words, view.texts, h, actor_tokens)
                    or _bare_modifier_noun(words, view.texts, h, actor_tokens)
                )
            )
            and not hyphen_adjective(view, h.start)
        ]
        if self.news_rules:
            phrases = self._nouns_after_places(view, phrases, hits, verb_tokens, taken, found)
        # The sentence's quotations of speech, found once for all its verbs.
        quotes = grammar.quotation_spans(view.texts, view.offsets) if self.news_rules else []
        if self.resolve_references:
            # Only an agent with no country of its own needs the sentence's place.
            unknown = any(p.code.startswith(UNKNOWN) for p in phrases)
            place = (
                evidence.sentence_country(words, view.texts, phrases, self.countries, quotes)
                if unknown
                else None
            )
            firm_sentence = bool(
                unknown
                and dateline
                and self.news_rules
                and (evidence.firm_named(view.text) or any(evidence.market(p) for p in phrases))
            )
            firm_story = bool(
                unknown
                and dateline
                and self.news_rules
                and evidence.names_firms(context)
                and not any(p.code[:3] in self.countries and len(p.code) > 3 for p in memory)
            )
            # A seat of international bodies places no agent in a story of such a body
            # that never names the seat's state ("BRUSSELS - Officials and diplomats said
            # EC farm ministers …": the EC's officials, or the visiting states').
            placing = dateline
            if (
                dateline is not None
                and unknown
                and self.news_rules
                and (bodies_named or any(q.code.startswith("IGO") for q in phrases))
                and evidence.unnamed_seat(dateline[1], context)
            ):
                placing = None
                out.decisions.append(
                    f"'{dateline[1]}' seats international bodies and the article never names "
                    "its state: the dateline places no agent"
                )
            phrases = [
                evidence.with_evidence(
                    words,
                    view.texts,
                    p,
                    memory,
                    placing,
                    headline,
                    place,
                    phrases,
                    article_country,
                    self.actors.first_words,
                    firm_sentence,
                    firm_story,
                    sole_country,
                    local_home,
                )
                for p in phrases
            ]
            if self.news_rules and article_country is None:
                phrases = self._firm_officers(view, phrases, context, out.decisions)
            out.decisions.extend(p.evidence for p in phrases if p.evidence)
        if self.news_rules:
            phrases = [self._person(view, p, phrases) for p in phrases]
            if len(phrases) > 1:
                phrases = _appositions(view, phrases, out.decisions)
        out.phrases = phrases
        if not explain and self.news_rules and _idle(phrases, last_people):
            return out
        verb_starts = [h.start for h in hits]
        actor_starts = frozenset(p.start for p in phrases)
        obliged = grammar.obligations(words, phrases) if self.modality else []
        choices = [self.verbs.choose(words, hit, actor_starts) for hit in hits]
        if self.news_rules:
            choices = [_question_put(words, h, c) for h, c in zip(hits, choices, strict=True)]
        demanded = self._demanded_roots(words, hits, choices, obliged)
        # The sentence's attributions, found once for its verbs' roles and its reporters.
        reps = grammar.reporters(words, phrases)
        view.attributions = [at for at, _ in reps]
        # The commas between a compound actor's members, found once for all its verbs.
        phrase_ends = {p.end for p in phrases}
        listed = {
            p.start - 1 for p in phrases if p.start - 1 in phrase_ends and words[p.start - 1] == ","
        }
        # Whole-sentence cues, found once for all its verbs: a headline's forecast word
        # ("… SEEN DOUBLING") and a direct question's opening word ("Will …?").
        headline_forecast = (
            grammar.headline_forecast(words)
            if self.news_rules and (view.headline or headline)
            else None
        )
        asked = grammar.direct_question(view.texts) if self.news_rules else None
        for hit, choice in zip(hits, choices, strict=True):
            verb_text = " ".join(view.texts[hit.start : hit.end])
            out.frames.append(
                self._frame(
                    view,
                    hit,
                    choice,
                    verb_text,
                    phrases,
                    verb_starts,
                    obliged,
                    day,
                    quotes,
                    last_people,
                    listed,
                    headline_forecast,
                    asked,
                )
            )
        # "urged Syria to negotiate": the appeal is for the act asked (026, not 020).
        appeals = {f.hit.start: f for f in out.frames}
        for f in out.frames:
            lead = appeals.get(f.appeal_lead) if f.appeal_lead is not None else None
            if (
                lead is not None
                and lead.appeal_root is None
                # ("urged its residents not to travel": an appeal to refrain asks no act)
                and grammar.is_negated(view.words, f.hit.start, lead.hit.end) is None
            ):
                lead.appeal_root = f.choice.code[:2]
        # "the Foreign Ministry said", "a Kremlin spokesman said", "president Jack Reichert
        # said": written with capitals, or with a name, a named body or office, whose
        # statement stays one.
        named = {
            (p.start, p.end)
            for _, p in reps
            if any(t[:1].isupper() and t.isalpha() for t in view.texts[p.start : p.end + 1])
        }
        drop_reporters(out.frames, reps, named)
        self._claim_demands(view, out.frames, obliged, demanded, phrases)
        return out

    def _real_actors(
        self,
        view: SentenceView,
        phrases: list[ActorPhrase],
        taken: set[int],
        headline: bool,
        decisions: list[str],
        firms: Collection[tuple[str, ...]] = frozenset(),
    ) -> list[ActorPhrase]:
        """Drop names inside longer names; mark a country's people ("U.S. refiners")."""
        # "OTTAWA, March 16 - Prime Minister Mulroney said": the dateline's place is where
        # the story was filed, not an actor of its sentence.
        filed = evidence.dateline_end(view.words, view.texts, view.offsets) or 0
        for p in phrases:
            if p.end <= filed:
                surface = " ".join(view.texts[p.start : p.end])
                decisions.append(f"'{surface}' is the dateline's place: not an actor")
        # "Mr German", "Mrs England": a country's name after a courtesy title is a surname.
        surnames = [
            p
            for p in phrases
            if p.start > 0 and len(p.code) == 3 and view.words[p.start - 1] in grammar.HONORIFICS
        ]
        for p in surnames:
            surface = " ".join(view.texts[p.start : p.end])
            decisions.append(f"'{surface}' after a courtesy title is a surname: not an actor")
        named = [
            p
            for p in phrases
            if p.end > filed
            and (
                evidence.inside_longer_name(view.texts, p, taken, headline, self.actors.first_words)
                or evidence.company_name(view.texts, p)
                or evidence.stock_ticker(view.texts, p)
                or evidence.currency_name(view.texts, p)
                or (firms and evidence.in_firm_name(view.texts, p, firms))
            )
        ]
        for p in named:
            surface = " ".join(view.texts[p.start : p.end])
            decisions.append(f"'{surface}' is part of a longer name: not an actor")
        meetings = [p for p in phrases if p not in named and evidence.meeting_name(view.texts, p)]
        for p in meetings:
            surface = " ".join(view.texts[p.start : p.end])
            decisions.append(f"'{surface}' names a meeting held there: not an actor")
        origins = [p for p in phrases if p not in named and evidence.made_in(view.texts, p)]
        for p in origins:
            surface = " ".join(view.texts[p.start : p.end + 2])
            decisions.append(f"'{surface}' says where a thing comes from: not an actor")
        sides = [
            p
            for p in phrases
            if p not in named
            and p not in meetings
            and p not in origins
            and evidence.for_or_against(view.texts, p)
        ]
        for p in sides:
            surface = " ".join(view.texts[p.start - 2 : p.end])
            decisions.append(f"'{surface}' says whom they oppose or favour: not an actor")
        named += meetings + origins + sides
        named += [p for p in phrases if p.end <= filed] + surnames
        kept = []
        for p in phrases:
            agents = [q for q in p.pieces if q.kind == "agent"]
            if p in sides and agents and p.end > filed:
                # "pro-Iranian gunmen": the gunmen stay, of no country found yet.
                name = " ".join(view.texts[agents[0].start : agents[-1].end])
                p = replace(p, start=agents[0].start, code=UNKNOWN + p.code[3:], name=name)
                p = replace(p, pieces=agents)
            elif p in named:
                continue
            owner = evidence.organisation_of(view.texts, p, taken)
            if owner:
                decisions.append(f"'{view.texts[p.start]}' is {owner}'s: no political actor")
                p = replace(p, organisation=owner)
            kept.append(p)
        # "the U.S. State Department": a bare country written onto one of its own
        # institutions is that institution's modifier, not a second actor.
        starts = {p.start: p for p in kept}
        modifiers = [
            p
            for p in kept
            if len(p.code) == 3
            and p.end in starts
            and starts[p.end].code[:3] == p.code
            and starts[p.end].code != p.code
        ]
        for p in modifiers:
            inst = starts[p.end]
            decisions.append(
                f"'{' '.join(view.texts[p.start : p.end])}' names the country of "
                f"'{' '.join(view.texts[inst.start : inst.end])}': one actor"
            )
        joined = {starts[p.end].start: replace(starts[p.end], start=p.start) for p in modifiers}
        kept = [joined.get(p.start, p) for p in kept if p not in modifiers]
        # "Amnesty International UK", "Oxfam GB": a country right after a non-state body's
        # name closes the name of its national branch; it is no second actor.
        ends = {p.end: p for p in kept}
        branches = [
            p
            for p in kept
            if len(p.code) == 3 and p.start in ends and ends[p.start].code[:3] in {"NGO", "IGO"}
        ]
        for p in branches:
            decisions.append(
                f"'{' '.join(view.texts[p.start : p.end])}' closes the name of "
                f"'{' '.join(view.texts[ends[p.start].start : ends[p.start].end])}': one actor"
            )
        kept = [p for p in kept if p not in branches]
        kept = [
            replace(p, people=True) if evidence.people_of(view.texts, p, taken) else p for p in kept
        ]
        return _listed_people(view.words, kept)

    def _person(
        self, view: SentenceView, phrase: ActorPhrase, phrases: Sequence[ActorPhrase]
    ) -> ActorPhrase:
        """Name the one person a phrase names: a person's dictionary entry ("Gordon Brown",
        "Mr Brown" named in full before) or a name after a state's office ("Foreign
        Minister Ali Alatas")."""
        people = [q.name.lower() for q in phrase.pieces if self.actors.is_person(q)]
        if len(set(people)) == 1:
            return replace(phrase, person=people[0])
        surname = evidence.titled_name(view.texts, phrase, phrases)
        return replace(phrase, person=surname) if surname and not people else phrase

    def _nouns_after_places(
        self,
        view: SentenceView,
        phrases: list[ActorPhrase],
        hits: list[VerbHit],
        verb_tokens: frozenset[int],
        taken: set[int],
        found: Sequence[VerbHit] = (),
    ) -> list[ActorPhrase]:
        """ "the London exchange is", "the U.S. trade talks": a country before a word found a
        noun, not a verb, modifies that noun; it names its people or things, not the state.

        ``found`` holds every verb form of the sentence, nouns among them: an act of force
        named by its noun ("U.S. strikes killed") is the state's."""
        nouns = verb_tokens - {i for h in hits for i in range(h.start, h.end)}
        if not nouns:
            return phrases
        free = taken - nouns
        verbs = {h.start for h in hits}
        forceful = {h.start for h in found if self._forceful(h.entry)}
        # The noun ends its phrase: no agent ("Dutch finance minister") or verb ("that Iran
        # stop attacking") follows it, unless the noun is a plural, the verb's subject ("The
        # U.S. exchanges oppose").
        return [
            replace(p, people=True)
            if not p.people
            and p.end in nouns
            and (
                p.end + 1 not in taken
                or (
                    p.end + 1 in verbs and view.words[p.end].endswith("s") and p.end not in forceful
                )
            )
            and evidence.people_of(view.texts, p, free)
            else p
            for p in phrases
        ]

    def _forceful(self, entry: VerbEntry) -> bool:
        """Whether the verb or one of its patterns codes an act of force (asked of a verb
        many times; its patterns, hundreds for some verbs, are read once)."""
        known = self._forceful_verbs.get(entry.verb_id)
        if known is None:
            codes = [entry.code, *(q.code for q in entry.patterns)]
            known = self._forceful_verbs[entry.verb_id] = any(
                c[:2] in FORCEFUL_ROOTS for c in codes
            )
        return known

    def _firm_officers(
        self,
        view: SentenceView,
        phrases: list[ActorPhrase],
        context: str,
        decisions: list[str],
    ) -> list[ActorPhrase]:
        """ "President Peter Donis said Caterpillar's …", "chairman and president Jack
        Reichert said": in a story of firms that names no state, an office-holder of no
        country is a firm's officer, not a political actor."""
        titled = [p for p in phrases if p.titled and p.code.startswith(UNKNOWN)]
        if not titled or any(p.has_actor and p.code[:3] in self.countries for p in phrases):
            return phrases
        if not evidence.names_firms(context):
            return phrases
        for p in titled:
            decisions.append(
                f"'{' '.join(view.texts[p.start : p.end])}' is an officer in a story of firms "
                "that names no state: no political actor"
            )
        return [replace(p, titled=False, evidence="") if p in titled else p for p in phrases]

    def _phrases(
        self,
        view: SentenceView,
        day: dt.date | None,
        verb_tokens: frozenset[int],
        context: str,
        people: Mapping[str, ActorPhrase] | None,
        headline: bool,
        out: ReadSentence,
        home: str | None = None,
    ) -> tuple[list[ActorPhrase], set[int]]:
        """The sentence's actor phrases outside ``verb_tokens``, and the tokens taken by
        phrases or verbs; ``home`` is the article's own country (see
        :meth:`ActorMatcher.phrases`)."""
        words = view.words
        phrases = self.actors.phrases(
            words,
            day,
            stop=verb_tokens,
            context=context if self.news_rules else None,
            texts=view.texts if self.news_rules else None,
            home=home if self.news_rules else None,
            notes=out.decisions,
        )
        taken = {i for p in phrases for i in range(p.start, p.end)} | verb_tokens
        if self.news_rules and phrases:  # (these only drop or recode phrases found)
            firms = evidence.firm_names(context)
            phrases = self._real_actors(view, phrases, taken, headline, out.decisions, firms)
            phrases = _placed(view, phrases, self.countries, out.decisions)
            if self.eu_code is not None and evidence.names_the_eu(context):
                phrases = _eu_seat(view, phrases, self.eu_code, out.decisions)
        if self.news_rules and people:
            phrases = _surnames(view, phrases, taken, people, out.decisions)
        return phrases, taken

    def _verbs_not_nouns(
        self,
        view: SentenceView,
        hits: list[VerbHit],
        phrases: list[ActorPhrase],
        headline: bool,
        decisions: list[str],
    ) -> list[VerbHit]:
        """Drop verb forms that are nouns or names here ("a gas turbine", "in March")."""
        # A base form may follow a plural actor ("Palestinians demand") or the second
        # member of a compound ("Gondor and Osgiliath meet"), not a singular one.
        ends = {
            p.end
            for p in phrases
            if (view.words[p.end - 1].endswith("s") and view.words[p.end - 1] != "'s")
            or (p.start > 0 and view.words[p.start - 1] in {"and", "&"})
        }
        kept = []
        phrase_ends = {p.end for p in phrases}
        verb_at = {h.start: h for h in hits}
        verb_ending = {h.end: h for h in hits} if headline or view.headline else {}
        for h in hits:
            why = (
                _modified_noun(view.words, h, phrases, verb_at)
                or _portfolio(view.words, h)
                or _gerund_of_a_noun(view, h, phrases)
                or _gerund_after_preposition(view.words, h, phrase_ends)
                or _headline_object(view, h, verb_ending)
                or _named_gathering(view, h, phrases)
                or _plural_noun(view, h, phrase_ends, verb_at)
                or _attack_noun(view.words, h)
                or _language_adjective(view.words, h)
                or _participle_adjective(view.words, view.texts, h)
                or (None if headline or view.headline else _reduced_relative(view.words, h))
                or grammar.noun_not_verb(
                    view.words, view.texts, h.start, h.entry.lemma, ends, headline
                )
            )
            if why is None:
                kept.append(h)
            else:
                decisions.append(f"'{view.texts[h.start]}': {why}")
        return kept

    def _frame(
        self,
        view: SentenceView,
        hit: VerbHit,
        choice: PatternChoice,
        verb_text: str,
        phrases: list[ActorPhrase],
        verb_starts: Sequence[int],
        obliged: Sequence[tuple[int, ActorPhrase]],
        day: dt.date | None = None,
        quotes: Sequence[tuple[int, int]] = (),
        last_people: Sequence[ActorPhrase] = (),
        listed: Collection[int] = (),
        headline_forecast: str | None = None,
        asked: str | None = None,
    ) -> Frame:
        """Fill one verb's frame: roles from the injected reader, grammar from the shared cues.

        ``quotes`` holds the sentence's quotations of speech (``grammar.quotation_spans``);
        ``last_people`` the people the sentence before named, whom "him" may stand for;
        ``listed`` the commas between the members of a compound actor;
        ``headline_forecast`` and ``asked`` the sentence's forecast word in a headline and a
        direct question's opening word (``grammar.headline_forecast``, ``direct_question``).
        """
        words = view.words
        frame = Frame(hit, choice, verb_text, speech=hit.entry.lemma in SPEECH_LEMMAS)
        if choice.code == NO_EVENT or not (choice.code or choice.reverse_code):
            return frame
        modal_words = _modal_words(view)
        if self.modality:
            frame.condition = grammar.conditional(
                words, hit.start, frozenset(verb_starts), {p.start for p in phrases}
            )
            frame.forecast = grammar.forecast(words, hit.start, 0) or headline_forecast
            frame.asked = asked
            frame.possible = grammar.possible(modal_words, hit.start)
            frame.supposed = grammar.supposed(words, hit.start)
        if obliged and grammar.obliged_by(words, hit.start, obliged) is not None:
            frame.obliged = True
        elif self.news_rules and grammar.under_modal(modal_words, hit.start):
            frame.obliged = True  # "the new money should arrive": no actor's act, not done
        elif self.news_rules:
            frame.needed = grammar.needed(modal_words, hit.start) or ""
        if self.modality:
            asker = grammar.appeal_lead(words, hit.start)
            if asker is not None:
                frame.appealed = f"{view.texts[asker]} ... to"
                frame.appeal_lead = asker
            frame.proposed = grammar.proposal_of(words, hit.start)
        if self.news_rules:
            frame.purpose = grammar.meeting_purpose(words, hit.start)
        if self.news_rules and day is not None:
            frame.past = grammar.past_marker(words, hit.start, hit.end, day.year)
        if self.news_rules:
            frame.subordinate = grammar.subordinate(words, hit.start, verb_starts, listed)
        if self.news_rules and frame.past is None:
            frame.past = grammar.pluperfect(words, hit.start)
        if self.news_rules:
            frame.standing = grammar.standing_state(words, hit.start)
        if self.news_rules:
            frame.quoted = grammar.quotation_at(view.texts, quotes, hit.start)
            frame.question = grammar.question_put(words, hit.start, hit.end)
            if choice.pattern is None:
                frame.going_back = grammar.going_back(words, hit.start, hit.end, hit.entry.lemma)
                if grammar.warns(hit.entry.lemma):
                    frame.concern = grammar.concern_not_threat(
                        words, hit.start, hit.end, _own_names(phrases, hit.start)
                    )
        if (
            frame.condition
            or frame.forecast
            or frame.asked
            or frame.possible
            or frame.supposed
            or frame.obliged
            or frame.appealed
            or frame.past
            or frame.standing
            or frame.proposed
            or frame.purpose
            or (frame.quoted and not frame.speech)
            or frame.going_back
        ):
            return frame
        roles = self.roles.assign(view, hit, choice, phrases, verb_starts)
        frame.sources, frame.targets = roles.sources, roles.targets
        frame.role_notes = list(roles.decisions)
        if self.news_rules and frame.sources and not frame.targets and not roles.passive:
            person = _pronoun_object(view, hit, frame.sources, phrases, last_people)
            if person is not None:
                frame.targets = [person]
                frame.role_notes.append(
                    f"'{view.texts[person.start]}' is {person.name}, named just before"
                )
        if self.news_rules and frame.choice.code == _RESIGN_CODE:
            # "Kilroy-Silk quit UKIP", "resigned the party whip": a body or a post left,
            # named as the verb's object, is no office resigned under pressure ("quit as
            # home secretary" is one).
            left = [p for p in frame.targets if _direct_object(words, hit.end, p)]
            if left:
                frame.leaving = " ".join(view.texts[hit.start : left[0].end])
        if self.news_rules and any(names_a_topic(words, p) for p in frame.targets):
            # "rejected calls for advice on the legality of the Iraq war": a state named
            # before a war, crisis or issue names that topic, no party acted on.
            frame.targets = [p for p in frame.targets if not names_a_topic(words, p)]
            frame.role_notes.append(
                "a state or body named before a war, an issue or its rules names the topic"
            )
        if frame.question and any(
            not grammar.QUESTION_WORDS.isdisjoint(words[hit.end : p.start]) for p in frame.targets
        ):
            # "asked how police were to interpret the rules": the police are in the question.
            frame.targets = [
                p
                for p in frame.targets
                if grammar.QUESTION_WORDS.isdisjoint(words[hit.end : p.start])
            ]
            frame.role_notes.append("a party inside the question put is no one asked")
        if frame.speech and any(_press_event(words, p) for p in frame.targets):
            # "told a Pentagon news conference", "told a White House briefing": the body
            # holds the press event; the press is the audience, no one is addressed.
            frame.targets = [p for p in frame.targets if not _press_event(words, p)]
            frame.role_notes.append("a body's news conference is a statement's audience")
        if (frame.speech or choice.code[:2] == "01") and any(
            p.code[3:6] == "MED" for p in frame.targets
        ):
            # "told reporters", "speaking to reporters": the press is the audience of a
            # statement, not its target.
            frame.targets = [p for p in frame.targets if p.code[3:6] != "MED"]
            frame.role_notes.append("the press is a statement's audience, not its target")
        if (
            frame.speech
            and self.news_rules
            and words[hit.start] in {"said", "says"}
            and (
                _named_after(words, hit.end, phrases)
                or _unknown_speaker_after(view.texts, hit.end, phrases)
            )
        ):
            # "…, the UK, France and Spain, said the report": the speaker is written after
            # the verb, and is no actor.
            frame.role_notes.append("the speaker is named after the verb, no actor")
            frame.sources = []
        if frame.speech and self.news_rules:
            speakers = [
                p
                for p in frame.sources
                if grammar.speaker_of(words, view.texts, p, hit.start, hit.end)
            ]
            before = [p for p in frame.sources if p.end <= hit.start]
            if len(before) > 1 and before[-1] in speakers and grammar.bare_list(words, before):
                # "Britain, France and Germany said": a list of speakers speaks together,
                # its last member written beside the verb.
                speakers = [*before, *(p for p in speakers if p not in before)]
            if len(speakers) < len(frame.sources):
                frame.role_notes.append("a verb of saying: only the actor written beside it speaks")
                frame.sources = speakers
            if any(p.start > 0 and words[p.start - 1] == "what" for p in frame.sources):
                # "We had what Ken Livingstone said": what was said is named, not said now.
                frame.role_notes.append("'what X said' names what was said: no statement")
                frame.sources = []
        if self.news_rules and (frame.speech or choice.code == "010"):
            mute = [p for p in frame.sources if words[p.end - 1] in grammar.MUTE_NOUNS]
            if mute:
                # "a government order for military helicopters announced earlier": a thing
                # says nothing; the verb describes it.
                frame.role_notes.append("a thing is no speaker")
                frame.sources = [p for p in frame.sources if p not in mute]
            lemma = hit.entry.lemma.split()[0]
            if (
                (lemma in _SAYING or (choice.code == "010" and lemma not in _ADDRESSED))
                and choice.target_at is None
                and any(p.start >= hit.end for p in frame.targets)
            ):
                # "said a deal with the United States was near", "reiterated his country
                # would retaliate for U.S. attacks": a statement has no addressee; an actor
                # after it is inside what is said, not whom it is said to.
                kept = [
                    p for p in frame.targets if p.start < hit.end or _addressee(words, p, hit.end)
                ]
                if len(kept) < len(frame.targets):
                    frame.targets = kept
                    frame.role_notes.append(
                        f"'{lemma}' takes no object: what is said holds no target"
                    )
            elif lemma in _ADDRESSED and choice.target_at is None:
                # "told the Senate Finance Committee the United States would insist Japan
                # ...": whom he told follows the verb; later actors are what he said.
                near = [p for p in frame.targets if p.start <= hit.end + 2]
                if len(near) < len(frame.targets):
                    frame.targets = near
                    frame.role_notes.append(f"'{lemma}': only the one told is the target")
        if (
            self.news_rules
            and choice.code[:2] not in _CONFLICT_ROOTS
            and hit.entry.lemma not in self.armed_senses
        ):
            # "offered warships to escort Kuwaiti tankers", "agreement on ... a joint combat
            # helicopter", "a think tank said": arms stand for their force only in acts of
            # conflict ("helicopters attacked", "accused Turkish warplanes of infringing"),
            # or as the doers of a material act ("U.N. helicopters evacuated the wounded"); a
            # thing is no one acted on otherwise, and says or promises nothing.
            verbal = choice.code[:2] <= _VERBAL_ROOTS
            things = [
                p
                for p in (*(frame.sources if verbal else ()), *frame.targets)
                if words[p.end - 1] in grammar.MUTE_NOUNS
            ]
            if things:
                frame.role_notes.append("a thing takes a role only in an act of conflict")
                frame.sources = [p for p in frame.sources if p not in things]
                frame.targets = [p for p in frame.targets if p not in things]
        if (
            self.news_rules
            and choice.code.startswith(_DENIAL)
            and frame.targets
            and not (hit.end < len(words) and words[hit.end].endswith("ing"))
        ):
            # "denied Mr Brown made that quote", "denied there was an attempt to sideline Mr
            # Brown": whom a denial answers is the owner of the claim denied ("denied
            # Botha's charges", "denied opposition charges"), never a party inside what is
            # denied. (The denier's own act denied is done to its party: "Iran denied
            # attacking Iraq".)
            owners = [p for p in frame.targets if _owns_a_claim(words, hit.end, p)]
            if len(owners) < len(frame.targets):
                frame.targets = owners
                frame.role_notes.append("what is denied holds no target: only a claim's owner")
        if (
            self.news_rules
            and choice.pattern is None
            and choice.code == THREAT_CODE
            and words[hit.end : hit.end + 1] not in (["to"], ["with"], ["that"], ["of"])
            and _THREATENED_ACTS.isdisjoint(words[hit.end : hit.end + 4])
        ):
            # "Iranian MPs threaten mobile deal": a thing threatened is endangered; the
            # verb threatens someone only with an actor as its object.
            frame.endangers = True
        if self.news_rules and choice.pattern is None:
            # "OPEC agreed on the reopening", "agreed that it had worked": agreeing with no
            # one named and to do nothing is a view or a decision, no undertaking; "agreed
            # to extend the mission" ("agreed already to buy") is one. "To meet his golden
            # rule": what is met is its object; only a party is a meeting.
            verb = words[hit.start]
            frame.needs_party = (verb in _NEEDS_PARTY and not _to_after(words, hit.end)) or (
                verb in _MEETS_AN_OBJECT and hit.end < len(words) and words[hit.end] in _DETERMINERS
            )
        frame.passive = roles.passive
        if roles.negated:
            frame.negation = roles.negated
            frame.negation_in_pattern = _pattern_negates(words, choice)
            lead = roles.negated.lower().split()[0]
            frame.refused = lead in grammar.REFUSING_VERBS or (
                lead in grammar.NEGATORS and (roles.intent or "").lower() in grammar.MODALS_INTENT
            )
        if roles.intent:
            frame.intent = roles.intent
            frame.threat = _threat_cue(roles.intent)
        if self.news_rules and not frame.proposed:
            terms = grammar.under_terms(words, hit.start)
            if terms and (frame.intent or words[hit.start] in grammar.INTENT_LEADS):
                # "Under the Paris accords, the United States ... agreed to stabilize": what
                # an agreement binds its parties to is its terms, not an act of the day.
                frame.proposed = terms
        return frame

    def _claim_demands(
        self,
        view: SentenceView,
        frames: Sequence[Frame],
        obliged: Sequence[tuple[int, ActorPhrase]],
        demanded: dict[int, str],
        phrases: list[ActorPhrase],
    ) -> None:
        """ "X said Y must withdraw": each "must" makes one demand, by the first statement.

        "Y should …" is advice, not a demand: Y's act is not done, the statement stays one.
        """
        unclaimed = [(m, p) for m, p in obliged if view.words[m] in grammar.DEMAND_MODALS]
        for frame in frames:
            if not unclaimed or not frame.sources or frame.negation:
                continue
            if not (frame.speech or frame.choice.code[:2] == "01"):
                continue
            source_starts = {p.start for p in frame.sources}
            end = frame.hit.end
            pick = next(
                ((m, p) for m, p in unclaimed if p.start not in source_starts and p.start >= end),
                None,
            ) or next(((m, p) for m, p in unclaimed if p.start not in source_starts), None)
            if pick is None:
                continue
            m, obj = pick
            frame.demand_code = demanded.get(m, DEMAND_CODE)
            frame.demand_targets = group_of(obj, grammar.compound_groups(view.words, phrases))
            unclaimed = [o for o in unclaimed if o[0] != m]

    def _demanded_roots(
        self,
        words: Sequence[str],
        hits: Sequence[VerbHit],
        choices: Sequence[PatternChoice],
        obliged: Sequence[tuple[int, ActorPhrase]],
    ) -> dict[int, str]:
        """Each "must" → the demand code for the act it governs ("must withdraw" → 105)."""
        out: dict[int, str] = {}
        if not obliged:
            return out
        for hit, choice in zip(hits, choices, strict=True):
            m = grammar.obliged_by(words, hit.start, obliged)
            if m is not None and m not in out and choice.code and choice.code != NO_EVENT:
                out[m] = self.demand_codes.get(choice.code[:2], DEMAND_CODE)
        return out

    # ------------------------------------------------------------------ event
    # ------------------------------------------------------------------ when / where


# Verbs of saying with no addressee of their own ("told", "briefed" have one).
_SAYING: Final = frozenset({"say", "state", "add", "note", "claim"})
_DENIAL: Final = "016"
# Words between a denial's verb and the owner of the claim it denies: "denied the".
_BEFORE_OWNER: Final = frozenset({"the", "a", "an", "these", "those", "local", "press", "any"})


def _owns_a_claim(words: Sequence[str], verb_end: int, phrase: ActorPhrase) -> bool:
    """ "denied Botha's charges", "denied opposition charges", "rejects Iranian spy boat
    charges": the phrase, written right after the verb, is the possessor or modifier of
    a claim, charge or report (within three words)."""
    if not _BEFORE_OWNER.issuperset(words[verb_end : phrase.start]):
        return False
    after = words[phrase.end : phrase.end + 4]
    return any(w in grammar.SUPPOSITION_NOUNS for w in after)


# Verbs of saying whose object is whom it is said to: "told the committee", "assured Iraq".
_ADDRESSED: Final = frozenset({"tell", "inform", "brief", "assure", "remind", "write", "address"})
_AUXILIARIES: Final = frozenset(
    {
        "will",
        "would",
        "to",
        "not",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "may",
        "might",
        "can",
        "could",
        "should",
        "must",
        "did",
        "does",
        "do",
        "be",
        "been",
        "n't",
    }
)


_BASED: Final = frozenset({"based", "headquartered", "registered"})


def _listed_people(words: Sequence[str], phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """ "the Paris, Amsterdam and Lisbon stock exchanges": bare places listed before one
    that modifies a noun, or that names a market or firm of that place, modify it too."""
    out = list(phrases)
    for k in range(len(out) - 1, 0, -1):
        p, prev = out[k], out[k - 1]
        if (
            (p.people or (p.has_actor and p.code[3:6] == "BUS"))
            and not prev.people
            and len(prev.code) == 3
            and len(prev.pieces) == 1
            and prev.end == p.start - 1
            and words[prev.end] in {",", "and"}
        ):
            out[k - 1] = replace(prev, people=True)
    return out


# Prepositions whose object may be a noun that names modify: "fraud in EU funds".
_OBJECT_LEADS: Final = frozenset(
    "of in on for by with from about over amid despite during into between among against".split()
)
# Words that may follow a noun phrase, not a verb's object: "funds in the UK", "funds,".
_AFTER_NOUN: Final = _OBJECT_LEADS | {",", ".", ";", ":", ")", "and", "or", "but", "as", "to"}


# Words for a state's portfolio that are also verbs ("finance", "trade"), and the offices
# whose name they open: "Philippines finance minister Jaime Ongpin", "SWISS FINANCE
# MINISTRY CALLS TWO BONDS".
_PORTFOLIO_VERBS = frozenset({"finance", "trade", "transport", "aid", "supply", "labour", "labor"})
_OFFICE_NOUNS: Final = frozenset(
    """minister ministers ministry ministries secretary secretaries department committee
    official officials spokesman director directors""".split()
)


def _portfolio(words: Sequence[str], hit: VerbHit) -> str | None:
    """ "finance minister": a portfolio's word before an office's noun names the office."""
    if (
        hit.end - hit.start == 1
        and words[hit.start] in _PORTFOLIO_VERBS
        and hit.end < len(words)
        and words[hit.end] in _OFFICE_NOUNS
    ):
        return f"a portfolio's word before '{words[hit.end]}' names the office"
    return None


def _modified_noun(
    words: Sequence[str],
    hit: VerbHit,
    phrases: Sequence[ActorPhrase],
    verb_at: Mapping[int, VerbHit] | None = None,
) -> str | None:
    """An "-s" form that names modify, so a noun, not a verb.

    "the Amsterdam, Brussels, Lisbon and Paris exchanges": a list of names after a
    determiner (a plural subject would take the base form); "irregularities in EU funds
    on ...": one name after a preposition, the noun followed by a preposition or a comma.
    """
    word = words[hit.start]
    if not word.endswith("s") or word == hit.entry.lemma.split()[0]:
        return None
    by_end = {p.end: p for p in phrases}
    first = by_end.get(hit.start)
    if first is None:
        return None
    members = 1
    while first.start >= 2 and words[first.start - 1] in {",", "and"}:
        prev = by_end.get(first.start - 1)
        if prev is None:
            break
        first, members = prev, members + 1
    lead = words[first.start - 1] if first.start > 0 else ""
    if members >= 2 and lead in _DETERMINERS:
        return "an '-s' form after a list of names opened by a determiner is a noun they modify"
    if (
        lead in _DETERMINERS
        and lead not in {"a", "an"}
        and (first.person or (first.end - first.start == 1 and words[first.start] in demonyms()))
    ):
        # "its Brazilian loans", "The British grants", "the Shultz comments": a determiner
        # before a demonym or a person's name makes them a modifier (a subject would be "the
        # British", "Britain", "Mr Shultz").
        return "an '-s' form after a determiner and a demonym or a person is a noun"
    after = words[hit.end] if hit.end < len(words) else "."
    if members == 1 and lead in _OBJECT_LEADS and after in _AFTER_NOUN:
        return "an '-s' form after a preposition and a name, then no object, is a noun"
    # "Mr Blair derided Tory claims", "Labour criticised 'extravagant' Tory promises": a
    # name between a verb and an "-s" form is the object's modifier (a verb of saying or
    # belief before it opens a clause instead: "said Iraq attacks").
    k = first.start - 1
    while k >= 0 and first.start - k <= 4 and (words[k] in _QUOTE_MARKS or words[k].isalpha()):
        if verb_at is not None and k in verb_at:
            if words[k] in grammar.SPEECH_WORDS or words[k] in grammar.SUPPOSING_WORDS:
                return None
            if (
                _entry_roots(hit) & _MATERIAL_CONFLICT_ROOTS
                and not _entry_roots(verb_at[k]) & FORCE_ROOTS
            ):
                # "condemned U.S. air strikes": the strikes are an act to code ("bombed
                # Palestinian targets": not after an act of force, whose object they are).
                return None
            return "an '-s' form after a verb's object name is a noun it modifies"
        if words[k] not in _QUOTE_MARKS and not words[k].islower():
            break
        k -= 1
    return None


def _addressee(words: Sequence[str], phrase: ActorPhrase, verb_end: int) -> bool:
    """ "delivers remarks to U.S. troops", "said to the Iraqis": whom it is said to, "to"
    right after the verb or its object's noun ("said during a visit to Saudi Arabia",
    "losing markets to South Korea" say where and what, not to whom)."""
    i = phrase.start - 1
    if i >= 0 and words[i] == "the":
        i -= 1
    if i == verb_end - 1 and words[i] == "to":
        return True  # "speaking to MPs": the verb's own "to"
    if i < verb_end or words[i] != "to":
        return False
    between = words[verb_end:i]
    return len(between) <= 2 and not any(w in _NOT_ADDRESSING for w in between)


# Words before "to" that make it a destination, not an addressee: "a visit to Britain".
_NOT_ADDRESSING: Final = frozenset(
    "visit visits trip journey way return flight went go going came come".split()
)


def _placed(
    view: SentenceView,
    phrases: list[ActorPhrase],
    countries: frozenset[str],
    decisions: list[str],
) -> list[ActorPhrase]:
    """Countries that say where someone is from or where something is, not who acts.

    "Ambassador Stefan Johannesson of Iceland", "President Musharraf of Pakistan": the
    country after an office-holder's name is the office's, one actor. "the concern based
    in Vasteras, Sweden": a seat is no actor.
    """
    words, texts = view.words, view.texts
    out: list[ActorPhrase] = []
    dropped: set[int] = set()
    for k, p in enumerate(phrases):
        if p.start in dropped:
            continue
        if _is_country(p, countries) and _seat(words, texts, p.start):
            decisions.append(
                f"'{' '.join(texts[p.start : p.end])}' is where it is based: not an actor"
            )
            continue
        nxt = phrases[k + 1] if k + 1 < len(phrases) else None
        if (
            nxt is not None
            and _is_country(nxt, countries)
            and (p.agent_only or p.code[:3] == nxt.code)
            and _name_then_of(words, texts, p.end, nxt.start, names=1 if p.agent_only else 0)
        ):
            code = nxt.code + p.code[3:] if p.agent_only else p.code
            decisions.append(
                f"'{' '.join(texts[p.start : nxt.end])}': the office-holder's country, one actor"
            )
            out.append(replace(p, code=code, end=nxt.end, pieces=[*p.pieces, *nxt.pieces]))
            dropped.add(nxt.start)
            continue
        out.append(p)
    return out


def _eu_seat(
    view: SentenceView, phrases: list[ActorPhrase], eu_code: str, decisions: list[str]
) -> list[ActorPhrase]:
    """ "Brussels raps mobile call charges", "filed a complaint against Brussels": in a story
    that names the European Union, its seat's name stands for it, not for Belgium (where
    something happened, "in Brussels", is left to the places)."""
    out: list[ActorPhrase] = []
    for p in phrases:
        if (
            p.code == "BEL"
            and p.end - p.start == 1
            and len(p.pieces) == 1
            and view.words[p.start] == "brussels"
            and grammar.preceded_by_preposition(view.words, p) not in _AT_A_PLACE
        ):
            decisions.append("'Brussels' stands for the European Union in a story of it")
            p = replace(p, code=eu_code, pieces=[replace(p.pieces[0], code=eu_code)])
        out.append(p)
    return out


_AT_A_PLACE: Final = frozenset({"in", "at", "from", "near", "outside"})


def _is_country(p: ActorPhrase, countries: frozenset[str]) -> bool:
    return len(p.code) == 3 and p.code in countries


def _name_then_of(
    words: Sequence[str], texts: Sequence[str], start: int, end: int, names: int
) -> bool:
    """At least ``names`` and at most three capitalised name words, then "of": "Stefan
    Johannesson of"."""
    gap = list(range(start, end))
    if len(gap) < names + 1 or len(gap) > 4 or words[gap[-1]] != "of":
        return False
    return all(texts[i][:1].isupper() and texts[i].replace(".", "").isalpha() for i in gap[:-1])


def _seat(words: Sequence[str], texts: Sequence[str], start: int) -> bool:
    """ "based in Vasteras, Sweden", "headquartered in France": the country is a seat."""
    i = start - 1
    while i > 0 and start - i <= 4 and (words[i] == "," or texts[i][:1].isupper()):
        i -= 1
    return i > 0 and words[i] == "in" and words[i - 1] in _BASED


# Words after which "her" is an object, not a possessive: "accused her of", "urged her to".
_AFTER_OBJECT_HER: Final = frozenset(
    """. , ; : ! ? " of to for over as and on in with that after before about at from into
    over again""".split()
)


def _pronoun_object(
    view: SentenceView,
    hit: VerbHit,
    sources: Sequence[ActorPhrase],
    phrases: Sequence[ActorPhrase],
    last_people: Sequence[ActorPhrase],
) -> ActorPhrase | None:
    """ "Tony Blair met Gordon Brown and accused him", "Brown spoke. Blair criticised him":
    "him" (or "her" as an object) right after the verb is a person who is not the verb's
    source: the one named last before the verb in its sentence, else the one the sentence
    before named first (its subject, as a rule: "Liam Fox said the comments were at odds
    with Tony Blair's prediction. But Mr Clarke accused him")."""
    i = hit.end
    words = view.words
    if i < len(words) - 1 and words[i] in {"it", "them"} and words[i + 1] in _AFTER_BODY_PRONOUN:
        return _body_pronoun(view, hit, sources, phrases)
    if i >= len(words) or words[i] not in {"him", "her"}:
        return None
    if words[i] == "her" and i + 1 < len(words) and words[i + 1] not in _AFTER_OBJECT_HER:
        return None  # "criticised her campaign": her campaign is criticised
    here = [p for p in phrases if p.person and p.end <= hit.start]
    for person in [*reversed(here), *last_people]:
        if any(person.same_actor(s) or person.person == s.person for s in sources):
            continue
        return replace(person, start=i, end=i + 1)
    return None


# Words after "it"/"them" as an object that make it a party acted on: "accused it of",
# "blamed them for" ("forced them to operate" may be anything's doing).
_AFTER_BODY_PRONOUN: Final = frozenset({"of", "for"})


def _body_pronoun(
    view: SentenceView,
    hit: VerbHit,
    sources: Sequence[ActorPhrase],
    phrases: Sequence[ActorPhrase],
) -> ActorPhrase | None:
    """ "has quit the UK Independence Party and accused it of betraying its supporters",
    "nationalised the banks in 1982, accusing them of aiding capital flight": "it" (a
    body) or "them" (several) is the actor named last before the verb in its sentence that
    is not the verb's source, nor a person, nor a possessor."""
    words = view.words
    plural = words[hit.end] == "them"
    for p in reversed([p for p in phrases if p.end <= hit.start]):
        if any(p.same_actor(s) or p.code == s.code for s in sources):
            continue
        if p.person or grammar.possessive_at(words, p.end):
            continue
        if evidence.plural(words[p.end - 1]) != plural:
            continue
        return replace(p, start=hit.end, end=hit.end + 1)
    return None


def _surnames(
    view: SentenceView,
    phrases: list[ActorPhrase],
    taken: set[int],
    people: Mapping[str, ActorPhrase],
    decisions: list[str],
) -> list[ActorPhrase]:
    """ "Gordon Brown … Mr Brown said", "James Baker … Baker said": a capitalised surname
    of a person the article named in full before is that person."""
    found = []
    for k, p in enumerate(phrases):
        # "Netanyahu" after "Prime Minister Benjamin Netanyahu": the office the article
        # gave him, where his entry alone, dated, would make him an elite.
        held = people.get(view.words[p.end - 1])
        if (
            held is not None
            and len(p.pieces) == 1
            and p.code.endswith("ELI")
            and held.entry_ids == p.entry_ids
            and held.code[:3] == p.code[:3]
            and "ELI" not in held.code
        ):
            phrases[k] = replace(p, code=held.code)
            decisions.append(f"'{view.texts[p.end - 1]}' is {held.code}: titled so before")
    for i, w in enumerate(view.words):
        person = people.get(w)
        if person is None or i in taken:
            continue
        text = view.texts[i]
        if not (text[:1].isupper() and text.isalpha()):
            continue
        pieces = [replace(piece, start=i, end=i + 1) for piece in person.pieces]
        found.append(ActorPhrase(i, i + 1, person.code, person.name, pieces))
        decisions.append(f"'{text}' is {person.name}, named in full before")
    if not found:
        return phrases
    return sorted([*phrases, *found], key=lambda p: p.start)


def _appositions(
    view: SentenceView, phrases: list[ActorPhrase], decisions: list[str]
) -> list[ActorPhrase]:
    """ "The Yugoslav leader, Slobodan Milosevic, is resisting", "The new President, Viktor
    Yushchenko, has said": an office one person holds and that person's name, side by side
    between commas, are one actor, not a list (the second closed by its own comma: "after
    talks with President Suharto, Japan's foreign minister criticised" is two). The
    office's state, where the text gives one, is his; else his own, holding the office."""
    words = view.words
    out: list[ActorPhrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and [w for w in words[prev.end : p.start] if w != "the"] == [","]
            and p.end < len(words)
            and words[p.end] == ","
            and ((_one_holder(words, prev) and p.person) or (prev.person and _one_holder(words, p)))
        ):
            office, person = (prev, p) if p.person else (p, prev)
            if not office.code.startswith(UNKNOWN):
                code = office.code
            elif person.code.endswith("ELI") and len(office.code) > len(UNKNOWN):
                code = person.code[:-3] + office.code[len(UNKNOWN) :]
            else:
                code = person.code
            out[-1] = replace(
                person, start=prev.start, end=p.end, code=code, pieces=[*prev.pieces, *p.pieces]
            )
            decisions.append(
                f"'{' '.join(view.texts[office.start : office.end])}' and "
                f"'{' '.join(view.texts[person.start : person.end])}': one person, in apposition"
            )
            continue
        out.append(p)
    return out


def _one_holder(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """An office one person holds, written with no name: "the Yugoslav leader", "the new
    President" (not "Darman", a titled person's surname)."""
    if phrase.person or not phrase.pieces or phrase.pieces[-1].kind != "agent":
        return False
    last = words[phrase.end - 1]
    return last in ONE_PERSON_OFFICES or last in {"leader", "king"}


# Verb forms that are never nouns, whatever stands before them.
_ONLY_VERBS: Final = frozenset({"said", "says", "told", "tells"})


def _token_run_end(tokens: Collection[int], start: int) -> int:
    """The first index past the run of ``tokens`` that includes ``start``."""
    end = start
    while end in tokens:
        end += 1
    return end


# Words of degree before a participle that make it an adjective: "the much criticised".
_DEGREE_WORDS: Final = frozenset("much most more less least well so very long hard".split())


def _after_determiner(
    words: Sequence[str], texts: Sequence[str], i: int, actor_tokens: set[int]
) -> bool:
    """A verb form after "a/the/its" and at most two modifiers is a noun: "a brief visit".

    A past form after a plural noun is the noun phrase's verb: "its allies demanded";
    so is one after a name the dictionaries do not know: "the IDF attacked", "the Dubai
    Ruler praised" (a noun or adjective in "-ed" follows its determiner or a lower-case
    modifier: "the accused", "a newly elected").
    """
    if words[i] in _ONLY_VERBS:
        return False  # "Sri Lankan officials handling the talks said": "said" is no noun
    if i >= 2 and words[i].endswith("ed") and words[i - 1].isalpha():
        before = words[i - 1]
        if before not in _DETERMINERS and (before.endswith("s") or texts[i - 1][:1].isupper()):
            return False
        nxt = i + 1
        if (
            words[i - 2] in _DETERMINERS
            and texts[i - 1].islower()
            and not before.endswith("ly")
            and before not in _DEGREE_WORDS
            and nxt in actor_tokens
            and not grammar.possessive_at(words, _token_run_end(actor_tokens, nxt))
        ):
            # "The communique congratulated President Bush": after "the" and one noun, a
            # past form with an actor for its object is the clause's verb ("the newly
            # elected President" is an adjective's; "his country welcomed China's
            # interest" is left as it was read).
            return False
        if (
            texts[i - 1].islower()
            and not before.endswith("ly")
            and before not in _DEGREE_WORDS
            and before not in _DETERMINERS
            and nxt < len(words)
            and (
                words[nxt] in grammar.ARTICLES
                or words[nxt][:1].isdigit()
                or grammar.counted_at(words, nxt)
            )
        ):
            # "The blast killed an Israeli soldier", "Hezbollah's roadside bomb killed two
            # soldiers", "the raid killed at least 12": a past form after a noun, with an
            # object of its own opened by an article or a count, is the clause's verb.
            return False
    plural = words[i].endswith("s")
    reach, j, stopped = 3, i, False
    while reach and j > 0 and not stopped:
        j -= 1
        w = words[j]
        if w == "-":
            continue  # "state-wide" is one modifier
        if w in _DETERMINERS:
            return True
        if w in {"and", "but"} and i + 1 < len(words):
            nxt = i + 1
            if nxt in actor_tokens or words[nxt] in _DETERMINERS or texts[nxt][:1].isupper():
                # "rejected the offer and attacked Lebanon", "... and attacked the army": a
                # second verb of the subject, with its own object, not a noun of "the offer".
                return False
        # "five different appeals", "12 requests", "several visits", "a week of
        # state-wide strikes": counted, or after "of", a noun.
        if plural and (w in _QUANTIFIERS or w == "of" or w.replace(",", "").isdigit()):
            return True
        stopped = j in actor_tokens or w in _AUXILIARIES or not w.replace("-", "").isalpha()
        reach -= 1
    if not stopped:
        return False
    # "the comprehensive South African sanctions bill": an "-s" form after a determiner,
    # names and adjectives, before a singular noun, is a noun that modifies it.
    if plural and _modifies_noun(words, texts, i):
        for j in range(i - 1, max(-1, i - 6), -1):
            if words[j] in _DETERMINERS:
                return True
            t = texts[j]
            if not (j in actor_tokens or t[:1].isupper() or t.endswith(_ADJECTIVE_ENDINGS)):
                return False
    # "the Paris G-7 meeting": an "-ing" form after a determiner and names only (actors,
    # capitalised words, "G-7") is a noun; a lower-case word between ("the U.S. began
    # meeting") leaves it a verb.
    if words[i].endswith("ing"):
        for j in range(i - 1, max(-1, i - 5), -1):
            if words[j] in _DETERMINERS:
                return True
            t = texts[j]
            if not (
                j in actor_tokens
                or t[:1].isupper()
                or (t[:1].isalnum() and not t.isalpha())
                or words[j] in _EVENT_MODIFIERS  # "the next OPEC meeting"
            ):
                return False
    return False


def _compound_noun(
    words: Sequence[str], texts: Sequence[str], hit: VerbHit, actor_tokens: set[int]
) -> bool:
    """ "a World Bank press release": a verb's base form after a determiner, names and one
    lower-case singular word is a noun (a singular subject would take "releases"; "the
    Pakistani president met" is no base form)."""
    i = hit.start
    modifier = texts[i - 1] if i > 0 else ""
    if (
        words[i] == hit.entry.lemma.split()[0]
        and modifier.isalpha()
        and modifier.islower()
        and not _plural_word(modifier)
        and modifier not in grammar.FUNCTION_WORDS
        and modifier not in _NOT_MODIFIERS
        and not modifier.endswith("ly")
    ):
        for j in range(i - 2, max(-1, i - 6), -1):
            if words[j] in _DETERMINERS:
                return True
            t = texts[j]
            if _plural_word(t) or not (
                j in actor_tokens or (t[:1].isupper() and t.replace(".", "").isalpha())
            ):
                break
    return False


def _bare_modifier_noun(
    words: Sequence[str], texts: Sequence[str], hit: VerbHit, actor_tokens: set[int]
) -> bool:
    """ "tuition fees and student loans", "to identify potential targets", "generous cash
    grants": an "-s" form after one lower-case singular word that follows a preposition, a
    conjunction or an adjective is a noun; a singular count noun with no determiner is no
    verb's subject (a common noun the dictionaries hold as an agent, "student", too)."""
    i = hit.start
    if i < 2 or not words[i].endswith("s") or words[i] == hit.entry.lemma.split()[0]:
        return False
    if i - 1 in actor_tokens and _entry_roots(hit) & _MATERIAL_CONFLICT_ROOTS:
        return False  # "militant attacks in Riyadh": the armed modifier is the doer
    modifier, lead = texts[i - 1], words[i - 2]
    return (
        modifier.isalpha()
        and modifier.islower()
        and not _plural_word(modifier)
        and modifier not in grammar.FUNCTION_WORDS
        and modifier not in _NOT_MODIFIERS
        and not modifier.endswith(("ly", "ed"))
        # ("amid growing calls for an inquiry": an "-ing" word describes after a preposition)
        and (not modifier.endswith("ing") or lead in _BEFORE_GROWING)
        and (
            lead in _BARE_NOUN_LEADS
            # ("generous cash grants"; not "-ent", "-ant": "the Energy Department study
            # discusses")
            or (lead.isalpha() and lead.endswith(_BARE_ADJECTIVE_ENDINGS))
        )
        # ("stepped up attacks on Afghan forces", "on terrorism charges of": a noun of an act
        # with its party is coded as that act)
        and (i + 1 >= len(words) or words[i + 1] not in _ACT_NOUN_LINKS)
    )


_BEFORE_GROWING: Final = frozenset({"amid", "despite", "with", "of", "among"})
_BARE_ADJECTIVE_ENDINGS: Final = ("ive", "al", "ic", "ous", "ful", "ary")
# Words after a noun of an act that name its party: "attacks on", "charges against".
_ACT_NOUN_LINKS: Final = frozenset({"on", "against", "of", "at", "to", "over", "with", "by"})


# Words before a bare singular noun that leave it no subject: "and student loans".
_BARE_NOUN_LEADS: Final = frozenset(
    """and or nor in of for with on by from at as to into over about against identify
    potential possible new more amid despite among""".split()
)


_RESIGN_CODE: Final = "0831"


def _direct_object(words: Sequence[str], verb_end: int, phrase: ActorPhrase) -> bool:
    """The phrase is the verb's object, right after it or after a determiner."""
    return phrase.start == verb_end or (
        phrase.start == verb_end + 1 and words[verb_end] in _DETERMINERS
    )


def _entry_roots(hit: VerbHit) -> set[str]:
    """The roots a verb entry can code: its own and its patterns'."""
    return {hit.entry.code[:2]} | {p.code[:2] for p in hit.entry.patterns}


def names_a_topic(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "the Iraq war", "the Cyprus issue": a bare state right before a noun of a topic;
    "breached GATT trade rules", "a new round of GATT trade talks", "its rights under the
    GATT": a bare international body before a noun of its rules or talks, or after "under",
    names what the act is about, not a party to it."""
    if len(phrase.pieces) != 1 or phrase.agent_only:
        return False
    nxt = words[phrase.end] if phrase.end < len(words) else ""
    if len(phrase.code) == 3:
        # ("the Iran arms scandal", "Iran's nuclear issue": a noun or two of the topic's
        # between the state and its topic noun)
        if nxt in _TOPIC_NOUNS:
            return True
        if words[phrase.end - 1] in demonyms():
            return False  # "in Egyptian political conflict": the Egyptians' own
        ahead = words[phrase.end : phrase.end + 3]
        for k, w in enumerate(ahead[1:], 1):
            if w in _AFFAIRS:
                return all(x.isalpha() and x not in _NOT_TOPIC_WORDS for x in ahead[:k])
        return False
    if not phrase.code.startswith("IGO"):
        return False
    before = phrase.start - (2 if words[phrase.start - 1 : phrase.start] == ["the"] else 1)
    if nxt in _RULES_NOUNS or (before >= 0 and words[before] == "under"):
        return True
    # "in accordance with Article 23-1 of the GATT", "the rules of GATT"
    return (
        before >= 2
        and words[before] == "of"
        and (words[before - 1] in _RULES_NOUNS or "article" in words[max(0, before - 4) : before])
    )


# Nouns of a body's rules and talks: "GATT trade rules", "the GATT round".
_RULES_NOUNS: Final = frozenset(
    """rules rule trade talks round negotiations regulations law laws jargon framework
    procedures system""".split()
)
# Nouns that a state's name before them makes a topic's name ("the Iraq war").
_TOPIC_NOUNS: Final = frozenset(
    """war wars crisis conflict issue question dispute affair scandal problem situation
    debate case policy invasion operation""".split()
)
# Topic nouns that a state's name names with a noun or two between ("the Iran arms
# scandal"); a state's "monetary policy" or "trade situation" is still its own.
_AFFAIRS = frozenset("war wars crisis conflict dispute affair scandal invasion operation".split())
# Words that cannot stand between a state and its topic noun: "Iran has a problem".
_NOT_TOPIC_WORDS: Final = (
    grammar.BE_FORMS
    | grammar.AUXILIARIES
    | grammar.MODALS
    | grammar.ARTICLES
    | grammar.PREPOSITIONS
    | grammar.COORDINATORS
    | frozenset({"that", "which", "who", "its", "his", "her", "their", "no", "not"})
)


def _plural_word(text: str) -> bool:
    """A word in "-s" that is no "-ss", "-us" or "-is" singular ("press", "bus")."""
    return text.endswith("s") and not text.endswith(("ss", "us", "is"))


# Endings of adjectives written between a determiner and a noun ("comprehensive", "new").
_ADJECTIVE_ENDINGS: Final = ("ive", "al", "ic", "ous", "ful", "ent", "ant", "ary", "ed", "new")


def _modifies_noun(words: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """A lower-case singular noun follows ("sanctions bill", "talks process")."""
    if i + 1 >= len(words):
        return False
    nxt = texts[i + 1]
    return (
        nxt.isalpha()
        and nxt.islower()
        and not nxt.endswith(("s", "ly", "ing", "ed"))
        and words[i + 1] not in grammar.FUNCTION_WORDS
        and words[i + 1] not in _AUXILIARIES
    )


def _participle_adjective(words: Sequence[str], texts: Sequence[str], hit: VerbHit) -> str | None:
    """ "has eleven confirmed cases", "the deported activists", "two suspected militants": a
    past participle between a determiner or a number and a lower-case noun describes the
    noun; no one does the act here."""
    i = hit.start
    if hit.end != i + 1 or i == 0 or i + 1 >= len(words) or not words[i].endswith("ed"):
        return None
    before, after = words[i - 1], texts[i + 1]
    # (a number of up to three digits: "in 1986 approved two loans" is a year's act)
    if not (before in _DETERMINERS or before in _COUNTS or (before.isdigit() and len(before) < 4)):
        return None
    if not (
        after.isalpha()
        and after.islower()
        and not after.endswith("ly")
        and after not in grammar.FUNCTION_WORDS
        and after not in grammar.PREPOSITIONS
        and after not in _AUXILIARIES
    ):
        return None
    return f"a participle describing '{after}', no act"


def _reduced_relative(words: Sequence[str], hit: VerbHit) -> str | None:
    """ "Iraqi soldiers captured by Iran were freed", "the measure, offered by Sen. Alan
    Dixon, was attached", "a vote of confidence sought by Prime Minister Chirac": a past
    participle before its doer's "by", with no "be" or "have" before it, describes the
    thing or party before it with what was done to it before; no act of the day. (Read as
    an active verb, it made the captives the captors.) Headlines are read apart."""
    i = hit.start
    if hit.end + 1 >= len(words) or words[hit.end] != "by":
        return None
    if not grammar.past_form(words[i], hit.entry.lemma) or not grammar.doer_after_by(
        words[hit.end + 1]
    ):
        return None
    if any(w in grammar.BE_FORMS or w in _HAVE_FORMS for w in words[max(0, i - 2) : i]):
        return None
    return "a participle describing what stands before it, done by another before"


_HAVE_FORMS: Final = frozenset({"has", "have", "had"})


# Numbers and quantities before a participle that describes a noun: "eleven confirmed cases".
_COUNTS: Final = _QUANTIFIERS | frozenset("one more most some other newly".split())


def _named_after(words: Sequence[str], end: int, phrases: Sequence[ActorPhrase]) -> bool:
    """ "said the report", "says a study": a determiner and a noun right after a verb of
    saying, the sentence's last words, name its speaker; no actor phrase is there."""
    if end + 1 >= len(words) or words[end] not in {"the", "a", "an"}:
        return False
    if end < 2 or words[end - 2] != ",":
        return False  # ", said the report": an attribution after what it reports
    if any(end <= p.start <= end + 2 for p in phrases):
        return False
    rest = [w for w in words[end + 1 :] if w.isalpha()]
    return 1 <= len(rest) <= 2 and all(w.islower() for w in rest) and words[-1] in {".", "'", '"'}


def _unknown_speaker_after(texts: Sequence[str], end: int, phrases: Sequence[ActorPhrase]) -> bool:
    """ "… not great fans of the EU, says Frederic Sawicki, a politics lecturer": a name
    right after a verb of saying that closes what it reports, with no actor from there to
    the end, is its speaker, a person the dictionaries do not know; no actor of what he
    says speaks."""
    if end >= len(texts) or end < 2 or texts[end - 2] != ",":
        return False
    name = texts[end]
    if not (name[:1].isupper() and name.isalpha() and not name.isupper()):
        return False
    k = end
    while k < len(texts) and texts[k][:1].isupper() and texts[k].replace("-", "").isalpha():
        k += 1
    if k < len(texts) and texts[k] not in {",", ".", '"', "'"}:
        return False  # "…, said Lord Scarman was a good judge": what is said, not who
    # (an agent of no country there, "a lecturer at the University", places no one)
    return not any(p.end > end and not p.code.startswith(UNKNOWN) for p in phrases)


def hyphen_adjective(view: SentenceView, i: int) -> bool:
    """ "UN-brokered", "Syrian-backed": a participle written onto the word before it."""
    if i < 2 or i >= len(view.words) or view.words[i - 1] != "-" or not view.offsets:
        return False
    # Written without spaces: the hyphen touches both neighbours.
    return (
        view.offsets[i - 1] == view.offsets[i - 2] + len(view.texts[i - 2])
        and view.offsets[i] == view.offsets[i - 1] + 1
        and view.words[i].endswith("ed")
    )


def _pattern_negates(words: Sequence[str], choice: PatternChoice) -> bool:
    """Whether the matched pattern itself holds the negating word ("did n't * over")."""
    return choice.pattern is not None and any(
        words[i] in grammar.NEGATORS for i in choice.words_used if i < len(words)
    )


def _own_names(phrases: Sequence[ActorPhrase], verb_start: int) -> frozenset[int]:
    """Positions after the verb of actors of the same country as the last one before it,
    or of agents of no country found ("Iran's navy commander warned that Iran would",
    "Cairo's security chief warned that police will")."""
    before = [p for p in phrases if p.end <= verb_start]
    country = before[-1].code[:3] if before else UNKNOWN
    return frozenset(
        i
        for p in phrases
        if p.start >= verb_start and p.code[:3] in {country, UNKNOWN}
        for i in range(p.start, p.end)
    )


_PRESS_EVENTS: Final = frozenset({"conference", "briefing", "briefings", "conferences"})


def _press_event(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """The actor names who holds a press event written right after it ("a Pentagon news
    conference", "a White House briefing")."""
    nxt = words[phrase.end : phrase.end + 2]
    return bool(nxt) and (
        nxt[0] in _PRESS_EVENTS
        or (len(nxt) == 2 and nxt[0] in {"news", "press"} and nxt[1] in _PRESS_EVENTS)
    )


# Nouns whose "for" + "-ing" names the doer's own act: "claimed responsibility for
# attacking", "took credit for".
_OWN_ACT_NOUNS: Final = frozenset({"responsibility", "responsible", "credit"})
_ARTICLES: Final = frozenset({"the", "a", "an", "this", "that"})


def _gerund_of_a_noun(
    view: SentenceView, hit: VerbHit, phrases: Sequence[ActorPhrase]
) -> str | None:
    """ "the legal case for invading Iraq", "the cost of abandoning an oil field": an "-ing"
    form after a common noun and "of" or "for" names an act of no one in the sentence."""
    words, texts, k = view.words, view.texts, hit.start
    if k < 2 or not words[k].endswith("ing") or words[k - 1] not in {"of", "for"}:
        return None
    noun = k - 2
    if (
        not texts[noun].isalpha()
        or not texts[noun].islower()
        or words[noun] in _OWN_ACT_NOUNS
        or any(p.start <= noun < p.end for p in phrases)
        # a noun phrase's head, after its article ("the legal case", "the future cost");
        # not an adjective after a verb ("are guilty of violating") or a noun ("hackers
        # capable of launching"), nor a possessed act ("the government's decision of")
        or not _ARTICLES.intersection(words[max(0, noun - 2) : noun])
    ):
        return None
    return f"a gerund after '{words[noun]} {words[k - 1]}' is no one's act"


# Prepositions whose "-ing" object is an act named, not one done: "after meeting Kohl",
# "a moratorium on granting new powers", "a pause in considering the bill". ("by" is left
# out: "responded by accusing" names how the subject acted; "of" after a noun is
# _gerund_of_a_noun's, and after a charge it names the act charged: "convicted of".)
_GERUND_PREPOSITIONS: Final = frozenset(
    """after before since upon on without for to in from about against with
    at into over towards toward through despite like than""".split()
)


# Prepositions that date a gerund's act against the main clause's: "after meeting Baker".
_TIME_PREPOSITIONS: Final = frozenset({"after", "before", "since", "upon"})


def _gerund_after_preposition(
    words: Sequence[str], hit: VerbHit, ends: Collection[int]
) -> str | None:
    """ "he told reporters after meeting U.S. officials", "talks on signing a pact": an
    "-ing" form right after a preposition is a gerund, the name of an act that the
    sentence dates, plans, forbids or discusses, not an act it reports (its doer is the
    main clause's subject, which the verb's own frame does not hold). "claimed
    responsibility for attacking" reports the doer's own act; an actor's phrase ending
    (``ends``) right before ", after meeting" is the gerund's own subject."""
    k = hit.start
    word = words[k]
    if k == 0 or not word.endswith("ing") or word == hit.entry.lemma:
        return None
    before = words[k - 1]
    if before not in _GERUND_PREPOSITIONS:
        return None
    if before == "for" and k > 1 and words[k - 2] in _OWN_ACT_NOUNS:
        return None
    if before in {"in", "to"} and k > 1 and words[k - 2].endswith("ed"):
        return None  # "succeeded in freeing", "resorted to throwing stones": the act done
    if before == "in" and any(w.startswith("join") for w in words[max(0, k - 10) : k - 1]):
        return None  # "joining demonstrators in demanding a referendum": they demand too
    if before in _TIME_PREPOSITIONS and k > 2 and words[k - 2] == "," and k - 2 in ends:
        return None  # "Miyazawa, after meeting Baker, said": the actor right before is its subject
    return f"a gerund after '{before}': an act named, not reported"


def _headline_object(
    view: SentenceView, hit: VerbHit, verb_ending: Mapping[int, VerbHit]
) -> str | None:
    """ "CANADA THREATENS BAN ON U.S. FISH", "Blair dismisses quit claim report": in a
    headline, a verb form written right after the "-s" form of a verb that disapproves,
    rejects or threatens is what it disapproves of, rejects or threatens: a noun. ("Iraq
    says attacked Kuwaiti ship" keeps its past form a verb; after "PLEDGES", "RENEWS" the
    noun names the act pledged or renewed, "U.S. NAVAL FORCES ATTACK" has a noun's "-s".)"""
    before = verb_ending.get(hit.start)
    if before is None and hit.start > 0 and view.words[hit.start - 1] in _PARTICLES:
        # ("MAY CUT OFF TALKS": a particle of the verb before stands between)
        before = verb_ending.get(hit.start - 1)
        if before is not None and before.entry.code[:2] in _REJECTING_ROOTS:
            before = None
    if before is None:
        return None
    lead, word = view.words[before.start], view.words[hit.start]
    if word.endswith("ed"):
        return None
    if before.entry.code[:2] in _REJECTING_ROOTS:
        if not lead.endswith("s") or lead.endswith("ss"):
            return None
    elif word not in _OBJECT_ACT_NOUNS:
        # (other verbs: only the act nouns they take as objects, "PLEDGES SUPPORT TO
        # INDONESIA", "MAY CUT OFF TALKS WITH BANKS": the verb before codes what it does)
        return None
    return f"right after the headline's verb '{view.texts[before.start]}': its object, a noun"


# Roots of a headline verb whose object is the act it acts on ("REJECTS CALL", "THREATENS
# BAN"): disapprove (11), reject (12), threaten (13).
_REJECTING_ROOTS: Final = frozenset({"11", "12", "13"})
_PARTICLES: Final = frozenset({"off", "up", "out", "down", "back"})
# Act nouns a headline verb takes as its object: "PLEDGES SUPPORT", "TO HOLD TALKS".
_OBJECT_ACT_NOUNS: Final = frozenset(
    """support aid help talks cooperation backing assistance ties relations""".split()
)
# The "-ing" nouns of a gathering: "the annual meeting".
_GATHERINGS = frozenset({"meeting", "meetings", "gathering", "hearing", "hearings", "briefing"})
# Words that describe a gathering before its noun: "the annual meeting".
_GATHERING_WORDS: Final = frozenset(
    """annual joint special emergency ministerial informal formal regular extraordinary
    weekly monthly plenary spring autumn fall winter summer""".split()
)
# Words that open the noun phrase a gathering's name is in: "at the IMF meeting".
_GATHERING_OPENERS: Final = frozenset(
    """at during before after ahead for to of in from the a an this that 's""".split()
)


# Verbs whose '-s' form is mostly a plural noun ("Brazilian loans", "securities brokers",
# "trade sanctions"): a verb only right after its subject.
_PLURAL_NOUN_LEMMAS: Final = grammar.cue_words("plural noun")
_HEADLINE_NOUN_LEMMAS: Final = grammar.cue_words("headline noun")
# Words right before a verb that its subject may end with, or that stand between them.
_BEFORE_A_SUBJECTS_VERB: Final = (
    grammar.SUBJECT_PRONOUNS | grammar.ADVERB_HINT | {"who", "which", "that", ",", "now", "still"}
)


_ACTED_ON: Final = frozenset({"on", "against", "with"})
# (not "trade sanctions against Japan", mostly recommended, threatened or lifted)
_DONE_ACT_NOUNS: Final = frozenset({"attack", "strike", "raid", "shell", "protest", "visit"})
# Capitalised words that open a noun phrase, not a subject: "Its loans", "The brokers".
_OPENING_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "some"})


def _plural_noun(
    view: SentenceView,
    hit: VerbHit,
    phrase_ends: Collection[int],
    verb_at: Mapping[int, VerbHit],
) -> str | None:
    """ "has the greatest exposure to Brazilian loans", "government securities brokers": an
    '-s' form of such a verb after no subject (no actor, name, pronoun or adverb right
    before it) is the plural noun. "The EC charges the accord breached" keeps its verb. In
    a headline, whose words are all capitals, only a verb right after it says so, for the
    few verbs seldom used as verbs there: "JAPAN BROKERS SEEK 10 YEAR BOND AUCTION" (not
    "U.N. OFFERS GRANT")."""
    if hit.entry.lemma not in _PLURAL_NOUN_LEMMAS or hit.start == 0:
        return None
    word = view.words[hit.start]
    if not word.endswith("s") or word == hit.entry.lemma:
        return None
    if view.headline:
        if hit.end in verb_at and hit.entry.lemma in _HEADLINE_NOUN_LEMMAS:
            return "an '-s' form that is mostly a plural noun, the subject of the verb after it"
        return None
    prev = hit.start - 1
    nxt = view.words[hit.end] if hit.end < len(view.words) else ""
    if (
        # ("stepped up attacks on Afghan security forces": a noun of an act with its party
        # is read as that act elsewhere)
        (nxt in _ACTED_ON and hit.entry.lemma in _DONE_ACT_NOUNS)
        or view.words[prev] in _BEFORE_A_SUBJECTS_VERB
        or view.words[prev].endswith("ly")
        # (a demonym modifies the noun: "Most German brokers and banks pass trades")
        or (
            (prev + 1 in phrase_ends or view.texts[prev][:1].isupper())
            and view.words[prev] not in _OPENING_DETERMINERS
            and view.words[prev] not in demonyms()
        )
    ):
        return None
    return "an '-s' form that is mostly a plural noun, with no subject right before it"


def _attack_noun(words: Sequence[str], hit: VerbHit) -> str | None:
    """ "Cuba Condemns Bomb Blasts in Kenya", "last year's U.S. Embassy blasts": a verb form
    that is an attack's noun, after a word that says what kind of attack or what it hit,
    is that noun."""
    if hit.start == 0 or words[hit.start] not in grammar.ATTACK_NOUNS:
        return None
    if words[hit.start - 1] not in _ATTACK_KINDS:
        return None
    return f"an attack's noun after '{words[hit.start - 1]}'"


# Words before an attack's noun that say its kind or its target ("bomb blasts", "embassy
# bombings"); plural doers ("rebels attack") are subjects, not these.
_ATTACK_KINDS: Final = frozenset(
    """bomb car truck suicide terrorist terror twin deadly grenade rocket mortar embassy
    embassies""".split()
)


def _language_adjective(words: Sequence[str], hit: VerbHit) -> str | None:
    """ "the French and Dutch speaking parts of Belgium", "English-speaking countries": an
    '-ing' form right after a demonym (or its hyphen) names the people's language."""
    if not words[hit.start].endswith("ing") or hit.entry.lemma.split()[0] != "speak":
        return None  # ("Israeli shelling of …" is an act of the Israelis)
    k = hit.start - 1
    if k >= 1 and words[k] == "-":
        k -= 1
    if k >= 0 and words[k] in demonyms():
        return f"'{words[k]} {words[hit.start]}' names a language spoken, no act"
    return None


def _named_gathering(
    view: SentenceView, hit: VerbHit, phrases: Sequence[ActorPhrase]
) -> str | None:
    """ "at the International Monetary Fund and World Bank annual meeting", "AT ADB
    MEETING": an "-ing" form after the names of those who gather (and a word like
    "annual"), opened by a preposition or an article, is the gathering's noun, no act.
    ("after meeting Shultz", with no name between, is the gerund of an act; "Iraq and Iran
    meeting in Geneva" opens the sentence.)"""
    words, texts, k = view.words, view.texts, hit.start
    if hit.end - k != 1 or words[k] not in _GATHERINGS or k < 2:
        return None
    named = {i for p in phrases for i in range(p.start, p.end)}
    j, names = k - 1, 0
    while j >= 0 and k - j <= 8:
        t = texts[j]
        if words[j] in _GATHERING_WORDS or (words[j] in {"and", "&", "-"} and names):
            j -= 1
            continue
        if j in named or (t[:1].isupper() and t.replace(".", "").replace("-", "").isalnum()):
            if words[j] in _GATHERING_OPENERS:
                break  # "AT" in a headline in capitals opens it
            names += 1
            j -= 1
            continue
        break
    if names == 0 or j < 0 or words[j] not in _GATHERING_OPENERS:
        return None
    return f"'{texts[k]}' after the names of who gathers: the gathering's noun, no act"


def _question_put(words: Sequence[str], hit: VerbHit, choice: PatternChoice) -> PatternChoice:
    """'"Where is the money going to come from?" the Lib Dem leader asked.': a verb of
    asking that closes a quoted question, with nothing asked of anyone after it, puts the
    question: a statement (010), no appeal."""
    if hit.entry.lemma != "ask" or choice.pattern is not None or not choice.code.startswith("02"):
        return choice
    if any(w.isalnum() for w in words[hit.end :]) or "?" not in words[: hit.start]:
        return choice
    return replace(choice, code=_STATEMENT, reverse_code=None)


_STATEMENT: Final = "010"


def _idle(phrases: Sequence[ActorPhrase], last_people: Sequence[ActorPhrase]) -> bool:
    """Under the news rules, whether no frame of a sentence with these phrases can make an
    event or teach the story anything: none names an actor (the story remembers actors
    only) or is political, so no reading has a political source, nor a political target
    (an agent of no country's act of force on one is an event), but for a person the
    sentence before named, whom "him" may stand for.

    (A code of several actors, "FRO/BIL", is read as each of them; a bare state's code
    may give a parse's agent of no country its own: neither sentence is idle.)"""
    if any(p.has_actor or is_political(p) or "/" in p.code or len(p.code) == 3 for p in phrases):
        return False
    return not any(is_political(p) for p in last_people)


def _between_phrases(tokens: Collection[int], phrases: Sequence[ActorPhrase]) -> bool:
    """Whether one of ``tokens`` sits between an actor and an agent with no actor of its
    own, one or two words apart ("European Union finance ministers")."""
    if not tokens:
        return False
    for left, right in itertools.pairwise(phrases):
        if (
            left.has_actor
            and right.agent_only
            and 0 < right.start - left.end <= 2
            and any(left.end <= t < right.start for t in tokens)
        ):
            return True
    return False


def _start(phrase: ActorPhrase) -> int:
    return phrase.start


def _opening_pronoun(view: SentenceView, verb_tokens: Collection[int]) -> int | None:
    """Where a sentence opens with "He" or "She" as the subject of a verb right after it
    ("He said", "But she also denied", "He has asked"): not inside a quotation, whose
    "he" is someone the quoted speaker talks about, nor in a headline."""
    words = view.words
    k = 0
    while k < len(words) and words[k] in _PRONOUN_LEADS:
        k += 1
    if view.headline or k >= len(words) - 1 or words[k] not in PERSON_PRONOUNS:
        return None
    if any(t in _QUOTE_MARKS for t in view.texts[:k]):
        return None
    j = k + 1
    while j < len(words) and j - k <= _PRONOUN_REACH and j not in verb_tokens:
        w = words[j]
        if w not in grammar.AUXILIARIES and not w.endswith("ly") and w not in _PRONOUN_ADVERBS:
            return None
        j += 1
    return k if j in verb_tokens else None


# The pronouns an opening subject may stand for the sentence before's one person with.
PERSON_PRONOUNS: Final = frozenset({"he", "she"})
_PRONOUN_LEADS: Final = frozenset({"but", "and", "yet"})
_PRONOUN_ADVERBS = frozenset({"also", "later", "then", "still", "further", "again", "not", "n't"})
_PRONOUN_REACH: Final = 3
