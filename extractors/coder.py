"""The event coder: article text in, CAMEO events out.

One coder, two sources of structure. The lexicon, the matchers, the codebook
and the grammar decisions are shared; only role assignment differs between rule
mode (word order on ``spacy.blank("en")``) and parsed mode (a dependency parse
of the sentences the fast matchers flagged).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language

from extractors import evidence, frames, grammar
from extractors.actors import ActorMatcher, ActorPhrase
from extractors.dates import find_dates as default_find_dates
from extractors.events import (
    DateFinder,
    DateIndex,
    EventAssembler,
    PlaceFinder,
    PlaceIndex,
    background_date,
    with_decisions,
)
from extractors.frames import (
    CodeTables,
    Reading,
    describe,
    readings,
    select,
)
from extractors.lexicon import Lexicon
from extractors.phrases import PhraseIndex
from extractors.places import find_places as default_find_places
from extractors.readers import FrameReader, hyphen_adjective, joined_verbs, names_a_topic
from extractors.roles import RoleAssigner, RuleRoles, SentenceView
from extractors.sentences import (
    FIXTURES_IN_A_SPORTS_STORY,
    commentary_paragraphs,
    fixture_line,
    is_caption,
    is_headline,
    matching_word,
    ner_places,
    split_sentences,
    table_row,
)
from extractors.verbs import VerbMatcher
from schema.codebook import Codebook
from schema.records import Article, Event

EXTRACTOR_VERSION = "0.3.0"


@dataclass(frozen=True)
class CoderOptions:
    """How the coder reads modality and agents; the lexicon decides the defaults."""

    # Map "will attack" / "plans to meet" to CAMEO's intent codes (03x, 13x).
    # PETRARCH dictionaries encode modality in their own patterns, so it is off for them.
    modality: bool = True
    # Resolve "the ministry", "it" to the last matching actor in the article.
    resolve_references: bool = True
    # Emit events whose target could not be found (target "---").
    single_actor_events: bool = True
    # Fold "X said" into the event X reports, instead of a separate statement event.
    fold_reported_speech: bool = True
    # Code only frames whose source is a political actor: a state, an international
    # body, or an agent whose country was found ("police" alone, or a company, is not).
    political_sources_only: bool = True
    # PETRARCH-2's convention: "X and Y <verb>" with no object codes X->Y and Y->X for
    # any act. Off, only a mutual act (CAMEO 03-06, or a pattern's reversed code) does.
    compounds_mutual: bool = False


@dataclass
class SentenceTrace:
    """What the coder saw and decided in one sentence (for ``explain``)."""

    index: int
    text: str
    actors: list[tuple[str, str, list[str]]] = field(default_factory=list)  # text, code, entries
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # text, code, pattern id
    decisions: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parsed: bool = False


@dataclass
class CodedArticle:
    events: list[Event]
    traces: list[SentenceTrace]
    sentences: int
    parsed_sentences: int = 0


class EventCoder:
    """Codes articles with one lexicon, one set of matchers and a role assigner."""

    def __init__(
        self,
        lexicon: Lexicon,
        nlp: Language,
        *,
        codebook: Codebook | None = None,
        parser: Language | None = None,
        options: CoderOptions | None = None,
        find_dates: DateFinder | None = None,
        find_places: PlaceFinder | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.nlp = nlp
        self.parser = parser
        self.codebook = codebook or Codebook.load()
        self.options = options or CoderOptions()
        self.actors = ActorMatcher(lexicon)
        self.verbs = VerbMatcher(lexicon)
        self.discards: PhraseIndex[str] = PhraseIndex()
        self.story_discards: PhraseIndex[str] = PhraseIndex()
        for d in lexicon.discards:
            (self.story_discards if d.scope == "story" else self.discards).add(d.phrase, d.entry_id)
        self.intent_codes = frames.load_intent_codes()
        self.demand_codes = frames.load_demand_codes()
        self.refuse_codes = frames.load_refuse_codes()
        self.tables = CodeTables(
            self.intent_codes,
            self.refuse_codes,
            self.demand_codes,
            appeal=frames.load_appeal_codes(),
            relational_roots=frames.load_relational_roots()
            if self.options.political_sources_only
            else frozenset(),
            forceful_roots=frames.FORCEFUL_ROOTS
            if self.options.political_sources_only
            else frozenset(),
            figurative=frames.load_figurative_codes()
            if self.options.political_sources_only
            else {},
            forceful_senses=frames.load_forceful_senses()
            if self.options.political_sources_only
            else {},
            official_senses=frames.load_official_senses()
            if self.options.political_sources_only
            else {},
        )
        self.countries = evidence.country_codes()
        self.roles: RoleAssigner
        if parser is not None:
            from extractors.parse_roles import ParseRoles

            self.roles = ParseRoles(self.options.political_sources_only)
        else:
            self.roles = RuleRoles(self.options.political_sources_only)
        self.reader = FrameReader(
            self.actors,
            self.verbs,
            self.roles,
            self.countries,
            self.demand_codes,
            modality=self.options.modality,
            resolve_references=self.options.resolve_references,
            news_rules=self.options.political_sources_only,
            armed_senses=self.tables.forceful_senses,
        )
        self.assembler = EventAssembler(
            self.codebook,
            self.countries,
            find_dates or default_find_dates,
            find_places or default_find_places,
        )

    # ------------------------------------------------------------------ sentences
    def sentences(self, text: str) -> list[SentenceView]:
        """Sentence views over the text (see :func:`extractors.sentences.split_sentences`)."""
        return split_sentences(self.nlp, text)

    # ------------------------------------------------------------------ articles
    def code_articles(self, articles: Sequence[Article]) -> list[CodedArticle]:
        """Code a batch; in parsed mode candidate sentences are parsed in one ``nlp.pipe``."""
        prepared = [(a, self.sentences(a.text)) for a in articles]
        if self.parser is not None:
            self._parse_candidates(prepared)
        return [self._code(a, views) for a, views in prepared]

    def code_article(self, article: Article) -> CodedArticle:
        return self.code_articles([article])[0]

    def _is_candidate(self, view: SentenceView) -> bool:
        if not self.verbs.find(view.words):
            return False
        return bool(self.actors.pieces(view.words, None))

    def _parse_candidates(self, prepared: list[tuple[Article, list[SentenceView]]]) -> None:
        assert self.parser is not None
        todo = [v for _, views in prepared for v in views if self._is_candidate(v)]
        docs = self.parser.pipe((v.text for v in todo), batch_size=256)
        for view, doc in zip(todo, docs, strict=True):
            toks = [t for t in doc if not t.is_space]
            # As the sentence views match them: "US" is the U.S., not "us".
            words = [matching_word(t.text) for t in toks]
            if words != view.words:
                # The parser's tokenizer split differently: re-derive offsets from its tokens.
                base = view.offsets[0] if view.offsets else view.start_char
                view.words = words
                view.texts = [t.text for t in toks]
                view.offsets = [base + t.idx - toks[0].idx for t in toks] if toks else []
            view.parse = toks
            view.ner_places = ner_places(toks, view.offsets)

    def _code(self, article: Article, views: list[SentenceView]) -> CodedArticle:
        day = article.published
        traces: list[SentenceTrace] = []
        events: list[Event] = []
        text_lower_words = [w for v in views for w in v.words]
        if self.story_discards.find(text_lower_words):
            trace = SentenceTrace(-1, "", decisions=["story discarded by dictionary"])
            return CodedArticle([], [trace], len(views))
        fixtures = sum(1 for v in views if fixture_line(v.texts))
        if self.options.political_sources_only and fixtures >= FIXTURES_IN_A_SPORTS_STORY:
            why = f"{fixtures} fixture lines ('X v Y'): a sports story"
            return CodedArticle([], [SentenceTrace(-1, "", decisions=[why])], len(views))
        dates = self.assembler.dates(article)  # found lazily, only in sentences that need them
        # Resolving places reads the whole article: done only once an event needs one.
        places = self.assembler.places(article, views)
        memory: list[ActorPhrase] = []
        seen: list[str] = []  # the states of the article's actors so far, in order
        acting: set[str] = set()  # those of them named at least once not as acted on
        people: dict[str, ActorPhrase] = {}  # surnames of people named in full
        last_people: list[ActorPhrase] = []  # the people the sentence before named
        parsed = 0
        # The dateline opens the body: the first line, or the one after the headline.
        dateline = None
        for first in views[:2]:
            dateline = evidence.dateline_country(
                first.words, first.texts, self.actors, self.countries, day, first.offsets
            )
            if dateline is not None or not is_headline(first, len(views)):
                break
        if views and is_headline(views[0], len(views)):
            views[0].headline = True
        # The article's opinion paragraphs, found once a sentence has an event (most have none).
        opinion: list[tuple[int, int]] | None = None
        # ``_dominant(seen)``, found again only once ``seen`` (which only grows) has grown.
        dominant: tuple[int, str | None] = (0, None)
        for index, view in enumerate(views):
            if index > 1 and _story_dateline(view):
                # A digest's next story ("- - - -\n WASHINGTON - President Reagan said"):
                # its own dateline places its agents, not the first story's.
                dateline = evidence.dateline_country(
                    view.words, view.texts, self.actors, self.countries, day, view.offsets
                )
            if len(seen) != dominant[0]:
                dominant = (len(seen), _dominant(seen))
            trace = self._code_sentence(
                article,
                index,
                view,
                day,
                memory,
                dateline,
                dates,
                places,
                people,
                seen,
                last_people,
                acting,
                dominant[1],
            )
            if trace.events and self.options.political_sources_only and opinion is None:
                opinion = commentary_paragraphs(article.text)
            if trace.events and any(s <= view.start_char < e for s, e in opinion or ()):
                # Read for the actors it names, but what it says is no news event.
                trace.events = []
                trace.decisions.append(
                    "the writer speaks in the first person, unquoted: opinion, not news"
                )
            if view.parse is not None:
                parsed += 1
                trace.parsed = True
            if index == 0 and trace.events and is_headline(view, len(views)):
                headline_date = self.assembler.lead_date(views, dates)
                if headline_date is not None:
                    trace.events = [self.assembler.redate(e, headline_date) for e in trace.events]
            traces.append(trace)
            events.extend(trace.events)
        return CodedArticle(events, traces, len(views), parsed)

    # ------------------------------------------------------------------ sentence
    def _code_sentence(
        self,
        article: Article,
        index: int,
        view: SentenceView,
        day: dt.date | None,
        memory: list[ActorPhrase],
        dateline: tuple[str, str] | None,
        dates: DateIndex,
        places: PlaceIndex,
        people: dict[str, ActorPhrase],
        seen: list[str],
        last_people: list[ActorPhrase],
        acting: set[str],
        only: str | None,
    ) -> SentenceTrace:
        trace = SentenceTrace(index, view.text)
        words = view.words
        # The people the sentence before named; this sentence's replace them as it is read.
        before = list(last_people)
        last_people.clear()
        if self.options.political_sources_only and table_row(view.words):
            trace.decisions.append("a table of figures, not prose: no event")
            return trace
        if self.options.political_sources_only and is_caption(view.words):
            trace.decisions.append("a photo caption, not the story's event: no event")
            return trace
        discard = self.discards.find(words)
        if discard:
            trace.decisions.append(f"sentence discarded by dictionary entry {discard[0].payload}")
            return trace
        # ``only``, one state named twice or more, and at least two in three of the states
        # named (``_dominant(seen)``): the article's country, for agents the sentence and the
        # dateline leave without one.
        # The one state the article has named at all, even once: weaker, for a state's
        # titled office-holder only ("Schools Minister Stephen Twigg" after "across the UK").
        # (one named only as acted on is the other party: "Short attacks US over tsunami
        # aid" makes no British former minister American)
        sole = seen[0] if seen and len(set(seen)) == 1 and seen[0] in acting else None
        read = self.reader.read(
            view,
            day,
            memory,
            dateline,
            article.text,
            people,
            only,
            last_people=before,
            sole_country=sole,
        )
        # (a possessor is no antecedent: "at odds with Tony Blair's prediction")
        last_people.extend(
            p for p in read.phrases if p.person and not grammar.possessive_at(words, p.end)
        )
        trace.decisions.extend(read.decisions)
        states = [
            p
            for p in read.phrases
            if p.has_actor
            and not p.organisation
            and p.code[:3] in self.countries
            # ("the US-led coalition", "Iranian-backed": a state that leads or backs
            # something, written as its modifier, is no actor of the story; nor is one that
            # names a topic, "the Iraq war")
            and not hyphen_adjective(view, p.end + 1)
            and not names_a_topic(words, p)
        ]
        seen.extend(p.code[:3] for p in states)
        acted_on = {(t.start, t.end) for f in read.frames for t in f.targets}
        acting.update(p.code[:3] for p in states if (p.start, p.end) not in acted_on)
        for p in read.phrases:
            for piece in p.pieces:
                surname = self.actors.surname(piece, view.texts)
                if surname is not None:
                    people[surname] = ActorPhrase(
                        piece.start, piece.end, piece.code, piece.name, [piece]
                    )
            titled = evidence.titled_name(view.texts, p, read.phrases)
            if titled is not None and titled not in people:
                # "Communications Minister Dayanidhi Maran … Mr Maran said": the office-holder
                # named after his title, once his state is found, goes by his surname.
                people[titled] = replace(p, name=f"{p.name} {view.texts[p.end + 1]}".strip())
        for p in read.phrases:
            trace.actors.append((" ".join(view.texts[p.start : p.end]), p.code, p.entry_ids))
        # Every actor of the sentence, not just an event's own: a country named as an
        # actor ("Russia condemned …") is no event's location unless a locative
        # preposition introduces it ("in Russia").
        view.actor_phrases = list(read.phrases)
        # A named organisation's officer is remembered, so "the spokesman" stays its own.
        memory.extend(p for p in read.phrases if p.organisation)
        for frame in read.frames:
            trace.verbs.append((frame.verb_text, frame.choice.code, frame.choice.pattern_id))
        found: list[Reading] = []
        # "killed or wounded 15,000 Iranians": a verb joined to one of its root tells the
        # same act, coded once (by the second only when the first gives no reading).
        joined = (
            joined_verbs(words, [f.hit for f in read.frames])
            if self.options.political_sources_only
            else {}
        )
        coded: set[int] = set()
        for frame in read.frames:
            # Subjects are the likeliest antecedents of a later "the government" or "it",
            # whether or not their act is coded ("Gordon Brown would not say … The
            # chancellor said").
            memory.extend(p for p in frame.sources if p.has_actor)
            first = joined.get(frame.hit.start)
            if first is not None and first in coded:
                trace.decisions.append(
                    f"'{frame.verb_text}': joined to '{words[first]}' by "
                    f"'{words[frame.hit.start - 1]}': one act, coded once"
                )
                continue
            got, notes = readings(
                frame,
                self.tables,
                modality=self.options.modality,
                single_actor_events=self.options.single_actor_events,
                require_political=self.options.political_sources_only,
                compounds_mutual=self.options.compounds_mutual,
            )
            if not got:
                trace.decisions.extend(f"'{frame.verb_text}': {describe(d)}" for d in notes)
                continue
            coded.add(frame.hit.start)
            found.extend(got)
        if found and self.options.political_sources_only:
            recalled = background_date(view, dates, day)
            if recalled:
                trace.decisions.append(f"the act is dated '{recalled}': background, no event")
                return trace
        kept, dropped = select(
            found,
            single_actor_events=self.options.single_actor_events,
            fold_speech=self.options.fold_reported_speech,
            media_report=self.options.political_sources_only,
        )
        if dropped:
            trace.decisions.append(f"{dropped} less specific reading(s) of the same actors dropped")
        events: list[Event] = []
        for r in kept:
            ev = self.assembler.assemble(
                article,
                index,
                view,
                r.frame.hit,
                r.frame.choice,
                r.code,
                r.source,
                r.target,
                dates,
                places,
            )
            if ev is not None:
                found_by = [
                    p.evidence for p in (r.source, r.target) if p is not None and p.evidence
                ]
                told = [describe(d) for d in r.decisions] + r.frame.role_notes + found_by
                events.append(with_decisions(ev, [*told, f"verb '{r.frame.verb_text}'"]))
        if len(events) > 1:
            trace.decisions.append(f"{len(events)} distinct events after de-duplication")
        trace.events = events
        return trace


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
