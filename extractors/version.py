"""The coder's version, recorded with every run and event (``runs``, ``events``).

A module of its own so that recording it imports nothing of the coder (spaCy): raise it
whenever a change to the extractors changes the events they code.
"""

from typing import Final

EXTRACTOR_VERSION: Final = "0.3.0"
