"""Coder assembly and the per-process cache the extraction tasks use.

Tasks receive paths and small option values, never an ``nlp`` object: each
worker process builds its coder once from those values and keeps it.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from functools import lru_cache

from extractors.coder import CoderOptions, EventCoder
from extractors.dictionaries import load_dictionary_files
from extractors.lexicon import Lexicon
from extractors.models import resolve_model_name
from extractors.pipeline import build_fast_nlp, load_parser
from flows.coder_spec import CoderSpec, dictionary_sources

log = logging.getLogger(__name__)


def load_lexicon(dictionaries: Sequence[str]) -> Lexicon:
    """The project's lexicon, or the PETRARCH-format dictionaries given (merged in order)."""
    lexicon: Lexicon | None = None
    for files, name in dictionary_sources(dictionaries):
        part = load_dictionary_files(files, name=name)
        lexicon = part if lexicon is None else lexicon.merge(part)
    assert lexicon is not None
    return lexicon


@lru_cache(maxsize=4)
def _lexicon_for(dictionaries: tuple[str, ...]) -> Lexicon:
    """The lexicon, read once per process: coders of the same dictionaries share it."""
    return load_lexicon(dictionaries)


def check_dictionaries(dictionaries: Sequence[str]) -> None:
    """Read the dictionaries given (DictionaryError if one is damaged), and keep them for
    a coder built here: a run that codes in worker processes reads them in this one
    first, so a damaged file is one line before anything starts, not a failed flow run."""
    _lexicon_for(tuple(dictionaries))


@lru_cache(maxsize=4)
def coder_for(spec: CoderSpec) -> EventCoder:
    """Build (once per process) the coder a spec describes."""
    lexicon = _lexicon_for(spec.dictionaries)
    name = resolve_model_name(spec.spacy_model)
    parser = load_parser(name) if name else None
    # PETRARCH's dictionaries write modality into their own patterns.
    # ... and code events with a target only, as PETRARCH does.
    petrarch = bool(spec.dictionaries)
    one_actor = spec.one_actor_events if spec.one_actor_events is not None else not petrarch
    options = CoderOptions(
        modality=not petrarch,
        single_actor_events=one_actor,
        political_sources_only=not spec.all_actors,
        compounds_mutual=petrarch,
    )
    coder = EventCoder(lexicon, build_fast_nlp(), parser=parser, options=options)
    settle_collector()
    return coder


# Objects allocated between collections of the youngest generation (Python's default is
# 700). Coding a batch allocates millions of short-lived objects and keeps its sentence
# views alive until the batch is coded: at 700 the collector ran so often that it took
# some 8% of a rule-mode worker's time, scanning the same live views again and again.
GC_YOUNG_THRESHOLD = 20_000


def settle_collector() -> None:
    """Keep the cyclic garbage collector off the coder's long-lived objects.

    The lexicon, matchers and tables live as long as the process: frozen (moved to
    the collector's permanent generation), no collection scans them again. The young
    generation is collected less often, for the reason given at ``GC_YOUNG_THRESHOLD``.
    Only speed changes: the collector still runs, less often, and frees the same garbage.
    """
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), middle, old)
