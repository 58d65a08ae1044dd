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
        # (only the chain's: a module the test imported otherwise, spaCy's first import in
        # a flow that codes in its own process, stays, as dropping a half of thinc breaks it)
        for name in list(sys.modules):
            if name not in saved and (name.startswith(_HTML_CHAIN) or name == "lxml_html_clean"):
                del sys.modules[name]
        sys.modules.update(saved)
