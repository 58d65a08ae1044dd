"""The event coder: article text in, CAMEO events out.

One coder, two sources of structure. The lexicon, the matchers, the codebook
and the grammar decisions are shared; only role assignment differs between rule
mode (word order on ``spacy.blank("en")``) and parsed mode (a dependency parse
of the sentences the fast matchers flagged).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, Protocol

from spacy.language import Language

from extractors import evidence, grammar
from extractors.actors import ActorMatcher, ActorPhrase
from extractors.dates import date_of
from extractors.dates import find_dates as default_find_dates
from extractors.frames import (
    DEMAND_CODE,
    CodeTables,
    Frame,
    Reading,
    describe,
    drop_reporters,
    readings,
    select,
)
from extractors.lexicon import Lexicon
from extractors.phrases import PhraseIndex
from extractors.pipeline import sentence_tokens
from extractors.places import find_places as default_find_places
from extractors.roles import RoleAssigner, RuleRoles, SentenceView, group_of
from extractors.verbs import NO_EVENT, PatternChoice, VerbHit, VerbMatcher
from schema.codebook import CameoCode, Codebook
from schema.records import Article, DateMention, Event, PlaceMention

EXTRACTOR_VERSION = "0.3.0"

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=[A-Z\"“])")
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those", "'s", "every"}
)
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "said",
        "says",
        "tell",
        "told",
        "state",
        "add",
        "declare",
        "note",
        "write",
        "report",
        "announce",
        "claim",
    }
)


class DateFinder(Protocol):
    def __call__(self, text: str, published: dt.date) -> list[DateMention]: ...


class PlaceFinder(Protocol):
    def __call__(
        self, text: str, candidates: Sequence[tuple[int, int]] | None = None
    ) -> list[PlaceMention]: ...


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


def _modality_rows() -> list[dict[str, str]]:
    text = resources.files("extractors.data").joinpath("modality.csv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(rows))


def load_intent_codes() -> dict[str, str]:
    """root → intent code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["intent_code"] for r in _modality_rows() if r.get("intent_code")}


def load_refuse_codes() -> dict[str, str]:
    """root of a cooperative act → CAMEO refusal code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["refuse_code"] for r in _modality_rows() if r.get("refuse_code")}


def load_relational_roots() -> frozenset[str]:
    """Roots of acts toward another party, from ``extractors/data/relational_roots.csv``."""
    text = resources.files("extractors.data").joinpath("relational_roots.csv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(r["root"] for r in csv.DictReader(rows))


def load_demand_codes() -> dict[str, str]:
    """root of a demanded act → CAMEO demand code, from ``extractors/data/modality.csv``."""
    return {r["root"]: r["demand_code"] for r in _modality_rows() if r.get("demand_code")}


_THREAT_LEADS = frozenset({"threatened", "threatens", "threaten", "threatening"})


def _threat_cue(intent: str) -> bool:
    """ "threatened to …": the intent cue is itself a threat."""
    return intent.lower().split()[0] in _THREAT_LEADS


def _country_codes() -> frozenset[str]:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    # CAMEO country codes outside ISO 3166 (Kosovo, the former Yugoslavia ...).
    codes.update({"KSV", "XKX", "YUG", "SCG", "CSK", "SUN", "DDR", "ZAR"})
    return frozenset(codes)


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
        self.intent_codes = load_intent_codes()
        self.demand_codes = load_demand_codes()
        self.refuse_codes = load_refuse_codes()
        self._context = ""
        self.tables = CodeTables(
            self.intent_codes,
            self.refuse_codes,
            self.demand_codes,
            relational_roots=load_relational_roots()
            if self.options.political_sources_only
            else frozenset(),
        )
        self.countries = _country_codes()
        self.roles: RoleAssigner
        if parser is not None:
            from extractors.parse_roles import ParseRoles

            self.roles = ParseRoles()
        else:
            self.roles = RuleRoles()
        self.rule_roles = RuleRoles()
        self._find_dates_fn: DateFinder = find_dates or default_find_dates
        self._find_places_fn: PlaceFinder = find_places or default_find_places

    # ------------------------------------------------------------------ sentences
    def sentences(self, text: str) -> list[SentenceView]:
        """Sentence views over the text: paragraphs first (titles have no full stop)."""
        views: list[SentenceView] = []
        starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
        paragraphs = [(s, e) for s, e in zip(starts, ends, strict=True) if text[s:e].strip()]
        chunks = [text[s:e] for s, e in paragraphs]
        tokenizer: Any = self.nlp.tokenizer  # spaCy types it as a plain callable
        docs = tokenizer.pipe(chunks)
        for (pstart, _pend), chunk, doc in zip(paragraphs, chunks, docs, strict=True):
            for toks in sentence_tokens(doc, chunk):
                first_off, _ = toks[0]
                last_off, last = toks[-1]
                start_char = pstart + first_off
                end_char = pstart + last_off + len(last)
                views.append(
                    SentenceView(
                        words=[_word(t, t.lower()) for _, t in toks],
                        texts=[t for _, t in toks],
                        offsets=[pstart + off for off, _ in toks],
                        start_char=start_char,
                        end_char=end_char,
                        text=text[start_char:end_char],
                    )
                )
        return views

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
            words = [t.lower_ for t in toks]
            if words != view.words:
                # The parser's tokenizer split differently: re-derive offsets from its tokens.
                base = view.offsets[0] if view.offsets else view.start_char
                view.words = words
                view.texts = [t.text for t in toks]
                view.offsets = [base + t.idx - toks[0].idx for t in toks] if toks else []
            view.parse = toks
            view.ner_places = _ner_places(toks, view.offsets)

    def _code(self, article: Article, views: list[SentenceView]) -> CodedArticle:
        day = article.published
        traces: list[SentenceTrace] = []
        events: list[Event] = []
        text_lower_words = [w for v in views for w in v.words]
        if self.story_discards.find(text_lower_words):
            trace = SentenceTrace(-1, "", decisions=["story discarded by dictionary"])
            return CodedArticle([], [trace], len(views))
        dates = self._find_dates(article)  # found lazily, only in sentences that need them
        # Resolving places reads the whole article: done only once an event needs one.
        places = PlaceIndex(lambda: self._find_places(article, views))
        memory: list[ActorPhrase] = []
        parsed = 0
        self._context = article.text  # for one-word names given to someone else
        first = views[0] if views else None
        dateline = (
            evidence.dateline_country(first.words, first.texts, self.actors, self.countries, day)
            if first is not None
            else None
        )
        for index, view in enumerate(views):
            trace = self._code_sentence(article, index, view, day, memory, dateline, dates, places)
            if view.parse is not None:
                parsed += 1
                trace.parsed = True
            if index == 0 and trace.events and _is_headline(view, len(views)):
                headline_date = self._lead_date(views, dates)
                if headline_date is not None:
                    trace.events = [self._redate(e, headline_date) for e in trace.events]
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
    ) -> SentenceTrace:
        trace = SentenceTrace(index, view.text)
        words = view.words
        if self.options.political_sources_only and _table_row(view.words):
            trace.decisions.append("a table of figures, not prose: no event")
            return trace
        discard = self.discards.find(words)
        if discard:
            trace.decisions.append(f"sentence discarded by dictionary entry {discard[0].payload}")
            return trace
        hits = self.verbs.find(words)
        verb_tokens = frozenset(i for h in hits for i in range(h.start, h.end))
        context = self._context if self.options.political_sources_only else None
        phrases = self.actors.phrases(words, day, stop=verb_tokens, context=context)
        # A verb form inside an actor name ("Islamic State") is not a verb, nor is one after a
        # determiner ("an attack", "its meeting"): that is a noun. One joined to a word by a
        # hyphen ("UN-brokered deal", "Israeli-occupied") is an adjective.
        headline = evidence.title_case(view.texts)
        taken = {i for p in phrases for i in range(p.start, p.end)} | verb_tokens
        named = [
            p
            for p in phrases
            if evidence.inside_longer_name(view.texts, p, taken, headline, self.actors.first_words)
        ]
        if named and self.options.political_sources_only:
            for p in named:
                surface = " ".join(view.texts[p.start : p.end])
                trace.decisions.append(f"'{surface}' is part of a longer name: not an actor")
            phrases = [p for p in phrases if p not in named]
        if self.options.political_sources_only:
            for k, p in enumerate(phrases):
                if evidence.people_of(view.texts, p, taken):
                    phrases[k] = replace(p, people=True)
        actor_tokens = {i for p in phrases for i in range(p.start, p.end)}
        if self.options.political_sources_only:
            hits = self._verbs_not_nouns(view, hits, phrases, headline, trace)
        hits = [
            h
            for h in hits
            if h.start not in actor_tokens
            and not _after_determiner(words, h.start, actor_tokens)
            and not _hyphen_adjective(view, h.start)
        ]
        if self.options.resolve_references:
            place = evidence.sentence_country(words, view.texts, phrases, self.countries)
            phrases = [
                evidence.with_evidence(words, view.texts, p, memory, dateline, headline, place)
                for p in phrases
            ]
            trace.decisions.extend(p.evidence for p in phrases if p.evidence)
        for p in phrases:
            trace.actors.append((" ".join(view.texts[p.start : p.end]), p.code, p.entry_ids))
        # Every actor of the sentence, not just an event's own: a country named as an
        # actor ("Russia condemned …") is no event's location unless a locative
        # preposition introduces it ("in Russia").
        view.actor_phrases = list(phrases)
        verb_starts = [h.start for h in hits]
        actor_starts = frozenset(p.start for p in phrases)
        obliged = grammar.obligations(words, phrases) if self.options.modality else []
        choices = [self.verbs.choose(words, hit, actor_starts) for hit in hits]
        demanded = self._demanded_roots(words, hits, choices, obliged)
        frames: list[Frame] = []
        for hit, choice in zip(hits, choices, strict=True):
            verb_text = " ".join(view.texts[hit.start : hit.end])
            trace.verbs.append((verb_text, choice.code, choice.pattern_id))
            frames.append(self._frame(view, hit, choice, verb_text, phrases, verb_starts, obliged))
        drop_reporters(frames, grammar.reporters(words, phrases))
        self._claim_demands(view, frames, obliged, demanded, phrases)
        found: list[Reading] = []
        for frame in frames:
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
            found.extend(got)
            # Subjects are the likeliest antecedents of a later "the government" or "it".
            memory.extend(p for p in frame.sources if p.has_actor)
        kept, dropped = select(
            found,
            single_actor_events=self.options.single_actor_events,
            fold_speech=self.options.fold_reported_speech,
        )
        if dropped:
            trace.decisions.append(f"{dropped} less specific reading(s) of the same actors dropped")
        events: list[Event] = []
        for r in kept:
            ev = self._event(
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
                events.append(_with_decisions(ev, [*told, f"verb '{r.frame.verb_text}'"]))
        if len(events) > 1:
            trace.decisions.append(f"{len(events)} distinct events after de-duplication")
        trace.events = events
        return trace

    def _verbs_not_nouns(
        self,
        view: SentenceView,
        hits: list[VerbHit],
        phrases: list[ActorPhrase],
        headline: bool,
        trace: SentenceTrace,
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
        for h in hits:
            why = grammar.noun_not_verb(
                view.words, view.texts, h.start, h.entry.lemma, ends, headline
            )
            if why is None:
                kept.append(h)
            else:
                trace.decisions.append(f"'{view.texts[h.start]}': {why}")
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
    ) -> Frame:
        """Fill one verb's frame: roles from the injected reader, grammar from the shared cues."""
        words = view.words
        frame = Frame(hit, choice, verb_text, speech=hit.entry.lemma in SPEECH_LEMMAS)
        if choice.code == NO_EVENT or not (choice.code or choice.reverse_code):
            return frame
        if self.options.modality:
            frame.condition = grammar.conditional(words, hit.start, frozenset(verb_starts))
        if obliged and grammar.obliged_by(words, hit.start, obliged) is not None:
            frame.obliged = True
        if frame.condition or frame.obliged:
            return frame
        roles = self.roles.assign(view, hit, choice, phrases, verb_starts)
        frame.sources, frame.targets = roles.sources, roles.targets
        if frame.speech and any(p.code[3:6] == "MED" for p in frame.targets):
            # "told reporters": the press is the audience of a statement, not its target.
            frame.targets = [p for p in frame.targets if p.code[3:6] != "MED"]
            frame.role_notes.append("the press is a statement's audience, not its target")
        if frame.speech and self.options.political_sources_only:
            speakers = [
                p
                for p in frame.sources
                if grammar.speaker_of(words, view.texts, p, hit.start, hit.end)
            ]
            if len(speakers) < len(frame.sources):
                frame.role_notes.append("a verb of saying: only the actor written beside it speaks")
                frame.sources = speakers
        frame.passive = roles.passive
        frame.role_notes = list(roles.decisions)
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
        return frame

    def _claim_demands(
        self,
        view: SentenceView,
        frames: Sequence[Frame],
        obliged: Sequence[tuple[int, ActorPhrase]],
        demanded: dict[int, str],
        phrases: list[ActorPhrase],
    ) -> None:
        """ "X said Y must withdraw": each "must" makes one demand, by the first statement."""
        unclaimed = list(obliged)
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
    def _event(
        self,
        article: Article,
        index: int,
        view: SentenceView,
        hit: VerbHit,
        choice: PatternChoice,
        code: str,
        src: ActorPhrase,
        tgt: ActorPhrase | None,
        dates: DateIndex,
        places: PlaceIndex,
    ) -> Event | None:
        info = self.codebook.lookup(code)
        extra: list[str] = []
        if info is None:
            # A user's dictionary may use codes outside CAMEO: keep the event, unscored.
            if not code or code == NO_EVENT or not any(c.isdigit() for c in code):
                return None
            info = CameoCode(code, "", code[:2], 0.0, 0, 0, 0)
            extra.append(f"code {code} is not in the CAMEO table: no Goldstein score")
        source_code = src.code
        target_code = tgt.code if tgt is not None else ""
        if source_code == target_code:
            return None
        verb_char = view.offsets[hit.start] if view.offsets else view.start_char
        event_date, date_text, precision = self._event_date(article, view, verb_char, dates)
        own = [src] + ([tgt] if tgt else [])
        place = self._event_place(view, verb_char, places, [*own, *view.actor_phrases])
        return Event(
            doc_id=article.doc_id,
            sentence_index=index,
            sentence_text=view.text,
            source_code=source_code,
            source_name=src.name,
            target_code=target_code,
            target_name=tgt.name if tgt is not None else "",
            cameo_code=code,
            root_code=info.root_code,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            pattern_id=choice.pattern_id,
            event_date=event_date,
            date_text=date_text,
            date_precision=precision,
            source_country=self._country(source_code),
            target_country=self._country(target_code),
            location_name=place.name if place else "",
            location_country=place.country_code if place else "",
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            decisions=tuple(extra),
        )

    def _country(self, code: str) -> str:
        head = code[:3]
        return head if head in self.countries else ""

    # ------------------------------------------------------------------ when / where
    def _find_dates(self, article: Article) -> DateIndex:
        return DateIndex(article, self._find_dates_fn)

    def _find_places(self, article: Article, views: list[SentenceView]) -> list[PlaceMention]:
        candidates = [span for v in views for span in v.ner_places]
        if candidates:
            return self._find_places_fn(article.text, candidates=candidates)
        return self._find_places_fn(article.text)

    def _lead_date(self, views: list[SentenceView], dates: DateIndex) -> DateMention | None:
        """A headline has no date of its own: it reports the lead's event."""
        if len(views) < 2:
            return None
        lead = views[1]
        lead_end = views[min(2, len(views) - 1)].end_char
        for m in dates.within(lead.start_char, lead_end):
            if m.kind == "DATE" and date_of(m):
                return m
        return None

    def _redate(self, event: Event, mention: DateMention) -> Event:
        from dataclasses import replace

        if event.date_text:
            return event
        day = date_of(mention)
        if day is None:
            return event
        return replace(
            event, event_date=day, date_text=mention.text, date_precision=mention.precision
        )

    def _event_date(
        self, article: Article, view: SentenceView, verb_char: int, dates: DateIndex
    ) -> tuple[dt.date | None, str, str]:
        best: tuple[int, DateMention, dt.date] | None = None
        for m in dates.within(view.start_char, view.end_char):
            if m.kind != "DATE":
                continue
            day = date_of(m)
            if day is None:
                continue
            distance = abs(m.start - verb_char)
            if best is None or distance < best[0]:
                best = (distance, m, day)
        if best is not None:
            return best[2], best[1].text, best[1].precision
        return article.published, "", "publication"

    def _event_place(
        self,
        view: SentenceView,
        verb_char: int,
        places: PlaceIndex,
        actors: list[ActorPhrase],
    ) -> PlaceMention | None:
        inside = [p for p in places.all() if view.start_char <= p.start < view.end_char]
        if not inside:
            return None
        actor_chars = []
        for a in actors:
            if a.start < len(view.offsets):
                end_tok = min(a.end, len(view.offsets)) - 1
                actor_chars.append(
                    (view.offsets[a.start], view.offsets[end_tok] + len(view.texts[end_tok]))
                )
        scored: list[tuple[int, int, PlaceMention]] = []
        for p in inside:
            before = view.text and _word_before(view, p.start)
            # "in Aleppo", or "Syria, where the strikes are carried out".
            locative = before in grammar.LOCATIVE or _where_after(view, p.end)
            is_actor = any(s <= p.start < e for s, e in actor_chars)
            if is_actor and not locative:
                continue
            scored.append((0 if locative else 1, abs(p.start - verb_char), p))
        if not scored:
            return None
        scored.sort(key=lambda t: (t[0], t[1]))
        return scored[0][2]


def _table_row(words: Sequence[str]) -> bool:
    """A line of a price or rate table: mostly figures ("BID 5-3/8 OFFER 5-1/2 …")."""
    if len(words) < 8:
        return False
    figures = sum(1 for w in words if any(ch.isdigit() for ch in w))
    return figures >= 0.3 * len(words)


def _is_headline(view: SentenceView, n_sentences: int) -> bool:
    """A first line with no closing punctuation, followed by more text, is a headline."""
    return n_sentences > 1 and not view.text.rstrip().endswith((".", "!", "?", '"', "”", "'"))


def _where_after(view: SentenceView, char: int) -> bool:
    """Whether the words from ``char`` on are "where" or ", where"."""
    nxt = [w for off, w in zip(view.offsets, view.words, strict=False) if off >= char][:2]
    return nxt[:1] == ["where"] or nxt == [",", "where"]


def _word_before(view: SentenceView, char: int) -> str:
    prev = ""
    for off, w in zip(view.offsets, view.words, strict=False):
        if off >= char:
            break
        prev = w
    return prev


_AUXILIARIES = frozenset(
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


def _after_determiner(words: Sequence[str], i: int, actor_tokens: set[int]) -> bool:
    """A verb form after "a/the/its" and at most two modifiers is a noun: "a brief visit".

    A past form after a plural noun is the noun phrase's verb: "its allies demanded".
    """
    if i >= 2 and words[i].endswith("ed") and words[i - 1].endswith("s"):
        if words[i - 1] not in _DETERMINERS and words[i - 1].isalpha():
            return False
    for j in range(i - 1, max(-1, i - 4), -1):
        w = words[j]
        if w in _DETERMINERS:
            return True
        if j in actor_tokens or w in _AUXILIARIES or not w.isalpha():
            return False
    return False


def _hyphen_adjective(view: SentenceView, i: int) -> bool:
    """ "UN-brokered", "Syrian-backed": a participle written onto the word before it."""
    if i < 2 or view.words[i - 1] != "-" or not view.offsets:
        return False
    # Written without spaces: the hyphen touches both neighbours.
    return (
        view.offsets[i - 1] == view.offsets[i - 2] + len(view.texts[i - 2])
        and view.offsets[i] == view.offsets[i - 1] + 1
        and view.words[i].endswith("ed")
    )


def _ner_places(toks: Sequence[object], offsets: Sequence[int]) -> list[tuple[int, int]]:
    """Char spans of the parser's place entities (GPE, LOC, FAC) in one sentence."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        label = getattr(tok, "ent_type_", "")
        if label not in ("GPE", "LOC", "FAC") or i >= len(offsets):
            continue
        end = offsets[i] + len(getattr(tok, "text", ""))
        if getattr(tok, "ent_iob_", "") == "I" and spans and spans[-1][1] >= offsets[i] - 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((offsets[i], end))
    return spans


# Upper-case acronyms whose lower-case form is an ordinary word ("US" / "us").
_ACRONYMS = {"US": "u.s.", "U.S": "u.s."}


def _word(text: str, lower: str) -> str:
    """The matching form of a token: lower case, except for acronyms that would collide."""
    return _ACRONYMS.get(text, lower)


class DateIndex:
    """The article's date mentions, found sentence by sentence when first asked for.

    Most sentences of an article hold no event, so most never need their dates.
    """

    def __init__(self, article: Article, finder: DateFinder) -> None:
        self._text = article.text
        self._published = article.published
        self._finder = finder
        self._cache: dict[tuple[int, int], list[DateMention]] = {}

    def within(self, start: int, end: int) -> list[DateMention]:
        if self._published is None:
            return []
        key = (start, end)
        if key not in self._cache:
            found = self._finder(self._text[start:end], self._published)
            self._cache[key] = [replace(m, start=m.start + start, end=m.end + start) for m in found]
        return self._cache[key]


class PlaceIndex:
    """The article's places, resolved the first time an event asks for its location.

    Resolution weighs every place of the article, so it runs over the whole
    text once; articles that yield no event never pay for it.
    """

    def __init__(self, find: Callable[[], list[PlaceMention]]) -> None:
        self._find = find
        self._places: list[PlaceMention] | None = None

    def all(self) -> list[PlaceMention]:
        if self._places is None:
            self._places = self._find()
        return self._places


def _pattern_negates(words: Sequence[str], choice: PatternChoice) -> bool:
    """Whether the matched pattern itself holds the negating word ("did n't * over")."""
    return choice.pattern is not None and any(
        words[i] in grammar.NEGATORS for i in choice.words_used if i < len(words)
    )


def _with_decisions(event: Event, decisions: Iterable[str]) -> Event:
    from dataclasses import replace

    return replace(event, decisions=event.decisions + tuple(decisions))
