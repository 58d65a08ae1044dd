"""The CAMEO code table: name, root code, Goldstein score and quad classes of every code.

The table is data (``schema/data/cameo_codes.csv``, with its source note in
``schema/data/README.md``); this module reads and validates it once per process.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from schema.errors import NewsEventsError

Convention = Literal["phoenix", "gdelt"]
COLUMNS = (
    "code",
    "name",
    "root_code",
    "goldstein",
    "quad_class",
    "quad_class_gdelt",
    "penta_class",
)


class UnknownCodeError(NewsEventsError):
    """A CAMEO code the table does not hold."""


class CodebookError(NewsEventsError):
    """The code table itself is malformed."""


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root_code: str
    goldstein: float
    quad_class: int  # Phoenix/PLOVER convention (protest = material conflict)
    quad_class_gdelt: int  # GDELT convention (protest = verbal conflict)
    penta_class: int


class Codebook:
    """Every CAMEO code, looked up exactly or by its nearest parent."""

    def __init__(self, codes: list[CameoCode]) -> None:
        self._codes = {c.code: c for c in codes}

    @classmethod
    def load(cls, path: Path | None = None) -> Codebook:
        """The packaged table (cached), or the CSV at ``path``."""
        if path is None:
            return _packaged()
        return cls(_parse(path.read_text(encoding="utf-8"), str(path)))

    def get(self, code: str) -> CameoCode:
        """The exact code; UnknownCodeError when absent."""
        try:
            return self._codes[code]
        except KeyError:
            raise UnknownCodeError(f"unknown CAMEO code {code!r}") from None

    def lookup(self, code: str) -> CameoCode | None:
        """The code, else its nearest known parent's facts under the code asked for."""
        if not code or not code.isdigit() or len(code) < 2:
            return None
        if code in self._codes:
            return self._codes[code]
        parent = code[:-1]
        while len(parent) >= 2:
            if parent in self._codes:
                return replace(self._codes[parent], code=code)
            parent = parent[:-1]
        return None

    def quad_class_of(self, code: str, convention: Convention = "phoenix") -> int | None:
        info = self.lookup(code)
        if info is None:
            return None
        return info.quad_class if convention == "phoenix" else info.quad_class_gdelt

    def rows(self) -> list[CameoCode]:
        return list(self._codes.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


@lru_cache(maxsize=1)
def _packaged() -> Codebook:
    text = resources.files("schema.data").joinpath("cameo_codes.csv").read_text("utf-8")
    return Codebook(_parse(text, "schema/data/cameo_codes.csv"))


def _parse(text: str, where: str) -> list[CameoCode]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(header) != COLUMNS:
        raise CodebookError(f"{where}: header must be {','.join(COLUMNS)}")
    out: list[CameoCode] = []
    for number, row in enumerate(reader, start=2):
        if not row:
            continue
        try:
            code, name, root, gold, quad, quad_g, penta = row
            item = CameoCode(code, name, root, float(gold), int(quad), int(quad_g), int(penta))
        except ValueError as exc:
            raise CodebookError(f"{where}:{number}: malformed row ({exc})") from None
        if not (code.isdigit() and 2 <= len(code) <= 4 and code[:2] == root):
            raise CodebookError(f"{where}:{number}: bad code {code!r} for root {root!r}")
        if not -10.0 <= item.goldstein <= 10.0 or not 1 <= item.quad_class <= 4:
            raise CodebookError(f"{where}:{number}: value out of range")
        out.append(item)
    return out
