"""Pure extractors: text in, events out (see ``extractors.coder``).

The per-sentence modules run compiled by mypyc when a build matching these
sources exists (``extractors.native``); otherwise, as Python.
"""

from extractors import native as _native

_native.activate(__path__)
