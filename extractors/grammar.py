"""Shallow grammar on token sequences: negation, passive voice, modality, clauses, compounds.

These are the rule-mode decisions. Parsed mode (``extractors.parse_roles``)
reads the same facts off a dependency parse; both report their decisions as
short strings so ``explain`` can show them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache
from typing import Final

from extractors.actors import ONE_PERSON_OFFICES, ActorPhrase
from extractors.data import csv_rows
from extractors.dates import MONTHS, WEEKDAYS
from extractors.morphology import irregular_verbs, past, past_participle, verb_forms

# Each cue's words, read once (a plain dict, not ``functools.cache``: mypyc cannot type a
# decorated function that modules in an import cycle with this one use at import).
_CUE_WORDS: Final[dict[str, frozenset[str]]] = {}


def cue_words(cue: str) -> frozenset[str]:
    """The words of one cue in ``extractors/data/cues.csv``: verbs in all their forms."""
    known = _CUE_WORDS.get(cue)
    if known is not None:
        return known
    words: set[str] = set()
    for row in csv_rows("cues.csv"):
        if row["cue"] != cue:
            continue
        entry = row["entry"].strip().lower()
        words.update(verb_forms(entry) if row["kind"] == "verb" else (entry,))
    if not words:
        raise ValueError(f"no cue words for {cue!r} in cues.csv")
    _CUE_WORDS[cue] = frozenset(words)
    return _CUE_WORDS[cue]


NEGATORS: Final = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
ARTICLES: Final = frozenset({"the", "a", "an"})
# "failed to", "declined to" negate the event that follows them.
NEGATING_VERBS: Final[frozenset[str]] = cue_words("negating")
# "refused to meet", "declined to resign": the act is refused (CAMEO's root 12), not done.
REFUSING_VERBS: Final[frozenset[str]] = cue_words("refusing")
BE_FORMS: Final = frozenset({"was", "were", "been", "being", "is", "are", "be", "am", "'s", "got"})
AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "been", "be", "will"}
)
ADVERB_HINT = frozenset({"also", "again", "reportedly", "allegedly", "already", "repeatedly"})
MODALS_INTENT: Final[frozenset[str]] = frozenset({"will", "would", "shall", "'ll", "wo"})
# Every modal a verb's base form follows: "will", "could", "must".
MODALS: Final = MODALS_INTENT | frozenset({"can", "could", "may", "might", "must", "should"})
INTENT_LEADS: Final[frozenset[str]] = cue_words("intent")
# A new clause starts after these tokens; actors beyond them don't fill roles.
CLAUSE_BREAKS: Final = frozenset({";", ":", "—", "–", "(", ")", "?", "!"})
# Words that open an adverbial clause of its own: "…, after the Bar Association boycotted",
# "workers struck, while teachers refused", "refused on the grounds that G-5, grouping the
# United States, …". (Roles add "whether"; a verb's actor slot stops at "if" too.)
CLAUSE_SUBORDINATORS: Final = frozenset(
    "after before because while when although though since until unless whereas grounds".split()
)
RELATIVES: Final = frozenset({"who", "which", "that", "whose", "whom", "where", "when", "while"})
COORDINATORS: Final = frozenset({"and", ",", "&", "as well as", "plus"})
LOCATIVE: Final = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "throughout",
        "into",
        "from",
        "over",
        "on",
    }
)
PREPOSITIONS: Final = frozenset(
    {
        "in",
        "on",
        "at",
        "to",
        "with",
        "from",
        "against",
        "for",
        "by",
        "of",
        "into",
        "toward",
        "towards",
        "about",
        "over",
        "between",
        "among",
        "without",
        "than",
        "near",
        "after",
        "before",
        "during",
        "under",
        "like",
        "as",
        "through",
        "across",
        "throughout",
        "inside",
        "along",
    }
)
PRONOUNS: Final = frozenset({"it", "he", "she", "they", "its", "his", "her", "their"})
SUBJECT_PRONOUNS: Final = frozenset({"it", "he", "she", "they"})


# "rejected an invitation to attend", "turned down calls to resign": the act asked for
# is refused, as with "refused to attend".
REFUSED_REQUESTS: Final = frozenset(
    {
        "invitation",
        "invitations",
        "offer",
        "offers",
        "request",
        "requests",
        "call",
        "calls",
        "proposal",
        "proposals",
        "demand",
        "demands",
        "appeal",
        "appeals",
        "plea",
        "pleas",
    }
)
_REJECTING: Final = REFUSING_VERBS | cue_words("rejecting") | {"down"}


def _refused_request(words: Sequence[str], noun: int, floor: int) -> str | None:
    """ "rejected [an|the|a formal] invitation": the refusal, read left of the noun."""
    j = noun - 1
    skipped = 0
    while j >= floor and skipped < 3 and words[j] not in _REJECTING:
        if not words[j].isalpha() or words[j] in CLAUSE_BREAKS:
            return None
        j -= 1
        skipped += 1
    if j < floor or words[j] not in _REJECTING:
        return None
    if words[j] == "down" and (j == floor or words[j - 1] not in _TURN):
        return None  # "down" refuses only in "turned down"
    lead = "refused" if words[j] not in REFUSING_VERBS else words[j]
    return f"{lead} ({words[j]} {words[noun]}) to"


_TURN: Final = frozenset({"turned", "turns", "turn", "turning"})


# Nouns of wanting: after "no" they deny the act that follows ("has no desire to offer").
WANTED_NOUNS: Final = cue_words("wanted")
_QUOTES_WORDS: Final = frozenset({'"', "“", "”", "'", "‘", "’"})


def _no_wish(words: Sequence[str], to: int, floor: int) -> str | None:
    """ "has 'no desire' to offer", "no plans to seek": the noun of wanting after "no"."""
    j = to - 1
    while j >= floor and words[j] in _QUOTES_WORDS:
        j -= 1
    if j < floor or words[j] not in WANTED_NOUNS:
        return None
    noun = j
    j -= 1
    while j >= floor and words[j] in _QUOTES_WORDS:
        j -= 1
    if j >= floor and words[j] == "no":
        return words[noun]
    # "do not have any plans to meet", "did not express any desire to"
    # ("n't" is one of the negators)
    if (
        j >= floor + 2
        and words[j] == "any"
        and words[j - 1] in _HAVING
        and words[j - 2] in NEGATORS
    ):
        return words[noun]
    return None


# Verbs of having a wish, in "not have any plans to".
_HAVING: Final = frozenset({"have", "has", "had", "express", "expressed", "show", "showed"})


def is_negated(words: Sequence[str], verb_start: int, floor: int) -> str | None:
    """The negating word before the verb (within its auxiliary chain), if any."""
    i = verb_start - 1
    steps = 0
    while i >= floor and steps < 4:
        w = words[i]
        if w in NEGATORS:
            return w
        if w in NEGATING_VERBS:
            return w
        if w == "to" and i - 1 >= floor and words[i - 1] in NEGATING_VERBS | REFUSING_VERBS:
            return words[i - 1] + " to"
        if w == "to" and (excess := too_much(words, i, floor)) is not None:
            return excess  # "too weak to attack": the act is not done
        if w == "to" and (wish := _no_wish(words, i, floor)) is not None:
            return f"no {wish} to"
        if w == "to" and i - 1 >= floor and words[i - 1] in REFUSED_REQUESTS:
            refusal = _refused_request(words, i - 1, floor)
            if refusal is not None:
                return refusal
        if w in _QUOTE_MARKS or w == "yet":
            # 'were not "asking the critical questions"': a quotation opened inside the
            # verb's chain hides no negation; nor does "yet" ("have not yet agreed")
            i -= 1
            continue
        if w == "to" and i - 2 >= floor and words[i - 1] == "yet" and words[i - 2] in AUXILIARIES:
            return "yet to"  # "Iran has yet to accept": not done
        if (
            w not in AUXILIARIES
            and w not in ADVERB_HINT
            and w not in MODALS_INTENT
            and w != "to"
            and not (w.endswith("ly") and w.isalpha())
            and not (w.endswith("ing") and w in _PASSES_NEGATION)
        ):
            break
        i -= 1
        steps += 1
    return None


def too_much(words: Sequence[str], to: int, floor: int) -> str | None:
    """ "too weak to attack", "too far away to intervene": "too" and one or two words before
    the infinitive's "to" say the act is not done."""
    for k in (to - 2, to - 3):
        if k >= floor and words[k] == "too" and all(w.isalpha() for w in words[k + 1 : to]):
            return " ".join(words[k : to + 1])
    return None


# (the negation check also passes TeX-style quotes, as some wires write them)
_QUOTE_MARKS = _QUOTES_WORDS | {"``", "''"}


# "is not actively considering offering": an "-ing" form the negation passes through.
_PASSES_NEGATION: Final = cue_words("passes negation")


def is_passive(words: Sequence[str], verb_start: int, verb_end: int, lemma: str) -> bool:
    """A participle after a form of "be": "was attacked", "were being shelled"."""
    w = words[verb_start]
    if w == lemma.split()[0] or w.endswith("ing"):
        return False
    i = verb_start - 1
    steps = 0
    while i >= 0 and steps < 3:
        if words[i] in BE_FORMS:
            return True
        if words[i] in ADVERB_HINT or words[i].endswith("ly") or words[i] in NEGATORS:
            i -= 1
            steps += 1
            continue
        return False
    return False


def doer_after_by(word: str) -> bool:
    """Whether the word after "by" may open a doer ("by Iran", "by the army", "by police"),
    not a means or a manner ("by telephone", "by simply bringing forward", "by then", "by
    attacking", "by 5 pct")."""
    return not (word.endswith(("ing", "ly")) or word[:1].isdigit() or word in _MEANS_AFTER_BY)


# Words after "by" that say how, not who: "spoke by telephone", "imposed by then president".
_MEANS_AFTER_BY: Final = frozenset(
    """telephone phone telex fax mail e-mail email letter radio video satellite air sea land
    road rail train car plane ship boat helicopter foot hand force decree consensus surprise
    far then now way default proxy chance accident mistake law contrast comparison
    acclamation""".split()
)


def title_case(texts: Sequence[str]) -> bool:
    """A headline written in title case (or capitals): capitals say nothing about names in it."""
    # One pass, no list: every sentence is asked.
    n = capitals = 0
    for t in texts:
        if len(t) > 3 and t.isalpha():
            n += 1
            capitals += t[0].isupper()
    return n >= 3 and capitals >= 0.7 * n


def headline_passive(
    texts: Sequence[str],
    words: Sequence[str],
    verb_start: int,
    verb_end: int,
    lemma: str,
    headline: bool = False,
) -> bool:
    """ "FORMER GOLD FIRM EXECUTIVES ARRESTED IN JAPAN", "Three Killed in Blast": a
    headline's past participle with no "be" and no object is passive (headlines write
    their actives in the present). A line in title case is a headline; so is an article's
    known headline in sentence case ("Act on detention ruling, UK urged")."""
    w = words[verb_start]
    if w == lemma.split()[0] or w.endswith(("s", "ing")) or verb_start == 0:
        return False
    nxt = words[verb_end] if verb_end < len(words) else ""
    # "SENEGAL PROMISED 1.8 BILLION DLRS AID": a verb of giving takes the thing given as
    # its second object in the passive too ("US RULED OUT ATTACK" is an active past).
    objectless = nxt in _HEADLINE_STOPS or nxt in PREPOSITIONS or lemma in _GIVING
    # "WHITE HOUSE SAID HOLDING OFF DECISION", "U.S. SAID TO VIEW G-7 MEETING AS SUCCESS",
    # "ADMINISTRATION SAID LAX ON ANTITRUST": "is said (to be)", hearsay, no one's statement.
    objectless = objectless or (
        lemma.split()[0] == "say"
        and (nxt == "to" or nxt.endswith(("ing", "ed", "ly")) or nxt in _SAID_STATES)
    )
    # A headline has no full stop of its own ("…, the chancellor welcomed U.S. President
    # Donald Trump's invitation." is a sentence full of names).
    ended = any(t in _FULL_STOPS for t in texts[-2:])
    return (
        objectless
        and not ended
        and words[verb_start - 1].replace(".", "").isalpha()  # ("U.S. SAID TO VIEW")
        and (headline or title_case(texts))
    )


_GIVING: Final = cue_words("gives two objects")
# States a headline says someone is said to be in: "NAKASONE SAID WILLING TO REVISE".
_SAID_STATES: Final = frozenset(
    """lax willing open ready close near likely unlikely keen eager set poised unhappy
    happy confident optimistic pessimistic wary cool firm opposed""".split()
)
_HEADLINE_STOPS: Final = frozenset({"", ",", ":", ";", "-", "—", "–", "'", '"', "‘", "’"})
_FULL_STOPS: Final = frozenset({".", "?", "!"})


# Time words after a verb that put its act ahead: "officials meet tomorrow".
_AHEAD: Final = frozenset({"tomorrow"})
_AHEAD_AFTER_NEXT: Final = frozenset(
    """week month year weekend monday tuesday wednesday thursday friday saturday sunday""".split()
)
_AHEAD_REACH: Final = 5


_COPULAS: Final = frozenset({"is", "was", "'s", "’s", "be", "been"})
_IMPERSONAL: Final = cue_words("impersonal")
_IMPERSONAL_GAP: Final = MODALS_INTENT | frozenset(
    "could might may must should can not n't have has had".split()
)


def impersonal(words: Sequence[str], verb_start: int) -> bool:
    """ "saying it is wrong to deny people …", "it would be unwise to attack": an
    infinitive after an impersonal "it is <adjective> to" is weighed, not done by anyone."""
    k = verb_start - 1
    if k < 3 or words[k] != "to":
        return False
    j = k - 1
    if words[j] not in _IMPERSONAL:
        return False  # "it is willing to withdraw": the state is
    j -= 1
    while j >= 1 and words[j] not in _COPULAS and k - j <= 4:
        if not words[j].isalpha():
            return False
        j -= 1  # "not", "too", "very", "simply"
    if words[j] not in _COPULAS:
        return False
    j -= 1
    while j >= 0 and words[j] in _IMPERSONAL_GAP:
        j -= 1
    return j >= 0 and words[j] == "it"


# Quantities before "to" that make its verb what someone has to give or do: "a lot to
# offer", "much to discuss".
_AMOUNTS = frozenset("lot lots much more amount deal plenty little nothing something".split())


def amount_to_do(words: Sequence[str], verb_start: int) -> bool:
    """ "had an immense amount to offer", "could have a lot to offer": an infinitive after
    a quantity names what someone has to give, not an act."""
    return verb_start >= 2 and words[verb_start - 1] == "to" and words[verb_start - 2] in _AMOUNTS


def ahead(words: Sequence[str], verb_end: int) -> str | None:
    """ "meet tomorrow", "will visit Tokyo next month": a time word within a few words after
    the verb, in its clause, that dates the act after the story."""
    for i in range(verb_end, min(len(words), verb_end + _AHEAD_REACH)):
        w = words[i]
        if w in _PAST_BREAKS or w in _AHEAD_BREAKS:
            # "told journalists before he attends next week's meeting": the time is the
            # later clause's.
            return None
        if w in _AHEAD:
            return w
        if w == "next" and i + 1 < len(words) and words[i + 1] in _AHEAD_AFTER_NEXT:
            return f"next {words[i + 1]}"
    return None


def _time_after(words: Sequence[str], start: int) -> bool:
    """A time word ("tomorrow", a weekday, a month) within a few words from ``start``."""
    return ahead(words, start) is not None or any(
        w in MONTHS or w in WEEKDAYS for w in words[start : start + _AHEAD_REACH]
    )


def past_form(word: str, lemma: str) -> bool:
    """ "said", "told", "agreed": the verb is written in a past form (not its base), so a
    time ahead after it is a later clause's ("said the meetings scheduled next month")."""
    base = lemma.split()[0].lower() if lemma else ""
    w = word.lower()
    return bool(base) and w != base and w in (past(base), past_participle(base))


def ahead_before(words: Sequence[str], verb_start: int, floor: int) -> str | None:
    """ "a meeting is due to be held next week to discuss": an infinitive of purpose
    after a time word that dates its clause after the story."""
    if verb_start < 2 or words[verb_start - 1] != "to":
        return None
    for i in range(verb_start - 2, max(floor, verb_start - 2 - _AHEAD_REACH) - 1, -1):
        w = words[i]
        if w in _PAST_BREAKS:
            return None
        if w in _AHEAD:
            return w
        if w == "next" and words[i + 1] in _AHEAD_AFTER_NEXT:
            return f"next {words[i + 1]}"
    return None


# How far back from an infinitive of purpose its clause's "will" may stand, and the words
# that close that clause first.
_INTENT_REACH: Final = 10
_INTENT_STOPS: Final = frozenset(
    {",", ";", ":", "that", "and", "but", "or", "who", "which", "if", "when", "after"}
    | {'"', "“", "”", "(", ")"}
)
# Words before the infinitive that make it no purpose of the act: what someone is asked,
# made or told to do, and the infinitive a decision or an attempt governs.
_NOT_PURPOSE: Final = (
    cue_words("appeal")
    | cue_words("compulsion")
    | {"decision", "decided", "order", "orders", "tell", "told", "try", "tries", "tried"}
)


def modality(words: Sequence[str], verb_start: int, floor: int) -> str | None:
    """An intent marker before the verb: "will attack", "plans to meet", "vowed to retaliate"."""
    i = verb_start - 1
    steps = 0
    while i >= floor and steps < 4:
        w = words[i]
        if w in MODALS_INTENT:
            return w
        if w == "to" and i - 1 >= floor:
            lead = words[i - 1]
            if lead in INTENT_LEADS:
                return f"{lead} to"
            # "announced plans last week to slap tariffs": a time between the lead and "to"
            k = i - 1
            while k > floor and words[k] in WHEN_WORDS:
                k -= 1
            # ("decided on Thursday to ease": a decision dated is taken, read as done)
            if k < i - 1 and words[k] in INTENT_LEADS and not words[k].endswith("ed"):
                return f"{words[k]} to"
            if i - 2 >= floor and words[i - 2] in INTENT_LEADS:
                return f"{words[i - 2]} {lead} to"
            if lead == "said" and i == verb_start - 1 and _time_after(words, verb_start + 1):
                # "SHULTZ, SHEVARDNADZE SAID TO MEET IN APRIL": reported to be going to, a
                # time ahead given; not "IRAN SAID TO ATTACK CYPRIOT TANKER" (reported done)
                # nor "is said to have met".
                return "said to"
            # ("Ukraine's new president, Viktor Yushchenko, is to speak": an apposition's
            # comma closes the subject; so does an acronym's parenthesis, "The World Trade
            # Organisation (WTO) is to hold talks")
            subject_end = i - 3 if i - 3 >= floor and words[i - 2] == "," else i - 2
            if (
                subject_end - 2 >= floor
                and words[subject_end] == ")"
                and words[subject_end - 2] == "("
            ):
                subject_end -= 3
            if (
                lead in {"is", "are"}
                and subject_end >= floor
                and words[subject_end].isalpha()
                and words[subject_end] not in SPEECH_WORDS
                and words[subject_end] not in PROPOSAL_NOUNS
                and words[subject_end] not in _NOT_SCHEDULERS
                and _bare_subject(words, floor, subject_end + 1)
            ):
                # "the prime minister is to deliver a keynote speech": scheduled, not done
                # ("the aim is to withdraw" is a proposal's, read elsewhere).
                return f"{lead} to"
            # "Shultz will also stop in Hong Kong to meet Governor Wilson": the purpose of an
            # act still to come is still to come.
            for j in range(i - 1, max(floor, i - _INTENT_REACH) - 1, -1):
                # (not what someone is asked or made to do, "will ask the Council to
                # prohibit", nor a verb's own infinitive, "would continue to insist")
                if words[j] in _INTENT_STOPS or words[j] in _NOT_PURPOSE:
                    break
                if j == i - 1 and words[j] in CATENATIVES:
                    break
                if words[j] in MODALS_INTENT:
                    return f"{words[j]} … to"
            return None
        if (
            w not in AUXILIARIES
            and w not in ADVERB_HINT
            and w not in NEGATORS
            and w != "be"
            # "Brown will undoubtedly claim": an adverb between the modal and the verb
            and not (w.endswith("ly") and w.isalpha() and w not in _NOT_ADVERBS)
        ):
            return None
        i -= 1
        steps += 1
    return None


# Words ending in "-ly" that are no adverb.
_NOT_ADVERBS: Final = frozenset({"italy", "july", "family", "ally", "rally", "assembly", "supply"})


FORECAST_WORDS: Final = cue_words("forecast")


def adverbs_before(words: Sequence[str], i: int, floor: int = 0) -> int:
    """The first token at or before ``i`` (down to ``floor``) that is no adverb."""
    while i >= floor and (words[i] in ADVERB_HINT or words[i].endswith("ly")):
        i -= 1
    return i


_FORECAST_COPULAS: Final = BE_FORMS | {"seems", "seem", "seemed", "looks", "look"}
# Adverbs of a writer's certainty or guess: after "will", the act is forecast, not announced
# ("will certainly attack" stays an intent, as an actor's own words often say it).
_WRITERS_ADVERBS: Final = frozenset("undoubtedly probably doubtless presumably inevitably".split())
# Adjectives that forecast with or without a copula.
_LIKELY: Final = frozenset({"likely", "unlikely"})


def forecast(words: Sequence[str], verb_start: int, floor: int) -> str | None:
    """ "is expected to meet", "are widely seen to ease": others' forecast of the act."""
    i = verb_start - 1
    while i >= floor and (
        words[i] in ADVERB_HINT
        or words[i].endswith("ly")
        or words[i] in {"be", "have"}
        or words[i] in _WRITERS_ADVERBS
    ):
        i -= 1
    sure = _WRITERS_ADVERBS.intersection(words[i + 1 : verb_start])
    if i >= floor and words[i] in MODALS_INTENT and sure:
        # "Mr Brown will undoubtedly claim", "would probably reject": the writer's
        # forecast of the act, not an intent the actor announced
        return f"{words[i]} {min(sure)}"
    if i - 1 < floor or words[i] != "to" or words[i - 1] not in FORECAST_WORDS:
        return None
    lead = i - 1
    if words[lead] in _LIKELY:
        return f"{words[lead]} to"  # "WORLD BANK LIKELY TO URGE": no copula in a headline
    k = adverbs_before(words, lead - 1, floor)
    if k >= floor and words[k] in _FORECAST_COPULAS:
        return " ".join(words[k : i + 1])
    if k >= 0 and words[k] == ",":
        # "White House chief of staff Donald Regan, expected to resign shortly, met": an
        # apposition's forecast, its copula left out
        return " ".join(words[k : i + 1])
    return None


# Words of a headline that forecast what it names: "WORLD BANK LOANS TO CHINA SEEN
# DOUBLING", "JAPAN INFLATION SEEN AT 0.5 PCT".
_HEADLINE_FORECASTS: Final = frozenset({"seen", "tipped", "predicted", "forecast"})


def headline_forecast(words: Sequence[str]) -> str | None:
    """A headline's forecast word ("seen", not "seen as" or "seen by"), if any."""
    for j, w in enumerate(words[:-1]):
        if w in _HEADLINE_FORECASTS and words[j + 1] not in {"as", "by"}:
            return w
    return None


# The words that open a direct question: "Will Tory tax cuts lift spirits?"
_QUESTION_OPENERS: Final = frozenset(
    "will would can could should shall is are was were does do did has have may might".split()
)


def direct_question(texts: Sequence[str]) -> str | None:
    """A sentence that opens with an auxiliary and ends with a question mark asks whether
    something happens, and asserts no act: its opening word, if so."""
    letters = [t for t in texts if t not in {'"', "'", "“", "”", "‘", "’"}]
    if len(letters) < 3 or letters[-1] != "?" or letters[0].lower() not in _QUESTION_OPENERS:
        return None
    return letters[0].lower()


# Nouns of an attack ("condemned the bombing of …", "the blast", "airstrikes").
ATTACK_NOUNS: Final = cue_words("attack noun")
# "could attack", "might have met", "may not sign": a possibility, not an act.
POSSIBILITY_MODALS: Final = cue_words("possible")
_ABLE_WORDS: Final = frozenset({"able", "free", "unable"})
# "could attack", "may have to accept", "might be forced to sell", "may be able to reject".
_AUX_CHAIN: Final = NEGATORS | {"be", "have", "been", "being", "to", "able", "need", "forced"}


def possible(words: Sequence[str], verb_start: int) -> str | None:
    """The modal that makes a verb a possibility: "Syria could attack Israel"."""
    if verb_start >= 3 and words[verb_start - 1] == "to" and words[verb_start - 2] in _ABLE_WORDS:
        # "would still be able to reject", "is able to block", "the union is free to
        # strike": an ability or a leave, not an act.
        if words[verb_start - 3] in BE_FORMS or words[verb_start - 4 : verb_start - 3] == ["be"]:
            return f"{words[verb_start - 2]} to"
    i = verb_start - 1
    while i >= 0 and (words[i] in _AUX_CHAIN or words[i] in ADVERB_HINT or words[i].endswith("ly")):
        i -= 1
    if i >= 0 and words[i] in MODALS_INTENT and "have" in words[i + 1 : verb_start - 1]:
        # "the government will have to accept": what one will be obliged to do, not done
        # nor intended.
        return f"{words[i]} have to"
    if i >= 0 and words[i] == "can" and NEGATORS.intersection(words[i + 1 : verb_start]):
        return None  # "Iraq cannot accept": a refusal, decided with the negation
    if i >= 0 and words[i] in POSSIBILITY_MODALS:
        return words[i]
    if verb_start >= 2 and words[verb_start - 1] == "to":
        return _possible_governor(words, verb_start - 1)
    return None


def _possible_governor(words: Sequence[str], to: int) -> str | None:
    """ "the drop could cause U.S. officials to ease credit", "might come to terms in time
    to cancel the tariffs": an infinitive that a possibility's verb governs, in the same
    clause, is no more done than that verb."""
    for k in range(to - 1, max(-1, to - 1 - _GOVERNED_REACH), -1):
        w = words[k]
        if w in _GOVERNOR_BREAKS or w in CLAUSE_SUBORDINATORS or w in RELATIVES:
            return None
        if w in POSSIBILITY_MODALS and w != "can":
            month = w == "may" and (
                (k > 0 and words[k - 1] in MONTH_LEADS)
                or (k + 1 < len(words) and words[k + 1][:1].isdigit())
            )
            if not month:
                return f"{w} … to"
    return None


# Words between a possibility's modal and the infinitive it governs: "could cause U.S.
# monetary officials to ease".
_GOVERNED_REACH: Final = 9
_GOVERNOR_BREAKS = CLAUSE_BREAKS | {",", ".", "and", "but", "or", '"', "“", "”", "said", "says"}
# Words before a month's name: "in May", "last May" (so "May" there is no modal).
MONTH_LEADS: Final = frozenset(
    """in on by since until of last next this early late mid from to through during before
    after""".split()
)


# "officials believe Iran attacked", "amid expectations that the G-7 would hold talks",
# "rejected speculation that Brown was considering": the act is someone's belief, fear,
# hope or rumour, not asserted as done. Verbs and adjectives govern what follows them
# ("worried voters would take"); nouns only a "that" or "of" clause ("concern over the
# attack" asserts the attack). With "to" right after, the cue is the actor's own intent
# or a forecast ("hopes to meet", "is likely to attack"), decided elsewhere.
SUPPOSING_WORDS: Final = cue_words("supposing")
SUPPOSITION_NOUNS: Final = cue_words("supposition")
_SUPPOSE_REACH: Final = 18
# Verbs whose "that" clause is what is asked for, not what is done (``cues.csv``).
_MANDATIVE: Final = cue_words("mandative")
# Words before a noun: "the claims that", "denied allegations that".
_CLAIM_LEADS: Final = frozenset(
    """the a an these those such his her its their our new fresh earlier denied denies
    deny rejected rejects dismissed dismisses disputed refuted 's ’s""".split()
)
_SUPPOSE_BREAKS: Final = CLAUSE_BREAKS | {",", ".", '"', "“", "”"}


# Writings that tell what happened before the story, whose claims are no news of the day:
# "a new book claims", "Mr Peston's book claimed that", "reports have claimed".
_WRITINGS = frozenset("book books memoir memoirs biography autobiography diaries diary".split())
# ("press reports said" are the day's news; "reports have claimed" tell a rumour)
_CLAIMS_ONLY: Final = frozenset("claim claims claimed claiming alleges alleged".split())
_CLAIMING: Final = _CLAIMS_ONLY | {"suggests", "suggested", "says", "said"}
_HEARSAY: Final = frozenset({"reported", "said", "alleged", "believed", "thought", "rumoured"})
_WRITING_REACH: Final = 5


def _hearsay(words: Sequence[str], verb_start: int) -> str | None:
    """ "was reported to have suggested", and what a book or reports claim, before the
    verb ("the book claims Mr Prescott hosted a dinner") or as the sentence's closing
    attribution ("Tony Blair promised Gordon Brown he would stand down, a new book
    claims"): an earlier act told at second hand."""
    if (
        verb_start >= 4
        and words[verb_start - 2 : verb_start] == ["to", "have"]
        and words[verb_start - 3] in _HEARSAY
        and words[verb_start - 4] in BE_FORMS
    ):
        return " ".join(words[verb_start - 4 : verb_start])
    for i in range(verb_start - 1, max(-1, verb_start - 1 - _SUPPOSE_REACH), -1):
        if words[i] in CLAUSE_BREAKS or words[i] in {".", ";"}:
            break
        before = words[max(0, i - _WRITING_REACH) : i]
        writings = _WRITINGS.intersection(before)
        if words[i] in _CLAIMING and writings:
            return f"{min(writings)} {words[i]}"
        if words[i] in _CLAIMS_ONLY and "reports" in before:
            return f"reports {words[i]}"
    # A closing attribution: ", a new book about the chancellor claims."
    tail = [w for w in words[-3:] if w not in {".", '"', "”"}]
    if tail and tail[-1] in _CLAIMING:
        k = len(words) - 1
        while k > verb_start and words[k] != ",":
            k -= 1
        writing = _WRITINGS.intersection(words[k:])
        if k > verb_start and writing:
            return f"{min(writing)} {tail[-1]}"
    return None


def supposed(words: Sequence[str], verb_start: int) -> str | None:
    """The belief, fear or rumour whose content a verb is, if any."""
    denied = _denied_claim(words, verb_start)
    if denied:
        return denied
    hearsay = _hearsay(words, verb_start)
    if hearsay:
        return hearsay
    for i in range(verb_start - 1, max(-1, verb_start - 4), -1):
        # "Mr Brown allegedly said", "had supposedly agreed": an allegation, not asserted.
        if words[i] in _ALLEGEDLY:
            return words[i]
        if words[i] not in AUXILIARIES and words[i] not in ADVERB_HINT:
            break
    for i in range(verb_start - 1, max(-1, verb_start - 1 - _SUPPOSE_REACH), -1):
        w = words[i]
        nxt = words[i + 1]
        if w in SUPPOSITION_NOUNS and nxt == "that" and i > 0 and words[i - 1] in _CLAIM_LEADS:
            # "denied claims that it attacked": "claims" a noun here, not a verb of saying
            return f"{w} {nxt}"
        if w in _MANDATIVE and nxt == "that":
            # "urged that Congress begin to consider legislation": asked, not done
            return f"{w} that"
        if w in _SUPPOSE_BREAKS or w in SPEECH_WORDS:
            return None
        if w == "that" and i >= 2 and words[i - 1] in _COPULAS_OF_CONTENT:
            # "Some of the rumors in the London markets were that the United States had
            # launched …", "the belief is that": the content of a rumour, told as such
            nouns = [
                x for x in words[max(0, i - 1 - _SUPPOSE_REACH) : i - 1] if x in SUPPOSITION_NOUNS
            ]
            if nouns:
                return f"{nouns[-1]} … {words[i - 1]} that"
        if i + 1 == verb_start or nxt == "to":
            continue
        if nxt.startswith("d'"):
            continue  # "Germany's charge d'affaires": a diplomat, no charge laid
        if w in SUPPOSING_WORDS or (w in SUPPOSITION_NOUNS and nxt in {"that", "of"}):
            return f"{w} {nxt}" if nxt == "that" else w
    return None


_ALLEGEDLY: Final = frozenset({"allegedly", "supposedly", "purportedly"})
# Copulas that join a rumour or a belief to its content: "the rumors were that".
_COPULAS_OF_CONTENT: Final = frozenset({"is", "was", "are", "were"})
_DENIALS: Final = frozenset(
    "denied denies deny dismissed dismisses dismiss refuted refutes rejected rejects".split()
)


_PLAY: Final = frozenset(verb_forms("play"))


def _denied_claim(words: Sequence[str], verb_start: int) -> str | None:
    """ "Blair has dismissed reports he told Gordon Brown he would quit": everything after
    a denied claim, report or allegation in its clause is its content, told speech
    included (with or without "that")."""
    for i in range(verb_start - 1, max(0, verb_start - 1 - _SUPPOSE_REACH), -1):
        w = words[i]
        if w in CLAUSE_BREAKS or w in {".", '"', "“", "”"}:
            return None
        if w in SUPPOSITION_NOUNS and words[i - 1] in _DENIALS:
            return f"{words[i - 1]} {w}"
        if w in SUPPOSITION_NOUNS and words[i - 1] == "down" and i > 1 and words[i - 2] in _PLAY:
            return f"{words[i - 2]} down {w}"  # "played down reports Mr Blair was considering"
    return None


# "whether" opens an open question ("asked whether the U.S. was proposing"): not done either.
SUBORDINATORS: Final = cue_words("subordinating")
_SUBORDINATE_BREAKS: Final = frozenset({",", ";", ":", "(", "-", "--", "—", "–"})


def subordinate(
    words: Sequence[str],
    verb_start: int,
    verb_starts: Collection[int],
    listed: Collection[int] = (),
) -> str | None:
    """The subordinator that opens the verb's clause ("the saga which ended with …", "asked
    why the government was agreeing"), if any: looking left to the nearest comma or dash,
    with no other verb between it and this one. A comma in ``listed`` separates the members
    of a compound actor ("since ministers of Britain, Canada and France reached"): no break."""
    k = verb_start - 1
    while k >= 0 and (words[k] not in _SUBORDINATE_BREAKS or k in listed):
        if words[k] in SUBORDINATORS:
            between = [v for v in verb_starts if k < v < verb_start]
            # ("asked why Mr Smith had been allowed to resign": an infinitive shares the
            # clause of the one verb that governs it)
            if between and not (len(between) == 1 and words[verb_start - 1] == "to"):
                return None
            return words[k]
        k -= 1
    return None


CONDITIONALS: Final = frozenset({"unless", "if", "whether"})
_CONDITION_BREAKS: Final = CLAUSE_BREAKS | {",", "and", "but", "then", "."}


def conditional(
    words: Sequence[str],
    verb_start: int,
    verb_starts: Collection[int],
    actor_starts: Collection[int] = (),
) -> str | None:
    """ "…unless the president agrees": a verb in a condition clause reports no event.

    So does the consequence of a condition that opens the sentence ("If in government,
    he would refuse to approve it") and an act set for someone by "for" ("it would be
    foolish for Japan to strike back").
    """
    if verb_start >= 2 and words[verb_start - 1] == "to":
        lead = for_subject(words, verb_start - 1, verb_starts, actor_starts)
        if lead is not None:
            return lead
    inverted = _inverted_condition(words, verb_start)
    if inverted is not None:
        return inverted
    contingency = _contingency_after(words, verb_start)
    if contingency is not None:
        return contingency
    if (
        words
        and words[0] in CONDITIONALS
        and any(
            words[k] == "then"
            and words[k - 1] == ","
            # ('"If that means waiting, then so be it," Prebble said': the quotation's
            # reporter is outside it)
            and _QUOTE_MARKS.isdisjoint(words[k:verb_start])
            for k in range(1, verb_start)
        )
    ):
        # "If Iraq's cabinet approves ..., then this will be the first deal that Iraq has
        # signed": the whole consequence, relative clauses too, hangs on the condition.
        return f"{words[0]} …, then"
    for i in range(verb_start - 1, max(-1, verb_start - 9), -1):
        w = words[i]
        if w in CONDITIONALS or _once(words, i):
            return w
        if w in _TIME_TO_COME and i < verb_start - 1 and _present_s(words[verb_start]):
            # "two hours before Mr Blair speaks", "until the president signs": a time
            # clause's present tells an act still to come.
            return f"{w} … {words[verb_start]}"
        if w == "case" and i > 0 and words[i - 1] == "in":
            return "in case"  # "in case they need to help evacuate UK citizens"
        if i in verb_starts and words[verb_start - 1] == "to":
            # "unless the president agrees to step down": the "to" verb shares the condition.
            return conditional(words, i, verb_starts, actor_starts)
        if w == "," and _HYPOTHETICAL.intersection(words[i:verb_start]):
            # The condition opens the sentence ("If admitted into the EU, Turkey would"),
            # or a reported clause ("said that, if in government, he would").
            lead = words[0] if words[0] in CONDITIONALS else _opening_condition(words, i)
            if lead is not None:
                hypothetical = " ".join(sorted(_HYPOTHETICAL.intersection(words[i:verb_start])))
                return f"{lead} …, {hypothetical}"
        if w in _CONDITION_BREAKS and _in_actor_list(words, i, actor_starts):
            continue  # "if Japan and the United States reach": a compound subject's "and"
        if w in _CONDITION_BREAKS or i in verb_starts:
            return None
    return None


def standing_state(words: Sequence[str], verb_start: int) -> str | None:
    """ "Turkey, which occupies northern Cyprus", "the rebels, who control the north": a
    present tense right after a non-restrictive "which" or "who" describes how things
    stand, not an act of the story's."""
    k = adverbs_before(words, verb_start - 1)
    if (
        k >= 1
        and words[k] in {"which", "who"}
        and words[k - 1] == ","
        and _present_s(words[verb_start])
        # ("Weizsaecker, who arrives today for a visit", "Funaro, who travels to Italy this
        # evening": a day given makes it a scheduled act, read as one)
        and not any(w in _SCHEDULE_WORDS for w in _rest_of_clause(words, verb_start + 1))
    ):
        return f", {words[k]} {words[verb_start]}"
    return None


def _rest_of_clause(words: Sequence[str], start: int) -> Sequence[str]:
    """The words from ``start`` up to the next comma or clause break (at most 14)."""
    end = start
    while end < min(len(words), start + 14) and words[end] not in _CONDITION_BREAKS:
        end += 1
    return words[start:end]


_SCHEDULE_WORDS: Final = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | {"today", "tonight", "tomorrow", "week", "weekend", "month", "evening", "morning"}
)
# Time clauses whose present tense tells an act still to come.
_TIME_TO_COME: Final = frozenset({"before", "until", "till"})


def _present_s(word: str) -> bool:
    """ "speaks", "signs", "agrees": a verb's third-person present form."""
    return word.isalpha() and word.endswith("s") and not word.endswith("ss") and len(word) > 3


# "if necessary", "if need be": the act is kept ready for a need, not done.
_NEEDS = frozenset({"necessary", "needed", "required", "need", "appropriate"})
_CONTINGENCY_REACH: Final = 10


def _contingency_after(words: Sequence[str], verb_start: int) -> str | None:
    """ "troops would evacuate them if necessary": "if necessary" later in the verb's
    clause makes it a contingency, not an act done."""
    for i in range(verb_start + 1, min(len(words) - 1, verb_start + _CONTINGENCY_REACH)):
        if words[i] in CLAUSE_BREAKS or words[i] == ".":
            return None
        if words[i] == "if" and words[i + 1] in _NEEDS:
            return f"if {words[i + 1]}"
    return None


def _in_actor_list(words: Sequence[str], i: int, actor_starts: Collection[int]) -> bool:
    """The "and" or comma at ``i`` joins two actors of a list: one starts right after it
    (past an article) and one a few words before it."""
    return (
        words[i] in {"and", ","}
        and (i + 1 in actor_starts or (i + 2 in actor_starts and words[i + 1] == "the"))
        and any(i - 4 <= a < i for a in actor_starts)
    )


# "Should G-7 members force a U.S. commitment, …", "…, should Labour win": "should" before
# its subject, opening a clause, is a condition's "if".
_INVERTED_CONDITIONS: Final = frozenset({"should"})
_CLAUSE_OPENERS: Final = frozenset({",", ";", ":", '"', "“", "-", "--", "—", "–"})


def _inverted_condition(words: Sequence[str], verb_start: int) -> str | None:
    """The "should" that opens the verb's clause before its subject, if any."""
    k = verb_start - 1
    while k >= 0 and words[k] not in _CLAUSE_OPENERS:
        if words[k] in _INVERTED_CONDITIONS:
            opens = k == 0 or words[k - 1] in _CLAUSE_OPENERS
            return words[k] if opens and k + 1 < verb_start else None
        k -= 1
    return None


def _once(words: Sequence[str], i: int) -> bool:
    """ "Once the negotiators reach agreement, the bill will be sent": "once" opening a
    clause is a condition's "when"; "Heseltine once said" tells a time long past. "once
    again" and "once more" repeat the act, which is done."""
    return words[i] == "once" and (i + 1 >= len(words) or words[i + 1] not in {"again", "more"})


_HYPOTHETICAL: Final = frozenset({"would", "could", "might", "'d"})
# Words after which a condition opens a clause: "said that, if in government, he would".
_CONDITION_OPENERS: Final = frozenset({",", "that", "and", "but", '"', "“", ":"})
# Words a condition set off by commas may hold before its comma.
_CONDITION_REACH: Final = 8


def _opening_condition(words: Sequence[str], comma: int) -> str | None:
    """The conditional word that opens the clause ending at ``comma``, if any: "If in
    government, he would", "said that, if elected, he would"."""
    for c in range(comma - 1, max(-1, comma - 1 - _CONDITION_REACH), -1):
        if words[c] in CONDITIONALS:
            return words[c] if c == 0 or words[c - 1] in _CONDITION_OPENERS else None
        if words[c] in {".", ";", ","}:
            return None
    return None


_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "us", "me"})
# Words an infinitive's "for" subject may hold: "for Japan to", "for the two sides to".
_FOR_SUBJECT_REACH: Final = 5


def for_subject(
    words: Sequence[str], to: int, verb_starts: Collection[int], actor_starts: Collection[int]
) -> str | None:
    """ "for Japan to strike back", "time for Iran to negotiate": the infinitive's subject
    is an actor that comes with "for", and its act is set or weighed, not done ("for a
    rally to protest", "for a decade to return" have no actor there)."""
    for i in range(to - 1, max(-1, to - 1 - _FOR_SUBJECT_REACH), -1):
        w = words[i]
        if w == "for":
            # ("paid for him to fly": a pronoun is the infinitive's subject too)
            person = any(words[k] in _OBJECT_PRONOUNS for k in range(i + 1, to))
            return "for … to" if person or any(i < a < to for a in actor_starts) else None
        if i in verb_starts or w in _CONDITION_BREAKS or w in RELATIVES or w == "to":
            return None
    return None


# "Y must withdraw" and "Y should withdraw": no act of Y's. Only "must" is a demand made of Y
# (CAMEO 10); "should" is the speaker's advice, a statement.
OBLIGATION_MODALS: Final = frozenset({"must", "should"})
DEMAND_MODALS: Final = frozenset({"must"})
# Words between an actor and "must" that show the actor is not its subject.
_OBLIGATION_BREAKS: Final = CLAUSE_BREAKS | {",", "that", "which", "who", "said", "says", "say"}


# "last year refused", "had in 1997 complained", "cut subsidies in 2003", "said at the time",
# "has previously promised": words beside a verb that date its act to the past.
_PAST_PHRASES: Final = (
    ("last", "year"),
    ("previously",),
    ("at", "the", "time"),
    ("in", "the", "past"),
    ("years", "ago"),
    ("a", "year", "ago"),
)
# Each word's phrases, in the order above: most words of a window start none.
_PAST_BY_FIRST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    first: tuple(p for p in _PAST_PHRASES if p[0] == first) for first, *_ in _PAST_PHRASES
}
_PAST_REACH: Final = 4
# Words after "in the past" that make it a span ("in the past two years"), not a dating.
_DURATION: Final = frozenset(
    """few several two three four five six ten year years decade decades month months week
    weeks""".split()
)
_PAST_BREAKS = CLAUSE_BREAKS | {",", "and", "but", "while", "when", "since", "until", "after"}
# Words that open another clause after a verb, whose time is that clause's.
_AHEAD_BREAKS: Final = SUBORDINATORS | {"that", "if", "unless", "as"}


def past_marker(words: Sequence[str], start: int, end: int, year: int) -> str | None:
    """Words within a few tokens of a verb, in its clause, that date its act at least a
    year before ``year`` (the publication's): "in 2003", "last year", "at the time"."""
    lo = start
    while lo > 0 and start - lo < _PAST_REACH and words[lo - 1] not in _PAST_BREAKS:
        lo -= 1
    hi = end
    while hi < len(words) and hi - end < _PAST_REACH and words[hi] not in _PAST_BREAKS:
        hi += 1
    # (a year after "in" or "during" dates the act further on in its clause: "Israel
    # captured the territory from Egypt during the 1967 Six Day War")
    # (not past a verb of saying, whose clause is what is said: "Mr Howard said his time
    # at the snooker hall in the 1950s had not done him any damage")
    far = end
    while (
        words[start] not in SPEECH_WORDS
        and far < len(words)
        and far - end < _YEAR_REACH
        and words[far] not in _PAST_BREAKS
        and words[far] not in _YEAR_BREAKS
    ):
        far += 1
    for i in range(lo, max(hi, far)):
        w = words[i]
        found: tuple[str, ...] | None = None
        if words[i : i + 3] == ["in", "the", "past"] and _DURATION.intersection(
            words[i + 3 : i + 5]
        ):
            continue  # "said in the past two years he has worked": a span of the complement
        if w in _YEAR_LEADS:
            # (a verb of saying keeps the old reach: "told the Daily Telegraph in 2001" is
            # dated then, the telling kept)
            found = _year_after(words, i, len(words) if far > hi else hi, year)
        if i >= hi and found is None:
            continue
        for phrase in _PAST_BY_FIRST.get(w, ()):
            if i + len(phrase) <= hi and tuple(words[i : i + len(phrase)]) == phrase:
                found = phrase
        if w in _BEFORE_NOW and i > 0 and words[i - 1] in {"has", "have", "had"} and i < start:
            found = (w,)  # "has already ruled out", "has repeatedly said": done before, background
        if w in _REPEATED and i == end and start > 0 and words[start - 1] in {"has", "have", "had"}:
            found = (w,)  # "has said repeatedly"
        if found is None:
            continue
        if found == ("previously",) and end < i:
            continue  # "said it completed the previously announced acquisition": another verb's
        # "a priest who abused a boy several years ago was arrested": a time phrase followed
        # by the verb's auxiliary and no subject ends the clause before; it does not date
        # this verb ("Blair had in 1997 complained" has the auxiliary before it).
        gap = words[i + len(found) : start]
        if gap and all(g in AUXILIARIES for g in gap):
            continue
        return " ".join(found)
    return None


def _year_after(words: Sequence[str], i: int, hi: int, year: int) -> tuple[str, ...] | None:
    """ "in 2003", "in September 1985", "during the 1967 war", "in the early 1900s": the
    words from ``i`` ("in" or "during") to a year (or decade) at least two before ``year``."""
    k = i + 1
    if k < hi and words[k] == "the":
        k += 1
        if k < hi and words[k] in _DECADE_PARTS:
            k += 1
    elif k < hi and words[k] in _MONTH_NAMES:
        k += 1  # "reached the accord in September 1985"
    if k >= hi:
        return None
    nxt = words[k]
    decade = len(nxt) == 5 and nxt.endswith("s") and nxt[:4].isdigit()
    if not (decade or (len(nxt) == 4 and nxt.isdigit())):
        return None
    last = int(nxt[:4]) + (9 if decade else 0)
    if 1900 <= int(nxt[:4]) and last <= year - 2:
        return tuple(words[i : k + 1])
    return None


_YEAR_LEADS: Final = frozenset({"in", "during"})
# Words that open another verb's phrase, whose year is that verb's: "signed an agreement
# today to increase trade in 1983".
_YEAR_BREAKS: Final = frozenset({"to", "that", "which", "who", "whose", "where"})
# Words a dating year may stand past after the verb, inside its clause.
_YEAR_REACH: Final = 10
_DECADE_PARTS: Final = frozenset({"early", "late", "mid", "mid-"})


def _bare_subject(words: Sequence[str], floor: int, copula: int) -> bool:
    """No preposition between the clause's start and its copula: "Britain is to give", not
    "The priority for Finance Minister Chidambaram is to fight" or "The aim of UKIP is to"."""
    k = copula - 1
    while k >= floor and words[k] not in CLAUSE_BREAKS and words[k] != ",":
        if words[k] in PREPOSITIONS:
            return False
        k -= 1
    return True


# Words before "is to" that name an aim or a task, not an actor whose act is scheduled:
# "The priority for the minister is to fight poverty".
_NOT_SCHEDULERS: Final = frozenset(
    """what this that it priority priorities task tasks job challenge idea intention
    purpose objective objectives hope answer solution strategy policy problem question step
    move decision thing way""".split()
)
# Adverbs after "has/have/had" that put the act before the story.
_BEFORE_NOW = frozenset({"already", "repeatedly", "long", "previously", "frequently", "often"})
# Those of them that may follow the participle too: "has said repeatedly".
_REPEATED: Final = _BEFORE_NOW - {"already", "long"}
_MONTH_NAMES: Final = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
# ("states" is far more often "the United States" than a verb of saying)
SPEECH_WORDS: Final = (cue_words("speech") | cue_words("reporting") | {"reportedly"}) - {"states"}
# Words that place a past perfect's act in the story's own days: "had … yesterday".
RECENT: Final = frozenset({"yesterday", "today", "tonight", "overnight", "earlier"})


def reported(words: Sequence[str]) -> bool:
    """A verb of saying reports the sentence: not one of a relative clause ("Mr
    Livingstone, who says he is standing by his remarks, had accused …")."""
    return any(
        w in SPEECH_WORDS and not (k > 0 and words[k - 1] in {"who", "which"})
        for k, w in enumerate(words)
    )


def pluperfect(words: Sequence[str], start: int) -> str | None:
    """ "had agreed to pursue the policies": an act before the story's, told as background.

    A past perfect outside reported speech sets the act before the time of the story;
    inside it ("police said rebels had attacked the village") it is the reported news.
    """
    perfect = past_perfect(words, start)  # (not "had talks with": "had" is the verb)
    if perfect is None or reported(words):
        return None
    if any(w in MONTHS or w in WEEKDAYS or w in RECENT for w in words):
        return None  # "had released the ship on Monday": dated, the act is the news
    return perfect


def past_perfect(words: Sequence[str], start: int) -> str | None:
    """ "the police had said", "Kuwait had earlier considered": the verb's past perfect, if it
    is one, reported or not. The act was done before the time the sentence tells."""
    i = adverbs_before(words, start - 1)
    if i >= 0 and words[i] == "been":
        i = adverbs_before(words, i - 1)
    if i < 0 or words[i] != "had" or not participle_like(words[start]):
        return None
    return " ".join(words[i : start + 1])


def present_perfect(words: Sequence[str], start: int) -> str | None:
    """ "has announced", "have also said": the verb's present perfect, if it is one.

    The act is done on or before the time of the story; which day, the tense does not say.
    """
    i = adverbs_before(words, start - 1)
    while i > 0 and words[i] in _FLOATING:
        i = adverbs_before(words, i - 1)  # "have all expressed", "have both said"
    if i < 0 or words[i] not in {"has", "have", "'ve"} or not participle_like(words[start]):
        return None
    return " ".join(words[i : start + 1])


def earlier_day(words: Sequence[str], start: int) -> str | None:
    """ "Mr Blair recently said", "had previously agreed", "is on record as saying": the act
    was done on some earlier day the text does not give, not on the story's day."""
    k = start - 1
    if k >= 1 and words[k] in AUXILIARIES:
        k -= 1  # "had previously agreed" is written "previously had agreed" too
    for i in (start - 1, k):
        if i >= 0 and words[i] in _EARLIER_ADVERBS:
            return words[i]
    if start >= 3 and tuple(words[start - 3 : start]) == ("on", "record", "as"):
        return "on record as"
    # After the verb: "said recently", "said in a recent speech".
    after = words[start + 1 : start + 4]
    if after[:1] and after[0] in _EARLIER_ADVERBS:
        return after[0]
    if (
        len(after) == 3
        and after[0] in {"in", "at", "during"}
        and after[1] in {"a", "an", "the", "his", "her", "its", "their"}
        and after[2] in _EARLIER_ADJECTIVES
    ):
        return " ".join(after)
    if len(after) >= 2 and after[0] in {"in", "at", "during"} and after[1] in _EARLIER_ADJECTIVES:
        return " ".join(after[:2])  # "said in recent testimony"
    return None


# Adverbs of an act done some days before the story ("recently said"); "earlier" is most
# often the same day's ("earlier on Tuesday"), and is left out.
_EARLIER_ADVERBS = frozenset({"recently", "previously", "formerly", "originally", "initially"})
# Their adjectives, in the phrase of the act's occasion: "said in a recent speech".
_EARLIER_ADJECTIVES: Final = frozenset({"recent", "previous"})
# How far back from its verb an "after" may open the verb's clause: "after the US lifted".
_AFTER_REACH: Final = 8
# Punctuation and words that close a clause before the verb's own, or open another one
# between "after" and the verb ("after the meeting that X had told").
_AFTER_STOPS: Final = frozenset(
    {",", ";", ":", '"', "“", "”", "(", ")", "--", "—", "–"}
    | {"that", "and", "but", "or", "who", "which", "to", "while"}
)


def background_clause(words: Sequence[str], start: int) -> str | None:
    """The subordinator of a clause of time or reason the verb is in, if any: "The move came
    after the US lifted a trade ban", "a day after Snow said", "They had decided to support
    the plans as the police said they would help", "Its progress was delayed when Polish MEPs
    rejected plans". The act is told as the setting or the reason of the one the sentence
    tells, so with no date of its own its day is not the story's."""
    for i in range(start - 1, max(-1, start - 1 - _AFTER_REACH), -1):
        word = words[i]
        # (the subject alone stands between the subordinator and its verb: "after the
        # meeting that X had told", "after the indictment was announced Reagan issued" open
        # no clause of this verb's)
        if word in _AFTER_STOPS or word in AUXILIARIES:
            return None
        if word in _BACKGROUND_OPENERS:
            # ("after meeting X", "when asked": a gerund or participle, no clause; "such as
            # Qatar", "as well as": no clause either)
            if (
                i == start - 1
                or words[i + 1].endswith("ing")  # "quoted … as saying China signed"
                or (word == "as" and i > 0 and words[i - 1] in _NOT_CLAUSE_AS)
            ):
                return None
            return word
        if word.endswith("ed") and i < start - 1:
            return None
    return None


# Subordinators of a clause of time or reason: its act is the setting of the news.
_BACKGROUND_OPENERS: Final = frozenset({"after", "as", "when", "because", "since"})
# Words before "as" that make it no clause's opener: "such as", "as well as", "so as".
_NOT_CLAUSE_AS: Final = frozenset({"such", "well", "so", "same", "just"})


# Quantifiers that float between an auxiliary and its verb: "they have all expressed".
_FLOATING: Final = frozenset({"all", "both", "each"})


def participle_form(word: str, lemma: str) -> bool:
    """Whether a verb's word is its past participle form ("imposed", "held", "taken")."""
    return word != lemma.split()[0] and participle_like(word)


def participle_like(word: str) -> bool:
    """A past participle's shape: "-ed", "-en", or an irregular verb's participle."""
    return word.endswith(("ed", "en")) or word in _participles()


@cache
def _participles() -> frozenset[str]:
    return frozenset(forms[1] for forms in irregular_verbs().values() if len(forms) > 1)


PROPOSAL_NOUNS: Final = cue_words("proposal")


# Words between a proposal's noun and its "to" that carry its purpose on.
_CARRIERS: Final = (
    AUXILIARIES
    | MODALS
    | frozenset("continue continues continued made stepped up under way".split())
)
_PURPOSE_REACH: Final = 4
# Words of an aside between a plan's noun and its "to".
_ASIDE_REACH: Final = 8


def proposal_of(words: Sequence[str], verb_start: int) -> str | None:
    """ "measures to allow house arrest", "a bill to ban": the act is a proposal's purpose.

    "pledged to work towards lifting the ban", "a step toward ending": an act worked
    towards is a goal, not done either; nor is one weighed ("considering offering").
    """
    if verb_start >= 1 and words[verb_start - 1] in _TOWARDS:
        return words[verb_start - 1]
    weighed = _weighed(words, verb_start)
    if weighed is not None:
        return weighed
    if verb_start < 2 or words[verb_start - 1] != "to":
        return None
    noun = words[verb_start - 2]
    if noun in PROPOSAL_NOUNS:
        return f"{noun} to"
    if noun == ",":
        # "plans, backed by the UK, to lift the arms embargo": the noun's purpose past an
        # aside set off by commas.
        k = verb_start - 3
        while k > 0 and verb_start - 3 - k < _ASIDE_REACH and words[k] != ",":
            k -= 1
        if k > 0 and words[k] == "," and words[k - 1] in PROPOSAL_NOUNS | _PLAN_WORDS:
            return f"{words[k - 1]} to"
    aim = _aim_is_to(words, verb_start - 2)
    if aim is not None:
        return aim
    # "efforts would continue to deport them", "efforts are being made to": the noun's
    # purpose still, past auxiliaries and a verb that carries it on.
    k = verb_start - 2
    while k > 0 and verb_start - 2 - k < _PURPOSE_REACH and words[k] in _CARRIERS:
        k -= 1
    if k < verb_start - 2 and words[k] in PROPOSAL_NOUNS:
        return f"{' '.join(words[k : verb_start - 1])} to"
    # "a plan to fight Aids", "a new plan to": a noun after an article, one adjective between
    # ("its plans to" is its intent, "plans to attack" after a subject is intent); an
    # attempt after a possessive too ("his failed bid to trade arms" was not the act).
    # (an amount between, "a £5.5bn ($10bn) plan to fight the Aids epidemic", too)
    planned_for = _planned_for(words, verb_start - 1)
    if planned_for is not None:
        return planned_for
    if noun in _PLAN_WORDS:
        leads = _DETERMINERS | (_POSSESSIVES if noun in _ATTEMPT_WORDS else frozenset())
        for k in (verb_start - 3, verb_start - 4):
            if k >= 0 and words[k] in leads:
                return f"{' '.join(words[k : verb_start - 1])} to"
        k, described = verb_start - 3, False
        while k >= 0 and verb_start - 3 - k < _PLAN_REACH:
            w = words[k]
            if w in leads:
                return f"{' '.join(words[k : verb_start - 1])} to"
            if any(c.isdigit() for c in w) or w in _AMOUNT_WORDS:
                k -= 1
            elif w.isalpha() and not described:
                described = True  # one adjective: "a new plan to"
                k -= 1
            else:
                break
    return None


def _planned_for(words: Sequence[str], to: int) -> str | None:
    """ "plans now under discussion for Venezuela and Mexico to lend Ecuador crude", "a
    proposal for the two countries to share the field": the act of those a plan or a
    proposal is for, not done."""
    k = to - 1
    while k > 0 and to - k <= _FOR_DOER_REACH and words[k] != "for":
        if words[k] in _PLAN_FOR_STOPS:
            return None
        k -= 1
    if k <= 0 or words[k] != "for" or k == to - 1:
        return None
    for j in range(k - 1, max(-1, k - 1 - _PLAN_FOR_REACH), -1):
        if words[j] in _PLAN_WORDS or words[j] in PROPOSAL_NOUNS:
            return f"{words[j]} … for … to"
        if words[j] in _PLAN_FOR_STOPS:
            return None
    return None


# How many words the doers of a plan's act may take ("for Venezuela and Mexico to"), and how
# far before "for" the plan's noun may stand ("plans now under discussion for").
_FOR_DOER_REACH: Final = 6
_PLAN_FOR_REACH: Final = 4
# Words that end the search: another clause opens.
_PLAN_FOR_STOPS: Final = CLAUSE_BREAKS | {",", "to", "that", "which", "who"}


def _aim_is_to(words: Sequence[str], copula: int) -> str | None:
    """ "The aim of UKIP is to withdraw from the EU", "Its priority was to fight poverty":
    the subject of "is to" is an aim or a task (read back over "of ..." to the clause's
    start), so what follows is the aim, not an act done or scheduled."""
    if words[copula] not in _AIM_COPULAS:
        return None
    k = copula - 1
    while k >= 0 and copula - k <= _AIM_REACH:
        w = words[k]
        if w in CLAUSE_BREAKS or w in {",", "that", "which", "who"}:
            return None
        if w in _AIM_NOUNS and (k == 0 or words[k - 1] in _AIM_LEADS):
            return f"{w} … {words[copula]} to"
        k -= 1
    return None


_AIM_COPULAS: Final = frozenset({"is", "was", "remains", "remained"})
_AIM_REACH: Final = 8
_AIM_NOUNS = (_NOT_SCHEDULERS - {"what", "this", "that", "it", "thing", "way", "move"}) | frozenset(
    {"aim", "aims", "goal", "goals", "mission", "ambition", "plan"}
)


# Words of an amount written before a plan's noun: "a £5.5bn ($10bn) plan".
_AMOUNT_WORDS: Final = frozenset("( ) $ £ € - bn m mln billion million dlr dlrs".split())


def counted_at(words: Sequence[str], k: int) -> bool:
    """ "killed at least 27 civilians", "more than 40", "up to 20", "over a dozen": the words
    from ``k`` count what follows (a preposition there opens no phrase of place or time)."""
    j = k
    while j < len(words) and j - k < _COUNT_REACH and words[j] in _COUNT_LEADS:
        j += 1
    if j == k or j >= len(words):
        return False
    if words[j] in ARTICLES and j + 1 < len(words):
        j += 1  # "over a dozen"
    return words[j][:1].isdigit() or words[j] in _NUMBER_WORDS


_COUNT_LEADS: Final = cue_words("quantity lead") | {"at", "more", "to", "less", "fewer"}
_NUMBER_WORDS: Final = cue_words("number word")
_COUNT_REACH: Final = 3
_PLAN_REACH: Final = 8


# "is considering offering wheat", "recommended lifting the ban", "stopped shelling": an
# act in the "-ing" form right after a verb that weighs, puts forward, stops or avoids it
# is not done.
WEIGHING_VERBS: Final = cue_words("weighing")
_WEIGH_ADVERBS: Final = frozenset({"also", "now", "seriously", "still", "even", "actively", "not"})


def _weighed(words: Sequence[str], verb_start: int) -> str | None:
    """The verb that weighs (or stops) the "-ing" act at ``verb_start``, with what lies
    between."""
    if not words[verb_start].endswith("ing"):
        return None
    k = verb_start - 1
    if k >= 0 and words[k] in _WEIGH_ADVERBS:
        k -= 1
    if k >= 0 and words[k] in WEIGHING_VERBS:
        return " ".join(words[k:verb_start])
    return None


MEETING_WORDS: Final = cue_words("meeting")
DISCUSSING_VERBS: Final = cue_words("discussing")
_MEETING_REACH: Final = 20
# Words before "to" that make the talk their subject's own act (intent or readiness).
_OWN_TALK = cue_words("intent") | {"able"}  # ("ready", "willing", "prepared" are intent cues)
# Words that open another clause between a meeting and a "to": "said at a news conference
# that officials appeared ready to discuss".
_PURPOSE_STOPS: Final = frozenset("but that which who said says told tells".split())


def meeting_purpose(words: Sequence[str], verb_start: int) -> str | None:
    """ "will meet Chun on Monday to discuss opening markets", "met in emergency session
    today to discuss": talk that is a meeting's purpose, which the meeting's own verb codes
    (one meeting, one event); the meeting's words, when the act is one."""
    if (
        verb_start < 2
        or words[verb_start - 1] != "to"
        or words[verb_start] not in DISCUSSING_VERBS
        # "he was ready to discuss", "agreed to negotiate": the talk is the subject's own
        or words[verb_start - 2] in _OWN_TALK
    ):
        return None
    for k in range(verb_start - 2, max(-1, verb_start - 2 - _MEETING_REACH), -1):
        if words[k] in CLAUSE_BREAKS or words[k] in _PURPOSE_STOPS:
            return None
        if words[k] in MEETING_WORDS:
            # ("a meeting of UKIP members is due to be held next week to discuss": the
            # noun is no act of anyone's, and the talk planned is the one event told)
            noun = (k > 0 and words[k - 1] in _DETERMINERS | _POSSESSIVES) or (
                k + 1 < len(words) and words[k + 1] == "of"
            )
            # ("is due to be held next week to discuss": a meeting no one is said to hold)
            passive = k > 0 and words[k - 1] in BE_FORMS and participle_like(words[k])
            return None if noun or passive else f"{words[k]} ... to"
    return None


def under_terms(words: Sequence[str], verb_start: int) -> str | None:
    """ "Under the Paris accords, X agreed to ...", "Under the deal, Iran will ...": an
    opening "under" phrase naming an agreement, before the verb in its sentence."""
    if not words or words[0] != "under":
        return None
    for k in range(1, min(verb_start, _TERMS_REACH)):
        if words[k] in _TERMS_NOUNS:
            return " ".join(words[: k + 1])
        if words[k] in CLAUSE_BREAKS or words[k] == ",":
            return None
    return None


# Nouns of agreements whose terms bind their parties: "under the accord", "under the deal".
_TERMS_NOUNS: Final = frozenset(
    """accord accords agreement agreements deal deals treaty treaties pact pacts terms
    arrangement arrangements settlement compromise formula framework""".split()
)
_TERMS_REACH: Final = 8


_PLAN_WORDS: Final = frozenset({"plan", "plans", "bid", "bids", "attempt", "attempts", "move"})
_TOWARDS: Final = frozenset({"towards", "toward"})
_ATTEMPT_WORDS: Final = frozenset({"bid", "bids", "attempt", "attempts"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "new"})
POSSESSIVE_S: Final = frozenset({"'s", "’s"})
_POSSESSIVES: Final = frozenset({"his", "her", "its", "their"}) | POSSESSIVE_S
# Words that open an aim's noun phrase: "The aim of UKIP is to", "Its priority was to".
_AIM_LEADS: Final = _DETERMINERS | _POSSESSIVES


def possessive_at(words: Sequence[str], i: int) -> bool:
    """A possessive "'s" is written at ``i`` ("Britain's", "Tony Blair's")."""
    return 0 <= i < len(words) and words[i] in POSSESSIVE_S


# Verbs whose object may be another verb's "-ing" form: "began shelling", "kept fighting".
CATENATIVES: Final = cue_words("catenative")
# Things an agent noun may name that say nothing: "military helicopters announced earlier".
MUTE_NOUNS: Final = cue_words("mute")
# Figures a state has: "Australia's unemployment rate eased" is no act of Australia.
MEASURE_NOUNS: Final = cue_words("measure")
APPEAL_VERBS: Final = cue_words("appeal")
# Verbs of wishing, permitting and compelling: "wants Britain to pressure the US" asks an act
# of Britain ("wants to pressure", with no one between, is the subject's own intent).
DESIRE_VERBS: Final = cue_words("desire") | cue_words("permission") | cue_words("compulsion")
# Words an appeal's object may hold before its "to": "urged Syria and Iraq to", "asked
# the two sides' leaders to". A clause break or another "to" ends the search.
_APPEAL_REACH: Final = 7
_APPEAL_BREAKS: Final = (
    CLAUSE_BREAKS
    | {",", "that", "which", "who", "to", "said", "says"}
    # a clause of its own between ("told the conference he was ready to discuss")
    | {"he", "she", "they", "we", "i", "is", "was", "are", "were", "would", "will"}
)


def appeal_lead(words: Sequence[str], verb_start: int) -> int | None:
    """The appeal verb whose "to" governs a verb: "urged Syria to withdraw" → "urged".

    The governed act is asked of someone, not done: it is no event of its own.
    """
    i = adverbs_before(words, verb_start - 1)  # "to immediately withdraw"
    if i < 1 or words[i] != "to":
        return None
    for k in range(i - 1, max(-1, i - 1 - _APPEAL_REACH), -1):
        w = words[k]
        if w in APPEAL_VERBS:
            # "called on Iraq to", "calls for Iraq to"; "called Lavrov to discuss" phoned.
            if w.startswith("call") and words[k + 1] not in {"on", "upon", "for"}:
                return None
            return k
        if w in DESIRE_VERBS:
            return k if k < i - 1 else None
        if w == "to" and k + 1 < i:
            # "wants Britain to use its influence to pressure the US": a purpose of an act
            # asked for is asked for too.
            return appeal_lead(words, k + 1)
        if w in _APPEAL_BREAKS:
            return None
    return None


def obligations(
    words: Sequence[str], phrases: Sequence[ActorPhrase]
) -> list[tuple[int, ActorPhrase]]:
    """Each "must" with the actor it obliges: "Sudan must return the helicopter".

    A verb under "must" reports no event: it is what someone demands of the actor.
    """
    if OBLIGATION_MODALS.isdisjoint(words):
        return []
    out: list[tuple[int, ActorPhrase]] = []
    for m, w in enumerate(words):
        if w not in OBLIGATION_MODALS:
            continue
        before = [p for p in phrases if p.end <= m]
        if not before:
            continue
        gap = words[before[-1].end : m]
        # "the US and other developed nations must", "Iraq now must"
        if len(gap) <= 4 and not any(g in _OBLIGATION_BREAKS for g in gap):
            out.append((m, before[-1]))
    return out


def under_modal(words: Sequence[str], verb_start: int) -> bool:
    """A verb right after "must" or "should" ("should arrive", "must be approved")."""
    i = adverbs_before(words, verb_start - 1)
    if i >= 0 and words[i] == "be":
        i = adverbs_before(words, i - 1)
    return i >= 0 and words[i] in OBLIGATION_MODALS


# "the government needs to appeal to voters", "Japan has to accept": what an actor is
# obliged to do, not done. Present forms only: "had to withdraw", "needed to borrow" tell
# what was done under the need.
_NEEDS = frozenset({"need", "needs", "has", "have"})


def needed(words: Sequence[str], verb_start: int) -> str | None:
    """ "needs to" or "has to" right before a verb (adverbs between allowed), or before
    its passive ("has to be considered by the Senate")."""
    i = adverbs_before(words, verb_start - 1)
    if i >= 1 and words[i] == "be":
        i = adverbs_before(words, i - 1)
    if i < 1 or words[i] != "to":
        return None
    j = adverbs_before(words, i - 1)
    return f"{words[j]} to" if j >= 0 and words[j] in _NEEDS else None


def obliged_by(
    words: Sequence[str], verb_start: int, found: Sequence[tuple[int, ActorPhrase]]
) -> int | None:
    """The "must" that governs a verb: "must return", "must be ready to mediate"."""
    for m, _ in found:
        if m < verb_start <= m + 5 and not any(
            w in _OBLIGATION_BREAKS for w in words[m + 1 : verb_start]
        ):
            return m
    return None


# A parenthesis of at most this many words is an aside ("Amnesty International (AI)").
_ASIDE: Final = 12


def parenthesised(words: Sequence[str]) -> frozenset[int]:
    """Tokens inside a short balanced parenthesis, brackets included."""
    if "(" not in words:
        return frozenset()  # most sentences: the scan below would find nothing
    out: set[int] = set()
    opened: int | None = None
    for i, w in enumerate(words):
        if w == "(":
            opened = i
        elif w == ")" and opened is not None:
            if i - opened <= _ASIDE + 1:
                out.update(range(opened, i + 1))
            opened = None
    return frozenset(out)


def clause_floor(
    words: Sequence[str], verb_start: int, floor: int, aside: Collection[int] = frozenset()
) -> int:
    """The first token of the verb's clause, looking left from the verb.

    A short parenthesis (``aside``: :func:`parenthesised`) is inside the clause, not its
    edge: "Amnesty International (AI) has accused" keeps Amnesty International in it.
    """
    for i in range(verb_start - 1, floor - 1, -1):
        if words[i] in CLAUSE_BREAKS and i not in aside:
            return i + 1
    return floor


def clause_ceiling(
    words: Sequence[str], verb_end: int, aside: Collection[int] = frozenset()
) -> int:
    """One past the last token of the verb's clause, looking right (asides kept inside)."""
    for i in range(verb_end, len(words)):
        if words[i] in CLAUSE_BREAKS and i not in aside:
            return i
        if _as_did(words, i):
            # "offered his congratulations, as did Michael Howard": who did the same is no
            # one acted on.
            return i
        if words[i] == "," and i + 1 < len(words) and words[i + 1] == "but":
            # "five states oppose the tax, but Italy and Belgium seem to have taken a
            # hardline view": ", but" opens a clause of its own.
            return i
    return len(words)


def _as_did(words: Sequence[str], i: int) -> bool:
    """ "as did X", "as have other states" open at ``i``: an elliptical clause of its own."""
    return words[i] == "as" and i + 1 < len(words) and words[i + 1] in _ELLIPTICAL


# Auxiliaries that stand for the verb in "as did X", "as have other states".
_ELLIPTICAL = frozenset({"did", "does", "do", "has", "have", "had", "was", "were", "is", "are"})


def without_apposed(
    words: Sequence[str], group: list[ActorPhrase], verb_starts: Collection[int]
) -> list[ActorPhrase]:
    """A list's members less a person named whose title follows between commas: in
    "Nigel Lawson, Britain's Chancellor of the Exchequer, said" or "Condoleezza Rice, the
    US Secretary of State, was visiting" the two phrases are one actor, and the title
    says the office held on the day (the person's own entry may be dated otherwise)."""
    if len(group) < 2:
        return group
    drop = {
        id(a)
        for a, b in zip(group, group[1:], strict=False)
        if [w for w in words[a.end : b.start] if w != "the"] == [","]
        and _title_in_apposition(words, a, b, verb_starts)
    }
    return [p for p in group if id(p) not in drop] if drop else group


def _title_in_apposition(
    words: Sequence[str], prev: ActorPhrase, phrase: ActorPhrase, verb_starts: Collection[int]
) -> bool:
    """A person named, then a title of no one named closed by a comma that no "and" or "or"
    follows: "Condoleezza Rice, the US Secretary of State, was"."""
    if not prev.person or phrase.person or not phrase.has_agent:
        return False
    if phrase.code.startswith("---") or phrase.organisation or phrase.people:
        return False  # ("Labour's Chief Secretary": the person named stays the actor)
    for k in range(phrase.end, min(len(words), phrase.end + _APPOSITION_REACH)):
        if words[k] == ",":
            return k + 1 < len(words) and words[k + 1] not in {"and", "or"}
        if k in verb_starts or words[k] in CLAUSE_BREAKS:
            return False
    return False


def _apposition_closes(words: Sequence[str], start: int, verb_starts: Collection[int]) -> bool:
    """A comma closes the words from ``start`` within a few words, before any verb."""
    for k in range(start, min(len(words), start + _APPOSITION_REACH)):
        if words[k] == ",":
            return True
        if k in verb_starts or words[k] in CLAUSE_BREAKS:
            return False
    return False


_APPOSITION_REACH: Final = 10


def compound_groups(
    words: Sequence[str], phrases: list[ActorPhrase], verb_starts: Collection[int] = ()
) -> list[list[ActorPhrase]]:
    """Actor phrases joined by "and" or commas form one compound actor.

    A coded verb between two actors ("with Mr Putin and condemned France") joins clauses,
    not a list.
    """
    groups: list[list[ActorPhrase]] = []
    for index, phrase in enumerate(phrases):
        if groups:
            prev = groups[-1][-1]
            span = words[prev.end : phrase.start]
            if verb_starts and any(prev.end <= v < phrase.start for v in verb_starts):
                groups.append([phrase])
                continue
            # Only up to three words of a list's gap may be other than joiners (the
            # modifiers before its last actor): a long gap is usually ruled out at once.
            if len(span) > 4 and len(set(span) - _JOINERS) > 3:
                groups.append([phrase])
                continue
            gap = [w for w in span if w != "the"]
            bare = [w for w in gap if w not in HONORIFICS]
            if bare[:1] == [","] and _opening_adverbial(words, groups[-1][0], verb_starts):
                if (len(groups[-1]) == 1 and not _list_goes_on(words, phrases, index)) or _closed(
                    words, groups[-1]
                ):
                    # "At a meeting this week in Paris, senior government officials from
                    # major nations are considering": the opening phrase's place, then the
                    # main clause's subject.
                    groups.append([phrase])
                    continue
            if bare == [","] and opening_clause_object(words, groups[-1][0]):
                if (len(groups[-1]) == 1 and not _list_goes_on(words, phrases, index)) or _closed(
                    words, groups[-1]
                ):
                    # "Before visiting Israel, Mr Blair made a surprise visit", "After
                    # visiting the U.S., England, France and Switzerland, Funaro is on his
                    # way": the object (or the closed list) of an opening "-ing" clause,
                    # then the main clause.
                    groups.append([phrase])
                    continue
            if _subject_of_verb(words, phrase, verb_starts) and (
                (
                    # (modifiers of the subject after the comma too, and a closed list
                    # before it: "Citing opposition by West Germany and Britain, European
                    # officials ruled out")
                    gap[:1] == [","]
                    and len(gap) <= _SUBJECT_MODIFIERS + 1
                    and _JOINERS.isdisjoint(gap[1:])
                    and preceded_by_preposition(words, groups[-1][0]) is not None
                    and (len(groups[-1]) == 1 or _closed(words, groups[-1]))
                )
                or (
                    len(groups[-1]) == 1
                    and gap == ["and"]
                    and (
                        object_of_verb(words, prev, verb_starts)
                        # "people needing care in England and ministers suggest": a
                        # place where, then the next clause's agent
                        or (
                            phrase.has_agent
                            and len(prev.code) == 3
                            and preceded_by_preposition(words, prev) in WHERE_PREPOSITIONS
                        )
                    )
                )
            ):
                # "At their meeting in London, G7 finance ministers backed": a comma after
                # an opening phrase's place, then the subject of a verb, is no list; nor is
                # a verb's object, "and", then the next clause's subject ("Iraq met Iran
                # and Syria condemned Egypt").
                groups.append([phrase])
                continue
            if (
                gap == [","]
                and possessive_at(words, phrase.end)
                and not any(p.start == phrase.end + 1 for p in phrases)
                and _apposition_closes(words, phrase.end + 1, verb_starts)
            ):
                # "The company, China's third-largest milk producer, is to hold": the
                # possessor of an apposition's noun is no member of a list.
                groups.append([phrase])
                continue
            if _compound_gap(gap) and not _attribution(words, gap, phrase, groups[-1][0]):
                groups[-1].append(phrase)
                continue
        groups.append([phrase])
    return groups


# Words that may modify a subject between a comma and its head: "European officials".
_SUBJECT_MODIFIERS: Final = 2


def _list_goes_on(words: Sequence[str], phrases: Sequence[ActorPhrase], index: int) -> bool:
    """From phrase ``index`` on, actors joined by bare commas until one after "and" or "or":
    the comma before ``index`` continues a list ("the U.S., England, France and Italy")."""
    for a, b in zip(phrases[index:], phrases[index + 1 :], strict=False):
        gap = [w for w in words[a.end : b.start] if w != "the"]
        if not _compound_gap(gap):
            return False
        if {"and", "or"} & set(gap):
            return True
    return False


def _closed(words: Sequence[str], group: Sequence[ActorPhrase]) -> bool:
    """A list whose last member follows "and" or "or": it ends there."""
    return len(group) > 1 and bool({"and", "or", "&"} & set(words[group[-2].end : group[-1].start]))


def _opening_adverbial(
    words: Sequence[str], phrase: ActorPhrase, verb_starts: Collection[int]
) -> bool:
    """The phrase is a place after "in"/"at" inside a phrase of time or place that opens
    the sentence, with no verb before it: "At a meeting this week in Paris", "Last week in
    Moscow"."""
    if not verb_starts or preceded_by_preposition(words, phrase) not in WHERE_PREPOSITIONS:
        return False
    if len(phrase.code) != 3 or not (words[0] in PREPOSITIONS or words[0] in _OPENING_TIMES):
        return False
    before = words[: phrase.start]
    return (
        not any(v < phrase.start for v in verb_starts)
        and "," not in before
        and not any(w in CLAUSE_SUBORDINATORS or w in CLAUSE_BREAKS for w in before)
    )


_OPENING_TIMES: Final = frozenset("last this next earlier later yesterday today".split())


def opening_clause_object(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """The phrase is the object of an "-ing" verb that opens the sentence after a
    preposition or subordinator: "Before visiting Israel", "After meeting Mr Putin"."""
    k = phrase.start - 1
    while k >= 0 and (words[k] in ARTICLES or words[k] in HONORIFICS):
        k -= 1
    # (past a preposition and a time between the verb and its object: "After travelling
    # this week to France, Germany and Italy, Funaro hopes to visit Canada")
    reach = k - _OPENING_REACH
    while k > max(reach, 1) and not words[k].endswith("ing") and words[k].isalpha():
        k -= 1
    return (
        k >= 1
        and words[k].endswith("ing")
        and words[k - 1] in _OPENING_LEADS
        and (k - 1 == 0 or words[k - 2] in {",", "but", "and"})
    )


# Words that may stand between an opening clause's "-ing" verb and its object.
_OPENING_REACH: Final = 4


_OPENING_LEADS: Final = frozenset({"before", "after", "while", "since", "when", "on", "upon", "by"})


def _subject_of_verb(
    words: Sequence[str], phrase: ActorPhrase, verb_starts: Collection[int]
) -> bool:
    """Whether a coded verb follows the phrase (auxiliaries and adverbs between, and the
    unlisted name a title opens: "President Kirchner discussed"): its subject."""
    k = phrase.end
    if phrase.has_agent:
        while (
            k < phrase.end + _NAME_WORDS
            and k < len(words)
            and k not in verb_starts
            and _name_word(words[k])
        ):
            k += 1
    while k < len(words) and (
        words[k] in AUXILIARIES or words[k] in _SUBJECT_GAP or words[k].endswith("ly")
    ):
        k += 1
    return k in verb_starts


# Words of an unlisted name after its title: "Prime Minister Jacques Chirac".
_NAME_WORDS: Final = 3
# Prepositions of where something is or was done: "in Damascus", "at a Geneva hotel".
WHERE_PREPOSITIONS: Final = frozenset({"in", "at", "inside"})


def _name_word(word: str) -> bool:
    # (words are lower case here: any content word may be the name)
    return word.replace("-", "").isalpha() and word not in FUNCTION_WORDS


_SUBJECT_GAP: Final = MODALS_INTENT | ADVERB_HINT | {"later", "then", "today", "yesterday", "not"}


def object_of_verb(words: Sequence[str], phrase: ActorPhrase, verb_starts: Collection[int]) -> bool:
    """Whether the phrase comes right after a coded verb (determiners between): its object."""
    k = before_articles(words, phrase.start)
    return k >= 0 and k in verb_starts


def before_articles(words: Sequence[str], start: int) -> int:
    """The index of the last word before ``start`` that is no article (-1 if none)."""
    k = start - 1
    while k >= 0 and words[k] in ARTICLES:
        k -= 1
    return k


_CONJUNCTIONS: Final = frozenset({"and", ",", "&", "or"})
_JOINERS: Final = _CONJUNCTIONS | {"as", "well", "the"}
# Words that end a noun phrase: a gap holding one is not a list of actors.
_PHRASE_BREAKS: Final = PREPOSITIONS | {
    "said",
    "says",
    "who",
    "whom",
    "whose",
    "which",
    "where",
    "that",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "not",
    ";",
    ":",
    ".",
    # a clause opens: "donations to Palestinians, while Kuwait ... have vowed"
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "when",
    "if",
    "unless",
    "until",
    "but",
}


# Verb forms that close a sentence with its source: "..., Iraqi police said."
_ATTRIBUTION_VERBS = frozenset({"said", "says", "say", "told", "reported", "reports", "added"})


def _attribution(
    words: Sequence[str], gap: Sequence[str], phrase: ActorPhrase, first: ActorPhrase
) -> bool:
    """ "…in central Baghdad, Iraqi police said": a comma alone before an attribution does
    not list the speaker with the actor before it. A list that opens the sentence ("Britain,
    France and Germany said", ``first`` its first actor) reports nothing before it."""
    if any(w in ("and", "or", "&") for w in gap):
        return False
    if all(w in _LIST_WORDS for w in words[: first.start]):
        return False
    # "…, Finance Minister Carl Greenidge said": the office-holder's name may come between.
    k = phrase.end
    while (
        k < min(len(words), phrase.end + 3)
        and words[k].isalpha()
        and words[k] not in (_ATTRIBUTION_VERBS | _PHRASE_BREAKS)
    ):
        k += 1
    return k < len(words) and words[k] in _ATTRIBUTION_VERBS


def _compound_gap(gap: Sequence[str]) -> bool:
    """Whether the words between two actors join them into one list: "A, B and the evil C"."""
    if not gap or _CONJUNCTIONS.isdisjoint(gap):
        return False
    last_conj = max(i for i, w in enumerate(gap) if w in _CONJUNCTIONS)
    before, after = gap[:last_conj], gap[last_conj + 1 :]
    if gap[last_conj] == "," and after[:1] in (["a"], ["an"]):
        # "Pakistan, a key U.S. ally": an appositive describes the first actor.
        return False
    if after and _as_did(after, 0):
        # "Syria criticised Israel, as did Jordan": Jordan did the same, no list.
        return False
    if not all(w in _JOINERS for w in before):
        return False
    # Modifiers between the last conjunction and the actor: "and the evil awful Gondor".
    return len(after) <= 3 and all(
        w in _JOINERS or (w.isalpha() and w not in _PHRASE_BREAKS) for w in after
    )


def preceded_by_preposition(words: Sequence[str], phrase: ActorPhrase) -> str | None:
    """The preposition right before a phrase (skipping determiners and honorifics), if any."""
    i = phrase.start - 1
    while i >= 0 and (words[i] in _BEFORE_NAMES or words[i] in HONORIFICS):
        i -= 1
    if i >= 0 and words[i] in PREPOSITIONS:
        return words[i]
    return None


def topic_of(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """The phrase is what someone studies, not whom he serves: "analysts of the Soviet
    Union", "an Agriculture Department authority on the USSR", "U.S. experts on the Soviet
    Union" (an expert's "of" or "on"; not "the Monetary Authority of Singapore"); or whom
    someone stands to: "a longtime friend of Nakasone", "a critic of the government"."""
    prep = preceded_by_preposition(words, phrase)
    if prep not in {"of", "on"}:
        return False
    i = phrase.start - 1
    while i >= 0 and words[i] != prep:
        i -= 1
    noun = words[i - 1] if i >= 1 else ""
    return (
        noun in _STUDENTS
        or (prep == "on" and noun in _STUDENTS_ON)
        or (prep == "of" and noun in _RELATIONS_OF)
    )


# Nouns of people who study a state: "analysts of the Soviet Union", "experts on Iraq".
_STUDENTS: Final = frozenset(
    """analyst analysts expert experts specialist specialists watcher watchers observer
    observers""".split()
)
# People known by whom they stand to, not for: "Noboru Goto, … a longtime friend of
# Nakasone, told reporters" is no statement of Nakasone's (the audit of ea617bc).
_RELATIONS_OF: Final = frozenset(
    """friend friends rival rivals critic critics admirer admirers confidant relative
    relatives biographer""".split()
)
# Those that study a state only when written with "on": "an authority on the USSR".
_STUDENTS_ON: Final = frozenset({"authority", "authorities", "adviser", "advisers", "advisor"})


# Words between a preposition and the name it governs: "in the north of", "in West
# Germany" (where the dictionary's name is the country's alone).
_BEFORE_NAMES: Final = frozenset(
    "the a an west east north south western eastern northern southern central".split()
)
# Courtesy titles written before a name but outside its actor phrase: "with Mr Blair".
HONORIFICS: Final = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady miss messrs messrs.".split()
)
REPORTING_VERBS: Final[frozenset[str]] = cue_words("reporting")
ATTRIBUTION_OPENERS: Final = frozenset({",", '"', "“", "”", "'", "--", "—", "–"})


# Up to this many words of a reporter's phrase after its actor: "a British naval source in
# the Gulf" (no clause opens among them).
_REPORTER_TAIL: Final = 6
_OPENS_CLAUSE: Final = CLAUSE_SUBORDINATORS | frozenset(
    "that who whom whose which and but or to if as".split()
)


def _closing_attribution(words: Sequence[str], end: int) -> int:
    """Where the verb of saying is when the actor's phrase goes on past it and the
    attribution closes the sentence (", a British naval source in the Gulf said.",
    ", military sources said today."); else ``len(words)``."""
    k = end
    while (
        k < len(words)
        and k - end < _REPORTER_TAIL
        and (words[k].isalpha() or words[k] in {"'s", "’s"})
        and words[k] not in _OPENS_CLAUSE
        and words[k] not in REPORTING_VERBS
    ):
        k += 1
    if k >= len(words) or words[k] not in REPORTING_VERBS:
        return len(words)
    if k + 2 < len(words) and words[k + 1] == "," and words[k + 2].endswith("ing"):
        return k  # "…, Foreign Minister Velayati said, urging Iraq to withdraw"
    rest = [w for w in words[k + 1 :] if w.isalnum() or w in {"'s", "’s"}]
    if len(rest) > _REPORTER_TAIL or any(w in _OPENS_CLAUSE for w in rest):
        return len(words)
    return k


def reporters(
    words: Sequence[str], phrases: Sequence[ActorPhrase]
) -> list[tuple[int, ActorPhrase]]:
    """Actors that report the sentence, each with the token where its attribution starts.

    A trailing attribution: ", police said", ", said a spokesman for X", ", X told
    reporters"; and "according to X" anywhere. The actor sits between the opening
    comma (or quote) and the verb of saying, or right after a verb that follows the
    comma. Whatever comes before the attribution is what the reporter reports.
    """
    out: list[tuple[int, ActorPhrase]] = []
    for p in phrases:
        i = p.start - 1
        while i >= 0 and words[i] in ARTICLES:
            i -= 1
        if i >= 1 and words[i] == "to" and words[i - 1] == "according":
            out.append((i - 1, p))
            continue
        # ", said X": a reporting verb right after the comma, then the actor.
        if i >= 1 and words[i] in REPORTING_VERBS and words[i - 1] in ATTRIBUTION_OPENERS:
            out.append((i - 1, p))
            continue
        # ", X said": the comma, a few words of the actor's phrase, then the reporting verb;
        # the phrase may go on past the actor (", a British naval source in the Gulf said").
        after = p.end
        if after + 2 < len(words) and words[after] == "(" and words[after + 2] == ")":
            after += 3  # ", the official Ghana News Agency (GNA) reported": its initials
        elif (
            after + 2 < len(words)
            and words[after] == ","
            and words[after + 2] == ","
            and words[after + 1].isalpha()
            and after + 3 < len(words)
            and words[after + 3] in REPORTING_VERBS
        ):
            after += 3  # ", the Emirates news agency, WAM, reported": its name after it
        while (
            after < len(words)
            and after - p.end < 2
            and words[after] in {"officials", "have", "has", "had"}
        ):
            after += 1
        if after < len(words) and words[after] not in REPORTING_VERBS:
            after = _closing_attribution(words, p.end)
        if after >= len(words) or words[after] not in REPORTING_VERBS:
            continue
        j = p.start - 1
        while j >= 0 and p.start - j <= 6 and words[j] not in ATTRIBUTION_OPENERS:
            if words[j] in CLAUSE_BREAKS or not (words[j].isalpha() or words[j] in {"'s", "-"}):
                break
            j -= 1
        if j >= 1 and words[j] in ATTRIBUTION_OPENERS:
            out.append((j, p))
    return out


_LIST_WORDS: Final = frozenset({",", "and", "or", "the", "&"})


def bare_list(words: Sequence[str], members: Sequence[ActorPhrase]) -> bool:
    """Actors written one after another with only list words between ("Britain, France and
    Germany", "U.S. and Japanese"), the first inside no prepositional phrase ("a listing
    in London and Hong Kong")."""
    if preceded_by_preposition(words, members[0]) is not None:
        return False
    if not _closed(words, members):
        return False  # "Mike German, leader of the Liberal Democrats": an appositive
    return all(
        all(w in _LIST_WORDS for w in words[a.end : b.start])
        for a, b in zip(members, members[1:], strict=False)
    )


# What may come right before a verb's bare base form ("offer", "gas", "open") when it
# is a verb: "to offer", "will open", "did not meet", "they attack".
_BASE_FORM_LEADS: Final = frozenset(
    """to will would shall can could may might must should 'll 'd not n't never did do
    does they we i you also jointly help helped helps helping let lets make makes made""".split()
)
# Words ending in "s" that are no plural subject.
_NOT_PLURALS = frozenset("is was has its his this us as thus plus yes less unless whereas".split())
# Words after which an "-s" form is a plural noun, never a verb: prepositions, possessives.
_NOUN_LEADS: Final = frozenset(
    """of in on for by with after against from about over amid despite during into
    between among to as than 's ’s""".split()
)
# Words that modify a plural noun and never come before a finite verb: "more possible
# sanctions", "regular targets", "fresh attacks", "any talks".
_PLURAL_MODIFIERS: Final = frozenset(
    """more most possible further new fresh regular tougher retaliatory punitive any some
    many several few such other recent frequent future previous earlier similar major
    joint bilateral formal informal verbal""".split()
)
FUNCTION_WORDS: Final = frozenset(
    """the a an to by in on at of for from with and or but that which who as than its
    their his her this these those it them him us""".split()
)
_OPENERS: Final = frozenset({'"', "“", "'", "‘", "(", ":", "-", "--", "—", "–"})


# What a march goes on, through or against: after "march" these make it the verb.
_MARCH_ON: Final = frozenset(
    """on to in into through against from toward towards past across along around for with
    outside near down up and or""".split()
)


# What follows the verb "states": "states that …", "states: …", "states the obvious".
_STATES_OPENS = frozenset({"that", ":", "the", "a", "an", "its", "his", "her", "their", '"', "“"})


# Words a verb's base form follows: modals and "to".
_BEFORE_A_BASE_FORM: Final = MODALS | {"to"}


# Verbs a participle goes with: "to be wounded", "would have agreed", "to get killed".
_BEFORE_A_PARTICIPLE: Final = BE_FORMS | frozenset(
    "have has had get gets got become becomes remain remains seem seems appear stay".split()
)


def noun_not_verb(
    words: Sequence[str],
    texts: Sequence[str],
    start: int,
    lemma: str,
    actor_ends: Collection[int],
    headline: bool,
) -> str | None:
    """Why a verb form is a noun or a name here, or None when it may be a verb.

    - capitalised inside a sentence: a name ("in March", "the Paris Exchange");
    - the bare base form, which English shares with the noun ("a gas turbine", "an
      offer of", "the press"), unless "to", a modal, a negation, "did" or a plural
      subject comes right before it ("will offer", "Gondor and Osgiliath meet").
    Title-case headlines and text in capitals say nothing about case.
    """
    text = texts[start]
    if not headline and start > 0 and text[:1].isupper() and not text.isupper():
        if texts[start - 1] not in _OPENERS:
            return "a capitalised word inside a sentence is a name"
    word = words[start]
    if word in MONTHS and start + 1 < len(words):
        # "WHITE HOUSE SAYS MARCH CPI", "march 15": the month; the verb goes on, through,
        # against or to somewhere ("unions march against cuts"), or ends the clause.
        nxt = words[start + 1]
        if nxt.isdigit() or (nxt.isalpha() and nxt not in _MARCH_ON):
            return "a month's name, not a verb"
    s_form = word.endswith("s") and word != lemma.split()[0]
    if word == "states" and (start + 1 >= len(words) or words[start + 1] not in _STATES_OPENS):
        # "the smaller EU states.", "member states have", "Gulf states, which": the verb
        # "states" is followed by what is stated ("states that", "states: …").
        return "'states' with nothing stated after it is the noun"
    if s_form and _finite_next(words, start + 1):
        return "an '-s' form followed by a verb is a plural noun, its subject"
    if s_form and start > 0:
        prev = words[start - 1]
        partner = start + 1 < len(words) and words[start + 1] == "with"
        if not partner and (
            prev in _NOUN_LEADS
            or prev in MONTHS
            or prev in WEEKDAYS
            or prev.isdigit()
            or prev in _PLURAL_MODIFIERS
        ):
            # "targets of attacks", "Friday's attacks", "the 11 September attacks"; a noun
            # with its partner ("locked in talks with the G8") still names the act.
            return "an '-s' form after a preposition, a possessive or a date is a noun"
        if (
            start > 1
            and words[start - 2] in _BEFORE_A_BASE_FORM
            and prev.isalpha()
            and texts[start - 1][:1].islower()
        ):
            # "the government would repay loans", "to pay fines": after a modal or "to" and
            # the verb it takes, an '-s' form is that verb's object.
            return "an '-s' form after a modal or 'to' and a verb is a noun"
        if not partner and prev.endswith("ed") and texts[start - 1][:1].islower():
            # "ignored demands to recognise", "the planned talks", "continued attacks": after
            # a past form, no finite verb follows; the word is its object or what it describes.
            return "an '-s' form after a past form is a noun"
    if (
        word.endswith("ed")
        and start > 1
        and words[start - 2] in _BEFORE_A_BASE_FORM
        and words[start - 1].isalpha()
        and texts[start - 1][:1].islower()
        and words[start - 1] not in _BEFORE_A_PARTICIPLE
    ):
        # "planned to evacuate wounded from", "would keep detained": after a modal or "to"
        # and the verb it takes, a past form is no verb of its own ("to be wounded", "would
        # have agreed" are that verb's own passive or perfect).
        return "a past form after a modal or 'to' and a verb is no verb"
    if (
        word.endswith("ed")
        and start > 0
        and words[start - 1] in _NOUN_LEADS
        and start + 1 < len(words)
        and words[start + 1].isalpha()
        and words[start + 1] not in FUNCTION_WORDS
    ):
        # "warned against proposed changes", "reports of alleged abuses": a participle
        # between a preposition and its noun describes the noun.
        return "a participle between a preposition and a noun is an adjective"
    if word.endswith("ed") and start > 0 and words[start - 1] == "for":
        return "a participle after 'for' is no verb ('take nothing for granted')"
    if word != lemma.split()[0] or word.endswith("ed"):
        return None
    if start + 1 < len(words) and words[start + 1] in _SINGULAR_FINITE:
        # "the London to Leeds express came off the tracks", "the attack was": a base form
        # right before a finite verb of a singular subject is that subject, a noun.
        return "the bare base form before a finite verb is its subject, a noun"
    irregular = irregular_verbs().get(word)
    if irregular and irregular[0] == word:
        return None  # "set", "beat", "let", "cut": the past tense is the base form too
    before = adverbs_before(words, start - 1)
    if before < 0 or words[before] in _BASE_FORM_LEADS or before + 1 in actor_ends:
        return None
    prev = words[before]
    if (
        prev.isalpha()
        and prev.endswith("s")
        and prev not in _NOT_PLURALS
        # "which tracks press freedom": after a relative pronoun the "-s" word is a verb
        and (before == 0 or words[before - 1] not in {"which", "who", "that"})
    ):
        return None  # a plural subject: "critics accuse", "allies launch"
    return "the bare base form without a subject or auxiliary is a noun"


# Finite verbs that may follow a plural subject directly: "brokers said", "shares have
# risen", "attacks left ten dead".
_FINITE_AFTER_SUBJECT: Final = frozenset(
    """have had are were said say will would could can may might must should do did
    rose fell gained lost remain remained""".split()
)


# "is", "was", "has" and the irregular pasts that differ from their base and do not end
# in "-ed" ("came", "took"; not "cut", "set", nor "banned", an adjective too): finite verbs
# no verb's base form is written right before.
_SINGULAR_FINITE: Final = frozenset(
    {"is", "was", "has"}
    | {f[0] for b, f in irregular_verbs().items() if f and f[0] != b and not f[0].endswith("ed")}
)


def _finite_next(words: Sequence[str], i: int) -> bool:
    """The word at ``i`` is a finite verb: an auxiliary, "said", or a past form in "-ed"."""
    if i >= len(words):
        return False
    w = words[i]
    return w in _FINITE_AFTER_SUBJECT or (w.endswith("ed") and w.isalpha() and len(w) > 4)


# Words that may stand between a speaker and the verb of saying: "Reagan also said",
# "the ministry on Tuesday said", "Japan has said".
# Words that say when: "X on Sunday night said", "Syria last week said".
WHEN_WORDS: Final = frozenset(WEEKDAYS) | frozenset(
    "on in today yesterday night morning evening last this next week month year".split()
)
_SPEAKER_GAP: Final = WHEN_WORDS | frozenset(
    """has have had also later earlier again once would will could did a statement
    weekend ,""".split()
)


# Nouns that end an actor's phrase without being part of its dictionary entry ("the
# rebel group", "the opposition movement"): the speaker is still written beside its verb.
_GROUP_NOUNS: Final = cue_words("group noun")


# Words of a participle phrase between a speaker and the verb of saying.
_PARTICIPLE_REACH: Final = 5


# How many words of country and title may stand between a verb of saying and the speaker
# named after it, and words that are none of a title's.
_TITLE_GAP: Final = 6
NOT_TITLE_WORDS = BE_FORMS | MODALS | AUXILIARIES | ARTICLES | PREPOSITIONS | {"that", "and", "or"}


def speaker_of(
    words: Sequence[str],
    texts: Sequence[str],
    phrase: ActorPhrase,
    verb_start: int,
    verb_end: int,
) -> bool:
    """Whether ``phrase`` is written beside the verb of saying, as its speaker.

    "X said", "X on Tuesday said", "said X", and a title and name after the actor
    ("White House national security adviser John Bolton said"): the speaker sits next
    to the verb. An actor further away ("More U.S. grain certificates needed, study
    says") is what was said about, not who said it.
    """
    if phrase.end > verb_start:
        gap = words[verb_end : phrase.start]
        if len(gap) <= 1 and all(w in ARTICLES for w in gap):
            return True
        # "said U.S. Trade Representative Clayton Yeutter": the country and the title
        # before the office-holder's name are his.
        return len(gap) <= _TITLE_GAP and all(
            w.replace(".", "").isalpha() and w not in NOT_TITLE_WORDS for w in gap
        )
    if (
        words[verb_start - 1] == ","
        and not words[verb_start].endswith("ing")
        and phrase.end + 1 < verb_start - 1
        and words[phrase.end] == ","
        and words[phrase.end + 1] in {"who", "which"}
        and not any(w in {".", ";", ":"} for w in words[phrase.end : verb_start])
    ):
        return True  # "Mr Kilroy-Silk, who recently quit UKIP, said": past the aside
    i = verb_start
    aside = parenthesised(words)
    while i > phrase.end and (
        words[i - 1] in _SPEAKER_GAP
        or words[i - 1].isdigit()
        or (i - 1) in aside  # "The U.S. Government (USG) announced"
        or (words[i - 1].endswith("ly") and words[i - 1].isalpha())  # "falsely claimed"
    ):
        i -= 1
    if i == phrase.end:
        return True
    # The rest of the actor's own noun phrase: "An Ethiopian rebel group declared".
    head = words[phrase.end : i]
    if len(head) <= 2 and all(w.isalpha() and w in _GROUP_NOUNS for w in head):
        return True
    if (
        head
        and len(head) <= _PARTICIPLE_REACH
        and head[0].endswith("ing")
        and all(w.isalpha() for w in head)
        and not any(w in SPEECH_WORDS or w in CLAUSE_BREAKS for w in head)
    ):
        # "Sri Lankan officials handling the talks said": a participle phrase describes
        # the speaker.
        return True
    gap = words[phrase.end : verb_start]
    if (
        2 <= len(gap) <= _CLAUSE_ASIDE_REACH
        and gap[0] == ","
        and gap[1].endswith("ing")
        and gap[-1] == ","
        and "," not in gap[1:-1]
        and not any(w in SPEECH_WORDS for w in gap)
    ):
        # "Nigel Lawson, presenting his budget to Parliament, said": so does a participle's
        # clause set off by commas.
        return True
    # A person's name, capitalised, after at most three lower-case title words.
    if _titled_name_before(words, texts, phrase, i, particles=False):
        return True
    # (with the particles and hyphens of a name, "Oil Minister Ali al-Khalifa al-Sabah",
    # after a state's office written as a title: "Beghin-Say president Jean-Marc Vernes",
    # "ADB secretary general Koffi Dei-Anang" are officers of bodies no list knows)
    return (
        phrase.has_actor
        or (texts[phrase.start][:1].isupper() and words[phrase.end - 1] not in _BODIES_OFFICES)
    ) and _titled_name_before(words, texts, phrase, i, particles=True)


def _titled_name_before(
    words: Sequence[str], texts: Sequence[str], phrase: ActorPhrase, i: int, particles: bool
) -> bool:
    """A person's name, capitalised, ending at ``i``, after at most three lower-case
    title words (or a comma, after a one-person office) that follow ``phrase``."""
    j = i
    while j > phrase.end and (
        (texts[j - 1][:1].isupper() and texts[j - 1].replace(".", "").isalpha())
        or (particles and words[j - 1] in _NAME_PARTICLES)
    ):
        j -= 1
    while j < i and not texts[j][:1].isupper():
        j += 1
    if j == i:
        return False
    title = words[phrase.end : j]
    if (
        title == [","]
        and i - j <= _NAME_REACH
        and phrase.pieces
        and phrase.pieces[-1].kind == "agent"
        and phrase.pieces[-1].end == phrase.end
        and words[phrase.end - 1] in _HELD_BY_ONE
    ):
        # "The Jamaican Prime Minister, Bruce Golding, said": the office's holder, named
        # between commas after it, speaks as the office (not a body's or a group's name:
        # "the commission of Congress, Rubio said", "Spanish workers, Cuevas said").
        return True
    return len(title) <= 3 and all(w.isalpha() for w in title)


# Capitalised words of a person's name written after an office and a comma.
_NAME_REACH: Final = 3
# Offices of firms and bodies as much as of states.
_BODIES_OFFICES: Final = frozenset({"president", "chairman", "director", "general", "broker"})
# Lower-case words and marks inside a person's name: "Ali al-Khalifa", "Ursula von der
# Leyen", "Osama bin Laden".
_NAME_PARTICLES: Final = frozenset("- al el bin ibn de van von der da du dos bint ben".split())
# Offices one person holds, whose holder may be named after a comma.
_HELD_BY_ONE: Final = ONE_PERSON_OFFICES | {"leader", "head", "official"}


# Words a participle's clause set off by commas may hold between a speaker and the verb.
_CLAUSE_ASIDE_REACH: Final = 16
_STRAIGHT_QUOTES: Final = frozenset({'"'})
# "``" and "''" are the typesetters' (and the Penn Treebank's) opening and closing marks;
# the tokenizer may split "``" in two.
_OPENING_QUOTES: Final = frozenset({"“", "``", "`"})
_CLOSING_QUOTES: Final = frozenset({"”", "''"})
_QUOTE_MARKS = _STRAIGHT_QUOTES | _OPENING_QUOTES | _CLOSING_QUOTES
# A quotation this short is a phrase quoted ('a "hard right agenda"'), not speech.
_QUOTED_SPEECH: Final = 4


def quotation_spans(texts: Sequence[str], offsets: Sequence[int]) -> list[tuple[int, int]]:
    """The token spans (first, last + 1) of the sentence's quotations of speech.

    Curly and typesetters' marks say which way they face. A straight mark written against
    the word before it closes a quotation, one after a space opens one; a sentence cut
    out of a longer quotation keeps one mark ('... will be delivered," he emphasized':
    the quotation opened before the sentence), and a mark left at a sentence's end opens
    the next one's.
    """
    if _QUOTE_MARKS.isdisjoint(texts):
        return []  # most sentences quote no one
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    first = True
    for i, t in enumerate(texts):
        if t == "`" and i > 0 and texts[i - 1] == "`":
            continue
        if t in _STRAIGHT_QUOTES:
            attached = i > 0 and offsets[i] == offsets[i - 1] + len(texts[i - 1])
            opening = not attached
        elif t in _OPENING_QUOTES:
            opening = True
        elif t in _CLOSING_QUOTES:
            opening = False
        else:
            continue
        if opening:
            if opened is None:
                opened = i + 2 if t == "`" and texts[i + 1 : i + 2] == ["`"] else i + 1
        elif opened is not None:
            spans.append((opened, i))
            opened = None
        elif first and i > 0 and texts[i - 1] in {",", ".", "?", "!"}:
            # Only a first mark after the quotation's last words closes one opened before
            # the sentence; a stray one ('an anarchic" protest') closes nothing.
            spans.append((0, i))
        first = False
    if opened is not None:
        spans.append((opened, len(texts)))
    return [(a, b) for a, b in spans if b - a >= _QUOTED_SPEECH]


def quotation_at(texts: Sequence[str], spans: Sequence[tuple[int, int]], start: int) -> str | None:
    """The first words of the quotation of speech (of ``spans``, from
    :func:`quotation_spans`) that token ``start`` is inside, if any.

    A quotation that opens with the verb itself quotes what its subject, written before
    it, did ('Washington "deplored the loss of life"'): that verb is no quoted words."""
    for a, b in spans:
        if a < start < b:
            return " ".join(texts[a : min(b, a + 4)])
    return None


# Verbs whose bare default gives something back ("returned the paintings to Brazil") but
# that also say one went back ("returned to work", "returned safely to base").
_GIVING_BACK: Final = cue_words("giving back")
# Words right after such a verb that say where one went, not what was given.
_GOING_WORDS: Final = frozenset({"to", "home", "from", "safely", "back", "there", "here", "later"})


def going_back(words: Sequence[str], start: int, end: int, lemma: str) -> str | None:
    """ "Harbour workers returned to work", "warplanes returned safely to base": the
    verb's words when nothing is given back (no object before where one went)."""
    if lemma.split()[0] not in _GIVING_BACK or end >= len(words):
        return None
    following = words[end]
    if following.endswith("ly") and following.isalpha() and end + 1 < len(words):
        # "returned safely to base"; "returned approximately 100 fossils" gives back
        if words[end + 1] in _GOING_WORDS:
            return " ".join(words[start : end + 2])
        return None
    if following in _GOING_WORDS:
        return " ".join(words[start : end + 1])
    return None


# Verbs of warning: a threat (13) only when what is warned of is the warner's own act.
_WARNING_VERBS: Final = cue_words("warning")
# Words after a verb of warning that keep it a threat: "warned the U.S. against",
# "warned of retaliation", "warned Iraq to withdraw", "warns U.S. on trade moves".
_THREAT_LINKS: Final = frozenset({"against", "of", "to", "on", "with", "about"})
# Links after which a warning names a danger or a topic unless a threat's noun follows
# ("warned Israel against attacking Lebanon" deters an act: a threat, as the link says).
_TOPIC_LINKS: Final = frozenset({"of", "on", "about"})
# Nouns of what a warner threatens to do: "warned of sanctions", "of retaliation".
_THREAT_NOUNS: Final = frozenset(
    """sanction sanctions retaliation retaliatory reprisal reprisals action actions measures
    countermeasures counter consequences force military attack attacks war strike strikes
    veto punishment punitive tariffs tariff duties boycott embargo expulsion legal steps
    reprisals violence arrest arrests prosecution""".split()
)
_THREAT_NOUN_REACH: Final = 5
_READY: Final = frozenset({"ready", "prepared", "determined"})
_SELF_WORDS: Final = frozenset({"it", "we", "they", "he", "she", "i"})
_FUTURE_MODALS: Final = frozenset({"will", "would", "shall", "'ll", "could"})
_WARNING_REACH: Final = 8
# How far a warning's "that" may stand after a long object: "warned Tony Blair in a document on
# 7 March 2003 that the use of force … could be illegal".
_WARNING_THAT_REACH: Final = 12
_CONTENT_WORDS = frozenset({"that", "may", "might", "can", "was", "were", "is", "are", "had"})


def warns(lemma: str) -> bool:
    """Whether the verb is one of warning, whose threat :func:`concern_not_threat` reads."""
    return lemma.split()[0] in _WARNING_VERBS


def concern_not_threat(
    words: Sequence[str], start: int, end: int, own: Collection[int] = ()
) -> str | None:
    """ "The IMF warned that India's deficit was too large", "Greenspan warned Asian states
    could stop funding the US deficit": a warning of what others may do or what may
    happen is a pessimistic comment, not a threat. The words that say so, or None when
    the warner names its own act ("warned that it would close the Strait", "Iran would
    close") or a threat's link follows ("warned the U.S. against").

    ``own`` holds the token positions of the warner's own actor (its name written again).
    The verb is one of warning (:func:`warns`).
    """
    content = False  # a clause of what is warned of: "that …", "states could stop …"
    far_that = False  # that clause opened past the near words
    for k in range(end, min(len(words), end + _WARNING_THAT_REACH)):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k >= end + _WARNING_REACH and not far_that:
            # Past the near words only a "that" opens what is warned of, after a long object.
            if content or w in {".", ";"}:
                break
            if w == "that":
                content = far_that = True
            continue
        if w == "on" and (nxt in WEEKDAYS or nxt in MONTHS or nxt[:1].isdigit()):
            continue  # "warned on Thursday that": when, no link
        if w in _THREAT_LINKS and k <= end + 4 and not content:
            # ("warned that the deletion of …": a link inside what is warned of is no link)
            if w in _TOPIC_LINKS and not _THREAT_NOUNS.intersection(
                words[k + 1 : k + 1 + _THREAT_NOUN_REACH]
            ):
                # "WARNS ASEAN OF LOOMING TRADE PROBLEM", "warns Sweden on labour costs": a
                # danger or a topic, no act of the warner's ("warned of sanctions", "of
                # serious consequences" are threats).
                return " ".join(words[start : k + 1])
            return None
        if w in _FUTURE_MODALS or w in _CONTENT_WORDS:
            content = True
        if w in _FUTURE_MODALS and k > end:
            prev = words[k - 1]
            if prev in _SELF_WORDS or (k - 1) in own:
                return None
        if w in _READY and k >= 2 and words[k - 1] in BE_FORMS:
            # "warned Iran that it was ready for any further hostile action": its own act
            if words[k - 2] in _SELF_WORDS or (k - 2) in own:
                return None
        if w in {".", ";"}:
            break
    # "warned Russia": a bare warning stays a threat.
    return " ".join(words[start:end]) if content else None


_QUESTIONING_VERBS: Final = cue_words("questioning")
QUESTION_WORDS: Final = cue_words("question word")
# How far after "asked" a question word may come: "asked ministers why".
_QUESTION_REACH: Final = 4


def question_put(words: Sequence[str], start: int, end: int) -> str | None:
    """ "Mr Howard asked: 'How can they ...?'", "asked how police were to interpret the
    rules", "'How was it right ...?' the Lib Dem leader asked": "ask" putting a question,
    a statement, not an appeal. The words that say so, or None ("asked the banks to lend",
    "asked for clarification" are appeals).
    """
    if words[start] not in _QUESTIONING_VERBS:
        return None
    for k in range(end, min(len(words), end + _QUESTION_REACH)):
        w = words[k]
        if w == ":" and k == end:
            return f"{words[start]}:"
        if w in {"to", "for", "that", ",", "."}:
            break
        if w in QUESTION_WORDS:
            return f"{words[start]} {w}"
    if "?" in words[:start] or (start > 0 and words[0] in QUESTION_WORDS):
        return f"? ... {words[start]}"
    return None
