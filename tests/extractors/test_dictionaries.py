"""Reading the PETRARCH-2 dictionary formats, and the project's own lexicon."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.dictionaries import (
    kind_of,
    load_dictionaries,
    load_dictionary_files,
    parse_code_span,
)
from extractors.lexicon import CodeSpan, PatternToken
from extractors.morphology import other_spelling, plural, verb_forms
from flows.coder_spec import project_lexicon_files
from schema.codebook import Codebook
from schema.errors import DictionaryError
from tests.conftest import shared_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_verbs_blocks_forms_synsets_and_patterns(tmp_path: Path) -> None:
    f = write(
        tmp_path / "x.verbs.txt",
        "&TIES\n+DIPLOMATIC_TIES\n+RELATIONS\n\n"
        "--- ABANDON [345] ---\n"
        "ABANDON  # a comment\n"
        "SPEED {SPEEDING SPEEDS SPED}\n"
        "+CARRY_OUT [190]\n"
        "- * &TIES [161]\n"
        "- $ * (WITH +) [032:033]  # note\n"
        "- IN_* [---]\n",
    )
    lx = load_dictionary_files([f])
    assert lx.synsets["TIES"] == (("diplomatic", "ties"), ("relations",))
    by_lemma = {v.lemma: v for v in lx.verbs}
    assert by_lemma["abandon"].forms == (
        ("abandon",),
        ("abandons",),
        ("abandoned",),
        ("abandoning",),
    )
    assert ("sped",) in by_lemma["speed"].forms
    assert ("carried", "out") in by_lemma["carry out"].forms and by_lemma["carry out"].code == "190"
    patterns = by_lemma["abandon"].patterns
    assert patterns[0].after == (PatternToken("synset", "TIES"),) and patterns[0].code == "161"
    p = patterns[1]
    assert (p.code, p.reverse_code) == ("032", "033")
    assert p.before == (PatternToken("source"),)
    assert [t.kind for t in p.after] == ["word", "target"]
    assert patterns[2].code == "---" and patterns[2].before == (PatternToken("word", "in"),)
    # "IN_*": the word before the verb is joined to it; "$ * ..." leaves a gap
    assert patterns[2].verb_joined and not p.verb_joined
    assert p.pattern_id == f"{f.name}:10"


def test_actors_aliases_and_dated_codes(tmp_path: Path) -> None:
    f = write(
        tmp_path / "x.actors.txt",
        "VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV 991231-080507]\n\t[RUSGOV >120507]\n\t[RUSELI]\n"
        "PALESTINIAN [pse]\nU.S._ [USA]\n",
    )
    lx = load_dictionary_files([f])
    putin = lx.actors[0]
    assert ("putin",) in putin.phrases
    assert putin.code_on(dt.date(2005, 1, 1)) == "RUSGOV"
    assert putin.code_on(dt.date(2010, 1, 1)) == "RUSELI"
    assert putin.code_on(dt.date(2020, 1, 1)) == "RUSGOV"
    assert lx.actors[1].codes == (CodeSpan("PSE"),)
    assert ("palestinians",) in lx.actors[1].phrases  # a stem entry also matches its plural
    assert lx.actors[2].phrases == (("u.s.",),)


def test_agents_substitutions_plurals_and_positions(tmp_path: Path) -> None:
    f = write(
        tmp_path / "x.agents.txt",
        "!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\nREBEL [~REB]\nMEDIA {} [~MED]\n"
        "FORMER_LEADER [ELI~]\n",
    )
    agents = {a.code: a for a in load_dictionary_files([f]).agents}
    assert ("policemen",) in agents["COP"].phrases
    assert ("rebels",) in agents["REB"].phrases
    assert agents["MED"].phrases == (("media",),)
    assert agents["ELI"].position == "prefix"


def test_actor_and_agent_phrases_match_both_spellings(tmp_path: Path) -> None:
    """A name written in American or British spelling matches the other too."""
    f = write(
        tmp_path / "x.actors.txt",
        "WORLD_TRADE_ORGANIZATION_ [IGOWTO]\nMINISTRY_OF_DEFENCE_ [GBRMIL]\n"
        "LABOUR_PARTY_ [GBRPTY]\n",
    )
    g = write(tmp_path / "x.agents.txt", "DEFENSE_SECRETARY [~GOVMIL]\n")
    lx = load_dictionary_files([f, g])
    wto, mod, labour = lx.actors
    assert ("world", "trade", "organisation") in wto.phrases
    assert ("ministry", "of", "defense") in mod.phrases
    assert labour.phrases == (("labour", "party"),)  # Australia's Labor is another party
    assert ("defence", "secretary") in lx.agents[0].phrases
    assert [other_spelling(w) for w in ("organisations", "centre", "realise", "ization")] == [
        "organizations",
        "center",
        None,
        None,
    ]


def test_discards_scopes(tmp_path: Path) -> None:
    f = write(tmp_path / "x.discards.txt", "+WORLD_CUP\nGOALKEEPER\n")
    scopes = {d.phrase: d.scope for d in load_dictionary_files([f]).discards}
    assert scopes == {("world", "cup"): "story", ("goalkeeper",): "sentence"}


def test_kinds_and_errors(tmp_path: Path) -> None:
    assert kind_of(Path("CAMEO.2.0.txt")) == "verbs"
    assert kind_of(Path("Phoenix.IssueCoding.txt")) is None
    with pytest.raises(DictionaryError):
        load_dictionary_files([write(tmp_path / "notes.txt", "x")])
    with pytest.raises(DictionaryError):
        load_dictionary_files([write(tmp_path / "empty.actors.txt", "# nothing\n")])
    assert parse_code_span("USAGOV <090120") == CodeSpan("USAGOV", end=dt.date(2009, 1, 20))


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("ban", {"bans", "banned", "banning"}),
        ("hurry", {"hurries", "hurried"}),
        ("strike", {"struck", "striking"}),
        ("visit", {"visited", "visiting"}),
    ],
)
def test_morphology(base: str, forms: set[str]) -> None:
    assert forms <= set(verb_forms(base))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("GOV.", ("gov.",)),  # a capitalised title abbreviation is one token, as in text
        ("SEN._JOHN", ("sen.", "john")),
        ("U.S._ARMY", ("u.s.", "army")),
        ("AL-QAEDA", ("al", "-", "qaeda")),
    ],
)
def test_phrase_tokens_match_the_text_tokenizer(text: str, phrase: tuple[str, ...]) -> None:
    from extractors.dictionaries import phrase_of

    assert phrase_of(text) == phrase


def test_plurals() -> None:
    assert [plural(w) for w in ("rebel", "policeman", "militia", "country")] == [
        "rebels",
        "policemen",
        "militias",
        "countries",
    ]


def test_project_lexicon_loads_and_covers_every_root() -> None:
    lx = load_dictionary_files(project_lexicon_files())
    roots = {v.code[:2] for v in lx.verbs} | {p.code[:2] for v in lx.verbs for p in v.patterns}
    assert {f"{i:02d}" for i in range(1, 21)} <= roots
    codes = {c.code for a in lx.actors for c in a.codes}
    assert {"RUS", "USA", "SYR", "IGOUNO", "IMGMOSISI"} <= codes
    for a in lx.actors:
        for span in a.codes:
            assert span.start is None or span.end is None or span.start <= span.end, a.entry_id


def test_project_lexicon_codes_are_codebook_codes() -> None:
    """Every code a verb block or pattern gives is in the codebook: an invented sub-code
    ("0843") would load and then code an event the codebook cannot name."""
    book = Codebook.load()
    lx = load_dictionary_files(project_lexicon_files())
    codes = {v.code for v in lx.verbs} | {p.code for v in lx.verbs for p in v.patterns}
    unknown = sorted(c for c in codes if c and c != "---" and c not in book)
    assert unknown == []


def _shown(token: PatternToken) -> str:
    return {"synset": "&", "target": "+", "source": "$", "compound": "%"}.get(
        token.kind, ""
    ) + token.value.upper()


@pytest.mark.parametrize(
    ("verb", "after", "name"),
    [
        # the codebook's names, not a neighbouring branch's (the audit of 69349b0 found
        # "abandoned talks" coded as a military de-escalation)
        ("withdraw", "&TROOPS", "Retreat or surrender militarily"),
        ("halt", "&TALKS", "Halt negotiations"),
        ("cancel", "&TALKS", "Halt negotiations"),
        ("reject", "&TALKS", "Reject proposal to meet, discuss, or negotiate"),
        ("abandon", "&TALKS", "Halt negotiations"),
        ("extradite", "TO +", "Engage in judicial cooperation"),
        ("seize", "TOWN", "Occupy territory"),
        ("ease", "CURFEW", "Ease curfew"),
    ],
)
def test_project_lexicon_patterns_carry_their_codebook_name(
    verb: str, after: str, name: str
) -> None:
    book = Codebook.load()
    lx = load_dictionary_files(project_lexicon_files())
    found = {
        p.code
        for v in lx.verbs
        if v.lemma == verb
        for p in v.patterns
        if " ".join(_shown(t) for t in p.after) == after
    }
    assert found, (verb, after)
    assert {book.get(c).name for c in found} == {name}


@pytest.mark.parametrize(
    "name",
    [
        "newsevents.agents.txt",
        "newsevents.verbs.txt",
        "newsevents.leaders.actors.txt",
        "newsevents.international.actors.txt",
        "newsevents.discards.txt",
    ],
)
def test_project_lexicon_writes_no_entry_twice(name: str) -> None:
    """An entry written twice (an edit applied at two places) shifts line numbers and
    hides which line is meant."""
    path = next(p for p in project_lexicon_files() if p.name == name)
    seen: dict[str, int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        entry = line.split("#")[0].strip()
        if not entry or entry.startswith(("-", "[", "+")) or entry.startswith("---"):
            continue
        assert entry not in seen, f"{name}:{n} repeats line {seen[entry]}: {entry}"
        seen[entry] = n


def test_petrarch_folder_loads() -> None:
    folder = shared_path("data", "dictionaries", "petrarch2")
    lx = load_dictionaries(folder)
    assert len(lx.actors) > 10_000 and len(lx.verbs) > 1_000 and len(lx.agents) > 500
    assert all(v.code or v.reverse_code for v in lx.verbs)
    putin = next(a for a in lx.actors if ("vladimir", "putin") in a.phrases)
    assert putin.code_on(dt.date(2014, 9, 24)) == "RUSGOV"


def test_comma_separated_irregular_forms_are_no_verb(tmp_path: Path) -> None:
    # CAMEO.2.0.txt writes "{+WAS_DETERMINED , +BE_DETERMINED}": the comma is no form.
    f = write(
        tmp_path / "x.verbs.txt",
        "--- SELECT [---] ---\n+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]\n",
    )
    (verb,) = load_dictionary_files([f]).verbs
    assert (",",) not in verb.forms
    assert ("was", "determined") in verb.forms and ("be", "determined") in verb.forms


def test_a_verb_in_several_verb_files_is_read_once(tmp_path: Path) -> None:
    first = write(tmp_path / "a.verbs.txt", "--- ATTACK [190] ---\nATTACK\n")
    second = write(tmp_path / "b.verbs.txt", "--- ATTACK [180] ---\nATTACK\nSHELL\n")
    lx = load_dictionary_files([first, second])
    assert sorted((v.lemma, v.code) for v in lx.verbs) == [("attack", "190"), ("shell", "180")]
