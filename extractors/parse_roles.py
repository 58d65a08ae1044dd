"""Parsed-mode role assignment: subject, object and passive agent from a dependency parse.

The source is the subject of the verb the pattern matched, the target its
object or the object of a preposition; in the passive the subject is the
target and the ``agent`` phrase the source. Coordination gives compound
actors, ``xcomp``/``conj``/``relcl`` verbs borrow their head's subject, and
negation and modality come from ``neg`` and ``aux`` children. When the parse
gives no answer for a role, the rule assigner's answer is used and ``explain``
says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from extractors import grammar
from extractors.actors import UNKNOWN, ActorPhrase
from extractors.roles import (
    FROM_A_PLACE,
    INVERTED_SAYING,
    PLACE_PREPOSITIONS,
    Roles,
    RuleRoles,
    SentenceView,
    addressed_own_object,
    attack_bystander,
    doer_of_a_later_participle,
    group_of,
    landmark,
    located_by,
    own_object,
    place_in_list,
    speaker_after,
    struck_by_attack,
    topic_of_object,
    venue,
    venue_only,
    where_not_whom,
)
from extractors.verbs import PatternChoice, VerbHit

_SUBJ: Final = {"nsubj", "nsubjpass", "csubj", "expl"}
_OBJ: Final = {"dobj", "obj", "dative", "attr", "oprd"}
_TARGET_PREPS: Final = {
    "on",
    "against",
    "with",
    "to",
    "at",
    "into",
    "toward",
    "towards",
    "for",
    "over",
    "from",
    "upon",
    "in",
    "of",
    "about",
    "between",
}
_INHERIT_SUBJECT: Final = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
_MODAL_LEMMAS: Final = {"will", "would", "shall", "'ll"}
_SAYING_LEMMAS: Final = frozenset({"say", "add"})
_COERCE_ROOT: Final = "17"
_TELLING_LEMMAS: Final = frozenset({"tell", "report", "announce", "claim", "insist", "warn"})


def _wish_denied(negated: str | None) -> bool:
    """The rules' "no plans to", "no desire to": a wish denied before the verb."""
    return negated is not None and negated.startswith("no ") and negated.endswith(" to")


# Roots of acts whose pattern words may name what the source moves or gives: intent (03),
# material cooperation (06), aid (07), yielding (08: withdrawing troops), reducing aid (16),
# military posture (15).
_GIVEN_ROOTS: Final = frozenset({"03", "06", "07", "08", "13", "15", "16"})

Token = Any  # spaCy Token; kept loose so this module type-checks without spaCy stubs


class ParseRoles:
    """Roles from a dependency parse, falling back to word order per role."""

    name = "parse"

    def __init__(self, news_rules: bool = True) -> None:
        self.news_rules = news_rules
        self._rules = RuleRoles(news_rules)

    def assign(
        self,
        view: SentenceView,
        hit: VerbHit,
        choice: PatternChoice,
        phrases: list[ActorPhrase],
        verb_starts: Sequence[int],
    ) -> Roles:
        rule = self._rules.assign(view, hit, choice, phrases, verb_starts)
        toks: list[Token] | None = view.parse  # type: ignore[assignment]
        if not toks or hit.start >= len(toks):
            return rule
        index = {t.i: k for k, t in enumerate(toks)}
        verb = toks[hit.start]
        groups = grammar.compound_groups(view.words, phrases, verb_starts)
        decisions = [f"parse: verb '{verb.text}' ({verb.pos_}, dep {verb.dep_})"]

        def phrase_for(tok: Token | None, speaker: bool = False) -> ActorPhrase | None:
            if tok is None:
                return None
            k = index.get(tok.i)
            if k is None:
                return None
            for p in phrases:
                if p.start <= k < p.end:
                    return _with_country_inside(p, tok, index, phrases, view.words)
            # The head noun is not an actor: look inside its phrase ("the legitimacy of U.S."),
            # past places after "in" for a subject ("McBride, managing director of T-Mobile
            # in the UK, said").
            # A doer's noun keeps the actor it is "of", not the one it is "to" or "with":
            # "a subsidy offer to the Soviet Union could help" is no act of the Soviet Union.
            # Nor the state a body is "for" or a report comes "from": "The Funding Council
            # for England said", "reports from Tokyo said".
            aimed = (
                {
                    index[s.i]
                    for c in tok.children
                    if c.dep_ == "prep"
                    and (
                        c.lower_ in _AIMED_AT
                        or c.lower_ == "for"
                        or (c.lower_ == "from" and tok.lower_ in FROM_A_PLACE)
                    )
                    for s in c.subtree
                    if s.i in index
                }
                if speaker and self.news_rules
                else set()
            )
            # "Mr Blair's local party has insisted": the doer is what the actor has (the
            # possessor of a noun in the subject's phrase, with that noun).
            owners = (
                {
                    index[s.i]: (c.head.lower_, c.head.pos_)
                    for c in tok.subtree
                    if c.dep_ == "poss"
                    and c.head.pos_ in ("NOUN", "PROPN")
                    # (not an agent's: "the European Parliament's negotiator" is its own)
                    and not any(p.start <= index.get(c.head.i, -1) < p.end for p in phrases)
                    for s in c.subtree
                    if s.i in index
                }
                if speaker and self.news_rules
                else {}
            )
            inside = [
                p
                for p in _phrases_inside(tok, index, phrases)
                if p.start not in aimed
                # (a state's groups are coded as the state: "Brazil's truck drivers"; its
                # figures are no actor: "Australia's unemployment rate eased"; nor is a name
                # it owns that no dictionary knows: "Italy's Illva Saronno has agreed")
                and not (
                    p.start in owners
                    and (
                        len(p.code) > 3
                        or owners[p.start][0] in grammar.MEASURE_NOUNS
                        or owners[p.start][1] == "PROPN"
                    )
                )
                and not (
                    speaker and (venue(view.words, p) or place_in_list(view.words, view.texts, p))
                )
                # ("the scheme, 80 kilometres north of the capital Lima, aims to offer")
                and not (speaker and located_by(view.words, p))
                # ("analysts of the Soviet Union said": the state studied does not speak)
                and not (speaker and self.news_rules and grammar.topic_of(view.words, p))
            ]
            return inside[0] if inside else None

        negated = _negation(verb)
        intent = _intent(verb)
        # ("Israel attacked by Hamas rockets, the army said": a doer's "by" makes it passive
        # where the small parser tags the participle a past tense)
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
        # "Act on detention ruling, UK urged": the small parser reads a headline's bare
        # participle as a past tense; the headline's grammar says passive.
        passive = passive or (view.headline and rule.passive)
        subj_tok = _child(verb, _SUBJ)
        agent_tok = None
        for c in verb.children:
            if c.dep_ == "agent":
                agent_tok = _child(c, {"pobj"})
        head = verb
        hops = 0
        while (
            subj_tok is None
            and head.dep_ in _INHERIT_SUBJECT
            and head.head is not head
            and hops < 3
        ):
            if head.dep_ == "ccomp" and head.head.lemma_ in _SAYING_LEMMAS | _TELLING_LEMMAS:
                # "Jowell said proposed super-casinos will be different": what is said
                # is a clause with a subject of its own, never the speaker's act.
                break
            if head.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.head.children):
                # "told reporters West Germany would provide marks to help fight", "urged
                # Iraq to withdraw": an infinitive after an object is the object's to do,
                # or no one's the parse can tell; never the teller's or the asker's.
                break
            head = head.head
            subj_tok = _child(head, _SUBJ)
            negated = negated or _negation(head)
            intent = intent or _intent(head, lead=True)
            hops += 1
            if subj_tok is not None:
                decisions.append(f"parse: subject borrowed from '{head.text}' ({verb.dep_})")
        relative = subj_tok is None and verb.dep_ == "relcl"
        if relative:
            subj_tok = verb.head
            decisions.append("parse: relative clause, subject is its head noun")
        obj_tok = _child(verb, _OBJ)
        if obj_tok is None:
            obj_tok = _prep_object(verb, choice, view)
        if verb.pos_ in ("NOUN", "PROPN"):
            # A nominal event: "U.S. strikes on Islamic State".
            subj_tok = _child(verb, {"poss", "compound", "amod", "nmod"}) or subj_tok
            obj_tok = _prep_object(verb, choice, view) or obj_tok
            decisions.append("parse: nominal event, source is the noun's modifier")

        if passive:
            source = phrase_for(agent_tok, speaker=True)
            target = phrase_for(subj_tok)
            decisions.append("parse: passive, agent is the source, subject the target")
            if (
                source is None
                and target is not None
                and not (
                    obj_tok is not None
                    and obj_tok.head.dep_ == "prep"
                    and obj_tok.head.lower_ in PLACE_PREPOSITIONS
                    # ("killed in a car bombing in Baghdad": the attack's place is kept;
                    # "were arrested in Tbilisi": so is the state's, whose police arrest)
                    and obj_tok.lower_ not in grammar.ATTACK_NOUNS
                    and choice.code[:2] != _COERCE_ROOT
                )
            ):
                # ("was attacked in a park in Nairobi": where it was done did not do it)
                obj_source = phrase_for(obj_tok)
                source = obj_source
        else:
            source = phrase_for(subj_tok, speaker=True)
            if (
                source is not None
                and self.news_rules
                and subj_tok is not None
                and source.end == subj_tok.i
                and struck_by_attack(view.words, source)
            ):
                # "The embassy bombings killed 247 people": what the attack struck did not
                # do it.
                decisions.append("parse: the attack's noun names what it struck, not its doer")
                source = None
            target = phrase_for(obj_tok)
            if source is not None and target is not None and source.same_actor(target):
                # "met at the Kremlin with Syria": the source's own seat is where it acted.
                seat = target
                for tok in _prep_objects(verb, choice, view):
                    other = phrase_for(tok)
                    if other is not None and other.code != source.code:
                        target, obj_tok = other, tok
                        break
                if target is seat:
                    # No other object on the verb ("with the Irish premier" hangs on the
                    # seat's noun): the rules' target, if any, is taken below.
                    target, obj_tok = None, None
                decisions.append("parse: the source's own seat is not its target")
        if (
            not passive
            and target is not None
            and (
                where_not_whom(
                    view.words, choice.code, target, hit.end if self.news_rules else None
                )
                or (self.news_rules and landmark(view.words, target))
            )
        ):
            # "told a news conference in Damascus": where it was said, not to whom; "near
            # the Turkish border": where, by what is near it.
            decisions.append("parse: a place after 'in' is where, not whom")
            target = None
        if (
            self.news_rules
            and target is not None
            and attack_bystander(view.words, hit, choice.code, target.start) is not None
        ):
            # "condemned the bombing of U.S. embassies in Kenya": the attack's victims and
            # places are not the ones condemned.
            decisions.append("parse: an attack condemned is its doers', not its victims'")
            target = None
        if (
            self.news_rules
            and target is not None
            and venue_only(choice.code)
            and topic_of_object(view.words, hit.end, target, phrases)
        ):
            # "to discuss rising tensions between Greece and Turkey": what it is about.
            decisions.append("parse: an actor in what it is about is not its party")
            target = None
        if (
            target is not None
            and source is not None
            and choice.code[:2] in _GIVEN_ROOTS
            and target.code[:3] in {UNKNOWN, source.code[:3]}
            and any(i in choice.words_used for i in range(target.start, target.end))
        ):
            # "Syria sent forces to Lebanon": the pattern's own words ("- * &TROOPS") are
            # the source's own forces or aid, sent, given or withdrawn, not whom.
            decisions.append("parse: the pattern's own words are what is acted with, not whom")
            target = None
        if source is not None and source is target:
            target = None
        if (
            self.news_rules
            and not passive
            and target is not None
            and doer_of_a_later_participle(view.words, hit, target, verb_starts)
        ):
            decisions.append("parse: the target does a participle two verbs on")
            target = None
        if (
            self.news_rules
            and not passive
            and source is not None
            and source.start >= hit.end
            and view.words[hit.start] in INVERTED_SAYING
            and speaker_after(
                view.words,
                view.texts,
                hit.start,
                hit.end,
                [p for p in phrases if p.start >= hit.end],
            )
            is None
        ):
            # "…, said Charles Taylor, an analyst with Bache": the parser's subject after a
            # verb of saying speaks only as the rules' inverted attribution does.
            decisions.append("parse: the name after the verb of saying is no speaker")
            source = None
        if choice.source_at is not None or choice.target_at is not None:
            by_start = {p.start: p for p in phrases}
            source = (
                by_start.get(choice.source_at, source) if choice.source_at is not None else source
            )
            target = (
                by_start.get(choice.target_at, target) if choice.target_at is not None else target
            )
            if (
                self.news_rules
                and choice.target_at is not None
                and target is not None
                and (
                    where_not_whom(view.words, choice.code, target, hit.end)
                    or landmark(view.words, target)
                )
            ):
                decisions.append("the pattern's target is where it happened, not whom")
                target = None
            if passive and target is not None and target is source:
                # The pattern's "+" read "by X" as the object: X is the passive's doer.
                target = phrase_for(subj_tok)
            own = own_object(view.words, hit.end, choice, phrases, target)
            if (
                self.news_rules
                and not passive
                and own is not None
                and addressed_own_object(choice.code, source, own)
            ):
                # "criticised the government for claiming the EU constitution …": the verb's
                # own object comes before the pattern's words.
                decisions.append("the verb's own object comes before the pattern's words")
                target = own
        rule_src = rule.sources[0].code if rule.sources else "-"
        rule_tgt = rule.targets[0].code if rule.targets else "-"
        parse_src = source.code if source else "-"
        parse_tgt = target.code if target else "-"
        if (parse_src, parse_tgt) != (rule_src, rule_tgt):
            decisions.append(
                f"parse gave {parse_src}->{parse_tgt}, rules gave {rule_src}->{rule_tgt}"
            )
        if source is None and relative and not passive:
            # "a coalition to destroy Islamic State": a relative clause's head noun that
            # is no actor leaves it without one; no actor further left stands in.
            decisions.append("parse: the relative clause's head noun is no actor")
            sources = []
        elif source is None and rule.sources:
            decisions.append("rules won for the source (parse found none)")
            sources = rule.sources
        else:
            sources = group_of(source, groups) if source is not None else []
            sources = _with_conjuncts(source, sources, phrases, phrase_for, subj_tok)
        if target is None and rule.targets and not passive:
            decisions.append("rules won for the target (parse found none)")
            targets = rule.targets
        else:
            targets = group_of(target, groups) if target is not None else []
            targets = _with_conjuncts(target, targets, phrases, phrase_for, obj_tok)
        sources = grammar.without_apposed(view.words, sources, verb_starts)
        targets = grammar.without_apposed(view.words, targets, verb_starts)
        if len(sources) > 1 or len(targets) > 1:
            decisions.append("compound actor: one event per pair")
        return Roles(
            sources,
            targets,
            decisions,
            passive=passive,
            # ("do not have any plans to meet": the wish denied, read by the rules, is
            # no child of the verb in the parse)
            negated=negated or (rule.negated if _wish_denied(rule.negated) else None),
            intent=intent or rule.intent,
            subject_index=index.get(subj_tok.i) if subj_tok is not None else None,
        )


# Prepositions after a noun that name whom it is aimed at or shared with, not its doer.
_AIMED_AT: Final = frozenset("to with against on toward towards into at over".split())


def _child(tok: Token, deps: set[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _prep_object(verb: Token, choice: PatternChoice, view: SentenceView) -> Token | None:
    found = _prep_objects(verb, choice, view)
    return found[0] if found else None


def _phrases_inside(
    tok: Token, index: dict[int, int], phrases: list[ActorPhrase]
) -> list[ActorPhrase]:
    """The actor phrases that lie wholly inside ``tok``'s subtree, in sentence order, and
    outside the relative clauses in it ("the attack, which killed Lebanese soldiers": the
    soldiers are the clause's, not the attack's; so are Japan's in "the meeting on the
    grounds that Japan had reduced its role")."""
    clause = {
        index[s.i]
        for c in tok.subtree
        if c.dep_ == "relcl" and c is not tok
        for s in c.subtree
        if s.i in index
    }
    sub = [index[s.i] for s in tok.subtree if s.i in index]
    if not sub:
        return []
    lo, hi = min(sub), max(sub)
    return [p for p in phrases if lo <= p.start and p.end - 1 <= hi and p.start not in clause]


def _with_country_inside(
    phrase: ActorPhrase,
    tok: Token,
    index: dict[int, int],
    phrases: list[ActorPhrase],
    words: Sequence[str],
) -> ActorPhrase:
    """ "The president of the Central Asian nation of Kyrgyzstan": an agent of no known
    country whose own noun phrase names a state is that state's agent ("Western embassies
    in Moscow" are not: where envoys are posted is no state of theirs)."""
    if not phrase.code.startswith(UNKNOWN) or not phrase.agent_only:
        return phrase
    envoys = "DIP" in phrase.code
    states = [
        p
        for p in _phrases_inside(tok, index, phrases)
        if p is not phrase
        and len(p.code) == 3
        and not p.code.startswith(UNKNOWN)
        and not (envoys and venue(words, p))
        and not grammar.topic_of(words, p)
    ]
    if len({p.code for p in states}) != 1:
        return phrase
    country = states[0].code
    return replace(
        phrase,
        code=country + phrase.code[len(UNKNOWN) :],
        evidence=f"'{phrase.name}' is {country}: its noun phrase names {states[0].name} (parse)",
    )


def _prep_objects(verb: Token, choice: PatternChoice, view: SentenceView) -> list[Token]:
    """Objects of the verb's prepositions, the pattern's own and likely targets' first."""
    wanted = set()
    if choice.pattern is not None:
        wanted = {e.value for e in choice.pattern.after if e.kind == "word"}
    # Only after the verb: "Under the Paris accords, ... agreed" says on what terms.
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    preps.sort(key=lambda c: (c.lower_ not in wanted, c.lower_ not in _TARGET_PREPS, c.i))
    out = []
    for prep in preps:
        pobj = _child(prep, {"pobj"})
        if pobj is not None:
            out.append(pobj)
    return out


def _negation(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "neg":
            return c.text
        if c.dep_ == "det" and c.lower_ == "no" and tok.pos_ in ("NOUN", "PROPN"):
            return c.text  # "no comments by politicians": a nominal act denied
    if (
        tok.dep_ == "xcomp"
        and tok.head is not tok
        and any(c.lower_ == "yet" for c in tok.head.children)
        and tok.i >= 2
        and tok.doc[tok.i - 1].lower_ == "to"
        and tok.doc[tok.i - 2].lower_ == "yet"
    ):
        return "yet to"  # "Iran has yet to accept": not done
    if (
        tok.head is not tok
        and tok.dep_ == "xcomp"
        and (tok.head.lower_ in _NEGATING or tok.head.lemma_.lower() in _NEGATING)
    ):
        return tok.head.text
    if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to":
        # "too weak to attack", "too far away to intervene": the act is not done (the
        # words up to three before the "to" are all it reads)
        window = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 4) : tok.i]]
        excess = grammar.too_much(window, len(window) - 1, 0)
        if excess is not None:
            return excess
    noun = tok.head
    if tok.dep_ in ("acl", "relcl", "xcomp") and noun.lower_ in grammar.REFUSING_VERBS:
        return f"{noun.text} to"  # "Iran's refusal to negotiate": a refusal named by its noun
    if (
        tok.dep_ in ("acl", "relcl", "xcomp")
        and noun.lower_ in grammar.WANTED_NOUNS
        and any(c.lower_ == "no" for c in noun.children)
    ):
        return f"no {noun.text} to"  # "has no desire to offer": the act is not done
    # "rejected an invitation to attend": the act asked for is refused.
    if (
        tok.dep_ in ("acl", "relcl")
        and noun.lower_ in grammar.REFUSED_REQUESTS
        and noun.head is not noun
        and noun.head.lemma_.lower() in _REJECTING_LEMMAS
        and (
            noun.head.lemma_.lower() != "turn"
            or any(c.dep_ == "prt" and c.lower_ == "down" for c in noun.head.children)
        )
    ):
        return f"refused ({noun.head.text} {noun.text}) to"
    return None


_REJECTING_LEMMAS: Final = frozenset({"reject", "refuse", "decline", "spurn", "turn"})
# The shared cue words that negate an act they govern: "failed to", "refused to", "unable to".
_NEGATING: Final = grammar.NEGATING_VERBS | grammar.REFUSING_VERBS


def _intent(tok: Token, lead: bool = False) -> str | None:
    for c in tok.children:
        if c.dep_ == "aux" and c.lemma_.lower() in _MODAL_LEMMAS:
            return c.text
    if tok.dep_ == "xcomp" and tok.head.lower_ in grammar.INTENT_LEADS:
        return f"{tok.head.text} to"
    if lead and tok.lower_ in grammar.INTENT_LEADS:
        return f"{tok.text} to"
    return None


def _with_conjuncts(
    first: ActorPhrase | None,
    group: list[ActorPhrase],
    phrases: list[ActorPhrase],
    phrase_for: Any,
    tok: Token | None,
) -> list[ActorPhrase]:
    if first is None or tok is None:
        return group
    out = list(group)
    for conj in tok.conjuncts:
        p = phrase_for(conj)
        if p is not None and p not in out:
            out.append(p)
    return out
