"""Role assignment: who is the source and who the target of a coded verb.

Two assigners share one interface. ``RuleRoles`` reads word order around the
verb (PETRARCH-1 style shallow grammar); ``extractors.parse_roles.ParseRoles``
reads a dependency parse. Everything else in the coder is shared.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from extractors import grammar
from extractors.actors import TELLING_WORDS, UNKNOWN, ActorPhrase, armed_force, demonyms
from extractors.verbs import PatternChoice, VerbHit


@dataclass
class SentenceView:
    """A sentence as the coder sees it: lower-cased words, char offsets, optional parse."""

    words: list[str]
    texts: list[str]
    offsets: list[int]  # absolute char offset of each token in the article text
    start_char: int
    end_char: int
    text: str
    parse: object | None = None  # a parsed spaCy Doc of this sentence, in parsed mode
    # Char spans of the parser's GPE/LOC/FAC entities: candidates for place finding.
    ner_places: list[tuple[int, int]] = field(default_factory=list)
    # Every actor phrase the coder found in the sentence (set while coding it).
    actor_phrases: list[ActorPhrase] = field(default_factory=list)
    # The article's headline: its first line, with no full stop, before more text.
    headline: bool = False
    # Where the sentence's attributions open (``grammar.reporters``), once found.
    attributions: list[int] | None = None


@dataclass
class Roles:
    """Sources and targets for one verb occurrence, with the decisions taken."""

    sources: list[ActorPhrase]
    targets: list[ActorPhrase]
    decisions: list[str] = field(default_factory=list)
    passive: bool = False
    negated: str | None = None
    intent: str | None = None
    subject_index: int | None = None  # token of the grammatical subject, when known


class RoleAssigner(Protocol):
    """Assigns roles for one verb occurrence."""

    name: str

    def assign(
        self,
        view: SentenceView,
        hit: VerbHit,
        choice: PatternChoice,
        phrases: list[ActorPhrase],
        verb_starts: Sequence[int],
    ) -> Roles: ...


# Words that open a subordinate clause: an actor beyond one is not the verb's object.
_SUBORDINATORS: Final = grammar.CLAUSE_SUBORDINATORS | {"whether"}


def group_of(phrase: ActorPhrase, groups: list[list[ActorPhrase]]) -> list[ActorPhrase]:
    for g in groups:
        if phrase in g:
            return g
    return [phrase]


class RuleRoles:
    """Word-order roles: subject before the verb, object after it, "by" in the passive.

    ``news_rules`` (off for PETRARCH-2's conventions) keeps a meeting's or statement's
    party from being found past the next verb or inside what it is about.
    """

    name = "rules"

    def __init__(self, news_rules: bool = True) -> None:
        self.news_rules = news_rules

    def assign(
        self,
        view: SentenceView,
        hit: VerbHit,
        choice: PatternChoice,
        phrases: list[ActorPhrase],
        verb_starts: Sequence[int],
    ) -> Roles:
        words = view.words
        # An actor inside a short parenthesis ("(AI)", "(PFUJ)") restates the one before it,
        # and the parenthesis does not end the clause.
        aside = grammar.parenthesised(words)
        floor = grammar.clause_floor(words, hit.start, 0, aside)
        ceiling = grammar.clause_ceiling(words, hit.end, aside)
        decisions: list[str] = []
        negated = grammar.is_negated(words, hit.start, floor)
        intent = grammar.modality(words, hit.start, floor)
        if intent is None and self.news_rules:
            # "U.S. and Japanese officials meet tomorrow": an act dated ahead is intended; a
            # verb in a past form is not ("said the meetings scheduled next month").
            intent = (
                None
                if grammar.past_form(words[hit.start], hit.entry.lemma)
                else grammar.ahead(words, hit.end)
            ) or grammar.ahead_before(words, hit.start, floor)
        if intent is None and self.news_rules and view.headline:
            intent = _headline_to(words, hit.start, phrases, verb_starts)
        passive = grammar.is_passive(
            words, hit.start, hit.end, hit.entry.lemma
        ) or grammar.headline_passive(
            view.texts, words, hit.start, hit.end, hit.entry.lemma, view.headline
        )

        by_start = {p.start: p for p in phrases}
        source: ActorPhrase | None = None
        target: ActorPhrase | None = None
        if choice.source_at is not None:
            source = by_start.get(choice.source_at)
            decisions.append("source from pattern slot $")
        if choice.target_at is not None:
            target = by_start.get(choice.target_at)
            if (
                self.news_rules
                and target is not None
                and (where_not_whom(words, choice.code, target, hit.end) or landmark(words, target))
            ):
                # "NATO ambassadors met in emergency session in Brussels": the pattern's
                # "+" found the place of a meeting, not the party met.
                decisions.append("the pattern's target is where it happened, not whom")
                target = None
            else:
                decisions.append("target from pattern slot +")
            own = own_object(words, hit.end, choice, phrases, target)
            if (
                self.news_rules
                and own is not None
                and addressed_own_object(choice.code, source, own)
            ):
                # "criticised the government for claiming the EU constitution …", "praised
                # Iraq for its stance on Iran": the verb's own object, written before the
                # pattern's words, is whom it acts on; the slot found a party of the reason.
                decisions.append("the verb's own object comes before the pattern's words")
                target = own

        # (A phrase that opens in the aside and runs past it, "(EC) agriculture ministers",
        # is outside: its head is.)
        outside = [p for p in phrases if p.start not in aside or p.end - 1 not in aside]
        # A verb inside a subordinate clause ("…, after the Bar Association boycotted")
        # has its subject inside that clause, not in the main clause before it.
        low = max(floor, _subordinate_start(words, floor, hit.start))
        before = [p for p in outside if low <= p.start and p.end <= hit.start]
        after_from = max(hit.end, choice.span_end) if choice.pattern is not None else hit.end
        ceiling = min(ceiling, _aside_end(words, floor, hit.start, hit.end))
        if self.news_rules:
            # "…would finance projects in the country, a statement by the ministry said":
            # the attribution closes what it reports; its reporter is no one acted on.
            if view.attributions is None:  # the reader sets them once per sentence
                view.attributions = [at for at, _ in grammar.reporters(words, phrases)]
            ceiling = min([ceiling, *(at for at in view.attributions if at >= hit.end)])
        after = [p for p in outside if p.start >= hit.end and p.end <= ceiling]
        if view.headline:
            # "JAPAN CAREFULLY CONSIDERING MONEY POLICY - SUMITA": the name after a closing
            # dash credits the headline to its speaker; it is no one acted on.
            after = [p for p in after if not _credit_line(words, p)]

        passive_target = False
        if passive and self.news_rules:
            # "Dingell said TRW was being sued by the Justice Department": the one acted on
            # is in the clause after its reporter's verb; the reporter is acted on only as
            # the owner the clause names ("Iran said its ship was attacked").
            before = _after_reporter(words, before, hit.start)
        if passive:
            # The "by" phrase of this verb, not of a later one ("who was accused of …
            # was arrested by state police": the police did the arresting only).
            nxt = min((v for v in verb_starts if v >= hit.end), default=len(words))
            agent = _by_agent(words, [p for p in after if p.start < nxt], hit.end)
            if agent is not None:
                decisions.append("passive: source from the 'by' phrase, target is the subject")
            else:
                agent = _requester(words, [p for p in after if p.start < nxt], hit.end)
                if agent is not None:
                    decisions.append("passive: source is who asked for it, target the subject")
            if agent is None and self.news_rules:
                agent = _attack_doer(words, [p for p in after if p.start < nxt], hit.end)
                if agent is not None:
                    # "20 civilians were killed in Russian airstrikes": the state whose
                    # strikes did it is the doer.
                    decisions.append("passive: source is whose attack did it, target the subject")
            if agent is not None:
                if source is None:
                    source = agent
                if target is None or target is agent:
                    # A pattern's "+" after the verb reads "by X" as the object: in the
                    # passive that phrase is the doer, and the subject is the target; a
                    # subject that is no actor ("Disha Ravi was arrested by Delhi Police
                    # for …") leaves no target, not the next actor after the agent.
                    target = _subject(words, before, hit.start, view.texts, doer=False)
                    passive_target = True
            elif hit.entry.lemma.split()[0] in _PASSIVE_DOERS:
                passive = False  # "Israel is opposed to", "troops were deployed": active
            else:
                # "Blair was being urged to act": the subject is acted on, and the doer
                # is not named; the subject is the target, and there is no source.
                decisions.append("passive with no 'by' phrase: the subject is the target")
                target = target or _subject(words, before, hit.start, view.texts, doer=False)
                passive_target = True
        modifier = not passive and _participle_modifier(
            words, view.texts, hit.start, hit.entry.lemma, phrases, verb_starts
        )
        if modifier and source is None:
            # "the sanctions imposed on Iraq", "reforms sought by the IMF", "its ban on
            # shipments to Fiji, imposed in support of Bavadra": a participle after a noun
            # describes the noun; its act is background, never the subject's, no event.
            decisions.append("participle after a noun: it describes the noun, no source")
        relative = (
            _relative_subject(words, hit.start, phrases) if self.news_rules else (False, None)
        )
        if (
            source is None
            and not modifier
            and not (passive and passive_target and target is not None and choice.source_at is None)
            and not _reduced_relative(words, hit.start, phrases, verb_starts)
        ):
            if relative[0]:
                # "Opec's committee, which has been touring cartel members", "a bill that
                # would have allowed": a relative clause's subject is the noun it follows.
                source = relative[1]
                if source is None:
                    decisions.append("a relative clause's subject is a noun that is no actor")
            elif _named_subject(words, before, hit.start, floor, verb_starts):
                # "…, leading economists have warned": the verb's own subject is no actor,
                # so no actor earlier in the sentence is its source.
                decisions.append("the verb's own subject is no actor: no source")
            elif (main := _main_verb(words, hit.start, verb_starts, floor)) is not None:
                # "Lord Butler has criticised the way Tony Blair's government operates,
                # accusing it of …": a participle after a comma is done by the main verb's
                # subject, not by the object before the comma; so is a verb joined to an
                # earlier one by "and" ("Iraq attacked Iran and killed 20 soldiers").
                ahead = [p for p in before if p.end <= main]
                if words[main - 1] in grammar.SUBJECT_PRONOUNS and words[main] in _SAYING_WORDS:
                    # "This is the record Mr Blair will have to defend, he said, urging
                    # voters": the participle is the speaker's, and "he" is no actor here.
                    decisions.append("the main verb's subject is a pronoun: no source")
                elif _named_subject(words, ahead, main, floor, verb_starts):
                    decisions.append("the main verb's subject is no actor: no source")
                else:
                    source = _subject(words, ahead, main, view.texts)
                    if source is None:
                        decisions.append("the main verb's subject is no actor: no source")
            else:
                opens = _relative_aside(words, hit.start, floor) if self.news_rules else None
                if opens is not None and (
                    # (only after an actor's own name: "Kim, who is also economic planning
                    # minister, said" is the minister speaking; nor when the speaker is
                    # written after the verb: "…, who heralded the report, said U.S.
                    # officials")
                    not any(p.end == opens for p in before)
                    or any(p.start in (hit.end, hit.end + 1) for p in after)
                ):
                    opens = None
                if opens is not None:
                    # "Mr Kilroy-Silk, who recently quit the UK Independence Party, said":
                    # the subject stands before the relative clause, not inside it.
                    decisions.append("the subject stands before a relative clause")
                    before = [p for p in before if p.end <= opens]
                source = _subject(
                    words,
                    before,
                    hit.start if opens is None else opens,
                    view.texts,
                    verb_starts=verb_starts if self.news_rules else (),
                )
                if source is not None and _pronoun_for_other(
                    words, view.texts, source, hit.start, phrases
                ):
                    # "Mr Mubanga said the man and an American official tried to recruit
                    # him, but he refused": "he" is the person named first, no actor.
                    decisions.append("the pronoun subject names a person who is no actor")
                    source = None
                elif (
                    source is not None
                    and self.news_rules
                    and _told_before_pronoun(words, source, hit.start)
                ):
                    # "The minister told Iraqi officials he opposed the plan": "he" is the
                    # one who told, not the ones told.
                    decisions.append("'he' after the ones told is the teller")
                    teller = [p for p in before if p.end <= source.start - 1]
                    source = _subject(words, teller, source.start - 1, view.texts)
        if self.news_rules and source is not None and choice.source_at is None:
            # "Blair defended the act, saying it is wrong to deny people …": what "it is
            # wrong to" do is weighed, not done, by the speaker or anyone; "Mr Blunkett
            # still had an immense amount to offer the country": what someone has to give
            # is praise of him, no act of his.
            if grammar.impersonal(words, hit.start):
                decisions.append("an impersonal 'it is … to': no source")
                source = None
            elif grammar.amount_to_do(words, hit.start):
                decisions.append("'a lot to …': what someone could do, no act")
                source = None
        by_doer = _by_doer(words, hit.start, phrases)
        if by_doer is not None and choice.source_at is None and not passive:
            # "a decision by the Australian Waterside Workers' Federation to lift its ban":
            # the one the decision is by does what it decides, not the sentence's subject.
            source = by_doer
            decisions.append("'by X to': X does it")
        if self.news_rules and not passive and choice.source_at is None:
            speaker = speaker_after(words, view.texts, hit.start, hit.end, after)
            if speaker is not None:
                # "Japan must open its markets, said U.S. Trade Representative Clayton
                # Yeutter": an attribution after what it reports names its speaker after
                # the verb; the actors before are in what is said.
                source = speaker
                after = [p for p in after if p.start >= speaker.end]
                decisions.append("the speaker is named after the verb")
        if target is None and not passive_target:
            cands = [
                p
                for p in after
                if p is not source
                and p.start >= hit.end
                and _SUBORDINATORS.isdisjoint(words[hit.end : p.start])
                and not _opens_clause(words, p, verb_starts)
                # "the rebate, which Margaret Thatcher secured": a relative clause's subject
                and not (p.start > hit.end and words[p.start - 1] in _RELATIVES)
            ]
            # "told a news conference in Damascus", "protested in Paris": a bare place after
            # "in" or "at" is where a statement (010) or a meeting (04) was made, not to whom.
            if venue_only(choice.code):
                cands = [
                    p
                    for p in cands
                    if (choice.code == VISIT_CODE or not venue(words, p))
                    and not (self.news_rules and topic_of_object(words, after_from, p, phrases))
                ]
            elif self.news_rules:
                cands = [p for p in cands if not where_not_whom(words, choice.code, p, hit.end)]
            if self.news_rules:
                # "seized the town of Azaz near the Turkish border", "struck targets along
                # the Lebanese border": a place said to be near, along or off, no party
                cands = [p for p in cands if not landmark(words, p)]
            # The source's own institution or seat ("May held talks at Downing Street with
            # the Irish premier") is where it acted, not whom it acted on.
            # (A person other than the source is no institution of its: "Tony Blair has
            # backed Chancellor Gordon Brown's pre-Budget report".)
            if source is not None and any(p.code != source.code for p in cands):
                cands = [p for p in cands if p.code != source.code or p.other_person(source)]
            if self.news_rules:
                attack = _condemned_attack(words, hit, choice.code)
                if attack is not None:
                    # "Iran condemned the bombing of U.S. embassies in Kenya and Tanzania":
                    # an attack condemned is the attackers' act; its victims and its places
                    # after it are not the ones condemned, only those it is "by" are (one
                    # named before it is: "condemned Russia over the attack", "condemned the
                    # U.S. attack on Libya").
                    cands = [p for p in cands if not _bystander(words, attack, p.start)]
                    decisions.append(f"'{words[attack]}' condemned: only its doers are targets")
            if source is not None and choice.code[:2] in _MEANS_ROOTS:
                # "threaten to use troops": the source's own forces, the pattern's words, are
                # the threat's means, not whom it threatens.
                cands = [
                    p
                    for p in cands
                    if not (
                        p.code[:3] in {source.code[:3], UNKNOWN}
                        and all(i in choice.words_used for i in range(p.start, p.end))
                    )
                ]
            # Pattern words consumed after the verb come first: prefer actors after them,
            # unless an actor's head is one of those words ("killed 18 soldiers" for
            # "* SOLDIERS"): then the pattern names whom the act is done to.
            # (A possessor among them is the owner of what is named: "pledged the Bank's
            # support"; what is sent, deployed or given is the source's own: "deploying 300
            # troops to the UN mission", "opened an embassy in Tehran".)
            named = [
                p
                for p in cands
                if p.end - 1 in choice.words_used
                # ("reduced military aid": "military" only modifies the pattern's noun)
                and p.end not in choice.words_used
                and not grammar.possessive_at(words, p.end)
                and choice.code[:2] not in _THEME_ROOTS
            ]
            late = [p for p in cands if p.start >= after_from]
            # ... but the verb's own object, written before the pattern's words, is whom
            # it acts on: "accused Iraq of supporting terrorism in Iran", "asked Congress
            # for additional funds for military operations".
            first_used = _first_word_after(choice, hit.end)
            direct = [
                p
                for p in cands
                if self.news_rules
                and first_used is not None
                and p.end <= first_used
                and _right_after(words, hit.end, p)
                # ("pledged the Bank's support": the source's own body owns what is given)
                and not _owns(source, p)
            ]
            chosen = named or direct or late or cands
            target = chosen[0] if chosen else None
            if target is not None and _crosses_verb(target, hit, verb_starts):
                if (
                    self.news_rules
                    and venue_only(choice.code)
                    and any(after_from <= v < target.start for v in verb_starts)
                ):
                    # "met in Brussels to discuss tensions between Greece and Turkey": whom
                    # a meeting or a statement is with comes before the next verb.
                    decisions.append("a meeting's or statement's party is not past the next verb")
                    target = None
                elif self.news_rules and _later_clause(words, hit, target, verb_starts):
                    # "criticised the Lib Dem stance, saying Mr Oaten had …", "proposed
                    # carving up the market, which would reduce Brazil's share": an actor
                    # of a clause of its own is that clause's, not this verb's object.
                    decisions.append("the target is in a later clause of its own")
                    target = None
                elif self.news_rules and doer_of_a_later_participle(
                    words, hit, target, verb_starts
                ):
                    # "veto any bid to reduce the rebate secured by Margaret Thatcher": the
                    # doer of a participle two verbs on is that participle's, not the one
                    # acted on ("condemned the sanctions imposed by the US" is, one verb on).
                    decisions.append("the target does a participle two verbs on")
                    target = None
                else:
                    decisions.append("target is beyond the next verb")
        if (
            self.news_rules
            and target is not None
            and not passive_target
            and _subject_after_and(words, hit, target, verb_starts)
        ):
            # "Poland has rejected the proposal and Germany's main political parties have
            # opposed it": the actor opens the next clause, as its subject or the subject's
            # possessor; it is no object of this verb.
            decisions.append("the target opens the next clause after 'and'")
            target = None
        if (
            self.news_rules
            and target is None
            and not passive
            and source is not None
            and words[hit.start].endswith("ing")
            and choice.code[:2] in _ADDRESSED_ROOTS
        ):
            # "has written to Tony Blair demanding an explanation", "sent a letter to Iraq
            # urging restraint": the one written or sent to, right before the participle, is
            # the one it demands of or urges.
            addressed = [
                p
                for p in outside
                if p.end == hit.start
                and p is not source
                and grammar.preceded_by_preposition(words, p) == "to"
            ]
            if addressed:
                target = addressed[0]
                decisions.append("the one addressed before the participle is its target")
        # Lists of actors matter only to a role found (and only with two phrases or more).
        groups = (
            grammar.compound_groups(words, phrases, verb_starts)
            if len(phrases) > 1 and (source is not None or target is not None)
            else []
        )
        sources = group_of(source, groups) if source is not None else []
        targets = group_of(target, groups) if target is not None else []
        sources = grammar.without_apposed(words, sources, verb_starts)
        targets = grammar.without_apposed(words, targets, verb_starts)
        if len(sources) > 1 or len(targets) > 1:
            decisions.append("compound actor: one event per pair")
        return Roles(sources, targets, decisions, passive, negated, intent)


# Verbs whose subject in the passive still acts: a stance ("is opposed to") or a state's
# own forces moved ("troops were deployed").
_PASSIVE_DOERS: Final = grammar.cue_words("passive doer")
PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "across", "near", "inside", "throughout"})
# Words between a subject and its verb that say when, not who: "X on Sunday night said".
_WHEN: Final = grammar.WHEN_WORDS | {"early", "late", "tonight", "afternoon"}


def _possessed_name(words: Sequence[str], texts: Sequence[str], at: int, verb_start: int) -> bool:
    """ "'s Illva Saronno has", "'s CBI,": a possessive at ``at``, then capitalised name
    words that no actor or agent took, then only auxiliaries before the verb, or the name's
    own statement and a pronoun for it ("'s Yukos said it would"). In text written in lower
    case only: a capitalised verb says nothing of names."""
    if not grammar.possessive_at(words, at) or not texts[verb_start][:1].islower():
        return False
    k = at + 1
    while k < verb_start and (
        (texts[k][:1].isupper() and texts[k].replace("-", "").isalpha())
        and (texts[k][1:].islower() or len(texts[k]) <= _ACRONYM)
    ):
        k += 1
    if k == at + 1:
        return False
    tail = [w for w in words[k:verb_start] if w not in _AUXILIARY_WORDS]
    if tail[:1] and tail[0] in grammar.REPORTING_VERBS:
        tail = tail[2:] if tail[1:2] == ["that"] else tail[1:]
        return tail in (["it"], ["he"], ["she"], ["they"])
    return not tail


# Words between a subject and its verb: "has", "would", "also", ",".
_AUXILIARY_WORDS: Final = grammar.AUXILIARIES | grammar.MODALS | grammar.ADVERB_HINT | {"not", ","}
# The longest acronym read as a name: "CBI", "NATO".
_ACRONYM: Final = 5


def _relative_aside(words: Sequence[str], verb_start: int, floor: int) -> int | None:
    """ "X, who recently quit UKIP, said": the comma that opens a relative clause closed by
    a comma right before the verb, or None."""
    k = verb_start - 1
    if k <= floor or words[k] != "," or words[verb_start].endswith("ing"):
        # (", saying" after a relative clause is the main clause's participle: "turn his
        # back on Russia, which borders the country, saying ..." is no Russian statement)
        return None
    for i in range(k - 1, max(floor, k - _ASIDE_REACH), -1):
        if words[i] in {".", ";", ":"}:
            return None
        if words[i] in {"who", "which"}:
            return i - 1 if i - 1 > floor and words[i - 1] == "," else None
    return None


# How far back a relative clause closed before its verb may open.
_ASIDE_REACH: Final = 25


def _subject(
    words: Sequence[str],
    before: list[ActorPhrase],
    verb_start: int,
    texts: Sequence[str],
    doer: bool = True,
    verb_starts: Collection[int] = (),
) -> ActorPhrase | None:
    """The verb's subject among the actors before it (``doer``: as its source; a passive's
    subject is its target, and "Yugoslavia's request was refused" refuses Yugoslavia).
    With the sentence's ``verb_starts``, an earlier verb's object before "and" and this
    verb is not its subject ("The communique congratulated President Bush on his
    election and stressed": the communique stressed)."""
    if not before:
        return None
    if doer and _in_an_attacks_phrase(words, _first_member(words, before), verb_start):
        # "Bombings at U.S. embassies in Kenya and Tanzania have killed 12 Americans": the
        # states where an attack struck, or whom it struck, did not do it.
        return None
    if doer and verb_start - before[-1].end <= 1 and grammar.topic_of(words, before[-1]):
        # "analysts of the Soviet Union said", "an authority on the USSR said": the state
        # they study does not speak, and their own state is not named.
        return None
    # An actor right before the verb ("U.S. air strikes", "Gondor rejected") is its subject;
    # so is one followed by the office-holder's name and a time ("Mayor Pete Buttigieg on
    # Sunday night announced").
    last = before[-1]
    gap = words[last.end : verb_start]
    # (past the office-holder's name written after the title: "MP Howard Flight's")
    own = last.end
    while own < verb_start and texts[own][:1].isupper() and texts[own].isalpha():
        own += 1
    if (
        doer
        and grammar.possessive_at(words, own)
        and verb_start - own <= _POSSESSED_REACH
        and words[verb_start - 1] != "to"
        and "," not in words[own:verb_start]
        and grammar.COORDINATORS.isdisjoint(words[own:verb_start])
        and grammar.PREPOSITIONS.isdisjoint(words[own:verb_start])
        and not _agent_of(last)
        # (a state's groups and people are coded as the state: "Brazil's truck drivers";
        # its figures are no actor: "Australia's unemployment rate eased")
        and (len(last.code) > 3 or _measure_before(words, verb_start))
        and any(
            texts[k].isalpha() and texts[k].islower() and words[k] not in grammar.AUXILIARIES
            for k in range(own + 1, verb_start)
        )
    ):
        # "Mr Blair's local party has insisted", "Sacked MP Howard Flight's local Conservative
        # association has insisted": the subject is what the person or body has, no actor
        # ("Craxi's plans to resign" are his; "Leaders of Italy's parties" are the leaders);
        # an attack or weapon is its owner's doing ("Hezbollah's roadside bomb killed").
        return last if words[verb_start - 1] in _DOERS_ATTACKS else None
    if doer and _possessed_name(words, texts, last.end, verb_start):
        # "Italy's Illva Saronno has agreed", "the UK's CBI warned", "Russia's Yukos said":
        # a name the dictionaries do not know, owned by the state, is the subject (a firm,
        # a body or a person of it), not the state.
        return None
    core = [
        w
        for k, w in enumerate(gap, start=last.end)
        if not (texts[k][:1].isupper() and w.isalpha()) and w not in _WHEN
    ]
    # "…, the Syrian Observatory for Human Rights, or SOHR, said": the attribution's actor
    # and a comma before its verb of saying.
    # A bare place after "in" there is where the speaker works ("Brian McBride, managing
    # director of T-Mobile in the UK, said") or what the report is about ("... among the
    # tech-savvy in India, says a report"): not the speaker.
    # "The prime minister, on a visit to the United States, said", "Pakistan's High
    # Commissioner to Britain said": the one visited or posted to does not speak.
    posted = (
        words[verb_start] in grammar.REPORTING_VERBS
        and grammar.preceded_by_preposition(words, last) == "to"
        # a state or a body visited or posted to, not a person ("an aide to Glickman"),
        # nor what sources are close to ("sources close to the Philippine government")
        and (len(last.code) == 3 or last.code.startswith("IGO"))
        and "close" not in words[max(0, last.start - 3) : last.start]
    )
    if gap == [","] and words[verb_start] in grammar.REPORTING_VERBS:
        speaker = _before_participle_clause(words, texts, before, last)
        if speaker is not None:
            # "Nigel Lawson, presenting his budget to Parliament, said": the one the
            # participle's clause addresses does not speak; the one it describes does.
            return speaker
    if (
        gap == [","]
        and words[verb_start] in grammar.REPORTING_VERBS
        # "… are pursued by US TV watchdogs, said PBS' Jacoba Atlas": an actor inside a
        # prepositional phrase is in what is said, not the one who says it
        and grammar.preceded_by_preposition(words, last) in (None, "of")
        # "Cardinal Jaime Sin, the archbishop of Manila, said": the place a common noun's
        # office is "of" is no speaker either
        and not _of_a_common_noun(words, texts, last, before)
        and not venue(words, last)
        and not place_in_list(words, texts, last)
        and not posted
    ):
        return last
    if (
        doer
        and last.start >= 1
        and words[last.start - 1] in {"and", "but"}
        and grammar.possessive_at(words, own)
        and verb_start - own <= _SUBJECT_REACH + 1
        and "," not in gap
        and grammar.PREPOSITIONS.isdisjoint(gap)
    ):
        # "Poland has rejected the proposal and Germany's main political parties have
        # opposed it": after "and", a state's group opens the verb's clause (coded as the
        # state); the first clause's subject does not do this verb too.
        return last
    # "visited Tokyo last week requesting Japan buy rice": a coded verb's object right
    # before an "-ing" form is not its subject; the first verb's subject does both.
    object_before_ing = (
        doer
        and words[verb_start].endswith("ing")
        and last.start - 1 in verb_starts
        and words[last.start - 1] not in grammar.REPORTING_VERBS
        and all(w in _WHEN for w in gap)
    )
    if (
        len(core) <= 3
        and not object_before_ing
        and not any(w in {",", "that", "which", "who"} for w in gap)
        # "told reporters the exchange will relax": a noun phrase of its own between
        # is the verb's subject, whatever actor comes before it
        and not _noun_phrase_in(gap)
        and not (doer and _travelled_place(words, last, gap, verb_start))
        # "Traders in Japan, Sydney and Hong Kong said": the last of a list of places.
        and not (texts[last.start - 1] in {"and", "or"} and place_in_list(words, texts, last))
    ):
        # An actor inside a prepositional phrase is the subject only right before the
        # verb ("the people of Iraq rejected"), not before "and" and a second verb ("met
        # with Mr Putin and condemned": the first verb's subject does both).
        # Nor before a preposition that governs the verb's noun ("Speaking to reporters
        # after talks with President Suharto": the reporters held no talks).
        prep = grammar.preceded_by_preposition(words, last)
        # "has written to Tony Blair demanding an explanation", "issued an ultimatum to
        # Damascus warning of": a participle right after the one addressed is the first
        # verb's subject's doing ("retaliate for Russia vetoing" is Russia's).
        participle = prep == "to" and not gap and words[verb_start].endswith("ing")
        if prep is None or (
            not participle
            and not posted
            # ("the regional banks that will meet with Volcker tomorrow declined": inside
            # the subject's relative clause)
            and not _in_relative_clause(words, last, verb_starts)
            and len(gap) <= 1
            and grammar.COORDINATORS.isdisjoint(gap)
            and grammar.PREPOSITIONS.isdisjoint(gap)
            and not _where_not_who(words, last, prep, gap, doer)
        ):
            return last
    # Otherwise the first actor of the clause that is not inside a prepositional phrase;
    # a list's later members are inside the phrase its first member is in ("piracy in
    # China, Norway and the Czech Republic"). An actor only inside one is no subject;
    # "of" names whom the subject's noun is made of ("members of the Syrian parliament").
    inside: set[int] = set()
    for group in grammar.compound_groups(words, before):
        if grammar.preceded_by_preposition(words, group[0]) not in (None, "of"):
            inside.update(p.start for p in group)
        elif len(group) > 1 and grammar.opening_clause_object(words, group[0]):
            # "After visiting the U.S., England and Italy, Funaro is on his way": the
            # opening clause's objects, all of them.
            inside.update(p.start for p in group)
    for p in before:
        if (
            p.start not in inside
            and not (object_before_ing and p is last)
            and not _object_before_and(words, p, verb_start, verb_starts)
            # "He told reporters the exchange will relax": the one told does not do what
            # the clause after it tells
            and not (p is last and _noun_phrase_in(gap) and _told(words, p))
            and not (doer and p is last and _travelled_place(words, p, gap, verb_start))
            # "The pilot scheme in the Huaral Valley, 80 kilometres north of the capital
            # Lima, aims to offer": a place that locates another is no subject
            and not located_by(words, p)
            and not place_in_list(words, texts, p)
            # "Before visiting Israel, Mr Blair ...": an opening clause's object.
            and not grammar.opening_clause_object(words, p)
            # "the Group saw as realistic Morocco's medium-term goal of restoring …, and
            # agreed": a possessor far before the verb owns some object's noun.
            and not (
                doer
                and grammar.possessive_at(words, p.end)
                and verb_start - p.end > _POSSESSED_REACH
                and not any(p.end < q.start <= p.end + 3 for q in before)
            )
        ):
            return p
    return None


def _object_before_and(
    words: Sequence[str], p: ActorPhrase, verb_start: int, verb_starts: Collection[int]
) -> bool:
    """ "The communique congratulated President Bush on his victory and stressed": the
    object of an earlier verb (not a verb of saying, whose clause opens with its own
    subject, "say Tokyo is likely to ... and to propose"), followed by no verb of its own,
    before "and" and this verb."""
    if not grammar.object_of_verb(words, p, verb_starts) or "and" not in words[p.end : verb_start]:
        return False
    k = grammar.before_articles(words, p.start)
    nxt = words[p.end] if p.end < len(words) else ""
    return (
        # (a participle that opens its clause describes: "Kidnapped Japanese businessman")
        k >= 1
        and words[k - 1].isalpha()
        and words[k] not in grammar.SPEECH_WORDS
        and nxt not in grammar.AUXILIARIES
        and nxt not in grammar.MODALS
        and p.end not in verb_starts
    )


# Words from a possessive to the verb its possessed noun is the subject of.
_POSSESSED_REACH: Final = 6


def _of_a_common_noun(
    words: Sequence[str], texts: Sequence[str], phrase: ActorPhrase, before: Sequence[ActorPhrase]
) -> bool:
    """ "the archbishop of Manila": the phrase follows "of" after a lower-case noun that is
    no actor's or agent's word."""
    k = phrase.start - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    if k < 1 or words[k] != "of":
        return False
    k -= 1
    return (
        texts[k].isalpha() and texts[k].islower() and not any(p.start <= k < p.end for p in before)
    )


def _measure_before(words: Sequence[str], verb_start: int) -> bool:
    """The noun before the verb (past its auxiliaries) is a figure: "rate", "exports"."""
    k = verb_start - 1
    while k > 0 and words[k] in grammar.AUXILIARIES:
        k -= 1
    return k >= 0 and words[k] in grammar.MEASURE_NOUNS


def _agent_of(phrase: ActorPhrase) -> bool:
    """An agent written before the phrase's actor: "Leaders of Italy", "the head of Iran"."""
    actors = [p.start for p in phrase.pieces if p.kind == "actor"]
    return bool(actors) and any(p.kind == "agent" and p.start < actors[-1] for p in phrase.pieces)


# Words a participle's clause set off by commas may hold before the actor it names.
_PARTICIPLE_CLAUSE_REACH: Final = 12


def _before_participle_clause(
    words: Sequence[str], texts: Sequence[str], before: list[ActorPhrase], last: ActorPhrase
) -> ActorPhrase | None:
    """The actor named right before ", <participle> … <last>,", if ``last`` is inside such a
    clause: "Chancellor Nigel Lawson, presenting his budget to Parliament, said"."""
    comma = last.start - 1
    while comma >= 0 and last.start - comma <= _PARTICIPLE_CLAUSE_REACH and words[comma] != ",":
        comma -= 1
    if comma < 1 or words[comma] != "," or not words[comma + 1].endswith("ing"):
        return None
    earlier = [p for p in before if p.end <= comma]
    if not earlier:
        return None
    named = earlier[-1]
    between = range(named.end, comma)
    if all(texts[k][:1].isupper() or words[k] in {"of", "the"} for k in between):
        return named
    return None


def place_in_list(words: Sequence[str], texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """ "Mr Mubanga, 32, from Wembley, London, said": a bare place that ends a list of
    places after a preposition is where the speaker is from, not the speaker."""
    if len(phrase.code) != 3 or phrase.agent_only or len(phrase.pieces) != 1:
        return False
    k = phrase.start - 1
    if k < 0 or texts[k] not in {",", "and", "or"}:
        return False
    joined = texts[k] != ","
    commas = 0
    while k >= 0 and (texts[k] in {",", "and", "or"} or texts[k][:1].isupper()):
        commas += texts[k] == ","
        k -= 1
    if joined:
        # "Traders in Japan, Sydney and Hong Kong said": the list's last place after "and"
        # is where the speakers are, in a list of three or more after a preposition of
        # place ("officials from Britain and France" are theirs).
        return commas > 0 and k >= 0 and words[k] in {"in", "at", "near"}
    return k >= 0 and words[k] in {"from", "in", "of", "at", "near"}


def _pronoun_for_other(
    words: Sequence[str],
    texts: Sequence[str],
    source: ActorPhrase,
    verb_start: int,
    phrases: Sequence[ActorPhrase],
) -> bool:
    """The verb's subject is "he" or "she" and, before the actor found for it, the sentence
    names a person with a courtesy title who is no actor ("Mr Mubanga")."""
    k = verb_start - 1
    while k >= 0 and (words[k] in _NOT_SUBJECTS and words[k] not in {"he", "she"}):
        k -= 1
    if k < 0 or words[k] not in {"he", "she"} or k <= source.end:
        return False
    taken = {i for p in phrases for i in range(p.start, p.end)}
    return any(
        words[i] in grammar.HONORIFICS and texts[i + 1][:1].isupper() and i + 1 not in taken
        for i in range(source.start - 1)
    )


def _told_before_pronoun(words: Sequence[str], source: ActorPhrase, verb_start: int) -> bool:
    """ "told Iraqi officials (that) he opposed": the actor found for the verb is the object
    of a verb of telling, and "he", "she" or "they" is the verb's subject. (Not before an
    obligation, "told Blair he must resign", whose "he" is the one told.)"""
    if source.start < 1 or words[source.start - 1] not in TELLING_WORDS:
        return False
    k = source.end
    if words[k : k + 1] == ["that"]:
        k += 1
    if words[k : k + 1] not in (["he"], ["she"], ["they"]):
        return False
    chain = words[k + 1 : verb_start]
    return all(w in _NOT_SUBJECTS for w in chain) and _OBLIGING.isdisjoint(chain)


_OBLIGING: Final = frozenset({"must", "should", "ought", "had", "has", "have"})


# Acts whose object is a thing the source sends, gives or deploys, not the party acted on:
# material cooperation (06), aid (07), military posture (15).
_THEME_ROOTS: Final = frozenset({"06", "07", "15"})
# Roots of judging an act: disapproving, accusing, condemning (CAMEO 11).
_JUDGING_ROOTS: Final = frozenset({"11"})
# How many words may open a clause with an attack's noun ("The twin bomb blasts in …").
_ATTACK_OPENS: Final = 4
# Verbs that judge an act ("condemned the bombing"), not those that make it ("launched an
# attack on the plans"), from ``cues.csv``.
_CONDEMNING: Final = grammar.cue_words("condemning")
# How far after the verb the attack's noun may stand ("condemned Friday's twin bomb blasts").
_ATTACK_REACH: Final = 5


def _attack_object(words: Sequence[str], verb_end: int) -> int | None:
    """The position of an attack's noun that opens the verb's object, if any."""
    for k in range(verb_end, min(len(words), verb_end + _ATTACK_REACH)):
        if words[k] in grammar.ATTACK_NOUNS:
            return k
        if words[k] == "," and k > verb_end and _names_before_attack(words, k + 1):
            continue  # "condemns Kenya, Tanzania bombings"
        if not words[k].isalpha() and words[k] not in {"'s", "-"} and not words[k][:1].isdigit():
            return None
        if words[k] in {"of", "on", "in", "at", "by", "that", "and", "for"}:
            return None
    return None


def _first_member(words: Sequence[str], before: Sequence[ActorPhrase]) -> ActorPhrase:
    """The first of the actors joined by "and" or commas that ends ``before``: "in Kenya
    and Tanzania" gives Kenya."""
    first = before[-1]
    for p in reversed(before[:-1]):
        if first.start - p.end == 1 and words[p.end] in {"and", ",", "&"}:
            first = p
        else:
            break
    return first


def _in_an_attacks_phrase(words: Sequence[str], last: ActorPhrase, verb_start: int) -> bool:
    """Whether the actor nearest before the verb stands in a prepositional phrase of an
    attack's noun that opens the clause: "Bombings at U.S. embassies in Kenya … killed";
    or names what it struck right before the noun: "The embassy bombings … killed", "the
    Kenya bombing killed" (not a demonym, which names the doer: "Israeli attacks killed")."""
    if last.end != verb_start and struck_by_attack(words, last):
        return True
    if grammar.preceded_by_preposition(words, last) not in {"in", "at", "on", "of", "against"}:
        return False
    if any(w in {",", ";", "that", "which", "who", "said"} for w in words[last.end : verb_start]):
        return False
    k = last.start - 1
    while k >= 0 and words[k] not in {",", ";", ":", ".", '"'}:
        k -= 1
    # (the attack's noun opens the clause: "Bombings at …", "The bomb attack in …")
    opening = words[k + 1 : k + 1 + _ATTACK_OPENS]
    attacks = [j for j, w in enumerate(opening, k + 1) if w in grammar.ATTACK_NOUNS]
    return bool(attacks) and "by" not in words[attacks[0] : last.start]


def attack_bystander(words: Sequence[str], hit: VerbHit, code: str, start: int) -> str | None:
    """The attack's noun when an actor at ``start`` is a victim or a place of an attack the
    verb condemns ("condemned the bombing of U.S. embassies in Kenya"), else None."""
    attack = _condemned_attack(words, hit, code)
    if attack is None or not _bystander(words, attack, start):
        return None
    return words[attack]


def _condemned_attack(words: Sequence[str], hit: VerbHit, code: str) -> int | None:
    """The position of the attack's noun a judging verb's object opens with, if any."""
    if code[:2] not in _JUDGING_ROOTS or hit.entry.lemma not in _CONDEMNING:
        return None
    return _attack_object(words, hit.end)


def _bystander(words: Sequence[str], attack: int, start: int) -> bool:
    """Whether an actor at ``start`` comes after the attack's noun with no "by" between:
    a victim or a place of the attack, not its doer. So is a country's bare name written
    before the noun ("the Kenya, Tanzania bombings"); a demonym or a possessive there names
    the doer ("the Israeli bombing", "Iraq's attack", "the U.S. attack on Libya")."""
    if start > attack:
        return "by" not in words[attack:start]
    return (
        words[start].isalpha()
        and words[start] not in demonyms()
        and _names_before_attack(words, start)
        and all(w.isalpha() or w == "," for w in words[start:attack])
    )


def _names_before_attack(words: Sequence[str], k: int) -> bool:
    """Whether the words from ``k`` are names joined by commas or "and" up to an attack's
    noun, at most three words on: "Tanzania bombings", "Kenya and Tanzania blasts"."""
    for j in range(k, min(len(words), k + 4)):
        if words[j] in grammar.ATTACK_NOUNS:
            return j > k
        if words[j] in _NOT_NAME_WORDS or not (words[j].isalpha() or words[j] == ","):
            return False
    return False


def struck_by_attack(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """Whether an actor right before an attack's noun names what the attack struck: "the
    embassy bombings", "the Kenya bombing" (a demonym names the doer: "Israeli attacks")."""
    if phrase.end >= len(words) or words[phrase.end] not in grammar.ATTACK_NOUNS:
        return False
    return words[phrase.end - 1] in _STRUCK or (
        len(phrase.code) == 3
        and words[phrase.start].isalpha()
        and words[phrase.start] not in demonyms()
    )


# Places struck, written before an attack's noun: "the embassy bombings".
_STRUCK: Final = frozenset({"embassy", "embassies", "consulate", "barracks", "base", "mission"})

# Words that are no part of a name before an attack's noun ("condemned Russia over the
# attack": Russia is condemned).
_NOT_NAME_WORDS: Final = frozenset(
    """the a an its their his her over for after about in on of at to with by from as
    saying said who which that this these those""".split()
)


# Roots whose pattern words may name the source's own means ("threaten to use troops").
_MEANS_ROOTS: Final = frozenset({"13"})

# Acts done to someone addressed: appeals, demands, disapproval, rejection, threats.
_ADDRESSED_ROOTS: Final = frozenset({"02", "10", "11", "12", "13"})


def addressed_own_object(code: str, source: ActorPhrase | None, own: ActorPhrase) -> bool:
    """Whether an act of this code is done to the verb's own object (an appeal, a demand,
    disapproval, a rejection, a threat, praise), the object no body of the source's own."""
    return (code[:2] in _ADDRESSED_ROOTS or code[:3] == "051") and not _owns(source, own)


def own_object(
    words: Sequence[str],
    verb_end: int,
    choice: PatternChoice,
    phrases: Sequence[ActorPhrase],
    slot: ActorPhrase | None,
) -> ActorPhrase | None:
    """The actor right after the verb (past an article) that ends before the pattern's first
    word after the verb, when the pattern's "+" slot took another actor after those words."""
    if slot is None:
        return None
    first_used = _first_word_after(choice, verb_end)
    if first_used is None or slot.start < first_used:
        return None
    return next(
        (
            p
            for p in phrases
            if p is not slot and p.end <= first_used and _right_after(words, verb_end, p)
        ),
        None,
    )


def _first_word_after(choice: PatternChoice, verb_end: int) -> int | None:
    """The first of the pattern's words after the verb, if any."""
    return min((i for i in choice.words_used if i >= verb_end), default=None)


def _right_after(words: Sequence[str], verb_end: int, p: ActorPhrase) -> bool:
    """The phrase opens right after the verb, or after an article there."""
    return p.start == verb_end or (p.start == verb_end + 1 and words[verb_end] in grammar.ARTICLES)


def _travelled_place(
    words: Sequence[str], p: ActorPhrase, gap: Sequence[str], verb_start: int
) -> bool:
    """ "was visiting the West Bank to stress US support", "travelled Iraq speaking to
    ordinary Iraqis": the place a traveller goes through, before an infinitive or a
    participle, does not do it; the traveller does."""
    k = grammar.before_articles(words, p.start)
    return (
        len(p.code) == 3
        and k >= 0
        and words[k] in _TRAVELLING
        and (list(gap) == ["to"] or (not gap and words[verb_start].endswith("ing")))
    )


_TRAVELLING: Final = frozenset(
    """visit visits visited visiting travel travels travelled traveled travelling traveling
    tour tours toured touring cross crosses crossed crossing reach reaches reached reaching
    enter enters entered entering leave leaves left leaving""".split()
)


def located_by(words: Sequence[str], p: ActorPhrase) -> bool:
    """ "north of the capital Lima", "80 kilometres from Baghdad": a place that says where
    another is."""
    i = p.start - 1
    while i >= 0 and (words[i] in grammar.ARTICLES or words[i] in _PLACE_NOUNS):
        i -= 1
    if i < 1:
        return False
    return (words[i] == "of" and words[i - 1] in _DIRECTIONS) or (
        words[i] == "from" and words[i - 1] in _DISTANCES
    )


_PLACE_NOUNS: Final = frozenset("capital city town port village province region".split())
_DIRECTIONS: Final = frozenset(
    """north south east west northeast northwest southeast southwest outskirts""".split()
)
_DISTANCES: Final = frozenset("km kilometres kilometers miles metres meters".split())


def _in_relative_clause(words: Sequence[str], p: ActorPhrase, verb_starts: Collection[int]) -> bool:
    """The phrase follows a relative pronoun after a noun and a coded verb after that
    pronoun, within its clause: "banks that will meet with Volcker"."""
    seen_verb = False
    k = p.start - 1
    while k >= 1 and words[k] not in _RELATIVE_BREAKS and p.start - k <= _RELATIVE_REACH:
        if k in verb_starts:
            seen_verb = True
        elif words[k] in {"that", "who", "which"} and seen_verb:
            before = words[k - 1]
            return (
                (k - 1) not in verb_starts
                and before.isalpha()
                and before not in grammar.SPEECH_WORDS
            )
        k -= 1
    return False


_RELATIVE_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "-", "--"})
_RELATIVE_REACH: Final = 12


def _told(words: Sequence[str], p: ActorPhrase) -> bool:
    """The phrase is the one a verb of telling addresses: "told reporters"."""
    k = grammar.before_articles(words, p.start)
    return k >= 0 and words[k] in TELLING_WORDS


def _noun_phrase_in(gap: Sequence[str]) -> bool:
    """An article and a noun that is no word of time ("the exchange", not "the week")."""
    return any(
        w in grammar.ARTICLES
        and k + 1 < len(gap)
        and gap[k + 1].isalpha()
        and gap[k + 1] not in _WHEN
        and gap[k + 1] not in _TIME_WORDS
        for k, w in enumerate(gap)
    )


def _owns(source: ActorPhrase | None, p: ActorPhrase) -> bool:
    """The phrase is a body of the source's own ("pledged the Bank's support")."""
    return source is not None and source.code.startswith(p.code)


def venue_only(code: str) -> bool:
    """Whether a bare place after "in" is where the act was done: a statement or a meeting."""
    return code == "010" or code[:2] == "04"


# A visit's place is its host: "arrived in Moscow" visits the Soviet Union (042).
VISIT_CODE: Final = "042"


def _credit_line(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """A headline's closing " - NAME": the one it quotes."""
    return phrase.end == len(words) and phrase.start > 0 and words[phrase.start - 1] in {"-", "--"}


def where_not_whom(
    words: Sequence[str], code: str, phrase: ActorPhrase, verb_end: int | None = None
) -> bool:
    """A bare place after "in"/"at" where a statement or meeting was made, not whom (a
    visit's place is whom it visits); with the verb's end, also a place right after the
    verb of words or an undertaking ("agreed in Paris to stabilise currencies", "signed
    in Geneva"): where it was done ("the closure of guest houses in Bree" is what)."""
    if code == VISIT_CODE or not venue(words, phrase):
        return False
    if venue_only(code):
        return True
    if verb_end is None or code[:2] not in _ACT_VENUE_ROOTS:
        return False
    # (right after the verb, or after words of time: "pledged today in Paris", "agreed this
    # weekend in Vienna"; "expressed confidence in Argentina's policies" and "seeks oil aid
    # in Venezuela" say in what or from whom)
    between = words[verb_end : _preposition_at(words, phrase)]
    return all(w in _TIME_WORDS for w in between) and not grammar.possessive_at(words, phrase.end)


_TIME_WORDS: Final = grammar.WHEN_WORDS | frozenset(
    """today yesterday tonight also again formally jointly this last on weekend week night
    morning evening afternoon earlier""".split()
)


# Roots of words and undertakings done somewhere, not to the place (CAMEO 01-05, 10-13);
# force, aid and posture are done in a place to it ("troops fought in Chad").
_ACT_VENUE_ROOTS: Final = frozenset("01 02 03 05 10 11 12 13".split())


def _preposition_at(words: Sequence[str], phrase: ActorPhrase) -> int:
    """The index of the "in"/"at" before a place (past "the")."""
    i = phrase.start - 1
    return i - 1 if i >= 0 and words[i] == "the" else i


def venue(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """A bare country or city written after "in" or "at" ("in Damascus", "at the UN" is an
    organisation and stays): where something happened."""
    if len(phrase.code) != 3 or phrase.agent_only or len(phrase.pieces) != 1:
        return False
    where = grammar.WHERE_PREPOSITIONS
    i = phrase.start - 1
    if i >= 0 and words[i] == "the":
        i -= 1
    if i >= 0 and words[i] in where:
        return True
    # "met today in an elegant Moscow mansion", "at a Geneva hotel": a place's name that
    # describes the noun after it, inside the phrase of "in" or "at", says where too.
    nxt = words[phrase.end] if phrase.end < len(words) else ""
    if not (nxt.isalpha() and nxt not in grammar.FUNCTION_WORDS):
        return False
    i = phrase.start - 1
    while i >= 0 and phrase.start - i <= _VENUE_MODIFIERS and words[i] not in where:
        if not (words[i] in grammar.ARTICLES or (words[i].isalpha() and words[i].islower())):
            return False
        i -= 1
    return i >= 0 and words[i] in where and words[i + 1] in grammar.ARTICLES


_VENUE_MODIFIERS: Final = 4


_TOPIC_PREPOSITIONS = frozenset({"between", "over", "about", "on", "concerning", "regarding"})


def topic_of_object(
    words: Sequence[str], after_from: int, phrase: ActorPhrase, phrases: Sequence[ActorPhrase]
) -> bool:
    """ "met to discuss rising tensions between Greece and Turkey": an actor in what a
    meeting or statement is about, after its object, is not the party to it (nor is a
    list's later member)."""
    actor_tokens = {k for p in phrases if p.end <= phrase.start for k in range(p.start, p.end)}
    i = phrase.start - 1
    while i > after_from and (words[i] in {"the", "a", "an", "and", ","} or i in actor_tokens):
        i -= 1
    if i <= after_from or words[i] not in _TOPIC_PREPOSITIONS:
        return False
    return any(w.isalpha() and w not in _NOT_NOUNS for w in words[after_from:i])


def _where_not_who(
    words: Sequence[str], last: ActorPhrase, prep: str, gap: Sequence[str], doer: bool = True
) -> bool:
    """A place right before the verb, inside a prepositional phrase, that says where.

    "The BBC's David Willey in Rome says": a country after a name is where he is; "in a
    speech at the IMF accused": so is a body after "at". "stop in
    Hong Kong to meet British officials", "sent troops to Iraq to attack": before an
    infinitive's "to", the traveller acts, not the place.
    """
    bare_country = len(last.code) == 3
    if doer:
        # ("A TV station in the US has refused": the auxiliaries before the verb are its
        # own; "a camp in Syria was shelled" is Syria's, acted on)
        gap = [w for w in gap if w not in grammar.AUXILIARIES and w not in grammar.MODALS]
    if not gap:
        # ("in a speech at the IMF accused": a body one speaks at is where, too; "The
        # unnamed woman from Georgia says", "left for Tokyo saying": a state one comes
        # from or goes to is where; but "retaliate for Israel attacking Lebanon": a gerund
        # after "for" is the state's own doing)
        verb = words[last.end] if last.end < len(words) else ""
        gerund = verb.endswith("ing") and verb not in grammar.REPORTING_VERBS
        return (prep in PLACE_PREPOSITIONS and (bare_country or prep == "at")) or (
            doer
            and bare_country
            and (
                (prep == "for" and not gerund)
                or (prep == "from" and last.start > 1 and words[last.start - 2] in FROM_A_PLACE)
            )
        )
    if list(gap) == ["to"]:
        # "signed an agreement with Honduras to provide": the partner of an agreement or
        # of talks does not do what they are for ("called on Iraq to", "calls for Iraq
        # to" ask it to).
        return (
            prep in PLACE_PREPOSITIONS
            or prep in _PARTNER_PREPOSITIONS
            or (prep in {"to", "from"} and bare_country)
        )
    return False


_PARTNER_PREPOSITIONS: Final = frozenset({"with", "between", "among", "against", "over", "about"})
# Nouns of what comes from a place, not of its state's envoys ("representatives from
# Nigeria" are its officials; "reports from Tokyo said" are no one's).
FROM_A_PLACE: Final = frozenset(
    """report reports telex telexes message messages dispatch dispatches cable cables
    withdrawal woman man""".split()
)


def _named_subject(
    words: Sequence[str],
    before: list[ActorPhrase],
    verb_start: int,
    floor: int,
    verb_starts: Sequence[int],
) -> bool:
    """The verb has a subject of its own after the last comma, and it is no actor.

    A segment holding another coded verb ("and said they also opposed") is a clause that
    shares a subject named before it.
    """
    k = verb_start - 1
    while k >= floor and words[k] not in {",", ";", "that"}:
        k -= 1
    # "Pinto said intermediate term mortgages offer lower rates": what follows a verb of
    # saying is a clause of its own, as after "that".
    said = [v for v in verb_starts if k < v < verb_start and words[v] in _SAYING_WORDS]
    told = False
    if said and _REFERS_BACK.isdisjoint(words[max(said) + 1 : verb_start]):
        k = max(said)
        told = True
    # "leading economists have warned": an "-ing" word opening the segment before a noun
    # modifies it; it is no verb of its own.
    modifier = k + 1 if _modifying_ing(words, k + 1, verb_start) else -1
    if told and verb_start == k + 1:
        # "Jowell said proposed super-casinos will be different": a clause after a verb of
        # saying needs a subject before its verb, so a coded word right after the verb of
        # saying opens that subject ("proposed" describes the casinos), no act of the speaker.
        return True
    if told and words[k + 1] not in {"by", "to"}:
        # "saying a subsidy offer to the Soviet Union could help improve relations": what
        # is said opens with its own subject; an actor after a preposition is none of it.
        # (Another verb before this one, "were killed when guerrillas attacked", makes a
        # clause of its own, read as below; "said by the Pentagon" is a passive.)
        # ("the boy's father has offered to travel": a verb whose "to" governs this one is
        # the same clause's, not a clause of its own)
        if any(
            k < v < verb_start and v != modifier and words[v + 1 : verb_start] != ["to"]
            for v in verb_starts
        ):
            return False
        actors = [p.start for p in before if p.start > k]
        first = min([*actors, verb_start])
        lead = [
            w
            for w in words[k + 1 : first]
            if w.isalpha()
            and w not in _NOT_SUBJECTS
            and w not in _SUBJECT_PREPOSITIONS
            and not w.endswith("ly")
        ]
        if first in actors:
            j = first - 1
            while j > k and words[j] in {"the", "a", "an"}:
                j -= 1
            return bool(lead) and words[j] in _SUBJECT_PREPOSITIONS
        return bool(lead)
    if any(p.start > k for p in before) or any(
        k < v < verb_start and v != modifier for v in verb_starts
    ):
        return False
    if (
        k > 0
        and words[k] == ","
        and any(p.end == k for p in before)
        and not any(floor <= v < k for v in verb_starts)
    ):
        return False  # "US, Western allies launch": a list goes on after the comma
    content = [
        w
        for w in words[k + 1 : verb_start]
        if w.isalpha() and w not in _NOT_SUBJECTS and not w.endswith("ly")
    ]
    return bool(content)


# Prepositions after a subject noun, before an actor that is not the subject.
_SUBJECT_PREPOSITIONS: Final = frozenset(
    "of to with for from in on at by against between among over about".split()
)
# Verbs of saying whose object is a clause ("declared a state of siege" takes a noun).
_SAYING_WORDS: Final = frozenset({"said", "says", "say", "saying", "added", "adds"})
# Verbs of saying written before their speaker after what is said: "…, said Yeutter".
INVERTED_SAYING: Final = frozenset({"said", "says", "added", "adds"})
# Office nouns written after a body's name: "said the ADB chief".
_OFFICE_AFTER: Final = frozenset(
    """chief head spokesman spokeswoman official officials minister secretary president
    chairman leader governor director envoy delegate representative ambassador""".split()
)
# Speakers described after their name by a market's trade: no state's office-holder.
_MARKET_SPEAKERS: Final = frozenset(
    "analyst economist strategist dealer trader broker banker consultant".split()
)
# A person's name after an inverted speaker's title: up to this many capitalised words.
_NAME_WORDS: Final = 3


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower() and text.replace("-", "").isalpha()


# Lower-case title words before an inverted speaker's phrase: "said housing minister".
_TITLE_WORDS_BEFORE: Final = 2
# The fewest words of what is said before an inverted attribution (fewer are an aside).
_SAID_WORDS: Final = 3
# Words of a title between the name words of one speaker: "said U.S. Trade Representative
# Clayton Yeutter" (at most this many).
_TITLE_REACH: Final = 3
# What may follow an inverted speaker's name: the sentence's end, or the speaker's own
# words ("…, said Yeutter in a speech", "…, said Yeutter, who …").
_AFTER_SPEAKER: Final = frozenset(
    {".", ",", ";", ":", '"', "“", "”", "'", "(", "-", "--", "—", "–"}
    | {"in", "on", "at", "of", "to", "who", "after", "during", "when", "while", "before"}
    | {"yesterday", "today", "tonight", "last", "this", "earlier", "late", "adding"}
)


def written_with_capitals(texts: Sequence[str], phrase: ActorPhrase) -> bool:
    """A phrase with a capitalised word besides an article: a named body or office ("a
    Home Office spokesman", "the Foreign Ministry"), not a bare agent ("one official")."""
    return any(
        t[:1].isupper() and t.lower() not in grammar.ARTICLES
        for t in texts[phrase.start : phrase.end]
    )


def speaker_after(
    words: Sequence[str],
    texts: Sequence[str],
    verb_start: int,
    verb_end: int,
    after: Sequence[ActorPhrase],
) -> ActorPhrase | None:
    """The speaker of an inverted attribution: a verb of saying right after a comma or a
    closing quote, then an actor phrase (after "the" at most), with title words between its
    name pieces ("said U.S. Trade Representative Clayton Yeutter": the last piece, the
    office-holder), and then the sentence's end or the speaker's own phrase."""
    if (
        verb_start < 1
        or words[verb_start] not in INVERTED_SAYING
        or words[verb_start - 1] not in grammar.ATTRIBUTION_OPENERS
    ):
        return None
    k = verb_start - 1
    while k >= 0 and words[k] in grammar.ATTRIBUTION_OPENERS:
        k -= 1
    opened = k
    while opened >= 0 and words[opened] not in grammar.ATTRIBUTION_OPENERS:
        opened -= 1
    said = words[opened + 1 : k + 1]
    if len(said) < _SAID_WORDS or said[0] in grammar.RELATIVES:
        # "Baker, however, said the IMF …", "An analyst, who declined to be identified,
        # said Nakasone …": an aside, not what is said, before the verb
        return None
    # (after an article, and a lower-case title or two: '," said a Home Office spokesman',
    # "said housing minister Yvette Cooper")
    starts = {verb_end}
    k = verb_end + 1 if verb_end < len(words) and words[verb_end] in grammar.ARTICLES else verb_end
    starts.add(k)
    for _ in range(_TITLE_WORDS_BEFORE):
        if k < len(words) and texts[k].isalpha() and texts[k].islower():
            if words[k] in grammar.NOT_TITLE_WORDS:
                break
            k += 1
            starts.add(k)
    chain = [p for p in after if p.start in starts][:1]
    if not chain:
        return None
    for p in after:
        last = chain[-1]
        if last.end <= p.start <= last.end + _TITLE_REACH and all(
            texts[k].replace(".", "").isalpha() and words[k] not in grammar.NOT_TITLE_WORDS
            for k in range(last.end, p.start)
        ):
            chain.append(p)
    speaker = chain[-1]
    if speaker.agent_only and not written_with_capitals(texts, speaker):
        return None  # '," said one official': a bare agent reports, as ', one official said'
    end = speaker.end
    while end < len(words) and words[end] in _OFFICE_AFTER:
        end += 1  # "said the ADB chief"
    # (the office-holder's name after the title: "said Home Office Minister Hazel Blears")
    name = end
    while name < len(texts) and name - end < _NAME_WORDS and _name_word(texts[name]):
        name += 1
    if name > end and (name == len(words) or words[name] in _AFTER_SPEAKER):
        end = name
    if end < len(words) and words[end] not in _AFTER_SPEAKER:
        return None  # "…, said Japan would act": what is said, not who says it
    if words[end : end + 1] == [","]:
        if not _MARKET_SPEAKERS.isdisjoint(words[end + 1 : end + 1 + _TITLE_REACH + 1]):
            return None  # "said Charles Taylor, an analyst with Prudential-Bache": a namesake
        k = end + 1
        while k < len(texts) and texts[k][:1].isupper() and not any(p.start == k for p in after):
            k += 1
        if k > end + 1 and k < len(words) and words[k] in _OFFICE_AFTER:
            return None  # "said Dan Glickman, MPAA chief": he speaks for a body no list has
    rest = texts[end : end + 3]
    if len(rest) == 3 and rest[0] == "," and rest[1][:1].isupper() and rest[2] in {",", "and"}:
        return None  # "said Prescott, Ball and Turben analyst Bruce Lazier": a firm's name
    return speaker


# "Putin said his country will not lift the ban", "militants said they attempted": a
# pronoun in what is said refers back, so the speaker may still be the doer.
_REFERS_BACK: Final = grammar.PRONOUNS | {"we", "i", "our", "my", "us", "them", "him"}


def _modifying_ing(words: Sequence[str], i: int, verb_start: int) -> bool:
    return (
        i + 1 < verb_start
        and words[i].endswith("ing")
        and words[i + 1].isalpha()
        and words[i + 1] not in _NOT_SUBJECTS
    )


# Words between "by" and its actor that only modify it: "by (the) federal grand jury",
# "by state police", "by heavily armed gunmen". Up to three, none ending the phrase.
_AGENT_MODIFIERS: Final = 3


def _by_agent(words: Sequence[str], after: list[ActorPhrase], verb_end: int) -> ActorPhrase | None:
    for p in after:
        i = p.start - 1
        steps = 0
        while (
            i >= verb_end
            and words[i] != "by"
            and steps < _AGENT_MODIFIERS
            and words[i].isalpha()
            and words[i] not in grammar.PREPOSITIONS
            and words[i] not in grammar.COORDINATORS
            and words[i] not in grammar.RELATIVES
        ):
            i -= 1
            steps += 1
        if i >= verb_end and words[i] == "by":
            return p
    return None


def landmark(words: Sequence[str], phrase: ActorPhrase) -> bool:
    """The phrase says where, by what is near it: "near the Turkish border", "along the
    Lebanese border", "off the Somali coast". Only a bare state or place: "just east of the
    Syrian Government stronghold" names the party whose it is; a bearing is no landmark
    ("launched an offensive north of Baghdad" is against Iraq)."""
    if len(phrase.code) != 3 or grammar.possessive_at(words, phrase.end):
        return False  # ("near Iraq's southern city of Basra": Iraq's territory)
    k = grammar.before_articles(words, phrase.start)
    if k < 0:
        return False
    if words[k] in _NEAR_WORDS:
        return True
    # ("off the Somali coast"; "fought off the Iranians" is the verb's particle)
    return words[k] == "off" and phrase.end < len(words) and words[phrase.end] in _SHORES


_NEAR_WORDS: Final = frozenset({"near", "along", "beyond", "nearby"})
_SHORES: Final = frozenset({"coast", "coasts", "shore", "shores", "coastline"})


def _attack_doer(
    words: Sequence[str], after: list[ActorPhrase], verb_end: int
) -> ActorPhrase | None:
    """ "were killed in Russian airstrikes", "died during an Israeli raid", "wounded by U.S.-led
    air strikes": the actor whose attack, named right after it, did the passive's act."""
    for p in after:
        k = grammar.before_articles(words, p.start)
        if k < verb_end or words[k] not in {"in", "during", "by"}:
            continue
        # (a state by its demonym, "Russian airstrikes", or an armed force; a state's name
        # says where: "killed in the Kenya embassy bombing")
        if " ".join(words[p.start : p.end]) not in demonyms() and not armed_force(p):
            continue
        j = p.end
        while j < len(words) and j - p.end < _ATTACK_MODIFIERS and words[j] in _ATTACK_PARTS:
            j += 1
        if j < len(words) and words[j] in _DOERS_ATTACKS:
            return p
    return None


# Words between an attacker and its attack: "U.S.-led air strikes", "Israeli air raid".
_ATTACK_PARTS: Final = frozenset({"-", "led", "backed", "air", "artillery", "military", "naval"})
_ATTACK_MODIFIERS: Final = 3
_DOERS_ATTACKS: Final = grammar.cue_words("doer attack")


# "was dissolved at the request of Hun Sen's government", "arrested on the orders of the
# military": whoever asked or ordered the act is its doer.
_REQUESTS: Final = (
    ("at", "the", "request", "of"),
    ("on", "the", "orders", "of"),
    ("on", "the", "order", "of"),
    ("on", "orders", "from"),
    ("at", "the", "behest", "of"),
    ("at", "the", "urging", "of"),
)


def _requester(words: Sequence[str], after: list[ActorPhrase], verb_end: int) -> ActorPhrase | None:
    for p in after:
        i = p.start
        while i > verb_end and words[i - 1] in {"the", "a", "an"}:
            i -= 1
        for req in _REQUESTS:
            if i - len(req) >= verb_end and tuple(words[i - len(req) : i]) == req:
                return p
    return None


_MODALS: Final = grammar.MODALS
# Words before a verb that name no subject of their own: "and he has also said".
_NOT_SUBJECTS: Final = (
    grammar.AUXILIARIES
    | grammar.ADVERB_HINT
    | grammar.NEGATORS
    | grammar.PRONOUNS
    | grammar.WHEN_WORDS
    | grammar.HONORIFICS
    | grammar.INTENT_LEADS
    | grammar.RELATIVES
    | _MODALS
    | {"to", "be", "being"}
    | {"and", "but", "or", "so", "then", "yet", "also", "still", "now", "later", "today"}
    | {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"}
    | {'"', "“", "”", "'", "-", "--", "—", "–"}
)
# Verbs that take an "-ing" form as their object ("began shelling", "kept fighting"):
# the word before such a form is no noun the form modifies.
_CATENATIVES: Final = grammar.CATENATIVES
# What an actor writes acts in its name: "the Parliament has approved a resolution
# criticizing the government", "issued a report that calls on the government".
_DOCUMENTS: Final = frozenset(
    {"resolution", "statement", "declaration", "communique", "letter", "motion", "decree", "report"}
)
_NOT_NOUNS: Final = (
    grammar.BE_FORMS
    | grammar.AUXILIARIES
    | _MODALS
    | grammar.NEGATORS
    | grammar.ADVERB_HINT
    | grammar.PREPOSITIONS
    | grammar.RELATIVES
    | grammar.PRONOUNS
    | _SUBORDINATORS
    | _CATENATIVES
    | {"and", "or", "but", "then", "to", "by", "of", "the", "a", "an"}
    | {"still", "now", "even", "just", "only", "yet", "soon", "further", "instead"}
    | grammar.WHEN_WORDS
    | _DOCUMENTS
)


# Words between a relative pronoun and its verb: "which has since been touring".
_RELATIVE_GAP: Final = frozenset(
    {"being", "not", "never", "also", "still", "already", "just", "now", "since"}
)


def _relative_subject(
    words: Sequence[str], verb_start: int, phrases: Sequence[ActorPhrase]
) -> tuple[bool, ActorPhrase | None]:
    """Whether the verb opens a relative clause ("which has been touring", "that would
    have allowed", "who attacked"), and its subject: the actor the pronoun follows
    ("the rebels who attacked", "Jackson, who is filming"), or None for a noun that is
    no actor. "that" after a verb of saying is that verb's object's subject, no actor
    either ("said that would hurt")."""
    k = verb_start - 1
    while (
        k >= 0
        and verb_start - k <= 5
        and (
            words[k] in grammar.AUXILIARIES
            or words[k] in _MODALS
            or words[k] in _RELATIVE_GAP
            or words[k].endswith("ly")
        )
    ):
        k -= 1
    if k < 1 or words[k] not in {"which", "that", "who"} or words[k - 1] in _DOCUMENTS:
        return False, None
    head = k - 1 if words[k - 1] == "," and k > 1 else k
    # "in Wales, which explores new music": a place after a preposition is seldom what
    # the pronoun stands for.
    return True, next(
        (p for p in phrases if p.end == head and grammar.preceded_by_preposition(words, p) is None),
        None,
    )


def _main_verb(
    words: Sequence[str], verb_start: int, verb_starts: Sequence[int], floor: int
) -> int | None:
    """The earlier verb whose subject this one shares, as an adjunct or a coordinate."""
    main = _adjunct_of(words, verb_start, verb_starts, floor)
    return main if main is not None else _coordinated_with(words, verb_start, verb_starts, floor)


# Words between a coordinating "and" and its verb that name no subject: "and has also said".
_COORDINATE_GAP: Final = grammar.AUXILIARIES | _MODALS | _RELATIVE_GAP | {"then", "later", "so"}


def _coordinated_with(
    words: Sequence[str], verb_start: int, verb_starts: Sequence[int], floor: int
) -> int | None:
    """The coded verb this one is joined to by "and", "but" or "or" with no subject of its
    own ("Iraq attacked Iran and killed 20 soldiers", "shut its office and has withdrawn"),
    if any: the nearest one earlier in the clause, with words (its object) in between."""
    k = verb_start - 1
    while k > floor and (words[k] in _COORDINATE_GAP or words[k].endswith("ly")):
        k -= 1
    if k <= floor or words[k] not in {"and", "but", "or"}:
        return None
    # The coordinate is a finite verb: not an infinitive or a bare "-ing" form inside the
    # first verb's object ("had refused to continue financing … and were pressing").
    earlier = [
        v
        for v in verb_starts
        if floor <= v < k - 1
        and (v == 0 or words[v - 1] != "to")
        and not (words[v].endswith("ing") and v - 1 in verb_starts)
    ]
    return max(earlier) if earlier else None


def _headline_to(
    words: Sequence[str],
    verb_start: int,
    phrases: Sequence[ActorPhrase],
    verb_starts: Sequence[int],
) -> str | None:
    """ "EGYPT TO HOST NINE-NATION AFRICAN TALKS", "EU ministers to mull jet fuel tax": a
    headline's "to" right after its subject, with no verb before, tells what the subject
    is to do (its "will"), not what it did."""
    k = verb_start - 1
    if k >= 2 and words[k] in _LIGHT_VERBS and words[k - 1] == "to":
        k -= 1  # "JAPAN TO MAKE LOANS TO INDONESIA": the act's noun after a light verb
    if k < 1 or words[k] != "to" or any(v < k for v in verb_starts):
        return None
    # (the subject's actor right before "to", or its possessor: "BRAZIL'S GROS TO MEET";
    # not a verb's object, "U.N. ADVISES MINES TO FIGHT", "SENATE VOTES TO CUT")
    subject = [
        p for p in phrases if p.end == k or (k - p.end == 2 and words[p.end] in {"'s", "’s"})
    ]
    return "to" if subject else None


# Verbs whose object noun names the act: "TO MAKE LOANS", "TO HOLD TALKS".
_LIGHT_VERBS: Final = frozenset("make hold give grant extend sign launch stage".split())


def _adjunct_of(
    words: Sequence[str], verb_start: int, verb_starts: Sequence[int], floor: int
) -> int | None:
    """ ", accusing it of …", ", saying …": an "-ing" form right after a comma is an
    adjunct of its clause's main verb: the first verb coded in the clause, if any."""
    if verb_start < 2 or words[verb_start - 1] != "," or not words[verb_start].endswith("ing"):
        return None
    if verb_start - 2 in verb_starts and words[verb_start - 2] in _SAYING_WORDS:
        # "This is the record Mr Blair will have to defend, he said, urging voters": after
        # a speaker's "he said," the participle is the speaker's, not the quoted clause's.
        return verb_start - 2
    earlier = sorted(v for v in verb_starts if floor <= v < verb_start - 1)
    if (
        len(earlier) > 1
        and words[earlier[0]] in _SAYING_WORDS
        and "that" in words[earlier[0] : earlier[1]]
    ):
        # "Iraqi officials said that a suicide bomber struck a Baghdad cafe, killing 12": a
        # participle after what is said, opened by "that", belongs to the said clause's
        # verb, not to the saying.
        return earlier[1]
    return earlier[0] if earlier else None


def _reduced_relative(
    words: Sequence[str],
    verb_start: int,
    phrases: Sequence[ActorPhrase],
    verb_starts: Sequence[int],
) -> bool:
    """An "-ing" form right after a noun that is no actor modifies that noun.

    "subsidies to disabled persons attending day centres": the persons attend, so no
    actor further left is the verb's subject. A form after an actor ("Palestinians
    protesting"), an auxiliary ("were attending"), a verb ("began shelling") or a
    conjunction keeps its subject.
    """
    if verb_start == 0 or not words[verb_start].endswith("ing"):
        return False
    k = verb_start - 1
    if words[k] in {"in", "at"} and k > 0:
        # "for help in freeing American hostages", "a role in releasing them": a gerund
        # after a noun's "in" says what the noun is about; its doer is not the subject.
        k -= 1
    return (
        _plain_noun(words[k])
        and k not in verb_starts
        # "UN inspectors probing", "a Security Council resolution censuring": a noun
        # whose modifier is an actor is that actor's, and the actor the subject.
        and all(p.end not in (verb_start, k, k + 1) for p in phrases)
    )


def _plain_noun(word: str) -> bool:
    """A word that may be a common noun: no function word, adverb or past form."""
    return word.isalpha() and word not in _NOT_NOUNS and not word.endswith(("ly", "ed"))


def _participle_modifier(
    words: Sequence[str],
    texts: Sequence[str],
    verb_start: int,
    lemma: str,
    phrases: Sequence[ActorPhrase],
    verb_starts: Sequence[int],
) -> bool:
    """A past participle between a noun that is no actor and a preposition modifies the noun.

    "the sanctions imposed on Iraq", "a ban imposed by unions": someone imposed them, not
    the sentence's subject; so does one after a comma ("its ban on shipments to Fiji,
    imposed in support of Bavadra"). A past tense with its object ("the gunmen in reaction
    killed Abdullah"), after a name ("Heather Nauert said"), an actor ("Syria imposed"), an
    auxiliary or a conjunction keeps its subject.
    """
    if (
        verb_start < 2
        or lemma in grammar.SPEECH_WORDS
        or not grammar.participle_form(words[verb_start], lemma)
    ):
        return False
    nxt = words[verb_start + 1] if verb_start + 1 < len(words) else ""
    if nxt == "to" or nxt not in grammar.PREPOSITIONS or grammar.counted_at(words, verb_start + 1):
        # ("airstrikes killed at least 27 civilians": a count, the verb's object, follows)
        return False
    k = verb_start - 1
    if words[k] == ",":
        # "its ban on shipments to Fiji, imposed in support of Bavadra": after a comma the
        # word before may be an actor too; the participle still describes the noun.
        k -= 1
        if any(p.end == k + 1 for p in phrases):
            return True
        if k >= 0 and texts[k][:1].isupper() and texts[k].isalpha():
            # "the release of aid worker Margaret Hassan, kidnapped in Iraq": a person's
            # name that is no actor, then the participle describing the person; not a
            # name set off by commas ("Peru's interim president, Manuel Merino, resigned
            # on Sunday": an apposition, then the main verb).
            j = k
            while j > 0 and texts[j - 1][:1].isupper() and texts[j - 1].isalpha():
                j -= 1
            return j > 0 and texts[j - 1] not in {",", "or"}
    return (
        _plain_noun(words[k])
        and not texts[k][:1].isupper()
        and words[k] not in _GROUP_NOUNS  # "a Syrian rebel group said on Monday"
        and k not in verb_starts
        and all(p.end != k + 1 for p in phrases)
    )


_GROUP_NOUNS: Final = grammar.cue_words("group noun")


def _by_doer(
    words: Sequence[str], verb_start: int, phrases: Sequence[ActorPhrase]
) -> ActorPhrase | None:
    """The actor of "a decision by X to V", "an offer by X to V": the doer of V.

    X is the actor right after "by" (or "by the"), and its name may run on to the "to"
    ("by the Australian Waterside Workers' Federation to lift").
    """
    to = verb_start - 1
    if to < 2 or words[to] != "to":
        return None
    for k in range(to - 1, max(0, to - _BY_REACH) - 1, -1):
        if words[k] == "by":
            start = k + 2 if words[k + 1] == "the" else k + 1
            doer = next((p for p in phrases if p.start == start and p.end <= to), None)
            gap = words[doer.end : to] if doer is not None else []
            if doer is not None and all(
                (w.isalpha() and w not in _NOT_NOUNS) or w in {"'", "'s", "’"} for w in gap
            ):
                return doer
            return None
        if not (words[k].isalpha() or words[k] in {"'", "'s", "’"}):
            return None
    return None


_BY_REACH: Final = 8


def _aside_end(words: Sequence[str], floor: int, verb_start: int, verb_end: int) -> int:
    """Where a verb's relative clause set off by commas ends, or past the sentence.

    "Syrian rebels, who had attacked the city, were arrested by Iraqi police": what the
    rebels attacked is inside the commas; the police are the main clause's.
    """
    for i in range(verb_start - 1, floor, -1):
        if words[i] in {"who", "which"}:
            if words[i - 1] != ",":
                break
            return next((k for k in range(verb_end, len(words)) if words[k] == ","), len(words))
        if words[i] == ",":
            break
    return len(words)


_CLAUSE_JOINERS: Final = frozenset({"and", "but", ",", "while", "whereas", "as", "yet"})


def _opens_clause(words: Sequence[str], phrase: ActorPhrase, verb_starts: Sequence[int]) -> bool:
    """ "…proposed a freeze and Canada has begun": an actor after a conjunction and before
    a verb of its own is the next clause's subject, not this verb's object."""
    i = phrase.start - 1
    while i >= 0 and words[i] in {"the", "a", "an"}:
        i -= 1
    if i < 0 or words[i] not in _CLAUSE_JOINERS:
        return False
    nxt = phrase.end
    return nxt < len(words) and (
        words[nxt] in grammar.AUXILIARIES or words[nxt] in _MODALS or nxt in verb_starts
    )


# Pronouns and possessives by which a reported clause names its reporter or the
# reporter's own: "Iran said it was attacked", "Iran said its ship was attacked".
_OWNERS: Final = grammar.PRONOUNS | {"our", "we"}


def _after_reporter(
    words: Sequence[str], before: list[ActorPhrase], verb_start: int
) -> list[ActorPhrase]:
    """The actors of a passive verb's own clause: those after the last verb of saying
    before it, unless that clause opens with a pronoun or possessive for its reporter."""
    said = max(
        (i for i in range(verb_start) if words[i] in grammar.REPORTING_VERBS),
        default=None,
    )
    if said is None:
        return before
    opens = said + 2 if words[said + 1 : said + 2] == ["that"] else said + 1
    if words[opens : opens + 1] and words[opens] in _OWNERS:
        return before
    return [p for p in before if p.start > said]


def _subordinate_start(words: Sequence[str], floor: int, verb_start: int) -> int:
    """The first token after a subordinator that opens the verb's own clause, else ``floor``.

    "after the X boycotted" opens a clause whose subject is X; "after meeting Y" (a
    gerund) and "after the talks, X said" (closed by a comma) do not hold the verb's
    subject, so the main clause keeps it.
    """
    for i in range(verb_start - 1, floor - 1, -1):
        if words[i] in _SUBORDINATORS:
            rest = _without_aside(words[i + 1 : verb_start])
            if not rest or rest[0].endswith("ing") or "," in rest:
                return floor
            return i + 1
    return floor


def _without_aside(rest: Sequence[str]) -> Sequence[str]:
    """ "the man, armed with a rifle, killed": the subject's aside between two commas (a
    participle's or a relative clause's) leaves the clause open."""
    if rest.count(",") != 2:
        return rest
    first = rest.index(",")
    second = rest.index(",", first + 1)
    opener = rest[first + 1] if first + 1 < second else ""
    if opener in {"who", "which"} or opener.endswith(("ed", "ing")):
        return [*rest[:first], *rest[second + 1 :]]
    return rest


# Words that open a clause of its own before its verb: "…, which would", "… that threatened".
_CLAUSE_OPENERS: Final = frozenset({"that", "which", "who", "whom", "whose"})
_RELATIVES: Final = frozenset({"which", "whom", "whose"})
_SUBJECT_PRONOUNS: Final = frozenset({"it", "he", "she", "they", "we", "i"})
_AUX_WORDS: Final = grammar.AUXILIARIES | grammar.MODALS
# Marks before a verb that open an adjunct clause (", saying", "- warning"); not
# ``grammar.CLAUSE_BREAKS``, which ends a clause for every role.
_ADJUNCT_MARKS: Final = frozenset({",", "-", "--", "—", "–", ";"})


def _later_clause(
    words: Sequence[str], hit: VerbHit, target: ActorPhrase, verb_starts: Sequence[int]
) -> bool:
    """A verb between ``hit`` and ``target`` opens a clause of its own: it follows a
    comma or a dash (", saying", "- warning"), or a relative pronoun or "that" comes
    before it, or "and"/"but" after this verb's own object ("rejected the offer and
    attacked Lebanon"; "met and praised Lebanon" share their object)."""
    return (
        any(
            words[v - 1] in _ADJUNCT_MARKS
            or not _CLAUSE_OPENERS.isdisjoint(words[hit.end : v])
            or (words[v - 1] in {"and", "but"} and v - 1 > hit.end)
            # "denied reports it told Iran …": a claim's or report's content
            or not grammar.SUPPOSITION_NOUNS.isdisjoint(words[hit.end : v])
            for v in verb_starts
            if hit.end <= v < target.start
        )
        or any(
            # "refused to give succour to suggestions it was preparing for strikes against
            # Iran": a pronoun and its auxiliary open a clause of their own
            words[i] in _SUBJECT_PRONOUNS and words[i + 1] in _AUX_WORDS
            for i in range(hit.end + 1, target.start - 1)
        )
    )


# How many words may stand between a clause's subject (or its possessor) and its verb:
# "Germany's main political parties have opposed".
_SUBJECT_REACH: Final = 5


def _subject_after_and(
    words: Sequence[str], hit: VerbHit, target: ActorPhrase, verb_starts: Sequence[int]
) -> bool:
    """ "Poland has rejected the proposal and Germany's main political parties have opposed
    it": after "and" or "but" and this verb's own object, an actor right before the next
    verb (its subject, or the subject's possessor) opens that verb's clause."""
    joins = [i for i in range(hit.end + 1, target.start) if words[i] in {"and", "but"}]
    if not joins or joins[-1] + 3 < target.start:
        return False
    before = words[joins[-1] - 1]
    if not before.isalpha() or (before not in grammar.FUNCTION_WORDS and before[0].isupper()):
        # (a list's "and": "the House and Senate select committees")
        return False
    nxt = [v for v in verb_starts if target.end <= v <= target.end + _SUBJECT_REACH]
    if not nxt:
        return False
    # Its subject ("and Iran condemned"), or the subject's possessor ("and Germany's main
    # political parties have opposed"); not the object's noun before another "and"
    # ("attacked a supertanker and four Iranian oil sites and vowed").
    between = words[target.end : nxt[0]]
    return all(w in grammar.AUXILIARIES for w in between) or (
        between[:1] in (["'s"], ["’s"])
        and "," not in between
        and grammar.PREPOSITIONS.isdisjoint(between)
        and grammar.COORDINATORS.isdisjoint(between)
    )


def doer_of_a_later_participle(
    words: Sequence[str], hit: VerbHit, target: ActorPhrase, verb_starts: Sequence[int]
) -> bool:
    """ "veto any bid to reduce the rebate secured by Margaret Thatcher": the "by" phrase of
    a participle with another verb between it and this one names that participle's doer,
    not the one this verb acts on ("condemned the sanctions imposed by the US", with no
    verb between, does)."""
    at = target.start
    return (
        at >= 3
        and words[at - 1] == "by"
        and grammar.participle_like(words[at - 2])
        and words[at - 3] not in grammar.BE_FORMS
        # (another verb's own: "agreed to pay for gas supplied by Turkmenistan" is the
        # agreement's own infinitive, and the supplier its party)
        and any(hit.end + 1 < v < at - 2 for v in verb_starts)
    )


def _crosses_verb(target: ActorPhrase, hit: VerbHit, verb_starts: Sequence[int]) -> bool:
    return any(hit.end <= v < target.start for v in verb_starts)
