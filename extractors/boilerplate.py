"""Removal of the boilerplate news sites wrap around an article.

Donation appeals, "Read more" links, share buttons: text that holds no event
of the story but can hold words an event coder would match. The patterns are
data (``extractors/data/boilerplate.txt``); this module only applies them,
paragraph by paragraph, so the article's own text is never rewritten.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    cut: list[re.Pattern[str]] = []
    drop: list[re.Pattern[str]] = []
    text = resources.files("extractors.data").joinpath("boilerplate.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, rx = line.partition(":")
        target = cut if kind == "cut" else drop
        target.append(re.compile(rx.strip(), re.IGNORECASE))
    return tuple(cut), tuple(drop)


def _blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated blocks, else lines."""
    blocks = _PARAGRAPH.split(text)
    if len(blocks) == 1:
        blocks = text.split("\n")
    return blocks


def strip_boilerplate(text: str) -> str:
    """The article without its site boilerplate; unchanged when none is found."""
    cut, drop = _rules()
    blocks = _blocks(text)
    kept: list[str] = []
    total = len(blocks)
    for i, block in enumerate(blocks):
        flat = " ".join(block.split())
        if not flat:
            continue
        if i >= total // 2 and i > 0 and any(rx.search(flat) for rx in cut):
            break
        if len(flat) < 400 and any(rx.search(flat) for rx in drop):
            continue
        kept.append(block.strip("\n"))
    if len(kept) == len([b for b in blocks if b.strip()]):
        return text
    return "\n\n".join(kept) + "\n"
