"""English verb and noun inflection for dictionary entries.

PETRARCH-style dictionaries list a verb's base form and, only when irregular,
its other forms; the regular ones are generated here, as PETRARCH does. The
irregular verbs (and the regular verbs that double their final consonant) are
data: ``extractors/data/irregular_verbs.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Final

from extractors.data import csv_rows

_VOWELS: Final = "aeiou"
_CVC: Final = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, ...]]:
    """base → (past, past participle[, present participle])."""
    text = resources.files("extractors.data").joinpath("irregular_verbs.txt").read_text("utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            base, *forms = line.split()
            table[base] = tuple(forms)
    return table


def third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if len(base) > 1 and base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _doubles(base: str) -> bool:
    # One-syllable consonant-vowel-consonant verbs double: ban → banned.
    return len(base) <= 4 and bool(_CVC.match(base))


def past(base: str) -> str:
    irregular = irregular_verbs().get(base)
    if irregular:
        return irregular[0]
    if base.endswith("e"):
        return base + "d"
    if len(base) > 1 and base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"
    return base + "ed"


def past_participle(base: str) -> str:
    irregular = irregular_verbs().get(base)
    return irregular[1] if irregular else past(base)


def present_participle(base: str) -> str:
    irregular = irregular_verbs().get(base)
    if irregular and len(irregular) > 2:
        return irregular[2]
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        return base[:-1] + "ing"
    if _doubles(base):
        return base + base[-1] + "ing"
    return base + "ing"


def verb_forms(base: str) -> tuple[str, ...]:
    """Every form of a verb, base first, without repeats."""
    base = base.lower()
    forms = [base, third_person(base), past(base), past_participle(base), present_participle(base)]
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def spelling_pairs() -> dict[str, str]:
    """British ↔ American spellings (both ways), from ``extractors/data/spellings.csv``."""
    table: dict[str, str] = {}
    for row in csv_rows("spellings.csv"):
        table[row["british"]], table[row["american"]] = row["american"], row["british"]
    return table


def other_spelling(word: str) -> str | None:
    """The word in the other of British and American spelling, or None if it has one.

    "organisation" → "organization", "defence" → "defense" (and back). Lower-case words.
    """
    listed = spelling_pairs().get(word)
    if listed:
        return listed
    for ending, other in (("isation", "ization"), ("ization", "isation")):
        stem, found, rest = word.rpartition(ending)
        if found and len(stem) >= 3 and rest in ("", "s"):
            return stem + other + rest
    return None


def spelling_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``words`` and, if any word has another spelling, ``words`` with each such word respelt."""
    respelt = tuple(other_spelling(w) or w for w in words)
    return [words] if respelt == words else [words, respelt]


def plural(noun: str) -> str:
    """The regular (and a few irregular) English plurals of a noun."""
    noun = noun.lower()
    if noun.endswith(("man",)) and not noun.endswith("human"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if len(noun) > 1 and noun.endswith("y") and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith("person"):
        return noun[:-6] + "people"
    return noun + "s"
