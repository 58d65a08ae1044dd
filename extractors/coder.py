"""The event coder: article text in, CAMEO events out.

One coder, two sources of structure. The lexicon, the matchers, the codebook
and the grammar decisions are shared; only role assignment differs between rule
mode (word order on ``spacy.blank("en")``) and parsed mode (a dependency parse
of the sentences the fast matchers flagged).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from extractors import evidence
from extractors.actors import ActorMatcher, ActorPhrase
from extractors.dates import find_dates as default_find_dates
from extractors.events import (
    DateFinder,
    DateIndex,
    EventAssembler,
    PlaceFinder,
    PlaceIndex,
    background_date,
)
from extractors.frames import CodeTables, select, sentence_readings
from extractors.lexicon import Lexicon
from extractors.phrases import PhraseIndex
from extractors.places import find_places as default_find_places
from extractors.readers import FrameReader
from extractors.roles import RoleAssigner, RuleRoles, SentenceView
from extractors.sentences import (
    FIXTURES_IN_A_SPORTS_STORY,
    attach_parse,
    commentary_paragraphs,
    fixture_line,
    not_prose,
    split_sentences,
)
from extractors.story import Story
from extractors.verbs import VerbMatcher
from schema.codebook import Codebook
from schema.records import Article, Event


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
    traces: list[SentenceTrace]  # with ``explain`` only
    sentences: int
    parsed_sentences: int = 0


class EventCoder:
    """Codes articles with one lexicon, one set of matchers and a role assigner.

    The stages, each in the module named for what it holds: sentences
    (:mod:`extractors.sentences`), the article read so far (:mod:`extractors.story`),
    one frame per verb (:mod:`extractors.readers`), the readings of the frames and the
    choice among them (:mod:`extractors.frames`), and events with dates and places
    (:mod:`extractors.events`).
    """

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
        news_rules = self.options.political_sources_only
        self.actors = ActorMatcher(lexicon)
        self.verbs = VerbMatcher(lexicon)
        self.discards: PhraseIndex[str] = PhraseIndex()
        self.story_discards: PhraseIndex[str] = PhraseIndex()
        for d in lexicon.discards:
            (self.story_discards if d.scope == "story" else self.discards).add(d.phrase, d.entry_id)
        self.tables = CodeTables.load(news_rules)
        self.countries = evidence.country_codes()
        self.roles: RoleAssigner
        if parser is not None:
            from extractors.parse_roles import ParseRoles

            self.roles = ParseRoles(news_rules)
        else:
            self.roles = RuleRoles(news_rules)
        self.reader = FrameReader(
            self.actors,
            self.verbs,
            self.roles,
            self.countries,
            self.tables.demand,
            modality=self.options.modality,
            resolve_references=self.options.resolve_references,
            news_rules=news_rules,
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
    def code_articles(
        self, articles: Sequence[Article], *, explain: bool = False
    ) -> list[CodedArticle]:
        """Code a batch; in parsed mode candidate sentences are parsed in one ``nlp.pipe``.

        With ``explain``, each article keeps its sentences' traces, every verb's frame read
        whether or not it can make an event; without, it keeps none, and the frames of a
        sentence that can neither make an event nor teach the story anything are not read
        (most sentences of news name no actor): the events are the same.
        """
        prepared = [(a, self.sentences(a.text)) for a in articles]
        if self.parser is not None:
            todo = [v for _, views in prepared for v in views if self._is_candidate(v)]
            docs = self.parser.pipe((v.text for v in todo), batch_size=256)
            for view, doc in zip(todo, docs, strict=True):
                attach_parse(view, [t for t in doc if not t.is_space])
        return [self._code(a, views, explain) for a, views in prepared]

    def code_article(self, article: Article, *, explain: bool = False) -> CodedArticle:
        return self.code_articles([article], explain=explain)[0]

    def _is_candidate(self, view: SentenceView) -> bool:
        if not self.verbs.find(view.words):
            return False
        return bool(self.actors.pieces(view.words, None))

    def _code(self, article: Article, views: list[SentenceView], explain: bool) -> CodedArticle:
        day = article.published
        traces: list[SentenceTrace] = []
        events: list[Event] = []
        if self.story_discards.find([w for v in views for w in v.words]):
            trace = SentenceTrace(-1, "", decisions=["story discarded by dictionary"])
            return CodedArticle([], [trace] if explain else [], len(views))
        fixtures = sum(1 for v in views if fixture_line(v.texts))
        if self.options.political_sources_only and fixtures >= FIXTURES_IN_A_SPORTS_STORY:
            why = f"{fixtures} fixture lines ('X v Y'): a sports story"
            trace = SentenceTrace(-1, "", decisions=[why])
            return CodedArticle([], [trace] if explain else [], len(views))
        dates = self.assembler.dates(article)  # found lazily, only in sentences that need them
        # Resolving places reads the whole article: done only once an event needs one.
        places = self.assembler.places(article, views)
        story = Story.opening(views, self.actors, self.countries, day)
        # The article's opinion paragraphs, found once a sentence has an event (most have none).
        opinion: list[tuple[int, int]] | None = None
        for index, view in enumerate(views):
            before = story.enter(index, view, self.actors, self.countries, day)
            trace = self._code_sentence(article, index, view, story, before, dates, places, explain)
            if trace.events and self.options.political_sources_only and opinion is None:
                opinion = commentary_paragraphs(article.text)
            if trace.events and any(s <= view.start_char < e for s, e in opinion or ()):
                # Read for the actors it names, but what it says is no news event.
                trace.events = []
                trace.decisions.append(
                    "the writer speaks in the first person, unquoted: opinion, not news"
                )
            trace.parsed = view.parse is not None
            if index == 0 and trace.events and view.headline:
                headline_date = self.assembler.lead_date(views, dates)
                if headline_date is not None:
                    trace.events = [self.assembler.redate(e, headline_date) for e in trace.events]
            if explain:
                traces.append(trace)
            events.extend(trace.events)
        parsed = sum(1 for v in views if v.parse is not None)
        return CodedArticle(events, traces, len(views), parsed)

    # ------------------------------------------------------------------ sentence
    def _code_sentence(
        self,
        article: Article,
        index: int,
        view: SentenceView,
        story: Story,
        before: list[ActorPhrase],
        dates: DateIndex,
        places: PlaceIndex,
        explain: bool,
    ) -> SentenceTrace:
        trace = SentenceTrace(index, view.text)
        news_rules = self.options.political_sources_only
        rejected = not_prose(view.words) if news_rules else None
        if rejected:
            trace.decisions.append(rejected)
            return trace
        discard = self.discards.find(view.words)
        if discard:
            trace.decisions.append(f"sentence discarded by dictionary entry {discard[0].payload}")
            return trace
        read = self.reader.read(
            view,
            article.published,
            story.memory,
            story.dateline,
            article.text,
            story.people,
            story.dominant(),
            last_people=before,
            sole_country=story.sole_country(),
            local_home=story.local_home(),
            bodies_named=story.bodies,
            explain=explain,
            speaker=story.last_speaker,
        )
        if read.phrases:  # (a sentence with no actor phrase teaches the story nothing)
            story.learn(view, read, self.actors, self.countries)
        trace.decisions.extend(read.decisions)
        if explain:
            for p in read.phrases:
                trace.actors.append((" ".join(view.texts[p.start : p.end]), p.code, p.entry_ids))
        # Every actor of the sentence, not just an event's own: a country named as an
        # actor ("Russia condemned …") is no event's location unless a locative
        # preposition introduces it ("in Russia").
        view.actor_phrases = list(read.phrases)
        if not read.frames:
            return trace  # most sentences: no verb read, no reading
        if explain:
            for frame in read.frames:
                trace.verbs.append((frame.verb_text, frame.choice.code, frame.choice.pattern_id))
        found, notes = sentence_readings(
            read.frames,
            view.words,
            self.tables,
            modality=self.options.modality,
            single_actor_events=self.options.single_actor_events,
            require_political=news_rules,
            compounds_mutual=self.options.compounds_mutual,
        )
        trace.decisions.extend(notes)
        if found and news_rules:
            recalled = background_date(view, dates, article.published)
            if recalled:
                trace.decisions.append(f"the act is dated '{recalled}': background, no event")
                return trace
        kept, dropped = select(
            found,
            single_actor_events=self.options.single_actor_events,
            fold_speech=self.options.fold_reported_speech,
            media_report=news_rules,
        )
        if dropped:
            trace.decisions.append(f"{dropped} less specific reading(s) of the same actors dropped")
        trace.events = self.assembler.events(
            article, index, view, kept, dates, places, story.home_hint
        )
        if len(trace.events) > 1:
            trace.decisions.append(f"{len(trace.events)} distinct events after de-duplication")
        return trace
