"""The CAMEO code table: complete, consistent, and looked up as documented."""

from __future__ import annotations

import re

import pytest

from schema.codebook import Codebook, UnknownCodeError
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def book() -> Codebook:
    return Codebook.load()


def test_every_root_code_is_present(book: Codebook) -> None:
    assert [c for c in (f"{i:02d}" for i in range(1, 21)) if c not in book] == []


def test_rows_are_consistent(book: Codebook) -> None:
    for c in book:
        assert c.root_code == c.code[:2]
        assert -10.0 <= c.goldstein <= 10.0
        parent = book.get(c.root_code)
        assert c.quad_class == parent.quad_class
    assert len(book) > 300


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "quad_gdelt"),
    [
        ("057", 8.0, 1, 1),
        ("111", -2.0, 3, 3),
        ("141", -6.5, 4, 3),
        ("195", -10.0, 4, 4),
        ("0874", 10.0, 2, 2),
        ("040", 1.0, 1, 1),
    ],
)
def test_known_values(
    book: Codebook, code: str, goldstein: float, quad: int, quad_gdelt: int
) -> None:
    c = book.get(code)
    assert (c.goldstein, c.quad_class, c.quad_class_gdelt) == (goldstein, quad, quad_gdelt)


def test_conventions_differ_only_for_protest(book: Codebook) -> None:
    differ = {c.root_code for c in book if c.quad_class != c.quad_class_gdelt}
    assert differ == {"14"}


def test_lookup_falls_back_to_the_parent(book: Codebook) -> None:
    info = book.lookup("0579")
    assert info is not None and info.code == "0579" and info.goldstein == 8.0
    assert book.lookup("---") is None and book.lookup("") is None
    with pytest.raises(UnknownCodeError):
        book.get("0579")


def test_matches_the_published_code_list(book: Codebook) -> None:
    listing = shared_path("data", "dev", "events", "CAMEO_codes.txt")
    codes = set(re.findall(r"^LABELi?:\s*(\d+)=", listing.read_text("utf-8", "replace"), re.M))
    assert codes and codes <= {c.code for c in book}
