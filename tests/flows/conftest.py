"""Fixtures of the flow tests: an installation whose HTML reader cannot import."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

# The HTML reader's import chain: trafilatura → justext → lxml.html.clean → lxml_html_clean.
_HTML_CHAIN = ("trafilatura", "justext", "htmldate", "courlan", "lxml.html.clean")


@pytest.fixture
def html_clean_missing() -> Iterator[None]:
    """This process as if lxml_html_clean were not installed, as pip 23 leaves a fresh one.

    The modules of the HTML reader's import chain are dropped, so the next import
    runs them again and meets the missing package; all is restored afterwards.
    """
    saved = dict(sys.modules)
    for name in list(sys.modules):
        if name.startswith(_HTML_CHAIN):
            del sys.modules[name]
    sys.modules["lxml_html_clean"] = None  # type: ignore[assignment]  # import raises
    try:
        yield
    finally:
        for name in list(sys.modules):
            if name not in saved:
                del sys.modules[name]
        sys.modules.update(saved)
