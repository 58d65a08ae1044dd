"""Events assembled from a frame's reading, the article's dates and its places.

The coder decides who did what to whom (:mod:`extractors.frames`); this module
adds when and where: the date mention nearest the verb (else the publication
date), the headline's lead date, and the event's location (a place after a
locative preposition first, never an actor of the sentence without one). Dates
and places are found lazily, only for sentences that yield an event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from typing import Final, Protocol

from extractors import grammar
from extractors.actors import UNKNOWN, ActorPhrase, demonyms
from extractors.dates import date_of, first_day_of
from extractors.evidence import FORMER_STATES
from extractors.frames import Reading, describe
from extractors.morphology import verb_forms
from extractors.roles import SentenceView
from extractors.verbs import NO_EVENT, PatternChoice, VerbHit
from schema.codebook import CameoCode, Codebook
from schema.records import Article, DateMention, Event, PlaceMention


class DateFinder(Protocol):
    def __call__(self, text: str, published: dt.date) -> list[DateMention]: ...


class PlaceFinder(Protocol):
    def __call__(
        self, text: str, candidates: Sequence[tuple[int, int]] | None = None
    ) -> list[PlaceMention]: ...


class EventAssembler:
    """Turns readings into :class:`Event` records with dates, places and scores."""

    def __init__(
        self,
        codebook: Codebook,
        countries: Collection[str],
        find_dates: DateFinder,
        find_places: PlaceFinder,
    ) -> None:
        self.codebook = codebook
        self.countries = countries
        self._find_dates = find_dates
        self._find_places = find_places

    def places(self, article: Article, views: list[SentenceView]) -> PlaceIndex:
        """The article's places, resolved when an event first needs one."""
        return PlaceIndex(lambda: self._places_of(article, views))

    def events(
        self,
        article: Article,
        index: int,
        view: SentenceView,
        kept: Iterable[Reading],
        dates: DateIndex,
        places: PlaceIndex,
        home: str | None = None,
    ) -> list[Event]:
        """The events of a sentence's kept readings, each with the decisions that made it.

        ``home`` is the country whose states or provinces the article names
        (:func:`extractors.actors.states_home`), whose towns may share a state's name."""
        out: list[Event] = []
        for r in kept:
            ev = self.assemble(
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
                home,
            )
            if ev is not None:
                found_by = [
                    p.evidence for p in (r.source, r.target) if p is not None and p.evidence
                ]
                told = [describe(d) for d in r.decisions] + r.frame.role_notes + found_by
                out.append(with_decisions(ev, [*told, f"verb '{r.frame.verb_text}'"]))
        return out

    def assemble(
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
        home: str | None = None,
    ) -> Event | None:
        info = self.codebook.lookup(code)
        extra: list[str] = []
        if info is None:
            # A user's dictionary may use codes outside CAMEO: keep the event, unscored.
            if not code or code == NO_EVENT or not any(c.isdigit() for c in code):
                return None
            info = CameoCode(code, "", code[:2], 0.0, 0, 0, 0)
            extra.append(f"code {code} is not in the CAMEO table: no Goldstein score")
        if home is not None:
            src = self._town_not_state(view, src, places, home, extra)
            tgt = self._town_not_state(view, tgt, places, home, extra) if tgt else None
        src = self._title_place(view, src, places, extra)
        tgt = self._title_place(view, tgt, places, extra) if tgt else None
        source_code = src.code
        target_code = tgt.code if tgt is not None else ""
        if tgt is not None and src.same_actor(tgt):
            return None  # an actor acting on itself
        verb_char = view.offsets[hit.start] if view.offsets else view.start_char
        done = grammar.past_form(view.words[hit.start], hit.entry.lemma)
        said = view.words[hit.start] in grammar.SPEECH_WORDS
        event_date, date_text, precision = self._event_date(
            article,
            view,
            verb_char,
            dates,
            done,
            said_from=hit.end if said else None,
            names_a_thing=view.words[hit.start] in _NAMES_A_THING,
        )
        undated = (
            _day_unknown(view.words, hit.start, index, done and info.root_code != "01")
            if precision == PUBLICATION
            else None
        )
        if undated:
            event_date, precision = None, ON_OR_BEFORE
            extra.append(undated)
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
            source_country=self.country(source_code),
            target_country=self.country(target_code),
            location_name=place.name if place else "",
            location_country=place.country_code if place else "",
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            decisions=tuple(extra),
        )

    def _town_not_state(
        self,
        view: SentenceView,
        phrase: ActorPhrase,
        places: PlaceIndex,
        home: str,
        extra: list[str],
    ) -> ActorPhrase:
        """A state's name or capital that the article's places resolve to a town or a
        division of ``home``, the country whose states the article names ("Athens Mayor
        Randy Daniel" in a story of Henderson County, Texas; "Georgia authorities" beside
        Atlanta): the actor is of the country the place is in, not the state the name also
        names. A demonym ("Canadian authorities") names the state, whatever town shares it."""
        if not view.offsets:
            return phrase
        country = phrase.code[:3]
        if country in FORMER_STATES or country == home:
            return phrase  # (the Soviet Union's Moscow is Russia's today: no other town)
        for piece in phrase.pieces:
            if piece.kind != "actor" or piece.code != country or piece.start >= len(view.offsets):
                continue
            if " ".join(view.words[piece.start : piece.end]) in demonyms():
                continue
            last = min(piece.end, len(view.offsets)) - 1
            start = view.offsets[piece.start]
            end = view.offsets[last] + len(view.texts[last])
            for place in places.all():
                if (
                    place.start == start
                    and place.end == end
                    and place.feature != "country"
                    and place.country_code == home
                ):
                    extra.append(
                        f"'{place.text}' is {place.country_code}: the article's places make it "
                        f"{place.name}, {place.admin1 or place.country_code}, not {country}"
                    )
                    return replace(phrase, code=place.country_code + phrase.code[3:])
        return phrase

    def _title_place(
        self, view: SentenceView, phrase: ActorPhrase, places: PlaceIndex, extra: list[str]
    ) -> ActorPhrase:
        """An office-holder of no country found whose title opens with a place the article's
        places resolve ("Queensland Premier Peter Beattie", "Licking County Prosecutor Ken
        Oswalt", "New Orleans Police Superintendent"): the office is that place's, so its
        holder is of the place's country."""
        if not phrase.titled or not phrase.code.startswith(UNKNOWN) or not view.offsets:
            return phrase
        if phrase.start >= len(view.offsets):
            return phrase
        start = view.offsets[phrase.start]
        for place in places.all():
            if (
                place.country_code in self.countries
                and place.feature != "country"
                and view.start_char <= place.start
                and place.end <= start
                and not view.text[place.end - view.start_char : start - view.start_char].strip()
                and _capitalised(place.text)
            ):
                country = place.country_code
                extra.append(
                    f"'{view.texts[phrase.start]}' is {country}: its title's own place, "
                    f"{place.text}"
                )
                return replace(phrase, code=country + phrase.code[len(UNKNOWN) :])
        return phrase

    def country(self, code: str) -> str:
        head = code[:3]
        return head if head in self.countries else ""

    def dates(self, article: Article) -> DateIndex:
        return DateIndex(article, self._find_dates)

    def _places_of(self, article: Article, views: list[SentenceView]) -> list[PlaceMention]:
        candidates = [span for v in views for span in v.ner_places]
        if candidates:
            return self._find_places(article.text, candidates=candidates)
        return self._find_places(article.text)

    def lead_date(self, views: list[SentenceView], dates: DateIndex) -> DateMention | None:
        """A headline has no date of its own: it reports the lead's event."""
        if len(views) < 2:
            return None
        lead = views[1]
        lead_end = views[min(2, len(views) - 1)].end_char
        for m in dates.within(lead.start_char, lead_end):
            if m.kind == "DATE" and date_of(m):
                return m
        return None

    def redate(self, event: Event, mention: DateMention) -> Event:
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
        self,
        article: Article,
        view: SentenceView,
        verb_char: int,
        dates: DateIndex,
        done: bool = False,
        said_from: int | None = None,
        names_a_thing: bool = False,
    ) -> tuple[dt.date | None, str, str]:
        """The date mention nearest the verb, else the publication date. A verb written in
        a past form ("said", "met") is done, so a date after publication is another
        clause's ("said the meetings scheduled next month would ..."), not its own. A verb
        of saying (its words ending at token ``said_from``) is dated only by a mention
        before it or in its own words after it ("said on Tuesday", "told reporters late on
        Tuesday"): a date inside what was said is the content's ("said output in 1986 ...").
        A verb that ``names_a_thing`` ("announced the easing of import curbs … last
        month") is dated by a mention that closes its object too, when no clause opens
        between them (``_closes_object``)."""
        best: tuple[int, DateMention, dt.date] | None = None
        coarse: tuple[int, DateMention, dt.date] | None = None
        # A done act's latest date: the publication's (a dateline may run a day ahead).
        latest = article.published if done else None
        for m in dates.within(view.start_char, view.end_char):
            if m.kind != "DATE":
                continue
            if (
                said_from is not None
                and not _dates_saying(view, said_from, m.start)
                and not (names_a_thing and _closes_object(view, said_from, m.start))
            ):
                continue
            distance = abs(m.start - verb_char)
            day = date_of(m)
            if day is None:
                # "Last April, Argentina signed", "met last week": a month, week or year
                # dates the act at its own precision, when the sentence names no day.
                start = first_day_of(m)
                if latest is not None and start is not None and start > latest:
                    continue  # "said ... next month"
                if start is not None and (coarse is None or distance < coarse[0]):
                    coarse = (distance, m, start)
                continue
            if latest is not None and day > latest + _DATELINE_LEAD:
                continue  # "said ... by March 10"
            if best is None or distance < best[0]:
                best = (distance, m, day)
        best = best or coarse
        if best is not None:
            return best[2], best[1].text, best[1].precision
        return article.published, "", PUBLICATION

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
            before = view.text and word_before(view, p.start)
            # "in Aleppo", or "Syria, where the strikes are carried out".
            locative = before in grammar.LOCATIVE or where_after(view, p.end)
            is_actor = any(s <= p.start < e for s, e in actor_chars)
            if is_actor and not locative:
                continue
            scored.append((0 if locative else 1, abs(p.start - verb_char), p))
        if not scored:
            return None
        scored.sort(key=lambda t: (t[0], t[1]))
        return scored[0][2]


def _capitalised(text: str) -> bool:
    """A place written as a name ("Queensland", "New Orleans"), not a common word."""
    return all(w[:1].isupper() for w in text.split())


# Words between a verb of saying and its own date: "said in a statement on Tuesday", "told
# reporters at a news conference late on Tuesday", "said here today".
_WORDS_OF_THE_SAYING: Final = frozenset(
    """on in at a an the late early earlier later last this statement interview reporters
    journalists news conference briefing here today tonight television radio parliament
    press""".split()
)


# The forms of "tell", whose object (the one told) belongs to the saying.
_TELL_FORMS: Final = frozenset(verb_forms("tell"))


# The nouns that end a saying's own prepositional phrase, whatever words describe them: "in
# the budget speech on Thursday", "at a similar press conference last year".
_OCCASIONS_OF_SAYING: Final = frozenset(
    """statement statements interview interviews conference conferences briefing briefings
    speech speeches address remarks testimony hearing session debate letter broadcast
    communique message report""".split()
)
# How many describing words such a phrase may hold before its noun.
_OCCASION_REACH: Final = 4


def _dates_saying(view: SentenceView, verb_end: int, char: int) -> bool:
    """A date mention at ``char`` is the saying's own: before the verb, or after it with
    only the saying's own words between (its prepositional phrase of occasion included:
    "announced at a similar press conference last year that …")."""
    if verb_end >= len(view.offsets) or char < view.offsets[verb_end]:
        return True
    words = view.words
    k = verb_end
    if 0 < k and words[k - 1] in _TELL_FORMS and not view.texts[k - 1].isupper():
        # "told the Daily Telegraph in 2001 that …": the one told, named, is the saying's own
        # words too (not in a headline, all of whose words are capitalised).
        if k < len(words) and words[k] in grammar.ARTICLES:
            k += 1
        while k < len(view.offsets) and view.texts[k][:1].isupper() and view.offsets[k] < char:
            k += 1
    while k < len(view.offsets):
        if view.offsets[k] >= char:
            return True
        if words[k] in {"in", "at", "during"}:
            ends = [
                j
                for j in range(k + 1, min(len(words), k + 2 + _OCCASION_REACH))
                if words[j] in _OCCASIONS_OF_SAYING
            ]
            if (
                ends
                and view.offsets[ends[0]] < char
                and all(
                    words[j].isalpha() and words[j] not in {"that", "and", "or"}
                    for j in range(k + 1, ends[0])
                )
            ):
                k = ends[0] + 1
                continue
        if words[k] not in _WORDS_OF_THE_SAYING:
            return False
        k += 1
    return True


# Verbs of saying whose object is often a thing, not a clause (``cues.csv``).
_NAMES_A_THING: Final = grammar.cue_words("names a thing")
# Words that open a clause of its own between such a verb and a date: the date is then that
# clause's ("announced that exports rose last month", "announced plans, which it had made
# last year, …").
_CLAUSE_WORDS: Final = (
    grammar.SUBJECT_PRONOUNS
    | grammar.MODALS
    | grammar.BE_FORMS
    | grammar.RELATIVES
    | grammar.CLAUSE_BREAKS
    | grammar.SUBORDINATORS
    | frozenset({"we", "i", "you", "has", "have", "had", "if", '"', "“", "”"})
)
# A date after these is what the object is about, not when it was named: "announced its
# figures for last year", "announced a plan until next week".
_CONTENT_PREPOSITIONS = frozenset({"for", "of", "by", "until", "from", "to", "through", "since"})


def _closes_object(view: SentenceView, verb_end: int, char: int) -> bool:
    """A date mention at ``char`` closes the thing a verb names, the words from
    ``verb_end`` holding no clause of their own and no preposition of content just
    before it."""
    words = view.words
    between = [w for k, w in enumerate(words[verb_end:], verb_end) if view.offsets[k] < char]
    while between and between[-1] in grammar.ARTICLES:
        between.pop()
    if not between or between[-1] in _CONTENT_PREPOSITIONS:
        return False
    return not any(w in _CLAUSE_WORDS for w in between)


# A dateline's local date may be a day after the publication stamp (UTC): "TOKYO, Feb 27"
# on a story stamped Feb 26.
_DATELINE_LEAD: Final = dt.timedelta(days=1)
# An event dated by the publication alone, and one done on or before it, day unknown.
PUBLICATION: Final = "publication"
ON_OR_BEFORE: Final = "on or before publication"
# The headline and the lead: sentences 0 and 1, whose present perfects tell the day's news.
_LEAD_END: Final = 2


def _day_unknown(words: Sequence[str], start: int, index: int, done_act: bool) -> str | None:
    """Why an act with no date of its own was done on or before the article's day, which
    day the text does not say (the decision to record), if it was:

    - "The government has announced plans to cut 100,000 civil servants", a present perfect
      told after the headline and lead (the lead's present perfect is the day's news);
    - "Mr Howard said the police had said", "Kuwait had earlier considered": a past
      perfect, before the time the sentence tells;
    - "Mr Blair recently said", "is on record as saying": an earlier day's act, anywhere;
    - "The move came after the US lifted a trade ban", "as the police said they would
      help": an act told as the setting or reason of the one told;
    - "The government froze salaries as part of its efforts", a done act (``done_act``: a
      past form, no statement) told after the headline and lead in a sentence that reports
      no one's words: such acts are as often the story's background as its news. (A
      statement, "Dodd said in a statement", and an act someone reports, "IRNA said
      Iranian forces captured …", are the day's news as the reporter's sources tell it.)
    """
    perfect = grammar.present_perfect(words, start) if index >= _LEAD_END else None
    if perfect:
        return (
            f"'{perfect}': a present perfect after the lead, no date of its own: "
            "on or before publication, day unknown"
        )
    perfect = grammar.past_perfect(words, start)
    if perfect:
        return (
            f"'{perfect}': a past perfect, done before the time the sentence tells, no date "
            "of its own: on or before publication, day unknown"
        )
    earlier = grammar.earlier_day(words, start)
    if earlier:
        return (
            f"'{earlier}': done on an earlier day, no date of its own: "
            "on or before publication, day unknown"
        )
    opener = grammar.background_clause(words, start)
    if opener:
        return (
            f"'{opener}': the setting or reason of the act the sentence tells, no date of "
            "its own: on or before publication, day unknown"
        )
    if (
        done_act
        and index >= _LEAD_END
        and not grammar.reported(words)
        # ("Canada earlier criticised the United States": the story's own day)
        and grammar.RECENT.isdisjoint(words)
    ):
        return (
            f"'{words[start]}': an act done, told after the lead with no source and no "
            "date of its own: on or before publication, day unknown"
        )
    return None


def with_decisions(event: Event, decisions: Iterable[str]) -> Event:
    """The event with more decisions appended."""
    return replace(event, decisions=event.decisions + tuple(decisions))


def background_date(view: SentenceView, dates: DateIndex, published: dt.date | None) -> str:
    """The date that makes a sentence background: "In 1984, … reached accords".

    A sentence that opens with "In <date>," or "On <date>," where the date is at least
    two calendar years before publication recalls the past, not the story's news. (A
    date later in the sentence often belongs to another act: "suspected of blowing up a
    plane in 1988".) Returns the date's text, or "" when there is none.
    """
    if published is None or len(view.words) < 3 or view.words[0] not in {"in", "on"}:
        return ""
    for m in dates.within(view.start_char, view.end_char):
        year = m.value[:4]
        if m.kind != "DATE" or not year.isdigit() or int(year) > published.year - 2:
            continue
        if m.start - view.start_char <= len(view.words[0]) + 5:  # "In 1984", "In the 1980s"
            return m.text
    return ""


def where_after(view: SentenceView, char: int) -> bool:
    """Whether the words from ``char`` on are "where" or ", where"."""
    nxt = [w for off, w in zip(view.offsets, view.words, strict=False) if off >= char][:2]
    return nxt[:1] == ["where"] or nxt == [",", "where"]


def word_before(view: SentenceView, char: int) -> str:
    prev = ""
    for off, w in zip(view.offsets, view.words, strict=False):
        if off >= char:
            break
        prev = w
    return prev


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
